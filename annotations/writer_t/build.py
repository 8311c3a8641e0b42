"""Compose, render and check every note; return the label records."""

from __future__ import annotations

import random
import re
from typing import Any

from simcheck.annotations import decide_labels

from . import filler
from .compose import sim_sections
from .layout import Section, layout, style_parts
from .markup import render
from .others import other_sections
from .phrases import Ctx
from .plan import EMPTY_OUTCOMES, SEED, Plan, allocate, area_count, make_plan
from .vocab import (
    ANESTHESIA,
    CHILD_LIFE,
    DOSIMETRY,
    GUARDIANS,
    NURSES,
    ONCOLOGISTS,
    PAYERS,
    PHYSICS,
    PLACES,
    RAD_ONCS,
    RESIDENTS,
    SCHOOLS,
    SITES,
    SOCIAL,
    SURGEONS,
    THERAPISTS,
)

WORD = re.compile(r"[a-z0-9]+(?:['/][a-z0-9]+)*")
MODALITY_ORDER = ("CT", "MRI", "PET", "fluoroscopy", "ultrasound")


def _ctx(plan: Plan, rng: random.Random) -> Ctx:
    site = SITES[plan.site]
    age = rng.randint(*site.ages)
    if plan.ga and age > 9 and plan.note_type not in ("sim_ga",):
        age = rng.randint(site.ages[0], min(site.ages[1], 7))
    if plan.note_type == "sim_ga":
        age = rng.randint(site.ages[0], min(site.ages[1], max(site.ages[0], 8)))
    girl = rng.random() < 0.5
    if plan.site == "rms_gu" and "vagina" in plan.area_set:
        girl = True
    if plan.site == "leukemia_tbi" and "testes" in plan.area_set:
        girl = False
    weight = round(max(7.5, 2.2 * age + 8 + rng.uniform(-3, 6)), 1)
    return Ctx(
        rng=rng,
        age=age,
        girl=girl,
        weight=weight,
        height=int(6.2 * age + 76 + rng.randint(-8, 8)),
        guardian=rng.choice(GUARDIANS),
        date=f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/2026",
        md=rng.choice(RAD_ONCS + RESIDENTS[:1]),
        anes=rng.choice(ANESTHESIA),
        ccls=rng.choice(CHILD_LIFE),
        rn=rng.choice(NURSES),
        sw=rng.choice(SOCIAL),
        rtt=rng.choice(THERAPISTS),
        cmd=rng.choice(DOSIMETRY),
        phys=rng.choice(PHYSICS),
        onc=rng.choice(ONCOLOGISTS),
        surgeon=rng.choice(SURGEONS),
        place=rng.choice(PLACES),
        school=rng.choice(SCHOOLS),
        payer=rng.choice(PAYERS),
        diagnosis=rng.choice(site.diagnoses) if plan.areas_known or plan.outcome in EMPTY_OUTCOMES else site.vague_dx,
    )


def _check(plan: Plan, spans: list[dict[str, Any]]) -> None:
    """Refuse a note whose rendered spans disagree with its plan."""
    by: dict[str, list[dict[str, Any]]] = {}
    for span in sorted(spans, key=lambda s: (s["start"], s["end"])):
        by.setdefault(span["label"], []).append(span)
    if bool(by.get("RATIONALE")) != bool(plan.rationale):
        raise AssertionError(f"{plan.nid}: rationale spans disagree")
    if sorted({s["value"] for s in by.get("FEATURE", [])}) != sorted(plan.features):
        raise AssertionError(f"{plan.nid}: features disagree")
    if sorted({s["value"] for s in by.get("MODALITY", [])}) != sorted(plan.modalities):
        raise AssertionError(f"{plan.nid}: modalities disagree")
    counts, sites = by.get("AREA_COUNT", []), by.get("TREATMENT_SITE", [])
    if counts:
        areas: int | None = int(counts[-1]["value"])
    elif sites:
        areas = area_count(tuple(s["value"] for s in sites))
    else:
        areas = None
    if areas != plan.n_areas:
        raise AssertionError(f"{plan.nid}: areas {areas} != {plan.n_areas}")
    allowed = set(plan.area_set) if plan.areas_known else set()
    if any(s["value"] not in allowed for s in sites):
        raise AssertionError(f"{plan.nid}: unplanned site span")


