"""``simcheck rules``: import the CMS NCCI PTP and MUE files into the local rule store, and show what it holds."""

from __future__ import annotations

import time
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from simcheck.claims.cms import Setting, check_setting
from simcheck.claims.store import ImportSummary, RuleStore
from simcheck.errors import Errors, RuleStoreError, SimcheckError

rules_app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Load the CMS NCCI PTP edit and MUE files into the local rule store the claim edits consult.",
)


class SettingChoice(StrEnum):
    """Which CMS table: practitioner (professional claims) or outpatient hospital (institutional claims)."""

    practitioner = "practitioner"
    hospital = "hospital"


FilesArg = Annotated[
    list[Path], typer.Argument(help="CMS files: .txt/.csv, or the quarterly .zip (several files may be given).")
]
SettingOpt = Annotated[SettingChoice, typer.Option("--setting", help="practitioner or hospital (outpatient).")]
StoreOpt = Annotated[
    Path | None,
    typer.Option("--store", help="The SQLite rule store (default: $SIMCHECK_RULE_STORE or ~/.local/share/simcheck)."),
]


def _fail(exc: SimcheckError) -> typer.Exit:
    typer.echo(f"error: [{exc.code}] {exc.message}", err=True)
    return typer.Exit(2)


def _open(store: Path | None) -> RuleStore:
    return RuleStore(store or RuleStore.default_path())


def _line(summary: ImportSummary) -> str:
    quarter = f", quarter from {summary.effective_from.isoformat()}" if summary.effective_from else ""
    return (
        f"{summary.kind.upper()} {summary.setting}: {summary.source}: {summary.rows_read:,} rows read,"
        f" {summary.rows_stored:,} stored{quarter} ({summary.seconds:.1f} s, sha256 {summary.sha256[:12]})"
    )


def _import(files: list[Path], setting: Setting, store: Path | None, effective_from: date | None, mue: bool) -> None:
    started = time.perf_counter()
    total = 0
    try:
        with _open(store) as rules:
            for path in files:
                summary = rules.import_mue(path, setting, effective_from) if mue else rules.import_ptp(path, setting)
                total += summary.rows_stored
                typer.echo(_line(summary))
            where = rules.path
    except SimcheckError as exc:
        raise _fail(exc) from None
    typer.echo(f"{total:,} rows in {time.perf_counter() - started:.1f} s into {where}")


@rules_app.command("import-ncci")
def import_ncci(files: FilesArg, setting: SettingOpt, store: StoreOpt = None) -> None:
    """Import NCCI procedure-to-procedure (PTP) edit files (ccipra-* practitioner, ccioph-* hospital)."""
    _import(files, check_setting(setting.value), store, None, mue=False)


@rules_app.command("import-mue")
def import_mue(
    files: FilesArg,
    setting: SettingOpt,
    effective_from: Annotated[
        str | None,
        typer.Option(
            "--effective-from",
            metavar="YYYY-MM-DD",
            help="The quarter's first day, when the file name does not carry it (..._Eff_01-01-2026.csv).",
        ),
    ] = None,
    store: StoreOpt = None,
) -> None:
    """Import medically unlikely edit (MUE) files, one quarter each; a newer quarter closes the previous one."""
    start: date | None = None
    if effective_from is not None:
        try:
            start = date.fromisoformat(effective_from)
        except ValueError:
            typer.echo(f"error: --effective-from must be a date YYYY-MM-DD, not {effective_from!r}", err=True)
            raise typer.Exit(2) from None
    _import(files, check_setting(setting.value), store, start, mue=True)


@rules_app.command("info")
def info(store: StoreOpt = None) -> None:
    """Show the PTP edits and MUE quarters in the rule store, and the files they came from."""
    path = store or RuleStore.default_path()
    if not path.is_file():
        raise _fail(
            RuleStoreError(
                "E087", Errors.E087.format(path=path, reason="it does not exist; import files with import-ncci")
            )
        )
    try:
        with RuleStore(path) as rules:
            typer.echo(rules.describe())
    except SimcheckError as exc:
        raise _fail(exc) from None
