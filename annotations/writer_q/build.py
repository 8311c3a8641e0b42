"""Allocation, per-note plans and traps, rendering, the plan-versus-spans check and the records."""

from __future__ import annotations

import random
import re
from typing import Any

from simcheck.annotations import decide_labels
from writer_q.compose import SIM_TYPES, compose
from writer_q.evidence import MODALITY_ORDER, Ctx, Plan, choose_areas, count_sites
from writer_q.markup import render, strip_markup
from writer_q.vocab import SITES

SEED = "simcheck-writer-q-v1"
N_NOTES = 250
WORD = re.compile(r"[a-z0-9]+(?:['/][a-z0-9]+)*")

OUTCOMES = ([("supported_feature", 80), ("supported_areas", 20), ("no_rationale", 20), ("areas_unknown", 18),
             ("no_imaging", 6), ("level_77285", 14), ("level_77280", 20), ("no_simulation", 56), ("blank", 8),
             ("aborted", 8)])
NONSIM = ["consult"] * 9 + ["otv"] * 8 + ["treatment_summary"] * 7 + ["follow_up"] * 7 + ["telehealth"] * 7 + [
    "portal_message"] * 6 + ["prior_auth"] * 6 + ["physics_check"] * 6
STYLES = ["dictated", "template", "bullets", "caps", "terse", "typos", "long", "ambient_soap", "ambient_chat"]
AMBIENT_OK = {"sim_note", "srs_sbrt", "palliative_same_day", "resim", "hdr_applicator", "electron_setup", "mr_sim",
              "consult", "otv", "follow_up", "telehealth", "aborted_sim"}
LONG_OK = {"sim_note", "resim", "order_procedure", "consult", "treatment_summary", "follow_up", "srs_sbrt",
           "mr_sim", "sim_4dct", "hdr_applicator", "otv"}
TYPE_SITES = {
    "hdr_applicator": ["cervix", "prostate"],
    "electron_setup": ["skin", "breast"],
    "mr_sim": ["prostate", "brain SRS", "cervix", "rectum", "pancreas", "pediatric", "sarcoma", "head and neck",
               "bladder", "liver"],
    "sim_4dct": ["lung", "esophagus", "liver", "pancreas", "lymphoma"],
    "srs_sbrt": ["brain SRS", "spine SBRT", "liver", "lung"],
    "palliative_same_day": ["bone metastases", "whole brain", "lung"],
}
ALL_SITES = sorted(SITES)
GENERAL_SITES = [s for s in ALL_SITES if s != "skin"]
SIM_BY_OUTCOME = {
    "supported_feature": ["sim_note"] * 5 + ["ct_sim_procedure"] * 3 + ["mr_sim"] * 2 + ["sim_4dct"] * 2 + [
        "srs_sbrt"] * 2 + ["hdr_applicator"] * 4 + ["electron_setup"] * 2 + ["palliative_same_day", "resim"] * 2 + [
        "order_procedure"] * 2,
    "supported_areas": ["sim_note", "ct_sim_procedure", "order_procedure", "resim", "palliative_same_day",
                        "sim_4dct", "srs_sbrt", "mr_sim"],
    "no_rationale": ["sim_note", "ct_sim_procedure", "order_procedure", "srs_sbrt", "hdr_applicator",
                     "hdr_applicator", "resim", "mr_sim"],
    "areas_unknown": ["sim_note", "ct_sim_procedure", "order_procedure", "sim_4dct", "srs_sbrt", "mr_sim"],
    "no_imaging": ["electron_setup", "palliative_same_day"],
    "level_77285": ["sim_note", "ct_sim_procedure", "order_procedure", "resim", "sim_4dct", "palliative_same_day"],
    "level_77280": ["sim_note", "ct_sim_procedure", "sim_4dct", "palliative_same_day", "electron_setup", "resim"],
}
CONTRAST_KIND = {"esophagus": ["oral", "IV"], "rectum": ["rectal", "IV"], "cervix": ["vaginal", "IV"],
                 "bladder": ["bladder"], "prostate": ["urethrogram", "IV", "rectal"], "pancreas": ["IV", "oral"]}


