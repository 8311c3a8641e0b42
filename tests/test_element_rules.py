"""Element rules across a line that a fixed-width export wrapped, and never across a line that ended."""

import pytest

from simcheck.pipeline.text import join_wrapped_lines

_WIDE = "CT sim was performed in the treatment position with the patient supine on the"


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        (f"{_WIDE}\nboard.", True),  # a full-width line running on mid-sentence
        ("Position: supine\nboard.", False),  # a short line ended
        (f"{_WIDE} board.\nIsocenter marked.", False),  # a sentence ended
        (f"{_WIDE} pain score 3/10\nAreas: cervix", False),  # the next line is a field of its own
    ],
)
def test_only_a_wrapped_line_is_joined_and_offsets_are_kept(text, joined):
    result = join_wrapped_lines(text)
    assert len(result) == len(text)
    assert ("\n" not in result) is joined


def test_a_reason_wrapped_at_80_columns_is_found_on_the_notes_own_text(rules_analyzer):
    note = (
        "LOCAL TITLE: RAD ONC SIMULATION NOTE\n\n"
        "CT sim was performed in the treatment position with the patient supine on a wing\n"
        "board. Medical necessity: LAD and contralateral breast both sit right at the edge\n"
        "of the target volume. Number of treatment areas: 1. Plan is VMAT with two\n"
        "arcs. Tolerated well.\n"
    )
    verdict = rules_analyzer.check(note)
    [reason] = verdict.elements.rationale.evidence
    assert reason.text == note[reason.start : reason.end] == "sit right at the edge\nof"
    assert verdict.supported
