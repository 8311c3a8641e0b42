"""Allocation and per-note plans: what each note documents, decided before any text is written."""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field

from .vocab import SITE_ORDER, SITES

SEED = "simcheck-writer-v-v1"

OUTCOMES = (  # outcome, notes
    ("supported_feature", 76),
    ("supported_areas", 24),
    ("no_rationale", 22),
    ("areas_unknown", 18),
    ("no_imaging", 12),
    ("l77285", 16),
    ("l77280", 20),
    ("no_sim", 40),
    ("blank", 12),
    ("aborted", 10),
)
NOTE_TYPES = {
    "supported_feature": ("sim_planning_note", "app_sim_note", "coder_query", "reirr_sim", "care_path"),
    "supported_areas": ("sim_planning_note", "app_sim_note", "coder_query", "care_path"),
    "no_rationale": ("sim_planning_note", "app_sim_note", "coder_query", "care_path"),
    "areas_unknown": ("sim_planning_note", "app_sim_note", "coder_query", "reirr_sim"),
    "no_imaging": ("sim_planning_note", "app_sim_note", "care_path"),
    "l77285": ("sim_planning_note", "app_sim_note", "care_path", "coder_query"),
    "l77280": ("sim_verification", "sim_planning_note", "app_sim_note"),
    "no_sim": ("consult", "otv", "treatment_summary", "ctp_77263", "stp_note", "consent"),
    "blank": ("blank_sim_note", "blank_care_path"),
    "aborted": ("aborted_sim",),
}
STYLES = {
    "sim_planning_note": ("dictation", "template", "bullets", "caps", "terse", "typos", "long"),
    "app_sim_note": ("template", "bullets", "terse", "typos", "dictation", "long"),
    "coder_query": ("template", "dictation", "terse", "caps"),
    "reirr_sim": ("dictation", "template", "long", "bullets"),
    "care_path": ("checklist",),
    "sim_verification": ("template", "terse", "dictation", "caps"),
    "consult": ("dictation", "long", "template"),
    "otv": ("template", "terse", "bullets"),
    "treatment_summary": ("dictation", "template", "long"),
    "ctp_77263": ("template", "dictation", "caps"),
    "stp_note": ("template", "dictation", "bullets"),
    "consent": ("template", "bullets"),
    "blank_sim_note": ("template",),
    "blank_care_path": ("checklist",),
    "aborted_sim": ("dictation", "terse", "template", "typos"),
}
_MULTI = (
    "breast_nodes",
    "prostate",
    "head_neck",
    "lung_4dct",
    "srs",
    "bone_mets",
    "gyn_brachy",
    "esophagus",
    "lymphoma",
    "pediatric",
    "palliative",
)
SITE_OK = {
    "supported_areas": _MULTI,
    "no_imaging": ("skin_electron", "palliative", "chest_wall_hyperthermia", "bone_mets"),
    "areas_unknown": ("bone_mets", "palliative", "srs", "lymphoma", "pediatric"),
    "l77285": (
        "breast_nodes",
        "prostate",
        "lung_4dct",
        "srs",
        "bone_mets",
        "rectum",
        "esophagus",
        "pancreas",
        "lymphoma",
        "skin_electron",
        "pediatric",
        "palliative",
        "chest_wall_hyperthermia",
    ),
    "l77280": (
        "breast_nodes",
        "prostate",
        "lung_4dct",
        "whole_brain",
        "srs",
        "bone_mets",
        "rectum",
        "esophagus",
        "pancreas",
        "lymphoma",
        "skin_electron",
        "palliative",
    ),
}
FOUR_D = ("lung_4dct", "esophagus", "pancreas")


@dataclass
class Plan:
    """Everything one note documents, decided before writing."""

    nid: str
    outcome: str
    note_type: str
    style: str
    site: str
    areas: list[tuple[str, str, int]] = field(default_factory=list)  # (norm, surface, weight)
    n_areas: int | None = None
    count_form: str = "none"
    features: list[str] = field(default_factory=list)
    route: str = ""
    modalities: list[str] = field(default_factory=list)
    four_d: bool = False
    rationale: str | None = None
    where: str = "body"  # body | addendum | attestation
    query_topic: str = ""
    traps: list[str] = field(default_factory=list)


