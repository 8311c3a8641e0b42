"""Writer B's evidence markup, rendering styles and text transforms.

Content is written as markup strings in which counting evidence is wrapped as ``⟦L|value|text⟧`` (``L`` is
R, A, S, F or M for RATIONALE, AREA_COUNT, TREATMENT_SITE, FEATURE, MODALITY). A note is a list of
:class:`Block` objects; a renderer lays the blocks out in one of writer B's styles, the text is cut into
plain and evidence pieces, each piece is transformed for the style (capitals, shorthand, misspellings
only outside evidence), and the offsets are counted while the pieces are joined, so spans are exact.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

KIND = {"R": "RATIONALE", "A": "AREA_COUNT", "S": "TREATMENT_SITE", "F": "FEATURE", "M": "MODALITY"}
_EV = re.compile(r"⟦([RASFM])\|([^|⟦⟧]+)\|([^⟦⟧]+?)⟧")


def ev(kind: str, value: object, text: str) -> str:
    """Wrap text as counting evidence."""
    if "⟦" in text or "⟧" in text:
        raise ValueError("nested evidence")
    return f"⟦{kind}|{value}|{text}⟧"


def strip(markup: str) -> str:
    """Drop the evidence marks and keep the words (for text that must not count)."""
    return _EV.sub(lambda m: m.group(3), markup)


def upfirst(markup: str) -> str:
    """Capitalise the first visible character."""
    match = _EV.match(markup)
    if match:
        at = match.start(3)
        return markup[:at] + markup[at].upper() + markup[at + 1 :]
    return markup[:1].upper() + markup[1:]


@dataclass
class Block:
    """One section of a note: a skeleton key, a title and markup lines."""

    key: str
    title: str
    lines: list[str] = field(default_factory=list)
    verbatim: bool = False  # laid out as written (banners, forms, tables)


# ------------------------------------------------------------------ layouts

_DICTATION_NOISE = (
    " [inaudible]",
    " (sic)",
    " um",
    " [unintelligible]",
    "",
    "",
    "",
    "",
    "",
)


def _sentence(line: str) -> str:
    line = line.rstrip()
    return line if strip(line).endswith((".", "?", "!", ":")) else line + "."


def render(blocks: list[Block], layout: str, rng: random.Random) -> str:
    """Lay blocks out as one markup text."""
    parts: list[str] = []
    mark = rng.choice(["- ", "* ", "• ", "o ", "> "])
    numbered = rng.random() < 0.3
    head_kind = rng.randrange(5)
    for block in blocks:
        lines = [ln.strip() for ln in block.lines if ln and ln.strip()]
        if not lines:
            continue
        if block.verbatim:
            parts.append("\n".join(lines))
            continue
        if layout == "dictation":
            sentences = [_sentence(ln) for ln in lines]
            body = ""
            for i, sent in enumerate(sentences):
                if i and rng.random() < 0.3 and not sent.startswith("⟦"):
                    # run-on: glue onto the previous sentence
                    body = body.rstrip(".") + rng.choice([", and ", " and ", ", ", "; "]) + sent[:1].lower() + sent[1:]
                else:
                    body += ("" if not body else " ") + sent
                if rng.random() < 0.12:
                    body += rng.choice(_DICTATION_NOISE)
            spoken = block.key in ("addendum", "copied", "order") or rng.random() < 0.25
            parts.append(f"{block.title.upper()}: {body}" if spoken and block.title else body)
        elif layout == "form":
            if len(lines) == 1 and rng.random() < 0.5 and block.title:
                parts.append(f"{block.title}: {lines[0]}")
            else:
                parts.append(_heading(block.title, head_kind) + "\n" + "\n".join(lines))
        elif layout == "bullets":
            if numbered and block.key not in ("banner", "sign"):
                body = "\n".join(f"  {i}. {ln}" for i, ln in enumerate(lines, 1))
            else:
                body = "\n".join(mark + ln for ln in lines)
            parts.append(f"{block.title}:\n{body}" if block.title else body)
        elif layout == "terse":
            glue = rng.choice(["; ", ". ", " / ", ", "])
            body = glue.join(strip_dot(ln) for ln in lines)
            parts.append(f"{block.title}: {body}" if block.title else body)
        else:
            raise ValueError(layout)
    gap = "\n" if layout == "terse" else rng.choice(["\n\n", "\n\n", "\n"])
    return gap.join(parts) + "\n"


def strip_dot(line: str) -> str:
    """Remove a trailing period (shorthand notes rarely end fragments with one)."""
    return line[:-1] if line.endswith(".") else line


def _heading(title: str, kind: int) -> str:
    if not title:
        return ""
    return (
        f"{title.upper()}:",
        f"{title}:",
        f"--- {title} ---",
        f"[{title.upper()}]",
        f"{title.upper()}\n{'-' * min(len(title), 30)}",
    )[kind]


# ------------------------------------------------------------------ transforms

_SHORT = (
    (r"\bthe patient\b", "pt"),
    (r"\bThe patient\b", "Pt"),
    (r"\bpatient\b", "pt"),
    (r"\bwith\b", "w/"),
    (r"\bwithout\b", "w/o"),
    (r"\bstatus post\b", "s/p"),
    (r"\bsupraclavicular\b", "SCV"),
    (r"\binternal mammary\b", "IMN"),
    (r"\bbilateral\b", "bilat"),
    (r"\bradiation therapy\b", "RT"),
    (r"\bradiotherapy\b", "RT"),
    (r"\bsimulation\b", "sim"),
    (r"\bfractions\b", "fx"),
    (r"\bprone abdominal board\b", "PAB"),
    (r"\bvacuum bag\b", "Vac-Lok"),
    (r"\bintravenous\b", "IV"),
    (r"\boral contrast\b", "PO contrast"),
    (r"\bbecause\b", "b/c"),
    (r"\bversus\b", "vs"),
    (r"\bright\b", "R"),
    (r"\bleft\b", "L"),
    (r"\bapproximately\b", "approx"),
    (r"\bmetastases\b", "mets"),
    (r"\bmetastasis\b", "met"),
    (r"\bhistory\b", "hx"),
    (r"\btwice daily\b", "BID"),
    (r"\band\b", "+"),
    (r"\bwas\s", ""),
    (r"\bwere\s", ""),
)


def shorthand(text: str, rng: random.Random) -> str:
    """Clip words the way a hurried clinician does."""
    for pattern, repl in _SHORT:
        if rng.random() < 0.8:
            text = re.sub(pattern, repl, text)
    return text


def _misspell(word: str, rng: random.Random) -> str:
    if len(word) < 5 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 2)
    kind = rng.randrange(4)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == 1:
        return word[:i] + word[i + 1 :]
    if kind == 2:
        return word[:i] + word[i] + word[i:]
    near = {"a": "s", "e": "r", "i": "o", "o": "p", "n": "m", "t": "r", "s": "d", "r": "t"}
    return word[:i] + near.get(word[i], word[i]) + word[i + 1 :]


def misspell(text: str, rng: random.Random) -> str:
    """Misspell some words and break the spacing (only ever applied outside evidence)."""
    tokens = re.split(r"(\s+)", text)
    tokens = [_misspell(t, rng) if t.strip() and rng.random() < 0.06 else t for t in tokens]
    text = "".join(tokens)
    text = re.sub(r"\. (?=[A-Za-z])", lambda _m: rng.choice([".", ".  ", ". ", " .", ".."]), text)
    text = re.sub(r"(?<=[a-z]) (?=[a-z])", lambda _m: "  " if rng.random() < 0.04 else " ", text)
    return re.sub(r", ", lambda _m: rng.choice([", ", ",", " ,", ",  "]), text)


@dataclass
class Assembled:
    """A finished note: text and spans."""

    text: str
    spans: list[dict[str, object]]


def assemble(markup: str, transform: str, rng: random.Random) -> Assembled:
    """Cut markup into pieces, transform each for the style, and record exact spans."""
    pieces: list[tuple[str, str | None, str | None]] = []
    pos = 0
    for match in _EV.finditer(markup):
        if match.start() > pos:
            pieces.append((markup[pos : match.start()], None, None))
        pieces.append((match.group(3), KIND[match.group(1)], match.group(2)))
        pos = match.end()
    pieces.append((markup[pos:], None, None))
    out: list[str] = []
    spans: list[dict[str, object]] = []
    offset = 0
    for text, label, value in pieces:
        if "⟦" in text or "⟧" in text:
            raise ValueError("unparsed evidence markup")
        if transform == "caps":
            text = text.upper()
        elif transform == "short":
            text = shorthand(text, rng)
        elif transform == "typo" and label is None:
            text = misspell(text, rng)
        if label is not None:
            core = text.strip()
            if not core:
                raise ValueError("empty evidence")
            lead = len(text) - len(text.lstrip())
            spans.append({"start": offset + lead, "end": offset + lead + len(core), "label": label, "value": value})
        out.append(text)
        offset += len(text)
    return Assembled("".join(out), spans)
