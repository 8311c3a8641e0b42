"""``simcheck train``: fit the rationale sentence classifier and the calibrated note model.

Deterministic: fixed folds, deterministic solvers, sorted inputs. The train split fits the models; the
dev split chooses the sentence threshold and the review band; the test split is scored only for the
report, after every choice is made, and never feeds back into training.

1. Sentences of train notes are labelled by overlap with gold RATIONALE spans; a TF-IDF (word and
   character n-grams) logistic regression is fitted, plus five fold models for out-of-fold scores. A fold
   holds out whole writers (``meta.writer``), so the note model learns from evidence as a department the
   models never read would get it.
2. Every note runs through the pipeline with every candidate sentence kept as a scored mention, so
   the decision at any threshold is a filter away (no re-parsing per threshold).
   The site tagger is fitted first, on the tokens of train notes that span their treatment sites,
   so those runs see its sites. The mention model is then fitted on the context of every feature,
   scan and counted-site mention in train notes (see ``_mentions``). Both have fixed thresholds
   (``SITE_THRESHOLD``, ``MENTION_THRESHOLD``); fold models give out-of-fold scores for train notes.
3. The highest threshold whose dev rationale F1 is within ``THRESHOLD_TOLERANCE`` of the best is kept
   (the curve is flat, and a false rationale can make a false supported verdict); the note model
   (sigmoid-calibrated logistic regression over :func:`simcheck.features.note_features`) is fitted on
   out-of-fold train evidence.
4. The review band is the band around 0.5 with the least cost on dev, where a reviewed note costs 1
   and a wrong verdict that skips review costs ``MISSED_ERROR_COST``. Each dev note is scored for this by
   the fold models that never read its writer, as a new department's notes would be.
"""

from __future__ import annotations

import hashlib
import platform
import subprocess
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction import DictVectorizer, FeatureHasher
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, StratifiedKFold
from sklearn.pipeline import FeatureUnion, Pipeline
from spacy.language import Language
from spacy.tokens import Doc

from simcheck.analyzer import Analyzer
from simcheck.decide import decide
from simcheck.errors import Errors, InputError
from simcheck.evaluate import LabelRecord, read_labels, score
from simcheck.evidence import MODEL_RULE_ID, NoteEvidence
from simcheck.extract import extract
from simcheck.features import note_features
from simcheck.mention_check import check_mentions, is_checked, mention_context
from simcheck.model import (
    MODEL_NAME,
    MentionModel,
    NoteModel,
    RationaleModel,
    SiteModel,
    TrainedModel,
    save_model,
)
from simcheck.pipeline import build_nlp
from simcheck.pipeline.rationale import RationaleClassifier
from simcheck.pipeline.sites import SiteTagger, TokenFeatures, candidate_tokens, token_features
from simcheck.rules import RuleBundle, load_bundle
from simcheck.verdict import Versions

SEED = 0
FOLDS = 5
THRESHOLDS = tuple(round(0.3 + 0.05 * i, 2) for i in range(13))  # 0.30 ... 0.90
THRESHOLD_TOLERANCE = 0.01
"""Dev rationale F1 differences up to this (about two dev notes) are noise; among them the highest threshold
wins, because a sentence wrongly taken for a reason can turn a note into a false supported verdict."""
BAND_STEPS = tuple(round(0.05 * i, 2) for i in range(10))  # half-widths 0 ... 0.45
MISSED_ERROR_COST = 10  # reviews worth spending to catch one wrong verdict
MENTION_THRESHOLD = 0.2
"""Affirmed feature, scan and site mentions scored below this are withdrawn. Chosen for features and scans on
writers E and F before any tuning on them (a model trained on writers A and B; see the error analysis)."""
SITE_THRESHOLD = 0.5
"""Tokens scored at or above this are inside a treatment site (token precision 0.97, recall 0.83 on dev)."""
MIN_DF = 2
"""N-grams seen in fewer training rows get no weight: a word or spelling seen once is one writer's habit."""
DEFAULT_VERSION = "2026.12.12"
_MIN_OVERLAP = 5


