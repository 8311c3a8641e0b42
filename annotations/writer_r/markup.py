"""Inline markup ``<<K:value|surface>>`` → note text with exact evidence spans.

K is one of R (RATIONALE), C (AREA_COUNT), S (TREATMENT_SITE), F (FEATURE), M (MODALITY).
Style transforms are applied to plain text only (and, for ALL CAPS, to surfaces with a length check).
"""

from __future__ import annotations

import re
from collections.abc import Callable

TOKEN = re.compile(r"<<([RCSFM]):([^|<>]+)\|([^<>]+?)>>")
LABELS = {"R": "RATIONALE", "C": "AREA_COUNT", "S": "TREATMENT_SITE", "F": "FEATURE", "M": "MODALITY"}

Segment = tuple[str | None, str | None, str]


def parse(markup: str) -> list[Segment]:
    """Split markup into plain segments ``(None, None, text)`` and tokens ``(label, value, surface)``."""
    segments: list[Segment] = []
    pos = 0
    for match in TOKEN.finditer(markup):
        if match.start() > pos:
            segments.append((None, None, markup[pos : match.start()]))
        segments.append((LABELS[match.group(1)], match.group(2), match.group(3)))
        pos = match.end()
    if pos < len(markup):
        segments.append((None, None, markup[pos:]))
    for label, _, text in segments:
        if label is None and ("<<" in text or ">>" in text):
            raise ValueError("malformed markup token")
    return segments


def render(
    segments: list[Segment],
    plain: Callable[[str], str] = lambda s: s,
    surface: Callable[[str], str] = lambda s: s,
) -> tuple[str, list[dict[str, object]]]:
    """Join segments into text, applying transforms, and return the text and its spans."""
    parts: list[str] = []
    spans: list[dict[str, object]] = []
    offset = 0
    for label, value, text in segments:
        if label is None:
            out = plain(text)
        else:
            out = surface(text)
            if len(out) != len(text) and surface is not None:
                raise ValueError("surface transform changed the length")
            if out != out.strip():
                raise ValueError("surface has edge whitespace")
            spans.append({"start": offset, "end": offset + len(out), "label": label, "value": value})
        parts.append(out)
        offset += len(out)
    return "".join(parts), spans
