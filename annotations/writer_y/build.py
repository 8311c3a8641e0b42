"""Compose, render, check against the plan, label, and build the records."""

from __future__ import annotations

import datetime
import random
import re
from typing import Any

from simcheck.annotations import decide_labels

from . import filler as F
from .compose import COMPOSERS, layout, long_history
from .evidence import Ctx
from .markup import render
from .plan import Plan, allocate, make_plan
from .vocab import SITES

WORD = re.compile(r"[a-z0-9]+(?:['/][a-z0-9]+)*")
MOD_ORDER = ["CT", "MRI", "PET", "fluoroscopy", "ultrasound"]


def words(text: str) -> int:
    """Count words the way the corpus stats do."""
    return len(WORD.findall(text.lower()))


def _site_keys(value: str) -> list[str]:
    if value.startswith("bilateral "):
        site = value.removeprefix("bilateral ")
        return [f"left {site}", f"right {site}"]
    return [value]


def check(plan: Plan, spans: list[dict[str, Any]]) -> None:
    """Raise when the rendered spans disagree with the plan."""
    by: dict[str, list[dict[str, Any]]] = {}
    for s in sorted(spans, key=lambda s: (s["start"], s["end"])):
        by.setdefault(str(s["label"]), []).append(s)
    problems = []
    rats = by.get("RATIONALE", [])
    if bool(rats) != bool(plan.rationale) or any(s["value"] != plan.rationale for s in rats):
        problems.append("rationale")
    if sorted({str(s["value"]) for s in by.get("FEATURE", [])}) != sorted(plan.features):
        problems.append(f"features {[s['value'] for s in by.get('FEATURE', [])]} vs {plan.features}")
    if sorted({str(s["value"]) for s in by.get("MODALITY", [])}) != sorted(plan.modalities):
        problems.append(f"modalities {[s['value'] for s in by.get('MODALITY', [])]} vs {plan.modalities}")
    counts, sites = by.get("AREA_COUNT", []), by.get("TREATMENT_SITE", [])
    if counts:
        n: int | None = int(counts[-1]["value"])
    elif sites:
        n = len({k for s in sites for k in _site_keys(str(s["value"]))})
    else:
        n = None
    if n != plan.area_count():
        problems.append(f"areas {n} vs {plan.area_count()}")
    planned_sites = {v for v, _ in plan.areas}
    if any(s["value"] not in planned_sites for s in sites):
        problems.append("site span not in plan")
    if not plan.is_sim and spans:
        problems.append("spans in a document with no simulation")
    if problems:
        raise ValueError(f"{plan.nid}: rendered spans disagree with the plan: {problems}")


EXPECT = {
    "supported_feature": lambda d, p: d.supported and bool(p.features),
    "supported_areas": lambda d, p: d.supported and not p.features and (p.area_count() or 0) >= 3,
    "no_rationale": lambda d, p: d.missing == ["rationale"],
    "areas_unknown": lambda d, p: d.missing == ["treatment_areas"] and d.level == "77290",
    "no_imaging": lambda d, p: d.missing == ["imaging"] and d.level == "77290",
    "l77285": lambda d, p: d.level == "77285" and not d.supported,
    "l77280": lambda d, p: d.level == "77280" and not d.supported,
    "nonsim": lambda d, p: d.missing == ["rationale", "treatment_areas", "complexity", "imaging"],
    "blank": lambda d, p: d.missing == ["rationale", "treatment_areas", "complexity", "imaging"],
    "aborted": lambda d, p: d.missing == ["rationale", "treatment_areas", "complexity", "imaging"],
}


def pad_long(ctx: Ctx, marked: str) -> tuple[str, bool]:
    """Long notes: add a dated interval course (before the past medical history) up to a seeded target length."""
    r = random.Random(f"simcheck-writer-y-v1:{ctx.plan.nid}:pad")
    target = r.randint(640, 1400)
    have = words(marked)
    if have >= target:
        return marked, False
    days = []
    events: list[str] = []
    pool = list(F.EVENTS)
    r.shuffle(pool)
    while pool and have + sum(words(e) + 2 for e in events) < target:
        events.append(pool.pop())
        days.append(r.randint(3, 330))
    dated = sorted(zip(days, events, strict=True), key=lambda de: -de[0])
    lines = [ctx.fmt(ctx.sim_day - datetime.timedelta(days=dd)) + ": " + ev for dd, ev in dated]
    block = "INTERVAL COURSE\n" + "\n".join(lines)
    talk = list(F.DISCUSS)
    r.shuffle(talk)
    said: list[str] = []
    while talk and have + words(block) + sum(words(t) for t in said) < target:
        said.append(talk.pop())
    if said:
        block += "\n\nDISCUSSION\n" + " ".join(said)
    marker = "\n\nPAST MEDICAL HISTORY"
    at = marked.find(marker)
    if at < 0:
        at = marked.find("\n\n", marked.find("\n\n") + 2)
    contrast = any("contrast" in e or "gadolinium" in e for e in events)
    return marked[:at] + "\n\n" + block + marked[at:], contrast


def build_one(index: int, row: tuple[str, str, str, str]) -> dict[str, Any]:
    """Plan, compose, render and check one note; return its record."""
    outcome, note_type, style, site = row
    nid = f"wy-{index:04d}"
    plan = make_plan(nid, outcome, note_type, style, site)
    ctx = Ctx(plan)
    reg = {"scribe": "scribe", "transcript": "scribe", "ehr_terse": "terse", "template": "terse", "lay": "lay"}.get(
        style, "prose"
    )
    tr = ctx.trap_text(reg)
    hdr, secs, foot = COMPOSERS[note_type](ctx, tr, style)
    if style == "long" and note_type not in ("long_sim", "consult", "treatment_summary", "survivorship"):
        secs = secs[:1] + long_history(ctx, []) + secs[1:]
    marked, keys = layout(ctx, style, hdr, secs, foot)
    if style == "long":
        marked, hist_contrast = pad_long(ctx, marked)
        if "INTERVAL COURSE" in marked:
            keys = [*keys[:2], "interval", *keys[2:]]
        if hist_contrast and "historical_contrast" not in plan.traps:
            plan.traps.append("historical_contrast")
    plain = None
    if style == "typos":
        plain = F.typo_transform(random.Random(f"simcheck-writer-y-v1:{nid}:typos"))
    elif style == "ehr_terse":
        plain = F.abbreviate
    text, spans = render(marked, plain=plain, caps=(style == "caps"))
    check(plan, spans)
    dec = decide_labels(bool(plan.rationale), plan.area_count(), plan.features, plan.modalities)
    if not EXPECT[outcome](dec, plan):
        raise ValueError(f"{nid}: labels do not give the planned outcome {outcome}")
    n = words(text)
    if style == "long" and not 600 <= n <= 1500:
        raise ValueError(f"{nid}: long note has {n} words")
    labels = {
        "rationale": bool(plan.rationale),
        "treatment_areas": plan.area_count(),
        "features": sorted(plan.features),
        "modalities": [m for m in MOD_ORDER if m in plan.modalities],
        "supported": dec.supported,
        "level": dec.level,
        "missing": dec.missing,
    }
    meta = {
        "writer": "y",
        "site": SITES[site]["label"],
        "style": style,
        "note_type": note_type,
        "skeleton": f"{note_type}/{style}/" + ">".join(keys),
        "traps": plan.traps,
        "words": n,
        "outcome": outcome,
    }
    return {"id": nid, "text": text, "labels": labels, "spans": spans, "meta": meta}


def build_all() -> list[dict[str, Any]]:
    """All 250 records, in id order."""
    return [build_one(i + 1, row) for i, row in enumerate(allocate())]