def text_classifier(words: tuple[int, int] = (1, 2)) -> Pipeline:
    """A text model: hashed word and character 3-4 n-grams, TF-IDF weighted, into balanced logistic regression.

    Character n-grams keep misspelled and run-together words recognisable. Hashing (2**20 buckets each)
    stores no vocabulary: the saved model stays small and loads in a fraction of a second, where a
    vocabulary of 100,000+ n-grams made a 33 MB skops schema that took seconds to load. Fit it with
    :func:`fit_model`, which gives n-grams seen in fewer than :data:`MIN_DF` training rows no weight.
    """
    features = FeatureUnion(
        [
            ("words", _hashed_tfidf(analyzer="word", ngram_range=words)),
            ("chars", _hashed_tfidf(analyzer="char_wb", ngram_range=(3, 4))),
        ]
    )
    classifier = LogisticRegression(C=4.0, class_weight="balanced", max_iter=2000, random_state=SEED)
    return Pipeline([("features", features), ("classifier", classifier)])


def fit_model(model: Pipeline, rows: Sequence[Any], labels: Sequence[int]) -> Pipeline:
    """Fit a model; in a text model, n-grams seen in fewer than ``MIN_DF`` rows get no weight.

    A hashed n-gram column has no vocabulary to prune, so its IDF is set to zero instead: the column is
    zero in training and at run time alike, as if the n-gram had been left out of a vocabulary. A text
    model's weights are then held sparse (``LogisticRegression.sparsify``), in training, in the saved
    artifact and at run time alike.
    """
    features = model.named_steps["features"]
    if not isinstance(features, FeatureUnion):
        return model.fit(list(rows), list(labels))
    weighted = []
    for _, branch in features.transformer_list:
        counts = branch.named_steps["hash"].transform(rows)  # hashed once: the IDF and the matrix share it
        tfidf = branch.named_steps["tfidf"].fit(counts)
        rows_with = np.bincount(counts.indices, minlength=counts.shape[1])
        tfidf.idf_ = np.where(rows_with >= MIN_DF, tfidf.idf_, 0.0)
        weighted.append(tfidf.transform(counts))
    classifier = model.named_steps["classifier"].fit(sparse.hstack(weighted).tocsr(), list(labels))
    classifier.sparsify()  # about 3% of the 2**21 hashed weights are non-zero: 1 MB to hold, not 16 MB
    return model


def _hashed_tfidf(analyzer: str, ngram_range: tuple[int, int]) -> Pipeline:
    hashing = HashingVectorizer(
        analyzer=analyzer, ngram_range=ngram_range, n_features=2**20, alternate_sign=False, norm=None
    )
    return Pipeline([("hash", hashing), ("tfidf", TfidfTransformer(sublinear_tf=True))])


def sentence_classifier() -> Pipeline:
    """The rationale sentence model (word 1-2 grams)."""
    return text_classifier((1, 2))


def mention_classifier() -> Pipeline:
    """The mention model (word 1-3 grams: "not given", "if needed", "prior to" are the signal)."""
    return text_classifier((1, 3))


def site_classifier() -> Pipeline:
    """The treatment-site token tagger: hashed token feature dicts into logistic regression.

    Hashing keeps the artifact small (no vocabulary) and gives the 32-bit sparse indices liblinear needs.
    """
    classifier = LogisticRegression(C=0.5, solver="liblinear", max_iter=200, random_state=SEED)
    return Pipeline([("features", FeatureHasher(n_features=2**18, input_type="dict")), ("classifier", classifier)])


@dataclass(frozen=True)
class _Fitted:
    """A text model fitted on all train rows, and fold models scoring each train note out of fold."""

    full: Any
    folds: list[Any]
    fold_of: dict[int, int]
    fold_of_writer: dict[str, int]

    def out_of_fold(self, note: int) -> Any:
        """The fold model that did not see ``note``."""
        return self.folds[self.fold_of.get(note, 0)]

    def unseen_by(self, writer: str) -> Any:
        """The fold model that never read ``writer``'s notes (the full model for a writer it never read)."""
        fold = self.fold_of_writer.get(writer)
        return self.full if fold is None else self.folds[fold]


