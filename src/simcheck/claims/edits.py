"""The claim edits: one pure function per rule kind, run over a claim, its history and the linked verdicts.

History lines are context: an edit reports only when a line of this claim is involved. When the line that
is not payable was billed earlier (history) and this claim holds the line it bundles into, the finding is a
``warn`` asking to correct the earlier claim, as the OIG found 77290s paid days before their 77301.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

from simcheck.claims import packs
from simcheck.claims.cms import Mue, PtpEdit, Setting
from simcheck.claims.model import Claim, ClaimLine, Finding
from simcheck.claims.packs import Severity
from simcheck.verdict import NoteError, Verdict

SEVERITY_ORDER: dict[Severity, int] = {"deny": 0, "warn": 1, "info": 2}


class Reference(Protocol):
    """Where the edits look up CMS NCCI pair edits and MUEs by date of service (the SQLite rule store)."""

    def pair(self, code_a: str, code_b: str, on: dt.date, setting: Setting) -> PtpEdit | None:
        """The pair edit in force on a date between two codes, in either column order."""

    def mue(self, code: str, on: dt.date, setting: Setting) -> Mue | None:
        """The MUE of a code for a date of service."""

    def files(self) -> list[str]:
        """The CMS files it holds, as each result records them."""


@dataclass(frozen=True)
class LinkedNote:
    """The note documenting a line, and its verdict (or why it could not be checked)."""

    note_id: str | None
    verdict: Verdict | NoteError


@dataclass
class Context:
    """What every edit sees."""

    claim: Claim
    pack: packs.PayerPack
    notes: Mapping[str, LinkedNote]
    reference: Reference | None = None
    covered: set[frozenset[str]] = field(default_factory=set)
    """Line pairs a pack rule already judged (the generic NCCI edit skips them)."""

    @cached_property
    def current(self) -> frozenset[str]:
        """Ids of this claim's lines."""
        return frozenset(line.id for line in self.claim.lines)

    @cached_property
    def lines(self) -> tuple[ClaimLine, ...]:
        """History, then this claim's lines."""
        return (*self.claim.history, *self.claim.lines)

    @cached_property
    def by_date(self) -> dict[dt.date, list[ClaimLine]]:
        """All lines grouped by date of service."""
        grouped: dict[dt.date, list[ClaimLine]] = defaultdict(list)
        for line in self.lines:
            grouped[line.date_of_service].append(line)
        return grouped

    @cached_property
    def by_code_and_date(self) -> dict[tuple[str, dt.date], list[ClaimLine]]:
        """All lines grouped by code and date of service (repeats of one code on one date)."""
        grouped: dict[tuple[str, dt.date], list[ClaimLine]] = defaultdict(list)
        for line in self.lines:
            grouped[line.cpt, line.date_of_service].append(line)
        return grouped

    @property
    def setting(self) -> Setting:
        """Which CMS files apply: practitioner for professional claims, hospital for institutional ones."""
        return "practitioner" if self.claim.claim_type == "professional" else "hospital"

    def is_current(self, line: ClaimLine) -> bool:
        """Whether the line is on this claim (not history)."""
        return line.id in self.current

    def with_codes(self, codes: Iterable[str]) -> list[ClaimLine]:
        """All lines (history and claim) whose code is in ``codes``."""
        wanted = set(codes)
        return [line for line in self.lines if line.cpt in wanted]

    def indicator(self, default: int, column1: str, column2: str, on: dt.date) -> int:
        """The pair's modifier indicator: the imported CMS file's for the date, else the pack's default."""
        edit = self.reference.pair(column1, column2, on, self.setting) if self.reference else None
        return edit.modifier_indicator if edit is not None else default

    def bypasses(self, line: ClaimLine, indicator: int) -> bool:
        """Whether the line's modifier bypasses a pair edit with this indicator (only indicator 1 allows it)."""
        return indicator == 1 and line.has(*self.pack.ptp_bypass_modifiers)


Edit = Callable[[packs.Rule, Context], Iterator[Finding]]


def _finding(rule: packs.Rule, ctx: Context, lines: Iterable[ClaimLine], message: str, severity: Severity) -> Finding:
    return Finding(
        rule_id=rule.id,
        severity=severity,
        line_ids=[line.id for line in lines],
        message=message,
        source=rule.citation,
        rulepack=ctx.pack.label,
    )


def _describe(line: ClaimLine) -> str:
    return f"{line.cpt} (line {line.id}, {line.date_of_service.isoformat()})"


