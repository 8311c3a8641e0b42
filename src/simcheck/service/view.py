"""What the coders' result page shows, built from a verdict: banner, checklist and the highlighted note."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

from simcheck.verdict import Evidence, Verdict

ELEMENT_TITLES = {
    "rationale": "Rationale",
    "treatment_areas": "Treatment areas",
    "complexity": "Complexity",
    "imaging": "Imaging",
}
ELEMENT_HELP = {
    "rationale": "A patient-specific reason the simulation needed its technique.",
    "treatment_areas": "How many separate areas were simulated (three or more is complex).",
    "complexity": "Contrast, custom blocks, arcs, particles, brachytherapy applicators and the like.",
    "imaging": "The imaging used for this simulation (CT, MRI, PET, fluoroscopy).",
}
EXCLUDED_LABELS = {
    "negated": "negated",
    "hypothetical": "planned",
    "historical": "historical",
    "template_blank": "blank template",
}
STATUS_HEADLINES = {
    "supported": "Supported: the documentation supports CPT 77290",
    "not_supported": "Not supported: the documentation does not support CPT 77290",
    "needs_review": "Needs review: a coder should confirm this note",
}
LEVEL_NAMES = {
    "77290": "complex simulation",
    "77285": "intermediate simulation",
    "77280": "simple simulation",
    "undetermined": "no simulation level documented",
}


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    kind: str  # an element name, or "excluded"
    anchor: str
    title: str
    reason: str = ""


@dataclass(frozen=True)
class EvidenceItem:
    """One evidence line of the checklist, linked to its highlight in the note."""

    anchor: str
    text: str
    detail: str
    reason: str = ""
    cue: str | None = None
    count: int = 1


@dataclass(frozen=True)
class ElementRow:
    """One element of the checklist."""

    name: str
    title: str
    help: str
    present: bool
    summary: str
    evidence: list[EvidenceItem]


@dataclass(frozen=True)
class ResultView:
    """Everything the result page renders."""

    verdict: Verdict
    headline: str
    level_name: str
    confidence: str
    rule_decision: str
    elements: list[ElementRow]
    excluded: list[EvidenceItem]
    note_html: Markup
    queries: str
    json_href: str
    json_filename: str
    legend: list[tuple[str, str]] = field(default_factory=list)


def _words(value: str) -> str:
    return value.replace("_", " ")


def _summary(verdict: Verdict, name: str) -> str:
    elements = verdict.elements
    if name == "rationale":
        return ", ".join(sorted({_words(e.value) for e in elements.rationale.evidence})) or "No reason found"
    if name == "treatment_areas":
        areas = elements.treatment_areas
        if areas.count is None:
            return "No count found"
        return f"{areas.count} area{'s' if areas.count != 1 else ''}" + (f" ({areas.basis})" if areas.basis else "")
    if name == "complexity":
        parts = [_words(f) for f in elements.complexity.features]
        parts += [f"{_words(f)} (does not qualify)" for f in elements.complexity.other_features]
        return ", ".join(parts) or "No qualifying feature found"
    return ", ".join(elements.imaging.modalities) or "No imaging found"


def _spans(verdict: Verdict) -> tuple[list[_Span], dict[tuple[int, int, str], str]]:
    """Every highlight once (the first rule wins a duplicate), and each evidence item's anchor."""
    spans: dict[tuple[int, int, str], _Span] = {}

    def add(item: Evidence, kind: str, title: str, reason: str = "") -> None:
        key = (item.start, item.end, kind)
        if key not in spans:
            spans[key] = _Span(item.start, item.end, kind, f"ev-{len(spans) + 1}", title, reason)

    for name, title in ELEMENT_TITLES.items():
        for item in getattr(verdict.elements, name).evidence:
            add(item, name, f"{title}: {_words(item.value)} · rule {item.rule_id} · {item.assertion}")
    for item in verdict.excluded:
        reason = EXCLUDED_LABELS.get(item.assertion, item.assertion)
        cue = f" by “{item.cue}”" if item.cue else ""
        add(item, "excluded", f"Not counted: {reason}{cue} · {_words(item.value)} · rule {item.rule_id}", reason)
    return list(spans.values()), {key: span.anchor for key, span in spans.items()}


