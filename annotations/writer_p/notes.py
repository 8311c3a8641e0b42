"""Allocation, plans, traps, rendering and the plan-versus-spans check for writer P (``build_all``)."""

from __future__ import annotations

import itertools
import random
import re
from typing import Any

from simcheck.annotations import decide_labels

from . import extras, styles
from .compose import ALL_FEATS, NonSimComposer, SimComposer
from .markup import map_all, map_plain, render, wrap
from .plan import Ctx, Plan, area_keys
from .vocab import SITE_LABELS, SITES

SEED = "simcheck-writer-p-v1"
DEBUG = False
N_NOTES = 250
OUTCOMES = [("S_feat", 62), ("S_areas", 18), ("S_both", 20), ("U_norat", 22), ("U_285", 18), ("U_280", 20),
            ("U_unknown", 14), ("U_noimg", 12), ("U_blank", 8), ("NONSIM", 56)]
NOTE_TYPES = {
    "S_feat": ["sim_note", "sim_note", "ct_sim_procedure", "ct_sim_procedure", "mr_sim", "resim", "srs_sbrt_sim",
               "brachy_procedure", "brachy_procedure", "order_plus_sim", "palliative_setup", "electron_setup"],
    "S_areas": ["sim_note", "ct_sim_procedure", "resim", "order_plus_sim", "srs_sbrt_sim", "palliative_setup"],
    "S_both": ["sim_note", "ct_sim_procedure", "mr_sim", "order_plus_sim", "srs_sbrt_sim", "resim"],
    "U_norat": ["sim_note", "ct_sim_procedure", "therapist_sim_note", "nurse_sim_note", "resim", "brachy_procedure"],
    "U_285": ["sim_note", "ct_sim_procedure", "resim", "therapist_sim_note", "order_plus_sim", "palliative_setup"],
    "U_280": ["sim_note", "ct_sim_procedure", "resim", "therapist_sim_note", "palliative_setup", "srs_sbrt_sim"],
    "U_unknown": ["sim_note", "ct_sim_procedure", "therapist_sim_note", "nurse_sim_note"],
    "U_noimg": ["electron_setup", "electron_setup", "palliative_setup"],
    "U_blank": ["sim_note", "ct_sim_procedure"],
    "NONSIM": ["consult", "on_treatment", "treatment_summary", "tumor_board", "telephone", "secure_message",
               "community_care_result", "physics_chart_check", "follow_up"],
}
GENERAL_SITES = [k for k in SITES if k != "gyn_brachy"]
TYPE_SITES = {
    "brachy_procedure": ["gyn_brachy", "gyn_brachy", "gyn_brachy", "prostate"],
    "srs_sbrt_sim": ["srs", "srs", "spine_sbrt", "liver", "lung"],
    "mr_sim": ["prostate", "cervix", "head_neck", "srs", "spine_sbrt", "rectum", "sarcoma", "liver", "whole_brain",
               "bladder", "anal"],
    "electron_setup": ["skin"],
    "palliative_setup": ["palliative", "bone_mets"],
}
STYLES = ["dictated", "template", "bullets", "allcaps", "terse", "typos", "long", "reminder"]
STAFF_STYLES = ["log", "log", "terse", "allcaps", "typos", "bullets", "template"]
LAYOUT = {"dictated": ["prose"], "template": ["template"], "bullets": ["bullets"], "allcaps": ["template", "prose"],
          "terse": ["bullets", "template"], "typos": ["prose", "template"], "long": ["template", "prose"],
          "reminder": ["reminder"], "log": ["log"]}
SUPPORTED = {"S_feat", "S_areas", "S_both"}


class PlanError(ValueError):
    """A rendered note disagrees with its plan."""


def _area_options(site_key: str, ctx: Ctx) -> list[list[str]]:
    site = SITES[site_key]
    values = [ctx.fmt(a.value) for a in site.areas]
    out: list[list[str]] = []
    for size in range(1, min(4, len(values)) + 1):
        for combo in itertools.combinations(values, size):
            if not site.pool and values[0] not in combo:
                continue
            out.append(list(combo))
    return out


