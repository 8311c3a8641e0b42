"""Readers: one per input format, each yielding plain :class:`~simcheck.batch.records.Record` s.

Formats (``--input-format``, detected from the name and first line when ``auto``):

* ``csv``: a header row; id and text columns by common names or ``id_col``/``text_col``.
* ``jsonl``: one JSON object per line with ``id`` or ``note_id`` and ``text``.
* ``fhir``: FHIR R4 DocumentReference as NDJSON (a file, or a bulk-export folder of
  ``DocumentReference*.ndjson`` with ``Binary*.ndjson``) or as a Bundle ``.json``; the text comes
  from ``content[].attachment.data`` or from the Binary the attachment's ``url`` names.
* ``hl7``: HL7 v2 MDM (T02 and the other events that carry content); the text from the OBX segments.
* ``txt``: a folder of ``.txt`` files (or one file), one note per file.

Any file may be gzipped (``.gz``). Every input record yields exactly one record; a record that
cannot become a note carries an error (code and message, never note text) instead of text.
Record keys (``"<file name>:<line, row, message or entry number>"``, or ``"<folder>/<path>"``)
are deterministic, so a resumed run can check it continues the same input.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import csv
import gzip
import io
import json
import os
import re
import shutil
import sqlite3
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

from simcheck.batch import BatchError
from simcheck.batch.records import META_FIELDS, Record, failed
from simcheck.errors import Errors

if TYPE_CHECKING:
    from pydantic import ValidationError

FORMATS: tuple[str, ...] = ("csv", "jsonl", "fhir", "hl7", "txt")
TEXT_TYPES: tuple[str, ...] = ("text/plain", "text/html")
MDM_CONTENT_EVENTS = frozenset({"T02", "T04", "T06", "T08", "T10"})

_EXTENSIONS = {
    "csv": (".csv", ".tsv"),
    "jsonl": (".jsonl", ".ndjson", ".json"),
    "fhir": (".ndjson", ".json", ".jsonl"),
    "hl7": (".hl7", ".hl7v2", ".msg", ".txt"),
    "txt": (".txt",),
}
_ID_NAMES = ("note_id", "id", "noteid", "document_id", "documentid", "doc_id", "report_id")
_TEXT_NAMES = ("text", "note_text", "notetext", "note", "body", "note_body", "content", "document_text", "report_text")
_META_NAMES = {
    "site": ("site", "facility", "location", "site_name", "facility_name", "hospital", "clinic"),
    "author": ("author", "provider", "physician", "clinician", "author_name", "provider_name", "signed_by"),
    "note_type": ("note_type", "notetype", "type", "document_type", "doc_type", "category", "note_category"),
    "department": ("department", "dept", "service", "practice_setting", "specialty", "unit", "clinical_service"),
    "date": ("date", "note_date", "service_date", "date_of_service", "dos", "note_datetime", "encounter_date"),
}
_SAFE_PYDANTIC_MESSAGES = frozenset(
    {
        "missing",
        "extra_forbidden",
        "string_type",
        "list_type",
        "dict_type",
        "model_type",
        "model_attributes_type",
        "int_type",
        "int_parsing",
        "float_type",
        "float_parsing",
        "bool_type",
        "bool_parsing",
        "datetime_type",
        "datetime_parsing",
        "datetime_from_date_parsing",
        "date_type",
        "date_parsing",
        "date_from_datetime_parsing",
        "string_pattern_mismatch",
        "string_too_short",
        "string_too_long",
        "too_short",
        "too_long",
        "literal_error",
        "enum",
        "url_type",
        "url_parsing",
        "url_syntax_violation",
    }
)
"""Pydantic error types whose messages state the constraint, never the offending value."""


@dataclass(frozen=True)
class Source:
    """One input to read: a file, or a folder read as a whole (FHIR export, .txt notes).

    Attributes:
        path: File or folder path.
        fmt: One of :data:`FORMATS`.
        size: Bytes the reader will consume (for progress).
        id_col: Column (CSV) or field (JSONL) holding the note id, instead of the common names.
        text_col: Column or field holding the text, instead of the common names.
    """

    path: str
    fmt: str
    size: int = 0
    id_col: str | None = None
    text_col: str | None = None

    @property
    def name(self) -> str:
        """The file or folder name used in record keys."""
        return Path(self.path).name


class Meter:
    """Counts the input bytes consumed so far (compressed bytes for ``.gz``), for progress and ETA."""

    def __init__(self) -> None:
        self._done = 0
        self._file: IO[bytes] | None = None

    @property
    def position(self) -> int:
        """Bytes consumed by readers through this meter."""
        current = self._file
        return self._done + (current.tell() if current is not None and not current.closed else 0)

    @contextmanager
    def open(self, path: str | Path) -> Iterator[IO[bytes]]:
        """Open a file for binary reading, decompressing ``.gz``, and count what is read."""
        with open(path, "rb") as raw:
            self._file = raw
            try:
                if _is_gzip(path):
                    with gzip.GzipFile(fileobj=raw) as unzipped:
                        yield cast(IO[bytes], unzipped)
                else:
                    yield raw
            finally:
                self._file = None
                self._done += os.fstat(raw.fileno()).st_size


# --------------------------------------------------------------------------- planning


def plan(
    paths: Iterable[str | Path], input_format: str = "auto", *, id_col: str | None = None, text_col: str | None = None
) -> list[Source]:
    """Resolve the inputs into sources, detecting formats; fail before any output is written.

    Args:
        paths: Files and folders given on the command line.
        input_format: ``auto`` or one of :data:`FORMATS`.
        id_col: Id column/field name, overriding the common names.
        text_col: Text column/field name, overriding the common names.

    Returns:
        The sources in order.

    Raises:
        BatchError: ``E050`` for a missing input, an unknown format, or a CSV without a text column.
    """
    if input_format != "auto" and input_format not in FORMATS:
        reason = f"unknown input format; use auto, {', '.join(FORMATS)}"
        raise BatchError("E050", Errors.E050.format(path=input_format, reason=reason))
    sources: list[Source] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise BatchError("E050", Errors.E050.format(path=raw, reason="no such file or folder"))
        try:
            found = _plan_folder(path, input_format) if path.is_dir() else [(path, _detect(path, input_format))]
            for file, fmt in found:
                source = Source(str(file), fmt, _size(file, fmt), id_col, text_col)
                if fmt == "csv":
                    with Meter().open(file) as stream, _text(stream) as lines:
                        _csv_columns(source, next(csv.reader(lines, delimiter=_delimiter(source)), []))
                sources.append(source)
        except (OSError, EOFError, zlib.error) as exc:
            raise BatchError("E050", Errors.E050.format(path=raw, reason=_io_reason(exc))) from None
    return sources


def _suffix(path: Path) -> str:
    name = path.name.lower()
    name = name.removesuffix(".gz")
    return os.path.splitext(name)[1]


def _is_gzip(path: str | Path) -> bool:
    return str(path).lower().endswith(".gz")


def _first_line(path: Path) -> bytes:
    """The first non-blank line of a JSON Lines file (one whole record)."""
    with Meter().open(path) as stream:
        for line in stream:
            if line.strip():
                return line.strip().removeprefix(b"\xef\xbb\xbf")
    return b""


def _head(path: Path) -> bytes:
    """The first bytes of a file, without a byte-order mark or MLLP start character."""
    with Meter().open(path) as stream:
        return stream.read(1 << 12).lstrip(b"\xef\xbb\xbf\x0b\r\n ")


def _is_fhir_line(line: bytes) -> bool:
    try:
        value = json.loads(line)
    except ValueError:
        return False
    return isinstance(value, dict) and "resourceType" in value


def _detect(path: Path, input_format: str) -> str:
    if input_format != "auto":
        return input_format
    suffix = _suffix(path)
    if suffix in (".csv", ".tsv"):
        return "csv"
    if suffix in (".hl7", ".hl7v2"):
        return "hl7"
    if suffix == ".json":
        return "fhir"
    if suffix in (".jsonl", ".ndjson"):
        return "fhir" if _is_fhir_line(_first_line(path)) else "jsonl"
    if _head(path).startswith((b"MSH|", b"FHS|", b"BHS|")):
        return "hl7"
    if suffix == ".txt":
        return "txt"
    reason = "cannot tell the format from its name or first line; pass --input-format"
    raise BatchError("E050", Errors.E050.format(path=path, reason=reason))


def _fhir_note_file(path: Path) -> bool:
    return path.name.startswith("DocumentReference") and _suffix(path) == ".ndjson"


def _fhir_binary_file(path: Path) -> bool:
    return path.name.startswith("Binary") and _suffix(path) == ".ndjson"


def _txt_files(folder: Path) -> Iterator[Path]:
    """The .txt (and .txt.gz) files under a folder, recursively, in a stable order."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and _suffix(Path(name)) == ".txt":
                yield Path(root) / name


