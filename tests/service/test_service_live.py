"""The real server: ``python -m simcheck serve`` (uvicorn, worker processes) on a free loopback port.

End to end over HTTP, the worker pool and the free event loop, the server's own log output, the web form
in Debian's chromium (Playwright), and a bounded schemathesis run against ``/openapi.json``.
"""

import asyncio
import json
import os
import signal
import time
from importlib.resources import files
from pathlib import Path

import httpx
import psutil
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from playwright.sync_api import sync_playwright
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    positive_data_acceptance,
    response_schema_conformance,
    status_code_conformance,
)

from simcheck.service.testing import ServerProcess

WORKERS = 2
OUTPUT = Path(__file__).resolve().parents[2] / "test-output" / "service"
EXAMPLE = files("simcheck").joinpath("examples/complex_simulation.txt").read_text("utf-8")
REDUCED = """SIMULATION NOTE
INDICATION: Left breast cancer s/p lumpectomy; the tumor bed lies close to the heart.
IMMOBILIZATION: Breast board, arms up.
PROCEDURE: CT simulation was performed; no IV contrast was given. MRI fusion is planned for next week.
TREATMENT AREAS: Two treatment areas: left breast and left supraclavicular fossa.
<script>alert("not markup")</script>
"""
DISTINCTIVE = ("Vexmoorian", "Quillabrandt", "Ostrogothica", "Helvinguard")


@pytest.fixture(scope="module")
def server():
    with ServerProcess({"SIMCHECK_WORKERS": str(WORKERS), "SIMCHECK_LOG_LEVEL": "debug"}) as server:
        yield server


@pytest.fixture(scope="module")
def http(server):
    with httpx.Client(base_url=server.url, timeout=60) as client:
        yield client


def test_check_over_http_is_the_library_verdict(http, analyzer):
    """A real request returns exactly what the library returns for the same note."""
    response = http.post("/v1/check", json={"text": EXAMPLE, "note_id": "e2e-1"})
    assert response.status_code == 200
    assert response.json() == analyzer.check(EXAMPLE, note_id="e2e-1").to_dict()
    assert http.get("/v1/version").json() == analyzer.versions.model_dump()


def test_batch_over_http_keeps_order(http, analyzer):
    """A batch spread over the workers comes back in input order, bad notes as error records."""
    notes = [{"note_id": f"n{i}", "text": EXAMPLE if i % 3 else REDUCED} for i in range(40)]
    notes[7] = {"note_id": "n7", "text": "   "}
    results = http.post("/v1/check/batch", json={"notes": notes}).json()["results"]
    assert [r["note_id"] for r in results] == [n["note_id"] for n in notes]
    assert results[7]["error"]["code"] == "E010"
    assert results[1] == analyzer.check(EXAMPLE, note_id="n1").to_dict()
    assert results[3] == analyzer.check(REDUCED, note_id="n3").to_dict()


def test_claims_over_http_is_the_library_result(http, analyzer):
    """A claim scrubbed by the real server, its note analysed in a worker: the library's result."""
    from simcheck.claims import check_claim

    claim = {
        "payer": "medicare",
        "lines": [
            {"line_id": "1", "cpt": "77290", "date_of_service": "2026-03-02", "place_of_service": "22"},
            {"line_id": "2", "cpt": "77290", "date_of_service": "2026-03-02", "modifiers": ["26"]},
        ],
        "history": [{"line_id": "h", "cpt": "77301", "date_of_service": "2026-03-12"}],
        "notes": [{"note_id": "n1", "date": "2026-03-02", "text": REDUCED}],
    }
    response = http.post("/v1/claims/check", json=claim)
    assert response.status_code == 200
    assert response.json() == check_claim(claim, analyzer).to_dict()
    rules = {finding["rule_id"] for finding in response.json()["findings"]}
    assert {"imrt.bundle", "modifier.26_missing_at_facility", "mue.units", "note.level_mismatch"} <= rules


def test_one_worker_process_per_core_setting(server):
    """The server runs the configured number of analysis worker processes."""
    children = psutil.Process(server.pid).children()
    assert len([c for c in children if "spawn_main" in " ".join(c.cmdline())]) == WORKERS


