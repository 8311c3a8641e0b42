"""Writer R: allocation, per-note plans and traps, layouts and style transforms, rendering, checks, records."""

from __future__ import annotations

import random
import re
from typing import Any

from simcheck.annotations import decide_labels

from . import compose, vocab
from .evidence import FEATURE_ORDER, MODALITY_ORDER, Plan, site_keys
from .markup import parse, render
from .vocab import SITES

SEED = "simcheck-writer-r-v1"
N_NOTES = 250
OUTCOMES = [
    ("supported_feature", 78),
    ("supported_areas", 22),
    ("no_rationale", 22),
    ("areas_unknown", 16),
    ("no_imaging", 8),
    ("level_77285", 16),
    ("level_77280", 18),
    ("no_simulation", 50),
    ("blank_template", 10),
    ("aborted", 10),
]
SIMT = ["sim_note", "ct_sim_procedure", "order_procedure", "resident_attested", "resim", "sim_4dct"]
NONSIM = [
    "consult",
    "otv",
    "treatment_summary",
    "follow_up",
    "inbasket",
    "tumor_board",
    "nurse_navigator",
    "prior_auth",
]
OUTCOME_TYPES = {
    "supported_feature": [
        *SIMT,
        "srs_sbrt_checklist",
        "brachy_procedure",
        "peds_anesthesia",
        "electron_setup",
        "conv_sim",
    ],
    "supported_areas": [t for t in SIMT if t != "sim_4dct"] + ["srs_sbrt_checklist", "peds_anesthesia"],
    "no_rationale": [*SIMT, "srs_sbrt_checklist", "brachy_procedure", "conv_sim"],
    "areas_unknown": [
        "sim_note",
        "ct_sim_procedure",
        "order_procedure",
        "resident_attested",
        "sim_4dct",
        "srs_sbrt_checklist",
    ],
    "no_imaging": ["electron_setup", "clinical_setup"],
    "level_77285": [*SIMT, "conv_sim"],
    "level_77280": [*SIMT, "conv_sim", "peds_anesthesia"],
    "no_simulation": NONSIM,
    "blank_template": ["blank_template"],
    "aborted": ["aborted_sim"],
}
NT_SITES = {
    "srs_sbrt_checklist": ["brain_srs", "lung", "bone_mets", "pancreas"],
    "brachy_procedure": ["gyn", "prostate"],
    "peds_anesthesia": ["pediatric"],
    "sim_4dct": ["lung", "esophagus", "pancreas"],
    "electron_setup": ["skin"],
    "clinical_setup": ["skin", "palliative", "bone_mets"],
    "conv_sim": ["palliative", "bone_mets", "whole_brain"],
}
STYLES = ["dictated", "epic_template", "flowsheet", "bullets", "caps", "terse", "typos", "long"]
LONG_OK = {
    "sim_note",
    "resident_attested",
    "consult",
    "treatment_summary",
    "follow_up",
    "peds_anesthesia",
    "resim",
    "brachy_procedure",
    "tumor_board",
    "otv",
}
FLOW_OK = {
    "ct_sim_procedure",
    "sim_note",
    "sim_4dct",
    "order_procedure",
    "srs_sbrt_checklist",
    "brachy_procedure",
    "peds_anesthesia",
    "electron_setup",
    "clinical_setup",
    "conv_sim",
    "blank_template",
    "resim",
    "aborted_sim",
    "nurse_navigator",
}
COUNT_FORMS = ("stated_count", "count_named", "count_single")
WORD = re.compile(r"[a-z0-9]+(?:['/][a-z0-9]+)*")


def max_areas(site: str) -> int:
    """Largest area count the site's vocabulary supports."""
    s = SITES[site]
    if s["pool"]:
        return len(s["prim"])  # type: ignore[arg-type]
    return 1 + len(s["sec"])  # type: ignore[arg-type]


def allowed_styles(nt: str) -> list[str]:
    """Styles a note type may take."""
    out = []
    for style in STYLES:
        if style == "long" and nt not in LONG_OK:
            continue
        if style == "flowsheet" and nt not in FLOW_OK:
            continue
        if style == "dictated" and nt in ("inbasket", "blank_template"):
            continue
        out.append(style)
    return out