def allocate() -> list[tuple[str, str, str, str]]:
    """(outcome, note_type, style, site) for every note, balanced and seeded."""
    rng = random.Random(f"{SEED}:allocation")
    outcomes = [o for o, n in OUTCOMES for _ in range(n)]
    rng.shuffle(outcomes)
    nonsim = list(NONSIM)
    rng.shuffle(nonsim)
    style_use = dict.fromkeys(STYLES, 0)
    site_use = dict.fromkeys(ALL_SITES, 0)
    out = []
    for outcome in outcomes:
        if outcome == "no_simulation":
            nt = nonsim.pop()
        elif outcome == "blank":
            nt = "blank_template"
        elif outcome == "aborted":
            nt = "aborted_sim"
        else:
            nt = rng.choice(SIM_BY_OUTCOME[outcome])
        allowed = [s for s in STYLES if (not s.startswith("ambient") or nt in AMBIENT_OK)
                   and (s != "long" or nt in LONG_OK)]
        low = min(style_use[s] for s in allowed)
        style = rng.choice([s for s in allowed if style_use[s] <= low + 1])
        style_use[style] += 1
        sites = TYPE_SITES.get(nt, GENERAL_SITES)
        if outcome == "no_imaging" and nt == "electron_setup":
            sites = ["skin"]
        if outcome == "supported_areas" or outcome == "level_77285":
            sites = [s for s in sites if len(SITES[s]["areas"]) >= (3 if outcome == "supported_areas" else 2)
                     ] or sites  # type: ignore[arg-type]
        low = min(site_use[s] for s in sites)
        site = rng.choice([s for s in sites if site_use[s] <= low + 1])
        site_use[site] += 1
        out.append((outcome, nt, style, site))
    return out


def _features(rng: random.Random, plan: Plan) -> list[str]:
    nt, site = plan.note_type, plan.site
    pool = list(SITES[site]["feats"])  # type: ignore[call-overload]
    if nt == "hdr_applicator":
        first = "brachytherapy"
    elif nt == "electron_setup" or plan.outcome == "no_imaging":
        first = "custom_shielding" if site != "skin" or rng.random() < 0.8 else "complex_blocking"
    elif nt == "srs_sbrt":
        first = "arc_rotational" if rng.random() < 0.8 or "particle" not in pool else "particle"
    else:
        first = rng.choice([f for f in pool if f not in {"brachytherapy", "hyperthermia"}] or pool)
    feats = [first]
    if rng.random() < 0.3:
        extra = [f for f in pool if f not in feats and f != "brachytherapy" and nt != "electron_setup"]
        if extra:
            feats.append(rng.choice(extra))
    if nt == "hdr_applicator" and site == "cervix" and rng.random() < 0.15:
        feats.append("hyperthermia")
    return sorted(set(feats))


def _rationale(rng: random.Random, plan: Plan) -> str:
    general = ["OAR proximity", "irregular target", "prior field overlap", "immobilization"]
    specific = []
    if (plan.area_count or 0) >= 2:
        specific.append("multiple targets")
    if "contrast" in plan.features:
        specific.append("contrast for delineation")
    if "MRI" in plan.modalities or "PET" in plan.modalities:
        specific.append("fusion for delineation")
    if plan.four_d:
        specific.append("target motion")
    if plan.site == "pediatric":
        specific.append("anesthesia/immobilization")
    if "brachytherapy" in plan.features:
        specific.append("applicator verification")
    if "custom_shielding" in plan.features:
        specific.append("custom shielding")
    if specific and rng.random() < 0.55:
        return rng.choice(specific)
    return rng.choice(general)


