"""simcheck on Spark: apply the analyzer to a DataFrame with ``mapInPandas``.

Example:
    >>> from simcheck.spark import analyze
    >>> results = analyze(notes_df, text_col="text", id_col="note_id")  # doctest: +SKIP
    >>> results.groupBy("level").count().show()  # doctest: +SKIP

The function shipped to executors is a plain module function: each Python worker process builds
its analyzer on first use (:func:`simcheck.batch.records.shared_analyzer`) and keeps it for later
tasks; nothing spaCy-related is pickled or broadcast. Results are plain columns, the same flat row
as the CSV and Parquet outputs (:data:`simcheck.batch.records.COLUMNS`), plus ``result``: the full
output record as JSON, exactly the line ``simcheck batch`` writes to JSONL.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from simcheck.batch.readers import Source, read
from simcheck.batch.records import COLUMNS, META_FIELDS, Record, flatten, shared_analyzer
from simcheck.batch.records import analyze as analyze_records
from simcheck.verdict import ErrorDetail

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped]
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import StructType

RESULT_COLUMN = "result"
"""The column holding the full output record as JSON."""

_SLICE = 256  # rows analysed and returned at a time, so memory stays flat whatever the Arrow batch size
_INPUT = ("_record", "_note_id", "_text", "_error_code", "_error_message", *(f"_{name}" for name in META_FIELDS))


def session(master: str | None = None) -> SparkSession:
    """Get or create the Spark session.

    Started from a plain Python process (not spark-submit), the Python workers run this interpreter
    unless ``PYSPARK_PYTHON`` says otherwise; under spark-submit its settings are left alone.

    Args:
        master: A master URL such as ``local[2]``; None keeps spark-submit's (or local mode).

    Returns:
        The session.
    """
    from pyspark.sql import SparkSession

    if "PYSPARK_GATEWAY_PORT" not in os.environ:  # not launched by spark-submit
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("simcheck").config("spark.ui.showConsoleProgress", "false")
    if master is not None:
        builder = builder.master(master)
    return builder.getOrCreate()


def result_schema() -> StructType:
    """The schema of :func:`analyze`'s result columns."""
    from pyspark.sql.types import BooleanType, DoubleType, LongType, StringType, StructField, StructType

    types = {str: StringType(), bool: BooleanType(), int: LongType(), float: DoubleType()}
    fields = [StructField(name, types[kind]) for name, kind in COLUMNS]
    return StructType([*fields, StructField(RESULT_COLUMN, StringType())])


def analyze(
    df: DataFrame,
    *,
    text_col: str = "text",
    id_col: str | None = "note_id",
    record_col: str | None = None,
    keep: Sequence[str] = (),
) -> DataFrame:
    """Check every row's note; one result row per input row.

    Metadata columns named as in :data:`~simcheck.batch.records.META_FIELDS` (``site``, ``author``,
    ``note_type``, ``department``, ``date``) are carried into the result when present, as are
    ``error_code``/``error_message`` (a row that already failed to read keeps its error).

    Args:
        df: Notes, one per row.
        text_col: The column holding the note text.
        id_col: The column holding the note id (None or absent: ids are null).
        record_col: A column holding a record key to echo as ``record``.
        keep: Further columns to pass through unchanged (for joins or ordering).

    Returns:
        A DataFrame with the flat columns, ``result`` (the output record as JSON) and ``keep``.
    """
    from pyspark.sql import functions as F

    names = set(df.columns)

    def column(name: str | None, alias: str) -> Any:
        value = F.col(name).cast("string") if name is not None and name in names else F.lit(None).cast("string")
        return value.alias(alias)

    selected = df.select(
        column(record_col, "_record"),
        column(id_col, "_note_id"),
        column(text_col, "_text"),
        column("error_code", "_error_code"),
        column("error_message", "_error_message"),
        *(column(name, f"_{name}") for name in META_FIELDS),
        *keep,
    )
    schema = result_schema()
    for name in keep:
        schema = schema.add(df.schema[name])
    return selected.mapInPandas(partial(_analyze_frames, keep=tuple(keep)), schema)


def _analyze_frames(frames: Iterator[pd.DataFrame], keep: tuple[str, ...] = ()) -> Iterator[pd.DataFrame]:
    """Executor side of :func:`analyze`: records from rows, output records, flat columns."""
    analyzer = shared_analyzer()
    for frame in frames:
        for start in range(0, len(frame), _SLICE):
            part = frame.iloc[start : start + _SLICE]
            records = [_record(row) for row in part[list(_INPUT)].itertuples(index=False, name=None)]
            yield _result_frame(analyze_records(analyzer, records), part, keep)


