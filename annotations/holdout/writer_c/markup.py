"""Writer C's markup: evidence is written inline and turned into plain text plus exact character spans.

Evidence that counts is written as ``⟪K:value|surface text⟫`` where ``K`` is one of ``R`` (RATIONALE),
``N`` (AREA_COUNT), ``S`` (TREATMENT_SITE), ``F`` (FEATURE) or ``M`` (MODALITY). Everything else is plain
text. Style transforms (capitals, shorthand, typos, odd spacing) run on the segments *before* offsets are
computed, so the spans always point at the transformed text; typos never touch evidence segments.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

LABELS = {"R": "RATIONALE", "N": "AREA_COUNT", "S": "TREATMENT_SITE", "F": "FEATURE", "M": "MODALITY"}
_MARK = re.compile(r"⟪([RNSFM]):([^|⟪⟫]+)\|([^⟪⟫]+)⟫")


@dataclass
class Segment:
    """A run of note text; ``label``/``value`` are set when the run is counted evidence."""

    text: str
    label: str | None = None
    value: str | None = None


def ev(kind: str, value: str, surface: str) -> str:
    """Return markup for one piece of counted evidence.

    Args:
        kind: One of R, N, S, F, M.
        value: The span value (reason category, number, site key, feature or modality name).
        surface: The note text that carries the evidence.

    Returns:
        The markup string.
    """
    if kind not in LABELS:
        raise ValueError(f"unknown evidence kind {kind}")
    return f"⟪{kind}:{value}|{surface}⟫"


def strip_marks(markup: str) -> str:
    """Return the markup as plain text (evidence surfaces kept, marks dropped)."""
    return _MARK.sub(lambda m: m.group(3), markup)


def parse(markup: str) -> list[Segment]:
    """Split markup into plain and evidence segments.

    Args:
        markup: Text with ``⟪K:value|surface⟫`` marks.

    Returns:
        The segments in order.
    """
    segments: list[Segment] = []
    position = 0
    for match in _MARK.finditer(markup):
        if match.start() > position:
            segments.append(Segment(markup[position : match.start()]))
        segments.append(Segment(match.group(3), LABELS[match.group(1)], match.group(2)))
        position = match.end()
    if position < len(markup):
        segments.append(Segment(markup[position:]))
    leftover = [s.text for s in segments if s.label is None and ("⟪" in s.text or "⟫" in s.text)]
    if leftover:
        raise ValueError("malformed evidence mark")
    return segments


Transform = Callable[[str, bool, random.Random], str]


def render(markup: str, transforms: list[Transform], rng: random.Random) -> tuple[str, list[dict[str, object]]]:
    """Apply style transforms and return the note text with its spans.

    Args:
        markup: The composed note.
        transforms: Functions ``(text, is_evidence, rng) -> text`` applied to every segment in turn.
        rng: The note's random generator (transforms draw from it, so output stays deterministic).

    Returns:
        The plain text and the span list (start, end, label, value).
    """
    pieces: list[str] = []
    spans: list[dict[str, object]] = []
    offset = 0
    for segment in parse(markup):
        text = segment.text
        for transform in transforms:
            text = transform(text, segment.label is not None, rng)
        if segment.label is not None:
            stripped = text.strip()
            lead = len(text) - len(text.lstrip())
            if not stripped:
                raise ValueError("evidence segment became empty")
            spans.append(
                {
                    "start": offset + lead,
                    "end": offset + lead + len(stripped),
                    "label": segment.label,
                    "value": segment.value,
                }
            )
        pieces.append(text)
        offset += len(text)
    return "".join(pieces), spans
