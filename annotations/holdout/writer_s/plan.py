"""Allocation and per-note plans for writer S (seeded, deterministic)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from writer_s.vocab import SITES

SEED = "simcheck-writer-s-v1"
N_NOTES = 250

OUTCOMES = [
    ("supported_feature", 80),
    ("supported_areas", 20),
    ("no_rationale", 22),
    ("areas_unknown", 18),
    ("no_imaging", 8),
    ("level_77285", 14),
    ("level_77280", 20),
    ("no_simulation", 48),
    ("blank", 10),
    ("aborted", 10),
]
SIM_OUTCOMES = (
    "supported_feature",
    "supported_areas",
    "no_rationale",
    "areas_unknown",
    "no_imaging",
    "level_77285",
    "level_77280",
)
FEATURE_OUTCOMES = ("supported_feature", "areas_unknown", "no_imaging")

SIM_TYPES = [
    "sr_sim_note",
    "transcribed_sim",
    "therapist_form",
    "combined_sim_plan",
    "resim_mask",
    "palliative_same_day",
    "chart_rounds_sim",
    "locum_handoff_sim",
    "order_procedure",
    "brachy_procedure",
    "electron_setup",
    "srs_sim",
    "sim_4dct",
]
NONSIM_TYPES = [
    "consult",
    "otv",
    "telephone",
    "referral_packet",
    "tertiary_fax",
    "nurse_triage",
    "therapist_daily",
    "locum_handoff_plan",
    "peds_referral_out",
    "chart_rounds_otv",
    "treatment_summary",
]
TYPE_SITES: dict[str, list[str]] = {
    "brachy_procedure": ["gyn"],
    "electron_setup": ["skin", "palliative"],
    "srs_sim": ["brain_srs"],
    "sim_4dct": ["lung", "esophagus", "pancreas"],
    "resim_mask": ["head_neck", "whole_brain", "lymphoma"],
    "palliative_same_day": ["palliative", "bone_mets", "spine_cord", "whole_brain", "lung"],
    "peds_referral_out": ["pediatric"],
}
TYPE_STYLES: dict[str, list[str]] = {
    "sr_sim_note": ["sr_dictation", "long", "caps", "typos", "prose"],
    "transcribed_sim": ["transcribed", "long"],
    "therapist_form": ["paper_form"],
    "combined_sim_plan": ["bullets", "prose", "terse", "caps", "long"],
    "resim_mask": ["terse", "prose", "bullets", "sr_dictation", "typos"],
    "palliative_same_day": ["terse", "prose", "sr_dictation", "caps", "bullets"],
    "chart_rounds_sim": ["terse", "caps"],
    "locum_handoff_sim": ["handoff"],
    "order_procedure": ["bullets", "terse", "paper_form", "caps"],
    "brachy_procedure": ["prose", "bullets", "sr_dictation", "terse", "long", "typos"],
    "electron_setup": ["terse", "paper_form", "bullets", "prose", "typos"],
    "srs_sim": ["prose", "bullets", "terse", "long", "sr_dictation"],
    "sim_4dct": ["terse", "prose", "bullets", "caps", "sr_dictation", "typos"],
    "aborted_sim": ["terse", "prose", "sr_dictation", "transcribed", "handoff"],
    "blank_template": ["paper_form", "sr_dictation", "bullets"],
    "consult": ["long", "sr_dictation", "transcribed", "prose"],
    "otv": ["terse", "bullets", "caps", "typos"],
    "telephone": ["prose", "terse", "typos"],
    "referral_packet": ["caps", "long", "prose"],
    "tertiary_fax": ["caps", "prose", "long"],
    "nurse_triage": ["terse", "bullets", "typos"],
    "therapist_daily": ["terse", "caps", "paper_form"],
    "locum_handoff_plan": ["handoff"],
    "peds_referral_out": ["prose", "sr_dictation", "long"],
    "chart_rounds_otv": ["terse", "caps"],
    "treatment_summary": ["prose", "bullets", "transcribed", "long"],
}
NO_3_AREAS = {"pancreas"}


@dataclass
class Plan:
    """What one note documents, decided before any text is written."""

    nid: str
    index: int
    outcome: str
    note_type: str
    style: str
    site: str
    side: str = "left"
    rationale: str | None = None
    areas: list[tuple[str, str]] | None = None
    area_form: str = "none"
    features: list[str] = field(default_factory=list)
    contrast_kind: str | None = None
    modalities: list[str] = field(default_factory=list)
    fourdct: bool = False
    traps: list[str] = field(default_factory=list)

    def area_total(self) -> int | None:
        """Number of areas by the validator's rule (``bilateral X`` is two)."""
        if self.areas is None:
            return None
        keys: list[str] = []
        for value, _ in self.areas:
            for key in [f"left {value[10:]}", f"right {value[10:]}"] if value.startswith("bilateral ") else [value]:
                if key not in keys:
                    keys.append(key)
        return len(keys)


