"""The coders' web form (``GET /``, ``POST /``) and the API reference page (``GET /docs``)."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Annotated, Any

import anyio.to_thread
from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from simcheck.service.api import EngineDep, SettingsDep
from simcheck.service.errors import note_error
from simcheck.service.view import ELEMENT_HELP, ELEMENT_TITLES, result_view

router = APIRouter(include_in_schema=False)


def _render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    context = {"versions": request.app.state.engine.versions, **context}
    return templates.TemplateResponse(request=request, name=name, context=context, status_code=status_code)


def _form(
    request: Request, settings: SettingsDep, text: str = "", note_id: str = "", error: str = "", status: int = 200
) -> HTMLResponse:
    context = {
        "text": text,
        "note_id": note_id,
        "error": error,
        "max_chars": settings.max_chars,
        "elements": [(name, title, ELEMENT_HELP[name]) for name, title in ELEMENT_TITLES.items()],
    }
    return _render(request, "form.html", context, status)


@router.get("/", response_class=HTMLResponse)
async def form_page(request: Request, settings: SettingsDep, example: bool = False) -> HTMLResponse:
    """The form: paste a note, optionally give its id, check it."""
    text = files("simcheck").joinpath("examples/complex_simulation.txt").read_text("utf-8") if example else ""
    return _form(request, settings, text=text, note_id="example-1" if example else "")


@router.post("/", response_class=HTMLResponse)
async def result_page(
    request: Request,
    engine: EngineDep,
    settings: SettingsDep,
    text: Annotated[str, Form()] = "",
    note_id: Annotated[str, Form()] = "",
) -> HTMLResponse:
    """Check the submitted note and show the verdict (works without JavaScript)."""
    text = text.replace("\r\n", "\n")  # browsers submit textarea lines with CRLF; offsets follow the pasted note
    note_id = note_id.strip()
    [result] = await engine.check_many([{"note_id": note_id or None, "text": text}])
    if "error" in result:
        error = note_error(result["error"])
        return _form(request, settings, text=text, note_id=note_id, error=error.message, status=error.status)
    view = await anyio.to_thread.run_sync(result_view, result, text)
    context = {"view": view, "text": text, "note_id": note_id, "max_chars": settings.max_chars}
    return _render(request, "result.html", context)


def api_reference(openapi: dict[str, Any]) -> list[dict[str, Any]]:
    """Flatten the OpenAPI document into what the reference page lists: operations, fields, examples."""
    schemas = openapi.get("components", {}).get("schemas", {})

    def resolve(schema: dict[str, Any]) -> dict[str, Any]:
        ref = schema.get("$ref", "")
        resolved: dict[str, Any] = schemas.get(ref.rsplit("/", 1)[-1], schema) if ref else schema
        return resolved

    def example_of(content: dict[str, Any]) -> str | None:
        media = content.get("application/json", {})
        schema = resolve(media.get("schema", {}))
        example = media.get("example", (schema.get("examples") or [None])[0])
        return None if example is None else json.dumps(example, indent=2, ensure_ascii=False)

    operations = []
    for path, methods in openapi.get("paths", {}).items():
        for method, operation in methods.items():
            body = operation.get("requestBody", {}).get("content", {})
            schema = resolve(body.get("application/json", {}).get("schema", {}))
            required = set(schema.get("required", []))
            fields = [
                {"name": name, "required": name in required, "description": prop.get("description", "")}
                for name, prop in schema.get("properties", {}).items()
            ]
            responses = [
                {
                    "status": status,
                    "description": response.get("description", ""),
                    "example": example_of(response.get("content", {})),
                }
                for status, response in operation.get("responses", {}).items()
            ]
            operations.append(
                {
                    "id": operation.get("operationId", f"{method}-{path}"),
                    "method": method.upper(),
                    "path": path,
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "fields": fields,
                    "request_example": example_of(body),
                    "responses": responses,
                }
            )
    return operations


@router.get("/docs", response_class=HTMLResponse)
async def docs_page(request: Request, settings: SettingsDep) -> HTMLResponse:
    """The API reference, rendered from ``/openapi.json`` on the server (no CDN, no script)."""
    context = {
        "operations": api_reference(request.app.openapi()),
        "keys_required": bool(settings.api_keys),
        "base_url": str(request.base_url).rstrip("/"),
        "settings": settings,
    }
    return _render(request, "docs.html", context)
