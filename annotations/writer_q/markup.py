"""Inline markup ``<<K:value|surface>>`` rendered to text plus exact evidence spans.

K is one of R (RATIONALE), A (AREA_COUNT), S (TREATMENT_SITE), F (FEATURE), M (MODALITY). Style transforms
are applied only to the plain text between tokens; ALL CAPS is the one transform that also touches surfaces.
"""

from __future__ import annotations

import re
from collections.abc import Callable

TOKEN = re.compile(r"<<([RASFM]):([^|<>]+)\|([^<>|]+)>>")
LABELS = {"R": "RATIONALE", "A": "AREA_COUNT", "S": "TREATMENT_SITE", "F": "FEATURE", "M": "MODALITY"}


def tok(kind: str, value: str, surface: str) -> str:
    """Return one markup token; refuses surfaces that would break the markup or the span rules."""
    if surface != surface.strip() or not surface or any(c in surface for c in "|<>"):
        raise ValueError(f"bad surface for {kind}:{value}")
    return f"<<{kind}:{value}|{surface}>>"


def strip_markup(markup: str) -> str:
    """Return the text a markup string renders to with no styling."""
    return TOKEN.sub(lambda m: m.group(3), markup)


def render(markup: str, plain: Callable[[str], str], caps: bool) -> tuple[str, list[dict[str, object]]]:
    """Render markup: ``plain`` transforms text between tokens; ``caps`` upper-cases everything.

    Returns:
        The text and the spans (start, end, label, value) in text order.
    """
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for match in TOKEN.finditer(markup):
        segment = plain(markup[pos : match.start()])
        if caps:
            segment = segment.upper()
        out.append(segment)
        length += len(segment)
        surface = match.group(3)
        if caps:
            upper = surface.upper()
            if len(upper) != len(surface):
                raise ValueError("caps changed a surface's length")
            surface = upper
        spans.append({"start": length, "end": length + len(surface), "label": LABELS[match.group(1)],
                      "value": match.group(2)})
        out.append(surface)
        length += len(surface)
        pos = match.end()
    tail = plain(markup[pos:])
    if caps:
        tail = tail.upper()
    out.append(tail)
    text = "".join(out)
    if "<<" in text or ">>" in text:
        raise ValueError("unrendered markup left in the text")
    return text, spans