def make_plan(note_id: str, outcome: str, nt: str, style: str, site: str, rng: random.Random) -> Plan:
    """Decide what the note documents."""
    p = Plan(note_id, outcome, site, nt, style)
    if nt not in SIM_TYPES:
        return p
    # areas
    n: int | None
    if outcome == "areas_unknown":
        n = None
    elif outcome in {"no_imaging", "level_77280"}:
        n = 1
    elif outcome == "level_77285":
        n = 2
    elif outcome == "supported_areas":
        n = rng.choice([3, 3, 3, 4])
    else:
        n = rng.choice([1, 1, 1, 2, 2, 3])
        if nt in {"electron_setup", "hdr_applicator"}:
            n = 1
    p.area_count = n
    if outcome in {"supported_feature", "no_rationale", "areas_unknown", "no_imaging"}:
        p.features = _features(rng, p)
    p.four_d = nt == "sim_4dct" or (site in {"lung", "liver", "esophagus"} and rng.random() < 0.3)
    # modalities
    if outcome == "no_imaging":
        p.modalities = []
        p.four_d = False
    else:
        mods = {"CT"}
        if nt == "mr_sim":
            mods.add("MRI")
            if rng.random() < 0.3:
                mods.discard("CT")
                p.four_d = False
        if nt == "hdr_applicator":
            mods.add(rng.choice(["ultrasound", "fluoroscopy", "CT"]) if site == "cervix" else "ultrasound")
        if nt == "palliative_same_day" and rng.random() < 0.4:
            mods = {"fluoroscopy"}
            p.four_d = False
        for m in SITES[site]["mods"]:  # type: ignore[attr-defined]
            if m != "CT" and rng.random() < 0.3 and not (m == "ultrasound" and nt != "hdr_applicator"):
                mods.add(m)
        p.modalities = [m for m in MODALITY_ORDER if m in mods]
    if outcome != "no_rationale" and not (outcome.startswith("level") and rng.random() < 0.35):
        p.rationale = _rationale(rng, p)
    if site in CONTRAST_KIND:
        p.contrast_kind = rng.choice(CONTRAST_KIND[site])
    return p


def pick_area_form(ctx: Ctx) -> None:
    """Choose the areas' values, surfaces and the form the count takes."""
    p, rng = ctx.plan, ctx.rng
    n = p.area_count
    if n is None:
        return
    if p.site == "head and neck" and n == 3 and rng.random() < 0.5:
        p.area_values = ["oropharynx primary", "bilateral neck"]
        p.area_surfaces = [rng.choice(["oropharyngeal primary", "tonsillar primary"]), "bilateral neck"]
        p.area_form = "bilateral"
        p.traps.append("bilateral_count")
        return
    chosen = choose_areas(ctx, n)
    if chosen is None:
        p.area_form = "count"
        return
    p.area_values, p.area_surfaces = chosen
    if any(v.startswith("bilateral ") for v in p.area_values):
        p.traps.append("bilateral_count")
    if n == 1:
        p.area_form = "single" if rng.random() < 0.75 else "count"
    else:
        p.area_form = rng.choice(["named", "named", "count", "iso", "numbered"])
        if any(v.startswith("bilateral ") for v in p.area_values) and p.area_form == "iso":
            p.area_form = "named"
        if p.area_form == "iso":
            p.traps.append("isocenters_enumerate")


