"""What each note documents, decided before any text is written."""
# ruff: noqa: D101, D102, D103

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .vocab import SITES

SEED = "simcheck-writer-z-v1"
N_NOTES = 250

OUTCOMES = [
    ("supported_feature", 80),
    ("supported_areas", 24),
    ("no_rationale", 20),
    ("areas_unknown", 14),
    ("no_imaging", 8),
    ("l77285", 16),
    ("l77280", 22),
    ("thin", 8),
    ("blank", 4),
    ("aborted", 4),
    ("nosim", 50),
]

SIM_TYPES = [
    "transcribed_sim",
    "remote_review",
    "therapist_checklist",
    "sim_cosign",
    "order_procedure",
    "brachy_insertion",
    "electron_setup",
    "peds_ga_sim",
    "resim",
    "srs_sim",
    "aborted_sim",
    "blank_template",
]
NOSIM_TYPES = {
    "tumour_board": 8,
    "econsult": 6,
    "p2p_summary": 6,
    "ur_review": 4,
    "prior_auth_letter": 6,
    "appeal_letter": 6,
    "consult": 4,
    "otv": 4,
    "treatment_summary": 3,
    "remote_prebrief": 3,
}

OUTCOME_TYPES = {
    "supported_feature": [
        "transcribed_sim",
        "remote_review",
        "therapist_checklist",
        "sim_cosign",
        "order_procedure",
        "brachy_insertion",
        "electron_setup",
        "peds_ga_sim",
        "resim",
        "srs_sim",
    ],
    "supported_areas": [
        "transcribed_sim",
        "remote_review",
        "therapist_checklist",
        "sim_cosign",
        "peds_ga_sim",
        "resim",
    ],
    "no_rationale": [
        "transcribed_sim",
        "remote_review",
        "therapist_checklist",
        "sim_cosign",
        "order_procedure",
        "srs_sim",
        "brachy_insertion",
        "electron_setup",
    ],
    "areas_unknown": ["transcribed_sim", "remote_review", "therapist_checklist", "sim_cosign", "resim"],
    "no_imaging": ["electron_setup", "therapist_checklist"],
    "l77285": ["transcribed_sim", "remote_review", "therapist_checklist", "sim_cosign", "order_procedure", "resim"],
    "l77280": [
        "transcribed_sim",
        "remote_review",
        "therapist_checklist",
        "sim_cosign",
        "order_procedure",
        "resim",
        "electron_setup",
    ],
    "thin": ["remote_review", "transcribed_sim", "therapist_checklist"],
    "blank": ["blank_template"],
    "aborted": ["aborted_sim"],
}

TYPE_STYLES = {
    "transcribed_sim": ["vendor_prose", "vendor_flagged", "caps_vendor", "long_dictation"],
    "remote_review": ["remote_terse", "remote_structured"],
    "therapist_checklist": ["ois_export", "ois_legacy"],
    "sim_cosign": ["vendor_prose", "vendor_flagged", "caps_vendor", "long_dictation"],
    "order_procedure": ["vendor_prose", "vendor_flagged", "ois_export", "ois_legacy"],
    "brachy_insertion": ["vendor_prose", "vendor_flagged", "caps_vendor", "long_dictation"],
    "electron_setup": ["vendor_prose", "ois_export", "remote_terse", "ois_legacy"],
    "peds_ga_sim": ["vendor_prose", "vendor_flagged", "long_dictation"],
    "resim": ["vendor_prose", "remote_structured", "remote_terse", "ois_export", "ois_legacy"],
    "srs_sim": ["vendor_prose", "vendor_flagged", "caps_vendor"],
    "aborted_sim": ["vendor_prose", "remote_terse", "ois_export"],
    "blank_template": ["vendor_flagged", "ois_export", "ois_legacy"],
    "tumour_board": ["minutes"],
    "econsult": ["econsult_qa"],
    "p2p_summary": ["call_summary"],
    "ur_review": ["call_summary"],
    "prior_auth_letter": ["letter"],
    "appeal_letter": ["letter"],
    "consult": ["vendor_prose", "long_dictation", "caps_vendor"],
    "otv": ["vendor_prose", "remote_terse"],
    "treatment_summary": ["vendor_prose", "caps_vendor", "letter"],
    "remote_prebrief": ["remote_terse", "remote_structured"],
}