def _not_payable_with(
    rule: packs.Rule, ctx: Context, denied: ClaimLine, kept: ClaimLine, why: str, severity: Severity | None = None
) -> Iterator[Finding]:
    """``denied`` is not separately payable with ``kept``: deny it, or ask to correct the earlier claim."""
    ctx.covered.add(frozenset((denied.id, kept.id)))
    if ctx.is_current(denied):
        message = f"{_describe(denied)} is not separately payable with {_describe(kept)}: {why}."
        yield _finding(rule, ctx, (denied, kept), message, severity or rule.severity)
    elif ctx.is_current(kept):
        message = (
            f"{_describe(denied)} on an earlier claim is not separately payable with {_describe(kept)}: {why}. "
            "Correct or void the earlier line."
        )
        yield _finding(rule, ctx, (kept, denied), message, "warn")


def _modifier_note(ctx: Context, line: ClaimLine, indicator: int) -> str:
    used = [modifier for modifier in line.modifiers if modifier in ctx.pack.ptp_bypass_modifiers]
    return f"; modifier {'/'.join(used)} cannot bypass it (modifier indicator {indicator})" if used else ""


def plan_bundle(rule: packs.Rule, ctx: Context) -> Iterator[Finding]:
    """Codes billed on a plan's date or inside the window before/after it are part of the plan."""
    assert isinstance(rule, packs.PlanBundle)
    candidates = []
    for plan in ctx.with_codes(rule.plan_codes):
        for line in ctx.with_codes(rule.bundled_codes):
            days = (plan.date_of_service - line.date_of_service).days
            if -rule.days_after <= days <= rule.days_before and rule.applies_on(line.date_of_service):
                candidates.append((abs(days), days, line, plan))
    judged: set[str] = set()
    for _, days, line, plan in sorted(candidates, key=lambda item: item[0]):
        if line.id in judged:
            continue
        judged.add(line.id)
        if days == 0:
            indicator = ctx.indicator(rule.modifier_indicator, plan.cpt, line.cpt, line.date_of_service)
            if ctx.bypasses(line, indicator):
                continue
            why = f"it is part of the {plan.cpt} plan on the same date{_modifier_note(ctx, line, indicator)}"
        else:
            if line.has(*rule.window_bypass_modifiers):
                continue
            side = "before" if days > 0 else "after"
            why = (
                f"it was billed {abs(days)} days {side} {plan.cpt}, inside the pack's window "
                f"({rule.days_before} days before, {rule.days_after} after), so it is part of the plan"
            )
        yield from _not_payable_with(rule, ctx, line, plan, why)


def course_exclusion(rule: packs.Rule, ctx: Context) -> Iterator[Finding]:
    """Codes billed while a plan's course runs (a verification simulation during IMRT)."""
    assert isinstance(rule, packs.CourseExclusion)
    for line in ctx.with_codes(rule.codes):
        if not rule.applies_on(line.date_of_service):
            continue
        for plan in ctx.with_codes(rule.plan_codes):
            days = (line.date_of_service - plan.date_of_service).days
            if 0 < days <= rule.course_days:
                why = f"billed {days} days into the {plan.cpt} course, where a verification simulation is not payable"
                yield from _not_payable_with(rule, ctx, line, plan, why)
                break


def one_per_date(rule: packs.Rule, ctx: Context) -> Iterator[Finding]:
    """One of ``codes`` per date: the highest is kept."""
    assert isinstance(rule, packs.OnePerDate)
    rank = {code: index for index, code in enumerate(rule.codes)}
    for date, lines in ctx.by_date.items():
        present = sorted((line for line in lines if line.cpt in rank), key=lambda line: rank[line.cpt])
        if not present or not rule.applies_on(date):
            continue
        kept = present[0]
        for line in present:
            if line.cpt == kept.cpt:
                continue
            indicator = ctx.indicator(rule.modifier_indicator, kept.cpt, line.cpt, date)
            if ctx.bypasses(line, indicator):
                continue
            why = f"one simulation level per date, the highest is kept{_modifier_note(ctx, line, indicator)}"
            yield from _not_payable_with(rule, ctx, line, kept, why)


def pair_same_date(rule: packs.Rule, ctx: Context) -> Iterator[Finding]:
    """A column-2 code with a column-1 code on the same date."""
    assert isinstance(rule, packs.PairSameDate)
    for line in ctx.with_codes(rule.column2):
        date = line.date_of_service
        partner = next((other for other in ctx.by_date[date] if other.cpt in rule.column1), None)
        if partner is None or not rule.applies_on(date):
            continue
        indicator = ctx.indicator(rule.modifier_indicator, partner.cpt, line.cpt, date)
        if not ctx.bypasses(line, indicator):
            why = f"it is included in {partner.cpt} on the same date{_modifier_note(ctx, line, indicator)}"
            yield from _not_payable_with(rule, ctx, line, partner, why)


