"""The treatment-site token tagger: runs of site tokens become sites where no rule found one."""

import pytest

from simcheck.analyzer import Analyzer
from simcheck.evidence import MODEL_SITE_ID
from simcheck.pipeline import build_nlp
from simcheck.pipeline.sites import TokenFeatures, site_runs, token_features
from simcheck.rules import load_bundle

BUNDLE = load_bundle()


class _ByWords:
    """Scores a token 0.9 when its word is in ``words``, else 0.1 (and records what it was asked)."""

    threshold = 0.5

    def __init__(self, *words: str) -> None:
        self.words = set(words)
        self.calls = 0

    def score(self, tokens: list[TokenFeatures]) -> list[float]:
        self.calls += 1
        return [0.9 if token["w"] in self.words else 0.1 for token in tokens]


def _analyzer(scorer: _ByWords | None) -> Analyzer:
    return Analyzer(build_nlp(BUNDLE, sites=scorer), BUNDLE)


NOTE = "CT SIMULATION NOTE\nTargets - We will treat the rGTV; the L RPLN; the tumor bed boost.\n"
SITE_WORDS = ("rgtv", "l", "rpln", "tumor", "bed", "boost")


def test_runs_are_trimmed_and_qualifiers_alone_are_not_sites():
    nlp = build_nlp(BUNDLE)
    doc = nlp.make_doc("the left ( cranial field ) and right")
    scores = [0.9 if t.text in {"left", "(", "cranial", "field", ")", "right"} else 0.1 for t in doc]
    runs = site_runs(doc, scores, 0.5)
    assert [doc[a:b].text for a, b in runs] == ["left ( cranial field"]  # ")" trimmed, "right" alone dropped


def test_list_numerals_and_units_alone_are_not_sites_but_nodal_levels_are():
    nlp = build_nlp(BUNDLE)
    doc = nlp.make_doc("Treatment areas:\n  II. left axilla\n  III. L IMN\nneck level II-V | 60 Gy | 6 MV\n")
    tagged = {"II", "III", "level", "-", "V", "6", "MV"}
    runs = site_runs(doc, [0.9 if t.text in tagged else 0.1 for t in doc], 0.5)
    assert [doc[a:b].text for a, b in runs] == ["level II-V"]  # "II." and "III." lead list lines; "6 MV" is energy


def test_tagged_sites_count_as_areas_where_the_word_lists_have_none():
    rules_only = _analyzer(None).check(NOTE)
    assert rules_only.elements.treatment_areas.count is None
    verdict = _analyzer(_ByWords(*SITE_WORDS)).check(NOTE)
    evidence = verdict.elements.treatment_areas.evidence
    assert verdict.elements.treatment_areas.count == 3
    assert [(e.text, e.value, e.rule_id) for e in evidence] == [
        ("rGTV", "rgtv", MODEL_SITE_ID),
        ("L RPLN", "left rpln", MODEL_SITE_ID),  # laterality normalised like a rule site's
        ("tumor bed boost", "bed boost", MODEL_SITE_ID),
    ]


def test_a_run_beside_a_rule_site_is_its_qualifier_not_another_area():
    note = "CT SIMULATION NOTE\nTargets: left knee.\nCT sim performed.\n"
    verdict = _analyzer(_ByWords("left", "knee")).check(note)
    assert verdict.elements.treatment_areas.count == 1
    assert all(e.rule_id != MODEL_SITE_ID for e in verdict.elements.treatment_areas.evidence)


def test_notes_that_document_no_simulation_are_not_tagged():
    tagger = _ByWords(*SITE_WORDS)
    consult = "RADIATION ONCOLOGY CONSULT\nWe will treat the rGTV next month.\n"
    verdict = _analyzer(tagger).check(consult)
    assert tagger.calls == 0
    assert verdict.elements.treatment_areas.count is None


def test_pipe_tags_like_one_by_one():
    analyzer = _analyzer(_ByWords(*SITE_WORDS))
    notes = [NOTE, "RADIATION ONCOLOGY CONSULT\nThe rGTV.\n", NOTE.replace("; the tumor bed boost", "")]
    batch = [v.elements.treatment_areas.count for v in analyzer.check_many(notes)]
    single = [analyzer.check(n).elements.treatment_areas.count for n in notes]
    assert batch == single == [3, None, 2]


@pytest.mark.parametrize("word", ["cranial", "<nl>"])
def test_token_features_name_the_word_its_neighbours_and_rule_matches(word):
    nlp = build_nlp(BUNDLE)
    doc = nlp("SIM NOTE\nTarget: cranial field and left breast.\n")
    rows = token_features(doc)
    assert len(rows) == len(doc)
    assert any(row["w"] == word for row in rows)
    breast = next(row for row in rows if row["w"] == "breast")
    assert breast["rule"] == "TREATMENT_SITE" and breast["w-1"] == "left"
