"""Inline evidence markup to text plus exact spans, per-segment transforms and an 80-column wrap.

Markup is ``<<K:value|surface>>`` where K is R (rationale), A (area count), S (treatment site),
F (feature) or M (modality). Plain text between tokens may be transformed freely; surfaces only by
length-preserving transforms (upper-casing).
"""

from __future__ import annotations

import re
from collections.abc import Callable

TOKEN = re.compile(r"<<([RASFM]):([^|<>]+)\|([^<>]+)>>")
LABELS = {"R": "RATIONALE", "A": "AREA_COUNT", "S": "TREATMENT_SITE", "F": "FEATURE", "M": "MODALITY"}


def ev(kind: str, value: str, surface: str) -> str:
    """Return one evidence token; raises when the surface could break the markup."""
    if any(ch in surface for ch in "<>|") or surface != surface.strip() or not surface:
        raise ValueError("bad surface")
    return f"<<{kind}:{value}|{surface}>>"


def map_plain(markup: str, fn: Callable[[str], str]) -> str:
    """Apply fn to the plain text between tokens; tokens are kept unchanged."""
    out: list[str] = []
    pos = 0
    for match in TOKEN.finditer(markup):
        out.append(fn(markup[pos : match.start()]))
        out.append(match.group(0))
        pos = match.end()
    out.append(fn(markup[pos:]))
    return "".join(out)


def map_all(markup: str, fn: Callable[[str], str]) -> str:
    """Apply a length-preserving fn to plain text and to token surfaces (values untouched)."""
    out: list[str] = []
    pos = 0
    for match in TOKEN.finditer(markup):
        out.append(fn(markup[pos : match.start()]))
        surface = match.group(3)
        changed = fn(surface)
        if len(changed) != len(surface):
            raise ValueError("surface transform changed length")
        out.append(f"<<{match.group(1)}:{match.group(2)}|{changed}>>")
        pos = match.end()
    out.append(fn(markup[pos:]))
    return "".join(out)


def render(markup: str) -> tuple[str, list[dict[str, object]]]:
    """Strip the markup; return the text and the spans it marked."""
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for match in TOKEN.finditer(markup):
        plain = markup[pos : match.start()]
        out.append(plain)
        length += len(plain)
        surface = match.group(3)
        spans.append(
            {"start": length, "end": length + len(surface), "label": LABELS[match.group(1)], "value": match.group(2)}
        )
        out.append(surface)
        length += len(surface)
        pos = match.end()
    out.append(markup[pos:])
    text = "".join(out)
    if "<<" in text or ">>" in text:
        raise ValueError("unparsed markup left in text")
    return text, spans


def wrap(text: str, spans: list[dict[str, object]], width: int) -> str:
    """Wrap lines longer than width by turning spaces into newlines (offsets never move).

    No break falls inside a feature, modality or area span; a long rationale span may be broken.
    """
    protected = [(int(s["start"]), int(s["end"])) for s in spans if s["label"] != "RATIONALE"]

    def free(i: int) -> bool:
        return not any(a < i < b for a, b in protected)

    chars = list(text)
    start = 0
    n = len(chars)
    while start < n:
        end = text.find("\n", start)
        end = n if end == -1 else end
        line_start = start
        while end - line_start > width:
            cut = -1
            for i in range(line_start + width, line_start, -1):
                if chars[i] == " " and free(i) and chars[i - 1] != " ":
                    cut = i
                    break
            if cut == -1:
                break
            chars[cut] = "\n"
            line_start = cut + 1
        start = end + 1
    return "".join(chars)
