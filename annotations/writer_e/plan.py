"""Writer E's note plans: what a note documents, decided before any text is written."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .sites import SITES, Site, area_total

OUTCOME_COUNTS = (
    ("supported_feature", 30),
    ("supported_areas", 8),
    ("unsupported_no_rationale", 9),
    ("unsupported_no_imaging", 5),
    ("unsupported_areas_unknown", 6),
    ("level_77285", 10),
    ("level_77280", 12),
    ("non_simulation", 20),
)


def _outcome_table() -> list[str]:
    table = [name for name, n in OUTCOME_COUNTS for _ in range(n)]
    random.Random("simcheck-writer-e-v1:outcome-table").shuffle(table)
    return table


OUTCOMES = _outcome_table()
MODALITY_ORDER = ("CT", "MRI", "PET", "fluoroscopy", "ultrasound")

SIM_STYLES = ("ocr_fax", "rtf_residue", "smarttext", "mosaiq_export", "aria_export", "dictation", "plain_prose", "plain_headed")
NONSIM_TYPES = ("consult", "on_treatment", "treatment_summary", "follow_up", "physics_note")

_NO_IMAGING_SITES = ("skin_electron", "palliative", "bone_mets", "chest_wall_recurrence", "orbit_lymphoma", "breast_nodes", "tbi")


@dataclass
class Plan:
    """Everything a note will document, and the traps it will contain."""

    note_id: str
    index: int
    site: Site
    outcome: str
    note_type: str
    style: str
    rationale: str | None
    areas: list[tuple[str, str]]
    area_mode: str  # both | count | sites | unknown
    features: list[str]
    modalities: list[str]
    traps: list[str] = field(default_factory=list)
    length: str = "medium"

    @property
    def area_count(self) -> int | None:
        """The labelled number of treatment areas."""
        return None if self.area_mode == "unknown" else area_total(self.areas)


def _reason_ok(cat: str, site: Site, n: int | None, feats: list[str], mods: list[str]) -> bool:
    need = {
        "contrast for delineation": "contrast" in feats,
        "applicator verification": "brachytherapy" in feats,
        "custom shielding": "custom_shielding" in feats,
        "fusion for delineation": "MRI" in mods or "PET" in mods,
        "target motion": "CT" in mods and site.motion,
        "multiple targets": n is not None and n >= 2,
    }
    return need.get(cat, True)


def _fill(areas: tuple[tuple[str, str], ...], side: str) -> list[tuple[str, str]]:
    other = "right" if side == "left" else "left"
    return [(s.format(side=side, other=other), v.format(side=side, other=other)) for s, v in areas]


def make_plan(index: int, rng: random.Random) -> Plan:
    """Decide a note's content from its index (outcome) and its own seeded generator (the rest)."""
    note_id = f"we-{index:04d}"
    outcome = OUTCOMES[(index - 1) % len(OUTCOMES)]
    sites = list(SITES)
    if outcome == "supported_areas":
        sites = [s for s in SITES if any(area_total(a) >= 3 for k in s.areas for a in s.areas[k])]
    elif outcome == "unsupported_no_imaging":
        sites = [s for s in SITES if s.key in _NO_IMAGING_SITES]
    elif outcome == "level_77285":
        sites = [s for s in SITES if any(area_total(a) == 2 for k in s.areas for a in s.areas[k])]
    site = rng.choice(sites)
    side = rng.choice(["left", "right"])

    # note type and style
    if outcome == "non_simulation":
        note_type = rng.choice(NONSIM_TYPES)
        style = rng.choice(SIM_STYLES)
    else:
        roll = rng.random()
        if roll < 0.14:
            note_type, style = "tech_note", "tech_brief"
        elif roll < 0.28:
            note_type, style = "sim_checklist", "sim_checklist"
        else:
            note_type, style = rng.choice(["sim_note", "sim_note", "sim_note", "sim_procedure_note"]), rng.choice(SIM_STYLES)

    # areas
    def choose_areas(sizes: list[int]) -> list[tuple[str, str]]:
        options = [a for k in sorted(site.areas) for a in site.areas[k] if area_total(a) in sizes]
        return _fill(rng.choice(options), side) if options else []

    feats: list[str] = []
    mods: list[str] = []
    area_mode = rng.choice(["both", "count", "sites", "sites", "both"])
    if outcome == "non_simulation":
        areas = choose_areas([1, 2, 3, 4])
        return Plan(note_id, index, site, outcome, note_type, style, None, areas, "unknown", [], [], ["non_sim_mentions"],
                    rng.choice(["short", "medium", "medium", "long"]))
    if outcome == "supported_areas":
        areas = choose_areas([3, 4, 5])
        if rng.random() < 0.3:
            feats = [rng.choice(site.feats)]
    elif outcome == "level_77285":
        areas = choose_areas([2])
    elif outcome == "level_77280":
        areas = choose_areas([1])
    elif outcome == "unsupported_no_imaging":
        pool = [f for f in site.feats if f in ("custom_shielding", "complex_blocking")]
        if pool and rng.random() < 0.75 or not any(area_total(a) >= 3 for k in site.areas for a in site.areas[k]):
            feats = [rng.choice(pool or ["complex_blocking"])]
            areas = choose_areas([1, 2])
        else:
            areas = choose_areas([3, 4, 5])
    else:
        areas = choose_areas([1, 1, 2, 2, 3] if outcome != "unsupported_no_rationale" else [1, 2, 3])
        if outcome in ("supported_feature", "unsupported_areas_unknown") or area_total(areas) < 3 or rng.random() < 0.5:
            feats = sorted(set(rng.sample(list(site.feats), 1 if rng.random() < 0.75 or len(site.feats) < 2 else 2)))
    if outcome == "unsupported_areas_unknown":
        area_mode = "unknown"

    # modalities
    if outcome != "unsupported_no_imaging":
        mods = ["CT"] if rng.random() < 0.93 or not site.mods else []
        for m in site.mods:
            if rng.random() < 0.35:
                mods.append(m)
        if "brachytherapy" in feats and not any(m in mods for m in ("CT", "fluoroscopy", "ultrasound")):
            mods.append("CT")
        if not mods:
            mods = ["CT"]
        if outcome in ("level_77280", "level_77285") and rng.random() < 0.1:
            mods = []
    mods = [m for m in MODALITY_ORDER if m in mods]

    # rationale
    rationale: str | None = None
    wants = {"supported_feature": 1.0, "supported_areas": 1.0, "unsupported_no_rationale": 0.0, "unsupported_no_imaging": 0.6,
             "unsupported_areas_unknown": 0.6, "level_77285": 0.5, "level_77280": 0.35}[outcome]
    if rng.random() < wants:
        n = None if area_mode == "unknown" else area_total(areas)
        cats = [r for r in site.reasons if _reason_ok(r, site, n, feats, mods)]
        if outcome == "unsupported_no_imaging":
            cats = [r for r in cats if r not in ("fusion for delineation", "target motion", "applicator verification")]
        rationale = rng.choice(cats or ["OAR proximity"])

    length = rng.choice(["short", "medium", "medium", "long"]) if note_type in ("sim_note", "sim_procedure_note") else "short"
    plan = Plan(note_id, index, site, outcome, note_type, style, rationale, areas, area_mode, sorted(feats), mods, [], length)
    plan.traps = choose_traps(plan, rng)
    return plan


