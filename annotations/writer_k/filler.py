"""Long-note history, medications, review of systems, exam and labs: no counted evidence in any of it."""

from __future__ import annotations

import random

_MEDS = (
    "lisinopril 10 mg daily",
    "metformin 500 mg BID",
    "atorvastatin 40 mg nightly",
    "oxycodone 5 mg q6h PRN",
    "ondansetron 8 mg q8h PRN",
    "levothyroxine 75 mcg daily",
    "gabapentin 300 mg TID",
    "tamsulosin 0.4 mg daily",
    "apixaban 5 mg BID",
    "sertraline 50 mg daily",
    "pantoprazole 40 mg daily",
    "dexamethasone 4 mg BID",
    "senna 8.6 mg nightly",
    "docusate 100 mg BID",
    "amlodipine 5 mg daily",
    "insulin glargine 18 units nightly",
    "lorazepam 0.5 mg PRN anxiety",
    "acetaminophen 650 mg q6h PRN",
    "letrozole 2.5 mg daily",
    "leuprolide depot q3 months",
    "capecitabine 825 mg/m2 BID on RT days",
    "albuterol inhaler PRN",
    "furosemide 20 mg daily",
    "prednisone 5 mg daily",
)
_PEDS_MEDS = (
    "ondansetron weight-based PRN",
    "TMP-SMX prophylaxis",
    "acetaminophen PRN",
    "polyethylene glycol daily",
    "dexamethasone taper",
    "famotidine",
)
_PMH = (
    "hypertension",
    "type 2 diabetes",
    "hyperlipidemia",
    "COPD",
    "GERD",
    "hypothyroidism",
    "atrial fibrillation",
    "osteoarthritis of both knees",
    "depression",
    "CKD stage 3a",
    "remote appendectomy",
    "cholecystectomy 2009",
    "obstructive sleep apnea on CPAP",
    "gout",
    "migraine",
    "benign prostatic hyperplasia",
    "anemia",
)
_ROS = (
    ("Constitutional", ("fatigue, no fevers", "weight down {n} lb over 2 months", "denies night sweats")),
    ("Eyes", ("no visual change", "reading glasses only")),
    ("ENT", ("no dysphagia", "mild dry mouth", "no epistaxis")),
    ("Cardiovascular", ("no chest pain", "occasional palpitations", "no leg swelling")),
    ("Respiratory", ("mild exertional dyspnea", "no hemoptysis", "chronic cough, unchanged")),
    ("GI", ("no nausea", "constipation on opioids", "no melena", "appetite fair")),
    ("GU", ("nocturia x{k}", "no hematuria", "mild urgency")),
    ("Musculoskeletal", ("pain {k}/10 at rest", "back pain with movement", "no new joint swelling")),
    ("Skin", ("no rash", "pruritic plaques on trunk", "healed incision")),
    ("Neurologic", ("no focal weakness", "intermittent headaches", "no seizures", "mild neuropathy in feet")),
    ("Psychiatric", ("anxious about treatment", "mood stable", "sleeping poorly")),
    ("Heme/Lymph", ("no easy bruising", "no new lumps")),
)
_EXAM = (
    "General: {adj}, in no acute distress, accompanied by {who}.",
    "Vitals: BP {bp1}/{bp2}, HR {hr}, RR {rr}, T 36.{t} C, SpO2 {sat}% on room air, weight {wt} kg.",
    "HEENT: normocephalic, oropharynx clear, mucous membranes moist.",
    "Neck: supple, no palpable adenopathy on today's exam.",
    "Lungs: clear to auscultation bilaterally, no wheezes.",
    "Heart: regular rate and rhythm, no murmur.",
    "Abdomen: soft, nontender, no hepatosplenomegaly.",
    "Extremities: no edema, full range of motion except as noted.",
    "Neuro: alert and oriented x3, strength 5/5 throughout, gait steady.",
    "Skin: no breakdown over pressure points.",
    "ECOG performance status {ecog}.",
)
_HPI = (
    "{age}-year-old {sex} referred by Dr. {doc} for consideration of radiation.",
    "Symptoms began about {n} months ago with {sym}.",
    "Work-up at an outside facility led to biopsy, which confirmed the diagnosis.",
    "The case was reviewed at our multidisciplinary conference on {date}.",
    "Since the last visit the patient reports {sym2}, otherwise stable.",
    "Pain is currently controlled on the regimen listed below.",
    "The patient lives {home} and drives to appointments with help from family.",
    "Goals of care were discussed with the patient and {who}, who wishes to proceed.",
    "Systemic therapy is being coordinated with medical oncology (Dr. {doc2}).",
    "No prior history of connective tissue disease.",
)
_LABS = (
    "WBC",
    "Hgb",
    "Plt",
    "Na",
    "K",
    "Cr",
    "eGFR",
    "BUN",
    "glucose",
    "AST",
    "ALT",
    "Alk phos",
    "albumin",
    "INR",
    "LDH",
)
_DOCS = (
    "Okafor",
    "Lindqvist",
    "Barrera",
    "Nakamura-Pell",
    "Hollis",
    "Dube",
    "Ferreira",
    "Kowalczyk",
    "Asante",
    "Marsh",
    "Ibarra",
)
_SYM = (
    "progressive pain",
    "a palpable mass",
    "hoarseness",
    "a change in bowel habit",
    "weight loss",
    "cough",
    "dysphagia to solids",
    "a non-healing lesion",
    "back pain radiating to the flank",
    "fatigue and night sweats",
    "headaches on waking",
)
_PEDS_HPI = (
    "{age}-year-old child referred by pediatric oncology (Dr. {doc}) for radiation.",
    "Presented {n} months ago with {psym}.",
    "Resection/biopsy confirmed the diagnosis; chemotherapy per protocol is ongoing.",
    "Parents were present and consented; child life specialist involved.",
    "Anesthesia team (Dr. {doc2}) reviewed airway and NPO plan.",
    "Tolerating chemotherapy with mild nausea.",
)
_PSYM = (
    "morning vomiting and ataxia",
    "proptosis",
    "an abdominal mass noted by a parent",
    "irritability and headaches",
)


