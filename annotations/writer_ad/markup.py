"""Inline markup for evidence: ``tok(label, value, surface)`` renders to text plus exact spans."""

from __future__ import annotations

import re
from collections.abc import Callable

OPEN, SEP, CLOSE = "\u27e6", "\u2016", "\u27e7"
_TOKEN = re.compile(OPEN + "([A-Z_]+)" + SEP + "([^" + SEP + "]*)" + SEP + "([^" + CLOSE + "]*)" + CLOSE)


def tok(label: str, value: str, surface: str) -> str:
    """Mark ``surface`` as evidence of ``label`` with normalised ``value``."""
    assert surface == surface.strip() and surface, surface
    return f"{OPEN}{label}{SEP}{value}{SEP}{surface}{CLOSE}"


def plain(marked: str) -> str:
    """Drop the markup, keeping surfaces (used for text that must carry no evidence)."""
    return _TOKEN.sub(lambda m: m.group(3), marked)


def has_tokens(marked: str) -> bool:
    return bool(_TOKEN.search(marked))


def render(marked: str, transform: Callable[[str], str] | None = None, upper: bool = False) -> tuple[str, list[dict]]:
    """Turn markup into text and spans; ``transform`` touches plain text only."""
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for match in _TOKEN.finditer(marked):
        chunk = marked[pos : match.start()]
        if transform:
            chunk = transform(chunk)
        if upper:
            chunk = chunk.upper()
        out.append(chunk)
        length += len(chunk)
        label, value, surface = match.group(1), match.group(2), match.group(3)
        if upper:
            up = surface.upper()
            assert len(up) == len(surface)
            surface = up
        spans.append({"start": length, "end": length + len(surface), "label": label, "value": value})
        out.append(surface)
        length += len(surface)
        pos = match.end()
    tail = marked[pos:]
    if transform:
        tail = transform(tail)
    if upper:
        tail = tail.upper()
    out.append(tail)
    text = "".join(out)
    assert OPEN not in text and CLOSE not in text and SEP not in text
    return text, spans
