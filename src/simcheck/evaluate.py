"""Scores verdicts against label records in the labeling guide's format (pure Python)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from simcheck.errors import Errors, InputError
from simcheck.evidence import FEATURES, MODALITIES
from simcheck.verdict import NoteError, Verdict


@dataclass(frozen=True)
class LabelRecord:
    """One labelled note, with its span annotations and descriptive metadata when present."""

    id: str
    text: str
    labels: dict[str, Any]
    spans: tuple[dict[str, Any], ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def writer(self) -> str:
        """Who wrote the note (``meta.writer``; empty when the record does not say)."""
        return str(self.meta.get("writer", ""))


def read_labels(path: str | Path) -> Iterator[LabelRecord]:
    """Yield label records from a JSON Lines file.

    Raises:
        InputError: On a line that is not a label record (the message names the line, never its text).
    """
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                record = LabelRecord(
                    id=str(raw["id"]),
                    text=raw["text"],
                    labels=dict(raw["labels"]),
                    spans=tuple(dict(span) for span in raw.get("spans") or ()),
                    meta=dict(raw.get("meta") or {}),
                )
                for key in ("rationale", "treatment_areas", "features", "modalities", "supported", "level"):
                    record.labels[key]
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                reason = f"missing field {exc}" if isinstance(exc, KeyError) else type(exc).__name__
                raise InputError("E020", Errors.E020.format(path=Path(path).name, line=number, reason=reason)) from None
            yield record


@dataclass
class _Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set[str], predicted: set[str]) -> None:
        self.tp += len(gold & predicted)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    def scores(self) -> dict[str, float | int]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def calibration(probabilities: list[float], outcomes: list[bool], bins: int = 10) -> dict[str, Any]:
    """Brier score, expected calibration error (equal-width bins) and the reliability table.

    Args:
        probabilities: Predicted P(supported) per note.
        outcomes: The gold ``supported`` per note.
        bins: Number of equal-width probability bins for the ECE.

    Returns:
        ``brier``, ``ece`` and ``bins`` (count, mean probability, observed rate per non-empty bin).
    """
    n = len(probabilities)
    if not n:
        return {"brier": None, "ece": None, "bins": []}
    brier = sum((p - y) ** 2 for p, y in zip(probabilities, outcomes, strict=True)) / n
    table: list[dict[str, float | int]] = []
    ece = 0.0
    for index in range(bins):
        low, high = index / bins, (index + 1) / bins
        members = [
            (p, y)
            for p, y in zip(probabilities, outcomes, strict=True)
            if low <= p < high or (index == bins - 1 and p == 1.0)
        ]
        if not members:
            continue
        mean_p = sum(p for p, _ in members) / len(members)
        rate = sum(y for _, y in members) / len(members)
        ece += len(members) / n * abs(mean_p - rate)
        table.append(
            {
                "low": low,
                "high": high,
                "notes": len(members),
                "mean_probability": round(mean_p, 4),
                "observed": round(rate, 4),
            }
        )
    return {"brier": round(brier, 4), "ece": round(ece, 4), "bins": table}


def score(pairs: Iterable[tuple[LabelRecord, Verdict | NoteError]], by: tuple[str, ...] = ("site",)) -> dict[str, Any]:
    """Compute the evaluation metrics.

    Element scores: ``rationale`` and ``treatment_areas`` (documented or not) are binary;
    ``complexity`` and ``imaging`` are micro-averaged over feature and modality names.
    ``false_supported_rate`` is the share of notes labelled not supported that were called supported.
    When verdicts carry a confidence, ``calibration`` gives the Brier score and ECE against the gold
    ``supported`` and ``review`` how many notes went to review and how accurate the rest were.

    Args:
        pairs: Label records with the verdicts produced for them.
        by: Metadata keys (``record.meta``) to break the scores down by, where present.

    Returns:
        A JSON-ready metrics dictionary.
    """
    pairs = list(pairs)
    metrics = _score(pairs)
    scored = [(r, v) for r, v in pairs if isinstance(v, Verdict)]
    confident = [(r, v) for r, v in scored if v.confidence is not None]
    if confident:
        metrics["calibration"] = calibration(
            [float(v.confidence or 0.0) for _, v in confident], [bool(r.labels["supported"]) for r, _ in confident]
        )
        automatic = [(r, v) for r, v in confident if v.status != "needs_review"]
        metrics["review"] = {
            "needs_review": len(confident) - len(automatic),
            "review_rate": round(1 - len(automatic) / len(confident), 4),
            "automatic_accuracy": round(
                sum(r.labels["supported"] == v.supported for r, v in automatic) / len(automatic), 4
            )
            if automatic
            else None,
        }
    breakdowns: dict[str, dict[str, Any]] = {}
    for key in by:
        groups: dict[str, list[tuple[LabelRecord, Verdict | NoteError]]] = {}
        for record, verdict in pairs:
            if key in record.meta:
                groups.setdefault(str(record.meta[key]), []).append((record, verdict))
        if groups:
            breakdowns[key] = {
                name: {
                    "notes": part["notes"],
                    "supported_accuracy": part["supported_accuracy"],
                    "element_f1": {element: values["f1"] for element, values in part["elements"].items()},
                }
                for name, group in sorted(groups.items())
                for part in [_score(group)]
            }
    if breakdowns:
        metrics["by"] = breakdowns
    return metrics


def _wrong_elements(gold: dict[str, Any], verdict: Verdict) -> list[str]:
    """The elements where a verdict and the gold labels disagree."""
    elements = verdict.elements
    found = {
        "rationale": gold["rationale"] == (elements.rationale.status == "present"),
        "treatment_areas": gold["treatment_areas"] == elements.treatment_areas.count,
        "complexity": set(gold["features"]) == set(elements.complexity.features),
        "imaging": set(gold["modalities"]) == set(elements.imaging.modalities),
    }
    return [name for name, right in found.items() if not right]


def _score(pairs: list[tuple[LabelRecord, Verdict | NoteError]]) -> dict[str, Any]:
    counts = {name: _Counts() for name in ("rationale", "treatment_areas", "complexity", "imaging")}
    per_value = {name: _Counts() for name in (*FEATURES, *MODALITIES)}
    n = errors = areas_exact = supported_right = level_right = 0
    false_supported = gold_unsupported = 0
    confusion = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    mistakes: list[dict[str, Any]] = []
    for record, verdict in pairs:
        n += 1
        gold = record.labels
        if isinstance(verdict, NoteError):
            errors += 1
            continue
        elements = verdict.elements
        counts["rationale"].add(
            {"x"} if gold["rationale"] else set(), {"x"} if elements.rationale.status == "present" else set()
        )
        counts["treatment_areas"].add(
            {"x"} if gold["treatment_areas"] is not None else set(),
            {"x"} if elements.treatment_areas.count is not None else set(),
        )
        counts["complexity"].add(set(gold["features"]), set(elements.complexity.features))
        counts["imaging"].add(set(gold["modalities"]), set(elements.imaging.modalities))
        for name in FEATURES:
            per_value[name].add({name} & set(gold["features"]), {name} & set(elements.complexity.features))
        for name in MODALITIES:
            per_value[name].add({name} & set(gold["modalities"]), {name} & set(elements.imaging.modalities))
        areas_exact += gold["treatment_areas"] == elements.treatment_areas.count
        supported_right += gold["supported"] == verdict.supported
        level_right += gold["level"] == verdict.level
        key = ("t" if gold["supported"] == verdict.supported else "f") + ("p" if verdict.supported else "n")
        confusion[key] += 1
        if not gold["supported"]:
            gold_unsupported += 1
            false_supported += verdict.supported
        if gold["supported"] != verdict.supported or gold["level"] != verdict.level:
            mistakes.append(
                {
                    "id": record.id,
                    "gold_supported": gold["supported"],
                    "supported": verdict.supported,
                    "gold_level": gold["level"],
                    "level": verdict.level,
                    "wrong_elements": _wrong_elements(gold, verdict),
                    "confidence": verdict.confidence,
                    **{key: record.meta[key] for key in ("site", "note_type", "style", "traps") if key in record.meta},
                }
            )
    scored = n - errors
    return {
        "notes": n,
        "errors": errors,
        "elements": {name: c.scores() for name, c in counts.items()},
        "values": {name: c.scores() for name, c in per_value.items() if c.tp + c.fp + c.fn},
        "treatment_areas_exact": round(areas_exact / scored, 4) if scored else None,
        "supported_accuracy": round(supported_right / scored, 4) if scored else None,
        "false_supported_rate": round(false_supported / gold_unsupported, 4) if gold_unsupported else 0.0,
        "level_accuracy": round(level_right / scored, 4) if scored else None,
        "confusion": confusion,
        "mistakes": mistakes,
    }