def doc(rng: random.Random) -> str:
    """Return a fake physician's name."""
    return rng.choice(_DOCS)


def date(rng: random.Random, year: int | None = None) -> str:
    """Return a fake date string."""
    return f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{year or rng.choice((2024, 2025, 2026))}"


def _fill(template: str, rng: random.Random, sex: str = "patient") -> str:
    return template.format(
        age=rng.randint(2, 9) if sex == "child" else rng.randint(34, 88),
        sex=sex,
        psym=rng.choice(_PSYM),
        doc=doc(rng),
        doc2=doc(rng),
        n=rng.randint(2, 9),
        sym=rng.choice(_SYM),
        sym2=rng.choice(_SYM),
        date=date(rng),
        k=rng.randint(1, 6),
        home=rng.choice(("alone", "with a spouse", "with an adult son", "in assisted living", "with a daughter")),
        who=rng.choice(("a spouse", "a daughter", "a friend", "a son", "a caregiver")),
        adj=rng.choice(("pleasant", "thin", "well-appearing", "tired-appearing", "cooperative")),
        bp1=rng.randint(102, 168),
        bp2=rng.randint(58, 96),
        hr=rng.randint(58, 104),
        rr=rng.randint(12, 20),
        t=rng.randint(4, 9),
        sat=rng.randint(92, 100),
        wt=rng.randint(44, 121),
        ecog=rng.randint(0, 3),
    )


def hpi(rng: random.Random, sex: str = "patient") -> str:
    """Return a history-of-present-illness paragraph (a child's when sex is "child")."""
    pool = _PEDS_HPI if sex == "child" else _HPI
    lines = [pool[0], *rng.sample(pool[1:], rng.randint(3, len(pool) - 2))]
    return " ".join(_fill(t, rng, sex) for t in lines)


def onc_history(rng: random.Random) -> str:
    """Return a dated oncologic timeline (no simulation content)."""
    events = (
        "first seen by primary care for {sym}",
        "biopsy at an outside hospital",
        "staging completed",
        "surgical consultation",
        "medical oncology consultation (Dr. {doc})",
        "chemotherapy cycle 1",
        "chemotherapy cycle {k}",
        "tumor board review",
        "genetics counselling",
        "dental evaluation",
        "port placement",
        "nutrition consult",
        "pain clinic visit",
    )
    chosen = rng.sample(events, rng.randint(5, 9))
    return "\n".join(f"{date(rng)}: " + _fill(e, rng) for e in chosen)


def pmh(rng: random.Random, sex: str = "patient") -> str:
    """Return a past-medical-history line."""
    if sex == "child":
        return "Term birth, immunizations up to date; no prior surgeries before the current diagnosis."
    return "; ".join(rng.sample(_PMH, rng.randint(4, 8))) + "."


def meds(rng: random.Random, sex: str = "patient") -> str:
    """Return a medication list."""
    if sex == "child":
        return "\n".join(f"- {m}" for m in rng.sample(_PEDS_MEDS, rng.randint(3, 5)))
    return "\n".join(f"- {m}" for m in rng.sample(_MEDS, rng.randint(6, 13)))


def allergies(rng: random.Random) -> str:
    """Return a non-contrast allergy line."""
    return rng.choice(
        (
            "NKDA.",
            "Penicillin (rash).",
            "Sulfa (hives).",
            "Codeine (nausea).",
            "Latex (contact dermatitis).",
            "No known drug allergies.",
        )
    )