def deleted_code(rule: packs.Rule, ctx: Context) -> Iterator[Finding]:
    """A code that does not exist on the date of service."""
    assert isinstance(rule, packs.DeletedCode)
    for line in ctx.claim.lines:
        if line.cpt in rule.codes and rule.applies_on(line.date_of_service):
            since = rule.effective_from.isoformat() if rule.effective_from else "earlier"
            message = f"{_describe(line)} is a deleted code for dates of service from {since}."
            yield _finding(rule, ctx, [line], message, rule.severity)


def add_on(rule: packs.Rule, ctx: Context) -> Iterator[Finding]:
    """An add-on code without one of its primary codes on the same date."""
    assert isinstance(rule, packs.AddOn)
    for line in ctx.claim.lines:
        if line.cpt not in rule.add_on or not rule.applies_on(line.date_of_service):
            continue
        if not any(other.cpt in rule.primaries for other in ctx.by_date[line.date_of_service]):
            primaries = " or ".join(rule.primaries)
            message = f"+{_describe(line)} is an add-on code and needs {primaries} on the same date; none is billed."
            yield _finding(rule, ctx, [line], message, rule.severity)


def _mai_meaning(mai: int) -> str:
    return {
        1: "a claim-line edit: report a repeat on its own line with 76 or 77",
        2: "a date-of-service policy limit that cannot be appealed",
        3: "a clinical date-of-service limit: payable on appeal with the records",
    }[mai]


def mue(rule: packs.Rule, ctx: Context) -> Iterator[Finding]:
    """Units above the MUE for the date of service (MAI 1 per line; MAI 2 and 3 per date)."""
    assert isinstance(rule, packs.Mue)
    separate = (*ctx.pack.repeat_modifiers, *ctx.pack.ptp_bypass_modifiers)
    for (code, date), lines in ctx.by_code_and_date.items():
        if not any(ctx.is_current(line) for line in lines) or not rule.applies_on(date):
            continue
        found = ctx.reference.mue(code, date, ctx.setting) if ctx.reference else None
        default = rule.limits.get(code)
        if found is not None:
            limit, mai, origin = found.value, found.adjudication_indicator, "CMS MUE file"
        elif default is not None:
            limit, mai, origin = default.units, default.mai, f"pack default, {rule.confidence}"
        else:
            continue
        meaning = f"MUE {limit} ({origin}); MAI {mai} is {_mai_meaning(mai)}"
        if mai == 1:
            for index, line in enumerate(lines):
                if not ctx.is_current(line):
                    continue
                if line.units > limit:
                    message = f"{_describe(line)} has {line.units} units, over the {meaning}."
                    yield _finding(rule, ctx, [line], message, rule.severity)
                elif index > 0 and not line.has(*separate):
                    message = (
                        f"{_describe(line)} repeats {code} on the same date without 76 (same physician) or 77 "
                        f"(another physician), so it counts as more units on line {lines[0].id}: {meaning}."
                    )
                    yield _finding(rule, ctx, [line, lines[0]], message, rule.severity)
        else:
            total = sum(line.units for line in lines)
            if total > limit:
                message = f"{total} units of {code} on {date.isoformat()}, over the {meaning}."
                current = [line for line in lines if ctx.is_current(line)]
                yield _finding(rule, ctx, current + [line for line in lines if line not in current], message, "deny")


def repeat_modifier(rule: packs.Rule, ctx: Context) -> Iterator[Finding]:
    """59 or X{EPSU} on a repeat of the same code on one date: the repeat modifier is 76 or 77."""
    assert isinstance(rule, packs.RepeatModifier)
    for lines in ctx.by_code_and_date.values():
        for line in lines[1:]:
            if ctx.is_current(line) and line.has(*rule.distinct_modifiers) and not line.has(*ctx.pack.repeat_modifiers):
                used = "/".join(modifier for modifier in line.modifiers if modifier in rule.distinct_modifiers)
                message = (
                    f"{_describe(line)} repeats {line.cpt} on the same date with {used}: 59 and X modifiers mark a "
                    "distinct procedure; report a repeat with 76 (same physician) or 77 (another physician)."
                )
                yield _finding(rule, ctx, [line, lines[0]], message, rule.severity)


def component_conflict(rule: packs.Rule, ctx: Context) -> Iterator[Finding]:
    """26 and TC on one line."""
    for line in ctx.claim.lines:
        if line.has("26") and line.has("TC"):
            message = f"{_describe(line)} carries both 26 and TC: bill the professional and technical parts apart."
            yield _finding(rule, ctx, [line], message, rule.severity)


def professional_component(rule: packs.Rule, ctx: Context) -> Iterator[Finding]:
    """A professional claim's line at a facility place of service without 26."""
    assert isinstance(rule, packs.ProfessionalComponent)
    if ctx.claim.claim_type != "professional":
        return
    for line in ctx.claim.lines:
        if (
            line.cpt in rule.codes
            and line.place_of_service in rule.facility_places_of_service
            and not line.has("26")
            and rule.applies_on(line.date_of_service)
        ):
            message = (
                f"{_describe(line)} is on a professional claim at place of service {line.place_of_service} "
                "(a facility) without 26: the facility bills the technical part, the physician bills 26."
            )
            yield _finding(rule, ctx, [line], message, rule.severity)