def pick_traps(ctx: Ctx) -> None:
    """Traps chosen so they never change the planned labels."""
    p, r = ctx.plan, ctx.rng
    t = p.traps
    if p.note_type not in SIM_TYPES:
        if p.outcome == "no_simulation":
            t.append("non_simulation_note")
        elif p.outcome == "blank":
            t.append("blank_template")
        else:
            t.append("aborted_simulation")
        for name, prob in (("historical_imaging", 0.6), ("historical_contrast", 0.3), ("planned_feature", 0.4),
                           ("planned_modality", 0.3), ("other_person", 0.1)):
            if r.random() < prob and p.outcome == "no_simulation":
                t.append(name)
        return
    feats = p.features
    no_block = not ({"custom_shielding", "complex_blocking"} & set(feats))
    others = [m for m in ["MRI", "PET", "fluoroscopy", "ultrasound"] if m not in p.modalities]
    cand = [("historical_imaging", 0.45), ("negated_feature", 0.2), ("planned_feature", 0.2),
            ("blank_template", 0.1), ("other_person", 0.07), ("custom_immobilization", 0.15), ("charge_line", 0.05)]
    if "contrast" not in feats:
        cand += [("historical_contrast", 0.25), ("contrast_allergy", 0.05)]
    if others:
        cand += [("planned_modality", 0.15), ("negated_modality", 0.07)]
    if {"MRI", "PET"} - set(p.modalities):
        cand.append(("addendum_retract_modality", 0.04))
    if p.area_count == 1:
        cand.append(("many_beams", 0.35))
    if no_block:
        cand.append(("mlc_only", 0.1))
    if p.site in {"breast", "skin", "sarcoma", "head and neck"}:
        cand.append(("bolus", 0.12))
    if p.area_form == "count":
        cand += [("prior_site_passing", 0.15), ("addendum_count_fix", 0.12)]
    if p.rationale:
        cand.append(("bare_assertion", 0.06))
    else:
        cand.append(("bare_assertion", 0.6))
    cand += [("addendum_retract_feature", 0.06), ("copy_forward", 0.04)]
    late_ok = bool(feats) and p.note_type not in {"hdr_applicator", "electron_setup"} and len(feats) >= 1
    if late_ok:
        cand.append(("addendum_add_feature", 0.08))
    if p.style.startswith("ambient"):
        cand.append(("scribe_retract", 0.3))
        if late_ok:
            cand.append(("scribe_add_feature", 0.15))
    for name, prob in cand:
        if r.random() < prob:
            t.append(name)
    if p.note_type == "resim" and "copy_forward" not in t:
        t.append("copy_forward")
    if p.note_type == "order_procedure":
        t.append("order_not_done")
    if "addendum_add_feature" in t and "scribe_add_feature" in t:
        t.remove("scribe_add_feature")
    if p.four_d and not feats:
        t.append("4dct_alone")
    if p.area_count is None:
        t.append("vague_count")


def _terse(text: str) -> str:
    for a, b in (("bilaterally", "bilat"),("patient", "pt"), ("Patient", "Pt"), (" with ", " w/ "), ("without", "w/o"),
                 ("treatment", "tx"), ("history", "hx"), ("simulation", "sim"), (" and ", " & "),
                 ("bilateral", "bilat"), ("approximately", "~"), ("before", "prior to"), ("right ", "R "),
                 ("left ", "L "), ("weeks", "wks"), ("daily", "qd")):
        text = re.sub(r"(?<![A-Za-z])" + re.escape(a.strip()) + r"(?![A-Za-z])", b.strip(), text) if a.strip() == a \
            else text.replace(a, b)
    return text


PROTECT = {"without", "denies", "negative", "declined", "planned", "possible", "consider", "previous", "copied",
           "addendum", "correction", "disregard", "ordered", "stopped", "before", "template", "forward", "carried",
           "edited", "contrast", "interpreter", "scribe", "actually", "occur", "performed"}


def _typos(rng: random.Random) -> Any:
    def apply(text: str) -> str:
        def word(m: re.Match[str]) -> str:
            w = m.group(0)
            if len(w) < 6 or w.lower() in PROTECT or rng.random() > 0.07:
                return w
            i = rng.randint(1, len(w) - 3)
            return w[:i] + w[i + 1] + w[i] + w[i + 2 :]
        text = re.sub(r"[A-Za-z]+", word, text)
        text = re.sub(r"\. ", lambda m: ".  " if rng.random() < 0.3 else ". ", text)
        return re.sub(r", ", lambda m: "," if rng.random() < 0.15 else ", ", text)
    return apply


