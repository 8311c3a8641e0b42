"""Whole claims with real notes through the library and the CLI: the OIG pattern, a clean 3D course, a BID
brachytherapy repeat, level mismatch against the note, missing documentation, and bad input."""

from __future__ import annotations

import json
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from simcheck.analyzer import Analyzer
from simcheck.claims import check_claim, parse_claim
from simcheck.cli import app
from simcheck.errors import ClaimError
from simcheck.model import NoteModel

NOTES = Path(__file__).parent / "data" / "notes"
COMPLEX = (resources.files("simcheck") / "examples" / "complex_simulation.txt").read_text()
INTERMEDIATE = (NOTES / "two_bone_mets_77285.txt").read_text()


def sim(line_id: str, cpt: str, date: str, *modifiers: str, pos: str = "11") -> dict[str, Any]:
    return {
        "line_id": line_id,
        "cpt": cpt,
        "date_of_service": date,
        "modifiers": list(modifiers),
        "place_of_service": pos,
    }


def summary(result) -> set[tuple[str, str, tuple[str, ...]]]:
    return {(finding.rule_id, finding.severity, tuple(finding.line_ids)) for finding in result.findings}


def test_oig_pattern_complex_simulation_ten_days_before_the_imrt_plan(analyzer):
    """77290 billed 10 days before 77301 on a separate claim: a same-date edit never sees it; the window does."""
    simulation = sim("s1", "77290", "2026-03-02")
    plan = sim("p1", "77301", "2026-03-12")
    note = {"note_id": "n1", "date": "2026-03-02", "text": COMPLEX}

    simulation_claim = check_claim({"lines": [simulation], "history": [plan], "notes": [note]}, analyzer)
    assert summary(simulation_claim) == {("imrt.bundle", "deny", ("s1", "p1"))}
    assert "10 days before 77301" in simulation_claim.findings[0].message

    plan_claim = check_claim({"lines": [plan], "history": [simulation]}, analyzer)
    assert summary(plan_claim) == {("imrt.bundle", "warn", ("p1", "s1"))}
    assert "Correct or void the earlier line" in plan_claim.findings[0].message


def test_clean_3d_course_has_no_finding(analyzer):
    claim = {
        "lines": [sim("s1", "77290", "2026-03-02"), sim("d1", "77295", "2026-03-06")],
        "notes": [{"note_id": "n1", "date": "2026-03-02", "text": COMPLEX}],
    }
    result = check_claim(claim, analyzer)
    assert result.findings == []
    [simulation, plan] = result.lines
    assert (simulation.note_id, simulation.verdict.level, plan.verdict) == ("n1", "77290", None)
    assert simulation.verdict == analyzer.check(COMPLEX, note_id="n1")


def test_same_day_repeat_brachytherapy_verification_with_76(analyzer):
    claim = {
        "lines": [sim("am", "77290", "2026-04-07"), sim("pm", "77290", "2026-04-07", "76")],
        "notes": [
            {"note_id": "fx1", "date": "2026-04-07", "text": (NOTES / "hdr_verification_am.txt").read_text()},
            {"note_id": "fx2", "date": "2026-04-07", "text": (NOTES / "hdr_verification_pm.txt").read_text()},
        ],
    }
    result = check_claim(claim, analyzer)
    assert result.findings == []
    assert [(line.line_id, line.note_id, line.verdict.supported) for line in result.lines] == [
        ("am", "fx1", True),
        ("pm", "fx2", True),
    ]
    # the same repeat without its second note: that line's documentation is missing
    one_note = check_claim({**claim, "notes": claim["notes"][:1]}, analyzer)
    assert summary(one_note) == {("note.missing", "warn", ("pm",))}


LEVEL_MISMATCH = {
    "lines": [sim("s1", "77290", "2026-05-04")],
    "notes": [{"note_id": "n9", "text": INTERMEDIATE, "line_ids": ["s1"]}],
}


def test_77290_billed_where_the_note_supports_77285_is_denied_with_the_missing_elements(rules_analyzer):
    result = check_claim(LEVEL_MISMATCH, rules_analyzer)
    [finding] = result.findings
    assert (finding.rule_id, finding.severity, finding.line_ids) == ("note.level_mismatch", "deny", ["s1"])
    assert "note n9 supports 77285" in finding.message and "complexity" in finding.message
    assert result.lines[0].verdict.level == "77285"


def test_a_level_mismatch_on_a_verdict_sent_to_review_is_a_warning(analyzer):
    """A verdict the model doubts (here: a review band over every probability) warns instead of denying."""
    assert analyzer.model is not None
    doubting = replace(analyzer.model, note=NoteModel(analyzer.model.note.pipeline, (0.0, 1.0)))
    result = check_claim(LEVEL_MISMATCH, Analyzer(analyzer.nlp, analyzer.bundle, model=doubting))
    [finding] = result.findings
    assert (finding.rule_id, finding.severity, finding.line_ids) == ("note.level_mismatch", "warn", ["s1"])
    assert result.lines[0].verdict.status == "needs_review" and "review the note" in finding.message


def test_77285_billed_where_the_note_supports_77290_is_possible_undercoding(analyzer):
    claim = {"lines": [sim("s1", "77285", "2026-05-04")], "notes": [{"date": "2026-05-04", "text": COMPLEX}]}
    assert summary(check_claim(claim, analyzer)) == {("note.level_mismatch", "info", ("s1",))}


