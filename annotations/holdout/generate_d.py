"""Write writer D's frozen holdout corpus (``writer_d.jsonl``): 250 synthetic notes, same bytes every run.

Usage: ``python annotations/holdout/generate_d.py [--out FOLDER]`` (default: this script's folder).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from writer_d import build_corpus  # noqa: E402


def main() -> None:
    """Generate the corpus and write it as JSON Lines."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: annotations/holdout)")
    args = parser.parse_args()
    records = build_corpus()
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / "writer_d.jsonl"
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")
    sys.stdout.write(f"wrote {len(records)} records to {path}\n")


if __name__ == "__main__":
    main()
