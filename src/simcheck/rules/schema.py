"""Pydantic models for the rule packs shipped in ``simcheck/rulepacks``."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Label = Literal["RATIONALE", "AREA_COUNT", "TREATMENT_SITE", "FEATURE", "MODALITY"]
TokenPattern = list[dict[str, Any]]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ElementRule(_Strict):
    """One matching rule: a stable id, the value it contributes and its token patterns."""

    id: str = Field(pattern=r"^[a-z0-9_]+(\.[a-z0-9_]+)+$")
    value: str
    label: Label | None = None
    patterns: list[TokenPattern] = Field(min_length=1)
    field: bool = False
    lateral: bool = False
    listed_only: bool = Field(
        default=False, description="A site that is also an organ at risk: an area only in a section listing areas"
    )
    negates: bool = Field(
        default=False, description="The pattern states the absence itself ('contrast was not used'): always negated"
    )
    exclude: str | None = Field(
        default=None, description="Regex (case-insensitive): a match whose text it finds is dropped"
    )
    exclude_near: str | None = Field(
        default=None,
        description="Regex (case-insensitive): a match is dropped when it finds it within 24 characters around",
    )
    exclude_part_of: str | None = Field(
        default=None,
        description="Regex (case-insensitive): a match is dropped when it is part of a phrase the regex finds within 24"
        " characters around (a place's name: 'Larkspur Proton Center')",
    )

    @model_validator(mode="after")
    def _patterns_match_text(self) -> ElementRule:
        for pattern in self.patterns:
            check_token_pattern(pattern)
        return self


class PositiveExample(_Strict):
    """A sentence the pack must find, with what it must find."""

    text: str
    value: str | None = None
    count: int | None = None
    areas: int | None = None


class ElementExamples(_Strict):
    """Sentences a pack must and must not find (run by one parametrized test)."""

    positive: list[PositiveExample] = Field(min_length=1)
    negative: list[str] = Field(min_length=1)


class SiteNames(_Strict):
    """How a treatment site's words become its name, and how many treatment areas a name stands for.

    Words in ``ignore`` are dropped and ``synonyms`` replace a word. A "bilateral" site is two areas (left and
    right) unless its organ is in ``bilateral_one_area``; a name in ``split_areas`` is the areas it lists.
    """

    ignore: frozenset[str] = frozenset()
    synonyms: dict[str, str] = Field(default_factory=dict)
    split_areas: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    bilateral_one_area: frozenset[str] = frozenset()

    def areas_of(self, name: str) -> tuple[str, ...]:
        """Return the separate treatment areas one site name stands for ("bilateral neck": left and right neck)."""
        if name in self.split_areas:
            return self.split_areas[name]
        side, _, organ = name.partition(" ")
        if side == "bilateral" and organ and organ not in self.bilateral_one_area:
            return (f"left {organ}", f"right {organ}")
        return (name,)


class ElementPack(_Strict):
    """Rules for one documentation element."""

    kind: Literal["element"]
    id: str
    version: str
    schema_version: Literal[1]
    element: Literal["rationale", "treatment_areas", "complexity", "imaging"]
    label: Label
    rules: list[ElementRule] = Field(min_length=1)
    site_names: SiteNames | None = None
    examples: ElementExamples

    def label_of(self, rule: ElementRule) -> str:
        """Return the span label a rule produces."""
        return rule.label or self.label


class SectionRule(_Strict):
    """A canonical section: its headers, and what does not count inside it.

    ``copied`` marks text carried forward from an earlier course or note: nothing in it counts.
    ``lists_areas`` marks a section that enumerates the treatment areas: every site named in it counts.
    ``checked_boxes_count`` lets a checked box ("[x] IV contrast") count despite the section's assertion.
    ``keeps_fields`` keeps inline fields under it ("Site: left thigh" in an order) in this section.
    ``ends_field_blocks`` lists this section's headers that, as a field, end such a block ("Simulation: CT done"
    records what was done; "Position: supine" is still a field of the order).
    ``never_title`` marks headers that are never the note's title, even first or with text after them
    ("Clinical summary: 87 yo ..." opens a simulation note; it does not make it a treatment summary).
    """

    id: str
    headers: list[str] = Field(min_length=1)
    copied: bool = False
    markers: list[str] = Field(
        default_factory=list,
        description="Inline phrases that open this section until the end of their line (e.g. 'copied from')",
    )
    end_markers: list[str] = Field(
        default_factory=list,
        description="Phrases that, leading a line, close a block its markers opened (e.g. '[end copied text]')",
    )
    summary_markers: list[str] = Field(
        default_factory=list,
        description="Markers that open a summary, not a copied note ('prior course'): a block they open also ends at "
        "another section's header with text after it ('INDICATION: ...'), which a copied note would carry",
    )
    qualifiers: list[str] = Field(
        default_factory=list,
        description="Words that, opening a header's parenthetical, put any header here ('Rationale (old):')",
    )
    lists_areas: bool = False
    assertion: dict[Literal["historical", "hypothetical"], list[Label]] = Field(default_factory=dict)
    checked_boxes_count: bool = False
    keeps_fields: bool = False
    ends_field_blocks: list[str] = Field(default_factory=list)
    never_title: bool = False


class SectionExample(_Strict):
    """A text and the section ids the tagger must find in it."""

    text: str
    sections: list[str]


class NoteKind(_Strict):
    """A kind of note recognised by words in its title (see :class:`TitleRegion`).

    A note of a kind with an ``assertion`` documents no simulation of its own (a consult plans one,
    a treatment summary or on-treatment visit looks back on one), so none of its mentions count.
    ``content_patterns`` are read only when no title names a kind: phrases only this kind of note says
    ("Fraction 14 of 19" in an on-treatment visit). The earliest match in the note decides.
    ``joined_title_words`` name this kind wherever they stand in the title, ahead of other kinds' words: a title
    that joins two kinds ("Consult and simulation") documents this one.
    """

    id: str
    title_words: list[str] = Field(min_length=1)
    joined_title_words: list[str] = Field(default_factory=list)
    content_patterns: list[str] = Field(
        default_factory=list, description="Case-insensitive regular expressions; see the class docstring"
    )
    assertion: Literal["historical", "hypothetical"] | None = None

    @field_validator("content_patterns")
    @classmethod
    def _patterns_compile(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"content pattern {pattern!r} is not a regular expression: {exc}") from None
        return patterns


class TitleRegion(_Strict):
    """Where a note's title is looked for.

    The first non-blank line is always a candidate. Exports put banners (vendor, patient id, fax
    header) first, so the next ``lines - 1`` non-blank lines are candidates too when they are short
    (at most ``max_words`` words) or are a title field (``Template: Weekly Management Note``). HTML
    tags and RTF control words are removed first. The first candidate holding a title word decides.
    """

    lines: int = Field(default=1, ge=1, le=12)
    max_words: int = Field(default=6, ge=1)
    fields: list[str] = Field(default_factory=list)


class SectionPack(_Strict):
    """Section headers mapped to canonical section ids, and the note kinds told apart by title."""

    kind: Literal["sections"]
    id: str
    version: str
    schema_version: Literal[1]
    default_section: str
    sections: list[SectionRule]
    note_kinds: list[NoteKind] = Field(default_factory=list)
    title: TitleRegion = Field(default_factory=TitleRegion)
    examples: list[SectionExample] = Field(default_factory=list)

    @model_validator(mode="after")
    def _headers_unique(self) -> SectionPack:
        seen: dict[str, str] = {}
        for section in self.sections:
            for header in section.headers:
                key = header.lower()
                if key in seen:
                    raise ValueError(f"header {header!r} maps to {seen[key]} and {section.id}")
                seen[key] = section.id
        return self


ContextCategory = Literal["NEGATED_EXISTENCE", "HYPOTHETICAL", "HISTORICAL", "FUSION", "PSEUDO", "TERMINATE"]


class ContextRuleSpec(_Strict):
    """A ConText modifier rule."""

    id: str
    literal: str
    category: ContextCategory
    direction: Literal["FORWARD", "BACKWARD", "BIDIRECTIONAL", "PSEUDO", "TERMINATE"]
    pattern: TokenPattern | None = None
    max_scope: int | None = None
    allowed_types: list[Label] | None = None

    @model_validator(mode="after")
    def _pattern_matches_text(self) -> ContextRuleSpec:
        if self.pattern is not None:
            check_token_pattern(self.pattern)
        return self


class ContextExample(_Strict):
    """A sentence, a target in it and its expected assertion."""

    text: str
    target: str
    assertion: Literal["affirmed", "negated", "hypothetical", "historical", "template_blank"]


class ContextPack(_Strict):
    """ConText modifier rules."""

    kind: Literal["context"]
    id: str
    version: str
    schema_version: Literal[1]
    rules: list[ContextRuleSpec]
    examples: list[ContextExample] = Field(default_factory=list)


class DecisionPack(_Strict):
    """The guide's decision parameters and the physician-query wording."""

    kind: Literal["decision"]
    id: str
    version: str
    schema_version: Literal[1]
    qualifying_features: list[str]
    complex_area_count: int = Field(ge=1)
    correcting_sections: list[str] = Field(
        default=["addendum"],
        description="Sections whose negated feature or scan overrides the same one affirmed earlier in the note",
    )
    queries: dict[Literal["rationale", "treatment_areas", "complexity", "imaging"], str]


class PackPaths(_Strict):
    """Where the bundle's packs are, relative to the manifest."""

    sections: str
    context: str
    decision: str
    elements: list[str]


class BundleManifest(_Strict):
    """The bundle: its id, version and packs."""

    kind: Literal["bundle"]
    id: str
    version: str
    schema_version: Literal[1]
    packs: PackPaths


def check_token_pattern(pattern: TokenPattern) -> None:
    """Reject pattern values that YAML silently turned into booleans or that can never match.

    Raises:
        ValueError: On a boolean inside an ``IN`` list or an upper-case ``LOWER`` value.
    """
    for token in pattern:
        lower = token.get("LOWER")
        values = lower.get("IN", []) if isinstance(lower, dict) else [lower] if lower is not None else []
        for value in values:
            if not isinstance(value, str):
                raise ValueError(f"pattern value {value!r} is not a string (quote it in YAML)")
            if value != value.lower():
                raise ValueError(f"LOWER value {value!r} is not lower case")
