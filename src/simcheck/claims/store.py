"""A local SQLite store of CMS NCCI PTP edits and MUEs, looked up by date of service.

Semantics:

* PTP: CMS's quarterly PTP files are cumulative: they keep deleted edits with their deletion date. An edit
  is keyed by (setting, column 1, column 2, effective date); importing a newer quarter updates the deletion
  date and modifier indicator of the edits it repeats and adds the new ones. An edit is in force on a date
  of service ``on`` when ``effective <= on < deleted``: the deletion date is the first date of service the
  edit no longer applies to (CMS deletes edits "effective" a quarter's first day, and an edit deleted
  retroactively carries ``deleted == effective`` with modifier indicator 9, so it never applies).
* MUE: each quarter's file is a full snapshot without dates. A quarter runs from its effective date to the
  day before the next imported quarter of the same setting (the newest quarter stays open); a lookup picks
  the quarter in force on the date of service, then the code in that quarter.

Every import runs in one transaction: a bad row leaves the store as it was.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import Generic, Literal, TypeVar, cast

from simcheck.claims.cms import Mue, PtpEdit, Setting, check_setting, iter_mue, iter_ptp, quarter_from_name
from simcheck.errors import Errors, RuleStoreError

RuleKind = Literal["ptp", "mue"]
T = TypeVar("T")

SCHEMA_VERSION = 1
_BATCH = 20_000
_SCHEMA = """
CREATE TABLE IF NOT EXISTS rationale (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS ptp (
    setting TEXT NOT NULL,
    column1 TEXT NOT NULL,
    column2 TEXT NOT NULL,
    effective TEXT NOT NULL,
    deleted TEXT,
    modifier_indicator INTEGER NOT NULL,
    rationale_id INTEGER NOT NULL REFERENCES rationale (id),
    PRIMARY KEY (setting, column1, column2, effective)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS mue_quarter (
    setting TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    effective_to TEXT,
    source TEXT NOT NULL,
    PRIMARY KEY (setting, effective_from)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS mue (
    setting TEXT NOT NULL,
    code TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    value INTEGER NOT NULL,
    adjudication_indicator INTEGER NOT NULL,
    rationale_id INTEGER NOT NULL REFERENCES rationale (id),
    PRIMARY KEY (setting, code, effective_from)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS import (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    setting TEXT NOT NULL,
    source TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    rows_read INTEGER NOT NULL,
    rows_stored INTEGER NOT NULL,
    effective_from TEXT,
    imported_at TEXT NOT NULL,
    seconds REAL NOT NULL,
    UNIQUE (kind, setting, sha256)
);
"""
# The primary keys are the lookup indexes: ptp (setting, column1, column2, ...) and mue (setting, code, ...).


@dataclass(frozen=True)
class ImportSummary:
    """What one import read and stored, and from which file (its name and SHA-256)."""

    kind: RuleKind
    setting: Setting
    source: str
    sha256: str
    rows_read: int
    rows_stored: int
    effective_from: date | None
    imported_at: datetime
    seconds: float


class RuleStore:
    """CMS NCCI PTP edits and MUEs in one SQLite file; safe to share between threads.

    Args:
        path: The SQLite file; created (with its folder) when missing.

    Raises:
        RuleStoreError: E087 when the file is not a rule store (another SQLite file, another schema version).
    """

    ENV = "SIMCHECK_RULE_STORE"

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise self._error(exc) from exc
        try:
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            tables = self._db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if version not in (0, SCHEMA_VERSION) or (version == 0 and tables):
                raise RuleStoreError(
                    "E087",
                    Errors.E087.format(path=self.path, reason=f"not a rule store of schema version {SCHEMA_VERSION}"),
                )
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._db.execute("PRAGMA cache_size = -65536")  # 64 MiB: imports write millions of keyed rows
            self._db.execute("PRAGMA foreign_keys = ON")
            if version == 0:
                self._db.executescript(f"BEGIN; {_SCHEMA} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")
        except sqlite3.Error as exc:
            self._db.close()
            raise self._error(exc) from exc
        except RuleStoreError:
            self._db.close()
            raise

    # -- locating ------------------------------------------------------------------------------------------

    @classmethod
    def default_path(cls) -> Path:
        """``$SIMCHECK_RULE_STORE``, else ``~/.local/share/simcheck/rules.sqlite``."""
        configured = os.environ.get(cls.ENV)
        if configured:
            return Path(configured).expanduser()
        return Path.home() / ".local" / "share" / "simcheck" / "rules.sqlite"

    @classmethod
    def open_default(cls) -> RuleStore | None:
        """The store at :meth:`default_path`, or ``None`` when no store has been imported there."""
        path = cls.default_path()
        return cls(path) if path.is_file() else None

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._db.close()

    def __enter__(self) -> RuleStore:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    # -- importing -----------------------------------------------------------------------------------------

    def import_ptp(self, path: Path, setting: Setting) -> ImportSummary:
        """Import a PTP file (.txt/.csv/.zip; a practitioner quarter comes as several files: import each).

        Re-importing a file, or a newer quarter repeating an edit, updates the edit instead of adding a copy.
        """
        setting = check_setting(setting)
        path = Path(path)
        digest = _sha256(path)
        started = time.perf_counter()
        with self._transaction() as db:
            rationales = _Rationales(db)
            counter = _Counter(iter_ptp(path, setting))
            sql = (
                "INSERT OR REPLACE INTO ptp (setting, column1, column2, effective, deleted, modifier_indicator,"
                " rationale_id) VALUES (?, ?, ?, ?, ?, ?, ?)"
            )
            stored = 0
            for batch in _batches(counter):
                rows = [
                    (
                        setting,
                        e.column1,
                        e.column2,
                        e.effective.isoformat(),
                        None if e.deleted is None else e.deleted.isoformat(),
                        e.modifier_indicator,
                        rationales.id(e.rationale),
                    )
                    for e in batch
                ]
                db.executemany(sql, rows)
                stored += len(rows)
            summary = ImportSummary(
                "ptp", setting, path.name, digest, counter.count, stored, None, _now(), time.perf_counter() - started
            )
            _record(db, summary)
        return summary

    def import_mue(self, path: Path, setting: Setting, effective_from: date | None = None) -> ImportSummary:
        """Import one quarter's MUE file; its quarter replaces any earlier import of the same quarter.

        Args:
            path: The .csv/.zip file.
            setting: practitioner or hospital.
            effective_from: The quarter's first day; read from the file name when not given (E083 if absent).
        """
        setting = check_setting(setting)
        path = Path(path)
        digest = _sha256(path)
        started = time.perf_counter()
        with self._transaction() as db:
            rationales = _Rationales(db)
            counter = _Counter(iter_mue(path, setting, effective_from))
            quarters: set[date] = set()
            stored = 0
            for batch in _batches(counter):
                for start in {m.effective_from for m in batch} - quarters:
                    self._replace_quarter(db, setting, start, path.name)
                    quarters.add(start)
                db.executemany(
                    "INSERT OR REPLACE INTO mue (setting, code, effective_from, value, adjudication_indicator,"
                    " rationale_id) VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        (
                            setting,
                            m.code,
                            m.effective_from.isoformat(),
                            m.value,
                            m.adjudication_indicator,
                            rationales.id(m.rationale),
                        )
                        for m in batch
                    ],
                )
                stored += len(batch)
            if not quarters:  # a header with no rows still names a quarter: record it, empty
                named = effective_from or quarter_from_name(path.name)
                if named is not None:
                    self._replace_quarter(db, setting, named, path.name)
                    quarters.add(named)
            _close_quarters(db, setting)
            summary = ImportSummary(
                "mue",
                setting,
                path.name,
                digest,
                counter.count,
                stored,
                max(quarters) if quarters else None,
                _now(),
                time.perf_counter() - started,
            )
            db.execute(
                "DELETE FROM import WHERE kind = 'mue' AND setting = ? AND effective_from IN ({})".format(
                    ", ".join("?" * len(quarters))
                ),
                (setting, *(q.isoformat() for q in quarters)),
            )
            _record(db, summary)
        return summary

    @staticmethod
    def _replace_quarter(db: sqlite3.Connection, setting: Setting, start: date, source: str) -> None:
        db.execute("DELETE FROM mue WHERE setting = ? AND effective_from = ?", (setting, start.isoformat()))
        db.execute(
            "INSERT OR REPLACE INTO mue_quarter (setting, effective_from, effective_to, source) VALUES (?, ?, NULL, ?)",
            (setting, start.isoformat(), source),
        )

    # -- lookups -------------------------------------------------------------------------------------------

    def pair(self, code_a: str, code_b: str, on: date, setting: Setting) -> PtpEdit | None:
        """The PTP edit in force on ``on`` between two codes, in either column order, or ``None``.

        In force means ``effective <= on < deleted`` (see the module docstring). Should both orders have an
        edit in force, the one with the later effective date is returned.
        """
        a, b, day = code_a.strip().upper(), code_b.strip().upper(), on.isoformat()
        with self._lock:
            row = self._db.execute(
                "SELECT p.column1, p.column2, p.effective, p.deleted, p.modifier_indicator, r.text FROM ("
                " SELECT * FROM ptp WHERE setting = ? AND column1 = ? AND column2 = ?"
                " UNION ALL SELECT * FROM ptp WHERE setting = ? AND column1 = ? AND column2 = ?"
                ") AS p JOIN rationale AS r ON r.id = p.rationale_id"
                " WHERE p.effective <= ? AND (p.deleted IS NULL OR ? < p.deleted)"
                " ORDER BY p.effective DESC LIMIT 1",
                (setting, a, b, setting, b, a, day, day),
            ).fetchone()
        if row is None:
            return None
        column1, column2, effective, deleted, indicator, rationale = row
        return PtpEdit(
            column1,
            column2,
            date.fromisoformat(effective),
            None if deleted is None else date.fromisoformat(deleted),
            indicator,
            rationale,
            setting,
        )

    def mue(self, code: str, on: date, setting: Setting) -> Mue | None:
        """The MUE for ``code`` in the quarter in force on ``on``, or ``None`` (no quarter, or no MUE)."""
        day = on.isoformat()
        with self._lock:
            row = self._db.execute(
                "SELECT m.code, m.value, m.adjudication_indicator, r.text, q.effective_from, q.effective_to"
                " FROM mue_quarter AS q"
                " JOIN mue AS m ON m.setting = q.setting AND m.effective_from = q.effective_from AND m.code = ?"
                " JOIN rationale AS r ON r.id = m.rationale_id"
                " WHERE q.setting = ? AND q.effective_from <= ? AND (q.effective_to IS NULL OR ? <= q.effective_to)"
                " ORDER BY q.effective_from DESC LIMIT 1",
                (code.strip().upper(), setting, day, day),
            ).fetchone()
        if row is None:
            return None
        found, value, indicator, rationale, start, end = row
        return Mue(
            found,
            value,
            indicator,
            rationale,
            setting,
            date.fromisoformat(start),
            None if end is None else date.fromisoformat(end),
        )

    # -- provenance ----------------------------------------------------------------------------------------

    def imports(self) -> list[ImportSummary]:
        """Every file imported (the latest import of each), oldest first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT kind, setting, source, sha256, rows_read, rows_stored, effective_from, imported_at, seconds"
                " FROM import ORDER BY imported_at, id"
            ).fetchall()
        return [
            ImportSummary(
                kind,
                setting,
                source,
                sha256,
                read,
                stored,
                None if start is None else date.fromisoformat(start),
                datetime.fromisoformat(at),
                seconds,
            )
            for kind, setting, source, sha256, read, stored, start, at, seconds in rows
        ]

    def files(self) -> list[str]:
        """The files imported, one line each with kind, setting and sha256 prefix (recorded in claim results)."""
        return [f"{item.kind} {item.setting}: {item.source} (sha256 {item.sha256[:12]})" for item in self.imports()]

    def describe(self) -> str:
        """A few lines for ``simcheck rules info``: edit counts, MUE quarters and the files they came from."""
        with self._lock:
            ptp = dict(self._db.execute("SELECT setting, count(*) FROM ptp GROUP BY setting").fetchall())
            quarters = self._db.execute(
                "SELECT q.setting, q.effective_from, q.effective_to, q.source,"
                " (SELECT count(*) FROM mue AS m WHERE m.setting = q.setting AND m.effective_from = q.effective_from)"
                " FROM mue_quarter AS q ORDER BY q.setting, q.effective_from"
            ).fetchall()
        lines = [f"rule store: {self.path}"]
        for setting in ("practitioner", "hospital"):
            lines.append(f"PTP {setting}: {ptp.get(setting, 0):,} edits")
            for item in self.imports():
                if item.kind == "ptp" and item.setting == setting:
                    lines.append(f"  {item.source} ({item.rows_stored:,} rows, sha256 {item.sha256[:12]})")
        for setting in ("practitioner", "hospital"):
            mine = [q for q in quarters if q[0] == setting]
            lines.append(f"MUE {setting}: {len(mine)} quarter(s)")
            for _, start, end, source, count in mine:
                lines.append(f"  {start} to {end or 'open'}: {count:,} codes from {source}")
        return "\n".join(lines)

    # -- internals -----------------------------------------------------------------------------------------

    def _transaction(self) -> _Transaction:
        return _Transaction(self)

    def _error(self, exc: BaseException) -> RuleStoreError:
        return RuleStoreError("E087", Errors.E087.format(path=self.path, reason=str(exc) or type(exc).__name__))


class _Transaction:
    """Hold the store's lock and one write transaction; roll back on any error."""

    def __init__(self, store: RuleStore) -> None:
        self._store = store

    def __enter__(self) -> sqlite3.Connection:
        self._store._lock.acquire()
        try:
            self._store._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            self._store._lock.release()
            raise self._store._error(exc) from exc
        return self._store._db

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        db = self._store._db
        try:
            if kind is None:
                try:
                    db.execute("COMMIT")
                except sqlite3.Error as exc:
                    db.execute("ROLLBACK")
                    raise self._store._error(exc) from exc
            else:
                db.execute("ROLLBACK")
                if isinstance(value, sqlite3.Error):
                    raise self._store._error(value) from value
        finally:
            self._store._lock.release()


class _Rationales:
    """Intern rationale texts (a dozen distinct values over millions of rows)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._ids: dict[str, int] = {text: id_ for id_, text in db.execute("SELECT id, text FROM rationale")}

    def id(self, text: str) -> int:
        found = self._ids.get(text)
        if found is None:
            cursor = self._db.execute("INSERT INTO rationale (text) VALUES (?)", (text,))
            found = self._ids[text] = cast(int, cursor.lastrowid)
        return found


class _Counter(Generic[T]):
    """Count the items an iterator yields."""

    def __init__(self, items: Iterable[T]) -> None:
        self._items = iter(items)
        self.count = 0

    def __iter__(self) -> Iterator[T]:
        for item in self._items:
            self.count += 1
            yield item


def _batches(items: Iterable[T]) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(islice(iterator, _BATCH)):
        yield batch


def _close_quarters(db: sqlite3.Connection, setting: Setting) -> None:
    """Set each MUE quarter's end to the day before the next quarter of the setting; the newest stays open."""
    starts = [
        row[0]
        for row in db.execute(
            "SELECT effective_from FROM mue_quarter WHERE setting = ? ORDER BY effective_from", (setting,)
        )
    ]
    for start, following in zip(starts, [*starts[1:], None], strict=True):
        end = None if following is None else (date.fromisoformat(following) - timedelta(days=1)).isoformat()
        db.execute(
            "UPDATE mue_quarter SET effective_to = ? WHERE setting = ? AND effective_from = ?", (end, setting, start)
        )


def _record(db: sqlite3.Connection, summary: ImportSummary) -> None:
    db.execute(
        "INSERT OR REPLACE INTO import (kind, setting, source, sha256, rows_read, rows_stored, effective_from,"
        " imported_at, seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            summary.kind,
            summary.setting,
            summary.source,
            summary.sha256,
            summary.rows_read,
            summary.rows_stored,
            None if summary.effective_from is None else summary.effective_from.isoformat(),
            summary.imported_at.isoformat(),
            summary.seconds,
        ),
    )


def _sha256(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError as exc:
        raise RuleStoreError("E080", Errors.E080.format(path=path, reason=exc.strerror or type(exc).__name__)) from exc


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)
