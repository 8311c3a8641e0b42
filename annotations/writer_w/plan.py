"""Plans: what each note documents, decided before any text is written."""
# ruff: noqa: D101, D102, RUF005

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .vocab import SITES

SEED = "simcheck-writer-w-v1"

OUTCOMES = [
    ("supported_feature", 78),
    ("supported_areas", 22),
    ("no_rationale", 24),
    ("areas_unknown", 20),
    ("no_imaging", 10),
    ("level_77285", 16),
    ("level_77280", 18),
    ("no_simulation", 40),
    ("blank_template", 12),
    ("aborted", 10),
]
SIM_TYPES = ["md_sim", "therapist_checklist", "dosimetry_handoff", "integrated_note", "resim_adaptive"]
NONSIM_TYPES = [
    "tumor_board",
    "nurse_navigator",
    "portal_message",
    "prior_auth_appeal",
    "otv",
    "treatment_summary",
    "medonc_visit",
    "consult",
]
STYLES = {
    "md_sim": ["runon", "prose", "caps", "terse", "typos", "bullets", "long"],
    "therapist_checklist": ["kv", "template", "caps", "bullets"],
    "dosimetry_handoff": ["template", "bullets", "terse", "kv"],
    "integrated_note": ["long"],
    "resim_adaptive": ["runon", "prose", "template", "terse", "typos"],
    "brachy_procedure": ["template", "prose", "bullets"],
    "tumor_board": ["template", "prose"],
    "nurse_navigator": ["prose", "bullets"],
    "portal_message": ["portal"],
    "prior_auth_appeal": ["letter"],
    "otv": ["template", "terse", "runon"],
    "treatment_summary": ["prose", "template"],
    "medonc_visit": ["long", "template"],
    "consult": ["prose", "long"],
    "blank_template": ["kv", "template", "caps"],
    "aborted_sim": ["runon", "prose", "terse", "typos"],
}
NO_IMAGING_SITES = ["skin", "palliative", "bone", "whole_brain"]
RATIONALES = [
    "OAR proximity",
    "irregular target",
    "multiple targets",
    "contrast for delineation",
    "fusion for delineation",
    "prior field overlap",
    "immobilization",
    "anesthesia/immobilization",
    "applicator verification",
    "custom shielding",
    "target motion",
]


@dataclass
class Plan:
    id: str
    index: int
    outcome: str
    note_type: str
    style: str
    site: str
    areas: list[tuple[str, str]] = field(default_factory=list)  # (value, surface)
    n_areas: int | None = None
    count_form: str = "none"
    features: list[str] = field(default_factory=list)
    route: str = ""
    modalities: list[str] = field(default_factory=list)
    fourdct: bool = False
    rationale: str | None = None
    oar: str = ""

    @property
    def is_sim(self) -> bool:
        return self.outcome not in ("no_simulation", "blank_template", "aborted")


def _least_used(options: list[str], used: dict[str, int], rng: random.Random) -> str:
    low = min(used.get(o, 0) for o in options)
    pick = rng.choice([o for o in options if used.get(o, 0) == low])
    used[pick] = used.get(pick, 0) + 1
    return pick


def _sites_for(outcome: str, note_type: str) -> list[str]:
    names = list(SITES)
    if note_type == "brachy_procedure":
        return ["gyn"]
    if outcome == "no_imaging":
        return NO_IMAGING_SITES
    if outcome == "supported_areas":
        return [s for s in names if len(SITES[s]["areas"]) >= 3]
    return names


def allocate() -> list[tuple[str, str, str, str]]:
    """Return (outcome, note_type, style, site) rows, balanced and shuffled by a seeded stream."""
    rng = random.Random(f"{SEED}:allocation")
    rows: list[tuple[str, str, str, str]] = []
    type_used: dict[str, int] = {}
    style_used: dict[str, int] = {}
    site_used: dict[str, int] = {}
    for outcome, n in OUTCOMES:
        for _ in range(n):
            if outcome == "no_simulation":
                types = NONSIM_TYPES
            elif outcome == "blank_template":
                types = ["blank_template"]
            elif outcome == "aborted":
                types = ["aborted_sim"]
            elif outcome == "no_imaging":
                types = ["md_sim", "therapist_checklist"]
            elif outcome in ("supported_feature", "areas_unknown", "no_rationale"):
                types = SIM_TYPES + ["brachy_procedure"]
            else:
                types = SIM_TYPES
            note_type = _least_used(types, type_used, rng)
            style = _least_used([f"{note_type}|{s}" for s in STYLES[note_type]], style_used, rng).split("|")[1]
            site = _least_used(_sites_for(outcome, note_type), site_used, rng)
            rows.append((outcome, note_type, style, site))
    rng.shuffle(rows)
    return rows


