"""Filler text (no evidence): history, exam, logistics, long-note sections, and plain-text style transforms."""

from __future__ import annotations

import random
import re

SUBJECTIVE = [
    "Patient reports she slept poorly last night because she was nervous about today.",
    "Patient reports pain is about 4/10, controlled with acetaminophen.",
    "Patient reports no new symptoms since the consult.",
    "He reports mild fatigue but is otherwise doing well.",
    "Patient reports she has been eating well and her weight is stable.",
    "Per discussion, the patient understands the purpose of today's visit.",
    "Patient states he drove himself and has someone to take him home.",
    "Patient reports some anxiety about the mask; we talked through it.",
    "She reports her last chemotherapy was nine days ago and her counts were fine.",
    "Patient reports intermittent numbness in the fingertips from prior chemotherapy.",
    "Patient reports a good appetite and no nausea.",
    "Per the patient, the neuropathy is stable and does not limit her.",
]
OBJECTIVE = [
    "Vitals: BP 134/82, HR 76, T 36.7, SpO2 97% RA.",
    "BP 122/70, HR 88, RR 16, SpO2 98%.",
    "Vitals stable. Weight 71.4 kg (stable).",
    "Alert, oriented, in no distress. Ambulates independently.",
    "ECOG 1. No acute distress. Skin intact over the treatment region.",
    "Well appearing, conversant, mildly anxious.",
    "ECOG 2, uses a cane. Pain with transfers.",
    "Weight 58.9 kg, down 1.2 kg from the consult.",
]
POSITION = [
    "Patient positioned supine, head first, arms on chest.",
    "Supine, arms above head on the wing board.",
    "Positioned supine with knee sponge; straightened using the lateral lasers.",
    "Supine, feet first, arms crossed on the chest.",
    "Supine, head first; leveled with the lasers and the sagittal line.",
]
MARKS = [
    "Three permanent tattoos placed at the reference isocenter.",
    "Reference marks tattooed (anterior and both laterals).",
    "BBs placed on the skin at the laser intersections, then tattooed.",
    "Skin marks placed and covered with clear film.",
    "Tattoos x3.",
    "Marks on the mask; no tattoos.",
]
SCAN = [
    "Scan range from the vertex to the carina, 2 mm slices.",
    "Images acquired at 2.5 mm slice thickness and sent to the planning system.",
    "Scan extended 5 cm above and below the region of interest.",
    "Slice thickness 3 mm; images pushed to dosimetry.",
    "Images exported to RadTrak and the contouring workstation.",
]
CONSENT = [
    "Written consent for simulation was reviewed and signed.",
    "Consent signed at the consult; questions answered again today.",
    "Consent reviewed with the patient and family at the bedside.",
    "Time-out performed: two identifiers, site and side confirmed.",
    "Universal protocol time-out completed before scanning.",
]
TOLERANCE = [
    "Tolerated the procedure well.",
    "Patient tolerated simulation without difficulty.",
    "No complications.",
    "Tolerated well; discharged to home with instructions.",
    "Procedure tolerated; ambulated out of the department.",
]
NEXT = [
    "Dosimetry to begin contouring; target start date in about 8 business days.",
    "Planning to proceed; physics check before the first fraction.",
    "Will review contours with dosimetry on Thursday.",
    "First treatment tentatively scheduled for next week after plan approval.",
    "Start date pending insurance authorization.",
    "Patient to call the nurse line with any questions before start.",
]
PMH = [
    "hypertension",
    "type 2 diabetes",
    "hyperlipidemia",
    "COPD",
    "atrial fibrillation on apixaban",
    "CKD stage 3a",
    "GERD",
    "hypothyroidism",
    "obstructive sleep apnea on CPAP",
    "osteoarthritis of both knees",
    "depression",
    "prior DVT",
    "coronary artery disease s/p stent 2019",
    "migraine",
]
MEDS = [
    "lisinopril 10 mg daily",
    "metformin 500 mg BID",
    "atorvastatin 40 mg nightly",
    "apixaban 5 mg BID",
    "levothyroxine 75 mcg",
    "omeprazole 20 mg",
    "sertraline 50 mg",
    "tamsulosin 0.4 mg",
    "oxycodone 5 mg q6h prn",
    "ondansetron 4 mg prn",
    "gabapentin 300 mg TID",
    "dexamethasone 4 mg BID",
    "albuterol inhaler prn",
]
SOCIAL = [
    "Lives with her husband in a single-story home; retired school bus driver.",
    "Former smoker, 30 pack-years, quit 2015. Drinks socially.",
    "Never smoker. Works as an electrician; plans to keep working through treatment.",
    "Lives alone; daughter nearby helps with rides. Drives 70 miles each way to the centre.",
    "Smokes a half pack per day; counselled on cessation and given the quit line number.",
    "Married, two adult children, enjoys fishing. No alcohol.",
    "Lives with his partner on a farm. Occasional beer.",
]
FAMILY = [
    "Mother with breast cancer at 62; father with colon cancer at 70.",
    "No family history of malignancy.",
    "Brother with prostate cancer treated with surgery.",
    "Maternal aunt with ovarian cancer.",
    "Father died of lung cancer at 68 (smoker).",
]
ROS = [
    "Constitutional: mild fatigue, no fevers or night sweats.",
    "HEENT: no vision changes, no hearing loss.",
    "Cardiac: no chest pain or palpitations.",
    "Respiratory: mild exertional dyspnea, stable cough.",
    "GI: occasional constipation, no bleeding.",
    "GU: nocturia x2, no hematuria.",
    "MSK: chronic low back pain, unchanged.",
    "Neuro: no focal weakness, no headaches.",
    "Psych: anxious about treatment, sleeping 5-6 hours.",
    "Skin: no rashes.",
    "Heme: bruises easily on anticoagulation.",
]
EXAM = [
    "General: well developed, in no acute distress.",
    "HEENT: oropharynx clear, dentition fair.",
    "Neck: supple, no palpable adenopathy.",
    "Lungs: clear bilaterally, no wheezes.",
    "Heart: regular rate and rhythm, no murmurs.",
    "Abdomen: soft, nontender, no hepatomegaly.",
    "Extremities: trace ankle edema.",
    "Neuro: alert and oriented x3, strength 5/5 throughout.",
    "Skin: well-healed surgical scar, no erythema.",
    "Lymph: no supraclavicular or axillary adenopathy.",
]
LABS = [
    "CBC {d}: WBC 5.8, Hgb 11.9, Plt 212.",
    "BMP {d}: Cr 1.02, eGFR 68, K 4.1.",
    "CMP {d}: albumin 3.6, AST/ALT normal.",
    "Creatinine {d}: 0.88.",
    "PSA {d}: 7.4.",
    "CEA {d}: 3.1.",
    "TSH {d}: 2.2.",
]
COUNSEL = [
    "We reviewed the goals of treatment, the expected schedule, and the acute and late side effects in detail.",
    (
        "Acute effects discussed include fatigue, skin irritation, and site-specific symptoms; late effects were "
        "reviewed as well."
    ),
    "All questions were answered, and the patient was given written material and the nurse line number.",
    "The patient's daughter joined by phone and her questions were answered.",
    "We discussed transportation support and the lodging program for patients who live far away.",
    "Financial counselling referral placed at the patient's request.",
    "Smoking cessation was encouraged again because it affects both control and side effects.",
    "We talked about nutrition, hydration and keeping active during treatment.",
]
INTERVAL = [
    "Since the consult the patient met with medical oncology, and the concurrent chemotherapy plan was confirmed.",
    "Dental clearance was obtained last week.",
    "The tumor board reviewed the case on {d} and recommended definitive radiation.",
    "Insurance authorization for the course was approved on {d}.",
    "The patient had a fall at home on {d} without injury; physical therapy is following.",
    "Nutrition saw the patient and recommended supplements twice daily.",
    "Port placed by interventional radiology on {d}.",
    "Social work helped arrange rides through the county program.",
]
TELEHEALTH_LINES = [
    "Visit conducted by two-way audio/video; patient at home in {state}, provider at the {centre} office.",
    "Patient consented to a telehealth visit. Connection was stable for most of the visit; audio dropped once.",
    "Video visit; the patient's son helped with the tablet.",
    "Telehealth (audio-only after video failed). Identity confirmed with two identifiers.",
]


