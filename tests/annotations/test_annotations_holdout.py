"""The external holdouts: reproducible, valid, and apart from the train/dev/test corpus.

These tests check the files' form only. A frozen holdout is scored once, for the release it is first used in
(``simcheck evaluate annotations/holdout/writer_s.jsonl``); none is read while tuning. Writers G, K, L, N, O, P,
M, Q, R, T, U, V, W, X, Y, Z, AB, AD and AC were holdouts until spent and then joined the corpus
(``annotations/writer_g`` …).
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from simcheck.annotations import read_records, validate

ANNOTATIONS = Path(__file__).resolve().parents[2] / "annotations"
HOLDOUTS = {  # file: (generator, notes, id prefix, writer)
    "writer_c.jsonl": ("generate.py", 300, "wc-", "c"),
    "writer_d.jsonl": ("generate_d.py", 250, "wd-", "d"),
    "writer_h.jsonl": ("generate_h.py", 250, "wh-", "h"),
    "writer_s.jsonl": ("generate_s.py", 250, "ws-", "s"),
}


@pytest.mark.parametrize("name", HOLDOUTS)
def test_holdout_regenerates_byte_for_byte(tmp_path, name):
    env = {**os.environ, "PYTHONHASHSEED": "4321"}
    script = ANNOTATIONS / "holdout" / HOLDOUTS[name][0]
    subprocess.run([sys.executable, str(script), "--out", str(tmp_path)], check=True, capture_output=True, env=env)
    assert (tmp_path / name).read_bytes() == (ANNOTATIONS / "holdout" / name).read_bytes()


@pytest.mark.parametrize("name", HOLDOUTS)
def test_holdout_validates_with_spans(name):
    assert validate([ANNOTATIONS / "holdout" / name], require_spans=True) == []


@pytest.mark.parametrize("name", HOLDOUTS)
def test_holdout_is_its_own_writer(name):
    _, notes, prefix, writer = HOLDOUTS[name]
    records = read_records([ANNOTATIONS / "holdout" / name])
    assert len(records) == notes
    assert all(record["id"].startswith(prefix) and record["meta"]["writer"] == writer for record in records)


def test_holdouts_share_no_id_or_text_with_the_corpus_or_each_other():
    sets = [read_records(sorted(ANNOTATIONS.glob("*.jsonl")))]
    sets += [read_records([ANNOTATIONS / "holdout" / name]) for name in HOLDOUTS]
    for index, first in enumerate(sets):
        for second in sets[index + 1 :]:
            assert not {r["id"] for r in first} & {r["id"] for r in second}
            assert not {r["text"] for r in first} & {r["text"] for r in second}
