"""The ``simcheck`` command line: thin wrappers over the library."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from simcheck.claims.rules_cli import rules_app
from simcheck.errors import SimcheckError
from simcheck.verdict import Evidence, Verdict

app = typer.Typer(
    add_completion=False, no_args_is_help=True, help="Does a note support CPT 77290 (complex simulation)?"
)
console = Console()
errors = Console(stderr=True)

_STATUS_STYLE = {
    "supported": "bold white on green",
    "not_supported": "bold white on red",
    "needs_review": "bold black on yellow",
}
_ELEMENT_TITLES = {
    "rationale": "Rationale",
    "treatment_areas": "Treatment areas",
    "complexity": "Complexity",
    "imaging": "Imaging",
}


def _fail(exc: SimcheckError | OSError) -> None:
    message = f"[{exc.code}] {exc.message}" if isinstance(exc, SimcheckError) else f"cannot read input: {exc.strerror}"
    errors.print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(2)


def _read_note(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    return Path(source).read_text(encoding="utf-8", errors="replace")


def _quote(item: Evidence) -> Text:
    line = Text("  • ")
    line.append(f'"{item.text}"', style="bold")
    line.append(f"  {item.value} · {item.section} · {item.rule_id}", style="dim")
    if item.score is not None:
        line.append(f" · p={item.score:.2f}", style="dim")
    if item.assertion != "affirmed":
        line.append(f"  [{item.assertion}: {item.cue}]", style="yellow")
    return line


def render(verdict: Verdict) -> None:
    """Print a readable report of a verdict."""
    banner = Text(f" {verdict.status.replace('_', ' ').upper()} ", style=_STATUS_STYLE[verdict.status])
    banner.append(f"  suggested level: {verdict.level}", style="bold")
    if verdict.confidence is not None:
        banner.append(f"  confidence: {verdict.confidence:.2f}")
    if verdict.note_id:
        banner.append(f"  note: {verdict.note_id}", style="dim")
    console.print(banner)
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("Element")
    table.add_column("Status")
    table.add_column("Found")
    elements = verdict.elements
    found = {
        "rationale": ", ".join(sorted({e.value for e in elements.rationale.evidence})) or "-",
        "treatment_areas": "-"
        if elements.treatment_areas.count is None
        else f"{elements.treatment_areas.count} ({elements.treatment_areas.basis})",
        "complexity": ", ".join(
            elements.complexity.features + [f"{f} (not qualifying)" for f in elements.complexity.other_features]
        )
        or "-",
        "imaging": ", ".join(elements.imaging.modalities) or "-",
    }
    for name, title in _ELEMENT_TITLES.items():
        status = getattr(elements, name).status
        mark = Text("✔ present", style="green") if status == "present" else Text("✘ absent", style="red")
        table.add_row(title, mark, found[name])
    console.print(table)
    for name, title in _ELEMENT_TITLES.items():
        evidence = getattr(elements, name).evidence
        if evidence:
            console.print(Text(f"{title} evidence:", style="bold"))
            for item in evidence:
                console.print(_quote(item))
    if verdict.excluded:
        console.print(Text("Found but not counted:", style="bold"))
        for item in verdict.excluded:
            console.print(_quote(item))
    if verdict.missing:
        console.print(Text("Physician queries:", style="bold"))
        for number, item in enumerate(verdict.missing, start=1):
            console.print(f"  {number}. ({item.element}) {item.query}", highlight=False)
    versions = verdict.versions
    console.print(
        Text(f"simcheck {versions.simcheck} · rule pack {versions.rulepack} · model {versions.model}", style="dim")
    )


@app.command()
def check(
    source: Annotated[str, typer.Argument(help="A note file, or - for standard input.")] = "-",
    as_json: Annotated[bool, typer.Option("--json", help="Print the verdict JSON.")] = False,
    note_id: Annotated[str | None, typer.Option("--note-id", help="Note id to echo in the verdict.")] = None,
) -> None:
    """Check one note and print the verdict."""
    from simcheck.analyzer import load

    try:
        text = _read_note(source)
        verdict = load().check(text, note_id=note_id)
    except (SimcheckError, OSError) as exc:
        _fail(exc)
        return
    if as_json:
        print(json.dumps(verdict.to_dict(), indent=2, ensure_ascii=False))
    else:
        render(verdict)


@app.command()
def evaluate(
    labels: Annotated[Path, typer.Argument(help="Label records (JSON Lines, labeling-guide format).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics JSON.")] = False,
    model: Annotated[
        Path | None, typer.Option("--model", help="A model version folder (default: the committed model).")
    ] = None,
    rules_only: Annotated[bool, typer.Option("--rules-only", help="Score the rules without the model.")] = False,
) -> None:
    """Score simcheck against labelled notes (per element, supported, level, calibration, by site)."""
    from simcheck.analyzer import load
    from simcheck.evaluate import read_labels, score

    try:
        records = list(read_labels(labels))
        analyzer = load(model=None if rules_only else (model or "default"))
        verdicts = analyzer.check_many((r.id, r.text) for r in records)
        metrics = score(zip(records, verdicts, strict=True))
    except (SimcheckError, OSError) as exc:
        _fail(exc)
        return
    if as_json:
        print(json.dumps(metrics, indent=2))
        return
    table = Table(title=f"simcheck evaluate · {metrics['notes']} notes", header_style="bold")
    for column in ("element", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column == "element" else "right")
    for name, values in metrics["elements"].items():
        table.add_row(name, f"{values['precision']:.3f}", f"{values['recall']:.3f}", f"{values['f1']:.3f}")
    console.print(table)
    for key in ("treatment_areas_exact", "supported_accuracy", "false_supported_rate", "level_accuracy"):
        console.print(f"{key.replace('_', ' ')}: {metrics[key]}", highlight=False)
    console.print(f"confusion (supported): {metrics['confusion']}", highlight=False)
    if "calibration" in metrics:
        calibration, review = metrics["calibration"], metrics["review"]
        console.print(f"brier: {calibration['brier']}  ECE: {calibration['ece']}", highlight=False)
        console.print(
            f"needs review: {review['needs_review']} ({review['review_rate']:.1%}),"
            f" automatic accuracy: {review['automatic_accuracy']}",
            highlight=False,
        )
    console.print(f"model: {analyzer.versions.model}", style="dim", highlight=False)
    if metrics["errors"]:
        console.print(f"[red]notes with errors: {metrics['errors']}[/red]")
    for mistake in metrics["mistakes"]:
        console.print(
            f"  mismatch {mistake['id']}: gold {mistake['gold_supported']}/{mistake['gold_level']}"
            f" -> {mistake['supported']}/{mistake['level']}",
            highlight=False,
        )


@app.command()
def train(
    annotations: Annotated[Path, typer.Option("--annotations", help="Folder with train/dev/test.jsonl.")] = Path(
        "annotations"
    ),
    output: Annotated[Path, typer.Option("--output", "-o", help="Models root; writes <name>/<version>/.")] = Path(
        "models"
    ),
    version: Annotated[str | None, typer.Option("--version", help="Model version to write.")] = None,
) -> None:
    """Train the rationale classifier and the calibrated note model (seeded, reproducible)."""
    from simcheck.model_card import write_model_card
    from simcheck.train import DEFAULT_VERSION
    from simcheck.train import train as fit

    try:
        result = fit(annotations, output, version or DEFAULT_VERSION)
    except (SimcheckError, OSError) as exc:
        _fail(exc)
        return
    write_model_card(result.directory, result.manifest)
    manifest = result.manifest
    console.print(f"wrote {result.directory}", highlight=False)
    console.print(
        f"threshold {manifest['rationale']['threshold']} · review band {manifest['note']['band']}"
        f" · data {manifest['training_data']['annotations_sha256'][:12]}",
        highlight=False,
    )


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface; loopback only unless SIMCHECK_API_KEYS is set.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    workers: Annotated[
        int | None, typer.Option(help="Analysis worker processes (default: SIMCHECK_WORKERS, else the cores; 0: none).")
    ] = None,
) -> None:
    """Run the web service: the coders' form at / and the JSON API at /v1 (see service/README.md)."""
    from pydantic import ValidationError

    try:
        from simcheck.service.server import run
    except ImportError as exc:
        errors.print(f"[red]error:[/red] the service needs its extra: pip install 'simcheck[service]' ({exc.name})")
        raise typer.Exit(2) from None
    try:
        run(host=host, port=port, workers=workers)
    except ValidationError as exc:
        fields = ", ".join("SIMCHECK_" + str(e["loc"][0]).upper() for e in exc.errors() if e["loc"])
        errors.print(f"[red]error:[/red] invalid setting {fields}: {exc.errors()[0]['msg']}", highlight=False)
        raise typer.Exit(2) from None


