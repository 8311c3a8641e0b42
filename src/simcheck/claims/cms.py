"""Streaming parsers for the CMS NCCI procedure-to-procedure (PTP) and MUE files.

Layouts (as CMS publishes them each quarter):

* PTP, practitioner (``ccipra-v322r0-f1.txt`` .. ``f4``) and outpatient hospital (``ccioph-...``): tab-delimited,
  cp1252, CRLF. A copyright line and a ``Column1/Column2 Edits`` title come first, then a header spread over
  several rows (``Column 1 | Column 2 | *=in existence | Effective | Deletion | Modifier | PTP Edit Rationale``,
  continued by ``prior to 1996 | Date | Date | 0=not allowed`` ...). Other copies use a one-row header
  (``Effective Date``, ``Deletion Date *=no data``, ``Modifier 0=not allowed 1=allowed 9=not applicable``).
  Dates are ``YYYYMMDD``; a deletion date of ``*`` means the edit has not been deleted.
* MUE, practitioner and outpatient hospital (``MCR_MUE_PractitionerServices_Eff_01-01-2026.csv``): CSV whose
  first cell is a quoted, multi-line AMA copyright notice, then ``"HCPCS/<newline>CPT Code"``,
  ``Practitioner Services MUE Values`` (or ``Outpatient Hospital Services MUE Values``),
  ``MUE Adjudication Indicator`` (``2 Date of Service Edit: Policy``: the leading digit is the MAI) and
  ``MUE Rationale``. Rows carry no dates: the quarter comes from the file name or from the caller.

The header row is found by its column names, never by counting lines. Files are read row by row, so a
4-million-row quarter never sits in memory. Errors never echo a row's content, only the file, line and field.
"""

from __future__ import annotations

import codecs
import csv
import importlib
import io
import re
import zipfile
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path, PurePosixPath
from typing import IO, Any, Literal, TypeVar, cast, get_args

from simcheck.errors import Errors, RuleStoreError

Setting = Literal["practitioner", "hospital"]
SETTINGS: tuple[Setting, ...] = get_args(Setting)

PTP_COLUMNS = ("Column 1", "Column 2", "Effective Date", "Deletion Date", "Modifier", "PTP Edit Rationale")
MUE_COLUMNS = ("HCPCS/CPT Code", "<setting> Services MUE Values", "MUE Adjudication Indicator", "MUE Rationale")

_HEADER_SCAN_ROWS = 100  # the header sits in the first handful of rows; past this the file is not a CMS file
_SNIFF_BYTES = 64 * 1024
_CODE = re.compile(r"^[A-Z0-9]{5}$")
_DATA_SUFFIXES = (".txt", ".csv")
_SUPPORTED = (*_DATA_SUFFIXES, ".xlsx", ".zip")
# Quarter in a file name: "..._Eff_01-01-2026", "effective-10-01-2026", "Effective 2026-01-01", "2026-q3", "2026Q3".
_NAME_DATES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], tuple[int, int, int]]], ...] = (
    (re.compile(r"(?<!\d)(\d{2})[-_.](\d{2})[-_.](\d{4})(?!\d)"), lambda m: (int(m[3]), int(m[1]), int(m[2]))),
    (re.compile(r"(?<!\d)(\d{4})[-_.](\d{2})[-_.](\d{2})(?!\d)"), lambda m: (int(m[1]), int(m[2]), int(m[3]))),
    (re.compile(r"(?<!\d)(\d{4})[-_ ]?q([1-4])(?![0-9a-z])", re.I), lambda m: (int(m[1]), 3 * int(m[2]) - 2, 1)),
)

T = TypeVar("T")


