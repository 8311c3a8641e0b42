"""Spark (local[2]): the same records as the local batch, record for record, and plain result columns."""

import json
import shutil

import pytest
from tests.batch.builders import SHORT_NOTE, synthetic_notes, write_csv, write_fhir_export, write_hl7

from simcheck.batch.records import COLUMNS, Record, flatten, shared_analyzer
from simcheck.batch.records import analyze as analyze_records
from simcheck.batch.runner import BatchOptions, run_batch

pytestmark = pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java")


@pytest.fixture(scope="session")
def spark():
    from simcheck.spark import session

    spark = session("local[2]")
    spark.sparkContext.setLogLevel("ERROR")
    yield spark
    spark.stop()


def test_spark_batch_equals_the_local_batch_record_for_record(spark, tmp_path):
    """``--engine spark`` reads the same inputs and writes byte for byte the JSONL the local engine writes."""
    rows = [
        {"note_id": note_id, "text": text, "site": f"Site {n % 3}", "author": f"Dr. {n % 5}"}
        for n, (note_id, text) in enumerate(synthetic_notes(300, seed=11, min_words=80, max_words=250))
    ]
    rows[7]["text"] = ""
    inputs = [
        write_csv(tmp_path / "notes.csv", rows),
        write_fhir_export(tmp_path / "export"),
        write_hl7(tmp_path / "m.hl7"),
    ]
    local, distributed = tmp_path / "local.jsonl", tmp_path / "spark.jsonl"
    run_batch(BatchOptions(inputs, local, workers=1, progress=False))
    summary = run_batch(BatchOptions(inputs, distributed, engine="spark", workers=2, spark_master="local[2]"))
    assert summary.records == 318
    assert distributed.read_bytes() == local.read_bytes()


def test_analyze_a_dataframe_returns_plain_columns(spark):
    """simcheck.spark.analyze keeps one row per input row: flat columns equal to the local rows, the JSON record."""
    from simcheck.spark import RESULT_COLUMN, analyze

    rows = [
        ("a", SHORT_NOTE, "North", "mrn-1"),
        ("b", "CT simulation, two treatment areas.", None, "mrn-2"),
        ("c", None, "South", "mrn-3"),
        (None, "   ", None, "mrn-4"),
    ]
    df = spark.createDataFrame(rows, "note_id string, text string, site string, mrn string")
    result = analyze(df, keep=("mrn",)).orderBy("mrn").collect()
    assert result[0].__fields__ == [*(name for name, _ in COLUMNS), RESULT_COLUMN, "mrn"]
    records = [
        Record(None, note_id, text or "", None, {"site": site} if site else {}) for note_id, text, site, _ in rows
    ]
    expected = analyze_records(shared_analyzer(), records)
    assert [json.loads(row[RESULT_COLUMN]) for row in result] == expected
    assert [{name: row[name] for name, _ in COLUMNS} for row in result] == [flatten(r) for r in expected]
    assert [row.mrn for row in result] == ["mrn-1", "mrn-2", "mrn-3", "mrn-4"]
    assert [row.error_code for row in result] == [None, None, "E010", "E010"]
    assert isinstance(result[0].supported, bool) and isinstance(result[0].treatment_area_count, int)
