"""Plain data passed from the spaCy layer to the decision layer (no spaCy types)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Assertion = Literal["affirmed", "negated", "hypothetical", "historical", "template_blank"]
ASSERTIONS: tuple[Assertion, ...] = ("affirmed", "negated", "hypothetical", "historical", "template_blank")
#: Rule id of rationale sentences found by the trained classifier rather than a rule.
MODEL_RULE_ID = "model.rationale.sentence"
#: Rule id of treatment sites found by the trained token tagger rather than a site word list.
MODEL_SITE_ID = "model.site.token"
#: The labeling guide's vocabularies: feature names, and modality names in the guide's order.
FEATURES = (
    "custom_shielding",
    "complex_blocking",
    "contrast",
    "arc_rotational",
    "particle",
    "brachytherapy",
    "hyperthermia",
)
MODALITIES = ("CT", "MRI", "PET", "fluoroscopy", "ultrasound")


@dataclass(frozen=True)
class Mention:
    """One rule match in the note with its assertion.

    Attributes:
        start: Character offset of the first character.
        end: Character offset after the last character (``text[start:end] == self.text``).
        text: The matched note text.
        label: RATIONALE, AREA_COUNT, TREATMENT_SITE, FEATURE or MODALITY.
        value: Canonical value (feature or modality name, reason kind, site key, ``count``).
        rule_id: Id of the element rule that matched.
        section: Canonical id of the section the mention is in.
        assertion: Whether the mention counts (``affirmed``) or why not.
        cue: The text that changed the assertion (modifier, blank field, section header), if any.
        count: The stated number, for AREA_COUNT mentions.
        counts_as_area: For TREATMENT_SITE mentions, whether the sentence is about treatment.
        stated_target: For TREATMENT_SITE mentions, whether the note names the site where it states what is
            treated (a section listing areas, "Target: ...", "Site simulated - ..."): such sites outrank sites
            named in passing ("Simulation for Ewing sarcoma of the pelvis").
        areas: For TREATMENT_SITE mentions, the separate treatment areas the site names ("bilateral neck": the
            left and the right neck; "craniospinal": the brain and the spine); empty means the value alone.
        score: The classifier's probability, for mentions found or judged by a model.
        fused: For MODALITY mentions, whether a fusion cue applies (a scan fused to the planning CT
            counts for this simulation, however old).
    """

    start: int
    end: int
    text: str
    label: str
    value: str
    rule_id: str
    section: str
    assertion: Assertion = "affirmed"
    cue: str | None = None
    count: int | None = None
    counts_as_area: bool = False
    stated_target: bool = False
    areas: tuple[str, ...] = ()
    score: float | None = None
    fused: bool = False

    @property
    def numbered_target(self) -> bool:
        """A site named by its number ("Isocenter 2", "Area 2:"): counted apart from the sites named by place."""
        return self.value.startswith("isocenter")


@dataclass(frozen=True)
class NoteEvidence:
    """Every mention found in one note, in text order, and the classifier's sentence scores."""

    mentions: tuple[Mention, ...]
    sentence_scores: tuple[float, ...] = ()
