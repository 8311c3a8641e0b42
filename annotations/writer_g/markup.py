"""Evidence markup for writer G and the layout of sections into one note.

Evidence that counts is written inline as ``«K|value|words»`` where ``K`` is one of R (RATIONALE),
N (AREA_COUNT), S (TREATMENT_SITE), F (FEATURE) or M (MODALITY). Everything else is plain text and is
never spanned. :func:`assemble` removes the marks and records exact character offsets.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

KINDS = {"R": "RATIONALE", "N": "AREA_COUNT", "S": "TREATMENT_SITE", "F": "FEATURE", "M": "MODALITY"}
_MARK = re.compile(r"«([RNSFM])\|([^|«»]+)\|([^«»]+?)»")


def mark(kind: str, value: object, words: str) -> str:
    """Wrap words as counting evidence of the given kind."""
    if kind not in KINDS:
        raise ValueError(kind)
    if "«" in words or "»" in words or "|" in words:
        raise ValueError("evidence words may not contain markup characters")
    return f"«{kind}|{value}|{words}»"


def plain(markup: str) -> str:
    """Drop evidence marks, keeping the words (for text that must not count)."""
    return _MARK.sub(lambda m: m.group(3), markup)


def cap(markup: str) -> str:
    """Upper-case the first visible character of a markup string."""
    m = _MARK.match(markup)
    if m:
        i = m.start(3)
        return markup[:i] + markup[i].upper() + markup[i + 1 :]
    return markup[:1].upper() + markup[1:]


@dataclass
class Section:
    """One part of a note: a skeleton key, a heading and markup lines."""

    key: str
    title: str
    lines: list[str] = field(default_factory=list)
    raw: bool = False  # lines laid out exactly as written (tick grids, letterheads)


_ABBREV = (
    (r"\bpatient\b", "pt"),
    (r"\bPatient\b", "Pt"),
    (r"\bwith\b", "c/"),
    (r"\bwithout\b", "s/"),
    (r"\bradiotherapy\b", "RT"),
    (r"\bRadiotherapy\b", "RT"),
    (r"\btreatment\b", "Rx"),
    (r"\bprescription\b", "Rx"),
    (r"\bsupraclavicular fossa\b", "SCF"),
    (r"\bimmobilisation\b", "immob"),
    (r"\bposition\b", "posn"),
    (r"\bleft\b", "Lt"),
    (r"\bright\b", "Rt"),
    (r"\bhistory\b", "Hx"),
    (r"\bdiagnosis\b", "Dx"),
    (r"\bconsultant\b", "cons"),
    (r"\bregistrar\b", "reg"),
    (r"\bfractions\b", "#"),
    (r"\band\b", "&"),
    (r"\bthe\s", ""),
    (r"\bwas\s", ""),
)


def abbreviate(text: str, rng: random.Random) -> str:
    """Clip plain words the way a hurried radiographer writes (never applied inside evidence)."""
    for pattern, repl in _ABBREV:
        if rng.random() < 0.75:
            text = re.sub(pattern, repl, text)
    return text


def _labelled(line: str) -> bool:
    """Whether a line already starts with its own "Label: " (outside any evidence)."""
    i = line.find(": ")
    j = line.find("«")
    return 0 < i < 40 and (j < 0 or i < j)


def _end(line: str) -> str:
    bare = plain(line).rstrip()
    return line if bare.endswith((".", ":", "?", "!", ")")) or not bare else line.rstrip() + "."


def layout(sections: list[Section], style: str, rng: random.Random) -> str:
    """Lay sections out in one of writer G's styles and return one markup string."""
    out: list[str] = []
    rule = rng.choice(["=", "-", "~", "_"])
    bullet = rng.choice(["- ", "• ", "* ", "– ", ""])
    for sec in sections:
        lines = [ln.strip() for ln in sec.lines if ln and ln.strip()]
        if not lines:
            continue
        if sec.raw:
            out.append("\n".join(lines))
            continue
        title = sec.title
        if style == "letter_prose":
            body = " ".join(_end(ln) for ln in lines)
            out.append(f"{title}\n{body}" if title and sec.key in ("addendum", "copied", "order") else body)
        elif style == "dictated":
            body = ""
            for i, ln in enumerate(lines):
                piece = _end(ln)
                if i and rng.random() < 0.25 and not piece.startswith("«"):
                    body = body.rstrip(".") + rng.choice([", and ", "; ", " and then ", ", "]) + piece[:1].lower() + piece[1:]
                else:
                    body += (" " if body else "") + piece
            lead = f"{title.upper()}: " if title and (sec.key in ("addendum", "order", "copied") or rng.random() < 0.4) else ""
            out.append(lead + body)
        elif style == "headed_record":
            head = title.upper() if rng.random() < 0.5 else title
            body = "\n".join(bullet + ln for ln in lines)
            out.append(f"{head}\n{body}" if title else body)
        elif style in ("field_list", "terse") and len(lines) == 1 and _labelled(lines[0]):
            out.append(lines[0])
        elif style == "field_list":
            if title and len(lines) == 1:
                out.append(f"{title}: {lines[0]}")
            else:
                body = "\n".join("  " + ln for ln in lines)
                out.append(f"{title}:\n{body}" if title else body)
        elif style == "tickbox_form":
            head = f"{rule * 3} {title.upper()} {rule * 3}" if title else ""
            body = "\n".join(lines)
            out.append(f"{head}\n{body}" if head else body)
        elif style == "table_grid":
            rows = []
            for ln in lines:
                bare = plain(ln)
                if ": " in bare and ln.index(": ") < (ln.find("«") if "«" in ln else len(ln)):
                    k, v = ln.split(": ", 1)
                    rows.append(f"| {k:<24} | {v} |")
                else:
                    rows.append(f"| {'':<24} | {ln} |")
            head = f"| {title.upper():<24} | {'':<8} |" if title else ""
            sep = "+" + "-" * 26 + "+" + "-" * 40 + "+"
            out.append("\n".join([sep, head, sep, *rows]) if head else "\n".join(rows))
        elif style == "terse":
            glue = rng.choice(["; ", ". ", " / ", ", "])
            body = glue.join(ln.rstrip(".") for ln in lines)
            out.append(f"{title}: {body}" if title else body)
        else:
            raise ValueError(style)
    gap = "\n" if style in ("terse", "table_grid") else rng.choice(["\n\n", "\n\n", "\n"])
    return gap.join(out).rstrip() + "\n"


@dataclass
class Built:
    """Finished note text and its exact spans."""

    text: str
    spans: list[dict[str, object]]


def assemble(markup: str, short: bool, rng: random.Random) -> Built:
    """Remove evidence marks, optionally abbreviate plain text, and record exact spans."""
    pieces: list[tuple[str, str | None, str | None]] = []
    pos = 0
    for m in _MARK.finditer(markup):
        if m.start() > pos:
            pieces.append((markup[pos : m.start()], None, None))
        pieces.append((m.group(3), KINDS[m.group(1)], m.group(2)))
        pos = m.end()
    pieces.append((markup[pos:], None, None))
    text_parts: list[str] = []
    spans: list[dict[str, object]] = []
    offset = 0
    for words, label, value in pieces:
        if "«" in words or "»" in words:
            raise ValueError("unparsed evidence markup")
        if label is None:
            if short:
                words = abbreviate(words, rng)
        else:
            core = words.strip()
            if not core:
                raise ValueError("empty evidence")
            lead = len(words) - len(words.lstrip())
            spans.append({"start": offset + lead, "end": offset + lead + len(core), "label": label, "value": value})
        text_parts.append(words)
        offset += len(words)
    return Built("".join(text_parts), spans)
