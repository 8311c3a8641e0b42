"""Assemble a planned note, render its markup into text and spans, and check the spans against the plan."""

from __future__ import annotations

import random
import re

from . import filler
from .common import chance, pick
from .markup import Rendered, render, strip_marks
from .nonsim import write_nonsim
from .notes import write_sim
from .plan import Plan
from .sites import expand_keys

_WORD = re.compile(r"[a-z0-9]+(?:['/][a-z0-9]+)*")
_LEFTOVER = re.compile(r"\{(?:side|Side|S|opp|O|Opp)\}")


def words(text: str) -> int:
    return len(_WORD.findall(text.lower()))


def _pad_long(plan: Plan, rng: random.Random, sections: list[tuple[str, str]], clock) -> list[tuple[str, str]]:
    """Long notes: add background blocks near the top until the note reaches its target length."""
    target = rng.randrange(660, 1420)
    extra_makers = (
        ("nursing", "Nursing assessment", lambda: filler.nursing(rng, clock, plan)),
        ("chemo", "Systemic therapy history", lambda: filler.chemo_history(plan, rng, clock)),
        ("distress", "Distress screening", lambda: filler.distress(rng)),
        ("functional", "Functional status", lambda: filler.functional(rng)),
        ("labs2", "Labs (prior panel)", lambda: filler.labs(rng, clock, flow=chance(rng, 0.5), days_ago=rng.randrange(10, 30))),
        ("acp", "Advance care planning", lambda: filler.acp(rng)),
        ("educ", "Education record", lambda: filler.education(rng)),
        ("interval2", "Interval events (older)", lambda: filler.interval(plan, rng, clock)),
        ("labs3", "Lab results (older)", lambda: filler.labs(rng, clock, flow=chance(rng, 0.5), days_ago=rng.randrange(31, 60))),
        ("ros2", "ROS (nursing intake)", lambda: filler.ros(rng)),
        ("counsel2b", "Additional counseling", lambda: filler.counsel(rng, plan)),
        ("meds2", "Medication reconciliation", lambda: filler.meds(rng, "list", plan)),
        ("pathrep", "Pathology (excerpt)", lambda: filler.path_report(plan, rng, clock)),
        ("medonc", "Outside/other notes reviewed", lambda: filler.medonc_summary(plan, rng, clock)),
        ("intake", "Intake questionnaire", lambda: filler.intake(rng)),
    )
    if plan.site.peds:
        extra_makers = tuple(m for m in extra_makers if m[0] not in ("functional", "acp", "intake", "educ"))
    have = {k for k, _ in sections}
    order = list(range(len(extra_makers)))
    rng.shuffle(order)
    for i in order:
        if words(strip_marks("\n".join(t for _, t in sections))) >= target:
            break
        key, heading, make = extra_makers[i]
        if key not in have:
            pos = min(len(sections), 2 + rng.randrange(0, 4))
            sections.insert(pos, (key, f"{heading}:\n{make()}"))
            have.add(key)
    while words(strip_marks("\n".join(t for _, t in sections))) > 1480:
        for j, (k, _) in enumerate(sections):
            if k in ("labs", "labs2", "ros", "ros2", "meds", "meds2", "interval", "interval2", "counsel", "counsel3"):
                sections.pop(j)
                break
        else:
            break
    return sections


def compose(plan: Plan, rng: random.Random) -> tuple[Rendered, list[str]]:
    writer = write_sim(plan, rng) if plan.sim else write_nonsim(plan, rng)
    sections = writer.sections
    if plan.style == "long":
        sections = _pad_long(plan, rng, sections, writer.clock)
    if plan.style in ("sticky", "terse", "kv", "flowsheet", "allcaps") and chance(rng, 0.6):
        sep = "\n"
    else:
        sep = "\n\n"
    markup = sep.join(t for _, t in sections)
    if chance(rng, 0.15) and plan.style not in ("kv", "pipe", "flowsheet"):
        markup = markup.replace("\n\n", pick(rng, ("\n \n", "\n\n\n")))
    caps = plan.style == "allcaps"
    if plan.style == "typo":
        rate = rng.choice((0.05, 0.07, 0.09))
    elif plan.style in ("sticky", "plain") and chance(rng, 0.3):
        rate = 0.02
    else:
        rate = 0.0
    rendered = render(markup, rng, caps=caps, typo_rate=rate)
    return rendered, [k for k, _ in sections]


def check(plan: Plan, rendered: Rendered) -> None:
    """Raise if the spans disagree with the plan (the validator's rules, recomputed)."""
    text = rendered.text
    if "«" in text or "»" in text:
        raise AssertionError(f"{plan.note_id}: markup left in text")
    if _LEFTOVER.search(text):
        raise AssertionError(f"{plan.note_id}: unfilled placeholder")
    spans = sorted(rendered.spans, key=lambda s: (int(s["start"]), int(s["end"])))  # type: ignore[arg-type]
    for s in spans:
        surf = text[int(s["start"]):int(s["end"])]  # type: ignore[arg-type]
        if surf != surf.strip() or not surf:
            raise AssertionError(f"{plan.note_id}: span with edge whitespace")
    by: dict[str, list[dict[str, object]]] = {}
    for s in spans:
        by.setdefault(str(s["label"]), []).append(s)
    if not plan.sim and spans:
        raise AssertionError(f"{plan.note_id}: non-simulation note has spans")
    rat = by.get("RATIONALE", [])
    if bool(rat) != (plan.rationale is not None):
        raise AssertionError(f"{plan.note_id}: rationale spans {len(rat)} vs plan {plan.rationale}")
    if any(s["value"] != plan.rationale for s in rat):
        raise AssertionError(f"{plan.note_id}: rationale category differs")
    feats = sorted({str(s["value"]) for s in by.get("FEATURE", [])})
    if feats != sorted(plan.features):
        raise AssertionError(f"{plan.note_id}: features {feats} vs plan {plan.features}")
    mods = {str(s["value"]) for s in by.get("MODALITY", [])}
    if mods != set(plan.modalities):
        raise AssertionError(f"{plan.note_id}: modalities {sorted(mods)} vs plan {plan.modalities}")
    counts = by.get("AREA_COUNT", [])
    sites = by.get("TREATMENT_SITE", [])
    if counts:
        got: int | None = int(str(counts[-1]["value"]))
    elif sites:
        keys: list[str] = []
        for s in sites:
            for k in expand_keys(str(s["value"])):
                if k not in keys:
                    keys.append(k)
        got = len(keys)
    else:
        got = None
    if got != plan.area_count:
        raise AssertionError(f"{plan.note_id}: area count {got} vs plan {plan.area_count}")
    if sites and plan.area_count is not None:
        planned = {a.value for a in plan.areas}
        if {str(s["value"]) for s in sites} - planned:
            raise AssertionError(f"{plan.note_id}: a site span names an area outside the plan")