def note_level(rule: packs.Rule, ctx: Context) -> Iterator[Finding]:
    """The billed simulation level against the level the linked note supports."""
    for line in ctx.claim.lines:
        billed = ctx.pack.level_of(line.cpt)
        linked = ctx.notes.get(line.id)
        if billed is None or linked is None or not isinstance(linked.verdict, Verdict):
            continue
        verdict = linked.verdict
        supported = ctx.pack.level_of(verdict.level)
        note = f"note {linked.note_id}" if linked.note_id else "the linked note"
        shows = f"supports {verdict.level}" if supported else "supports no simulation level"
        if supported is None or billed > supported:
            missing = ", ".join(item.element.replace("_", " ") for item in verdict.missing)
            severity: Severity = "warn" if verdict.status == "needs_review" else rule.severity
            message = f"{_describe(line)} is billed but {note} {shows}"
            message += f"; missing for 77290: {missing}." if missing else "."
            if severity == "warn":
                message += " The model is not confident in this verdict: review the note."
            else:
                message += " Query the physician (the verdict lists the queries) or bill the supported level."
            yield _finding(rule, ctx, [line], message, severity)
        elif billed < supported:
            message = f"{_describe(line)} is billed but {note} {shows}: possible undercoding."
            yield _finding(rule, ctx, [line], message, "info")


def note_required(rule: packs.Rule, ctx: Context) -> Iterator[Finding]:
    """Lines whose code needs documentation, with no linked note or one that could not be checked."""
    assert isinstance(rule, packs.NoteRequired)
    for line in ctx.claim.lines:
        if line.cpt not in rule.codes:
            continue
        linked = ctx.notes.get(line.id)
        if linked is None:
            message = f"{_describe(line)} has no linked note: the documentation that supports it is missing."
            yield _finding(rule, ctx, [line], message, rule.severity)
        elif isinstance(linked.verdict, NoteError):
            error = linked.verdict.error
            message = f"{_describe(line)}: its note could not be checked ([{error.code}] {error.message})."
            yield _finding(rule, ctx, [line], message, rule.severity)


def ncci_ptp(rule: packs.Rule, ctx: Context) -> Iterator[Finding]:
    """Every same-date pair with an NCCI PTP edit in the imported CMS files, unless a pack rule judged it."""
    if ctx.reference is None:
        return
    for date, lines in ctx.by_date.items():
        for index, first in enumerate(lines):
            for second in lines[index + 1 :]:
                pair = frozenset((first.id, second.id))
                if (
                    first.cpt == second.cpt
                    or pair in ctx.covered
                    or not (ctx.is_current(first) or ctx.is_current(second))
                ):
                    continue
                edit = ctx.reference.pair(first.cpt, second.cpt, date, ctx.setting)
                if edit is None or edit.modifier_indicator not in (0, 1):
                    continue
                denied, kept = (first, second) if first.cpt == edit.column2 else (second, first)
                if ctx.bypasses(denied, edit.modifier_indicator):
                    continue
                since = edit.effective.isoformat()
                why = f"CMS NCCI {ctx.setting} PTP edit {edit.column1}/{edit.column2} in effect since {since}"
                why += f" ({edit.rationale}){_modifier_note(ctx, denied, edit.modifier_indicator)}"
                yield from _not_payable_with(rule, ctx, denied, kept, why)


EDITS: dict[str, Edit] = {
    "plan_bundle": plan_bundle,
    "course_exclusion": course_exclusion,
    "one_per_date": one_per_date,
    "pair_same_date": pair_same_date,
    "deleted_code": deleted_code,
    "add_on": add_on,
    "mue": mue,
    "repeat_modifier": repeat_modifier,
    "component_conflict": component_conflict,
    "professional_component": professional_component,
    "note_level": note_level,
    "note_required": note_required,
    "ncci_ptp": ncci_ptp,
}
"""Rule kind → edit. The generic NCCI edit runs last, so it can skip pairs a pack rule judged."""


def run_edits(ctx: Context) -> list[Finding]:
    """Run the pack's rules in order (the NCCI PTP edit last); findings by severity, then claim line order."""
    rules = sorted(ctx.pack.rules, key=lambda rule: rule.kind == "ncci_ptp")
    findings = [finding for rule in rules for finding in EDITS[rule.kind](rule, ctx)]
    position = {line.id: index for index, line in enumerate((*ctx.claim.lines, *ctx.claim.history))}
    return sorted(findings, key=lambda finding: (SEVERITY_ORDER[finding.severity], position[finding.line_ids[0]]))
