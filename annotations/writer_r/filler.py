"""Non-evidence text for writer R: history, ROS, exam, labs, medications and long-note blocks.

Nothing here names a complexity feature or an imaging modality; those are written by ``notes.py`` only.
"""

# ruff: noqa: E501  (phrase pools: long literal sentences are kept whole)

from __future__ import annotations

import random

MEDS = [
    ("lisinopril", ["10 mg daily", "20 mg PO daily", "5 mg qd"]),
    ("metformin", ["500 mg BID", "1000 mg twice daily"]),
    ("atorvastatin", ["40 mg nightly", "20 mg qhs"]),
    ("apixaban", ["5 mg BID", "2.5 mg twice daily"]),
    ("levothyroxine", ["75 mcg daily", "100 mcg qAM"]),
    ("ondansetron", ["8 mg q8h PRN nausea", "4 mg ODT PRN"]),
    ("oxycodone", ["5 mg q4h PRN pain", "10 mg q6h PRN"]),
    ("dexamethasone", ["4 mg BID", "2 mg daily, tapering"]),
    ("tamsulosin", ["0.4 mg nightly"]),
    ("omeprazole", ["20 mg daily", "40 mg before breakfast"]),
    ("gabapentin", ["300 mg TID", "100 mg qhs"]),
    ("sertraline", ["50 mg daily"]),
    ("amlodipine", ["5 mg daily", "10 mg qd"]),
    ("letrozole", ["2.5 mg daily"]),
    ("leuprolide", ["22.5 mg IM q3 months"]),
    ("senna", ["8.6 mg 2 tabs qhs"]),
    ("polyethylene glycol", ["17 g daily PRN"]),
    ("insulin glargine", ["22 units qhs", "18 units nightly"]),
    ("albuterol HFA", ["2 puffs q4h PRN"]),
    ("tiotropium", ["18 mcg inhaled daily"]),
    ("lorazepam", ["0.5 mg PRN anxiety (sim days)", "1 mg 30 min before procedures"]),
    ("prochlorperazine", ["10 mg q6h PRN"]),
    ("magic mouthwash", ["10 mL swish/spit QID"]),
    ("furosemide", ["20 mg daily"]),
    ("carvedilol", ["6.25 mg BID"]),
]

