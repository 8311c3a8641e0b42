"""Style transforms applied to plain text only (shorthand, typos) or length-preserving (ALL CAPS)."""

from __future__ import annotations

import random
import re

TERSE = [
    (r"\bpatient\b", "pt"), (r"\bPatient\b", "Pt"), (r"\bwith\b", "w/"), (r"\bwithout\b", "w/o"),
    (r"\bhistory\b", "hx"), (r"\btreatment\b", "tx"), (r"\bsimulation\b", "sim"), (r"\bSimulation\b", "Sim"),
    (r"\bradiation\b", "rad"), (r"\bbilateral\b", "bilat"), (r"\bapproximately\b", "approx"),
    (r"\bstatus post\b", "s/p"), (r"\bfollow up\b", "f/u"), (r"\bdiagnosis\b", "dx"), (r"\bsecondary to\b", "2/2"),
    (r"\bminutes\b", "min"), (r"\bveteran\b", "vet"), (r"\bVeteran\b", "Vet"), (r"\bbefore\b", "prior to"),
    (r"\bperformed\b", "done"), (r"\bphysician\b", "MD"), (r"\bthe \b", ""), (r"\bThe \b", ""),
    (r"\band\b", "&"), (r"\bweeks\b", "wks"), (r"\bpositive\b", "+"), (r"\bnegative\b", "neg"),
    (r"\breviewed\b", "rev'd"), (r"\bcontinue\b", "cont"), (r"\bmedications\b", "meds"),
]
PROTECT = {"no", "not", "none", "never", "without", "declined", "denies", "held", "nor", "negative", "was", "pending"}
COMMON_TYPOS = {"the": "teh", "with": "wiht", "patient": "pateint", "received": "recieved", "position": "postion",
                "performed": "preformed", "separate": "seperate", "tolerated": "tolerted", "immobilization":
                "immobilizaton", "discussed": "dicussed", "which": "whcih", "procedure": "proceedure"}


def terse(text: str, rng: random.Random) -> str:
    """Shorthand on plain text; each rule fires with high probability per note segment."""
    for pattern, repl in TERSE:
        if rng.random() < 0.8:
            text = re.sub(pattern, repl, text)
    return text


def typos(text: str, rng: random.Random) -> str:
    """Misspellings, doubled or missing spaces; negation words are never touched."""

    def word(match: re.Match[str]) -> str:
        w = match.group(0)
        low = w.lower()
        if low in PROTECT or len(w) < 4 or any(ch.isdigit() for ch in w):
            return w
        roll = rng.random()
        if low in COMMON_TYPOS and roll < 0.5:
            return COMMON_TYPOS[low] if w.islower() else w
        if roll < 0.05 and len(w) > 5:
            i = rng.randrange(1, len(w) - 2)
            return w[:i] + w[i + 1] + w[i] + w[i + 2 :]
        if roll < 0.08 and len(w) > 5:
            i = rng.randrange(1, len(w) - 1)
            return w[:i] + w[i + 1 :]
        if roll < 0.10:
            i = rng.randrange(1, len(w))
            return w[:i] + w[i] + w[i:]
        return w

    text = re.sub(r"[A-Za-z]+", word, text)
    text = re.sub(r"\. (?=[A-Z])", lambda m: rng.choice([". ", ".  ", ".", ". "]), text)
    return re.sub(r", ", lambda m: rng.choice([", ", ", ", " , ", ",  "]), text)


def caps(text: str) -> str:
    """ALL CAPS (ASCII only, so length is preserved)."""
    return text.upper()
