"""Writers and the flat row: what is written reads back the same, and a crashed output is recoverable."""

import json

import pyarrow.parquet as pq
import pytest
from tests.batch.builders import SHORT_NOTE

from simcheck.batch import BatchError
from simcheck.batch.records import COLUMNS, Record, analyze, failed, flatten
from simcheck.batch.writers import (
    ParquetWriter,
    open_writer,
    output_format,
    read_results,
    recover,
)

META = {"site": "North", "author": 'Dr. A\nsecond line, "quoted"', "department": "RO"}


@pytest.fixture(scope="module")
def results(analyzer):
    records = [
        Record("in.csv:1", "a", SHORT_NOTE, None, META),
        Record("in.csv:2", "b", "CT simulation, two treatment areas, no rationale given.", None, {}),
        Record("in.csv:3", "c", "   ", None, {"site": "South"}),
        failed("in.csv:4", "d", "E055", "The attachment data is not valid base64"),
        Record("in.csv:5", None, SHORT_NOTE.replace("Three", "Four"), None, {"note_type": "Procedure note"}),
    ]
    return analyze(analyzer, records)


def test_output_records_carry_record_key_and_meta_beside_the_contract_fields(results):
    """A verdict keeps every contract field and adds ``record`` and (when present) ``meta``; errors keep their shape."""
    verdict, _, empty, error, _ = results
    assert list(verdict)[:9] == [
        "note_id", "supported", "status", "level", "confidence", "elements", "excluded", "missing", "versions"
    ]  # fmt: skip
    assert (verdict["record"], verdict["meta"]) == ("in.csv:1", META)
    assert "meta" not in results[1]
    assert empty == {
        "note_id": "c",
        "error": {"code": "E010", "message": "The note text is empty"},
        "record": "in.csv:3",
        "meta": {"site": "South"},
    }
    assert error == {
        "note_id": "d",
        "error": {"code": "E055", "message": "The attachment data is not valid base64"},
        "record": "in.csv:4",
    }


def test_flatten_verdict_and_error_rows(results):
    """The flat row has every column in order: element statuses, joined lists, metadata; errors fill error_*."""
    row = flatten(results[0])
    assert list(row) == [name for name, _ in COLUMNS]
    elements = results[0]["elements"]
    assert row["record"] == "in.csv:1" and row["note_id"] == "a"
    assert (row["status"], row["supported"], row["level"]) == (results[0]["status"], results[0]["supported"], "77290")
    assert row["treatment_area_count"] == elements["treatment_areas"]["count"] == 3
    assert row["features"] == ";".join(elements["complexity"]["features"]) and ";" in row["features"]
    assert row["modalities"] == "CT"
    assert {name: row[name] for name in ("rationale", "treatment_areas", "complexity", "imaging")} == {
        name: elements[name]["status"] for name in ("rationale", "treatment_areas", "complexity", "imaging")
    }
    assert (row["site"], row["author"], row["department"], row["note_type"]) == ("North", META["author"], "RO", None)
    assert row["rulepack_version"] == results[0]["versions"]["rulepack"]
    assert row["error_code"] is None
    missing = flatten(results[1])["missing"]
    assert missing == ";".join(m["element"] for m in results[1]["missing"]) and missing
    error = flatten(results[3])
    assert (error["status"], error["error_code"], error["supported"], error["level"]) == ("error", "E055", None, None)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_written_results_read_back_as_the_same_flat_rows(tmp_path, results, fmt):
    """JSONL, CSV and Parquet outputs read back as the flat rows of what was written (CSV has no empty/null split)."""
    path = tmp_path / f"out.{fmt}"
    writer = open_writer(path, fmt)
    writer.write(results[:2])
    writer.write(results[2:])
    writer.close()
    expected = [flatten(result) for result in results]
    if fmt == "csv":
        expected = [{k: (None if v == "" else v) for k, v in row.items()} for row in expected]
    assert list(read_results(path)) == expected
    if fmt == "jsonl":
        assert [json.loads(line) for line in path.read_text().splitlines()] == results


def test_parquet_columns_are_typed(tmp_path, results):
    """Parquet keeps booleans, integers and floats as such."""
    writer = open_writer(tmp_path / "out.parquet", "parquet")
    writer.write(results)
    writer.close()
    schema = pq.read_schema(tmp_path / "out.parquet")
    assert [schema.field(n).type for n in ("supported", "treatment_area_count", "confidence", "note_id")] == [
        "bool", "int64", "double", "string"
    ]  # fmt: skip
    assert not (tmp_path / "out.parquet.parts").exists()


