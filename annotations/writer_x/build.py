"""Compose, lay out, render, check against the plan, and build the records."""

from __future__ import annotations

import random
import re
from typing import Any

from simcheck.annotations import decide_labels

from . import filler as FL
from .compose import COMPOSERS, Section
from .evidence import Ctx
from .markup import render, transform
from .plan import SEED, Plan, allocate, make_plan
from .vocab import SITES

MODS = ("CT", "MRI", "PET", "fluoroscopy", "ultrasound")
SAFE_DUP = ("header", "byline", "consent", "setup", "dx", "hx", "pos", "cc", "anes", "mask", "why")
TERSE_TITLES = {
    "Medical necessity": "Med nec",
    "Treatment areas": "Tx areas",
    "Simulation imaging": "Imaging",
    "Position/immobilization": "Pos/immob",
    "Procedure details": "Details",
    "Pertinent history": "Hx",
    "Reason for re-sim": "Re-sim why",
    "Teaching points / questions": "Teaching/Qs",
}
_WORD = re.compile(r"[a-z0-9]+(?:['/][a-z0-9]+)*")


def _words(markup: str) -> int:
    return len(_WORD.findall(render(markup)[0].lower()))


def _layout(sections: list[Section], style: str, rng: random.Random) -> tuple[str, list[str]]:
    """Return the note markup and the ordered section keys (artefacts included)."""
    bullet = rng.choice(["•", "-", "*", "o"])
    keys: list[str] = []
    parts: list[str] = []
    if style == "prose" and rng.random() < 0.6:
        parts.append(
            rng.choice(["This is a dictated note.", "Dictated, not read back.", "[Dictation - voice recognition]"])
        )
        keys.append("dictation")
    for key, title, items in sections:
        items = [i for i in items if i]
        if not items:
            continue
        keys.append(key)
        if style in ("prose", "long", "typos"):
            text = "\n".join(items) if key in ("header", "byline") else " ".join(items)
            parts.append(f"{title}: {text}" if title else text)
        elif style == "bullets":
            body = "\n".join(items) if key == "header" else "\n".join(f"{bullet} {i}" for i in items)
            parts.append(f"{title}\n{body}" if title else body)
        elif style == "terse":
            body = "\n".join(items) if key == "header" else "; ".join(i.rstrip(".") for i in items)
            parts.append(f"{TERSE_TITLES.get(title, title)}: {body}" if title else body)
        elif style == "teaching":
            body = "\n".join(items) if key in ("header", "todo") else "\n".join(f"  - {i}" for i in items)
            parts.append(f"{title}:\n{body}" if title else body)
        else:  # template, caps, epic_paste, table, handoff
            body = "\n".join(items)
            parts.append(f"{title}:\n{body}" if title else body)
        if style == "epic_paste" and key in SAFE_DUP and rng.random() < 0.5 and "dup" not in keys:
            parts.append(parts[-1].replace("\n", "\n• ", 1) if rng.random() < 0.5 else parts[-1])
            keys.append("dup")
        if style == "epic_paste" and rng.random() < 0.25:
            parts.append(
                rng.choice(
                    [
                        "Pain (0-10): ***",
                        "Interpreter needed: ***",
                        "Chaperone present: ***",
                        "✔ Time-out completed  ☒ Pt ID x2  ☐ Pregnancy test",
                        "Fall risk: ***",
                        "• • •",
                        "[SmartPhrase .RADONCSIM expanded]",
                    ]
                )
            )
            keys.append("artefact")
    joiner = "\n" if style in ("terse", "handoff") else "\n\n"
    return joiner.join(parts), keys


def _styled(markup: str, style: str, rng: random.Random) -> str:
    if style == "caps":
        out = transform(markup, str.upper, str.upper)
    elif style == "terse":
        out = transform(markup, FL.terse)
    elif style == "typos":
        out = transform(markup, lambda s: FL.typos(rng, s))
    else:
        out = markup
    return out


def _areas_from_spans(spans: list[dict[str, Any]]) -> int | None:
    counts = [s for s in spans if s["label"] == "AREA_COUNT"]
    sites = [s for s in spans if s["label"] == "TREATMENT_SITE"]
    if counts:
        return int(counts[-1]["value"])
    if sites:
        keys = set()
        for s in sites:
            v = s["value"]
            keys.update([f"left {v[10:]}", f"right {v[10:]}"] if v.startswith("bilateral ") else [v])
        return len(keys)
    return None