PMH = [
    "hypertension",
    "type 2 diabetes mellitus (A1c {a1c})",
    "COPD, GOLD {gold}",
    "CKD stage 3a",
    "atrial fibrillation on anticoagulation",
    "obstructive sleep apnea on CPAP",
    "hypothyroidism",
    "GERD",
    "depression",
    "osteoarthritis of both knees",
    "prior DVT ({yr})",
    "hyperlipidemia",
    "BPH",
    "migraine",
    "peripheral neuropathy from prior chemotherapy",
    "CAD s/p PCI ({yr})",
    "anemia of chronic disease",
    "gout",
]
PSH = [
    "appendectomy ({yr})",
    "cholecystectomy ({yr})",
    "port placement ({yr})",
    "right knee arthroscopy",
    "C-section x2",
    "hernia repair ({yr})",
    "tonsillectomy as a child",
    "cataract surgery, both eyes",
    "PEG tube placement ({yr})",
]
SOCIAL = [
    "Lives with {rel} in {town}; retired {job}. Former smoker, {py} pack-years, quit {yr}. Rare alcohol.",
    "Works as a {job}. Never smoker. Drinks 1-2 beers on weekends. Drives self to appointments.",
    "Lives alone in an apartment in {town}; daughter nearby helps with rides. Current smoker, {ppd} ppd, counseled.",
    "Married, {kids} adult children. Former {job}. No tobacco. No illicit drugs.",
    "Lives with {rel}; transportation arranged via the CRUMC ride program. Quit smoking {yr}.",
]
JOBS = [
    "teacher",
    "machinist",
    "nurse",
    "truck driver",
    "accountant",
    "farmer",
    "electrician",
    "librarian",
    "chef",
    "postal carrier",
    "pastor",
    "welder",
]
TOWNS = [
    "Harlow Falls",
    "Kessington",
    "Marrow Creek",
    "North Abbeton",
    "Sable Point",
    "Dunmore Glen",
    "Ivory Hollow",
    "Pell City",
]
RELS = ["spouse", "husband", "wife", "partner", "adult son", "sister"]
FAMILY = [
    "Mother with colon cancer at {age2}. Father died of MI at {age3}.",
    "No family history of malignancy.",
    "Sister with breast cancer at {age2}; BRCA testing in the family negative.",
    "Father with prostate cancer in his {dec}s. Maternal aunt with ovarian cancer.",
    "Brother with lung cancer (smoker). Otherwise noncontributory.",
]
ROS_SYS = [
    (
        "Constitutional",
        [
            "fatigue {grade}",
            "no fevers or chills",
            "weight down {kg} kg over {wk} weeks",
            "appetite fair",
            "night sweats denied",
        ],
    ),
    ("Eyes", ["no vision changes", "wears reading glasses", "denies diplopia"]),
    ("ENT", ["no sore throat", "mild dry mouth", "dysphagia to solids {grade}", "no hoarseness"]),
    ("Cardiovascular", ["no chest pain", "no palpitations", "mild ankle edema", "denies orthopnea"]),
    (
        "Respiratory",
        ["chronic cough, unchanged", "dyspnea on exertion after {fl} flights", "no hemoptysis", "no wheeze"],
    ),
    ("GI", ["no nausea", "occasional constipation", "loose stools x{n}/day", "no melena", "reflux controlled"]),
    ("GU", ["nocturia x{n}", "no hematuria", "mild urgency", "no dysuria"]),
    ("MSK", ["pain {pain}/10 at the known site", "low back stiffness", "no new bone pain"]),
    ("Skin", ["no rash", "mild erythema at prior incision", "dry skin"]),
    ("Neuro", ["no headaches", "no focal weakness", "mild numbness of fingertips", "no seizures"]),
    ("Psych", ["anxious about treatment", "mood okay", "sleeping poorly"]),
    ("Heme", ["bruises easily on anticoagulation", "no bleeding"]),
]
EXAM = [
    (
        "General",
        [
            "well-appearing, in no distress",
            "thin, chronically ill-appearing",
            "pleasant, conversant",
            "sitting comfortably in wheelchair",
        ],
    ),
    ("HEENT", ["moist mucous membranes", "oropharynx clear", "no thrush", "PERRL"]),
    ("Neck", ["supple, no palpable adenopathy", "well-healed neck dissection scar", "full range of motion"]),
    ("Lungs", ["clear bilaterally", "scattered expiratory wheezes", "decreased breath sounds at the base"]),
    ("CV", ["regular rate and rhythm", "irregularly irregular", "no murmur"]),
    ("Abdomen", ["soft, nontender", "well-healed midline incision", "mild epigastric tenderness"]),
    ("Extremities", ["no edema", "trace pedal edema", "warm, well perfused"]),
    ("Skin", ["intact", "healed incision without erythema", "no lesions of concern elsewhere"]),
    (
        "Neuro",
        ["alert and oriented x3", "CN II-XII grossly intact", "strength 5/5 throughout", "gait steady with cane"],
    ),
]
LABS = [
    ("WBC", 3.1, 11.2, 1),
    ("Hgb", 8.9, 14.8, 1),
    ("Plt", 95, 410, 0),
    ("Cr", 0.6, 1.9, 2),
    ("eGFR", 32, 98, 0),
    ("Na", 131, 144, 0),
    ("K", 3.3, 5.1, 1),
    ("ALT", 11, 64, 0),
    ("Alb", 2.8, 4.5, 1),
    ("Glucose", 78, 244, 0),
]
COUNSEL = [
    "We reviewed acute effects ({effects}) and late effects in detail; questions answered; written consent signed and scanned.",
    "Risks, benefits and alternatives were discussed, including the option of observation. The patient wishes to proceed.",
    "Consent for radiation reviewed with the patient and {rel}; teach-back used; handouts from the Pemberly education room given.",
    "Discussed expected fatigue and skin changes. Patient verbalized understanding; consent on file from {date}.",
]
EFFECTS = {
    "breast": "dermatitis, fatigue, breast edema",
    "prostate": "urinary frequency, loose stools, fatigue",
    "head_neck": "mucositis, dysgeusia, xerostomia, weight loss",
    "lung": "esophagitis, cough, pneumonitis",
    "whole_brain": "alopecia, fatigue, cognitive change",
    "brain_srs": "headache, radionecrosis",
    "bone_mets": "pain flare, fatigue",
    "gyn": "diarrhea, cystitis, vaginal stenosis",
    "rectum": "proctitis, diarrhea, perineal dermatitis",
    "esophagus": "odynophagia, fatigue, nausea",
    "pancreas": "nausea, fatigue, GI bleeding",
    "lymphoma": "fatigue, esophagitis",
    "skin": "moist desquamation, crusting, alopecia in field",
    "pediatric": "fatigue, nausea, growth effects",
    "palliative": "fatigue, transient pain flare",
    "sarcoma": "wound complications, dermatitis, fibrosis",
}
LOGISTICS = [
    "Tattoos x{n} placed and photographed; setup photos filed in the treatment record.",
    "Reference marks placed on the skin and covered with Tegaderm.",
    "Patient tolerated the procedure well and left the department ambulatory.",
    "Start of treatment targeted for {date}; dosimetry aware.",
    "Transportation for daily treatment confirmed with social work.",
    "Chaperone present throughout.",
    "Patient counseled on bladder/bowel prep instructions for treatment days.",
    "Radiopaque BB placed at the {bb}.",
    "Positioning indexed at H{idx} on the couch.",
    "Total room time {mins} minutes.",
]
BB_SPOTS = [
    "scar",
    "inferior extent of the palpable mass",
    "medial and lateral borders",
    "lateral canthus",
    "umbilicus",
    "anal verge",
]


