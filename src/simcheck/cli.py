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
) -> None:
    """Score simcheck against labelled notes."""
    from simcheck.analyzer import load
    from simcheck.evaluate import read_labels, score

    try:
        records = list(read_labels(labels))
        analyzer = load()
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
    if metrics["errors"]:
        console.print(f"[red]notes with errors: {metrics['errors']}[/red]")
    for mistake in metrics["mistakes"]:
        console.print(
            f"  mismatch {mistake['id']}: gold {mistake['gold_supported']}/{mistake['gold_level']}"
            f" -> {mistake['supported']}/{mistake['level']}",
            highlight=False,
        )


def main() -> None:
    """Run the command line."""
    app()