def _pick_areas(ctx: Ctx, n_choices: list[int]) -> list[str] | None:
    opts = [o for o in _area_options(ctx.plan.site, ctx) if len(area_keys(o)) in n_choices]
    if not opts:
        return None
    return ctx.pick(opts)


def _site_ok(site_key: str, outcome: str, note_type: str) -> bool:
    site = SITES[site_key]
    max_keys = len(area_keys([a.value.replace("{lat}", "x").replace("{side}", "x") for a in site.areas]))
    if outcome in ("S_areas", "S_both") and max_keys < 3:
        return False
    if outcome == "U_285" and max_keys < 2:
        return False
    if outcome == "U_unknown" and site_key not in ("srs", "bone_mets", "lymphoma"):
        return False
    feats = [f for f in site.feats if f != "brachytherapy"]
    if outcome in ("S_feat", "S_both", "U_unknown") and not feats and note_type != "brachy_procedure":
        return False
    return not (note_type == "srs_sbrt_sim" and outcome in ("S_areas", "S_both") and site_key != "srs")


def allocate() -> list[Plan]:
    """Decide outcome, note type, style and site for every note (seeded)."""
    rng = random.Random(f"{SEED}:allocation")
    outcomes = [o for o, n in OUTCOMES for _ in range(n)]
    rng.shuffle(outcomes)
    plans: list[Plan] = []
    style_cycle = itertools.cycle(STYLES)
    staff_cycle = itertools.cycle(STAFF_STYLES)
    site_use: dict[str, int] = dict.fromkeys(SITES, 0)
    for i, outcome in enumerate(outcomes, start=1):
        nid = f"wp-{i:04d}"
        note_type = rng.choice(NOTE_TYPES[outcome])
        candidates = TYPE_SITES.get(note_type, GENERAL_SITES)
        candidates = [s for s in candidates if _site_ok(s, outcome, note_type)]
        if not candidates:
            note_type = "sim_note"
            candidates = [s for s in GENERAL_SITES if _site_ok(s, outcome, note_type)]
        low = min(site_use[s] for s in candidates)
        site = rng.choice([s for s in candidates if site_use[s] <= low + 2])
        site_use[site] += 1
        style = next(staff_cycle) if note_type in ("therapist_sim_note", "nurse_sim_note") else next(style_cycle)
        layout = rng.choice(LAYOUT[style])
        plans.append(Plan(nid=nid, outcome=outcome, site=site, note_type=note_type, style=style, layout=layout,
                          sim=outcome != "NONSIM"))
    return plans


# ------------------------------------------------------------------------------------------ plan details


def _rationale_category(ctx: Ctx) -> str:
    plan = ctx.plan
    cats = ["OAR proximity", "OAR proximity", "irregular target", "prior field overlap", "immobilization",
            "anesthesia/immobilization"]
    if len(area_keys(plan.areas)) >= 2:
        cats += ["multiple targets"] * 2
    if "contrast" in plan.features:
        cats += ["contrast for delineation"] * 2
    if {"MRI", "PET"} & set(plan.modalities):
        cats += ["fusion for delineation"] * 2
    if "brachytherapy" in plan.features:
        cats += ["applicator verification"] * 4
    if "custom_shielding" in plan.features:
        cats += ["custom shielding"] * 2
    if ctx.site.motion and "CT" in plan.modalities:
        cats += ["target motion"] * 2
    return ctx.pick(cats)


