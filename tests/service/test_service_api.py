"""The JSON API in-process (TestClient, the session analyzer): contract, errors, limits, auth, headers, logs."""

import json
import logging
import warnings
from collections.abc import Iterator

import pytest
from pydantic import ValidationError

from simcheck.analyzer import DEFAULT_MAX_CHARS
from simcheck.service import Settings, create_app
from simcheck.service.api import get_engine
from simcheck.service.engine import EngineUnavailable, WorkerError
from simcheck.service.server import bind_host

with warnings.catch_warnings():
    # Starlette 1.10 asks for httpx2 instead of httpx; the TestClient works the same with httpx.
    warnings.simplefilter("ignore", UserWarning)
    from fastapi.testclient import TestClient

NOTE = (
    "CT SIMULATION NOTE\n"
    "INDICATION: Left breast cancer. The nodal targets abut the lung, so IV contrast is needed to delineate "
    "the vessels.\n"
    "PROCEDURE: CT simulation performed with IV contrast. No prior RT.\n"
    "TREATMENT AREAS: Three treatment areas: left breast, supraclavicular fossa and axilla.\n"
)
OTHER_NOTE = "CT simulation performed. Two treatment areas: left breast and supraclavicular fossa."


def client_for(analyzer, **settings) -> Iterator[TestClient]:
    app = create_app(Settings(workers=0, **settings), analyzer=analyzer)
    with TestClient(app) as client:
        yield client


@pytest.fixture(scope="module")
def client(analyzer):
    yield from client_for(analyzer)


def assert_error(response, status: int, code: str) -> str:
    """The response has the status and exactly the error shape with the code; returns the message."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code
    return body["error"]["message"]


class TestCheck:
    def test_verdict_is_the_library_verdict(self, client, analyzer):
        """POST /v1/check returns exactly verdict.to_dict() from the library."""
        response = client.post("/v1/check", json={"text": NOTE, "note_id": "n-1"})
        assert response.status_code == 200
        assert response.json() == analyzer.check(NOTE, note_id="n-1").to_dict()

    def test_note_id_is_optional(self, client):
        """Without a note id the verdict's note_id is null."""
        assert client.post("/v1/check", json={"text": NOTE}).json()["note_id"] is None

    def test_non_ascii_text_and_ids(self, client, analyzer):
        """Accented text and a lone surrogate in the note id come back as valid JSON."""
        text = NOTE + "Pt très anxieuse, café."
        body = json.dumps({"text": text, "note_id": "n-\ud800-é"})
        response = client.post("/v1/check", content=body, headers={"content-type": "application/json"})
        assert response.status_code == 200
        assert response.json() == analyzer.check(text, note_id="n-\ud800-é").to_dict()

    def test_lone_surrogate_in_text_is_422(self, client):
        """A lone surrogate escape in the text (valid JSON, not Unicode text) is refused, naming the field."""
        body = json.dumps({"text": NOTE + "\ud800"})
        response = client.post("/v1/check", content=body, headers={"content-type": "application/json"})
        assert "text" in assert_error(response, 422, "E061")


class TestBatch:
    def test_results_in_input_order_with_error_records(self, client, analyzer):
        """Each note gives one result in input order; bad notes get error records and do not fail the others."""
        notes = [
            {"note_id": "a", "text": NOTE},
            {"note_id": "empty", "text": ""},
            {"note_id": "number", "text": 42},
            {"note_id": "long", "text": "x" * (DEFAULT_MAX_CHARS + 1)},
            {"note_id": "missing"},
            {"note_id": "surrogate", "text": NOTE + "\ud800"},
            {"note_id": "b", "text": OTHER_NOTE},
        ]
        body = json.dumps({"notes": notes})
        response = client.post("/v1/check/batch", content=body, headers={"content-type": "application/json"})
        assert response.status_code == 200
        results = response.json()["results"]
        assert [r["note_id"] for r in results] == [n["note_id"] for n in notes]
        assert results[0] == analyzer.check(NOTE, note_id="a").to_dict()
        assert results[-1] == analyzer.check(OTHER_NOTE, note_id="b").to_dict()
        codes = [r.get("error", {}).get("code") for r in results]
        assert codes == [None, "E010", "E012", "E011", "E012", "E061", None]

    def test_empty_batch(self, client):
        """No notes, no results."""
        assert client.post("/v1/check/batch", json={"notes": []}).json() == {"results": []}

    def test_too_many_notes_is_413(self, analyzer):
        """A batch over the note limit is refused whole with E066."""
        for client in client_for(analyzer, batch_max_notes=2):
            response = client.post("/v1/check/batch", json={"notes": [{"text": NOTE}] * 3})
            assert "3 notes" in assert_error(response, 413, "E066")
            assert client.post("/v1/check/batch", json={"notes": [{"text": NOTE}] * 2}).status_code == 200


