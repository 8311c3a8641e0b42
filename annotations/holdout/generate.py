"""Write the external holdout ``annotations/holdout/writer_c.jsonl`` (deterministic: same bytes every run).

Usage: ``.venv/bin/python annotations/holdout/generate.py [--out FOLDER]``. The holdout is never used for
training or tuning.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from writer_c import build_corpus  # noqa: E402

OUT = HERE / "writer_c.jsonl"


def main() -> None:
    """Generate the 300 writer C records and write them as JSON Lines."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE, help="Folder to write writer_c.jsonl to.")
    out = parser.parse_args().out / OUT.name
    records = build_corpus(300)
    lines = [json.dumps(record, ensure_ascii=False, sort_keys=False) for record in records]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sys.stdout.write(f"wrote {len(records)} records to {out}\n")


if __name__ == "__main__":
    main()
