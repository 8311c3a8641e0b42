"""A note under construction: ordered (key, markup) sections, headings, vendor flags."""
# ruff: noqa: D101, D102, D103

from __future__ import annotations

import re

from .context import Ctx
from .markup import has_tokens

NEGATORS = {"no", "not", "nil", "without", "negative", "none", "denies", "never", "n/a", "absent", "non"}


class Doc:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.sections: list[tuple[str, str]] = []

    def add(self, key: str, markup: str) -> None:
        if markup and markup.strip():
            self.sections.append((key, markup.strip("\n")))

    def section_keys(self) -> list[str]:
        return [k for k, _ in self.sections]

    def markup(self, sep: str = "\n\n") -> str:
        return sep.join(m for _, m in self.sections) + "\n"


def heading(ctx: Ctx, names: list[str], style: str | None = None) -> str:
    """Pick a heading and format it the way this vendor/style writes headings."""
    name = ctx.pick(names)
    style = style or ctx.p.style
    if style in ("vendor_prose", "vendor_flagged", "long_dictation", "caps_vendor"):
        return ctx.pick([name.upper() + ":", name.upper() + ":", name + ":", name.upper() + " -"])
    if style in ("remote_structured",):
        return ctx.pick([name + ":", "## " + name, name.upper() + ":"])
    return name + ":"


def para(ctx: Ctx, key_heading: list[str], body: str, inline: bool | None = None) -> str:
    if not body or not body.strip():
        return ""
    h = heading(ctx, key_heading)
    if inline is None:
        inline = ctx.chance(0.6)
    if h.startswith("## "):
        inline = False
    return f"{h} {body}" if inline else f"{h}\n{body}"


_WORDS = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")


def vflag(ctx: Ctx, text: str, p: float = 0.45) -> str:
    """Vendor transcription flags in filler only: '[?]' after a word, '__ (inaudible)' for a word, '[blank]'."""
    if ctx.p.style != "vendor_flagged" or has_tokens(text) or not ctx.chance(p):
        return text
    words = [m for m in _WORDS.finditer(text) if m.group(0).lower() not in NEGATORS]
    if len(words) < 4:
        return text
    m = words[ctx.r.randrange(1, len(words))]
    prev = text[max(0, m.start() - 12) : m.start()].lower()
    if any(n in prev.split() for n in NEGATORS):
        return text
    kind = ctx.pick(["q", "q", "inaud", "blank"])
    if kind == "q":
        return text[: m.end()] + " [?]" + text[m.end() :]
    if kind == "inaud":
        return text[: m.start()] + "__ (inaudible)" + text[m.end() :]
    return text[: m.start()] + "[blank]" + text[m.end() :]
