"""Writers for batch results, and readers for what they wrote.

* ``jsonl``: one output record per line, the full verdict or error record (plus ``record``/``meta``).
* ``csv``: one flat row per note (:data:`~simcheck.batch.records.COLUMNS`), with a header.
* ``parquet``: the same flat rows, typed.

Every ``write`` is durable when it returns (flushed and fsynced; Parquet writes a finished part
file every few thousand rows and merges the parts on ``close``), so after a crash :func:`recover`
returns what was written and cuts off a partly written last record, and the run can go on.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from simcheck.batch import BatchError
from simcheck.batch.records import COLUMNS, Cell, flatten
from simcheck.errors import Errors

if TYPE_CHECKING:
    import pyarrow as pa  # type: ignore[import-untyped]

OUTPUT_FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")
_SUFFIXES = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
}
_NAMES = [name for name, _ in COLUMNS]
_TYPES = dict(COLUMNS)


def output_format(path: str | Path, fmt: str | None = None) -> str:
    """The output format: ``fmt`` when given, else from the file extension (JSONL by default)."""
    if fmt is not None:
        if fmt not in OUTPUT_FORMATS:
            reason = f"unknown format {fmt!r}; use {', '.join(OUTPUT_FORMATS)}"
            raise BatchError("E051", Errors.E051.format(path=path, reason=reason))
        return fmt
    return _SUFFIXES.get(Path(path).suffix.lower(), "jsonl")


def _parts(path: Path) -> Path:
    return path.with_name(path.name + ".parts")


def output_exists(path: str | Path, fmt: str) -> bool:
    """Whether an output (or a Parquet run's parts) is already there."""
    path = Path(path)
    return path.exists() or (fmt == "parquet" and _parts(path).exists())


def remove_output(path: str | Path, fmt: str) -> None:
    """Delete an output and, for Parquet, its parts."""
    path = Path(path)
    path.unlink(missing_ok=True)
    if fmt == "parquet":
        shutil.rmtree(_parts(path), ignore_errors=True)


def _fsync_dir(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


class Writer(ABC):
    """Writes output records in order; each ``write`` is durable (or checkpointed) when it returns.

    Args:
        path: The output file.
        append: Continue an output that :func:`recover` has checked and trimmed.
    """

    def __init__(self, path: Path, append: bool) -> None:
        self.path = path
        self.append = append

    @abstractmethod
    def write(self, results: Sequence[Mapping[str, Any]]) -> None:
        """Write output records (JSON-ready dicts from :func:`~simcheck.batch.records.analyze`)."""

    @abstractmethod
    def close(self, complete: bool = True) -> None:
        """Finish the output; with ``complete=False`` (interrupted) keep it resumable."""


class _LineWriter(Writer):
    """A text file written line by line, flushed and fsynced per ``write``."""

    def __init__(self, path: Path, append: bool) -> None:
        super().__init__(path, append)
        self._file = open(path, "a" if append else "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed in close()

    def _commit(self, text: str) -> None:
        self._file.write(text)
        self._file.flush()
        os.fsync(self._file.fileno())

    def close(self, complete: bool = True) -> None:
        """Close the file."""
        self._file.close()


class JsonlWriter(_LineWriter):
    """Full output records, one JSON object per line."""

    def write(self, results: Sequence[Mapping[str, Any]]) -> None:
        """Append the records."""
        self._commit("".join(json.dumps(result, ensure_ascii=False) + "\n" for result in results))


def _cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _parse(value: str, kind: type) -> Cell:
    if value == "":
        return None
    if kind is bool:
        return value == "true"
    if kind is int:
        return int(value)
    if kind is float:
        return float(value)
    return value


class CsvWriter(_LineWriter):
    """Flat rows with a header."""

    def __init__(self, path: Path, append: bool) -> None:
        super().__init__(path, append)
        if not append:
            self._commit(self._lines([dict(zip(_NAMES, _NAMES, strict=True))]))

    @staticmethod
    def _lines(rows: Sequence[Mapping[str, Cell]]) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerows([_cell(row[name]) for name in _NAMES] for row in rows)
        return buffer.getvalue()

    def write(self, results: Sequence[Mapping[str, Any]]) -> None:
        """Append one row per record."""
        self._commit(self._lines([flatten(result) for result in results]))


def arrow_schema() -> pa.Schema:
    """The Parquet schema of the flat row."""
    import pyarrow as pa

    types = {str: pa.string(), bool: pa.bool_(), int: pa.int64(), float: pa.float64()}
    return pa.schema([pa.field(name, types[kind]) for name, kind in COLUMNS])


class ParquetWriter(Writer):
    """Flat rows as Parquet: finished part files while running, merged into one file on close.

    Args:
        path: The output file.
        append: Continue the parts left by an interrupted run.
        rows_per_part: Rows buffered before a part is written (a crash recomputes at most these).
    """

    def __init__(self, path: Path, append: bool, rows_per_part: int = 5000) -> None:
        super().__init__(path, append)
        self.parts = _parts(path)
        if not append:
            shutil.rmtree(self.parts, ignore_errors=True)
        self.parts.mkdir(exist_ok=True)
        self.rows_per_part = rows_per_part
        self._buffer: list[dict[str, Cell]] = []
        self._count = len(list(self.parts.glob("part-*.parquet")))
        self._schema = arrow_schema()

    def write(self, results: Sequence[Mapping[str, Any]]) -> None:
        """Buffer the rows; write a part when the buffer is full."""
        self._buffer.extend(flatten(result) for result in results)
        if len(self._buffer) >= self.rows_per_part:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq  # type: ignore[import-untyped]

        if not self._buffer:
            return
        temporary = self.parts / f".part-{self._count:06d}.tmp"
        pq.write_table(pa.Table.from_pylist(self._buffer, schema=self._schema), temporary)
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())
        os.replace(temporary, self.parts / f"part-{self._count:06d}.parquet")
        _fsync_dir(self.parts)
        self._count += 1
        self._buffer = []

    def close(self, complete: bool = True) -> None:
        """Write the last part; when complete, merge the parts into the output file."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._flush()
        if not complete:
            return
        temporary = self.path.with_name(self.path.name + ".tmp")
        with pq.ParquetWriter(temporary, self._schema) as merged:
            pending: list[pa.Table] = []
            for part in sorted(self.parts.glob("part-*.parquet")):
                pending.append(pq.read_table(part, schema=self._schema))
                if sum(table.num_rows for table in pending) >= 100_000:
                    merged.write_table(pa.concat_tables(pending))
                    pending = []
            if pending or self._count == 0:
                merged.write_table(pa.concat_tables(pending) if pending else self._schema.empty_table())
        os.replace(temporary, self.path)
        shutil.rmtree(self.parts)


def open_writer(path: str | Path, fmt: str, *, append: bool = False) -> Writer:
    """Open a writer for a format; ``append`` continues an output already checked by :func:`recover`."""
    writers: dict[str, type[Writer]] = {"jsonl": JsonlWriter, "csv": CsvWriter, "parquet": ParquetWriter}
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return writers[fmt](path, append)


# --------------------------------------------------------------------------- reading back


def _corrupt(path: Path, reason: str) -> BatchError:
    return BatchError("E052", Errors.E052.format(path=path, reason=reason))


def recover(path: str | Path, fmt: str) -> Iterator[dict[str, Cell]]:
    """Yield the flat rows of the records an interrupted run wrote, in order, then trim the rest.

    A partly written last record is cut off once the rows have been read to the end, so a writer
    opened with ``append=True`` afterwards continues cleanly.

    Args:
        path: The output.
        fmt: Its format.

    Yields:
        Flat rows, including ``record`` (the input record key) for the caller to check.

    Raises:
        BatchError: ``E052`` when the file is not a simcheck output of that format.
    """
    path = Path(path)
    if fmt == "jsonl":
        yield from _recover_lines(path, _jsonl_row)
    elif fmt == "csv":
        yield from _recover_csv(path)
    else:
        yield from _recover_parquet(path)


def _jsonl_row(line: bytes) -> dict[str, Cell]:
    """The flat row of one JSONL output line; ValueError when it is not an output record."""
    result = json.loads(line)
    if not isinstance(result, dict) or ("error" not in result and "elements" not in result):
        raise ValueError("not a result record")
    try:
        return flatten(result)
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError("not a result record") from exc


def _recover_lines(path: Path, parse: Any) -> Iterator[dict[str, Cell]]:
    with open(path, "r+b") as stream:
        good = 0
        for number, line in enumerate(stream, start=1):
            try:
                row = parse(line) if line.endswith(b"\n") else None
            except ValueError:
                row = None
            if row is None:  # a torn or zero-filled tail is cut; damage before complete lines is not ours to fix
                if b"\n" in (line + stream.read(1 << 20)).rstrip(b"\x00 \t\r\n"):
                    raise _corrupt(path, f"line {number} is not a simcheck result")
                break
            yield row
            good += len(line)
        stream.truncate(good)


def _recover_csv(path: Path) -> Iterator[dict[str, Cell]]:
    with open(path, "r+b") as stream:
        good, pending, header = 0, b"", None
        for line in stream:
            pending += line
            if pending.count(b'"') % 2 or not pending.endswith(b"\n"):
                continue  # a quoted field goes on, or the file ends mid-row
            values = next(csv.reader([pending.decode("utf-8")]))
            if header is None:
                if values != _NAMES:
                    raise _corrupt(path, "its header is not simcheck's CSV header")
                header = values
            elif len(values) != len(_NAMES):
                raise _corrupt(path, f"a row has {len(values)} columns instead of {len(_NAMES)}")
            else:
                yield {name: _parse(value, _TYPES[name]) for name, value in zip(_NAMES, values, strict=True)}
            good += len(pending)
            pending = b""
        if header is None:
            good = 0
        stream.truncate(good)
    if header is None:  # not even a header survived: start the file again
        CsvWriter(path, append=False).close()


def _recover_parquet(path: Path) -> Iterator[dict[str, Cell]]:
    import pyarrow.parquet as pq

    parts = _parts(path)
    if not parts.exists():
        parts.mkdir()
        if path.exists():
            os.replace(path, parts / "part-000000.parquet")
    for leftover in parts.glob(".part-*.tmp"):
        leftover.unlink()
    for part in sorted(parts.glob("part-*.parquet")):
        try:
            table = pq.read_table(part)
        except Exception as exc:  # pyarrow raises several types for a damaged file
            raise _corrupt(path, f"{part.name} cannot be read") from exc
        if table.column_names != _NAMES:
            raise _corrupt(path, f"{part.name} does not have simcheck's columns")
        yield from table.to_pylist()
    path.unlink(missing_ok=True)


def read_results(path: str | Path) -> Iterator[dict[str, Cell]]:
    """Yield the flat rows of a batch output (JSONL, CSV or Parquet, by extension), streaming.

    Raises:
        BatchError: ``E050`` when the file cannot be read as batch results.
    """
    path = Path(path)
    fmt = output_format(path)
    if not path.exists():
        raise BatchError("E050", Errors.E050.format(path=path, reason="no such file"))
    if fmt == "parquet":
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches(batch_size=10_000):
            for row in batch.to_pylist():
                yield {name: row.get(name) for name in _NAMES}
        return
    with open(path, encoding="utf-8", newline="") as stream:
        if fmt == "csv":
            rows = csv.reader(stream)
            if next(rows, None) != _NAMES:
                raise BatchError("E050", Errors.E050.format(path=path, reason="not a simcheck CSV output"))
            for values in rows:
                yield {name: _parse(value, _TYPES[name]) for name, value in zip(_NAMES, values, strict=False)}
            return
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                yield _jsonl_row(line.encode("utf-8"))
            except ValueError:
                reason = f"line {number} is not a simcheck result"
                raise BatchError("E050", Errors.E050.format(path=path, reason=reason)) from None
