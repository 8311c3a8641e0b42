"""Write writer N's frozen external holdout (``writer_n.jsonl``), deterministically.

Usage: ``python annotations/holdout/generate_n.py [--out DIR]``. Per-note seed ``simcheck-writer-n-v1:<id>``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from writer_n.notes import build_all  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Generate the records and write ``writer_n.jsonl``."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: next to this script)")
    args = parser.parse_args(argv)
    records = build_all()
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / "writer_n.jsonl"
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")
    sys.stdout.write(f"wrote {len(records)} records to {path}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
