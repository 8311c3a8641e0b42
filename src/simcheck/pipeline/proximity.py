"""``simcheck_proximity``: element rules of the form "word, up to N tokens, word".

Both word lists are matched with one PhraseMatcher and paired in Python. This gives the same spans
as spaCy's Matcher on ``[words] {OP: "?"}... [words]`` (every pair within the gap) at a fraction of
its cost, because the Matcher evaluates every pattern at every token (measured in bench/).
"""

from bisect import bisect_left

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from simcheck.rules import ProximityRule


class ProximityMatcher:
    """Adds "first ... second" spans for proximity rules to ``doc.spans[spans_key]``."""

    def __init__(self, nlp: Language, name: str = "simcheck_proximity", spans_key: str = "simcheck_mentions") -> None:
        self.name = name
        self.spans_key = spans_key
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.rules: list[ProximityRule] = []
        self._make_doc = nlp.make_doc

    def add_rules(self, rules: list[ProximityRule]) -> None:
        """Register proximity rules (their two phrase lists)."""
        for rule in rules:
            index = len(self.rules)
            self.rules.append(rule)
            self.matcher.add(f"{index}:first", [doc for phrase in rule.first for doc in self._docs(phrase)])
            self.matcher.add(f"{index}:second", [doc for phrase in rule.second for doc in self._docs(phrase)])

    def _docs(self, phrase: str) -> list[Doc]:
        """The phrase as tokenized, plus its words as written when a tokenizer exception splits them ("cannot")."""
        doc = self._make_doc(phrase)
        words = phrase.split()
        return [doc] if [t.text for t in doc] == words else [doc, Doc(doc.vocab, words=words)]

    def __call__(self, doc: Doc) -> Doc:
        """Append the proximity matches to the mention span group and return the doc."""
        firsts: dict[int, list[tuple[int, int]]] = {}
        seconds: dict[int, list[int]] = {}
        ends: dict[tuple[int, int], list[int]] = {}
        strings = doc.vocab.strings
        for match_id, start, end in self.matcher(doc):
            index_text, role = strings[match_id].split(":")
            index = int(index_text)
            if role == "first":
                firsts.setdefault(index, []).append((start, end))
            else:
                seconds.setdefault(index, []).append(start)
                ends.setdefault((index, start), []).append(end)
        spans = list(doc.spans[self.spans_key]) if self.spans_key in doc.spans else []
        for rule_index, first_spans in firsts.items():
            starts = sorted(set(seconds.get(rule_index, [])))
            rule = self.rules[rule_index]
            for first_start, first_end in first_spans:
                position = bisect_left(starts, first_end)
                while position < len(starts) and starts[position] - first_end <= rule.max_gap:
                    second_start = starts[position]
                    for second_end in ends[(rule_index, second_start)]:
                        spans.append(Span(doc, first_start, second_end, label=rule.label, span_id=rule.rule_id))
                    position += 1
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory(
    "simcheck_proximity",
    assigns=["doc.spans"],
    default_config={"spans_key": "simcheck_mentions"},
)
def make_proximity_matcher(nlp: Language, name: str, spans_key: str) -> ProximityMatcher:
    """Build the proximity matcher; rules enter through ``add_rules``."""
    return ProximityMatcher(nlp, name, spans_key)
