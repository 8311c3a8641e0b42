"""Writer D's styles: text transforms (British spelling, tech shorthand, voice-recognition errors) and layouts.

A layout turns sections ``(key, title, items)`` (items are ``(field, marked text)``) into note text through a
``Writer``, so evidence offsets stay exact whatever the layout adds around them.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from writer_d.markup import Writer

STYLES = (
    "resident_attestation",
    "tech_short",
    "flowsheet",
    "smartphrase",
    "outline",
    "problem_list",
    "voice",
    "british",
    "long_buried",
)

_BRIT = {
    "tumor": "tumour",
    "tumors": "tumours",
    "center": "centre",
    "centers": "centres",
    "esophagus": "oesophagus",
    "esophageal": "oesophageal",
    "anesthesia": "anaesthesia",
    "hematology": "haematology",
    "hematuria": "haematuria",
    "edema": "oedema",
    "immobilization": "immobilisation",
    "immobilizer": "immobiliser",
    "localization": "localisation",
    "optimize": "optimise",
    "organize": "organise",
    "mold": "mould",
    "molded": "moulded",
    "color": "colour",
    "pediatric": "paediatric",
    "gynecologic": "gynaecologic",
    "favorable": "favourable",
    "counseled": "counselled",
    "isocenter": "isocentre",
    "liter": "litre",
    "behavior": "behaviour",
    "anemia": "anaemia",
    "dyspnea": "dyspnoea",
    "hyperlipidemia": "hyperlipidaemia",
}
_TECH = (
    (r"\bpatient\b", "pt"),
    (r"\bPatient\b", "Pt"),
    (r"\bwith\b", "w/"),
    (r"\bwithout\b", "w/o"),
    (r"\bstatus post\b", "s/p"),
    (r"\bbilateral\b", "b/l"),
    (r"\bsupraclavicular\b", "SCV"),
    (r"\bposterior axillary boost\b", "PAB"),
    (r"\binternal mammary nodes\b", "IMN"),
    (r"\bintravenous\b", "IV"),
    (r"\bbreath-hold\b", "BH"),
    (r"\band\b", "&"),
    (r"\bapproximately\b", "~"),
    (r"\btreatment\b", "tx"),
    (r"\bsimulation\b", "sim"),
)
_VOICE = (
    (r"\bprostate\b", "prostrate"),
    (r"\bsupine\b", "sue pine"),
    (r"\bFoley\b", "folly"),
    (r"\bthermoplastic\b", "thermal plastic"),
    (r"\bVac-Lok\b", "back lock"),
    (r"\bmetastases\b", "metastasis"),
    (r"\bpatient's\b", "patients"),
    (r"\bcisplatin\b", "sis platin"),
    (r"\bileus\b", "ilium"),
    (r"\bdysphagia\b", "dysphasia"),
    (r"\bperineum\b", "peritoneum"),
    (r"\bapixaban\b", "a pics a ban"),
    (r"\bnodes\b", "notes"),
    (r"\bwell\b", "well period"),
)


def _case_like(src: str, dst: str) -> str:
    if src.isupper():
        return dst.upper()
    if src[:1].isupper():
        return dst[:1].upper() + dst[1:]
    return dst


def british(text: str) -> str:
    """Apply British spellings (safe for evidence: spans are taken after the transform)."""

    def sub(match: re.Match[str]) -> str:
        word = match.group(0)
        return _case_like(word, _BRIT[word.lower()])

    return re.sub(r"\b(" + "|".join(_BRIT) + r")\b", sub, text, flags=re.IGNORECASE)


def tech(text: str) -> str:
    """Apply technologist shorthand."""
    for pattern, repl in _TECH:
        text = re.sub(pattern, repl, text)
    return text


def voice_factory(rng: random.Random) -> Callable[[str], str]:
    """Return a plain-text transform that injects voice-recognition errors (never used on evidence)."""

    def voice(text: str) -> str:
        for pattern, repl in _VOICE:
            text = re.sub(pattern, lambda m, r=repl: r if rng.random() < 0.55 else m.group(0), text)
        return text

    return voice


def transforms(style: str, rng: random.Random) -> tuple[Callable[[str], str], Callable[[str], str]]:
    """Return (plain transform, evidence transform) for a style."""
    if style == "british":
        return british, british
    if style == "tech_short":
        return tech, tech
    if style == "voice":
        return voice_factory(rng), (lambda t: t)
    return (lambda t: t), (lambda t: t)


Section = tuple[str, str, list[tuple[str, str]]]


def _sentences(items: list[tuple[str, str]]) -> list[str]:
    return [text for _, text in items]


def render(w: Writer, sections: list[Section], style: str, rng: random.Random) -> None:
    """Render sections into the writer with the style's layout."""
    variant = rng.randrange(3)
    for index, (key, title, items) in enumerate(sections):
        first = index == 0
        if key == "header":
            for _, text in items:
                w.put(text)
                w.raw("\n")
            w.raw("\n" if style not in ("tech_short", "flowsheet") else "")
            continue
        if style in ("resident_attestation", "long_buried"):
            heading = title.upper() + ":" if variant != 1 else title + ":"
            w.raw(heading + ("\n" if variant != 2 else " "))
            _join(w, _sentences(items), " ")
            w.raw("\n\n")
        elif style == "british":
            if variant == 0:
                w.raw(title + "\n" + "-" * len(title) + "\n")
            else:
                w.raw(title + ": ")
            _join(w, _sentences(items), " ")
            w.raw("\n\n")
        elif style == "voice":
            w.raw(title.upper() + ": ")
            _join(w, _sentences(items), " ")
            w.raw(" New paragraph.\n" if rng.random() < 0.3 else "\n")
        elif style == "tech_short":
            for field, text in items:
                if field and rng.random() < 0.5:
                    w.raw(field.lower() + " - ")
                w.put(text)
                w.raw("\n")
        elif style == "flowsheet":
            if first or rng.random() < 0.15:
                w.raw("Row Name | Value\n")
            w.raw(f"-- {title} --\n")
            for field, text in items:
                w.raw(f"{field or title} | ")
                w.put(text)
                w.raw("\n")
        elif style == "smartphrase":
            w.raw(title.upper() + ":\n")
            for field, text in items:
                if field:
                    w.raw(field + ": ")
                w.put(text)
                w.raw("\n")
            w.raw("\n")
        elif style == "outline":
            bullet = ("•", "-", "*")[variant]
            sub = ("◦", "--", "+")[variant]
            w.raw(f"{bullet} {title}\n")
            for field, text in items:
                w.raw(f"    {sub} ")
                if field:
                    w.raw(field + ": ")
                w.put(text)
                w.raw("\n")
        elif style == "problem_list":
            number = sum(1 for k, _, _ in sections[:index] if k != "header") + 1
            marker = (f"#{number}.", f"{number})", f"Problem {number}:")[variant]
            w.raw(f"{marker} {title}\n")
            for _, text in items:
                w.raw("   - ")
                w.put(text)
                w.raw("\n")
        else:
            raise ValueError(style)


def _join(w: Writer, parts: list[str], sep: str) -> None:
    for i, part in enumerate(parts):
        if i:
            w.raw(sep)
        w.put(part)
