"""The JSON API: ``/v1/check``, ``/v1/check/batch``, ``/v1/version`` and ``/healthz``."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from simcheck.claims.check import notes_to_check, scrub
from simcheck.claims.model import Claim, ClaimResult
from simcheck.claims.packs import load_pack
from simcheck.errors import ClaimError, Errors
from simcheck.service.engine import Engine
from simcheck.service.errors import ServiceError, note_error
from simcheck.service.schemas import (
    EXAMPLE_CLAIM_RESULT,
    EXAMPLE_NOTE_ERROR,
    EXAMPLE_VERDICT,
    BatchRequest,
    BatchResponse,
    CheckRequest,
    Health,
    VersionInfo,
    error_responses,
)
from simcheck.service.settings import Settings
from simcheck.verdict import NoteError, Verdict


class JSON(JSONResponse):
    """JSON with non-ASCII characters escaped, so a lone surrogate echoed from the input stays encodable."""

    def render(self, content: Any) -> bytes:
        """Serialise ``content`` as compact ASCII JSON."""
        return json.dumps(content, ensure_ascii=True, allow_nan=False, separators=(",", ":")).encode("ascii")


def get_engine(request: Request) -> Engine:
    """The engine started by the lifespan."""
    engine: Engine = request.app.state.engine
    return engine


def get_settings(request: Request) -> Settings:
    """The app's settings."""
    settings: Settings = request.app.state.settings
    return settings


EngineDep = Annotated[Engine, Depends(get_engine)]
SettingsDep = Annotated[Settings, Depends(get_settings)]

router = APIRouter()


def _example(value: Any) -> dict[int | str, dict[str, Any]]:
    return {200: {"content": {"application/json": {"example": value}}}}


@router.post(
    "/v1/check",
    tags=["check"],
    summary="Check one note",
    response_model=Verdict,
    response_description="The verdict (the same JSON as the library, the CLI and batch).",
    responses=_example(EXAMPLE_VERDICT) | error_responses(400, 401, 413, 415, 422, 503),
)
async def check_note(body: CheckRequest, engine: EngineDep) -> JSON:
    """Does the note's documentation support CPT 77290? Returns the verdict: decision, level, evidence, queries."""
    [result] = await engine.check_many([{"note_id": body.note_id, "text": body.text}])
    if "error" in result:
        raise note_error(result["error"], field="text")
    return JSON(result)


@router.post(
    "/v1/check/batch",
    tags=["check"],
    summary="Check many notes",
    response_model=BatchResponse,
    response_description="One result per note, in input order.",
    responses=_example({"results": [EXAMPLE_VERDICT, EXAMPLE_NOTE_ERROR]})
    | error_responses(400, 401, 413, 415, 422, 503),
)
async def check_batch(body: BatchRequest, engine: EngineDep, settings: SettingsDep) -> JSON:
    """One result per note, in input order: a verdict, or an error record for a note that cannot be checked."""
    if len(body.notes) > settings.batch_max_notes:
        raise ServiceError(413, "E066", Errors.E066.format(count=len(body.notes), limit=settings.batch_max_notes))
    results = await engine.check_many([note.model_dump() for note in body.notes])
    return JSON({"results": results})


@router.post(
    "/v1/claims/check",
    tags=["claims"],
    summary="Scrub a claim",
    response_model=ClaimResult,
    response_description="Findings (NCCI-style edits of the payer pack) and each line with its note's verdict.",
    responses=_example(EXAMPLE_CLAIM_RESULT) | error_responses(400, 401, 413, 415, 422, 503),
)
async def check_claim(body: Claim, request: Request, engine: EngineDep) -> JSON:
    """Should these claim lines go out as billed?

    Runs the payer pack's edits over the lines and the patient's history, and checks each simulation line's
    linked note against the CPT 77290 documentation elements.
    """
    try:
        pack = load_pack(body.payer)
    except ClaimError as exc:
        raise ServiceError(422, exc.code, f"payer: {exc.message}") from None
    wanted = notes_to_check(body, pack)
    results = await engine.check_many(list(wanted.values()))
    verdicts = {
        index: NoteError.model_validate(result) if "error" in result else Verdict.model_validate(result)
        for index, result in zip(wanted, results, strict=True)
    }
    result = await run_in_threadpool(scrub, body, verdicts, reference=request.app.state.rule_store, pack=pack)
    return JSON(result.to_dict())


@router.get(
    "/v1/version", tags=["service"], summary="Versions", response_model=VersionInfo, responses=error_responses(401)
)
async def version(engine: EngineDep) -> JSON:
    """The package, rule-pack and model versions stamped into every verdict."""
    return JSON(engine.versions)


@router.get("/healthz", tags=["service"], summary="Health", response_model=Health, response_description="Up.")
async def healthz(engine: EngineDep) -> Health:
    """The service is up and its analysis workers have loaded."""
    return Health(status="ok", workers=engine.workers)