def date(rng: random.Random, year: int | None = None) -> str:
    """A random date string (month/day/year)."""
    y = year if year is not None else rng.choice([2025, 2026, 2026])
    return (
        f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{y % 100:02d}"
        if rng.random() < 0.4
        else f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{y}"
    )


def pick(rng: random.Random, pool: list[str], k: int) -> list[str]:
    """Sample k distinct items from a pool."""
    k = min(k, len(pool))
    return rng.sample(pool, k)


# ---- plain-text transforms (never touch tokens; never touch negation/timing words) ----
ABBREV = [
    (r"\bpatient\b", "pt"),
    (r"\bPatient\b", "Pt"),
    (r"\bwith\b", "w/"),
    (r"\bhistory\b", "hx"),
    (r"\btreatment\b", "tx"),
    (r"\bsimulation\b", "sim"),
    (r"\bSimulation\b", "Sim"),
    (r"\band\b", "&"),
    (r"\bdiagnosis\b", "dx"),
    (r"\bapproximately\b", "approx"),
    (r"\bphysician\b", "MD"),
]
TYPOS = {
    "the": "teh",
    "patient": "pateint",
    "discussed": "dicussed",
    "received": "recieved",
    "position": "postion",
    "tolerated": "tolerted",
    "procedure": "proceedure",
    "reviewed": "reveiwed",
    "anxious": "anxous",
    "questions": "quesitons",
    "family": "famly",
    "appointment": "appointmnet",
    "comfortable": "comfortible",
    "daughter": "daugther",
    "scheduled": "schedualed",
    "placed": "palced",
    "supine": "supien",
}