LONG_KINDS = (
    ("social", filler.social),
    ("exam", filler.exam),
    ("course", filler.course),
    ("development", filler.development),
    ("meds", filler.meds),
    ("ros", filler.ros),
    ("labs", filler.labs),
    ("nutrition", filler.nutrition),
    ("chemo", filler.chemo),
    ("endocrine", filler.endocrine),
    ("psychology", filler.psychology),
    ("family_history", filler.family_history),
    ("pain", filler.pain),
    ("narrative", filler.narrative),
    ("therapies", filler.therapies),
    ("nursing", filler.nursing),
)


def _pad_long(sections: list[Section], c: Ctx, markup_words: int) -> None:
    """Add filler sections of kinds not yet present until a long note reaches 620 words."""
    present = [s.key for s in sections]
    kinds = [k for k in LONG_KINDS if k[0] not in present]
    c.rng.shuffle(kinds)
    repeats = [k for k in LONG_KINDS if k[0] in ("course", "narrative", "therapies", "nursing", "chemo")]
    c.rng.shuffle(repeats)
    for name, maker in kinds + [(f"{n}_more", m) for n, m in repeats]:
        if markup_words >= 670:
            break
        lines = maker(c)
        at = c.rng.randint(1, len(sections) - 1)
        heading = (
            (f"{name.removesuffix('_more').replace('_', ' ').title()} (continued)",) if name.endswith("_more") else ()
        )
        sections.insert(at, Section(name, lines, headings=heading))
        markup_words += sum(len(WORD.findall(ln.lower())) for ln in lines)


def build_record(index: int, row: tuple[str, str, str, str]) -> dict[str, Any]:
    """Plan, write and check one note."""
    outcome, note_type, style, site = row
    nid = f"wt-{index:04d}"
    plan = make_plan(nid, outcome, note_type, style, site)
    rng = random.Random(f"{SEED}:{nid}:text")
    c = _ctx(plan, rng)
    if outcome in EMPTY_OUTCOMES:
        sections, traps = other_sections(plan, c)
    else:
        sections, traps = sim_sections(plan, c)
    if style == "long":
        words = sum(len(WORD.findall(ln.lower())) for sec in sections for ln in sec.lines)
        _pad_long(sections, c, words)
    markup = layout(sections, style, rng)
    text, spans = render(style_parts(markup, style, rng))
    _check(plan, spans)
    n_words = len(WORD.findall(text.lower()))
    if style == "long" and not 600 <= n_words <= 1500:
        raise AssertionError(f"{nid}: long note has {n_words} words")
    features = sorted(plan.features)
    modalities = [m for m in MODALITY_ORDER if m in plan.modalities]
    decision = decide_labels(plan.rationale is not None, plan.n_areas, features, modalities)
    expected = {
        "supported_feature": (True, "77290"),
        "supported_areas": (True, "77290"),
        "no_rationale": (False, "77290"),
        "areas_unknown": (False, "77290"),
        "no_imaging": (False, "77290"),
        "p77285": (False, "77285"),
        "p77280": (False, "77280"),
    }.get(outcome, (False, "undetermined"))
    if (decision.supported, decision.level) != expected:
        raise AssertionError(f"{nid}: outcome {outcome} gives {decision}")
    if "proton" in text[:200].lower() and "particle" not in features:
        traps.append("facility_name_proton")
    trap_list = list(dict.fromkeys(traps))
    return {
        "id": nid,
        "text": text,
        "labels": {
            "rationale": plan.rationale is not None,
            "treatment_areas": plan.n_areas,
            "features": features,
            "modalities": modalities,
            "supported": decision.supported,
            "level": decision.level,
            "missing": decision.missing,
        },
        "spans": spans,
        "meta": {
            "writer": "t",
            "site": site,
            "style": style,
            "note_type": note_type,
            "skeleton": f"{note_type}/{style}/" + "-".join(s.key for s in sections),
            "traps": trap_list,
            "words": n_words,
            "outcome": outcome,
            "rationale_category": plan.rationale or "",
            "area_form": plan.area_form if plan.areas_known else "",
        },
    }


def build_all() -> list[dict[str, Any]]:
    """Return the 250 records in id order."""
    return [build_record(i, row) for i, row in enumerate(allocate(), start=1)]
