"""Parsing the CMS NCCI PTP and MUE files: header detection, zips, settings, quarters and bad rows.

The fixtures in data/ copy the published layouts; their pairs and values are illustrative, not CMS's.
"""

from __future__ import annotations

import sys
import types
import zipfile
from datetime import date
from pathlib import Path

import pytest
from tests.claims.cms_files import MUE_OPH_Q1, MUE_PRA_Q1, MUE_PRA_Q2, OPH_F1, PRA_F1, PRA_F2

from simcheck.claims.cms import Mue, PtpEdit, iter_mue, iter_ptp, quarter_from_name
from simcheck.errors import RuleStoreError, SimcheckError

ONE_LINE_HEADER = (
    "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\t"
    "Modifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale"
)


def practitioner_zip(tmp_path: Path) -> Path:
    """A quarterly practitioner zip: two of the split files, plus the .xlsx copy CMS ships beside one."""
    path = tmp_path / "medicare-ncci-2026q1-practitioner-ptp-edits-ccipra-v321r0.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(PRA_F1, f"ccipra-v321r0-f1/{PRA_F1.name}")
        archive.write(PRA_F2, f"ccipra-v321r0-f2/{PRA_F2.name}")
        archive.writestr("ccipra-v321r0-f1/ccipra-v321r0-f1.xlsx", b"not read: the .txt copy is")
        archive.writestr("ccipra-v321r0-f1/Read Me.pdf", b"%PDF")
    return path


def error_of(call: object) -> SimcheckError:
    with pytest.raises(RuleStoreError) as caught:
        list(call)  # type: ignore[call-overload]
    return caught.value


# -- PTP ------------------------------------------------------------------------------------------------------


def test_ptp_header_spread_over_rows_is_found_below_the_copyright_lines() -> None:
    edits = list(iter_ptp(PRA_F1, "practitioner"))
    assert len(edits) == 10
    assert edits[0] == PtpEdit(
        "77290", "77280", date(1996, 1, 1), None, 0, "Mutually exclusive procedures", "practitioner"
    )
    imrt = next(e for e in edits if (e.column1, e.column2) == ("77301", "77290"))
    assert imrt.modifier_indicator == 1
    assert imrt.rationale == "Standards of medical / surgical practice"
    ct = next(e for e in edits if e.column2 == "77014")
    assert ct.deleted == date(2026, 1, 1)


def test_ptp_deletion_date_is_the_first_day_the_edit_no_longer_applies() -> None:
    edits = {(e.column1, e.column2): e for e in iter_ptp(PRA_F1, "practitioner")}
    ct = edits["77290", "77014"]
    assert ct.in_force(date(2025, 12, 31))
    assert not ct.in_force(date(2026, 1, 1))
    assert not ct.in_force(date(2013, 12, 31))
    assert ct.in_force(date(2014, 1, 1))
    retro = edits["77295", "77300"]  # deleted retroactively: deletion == effective, indicator 9
    assert retro.modifier_indicator == 9
    assert retro.deleted == retro.effective
    assert not retro.in_force(retro.effective)


def test_ptp_zip_reads_every_split_file_and_skips_the_xlsx_copy(tmp_path: Path) -> None:
    edits = list(iter_ptp(practitioner_zip(tmp_path), "practitioner"))
    assert len(edits) == 15
    assert {e.setting for e in edits} == {"practitioner"}
    assert ("77334", "77332") in {(e.column1, e.column2) for e in edits}


@pytest.mark.parametrize(
    ("name", "header", "delimiter"),
    [
        ("ptp.txt", ONE_LINE_HEADER, "\t"),
        ("ptp.csv", ONE_LINE_HEADER.replace("\t", ","), ","),
        (
            "ptp.csv",
            'COLUMN1,column2,"*=in existence\nprior to 1996","Effective\nDate","Deletion\nDate\n*=no data",'
            '"Modifier\n0=not allowed\n1=allowed\n9=not applicable",PTP Edit Rationale',
            ",",
        ),
    ],
)
def test_ptp_header_spelling_variants(tmp_path: Path, name: str, header: str, delimiter: str) -> None:
    row = delimiter.join(["77301", "77290", "", "20150101", "*", "1", "Standards of medical / surgical practice"])
    path = tmp_path / name
    path.write_text(f"CPT only copyright 2025 American Medical Association.\n{header}\n{row}\n", encoding="cp1252")
    (edit,) = iter_ptp(path, "hospital")
    assert (edit.column1, edit.column2, edit.modifier_indicator, edit.setting) == ("77301", "77290", 1, "hospital")
    assert edit.deleted is None


