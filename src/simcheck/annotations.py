"""The annotated corpus: deterministic split, validator and diversity statistics (pure Python).

Records follow the labeling guide's label-record format (``id``, ``text``, ``labels``, optional ``spans``
and ``meta``). Nothing here imports spaCy or scikit-learn, and no message ever contains note text.
"""

from __future__ import annotations

import hashlib
import json
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from simcheck.evidence import FEATURES, MODALITIES

Split = Literal["train", "dev", "test"]

SPLITS: tuple[Split, ...] = ("train", "dev", "test")
SPAN_LABELS = ("RATIONALE", "AREA_COUNT", "TREATMENT_SITE", "FEATURE", "MODALITY")
LEVELS = ("77290", "77285", "77280", "undetermined")
ELEMENTS = ("rationale", "treatment_areas", "complexity", "imaging")
COMPLEX_AREA_COUNT = 3
_LABEL_KEYS = ("rationale", "treatment_areas", "features", "modalities", "supported", "level", "missing")
_WORD = re.compile(r"[a-z0-9]+(?:['/][a-z0-9]+)*")


def split_of(note_id: str) -> Split:
    """Return the split a note id belongs to: sha256 of the id, 70/15/15 train/dev/test.

    Args:
        note_id: The record id.

    Returns:
        ``"train"``, ``"dev"`` or ``"test"``; the same id always gives the same split.
    """
    bucket = int.from_bytes(hashlib.sha256(note_id.encode("utf-8")).digest()[:8], "big") % 100
    if bucket < 70:
        return "train"
    if bucket < 85:
        return "dev"
    return "test"


@dataclass(frozen=True)
class Decision:
    """The labeling guide's decision recomputed from the four elements."""

    supported: bool
    level: str
    missing: list[str]


def decide_labels(
    rationale: bool, treatment_areas: int | None, features: Sequence[str], modalities: Sequence[str]
) -> Decision:
    """Apply the labeling guide's decision to element labels.

    Args:
        rationale: Whether a patient-specific rationale is documented.
        treatment_areas: The number of treatment areas, or None when unknown.
        features: Qualifying complexity features.
        modalities: Imaging modalities used for this simulation.

    Returns:
        Supported, suggested level and the absent elements in the guide's order.
    """
    complexity_met = bool(features) or (treatment_areas is not None and treatment_areas >= COMPLEX_AREA_COUNT)
    supported = rationale and bool(modalities) and treatment_areas is not None and complexity_met
    if complexity_met:
        level = "77290"
    elif treatment_areas == 2:
        level = "77285"
    elif treatment_areas == 1:
        level = "77280"
    else:
        level = "undetermined"
    present = {
        "rationale": rationale,
        "treatment_areas": treatment_areas is not None,
        "complexity": complexity_met,
        "imaging": bool(modalities),
    }
    return Decision(supported=supported, level=level, missing=[name for name in ELEMENTS if not present[name]])


@dataclass(frozen=True)
class Problem:
    """One validation problem; the reason never quotes note text."""

    file: str
    line: int
    record_id: str | None
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.record_id or '<no id>'}: {self.reason}"


@dataclass(frozen=True)
class Line:
    """One raw line of a label file."""

    path: Path
    number: int
    record: dict[str, Any] | None
    error: str | None


def iter_lines(paths: Iterable[str | Path]) -> Iterator[Line]:
    """Yield every non-blank line of the given JSON Lines files, parsed when possible."""
    for raw_path in paths:
        path = Path(raw_path)
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    value = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield Line(path, number, None, f"invalid JSON ({exc.msg} at column {exc.colno})")
                    continue
                if not isinstance(value, dict):
                    yield Line(path, number, None, "a record must be a JSON object")
                    continue
                yield Line(path, number, value, None)


