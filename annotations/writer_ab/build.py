# ruff: noqa: E501, D103
"""Plan -> compose -> render -> check -> record."""

from __future__ import annotations

import re

from simcheck.annotations import decide_labels

from . import filler as FL
from . import longtext as LT
from . import traps as T
from .compose_brachy import brachy
from .compose_other import consult, education, financial, noshow, otv, portal, summary, transfer_summary
from .compose_sim import ct_sim, terse_sim
from .compose_sim2 import (
    aborted,
    blank_template,
    clinical_setup,
    interp_sim,
    order_proc,
    peds_sim,
    resim,
    sim_nursing,
    transfer_resim,
)
from .context import Ctx
from .markup import drop_accents, render, strip_marks
from .plan import Plan, allocate, make_plan

_WORD = re.compile(r"[a-z0-9]+(?:['/][a-z0-9]+)*")
MODS = ["CT", "MRI", "PET", "fluoroscopy", "ultrasound"]


def therapist_record(ctx: Ctx, names: list[str]):
    return terse_sim(ctx, names) if ctx.plan.style != "smarttext" else ct_sim(ctx, names)


COMPOSERS = {
    "ct_sim_note": ct_sim, "brachy_procedure": brachy, "interp_sim_visit": interp_sim, "therapist_sim_record": therapist_record,
    "sim_nursing": sim_nursing, "peds_anesthesia_sim": peds_sim, "order_procedure": order_proc, "resim": resim,
    "transfer_resim": transfer_resim, "clinical_setup": clinical_setup, "blank_template": blank_template, "aborted_sim": aborted,
    "consult": consult, "portal_message": portal, "financial_counsel": financial, "transfer_summary": transfer_summary,
    "noshow_resched": noshow, "otv": otv, "treatment_summary": summary, "pre_sim_education": education,
}

TYPOS = {"patient": "pateint", "the": "teh", "with": "wiht", "tolerated": "tolerted", "procedure": "proceedure",
         "received": "recieved", "position": "postion", "discussed": "discused", "family": "famliy", "appointment": "appointmnet",
         "scheduled": "schedualed", "explained": "explaned", "daughter": "daugher", "because": "becuase", "which": "wich"}
_TYPO_RE = re.compile(r"\b(" + "|".join(TYPOS) + r")\b")

ROUTE_WORDS = ("no ", "not ", "sin ", "without", "held", "denies", "negative")


def _typo(ctx: Ctx, rate: float):
    def fn(s: str) -> str:
        return _TYPO_RE.sub(lambda m: TYPOS[m.group(1)] if ctx.rng.random() < rate else m.group(1), s)
    return fn


def _words(text: str) -> int:
    return len(_WORD.findall(text.lower()))


def layout(ctx: Ctx, sections: list[tuple[str, str]]) -> str:
    st = ctx.plan.style
    if st in ("smarttext", "rtt_terse", "satellite_caps", "rn", "outside_packet", "counselor", "portal"):
        sep = "\n" if ctx.chance(0.7) else "\n\n"
    elif st in ("dictated", "bilingual", "interpreter", "long", "resident_attest"):
        sep = "\n\n" if ctx.chance(0.75) else "\n"
    else:
        sep = "\n"
    return sep.join(text.strip() for _, text in sections if text and text.strip()).strip() + "\n"


