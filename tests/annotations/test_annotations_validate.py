"""The validator catches each class of bad record, and the CLI reports problems without note text."""

import copy
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from simcheck.annotations import decide_labels, split_of, validate
from simcheck.cli import app

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Reason: target abuts the cord. CT simulation done. IV contrast given. Areas: 1 area."


def good() -> dict:
    def span(phrase: str, label: str, value: str) -> dict:
        start = TEXT.index(phrase)
        return {"start": start, "end": start + len(phrase), "label": label, "value": value}

    return {
        "id": "t-1",
        "text": TEXT,
        "labels": {
            "rationale": True,
            "treatment_areas": 1,
            "features": ["contrast"],
            "modalities": ["CT"],
            "supported": True,
            "level": "77290",
            "missing": [],
        },
        "spans": [
            span("target abuts the cord", "RATIONALE", "OAR proximity"),
            span("CT simulation", "MODALITY", "CT"),
            span("IV contrast given", "FEATURE", "contrast"),
            span("1 area", "AREA_COUNT", "1"),
        ],
    }


def write(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def reasons(tmp_path: Path, record: dict) -> list[str]:
    return [p.reason for p in validate([write(tmp_path / "x.jsonl", record)])]


def test_good_record_and_examples_are_clean(tmp_path):
    assert reasons(tmp_path, good()) == []
    assert validate([ROOT / "examples" / "labels.jsonl"]) == []


def mutate(edit) -> dict:
    record = copy.deepcopy(good())
    edit(record)
    return record


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda r: r["spans"][0].update(end=len(TEXT) + 5), "outside the text"),
        (lambda r: r["spans"][0].update(start=5, end=5), "empty or outside"),
        (lambda r: r["spans"][1].update(start=r["spans"][1]["start"] - 1), "whitespace"),
        (lambda r: r["spans"][1].update(text="MRI simulation"), "text does not match"),
        (lambda r: r["spans"][1].update(label="IMAGING"), "label"),
        (lambda r: r["spans"][2].update(value="gadolinium"), "not a guide feature"),
        (lambda r: r["spans"][1].update(value="X-ray"), "not a guide modality"),
        (lambda r: r["spans"][3].update(value="one"), "AREA_COUNT value"),
        (lambda r: r["labels"].update(features=["contrast", "bolus"]), "vocabulary"),
        (lambda r: r["labels"].update(modalities=["CT", "CT"]), "duplicates"),
        (lambda r: r["labels"].update(treatment_areas="1"), "positive integer or null"),
        (lambda r: r["labels"].update(level="77295"), "level must be"),
        (lambda r: r["labels"].pop("missing"), "labels.missing is missing"),
        (lambda r: r["labels"].update(supported=False), "decision rules give True"),
        (lambda r: r["labels"].update(missing=["imaging"]), "labels.missing"),
        (lambda r: r.update(text=""), "text must be"),
        (lambda r: r.update(id=""), "id must be"),
    ],
)
def test_bad_record_is_caught(tmp_path, edit, expected):
    found = reasons(tmp_path, mutate(edit))
    assert any(expected in reason for reason in found), found


def test_labels_must_agree_with_spans(tmp_path):
    no_rationale_span = mutate(lambda r: r["spans"].pop(0))
    assert any("RATIONALE spans" in x for x in reasons(tmp_path, no_rationale_span))
    extra_feature = mutate(lambda r: r["labels"].update(features=["arc_rotational", "contrast"]))
    assert any("have no FEATURE span" in x for x in reasons(tmp_path, extra_feature))
    unlabelled_modality = mutate(lambda r: r["labels"].update(modalities=[]))
    assert any("not in labels.modalities" in x for x in reasons(tmp_path, unlabelled_modality))
    wrong_count = mutate(lambda r: r["labels"].update(treatment_areas=2))
    assert any("last stated AREA_COUNT" in x for x in reasons(tmp_path, wrong_count))
    null_areas = mutate(lambda r: r["labels"].update(treatment_areas=None))
    assert any("null but AREA_COUNT" in x for x in reasons(tmp_path, null_areas))


def test_inconsistent_decision_with_consistent_spans_is_caught(tmp_path):
    # a record can agree with its spans and still contradict the decision rules
    record = mutate(lambda r: r["labels"].update(level="77280"))
    assert any("decision rules give 77290" in x for x in reasons(tmp_path, record))


def test_duplicate_ids_across_files(tmp_path):
    first = write(tmp_path / "a.jsonl", good())
    second = write(tmp_path / "b.jsonl", good())
    problems = validate([first, second])
    assert [(p.file, p.line, p.record_id) for p in problems] == [("b.jsonl", 1, "t-1")]
    assert "duplicate id" in problems[0].reason


def test_record_in_the_wrong_split_file(tmp_path):
    record = good()
    wrong = next(s for s in ("train", "dev", "test") if s != split_of(record["id"]))
    problems = validate([write(tmp_path / f"{wrong}.jsonl", record)])
    assert len(problems) == 1 and f"belongs to the {split_of(record['id'])} split" in problems[0].reason
    assert validate([write(tmp_path / f"{split_of(record['id'])}.jsonl", record)]) == []


def test_invalid_json_line_is_reported(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps(good()) + "\n{not json\n", encoding="utf-8")
    problems = validate([path])
    assert [(p.line, p.record_id) for p in problems] == [(2, None)]


def test_decide_labels_matches_the_guide():
    assert decide_labels(True, 3, [], ["CT"]).supported is True
    assert decide_labels(True, None, ["contrast"], ["CT"]).missing == ["treatment_areas"]
    assert decide_labels(False, 2, [], []).missing == ["rationale", "complexity", "imaging"]
    assert decide_labels(True, 2, [], ["CT"]).level == "77285"
    assert decide_labels(True, None, [], ["CT"]).level == "undetermined"


def test_cli_validate_reports_problems_without_note_text(tmp_path):
    bad = mutate(lambda r: r["labels"].update(supported=False))
    path = write(tmp_path / "bad.jsonl", bad)
    result = CliRunner().invoke(app, ["annotations", "validate", str(path)])
    assert result.exit_code == 1
    assert "bad.jsonl:1: t-1:" in result.output
    assert "target abuts" not in result.output and "IV contrast given" not in result.output


def test_cli_validate_and_stats_on_clean_files(tmp_path):
    path = write(tmp_path / "ok.jsonl", good())
    assert CliRunner().invoke(app, ["annotations", "validate", str(path)]).exit_code == 0
    result = CliRunner().invoke(app, ["annotations", "stats", str(path), "--json"])
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["notes"] == 1 and report["labels"]["supported"] == 1


def test_cli_missing_file_is_a_clean_error(tmp_path):
    result = CliRunner().invoke(app, ["annotations", "validate", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
