"""Writer O's external holdout: 250 notes from an invented for-profit freestanding radiation-oncology chain.

Usage: ``python annotations/holdout/generate_o.py [--out DIR]`` writes ``writer_o.jsonl`` (same bytes every run).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from writer_o.build import build  # noqa: E402
from writer_o.plan import N_NOTES, allocate  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Generate the records and write them as JSON Lines."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write writer_o.jsonl into")
    args = parser.parse_args(argv)
    records = [build(base) for base in allocate()]
    if len(records) != N_NOTES:
        raise RuntimeError("wrong number of records")
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / "writer_o.jsonl"
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for rec in records:
            handle.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
    sys.stdout.write(f"wrote {len(records)} records to {path}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
