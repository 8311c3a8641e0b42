"""Inline markup ``<<K:value|surface>>`` to note text with exact character spans; style transforms."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

TOKEN = re.compile(r"<<([RASFM]):([^|<>]+)\|([^<>]+)>>")
LABELS = {"R": "RATIONALE", "A": "AREA_COUNT", "S": "TREATMENT_SITE", "F": "FEATURE", "M": "MODALITY"}


def tok(kind: str, value: str, surface: str) -> str:
    """Return one evidence token in markup form."""
    return f"<<{kind}:{value}|{surface}>>"


def strip_markup(markup: str) -> str:
    """Return the surface text of a markup string (no spans)."""
    return TOKEN.sub(lambda m: m.group(3), markup)


def render(
    markup: str, plain: Callable[[str], str] | None = None, caps: bool = False
) -> tuple[str, list[dict[str, Any]]]:
    """Turn markup into text and spans; ``plain`` transforms only the text between tokens."""
    out: list[str] = []
    spans: list[dict[str, Any]] = []
    length = 0
    pos = 0

    def emit(chunk: str) -> None:
        nonlocal length
        if plain is not None:
            chunk = plain(chunk)
        if caps:
            chunk = chunk.upper()
        out.append(chunk)
        length += len(chunk)

    for match in TOKEN.finditer(markup):
        emit(markup[pos : match.start()])
        surface = match.group(3)
        if caps:
            upper = surface.upper()
            if len(upper) != len(surface):
                raise ValueError("upper-casing changed a surface's length")
            surface = upper
        if surface != surface.strip():
            raise ValueError(f"surface with edge whitespace: {surface!r}")
        spans.append(
            {"start": length, "end": length + len(surface), "label": LABELS[match.group(1)], "value": match.group(2)}
        )
        out.append(surface)
        length += len(surface)
        pos = match.end()
    emit(markup[pos:])
    text = "".join(out)
    if "<<" in text or ">>" in text:
        raise ValueError("unparsed markup left in the text")
    for span in spans:
        if text[span["start"] : span["end"]] != text[span["start"] : span["end"]].strip():
            raise ValueError("span edge whitespace")
    return text, spans


PROTECTED = {
    "contrast",
    "without",
    "negative",
    "declined",
    "deferred",
    "planned",
    "addendum",
    "showed",
    "prior",
    "never",
    "cancelled",
    "canceled",
    "aborted",
    "pending",
    "copied",
    "correction",
    "previous",
    "not",
    "none",
    "unable",
    "ordered",
    "given",
    "performed",
    "areas",
    "sites",
    "treatment",
    "simulation",
    "fused",
    "fusion",
    "would",
    "consider",
    "will",
    "later",
    "redacted",
    "XXXXX",
    "history",
    "historical",
    "outside",
    "course",
    "scheduled",
    "future",
    "unchecked",
}
ABBREVIATIONS = [
    (r"\bpatient\b", "pt"),
    (r"\bPatient\b", "Pt"),
    (r"\bwith\b", "w/"),
    (r"\bwithout\b", "w/o"),
    (r"\bstatus post\b", "s/p"),
    (r"\band\b", "&"),
    (r"\bhistory\b", "hx"),
    (r"\bapproximately\b", "approx"),
    (r"\bmedications\b", "meds"),
    (r"\bprocedure\b", "proc"),
    (r"\bdiagnosis\b", "dx"),
    (r"\bsecondary to\b", "2/2"),
    (r"\bbecause of\b", "d/t"),
    (r"\bfollow-up\b", "f/u"),
    (r"\bright\b", "R"),
    (r"\bleft\b", "L"),
]


def terse(rng: random.Random) -> Callable[[str], str]:
    """Return a transform that abbreviates common words (each rule kept or skipped per note)."""
    rules = [(re.compile(pat), rep) for pat, rep in ABBREVIATIONS if rng.random() < 0.8]

    def apply(chunk: str) -> str:
        for pattern, rep in rules:
            chunk = pattern.sub(rep, chunk)
        return chunk

    return apply


def typos(rng: random.Random, rate: float = 0.07) -> Callable[[str], str]:
    """Return a transform that swaps letters in long filler words and doubles some spaces."""
    word = re.compile(r"[A-Za-z]{6,}")

    def damage(match: re.Match[str]) -> str:
        text = match.group(0)
        if text.lower() in PROTECTED or rng.random() > rate:
            return text
        i = rng.randrange(1, len(text) - 2)
        kind = rng.randrange(3)
        if kind == 0:
            return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        if kind == 1:
            return text[:i] + text[i + 1 :]
        return text[:i] + text[i] + text[i:]

    def apply(chunk: str) -> str:
        chunk = word.sub(damage, chunk)
        return re.sub(r"(?<=\S) (?=\S)", lambda m: "  " if rng.random() < 0.03 else " ", chunk)

    return apply
