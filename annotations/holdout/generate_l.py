"""Write writer L's external holdout (``writer_l.jsonl``): 250 synthetic notes, same bytes on every run.

Usage: ``python annotations/holdout/generate_l.py [--out DIR]`` (default: this folder).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1] / "src"))

from writer_l.records import build_all  # noqa: E402

FILE_NAME = "writer_l.jsonl"


def main(argv: list[str] | None = None) -> int:
    """Generate the file and return the process exit code."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE, help="output directory")
    args = parser.parse_args(argv)
    records = build_all()
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / FILE_NAME
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
