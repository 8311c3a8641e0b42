"""Plans: what each of writer U's notes documents, decided before any text is written."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from writer_u.vocab import SITES

SEED = "simcheck-writer-u-v1"
OUTCOMES: list[tuple[str, int]] = [
    ("supported_feature", 80),
    ("supported_areas", 20),
    ("no_rationale", 22),
    ("areas_unknown", 20),
    ("no_imaging", 10),
    ("level_77285", 16),
    ("level_77280", 20),
    ("no_simulation", 40),
    ("blank_template", 12),
    ("aborted", 10),
]
SIM_TYPES = ["dictated_sim", "sim_rx_form", "therapist_sim_doc", "planning_directive", "order_procedure"]
NOTE_TYPES: dict[str, list[str]] = {
    "supported_feature": [*SIM_TYPES, "brachy_procedure", "sim_4dct", "srs_sim", "electron_setup"],
    "supported_areas": [*SIM_TYPES, "srs_sim"],
    "no_rationale": [*SIM_TYPES, "brachy_procedure", "sim_4dct", "srs_sim", "electron_setup"],
    "areas_unknown": [*SIM_TYPES, "sim_4dct", "srs_sim"],
    "no_imaging": ["electron_setup", "dictated_sim", "therapist_sim_doc"],
    "level_77285": [*SIM_TYPES, "sim_4dct"],
    "level_77280": [*SIM_TYPES, "sim_4dct", "srs_sim"],
    "no_simulation": [
        "charge_ticket",
        "nurse_intake",
        "nurse_triage",
        "prior_auth",
        "peer_to_peer",
        "referral_letter",
        "consult",
        "otv",
        "treatment_summary",
        "physics_consult",
    ],
    "blank_template": ["blank_template"],
    "aborted": ["aborted_sim"],
}
STYLES: dict[str, list[str]] = {
    "dictated_sim": ["dictation", "long", "caps", "typos", "bullets"],
    "sim_rx_form": ["pipe_rows", "tab_rows", "caps_rows"],
    "therapist_sim_doc": ["qa_rows", "terse", "typos", "bullets"],
    "planning_directive": ["pipe_rows", "tab_rows", "bullets", "dictation"],
    "order_procedure": ["pipe_rows", "bullets", "dictation", "terse"],
    "brachy_procedure": ["dictation", "bullets", "terse", "caps", "long"],
    "sim_4dct": ["dictation", "qa_rows", "terse", "bullets", "long"],
    "srs_sim": ["dictation", "pipe_rows", "bullets", "typos", "long"],
    "electron_setup": ["terse", "qa_rows", "dictation"],
    "charge_ticket": ["pipe_rows", "tab_rows"],
    "nurse_intake": ["bullets", "qa_rows", "long"],
    "nurse_triage": ["terse", "dictation"],
    "prior_auth": ["dictation", "bullets"],
    "peer_to_peer": ["dictation", "typos"],
    "referral_letter": ["dictation", "long"],
    "consult": ["long", "dictation", "caps"],
    "otv": ["terse", "bullets"],
    "treatment_summary": ["dictation", "long"],
    "physics_consult": ["dictation", "bullets"],
    "blank_template": ["pipe_rows", "tab_rows", "qa_rows"],
    "aborted_sim": ["dictation", "terse", "qa_rows"],
}
TYPE_SITES: dict[str, list[str]] = {
    "brachy_procedure": ["prostate_brachy", "gyn"],
    "sim_4dct": ["lung", "pancreas", "esophagus"],
    "srs_sim": ["brain_srs"],
    "electron_setup": ["skin"],
}
FEATURE_SITES = [k for k in SITES if k not in ("prostate_brachy",)]


@dataclass
class Plan:
    """What one note documents (labels come from this) and how it is written."""

    id: str
    outcome: str
    note_type: str
    style: str
    site: str
    rationale: str | None = None
    areas: list[tuple[str, str]] = field(default_factory=list)
    count_form: str = "none"
    features: list[str] = field(default_factory=list)
    route: str | None = None
    modalities: list[str] = field(default_factory=list)
    fourdct: bool = False
    sim: bool = True

    @property
    def area_count(self) -> int | None:
        """Return the number of areas the note documents (None when it gives no way to count)."""
        if self.count_form in ("none", "unknown"):
            return None
        return sum(2 if v.startswith("bilateral ") else 1 for v, _ in self.areas)


def _sites_for(note_type: str, outcome: str) -> list[str]:
    sites = list(TYPE_SITES[note_type]) if note_type in TYPE_SITES else list(SITES)
    if outcome in ("level_77285", "level_77280", "supported_areas"):
        sites = [s for s in sites if s != "prostate_brachy"]
    if outcome == "no_imaging":
        sites = ["skin"] if note_type == "electron_setup" else ["skin", "bone_mets"]
    if outcome == "areas_unknown" and note_type not in TYPE_SITES:
        sites = ["bone_mets", "lymphoma", "head_neck", "breast", "prostate", "brain_srs", "gyn", "pancreas"]
    if outcome == "supported_areas" and note_type not in TYPE_SITES:
        sites = ["bone_mets", "breast", "head_neck", "lymphoma", "prostate", "brain_srs", "gyn", "esophagus"]
    if outcome == "level_77285" and note_type not in TYPE_SITES:
        sites = [s for s in sites if s not in ("skin",)]
    return sites


def allocate() -> list[tuple[str, str, str, str]]:
    """Return (outcome, note_type, style, site) for all 250 notes, balanced least-used first."""
    rng = random.Random(f"{SEED}:allocation")
    used_type: dict[str, int] = {}
    used_style: dict[str, int] = {}
    used_site: dict[str, int] = {}
    rows: list[tuple[str, str, str, str]] = []
    for outcome, n in OUTCOMES:
        for _ in range(n):
            types = NOTE_TYPES[outcome]
            note_type = min(types, key=lambda t: (used_type.get(t, 0), rng.random()))
            used_type[note_type] = used_type.get(note_type, 0) + 1
            style = min(STYLES[note_type], key=lambda s: (used_style.get(note_type + s, 0), rng.random()))
            used_style[note_type + style] = used_style.get(note_type + style, 0) + 1
            sites = _sites_for(note_type, outcome)
            site = min(sites, key=lambda s: (used_site.get(s, 0), rng.random()))
            used_site[site] = used_site.get(site, 0) + 1
            rows.append((outcome, note_type, style, site))
    order = list(range(len(rows)))
    rng.shuffle(order)
    return [rows[i] for i in order]


def _pick_areas(rng: random.Random, site_key: str, n: int, form: str) -> list[tuple[str, str]]:
    site = SITES[site_key]
    primary = rng.choice(site.primaries)
    chosen: list[tuple[str, str]] = [(primary[0], rng.choice(primary[1]))]
    pool = (
        [a for a in site.primaries + site.secondaries if a[0] != primary[0]]
        if site.multi_primary
        else list(site.secondaries)
    )
    if site_key == "breast":
        side = primary[0].split()[0]
        pool = [a for a in pool if not a[0].startswith(("left", "right")) or a[0].startswith(side)]
        pool = [a for a in pool if "breast" not in a[0] and "chest wall" not in a[0]]
    if form == "bilateral":
        chosen.append(
            ("bilateral neck", rng.choice(["bilateral neck", "both sides of the neck", "bilateral neck nodes"]))
        )
        return chosen
    if site_key == "head_neck":
        pool = [a for a in pool if a[0] != "bilateral neck"]
    rng.shuffle(pool)
    for value, surfaces in pool:
        if len(chosen) >= n:
            break
        chosen.append((value, rng.choice(surfaces)))
    if len(chosen) < n:
        raise ValueError(f"site {site_key} cannot give {n} areas")
    return chosen


def _count_form(rng: random.Random, n: int, site_key: str, note_type: str) -> str:
    if n == 1:
        return rng.choice(["single", "single", "stated", "named"])
    forms = ["stated", "named", "numbered", "named", "stated"]
    if note_type == "srs_sim" or site_key in ("brain_srs", "bone_mets", "lung"):
        forms += ["isocenters", "isocenters", "isocenters"]
    if site_key == "head_neck" and n == 3:
        forms += ["bilateral", "bilateral"]
    return rng.choice(forms)


def _features_for(rng: random.Random, site_key: str, note_type: str, k: int) -> list[str]:
    site = SITES[site_key]
    if note_type == "brachy_procedure":
        feats = ["brachytherapy"]
        if k > 1 and "contrast" in site.features:
            feats.append("contrast")
        return sorted(feats)
    if note_type == "electron_setup":
        return ["custom_shielding"]
    options = [f for f in site.features if f != "brachytherapy"]
    if note_type == "srs_sim":
        options = ["arc_rotational", "contrast"]
    rng.shuffle(options)
    return sorted(options[: max(1, min(k, len(options)))])


def make_plan(note_id: str, outcome: str, note_type: str, style: str, site_key: str) -> Plan:
    """Decide the elements of one note from its outcome, note type and site."""
    rng = random.Random(f"{SEED}:{note_id}")
    plan = Plan(note_id, outcome, note_type, style, site_key)
    site = SITES[site_key]
    if outcome in ("no_simulation", "blank_template", "aborted"):
        plan.sim = False
        return plan
    wants_feature = outcome in ("supported_feature", "areas_unknown", "no_imaging") or (
        outcome == "no_rationale" and (rng.random() < 0.75 or note_type in ("brachy_procedure", "electron_setup"))
    )
    if outcome == "supported_feature":
        n = rng.choices([1, 2, 3], [5, 4, 2])[0]
    elif outcome == "supported_areas":
        n = rng.choice([3, 3, 3, 4])
    elif outcome == "no_rationale":
        n = rng.choice([1, 2, 3]) if wants_feature else 3
    elif outcome == "no_imaging":
        n = rng.choice([1, 1, 2])
    elif outcome == "level_77285":
        n = 2
    elif outcome == "level_77280":
        n = 1
    else:
        n = rng.choice([1, 2, 3])
    cap = len(site.primaries) + len(site.secondaries) if site.multi_primary else 1 + len(site.secondaries)
    if site_key == "head_neck":
        cap -= 1
    n = min(n, cap, 2 if site_key == "skin" else 4)
    if note_type == "brachy_procedure":
        n = 1 if rng.random() < 0.75 else 2
    if outcome == "areas_unknown":
        plan.count_form = "unknown"
        plan.areas = []
    else:
        plan.count_form = _count_form(rng, n, site_key, note_type)
        plan.areas = _pick_areas(rng, site_key, n if plan.count_form != "bilateral" else 1, plan.count_form)
        if plan.count_form == "single" and len(plan.areas) != 1:
            plan.count_form = "named"
    if wants_feature:
        plan.features = _features_for(rng, site_key, note_type, rng.choices([1, 2], [3, 1])[0])
    if outcome == "no_imaging":
        plan.features = (
            ["custom_shielding"] if site_key == "skin" else [rng.choice(["custom_shielding", "complex_blocking"])]
        )
    if "contrast" in plan.features:
        plan.route = rng.choice(site.routes) if site.routes else "IV"
    # modalities
    if outcome != "no_imaging":
        mods = ["CT"]
        if note_type == "brachy_procedure" and site_key == "prostate_brachy":
            mods = rng.choice([["ultrasound"], ["ultrasound", "fluoroscopy"], ["CT", "ultrasound"]])
        elif note_type == "brachy_procedure":
            mods = rng.choice([["CT"], ["CT", "fluoroscopy"], ["fluoroscopy"], ["CT", "MRI"], ["CT", "ultrasound"]])
        elif note_type == "electron_setup":
            mods = ["CT"]
        for extra in site.extra_mods:
            if extra in ("MRI", "PET") and rng.random() < 0.35 and note_type != "electron_setup":
                mods.append(extra)
        if note_type == "srs_sim" and "MRI" not in mods:
            mods.append("MRI")
        order = ["CT", "MRI", "PET", "fluoroscopy", "ultrasound"]
        plan.modalities = [m for m in order if m in set(mods)]
    plan.fourdct = note_type == "sim_4dct" or (site.fourdct and "CT" in plan.modalities and rng.random() < 0.4)
    # rationale
    if outcome not in ("no_rationale",) and (outcome not in ("level_77285", "level_77280") or rng.random() < 0.6):
        plan.rationale = _rationale_category(rng, plan)
    return plan


def _rationale_category(rng: random.Random, plan: Plan) -> str:
    options = ["OAR proximity", "OAR proximity", "irregular target", "immobilization", "prior field overlap"]
    if "contrast" in plan.features:
        options += ["contrast for delineation"] * 2
    if "MRI" in plan.modalities or "PET" in plan.modalities:
        options += ["fusion for delineation"] * 2
    if plan.fourdct:
        options += ["target motion"] * 2
    if "brachytherapy" in plan.features:
        options += ["applicator verification"] * 3
    if "custom_shielding" in plan.features:
        options += ["custom shielding"] * 2
    if (plan.area_count or 0) >= 2:
        options += ["multiple targets"] * 2
    return rng.choice(options)
