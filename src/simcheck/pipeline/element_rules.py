"""The element rules' matcher: spaCy's SpanRuler, reading lines a fixed-width export wrapped as one line.

A VistA or interface export breaks lines at 80 columns in mid-sentence ("the rectum, which is immediately" then
"adjacent" on the next line); the line break is a token of its own and no phrase runs across it. The ruler matches
on a copy of the note with such breaks made spaces (same length, same offsets) and puts its spans on the note's own
tokens.
"""

from collections.abc import Callable

from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span

from simcheck.pipeline.text import doc_text, join_wrapped_lines


class ElementRuler(SpanRuler):
    """A SpanRuler that also matches across wrapped line breaks."""

    def __init__(self, nlp: Language, name: str, spans_key: str) -> None:
        super().__init__(nlp, name, spans_key=spans_key, phrase_matcher_attr="LOWER", validate=True)
        self.tokenizer: Callable[[str], Doc] = nlp.tokenizer

    def match(self, doc: Doc) -> list[Span]:
        """Return the rule matches, as spans of ``doc``."""
        text = doc_text(doc)
        joined = join_wrapped_lines(text)
        if joined == text:
            return list(super().match(doc))
        spans = (
            doc.char_span(found.start_char, found.end_char, found.label, span_id=found.id, alignment_mode="expand")
            for found in super().match(self.tokenizer(joined))
        )
        return sorted({span for span in spans if span is not None})


@Language.factory("simcheck_element_rules", default_config={"spans_key": "simcheck_mentions"})
def make_element_ruler(nlp: Language, name: str, spans_key: str) -> ElementRuler:
    """Build the element ruler; patterns enter through ``add_patterns``."""
    return ElementRuler(nlp, name, spans_key)