def _fit_with_folds(
    make: Callable[[], Pipeline], texts: list[Any], labels: list[int], groups: list[int], writers: Sequence[str]
) -> _Fitted:
    """Fit ``make()`` on all rows (strings or feature dicts) and on each of ``FOLDS`` folds.

    ``groups`` gives each row's note index and ``writers`` each note's writer. When the notes come from
    several writers, a fold holds out whole writers, so out-of-fold scores are what a department the
    model has never read would get (and the note model is calibrated for that); otherwise whole notes.
    With fewer notes than folds, each note is its own fold; with a single note, the full model stands in.
    """
    full = fit_model(make(), texts, labels)
    by_writer = len({writers[g] for g in groups}) > 1
    fold_groups = [writers[g] for g in groups] if by_writer else groups
    splits = min(FOLDS, len(set(fold_groups)))
    if splits < 2:
        return _Fitted(full, [full], {}, {})
    fold_of: dict[int, int] = {}
    folds: list[Any] = []
    for fold, (fit_rows, held_rows) in enumerate(GroupKFold(n_splits=splits).split(texts, labels, fold_groups)):
        folds.append(fit_model(make(), [texts[i] for i in fit_rows], [labels[i] for i in fit_rows]))
        fold_of.update({groups[i]: fold for i in held_rows})
    fold_of_writer = {writers[note]: fold for note, fold in fold_of.items()} if by_writer else {}
    return _Fitted(full, folds, fold_of, fold_of_writer)


def portable(pipeline: Pipeline) -> Pipeline:
    """Drop the one fitted attribute that holds an object address, so the saved content is reproducible.

    ``_stop_words_id`` is an ``id()`` that scikit-learn recomputes on the next transform.
    """
    for _, branch in pipeline.named_steps["features"].transformer_list:
        for _, step in branch.steps:
            if hasattr(step, "_stop_words_id"):
                delattr(step, "_stop_words_id")
    return pipeline


def note_classifier() -> Pipeline:
    """The note model: feature dicts into a sigmoid-calibrated logistic regression."""
    calibrated = CalibratedClassifierCV(
        LogisticRegression(C=1.0, max_iter=2000, random_state=SEED),
        method="sigmoid",
        cv=StratifiedKFold(n_splits=FOLDS),
    )
    return Pipeline([("features", DictVectorizer(sparse=False, sort=True)), ("classifier", calibrated)])


@dataclass(frozen=True)
class _Note:
    record: LabelRecord
    evidence: NoteEvidence  # every candidate sentence kept as a scored model mention


def _checked(notes: Sequence[_Note], scorer_of: Callable[[int], MentionModel]) -> list[_Note]:
    """The notes with the mention model's judgement applied (``scorer_of(note index)`` scores each note)."""
    return [
        replace(note, evidence=check_mentions(note.record.text, note.evidence, scorer_of(index)))
        for index, note in enumerate(notes)
    ]


def at_threshold(evidence: NoteEvidence, threshold: float) -> NoteEvidence:
    """Drop classifier mentions scored below ``threshold`` (``inf`` gives the rules alone)."""
    kept = tuple(m for m in evidence.mentions if m.rule_id != MODEL_RULE_ID or (m.score or 0.0) >= threshold)
    scores = evidence.sentence_scores if threshold != float("inf") else ()
    return replace(evidence, mentions=kept, sentence_scores=scores)


def _sentences(
    docs: Sequence[Doc], records: Sequence[LabelRecord], classifier: RationaleClassifier
) -> tuple[list[str], list[int], list[int]]:
    """The sentences the classifier reads at run time, their labels (overlaps a gold rationale span) and note index.

    Sentences in notes or sections where no reason counts (a consult, a copied-forward block) are left out:
    the classifier never scores them, and as negatives they would teach it that a reason is no reason.
    """
    texts: list[str] = []
    labels: list[int] = []
    groups: list[int] = []
    for index, doc in enumerate(docs):
        gold = [(s["start"], s["end"]) for s in records[index].spans if s["label"] == "RATIONALE"]
        for sent in classifier.readable(doc):
            overlap = max((min(end, sent.end_char) - max(start, sent.start_char) for start, end in gold), default=0)
            texts.append(sent.text)
            labels.append(int(overlap >= _MIN_OVERLAP))
            groups.append(index)
    return texts, labels, groups


