"""Deterministic generator of synthetic radiation-oncology simulation notes.

Every note is assembled from hand-written templates driven by a seeded
:class:`random.Random`; no real patient data is involved and no identifiers
are produced (patients are referred to as ``SYNTH-nnnnn``).

A note mixes structured sections (``INDICATION:``, ``SIMULATION:``,
``IMMOBILIZATION:``, ``IMAGING:``, a checkbox checklist such as
``[x] IV contrast`` / ``[ ] custom blocks``, bullet lists) with prose history,
exam and plan filler that pads it to the requested length.  The word count
(``len(text.split())``) of a generated note equals the requested length
whenever that length is at least the size of the note's structured skeleton
(about 50 to 90 words); shorter requests return the bare skeleton.

Usage::

    from notes import make_note, make_notes

    notes = make_notes(n=200, seed=0)   # 200 notes, 100 to 2,000 words
    short = make_note(300, seed=1)      # one note of 300 words
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["MAX_WORDS", "MIN_WORDS", "make_note", "make_notes", "word_count"]

MIN_WORDS = 100
MAX_WORDS = 2000

_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five")


def word_count(text: str) -> int:
    """Return the number of whitespace-separated words in ``text``."""
    return len(text.split())


# --------------------------------------------------------------------------
# Template vocabulary
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Site:
    """Disease-site specific vocabulary used to fill a note."""

    key: str
    sex: str  # "F", "M" or "" (either)
    indications: tuple[str, ...]
    areas: tuple[tuple[str, int], ...]  # (description, number of treatment areas)
    positions: tuple[str, ...]
    devices: tuple[str, ...]
    fusions: tuple[str, ...]
    history: tuple[str, ...]
    regimens: tuple[str, ...]
    prep: tuple[str, ...] = ()


_SITES: tuple[_Site, ...] = (
    _Site(
        key="breast",
        sex="F",
        indications=(
            (
                "{age}-year-old woman with {side} breast invasive ductal carcinoma, pT{t}N{n}, "
                "ER/PR positive, HER2 negative, status post lumpectomy and sentinel node biopsy."
            ),
            (
                "{Side} breast ductal carcinoma in situ, grade {grade}, status post partial "
                "mastectomy with negative margins, referred for adjuvant whole breast radiation."
            ),
            (
                "{age}-year-old woman with {side} breast cancer, status post mastectomy and "
                "axillary dissection with {nodes} of 14 nodes positive, for post-mastectomy radiation."
            ),
        ),
        areas=(
            ("{side} breast, supraclavicular and axilla", 3),
            ("{side} breast and supraclavicular fossa", 2),
            ("{side} chest wall, supraclavicular and axilla", 3),
            ("{side} breast", 1),
            ("{side} breast tumor bed boost", 1),
        ),
        positions=("supine, arms up", "supine with both arms abducted", "prone on a breast board"),
        devices=(
            "Breast board at incline {incline} degrees with both arms above the head",
            "Vac-Lok bag molded under the upper back and arms",
            "Wing board with hand grips",
            "Knee sweep for comfort and reproducibility",
            "Bolus 5 mm over the chest wall scar, every other day",
        ),
        fusions=(
            "Breast MRI {date} reviewed; no MRI fusion needed.",
            "Deep inspiration breath hold coaching performed; patient held breath for {secs} seconds.",
        ),
        history=(
            (
                "Screening mammogram on {date} showed a {mm} mm spiculated mass in the {side} breast "
                "at the {clock} o'clock position."
            ),
            "Ultrasound-guided core biopsy on {date} confirmed invasive ductal carcinoma, grade {grade}.",
            "MRI {date} showed no additional suspicious enhancement in either breast.",
            (
                "She underwent {side} lumpectomy and sentinel node biopsy on {date}; margins were "
                "negative and the closest margin was {mm} mm."
            ),
            "Oncotype recurrence score was {rs}; medical oncology does not recommend chemotherapy.",
            "She plans to begin endocrine therapy with an aromatase inhibitor after radiation.",
        ),
        regimens=(
            "40.05 Gy in 15 fractions",
            "42.56 Gy in 16 fractions",
            "50 Gy in 25 fractions",
            "26 Gy in 5 fractions",
        ),
    ),
    _Site(
        key="prostate",
        sex="M",
        indications=(
            (
                "{age}-year-old man with {risk} risk adenocarcinoma of the prostate, Gleason {gleason}, "
                "PSA {psa}, clinical stage T{t}N0M0."
            ),
            (
                "Biochemical recurrence of prostate cancer after radical prostatectomy, PSA {psa} and "
                "rising, referred for salvage radiation to the prostate bed."
            ),
        ),
        areas=(
            ("prostate and seminal vesicles", 1),
            ("prostate, seminal vesicles and pelvic lymph nodes", 2),
            ("prostate bed", 1),
            ("prostate bed and pelvic lymph nodes", 2),
        ),
        positions=("supine, arms on chest", "supine with arms across the chest"),
        devices=(
            "Vac-Lok cradle from the waist to the knees",
            "Knee sweep and ankle stocks",
            "Custom foam leg immobilizer",
            "Rectal spacer placed on {date}",
        ),
        fusions=(
            "MRI fusion with T2 axial sequences from {date} for prostate and rectum delineation.",
            "PSMA PET/CT {date} fused for nodal contouring.",
            "Three gold fiducial markers identified on CT; no migration.",
        ),
        history=(
            "PSA was {psa} on {date}, up from {psa} six months earlier.",
            (
                "MRI {date} showed a PI-RADS {pirads} lesion in the {side} peripheral zone "
                "without extraprostatic extension."
            ),
            "Transperineal biopsy on {date} showed Gleason {gleason} in {cores} of 12 cores.",
            "He reports nocturia twice nightly and an IPSS of {ipss}.",
            "Androgen deprivation therapy was started on {date} with leuprolide.",
            "Erectile function is partially preserved with medication.",
        ),
        regimens=(
            "70 Gy in 28 fractions",
            "60 Gy in 20 fractions",
            "36.25 Gy in 5 fractions",
            "66 Gy in 33 fractions",
        ),
        prep=(
            "Full bladder protocol: drink 16 oz of water 30 minutes before simulation.",
            "Empty rectum; enema given one hour before simulation.",
        ),
    ),
    _Site(
        key="head_neck",
        sex="",
        indications=(
            (
                "{age}-year-old with p16-positive squamous cell carcinoma of the {side} tonsil, "
                "cT{t}N{n}M0, for definitive chemoradiation."
            ),
            (
                "Squamous cell carcinoma of the oral tongue, status post partial glossectomy and "
                "neck dissection, pT{t}N{n}, for adjuvant radiation."
            ),
        ),
        areas=(
            ("primary tumor and bilateral neck levels II through IV", 2),
            ("{side} tonsil, {side} neck and retropharyngeal nodes", 3),
            ("tumor bed and ipsilateral neck", 2),
        ),
        positions=("supine, head neutral", "supine with shoulders pulled down"),
        devices=(
            "Five-point Aquaplast mask covering the head, neck and shoulders",
            "Custom bite block with tongue depressor",
            "Shoulder pulls and knee sweep",
            "Head rest type {headrest}",
        ),
        fusions=(
            "PET/CT {date} fused for gross tumor delineation.",
            "MRI fusion of the neck with T1 post-contrast sequences from {date}.",
        ),
        history=(
            "The patient first noticed a painless {side} neck mass in {month}.",
            "CT neck {date} showed a {mm} mm necrotic level II lymph node.",
            (
                "PET/CT {date} demonstrated FDG avid disease in the {side} tonsil and level II nodes "
                "with no distant metastases."
            ),
            "Dental evaluation on {date} was completed with two extractions.",
            "Speech and swallow evaluation was completed; baseline diet is regular.",
            "A prophylactic feeding tube was discussed and declined.",
        ),
        regimens=("70 Gy in 35 fractions", "60 Gy in 30 fractions", "66 Gy in 33 fractions"),
    ),
    _Site(
        key="lung",
        sex="",
        indications=(
            (
                "{age}-year-old with stage I non-small cell lung cancer of the {side} upper lobe, "
                "medically inoperable, for stereotactic body radiation."
            ),
            (
                "Stage III non-small cell lung cancer, {side} lower lobe with mediastinal nodes, "
                "for definitive concurrent chemoradiation."
            ),
        ),
        areas=(
            ("{side} upper lobe nodule", 1),
            ("{side} lung primary and mediastinal nodes", 2),
        ),
        positions=("supine, arms up", "supine with arms above the head on a wing board"),
        devices=(
            "Vac-Lok bag with arms above the head",
            "Wing board with T-bar hand grips",
            "Abdominal compression paddle at {compression} cm",
            "Knee sweep",
        ),
        fusions=(
            "4D CT acquired; tumor motion {mm} mm superior-inferior.",
            "PET/CT {date} fused for target delineation.",
            "No MRI fusion required.",
        ),
        history=(
            "CT chest {date} showed a {mm} mm spiculated nodule in the {side} upper lobe.",
            "PET/CT {date} showed SUV max {suv} in the nodule and no nodal uptake.",
            "Pulmonary function tests showed FEV1 {fev1} percent predicted.",
            "Navigational bronchoscopy on {date} confirmed adenocarcinoma.",
            "MRI brain {date} showed no evidence of intracranial metastases.",
            "The patient uses {liters} liters of home oxygen with exertion.",
        ),
        regimens=("54 Gy in 3 fractions", "50 Gy in 5 fractions", "60 Gy in 30 fractions"),
    ),
    _Site(
        key="brain",
        sex="",
        indications=(
            (
                "{age}-year-old with {side} frontal glioblastoma, IDH wild-type, MGMT unmethylated, "
                "status post gross total resection on {date}."
            ),
            ("Brain metastases from lung adenocarcinoma, {count} lesions, for stereotactic radiosurgery."),
        ),
        areas=(
            ("{side} frontal resection cavity", 1),
            ("three brain metastases", 3),
            ("whole brain with hippocampal avoidance", 1),
        ),
        positions=("supine, head neutral", "supine, head in neutral position on a headrest"),
        devices=(
            "Thermoplastic mask, open face",
            "Frameless SRS mask system",
            "Head rest type {headrest} and knee sweep",
        ),
        fusions=(
            "MRI fusion with T1 post-contrast and FLAIR from {date}.",
            "MRI {date} showed a {mm} mm enhancing lesion at the resection margin; fused for planning.",
            "Thin-slice MRI {date} fused for radiosurgery planning.",
        ),
        history=(
            "The patient presented on {date} with headaches and word-finding difficulty.",
            "MRI {date} showed a {mm} mm ring-enhancing mass with surrounding edema.",
            "Post-operative MRI {date} showed no residual enhancing disease.",
            "Dexamethasone was tapered to {dex} mg daily.",
            "Seizures are controlled on levetiracetam.",
            "Neurocognitive testing at baseline was within normal limits.",
        ),
        regimens=(
            "60 Gy in 30 fractions",
            "40.05 Gy in 15 fractions",
            "20 Gy in 1 fraction",
            "30 Gy in 10 fractions",
        ),
    ),
    _Site(
        key="rectum",
        sex="",
        indications=(
            (
                "{age}-year-old with locally advanced rectal adenocarcinoma, cT{t}N{n}, "
                "{cm} cm from the anal verge, for total neoadjuvant therapy."
            ),
        ),
        areas=(
            ("rectum, mesorectum and pelvic lymph nodes", 2),
            ("pelvis with boost to the primary tumor", 2),
        ),
        positions=("prone on a belly board", "supine, arms on chest"),
        devices=(
            "Belly board with Vac-Lok under the legs",
            "Knee and ankle stocks",
            "Anal marker placed at simulation",
        ),
        fusions=(
            "MRI pelvis {date} fused for tumor delineation.",
            "Small bowel contrast given 45 minutes before scanning.",
        ),
        history=(
            "Colonoscopy on {date} found a circumferential mass {cm} cm from the anal verge.",
            "MRI pelvis {date} showed mesorectal fascia involvement and two suspicious nodes.",
            "CEA was {cea} on {date}.",
            "{Pronoun} completed four cycles of FOLFOX with good tolerance.",
            "Bowel function is notable for urgency and three to four movements daily.",
        ),
        regimens=("50.4 Gy in 28 fractions", "25 Gy in 5 fractions"),
        prep=("Full bladder protocol followed.", "Oral contrast given 60 minutes before scanning."),
    ),
    _Site(
        key="bone",
        sex="",
        indications=(
            ("Painful osseous metastases from {primary} involving the {bone}, for palliative radiation."),
            "{age}-year-old with metastatic {primary} and worsening pain at the {bone}.",
        ),
        areas=(
            ("{bone}", 1),
            ("{bone} and {bone}", 2),
            ("{bone}, {bone} and {bone}", 3),
        ),
        positions=("supine, arms on chest", "supine, arms up"),
        devices=(
            "Vac-Lok bag for the full torso",
            "Knee sweep",
            "Custom foam head rest",
        ),
        fusions=(
            "MRI spine {date} fused to evaluate epidural extension.",
            "No MRI fusion required for this palliative course.",
        ),
        history=(
            "MRI spine {date} showed a pathologic compression fracture without cord compression.",
            "Pain is rated {pain} out of 10 despite oxycodone every six hours.",
            "Bone scan {date} showed multifocal uptake in the axial skeleton.",
            "There is no bowel or bladder dysfunction and no lower extremity weakness.",
            "Denosumab was started on {date}.",
        ),
        regimens=("8 Gy in 1 fraction", "20 Gy in 5 fractions", "30 Gy in 10 fractions"),
    ),
)

# Contrast states: key -> (simulation phrase options, IV checked, oral checked)
_CONTRAST: dict[str, tuple[tuple[str, ...], bool, bool]] = {
    "iv": (("with IV contrast", "with intravenous contrast", "with IV contrast per protocol"), True, False),
    "none": (("without contrast", "with no contrast", "non-contrast; no contrast was given"), False, False),
    "oral": (("with oral contrast only; no IV contrast", "with oral contrast"), False, True),
    "iv_oral": (("with IV and oral contrast",), True, True),
}

_GENERIC_HPI = (
    ("The patient was seen in multidisciplinary clinic on {date} and the case was reviewed at tumor board."),
    "{Pronoun} reports mild fatigue but continues to work part time and walks daily.",
    "CT of the chest, abdomen and pelvis on {date} showed no evidence of distant metastatic disease.",
    "{Pronoun} denies fevers, chills, night sweats or unintentional weight loss.",
    "Pathology was reviewed at our institution and the diagnosis was confirmed.",
    "No prior radiation therapy to this region.",
    "Labs from {date} were within normal limits including creatinine and platelet count.",
    "{Pronoun} completed systemic therapy on {date} and tolerated it with grade 1 neuropathy.",
    "Appetite is fair and weight has been stable over the past three months.",
    "The patient is accompanied today by a family member who helps with transportation.",
    "Prior records from the outside hospital were obtained and reviewed.",
    "Imaging from {date} was compared with the current study and shows stable findings.",
)

_PMH = (
    "Hypertension, controlled on lisinopril.",
    "Type 2 diabetes mellitus, last hemoglobin A1c {a1c}.",
    "Hyperlipidemia on atorvastatin.",
    "Remote appendectomy; no other surgeries.",
    "No history of connective tissue disease, scleroderma or lupus.",
    "No pacemaker or implanted cardiac device.",
    "Former smoker with a {py} pack-year history, quit in {year}.",
    "Allergies: no known drug allergies.",
    "Allergies: penicillin causes a rash.",
    "Medications were reviewed and reconciled in the electronic record.",
    "Family history is notable for a sibling with colon cancer at age {age2}.",
    "Obstructive sleep apnea, uses CPAP nightly.",
    "Gastroesophageal reflux disease, controlled with omeprazole.",
    "Osteoarthritis of both knees limits walking to about two blocks.",
)

_SOCIAL = (
    "Lives at home with spouse and is independent in activities of daily living.",
    "Drinks alcohol socially, about {drinks} drinks per week.",
    "Retired teacher; drives to appointments.",
    "No illicit drug use.",
    "Lives about {miles} miles from the clinic and prefers early morning appointments.",
)

_ROS = (
    "Constitutional: mild fatigue, no fevers.",
    "Respiratory: no cough or shortness of breath.",
    "Cardiovascular: no chest pain or palpitations.",
    "Gastrointestinal: no nausea, vomiting or diarrhea.",
    "Genitourinary: no dysuria or hematuria.",
    "Neurologic: no headaches, seizures or focal weakness.",
    "Skin: no rashes or open wounds in the treatment area.",
    "All other systems reviewed and negative.",
)

_EXAM = (
    "General: well-appearing, in no acute distress.",
    "KPS {kps}, ECOG {ecog}.",
    "Vital signs stable; weight {kg} kg.",
    "HEENT: oropharynx clear, no palpable cervical or supraclavicular adenopathy.",
    "Lungs: clear to auscultation bilaterally.",
    "Heart: regular rate and rhythm, no murmurs.",
    "Abdomen: soft, nontender, no hepatosplenomegaly.",
    "Extremities: no edema; full range of motion at both shoulders.",
    "Neurologic: alert and oriented, cranial nerves II through XII intact, strength 5/5 throughout.",
    "Skin: well-healed surgical incision without erythema or drainage.",
    "Lymph: no axillary or inguinal adenopathy.",
)

_PLAN = (
    "Plan for {regimen} with daily image guidance.",
    "Contours will be reviewed with the dosimetrist and physicist before planning.",
    "Daily cone-beam CT for setup verification during the first week, then weekly.",
    ("Consent was reviewed and signed; risks including fatigue, skin reaction and rare late toxicity were discussed."),
    "Anticipated start date is {date} pending plan approval and physics quality assurance.",
    "The patient will be seen weekly in on-treatment visits.",
    "Questions were answered and the patient agrees with the plan.",
    "Skin care instructions were provided in writing.",
    ("If the plan cannot meet constraints, a replan with a different beam arrangement will be considered."),
    "Follow-up with medical oncology is scheduled for {date}.",
)

_SETUP = (
    "Patient positioned {position} and aligned with lasers.",
    "Isocenter marked with three tattoos and BBs.",
    "Reference marks placed on the mask and documented with photos.",
    "Scan extent covered the region of interest with 2 mm slices.",
    "Patient tolerated the procedure well without complication.",
    "Time out performed with correct patient, site and laterality confirmed.",
)

_IMAGING_PREFIXES = (
    "MRI",
    "CT",
    "PET",
    "Bone scan",
    "Screening mammogram",
    "Post-operative MRI",
    "Thin-slice MRI",
)
_BONES = (
    "T10 vertebral body",
    "left femur",
    "right iliac bone",
    "L3 vertebral body",
    "sacrum",
    "right humerus",
    "T6 vertebral body",
    "left acetabulum",
)
_PRIMARIES = ("breast cancer", "prostate cancer", "renal cell carcinoma", "lung cancer", "multiple myeloma")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


# --------------------------------------------------------------------------
# Template filling
# --------------------------------------------------------------------------


class _Slots(dict[str, str]):
    """Mapping for ``str.format_map``: fixed per-note values plus fresh random ones."""

    def __init__(self, rng: random.Random, fixed: dict[str, str]) -> None:
        super().__init__(fixed)
        self._rng = rng
        r = rng
        self._dynamic: dict[str, Callable[[], str]] = {
            "date": lambda: (
                f"{r.randint(1, 12)}/{r.randint(1, 28)}" + (f"/{r.randint(21, 25)}" if r.random() < 0.4 else "")
            ),
            "mm": lambda: str(r.randint(4, 48)),
            "cm": lambda: str(r.randint(3, 12)),
            "psa": lambda: f"{r.uniform(0.2, 28.0):.1f}",
            "gleason": lambda: r.choice(("3+4=7", "4+3=7", "4+4=8", "4+5=9")),
            "risk": lambda: r.choice(("low", "favorable intermediate", "unfavorable intermediate", "high")),
            "t": lambda: r.choice(("1c", "2", "2a", "3", "1")),
            "n": lambda: r.choice(("0", "1", "2")),
            "grade": lambda: str(r.randint(1, 3)),
            "nodes": lambda: str(r.randint(1, 6)),
            "clock": lambda: str(r.randint(1, 12)),
            "rs": lambda: str(r.randint(5, 30)),
            "pirads": lambda: str(r.randint(3, 5)),
            "cores": lambda: str(r.randint(2, 9)),
            "ipss": lambda: str(r.randint(3, 22)),
            "incline": lambda: str(r.choice((5, 7.5, 10, 12.5, 15))),
            "secs": lambda: str(r.randint(20, 45)),
            "headrest": lambda: r.choice(("A", "B", "C", "D")),
            "compression": lambda: str(r.randint(2, 6)),
            "suv": lambda: f"{r.uniform(2.5, 18.0):.1f}",
            "fev1": lambda: str(r.randint(35, 90)),
            "liters": lambda: str(r.randint(1, 4)),
            "count": lambda: r.choice(("two", "three", "four")),
            "dex": lambda: str(r.choice((1, 2, 4))),
            "cea": lambda: f"{r.uniform(1.0, 40.0):.1f}",
            "pain": lambda: str(r.randint(3, 9)),
            "a1c": lambda: f"{r.uniform(5.8, 9.5):.1f}",
            "py": lambda: str(r.randint(5, 60)),
            "year": lambda: str(r.randint(1985, 2022)),
            "age2": lambda: str(r.randint(40, 80)),
            "drinks": lambda: str(r.randint(1, 10)),
            "miles": lambda: str(r.randint(3, 120)),
            "kps": lambda: str(r.choice((60, 70, 80, 90, 100))),
            "ecog": lambda: str(r.randint(0, 2)),
            "kg": lambda: str(r.randint(48, 125)),
            "month": lambda: r.choice(_MONTHS),
            "bone": lambda: r.choice(_BONES),
            "primary": lambda: r.choice(_PRIMARIES),
        }

    def __missing__(self, key: str) -> str:
        if key in self._dynamic:
            return self._dynamic[key]()
        raise KeyError(key)

    def fill(self, template: str) -> str:
        """Fill ``template``; dynamic slots get a fresh random value per occurrence."""
        return template.format_map(self)


@dataclass
class _Block:
    """One rendered section of a note (``filler`` blocks are padded later)."""

    header: str
    lines: list[str]
    filler: tuple[str, ...] = ()
    weight: float = 0.0
    as_lines: bool = False  # filler sentences one per line instead of paragraphs

    def words(self) -> int:
        """Word count of the block as currently rendered."""
        return word_count(self.header) + sum(word_count(line) for line in self.lines)

    def render(self) -> str:
        """Render the header followed by the body lines."""
        return "\n".join([self.header, *self.lines]) if self.lines else self.header


def _pick_header(rng: random.Random, *options: str) -> str:
    """Choose one spelling of a section header."""
    return rng.choice(options)


def _bullets(rng: random.Random, items: list[str]) -> list[str]:
    """Format ``items`` as a bullet or numbered list with a random marker style."""
    style = rng.choice(("-", "*", "\u2022", "num"))
    if style == "num":
        return [f"{i}. {item}" for i, item in enumerate(items, 1)]
    return [f"{style} {item}" for item in items]


def _checkbox(checked: bool, rng: random.Random, label: str) -> str:
    """Render a checklist line such as ``[x] IV contrast`` or ``[ ] custom blocks``."""
    mark = rng.choice(("[x]", "[X]")) if checked else "[ ]"
    return f"{mark} {label}"


def _truncate(sentence: str, n_words: int) -> str:
    """Cut ``sentence`` to its first ``n_words`` words, ending it with a period."""
    words = sentence.split()[:n_words]
    text = " ".join(words).rstrip(",;:")
    return text if text.endswith((".", "?", "!")) else text + "."


# --------------------------------------------------------------------------
# Note assembly
# --------------------------------------------------------------------------


def _skeleton(rng: random.Random, slots: _Slots, site: _Site, rich: bool) -> list[_Block]:
    """Build the structured sections of a note (rich=True adds detail for long notes)."""
    contrast_key = rng.choice(tuple(_CONTRAST))
    phrases, iv_on, oral_on = _CONTRAST[contrast_key]
    area_desc, n_areas = rng.choice(site.areas)
    areas = slots.fill(area_desc)
    position = rng.choice(site.positions)
    n_word = _NUMBER_WORDS[n_areas]
    area_noun = "treatment area" if n_areas == 1 else "treatment areas"

    blocks: list[_Block] = []
    indication = slots.fill(rng.choice(site.indications))
    head = _pick_header(rng, "INDICATION:", "Indication:", "INDICATION FOR SIMULATION:")
    if rng.random() < 0.5:
        blocks.append(_Block(f"{head} {indication}", []))
    else:
        blocks.append(_Block(head, [indication]))

    sim = [
        (f"CT simulation {rng.choice(('performed', 'completed', 'done'))} on {slots['date']} {rng.choice(phrases)}.")
    ]
    if rich:
        sim.append(f"{n_word.capitalize()} {area_noun}: {areas}.")
        sim.extend(slots.fill(s) for s in rng.sample(_SETUP, k=3))
        sim = [" ".join(sim)] if rng.random() < 0.5 else sim
    blocks.append(_Block(_pick_header(rng, "SIMULATION:", "Simulation:", "SIMULATION DETAILS:"), sim))

    devices = [slots.fill(d) for d in rng.sample(site.devices, k=min(len(site.devices), 3 if rich else 1))]
    immob = [f"Position: {position}", *devices] if rich else devices
    blocks.append(
        _Block(
            _pick_header(rng, "IMMOBILIZATION:", "Immobilization:", "IMMOBILIZATION DEVICES:"),
            _bullets(rng, immob),
        )
    )

    fusion = slots.fill(rng.choice(site.fusions))
    imaging = [f"CT simulation {rng.choice(phrases)}", fusion]
    prior_imaging = [h for h in site.history if h.startswith(_IMAGING_PREFIXES)]
    if rich and prior_imaging and rng.random() < 0.6:
        imaging.append(slots.fill(rng.choice(prior_imaging)))
    blocks.append(_Block(_pick_header(rng, "IMAGING:", "Imaging:", "IMAGING AND FUSION:"), _bullets(rng, imaging)))

    mri_on = "MRI" in fusion and "No MRI" not in fusion and "no MRI" not in fusion
    checks = [
        _checkbox(iv_on, rng, "IV contrast"),
        _checkbox(rng.random() < 0.15, rng, "custom blocks"),
    ]
    if rich:
        checks += [
            _checkbox(oral_on, rng, "oral contrast"),
            _checkbox(mri_on, rng, "MRI fusion"),
            _checkbox("4D CT" in fusion, rng, "4D CT"),
            _checkbox(rng.random() < 0.3, rng, "bolus"),
            _checkbox(rng.random() < 0.8, rng, "tattoos placed"),
            _checkbox(rng.random() < 0.2, rng, "special physics consult"),
        ]
        rng.shuffle(checks)
    blocks.append(_Block(_pick_header(rng, "CHECKLIST:", "SIMULATION CHECKLIST:", "Orders:"), checks))

    if rich:
        line = (
            f"This will be treated as {n_word} {area_noun}: {areas}."
            if rng.random() < 0.5
            else f"{n_word} {area_noun} ({areas})"
        )
        blocks.append(_Block("TREATMENT AREAS:", [line]))
        blocks.append(_Block("DOSE/FRACTIONATION:", [rng.choice(site.regimens)]))
        if site.prep:
            blocks.append(_Block("PATIENT PREPARATION:", _bullets(rng, list(site.prep))))
    return blocks


def _filler_blocks(rng: random.Random, site: _Site, budget: int) -> list[_Block]:
    """Choose the prose sections used to pad a note with ``budget`` words to spare."""
    hpi = _Block(
        _pick_header(rng, "HISTORY OF PRESENT ILLNESS:", "HPI:", "History:"),
        [],
        filler=site.history + _GENERIC_HPI,
        weight=3.0,
    )
    plan = _Block(_pick_header(rng, "PLAN:", "ASSESSMENT AND PLAN:", "Plan:"), [], filler=_PLAN, weight=1.5)
    middle = [
        _Block("PAST MEDICAL HISTORY:", [], filler=_PMH, weight=1.0, as_lines=True),
        _Block("SOCIAL HISTORY:", [], filler=_SOCIAL, weight=0.6),
        _Block("REVIEW OF SYSTEMS:", [], filler=_ROS, weight=0.8, as_lines=True),
        _Block(
            _pick_header(rng, "PHYSICAL EXAMINATION:", "EXAM:", "Physical Exam:"),
            [],
            filler=_EXAM,
            weight=1.6,
            as_lines=True,
        ),
    ]
    n_sections = max(1, min(6, 1 + budget // 180))
    if n_sections == 1:
        return [hpi]
    keep = set(rng.sample(range(len(middle)), k=min(len(middle), n_sections - 2)))
    return [hpi, *(m for i, m in enumerate(middle) if i in keep), plan]


def _pad(rng: random.Random, slots: _Slots, blocks: list[_Block], budget: int) -> None:
    """Fill the filler ``blocks`` in place with prose totalling exactly ``budget`` words."""
    budget -= sum(b.words() for b in blocks)  # headers
    if budget <= 0:
        return
    total_weight = sum(b.weight for b in blocks)
    shares = [int(budget * b.weight / total_weight) for b in blocks]
    shares[0] += budget - sum(shares)
    for block, share in zip(blocks, shares, strict=True):
        pool = list(block.filler)
        rng.shuffle(pool)
        sentences: list[str] = []
        used, i = 0, 0
        while used < share:
            if i == len(pool):
                rng.shuffle(pool)
                i = 0
            sentence = slots.fill(pool[i])
            i += 1
            n = word_count(sentence)
            if used + n > share:
                sentence = _truncate(sentence, share - used)
                n = share - used
            sentences.append(sentence)
            used += n
        if block.as_lines:
            block.lines = sentences
        else:
            paragraphs: list[str] = []
            while sentences:
                k = rng.randint(3, 6)
                paragraphs.append(" ".join(sentences[:k]))
                sentences = sentences[k:]
            block.lines = paragraphs


def make_note(words: int, seed: int) -> str:
    """Return one synthetic simulation note of ``words`` words (``len(text.split())``).

    The result is a pure function of ``(words, seed)``.  Requests smaller than
    the note's structured skeleton (roughly 50 to 90 words) return just the
    skeleton, so the count can exceed ``words`` for very small values.
    """
    rng = random.Random(seed)
    site = rng.choice(_SITES)
    side = rng.choice(("left", "right"))
    sex = site.sex or rng.choice("FM")
    slots = _Slots(
        rng,
        {
            "side": side,
            "Side": side.capitalize(),
            "age": str(rng.randint(34, 88)),
            "Pronoun": "She" if sex == "F" else "He",
            "regimen": rng.choice(site.regimens),
            "position": rng.choice(site.positions),
        },
    )

    skeleton = _skeleton(rng, slots, site, rich=words >= 260)
    title: list[_Block] = []
    if words >= 200 and rng.random() < 0.7:
        title = [
            _Block(
                rng.choice(("RADIATION ONCOLOGY SIMULATION NOTE", "CT Simulation Note", "Simulation Procedure Note")),
                [f"Patient: SYNTH-{rng.randint(10000, 99999)}"],
            )
        ]
    fixed_words = sum(b.words() for b in skeleton + title)
    budget = words - fixed_words
    fillers = _filler_blocks(rng, site, budget) if budget > 0 else []
    _pad(rng, slots, fillers, budget)
    fillers = [b for b in fillers if b.lines]

    # Order: title, indication, history-type sections, structured sections, plan last.
    head, rest = skeleton[:1], skeleton[1:]
    if len(rest) >= 3 and rng.random() < 0.5:
        rest[1], rest[2] = rest[2], rest[1]  # swap IMMOBILIZATION / IMAGING
    plan = [b for b in fillers if b.filler is _PLAN]
    history = [b for b in fillers if b.filler is not _PLAN]
    ordered = title + head + history + rest + plan
    return "\n\n".join(b.render() for b in ordered) + "\n"


def make_notes(n: int = 200, seed: int = 0, min_words: int = MIN_WORDS, max_words: int = MAX_WORDS) -> list[str]:
    """Return ``n`` synthetic notes with lengths spread evenly over [min_words, max_words].

    Lengths are stratified (one draw per equal-width bin, then shuffled), so any
    ``n`` covers the whole range; the list is a pure function of the arguments.
    """
    if n < 0 or min_words > max_words:
        raise ValueError("need n >= 0 and min_words <= max_words")
    rng = random.Random(seed)
    span = max_words - min_words
    lengths = [min(max_words, min_words + int(span * (i + rng.random()) / max(n, 1))) for i in range(n)]
    rng.shuffle(lengths)
    return [make_note(length, rng.getrandbits(32)) for length in lengths]


def _main() -> None:
    """Print a sample note or summary statistics (``python bench/notes.py --help``)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200, help="number of notes (default 200)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--show", type=int, metavar="WORDS", help="print a single note of WORDS words instead of statistics"
    )
    args = parser.parse_args()
    if args.show is not None:
        print(make_note(args.show, args.seed))
        return
    counts = sorted(word_count(t) for t in make_notes(args.n, args.seed))
    print(
        f"{len(counts)} notes, {sum(counts)} words, min {counts[0]}, "
        f"median {counts[len(counts) // 2]}, max {counts[-1]}"
    )


if __name__ == "__main__":
    _main()
