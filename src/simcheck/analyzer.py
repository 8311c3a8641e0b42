"""The analyzer facade: load the pipeline once, check one note or many."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from importlib.metadata import version as _package_version
from itertools import islice
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from simcheck.decide import decide, review
from simcheck.errors import Errors, InputError, SimcheckError
from simcheck.extract import extract
from simcheck.features import note_features
from simcheck.mention_check import check_notes
from simcheck.model import TrainedModel, default_model_dir, load_model
from simcheck.pipeline import build_nlp
from simcheck.pipeline.text import doc_text
from simcheck.rules import RuleBundle, load_bundle
from simcheck.verdict import ErrorDetail, NoteError, Verdict, Versions

NoteInput = str | tuple[str | None, str] | Mapping[str, object]
DEFAULT_MAX_CHARS = 200_000


def note_fields(note: NoteInput) -> tuple[str | None, object]:
    """Return ``(note_id, text)`` from a string, a ``(note_id, text)`` pair or a record.

    Records may name the id ``note_id`` or ``id``.
    """
    if isinstance(note, str):
        return None, note
    if isinstance(note, tuple):
        return note[0], note[1]
    raw_id = note.get("note_id", note.get("id"))
    return (None if raw_id is None else str(raw_id)), note.get("text")


class Analyzer:
    """Checks notes against the labeling guide with one loaded pipeline.

    Args:
        nlp: The pipeline from :func:`simcheck.pipeline.build_nlp`.
        bundle: The rule bundle it was built from.
        model: The trained model whose rationale classifier the pipeline holds; it adds ``confidence``.
        max_chars: Longest note accepted.
    """

    def __init__(
        self,
        nlp: Language,
        bundle: RuleBundle,
        model: TrainedModel | None = None,
        max_chars: int = DEFAULT_MAX_CHARS,
    ) -> None:
        self.nlp = nlp
        self.bundle = bundle
        self.model = model
        self.max_chars = max_chars
        self.versions = Versions(
            simcheck=_package_version("simcheck"),
            rulepack=bundle.version,
            model=model.id if model is not None else "none",
        )

    def validate(self, text: object) -> str:
        """Return the text if it can be analysed.

        Raises:
            InputError: If it is not a string, is empty or blank, is over ``max_chars`` or is not valid Unicode.
        """
        if not isinstance(text, str):
            raise InputError("E012", Errors.E012.format(type_name=type(text).__name__))
        if not text.strip():
            raise InputError("E010", Errors.E010)
        if len(text) > self.max_chars:
            raise InputError("E011", Errors.E011.format(length=len(text), limit=self.max_chars))
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise InputError("E013", Errors.E013) from None
        return text

    def check(self, text: str, note_id: str | None = None) -> Verdict:
        """Check one note.

        Args:
            text: The note text.
            note_id: Echoed into the verdict.

        Returns:
            The verdict.

        Raises:
            InputError: For an empty, non-string, over-long or invalid-Unicode note.
        """
        return self.verdict(self.nlp(self.validate(text)), note_id)

    def verdict(self, doc: Doc, note_id: str | None = None) -> Verdict:
        """Decide a processed doc: the guide's decision, then the model's confidence when one is loaded."""
        return self.verdicts([doc], [note_id])[0]

    def verdicts(self, docs: Iterable[Doc], note_ids: Sequence[str | None]) -> list[Verdict]:
        """Decide processed docs (each is released once extracted), scoring them with the note model in one call."""
        found = [(doc_text(doc), extract(doc, self.bundle)) for doc in docs]
        mention_model = self.model.mentions if self.model is not None else None
        evidence = [e for _, e in found] if mention_model is None else check_notes(found, mention_model)
        decided = [
            decide(e, self.bundle.decision, self.versions, note_id)
            for e, note_id in zip(evidence, note_ids, strict=True)
        ]
        if self.model is None or not decided:
            return decided
        probabilities = self.model.note.probabilities(
            [note_features(found, verdict) for found, verdict in zip(evidence, decided, strict=True)]
        )
        band = self.model.note.band
        return [review(verdict, p, band) for verdict, p in zip(decided, probabilities, strict=True)]

    def check_many(self, notes: Iterable[NoteInput], batch_size: int = 64) -> Iterator[Verdict | NoteError]:
        """Check many notes with ``nlp.pipe``; one result per input, in input order.

        Args:
            notes: Strings, ``(note_id, text)`` pairs, or records with ``text`` and ``note_id``/``id``.
            batch_size: Notes per ``nlp.pipe`` batch.

        Yields:
            A verdict, or an error record for a note that cannot be analysed.
        """
        iterator = iter(notes)
        while chunk := list(islice(iterator, batch_size)):
            results: list[Verdict | NoteError | None] = [None] * len(chunk)
            valid: list[tuple[str, int]] = []
            ids: list[str | None] = []
            for index, note in enumerate(chunk):
                note_id, text = note_fields(note)
                ids.append(note_id)
                try:
                    valid.append((self.validate(text), index))
                except SimcheckError as exc:
                    results[index] = NoteError(note_id=note_id, error=ErrorDetail(code=exc.code, message=exc.message))
            docs = self.nlp.pipe((text for text, _ in valid), batch_size=batch_size)
            decided = self.verdicts(docs, [ids[index] for _, index in valid])
            for (_, index), verdict in zip(valid, decided, strict=True):
                results[index] = verdict
            yield from (result for result in results if result is not None)


def load(
    rulepack: str | Path | None = None,
    *,
    model: str | Path | TrainedModel | None = "default",
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Analyzer:
    """Build an analyzer with the bundled (or given) rule packs and the committed (or given) model.

    Args:
        rulepack: A rule-bundle folder with ``manifest.yaml``; defaults to the packs in the package.
        model: ``"default"`` for the committed model (rules only when none is found), a model version
            folder, a loaded model, or None for rules only.
        max_chars: Longest note accepted.

    Returns:
        A ready analyzer.

    Raises:
        ModelLoadError: When the model is missing, untrusted or does not match its manifest.
    """
    bundle = load_bundle(rulepack)
    if model == "default":
        found = default_model_dir()
        model = None if found is None else found
    trained = model if isinstance(model, TrainedModel) or model is None else load_model(model)
    return Analyzer(
        build_nlp(bundle, trained.rationale if trained else None, trained.sites if trained else None),
        bundle,
        model=trained,
        max_chars=max_chars,
    )