TYPE_SITES = {
    "brachy_insertion": ["gyn"],
    "electron_setup": ["skin"],
    "peds_ga_sim": ["peds"],
    "srs_sim": ["srs"],
}
# sites whose notes never use the general simulation composers (they have their own procedure types)
RESTRICTED_SIM_SITES = {
    "peds": ["peds_ga_sim", "therapist_checklist", "sim_cosign"],
    "skin": ["electron_setup", "therapist_checklist", "remote_review", "sim_cosign"],
}
UNKNOWN_AREA_SITES = ["breast", "bone_mets", "lymphoma", "palliative", "srs", "head_neck"]
PARTICLE_OK = {"transcribed_sim", "peds_ga_sim", "sim_cosign", "order_procedure", "therapist_checklist"}
SATELLITE_TYPES = {"remote_review"}


@dataclass
class Plan:
    id: str
    outcome: str
    note_type: str
    style: str
    site: str
    side: str = "left"
    location: str = "main"
    n_areas: int | None = None
    areas: list[tuple[str, str]] = field(default_factory=list)
    area_form: str = "none"
    features: list[str] = field(default_factory=list)
    contrast_route: str | None = None
    modalities: list[str] = field(default_factory=list)
    fused: list[str] = field(default_factory=list)
    fourd: bool = False
    rationale: str | None = None
    no_rationale_kind: str = "none"
    traps: list[str] = field(default_factory=list)
    trap_args: dict[str, str] = field(default_factory=dict)
    long: bool = False

    @property
    def simulation(self) -> bool:
        return self.note_type in SIM_TYPES


def _least(rng: random.Random, options: list[str], used: dict[str, int]) -> str:
    low = min(used.get(o, 0) for o in options)
    pool = [o for o in options if used.get(o, 0) == low]
    return pool[rng.randrange(len(pool))]


def _sites_for(note_type: str, outcome: str) -> list[str]:
    if note_type in TYPE_SITES:
        return list(TYPE_SITES[note_type])
    names = list(SITES)
    if note_type in SIM_TYPES:
        names = [s for s in names if s not in RESTRICTED_SIM_SITES or note_type in RESTRICTED_SIM_SITES[s]]
    if outcome in ("areas_unknown", "thin"):
        names = [s for s in names if s in UNKNOWN_AREA_SITES]
    elif outcome == "supported_areas":
        names = [s for s in names if max(SITES[s]["areas"]) >= 3]
    elif outcome == "l77285":
        names = [s for s in names if 2 in SITES[s]["areas"]]
    elif outcome == "no_imaging":
        names = ["skin"]
    elif outcome in ("supported_feature", "no_rationale"):
        names = [s for s in names if _feature_pool(s, note_type, "main")]
    if note_type == "remote_review":
        names = [s for s in names if s not in ("gyn",)]
    return names


def _feature_pool(site: str, note_type: str, location: str) -> list[str]:
    data = SITES[site]
    pool = []
    for feat in data["features"]:
        if feat == "particle" and (note_type not in PARTICLE_OK or location != "main"):
            continue
        if feat == "brachytherapy" and note_type != "brachy_insertion":
            continue
        if feat == "hyperthermia" and (
            note_type not in ("transcribed_sim", "sim_cosign", "order_procedure", "therapist_checklist")
            or location != "main"
        ):
            continue
        if feat == "contrast":
            routes = data["contrast"]
            if location == "satellite":
                routes = [r for r in routes if r != "iv"]
            if not routes:
                continue
        if (
            feat == "custom_shielding"
            and site == "skin"
            and note_type not in ("electron_setup", "therapist_checklist", "sim_cosign", "remote_review")
        ):
            continue
        pool.append(feat)
    if note_type == "brachy_insertion":
        pool = ["brachytherapy"] + [f for f in pool if f != "brachytherapy"]
    if note_type == "electron_setup":
        pool = ["custom_shielding"]
    if site == "skin":
        pool = ["custom_shielding"]
    return pool


