"""Writer I: a three-hospital regional network on Cerner PowerChart with a proton/brachytherapy partner.

``build(index)`` plans one note (outcome, site, note type, style, rationale, areas, features, modalities,
traps), writes it with inline evidence markup, renders the markup into text with exact spans, checks the
spans against the plan and returns the label record. Every note has its own seed, so the output is the
same on every run and does not depend on PYTHONHASHSEED.
"""

from __future__ import annotations

import random
from typing import Any

from simcheck.annotations import decide_labels

from .compose import check, compose, words
from .plan import FEATURE_ORDER, MODALITY_ORDER, make_plan

N_NOTES = 400
WRITER = "i"


def build(index: int) -> dict[str, Any]:
    """Build the label record of note ``wi-{index:04d}`` (1-based)."""
    note_id = f"wi-{index:04d}"
    rng = random.Random(f"simcheck-writer-i-v1:{note_id}")
    plan = make_plan(index, rng)
    rendered, keys = compose(plan, rng)
    check(plan, rendered)
    features = [f for f in FEATURE_ORDER if f in plan.features]
    modalities = [m for m in MODALITY_ORDER if m in plan.modalities]
    decision = decide_labels(plan.rationale is not None, plan.area_count, features, modalities)
    labels = {
        "rationale": plan.rationale is not None,
        "treatment_areas": plan.area_count,
        "features": features,
        "modalities": modalities,
        "supported": decision.supported,
        "level": decision.level,
        "missing": decision.missing,
    }
    spans = sorted(rendered.spans, key=lambda s: (int(s["start"]), int(s["end"])))  # type: ignore[arg-type]
    meta = {
        "site": plan.site.key,
        "style": plan.style,
        "note_type": plan.note_type,
        "skeleton": f"{plan.note_type}/{plan.style}/" + ">".join(keys),
        "traps": sorted(plan.traps),
        "words": words(rendered.text),
        "outcome": plan.outcome,
        "campus": plan.campus[1] if not plan.at_partner else "TRPBC",
        "writer": WRITER,
    }
    return {"id": note_id, "text": rendered.text, "labels": labels, "spans": spans, "meta": meta}


def build_all(n: int = N_NOTES) -> list[dict[str, Any]]:
    """Build notes 1..n in id order."""
    return [build(i) for i in range(1, n + 1)]
