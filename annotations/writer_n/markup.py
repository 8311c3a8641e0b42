"""Inline markup ``<<K:value|surface>>`` to plain text plus exact evidence spans.

K is one of R (RATIONALE), A (AREA_COUNT), S (TREATMENT_SITE), F (FEATURE), M (MODALITY). Plain segments may
be rewritten (shorthand, typos) before offsets are computed; evidence segments are never rewritten except by
length-preserving upper-casing, which is checked.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

KEYS = {"R": "RATIONALE", "A": "AREA_COUNT", "S": "TREATMENT_SITE", "F": "FEATURE", "M": "MODALITY"}
_MARK = re.compile(r"<<([RASFM]):([^|<>]+)\|(.+?)>>", re.S)


@dataclass
class Segment:
    """One piece of a note: plain text (label None) or counted evidence."""

    text: str
    label: str | None = None
    value: str | None = None


def tag(key: str, value: str, surface: str) -> str:
    """Return the markup for one evidence span."""
    if "|" in surface or "<<" in surface or ">>" in surface:
        raise ValueError(f"surface may not contain markup characters: {surface!r}")
    if surface != surface.strip() or not surface:
        raise ValueError(f"surface must not start or end with whitespace: {surface!r}")
    return f"<<{key}:{value}|{surface}>>"


def parse(markup: str) -> list[Segment]:
    """Split markup into plain and evidence segments."""
    segments: list[Segment] = []
    pos = 0
    for match in _MARK.finditer(markup):
        if match.start() > pos:
            segments.append(Segment(markup[pos : match.start()]))
        segments.append(Segment(match.group(3), KEYS[match.group(1)], match.group(2)))
        pos = match.end()
    if pos < len(markup):
        segments.append(Segment(markup[pos:]))
    for seg in segments:
        if seg.label is None and ("<<" in seg.text or ">>" in seg.text):
            raise ValueError("unbalanced markup in note")
    return segments


def transform_plain(segments: list[Segment], fn: Callable[[str], str]) -> list[Segment]:
    """Apply a rewrite to plain segments only."""
    return [Segment(fn(s.text)) if s.label is None else s for s in segments]


def upper(segments: list[Segment]) -> list[Segment]:
    """Upper-case everything; evidence must keep its length so offsets stay exact."""
    out = []
    for s in segments:
        up = s.text.upper()
        if len(up) != len(s.text):
            raise ValueError("upper-casing changed an evidence length")
        out.append(Segment(up, s.label, s.value))
    return out


def assemble(segments: list[Segment]) -> tuple[str, list[dict[str, object]]]:
    """Join segments into the note text and the list of spans (offsets exact)."""
    parts: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    for s in segments:
        if s.label is not None:
            spans.append({"start": pos, "end": pos + len(s.text), "label": s.label, "value": s.value})
        parts.append(s.text)
        pos += len(s.text)
    text = "".join(parts)
    for sp in spans:
        piece = text[sp["start"] : sp["end"]]  # type: ignore[misc]
        if piece != piece.strip() or not piece:
            raise ValueError("span has surrounding whitespace")
    return text, spans


def wrap80(text: str, spans: list[dict[str, object]], rng: random.Random, width: int = 80) -> str:
    """Hard-wrap lines at about ``width`` columns by turning spaces into newlines (offsets unchanged).

    Breaks never fall inside a FEATURE, MODALITY, AREA_COUNT or TREATMENT_SITE span; a long rationale may be
    broken, as real wrapped exports do.
    """
    protected = [False] * len(text)
    for sp in spans:
        if sp["label"] != "RATIONALE":
            for i in range(int(sp["start"]), int(sp["end"])):  # type: ignore[call-overload]
                protected[i] = True
    chars = list(text)
    col = 0
    limit = width - rng.randint(0, 6)
    last_space = -1
    for i, ch in enumerate(chars):
        if ch == "\n":
            col = 0
            last_space = -1
            limit = width - rng.randint(0, 6)
            continue
        col += 1
        if ch == " " and not protected[i]:
            last_space = i
        if col > limit and last_space >= 0:
            chars[last_space] = "\n"
            col = i - last_space
            last_space = -1
            limit = width - rng.randint(0, 6)
    out = "".join(chars)
    if len(out) != len(text):
        raise ValueError("wrapping changed the length")
    return out