def _check(plan: Plan, spans: list[dict[str, Any]]) -> None:
    rat = any(s["label"] == "RATIONALE" for s in spans)
    feats = sorted({s["value"] for s in spans if s["label"] == "FEATURE"})
    mods = {s["value"] for s in spans if s["label"] == "MODALITY"}
    areas = _areas_from_spans(spans)
    problems = []
    if rat != (plan.rationale is not None):
        problems.append(f"rationale {rat} vs plan {plan.rationale}")
    if feats != sorted(plan.features):
        problems.append(f"features {feats} vs plan {plan.features}")
    if mods != set(plan.modalities):
        problems.append(f"modalities {sorted(mods)} vs plan {plan.modalities}")
    if areas != plan.n_areas:
        problems.append(f"areas {areas} vs plan {plan.n_areas}")
    cats = {s["value"] for s in spans if s["label"] == "RATIONALE"}
    if plan.rationale and cats != {plan.rationale}:
        problems.append(f"rationale categories {cats}")
    plan_sites = {SITES[plan.site].areas[k][0] for k in plan.area_keys}
    for s in spans:
        if s["label"] == "TREATMENT_SITE" and not any(
            s["value"] == v.replace("{side}", "left") or s["value"] == v.replace("{side}", "right") for v in plan_sites
        ):
            problems.append(f"site span {s['value']!r} not in plan")
    if problems:
        raise ValueError(f"{plan.nid}: spans disagree with plan: {problems}")


def _check_outcome(plan: Plan, labels: dict[str, Any]) -> None:
    o = plan.outcome
    ok = {
        "supported_feature": labels["supported"] and bool(labels["features"]),
        "supported_areas": labels["supported"] and not labels["features"] and (labels["treatment_areas"] or 0) >= 3,
        "no_rationale": not labels["rationale"]
        and labels["level"] == "77290"
        and bool(labels["modalities"])
        and labels["treatment_areas"] is not None,
        "areas_unknown": labels["treatment_areas"] is None
        and labels["rationale"]
        and bool(labels["features"])
        and bool(labels["modalities"]),
        "no_imaging": labels["missing"] == ["imaging"],
        "77285": labels["level"] == "77285",
        "77280": labels["level"] == "77280",
    }.get(o, labels["missing"] == ["rationale", "treatment_areas", "complexity", "imaging"])
    if not ok:
        raise ValueError(f"{plan.nid}: labels {labels} do not give outcome {o}")


def build_one(index: int, outcome: str, note_type: str, style: str, site: str) -> dict[str, Any]:
    """Compose or compute: build one."""
    nid = f"wx-{index:04d}"
    plan = make_plan(nid, outcome, note_type, style, site)
    ctx = Ctx(plan)
    sections = COMPOSERS[note_type](ctx)
    lrng = random.Random(f"{SEED}:{nid}:layout")
    if outcome not in ("blank",) and note_type not in ("handoff_sim", "handoff_presim", "chart_rounds"):
        for extra in FL.extras(lrng):
            sections.insert(lrng.randint(1, max(1, len(sections) - 1)), extra)
    markup, keys = _layout(sections, style, random.Random(f"{SEED}:{nid}:layout0"))
    if style == "long":
        pads = [
            ("course", lrng.choice(["Interval course", "Course since diagnosis", "Timeline"]), FL.COURSE_EVENTS, True),
            ("counsel", "Counseling", FL.COUNSEL, False),
            ("goals", "Goals of care", FL.GOALS, False),
        ]
        lrng.shuffle(pads)
        added: dict[str, int] = {}
        target = lrng.randint(640, 1100)
        while _words(markup) < target and any(added.get(x[0], 0) < len(x[2]) for x in pads):
            key, title, pool, dated = next((x for x in pads if added.get(x[0], 0) < len(x[2])), pads[0])
            n = added.get(key, 0) + 3
            added[key] = n
            items = (
                FL.course(random.Random(f"{SEED}:{nid}:{key}"), n) if dated else [FL.fill(lrng, s) for s in pool[:n]]
            )
            sections = [s for s in sections if s[0] != key]
            sections.insert(min(4, len(sections) - 2), (key, title, items))
            markup, keys = _layout(sections, style, random.Random(f"{SEED}:{nid}:layout0"))
    markup = _styled(markup, style, lrng)
    text, spans = render(markup)
    _check(plan, spans)
    feats = sorted(plan.features)
    mods = [m for m in MODS if m in plan.modalities]
    d = decide_labels(plan.rationale is not None, plan.n_areas, feats, mods)
    labels = {
        "rationale": plan.rationale is not None,
        "treatment_areas": plan.n_areas,
        "features": feats,
        "modalities": mods,
        "supported": d.supported,
        "level": d.level,
        "missing": d.missing,
    }
    _check_outcome(plan, labels)
    words = len(_WORD.findall(text.lower()))
    if style == "long" and not 600 <= words <= 1500:
        raise ValueError(f"{nid}: long note has {words} words")
    if "<<" in text or ">>" in text:
        raise ValueError(f"{nid}: markup leaked")
    return {
        "id": nid,
        "text": text,
        "labels": labels,
        "spans": sorted(spans, key=lambda s: (s["start"], s["end"])),
        "meta": {
            "writer": "x",
            "site": SITES[site].label,
            "style": style,
            "note_type": note_type,
            "skeleton": f"{note_type}/{style}/" + ",".join(keys),
            "traps": sorted(ctx.traps),
            "words": words,
            "outcome": outcome,
            "rationale_category": plan.rationale,
        },
    }


def build_all() -> list[dict[str, Any]]:
    """Return the 250 records in id order."""
    return [build_one(i, *row) for i, row in enumerate(allocate(), 1)]