def _mentions(notes: Sequence[_Note], correcting: Collection[str]) -> tuple[list[str], list[int], list[int]]:
    """Contexts of the feature, scan and counted-site mentions, their labels (counts or not) and note index.

    A feature or scan counts when it overlaps a gold span of its value; it does not when the note's
    labels lack its value, unless a later correcting section (an addendum) names it (then the correction,
    not the words around the mention, decides). A site counts when it overlaps a gold TREATMENT_SITE span;
    it does not when the note spans its sites and none of them holds its words. Other mentions are
    ambiguous and left out.
    """
    texts: list[str] = []
    labels: list[int] = []
    groups: list[int] = []
    for index, note in enumerate(notes):
        spans, labelled = note.record.spans, note.record.labels
        sites = [s for s in spans if s["label"] == "TREATMENT_SITE"]
        for mention in note.evidence.mentions:
            if not is_checked(mention):
                continue
            if mention.label == "TREATMENT_SITE":  # judged only where the note's areas are spanned as sites
                counts = any(min(s["end"], mention.end) > max(s["start"], mention.start) for s in sites)
                surface = mention.text.lower()
                named_elsewhere = any(surface in note.record.text[s["start"] : s["end"]].lower() for s in sites)
                known = counts or (bool(sites) and not named_elsewhere)
            else:
                counts = any(
                    s["label"] == mention.label
                    and s.get("value") == mention.value
                    and min(s["end"], mention.end) > max(s["start"], mention.start)
                    for s in spans
                )
                gold = labelled["features"] if mention.label == "FEATURE" else labelled["modalities"]
                corrected = any(  # a correction decides, not the words around this mention
                    m.section in correcting and m.label == mention.label and m.value == mention.value
                    for m in note.evidence.mentions
                    if m.start > mention.start
                )
                known = counts or (mention.value not in gold and not corrected)
            if known:
                texts.append(mention_context(note.record.text, mention))
                labels.append(int(counts))
                groups.append(index)
    return texts, labels, groups


def _site_tokens(
    docs: Sequence[Doc], records: Sequence[LabelRecord], tagger: SiteTagger
) -> tuple[list[TokenFeatures], list[int], list[int]]:
    """Token features of the simulation notes that name their areas, labelled by gold TREATMENT_SITE spans.

    Only the tokens the tagger reads at run time (:func:`~simcheck.pipeline.sites.candidate_tokens`).
    Notes without a TREATMENT_SITE span are left out: they document no simulation, or state a count
    without spanning the sites, so their site words would be false negatives.
    """
    rows: list[TokenFeatures] = []
    labels: list[int] = []
    groups: list[int] = []
    for index, (doc, record) in enumerate(zip(docs, records, strict=True)):
        gold = [(s["start"], s["end"]) for s in record.spans if s["label"] == "TREATMENT_SITE"]
        if not gold or doc._.simcheck_note_kind in tagger.skip_kinds:
            continue
        tokens = candidate_tokens(doc, tagger.listing_sections)
        rows.extend(token_features(doc, tokens))
        labels.extend(int(any(a <= doc[i].idx < b for a, b in gold)) for i in tokens)
        groups.extend([index] * len(tokens))
    return rows, labels, groups


def _prepare(
    nlp: Language,
    bundle: RuleBundle,
    records: Sequence[LabelRecord],
    scorer_of: Callable[[int], RationaleModel],
    sites_of: Callable[[int], SiteModel],
) -> list[_Note]:
    """Run every note with every candidate sentence kept, scored by ``scorer_of(note index)``; sites by ``sites_of``."""
    component = nlp.get_pipe("simcheck_rationale")
    assert isinstance(component, RationaleClassifier)
    tagger = nlp.get_pipe("simcheck_sites")
    assert isinstance(tagger, SiteTagger)
    notes: list[_Note] = []
    for index, record in enumerate(records):
        component.scorer = scorer_of(index)
        tagger.scorer = sites_of(index)
        notes.append(_Note(record, extract(nlp(record.text), bundle)))
    return notes


def _rationale_f1(notes: Sequence[_Note], bundle: RuleBundle, versions: Versions, threshold: float) -> float:
    pairs = [(n.record, decide(at_threshold(n.evidence, threshold), bundle.decision, versions)) for n in notes]
    return float(score(pairs, by=())["elements"]["rationale"]["f1"])