def abbreviate(text: str) -> str:
    """Terse EHR abbreviations for plain text (never negation or timing words)."""
    for pattern, repl in ABBREV:
        text = re.sub(pattern, repl, text)
    return text


def typo_transform(rng: random.Random):
    """A seeded typo and odd-spacing transform for plain text."""

    def apply(text: str) -> str:
        def word(m: re.Match) -> str:
            w = m.group(0)
            if w in TYPOS and rng.random() < 0.35:
                return TYPOS[w]
            return w

        text = re.sub(r"[A-Za-z]+", word, text)
        text = re.sub(r"\. (?=[A-Z])", lambda m: ".  " if rng.random() < 0.3 else ". ", text)
        text = re.sub(r", ", lambda m: " , " if rng.random() < 0.06 else ", ", text)
        return text

    return apply


PSH = [
    "appendectomy (1988)",
    "cholecystectomy",
    "right knee arthroscopy",
    "C-section x2",
    "hernia repair",
    "TURP (2019)",
    "port placement",
    "tonsillectomy as a child",
    "lumpectomy with sentinel node biopsy",
    "CABG (2017)",
]
FUNCTION = [
    "Independent in all ADLs; drives; walks a mile most days.",
    "Needs help with shopping and heavy housework; independent with personal care.",
    "Uses a walker outside the home since a fall last year.",
    "ECOG 1: restricted in strenuous activity, ambulatory, able to do light work.",
    "ECOG 2: up and about more than half the day; unable to work.",
]
SCREENS = [
    "Distress thermometer 5/10; main concerns are finances and transportation.",
    "Malnutrition screen: positive (weight loss 6% in 3 months); dietitian referral placed.",
    "PHQ-2 negative.",
    "Fall risk: moderate; precautions reviewed.",
    "Advance directive on file; health-care proxy is the patient's daughter.",
    "Tobacco use screen: former; no current use.",
]
HPI_EXTRA = [
    "Her pain is worst at night and improves partially with scheduled acetaminophen.",
    "He denies weight loss, fevers, or night sweats.",
    "There have been no hospitalizations since diagnosis.",
    "She has had two emergency visits for pain control in the past month.",
    "The family is very involved, and the patient's son attends most visits.",
    "He would like to finish treatment before his granddaughter's wedding in the spring.",
    "She works part-time at a library and hopes to keep doing so.",
    "Appetite is reduced and he has been using supplement shakes once a day.",
    "Sleep is poor; she takes melatonin without much benefit.",
    "He is most worried about missing work and about the drive.",
]
EVENTS = [
    "Seen by medical oncology; concurrent chemotherapy plan confirmed.",
    "Emergency department visit for dehydration; IV fluids given and discharged.",
    "Dental extractions completed; cleared for radiation.",
    "Baseline audiogram obtained.",
    "Cardiology clearance for anesthesia obtained.",
    "Physical therapy evaluation: independent with a walker.",
    "Palliative care consult for pain; long-acting opioid started.",
    "Genetics referral; germline panel negative.",
    "Hospitalized three days for pneumonia; completed antibiotics.",
    "Multidisciplinary clinic: consensus for radiation first.",
    "Completed four cycles of chemotherapy with one dose reduction.",
    "Outside records received and scanned to the chart.",
    "Weight down 2 kg; dietitian follow-up arranged.",
    "Fertility counselling completed.",
    "Restaging CT chest/abdomen/pelvis with IV contrast at an outside facility: stable disease.",
    "Port flushed; working well.",
    "Started a dexamethasone taper.",
    "Insurance authorization for the course approved.",
    "Social work arranged rides through the county program.",
    "Seen in survivorship clinic for fatigue; labs normal.",
    "Started low-dose aspirin per cardiology.",
    "Telehealth check-in with the nurse navigator; no new concerns.",
    "Completed pre-habilitation exercise program.",
    "Urgent care visit for a urinary tract infection; treated with nitrofurantoin.",
    "Pharmacy reconciled medications; duplicate antihypertensive stopped.",
    "Blood transfusion 1 unit for Hgb 7.6.",
    "Pain regimen adjusted by palliative care; improved to 3/10.",
    "Hearing aids replaced; hearing stable.",
    "Influenza and COVID boosters given.",
    "Seen by ophthalmology for baseline exam.",
    "Financial navigator completed copay assistance application.",
    "Support group intake done; attends weekly.",
    "Echocardiogram: EF 55%.",
    "Pulmonary function tests: FEV1 62% predicted, DLCO 58%.",
    "Daughter moved in temporarily to help with transportation.",
    "Seen by wound care for a slow-healing incision; healed since.",
    "Thyroid function checked: normal.",
    "Cancelled one visit because of snow; rescheduled.",
    "Completed advance care planning conversation with the primary care physician.",
    "Outside MRI with gadolinium reviewed at our tumor board.",
]

