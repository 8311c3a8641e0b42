"""Rule packs: they load from the installed package, validate strictly and run their own examples."""

import json
import shutil
from importlib import resources
from pathlib import Path

import pytest

from simcheck.errors import RulePackError
from simcheck.extract import extract
from simcheck.pipeline import _context_rules
from simcheck.rules import load_bundle
from simcheck.rules.schema import ElementPack

BUNDLE = load_bundle()
ELEMENT_POSITIVE = [
    pytest.param(pack, example, id=f"{pack.id}+{i}")
    for pack in BUNDLE.elements
    for i, example in enumerate(pack.examples.positive)
]
ELEMENT_NEGATIVE = [
    pytest.param(pack, text, id=f"{pack.id}-{i}")
    for pack in BUNDLE.elements
    for i, text in enumerate(pack.examples.negative)
]


def _affirmed(analyzer, text, labels):
    doc = analyzer.nlp(text)
    return [m for m in extract(doc, analyzer.bundle).mentions if m.label in labels and m.assertion == "affirmed"]


def _pack_labels(pack: ElementPack) -> set[str]:
    return {pack.label_of(rule) for rule in pack.rules}


def test_bundle_loads_from_installed_package():
    """The default packs are read through importlib.resources, with a version and a content hash."""
    root = resources.files("simcheck") / "rulepacks"
    assert root.joinpath("manifest.yaml").is_file()
    assert BUNDLE.version == "2026.12.12"
    assert len(BUNDLE.sha256) == 64
    assert set(BUNDLE.pack_versions()) == {
        "sections",
        "context",
        "decision",
        "rationale",
        "treatment_areas",
        "complexity",
        "imaging",
    }


def test_rule_ids_are_unique_and_dotted():
    """Every element rule has a stable dotted id, used once."""
    ids = [rule.id for pack in BUNDLE.elements for rule in pack.rules]
    assert len(ids) == len(set(ids))
    assert all("." in rule_id for rule_id in ids)


@pytest.mark.parametrize(("pack", "example"), ELEMENT_POSITIVE)
def test_pack_positive_example(analyzer, pack, example):
    """Each positive example sentence yields an affirmed mention with the expected value, count or areas."""
    if example.areas is not None:
        verdict = analyzer.check(example.text)
        assert verdict.elements.treatment_areas.count == example.areas
        return
    found = _affirmed(analyzer, example.text, _pack_labels(pack))
    if example.value is not None:
        assert example.value in {m.value for m in found}
    if example.count is not None:
        assert example.count in {m.count for m in found}


@pytest.mark.parametrize(("pack", "text"), ELEMENT_NEGATIVE)
def test_pack_negative_example(analyzer, pack, text):
    """Each negative example sentence yields no affirmed mention of the pack's element."""
    labels = {"AREA_COUNT"} if pack.id == "treatment_areas" else _pack_labels(pack)
    assert _affirmed(analyzer, text, labels) == []
    if pack.id == "treatment_areas":
        assert analyzer.check(text).elements.treatment_areas.count is None


@pytest.mark.parametrize("example", BUNDLE.context.examples, ids=lambda e: e.text[:40])
def test_context_example(analyzer, example):
    """Each context example gives its target the expected assertion."""
    doc = analyzer.nlp(example.text)
    mentions = [
        m for m in extract(doc, analyzer.bundle).mentions if m.text == example.target or example.target in m.text
    ]
    assert mentions, f"target {example.target!r} not found"
    assert {m.assertion for m in mentions} == {example.assertion}


def test_no_context_phrase_has_two_rules():
    """Two cues on the same words would leave the winner to rule numbering ("was ordered": planned or pseudo)."""
    owners: dict[str, set[str]] = {}
    for rule in _context_rules(BUNDLE):
        if rule.pattern is None:
            owners.setdefault(rule.literal.lower(), set()).add(rule.metadata["rule_id"])
    assert {phrase: ids for phrase, ids in owners.items() if len(ids) > 1} == {}


def test_an_absence_stated_in_an_attestation_corrects_the_note(analyzer):
    """'Correction: contrast was NOT used' in an attending's attestation withdraws the contrast given above."""
    note = (
        "CT SIMULATION NOTE\n\nReason for complex simulation: the GTV abuts the spinal cord.\n\n"
        "Imaging: planning CT, supine. IV contrast given.\n\n2 treatment areas: L4-S1, left femur.\n\n"
        "Electron cutout #: ____\n\n"
        "Attestation Statement (Desmond Eklund, MD):\nI agree with the PA's note. Correction: contrast was NOT used.\n"
    )
    verdict = analyzer.check(note)
    assert verdict.elements.complexity.features == []
    assert not verdict.supported
    cues = {(e.text, e.cue) for e in verdict.excluded if e.label == "FEATURE"}
    assert ("IV contrast", "corrected later in the note (signature)") in cues
    assert ("contrast was NOT used", "contrast was NOT used") in cues
    assert ("Electron cutout", "Electron cutout #: ____") in cues


