"""Inline evidence markup ``{{K:value|surface}}`` rendered to plain text with exact character spans.

Style transforms run on each plain segment before offsets are computed, so evidence text is never altered
except by upper-casing (which keeps ASCII lengths).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

LABELS = {
    "R": "RATIONALE",
    "A": "AREA_COUNT",
    "S": "TREATMENT_SITE",
    "F": "FEATURE",
    "M": "MODALITY",
}
_MARK = re.compile(r"\{\{([RASFM]):([^|{}]+)\|([^{}]+)\}\}")


@dataclass(frozen=True)
class Span:
    """One evidence span in the rendered text."""

    start: int
    end: int
    label: str
    value: str

    def as_dict(self) -> dict[str, object]:
        """Return the span in the record format."""
        return {"start": self.start, "end": self.end, "label": self.label, "value": self.value}


def ev(kind: str, value: str, surface: str) -> str:
    """Return markup for one piece of counted evidence."""
    if kind not in LABELS:
        raise ValueError(f"unknown evidence kind {kind}")
    if surface != surface.strip() or not surface:
        raise ValueError("evidence surface must not start or end with whitespace")
    return "{{" + f"{kind}:{value}|{surface}" + "}}"


def strip_marks(text: str) -> str:
    """Return markup text with evidence marks removed (surface kept), for non-counting copies."""
    return _MARK.sub(lambda m: m.group(3), text)


def render(
    markup: str,
    plain: Callable[[str, random.Random], str],
    rng: random.Random,
    upper: bool = False,
) -> tuple[str, list[Span]]:
    """Render markup to text and spans.

    Args:
        markup: Text with ``{{K:value|surface}}`` marks.
        plain: Style transform applied to each plain segment.
        rng: The note's random generator (used by the transform).
        upper: Whether evidence surfaces are upper-cased (ALL CAPS style).

    Returns:
        The text and its spans, in order.
    """
    out: list[str] = []
    spans: list[Span] = []
    pos = 0
    length = 0
    for match in _MARK.finditer(markup):
        chunk = plain(markup[pos : match.start()], rng)
        out.append(chunk)
        length += len(chunk)
        surface = match.group(3).upper() if upper else match.group(3)
        spans.append(Span(length, length + len(surface), LABELS[match.group(1)], match.group(2)))
        out.append(surface)
        length += len(surface)
        pos = match.end()
    tail = plain(markup[pos:], rng)
    out.append(tail)
    text = "".join(out)
    if "{{" in text or "}}" in text:
        raise ValueError("unrendered markup left in the text")
    return text, spans