annotations_app = typer.Typer(no_args_is_help=True, help="Validate and describe the annotated corpus.")
app.add_typer(annotations_app, name="annotations")


def _annotation_read_error(exc: OSError | UnicodeDecodeError) -> None:
    from simcheck.errors import Errors

    path = exc.filename if isinstance(exc, OSError) else "?"
    reason = (exc.strerror or "unreadable") if isinstance(exc, OSError) else "not UTF-8"
    errors.print(f"[red]error:[/red] [E040] {Errors.E040.format(path=path, reason=reason)}", highlight=False)
    raise typer.Exit(2)


@annotations_app.command("validate")
def annotations_validate(
    files: Annotated[list[Path], typer.Argument(help="Label files (JSON Lines, labeling-guide format).")],
    require_spans: Annotated[bool, typer.Option("--require-spans", help="Every record must carry spans.")] = False,
) -> None:
    """Check label records against the labeling guide; exit 1 and list problems (never note text)."""
    from simcheck.annotations import validate

    try:
        problems = validate(files, require_spans=require_spans)
    except (OSError, UnicodeDecodeError) as exc:
        _annotation_read_error(exc)
    for problem in problems:
        print(problem)
    if problems:
        from simcheck.errors import Errors

        errors.print(f"[red]error:[/red] [E041] {Errors.E041.format(count=len(problems))}", highlight=False)
        raise typer.Exit(1)
    errors.print(f"ok: {len(files)} file(s) valid", highlight=False)