def test_site_words_side_by_side_and_scan_ranges_count_as_written(rules_analyzer):
    """'thoracic spine T4-T8' is one area; 'Extent: C2 through L1' is how far the scan reached, not two areas."""
    note = (
        "CT SIMULATION NOTE\n\nScan type: CT simulation (1.5 mm)   Extent: C2 through L1\n\n"
        "Sites: thoracic spine T4-T8\n"
    )
    areas = rules_analyzer.check(note).elements.treatment_areas
    assert (areas.count, [e.text for e in areas.evidence]) == (1, ["thoracic spine T4-T8"])


def test_a_fusion_that_was_not_done_does_not_count_the_old_scan(rules_analyzer):
    """A fused diagnostic scan counts; a registration that was "not done" fuses nothing."""
    not_done = rules_analyzer.check("SIM NOTE\nCT sim.\nMRI registration not done - the diagnostic MRI was too old.\n")
    assert not_done.elements.imaging.modalities == ["CT"]
    done = rules_analyzer.check("SIM NOTE\nCT sim.\nMRI registration done - the diagnostic MRI was fused.\n")
    assert done.elements.imaging.modalities == ["CT", "MRI"]


def test_a_table_row_reads_its_value_cell(rules_analyzer):
    """ "| Complex blocking | N |" says no; an empty value cell of a two-column row is a blank; a value cell counts."""
    verdict = rules_analyzer.check(
        "SIM NOTE\n| Scan | CT sim |\n| Complex blocking | N |\n| Custom block | |\n| IV contrast given | Y |\n"
    )
    assert verdict.elements.complexity.features == ["contrast"]


def test_a_site_of_a_site_is_one_area(rules_analyzer):
    """ "T4 of the thoracic spine" (and "tumor bed in the posterior fossa") name one place."""
    verdict = rules_analyzer.check(
        "SIM NOTE\nCT sim done.\nTreatment areas: T4 of the thoracic spine, and the left hip.\n"
    )
    assert verdict.elements.treatment_areas.count == 2


def test_numbered_target_labels_count_like_isocenters(rules_analyzer):
    """ "Area 1: ... Area 3: ..." counts three; a blank "Area 2: ___" counts none; a spine range is one area."""
    numbered = rules_analyzer.check("SIM NOTE\nCT sim.\nAREA 1: CRANIAL\nAREA 2: U-SPINE\nAREA 3: LOWER SPINE\n")
    assert numbered.elements.treatment_areas.count == 3
    blank = rules_analyzer.check("SIM NOTE\nCT sim.\nArea 1: left breast\nArea 2: ___\n")
    assert blank.elements.treatment_areas.count == 1
    assert (
        rules_analyzer.check("SIM NOTE\nCT sim.\nTreatment sites: L4 through S1.\n").elements.treatment_areas.count == 1
    )


def test_device_and_scanner_names_are_not_areas(rules_analyzer):
    text = "SIM NOTE\nCT sim on the GE Discovery RT simulator.\nThermoplastic shoulder mask.\nArea: left breast."
    assert rules_analyzer.check(text).elements.treatment_areas.count == 1


def test_a_short_title_names_no_scan(rules_analyzer):
    """ "CT SIMULATION" titles the note; the scan counts when the body says it was done."""
    assert (
        rules_analyzer.check("CT SIMULATION\n\nSet up clinically at the machine.\n").elements.imaging.modalities == []
    )
    assert rules_analyzer.check("CT SIMULATION\n\nCT sim performed.\n").elements.imaging.modalities == ["CT"]


def test_a_short_title_is_never_a_reason(rules_analyzer):
    """'RE-IRRADIATION' names the note; the same words in its body are a reason."""
    titled = rules_analyzer.check("RE-SIMULATION / RE-IRRADIATION\n\nCT simulation performed.\n")
    assert titled.elements.rationale.status == "absent"
    body = rules_analyzer.check("SIM NOTE\n\nThis is a re-irradiation.\nCT simulation performed.\n")
    assert body.elements.rationale.status == "present"