def _pick_balanced(options: tuple[str, ...], used: dict[str, int], rng: random.Random) -> str:
    low = min(used.get(o, 0) for o in options)
    pool = [o for o in options if used.get(o, 0) == low]
    choice = rng.choice(pool)
    used[choice] = used.get(choice, 0) + 1
    return choice


def allocate() -> list[tuple[str, str, str, str]]:
    """(outcome, note_type, style, site) rows for all 250 notes, seeded and balanced."""
    rng = random.Random(f"{SEED}:allocation")
    rows = []
    nt_used: dict[str, int] = {}
    st_used: dict[str, int] = {}
    site_used: dict[str, int] = {"gyn_brachy": -5, "pediatric": -2}  # a head start: more applicator/GA notes
    for outcome, n in OUTCOMES:
        for _ in range(n):
            nt = _pick_balanced(NOTE_TYPES[outcome], nt_used, rng)
            st_key = {o: st_used.get(f"{nt}/{o}", 0) + st_used.get(o, 0) for o in STYLES[nt]}
            low = min(st_key.values())
            style = rng.choice([o for o in STYLES[nt] if st_key[o] == low])
            st_used[f"{nt}/{style}"] = st_used.get(f"{nt}/{style}", 0) + 1
            st_used[style] = st_used.get(style, 0) + 1
            sites = SITE_OK.get(outcome, SITE_ORDER)
            if nt == "reirr_sim":
                sites = tuple(
                    s
                    for s in sites
                    if s
                    in (
                        "head_neck",
                        "bone_mets",
                        "palliative",
                        "chest_wall_hyperthermia",
                        "lung_4dct",
                        "srs",
                        "rectum",
                        "breast_nodes",
                    )
                )
            if nt == "sim_verification":
                sites = (*tuple(s for s in sites if s != "whole_brain"), "whole_brain")
            site = _pick_balanced(sites, site_used, rng)
            rows.append((outcome, nt, style, site))
    rng.shuffle(rows)
    return rows


def _combos(site: str, n: int) -> list[tuple[tuple[str, str, int], ...]]:
    areas = SITES[site]["areas"]
    out = []
    for k in range(1, len(areas) + 1):
        for combo in itertools.combinations(areas, k):
            if sum(a[2] for a in combo) == n:
                out.append(combo)
    return out


def _max_areas(site: str) -> int:
    return sum(a[2] for a in SITES[site]["areas"])


