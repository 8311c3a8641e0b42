"""Refuse a note whose rendered spans disagree with its plan (the validator's own rules, recomputed)."""

from __future__ import annotations

from .markup import CLOSE, OPEN, SEP
from .plan import MODALITY_ORDER, Plan


class PlanMismatch(AssertionError):
    pass


def _site_keys(value: str) -> list[str]:
    if value.startswith("bilateral "):
        site = value.removeprefix("bilateral ")
        return [f"left {site}", f"right {site}"]
    return [value]


def summarize(spans: list[dict]) -> dict:
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
    counts = [s for s in ordered if s["label"] == "AREA_COUNT"]
    sites = [s for s in ordered if s["label"] == "TREATMENT_SITE"]
    if counts:
        areas: int | None = int(counts[-1]["value"])
    elif sites:
        areas = len({k for s in sites for k in _site_keys(s["value"])})
    else:
        areas = None
    mods = {s["value"] for s in ordered if s["label"] == "MODALITY"}
    return {
        "rationale": any(s["label"] == "RATIONALE" for s in ordered),
        "features": sorted({s["value"] for s in ordered if s["label"] == "FEATURE"}),
        "modalities": [m for m in MODALITY_ORDER if m in mods],
        "areas": areas,
    }


def check(plan: Plan, text: str, spans: list[dict]) -> None:
    for ch in (OPEN, SEP, CLOSE):
        if ch in text:
            raise PlanMismatch(f"{plan.note_id}: markup left in text")
    for s in spans:
        piece = text[s["start"]:s["end"]]
        if not piece or piece != piece.strip():
            raise PlanMismatch(f"{plan.note_id}: bad span boundary {s}")
    got = summarize(spans)
    want = {"rationale": plan.rationale is not None, "features": sorted(plan.features),
            "modalities": list(plan.modalities), "areas": plan.area_count}
    if got != want:
        raise PlanMismatch(f"{plan.note_id}: spans {got} != plan {want}")
