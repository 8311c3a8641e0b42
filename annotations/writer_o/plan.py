"""Allocation and per-note plans: outcome, site, note type, style, elements and traps."""

from __future__ import annotations

import random
from typing import Any

from .compose import NONSIM_TYPES
from .filler import date
from .vocab import SITES

N_NOTES = 250
OUTCOMES = [
    ("supported_feature", 84),
    ("supported_areas", 21),
    ("unsup_no_rationale", 12),
    ("unsup_unknown_areas", 10),
    ("unsup_no_imaging", 8),
    ("level_77285", 30),
    ("level_77280", 30),
    ("nothing", 10),
    ("non_sim", 45),
]
STYLES = ["dictated", "template", "bullets", "allcaps", "terse", "typos", "long", "ocr_fax", "hl7", "table"]
SIM_TYPE_WEIGHTS = [
    ("md_sim_note", 30),
    ("therapist_log", 15),
    ("sim_planning", 18),
    ("order_procedure", 14),
    ("scribe_sim", 12),
    ("resim", 11),
]
MULTI_AREA = [
    "breast_nodes",
    "prostate_pelvis",
    "head_neck",
    "lung_4dct",
    "whole_brain",
    "srs",
    "bone_mets",
    "rectum",
    "esophagus",
    "lymphoma",
    "skin_electron",
    "peds_anesthesia",
    "palliative",
    "gyn_brachy",
]
UNKNOWN_OK = ["bone_mets", "palliative", "lymphoma", "head_neck", "breast_nodes"]
NO_IMAGING_OK = ["skin_electron", "palliative", "bone_mets", "breast_nodes"]
AREA_MODES = ["count_only", "count_and_sites", "isocenters", "numbered", "checkbox", "sites"]
GENERIC_FEATURES = ["contrast", "arc_rotational", "custom_shielding", "particle", "complex_blocking"]


def allowed_sites(outcome: str) -> list[str]:
    """Return the sites an outcome can be written for."""
    if outcome == "supported_areas":
        return MULTI_AREA
    if outcome == "unsup_unknown_areas":
        return UNKNOWN_OK
    if outcome == "unsup_no_imaging":
        return NO_IMAGING_OK
    return sorted(SITES)


def allocate() -> list[dict[str, Any]]:
    """Return the skeleton plans (id, outcome, site, note type, style) for all notes, deterministically."""
    rng = random.Random("simcheck-writer-o-v1:allocation")
    outcomes = [o for o, n in OUTCOMES for _ in range(n)]
    assert len(outcomes) == N_NOTES
    rng.shuffle(outcomes)
    site_use = dict.fromkeys(SITES, 0)
    style_use = dict.fromkeys(STYLES, 0)
    fam_use: dict[str, int] = {}
    cycles: dict[str, list[str]] = {}
    plans = []
    nonsim_cycle = list(NONSIM_TYPES) * 7
    rng.shuffle(nonsim_cycle)
    for i, outcome in enumerate(outcomes, start=1):
        if not cycles.get(outcome):
            sites = sorted(allowed_sites(outcome), key=lambda s: (site_use[s], rng.random()))
            cycles[outcome] = sites
        site = cycles[outcome].pop(0)
        site_use[site] += 1
        if outcome == "non_sim":
            nt = nonsim_cycle.pop()
        elif outcome == "nothing":
            nt = rng.choice(["aborted_sim", "blank_sim"])
        else:
            nt = rng.choices([t for t, _ in SIM_TYPE_WEIGHTS], [w for _, w in SIM_TYPE_WEIGHTS])[0]
        lows = min(style_use.values())
        cands = [s for s in STYLES if style_use[s] <= lows + 2 and fam_use.get(f"{nt}|{s}", 0) < 10]
        style = rng.choice(cands or STYLES)
        style_use[style] += 1
        fam_use[f"{nt}|{style}"] = fam_use.get(f"{nt}|{style}", 0) + 1
        plans.append({"id": f"wo-{i:04d}", "outcome": outcome, "site": site, "note_type": nt, "style": style})
    return plans


def _choose_areas(rng: random.Random, site: dict[str, Any], n: int) -> list[tuple[str, str]]:
    prim = rng.choice(site["primary"])
    extras = list(site["extra"])
    rng.shuffle(extras)
    if n >= 3 and site is SITES["head_neck"] and rng.random() < 0.5:
        chosen = [prim, ("bilateral neck", ["bilateral neck", "bilat neck levels II-IV"])]
        chosen += [e for e in extras if "neck" not in e[0]][: n - 3]
    else:
        chosen = [prim, *extras[: n - 1]]
    return [(v, rng.choice(list(ss))) for v, ss in chosen]


def area_count(areas: list[tuple[str, str]]) -> int:
    """Return the number of treatment areas a list of (value, surface) gives (bilateral counts as two)."""
    keys: set[str] = set()
    for v, _ in areas:
        if v.startswith("bilateral "):
            keys |= {"left " + v[10:], "right " + v[10:]}
        else:
            keys.add(v)
    return len(keys)


