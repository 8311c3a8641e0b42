"""Allocation and per-note plans: what each note documents, decided before any text is written."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field

from .sites import SITES, Area, Site

SEED = "simcheck-writer-l-v1"
N_NOTES = 250
OUTCOMES: tuple[tuple[str, int], ...] = (
    ("supported_feature", 88),
    ("supported_areas", 18),
    ("unsupported_no_rationale", 14),
    ("unsupported_no_imaging", 6),
    ("unsupported_areas_unknown", 10),
    ("level_77285", 30),
    ("level_77280", 30),
    ("nothing_countable", 8),
    ("non_simulation", 46),
)
SIM_TYPES = ("sim_note", "ct_sim_worksheet", "resim_note", "sim_addendum", "dual_sim_note")
SIM_WEIGHTS = {"sim_note": 3.0, "ct_sim_worksheet": 2.2, "resim_note": 1.2, "sim_addendum": 1.6, "dual_sim_note": 1.1}
NON_SIM_TYPES = ("consult", "follow_up", "on_treatment", "treatment_summary", "navigator_note", "telephone")
STYLES = ("soap", "unpunctuated", "numbered", "telegraphic", "worksheet", "all_caps", "terse_abbrev", "long")
MODALITY_ORDER = ("CT", "MRI", "PET", "fluoroscopy", "ultrasound")
MULTI = tuple(k for k, s in SITES.items() if len(s.areas) >= 3)
VAGUE = tuple(k for k, s in SITES.items() if s.vague_areas)
TWO = tuple(k for k, s in SITES.items() if len(s.areas) >= 2)


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
    area_mode: str | None = None
    features: list[str] = field(default_factory=list)
    modalities: list[str] = field(default_factory=list)
    four_d: bool = False
    traps: set[str] = field(default_factory=set)
    rng: random.Random = field(default_factory=random.Random, repr=False)

    @property
    def n_areas(self) -> int | None:
        """Return the planned number of treatment areas (None when not countable)."""
        return len(self.areas) if self.area_mode else None


def allocate() -> list[tuple[str, str]]:
    """Return (note id, outcome) for all notes, shuffled by the fixed allocation seed."""
    outcomes = [name for name, count in OUTCOMES for _ in range(count)]
    if len(outcomes) != N_NOTES:
        raise ValueError("outcome quotas must add up to the note count")
    random.Random(f"{SEED}:allocation").shuffle(outcomes)
    return [(f"wl-{i:04d}", outcome) for i, outcome in enumerate(outcomes, 1)]


def _balanced(rng: random.Random, options: tuple[str, ...], used: Counter[str]) -> str:
    """Pick among the least-used options (ties broken by the note's stream)."""
    low = min(used[o] for o in options)
    choice = rng.choice([o for o in options if used[o] <= low + 1])
    used[choice] += 1
    return choice


def _modalities(site: Site, rng: random.Random, outcome: str) -> list[str]:
    if outcome in ("unsupported_no_imaging", "nothing_countable"):
        return []
    chosen = {"CT"}
    if site.fusions and rng.random() < 0.45:
        chosen.add(rng.choice(site.fusions))
    if site.extra_modalities and rng.random() < 0.3:
        chosen.add(rng.choice(site.extra_modalities))
    return [m for m in MODALITY_ORDER if m in chosen]


def _rationale(plan: Plan, rng: random.Random) -> str | None:
    allowed = []
    for cat in plan.site.reasons:
        if cat == "contrast for delineation" and "contrast" not in plan.features:
            continue
        if cat == "fusion for delineation" and not {"MRI", "PET"} & set(plan.modalities):
            continue
        if cat == "multiple targets" and (plan.n_areas or 0) < 2 and plan.area_mode is not None:
            continue
        if cat == "applicator verification" and "brachytherapy" not in plan.features:
            continue
        if cat == "custom shielding" and "custom_shielding" not in plan.features:
            continue
        if cat == "target motion" and not plan.four_d:
            continue
        allowed.append(cat)
    return rng.choice(allowed) if allowed else None


def make_plan(note_id: str, outcome: str, used: dict[str, Counter[str]]) -> Plan:
    """Plan one note from its outcome; ``used`` keeps site/type/style counts balanced across notes."""
    rng = random.Random(f"{SEED}:{note_id}")
    if outcome == "supported_areas":
        site_keys = MULTI
    elif outcome in ("unsupported_areas_unknown", "nothing_countable"):
        site_keys = VAGUE
    elif outcome == "level_77285":
        site_keys = TWO
    elif outcome == "unsupported_no_rationale":
        site_keys = tuple(k for k in SITES if k != "pediatric")
    elif outcome == "unsupported_no_imaging":
        site_keys = ("skin", "bone_mets", "palliative")
    else:
        site_keys = tuple(SITES)
    site = SITES[_balanced(rng, site_keys, used["site"])]
    if outcome == "non_simulation":
        note_type = _balanced(rng, NON_SIM_TYPES, used["non_type"])
        styles = tuple(s for s in STYLES if s != "worksheet") if note_type != "navigator_note" else STYLES
    else:
        types = SIM_TYPES
        if outcome in ("nothing_countable", "unsupported_no_imaging"):
            types = ("sim_note", "ct_sim_worksheet", "resim_note")
            if outcome == "unsupported_no_imaging":
                types = ("sim_note", "sim_addendum")
        note_type = rng.choices(types, weights=[SIM_WEIGHTS[t] for t in types])[0]
        used["sim_type"][note_type] += 1
        styles = STYLES
    if note_type == "ct_sim_worksheet":
        style = rng.choice(("worksheet", "worksheet", "all_caps", "terse_abbrev", "numbered"))
        used["style"][style] += 1
    else:
        style = _balanced(rng, tuple(s for s in styles if s != "worksheet" or note_type != "telephone"), used["style"])
    plan = Plan(note_id, outcome, site, note_type, style, rng=rng)
    if outcome in ("non_simulation", "nothing_countable"):
        plan.traps.add("non_simulation" if outcome == "non_simulation" else "nothing_done")
        return plan
    # areas
    if outcome == "unsupported_areas_unknown":
        n = 0
    elif outcome == "supported_areas":
        n = rng.randint(3, len(site.areas))
    elif outcome == "level_77285":
        n = 2
    elif outcome == "level_77280":
        n = 1
    elif outcome == "unsupported_no_rationale" and rng.random() < 0.35 and len(site.areas) >= 3:
        n = 3
    else:
        n = rng.choice([1, 1, 1, 2][: 4 if len(site.areas) >= 2 else 3])
    if n:
        if site.key in ("bone_mets", "srs", "palliative", "lymphoma"):
            plan.areas = sorted(rng.sample(site.areas, n), key=site.areas.index)
        else:
            plan.areas = [site.areas[0], *rng.sample(site.areas[1:], n - 1)]
            plan.areas.sort(key=site.areas.index)
        plan.area_mode = rng.choice(("sites", "sites", "count", "count_sites"))
    # features
    if outcome in ("supported_feature", "unsupported_no_imaging", "unsupported_areas_unknown") or (
        outcome == "unsupported_no_rationale" and n < 3
    ):
        k = 2 if rng.random() < 0.25 and len(site.features) > 1 else 1
        if outcome == "unsupported_no_imaging":
            pool = tuple(f for f in site.features if f in ("custom_shielding", "complex_blocking")) or (
                "complex_blocking",
            )
            k = 1
        else:
            pool = site.features
        first = pool[0] if rng.random() < (0.8 if site.key == "gyn" else 0.45) else rng.choice(pool)
        if site.key == "sarcoma" and rng.random() < 0.4:
            first = "hyperthermia"
        rest = [f for f in pool if f != first]
        plan.features = sorted([first, *rng.sample(rest, min(k - 1, len(rest)))])
    plan.modalities = _modalities(site, rng, outcome)
    plan.four_d = site.motion and "CT" in plan.modalities and rng.random() < 0.6
    if plan.four_d and not plan.features and (plan.n_areas or 0) < 3:
        plan.traps.add("4dct_alone")
    if outcome in ("supported_feature", "supported_areas", "unsupported_no_imaging", "unsupported_areas_unknown"):
        plan.rationale = _rationale(plan, rng)
        if plan.rationale is None:
            plan.rationale = "OAR proximity"
    elif outcome in ("level_77285", "level_77280"):
        plan.rationale = _rationale(plan, rng) if rng.random() < 0.5 else None
    if site.key == "pediatric" and (outcome.startswith("level") or (plan.rationale and rng.random() < 0.8)):
        plan.rationale = "anesthesia/immobilization"
    return plan
