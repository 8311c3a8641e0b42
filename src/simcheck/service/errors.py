"""Every error is ``{"error": {"code", "message"}}`` with a fitting status; never a trace or note text."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from simcheck.errors import Errors, SimcheckError
from simcheck.service.engine import EngineUnavailable, WorkerError

log = logging.getLogger("simcheck.service")

NOTE_ERROR_STATUS = {"E010": 422, "E011": 413, "E012": 422, "E059": 500}
"""HTTP status for the library's note errors: empty, too long, not a string, and the pipeline failing."""


class ServiceError(SimcheckError):
    """A request the service refuses, with its HTTP status.

    Args:
        status: HTTP status code.
        code: Error code (``E06x`` or a note error code).
        message: Plain message (never note text).
        headers: Extra response headers.
    """

    def __init__(self, status: int, code: str, message: str, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(code, message)
        self.status = status
        self.headers = dict(headers or {})


def note_error(error: Mapping[str, str], field: str | None = None) -> ServiceError:
    """Turn a note's error record (``NoteError.error``) into a ServiceError, naming the field if given."""
    unnamed = error["code"] in ("E010", "E011", "E012")  # the library's messages do not name the field
    message = f"{field}: {error['message']}" if field and unnamed else error["message"]
    return ServiceError(NOTE_ERROR_STATUS.get(error["code"], 422), error["code"], message)


def error_body(code: str, message: str) -> dict[str, dict[str, str]]:
    """Return the error shape."""
    return {"error": {"code": code, "message": message}}


def error_response(error: ServiceError) -> JSONResponse:
    """Return the JSON response for a ServiceError."""
    return JSONResponse(error_body(error.code, error.message), status_code=error.status, headers=error.headers)


def _field(loc: tuple[int | str, ...]) -> str:
    parts = loc[1:] if loc and loc[0] in ("body", "query", "path", "header") and len(loc) > 1 else loc
    return ".".join(str(part) for part in parts)


def validation_error(errors: list[Any]) -> ServiceError:
    """Describe the first request validation error: which field and what is wrong, never its value."""
    first: Mapping[str, Any] = errors[0] if errors else {"loc": ("body",), "msg": "invalid", "type": ""}
    loc = tuple(first.get("loc", ()))
    if first.get("type") == "json_invalid":
        reason = str(first.get("ctx", {}).get("error", "invalid JSON"))
        position = loc[1] if len(loc) > 1 else 0
        return ServiceError(422, "E062", Errors.E062.format(reason=reason, position=position))
    field = _field(loc)
    if field == "text" and first.get("type") == "string_type":
        type_name = type(first.get("input")).__name__
        return ServiceError(422, "E012", f"text: {Errors.E012.format(type_name=type_name)}")
    return ServiceError(422, "E061", Errors.E061.format(field=field or "body", reason=first.get("msg", "invalid")))


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers that give every error the contract's shape."""

    async def on_service_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ServiceError)
        return error_response(exc)

    async def on_validation_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        return error_response(validation_error(list(exc.errors())))

    async def on_http_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, HTTPException)
        try:
            reason = HTTPStatus(exc.status_code).phrase
        except ValueError:
            reason = "error"
        message = Errors.E067.format(status=exc.status_code, reason=reason)
        return error_response(ServiceError(exc.status_code, "E067", message, exc.headers))

    async def on_engine_unavailable(request: Request, exc: Exception) -> JSONResponse:
        return error_response(ServiceError(503, "E068", Errors.E068, {"Retry-After": "5"}))

    async def on_worker_error(request: Request, exc: Exception) -> JSONResponse:
        request_id = request.scope.get("simcheck.request_id", "-")
        log.error("request %s: analysis failed in a worker with %s", request_id, exc)
        return error_response(ServiceError(500, "E069", Errors.E069.format(request_id=request_id)))

    app.add_exception_handler(ServiceError, on_service_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(HTTPException, on_http_error)
    app.add_exception_handler(EngineUnavailable, on_engine_unavailable)
    app.add_exception_handler(WorkerError, on_worker_error)