def _rationale_cat(rng: random.Random, plan: dict[str, Any], site: dict[str, Any]) -> str:
    cats = [c for c in site["cats"] if c not in ("target motion",)]
    n = area_count(plan["areas"]) if plan["areas"] else 0
    if n >= 2:
        cats.append("multiple targets")
    if "contrast" in plan["features"] and plan["site"] in ("rectum", "esophagus", "pancreas", "head_neck", "lymphoma"):
        cats.append("contrast for delineation")
    if {"MRI", "PET"} & set(plan["mods"]):
        cats.append("fusion for delineation")
    if "brachytherapy" in plan["features"]:
        cats = ["applicator verification", "applicator verification", "OAR proximity"]
    if "custom_shielding" in plan["features"] and plan["site"] == "skin_electron":
        cats.append("custom shielding")
    if site.get("motion") and "CT" in plan["mods"]:
        cats.append("target motion")
    if plan["site"] == "peds_anesthesia":
        cats += ["anesthesia/immobilization"] * 2
    cats = [c for c in cats if c not in ("custom shielding", "applicator verification") or c in _allowed_special(plan)]
    if plan["site"] == "gyn_brachy" and "brachytherapy" not in plan["features"]:
        cats = ["OAR proximity"] + (["multiple targets"] if n >= 2 else [])
    return rng.choice(cats)


def _allowed_special(plan: dict[str, Any]) -> set[str]:
    out = set()
    if "brachytherapy" in plan["features"]:
        out.add("applicator verification")
    if "custom_shielding" in plan["features"]:
        out.add("custom shielding")
    return out


def make_plan(base: dict[str, Any]) -> dict[str, Any]:
    """Fill a skeleton plan with elements, traps and flags using the note's own seed."""
    rng = random.Random(f"simcheck-writer-o-v1:{base['id']}")
    plan = dict(base)
    site = SITES[plan["site"]]
    oc = plan["outcome"]
    plan.update(cat=None, areas=None, area_mode=None, features=[], mods=[], traps=[], flags={}, dos=date(rng, 2026))
    if oc in ("nothing", "non_sim"):
        tr = ["non_simulation", "historical_imaging", "historical_contrast"] if oc == "non_sim" else []
        nt = plan["note_type"]
        tr += {
            "aborted_sim": ["aborted_simulation"],
            "blank_sim": ["blank_template"],
            "consult": ["planned_simulation", "planned_feature"],
            "follow_up": ["past_simulation_summary"],
            "otv": ["past_simulation_summary"],
            "completion_summary": ["past_simulation_summary"],
            "nurse_triage": ["planned_simulation"],
            "payer_letter": ["payer_letter"],
            "sim_order_only": ["order_not_procedure", "planned_feature"],
        }[nt]
        if rng.random() < 0.35:
            tr.append("charge_line")
        plan["traps"] = tr
        return plan
    # --- elements
    n = {
        "supported_feature": rng.choice([1, 1, 1, 2, 2, 3]),
        "supported_areas": rng.choice([3, 3, 3, 4]),
        "unsup_no_rationale": rng.choice([1, 2, 3]),
        "unsup_unknown_areas": 0,
        "unsup_no_imaging": rng.choice([1, 1, 2]),
        "level_77285": 2,
        "level_77280": 1,
    }[oc]
    if n:
        maxn = 1 + len(site["extra"])
        n = min(n, maxn)
        areas = _choose_areas(rng, site, n)
        if oc == "level_77285" and area_count(areas) != 2:
            areas = [(site["primary"][0][0], site["primary"][0][1][0]), (site["extra"][0][0], site["extra"][0][1][0])]
        plan["areas"] = areas
        plan["area_mode"] = "table" if plan["style"] == "table" else rng.choice(AREA_MODES)
    feats: list[str] = []
    if oc in ("supported_feature", "unsup_unknown_areas") or (
        oc == "unsup_no_rationale" and area_count(plan["areas"]) < 3
    ):
        pool = list(site["features"])
        feats = rng.sample(pool, 2 if (len(pool) > 1 and rng.random() < 0.3) else 1)
        if plan["site"] == "gyn_brachy" and "brachytherapy" not in feats and rng.random() < 0.8:
            feats = ["brachytherapy", *feats[:1]]
    elif oc == "unsup_no_imaging":
        pool = [f for f in site["features"] if f in ("custom_shielding", "complex_blocking")]
        feats = [rng.choice(pool)]
    plan["features"] = sorted(feats)
    mods: list[str] = []
    if oc != "unsup_no_imaging":
        if "fluoroscopy" in site["mods"] and rng.random() < 0.25:
            mods.append("fluoroscopy")
        if not mods or rng.random() < 0.5:
            mods.append("CT")
        for m in site["mods"]:
            if m != "fluoroscopy" and rng.random() < 0.35:
                mods.append(m)
        if oc in ("level_77285", "level_77280") and rng.random() < 0.1:
            mods = []
    order = ["CT", "MRI", "PET", "fluoroscopy", "ultrasound"]
    plan["mods"] = [m for m in order if m in mods]
    want_r = {
        "supported_feature": True,
        "supported_areas": True,
        "unsup_no_rationale": False,
        "unsup_unknown_areas": True,
        "unsup_no_imaging": True,
        "level_77285": rng.random() < 0.55,
        "level_77280": rng.random() < 0.4,
    }[oc]
    if want_r:
        plan["cat"] = _rationale_cat(rng, plan, site)
    _traps(rng, plan, site)
    return plan