def allocate() -> list[Plan]:
    rng = random.Random(f"{SEED}:allocation")
    slots: list[tuple[str, str]] = []
    for outcome, count in OUTCOMES:
        if outcome == "nosim":
            for nt, k in NOSIM_TYPES.items():
                slots += [(outcome, nt)] * k
            continue
        used_nt: dict[str, int] = {}
        for _ in range(count):
            options = OUTCOME_TYPES[outcome]
            nt = _least(rng, options, used_nt)
            used_nt[nt] = used_nt.get(nt, 0) + 1
            slots.append((outcome, nt))
    rng.shuffle(slots)
    used_site: dict[str, int] = {}
    used_style: dict[str, int] = {}
    plans = []
    for index, (outcome, nt) in enumerate(slots, start=1):
        note_id = f"wz-{index:04d}"
        sites = _sites_for(nt, outcome)
        site = _least(rng, sites, used_site)
        used_site[site] = used_site.get(site, 0) + 1
        styles = [s for s in TYPE_STYLES[nt] if not (outcome == "thin" and s == "long_dictation")]
        style = _least(rng, styles, used_style)
        used_style[style] = used_style.get(style, 0) + 1
        plan = detail(Plan(id=note_id, outcome=outcome, note_type=nt, style=style, site=site))
        choose_traps(plan)
        plans.append(plan)
    return plans


def _choose_areas(rng: random.Random, plan: Plan, n: int) -> None:
    data = SITES[plan.site]
    options = data["areas"][n]
    chosen = options[rng.randrange(len(options))]
    plan.areas = [(value, surfaces[rng.randrange(len(surfaces))]) for value, surfaces in chosen]
    plan.n_areas = n


