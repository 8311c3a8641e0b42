"""The trained models, stored with skops (never pickle) under ``models/<name>/<version>/``.

- ``rationale.skops``: a scikit-learn text pipeline giving P(sentence states a rationale).
- ``mentions.skops``: a scikit-learn text pipeline giving P(a feature, scan or site mention counts for this
  simulation) from :func:`simcheck.mention_check.mention_context` (models from 2026.12.1 on).
- ``sites.skops``: a scikit-learn pipeline giving P(a token is part of a treatment area) from
  :func:`simcheck.pipeline.sites.token_features` (models from 2026.12.1 on).
- ``note.skops``: a calibrated classifier giving P(documentation supports 77290) from
  :func:`simcheck.features.note_features`.
- ``manifest.json``: version, training-data hash, library versions, thresholds, metrics, trusted types
  and a content digest per artifact.

Loading refuses any type outside :data:`TRUSTED_TYPES`, whatever the manifest says.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from simcheck.errors import Errors, ModelLoadError

MODEL_NAME = "simcheck-77290"
MANIFEST = "manifest.json"
RATIONALE_FILE = "rationale.skops"
NOTE_FILE = "note.skops"
MENTIONS_FILE = "mentions.skops"
SITES_FILE = "sites.skops"
#: The parts models before 2026.12.1 do not have.
OPTIONAL_PARTS = ("mentions", "sites")

#: Types the artifacts may hold beyond those skops trusts by default (scikit-learn estimators, numpy).
TRUSTED_TYPES: frozenset[str] = frozenset(
    {
        "sklearn.calibration._CalibratedClassifier",
        "sklearn.calibration._SigmoidCalibration",
        "sklearn.model_selection._split.StratifiedKFold",
        "scipy.sparse._csr.csr_matrix",  # a text model's sparse weights (LogisticRegression.sparsify)
    }
)


class ScoringModel:
    """A binary classifier with its threshold: P(positive) for each input (strings or feature dicts).

    Args:
        pipeline: A fitted scikit-learn pipeline.
        threshold: The decision threshold.
    """

    def __init__(self, pipeline: Any, threshold: float) -> None:
        self.pipeline = pipeline
        self.threshold = threshold

    def score(self, items: Sequence[Any]) -> list[float]:
        """Return one probability per input."""
        return [float(p) for p in self.pipeline.predict_proba(list(items))[:, 1]] if items else []


class RationaleModel(ScoringModel):
    """Scores sentences: P(the sentence gives a patient-specific reason for complex simulation).

    Scores at or above the threshold count as rationale evidence.
    """


class MentionModel(ScoringModel):
    """Scores feature, scan and site mentions in context: P(the mention counts for this simulation).

    Affirmed mentions scored below the threshold are withdrawn (:mod:`simcheck.mention_check`).
    """


class SiteModel(ScoringModel):
    """Scores tokens: P(the token is part of a treatment area named for this simulation).

    Runs of tokens at or above the threshold become treatment sites (:mod:`simcheck.pipeline.sites`).
    """


class NoteModel:
    """Turns note features into a calibrated probability that the note supports 77290.

    Args:
        pipeline: A fitted, calibrated scikit-learn pipeline over feature dicts.
        band: The uncertainty band ``(low, high)`` chosen on the dev split.
    """

    def __init__(self, pipeline: Any, band: tuple[float, float]) -> None:
        self.pipeline = pipeline
        self.band = band

    def probabilities(self, features: Sequence[Mapping[str, float]]) -> list[float]:
        """Return the calibrated probability for each note's features."""
        return [float(p) for p in self.pipeline.predict_proba([dict(f) for f in features])[:, 1]]


@dataclass(frozen=True)
class TrainedModel:
    """The rationale classifier and note model of one version, with their manifest."""

    name: str
    version: str
    rationale: RationaleModel
    note: NoteModel
    manifest: dict[str, Any]
    mentions: MentionModel | None = None
    sites: SiteModel | None = None

    @property
    def id(self) -> str:
        """``name@version``, recorded in every verdict."""
        return f"{self.name}@{self.version}"


def content_digest(path: Path) -> str:
    """Hash what a skops file stores, independent of zip timestamps and generated member names.

    skops names array members and memo entries after object addresses and stamps the current time,
    so two identical trainings give different bytes; this digest is equal exactly when the stored
    content is.
    """
    with zipfile.ZipFile(path) as archive:
        schema = json.loads(archive.read("schema.json"))
        object_ids: dict[Any, int] = {}

        def canonical(node: Any) -> Any:
            if isinstance(node, dict):
                return {key: canonical_entry(key, value) for key, value in node.items()}
            if isinstance(node, list):
                return [canonical(item) for item in node]
            return node

        def canonical_entry(key: str, value: Any) -> Any:
            if key == "file" and isinstance(value, str):
                return hashlib.sha256(archive.read(value)).hexdigest()
            if key == "__id__":  # memo ids are object addresses: renumber in order of appearance
                return object_ids.setdefault(value, len(object_ids))
            return canonical(value)

        return hashlib.sha256(json.dumps(canonical(schema), sort_keys=True).encode()).hexdigest()


