"""The learned second opinion on feature, scan and site mentions (pure Python: plain evidence in and out).

The rules decide each mention's assertion from cue words, sections and templates. Notes from a new
writer say "not done", "if needed" or "on the diagnostic scan" in words no rule holds, and name body
parts in a history that a treatment word nearby makes look like an area. The mention model reads the
words around a mention and gives P(the mention counts for this simulation). An affirmed feature or
scan it scores below its threshold is set to ``hypothetical`` (not documented as done here); a site it
scores below the threshold stops counting as a treatment area. Both keep the score and a cue that
names the model. The model never turns an excluded mention into a counted one: it only withdraws.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from simcheck.evidence import FEATURES, Mention, NoteEvidence

#: Mention labels the model judges.
CHECKED_LABELS = frozenset({"FEATURE", "MODALITY", "TREATMENT_SITE"})
#: Cue of mentions the model withdrew (the score is in the mention's ``score``).
MODEL_CUE = "mention model: not documented as done for this simulation"
#: Cue prefix of mentions excluded because the whole note documents no simulation.
NOTE_KIND_CUE = "note type:"
_WINDOW = 160
_LEFT_STOP = re.compile(r".*(?:[.;!?](?=\s)|\n)", re.DOTALL)
_RIGHT_STOP = re.compile(r"[.;!?](?=\s)|\n")
_SPACES = re.compile(r"\s+")


class MentionScorer(Protocol):
    """What the check needs from the model: P(counts) per mention context, and its threshold."""

    threshold: float

    def score(self, contexts: Sequence[str]) -> list[float]:
        """Return one probability per context."""
        ...


def is_checked(mention: Mention) -> bool:
    """Whether the model judges this mention: a guide feature, scan or counted site not excluded by the note's kind.

    Features outside the guide's list (custom immobilization) never count, so they are not judged; a
    scan the rules read as fused to the planning CT counts by the guide, whatever the words around it.
    """
    if mention.label == "TREATMENT_SITE" and (not mention.counts_as_area or mention.numbered_target):
        return False
    if (mention.label == "FEATURE" and mention.value not in FEATURES) or mention.fused:
        return False
    return mention.label in CHECKED_LABELS and not (mention.cue or "").startswith(NOTE_KIND_CUE)


def mention_context(text: str, mention: Mention) -> str:
    """The clause around a mention, with the mention replaced by its label and value.

    The clause runs back to the last sentence end or line break and on to the next one (at most
    160 characters either way). The section id comes first, so a heading's meaning is kept. A site
    is named by its label alone: whether it is an area depends on the words around it, not on the
    body part.
    """
    left = text[max(0, mention.start - _WINDOW) : mention.start]
    if stop := _LEFT_STOP.match(left):
        left = left[stop.end() :]
    right = text[mention.end : mention.end + _WINDOW]
    if stop_right := _RIGHT_STOP.search(right):
        right = right[: stop_right.start()]
    value = "" if mention.label == "TREATMENT_SITE" else f"value_{mention.value.lower().replace(' ', '_')}"
    target = f" mention_{mention.label.lower()} {value} "
    return _SPACES.sub(" ", f"section_{mention.section} | {left}{target}{right}").strip()


def check_mentions(text: str, evidence: NoteEvidence, scorer: MentionScorer) -> NoteEvidence:
    """Withdraw affirmed feature, scan and area mentions the model scores below its threshold.

    Args:
        text: The note text the evidence was found in.
        evidence: The rules' mentions.
        scorer: The trained mention model.

    Returns:
        The evidence with every judged mention scored, doubtful features and scans set to
        ``hypothetical`` and doubtful sites no longer counted as areas.
    """
    return check_notes([(text, evidence)], scorer)[0]


def check_notes(notes: Sequence[tuple[str, NoteEvidence]], scorer: MentionScorer) -> list[NoteEvidence]:
    """:func:`check_mentions` for many notes, scoring all their mentions in one model call."""
    judged = [
        (note, index)
        for note, (_, evidence) in enumerate(notes)
        for index, mention in enumerate(evidence.mentions)
        if mention.assertion == "affirmed" and is_checked(mention)
    ]
    scores = scorer.score([mention_context(notes[note][0], notes[note][1].mentions[index]) for note, index in judged])
    mentions = [list(evidence.mentions) for _, evidence in notes]
    for (note, index), score in zip(judged, scores, strict=True):
        mention = replace(mentions[note][index], score=score)
        if score < scorer.threshold and mention.label == "TREATMENT_SITE":
            mention = replace(mention, counts_as_area=False, cue=MODEL_CUE)
        elif score < scorer.threshold:
            mention = replace(mention, assertion="hypothetical", cue=MODEL_CUE)
        mentions[note][index] = mention
    return [replace(evidence, mentions=tuple(found)) for (_, evidence), found in zip(notes, mentions, strict=True)]