def choose_band(probabilities: Sequence[float], decisions: Sequence[bool], gold: Sequence[bool]) -> tuple[float, float]:
    """Return the band around 0.5 with the least review cost on dev.

    One reviewed note costs 1 and one wrong verdict that skips review costs ``MISSED_ERROR_COST``;
    ties go to the narrower band.
    """

    def cost(half: float) -> float:
        low, high = 0.5 - half, 0.5 + half
        reviewed = missed = 0
        for p, d, g in zip(probabilities, decisions, gold, strict=True):
            if (p >= 0.5) != d or low <= p <= high:
                reviewed += 1
            elif d != g:
                missed += 1
        return reviewed + MISSED_ERROR_COST * missed

    best = min(BAND_STEPS, key=lambda half: (cost(half), half))
    return (round(0.5 - best, 2), round(0.5 + best, 2))


def annotations_hash(folder: Path, splits: Sequence[str] = ("train", "dev")) -> str:
    """sha256 over the annotation files the model is trained and tuned on."""
    digest = hashlib.sha256()
    for split in splits:
        digest.update(split.encode())
        digest.update((folder / f"{split}.jsonl").read_bytes())
    return digest.hexdigest()


def _code_revision() -> str:
    try:
        result = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).parent,
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return result.stdout.strip()


def _evaluate(analyzer: Analyzer, records: Sequence[LabelRecord]) -> dict[str, Any]:
    verdicts = analyzer.check_many((r.id, r.text) for r in records)
    return score(list(zip(records, verdicts, strict=True)), by=("site", "note_type", "style"))


@dataclass(frozen=True)
class TrainingResult:
    """What ``simcheck train`` produced."""

    directory: Path
    manifest: dict[str, Any]


