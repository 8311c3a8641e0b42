"""Allocation and per-note plans for writer N (outcome, site, note type, style, elements, traps)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .vocab import SITES

SEED = "simcheck-writer-n-v1"
N_NOTES = 250

OUTCOMES = [
    ("supported_feature", 88),
    ("supported_areas", 18),
    ("unsup_no_rationale", 14),
    ("unsup_areas_unknown", 10),
    ("unsup_no_imaging", 6),
    ("l77285", 30),
    ("l77280", 30),
    ("sim_nothing", 8),
    ("nonsim", 46),
]
STYLES = [
    ("prose", 29),
    ("ehr_template", 29),
    ("bullets", 28),
    ("caps", 26),
    ("terse", 26),
    ("typos", 26),
    ("long", 32),
    ("table", 28),
    ("wrapped80", 26),
]
SIM_TYPES = [
    "resident_sim",
    "attending_dictation",
    "ct_sim_procedure",
    "mr_sim",
    "directive_procedure",
    "therapist_worksheet",
    "resim",
]
NONSIM_TYPES = [
    "tumor_board",
    "mdc_clinic",
    "otv",
    "portal_message",
    "treatment_summary",
    "plan_directive",
    "physics_worksheet",
]
MR_SITES = {"prostate", "pancreas", "liver", "rectum", "gyn_brachy", "bladder", "srs", "sarcoma", "pediatric"}
FEATURE_WEIGHT = {
    "arc_rotational": 3,
    "contrast": 3,
    "particle": 2,
    "custom_shielding": 3,
    "complex_blocking": 1,
    "brachytherapy": 3,
    "hyperthermia": 1,
}


@dataclass
class Plan:
    """What one note documents, decided before any text is written."""

    note_id: str
    outcome: str
    site: str
    note_type: str
    style: str
    rationale: str | None = None
    areas: list[tuple[str, str]] | None = None
    area_form: str = "list"
    features: list[tuple[str, str]] = field(default_factory=list)
    modalities: list[tuple[str, str]] = field(default_factory=list)
    traps: list[str] = field(default_factory=list)
    placement: dict[str, str] = field(default_factory=dict)
    extra: dict[str, object] = field(default_factory=dict)


def _expand(pairs: list[tuple[str, int]]) -> list[str]:
    return [name for name, k in pairs for _ in range(k)]


def site_features(site: str) -> list[str]:
    """Features this site can carry (contrast only when the site has contrast kinds)."""
    s = SITES[site]
    names = list(s["features"])  # type: ignore[call-overload]
    if s["contrast"]:
        names.append("contrast")
    return names


def _eligible_sites(outcome: str) -> list[str]:
    keys = list(SITES)
    if outcome == "supported_areas":
        return [k for k in keys if len(SITES[k]["areas"]) >= 3 and k not in ("sarcoma", "liver")]  # type: ignore[arg-type]
    if outcome == "unsup_no_imaging":
        return ["skin", "bone_mets"]
    return keys


def allocate() -> list[tuple[str, str, str, str]]:
    """Return (id, outcome, site, style) for every note, deterministically."""
    rng = random.Random(f"{SEED}:allocation")
    outcomes = _expand(OUTCOMES)
    rng.shuffle(outcomes)
    styles = _expand(STYLES)
    rng.shuffle(styles)
    counts = dict.fromkeys(SITES, 0)
    out = []
    # rare outcomes first so their sites are balanced too
    order = sorted(range(N_NOTES), key=lambda i: (len(_eligible_sites(outcomes[i])), i))
    chosen: dict[int, str] = {}
    for i in order:
        elig = _eligible_sites(outcomes[i])
        low = min(counts[k] for k in elig)
        pick = rng.choice([k for k in elig if counts[k] == low])
        counts[pick] += 1
        chosen[i] = pick
    for i in range(N_NOTES):
        out.append((f"wn-{i + 1:04d}", outcomes[i], chosen[i], styles[i]))
    return out


SITE_WEIGHT = {
    ("gyn_brachy", "brachytherapy"): 20,
    ("sarcoma", "hyperthermia"): 3,
    ("skin", "custom_shielding"): 6,
    ("pediatric", "particle"): 5,
    ("bone_mets", "complex_blocking"): 3,
    ("lymphoma", "complex_blocking"): 2,
    ("craniospinal", "particle"): 4,
}


def _pick_features(rng: random.Random, site: str, k: int) -> list[str]:
    """One main feature; a second one only when it is contrast (so techniques never clash)."""
    names = site_features(site)
    weights = [SITE_WEIGHT.get((site, n), FEATURE_WEIGHT[n]) for n in names]
    first = rng.choices(names, weights=weights)[0]
    if site == "gyn_brachy" and first != "brachytherapy" and rng.random() < 0.8:
        first = "brachytherapy"
    picked = [first]
    if k > 1 and first != "contrast" and "contrast" in names:
        picked.append("contrast")
    return sorted(picked)


def _feature_surface(rng: random.Random, site: str, name: str) -> str:
    s = SITES[site]
    if name == "contrast":
        return rng.choice(s["contrast"])  # type: ignore[arg-type]
    return rng.choice(s["features"][name])  # type: ignore[index]


def _pick_modalities(rng: random.Random, site: str, note_type: str, extra_prob: float) -> list[tuple[str, str]]:
    mods = SITES[site]["modalities"]  # type: ignore[index]
    chosen: list[tuple[str, str]] = []
    if note_type == "mr_sim":
        mri = [m for m in mods.get("MRI", []) if "sim" in m.lower()] or ["MR simulation on the MR-Linac"]  # type: ignore[attr-defined]
        chosen.append(("MRI", rng.choice(mri)))
        if rng.random() < 0.5:
            chosen.append(("CT", rng.choice(mods["CT"])))  # type: ignore[index]
    else:
        chosen.append(("CT", rng.choice(mods["CT"])))  # type: ignore[index]
        extras = [m for m in mods if m != "CT"]  # type: ignore[attr-defined]
        if extras and rng.random() < extra_prob:
            m = rng.choice(extras)
            surf = [x for x in mods[m] if "sim" not in x.lower()] or [f"diagnostic {m} fused"]  # type: ignore[index]
            chosen.append((m, rng.choice(surf)))
    order = ["CT", "MRI", "PET", "fluoroscopy", "ultrasound"]
    return sorted(chosen, key=lambda x: order.index(x[0]))


def _note_type(rng: random.Random, outcome: str, site: str) -> str:
    if outcome == "nonsim":
        return rng.choice(NONSIM_TYPES)
    if outcome == "sim_nothing":
        return rng.choice(["aborted_sim", "aborted_sim", "incomplete_template"])
    if outcome == "unsup_no_imaging":
        return "clinical_setup"
    types = list(SIM_TYPES)
    weights = [5, 3, 4, 3 if site in MR_SITES else 0, 3, 2, 2]
    return rng.choices(types, weights=weights)[0]


def _reason(rng: random.Random, site: str, plan: Plan) -> str:
    reasons = list(SITES[site]["reasons"])  # type: ignore[call-overload]
    feats = {f for f, _ in plan.features}
    mods = {m for m, _ in plan.modalities}
    n = len(plan.areas) if plan.areas else 0
    ok = []
    for r in reasons:
        if r == "contrast for delineation" and "contrast" not in feats:
            continue
        if r == "fusion for delineation" and not mods & {"MRI", "PET"}:
            continue
        if r == "multiple targets" and n < 2:
            continue
        if r == "custom shielding" and "custom_shielding" not in feats:
            continue
        ok.append(r)
    if n >= 2 and "multiple targets" not in ok and rng.random() < 0.3:
        ok.append("multiple targets")
    if "brachytherapy" in feats:
        ok.append("applicator verification")
    return rng.choice(ok or ["OAR proximity"])


def make_plan(note_id: str, outcome: str, site: str, style: str) -> Plan:
    """Decide what one note documents."""
    rng = random.Random(f"{SEED}:{note_id}:plan")
    nt = _note_type(rng, outcome, site)
    if nt == "portal_message" and style in ("table", "ehr_template", "bullets"):
        style = {"table": "typos", "ehr_template": "prose", "bullets": "terse"}[style]
    p = Plan(note_id, outcome, site, nt, style)
    all_areas = SITES[site]["areas"]  # type: ignore[index]
    if outcome in ("nonsim", "sim_nothing"):
        return p

    def areas(n: int) -> list[tuple[str, str]]:
        picked = all_areas[:1] + rng.sample(all_areas[1:], n - 1)  # type: ignore[index]
        return [(v, rng.choice(s)) for v, s in picked]

    max_n = len(all_areas)  # type: ignore[arg-type]
    if outcome in ("supported_feature", "unsup_no_rationale", "unsup_no_imaging"):
        n = rng.choices([1, 2, 3], weights=[5, 4, 2])[0]
        p.areas = areas(min(n, max_n))
        k = 2 if rng.random() < 0.22 else 1
        feats = _pick_features(rng, site, k)
        if outcome == "unsup_no_imaging":
            feats = [f for f in ("custom_shielding", "complex_blocking") if f in site_features(site)][:1]
        p.features = [(f, _feature_surface(rng, site, f)) for f in feats]
    elif outcome == "unsup_areas_unknown":
        p.areas = None
        p.features = [(f, _feature_surface(rng, site, f)) for f in _pick_features(rng, site, 1)]
    elif outcome == "supported_areas":
        p.areas = areas(min(rng.choice([3, 3, 3, 4]), max_n))
    elif outcome == "l77285":
        p.areas = areas(2)
    elif outcome == "l77280":
        p.areas = areas(1)
    if outcome != "unsup_no_imaging":
        p.modalities = _pick_modalities(rng, site, nt, 0.45)
    always = ("supported_feature", "supported_areas", "unsup_areas_unknown", "unsup_no_imaging")
    if outcome in always or (outcome in ("l77285", "l77280") and rng.random() < 0.55):
        p.rationale = _reason(rng, site, p)
    if p.areas:
        n = len(p.areas)
        forms = ["list", "count_list", "count_only", "sentence", "numbered"]
        if n >= 2:
            forms += ["iso", "table"]
        if n <= 3:
            forms.append("checkbox")
        if style == "table" and n >= 1:
            forms += ["table", "table"]
        p.area_form = rng.choice(forms)
    return p
