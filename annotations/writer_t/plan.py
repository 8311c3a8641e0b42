"""Plans: allocation of outcomes, note types, styles and sites; per-note element choices."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .vocab import SITES, Site

SEED = "simcheck-writer-t-v1"
STYLES = ("prose", "template", "bullets", "caps", "terse", "typos", "long")
SIM_TYPES = (
    "sim_ga",
    "sim_awake",
    "csi_sim",
    "proton_sim",
    "ct4d_sim",
    "mr_sim",
    "resim",
    "order_procedure",
    "tbi_sim",
    "brachy_procedure",
    "electron_setup",
)
NON_SIM_TYPES = (
    "child_life",
    "consent",
    "tumor_board",
    "nursing_phone",
    "school_letter",
    "insurance_appeal",
    "consult",
    "otv",
    "treatment_summary",
    "anesthesia_preop",
)
OUTCOMES: tuple[tuple[str, int], ...] = (
    ("supported_feature", 82),
    ("supported_areas", 18),
    ("no_rationale", 22),
    ("areas_unknown", 18),
    ("no_imaging", 12),
    ("p77285", 14),
    ("p77280", 18),
    ("no_simulation", 44),
    ("blank_template", 10),
    ("aborted", 12),
)
OUTCOME_TYPES: dict[str, tuple[str, ...]] = {
    "supported_feature": (*SIM_TYPES[:-1], "electron_setup"),
    "supported_areas": ("sim_ga", "sim_awake", "csi_sim", "ct4d_sim", "resim", "order_procedure"),
    "no_rationale": SIM_TYPES,
    "areas_unknown": ("sim_ga", "sim_awake", "proton_sim", "ct4d_sim", "order_procedure", "resim"),
    "no_imaging": ("electron_setup",),
    "p77285": ("sim_ga", "sim_awake", "csi_sim", "ct4d_sim", "resim", "order_procedure"),
    "p77280": ("sim_ga", "sim_awake", "ct4d_sim", "mr_sim", "resim", "order_procedure", "tbi_sim"),
    "no_simulation": NON_SIM_TYPES,
    "blank_template": ("blank_template",),
    "aborted": ("aborted_sim",),
}
FEATURE_OUTCOMES = ("supported_feature", "no_rationale", "areas_unknown", "no_imaging")
NO_FEATURE_OUTCOMES = ("supported_areas", "p77285", "p77280")
EMPTY_OUTCOMES = ("no_simulation", "blank_template", "aborted")
TYPE_TAG = {"csi_sim": "csi", "tbi_sim": "tbi", "brachy_procedure": "brachy", "electron_setup": "electron"}
PRIOR_RT_SITES = ("ependymoma", "palliative", "dipg", "neuroblastoma", "nasopharynx")


def area_count(values: tuple[str, ...]) -> int:
    """Count areas as the validator does ("bilateral X" is two)."""
    keys: list[str] = []
    for value in values:
        if value.startswith("bilateral "):
            base = value.removeprefix("bilateral ")
            keys += [f"left {base}", f"right {base}"]
        else:
            keys.append(value)
    return len(dict.fromkeys(keys))


@dataclass
class Plan:
    """What one note documents, decided before any text is written."""

    nid: str
    outcome: str
    note_type: str
    style: str
    site: str
    area_set: tuple[str, ...] = ()
    areas_known: bool = False
    area_form: str = "single"
    features: tuple[str, ...] = ()
    contrast_route: str = ""
    modalities: tuple[str, ...] = ()
    fourd: bool = False
    ga: bool = False
    rationale: str | None = None
    traps: list[str] = field(default_factory=list)

    @property
    def n_areas(self) -> int | None:
        """The planned number of treatment areas, or None when the note gives no count."""
        return area_count(self.area_set) if self.areas_known else None


def _sets_for(site: Site, note_type: str, outcome: str) -> list[tuple[str, ...]]:
    tag = TYPE_TAG.get(note_type, "")
    sets = [values for values, set_tag in site.area_sets if set_tag == tag]
    if outcome == "supported_areas":
        sets = [s for s in sets if area_count(s) >= 3]
    elif outcome == "p77285":
        sets = [s for s in sets if area_count(s) == 2]
    elif outcome == "p77280":
        sets = [s for s in sets if area_count(s) == 1]
    return sets


def _type_features(site: Site, note_type: str) -> tuple[str, ...]:
    """Features a note type can carry at this site (the first listed is required when the type needs one)."""
    allowed = site.features
    if note_type == "proton_sim":
        return ("particle",) if "particle" in allowed else ()
    if note_type == "brachy_procedure":
        return ("brachytherapy",) if "brachytherapy" in allowed else ()
    if note_type == "electron_setup":
        return ("custom_shielding",) if "custom_shielding" in allowed else ()
    if note_type == "tbi_sim":
        return tuple(f for f in ("custom_shielding", "arc_rotational", "complex_blocking") if f in allowed)
    if note_type == "csi_sim":
        return tuple(f for f in ("particle", "arc_rotational") if f in allowed)
    return tuple(f for f in allowed if f not in ("brachytherapy",))


def compatible(outcome: str, note_type: str, site: Site) -> bool:
    """Whether this site can carry this outcome in this note type."""
    if outcome in EMPTY_OUTCOMES:
        return True
    if note_type == "ct4d_sim" and not site.fourd:
        return False
    if note_type == "mr_sim" and "MRI" not in site.modalities:
        return False
    if note_type == "proton_sim" and "particle" not in site.features:
        return False
    if not _sets_for(site, note_type, outcome):
        return False
    if outcome in FEATURE_OUTCOMES and not _type_features(site, note_type):
        return False
    if outcome in NO_FEATURE_OUTCOMES and note_type in ("proton_sim", "brachy_procedure", "electron_setup"):
        return False
    return not (outcome == "areas_unknown" and not site.multi)


def allocate() -> list[tuple[str, str, str, str]]:
    """Return (outcome, note_type, style, site) for 250 notes, in id order."""
    rng = random.Random(f"{SEED}:allocation")
    type_use: dict[str, int] = {}
    style_use: dict[str, int] = dict.fromkeys(STYLES, 0)
    site_use: dict[str, int] = dict.fromkeys(SITES, 0)
    rows: list[tuple[str, str, str, str]] = []
    for outcome, count in OUTCOMES:
        for _ in range(count):
            types = [t for t in OUTCOME_TYPES[outcome] if any(compatible(outcome, t, s) for s in SITES.values())]
            note_type = min(types, key=lambda t: (type_use.get(t, 0), rng.random()))
            type_use[note_type] = type_use.get(note_type, 0) + 1
            sites = [k for k, s in SITES.items() if compatible(outcome, note_type, s)]
            site = min(sites, key=lambda k: (site_use[k], rng.random()))
            site_use[site] += 1
            style = min(STYLES, key=lambda s: (style_use[s], rng.random()))
            style_use[style] += 1
            rows.append((outcome, note_type, style, site))
    rng.shuffle(rows)
    return rows


def _route(site: str, note_type: str, rng: random.Random) -> str:
    if note_type == "mr_sim":
        return "gad"
    if site in ("wilms", "neuroblastoma"):
        return rng.choice(("oral", "iv", "iv"))
    if site == "rms_gu":
        return rng.choice(("bladder", "vaginal", "iv"))
    if site in ("medulloblastoma", "ependymoma", "low_grade_glioma", "craniopharyngioma", "germ_cell_cns"):
        return rng.choice(("iv", "gad"))
    return "iv"


def make_plan(nid: str, outcome: str, note_type: str, style: str, site_key: str) -> Plan:
    """Decide the elements of one note from its own seeded stream."""
    rng = random.Random(f"{SEED}:{nid}")
    site = SITES[site_key]
    plan = Plan(nid, outcome, note_type, style, site_key)
    if outcome in EMPTY_OUTCOMES:
        plan.area_set = rng.choice([v for v, _ in site.area_sets])
        return plan
    plan.area_set = rng.choice(_sets_for(site, note_type, outcome))
    plan.areas_known = outcome != "areas_unknown"
    count = area_count(plan.area_set)
    if plan.areas_known:
        if note_type == "csi_sim":
            plan.area_form = rng.choice(("named", "named", "stated", "isocenters"))
        elif count == 1:
            plan.area_form = rng.choice(("single", "single", "single", "stated", "checkbox"))
        else:
            plan.area_form = rng.choice(("named", "named", "stated", "isocenters", "numbered", "checkbox"))
    else:
        plan.area_form = "vague"
    if outcome in FEATURE_OUTCOMES:
        options = _type_features(site, note_type)
        required = options[0] if note_type in ("proton_sim", "brachy_procedure", "electron_setup") else None
        features = [required] if required else [rng.choice(options)]
        extra = [f for f in site.features if f not in features and f in _type_features(site, "sim_ga")]
        if note_type == "electron_setup":
            extra = []
        if extra and rng.random() < 0.35:
            features.append(rng.choice(extra))
        if note_type == "mr_sim" and "contrast" not in features and rng.random() < 0.5:
            features.append("contrast")
        plan.features = tuple(sorted(features))
        if "contrast" in plan.features:
            plan.contrast_route = _route(site_key, note_type, rng)
    modalities: list[str] = []
    if outcome != "no_imaging":
        modalities.append("CT")
        for extra_modality in site.modalities:
            if extra_modality == "MRI" and note_type == "mr_sim":
                modalities.append("MRI")
            elif extra_modality == "ultrasound" and "brachytherapy" in plan.features and rng.random() < 0.6:
                modalities.append("ultrasound")
            elif extra_modality == "fluoroscopy" and note_type in ("tbi_sim", "brachy_procedure"):
                if rng.random() < 0.5:
                    modalities.append("fluoroscopy")
            elif extra_modality in ("MRI", "PET") and rng.random() < 0.45:
                modalities.append(extra_modality)
    plan.modalities = tuple(m for m in ("CT", "MRI", "PET", "fluoroscopy", "ultrasound") if m in modalities)
    plan.fourd = note_type == "ct4d_sim" or (site.fourd and "CT" in modalities and rng.random() < 0.2)
    young = rng.randint(*site.ages) < 8
    plan.ga = note_type == "sim_ga" or (note_type not in ("sim_awake", "electron_setup") and young)
    rationale_wanted = outcome in ("supported_feature", "supported_areas", "areas_unknown", "no_imaging") or (
        outcome in ("p77285", "p77280") and rng.random() < 0.55
    )
    if rationale_wanted:
        choices = ["OAR proximity", "OAR proximity", "irregular target"]
        if plan.areas_known and count >= 2:
            choices += ["multiple targets", "multiple targets"]
        if "contrast" in plan.features:
            choices.append("contrast for delineation")
        if "MRI" in plan.modalities or "PET" in plan.modalities:
            choices += ["fusion for delineation", "fusion for delineation"]
        if plan.fourd:
            choices += ["target motion", "target motion"]
        if "brachytherapy" in plan.features:
            choices += ["applicator verification", "applicator verification"]
        if "custom_shielding" in plan.features:
            choices += ["custom shielding", "custom shielding"]
        if plan.ga:
            choices += ["anesthesia/immobilization", "anesthesia/immobilization"]
        elif note_type != "electron_setup":
            choices.append("immobilization")
        if site_key in PRIOR_RT_SITES:
            choices.append("prior field overlap")
        plan.rationale = rng.choice(choices)
    return plan