@pytest.mark.parametrize("example", BUNDLE.sections.examples, ids=lambda e: e.text[:30])
def test_section_example(analyzer, example):
    """Each section example is split into the expected section ids (the leading untitled part excluded)."""
    sections = analyzer.nlp(example.text)._.simcheck_sections
    found = [s.section_id for s in sections if s.header is not None]
    assert found == example.sections


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("SIMULATION NOTE\nCT sim done.", "simulation"),
        ("Varian ARIA - Document\nWeekly Management Note\nFraction 3 of 25.", "on_treatment"),
        # a case-summary header first is not the title, alone, with text after it, or inside RTF/HTML markup
        ("Clinical summary: 87 yo for simulation.\nSimulation: CT sim, IV contrast.", "simulation"),
        ("{\\rtf1\\ansi\\pard\\plain\\line\n<u>Clinical summary</u>:: 87 yo here for simulation.", None),
        ("<b>Clinical summary</b>\\line \u2022 Dx: breast cancer\nSimulation: Vac-Lok cradle.", "simulation"),
        ("TREATMENT SUMMARY\nCompleted 50 Gy.", "treatment_summary"),
        # the longest title word wins where two start together; a bare "completion" names no summary
        ("PHYSICS SIM SHEET\nCT sim, 2 mm.", "simulation"),
        ("Pre-treatment booking form (request and completion)\nCT done.", None),
        ("Radiation treatment completion summary\n50 Gy given.", "treatment_summary"),
        # no title: the content tells a visit during or after the course, or a physics check
        ("Pg 1/2\n== Status ==\n> Fraction 5 of 19 to the pelvis (VMAT).", "on_treatment"),
        ("Pg 1/2\nInterval -\n- Seen 12 months after RT to the T10 vertebral body.", "follow_up"),
        ("Pg 1/2\nCHECK:\nPlan: VMAT.\nIndependent dose calc passed.", "physics"),
        # requests to a payer and messages to the patient say what will be done or explain; they record nothing
        (
            "Department of Radiation Oncology\n11/12/2026\nRE: Prior authorization request - member ID 1; CPT 77290",
            "authorization",
        ),
        ("Document Type: Peer-to-Peer Review Summary\nReviewer asked about VMAT.", "authorization"),
        ("AFTER VISIT SUMMARY\nVisit date: 12/11/2026\nYour CT scan with contrast is next week.", "patient_message"),
        ("Document Type: RO Return Visit\nSeen today.", "follow_up"),
        # a simulation titled as such keeps its kind whatever its content says
        ("CT SIMULATION\nRe-simulated at fraction 15 of 33 for weight loss.", "simulation"),
        # a title joining two kinds records the simulation too; a kind's label on a consult does not
        ("New Patient H&P (Rad Onc) - includes simulation\nHPI: 66M.", "simulation"),
        ("Same-day consult and simulation (palliative)\nCT done.", "simulation"),
        ("Tallgrass - Pre-treatment Visit with CT Simulation\nHPI: 66M.", "simulation"),
        ("New patient consult - pediatric sim\nHPI: 6F.", "consult"),
        ("HDR prostate catheter insertion + planning CT\nPhysics\nDosimetry aware.", "simulation"),
    ],
)
def test_note_kind_from_title_then_content(analyzer, text, kind):
    """The title names the kind; only without one do a kind's content patterns decide."""
    assert analyzer.nlp(text)._.simcheck_note_kind == kind


def _copy_packs(tmp_path: Path) -> Path:
    target = tmp_path / "rulepacks"
    shutil.copytree(Path(str(resources.files("simcheck") / "rulepacks")), target)
    return target


@pytest.mark.parametrize(
    ("relative", "old", "new", "code"),
    [
        ("elements/complexity.yaml", "[iv, intravenous,", "[no, intravenous,", "E002"),
        ("elements/complexity.yaml", "value: contrast\n", "value: contrast\n    colour: red\n", "E002"),
        ("elements/imaging.yaml", "id: modality.mri\n", "id: modality.ct\n", "E003"),
        ("elements/imaging.yaml", "{LOWER: magnetic}", "{LOWER: Magnetic}", "E002"),
        ("manifest.yaml", "elements/imaging.yaml", "elements/missing.yaml", "E001"),
        ("sections.yaml", "[signature,", "[history,", "E002"),
        ("sections.yaml", "content_patterns: ['\\bindependent", "content_patterns: ['(\\bindependent", "E002"),
    ],
    ids=[
        "yaml-boolean",
        "unknown-key",
        "duplicate-rule-id",
        "upper-case-lower",
        "missing-file",
        "header-twice",
        "content-pattern-not-a-regex",
    ],
)
def test_invalid_pack_is_rejected(tmp_path, relative, old, new, code):
    """A broken pack fails at load with a specific error code, never later at match time."""
    root = _copy_packs(tmp_path)
    path = root / relative
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    with pytest.raises(RulePackError) as info:
        load_bundle(root)
    assert info.value.code == code


def test_rule_content_changes_bump_the_bundle_version():
    """The lock pins the bundle's content hash to its version: edit a pack, bump the version, refresh the lock."""
    lock = json.loads((resources.files("simcheck") / "rulepacks" / "rulepacks.lock.json").read_text())
    assert (lock["version"], lock["sha256"]) == (BUNDLE.version, BUNDLE.sha256), (
        "rule packs changed: bump manifest.yaml's version and rewrite rulepacks.lock.json"
    )
    assert lock["packs"] == BUNDLE.pack_versions()
