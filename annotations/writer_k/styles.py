"""Style transforms for plain (non-evidence) text: ALL CAPS, terse abbreviations, typos, paper transcription."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

STYLES = (
    "smartform",
    "dictation",
    "bullets",
    "all_caps",
    "terse",
    "typos",
    "long_narrative",
    "paper_form",
)

_ABBREV = (
    (r"\bpatient\b", "pt"),
    (r"\bPatient\b", "Pt"),
    (r"\bwith\b", "w/"),
    (r"\bwithout\b", "w/o"),
    (r"\bstatus post\b", "s/p"),
    (r"\bsupraclavicular\b", "SCV"),
    (r"\bposterior\b", "post"),
    (r"\bhistory\b", "hx"),
    (r"\btreatment\b", "tx"),
    (r"\bdiagnosis\b", "dx"),
    (r"\bradiation\b", "RT"),
    (r"\bfollow-up\b", "f/u"),
    (r"\bapproximately\b", "~"),
    (r"\band\b", "&"),
    (r"\bsimulation\b", "sim"),
    (r"\bbilateral\b", "b/l"),
    (r"\bprescription\b", "Rx"),
    (r"\bweeks\b", "wks"),
)

# Only harmless filler words are ever misspelled (never negations, evidence or clinical qualifiers).
_TYPOS = {
    "patient": ("pateint", "patinet"),
    "discussed": ("dicussed", "discused"),
    "reviewed": ("reveiwed", "reviwed"),
    "tolerated": ("tolerrated", "toleratd"),
    "appointment": ("appointmnet", "apointment"),
    "position": ("postion", "positon"),
    "questions": ("quesitons", "questons"),
    "comfortable": ("comfortible", "confortable"),
    "daughter": ("daugther",),
    "recommended": ("reccomended", "recomended"),
    "alignment": ("alignmnet", "allignment"),
    "instructions": ("instrucitons", "instructons"),
    "pleasant": ("plesant", "pleasent"),
    "therapist": ("therapsit", "theraptist"),
    "scheduled": ("scheudled", "schedualed"),
    "department": ("departmnet", "deparment"),
}
_TYPO_RE = re.compile(r"\b(" + "|".join(_TYPOS) + r")\b")


def _identity(text: str, rng: random.Random) -> str:
    return text


def _caps(text: str, rng: random.Random) -> str:
    return text.upper()


def _terse(text: str, rng: random.Random) -> str:
    for pattern, repl in _ABBREV:
        if rng.random() < 0.8:
            text = re.sub(pattern, repl, text)
    return text


def _typos(text: str, rng: random.Random) -> str:
    text = _TYPO_RE.sub(lambda m: rng.choice(_TYPOS[m.group(1)]) if rng.random() < 0.7 else m.group(1), text)
    text = re.sub(
        r"\. (?=[A-Z])", lambda m: ".  " if rng.random() < 0.35 else (". " if rng.random() < 0.8 else "."), text
    )
    text = re.sub(r", ", lambda m: " , " if rng.random() < 0.08 else ", ", text)
    return re.sub(r" (?=\w)", lambda m: "  " if rng.random() < 0.015 else " ", text)


def _paper(text: str, rng: random.Random) -> str:
    def mark(match: re.Match[str]) -> str:
        return match.group(0) + (" [illegible]" if rng.random() < 0.05 else "")

    return re.sub(r"(?<=[a-z])\.(?= )", mark, text)


def transform_for(style: str) -> Callable[[str, random.Random], str]:
    """Return the plain-text transform of a style."""
    return {
        "all_caps": _caps,
        "terse": _terse,
        "typos": _typos,
        "paper_form": _paper,
    }.get(style, _identity)