def fill(template: str, rng: random.Random, date: str = "") -> str:
    """Fill the small slot vocabulary used by filler templates."""
    values = {
        "a1c": f"{rng.randint(60, 94) / 10:.1f}",
        "gold": str(rng.randint(1, 3)),
        "yr": str(rng.randint(1995, 2021)),
        "job": rng.choice(JOBS),
        "town": rng.choice(TOWNS),
        "rel": rng.choice(RELS),
        "py": str(rng.randint(5, 60)),
        "ppd": rng.choice(["0.5", "1", "1.5"]),
        "kids": str(rng.randint(1, 5)),
        "age2": str(rng.randint(41, 79)),
        "age3": str(rng.randint(55, 88)),
        "dec": rng.choice(["60", "70", "80"]),
        "grade": rng.choice(["(grade 1)", "(G1)", "(grade 2)", "mild", "moderate"]),
        "kg": str(rng.randint(1, 9)),
        "wk": str(rng.randint(2, 10)),
        "fl": str(rng.randint(1, 3)),
        "n": str(rng.randint(1, 5)),
        "pain": str(rng.randint(0, 9)),
        "date": date or f"{rng.randint(1, 12)}/{rng.randint(1, 28)}",
        "bb": rng.choice(BB_SPOTS),
        "idx": str(rng.randint(1, 9)),
        "mins": str(rng.randint(18, 95)),
    }
    return template.format(**values)


def med_list(rng: random.Random, k: int) -> list[str]:
    """Return k medication lines."""
    chosen = rng.sample(MEDS, k)
    return [f"{name} {rng.choice(doses)}" for name, doses in chosen]


def pmh_list(rng: random.Random, k: int) -> list[str]:
    """Return k past medical history items."""
    return [fill(item, rng) for item in rng.sample(PMH, k)]


def psh_list(rng: random.Random, k: int) -> list[str]:
    """Return k past surgical history items."""
    return [fill(item, rng) for item in rng.sample(PSH, k)]


def social(rng: random.Random) -> str:
    """Return a social history sentence."""
    return fill(rng.choice(SOCIAL), rng)


def family(rng: random.Random) -> str:
    """Return a family history sentence."""
    return fill(rng.choice(FAMILY), rng)


def ros_lines(rng: random.Random, k: int) -> list[str]:
    """Return k review-of-systems lines."""
    out = []
    for system, items in rng.sample(ROS_SYS, k):
        picks = rng.sample(items, min(len(items), rng.randint(1, 3)))
        out.append(f"{system}: " + "; ".join(fill(p, rng) for p in picks))
    return out


def exam_lines(rng: random.Random, k: int) -> list[str]:
    """Return k exam lines with vitals first."""
    vitals = (
        f"BP {rng.randint(102, 168)}/{rng.randint(58, 96)}, HR {rng.randint(56, 112)}, "
        f"T {rng.randint(361, 378) / 10:.1f} C, SpO2 {rng.randint(89, 100)}% RA, Wt {rng.randint(38, 131)} kg"
    )
    out = [f"Vitals: {vitals}"]
    for part, items in rng.sample(EXAM, k):
        out.append(f"{part}: " + ", ".join(rng.sample(items, min(len(items), rng.randint(1, 2)))))
    return out


def lab_lines(rng: random.Random, k: int, date: str) -> list[str]:
    """Return k lab result rows (flowsheet-like)."""
    out = []
    for name, low, high, digits in rng.sample(LABS, k):
        value = rng.uniform(low, high)
        shown = f"{value:.{digits}f}" if digits else str(round(value))
        flag = rng.choice(["", "", "", " (L)", " (H)"])
        out.append(f"{name} {shown}{flag} ({date})")
    return out


