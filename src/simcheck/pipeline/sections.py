"""``simcheck_sections``: splits a note into canonical sections and names its kind from its title.

A header is a line start ``Header:`` (known headers may carry inline text) or a known header alone
on its line. An unknown ``Header:`` standing alone opens the pack's default section (the fallback).
"""

import re
from bisect import bisect_right
from collections.abc import Iterable
from itertools import chain, islice
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from simcheck.pipeline.sentences import O_BULLET
from simcheck.pipeline.text import WRAPPED_LINE, doc_text
from simcheck.rules.schema import SectionPack, TitleRegion

_COLON_HEADER = re.compile(
    r"^[ \t]*(?:(?:[#*>\-•=+]+|\(\*\)|[oO](?=[ \t])|(?P<number>\d{1,2}[.)]))[ \t]*)?"
    r"(?P<header>[A-Za-z][A-Za-z0-9 /&'().,#-]{0,60}?)[ \t]*(?:::?|\.{2,})(?P<rest>[^\n]*)$",  # "DX::", "DX......." too
    re.MULTILINE,
)
_BARE_HEADER = re.compile(
    r"^[ \t]*(?P<open>[#*>\-•=\[]+[ \t]*)?(?P<header>[A-Za-z][A-Za-z /&'()-]{1,60}?)"
    r"(?:[ \t]*\((?=[^()\n]*[\d,])[^()\n]{1,60}\))?"  # "ADDENDUM (4/09/2026, ATTENDING)"
    r"(?:[ \t]+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]+(?=\d))?[\d/:.\- ]+"
    r"(?:,[ \t]*\d{4})?)?"  # "Sim completed 2/21/24", "... Sep 6, 2024"
    r"(?P<close>[ \t]*[=*#\]-]+)?[ \t]*:{0,2}[ \t]*$",
    re.MULTILINE,
)
#: "Treatment areas - tgt recurrence; L RPLN", "order details- CT sim": a known header may take a dash for its colon
_DASH_HEADER = re.compile(
    r"^[ \t]*(?:[#*>•=+]+[ \t]*)?(?P<header>[A-Za-z][A-Za-z /&'()]{0,40}?)[ \t]*[-\u2013\u2014][ \t]+(?=\S)",
    re.MULTILINE,
)
#: "[05/22/2025] ADDENDUM        STATUS: COMPLETED": a known header, then another field after a wide gap (CPRS/TIU)
_GAPPED_HEADER = re.compile(
    r"^[ \t]*(?:\d[\d/.-]{4,9}[ \t]+)?(?P<header>[A-Za-z][A-Za-z /&'()-]{1,40}?)[ \t]{3,}[A-Z][A-Za-z ]{0,20}:",
    re.MULTILINE,
)
#: "... fused to planning CT. Treatment areas:" then a list on the next lines: a known header ending a sentence's line
_TRAILING_HEADER = re.compile(
    r"[.;][ \t]+(?P<header>[A-Z][A-Za-z /&'()-]{1,40}?)[ \t]*:[ \t]*\n(?=[ \t]*(?:\d{1,2}[.)]|[-*\u2022])[ \t])"
)
_RUN_ON = 300  # an inline marker's line running on this far past it is a dictated paragraph: it copies one sentence
_ONE_LINE_NOTE = 0.9  # a line this share of the note is a note dictated as one run-on paragraph
_SENTENCE_BREAK = re.compile(r"[.!?](?=[ \t]+\S)")
_ASIDE = re.compile(r"\([^()\n]*\)|\[[^\[\]\n]*\]")  # a parenthetical, all of a header's inline text
_SPACES = re.compile(r"\s+")
_LINE_BREAK = re.compile(r"\n[ \t]*")
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n[ \t]*\Z")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_INDENTED_LINE = re.compile(r"\n(?:[ ]{2,}|\t)\S")
_OUTDENTED_LINE = re.compile(r"\n(?=[^ \t\n])")
#: A line that is only a framed label ("[...]", "*** ... ***", "<<...>>") or a label ending in a colon.
_FRAMED_MARKER = re.compile(r"^(?:[\[(<*=#-].*[\])>*=#-]|[^:]*:)$")
_FIELD_LABEL = re.compile(r"[ \t]*[A-Za-z][A-Za-z /]{0,30}:(?=[ \t]*[\[(<*=#])")  # a label before a framed marker
_FRAME = re.compile(r"[\[(<*=#\s-]*")  # what may stand before a block marker on its line
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)[ \t]+\Z", re.I)
_NOISE = re.compile(r"\([^)]*\)|\S*\d\S*")
_MAX_HEADER_WORDS = 6
_MAX_TITLE = 120
#: HTML tags, entities and RTF control words around a title ("<b>Consult</b><br>", "{\\b Consult}\\par")
_MARKUP = re.compile(r"<[^<>\n]{0,200}>|&[a-z]{2,6};|\\[a-z]+-?\d* ?|[{}]", re.IGNORECASE)


