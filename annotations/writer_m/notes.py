"""One record per note: traps, writing, rendering, the plan-versus-spans check and the label record."""

from __future__ import annotations

import random
import re
from typing import Any

from simcheck.annotations import decide_labels

from .compose import RETRACT, abbreviate, layout, non_sim_sections, nothing_sections, sim_sections
from .markup import render
from .plan import Plan, allocate, build

MODALITY_ORDER = ("CT", "MRI", "PET", "fluoroscopy", "ultrasound")
_WORD = re.compile(r"[a-z0-9]+(?:['/][a-z0-9]+)*")


def choose_traps(rng: random.Random, plan: Plan) -> None:
    """Pick the traps a note carries (they never add counted evidence)."""
    if plan.outcome == "non_simulation":
        plan.traps = {"non_simulation", "historical_imaging"}
        plan.traps.add(
            {
                "rounds": "rounds_discussion",
                "letter_consult": "planned_simulation",
                "letter_followup": "letter_past_simulation",
                "phone_note": "phone_prep_note",
            }[plan.note_type]
        )
        return
    if plan.outcome == "nothing":
        plan.traps = {"sim_aborted"} if plan.note_type == "sim_cancelled" else {"blank_template"}
        return
    feats = set(plan.features)
    candidates = ["historical_imaging", "copy_forward", "other_person", "custom_immobilisation", "negated_feature"]
    candidates.append("planned_feature")
    if {"MRI", "PET"} - set(plan.modalities):
        candidates.append("planned_modality")
    if plan.style in ("form", "bilingual", "caps"):
        candidates.append("blank_template")
    if "contrast" in feats:
        candidates += ["contrast_allergy_premed", "addendum_adds"]
    else:
        candidates += ["contrast_withheld", "negated_contrast"]
    if not feats & {"custom_shielding", "complex_blocking"}:
        candidates.append("mlc_only")
    if plan.site.key in ("skin_electron", "breast_nodes", "palliative", "head_neck"):
        candidates.append("bolus")
    if plan.n_areas == 1 and "CT" in plan.modalities:
        candidates.append("many_beams")
    if "MRI" in plan.modalities:
        candidates.append("fused_old_contrast")
    if plan.note_type == "request_procedure" and "contrast" not in feats:
        candidates.append("order_vs_procedure")
    retractable = [f for f in RETRACT if f not in feats]
    if retractable:
        candidates.append("addendum_retract")
    if plan.rationale is None or rng.random() < 0.15:
        candidates.append("bare_assertion")
    k = rng.choices((0, 1, 2, 3), weights=(12, 33, 37, 18))[0]
    chosen = set(rng.sample(candidates, min(k, len(candidates))))
    if plan.rationale is None and rng.random() < 0.6:
        chosen.add("bare_assertion")
    if "contrast_withheld" in chosen:
        chosen.discard("negated_contrast")
        chosen.discard("order_vs_procedure")
    if "order_vs_procedure" in chosen:
        chosen.discard("negated_contrast")
    if "addendum_retract" in chosen:
        plan.retract = rng.choice(retractable)
        if plan.retract == "contrast":
            chosen -= {"negated_contrast", "contrast_withheld", "order_vs_procedure"}
    if plan.four_d and not feats:
        chosen.add("4dct_alone")
    if plan.n_areas is not None and plan.n_areas > 1 and plan.area_mode != "count" and rng.random() < 0.1:
        chosen.add("isocentres_or_list")
    plan.traps = chosen


def check(plan: Plan, spans: list[dict[str, Any]]) -> None:
    """Raise if the rendered spans disagree with the plan."""
    rationale = any(s["label"] == "RATIONALE" for s in spans)
    features = {s["value"] for s in spans if s["label"] == "FEATURE"}
    modalities = {s["value"] for s in spans if s["label"] == "MODALITY"}
    counts = [s for s in spans if s["label"] == "AREA_COUNT"]
    sites = {s["value"] for s in spans if s["label"] == "TREATMENT_SITE"}
    areas = int(counts[-1]["value"]) if counts else (len(sites) if sites else None)
    problems = []
    if rationale != (plan.rationale is not None):
        problems.append("rationale")
    if features != set(plan.features):
        problems.append(f"features {features} vs {plan.features}")
    if modalities != set(plan.modalities):
        problems.append(f"modalities {modalities} vs {plan.modalities}")
    if areas != plan.n_areas:
        problems.append(f"areas {areas} vs {plan.n_areas}")
    if problems:
        raise ValueError(f"{plan.note_id}: spans disagree with plan: {problems}")


def _expected(plan: Plan, supported: bool, level: str) -> bool:
    return {
        "supported_feature": supported and bool(plan.features),
        "supported_areas": supported and not plan.features and (plan.n_areas or 0) >= 3,
        "unsupported_77290": not supported and level == "77290",
        "level_77285": not supported and level == "77285",
        "level_77280": not supported and level == "77280",
        "nothing": level == "undetermined" and not supported,
        "non_simulation": level == "undetermined" and not supported,
    }[plan.outcome]


def make_record(note_id: str, row: tuple[str, str, str, str, str]) -> dict[str, Any]:
    """Plan, write, render and label one note."""
    plan, rng = build(note_id, row)
    choose_traps(rng, plan)
    if plan.outcome == "non_simulation":
        sections = non_sim_sections(rng, plan)
    elif plan.outcome == "nothing":
        sections = nothing_sections(rng, plan)
    else:
        sections = sim_sections(rng, plan)
    markup = layout(rng, plan, sections)
    plain = abbreviate if plan.style in ("terse", "rtt_log") else None
    text, spans = render(markup, plain=plain, upper=plan.style == "caps")
    check(plan, spans)
    features = sorted(plan.features)
    modalities = [m for m in MODALITY_ORDER if m in plan.modalities]
    decision = decide_labels(plan.rationale is not None, plan.n_areas, features, modalities)
    if not _expected(plan, decision.supported, decision.level):
        raise ValueError(f"{note_id}: labels do not match the planned outcome {plan.outcome}")
    keys = [key for key, _, _ in sections]
    return {
        "id": note_id,
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
            "traps": sorted(plan.traps),
            "words": len(_WORD.findall(text.lower())),
            "outcome": plan.outcome if not plan.sub else f"{plan.outcome}:{plan.sub}",
            "writer": "m",
        },
    }


def records(count: int = 250) -> list[dict[str, Any]]:
    """All of writer M's records, in id order."""
    rows = allocate(count)
    return [make_record(f"wm-{i:04d}", row) for i, row in enumerate(rows, start=1)]
