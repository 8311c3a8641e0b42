# ruff: noqa: D103
"""Inline evidence markup: ``⟦LABEL|value|surface⟧`` -> plain text plus exact character spans.

Composers write counted evidence only through :func:`ev` (and the short helpers below), so every span is
recorded while the note is assembled; nothing is searched for afterwards.  Plain text between tokens can be
transformed per style (upper case, accents dropped by the satellite's legacy system, typos) without moving a span.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

OPEN, CLOSE, SEP = "\u27e6", "\u27e7", "|"
_TOKEN = re.compile("\u27e6([A-Z_]+)\\|([^|\u27e7]+)\\|([^\u27e7]+)\u27e7")


def ev(label: str, value: str, surface: str) -> str:
    """Return a markup token: ``surface`` is what the note shows, ``value`` the normalised span value."""
    if SEP in surface or CLOSE in surface or OPEN in surface:
        raise ValueError("surface holds a markup character")
    if surface != surface.strip():
        raise ValueError("surface has outer whitespace")
    return f"{OPEN}{label}|{value}|{surface}{CLOSE}"


def R(value: str, surface: str) -> str:
    return ev("RATIONALE", value, surface)


def F(value: str, surface: str) -> str:
    return ev("FEATURE", value, surface)


def M(value: str, surface: str) -> str:
    return ev("MODALITY", value, surface)


def S(value: str, surface: str) -> str:
    return ev("TREATMENT_SITE", value, surface)


def N(value: int, surface: str) -> str:
    return ev("AREA_COUNT", str(value), surface)


def strip_marks(text: str) -> str:
    """Drop the markup, keeping the surfaces (used to measure words before rendering)."""
    return _TOKEN.sub(lambda m: m.group(3), text)


def has_tokens(text: str) -> bool:
    return bool(_TOKEN.search(text))


def drop_accents(text: str) -> str:
    """The satellite's legacy system stores ASCII only: 'simulación' -> 'simulacion'."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in base if unicodedata.category(c) != "Mn") if ord(ch) > 127 else ch)
    return "".join(out).replace("¿", "").replace("¡", "")


def render(markup: str, plain: Callable[[str], str] | None = None, surface: Callable[[str], str] | None = None
           ) -> tuple[str, list[dict]]:
    """Turn markup into text and spans.

    Args:
        markup: The note with tokens.
        plain: Transform for text between tokens (must not touch markup characters).
        surface: Transform for token surfaces; it must keep the surface non-empty and stripped.

    Returns:
        The text and the spans, in order.
    """
    parts: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for match in _TOKEN.finditer(markup):
        chunk = markup[pos:match.start()]
        if OPEN in chunk or CLOSE in chunk:
            raise ValueError("broken markup token")
        chunk = plain(chunk) if plain else chunk
        parts.append(chunk)
        length += len(chunk)
        label, value, surf = match.group(1), match.group(2), match.group(3)
        surf = surface(surf) if surface else surf
        if not surf or surf != surf.strip():
            raise ValueError("surface transform broke a surface")
        spans.append({"start": length, "end": length + len(surf), "label": label, "value": value})
        parts.append(surf)
        length += len(surf)
        pos = match.end()
    tail = markup[pos:]
    if OPEN in tail or CLOSE in tail:
        raise ValueError("broken markup token")
    tail = plain(tail) if plain else tail
    parts.append(tail)
    text = "".join(parts)
    for span in spans:
        if text[span["start"]:span["end"]] != text[span["start"]:span["end"]].strip():
            raise ValueError("span with whitespace")
    return text, spans