def _load_artifact(path: Path) -> Any:
    import skops.io as sio  # scikit-learn loads only when a model does
    from skops.io.exceptions import UntrustedTypesFoundException

    if not path.is_file():
        raise ModelLoadError("E030", Errors.E030.format(path=path.name))
    try:  # skops audits every type against its defaults plus ours while it loads
        return sio.load(path, trusted=sorted(TRUSTED_TYPES))
    except UntrustedTypesFoundException:
        refused = sorted(set(sio.get_untrusted_types(file=path)) - TRUSTED_TYPES)
        raise ModelLoadError("E031", Errors.E031.format(path=path.name, types=", ".join(refused))) from None


def load_model(directory: str | Path) -> TrainedModel:
    """Load a model version folder, checking every artifact's types and digest.

    Raises:
        ModelLoadError: When a file is missing, holds an untrusted type or does not match the manifest.
    """
    folder = Path(directory)
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ModelLoadError(
            "E030", Errors.E030.format(path=f"{folder.name}/{MANIFEST} ({type(exc).__name__})")
        ) from None
    loaded: dict[str, Any] = {}
    for part in ("rationale", "note", *OPTIONAL_PARTS):
        if part not in manifest:  # models before 2026.12.1 have no mention model or site tagger
            continue
        path = folder / manifest[part]["file"]
        artifact = _load_artifact(path)
        if content_digest(path) != manifest[part]["digest"]:
            raise ModelLoadError("E032", Errors.E032.format(path=path.name))
        loaded[part] = artifact
    return TrainedModel(
        name=manifest["name"],
        version=manifest["version"],
        rationale=RationaleModel(loaded["rationale"], float(manifest["rationale"]["threshold"])),
        note=NoteModel(loaded["note"], (float(manifest["note"]["band"][0]), float(manifest["note"]["band"][1]))),
        manifest=manifest,
        mentions=MentionModel(loaded["mentions"], float(manifest["mentions"]["threshold"]))
        if "mentions" in loaded
        else None,
        sites=SiteModel(loaded["sites"], float(manifest["sites"]["threshold"])) if "sites" in loaded else None,
    )


def save_model(
    directory: str | Path,
    *,
    version: str,
    rationale: RationaleModel,
    note: NoteModel,
    mentions: MentionModel,
    sites: SiteModel,
    extra: Mapping[str, Any],
) -> dict[str, Any]:
    """Write the four artifacts and the manifest; return the manifest.

    Args:
        directory: The version folder (created).
        version: The model version.
        rationale: The sentence classifier.
        note: The note-level model.
        mentions: The mention model.
        sites: The treatment-site token tagger.
        extra: More manifest entries (training data, libraries, metrics).
    """
    import skops.io as sio

    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    trusted: set[str] = set()
    scored: dict[str, tuple[str, ScoringModel]] = {
        "rationale": (RATIONALE_FILE, rationale),
        "mentions": (MENTIONS_FILE, mentions),
        "sites": (SITES_FILE, sites),
    }
    for file, artifact in (*((f, m.pipeline) for f, m in scored.values()), (NOTE_FILE, note.pipeline)):
        sio.dump(artifact, folder / file, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
        trusted |= set(sio.get_untrusted_types(file=folder / file))
    manifest: dict[str, Any] = {
        "name": MODEL_NAME,
        "version": version,
        **{
            part: {"file": file, "digest": content_digest(folder / file), "threshold": model.threshold}
            for part, (file, model) in scored.items()
        },
        "note": {"file": NOTE_FILE, "digest": content_digest(folder / NOTE_FILE), "band": list(note.band)},
        "trusted_types": sorted(trusted),
        **extra,
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    return manifest


def latest_version(root: Path) -> Path | None:
    """Return the newest version folder (by name) under ``root``, if any."""
    versions = sorted(p for p in root.glob("*") if (p / MANIFEST).is_file()) if root.is_dir() else []
    return versions[-1] if versions else None


def default_model_dir(candidates: Sequence[Path] | None = None) -> Path | None:
    """Find the committed model: ``simcheck/models`` in an installed wheel, else ``models/`` of the checkout."""
    package = Path(__file__).resolve().parent
    roots = candidates or (package / "models" / MODEL_NAME, package.parents[1] / "models" / MODEL_NAME)
    for root in roots:
        found = latest_version(root)
        if found is not None:
            return found
    return None
