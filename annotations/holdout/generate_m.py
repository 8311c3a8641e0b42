"""Write writer M's external holdout, ``writer_m.jsonl`` (250 notes, deterministic).

Usage: ``python annotations/holdout/generate_m.py [--out DIR]`` (default: this file's folder).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from writer_m.notes import records  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Generate the records and write them as JSON Lines."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE, help="output directory")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(record, ensure_ascii=False, sort_keys=False) for record in records()]
    (args.out / "writer_m.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
