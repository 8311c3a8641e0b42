"""The SQLite rule store: imports, lookups by date of service, idempotency, provenance and the CLI.

The fixtures in data/ copy the published CMS layouts; their pairs and values are illustrative, not CMS's.
"""

from __future__ import annotations

import sqlite3
import zipfile
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from tests.claims.cms_files import MUE_OPH_Q1, MUE_PRA_Q1, MUE_PRA_Q2, OPH_F1, PRA_F1, PRA_F2
from typer.testing import CliRunner

from simcheck.claims.rules_cli import rules_app
from simcheck.claims.store import RuleStore
from simcheck.errors import RuleStoreError


def practitioner_zip(tmp_path: Path) -> Path:
    path = tmp_path / "medicare-ncci-2026q1-practitioner-ptp-edits-ccipra-v321r0.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(PRA_F1, PRA_F1.name)
        archive.write(PRA_F2, PRA_F2.name)
    return path


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RuleStore]:
    with RuleStore(tmp_path / "rules.sqlite") as rules:
        yield rules


@pytest.fixture
def loaded(store: RuleStore, tmp_path: Path) -> RuleStore:
    store.import_ptp(practitioner_zip(tmp_path), "practitioner")
    store.import_ptp(OPH_F1, "hospital")
    store.import_mue(MUE_PRA_Q1, "practitioner")
    store.import_mue(MUE_PRA_Q2, "practitioner")
    store.import_mue(MUE_OPH_Q1, "hospital")
    return store


def count(store: RuleStore, table: str) -> int:
    with closing(sqlite3.connect(store.path)) as db:
        return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


# -- PTP ------------------------------------------------------------------------------------------------------


def test_pair_is_found_in_either_column_order(loaded: RuleStore) -> None:
    on = date(2026, 3, 2)
    forward = loaded.pair("77301", "77290", on, "practitioner")
    backward = loaded.pair("77290", "77301", on, "practitioner")
    assert forward is not None and forward == backward
    assert (forward.column1, forward.column2, forward.modifier_indicator) == ("77301", "77290", 1)
    assert forward.rationale == "Standards of medical / surgical practice"
    assert loaded.pair("77290", "77470", on, "practitioner") is None


def test_settings_are_separate(loaded: RuleStore) -> None:
    on = date(2026, 3, 2)
    hospital = loaded.pair("77290", "77301", on, "hospital")
    assert hospital is not None and hospital.modifier_indicator == 0 and hospital.setting == "hospital"
    assert loaded.pair("77334", "77332", on, "hospital") is None  # only in the practitioner file
    assert loaded.pair("77334", "77332", on, "practitioner") is not None


def test_deletion_date_is_exclusive_and_effective_date_inclusive(loaded: RuleStore) -> None:
    # 77290/77014: effective 2014-01-01, deleted 2026-01-01 (77014 went away for 2026)
    assert loaded.pair("77290", "77014", date(2013, 12, 31), "practitioner") is None
    assert loaded.pair("77014", "77290", date(2014, 1, 1), "practitioner") is not None
    last = loaded.pair("77290", "77014", date(2025, 12, 31), "practitioner")
    assert last is not None and last.deleted == date(2026, 1, 1)
    assert loaded.pair("77290", "77014", date(2026, 1, 1), "practitioner") is None
    # 77295/77290 deleted in the 2021-01-01 files
    assert loaded.pair("77290", "77295", date(2020, 12, 31), "practitioner") is not None
    assert loaded.pair("77290", "77295", date(2021, 1, 1), "practitioner") is None


def test_edit_deleted_retroactively_never_applies(loaded: RuleStore) -> None:
    for on in (date(2016, 1, 1), date(2016, 6, 30), date(2026, 1, 1)):
        assert loaded.pair("77295", "77300", on, "practitioner") is None


def test_reimport_does_not_duplicate_and_a_newer_quarter_updates_an_edit(store: RuleStore, tmp_path: Path) -> None:
    first = store.import_ptp(PRA_F1, "practitioner")
    again = store.import_ptp(PRA_F1, "practitioner")
    assert first.rows_read == again.rows_read == 10
    assert first.sha256 == again.sha256
    assert count(store, "ptp") == 10
    assert len(store.imports()) == 1
    # the next quarter deletes 77301/77290 (illustrative) and repeats the rest
    newer = tmp_path / "ccipra-v322r0-f1.txt"
    text = PRA_F1.read_bytes().decode("cp1252")
    newer.write_text(text.replace("77301\t77290\t\t20150101\t*\t1", "77301\t77290\t\t20150101\t20260401\t1"), "cp1252")
    store.import_ptp(newer, "practitioner")
    assert count(store, "ptp") == 10
    assert store.pair("77301", "77290", date(2026, 3, 31), "practitioner") is not None
    assert store.pair("77301", "77290", date(2026, 4, 1), "practitioner") is None
    assert [i.source for i in store.imports()] == ["ccipra-v321r0-f1.txt", "ccipra-v322r0-f1.txt"]