DISCUSS = [
    (
        "We spent a good part of the visit on what the daily routine will look like: each appointment takes about "
        "twenty minutes, most of it spent on positioning, and the beam itself is on for only a few minutes."
    ),
    (
        "I explained that the planning process usually takes one to two weeks, because the team has to outline the "
        "target and the normal tissues slice by slice and then a physicist checks the plan before the first "
        "treatment."
    ),
    (
        "Skin care was reviewed in detail, including using a fragrance-free moisturizer twice a day, avoiding hot "
        "water and heating pads, and wearing loose cotton clothing over the area."
    ),
    (
        "Fatigue tends to build over the course and peaks in the last week or two; I encouraged short walks most "
        "days, which help more than rest alone."
    ),
    (
        "We talked about what would make us pause treatment, such as a fever, uncontrolled pain or a large drop in "
        "blood counts, and how to reach the on-call physician after hours."
    ),
    (
        "The patient asked whether radiation would make her radioactive; I explained that external beam treatment "
        "does not, and that she can hug her grandchildren normally."
    ),
    "We reviewed how the daily image guidance works and that small adjustments are normal and expected.",
    (
        "Late effects were discussed frankly, including the small risk of a second cancer many years from now, and "
        "weighed against the benefit of treatment."
    ),
    (
        "He asked about working during treatment; many patients do, and we can schedule early morning appointments "
        "to make that easier."
    ),
    (
        "Transportation is the biggest barrier; the nurse navigator will enroll the patient in the ride program "
        "and the gas card program."
    ),
    (
        "We discussed that treatment breaks should be avoided if at all possible, because stretching out the "
        "course can reduce its effectiveness."
    ),
    (
        "I reviewed the weekly on-treatment visits, where we check side effects, weight and blood counts and "
        "adjust supportive medicines."
    ),
    (
        "The patient's questions about diet were answered; there is no special diet, but protein and fluids "
        "matter, and the dietitian will follow along."
    ),
    "We discussed the option of observation versus treatment, and the patient clearly prefers to proceed.",
    (
        "Consent was discussed in plain language and the written consent reviewed line by line; the patient signed "
        "without hesitation."
    ),
    "I spent time with the patient's spouse, who had many questions about the previous imaging and what it showed.",
    "We reviewed the medication list together and there are no interactions of concern with the planned treatment.",
    (
        "The patient reports reading a lot online; I pointed her toward reliable sources and offered to go over "
        "anything that worries her."
    ),
    "Sexual health and fertility questions were raised and addressed, and a referral offered.",
    "I confirmed the patient's goals: to control the disease while keeping up with the garden and the church choir.",
]
