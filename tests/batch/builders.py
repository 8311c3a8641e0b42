"""Synthetic batch inputs for the batch tests, built in tmp_path: no real patient data.

Notes come from ``bench/notes.py`` (a seeded template generator) or are one-line hand-written
notes. ``SECRET`` is planted in note texts that must fail, so tests can check that no error
message or log line ever echoes note text.
"""

from __future__ import annotations

import base64
import csv
import gzip
import importlib.util
import json
import shutil
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
SECRET = "SECRETPHI7Q"
SHORT_NOTE = (
    "CT simulation for left breast cancer. Three treatment areas: breast, supraclavicular and axillary nodes. "
    "IV contrast was given. Custom blocks were designed to shield the heart."
)


@cache
def _notes_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("simcheck_bench_notes", ROOT / "bench" / "notes.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def synthetic_notes(n: int, seed: int = 0, min_words: int = 100, max_words: int = 300) -> list[tuple[str, str]]:
    """``n`` ``(note_id, text)`` pairs from the bench generator."""
    texts = _notes_module().make_notes(n, seed=seed, min_words=min_words, max_words=max_words)
    return [(f"n-{index:04d}", text) for index, text in enumerate(texts)]


def b64(text: str | bytes) -> str:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return base64.b64encode(data).decode("ascii")


def gzipped(path: Path) -> Path:
    """A .gz copy of a file next to it."""
    target = path.with_name(path.name + ".gz")
    with open(path, "rb") as source, gzip.open(target, "wb") as sink:
        shutil.copyfileobj(source, sink)
    return target


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def document(
    doc_id: str,
    text: str | None = None,
    *,
    content_type: str = "text/plain",
    url: str | None = None,
    data: str | None = None,
) -> dict[str, object]:
    """A FHIR R4 DocumentReference with one attachment (inline text, raw ``data`` or a ``url``)."""
    attachment: dict[str, object] = {"contentType": content_type}
    if text is not None:
        attachment["data"] = b64(text)
    if data is not None:
        attachment["data"] = data
    if url is not None:
        attachment["url"] = url
    return {
        "resourceType": "DocumentReference",
        "id": doc_id,
        "status": "current",
        "type": {"coding": [{"system": "http://loinc.org", "code": "28570-0", "display": "Procedure note"}]},
        "date": "2026-03-02T11:00:00Z",
        "author": [{"display": "Dr. Synthetic Author"}],
        "custodian": {"display": "North Campus"},
        "context": {"practiceSetting": {"text": "Radiation oncology"}},
        "content": [{"attachment": attachment}],
    }


def binary(binary_id: str, text: str, content_type: str = "text/plain") -> dict[str, object]:
    return {"resourceType": "Binary", "id": binary_id, "contentType": content_type, "data": b64(text)}


FHIR_CASES: list[tuple[str, str | None]] = [
    ("doc-inline", None),
    ("doc-html", None),
    ("doc-binary", None),
    ("doc-binary-abs", None),
    ("doc-pdf", "E057"),
    ("doc-bad-b64", "E055"),
    ("pat-1", "E054"),
    ("doc-missing-binary", "E058"),
    ("doc-latin1", None),
    ("doc-bad-utf8", "E056"),
    ("doc-invalid", "E053"),
    ("doc-empty", "E010"),
]
"""``(note_id, expected error code or None)`` of :func:`fhir_resources`, in order."""


def fhir_resources() -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """DocumentReference lines (with good and bad records) and the Binary resources they refer to."""
    html = f"<html><body><h1>Simulation</h1><p>{SHORT_NOTE}</p><script>var x = 1;</script></body></html>"
    invalid = document("doc-invalid", SHORT_NOTE)
    invalid["status"] = {"bad": SECRET}
    docs: list[dict[str, object]] = [
        document("doc-inline", SHORT_NOTE),
        document("doc-html", html, content_type="text/html; charset=utf-8"),
        document("doc-binary", url="Binary/bin-1"),
        document("doc-binary-abs", url="https://ehr.example.org/fhir/Binary/bin-2"),
        document("doc-pdf", content_type="application/pdf", data=b64(b"%PDF-1.4 " + SECRET.encode())),
        document("doc-bad-b64", data=SECRET + "!!*"),
        {"resourceType": "Patient", "id": "pat-1", "name": [{"text": SECRET}]},
        document("doc-missing-binary", url="Binary/nowhere"),
        document("doc-latin1", data=b64("Simulation: r\u00e9sum\u00e9 ".encode("latin-1") + SHORT_NOTE.encode())),
        document("doc-bad-utf8", data=b64(b"CT simulation \xff\xfe " + SECRET.encode())),
        invalid,
        document("doc-empty", "   "),
    ]
    latin = docs[8]["content"][0]["attachment"]  # type: ignore[index]
    latin["contentType"] = "text/plain; charset=ISO-8859-1"
    binaries = [binary("bin-1", SHORT_NOTE), binary("bin-2", SHORT_NOTE.replace("Three", "Two"))]
    return docs, binaries


def write_fhir_export(folder: Path, *, gz: bool = False) -> Path:
    """A bulk-export folder: DocumentReference.ndjson, Binary.ndjson and a Patient file that is ignored."""
    folder.mkdir(parents=True, exist_ok=True)
    docs, binaries = fhir_resources()
    files = {"DocumentReference.ndjson": docs, "Binary.ndjson": binaries, "Patient.ndjson": [docs[6]]}
    for name, rows in files.items():
        path = write_jsonl(folder / name, rows)
        if gz:
            gzipped(path)
            path.unlink()
    return folder


def write_bundle(path: Path) -> Path:
    docs, binaries = fhir_resources()
    entries = [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r} for r in [*binaries, docs[0], docs[2], docs[6]]]
    path.write_text(json.dumps({"resourceType": "Bundle", "type": "collection", "entry": entries}), encoding="utf-8")
    return path