def _plan_folder(folder: Path, input_format: str) -> list[tuple[Path, str]]:
    entries = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    if input_format in ("auto", "fhir") and any(_fhir_note_file(p) for p in entries):
        return [(folder, "fhir")]
    if input_format == "txt" or (input_format == "auto" and next(_txt_files(folder), None) is not None):
        return [(folder, "txt")]
    if input_format == "auto":
        found = []
        for path in entries:
            if _suffix(path) in (".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".hl7", ".hl7v2"):
                found.append((path, _detect(path, "auto")))
    else:
        found = [(path, input_format) for path in entries if _suffix(path) in _EXTENSIONS[input_format]]
    if not found:
        reason = "no DocumentReference*.ndjson, .txt, .csv, .jsonl, .json or .hl7 files"
        if input_format != "auto":
            reason = f"no {input_format} files ({', '.join(_EXTENSIONS[input_format])})"
        raise BatchError("E050", Errors.E050.format(path=folder, reason=reason))
    return found


def _size(path: Path, fmt: str) -> int:
    if not path.is_dir():
        return path.stat().st_size
    if fmt == "fhir":
        return sum(p.stat().st_size for p in path.iterdir() if _fhir_note_file(p))
    return sum(p.stat().st_size for p in _txt_files(path))


# --------------------------------------------------------------------------- shared helpers


def read(source: Source, meter: Meter | None = None) -> Iterator[Record]:
    """Yield the records of one source, in input order.

    Args:
        source: From :func:`plan`.
        meter: Counts bytes consumed, for progress.

    Yields:
        One record per input record.
    """
    readers: dict[str, Callable[[Source, Meter], Iterator[Record]]] = {
        "csv": _read_csv,
        "jsonl": _read_jsonl,
        "fhir": _read_fhir,
        "hl7": _read_hl7,
        "txt": _read_txt,
    }
    try:
        yield from readers[source.fmt](source, meter or Meter())
    except (OSError, EOFError, zlib.error) as exc:
        raise BatchError("E050", Errors.E050.format(path=source.path, reason=_io_reason(exc))) from None


def _io_reason(exc: BaseException) -> str:
    """A reading error as a message: its type and OS reason, never the bytes it choked on."""
    detail = exc.strerror if isinstance(exc, OSError) else None
    return f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__


@contextmanager
def _text(stream: IO[bytes]) -> Iterator[IO[str]]:
    """The stream decoded as UTF-8 for the csv module; undecodable bytes become lone surrogates, caught per record."""
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape", newline="")
    try:
        yield text
    finally:
        text.detach()


_SURROGATE = re.compile("[\udc80-\udcff]")


def _clean(value: object) -> str | None:
    """An id or metadata value as a plain string (undecodable bytes replaced), or None."""
    if value is None or isinstance(value, dict | list):
        return None
    text = str(value)
    if _SURROGATE.search(text):
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return text.strip() or None


def _undecodable(text: str, encoding: str = "UTF-8") -> str | None:
    """The E056 message when the text holds undecodable bytes, else None."""
    found = _SURROGATE.search(text)
    return None if found is None else Errors.E056.format(encoding=encoding, offset=found.start())


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


@dataclass(frozen=True)
class _Fields:
    """Which input fields hold the id, the text and each metadata value."""

    id: str | None
    text: str | None
    meta: tuple[tuple[str, str], ...]


@lru_cache(maxsize=256)
def _fields(names: tuple[str, ...], id_col: str | None, text_col: str | None) -> _Fields:
    by_norm: dict[str, str] = {}
    for name in names:
        by_norm.setdefault(_norm(name), name)

    def pick(explicit: str | None, aliases: Sequence[str]) -> str | None:
        if explicit is not None:
            return explicit if explicit in names else None
        return next((by_norm[alias] for alias in aliases if alias in by_norm), None)

    id_field = pick(id_col, _ID_NAMES)
    text_field = pick(text_col, _TEXT_NAMES)
    taken = {id_field, text_field}
    meta = []
    for meta_name, aliases in _META_NAMES.items():
        field = next((by_norm[a] for a in aliases if a in by_norm and by_norm[a] not in taken), None)
        if field is not None:
            meta.append((meta_name, field))
            taken.add(field)
    return _Fields(id_field, text_field, tuple(meta))


def _mapping_record(row: Mapping[str, Any], fields: _Fields, key: str, fmt: str) -> Record:
    """A record from a CSV row or JSON object whose fields were resolved by :func:`_fields`."""
    note_id = _clean(row.get(fields.id)) if fields.id is not None else None
    meta = {name: value for name, field in fields.meta if (value := _clean(row.get(field))) is not None}
    nested = row.get("meta")
    if isinstance(nested, dict):
        meta.update({name: v for name in META_FIELDS if name not in meta and (v := _clean(nested.get(name)))})
    if fields.text is None or fields.text not in row:
        return failed(key, note_id, "E053", Errors.E053.format(fmt=fmt, reason="it has no text field"), meta)
    text = row[fields.text]
    if not isinstance(text, str):
        return failed(key, note_id, "E012", Errors.E012.format(type_name=type(text).__name__), meta)
    problem = _undecodable(text)
    if problem is not None:
        return failed(key, note_id, "E056", problem, meta)
    return Record(key, note_id, text, None, meta)


# --------------------------------------------------------------------------- CSV and JSON Lines


def _csv_columns(source: Source, header: Sequence[str]) -> _Fields:
    fields = _fields(tuple(header), source.id_col, source.text_col)
    if source.id_col is not None and fields.id is None:
        reason = f"no id column {source.id_col!r} (columns: {', '.join(header)})"
        raise BatchError("E050", Errors.E050.format(path=source.path, reason=reason))
    if fields.text is None:
        wanted = repr(source.text_col) if source.text_col else "named text, note_text, note, body or content"
        reason = f"no text column {wanted} (columns: {', '.join(header) or 'none'}); use --text-col"
        raise BatchError("E050", Errors.E050.format(path=source.path, reason=reason))
    return fields


def _delimiter(source: Source) -> str:
    return "\t" if _suffix(Path(source.path)) == ".tsv" else ","


def _read_csv(source: Source, meter: Meter) -> Iterator[Record]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with meter.open(source.path) as stream, _text(stream) as lines:
        rows = csv.reader(lines, delimiter=_delimiter(source))
        header = next(rows, [])
        fields = _csv_columns(source, header)
        number = 0
        while True:
            number += 1
            key = f"{source.name}:{number}"
            try:
                row = next(rows)
            except StopIteration:
                return
            except csv.Error as exc:
                yield failed(key, None, "E053", Errors.E053.format(fmt="CSV", reason=str(exc).split(":")[0]))
                continue
            yield _mapping_record(dict(zip(header, row, strict=False)), fields, key, "CSV")


def _json_reason(exc: ValueError) -> str:
    return f"{exc.msg} at character {exc.pos}" if isinstance(exc, json.JSONDecodeError) else "invalid JSON"


def _json_lines(source: Source, path: Path, meter: Meter) -> Iterator[tuple[str, Any]]:
    """Yield ``(key, parsed value or Record with an error)`` for each non-blank line."""
    with meter.open(path) as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            key = f"{path.name}:{number}"
            try:
                yield key, json.loads(line)
            except UnicodeDecodeError as exc:
                yield key, failed(key, None, "E056", Errors.E056.format(encoding="UTF-8", offset=exc.start))
            except ValueError as exc:
                message = Errors.E053.format(fmt=_JSON_FORMATS[source.fmt], reason=_json_reason(exc))
                yield key, failed(key, None, "E053", message)


_JSON_FORMATS = {"jsonl": "JSON Lines", "fhir": "FHIR NDJSON"}


def _read_jsonl(source: Source, meter: Meter) -> Iterator[Record]:
    for key, value in _json_lines(source, Path(source.path), meter):
        if isinstance(value, Record):
            yield value
        elif not isinstance(value, dict):
            yield failed(key, None, "E053", Errors.E053.format(fmt="JSON Lines", reason="a JSON object is expected"))
        else:
            yield _mapping_record(value, _fields(tuple(value), source.id_col, source.text_col), key, "JSON Lines")


# --------------------------------------------------------------------------- text decoding


class _HTMLText(HTMLParser):
    """Plain text of an HTML note: block elements become line breaks, scripts and styles are dropped."""

    BLOCKS = frozenset(
        {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "footer", "h1", "h2", "h3"}
        | {"h4", "h5", "h6", "header", "hr", "li", "ol", "p", "pre", "section", "table", "tr", "ul"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_text(markup: str) -> str:
    """Return the readable text of an HTML document (evidence offsets refer to this text)."""
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def _media_type(content_type: str | None) -> tuple[str, str]:
    """``(media type, charset)`` of a MIME content type; text/plain and UTF-8 when absent."""
    parts = [part.strip() for part in (content_type or "text/plain").split(";")]
    charset = next((p.split("=", 1)[1].strip("\"' ") for p in parts[1:] if p.lower().startswith("charset=")), "utf-8")
    return parts[0].lower(), charset


def _decode_note(data: bytes, media: str, charset: str) -> tuple[str | None, tuple[str, str] | None]:
    """Decode note bytes to text (HTML to plain text); ``(text, None)`` or ``(None, (code, message))``."""
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        codec = "utf-8"
    try:
        text = data.decode("utf-8-sig" if codec == "utf-8" else codec)
    except UnicodeDecodeError as exc:
        return None, ("E056", Errors.E056.format(encoding=charset.upper(), offset=exc.start))
    return (html_text(text) if media == "text/html" else text), None


# --------------------------------------------------------------------------- FHIR


def _safe_token(value: object, limit: int = 80) -> str:
    """A resource type or reference fit for a message: short, and never free text."""
    text = str(value)
    if value is None or not re.fullmatch(r"[A-Za-z0-9#:/._^\-]{1,200}", text):
        return "missing" if value is None else "not a valid name"
    return text[:limit]


def _validation_reason(exc: ValidationError) -> tuple[str, str]:
    """``(code, reason)`` for a pydantic validation error; messages that could echo input are not used."""
    errors = exc.errors(include_url=False, include_input=False)
    if any(error["type"] == "base64_decode" for error in errors):
        return "E055", ""
    first = errors[0]
    where = ".".join(str(part) for part in first["loc"]) or "resource"
    what = first["msg"] if first["type"] in _SAFE_PYDANTIC_MESSAGES else f"invalid value ({first['type']})"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return "E053", f"{where}: {what}{more}"


def _validated(model: Any, resource: dict[str, Any], fmt: str) -> tuple[Any, tuple[str, str] | None]:
    from pydantic import ValidationError

    try:
        return model.model_validate(resource), None
    except ValidationError as exc:
        code, reason = _validation_reason(exc)
        return None, (code, Errors.E055 if code == "E055" else Errors.E053.format(fmt=fmt, reason=reason))


def _concept_text(concept: Any) -> str | None:
    """The display text of a CodeableConcept."""
    if concept is None:
        return None
    if concept.text:
        return _clean(concept.text)
    coding = next(iter(concept.coding or []), None)
    return None if coding is None else _clean(coding.display or coding.code)


def _fhir_meta(doc: Any) -> dict[str, str]:
    context = doc.context
    date = doc.date or (context.period.start if context and context.period else None)
    values = {
        "site": _clean(doc.custodian.display) if doc.custodian else None,
        "author": next((_clean(a.display) for a in doc.author or [] if a.display), None),
        "note_type": _concept_text(doc.type),
        "department": _concept_text(context.practiceSetting) if context else None,
        "date": None if date is None else (date.isoformat() if hasattr(date, "isoformat") else str(date)),
    }
    if values["site"] is None and context is not None:
        values["site"] = _concept_text(context.facilityType)
    return {name: value for name, value in values.items() if value}


Resolver = Callable[[str], dict[str, Any] | None]


def _document_record(resource: object, key: str, resolve: Resolver) -> Record:
    """The record of one FHIR resource that should be a DocumentReference."""
    from fhir.resources.R4B.binary import Binary
    from fhir.resources.R4B.documentreference import DocumentReference

    if not isinstance(resource, dict):
        return failed(key, None, "E053", Errors.E053.format(fmt="FHIR NDJSON", reason="a JSON object is expected"))
    note_id = _clean(resource.get("id"))
    kind = resource.get("resourceType")
    if kind != "DocumentReference":
        message = Errors.E054.format(kind="resource type", found=_safe_token(kind), expected="DocumentReference")
        return failed(key, note_id, "E054", message)
    doc, problem = _validated(DocumentReference, resource, "FHIR R4 DocumentReference")
    if problem is not None:
        return failed(key, note_id, *problem)
    meta = _fhir_meta(doc)
    candidates = []
    for position, content in enumerate(doc.content or []):
        media, charset = _media_type(content.attachment.contentType)
        rank = TEXT_TYPES.index(media) if media in TEXT_TYPES else len(TEXT_TYPES)
        candidates.append((rank, position, media, charset, content.attachment))
    candidates.sort(key=lambda candidate: candidate[:2])
    if not candidates or candidates[0][0] == len(TEXT_TYPES):
        found = ", ".join(dict.fromkeys(_safe_token(c[2]) for c in candidates)) or "no content"
        return failed(key, note_id, "E057", Errors.E057.format(found=found), meta)
    _, _, media, charset, attachment = candidates[0]
    if attachment.data is not None:
        data = attachment.data
    elif attachment.url:
        url = str(attachment.url)
        target = _contained(resource, url) if url.startswith("#") else resolve(url)
        if target is None:
            return failed(key, note_id, "E058", Errors.E058.format(reference=_safe_token(url)), meta)
        binary, problem = _validated(Binary, target, "FHIR R4 Binary")
        if problem is not None:
            return failed(key, note_id, *problem, meta)
        media, charset = _media_type(binary.contentType)
        if media not in TEXT_TYPES:
            return failed(key, note_id, "E057", Errors.E057.format(found=_safe_token(media)), meta)
        data = binary.data or b""
    else:
        return failed(key, note_id, "E057", Errors.E057.format(found=f"{media} without data or url"), meta)
    text, problem = _decode_note(data, media, charset)
    return failed(key, note_id, *problem, meta) if problem else Record(key, note_id, text, None, meta)


def _contained(resource: dict[str, Any], url: str) -> dict[str, Any] | None:
    wanted = url[1:]
    return next((r for r in resource.get("contained") or [] if isinstance(r, dict) and r.get("id") == wanted), None)


_BINARY_REF = re.compile(r"(?:^|/)Binary/([A-Za-z0-9\-.]{1,64})(?:/_history/[^/]+)?$")


class _Binaries:
    """Binary resources of an NDJSON export, found by id; indexed on disk on first use (memory stays flat)."""

    def __init__(self, files: Sequence[Path], mixed: Sequence[Path]) -> None:
        self._files = files
        self._mixed = mixed
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._db: sqlite3.Connection | None = None
        self._paths: list[Path] = []

    def __enter__(self) -> _Binaries:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._db is not None:
            self._db.close()
        if self._tmp is not None:
            self._tmp.cleanup()

    def get(self, url: str) -> dict[str, Any] | None:
        """The Binary resource a reference names (``Binary/id`` or an absolute URL ending so), or None."""
        found = _BINARY_REF.search(url)
        if found is None:
            return None
        if self._db is None:
            self._index()
        assert self._db is not None
        row = self._db.execute("SELECT file, offset FROM binary WHERE id = ?", (found.group(1),)).fetchone()
        if row is None:
            return None
        with open(self._paths[row[0]], "rb") as stream:
            stream.seek(row[1])
            value = json.loads(stream.readline())
        return value if isinstance(value, dict) else None

    def _index(self) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="simcheck-binary-")
        self._db = sqlite3.connect(os.path.join(self._tmp.name, "index.db"))
        self._db.execute("CREATE TABLE binary (id TEXT PRIMARY KEY, file INTEGER, offset INTEGER)")
        for path, only_binary in [*((p, True) for p in self._files), *((p, False) for p in self._mixed)]:
            if _is_gzip(path):
                plain = Path(self._tmp.name) / f"{len(self._paths)}.ndjson"
                with gzip.open(path, "rb") as source, open(plain, "wb") as target:
                    shutil.copyfileobj(source, target)
                path = plain
            self._paths.append(path)
            self._db.executemany(
                "INSERT OR IGNORE INTO binary VALUES (?, ?, ?)", self._scan(path, len(self._paths) - 1, only_binary)
            )
        self._db.commit()

    @staticmethod
    def _scan(path: Path, file_number: int, only_binary: bool) -> Iterator[tuple[str, int, int]]:
        with open(path, "rb") as stream:
            offset = 0
            for line in stream:
                if only_binary or b"Binary" in line:
                    try:
                        value = json.loads(line)
                    except ValueError:
                        value = None
                    if isinstance(value, dict) and value.get("resourceType") == "Binary" and value.get("id"):
                        yield str(value["id"]), file_number, offset
                offset += len(line)


def _read_fhir(source: Source, meter: Meter) -> Iterator[Record]:
    path = Path(source.path)
    if path.is_dir():
        entries = sorted(path.iterdir())
        notes = [p for p in entries if _fhir_note_file(p)]
        binaries, mixed = [p for p in entries if _fhir_binary_file(p)], []
    else:
        notes = [path]
        siblings = sorted(path.parent.iterdir())
        binaries = [p for p in siblings if _fhir_binary_file(p) and p.resolve() != path.resolve()]
        mixed = [] if _suffix(path) == ".json" or _fhir_binary_file(path) else [path]
    with _Binaries(binaries, mixed) as store:
        for file in notes:
            if _suffix(file) == ".json":
                yield from _read_bundle(file, meter, store.get)
                continue
            for key, value in _json_lines(source, file, meter):
                if isinstance(value, Record):
                    yield value
                elif not (isinstance(value, dict) and value.get("resourceType") == "Binary"):
                    yield _document_record(value, key, store.get)


def _read_bundle(path: Path, meter: Meter, resolve: Resolver) -> Iterator[Record]:
    """A Bundle's DocumentReference entries (Binary entries resolve references; other entries are context)."""
    key = f"{path.name}:1"
    with meter.open(path) as stream:
        raw = stream.read()
    try:
        bundle = json.loads(raw)
    except UnicodeDecodeError as exc:
        yield failed(key, None, "E056", Errors.E056.format(encoding="UTF-8", offset=exc.start))
        return
    except ValueError as exc:
        yield failed(key, None, "E053", Errors.E053.format(fmt="FHIR JSON", reason=_json_reason(exc)))
        return
    if not isinstance(bundle, dict) or bundle.get("resourceType") != "Bundle":
        yield _document_record(bundle, key, resolve)
        return
    entries = [entry for entry in bundle.get("entry") or [] if isinstance(entry, dict)]
    local: dict[str, dict[str, Any]] = {}
    for entry in entries:
        resource = entry.get("resource")
        if isinstance(resource, dict) and resource.get("resourceType") == "Binary":
            local[f"Binary/{resource.get('id')}"] = resource
            if entry.get("fullUrl"):
                local[str(entry["fullUrl"])] = resource

    def resolve_here(url: str) -> dict[str, Any] | None:
        found = _BINARY_REF.search(url)
        return local.get(url) or (local.get(f"Binary/{found.group(1)}") if found else None) or resolve(url)

    for number, entry in enumerate(entries, start=1):
        resource = entry.get("resource")
        if isinstance(resource, dict) and resource.get("resourceType") == "DocumentReference":
            yield _document_record(resource, f"{path.name}:{number}", resolve_here)


# --------------------------------------------------------------------------- HL7 v2


def _segments(stream: IO[bytes]) -> Iterator[bytes]:
    """HL7 segments of a file, whatever the line ends, without MLLP framing characters."""
    pending = b""
    for block in iter(lambda: stream.read(1 << 16), b""):
        *lines, pending = re.split(rb"[\r\n]+", pending + block)
        yield from (stripped for line in lines if (stripped := line.strip(b"\x0b\x1c")))
    if pending.strip(b"\x0b\x1c"):
        yield pending.strip(b"\x0b\x1c")


def _messages(stream: IO[bytes]) -> Iterator[list[bytes]]:
    """Messages of an HL7 file (batch envelopes FHS/BHS/BTS/FTS dropped)."""
    message: list[bytes] = []
    for segment in _segments(stream):
        name = segment[:3]
        if name == b"MSH":
            if message:
                yield message
            message = [segment]
        elif name not in (b"FHS", b"BHS", b"BTS", b"FTS") and message:
            message.append(segment)
    if message:
        yield message


_HL7_CHARSETS = {"8859/1": "latin-1", "8859/15": "iso8859-15", "ASCII": "ascii", "UNICODE UTF-8": "utf-8"}


def _hl7_charset(msh: bytes) -> str:
    fields = msh.split(msh[3:4]) if len(msh) > 3 else []
    name = fields[17].decode("ascii", "replace").strip() if len(fields) > 17 else ""  # MSH-18
    return _HL7_CHARSETS.get(name.split(msh[4:5].decode("ascii", "replace") or "^")[0].upper(), "utf-8")


def _field(message: Any, segment: str, field: int, component: int = 1) -> str:
    try:
        return str(message.extract_field(segment, 1, field, 1, component))
    except (KeyError, IndexError):
        return ""


def _hl7_meta(message: Any) -> dict[str, str]:
    family, given = _field(message, "TXA", 5, 2), _field(message, "TXA", 5, 3)
    author = ", ".join(part for part in (family, given) if part) or _field(message, "TXA", 5, 1)
    stamp = _field(message, "TXA", 4) or _field(message, "TXA", 6)
    date = stamp
    if re.fullmatch(r"\d{8,14}", stamp):
        date = f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]}" + (f"T{stamp[8:10]}:{stamp[10:12]}" if len(stamp) >= 12 else "")
    values = {
        "site": _field(message, "MSH", 4),
        "author": author,
        "note_type": _field(message, "TXA", 2),
        "department": _field(message, "PV1", 10) or _field(message, "PV1", 3),
        "date": date,
    }
    return {name: cleaned for name, value in values.items() if (cleaned := _clean(message.unescape(value)))}


