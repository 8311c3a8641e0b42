"""``simcheck_sentences``: a fast sentence splitter for clinical layout.

Boundaries are found with a few regular expressions over the text (not per-token Python logic):
blank lines, new lines (unless a wrapped line continues in lower case or after a dangling "or", and is no field),
list items, checkboxes, headers, and sentence-final punctuation followed by a capital or digit.
"""

import itertools
import re
from typing import Any, cast

import numpy as np
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from simcheck.pipeline.text import doc_text

_MARKS = "xX✓✔√*"  # what ticks a bracketed box: "[x]", "(✓)", "[*]"
TICKED_GLYPHS = "☒☑■✓✔"
_UNTICKED_GLYPHS = "☐□"
#: a checkbox, ticked or not: "[x]", "[ ]", "(x)", "( )", "☐", "□", "☑", "■", "✓"; group 1 is a bracketed mark,
#: group 2 a glyph (ticked when in :data:`TICKED_GLYPHS`)
CHECKBOX = rf"[\[(]\s*([{_MARKS}]?)\s*[\])]|([{_UNTICKED_GLYPHS}{TICKED_GLYPHS}])"
TICKED_BOX = rf"[\[(]\s*[{_MARKS}]\s*[\])]|[{TICKED_GLYPHS}]"
UNTICKED_BOX = rf"[\[(]\s*[\])]|[{_UNTICKED_GLYPHS}]"
_ABBREVIATIONS = frozenset(
    ["dr", "mr", "mrs", "ms", "vs", "e.g", "i.e", "approx", "no", "st", "fig", "ref", "dept", "resp", "etc"]
)
_NEWLINE = re.compile(r"\n[ \t\r\f\v]*(?:\n\s*)?(?=\S)")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*[ \t]+(?=[\"(\[]?[A-Z0-9])")
#: a sentence that starts in lower case after a full word ("no imaging obtained. custom cutout made"); a word of
#: three letters or fewer before the stop is more likely an abbreviation ("pt. in", "wk. of")
_LOWER_SENTENCE_END = re.compile(r"(?<=[a-z]{4}\.)[ \t]+(?=[a-z]{3})")
_INLINE_CHECKBOX = re.compile(r"[ \t]+(?=" + CHECKBOX + r")")
#: an "o" bullet ("o Position: supine") starts a list item, not a wrapped line's lower-case continuation
O_BULLET = re.compile(r"o[ \t]+(?=\S)")
#: a wrapped line that ends mid-phrase ("No oral or" / "IV contrast used") continues whatever case comes next
_DANGLING_WORD = re.compile(r"(?<![\w-])(?:and|or|nor|with|without|of|the|an|to|for|from|via)\Z", re.I)
#: a lower-case field label opens its own line ("marks- tattoos placed", "setup: supine"), it does not continue one
_FIELD_START = re.compile(r"[a-z][a-z /&()]{0,40}?(?::|-)[ \t]")
_LOOK_BACK = 200  # characters before a line break that decide whether the line runs on
_LAST_WORD = re.compile(r"([A-Za-z.]+)\.$")
#: a sentence quoted inside another ("the line 'VMAT technique.' above was entered in error") does not end it
_QUOTES = "'\"\u2018\u2019\u201c\u201d"  # straight and curly
_QUOTED_SENTENCE = re.compile(rf"(?<!\w)[{_QUOTES}][^{_QUOTES}\n]{{1,120}}?[.!?][{_QUOTES}](?!\w)")


def sentence_starts(text: str) -> list[int]:
    """Return the character offsets where new sentences start (0 excluded).

    Args:
        text: The note text.

    Returns:
        Sorted offsets of the first character of each sentence after the first.
    """
    starts: set[int] = set()
    for match in _NEWLINE.finditer(text):
        start = match.end()
        blank_line = match.group().count("\n") > 1
        previous = text[max(0, match.start() - _LOOK_BACK) : match.start()].rstrip()
        continues = (
            not blank_line
            and bool(previous)
            and previous[-1] not in ".:;!?"
            and (text[start].islower() or bool(_DANGLING_WORD.search(previous)))
            and not O_BULLET.match(text, start)
            and not _FIELD_START.match(text, start)
        )
        if not continues:
            starts.add(start)
    quoted = [(match.start(), match.end()) for match in _QUOTED_SENTENCE.finditer(text)]
    for match in itertools.chain(_SENTENCE_END.finditer(text), _LOWER_SENTENCE_END.finditer(text)):
        word = _LAST_WORD.search(text, max(0, match.start() - 12), match.start())
        if word and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1):
            continue
        if any(start < match.start() <= end for start, end in quoted):
            continue
        starts.add(match.end())
    starts.update(match.end() for match in _INLINE_CHECKBOX.finditer(text))
    starts.discard(0)
    return sorted(starts)


class ClinicalSentencizer:
    """Sets ``token.is_sent_start`` from :func:`sentence_starts`."""

    def __init__(self, nlp: Language, name: str = "simcheck_sentences") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Mark sentence starts on the doc and return it."""
        if len(doc) == 0:
            return doc
        offsets = doc.to_array([IDX]).astype(np.int64).ravel()
        is_start = np.isin(offsets, np.asarray(sentence_starts(doc_text(doc)), dtype=np.int64))
        is_start[0] = True
        values = np.where(is_start, 1, -1).astype(np.int32).astype(np.uint64)
        doc.from_array([SENT_START], cast(Any, values.reshape(-1, 1)))
        return doc


@Language.factory("simcheck_sentences", assigns=["token.is_sent_start"])
def make_clinical_sentencizer(nlp: Language, name: str) -> ClinicalSentencizer:
    """Build the clinical sentence splitter."""
    return ClinicalSentencizer(nlp, name)