def highlight(text: str, spans: list[_Span]) -> Markup:
    """Return the note as escaped HTML with each span in a ``<mark>``.

    Overlapping spans are cut at every boundary; each piece is coloured by the innermost span covering
    it and its title lists all of them. Every character of ``text`` is escaped.
    """
    kinds = [*ELEMENT_TITLES, "excluded"]
    valid = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    starts: dict[int, list[_Span]] = {}
    for span in valid:
        starts.setdefault(span.start, []).append(span)
    cuts = sorted({0, len(text), *(s.start for s in valid), *(s.end for s in valid)})
    parts: list[Markup] = []
    active: list[_Span] = []
    for begin, end in pairwise(cuts):
        active = [s for s in active if s.end > begin] + starts.get(begin, [])
        parts.extend(Markup('<span class="anchor" id="{}"></span>').format(s.anchor) for s in starts.get(begin, []))
        piece = text[begin:end]
        if not active:
            parts.append(escape(piece))
            continue
        covering = sorted(active, key=lambda s: (s.end - s.start, kinds.index(s.kind)))
        classes = f"hl hl-{covering[0].kind}" + (" hl-multi" if len({s.kind for s in covering}) > 1 else "")
        title = " | ".join(s.title for s in covering)
        ending = [s.reason for s in covering if s.reason and s.end == end]
        reason = Markup(' data-reason="{}"').format(ending[0]) if ending else Markup("")
        parts.append(Markup('<mark class="{}" title="{}"{}>{}</mark>').format(classes, title, reason, piece))
    return Markup("").join(parts)


def _filename(note_id: str | None) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", note_id or "")[:64].strip("._")
    return f"verdict-{stem or 'note'}.json"


def _items(evidence: list[Evidence], kind: str, anchors: dict[tuple[int, int, str], str]) -> list[EvidenceItem]:
    """Evidence lines in text order; repeats of the same words, rule and reason become one line with a count."""
    lines: dict[tuple[str, str, str, str | None], EvidenceItem] = {}
    for e in evidence:
        reason = EXCLUDED_LABELS.get(e.assertion, e.assertion) if kind == "excluded" else ""
        key = (e.text, f"{_words(e.value)} · {e.section} · {e.rule_id}", reason, e.cue)
        seen = lines.get(key)
        if seen is None:
            lines[key] = EvidenceItem(anchors[(e.start, e.end, kind)], *key)
        else:
            lines[key] = replace(seen, count=seen.count + 1)
    return list(lines.values())


def result_view(verdict_data: dict[str, Any], text: str) -> ResultView:
    """Build the result page for a verdict (as returned by the API) and the note it came from."""
    verdict = Verdict.model_validate(verdict_data)
    spans, anchors = _spans(verdict)
    rows = [
        ElementRow(
            name,
            title,
            ELEMENT_HELP[name],
            getattr(verdict.elements, name).status == "present",
            _summary(verdict, name),
            _items(getattr(verdict.elements, name).evidence, name, anchors),
        )
        for name, title in ELEMENT_TITLES.items()
    ]
    document = json.dumps(verdict_data, indent=2, ensure_ascii=False)
    return ResultView(
        verdict=verdict,
        headline=STATUS_HEADLINES[verdict.status],
        level_name=LEVEL_NAMES[verdict.level],
        confidence="not available" if verdict.confidence is None else f"{verdict.confidence:.0%}",
        rule_decision="supported" if verdict.supported else "not supported",
        elements=rows,
        excluded=_items(verdict.excluded, "excluded", anchors),
        note_html=highlight(text, spans),
        queries="\n\n".join(f"{n}. {m.query}" for n, m in enumerate(verdict.missing, start=1)),
        json_href="data:application/json;charset=utf-8," + quote(document, safe=""),
        json_filename=_filename(verdict.note_id),
        legend=[*ELEMENT_TITLES.items(), ("excluded", "Not counted")],
    )
