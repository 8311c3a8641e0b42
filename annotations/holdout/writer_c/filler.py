"""Non-evidence body text for long notes and non-simulation notes: history, ROS, exam, vitals, labs, counselling.

Sentences are assembled from small parts with drawn numbers, so long notes do not repeat whole paragraphs.
Nothing here is counted evidence; imaging mentioned here is diagnostic history.
"""

from __future__ import annotations

import random

ROS = {
    "Constitutional": [
        "Reports fatigue; able to do light housework.",
        "Denies fevers, chills or night sweats.",
        "Weight stable at {w} kg.",
        "Lost {n} lb over the last {k} weeks.",
        "Appetite reduced.",
    ],
    "Eyes": ["No vision changes.", "Wears reading glasses; no diplopia."],
    "ENT": ["No sore throat or hoarseness.", "Dry mouth at baseline.", "Mild hearing loss on the left."],
    "Cardiovascular": [
        "No chest pain or palpitations.",
        "Mild ankle swelling in the evenings.",
        "Occasional palpitations, evaluated by cardiology last year.",
    ],
    "Respiratory": ["Chronic cough, unchanged.", "No hemoptysis.", "Dyspnea climbing one flight of stairs."],
    "GI": [
        "Occasional heartburn.",
        "No nausea or vomiting.",
        "Constipation on opioids, using senna.",
        "Loose stools 2-3 times a day.",
    ],
    "GU": ["Nocturia x{k}.", "No dysuria or hematuria.", "Weak stream, stable."],
    "Musculoskeletal": ["Low back pain, {k}/10.", "Stiffness in both knees.", "No new bone pain."],
    "Neurologic": ["No headaches.", "Numbness in the fingertips since chemotherapy.", "No seizures."],
    "Psychiatric": ["Anxious about treatment; sleeping poorly.", "Mood fair, supportive family."],
    "Skin": ["No rashes.", "Healing incision, mild itch."],
    "Heme/lymph": ["Bruises easily on anticoagulation.", "No new lumps."],
}
EXAM = {
    "General": [
        "Alert, pleasant, in no acute distress.",
        "Thin, tired-appearing, conversant.",
        "Sitting comfortably on the exam table.",
    ],
    "HEENT": ["Oropharynx clear, dentition fair.", "Mucous membranes moist; no thrush.", "Pupils equal and reactive."],
    "Neck": ["Supple, no adenopathy.", "Well-healed neck incision, no masses.", "No thyromegaly."],
    "Lungs": [
        "Clear to auscultation bilaterally.",
        "Scattered expiratory wheeze.",
        "Decreased breath sounds at the right base.",
    ],
    "Heart": ["Regular rate and rhythm, no murmur.", "Irregularly irregular rhythm.", "S1 S2 normal."],
    "Abdomen": [
        "Soft, non-tender, non-distended.",
        "Mild epigastric tenderness, no guarding.",
        "Healed laparoscopic port sites.",
    ],
    "Extremities": ["No edema.", "Trace bilateral ankle edema.", "Full range of motion at both shoulders."],
    "Neuro": ["Alert and oriented x3; strength 5/5.", "Mild left pronator drift.", "Gait steady without assistance."],
    "Skin": ["No rash.", "Scattered seborrheic keratoses.", "Port site clean and dry."],
    "Lymph": ["No cervical, supraclavicular or axillary adenopathy.", "Shotty inguinal nodes bilaterally."],
}
PEDS_ROS = [
    "Eating well per mother.",
    "Active at daycare; no fevers.",
    "Some nausea after chemotherapy cycles.",
    "Sleeping through the night.",
    "No headaches or vomiting reported by parents.",
]
PEDS_EXAM = [
    "Playful, interactive child.",
    "Growth at the 40th percentile.",
    "Central line site clean.",
    "Alert, fussy with the exam but consolable.",
]
HISTORY_EVENTS = [
    "presented to primary care with {sym}",
    "was referred to surgery after an abnormal scan",
    "underwent biopsy, which confirmed the diagnosis",
    "was discussed at multidisciplinary tumor board",
    "started systemic therapy with medical oncology",
    "completed {c} cycles of chemotherapy with {tox}",
    "had a second opinion at an academic center, which agreed with the plan",
    "was admitted for {adm} and recovered",
    "met with the surgeon, who did not recommend resection",
    "saw nutrition for weight loss; supplements started",
    "completed dental clearance",
    "was seen by palliative care for symptom management",
    "had a port placed by interventional radiology",
    "was started on dexamethasone by the primary team",
]
SYMPTOMS = [
    "a persistent cough",
    "pain",
    "a palpable lump",
    "weight loss",
    "bleeding",
    "fatigue",
    "headaches",
    "difficulty swallowing",
    "urinary symptoms",
    "a non-healing lesion",
]
TOX = ["grade 2 neuropathy", "mild nausea", "neutropenia requiring a dose delay", "good tolerance"]
ADMISSIONS = ["neutropenic fever", "pneumonia", "a pain crisis", "dehydration", "a fall"]
COUNSEL = [
    "We reviewed the goals of treatment, the schedule of daily visits and what to expect at simulation.",
    "Acute effects discussed: fatigue, skin changes and site-specific effects; late effects including fibrosis and "
    "a small risk of second cancer.",
    "{Pr} asked about working during treatment; most patients can continue light work.",
    "Questions were answered to {pos} satisfaction; written materials provided.",
    "Transportation assistance was arranged through social work.",
    "Smoking cessation resources were offered.",
    "An interpreter was present for the whole visit.",
    "Advance directives were discussed; health care proxy is on file.",
    "Total visit time {t} minutes, most of it in counselling and coordination.",
]
PEDS_COUNSEL = [
    "Parents were present and asked about anesthesia on each treatment day.",
    "Child life specialist met with the family and did a practice run in the simulator room.",
    "Fertility and growth effects were discussed with the parents.",
    "School letter provided.",
]
MED_NAMES = [
    "lisinopril",
    "metformin",
    "atorvastatin",
    "apixaban",
    "levothyroxine",
    "omeprazole",
    "sertraline",
    "oxycodone",
    "dexamethasone",
    "ondansetron",
    "tamsulosin",
    "gabapentin",
    "amlodipine",
    "senna",
    "prochlorperazine",
    "lorazepam",
    "metoprolol",
    "furosemide",
    "pantoprazole",
    "allopurinol",
]
PMH = [
    "hypertension",
    "type 2 diabetes",
    "hyperlipidemia",
    "COPD",
    "atrial fibrillation",
    "CKD stage 3",
    "obstructive sleep apnea",
    "GERD",
    "hypothyroidism",
    "depression",
    "osteoarthritis",
    "prior DVT",
    "coronary artery disease",
    "gout",
    "migraine",
    "anxiety",
    "BPH",
    "glaucoma",
    "asthma",
    "psoriasis",
]
SOCIAL = [
    "Lives with {pos} spouse; retired {job}. {smoke}. {etoh}.",
    "Lives alone; works as a {job}. {smoke}. {etoh}.",
    "Lives with adult children nearby; former {job}. {smoke}.",
]
JOBS = ["teacher", "truck driver", "nurse", "farmer", "accountant", "electrician", "mail carrier", "chef"]
SMOKE = ["Never smoker", "Former smoker, {n} pack-years, quit {y}", "Current smoker, {k} cigarettes/day"]
ETOH = ["No alcohol", "Social alcohol", "Drinks {k} beers on weekends"]
FAMILY = [
    "Father with colon cancer at {a}.",
    "Mother had breast cancer in her {a}s.",
    "No family history of cancer.",
    "Brother with prostate cancer.",
    "Sister with thyroid cancer.",
    "Maternal grandmother with leukemia.",
]