def _obx_text(message: Any) -> tuple[str | None, tuple[str, str] | None]:
    """The note text of a message's OBX segments: TX/FT/ST lines, or ED text in base64 or plain."""
    repetition, component = message.separators[2], message.separators[3]
    lines: list[str] = []
    try:
        observations = message.segments("OBX")
    except KeyError:
        observations = []
    for obx in observations:
        kind = str(obx[2]).upper() if len(obx) > 2 else ""
        value = str(obx[5]) if len(obx) > 5 else ""
        if kind in ("TX", "FT", "ST", "TEXT"):
            lines.extend(message.unescape(part) for part in value.split(repetition))
        elif kind == "ED":
            parts = [*value.split(component), "", "", "", "", ""]
            media = f"{parts[1]}/{parts[2]}".lower()
            if media not in TEXT_TYPES:
                return None, ("E057", Errors.E057.format(found=_safe_token(media)))
            if parts[3].lower() == "base64":
                try:
                    data = base64.b64decode(parts[4], validate=True)
                except (binascii.Error, ValueError):
                    return None, ("E055", Errors.E055)
                text, problem = _decode_note(data, media, "utf-8")
                if problem is not None:
                    return None, problem
                lines.append(text or "")
            else:
                text = message.unescape(parts[4])
                lines.append(html_text(text) if media == "text/html" else text)
    return re.sub(r"\r\n?", "\n", "\n".join(lines)), None