def _balanced(rng: random.Random, options: list[str], used: dict[str, int]) -> str:
    low = min(used.get(o, 0) for o in options)
    choice = rng.choice([o for o in options if used.get(o, 0) == low])
    used[choice] = used.get(choice, 0) + 1
    return choice


def _note_type(rng: random.Random, outcome: str, used: dict[str, int]) -> str:
    if outcome == "blank":
        return "blank_template"
    if outcome == "aborted":
        return "aborted_sim"
    if outcome == "no_simulation":
        return _balanced(rng, NONSIM_TYPES, used)
    if outcome == "no_imaging":
        return _balanced(rng, ["electron_setup", "palliative_same_day"], used)
    options = list(SIM_TYPES)
    if outcome not in FEATURE_OUTCOMES and outcome != "no_rationale":
        options.remove("brachy_procedure")
    if outcome == "supported_areas" and rng.random() < 0.7:
        options.remove("electron_setup")
    return _balanced(rng, options, used)


def allocate() -> list[tuple[str, str, str, str]]:
    """Return (outcome, note type, style, site) for every note, in id order."""
    rng = random.Random(f"{SEED}:allocation")
    outcomes = [name for name, count in OUTCOMES for _ in range(count)]
    rng.shuffle(outcomes)
    type_used: dict[str, int] = {}
    style_used: dict[str, int] = {}
    site_used: dict[str, int] = {}
    out = []
    for outcome in outcomes:
        note_type = _note_type(rng, outcome, type_used)
        style = _balanced(rng, TYPE_STYLES[note_type], style_used)
        sites = TYPE_SITES.get(note_type, sorted(SITES))
        if outcome == "supported_areas":
            sites = [s for s in sites if s not in NO_3_AREAS] or ["bone_mets"]
        if note_type == "electron_setup" and outcome in ("level_77280", "level_77285", "supported_areas"):
            sites = ["skin"]
        site = _balanced(rng, sites, site_used)
        out.append((outcome, note_type, style, site))
    return out


def _areas(rng: random.Random, plan: Plan, count: int) -> None:
    site = SITES[plan.site]
    listed: list[tuple[str, list[str]]] = site["areas"]  # type: ignore[assignment]
    other = "right" if plan.side == "left" else "left"

    def fill(text: str) -> str:
        return text.format(side=plan.side, Side=plan.side.capitalize(), other=other, t=rng.randint(4, 11))

    bilateral = site.get("bilateral")
    if count == 3 and bilateral and rng.random() < 0.5:
        value, surfaces = bilateral  # type: ignore[misc]
        chosen = [listed[0], (value, surfaces)]
        plan.area_form = "bilateral"
    else:
        rest = rng.sample(listed[1:], count - 1) if count > 1 else []
        chosen = [listed[0], *rest]
        if plan.site in ("brain_srs", "bone_mets", "skin") and rng.random() < 0.5:
            chosen = rng.sample(listed, count)
        plan.area_form = rng.choice(
            ["single", "single", "count"] if count == 1 else ["count", "named", "numbered", "isocenters", "count"]
        )
    plan.areas = [(fill(v), fill(rng.choice(s))) for v, s in chosen]


