"""Where the analysis runs: worker processes with one pipeline each, or the server process.

spaCy holds the GIL, so threads would not use a second core: :class:`ProcessEngine` keeps a pool of
worker processes, each of which builds its :class:`~simcheck.analyzer.Analyzer` once when it starts.
The event loop only awaits their results. This module does not import spaCy; workers do.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import anyio
import anyio.to_thread

from simcheck.errors import Errors

if TYPE_CHECKING:
    from simcheck.analyzer import Analyzer

Note = dict[str, Any]
"""One input note: ``{"note_id": str | None, "text": ...}``."""
Result = dict[str, Any]
"""``Verdict.to_dict()`` or ``NoteError.to_dict()``."""

T = TypeVar("T")
log = logging.getLogger("simcheck.service")


class EngineUnavailable(Exception):
    """The worker pool broke (a worker died) and is being replaced."""


class WorkerError(Exception):
    """An unexpected error inside a worker; carries only the exception type, never its message."""


class Engine(Protocol):
    """Runs the analyzer on notes without blocking the event loop."""

    workers: int
    versions: dict[str, str]

    async def start(self) -> None:
        """Load the pipeline(s); ``versions`` is set afterwards."""

    async def check_many(self, notes: Sequence[Note]) -> list[Result]:
        """Return one result per note, in input order."""

    async def close(self) -> None:
        """Release the pipeline(s)."""


def _has_surrogate(text: object) -> bool:
    if not isinstance(text, str) or text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


SURROGATE_ERROR = {
    "code": "E061",
    "message": Errors.E061.format(field="text", reason="it contains a lone surrogate code point; send valid Unicode"),
}


def analyse(analyzer: Analyzer, notes: Sequence[Note]) -> list[Result]:
    """Check notes with ``analyzer.check_many``: a verdict or an error record per note, as JSON data.

    A note with a lone surrogate (legal in JSON as an escape, but not Unicode text) gets an ``E061``
    record, because the spaCy pipeline cannot encode it. If the pipeline fails on the notes anyway,
    they are retried one by one, so only the failing note gets a record (``E059``, naming the
    exception type only) and the others are still checked.
    """
    refused = [_has_surrogate(note.get("text")) for note in notes]
    clean = [note for note, bad in zip(notes, refused, strict=True) if not bad]
    try:
        checked = [result.to_dict() for result in analyzer.check_many(clean)]
    except Exception:  # isolate the failing note
        checked = [_analyse_one(analyzer, note) for note in clean]
    results = iter(checked)
    return [
        {"note_id": note.get("note_id"), "error": SURROGATE_ERROR} if bad else next(results)
        for note, bad in zip(notes, refused, strict=True)
    ]


def _analyse_one(analyzer: Analyzer, note: Note) -> Result:
    try:
        [result] = analyzer.check_many([note])
        return result.to_dict()
    except Exception as exc:  # a bug on one note must not lose the others; its message might quote the note
        error = {"code": "E059", "message": Errors.E059.format(kind=type(exc).__name__)}
        return {"note_id": note.get("note_id"), "error": error}


# --- worker process side ------------------------------------------------------------------------

_worker_analyzer: Analyzer | None = None


def _exit_with(parent: int) -> None:
    """End this worker once its server is gone (killed servers do not shut their pool down)."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _init_worker(max_chars: int) -> None:
    """Build this worker's analyzer; Ctrl-C is left to the server, which shuts the pool down."""
    global _worker_analyzer
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with, args=(os.getppid(),), name="simcheck-parent-watch", daemon=True).start()
    from simcheck.analyzer import load

    _worker_analyzer = load(max_chars=max_chars)


def _in_worker(function: Callable[[Analyzer], T]) -> T:
    """Run ``function`` on this worker's analyzer; unexpected errors cross back as their type name only."""
    assert _worker_analyzer is not None, "worker initializer did not run"
    try:
        return function(_worker_analyzer)
    except Exception as exc:  # the message might quote the note; the type is enough to debug
        raise WorkerError(type(exc).__name__) from None


def _worker_versions() -> dict[str, str]:
    return _in_worker(lambda analyzer: analyzer.versions.model_dump())