def _mdm_record(segments: list[bytes], key: str) -> Record:
    import hl7  # type: ignore[import-untyped]

    charset = _hl7_charset(segments[0])
    try:
        raw = b"\r".join(segments).decode(charset)
    except UnicodeDecodeError as exc:
        return failed(key, None, "E056", Errors.E056.format(encoding=charset.upper(), offset=exc.start))
    try:
        message = hl7.parse(raw)
    except Exception:  # python-hl7 raises several types
        return failed(key, None, "E053", Errors.E053.format(fmt="HL7 v2", reason="the segments cannot be parsed"))
    note_id = _clean(_field(message, "TXA", 12)) or _clean(_field(message, "MSH", 10))
    kind, event = _field(message, "MSH", 9, 1), _field(message, "MSH", 9, 2)
    if kind != "MDM" or event not in MDM_CONTENT_EVENTS:
        found = _safe_token(f"{kind}^{event}") if kind else "missing"
        return failed(key, note_id, "E054", Errors.E054.format(kind="message type", found=found, expected="MDM^T02"))
    meta = _hl7_meta(message)
    text, problem = _obx_text(message)
    if problem is not None:
        return failed(key, note_id, *problem, meta)
    return Record(key, note_id, text, None, meta)


def _read_hl7(source: Source, meter: Meter) -> Iterator[Record]:
    with meter.open(source.path) as stream:
        for number, message in enumerate(_messages(stream), start=1):
            yield _mdm_record(message, f"{source.name}:{number}")


# --------------------------------------------------------------------------- .txt notes


def _txt_record(path: Path, stream: IO[bytes], note_id: str, key: str) -> Record:
    try:
        text = stream.read().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return failed(key, note_id, "E056", Errors.E056.format(encoding="UTF-8", offset=exc.start))
    except (OSError, EOFError) as exc:
        reason = type(exc).__name__
        return failed(key, note_id, "E053", Errors.E053.format(fmt="gzip" if _is_gzip(path) else "text", reason=reason))
    return Record(key, note_id, text)


def _note_name(path: Path) -> str:
    name = path.name
    for suffix in (".gz", ".txt"):
        name = name.removesuffix(suffix).removesuffix(suffix.upper())
    return name


def _read_txt(source: Source, meter: Meter) -> Iterator[Record]:
    root = Path(source.path)
    if not root.is_dir():
        with meter.open(root) as stream:
            yield _txt_record(root, stream, _note_name(root), source.name)
        return
    for path in _txt_files(root):
        relative = path.relative_to(root)
        note_id = str(relative.parent / _note_name(path)) if relative.parent != Path(".") else _note_name(path)
        with meter.open(path) as stream:
            yield _txt_record(path, stream, note_id, f"{source.name}/{relative.as_posix()}")
