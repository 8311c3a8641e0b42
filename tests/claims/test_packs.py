"""Payer rule packs: valid, cited, versioned (a content lock), and ``extends`` resolved one level deep."""

from __future__ import annotations

import hashlib
import json
from importlib import resources
from pathlib import Path

import pytest
import yaml

from simcheck.claims.edits import EDITS
from simcheck.claims.packs import available_packs, load_pack
from simcheck.errors import ClaimError

PAYERS = resources.files("simcheck") / "rulepacks" / "payers"


def test_shipped_packs():
    assert available_packs() == ["commercial-example", "medicare"]
    assert load_pack("medicare").label == "medicare@2026.1.0"
    assert load_pack("commercial-example").extends == "medicare"


@pytest.mark.parametrize("pack_id", available_packs())
def test_every_rule_runs_an_edit_and_cites_a_source_with_its_confidence(pack_id):
    pack = load_pack(pack_id)
    for rule in pack.rules:
        assert rule.kind in EDITS
        assert rule.citation.endswith(f"[{rule.confidence}]")
    assert len({rule.id for rule in pack.rules}) == len(pack.rules)


def test_the_lock_pins_each_packs_content_to_its_version():
    """Edit a pack, bump its version, refresh payers.lock.json: every finding names pack@version."""
    lock = json.loads((PAYERS / "payers.lock.json").read_text())
    for pack_id in available_packs():
        digest = hashlib.sha256((PAYERS / f"{pack_id}.yaml").read_bytes()).hexdigest()
        assert lock[pack_id] == {"version": load_pack(pack_id).version, "sha256": digest}, (
            f"{pack_id}.yaml changed: bump its version and rewrite payers.lock.json"
        )


def write(folder: Path, pack_id: str, **fields: object) -> None:
    base = {
        "kind": "payer_pack",
        "schema_version": 1,
        "id": pack_id,
        "name": pack_id,
        "version": "2026.1.0",
        "effective_from": "2026-01-01",
    }
    (folder / f"{pack_id}.yaml").write_text(yaml.safe_dump({**base, **fields}))


@pytest.fixture
def medicare_copy(tmp_path: Path) -> Path:
    (tmp_path / "medicare.yaml").write_bytes((PAYERS / "medicare.yaml").read_bytes())
    return tmp_path


def test_a_child_replaces_disables_and_adds_rules(medicare_copy):
    added = {
        "id": "local.no_77470",
        "kind": "deleted_code",
        "severity": "warn",
        "confidence": "V-primary, payer",
        "codes": ["77470"],
        "source": "Example payer bulletin 2026-02 (illustrative)",
    }
    write(medicare_copy, "child", extends="medicare", rules=[added], disable=["mue.units"])
    pack = load_pack("child", medicare_copy)
    ids = [rule.id for rule in pack.rules]
    assert "mue.units" not in ids and ids[-1] == "local.no_77470"
    assert pack.simulation_codes == load_pack("medicare").simulation_codes  # inherited


@pytest.mark.parametrize(
    ("fields", "code", "words"),
    [
        ({"extends": "middle"}, "E073", "only one level"),
        ({"extends": "medicare", "disable": ["no.such_rule"]}, "E072", "no.such_rule"),
        ({"extends": "medicare", "colour": "red"}, "E072", "colour"),
        ({"extends": "medicare", "version": "1"}, "E072", "version"),
        ({}, "E072", "simulation_codes is not set"),
    ],
)
def test_invalid_packs_are_refused_with_the_reason(medicare_copy, fields, code, words):
    write(medicare_copy, "middle", extends="medicare")
    write(medicare_copy, "bad", **fields)
    with pytest.raises(ClaimError) as caught:
        load_pack("bad", medicare_copy)
    assert caught.value.code == code and words in caught.value.message


def test_unknown_pack(medicare_copy):
    with pytest.raises(ClaimError, match="E071"):
        load_pack("acme", medicare_copy)
