"""Inline evidence markup: ``<<K:value|surface>>`` rendered to plain text and exact character spans.

K is one of R (RATIONALE), C (AREA_COUNT), S (TREATMENT_SITE), F (FEATURE), M (MODALITY). Plain text between
tokens may be transformed (typos, abbreviations, capitals); surfaces are only ever upper-cased, never re-spelled.
"""

from __future__ import annotations

import re
from collections.abc import Callable

TOKEN = re.compile(r"<<([RCSFM]):([^|<>]+)\|([^<>]+)>>")
LABELS = {"R": "RATIONALE", "C": "AREA_COUNT", "S": "TREATMENT_SITE", "F": "FEATURE", "M": "MODALITY"}


def tok(kind: str, value: str, surface: str) -> str:
    """Return one evidence token."""
    if kind not in LABELS or "|" in value or "<" in surface or ">" in surface or "|" in surface:
        raise ValueError(f"bad token {kind}:{value}")
    if surface != surface.strip():
        raise ValueError("token surface has outer whitespace")
    return f"<<{kind}:{value}|{surface}>>"


def strip_markup(marked: str) -> str:
    """Return the text with every token replaced by its surface."""
    return TOKEN.sub(lambda m: m.group(3), marked)


def render(
    marked: str, plain: Callable[[str], str] | None = None, caps: bool = False
) -> tuple[str, list[dict[str, object]]]:
    """Render marked text into (text, spans).

    Args:
        marked: Text with inline tokens.
        plain: A transform applied to each plain segment between tokens (typos, abbreviations).
        caps: Upper-case everything, surfaces included (length-checked).

    Returns:
        The text and the spans, in order, with exact offsets.
    """
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    cursor = 0
    for match in TOKEN.finditer(marked):
        segment = marked[pos : match.start()]
        if plain is not None:
            segment = plain(segment)
        if caps:
            segment = segment.upper()
        out.append(segment)
        cursor += len(segment)
        kind, value, surface = match.group(1), match.group(2), match.group(3)
        if caps:
            upper = surface.upper()
            if len(upper) != len(surface):
                raise ValueError("capitalising changed a surface's length")
            surface = upper
        out.append(surface)
        spans.append({"start": cursor, "end": cursor + len(surface), "label": LABELS[kind], "value": value})
        cursor += len(surface)
        pos = match.end()
    tail = marked[pos:]
    if plain is not None:
        tail = plain(tail)
    if caps:
        tail = tail.upper()
    out.append(tail)
    text = "".join(out)
    if "<<" in text or ">>" in text:
        raise ValueError("unrendered markup left in the text")
    for span in spans:
        piece = text[span["start"] : span["end"]]  # type: ignore[misc]
        if piece != piece.strip() or not piece:
            raise ValueError("span has outer whitespace")
    return text, spans
