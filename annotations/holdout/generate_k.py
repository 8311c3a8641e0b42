"""Writer K's external holdout: 250 synthetic notes from an Epic-based hospital department.

Usage: ``python annotations/holdout/generate_k.py [--out DIR]`` writes ``writer_k.jsonl`` (default: next to this
script). Deterministic: each note is seeded by ``simcheck-writer-k-v1:<note id>``; same bytes on every run.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from writer_k.records import build_records  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Write writer_k.jsonl and print a one-line summary."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE, help="output directory (default: annotations/holdout)")
    args = parser.parse_args(argv)
    records = build_records()
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / "writer_k.jsonl"
    with target.open("w", encoding="utf-8", newline="\n") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")
    sys.stdout.write(f"wrote {len(records)} records to {target}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
