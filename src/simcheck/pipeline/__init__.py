"""The spaCy layer: ``spacy.blank("en")`` plus a small fixed set of components.

1. ``simcheck_sentences`` - clinical sentence splitter
2. ``simcheck_sections`` - section tagger fed from the sections pack
3. ``span_ruler`` (spaCy) - element rules into ``doc.spans["simcheck_mentions"]``
4. ``medspacy_context`` - assertion (negated, hypothetical, historical, fusion) from the context pack
"""

import spacy
from medspacy.context import ConText, ConTextRule
from spacy.language import Language

from simcheck.pipeline import sections as _sections
from simcheck.pipeline import sentences as _sentences
from simcheck.rules import RuleBundle

MENTIONS_KEY = "simcheck_mentions"
PIPE_NAMES = ("simcheck_sentences", "simcheck_sections", "span_ruler", "medspacy_context")
__all__ = ["MENTIONS_KEY", "PIPE_NAMES", "build_nlp"]
_FACTORY_MODULES = (_sections, _sentences)


def _context_rules(bundle: RuleBundle) -> list[ConTextRule]:
    return [
        ConTextRule(
            literal=spec.literal,
            category=spec.category,
            pattern=spec.pattern,
            direction=spec.direction,
            max_scope=spec.max_scope,
            allowed_types=set(spec.allowed_types) if spec.allowed_types else None,
            metadata={"rule_id": spec.id},
        )
        for spec in bundle.context.rules
    ]


def build_nlp(bundle: RuleBundle) -> Language:
    """Build the simcheck pipeline for a rule bundle.

    Args:
        bundle: The validated rule packs.

    Returns:
        A spaCy pipeline whose docs carry sections, mentions and ConText modifiers.
    """
    nlp = spacy.blank("en")
    nlp.add_pipe("simcheck_sentences")
    tagger = nlp.add_pipe("simcheck_sections")
    tagger.add_rules(bundle.sections)
    ruler = nlp.add_pipe(
        "span_ruler",
        config={"spans_key": MENTIONS_KEY, "phrase_matcher_attr": "LOWER", "validate": True},
    )
    ruler.add_patterns(bundle.span_patterns())
    context: ConText = nlp.add_pipe(
        "medspacy_context",
        config={
            "rules": None,
            "input_span_type": "group",
            "span_group_name": MENTIONS_KEY,
            "span_attrs": None,
        },
    )
    context.add(_context_rules(bundle))
    return nlp
