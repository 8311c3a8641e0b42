"""The batch runner: read, check in a pool of worker processes, write in input order, resume, summarise.

Memory stays flat in the input size: records are read lazily, at most ``2 x workers`` chunks are
in flight, and results are written (and fsynced) chunk by chunk in input order. ``resume`` reads
back what an interrupted run wrote, checks that its record keys are the first records of the
input, cuts off a partly written last record and goes on after it.
"""

from __future__ import annotations

import os
import re
import signal
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import chain
from multiprocessing import get_context
from pathlib import Path
from types import TracebackType
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TaskProgressColumn, TextColumn, TimeRemainingColumn

from simcheck.batch import BatchError
from simcheck.batch.readers import Meter, Source, plan, read
from simcheck.batch.records import ERROR_STATUS, Cell, Record, analyze, flatten, shared_analyzer
from simcheck.batch.writers import open_writer, output_exists, output_format, recover, remove_output
from simcheck.errors import Errors, SimcheckError

ENGINES: tuple[str, ...] = ("local", "spark")


def default_workers() -> int:
    """The usable cores of this machine."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass
class BatchOptions:
    """What ``simcheck batch`` does.

    Attributes:
        inputs: Files and folders to read.
        output: The output file.
        out_format: ``jsonl``, ``csv`` or ``parquet``; None to take it from the output's extension.
        input_format: ``auto`` or a reader format.
        workers: Worker processes (local) or partitions (Spark); None for the number of cores.
        resume: Continue an interrupted output instead of refusing to touch it.
        overwrite: Replace an existing output.
        id_col: Id column/field instead of the common names.
        text_col: Text column/field instead of the common names.
        engine: ``local`` or ``spark``.
        chunk_size: Notes per task sent to a worker.
        progress: Show a progress bar; None to show it only on a terminal.
        spark_master: Spark master URL for ``engine="spark"``; None for spark-submit's or local.
    """

    inputs: Sequence[str | Path]
    output: str | Path
    out_format: str | None = None
    input_format: str = "auto"
    workers: int | None = None
    resume: bool = False
    overwrite: bool = False
    id_col: str | None = None
    text_col: str | None = None
    engine: str = "local"
    chunk_size: int = 64
    progress: bool | None = None
    spark_master: str | None = None


@dataclass
class Summary:
    """Counts of a batch output (all of it, including records found there on resume)."""

    records: int = 0
    resumed: int = 0
    supported: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    levels: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, row: Mapping[str, Cell], *, resumed: bool = False) -> None:
        """Count one flat row."""
        self.records += 1
        self.resumed += resumed
        self.supported += row["supported"] is True
        status = str(row["status"])
        self.statuses[status] += 1
        if status == ERROR_STATUS:
            self.errors[str(row["error_code"])] += 1
        else:
            self.levels[str(row["level"])] += 1

    @property
    def checked(self) -> int:
        """Records that got a verdict."""
        return self.records - sum(self.errors.values())

    @property
    def supported_rate(self) -> float | None:
        """Share of verdicts that support 77290, or None when there are none."""
        return self.supported / self.checked if self.checked else None

    def lines(self) -> list[str]:
        """The summary as plain lines for the terminal or a log."""
        processed = self.records - self.resumed
        rate = processed / self.seconds if self.seconds > 0 else 0.0
        lines = [
            f"records: {self.records:,} ({processed:,} in this run, {self.resumed:,} already in the output)",
            f"verdicts: {self.checked:,}; errors: {sum(self.errors.values()):,}",
        ]
        if self.records:
            statuses = (f"{name} {self.statuses[name]:,}" for name in _STATUSES if self.statuses[name])
            lines.append("status: " + ", ".join(statuses))
        if self.levels:
            lines.append("level: " + ", ".join(f"{name} {count:,}" for name, count in sorted(self.levels.items())))
        if self.supported_rate is not None:
            lines.append(f"supported rate: {self.supported_rate:.1%} of verdicts")
        if self.errors:
            lines.append("errors by code: " + ", ".join(f"{code} {n:,}" for code, n in sorted(self.errors.items())))
        lines.append(f"time: {self.seconds:.1f} s ({rate:.1f} notes/s)")
        return lines


_STATUSES = ("supported", "not_supported", "needs_review", ERROR_STATUS)


# --------------------------------------------------------------------------- workers

_INIT_ERROR: tuple[str, str] | None = None


def _init_worker() -> None:
    """Pool initializer: ignore Ctrl-C (the parent handles it) and build this process's analyzer once."""
    global _INIT_ERROR
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        shared_analyzer()
    except SimcheckError as exc:
        _INIT_ERROR = (exc.code, exc.message)


