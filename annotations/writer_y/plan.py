"""Allocation and per-note plans. Labels follow from the plan alone (via ``decide_labels``)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .vocab import SITE_KEYS, SITES

SEED = "simcheck-writer-y-v1"
ALLOCATION = [
    ("supported_feature", 78),
    ("supported_areas", 20),
    ("no_rationale", 25),
    ("areas_unknown", 18),
    ("no_imaging", 8),
    ("l77285", 15),
    ("l77280", 19),
    ("nonsim", 45),
    ("blank", 12),
    ("aborted", 10),
]
NONSIM_TYPES = [
    "consult",
    "telehealth_presim",
    "phone_call",
    "otv_copyforward",
    "treatment_summary",
    "survivorship",
    "nurse_triage",
    "prior_auth",
    "p2p",
    "avs_consult",
]
OUTCOME_TYPES = {
    "supported_feature": [
        "scribe_sim",
        "transcript_sim",
        "therapist_log",
        "md_sim_terse",
        "order_proc",
        "sim_avs",
        "brachy_proc",
        "srs_sim",
        "resim",
        "long_sim",
        "addendum_sim",
        "electron_setup",
    ],
    "supported_areas": [
        "scribe_sim",
        "transcript_sim",
        "md_sim_terse",
        "order_proc",
        "long_sim",
        "sim_avs",
        "resim",
        "therapist_log",
    ],
    "no_rationale": [
        "therapist_log",
        "md_sim_terse",
        "avs_today",
        "scribe_sim",
        "order_proc",
        "transcript_sim",
        "addendum_sim",
        "srs_sim",
        "brachy_proc",
    ],
    "areas_unknown": ["scribe_sim", "transcript_sim", "therapist_log", "avs_today", "long_sim", "md_sim_terse"],
    "no_imaging": ["electron_setup", "scribe_sim", "md_sim_terse"],
    "l77285": [
        "scribe_sim",
        "md_sim_terse",
        "therapist_log",
        "order_proc",
        "transcript_sim",
        "avs_today",
        "long_sim",
        "resim",
    ],
    "l77280": [
        "scribe_sim",
        "md_sim_terse",
        "therapist_log",
        "order_proc",
        "transcript_sim",
        "avs_today",
        "long_sim",
        "sim_avs",
        "addendum_sim",
    ],
    "nonsim": NONSIM_TYPES,
    "blank": ["blank_template"],
    "aborted": ["aborted_sim"],
}
TYPE_STYLES = {
    "scribe_sim": ["scribe", "bullets", "typos", "caps", "long"],
    "transcript_sim": ["transcript"],
    "therapist_log": ["ehr_terse", "caps"],
    "md_sim_terse": ["ehr_terse", "template", "typos"],
    "order_proc": ["template", "bullets", "caps"],
    "sim_avs": ["scribe", "bullets"],
    "avs_today": ["lay"],
    "brachy_proc": ["dictated", "template", "ehr_terse", "long"],
    "srs_sim": ["scribe", "template", "dictated", "bullets"],
    "resim": ["dictated", "scribe", "typos", "long"],
    "long_sim": ["long"],
    "addendum_sim": ["scribe", "transcript", "dictated"],
    "electron_setup": ["ehr_terse", "dictated", "bullets"],
    "consult": ["scribe", "transcript", "long"],
    "telehealth_presim": ["scribe", "transcript", "dictated"],
    "phone_call": ["ehr_terse", "dictated", "typos"],
    "otv_copyforward": ["scribe", "ehr_terse", "bullets"],
    "treatment_summary": ["dictated", "template", "long"],
    "survivorship": ["scribe", "dictated", "long"],
    "nurse_triage": ["ehr_terse", "bullets", "typos"],
    "prior_auth": ["template", "caps"],
    "p2p": ["dictated", "bullets"],
    "avs_consult": ["lay"],
    "blank_template": ["template", "scribe", "caps"],
    "aborted_sim": ["scribe", "ehr_terse", "dictated", "transcript"],
}
TYPE_SITES = {"brachy_proc": ["gyn", "prostate"], "srs_sim": ["srs"], "electron_setup": ["skin", "breast"]}
UNKNOWN_SITES = ["bone_mets", "lymphoma", "palliative", "srs", "head_neck", "breast"]
NO_IMAGING_SITES = ["skin", "breast", "palliative"]
MOD_ORDER = ["CT", "MRI", "PET", "fluoroscopy", "ultrasound"]


@dataclass
class Plan:
    """What one note documents, decided before any text is written."""

    nid: str
    outcome: str
    note_type: str
    style: str
    site: str
    side: str = "left"
    rationale: str | None = None
    areas: list[tuple[str, str]] = field(default_factory=list)  # (normalised value, surface)
    count_form: str = "unknown"
    features: list[str] = field(default_factory=list)
    modalities: list[str] = field(default_factory=list)
    contrast_route: str | None = None
    fourdct: bool = False
    traps: list[str] = field(default_factory=list)
    moved: str | None = None  # a feature whose only counted mention is in a physician edit

    @property
    def is_sim(self) -> bool:
        """Whether the note documents a simulation at all."""
        return self.outcome not in ("nonsim", "blank", "aborted")

    def area_count(self) -> int | None:
        """The number of areas by the validator's rule (bilateral counts two), or None."""
        if not self.areas:
            return None
        keys: list[str] = []
        for value, _ in self.areas:
            if value.startswith("bilateral "):
                site = value.removeprefix("bilateral ")
                keys += [f"left {site}", f"right {site}"]
            else:
                keys.append(value)
        return len(dict.fromkeys(keys))


