"""Non-evidence filler: headers, history, medications, exam, labs, setup lines (never counted)."""

# ruff: noqa: E501  (long phrase pools are kept on one line so each phrase reads whole)

from __future__ import annotations

import random

from .vocab import CAMPUSES, MONTHS, SITES

MEDS = [
    "lisinopril 10 mg daily",
    "metformin 500 mg BID",
    "atorvastatin 40 mg nightly",
    "tamsulosin 0.4 mg daily",
    "levothyroxine 75 mcg daily",
    "apixaban 5 mg BID",
    "oxycodone 5 mg q6h PRN",
    "ondansetron 8 mg q8h PRN",
    "dexamethasone 4 mg BID",
    "omeprazole 20 mg daily",
    "gabapentin 300 mg TID",
    "sertraline 50 mg daily",
    "albuterol inhaler PRN",
    "amlodipine 5 mg daily",
    "senna 8.6 mg nightly",
    "letrozole 2.5 mg daily",
    "enzalutamide 160 mg daily",
    "insulin glargine 22 units nightly",
    "furosemide 20 mg daily",
    "melatonin 3 mg",
]
PMH = [
    "hypertension",
    "type 2 diabetes",
    "COPD (FEV1 58%)",
    "coronary artery disease s/p stent 2017",
    "atrial fibrillation on anticoagulation",
    "hypothyroidism",
    "chronic kidney disease stage 3a",
    "obesity",
    "depression",
    "GERD",
    "osteoarthritis of both knees",
    "remote tobacco use, 40 pack-years",
    "sleep apnea on CPAP",
    "peripheral neuropathy",
    "history of DVT 2020",
]
SOCIAL = [
    "Retired river-barge deckhand; lives with his wife in {town}.",
    "Works as a school cafeteria manager; lives in {town}.",
    "Former coal miner; quit smoking 6 years ago.",
    "Lives alone in {town}; daughter drives her to appointments.",
    "Parishioner at St. Brendan; lives with spouse, independent in ADLs.",
    "Drinks 2-3 beers on weekends; no drug use.",
]
TOWNS = ["Marrowfield", "New Castine", "Gallipoint", "Ashby Landing", "Little Sciota", "Wendell Ferry"]
ROS = [
    "Constitutional: fatigue, no fevers.",
    "HEENT: no vision change.",
    "Respiratory: mild dyspnea on exertion.",
    "Cardiovascular: no chest pain.",
    "GI: intermittent constipation.",
    "GU: nocturia x2.",
    "Musculoskeletal: back pain 4/10.",
    "Neuro: no focal weakness.",
    "Psych: anxious about treatment.",
    "Skin: no rashes.",
    "Heme: bruises easily on anticoagulation.",
]
EXAM = [
    "General: well-appearing, in no acute distress.",
    "HEENT: oropharynx clear, mucosa moist.",
    "Neck: supple, no palpable adenopathy.",
    "Lungs: clear bilaterally, decreased at the bases.",
    "Heart: regular rate and rhythm, no murmur.",
    "Abdomen: soft, nontender, no hepatomegaly.",
    "Extremities: trace edema at the ankles.",
    "Neuro: alert and oriented x3, strength 5/5 throughout.",
    "Skin: healed incision, no erythema.",
    "Lymph: no axillary or inguinal adenopathy.",
]


def date(rng: random.Random, year: str = "2026") -> str:
    """A made-up mm/dd/yyyy date."""
    return f"{rng.choice(MONTHS)}/{rng.randint(1, 28):02d}/{year}"


def date_pair(rng: random.Random) -> tuple[str, str]:
    """Two made-up dates, the second later than the first."""
    m = rng.randint(1, 10)
    d = rng.randint(1, 28)
    return f"{m:02d}/{d:02d}/2026", f"{m + rng.randint(1, 2):02d}/{rng.randint(1, 28):02d}/2026"


def header_lines(rng: random.Random, title: str, author: str) -> list[str]:
    """A Meditech-like document header, fields shuffled."""
    campus = rng.choice(CAMPUSES)
    lines = [
        f"Patient: [redacted]    MRN: OV{rng.randint(1000000, 9999999)}    Acct#: V{rng.randint(100000000, 999999999)}",
        f"Location: {campus}",
        f"Date of Service: {date(rng)}",
        f"Author: {author}",
        f"Status: {rng.choice(['Signed', 'Signed (Electronically)', 'Final', 'Signed - Addendum pending'])}",
    ]
    rng.shuffle(lines)
    keep = lines[: rng.randint(3, 5)]
    top = rng.choice(
        [
            "Our Lady of the Ohio Valley Health",
            "OLOV Health - Regional Cancer Institute",
            "Regional Cancer Institute | Radiation Oncology",
            "Meditech Expanse - Oncology Documentation",
        ]
    )
    return [top, title, *keep]


