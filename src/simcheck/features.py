"""Note-level features for the confidence model: plain evidence and verdict in, numbers out (pure Python)."""

from __future__ import annotations

import math

from simcheck.evidence import ASSERTIONS, MODEL_RULE_ID, NoteEvidence
from simcheck.mention_check import MODEL_CUE
from simcheck.verdict import Verdict


def note_features(evidence: NoteEvidence, verdict: Verdict) -> dict[str, float]:
    """Describe how the rule decision was reached, for the note-level model.

    Args:
        evidence: The note's mentions, with the classifier's sentence scores.
        verdict: The rule decision for the same note.

    Returns:
        Named numeric features (a stable vocabulary: absent names mean 0).
    """
    elements = verdict.elements
    features: dict[str, float] = {
        "rule.supported": float(verdict.supported),
        "areas.count": float(min(elements.treatment_areas.count or 0, 6)),
        "areas.unknown": float(elements.treatment_areas.count is None),
        "areas.stated": float(elements.treatment_areas.basis == "stated"),
        "features.n": float(len(elements.complexity.features)),
        "modalities.n": float(len(elements.imaging.modalities)),
        "mentions.log": math.log1p(len(evidence.mentions)),
    }
    for name in ("rationale", "treatment_areas", "complexity", "imaging"):
        features[f"element.{name}"] = float(getattr(elements, name).status == "present")
    for value in elements.complexity.features:
        features[f"feature.{value}"] = 1.0
    for assertion in ASSERTIONS[1:]:
        count = sum(m.assertion == assertion for m in evidence.mentions)
        features[f"excluded.{assertion}"] = math.log1p(count)
    rationale = elements.rationale.evidence
    features["rationale.rules"] = math.log1p(sum(e.rule_id != MODEL_RULE_ID for e in rationale))
    features["rationale.model"] = math.log1p(sum(e.rule_id == MODEL_RULE_ID for e in rationale))
    features["mentions.withdrawn"] = math.log1p(sum(m.cue == MODEL_CUE for m in evidence.mentions))
    for name, label, values in (
        ("complexity", "FEATURE", elements.complexity.features),
        ("imaging", "MODALITY", elements.imaging.modalities),
    ):
        counted = [
            m.score
            for m in evidence.mentions
            if m.label == label and m.assertion == "affirmed" and m.value in values and m.score is not None
        ]
        if counted:  # how sure the mention model is of the element's best evidence
            features[f"{name}.best_score"] = max(counted)
    scores = sorted(evidence.sentence_scores, reverse=True)
    features["rationale.max_score"] = scores[0] if scores else 0.0
    features["rationale.second_score"] = scores[1] if len(scores) > 1 else 0.0
    return features