@dataclass(frozen=True)
class PtpEdit:
    """One NCCI PTP edit: ``column2`` is not paid with ``column1`` on one date of service.

    ``deleted`` is the first date of service the edit no longer applies to (``None``: not deleted); an edit
    with ``deleted == effective`` (modifier indicator 9) never applied.
    """

    column1: str
    column2: str
    effective: date
    deleted: date | None
    modifier_indicator: int
    rationale: str
    setting: Setting

    def in_force(self, on: date) -> bool:
        """Whether the edit applies to a service on ``on`` (``effective <= on < deleted``)."""
        return self.effective <= on and (self.deleted is None or on < self.deleted)


@dataclass(frozen=True)
class Mue:
    """One MUE: at most ``value`` units of ``code`` (per line or per date of service, see the MAI)."""

    code: str
    value: int
    adjudication_indicator: int
    rationale: str
    setting: Setting
    effective_from: date
    effective_to: date | None


def check_setting(setting: str) -> Setting:
    """Return ``setting`` as a :data:`Setting`, or raise E088."""
    if setting not in SETTINGS:
        raise RuleStoreError("E088", Errors.E088.format(setting=setting))
    return setting


def iter_ptp(path: str | Path, setting: Setting) -> Iterator[PtpEdit]:
    """Yield the edits of a PTP file (.txt, .csv, .xlsx, or a .zip of them), row by row.

    Raises:
        RuleStoreError: E080-E086 for an unreadable file, a missing header, a bad row or a file of the
            other setting (a ``ccioph`` file imported as practitioner, or the reverse).
    """
    setting = check_setting(setting)
    path = Path(path)
    with closing(_tables(path)) as tables:
        for name, rows in tables:
            with closing(rows):
                _check_ptp_setting(name, setting)
                yield from _parse_ptp(name, rows, setting)


def iter_mue(path: str | Path, setting: Setting, effective_from: date | None = None) -> Iterator[Mue]:
    """Yield the MUEs of an MUE file (.csv, .txt, .xlsx, or a .zip of them), row by row.

    Args:
        path: The file.
        setting: Which table it is; checked against the file's ``... Services MUE Values`` column.
        effective_from: The quarter's first day; when not given it is read from the file name
            (``MCR_MUE_PractitionerServices_Eff_01-01-2026.csv``), else E083.

    Rows carry ``effective_to=None``: the store closes a quarter when the next one is imported.
    """
    setting = check_setting(setting)
    path = Path(path)
    with closing(_tables(path)) as tables:
        for name, rows in tables:
            with closing(rows):
                start = effective_from or quarter_from_name(name) or quarter_from_name(path.name)
                yield from _parse_mue(name, rows, setting, start)


def quarter_from_name(name: str) -> date | None:
    """The effective date in a CMS file name (``_Eff_01-01-2026``, ``2026-01-01``, ``2026-q1``), if any."""
    stem = PurePosixPath(name).name
    for pattern, parts in _NAME_DATES:
        for match in pattern.finditer(stem):
            try:
                return date(*parts(match))
            except ValueError:
                continue
    return None


# -- reading files -------------------------------------------------------------------------------------------


_Rows = Generator[tuple[int, list[str]], None, None]  # (line number, cells)
_Opener = Callable[[], IO[bytes]]


def _tables(path: Path) -> Generator[tuple[str, _Rows], None, None]:
    """Yield ``(display name, rows)`` for each data table in ``path`` (one, or each member of a zip)."""
    suffix = path.suffix.lower()
    if suffix not in _SUPPORTED:
        raise RuleStoreError(
            "E085", Errors.E085.format(path=path, reason=f"expected one of {', '.join(_SUPPORTED)}, not {suffix!r}")
        )
    if not path.is_file():
        raise RuleStoreError("E080", Errors.E080.format(path=path, reason="no such file"))
    if suffix == ".zip":
        yield from _zip_tables(path)
        return
    if suffix == ".xlsx":
        yield str(path), _xlsx_rows(str(path), lambda: _open(path))
        return
    yield str(path), _text_rows(str(path), suffix, lambda: _open(path))


def _open(path: Path) -> IO[bytes]:
    try:
        return path.open("rb", buffering=0)
    except OSError as exc:
        raise RuleStoreError("E080", Errors.E080.format(path=path, reason=exc.strerror or type(exc).__name__)) from exc