def detail(ctx: Ctx) -> None:
    """Fill areas, features, modalities, rationale and traps of a simulation plan."""
    plan, site = ctx.plan, ctx.site
    o, nt = plan.outcome, plan.note_type
    if o == "U_blank":
        plan.traps = [ctx.pick(["aborted_simulation", "blank_template_note"])]
        plan.area_form = "none"
        return
    # areas
    want = {"S_feat": [1, 1, 2], "S_areas": [3, 3, 4], "S_both": [3, 4], "U_norat": [1, 2, 3], "U_285": [2],
            "U_280": [1], "U_unknown": [], "U_noimg": [1, 1, 2]}[o]
    if nt == "brachy_procedure" or nt == "electron_setup":
        want = [1]
    if want:
        areas = _pick_areas(ctx, [ctx.pick(want)]) or _pick_areas(ctx, want)
        if areas is None:
            raise PlanError(f"{plan.nid}: no area option")
        plan.areas = areas
        forms = ["named", "named", "named", "count", "count_named", "isocenter"]
        if plan.layout in ("template", "reminder"):
            forms += ["checkbox", "table"]
        plan.area_form = ctx.pick(forms)
        if plan.area_form == "isocenter" and len(area_keys(areas)) != len(areas):
            plan.area_form = "named"
    if site.key == "srs":
        ctx.slots["n"] = str(len(area_keys(plan.areas))) if plan.areas else "multiple"
    # features
    feats = [f for f in site.feats if f not in ("brachytherapy", "hyperthermia")]
    if "hyperthermia" in site.feats and ctx.chance(0.25):
        feats = ["hyperthermia"]
    if nt not in ("resim", "sim_note", "ct_sim_procedure", "mr_sim", "srs_sbrt_sim"):
        feats = [f for f in feats if f != "particle"] or feats
    elif "particle" in feats:
        feats += ["particle", "particle"]
    need_feat = o in ("S_feat", "S_both", "U_unknown", "U_noimg") or (o == "U_norat" and (
        len(area_keys(plan.areas)) < 3 or ctx.chance(0.5)))
    if nt == "brachy_procedure":
        plan.features = ["brachytherapy"]
    elif o == "U_noimg":
        plan.features = ["custom_shielding"] if site.key == "skin" else [ctx.pick(["custom_shielding",
                                                                                   "complex_blocking"])]
    elif need_feat:
        plan.features = [ctx.pick(feats)]
        if ctx.chance(0.25):
            second = sorted({f for f in feats if f not in plan.features})
            if second:
                plan.features.append(ctx.pick(second))
    plan.features.sort()
    # modalities
    mods: list[str] = []
    if o == "U_noimg":
        mods = []
    elif nt == "brachy_procedure":
        mods = ctx.pick([["CT"], ["CT", "ultrasound"], ["fluoroscopy"], ["fluoroscopy", "ultrasound"], ["CT", "MRI"],
                         ["ultrasound", "CT"]])
        if site.key == "prostate":
            mods = ctx.pick([["CT", "ultrasound"], ["ultrasound", "fluoroscopy"], ["CT"]])
    elif nt == "palliative_setup" and ctx.chance(0.6):
        mods = ["fluoroscopy"] if ctx.chance(0.6) else ["CT", "fluoroscopy"]
    elif nt == "mr_sim":
        mods = ["CT", "MRI"] if ctx.chance(0.7) else ["MRI"]
    else:
        mods = ["CT"]
        for m in site.mods:
            fused = m in ("MRI", "PET") and ctx.chance(0.4 if nt != "srs_sbrt_sim" else 0.9)
            if fused or (m == "ultrasound" and ctx.chance(0.15)):
                mods.append(m)
    order = ["CT", "MRI", "PET", "fluoroscopy", "ultrasound"]
    plan.modalities = [m for m in order if m in mods]
    # rationale
    if o == "U_norat":
        plan.rationale = None
    elif o in SUPPORTED or ctx.chance(0.7):
        plan.rationale = _rationale_category(ctx)
    _choose_traps(ctx)