def test_a_bad_row_leaves_the_store_as_it_was(store: RuleStore, tmp_path: Path) -> None:
    store.import_ptp(PRA_F2, "practitioner")
    bad = tmp_path / "ccipra-v321r0-f1.txt"
    bad.write_text(PRA_F1.read_bytes().decode("cp1252") + "77301\t77295\t\t20150101\t*\tX\tSECRET\r\n", "cp1252")
    with pytest.raises(RuleStoreError) as caught:
        store.import_ptp(bad, "practitioner")
    assert caught.value.code == "E082"
    assert "line 18:" in caught.value.message
    assert "SECRET" not in str(caught.value)
    assert count(store, "ptp") == 5
    assert [i.source for i in store.imports()] == ["ccipra-v321r0-f2.txt"]


# -- MUE ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("order", [(MUE_PRA_Q1, MUE_PRA_Q2), (MUE_PRA_Q2, MUE_PRA_Q1)])
def test_mue_quarter_in_force_on_the_date_of_service(store: RuleStore, order: tuple[Path, Path]) -> None:
    for path in order:
        store.import_mue(path, "practitioner")
    q1 = store.mue("77280", date(2026, 3, 31), "practitioner")
    assert q1 is not None
    assert (q1.value, q1.adjudication_indicator) == (2, 3)
    assert (q1.effective_from, q1.effective_to) == (date(2026, 1, 1), date(2026, 3, 31))
    q2 = store.mue("77280", date(2026, 4, 1), "practitioner")
    assert q2 is not None
    assert (q2.value, q2.adjudication_indicator, q2.effective_from, q2.effective_to) == (1, 2, date(2026, 4, 1), None)
    assert store.mue("77293", date(2026, 2, 1), "practitioner") is not None
    assert store.mue("77293", date(2026, 4, 1), "practitioner") is None  # not in the April table
    assert store.mue("77280", date(2025, 12, 31), "practitioner") is None  # no quarter loaded for 2025


def test_mue_77290_and_settings(loaded: RuleStore) -> None:
    practitioner = loaded.mue("77290", date(2026, 3, 2), "practitioner")
    hospital = loaded.mue("77290", date(2026, 3, 2), "hospital")
    assert practitioner is not None and hospital is not None
    assert (practitioner.value, practitioner.adjudication_indicator) == (1, 2)
    assert (hospital.value, hospital.adjudication_indicator, hospital.setting) == (1, 3, "hospital")
    assert loaded.mue(" 77290 ", date(2026, 3, 2), "practitioner") == practitioner


def test_mue_reimport_and_explicit_quarter(store: RuleStore, tmp_path: Path) -> None:
    store.import_mue(MUE_PRA_Q1, "practitioner")
    store.import_mue(MUE_PRA_Q1, "practitioner")
    assert count(store, "mue") == 9
    unnamed = tmp_path / "practitioner-mue.csv"
    unnamed.write_bytes(MUE_PRA_Q2.read_bytes())
    with pytest.raises(RuleStoreError) as caught:
        store.import_mue(unnamed, "practitioner")
    assert caught.value.code == "E083"
    summary = store.import_mue(unnamed, "practitioner", effective_from=date(2026, 4, 1))
    assert (summary.rows_read, summary.rows_stored, summary.effective_from) == (8, 8, date(2026, 4, 1))
    assert count(store, "mue") == 17
    assert [(i.kind, i.effective_from) for i in store.imports()] == [
        ("mue", date(2026, 1, 1)),
        ("mue", date(2026, 4, 1)),
    ]
    # the same quarter from another file replaces it
    store.import_mue(MUE_PRA_Q2, "practitioner")
    assert count(store, "mue") == 17
    assert [i.source for i in store.imports()][-1] == MUE_PRA_Q2.name


# -- opening, provenance --------------------------------------------------------------------------------------


def test_default_path_and_open_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "store" / "rules.sqlite"
    monkeypatch.setenv(RuleStore.ENV, str(target))
    assert RuleStore.default_path() == target
    assert RuleStore.open_default() is None
    RuleStore(target).close()
    opened = RuleStore.open_default()
    assert opened is not None
    opened.close()
    monkeypatch.delenv(RuleStore.ENV)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert RuleStore.default_path() == tmp_path / ".local" / "share" / "simcheck" / "rules.sqlite"