def _zip_tables(path: Path) -> Iterator[tuple[str, _Rows]]:
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise RuleStoreError("E080", Errors.E080.format(path=path, reason=f"not a readable zip ({exc})")) from exc
    with archive:
        members = [
            info
            for info in archive.infolist()
            if not info.is_dir()
            and not info.filename.startswith("__MACOSX/")
            and PurePosixPath(info.filename).suffix.lower() in (*_DATA_SUFFIXES, ".xlsx")
        ]
        # CMS ships the same table as .txt/.csv and .xlsx: read the text copy, the workbook only when alone.
        text_stems = {
            PurePosixPath(m.filename).with_suffix("").as_posix().lower()
            for m in members
            if PurePosixPath(m.filename).suffix.lower() in _DATA_SUFFIXES
        }
        chosen = [
            m
            for m in members
            if PurePosixPath(m.filename).suffix.lower() in _DATA_SUFFIXES
            or PurePosixPath(m.filename).with_suffix("").as_posix().lower() not in text_stems
        ]
        if not chosen:
            raise RuleStoreError("E085", Errors.E085.format(path=path, reason="the zip holds no .txt, .csv or .xlsx"))
        for info in sorted(chosen, key=lambda m: m.filename):
            name = f"{path}!{info.filename}"
            suffix = PurePosixPath(info.filename).suffix.lower()
            opener = partial(_open_member, archive, info, name)
            yield name, _xlsx_rows(name, opener) if suffix == ".xlsx" else _text_rows(name, suffix, opener)


def _open_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> IO[bytes]:
    try:
        return archive.open(info)
    except (OSError, zipfile.BadZipFile, RuntimeError) as exc:
        raise RuleStoreError("E080", Errors.E080.format(path=name, reason=str(exc))) from exc


def _text_rows(name: str, suffix: str, opener: _Opener) -> _Rows:
    """Rows of a .txt (tab) or .csv file; CSV quoting is honoured, so a quoted cell may span lines."""
    try:
        with opener() as raw, io.BufferedReader(cast(Any, raw), buffer_size=4 * _SNIFF_BYTES) as buffered:
            head = buffered.peek(_SNIFF_BYTES)[:_SNIFF_BYTES]
            text = io.TextIOWrapper(buffered, encoding=_encoding(head), errors="replace", newline="")
            delimiter = "\t" if suffix == ".txt" or (b"\t" in head and head.count(b"\t") > head.count(b",")) else ","
            # PTP .txt files are not quoted: a stray '"' in a rationale must not swallow the following rows.
            reader = csv.reader(text, delimiter="\t", quoting=csv.QUOTE_NONE) if delimiter == "\t" else csv.reader(text)
            for cells in reader:
                yield reader.line_num, cells
    except csv.Error as exc:
        raise RuleStoreError("E080", Errors.E080.format(path=name, reason=f"not valid delimited text ({exc})")) from exc
    except (OSError, zipfile.BadZipFile, EOFError) as exc:
        raise RuleStoreError("E080", Errors.E080.format(path=name, reason=str(exc) or type(exc).__name__)) from exc


def _encoding(head: bytes) -> str:
    """cp1252, as CMS ships the files; UTF-8 when the file has a BOM or its non-ASCII text reads as UTF-8."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.isascii():
        return "cp1252"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:  # not just a character cut at the end of the sample
            return "cp1252"
    return "utf-8"


def _xlsx_rows(name: str, opener: _Opener) -> _Rows:
    """Rows of an .xlsx workbook's first sheet, when openpyxl is installed (it is not a dependency)."""
    try:
        openpyxl = importlib.import_module("openpyxl")
    except ImportError:
        raise RuleStoreError("E084", Errors.E084.format(path=name)) from None
    try:
        with opener() as raw:
            data = io.BytesIO(raw.read())
            workbook = openpyxl.load_workbook(data, read_only=True, data_only=True)
            try:
                sheet = workbook.worksheets[0]
                for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                    yield number, [_cell_text(value) for value in values]
            finally:
                workbook.close()
    except RuleStoreError:
        raise
    except Exception as exc:  # openpyxl raises many types for a damaged workbook
        raise RuleStoreError("E080", Errors.E080.format(path=name, reason=f"not a readable workbook ({exc})")) from exc


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date):
        return value.strftime("%Y%m%d")
    return str(value)