def detail(plan: Plan) -> Plan:
    rng = random.Random(f"{SEED}:{plan.id}")
    data = SITES[plan.site]
    plan.side = rng.choice(["left", "right"])
    plan.long = plan.style == "long_dictation"
    if (
        plan.note_type in ("remote_review",)
        or (plan.note_type in ("therapist_checklist", "resim", "aborted_sim") and rng.random() < 0.45)
        or plan.note_type == "remote_prebrief"
    ):
        plan.location = "satellite"
    else:
        plan.location = rng.choice(["main", "main", "pellmill"])
        if plan.note_type in ("peds_ga_sim",):
            plan.location = "main"
    if not plan.simulation or plan.outcome in ("blank", "aborted"):
        return plan
    o = plan.outcome
    # areas
    counts = sorted(data["areas"])
    if o in ("areas_unknown", "thin"):
        plan.n_areas = None
    elif o == "supported_areas":
        _choose_areas(rng, plan, rng.choice([c for c in counts if c >= 3]))
    elif o == "l77285":
        _choose_areas(rng, plan, 2)
    elif o == "l77280":
        _choose_areas(rng, plan, 1)
    elif o == "no_imaging":
        _choose_areas(rng, plan, rng.choice([1, 1, 1, 2]) if 2 in data["areas"] else 1)
    else:
        weights = {1: 5, 2: 3, 3: 2, 4: 1}
        pool = [c for c in counts for _ in range(weights.get(c, 1))]
        if plan.note_type == "brachy_insertion":
            pool = [1]
            plan.areas = [("cervix", "cervix")] if rng.random() < 0.6 else [("vaginal cuff", "vaginal cuff")]
            plan.n_areas = 1
        else:
            _choose_areas(rng, plan, rng.choice(pool))
    if plan.note_type == "brachy_insertion" and o not in ("areas_unknown", "thin"):
        cervix = rng.random() < 0.65
        plan.areas = (
            [("cervix", rng.choice(["cervix", "cervix/HR-CTV", "cervical tumour"]))]
            if cervix
            else [("vaginal cuff", rng.choice(["vaginal cuff", "vaginal vault"]))]
        )
        plan.n_areas = 1
    # features
    if o in ("supported_feature", "no_rationale", "areas_unknown", "no_imaging"):
        pool = _feature_pool(plan.site, plan.note_type, plan.location)
        if not pool:
            raise ValueError(f"{plan.id}: no feature for {plan.site}/{plan.note_type}")
        first = (
            pool[0]
            if plan.note_type in ("brachy_insertion", "electron_setup")
            else rng.choice([f for f in pool if f != "hyperthermia"] or pool)
        )
        if "hyperthermia" in pool and rng.random() < 0.5:
            first = "hyperthermia"
        feats = [first]
        others = [f for f in pool if f != first and f != "hyperthermia"]
        if others and rng.random() < 0.3:
            feats.append(rng.choice(others))
        plan.features = sorted(set(feats))
        if "contrast" in plan.features:
            routes = list(data["contrast"])
            if plan.location == "satellite" or plan.note_type == "brachy_insertion":
                routes = [r for r in routes if r != "iv"]
            plan.contrast_route = rng.choice(routes)
    # modalities
    if o != "no_imaging":
        mods = ["CT"]
        plan.fourd = data["fourd"] and rng.random() < 0.7
        if (
            data["fusion"]
            and o != "thin"
            and rng.random() < (0.55 if plan.note_type in ("srs_sim", "peds_ga_sim") else 0.32)
        ):
            fz = rng.choice(data["fusion"])
            plan.fused = [fz]
            mods.append(fz)
        if plan.note_type == "brachy_insertion":
            if rng.random() < 0.55:
                mods.append("ultrasound")
            if rng.random() < 0.3:
                mods.append("fluoroscopy")
            if "MRI" not in mods and rng.random() < 0.25:
                mods.append("MRI")
                plan.fused.append("MRI")
        if (
            plan.site in ("palliative", "bone_mets")
            and plan.note_type in ("transcribed_sim", "sim_cosign")
            and rng.random() < 0.35
        ):
            mods.append("fluoroscopy")
            if rng.random() < 0.5 and not plan.fused:
                mods.remove("CT")
        if plan.note_type == "electron_setup" and o == "l77280" and rng.random() < 0.5:
            mods = ["CT"]
        order = ["CT", "MRI", "PET", "fluoroscopy", "ultrasound"]
        plan.modalities = [m for m in order if m in mods]
        if "CT" not in plan.modalities:
            plan.fourd = False
    else:
        plan.modalities = []
    # rationale
    cats = rationale_categories(plan)
    if o in ("supported_feature", "supported_areas", "areas_unknown", "no_imaging") or (
        o in ("l77285", "l77280") and rng.random() < 0.5
    ):
        plan.rationale = rng.choice(cats)
    elif o == "no_rationale":
        plan.no_rationale_kind = rng.choice(["bare", "bare", "bare", "inaudible", "blank", "none", "bare"])
    else:
        plan.no_rationale_kind = rng.choice(["none", "none", "bare"])
    if plan.n_areas is not None:
        plan.area_form = area_form(rng, plan)
    else:
        plan.area_form = rng.choice(["vague", "none", "vague"])
    return plan


def absent_features(plan: Plan) -> list[str]:
    data = SITES[plan.site]
    pool = ["contrast", "arc_rotational"]
    if plan.site in ("skin", "whole_brain", "palliative", "bone_mets", "breast"):
        pool.append("custom_shielding")
    if plan.site in ("breast", "bone_mets", "rectum", "palliative", "lung", "head_neck"):
        pool.append("complex_blocking")
    if "particle" in data["features"]:
        pool.append("particle")
    if plan.note_type == "brachy_insertion":
        pool = ["contrast"]
    elif plan.note_type == "electron_setup":
        pool = ["custom_shielding", "contrast"]
    return [f for f in pool if f not in plan.features]


def absent_modalities(plan: Plan) -> list[str]:
    pool = ["MRI", "PET"]
    if plan.site in ("palliative", "bone_mets", "gyn"):
        pool.append("fluoroscopy")
    return [m for m in pool if m not in plan.modalities]


