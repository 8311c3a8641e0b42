"""Sentence audit: which sentences would the rationale classifier read as a reason in a note it never saw?

Fits the sentence classifier exactly as ``simcheck train`` does, on train + dev, in writer-grouped folds, and
scores every sentence with the fold model that never read its writer's notes. It then lists the sentences the
guide says are no reason (in notes whose gold has no rationale) that score at or above ``--at``: bare assertions,
boilerplate and plans the classifier would count, the drift the release checklist asks to look for before a
model is trained. ConText may still drop a flagged sentence (planned, copied forward); its top score feeds the
note model either way. ``--missed`` lists the gold reasons scoring below ``1 - at`` instead. Test and the holdouts are
never read. About five minutes on two cores.

    .venv/bin/python scripts/sentence_audit.py [--at 0.5] [--missed] [--top 60] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from simcheck.evaluate import read_labels
from simcheck.pipeline import build_nlp
from simcheck.pipeline.rationale import RationaleClassifier
from simcheck.rules import load_bundle
from simcheck.train import _fit_with_folds, _sentences, sentence_classifier

ANNOTATIONS = Path(__file__).resolve().parents[1] / "annotations"


def audit(at: float, missed: bool) -> list[dict[str, object]]:
    """Out-of-fold scores of the flagged sentences, highest risk first."""
    records = sorted(
        (record for split in ("train", "dev") for record in read_labels(ANNOTATIONS / f"{split}.jsonl")),
        key=lambda record: record.id,
    )
    bundle = load_bundle()
    nlp = build_nlp(bundle)
    classifier = nlp.get_pipe("simcheck_rationale")
    assert isinstance(classifier, RationaleClassifier)
    texts, labels, groups = _sentences(list(nlp.pipe(r.text for r in records)), records, classifier)
    fitted = _fit_with_folds(sentence_classifier, texts, labels, groups, [record.writer for record in records])
    flagged: list[dict[str, object]] = []
    for fold, model in enumerate(fitted.folds):
        rows = [i for i, note in enumerate(groups) if fitted.fold_of.get(note, 0) == fold]
        for i, score in zip(rows, model.predict_proba([texts[i] for i in rows])[:, 1], strict=True):
            record = records[groups[i]]
            risky = labels[i] and score < 1 - at if missed else not record.labels["rationale"] and score >= at
            if risky:
                flagged.append({"id": record.id, "score": round(float(score), 3), "sentence": texts[i]})
    return sorted(flagged, key=lambda row: (row["score"], row["id"]), reverse=not missed)


def main() -> None:
    """Print the flagged sentences as a Markdown table (and write them all as JSON with ``--json``)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--at", type=float, default=0.5, help="score at or above which a sentence is flagged")
    parser.add_argument("--missed", action="store_true", help="list gold reasons scoring below 1 - AT instead")
    parser.add_argument("--top", type=int, default=60, help="rows to print")
    parser.add_argument("--json", type=Path, help="write every flagged sentence here")
    args = parser.parse_args()
    flagged = audit(args.at, args.missed)
    if args.json:
        args.json.write_text(json.dumps(flagged, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    sys.stdout.write(f"{len(flagged)} sentences flagged\n\n| note | score | sentence |\n|---|---|---|\n")
    for row in flagged[: args.top]:
        sentence = " ".join(str(row["sentence"]).split())[:140].replace("|", "/")
        sys.stdout.write(f"| {row['id']} | {row['score']:.3f} | {sentence} |\n")


if __name__ == "__main__":
    main()