# -- headers -------------------------------------------------------------------------------------------------


def _norm(cell: str) -> str:
    return "".join(cell.split()).lower()


def _find(cells: list[str], test: Callable[[str], bool]) -> int | None:
    return next((i for i, cell in enumerate(cells) if test(cell)), None)


def _header(name: str, rows: _Rows, kind: str, expected: Iterable[str], match: Callable[[list[str]], T | None]) -> T:
    """Consume rows up to and including the header; return what ``match`` made of it."""
    for count, (_, cells) in enumerate(rows, start=1):
        found = match([_norm(cell) for cell in cells])
        if found is not None:
            return found
        if count >= _HEADER_SCAN_ROWS:
            break
    raise RuleStoreError("E081", Errors.E081.format(kind=kind, path=name, expected=", ".join(expected)))


@dataclass(frozen=True)
class _PtpLayout:
    column1: int
    column2: int
    effective: int
    deleted: int
    modifier: int
    rationale: int | None


def _ptp_layout(cells: list[str]) -> _PtpLayout | None:
    column1 = _find(cells, lambda c: c in ("column1", "column1code", "col1"))
    column2 = _find(cells, lambda c: c in ("column2", "column2code", "col2"))
    if column1 is None or column2 is None:
        return None
    effective = _find(cells, lambda c: c.startswith("effective"))
    deleted = _find(cells, lambda c: c.startswith("deletion"))
    modifier = _find(cells, lambda c: c.startswith("modifier"))
    if effective is None or deleted is None or modifier is None:
        return None
    return _PtpLayout(column1, column2, effective, deleted, modifier, _find(cells, lambda c: "rationale" in c))


@dataclass(frozen=True)
class _MueLayout:
    code: int
    value: int
    indicator: int
    rationale: int | None
    setting: str  # "practitioner", "hospital", "dme" or "" (not named)


def _mue_layout(cells: list[str]) -> _MueLayout | None:
    code = _find(cells, lambda c: c.startswith("hcpcs") or c in ("cptcode", "code", "cpt/hcpcscode"))
    value = _find(cells, lambda c: "muevalue" in c)
    indicator = _find(cells, lambda c: "adjudicationindicator" in c or c == "mai")
    if code is None or value is None or indicator is None:
        return None
    label = cells[value]
    setting = (
        "practitioner"
        if "practitioner" in label
        else "hospital"
        if "hospital" in label or "facility" in label
        else "dme"
        if "dme" in label
        else ""
    )
    return _MueLayout(code, value, indicator, _find(cells, lambda c: "rationale" in c), setting)


def _check_ptp_setting(name: str, setting: Setting) -> None:
    """Refuse a ``ccioph`` (hospital) file given as practitioner, or a ``ccipra`` file given as hospital."""
    found = None
    for part in (PurePosixPath(name).name, Path(name.split("!", 1)[0]).name):  # the member, then the zip
        lowered = part.lower()
        found = "practitioner" if "ccipra" in lowered else "hospital" if "ccioph" in lowered else None
        if found:
            break
    if found is not None and found != setting:
        raise RuleStoreError(
            "E086", Errors.E086.format(path=name, found=f"{found} PTP", expected=f"the {setting} PTP file")
        )


# -- rows ----------------------------------------------------------------------------------------------------


