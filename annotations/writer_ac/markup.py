"""Inline span markup: ``[[K:value|surface]]`` -> plain text + exact character spans.

K is R (RATIONALE), A (AREA_COUNT), S (TREATMENT_SITE), F (FEATURE) or M (MODALITY). Transforms (ALL CAPS,
abbreviations, typing slips) are applied to plain text between tokens; caps is also applied to surfaces with a
length check, so offsets stay exact. VistA hard wraps replace a space with a newline (same length).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

TOKEN = re.compile(r"\[\[([RASFM]):([^|\]]+)\|(.+?)\]\]", re.S)
LABELS = {"R": "RATIONALE", "A": "AREA_COUNT", "S": "TREATMENT_SITE", "F": "FEATURE", "M": "MODALITY"}


def tok(kind: str, value: str, surface: str) -> str:
    """Return one marked token; the surface must be non-empty and trimmed."""
    if not surface or surface != surface.strip() or "|" in surface or "]]" in surface or "[[" in surface:
        raise ValueError(f"bad surface {surface!r}")
    return f"[[{kind}:{value}|{surface}]]"


def R(value: str, surface: str) -> str:  # noqa: N802
    return tok("R", value, surface)


def A(n: int, surface: str) -> str:  # noqa: N802
    return tok("A", str(n), surface)


def S(value: str, surface: str) -> str:  # noqa: N802
    return tok("S", value, surface)


def F(value: str, surface: str) -> str:  # noqa: N802
    return tok("F", value, surface)


def M(value: str, surface: str) -> str:  # noqa: N802
    return tok("M", value, surface)


def render(marked: str, caps: bool = False, plain_fn: Callable[[str], str] | None = None) -> tuple[str, list[dict]]:
    """Strip the markup, returning the text and its spans."""
    parts: list[str] = []
    spans: list[dict] = []
    length = 0
    pos = 0

    def plain(chunk: str) -> str:
        if plain_fn is not None:
            chunk = plain_fn(chunk)
        return chunk.upper() if caps else chunk

    for match in TOKEN.finditer(marked):
        chunk = plain(marked[pos : match.start()])
        parts.append(chunk)
        length += len(chunk)
        surface = match.group(3)
        if caps:
            upper = surface.upper()
            if len(upper) != len(surface):
                raise ValueError("caps changed a surface's length")
            surface = upper
        parts.append(surface)
        spans.append({"start": length, "end": length + len(surface), "label": LABELS[match.group(1)],
                      "value": match.group(2)})
        length += len(surface)
        pos = match.end()
    parts.append(plain(marked[pos:]))
    text = "".join(parts)
    if "[[" in text or "]]" in text:
        raise ValueError("unparsed markup left in the text")
    for span in spans:
        piece = text[span["start"] : span["end"]]
        if piece != piece.strip():
            raise ValueError("span with outer whitespace")
    return text, spans


def hard_wrap(text: str, rng: random.Random, width: int) -> str:
    """VistA-style hard wrap: break lines longer than ``width`` at a space (space -> newline, same length)."""
    chars = list(text)
    line_start = 0
    i = 0
    while i < len(chars):
        if chars[i] == "\n":
            line_start = i + 1
        elif i - line_start >= width:
            cut = i
            while cut > line_start and chars[cut] != " ":
                cut -= 1
            if cut > line_start + 20:
                chars[cut] = "\n"
                line_start = cut + 1
        i += 1
    return "".join(chars)
