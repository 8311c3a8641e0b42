"""The runner and ``simcheck batch``: one output per input in order, workers, resume after SIGKILL, clean CLI errors."""

import csv
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from tests.batch.builders import (
    SECRET,
    SHORT_NOTE,
    synthetic_notes,
    write_csv,
    write_fhir_export,
    write_hl7,
    write_jsonl,
    write_txt_folder,
)
from typer.testing import CliRunner

from simcheck.batch import BatchError
from simcheck.batch.readers import Meter, plan, read
from simcheck.batch.records import Record, analyze
from simcheck.batch.runner import BatchOptions, _local_results, run_batch
from simcheck.cli import app
from simcheck.errors import InputError
from simcheck.verdict import NoteError


def run(inputs, output, **options):
    return run_batch(BatchOptions(inputs=inputs, output=output, workers=1, progress=False, **options))


def lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def mixed_inputs(tmp_path):
    """Every format, with good records and failures."""
    rows = [
        {"note_id": i, "text": t, "site": "North" if n % 2 else "South"} for n, (i, t) in enumerate(synthetic_notes(5))
    ]
    rows[2]["text"] = ""
    return [
        write_fhir_export(tmp_path / "export"),
        write_hl7(tmp_path / "notes.hl7"),
        write_csv(tmp_path / "notes.csv", rows),
        write_jsonl(tmp_path / "notes.jsonl", [{"id": "j1", "text": SHORT_NOTE}, "not an object"]),
        write_txt_folder(tmp_path / "txt", synthetic_notes(2, seed=9)),
    ]


@pytest.fixture
def many_notes(tmp_path):
    """A CSV of 500 short synthetic notes (a few empty) with metadata."""
    rows = [
        {"note_id": note_id, "text": "" if n % 97 == 5 else text, "department": f"Dept {n % 3}"}
        for n, (note_id, text) in enumerate(synthetic_notes(500, seed=3, min_words=80, max_words=220))
    ]
    return write_csv(tmp_path / "notes.csv", rows)


def test_every_input_record_gives_exactly_one_output_record_in_order(tmp_path, mixed_inputs):
    """The output has one verdict or error record per input record, in input order, keyed by the record key."""
    output = tmp_path / "out.jsonl"
    summary = run(mixed_inputs, output)
    expected = [record.key for source in plan(mixed_inputs) for record in read(source)]
    written = lines(output)
    assert [result["record"] for result in written] == expected and len(expected) == 27
    assert all(("error" in r) != ("elements" in r) for r in written)
    errors = [r for r in written if "error" in r]
    assert all(set(r["error"]) == {"code", "message"} for r in errors)
    assert {r["error"]["code"] for r in errors} == {"E010", "E053", "E054", "E055", "E056", "E057", "E058"}
    assert (summary.records, sum(summary.errors.values())) == (27, len(errors)) == (27, 13)
    assert summary.checked == len(written) - len(errors)
    assert summary.supported == sum(1 for r in written if r.get("supported") is True)


def test_two_workers_write_exactly_what_one_writes(tmp_path, mixed_inputs):
    """Worker processes keep input order and give byte-identical output."""
    run(mixed_inputs, tmp_path / "one.jsonl")
    run_batch(BatchOptions(mixed_inputs, tmp_path / "two.jsonl", workers=2, chunk_size=4, progress=False))
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


def test_the_pool_reads_ahead_only_a_bounded_number_of_chunks():
    """Memory stays flat: with 2 workers, at most 2 x 2 chunks (and the one being cut) are read ahead of the output."""
    pulled = [0]
    total, chunk = 200, 10

    def records():
        for n in range(total):
            pulled[0] += 1
            yield Record(f"gen:{n}", str(n), SHORT_NOTE)

    written = 0
    for results, _ in _local_results(records(), Meter(), workers=2, chunk_size=chunk):
        written += len(results)
        assert pulled[0] - written <= (2 * 2 + 1) * chunk
    assert written == total