def test_77290_without_a_note_or_with_an_unreadable_one(analyzer):
    bare = check_claim({"lines": [sim("s1", "77290", "2026-05-04")]}, analyzer)
    assert summary(bare) == {("note.missing", "warn", ("s1",))}
    assert "documentation that supports it is missing" in bare.findings[0].message

    empty = check_claim(
        {"lines": [sim("s1", "77290", "2026-05-04")], "notes": [{"note_id": "n1", "text": "   ", "line_ids": ["s1"]}]},
        analyzer,
    )
    assert summary(empty) == {("note.missing", "warn", ("s1",))}
    assert "[E010]" in empty.findings[0].message
    assert empty.lines[0].verdict.error.code == "E010"


def test_a_note_dated_another_day_is_not_linked(analyzer):
    claim = {"lines": [sim("s1", "77290", "2026-05-04")], "notes": [{"date": "2026-05-05", "text": COMPLEX}]}
    result = check_claim(claim, analyzer)
    assert summary(result) == {("note.missing", "warn", ("s1",))}
    assert result.lines[0].verdict is None


BAD_CLAIMS = [
    ({"lines": [{"cpt": "7729", "date_of_service": "2026-03-02"}]}, "lines.0.cpt"),
    ({"lines": [{"cpt": "77290", "date_of_service": "2026-02-30"}]}, "lines.0.date_of_service"),
    ({"lines": [{"cpt": "77290", "date_of_service": "2026-03-02", "units": 0}]}, "lines.0.units"),
    ({"lines": [{"cpt": "77290", "date_of_service": "2026-03-02", "modifiers": ["2"]}]}, "lines.0.modifiers.0"),
    ({"lines": []}, "lines"),
    (
        {"lines": [{"cpt": "77290", "date_of_service": "2026-03-02"}], "history": [{"cpt": "77301"}]},
        "history.0.date_of_service",
    ),
    ({"lines": [{"cpt": "77290", "date_of_service": "2026-03-02"}], "colour": "blue"}, "colour"),
]


@pytest.mark.parametrize(("body", "field"), BAD_CLAIMS, ids=[field for _, field in BAD_CLAIMS])
def test_malformed_claims_name_the_field(body, field):
    with pytest.raises(ClaimError) as caught:
        parse_claim(body)
    assert caught.value.code == "E070"
    assert caught.value.message.startswith(f"The claim is invalid: {field}:")


def test_duplicate_and_dangling_line_ids_are_refused():
    for body in (
        {"lines": [{"line_id": "1", "cpt": "77290", "date_of_service": "2026-03-02"}] * 2},
        {"lines": [{"cpt": "77290", "date_of_service": "2026-03-02"}], "notes": [{"text": "x", "line_ids": ["9"]}]},
    ):
        with pytest.raises(ClaimError, match="E070"):
            parse_claim(body)


def test_unknown_payer():
    with pytest.raises(ClaimError) as caught:
        check_claim({"payer": "acme", "lines": [{"cpt": "77280", "date_of_service": "2026-03-02"}]})
    assert caught.value.code == "E071" and "medicare" in caught.value.message


def test_cli_prints_the_same_json_as_the_library(tmp_path, analyzer):
    claim = {
        "lines": [sim("s1", "77290", "2026-05-04")],
        "notes": [{"note_id": "n9", "text": INTERMEDIATE, "line_ids": ["s1"]}],
    }
    path = tmp_path / "claim.json"
    path.write_text(json.dumps(claim))
    runner = CliRunner()
    env = {"SIMCHECK_RULE_STORE": str(tmp_path / "absent.sqlite")}
    result = runner.invoke(app, ["claims", "check", str(path)], env=env)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == check_claim(claim, analyzer).to_dict()
    fail_on = json.loads(result.stdout)["findings"][0]["severity"]  # deny, or warn when the model doubts the verdict
    assert runner.invoke(app, ["claims", "check", str(path), "--fail-on", fail_on], env=env).exit_code == 1
    bundled = tmp_path / "bundled.json"  # 77290 on the date of 77301: an IMRT-bundling denial, whatever the note
    bundled.write_text(json.dumps({"lines": [sim("s1", "77290", "2026-05-04"), sim("p1", "77301", "2026-05-04")]}))
    assert runner.invoke(app, ["claims", "check", str(bundled), "--fail-on", "deny"], env=env).exit_code == 1
    clean = tmp_path / "clean.json"
    clean.write_text(json.dumps({"lines": [sim("d1", "77295", "2026-05-04")]}))
    assert runner.invoke(app, ["claims", "check", str(clean), "--fail-on", "warn"], env=env).exit_code == 0


@pytest.mark.parametrize(
    ("content", "code"),
    [(b"{not json", "E074"), (b"\xff\xfe", "E074"), (b'{"lines": [{"cpt": "77290", "units": -1}]}', "E070")],
)
def test_cli_bad_input_is_a_clear_error_without_a_trace(tmp_path, content, code):
    path = tmp_path / "claim.json"
    path.write_bytes(content)
    result = CliRunner().invoke(app, ["claims", "check", str(path)])
    assert result.exit_code == 2
    assert f"[{code}]" in result.output and "Traceback" not in result.output


def test_cli_never_prints_note_text_in_errors(tmp_path):
    secret = "Zebulon Quartermaine"
    path = tmp_path / "claim.json"
    path.write_text(json.dumps({"lines": [{"cpt": "77290", "date_of_service": "bad"}], "notes": [{"text": secret}]}))
    result = CliRunner().invoke(app, ["claims", "check", str(path)])
    assert result.exit_code == 2 and secret not in result.output


def test_cli_lists_the_packs():
    result = CliRunner().invoke(app, ["claims", "packs"])
    assert result.exit_code == 0
    assert "commercial-example@2026.1.0" in result.output and "imrt.bundle" in result.output
