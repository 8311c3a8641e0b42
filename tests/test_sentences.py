"""The clinical sentence splitter and section tagger on clinical layout."""

import pytest

from simcheck.pipeline.sentences import sentence_starts


def _sentences(text):
    starts = [0, *sentence_starts(text)]
    return [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("INDICATION: breast ca. Dr. Smith referred her.", ["INDICATION: breast ca.", "Dr. Smith referred her."]),
        ("Pt simulated supine\nwith arms up. CT done.", ["Pt simulated supine\nwith arms up.", "CT done."]),
        ("Sites:\n- left breast\n- SCV\n1. axilla", ["Sites:", "- left breast", "- SCV", "1. axilla"]),
        ("[x] IV contrast  [ ] custom blocks", ["[x] IV contrast", "[ ] custom blocks"]),
        ("PLAN\nVMAT\n\nSIGNATURE", ["PLAN", "VMAT", "SIGNATURE"]),
        ("CT SIM DONE. MRI FUSED. 2.5 CM MASS.", ["CT SIM DONE.", "MRI FUSED.", "2.5 CM MASS."]),
        ("Dose 50 Gy, e.g. 2 Gy daily.", ["Dose 50 Gy, e.g. 2 Gy daily."]),
    ],
    ids=["abbreviation", "wrapped-line", "lists", "checkboxes", "caps-headers", "all-caps", "eg"],
)
def test_sentence_starts(text, expected):
    """Sentences split at clinical layout but not at abbreviations, decimals or wrapped lines."""
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HISTORY:\nMRI 3/2 showed a mass.\nSIMULATION:\nCT sim.", ["history", "simulation"]),
        ("Prior course (copied from 2021 note): IV contrast.\nToday: CT sim.", ["prior_course"]),
        ("ADDENDUM 04/02/2026 09:15:\nIV contrast was not given.", ["addendum"]),
        ("Odd Custom Header:\ntext", ["other"]),
        ("Contrast: IV\nNumber of areas: 3", []),
    ],
    ids=["standalone", "inline-closes", "dated-header", "unknown-fallback", "fields-are-not-sections"],
)
def test_sections(analyzer, text, expected):
    """Headers map to canonical sections; unknown headers fall back; fields do not open sections."""
    sections = analyzer.nlp(text)._.simcheck_sections
    assert [s.section_id for s in sections if s.header is not None] == expected