def test_ptp_without_rationale_column_and_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    header = "\t".join(ONE_LINE_HEADER.split("\t")[:6])
    path.write_bytes(("\ufeff" + header + "\n77290\t77280\t*\t19960101\t*\t0\n").encode("utf-8"))
    (edit,) = iter_ptp(path, "practitioner")
    assert edit.rationale == ""
    assert edit.effective == date(1996, 1, 1)


def test_ptp_file_of_the_other_setting_is_refused() -> None:
    error = error_of(iter_ptp(OPH_F1, "practitioner"))
    assert error.code == "E086"
    assert "hospital PTP" in error.message


def test_ptp_without_header_names_the_expected_columns(tmp_path: Path) -> None:
    path = tmp_path / "ptp.txt"
    path.write_text("77301\t77290\t\t20150101\t*\t1\tx\n" * 3, encoding="ascii")
    error = error_of(iter_ptp(path, "practitioner"))
    assert error.code == "E081"
    assert "Column 1" in error.message and "Deletion Date" in error.message and "Modifier" in error.message


@pytest.mark.parametrize(
    ("row", "field"),
    [
        ("77301\t77290\t\t20150101\t*\t7\tSECRET-RATIONALE", "Modifier"),
        ("77301\t77290\t\t2015-01-01\t*\t1\tSECRET-RATIONALE", "Effective Date"),
        ("77301\t77290\t\t20150101\t20151341\t1\tSECRET-RATIONALE", "Deletion Date"),
        ("7730\t77290\t\t20150101\t*\t1\tSECRET-RATIONALE", "Column 1"),
        ("77301\t\t\t20150101\t*\t1\tSECRET-RATIONALE", "Column 2"),
        ("77301\t77290\t20150101", "row"),
    ],
)
def test_bad_ptp_row_names_file_line_and_field_never_the_row(tmp_path: Path, row: str, field: str) -> None:
    lines = PRA_F2.read_bytes().decode("cp1252").splitlines()
    lines.insert(9, row)  # data starts at line 8: this is line 10
    path = tmp_path / "ccipra-v321r0-f2.txt"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="cp1252")
    error = error_of(iter_ptp(path, "practitioner"))
    assert error.code == "E082"
    assert "line 10:" in error.message
    assert f"the {field} field" in error.message
    assert "SECRET" not in str(error)
    assert "77290" not in str(error)


def test_ptp_rows_are_streamed(tmp_path: Path) -> None:
    lines = PRA_F1.read_bytes().decode("cp1252").splitlines()
    path = tmp_path / "ccipra-big-f1.txt"
    path.write_text("\n".join([*lines[:11], "broken"]) + "\n", encoding="cp1252")
    edits = iter_ptp(path, "practitioner")
    assert next(edits).column1 == "77290"  # the bad row further down is not read yet
    with pytest.raises(RuleStoreError):
        list(edits)


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("rules.pdf", b"%PDF", "E085"),
        ("missing.txt", None, "E080"),
        ("broken.zip", b"PK\x03\x04 not a zip", "E080"),
        ("empty.zip", "zip", "E085"),
    ],
)
def test_unreadable_files(tmp_path: Path, name: str, content: bytes | str | None, code: str) -> None:
    path = tmp_path / name
    if content == "zip":
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("notes.pdf", b"%PDF")
    elif isinstance(content, bytes):
        path.write_bytes(content)
    assert error_of(iter_ptp(path, "practitioner")).code == code


def test_unknown_setting_is_refused() -> None:
    assert error_of(iter_ptp(PRA_F1, "dme")).code == "E088"  # type: ignore[arg-type]


def test_xlsx_without_openpyxl_asks_for_the_text_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # import fails even where openpyxl is installed
    path = tmp_path / "ccipra-v321r0-f1.xlsx"
    path.write_bytes(b"PK")
    error = error_of(iter_ptp(path, "practitioner"))
    assert error.code == "E084"
    assert ".txt" in error.message


