"""Table-driven tests of every claim edit, at its boundaries, with the packs' defaults and with CMS file values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest

from simcheck.claims import load_pack, parse_claim, scrub
from simcheck.claims.edits import Setting

D0 = dt.date(2025, 6, 16)


def day(offset: int, start: dt.date = D0) -> str:
    return (start + dt.timedelta(days=offset)).isoformat()


def line(line_id: str, cpt: str, date: str, *modifiers: str, units: int = 1, pos: str | None = None) -> dict[str, Any]:
    return {
        "line_id": line_id,
        "cpt": cpt,
        "date_of_service": date,
        "modifiers": list(modifiers),
        "units": units,
        "place_of_service": pos,
    }


@dataclass(frozen=True)
class FakePtp:
    column1: str
    column2: str
    modifier_indicator: int
    effective: dt.date = dt.date(2018, 4, 1)
    rationale: str = "Misuse of column two code with column one code"


@dataclass(frozen=True)
class FakeMue:
    value: int
    adjudication_indicator: int


class FakeReference:
    """A stand-in for the SQLite rule store with fixed CMS values (the store has its own tests)."""

    def __init__(self, pairs: dict[tuple[str, str], int] | None = None, mues: dict[str, tuple[int, int]] | None = None):
        self.pairs = pairs or {}
        self.mues = mues or {}
        self.settings: list[Setting] = []

    def pair(self, code_a: str, code_b: str, on: dt.date, setting: Setting) -> FakePtp | None:
        self.settings.append(setting)
        for first, second in ((code_a, code_b), (code_b, code_a)):
            if (first, second) in self.pairs:
                return FakePtp(first, second, self.pairs[first, second])
        return None

    def mue(self, code: str, on: dt.date, setting: Setting) -> FakeMue | None:
        self.settings.append(setting)
        return FakeMue(*self.mues[code]) if code in self.mues else None

    def files(self) -> list[str]:
        return ["fake: fixed CMS values"]


def findings(
    lines: list[dict[str, Any]],
    history: list[dict[str, Any]] | None = None,
    *,
    payer: str = "medicare",
    claim_type: str = "professional",
    reference: FakeReference | None = None,
) -> set[tuple[str, str, tuple[str, ...]]]:
    """(rule id, severity, line ids) of every finding except the note rules (tested with real notes)."""
    claim = parse_claim({"payer": payer, "claim_type": claim_type, "lines": lines, "history": history or []})
    result = scrub(claim, {}, reference=reference)
    return {
        (finding.rule_id, finding.severity, tuple(finding.line_ids))
        for finding in result.findings
        if not finding.rule_id.startswith("note.")
    }


# (case, lines, history, expected findings)
IMRT_BUNDLE = [
    ("same date", [line("s", "77290", day(0)), line("p", "77301", day(0))], [], {("imrt.bundle", "deny", ("s", "p"))}),
    (
        "day 14 before",
        [line("s", "77290", day(-14)), line("p", "77301", day(0))],
        [],
        {("imrt.bundle", "deny", ("s", "p"))},
    ),
    ("day 15 before", [line("s", "77290", day(-15)), line("p", "77301", day(0))], [], set()),
    ("after the plan: not in the Medicare window", [line("s", "77290", day(1)), line("p", "77301", day(0))], [], set()),
    (
        "77014 the day before",
        [line("g", "77014", day(-1)), line("p", "77301", day(0))],
        [],
        {("imrt.bundle", "deny", ("g", "p"))},
    ),
    (
        "77295 in the window",
        [line("d", "77295", day(-3)), line("p", "77301", day(0))],
        [],
        {("imrt.bundle", "deny", ("d", "p"))},
    ),
    ("77300 is not bundled", [line("c", "77300", day(0)), line("p", "77301", day(0))], [], set()),
    (
        "the plan on this claim, the simulation paid earlier",
        [line("p", "77301", day(0))],
        [line("h", "77290", day(-10))],
        {("imrt.bundle", "warn", ("p", "h"))},
    ),
    (
        "the simulation on this claim, the plan billed first",
        [line("s", "77290", day(-10))],
        [line("h", "77301", day(0))],
        {("imrt.bundle", "deny", ("s", "h"))},
    ),
    (
        "history alone is not judged",
        [line("x", "77300", day(40))],
        [line("h1", "77290", day(-2)), line("h2", "77301", day(0))],
        set(),
    ),
    (
        "the nearest plan is named",
        [line("s", "77290", day(-2)), line("p1", "77301", day(0)), line("p2", "77301", day(10))],
        [],
        {("imrt.bundle", "deny", ("s", "p1"))},
    ),
]


@pytest.mark.parametrize(("case", "lines", "history", "expected"), IMRT_BUNDLE, ids=[c[0] for c in IMRT_BUNDLE])
def test_imrt_bundle_medicare(case, lines, history, expected):
    assert findings(lines, history) == expected


COMMERCIAL = [
    (
        "day 30 before",
        [line("s", "77290", day(-30)), line("p", "77301", day(0))],
        {("imrt.bundle", "deny", ("s", "p"))},
    ),
    ("day 31 before", [line("s", "77290", day(-31)), line("p", "77301", day(0))], set()),
    ("day 30 after", [line("s", "77290", day(30)), line("p", "77301", day(0))], {("imrt.bundle", "deny", ("s", "p"))}),
    ("day 31 after", [line("s", "77290", day(31)), line("p", "77301", day(0))], set()),
    ("59: a distinct tumor on another date", [line("s", "77290", day(-20), "59"), line("p", "77301", day(0))], set()),
    (
        "59 does not bypass the same date",
        [line("s", "77290", day(0), "59"), line("p", "77301", day(0))],
        {("imrt.bundle", "deny", ("s", "p"))},
    ),
    ("77014 is not in this payer's list", [line("g", "77014", day(-5)), line("p", "77301", day(0))], set()),
]


@pytest.mark.parametrize(("case", "lines", "expected"), COMMERCIAL, ids=[c[0] for c in COMMERCIAL])
def test_imrt_bundle_commercial_window(case, lines, expected):
    assert findings(lines, payer="commercial-example") == expected


def test_commercial_pack_inherits_medicare_rules_and_names_itself():
    commercial, medicare = load_pack("commercial-example"), load_pack("medicare")
    assert [rule.id for rule in commercial.rules] == [rule.id for rule in medicare.rules]
    claim = parse_claim({"payer": "commercial-example", "lines": [line("a", "77293", day(0))]})
    [finding] = scrub(claim, {}).findings
    assert (finding.rule_id, finding.rulepack) == ("addon.77293_without_plan", "commercial-example@2026.1.0")


PAIR_BYPASS = [
    ("indicator 0: 59 does not bypass", "59", 0, {("imrt.bundle", "deny", ("s", "p"))}),
    ("indicator 1: 59 bypasses", "59", 1, set()),
    ("indicator 1: XS bypasses", "XS", 1, set()),
    ("indicator 1: 76 is not a bypass modifier", "76", 1, {("imrt.bundle", "deny", ("s", "p"))}),
]


@pytest.mark.parametrize(("case", "modifier", "indicator", "expected"), PAIR_BYPASS, ids=[c[0] for c in PAIR_BYPASS])
def test_same_date_bypass_follows_the_cms_modifier_indicator(case, modifier, indicator, expected):
    reference = FakeReference(pairs={("77301", "77290"): indicator})
    assert findings([line("s", "77290", day(0), modifier), line("p", "77301", day(0))], reference=reference) == expected


def test_without_a_cms_file_the_pack_default_indicator_applies_and_the_message_says_why():
    claim = parse_claim({"lines": [line("s", "77290", day(0), "59"), line("p", "77301", day(0))]})
    [finding] = [f for f in scrub(claim, {}).findings if f.rule_id == "imrt.bundle"]
    assert "modifier 59 cannot bypass it (modifier indicator 0)" in finding.message
    assert "OIG A-09-16-02033" in finding.source and finding.source.endswith("[V-primary]")


VERIFICATION = [
    (
        "77280 during the IMRT course",
        [line("v", "77280", day(5)), line("p", "77301", day(0))],
        {("imrt.verification_simulation", "deny", ("v", "p"))},
    ),
    ("77280 after the course", [line("v", "77280", day(91)), line("p", "77301", day(0))], set()),
    ("77280 with a 3D plan", [line("v", "77280", day(5)), line("d", "77295", day(0))], set()),
    (
        "before 2017 the NCCI allowed it",
        [line("v", "77280", "2016-12-20"), line("p", "77301", "2016-12-01")],
        set(),
    ),
]


@pytest.mark.parametrize(("case", "lines", "expected"), VERIFICATION, ids=[c[0] for c in VERIFICATION])
def test_verification_simulation_during_imrt(case, lines, expected):
    assert findings(lines) == expected


ONE_LEVEL = [
    (
        "77290 and 77280",
        [line("a", "77290", day(0)), line("b", "77280", day(0))],
        None,
        {("simulation.one_level_per_date", "deny", ("b", "a"))},
    ),
    (
        "77285 and 77280",
        [line("a", "77280", day(0)), line("b", "77285", day(0))],
        None,
        {("simulation.one_level_per_date", "deny", ("a", "b"))},
    ),
    (
        "all three: both lower ones",
        [line("a", "77280", day(0)), line("b", "77285", day(0)), line("c", "77290", day(0))],
        None,
        {("simulation.one_level_per_date", "deny", ("a", "c")), ("simulation.one_level_per_date", "deny", ("b", "c"))},
    ),
    ("different dates", [line("a", "77290", day(0)), line("b", "77280", day(1))], None, set()),
    (
        "XE, pack default indicator 0",
        [line("a", "77290", day(0)), line("b", "77280", day(0), "XE")],
        None,
        {("simulation.one_level_per_date", "deny", ("b", "a"))},
    ),
    (
        "XE, CMS indicator 1",
        [line("a", "77290", day(0)), line("b", "77280", day(0), "XE")],
        {("77290", "77280"): 1},
        set(),
    ),
]


@pytest.mark.parametrize(("case", "lines", "pairs", "expected"), ONE_LEVEL, ids=[c[0] for c in ONE_LEVEL])
def test_one_simulation_level_per_date(case, lines, pairs, expected):
    assert findings(lines, reference=FakeReference(pairs=pairs) if pairs else None) == expected


CT_GUIDANCE = [
    (
        "2025-12-31 with a simulation",
        [line("g", "77014", "2025-12-31"), line("s", "77290", "2025-12-31")],
        {("ct_guidance.with_simulation", "deny", ("g", "s"))},
    ),
    (
        "2026-01-01: a deleted code",
        [line("g", "77014", "2026-01-01"), line("s", "77290", "2026-01-01")],
        {("code.deleted_2026", "deny", ("g",))},
    ),
    ("2025 alone", [line("g", "77014", "2025-12-31")], set()),
    ("2026 alone", [line("g", "77014", "2026-03-02")], {("code.deleted_2026", "deny", ("g",))}),
    ("2025, another date", [line("g", "77014", "2025-12-30"), line("s", "77290", "2025-12-31")], set()),
]


@pytest.mark.parametrize(("case", "lines", "expected"), CT_GUIDANCE, ids=[c[0] for c in CT_GUIDANCE])
def test_ct_guidance(case, lines, expected):
    assert findings(lines) == expected


ADD_ON = [
    ("with 77295", [line("a", "77293", day(0)), line("d", "77295", day(0))], [], set()),
    ("with 77301", [line("a", "+77293", day(0)), line("p", "77301", day(0))], [], set()),
    ("with 77301 on an earlier claim that day", [line("a", "77293", day(0))], [line("h", "77301", day(0))], set()),
    ("alone", [line("a", "77293", day(0))], [], {("addon.77293_without_plan", "deny", ("a",))}),
    (
        "77295 the day before",
        [line("a", "77293", day(0)), line("d", "77295", day(-1))],
        [],
        {("addon.77293_without_plan", "deny", ("a",))},
    ),
    (
        "with a simulation only",
        [line("a", "77293", day(0)), line("s", "77290", day(0))],
        [],
        {("addon.77293_without_plan", "deny", ("a",))},
    ),
]


@pytest.mark.parametrize(("case", "lines", "history", "expected"), ADD_ON, ids=[c[0] for c in ADD_ON])
def test_respiratory_motion_add_on(case, lines, history, expected):
    assert findings(lines, history) == expected


MUE = [
    ("one unit", [line("a", "77290", day(0))], [], None, set()),
    ("two units on a line", [line("a", "77290", day(0), units=2)], [], None, {("mue.units", "deny", ("a",))}),
    ("a repeat line with 76", [line("a", "77290", day(0)), line("b", "77290", day(0), "76")], [], None, set()),
    ("a repeat line with 77", [line("a", "77290", day(0)), line("b", "77290", day(0), "77")], [], None, set()),
    (
        "a repeat line without a modifier",
        [line("a", "77290", day(0)), line("b", "77290", day(0))],
        [],
        None,
        {("mue.units", "deny", ("b", "a"))},
    ),
    (
        "a repeat line with 59: use 76",
        [line("a", "77290", day(0)), line("b", "77290", day(0), "59")],
        [],
        None,
        {("modifier.59_for_repeat", "warn", ("b", "a"))},
    ),
    ("59 with 76 is fine", [line("a", "77290", day(0)), line("b", "77290", day(0), "59", "76")], [], None, set()),
    (
        "MAI 3 from the CMS file counts the date, 76 or not",
        [line("a", "77290", day(0)), line("b", "77290", day(0), "76")],
        [],
        {"77290": (1, 3)},
        {("mue.units", "deny", ("a", "b"))},
    ),
    (
        "MAI 2 counts an earlier claim's units that day",
        [line("a", "77290", day(0))],
        [line("h", "77290", day(0))],
        {"77290": (1, 2)},
        {("mue.units", "deny", ("a", "h"))},
    ),
    ("the CMS value wins over the pack's", [line("a", "77290", day(0), units=2)], [], {"77290": (2, 1)}, set()),
    ("no limit known", [line("a", "77336", day(0), units=5)], [], None, set()),
]


@pytest.mark.parametrize(("case", "lines", "history", "mues", "expected"), MUE, ids=[c[0] for c in MUE])
def test_units_against_the_mue(case, lines, history, mues, expected):
    assert findings(lines, history, reference=FakeReference(mues=mues) if mues else None) == expected


MODIFIERS = [
    (
        "26 and TC",
        "professional",
        line("a", "77290", day(0), "26", "TC", pos="11"),
        {("modifier.26_with_tc", "deny", ("a",))},
    ),
    (
        "professional at POS 22 without 26",
        "professional",
        line("a", "77290", day(0), pos="22"),
        {("modifier.26_missing_at_facility", "deny", ("a",))},
    ),
    (
        "professional at POS 19 without 26",
        "professional",
        line("a", "77301", day(0), pos="19"),
        {("modifier.26_missing_at_facility", "deny", ("a",))},
    ),
    ("professional at POS 22 with 26", "professional", line("a", "77290", day(0), "26", pos="22"), set()),
    ("professional in an office (global)", "professional", line("a", "77290", day(0), pos="11"), set()),
    ("institutional at POS 22", "institutional", line("a", "77290", day(0), pos="22"), set()),
    ("an E/M code at POS 22", "professional", line("a", "99213", day(0), pos="22"), set()),
]


@pytest.mark.parametrize(("case", "claim_type", "one", "expected"), MODIFIERS, ids=[c[0] for c in MODIFIERS])
def test_component_modifiers(case, claim_type, one, expected):
    assert findings([one], claim_type=claim_type) == expected


def test_cms_files_are_looked_up_for_the_claims_setting():
    for claim_type, setting in (("professional", "practitioner"), ("institutional", "hospital")):
        reference = FakeReference()
        findings([line("a", "77290", day(0)), line("b", "77280", day(0))], claim_type=claim_type, reference=reference)
        assert set(reference.settings) == {setting}


GENERIC_PTP = [
    (
        "a CMS edit the pack does not know",
        {("77336", "77300"): 0},
        [line("a", "77336", day(0)), line("b", "77300", day(0))],
        {("ncci.ptp", "deny", ("b", "a"))},
    ),
    (
        "bypassed with indicator 1",
        {("77336", "77300"): 1},
        [line("a", "77336", day(0)), line("b", "77300", day(0), "XU")],
        set(),
    ),
    ("indicator 9: no edit", {("77336", "77300"): 9}, [line("a", "77336", day(0)), line("b", "77300", day(0))], set()),
    ("other dates", {("77336", "77300"): 0}, [line("a", "77336", day(0)), line("b", "77300", day(1))], set()),
    (
        "a pair a pack rule judged is not reported twice",
        {("77301", "77290"): 0},
        [line("s", "77290", day(0)), line("p", "77301", day(0))],
        {("imrt.bundle", "deny", ("s", "p"))},
    ),
]


@pytest.mark.parametrize(("case", "pairs", "lines", "expected"), GENERIC_PTP, ids=[c[0] for c in GENERIC_PTP])
def test_generic_ncci_pair_edits_from_the_cms_file(case, pairs, lines, expected):
    assert findings(lines, reference=FakeReference(pairs=pairs)) == expected


def test_findings_come_deny_first_then_in_line_order():
    claim = parse_claim(
        {"lines": [line("a", "77293", day(0)), line("b", "77290", day(0), "26", "TC"), line("c", "77280", day(0))]}
    )
    result = scrub(claim, {})
    severities = [finding.severity for finding in result.findings]
    assert severities == sorted(severities, key=["deny", "warn", "info"].index)
    denies = [finding.line_ids[0] for finding in result.findings if finding.severity == "deny"]
    assert denies == sorted(denies, key="abc".index)
    assert {finding.rulepack for finding in result.findings} == {"medicare@2026.1.0"}


def test_the_result_records_the_cms_files_consulted():
    claim = parse_claim({"lines": [line("a", "77290", day(0))]})
    assert scrub(claim, {}, reference=FakeReference()).rule_store == ["fake: fixed CMS values"]
    assert scrub(claim, {}).rule_store == []