def allowed_sites(nt: str, outcome: str) -> list[str]:
    """Sites a note type and outcome may take."""
    if nt in NT_SITES:
        sites = NT_SITES[nt]
    elif nt in SIMT or nt in ("resim",):
        sites = [s for s in SITES if s != "pediatric" or nt == "resim"]
    else:
        sites = list(SITES)
    if outcome == "supported_areas":
        sites = [s for s in sites if max_areas(s) >= 3]
    if outcome == "level_77285":
        sites = [s for s in sites if max_areas(s) >= 2]
    return sites


def allocate() -> list[tuple[str, str, str, str]]:
    """(outcome, note type, style, site) for every note, balanced and seeded."""
    rng = random.Random(f"{SEED}:allocation")
    outcomes: list[str] = []
    for name, n in OUTCOMES:
        outcomes.extend([name] * n)
    rng.shuffle(outcomes)
    type_queues: dict[str, list[str]] = {}
    style_count = dict.fromkeys(STYLES, 0)
    site_count = dict.fromkeys(SITES, 0)
    out = []
    for outcome in outcomes:
        queue = type_queues.setdefault(outcome, [])
        if not queue:
            queue.extend(OUTCOME_TYPES[outcome])
            rng.shuffle(queue)
        nt = queue.pop()
        styles = allowed_styles(nt)
        low = min(style_count[s] for s in styles)
        style = rng.choice([s for s in styles if style_count[s] == low])
        style_count[style] += 1
        sites = allowed_sites(nt, outcome)
        low = min(site_count[s] for s in sites)
        site = rng.choice([s for s in sites if site_count[s] == low])
        site_count[site] += 1
        out.append((outcome, nt, style, site))
    return out


REFERRER_BY_SITE = {
    "breast": [0, 1],
    "prostate": [4],
    "head_neck": [2],
    "lung": [5, 0],
    "whole_brain": [0],
    "brain_srs": [0, 1],
    "bone_mets": [0],
    "gyn": [3],
    "rectum": [1, 0],
    "esophagus": [1, 0],
    "pancreas": [1, 0],
    "lymphoma": [0],
    "skin": [7],
    "pediatric": [6],
    "palliative": [0, 5],
    "sarcoma": [1],
}


def _date(rng: random.Random, year: int, month: int) -> str:
    return f"{month:02d}/{rng.randint(1, 28):02d}/{year}"


def make_ctx(rng: random.Random, site: str) -> dict[str, str]:
    """Per-note context: dates, people, laterality and small values."""
    year = rng.choice([2024, 2025, 2026])
    month = rng.randint(4, 12)
    side = rng.choice(["left", "right"])
    return {
        "side": side,
        "contra": "right" if side == "left" else "left",
        "year": str(year),
        "date": _date(rng, year, month),
        "hist_date": _date(rng, year, month - rng.randint(1, 2)),
        "hist_date2": _date(rng, year, month - 3),
        "start": _date(rng, year, min(12, month + 1)),
        "time": f"{rng.randint(7, 18):02d}{rng.randint(0, 59):02d}",
        "time2": f"{rng.randint(7, 20):02d}:{rng.randint(0, 59):02d}",
        "mrn": str(rng.randint(1000, 999999)),
        "csn": str(rng.randint(100000000, 999999999)),
        "attending": rng.choice(vocab.ATTENDINGS),
        "resident": rng.choice(vocab.RESIDENTS),
        "fellow": vocab.FELLOWS[{"pediatric": 1, "gyn": 2, "prostate": 2}.get(site, 0)],
        "therapist": rng.choice(vocab.THERAPISTS),
        "dosimetrist": rng.choice(vocab.DOSIMETRISTS),
        "physicist": rng.choice(vocab.PHYSICISTS),
        "navigator": rng.choice(vocab.NAVIGATORS),
        "anesthesia": vocab.ANESTHESIA[0] if site == "pediatric" else rng.choice(vocab.ANESTHESIA[1:]),
        "referrer": rng.choice([vocab.REFERRERS[i] for i in REFERRER_BY_SITE[site]]),
        "ct_unit": rng.choice(vocab.CT_UNITS),
        "resp": rng.choice(compose.RESP),
        "psa": f"{rng.uniform(3.2, 48):.1f}",
        "age": str(rng.randint(2, 9)),
        "age_adult": str(rng.randint(34, 89)),
        "sex": rng.choice(["woman", "man"])
        if site not in ("breast", "gyn", "prostate")
        else ("man" if site == "prostate" else "woman"),
        "child": rng.choice(["boy", "girl"]),
        "size": f"{rng.uniform(1.1, 8.9):.1f}",
        "suv": f"{rng.uniform(3.1, 24):.1f}",
        "cr": f"{rng.uniform(1.6, 2.9):.1f}",
        "prior": rng.choice(["whole-breast", "pelvic", "neck", "mediastinal", "spine", "prostate"]),
        "prior_yr": str(rng.randint(2008, 2021)),
    }


