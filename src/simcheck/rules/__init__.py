"""Rule packs: load, validate and index the versioned YAML data in ``simcheck/rulepacks``."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from simcheck.errors import Errors, RulePackError
from simcheck.rules.schema import (
    BundleManifest,
    ContextPack,
    DecisionPack,
    ElementPack,
    ElementRule,
    SectionPack,
)

__all__ = ["ProximityRule", "RuleBundle", "as_phrases", "as_proximity", "load_bundle", "pattern_forms"]

_PackT = TypeVar("_PackT", bound=BaseModel)


@dataclass(frozen=True)
class RuleBundle:
    """All rule packs of one bundle, validated and indexed by rule id."""

    manifest: BundleManifest
    sections: SectionPack
    context: ContextPack
    decision: DecisionPack
    elements: tuple[ElementPack, ...]
    sha256: str
    _rules: dict[str, tuple[ElementPack, ElementRule]] = field(default_factory=dict, repr=False)

    @property
    def version(self) -> str:
        """The bundle version recorded in every verdict."""
        return self.manifest.version

    def rule(self, rule_id: str) -> tuple[ElementPack, ElementRule]:
        """Return the pack and rule for a rule id."""
        return self._rules[rule_id]

    def span_patterns(self, *, with_proximity: bool = True) -> list[dict[str, Any]]:
        """Return element rules as spaCy SpanRuler patterns (``label``, ``pattern``, ``id``).

        Token patterns that only list words become phrase patterns (see :func:`as_phrases`).

        Args:
            with_proximity: Include "word, up to N tokens, word" patterns; the pipeline passes False
                and matches those with :meth:`proximity_rules` instead.
        """
        return [
            {"label": pack.label_of(rule), "pattern": form, "id": rule.id}
            for pack in self.elements
            for rule in pack.rules
            for pattern in rule.patterns
            if with_proximity or as_proximity(pattern) is None
            for form in pattern_forms(pattern)
        ]

    def proximity_rules(self) -> list[ProximityRule]:
        """Return the "word, up to N tokens, word" patterns of every element rule."""
        return [
            ProximityRule(rule.id, pack.label_of(rule), *proximity)
            for pack in self.elements
            for rule in pack.rules
            for pattern in rule.patterns
            if (proximity := as_proximity(pattern)) is not None
        ]

    def pack_versions(self) -> dict[str, str]:
        """Return ``{pack id: version}`` for every pack in the bundle."""
        packs: list[ElementPack | SectionPack | ContextPack | DecisionPack] = [
            self.sections,
            self.context,
            self.decision,
            *self.elements,
        ]
        return {pack.id: pack.version for pack in packs}


_MAX_PHRASES = 1000


def as_phrases(pattern: list[dict[str, Any]]) -> list[str] | None:
    """Expand a token pattern of plain words into the phrases it matches.

    A token qualifies when it only lists words (``LOWER`` or ``ORTH``, a string or an ``IN`` list),
    optionally with ``OP: "?"``. spaCy's PhraseMatcher looks phrases up by hash, far faster than
    the Matcher's per-token predicates, and tokenizes each phrase the way notes are tokenized.
    Other patterns (wildcards, ``LIKE_NUM``, ``*``) or too many combinations return None.
    """
    phrases = [""]
    for token in pattern:
        words = {key: value for key, value in token.items() if key != "OP"}
        operator = token.get("OP")
        if len(words) != 1 or operator not in (None, "?"):
            return None
        ((key, value),) = words.items()
        if key not in ("LOWER", "ORTH"):
            return None
        if isinstance(value, str):
            options = [value.lower()]
        elif isinstance(value, dict) and set(value) == {"IN"}:
            options = [str(option).lower() for option in value["IN"]]
        else:
            return None
        if operator == "?":
            options.append("")
        phrases = [f"{prefix} {option}".strip() for prefix in phrases for option in options]
        if len(phrases) > _MAX_PHRASES:
            return None
    return sorted({phrase for phrase in phrases if phrase})


class ProximityRule(NamedTuple):
    """A token pattern ``[first words] {OP: "?"} x max_gap [second words]`` as phrase lists."""

    rule_id: str
    label: str
    first: list[str]
    max_gap: int
    second: list[str]


def as_proximity(pattern: list[dict[str, Any]]) -> tuple[list[str], int, list[str]] | None:
    """Split ``[words...] {OP: "?"}... [words...]`` into (first phrases, max gap, second phrases), else None.

    Each side is one or more tokens that only list words (see :func:`as_phrases`), with one run of wildcards
    between them. The Matcher checks every pattern's predicates at every token, so each such pattern costs
    the same whatever it finds; matching the two phrase lists by hash and pairing them is much cheaper and
    returns the same spans.
    """
    gaps = [index for index, token in enumerate(pattern) if token == {"OP": "?"}]
    if not gaps or gaps[-1] - gaps[0] + 1 != len(gaps) or "OP" in pattern[0] or "OP" in pattern[-1]:
        return None  # no wildcards, two runs of them, or an optional first or last token
    first, second = as_phrases(pattern[: gaps[0]]), as_phrases(pattern[gaps[-1] + 1 :])
    if first is None or second is None:
        return None
    return first, len(gaps), second


def pattern_forms(pattern: list[dict[str, Any]]) -> list[str | list[dict[str, Any]]]:
    """Return the phrases a token pattern expands to, or the pattern itself when it cannot expand."""
    phrases = as_phrases(pattern)
    return list(phrases) if phrases else [pattern]


def _read(root: Traversable, relative: str, model: type[_PackT], digest: Any) -> _PackT:
    source = root.joinpath(relative)
    try:
        raw = source.read_bytes()
        data = yaml.safe_load(raw)
    except (OSError, yaml.YAMLError) as exc:
        raise RulePackError("E001", Errors.E001.format(path=relative, reason=exc)) from None
    digest.update(relative.encode() + b"\0" + raw)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise RulePackError("E002", Errors.E002.format(path=relative, reason=exc)) from None


def load_bundle(path: str | Path | None = None) -> RuleBundle:
    """Load and validate a rule bundle.

    Args:
        path: A folder holding ``manifest.yaml``; defaults to the packs inside the installed package.

    Returns:
        The validated bundle.

    Raises:
        RulePackError: When a pack is missing, malformed or defines a rule id twice.
    """
    root: Traversable = Path(path) if path is not None else resources.files("simcheck") / "rulepacks"
    digest = hashlib.sha256()
    manifest = _read(root, "manifest.yaml", BundleManifest, digest)
    elements = tuple(_read(root, rel, ElementPack, digest) for rel in manifest.packs.elements)
    rules: dict[str, tuple[ElementPack, ElementRule]] = {}
    for pack in elements:
        for rule in pack.rules:
            if rule.id in rules:
                raise RulePackError("E003", Errors.E003.format(rule_id=rule.id))
            rules[rule.id] = (pack, rule)
    return RuleBundle(
        manifest=manifest,
        sections=_read(root, manifest.packs.sections, SectionPack, digest),
        context=_read(root, manifest.packs.context, ContextPack, digest),
        decision=_read(root, manifest.packs.decision, DecisionPack, digest),
        elements=elements,
        sha256=digest.hexdigest(),
        _rules=rules,
    )
