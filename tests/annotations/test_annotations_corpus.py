"""The committed corpus: valid against the guide, varied as the issue asks, and regenerable byte for byte."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from simcheck.annotations import read_records, split_of, stats, validate

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "annotations"
FILES = [CORPUS / f"{name}.jsonl" for name in ("train", "dev", "test")]
REQUIRED_SITES = {
    "breast",
    "prostate",
    "head_neck",
    "lung",
    "brain_wbrt",
    "brain_srs",
    "bone_mets",
    "gyn",
    "rectum",
    "esophagus",
    "pancreas",
    "lymphoma",
    "skin",
    "pediatric",
    "palliative",
}


@pytest.fixture(scope="module")
def report() -> dict:
    return stats(FILES)


def test_committed_corpus_validates_cleanly_with_spans():
    assert validate(FILES, require_spans=True) == []


def test_every_record_sits_in_its_split_file():
    for path in FILES:
        assert {split_of(r["id"]) for r in read_records([path])} == {path.stem}


def test_volume_and_splits(report):
    assert report["notes"] >= 500
    assert all(report["splits"][name]["notes"] >= 50 for name in ("train", "dev", "test"))


def test_sites_styles_and_note_types(report):
    assert report["distinct_sites"] >= 12
    assert set(report["sites"]) >= REQUIRED_SITES
    assert report["distinct_styles"] >= 6
    assert {"consult", "on_treatment", "treatment_summary"} <= set(report["note_types"])


def test_trap_share_and_kinds(report):
    assert report["trap_share"] >= 0.30
    for kind in (
        "negated_feature",
        "planned_feature",
        "historical_imaging",
        "blank_template",
        "many_beams_one_target",
        "4dct_alone",
        "bare_assertion",
        "copy_forward",
        "addendum_correction",
        "fused_scan_old_contrast",
        "order_vs_procedure",
        "non_simulation_note",
    ):
        assert report["traps"].get(kind, 0) >= 3, kind


def test_not_one_template(report):
    assert report["largest_skeleton_share"] < 0.05
    assert report["distinct_3gram_ratio"] > 0.15


def test_long_notes_and_label_mix(report):
    assert report["long_notes_600_1500"] >= 30
    labels = report["labels"]
    assert labels["supported"] >= 0.25 * report["notes"]
    assert labels["not_supported"] >= 0.25 * report["notes"]
    assert {"77290", "77285", "77280", "undetermined"} <= set(labels["level"])
    assert labels["level"]["77285"] >= 20 and labels["level"]["77280"] >= 20


def test_clean_supported_and_three_area_notes_exist():
    records = read_records(FILES)
    clean_supported = [r for r in records if r["labels"]["supported"] and not r["meta"]["traps"]]
    by_areas = [
        r
        for r in records
        if r["labels"]["supported"] and not r["labels"]["features"] and (r["labels"]["treatment_areas"] or 0) >= 3
    ]
    assert len(clean_supported) >= 30
    assert len(by_areas) >= 20


WRITER_PREFIXES = (
    "syn-",
    "wb-",
    "we-",
    "wf-",
    "wi-",
    "wj-",
    "wg-",
    "wk-",
    "wl-",
    "wn-",
    "wo-",
    "wp-",
    "wm-",
    "wq-",
    "wr-",
    "wt-",
    "wu-",
    "wv-",
    "ww-",
    "wx-",
    "wy-",
    "wz-",
    "wab-",
    "wad-",
    "wac-",
)


def test_notes_are_synthetic_placeholders_only():
    for record in read_records(FILES):
        assert record["id"].startswith(WRITER_PREFIXES)
        assert "DOB: 19" not in record["text"] and "DOB: 20" not in record["text"]


def test_generator_is_deterministic(tmp_path):
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run(
        [sys.executable, str(CORPUS / "generate.py"), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
        env=env,
    )
    for path in FILES:
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name


def test_meta_words_match_text():
    for record in read_records(FILES)[:50]:
        assert record["meta"]["words"] == len(record["text"].split())
        json.dumps(record)