def choose_areas(plan: Plan, n: int, rng: random.Random, bilateral: bool = False) -> list[tuple[str, str]]:
    """Pick n areas (value, surface) from the site vocabulary."""
    s = SITES[plan.site]
    prim = list(s["prim"])  # type: ignore[arg-type]
    sec = list(s["sec"])  # type: ignore[arg-type]
    ctx = plan.ctx
    if plan.note_type == "brachy_procedure":
        prim = [p for p in prim if p[0] in ("cervix", "vaginal cuff", "prostate")]
    if s["pool"]:
        idx = sorted(rng.sample(range(len(prim)), n))
        chosen = [prim[i] for i in idx]
    else:
        first = rng.choice(prim)
        if plan.site == "pediatric" and n >= 2:
            first = prim[3]
        if bilateral:
            return [
                (compose.fmt(first[0], ctx), compose.fmt(rng.choice(first[1]), ctx)),
                ("bilateral neck", "bilateral neck"),
            ]
        idx = sorted(rng.sample(range(len(sec)), n - 1))
        chosen = [first] + [sec[i] for i in idx]
    return [(compose.fmt(v, ctx), compose.fmt(rng.choice(surfs), ctx)) for v, surfs in chosen]


def plan_note(nid: str, outcome: str, nt: str, style: str, site: str) -> Plan:
    """Decide everything a note documents and which traps it carries."""
    rng = random.Random(f"{SEED}:{nid}")
    plan = Plan(nid=nid, outcome=outcome, note_type=nt, style=style, site=site, ctx=make_ctx(rng, site))
    s = SITES[site]
    feats_site = [f for f in s["feats"] if f != "brachytherapy" or nt == "brachy_procedure"]  # type: ignore[union-attr]
    sim = outcome not in ("no_simulation", "blank_template", "aborted")
    if sim:
        plan_sim(plan, rng, feats_site)
    choose_traps(plan, rng, sim)
    return plan


