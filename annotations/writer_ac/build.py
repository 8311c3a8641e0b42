"""Compose, render and check every note; return the records."""

from __future__ import annotations

import re

from simcheck.annotations import decide_labels

from . import filler as FL
from . import vocab as V
from .compose import COMPOSERS, choose_traps
from .markup import hard_wrap, render
from .plan import SIMLESS, Plan, build_plans

WORD = re.compile(r"[a-z0-9]+(?:['/][a-z0-9]+)*")
MOD_ORDER = ("CT", "MRI", "PET", "fluoroscopy", "ultrasound")
EXPECT = {"supported_feature": (True, "77290"), "supported_areas": (True, "77290"), "no_rationale": (False, "77290"),
          "areas_unknown": (False, "77290"), "no_imaging": (False, "77290"), "l77285": (False, "77285"),
          "l77280": (False, "77280"), "thin": (False, "undetermined"), "no_sim": (False, "undetermined"),
          "blank": (False, "undetermined"), "aborted": (False, "undetermined")}
SIM_KINDS_WITH_TRAPS = {"sim_note", "dialog_sim", "resident_sim", "therapist_sim", "cc_scanned_sim", "order_procedure",
                        "addendum_sim", "resim", "brachy_proc", "electron_setup"}


def _areas_from_spans(spans: list[dict]) -> int | None:
    counts = [s for s in spans if s["label"] == "AREA_COUNT"]
    sites = [s for s in spans if s["label"] == "TREATMENT_SITE"]
    if counts:
        return int(sorted(counts, key=lambda s: (s["start"], s["end"]))[-1]["value"])
    if sites:
        return len({s["value"] for s in sites})
    return None


def _check(plan: Plan, spans: list[dict]) -> None:
    rat = any(s["label"] == "RATIONALE" for s in spans)
    feats = sorted({s["value"] for s in spans if s["label"] == "FEATURE"})
    mods = {s["value"] for s in spans if s["label"] == "MODALITY"}
    problems = []
    if rat != (plan.rationale is not None):
        problems.append("rationale")
    if feats != sorted(plan.features):
        problems.append(f"features {feats} vs {plan.features}")
    if mods != set(plan.modalities):
        problems.append(f"modalities {mods} vs {plan.modalities}")
    if _areas_from_spans(spans) != plan.n_areas:
        problems.append(f"areas {_areas_from_spans(spans)} vs {plan.n_areas}")
    for s in spans:
        if s["label"] == "RATIONALE" and s["value"] != plan.rationale:
            problems.append("rationale category")
    if problems:
        raise AssertionError(f"{plan.nid}: spans disagree with plan: {problems}")


def build_record(plan: Plan) -> dict:
    rng = plan.rng
    traps: list[str] = choose_traps(plan) if plan.kind in SIM_KINDS_WITH_TRAPS else []
    if plan.kind == "dialog_sim":
        traps.append("unchecked_box")
    sections = COMPOSERS[plan.kind](plan, traps)
    joiner = "\n" if plan.style in ("terse", "dialog") and rng.random() < 0.6 else "\n\n"
    marked = joiner.join(text for _, text in sections if text)
    plain_fn = None
    if plan.style == "typos":
        plain_fn = lambda t: FL.word_sub(t, FL.TYPO, rng, 0.14)  # noqa: E731
    elif plan.style == "terse":
        plain_fn = lambda t: FL.word_sub(t, FL.ABBR, rng, 0.7)  # noqa: E731
    text, spans = render(marked, caps=plan.style == "caps", plain_fn=plain_fn)
    text = hard_wrap(text, rng, rng.choice([76, 78, 79, 80]))
    _check(plan, spans)
    features = sorted(plan.features)
    modalities = [m for m in MOD_ORDER if m in plan.modalities]
    decision = decide_labels(plan.rationale is not None, plan.n_areas, features, modalities)
    expect = EXPECT[plan.outcome]
    if (decision.supported, decision.level) != expect:
        raise AssertionError(f"{plan.nid}: outcome {plan.outcome} gives {decision}")
    words = len(WORD.findall(text.lower()))
    if plan.style == "long" and not 600 <= words <= 1500:
        raise AssertionError(f"{plan.nid}: long note has {words} words")
    seen: list[str] = []
    for t in traps:
        if t not in seen:
            seen.append(t)
    if plan.outcome in SIMLESS and "non_simulation_note" not in seen and plan.kind not in ("blank_template", "aborted_sim"):
        seen.append("non_simulation_note")
    keys = [k for k, _ in sections]
    meta = {"writer": "ac", "site": V.SITES[plan.site]["label"], "style": plan.style, "note_type": plan.kind,
            "skeleton": f"{plan.kind}/{plan.style}/" + ">".join(keys), "traps": seen, "words": words,
            "outcome": plan.outcome, "rationale_category": plan.rationale, "correction": plan.correction or None,
            "flags": list(plan.flags)}
    labels = {"rationale": plan.rationale is not None, "treatment_areas": plan.n_areas, "features": features,
              "modalities": modalities, "supported": decision.supported, "level": decision.level,
              "missing": decision.missing}
    return {"id": plan.nid, "text": text, "labels": labels, "spans": spans, "meta": meta}


def build_all() -> list[dict]:
    return [build_record(plan) for plan in build_plans()]
