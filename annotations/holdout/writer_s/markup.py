"""Inline markup ``<<K:value|surface>>`` to text plus exact spans; style transforms touch plain text only."""

from __future__ import annotations

import re
from collections.abc import Callable

KINDS = {"R": "RATIONALE", "A": "AREA_COUNT", "S": "TREATMENT_SITE", "F": "FEATURE", "M": "MODALITY"}
TOKEN = re.compile(r"<<([RASFM]):([^|<>]+)\|([^<>]+)>>")


def tok(kind: str, value: str, surface: str) -> str:
    """Return one markup token (an evidence span with its normalised value)."""
    if kind not in KINDS or "|" in surface or "<" in surface or ">" in surface:
        raise ValueError("bad token")
    return f"<<{kind}:{value}|{surface}>>"


def strip(marked: str) -> str:
    """Return the surface text of a marked string (no spans)."""
    return TOKEN.sub(lambda m: m.group(3), marked)


def segments(marked: str) -> list[tuple[str | None, str, str]]:
    """Split marked text into (kind or None, value, text) segments."""
    out: list[tuple[str | None, str, str]] = []
    pos = 0
    for match in TOKEN.finditer(marked):
        if match.start() > pos:
            out.append((None, "", marked[pos : match.start()]))
        out.append((match.group(1), match.group(2), match.group(3)))
        pos = match.end()
    if pos < len(marked):
        out.append((None, "", marked[pos:]))
    return out


def map_plain(marked: str, func: Callable[[str], str]) -> str:
    """Apply ``func`` to the plain text between tokens, leaving tokens intact."""
    parts: list[str] = []
    for kind, value, text in segments(marked):
        parts.append(func(text) if kind is None else tok(kind, value, text))
    return "".join(parts)


def upper_all(marked: str) -> str:
    """Upper-case plain text and surfaces (values stay normalised); surfaces must keep their length."""
    parts: list[str] = []
    for kind, value, text in segments(marked):
        if kind is None:
            parts.append(text.upper())
        else:
            up = text.upper()
            if len(up) != len(text):
                raise ValueError("upper-casing changed a surface's length")
            parts.append(tok(kind, value, up))
    return "".join(parts)


def render(marked: str) -> tuple[str, list[dict[str, object]]]:
    """Return the plain text and its spans (start, end, label, value) in text order."""
    if "<<" in TOKEN.sub("", marked) or ">>" in TOKEN.sub("", marked):
        raise ValueError("stray markup")
    text_parts: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    for kind, value, text in segments(marked):
        if kind is not None:
            if text != text.strip():
                raise ValueError("surface with outer whitespace")
            spans.append({"start": pos, "end": pos + len(text), "label": KINDS[kind], "value": value})
        text_parts.append(text)
        pos += len(text)
    return "".join(text_parts), spans
