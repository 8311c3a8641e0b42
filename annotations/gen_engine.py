"""Markup, layout and style transforms for the synthetic corpus generator.

Fragments are written with inline evidence markup ``<<L:value|text>>`` where ``L`` is one of
R (RATIONALE), A (AREA_COUNT), S (TREATMENT_SITE), F (FEATURE), M (MODALITY). A note is assembled
from sections, laid out in a writing style, split into segments, transformed per segment (so the
evidence offsets stay exact), and finally joined while the character offsets are recorded.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

LABELS = {"R": "RATIONALE", "A": "AREA_COUNT", "S": "TREATMENT_SITE", "F": "FEATURE", "M": "MODALITY"}
_MARK = re.compile(r"<<([RASFM]):([^|<>]+)\|([^<>]+?)>>")


@dataclass(frozen=True)
class Seg:
    """A piece of text; evidence when ``label`` is set."""

    text: str
    label: str | None = None
    value: str | None = None


def parse(markup: str) -> list[Seg]:
    """Split markup into plain and evidence segments."""
    segs: list[Seg] = []
    pos = 0
    for match in _MARK.finditer(markup):
        if match.start() > pos:
            segs.append(Seg(markup[pos : match.start()]))
        segs.append(Seg(match.group(3), LABELS[match.group(1)], match.group(2)))
        pos = match.end()
    if pos < len(markup):
        segs.append(Seg(markup[pos:]))
    if any("<<" in s.text or ">>" in s.text or (s.label and "|" in s.text) for s in segs):
        raise ValueError(f"unparsed markup: {markup[:80]!r}")
    return segs


def plain(markup: str) -> str:
    """Return markup with its evidence marks removed (the text stays, the annotation goes)."""
    return _MARK.sub(lambda m: m.group(3), markup)


@dataclass
class Section:
    """A note section: a key for the skeleton, a title, and markup lines."""

    key: str
    title: str
    lines: list[str] = field(default_factory=list)
    raw: bool = False  # lines are laid out verbatim (header, checklists)


# ---------------------------------------------------------------- layout


def _heading(rng: random.Random, flavor: int, title: str) -> str:
    if flavor == 0:
        return f"{title.upper()}:"
    if flavor == 1:
        return f"{title}:"
    if flavor == 2:
        return f"== {title} =="
    return f"*** {title.upper()} ***"


def layout(sections: list[Section], style: str, rng: random.Random) -> str:
    """Lay sections out as markup text in a writing style."""
    out: list[str] = []
    flavor = rng.randrange(4)
    bullet = rng.choice(["- ", "* ", "• ", "-- "])
    inline_titles = rng.random() < 0.5
    joiner = rng.choice(["; ", ". "])
    for section in sections:
        lines = [ln.strip() for ln in section.lines if ln.strip()]
        if not lines:
            continue
        if section.raw:
            out.append("\n".join(lines))
            continue
        if style in ("prose", "typo") or (style == "long" and section.key in ("hpi", "discussion", "assessment")):
            body = " ".join(_end(ln) for ln in lines)
            if section.key in ("addendum", "copyforward", "order", "signature") or (style == "long"):
                out.append(f"{section.title}: {body}" if section.key != "signature" else body)
            else:
                out.append(body)
        elif style in ("template", "caps", "long"):
            if section.key == "signature":
                out.append("\n".join(lines))
            elif inline_titles and len(lines) == 1:
                out.append(f"{section.title}: {lines[0]}")
            else:
                out.append(_heading(rng, flavor, section.title) + "\n" + "\n".join(lines))
        elif style == "bullets":
            if section.key == "signature":
                out.append("\n".join(lines))
            else:
                out.append(f"{section.title}:\n" + "\n".join(bullet + ln for ln in lines))
        elif style == "terse":
            body = joiner.join(ln.rstrip(".") for ln in lines)
            out.append(body if section.key == "signature" else f"{section.title}: {body}")
        else:
            raise ValueError(style)
    sep = "\n" if style == "terse" or (style == "bullets" and rng.random() < 0.5) else "\n\n"
    return sep.join(out) + "\n"


def _end(line: str) -> str:
    line = line.rstrip()
    return line if plain(line).endswith((".", ":", "?", "!")) else line + "."


# ---------------------------------------------------------------- transforms

_TERSE = [
    (r"\bpatient\b", "pt"),
    (r"\bPatient\b", "Pt"),
    (r"\bstatus post\b", "s/p"),
    (r"\bwithout\b", "w/o"),
    (r"\bwith\b", "w/"),
    (r"\bhistory of\b", "h/o"),
    (r"\bsupraclavicular\b", "SCV"),
    (r"\bbilateral\b", "b/l"),
    (r"\btreatment\b", "tx"),
    (r"\bfractions\b", "fx"),
    (r"\bsimulation\b", "sim"),
    (r"\bapproximately\b", "~"),
    (r"\bleft\b", "L"),
    (r"\bright\b", "R"),
    (r"\bmillimeters?\b", "mm"),
    (r"\bdiagnosis\b", "dx"),
    (r"\band\b", "&"),
    (r"\bprone abdominal board\b", "PAB"),
    (r"\bvacuum cushion\b", "Vac-Lok"),
    (r"\bthe\s", ""),
]


def terse(text: str, rng: random.Random) -> str:
    """Abbreviate like a hurried clinician."""
    for pattern, repl in _TERSE:
        if rng.random() < 0.85:
            text = re.sub(pattern, repl, text)
    return text


def _typo_word(word: str, rng: random.Random) -> str:
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == 1:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def typos(text: str, rng: random.Random, rate: float = 0.05) -> str:
    """Add misspellings and odd spacing to plain (non-evidence) text."""
    parts = re.split(r"(\s+)", text)
    parts = [_typo_word(p, rng) if p.strip() and rng.random() < rate else p for p in parts]
    text = "".join(parts)
    text = re.sub(r"\. (?=[A-Z])", lambda m: rng.choice([".  ", ".", ". ", " . "]), text)
    text = re.sub(r", ", lambda m: rng.choice([", ", " , ", ",", ",  "]), text)
    text = re.sub(r"(?<=\w) (?=\w)", lambda m: "  " if rng.random() < 0.03 else " ", text)
    return text


@dataclass
class Built:
    """An assembled note: text and exact evidence spans."""

    text: str
    spans: list[dict[str, object]]


def assemble(markup: str, style: str, rng: random.Random) -> Built:
    """Turn laid-out markup into text and spans, applying the style's per-segment transforms."""
    segs = parse(markup)
    text_parts: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    for seg in segs:
        piece = seg.text
        if style == "terse":
            piece = terse(piece, rng)
        if style == "typo" and seg.label is None:
            piece = typos(piece, rng)
        if style == "caps":
            piece = piece.upper()
        if seg.label is not None:
            stripped = piece.strip()
            lead = len(piece) - len(piece.lstrip())
            if not stripped:
                raise ValueError("empty evidence segment")
            spans.append(
                {"start": pos + lead, "end": pos + lead + len(stripped), "label": seg.label, "value": seg.value}
            )
        text_parts.append(piece)
        pos += len(piece)
    text = "".join(text_parts)
    return Built(text=text, spans=spans)
