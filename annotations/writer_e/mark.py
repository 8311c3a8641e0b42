"""Writer E's evidence markup, section rendering and document damage.

Counting evidence is written inline as ``⟪K|value|text⟫`` (K is one of R, A, S, F, M for RATIONALE,
AREA_COUNT, TREATMENT_SITE, FEATURE, MODALITY). Everything outside the marks is "plain" text and may be
damaged (OCR errors, RTF/HTML residue, hyphenation) because damage is applied piece by piece before the
offsets are counted. Wrapping lines replaces a space by a newline, which keeps every offset unchanged,
and never touches a span.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

LABEL = {"R": "RATIONALE", "A": "AREA_COUNT", "S": "TREATMENT_SITE", "F": "FEATURE", "M": "MODALITY"}
_MARK = re.compile(r"⟪([RASFM])\|([^|⟪⟫]+)\|([^⟪⟫]+?)⟫")


def ev(kind: str, value: object, text: str) -> str:
    """Mark ``text`` as counting evidence of the given kind and value."""
    if "⟪" in text or "⟫" in text:
        raise ValueError("nested evidence mark")
    return f"⟪{kind}|{value}|{text}⟫"


def plain(markup: str) -> str:
    """Drop the evidence marks (used when a phrase is reused where it must not count)."""
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
    """One part of a note: a skeleton key, an optional heading and markup lines."""

    key: str
    title: str = ""
    lines: list[str] = field(default_factory=list)
    raw: bool = False  # written exactly as given (banners, tables, checklists)
    skeleton: bool = True  # counted in meta.skeleton


# ----------------------------------------------------------------------------- layout

_HEADS = (
    lambda t: f"{t.upper()}:",
    lambda t: f"{t}:",
    lambda t: f"== {t} ==",
    lambda t: f"{t.upper()}",
    lambda t: f"{t} -",
    lambda t: f"#{t}",
    lambda t: f"<< {t} >>",
)

_FILLERS_SPOKEN = (" ", " ", " ", " ", " ", " ", " ", " ", " uh ", " ", " -- ", " ", " ", " new paragraph ", " ", " ")


def _end(line: str) -> str:
    s = plain(line).rstrip()
    return line.rstrip() if s.endswith((".", ":", "?", "!", ")")) else line.rstrip() + "."


def layout(sections: list[Section], style: str, rng: random.Random) -> str:
    """Lay out sections as one markup text in the given style."""
    head = rng.choice(_HEADS)
    bullet = rng.choice(["", "- ", "* ", "", "> ", "• "])
    out: list[str] = []
    for sec in sections:
        lines = [ln.strip() for ln in sec.lines if ln and ln.strip()]
        if not lines:
            continue
        if sec.raw:
            out.append("\n".join(lines))
            continue
        title = sec.title
        if title and plain(lines[0]).lower().startswith(title.lower()[:5]):
            title = ""
        if style == "rtf_residue" and title:
            title = rng.choice([f"<b>{title}</b>", f"{{\\b {title}}}", f"<u>{title}</u>:", f"<strong>{title}:</strong>"])
            heading = title
        else:
            heading = head(title) if title else ""
        if style in ("dictation", "plain_prose"):
            body = ""
            for i, ln in enumerate(lines):
                sent = _end(ln)
                if style == "dictation" and i and rng.random() < 0.35 and not sent.startswith("⟪"):
                    body = body.rstrip(".") + rng.choice([", and ", " and then ", ", ", " so ", "; "]) + sent[:1].lower() + sent[1:]
                else:
                    body += (rng.choice(_FILLERS_SPOKEN) if style == "dictation" and body else (" " if body else "")) + sent
            if title and (style == "plain_prose" or rng.random() < 0.5):
                out.append(f"{title.upper() if style == 'dictation' else title}: {body}")
            else:
                out.append(body)
        elif style == "tech_brief":
            glue = rng.choice(["; ", ". ", " / ", ", ", "\n"])
            body = glue.join(ln.rstrip(".") for ln in lines)
            out.append(f"{title}: {body}" if title else body)
        elif style in ("mosaiq_export", "aria_export"):
            pad = rng.choice([18, 22, 26])
            if len(lines) == 1 and title:
                out.append(f"{(title + ':').ljust(pad)}{lines[0]}")
            else:
                out.append((heading + "\n" if heading else "") + "\n".join("  " + ln for ln in lines))
        else:
            body = "\n".join(bullet + ln for ln in lines) if len(lines) > 1 else lines[0]
            if heading and len(lines) == 1 and rng.random() < 0.5:
                out.append(f"{title}: {lines[0]}")
            else:
                out.append(heading + "\n" + body if heading else body)
    gap = "\n" if style == "tech_brief" else rng.choice(["\n\n", "\n", "\n\n\n"])
    return gap.join(out) + "\n"


# ----------------------------------------------------------------------------- damage (plain text only)

_OCR = (("rn", "m"), ("m", "rn"), ("l", "1"), ("O", "0"), ("I", "l"), ("cl", "d"), ("e", "c"), ("h", "b"), ("0", "O"))


def ocr(text: str, rng: random.Random, rate: float) -> str:
    """Scanner damage: confusable letters, hyphenation across line breaks, dropped spaces."""
    words = re.split(r"(\s+)", text)
    out = []
    for w in words:
        if w.strip() and rng.random() < rate:
            a, b = rng.choice(_OCR)
            if a in w:
                i = w.find(a)
                w = w[:i] + b + w[i + len(a) :]
        if w.isalpha() and len(w) >= 9 and rng.random() < rate * 0.6:
            k = rng.randrange(3, len(w) - 3)
            w = w[:k] + "-\n" + w[k:]
        out.append(w)
    text = "".join(out)
    return re.sub(r"(?<=[a-z]) (?=[a-z])", lambda _m: "" if rng.random() < rate * 0.08 else " ", text)


def rtf(text: str, rng: random.Random) -> str:
    """Export residue: non-breaking-space entities, line-break tags, RTF paragraph marks."""
    text = re.sub(r"\n", lambda _m: rng.choice(["<br>\n", "\\par\n", "\n", "<br/>\n", "\\line "]), text)
    text = re.sub(r"(?<=\S) (?=\S)", lambda _m: "&nbsp;" if rng.random() < 0.04 else " ", text)
    return text.replace("&nbsp;&nbsp;", "&nbsp; ")


@dataclass
class Rendered:
    """A finished note: final text and exact spans."""

    text: str
    spans: list[dict[str, object]]


def assemble(markup: str, style: str, rng: random.Random, damage: float = 0.0) -> Rendered:
    """Cut markup into plain and evidence pieces, damage plain pieces for the style, count offsets."""
    pieces: list[tuple[str, str | None, str | None]] = []
    pos = 0
    for m in _MARK.finditer(markup):
        if m.start() > pos:
            pieces.append((markup[pos : m.start()], None, None))
        pieces.append((m.group(3), LABEL[m.group(1)], m.group(2)))
        pos = m.end()
    pieces.append((markup[pos:], None, None))
    out: list[str] = []
    spans: list[dict[str, object]] = []
    offset = 0
    for text, label, value in pieces:
        if "⟪" in text or "⟫" in text:
            raise ValueError("unparsed evidence mark")
        if label is None:
            if damage:
                text = ocr(text, rng, damage)
            if style == "rtf_residue":
                text = rtf(text, rng)
        else:
            core = text.strip()
            if not core:
                raise ValueError("empty evidence")
            lead = len(text) - len(text.lstrip())
            spans.append({"start": offset + lead, "end": offset + lead + len(core), "label": label, "value": value})
        out.append(text)
        offset += len(text)
    final = "".join(out)
    if damage:
        final = wrap(final, spans, rng)
    return Rendered(final, spans)


def wrap(text: str, spans: list[dict[str, object]], rng: random.Random) -> str:
    """Break long lines at spaces outside spans (a scanned page's hard line ends); offsets do not move."""
    inside = bytearray(len(text))
    for s in spans:
        for i in range(int(s["start"]), int(s["end"])):  # type: ignore[arg-type]
            inside[i] = 1
    width = rng.choice([58, 64, 70, 76])
    chars = list(text)
    col = 0
    for i, ch in enumerate(chars):
        if ch == "\n":
            col = 0
            continue
        col += 1
        if ch == " " and col >= width and not inside[i]:
            chars[i] = "\n"
            col = 0
    return "".join(chars)
