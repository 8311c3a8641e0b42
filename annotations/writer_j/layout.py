"""Styles: how sections are laid out and how plain (non-evidence) text is transformed."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from .filler import DRAGON_NOISE
from .markup import map_segments
from .plan import Plan

Section = tuple[str, str, list[str]]

HOMOPHONES = (
    ("their", "there"),
    ("weight", "wait"),
    ("course", "coarse"),
    ("here", "hear"),
    ("seen", "scene"),
    ("site", "sight"),
    ("been", "bean"),
    ("week", "weak"),
    ("whole", "hole"),
    ("plain", "plane"),
    ("discussed", "discussing"),
    ("review", "revue"),
    ("patients", "patience"),
)
TERSE = (
    (r"\bwithout\b", "w/o"),
    (r"\bwith\b", "w/"),
    (r"\bpatient\b", "pt"),
    (r"\bPatient\b", "Pt"),
    (r"\bstatus post\b", "s/p"),
    (r"\bsupraclavicular\b", "SCV"),
    (r"\btreatment\b", "tx"),
    (r"\bhistory\b", "hx"),
    (r"\bsimulation\b", "sim"),
    (r"\bSimulation\b", "Sim"),
    (r"\bbilateral\b", "b/l"),
    (r"\bdiagnosis\b", "dx"),
    (r"\bapproximately\b", "~"),
    (r"\breschedule\b", "resched"),
    (r"\bfollow-up\b", "f/u"),
    (r"\bweeks\b", "wks"),
    (r"\bprescription\b", "Rx"),
    (r"\bimmobilization\b", "immob"),
    (r"\bradiation\b", "RT"),
    (r"\bposterior axillary boost\b", "PAB"),
)


TERSE_HEADS: dict[str, tuple[str, ...]] = {
    "dx": ("Dx", "DX", "Dx/stage"),
    "indication": ("Ind", "Indication", "Why"),
    "simulation": ("Sim", "SIM", "Sim today"),
    "procedure": ("Proc", "CT sim", "Procedure"),
    "necessity": ("Med nec", "Complexity", "Reason"),
    "plan": ("Plan", "P", "Next"),
    "charges": ("Chg", "Charges"),
    "addendum": ("ADDENDUM", "Addm"),
    "prior": ("Prior course", "Old sim"),
    "template": ("Checklist", "Fields"),
    "history": ("Imaging hx", "Prior imaging", "Workup"),
    "signature": ("Sig", "Signed"),
    "consent": ("Consent",),
    "marks": ("Marks",),
    "order": ("Order", "Orders"),
    "planning": ("Tx planning", "Planning"),
    "resim_reason": ("Re-sim reason", "Why re-sim"),
    "complications": ("Comp", "Complications"),
    "assessment": ("A/P", "Assessment"),
    "hpi": ("HPI", "Hx"),
    "exam": ("PE", "Exam"),
    "course": ("Course", "Tx course"),
    "toxicity": ("Tox", "Toxicity"),
    "education": ("Edu", "Teaching"),
    "appointment": ("Appt", "Sched"),
    "arrival": ("Arrival", "In"),
    "setup": ("Setup", "Pos"),
    "scan": ("Scan",),
    "areas": ("Areas", "Sites"),
    "event": ("Event", "Status"),
    "intent": ("Planned", "Intent"),
    "attestation": ("Attest",),
}


def dragon(rng: random.Random) -> Callable[[str], str]:
    """Speech-recognition damage for plain text (never touches negation words)."""

    def apply(text: str) -> str:
        for right, wrong in HOMOPHONES:
            text = re.sub(rf"\b{right}\b", lambda m, w=wrong: w if rng.random() < 0.35 else m.group(0), text)
        text = re.sub(r"\. (?=[A-Z])", lambda m: " period. " if rng.random() < 0.12 else m.group(0), text)
        text = re.sub(r", ", lambda m: " comma " if rng.random() < 0.06 else m.group(0), text)
        text = re.sub(
            r"\. ([A-Z])([a-z])",
            lambda m: f" and {m.group(1).lower()}{m.group(2)}" if rng.random() < 0.12 else m.group(0),
            text,
        )
        return text

    return apply


def terse(rng: random.Random) -> Callable[[str], str]:
    """Abbreviations for plain text."""

    def apply(text: str) -> str:
        for pattern, repl in TERSE:
            text = re.sub(pattern, lambda m, r=repl: r if rng.random() < 0.85 else m.group(0), text)
        text = re.sub(r"\band\b", lambda m: "&" if rng.random() < 0.3 else m.group(0), text)
        return text

    return apply


def _identity(text: str) -> str:
    return text


def _caps_title(title: str) -> str:
    return title.upper()


def _bullet(rng: random.Random) -> Callable[[int], str]:
    kind = rng.choice(("-", "*", "•", "num", "num)"))
    if kind == "num":
        return lambda i: f"{i}. "
    if kind == "num)":
        return lambda i: f"{i}) "
    return lambda i: f"{kind} "


def _times(rng: random.Random, count: int) -> list[str]:
    minute = rng.randint(7 * 60, 15 * 60)
    out = []
    for _ in range(count):
        out.append(f"{minute // 60:02d}{rng.choice((':', ''))}{minute % 60:02d}")
        minute += rng.randint(1, 9)
    return out


def layout(plan: Plan, sections: list[Section], rng: random.Random) -> tuple[str, list[str]]:
    """Lay the sections out in the plan's style; return markup and the section keys present."""
    style = plan.style
    sections = [s for s in sections if s[2]]
    keys = [s[0] for s in sections]
    parts: list[str] = []
    if style == "dictation":
        head = rng.choice(
            ("This is Dr. {p} dictating", "Dr. {p} dictating for", "Dictation by Dr. {p},", "{p} dictating a note on")
        )
        parts.append(head.format(p=plan.physician) + f" patient [redacted], MRN XXXXX, date of service {plan.date}.")
        for key, title, body in sections:
            spoken = rng.choice(("{t} colon", "{t}:", "{t}, colon,", "next heading {t}"))
            text = " ".join(body)
            if rng.random() < 0.3 and key not in ("signature",):
                text += " " + rng.choice(DRAGON_NOISE).capitalize() + "."
            parts.append(spoken.format(t=title.lower() if rng.random() < 0.5 else title.upper()) + " " + text)
        parts.append(
            rng.choice(("Dictated but not read.", "End of dictation.", "Dictated, not proofread."))
            + f" D: {plan.date} T: {plan.date} Job XXXXX"
        )
        markup = "\n\n".join(parts)
        markup = map_segments(markup, dragon(rng), _identity)
        return markup, keys
    if style == "therapist":
        if plan.note_type == "therapist_log":
            head = rng.choice(
                ("RTT SIM LOG", "Therapist simulation log", "SIM LOG (RTT)", "Sim room log", "Sim suite - RTT entry")
            )
        else:
            head = rng.choice(("Front desk log", "Scheduling log", "Call log"))
        parts.append(f"{head} - {plan.centre} - {plan.date}")
        keys = [k for k in keys if k != "signature"]
        total = sum(len(b) for _, _, b in sections)
        times = iter(_times(rng, total))
        for key, title, body in sections:
            if key == "signature":
                continue
            if rng.random() < 0.5:
                parts.append(f"[{title}]")
            for sentence in body:
                parts.append(f"{next(times)} {sentence}")
        parts.append(
            f"-- {plan.staff}, R.T.(T)"
            + rng.choice(("", ", CMD cc'd", " / 2nd RTT: " + rng.choice(("J.K.", "M.S.", "A.P."))))
        )
        markup = "\n".join(parts)
        if rng.random() < 0.5:
            markup = map_segments(markup, terse(rng), _identity)
        return markup, keys
    if style == "caps":
        parts.append(
            rng.choice(
                ("MOSAIQ DOCUMENT EXPORT", "*** MOSAIQ eCHART ***", "MOSAIQ (R) QCL DOCUMENT", "ELEKTA MOSAIQ - NOTE")
            )
        )
        parts.append(f"PATIENT: [REDACTED]   MRN: XXXXX   LOC: {plan.centre}   DOS: {plan.date}")
        for _key, title, body in sections:
            sep = rng.choice(("\n", " ", "\n  "))
            parts.append(f"{_caps_title(title)}:{sep}" + " ".join(body))
        parts.append(rng.choice(("E-SIGNED", "APPROVED", "SIGNED")) + f" BY: {plan.physician.upper()}, MD  {plan.date}")
        markup = "\n".join(parts)
        return map_segments(markup, str.upper, str.upper), keys
    if style == "bullets":
        bullet = _bullet(rng)
        for _key, title, body in sections:
            head = rng.choice(("{t}:", "## {t}", "{T}", "**{t}**"))
            lines = [head.format(t=title, T=title.upper())]
            for i, sentence in enumerate(body, 1):
                lines.append(bullet(i) + sentence)
            parts.append("\n".join(lines))
        return "\n\n".join(parts), keys
    if style == "terse":
        joiner = rng.choice(("; ", ". ", " / "))
        for key, title, body in sections:
            short = rng.choice(TERSE_HEADS.get(key, (title,)))
            parts.append(f"{short}: " + joiner.join(s.rstrip(".") for s in body) + ".")
        markup = rng.choice(("\n", "\n\n")).join(parts)
        return map_segments(markup, terse(rng), _identity), keys
    if style == "scribe":
        parts.append(
            rng.choice(
                (
                    "Scribed by {s}, CMS, for Dr. {p}.",
                    "Medical scribe: {s} (for {p}, MD)",
                    "Documentation by scribe {s} in the presence of Dr. {p}.",
                )
            ).format(s=plan.staff, p=plan.physician)
        )
        for key, title, body in sections:
            if key in ("simulation", "procedure", "necessity", "indication", "description") and rng.random() < 0.4:
                parts.append(f"{title}:\n" + "\n".join(body))
            else:
                parts.append(f"{title}: " + " ".join(body))
        return "\n".join(parts), keys
    # long and default prose
    for _key, title, body in sections:
        head = rng.choice(("{t}:", "{T}", "{t}"))
        parts.append(head.format(t=title, T=title.upper()) + "\n" + " ".join(body))
    return "\n\n".join(parts), keys
