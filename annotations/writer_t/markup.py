"""Inline evidence markup: ``<<K:value|surface>>`` becomes text plus exact character spans.

K is one of R (RATIONALE), A (AREA_COUNT), S (TREATMENT_SITE), F (FEATURE), M (MODALITY). Style
transforms touch only the plain text between tokens (ALL CAPS also upper-cases surfaces, with a length check).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

TOKEN = re.compile(r"<<([RASFM]):([^|<>]+)\|([^<>]+)>>")
LABELS = {"R": "RATIONALE", "A": "AREA_COUNT", "S": "TREATMENT_SITE", "F": "FEATURE", "M": "MODALITY"}


def tok(kind: str, value: str, surface: str) -> str:
    """Return one evidence token in markup form."""
    if kind not in LABELS or not surface.strip() or surface != surface.strip():
        raise ValueError(f"bad token {kind}:{value}")
    return f"<<{kind}:{value}|{surface}>>"


@dataclass
class Part:
    """A run of plain text (label None) or one evidence token."""

    text: str
    label: str | None = None
    value: str | None = None


def parse(markup: str) -> list[Part]:
    """Split markup into plain parts and token parts."""
    parts: list[Part] = []
    position = 0
    for match in TOKEN.finditer(markup):
        if match.start() > position:
            parts.append(Part(markup[position : match.start()]))
        parts.append(Part(match.group(3), LABELS[match.group(1)], match.group(2)))
        position = match.end()
    if position < len(markup):
        parts.append(Part(markup[position:]))
    if any("<<" in p.text or ">>" in p.text for p in parts):
        raise ValueError("unbalanced markup")
    return parts


def map_plain(parts: list[Part], function: Callable[[str], str]) -> list[Part]:
    """Apply a text transform to the plain parts only."""
    return [Part(function(p.text)) if p.label is None else p for p in parts]


def upper_all(parts: list[Part]) -> list[Part]:
    """Upper-case every part; surfaces must keep their length."""
    out: list[Part] = []
    for part in parts:
        upper = part.text.upper()
        if part.label is not None and len(upper) != len(part.text):
            raise ValueError("upper-casing changed a surface length")
        out.append(Part(upper, part.label, part.value))
    return out


def render(parts: list[Part]) -> tuple[str, list[dict[str, Any]]]:
    """Join the parts into text and return the spans of the tokens."""
    chunks: list[str] = []
    spans: list[dict[str, Any]] = []
    offset = 0
    for part in parts:
        if part.label is not None:
            spans.append({"start": offset, "end": offset + len(part.text), "label": part.label, "value": part.value})
        chunks.append(part.text)
        offset += len(part.text)
    text = "".join(chunks)
    for span in spans:
        piece = text[span["start"] : span["end"]]
        if piece != piece.strip() or not piece:
            raise ValueError("span with surrounding whitespace")
    return text, spans


def plain(markup: str) -> str:
    """Return the text of markup with tokens replaced by their surfaces (no spans)."""
    return TOKEN.sub(lambda m: m.group(3), markup)