@pytest.mark.parametrize(
    ("body", "content_type", "status", "code", "named"),
    [
        (b'{"note_id": "n"}', "application/json", 422, "E061", "text"),
        (b'{"text": ""}', "application/json", 422, "E010", "text"),
        (b'{"text": "  \\n\\t "}', "application/json", 422, "E010", "text"),
        (b'{"text": 7}', "application/json", 422, "E012", "text"),
        (b'{"text": "CT sim", "note_id": 5}', "application/json", 422, "E061", "note_id"),
        (b'["not", "an", "object"]', "application/json", 422, "E061", "body"),
        (b"", "application/json", 422, "E061", "body"),
        (b'{"text": "CT simulation', "application/json", 422, "E062", "JSON"),
        (b'{"text": "CT \xff\xfe simulation"}', "application/json", 400, "E063", "UTF-8"),
        (b'{"text": "CT simulation"}', "text/plain", 415, "E064", "application/json"),
        (b"text=CT+simulation", "application/x-www-form-urlencoded", 415, "E064", "application/json"),
        (b'{"text": "CT simulation"}', None, 415, "E064", "application/json"),
    ],
    ids=[
        "missing-text",
        "empty-text",
        "blank-text",
        "text-not-string",
        "note-id-not-string",
        "not-an-object",
        "empty-body",
        "malformed-json",
        "invalid-utf8",
        "text-plain",
        "form-encoded",
        "no-content-type",
    ],
)
def test_bad_input(client, body, content_type, status, code, named):
    """Bad input gives its status and code, names the field or problem, and never echoes the body."""
    headers = {"content-type": content_type} if content_type else {}
    response = client.post("/v1/check", content=body, headers=headers)
    message = assert_error(response, status, code)
    assert named in message
    assert "simulation" not in message and "Traceback" not in response.text


def test_note_over_the_character_limit_is_413(client):
    """A note one character over the limit gives 413 E011 naming the field, not the note."""
    text = "CT simulation " * (DEFAULT_MAX_CHARS // 14) + "x" * (DEFAULT_MAX_CHARS % 14 + 1)
    assert len(text) == DEFAULT_MAX_CHARS + 1
    message = assert_error(client.post("/v1/check", json={"text": text}), 413, "E011")
    assert message.startswith("text:") and "simulation" not in message


def test_body_over_the_byte_limit_is_413(analyzer):
    """A body over max_body_bytes is refused, whether its length is declared or streamed."""
    body = json.dumps({"text": NOTE * 4}).encode()
    for client in client_for(analyzer, max_body_bytes=len(body) - 1):
        declared = client.post("/v1/check", content=body, headers={"content-type": "application/json"})
        assert "limit" in assert_error(declared, 413, "E065")

        def chunks() -> Iterator[bytes]:
            yield body[:100]
            yield body[100:]

        streamed = client.post("/v1/check", content=chunks(), headers={"content-type": "application/json"})
        assert_error(streamed, 413, "E065")
        small = json.dumps({"text": NOTE}).encode()
        assert client.post("/v1/check", content=small, headers={"content-type": "application/json"}).status_code == 200


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [("get", "/v1/nope", 404), ("get", "/v1/check", 405), ("delete", "/healthz", 405), ("get", "/nope", 404)],
)
def test_unknown_routes_in_error_shape(client, method, path, status):
    """Routing errors use the error shape too."""
    assert_error(client.request(method, path), status, "E067")


