"""Property tests: any text, however odd, yields a verdict with valid offsets or a clear input error."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simcheck.errors import InputError

CLINICAL_WORDS = st.sampled_from(
    [
        "CT",
        "simulation",
        "IV",
        "contrast",
        "no",
        "[x]",
        "[ ]",
        "Contrast:",
        "___",
        "MRI",
        "3/2",
        "showed",
        "fused",
        "three",
        "areas",
        "left",
        "breast",
        "SCV",
        "axilla",
        "VMAT",
        "will",
        "Vac-Lok",
        "\n",
        "\n\n",
        ":",
        "-",
        "•",
        "HISTORY:",
        "ADDENDUM:",
        "not",
        "given",
        "near",
        "the",
        "spinal",
        "cord",
        "☐",
        "☒",
        "4DCT",
        "Number of areas:",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(CLINICAL_WORDS, max_size=80).map(" ".join),
    st.text(alphabet=st.characters(categories=["Cc", "Zs", "Zl", "Zp"]), max_size=200),
    st.text(alphabet="漢字テキストالعربيةкириллица \n:", max_size=200),
)


def _check_offsets(text, verdict):
    elements = verdict.elements
    evidence = [
        *elements.rationale.evidence,
        *elements.treatment_areas.evidence,
        *elements.complexity.evidence,
        *elements.imaging.evidence,
        *verdict.excluded,
    ]
    for item in evidence:
        assert 0 <= item.start < item.end <= len(text)
        assert text[item.start : item.end] == item.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS)
def test_any_text_gives_a_verdict_or_input_error(analyzer, text):
    """Arbitrary text never crashes: a verdict with exact offsets, or InputError for blank text."""
    try:
        verdict = analyzer.check(text)
    except InputError as exc:
        assert not text.strip() and exc.code == "E010"
        return
    _check_offsets(text, verdict)
    assert verdict.level in ("77290", "77285", "77280", "undetermined")


def test_huge_whitespace_and_long_note(analyzer):
    """A note of mostly whitespace and a long repeated note are analysed with valid offsets."""
    for text in [
        "\n" * 50_000 + "CT simulation with IV contrast." + " " * 50_000,
        "Left breast, SCV and axilla treated. CT sim with IV contrast. " * 2_000,
    ]:
        _check_offsets(text, analyzer.check(text))


def test_check_many_keeps_order_and_reports_bad_notes(analyzer):
    """check_many yields one record per input, in order, with error records for bad notes."""
    notes = [
        ("a", "CT simulation."),
        ("b", ""),
        {"id": "c", "text": 42},
        {"note_id": "d", "text": "x" * 300_000},
        ("e", "Three treatment areas."),
        ("f", "CT sim with IV contrast \ud800 given."),  # a lone surrogate, as JSON can carry
    ]
    results = list(analyzer.check_many(notes, batch_size=2))
    assert [r.note_id for r in results] == ["a", "b", "c", "d", "e", "f"]
    codes = [getattr(r, "error", None) and r.error.code for r in results]
    assert codes == [None, "E010", "E012", "E011", None, "E013"]


def test_error_messages_never_contain_note_text(analyzer):
    """Input errors describe the problem without echoing any of the note (PHI)."""
    secret = "Zyxwvut Qwertyson MRN 99887766 "
    try:
        analyzer.check(secret * 10_000)
    except InputError as exc:
        assert "Zyxwvut" not in str(exc) and "99887766" not in str(exc)
    else:
        raise AssertionError("an over-long note must be refused")
