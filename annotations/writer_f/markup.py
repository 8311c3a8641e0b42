"""Writer F's markup: ``⟦LABEL:value|surface⟧`` → plain text plus exact character spans.

The double white brackets never occur in note prose, so surfaces may contain ``[x]``, ``|`` is the only
character a *value* may not hold, and a surface may hold anything but the closing bracket.
"""

from __future__ import annotations

import re
from typing import Any

OPEN, CLOSE = "\u27e6", "\u27e7"
_SPAN = re.compile("\u27e6([A-Z_]+):([^|\u27e7]+)\\|([^\u27e7]+)\u27e7")


def mark(label: str, value: str, surface: str) -> str:
    """Return the markup for one evidence span."""
    return f"{OPEN}{label}:{value}|{surface}{CLOSE}"


def render(markup: str) -> tuple[str, list[dict[str, Any]]]:
    """Turn markup into text and spans; raise when a bracket is left over or a surface is padded."""
    pieces: list[str] = []
    spans: list[dict[str, Any]] = []
    cursor = 0
    length = 0
    for match in _SPAN.finditer(markup):
        before = markup[cursor : match.start()]
        pieces.append(before)
        length += len(before)
        label, value, surface = match.group(1), match.group(2), match.group(3)
        if surface != surface.strip():
            raise ValueError(f"padded span surface for {label}")
        spans.append({"start": length, "end": length + len(surface), "label": label, "value": value})
        pieces.append(surface)
        length += len(surface)
        cursor = match.end()
    pieces.append(markup[cursor:])
    text = "".join(pieces)
    if OPEN in text or CLOSE in text:
        raise ValueError("unbalanced span markup")
    return text, spans
