"""Payer rule packs: versioned, effective-dated, cited YAML in ``simcheck/rulepacks/payers``.

A pack lists rules; each rule has a ``kind`` (which edit in :mod:`simcheck.claims.edits` runs it), its
parameters, a severity, the dates of service it applies to, and the source it rests on. A pack may
``extends`` one other pack (one level): a rule with the same id replaces the parent's, ``disable`` drops one.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from simcheck.errors import ClaimError, Errors

Severity = Literal["deny", "warn", "info"]

Confidence = Literal["V-primary", "V-primary, payer", "V-secondary", "UNVERIFIED"]
CodeList = list[Annotated[str, Field(pattern=r"^(\d{5}|\d{4}[FTU]|[A-V]\d{4})$")]]
ModifierList = list[Annotated[str, Field(pattern=r"^[0-9A-Z]{2}$")]]
Indicator = Literal[0, 1]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Rule(_Strict):
    id: str = Field(pattern=r"^[a-z0-9_]+(\.[a-z0-9_]+)+$")
    severity: Severity
    confidence: Confidence
    source: str = Field(min_length=10)
    effective_from: dt.date | None = None
    effective_to: dt.date | None = Field(default=None, description="The last date of service it applies to.")

    def applies_on(self, date: dt.date) -> bool:
        """Whether the rule is in force for a date of service."""
        return (self.effective_from is None or self.effective_from <= date) and (
            self.effective_to is None or date <= self.effective_to
        )

    @property
    def citation(self) -> str:
        """The source with its confidence tag, as findings show it."""
        return f"{' '.join(self.source.split())} [{self.confidence}]"


class PlanBundle(_Rule):
    """Codes included in a plan (77301) billed on its date or within a window around it."""

    kind: Literal["plan_bundle"]
    plan_codes: CodeList = Field(min_length=1)
    bundled_codes: CodeList = Field(min_length=1)
    days_before: int = Field(ge=0, le=365)
    days_after: int = Field(ge=0, le=365)
    modifier_indicator: Indicator
    window_bypass_modifiers: ModifierList = Field(default_factory=list)


class CourseExclusion(_Rule):
    """Codes not payable after a plan code while its course runs (verification simulation in IMRT)."""

    kind: Literal["course_exclusion"]
    plan_codes: CodeList = Field(min_length=1)
    codes: CodeList = Field(min_length=1)
    course_days: int = Field(ge=1, le=365)


class OnePerDate(_Rule):
    """At most one of ``codes`` per date; the first listed (highest) present is kept."""

    kind: Literal["one_per_date"]
    codes: CodeList = Field(min_length=2)
    modifier_indicator: Indicator


class PairSameDate(_Rule):
    """A column-2 code is not payable with a column-1 code on the same date."""

    kind: Literal["pair_same_date"]
    column1: CodeList = Field(min_length=1)
    column2: CodeList = Field(min_length=1)
    modifier_indicator: Indicator


class DeletedCode(_Rule):
    """Codes that no longer exist for the dates of service the rule covers."""

    kind: Literal["deleted_code"]
    codes: CodeList = Field(min_length=1)


class AddOn(_Rule):
    """An add-on code needs one of its primary codes on the same date."""

    kind: Literal["add_on"]
    add_on: CodeList = Field(min_length=1)
    primaries: CodeList = Field(min_length=1)


class MueLimit(_Strict):
    """Units per date of service and the MUE adjudication indicator (1 line, 2 policy, 3 clinical)."""

    units: int = Field(ge=0)
    mai: Literal[1, 2, 3]


class Mue(_Rule):
    """Medically unlikely edits: default limits, overridden by an imported CMS MUE file."""

    kind: Literal["mue"]
    limits: dict[str, MueLimit] = Field(default_factory=dict)


class RepeatModifier(_Rule):
    """59/X{EPSU} used to repeat the same code on one date (76/77 is the repeat modifier)."""

    kind: Literal["repeat_modifier"]
    distinct_modifiers: ModifierList = Field(min_length=1)


class ComponentConflict(_Rule):
    """26 and TC on one line."""

    kind: Literal["component_conflict"]


class ProfessionalComponent(_Rule):
    """A professional claim's line at a facility place of service without 26."""

    kind: Literal["professional_component"]
    codes: CodeList = Field(min_length=1)
    facility_places_of_service: list[Annotated[str, Field(pattern=r"^\d{2}$")]] = Field(min_length=1)


class NoteLevel(_Rule):
    """The billed simulation level against the level the linked note supports."""

    kind: Literal["note_level"]


class NoteRequired(_Rule):
    """Lines whose codes need a linked note."""

    kind: Literal["note_required"]
    codes: CodeList = Field(min_length=1)


class NcciPtp(_Rule):
    """Every same-date pair edit of the imported CMS NCCI PTP files (no-op without a rule store)."""

    kind: Literal["ncci_ptp"]