def _sub(rng: random.Random, text: str, pr: str = "she", pos: str = "her") -> str:
    for key, value in (
        ("{w}", str(rng.randint(45, 110))),
        ("{n}", str(rng.randint(5, 40))),
        ("{k}", str(rng.randint(2, 6))),
        ("{c}", str(rng.randint(2, 8))),
        ("{t}", str(rng.choice([45, 60, 75, 90]))),
        ("{a}", str(rng.choice([50, 60, 70]))),
        ("{y}", str(rng.randint(1995, 2022))),
        ("{sym}", rng.choice(SYMPTOMS)),
        ("{tox}", rng.choice(TOX)),
        ("{adm}", rng.choice(ADMISSIONS)),
        ("{job}", rng.choice(JOBS)),
        ("{Pr}", pr.capitalize()),
        ("{pr}", pr),
        ("{pos}", pos),
    ):
        text = text.replace(key, value)
    return text


def oncologic_history(rng: random.Random, months: list[str], history: list[str], dx: str) -> str:
    """Return a dated oncologic history paragraph (diagnostic imaging in it is historical)."""
    events = rng.sample(HISTORY_EVENTS, rng.randint(4, 7))
    year = rng.randint(2022, 2025)
    lines = [f"{dx[:1].upper()}{dx[1:]}."]
    for i, event in enumerate(events):
        month = months[i % len(months)]
        lines.append(f"In {month} {year if i < 6 else year + 1} the patient {_sub(rng, event)}.")
        if i == 1 and history:
            lines.extend(history)
    return " ".join(lines)


