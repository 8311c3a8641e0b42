"""The trained models: reproducible training, safe loading, confidence and review in the verdict."""

import json
import shutil
from pathlib import Path

import pytest
import skops.io as sio
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer

import simcheck
from simcheck.decide import review
from simcheck.errors import InputError, ModelLoadError
from simcheck.evaluate import calibration
from simcheck.model import NOTE_FILE, TRUSTED_TYPES, content_digest, load_model
from simcheck.model_card import write_model_card
from simcheck.train import annotations_hash, at_threshold, choose_band, train

ROOT = Path(__file__).parents[1]
EXAMPLES = ROOT / "examples" / "labels.jsonl"


@pytest.fixture(scope="module")
def small_annotations(tmp_path_factory) -> Path:
    """The 40 hand-labelled examples as a tiny train/dev/test corpus."""
    folder = tmp_path_factory.mktemp("annotations")
    lines = EXAMPLES.read_text(encoding="utf-8").splitlines(keepends=True)
    (folder / "train.jsonl").write_text("".join(lines[:26]), encoding="utf-8")
    (folder / "dev.jsonl").write_text("".join(lines[26:34]), encoding="utf-8")
    (folder / "test.jsonl").write_text("".join(lines[34:]), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def trained(small_annotations, tmp_path_factory):
    return train(small_annotations, tmp_path_factory.mktemp("models"), version="0.0.1")


def test_training_is_reproducible(small_annotations, trained, tmp_path):
    again = train(small_annotations, tmp_path, version="0.0.1")
    for part in ("rationale", "mentions", "note"):
        assert again.manifest[part]["digest"] == trained.manifest[part]["digest"]
    assert again.manifest["note"]["band"] == trained.manifest["note"]["band"]


def test_manifest_records_data_versions_and_metrics(small_annotations, trained):
    manifest = json.loads((trained.directory / "manifest.json").read_text())
    assert manifest["training_data"]["annotations_sha256"] == annotations_hash(small_annotations)
    assert manifest["training_data"]["notes"] == {"train": 26, "dev": 8}
    assert {"scikit-learn", "skops", "spacy", "medspacy", "numpy"} <= set(manifest["libraries"])
    assert set(manifest["trusted_types"]) <= TRUSTED_TYPES
    assert {"dev", "dev_rules_only", "test", "test_rules_only"} <= set(manifest["metrics"])
    assert 0 < manifest["rationale"]["threshold"] < 1
    low, high = manifest["note"]["band"]
    assert 0 <= low <= 0.5 <= high <= 1


def test_model_card_is_written_from_the_manifest(trained):
    card = write_model_card(trained.directory, trained.manifest).read_text()
    assert f"Review band [{trained.manifest['note']['band'][0]}" in card
    assert "| rules only |" in card
    assert "| rules + classifiers |" in card
    assert "| rules + sentence classifier |" in card
    assert "synthetic" in card


def test_loaded_model_gives_confidence_and_records_its_version(trained):
    analyzer = simcheck.load(model=trained.directory)
    text = (ROOT / "src/simcheck/examples/complex_simulation.txt").read_text()
    verdict = analyzer.check(text)
    assert verdict.versions.model == "simcheck-77290@0.0.1"
    assert verdict.confidence is not None
    assert 0.0 <= verdict.confidence <= 1.0
    rules = simcheck.load(model=None).check(text)
    assert rules.confidence is None
    assert rules.versions.model == "none"


def test_loading_refuses_untrusted_types(trained, tmp_path):
    folder = tmp_path / "tampered"
    shutil.copytree(trained.directory, folder)
    sio.dump(Pipeline([("f", FunctionTransformer(func=shutil.rmtree))]), folder / NOTE_FILE)
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["note"]["digest"] = content_digest(folder / NOTE_FILE)
    manifest["trusted_types"].append("shutil.rmtree")  # a manifest cannot widen the allow-list
    (folder / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelLoadError) as caught:
        load_model(folder)
    assert caught.value.code == "E031"
    assert "shutil.rmtree" in caught.value.message


def test_loading_refuses_a_changed_artifact(trained, tmp_path):
    folder = tmp_path / "changed"
    shutil.copytree(trained.directory, folder)
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["note"]["digest"] = "0" * 64
    (folder / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelLoadError) as caught:
        load_model(folder)
    assert caught.value.code == "E032"


def test_missing_model_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ModelLoadError) as caught:
        simcheck.load(model=tmp_path / "nowhere")
    assert caught.value.code == "E030"


def test_training_without_splits_is_a_clear_error(tmp_path):
    with pytest.raises(InputError) as caught:
        train(tmp_path, tmp_path / "out")
    assert caught.value.code == "E033"