def plan_sim(plan: Plan, rng: random.Random, feats_site: list[str]) -> None:
    """Elements of a simulation document."""
    outcome, nt, site = plan.outcome, plan.note_type, plan.site
    s = SITES[site]
    mx = max_areas(site)
    features: list[str] = []
    n: int | None = 1
    if outcome in ("supported_feature", "no_rationale", "areas_unknown", "no_imaging"):
        if nt == "brachy_procedure":
            features = ["brachytherapy"]
            if site == "gyn" and rng.random() < 0.3:
                features.append("contrast")
        elif nt in ("electron_setup",):
            features = ["custom_shielding"]
        elif nt in ("conv_sim", "clinical_setup"):
            features = [rng.choice(["custom_shielding", "complex_blocking"])]
        elif nt == "srs_sbrt_checklist":
            features = [
                rng.choice([f for f in feats_site if f in ("arc_rotational", "particle")] or ["arc_rotational"])
            ]
        else:
            k = 2 if rng.random() < 0.25 else 1
            features = rng.sample(feats_site, min(k, len(feats_site)))
        if outcome == "no_rationale" and rng.random() < 0.3 and mx >= 3 and nt not in ("brachy_procedure", "conv_sim"):
            features = []
        n = rng.choices([1, 2, 3], weights=[55, 30, 15])[0]
        if nt in ("brachy_procedure", "electron_setup") or (nt == "clinical_setup"):
            n = 1 if nt != "electron_setup" else rng.choice([1, 1, 2])
        if nt == "peds_anesthesia":
            n = rng.choice([1, 3])
        if not features:
            n = rng.choice([3, 4]) if mx >= 4 else 3
    elif outcome == "supported_areas":
        n = rng.choice([3, 3, 3, 4]) if mx >= 4 else 3
    elif outcome == "level_77285":
        n = 2
    elif outcome == "level_77280":
        n = 1
    n = min(n, mx)
    if not features and outcome in ("supported_areas", "no_rationale"):
        assert n >= 3
    plan.features = sorted(set(features), key=FEATURE_ORDER.index)
    if "contrast" in plan.features:
        kinds = list(s["contrast"]) or ["IV"]  # type: ignore[arg-type]
        plan.contrast_kind = (
            "vaginal" if nt == "brachy_procedure" and "vaginal" in kinds and rng.random() < 0.6 else rng.choice(kinds)
        )
    # imaging
    mods: list[str] = []
    if outcome != "no_imaging":
        if nt == "conv_sim":
            mods = ["fluoroscopy"]
        elif nt == "brachy_procedure":
            mods = ["CT"]
            if rng.random() < 0.4:
                mods.append("ultrasound")
            if rng.random() < 0.2:
                mods.append("fluoroscopy")
            if site == "gyn" and rng.random() < 0.2:
                mods.append("MRI")
        else:
            mods = ["CT"]
            extra = [m for m in s["mods"] if m in ("MRI", "PET")]  # type: ignore[union-attr]
            if extra and rng.random() < 0.35:
                mods.append(rng.choice(extra))
            if nt == "electron_setup" and "ultrasound" in s["mods"] and rng.random() < 0.25:  # type: ignore[operator]
                mods.append("ultrasound")
    plan.modalities = [m for m in MODALITY_ORDER if m in mods]
    plan.fourd = (
        "CT" in plan.modalities
        and bool(s["motion"])
        and (nt == "sim_4dct" or rng.random() < 0.35)
        and nt != "brachy_procedure"
    )
    # areas
    if outcome == "areas_unknown":
        plan.areas = None
        plan.area_form = rng.choice(["vague", "absent"])
    else:
        bilateral = site == "head_neck" and n == 3 and rng.random() < 0.5
        plan.areas = choose_areas(plan, n, rng, bilateral)
        if bilateral:
            plan.area_form = "bilateral"
        elif n == 1:
            plan.area_form = rng.choice(["single", "single", "count_single"])
        else:
            forms = ["named", "count_named", "stated_count", "numbered", "isocenters"]
            if nt in ("electron_setup", "clinical_setup", "brachy_procedure"):
                forms = forms[:4]
            plan.area_form = rng.choice(forms)
    # rationale
    want = outcome in ("supported_feature", "supported_areas", "areas_unknown", "no_imaging") or (
        outcome in ("level_77285", "level_77280") and rng.random() < 0.5
    )
    if want:
        cands = ["OAR proximity", "irregular target", "immobilization"]
        if plan.areas is not None and (plan.n_areas or 0) >= 2:
            cands += ["multiple targets", "multiple targets"]
        if "contrast" in plan.features:
            cands += ["contrast for delineation"]
        if "MRI" in plan.modalities or "PET" in plan.modalities:
            cands += ["fusion for delineation", "fusion for delineation"]
        if site != "pediatric" and plan.areas is not None:
            cands += ["prior field overlap"]
        if plan.fourd:
            cands += ["target motion", "target motion"]
        if nt == "peds_anesthesia":
            cands = ["anesthesia/immobilization"] * 4 + cands
        if "brachytherapy" in plan.features:
            cands = ["applicator verification"] * 3 + cands
        if "custom_shielding" in plan.features and site in ("skin", "whole_brain"):
            cands = ["custom shielding"] * 2 + cands
        plan.rationale = rng.choice(cands)
    plan.ctx["rationale_where"] = "body"
    plan.ctx["areas_where"] = "body" if plan.areas is not None else ""


