"""``simcheck_context``: medspaCy ConText, building modifiers only where a mention can use them.

ConText scopes never cross a sentence, so modifiers in sentences without a mention can never
modify anything. Skipping them gives the same edges as ``medspacy_context`` with far less work on
long notes (measured in bench/). Written against medspaCy 1.3.1, which pyproject pins.

A classifier mention is a whole sentence, so ConText's target/cue overlap rules do not fit it
(medspaCy lets any cue inside a target modify it when the scopes touch). Such a mention takes a
cue inside the sentence only when the cue's scope covers most of the rest of the sentence
("No contrast was needed because ...").
"""

from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span

from simcheck.evidence import MODEL_RULE_ID
from simcheck.pipeline.medspacy_import import ConText, ConTextGraph, ConTextModifier

_INNER_SCOPE_SHARE = 0.5


def _governs(modifier: ConTextModifier, sentence: Span) -> bool:
    """Whether a cue inside a sentence-long mention scopes over most of the sentence's other tokens."""
    cue_start: int
    cue_end: int
    scope_start: int
    scope_end: int
    cue_start, cue_end = modifier.modifier_span
    if cue_start < sentence.start or cue_end > sentence.end or modifier.direction in ("TERMINATE", "PSEUDO"):
        return False
    if not modifier.allows(sentence.label_.upper()):
        return False
    scope_start, scope_end = modifier.scope_span
    covered = max(0, min(scope_end, sentence.end) - max(scope_start, sentence.start))
    covered -= max(0, min(scope_end, cue_end) - max(scope_start, cue_start))
    rest = len(sentence) - (cue_end - cue_start)
    return rest > 0 and covered / rest >= _INNER_SCOPE_SHARE


class SentenceScopedConText(ConText):  # type: ignore[misc]
    """ConText over ``doc.spans[span_group_name]`` that ignores modifiers in sentences without targets."""

    def __call__(self, doc: Doc, targets: str | None = None) -> Doc:
        """Attach ConText modifiers to the mentions and return the doc."""
        spans = doc.spans[self.span_group_name]
        if not spans:
            return doc
        sentence_of = np.zeros(len(doc), dtype=np.int64)
        for sentence in doc.sents:
            sentence_of[sentence.start : sentence.end] = sentence.start
        graphs: dict[int, ConTextGraph] = {}
        for span in spans:
            key = int(sentence_of[span.start])
            if key not in graphs:
                graphs[key] = ConTextGraph(prune_on_modifier_overlap=self.prune_on_target_overlap)
                graphs[key].targets, graphs[key].modifiers = [], []
            graphs[key].targets.append(span)
        matcher = self._ConText__matcher
        for match_id, start, end in matcher(doc):
            graph = graphs.get(int(sentence_of[start]))
            if graph is not None:
                rule = matcher.rule_map[self.nlp.vocab[match_id].text]
                graph.modifiers.append(ConTextModifier(rule, start, end, doc, max_scope=self.max_scope))
        for graph in graphs.values():  # one graph per sentence: scopes never cross sentences
            if not graph.modifiers:
                continue
            graph.update_scopes()
            graph.apply_modifiers()
            for target, modifier in graph.edges:
                if target.id_ != MODEL_RULE_ID:
                    target._.modifiers += (modifier,)
            for target in graph.targets:
                if target.id_ == MODEL_RULE_ID:
                    target._.modifiers += tuple(m for m in graph.modifiers if _governs(m, target))
        return doc


@Language.factory(
    "simcheck_context",
    assigns=["span._.modifiers"],
    requires=["token.is_sent_start"],
    default_config={
        "rules": None,
        "input_span_type": "group",
        "span_group_name": "simcheck_mentions",
        "span_attrs": None,
    },
)
def make_context(
    nlp: Language, name: str, rules: str | None, input_span_type: str, span_group_name: str, span_attrs: Any
) -> SentenceScopedConText:
    """Build the sentence-scoped ConText; rules are added with ``add``."""
    return SentenceScopedConText(
        nlp,
        name=name,
        rules=rules,
        input_span_type=input_span_type,
        span_group_name=span_group_name,
        span_attrs=span_attrs,
    )
