"""Inline evidence markup: ``⟦L:value|text⟧`` → plain text plus exact character spans.

Codes: R rationale, A area count, S treatment site, F feature, M modality. Style transforms are applied
to the markup (plain segments and evidence text separately) before rendering, so spans stay exact.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

CODES = {"R": "RATIONALE", "A": "AREA_COUNT", "S": "TREATMENT_SITE", "F": "FEATURE", "M": "MODALITY"}
_MARK = re.compile(r"⟦([RASFM]):([^|⟧]+)\|([^⟧]+)⟧")


def mark(code: str, value: str, text: str) -> str:
    """Return one evidence mark."""
    return f"⟦{code}:{value}|{text}⟧"


@dataclass
class Rendered:
    """Rendered note text and its spans."""

    text: str
    spans: list[dict[str, object]] = field(default_factory=list)


def map_segments(markup: str, plain: Callable[[str], str], evidence: Callable[[str], str]) -> str:
    """Apply ``plain`` to text outside marks and ``evidence`` to the text inside marks."""
    out: list[str] = []
    pos = 0
    for m in _MARK.finditer(markup):
        out.append(plain(markup[pos : m.start()]))
        out.append(f"⟦{m.group(1)}:{m.group(2)}|{evidence(m.group(3))}⟧")
        pos = m.end()
    out.append(plain(markup[pos:]))
    return "".join(out)


def render(markup: str) -> Rendered:
    """Strip marks and record their spans."""
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(markup):
        before = markup[pos : m.start()]
        out.append(before)
        length += len(before)
        text = m.group(3)
        stripped = text.strip()
        lead = len(text) - len(text.lstrip())
        spans.append(
            {
                "start": length + lead,
                "end": length + lead + len(stripped),
                "label": CODES[m.group(1)],
                "value": m.group(2),
            }
        )
        out.append(text)
        length += len(text)
        pos = m.end()
    out.append(markup[pos:])
    text = "".join(out)
    if "⟦" in text or "⟧" in text:
        raise ValueError("unbalanced evidence markup")
    return Rendered(text=text, spans=spans)


def site_keys(value: str) -> list[str]:
    """The validator's bilateral rule: ``bilateral X`` is left X and right X."""
    if value.startswith("bilateral "):
        rest = value.removeprefix("bilateral ")
        return [f"left {rest}", f"right {rest}"]
    return [value]


def span_elements(rendered: Rendered) -> tuple[bool, int | None, set[str], set[str]]:
    """Read the four elements back from the spans (rationale, areas, features, modalities)."""
    spans = sorted(rendered.spans, key=lambda s: (int(s["start"]), int(s["end"])))  # type: ignore[call-overload]
    rationale = any(s["label"] == "RATIONALE" for s in spans)
    counts = [str(s["value"]) for s in spans if s["label"] == "AREA_COUNT"]
    sites = [str(s["value"]) for s in spans if s["label"] == "TREATMENT_SITE"]
    areas: int | None = None
    if counts:
        areas = int(counts[-1])
    elif sites:
        areas = len({k for v in sites for k in site_keys(v)})
    features = {str(s["value"]) for s in spans if s["label"] == "FEATURE"}
    modalities = {str(s["value"]) for s in spans if s["label"] == "MODALITY"}
    return rationale, areas, features, modalities