def _none(value: Any) -> Any:
    return None if value is None or value != value else value  # NaN from pandas is null


def _record(row: tuple[Any, ...]) -> Record:
    key, note_id, text, code, message, *meta = (_none(value) for value in row)
    found = {name: value for name, value in zip(META_FIELDS, meta, strict=True) if value is not None}
    error = ErrorDetail(code=code, message=message or "") if code is not None else None
    return Record(key, note_id, None if error else (text if text is not None else ""), error, found)


def _result_frame(results: list[dict[str, Any]], part: pd.DataFrame, keep: tuple[str, ...]) -> pd.DataFrame:
    import pandas as pd

    dtypes = {str: "object", bool: "boolean", int: "Int64", float: "Float64"}
    rows = [flatten(result) for result in results]
    frame = pd.DataFrame(
        {name: pd.array([row[name] for row in rows], dtype=dtypes[kind]) for name, kind in COLUMNS},
        index=part.index,
    )
    frame[RESULT_COLUMN] = [json.dumps(result, ensure_ascii=False) for result in results]
    for name in keep:
        frame[name] = part[name]
    return frame


# --------------------------------------------------------------------------- simcheck batch --engine spark

_PLAN = "source long, path string, fmt string, id_col string, text_col string"


def _record_schema() -> StructType:
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    text = ["record", "note_id", "text", "error_code", "error_message", *META_FIELDS]
    return StructType(
        [StructField("source", LongType()), StructField("position", LongType())]
        + [StructField(name, StringType()) for name in text]
    )


def _read_frames(frames: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """Executor side of reading: the batch readers, run on the sources of this partition."""
    import pandas as pd

    names = [field.name for field in _record_schema().fields]
    for frame in frames:
        for source, path, fmt, id_col, text_col in frame.itertuples(index=False, name=None):
            rows: list[tuple[Any, ...]] = []
            for position, record in enumerate(read(Source(path, fmt, 0, _none(id_col), _none(text_col)))):
                error = record.error
                meta = [record.meta.get(name) for name in META_FIELDS]
                rows.append(
                    (source, position, record.key, record.note_id, record.text)
                    + ((error.code, error.message) if error else (None, None))
                    + tuple(meta)
                )
                if len(rows) >= _SLICE:
                    yield pd.DataFrame(rows, columns=names)
                    rows = []
            if rows:
                yield pd.DataFrame(rows, columns=names)


def read_sources(spark: SparkSession, sources: Sequence[Source]) -> DataFrame:
    """The records of batch sources as a DataFrame, read on the executors by the batch readers.

    Files must be reachable at the same path from every executor (local mode, or a shared file
    system). Columns: ``source`` and ``position`` (input order), then ``record``, ``note_id``,
    ``text``, ``error_code``, ``error_message`` and the metadata columns.
    """
    plan = spark.createDataFrame(
        [(number, s.path, s.fmt, s.id_col, s.text_col) for number, s in enumerate(sources)], _PLAN
    )
    return plan.repartition(max(1, len(sources))).mapInPandas(_read_frames, _record_schema())


def batch_results(
    sources: Sequence[Source], *, partitions: int | None = None, master: str | None = None
) -> Iterator[dict[str, Any]]:
    """Output records of batch sources checked on Spark, in input order (what ``--engine spark`` writes).

    Args:
        sources: From :func:`simcheck.batch.readers.plan`.
        partitions: Partitions for the checking stage; None for Spark's default parallelism.
        master: Spark master URL; None for spark-submit's (or local mode).

    Yields:
        JSON-ready output records, the same as the local engine's.
    """
    from pyspark import StorageLevel

    spark = session(master)
    records = read_sources(spark, sources)
    count = partitions or spark.sparkContext.defaultParallelism
    checked = analyze(
        records.repartition(count), text_col="text", id_col="note_id", record_col="record", keep=("source", "position")
    ).persist(StorageLevel.DISK_ONLY)  # the sort samples its input first: do not check every note twice
    try:
        ordered = checked.orderBy("source", "position").select(RESULT_COLUMN)
        for row in ordered.toLocalIterator():
            yield json.loads(row[RESULT_COLUMN])
    finally:
        checked.unpersist()