def read_records(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    """Return the parsed records of the given files (invalid lines are skipped; validate first)."""
    return [line.record for line in iter_lines(paths) if line.record is not None]


def _is_str_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _check_labels(labels: object) -> tuple[list[str], bool]:
    """Return the label problems and whether the labels' schema is valid (decision aside)."""
    if not isinstance(labels, dict):
        return ["labels must be an object"], False
    reasons = [f"labels.{key} is missing" for key in _LABEL_KEYS if key not in labels]
    if reasons:
        return reasons, False
    if not isinstance(labels["rationale"], bool):
        reasons.append("labels.rationale must be true or false")
    areas = labels["treatment_areas"]
    if areas is not None and (isinstance(areas, bool) or not isinstance(areas, int) or areas < 1):
        reasons.append("labels.treatment_areas must be a positive integer or null")
    for key, vocabulary in (("features", FEATURES), ("modalities", MODALITIES)):
        values = labels[key]
        if not _is_str_list(values):
            reasons.append(f"labels.{key} must be a list of strings")
            continue
        unknown = [v for v in values if v not in vocabulary]
        if unknown:
            reasons.append(f"labels.{key} has values outside the guide's vocabulary: {sorted(set(unknown))}")
        elif len(set(values)) != len(values):
            reasons.append(f"labels.{key} has duplicates")
        else:
            canonical = sorted(values) if key == "features" else [m for m in MODALITIES if m in values]
            if values != canonical:
                reasons.append(f"labels.{key} must be in canonical order {canonical}")
    if not isinstance(labels["supported"], bool):
        reasons.append("labels.supported must be true or false")
    if labels["level"] not in LEVELS:
        reasons.append(f"labels.level must be one of {list(LEVELS)}")
    if not _is_str_list(labels["missing"]) or any(m not in ELEMENTS for m in labels["missing"]):
        reasons.append(f"labels.missing must be a list of element names from {list(ELEMENTS)}")
    if reasons:
        return reasons, False
    decision = decide_labels(labels["rationale"], areas, labels["features"], labels["modalities"])
    if labels["supported"] != decision.supported:
        reasons.append(f"labels.supported is {labels['supported']} but the decision rules give {decision.supported}")
    if labels["level"] != decision.level:
        reasons.append(f"labels.level is {labels['level']} but the decision rules give {decision.level}")
    if labels["missing"] != decision.missing:
        reasons.append(f"labels.missing is {labels['missing']} but the decision rules give {decision.missing}")
    return reasons, True


def _site_keys(value: str) -> list[str]:
    if value.startswith("bilateral "):
        site = value.removeprefix("bilateral ")
        return [f"left {site}", f"right {site}"]
    return [value]


def _check_spans(text: str, spans: object, labels: dict[str, Any] | None) -> list[str]:
    if not isinstance(spans, list):
        return ["spans must be a list"]
    reasons: list[str] = []
    valid: list[dict[str, Any]] = []
    for index, span in enumerate(spans):
        where = f"spans[{index}]"
        if not isinstance(span, dict):
            reasons.append(f"{where} must be an object")
            continue
        start, end, label, value = span.get("start"), span.get("end"), span.get("label"), span.get("value")
        if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool) or isinstance(end, bool):
            reasons.append(f"{where} start/end must be integers")
            continue
        if not 0 <= start < end <= len(text):
            reasons.append(f"{where} [{start}, {end}) is empty or outside the text (length {len(text)})")
            continue
        if text[start:end] != text[start:end].strip():
            reasons.append(f"{where} starts or ends with whitespace")
        if "text" in span and span["text"] != text[start:end]:
            reasons.append(f"{where} text does not match the note at [{start}, {end})")
        if label not in SPAN_LABELS:
            reasons.append(f"{where} label {label!r} is not one of {list(SPAN_LABELS)}")
            continue
        if not isinstance(value, str) or not value.strip():
            reasons.append(f"{where} value must be a non-empty string")
            continue
        if label == "FEATURE" and value not in FEATURES:
            reasons.append(f"{where} FEATURE value {value!r} is not a guide feature")
            continue
        if label == "MODALITY" and value not in MODALITIES:
            reasons.append(f"{where} MODALITY value {value!r} is not a guide modality")
            continue
        if label == "AREA_COUNT" and (not value.isdigit() or int(value) < 1):
            reasons.append(f"{where} AREA_COUNT value must be a positive integer string")
            continue
        valid.append(span)
    if reasons or not isinstance(labels, dict):
        return reasons
    by_label: dict[str, list[dict[str, Any]]] = {name: [] for name in SPAN_LABELS}
    for span in sorted(valid, key=lambda s: (s["start"], s["end"])):
        by_label[span["label"]].append(span)
    if labels.get("rationale") != bool(by_label["RATIONALE"]):
        reasons.append("labels.rationale disagrees with the RATIONALE spans (true iff at least one span)")
    for key, label in (("features", "FEATURE"), ("modalities", "MODALITY")):
        spanned = {s["value"] for s in by_label[label]}
        labelled = set(labels.get(key) or [])
        if spanned - labelled:
            reasons.append(f"{label} spans {sorted(spanned - labelled)} are not in labels.{key}")
        if labelled - spanned:
            reasons.append(f"labels.{key} {sorted(labelled - spanned)} have no {label} span")
    counts, sites = by_label["AREA_COUNT"], by_label["TREATMENT_SITE"]
    areas = labels.get("treatment_areas")
    if areas is None and (counts or sites):
        reasons.append("labels.treatment_areas is null but AREA_COUNT/TREATMENT_SITE spans exist")
    elif areas is not None and not (counts or sites):
        reasons.append("labels.treatment_areas is set but there is no AREA_COUNT/TREATMENT_SITE span")
    elif counts and areas != int(counts[-1]["value"]):
        reasons.append(f"labels.treatment_areas is {areas} but the last stated AREA_COUNT is {counts[-1]['value']}")
    elif not counts and sites:
        named = {key for s in sites for key in _site_keys(s["value"])}
        if areas != len(named):
            reasons.append(f"labels.treatment_areas is {areas} but {len(named)} distinct TREATMENT_SITE values")
    return reasons


