"""Markup -> text and exact spans.

Evidence is written inline as ``⟦K:value|surface⟧`` where K is R (RATIONALE), A (AREA_COUNT), S (TREATMENT_SITE),
F (FEATURE) or M (MODALITY). Everything else is plain text. Style transforms touch plain text only, except the
ALL CAPS transform, which upper-cases surfaces too and checks that no length changes.
"""
# ruff: noqa: D103

from __future__ import annotations

import re
from collections.abc import Callable

TOKEN = re.compile(r"⟦([RASFM]):([^|⟦⟧]+)\|([^⟦⟧]+)⟧")
LABELS = {"R": "RATIONALE", "A": "AREA_COUNT", "S": "TREATMENT_SITE", "F": "FEATURE", "M": "MODALITY"}


def tok(kind: str, value: str, surface: str) -> str:
    """Return one evidence token (surface must not start or end with whitespace)."""
    if surface != surface.strip() or "|" in surface or "⟦" in surface or "⟧" in surface:
        raise ValueError(f"bad surface for token: {surface!r}")
    return f"⟦{kind}:{value}|{surface}⟧"


def strip_tokens(markup: str) -> str:
    """Return the plain text of a markup string (surfaces kept, tokens dropped)."""
    return TOKEN.sub(lambda m: m.group(3), markup)


def has_tokens(markup: str) -> bool:
    return TOKEN.search(markup) is not None


def render(markup: str, plain: Callable[[str], str] | None = None, caps: bool = False) -> tuple[str, list[dict]]:
    """Render markup to text and spans; ``plain`` transforms plain stretches only."""
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0

    def emit(piece: str) -> None:
        nonlocal length
        out.append(piece)
        length += len(piece)

    for match in TOKEN.finditer(markup):
        before = markup[pos : match.start()]
        if "⟦" in before or "⟧" in before:
            raise ValueError("malformed token in markup")
        if plain is not None:
            before = plain(before)
        if caps:
            up = before.upper()
            if len(up) != len(before):
                raise ValueError("caps changed a plain length")
            before = up
        emit(before)
        kind, value, surface = match.group(1), match.group(2), match.group(3)
        if caps:
            up = surface.upper()
            if len(up) != len(surface):
                raise ValueError("caps changed a surface length")
            surface = up
        start = length
        emit(surface)
        spans.append({"start": start, "end": start + len(surface), "label": LABELS[kind], "value": value})
        pos = match.end()
    tail = markup[pos:]
    if "⟦" in tail or "⟧" in tail:
        raise ValueError("malformed token in markup")
    if plain is not None:
        tail = plain(tail)
    if caps:
        up = tail.upper()
        if len(up) != len(tail):
            raise ValueError("caps changed a plain length")
        tail = up
    emit(tail)
    text = "".join(out)
    for span in spans:
        piece = text[span["start"] : span["end"]]
        if piece != piece.strip() or not piece:
            raise ValueError("span with surrounding whitespace")
    return text, spans