def choose_traps(plan: Plan, rng: random.Random, sim: bool) -> None:
    """Traps that never change the planned labels."""
    c = plan.ctx
    nt = plan.note_type
    site_feats = list(SITES[plan.site]["feats"])  # type: ignore[arg-type]
    traps: list[str] = []
    if not sim:
        whole = {"no_simulation": "non_simulation", "blank_template": "blank_template", "aborted": "aborted"}[
            plan.outcome
        ]
        traps.append(whole)
        pool = ["historical_imaging", "historical_contrast", "planned_feature", "other_person", "bare_assertion"]
        if plan.outcome == "aborted":
            pool += ["planned_modality", "planned_modality"]
        if plan.outcome == "blank_template":
            pool = ["historical_imaging"]
            traps.append("unfilled_smartlist")
        k = rng.choice([0, 1, 1, 2, 2, 3])
        for t in rng.sample(pool, min(k, len(pool))):
            traps.append(t)
        c["planned_feature"] = rng.choice(site_feats)
        c["planned_mod"] = rng.choice(["MRI", "PET"])
        plan.traps = traps
        return
    others = compose.other_features(plan, rng, 3)
    c["trap_features"] = ",".join(others)
    other_mod = compose.other_mods(plan, rng)
    c["trap_mod"] = other_mod
    c["planned_feature"] = others[0] if others else ""
    c["planned_mod"] = other_mod if other_mod in ("MRI", "PET") else ""
    n1 = plan.n_areas == 1
    pool = [
        "historical_imaging",
        "historical_contrast",
        "negated_feature",
        "planned_feature",
        "unfilled_smartlist",
        "bare_assertion",
        "custom_immobilization",
        "other_person",
        "pended_order",
        "negated_modality",
    ]
    if c["planned_mod"]:
        pool.append("planned_modality")
    if nt != "peds_anesthesia":
        pool.append("copy_forward")
    if (
        n1
        and "arc_rotational" not in plan.features
        and nt not in ("brachy_procedure", "electron_setup", "clinical_setup")
    ):
        pool += ["many_beams", "many_beams"]
    if "complex_blocking" not in plan.features and "custom_shielding" not in plan.features:
        pool.append("mlc_only")
    if plan.site in ("breast", "skin", "head_neck", "sarcoma"):
        pool.append("bolus")
    if "contrast" not in plan.features:
        pool.append("contrast_allergy")
    if ("MRI" in plan.modalities or "PET" in plan.modalities) and "contrast" not in plan.features:
        pool += ["fused_scan_old_contrast", "fused_scan_old_contrast"]
    if plan.area_form in COUNT_FORMS:
        pool.append("prior_site_in_passing")
    if nt == "resim":
        pool += ["resim_prior_sim", "resim_prior_sim"]
    if nt == "order_procedure":
        pool += ["order_not_done", "order_not_done"]
    resident = nt == "resident_attested"
    pre = "attestation" if resident else "addendum"
    movable = [f for f in plan.features if f in ("contrast", "arc_rotational")]
    if movable:
        pool += [f"{pre}_adds_feature"] * (3 if resident else 1)
    pool += [f"{pre}_retracts_feature"] * (3 if resident else 1)
    if plan.areas is not None and (plan.n_areas or 0) >= 2 and plan.area_form != "bilateral":
        pool += [f"{pre}_fixes_count"] * (3 if resident else 1)
    if plan.rationale:
        pool += [f"{pre}_adds_rationale"] * (2 if resident else 1)
    if not resident and other_mod in ("MRI", "PET"):
        pool.append("addendum_retracts_modality")
    k = rng.choice([0, 1, 2, 2, 2, 3, 3, 4]) if not resident else rng.choice([1, 2, 3])
    chosen: list[str] = []
    for t in rng.sample(pool, len(pool)):
        if len(chosen) >= k:
            break
        if t in chosen:
            continue
        if t.endswith("_fixes_count") and any(x.endswith("_adds_rationale") for x in chosen):
            pass
        chosen.append(t)
    if plan.outcome == "no_rationale" and "bare_assertion" not in chosen and rng.random() < 0.6:
        chosen.append("bare_assertion")
    # automatic traps
    if plan.fourd and not plan.features:
        chosen.append("4dct_alone")
    if plan.area_form == "isocenters":
        chosen.append("isocenters_enumerate")
    if plan.area_form == "bilateral":
        chosen.append("bilateral_counting")
    if plan.area_form == "vague":
        chosen.append("vague_count")
    if (
        nt == "resident_attested"
        and "bare_assertion" not in chosen
        and not any(x.startswith("attestation") for x in chosen)
    ):
        chosen.append("attestation_agrees_only")
    # settle the trap parameters
    for t in chosen:
        if t.endswith("_adds_feature"):
            c["moved_feature"] = rng.choice(movable)
            c["moved_where"] = pre
        elif t.endswith("_retracts_feature"):
            c["retract_feature"] = others[-1] if others else "particle"
            c["retract_where"] = pre
        elif t.endswith("_fixes_count"):
            assert plan.areas is not None
            n = plan.n_areas or 2
            if plan.area_form not in COUNT_FORMS:
                plan.area_form = rng.choice(["stated_count", "count_named"])
            c["areas_where"] = pre
            c["wrong_count"] = str(n - 1)
        elif t.endswith("_adds_rationale"):
            c["rationale_where"] = pre
            if "bare_assertion" not in chosen:
                chosen.append("bare_assertion")
        elif t == "addendum_retracts_modality":
            c["retract_mod"] = other_mod
        elif t == "order_not_done":
            c["order_feature"] = others[1 % len(others)] if others else "contrast"
        elif t == "copy_forward":
            c["copy_feature"] = others[0] if others else "contrast"
        elif t == "resim_prior_sim":
            c["resim_feature"] = others[-1] if others else "contrast"
        elif t == "pended_order":
            if other_mod in ("MRI", "PET") and rng.random() < 0.6:
                c["pended"] = rng.choice(
                    [
                        ("MRI brain w/wo contrast" if other_mod == "MRI" else "PET/CT skull base to thigh")
                        + " for fusion",
                        f"{other_mod} for treatment planning fusion",
                    ]
                )
            else:
                g = others[0] if others else "contrast"
                c["pended"] = {
                    "contrast": "IV contrast (iohexol) for simulation",
                    "arc_rotational": "VMAT planning request",
                    "particle": "Proton therapy referral",
                    "custom_shielding": "Custom block fabrication",
                    "complex_blocking": "Complex blocking request",
                    "brachytherapy": "HDR applicator insertion",
                    "hyperthermia": "Hyperthermia consult",
                }[g]
    plan.traps = chosen


