"""Inline markup -> plain text + exact character spans.

A token is ``<<K:value|surface>>`` where K is R (RATIONALE), A (AREA_COUNT), S (TREATMENT_SITE), F (FEATURE)
or M (MODALITY). Everything else is plain text. Style transforms only ever see plain text (``transform``) or,
for ALL CAPS, the surface too (``caps_surfaces``); values never change.
"""

from __future__ import annotations

import re
from collections.abc import Callable

KINDS = {"R": "RATIONALE", "A": "AREA_COUNT", "S": "TREATMENT_SITE", "F": "FEATURE", "M": "MODALITY"}
TOKEN = re.compile(r"<<([RASFM]):([^|<>]+)\|([^<>]+?)>>")


def tok(kind: str, value: str, surface: str) -> str:
    """Return one evidence token."""
    if kind not in KINDS or "|" in value or "<" in surface or ">" in surface or "|" in surface:
        raise ValueError(f"bad token {kind!r} {value!r} {surface!r}")
    if surface != surface.strip():
        raise ValueError(f"surface with outer whitespace: {surface!r}")
    return f"<<{kind}:{value}|{surface}>>"


def split(markup: str) -> list[tuple[str, str, str] | str]:
    """Split markup into plain strings and (kind, value, surface) tuples."""
    parts: list[tuple[str, str, str] | str] = []
    pos = 0
    for match in TOKEN.finditer(markup):
        if match.start() > pos:
            parts.append(markup[pos : match.start()])
        parts.append((match.group(1), match.group(2), match.group(3)))
        pos = match.end()
    if pos < len(markup):
        parts.append(markup[pos:])
    return parts


def transform(markup: str, plain: Callable[[str], str], surface: Callable[[str], str] | None = None) -> str:
    """Apply ``plain`` to the text between tokens and ``surface`` (if given) to token surfaces."""
    out: list[str] = []
    for part in split(markup):
        if isinstance(part, str):
            out.append(plain(part))
        else:
            kind, value, surf = part
            new = surface(surf) if surface else surf
            if len(new.strip()) == 0:
                raise ValueError("surface emptied by a transform")
            out.append(tok(kind, value, new))
    return "".join(out)


def render(markup: str) -> tuple[str, list[dict[str, object]]]:
    """Return the text and the spans (start, end, label, value) of a markup string."""
    text: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    for part in split(markup):
        if isinstance(part, str):
            if "<<" in part or ">>" in part:
                raise ValueError("malformed token in markup")
            text.append(part)
            pos += len(part)
        else:
            kind, value, surf = part
            spans.append({"start": pos, "end": pos + len(surf), "label": KINDS[kind], "value": value})
            text.append(surf)
            pos += len(surf)
    return "".join(text), spans