def long_filler(p_site: str, rng: random.Random, dx: str | None = None) -> list[tuple[str, str]]:
    """Long sections (HPI, PMH, meds, social, ROS, exam, labs); 450-900 words together."""
    info = SITES[p_site]
    dx = dx or rng.choice(info["dx"])
    town = rng.choice(TOWNS)
    hpi_pool = [
        f"On {date(rng, '2025')} the patient presented to {rng.choice(['the ED', 'primary care', 'an outside urgent care'])} with "
        f"{rng.choice(['pain', 'weight loss of 12 lbs', 'a palpable mass', 'bleeding', 'cough', 'fatigue'])}, which had been going on for several weeks.",
        f"Workup continued with {rng.choice(['laboratory studies', 'a biopsy', 'an outside consultation', 'a tumor board review'])} "
        f"on {date(rng, '2025')}, and the case was presented at the multidisciplinary conference at {rng.choice(['St. Brendan', 'Holy Cross Riverside'])}.",
        f"The patient reports {rng.choice(['improving appetite', 'poor sleep', 'stable pain on current regimen', 'more fatigue since chemotherapy'])} "
        f"and is accompanied today by {rng.choice(['a daughter', 'her husband', 'his wife', 'a neighbor', 'a son'])}.",
        f"Performance status is ECOG {rng.randint(0, 2)}; weight is {rng.randint(118, 260)} lbs.",
        f"{rng.choice(['Medical oncology', 'Surgery', 'The tumor board'])} recommended radiation as part of the treatment plan after review of the pathology.",
        "Goals of care were reviewed, including the intent of treatment and the expected side effects, and questions were answered at length.",
        f"Chemotherapy with {rng.choice(['weekly carboplatin/paclitaxel', 'capecitabine', 'cisplatin', 'FOLFIRINOX', 'ABVD'])} "
        f"{rng.choice(['is planned concurrently', 'was completed last month', 'is on hold'])}.",
        f"Pain is rated {rng.randint(2, 7)}/10 and is controlled with {rng.choice(['acetaminophen', 'oxycodone PRN', 'ibuprofen', 'tramadol'])}.",
        f"The patient {rng.choice(['still drives', 'no longer drives', 'walks with a cane', 'uses a walker at home'])} and "
        f"{rng.choice(['lives two hours away', 'lives near the campus', 'is staying with family during treatment'])}.",
        f"Appetite is {rng.choice(['fair', 'poor', 'good'])} and weight has {rng.choice(['been stable', 'dropped 6 lbs', 'increased slightly'])} over the past month.",
        f"Prior records from {rng.choice(['Kingsport Valley Hospital', 'Marrowfield Community', 'an outside oncologist'])} were reviewed in full.",
        f"Sleep is {rng.choice(['fragmented', 'adequate', 'poor because of pain'])}; mood is {rng.choice(['good', 'anxious', 'low but hopeful'])}.",
    ]
    hpi = rng.sample(hpi_pool, rng.randint(8, len(hpi_pool)))
    pmh = rng.sample(PMH, rng.randint(5, 9))
    meds = rng.sample(MEDS, rng.randint(7, 13))
    ros = rng.sample(ROS, rng.randint(6, 10))
    exam = rng.sample(EXAM, rng.randint(6, 9))
    labs = (
        f"WBC {rng.randint(3, 11)}.{rng.randint(0, 9)}, Hgb {rng.randint(9, 15)}.{rng.randint(0, 9)}, "
        f"Plt {rng.randint(110, 390)}, Cr {rng.randint(6, 19) / 10}, eGFR {rng.randint(35, 95)}."
    )
    course: list[tuple[str, str]] = []
    for _ in range(rng.randint(8, 11)):
        dt = date(rng, rng.choice(["2024", "2025"]))
        course.append(
            (
                dt[-4:] + dt[:5],
                f"{dt}: "
                + rng.choice(
                    [
                        f"seen by {rng.choice(['Dr. Okafor', 'Dr. Huang', 'Dr. Ferris', 'Dr. Blaylock', 'the nurse navigator'])}; treatment options reviewed and questions answered",
                        f"labs drawn, {rng.choice(['mild anemia', 'creatinine stable', 'LFTs normal', 'glucose elevated at 212'])}",
                        f"tumor board discussion at {rng.choice(['St. Brendan', 'Holy Cross Riverside'])}, consensus for radiation",
                        f"pathology review completed; {rng.choice(['margins negative', 'close margin of 1 mm', 'LVI present', 'grade 2'])}",
                        f"admitted overnight for {rng.choice(['pain control', 'dehydration', 'a fall at home', 'pneumonia'])} and discharged in stable condition",
                        f"social work visit regarding transportation from {rng.choice(TOWNS)} and lodging through the parish outreach program",
                        f"dietitian consult; weight {rng.randint(120, 250)} lbs, supplements recommended",
                        "pastoral care visit at the patient's request",
                    ]
                )
                + ".",
            )
        )
    course.sort()
    counsel = " ".join(
        rng.sample(
            [
                "We discussed the rationale for treatment, the daily schedule and the expected duration of the course.",
                "Acute side effects including fatigue, skin irritation and site-specific toxicity were reviewed in detail.",
                "Late effects were described, including the small risk of a second malignancy.",
                "The patient was given written materials and the nurse navigator's phone number.",
                "All questions were answered and the patient wishes to proceed.",
                "Transportation assistance was arranged through the cancer institute's volunteer drivers.",
                "Advance directive is on file; the patient is full code.",
                "The family asked about diet and exercise during treatment; we encouraged walking daily as tolerated.",
            ],
            rng.randint(5, 8),
        )
    )
    out = [
        ("oncohx", "ONCOLOGIC HISTORY: " + " ".join(t for _, t in course)),
        ("counsel", "COUNSELING: " + counsel),
        ("hpi", "HISTORY OF PRESENT ILLNESS: " + " ".join(hpi) + f" Diagnosis: {dx}."),
        ("pmh", "PAST MEDICAL HISTORY: " + "; ".join(pmh) + "."),
        (
            "psh",
            "PAST SURGICAL HISTORY: "
            + "; ".join(
                rng.sample(
                    [
                        "cholecystectomy",
                        "appendectomy",
                        "knee replacement",
                        "hernia repair",
                        "cataract surgery",
                        "C-section",
                        "biopsy",
                    ],
                    3,
                )
            )
            + ".",
        ),
        ("meds", "MEDICATIONS: " + ", ".join(meds) + "."),
        (
            "allergies",
            "ALLERGIES: "
            + rng.choice(
                [
                    "NKDA.",
                    "Penicillin (rash).",
                    "Sulfa (hives); iodinated contrast - mild itching, premedicated in past.",
                    "Codeine (nausea).",
                ]
            ),
        ),
        ("social", "SOCIAL HISTORY: " + rng.choice(SOCIAL).format(town=town)),
        (
            "family",
            "FAMILY HISTORY: "
            + rng.choice(
                [
                    "Mother with colon cancer at 70.",
                    "Noncontributory.",
                    "Father with MI at 62; brother with prostate cancer.",
                ]
            ),
        ),
        ("ros", "REVIEW OF SYSTEMS: " + " ".join(ros)),
        (
            "exam",
            "PHYSICAL EXAM: "
            + f"BP {rng.randint(104, 162)}/{rng.randint(60, 94)}, HR {rng.randint(58, 104)}, SpO2 {rng.randint(91, 99)}%. "
            + " ".join(exam),
        ),
        ("labs", "LABS: " + labs),
    ]
    extra: list[str] = []
    target = rng.choice([610, 640, 700, 780, 900, 1050])
    while sum(len(t.split()) for _, t in out) + sum(len(t.split()) for t in extra) < target:
        extra.append(
            f"{date(rng, '2026')}: "
            + rng.choice(
                [
                    f"phone call with {rng.choice(['the patient', 'the daughter', 'the spouse'])} about {rng.choice(['scheduling', 'parking at the campus', 'medication refills', 'transportation'])}; questions answered",
                    f"nurse navigator follow-up; {rng.choice(['insurance authorization confirmed', 'lodging arranged', 'dental clearance received', 'port placed by surgery'])}",
                    f"outside records received from {rng.choice(['Kingsport Valley Hospital', 'Marrowfield Community', 'Tri-County Imaging'])} and scanned into the chart",
                    f"seen in survivorship clinic by {rng.choice(['Holly Vance, RN', 'Dominic Aguirre, RN, OCN'])}; distress screen score {rng.randint(1, 8)}",
                    f"prescription for {rng.choice(['ondansetron', 'lidocaine viscous', 'silver sulfadiazine cream', 'prochlorperazine'])} sent to the pharmacy in {rng.choice(TOWNS)}",
                    f"{rng.choice(['PT', 'OT', 'speech therapy'])} evaluation; home exercise program given",
                    f"financial counselor met with the family; {rng.choice(['charity care application started', 'copay assistance approved', 'Medicaid application pending'])}",
                ]
            )
            + "."
        )
    if extra:
        out.insert(2, ("interval", "INTERVAL NOTES: " + " ".join(extra)))
    return out


def setup_line(p_site: str, rng: random.Random) -> str:
    """A positioning line (not evidence)."""
    info = SITES[p_site]
    return rng.choice(
        [
            f"Patient positioned supine; {rng.choice(info['immob'])}. Laser marks placed and tattoos x{rng.randint(3, 5)}.",
            f"Position: supine, {rng.choice(info['immob'])}. Reference marks tattooed.",
            f"Set up {rng.choice(['supine', 'supine, arms up', 'prone'])} with {rng.choice(info['immob'])}; BBs placed on the marks.",
        ]
    )


def consent_line(rng: random.Random) -> str:
    """A consent line (not evidence)."""
    return rng.choice(
        [
            "Consent for simulation and treatment was reviewed and signed.",
            "Informed consent obtained; risks, benefits and alternatives discussed.",
            "Signed consent is on the chart (scanned to Meditech).",
        ]
    )
