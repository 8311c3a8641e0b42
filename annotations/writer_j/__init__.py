"""Writer J: a physician-owned private practice with eight freestanding radiation centres.

MOSAIQ record-and-verify, an Epic-linked referral system, speech-recognition dictation, medical scribes,
therapist sim logs and secure-chat threads. ``build(index)`` plans one note (outcome, site, note type,
style, rationale, areas, features, modalities, traps), writes it with inline evidence marks, renders the
marks into text with exact spans, refuses the note if the spans disagree with the plan, and returns the
label record. Each note has its own seed, so the output is the same on every run.
"""

from __future__ import annotations

import random
import re
from typing import Any

from simcheck.annotations import decide_labels

from .compose import check, compose
from .plan import FEATURE_ORDER, MODALITY_ORDER, make_plan

N_NOTES = 400
WRITER = "j"
_WORD = re.compile(r"[a-z0-9]+(?:['/][a-z0-9]+)*")


def build(index: int) -> dict[str, Any]:
    """Build the label record of note ``wj-{index:04d}`` (1-based)."""
    note_id = f"wj-{index:04d}"
    rng = random.Random(f"simcheck-writer-j-v1:{note_id}")
    plan = make_plan(index, rng)
    rendered, keys, placed = compose(plan, rng)
    check(plan, rendered, placed)
    features = [f for f in FEATURE_ORDER if f in plan.features]
    modalities = [m for m in MODALITY_ORDER if m in plan.modalities]
    decision = decide_labels(bool(plan.rationale), plan.area_count, features, modalities)
    labels = {
        "rationale": bool(plan.rationale),
        "treatment_areas": plan.area_count,
        "features": features,
        "modalities": modalities,
        "supported": decision.supported,
        "level": decision.level,
        "missing": decision.missing,
    }
    spans = sorted(rendered.spans, key=lambda s: (int(s["start"]), int(s["end"])))  # type: ignore[call-overload]
    meta = {
        "site": plan.site.key,
        "style": plan.style,
        "note_type": plan.note_type,
        "skeleton": f"{plan.note_type}/{plan.style}/" + ">".join(keys),
        "traps": sorted(set(plan.traps) | placed),
        "words": len(_WORD.findall(rendered.text.lower())),
        "outcome": plan.outcome if plan.outcome != "unsupported_77290" else f"unsupported_77290_{plan.variant}",
        "centre": plan.centre,
        "writer": WRITER,
    }
    return {"id": note_id, "text": rendered.text, "labels": labels, "spans": spans, "meta": meta}


def build_all(n: int = N_NOTES) -> list[dict[str, Any]]:
    """Build notes 1..n in id order."""
    return [build(i) for i in range(1, n + 1)]
