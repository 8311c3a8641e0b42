"""The engine issue's acceptance scenarios, end to end through the library and the CLI."""

import json
import subprocess
import sys

import pytest

SUPPORTED_NOTE = """SIMULATION NOTE
INDICATION: Left breast cancer s/p lumpectomy. The tumor bed and nodal targets abut the heart and left lung,
so IV contrast is needed to delineate the nodal volumes from the vessels.
IMMOBILIZATION: Custom Vac-Lok bag on a breast board, arms up.
PROCEDURE: CT simulation was performed with IV contrast (Omnipaque 100 mL).
TREATMENT AREAS: Three treatment areas: left breast, left supraclavicular fossa and left axilla.
"""
REDUCED_NOTE = SUPPORTED_NOTE.replace(
    "CT simulation was performed with IV contrast (Omnipaque 100 mL).",
    "CT simulation was performed; no IV contrast was given.",
).replace(
    "Three treatment areas: left breast, left supraclavicular fossa and left axilla.",
    "Two treatment areas: left breast and left supraclavicular fossa.",
)
CONSULT_NOTE = """RADIATION ONCOLOGY CONSULTATION
HISTORY OF PRESENT ILLNESS: 58 yo M with a right frontal mass. MRI 3/2 showed a 2 cm enhancing mass.
ASSESSMENT AND PLAN: Recommend radiation. He will return for CT simulation next week.
"""


def test_supported_note(analyzer):
    """Three areas, CT with IV contrast, a stated reason and a Vac-Lok give supported 77290 with evidence."""
    verdict = analyzer.check(SUPPORTED_NOTE, note_id="n-1")
    assert (verdict.supported, verdict.status, verdict.level) == (True, "supported", "77290")
    elements = verdict.elements
    assert elements.rationale.status == "present" and elements.rationale.evidence
    assert elements.treatment_areas.count == 3
    assert elements.complexity.features == ["contrast"]
    assert "custom_immobilization" in elements.complexity.other_features
    assert elements.imaging.modalities == ["CT"]
    assert verdict.missing == []
    for element in (elements.rationale, elements.treatment_areas, elements.complexity, elements.imaging):
        assert element.evidence
        for item in element.evidence:
            assert SUPPORTED_NOTE[item.start : item.end] == item.text


def test_no_contrast_two_areas_is_77285(analyzer):
    """The same note with no IV contrast and two areas gives not_supported 77285 and a complexity query."""
    verdict = analyzer.check(REDUCED_NOTE)
    assert (verdict.supported, verdict.status, verdict.level) == (False, "not_supported", "77285")
    assert [m.element for m in verdict.missing] == ["complexity"]
    assert "77285" in verdict.missing[0].query
    negated = [e for e in verdict.excluded if e.value == "contrast"]
    assert negated and all(e.assertion == "negated" for e in negated)


def test_consult_with_old_mri(analyzer):
    """A consult that mentions an old MRI is not supported, with the MRI excluded as historical."""
    verdict = analyzer.check(CONSULT_NOTE)
    assert verdict.supported is False
    mri = [e for e in verdict.excluded if e.value == "MRI"]
    assert [e.assertion for e in mri] == ["historical"]
    ct = [e for e in verdict.excluded if e.value == "CT"]
    assert [e.assertion for e in ct] == ["hypothetical"]
    assert verdict.elements.imaging.modalities == []


@pytest.mark.parametrize(
    ("args", "expected"),
    [(["--json"], "77290"), ([], "SUPPORTED")],
    ids=["json", "report"],
)
def test_cli_check(tmp_path, args, expected):
    """`simcheck check FILE` prints the verdict, as JSON or as a readable report."""
    note = tmp_path / "note.txt"
    note.write_text(SUPPORTED_NOTE)
    result = subprocess.run(
        [sys.executable, "-m", "simcheck", "check", str(note), *args], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout
    if args:
        assert json.loads(result.stdout)["supported"] is True
    else:
        assert "Physician queries" not in result.stdout and "Vac-Lok" in result.stdout


def test_cli_check_stdin():
    """`simcheck check -` reads the note from standard input."""
    result = subprocess.run(
        [sys.executable, "-m", "simcheck", "check", "-", "--json"], input=REDUCED_NOTE, capture_output=True, text=True
    )
    assert result.returncode == 0
    assert json.loads(result.stdout)["level"] == "77285"


@pytest.mark.parametrize(
    ("content", "code"),
    [("", "E010"), ("   \n\t ", "E010")],
    ids=["empty", "blank"],
)
def test_cli_bad_input_is_a_clear_error(tmp_path, content, code):
    """An empty note exits 2 with a coded one-line error and no traceback."""
    note = tmp_path / "note.txt"
    note.write_text(content)
    result = subprocess.run([sys.executable, "-m", "simcheck", "check", str(note)], capture_output=True, text=True)
    assert result.returncode == 2
    assert code in result.stderr and "Traceback" not in result.stderr


def test_cli_missing_file_is_a_clear_error(tmp_path):
    """A missing file exits 2 with a plain message and no traceback."""
    result = subprocess.run(
        [sys.executable, "-m", "simcheck", "check", str(tmp_path / "nope.txt")], capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "cannot read input" in result.stderr and "Traceback" not in result.stderr


def test_cli_evaluate_prints_metrics():
    """`simcheck evaluate FILE --json` scores label records with every metric the guide asks for."""
    from tests.conftest import DATA

    result = subprocess.run(
        [sys.executable, "-m", "simcheck", "evaluate", str(DATA / "golden" / "labels.jsonl"), "--json"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    metrics = json.loads(result.stdout)
    assert metrics["notes"] == 14
    assert set(metrics["elements"]) == {"rationale", "treatment_areas", "complexity", "imaging"}
    for key in ("treatment_areas_exact", "supported_accuracy", "false_supported_rate", "level_accuracy"):
        assert 0.0 <= metrics[key] <= 1.0
    assert metrics["level_accuracy"] == 1.0
    assert metrics["mistakes"] == []