def _traps(rng: random.Random, plan: dict[str, Any], site: dict[str, Any]) -> None:
    tr: list[str] = []
    fl: dict[str, Any] = {}
    feats, mods = set(plan["features"]), set(plan["mods"])
    absent = [
        f for f in dict.fromkeys(list(site["features"]) + GENERIC_FEATURES) if f not in feats and f != "brachytherapy"
    ]
    rng.shuffle(absent)
    absent_mods = [m for m in ("MRI", "PET") if m not in mods]
    if plan["style"] == "long" or rng.random() < 0.45:
        tr.append("historical_imaging")
        if rng.random() < 0.6:
            tr.append("historical_contrast")
    if absent and rng.random() < 0.28:
        tr.append("negated_feature")
        fl["neg_feature"] = absent.pop()
    if absent and rng.random() < 0.28:
        tr.append("planned_feature")
        fl["plan_feature"] = absent.pop()
    if absent_mods and rng.random() < 0.12 and mods:
        tr.append("negated_modality")
        fl["neg_mod"] = rng.choice(absent_mods)
    if absent_mods and rng.random() < 0.22:
        tr.append("planned_modality")
        fl["plan_mod"] = rng.choice(absent_mods)
    blanks = [k for k in ("contrast", "custom_shielding", "arc_rotational", "particle") if k not in feats]
    if "MRI" not in mods and "PET" not in mods:
        blanks.append("MRI")
    if rng.random() < 0.17:
        tr.append("blank_template")
        fl["blanks"] = rng.sample(blanks, min(len(blanks), rng.randint(1, 2)))
    if (plan["cat"] is None and rng.random() < 0.7) or (plan["cat"] and rng.random() < 0.08):
        tr.append("bare_assertion")
    if plan["areas"] and plan["mods"] and len(plan["areas"]) == 1 and rng.random() < 0.4:
        tr.append("many_beams_one_target")
    if site.get("motion") and "CT" in mods and not feats and rng.random() < 0.8:
        tr.append("4dct_alone")
        fl["force_4dct"] = True
    if absent and rng.random() < 0.13:
        tr.append("copy_forward")
        fl["copy_items"] = rng.sample(absent, min(2, len(absent)))
    if plan["areas"] and rng.random() < 0.12:
        tr.append("prior_course")
    if rng.random() < 0.25 or (plan["outcome"] not in ("supported_feature", "supported_areas") and rng.random() < 0.3):
        tr.append("charge_line")
    if not feats & {"custom_shielding", "complex_blocking"} and rng.random() < 0.2:
        tr.append("mlc_only")
    if plan["site"] in ("skin_electron", "breast_nodes", "sarcoma", "head_neck") and rng.random() < 0.25:
        tr.append("bolus")
    if rng.random() < 0.3:
        tr.append("custom_immobilization")
    if "contrast" not in feats and "negated_feature" not in tr and rng.random() < 0.12:
        tr.append("addendum_retraction")
        fl["retract"] = "contrast"
    elif "arc_rotational" not in feats and rng.random() < 0.06:
        tr.append("addendum_retraction")
        fl["retract"] = "arc_rotational"
    if "contrast" in feats and rng.random() < 0.3:
        tr.append("addendum_correction")
        fl["feature_in_addendum"] = "contrast"
    if "MRI" in mods and rng.random() < 0.5:
        tr.append("fused_old_contrast")
        fl["mri_gad"] = True
    if "contrast" not in feats and "addendum_retraction" not in tr and rng.random() < 0.06:
        tr.append("contrast_allergy")
    if rng.random() < 0.07:
        tr.append("other_person")
    if plan["note_type"] == "order_procedure":
        tr.append("order_vs_procedure")
        extra = absent[:1]
        fl["order_items"] = sorted(set(plan["features"]) | set(extra))
    if plan["note_type"] == "resim" and "copy_forward" not in tr and absent:
        tr.append("copy_forward")
        fl["copy_items"] = absent[:1]
    if not tr and rng.random() < 0.5:
        tr.append("historical_imaging")
    plan["traps"] = tr
    plan["flags"] = fl
