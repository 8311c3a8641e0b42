"""Write writer G's frozen external holdout: annotations/holdout/writer_g.jsonl (250 synthetic notes).

Run from the repository root: ``.venv/bin/python annotations/holdout/generate_g.py``. Output is byte-identical
on every run (per-note seeds ``simcheck-writer-g-v1:<id>``; no clock, no set or hash ordering).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent / "src"))

from simcheck.annotations import _WORD, decide_labels  # noqa: E402

from writer_g.compose import build  # noqa: E402
from writer_g.plan import MODALITY_ORDER, Plan, expanded, make_plan, schedule  # noqa: E402

N_NOTES = 250
OUT = HERE / "writer_g.jsonl"


class PlanMismatch(RuntimeError):
    """The rendered spans do not say what the plan says."""


def check(plan: Plan, spans: list[dict[str, object]]) -> None:
    """Refuse a note whose spans disagree with its plan (rationale, features, modalities, area count)."""
    by = lambda label: [s for s in spans if s["label"] == label]  # noqa: E731
    problems = []
    if bool(by("RATIONALE")) != bool(plan.rationale):
        problems.append("rationale")
    if sorted({str(s["value"]) for s in by("FEATURE")}) != sorted(plan.features):
        problems.append("features")
    if [m for m in MODALITY_ORDER if m in {str(s["value"]) for s in by("MODALITY")}] != plan.modalities:
        problems.append("modalities")
    counts = sorted(by("AREA_COUNT"), key=lambda s: int(s["start"]))  # type: ignore[arg-type]
    sites = by("TREATMENT_SITE")
    if counts:
        got: int | None = int(str(counts[-1]["value"]))
    elif sites:
        got = len(expanded(tuple((str(s["value"]), "") for s in sites)))
    else:
        got = None
    if got != plan.area_count:
        problems.append(f"areas {got} != {plan.area_count}")
    if not plan.sim and spans:
        problems.append("non-simulation note has spans")
    if problems:
        raise PlanMismatch(f"{plan.note_id}: {', '.join(problems)}")


def record(note_id: str, outcome: str) -> dict[str, object]:
    """Plan, write and label one note."""
    plan = make_plan(note_id, outcome)
    built, keys = build(plan)
    check(plan, built.spans)
    d = decide_labels(plan.rationale is not None, plan.area_count, plan.features, plan.modalities)
    labels = {"rationale": plan.rationale is not None, "treatment_areas": plan.area_count, "features": sorted(plan.features),
              "modalities": list(plan.modalities), "supported": d.supported, "level": d.level, "missing": d.missing}
    meta = {"site": plan.site.key, "style": plan.style, "note_type": plan.note_type,
            "skeleton": f"{plan.note_type}/{plan.style}/{'-'.join(keys)}", "traps": sorted(plan.traps),
            "words": len(_WORD.findall(built.text.lower())), "outcome": outcome, "writer": "g"}
    spans = sorted(built.spans, key=lambda s: (int(s["start"]), int(s["end"])))  # type: ignore[arg-type]
    return {"id": note_id, "text": built.text, "labels": labels, "spans": spans, "meta": meta}


def main() -> None:
    """Write all notes (``--out FOLDER`` writes ``FOLDER/writer_g.jsonl`` instead)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT.parent, help="output folder (default: annotations/holdout)")
    out = parser.parse_args().out / OUT.name
    out.parent.mkdir(parents=True, exist_ok=True)
    outcomes = schedule()
    assert len(outcomes) == N_NOTES
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i, outcome in enumerate(outcomes, start=1):
            fh.write(json.dumps(record(f"wg-{i:04d}", outcome), ensure_ascii=False, sort_keys=False) + "\n")
    print(f"wrote {N_NOTES} notes to {out}")


if __name__ == "__main__":
    main()