def social(rng: random.Random, sex: str = "patient") -> str:
    """Return a social-history line."""
    if sex == "child":
        return rng.choice(
            (
                "Lives with parents and a sibling; attends preschool.",
                "Lives with mother and grandmother; in kindergarten.",
            )
        )
    return _fill(
        rng.choice(
            (
                "Former smoker, {n}0 pack-years, quit {k} years ago. Rare alcohol. Retired machinist; lives {home}.",
                "Never smoker. Drinks 1-2 glasses of wine weekly. Works part-time; lives {home}.",
                "Current smoker, counselled on cessation today. Lives {home}. Uses a cane outdoors.",
            )
        ),
        rng,
    )


def family(rng: random.Random) -> str:
    """Return a family-history line without any imaging or treatment of relatives."""
    return rng.choice(
        (
            "Mother with colon cancer at 70; father with MI.",
            "Non-contributory.",
            "Brother with type 1 diabetes; no known cancers.",
            "Maternal aunt with ovarian cancer; genetic testing negative.",
        )
    )


def ros(rng: random.Random) -> str:
    """Return a review of systems."""
    rows = rng.sample(_ROS, rng.randint(8, 12))
    return "\n".join(f"{name}: {_fill(rng.choice(opts), rng)}" for name, opts in rows)


def exam(rng: random.Random) -> str:
    """Return a physical exam."""
    chosen = [_EXAM[0], _EXAM[1], *rng.sample(_EXAM[2:], rng.randint(5, 9))]
    return "\n".join(_fill(t, rng) for t in chosen)


def labs(rng: random.Random) -> str:
    """Return a lab panel with invented values."""
    values = {
        "WBC": f"{rng.uniform(2.1, 11.8):.1f}",
        "Hgb": f"{rng.uniform(8.4, 15.2):.1f}",
        "Plt": str(rng.randint(88, 412)),
        "Na": str(rng.randint(131, 145)),
        "K": f"{rng.uniform(3.3, 5.1):.1f}",
        "Cr": f"{rng.uniform(0.6, 1.9):.2f}",
        "eGFR": str(rng.randint(28, 104)),
        "BUN": str(rng.randint(8, 38)),
        "glucose": str(rng.randint(78, 244)),
        "AST": str(rng.randint(12, 88)),
        "ALT": str(rng.randint(9, 91)),
        "Alk phos": str(rng.randint(45, 380)),
        "albumin": f"{rng.uniform(2.8, 4.6):.1f}",
        "INR": f"{rng.uniform(0.9, 1.6):.1f}",
        "LDH": str(rng.randint(140, 510)),
    }
    picked = rng.sample(_LABS, rng.randint(8, 15))
    return f"({date(rng)}) " + ", ".join(f"{k} {values[k]}" for k in picked)


def counselling(rng: random.Random) -> str:
    """Return a consent/counselling paragraph (no imaging, contrast or technique words)."""
    parts = (
        "Risks discussed in detail, including fatigue, skin reaction, and site-specific acute and late effects.",
        "Alternatives including observation and systemic therapy alone were reviewed.",
        "The patient asked appropriate questions, which were answered, and written consent is on file.",
        "Fertility and sexual health were addressed where relevant.",
        "Transportation resources and the daily schedule were explained by the nurse navigator.",
        "Smoking cessation and nutrition referrals were offered.",
        "Advance directive reviewed; the patient remains full code.",
    )
    return " ".join(rng.sample(parts, rng.randint(3, 6)))


LONG_SECTIONS = ("hpi", "onc", "pmh", "meds", "allergies", "social", "family", "ros", "exam", "labs", "counsel")
_FN = {
    "onc": onc_history,
    "hpi": hpi,
    "pmh": pmh,
    "meds": meds,
    "allergies": allergies,
    "social": social,
    "family": family,
    "ros": ros,
    "exam": exam,
    "labs": labs,
    "counsel": counselling,
}
HEADERS = {
    "hpi": ("HISTORY OF PRESENT ILLNESS", "HPI", "Interval history"),
    "onc": ("ONCOLOGIC HISTORY", "Oncology timeline", "Treatment history to date"),
    "pmh": ("PAST MEDICAL HISTORY", "PMH", "Past Medical/Surgical History"),
    "meds": ("MEDICATIONS", "Current Outpatient Medications", "Meds"),
    "allergies": ("ALLERGIES", "Allergies"),
    "social": ("SOCIAL HISTORY", "Social Hx"),
    "family": ("FAMILY HISTORY", "Family Hx"),
    "ros": ("REVIEW OF SYSTEMS", "ROS"),
    "exam": ("PHYSICAL EXAM", "Exam", "Objective"),
    "labs": ("LABS", "Most recent labs", "Lab results"),
    "counsel": ("COUNSELING", "Discussion", "Consent"),
}


def section(key: str, rng: random.Random, sex: str = "patient") -> str:
    """Return the body text of a long-note filler section."""
    if key in ("hpi", "social", "meds", "pmh"):
        return _FN[key](rng, sex)
    return _FN[key](rng)
