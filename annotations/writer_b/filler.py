"""History, exam, medication and lab text for long notes and non-simulation notes (invented).

Nothing here is evidence: these lines never describe the simulation. Old imaging is written elsewhere
(and tagged as a trap) so that a filler block never mentions a scan.
"""

from __future__ import annotations

import random

PMH = [
    "hypertension",
    "type 2 diabetes (A1c 7.4)",
    "COPD on tiotropium",
    "atrial fibrillation on apixaban",
    "CKD stage 3a",
    "hypothyroidism",
    "obstructive sleep apnea on CPAP",
    "GERD",
    "osteoarthritis of both knees",
    "depression, stable on sertraline",
    "prior DVT 2019",
    "coronary artery disease s/p stent",
    "hyperlipidemia",
    "peripheral neuropathy from chemotherapy",
    "migraine",
    "BPH",
    "gout",
    "asthma, mild intermittent",
    "rheumatoid arthritis on methotrexate",
    "anemia of chronic disease",
]
PSH = [
    "appendectomy as a teenager",
    "cholecystectomy",
    "right total knee replacement",
    "C-section x2",
    "port placement",
    "inguinal hernia repair",
    "cataract surgery both eyes",
    "tonsillectomy",
    "lumbar laminectomy",
]
MEDS = [
    ("metoprolol succinate", "25 mg daily"),
    ("lisinopril", "10 mg daily"),
    ("metformin", "1000 mg BID"),
    ("atorvastatin", "40 mg nightly"),
    ("apixaban", "5 mg BID"),
    ("levothyroxine", "88 mcg daily"),
    ("omeprazole", "20 mg daily"),
    ("ondansetron", "8 mg q8h PRN"),
    ("oxycodone", "5 mg q4h PRN"),
    ("gabapentin", "300 mg TID"),
    ("dexamethasone", "4 mg BID"),
    ("tamsulosin", "0.4 mg nightly"),
    ("sertraline", "50 mg daily"),
    ("senna", "2 tabs nightly"),
    ("lorazepam", "0.5 mg PRN anxiety"),
    ("prochlorperazine", "10 mg PRN"),
    ("amlodipine", "5 mg daily"),
    ("insulin glargine", "18 units nightly"),
    ("furosemide", "20 mg daily"),
    ("acetaminophen", "650 mg q6h PRN"),
]
ALLERGIES = ["NKDA", "penicillin (rash)", "sulfa (hives)", "codeine (nausea)", "latex", "no known drug allergies"]
SOCIAL = [
    "Lives with spouse; retired electrician",
    "Former smoker, quit {yr}",
    "Drinks 2-3 beers on weekends",
    "Works as a school bus driver, on leave",
    "Lives alone, daughter nearby helps with rides",
    "Never smoker, no alcohol",
    "Has a dog and walks daily",
    "Uses the hospital shuttle for transportation",
]
FAMILY = [
    "Mother with colon cancer at 70",
    "Father died of MI at 64",
    "Sister with breast cancer in her 40s",
    "No family history of malignancy",
    "Brother with prostate cancer",
]
ROS = {
    "Constitutional": ["fatigue 2/5", "no fevers or chills", "weight down 3 kg", "night sweats resolved"],
    "Eyes": ["no visual change", "reading glasses only"],
    "ENT": ["no dysphagia", "mild dry mouth", "no epistaxis"],
    "Cardiac": ["no chest pain", "no palpitations", "mild ankle edema"],
    "Respiratory": ["chronic cough", "no hemoptysis", "dyspnea on 2 flights"],
    "GI": ["no nausea", "constipation on opioids", "no melena"],
    "GU": ["nocturia x2", "no hematuria", "no dysuria"],
    "MSK": ["low back ache", "no new bone pain", "right hip pain with weight bearing"],
    "Skin": ["no rash", "healing incision", "no ulceration"],
    "Neuro": ["no headaches", "no weakness", "tingling in the toes"],
    "Psych": ["anxious about treatment", "sleeping poorly", "mood okay"],
    "Heme": ["bruises easily on anticoagulation", "no bleeding"],
}
EXAM = {
    "General": ["well-appearing, in no distress", "thin, tired-appearing", "pleasant, ambulating independently"],
    "HEENT": ["oropharynx clear", "mucosa moist, no thrush", "pupils equal and reactive"],
    "Neck": ["supple, no adenopathy", "healed incision, no masses"],
    "Lungs": [
        "clear to auscultation bilaterally",
        "scattered expiratory wheeze",
        "decreased breath sounds at the base",
    ],
    "Heart": ["regular rate and rhythm", "irregularly irregular, rate controlled", "no murmur"],
    "Abdomen": ["soft, non-tender", "well-healed laparoscopic scars", "no hepatomegaly"],
    "Extremities": ["no edema", "trace edema bilaterally", "full range of motion"],
    "Neuro": ["CN II-XII intact", "strength 5/5 throughout", "gait steady"],
    "Skin": ["no rash", "healing biopsy site", "no erythema"],
}
LABS = [
    ("WBC", 3.1, 11.0, "K/uL"),
    ("Hgb", 9.2, 14.8, "g/dL"),
    ("Plt", 110, 390, "K/uL"),
    ("Cr", 0.6, 1.6, "mg/dL"),
    ("eGFR", 38, 98, "mL/min"),
    ("Na", 132, 143, "mmol/L"),
    ("K", 3.4, 5.1, "mmol/L"),
    ("ALT", 12, 61, "U/L"),
    ("Alb", 2.9, 4.5, "g/dL"),
]
DISCUSSION = [
    "We discussed the rationale, logistics, acute and late side effects, and alternatives, including observation",
    "Acute toxicities reviewed: fatigue, skin reaction, and site-specific effects",
    "Late effects reviewed including fibrosis, second malignancy and organ-specific risks",
    "Questions were answered to the patient's satisfaction and written material was given",
    "Consent was signed and witnessed",
    "The patient's daughter participated by phone",
    "Interpreter (Spanish) used for the whole visit",
    "We spent more than half of the 60-minute visit counselling",
    "The tumour board consensus supported this approach",
    "Smoking cessation resources offered again",
]