def _worker_check(notes: Sequence[Note]) -> list[Result]:
    return _in_worker(partial(analyse, notes=notes))


# --- server side --------------------------------------------------------------------------------


class InProcessEngine:
    """Analysis in the server process, one note batch at a time on a worker thread.

    Args:
        analyzer: A loaded analyzer to use (tests, embedding); by default one is loaded at start.
        max_chars: Longest note accepted when loading the analyzer.
    """

    def __init__(self, analyzer: Analyzer | None = None, *, max_chars: int = 200_000) -> None:
        self._analyzer = analyzer
        self._max_chars = max_chars
        self.workers = 0
        self.versions: dict[str, str] = {}

    async def start(self) -> None:
        """Load the analyzer (unless one was given) on a thread."""
        # One at a time: the pipeline is not documented as thread-safe, and the GIL serialises it anyway.
        self._limiter = anyio.CapacityLimiter(1)
        if self._analyzer is None:
            from simcheck.analyzer import load

            self._analyzer = await anyio.to_thread.run_sync(partial(load, max_chars=self._max_chars))
        self.versions = self._analyzer.versions.model_dump()

    async def check_many(self, notes: Sequence[Note]) -> list[Result]:
        """Check notes on a worker thread."""
        assert self._analyzer is not None, "start() first"
        return await anyio.to_thread.run_sync(analyse, self._analyzer, notes, limiter=self._limiter)

    async def close(self) -> None:
        """Drop the analyzer."""
        self._analyzer = None


class ProcessEngine:
    """Analysis in ``workers`` processes (spawned, so no server threads or sockets are inherited).

    A batch is cut into chunks of ``chunk_size`` notes with at most ``workers`` chunks in flight, so
    single checks interleave with a long batch instead of queueing behind all of it.

    Args:
        workers: Number of worker processes.
        max_chars: Longest note accepted.
        chunk_size: Notes per task sent to a worker.
    """

    def __init__(self, workers: int, *, max_chars: int = 200_000, chunk_size: int = 16) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.workers = workers
        self.chunk_size = chunk_size
        self._max_chars = max_chars
        self._pool: ProcessPoolExecutor | None = None
        self.versions: dict[str, str] = {}

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(self._max_chars,),
        )

    async def start(self) -> None:
        """Start every worker and wait until they answer (each loads its pipeline first)."""
        self._pool = self._new_pool()
        # Submitting one task per worker before any is idle makes the pool spawn all of them now.
        answers = await asyncio.gather(*(self._call(_worker_versions) for _ in range(self.workers)))
        self.versions = answers[0]

    async def check_many(self, notes: Sequence[Note]) -> list[Result]:
        """Check notes in the workers; results come back in input order."""
        if len(notes) <= self.chunk_size:
            return await self._call(_worker_check, list(notes))
        gate = asyncio.Semaphore(self.workers)

        async def run(chunk: list[Note]) -> list[Result]:
            async with gate:
                return await self._call(_worker_check, chunk)

        chunks = [list(notes[i : i + self.chunk_size]) for i in range(0, len(notes), self.chunk_size)]
        parts = await asyncio.gather(*(run(chunk) for chunk in chunks))
        return [result for part in parts for result in part]

    async def _call(self, function: Callable[..., T], *args: object) -> T:
        pool = self._pool
        assert pool is not None, "start() first"
        try:
            return await asyncio.get_running_loop().run_in_executor(pool, function, *args)
        except BrokenProcessPool:
            if pool is self._pool:  # the first request to notice replaces the pool
                log.error("an analysis worker died; starting a new pool of %d workers", self.workers)
                self._pool = self._new_pool()
                for _ in range(self.workers):  # spawn them all now rather than one per request
                    self._pool.submit(_worker_versions)
                pool.shutdown(wait=False, cancel_futures=True)
            raise EngineUnavailable from None

    async def close(self) -> None:
        """Stop the workers (waiting for the tasks they are running)."""
        if self._pool is not None:
            await anyio.to_thread.run_sync(partial(self._pool.shutdown, wait=True, cancel_futures=True))
            self._pool = None