def test_resume_after_sigkill_matches_a_clean_run(tmp_path, many_notes):
    """SIGKILL the batch midway (the whole process group), resume, and get each input exactly once, as a clean run."""
    clean = tmp_path / "clean.jsonl"
    run([many_notes], clean)
    output = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "simcheck", "batch", str(many_notes), "-o", str(output), "--workers", "2"]
    process = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 180
    written = 0
    while written < 130 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
        written = output.read_bytes().count(b"\n") if output.exists() else 0
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the batch finished before it could be killed"
    assert 130 <= output.read_bytes().count(b"\n") < 500
    result = subprocess.run(
        [*command, "--resume", "--workers", "1"], capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "already in the output" in result.stdout
    resumed = lines(output)
    ids = [r["note_id"] for r in resumed]
    assert len(ids) == len(set(ids)) == 500
    assert output.read_bytes() == clean.read_bytes()


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_resume_trims_a_torn_output_and_completes_it(tmp_path, many_notes, fmt):
    """An output cut mid-record (or with its last Parquet part missing) is completed to match a clean run."""
    from simcheck.batch.writers import read_results

    notes = write_csv(tmp_path / "few.csv", [{"id": f"x{n}", "text": SHORT_NOTE} for n in range(150)])
    clean, output = tmp_path / f"clean.{fmt}", tmp_path / f"out.{fmt}"
    run([notes], clean, chunk_size=20)
    if fmt == "parquet":
        run([notes], output, chunk_size=20)
        parts = output.with_name(output.name + ".parts")
        parts.mkdir()
        output.rename(parts / "part-000000.parquet")  # as if the merge had not happened
    else:
        data = clean.read_bytes()
        output.write_bytes(data[: int(len(data) * 0.6)])  # ends mid-record
    summary = run([notes], output, resume=True, chunk_size=20)
    assert summary.resumed > 0 or fmt == "parquet"
    assert list(read_results(output)) == list(read_results(clean))


def test_resume_refuses_an_output_of_other_inputs(tmp_path):
    """Resuming with inputs whose record keys differ from the output's is refused (E052), nothing is appended."""
    first = write_jsonl(tmp_path / "a.jsonl", [{"id": "1", "text": SHORT_NOTE}])
    other = write_jsonl(tmp_path / "b.jsonl", [{"id": "1", "text": SHORT_NOTE}])
    output = tmp_path / "out.jsonl"
    run([first], output)
    before = output.read_bytes()
    with pytest.raises(BatchError) as caught:
        run([other], output, resume=True)
    assert caught.value.code == "E052" and "'a.jsonl:1'" in caught.value.message
    assert output.read_bytes() == before


def test_a_note_that_crashes_the_pipeline_becomes_one_error_record():
    """An unexpected failure on one note gives that note an E059 record (type name only); the others are checked."""

    class Flaky:
        def check_many(self, notes, batch_size=64):
            raise RuntimeError("pipeline bug")

        def check(self, text, note_id=None):
            if "boom" in text:
                raise ValueError(f"cannot handle {text}")
            if not text.strip():
                raise InputError("E010", "The note text is empty")
            return NoteError(note_id=note_id, error={"code": "OK", "message": "stub verdict"})

    results = analyze(
        Flaky(), [Record("k:1", "a", "fine"), Record("k:2", "b", f"boom {SECRET}"), Record("k:3", "c", "")]
    )
    assert [r["error"]["code"] for r in results] == ["OK", "E059", "E010"]
    assert results[1]["error"]["message"] == "The note could not be analysed: internal error ValueError"


# --------------------------------------------------------------------------- the command line

cli = CliRunner()


def test_cli_batch_writes_csv_and_prints_a_summary(tmp_path, mixed_inputs):
    """``simcheck batch ... -o out.csv`` writes one row per record and a summary with counts and errors."""
    output = tmp_path / "out.csv"
    result = cli.invoke(app, ["batch", *map(str, mixed_inputs), "-o", str(output), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "records: 27 (27 in this run, 0 already in the output)" in result.stdout
    assert "errors by code: E010 3, E053 2, E054 2, E055 2, E056 1, E057 2, E058 1" in result.stdout
    assert "supported rate:" in result.stdout
    with output.open(newline="") as stream:
        assert len(list(csv.reader(stream))) == 28
    assert result.stderr == ""  # no progress bar when stderr is not a terminal


def test_cli_progress_bar_on_request(tmp_path):
    """--progress draws the bar with notes/s even when stderr is not a terminal."""
    notes = write_jsonl(tmp_path / "n.jsonl", [{"id": "1", "text": SHORT_NOTE}])
    result = cli.invoke(app, ["batch", str(notes), "-o", str(tmp_path / "o.jsonl"), "--workers", "1", "--progress"])
    assert result.exit_code == 0
    assert "notes/s" in result.stderr and "simcheck batch" in result.stderr


def test_cli_existing_output_needs_resume_or_overwrite(tmp_path):
    """An existing output is never silently replaced: E051 unless --resume or --overwrite."""
    notes = write_jsonl(tmp_path / "n.jsonl", [{"id": "1", "text": SHORT_NOTE}])
    output = tmp_path / "o.jsonl"
    output.write_text("keep me\n")
    args = ["batch", str(notes), "-o", str(output), "--workers", "1"]
    result = cli.invoke(app, args)
    assert result.exit_code == 2 and "[E051]" in result.stderr and "--overwrite" in result.stderr
    assert output.read_text() == "keep me\n"
    assert cli.invoke(app, [*args, "--overwrite"]).exit_code == 0
    assert [r["note_id"] for r in lines(output)] == ["1"]


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["missing.csv"], "E050"),
        (["{bad_gz}"], "E050"),
        (["{csv}", "--input-format", "xml"], "E050"),
        (["{csv}", "--format", "xml"], "E051"),
        (["{csv}", "--text-col", "body"], "E050"),
        (["{csv}", "--engine", "dask"], "E051"),
        (["{csv}", "--engine", "spark", "--resume"], "E051"),
    ],
)
def test_cli_errors_are_one_clear_line_without_a_traceback(tmp_path, args, code):
    """Bad inputs and options exit with 2 and an ``[Ennn]`` message, never a stack trace."""
    notes = write_csv(tmp_path / "notes.csv", [{"id": "1", "text": SHORT_NOTE}])
    (tmp_path / "bad.csv.gz").write_text("not gzip data")
    args = [arg.format(csv=notes, bad_gz=tmp_path / "bad.csv.gz") for arg in args]
    result = cli.invoke(app, ["batch", *args, "-o", str(tmp_path / "o.jsonl"), "--workers", "1"])
    assert result.exit_code == 2
    assert f"[{code}]" in result.stderr
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_no_note_text_in_logs_or_error_records(tmp_path):
    """Failing records planted with a marker never leak it into error messages, the summary or the log."""
    export = write_fhir_export(tmp_path / "export")
    hl7 = write_hl7(tmp_path / "m.hl7")
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"id,text\nb1,bad \xff " + SECRET.encode() + b"\n")
    output = tmp_path / "out.jsonl"
    result = cli.invoke(app, ["batch", str(export), str(hl7), str(bad), "-o", str(output), "--workers", "1"])
    assert result.exit_code == 0
    assert SECRET not in result.output
    errors = [r for r in lines(output) if "error" in r]
    assert len(errors) == 12
    assert not any(SECRET in json.dumps(r) for r in errors)


def test_cli_unwritable_output_is_a_clear_error(tmp_path):
    """An output that cannot be created (its folder is a file) is E051, not a stack trace."""
    notes = write_jsonl(tmp_path / "n.jsonl", [{"id": "1", "text": SHORT_NOTE}])
    (tmp_path / "file").write_text("x")
    result = cli.invoke(app, ["batch", str(notes), "-o", str(tmp_path / "file" / "out.jsonl"), "--workers", "1"])
    assert result.exit_code == 2 and "[E051]" in result.stderr and "Traceback" not in result.output
