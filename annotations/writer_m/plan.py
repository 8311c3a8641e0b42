"""Allocation of outcomes, sites, note types and styles, and the per-note plan."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field

from .vocab import SITES, Site

SEED = "simcheck-writer-m-v1"
OUTCOMES: tuple[tuple[str, int], ...] = (
    ("supported_feature", 88),
    ("supported_areas", 18),
    ("unsupported_77290", 30),
    ("level_77285", 30),
    ("level_77280", 30),
    ("nothing", 8),
    ("non_simulation", 46),
)
SIM_TYPES: dict[str, tuple[str, ...]] = {
    "request_procedure": ("form", "bilingual", "caps", "bullets", "long"),
    "rtt_record": ("rtt_log", "terse", "caps", "bilingual", "bullets"),
    "pretreatment_review": ("prose", "bullets", "long", "terse", "caps"),
}
NOTHING_TYPES: dict[str, tuple[str, ...]] = {
    "sim_cancelled": ("rtt_log", "prose", "terse"),
    "blank_request": ("form", "bilingual"),
}
NON_SIM_TYPES: dict[str, tuple[str, ...]] = {
    "rounds": ("bullets", "prose", "caps"),
    "letter_consult": ("letter", "long"),
    "letter_followup": ("letter", "long"),
    "phone_note": ("terse", "prose"),
}
UNSUPPORTED_SUBS = ("no_rationale", "no_rationale", "no_imaging", "areas_unknown", "no_rationale", "areas_unknown")
NO_IMAGING_SITES = ("skin_electron", "palliative", "bone_mets")


@dataclass
class Plan:
    """What one note documents, decided before it is written."""

    note_id: str
    outcome: str
    sub: str
    site: Site
    note_type: str
    style: str
    side: str = "left"
    rationale: str | None = None
    areas: list[str] = field(default_factory=list)
    area_surfaces: list[str] = field(default_factory=list)
    area_mode: str = "unknown"
    n_areas: int | None = None
    features: list[str] = field(default_factory=list)
    contrast_kind: str = "IV"
    modalities: list[str] = field(default_factory=list)
    four_d: bool = False
    traps: set[str] = field(default_factory=set)
    retract: str = ""

    @property
    def is_sim(self) -> bool:
        """Whether the note records a simulation that was done."""
        return self.outcome not in ("nothing", "non_simulation")


def _fits(outcome: str, sub: str, site: Site) -> bool:
    if outcome == "supported_areas" or (outcome == "unsupported_77290" and sub == "no_imaging"):
        if outcome == "unsupported_77290":
            return site.key in NO_IMAGING_SITES
        return len(site.areas) >= 3
    if outcome == "level_77285":
        return len(site.areas) >= 2
    return True


def allocate(count: int = 250) -> list[tuple[str, str, str, str, str]]:
    """Return (outcome, sub, site, note type, style) for each note, balanced and deterministic."""
    rng = random.Random(f"{SEED}:allocation")
    outcomes = [name for name, n in OUTCOMES for _ in range(n)]
    rng.shuffle(outcomes)
    site_counts: Counter[str] = Counter()
    family_counts: Counter[tuple[str, str]] = Counter()
    sub_index = 0
    rows: list[tuple[str, str, str, str, str]] = []
    for outcome in outcomes[:count]:
        sub = ""
        if outcome == "unsupported_77290":
            sub = UNSUPPORTED_SUBS[sub_index % len(UNSUPPORTED_SUBS)]
            sub_index += 1
        compatible = [key for key, site in SITES.items() if _fits(outcome, sub, site)]
        if outcome in ("level_77280", "level_77285", "supported_areas"):
            compatible = [key for key in compatible if key != "gyn_brachy"]
        low = min(site_counts[key] for key in compatible)
        site = rng.choice([key for key in compatible if site_counts[key] == low])
        site_counts[site] += 1
        if outcome == "non_simulation":
            types = NON_SIM_TYPES
        elif outcome == "nothing":
            types = NOTHING_TYPES
        else:
            types = SIM_TYPES
        pairs = [(t, s) for t, styles in types.items() for s in styles]
        if sub == "no_imaging":
            pairs = [(t, s) for t, s in pairs if t != "request_procedure" or s != "long"]
        low = min(family_counts[p] for p in pairs)
        note_type, style = rng.choice([p for p in pairs if family_counts[p] == low])
        family_counts[(note_type, style)] += 1
        rows.append((outcome, sub, site, note_type, style))
    return rows


def _features(rng: random.Random, site: Site, outcome: str, sub: str) -> list[str]:
    if site.key == "gyn_brachy":
        chosen = ["brachytherapy"]
        if rng.random() < 0.3:
            chosen.append("contrast")
        return chosen
    pool = [f for f in site.features if f not in ("hyperthermia", "particle")]
    if sub == "no_imaging":
        pool = ["custom_shielding"]
    elif "particle" in site.features and rng.random() < 0.6:
        return ["particle"]
    elif "hyperthermia" in site.features and rng.random() < 0.4:
        return ["hyperthermia"]
    first = rng.choice(pool)
    chosen = [first]
    rest = [f for f in pool if f != first]
    if rest and rng.random() < 0.3:
        chosen.append(rng.choice(rest))
    return sorted(chosen)


def _rationale(rng: random.Random, plan: Plan) -> str:
    ok = []
    for category in plan.site.rationales:
        if category == "contrast for delineation" and "contrast" not in plan.features:
            continue
        if category == "fusion for delineation" and not {"MRI", "PET"} & set(plan.modalities):
            continue
        if category == "applicator verification" and "brachytherapy" not in plan.features:
            continue
        if category == "custom shielding" and "custom_shielding" not in plan.features:
            continue
        if category == "target motion" and not plan.four_d:
            continue
        if category == "multiple targets" and (plan.n_areas or 0) < 2:
            continue
        if category == "prior field overlap" and plan.n_areas is None:
            continue
        ok.append(category)
    return rng.choice(ok or ["OAR proximity"])


def build(note_id: str, row: tuple[str, str, str, str, str]) -> tuple[Plan, random.Random]:
    """Return the plan of one note and the note's own random generator (seeded by its id)."""
    outcome, sub, site_key, note_type, style = row
    rng = random.Random(f"{SEED}:{note_id}")
    site = SITES[site_key]
    plan = Plan(note_id, outcome, sub, site, note_type, style, side=rng.choice(("left", "right")))
    if not plan.is_sim:
        return plan, rng
    if outcome == "supported_feature" or (outcome == "unsupported_77290" and sub in ("no_imaging", "areas_unknown")):
        plan.features = _features(rng, site, outcome, sub)
        if site_key == "bone_mets" and sub == "no_imaging":
            plan.features = []
    elif outcome == "unsupported_77290" and (rng.random() < 0.7 or len(site.areas) < 3):
        plan.features = _features(rng, site, outcome, sub)
    if "contrast" in plan.features:
        plan.contrast_kind = rng.choice(site.contrast_kinds)
    top = len(site.areas)
    if outcome == "supported_feature":
        n: int | None = min(top, rng.choice((1, 1, 1, 2, 2, 3)))
    elif outcome == "supported_areas":
        n = min(top, rng.choice((3, 3, 4)))
    elif outcome == "unsupported_77290":
        if sub == "areas_unknown":
            n = None
        elif not plan.features:
            n = min(top, 3)
        else:
            n = min(top, rng.choice((1, 2)))
    elif outcome == "level_77285":
        n = 2
    else:
        n = 1
    plan.n_areas = n
    if n is not None:
        picked = sorted(rng.sample(range(top), n)) if n < top else list(range(top))
        for index in picked:
            value, surfaces = site.areas[index]
            plan.areas.append(value.format(side=plan.side, Side=plan.side.title()))
            plan.area_surfaces.append(rng.choice(surfaces).format(side=plan.side, Side=plan.side.title()))
        plan.area_mode = rng.choice(("sites", "sites", "both", "both", "count"))
    if sub == "no_imaging" or (
        outcome in ("level_77280", "level_77285") and site_key in NO_IMAGING_SITES and rng.random() < 0.3
    ):
        plan.modalities = []
    elif site_key == "whole_brain" and "custom_shielding" in plan.features and rng.random() < 0.5:
        plan.modalities = ["fluoroscopy"]
    else:
        mods = {"CT"}
        extras = [m for m in site.modalities if m != "CT"]
        if extras and rng.random() < (0.75 if site_key == "gyn_brachy" else 0.4):
            mods.add(rng.choice(extras))
        plan.modalities = [m for m in ("CT", "MRI", "PET", "fluoroscopy", "ultrasound") if m in mods]
    plan.four_d = site.motion and "CT" in plan.modalities and rng.random() < 0.75
    if outcome in ("supported_feature", "supported_areas"):
        plan.rationale = _rationale(rng, plan)
    elif outcome == "unsupported_77290":
        plan.rationale = None if sub == "no_rationale" else _rationale(rng, plan)
    elif rng.random() < 0.5:
        plan.rationale = _rationale(rng, plan)
    return plan, rng