Rule = Annotated[
    PlanBundle
    | CourseExclusion
    | OnePerDate
    | PairSameDate
    | DeletedCode
    | AddOn
    | Mue
    | RepeatModifier
    | ComponentConflict
    | ProfessionalComponent
    | NoteLevel
    | NoteRequired
    | NcciPtp,
    Field(discriminator="kind"),
]


class PackFile(_Strict):
    """A payer pack as written in YAML."""

    kind: Literal["payer_pack"]
    schema_version: Literal[1]
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str
    version: str = Field(pattern=r"^\d{4}\.\d+\.\d+$")
    extends: str | None = None
    effective_from: dt.date
    simulation_codes: CodeList | None = None
    ptp_bypass_modifiers: ModifierList | None = None
    ptp_bypass_source: str | None = None
    repeat_modifiers: ModifierList | None = None
    rules: list[Rule] = Field(default_factory=list)
    disable: list[str] = Field(default_factory=list)


class PayerPack(_Strict):
    """A resolved pack (its parent merged in): what the edits run."""

    id: str
    name: str
    version: str
    extends: str | None
    effective_from: dt.date
    simulation_codes: CodeList
    ptp_bypass_modifiers: ModifierList
    ptp_bypass_source: str
    repeat_modifiers: ModifierList
    rules: list[Rule]

    @property
    def label(self) -> str:
        """``id@version``, as every finding names it."""
        return f"{self.id}@{self.version}"

    def level_of(self, code: str) -> int | None:
        """The simulation level of a code (3 for the highest), or None for other codes."""
        codes = self.simulation_codes
        return len(codes) - codes.index(code) if code in codes else None


def _root() -> Traversable:
    return resources.files("simcheck") / "rulepacks" / "payers"


def _read(root: Traversable | Path, pack_id: str) -> PackFile:
    source = root / f"{pack_id}.yaml"
    if not source.is_file():
        raise ClaimError("E071", Errors.E071.format(payer=pack_id, known=", ".join(available_packs(root))))
    try:
        return PackFile.model_validate(yaml.safe_load(source.read_bytes()))
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise ClaimError("E072", Errors.E072.format(path=f"{pack_id}.yaml", reason=exc)) from None


def available_packs(root: Traversable | Path | None = None) -> list[str]:
    """The ids of the payer packs in ``root`` (the packs shipped with simcheck by default)."""
    folder = root if root is not None else _root()
    return sorted(entry.name.removesuffix(".yaml") for entry in folder.iterdir() if entry.name.endswith(".yaml"))


def resolve(pack: PackFile, parent: PackFile | None) -> PayerPack:
    """Merge a pack over its parent: same-id rules replace, ``disable`` removes, unset lists inherit."""
    if pack.extends is not None and parent is None:
        raise ClaimError("E072", Errors.E072.format(path=pack.id, reason=f"its parent {pack.extends} is missing"))
    if parent is not None and parent.extends is not None:
        raise ClaimError("E073", Errors.E073.format(pack=pack.id, parent=parent.id, grandparent=parent.extends))
    own = {rule.id: rule for rule in pack.rules}
    inherited = [own.pop(rule.id, rule) for rule in (parent.rules if parent else [])]
    rules = [rule for rule in [*inherited, *own.values()] if rule.id not in pack.disable]
    ids = [rule.id for rule in pack.rules]
    unknown = sorted(set(pack.disable) - {rule.id for rule in (parent.rules if parent else [])})
    if len(ids) != len(set(ids)) or unknown:
        reason = f"unknown ids in disable: {unknown}" if unknown else "a rule id is defined twice"
        raise ClaimError("E072", Errors.E072.format(path=pack.id, reason=reason))

    def pick(name: str) -> object:
        value = getattr(pack, name)
        if value is None and parent is not None:
            value = getattr(parent, name)
        if value is None:
            raise ClaimError("E072", Errors.E072.format(path=pack.id, reason=f"{name} is not set"))
        return value

    return PayerPack.model_validate(
        {
            "id": pack.id,
            "name": pack.name,
            "version": pack.version,
            "extends": pack.extends,
            "effective_from": pack.effective_from,
            "simulation_codes": pick("simulation_codes"),
            "ptp_bypass_modifiers": pick("ptp_bypass_modifiers"),
            "ptp_bypass_source": pick("ptp_bypass_source"),
            "repeat_modifiers": pick("repeat_modifiers"),
            "rules": rules,
        }
    )


@cache
def _load_shipped(pack_id: str) -> PayerPack:
    return load_pack(pack_id, _root())


def load_pack(pack_id: str, root: Traversable | Path | None = None) -> PayerPack:
    """Load a payer pack by id, resolving ``extends``.

    Args:
        pack_id: The pack's id (its file name without ``.yaml``), e.g. ``medicare``.
        root: A folder of packs; the packs shipped with simcheck by default.

    Raises:
        ClaimError: E071 for an unknown id, E072 for an invalid pack, E073 for more than one level of extends.
    """
    if root is None:
        return _load_shipped(pack_id)
    pack = _read(root, pack_id)
    parent = _read(root, pack.extends) if pack.extends else None
    return resolve(pack, parent)