def train(annotations: str | Path, output: str | Path, version: str = DEFAULT_VERSION) -> TrainingResult:
    """Fit both models from ``annotations/{train,dev}.jsonl`` and write ``output/<name>/<version>/``.

    Args:
        annotations: The folder holding ``train.jsonl``, ``dev.jsonl`` and (for the report) ``test.jsonl``.
        output: The models root (``models/``).
        version: The model version to write.

    Returns:
        The version folder and its manifest.

    Raises:
        InputError: When the train or dev split is missing or not valid label records.
    """
    folder = Path(annotations)
    if not (folder / "train.jsonl").is_file() or not (folder / "dev.jsonl").is_file():
        raise InputError("E033", Errors.E033.format(path=folder.name))
    train_records = sorted(read_labels(folder / "train.jsonl"), key=lambda r: r.id)
    dev_records = sorted(read_labels(folder / "dev.jsonl"), key=lambda r: r.id)
    bundle = load_bundle()
    rules_versions = Versions(simcheck=package_version("simcheck"), rulepack=bundle.version, model="none")

    rules_only = Analyzer(build_nlp(bundle), bundle)
    train_docs = list(rules_only.nlp.pipe(record.text for record in train_records))  # parsed once for both
    classifier = rules_only.nlp.get_pipe("simcheck_rationale")
    assert isinstance(classifier, RationaleClassifier)
    texts, labels, groups = _sentences(train_docs, train_records, classifier)
    writers = [record.writer for record in train_records]
    sentences = _fit_with_folds(sentence_classifier, texts, labels, groups, writers)
    tagger = rules_only.nlp.get_pipe("simcheck_sites")
    assert isinstance(tagger, SiteTagger)
    tokens, in_site, token_groups = _site_tokens(train_docs, train_records, tagger)
    del train_docs
    sites = _fit_with_folds(site_classifier, tokens, in_site, token_groups, writers)
    scoring = build_nlp(bundle)  # its classifier's and tagger's scorers are swapped per note
    train_notes = _prepare(
        scoring,
        bundle,
        train_records,
        lambda i: RationaleModel(sentences.out_of_fold(i), 0.0),
        lambda i: SiteModel(sites.out_of_fold(i), SITE_THRESHOLD),
    )
    dev_notes = _prepare(
        scoring,
        bundle,
        dev_records,
        lambda i: RationaleModel(sentences.full, 0.0),
        lambda i: SiteModel(sites.full, SITE_THRESHOLD),
    )

    contexts, counted, mention_groups = _mentions(train_notes, bundle.decision.correcting_sections)
    mentions = _fit_with_folds(mention_classifier, contexts, counted, mention_groups, writers)
    train_notes = _checked(train_notes, lambda i: MentionModel(mentions.out_of_fold(i), MENTION_THRESHOLD))
    dev_notes = _checked(dev_notes, lambda i: MentionModel(mentions.full, MENTION_THRESHOLD))

    threshold_f1 = {t: _rationale_f1(dev_notes, bundle, rules_versions, t) for t in THRESHOLDS}
    best = max(threshold_f1.values())
    threshold = max(t for t in THRESHOLDS if round(best - threshold_f1[t], 6) <= THRESHOLD_TOLERANCE)

    def features(note: _Note) -> dict[str, float]:
        evidence = at_threshold(note.evidence, threshold)
        return note_features(evidence, decide(evidence, bundle.decision, rules_versions))

    notes_model = note_classifier().fit(
        [features(n) for n in train_notes], [int(n.record.labels["supported"]) for n in train_notes]
    )
    # the band is chosen on dev notes as a department the models never read would get them: each scored by the
    # fold models that held out its writer (the full models read every writer, so their dev errors are too rare)
    unseen_dev = _prepare(
        scoring,
        bundle,
        dev_records,
        lambda i: RationaleModel(sentences.unseen_by(dev_records[i].writer), 0.0),
        lambda i: SiteModel(sites.unseen_by(dev_records[i].writer), SITE_THRESHOLD),
    )
    unseen_dev = _checked(
        unseen_dev, lambda i: MentionModel(mentions.unseen_by(dev_records[i].writer), MENTION_THRESHOLD)
    )
    band = choose_band(
        [float(p) for p in notes_model.predict_proba([features(n) for n in unseen_dev])[:, 1]],
        [decide(at_threshold(n.evidence, threshold), bundle.decision, rules_versions).supported for n in unseen_dev],
        [bool(n.record.labels["supported"]) for n in unseen_dev],
    )

    model = TrainedModel(
        name=MODEL_NAME,
        version=version,
        rationale=RationaleModel(sentences.full, threshold),
        note=NoteModel(notes_model, band),
        manifest={},
        mentions=MentionModel(mentions.full, MENTION_THRESHOLD),
        sites=SiteModel(sites.full, SITE_THRESHOLD),
    )
    full = Analyzer(build_nlp(bundle, model.rationale, model.sites), bundle, model=model)
    sentences_only = Analyzer(
        build_nlp(bundle, model.rationale), bundle, model=replace(model, mentions=None, sites=None)
    )
    metrics: dict[str, Any] = {
        "dev": _evaluate(full, dev_records),
        "dev_sentences_only": _evaluate(sentences_only, dev_records),
        "dev_rules_only": _evaluate(rules_only, dev_records),
        "threshold_dev_rationale_f1": {str(t): f for t, f in threshold_f1.items()},
    }
    if (folder / "test.jsonl").is_file():
        test_records = sorted(read_labels(folder / "test.jsonl"), key=lambda r: r.id)
        metrics["test"] = _evaluate(full, test_records)
        metrics["test_sentences_only"] = _evaluate(sentences_only, test_records)
        metrics["test_rules_only"] = _evaluate(rules_only, test_records)

    directory = Path(output) / MODEL_NAME / version
    portable(sentences.full)
    portable(mentions.full)
    manifest = save_model(
        directory,
        version=version,
        rationale=model.rationale,
        note=model.note,
        mentions=MentionModel(mentions.full, MENTION_THRESHOLD),
        sites=SiteModel(sites.full, SITE_THRESHOLD),
        extra={
            "training_data": {
                "annotations_sha256": annotations_hash(folder),
                "files": ["train.jsonl", "dev.jsonl"],
                "notes": {"train": len(train_records), "dev": len(dev_records)},
                "sentences": {"train": len(texts), "rationale_positive": sum(labels)},
                "mentions": {"train": len(contexts), "counted": sum(counted)},
                "site_tokens": {"train": len(tokens), "in_site": sum(in_site)},
                "provenance": "synthetic notes generated by annotations/generate.py; no patient data",
            },
            "code_revision": _code_revision(),
            "rulepack": bundle.version,
            "seed": SEED,
            "libraries": {
                name: package_version(name)
                for name in ("simcheck", "scikit-learn", "skops", "numpy", "scipy", "spacy", "medspacy")
            }
            | {"python": platform.python_version()},
            "metrics": metrics,
        },
    )
    return TrainingResult(directory, manifest)
