"""Inline markup ``<<K:value|surface>>`` -> plain text with exact spans; style transforms on plain text."""

from __future__ import annotations

import random
import re

LABELS = {"R": "RATIONALE", "A": "AREA_COUNT", "S": "TREATMENT_SITE", "F": "FEATURE", "M": "MODALITY"}
_MARK = re.compile(r"<<([RASFM]):([^|<>]+)\|([^<>]+?)>>")

# words the typo and shorthand transforms must never touch (negation, timing, copy-forward, addenda)
PROTECTED = {
    "not",
    "no",
    "without",
    "planned",
    "plan",
    "prior",
    "previous",
    "copied",
    "addendum",
    "will",
    "may",
    "denies",
    "never",
    "history",
    "declined",
    "cancelled",
    "aborted",
    "pending",
    "held",
    "none",
    "tbd",
    "consider",
    "possible",
    "possibly",
    "would",
    "future",
    "later",
    "redacted",
    "forward",
}

TERSE = [
    (r"\bpatient\b", "pt"),
    (r"\bPatient\b", "Pt"),
    (r"\bwith\b", "w/"),
    (r"\bstatus post\b", "s/p"),
    (r"\bsimulation\b", "sim"),
    (r"\bSimulation\b", "Sim"),
    (r"\btreatment\b", "tx"),
    (r"\band\b", "&"),
    (r"\bconsistent with\b", "c/w"),
    (r"\bfractions\b", "fx"),
    (r"\bbilateral\b", "bilat"),
    (r"\bapproximately\b", "~"),
    (r"\bsupraclavicular\b", "SCV"),
    (r"\bposteroanterior\b", "PA"),
]


def mark(kind: str, value: str, surface: str) -> str:
    """Return one marked evidence token."""
    assert surface == surface.strip() and surface, surface
    return f"<<{kind}:{value}|{surface}>>"


def _typo_word(word: str, rng: random.Random) -> str:
    if len(word) < 6 or not word.isalpha() or word.lower() in PROTECTED:
        return word
    i = rng.randrange(1, len(word) - 2)
    choice = rng.random()
    if choice < 0.5:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if choice < 0.8:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def typo_text(text: str, rng: random.Random, rate: float = 0.12) -> str:
    """Misspell some longer ordinary words and double a few spaces."""
    out = []
    for token in re.split(r"(\s+)", text):
        if token and not token.isspace() and rng.random() < rate:
            token = _typo_word(token, rng)
        elif token == " " and rng.random() < 0.05:
            token = "  "
        out.append(token)
    return "".join(out)


def terse_text(text: str) -> str:
    """Clinic shorthand."""
    for pattern, repl in TERSE:
        text = re.sub(pattern, repl, text)
    return text


def render(markup: str, style: str, rng: random.Random) -> tuple[str, list[dict]]:
    """Turn markup into text and spans, applying the style's transforms outside (and CAPS inside) evidence."""
    pieces: list[tuple[str, tuple[str, str] | None]] = []
    pos = 0
    for m in _MARK.finditer(markup):
        if m.start() > pos:
            pieces.append((markup[pos : m.start()], None))
        pieces.append((m.group(3), (LABELS[m.group(1)], m.group(2))))
        pos = m.end()
    if pos < len(markup):
        pieces.append((markup[pos:], None))
    text_parts: list[str] = []
    spans: list[dict] = []
    length = 0
    for chunk, info in pieces:
        if info is None:
            if style in ("terse",):
                chunk = terse_text(chunk)
            if style == "typos":
                chunk = typo_text(chunk, rng)
            if style == "caps":
                chunk = chunk.upper()
        else:
            if style == "caps":
                upper = chunk.upper()
                if len(upper) != len(chunk):
                    raise ValueError("caps changed a surface's length")
                chunk = upper
            spans.append({"start": length, "end": length + len(chunk), "label": info[0], "value": info[1]})
        text_parts.append(chunk)
        length += len(chunk)
    text = "".join(text_parts)
    if "<<" in text or ">>" in text:
        raise ValueError("unrendered markup")
    for span in spans:
        piece = text[span["start"] : span["end"]]
        if piece != piece.strip() or not piece:
            raise ValueError("span with whitespace edge")
    return text, spans
