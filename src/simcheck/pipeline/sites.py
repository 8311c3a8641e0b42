"""``simcheck_sites``: treatment sites the site word lists do not hold, found by a trained token tagger.

Sites are written a thousand ways ("L RPLN", "cranial field", "segment 7 lesion", "rGTV"). The tagger
scores every token of a simulation note: P(the token is part of a treatment area named for this
simulation). A run of tokens at or above its threshold that no rule mention overlaps becomes a
TREATMENT_SITE mention with the rule id :data:`MODEL_SITE_ID`; sections, ConText and the treatment-
sentence test then judge it like any site a rule found.
"""

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Protocol

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from simcheck.evidence import MODEL_SITE_ID
from simcheck.pipeline.sections import section_at

_TAG_BATCH = 8
#: Tokens that may sit inside a site name ("upper spine (C1-T10)") but never start or end one.
_INNER = frozenset({"(", ")", "-", "/", "of", "and", "the"})
#: Words that qualify a site but do not name one: a run of only these is not a site ("left" beside "knee").
_QUALIFIERS = frozenset(
    [
        "left",
        "right",
        "l",
        "r",
        "lt",
        "rt",
        "bilateral",
        "bilat",
        "whole",
        "entire",
        "upper",
        "lower",
        "total",
        "proximal",
        "distal",
        "mid",
        "anterior",
        "posterior",
        "superior",
        "inferior",
        "medial",
        "lateral",
    ]
)

TokenFeatures = dict[str, str | float]


class TokenScorer(Protocol):
    """What the component needs from the model: P(site token) per token's features, and its threshold."""

    threshold: float

    def score(self, tokens: list[TokenFeatures]) -> list[float]:
        """Return one probability per token."""
        ...


def _shape(text: str) -> str:
    """The word's look from its first six characters: rGTV -> xXXX, T10 -> Xdd."""
    return "".join("X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c for c in text[:6])


def token_features(doc: Doc, spans_key: str = "simcheck_mentions") -> list[TokenFeatures]:
    """Describe every token: its word, affixes and shape, its neighbours, its section, and rule matches on it."""
    sections = doc._.simcheck_sections or []
    ruled: dict[int, str] = {}
    for span in doc.spans.get(spans_key, []):
        for index in range(span.start, span.end):
            ruled.setdefault(index, span.label_)
    words = [token.lower_ if not token.is_space else "<nl>" for token in doc]

    def word(index: int) -> str:
        return words[index] if 0 <= index < len(words) else "<edge>"

    rows: list[TokenFeatures] = []
    for token in doc:
        i = token.i
        line_start = i == 0 or "\n" in doc[i - 1].text_with_ws
        row: TokenFeatures = {
            "w": word(i),
            "suffix": token.lower_[-3:],
            "prefix": token.lower_[:3],
            "shape": _shape(token.text),
            "w-1": word(i - 1),
            "w+1": word(i + 1),
            "w-2": word(i - 2),
            "w+2": word(i + 2),
            "w-1|w": f"{word(i - 1)}|{word(i)}",
            "w|w+1": f"{word(i)}|{word(i + 1)}",
            "section": section_at(sections, token.idx).section_id if sections else "other",
            "rule": ruled.get(i, "none"),
            "rule-1": ruled.get(i - 1, "none"),
            "rule+1": ruled.get(i + 1, "none"),
            "bias": 1.0,
        }
        if line_start:
            row["line_start"] = 1.0
        rows.append(row)
    return rows


def site_runs(doc: Doc, scores: list[float], threshold: float) -> list[tuple[int, int]]:
    """Token runs scored at or above the threshold, trimmed of joining words and punctuation at their edges."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for token, score in zip(doc, scores, strict=True):
        inside = score >= threshold and not token.is_space
        if inside and start is None:
            start = token.i
        elif not inside and start is not None:
            runs.append((start, token.i))
            start = None
    if start is not None:
        runs.append((start, len(doc)))
    trimmed = []
    for begin, end in runs:
        while begin < end and _edge(doc[begin]):
            begin += 1
        while end > begin and _edge(doc[end - 1]):
            end -= 1
        if begin < end and not all(token.lower_ in _QUALIFIERS for token in doc[begin:end]):
            trimmed.append((begin, end))
    return trimmed


def _in_parentheses(doc: Doc, begin: int) -> bool:
    """Whether a run sits inside "( ... )" on its line: an aside ("pelvic nodes (internal iliac)"), not an area."""
    line = doc.text.rfind("\n", 0, doc[begin].idx) + 1
    before = doc.text[line : doc[begin].idx]
    return before.count("(") > before.count(")")


def _edge(token: Token) -> bool:
    return token.is_punct or token.is_space or token.lower_ in _INNER


class SiteTagger:
    """Adds the tagger's treatment sites to ``doc.spans[spans_key]`` where no rule mention stands.

    Notes whose kind documents no simulation are not tagged.
    """

    def __init__(self, name: str = "simcheck_sites", spans_key: str = "simcheck_mentions") -> None:
        self.name = name
        self.spans_key = spans_key
        self.scorer: TokenScorer | None = None
        self.skip_kinds: frozenset[str] = frozenset()

    def _wanted(self, doc: Doc) -> bool:
        return self.scorer is not None and doc._.simcheck_note_kind not in self.skip_kinds and len(doc) > 0

    def _apply(self, doc: Doc, scores: list[float]) -> Doc:
        assert self.scorer is not None
        spans = list(doc.spans[self.spans_key]) if self.spans_key in doc.spans else []
        # a run touching a rule's site is that site's qualifier ("left" + "knee"), not another site
        taken = [
            (span.start - 1, span.end + 1) if span.label_ == "TREATMENT_SITE" else (span.start, span.end)
            for span in spans
        ]
        for begin, end in site_runs(doc, scores, self.scorer.threshold):
            if not any(a < end and begin < b for a, b in taken) and not _in_parentheses(doc, begin):
                spans.append(Span(doc, begin, end, label="TREATMENT_SITE", span_id=MODEL_SITE_ID))
        doc.spans[self.spans_key] = spans
        return doc

    def __call__(self, doc: Doc) -> Doc:
        """Tag one doc; without a model (or in a note that is not a simulation) the doc is unchanged."""
        if not self._wanted(doc):
            return doc
        assert self.scorer is not None
        return self._apply(doc, self.scorer.score(token_features(doc, self.spans_key)))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        """Tag a few docs at a time with one model call."""
        iterator = iter(docs)
        while batch := list(islice(iterator, min(batch_size, _TAG_BATCH))):
            wanted = [doc for doc in batch if self._wanted(doc)]
            rows = [token_features(doc, self.spans_key) for doc in wanted]
            scores = self.scorer.score([row for doc_rows in rows for row in doc_rows]) if wanted and self.scorer else []
            offset = 0
            tagged: dict[int, Doc] = {}
            for doc in wanted:
                tagged[id(doc)] = self._apply(doc, scores[offset : offset + len(doc)])
                offset += len(doc)
            yield from (tagged.get(id(doc), doc) for doc in batch)


@Language.factory(
    "simcheck_sites",
    assigns=["doc.spans"],
    requires=["doc._.simcheck_sections", "doc._.simcheck_note_kind"],
)
def make_site_tagger(nlp: Language, name: str, spans_key: str = "simcheck_mentions") -> SiteTagger:
    """Build the component; the trained model enters through ``scorer``."""
    return SiteTagger(name, spans_key)