def choose_traps(plan: Plan) -> None:
    """Pick the traps a note carries; each one is chosen so that it never changes the planned labels."""
    rng = random.Random(f"{SEED}:{plan.id}:traps")
    nt, o = plan.note_type, plan.outcome
    traps: list[str] = []
    args: dict[str, str] = {}
    if not plan.simulation:
        traps.append("non_simulation")
        extra = {
            "tumour_board": ["other_patient"],
            "appeal_letter": ["letter_recounts_past_sim"],
            "prior_auth_letter": ["letter_planned_sim"],
            "p2p_summary": ["p2p_recount"],
            "ur_review": ["ur_criteria_listing"],
            "econsult": ["econsult_hypothetical"],
            "remote_prebrief": ["prebrief_planned"],
            "treatment_summary": ["summary_recounts_sim"],
            "otv": ["otv_technique_mention"],
            "consult": ["consult_plans_sim"],
        }[nt]
        traps += extra
        traps.append("historical_imaging")
        if rng.random() < 0.5:
            traps.append("historical_contrast")
        plan.traps = traps
        return
    if o == "blank":
        plan.traps = ["blank_template", "vendor_blank_field"]
        return
    if o == "aborted":
        plan.traps = ["aborted", "planned_feature"]
        args["planned_feature"] = rng.choice(["contrast", "arc_rotational"])
        plan.trap_args = args
        return
    candidates: list[str] = ["historical_imaging", "historical_contrast", "custom_immobilisation"]
    if plan.site in ("breast", "skin", "sarcoma", "head_neck", "palliative"):
        candidates.append("bolus")
    af = absent_features(plan)
    am = absent_modalities(plan)
    if af:
        candidates += ["negated_feature", "planned_feature"]
    if am:
        candidates += ["negated_modality", "planned_modality"]
    if plan.fused and "contrast" not in plan.features:
        candidates += ["fused_old_contrast", "fused_old_contrast"]
    special = nt in ("brachy_insertion", "electron_setup")
    if plan.n_areas == 1 and "arc_rotational" not in plan.features and not special:
        candidates += ["many_beams", "many_beams"]
    if plan.fourd and not plan.features:
        candidates += ["fourdct_alone", "fourdct_alone"]
    if (
        "complex_blocking" not in plan.features
        and "custom_shielding" not in plan.features
        and plan.site != "skin"
        and not special
    ):
        candidates.append("mlc_only")
    if plan.site == "breast" and not plan.features:
        candidates.append("tangents")
    if plan.site in ("breast", "lymphoma"):
        candidates.append("dibh")
    if nt not in ("peds_ga_sim", "brachy_insertion", "electron_setup"):
        candidates += ["copy_forward"]
    if (
        plan.style in ("vendor_prose", "vendor_flagged", "caps_vendor", "long_dictation")
        and af
        and nt != "electron_setup"
    ):
        candidates += ["vendor_flag_uncertain", "vendor_flag_uncertain"]
    if plan.location == "satellite":
        if "contrast" not in plan.features or plan.contrast_route != "iv":
            candidates += ["iv_deferred_no_md", "iv_deferred_no_md"]
        candidates.append("resim_planned_main")
    if nt == "remote_review":
        candidates.append("therapist_reported")
    if plan.n_areas is not None and plan.area_form in ("count", "count_sites"):
        candidates.append("prior_site_in_passing")
    if plan.rationale is not None:
        candidates.append("bare_next_to_real")
    if "arc_rotational" not in plan.features and "arc_rotational" in af:
        candidates.append("hedged_technique")
    k = rng.choice([0, 1, 1, 2, 2, 2, 3]) if o in ("supported_feature", "supported_areas") else rng.choice([1, 2, 2, 3])
    pool = list(candidates)
    while pool and len(traps) < k:
        t = pool[rng.randrange(len(pool))]
        pool = [x for x in pool if x != t]
        if t == "planned_feature" and "negated_feature" in traps and len(af) < 2:
            continue
        traps.append(t)
    # outcome- and type-driven traps
    if o == "no_rationale":
        traps.insert(
            0,
            {
                "bare": "bare_assertion",
                "inaudible": "inaudible_reason",
                "blank": "vendor_blank_field",
                "none": "no_reason_given",
            }[plan.no_rationale_kind],
        )
    if o == "thin":
        traps.insert(0, "thin_documentation")
    if o == "areas_unknown" and plan.area_form == "vague":
        traps.insert(0, "vague_count")
    if nt == "sim_cosign":
        kinds = ["addendum_benign"]
        if af:
            kinds += ["addendum_retracts", "addendum_retracts"]
        if plan.features and plan.note_type != "electron_setup":
            kinds += ["addendum_adds", "addendum_adds"]
        if plan.n_areas is not None and plan.n_areas >= 2:
            kinds += ["addendum_fixes_count", "addendum_fixes_count"]
        if plan.rationale is not None:
            kinds.append("addendum_adds_reason")
        if ("PET" in plan.fused and "MRI" in am) or ("MRI" in plan.fused and "PET" in am):
            kinds.append("addendum_swaps_modality")
        traps.insert(0, rng.choice(kinds))
    if nt == "order_procedure" and af:
        traps.insert(0, "order_not_done")
    if nt == "remote_review" and "remote_supervision" not in traps:
        traps.append("remote_supervision")
    if (
        "arc_rotational" in plan.features
        and plan.style in ("vendor_prose", "vendor_flagged", "long_dictation")
        and rng.random() < 0.3
    ):
        traps.append("planned_for_idiom")
    # arguments: which absent feature / modality each trap mentions
    afs = list(af)
    rng.shuffle(afs)
    for t in ("negated_feature", "planned_feature", "vendor_flag_uncertain", "addendum_retracts", "order_not_done"):
        if t in traps:
            if not afs:
                afs = list(af)
            args[t] = afs.pop() if afs else "contrast"
    ams = list(am)
    rng.shuffle(ams)
    for t in ("negated_modality", "planned_modality"):
        if t in traps:
            if not ams:
                ams = list(am)
            args[t] = ams.pop()
    if "addendum_adds" in traps:
        args["addendum_adds"] = rng.choice(plan.features)
    if "addendum_swaps_modality" in traps:
        args["addendum_swaps_modality"] = "MRI" if "PET" in plan.fused else "PET"
    seen: list[str] = []
    for t in traps:
        if t not in seen:
            seen.append(t)
    plan.traps = seen
    plan.trap_args = args


