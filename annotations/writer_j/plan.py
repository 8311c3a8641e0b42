"""The note plan: what a note documents, decided before any text is written."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .markup import site_keys
from .sites import SITE_BY_KEY, SITES, VAGUE_DX, Area, Site

FEATURE_ORDER = (
    "arc_rotational",
    "brachytherapy",
    "complex_blocking",
    "contrast",
    "custom_shielding",
    "hyperthermia",
    "particle",
)
MODALITY_ORDER = ("CT", "MRI", "PET", "fluoroscopy", "ultrasound")

OUTCOMES: tuple[tuple[str, int], ...] = (
    ("supported_feature", 120),
    ("supported_areas", 24),
    ("unsupported_77290", 48),
    ("level_77285", 36),
    ("level_77280", 36),
    ("sim_nothing", 12),
    ("aborted", 24),
    ("non_sim", 100),
)

SIM_TYPES = (
    ("sim_note", 6),
    ("ct_sim_procedure", 4),
    ("planning_sim", 4),
    ("resim", 2),
    ("therapist_log", 3),
    ("chat_thread", 2),
)
NONSIM_TYPES = (
    ("consult", 25),
    ("otv", 18),
    ("treatment_summary", 15),
    ("follow_up", 14),
    ("nurse_note", 12),
    ("scheduling", 8),
    ("chat_thread", 8),
)
PHYSICIAN_STYLES = ("dictation", "scribe", "caps", "bullets", "long", "terse")
STYLE_BY_TYPE: dict[str, tuple[str, ...]] = {
    "therapist_log": ("therapist", "therapist", "caps", "terse"),
    "chat_thread": ("chat",),
    "nurse_note": ("terse", "bullets", "caps", "long", "scribe"),
    "scheduling": ("terse", "caps", "bullets", "therapist"),
}

CENTRES = (
    "Northgate Radiation Center",
    "Lakeshore Cancer Care",
    "Riverbend Radiation Oncology",
    "Cedar Hills Radiation Center",
    "Southfield Oncology Pavilion",
    "Harbor View Radiation Center",
    "Mill Creek Cancer Center",
    "Pinecrest Proton & Radiation Center",
)
PHYSICIANS = (
    "Okafor",
    "Lindqvist",
    "Marchetti",
    "Haddad",
    "Nakamura",
    "Brennan",
    "Vasquez",
    "Petrov",
    "Adeyemi",
    "Sorensen",
    "Kowalczyk",
    "Delacroix",
    "Ramaswamy",
    "Whitfield",
)
STAFF = (
    "Jenna Pruitt",
    "Marcus Bell",
    "Tori Alvarez",
    "Dev Patel",
    "Kim Osei",
    "Rachel Stroud",
    "Luis Ortega",
    "Amber Kline",
    "Sam Yoder",
    "Priya Menon",
    "Casey Dunn",
    "Noah Fairbanks",
)


@dataclass
class Plan:
    """Everything a note documents; labels follow from it."""

    index: int
    note_id: str
    outcome: str
    variant: str
    site: Site
    note_type: str
    style: str
    rationale: list[str] = field(default_factory=list)
    areas: list[Area] = field(default_factory=list)
    area_mode: str = "none"
    area_count: int | None = None
    features: list[str] = field(default_factory=list)
    modalities: list[str] = field(default_factory=list)
    contrast_kind: str = "IV"
    traps: list[str] = field(default_factory=list)
    physician: str = ""
    staff: str = ""
    centre: str = ""
    date: str = ""
    is_sim: bool = True

    @property
    def dx(self) -> tuple[str, ...]:
        """Diagnosis phrasings (generic when the areas are not countable)."""
        return VAGUE_DX if self.area_mode == "vague" else self.site.dx

    @property
    def rationale_present(self) -> bool:
        """Whether a rationale is documented."""
        return bool(self.rationale)


def _weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def outcome_of(index: int) -> str:
    """The planned outcome of note ``index`` (exact counts, fixed shuffle)."""
    pool = [name for name, count in OUTCOMES for _ in range(count)]
    random.Random("simcheck-writer-j-v1:outcomes").shuffle(pool)
    return pool[(index - 1) % len(pool)]


def count_areas(areas: list[Area]) -> int:
    """Distinct areas the way the validator counts named sites."""
    return len({k for a in areas for k in site_keys(a.value)})


def pick_areas(rng: random.Random, site: Site, n: int) -> list[Area] | None:
    """Pick named areas from the site that count to exactly ``n`` (None when impossible)."""
    pool = list(site.areas)
    for attempt in range(60):
        k = rng.randint(1, min(n, len(pool)))
        chosen = [pool[0], *rng.sample(pool[1:], k - 1)] if attempt < 30 and len(pool) > 1 else rng.sample(pool, k)
        keys = [k2 for a in chosen for k2 in site_keys(a.value)]
        if len(keys) != len(set(keys)):
            continue
        if count_areas(chosen) == n:
            return chosen
    return None


def _sites_for(outcome: str, variant: str) -> list[Site]:
    if outcome == "supported_areas":
        return [s for s in SITES if len(s.areas) >= 3 and s.key not in ("keloid", "whole_brain")]
    if variant == "no_imaging":
        return [SITE_BY_KEY[k] for k in ("skin_electron", "keloid", "palliative", "whole_brain", "skin_electron")]
    if variant == "areas_unknown":
        return [SITE_BY_KEY[k] for k in ("bone_mets", "palliative", "lymphoma", "bone_mets")]
    if outcome == "level_77285":
        return [s for s in SITES if len(s.areas) >= 2]
    if outcome == "supported_feature":
        return list(SITES) + [SITE_BY_KEY["gyn_brachy"]] * 3 + [SITE_BY_KEY["sarcoma"], SITE_BY_KEY["head_neck"]]
    return list(SITES)


def _rationale_options(plan: Plan) -> list[str]:
    site = plan.site
    opts = ["OAR proximity", "irregular target", "immobilization", "OAR proximity"]
    if plan.area_count is not None and plan.area_count >= 2:
        opts += ["multiple targets", "multiple targets"]
    if "contrast" in plan.features:
        opts += ["contrast for delineation"] * 3
    if "MRI" in plan.modalities or "PET" in plan.modalities:
        opts += ["fusion for delineation"] * 2
    if site.reirr:
        opts.append("prior field overlap")
    if site.key == "pediatric":
        opts += ["anesthesia/immobilization"] * 10
    if "brachytherapy" in plan.features:
        opts += ["applicator verification"] * 8
    if "custom_shielding" in plan.features:
        opts += ["custom shielding"] * 2
    if site.motion:
        opts += ["target motion"] * 5
    return opts


def make_plan(index: int, rng: random.Random) -> Plan:
    """Decide what note ``index`` documents."""
    outcome = outcome_of(index)
    variant = outcome
    if outcome == "unsupported_77290":
        variant = rng.choice(("no_rationale",) * 5 + ("areas_unknown",) * 3 + ("no_imaging",) * 3)
    site = rng.choice(_sites_for(outcome, variant))
    if outcome == "non_sim":
        note_type = _weighted(rng, NONSIM_TYPES)
    elif outcome == "aborted":
        note_type = rng.choice(
            ("sim_note", "therapist_log", "ct_sim_procedure", "chat_thread", "scheduling", "therapist_log")
        )
    elif variant == "no_imaging":
        note_type = rng.choice(("sim_note", "planning_sim", "therapist_log"))
    elif outcome == "sim_nothing":
        note_type = rng.choice(("therapist_log", "sim_note", "therapist_log"))
    else:
        note_type = _weighted(rng, SIM_TYPES)
    style = rng.choice(STYLE_BY_TYPE.get(note_type, PHYSICIAN_STYLES))
    plan = Plan(
        index=index,
        note_id=f"wj-{index:04d}",
        outcome=outcome,
        variant=variant,
        site=site,
        note_type=note_type,
        style=style,
        physician=rng.choice(PHYSICIANS),
        staff=rng.choice(STAFF),
        centre=rng.choice(CENTRES),
        date=f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/2026",
        is_sim=outcome not in ("non_sim", "aborted"),
    )
    plan.contrast_kind = rng.choice(site.contrast)
    if not plan.is_sim or outcome == "sim_nothing":
        _add_traps(plan, rng)
        return plan

    # features
    if outcome in ("supported_feature", "unsupported_77290"):
        feats = list(site.features)
        if site.key == "gyn_brachy":
            feats = ["brachytherapy"] * 4 + feats
        if variant == "no_imaging":
            feats = ["custom_shielding"]
        k = 2 if (len(feats) > 1 and rng.random() < 0.3) else 1
        picked: list[str] = []
        while len(picked) < k:
            f = rng.choice(feats)
            if f not in picked:
                picked.append(f)
        plan.features = sorted(picked, key=FEATURE_ORDER.index)
    # areas
    if variant == "areas_unknown":
        plan.area_mode = "vague"
    else:
        if outcome == "supported_areas":
            target = rng.choice((3, 3, 3, 4))
        elif outcome == "level_77285":
            target = 2
        elif outcome == "level_77280" or variant == "no_imaging":
            target = 1
        else:
            target = rng.choice((1, 1, 1, 2, 2, 3, 4))
        chosen = None
        while chosen is None:
            chosen = pick_areas(rng, site, target)
            if chosen is None:
                target -= 1
        plan.areas = chosen
        plan.area_count = target
        modes = ["enumerated", "stated", "count_only", "enumerated"]
        if target >= 2:
            modes.append("isocenters")
        plan.area_mode = rng.choice(modes)
    # modalities
    if variant != "no_imaging":
        mods = ["CT"]
        if "brachytherapy" in plan.features and "fluoroscopy" in site.extra_mods and rng.random() < 0.6:
            mods.append("fluoroscopy")
        for extra in site.extra_mods:
            if extra != "fluoroscopy" and rng.random() < 0.3:
                mods.append(extra)
        plan.modalities = [m for m in MODALITY_ORDER if m in mods]
    # rationale
    if variant != "no_rationale" and (
        outcome in ("supported_feature", "supported_areas", "unsupported_77290") or rng.random() < 0.5
    ):
        opts = _rationale_options(plan)
        plan.rationale = [rng.choice(opts)]
        if rng.random() < 0.2:
            second = rng.choice(opts)
            if second not in plan.rationale:
                plan.rationale.append(second)
    _add_traps(plan, rng)
    return plan


def _add_traps(plan: Plan, rng: random.Random) -> None:
    """Choose the traps this note carries (each is inserted by the composer)."""
    site = plan.site
    traps: list[str] = []
    if plan.outcome == "non_sim":
        traps.append("non_sim_note")
        traps += rng.sample(["historical_imaging", "historical_contrast", "planned_feature", "planned_modality"], 2)
        if rng.random() < 0.3:
            traps.append("charge_line")
        plan.traps = sorted(set(traps))
        return
    if plan.outcome == "aborted":
        traps.append("cancelled_sim" if plan.note_type == "scheduling" else "aborted_sim")
        traps.append("planned_feature")
        if rng.random() < 0.5:
            traps.append("planned_modality")
        if rng.random() < 0.3:
            traps.append("charge_line")
        plan.traps = sorted(set(traps))
        return
    if plan.outcome == "sim_nothing":
        traps.append("blank_template" if rng.random() < 0.6 else "bare_assertion")
        plan.traps = sorted(set(traps))
        return
    cand: list[str] = [
        "historical_imaging",
        "charge_line",
        "custom_immobilization",
        "copy_forward",
        "addendum_correction",
    ]
    if "contrast" not in plan.features:
        cand += ["negated_feature", "historical_contrast", "blank_template"]
        if "MRI" in plan.modalities or "PET" in plan.modalities:
            cand.append("fused_old_contrast")
    else:
        cand.append("historical_contrast")
    if len(plan.features) < 2:
        cand.append("planned_feature")
    if any(m not in plan.modalities for m in ("MRI", "PET")) and plan.modalities:
        cand.append("planned_modality")
    if plan.area_count == 1 and site.key not in ("skin_electron", "keloid", "tbi"):
        cand += ["many_beams_one_target"] * 2
    if not plan.rationale_present:
        cand += ["bare_assertion"] * 3
    elif rng.random() < 0.2:
        cand.append("bare_assertion")
    if "custom_shielding" not in plan.features and "complex_blocking" not in plan.features:
        cand.append("mlc_only")
    if site.key in ("breast_nodes", "skin_electron", "head_neck", "palliative", "keloid"):
        cand.append("bolus")
    if site.motion and not plan.features and "CT" in plan.modalities:
        cand += ["4dct_alone"] * 2
    if plan.note_type == "planning_sim":
        cand.append("order_vs_procedure")
    if plan.note_type == "chat_thread":
        traps.append("chat_plan_change")
    if plan.area_mode == "vague":
        traps.append("vague_count")
    if any(a.value.startswith("bilateral ") for a in plan.areas):
        traps.append("bilateral_count")
    if plan.variant == "no_rationale":
        traps.append(rng.choice(("bare_assertion", "charge_line", "bare_assertion")))
    if plan.style == "scribe" and rng.random() < 0.4:
        traps.append("addendum_correction")
    k = rng.choice((0, 1, 2, 2, 3, 3))
    traps += rng.sample(sorted(set(cand)), min(k, len(set(cand))))
    if plan.style == "scribe" and "addendum_correction" in traps:
        traps.append("attestation_correction")
    plan.traps = sorted(set(traps))
