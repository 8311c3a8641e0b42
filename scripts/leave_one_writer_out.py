"""Leave-one-writer-out: how the learned parts do on a writer they were not trained on.

For each corpus writer, train a model on the other writers' train and dev notes (``simcheck train`` on
a filtered copy of the splits) and score the held-out writer's train and dev notes. Test and the holdouts
are never read. The rules were revised on every writer's train/dev notes, so this measures the learned
parts on an unseen department, not the rules. About three minutes per writer on two cores.

    .venv/bin/python scripts/leave_one_writer_out.py [--writers a,b,e,f,i,j] [--work /tmp/lowo]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import simcheck
from simcheck.evaluate import read_labels, score
from simcheck.train import train

ANNOTATIONS = Path(__file__).resolve().parents[1] / "annotations"


def writer_of(record: dict[str, object]) -> str:
    """The record's writer (writer A's records carry none)."""
    meta = record.get("meta")
    return str(meta.get("writer", "a")) if isinstance(meta, dict) else "a"


def hold_out(writer: str, folder: Path) -> Path:
    """Write train/dev without ``writer`` and the held-out writer's train + dev notes; return the held-out file."""
    folder.mkdir(parents=True, exist_ok=True)
    held: list[str] = []
    for split in ("train", "dev"):
        lines = (ANNOTATIONS / f"{split}.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
        kept = [line for line in lines if writer_of(json.loads(line)) != writer]
        held += [line for line in lines if writer_of(json.loads(line)) == writer]
        (folder / f"{split}.jsonl").write_text("".join(kept), encoding="utf-8")
    (folder / "held.jsonl").write_text("".join(held), encoding="utf-8")
    return folder / "held.jsonl"


def main() -> None:
    """Hold out each writer in turn and print a Markdown table row per writer."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--writers", default="a,b,e,f,i,j", help="comma-separated writer letters")
    parser.add_argument("--work", type=Path, default=Path("/tmp/lowo"), help="scratch folder")
    args = parser.parse_args()
    sys.stdout.write(
        "| held-out writer | notes | supported acc | false-supported | areas exact |\n|---|---|---|---|---|\n"
    )
    for writer in args.writers.split(","):
        folder = args.work / writer
        held = hold_out(writer, folder)
        result = train(folder, folder / "models", version="0.0.0")
        analyzer = simcheck.load(model=result.directory)
        records = list(read_labels(held))
        verdicts = analyzer.check_many((record.id, record.text) for record in records)
        metrics = score(list(zip(records, verdicts, strict=True)))
        (folder / "metrics.json").write_text(json.dumps(metrics), encoding="utf-8")
        sys.stdout.write(
            f"| {writer.upper()} | {metrics['notes']} | {metrics['supported_accuracy']:.3f} "
            f"| {100 * metrics['false_supported_rate']:.1f}% | {metrics['treatment_areas_exact']:.3f} |\n"
        )
        sys.stdout.flush()


if __name__ == "__main__":
    main()
