"""Plan one note before writing it: outcome, site, note type, style, the four elements, traps."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .common import CAMPUSES, chance, pick, wpick
from .sites import SITES, AreaDef, Site, detail, expand_keys

FEATURE_ORDER = ("arc_rotational", "brachytherapy", "complex_blocking", "contrast", "custom_shielding",
                 "hyperthermia", "particle")
MODALITY_ORDER = ("CT", "MRI", "PET", "fluoroscopy", "ultrasound")

# The outcome mix (400 notes). A fixed table, shuffled once with a fixed seed, indexed by note number.
OUTCOME_COUNTS = (
    ("supported_feature", 116),
    ("supported_areas", 36),
    ("unsupported_no_rationale", 32),
    ("unsupported_no_imaging", 18),
    ("unsupported_areas_unknown", 22),
    ("level_77285", 36),
    ("level_77280", 44),
    ("sim_nothing_countable", 16),
    ("non_simulation", 80),
)


def _schedule() -> list[str]:
    table = [name for name, n in OUTCOME_COUNTS for _ in range(n)]
    random.Random("simcheck-writer-i-v1:schedule").shuffle(table)
    return table


SCHEDULE = _schedule()

SIM_TYPES = {
    "sim_procedure": {"powernote": 3, "allcaps": 1.5, "typo": 1.5, "long": 2.2, "flowsheet": 1.5, "terse": 1},
    "np_sim_cosign": {"powernote": 2, "long": 2, "typo": 1, "allcaps": 1, "terse": 1},
    "sim_worksheet": {"kv": 2, "pipe": 2, "allcaps": 1, "flowsheet": 1},
    "inbasket": {"sticky": 2, "terse": 1, "allcaps": 1, "typo": 1},
    "resim": {"powernote": 1, "terse": 1, "kv": 1, "typo": 1, "long": 1},
    "order_sim": {"powernote": 1, "flowsheet": 1, "kv": 1, "typo": 1, "allcaps": 1},
    "brachy_sim": {"powernote": 2, "pipe": 1, "flowsheet": 1, "allcaps": 1, "long": 1},
    "anesthesia_sim": {"powernote": 1, "long": 1, "pipe": 1, "typo": 1},
}
SIM_TYPE_WEIGHTS = {"sim_procedure": 22, "np_sim_cosign": 15, "sim_worksheet": 12, "inbasket": 11, "resim": 7,
                    "order_sim": 10}
NONSIM_TYPES = {
    "telehealth_consult": {"powernote": 1, "long": 2, "typo": 1},
    "portal_message": {"plain": 2, "sticky": 1, "typo": 1},
    "after_visit_summary": {"plain": 3, "allcaps": 1},
    "interpreter_visit": {"powernote": 1, "long": 1, "plain": 1},
    "prior_auth_letter": {"letter": 2, "powernote": 1, "allcaps": 1},
    "peer_to_peer": {"qa": 2, "terse": 1, "powernote": 1},
    "on_treatment_visit": {"powernote": 1, "terse": 1, "allcaps": 1, "flowsheet": 1},
    "treatment_summary": {"powernote": 1, "pipe": 1, "long": 1},
}
NONSIM_TYPE_WEIGHTS = {"telehealth_consult": 13, "portal_message": 10, "after_visit_summary": 10,
                       "interpreter_visit": 9, "prior_auth_letter": 13, "peer_to_peer": 9, "on_treatment_visit": 8,
                       "treatment_summary": 8}

# Rationale categories and what they need in the plan.
CATEGORY_NEEDS = {
    "contrast for delineation": "contrast",
    "fusion for delineation": "fusion",
    "applicator verification": "brachy",
    "custom shielding": "shield",
    "multiple targets": "multi",
    "target motion": "motion",
    "anesthesia/immobilization": "peds",
    "prior field overlap": "prior",
}


@dataclass
class Area:
    value: str
    plain: tuple[str, ...]
    abbr: tuple[str, ...]
    struct: tuple[str, ...]

    @property
    def keys(self) -> list[str]:
        return expand_keys(self.value)


@dataclass
class Plan:
    index: int
    note_id: str
    outcome: str
    sim: bool
    site: Site
    side: dict[str, str]
    note_type: str
    style: str
    campus: tuple[str, str, str]
    dx: str
    areas: list[Area]
    area_count: int | None
    area_mode: str
    features: list[str]
    contrast_kind: str | None
    modalities: list[str]
    fourd: bool
    no_img_mode: str | None
    rationale: str | None
    absent: str | None
    correction: dict[str, str] | None
    trap_wishes: list[str]
    at_partner: bool
    traps: list[str] = field(default_factory=list)
    shadow: list[str] = field(default_factory=list)
    age: int = 60
    sex: str = "F"
    variant: str = ""
    applicator: str = "applicator"

    def d(self, name: str) -> tuple[str, ...]:
        """A site detail for this note's area set."""
        return detail(self.site, self.variant, name)  # non-simulation notes: techniques talked about, never labelled

    def fmt(self, s: str) -> str:
        return s.format(**self.side)

    def add_trap(self, name: str) -> None:
        if name not in self.traps:
            self.traps.append(name)