def test_event_loop_stays_free_during_a_long_batch(server):
    """While a long batch is analysed, health, version and a single check are answered before it ends."""
    notes = [{"note_id": str(i), "text": EXAMPLE * 3} for i in range(150)]

    async def scenario() -> tuple[bool, list[int]]:
        async with httpx.AsyncClient(base_url=server.url, timeout=120) as client:
            batch = asyncio.create_task(client.post("/v1/check/batch", json={"notes": notes}))
            await asyncio.sleep(0.5)  # the batch is uploaded and in the workers
            answers = [
                await client.get("/healthz"),
                await client.get("/v1/version"),
                await client.post("/v1/check", json={"text": REDUCED}),
            ]
            pending = not batch.done()
            assert (await batch).status_code == 200
            return pending, [a.status_code for a in answers]

    pending, statuses = asyncio.run(scenario())
    assert statuses == [200, 200, 200]
    assert pending, "the batch finished before the other requests were answered"


def test_oversized_note_over_http(http):
    """A note over the character limit is 413 in the error shape over a real connection too."""
    response = http.post("/v1/check", json={"text": "x" * 200_001})
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "E011"


def test_start_up_says_loopback_only(server):
    """Without API keys the server says at start-up that it listens on loopback only."""
    output = server.output()
    assert "SIMCHECK_API_KEYS is not set" in output and "listens on loopback only" in output
    assert "analysis ready in" in output and f"{WORKERS} worker processes" in output


def test_server_logs_never_contain_note_text(server, http):
    """At debug level, the server's and workers' output has request lines but none of the notes' words."""
    words = " ".join(DISTINCTIVE)
    note = f"{EXAMPLE}\nADDENDUM: {words}; CT simulation repeated for {words}.\n"
    assert http.post("/v1/check", json={"text": note, "note_id": DISTINCTIVE[0]}).status_code == 200
    batch = {"notes": [{"note_id": DISTINCTIVE[1], "text": note}, {"text": ""}, {"text": 5}]}
    assert http.post("/v1/check/batch", json=batch).status_code == 200
    assert http.post("/", data={"text": note, "note_id": DISTINCTIVE[2]}).status_code == 200
    json_headers = {"content-type": "application/json"}
    refused = [
        http.post("/v1/check", json={"text": (note + " ") * 80}),
        http.post("/v1/check", content=f'{{"text": "{words}'.encode(), headers=json_headers),
        http.post("/v1/check", content=words.encode() + b"\xff", headers=json_headers),
        http.post("/v1/check", content=words.encode(), headers={"content-type": "text/plain"}),
        http.get(f"/v1/{DISTINCTIVE[3]}", params={"q": DISTINCTIVE[0]}),
    ]
    assert [r.status_code for r in refused] == [413, 422, 400, 415, 404]
    output = server.output()
    assert "POST /v1/check 200" in output and "POST /v1/check/batch 200" in output and "POST / 200" in output
    for word in DISTINCTIVE:
        assert word not in output


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        yield browser
        browser.close()


def test_browser_form(server, browser, http):
    """In chromium: paste a note, submit, see the banner, the highlights, the excluded mention, copy and download."""
    context = browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("dialog", lambda dialog: problems.append(f"dialog: {dialog.message}"))
    try:
        page.goto(server.url + "/")
        page.get_by_label("Note ID").fill("sim-2026-0142")
        page.get_by_label("Note text").fill(REDUCED)
        page.get_by_role("button", name="Check note").click()
        page.wait_for_selector(".banner")

        banner = page.locator(".banner h1").inner_text()
        assert banner == "Not supported: the documentation does not support CPT 77290"
        assert "77285" in page.locator(".facts").inner_text()
        for kind in ("rationale", "treatment_areas", "imaging"):
            assert page.locator(f".note-text mark.hl-{kind}").count() > 0, kind
        stated = page.locator(".note-text mark.hl-treatment_areas", has_text="Two treatment areas")
        assert stated.count() == 1
        excluded = page.locator(".note-text mark.hl-excluded")
        assert "IV contrast was given" in "".join(excluded.all_inner_texts())  # overlapping spans, cut in pieces
        reasons = [excluded.nth(i).get_attribute("data-reason") for i in range(excluded.count())]
        assert "negated" in reasons and "planned" in reasons
        title = stated.get_attribute("title")
        assert "rule areas.count.stated · affirmed" in title
        assert page.locator(".note-text").inner_text().count('<script>alert("not markup")</script>') == 1
        # Styles load under the CSP: a highlight has its colour.
        background = page.locator(".note-text mark.hl-imaging").first.evaluate(
            "e => getComputedStyle(e).backgroundColor"
        )
        assert background not in ("rgba(0, 0, 0, 0)", "transparent")

        copy = page.get_by_role("button", name="Copy")
        copy.click()
        page.wait_for_selector("#copy-status:has-text('Copied to the clipboard.')")
        assert page.evaluate("navigator.clipboard.readText()") == page.locator("#queries-text").inner_text()
        with page.expect_download() as download:
            page.get_by_role("link", name="Download verdict JSON").click()
        assert download.value.suggested_filename == "verdict-sim-2026-0142.json"
        downloaded = json.loads(Path(download.value.path()).read_text("utf-8"))
        api = http.post("/v1/check", json={"text": REDUCED, "note_id": "sim-2026-0142"}).json()
        assert downloaded == api
        shown = "not available" if api["confidence"] is None else f"{api['confidence']:.0%}"
        assert f"confidence 77290 is supported\n{shown}" in page.locator(".facts").inner_text().lower()

        OUTPUT.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=OUTPUT / "form_result.png", full_page=True)
        page.goto(server.url + "/?example=1")
        page.get_by_role("button", name="Check note").click()
        page.wait_for_selector(".banner-supported")
        page.screenshot(path=OUTPUT / "form_result_supported.png", full_page=True)
        assert problems == []
    finally:
        context.close()