# ---------------------------------------------------------------- layouts and style transforms

BULLETS = ["- ", "• ", "* ", "o ", "> "]


def layout(sections: list[compose.Section], style: str, rng: random.Random) -> str:
    """Render sections to one markup string in the note's style."""
    mode = style
    if style == "caps":
        mode = rng.choice(["epic_template", "bullets", "dictated"])
    if style == "typos":
        mode = rng.choice(["dictated", "epic_template", "bullets"])
    if style == "long":
        mode = rng.choice(["dictated", "dictated", "epic_template"])
    hform = rng.randrange(3)
    bullet = rng.choice(BULLETS)
    numbered = rng.random() < 0.25
    pad = rng.choice([24, 28, 32])
    gap = rng.choice(["\n\n", "\n"])
    out: list[str] = []
    for key, head, items in sections:
        if key in ("header", "signature") or not head:
            out.append("\n".join(it if isinstance(it, str) else f"{it[0]}: {it[1]}" for it in items))
            continue
        if mode == "epic_template":
            h = [f"{head}:", f"** {head} **", head.upper()][hform]
            lines = [f"{it[0]}: {it[1]}" if isinstance(it, tuple) else it for it in items]
            out.append(h + "\n" + "\n".join(lines))
        elif mode == "flowsheet":
            h = [f"[{head}]", f"--- {head} ---", f"Flowsheet - {head}"][hform]
            lines = [f"{it[0]}{' ' * max(4, pad - len(it[0]))}{it[1]}" if isinstance(it, tuple) else it for it in items]
            out.append(h + "\n" + "\n".join(lines))
        elif mode == "bullets":
            h = [f"{head}:", head.upper(), f"## {head}"][hform]
            lines = []
            for i, it in enumerate(items):
                text = it[2] if isinstance(it, tuple) else it
                mark = f"{i + 1}. " if numbered else bullet
                lines.append(mark + text)
            out.append(h + "\n" + "\n".join(lines))
        elif mode == "terse":
            h = [f"{head}:", f"{head.upper()}:", f"{head} -"][hform]
            parts = [f"{it[0]} {it[1]}" if isinstance(it, tuple) else it.rstrip(".") for it in items]
            joiner = rng.choice(["; ", ". ", " / "])
            out.append(h + " " + joiner.join(parts))
        else:  # dictated prose
            h = [f"{head.upper()}:", f"{head}:", f"{head.upper()} -"][hform]
            sentences = []
            for it in items:
                text = it[2] if isinstance(it, tuple) else it
                text = text.strip()
                if not text.endswith((".", ":", ")", "***", "}")):
                    text += "."
                sentences.append(text)
            out.append(h + " " + " ".join(sentences))
    text = gap.join(out)
    if style == "dictated" and rng.random() < 0.6:
        text += "\n" + rng.choice(
            [
                "Dictated but not read.",
                "This note was dictated using voice recognition; errors may be present.",
                "D: " + "T: transcribed by CRUMC transcription",
            ]
        )
    return text


