"""Build writer U's records: plan, compose, render, check spans against the plan, label."""

from __future__ import annotations

import random
import re
from typing import Any

from simcheck.annotations import decide_labels
from writer_u.compose import compose_sim
from writer_u.markup import render, terse, typos
from writer_u.nonsim import compose_aborted, compose_blank, compose_nonsim
from writer_u.plan import SEED, Plan, allocate, make_plan
from writer_u.vocab import SITES

MODS = ["CT", "MRI", "PET", "fluoroscopy", "ultrasound"]
WORD = re.compile(r"[a-z0-9]+(?:['/][a-z0-9]+)*")
N_NOTES = 250


def _check(plan: Plan, spans: list[dict[str, Any]]) -> None:
    """Raise when the rendered spans disagree with the plan."""
    by: dict[str, list[dict[str, Any]]] = {}
    for s in sorted(spans, key=lambda s: (s["start"], s["end"])):
        by.setdefault(s["label"], []).append(s)
    if bool(by.get("RATIONALE")) != (plan.rationale is not None):
        raise AssertionError(f"{plan.id}: rationale spans disagree with the plan")
    if sorted({s["value"] for s in by.get("FEATURE", [])}) != sorted(plan.features):
        raise AssertionError(f"{plan.id}: feature spans disagree with the plan")
    if sorted({s["value"] for s in by.get("MODALITY", [])}) != sorted(plan.modalities):
        raise AssertionError(f"{plan.id}: modality spans disagree with the plan")
    counts, sites = by.get("AREA_COUNT", []), by.get("TREATMENT_SITE", [])
    if counts:
        areas: int | None = int(counts[-1]["value"])
    elif sites:
        keys = set()
        for s in sites:
            v = s["value"]
            keys.update([f"left {v[10:]}", f"right {v[10:]}"] if v.startswith("bilateral ") else [v])
        areas = len(keys)
    else:
        areas = None
    if areas != plan.area_count:
        raise AssertionError(f"{plan.id}: area spans give {areas}, plan {plan.area_count}")
    planned_sites = {v for v, _ in plan.areas}
    if any(s["value"] not in planned_sites for s in sites):
        raise AssertionError(f"{plan.id}: a site span the plan does not have")


def _outcome_ok(plan: Plan, labels: dict[str, Any]) -> bool:
    o = plan.outcome
    if o in ("supported_feature", "supported_areas"):
        return bool(labels["supported"]) and (bool(labels["features"]) == (o == "supported_feature"))
    if o == "no_rationale":
        return labels["missing"] == ["rationale"]
    if o == "areas_unknown":
        return "treatment_areas" in labels["missing"] and not labels["supported"]
    if o == "no_imaging":
        return labels["missing"] == ["imaging"]
    if o == "level_77285":
        return labels["level"] == "77285"
    if o == "level_77280":
        return labels["level"] == "77280"
    return labels["missing"] == ["rationale", "treatment_areas", "complexity", "imaging"]


def build_record(index: int, row: tuple[str, str, str, str]) -> dict[str, Any]:
    """Build one record from its allocation row."""
    outcome, note_type, style, site = row
    note_id = f"wu-{index:04d}"
    plan = make_plan(note_id, outcome, note_type, style, site)
    rng = random.Random(f"{SEED}:{note_id}:text")
    if outcome == "no_simulation":
        markup, keys, traps = compose_nonsim(plan, rng)
    elif outcome == "blank_template":
        markup, keys, traps = compose_blank(plan, rng)
    elif outcome == "aborted":
        markup, keys, traps = compose_aborted(plan, rng)
    else:
        markup, keys, traps = compose_sim(plan, rng)
    transform = None
    if style == "typos":
        transform = typos(rng)
    elif style == "terse":
        transform = terse(rng)
    text, spans = render(markup, transform, caps=style in ("caps", "caps_rows"))
    _check(plan, spans)
    labels_feats = sorted(plan.features)
    mods = [m for m in MODS if m in plan.modalities]
    decision = decide_labels(plan.rationale is not None, plan.area_count, labels_feats, mods)
    labels = {
        "rationale": plan.rationale is not None,
        "treatment_areas": plan.area_count,
        "features": labels_feats,
        "modalities": mods,
        "supported": decision.supported,
        "level": decision.level,
        "missing": decision.missing,
    }
    if not _outcome_ok(plan, labels):
        raise AssertionError(f"{note_id}: labels do not give the planned outcome {outcome}")
    words = len(WORD.findall(text.lower()))
    if style == "long" and not 600 <= words <= 1500:
        raise AssertionError(f"{note_id}: long note has {words} words")
    seen: list[str] = []
    for t in traps:
        if t not in seen:
            seen.append(t)
    meta = {
        "writer": "u",
        "site": SITES[site].label,
        "style": style,
        "note_type": note_type,
        "skeleton": f"{note_type}/{style}/" + "+".join(keys),
        "traps": seen,
        "words": words,
        "outcome": outcome,
        "rationale_category": plan.rationale,
        "count_form": plan.count_form,
        "sim": outcome not in ("no_simulation", "blank_template", "aborted"),
    }
    return {"id": note_id, "text": text, "labels": labels, "spans": spans, "meta": meta}


def build_all() -> list[dict[str, Any]]:
    """Return all 250 records in id order."""
    rows = allocate()
    assert len(rows) == N_NOTES
    return [build_record(i + 1, row) for i, row in enumerate(rows)]