def test_browser_form_without_javascript(server, browser):
    """With JavaScript off the form still checks a note and shows the result; the copy button stays hidden."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(server.url + "/")
        page.fill("#text", REDUCED)
        page.click("button[type=submit]")
        page.wait_for_selector(".banner")
        assert page.locator(".banner h1").inner_text().startswith("Not supported")
        assert page.locator(".note-text mark.hl-excluded").count() >= 2
        assert not page.get_by_role("button", name="Copy").is_visible()
    finally:
        context.close()


def error_shape(ctx, response, case):
    """Every 4xx/5xx body is exactly {"error": {"code", "message"}} with string values."""
    if response.status_code >= 400:
        body = response.json()
        assert list(body) == ["error"], body
        assert sorted(body["error"]) == ["code", "message"], body
        assert all(isinstance(value, str) and value for value in body["error"].values()), body


@pytest.mark.parametrize("mode", ["positive", "negative"])
def test_openapi_property_run(server, mode):
    """Generated requests for every operation (bounded): no 5xx, responses match the schema, errors have the shape."""
    schema = schemathesis.openapi.from_url(server.url + "/openapi.json")
    generation_mode = schemathesis.GenerationMode(mode)
    checks = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
    checks += [positive_data_acceptance] if mode == "positive" else []
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} == {
        "/v1/check",
        "/v1/check/batch",
        "/v1/claims/check",
        "/v1/version",
        "/healthz",
    }
    ran = 0
    for operation in operations:
        if mode == "negative" and not operation.body.items:
            continue  # nothing to make invalid
        # a claim's line ids must be unique and notes must link to them: rules a JSON schema cannot state
        semantic = operation.path == "/v1/claims/check"
        op_checks = [check for check in checks if not (semantic and check is positive_data_acceptance)]

        @settings(
            max_examples=40,
            deadline=None,
            derandomize=True,
            database=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy(generation_mode=generation_mode))
        def run(case):
            response = case.call()
            # run() is called right below, inside this iteration
            case.validate_response(response, checks=op_checks, additional_checks=[error_shape])  # noqa: B023

        run()
        ran += 1
    assert ran == (5 if mode == "positive" else 3)


def worker_pids(server) -> list[int]:
    return [c.pid for c in psutil.Process(server.pid).children() if "spawn_main" in " ".join(c.cmdline())]


def test_a_killed_worker_is_replaced(server, http):
    """(Last: it replaces the pool.) A worker that dies gives 503 E068 with Retry-After, then a fresh pool serves."""
    before = worker_pids(server)
    os.kill(before[0], signal.SIGKILL)
    time.sleep(0.5)  # the pool notices the dead worker
    refused = http.post("/v1/check", json={"text": REDUCED})
    assert refused.status_code == 503 and refused.json()["error"]["code"] == "E068"
    assert refused.headers["retry-after"] == "5"
    deadline = time.monotonic() + 90
    while (response := http.post("/v1/check", json={"text": REDUCED})).status_code == 503:
        assert time.monotonic() < deadline, "the pool did not come back"
        time.sleep(0.5)
    assert response.status_code == 200
    after = worker_pids(server)
    assert len(after) == WORKERS and not set(after) & set(before)
    assert "an analysis worker died; starting a new pool of 2 workers" in server.output()