def ros(rng: random.Random, peds: bool) -> str:
    """Return a review of systems by system."""
    if peds:
        return " ".join(rng.sample(PEDS_ROS, 3))
    systems = rng.sample(list(ROS), rng.randint(6, 11))
    return "\n".join(f"{s}: {_sub(rng, rng.choice(ROS[s]))}" for s in systems)


def exam(rng: random.Random, peds: bool) -> str:
    """Return a physical exam by system, with vitals."""
    vitals = (
        f"BP {rng.randint(102, 168)}/{rng.randint(58, 96)}, HR {rng.randint(58, 112)}, "
        f"T {rng.choice(['36.4', '36.7', '36.9', '37.2'])}, RR {rng.randint(12, 20)}, "
        f"SpO2 {rng.randint(91, 100)}% RA, Wt {rng.randint(14 if peds else 44, 40 if peds else 121)}."
        f"{rng.randint(0, 9)} kg"
    )
    parts = [f"Vitals: {vitals}"]
    if peds:
        parts += rng.sample(PEDS_EXAM, 2)
    systems = rng.sample(list(EXAM), rng.randint(5, 9))
    parts += [f"{s}: {rng.choice(EXAM[s])}" for s in systems]
    return "\n".join(parts)


def labs(rng: random.Random) -> str:
    """Return a lab line with drawn values."""
    return (
        f"WBC {rng.randint(28, 112) / 10}, Hgb {rng.randint(86, 152) / 10}, Plt {rng.randint(88, 420)}, "
        f"Na {rng.randint(131, 144)}, K {rng.randint(34, 51) / 10}, Cr {rng.randint(6, 21) / 10}, "
        f"albumin {rng.randint(28, 46) / 10}."
    )


def meds(rng: random.Random) -> str:
    """Return a medication list with drawn doses."""
    names = rng.sample(MED_NAMES, rng.randint(4, 11))
    return "\n".join(
        f"- {n} {rng.choice(['5', '10', '20', '25', '40', '50', '100'])} mg "
        f"{rng.choice(['daily', 'BID', 'TID', 'q6h prn', 'at bedtime'])}"
        for n in names
    )


def pmh(rng: random.Random) -> str:
    """Return past medical history items."""
    return "; ".join(rng.sample(PMH, rng.randint(3, 8))) + "."


def social(rng: random.Random, peds: bool, pos: str) -> str:
    """Return a social history sentence."""
    if peds:
        return rng.choice(
            [
                "Lives with both parents and a younger sibling; attends kindergarten.",
                "Lives with mother and grandmother; in 3rd grade, currently home-schooled.",
                "Family lives 2 hours away; staying at the Ronald McDonald House during treatment.",
            ]
        )
    text = rng.choice(SOCIAL).replace("{smoke}", rng.choice(SMOKE)).replace("{etoh}", rng.choice(ETOH))
    return _sub(rng, text, pos=pos)


def family(rng: random.Random) -> str:
    """Return family history sentences."""
    return " ".join(_sub(rng, f) for f in rng.sample(FAMILY, 2))


def counsel(rng: random.Random, peds: bool, pr: str, pos: str) -> str:
    """Return counselling sentences."""
    pool = PEDS_COUNSEL if peds else COUNSEL
    return " ".join(_sub(rng, c, pr, pos) for c in rng.sample(pool, min(len(pool), rng.randint(2, 5))))


def nursing(rng: random.Random) -> str:
    """Return a nursing intake line."""
    return (
        f"Pain {rng.randint(0, 8)}/10. Fall risk {rng.choice(['low', 'moderate', 'high'])}. "
        f"Distress thermometer {rng.randint(1, 9)}/10 ({rng.choice(['finances', 'transportation', 'fear', 'sleep'])}"
        f"). Advance directive {rng.choice(['on file', 'not on file', 'discussed'])}."
    )