def test_version_and_health(client, analyzer):
    """/v1/version gives the versions stamped into verdicts; /healthz says ok and how analysis runs."""
    assert client.get("/v1/version").json() == analyzer.versions.model_dump()
    assert client.get("/healthz").json() == {"status": "ok", "workers": 0}


class TestAuth:
    KEYS = ("first-key-0123456789", "second-key-abcdef")

    @pytest.fixture(scope="class")
    def keyed(self, analyzer):
        yield from client_for(analyzer, api_keys=self.KEYS)

    @pytest.mark.parametrize(
        "headers",
        [
            {"Authorization": "Bearer first-key-0123456789"},
            {"Authorization": "bearer second-key-abcdef"},
            {"X-API-Key": "second-key-abcdef"},
        ],
        ids=["bearer", "bearer-lowercase", "x-api-key"],
    )
    def test_valid_key(self, keyed, headers):
        """Either configured key, in either header, is accepted."""
        assert keyed.post("/v1/check", json={"text": NOTE}, headers=headers).status_code == 200
        assert keyed.get("/v1/version", headers=headers).status_code == 200

    @pytest.mark.parametrize(
        "headers",
        [
            {},
            {"Authorization": "Bearer wrong-key"},
            {"Authorization": "Bearer first-key-012345678"},
            {"Authorization": "first-key-0123456789"},
            {"Authorization": "Basic first-key-0123456789"},
            {"X-API-Key": ""},
            {"X-API-Key": "first-key-0123456789x"},
        ],
        ids=["none", "wrong", "prefix", "no-scheme", "basic", "empty", "longer"],
    )
    def test_missing_or_wrong_key_is_401(self, keyed, headers):
        """A missing or wrong key gives 401 E060 with a Bearer challenge, before the body is read."""
        response = keyed.post(
            "/v1/check", content=b"{not json", headers={"content-type": "application/json", **headers}
        )
        assert_error(response, 401, "E060")
        assert response.headers["www-authenticate"] == "Bearer"
        assert_error(keyed.get("/v1/version", headers=headers), 401, "E060")

    def test_form_docs_and_health_need_no_key(self, keyed):
        """Only /v1/* is behind the keys."""
        for path in ("/", "/healthz", "/docs", "/openapi.json", "/static/simcheck.css"):
            assert keyed.get(path).status_code == 200, path

    def test_openapi_declares_the_schemes(self, keyed, client):
        """With keys, the OpenAPI document declares bearer and X-API-Key on /v1/*; without, it does not."""
        schema = keyed.get("/openapi.json").json()
        assert set(schema["components"]["securitySchemes"]) == {"bearer", "apiKey"}
        assert schema["paths"]["/v1/check"]["post"]["security"] == [{"bearer": []}, {"apiKey": []}]
        assert "security" not in schema["paths"]["/healthz"]["get"]
        assert "securitySchemes" not in client.get("/openapi.json").json().get("components", {})


@pytest.mark.parametrize("path", ["/", "/docs", "/v1/version", "/nope", "/static/simcheck.css"])
def test_security_headers(client, path):
    """Every response carries the CSP and the other security headers; only static files may be cached."""
    headers = client.get(path).headers
    assert "default-src 'self'" in headers["content-security-policy"]
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["x-request-id"]
    assert headers["cache-control"] == ("no-cache" if path.startswith("/static/") else "no-store")


def test_openapi_documents_routes_and_examples(client):
    """The OpenAPI document has the routes, request and response examples, and the error shape."""
    schema = client.get("/openapi.json").json()
    assert {"/v1/check", "/v1/check/batch", "/v1/version", "/healthz"} <= set(schema["paths"])
    check = schema["paths"]["/v1/check"]["post"]
    assert check["responses"]["200"]["content"]["application/json"]["example"]["level"] == "77290"
    assert {"400", "401", "413", "415", "422"} <= set(check["responses"])
    assert schema["components"]["schemas"]["CheckRequest"]["examples"][0]["text"]
    docs = client.get("/docs").text
    for path in ("/v1/check", "/v1/check/batch", "/v1/version", "/healthz", "Example request"):
        assert path in docs
    assert "cdn" not in docs.lower() and 'src="http' not in docs