def _pick_areas(site: str, n: int, rng: random.Random) -> tuple[list[tuple[str, str]], bool]:
    pool = SITES[site]["areas"]
    if site == "head_neck":
        prim = (pool[0][0], rng.choice(pool[0][1]))
        if n == 1:
            return [prim], False
        if n == 2:
            return [prim, (pool[2][0], pool[2][1][0])], False
        return [prim, (pool[1][0], rng.choice(pool[1][1]))], True
    if n == 1:
        chosen = [pool[0]] if rng.random() < 0.75 else [rng.choice(pool)]
    else:
        chosen = [pool[0]] + rng.sample(pool[1:], n - 1)
    return [(v, rng.choice(s)) for v, s in chosen], False


def make_plan(index: int, row: tuple[str, str, str, str]) -> Plan:
    """Decide the elements of one note."""
    outcome, note_type, style, site = row
    nid = f"ww-{index:04d}"
    rng = random.Random(f"{SEED}:{nid}")
    p = Plan(id=nid, index=index, outcome=outcome, note_type=note_type, style=style, site=site)
    info = SITES[site]
    p.oar = rng.choice(info["oars"])
    if not p.is_sim:
        return p
    maxa = len(info["areas"]) if site != "head_neck" else 3
    if outcome == "areas_unknown":
        n = None
    elif outcome == "supported_areas":
        n = rng.choice([3, 3, 3, 4]) if maxa >= 4 else 3
    elif outcome == "level_77285":
        n = 2
    elif outcome == "level_77280":
        n = 1
    elif outcome == "no_imaging":
        n = rng.choice([1, 1, 2])
    else:
        n = rng.choice([1, 1, 2, 2, 3][: 5 if maxa >= 3 else 4])
    if note_type == "brachy_procedure" and n is not None:
        n = min(n, 1) if rng.random() < 0.7 else n
    p.n_areas = n
    bilateral = False
    if n is not None:
        p.areas, bilateral = _pick_areas(site, n, rng)
        if bilateral:
            p.count_form = rng.choice(["bilateral", "bilateral", "stated"])
        elif n == 1:
            p.count_form = rng.choice(["single", "single", "single", "stated"])
        else:
            p.count_form = rng.choice(["named", "numbered", "isocentres", "table", "stated", "stated"])
    else:
        p.count_form = "vague"
    # features
    feats = list(info["feats"])
    if outcome == "no_imaging":
        feats = [f for f in feats if f in ("custom_shielding", "complex_blocking")] or ["custom_shielding"]
    if note_type == "brachy_procedure":
        p.features = ["brachytherapy"] + (["contrast"] if rng.random() < 0.4 else [])
    elif outcome in ("supported_feature", "areas_unknown", "no_imaging") or (
        outcome == "no_rationale" and (n is None or n < 3 or rng.random() < 0.5)
    ):
        k = 1 if rng.random() < 0.65 or len(feats) == 1 else 2
        p.features = sorted(rng.sample(feats, k))
    if site == "gyn" and "brachytherapy" in p.features and note_type != "brachy_procedure" and p.n_areas:
        p.features = [f for f in p.features if f != "brachytherapy"] or ["contrast"]
    p.features = sorted(set(p.features))
    if "contrast" in p.features:
        p.route = rng.choice(info["routes"])
    # modalities
    if outcome != "no_imaging":
        mods = []
        if note_type == "brachy_procedure":
            mods.append(rng.choice(["CT", "CT", "fluoroscopy", "MRI", "ultrasound"]))
            if rng.random() < 0.3:
                mods.append(rng.choice(["CT", "ultrasound", "fluoroscopy"]))
        else:
            mods.append("CT")
            if info["motion"] and rng.random() < 0.7:
                p.fourdct = True
            if info["extra"] and rng.random() < 0.45:
                mods.append(rng.choice(info["extra"]))
        order = ["CT", "MRI", "PET", "fluoroscopy", "ultrasound"]
        p.modalities = [m for m in order if m in mods]
    # rationale
    if outcome in ("supported_feature", "supported_areas", "areas_unknown", "no_imaging") or (
        outcome in ("level_77285", "level_77280") and rng.random() < 0.6
    ):
        cats = ["OAR proximity", "OAR proximity", "irregular target", "prior field overlap", "immobilization"]
        if (p.n_areas or 0) >= 2:
            cats += ["multiple targets", "multiple targets"]
        if "contrast" in p.features:
            cats.append("contrast for delineation")
        if "MRI" in p.modalities or "PET" in p.modalities:
            cats += ["fusion for delineation"]
        if p.fourdct:
            cats.append("target motion")
        if "brachytherapy" in p.features:
            cats += ["applicator verification", "applicator verification"]
        if "custom_shielding" in p.features:
            cats += ["custom shielding", "custom shielding"]
        if site == "peds":
            cats = ["anesthesia/immobilization", "anesthesia/immobilization", "OAR proximity"]
        p.rationale = rng.choice(cats)
    return p
