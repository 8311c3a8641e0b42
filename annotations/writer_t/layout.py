"""Sections and style layouts: prose, EHR template, bullets, ALL CAPS, terse, typos, long."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from .markup import Part, map_plain, parse, upper_all

HEADINGS: dict[str, tuple[str, ...]] = {
    "indication": ("Indication", "Reason for visit", "Dx", "Diagnosis / indication", "Indication for simulation"),
    "history": ("History", "Oncologic history", "HPI", "Interval history", "Background"),
    "anesthesia": ("Anesthesia record (excerpt)", "Sedation/anesthesia", "Anesthesia", "GA summary"),
    "childlife": ("Child Life", "Preparation", "Child Life preparation", "Coping plan"),
    "consent": ("Consent", "Family discussion", "Consent / parent discussion", "Guardian conversation"),
    "order": ("Order", "Simulation order", "Orders placed", "Order details (as placed)"),
    "procedure": ("Procedure", "Simulation", "Simulation details", "Description of procedure", "Sim", "Today"),
    "rationale": ("Medical necessity", "Complexity", "Rationale", "Justification"),
    "areas": ("Treatment areas", "Sites", "Targets", "Areas simulated"),
    "plan": ("Plan", "Next steps", "Disposition", "Follow-up"),
    "social": ("Social work", "Social history", "Psychosocial", "Family / social"),
    "exam": ("Exam", "Physical exam", "PE", "Examination"),
    "meds": ("Medications", "Current meds", "Meds"),
    "labs": ("Labs", "Laboratory"),
    "ros": ("ROS", "Review of systems"),
    "development": ("Development / school", "Developmental history", "School and development"),
    "course": ("Interval course", "Treatment course to date", "Timeline"),
    "nutrition": ("Nutrition", "Dietitian", "Feeding"),
    "chemo": ("Chemotherapy", "Systemic therapy", "Prior chemotherapy"),
    "endocrine": ("Endocrine / audiology", "Late-effects screening", "Subspecialty follow-up"),
    "psychology": ("Psychology", "Coping", "Psychosocial oncology"),
    "family_history": ("Family history", "Pedigree", "FHx"),
    "pain": ("Pain", "Symptoms", "Symptom review"),
    "therapies": ("Other services", "Supportive services", "Rehab and support"),
    "nursing": ("Nursing assessment", "RN note", "Nursing"),
    "narrative": ("History of present illness", "HPI (dictated)", "Story so far", "Narrative history"),
    "assessment": ("Assessment", "Impression", "A/P", "Assessment and plan"),
    "discussion": ("Discussion", "Summary of discussion", "Notes"),
    "call": ("Call summary", "Telephone encounter", "Phone note"),
    "letter": ("Letter",),
    "recommendation": ("Recommendations", "Board recommendation", "Consensus"),
    "template": ("Simulation template", "Sim worksheet", "Procedure template"),
    "abort": ("Outcome", "What happened", "Procedure status"),
    "findings": ("Findings", "Imaging reviewed", "Pertinent results"),
    "treatment": ("Treatment delivered", "Course summary", "Radiation course"),
    "status": ("Status", "Today's visit", "On-treatment check"),
}
TERSE_HEADS = {
    "history": "Hx",
    "indication": "Dx",
    "anesthesia": "GA",
    "procedure": "Sim",
    "plan": "P",
    "rationale": "Why",
    "consent": "Consent",
    "childlife": "CL",
    "social": "SW",
    "exam": "PE",
    "meds": "Meds",
    "assessment": "A/P",
}
ABBREV = (
    (r"\bpatient\b", "pt"),
    (r"\bPatient\b", "Pt"),
    (r"\bwithout\b", "w/o"),
    (r"\bwith\b", "w/"),
    (r"\bstatus post\b", "s/p"),
    (r"\bgeneral anesthesia\b", "GA"),
    (r"\bsimulation\b", "sim"),
    (r"\bhistory\b", "hx"),
    (r"\btreatment\b", "tx"),
    (r"\bradiation\b", "RT"),
    (r"\bdiagnosis\b", "dx"),
    (r"\byear-old\b", "yo"),
    (r"\band\b", "&"),
    (r"\bapproximately\b", "~"),
    (r"\bminutes\b", "min"),
    (r"\bmother\b", "mom"),
    (r"\bfather\b", "dad"),
    (r"\bbecause\b", "b/c"),
    (r"\bprocedure\b", "proc"),
    (r"\bcraniospinal\b", "CSI"),
    (r"\bperformed\b", "done"),
    (r"\bfollow-up\b", "f/u"),
)
PROTECT = {
    "without",
    "denies",
    "declined",
    "never",
    "cancelled",
    "aborted",
    "planned",
    "pending",
    "ordered",
    "copied",
    "prior",
    "previous",
    "addendum",
    "correction",
    "contrast",
    "possible",
    "consider",
    "future",
    "blank",
}


@dataclass
class Section:
    """One section of a note: key (for the skeleton), heading options and markup lines."""

    key: str
    lines: list[str]
    headings: tuple[str, ...] = ()
    block: bool = False
    fixed: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def _heading(section: Section, rng: random.Random) -> str:
    if section.fixed:
        return section.fixed
    options = section.headings or HEADINGS.get(section.key, (section.key.replace("_", " ").title(),))
    return rng.choice(list(options))


def _join(lines: list[str], sep: str) -> str:
    return sep.join(line for line in lines if line)


def layout(sections: list[Section], style: str, rng: random.Random) -> str:
    """Lay the sections out as one markup string in the given style."""
    out: list[str] = []
    base = style
    if style == "caps":
        base = rng.choice(("prose", "template"))
    if style == "long":
        base = rng.choice(("prose", "template", "bullets"))
    if style == "typos":
        base = rng.choice(("prose", "prose", "template"))
    bullet = rng.choice(("- ", "* ", "o ", "> "))
    head_form = rng.choice(("{h}:", "{H}:", "--- {h} ---", "[{h}]", "{H}"))
    for section in sections:
        if section.key == "header" or section.key == "signature":
            out.append(_join(section.lines, "\n"))
            continue
        heading = _heading(section, rng)
        if base == "terse":
            head = TERSE_HEADS.get(section.key, heading)
            sep = "\n" if section.block else rng.choice(("; ", ". ", " / "))
            text = _join([ln.rstrip(".") for ln in section.lines], sep)
            out.append(f"{head}: " + text + ("." if sep == ". " and not section.block else ""))
        elif base == "prose":
            text = _join(section.lines, "\n" if section.block else " ")
            if section.block or section.key in ("addendum", "order") or rng.random() < 0.55:
                out.append(
                    f"{heading.upper() if rng.random() < 0.5 else heading}: " + ("\n" if section.block else "") + text
                )
            else:
                out.append(text)
        elif base == "template":
            head = head_form.format(h=heading, H=heading.upper())
            out.append(head + "\n" + _join(section.lines, "\n"))
        else:
            head = head_form.format(h=heading, H=heading.upper())
            items = [ln if section.block and ln.startswith("  ") else bullet + ln.strip() for ln in section.lines]
            out.append(head + "\n" + _join(items, "\n"))
    return "\n\n".join(p for p in out if p.strip()) + "\n"


def _typo_word(word: str, rng: random.Random) -> str:
    if len(word) < 5 or not word.isalpha() or word.lower() in PROTECT:
        return word
    i = rng.randint(1, len(word) - 2)
    kind = rng.randint(0, 2)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == 1:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def _typos(text: str, rng: random.Random) -> str:
    def one(match: re.Match[str]) -> str:
        word = match.group(0)
        return _typo_word(word, rng) if rng.random() < 0.08 else word

    text = re.sub(r"[A-Za-z]+", one, text)
    text = re.sub(r"\. (?=[A-Z])", lambda m: ".  " if rng.random() < 0.3 else m.group(0), text)
    return re.sub(r",(?= )", lambda m: " ," if rng.random() < 0.15 else m.group(0), text)


def _terse(text: str) -> str:
    for pattern, repl in ABBREV:
        text = re.sub(pattern, repl, text)
    return text


def style_parts(markup: str, style: str, rng: random.Random) -> list[Part]:
    """Parse the laid-out markup and apply the style's text transforms."""
    parts = parse(markup)
    if style == "terse":
        parts = map_plain(parts, _terse)
    if style == "typos":
        parts = map_plain(parts, lambda t: _typos(t, rng))
    if style == "caps":
        parts = upper_all(parts)
    return parts
