"""Records: plan, write, render, check the rendered spans against the plan, and label with ``decide_labels``."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from simcheck.annotations import decide_labels

from .compose import (
    TITLES,
    AbortedWriter,
    NonSimWriter,
    Section,
    SimWriter,
    _author,
    layout,
    plain_transform,
    surface_transform,
)
from .filler import counsel, ros
from .markup import render, strip_markup
from .phrases import pick
from .plan import MODALITY_ORDER, Plan, allocate, make_plan

WORD = re.compile(r"[a-z0-9]+(?:['/][a-z0-9]+)*")
LONG_MIN_WORDS = 620


class PlanMismatch(RuntimeError):
    """Raised when a note's rendered spans disagree with its plan."""


def _words(text: str) -> int:
    return len(WORD.findall(text.lower()))


def _pad_long(plan: Plan, sections: list[Section]) -> list[Section]:
    """Add history-type filler to a long note until it reaches the long-note length."""
    extra = 0
    while _words(" ".join(strip_markup(b) for _, _, b in sections)) < LONG_MIN_WORDS:
        extra += 1
        body = counsel(plan.rng) if extra % 2 else ros(plan.rng)
        key = "extra" if extra % 2 == 0 else "counsel"
        sections.insert(3, (f"{key}", "Further history" if key == "extra" else "Further discussion", body))
        if extra > 12:
            break
    return sections


def check(plan: Plan, spans: list[dict[str, Any]]) -> None:
    """Raise :class:`PlanMismatch` unless the spans show exactly the planned elements."""
    by: dict[str, list[dict[str, Any]]] = {}
    for s in sorted(spans, key=lambda s: s["start"]):
        by.setdefault(s["label"], []).append(s)
    rationale = by.get("RATIONALE", [])
    if bool(rationale) != (plan.rationale is not None) or any(s["value"] != plan.rationale for s in rationale):
        raise PlanMismatch(f"{plan.note_id}: rationale spans disagree with the plan")
    if {s["value"] for s in by.get("FEATURE", [])} != set(plan.features):
        raise PlanMismatch(f"{plan.note_id}: feature spans disagree with the plan")
    if {s["value"] for s in by.get("MODALITY", [])} != set(plan.modalities):
        raise PlanMismatch(f"{plan.note_id}: modality spans disagree with the plan")
    counts, sites = by.get("AREA_COUNT", []), by.get("TREATMENT_SITE", [])
    if counts:
        found: int | None = int(counts[-1]["value"])
    elif sites:
        found = len({s["value"] for s in sites})
    else:
        found = None
    if found != plan.n_areas:
        raise PlanMismatch(f"{plan.note_id}: area spans give {found}, plan {plan.n_areas}")
    if sites and {s["value"] for s in sites} - {a.value for a in plan.areas}:
        raise PlanMismatch(f"{plan.note_id}: a spanned site is not a planned area")


def build(plan: Plan) -> dict[str, Any]:
    """Write one note from its plan and return the record."""
    if plan.outcome == "non_simulation":
        writer: SimWriter | NonSimWriter = NonSimWriter(plan)
    elif plan.outcome == "nothing_countable":
        writer = AbortedWriter(plan)
    else:
        writer = SimWriter(plan)
    sections = writer.sections()
    if plan.style == "long":
        sections = _pad_long(plan, sections)
    title = pick(plan.rng, TITLES[plan.note_type])
    markup, keys = layout(plan.style, title, sections, _author(plan, plan.rng), plan.rng)
    text, spans = render(markup, plain_transform(plan.style), surface_transform(plan.style))
    if text != text.lstrip():
        raise PlanMismatch(f"{plan.note_id}: leading whitespace")
    check(plan, spans)
    modalities = [m for m in MODALITY_ORDER if m in plan.modalities]
    features = sorted(plan.features)
    decision = decide_labels(plan.rationale is not None, plan.n_areas, features, modalities)
    return {
        "id": plan.note_id,
        "text": text,
        "labels": {
            "rationale": plan.rationale is not None,
            "treatment_areas": plan.n_areas,
            "features": features,
            "modalities": modalities,
            "supported": decision.supported,
            "level": decision.level,
            "missing": decision.missing,
        },
        "spans": spans,
        "meta": {
            "site": plan.site.key,
            "style": plan.style,
            "note_type": plan.note_type,
            "skeleton": ">".join([plan.note_type, plan.style, *keys]),
            "traps": sorted(writer.traps),
            "words": _words(text),
            "outcome": plan.outcome,
            "writer": "l",
        },
    }


def expected(outcome: str, record: dict[str, Any]) -> bool:
    """Return whether a record's decision matches the outcome it was planned for."""
    lab = record["labels"]
    return {
        "supported_feature": lab["supported"] and bool(lab["features"]),
        "supported_areas": lab["supported"] and not lab["features"] and (lab["treatment_areas"] or 0) >= 3,
        "unsupported_no_rationale": not lab["supported"] and lab["level"] == "77290" and not lab["rationale"],
        "unsupported_no_imaging": not lab["supported"] and lab["level"] == "77290" and not lab["modalities"],
        "unsupported_areas_unknown": not lab["supported"] and lab["treatment_areas"] is None and bool(lab["features"]),
        "level_77285": lab["level"] == "77285",
        "level_77280": lab["level"] == "77280",
        "nothing_countable": lab["missing"] == ["rationale", "treatment_areas", "complexity", "imaging"],
        "non_simulation": lab["missing"] == ["rationale", "treatment_areas", "complexity", "imaging"],
    }[outcome]


def build_all() -> list[dict[str, Any]]:
    """Plan and write every note, in id order."""
    used: dict[str, Counter[str]] = {k: Counter() for k in ("site", "sim_type", "non_type", "style")}
    records = []
    for note_id, outcome in allocate():
        record = build(make_plan(note_id, outcome, used))
        if not expected(outcome, record):
            raise PlanMismatch(f"{note_id}: labels do not give the planned outcome {outcome}")
        records.append(record)
    return records