def validate(paths: Sequence[str | Path], require_spans: bool = False) -> list[Problem]:
    """Check every record of the given label files against the labeling guide.

    Args:
        paths: JSON Lines files; ids must be unique across all of them.
        require_spans: Whether every record must carry a ``spans`` list.

    Returns:
        The problems found, in file and line order (empty when the files are clean).
    """
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for line in iter_lines(paths):
        name = line.path.name

        def report(reason: str, record_id: str | None, _name: str = name, _line: Line = line) -> None:
            problems.append(Problem(_name, _line.number, record_id, reason))

        if line.record is None:
            report(line.error or "unreadable line", None)
            continue
        record = line.record
        record_id = record.get("id")
        if not isinstance(record_id, str) or not record_id.strip():
            report("id must be a non-empty string", None)
            record_id = None
        else:
            if record_id in seen:
                report(f"duplicate id (first seen at {seen[record_id]})", record_id)
            else:
                seen[record_id] = f"{name}:{line.number}"
            if line.path.stem in SPLITS and split_of(record_id) != line.path.stem:
                report(f"id belongs to the {split_of(record_id)} split, not {line.path.stem}", record_id)
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            report("text must be a non-empty string", record_id)
            continue
        label_reasons, schema_ok = _check_labels(record.get("labels"))
        for reason in label_reasons:
            report(reason, record_id)
        if "spans" in record:
            labels = record["labels"] if schema_ok else None
            for reason in _check_spans(text, record["spans"], labels):
                report(reason, record_id)
        elif require_spans:
            report("spans are missing", record_id)
        meta = record.get("meta")
        if meta is not None and not isinstance(meta, dict):
            report("meta must be an object", record_id)
        elif isinstance(meta, dict) and "traps" in meta and not _is_str_list(meta["traps"]):
            report("meta.traps must be a list of strings", record_id)
    return problems


def trigrams(text: str) -> list[tuple[str, str, str]]:
    """Return the word 3-grams of a text (lower-cased word tokens)."""
    words = _WORD.findall(text.lower())
    return list(zip(words, words[1:], words[2:], strict=False))


def _quantiles(values: list[int]) -> dict[str, float | int]:
    if not values:
        return {}
    ordered = sorted(values)

    def at(fraction: float) -> int:
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]

    return {
        "min": ordered[0],
        "p10": at(0.10),
        "median": statistics.median(ordered),
        "p90": at(0.90),
        "max": ordered[-1],
        "mean": round(statistics.fmean(ordered), 1),
    }


