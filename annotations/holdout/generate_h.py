#!/usr/bin/env python
"""Write writer H's frozen external holdout: FOLDER/writer_h.jsonl (default: this script's folder).

    .venv/bin/python annotations/holdout/generate_h.py [--out FOLDER]

Deterministic: every note is seeded by random.Random(f"simcheck-writer-h-v1:{note_id}"); the output does not
depend on PYTHONHASHSEED, the clock or set order.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from writer_h import N_NOTES, build_all  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(HERE), help="output folder (default: annotations/holdout/)")
    args = parser.parse_args(argv)
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    records = build_all(N_NOTES)
    path = out_dir / "writer_h.jsonl"
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
