"""The learned second opinion on feature and scan mentions: context, withdrawal, and loading older models."""

import json
import shutil

import pytest

import simcheck
from simcheck.decide import decide
from simcheck.evidence import Mention, NoteEvidence
from simcheck.features import note_features
from simcheck.mention_check import MODEL_CUE, check_mentions, is_checked, mention_context
from simcheck.model import MENTIONS_FILE, SITES_FILE, default_model_dir, load_model
from simcheck.rules import load_bundle
from simcheck.verdict import Versions

TEXT = (
    "History: CT chest with IV contrast 03/2024 showed a mass.\n"
    "Procedure: Planning CT acquired today. IV contrast was not given; creatinine 2.1. VMAT planned.\n"
)


def _mention(surface: str, label: str, value: str, section: str = "procedure", **kw: object) -> Mention:
    start = TEXT.index(surface)
    return Mention(start, start + len(surface), surface, label, value, f"rule.{value}", section, **kw)  # type: ignore[arg-type]


class _ByWords:
    """Scores a context 0.1 when it holds any of ``words``, else 0.9."""

    threshold = 0.5

    def __init__(self, *words: str) -> None:
        self.words = words
        self.seen: list[str] = []

    def score(self, contexts: list[str]) -> list[float]:
        self.seen.extend(contexts)
        return [0.1 if any(w in c for w in self.words) else 0.9 for c in contexts]


def test_context_is_the_clause_with_the_mention_named_by_label_and_value():
    mention = _mention("IV contrast was", "FEATURE", "contrast")
    context = mention_context(TEXT, mention)
    assert context == "section_procedure | mention_feature value_contrast not given"
    ct = _mention("Planning CT", "MODALITY", "CT")
    assert mention_context(TEXT, ct) == "section_procedure | Procedure: mention_modality value_ct acquired today"


def test_context_stops_at_the_window_in_text_without_breaks():
    text = "x " * 200 + "contrast" + " y" * 200
    start = text.index("contrast")
    mention = Mention(start, start + 8, "contrast", "FEATURE", "contrast", "r", "other")
    context = mention_context(text, mention)
    assert context.count("x") == 80 and context.count("y") == 80


def test_affirmed_mentions_scored_low_are_withdrawn_with_the_model_cue():
    contrast = _mention("IV contrast was", "FEATURE", "contrast")
    ct = _mention("Planning CT", "MODALITY", "CT")
    site = _mention("chest", "TREATMENT_SITE", "chest")
    evidence = NoteEvidence((ct, contrast, site))
    checked = check_mentions(TEXT, evidence, _ByWords("not given"))
    kept, withdrawn, untouched = checked.mentions
    assert (kept.assertion, kept.score, kept.cue) == ("affirmed", 0.9, None)
    assert (withdrawn.assertion, withdrawn.score, withdrawn.cue) == ("hypothetical", 0.1, MODEL_CUE)
    assert untouched == site  # sites are not the model's to judge


def test_the_model_never_revives_an_excluded_mention_and_skips_non_simulation_notes():
    historical = _mention("IV contrast 03", "FEATURE", "contrast", assertion="historical", cue="03/2024")
    consult = _mention("VMAT", "FEATURE", "arc_rotational", cue="note type: consult", assertion="historical")
    scorer = _ByWords()
    evidence = NoteEvidence((historical, consult))
    assert check_mentions(TEXT, evidence, scorer) == evidence
    assert scorer.seen == []
    assert not is_checked(consult)


def test_a_withdrawn_feature_changes_the_decision_and_the_note_features():
    bundle = load_bundle()
    versions = Versions(simcheck="0", rulepack=bundle.version, model="test")
    reason = _mention("creatinine 2.1", "RATIONALE", "contrast for delineation")
    area = Mention(0, 4, "Hist", "AREA_COUNT", "count", "rule.count", "procedure", count=1)
    contrast = _mention("IV contrast was", "FEATURE", "contrast")
    ct = _mention("Planning CT", "MODALITY", "CT")
    evidence = NoteEvidence((reason, area, ct, contrast))
    before = decide(evidence, bundle.decision, versions)
    checked = check_mentions(TEXT, evidence, _ByWords("not given"))
    after = decide(checked, bundle.decision, versions)
    assert before.supported and before.elements.complexity.features == ["contrast"]
    assert not after.supported and after.level == "77280"
    assert [e.cue for e in after.excluded if e.label == "FEATURE"] == [MODEL_CUE]
    features = note_features(checked, after)
    assert features["mentions.withdrawn"] > 0
    assert features["imaging.best_score"] == 0.9
    assert "complexity.best_score" not in features


@pytest.fixture(scope="module")
def committed():
    return simcheck.load()


def test_the_committed_model_scores_feature_mentions_in_verdicts(committed):
    assert committed.model is not None and committed.model.mentions is not None
    verdict = committed.check(TEXT.replace("was not given; creatinine 2.1", "was given"))
    scored = [e for e in verdict.elements.imaging.evidence if e.score is not None]
    assert scored, "every counted scan carries the mention model's score"


def test_a_model_from_before_the_mention_model_and_site_tagger_still_loads(tmp_path):
    committed = default_model_dir()
    assert committed is not None
    folder = tmp_path / "older"
    shutil.copytree(committed, folder)
    manifest = json.loads((folder / "manifest.json").read_text())
    for part, file in (("mentions", MENTIONS_FILE), ("sites", SITES_FILE)):
        del manifest[part]
        (folder / file).unlink()
    (folder / "manifest.json").write_text(json.dumps(manifest))
    older = load_model(folder)
    assert older.mentions is None and older.sites is None
    verdict = simcheck.load(model=older).check(TEXT)
    assert all(e.score is None for e in verdict.elements.imaging.evidence)


def test_features_outside_the_guide_are_not_judged():
    vac_lok = Mention(0, 7, "Vac-Lok", "FEATURE", "custom_immobilization", "feature.custom_immobilization", "other")
    assert not is_checked(vac_lok)
    assert is_checked(_mention("IV contrast was", "FEATURE", "contrast"))


def test_a_numbered_target_is_not_judged():
    """An "Isocenter 2: ..." row enumerates an area outright; the model judges only sites named by place."""
    numbered = _mention("chest", "TREATMENT_SITE", "isocenter 2", counts_as_area=True)
    named = _mention("chest", "TREATMENT_SITE", "chest", counts_as_area=True)
    assert not is_checked(numbered)
    assert is_checked(named)


def test_a_scan_the_rules_read_as_fused_is_not_judged():
    fused = _mention("Planning CT", "MODALITY", "CT", fused=True)
    assert not is_checked(fused)
    assert check_mentions(TEXT, NoteEvidence((fused,)), _ByWords("Procedure")).mentions == (fused,)