class _Dates:
    """YYYYMMDD parsing with a cache: a quarter's file holds only a few hundred distinct dates."""

    def __init__(self) -> None:
        self._cache: dict[str, date] = {}

    def parse(self, raw: str) -> date:
        found = self._cache.get(raw)
        if found is None:
            if len(raw) != 8 or not raw.isdigit():
                raise ValueError("expected YYYYMMDD")
            found = date(int(raw[:4]), int(raw[4:6]), int(raw[6:]))
            self._cache[raw] = found
        return found


def _bad(name: str, line: int, field: str, reason: str) -> RuleStoreError:
    return RuleStoreError("E082", Errors.E082.format(path=name, line=line, field=field, reason=reason))


def _cell(cells: list[str], index: int | None) -> str:
    return cells[index].strip() if index is not None and index < len(cells) else ""


def _code(name: str, line: int, field: str, raw: str) -> str:
    code = raw.upper()
    if not _CODE.match(code):
        raise _bad(name, line, field, "expected a 5-character CPT/HCPCS code" if raw else "empty")
    return code


def _parse_ptp(name: str, rows: _Rows, setting: Setting) -> Iterator[PtpEdit]:
    layout = _header(name, rows, "NCCI PTP", PTP_COLUMNS, _ptp_layout)
    width = max(layout.column1, layout.column2, layout.effective, layout.deleted, layout.modifier) + 1
    dates = _Dates()
    started = False
    for line, cells in rows:
        if not any(cell.strip() for cell in cells):
            continue
        column1 = _cell(cells, layout.column1)
        column2 = _cell(cells, layout.column2)
        if not started and not column1 and not column2:
            continue  # the header's continuation rows ("prior to 1996", "Date", "0=not allowed", ...)
        started = True
        if len(cells) < width:
            raise _bad(name, line, "row", f"{len(cells)} fields, expected at least {width}")
        edit_column1 = _code(name, line, "Column 1", column1)
        edit_column2 = _code(name, line, "Column 2", column2)
        try:
            effective = dates.parse(_cell(cells, layout.effective))
        except ValueError as exc:
            raise _bad(name, line, "Effective Date", f"{exc}") from None
        raw_deleted = _cell(cells, layout.deleted)
        try:
            deleted = None if raw_deleted in ("*", "") else dates.parse(raw_deleted)
        except ValueError as exc:
            raise _bad(name, line, "Deletion Date", f"{exc} or '*'") from None
        modifier = _cell(cells, layout.modifier)
        if modifier not in ("0", "1", "9"):
            raise _bad(name, line, "Modifier", "expected 0, 1 or 9")
        yield PtpEdit(
            edit_column1,
            edit_column2,
            effective,
            deleted,
            int(modifier),
            _cell(cells, layout.rationale),
            setting,
        )


def _parse_mue(name: str, rows: _Rows, setting: Setting, effective_from: date | None) -> Iterator[Mue]:
    layout = _header(name, rows, "MUE", MUE_COLUMNS, _mue_layout)
    if layout.setting and layout.setting != setting:
        raise RuleStoreError(
            "E086", Errors.E086.format(path=name, found=f"{layout.setting} MUE", expected=f"the {setting} MUE file")
        )
    if effective_from is None:
        raise RuleStoreError("E083", Errors.E083.format(path=name))
    width = max(layout.code, layout.value, layout.indicator) + 1
    for line, cells in rows:
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) < width:
            raise _bad(name, line, "row", f"{len(cells)} fields, expected at least {width}")
        code = _code(name, line, "HCPCS/CPT Code", _cell(cells, layout.code))
        raw_value = _cell(cells, layout.value)
        if not raw_value.isdigit():
            raise _bad(name, line, "MUE Values", "expected a whole number of units")
        indicator = _cell(cells, layout.indicator)[:1]
        if indicator not in ("1", "2", "3"):
            raise _bad(name, line, "MUE Adjudication Indicator", "expected it to start with 1, 2 or 3")
        yield Mue(code, int(raw_value), int(indicator), _cell(cells, layout.rationale), setting, effective_from, None)