def test_xlsx_rows_come_from_openpyxl_when_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [
        ("CPT only copyright 2025 American Medical Association.", None, None, None, None, None, None),
        ("Column 1", "Column 2", "*=in existence", "Effective", "Deletion", "Modifier", "PTP Edit Rationale"),
        (None, None, "prior to 1996", "Date", "Date", "0=not allowed", None),
        ("77301", "77290", None, 20150101, "*", 1, "Standards of medical / surgical practice"),
        ("77301", "77295", None, 20150101.0, 20210101, 0, "Mutually exclusive procedures"),
    ]
    sheet = types.SimpleNamespace(iter_rows=lambda values_only: iter(rows))
    book = types.SimpleNamespace(worksheets=[sheet], close=lambda: None)
    fake = types.ModuleType("openpyxl")
    fake.load_workbook = lambda data, read_only, data_only: book  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "openpyxl", fake)
    path = tmp_path / "ccipra-v321r0-f1.xlsx"
    path.write_bytes(b"PK")
    edits = list(iter_ptp(path, "practitioner"))
    assert [(e.column2, e.effective, e.deleted, e.modifier_indicator) for e in edits] == [
        ("77290", date(2015, 1, 1), None, 1),
        ("77295", date(2015, 1, 1), date(2021, 1, 1), 0),
    ]


# -- MUE ------------------------------------------------------------------------------------------------------


def test_mue_practitioner_header_below_a_multiline_copyright_cell() -> None:
    mues = {m.code: m for m in iter_mue(MUE_PRA_Q1, "practitioner")}
    assert len(mues) == 9
    assert mues["77290"] == Mue(
        "77290", 1, 2, "Code Descriptor / CPT Instruction", "practitioner", date(2026, 1, 1), None
    )
    assert mues["77280"].adjudication_indicator == 3
    assert mues["77334"].value == 10


def test_mue_hospital_file_and_quarter_from_its_name() -> None:
    mues = {m.code: m for m in iter_mue(MUE_OPH_Q1, "hospital")}
    assert mues["G6017"].adjudication_indicator == 1
    assert {m.effective_from for m in mues.values()} == {date(2026, 1, 1)}
    assert {m.setting for m in mues.values()} == {"hospital"}


def test_mue_file_of_the_other_setting_is_refused() -> None:
    error = error_of(iter_mue(MUE_OPH_Q1, "practitioner"))
    assert error.code == "E086"
    assert "hospital MUE" in error.message


def test_mue_without_a_date_needs_effective_from(tmp_path: Path) -> None:
    path = tmp_path / "practitioner-mue.csv"
    path.write_bytes(MUE_PRA_Q1.read_bytes())
    assert error_of(iter_mue(path, "practitioner")).code == "E083"
    mues = list(iter_mue(path, "practitioner", date(2026, 7, 1)))
    assert {m.effective_from for m in mues} == {date(2026, 7, 1)}


def test_mue_in_a_zip_takes_the_quarter_from_the_member(tmp_path: Path) -> None:
    path = tmp_path / "medicare-ncci-2026-q2-practitioner-services-mue-table.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.write(MUE_PRA_Q2, MUE_PRA_Q2.name)
        archive.writestr(MUE_PRA_Q2.with_suffix(".xlsx").name, b"the same table as a workbook")
    mues = list(iter_mue(path, "practitioner"))
    assert len(mues) == 8
    assert {m.effective_from for m in mues} == {date(2026, 4, 1)}


@pytest.mark.parametrize(
    ("row", "field"),
    [
        ("77290,one,2 Date of Service Edit: Policy,SECRET", "MUE Values"),
        ("77290,1,Date of Service Edit: Policy,SECRET", "MUE Adjudication Indicator"),
        ("7729,1,2 Date of Service Edit: Policy,SECRET", "HCPCS/CPT Code"),
    ],
)
def test_bad_mue_row(tmp_path: Path, row: str, field: str) -> None:
    text = MUE_PRA_Q1.read_bytes().decode("cp1252") + row + "\r\n"
    path = tmp_path / MUE_PRA_Q1.name
    path.write_text(text, encoding="cp1252", newline="")
    error = error_of(iter_mue(path, "practitioner"))
    assert error.code == "E082"
    assert f"line {text.count(chr(10))}:" in error.message  # the last line; quoted cells span lines
    assert f"the {field} field" in error.message
    assert "SECRET" not in str(error)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("MCR_MUE_PractitionerServices_Eff_01-01-2026.csv", date(2026, 1, 1)),
        ("facilityoutpatienthospitalservicesmuetable-effective-10-01-2026", date(2026, 10, 1)),
        ("MUE Practitioner Effective 2026-04-01.csv", date(2026, 4, 1)),
        ("medicare-ncci-2025-q4-practitioner-services-mue-table.zip", date(2025, 10, 1)),
        ("mue_2026Q3.csv", date(2026, 7, 1)),
        ("practitioner-mue.csv", None),
        ("ccipra-v321r0-f1.txt", None),
    ],
)
def test_quarter_from_name(name: str, expected: date | None) -> None:
    assert quarter_from_name(name) == expected
