"""Clinical layout: the sentence splitter, the section tagger, interface line breaks and form fields."""

import pytest

from simcheck.pipeline.sentences import sentence_starts
from simcheck.pipeline.text import restore_line_breaks


def _sentences(text):
    starts = [0, *sentence_starts(text)]
    return [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("INDICATION: breast ca. Dr. Smith referred her.", ["INDICATION: breast ca.", "Dr. Smith referred her."]),
        ("Pt simulated supine\nwith arms up. CT done.", ["Pt simulated supine\nwith arms up.", "CT done."]),
        ("Sites:\n- left breast\n- SCV\n1. axilla", ["Sites:", "- left breast", "- SCV", "1. axilla"]),
        ("[x] IV contrast  [ ] custom blocks", ["[x] IV contrast", "[ ] custom blocks"]),
        ("PLAN\nVMAT\n\nSIGNATURE", ["PLAN", "VMAT", "SIGNATURE"]),
        ("CT SIM DONE. MRI FUSED. 2.5 CM MASS.", ["CT SIM DONE.", "MRI FUSED.", "2.5 CM MASS."]),
        ("Dose 50 Gy, e.g. 2 Gy daily.", ["Dose 50 Gy, e.g. 2 Gy daily."]),
        (
            "CORRECTION - THE LINE 'VMAT TECHNIQUE.' ABOVE WAS ENTERED IN ERROR.",
            ["CORRECTION - THE LINE 'VMAT TECHNIQUE.' ABOVE WAS ENTERED IN ERROR."],
        ),
        (
            "tx technique- custom blocks made\nmarks- shifts to be determined",
            ["tx technique- custom blocks made", "marks- shifts to be determined"],
        ),
        (
            "Clinical set-up only, no CT or other imaging. custom cutout made. bolus 5 mm. pt. calm",
            ["Clinical set-up only, no CT or other imaging.", "custom cutout made.", "bolus 5 mm. pt. calm"],
        ),
    ],
    ids=[
        "abbreviation",
        "wrapped-line",
        "lists",
        "checkboxes",
        "caps-headers",
        "all-caps",
        "eg",
        "quoted",
        "field-line",
        "lower-case-start",
    ],
)
def test_sentence_starts(text, expected):
    """Sentences split at clinical layout but not at abbreviations, decimals or wrapped lines."""
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HISTORY:\nMRI 3/2 showed a mass.\nSIMULATION:\nCT sim.", ["history", "simulation"]),
        ("Prior course (copied from 2021 note): IV contrast.\nToday: CT sim.", ["prior_course"]),
        ("ADDENDUM 04/02/2026 09:15:\nIV contrast was not given.", ["addendum"]),
        ("Odd Custom Header:\ntext", ["other"]),
        ("Contrast: IV\nNumber of areas: 3", []),
    ],
    ids=["standalone", "inline-closes", "dated-header", "unknown-fallback", "fields-are-not-sections"],
)
def test_sections(analyzer, text, expected):
    """Headers map to canonical sections; unknown headers fall back; fields do not open sections."""
    sections = analyzer.nlp(text)._.simcheck_sections
    assert [s.section_id for s in sections if s.header is not None] == expected


HL7_FLAT = (
    "MSH|^~\\&|RO|SITE|||2026||MDM^T02|X|P|2.5\\.br\\OBX|1|TX|||CT SIMULATION NOTE\\.br\\ OBX|2|TX|||"
    "Reason: the tumor abuts the spinal cord.\\.br\\OBX|3|TX|||Treatment areas: 1 (T10)~OBX|4|TX|||"
    "Procedure: planning CT acquired with IV contrast."
)


def test_interface_line_breaks_are_restored_in_place():
    """HL7 "\\.br\\", "~" before a segment and the OBX prefix become a line break and spaces, in place."""
    restored = restore_line_breaks(HL7_FLAT)
    assert len(restored) == len(HL7_FLAT)
    assert restored.splitlines()[1:] == [
        "    " + " " * len("OBX|1|TX|||") + "CT SIMULATION NOTE",
        "    " + " " * len(" OBX|2|TX|||") + "Reason: the tumor abuts the spinal cord.",
        "    " + " " * len("OBX|3|TX|||") + "Treatment areas: 1 (T10)",
        " " * len("OBX|4|TX|||") + "Procedure: planning CT acquired with IV contrast.",
    ]
    assert restore_line_breaks("No escapes: a\\b path.") == "No escapes: a\\b path."


