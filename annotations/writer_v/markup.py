"""Inline markup -> text + exact spans, and the style transforms that touch only unmarked text.

Markup: ``⟦LABEL|value|surface⟧``. Transforms (typos, shorthand, ALL CAPS) run after the markup is split into
plain and marked pieces, so evidence surfaces are never changed except by ALL CAPS (length-checked).
"""

from __future__ import annotations

import random
import re

_MARK = re.compile(r"⟦([A-Z_]+)\|([^|⟧]*)\|([^⟧]*)⟧")

# words never touched by typo/shorthand transforms (negation, timing, provenance)
_PROTECTED = {
    "not",
    "no",
    "without",
    "planned",
    "prior",
    "copied",
    "addendum",
    "will",
    "may",
    "none",
    "declined",
    "previous",
    "never",
    "held",
    "cancelled",
    "aborted",
    "unable",
    "pending",
    "future",
    "deferred",
}

_TYPOS = {
    "patient": "pateint",
    "the": "teh",
    "received": "recieved",
    "separate": "seperate",
    "position": "postion",
    "discussed": "disucssed",
    "tolerated": "tolerrated",
    "procedure": "proceedure",
    "reviewed": "reveiwed",
    "immobilization": "immobilizaton",
    "appropriate": "apropriate",
    "daughter": "daugther",
    "which": "whcih",
    "and": "adn",
    "tattoos": "tatoos",
    "therapist": "therapsit",
    "history": "hsitory",
    "questions": "quesitons",
    "comfortable": "comfortible",
    "marked": "markd",
    "was": "wsa",
    "made": "mde",
}
_SHORT = [
    (r"\bpatient\b", "pt"),
    (r"\bPatient\b", "Pt"),
    (r"\bwith\b", "w/"),
    (r"\bWith\b", "W/"),
    (r"\bstatus post\b", "s/p"),
    (r"\bhistory\b", "hx"),
    (r"\bHistory\b", "Hx"),
    (r"\bleft\b", "L"),
    (r"\bright\b", "R"),
    (r"\btreatment\b", "tx"),
    (r"\bTreatment\b", "Tx"),
    (r"\bdiagnosis\b", "dx"),
    (r"\bfollow-up\b", "f/u"),
    (r"\band\b", "&"),
    (r"\bapproximately\b", "approx"),
    (r"\bbefore\b", "prior to"),
    (r"\bsimulation\b", "sim"),
    (r"\bSimulation\b", "Sim"),
    (r"\bposterior\b", "post."),
    (r"\bweeks\b", "wks"),
]


def mk(label: str, value: str, surface: str) -> str:
    """Wrap one evidence surface in markup."""
    if "|" in surface or "⟧" in surface or "|" in value:
        raise ValueError(f"bad markup surface: {surface!r}")
    if surface != surface.strip() or not surface:
        raise ValueError(f"surface with edge whitespace: {surface!r}")
    return f"⟦{label}|{value}|{surface}⟧"


def strip(text: str) -> str:
    """The text with markup removed (surfaces kept)."""
    return _MARK.sub(lambda m: m.group(3), text)


def _typo(piece: str, rng: random.Random, rate: float) -> str:
    def repl(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        if low in _PROTECTED or low not in _TYPOS or rng.random() > rate:
            return word
        out = _TYPOS[low]
        return out.capitalize() if word[0].isupper() else out

    piece = re.sub(r"[A-Za-z]+", repl, piece)
    piece = re.sub(r"\. (?=[A-Z])", lambda m: ".  " if rng.random() < 0.35 else ". ", piece)
    piece = re.sub(r", ", lambda m: " ,  " if rng.random() < 0.04 else ", ", piece)
    return piece


def _shorthand(piece: str, rng: random.Random) -> str:
    for pattern, repl in _SHORT:
        if rng.random() < 0.85:
            piece = re.sub(pattern, repl, piece)
    return piece


def render(marked: str, style: str, rng: random.Random) -> tuple[str, list[dict]]:
    """Render markup to text and spans; apply the style transform to unmarked text only."""
    parts: list[tuple[str, tuple[str, str] | None]] = []
    pos = 0
    for m in _MARK.finditer(marked):
        parts.append((marked[pos : m.start()], None))
        parts.append((m.group(3), (m.group(1), m.group(2))))
        pos = m.end()
    parts.append((marked[pos:], None))
    if "⟦" in strip(marked) or "⟧" in strip(marked):
        raise ValueError("unbalanced markup")
    out: list[str] = []
    spans: list[dict] = []
    length = 0
    for piece, tag in parts:
        if tag is None:
            if style == "typos":
                piece = _typo(piece, rng, 0.22)
            elif style == "terse":
                piece = _shorthand(piece, rng)
        if style == "caps":
            upper = piece.upper()
            if len(upper) != len(piece):
                raise ValueError("caps changed length")
            piece = upper
        if tag is not None:
            spans.append({"start": length, "end": length + len(piece), "label": tag[0], "value": tag[1]})
        out.append(piece)
        length += len(piece)
    text = "".join(out)
    for span in spans:
        seg = text[span["start"] : span["end"]]
        if seg != seg.strip() or not seg:
            raise ValueError(f"span edge whitespace: {seg!r}")
    return text, spans
