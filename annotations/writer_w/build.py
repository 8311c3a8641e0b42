"""Compose, render, check spans against the plan, label, and build the records."""
# ruff: noqa: D103

from __future__ import annotations

import random
import re

from simcheck.annotations import decide_labels

from .compose import header, layout, sim_sections
from .markup import render
from .nonsim import aborted_sections, blank_sections, extra_section, nonsim_sections
from .plan import SEED, Plan, allocate, make_plan
from .vocab import SITES

_WORD = re.compile(r"[a-z0-9]+(?:['/][a-z0-9]+)*")
MOD_ORDER = ["CT", "MRI", "PET", "fluoroscopy", "ultrasound"]


def _words(text: str) -> int:
    return len(_WORD.findall(text.lower()))


def _site_keys(value: str) -> list[str]:
    if value.startswith("bilateral "):
        site = value.removeprefix("bilateral ")
        return [f"left {site}", f"right {site}"]
    return [value]


def check(p: Plan, spans: list[dict]) -> None:
    """Raise when the rendered spans disagree with the plan."""
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
    rat = any(s["label"] == "RATIONALE" for s in ordered)
    feats = sorted({s["value"] for s in ordered if s["label"] == "FEATURE"})
    mods = sorted({s["value"] for s in ordered if s["label"] == "MODALITY"})
    counts = [s for s in ordered if s["label"] == "AREA_COUNT"]
    sites = [s for s in ordered if s["label"] == "TREATMENT_SITE"]
    if counts:
        areas: int | None = int(counts[-1]["value"])
    elif sites:
        areas = len({k for s in sites for k in _site_keys(s["value"])})
    else:
        areas = None
    problems = []
    if rat != (p.rationale is not None):
        problems.append("rationale")
    if feats != sorted(p.features):
        problems.append(f"features {feats} vs {p.features}")
    if mods != sorted(p.modalities):
        problems.append(f"modalities {mods} vs {p.modalities}")
    if areas != p.n_areas:
        problems.append(f"areas {areas} vs {p.n_areas}")
    planned_sites = {v for v, _ in p.areas}
    if any(s["value"] not in planned_sites for s in sites):
        problems.append("unplanned site span")
    if problems:
        raise ValueError(f"{p.id}: spans disagree with plan: {problems}")


EXPECT = {
    "supported_feature": (True, None),
    "supported_areas": (True, None),
    "no_rationale": (False, "rationale"),
    "areas_unknown": (False, "treatment_areas"),
    "no_imaging": (False, "imaging"),
    "level_77285": (False, "77285"),
    "level_77280": (False, "77280"),
    "no_simulation": (False, "undetermined"),
    "blank_template": (False, "undetermined"),
    "aborted": (False, "undetermined"),
}


def labels_for(p: Plan) -> dict:
    d = decide_labels(p.rationale is not None, p.n_areas, p.features, p.modalities)
    supported, detail = EXPECT[p.outcome]
    ok = d.supported == supported
    if detail in ("rationale", "treatment_areas", "imaging"):
        ok = ok and detail in d.missing
    elif detail:
        ok = ok and d.level == detail
    if p.outcome == "supported_areas":
        ok = ok and not p.features and (p.n_areas or 0) >= 3
    if not ok:
        raise ValueError(f"{p.id}: labels do not give outcome {p.outcome}")
    return {
        "rationale": p.rationale is not None,
        "treatment_areas": p.n_areas,
        "features": sorted(p.features),
        "modalities": [m for m in MOD_ORDER if m in p.modalities],
        "supported": d.supported,
        "level": d.level,
        "missing": list(d.missing),
    }


def build_one(p: Plan) -> dict:
    rng = random.Random(f"{SEED}:{p.id}:text")
    if p.outcome == "no_simulation":
        secs, traps, title, author = nonsim_sections(p, rng)
    elif p.outcome == "blank_template":
        secs, traps, title, author = blank_sections(p, rng)
    elif p.outcome == "aborted":
        secs, traps, title, author = aborted_sections(p, rng)
    else:
        secs, traps, title, author = sim_sections(p, rng)
        traps = list(traps)
    head = header(p, rng, title, author)
    extra_n = rng.randrange(15)
    start_n = extra_n
    target = rng.choice([610, 630, 660, 700, 740, 800])
    while True:
        markup = layout(secs, p.style, random.Random(f"{SEED}:{p.id}:layout"), head)
        text, spans = render(markup, p.style, random.Random(f"{SEED}:{p.id}:render"))
        if p.style != "long" or _words(text) >= target or extra_n - start_n >= 29:
            break
        extra_n += 1
        pos = rng.randrange(1, max(2, len(secs) - 2))
        secs.insert(pos, extra_section(p, rng, extra_n))
    words = _words(text)
    if p.style == "long" and not 600 <= words <= 1500:
        raise ValueError(f"{p.id}: long note has {words} words")
    check(p, spans)
    labels = labels_for(p)
    keys = [k for k, _, lines in secs if lines]
    skeleton = f"{p.note_type}/{p.style}/" + ",".join(keys)
    seen: list[str] = []
    for t in traps:
        if t not in seen:
            seen.append(t)
    return {
        "id": p.id,
        "text": text,
        "labels": labels,
        "spans": sorted(spans, key=lambda s: (s["start"], s["end"])),
        "meta": {
            "writer": "w",
            "site": SITES[p.site]["label"],
            "style": p.style,
            "note_type": p.note_type,
            "skeleton": skeleton,
            "traps": seen,
            "words": words,
            "outcome": p.outcome,
            "count_form": p.count_form,
            "rationale_category": p.rationale or "",
        },
    }


def build_all() -> list[dict]:
    rows = allocate()
    records = [build_one(make_plan(i, row)) for i, row in enumerate(rows, 1)]
    texts = [r["text"] for r in records]
    if len(set(texts)) != len(texts):
        raise ValueError("duplicate texts")
    return records
