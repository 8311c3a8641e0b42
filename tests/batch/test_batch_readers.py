"""Readers: every format yields one record per input record, with text, or an error code and a PHI-free message."""

import gzip
import json

import pytest
from tests.batch.builders import (
    FHIR_CASES,
    HL7_CASES,
    SECRET,
    SHORT_NOTE,
    b64,
    binary,
    document,
    gzipped,
    mdm,
    synthetic_notes,
    write_bundle,
    write_csv,
    write_fhir_export,
    write_hl7,
    write_jsonl,
    write_txt_folder,
)

from simcheck.batch import BatchError
from simcheck.batch.readers import Meter, html_text, plan, read


def records(*paths, **options):
    return [record for source in plan(paths, **options) for record in read(source)]


def outcome(record):
    return record.note_id, record.error.code if record.error else None


@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gzip"])
def test_fhir_export_folder_gives_one_record_per_document_reference(tmp_path, gz):
    """Inline base64, HTML, Binary references (relative, absolute) and each failure map to the expected record."""
    found = records(write_fhir_export(tmp_path / "export", gz=gz))
    assert [outcome(r) for r in found] == [(i, code if code != "E010" else None) for i, code in FHIR_CASES]
    by_id = {r.note_id: r for r in found}
    assert by_id["doc-inline"].text == SHORT_NOTE
    assert by_id["doc-binary"].text == SHORT_NOTE
    assert by_id["doc-binary-abs"].text.startswith("CT simulation for left breast cancer. Two treatment areas")
    assert by_id["doc-latin1"].text.startswith("Simulation: r\u00e9sum\u00e9 ")
    assert by_id["doc-empty"].text == "   "  # the analyzer reports it as E010
    suffix = ".gz" if gz else ""
    assert [r.key for r in found][:2] == [f"DocumentReference.ndjson{suffix}:1", f"DocumentReference.ndjson{suffix}:2"]
    assert by_id["doc-inline"].meta == {
        "site": "North Campus",
        "author": "Dr. Synthetic Author",
        "note_type": "Procedure note",
        "department": "Radiation oncology",
        "date": "2026-03-02T11:00:00+00:00",
    }


def test_html_attachment_becomes_plain_text_without_markup_or_scripts(tmp_path):
    """text/html content is converted to readable text: block tags break lines, scripts are dropped."""
    html = next(r for r in records(write_fhir_export(tmp_path / "export")) if r.note_id == "doc-html")
    assert html.text == f"Simulation\n\n{SHORT_NOTE}\n"
    assert html_text("<p>a&amp;b</p><div>c<br>d</div><style>p{}</style>") == "a&b\n\nc\nd\n"


def test_single_ndjson_file_resolves_inline_and_sibling_binaries(tmp_path):
    """In a single NDJSON file, Binary lines are not records; references resolve to them or to Binary*.ndjson files."""
    write_jsonl(tmp_path / "Binary.000.ndjson", [binary("b-sibling", "Sibling note. " + SHORT_NOTE)])
    path = write_jsonl(
        tmp_path / "notes.ndjson",
        [
            document("d1", url="Binary/b-inline"),
            binary("b-inline", "Inline note. " + SHORT_NOTE),
            document("d2", url="Binary/b-sibling"),
            document("d3", url="#c1") | {"contained": [binary("c1", "Contained note.")]},
        ],
    )
    found = records(path)
    assert [(r.key, r.note_id, r.error) for r in found] == [
        ("notes.ndjson:1", "d1", None),
        ("notes.ndjson:3", "d2", None),
        ("notes.ndjson:4", "d3", None),
    ]
    assert [r.text.split(".")[0] for r in found] == ["Inline note", "Sibling note", "Contained note"]


def test_fhir_bundle_reads_document_references_and_skips_context_entries(tmp_path):
    """A Bundle gives its DocumentReference entries; Binary entries resolve references, a Patient is context."""
    found = records(write_bundle(tmp_path / "bundle.json"))
    assert [(r.key, r.note_id, r.error) for r in found] == [
        ("bundle.json:3", "doc-inline", None),
        ("bundle.json:4", "doc-binary", None),
    ]
    assert found[1].text == SHORT_NOTE


def test_a_json_file_that_is_one_resource_is_one_record(tmp_path):
    """A .json file holding a single resource of the wrong type gives one E054 record."""
    (tmp_path / "patient.json").write_text(json.dumps({"resourceType": "Patient", "id": "p1"}))
    assert [outcome(r) for r in records(tmp_path / "patient.json")] == [("p1", "E054")]