_TITLE = re.compile(r"\S[^\n]*")
_MAX_TITLE_WORDS = 14
#: "HDR BRACHYTHERAPY - APPLICATOR INSERTION AND CT SIMULATION" under a banner: a long title, in capitals, no sentence
_CAPS_TITLE = re.compile(rf"(?=[^a-z.,;:]*$)(?:\S+[ \t]+){{0,{_MAX_TITLE_WORDS - 1}}}\S+")


def title_end(text: str) -> int:
    """Return where the note's title ends: its first line, when more text follows and it is short (else 0)."""
    title = _TITLE.search(text)
    if title is None or len(title.group().split()) > _MAX_TITLE_WORDS or not text[title.end() :].strip():
        return 0
    return title.end()


class Section(NamedTuple):
    """A section of the note: character range, canonical id and the header text as written."""

    start: int
    end: int
    section_id: str
    header: str | None


def _any_of(phrases: Iterable[str], template: str) -> re.Pattern[str] | None:
    """Compile ``template`` with ``{}`` replaced by an alternation of the phrases (None when there are none)."""
    alternation = "|".join(re.escape(phrase) for phrase in phrases)
    return re.compile(template.replace("{}", alternation)) if alternation else None


def _normalise(header: str) -> str:
    """Lower-case a header and drop parentheticals, dates and times ("Addendum 4/2 09:15" -> "addendum")."""
    return _SPACES.sub(" ", _NOISE.sub(" ", header.lower())).strip(" .,-#")


