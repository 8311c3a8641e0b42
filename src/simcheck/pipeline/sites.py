"""``simcheck_sites``: treatment sites the site word lists do not hold, found by a trained token tagger.

Sites are written a thousand ways ("L RPLN", "cranial field", "segment 7 lesion", "rGTV"). The tagger
scores every token of a simulation note: P(the token is part of a treatment area named for this
simulation). A run of tokens at or above its threshold that no rule mention overlaps becomes a
TREATMENT_SITE mention with the rule id :data:`MODEL_SITE_ID`; sections, ConText and the treatment-
sentence test then judge it like any site a rule found.
"""

import re
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Protocol

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from simcheck.evidence import MODEL_SITE_ID
from simcheck.pipeline.sections import physical_line_start, section_at
from simcheck.pipeline.text import doc_text

_TAG_BATCH = 8
#: Words that make a sentence about treatment. A site counts as an area only in such a sentence or in a
#: section that lists the areas (``extract``), so the tagger reads only those sentences.
TREATMENT_CUE = re.compile(
    r"\b(?:treat\w*|target\w*|fields?|areas?|sites?|isocent\w*|iso|simulat\w*|sim|ports?|volumes?|boost\w*|"
    r"ctv\w*|ptv\w*|irradiat\w*|includ\w*|radiation to|rt to|xrt to|plan(?!ning[ \t]+(?:ct|scan|images?|mri|pet)\b)\w*|"
    r"cover\w*|\d+(?:\.\d+)?[ \t]*c?gy)\b",  # not the "planning CT" that imaged them
    re.IGNORECASE,
)
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

#: "Areas: several sites as in the consult": a count word is no site
_QUANTIFIERS = frozenset(["several", "multiple", "various", "numerous", "both", "all", "other", "additional", "many"])
#: Dose and energy units: "60 Gy/30 | 6 MV" names no site
_UNITS = frozenset(["mv", "mev", "kv", "gy", "cgy"])
#: A list's numeral leading its line: "II. left axilla" (not the nodal "level II-V")
_LIST_NUMERAL = re.compile(r"[ \t]*(?:i{1,3}|iv|v|vi{1,3}|ix|x|[a-h])[.)]", re.IGNORECASE)

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


def candidate_tokens(doc: Doc, listing_sections: frozenset[str] = frozenset()) -> list[int]:
    """The tokens of sentences that can name an area: about treatment, or in a section listing the areas."""
    sections = doc._.simcheck_sections or []

    def listing(sent: Span) -> bool:
        return (section_at(sections, sent.start_char).section_id if sections else "other") in listing_sections

    return [
        index
        for sent in doc.sents
        if listing(sent) or TREATMENT_CUE.search(sent.text)
        for index in range(sent.start, sent.end)
    ]


def token_features(
    doc: Doc, tokens: Iterable[int] | None = None, spans_key: str = "simcheck_mentions"
) -> list[TokenFeatures]:
    """Describe tokens (all, or those given): word, affixes and shape, neighbours, section, rule matches on it."""
    ruled: dict[int, str] = {}
    for span in doc.spans.get(spans_key, []):
        for index in range(span.start, span.end):
            ruled.setdefault(index, span.label_)
    every = list(doc)
    texts = [token.text_with_ws for token in every]
    words = ["<nl>" if token.is_space else token.lower_ for token in every]
    padded = ["<edge>", "<edge>", *words, "<edge>", "<edge>"]  # padded[i + 2] is word i
    sections = _token_sections(doc)
    rows: list[TokenFeatures] = []
    for i in range(len(every)) if tokens is None else tokens:
        w, before, after = padded[i + 2], padded[i + 1], padded[i + 3]
        row: TokenFeatures = {
            "w": w,
            "suffix": w[-3:],
            "prefix": w[:3],
            "shape": _shape(texts[i].rstrip()),
            "w-1": before,
            "w+1": after,
            "w-2": padded[i],
            "w+2": padded[i + 4],
            "w-1|w": f"{before}|{w}",
            "w|w+1": f"{w}|{after}",
            "section": sections[i],
            "rule": ruled.get(i, "none"),
            "rule-1": ruled.get(i - 1, "none"),
            "rule+1": ruled.get(i + 1, "none"),
            "bias": 1.0,
        }
        if i == 0 or "\n" in texts[i - 1]:
            row["line_start"] = 1.0
        rows.append(row)
    return rows


def _token_sections(doc: Doc) -> list[str]:
    """The section id of every token, in one pass over the doc's sections."""
    sections = doc._.simcheck_sections or []
    if not sections:
        return ["other"] * len(doc)
    ids: list[str] = []
    current = 0
    for token in doc:
        while current + 1 < len(sections) and sections[current + 1].start <= token.idx:
            current += 1
        ids.append(sections[current].section_id)
    return ids


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
        if begin < end and not all(_names_no_site(token) for token in doc[begin:end]):
            trimmed.append((begin, end))
    return trimmed


def _in_parentheses(doc: Doc, begin: int) -> bool:
    """Whether a run sits inside "( ... )" on its line: an aside ("pelvic nodes (internal iliac)"), not an area."""
    text = doc_text(doc)
    line = physical_line_start(text, doc[begin].idx)
    before = text[line : doc[begin].idx]
    return before.count("(") > before.count(")")


def _names_no_site(token: Token) -> bool:
    """A qualifier, quantifier, unit, list numeral, stop word or number: "left", "several", "II.", "2" name no site."""
    word = token.lower_
    if word in _QUALIFIERS or word in _QUANTIFIERS or word in _UNITS or token.is_stop or token.like_num:
        return True
    text = doc_text(token.doc)
    return bool(_LIST_NUMERAL.fullmatch(text, physical_line_start(text, token.idx), token.idx + len(token) + 1))


def _edge(token: Token) -> bool:
    return token.is_punct or token.is_space or token.lower_ in _INNER


class SiteTagger:
    """Adds the tagger's treatment sites to ``doc.spans[spans_key]`` where no rule mention stands.

    Only sentences that can name an area are read (:func:`candidate_tokens`); notes whose kind documents
    no simulation are not tagged.
    """

    def __init__(self, name: str = "simcheck_sites", spans_key: str = "simcheck_mentions") -> None:
        self.name = name
        self.spans_key = spans_key
        self.scorer: TokenScorer | None = None
        self.skip_kinds: frozenset[str] = frozenset()
        self.listing_sections: frozenset[str] = frozenset()

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
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        """Tag a few docs at a time with one model call."""
        iterator = iter(docs)
        while batch := list(islice(iterator, min(batch_size, _TAG_BATCH))):
            wanted = [doc for doc in batch if self._wanted(doc)]
            read = [candidate_tokens(doc, self.listing_sections) for doc in wanted]
            rows = [row for doc, tokens in zip(wanted, read, strict=True) for row in token_features(doc, tokens)]
            scores = iter(self.scorer.score(rows) if rows and self.scorer else [])
            tagged: dict[int, Doc] = {}
            for doc, tokens in zip(wanted, read, strict=True):
                doc_scores = [0.0] * len(doc)
                for index in tokens:
                    doc_scores[index] = next(scores)
                tagged[id(doc)] = self._apply(doc, doc_scores)
            yield from (tagged.get(id(doc), doc) for doc in batch)


@Language.factory(
    "simcheck_sites",
    assigns=["doc.spans"],
    requires=["doc._.simcheck_sections", "doc._.simcheck_note_kind"],
)
def make_site_tagger(nlp: Language, name: str, spans_key: str = "simcheck_mentions") -> SiteTagger:
    """Build the component; the trained model enters through ``scorer``."""
    return SiteTagger(name, spans_key)