def stats(paths: Sequence[str | Path]) -> dict[str, Any]:
    """Return the corpus diversity report for the given label files.

    Args:
        paths: JSON Lines label files (meta fields are used when present).

    Returns:
        Counts per split, site, style and note type; trap share; distinct 3-gram ratio; largest
        skeleton share; word-length distribution; and the label distribution.
    """
    records: list[tuple[str, dict[str, Any]]] = []
    for line in iter_lines(paths):
        if line.record is not None and isinstance(line.record.get("text"), str):
            stem = line.path.stem
            split = stem if stem in SPLITS else split_of(str(line.record.get("id", "")))
            records.append((split, line.record))
    total = len(records)
    metas: list[dict[str, Any]] = [r["meta"] if isinstance(r.get("meta"), dict) else {} for _, r in records]

    def count(key: str) -> dict[str, int]:
        return dict(sorted(Counter(str(m.get(key, "unknown")) for m in metas).items()))

    all_grams: Counter[tuple[str, str, str]] = Counter()
    words: list[int] = []
    for _, record in records:
        all_grams.update(trigrams(record["text"]))
        words.append(len(_WORD.findall(record["text"].lower())))
    skeletons = Counter(str(m.get("skeleton", "unknown")) for m in metas)
    families = Counter(f"{m.get('note_type', 'unknown')}|{m.get('style', 'unknown')}" for m in metas)
    trap_kinds: Counter[str] = Counter(t for m in metas for t in (m.get("traps") or []))
    with_traps = sum(1 for m in metas if m.get("traps"))
    labels = [r["labels"] for _, r in records if isinstance(r.get("labels"), dict)]
    top_skeleton = skeletons.most_common(1)[0] if skeletons else ("", 0)
    top_family = families.most_common(1)[0] if families else ("", 0)
    per_split: dict[str, dict[str, int]] = {}
    for split in SPLITS:
        chosen = [r["labels"] for s, r in records if s == split and isinstance(r.get("labels"), dict)]
        per_split[split] = {"notes": len(chosen), "supported": sum(1 for lab in chosen if lab.get("supported"))}
    return {
        "notes": total,
        "splits": per_split,
        "sites": count("site"),
        "styles": count("style"),
        "note_types": count("note_type"),
        "distinct_sites": len({m.get("site") for m in metas if m.get("site")}),
        "distinct_styles": len({m.get("style") for m in metas if m.get("style")}),
        "trap_share": round(with_traps / total, 4) if total else 0.0,
        "traps": dict(sorted(trap_kinds.items())),
        "distinct_3gram_ratio": round(len(all_grams) / sum(all_grams.values()), 4) if all_grams else 0.0,
        "distinct_3grams": len(all_grams),
        "skeletons": len(skeletons),
        "largest_skeleton_share": round(top_skeleton[1] / total, 4) if total else 0.0,
        "largest_skeleton": top_skeleton[0],
        "largest_note_type_style_share": round(top_family[1] / total, 4) if total else 0.0,
        "words": _quantiles(words),
        "long_notes_600_1500": sum(1 for w in words if 600 <= w <= 1500),
        "labels": {
            "supported": sum(1 for lab in labels if lab.get("supported") is True),
            "not_supported": sum(1 for lab in labels if lab.get("supported") is False),
            "rationale": sum(1 for lab in labels if lab.get("rationale") is True),
            "level": dict(sorted(Counter(str(lab.get("level")) for lab in labels).items())),
            "treatment_areas": dict(
                sorted(Counter(str(lab.get("treatment_areas")) for lab in labels).items(), key=lambda kv: kv[0])
            ),
            "features": dict(sorted(Counter(f for lab in labels for f in lab.get("features") or []).items())),
            "modalities": dict(sorted(Counter(m for lab in labels for m in lab.get("modalities") or []).items())),
            "missing": dict(sorted(Counter(e for lab in labels for e in lab.get("missing") or []).items())),
        },
    }