@annotations_app.command("stats")
def annotations_stats(
    files: Annotated[list[Path], typer.Argument(help="Label files (JSON Lines).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the report JSON.")] = False,
) -> None:
    """Print the corpus diversity report (splits, sites, styles, traps, 3-grams, skeletons, labels)."""
    from simcheck.annotations import stats

    try:
        report = stats(files)
    except (OSError, UnicodeDecodeError) as exc:
        _annotation_read_error(exc)
    if as_json:
        print(json.dumps(report, indent=2))
        return
    table = Table(title=f"annotations · {report['notes']} notes", header_style="bold", show_header=False)
    table.add_column("measure")
    table.add_column("value")
    for key in (
        "splits",
        "distinct_sites",
        "distinct_styles",
        "note_types",
        "trap_share",
        "distinct_3gram_ratio",
        "skeletons",
        "largest_skeleton_share",
        "largest_note_type_style_share",
        "words",
        "long_notes_600_1500",
    ):
        table.add_row(key, json.dumps(report[key]))
    for key, value in report["labels"].items():
        table.add_row(f"labels.{key}", json.dumps(value))
    console.print(table)


@app.command()
def batch(
    inputs: Annotated[
        list[Path],
        typer.Argument(
            help="Files or folders: CSV, JSONL, FHIR NDJSON/Bundle, HL7 MDM, .txt notes (gzipped too).",
            show_default=False,
        ),
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="The output file.", show_default=False)],
    out_format: Annotated[
        str | None, typer.Option("--format", help="jsonl, csv or parquet (default: from the output's extension).")
    ] = None,
    input_format: Annotated[str, typer.Option("--input-format", help="auto, csv, jsonl, fhir, hl7 or txt.")] = "auto",
    workers: Annotated[
        int | None, typer.Option("--workers", min=1, help="Worker processes (default: the cores).")
    ] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Continue an interrupted run's output.")] = False,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an existing output.")] = False,
    id_col: Annotated[str | None, typer.Option("--id-col", help="Column or field with the note id.")] = None,
    text_col: Annotated[str | None, typer.Option("--text-col", help="Column or field with the note text.")] = None,
    engine: Annotated[str, typer.Option("--engine", help="local (worker processes) or spark.")] = "local",
    spark_master: Annotated[
        str | None, typer.Option("--spark-master", help="Spark master URL (default: spark-submit's, else local).")
    ] = None,
    progress: Annotated[
        bool | None, typer.Option("--progress/--no-progress", help="Progress bar (default: on a terminal).")
    ] = None,
) -> None:
    """Check every note of EHR exports; one output record (verdict or error) per input record."""
    from simcheck.batch.runner import BatchOptions, run_batch

    options = BatchOptions(
        inputs=inputs,
        output=output,
        out_format=out_format,
        input_format=input_format,
        workers=workers,
        resume=resume,
        overwrite=overwrite,
        id_col=id_col,
        text_col=text_col,
        engine=engine,
        progress=progress,
        spark_master=spark_master,
    )
    try:
        summary = run_batch(options)
    except (SimcheckError, OSError) as exc:
        _fail(exc)
        return
    except KeyboardInterrupt:
        errors.print("[red]interrupted:[/red] what was written is kept; run again with --resume to continue")
        raise typer.Exit(130) from None
    except Exception as exc:  # never a stack trace (locals could hold note text)
        errors.print(f"[red]error:[/red] unexpected {type(exc).__name__}; what was written is kept", highlight=False)
        raise typer.Exit(1) from None
    console.print(f"[bold]simcheck batch[/bold] -> {output}", highlight=False)
    for line in summary.lines():
        console.print(f"  {line}", highlight=False)


