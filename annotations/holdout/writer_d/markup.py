"""Inline evidence markup → plain text plus exact character spans.

Markup: ``<<K:value|surface>>`` where K is one of R (RATIONALE), C (AREA_COUNT), S (TREATMENT_SITE),
F (FEATURE), M (MODALITY). Everything outside the markup is plain text. Plain and evidence segments are
transformed separately (a style may rewrite plain text freely but evidence only safely), and offsets are
taken after the transform, so spans are exact by construction.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

LABELS = {"R": "RATIONALE", "C": "AREA_COUNT", "S": "TREATMENT_SITE", "F": "FEATURE", "M": "MODALITY"}
_MARK = re.compile(r"<<([RCSFM]):([^|<>]+)\|([^<>]+?)>>")

Transform = Callable[[str], str]


def _identity(text: str) -> str:
    return text


@dataclass(frozen=True)
class Segment:
    """One piece of a marked-up string: plain text, or an evidence surface with its label and value."""

    text: str
    label: str | None = None
    value: str | None = None


def parse(marked: str) -> list[Segment]:
    """Split a marked-up string into plain and evidence segments (in order)."""
    out: list[Segment] = []
    pos = 0
    for match in _MARK.finditer(marked):
        if match.start() > pos:
            out.append(Segment(marked[pos : match.start()]))
        code, value, surface = match.groups()
        if surface != surface.strip():
            raise ValueError("evidence surface must not start or end with whitespace")
        out.append(Segment(surface, LABELS[code], value))
        pos = match.end()
    if pos < len(marked):
        out.append(Segment(marked[pos:]))
    for seg in out:
        if seg.label is None and ("<<" in seg.text or ">>" in seg.text):
            raise ValueError("unbalanced evidence markup")
    return out


def strip(marked: str) -> str:
    """Return the surface text of a marked-up string with the markup removed."""
    return "".join(seg.text for seg in parse(marked))


def has_evidence(marked: str) -> bool:
    """Whether a marked-up string carries any evidence markup."""
    return bool(_MARK.search(marked))


@dataclass
class Writer:
    """Accumulates note text and the spans of its evidence segments.

    Attributes:
        plain: Transform applied to plain segments (may be lossy or noisy).
        evidence: Transform applied to evidence surfaces (must keep the evidence meaningful).
    """

    plain: Transform = _identity
    evidence: Transform = _identity
    chunks: list[str] = field(default_factory=list)
    spans: list[dict[str, object]] = field(default_factory=list)
    length: int = 0

    def raw(self, text: str) -> None:
        """Append layout text (no transform, no markup)."""
        if "<<" in text:
            raise ValueError("layout text must not carry markup")
        self.chunks.append(text)
        self.length += len(text)

    def put(self, marked: str) -> None:
        """Append a marked-up string, transforming each segment and recording evidence spans."""
        for seg in parse(marked):
            if seg.label is None:
                self.raw(self.plain(seg.text))
                continue
            surface = self.evidence(seg.text)
            if not surface or surface != surface.strip():
                raise ValueError("transformed evidence surface is empty or padded")
            start = self.length
            self.chunks.append(surface)
            self.length += len(surface)
            self.spans.append({"start": start, "end": self.length, "label": seg.label, "value": seg.value})

    def text(self) -> str:
        """Return the note text assembled so far."""
        return "".join(self.chunks)
