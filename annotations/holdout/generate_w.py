"""Write writer W's frozen holdout, ``writer_w.jsonl`` (deterministic: same bytes on every run).

Usage: ``.venv/bin/python annotations/holdout/generate_w.py [--out DIR]``
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from writer_w import build_all  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Build every record and write one JSON object per line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="directory to write writer_w.jsonl into")
    args = parser.parse_args(argv)
    records = build_all()
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / "writer_w.jsonl"
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