def _work(chunk: list[Record]) -> tuple[str, str] | list[dict[str, Any]]:
    """Check a chunk in a worker; the init error instead when the analyzer could not be built."""
    return _INIT_ERROR if _INIT_ERROR is not None else analyze(shared_analyzer(), chunk)


def _chunks(records: Iterator[Record], size: int, meter: Meter) -> Iterator[tuple[list[Record], int]]:
    chunk: list[Record] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk, meter.position
            chunk = []
    if chunk:
        yield chunk, meter.position


def _local_results(
    records: Iterator[Record], meter: Meter, workers: int, chunk_size: int
) -> Iterator[tuple[list[dict[str, Any]], int]]:
    """Output records chunk by chunk in input order, with the input position reached."""
    chunks = _chunks(records, chunk_size, meter)
    if workers <= 1:
        for chunk, position in chunks:
            yield analyze(shared_analyzer(), chunk), position
        return
    pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_init_worker)
    pending: deque[tuple[Future[Any], int]] = deque()
    try:
        for chunk, position in chunks:
            pending.append((pool.submit(_work, chunk), position))
            if len(pending) >= 2 * workers:
                yield _collect(*pending.popleft())
        while pending:
            yield _collect(*pending.popleft())
    finally:
        pool.shutdown(wait=not pending, cancel_futures=True)


def _collect(future: Future[Any], position: int) -> tuple[list[dict[str, Any]], int]:
    try:
        result = future.result()
    except BrokenProcessPool:
        reason = "a worker process stopped unexpectedly; what was written is kept, rerun with --resume"
        raise BatchError("E059", Errors.E059.format(kind=reason)) from None
    if isinstance(result, tuple):
        raise SimcheckError(*result)
    return result, position


# --------------------------------------------------------------------------- progress