def _site_ok(site: str, outcome: str, note_type: str) -> bool:
    spec = SITES[site]
    if note_type in TYPE_SITES and site not in TYPE_SITES[note_type]:
        return False
    if (
        site == "srs"
        and note_type not in ("srs_sim",)
        and outcome in ("l77280", "l77285", "supported_feature", "supported_areas")
    ):
        return False
    if outcome == "supported_areas" or (outcome == "no_rationale" and note_type != "brachy_proc"):
        return max(spec["areas"]) >= 3 or outcome == "no_rationale"
    if outcome == "areas_unknown":
        return site in UNKNOWN_SITES
    if outcome == "no_imaging":
        return site in NO_IMAGING_SITES
    if outcome == "l77285":
        return 2 in spec["areas"] and site != "srs"
    return True


def allocate() -> list[tuple[str, str, str, str]]:
    """Return (outcome, note_type, style, site) for the 250 notes, balanced least-used-first."""
    rng = random.Random(f"{SEED}:allocation")
    outcomes = [name for name, n in ALLOCATION for _ in range(n)]
    rng.shuffle(outcomes)
    type_use: dict[str, int] = {}
    style_use: dict[str, int] = {}
    site_use: dict[str, int] = {}
    rows = []
    for outcome in outcomes:
        types = OUTCOME_TYPES[outcome]
        best = min(type_use.get(t, 0) for t in types)
        note_type = rng.choice([t for t in types if type_use.get(t, 0) == best])
        type_use[note_type] = type_use.get(note_type, 0) + 1
        styles = TYPE_STYLES[note_type]
        key_s = [(style_use.get(f"{note_type}|{s}", 0), style_use.get(s, 0)) for s in styles]
        low = min(key_s)
        style = rng.choice([s for s, k in zip(styles, key_s, strict=True) if k == low])
        style_use[f"{note_type}|{style}"] = style_use.get(f"{note_type}|{style}", 0) + 1
        style_use[style] = style_use.get(style, 0) + 1
        sites = [s for s in SITE_KEYS if _site_ok(s, outcome, note_type)]
        lowest = min(site_use.get(s, 0) for s in sites)
        site = rng.choice([s for s in sites if site_use.get(s, 0) == lowest])
        site_use[site] = site_use.get(site, 0) + 1
        rows.append((outcome, note_type, style, site))
    return rows


