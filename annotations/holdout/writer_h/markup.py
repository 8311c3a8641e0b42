"""Writer H inline evidence markup.

Counted evidence is written as ``⟬K¦value¦surface⟭`` where K is one of R (RATIONALE), C (AREA_COUNT),
S (TREATMENT_SITE), F (FEATURE), M (MODALITY).  Everything outside a mark is plain text and never
becomes a span.  A note is a list of blocks; each block is either styled (the note body, where the
style's transforms run) or verbatim (VistA headers, signature blocks).  Transforms run per piece
before offsets are counted, and the 80-column wrap only turns spaces into newlines, so the offsets
never move after they are recorded.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

OPEN, SEP, CLOSE = "\u27ec", "\u00a6", "\u27ed"
KINDS = {"R": "RATIONALE", "C": "AREA_COUNT", "S": "TREATMENT_SITE", "F": "FEATURE", "M": "MODALITY"}
_TOKEN = re.compile(f"{OPEN}([RCSFM]){SEP}([^{SEP}{CLOSE}{OPEN}]+){SEP}([^{SEP}{CLOSE}{OPEN}]+){CLOSE}")


def ev(kind: str, value: str, surface: str) -> str:
    """Return one evidence mark; refuses surfaces that would make a bad span."""
    if kind not in KINDS:
        raise ValueError(f"unknown mark kind {kind!r}")
    if not surface or surface != surface.strip() or any(c in surface for c in (OPEN, SEP, CLOSE)):
        raise ValueError(f"bad evidence surface {surface!r}")
    if not value or any(c in value for c in (OPEN, SEP, CLOSE)):
        raise ValueError(f"bad evidence value {value!r}")
    return f"{OPEN}{kind}{SEP}{value}{SEP}{surface}{CLOSE}"


def R(category: str, surface: str) -> str:
    return ev("R", category, surface)


def C(count: int, surface: str) -> str:
    return ev("C", str(count), surface)


def S(value: str, surface: str) -> str:
    return ev("S", value, surface)


def F(value: str, surface: str) -> str:
    return ev("F", value, surface)


def M(value: str, surface: str) -> str:
    return ev("M", value, surface)


def strip_marks(markup: str) -> str:
    """The plain surface of a markup string (used when evidence must be quoted as plain text)."""
    return _TOKEN.sub(lambda m: m.group(3), markup)


@dataclass(frozen=True)
class Piece:
    text: str
    label: str | None
    value: str | None


def pieces(markup: str) -> list[Piece]:
    out: list[Piece] = []
    pos = 0
    for match in _TOKEN.finditer(markup):
        if match.start() > pos:
            out.append(Piece(markup[pos : match.start()], None, None))
        out.append(Piece(match.group(3), KINDS[match.group(1)], match.group(2)))
        pos = match.end()
    if pos < len(markup):
        out.append(Piece(markup[pos:], None, None))
    return out


Transform = Callable[[str], str]


def render(blocks: list[tuple[str, bool]], plain: Transform, evidence: Transform) -> tuple[str, list[dict]]:
    """Render blocks of markup into text and spans.

    Args:
        blocks: ``(markup, styled)`` pairs in order.
        plain: transform for plain pieces of styled blocks.
        evidence: transform for evidence surfaces of styled blocks (must keep the words intact).

    Returns:
        The text and the spans (start, end, label, value), in text order.
    """
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    for markup, styled in blocks:
        for piece in pieces(markup):
            if piece.label is None:
                text = plain(piece.text) if styled else piece.text
            else:
                text = evidence(piece.text) if styled else piece.text
                if text != text.strip() or not text:
                    raise ValueError("evidence transform produced a whitespace-edged span")
                spans.append({"start": pos, "end": pos + len(text), "label": piece.label, "value": piece.value})
            out.append(text)
            pos += len(text)
    text = "".join(out)
    for ch in (OPEN, SEP, CLOSE):
        if ch in text:
            raise ValueError("markup left in rendered text")
    return text, spans


def wrap(text: str, width: int = 80) -> str:
    """Wrap lines longer than ``width`` by turning a space into a newline (length-preserving)."""
    chars = list(text)
    line_start = 0
    i = 0
    n = len(chars)
    while i < n:
        if chars[i] == "\n":
            line_start = i + 1
            i += 1
            continue
        if i - line_start >= width:
            cut = -1
            for j in range(i, line_start + 10, -1):
                if chars[j] == " " and chars[j - 1] != " ":
                    cut = j
                    break
            if cut == -1:
                i += 1
                continue
            chars[cut] = "\n"
            line_start = cut + 1
            i = cut + 1
            continue
        i += 1
    out = "".join(chars)
    if len(out) != len(text):
        raise AssertionError("wrap changed the length")
    return out
