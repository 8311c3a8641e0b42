"""Write writer J's notes as JSON Lines: ``python -m writer_j --out /tmp/wj.jsonl``."""

from __future__ import annotations

import argparse
import json
import sys

from . import N_NOTES, build_all


def main(argv: list[str] | None = None) -> int:
    """Generate the notes and write them to ``--out`` (or stdout)."""
    parser = argparse.ArgumentParser(prog="writer_j", description=__doc__)
    parser.add_argument("--out", help="output JSONL path (default: stdout)")
    parser.add_argument("-n", type=int, default=N_NOTES, help="number of notes")
    args = parser.parse_args(argv)
    lines = [json.dumps(record, ensure_ascii=False) for record in build_all(args.n)]
    data = "\n".join(lines) + "\n"
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            handle.write(data)
    else:
        sys.stdout.write(data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
