"""Writer E: a community-hospital radiation department's faxed, scanned and exported simulation notes.

``build(index)`` plans one note (site, note type, style, outcome, elements, traps), writes it, checks the
rendered spans against the plan and returns the label record. Every note has its own seed, so the output
is the same on every run.
"""

from __future__ import annotations

import random
from typing import Any

from simcheck.annotations import decide_labels

from .compose import check, render, words
from .plan import make_plan

N_NOTES = 400
WRITER = "e"


def build(index: int) -> dict[str, Any]:
    """Build the label record of note ``we-{index:04d}`` (1-based)."""
    note_id = f"we-{index:04d}"
    rng = random.Random(f"simcheck-writer-e-v1:{note_id}")
    plan = make_plan(index, rng)
    rendered, keys = render(plan, rng)
    check(plan, rendered)
    areas = plan.area_count
    decision = decide_labels(plan.rationale is not None, areas, plan.features, plan.modalities)
    labels = {
        "rationale": plan.rationale is not None,
        "treatment_areas": areas,
        "features": list(plan.features),
        "modalities": list(plan.modalities),
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
        "writer": WRITER,
    }
    return {"id": note_id, "text": rendered.text, "labels": labels, "spans": spans, "meta": meta}


def build_all(n: int = N_NOTES) -> list[dict[str, Any]]:
    """Build notes 1..n in id order."""
    return [build(i) for i in range(1, n + 1)]