def mdm(
    control_id: str,
    doc_number: str,
    lines: list[str],
    *,
    message_type: str = "MDM^T02^MDM_T02",
    obx: list[str] | None = None,
) -> str:
    """An HL7 v2.5 MDM message: MSH, EVN, PID, PV1, TXA and one OBX TX segment per line."""
    segments = [
        f"MSH|^~\\&|RADONC|NORTH CAMPUS|EHR|HOSP|20260302120000||{message_type}|{control_id}|P|2.5",
        "EVN|T02|20260302120000",
        "PID|1||SYNTH-00001^^^HOSP^MR||SYNTHETIC^PATIENT",
        "PV1|1|O|RADONC^^^NORTH|||||||RAD ONC",
        f"TXA|1|SIMULATION NOTE|TX|20260302110000|1234^Author^Synthetic|||||||{doc_number}||||||AU",
    ]
    segments += (
        obx if obx is not None else [f"OBX|{i}|TX|SIM^Simulation||{line}||||||F" for i, line in enumerate(lines, 1)]
    )
    return "\r".join(segments) + "\r"


HL7_CASES: list[tuple[str, str | None]] = [
    ("DOC-1", None),
    ("DOC-2", None),
    ("ADT-1", "E054"),
    ("DOC-4", "E057"),
    ("DOC-5", "E055"),
    ("DOC-6", "E010"),
]


def write_hl7(path: Path, separator: str = "\n") -> Path:
    """A file of MDM^T02 messages (and one that is not MDM) separated by ``separator``."""
    sentences = SHORT_NOTE.split(". ")
    messages = [
        mdm("MSG-1", "DOC-1", [s.replace("IV contrast", "IV contrast \\T\\ oral contrast") for s in sentences]),
        mdm("MSG-2", "DOC-2", [], obx=[f"OBX|1|ED|SIM||^TEXT^PLAIN^Base64^{b64(SHORT_NOTE)}||||||F"]),
        mdm("ADT-1", "", [SECRET], message_type="ADT^A08^ADT_A01"),
        mdm("MSG-4", "DOC-4", [], obx=[f"OBX|1|ED|SIM||^application^pdf^Base64^{b64(SECRET)}||||||F"]),
        mdm("MSG-5", "DOC-5", [], obx=[f"OBX|1|ED|SIM||^TEXT^PLAIN^Base64^{SECRET}*!||||||F"]),
        mdm("MSG-6", "DOC-6", [], obx=[]),
    ]
    path.write_bytes(separator.join(messages).encode("utf-8"))
    return path


def write_txt_folder(folder: Path, notes: list[tuple[str, str]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for note_id, text in notes:
        (folder / f"{note_id}.txt").write_text(text, encoding="utf-8")
    return folder
