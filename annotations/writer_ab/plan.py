# ruff: noqa: E501
"""What each note documents, decided before any text is written.

Allocation (seed ``rccmc-writer-ab-v1:allocation``) fixes outcome, note type, style and site per id; the per-note
stream (``rccmc-writer-ab-v1:<id>``) fixes side, areas, features, contrast routes, modalities, rationale category and
traps.  Labels come only from this plan (through ``decide_labels``); the composer must reproduce it in spans.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .vocab import SITES

SEED = "rccmc-writer-ab-v1"
N_NOTES = 250

# outcome -> [(note_type, count)]
QUOTAS: list[tuple[str, list[tuple[str, int]]]] = [
    ("supported_feature", [("brachy_procedure", 20), ("ct_sim_note", 26), ("interp_sim_visit", 8),
                           ("peds_anesthesia_sim", 6), ("order_procedure", 6), ("resim", 6), ("transfer_resim", 5),
                           ("therapist_sim_record", 5), ("clinical_setup", 4)]),
    ("supported_areas", [("ct_sim_note", 8), ("interp_sim_visit", 3), ("order_procedure", 2), ("resim", 2),
                         ("therapist_sim_record", 2), ("transfer_resim", 3)]),
    ("no_rationale", [("ct_sim_note", 5), ("therapist_sim_record", 5), ("sim_nursing", 5), ("brachy_procedure", 4),
                      ("order_procedure", 3)]),
    ("areas_unknown", [("ct_sim_note", 4), ("therapist_sim_record", 3), ("sim_nursing", 3), ("interp_sim_visit", 2),
                       ("order_procedure", 2)]),
    ("no_imaging", [("clinical_setup", 6)]),
    ("l77285", [("ct_sim_note", 6), ("interp_sim_visit", 3), ("therapist_sim_record", 3), ("resim", 2),
                ("order_procedure", 2)]),
    ("l77280", [("ct_sim_note", 6), ("therapist_sim_record", 3), ("interp_sim_visit", 3), ("clinical_setup", 3),
                ("resim", 2), ("sim_nursing", 3)]),
    ("thin", [("blank_template", 6), ("aborted_sim", 6), ("sim_nursing", 2)]),
    ("no_sim", [("consult", 9), ("portal_message", 7), ("financial_counsel", 6), ("transfer_summary", 6),
                ("noshow_resched", 7), ("otv", 7), ("treatment_summary", 5), ("pre_sim_education", 5)]),
]

STYLES = {
    "ct_sim_note": ["dictated", "resident_attest", "smarttext", "bilingual", "long", "satellite_caps"],
    "brachy_procedure": ["dictated", "resident_attest", "smarttext", "bilingual", "long"],
    "interp_sim_visit": ["interpreter", "long"],
    "therapist_sim_record": ["rtt_terse", "satellite_caps", "smarttext"],
    "sim_nursing": ["rn"],
    "peds_anesthesia_sim": ["dictated", "resident_attest", "smarttext", "long"],
    "order_procedure": ["smarttext", "resident_attest"],
    "resim": ["dictated", "rtt_terse", "bilingual"],
    "transfer_resim": ["dictated", "long", "resident_attest"],
    "clinical_setup": ["dictated", "rtt_terse", "satellite_caps"],
    "blank_template": ["smarttext"],
    "aborted_sim": ["rn", "rtt_terse", "interpreter"],
    "consult": ["interpreter", "resident_attest", "long", "bilingual"],
    "portal_message": ["portal"],
    "financial_counsel": ["counselor"],
    "transfer_summary": ["outside_packet"],
    "noshow_resched": ["rn", "smarttext", "rtt_terse"],
    "otv": ["resident_attest", "smarttext", "bilingual", "interpreter"],
    "treatment_summary": ["dictated", "smarttext", "long"],
    "pre_sim_education": ["rn", "interpreter"],
}

SIM_TYPES = {"ct_sim_note", "brachy_procedure", "interp_sim_visit", "therapist_sim_record", "sim_nursing",
             "peds_anesthesia_sim", "order_procedure", "resim", "transfer_resim", "clinical_setup"}
ADULT_EBRT = ["gyn_ebrt", "head_neck", "breast", "prostate", "lung", "whole_brain", "srs", "bone_mets", "palliative",
              "rectum", "esophagus", "pancreas", "lymphoma", "skin"]
ALL_SITES = list(SITES)

TYPE_SITES = {
    "brachy_procedure": ["gyn_brachy"],
    "peds_anesthesia_sim": ["peds"],
    "resim": ["head_neck", "breast", "gyn_ebrt", "prostate", "lung", "palliative", "rectum", "bone_mets"],
    "transfer_resim": ["head_neck", "gyn_ebrt", "breast", "rectum", "lung", "lymphoma", "prostate", "esophagus"],
    "clinical_setup": ["skin", "palliative", "bone_mets", "whole_brain"],
    "sim_nursing": ["gyn_ebrt", "rectum", "pancreas", "esophagus", "head_neck", "lymphoma", "lung", "bone_mets",
                    "palliative", "prostate"],
}


def outcome_sites(outcome: str, note_type: str) -> list[str]:
    """Sites a note type may carry for this outcome (so the planned areas/features exist for the site)."""
    base = TYPE_SITES.get(note_type, ALL_SITES if note_type not in SIM_TYPES else ADULT_EBRT)
    if outcome == "no_sim" or outcome == "thin":
        return list(base)
    if note_type == "clinical_setup":
        return {"no_imaging": ["skin", "palliative", "bone_mets"], "supported_feature": ["skin", "whole_brain"],
                "l77280": ["whole_brain", "palliative", "bone_mets"]}[outcome]
    out = []
    for key in base:
        areas = SITES[key]["areas"]
        if outcome == "supported_areas" and (max(areas) < 3 or key in ("srs", "skin")):
            continue
        if outcome == "l77285" and (2 not in areas or key in ("srs", "skin", "peds")):
            continue
        if outcome == "l77280" and key in ("srs", "skin", "gyn_brachy"):
            continue
        if note_type == "sim_nursing" and outcome in ("no_rationale", "areas_unknown") and not SITES[key]["routes"]:
            continue
        out.append(key)
    return out


@dataclass
class Plan:
    """The documented elements of one note, decided before any text."""

    id: str
    outcome: str
    note_type: str
    style: str
    site: str
    side: str = "left"
    rationale: str | None = None
    areas: list[str] | None = None          # normalised area values (bilateral neck = one entry, counts 2)
    area_option: list | None = None          # [(value, surfaces)] chosen from vocab
    area_form: str = "named"
    n_areas: int | None = None
    features: list[str] = field(default_factory=list)
    routes: list[str] = field(default_factory=list)
    modalities: list[str] = field(default_factory=list)
    fourdct: bool = False
    fused: list[str] = field(default_factory=list)   # modalities that are fusions of earlier scans
    traps: list[str] = field(default_factory=list)
    has_sim: bool = True


def _least(rng: random.Random, options: list[str], used: dict[str, int], weights: dict[str, float] | None = None) -> str:
    scored = []
    for opt in options:
        w = (weights or {}).get(opt, 1.0)
        scored.append((used.get(opt, 0) / w, rng.random(), opt))
    scored.sort()
    return scored[0][2]


def allocate() -> list[tuple[str, str, str, str]]:
    """Return (id, outcome, note_type, style, site) tuples in id order."""
    rng = random.Random(f"{SEED}:allocation")
    slots: list[tuple[str, str]] = []
    for outcome, types in QUOTAS:
        for note_type, count in types:
            slots.extend([(outcome, note_type)] * count)
    assert len(slots) == N_NOTES, len(slots)
    rng.shuffle(slots)
    style_used: dict[str, dict[str, int]] = {}
    site_used: dict[str, int] = {}
    site_weights = {"gyn_brachy": 1.6, "gyn_ebrt": 1.3, "head_neck": 1.3, "palliative": 1.2, "bone_mets": 1.1}
    out = []
    for index, (outcome, note_type) in enumerate(slots, start=1):
        note_id = f"wab-{index:04d}"
        styles = STYLES[note_type]
        used = style_used.setdefault(note_type, {})
        style = _least(rng, styles, used)
        used[style] = used.get(style, 0) + 1
        site = _least(rng, outcome_sites(outcome, note_type), site_used, site_weights)
        site_used[site] = site_used.get(site, 0) + 1
        out.append((note_id, outcome, note_type, style, site))
    return out


def _area_counts(site: str) -> list[int]:
    return sorted(SITES[site]["areas"])


def make_plan(note_id: str, outcome: str, note_type: str, style: str, site: str) -> Plan:
    """Decide the documented elements of one note."""
    rng = random.Random(f"{SEED}:{note_id}")
    data = SITES[site]
    plan = Plan(id=note_id, outcome=outcome, note_type=note_type, style=style, site=site)
    plan.side = rng.choice(["left", "right"])
    if outcome == "no_sim":
        plan.has_sim = False
        return plan
    if outcome == "thin":
        if note_type == "sim_nursing":
            plan.modalities = ["CT"]
        plan.has_sim = note_type == "sim_nursing"
        return plan
    counts = _area_counts(site)
    # ---- areas
    n: int | None
    if outcome == "supported_areas":
        n = rng.choice([c for c in counts if c >= 3])
    elif outcome == "l77285":
        n = 2
    elif outcome == "l77280":
        n = 1
    elif outcome == "areas_unknown":
        n = None
    elif outcome == "no_rationale":
        n = rng.choice([None, *counts, 1]) if note_type in ("sim_nursing",) else rng.choice([*counts, 1, 1])
    else:
        weights = {1: 5, 2: 3, 3: 2, 4: 1}
        pool = [c for c in counts for _ in range(weights.get(c, 1))]
        n = rng.choice(pool)
    if n is not None:
        option = rng.choice(data["areas"][n])
        plan.area_option = option
        plan.areas = [v for v, _ in option]
        plan.n_areas = n
    # ---- features
    feats: list[str] = []
    if site == "gyn_brachy" and outcome in ("supported_feature", "no_rationale"):
        feats = ["brachytherapy"]
        if rng.random() < 0.35:
            feats.append("contrast")
    elif outcome in ("supported_feature", "areas_unknown", "no_imaging") or (
            outcome == "no_rationale" and (n is None or n < 3 or rng.random() < 0.7)):
        pool = list(data["features"])
        if note_type == "clinical_setup":
            pool = [f for f in pool if f in ("custom_shielding", "complex_blocking")] or ["custom_shielding"]
        if note_type == "sim_nursing":
            pool = ["contrast"] if data["routes"] else pool
        feats = [rng.choice(pool)]
        extra = [f for f in pool + data.get("extra_features", []) if f not in feats]
        if note_type == "clinical_setup":
            extra = [f for f in extra if f in ("custom_shielding", "complex_blocking")]
        if extra and rng.random() < 0.28:
            feats.append(rng.choice(extra))
    if "contrast" in feats:
        routes = data["routes"] or ["IV"]
        plan.routes = [rng.choice(routes)]
        if len(routes) > 1 and rng.random() < 0.3:
            plan.routes.append(rng.choice([r for r in routes if r not in plan.routes]))
    plan.features = sorted(set(feats))
    # ---- modalities
    mods: list[str] = []
    if outcome != "no_imaging":
        if note_type == "clinical_setup":
            mods = ["fluoroscopy"] if site in ("whole_brain", "palliative", "bone_mets") else ["CT"]
        elif site == "gyn_brachy":
            r = rng.random()
            mods = ["CT"] if r < 0.55 else (["MRI"] if r < 0.75 else ["CT", "MRI"])
            if rng.random() < 0.35:
                mods.append("ultrasound")
            if rng.random() < 0.15:
                mods.append("fluoroscopy")
        else:
            mods = ["CT"]
            if data["fusion"] and note_type not in ("sim_nursing",) and rng.random() < 0.4:
                fused = rng.choice(data["fusion"])
                mods.append(fused)
                plan.fused.append(fused)
        plan.fourdct = site in ("lung",) or (site in ("esophagus", "pancreas") and rng.random() < 0.3)
        if "fluoroscopy" in data["extra_mod"] and note_type != "clinical_setup" and site != "gyn_brachy" and rng.random() < 0.1:
            mods.append("fluoroscopy")
    order = ["CT", "MRI", "PET", "fluoroscopy", "ultrasound"]
    plan.modalities = [m for m in order if m in mods]
    # ---- rationale
    if outcome == "no_rationale" or (note_type == "sim_nursing" and outcome != "areas_unknown") or (outcome in ("l77285", "l77280") and rng.random() < 0.35):
        plan.rationale = None
    else:
        plan.rationale = pick_category(rng, plan, data)
    return plan


def pick_category(rng: random.Random, plan: Plan, data: dict) -> str:
    """A rationale category the plan supports."""
    cats = []
    for cat in data["cats"]:
        if cat == "contrast for delineation" and "contrast" not in plan.features:
            continue
        if cat == "fusion for delineation" and not plan.fused:
            continue
        if cat == "multiple targets" and (plan.n_areas or 0) < 2:
            continue
        if cat == "applicator verification" and "brachytherapy" not in plan.features:
            continue
        if cat == "custom shielding" and "custom_shielding" not in plan.features:
            continue
        if cat == "target motion" and not plan.fourdct:
            continue
        cats.append(cat)
    weights = {"OAR proximity": 2, "applicator verification": 3, "multiple targets": 2, "anesthesia/immobilization": 4, "contrast for delineation": 2, "fusion for delineation": 2}
    pool = [c for c in cats for _ in range(weights.get(c, 1))]
    return rng.choice(pool)
