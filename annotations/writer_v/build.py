"""Compose, render, check spans against the plan, derive labels, and emit the records."""

from __future__ import annotations

import random
import re

from simcheck.annotations import decide_labels

from . import compose, nonsim
from .markup import render
from .plan import SEED, allocate, make_plan
from .vocab import SITES

_WORD = re.compile(r"[a-z0-9]+(?:['/][a-z0-9]+)*")
_MODS = ("CT", "MRI", "PET", "fluoroscopy", "ultrasound")


def _site_keys(value: str) -> list[str]:
    if value.startswith("bilateral "):
        site = value.removeprefix("bilateral ")
        return [f"left {site}", f"right {site}"]
    return [value]


def _check(plan, spans: list[dict], labels: dict) -> None:
    def fail(msg: str) -> None:
        raise AssertionError(f"{plan.nid}: {msg}")

    rat = [s for s in spans if s["label"] == "RATIONALE"]
    if bool(rat) != bool(plan.rationale):
        fail(f"rationale spans {len(rat)} vs plan {plan.rationale}")
    if any(s["value"] != plan.rationale for s in rat):
        fail("rationale category differs")
    feats = sorted({s["value"] for s in spans if s["label"] == "FEATURE"})
    if feats != sorted(plan.features):
        fail(f"features {feats} vs plan {plan.features}")
    mods = [m for m in _MODS if any(s["label"] == "MODALITY" and s["value"] == m for s in spans)]
    if mods != plan.modalities:
        fail(f"modalities {mods} vs plan {plan.modalities}")
    counts = [s for s in sorted(spans, key=lambda s: s["start"]) if s["label"] == "AREA_COUNT"]
    sites = [s for s in spans if s["label"] == "TREATMENT_SITE"]
    norms = {a[0] for a in plan.areas}
    if any(s["value"] not in norms for s in sites):
        fail("site span not in plan")
    if counts:
        got = int(counts[-1]["value"])
    elif sites:
        got = len({k for s in sites for k in _site_keys(s["value"])})
    else:
        got = None
    if got != plan.n_areas:
        fail(f"areas {got} vs plan {plan.n_areas}")
    expect_supported = plan.outcome.startswith("supported")
    if labels["supported"] != expect_supported:
        fail(f"supported {labels['supported']} vs outcome {plan.outcome}")
    want_level = {
        "l77285": "77285",
        "l77280": "77280",
        "no_sim": "undetermined",
        "blank": "undetermined",
        "aborted": "undetermined",
    }.get(plan.outcome)
    if want_level and labels["level"] != want_level:
        fail(f"level {labels['level']} vs {want_level}")
    if plan.outcome == "no_rationale" and labels["missing"] != ["rationale"]:
        fail(f"missing {labels['missing']}")
    if plan.outcome == "no_imaging" and labels["missing"] != ["imaging"]:
        fail(f"missing {labels['missing']}")
    if plan.outcome == "areas_unknown" and "treatment_areas" not in labels["missing"]:
        fail("areas should be missing")


def build_one(nid: str, outcome: str, note_type: str, style: str, site: str) -> dict:
    """Plan, compose, render and check one note; return its record."""
    plan = make_plan(nid, outcome, note_type, style, site)
    rng = random.Random(f"{SEED}:{nid}:text")
    if outcome == "no_sim":
        marked, keys, traps = nonsim.build_nonsim(plan, rng)
    elif outcome == "blank":
        marked, keys, traps = nonsim.build_blank(plan, rng)
    elif outcome == "aborted":
        marked, keys, traps = nonsim.build_aborted(plan, rng)
    elif note_type == "sim_verification":
        marked, keys, traps = nonsim.build_verification(plan, rng)
    else:
        marked, keys, traps = compose.build_sim(plan, rng)
    marked = re.sub(r"[ \t]+\n", "\n", marked).strip("\n")
    marked = re.sub(r"\n{3,}", "\n\n", marked)
    text, spans = render(marked, style, rng)
    feats = sorted({s["value"] for s in spans if s["label"] == "FEATURE"})
    mods = [m for m in _MODS if any(s["label"] == "MODALITY" and s["value"] == m for s in spans)]
    decision = decide_labels(bool(plan.rationale), plan.n_areas, plan.features, plan.modalities)
    labels = {
        "rationale": bool(plan.rationale),
        "treatment_areas": plan.n_areas,
        "features": feats,
        "modalities": mods,
        "supported": decision.supported,
        "level": decision.level,
        "missing": list(decision.missing),
    }
    _check(plan, spans, labels)
    words = len(_WORD.findall(text.lower()))
    if style == "long" and not 600 <= words <= 1500:
        raise AssertionError(f"{nid}: long note has {words} words")
    meta = {
        "writer": "v",
        "site": SITES[site]["label"],
        "style": style,
        "note_type": note_type,
        "skeleton": f"{note_type}/{style}/" + "-".join(keys),
        "traps": traps,
        "words": words,
        "outcome": outcome,
        "count_form": plan.count_form if plan.n_areas is not None or outcome in ("areas_unknown",) else "none",
    }
    return {"id": nid, "text": text, "labels": labels, "spans": spans, "meta": meta}


def build_all() -> list[dict]:
    """All 250 records in id order."""
    records = []
    for i, (outcome, note_type, style, site) in enumerate(allocate(), start=1):
        records.append(build_one(f"wv-{i:04d}", outcome, note_type, style, site))
    texts = [r["text"] for r in records]
    if len(set(texts)) != len(texts):
        raise AssertionError("duplicate texts")
    return records