def pad_long(ctx: Ctx, sections: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Long notes must be 600-1,500 words: add filler before the signature (never evidence)."""
    have = {k for k, _ in sections}
    pool = [p for p in LT.paragraphs(ctx) + LT.history_block(ctx) if p[0] not in have]
    logi = ctx.shuffled(FL.LOGISTICS)[:2]
    pool += [("education", "EDUCATION: " + FL.consent(ctx)),
             ("logistics", "LOGISTICS: " + " ".join(FL._f(ctx, x) for x in logi)),
             ("quotes", "PATIENT PERSPECTIVE: " + FL.quote(ctx)),
             ("ros_more", "ROS (nursing intake): " + FL.ros(ctx))]
    pool += [p for p in LT.extra_sections(ctx) if p[0] not in have]
    ctx.rng.shuffle(pool)
    out = list(sections)
    extra = 0
    target = ctx.rng.choice([620, 660, 720, 800, 900, 1050, 1200])
    while _words(strip_marks("\n".join(t for _, t in out))) < target:
        if pool:
            out.insert(len(out) - 1, pool.pop())
            continue
        extra += 1
        if extra > 1:
            break
        out.insert(len(out) - 1, ("interval", ctx.pick(["INTERVAL CONTACT: ", "PHONE NOTE (prior): ", "NAVIGATION: "])
                                  + FL.hpi(ctx, 4)))
    return out


def check(plan: Plan, spans: list[dict]) -> None:
    """Refuse a note whose spans disagree with its plan."""
    rats = [s for s in spans if s["label"] == "RATIONALE"]
    feats = sorted({s["value"] for s in spans if s["label"] == "FEATURE"})
    mods = [m for m in MODS if any(s["label"] == "MODALITY" and s["value"] == m for s in spans)]
    counts = [s for s in spans if s["label"] == "AREA_COUNT"]
    sites = [s for s in spans if s["label"] == "TREATMENT_SITE"]
    if bool(rats) != (plan.rationale is not None):
        raise AssertionError(f"{plan.id}: rationale spans {len(rats)} vs plan {plan.rationale}")
    if rats and any(s["value"] != plan.rationale for s in rats):
        raise AssertionError(f"{plan.id}: rationale category mismatch")
    if feats != sorted(plan.features):
        raise AssertionError(f"{plan.id}: features {feats} vs plan {plan.features}")
    if mods != plan.modalities:
        raise AssertionError(f"{plan.id}: modalities {mods} vs plan {plan.modalities}")
    if counts:
        areas = int(counts[-1]["value"])
    elif sites:
        keys = set()
        for s in sites:
            v = s["value"]
            if v.startswith("bilateral "):
                keys.update({"left " + v[10:], "right " + v[10:]})
            else:
                keys.add(v)
        areas = len(keys)
    else:
        areas = None
    if areas != plan.n_areas:
        raise AssertionError(f"{plan.id}: areas {areas} vs plan {plan.n_areas}")
    planned_sites = set()
    for v, _ in plan.area_option or []:
        planned_sites.add(v.replace("{side}", plan.side))
    for s in sites:
        if s["value"] not in planned_sites:
            raise AssertionError(f"{plan.id}: site {s['value']} not planned {planned_sites}")


EXPECT = {
    "supported_feature": lambda d: d.supported, "supported_areas": lambda d: d.supported,
    "no_rationale": lambda d: not d.supported and "rationale" in d.missing,
    "areas_unknown": lambda d: not d.supported and "treatment_areas" in d.missing and d.level == "77290",
    "no_imaging": lambda d: not d.supported and d.missing == ["imaging"],
    "l77285": lambda d: d.level == "77285", "l77280": lambda d: d.level == "77280",
    "thin": lambda d: d.level == "undetermined", "no_sim": lambda d: d.level == "undetermined" and not d.supported,
}


def build_one(note_id: str, outcome: str, note_type: str, style: str, site: str) -> dict:
    plan = make_plan(note_id, outcome, note_type, style, site)
    ctx = Ctx(plan)
    names = T.choose(ctx)
    sections = COMPOSERS[note_type](ctx, names)
    if style == "long":
        sections = pad_long(ctx, sections)
    markup = layout(ctx, sections)
    plain = None
    surface = None
    if style == "satellite_caps":
        def plain(s: str) -> str:
            return drop_accents(s).upper()
        surface = plain
    elif style in ("rtt_terse", "rn", "dictated", "bilingual") and ctx.chance(0.45):
        plain = _typo(ctx, 0.2)
    text, spans = render(markup, plain, surface)
    check(plan, spans)
    if outcome == "no_sim" and spans:
        raise AssertionError(f"{note_id}: spans in a non-simulation note")
    decision = decide_labels(plan.rationale is not None, plan.n_areas, plan.features, plan.modalities)
    if not EXPECT[outcome](decision):
        raise AssertionError(f"{note_id}: outcome {outcome} but decision {decision}")
    words = _words(text)
    if style == "long" and not 600 <= words <= 1500:
        raise AssertionError(f"{note_id}: long note has {words} words")
    labels = {
        "rationale": plan.rationale is not None, "treatment_areas": plan.n_areas, "features": sorted(plan.features),
        "modalities": list(plan.modalities), "supported": decision.supported, "level": decision.level, "missing": decision.missing,
    }
    traps = list(plan.traps)
    if outcome == "no_sim":
        traps.insert(0, "non_simulation_note")
    seen: list[str] = []
    for t in traps:
        if t not in seen:
            seen.append(t)
    meta = {
        "writer": "ab", "site": ctx.site["label"], "site_key": site, "style": style, "note_type": note_type,
        "skeleton": f"{note_type}/{style}/" + "-".join(k for k, t in sections if t and t.strip()),
        "traps": seen, "words": words, "outcome": outcome, "rationale_category": plan.rationale,
        "department": "Rio Colorado County Medical Center (invented)",
    }
    return {"id": note_id, "text": text, "labels": labels, "spans": spans, "meta": meta}


def build_all() -> list[dict]:
    return [build_one(*slot) for slot in allocate()]
