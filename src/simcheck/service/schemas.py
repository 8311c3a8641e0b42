"""Request and response models of the JSON API, with the examples shown in the OpenAPI document."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from simcheck.claims.check import parse_claim, scrub
from simcheck.claims.model import EXAMPLE_CLAIM
from simcheck.verdict import ErrorDetail, NoteError, Verdict

EXAMPLE_NOTE = (
    "CT SIMULATION NOTE\n"
    "INDICATION: Left breast cancer. The nodal targets abut the lung, so IV contrast is needed to delineate "
    "the vessels.\n"
    "PROCEDURE: CT simulation performed with IV contrast. No prior RT.\n"
    "TREATMENT AREAS: Three treatment areas: left breast, supraclavicular fossa and axilla.\n"
)


def _evidence(
    start: int,
    text: str,
    label: str,
    value: str,
    section: str,
    rule_id: str,
    assertion: str = "affirmed",
    cue: str | None = None,
) -> dict[str, Any]:
    return {
        "start": start,
        "end": start + len(text),
        "text": text,
        "label": label,
        "value": value,
        "section": section,
        "assertion": assertion,
        "rule_id": rule_id,
        "cue": cue,
    }


EXAMPLE_VERDICT: dict[str, Any] = {
    "note_id": "n-001",
    "supported": True,
    "status": "supported",
    "level": "77290",
    "confidence": 0.97,
    "elements": {
        "rationale": {
            "status": "present",
            "evidence": [
                _evidence(69, "abut the lung", "RATIONALE", "organ_at_risk", "indication", "rationale.oar.proximity")
            ],
        },
        "treatment_areas": {
            "status": "present",
            "count": 3,
            "basis": "stated",
            "evidence": [
                _evidence(218, "Three treatment areas", "AREA_COUNT", "count", "technique", "areas.count.stated")
            ],
        },
        "complexity": {
            "status": "present",
            "features": ["contrast"],
            "other_features": [],
            "evidence": [
                _evidence(170, "with IV contrast", "FEATURE", "contrast", "simulation", "feature.contrast.given")
            ],
        },
        "imaging": {
            "status": "present",
            "modalities": ["CT"],
            "evidence": [_evidence(146, "CT", "MODALITY", "CT", "simulation", "modality.ct")],
        },
    },
    "excluded": [
        _evidence(
            191,
            "prior RT",
            "RATIONALE",
            "prior_radiation",
            "simulation",
            "rationale.prior_radiation",
            assertion="negated",
            cue="No",
        )
    ],
    "missing": [],
    "versions": {"simcheck": "0.1.0", "rulepack": "2026.12.12", "model": "simcheck-77290@2026.12.12"},
}
EXAMPLE_NOTE_ERROR: dict[str, Any] = {
    "note_id": "n-002",
    "error": {"code": "E010", "message": "The note text is empty"},
}


EXAMPLE_CLAIM_RESULT: dict[str, Any] = scrub(parse_claim(EXAMPLE_CLAIM), {}).to_dict()
"""The OIG pattern: a complex simulation paid 10 days before its IMRT plan (computed, so it never goes stale)."""


class CheckRequest(BaseModel):
    """One note to check."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"note_id": "n-001", "text": EXAMPLE_NOTE}]})

    # minLength/pattern document what the library accepts; the library checks it and names the error.
    text: str = Field(
        description="The note text: plain text with at least one non-blank character, up to the character limit.",
        json_schema_extra={"minLength": 1, "pattern": r"\S"},
    )
    note_id: str | None = Field(default=None, description="Echoed into the verdict.")


class BatchNote(BaseModel):
    """One note of a batch; a bad ``text`` gives that note an error record instead of failing the batch."""

    note_id: str | None = Field(default=None, description="Echoed into the verdict or error record.")
    text: Any = Field(default=None, description="The note text.", json_schema_extra={"type": "string"})


class BatchRequest(BaseModel):
    """Notes to check in one request (up to the service's note and byte limits)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"notes": [{"note_id": "n-001", "text": EXAMPLE_NOTE}, {"note_id": "n-002", "text": ""}]}]
        }
    )

    notes: list[BatchNote]


class BatchResponse(BaseModel):
    """One result per input note, in input order."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"results": [EXAMPLE_VERDICT, EXAMPLE_NOTE_ERROR]}]})

    results: list[Verdict | NoteError]


class ErrorBody(BaseModel):
    """The shape of every error."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"error": {"code": "E060", "message": "A valid API key is required"}}]}
    )

    error: ErrorDetail


class Health(BaseModel):
    """Liveness and capacity."""

    status: str = Field(examples=["ok"])
    workers: int = Field(description="Analysis worker processes (0: in the server process).", examples=[2])


class VersionInfo(BaseModel):
    """Versions that produce this service's verdicts (the same as ``versions`` in every verdict)."""

    model_config = ConfigDict(extra="allow")

    simcheck: str = Field(examples=["0.1.0"])
    rulepack: str = Field(examples=["2026.12.12"])
    model: str = Field(examples=["simcheck-77290@2026.12.12"])


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries in the error shape for the given statuses."""
    descriptions = {
        400: "The body is not valid UTF-8 (E063).",
        401: "Missing or wrong API key (E060), when keys are configured.",
        413: "Note over the character limit (E011), body over the byte limit (E065) or too many notes (E066).",
        415: "The body is not application/json (E064).",
        422: "Malformed JSON (E062), a missing or wrong field (E061, E012) or an empty note (E010).",
        503: "A worker died and the pool is restarting (E068); retry.",
    }
    return {status: {"model": ErrorBody, "description": descriptions[status]} for status in statuses}