@pytest.mark.parametrize("partial", [b'{"note_id": "x", "supp', b"\n\x00\x00\x00"], ids=["torn-line", "zeros"])
def test_recover_jsonl_cuts_a_partly_written_last_line(tmp_path, results, partial):
    """After a crash mid-write, recover returns the complete records and trims the rest, so appending is clean."""
    path = tmp_path / "out.jsonl"
    writer = open_writer(path, "jsonl")
    writer.write(results[:3])
    writer.close()
    size = path.stat().st_size
    with open(path, "ab") as stream:
        stream.write(partial)
    assert [row["record"] for row in recover(path, "jsonl")] == ["in.csv:1", "in.csv:2", "in.csv:3"]
    assert path.stat().st_size == size
    writer = open_writer(path, "jsonl", append=True)
    writer.write(results[3:])
    writer.close()
    assert [json.loads(line) for line in path.read_text().splitlines()] == results


def test_recover_rejects_a_file_that_is_not_a_simcheck_output(tmp_path):
    """Resuming into some other JSONL or CSV file is refused (E052) instead of appending to it."""
    (tmp_path / "other.jsonl").write_text('{"id": 1, "text": "a note"}\n{"id": 2}\n')
    (tmp_path / "other.csv").write_text("id,text\n1,a note\n")
    for name, fmt in (("other.jsonl", "jsonl"), ("other.csv", "csv")):
        with pytest.raises(BatchError) as caught:
            list(recover(tmp_path / name, fmt))
        assert caught.value.code == "E052"


def test_recover_csv_cuts_a_partial_row_even_inside_a_quoted_field(tmp_path, results):
    """A CSV row cut inside a quoted multi-line value is dropped; complete rows (with quoted newlines) are kept."""
    path = tmp_path / "out.csv"
    writer = open_writer(path, "csv")
    writer.write(results[:2])
    writer.close()
    size = path.stat().st_size
    with open(path, "ab") as stream:
        stream.write(b'in.csv:3,c,error,,,,,,,,,,,,E010,"The note\ntext')
    rows = list(recover(path, "csv"))
    assert [row["record"] for row in rows] == ["in.csv:1", "in.csv:2"]
    assert rows[0]["author"] == META["author"]
    assert path.stat().st_size == size


def test_parquet_parts_survive_a_crash_and_the_run_goes_on(tmp_path, results):
    """Finished parts survive a crash (a half-written part does not); appending continues and close merges in order."""
    path = tmp_path / "out.parquet"
    writer = ParquetWriter(path, append=False, rows_per_part=2)
    for result in results[:4]:
        writer.write([result])
    (writer.parts / ".part-000002.tmp").write_bytes(b"PAR1 torn")
    del writer  # crash: no close, the buffered rows are lost
    assert [row["record"] for row in recover(path, "parquet")] == ["in.csv:1", "in.csv:2", "in.csv:3", "in.csv:4"]
    writer = open_writer(path, "parquet", append=True)
    writer.write(results[4:])
    writer.close()
    assert [row["record"] for row in read_results(path)] == [f"in.csv:{n}" for n in range(1, 6)]


def test_recover_a_finished_parquet_file_then_append(tmp_path, results):
    """Resuming a finished Parquet output keeps its rows and adds the new ones."""
    path = tmp_path / "out.parquet"
    writer = open_writer(path, "parquet")
    writer.write(results[:3])
    writer.close()
    assert len(list(recover(path, "parquet"))) == 3
    writer = open_writer(path, "parquet", append=True)
    writer.write(results[3:])
    writer.close()
    assert [flatten(r) for r in results] == list(read_results(path))


@pytest.mark.parametrize(
    ("name", "fmt", "expected"),
    [
        ("a.jsonl", None, "jsonl"),
        ("a.csv", None, "csv"),
        ("a.parquet", None, "parquet"),
        ("a.out", None, "jsonl"),
        ("a.out", "csv", "csv"),
    ],
)
def test_output_format_from_option_or_extension(name, fmt, expected):
    """--format wins; otherwise the extension decides, JSONL by default."""
    assert output_format(name, fmt) == expected


def test_unknown_output_format_is_an_error():
    """An unknown --format is E051."""
    with pytest.raises(BatchError) as caught:
        output_format("a.jsonl", "xml")
    assert caught.value.code == "E051"