class SectionTagger:
    """Finds section headers with the sections pack and stores ``doc._.simcheck_sections``."""

    def __init__(self, nlp: Language, name: str = "simcheck_sections") -> None:
        self.name = name
        self.default_section = "other"
        self._exact: dict[str, str] = {}
        self._by_length: list[tuple[re.Pattern[str], str]] = []
        self._kinds: list[tuple[re.Pattern[str], str, int]] = []
        self._title = TitleRegion()
        self._qualifier: re.Pattern[str] | None = None
        self._qualifier_section: dict[str, str] = {}
        self._title_field: re.Pattern[str] | None = None
        self._keeps_fields: frozenset[str] = frozenset()
        self._ends_field_blocks: frozenset[str] = frozenset()
        self._never_title: re.Pattern[str] | None = None
        self._content: list[tuple[re.Pattern[str], str]] = []
        self._markers: re.Pattern[str] | None = None
        self._end_markers: re.Pattern[str] | None = None
        for name in ("simcheck_sections", "simcheck_note_kind"):
            if not Doc.has_extension(name):
                Doc.set_extension(name, default=None)

    def add_rules(self, pack: SectionPack) -> None:
        """Load the header vocabulary of a sections pack."""
        self.default_section = pack.default_section
        self._exact = {_normalise(h): s.id for s in pack.sections for h in s.headers}
        self._keeps_fields = frozenset(s.id for s in pack.sections if s.keeps_fields)
        self._ends_field_blocks = frozenset(_normalise(h) for s in pack.sections for h in s.ends_field_blocks)
        self._by_length = [
            (re.compile(r"\b" + re.escape(header) + r"\b"), section)
            for header, section in sorted(self._exact.items(), key=lambda item: -len(item[0]))
        ]
        self._marker_section = {m.lower(): s.id for s in pack.sections for m in (*s.markers, *s.summary_markers)}
        self._summary_section = {m.lower(): s.id for s in pack.sections for m in s.summary_markers}
        self._markers = _any_of(self._marker_section, r"(?i)\b(?:{})\b[^\n]*")
        self._end_marker_section = {m.lower(): s.id for s in pack.sections for m in s.end_markers}
        self._end_markers = _any_of(self._end_marker_section, r"(?im)^[ \t]*(?:[\[(<*=#•+-][ \t]*)*(?:{})(?!\w)[^\n]*")
        self._qualifier_section = {q.lower(): s.id for s in pack.sections for q in s.qualifiers}
        self._qualifier = _any_of(self._qualifier_section, r"(?i)\(\s*({})\b[^)]*\)")
        self._kinds = [  # (pattern, kind, 0 for a joined title word: it goes first)
            (re.compile(r"(?<![a-z0-9])" + re.escape(word.lower()) + r"(?![a-z0-9])"), kind.id, int(not joined))
            for kind in pack.note_kinds
            for joined, words in ((True, kind.joined_title_words), (False, kind.title_words))
            for word in words
        ]
        self._title = pack.title
        self._never_title = _any_of(
            (h for s in pack.sections if s.never_title for h in s.headers), r"(?i)^[\W_]*(?:{})(?![a-z])"
        )
        self._content = [
            (re.compile(pattern, re.IGNORECASE), kind.id)
            for kind in pack.note_kinds
            for pattern in kind.content_patterns
        ]
        self._title_field = _any_of(pack.title.fields, r"(?i)^(?:{})[ \t]*[:=][ \t]*(.+)$")

    def note_kind(self, text: str) -> str | None:
        """Return the kind of note named by its title (see ``TitleRegion``), else by its content, if any."""
        lines = (_MARKUP.sub(" ", line).strip() for line in text[: _MAX_TITLE * 16].splitlines())
        for position, line in enumerate(islice((line for line in lines if line), self._title.lines)):
            field = self._title_field.match(line) if self._title_field else None
            title = field.group(1) if field else line
            if (self._never_title and self._never_title.match(title)) or (
                position
                and not field
                and (
                    (len(title.split()) > self._title.max_words and not _CAPS_TITLE.fullmatch(title))
                    or _normalise(title.rstrip(":")) in self._exact
                )
            ):
                continue  # a long line or a section header ("Clinical summary") is not the title
            title = title[:_MAX_TITLE].lower()
            found = [
                (rank, m.start(), -len(m.group()), kind)
                for pattern, kind, rank in self._kinds
                if (m := pattern.search(title))
            ]
            if found:
                return min(found)[3]
        by_content = [(match.start(), kind) for pattern, kind in self._content if (match := pattern.search(text))]
        return min(by_content)[1] if by_content else None

    def classify(self, header: str, *, standalone: bool) -> str | None:
        """Return the section id for a header, the fallback for unknown standalone ones, else None.

        A parenthetical qualifier wins over the header's words: "Rationale (old)" is copied text.
        """
        qualified = self._qualifier.search(header) if self._qualifier else None
        if qualified:
            return self._qualifier_section[qualified.group(1).lower()]
        key = _normalise(header)
        if len(key.split()) > _MAX_HEADER_WORDS:
            return None
        if key in self._exact:
            return self._exact[key]
        if not standalone:
            return None
        for pattern, section in self._by_length:
            if pattern.search(key):
                return section
        return self.default_section

    def find_sections(self, text: str) -> list[Section]:
        """Return the sections of a text in order, covering it from start to end.

        A section opened by a header with inline text ends with its line (or its wrapped
        lower-case continuation); the text after it returns to the enclosing section.
        """
        heads: dict[int, tuple[str | None, str, bool]] = {}
        numbered: set[int] = set()  # "2. Imaging: MRI 2/2" is an item of the list it stands in
        title = title_end(text)
        note_length = len(text.strip())  # for _header_end: is a header's line the whole note?
        for match in _BARE_HEADER.finditer(text):
            header = match.group("header")
            if match.start("header") < title:
                continue  # the note's title names its kind (see note_kind), not a section
            key = _normalise(header)
            if header[0].islower():  # a bare header is capitalised; "prior RT" on its own line is content
                continue
            framed = bool(match.group("open") and match.group("close"))  # "--- Setup ---", "[PLAN]"
            if key in self._exact or ((header.isupper() or framed) and len(key.split()) <= _MAX_HEADER_WORDS):
                section = self._exact.get(key) or self.classify(header, standalone=True)
                if section is not None and (key in self._exact or framed or section != self.default_section):
                    heads[match.start("header")] = (section, header, False)
        for match in _COLON_HEADER.finditer(text):
            header = match.group("header")
            rest = match.group("rest").strip()
            known = self.classify(header, standalone=False)
            # a header that names its own section again stands alone: "Targets: Targets:", "ORDER: SIMULATION DIRECTIVE"
            # ... and so does one whose inline text only qualifies it: "Previous course: (copied from 2023 sim note)"
            inline = (
                bool(rest)
                and not _ASIDE.fullmatch(rest)
                and (known is None or self._exact.get(_normalise(rest.rstrip(":"))) != known)
            )
            section = known if inline else self.classify(header, standalone=True)
            heads.setdefault(match.start("header"), (section, header, inline))
            if match.group("number") and inline:
                numbered.add(match.start("header"))
        for match in chain(_GAPPED_HEADER.finditer(text), _TRAILING_HEADER.finditer(text)):  # line start / mid-line
            known = self._exact.get(_normalise(match.group("header")))
            if known is not None and match.start("header") >= title:
                heads[match.start("header")] = (known, match.group("header"), False)
        for match in _DASH_HEADER.finditer(text):
            known = self._exact.get(_normalise(match.group("header")))
            if known is not None and heads.get(match.start("header"), (None,))[0] is None:
                heads[match.start("header")] = (known, match.group("header"), True)  # over "Areas - Volumes:"
        sections: list[Section] = []
        outer = Section(0, len(text), self.default_section, None)
        current = outer
        for start in sorted(heads):
            section_id, header, inline = heads[start]
            if section_id is None and current is outer:
                continue
            new_paragraph = inline and bool(_PARAGRAPH_END.search(text, max(0, start - 80), start))
            if inline and current.section_id in self._keeps_fields and not new_paragraph:
                if _normalise(header) not in self._ends_field_blocks:
                    continue  # a field of the enclosing block ("Site:" inside an order)
                new_paragraph = True  # "Simulation: CT done" after an order's fields records what was done
            if start in numbered and current.section_id != self.default_section:
                continue  # a numbered field of a known section's list; under an unknown header it names its own
            if start > current.start:
                sections.append(current._replace(end=start))
            if section_id is None:
                current = outer._replace(start=start)
            elif inline:
                if new_paragraph:
                    # a new paragraph led by another section's field closes the standalone section above
                    outer = Section(start, len(text), self.default_section, None)
                current = Section(start, _header_end(text, start, note_length), section_id, header)
                sections.append(current)
                current = outer._replace(start=current.end)
            else:
                outer = current = Section(start, len(text), section_id, header)
        sections.append(current._replace(end=len(text)))
        sections = self._end_field_blocks(sections, text)
        return self._mark_inline([s for s in sections if s.end > s.start or s.start == 0], text)

    def _end_field_blocks(self, sections: list[Section], text: str) -> list[Section]:
        """End a block of fields (an order) at its first blank line or its first line out of the fields' indent.

        What follows ("   Contrast: requested", then "Patient placed supine.") is the note's again; the continuation
        of a wrapped line is not out of the indent.
        """
        ended: list[Section] = []
        for section in sections:
            end = None
            if section.section_id in self._keeps_fields:
                fields = physical_line_end(text, section.start)
                blank = _BLANK_LINE.search(text, fields, section.end)
                end = blank.end() if blank else None
                if _INDENTED_LINE.match(text, fields):
                    end = next(
                        (
                            line.end()
                            for line in _OUTDENTED_LINE.finditer(text, fields + 1, end or section.end)
                            if line.start() - physical_line_start(text, line.start()) < WRAPPED_LINE  # not a wrap
                        ),
                        end,
                    )
            if end is None:
                ended.append(section)
            else:
                ended.append(section._replace(end=end))
                ended.append(Section(end, section.end, self.default_section, None))
        return ended

    def _mark_inline(self, sections: list[Section], text: str) -> list[Section]:
        """Carve out markers as their section: inline ones ("Copied from 2019 sim note: ...") up to the line end.

        A marker that opens a framed line of its own ("[copied from previous encounter]", "*** prior course text
        ***", "Copied from 2019 sim note:") heads a block: the section runs on to the next blank line, or to the
        next header on a line of its own ("[Rationale]", "== Targets ==") in notes written without blank lines.
        """
        if self._markers is None:
            return sections
        for match in self._markers.finditer(text):
            if _ARTICLE_BEFORE.search(text, max(0, match.start() - 4), match.start()):
                continue  # "there is a previous course abutting the target" tells of one, it copies nothing
            phrase = next(
                k for k in sorted(self._marker_section, key=len, reverse=True) if match.group().lower().startswith(k)
            )
            end = match.end()
            line_start = physical_line_start(text, match.start())
            if self._end_markers and self._end_markers.match(text, line_start):
                continue  # "[end of copied forward text]" closes a block, it opens none
            label = _FIELD_LABEL.match(text, line_start)  # "Comments: *** copied from 2022 sim note ***"
            if label and _FRAME.fullmatch(text, label.end(), match.start()):
                line_start = label.end()
            line = text[line_start:end].strip()
            opened = None
            at_line_start = _FRAME.fullmatch(text, line_start, match.start())
            closing = self._closing_marker(text, end) if at_line_start else None
            if at_line_start and (_FRAMED_MARKER.match(line) or closing):
                summary_of = self._summary_section.get(phrase)
                end = closing.end() if closing else self._block_end(sections, text, end, summary_of)
                # the marker line as a header ("COPIED FROM 2023 SIM:") opened a section: it ends with the block
                opened = next((s for s in sections if s.header and line_start <= s.start <= match.start()), None)
            if opened is None and not at_line_start:
                end = _inline_end(text, match.start() + len(phrase))
            marked = Section(match.start(), end, self._marker_section[phrase], match.group()[: len(phrase)])
            sections = self._carve(sections, marked, opened)
        return self._mark_unopened(sections, text)

    def _mark_unopened(self, sections: list[Section], text: str) -> list[Section]:
        """Carve out a block closed by an end marker that no marker opened: back to its paragraph's start.

        "Per old chart (2021) - first sim, superseded:" and the lines under it, down to "*** end copied text ***",
        were copied.
        """
        if self._end_markers is None:
            return sections
        for match in self._end_markers.finditer(text):
            copied = self._end_marker_section[next(k for k in self._end_marker_section if k in match.group().lower())]
            if section_at(sections, match.start()).section_id == copied:
                continue
            start = max((blank.end() for blank in _BLANK_LINE.finditer(text, 0, match.start())), default=0)
            sections = self._carve(sections, Section(start, match.end(), copied, match.group().strip()), None)
        return sections

    def _carve(self, sections: list[Section], marked: Section, opened: Section | None) -> list[Section]:
        """Put ``marked`` over the sections it covers; the section that ``opened`` it ends with it."""
        carved: list[Section] = []
        for section in sections:
            after = section._replace(start=max(section.start, marked.end))
            if opened is not None and (section.section_id, section.header) == (opened.section_id, opened.header):
                after = Section(after.start, after.end, self.default_section, None)  # what it opened has ended
            if section.start < marked.start:
                carved.append(section._replace(end=min(section.end, marked.start)))
            if section.end > marked.end:
                carved.append(after)
        carved.append(marked)
        return sorted(carved, key=lambda s: s.start)

    def _closing_marker(self, text: str, start: int) -> re.Match[str] | None:
        """The end marker ("[end copied text]") that closes a block opened at ``start``, before the next blank line."""
        if self._end_markers is None:
            return None
        blank = _BLANK_LINE.search(text, start)
        return self._end_markers.search(text, start, blank.start() if blank else len(text))

    @staticmethod
    def _block_end(sections: list[Section], text: str, start: int, summary_of: str | None) -> int:
        """Where a marked block with no end marker ends: the next blank line or header line of its own.

        A summary's block ("PRIOR COURSE DOSE SUMMARY:", ``summary_of`` its section) also ends at another
        section's header with text after it ("INDICATION: ...").
        """
        blank = _BLANK_LINE.search(text, start)
        end = blank.start() if blank else len(text)
        marker_line_end = physical_line_end(text, start)
        for section in sections:
            if marker_line_end < section.start < end and section.header is not None:
                line_start = physical_line_start(text, section.start)
                if (summary_of is not None and section.section_id != summary_of) or _BARE_HEADER.fullmatch(
                    text, line_start, physical_line_end(text, section.start)
                ):
                    return section.start
        return end

    def __call__(self, doc: Doc) -> Doc:
        """Store the note's sections on ``doc._.simcheck_sections`` and return the doc."""
        text = doc_text(doc)
        doc._.simcheck_sections = self.find_sections(text)
        doc._.simcheck_note_kind = self.note_kind(text)
        return doc


