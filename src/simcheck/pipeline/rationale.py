"""``simcheck_rationale``: the trained sentence classifier's rationale sentences, next to the rules.

Every candidate sentence gets a score (``doc._.simcheck_rationale_scores``). A sentence at or above
the model's threshold that holds no rule-matched rationale becomes a RATIONALE mention with the rule
id :data:`MODEL_RULE_ID`; ConText, sections and templates then judge it like any rule mention.
"""

import re
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Protocol

from spacy.language import Language
from spacy.tokens import Doc, Span

from simcheck.evidence import MODEL_RULE_ID
from simcheck.pipeline.sections import section_at

_MIN_WORDS = 4
#: Field labels leading a sentence ("(*) Rationale: Medical necessity/rationale:", "Reason -"): a label says what
#: the field is for, not what the reason is, so only the words after it count towards ``_MIN_WORDS``.
_LEADING_LABELS = re.compile(
    r"(?:[^A-Za-z\n]*(?:[A-Za-z][A-Za-z /&'()-]{0,40}?[ \t]*(?::|\.{2,})"  # "Medical necessity/rationale:", "REASON.."
    r"|[A-Z][A-Za-z/&()]*(?:[ \t][A-Za-z/&()]+){0,3}[ \t]-[ \t]"  # "Reason -", not "primary not seen on CT -"
    r"|[A-Za-z][A-Za-z/&()]*(?:[ \t][A-Za-z/&()]+){0,2}-[ \t]))+"  # "clinical indication- "
)
#: A bare assertion, which the labeling guide says is no reason: "Patient requires complex simulation.", "Complex sim
#: indicated.", "yes", "per attending" (what follows a sentence's field labels, whole)
_BARE_ASSERTION = re.compile(
    r"[\s(\u2022*-]*(?:yes|y|per (?:attending|md|physician|protocol)|as (?:discussed|above|documented)"
    r"|see (?:above|below|plan)"
    r"|(?:(?:the )?(?:patient|pt\.?|he|she|this patient|this case) )?(?:(?:is|was) )?(?:(?:clinically|medically) )?"
    r"(?:requires?|required|needs?|needed|warrants?|warranted|necessitates?|qualifies for|meets criteria for"
    r"|(?:is )?indicated for)? ?(?:an? )?(?:(?:standard[ -]of[ -]care|routine|standard) )?(?:complex|complicated)"
    r" (?:sim(?:ulation)?|simulation procedure|treatment simulation)"
    r"(?: (?:is|was))?(?: (?:clinically|medically))?"
    r"(?: (?:necessary|indicated|required|needed|warranted|appropriate|justified))?"
    r"(?:,? (?:per|by) (?:the )?(?:attending|md|physician|protocol|dr\.? \w+))?"
    r"|(?:clinically |medically )?(?:necessary|indicated|required|justified|warranted|appropriate)"
    # "This simulation was complex.", "This is (was) a complex simulation.", "Physician attests complex sim was needed."
    r"|(?:this|the) (?:simulation|sim) was (?:complex|complicated)"
    r"|this (?:is|was) an? (?:complex|complicated) sim(?:ulation)?"
    r"|(?:the )?(?:physician|md|attending) attests?(?: that)? (?:an? )?(?:complex|complicated) sim(?:ulation)?"
    r" (?:was|is) (?:needed|necessary|required|indicated|warranted)"
    # a field's label and nothing else: "REASON FOR COMPLEX SIMULATION", "Reason for complex simulation -"
    r"|(?:clinical )?reason for (?:an? )?(?:complex|complicated) (?:sim(?:ulation)?|planning)[ \t:-]*"
    # "Medical necessity for complex simulation is met.", "Medical necessity for complex sim: yes."
    r"|(?:the )?(?:medical )?necessity (?:for|of) (?:an? )?(?:complex|complicated) sim(?:ulation)?:?"
    r"(?: (?:is|was|has been))? (?:met|established|documented|present|confirmed|yes))[\s.!;]*",
    re.I,
)
#: a need stated on a condition: "Complex sim may be justified if nodal volumes are added", "MIGHT BE NEEDED DEPENDING
#: ON WHAT THE CONTOURS SHOW", "Possibly complex depending on the margins": planned, not a reason for this simulation
_CONDITIONAL_NEED = re.compile(
    r"\b(?:may|might|could|would|possibly|potentially)(?:\s+\w+){0,3}?\s+(?:be\s+)?"
    r"(?:need|needed|justified|warranted|required|reasonable|necessary|indicated|appropriate|complex)\b"
    r"[^.;\n]{0,60}?\b(?:if|should|depending|once|when|pending)\b",
    re.I,
)
_SCORE_BATCH = 8


class SentenceScorer(Protocol):
    """What the component needs from the model: P(rationale) per sentence, and its threshold."""

    threshold: float

    def score(self, sentences: list[str]) -> list[float]:
        """Return one probability per sentence."""
        ...