class _Progress:
    """A progress bar on a terminal (input bytes for the bar and ETA, notes/s), nothing in logs."""

    def __init__(self, enabled: bool, total: int | None, start: int) -> None:
        self.enabled = enabled
        self.notes = 0
        self.started = time.monotonic()
        self._bar: Progress | None = None
        self._task: TaskID | None = None
        self._total, self._start = total, start

    def __enter__(self) -> _Progress:
        if self.enabled:
            self._bar = Progress(
                TextColumn("[bold]simcheck batch"),
                BarColumn(),
                TaskProgressColumn(),
                TextColumn("{task.fields[notes]:,} notes · {task.fields[rate]:.1f} notes/s · ETA"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=False,
            )
            self._bar.start()
            self._task = self._bar.add_task("batch", total=self._total, completed=self._start, notes=0, rate=0.0)
        return self

    def advance(self, notes: int, position: int | None) -> None:
        """Record notes written and, when known, the input position reached."""
        self.notes += notes
        if self._bar is not None and self._task is not None:
            rate = self.notes / max(time.monotonic() - self.started, 1e-9)
            if position is None:
                self._bar.update(self._task, notes=self.notes, rate=rate)
            else:
                self._bar.update(self._task, completed=position, notes=self.notes, rate=rate)

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._bar is not None:
            self._bar.stop()


# --------------------------------------------------------------------------- the run


def _records(sources: Sequence[Source], meter: Meter) -> Iterator[Record]:
    return chain.from_iterable(read(source, meter) for source in sources)


def _skip_done(path: Path, fmt: str, records: Iterator[Record], summary: Summary) -> None:
    """Check the output's records against the first input records (consuming them) and count them."""
    for number, row in enumerate(recover(path, fmt), start=1):
        record = next(records, None)
        if record is None:
            raise BatchError("E052", Errors.E052.format(path=path, reason="it has more records than the input"))
        if row["record"] != record.key:
            reason = f"output record {number} is {row['record']!r}, input record {number} is {record.key!r}"
            raise BatchError("E052", Errors.E052.format(path=path, reason=reason))
        summary.add(row, resumed=True)


def run_batch(options: BatchOptions) -> Summary:
    """Run a batch: every input record gives exactly one output record, in input order.

    Args:
        options: Inputs, output and how to run.

    Returns:
        The summary of the whole output.

    Raises:
        BatchError: For unreadable inputs, an existing output without ``resume``/``overwrite``,
            or an output that does not continue these inputs.
        SimcheckError: When the analyzer cannot be loaded.
    """
    started = time.monotonic()
    output = Path(options.output)
    fmt = output_format(output, options.out_format)
    if options.engine not in ENGINES:
        raise BatchError("E051", Errors.E051.format(path=output, reason=f"unknown engine {options.engine!r}"))
    if options.engine == "spark" and options.resume:
        raise BatchError("E051", Errors.E051.format(path=output, reason="--resume works with the local engine only"))
    sources = plan(options.inputs, options.input_format, id_col=options.id_col, text_col=options.text_col)
    if any(Path(source.path).resolve() == output.resolve() for source in sources):
        raise BatchError("E051", Errors.E051.format(path=output, reason="it is also an input"))
    meter = Meter()
    records = _records(sources, meter)
    summary = Summary()
    append = False
    if output_exists(output, fmt):
        if options.resume:
            _skip_done(output, fmt, records, summary)
            append = True
        elif options.overwrite:
            remove_output(output, fmt)
        else:
            reason = "it already exists; pass --resume to continue it or --overwrite to replace it"
            raise BatchError("E051", Errors.E051.format(path=output, reason=reason))
    show = options.progress if options.progress is not None else Console(stderr=True).is_terminal
    if options.engine == "spark":
        results: Iterable[tuple[list[dict[str, Any]], int | None]] = _spark_results(sources, options)
        total = None
    else:
        results = _local_results(records, meter, options.workers or default_workers(), max(1, options.chunk_size))
        total = sum(source.size for source in sources)
    try:
        writer = open_writer(output, fmt, append=append)
        complete = False
        try:
            with _Progress(show, total, meter.position) as progress:
                for chunk, position in results:
                    writer.write(chunk)
                    for result in chunk:
                        summary.add(flatten(result))
                    progress.advance(len(chunk), position)
            complete = True
        finally:
            writer.close(complete)
    except OSError as exc:  # reading errors are BatchErrors already: this is the output
        reason = exc.strerror or type(exc).__name__
        raise BatchError("E051", Errors.E051.format(path=output, reason=reason)) from None
    summary.seconds = time.monotonic() - started
    return summary


def _spark_results(sources: Sequence[Source], options: BatchOptions) -> Iterator[tuple[list[dict[str, Any]], None]]:
    from simcheck import spark

    try:
        chunk: list[dict[str, Any]] = []
        for result in spark.batch_results(sources, partitions=options.workers, master=options.spark_master):
            chunk.append(result)
            if len(chunk) >= 1000:
                yield chunk, None
                chunk = []
        if chunk:
            yield chunk, None
    except SimcheckError:
        raise
    except Exception as exc:  # Py4J and PySpark errors: keep the simcheck error code when there is one
        found = re.search(r"\[(E\d{3})\] ([^\n]*)", str(exc))
        if found is None:
            raise BatchError("E051", Errors.E051.format(path=options.output, reason="the Spark job failed")) from exc
        raise SimcheckError(found.group(1), found.group(2)) from None