def _rationale(rng: random.Random, plan: Plan) -> str:
    options = list(SITES[plan.site]["rats"])  # type: ignore[call-overload]
    if plan.site == "pediatric":
        options.append("anesthesia/immobilization")
    keep = []
    for cat in options:
        if cat == "contrast for delineation" and "contrast" not in plan.features:
            continue
        if cat == "fusion for delineation" and not ({"MRI", "PET"} & set(plan.modalities)):
            continue
        if cat == "applicator verification" and "brachytherapy" not in plan.features:
            continue
        if cat == "custom shielding" and "custom_shielding" not in plan.features:
            continue
        if cat == "target motion" and not plan.fourdct:
            continue
        keep.append(cat)
    if "target motion" not in keep and plan.fourdct:
        keep.append("target motion")
    return rng.choice(keep or ["OAR proximity", "immobilization"])


def make_plan(index: int, outcome: str, note_type: str, style: str, site_key: str) -> Plan:
    """Decide the elements of one note (seed ``simcheck-writer-s-v1:<id>``)."""
    nid = f"ws-{index:04d}"
    rng = random.Random(f"{SEED}:{nid}")
    plan = Plan(nid=nid, index=index, outcome=outcome, note_type=note_type, style=style, site=site_key)
    site = SITES[site_key]
    plan.side = rng.choice(["left", "right"]) if site["sided"] else "left"
    if outcome not in SIM_OUTCOMES:
        return plan
    n_listed = len(site["areas"]) + (1 if site.get("bilateral") else 0)  # type: ignore[arg-type]
    n_areas = len(site["areas"])  # type: ignore[arg-type]
    if outcome == "supported_areas" or (outcome == "no_rationale" and n_areas >= 3 and rng.random() < 0.3):
        count = rng.choice([3, 3, 4]) if n_listed >= 4 and n_areas >= 4 else 3
        _areas(rng, plan, count)
    elif outcome == "level_77285":
        _areas(rng, plan, 2)
    elif outcome == "level_77280":
        _areas(rng, plan, 1)
    elif outcome != "areas_unknown":
        _areas(rng, plan, min(rng.choice([1, 1, 2, 2, 3]), len(site["areas"])))  # type: ignore[arg-type]
    complex_by_areas = (plan.area_total() or 0) >= 3
    wants_features = outcome in FEATURE_OUTCOMES or (outcome == "no_rationale" and not complex_by_areas)
    if wants_features:
        options = list(site["features"])  # type: ignore[call-overload]
        if not site["contrast"] and "contrast" in options:
            options.remove("contrast")
        count = 1 if rng.random() < 0.6 else 2
        chosen = rng.sample(options, min(count, len(options)))
        if note_type == "brachy_procedure" and "brachytherapy" not in chosen:
            chosen[0] = "brachytherapy"
        if note_type == "electron_setup" and "custom_shielding" not in chosen:
            chosen[0] = "custom_shielding"
        if note_type == "srs_sim" and not {"arc_rotational", "contrast"} & set(chosen):
            chosen[0] = "arc_rotational"
        plan.features = sorted(set(chosen))
        if "contrast" in plan.features:
            plan.contrast_kind = rng.choice(site["contrast"])  # type: ignore[arg-type]
    if outcome != "no_imaging":
        mods = ["CT"]
        extra = list(site["extra_mod"])  # type: ignore[call-overload]
        if note_type == "brachy_procedure":
            extra = [m for m in extra if m in ("ultrasound", "fluoroscopy")]
        if extra and rng.random() < (0.75 if note_type == "brachy_procedure" else 0.45):
            mods.append(rng.choice(extra))
        if note_type == "srs_sim" and "MRI" not in mods:
            mods.append("MRI")
        if note_type == "palliative_same_day" and rng.random() < 0.3 and "fluoroscopy" not in mods:
            mods = ["fluoroscopy"]
        order = ["CT", "MRI", "PET", "fluoroscopy", "ultrasound"]
        plan.modalities = [m for m in order if m in mods]
        plan.fourdct = "CT" in plan.modalities and (
            note_type == "sim_4dct" or (site_key in ("lung", "esophagus", "pancreas") and rng.random() < 0.5)
        )
    if outcome in ("supported_feature", "supported_areas", "areas_unknown", "no_imaging") or (
        outcome in ("level_77285", "level_77280") and rng.random() < 0.5
    ):
        plan.rationale = _rationale(rng, plan)
    return plan