TERSE = [
    (r"\bpatient\b", "pt"),
    (r"\bPatient\b", "Pt"),
    (r"\bwithout\b", "w/o"),
    (r"\bwith\b", "w/"),
    (r"\bstatus post\b", "s/p"),
    (r"\bhistory\b", "hx"),
    (r"\btreatment\b", "tx"),
    (r"\bTreatment\b", "Tx"),
    (r"\bsimulation\b", "sim"),
    (r"\bSimulation\b", "Sim"),
    (r"\bsupraclavicular\b", "SCV"),
    (r"\band\b", "&"),
    (r"\bapproximately\b", "~"),
    (r"\bprescription\b", "Rx"),
    (r"\bdiagnosis\b", "dx"),
    (r"\bDiagnosis\b", "Dx"),
    (r"\bfractions\b", "fx"),
    (r"\bweeks\b", "wks"),
    (r"\bbefore\b", "prior to"),
    (r"\bposterior axillary boost\b", "PAB"),
    (r"\bimmobilization\b", "immob"),
    (r"\bPositioning\b", "Pos"),
    (r"\bsecondary to\b", "2/2"),
]
TYPOS = {
    "patient": "pateint",
    "received": "recieved",
    "discussed": "dicussed",
    "tolerated": "tollerated",
    "position": "postion",
    "separate": "seperate",
    "procedure": "proceedure",
    "questions": "questoins",
    "reviewed": "reveiwed",
    "weight": "wieght",
    "planning": "planing",
    "performed": "preformed",
    "therapist": "therapsit",
    "scheduled": "scheduld",
    "occurred": "occured",
    "appointment": "appointmnet",
    "immobilized": "immobolized",
    "history": "histroy",
    "because": "becuase",
    "which": "wich",
    "referred": "refered",
    "daughter": "daugther",
    "consent": "consnet",
    "placed": "plcaed",
    "acquired": "aquired",
}


def terse_plain(text: str) -> str:
    """Abbreviate plain text."""
    for pattern, repl in TERSE:
        text = re.sub(pattern, repl, text)
    return text


def typo_plain(rng: random.Random) -> Any:
    """A plain-text transform that misspells common words and mangles spacing."""

    def apply(text: str) -> str:
        def word(m: re.Match[str]) -> str:
            w = m.group(0)
            low = w.lower()
            if low in TYPOS and rng.random() < 0.6:
                bad = TYPOS[low]
                return bad.capitalize() if w[0].isupper() else bad
            return w

        text = re.sub(r"[A-Za-z]+", word, text)
        text = re.sub(r"\. (?=[A-Z])", lambda m: rng.choice([". ", ".  ", ".", ". "]), text)
        text = re.sub(r", ", lambda m: rng.choice([", ", ", ", " ,", ",  "]), text)
        return text

    return apply


def render_plan(plan: Plan, rng: random.Random) -> tuple[str, list[dict[str, Any]], list[str]]:
    """Compose, lay out and render a note; return text, spans and section keys."""
    if plan.outcome == "no_simulation":
        sections = compose.compose_nonsim(plan, rng)
    elif plan.outcome == "blank_template":
        sections = compose.compose_blank(plan, rng)
    elif plan.outcome == "aborted":
        sections = compose.compose_aborted(plan, rng)
    else:
        sections = compose.compose_sim(plan, rng)
    markup = layout(sections, plan.style, rng)
    segments = parse(markup)
    if plan.style == "caps":
        text, spans = render(segments, plain=str.upper, surface=str.upper)
    elif plan.style == "terse":
        text, spans = render(segments, plain=terse_plain)
    elif plan.style == "typos":
        text, spans = render(segments, plain=typo_plain(rng))
    else:
        text, spans = render(segments)
    return text, spans, [s[0] for s in sections]


def spans_to_labels(spans: list[dict[str, Any]]) -> tuple[bool, int | None, list[str], list[str]]:
    """Elements by the validator's reading of the spans."""
    rationale = any(s["label"] == "RATIONALE" for s in spans)
    feats = sorted({str(s["value"]) for s in spans if s["label"] == "FEATURE"})
    mods = [m for m in MODALITY_ORDER if any(s["label"] == "MODALITY" and s["value"] == m for s in spans)]
    counts = [s for s in spans if s["label"] == "AREA_COUNT"]
    sites = [str(s["value"]) for s in spans if s["label"] == "TREATMENT_SITE"]
    areas: int | None = None
    if counts:
        areas = int(str(counts[-1]["value"]))
    elif sites:
        areas = len(site_keys(sites))
    return rationale, areas, feats, mods


