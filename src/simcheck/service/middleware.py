"""ASGI middleware: the request log and security headers, and the guard in front of every request body.

Log lines carry method, route template, status, duration and a request id: never a body, a query
string or a raw path, so note text cannot reach a log.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import time
import traceback
import uuid
from pathlib import PurePath

from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from simcheck.errors import Errors
from simcheck.service.errors import ServiceError, error_body, error_response
from simcheck.service.settings import Settings

log = logging.getLogger("simcheck.service")

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
}
JSON_TYPES = ("application/json",)
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
REQUEST_ID_KEY = "simcheck.request_id"


class ServiceMiddleware:
    """Outermost layer: request id, security headers, one log line per request, and a safety net.

    An exception that escapes the app becomes a 500 in the error shape and is logged by type and
    place only (its message could quote a note); it is not re-raised, so the server does not log it.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Handle one ASGI connection."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = uuid.uuid4().hex[:12]
        scope[REQUEST_ID_KEY] = request_id
        started = time.perf_counter()
        status = 500
        response_started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal status, response_started
            if message["type"] == "http.response.start":
                response_started = True
                status = message["status"]
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
                headers["x-request-id"] = request_id
                static = scope["path"].startswith("/static/")
                headers.setdefault("cache-control", "no-cache" if static else "no-store")
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception as exc:
            frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
            place = f"{PurePath(frame.filename).name}:{frame.lineno}" if frame else "?"
            log.error("request %s: unhandled %s at %s", request_id, type(exc).__name__, place)
            if not response_started:
                body = error_body("E069", Errors.E069.format(request_id=request_id))
                await JSONResponse(body, status_code=500)(scope, receive, send_with_headers)
        finally:
            route = scope.get("route")
            log.info(
                "%s %s %d %.1f ms [%s]",
                scope["method"],
                getattr(route, "path", "(no route)"),
                status,
                (time.perf_counter() - started) * 1000,
                request_id,
            )


class BodyGuard:
    """Checks a request before the app reads it, in this order.

    1. ``/v1/*`` needs an API key when keys are configured (401).
    2. A POST to the API must be JSON and one to the form a form (415).
    3. The body must fit ``max_body_bytes`` (413), checked on Content-Length and while reading.
    4. A JSON body must be UTF-8 (400).

    Args:
        app: The wrapped app.
        settings: Keys and limits.
    """

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.limit = settings.max_body_bytes
        self._key_digests = [hashlib.sha256(key.encode()).digest() for key in settings.api_keys]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Handle one ASGI connection."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        path: str = scope["path"]
        api = path.startswith("/v1/")
        try:
            if api and self._key_digests and not self._authorized(headers):
                raise ServiceError(401, "E060", Errors.E060, {"WWW-Authenticate": "Bearer"})
            if scope["method"] in ("POST", "PUT", "PATCH"):
                expected = JSON_TYPES if api else FORM_TYPES if path == "/" else None
                if expected is not None:
                    media_type = headers.get("content-type", "").split(";")[0].strip().lower()
                    if media_type not in expected:
                        raise ServiceError(415, "E064", Errors.E064.format(expected=" or ".join(expected)))
                body = await self._read(headers, receive)
                if body is None:  # the client went away
                    return
                if api:
                    _check_utf8(body)
                receive = _replay(body, receive)
        except ServiceError as error:
            await error_response(error)(scope, receive, send)
            return
        await self.app(scope, receive, send)

    def _authorized(self, headers: Headers) -> bool:
        scheme, _, token = headers.get("authorization", "").partition(" ")
        supplied = token.strip() if scheme.lower() == "bearer" else headers.get("x-api-key", "")
        if not supplied:
            return False
        digest = hashlib.sha256(supplied.encode()).digest()
        # Compare with every key, equal-length digests, so timing reveals neither which key nor its length.
        matches = [hmac.compare_digest(digest, key) for key in self._key_digests]
        return any(matches)

    async def _read(self, headers: Headers, receive: Receive) -> bytes | None:
        too_large = ServiceError(413, "E065", Errors.E065.format(limit=self.limit))
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.limit:
            raise too_large
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            chunk: bytes = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                raise too_large
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)


def _check_utf8(body: bytes) -> None:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        raise ServiceError(400, "E063", Errors.E063) from None


def _replay(body: bytes, receive: Receive) -> Receive:
    """Return a receive that yields the buffered body once, then defers to the server (disconnects)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay
