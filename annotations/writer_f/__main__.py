"""``python -m writer_f OUT.jsonl`` writes writer F's records as JSON Lines."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from . import build_all


def main(argv: list[str]) -> int:
    """Write the records to the path given; return an exit status."""
    if len(argv) != 1:
        print("usage: python -m writer_f OUT.jsonl", file=sys.stderr)
        return 2
    records = build_all()
    with Path(argv[0]).open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")
    print(f"wrote {len(records)} records to {argv[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