def pmh(rng: random.Random) -> list[str]:
    """Past medical and surgical history lines."""
    return [
        "PMH: " + ", ".join(rng.sample(PMH, rng.randrange(3, 8))),
        "PSH: " + ", ".join(rng.sample(PSH, rng.randrange(1, 4))),
    ]


def meds(rng: random.Random) -> list[str]:
    """A medication list."""
    return [f"{name} {dose}" for name, dose in rng.sample(MEDS, rng.randrange(4, 11))]


def social(rng: random.Random, fill: dict[str, object]) -> list[str]:
    """Social and family history."""
    lines = [s.format(**fill) for s in rng.sample(SOCIAL, 2)]
    lines.append("Family: " + "; ".join(rng.sample(FAMILY, 2)))
    lines.append("Allergies: " + rng.choice(ALLERGIES))
    return lines


def ros(rng: random.Random) -> list[str]:
    """A review of systems."""
    systems = rng.sample(sorted(ROS), rng.randrange(6, len(ROS) + 1))
    return [f"{name}: {', '.join(rng.sample(ROS[name], min(2, len(ROS[name]))))}" for name in systems]


def exam(rng: random.Random) -> list[str]:
    """A physical exam."""
    vit = (
        f"BP {rng.randrange(104, 162)}/{rng.randrange(58, 94)}, HR {rng.randrange(56, 104)}, "
        f"T {rng.choice(['36.4', '36.7', '37.0', '36.9'])}, SpO2 {rng.randrange(91, 100)}% RA, "
        f"Wt {rng.randrange(44, 118)} kg"
    )
    systems = rng.sample(sorted(EXAM), rng.randrange(5, len(EXAM) + 1))
    return [f"Vitals: {vit}", *(f"{name}: {rng.choice(EXAM[name])}" for name in systems)]


def labs(rng: random.Random) -> list[str]:
    """Recent labs, one line."""
    chosen = rng.sample(LABS, rng.randrange(4, len(LABS) + 1))
    parts = []
    for name, lo, hi, unit in chosen:
        value = rng.uniform(lo, hi)
        shown = f"{value:.1f}" if hi < 20 else f"{int(value)}"
        parts.append(f"{name} {shown} {unit}")
    return ["Labs: " + ", ".join(parts)]