def candidate_sentences(doc: Doc) -> list[Span]:
    """Return the sentences the classifier scores, without trailing whitespace tokens.

    A candidate has at least four words after its field labels, and they are more than a bare assertion:
    "Reason for complex sim: ___", "RATIONALE: Complex sim indicated." or "Medical necessity: Patient requires
    complex simulation." leaves nothing, or nothing but the claim, to be a reason; nor is a need stated on a
    condition ("Complex sim may be justified if the nodes are added").
    """
    candidates: list[Span] = []
    text = doc.text  # built from the tokens on every access
    for sent in doc.sents:
        end = sent.end
        while end > sent.start and doc[end - 1].is_space:
            end -= 1
        words = [token.idx for token in sent if token.is_alpha]
        if len(words) < _MIN_WORDS:
            continue
        labels = _LEADING_LABELS.match(text, sent.start_char, sent.end_char)
        content = sent.start_char if labels is None else labels.end()
        if (
            sum(idx >= content for idx in words) >= _MIN_WORDS
            and not _BARE_ASSERTION.fullmatch(text, content, sent.end_char)
            and not _CONDITIONAL_NEED.search(text, content, sent.end_char)
        ):
            candidates.append(doc[sent.start : end])
    return candidates


class RationaleClassifier:
    """Scores sentences and adds the rationale sentences to ``doc.spans[spans_key]``.

    Only sentences that could count are scored: none in a note whose kind documents no simulation,
    none in sections listed in ``skip_sections`` (copied-forward, history), none that already hold
    a rule-matched rationale. ``pipe`` scores a whole batch of docs in one model call.
    """

    def __init__(self, name: str = "simcheck_rationale", spans_key: str = "simcheck_mentions") -> None:
        self.name = name
        self.spans_key = spans_key
        self.scorer: SentenceScorer | None = None
        self.skip_sections: frozenset[str] = frozenset()
        self.skip_kinds: frozenset[str] = frozenset()
        if not Doc.has_extension("simcheck_rationale_scores"):
            Doc.set_extension("simcheck_rationale_scores", default=None)

    def readable(self, doc: Doc) -> list[Span]:
        """Return the candidate sentences where a reason can count (the sentences the model trains on and scores).

        None in a note kind that documents no simulation, none in a skipped section (copied forward, history).
        """
        if doc._.simcheck_note_kind in self.skip_kinds:
            return []
        sections = doc._.simcheck_sections or []
        return [
            sent
            for sent in candidate_sentences(doc)
            if section_at(sections, sent.start_char).section_id not in self.skip_sections
        ]

    def _candidates(self, doc: Doc) -> list[Span]:
        doc._.simcheck_rationale_scores = {}
        if self.scorer is None:
            return []
        spans = doc.spans.get(self.spans_key, [])
        ruled = [(span.start, span.end) for span in spans if span.label_ == "RATIONALE"]
        return [s for s in self.readable(doc) if not any(start < s.end and s.start < end for start, end in ruled)]

    def _apply(self, doc: Doc, sentences: list[Span], scores: list[float]) -> Doc:
        assert self.scorer is not None
        doc._.simcheck_rationale_scores = {
            (sent.start_char, sent.end_char): score for sent, score in zip(sentences, scores, strict=True)
        }
        spans = list(doc.spans[self.spans_key]) if self.spans_key in doc.spans else []
        spans.extend(
            Span(doc, sent.start, sent.end, label="RATIONALE", span_id=MODEL_RULE_ID)
            for sent, score in zip(sentences, scores, strict=True)
            if score >= self.scorer.threshold
        )
        doc.spans[self.spans_key] = spans
        return doc

    def __call__(self, doc: Doc) -> Doc:
        """Score the doc's candidate sentences; without a model the component leaves the doc unchanged."""
        sentences = self._candidates(doc)
        if not sentences or self.scorer is None:
            return doc
        return self._apply(doc, sentences, self.scorer.score([sent.text for sent in sentences]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        """Score the candidate sentences of a few docs at a time with one model call.

        The model's per-call cost is spread well over ``_SCORE_BATCH`` docs; holding more (spaCy's
        ``batch_size``) would only add memory.
        """
        iterator = iter(docs)
        if self.scorer is None:
            yield from (self(doc) for doc in iterator)
            return
        while batch := list(islice(iterator, min(batch_size, _SCORE_BATCH))):
            candidates = [self._candidates(doc) for doc in batch]
            texts = [sent.text for sentences in candidates for sent in sentences]
            scores = self.scorer.score(texts) if self.scorer is not None and texts else []
            offset = 0
            for doc, sentences in zip(batch, candidates, strict=True):
                yield self._apply(doc, sentences, scores[offset : offset + len(sentences)]) if sentences else doc
                offset += len(sentences)


@Language.factory(
    "simcheck_rationale",
    assigns=["doc.spans", "doc._.simcheck_rationale_scores"],
    requires=["doc._.simcheck_sections", "doc._.simcheck_note_kind"],
)
def make_rationale_classifier(nlp: Language, name: str, spans_key: str = "simcheck_mentions") -> RationaleClassifier:
    """Build the component; the trained model enters through ``scorer``."""
    return RationaleClassifier(name, spans_key)
