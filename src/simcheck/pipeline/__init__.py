"""The spaCy layer: ``spacy.blank("en")`` plus a small fixed set of components.

1. ``simcheck_sentences`` - clinical sentence splitter
2. ``simcheck_sections`` - section tagger fed from the sections pack
3. ``simcheck_element_rules`` - spaCy's SpanRuler: element rules into ``doc.spans["simcheck_mentions"]``, also
   across a line break that wraps a line
4. ``simcheck_proximity`` - element rules of the form "word, up to N tokens, word", same span group
5. ``simcheck_sites`` - the trained token tagger's treatment sites the word lists miss (a no-op without a model)
6. ``simcheck_rationale`` - the trained sentence classifier's rationale sentences (a no-op without a model)
7. ``simcheck_context`` - medspaCy ConText (assertion: negated, hypothetical, historical, fusion)
   from the context pack, building modifiers only in sentences that hold a mention
"""

from typing import Any

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

from simcheck.pipeline import context as _context
from simcheck.pipeline import element_rules as _element_rules
from simcheck.pipeline import proximity as _proximity
from simcheck.pipeline import rationale as _rationale
from simcheck.pipeline import sections as _sections
from simcheck.pipeline import sentences as _sentences
from simcheck.pipeline import sites as _sites
from simcheck.pipeline.medspacy_import import ConText, ConTextRule
from simcheck.pipeline.text import LineBreakTokenizer
from simcheck.rules import RuleBundle, pattern_forms

MENTIONS_KEY = "simcheck_mentions"
PIPE_NAMES = (
    "simcheck_sentences",
    "simcheck_sections",
    "simcheck_element_rules",
    "simcheck_proximity",
    "simcheck_sites",
    "simcheck_rationale",
    "simcheck_context",
)
__all__ = ["MENTIONS_KEY", "PIPE_NAMES", "build_nlp"]
_FACTORY_MODULES = (_context, _element_rules, _proximity, _rationale, _sections, _sentences, _sites)


#: A terminating cue's own scope: medspaCy 1.3.1 ends a cue's scope at a terminator only when their scopes overlap
#: by its one-sided ``tuple_overlaps``, which fails when the terminator's default scope (the whole sentence)
#: contains the cue's. One token either side keeps it beside the cue it ends ("No MR fusion / Areas 1").
_TERMINATOR_SCOPE = 1


def _context_rules(bundle: RuleBundle) -> list[ConTextRule]:
    """Build ConText rules; word-list patterns become phrase literals for the faster phrase matcher."""
    rules: list[ConTextRule] = []
    for spec in bundle.context.rules:
        forms = pattern_forms(spec.pattern) if spec.pattern is not None else [spec.literal]
        rules.extend(
            ConTextRule(
                literal=form if isinstance(form, str) else spec.literal,
                category=spec.category,
                pattern=None if isinstance(form, str) else form,
                direction=spec.direction,
                max_scope=_TERMINATOR_SCOPE if spec.direction == "TERMINATE" else spec.max_scope,
                allowed_types=set(spec.allowed_types) if spec.allowed_types else None,
                metadata={"rule_id": spec.id},
            )
            for form in forms
        )
    return rules


def with_unsplit_forms(patterns: list[dict[str, Any]], nlp: Language) -> list[dict[str, Any]]:
    """Add a token-pattern twin for phrases the tokenizer splits by case-sensitive exceptions.

    "cannot" becomes "can not" while "CANNOT" stays one token, so a phrase pattern made from
    "cannot" would miss the capitalised form; the twin matches the words as written.
    """
    extra = [
        {**entry, "pattern": [{"LOWER": word} for word in entry["pattern"].lower().split()]}
        for entry in patterns
        if isinstance(entry["pattern"], str)
        and [t.text for t in nlp.make_doc(entry["pattern"])] != entry["pattern"].split()
    ]
    return patterns + extra


def build_nlp(
    bundle: RuleBundle,
    rationale: _rationale.SentenceScorer | None = None,
    sites: _sites.TokenScorer | None = None,
) -> Language:
    """Build the simcheck pipeline for a rule bundle.

    Args:
        bundle: The validated rule packs.
        rationale: The trained rationale sentence classifier, if any.
        sites: The trained treatment-site token tagger, if any.

    Returns:
        A spaCy pipeline whose docs carry sections, mentions and ConText modifiers.
    """
    nlp = spacy.blank("en")
    # "Technique: VMAT.Timeout performed": a full stop without its space still ends the word in capitals
    # and an Epic SmartList's id and choice are their own tokens ("{3D/VMAT:28810::VMAT}")
    infixes = [
        *(nlp.Defaults.infixes or ()),
        r"(?<=[A-Z]{2})\.(?=[A-Z][a-z])",
        r"(?<=[A-Za-z]):(?=\d+(?:::|\}))",
        r"(?<=\d)::(?=[^\s}])",
    ]
    tokenizer: Tokenizer = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.tokenizer = LineBreakTokenizer(tokenizer)  # "\.br\" from an HL7 interface
    nlp.add_pipe("simcheck_sentences")
    tagger = nlp.add_pipe("simcheck_sections")
    assert isinstance(tagger, _sections.SectionTagger)
    tagger.add_rules(bundle.sections)
    ruler = nlp.add_pipe("simcheck_element_rules", config={"spans_key": MENTIONS_KEY})
    assert isinstance(ruler, _element_rules.ElementRuler)
    with nlp.select_pipes(disable=["simcheck_sentences", "simcheck_sections"]):  # phrases need tokens only
        ruler.add_patterns(with_unsplit_forms(bundle.span_patterns(with_proximity=False), nlp))
    proximity = nlp.add_pipe("simcheck_proximity", config={"spans_key": MENTIONS_KEY})
    assert isinstance(proximity, _proximity.ProximityMatcher)
    proximity.add_rules(bundle.proximity_rules())
    skip_kinds = frozenset(kind.id for kind in bundle.sections.note_kinds if kind.assertion)
    site_tagger = nlp.add_pipe("simcheck_sites", config={"spans_key": MENTIONS_KEY})
    assert isinstance(site_tagger, _sites.SiteTagger)
    site_tagger.scorer = sites
    site_tagger.skip_kinds = skip_kinds
    site_tagger.listing_sections = frozenset(s.id for s in bundle.sections.sections if s.lists_areas)
    classifier = nlp.add_pipe("simcheck_rationale", config={"spans_key": MENTIONS_KEY})
    assert isinstance(classifier, _rationale.RationaleClassifier)
    classifier.scorer = rationale
    classifier.skip_sections = frozenset(
        s.id
        for s in bundle.sections.sections
        if s.copied or any("RATIONALE" in labels for labels in s.assertion.values())
    )
    classifier.skip_kinds = skip_kinds
    context: ConText = nlp.add_pipe(
        "simcheck_context",
        config={
            "rules": None,
            "input_span_type": "group",
            "span_group_name": MENTIONS_KEY,
            "span_attrs": None,
        },
    )
    context.add(_context_rules(bundle))
    return nlp
