"""Plan every note before writing it: outcome, note type, style, site, elements and traps."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .vocab import SITE_ORDER, SITES

SEED = "simcheck-writer-ad-v1"

OUTCOMES = [
    ("supported_feature", 85),
    ("supported_areas", 20),
    ("no_rationale", 20),
    ("areas_unknown", 12),
    ("nurse_contrast", 6),
    ("no_imaging", 8),
    ("l77285", 16),
    ("l77280", 20),
    ("no_sim", 47),
    ("blank", 8),
    ("aborted", 8),
]
SIM_TYPES = ["sim_note", "simnote_macro", "ct_sim_record", "resim", "sim_addendum", "order_procedure"]
NOTE_TYPES = {
    "supported_feature": SIM_TYPES + ["brachy_procedure", "electron_setup"],
    "supported_areas": SIM_TYPES,
    "no_rationale": SIM_TYPES + ["brachy_procedure", "electron_setup"],
    "areas_unknown": ["sim_note", "simnote_macro", "ct_sim_record", "sim_addendum"],
    "nurse_contrast": ["nurse_sim_day"],
    "no_imaging": ["electron_setup", "clinical_setup"],
    "l77285": SIM_TYPES,
    "l77280": SIM_TYPES + ["electron_setup"],
    "no_sim": [
        "consult",
        "pa_followup",
        "nurse_education",
        "otv",
        "physics_chart_check",
        "treatment_summary",
        "charge_query",
    ],
    "blank": ["blank_macro"],
    "aborted": ["aborted_sim"],
}
STYLES = {
    "sim_note": ["sr_raw", "sr_runon", "sr_proofed", "long", "long"],
    "simnote_macro": ["macro"],
    "ct_sim_record": ["tabular"],
    "resim": ["sr_raw", "sr_runon", "sr_proofed"],
    "sim_addendum": ["sr_raw", "sr_proofed", "long", "macro", "long"],
    "order_procedure": ["macro", "tabular", "sr_proofed"],
    "brachy_procedure": ["sr_raw", "sr_proofed", "macro", "long"],
    "electron_setup": ["sr_raw", "sr_runon", "tabular", "macro"],
    "clinical_setup": ["sr_raw", "sr_runon"],
    "nurse_sim_day": ["nursing"],
    "consult": ["sr_raw", "long", "sr_proofed"],
    "pa_followup": ["pa_soap"],
    "nurse_education": ["nursing"],
    "otv": ["sr_runon", "sr_raw", "pa_soap"],
    "physics_chart_check": ["tabular"],
    "treatment_summary": ["sr_proofed", "long"],
    "charge_query": ["macro", "sr_runon"],
    "blank_macro": ["macro"],
    "aborted_sim": ["sr_raw", "sr_runon", "nursing"],
}
AREA_SITES_UNKNOWN = ["bone_mets", "lymphoma", "palliative", "skin_electron", "srs"]
PEDS_COMBOS = [["flank"], ["orbit"], ["whole brain", "spine"]]


@dataclass
class Plan:
    nid: str
    outcome: str
    note_type: str
    style: str
    site: str
    side: str = "left"
    rationale: str | None = None
    areas: list[str] = field(default_factory=list)  # normalised values; empty = unknown
    area_form: str = "unknown"
    features: list[str] = field(default_factory=list)
    route: str | None = None
    modalities: list[str] = field(default_factory=list)
    fourd: bool = False
    traps: list[str] = field(default_factory=list)


def _sites_for(outcome: str, note_type: str) -> list[str]:
    if note_type == "brachy_procedure":
        return ["gyn_brachy"]
    if note_type in ("electron_setup",):
        return ["skin_electron"]
    if note_type == "clinical_setup":
        return ["palliative", "bone_mets", "skin_electron"]
    if note_type == "nurse_sim_day":
        return [s for s in SITE_ORDER if SITES[s]["routes"]]
    if outcome == "areas_unknown":
        return AREA_SITES_UNKNOWN
    if outcome == "supported_areas":
        return [s for s in SITE_ORDER if s not in ("pancreas", "peds_anesthesia", "esophagus")]
    if outcome == "l77285":
        return [s for s in SITE_ORDER if s not in ("skin_electron",)]
    if outcome == "supported_feature" and note_type not in ("electron_setup",):
        return SITE_ORDER
    return SITE_ORDER


def allocate() -> list[tuple[str, str, str, str]]:
    rng = random.Random(f"{SEED}:allocation")
    outcomes = [o for o, n in OUTCOMES for _ in range(n)]
    rng.shuffle(outcomes)
    nt_use: dict[str, int] = {}
    st_use: dict[str, int] = {}
    site_use: dict[str, int] = dict.fromkeys(SITE_ORDER, 0)
    out = []
    for outcome in outcomes:
        nts = NOTE_TYPES[outcome]
        nt = min(nts, key=lambda t: (nt_use.get(t, 0), rng.random()))
        nt_use[nt] = nt_use.get(nt, 0) + 1
        sts = STYLES[nt]
        slots = [f"{s}#{i}" for i, s in enumerate(sts)]
        slot = min(slots, key=lambda s: (st_use.get(nt + s, 0), st_use.get(s.split("#")[0], 0), rng.random()))
        st = slot.split("#")[0]
        st_use[nt + slot] = st_use.get(nt + slot, 0) + 1
        st_use[st] = st_use.get(st, 0) + 1
        sites = _sites_for(outcome, nt)
        site = min(sites, key=lambda s: (site_use[s], rng.random()))
        site_use[site] += 1
        out.append((outcome, nt, st, site))
    return out


def _n_areas(rng: random.Random, outcome: str, site: str) -> int:
    avail = len(SITES[site]["areas"])
    if site == "head_neck":
        avail = 3
    if outcome == "supported_areas":
        return min(avail, rng.choice([3, 3, 3, 4]))
    if outcome == "l77285":
        return 2
    if outcome == "l77280":
        return 1
    if outcome in ("areas_unknown", "nurse_contrast"):
        return 0
    return min(avail, rng.choice([1, 1, 1, 2, 2, 3]))


def _pick_areas(rng: random.Random, site: str, n: int) -> tuple[list[str], str]:
    values = [a[0] for a in SITES[site]["areas"]]
    if n == 0:
        return [], "unknown"
    if site == "peds_anesthesia":
        combos = [c for c in PEDS_COMBOS if len(c) == n] or [PEDS_COMBOS[0]]
        chosen = list(rng.choice(combos))
    elif site == "head_neck":
        if n == 1:
            chosen = ["oropharynx"]
        elif n == 2:
            chosen = rng.choice([["oropharynx", "left neck"], ["oropharynx", "right neck"], ["bilateral neck"]])
        else:
            chosen = ["oropharynx", "bilateral neck"]
    else:
        first = values[0]
        rest = values[1:]
        if site in ("srs", "bone_mets", "palliative", "lymphoma", "skin_electron"):
            chosen = rng.sample(values, n)
        else:
            chosen = [first] + rng.sample(rest, n - 1)
    if n == 1:
        form = "single"
    else:
        form = rng.choice(["named", "named", "count", "count", "iso"])
        if "bilateral neck" in chosen and form == "iso":
            form = "named"
    return chosen, form


def rationale_options(p: Plan) -> list[str]:
    opts = ["OAR proximity", "OAR proximity", "irregular target", "immobilization", "prior field overlap"]
    if len(p.areas) >= 2 or (p.site in ("srs", "bone_mets", "lymphoma") and not p.areas):
        opts += ["multiple targets", "multiple targets"]
    if "contrast" in p.features:
        opts += ["contrast for delineation", "contrast for delineation"]
    if "MRI" in p.modalities or "PET" in p.modalities:
        opts += ["fusion for delineation", "fusion for delineation"]
    if p.fourd:
        opts += ["target motion"]
    if p.site == "peds_anesthesia":
        opts = ["anesthesia/immobilization"] * 4 + opts
    if "brachytherapy" in p.features:
        opts += ["applicator verification"] * 3
    if "custom_shielding" in p.features:
        opts += ["custom shielding"] * 2
    return opts


def make_plan(nid: str, outcome: str, note_type: str, style: str, site: str) -> Plan:
    rng = random.Random(f"{SEED}:{nid}")
    sv = SITES[site]
    p = Plan(nid, outcome, note_type, style, site, side=rng.choice(["left", "right"]))
    if outcome in ("no_sim", "blank", "aborted"):
        return p
    n = _n_areas(rng, outcome, site)
    p.areas, p.area_form = _pick_areas(rng, site, n)
    # features
    feats: list[str] = []
    need_feature = outcome in ("supported_feature", "areas_unknown", "no_imaging") or (
        outcome == "no_rationale" and (len(p.areas) < 3 or rng.random() < 0.6)
    )
    if note_type == "brachy_procedure":
        feats.append("brachytherapy")
    if note_type in ("electron_setup", "clinical_setup") and need_feature:
        feats.append("custom_shielding" if note_type == "electron_setup" or rng.random() < 0.6 else "complex_blocking")
    if outcome == "nurse_contrast":
        feats.append("contrast")
    if need_feature and not feats:
        cand = [f for f in sv["features"] if f != "brachytherapy" or note_type == "brachy_procedure"]
        if "contrast" in cand and not sv["routes"]:
            cand.remove("contrast")
        feats.append(rng.choice(cand))
        if rng.random() < 0.3:
            more = [f for f in cand if f not in feats]
            if more:
                feats.append(rng.choice(more))
    p.features = sorted(feats)
    if "contrast" in p.features:
        p.route = rng.choice(sv["routes"])
    # modalities
    if outcome == "no_imaging":
        p.modalities = []
    else:
        mods = ["CT"]
        if note_type == "brachy_procedure" and rng.random() < 0.4:
            mods = [rng.choice(["CT", "ultrasound", "fluoroscopy"])]
            if mods[0] != "CT" and rng.random() < 0.5:
                mods.append("CT")
        extra = [
            m
            for m in sv["extra"]
            if m not in mods
            and (m not in ("fluoroscopy", "ultrasound") or note_type == "brachy_procedure" or site == "palliative")
        ]
        if extra and rng.random() < (0.45 if note_type != "nurse_sim_day" else 0.0):
            mods.append(rng.choice(extra))
        order = ["CT", "MRI", "PET", "fluoroscopy", "ultrasound"]
        p.modalities = [m for m in order if m in mods]
        p.fourd = sv["motion"] and "CT" in p.modalities and note_type != "nurse_sim_day" and rng.random() < 0.65
    # rationale
    if outcome in ("supported_feature", "supported_areas", "areas_unknown", "no_imaging"):
        p.rationale = rng.choice(rationale_options(p))
    elif outcome in ("l77285", "l77280"):
        p.rationale = rng.choice(rationale_options(p)) if rng.random() < 0.55 else None
    else:
        p.rationale = None
    return p
