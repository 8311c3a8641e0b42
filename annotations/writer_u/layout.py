"""Layouts: how a note's sections are laid out in each of writer U's styles."""

from __future__ import annotations

import random

from writer_u.evidence import Fact

Section = tuple[str, str, list[Fact]]
ROWISH = ("pipe_rows", "tab_rows", "caps_rows", "qa_rows")
LISTISH = ("bullets", "terse")


def plain(sentence: str, key: str = "Comment") -> Fact:
    """Return a fact that is only a sentence (no form meaning)."""
    return Fact(key, f"{key}?", sentence, sentence, kind="plain")


def _row(style: str, fact: Fact, rng: random.Random, sep: str) -> str:
    answer = fact.answer.replace("\n", "; ")
    if style == "qa_rows":
        return f"{fact.key if fact.kind == 'plain' else fact.question} {sep} {answer}"
    if style == "tab_rows":
        return f"{fact.key}\t{answer}"
    return f"{fact.key} {sep} {answer}"


def layout(style: str, head: list[str], sections: list[Section], foot: list[str], rng: random.Random) -> str:
    """Return the note markup for a style from header lines, sections and footer lines."""
    out: list[str] = ["\n".join(head)]
    if style in ROWISH:
        sep = {"qa_rows": rng.choice(["->", "=>", ":"]), "tab_rows": "\t"}.get(style, rng.choice(["|", "|", "||"]))
        banner = rng.choice(["== {} ==", "[{}]", "--- {} ---", "{}", "## {}"])
        header_row = rng.random() < 0.5 and style != "qa_rows"
        for _, title, facts in sections:
            if not facts:
                continue
            lines = [banner.format(title.upper() if rng.random() < 0.5 else title)]
            if header_row:
                lines.append("Item\tResponse" if style == "tab_rows" else f"Item {sep} Response")
            lines += [_row(style, f, rng, sep) for f in facts]
            out.append("\n".join(lines))
    elif style in LISTISH:
        bullet = rng.choice(["- ", "* ", "\u2022 ", "o ", "> "]) if style == "bullets" else rng.choice(["", "- ", ". "])
        colon = rng.choice([":", "", " -"])
        joiner = rng.choice(["\n", "\n"]) if style == "bullets" else rng.choice(["\n", "; "])
        for _, title, facts in sections:
            if not facts:
                continue
            items = [f.frag() if f.kind not in ("plain", "trap", "rationale") else f.sentence for f in facts]
            if style == "terse" and joiner == "; ":
                out.append(f"{title}{colon} " + "; ".join(i.rstrip(".") for i in items))
            else:
                out.append(f"{title}{colon}\n" + "\n".join(bullet + i for i in items))
    else:
        inline = rng.random() < 0.5
        for _, title, facts in sections:
            if not facts:
                continue
            body = " ".join(f.sentence for f in facts)
            out.append(f"{title}: {body}" if inline else f"{title}:\n{body}")
    if foot:
        out.append("\n".join(foot))
    gap = rng.choice(["\n\n", "\n\n", "\n"])
    return gap.join(part for part in out if part)