@pytest.mark.parametrize("separator", ["\r", "\n", "\r\n", "\x1c\r\x0b"], ids=["cr", "lf", "crlf", "mllp"])
def test_hl7_mdm_messages(tmp_path, separator):
    """MDM^T02 messages give their OBX text (TX lines or base64 ED), other messages and content are errors."""
    found = records(write_hl7(tmp_path / "notes.hl7", separator=separator))
    assert [outcome(r) for r in found] == [(i, code if code != "E010" else None) for i, code in HL7_CASES]
    first = found[0]
    assert first.text.startswith("CT simulation for left breast cancer\nThree treatment areas")
    assert "IV contrast & oral contrast" in first.text  # \T\ unescaped, one OBX per line
    assert found[1].text == SHORT_NOTE
    assert found[5].text == ""
    assert first.meta == {
        "site": "NORTH CAMPUS",
        "author": "Author, Synthetic",
        "note_type": "SIMULATION NOTE",
        "department": "RAD ONC",
        "date": "2026-03-02T11:00",
    }
    assert [r.key for r in found] == [f"notes.hl7:{n}" for n in range(1, 7)]


def test_hl7_message_id_falls_back_to_control_id_and_latin1_charset(tmp_path):
    """Without TXA-12 the note id is MSH-10; MSH-18 8859/1 decodes Latin-1 bytes."""
    message = mdm("CTRL-9", "", ["R\u00e9sum\u00e9 of the simulation."]).replace("|P|2.5", "|P|2.5||||||8859/1")
    (tmp_path / "latin.hl7").write_bytes(message.encode("latin-1"))
    [record] = records(tmp_path / "latin.hl7")
    assert (record.note_id, record.text, record.error) == ("CTRL-9", "R\u00e9sum\u00e9 of the simulation.", None)


def test_csv_common_column_names_and_metadata(tmp_path):
    """CSV columns are found by common names in any case or spacing; metadata columns are carried."""
    path = write_csv(
        tmp_path / "notes.csv",
        [
            {
                "Note ID": "a",
                "Note Text": SHORT_NOTE,
                "Facility": "North",
                "Provider": "Dr. X",
                "Dept": "RO",
                "extra": "1",
            }
        ],
    )
    [record] = records(path)
    assert (record.key, record.note_id, record.text) == ("notes.csv:1", "a", SHORT_NOTE)
    assert record.meta == {"site": "North", "author": "Dr. X", "department": "RO"}


def test_csv_explicit_columns_tsv_and_gzip(tmp_path):
    """--id-col/--text-col pick columns; .tsv is tab separated; .csv.gz is read the same."""
    path = tmp_path / "notes.tsv"
    path.write_text("doc\tbody_text\nx1\tfirst note\nx2\tsecond\n", encoding="utf-8")
    found = records(gzipped(path), id_col="doc", text_col="body_text")
    assert [(r.key, r.note_id, r.text) for r in found] == [
        ("notes.tsv.gz:1", "x1", "first note"),
        ("notes.tsv.gz:2", "x2", "second"),
    ]


def test_csv_without_text_column_fails_before_reading(tmp_path):
    """A CSV with no recognisable text column is a clear E050 at planning time, naming the columns."""
    path = write_csv(tmp_path / "notes.csv", [{"id": "1", "narrative": "x"}])
    with pytest.raises(BatchError) as caught:
        plan([path])
    assert caught.value.code == "E050"
    assert "columns: id, narrative" in caught.value.message and "--text-col" in caught.value.message


def test_csv_undecodable_bytes_fail_only_that_row(tmp_path):
    """Invalid UTF-8 in one row's text is an E056 record for that row; ids and other rows are fine."""
    path = tmp_path / "notes.csv"
    path.write_bytes(b"id,text\nr1,fine note\nr2,bad \xff\xfe " + SECRET.encode() + b"\nr3,also fine\n")
    assert [outcome(r) for r in records(path)] == [("r1", None), ("r2", "E056"), ("r3", None)]


