"""A doc's text, built once: spaCy's ``Doc.text`` joins every token's text again on each access."""

from spacy.tokens import Doc

_KEY = "simcheck_text"


def doc_text(doc: Doc) -> str:
    """Return ``doc.text``, built on the first call and kept in ``doc.user_data`` (keyed by the token count)."""
    cached = doc.user_data.get(_KEY)
    if cached is None or cached[0] != len(doc):
        cached = doc.user_data[_KEY] = (len(doc), doc.text)
    return str(cached[1])