@app.command()
def report(
    results: Annotated[Path, typer.Argument(help="Results of simcheck batch (JSONL, CSV or Parquet).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")] = Path("report.html"),
    title: Annotated[str, typer.Option("--title", help="Report title.")] = "CPT 77290 documentation audit",
) -> None:
    """Write a self-contained HTML report of batch results for a coding manager."""
    from simcheck.batch.report import write_report

    try:
        stats = write_report(results, output, title=title)
    except (SimcheckError, OSError) as exc:
        _fail(exc)
        return
    except Exception as exc:  # never a stack trace
        errors.print(f"[red]error:[/red] unexpected {type(exc).__name__} while writing the report", highlight=False)
        raise typer.Exit(1) from None
    console.print(f"report of {stats.records:,} records -> {output}", highlight=False)


claims_app = typer.Typer(no_args_is_help=True, help="Claim-aware checks: NCCI-style edits from payer rule packs.")
app.add_typer(claims_app, name="claims")
app.add_typer(rules_app, name="rules")


@claims_app.command("check")
def claims_check(
    source: Annotated[str, typer.Argument(help="The claim JSON (the body of POST /v1/claims/check), or - for stdin.")],
    store: Annotated[
        Path | None,
        typer.Option(help="The CMS NCCI/MUE rule store (default: $SIMCHECK_RULE_STORE or the user data dir)."),
    ] = None,
    fail_on: Annotated[
        str | None, typer.Option("--fail-on", help="Exit 1 when a finding is at least this severe: deny or warn.")
    ] = None,
) -> None:
    """Scrub a claim: print the findings and each line's note verdict as JSON (the API's response)."""
    from simcheck.claims.check import check_claim, open_rule_store
    from simcheck.errors import ClaimError, Errors, RuleStoreError

    if fail_on not in (None, "deny", "warn"):
        errors.print("[red]error:[/red] --fail-on must be deny or warn", highlight=False)
        raise typer.Exit(2)
    try:
        raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
        data = json.loads(raw)
    except OSError as exc:
        _fail(ClaimError("E074", Errors.E074.format(path=source, reason=exc.strerror or "unreadable")))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        reason = f"not valid JSON at byte {exc.pos}" if isinstance(exc, json.JSONDecodeError) else "not UTF-8"
        _fail(ClaimError("E074", Errors.E074.format(path=source, reason=reason)))
    try:
        result = check_claim(data, reference=open_rule_store(store))
    except (ClaimError, RuleStoreError) as exc:
        _fail(exc)
    print(json.dumps(result.to_dict(), indent=2))
    failing = {"deny": {"deny"}, "warn": {"deny", "warn"}}.get(fail_on or "", set())
    if any(finding.severity in failing for finding in result.findings):
        raise typer.Exit(1)


@claims_app.command("packs")
def claims_packs(
    as_json: Annotated[bool, typer.Option("--json", help="Print the resolved packs as JSON.")] = False,
) -> None:
    """List the payer rule packs: version, parent, and each rule with its dates of service and confidence."""
    from simcheck.claims.packs import available_packs, load_pack

    packs = [load_pack(pack_id) for pack_id in available_packs()]
    if as_json:
        print(json.dumps([pack.model_dump(mode="json") for pack in packs], indent=2))
        return
    for pack in packs:
        print(f"{pack.label}  {pack.name}" + (f"  (extends {pack.extends})" if pack.extends else ""))
        for rule in pack.rules:
            dates = f"{rule.effective_from or '...'} to {rule.effective_to or '...'}"
            print(f"  {rule.id:<34} {rule.kind:<22} {rule.severity:<5} {dates:<26} {rule.confidence}")


def main() -> None:
    """Run the command line."""
    app()
