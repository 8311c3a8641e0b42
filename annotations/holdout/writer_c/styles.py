"""Style transforms applied to rendered segments: ALL CAPS, shorthand, typos and odd spacing.

Every transform has the signature ``(text, is_evidence, rng) -> text``. Typos and spacing damage only
non-evidence text; capitals and shorthand apply everywhere (a span's value is normalised, its surface is
whatever the note says).
"""

from __future__ import annotations

import random
import re

from .markup import Transform

_SHORTHAND: list[tuple[str, str]] = [
    (r"\bpatient's\b", "pt's"),
    (r"\bpatients\b", "pts"),
    (r"\bpatient\b", "pt"),
    (r"\bwithout\b", "w/o"),
    (r"\bwith\b", "w/"),
    (r"\bhistory of\b", "hx of"),
    (r"\bhistory\b", "hx"),
    (r"\btreatment\b", "tx"),
    (r"\bdiagnosis\b", "dx"),
    (r"\bsimulation\b", "sim"),
    (r"\bstatus post\b", "s/p"),
    (r"\bapproximately\b", "~"),
    (r"\bsecondary to\b", "2/2"),
    (r"\bminutes\b", "min"),
    (r"\bintravenous\b", "IV"),
    (r"\bsupraclavicular\b", "SCV"),
    (r"\bimmobilization\b", "immob"),
    (r"\bbilateral\b", "bilat"),
    (r"\bradiation therapy\b", "RT"),
    (r"\bradiation oncology\b", "rad onc"),
    (r"\btherapist\b", "RTT"),
    (r"\bphysician\b", "MD"),
    (r"\bfollow-up\b", "f/u"),
    (r"\bfollow up\b", "f/u"),
    (r"\band\b", "&"),
    (r"\bwhole brain\b", "WB"),
    (r"\bmetastases\b", "mets"),
    (r"\bmetastasis\b", "met"),
    (r"\bconsent\b", "cnsnt"),
    (r"\bnegative\b", "neg"),
    (r"\bpositive\b", "pos"),
    (r"\bleft\b", "L"),
    (r"\bright\b", "R"),
    (r"\bhours\b", "hrs"),
    (r"\bpreviously\b", "prev"),
    (r"\brecommend(?:ed)?\b", "rec'd"),
]
_SHORTHAND_RE = [(re.compile(pattern, re.IGNORECASE), short) for pattern, short in _SHORTHAND]

_TYPOS = {
    "the": ["teh", "hte"],
    "patient": ["pateint", "patinet"],
    "received": ["recieved"],
    "performed": ["preformed", "perfomed"],
    "position": ["postion", "positon"],
    "treatment": ["treatmnet", "treament"],
    "approximately": ["approximatly", "aproximately"],
    "tolerated": ["tolerted", "toleratd"],
    "planning": ["planing", "plannning"],
    "which": ["whcih"],
    "history": ["histroy", "hisotry"],
    "discussed": ["discused", "dicussed"],
    "instructions": ["instrucitons"],
    "placed": ["palced"],
    "reviewed": ["reveiwed", "reviwed"],
    "obtained": ["obtianed"],
    "questions": ["questoins"],
    "procedure": ["proceedure", "procedrue"],
    "symptoms": ["symtoms"],
    "daily": ["dialy"],
    "weeks": ["weekss", "wks."],
    "their": ["thier"],
    "because": ["becuase"],
    "appointment": ["appointmnet", "apointment"],
    "therapy": ["theraphy"],
    "marks": ["makrs"],
    "tattoos": ["tatoos", "tattos"],
    "setup": ["set up", "setpu"],
    "family": ["famliy"],
    "physician": ["physican"],
}
_WORDS = re.compile(r"[A-Za-z]+")


def caps(text: str, is_evidence: bool, rng: random.Random) -> str:
    """Upper-case everything (typical of some transcription systems)."""
    return text.upper()


def shorthand(text: str, is_evidence: bool, rng: random.Random) -> str:
    """Replace common words by clinical shorthand, most of the time."""
    for pattern, short in _SHORTHAND_RE:
        text = pattern.sub(lambda m, s=short: s if rng.random() < 0.8 else m.group(0), text)
    return text


def typos(text: str, is_evidence: bool, rng: random.Random) -> str:
    """Misspell some common words and drop or double spaces (never inside evidence)."""
    if is_evidence:
        return text

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        options = _TYPOS.get(word.lower())
        if not options or rng.random() > 0.35:
            return word
        typo = rng.choice(options)
        return typo.capitalize() if word[0].isupper() else typo

    text = _WORDS.sub(swap, text)
    text = re.sub(r"\. (?=[A-Z])", lambda m: rng.choice([". ", ".  ", ".", ". "]), text)
    text = re.sub(r", ", lambda m: rng.choice([", ", ", ", " , ", ",", ",  "]), text)
    return text


def odd_spacing(text: str, is_evidence: bool, rng: random.Random) -> str:
    """Add doubled spaces, trailing blanks and tab runs between words (never inside evidence)."""
    if is_evidence:
        return text
    text = re.sub(r"(?<=\w) (?=\w)", lambda m: "  " if rng.random() < 0.06 else " ", text)
    return re.sub(r"\n", lambda m: rng.choice(["\n", "\n", "\n", " \n", "\t\n", "  \n"]), text)


def dictation(text: str, is_evidence: bool, rng: random.Random) -> str:
    """Add transcription artefacts after some sentences (never inside evidence)."""
    if is_evidence:
        return text
    quirks = [" [inaudible].", " (sic).", ". -- correction --", ", um.", " [unclear].", ". New paragraph."]
    return re.sub(r"\.(?= [A-Z])", lambda m: rng.choice(quirks) if rng.random() < 0.08 else ".", text)


STYLE_TRANSFORMS: dict[str, list[Transform]] = {
    "dictated": [dictation],
    "ehr_form": [],
    "checklist": [],
    "tech_terse": [shorthand],
    "all_caps": [caps],
    "shorthand": [shorthand],
    "typos_spacing": [typos, odd_spacing],
    "long_narrative": [],
}
