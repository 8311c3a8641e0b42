"""``POST /v1/claims/check`` in-process: the library's result, the CMS rule store, 422s naming the field, PHI."""

import json
import logging
from pathlib import Path

import pytest
from tests.claims.cms_files import MUE_PRA_Q1, PRA_F1
from tests.service.test_service_api import NOTE, client_for

from simcheck.claims import check_claim
from simcheck.claims.store import RuleStore

SAME_DAY_59 = {
    "payer": "medicare",
    "lines": [
        {"line_id": "s", "cpt": "77290", "modifiers": ["59"], "units": 1, "date_of_service": "2026-03-02"},
        {"line_id": "p", "cpt": "77301", "units": 1, "date_of_service": "2026-03-02"},
    ],
    "notes": [{"note_id": "n1", "date": "2026-03-02", "text": NOTE}],
}


@pytest.fixture(scope="module")
def client(analyzer, tmp_path_factory, monkeypatch_module):
    monkeypatch_module.setenv("SIMCHECK_RULE_STORE", str(tmp_path_factory.mktemp("none") / "absent.sqlite"))
    yield from client_for(analyzer)


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("store") / "rules.sqlite"
    with RuleStore(path) as store:
        store.import_ptp(PRA_F1, "practitioner")
        store.import_mue(MUE_PRA_Q1, "practitioner")
    return path


def test_the_api_returns_the_library_result(client, analyzer):
    response = client.post("/v1/claims/check", json=SAME_DAY_59)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body == check_claim(SAME_DAY_59, analyzer).to_dict()
    assert [(f["rule_id"], f["severity"], f["line_ids"]) for f in body["findings"]] == [
        ("imrt.bundle", "deny", ["s", "p"])
    ]
    assert body["findings"][0]["rulepack"] == "medicare@2026.1.0" and body["rule_store"] == []
    assert body["lines"][0]["verdict"]["supported"] is True and body["lines"][0]["note_id"] == "n1"


def test_with_an_imported_cms_file_its_modifier_indicator_decides(analyzer, store_path):
    for client in client_for(analyzer, rule_store=store_path):
        body = client.post("/v1/claims/check", json=SAME_DAY_59).json()
    # the fixture file gives 77301/77290 indicator 1, so 59 bypasses the same-date edit
    assert body["findings"] == []
    assert any("ccipra-v321r0-f1.txt" in source for source in body["rule_store"])


BAD = [
    ({"lines": [{"cpt": "7729", "date_of_service": "2026-03-02"}]}, "lines.0.cpt"),
    ({"lines": [{"cpt": "77290", "date_of_service": "2026-13-01"}]}, "lines.0.date_of_service"),
    ({"lines": [{"cpt": "77290", "date_of_service": "2026-03-02", "units": 0}]}, "lines.0.units"),
    ({"lines": [{"cpt": "77290", "date_of_service": "2026-03-02", "units": "two"}]}, "lines.0.units"),
    (
        {"lines": [{"cpt": "77290", "date_of_service": "2026-03-02", "place_of_service": "2"}]},
        "lines.0.place_of_service",
    ),
    ({"payer": "medicare"}, "lines"),
    ({"lines": [{"cpt": "77290", "date_of_service": "2026-03-02"}], "notes": [{"date": "2026-03-02"}]}, "notes.0.text"),
]


@pytest.mark.parametrize(("body", "field"), BAD, ids=[field for _, field in BAD])
def test_malformed_claims_get_422_naming_the_field(client, body, field):
    response = client.post("/v1/claims/check", json=body)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "E061" and error["message"].startswith(f"The request is invalid: {field}:")


def test_unknown_payer_is_422_naming_payer(client):
    response = client.post("/v1/claims/check", json={"payer": "acme", "lines": SAME_DAY_59["lines"]})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "E071" and response.json()["error"]["message"].startswith("payer:")


def test_a_bad_note_becomes_a_finding_not_a_failed_claim(client):
    body = {**SAME_DAY_59, "notes": [{"note_id": "n1", "text": "", "line_ids": ["s"]}]}
    response = client.post("/v1/claims/check", json=body)
    assert response.status_code == 200
    findings = {(f["rule_id"], tuple(f["line_ids"])) for f in response.json()["findings"]}
    assert ("note.missing", ("s",)) in findings
    assert response.json()["lines"][0]["verdict"] == {
        "note_id": "n1",
        "error": {"code": "E010", "message": "The note text is empty"},
    }


def test_note_text_never_reaches_findings_errors_or_logs(client, caplog):
    secret = "Quintessa Abernathy-Vorhees"
    note = NOTE + f"Seen with {secret}.\n"
    good = {**SAME_DAY_59, "notes": [{"note_id": "n1", "date": "2026-03-02", "text": note}]}
    bad = {**good, "lines": [{"cpt": "77290", "date_of_service": "not a date"}]}
    with caplog.at_level(logging.DEBUG):
        ok = client.post("/v1/claims/check", json=good)
        refused = client.post("/v1/claims/check", json=bad)
    assert ok.status_code == 200 and refused.status_code == 422
    assert secret not in json.dumps(ok.json()["findings"]) and secret not in refused.text
    assert secret not in caplog.text


def test_openapi_documents_the_route_with_a_computed_example(client):
    spec = client.get("/openapi.json").json()
    operation = spec["paths"]["/v1/claims/check"]["post"]
    example = operation["responses"]["200"]["content"]["application/json"]["example"]
    assert example["findings"][0]["rule_id"] == "imrt.bundle"
    assert "422" in operation["responses"]
