"""The app factory: ``create_app(settings)`` wires routes, middleware and the analysis engine."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.metadata import version
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader

from simcheck.claims.check import open_rule_store
from simcheck.service import api, web
from simcheck.service.engine import Engine, InProcessEngine, ProcessEngine
from simcheck.service.errors import install_error_handlers
from simcheck.service.middleware import BodyGuard, ServiceMiddleware
from simcheck.service.settings import Settings

if TYPE_CHECKING:
    from simcheck.analyzer import Analyzer

log = logging.getLogger("simcheck.service")

DESCRIPTION = """\
Does a radiation-oncology note support CPT 77290 (complex simulation)? Every verdict carries the
decision, the suggested level, the evidence for each of the four documentation elements, what was
found but not counted, and non-leading physician queries for what is missing.

* **Auth:** when the server has `SIMCHECK_API_KEYS`, every `/v1/*` call needs
  `Authorization: Bearer KEY` or `X-API-Key: KEY` (else 401).
* **Errors** are always `{"error": {"code": "...", "message": "..."}}`; they never quote the note.
* The coders' web form is at `/`.
"""


def make_engine(settings: Settings, analyzer: Analyzer | None = None) -> Engine:
    """Choose where analysis runs: the given analyzer in-process, the server process, or worker processes."""
    if analyzer is not None or settings.workers == 0:
        return InProcessEngine(analyzer, max_chars=settings.max_chars)
    return ProcessEngine(settings.workers, max_chars=settings.max_chars)


def _operation_id(route: APIRoute) -> str:
    return route.name


def create_app(settings: Settings | None = None, *, analyzer: Analyzer | None = None) -> FastAPI:
    """Build the service; the pipeline loads at start-up (lifespan), not here.

    Args:
        settings: Keys, limits and workers; read from ``SIMCHECK_*`` variables when omitted.
        analyzer: An already loaded analyzer to use in-process (tests, embedding); its own ``max_chars``
            applies. By default the lifespan starts ``settings.workers`` worker processes.

    Returns:
        The FastAPI app.
    """
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = make_engine(settings, analyzer)
        started = time.perf_counter()
        await engine.start()
        versions = engine.versions
        log.info(
            "analysis ready in %.1f s: %s; simcheck %s, rule pack %s, model %s",
            time.perf_counter() - started,
            f"{engine.workers} worker processes" if engine.workers else "in the server process",
            versions.get("simcheck"),
            versions.get("rulepack"),
            versions.get("model"),
        )
        app.state.engine = engine
        app.state.rule_store = open_rule_store(settings.rule_store)
        if app.state.rule_store is not None:
            log.info("claim edits consult the CMS rule store %s", app.state.rule_store.path)
        try:
            yield
        finally:
            await engine.close()
            if app.state.rule_store is not None:
                app.state.rule_store.close()

    app = FastAPI(
        title="simcheck",
        version=version("simcheck"),
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,  # /docs is our own page: Swagger UI would need a CDN, which the CSP and offline use forbid
        redoc_url=None,
        generate_unique_id_function=_operation_id,
        form_limits={"max_part_size": settings.max_body_bytes},
        telemetry={"logs": False},  # exception log records could carry third-party messages
        openapi_tags=[
            {"name": "check", "description": "Check notes against the CPT 77290 documentation elements."},
            {"name": "claims", "description": "Scrub claim lines: NCCI-style edits and the linked notes' verdicts."},
            {"name": "service", "description": "Versions and health."},
        ],
    )
    app.state.settings = settings
    app.state.templates = Jinja2Templates(
        env=Environment(loader=PackageLoader("simcheck.service", "templates"), autoescape=True)
    )
    install_error_handlers(app)
    app.include_router(api.router)
    app.include_router(web.router)
    app.mount("/static", StaticFiles(packages=[("simcheck.service", "static")]), name="static")
    app.add_middleware(BodyGuard, settings=settings)
    app.add_middleware(ServiceMiddleware)  # added last, so outermost
    if settings.api_keys:
        _document_keys(app)
    return app


def _document_keys(app: FastAPI) -> None:
    """Declare the two key schemes in the OpenAPI document; ``BodyGuard`` enforces them."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = build()
            schema.setdefault("components", {})["securitySchemes"] = {
                "bearer": {"type": "http", "scheme": "bearer"},
                "apiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
            }
            for path, operations in schema["paths"].items():
                if path.startswith("/v1/"):
                    for operation in operations.values():
                        operation["security"] = [{"bearer": []}, {"apiKey": []}]
        assert app.openapi_schema is not None
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
