"""``simcheck_rationale``: the trained sentence classifier's rationale sentences, next to the rules.

Every candidate sentence gets a score (``doc._.simcheck_rationale_scores``). A sentence at or above
the model's threshold that holds no rule-matched rationale becomes a RATIONALE mention with the rule
id :data:`MODEL_RULE_ID`; ConText, sections and templates then judge it like any rule mention.
"""

from typing import Protocol

from spacy.language import Language
from spacy.tokens import Doc, Span

MODEL_RULE_ID = "model.rationale.sentence"
_MIN_WORDS = 4


class SentenceScorer(Protocol):
    """What the component needs from the model: P(rationale) per sentence, and its threshold."""

    threshold: float

    def score(self, sentences: list[str]) -> list[float]:
        """Return one probability per sentence."""
        ...


def candidate_sentences(doc: Doc) -> list[Span]:
    """Return the sentences the classifier scores (at least four words), without trailing whitespace tokens."""
    candidates: list[Span] = []
    for sent in doc.sents:
        end = sent.end
        while end > sent.start and doc[end - 1].is_space:
            end -= 1
        if sum(token.is_alpha for token in sent) >= _MIN_WORDS:
            candidates.append(doc[sent.start : end])
    return candidates


class RationaleClassifier:
    """Scores sentences and adds the rationale sentences to ``doc.spans[spans_key]``."""

    def __init__(self, name: str = "simcheck_rationale", spans_key: str = "simcheck_mentions") -> None:
        self.name = name
        self.spans_key = spans_key
        self.scorer: SentenceScorer | None = None
        if not Doc.has_extension("simcheck_rationale_scores"):
            Doc.set_extension("simcheck_rationale_scores", default=None)

    def __call__(self, doc: Doc) -> Doc:
        """Score the doc's sentences; without a model the component leaves the doc unchanged."""
        doc._.simcheck_rationale_scores = {}
        if self.scorer is None:
            return doc
        sentences = candidate_sentences(doc)
        if not sentences:
            return doc
        scores = self.scorer.score([sent.text for sent in sentences])
        doc._.simcheck_rationale_scores = {
            (sent.start_char, sent.end_char): score for sent, score in zip(sentences, scores, strict=True)
        }
        spans = list(doc.spans[self.spans_key]) if self.spans_key in doc.spans else []
        ruled = [span for span in spans if span.label_ == "RATIONALE"]
        for sent, score in zip(sentences, scores, strict=True):
            if score >= self.scorer.threshold and not any(
                span.start < sent.end and sent.start < span.end for span in ruled
            ):
                spans.append(Span(doc, sent.start, sent.end, label="RATIONALE", span_id=MODEL_RULE_ID))
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory("simcheck_rationale", assigns=["doc.spans", "doc._.simcheck_rationale_scores"])
def make_rationale_classifier(nlp: Language, name: str, spans_key: str = "simcheck_mentions") -> RationaleClassifier:
    """Build the component; the trained model enters through ``scorer``."""
    return RationaleClassifier(name, spans_key)