@pytest.mark.parametrize(
    ("supported", "probability", "band", "status"),
    [
        (True, 0.97, (0.3, 0.7), "supported"),
        (False, 0.03, (0.3, 0.7), "not_supported"),
        (True, 0.65, (0.3, 0.7), "needs_review"),  # inside the band
        (False, 0.3, (0.3, 0.7), "needs_review"),  # on the band's edge
        (True, 0.2, (0.5, 0.5), "needs_review"),  # probability disagrees with the decision
        (False, 0.8, (0.5, 0.5), "needs_review"),
        (False, 0.49, (0.5, 0.5), "not_supported"),
    ],
)
def test_review_status(rules_analyzer, supported, probability, band, status):
    base = rules_analyzer.check("CT simulation of the right breast." if supported else "Follow-up visit.")
    verdict = review(base.model_copy(update={"supported": supported}), probability, band)
    assert verdict.status == status
    assert verdict.supported is supported  # the guide's decision is never flipped
    assert verdict.confidence == probability


def test_calibration_metrics():
    result = calibration([0.9, 0.9, 0.1, 0.1], [True, False, False, False])
    assert result["brier"] == pytest.approx((0.01 + 0.81 + 0.01 + 0.01) / 4, abs=1e-4)
    # bin 0.9: mean 0.9 vs observed 0.5; bin 0.1: mean 0.1 vs observed 0.0
    assert result["ece"] == pytest.approx(0.5 * 0.4 + 0.5 * 0.1, abs=1e-4)
    perfect = calibration([1.0, 0.0], [True, False])
    assert perfect["brier"] == 0.0
    assert perfect["ece"] == 0.0


def test_choose_band_weighs_reviews_against_missed_errors():
    # one wrong decision at p=0.62: widening to catch it costs 1 review, missing it costs 10
    probabilities = [0.95, 0.9, 0.62, 0.1, 0.05]
    decisions = [True, True, True, False, False]
    gold = [True, True, False, False, False]
    assert choose_band(probabilities, decisions, gold) == (0.35, 0.65)
    assert choose_band([0.9, 0.1], [True, False], [True, False]) == (0.5, 0.5)
    # an error hidden among 20 confident right notes is not worth reviewing all of them
    many = [0.93] * 20 + [0.94]
    assert choose_band(many, [True] * 21, [True] * 20 + [False]) == (0.5, 0.5)


def test_rationale_sentences_from_the_classifier(rules_analyzer):
    """Classifier sentences become evidence with a score; cues inside the sentence still exclude it."""

    class Everything:
        threshold = 0.5

        def score(self, sentences):
            return [0.8] * len(sentences)

    analyzer = simcheck.load(model=None)
    analyzer.nlp.get_pipe("simcheck_rationale").scorer = Everything()
    text = (
        "SIMULATION\n"
        "Her anatomy changed substantially after the flap reconstruction, so the usual setup will not reproduce.\n"
        "No immobilization device was required for this patient today.\n"
        "We may need additional imaging because of the patient's prior surgery.\n"
    )
    verdict = analyzer.check(text)
    found = verdict.elements.rationale.evidence
    assert [e.rule_id for e in found] == ["model.rationale.sentence"]
    assert found[0].text.startswith("Her anatomy changed")
    assert found[0].score == 0.8
    excluded = {e.text.split()[0]: e.assertion for e in verdict.excluded if e.rule_id == "model.rationale.sentence"}
    assert excluded == {"No": "negated", "We": "hypothetical"}
    # the rules alone find none of these reasons
    assert rules_analyzer.check(text).elements.rationale.status == "absent"


def test_at_threshold_keeps_rules_and_high_scores(trained):
    analyzer = simcheck.load(model=trained.directory)
    doc = analyzer.nlp((ROOT / "src/simcheck/examples/complex_simulation.txt").read_text())
    from simcheck.extract import extract

    evidence = extract(doc, analyzer.bundle)
    rules_only = at_threshold(evidence, float("inf"))
    assert all(not m.rule_id.startswith("model.") for m in rules_only.mentions)
    assert rules_only.sentence_scores == ()
    assert at_threshold(evidence, 0.0).mentions == evidence.mentions


COMMITTED = ROOT / "models" / "simcheck-77290"


def _committed_manifest() -> dict:
    (folder,) = [p for p in COMMITTED.iterdir() if (p / "manifest.json").is_file()]
    return json.loads((folder / "manifest.json").read_text())


def test_committed_model_was_trained_on_the_current_annotations():
    assert _committed_manifest()["training_data"]["annotations_sha256"] == annotations_hash(ROOT / "annotations")