def test_openapi_examples_are_valid_verdicts():
    """The documented examples validate against the verdict and error-record models."""
    from simcheck.service.schemas import EXAMPLE_NOTE_ERROR, EXAMPLE_VERDICT
    from simcheck.verdict import NoteError, Verdict

    assert Verdict.model_validate(EXAMPLE_VERDICT).to_dict()["level"] == "77290"
    NoteError.model_validate(EXAMPLE_NOTE_ERROR)


class _Failing:
    """An engine whose analysis fails in a given way."""

    workers = 1

    def __init__(self, error: Exception) -> None:
        self.error = error
        self.versions = {"simcheck": "0", "rulepack": "0", "model": "none"}

    async def check_many(self, notes):
        raise self.error


@pytest.mark.parametrize(
    ("error", "status", "code", "logged"),
    [
        (RuntimeError("Zyxwordian leaked in an exception message"), 500, "E069", "unhandled RuntimeError at "),
        (WorkerError("KeyError"), 500, "E069", "analysis failed in a worker with KeyError"),
        (EngineUnavailable(), 503, "E068", ""),
    ],
    ids=["unexpected", "worker-error", "pool-restarting"],
)
def test_failures_are_safe(client, caplog, error, status, code, logged):
    """A failure gives the error shape with no trace; the log names the exception type, not its message."""
    caplog.set_level(logging.DEBUG)
    client.app.dependency_overrides[get_engine] = lambda: _Failing(error)
    try:
        for path, body in (("/v1/check", {"json": {"text": NOTE}}), ("/", {"data": {"text": NOTE}})):
            response = client.post(path, **body)
            message = assert_error(response, status, code)
            assert "Traceback" not in response.text and "Zyxwordian" not in response.text
            if code == "E069":
                assert response.headers["x-request-id"] in message
    finally:
        client.app.dependency_overrides.clear()
    assert "Zyxwordian" not in caplog.text
    assert logged in caplog.text


DISTINCTIVE = ("Quorvexia", "Blandthorpe", "Zimmerwald-Kettle", "Ptolemaicus")


def test_note_text_is_never_logged(analyzer, caplog):
    """Checking notes full of distinctive words through every path logs none of them."""
    caplog.set_level(logging.DEBUG)
    words = " ".join(DISTINCTIVE)
    note = f"{NOTE}\nHISTORY: {words}. CT simulation with IV contrast for {words}.\n"
    for client in client_for(analyzer, api_keys=("key-1",), max_body_bytes=len(note) * 8):
        auth = {"Authorization": "Bearer key-1"}
        assert client.post("/v1/check", json={"text": note, "note_id": DISTINCTIVE[0]}, headers=auth).status_code == 200
        batch = {"notes": [{"note_id": DISTINCTIVE[1], "text": note}, {"text": ""}]}
        assert client.post("/v1/check/batch", json=batch, headers=auth).status_code == 200
        assert client.post("/", data={"text": note, "note_id": DISTINCTIVE[2]}).status_code == 200
        refused = [
            client.post("/v1/check", json={"text": note}),  # no key
            client.post(
                "/v1/check",
                content=f'{{"text": "{words}'.encode(),
                headers={**auth, "content-type": "application/json"},
            ),
            client.post("/v1/check", content=words.encode(), headers={**auth, "content-type": "text/plain"}),
            client.post(
                "/v1/check", content=words.encode() + b"\xff", headers={**auth, "content-type": "application/json"}
            ),
            client.post("/v1/check", json={"text": note * 9}, headers=auth),
            client.get(f"/v1/{DISTINCTIVE[3]}?q={DISTINCTIVE[0]}", headers=auth),
        ]
        assert [r.status_code for r in refused] == [401, 422, 415, 400, 413, 404]
    # Everything logged except by the test's own HTTP client (httpx logs the URLs it requests).
    logged = "\n".join(
        f"{r.name} {r.getMessage()} {r.exc_text or ''}" for r in caplog.records if not r.name.startswith("httpx")
    )
    assert "POST /v1/check 200" in logged and "POST / 200" in logged  # the request log was captured
    for word in DISTINCTIVE:
        assert word not in logged


