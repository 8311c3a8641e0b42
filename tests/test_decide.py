"""The pure decision layer, on hand-built evidence (no spaCy here)."""

import subprocess
import sys

import pytest

from simcheck.decide import count_areas, decide, suggest_level
from simcheck.evidence import Mention, NoteEvidence
from simcheck.rules import load_bundle
from simcheck.verdict import Versions

POLICY = load_bundle().decision
VERSIONS = Versions(simcheck="test", rulepack="test", model="none")


def mention(
    label, value, start=0, assertion="affirmed", section="simulation", count=None, area=False, stated=False, areas=()
):
    return Mention(
        start=start,
        end=start + 1,
        text="x",
        label=label,
        value=value,
        rule_id=f"t.{label.lower()}",
        section=section,
        assertion=assertion,
        count=count,
        counts_as_area=area,
        stated_target=stated,
        areas=areas,
    )


REASON = mention("RATIONALE", "organ_at_risk")
CT = mention("MODALITY", "CT", 10)
CONTRAST = mention("FEATURE", "contrast", 20)


@pytest.mark.parametrize(
    ("mentions", "supported", "level", "missing"),
    [
        ([REASON, CT, CONTRAST, mention("AREA_COUNT", "count", 30, count=1)], True, "77290", []),
        ([REASON, CT, mention("AREA_COUNT", "count", 30, count=3)], True, "77290", []),
        ([REASON, CT, mention("AREA_COUNT", "count", 30, count=2)], False, "77285", ["complexity"]),
        ([REASON, CT, mention("AREA_COUNT", "count", 30, count=1)], False, "77280", ["complexity"]),
        ([REASON, CT, CONTRAST], False, "77290", ["treatment_areas"]),
        ([REASON, CT], False, "undetermined", ["treatment_areas", "complexity"]),
        ([CT, CONTRAST, mention("AREA_COUNT", "count", 30, count=1)], False, "77290", ["rationale"]),
        ([REASON, CONTRAST, mention("AREA_COUNT", "count", 30, count=1)], False, "77290", ["imaging"]),
        ([], False, "undetermined", ["rationale", "treatment_areas", "complexity", "imaging"]),
        (
            [REASON, CT, mention("FEATURE", "custom_immobilization", 20), mention("AREA_COUNT", "count", 30, count=1)],
            False,
            "77280",
            ["complexity"],
        ),
    ],
    ids=[
        "feature",
        "three-areas",
        "two-areas",
        "one-area",
        "areas-unknown",
        "nothing-complex",
        "no-reason",
        "no-imaging",
        "empty",
        "immobilization-does-not-qualify",
    ],
)
def test_decision_follows_the_guide(mentions, supported, level, missing):
    """supported, level and missing follow the labeling guide's decision exactly."""
    verdict = decide(NoteEvidence(tuple(mentions)), POLICY, VERSIONS)
    assert verdict.supported is supported
    assert verdict.status == ("supported" if supported else "not_supported")
    assert verdict.level == level
    assert [m.element for m in verdict.missing] == missing


@pytest.mark.parametrize("assertion", ["negated", "hypothetical", "historical", "template_blank"])
def test_excluded_mentions_do_not_count(assertion):
    """A non-affirmed feature is listed in excluded and never counted."""
    verdict = decide(
        NoteEvidence((REASON, CT, mention("FEATURE", "contrast", 20, assertion=assertion))), POLICY, VERSIONS
    )
    assert verdict.elements.complexity.features == []
    assert [e.assertion for e in verdict.excluded] == [assertion]


def test_addendum_correction_wins():
    """An addendum that negates contrast supersedes the earlier affirmed contrast."""
    correction = mention("FEATURE", "contrast", 90, assertion="negated", section="addendum")
    verdict = decide(NoteEvidence((REASON, CT, CONTRAST, correction)), POLICY, VERSIONS)
    assert verdict.elements.complexity.features == []
    assert {e.cue for e in verdict.excluded if e.start == 20} == {"corrected later in the note (addendum)"}


