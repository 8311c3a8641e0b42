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


class RationaleElement(_Frozen):
    status: ElementStatus
    evidence: list[Evidence]


class TreatmentAreasElement(_Frozen):
    status: ElementStatus
    count: int | None
    basis: Literal["stated", "enumerated"] | None = None
    evidence: list[Evidence]


class ComplexityElement(_Frozen):
    status: ElementStatus
    features: list[str]
    other_features: list[str] = Field(
        default_factory=list, description="Documented but not qualifying under the rule pack (e.g. custom immobilization)"
    )
    evidence: list[Evidence]


class ImagingElement(_Frozen):
    status: ElementStatus
    modalities: list[str]
    evidence: list[Evidence]


class Elements(_Frozen):
    rationale: RationaleElement
    treatment_areas: TreatmentAreasElement
    complexity: ComplexityElement
    imaging: ImagingElement


class MissingElement(_Frozen):
    element: ElementName
    query: str


class Versions(_Frozen):
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
    code: str
    message: str


class NoteError(_Frozen):
    """The record for a note that could not be analysed; it never contains note text."""

    note_id: str | None
    error: ErrorDetail

    def to_dict(self) -> dict[str, object]:
        """Return the error record as JSON-ready data."""
        return self.model_dump(mode="json")
