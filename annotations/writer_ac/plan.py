"""Plan every note before any text is written: outcome, document kind, style, site, elements and traps."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from . import vocab as V

SEED = "simcheck-writer-ac-v1"
N_NOTES = 250

OUTCOMES = [("supported_feature", 84), ("supported_areas", 20), ("no_rationale", 22), ("areas_unknown", 13),
            ("no_imaging", 8), ("l77285", 18), ("l77280", 22), ("thin", 8), ("no_sim", 40), ("blank", 8),
            ("aborted", 7)]

_LEVELS_SIM = ["sim_note", "therapist_sim", "dialog_sim", "resident_sim", "resim", "addendum_sim", "order_procedure",
               "cc_scanned_sim"]
KINDS_FOR = {
    "supported_feature": ["sim_note", "dialog_sim", "resident_sim", "therapist_sim", "cc_scanned_sim", "order_procedure",
                          "addendum_sim", "resim", "brachy_proc"],
    "supported_areas": ["sim_note", "dialog_sim", "resident_sim", "order_procedure", "addendum_sim", "cc_scanned_sim"],
    "no_rationale": ["sim_note", "therapist_sim", "dialog_sim", "order_procedure", "resim", "cc_scanned_sim",
                     "resident_sim", "brachy_proc"],
    "areas_unknown": ["sim_note", "dialog_sim", "therapist_sim", "resident_sim", "addendum_sim"],
    "no_imaging": ["electron_setup"],
    "l77285": _LEVELS_SIM,
    "l77280": _LEVELS_SIM,
    "thin": ["sim_note", "therapist_sim"],
    "no_sim": ["consult", "otv", "tx_summary", "cc_coordination", "telephone", "tumor_board", "mh_note", "sim_request",
               "follow_up"],
    "blank": ["blank_template"],
    "aborted": ["aborted_sim"],
}
STYLES_FOR = {
    "sim_note": ["template", "prose", "terse", "caps", "long", "typos"],
    "dialog_sim": ["dialog"], "resident_sim": ["resident"], "therapist_sim": ["terse", "caps", "template"],
    "cc_scanned_sim": ["scanned"], "order_procedure": ["template", "caps"], "addendum_sim": ["prose", "template", "terse", "typos"],
    "resim": ["terse", "prose", "caps"], "brachy_proc": ["template", "prose", "terse"],
    "electron_setup": ["terse", "template", "caps"], "consult": ["prose", "long", "template", "caps"],
    "otv": ["terse", "template", "typos"], "tx_summary": ["template", "prose"], "cc_coordination": ["template", "scanned"],
    "telephone": ["terse", "typos"], "tumor_board": ["template"], "mh_note": ["prose"], "sim_request": ["template", "dialog"],
    "follow_up": ["prose", "long"], "blank_template": ["dialog", "template"], "aborted_sim": ["prose", "terse", "caps"],
}
ALL_SITES = list(V.SITES)
SITES_FOR = {
    "supported_areas": ["breast_nodes", "bone_mets", "lymphoma", "head_neck", "rectum", "srs", "palliative", "prostate"],
    "areas_unknown": ["bone_mets", "lymphoma", "palliative", "skin", "srs"],
    "no_imaging": ["skin"],
    "l77285": ["breast_nodes", "prostate", "head_neck", "lung", "esophagus", "rectum", "bone_mets", "palliative",
               "lymphoma", "pancreas", "whole_brain", "gyn_brachy", "srs"],
    "l77280": ["prostate", "whole_brain", "lung", "bone_mets", "palliative", "pancreas", "esophagus", "skin", "head_neck",
               "breast_nodes", "rectum", "srs", "gyn_brachy", "lymphoma"],
    "thin": ["bone_mets", "palliative", "lymphoma", "srs", "skin"],
}
SUPPORTED = {"supported_feature", "supported_areas"}
SIMLESS = {"no_sim", "blank", "aborted"}


@dataclass
class Plan:
    """Everything a note documents, decided before writing."""

    nid: str
    index: int
    outcome: str
    kind: str
    style: str
    site: str
    rng: random.Random
    side: str = "left"
    areas: list[tuple[str, str]] = field(default_factory=list)
    area_form: str = "none"
    features: list[str] = field(default_factory=list)
    modalities: list[str] = field(default_factory=list)
    fourd: bool = False
    rationale: str | None = None
    traps: list[str] = field(default_factory=list)
    female: bool = False
    patient: str = ""
    pid: str = ""
    era: str = "vietnam"
    branch: str = "Army"
    flags: list[str] = field(default_factory=list)
    date: dt.datetime = dt.datetime(2026, 10, 1, 9, 0)
    attending: tuple = ()
    resident: tuple = ()
    therapist: tuple = ()
    correction: str = ""
    dx: str = ""

    @property
    def S(self) -> str:  # noqa: N802
        return "L" if self.side == "left" else "R"

    @property
    def opp(self) -> str:
        return "right" if self.side == "left" else "left"

    def fill(self, template: str) -> str:
        return (template.replace("{side}", self.side).replace("{S}", self.S).replace("{opp}", self.opp)
                .replace("{O}", "R" if self.side == "left" else "L"))

    @property
    def n_areas(self) -> int | None:
        return len(self.areas) if self.area_form != "none" else None


def _least_used(options: list[str], used: dict[str, int], rng: random.Random) -> str:
    low = min(used.get(o, 0) for o in options)
    pool = [o for o in options if used.get(o, 0) == low]
    return pool[rng.randrange(len(pool))]


def allocate() -> list[tuple[str, str, str, str]]:
    """Return (outcome, kind, style, site) for every note, balanced and seeded."""
    rng = random.Random(f"{SEED}:allocation")
    outcomes = [name for name, count in OUTCOMES for _ in range(count)]
    rng.shuffle(outcomes)
    kinds: dict[str, int] = {}
    styles: dict[str, int] = {}
    sites: dict[str, int] = {}
    rows = []
    for outcome in outcomes:
        kind = _least_used(KINDS_FOR[outcome], kinds, rng)
        kinds[kind] = kinds.get(kind, 0) + 1
        site_pool = SITES_FOR.get(outcome, ALL_SITES)
        if kind == "brachy_proc":
            site_pool = ["gyn_brachy"]
        elif kind == "electron_setup":
            site_pool = ["skin"]
        site = _least_used(site_pool, sites, rng)
        sites[site] = sites.get(site, 0) + 1
        style = _least_used(STYLES_FOR[kind], styles, rng)
        styles[style] = styles.get(style, 0) + 1
        rows.append((outcome, kind, style, site))
    return rows


def _pick_areas(plan: Plan, n: int) -> list[tuple[str, str]]:
    site = V.SITES[plan.site]
    rng = plan.rng
    pool = list(site["areas"])
    if plan.site in ("bone_mets", "palliative", "srs", "lymphoma", "skin"):
        chosen = rng.sample(pool, min(n, len(pool)))
    else:
        chosen = pool[:n]
    out = []
    for value, surfaces in chosen:
        out.append((plan.fill(value), plan.fill(surfaces[rng.randrange(len(surfaces))])))
    return out


def make_plan(index: int, outcome: str, kind: str, style: str, site_key: str) -> Plan:
    nid = f"wac-{index:04d}"
    rng = random.Random(f"{SEED}:{nid}")
    plan = Plan(nid=nid, index=index, outcome=outcome, kind=kind, style=style, site=site_key, rng=rng)
    site = V.SITES[site_key]
    plan.side = rng.choice(["left", "right"])
    plan.female = bool(site.get("female")) or (not site.get("male") and rng.random() < 0.14)
    last = rng.choice(V.LAST)
    first = rng.choice(V.FIRST_F if plan.female else V.FIRST_M)
    plan.patient = f"{last},{first}"
    plan.pid = f"{last[0]}{rng.randrange(1000, 9999)}"
    plan.era = rng.choice(["vietnam", "vietnam", "gulf", "oif", "cold"])
    plan.branch = rng.choice(V.BRANCHES)
    flags = []
    for flag, p in (("ptsd", 0.35), ("claustro", 0.2), ("tbi", 0.12), ("prosthesis", 0.1), ("shrapnel", 0.1),
                    ("ckd", 0.15), ("hearing", 0.2)):
        if rng.random() < p:
            flags.append(flag)
    plan.flags = flags
    plan.date = dt.datetime(2026, 8, 3, 7, 30) + dt.timedelta(days=rng.randrange(0, 140), minutes=rng.randrange(0, 600))
    plan.attending = rng.choice(V.ATTENDINGS)
    plan.resident = rng.choice(V.RESIDENTS)
    plan.therapist = rng.choice(V.THERAPISTS)
    if outcome in SIMLESS:
        _set_dx(plan)
        return plan

    # areas
    n_pool = len(site["areas"])
    if outcome == "supported_areas":
        n = 3 if n_pool == 3 or rng.random() < 0.75 else min(4, n_pool)
    elif outcome == "l77285":
        n = 2
    elif outcome == "l77280":
        n = 1
    elif outcome in ("areas_unknown", "thin"):
        n = 0
    elif outcome == "no_imaging":
        n = 1 if rng.random() < 0.8 else 2
    elif outcome == "no_rationale" and rng.random() < 0.3 and site_key in SITES_FOR["supported_areas"]:
        n = 3
    else:
        n = rng.choice([1, 1, 1, 2, 2, 3]) if n_pool >= 3 else rng.choice([1, 1, 2])
        if kind == "brachy_proc":
            n = 1
    if n:
        plan.areas = _pick_areas(plan, n)
        if n >= 2 and rng.random() < 0.35:
            plan.area_form = "count"
        elif n >= 2 and site_key in ("bone_mets", "srs", "palliative", "lymphoma") and rng.random() < 0.5:
            plan.area_form = "iso"
        else:
            plan.area_form = "named"

    # features
    need_feature = outcome in ("supported_feature", "areas_unknown", "no_imaging") or (
        outcome == "no_rationale" and (n < 3))
    pool = [f for f in site["feats"] if f != "particle" or kind == "cc_scanned_sim"]
    if site_key == "gyn_brachy":
        pool = ["brachytherapy", "contrast"] if kind == "brachy_proc" else ["contrast", "arc_rotational"]
    if kind == "brachy_proc":
        plan.features = ["brachytherapy"]
        if rng.random() < 0.35:
            plan.features.append("contrast")
    elif need_feature:
        k = 1 if rng.random() < 0.7 or len(pool) == 1 else 2
        plan.features = rng.sample(pool, k)
    elif outcome == "supported_areas":
        plan.features = []
    plan.features = sorted(set(plan.features))
    if "particle" in plan.features and kind != "cc_scanned_sim":
        plan.features.remove("particle")

    # modalities
    if outcome != "no_imaging" and not (outcome == "thin" and rng.random() < 0.3):
        mods = ["CT"]
        fusion = list(site["fusion"])
        if kind == "brachy_proc":
            fusion = ["fluoroscopy", "ultrasound", "MRI"]
        elif kind != "brachy_proc":
            fusion = [m for m in fusion if m in ("MRI", "PET")]
        if fusion and outcome not in ("thin",) and rng.random() < 0.55:
            mods += rng.sample(fusion, 1 if rng.random() < 0.75 or len(fusion) == 1 else 2)
        plan.modalities = [m for m in ("CT", "MRI", "PET", "fluoroscopy", "ultrasound") if m in mods]
        plan.fourd = bool(site["fourd"]) and rng.random() < 0.7
    if site_key == "skin" and outcome == "no_imaging":
        plan.modalities = []
    _set_dx(plan)

    # rationale
    p_rat = {"supported_feature": 1.0, "supported_areas": 1.0, "no_rationale": 0.0, "areas_unknown": 0.7,
             "no_imaging": 1.0, "l77285": 0.55, "l77280": 0.5, "thin": 0.3}[outcome]
    if rng.random() < p_rat:
        cats = []
        for cat in site["rats"]:
            if cat == "contrast for delineation" and "contrast" not in plan.features:
                continue
            if cat == "fusion for delineation" and not ({"MRI", "PET"} & set(plan.modalities)):
                continue
            if cat == "multiple targets" and (plan.n_areas is None or plan.n_areas < 2):
                continue
            if cat == "applicator verification" and "brachytherapy" not in plan.features:
                continue
            if cat == "custom shielding" and "custom_shielding" not in plan.features:
                continue
            if cat == "target motion" and not plan.fourd:
                continue
            cats.append(cat)
        if "ptsd" in plan.flags and plan.modalities and rng.random() < 0.25:
            cats.append("anesthesia/immobilization")
        if "prosthesis" in plan.flags or "claustro" in plan.flags:
            cats.append("immobilization")
        plan.rationale = rng.choice(cats) if cats else "OAR proximity"
    return plan


def _set_dx(plan: Plan) -> None:
    rng = plan.rng
    site = V.SITES[plan.site]
    dx = plan.fill(site["dx"][rng.randrange(len(site["dx"]))])
    if plan.areas and plan.site == "skin":
        hist = V.SKIN_HIST[rng.randrange(len(V.SKIN_HIST))]
        dx = f"{hist} {plan.areas[0][1]}" + (" + additional lesions" if len(plan.areas) > 1 else "")
    elif plan.areas and plan.site == "palliative":
        dx = V.PALL_DX.get(plan.areas[0][0], dx)
    elif plan.outcome in ("areas_unknown", "thin") and plan.site in V.UNKNOWN_DX:
        pool = V.UNKNOWN_DX[plan.site]
        dx = pool[rng.randrange(len(pool))]
    plan.dx = dx


def build_plans() -> list[Plan]:
    return [make_plan(i + 1, *row) for i, row in enumerate(allocate())]
