"""Inline evidence markup and the segment model that keeps spans exact under degradation.

Evidence is written inline as ``{{K|value|surface}}`` where K is R (RATIONALE), A (AREA_COUNT),
S (TREATMENT_SITE), F (FEATURE) or M (MODALITY). A line is parsed into segments; style transforms
(shorthand, typos, OCR damage, capitals) touch plain segments only, except capitals, which are
length-checked. Offsets are computed only when the final text is assembled.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

LABELS = {"R": "RATIONALE", "A": "AREA_COUNT", "S": "TREATMENT_SITE", "F": "FEATURE", "M": "MODALITY"}
_MARK = re.compile(r"\{\{([RASFM])\|([^|{}]+)\|([^{}]+?)\}\}")


def mark(kind: str, value: str, surface: str) -> str:
    """Return inline markup for one evidence span."""
    surface = surface.strip()
    if not surface or "{" in surface or "}" in surface:
        raise ValueError("bad span surface")
    return f"{{{{{kind}|{value}|{surface}}}}}"


@dataclass
class Seg:
    """One piece of a line: plain text (label None) or one evidence span."""

    text: str
    label: str | None = None
    value: str | None = None


def parse(line: str) -> list[Seg]:
    """Split a marked-up line into plain and evidence segments."""
    segs: list[Seg] = []
    pos = 0
    for m in _MARK.finditer(line):
        if m.start() > pos:
            segs.append(Seg(line[pos : m.start()]))
        segs.append(Seg(m.group(3), LABELS[m.group(1)], m.group(2)))
        pos = m.end()
    if pos < len(line):
        segs.append(Seg(line[pos:]))
    if any("{{" in s.text or "}}" in s.text for s in segs):
        raise ValueError("unbalanced markup")
    return segs


def map_plain(segs: list[Seg], fn: Callable[[str], str]) -> list[Seg]:
    """Apply a text transform to plain segments only."""
    return [Seg(fn(s.text)) if s.label is None else s for s in segs]


def upper_all(segs: list[Seg]) -> list[Seg]:
    """Upper-case every segment (evidence included); refuses a length change."""
    out = []
    for s in segs:
        up = s.text.upper()
        if len(up) != len(s.text):
            raise ValueError("upper-casing changed a length")
        out.append(Seg(up, s.label, s.value))
    return out


def assemble(lines: list[list[Seg]], joiner: str = "\n") -> tuple[str, list[dict[str, object]]]:
    """Join segmented lines into the final text and exact spans."""
    parts: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    for i, segs in enumerate(lines):
        if i:
            parts.append(joiner)
            pos += len(joiner)
        for s in segs:
            if s.label is not None:
                if s.text != s.text.strip() or not s.text:
                    raise ValueError("span with surrounding whitespace")
                spans.append({"start": pos, "end": pos + len(s.text), "label": s.label, "value": s.value})
            parts.append(s.text)
            pos += len(s.text)
    text = "".join(parts)
    for sp in spans:
        if not text[int(sp["start"]) : int(sp["end"])].strip():  # type: ignore[call-overload]
            raise ValueError("empty span")
    return text, spans
