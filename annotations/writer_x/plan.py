"""Allocation and per-note plans: what each note documents, decided before any text is written."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .vocab import SITES

SEED = "simcheck-writer-x-v1"

# (outcome, note type, count)
ALLOCATION: list[tuple[str, str, int]] = [
    ("supported_feature", "resident_attest", 14),
    ("supported_feature", "teaching_note", 8),
    ("supported_feature", "rtt_record", 8),
    ("supported_feature", "order_procedure", 7),
    ("supported_feature", "long_hp", 9),
    ("supported_feature", "handoff_sim", 4),
    ("supported_feature", "brachy_procedure", 9),
    ("supported_feature", "srs_sim", 7),
    ("supported_feature", "resim", 6),
    ("supported_feature", "electron_setup", 6),
    ("supported_areas", "resident_attest", 5),
    ("supported_areas", "teaching_note", 2),
    ("supported_areas", "rtt_record", 3),
    ("supported_areas", "order_procedure", 2),
    ("supported_areas", "long_hp", 3),
    ("supported_areas", "handoff_sim", 2),
    ("supported_areas", "srs_sim", 2),
    ("supported_areas", "resim", 1),
    ("no_rationale", "resident_attest", 5),
    ("no_rationale", "long_hp", 1),
    ("no_rationale", "rtt_record", 5),
    ("no_rationale", "order_procedure", 4),
    ("no_rationale", "teaching_note", 2),
    ("no_rationale", "srs_sim", 2),
    ("no_rationale", "brachy_procedure", 2),
    ("no_rationale", "electron_setup", 2),
    ("no_rationale", "resim", 2),
    ("no_rationale", "handoff_sim", 1),
    ("areas_unknown", "resident_attest", 4),
    ("areas_unknown", "teaching_note", 3),
    ("areas_unknown", "order_procedure", 3),
    ("areas_unknown", "rtt_record", 2),
    ("areas_unknown", "long_hp", 2),
    ("areas_unknown", "resim", 2),
    ("areas_unknown", "handoff_sim", 1),
    ("areas_unknown", "srs_sim", 1),
    ("no_imaging", "electron_setup", 6),
    ("no_imaging", "resident_attest", 2),
    ("77285", "resident_attest", 4),
    ("77285", "rtt_record", 3),
    ("77285", "teaching_note", 2),
    ("77285", "order_procedure", 2),
    ("77285", "long_hp", 2),
    ("77285", "handoff_sim", 1),
    ("77285", "resim", 1),
    ("77280", "resident_attest", 4),
    ("77280", "rtt_record", 3),
    ("77280", "teaching_note", 2),
    ("77280", "order_procedure", 2),
    ("77280", "long_hp", 2),
    ("77280", "handoff_sim", 2),
    ("77280", "electron_setup", 1),
    ("77280", "resim", 2),
    ("nonsim", "consult", 7),
    ("nonsim", "otv", 5),
    ("nonsim", "tumor_board", 5),
    ("nonsim", "chart_rounds", 5),
    ("nonsim", "physics_consult", 6),
    ("nonsim", "handoff_presim", 4),
    ("nonsim", "treatment_summary", 4),
    ("nonsim", "follow_up", 5),
    ("nonsim", "dosimetry_note", 4),
    ("blank", "blank_sim_template", 7),
    ("blank", "blank_rtt_form", 5),
    ("aborted", "aborted_sim", 10),
]

STYLES: dict[str, list[str]] = {
    "resident_attest": ["prose", "template", "bullets", "terse", "caps", "typos", "epic_paste", "teaching"],
    "teaching_note": ["teaching", "bullets", "typos", "prose"],
    "rtt_record": ["table", "caps", "epic_paste", "template"],
    "order_procedure": ["template", "bullets", "caps", "epic_paste", "terse"],
    "long_hp": ["long"],
    "handoff_sim": ["handoff"],
    "brachy_procedure": ["prose", "template", "bullets", "terse", "caps"],
    "srs_sim": ["prose", "template", "bullets", "terse", "epic_paste", "typos"],
    "resim": ["prose", "terse", "bullets", "typos", "template", "teaching"],
    "electron_setup": ["terse", "template", "prose", "table", "caps"],
    "consult": ["long", "prose", "epic_paste", "template"],
    "otv": ["terse", "bullets", "template", "typos"],
    "tumor_board": ["bullets", "prose", "caps"],
    "chart_rounds": ["table", "terse", "bullets"],
    "physics_consult": ["template", "prose", "caps"],
    "handoff_presim": ["handoff"],
    "treatment_summary": ["prose", "template", "caps"],
    "follow_up": ["long", "prose", "typos"],
    "dosimetry_note": ["terse", "template"],
    "blank_sim_template": ["template", "epic_paste", "caps"],
    "blank_rtt_form": ["table", "epic_paste"],
    "aborted_sim": ["prose", "terse", "template", "typos", "teaching"],
}

SIM_OUTCOMES = ("supported_feature", "supported_areas", "no_rationale", "areas_unknown", "no_imaging", "77285", "77280")
NEEDS = {"supported_areas": 3, "77285": 2, "77280": 1}


@dataclass
class Plan:
    """What one note documents, decided before any text is written."""

    nid: str
    outcome: str
    note_type: str
    style: str
    site: str
    dx_key: str = "main"
    area_keys: list[str] = field(default_factory=list)
    n_areas: int | None = None
    count_form: str = "named"
    features: list[str] = field(default_factory=list)
    contrast_route: str | None = None
    modalities: list[str] = field(default_factory=list)
    fourdct: bool = False
    rationale: str | None = None
    traps: list[str] = field(default_factory=list)

    @property
    def is_sim(self) -> bool:
        """Whether the outcome documents a simulation."""
        return self.outcome in SIM_OUTCOMES


def _site_ok(outcome: str, note_type: str, site: str) -> bool:
    s = SITES[site]
    if note_type == "brachy_procedure":
        return site in ("gyn_brachy", "prostate")
    if note_type == "srs_sim":
        return site == "srs"
    if note_type == "electron_setup" or outcome == "no_imaging":
        return site == "skin_electron" if note_type == "electron_setup" else site in ("skin_electron", "palliative")
    if site == "srs" and note_type not in ("srs_sim",) and outcome in SIM_OUTCOMES:
        return False
    if outcome == "supported_areas" or (outcome == "no_rationale" and note_type == "handoff_sim"):
        return max(s.sets) >= 3
    if outcome in NEEDS:
        return NEEDS[outcome] in s.sets
    return True


def allocate() -> list[tuple[str, str, str, str]]:
    """Return (outcome, note type, style, site) for each of the 250 notes, in id order."""
    rng = random.Random(f"{SEED}:allocation")
    rows: list[tuple[str, str]] = [(o, t) for o, t, n in ALLOCATION for _ in range(n)]
    rng.shuffle(rows)
    style_use: dict[str, int] = {}
    site_use: dict[str, int] = dict.fromkeys(SITES, 0)
    type_style: dict[tuple[str, str], int] = {}
    out = []
    for outcome, note_type in rows:
        styles = STYLES[note_type]
        best = min(styles, key=lambda st: (type_style.get((note_type, st), 0), style_use.get(st, 0), rng.random()))
        type_style[(note_type, best)] = type_style.get((note_type, best), 0) + 1
        style_use[best] = style_use.get(best, 0) + 1
        sites = [k for k in SITES if _site_ok(outcome, note_type, k)]
        site = min(sites, key=lambda k: (site_use[k], rng.random()))
        site_use[site] += 1
        out.append((outcome, note_type, best, site))
    return out


def _weighted(rng: random.Random, pairs: list[tuple[str, float]]) -> str:
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for name, w in pairs:
        x -= w
        if x <= 0:
            return name
    return pairs[-1][0]


def make_plan(nid: str, outcome: str, note_type: str, style: str, site_key: str) -> Plan:
    """Decide the four elements (and the area set) for one note."""
    rng = random.Random(f"{SEED}:{nid}")
    site = SITES[site_key]
    plan = Plan(nid, outcome, note_type, style, site_key)
    if not plan.is_sim:
        plan.dx_key = rng.choice(sorted(site.dx))
        return plan
    # --- areas
    if outcome in NEEDS:
        n = NEEDS[outcome]
        if outcome == "supported_areas":
            n = rng.choice([k for k in site.sets if k >= 3])
    elif outcome == "areas_unknown":
        n = None
    elif note_type in ("brachy_procedure", "electron_setup") or outcome == "no_imaging":
        n = rng.choice([k for k in site.sets if k <= 2]) if note_type != "brachy_procedure" else 1
    elif outcome == "no_rationale" and rng.random() < 0.35 and max(site.sets) >= 3 and note_type not in ("srs_sim",):
        n = rng.choice([k for k in site.sets if k >= 3])
    else:
        n = _weighted(rng, [(str(k), {1: 4.0, 2: 2.5, 3: 1.0, 4: 0.4}[k]) for k in sorted(site.sets)])
        n = int(n)
    if n is not None:
        if note_type == "brachy_procedure":
            dx_key, keys = ("main", ["cx"]) if site_key == "gyn_brachy" else ("main", ["prost"])
            if site_key == "gyn_brachy" and rng.random() < 0.3:
                keys = ["cuff"]
        else:
            dx_key, keys = rng.choice(site.sets[n])
        plan.dx_key, plan.area_keys = dx_key, list(keys)
        plan.n_areas = n
        forms = ["single"] if n == 1 else ["stated", "named", "numbered", "isocenter"]
        if n == 1:
            forms = ["single", "single", "stated"]
        plan.count_form = rng.choice(forms)
    else:
        plan.dx_key = rng.choice(sorted(site.dx))
        plan.count_form = "unknown"
    # --- features
    needs_feature = outcome in ("supported_feature", "areas_unknown", "no_imaging") or (
        outcome == "no_rationale" and (n is None or n < 3)
    )
    if note_type == "brachy_procedure":
        plan.features.append("brachytherapy")
    elif note_type == "electron_setup" and outcome != "77280":
        plan.features.append("custom_shielding")
    elif note_type == "srs_sim" and needs_feature:
        plan.features.append("arc_rotational" if rng.random() < 0.8 else "contrast")
    elif outcome == "no_imaging":
        plan.features.append(
            "custom_shielding" if site_key == "skin_electron" or rng.random() < 0.5 else "complex_blocking"
        )
    elif needs_feature:
        plan.features.append(_weighted(rng, site.features))
    if needs_feature and outcome != "no_imaging" and rng.random() < 0.3:
        extra = _weighted(rng, site.features)
        if extra not in plan.features and extra != "brachytherapy":
            plan.features.append(extra)
    if outcome in ("supported_areas", "77285", "77280"):
        plan.features = []
    if n is not None and n >= 3 and outcome == "no_rationale" and rng.random() < 0.6:
        plan.features = []
    plan.features.sort()
    if "contrast" in plan.features:
        from .phrases import ROUTES_FOR

        plan.contrast_route = rng.choice(ROUTES_FOR.get(site_key, ["IV"]))
    # --- modalities
    if outcome != "no_imaging":
        mods = ["CT"]
        for mod, p in site.mods:
            if rng.random() < p:
                mods.append(mod)
        if note_type == "brachy_procedure" and site_key == "prostate" and "ultrasound" not in mods:
            mods.append("ultrasound")
        if (
            set(mods) == {"CT", "fluoroscopy"}
            and rng.random() < 0.5
            and note_type not in ("rtt_record",)
            and not set(plan.features) - {"complex_blocking", "custom_shielding"}
        ):
            mods.remove("CT")
        plan.modalities = [m for m in ("CT", "MRI", "PET", "fluoroscopy", "ultrasound") if m in mods]
        plan.fourdct = "CT" in mods and rng.random() < site.fourdct
    # --- rationale
    if outcome == "no_rationale" or (outcome in ("77285", "77280") and rng.random() < 0.5):
        plan.rationale = None
    else:
        cats: list[tuple[str, float]] = [("OAR proximity", 3.0), ("irregular target", 1.0), ("immobilization", 0.6)]
        if n is not None:
            cats.append(("prior field overlap", 0.8))
        if "contrast" in plan.features:
            cats.append(("contrast for delineation", 2.0))
        if "MRI" in plan.modalities or "PET" in plan.modalities:
            cats.append(("fusion for delineation", 1.6))
        if plan.fourdct:
            cats.append(("target motion", 2.0))
        if "brachytherapy" in plan.features:
            cats.append(("applicator verification", 3.0))
        if "custom_shielding" in plan.features:
            cats.append(("custom shielding", 2.0))
        if site_key == "peds_anesthesia":
            cats.append(("anesthesia/immobilization", 5.0))
        if n is not None and n >= 2:
            cats.append(("multiple targets", 1.5))
        plan.rationale = _weighted(rng, cats)
    return plan
