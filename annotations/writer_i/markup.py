"""Inline evidence markup for writer I, turned into exact character spans.

A counting mention is written ``«K:value»surface«/»`` where K is one of R (RATIONALE), A (AREA_COUNT),
S (TREATMENT_SITE), F (FEATURE) or M (MODALITY). Everything else is plain text. Style damage (typos,
odd spacing) is applied to plain segments only; ALL CAPS is applied to every segment (spans keep their
value, only the surface changes case). Offsets are computed after all damage, from the joined segments.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

KINDS = {"R": "RATIONALE", "A": "AREA_COUNT", "S": "TREATMENT_SITE", "F": "FEATURE", "M": "MODALITY"}
_MARK = re.compile(r"«([RASFM]):([^»]*)»(.*?)«/»", re.S)


def mk(kind: str, value: str, surface: str) -> str:
    """Wrap a surface in evidence markup (the surface must not start or end with whitespace)."""
    if kind not in KINDS:
        raise ValueError(f"unknown markup kind {kind}")
    if surface != surface.strip() or not surface:
        raise ValueError("span surface must not start or end with whitespace")
    return f"«{kind}:{value}»{surface}«/»"


def R(cat: str, s: str) -> str:
    return mk("R", cat, s)


def A(n: int, s: str) -> str:
    return mk("A", str(n), s)


def S(value: str, s: str) -> str:
    return mk("S", value, s)


def F(value: str, s: str) -> str:
    return mk("F", value, s)


def M(value: str, s: str) -> str:
    return mk("M", value, s)


def strip_marks(markup: str) -> str:
    """Return the markup's surface text with no spans (used for text that must not count)."""
    return _MARK.sub(lambda m: m.group(3), markup)


@dataclass
class Segment:
    text: str
    label: str | None = None
    value: str | None = None


@dataclass
class Rendered:
    text: str
    spans: list[dict[str, object]] = field(default_factory=list)


def parse(markup: str) -> list[Segment]:
    """Split markup into plain and span segments."""
    out: list[Segment] = []
    pos = 0
    for m in _MARK.finditer(markup):
        if m.start() > pos:
            out.append(Segment(markup[pos : m.start()]))
        out.append(Segment(m.group(3), KINDS[m.group(1)], m.group(2)))
        pos = m.end()
    if pos < len(markup):
        out.append(Segment(markup[pos:]))
    for seg in out:
        if "«" in seg.text or "»" in seg.text:
            raise ValueError("stray or nested markup")
    return out


# Words a typo must never touch: they carry negation, time or ownership, which decide whether a
# mention counts.
_PROTECT = (
    "not no none nor without declined held planned plan will would may might pending prior previous "
    "previously history historical copied copy forward addendum correction corrected only future if "
    "consider considered deferred cancelled canceled other husband wife sister brother mother father "
    "daughter son neighbor neighbour friend never n/a blank unable refused omitted instead later "
    "tomorrow next request requested requesting authorization outside hold retracted error erroneous "
    "wrong patient reviewed agree attest attestation contrast vmat arc arcs proton protons mri pet "
    "fluoro fluoroscopy ultrasound block blocks cutout shield brachy applicator tandem probe areas area "
    "isocenter isocentre treatment treated sites site"
).split()
_PROTECT_SET = frozenset(_PROTECT)
_WORDRE = re.compile(r"[A-Za-z]{5,}")


def _typo_word(w: str, rng: random.Random) -> str:
    kind = rng.randrange(4)
    i = rng.randrange(1, len(w) - 2)
    if kind == 0:  # swap
        return w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    if kind == 1:  # drop
        return w[:i] + w[i + 1 :]
    if kind == 2:  # double
        return w[:i] + w[i] + w[i:]
    return w[:i] + w[i + 1 :] if w[i] in "aeiou" else w[:i] + w[i] + w[i:]


def typo_text(text: str, rng: random.Random, rate: float) -> str:
    """Misspell some long words and disturb spacing (plain text only)."""

    def sub(m: re.Match[str]) -> str:
        w = m.group(0)
        if w.lower() in _PROTECT_SET or rng.random() > rate:
            return w
        return _typo_word(w, rng)

    text = _WORDRE.sub(sub, text)
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "." and i + 1 < len(text) and text[i + 1] == " " and rng.random() < 0.3:
            if rng.random() < 0.6:
                out.append(".  ")  # doubled space after a period
            else:
                out.append(".")  # missing space after a period
            i += 2
            continue
        if ch == "," and rng.random() < 0.12:
            out.append(" ,")
            i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def render(markup: str, rng: random.Random, caps: bool = False, typo_rate: float = 0.0) -> Rendered:
    """Turn markup into text and spans; typos only outside spans, caps everywhere."""
    segs = parse(markup)
    text_parts: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    for seg in segs:
        t = seg.text
        if seg.label is None:
            if typo_rate:
                t = typo_text(t, rng, typo_rate)
        if caps:
            up = t.upper()
            if len(up) != len(t):
                raise ValueError("upper-casing changed the length of a segment")
            t = up
        if seg.label is not None:
            if t != t.strip() or not t:
                raise ValueError("span surface has edge whitespace")
            spans.append({"start": pos, "end": pos + len(t), "label": seg.label, "value": seg.value})
        text_parts.append(t)
        pos += len(t)
    return Rendered("".join(text_parts), spans)