def make_plan(nid: str, outcome: str, note_type: str, style: str, site: str) -> Plan:
    """Decide every element of one note."""
    rng = random.Random(f"{SEED}:{nid}")
    p = Plan(nid, outcome, note_type, style, site)
    info = SITES[site]
    if outcome in ("no_sim", "blank", "aborted"):
        return p
    feats = list(info["features"])
    feat_route = rng.random() < 0.6 or _max_areas(site) < 3
    if outcome == "supported_feature" or outcome == "no_imaging" or (outcome == "no_rationale" and feat_route):
        n = rng.choice([1, 1, 2, 2, 3]) if _max_areas(site) >= 2 else 1
        n = min(n, _max_areas(site))
        k = 2 if len(feats) > 1 and rng.random() < 0.3 else 1
        first = (
            feats[0]
            if site in ("gyn_brachy", "chest_wall_hyperthermia", "skin_electron") and rng.random() < 0.9
            else rng.choice(feats)
        )
        chosen = [first, *[f for f in rng.sample(feats, len(feats)) if f != first][: k - 1]]
        if outcome == "no_imaging":
            chosen = [f for f in chosen if f in ("custom_shielding", "hyperthermia", "complex_blocking")] or [
                f for f in feats if f in ("custom_shielding", "hyperthermia", "complex_blocking")
            ][:1]
        p.features = sorted(chosen)
    elif outcome in ("supported_areas", "no_rationale"):
        n = rng.randint(3, min(5, _max_areas(site)))
        if not _combos(site, n):
            n = 3
    elif outcome == "areas_unknown":
        n = 0
        if rng.random() < 0.75:
            p.features = [rng.choice(feats)]
    elif outcome == "l77285":
        n = 2
    else:
        n = 1
    if n:
        combo = rng.choice(_combos(site, n))
        p.areas = [(a[0], rng.choice(a[1]), a[2]) for a in combo]
        p.n_areas = n
    if "contrast" in p.features:
        p.route = rng.choice(info["routes"]) if info["routes"] else "IV"
    # modalities
    if outcome != "no_imaging":
        mods = ["CT"]
        if note_type == "sim_verification":
            mods = [rng.choice(["CT", "fluoroscopy"])]
        elif rng.random() < 0.45:
            mods.append(rng.choice(info["extra_mod"]))
        if "brachytherapy" in p.features and rng.random() < 0.5:
            mods.append(rng.choice(["fluoroscopy", "ultrasound", "MRI"]))
        p.modalities = [m for m in ("CT", "MRI", "PET", "fluoroscopy", "ultrasound") if m in mods]
        p.four_d = site in FOUR_D and "CT" in p.modalities and note_type != "sim_verification" and rng.random() < 0.75
    # rationale
    has_rat = (
        outcome in ("supported_feature", "supported_areas", "no_imaging")
        or (outcome == "areas_unknown" and rng.random() < 0.85)
        or (outcome == "l77285" and rng.random() < 0.5)
        or (outcome == "l77280" and note_type != "sim_verification" and rng.random() < 0.25)
    )
    if has_rat:
        cats = ["OAR proximity", "OAR proximity", "irregular target", "immobilization"]
        if (p.n_areas or 0) >= 2:
            cats += ["multiple targets", "multiple targets"]
        if "contrast" in p.features:
            cats += ["contrast for delineation"] * 2
        if "MRI" in p.modalities or "PET" in p.modalities:
            cats += ["fusion for delineation"] * 2
        if p.four_d:
            cats.append("target motion")
        if "brachytherapy" in p.features:
            cats += ["applicator verification"] * 2
        if "custom_shielding" in p.features:
            cats.append("custom shielding")
        if "hyperthermia" in p.features:
            cats += ["probe verification"] * 2
        if note_type == "reirr_sim" or site == "chest_wall_hyperthermia":
            cats = ["prior field overlap"] * 4 + cats
        if site == "pediatric":
            cats = ["anesthesia/immobilization"] * 5 + [c for c in cats if c != "immobilization"]
        p.rationale = rng.choice(cats)
    # count form
    if p.n_areas is None:
        p.count_form = "vague"
    elif p.n_areas == 1 and len(p.areas) == 1:
        p.count_form = rng.choice(["single", "single", "stated"])
    else:
        forms = ["stated", "named", "numbered", "stated", "named"]
        if site in ("bone_mets", "palliative", "srs", "lymphoma", "pediatric"):
            forms += ["table", "isocenter", "table", "isocenter"]
        if any(a[2] == 2 for a in p.areas):
            forms = ["named", "named", "stated", "numbered"]
        if note_type == "care_path":
            forms = ["stated", "named", "numbered"]
        p.count_form = rng.choice(forms)
    if note_type == "coder_query":
        if outcome == "areas_unknown":
            p.query_topic = "areas"
        elif p.rationale is None:
            p.query_topic = "rationale"
        elif p.n_areas and outcome.startswith("supported") and rng.random() < 0.35:
            p.query_topic = "areas"
            p.count_form = "query_answer"
        else:
            p.query_topic = "rationale"
            p.where = "addendum"
    if note_type == "app_sim_note" and p.rationale and rng.random() < 0.4:
        p.where = "attestation"
    return p
