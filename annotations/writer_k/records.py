"""Build writer K's records: plan, write, check the spans against the plan, label with ``decide_labels``."""

from __future__ import annotations

import re
from typing import Any

from simcheck.annotations import decide_labels

from .compose import PlanMismatch, write
from .markup import Span
from .plan import Plan, allocate, build_plan

_MODALITY_ORDER = ("CT", "MRI", "PET", "fluoroscopy", "ultrasound")
_WORD = re.compile(r"[a-z0-9]+(?:['/][a-z0-9]+)*")


def _planned_areas(plan: Plan) -> int | None:
    return len(plan.areas) if plan.areas else None


def check(plan: Plan, spans: list[Span]) -> None:
    """Raise PlanMismatch when the rendered spans disagree with the plan."""
    rationale = [s for s in spans if s.label == "RATIONALE"]
    if bool(rationale) != bool(plan.rationale) or any(s.value != plan.rationale for s in rationale):
        raise PlanMismatch(f"{plan.note_id}: rationale spans disagree with the plan")
    if {s.value for s in spans if s.label == "FEATURE"} != set(plan.features):
        raise PlanMismatch(f"{plan.note_id}: feature spans disagree with the plan")
    if {s.value for s in spans if s.label == "MODALITY"} != set(plan.modalities):
        raise PlanMismatch(f"{plan.note_id}: modality spans disagree with the plan")
    counts = [s for s in spans if s.label == "AREA_COUNT"]
    sites = {s.value for s in spans if s.label == "TREATMENT_SITE"}
    found = int(counts[-1].value) if counts else (len(sites) if sites else None)
    if found != _planned_areas(plan):
        raise PlanMismatch(f"{plan.note_id}: area spans give {found}, plan has {_planned_areas(plan)}")
    if sites - {a.value for a in plan.areas}:
        raise PlanMismatch(f"{plan.note_id}: a spanned site is not a planned area")


def build_record(note_id: str, outcome: str, style: str) -> dict[str, Any]:
    """Plan, write and label one note."""
    plan, rng = build_plan(note_id, outcome, style)
    text, spans, keys = write(plan, rng)
    check(plan, spans)
    for span in spans:
        if text[span.start : span.end] != text[span.start : span.end].strip():
            raise PlanMismatch(f"{note_id}: span has outer whitespace")
    areas = _planned_areas(plan)
    features = sorted(plan.features)
    modalities = [m for m in _MODALITY_ORDER if m in plan.modalities]
    decision = decide_labels(plan.rationale is not None, areas, features, modalities)
    expected = {
        "supported_feature": (True, "77290"),
        "supported_areas": (True, "77290"),
        "unsupported_77290": (False, "77290"),
        "level_77285": (False, "77285"),
        "level_77280": (False, "77280"),
        "nothing_countable": (False, "undetermined"),
        "non_simulation": (False, "undetermined"),
    }[outcome]
    if (decision.supported, decision.level) != expected:
        raise PlanMismatch(f"{note_id}: decision {decision} does not match the outcome {outcome}")
    return {
        "id": note_id,
        "text": text,
        "labels": {
            "rationale": plan.rationale is not None,
            "treatment_areas": areas,
            "features": features,
            "modalities": modalities,
            "supported": decision.supported,
            "level": decision.level,
            "missing": decision.missing,
        },
        "spans": [s.as_dict() for s in sorted(spans, key=lambda s: (s.start, s.end))],
        "meta": {
            "site": plan.site.key,
            "style": plan.style,
            "note_type": plan.note_type,
            "skeleton": ">".join([plan.note_type, plan.style, *keys]),
            "traps": sorted(plan.traps),
            "words": len(_WORD.findall(text.lower())),
            "outcome": outcome,
            "writer": "k",
        },
    }


def build_all() -> list[dict[str, Any]]:
    """Return all 250 records in id order."""
    return [build_record(note_id, outcome, style) for note_id, outcome, style in allocate()]