def counsel(rng: random.Random, site: str, date: str) -> str:
    """Return a counselling/consent sentence."""
    return fill(rng.choice(COUNSEL).replace("{effects}", EFFECTS[site]), rng, date)


def logistics(rng: random.Random, k: int, date: str) -> list[str]:
    """Return k logistics sentences."""
    return [fill(item, rng, date) for item in rng.sample(LOGISTICS, k)]


INTERVAL = [
    "{date}: seen by {ref}; {chemo} cycle {n} given, tolerated with {tox}.",
    "{date}: ED visit for {ed}; discharged same day.",
    "{date}: telephone call - pain {pain}/10, {rx} adjusted.",
    "{date}: dietitian visit, weight {wt} kg, supplements started.",
    "{date}: social work - {sw}.",
    "{date}: PT/OT evaluation, ambulating {amb}.",
    "{date}: dental clearance obtained; fluoride trays fitted.",
    "{date}: fertility/sexual health discussion documented by nursing.",
    "{date}: palliative care visit, goals reviewed; full code.",
    "{date}: labs with Cr {cr}, Hgb {hgb}.",
]
CHEMO = [
    "carboplatin/paclitaxel",
    "FOLFOX",
    "capecitabine",
    "cisplatin",
    "pembrolizumab",
    "R-CHOP",
    "ABVD",
    "gemcitabine/nab-paclitaxel",
]
TOX = ["grade 1 nausea", "fatigue", "neutropenia requiring G-CSF", "mild neuropathy", "no issues"]
ED = [
    "dehydration",
    "uncontrolled pain",
    "fever (cultures negative)",
    "fall without injury",
    "chest pain (troponin negative)",
]
SW = [
    "lodging at the Pemberly Guest House arranged",
    "FMLA paperwork",
    "financial counseling referral",
    "caregiver stress discussed",
]
AMB = ["independently", "with a walker", "with standby assist"]
PAINRX = ["oxycodone", "gabapentin", "acetaminophen schedule", "dexamethasone"]


def interval_course(rng: random.Random, k: int, year: int, ref: str) -> list[str]:
    """Return k dated interval-course entries in chronological order."""
    months = sorted(rng.sample(range(1, 13), k))
    out = []
    for month in months:
        template = rng.choice(INTERVAL)
        out.append(
            template.format(
                date=f"{month:02d}/{rng.randint(1, 28):02d}/{year}",
                ref=ref,
                chemo=rng.choice(CHEMO),
                n=rng.randint(1, 6),
                tox=rng.choice(TOX),
                ed=rng.choice(ED),
                pain=rng.randint(2, 9),
                rx=rng.choice(PAINRX),
                wt=rng.randint(41, 120),
                sw=rng.choice(SW),
                amb=rng.choice(AMB),
                cr=f"{rng.uniform(0.6, 1.8):.2f}",
                hgb=f"{rng.uniform(8.5, 14.5):.1f}",
            )
        )
    return out


GOALS = [
    "Goals of care: the patient's priority is {goal}. Code status {code}. Health care proxy is {rel}.",
    "Advance care planning: {code}; POLST reviewed; proxy {rel}. Priority: {goal}.",
]
GOAL_TEXT = [
    "staying independent at home",
    "pain control",
    "being present for a grandchild's wedding in {month}",
    "cure if at all possible",
    "getting back to work",
]


def goals(rng: random.Random) -> str:
    """Return a goals-of-care sentence."""
    return rng.choice(GOALS).format(
        goal=rng.choice(GOAL_TEXT).format(month=rng.choice(["May", "June", "August", "October"])),
        code=rng.choice(["full code", "DNR/DNI", "full code, readdress later"]),
        rel=rng.choice(RELS),
    )


SCREEN = [
    "PHQ-2 {a}/6; distress thermometer {b}/10 (problems: {prob}).",
    "Fall risk screen: {fall}. Pain screen: {pain}/10.",
    "Nutrition screen (MST) {a}; referral {ref}.",
    "Tobacco screen: {tob}.",
]
PROBS = ["finances", "transport", "worry", "sleep", "family"]


def screening(rng: random.Random) -> list[str]:
    """Return screening lines."""
    out = []
    for template in rng.sample(SCREEN, rng.randint(2, 4)):
        out.append(
            template.format(
                a=rng.randint(0, 6),
                b=rng.randint(0, 10),
                prob=", ".join(rng.sample(PROBS, 2)),
                fall=rng.choice(["low", "moderate", "high - bed alarm"]),
                pain=rng.randint(0, 9),
                ref=rng.choice(["placed", "not needed", "declined"]),
                tob=rng.choice(["never", "former", "current, cessation offered"]),
            )
        )
    return out