@pytest.mark.parametrize("kind", ["garbage", "other-sqlite"])
def test_a_file_that_is_not_a_rule_store_is_refused(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "rules.sqlite"
    if kind == "garbage":
        path.write_bytes(b"this is not a database" * 100)
    else:
        with closing(sqlite3.connect(path)) as db:
            db.execute("CREATE TABLE notes (id INTEGER)")
            db.commit()
    with pytest.raises(RuleStoreError) as caught:
        RuleStore(path)
    assert caught.value.code == "E087"


def test_imports_and_describe(loaded: RuleStore) -> None:
    imports = loaded.imports()
    assert [(i.kind, i.setting, i.rows_stored) for i in imports] == [
        ("ptp", "practitioner", 15),
        ("ptp", "hospital", 5),
        ("mue", "practitioner", 9),
        ("mue", "practitioner", 8),
        ("mue", "hospital", 6),
    ]
    assert all(len(i.sha256) == 64 for i in imports)
    text = loaded.describe()
    assert "PTP practitioner: 15 edits" in text
    assert "PTP hospital: 5 edits" in text
    assert "2026-01-01 to 2026-03-31: 9 codes from MCR_MUE_PractitionerServices_Eff_01-01-2026.csv" in text
    assert "2026-04-01 to open: 8 codes" in text


# -- CLI ------------------------------------------------------------------------------------------------------


def test_cli_imports_and_info(tmp_path: Path) -> None:
    runner = CliRunner()
    db = tmp_path / "rules.sqlite"
    zipped = practitioner_zip(tmp_path)
    result = runner.invoke(rules_app, ["import-ncci", str(zipped), "--setting", "practitioner", "--store", str(db)])
    assert result.exit_code == 0, result.output
    assert (
        "PTP practitioner: medicare-ncci-2026q1-practitioner-ptp-edits-ccipra-v321r0.zip: 15 rows read" in result.stdout
    )
    assert "15 rows in" in result.stdout
    result = runner.invoke(
        rules_app, ["import-mue", str(MUE_PRA_Q1), str(MUE_PRA_Q2), "--setting", "practitioner", "--store", str(db)]
    )
    assert result.exit_code == 0, result.output
    assert "quarter from 2026-04-01" in result.stdout
    unnamed = tmp_path / "hospital-mue.csv"
    unnamed.write_bytes(MUE_OPH_Q1.read_bytes())
    result = runner.invoke(
        rules_app,
        ["import-mue", str(unnamed), "--setting", "hospital", "--effective-from", "2026-01-01", "--store", str(db)],
    )
    assert result.exit_code == 0, result.output
    result = runner.invoke(rules_app, ["info", "--store", str(db)])
    assert result.exit_code == 0, result.output
    assert "PTP practitioner: 15 edits" in result.stdout
    assert "MUE hospital: 1 quarter(s)" in result.stdout


def test_cli_uses_the_default_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(RuleStore.ENV, str(tmp_path / "default.sqlite"))
    result = CliRunner().invoke(rules_app, ["import-ncci", str(OPH_F1), "--setting", "hospital"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "default.sqlite").is_file()


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["import-ncci", str(OPH_F1), "--setting", "practitioner"], "E086"),
        (["import-ncci", str(MUE_PRA_Q1), "--setting", "practitioner"], "E081"),
        (["import-ncci", "missing.txt", "--setting", "hospital"], "E080"),
        (["import-mue", str(MUE_PRA_Q1), "--setting", "hospital"], "E086"),
        (["import-mue", str(OPH_F1), "--setting", "hospital"], "E081"),
        (["info"], "E087"),
    ],
)
def test_cli_errors_exit_2_without_a_traceback(tmp_path: Path, args: list[str], code: str) -> None:
    result = CliRunner().invoke(rules_app, [*args, "--store", str(tmp_path / "rules.sqlite")])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: [{code}] ")
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_cli_bad_row_and_bad_date(tmp_path: Path) -> None:
    bad = tmp_path / "ccioph-v321r0-f1.txt"
    bad.write_text(OPH_F1.read_bytes().decode("cp1252") + "77301\n", "cp1252")
    store = ["--store", str(tmp_path / "rules.sqlite")]
    result = CliRunner().invoke(rules_app, ["import-ncci", str(bad), "--setting", "hospital", *store])
    assert result.exit_code == 2
    assert "error: [E082]" in result.stderr and "line 13" in result.stderr
    result = CliRunner().invoke(
        rules_app, ["import-mue", str(MUE_PRA_Q1), "--setting", "practitioner", "--effective-from", "01/01/26", *store]
    )
    assert result.exit_code == 2
    assert "--effective-from" in result.stderr
    result = CliRunner().invoke(rules_app, ["import-ncci", str(OPH_F1), "--setting", "dme", *store])
    assert result.exit_code == 2
