"""Write writer I's notes as JSON Lines: ``python -m writer_i OUT.jsonl [N]``."""

from __future__ import annotations

import json
import sys

from . import N_NOTES, build_all


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: python -m writer_i OUT.jsonl [N]", file=sys.stderr)
        return 2
    n = int(argv[1]) if len(argv) > 1 else N_NOTES
    with open(argv[0], "w", encoding="utf-8") as handle:
        for record in build_all(n):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