def test_attestation_correction_wins_and_an_earlier_negation_does_not():
    """A negation in an attestation (signature section) supersedes; one before the affirmed mention does not."""
    later = mention("FEATURE", "contrast", 90, assertion="negated", section="signature")
    verdict = decide(NoteEvidence((REASON, CT, CONTRAST, later)), POLICY, VERSIONS)
    assert verdict.elements.complexity.features == []
    assert {e.cue for e in verdict.excluded if e.start == 20} == {"corrected later in the note (signature)"}
    earlier = mention("FEATURE", "contrast", 5, assertion="negated", section="addendum")
    assert decide(NoteEvidence((REASON, CT, CONTRAST, earlier)), POLICY, VERSIONS).elements.complexity.features == [
        "contrast"
    ]


@pytest.mark.parametrize(
    ("mentions", "expected"),
    [
        ([mention("AREA_COUNT", "count", 1, count=2), mention("AREA_COUNT", "count", 5, count=3)], (3, "stated")),
        (
            [
                mention("TREATMENT_SITE", "left breast", 1, area=True),
                mention("TREATMENT_SITE", "left supraclavicular", 2, area=True),
                mention("TREATMENT_SITE", "left axilla", 3, area=True),
            ],
            (3, "enumerated"),
        ),
        (
            [mention("TREATMENT_SITE", "prostate", 1, area=True), mention("TREATMENT_SITE", "prostate", 9, area=True)],
            (1, "enumerated"),
        ),
        (
            [mention("TREATMENT_SITE", "bilateral breast", 1, area=True, areas=("left breast", "right breast"))],
            (2, "enumerated"),
        ),
        (
            [
                mention("TREATMENT_SITE", "brain", 1, area=True),
                mention("TREATMENT_SITE", "spine", 2, area=True),
                mention("TREATMENT_SITE", "isocenter 1", 3, area=True),
                mention("TREATMENT_SITE", "isocenter 2", 4, area=True),
                mention("TREATMENT_SITE", "isocenter 3", 5, area=True),
            ],
            (3, "enumerated"),
        ),
        ([mention("TREATMENT_SITE", "prostate", 1, area=False)], (None, None)),
        (
            [
                mention("TREATMENT_SITE", "pelvis", 1, area=True),
                mention("TREATMENT_SITE", "spine L2", 5, area=True, stated=True),
            ],
            (1, "enumerated"),
        ),
        (
            [
                mention("TREATMENT_SITE", "craniospinal", 1, area=True, areas=("brain", "spine")),
                mention("TREATMENT_SITE", "brain", 3, area=True),
                mention("TREATMENT_SITE", "spine", 5, area=True),
            ],
            (2, "enumerated"),
        ),
        ([mention("TREATMENT_SITE", "bilateral lung", 1, area=True)], (1, "enumerated")),
    ],
    ids=[
        "latest-stated-wins",
        "breast-scv-axilla",
        "one-target-many-mentions",
        "bilateral",
        "isocenters",
        "not-treatment",
        "stated-targets-outrank-passing-sites",
        "craniospinal-is-brain-and-spine",
        "a-site-without-split-areas-is-one",
    ],
)
def test_count_areas(mentions, expected):
    """Areas: a stated number wins, else distinct named areas (stated targets first) or isocenters, else unknown."""
    count, basis, _ = count_areas(mentions)
    assert (count, basis) == expected


@pytest.mark.parametrize(
    ("areas", "met", "level"),
    [(None, True, "77290"), (2, False, "77285"), (1, False, "77280"), (None, False, "undetermined")],
)
def test_suggest_level(areas, met, level):
    """The suggested level is the code the documentation supports."""
    assert suggest_level(areas, met) == level


def test_decision_layer_imports_no_spacy():
    """Importing simcheck.decide loads neither spaCy nor scikit-learn."""
    code = (
        "import sys, simcheck.decide; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'sklearn', 'medspacy')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
