"""Golden notes: synthetic notes whose guide labels and full verdict JSON are fixed.

Regenerate the verdict snapshots after a deliberate change with ``SIMCHECK_UPDATE_GOLDEN=1 pytest``
and review the diff; the labels in ``labels.jsonl`` are ground truth and never regenerated.
"""

import json
import os

import pytest
from tests.conftest import DATA

GOLDEN = DATA / "golden"
RECORDS = [json.loads(line) for line in (GOLDEN / "labels.jsonl").read_text().splitlines() if line.strip()]
KNOWN_MISSES: dict[str, str] = {}  # note id -> why the engine is known to get it wrong (strict xfail)


def _params():
    for record in RECORDS:
        marks = (
            [pytest.mark.xfail(reason=KNOWN_MISSES[record["id"]], strict=True)] if record["id"] in KNOWN_MISSES else []
        )
        yield pytest.param(record, id=record["id"], marks=marks)


@pytest.mark.parametrize("record", _params())
def test_golden_note_matches_guide_labels(analyzer, record):
    """The verdict agrees with the hand labels on every element, the decision and the level."""
    labels = record["labels"]
    verdict = analyzer.check(record["text"], note_id=record["id"])
    elements = verdict.elements
    assert (elements.rationale.status == "present") == labels["rationale"]
    assert elements.treatment_areas.count == labels["treatment_areas"]
    assert elements.complexity.features == sorted(labels["features"])
    assert sorted(elements.imaging.modalities) == sorted(labels["modalities"])
    assert verdict.supported == labels["supported"]
    assert verdict.level == labels["level"]
    assert [m.element for m in verdict.missing] == labels["missing"]


@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_golden_verdict_json(rules_analyzer, record):
    """The rule engine's full verdict JSON (evidence offsets, exclusions, queries) equals its reviewed snapshot."""
    verdict = rules_analyzer.check(record["text"], note_id=record["id"]).to_dict()
    verdict["versions"]["simcheck"] = "<any>"
    path = GOLDEN / f"{record['id']}.json"
    if os.environ.get("SIMCHECK_UPDATE_GOLDEN"):
        path.write_text(json.dumps(verdict, indent=2, ensure_ascii=False) + "\n")
    assert verdict == json.loads(path.read_text())
    text = record["text"]
    for evidence in [*(e for el in verdict["elements"].values() for e in el["evidence"]), *verdict["excluded"]]:
        assert text[evidence["start"] : evidence["end"]] == evidence["text"]