def discussion(rng: random.Random) -> list[str]:
    """Counselling and consent text."""
    return rng.sample(DISCUSSION, rng.randrange(3, 7))


def narrative(rng: random.Random, hpi: list[str], fill: dict[str, object]) -> list[str]:
    """A rambling history of present illness made from the site's history lines."""
    opening = rng.choice(
        [
            "The patient is a {age2}-year-old seen in the department today",
            "This is a {age2}-year-old referred by the medical oncology team",
            "{age2} yo presenting for radiation oncology follow-through",
            "Patient is a pleasant {age2}-year-old known to our service",
        ]
    ).format(**fill)
    lines = [opening, *(h.format(**fill) for h in rng.sample(hpi, min(len(hpi), rng.randrange(2, 5))))]
    lines.append(
        rng.choice(
            [
                "Symptoms have been stable over the past two weeks",
                "Appetite is fair and energy is down somewhat",
                "No interval hospitalisations",
                "Pain is controlled on the current regimen",
                "Caregiver support at home is adequate",
            ]
        )
    )
    return lines


_WHO = [
    "medical oncology",
    "the nurse navigator",
    "palliative care",
    "the dietitian",
    "social work",
    "the surgeon",
    "the primary care physician",
    "cardiology",
    "physical therapy",
    "the pharmacist",
    "the infusion nurse",
    "an urgent-care clinician",
]
_EVENTS = [
    "cycle {c} was given on schedule with pegfilgrastim support",
    "the chemotherapy dose was reduced by {p}% for grade 2 neuropathy",
    "weight was {w} kg with an estimated intake of {kcal} kcal per day",
    "pain was rated {pain}/10 and the long-acting opioid was adjusted",
    "transportation assistance was arranged for the daily visits",
    "mood was low and a psycho-oncology referral was placed",
    "blood pressure was {bp1}/{bp2}, antihypertensives unchanged",
    "a urinary tract infection was treated with nitrofurantoin",
    "the port was flushed and drew back without difficulty",
    "she reported mouth sores that improved with magic mouthwash",
    "he described constipation that responded to scheduled senna",
    "a fall at home without injury was reported",
    "the family asked about clinical-trial options",
    "disability paperwork was completed",
    "a prior-authorisation request was sent to the insurer",
    "potassium was {k} and was repleted orally",
    "hemoglobin was {hb}, no transfusion needed",
    "the patient missed one appointment because of snow",
    "home health started twice weekly",
    "advance directive discussed; health-care proxy named",
    "steroid taper continued without rebound symptoms",
    "an influenza vaccine was given",
    "a dental evaluation was completed",
    "hearing was checked at baseline",
]
_TAILS = [
    "no fevers or infections",
    "ANC {anc}, platelets {plt}",
    "the caregiver reports better sleep",
    "fatigue limits household tasks",
    "skin intact without breakdown",
    "creatinine {cr}",
    "questions about the schedule answered",
    "ambulating without assistance",
    "appetite improving slowly",
    "no new neurologic symptoms",
    "follow-up arranged in two weeks",
    "no emergency visits since",
]


def interval_entry(rng: random.Random, day: int) -> str:
    """One dated interval-history line (never imaging)."""
    vals = {
        "c": rng.randrange(1, 9),
        "p": rng.choice([10, 15, 20, 25]),
        "w": rng.randrange(45, 112),
        "kcal": rng.randrange(900, 2400),
        "pain": rng.randrange(0, 9),
        "bp1": rng.randrange(100, 172),
        "bp2": rng.randrange(58, 101),
        "k": f"{rng.uniform(3.0, 3.5):.1f}",
        "hb": f"{rng.uniform(8.5, 13.5):.1f}",
        "anc": f"{rng.uniform(0.8, 6.5):.1f}",
        "plt": rng.randrange(60, 380),
        "cr": f"{rng.uniform(0.6, 1.9):.2f}",
    }
    parts = rng.sample(_EVENTS, rng.randrange(1, 3))
    text = f"Day {day}: seen by {rng.choice(_WHO)}; " + "; ".join(p.format(**vals) for p in parts)
    return text + "; " + rng.choice(_TAILS).format(**vals) + "."
