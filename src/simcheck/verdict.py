"""The verdict schema shared by the library, CLI, batch and API (see spec/contract.md)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from simcheck.evidence import Assertion

Status = Literal["supported", "not_supported", "needs_review"]
Level = Literal["77290", "77285", "77280", "undetermined"]
ElementName = Literal["rationale", "treatment_areas", "complexity", "imaging"]
ElementStatus = Literal["present", "absent"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class Evidence(_Frozen):
    """A span of the note; ``text[start:end] == text`` always."""

    start: int
    end: int
    text: str
    label: str
    value: str
    section: str
    assertion: Assertion
    rule_id: str
    cue: str | None = Field(default=None, description="What excluded the mention (modifier, blank field, section)")
    score: float | None = Field(default=None, description="The classifier's probability, for model-found evidence")


class RationaleElement(_Frozen):
    """Element 1: a patient-specific reason for complex simulation."""

    status: ElementStatus
    evidence: list[Evidence]


class TreatmentAreasElement(_Frozen):
    """Element 2: the number of separate treatment areas and how it was found."""

    status: ElementStatus
    count: int | None
    basis: Literal["stated", "enumerated"] | None = None
    evidence: list[Evidence]


class ComplexityElement(_Frozen):
    """Element 3: qualifying complexity features (or three or more areas)."""

    status: ElementStatus
    features: list[str]
    other_features: list[str] = Field(
        default_factory=list,
        description="Documented but not qualifying under the rule pack (e.g. custom immobilization)",
    )
    evidence: list[Evidence]


class ImagingElement(_Frozen):
    """Element 4: imaging modalities used for this simulation."""

    status: ElementStatus
    modalities: list[str]
    evidence: list[Evidence]


class Elements(_Frozen):
    """The four documentation elements."""

    rationale: RationaleElement
    treatment_areas: TreatmentAreasElement
    complexity: ComplexityElement
    imaging: ImagingElement


class MissingElement(_Frozen):
    """A missing element with a non-leading physician query."""

    element: ElementName
    query: str


class Versions(_Frozen):
    """Versions that produced a verdict, for audit replay."""

    simcheck: str
    rulepack: str
    model: str


class Verdict(_Frozen):
    """Whether one note's documentation supports CPT 77290, with evidence and physician queries."""

    note_id: str | None
    supported: bool
    status: Status
    level: Level
    confidence: float | None
    elements: Elements
    excluded: list[Evidence]
    missing: list[MissingElement]
    versions: Versions

    def to_dict(self) -> dict[str, object]:
        """Return the verdict as JSON-ready data."""
        return self.model_dump(mode="json")


class ErrorDetail(_Frozen):
    """A stable error code and a plain message."""

    code: str
    message: str


class NoteError(_Frozen):
    """The record for a note that could not be analysed; it never contains note text."""

    note_id: str | None
    error: ErrorDetail

    def to_dict(self) -> dict[str, object]:
        """Return the error record as JSON-ready data."""
        return self.model_dump(mode="json")