class TestSettings:
    def test_from_env(self):
        """SIMCHECK_* variables are read; keys are comma-separated and trimmed; overrides win."""
        env = {
            "SIMCHECK_API_KEYS": " alpha , beta,,",
            "SIMCHECK_MAX_CHARS": "5000",
            "SIMCHECK_BATCH_MAX_NOTES": "10",
            "SIMCHECK_MAX_BODY_BYTES": "65536",
            "SIMCHECK_WORKERS": "3",
            "SIMCHECK_LOG_LEVEL": "debug",
        }
        settings = Settings.from_env(env, workers=1)
        assert settings.api_keys == ("alpha", "beta")
        assert (settings.max_chars, settings.batch_max_notes, settings.max_body_bytes) == (5000, 10, 65536)
        assert (settings.workers, settings.log_level) == (1, "debug")

    def test_defaults(self):
        """No variables: no keys, the issue's limits, one worker per core, and the library's note limit."""
        settings = Settings.from_env({})
        assert settings.api_keys == ()
        assert (settings.max_chars, settings.batch_max_notes, settings.max_body_bytes) == (
            DEFAULT_MAX_CHARS,
            1000,
            20 * 1024 * 1024,
        )
        assert settings.workers >= 1

    def test_malformed_value_is_not_echoed(self):
        """A bad value fails without quoting it."""
        with pytest.raises(ValidationError) as caught:
            Settings.from_env({"SIMCHECK_MAX_CHARS": "lots-of-secret-chars"})
        assert "lots-of-secret-chars" not in str(caught.value)


@pytest.mark.parametrize(
    ("host", "keys", "bound"),
    [
        ("127.0.0.1", (), "127.0.0.1"),
        ("localhost", (), "localhost"),
        ("::1", (), "::1"),
        ("0.0.0.0", (), "127.0.0.1"),
        ("192.0.2.10", (), "127.0.0.1"),
        ("0.0.0.0", ("k",), "0.0.0.0"),
    ],
)
def test_loopback_only_without_keys(host, keys, bound):
    """Without API keys the server binds to loopback whatever host was asked for."""
    assert bind_host(host, Settings(api_keys=keys, workers=0)) == bound


class _Breaks:
    """The real analyzer, except that the pipeline fails on any chunk holding a note with ``BOOM``."""

    def __init__(self, real) -> None:
        self.real = real
        self.versions = real.versions

    def check_many(self, notes):
        notes = list(notes)
        for note in notes:
            if "BOOM" in note["text"]:
                raise ValueError(f"cannot parse {note['text']!r}")
        return self.real.check_many(notes)


def test_a_note_that_breaks_the_pipeline_fails_alone(analyzer, caplog):
    """A pipeline failure on one note gives that note E059 (type only); the rest of the batch is checked."""
    caplog.set_level(logging.DEBUG)
    for client in client_for(_Breaks(analyzer)):
        notes = [
            {"note_id": "a", "text": NOTE},
            {"note_id": "b", "text": "BOOM Xanthelasmic"},
            {"note_id": "c", "text": OTHER_NOTE},
        ]
        results = client.post("/v1/check/batch", json={"notes": notes}).json()["results"]
        assert results[0] == analyzer.check(NOTE, note_id="a").to_dict()
        assert results[1] == {
            "note_id": "b",
            "error": {"code": "E059", "message": "The note could not be analysed: internal error ValueError"},
        }
        assert results[2] == analyzer.check(OTHER_NOTE, note_id="c").to_dict()
        single = client.post("/v1/check", json={"text": "BOOM Xanthelasmic"})
        assert assert_error(single, 500, "E059") == "The note could not be analysed: internal error ValueError"
    assert "Xanthelasmic" not in caplog.text