def area_form(rng: random.Random, plan: Plan) -> str:
    n = plan.n_areas
    if n == 1:
        return rng.choice(["site", "site", "site", "count"])
    forms = ["sites", "count", "count_sites", "sites"]
    if plan.site in ("bone_mets", "srs", "palliative", "lymphoma", "peds") or plan.note_type == "therapist_checklist":
        forms.append("isocentres")
    return rng.choice(forms)


def rationale_categories(plan: Plan) -> list[str]:
    site = plan.site
    cats = ["OAR proximity", "OAR proximity"]
    if site not in ("skin", "whole_brain"):
        cats.append("irregular target")
    if plan.n_areas is not None and plan.n_areas >= 2:
        cats += ["multiple targets", "multiple targets"]
    if "contrast" in plan.features:
        cats.append("contrast for delineation")
    if plan.fused:
        cats += ["fusion for delineation"]
    if site in ("palliative", "bone_mets", "head_neck", "breast", "srs", "whole_brain", "lung") and plan.note_type in (
        "transcribed_sim",
        "sim_cosign",
        "resim",
        "remote_review",
        "srs_sim",
    ):
        cats.append("prior field overlap")
    if site in ("palliative", "bone_mets", "sarcoma", "breast", "head_neck", "lung"):
        cats.append("immobilization")
    if plan.note_type == "peds_ga_sim" or site == "peds":
        cats += ["anesthesia/immobilization", "anesthesia/immobilization"]
    if "brachytherapy" in plan.features:
        cats += ["applicator verification", "applicator verification"]
    if "custom_shielding" in plan.features:
        cats.append("custom shielding")
    if plan.fourd:
        cats.append("target motion")
    return cats