def _choose_traps(ctx: Ctx) -> None:
    plan, site = ctx.plan, ctx.site
    missing_feats = [f for f in ALL_FEATS if f not in plan.features]
    missing_mods = [m for m in ("MRI", "PET") if m not in plan.modalities]
    n_keys = len(area_keys(plan.areas))
    staff = plan.note_type in ("therapist_sim_note", "nurse_sim_note")
    eligible = ["historical_imaging", "historical_imaging", "historical_contrast", "other_person", "bolus",
                "custom_immobilization", "consult_tracking", "prior_course_mention", "negated_feature",
                "negated_feature", "planned_feature", "planned_feature", "mlc_only"]
    if missing_mods:
        eligible += ["planned_modality", "negated_modality"]
    if plan.layout != "prose":
        eligible += ["blank_template", "blank_template"]
    if plan.layout in ("reminder", "template"):
        eligible += ["reminder_residue"]
    if "contrast" not in plan.features:
        eligible += ["contrast_allergy"]
    if n_keys == 1 and plan.note_type not in ("electron_setup", "brachy_procedure"):
        eligible += ["many_beams_one_target"] * 3
    if {"MRI", "PET"} & set(plan.modalities):
        eligible += ["fused_old_contrast"] * 2
    if not staff and plan.note_type != "brachy_procedure":
        eligible += ["copy_forward"] * (4 if plan.note_type == "resim" else 1)
        eligible += ["addendum_retract_feature", "addendum_retract_modality"] if missing_mods else [
            "addendum_retract_feature"]
        if plan.features and plan.rationale not in ("contrast for delineation", "custom shielding"):
            eligible += ["addendum_adds_feature"]
        if plan.areas:
            eligible += ["addendum_fix_count"]
        eligible += ["bare_assertion", "attestation_bare"]
    if plan.note_type == "order_plus_sim":
        eligible += ["order_vs_procedure"] * 5
    if not plan.rationale:
        eligible += ["bare_assertion"] * 3 + ["blank_rationale"] * (2 if plan.layout != "prose" else 0) + [
            "copied_rationale"]
    k = ctx.pick([0, 1, 2, 2, 3, 3, 4])
    traps: list[str] = []
    pool = list(eligible)
    while len(traps) < k and pool:
        t = ctx.pick(pool)
        pool = [p for p in pool if p != t]
        if t.startswith("addendum_") and any(x.startswith("addendum_") for x in traps):
            continue
        traps.append(t)
    if plan.note_type == "order_plus_sim" and "order_vs_procedure" not in traps and ctx.chance(0.6):
        traps.append("order_vs_procedure")
    if site.motion and not plan.features and "CT" in plan.modalities and plan.note_type != "brachy_procedure":
        traps.append("4dct_alone")
    if not missing_feats:
        traps = [t for t in traps if t not in ("negated_feature", "planned_feature", "blank_template", "copy_forward",
                                               "addendum_retract_feature", "order_vs_procedure", "mlc_only")]
    if "complex_blocking" in plan.features:
        traps = [t for t in traps if t != "mlc_only"]
    if plan.outcome == "U_unknown":
        traps.append(ctx.pick(["vague_count", "blank_area_count"]))
    if plan.outcome == "U_noimg":
        traps = [t for t in traps if t not in ("addendum_retract_modality", "fused_old_contrast")]
        traps.append("clinical_setup_no_imaging")
    plan.traps = sorted(set(traps), key=traps.index)


def nonsim_traps(ctx: Ctx) -> None:
    """Traps of a document that records no simulation."""
    pool = ["historical_imaging", "historical_contrast", "other_person", "planned_feature", "planned_modality",
            "consult_tracking", "prior_course_mention"]
    k = ctx.rng.randint(1, 3)
    ctx.plan.traps = ["non_simulation_note", *ctx.rng.sample(pool, k)]


# ------------------------------------------------------------------------------------------ rendering


def _style(markup: str, style: str, rng: random.Random) -> str:
    if style == "terse":
        markup = map_plain(markup, lambda s: styles.terse(s, rng))
    elif style == "typos":
        markup = map_plain(markup, lambda s: styles.typos(s, rng))
    elif style == "allcaps":
        markup = map_all(markup, styles.caps)
    return markup


_PRONOUNS = {"he": "she", "He": "She", "his": "her", "His": "Her", "him": "her", "himself": "herself",
             "male": "female", "wife": "husband"}


def _she(markup: str) -> str:
    return re.sub(r"\b(he|He|his|His|him|himself|male|wife)\b", lambda m: _PRONOUNS[m.group(1)], markup)


def _check(plan: Plan, spans: list[dict[str, Any]]) -> None:
    rat = any(s["label"] == "RATIONALE" for s in spans)
    feats = {s["value"] for s in spans if s["label"] == "FEATURE"}
    mods = {s["value"] for s in spans if s["label"] == "MODALITY"}
    counts = [s for s in sorted(spans, key=lambda s: (s["start"], s["end"])) if s["label"] == "AREA_COUNT"]
    sites = [s["value"] for s in spans if s["label"] == "TREATMENT_SITE"]
    areas = int(counts[-1]["value"]) if counts else (len(area_keys(sites)) if sites else None)
    planned_areas = len(area_keys(plan.areas)) if plan.areas else None
    problems = []
    if rat != bool(plan.rationale):
        problems.append("rationale")
    if feats != set(plan.features):
        problems.append(f"features {sorted(feats)} vs {plan.features}")
    if mods != set(plan.modalities):
        problems.append(f"modalities {sorted(mods)} vs {plan.modalities}")
    if areas != planned_areas:
        problems.append(f"areas {areas} vs {planned_areas}")
    if sites and set(sites) - set(plan.areas):
        problems.append("unplanned site span")
    if problems:
        raise PlanError(f"{plan.nid}: " + "; ".join(problems))


