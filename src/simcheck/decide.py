"""The pure decision layer: the labeling guide's decision over plain evidence.

Imports nothing from spaCy or scikit-learn (a test enforces it), so it can be tested and replayed
with hand-built :class:`~simcheck.evidence.NoteEvidence`.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from simcheck.evidence import MODALITIES, Mention, NoteEvidence
from simcheck.rules.schema import DecisionPack
from simcheck.verdict import (
    ComplexityElement,
    Elements,
    Evidence,
    ImagingElement,
    Level,
    MissingElement,
    RationaleElement,
    TreatmentAreasElement,
    Verdict,
    Versions,
)


def _evidence(mention: Mention) -> Evidence:
    return Evidence(
        start=mention.start,
        end=mention.end,
        text=mention.text,
        label=mention.label,
        value=mention.value,
        section=mention.section,
        assertion=mention.assertion,
        rule_id=mention.rule_id,
        cue=mention.cue,
        score=None if mention.score is None else round(mention.score, 4),
    )


def apply_corrections(mentions: tuple[Mention, ...], sections: Collection[str]) -> tuple[Mention, ...]:
    """Let a later correction win: a feature or modality negated in one of ``sections`` supersedes it."""
    corrections = [
        m for m in mentions if m.section in sections and m.assertion == "negated" and m.label in ("FEATURE", "MODALITY")
    ]
    if not corrections:
        return mentions

    def correction_of(mention: Mention) -> Mention | None:
        if mention.assertion != "affirmed":
            return None
        later = (
            c for c in corrections if c.label == mention.label and c.value == mention.value and c.start > mention.start
        )
        return next(later, None)

    return tuple(
        replace(m, assertion="negated", cue=f"corrected later in the note ({c.section})")
        if (c := correction_of(m)) is not None
        else m
        for m in mentions
    )


def count_areas(affirmed: list[Mention]) -> tuple[int | None, str | None, list[Mention]]:
    """Return the number of treatment areas, how it was found, and its evidence.

    A stated number wins (the latest statement when several differ); otherwise separately named
    sites or isocenters in treatment sentences are counted (only those where the note states its
    targets, when it does); otherwise the count is unknown.
    """
    stated = [m for m in affirmed if m.label == "AREA_COUNT" and m.count is not None]
    if stated:
        return stated[-1].count, "stated", stated
    sites = [m for m in affirmed if m.label == "TREATMENT_SITE" and m.counts_as_area]
    if not sites:
        return None, None, []
    sites = [m for m in sites if m.stated_target] or sites
    isocenters = {m.value for m in sites if m.numbered_target}
    named = {key for m in sites if not m.numbered_target for key in m.areas or (m.value,)}
    named = {key for key in named if not any(other.endswith(" " + key) for other in named if other != key)}
    return max(len(isocenters), len(named)), "enumerated", sites


def suggest_level(areas: int | None, complexity_met: bool) -> Level:
    """Return the simulation level the documentation supports (labeling guide, the decision)."""
    if complexity_met:
        return "77290"
    if areas == 2:
        return "77285"
    if areas == 1:
        return "77280"
    return "undetermined"


def _complexity_query(policy: DecisionPack, areas: int | None, level: Level) -> str:
    if areas is None:
        areas_phrase = "no countable treatment areas"
    else:
        areas_phrase = f"{areas} treatment area{'s' if areas != 1 else ''}"
    supported_code = (
        f"CPT {level}" if level != "undetermined" else "no simulation level until the treatment areas are documented"
    )
    return policy.queries["complexity"].format(areas_phrase=areas_phrase, supported_code=supported_code)


def decide(
    evidence: NoteEvidence,
    policy: DecisionPack,
    versions: Versions,
    note_id: str | None = None,
    confidence: float | None = None,
) -> Verdict:
    """Apply the labeling guide's decision to a note's evidence.

    Args:
        evidence: Mentions with resolved assertions.
        policy: The decision pack (qualifying features, area threshold, query wording).
        versions: Package, rule-pack and model versions to record.
        note_id: Echoed into the verdict.
        confidence: Calibrated probability from a model, when one is loaded.

    Returns:
        The verdict.
    """
    mentions = apply_corrections(evidence.mentions, policy.correcting_sections)
    affirmed = [m for m in mentions if m.assertion == "affirmed"]
    excluded = [m for m in mentions if m.assertion != "affirmed" and m.label != "TREATMENT_SITE"]

    rationale = [m for m in affirmed if m.label == "RATIONALE"]
    areas, basis, area_evidence = count_areas(affirmed)
    feature_mentions = [m for m in affirmed if m.label == "FEATURE"]
    qualifying = set(policy.qualifying_features)
    features = sorted({m.value for m in feature_mentions if m.value in qualifying})
    other_features = sorted({m.value for m in feature_mentions if m.value not in qualifying})
    modality_mentions = [m for m in affirmed if m.label == "MODALITY"]
    found_modalities = {m.value for m in modality_mentions}
    modalities = [name for name in MODALITIES if name in found_modalities]

    complexity_met = bool(features) or (areas is not None and areas >= policy.complex_area_count)
    supported = bool(rationale) and bool(modalities) and areas is not None and complexity_met
    level = suggest_level(areas, complexity_met)

    missing: list[MissingElement] = []
    if not rationale:
        missing.append(MissingElement(element="rationale", query=policy.queries["rationale"]))
    if areas is None:
        missing.append(MissingElement(element="treatment_areas", query=policy.queries["treatment_areas"]))
    if not complexity_met:
        missing.append(MissingElement(element="complexity", query=_complexity_query(policy, areas, level)))
    if not modalities:
        missing.append(MissingElement(element="imaging", query=policy.queries["imaging"]))

    return Verdict(
        note_id=note_id,
        supported=supported,
        status="supported" if supported else "not_supported",
        level=level,
        confidence=confidence,
        elements=Elements(
            rationale=RationaleElement(
                status="present" if rationale else "absent", evidence=[_evidence(m) for m in rationale]
            ),
            treatment_areas=TreatmentAreasElement(
                status="present" if areas is not None else "absent",
                count=areas,
                basis=basis,
                evidence=[_evidence(m) for m in area_evidence],
            ),
            complexity=ComplexityElement(
                status="present" if complexity_met else "absent",
                features=features,
                other_features=other_features,
                evidence=[_evidence(m) for m in feature_mentions],
            ),
            imaging=ImagingElement(
                status="present" if modalities else "absent",
                modalities=modalities,
                evidence=[_evidence(m) for m in modality_mentions],
            ),
        ),
        excluded=[_evidence(m) for m in excluded],
        missing=missing,
        versions=versions,
    )


def review(verdict: Verdict, probability: float, band: tuple[float, float]) -> Verdict:
    """Attach the calibrated probability and send doubtful verdicts to review.

    ``supported`` keeps the guide's decision. ``status`` becomes ``needs_review`` when the probability
    falls inside the uncertainty band ``[low, high]`` or lands on the other side of 0.5 from the decision.

    Args:
        verdict: The rule decision.
        probability: Calibrated P(documentation supports 77290).
        band: The uncertainty band chosen on the dev split.

    Returns:
        The verdict with ``confidence`` and, where due, ``status`` updated.
    """
    low, high = band
    disagrees = (probability >= 0.5) != verdict.supported
    doubtful = disagrees or low <= probability <= high
    status = "needs_review" if doubtful else "supported" if verdict.supported else "not_supported"
    return verdict.model_copy(update={"confidence": round(probability, 4), "status": status})