def test_a_flattened_hl7_note_reads_like_its_lines(rules_analyzer):
    """The flattened note gets the verdict of its line-broken twin, with evidence at the original offsets."""
    flat = rules_analyzer.check(HL7_FLAT)
    lines = rules_analyzer.check(restore_line_breaks(HL7_FLAT))
    assert flat.supported and flat.model_dump()["elements"] == lines.model_dump()["elements"]
    contrast = flat.elements.complexity.evidence[0]
    assert HL7_FLAT[contrast.start : contrast.end] == contrast.text == "with IV contrast"


@pytest.mark.parametrize("value", ["Y / N", "Yes/No", "___"])
def test_an_unanswered_choice_is_a_blank_field(rules_analyzer, value):
    verdict = rules_analyzer.check(
        f"CT SIM NOTE\nCT simulation performed.\nProtons: {value}\nTreatment areas: 1 (T10)\n"
    )
    assert verdict.elements.complexity.features == []
    assert [e.assertion for e in verdict.elements.complexity.evidence] in ([], ["template_blank"])


@pytest.mark.parametrize(
    ("line", "modalities"),
    [
        ("Scan:  CT sim (Y)/N   4DCT Y/(N)   MRI fusion (Y)/N   PET fusion Y/(N)", ["CT", "MRI"]),
        ("Scan:  CT sim (Y)/N   PET fusion Y/N", ["CT"]),
        ("Scan: CT sim done.\nImaging: MRI fusion / PET fusion (circle): ***", ["CT"]),
    ],
    ids=["circled", "unanswered", "offered-for-circling"],
)
def test_a_paper_form_counts_only_circled_yes(rules_analyzer, line, modalities):
    """A scanned worksheet: "(Y)/N" counts, "Y/(N)" is negated, "Y/N" or an uncircled option is blank."""
    verdict = rules_analyzer.check(f"SIMULATION WORKSHEET\n{line}\n")
    assert verdict.elements.imaging.modalities == modalities


@pytest.mark.parametrize(
    "value",
    ["Contrast type/volume: ___", "known anaphylaxis to iodinated contrast - IV contrast withheld", "Y / N"],
    ids=["repeated-label-blank", "value-denies-it", "unanswered"],
)
def test_a_contrast_field_that_records_none_counts_none(rules_analyzer, value):
    verdict = rules_analyzer.check(
        f"CT SIM NOTE\nCT simulation performed.\nContrast: {value}\nTreatment areas: 1 (T10)\n"
    )
    assert "contrast" not in verdict.elements.complexity.features
    assert verdict.elements.imaging.modalities == ["CT"]


@pytest.mark.parametrize(
    ("line", "features"),
    [
        ("Technique {3D/IMRT/VMAT/Protons:28810}", []),
        ("Technique {3D/IMRT/VMAT/Protons:28810::VMAT}", ["arc_rotational"]),
        ("Contrast: {Yes/No:20451}", []),
        ("Contrast: {Yes/No:20451::Yes}", ["contrast"]),
        ("Custom blocks {Yes/No:12345}", []),
    ],
    ids=["options", "choice", "unfilled-field", "filled-field", "unfilled-after-label"],
)
def test_an_epic_smartlist_counts_only_its_choice(rules_analyzer, line, features):
    """An unfilled SmartList offers options; a filled one ("::VMAT") records the choice."""
    verdict = rules_analyzer.check(f"CT SIM NOTE\nCT simulation performed.\n{line}\nTreatment areas: 1 (T10)\n")
    assert verdict.elements.complexity.features == features


def test_a_flowsheet_row_without_a_colon_gives_its_value(rules_analyzer):
    verdict = rules_analyzer.check(
        "CT SIM NOTE\n[Image Acquisition]\nImaging                 planning CT\n"
        "[Areas Simulated]\nNumber of treatment areas    3\nContrast               none\n"
    )
    assert verdict.elements.treatment_areas.count == 3
    assert verdict.elements.complexity.features == []
