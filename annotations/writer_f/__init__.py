"""Writer F: 400 synthetic academic radiation-oncology notes labelled by the labeling guide.

``build(index)`` plans one note, writes it with exact evidence spans and refuses it when the spans
disagree with the plan; ``build_all`` returns the records in id order. Deterministic: each note is seeded
by ``simcheck-writer-f-v1:<id>``.
"""

from __future__ import annotations

import random
import re
from typing import Any

from simcheck.annotations import decide_labels

from .layout import format_sections, nonsim_sections, sim_sections
from .markup import render
from .notes import MODALITY_ORDER, SEED, Plan, Writer, make_plan

N_NOTES = 400
_WORD = re.compile(r"[a-z0-9]+(?:['/][a-z0-9]+)*")

__all__ = ["N_NOTES", "build", "build_all"]


def _site_keys(value: str) -> list[str]:
    if value.startswith("bilateral "):
        rest = value.removeprefix("bilateral ")
        return [f"left {rest}", f"right {rest}"]
    return [value]


def check(plan: Plan, spans: list[dict[str, Any]]) -> None:
    """Raise ValueError when the rendered spans disagree with the plan."""
    labels = [s["label"] for s in spans]
    if ("RATIONALE" in labels) != (plan.rationale is not None):
        raise ValueError(f"{plan.note_id}: rationale spans disagree with plan")
    feats = sorted({s["value"] for s in spans if s["label"] == "FEATURE"})
    if feats != sorted(plan.features):
        raise ValueError(f"{plan.note_id}: features {feats} != plan {plan.features}")
    mods = [m for m in MODALITY_ORDER if any(s["label"] == "MODALITY" and s["value"] == m for s in spans)]
    if mods != plan.modalities:
        raise ValueError(f"{plan.note_id}: modalities {mods} != plan {plan.modalities}")
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
    counts = [s for s in ordered if s["label"] == "AREA_COUNT"]
    sites = [s for s in ordered if s["label"] == "TREATMENT_SITE"]
    if counts:
        n: int | None = int(counts[-1]["value"])
    elif sites:
        n = len({k for s in sites for k in _site_keys(s["value"])})
    else:
        n = None
    if n != plan.n_areas:
        raise ValueError(f"{plan.note_id}: area count {n} != plan {plan.n_areas}")


def build(index: int) -> dict[str, Any]:
    """Plan, write and check note ``wf-<index>``; return its label record."""
    plan = make_plan(index)
    rng = random.Random(f"{SEED}:{plan.note_id}:text")
    writer = Writer(plan, rng)
    sections = nonsim_sections(plan, writer) if plan.outcome == "non_simulation" else sim_sections(plan, writer)
    markup = format_sections(plan.style, sections, rng)
    text, spans = render(markup)
    text = text.strip()
    lead = len(render(markup)[0]) - len(render(markup)[0].lstrip())
    if lead:
        for span in spans:
            span["start"] -= lead
            span["end"] -= lead
    check(plan, spans)
    feats = sorted(plan.features)
    decision = decide_labels(plan.rationale is not None, plan.n_areas, feats, plan.modalities)
    keys = [key for key, items in sections if any(i.strip() for i in items)]
    return {
        "id": plan.note_id,
        "text": text,
        "labels": {
            "rationale": plan.rationale is not None,
            "treatment_areas": plan.n_areas,
            "features": feats,
            "modalities": list(plan.modalities),
            "supported": decision.supported,
            "level": decision.level,
            "missing": decision.missing,
        },
        "spans": spans,
        "meta": {
            "site": plan.site.key,
            "style": plan.style,
            "note_type": plan.note_type,
            "skeleton": f"{plan.note_type}/{plan.style}/" + "-".join(keys),
            "traps": sorted(plan.traps),
            "words": len(_WORD.findall(text.lower())),
            "outcome": plan.outcome,
            "writer": "f",
        },
    }


def build_all(n: int = N_NOTES) -> list[dict[str, Any]]:
    """All records ``wf-0001`` … ``wf-<n>`` in id order."""
    return [build(i) for i in range(1, n + 1)]
