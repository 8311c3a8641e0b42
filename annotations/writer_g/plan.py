"""Planning: decide what each writer-G note documents before a word of it is written."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .sites import SITES, Area, Site

OUTCOME_COUNTS: tuple[tuple[str, int], ...] = (
    ("supported_feature", 76),
    ("supported_areas", 20),
    ("unsupported_no_rationale", 24),
    ("unsupported_no_imaging", 12),
    ("unsupported_areas_unknown", 14),
    ("77285", 26),
    ("77280", 30),
    ("non_sim", 48),
)
MODALITY_ORDER = ("CT", "MRI", "PET", "fluoroscopy", "ultrasound")
NON_SIM_TYPES = ("new_patient_letter", "mdt_outcome", "on_treatment_review", "treatment_summary", "follow_up_letter", "physics_check")
STYLES_BY_TYPE = {
    "rtt_ct_record": ("headed_record", "field_list", "terse", "tickbox_form", "table_grid"),
    "mould_room": ("headed_record", "terse", "field_list", "tickbox_form"),
    "theatre_brachy": ("headed_record", "dictated", "field_list", "letter_prose"),
    "booking_form": ("tickbox_form", "table_grid", "field_list"),
    "gp_letter": ("letter_prose", "dictated"),
    "planning_note": ("headed_record", "dictated", "letter_prose", "field_list", "terse"),
    "simulator_note": ("terse", "headed_record", "field_list", "table_grid"),
    "ga_record": ("headed_record", "field_list", "tickbox_form", "dictated"),
    "new_patient_letter": ("letter_prose", "dictated"),
    "mdt_outcome": ("letter_prose", "field_list", "table_grid"),
    "on_treatment_review": ("terse", "headed_record", "field_list"),
    "treatment_summary": ("headed_record", "letter_prose", "field_list"),
    "follow_up_letter": ("letter_prose", "dictated"),
    "physics_check": ("table_grid", "field_list", "terse", "tickbox_form"),
}
MOULD_SITES = ("skin_electrons", "head_neck", "tbi", "whole_brain", "lymphoma", "breast_nodes", "paediatric_ga", "palliative", "brain_srs")
SIMULATOR_SITES = ("bone_mets", "whole_brain", "palliative", "tbi", "lymphoma")
NO_IMAGING_SITES = ("skin_electrons", "breast_nodes", "lymphoma", "palliative")
UNKNOWN_AREA_SITES = ("skull_base", "bone_mets", "palliative", "lymphoma", "brain_srs", "whole_brain", "head_neck", "lung_4dct", "breast_nodes", "sarcoma",
                      "oesophagus", "rectum", "anal_canal")


def expanded(areas: tuple[Area, ...]) -> list[str]:
    """Distinct area keys, with "bilateral X" counting as left X and right X (the validator's rule)."""
    keys: list[str] = []
    for value, _ in areas:
        for k in ([f"left {value[10:]}", f"right {value[10:]}"] if value.startswith("bilateral ") else [value]):
            if k not in keys:
                keys.append(k)
    return keys


def area_sets(site: Site) -> dict[int, list[tuple[Area, ...]]]:
    """The site's area sets grouped by how many areas they count as."""
    out: dict[int, list[tuple[Area, ...]]] = {}
    for s in [(a,) for a in site.single] + list(site.pairs) + list(site.multi):
        out.setdefault(len(expanded(s)), []).append(s)
    return out


@dataclass
class Plan:
    """What one note documents; labels follow from it."""

    note_id: str
    outcome: str
    site: Site
    note_type: str
    style: str
    rationale: str | None = None
    rationale_miss: str | None = None  # bare / hedged / copied / blank / none, when rationale is absent
    areas: tuple[Area, ...] = ()
    area_count: int | None = None
    area_mode: str = "unknown"
    features: list[str] = field(default_factory=list)
    modalities: list[str] = field(default_factory=list)
    four_d: bool = False
    traps: list[str] = field(default_factory=list)
    long: bool = False
    bare_too: bool = False
    via_addendum: str | None = None  # a feature whose only evidence is in an addendum

    @property
    def sim(self) -> bool:
        """Whether the note documents a simulation at all."""
        return self.outcome != "non_sim"


def schedule() -> list[str]:
    """The outcome of every note, in id order (fixed quotas, shuffled once with a fixed seed)."""
    seq = [name for name, n in OUTCOME_COUNTS for _ in range(n)]
    random.Random("simcheck-writer-g-v1:schedule").shuffle(seq)
    return seq


def _choose_site(rng: random.Random, outcome: str) -> Site:
    keys = sorted(SITES)
    if outcome == "supported_areas":
        keys = [k for k in keys if any(n >= 3 for n in area_sets(SITES[k]))]
    elif outcome == "unsupported_no_imaging":
        keys = list(NO_IMAGING_SITES)
    elif outcome == "unsupported_areas_unknown":
        keys = list(UNKNOWN_AREA_SITES)
    elif outcome == "77285":
        keys = [k for k in keys if 2 in area_sets(SITES[k]) and not SITES[k].needs_feature]
    elif outcome == "77280":
        keys = [k for k in keys if 1 in area_sets(SITES[k]) and not SITES[k].needs_feature]
    return SITES[keys[rng.randrange(len(keys))]]


def _choose_type(rng: random.Random, outcome: str, site: Site) -> str:
    if outcome == "non_sim":
        return NON_SIM_TYPES[rng.randrange(len(NON_SIM_TYPES))]
    if outcome == "unsupported_no_imaging":
        opts = ["mould_room", "mould_room", "planning_note", "gp_letter", "booking_form"]
    else:
        opts = ["rtt_ct_record", "rtt_ct_record", "booking_form", "gp_letter", "planning_note", "planning_note"]
        if site.key in MOULD_SITES:
            opts += ["mould_room"]
        if site.key in SIMULATOR_SITES:
            opts += ["simulator_note", "simulator_note"]
        if site.key in ("gyn_brachy", "prostate_brachy"):
            opts += ["theatre_brachy"] * 9
        if site.key == "paediatric_ga":
            opts += ["ga_record"] * 4
    return opts[rng.randrange(len(opts))]


def make_plan(note_id: str, outcome: str) -> Plan:
    """Decide site, type, style and the four elements of one note, then its traps."""
    rng = random.Random(f"simcheck-writer-g-v1:{note_id}")
    site = _choose_site(rng, outcome)
    note_type = _choose_type(rng, outcome, site)
    styles = STYLES_BY_TYPE[note_type]
    plan = Plan(note_id, outcome, site, note_type, styles[rng.randrange(len(styles))])
    plan.long = rng.random() < 0.17
    if not plan.sim:
        plan.traps.append("non_sim_mentions")
        sets = area_sets(site)
        n = sorted(sets)[rng.randrange(len(sets))]
        plan.areas = sets[n][rng.randrange(len(sets[n]))]  # mentioned only, never spanned
        return plan
    sets = area_sets(site)
    if outcome == "supported_areas":
        n = max(sets)
    elif outcome == "77285":
        n = 2
    elif outcome == "77280":
        n = 1
    else:
        small = [k for k in sorted(sets) if k <= 2] or sorted(sets)
        n = small[rng.randrange(len(small))] if rng.random() < 0.85 else sorted(sets)[-1]
    plan.areas = sets[n][rng.randrange(len(sets[n]))]
    if outcome == "unsupported_no_imaging":
        superficial = {"breast_nodes": ("left breast", "right breast"), "lymphoma": ("left orbit",), "palliative": ("left breast",)}.get(site.key)
        if superficial:
            n = 1
            plan.areas = tuple(a for a in site.single if a[0] in superficial)[:1]
    plan.area_count = None if outcome == "unsupported_areas_unknown" else n

    # features
    feats = list(site.features)
    if note_type == "simulator_note":
        feats = [f for f in feats if f in ("custom_shielding", "complex_blocking")]
    if note_type == "theatre_brachy":
        feats = [f for f in feats if f in ("brachytherapy", "hyperthermia", "contrast")]
    wants = outcome in ("supported_feature", "unsupported_no_rationale", "unsupported_no_imaging", "unsupported_areas_unknown")
    if outcome == "supported_areas" or (outcome == "unsupported_no_rationale" and n >= 3):
        wants = rng.random() < 0.4
    if outcome == "unsupported_no_imaging":
        plan.features = ["custom_shielding"]
    elif wants and feats:
        first = feats[0] if (site.needs_feature or note_type == "theatre_brachy") else feats[rng.randrange(len(feats))]
        chosen = [first]
        rest = [f for f in feats if f != first]
        if rest and rng.random() < 0.3:
            chosen.append(rest[rng.randrange(len(rest))])
        plan.features = sorted(chosen)
    elif wants and not feats and (plan.area_count or 0) < 3:
        # the type cannot carry a feature: fall back to a CT record
        plan.note_type = "rtt_ct_record"
        plan.style = STYLES_BY_TYPE["rtt_ct_record"][rng.randrange(5)]
        plan.features = [sorted(site.features)[0]]

    # imaging
    mods: list[str] = []
    if outcome != "unsupported_no_imaging":
        if plan.note_type == "simulator_note":
            mods = ["fluoroscopy"] + (["CT"] if rng.random() < 0.3 else [])
        elif plan.note_type == "theatre_brachy" and site.key == "prostate_brachy":
            mods = ["ultrasound"] + (["fluoroscopy"] if rng.random() < 0.5 else []) + (["CT"] if rng.random() < 0.4 else [])
        elif plan.note_type == "theatre_brachy":
            mods = [["CT"], ["MRI"], ["CT", "MRI"]][rng.randrange(3)] + (["ultrasound"] if rng.random() < 0.35 else [])
        else:
            mods = ["CT"]
            for extra in site.extra_modalities:
                if extra in ("MRI", "PET") and rng.random() < 0.35:
                    mods.append(extra)
            if site.key == "prostate_brachy":
                mods.append("ultrasound")
        if site.motion and "CT" in mods and rng.random() < 0.6:
            plan.four_d = True
    plan.modalities = [m for m in MODALITY_ORDER if m in mods]

    # rationale
    cats = ["oar", "oar", "irregular", "immobilisation", "prior_overlap"]
    if (plan.area_count or 0) >= 2:
        cats += ["multiple"]
    if "contrast" in plan.features:
        cats += ["contrast_delin", "contrast_delin"]
    if "MRI" in plan.modalities or "PET" in plan.modalities:
        cats += ["fusion_delin", "fusion_delin"]
    if site.key == "paediatric_ga":
        cats += ["anaesthesia"] * 6
    if "brachytherapy" in plan.features:
        cats += ["applicator"] * 4
    if "custom_shielding" in plan.features:
        cats += ["shielding"] * 3
    if plan.four_d:
        cats += ["motion"] * 3
    has_rationale = outcome in ("supported_feature", "supported_areas", "unsupported_no_imaging", "unsupported_areas_unknown") or (
        outcome in ("77285", "77280") and rng.random() < 0.5)
    if has_rationale:
        plan.rationale = cats[rng.randrange(len(cats))]
        if plan.area_count is None and plan.rationale in ("prior_overlap", "multiple"):
            plan.rationale = "oar"
        plan.bare_too = rng.random() < 0.2
        if plan.bare_too:
            plan.traps.append("bare_assertion_rationale")
    else:
        miss = ["bare", "bare", "hedged", "copied", "blank", "none"]
        plan.rationale_miss = miss[rng.randrange(len(miss))]
        plan.traps.append({"bare": "bare_assertion_rationale", "hedged": "hedged_rationale", "copied": "copied_forward",
                           "blank": "blank_template", "none": "no_rationale_text"}[plan.rationale_miss])
    if plan.four_d and not plan.features:
        plan.traps.append("4dct_only")
    if plan.area_count is None:
        plan.traps.append("uncountable_areas")
    _choose_traps(rng, plan)
    # how the areas are written
    if plan.area_count is None:
        plan.area_mode = "unknown"
    elif any(t in plan.traps for t in ("passing_site", "copied_forward", "addendum_area_count")) or plan.rationale == "prior_overlap":
        plan.area_mode = "count"
    else:
        modes = ["sites", "sites", "numbered", "count", "both"]
        if plan.area_count >= 2 or rng.random() < 0.3:
            modes.append("isocentre")
        if plan.style == "tickbox_form" or plan.note_type == "booking_form":
            modes += ["checkbox", "checkbox"]
        plan.area_mode = modes[rng.randrange(len(modes))]
    plan.traps = sorted(set(plan.traps))
    return plan


def _choose_traps(rng: random.Random, plan: Plan) -> None:
    """Add what-does-not-count traps that fit the plan (never contradicting it)."""
    cand: list[str] = ["historical_imaging", "negated_feature", "planned_conditional", "other_person", "unchecked_box", "immobilisation_not_feature"]
    absent_feats = [f for f in ("contrast", "arc_rotational", "custom_shielding") if f not in plan.features]
    if "contrast" not in plan.features and plan.note_type != "simulator_note":
        cand += ["ordered_not_done", "ordered_not_done"]
    if absent_feats:
        cand += ["addendum_retracts"]
    if "contrast" in plan.features and plan.modalities and rng.random() < 0.5:
        cand += ["addendum_adds"] * 2
    if plan.area_count is not None and plan.area_count >= 2:
        cand += ["addendum_area_count"]
    if [m for m in ("MRI", "PET") if m in plan.modalities]:
        cand += ["fused_contrast"] * 2
    if [m for m in ("MRI", "PET") if m not in plan.modalities]:
        cand += ["negated_modality"]
    if plan.area_count == 1:
        cand += ["one_target_many_beams"] * 2
    if plan.area_count is not None and plan.site.passing:
        cand += ["passing_site"]
    if "custom_shielding" not in plan.features and "complex_blocking" not in plan.features:
        cand += ["mlc_shaping"]
    if plan.site.key in ("breast_nodes", "skin_electrons", "head_neck", "palliative", "sarcoma"):
        cand += ["bolus"]
    if plan.rationale_miss != "copied" and plan.rationale != "prior_overlap":
        cand += ["copied_forward"]
    if plan.rationale and plan.rationale_miss is None and rng.random() < 0.3:
        cand += ["hedged_rationale"]
    k = [0, 1, 1, 2, 2, 2, 3, 3, 4][rng.randrange(9)]
    for _ in range(k):
        t = cand[rng.randrange(len(cand))]
        if t in plan.traps:
            continue
        if t == "addendum_adds":
            plan.via_addendum = "contrast"
        plan.traps.append(t)
