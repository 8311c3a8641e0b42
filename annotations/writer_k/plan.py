"""Allocation and per-note plans: what each note documents, decided before any text is written."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .evidence import RATIONALE_CATEGORIES
from .sites import SITES, Area, Site, allowed_areas, max_areas
from .styles import STYLES

SEED = "simcheck-writer-k-v1"
TOTAL = 250
OUTCOME_COUNTS = {
    "supported_feature": 88,
    "supported_areas": 18,
    "unsupported_77290": 30,
    "level_77285": 30,
    "level_77280": 30,
    "nothing_countable": 8,
    "non_simulation": 46,
}
FAMILY = {
    "smartform": "form",
    "paper_form": "form",
    "bullets": "list",
    "terse": "terse",
    "all_caps": "prose",
    "dictation": "prose",
    "typos": "prose",
    "long_narrative": "prose",
}
SIM_TYPES = ("sim_note", "sim_procedure", "order_and_sim", "resim_note", "interpreter_sim")
NONSIM_TYPES = (
    "consult",
    "on_treatment_visit",
    "nursing_note",
    "treatment_summary",
    "follow_up",
    "patient_instructions",
    "tumor_board",
    "interpreter_consult",
)


@dataclass
class Plan:
    """What one note documents (labels follow from it) and how it is written."""

    note_id: str
    outcome: str
    site: Site
    note_type: str
    style: str
    rationale: str | None = None
    areas: list[Area] = field(default_factory=list)
    area_mode: str = "unknown"
    features: list[str] = field(default_factory=list)
    modalities: list[str] = field(default_factory=list)
    traps: set[str] = field(default_factory=set)
    missing_kind: str | None = None
    dx: str = ""
    dx_index: int = 0
    sex: str = "patient"

    @property
    def fam(self) -> str:
        """The evidence family of the style (prose, form, list, terse)."""
        return FAMILY[self.style]


def allocate() -> list[tuple[str, str, str]]:
    """Return (note id, outcome, style) for every note, deterministically."""
    rng = random.Random(f"{SEED}:allocation")
    outcomes = [name for name, n in OUTCOME_COUNTS.items() for _ in range(n)]
    assert len(outcomes) == TOTAL
    rng.shuffle(outcomes)
    styles = [STYLES[i % len(STYLES)] for i in range(TOTAL)]
    rng.shuffle(styles)
    return [(f"wk-{i + 1:04d}", outcomes[i], styles[i]) for i in range(TOTAL)]


def _feasible_features(site: Site) -> list[str]:
    return [f for f in site.features if f != "contrast" or site.contrast]


def _modalities(site: Site, rng: random.Random, need_cross_sectional: bool = False) -> list[str]:
    mods: list[str] = []
    if site.key == "tbi" and rng.random() < 0.5:
        mods.append("fluoroscopy")
    elif site.key == "mycosis_tsei" and rng.random() < 0.4:
        mods.append("ultrasound")
    if need_cross_sectional or (not mods and rng.random() < 0.95):
        mods.append("CT")
    if rng.random() < 0.45:
        mods.append(rng.choice(site.modalities))
    if rng.random() < 0.08:
        mods.append(rng.choice(site.modalities))
    if not mods or ({"MRI", "PET"} & set(mods)):
        mods.append("CT")
    order = ("CT", "MRI", "PET", "fluoroscopy", "ultrasound")
    return [m for m in order if m in mods]


def _rationale(plan: Plan, rng: random.Random) -> str:
    cats = ["OAR proximity", "OAR proximity", "irregular target", "prior field overlap", "immobilization"]
    if plan.site.key == "pediatric":
        cats = ["OAR proximity", "irregular target"]
    if len(plan.areas) >= 2:
        cats += ["multiple targets"] * 3
    if "contrast" in plan.features:
        cats += ["contrast for delineation"] * 2
    if {"MRI", "PET"} & set(plan.modalities):
        cats += ["fusion for delineation"] * 2
    if plan.site.key == "pediatric":
        cats += ["anesthesia/immobilization"] * 5
    if "brachytherapy" in plan.features:
        cats += ["applicator verification"] * 4
    if "custom_shielding" in plan.features:
        cats += ["custom shielding"] * 2
    if plan.site.motion and "CT" in plan.modalities:
        cats += ["target motion"] * 5
    if not plan.modalities:
        cats = ["immobilization", "prior field overlap"] + (["multiple targets"] if len(plan.areas) >= 2 else [])
        cats += ["custom shielding"] * 2 if "custom_shielding" in plan.features else []
    choice = rng.choice(cats)
    assert choice in RATIONALE_CATEGORIES
    return choice


def _areas(site: Site, dx_index: int, n: int, rng: random.Random, primary: bool = False) -> list[Area]:
    pool = allowed_areas(site, dx_index)
    rest = list(pool[1:])
    rng.shuffle(rest)
    first = pool[0] if primary or rng.random() < 0.75 or n > 1 else rng.choice(pool)
    chosen = [first, *[a for a in rest if a.value != first.value][: n - 1]]
    assert len(chosen) == n
    return chosen


def _area_mode(n: int, rng: random.Random) -> str:
    modes = ["sites", "sites", "count", "both"] + (["iso"] if n >= 2 else [])
    return rng.choice(modes)


def build_plan(note_id: str, outcome: str, style: str) -> tuple[Plan, random.Random]:
    """Decide what a note documents. Returns the plan and the note's generator (used again to write it)."""
    rng = random.Random(f"{SEED}:{note_id}")
    if outcome == "supported_areas":
        pool = [k for k, s in SITES.items() if max_areas(s) >= 3]
    elif outcome == "level_77285":
        pool = [k for k, s in SITES.items() if max_areas(s) >= 2]
    else:
        pool = list(SITES)
    site = SITES[rng.choice(sorted(pool))]
    sex = site.sex or ("child" if site.key == "pediatric" else rng.choice(("woman", "man")))
    if outcome == "non_simulation":
        dx_index = rng.randrange(len(site.dx))
        plan = Plan(note_id, outcome, site, rng.choice(NONSIM_TYPES), style, traps={"non_simulation"})
        plan.dx, plan.dx_index, plan.sex = site.dx[dx_index], dx_index, sex
        return plan, rng
    note_type = rng.choices(SIM_TYPES, weights=(40, 22, 12, 10, 10))[0]
    plan = Plan(note_id, outcome, site, note_type, style, sex=sex)
    plan.dx_index = rng.randrange(len(site.dx))
    plan.dx = site.dx[plan.dx_index]
    if outcome == "nothing_countable":
        plan.traps.add(rng.choice(("sim_aborted", "sim_aborted", "blank_template")))
        return plan, rng
    feasible = _feasible_features(site)
    if outcome in ("supported_feature", "unsupported_77290") and (
        outcome == "supported_feature" or rng.random() < 0.75
    ):
        weights = [0.4 if f == "hyperthermia" else (4.0, 2.0, 1.0, 1.0)[min(i, 3)] for i, f in enumerate(feasible)]
        first = rng.choices(feasible, weights=weights)[0]
        rest = [f for f in feasible if f != first]
        second = [rng.choice(rest)] if rest and rng.random() < 0.2 and "hyperthermia" not in rest[:1] else []
        plan.features = sorted({first, *second})
        n = rng.choices((1, 2, 3), weights=(65, 28, 7))[0]
    elif outcome in ("supported_areas", "unsupported_77290"):
        n = rng.choice((3, 3, 3, 4)) if max_areas(site) >= 4 else 3
        if max_areas(site) < 3:
            plan.features = [rng.choice(feasible)]
            n = 1
    elif outcome == "level_77285":
        n = 2
    else:
        n = 1
    n = min(n, max_areas(site))
    fits = [i for i in range(len(site.dx)) if len(allowed_areas(site, i)) >= n]
    if plan.dx_index not in fits:
        plan.dx_index = rng.choice(fits)
        plan.dx = site.dx[plan.dx_index]
    plan.areas = _areas(site, plan.dx_index, n, rng, primary="brachytherapy" in plan.features)
    plan.area_mode = _area_mode(n, rng)
    if "brachytherapy" in plan.features and rng.random() < 0.7:
        plan.note_type = "brachy_procedure"
    plan.modalities = _modalities(
        site,
        rng,
        need_cross_sectional=bool(
            {"brachytherapy", "particle", "contrast", "arc_rotational", "hyperthermia"} & set(plan.features)
        ),
    )
    want_rationale = {
        "supported_feature": True,
        "supported_areas": True,
        "unsupported_77290": True,
        "level_77285": rng.random() < 0.5,
        "level_77280": rng.random() < 0.4,
    }[outcome]
    if outcome == "unsupported_77290":
        kinds = ["rationale", "rationale", "imaging"] + (["areas"] if plan.features else [])
        plan.missing_kind = rng.choice(kinds)
        if plan.missing_kind == "imaging" and not set(plan.features) <= {"custom_shielding", "complex_blocking"}:
            plan.missing_kind = "rationale"
        if plan.missing_kind == "rationale":
            want_rationale = False
        elif plan.missing_kind == "imaging":
            plan.modalities = []
        else:
            plan.areas, plan.area_mode = [], "unknown"
    elif outcome in ("level_77285", "level_77280") and rng.random() < 0.12:
        plan.modalities = []
    if want_rationale:
        plan.rationale = _rationale(plan, rng)
    return plan, rng
