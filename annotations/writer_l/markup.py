"""Inline evidence markup: ``<<LABEL:value|surface>>`` becomes plain text plus exact character spans.

Style transforms run on each plain chunk and each evidence surface separately, before offsets are computed,
so a span always covers exactly the rendered evidence text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

TOKEN = re.compile(r"<<([A-Z_]+):([^|>]+)\|([^>]+)>>")

Transform = Callable[[str], str]


def ev(label: str, value: str, surface: str) -> str:
    """Return the markup for one piece of counted evidence."""
    if "|" in surface or ">>" in surface or "<<" in surface:
        raise ValueError("evidence surface may not contain markup characters")
    return f"<<{label}:{value}|{surface}>>"


def strip_markup(markup: str) -> str:
    """Return the surface text of a markup string without recording spans (for uncounted copies)."""
    return TOKEN.sub(lambda m: m.group(3), markup)


def render(markup: str, plain: Transform, surface: Transform) -> tuple[str, list[dict[str, Any]]]:
    """Render markup to text and spans.

    Args:
        markup: Text containing ``<<LABEL:value|surface>>`` tokens.
        plain: Transform applied to every chunk outside tokens.
        surface: Transform applied to every evidence surface (the result is stripped).

    Returns:
        The plain text and the spans (start, end, label, value) in text order.
    """
    out: list[str] = []
    spans: list[dict[str, Any]] = []
    pos = 0
    length = 0
    for match in TOKEN.finditer(markup):
        chunk = plain(markup[pos : match.start()])
        out.append(chunk)
        length += len(chunk)
        shown = surface(match.group(3)).strip()
        if not shown:
            raise ValueError("an evidence surface rendered empty")
        spans.append({"start": length, "end": length + len(shown), "label": match.group(1), "value": match.group(2)})
        out.append(shown)
        length += len(shown)
        pos = match.end()
    tail = plain(markup[pos:])
    out.append(tail)
    text = "".join(out)
    if "<<" in text or ">>" in text:
        raise ValueError("unrendered markup left in a note")
    return text, spans
