"""Compiled rules (phrases and proximity pairs) find every span spaCy's Matcher finds for the packs."""

import pytest
from spacy.matcher import Matcher
from tests.conftest import DATA

from simcheck.pipeline import MENTIONS_KEY
from simcheck.rules import as_proximity, load_bundle

BUNDLE = load_bundle()
NOTES = sorted((DATA / "golden").glob("*.txt"))


def test_proximity_patterns_leave_the_matcher():
    """ "word ... word" patterns are matched by simcheck_proximity, not by the span ruler's Matcher."""
    proximity = [p for pack in BUNDLE.elements for r in pack.rules for p in r.patterns if as_proximity(p)]
    assert len(proximity) == len(BUNDLE.proximity_rules()) >= 10
    token_patterns = [
        p["pattern"] for p in BUNDLE.span_patterns(with_proximity=False) if not isinstance(p["pattern"], str)
    ]
    assert not any(as_proximity(p) for p in token_patterns)


@pytest.mark.parametrize("note", NOTES, ids=[n.stem for n in NOTES])
def test_same_spans_as_spacy_matcher(analyzer, note):
    """Every span the packs' original token patterns match is found; extras only span split words.

    Spans the trained models add (``model.*`` ids) are not rule matches and are left out.
    """
    text = note.read_text()
    processed = analyzer.nlp(text)
    found = {(s.start, s.end, s.id_) for s in processed.spans[MENTIONS_KEY] if not s.id_.startswith("model.")}
    matcher = Matcher(analyzer.nlp.vocab)
    for pack in BUNDLE.elements:
        for rule in pack.rules:
            matcher.add(rule.id, rule.patterns)
    doc = analyzer.nlp.make_doc(text)
    expected = {(start, end, analyzer.nlp.vocab.strings[key]) for key, start, end in matcher(doc)}
    assert expected <= found
    for start, end, _ in found - expected:
        words = [token.lower_ for token in doc[start:end]]
        assert any(not word.isalnum() for word in words) or "can" in words


def test_each_side_of_a_proximity_pattern_may_be_several_words():
    words = {"LOWER": {"IN": ["cord", "heart"]}}
    gap = {"OP": "?"}
    assert as_proximity([words, gap, gap, {"LOWER": "contact"}, {"LOWER": "with"}]) == (
        ["cord", "heart"],
        2,
        ["contact with"],
    )
    assert as_proximity([{"LOWER": "not"}, {"LOWER": "be"}, gap, {"LOWER": "apart"}]) == (["not be"], 1, ["apart"])
    assert as_proximity([words, gap, {"LOWER": "to"}, gap, words]) is None  # two runs of wildcards
    assert as_proximity([words, gap, {"LIKE_NUM": True}, {"LOWER": "mm"}]) is None  # not only words