def _line_end(text: str, start: int) -> int:
    """Return where an inline header's text ends: the first line break not followed by a lower-case word."""
    for match in _LINE_BREAK.finditer(text, start):
        wrapped = match.start() - physical_line_start(text, match.start()) >= WRAPPED_LINE
        if not (wrapped and text[match.end() : match.end() + 1].islower()) or O_BULLET.match(text, match.end()):
            return match.start()
    return len(text)


def _header_end(text: str, start: int, note_length: int) -> int:
    """Where an inline header's text ends: ``_line_end``, or its sentence's end in a note dictated as one line."""
    line = physical_line_end(text, start) - physical_line_start(text, start)
    return _inline_end(text, start) if line >= _ONE_LINE_NOTE * note_length else _line_end(text, start)


def _inline_end(text: str, start: int) -> int:
    """Where text run on from ``start`` ends: its line's end, or in a run-on paragraph its sentence's end."""
    line_end = physical_line_end(text, start)
    if line_end - start < _RUN_ON:
        return line_end
    sentence = _SENTENCE_BREAK.search(text, start, line_end)
    return sentence.start() + 1 if sentence else line_end


def physical_line_start(text: str, offset: int) -> int:
    """Return where the line holding ``offset`` starts (just after the previous line break, or 0)."""
    return text.rfind("\n", 0, offset) + 1


def physical_line_end(text: str, start: int) -> int:
    """Return where the line holding ``start`` ends (its line break, or the end of the text)."""
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def section_at(sections: list[Section], offset: int) -> Section:
    """Return the section containing a character offset."""
    index = bisect_right([s.start for s in sections], offset) - 1
    return sections[max(index, 0)]


@Language.factory("simcheck_sections", assigns=["doc._.simcheck_sections"])
def make_section_tagger(nlp: Language, name: str) -> SectionTagger:
    """Build the section tagger; rules enter through ``add_rules``."""
    return SectionTagger(nlp, name)
