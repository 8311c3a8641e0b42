"""The records of a batch run: an input record, its output record and the one flat row.

A reader yields a :class:`Record` per input record. :func:`analyze` turns a list of them into
output records (a verdict or an error record, as JSON-ready dicts, one per input, in order), which
carry two optional fields on top of the contract: ``record``, the input record's key, and ``meta``,
its pass-through metadata. :func:`flatten` turns an output record into the flat row that the CSV and
Parquet writers, the report and the Spark columns all share.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from simcheck.errors import Errors, SimcheckError
from simcheck.verdict import ErrorDetail, NoteError, Verdict

if TYPE_CHECKING:
    from simcheck.analyzer import Analyzer

META_FIELDS: tuple[str, ...] = ("site", "author", "note_type", "department", "date")
"""Metadata carried from the input into the outputs (``meta`` in JSONL, columns in CSV/Parquet)."""

ELEMENTS: tuple[str, ...] = ("rationale", "treatment_areas", "complexity", "imaging")

Cell = str | int | float | bool | None

COLUMNS: tuple[tuple[str, type], ...] = (
    ("record", str),
    ("note_id", str),
    ("status", str),
    ("supported", bool),
    ("level", str),
    ("confidence", float),
    ("rationale", str),
    ("treatment_areas", str),
    ("treatment_area_count", int),
    ("complexity", str),
    ("imaging", str),
    ("features", str),
    ("modalities", str),
    ("missing", str),
    ("error_code", str),
    ("error_message", str),
    *((name, str) for name in META_FIELDS),
    ("simcheck_version", str),
    ("rulepack_version", str),
    ("model_version", str),
)
"""The flat row: name and Python type of each column, in order (lists are joined with ``;``)."""

ERROR_STATUS = "error"
"""The flat row's ``status`` for a record that has an error instead of a verdict."""


class Record(NamedTuple):
    """One input record, as a reader yields it.

    Attributes:
        key: Deterministic key of the record in the input (``"notes.csv:17"``), or None.
        note_id: The note id from the input, or None.
        text: The note text; None when ``error`` is set.
        error: Why the record cannot be analysed (bad base64, wrong resource type, ...), or None.
        meta: Metadata named as in :data:`META_FIELDS`, only the ones present.
    """

    key: str | None
    note_id: str | None
    text: str | None
    error: ErrorDetail | None = None
    meta: Mapping[str, str] = {}


def failed(
    key: str | None, note_id: str | None, code: str, message: str, meta: Mapping[str, str] | None = None
) -> Record:
    """Return a record that carries an error instead of text."""
    return Record(key, note_id, None, ErrorDetail(code=code, message=message), meta or {})


def output_record(result: Verdict | NoteError, record: Record) -> dict[str, Any]:
    """Return the JSON-ready output record: the verdict or error record plus ``record`` and ``meta``."""
    data = result.to_dict()
    if record.key is not None:
        data["record"] = record.key
    if record.meta:
        data["meta"] = dict(record.meta)
    return data


def analyze(analyzer: Analyzer, records: Sequence[Record], batch_size: int = 64) -> list[dict[str, Any]]:
    """Check a chunk of records; one output record per input record, in order.

    An unexpected failure of the pipeline on a chunk is retried note by note, so one bad note
    becomes an ``E059`` error record instead of stopping the batch.

    Args:
        analyzer: A loaded analyzer.
        records: Records from a reader.
        batch_size: Notes per ``nlp.pipe`` batch.

    Returns:
        JSON-ready output records.
    """
    notes = [(record.note_id, record.text or "") for record in records if record.error is None]
    try:
        checked = list(analyzer.check_many(notes, batch_size=batch_size))
    except Exception:  # isolate the failing note below
        checked = [_check_one(analyzer, note_id, text) for note_id, text in notes]
    results = iter(checked)
    return [
        output_record(
            NoteError(note_id=record.note_id, error=record.error) if record.error is not None else next(results),
            record,
        )
        for record in records
    ]


def _check_one(analyzer: Analyzer, note_id: str | None, text: str) -> Verdict | NoteError:
    try:
        return analyzer.check(text, note_id)
    except SimcheckError as exc:
        return NoteError(note_id=note_id, error=ErrorDetail(code=exc.code, message=exc.message))
    except Exception as exc:  # a bug on one note must not lose the others
        message = Errors.E059.format(kind=type(exc).__name__)
        return NoteError(note_id=note_id, error=ErrorDetail(code="E059", message=message))


_ANALYZER: Analyzer | None = None


def shared_analyzer() -> Analyzer:
    """Return this process's analyzer, built on first use (pool workers, Spark executors, inline runs)."""
    global _ANALYZER
    if _ANALYZER is None:
        from simcheck.analyzer import load

        _ANALYZER = load()
    return _ANALYZER


def _joined(values: object) -> str:
    return ";".join(str(value) for value in values) if isinstance(values, list) else ""


def flatten(result: Mapping[str, Any]) -> dict[str, Cell]:
    """Return the flat row (:data:`COLUMNS`) of an output record, a verdict or an error record.

    Args:
        result: An output record as written to JSONL (see :func:`output_record`).

    Returns:
        One value per column; lists joined with ``;``; None where a value does not apply.
    """
    meta = result.get("meta") or {}
    row: dict[str, Cell] = dict.fromkeys(name for name, _ in COLUMNS)
    row["record"] = result.get("record")
    row["note_id"] = result.get("note_id")
    row.update({name: meta.get(name) for name in META_FIELDS})
    error = result.get("error")
    if error is not None:
        row.update(status=ERROR_STATUS, error_code=error.get("code"), error_message=error.get("message"))
        return row
    elements = result["elements"]
    versions = result.get("versions") or {}
    row.update(
        status=result["status"],
        supported=result["supported"],
        level=result["level"],
        confidence=result.get("confidence"),
        treatment_area_count=elements["treatment_areas"].get("count"),
        features=_joined(elements["complexity"].get("features")),
        modalities=_joined(elements["imaging"].get("modalities")),
        missing=_joined([item["element"] for item in result.get("missing", [])]),
        simcheck_version=versions.get("simcheck"),
        rulepack_version=versions.get("rulepack"),
        model_version=versions.get("model"),
    )
    row.update({name: elements[name]["status"] for name in ELEMENTS})
    return row