def _outcome_ok(plan: Plan, supported: bool, level: str) -> bool:
    o = plan.outcome
    if o in SUPPORTED:
        return supported
    if supported:
        return False
    return {
        "U_285": level == "77285", "U_280": level == "77280", "U_norat": not plan.rationale,
        "U_unknown": not plan.areas and level == "77290", "U_noimg": not plan.modalities,
        "U_blank": level == "undetermined" and not plan.rationale, "NONSIM": level == "undetermined"
        and not plan.rationale,
    }[o]


def _render(blocks: list[tuple[str, str, bool]], plan: Plan, ctx: Ctx,
            rng: random.Random) -> tuple[str, list[dict[str, Any]], list[str], int]:
    pieces = []
    keys = []
    for key, markup, system in blocks:
        keys.append(key)
        if not system and ctx.female:
            markup = _she(markup)
        pieces.append(markup if system else _style(markup, plan.style, rng))
    sep = rng.choice(["\n\n", "\n\n", "\n \n", "\n"])
    text, spans = render(sep.join(pieces) + "\n")
    text = wrap(text, spans, rng.choice([78, 79, 80, 80]))
    words = len(re.findall(r"[a-z0-9]+(?:['/][a-z0-9]+)*", text.lower()))
    return text, spans, keys, words


def build_note(plan: Plan) -> dict[str, Any]:
    """Plan details, write, render, check and return one record."""
    rng = random.Random(f"{SEED}:{plan.nid}")
    ctx = Ctx(plan, rng)
    if plan.sim:
        detail(ctx)
        writer = SimComposer(ctx).compose()
    else:
        nonsim_traps(ctx)
        writer = NonSimComposer(ctx).compose()
    text, spans, keys, words = _render(writer.blocks, plan, ctx, rng)
    tries = 0
    while plan.style == "long" and words < 620 and tries < 4:
        tries += 1
        extra = extras.pick_fill(ctx, extras.COUNSEL + extras.NURSE_BOILER, 2)
        writer.blocks.insert(min(3, len(writer.blocks) - 1), (f"more_{tries}", " ".join(extra), False))
        text, spans, keys, words = _render(writer.blocks, plan, ctx, rng)
    _check(plan, spans)
    areas = len(area_keys(plan.areas)) if plan.areas else None
    decision = decide_labels(bool(plan.rationale), areas, plan.features, plan.modalities)
    if not _outcome_ok(plan, decision.supported, decision.level):
        raise PlanError(f"{plan.nid}: outcome {plan.outcome} not met ({decision.level}, {decision.supported})")
    if plan.style == "long" and not 600 <= words <= 1500 and not DEBUG:
        raise PlanError(f"{plan.nid}: long note has {words} words")
    labels = {
        "rationale": bool(plan.rationale), "treatment_areas": areas, "features": sorted(plan.features),
        "modalities": list(plan.modalities), "supported": decision.supported, "level": decision.level,
        "missing": decision.missing,
    }
    meta = {
        "writer": "p", "site": SITE_LABELS[plan.site], "style": plan.style, "note_type": plan.note_type,
        "skeleton": f"{plan.note_type}/{plan.style}/" + ">".join(keys), "traps": plan.traps, "words": words,
        "outcome": plan.outcome, "layout": plan.layout, "rationale_category": plan.rationale,
        "area_form": plan.area_form,
    }
    return {"id": plan.nid, "text": text, "labels": labels, "spans": spans, "meta": meta}


def build_all() -> list[dict[str, Any]]:
    """All 250 records of writer P, in id order (deterministic)."""
    return [build_note(plan) for plan in allocate()]
