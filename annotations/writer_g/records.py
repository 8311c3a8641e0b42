"""Writer G's label records: plan, write, check and label each of the 250 notes (same bytes on every run)."""

from __future__ import annotations

from typing import Any

from simcheck.annotations import _WORD, decide_labels

from .compose import build
from .plan import MODALITY_ORDER, Plan, expanded, make_plan, schedule

N_NOTES = 250


class PlanMismatch(RuntimeError):
    """The rendered spans do not say what the plan says."""


def check(plan: Plan, spans: list[dict[str, object]]) -> None:
    """Refuse a note whose spans disagree with its plan (rationale, features, modalities, area count)."""
    by = lambda label: [s for s in spans if s["label"] == label]  # noqa: E731
    problems = []
    if bool(by("RATIONALE")) != bool(plan.rationale):
        problems.append("rationale")
    if sorted({str(s["value"]) for s in by("FEATURE")}) != sorted(plan.features):
        problems.append("features")
    if [m for m in MODALITY_ORDER if m in {str(s["value"]) for s in by("MODALITY")}] != plan.modalities:
        problems.append("modalities")
    counts = sorted(by("AREA_COUNT"), key=lambda s: int(s["start"]))  # type: ignore[arg-type]
    sites = by("TREATMENT_SITE")
    if counts:
        got: int | None = int(str(counts[-1]["value"]))
    elif sites:
        got = len(expanded(tuple((str(s["value"]), "") for s in sites)))
    else:
        got = None
    if got != plan.area_count:
        problems.append(f"areas {got} != {plan.area_count}")
    if not plan.sim and spans:
        problems.append("non-simulation note has spans")
    if problems:
        raise PlanMismatch(f"{plan.note_id}: {', '.join(problems)}")


def record(note_id: str, outcome: str) -> dict[str, Any]:
    """Plan, write and label one note."""
    plan = make_plan(note_id, outcome)
    built, keys = build(plan)
    check(plan, built.spans)
    d = decide_labels(plan.rationale is not None, plan.area_count, plan.features, plan.modalities)
    labels = {"rationale": plan.rationale is not None, "treatment_areas": plan.area_count,
              "features": sorted(plan.features), "modalities": list(plan.modalities), "supported": d.supported,
              "level": d.level, "missing": d.missing}
    meta = {"site": plan.site.key, "style": plan.style, "note_type": plan.note_type,
            "skeleton": f"{plan.note_type}/{plan.style}/{'-'.join(keys)}", "traps": sorted(plan.traps),
            "words": len(_WORD.findall(built.text.lower())), "outcome": outcome, "writer": "g"}
    spans = sorted(built.spans, key=lambda s: (int(s["start"]), int(s["end"])))  # type: ignore[arg-type]
    return {"id": note_id, "text": built.text, "labels": labels, "spans": spans, "meta": meta}


def build_all() -> list[dict[str, Any]]:
    """Return all notes in id order."""
    outcomes = schedule()
    assert len(outcomes) == N_NOTES
    return [record(f"wg-{i:04d}", outcome) for i, outcome in enumerate(outcomes, start=1)]
