"""The claim and findings schema shared by the library, ``simcheck claims check`` and ``POST /v1/claims/check``."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, JsonValue, StringConstraints, model_validator

from simcheck.claims.packs import Severity, available_packs
from simcheck.verdict import NoteError, Verdict

_PAYERS: list[JsonValue] = [*available_packs()]
ClaimType = Literal["professional", "institutional"]


def _code(value: str) -> str:
    return value.lstrip("+")


Code = Annotated[
    str,
    StringConstraints(strip_whitespace=True, to_upper=True, pattern=r"^\+?(\d{5}|\d{4}[FTU]|[A-V]\d{4})$"),
    AfterValidator(_code),
    Field(
        description="A CPT (5 digits, or 4 digits + F/T/U) or HCPCS Level II code; a leading '+' (add-on) is dropped.",
        examples=["77290"],
    ),
]
Modifier = Annotated[
    str,
    StringConstraints(strip_whitespace=True, to_upper=True, pattern=r"^[0-9A-Z]{2}$"),
    Field(examples=["26"]),
]


class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ClaimLine(_Input):
    """One service line (on the claim, or an earlier line in the patient's history)."""

    line_id: str | None = Field(default=None, max_length=64, description="Unique per request; assigned if absent.")
    cpt: Code
    modifiers: list[Modifier] = Field(default_factory=list, max_length=4)
    units: int = Field(default=1, ge=1, le=9999)
    date_of_service: dt.date
    place_of_service: str | None = Field(default=None, pattern=r"^\d{2}$", examples=["22"])
    rendering_provider: str | None = Field(default=None, max_length=64)

    @property
    def id(self) -> str:
        """The line id (the claim assigns one when the input has none)."""
        return self.line_id or ""

    def has(self, *modifiers: str) -> bool:
        """Whether the line carries any of ``modifiers``."""
        return any(modifier in self.modifiers for modifier in modifiers)


class ClaimNote(_Input):
    """A note documenting lines: linked by ``line_ids``, else by its ``date`` to the simulation lines of that date."""

    note_id: str | None = Field(default=None, max_length=128)
    date: dt.date | None = None
    text: str = Field(description="The note text (never echoed into findings or errors).")
    line_ids: list[str] = Field(default_factory=list)


EXAMPLE_CLAIM: dict[str, Any] = {
    "payer": "medicare",
    "patient_id": "p1",
    "claim_type": "institutional",
    "lines": [{"line_id": "1", "cpt": "77301", "units": 1, "date_of_service": "2026-03-12", "place_of_service": "22"}],
    "history": [
        {"line_id": "h1", "cpt": "77290", "units": 1, "date_of_service": "2026-03-02", "place_of_service": "22"}
    ],
    "notes": [],
}
"""The OIG pattern: a complex simulation billed 10 days before its IMRT plan, on an earlier claim."""


class Claim(_Input):
    """A claim to scrub: its lines, the patient's earlier lines, the payer and the notes."""

    model_config = ConfigDict(extra="forbid", frozen=True, json_schema_extra={"examples": [EXAMPLE_CLAIM]})

    payer: str = Field(
        default="medicare",
        description="The payer rule pack's id (see `simcheck claims packs`); another id is a 422 (E071).",
        json_schema_extra={"enum": _PAYERS},
    )
    patient_id: str | None = Field(default=None, max_length=128)
    claim_type: ClaimType = Field(
        default="professional",
        description="professional (CMS-1500/837P: practitioner NCCI files) or institutional (UB-04/837I: hospital).",
    )
    lines: list[ClaimLine] = Field(min_length=1, max_length=1000)
    history: list[ClaimLine] = Field(default_factory=list, max_length=10000)
    notes: list[ClaimNote] = Field(default_factory=list, max_length=100)

    @model_validator(mode="before")
    @classmethod
    def _assign_line_ids(cls, data: Any) -> Any:
        """Give lines without an id one by position: ``L1``… on the claim, ``H1``… in history."""
        if not isinstance(data, dict):
            return data
        data = dict(data)
        for key, prefix in (("lines", "L"), ("history", "H")):
            if isinstance(data.get(key), list):
                data[key] = [
                    {**line, "line_id": f"{prefix}{index}"}
                    if isinstance(line, dict) and line.get("line_id") is None
                    else line
                    for index, line in enumerate(data[key], 1)
                ]
        return data

    @model_validator(mode="after")
    def _check_line_ids(self) -> Claim:
        seen: set[str] = set()
        for line in (*self.lines, *self.history):
            if line.id in seen:
                raise ValueError(f"line_id {line.id!r} is used more than once")
            seen.add(line.id)
        for note in self.notes:
            unknown = [line_id for line_id in note.line_ids if line_id not in seen]
            if unknown:
                raise ValueError(f"note {note.note_id!r} links to unknown line ids {unknown}")
        return self


class Finding(BaseModel):
    """One edit that fired: what, how serious, which lines, why, and on whose authority."""

    model_config = ConfigDict(frozen=True)

    rule_id: str = Field(examples=["medicare.imrt_bundle.window"])
    severity: Severity
    line_ids: list[str]
    message: str
    source: str = Field(description="The citation the rule rests on (and its confidence).")
    rulepack: str = Field(description="The payer pack and version applied, e.g. medicare@2026.1.0.")


class LineResult(BaseModel):
    """A claim line with the verdict of the note linked to it (simulation lines only)."""

    model_config = ConfigDict(frozen=True)

    line_id: str
    cpt: str
    note_id: str | None = None
    verdict: Verdict | NoteError | None = None


class ClaimResult(BaseModel):
    """Everything ``claims check`` returns."""

    model_config = ConfigDict(frozen=True)

    payer: str
    patient_id: str | None
    rulepack: str
    findings: list[Finding]
    lines: list[LineResult]
    rule_store: list[str] = Field(
        default_factory=list, description="The CMS NCCI/MUE quarter files consulted (empty: pack defaults only)."
    )

    def to_dict(self) -> dict[str, object]:
        """Return the result as JSON-ready data."""
        return self.model_dump(mode="json")