OUTCOME_CHECK = {
    "supported_feature": lambda d, f, a: d.supported and bool(f),
    "supported_areas": lambda d, f, a: d.supported and not f and (a or 0) >= 3,
    "no_rationale": lambda d, f, a: d.missing == ["rationale"],
    "areas_unknown": lambda d, f, a: d.missing == ["treatment_areas"],
    "no_imaging": lambda d, f, a: d.missing == ["imaging"],
    "level_77285": lambda d, f, a: d.level == "77285",
    "level_77280": lambda d, f, a: d.level == "77280",
    "no_simulation": lambda d, f, a: d.level == "undetermined" and a is None and not f,
    "blank_template": lambda d, f, a: d.level == "undetermined" and a is None and not f,
    "aborted": lambda d, f, a: d.level == "undetermined" and a is None and not f,
}


def build_record(nid: str, outcome: str, nt: str, style: str, site: str) -> dict[str, Any]:
    """Plan, render and check one note."""
    plan = plan_note(nid, outcome, nt, style, site)
    rng = random.Random(f"{SEED}:{nid}:text")
    text = ""
    spans: list[dict[str, Any]] = []
    keys: list[str] = []
    words = 0
    target = random.Random(f"{SEED}:{nid}:length").randint(640, 1420)
    boost = 0
    for _attempt in range(30):
        text, spans, keys = render_plan(plan, rng)
        words = len(WORD.findall(text.lower()))
        if (
            plan.style != "long"
            or (600 <= words <= 1500 and words >= min(target, 1400) - 60)
            or (600 <= words <= 1500 and boost >= 8)
        ):
            break
        if words < target:
            boost += 1
        elif words > 1500:
            boost = max(0, boost - 1)
        plan.ctx["boost"] = str(boost)
    else:
        raise ValueError(f"{nid}: long note has {words} words")
    rationale, areas, feats, mods = spans_to_labels(spans)
    want_feats = sorted(plan.features)
    if rationale != (plan.rationale is not None and plan.outcome not in ("no_simulation", "blank_template", "aborted")):
        raise ValueError(f"{nid}: rationale spans disagree with the plan")
    if feats != want_feats or mods != plan.modalities:
        raise ValueError(
            f"{nid}: feature/modality spans disagree with the plan: {feats} {mods} vs {want_feats} {plan.modalities}"
        )
    if areas != plan.n_areas:
        raise ValueError(f"{nid}: area spans give {areas}, plan {plan.n_areas}")
    planned_sites = [v for v, _ in plan.areas or []]
    if any(s["value"] not in planned_sites for s in spans if s["label"] == "TREATMENT_SITE"):
        raise ValueError(f"{nid}: unplanned site span")
    decision = decide_labels(rationale, areas, feats, mods)
    if not OUTCOME_CHECK[outcome](decision, feats, areas):
        raise ValueError(f"{nid}: labels do not give the planned outcome {outcome}: {decision}")
    labels = {
        "rationale": rationale,
        "treatment_areas": areas,
        "features": feats,
        "modalities": mods,
        "supported": decision.supported,
        "level": decision.level,
        "missing": decision.missing,
    }
    meta = {
        "writer": "r",
        "site": str(SITES[site]["label"]),
        "style": style,
        "note_type": nt,
        "skeleton": f"{nt}/{style}/" + ">".join(keys),
        "traps": list(plan.traps),
        "words": words,
        "outcome": outcome,
        "rationale_category": plan.rationale if rationale else None,
    }
    return {"id": nid, "text": text, "labels": labels, "spans": spans, "meta": meta}


def build_all() -> list[dict[str, Any]]:
    """Every writer-R record, in id order."""
    records = []
    for i, (outcome, nt, style, site) in enumerate(allocate()):
        records.append(build_record(f"wr-{i + 1:04d}", outcome, nt, style, site))
    texts = [r["text"] for r in records]
    if len(set(texts)) != len(texts):
        raise ValueError("duplicate note text")
    return records
