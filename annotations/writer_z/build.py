"""Compose, render, check against the plan, label and emit the records."""
# ruff: noqa: D103

from __future__ import annotations

import re

from simcheck.annotations import decide_labels

from . import filler as fl
from .compose_other import compose_other
from .compose_sim import compose_sim, discussion
from .context import Ctx
from .doc import Doc
from .markup import render, strip_tokens
from .plan import Plan, allocate
from .vocab import SITES

WORD = re.compile(r"[a-z0-9]+(?:['/][a-z0-9]+)*")
MOD_ORDER = ["CT", "MRI", "PET", "fluoroscopy", "ultrasound"]
STRUCTURAL_TRAPS = {"remote_supervision"}
EXPECT = {
    "supported_feature": (True, "77290"),
    "supported_areas": (True, "77290"),
    "no_rationale": (False, "77290"),
    "areas_unknown": (False, "77290"),
    "no_imaging": (False, "77290"),
    "l77285": (False, "77285"),
    "l77280": (False, "77280"),
    "thin": (False, "undetermined"),
    "blank": (False, "undetermined"),
    "aborted": (False, "undetermined"),
    "nosim": (False, "undetermined"),
}


def words(text: str) -> int:
    return len(WORD.findall(text.lower()))


def _pad_long(ctx: Ctx, doc: Doc) -> None:
    """Long dictations run 600-1,500 words: add history-type sections (never evidence) before the signature."""
    extras = [
        ("ros", fl.ros_long),
        ("course", fl.dated_course),
        ("goals", fl.goals),
        ("discussion", lambda c: "Discussion: " + discussion(c, 6)),
        ("psychosocial", fl.psychosocial),
        ("nutrition", fl.nutrition),
        ("function", fl.function),
        ("pathology", fl.pathology),
        ("education", fl.education),
        ("chemo", fl.chemo_plan),
        ("workup", fl.prior_workup),
        ("consent", fl.consent_detail),
        ("followup", fl.followup),
        ("onc_history", fl.onc_history),
        ("labs_table", fl.labs_table),
    ]
    order = [i for i in range(len(extras)) if extras[i][0] not in doc.section_keys()]
    ctx.r.shuffle(order)
    target = ctx.r.randint(640, 1380)
    i = 0
    while words(strip_tokens(doc.markup())) < target and i < len(order):
        key, maker = extras[order[i]]
        if key in doc.section_keys():
            key = key + "2"
        pos = next(
            (j for j, (k, _) in enumerate(doc.sections) if k in ("sig", "footer", "addendum")), len(doc.sections)
        )
        anchor = next((j for j, (k, _) in enumerate(doc.sections) if k in ("proc", "review", "imaging")), pos)
        pos = min(pos, anchor) if ctx.chance(0.7) else pos
        doc.sections.insert(pos, (key, maker(ctx)))
        i += 1


LEGACY_LINE = re.compile(r"^(⟦[RASFM]:[^|⟦⟧]+\|)?([A-Za-z][A-Za-z0-9 ()/.#'&-]{1,34}): ", re.M)


def legacy(markup: str) -> str:
    """Pell Mill's legacy OIS print: upper-case keys padded with dot leaders ("IV CONTRAST......... Yes")."""

    def repl(m: re.Match) -> str:
        key = m.group(2).upper()
        return (m.group(1) or "") + key + "." * max(2, 24 - len(key)) + " "

    return LEGACY_LINE.sub(repl, markup)


def _spans_to_labels(spans: list[dict]) -> tuple[bool, int | None, list[str], list[str]]:
    rationale = any(s["label"] == "RATIONALE" for s in spans)
    feats = sorted({s["value"] for s in spans if s["label"] == "FEATURE"})
    mods_set = {s["value"] for s in spans if s["label"] == "MODALITY"}
    mods = [m for m in MOD_ORDER if m in mods_set]
    counts = [s for s in sorted(spans, key=lambda s: s["start"]) if s["label"] == "AREA_COUNT"]
    sites = [s for s in spans if s["label"] == "TREATMENT_SITE"]
    keys: list[str] = []
    for s in sites:
        v = s["value"]
        parts = [f"left {v[10:]}", f"right {v[10:]}"] if v.startswith("bilateral ") else [v]
        for k in parts:
            if k not in keys:
                keys.append(k)
    if counts:
        areas: int | None = int(counts[-1]["value"])
        if sites and len(keys) != areas:
            raise ValueError("site spans disagree with the stated count")
    elif sites:
        areas = len(keys)
    else:
        areas = None
    return rationale, areas, feats, mods


def build_record(plan: Plan) -> dict:
    ctx = Ctx(plan)
    doc = compose_sim(ctx) if plan.simulation else compose_other(ctx)
    if plan.long:
        _pad_long(ctx, doc)
    markup = doc.markup()
    if plan.style == "ois_legacy":
        markup = legacy(markup)
    text, spans = render(markup, caps=plan.style == "caps_vendor")
    rationale, areas, feats, mods = _spans_to_labels(spans)
    planned = (plan.rationale is not None, plan.n_areas, list(plan.features), list(plan.modalities))
    if (rationale, areas, feats, mods) != planned:
        raise ValueError(f"{plan.id}: spans {(rationale, areas, feats, mods)} disagree with plan {planned}")
    decision = decide_labels(rationale, areas, feats, mods)
    if (decision.supported, decision.level) != EXPECT[plan.outcome]:
        raise ValueError(f"{plan.id}: outcome {plan.outcome} but labels give {decision}")
    n_words = words(text)
    if plan.long and not 600 <= n_words <= 1500:
        raise ValueError(f"{plan.id}: long note has {n_words} words")
    traps = [t for t in plan.traps if t in ctx.traps_done or t in STRUCTURAL_TRAPS]
    for t in ctx.traps_done:
        if t not in traps:
            traps.append(t)
    skeleton = f"{plan.note_type}/{plan.style}/" + ">".join(doc.section_keys())
    return {
        "id": plan.id,
        "text": text,
        "labels": {
            "rationale": rationale,
            "treatment_areas": areas,
            "features": feats,
            "modalities": mods,
            "supported": decision.supported,
            "level": decision.level,
            "missing": decision.missing,
        },
        "spans": spans,
        "meta": {
            "writer": "z",
            "site": SITES[plan.site]["label"],
            "style": plan.style,
            "note_type": plan.note_type,
            "skeleton": skeleton,
            "traps": traps,
            "words": n_words,
            "outcome": plan.outcome,
            "location": plan.location,
            "rationale_category": plan.rationale,
        },
    }


def build_all() -> list[dict]:
    return [build_record(plan) for plan in allocate()]
