"""Inline markup to plain text plus exact evidence spans.

Markup: ``⟦K:value|surface⟧`` where K is R (RATIONALE), A (AREA_COUNT), S (TREATMENT_SITE), F (FEATURE) or
M (MODALITY). Plain segments may be rewritten by a transform (abbreviations); evidence surfaces never are.
"""

from __future__ import annotations

import re
from collections.abc import Callable

KINDS = {"R": "RATIONALE", "A": "AREA_COUNT", "S": "TREATMENT_SITE", "F": "FEATURE", "M": "MODALITY"}
_TOKEN = re.compile(r"⟦([RASFM]):([^|⟧]+)\|([^⟧]+)⟧")


def ev(kind: str, value: str, surface: str) -> str:
    """Return one evidence token."""
    return f"⟦{kind}:{value}|{surface}⟧"


def strip(markup: str) -> str:
    """Return the markup's surface text with no evidence kept (for unspanned copies)."""
    return _TOKEN.sub(lambda m: m.group(3), markup)


def render(
    markup: str, plain: Callable[[str], str] | None = None, upper: bool = False
) -> tuple[str, list[dict[str, object]]]:
    """Render markup into text and spans.

    Args:
        markup: Text with evidence tokens.
        plain: Optional rewrite applied to plain segments only.
        upper: Upper-case the whole text (length-preserving).

    Returns:
        The text and the spans in text order.
    """
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for match in _TOKEN.finditer(markup):
        seg = markup[pos : match.start()]
        seg = plain(seg) if plain else seg
        out.append(seg)
        length += len(seg)
        kind, value, surface = match.groups()
        spans.append({"start": length, "end": length + len(surface), "label": KINDS[kind], "value": value})
        out.append(surface)
        length += len(surface)
        pos = match.end()
    tail = markup[pos:]
    out.append(plain(tail) if plain else tail)
    text = "".join(out)
    if upper:
        raised = text.upper()
        if len(raised) != len(text):
            raise ValueError("upper-casing changed the text length")
        text = raised
    if "⟦" in text or "⟧" in text:
        raise ValueError("unrendered markup left in text")
    for span in spans:
        piece = text[int(str(span["start"])) : int(str(span["end"]))]
        if piece != piece.strip():
            raise ValueError("span has surrounding whitespace")
    return text, spans
