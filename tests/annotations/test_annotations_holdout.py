"""The external holdout (writer C): reproducible, valid, and apart from the train/dev/test corpus.

These tests check the file's form only; how the engine scores it is read once per model release
(``simcheck evaluate annotations/holdout/writer_c.jsonl``), never while tuning.
"""

import os
import subprocess
import sys
from pathlib import Path

from simcheck.annotations import read_records, validate

ANNOTATIONS = Path(__file__).resolve().parents[2] / "annotations"
HOLDOUT = ANNOTATIONS / "holdout" / "writer_c.jsonl"


def test_holdout_regenerates_byte_for_byte(tmp_path):
    env = {**os.environ, "PYTHONHASHSEED": "4321"}
    script = ANNOTATIONS / "holdout" / "generate.py"
    subprocess.run([sys.executable, str(script), "--out", str(tmp_path)], check=True, capture_output=True, env=env)
    assert (tmp_path / HOLDOUT.name).read_bytes() == HOLDOUT.read_bytes()


def test_holdout_validates_with_spans():
    assert validate([HOLDOUT], require_spans=True) == []


def test_holdout_is_its_own_writer_and_shares_no_id_or_text_with_the_corpus():
    holdout = read_records([HOLDOUT])
    corpus = read_records(sorted(ANNOTATIONS.glob("*.jsonl")))
    assert len(holdout) == 300
    assert all(record["id"].startswith("wc-") and record["meta"]["writer"] == "c" for record in holdout)
    assert not {r["id"] for r in holdout} & {r["id"] for r in corpus}
    assert not {r["text"] for r in holdout} & {r["text"] for r in corpus}