def test_jsonl_records_and_their_errors(tmp_path):
    """id or note_id, nested meta; bad JSON, non-objects, a missing or non-string text are error records."""
    path = tmp_path / "notes.jsonl"
    lines = [
        json.dumps({"id": 7, "text": "note seven", "site": "North"}),
        json.dumps({"note_id": "b", "text": "note b", "meta": {"author": "Dr. Y"}}),
        "",
        "{not json " + SECRET,
        json.dumps(["a", "list"]),
        json.dumps({"id": "c", "narrative": "no text field"}),
        json.dumps({"id": "d", "text": 42}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = records(path)
    assert [outcome(r) for r in found] == [
        ("7", None),
        ("b", None),
        (None, "E053"),
        (None, "E053"),
        ("c", "E053"),
        ("d", "E012"),
    ]
    assert [r.key for r in found] == [
        "notes.jsonl:1",
        "notes.jsonl:2",
        "notes.jsonl:4",
        "notes.jsonl:5",
        "notes.jsonl:6",
        "notes.jsonl:7",
    ]
    assert found[0].meta == {"site": "North"} and found[1].meta == {"author": "Dr. Y"}


def test_txt_folder_one_note_per_file(tmp_path):
    """A folder of .txt (and .txt.gz) files, recursively and in a stable order; bad bytes are E056."""
    folder = write_txt_folder(tmp_path / "notes", synthetic_notes(2))
    (folder / "sub").mkdir()
    (folder / "sub" / "z.txt").write_bytes(b"caf\xe9 " + SECRET.encode())
    with gzip.open(folder / "sub" / "y.txt.gz", "wt", encoding="utf-8") as stream:
        stream.write(SHORT_NOTE)
    (folder / "README.md").write_text("not a note")
    found = records(folder)
    assert [(r.key, r.note_id, r.error.code if r.error else None) for r in found] == [
        ("notes/n-0000.txt", "n-0000", None),
        ("notes/n-0001.txt", "n-0001", None),
        ("notes/sub/y.txt.gz", "sub/y", None),
        ("notes/sub/z.txt", "sub/z", "E056"),
    ]
    assert found[2].text == SHORT_NOTE


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("a.csv", "id,text\n1,x\n", "csv"),
        ("a.jsonl", '{"id": 1, "text": "x"}\n', "jsonl"),
        ("a.ndjson", '{"resourceType": "DocumentReference"}\n', "fhir"),
        ("a.jsonl", '{"resourceType": "DocumentReference"}\n', "fhir"),
        ("a.json", '{"resourceType": "Bundle"}', "fhir"),
        ("a.hl7", "MSH|^~\\&|A\r", "hl7"),
        ("a.dat", "MSH|^~\\&|A\r", "hl7"),
        ("a.txt", "Simulation note", "txt"),
    ],
)
def test_format_detection(tmp_path, name, content, expected):
    """The format comes from the extension and, where ambiguous, the first line."""
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    [source] = plan([path])
    assert source.fmt == expected
    [source] = plan([gzipped(path)])
    assert source.fmt == expected


def test_unknown_format_and_missing_input_are_clear_errors(tmp_path):
    """An undetectable file and a missing path raise E050 naming the path."""
    (tmp_path / "a.bin").write_bytes(b"\x00\x01")
    for path in (tmp_path / "a.bin", tmp_path / "missing.csv"):
        with pytest.raises(BatchError) as caught:
            plan([path])
        assert caught.value.code == "E050" and str(path) in caught.value.message


def test_meter_counts_every_input_byte(tmp_path):
    """After reading, the meter has consumed exactly the bytes planned for the progress bar."""
    sources = plan([write_fhir_export(tmp_path / "export", gz=True), write_hl7(tmp_path / "m.hl7")])
    meter = Meter()
    for source in sources:
        list(read(source, meter))
    assert meter.position == sum(source.size for source in sources) > 0


def test_error_messages_never_contain_note_text(tmp_path):
    """Across every format's failure modes, no error message echoes the note or resource content."""
    (tmp_path / "bad.csv").write_bytes(b"id,text\nr2,bad \xff " + SECRET.encode() + b"\n")
    (tmp_path / "bad.jsonl").write_text("{oops " + SECRET + "\n" + json.dumps({"id": 1, "text": [SECRET]}) + "\n")
    (tmp_path / "invalid.ndjson").write_text(
        json.dumps(document("x", data=b64(SECRET)) | {"date": SECRET, "status": SECRET})
        + "\n"
        + json.dumps({"resourceType": SECRET + " <b>", "id": "y"})
        + "\n"
    )
    inputs = [
        write_fhir_export(tmp_path / "export"),
        write_hl7(tmp_path / "m.hl7"),
        tmp_path / "bad.csv",
        tmp_path / "bad.jsonl",
        tmp_path / "invalid.ndjson",
    ]
    errors = [r.error for r in records(*inputs) if r.error is not None]
    assert {e.code for e in errors} == {"E012", "E053", "E054", "E055", "E056", "E057", "E058"}
    assert all(SECRET not in e.message and SECRET.lower() not in e.message.lower() for e in errors)


def test_csv_keeps_form_feeds_line_separators_and_quoted_newlines_inside_a_note(tmp_path):
    """Only real row ends split rows: a form feed, U+2028 or a quoted newline stays inside the note."""
    text = "Page one\x0cpage two\u2028line\nthree, with a comma"
    path = write_csv(tmp_path / "notes.csv", [{"id": "a", "text": text}, {"id": "b", "text": "next"}])
    assert [(r.note_id, r.text) for r in records(path)] == [("a", text), ("b", "next")]