def _weighted(rng: random.Random, weights: dict[str, float]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _pick_areas(rng: random.Random, plan: Plan, k: int) -> None:
    spec = SITES[plan.site]
    side = plan.side
    sd = "L" if side == "left" else "R"
    options = spec["areas"][k]
    chosen = rng.choice(options)
    areas = []
    for value, surfaces in chosen:
        surf = rng.choice(surfaces)
        areas.append((value.format(side=side), surf.format(side=side, Sd=sd)))
    plan.areas = areas


def _count_choice(rng: random.Random, spec: dict, weights: dict[int, float]) -> int:
    avail = {k: w for k, w in weights.items() if k in spec["areas"]}
    return int(_weighted(rng, {str(k): w for k, w in avail.items()}))


FEATURE_POOL = [
    "contrast",
    "arc_rotational",
    "custom_shielding",
    "particle",
    "complex_blocking",
    "brachytherapy",
    "hyperthermia",
]


def trap_features(plan: Plan) -> list[str]:
    """Features a trap may mention (negated, planned, retracted): never one the plan has."""
    allowed = ["contrast", "arc_rotational", "custom_shielding", "particle"]
    if plan.site in ("gyn", "prostate"):
        allowed.append("brachytherapy")
    if plan.site in ("sarcoma", "breast"):
        allowed.append("hyperthermia")
    if plan.site in ("breast", "whole_brain"):
        allowed.append("complex_blocking")
    return [f for f in allowed if f not in plan.features]


def trap_modalities(plan: Plan) -> list[str]:
    """Modalities a trap may mention (negated, planned, retracted): never one the plan has."""
    allowed = ["MRI", "PET"]
    if plan.site in ("gyn", "prostate"):
        allowed.append("ultrasound")
    if plan.site == "gyn":
        allowed.append("fluoroscopy")
    return [m for m in allowed if m not in plan.modalities]


def make_plan(nid: str, outcome: str, note_type: str, style: str, site: str) -> Plan:
    """Decide everything the note documents (seed ``simcheck-writer-y-v1:<id>``)."""
    rng = random.Random(f"{SEED}:{nid}")
    spec = SITES[site]
    plan = Plan(nid=nid, outcome=outcome, note_type=note_type, style=style, site=site)
    plan.side = rng.choice(["left", "right"])
    if not plan.is_sim:
        plan.traps = _traps(rng, plan)
        return plan
    feats_w = dict(spec["features"])
    # --- areas ---
    k: int | None
    if outcome == "supported_areas":
        k = _count_choice(rng, spec, {3: 3, 4: 1})
    elif outcome == "areas_unknown":
        k = None
    elif outcome == "l77285":
        k = 2
    elif outcome in ("l77280", "no_imaging") or note_type in ("brachy_proc", "electron_setup"):
        k = 1
    elif outcome == "no_rationale":
        k = _count_choice(rng, spec, {1: 4, 2: 3, 3: 2, 4: 1})
    else:
        k = _count_choice(rng, spec, {1: 6, 2: 3, 3: 1.5, 4: 0.5})
    if k is not None:
        _pick_areas(rng, plan, k)
        if note_type == "brachy_proc" and site == "prostate":
            plan.areas = [("prostate", "prostate")]
        if note_type == "electron_setup" and site == "breast":
            plan.areas = [
                (
                    f"{plan.side} breast boost",
                    rng.choice([f"{plan.side} lumpectomy cavity boost", f"{plan.side} breast tumor bed boost"]),
                )
            ]
        n = plan.area_count() or 0
        if n == 1:
            plan.count_form = rng.choice(["single", "single", "single", "stated"])
        else:
            plan.count_form = rng.choice(["named", "stated", "iso", "numbered"])
    # --- features ---
    feats: list[str] = []
    need_feature = outcome in ("supported_feature", "areas_unknown", "no_imaging") or (
        outcome == "no_rationale" and ((plan.area_count() or 0) < 3 or rng.random() < 0.5)
    )
    if note_type == "brachy_proc":
        feats.append("brachytherapy")
    elif note_type == "srs_sim":
        feats.append("arc_rotational")
    elif note_type == "electron_setup" or outcome == "no_imaging":
        feats.append("custom_shielding")
    elif need_feature and note_type == "addendum_sim" and "contrast" in feats_w and rng.random() < 0.6:
        feats.append("contrast")
    elif need_feature:
        pool = {f: w for f, w in feats_w.items() if f != "brachytherapy" or site == "gyn"}
        feats.append(_weighted(rng, pool))
    if need_feature and outcome == "supported_feature" and rng.random() < 0.3:
        rest = {f: w for f, w in feats_w.items() if f not in feats and (f != "brachytherapy" or site == "gyn")}
        if rest:
            feats.append(_weighted(rng, rest))
    if outcome in ("supported_areas", "l77285", "l77280"):
        feats = []
    plan.features = sorted(set(feats))
    if "contrast" in plan.features:
        plan.contrast_route = rng.choice(spec["contrast"]) if spec["contrast"] else "IV"
    # --- modalities ---
    mods: list[str] = []
    if outcome != "no_imaging":
        mods.append("CT")
        if spec["fourdct"] and rng.random() < (0.8 if site == "lung" else 0.3):
            plan.fourdct = True
        if note_type == "srs_sim" or (spec["fusion"] and rng.random() < 0.4 and note_type != "avs_today"):
            mods.append(rng.choice(spec["fusion"]) if note_type != "srs_sim" else "MRI")
        extra = spec.get("extra", [])
        if extra and (note_type == "brachy_proc" or rng.random() < 0.2):
            mods.append(rng.choice(extra))
    plan.modalities = [m for m in MOD_ORDER if m in mods]
    # --- rationale ---
    wants = outcome in ("supported_feature", "supported_areas", "areas_unknown", "no_imaging") or (
        outcome in ("l77285", "l77280") and rng.random() < 0.55
    )
    if note_type == "avs_today" and outcome != "areas_unknown":
        wants = False
    if wants:
        plan.rationale = _rationale(rng, plan)
    plan.traps = _traps(rng, plan)
    return plan


def _rationale(rng: random.Random, plan: Plan) -> str:
    spec = SITES[plan.site]
    cats = []
    for cat in spec["rcats"]:
        if cat == "contrast for delineation" and "contrast" not in plan.features:
            continue
        if cat == "fusion for delineation" and not ({"MRI", "PET"} & set(plan.modalities)):
            continue
        if cat == "target motion" and not plan.fourdct:
            continue
        if cat == "applicator verification" and "brachytherapy" not in plan.features:
            continue
        if cat == "multiple targets" and (plan.area_count() or 0) < 2:
            continue
        if cat == "prior field overlap" and not spec["prior"]:
            continue
        cats.append(cat)
    if "custom_shielding" in plan.features and plan.site in ("skin", "whole_brain"):
        cats.append("custom shielding")
    if plan.site == "peds":
        cats += ["anesthesia/immobilization"] * 2
    return rng.choice(cats)


def _traps(rng: random.Random, plan: Plan) -> list[str]:
    traps: list[str] = []
    t = plan.note_type
    n = plan.area_count()
    if not plan.is_sim:
        traps.append(
            {"nonsim": "nonsim_document", "blank": "blank_template", "aborted": "aborted_simulation"}[plan.outcome]
        )
        traps.append("historical_contrast")
        if plan.outcome == "nonsim":
            opts = {
                "consult": ["planned_feature", "planned_modality", "copy_forward", "other_person"],
                "telehealth_presim": ["planned_modality", "other_person"],
                "phone_call": ["planned_modality", "other_person"],
                "otv_copyforward": ["planned_feature", "negated_feature"],
                "treatment_summary": ["copy_forward", "planned_modality"],
                "survivorship": ["copy_forward", "other_person"],
                "nurse_triage": ["other_person", "planned_feature"],
                "prior_auth": ["other_person", "planned_feature"],
                "p2p": ["planned_feature", "planned_modality"],
                "avs_consult": ["planned_modality", "planned_feature"],
            }[t]
            traps.append(rng.choice(opts))
        if t == "otv_copyforward":
            traps.append("copy_forward")
        if t == "prior_auth":
            traps.append("prior_auth_quote")
        if t in ("telehealth_presim", "phone_call", "avs_consult"):
            traps.append("planned_feature")
        return list(dict.fromkeys(traps))
    if t == "order_proc":
        traps.append("order_vs_procedure")
    if t == "transcript_sim" or plan.style == "transcript":
        traps.append("transcript_hypothetical")
    if t == "resim":
        traps.append("copy_forward")
    if t in ("avs_today", "sim_avs"):
        traps.append("avs_boilerplate")
    if t == "addendum_sim":
        opts = []
        if trap_features(plan):
            opts.append("addendum_remove")
        if "contrast" in plan.features:
            opts += ["addendum_add"] * 4
        if n is not None and n >= 2:
            opts += ["addendum_count"] * 3
        if trap_modalities(plan):
            opts.append("addendum_modality_remove")
        traps.append(rng.choice(opts))
    if plan.outcome == "no_rationale":
        traps.append(rng.choice(["bare_assertion"] * 5 + ["hedged_rationale", "charge_line"]))
    if plan.outcome == "areas_unknown":
        traps.append("vague_count")
    if plan.fourdct and not plan.features:
        traps.append("fourdct_alone")
    extras = [
        "historical_contrast",
        "negated_feature",
        "planned_feature",
        "planned_modality",
        "other_person",
        "custom_immobilization",
        "negated_modality",
    ]
    if n == 1 and t not in ("brachy_proc", "srs_sim", "electron_setup"):
        extras += ["many_beams", "many_beams"]
    if "custom_shielding" not in plan.features and "complex_blocking" not in plan.features and plan.modalities:
        extras.append("mlc_only")
    if {"MRI", "PET"} & set(plan.modalities) and "contrast" not in plan.features:
        extras += ["fused_old_contrast", "fused_old_contrast"]
    if plan.site in ("breast", "skin"):
        extras.append("bolus")
    if plan.site == "breast" and not plan.features:
        extras.append("tangential_portals")
    if (
        plan.count_form == "stated"
        and SITES[plan.site]["prior"]
        and (n or 0) >= 1
        and plan.site not in ("sarcoma", "skin")
    ):
        extras.append("stated_count_prior_site")
    if plan.style in ("scribe", "transcript"):
        extras += ["scribe_hedge", "scribe_hedge"]
    if plan.rationale and rng.random() < 0.15:
        traps.append("bare_assertion")
    if t not in ("addendum_sim", "order_proc", "avs_today", "sim_avs") and rng.random() < 0.12 and trap_features(plan):
        traps.append("addendum_remove")
    if not trap_features(plan):
        extras = [e for e in extras if e not in ("negated_feature", "planned_feature")]
    if not trap_modalities(plan):
        extras = [e for e in extras if e not in ("planned_modality", "negated_modality")]
    k = rng.choice([0, 1, 1, 2, 2, 3])
    for _ in range(k):
        traps.append(rng.choice(extras))
    out = list(dict.fromkeys(traps))
    if "addendum_add" in out:
        plan.moved = "contrast"
    return out