def choose_traps(plan: Plan, rng: random.Random) -> list[str]:
    """Pick the things-that-do-not-count this note will contain."""
    cands: list[str] = ["negated_feature", "planned_conditional", "historical_imaging", "non_features", "family_history",
                        "blank_template", "copy_forward", "passing_sites", "scan_date"]
    if plan.style == "smarttext":
        cands += ["blank_template"] * 3
    if plan.style == "sim_checklist":
        cands += ["unchecked_box"] * 3
    if len([m for m in ("MRI", "PET") if m not in plan.modalities]):
        cands += ["negated_modality"]
    if "CT" in plan.modalities:
        cands += ["ordered_not_done"]
    if plan.outcome == "unsupported_no_imaging":
        cands += ["ordered_not_done"] * 3
    if any(m in plan.modalities for m in ("MRI", "PET")):
        cands += ["fused_contrast", "fused_contrast"]
    if "contrast" not in plan.features or "MRI" not in plan.modalities:
        cands += ["addendum_retract"]
    if plan.features:
        cands += ["addendum_add"]
    if plan.area_mode != "unknown" and plan.area_count and plan.area_count >= 2:
        cands += ["addendum_area"]
    if plan.rationale is None:
        cands += ["bare_rationale", "bare_rationale", "hedged_rationale", "copy_forward"]
    else:
        cands += ["bare_rationale"]
    if plan.area_count == 1 or (plan.areas and "arc_rotational" in plan.features):
        cands += ["many_beams_one_area", "many_beams_one_area"]
    if plan.site.motion and "CT" in plan.modalities:
        cands += ["4dct_only", "4dct_only"]
    if plan.note_type == "tech_note":
        k = rng.choice([0, 1, 1, 2])
    else:
        k = rng.choice([0, 1, 1, 2, 2, 3, 3])
    chosen: list[str] = []
    for _ in range(k * 3):
        t = rng.choice(cands)
        if t not in chosen:
            chosen.append(t)
        if len(chosen) >= k:
            break
    if "addendum_add" in chosen and "addendum_retract" in chosen:
        chosen.remove("addendum_retract")
    if "addendum_area" in chosen and ("addendum_add" in chosen or "addendum_retract" in chosen):
        chosen.remove("addendum_area")
    return sorted(chosen)
