"""A doc's text, built once; the line breaks an interface escaped, restored before tokenizing; wrapped lines joined.

spaCy's ``Doc.text`` joins every token's text again on each access.
"""

import re
from collections.abc import Callable

from spacy.tokens import Doc

_KEY = "simcheck_text"
#: a line this long that runs on was wrapped by the writer's screen or an export, not ended
WRAPPED_LINE = 60
#: a line break after a full-width line that does not end a sentence or a field, before a word that starts no
#: field of its own ("Pain score: 3/10" then "Areas: cervix" are two lines): a wrap
_WRAP = re.compile(
    rf"(?<=[^\n]{{{WRAPPED_LINE - 1}}}[^\n.:;!?])\n(?=[A-Za-z(])(?![A-Za-z][A-Za-z0-9 /&'()#-]{{0,40}}:)"
)


def doc_text(doc: Doc) -> str:
    """Return ``doc.text``, built on the first call and kept in ``doc.user_data`` (keyed by the token count)."""
    cached = doc.user_data.get(_KEY)
    if cached is None or cached[0] != len(doc):
        cached = doc.user_data[_KEY] = (len(doc), doc.text)
    return str(cached[1])


#: HL7 v2 escapes that stand for a line break in text pasted from an interface ("\.br\", "\X0D\X0A\", "~" before a
#: segment), and the OBX/NTE segment prefix after one ("OBX|12|TX|||"): a flattened note keeps its lines this way
_HL7_BREAK = re.compile(r"\\\.br\\|\\X0D\\(?:\\X0A\\)?|\\X0A\\|~(?=[ \t]*OBX\|)", re.IGNORECASE)
_HL7_SEGMENT = re.compile(r"[ \t]*(?:OBX\|\d*\|[A-Z]{0,3}\|[^|\n]{0,40}\|[^|\n]{0,10}\||NTE\|\d*\|[A-Z]{0,2}\|)")


def restore_line_breaks(text: str) -> str:
    """Return the text with HL7 line-break escapes made line breaks, padded so that every offset is kept."""
    if "\\" not in text:
        return text
    parts: list[str] = []
    last = 0
    for match in _HL7_BREAK.finditer(text):
        parts += [text[last : match.start()], "\n".ljust(len(match.group()))]
        last = match.end()
        segment = _HL7_SEGMENT.match(text, last)
        if segment is not None:
            parts.append(" " * len(segment.group()))
            last = segment.end()
    return "".join([*parts, text[last:]]) if parts else text


class LineBreakTokenizer:
    """Wraps a tokenizer: tokenizes the note with its escaped line breaks restored (same length, same offsets)."""

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        """Tokenize ``restore_line_breaks(text)``."""
        return self.tokenizer(restore_line_breaks(text))


def join_wrapped_lines(text: str) -> str:
    """Return the text with wrapped lines joined by a space (same length, same offsets)."""
    return _WRAP.sub(" ", text) if "\n" in text else text