def check(plan: Plan, spans: list[dict[str, Any]]) -> dict[str, Any]:
    """Recompute labels from the spans; raise if they disagree with the plan or the outcome."""
    rationale = any(s["label"] == "RATIONALE" for s in spans)
    feats = sorted({str(s["value"]) for s in spans if s["label"] == "FEATURE"})
    mods = [m for m in MODALITY_ORDER if any(s["label"] == "MODALITY" and s["value"] == m for s in spans)]
    counts = [s for s in spans if s["label"] == "AREA_COUNT"]
    sites = [str(s["value"]) for s in spans if s["label"] == "TREATMENT_SITE"]
    areas = int(counts[-1]["value"]) if counts else (count_sites(sites) if sites else None)
    pid = plan.note_id
    if rationale != (plan.rationale is not None):
        raise ValueError(f"{pid}: rationale spans disagree with plan")
    if feats != sorted(plan.features):
        raise ValueError(f"{pid}: features {feats} != plan {plan.features}")
    if mods != plan.modalities:
        raise ValueError(f"{pid}: modalities {mods} != plan {plan.modalities}")
    if areas != plan.area_count:
        raise ValueError(f"{pid}: areas {areas} != plan {plan.area_count}")
    if sites and set(sites) - set(plan.area_values):
        raise ValueError(f"{pid}: unplanned site span")
    d = decide_labels(rationale, areas, feats, mods)
    o = plan.outcome
    ok = {
        "supported_feature": d.supported and bool(feats),
        "supported_areas": d.supported and not feats and (areas or 0) >= 3,
        "no_rationale": d.missing == ["rationale"],
        "areas_unknown": d.missing == ["treatment_areas"],
        "no_imaging": d.missing == ["imaging"],
        "level_77285": d.level == "77285" and not d.supported,
        "level_77280": d.level == "77280" and not d.supported,
    }.get(o, not (rationale or feats or mods or areas is not None))
    if not ok:
        raise ValueError(f"{pid}: labels do not give outcome {o}")
    return {"rationale": rationale, "treatment_areas": areas, "features": feats, "modalities": mods,
            "supported": d.supported, "level": d.level, "missing": d.missing}


def build_one(note_id: str, outcome: str, nt: str, style: str, site: str) -> dict[str, Any]:
    """Plan, write, render and check one note."""
    rng = random.Random(f"{SEED}:{note_id}")
    plan = make_plan(note_id, outcome, nt, style, site, rng)
    ctx = Ctx(rng, plan)
    if plan.area_count is None and nt in SIM_TYPES:
        ctx.target = rng.choice(["target", "target volume", "gross disease"])
    pick_area_form(ctx)
    pick_traps(ctx)
    markup, skeleton = compose(ctx)
    words = len(WORD.findall(strip_markup(markup).lower()))
    if style == "long" and not 600 <= words <= 1500:
        raise ValueError(f"{note_id}: long note has {words} words")
    if style == "terse":
        plain = _terse
    elif style == "typos":
        plain = _typos(rng)
    else:
        def plain(x: str) -> str:
            return x
    text, spans = render(markup, plain, caps=style == "caps")
    labels = check(plan, spans)
    if any(s["label"] == "MODALITY" and "GADOLINIUM" in text[s["start"]:s["end"]].upper() for s in spans):
        plan.traps.append("fused_scan_old_contrast")
    if "Interpreter" in text or "interpreter" in text or ('"' in text and any(
            w in text for w in ("Me ", "Tengo", "Mi ", "No puedo", "Estoy", "Ya me", "Puedo", "Necesito"))):
        bilingual = True
    else:
        bilingual = False
    meta = {"writer": "q", "site": site, "style": style, "note_type": nt, "skeleton": skeleton,
            "traps": sorted(set(plan.traps)), "words": len(WORD.findall(text.lower())), "outcome": outcome,
            "rationale_category": plan.rationale, "area_form": plan.area_form, "bilingual": bilingual}
    return {"id": note_id, "text": text, "labels": labels, "spans": spans, "meta": meta}


def build_all() -> list[dict[str, Any]]:
    """Every record of writer Q, in id order."""
    return [build_one(f"wq-{i + 1:04d}", *a) for i, a in enumerate(allocate())]