def _sides(rng: random.Random) -> dict[str, str]:
    left = chance(rng, 0.5)
    side, opp = ("left", "right") if left else ("right", "left")
    return {"side": side, "Side": side.capitalize(), "S": side[0].upper(), "opp": opp, "O": opp[0].upper(),
            "Opp": opp.capitalize()}


def _area(adef: AreaDef, side: dict[str, str]) -> Area:
    def f(seq: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(s.format(**side) for s in seq)

    return Area(adef.value.format(**side), f(adef.plain), f(adef.abbr), f(adef.struct))


def count_areas(areas: list[Area]) -> int:
    keys: list[str] = []
    for a in areas:
        for k in a.keys:
            if k not in keys:
                keys.append(k)
    return len(keys)


def _options_with(site: Site, side: dict[str, str], pred) -> list[tuple[tuple[str, ...], tuple[str, ...] | None]]:
    out = []
    for ids, dx in site.options:
        areas = [_area(site.areas[i], side) for i in ids]
        if pred(count_areas(areas)):
            out.append((ids, dx))
    return out


def _site_ok(site: Site, outcome: str) -> bool:
    counts = [count_areas([_area(site.areas[i], _sides(random.Random(0))) for i in ids]) for ids, _ in site.options]
    if outcome == "supported_areas":
        return max(counts) >= 3
    if outcome == "level_77285":
        return 2 in counts
    if outcome == "level_77280":
        return 1 in counts
    return True


def _choose_type_style(rng: random.Random, sim: bool, site: Site, features: list[str]) -> tuple[str, str]:
    if not sim:
        nt = wpick(rng, NONSIM_TYPE_WEIGHTS)
        return nt, wpick(rng, NONSIM_TYPES[nt])
    if site.peds and chance(rng, 0.7):
        nt = "anesthesia_sim"
    elif ("brachytherapy" in features or "hyperthermia" in features) and chance(rng, 0.65):
        nt = "brachy_sim"
    else:
        nt = wpick(rng, SIM_TYPE_WEIGHTS)
    return nt, wpick(rng, SIM_TYPES[nt])


def _pick_features(rng: random.Random, site: Site, k: int, allowed: tuple[str, ...] | None = None) -> list[str]:
    pool = {f: w for f, w in site.features.items() if allowed is None or f in allowed}
    chosen: list[str] = []
    for _ in range(k):
        rest = {f: w for f, w in pool.items() if f not in chosen}
        if not rest:
            break
        chosen.append(wpick(rng, rest))
    return sorted(chosen)


def _pick_modalities(rng: random.Random, site: Site, features: list[str]) -> tuple[list[str], bool]:
    mods: list[str] = []
    needs_ct = any(f in features for f in ("arc_rotational", "particle", "hyperthermia")) or (
        "contrast" in features and site.key not in ("gyn_brachy", "prostate_brachy"))
    if needs_ct or chance(rng, site.ct_prob):
        mods.append("CT")
    for m, p in site.mods.items():
        if chance(rng, p):
            mods.append(m)
    if "brachytherapy" in features and not any(m in mods for m in ("CT", "fluoroscopy", "ultrasound", "MRI")):
        mods.append(pick(rng, ("fluoroscopy", "ultrasound")))
    if not mods:
        mods.append("CT")
    fourd = "CT" in mods and site.motion and chance(rng, 0.75)
    return [m for m in MODALITY_ORDER if m in mods], fourd


def _rationale_category(rng: random.Random, site: Site, features: list[str], modalities: list[str],
                        count: int | None, fourd: bool, exclude: tuple[str, ...] = ()) -> str:
    def ok(cat: str) -> bool:
        need = CATEGORY_NEEDS.get(cat)
        if cat in exclude:
            return False
        if need == "contrast":
            return "contrast" in features
        if need == "fusion":
            return "MRI" in modalities or "PET" in modalities
        if need == "brachy":
            return "brachytherapy" in features
        if need == "shield":
            return "custom_shielding" in features or "complex_blocking" in features
        if need == "multi":
            return count is not None and count >= 2
        if need == "motion":
            return site.motion and "CT" in modalities
        if need == "peds":
            return site.peds
        if need == "prior":
            return bool(site.prior)
        return True

    pool = {c: w for c, w in site.rationale.items() if ok(c)}
    if not pool:
        pool = {c: 1.0 for c in ("OAR proximity", "irregular target", "immobilization") if c not in exclude}
    if fourd and "target motion" in pool:
        pool["target motion"] *= 1.5
    return wpick(rng, pool)


def _area_mode(rng: random.Random, style: str, count: int | None, note_type: str, site_key: str = "") -> str:
    if count is None:
        return "unknown"
    if style in ("sticky", "terse"):
        modes = {"stated": 0.35, "named": 0.35, "both": 0.3}
    elif style == "kv":
        modes = {"named": 0.4, "both": 0.4, "stated": 0.2}
    elif style == "pipe":
        modes = {"table": 0.6, "both": 0.2, "iso": 0.2}
    elif style == "flowsheet":
        modes = {"stated": 0.3, "named": 0.4, "both": 0.3}
    else:
        modes = {"stated": 0.25, "named": 0.3, "both": 0.3, "iso": 0.15}
    if note_type == "sim_worksheet" and "iso" not in modes:
        modes["iso"] = 0.3
    if site_key == "srs_brain" and count is not None and count >= 2:
        modes["iso"] = modes.get("iso", 0.0) + 0.6
    return wpick(rng, modes)


SITE_WEIGHT = {"breast_nodes": 1.5, "lung_4dct": 1.2, "head_neck": 1.3, "prostate_pelvis": 1.4, "palliative": 0.9,
               "esophagus": 1.0, "sarcoma_hyperthermia": 1.1, "skull_base_proton": 1.8, "spine_reirr": 1.6,
               "skin_electron": 0.8, "ho_prophylaxis": 0.7, "srs_brain": 0.9, "gyn_brachy": 0.8}


def make_plan(index: int, rng: random.Random) -> Plan:
    note_id = f"wi-{index:04d}"
    outcome = SCHEDULE[index - 1]
    sim = outcome != "non_simulation"
    sites = [s for s in SITES if _site_ok(s, outcome)]
    if outcome == "unsupported_no_imaging" and chance(rng, 0.55):
        sites = [s for s in sites if s.clinical_ok]
    weights = {s.key: SITE_WEIGHT.get(s.key, 1.0) for s in sites}
    if outcome in ("supported_feature", "unsupported_areas_unknown", "unsupported_no_rationale"):
        for k in ("gyn_brachy", "prostate_brachy"):
            if k in weights:
                weights[k] *= 2.2
    chosen_key = wpick(rng, weights)
    site = next(s for s in sites if s.key == chosen_key)
    side = _sides(rng)

    features: list[str] = []
    count_pred = lambda n: True  # noqa: E731
    rationale_present = True
    want_imaging = True
    areas_known = True
    no_img_mode = None

    if outcome == "supported_feature":
        features = _pick_features(rng, site, 1 if chance(rng, 0.72) else 2)
        r = rng.random()
        count_pred = (lambda n: n == 1) if r < 0.45 else (lambda n: n == 2) if r < 0.75 else (lambda n: True)
    elif outcome == "supported_areas":
        count_pred = lambda n: n >= 3  # noqa: E731
    elif outcome == "unsupported_no_rationale":
        rationale_present = False
        if chance(rng, 0.7) or not _options_with(site, side, lambda n: n >= 3):
            features = _pick_features(rng, site, 1)
        else:
            count_pred = lambda n: n >= 3  # noqa: E731
    elif outcome == "unsupported_no_imaging":
        want_imaging = False
        no_img_mode = "clinical" if site.clinical_ok else "unstated"
        allowed = ("custom_shielding", "complex_blocking") if no_img_mode == "clinical" else (
            "arc_rotational", "particle", "custom_shielding", "complex_blocking")
        feats = _pick_features(rng, site, 1, allowed)
        if feats and (chance(rng, 0.7) or not _options_with(site, side, lambda n: n >= 3)):
            features = feats
        elif _options_with(site, side, lambda n: n >= 3):
            count_pred = lambda n: n >= 3  # noqa: E731
        else:
            features = feats or ["complex_blocking"]
    elif outcome == "unsupported_areas_unknown":
        features = _pick_features(rng, site, 1 if chance(rng, 0.8) else 2)
        areas_known = False
        rationale_present = chance(rng, 0.85)
    elif outcome == "level_77285":
        count_pred = lambda n: n == 2  # noqa: E731
        rationale_present = chance(rng, 0.5)
        want_imaging = chance(rng, 0.9)
    elif outcome == "level_77280":
        count_pred = lambda n: n == 1  # noqa: E731
        rationale_present = chance(rng, 0.5)
        want_imaging = chance(rng, 0.9)
    elif outcome == "sim_nothing_countable":
        areas_known = False
        rationale_present = chance(rng, 0.4)
        want_imaging = chance(rng, 0.7)
    else:  # non-simulation: a shadow course the text talks about, nothing counts
        features = _pick_features(rng, site, 1)

    if outcome in ("level_77285", "level_77280", "sim_nothing_countable") and not want_imaging:
        no_img_mode = "clinical" if site.clinical_ok else "unstated"

    options = _options_with(site, side, count_pred) or list(site.options)
    ids, dx_override = pick(rng, options)
    areas = [_area(site.areas[i], side) for i in ids]
    count = count_areas(areas) if (sim and areas_known) else None
    dx = pick(rng, dx_override or site.dx).format(**side)

    if want_imaging:
        modalities, fourd = _pick_modalities(rng, site, features)
    else:
        modalities, fourd = [], False

    # contrast needs a scan it was given for
    if "contrast" in features and not modalities:
        features = [f for f in features if f != "contrast"] or ["custom_shielding"]
    contrast_kind = pick(rng, site.contrast) if "contrast" in features and site.contrast else (
        "IV" if "contrast" in features else None)

    note_type, style = _choose_type_style(rng, sim, site, features)
    area_mode = _area_mode(rng, style, count, note_type, site.key) if sim else "none"

    rationale = None
    absent = None
    if sim:
        if rationale_present:
            exclude: tuple[str, ...] = ()
            if count is None:
                exclude = ("multiple targets",)
            rationale = _rationale_category(rng, site, features, modalities, count, fourd, exclude)
        else:
            modes = {"bare": 3, "hedged": 1.2, "copied": 1.2, "blank": 1.2, "none": 1.0}
            if note_type == "np_sim_cosign":
                modes["attest_only"] = 4
            absent = wpick(rng, modes)

    at_partner = "particle" in features or ("brachytherapy" in features and chance(rng, 0.5)) or (
        "hyperthermia" in features)

    plan = Plan(index=index, note_id=note_id, outcome=outcome, sim=sim, site=site, side=side,
                note_type=note_type, style=style, campus=pick(rng, CAMPUSES), dx=dx, areas=areas,
                area_count=count, area_mode=area_mode, features=sorted(features), contrast_kind=contrast_kind,
                modalities=modalities, fourd=fourd, no_img_mode=no_img_mode, rationale=rationale, absent=absent,
                correction=None, trap_wishes=[], at_partner=at_partner)
    plan.variant = ids[0]
    plan.applicator = pick(rng, plan.d("brachy")) if plan.d("brachy") else "applicator"
    plan.age = rng.randrange(2, 13) if site.peds else rng.randrange(34, 90)
    plan.sex = site.sex or pick(rng, ("F", "M"))
    if sim:
        plan.correction = _correction(rng, plan)
        plan.trap_wishes = _trap_wishes(rng, plan)
    else:
        plan.shadow = plan.features
        plan.features = []
        plan.modalities = []
        plan.fourd = False
        plan.contrast_kind = None
    return plan


NEGATABLE = ("contrast", "arc_rotational", "custom_shielding", "complex_blocking", "particle")


def _correction(rng: random.Random, plan: Plan) -> dict[str, str] | None:
    cosign = plan.note_type == "np_sim_cosign"
    if plan.absent == "attest_only":
        return {"kind": "attest_only", "where": "attest"}
    if plan.note_type in ("inbasket",):
        return None
    p = 0.55 if cosign else 0.2
    if not chance(rng, p):
        return None
    kinds: dict[str, float] = {}
    if plan.features:
        kinds["add_feature"] = 1.0
    if any(f not in plan.features for f in NEGATABLE) and plan.modalities:
        kinds["retract_feature"] = 1.0
    if plan.area_count is not None and plan.area_mode in ("stated", "both"):
        kinds["area_fix"] = 1.0
    if plan.rationale is not None and (cosign or chance(rng, 0.4)):
        kinds["add_reason"] = 1.5 if cosign else 0.6
    if plan.modalities and any(m not in plan.modalities for m in ("MRI", "PET")):
        kinds["retract_modality"] = 0.7
    if not kinds:
        return None
    kind = wpick(rng, kinds)
    where = "attest" if cosign else "addendum"
    out = {"kind": kind, "where": where}
    if kind == "add_feature":
        out["item"] = pick(rng, plan.features)
    elif kind == "retract_feature":
        cands = [f for f in NEGATABLE if f not in plan.features]
        if "contrast" in cands and chance(rng, 0.6):
            out["item"] = "contrast"
        else:
            out["item"] = pick(rng, cands)
    elif kind == "retract_modality":
        out["item"] = pick(rng, [m for m in ("MRI", "PET") if m not in plan.modalities])
    return out


TRAP_POOL = {
    "negated_feature": 1.4, "negated_modality": 0.8, "planned_feature": 1.2, "planned_modality": 1.0,
    "historical_imaging": 1.6, "fused_old_contrast": 1.0, "blank_template": 1.2, "many_beams_one_area": 0.9,
    "bare_assertion": 0.5, "copy_forward": 0.9, "order_vs_done": 0.8, "other_person": 0.6, "mlc_only": 0.7,
    "bolus": 0.8, "immobilization": 1.0, "passing_prior_site": 3.0, "nested_volumes": 1.2, "tangents": 3.0,
    "motion_management": 1.6, "fiducials_spacer": 2.0,
}


def _trap_ok(name: str, plan: Plan) -> bool:
    site = plan.site
    if name == "negated_feature":
        return any(f not in plan.features for f in NEGATABLE)
    if name == "planned_feature":
        return any(f not in plan.features for f in ("contrast", "arc_rotational", "particle", "custom_shielding"))
    if name in ("negated_modality", "planned_modality"):
        return any(m not in plan.modalities for m in ("MRI", "PET"))
    if name == "fused_old_contrast":
        return ("MRI" in plan.modalities or "PET" in plan.modalities) and plan.correction is None
    if name == "many_beams_one_area":
        return plan.area_count == 1 and plan.area_mode in ("named", "both", "stated")
    if name == "mlc_only":
        return "custom_shielding" not in plan.features and "complex_blocking" not in plan.features
    if name == "bolus":
        return site.key in ("breast_nodes", "skin_electron", "head_neck", "anal_canal", "sarcoma_hyperthermia",
                            "palliative")
    if name == "passing_prior_site":
        return bool(site.prior) and plan.area_mode in ("stated", "both") and plan.correction is None
    if name == "nested_volumes":
        return plan.area_count is not None and plan.area_mode in ("named", "both") and bool(plan.modalities)
    if name == "tangents":
        return site.key == "breast_nodes" and "arc_rotational" not in plan.features
    if name == "motion_management":
        return site.motion or site.key == "breast_nodes"
    if name == "fiducials_spacer":
        return site.key in ("prostate_pelvis", "liver_hcc", "pancreas", "prostate_brachy")
    if name == "order_vs_done":
        return plan.note_type == "order_sim"
    if name == "copy_forward":
        return plan.absent != "copied"
    if name == "bare_assertion":
        return plan.rationale is not None
    return True


def _trap_wishes(rng: random.Random, plan: Plan) -> list[str]:
    pool = {n: w for n, w in TRAP_POOL.items() if _trap_ok(n, plan)}
    if plan.note_type == "order_sim":
        wishes = ["order_vs_done"]
        pool.pop("order_vs_done", None)
    else:
        wishes = []
    r = rng.random()
    k = 0 if r < 0.07 else 1 if r < 0.35 else 2 if r < 0.75 else 3
    if plan.style in ("sticky",):
        k = min(k, 1)
    for _ in range(k):
        if not pool:
            break
        name = wpick(rng, pool)
        pool.pop(name)
        wishes.append(name)
    return wishes