def test_train_rebuilds_the_committed_model_exactly(tmp_path):
    committed = _committed_manifest()
    rebuilt = train(ROOT / "annotations", tmp_path, version=committed["version"]).manifest
    for part in ("rationale", "mentions", "note"):
        assert rebuilt[part] == committed[part]
    assert rebuilt["metrics"] == committed["metrics"]


def test_the_default_analyzer_uses_the_committed_model(analyzer):
    committed = _committed_manifest()
    assert analyzer.versions.model == f"{committed['name']}@{committed['version']}"


def test_text_models_give_no_weight_to_ngrams_seen_once():
    """An n-gram in fewer than MIN_DF training rows has zero IDF, so it is zero at run time as in training."""
    from simcheck.train import MIN_DF, fit_model, sentence_classifier

    rows = ["target abuts the cord", "target abuts the bowel", "routine setup today", "routine setup again"]
    model = fit_model(sentence_classifier(), rows, [1, 1, 0, 0])
    words = model.named_steps["features"].transformer_list[0][1]
    counts = words.named_steps["hash"].transform(rows)
    seen_in = (counts > 0).sum(axis=0).A1
    idf = words.named_steps["tfidf"].idf_
    assert MIN_DF == 2
    assert (idf[seen_in == 1] == 0).all() and (idf[seen_in >= 2] > 0).all()
    unseen = model.named_steps["features"].transform(["cord bowel"])
    assert unseen[:, : counts.shape[1]].sum() == 0  # only once-seen words: no word features at all


def test_text_models_hold_sparse_weights_that_score_as_dense_ones():
    """A text model's mostly-zero hashed weights are sparse from fitting on; they score as the dense ones do."""
    import copy

    import scipy.sparse

    from simcheck.train import fit_model, sentence_classifier

    rows = ["target abuts the cord", "target abuts the bowel", "routine setup today", "routine setup again"]
    model = fit_model(sentence_classifier(), rows, [1, 1, 0, 0])
    assert scipy.sparse.issparse(model.named_steps["classifier"].coef_)
    dense = copy.deepcopy(model)
    dense.named_steps["classifier"].densify()
    sentences = ["The target abuts the cord.", "Routine setup.", "cord bowel"]
    assert model.predict_proba(sentences)[:, 1] == pytest.approx(dense.predict_proba(sentences)[:, 1], abs=1e-12)


def test_committed_text_models_are_saved_with_sparse_weights():
    import scipy.sparse

    from simcheck.model import default_model_dir

    folder = default_model_dir()
    assert folder is not None
    manifest = json.loads((folder / "manifest.json").read_text())
    for part in ("rationale", "mentions"):
        saved = sio.load(folder / manifest[part]["file"], trusted=sorted(TRUSTED_TYPES))
        assert scipy.sparse.issparse(saved.steps[-1][1].coef_)


@pytest.mark.parametrize(
    ("sentence", "candidate"),
    [
        ("Rationale: Reason for complex sim: ___", False),
        ("(*) RATIONALE: Complex sim indicated.", False),
        ("Clinical indication: Complexity justified.", False),
        ("Rationale: the GTV lies within 12 mm of the spinal cord.", True),
        ("esophageal primary not seen on CT - fusion needed", True),
        ("MEDICAL NECESSITY: Patient requires complex simulation.", False),
        ("Medical necessity for complex sim: yes per attending.", False),
        ("The patient requires complex simulation because the GTV abuts the cord.", True),
        ("clinical indication- Medical necessity for complex sim: yes.", False),
        ("\u2022 Medical necessity for complex simulation is met.", False),
        ("Rationale: This simulation was complex.", False),
        ("Reason: Physician attests complex simulation was needed.", False),
        ("REASON FOR COMPLEX SIMULATION", False),
        ("MEDICAL NECESSITY (PER MD).. The lacrimal gland is right next to the target", True),
        ("This simulation was complex because the cord abuts the target.", True),
        ("Medical necessity (free text): This is a complex simulation.", False),
        ("medical necessity- Complex sim may be justified if nodal volumes are added after review.", False),
        ("COMPLEX SIMULATION MIGHT BE NEEDED DEPENDING ON WHAT THE CONTOURS SHOW", False),
        ("Complex sim is required, as the heart could be in the field if we use a standard setup.", True),
    ],
)
def test_a_rationale_candidate_has_four_words_after_its_field_labels(rules_analyzer, sentence, candidate):
    """A label names the field; a blank or a bare assertion after it is no reason for the classifier to score."""
    from simcheck.pipeline.rationale import candidate_sentences

    assert bool(candidate_sentences(rules_analyzer.nlp(sentence))) is candidate
