"""Build writer S's records: plan, compose, render, check spans against the plan, label by the guide."""

from __future__ import annotations

import re
from typing import Any

from simcheck.annotations import decide_labels
from writer_s import compose as cp
from writer_s import filler as fl
from writer_s.evidence import Ctx
from writer_s.markup import render, strip
from writer_s.plan import N_NOTES, Plan, allocate, make_plan
from writer_s.vocab import SITES

_WORD = re.compile(r"[a-z0-9]+(?:['/][a-z0-9]+)*")
MOD_ORDER = ["CT", "MRI", "PET", "fluoroscopy", "ultrasound"]


def _words(text: str) -> int:
    return len(_WORD.findall(text.lower()))


def _compose(ctx: Ctx) -> tuple[str, list[str]]:
    plan = ctx.plan
    nt, style = plan.note_type, plan.style
    title = ctx.rng.choice(cp.TITLES.get(nt, ["Radiation therapy note"]))
    if nt in ("chart_rounds_sim", "chart_rounds_otv"):
        lines, keys = cp.rounds_note(ctx, nt == "chart_rounds_sim")
        return cp.finish_lines(ctx, lines), keys
    if nt in ("locum_handoff_sim", "locum_handoff_plan"):
        lines, keys = cp.handoff_note(ctx, nt == "locum_handoff_sim")
        return cp.finish_lines(ctx, lines), keys
    if style == "paper_form" and nt in ("therapist_form", "order_procedure", "electron_setup", "blank_template"):
        lines, keys = cp.form_note(ctx, blank=nt == "blank_template")
        return cp.finish_lines(ctx, lines), keys
    if nt == "aborted_sim":
        sections = cp.aborted_sections(ctx)
    elif nt == "blank_template":
        sections = cp.blank_sections(ctx)
    elif plan.outcome == "no_simulation":
        sections = cp.nonsim_sections(ctx)
    else:
        sections = cp.sim_sections(ctx)
    if style == "long":
        guard, target = 0, ctx.rng.randint(640, 1250)
        while sum(_words(strip(i)) for s in sections for i in s[2]) < target and guard < 30:
            guard += 1
            extra = ctx.rng.choice(
                [
                    ("course", cp.head(ctx, "course"), fl.course(ctx.rng, 6), True),
                    ("ros", cp.head(ctx, "ros"), [fl.ros(ctx.rng)], True),
                    ("social", cp.head(ctx, "social"), [fl.social(ctx.rng)], True),
                    ("exam", cp.head(ctx, "exam"), [fl.exam(ctx.rng)], True),
                    ("labs", cp.head(ctx, "labs"), [fl.labs(ctx.rng), fl.labs(ctx.rng)], True),
                ]
            )
            sections.insert(ctx.rng.randrange(1, len(sections) + 1), extra)
    return cp.layout(ctx, sections, title)


def _area_rule(spans: list[dict[str, Any]]) -> int | None:
    counts = [s for s in spans if s["label"] == "AREA_COUNT"]
    sites = [s for s in spans if s["label"] == "TREATMENT_SITE"]
    if counts:
        return int(counts[-1]["value"])
    if sites:
        keys: list[str] = []
        for s in sites:
            value = str(s["value"])
            names = [f"left {value[10:]}", f"right {value[10:]}"] if value.startswith("bilateral ") else [value]
            keys += [k for k in names if k not in keys]
        return len(keys)
    return None


def _check(plan: Plan, spans: list[dict[str, Any]]) -> None:
    rationale = any(s["label"] == "RATIONALE" for s in spans)
    features = sorted({str(s["value"]) for s in spans if s["label"] == "FEATURE"})
    mods = [m for m in MOD_ORDER if any(s["label"] == "MODALITY" and s["value"] == m for s in spans)]
    areas = _area_rule(spans)
    if rationale != bool(plan.rationale):
        raise ValueError(f"{plan.nid}: rationale spans disagree with the plan")
    if features != plan.features:
        raise ValueError(f"{plan.nid}: features {features} != plan {plan.features}")
    if mods != plan.modalities:
        raise ValueError(f"{plan.nid}: modalities {mods} != plan {plan.modalities}")
    if areas != plan.area_total():
        raise ValueError(f"{plan.nid}: areas {areas} != plan {plan.area_total()}")
    planned_sites = {v for v, _ in plan.areas or []}
    for s in spans:
        if s["label"] == "TREATMENT_SITE" and s["value"] not in planned_sites:
            raise ValueError(f"{plan.nid}: site span not in plan")


def _outcome_ok(plan: Plan, labels: dict[str, Any]) -> bool:
    o, missing = plan.outcome, labels["missing"]
    if o == "supported_feature":
        return bool(labels["supported"] and labels["features"])
    if o == "supported_areas":
        return bool(labels["supported"] and not labels["features"] and labels["treatment_areas"] >= 3)
    if o == "no_rationale":
        return bool(missing == ["rationale"])
    if o == "areas_unknown":
        return bool(missing == ["treatment_areas"])
    if o == "no_imaging":
        return bool(missing == ["imaging"])
    if o == "level_77285":
        return bool(labels["level"] == "77285")
    if o == "level_77280":
        return bool(labels["level"] == "77280")
    return bool(
        not labels["rationale"]
        and labels["treatment_areas"] is None
        and not labels["features"]
        and not labels["modalities"]
    )


def build_record(plan: Plan) -> dict[str, Any]:
    """Compose, render and label one note; raise when the text and the plan disagree."""
    ctx = Ctx(plan)
    marked, keys = _compose(ctx)
    text, spans = render(marked)
    _check(plan, spans)
    decision = decide_labels(plan.rationale is not None, plan.area_total(), plan.features, plan.modalities)
    labels = {
        "rationale": plan.rationale is not None,
        "treatment_areas": plan.area_total(),
        "features": list(plan.features),
        "modalities": list(plan.modalities),
        "supported": decision.supported,
        "level": decision.level,
        "missing": decision.missing,
    }
    if not _outcome_ok(plan, labels):
        raise ValueError(f"{plan.nid}: labels do not give the planned outcome {plan.outcome}")
    words = _words(text)
    if plan.style == "long" and not 600 <= words <= 1500:
        raise ValueError(f"{plan.nid}: long note has {words} words")
    meta = {
        "writer": "s",
        "site": SITES[plan.site]["label"],
        "style": plan.style,
        "note_type": plan.note_type,
        "skeleton": f"{plan.note_type}/{plan.style}/" + "-".join(keys),
        "traps": sorted(ctx.traps),
        "words": words,
        "outcome": plan.outcome,
        "rationale_category": plan.rationale,
    }
    return {"id": plan.nid, "text": text, "labels": labels, "spans": spans, "meta": meta}


def build_all() -> list[dict[str, Any]]:
    """Every record, ``ws-0001`` … ``ws-0250``, in id order."""
    records = []
    for index, (outcome, note_type, style, site) in enumerate(allocate(), start=1):
        plan = make_plan(index, outcome, note_type, style, site)
        records.append(build_record(plan))
    if len(records) != N_NOTES:
        raise ValueError("wrong number of notes")
    return records
