"""Long-note filler for writer N: history, medications, ROS, exam, labs, counselling (no counted evidence)."""

from __future__ import annotations

import random

PMH = [
    "hypertension",
    "type 2 diabetes (A1c 7.4)",
    "hyperlipidemia",
    "COPD, GOLD 2",
    "CKD stage 3a",
    "atrial fibrillation on apixaban",
    "obstructive sleep apnea on CPAP",
    "hypothyroidism",
    "GERD",
    "osteoarthritis of both knees",
    "depression, stable",
    "remote DVT (2016)",
    "BPH",
    "migraine",
    "asthma, mild intermittent",
    "peripheral neuropathy",
    "gout",
]
PSH = [
    "appendectomy (1988)",
    "cholecystectomy",
    "right TKA (2019)",
    "C-section x2",
    "inguinal hernia repair",
    "CABG x3 (2015)",
    "tonsillectomy",
    "cataract surgery OU",
    "port placement",
    "laparoscopic hysterectomy",
]
MEDS = [
    "lisinopril 20 mg daily",
    "metformin 1000 mg BID",
    "atorvastatin 40 mg nightly",
    "apixaban 5 mg BID",
    "levothyroxine 88 mcg daily",
    "omeprazole 20 mg daily",
    "sertraline 50 mg daily",
    "tamsulosin 0.4 mg nightly",
    "gabapentin 300 mg TID",
    "oxycodone 5 mg q6h PRN",
    "ondansetron 8 mg PRN",
    "dexamethasone 4 mg BID",
    "albuterol inhaler PRN",
    "tiotropium daily",
    "allopurinol 100 mg",
    "vitamin D3 2000 IU",
    "letrozole 2.5 mg daily",
    "enzalutamide 160 mg daily",
    "leuprolide depot (last 12/2025)",
    "senna-docusate nightly",
    "melatonin 3 mg",
]
ALLERGIES = [
    "NKDA",
    "penicillin (rash)",
    "sulfa (hives)",
    "codeine (nausea)",
    "latex",
    "shellfish (no reaction to contrast in past)",
    "NKDA; tape sensitivity",
]
SOCIAL = [
    "Lives with {rel} in a single-story house; retired {job}.",
    "Former smoker, {py} pack-years, quit {q}.",
    "Never smoker. Drinks {d} glasses of wine per week.",
    "Works as a {job}; drives himself to appointments.",
    "Lives alone; daughter nearby helps with transport.",
    "Uses a cane outdoors. Independent in ADLs.",
    "Current smoker {ppd} ppd; counselled on cessation, referred to the quit line.",
]
RELS = ["his wife", "her husband", "a partner", "an adult son", "two dogs and a roommate"]
JOBS = [
    "machinist",
    "school teacher",
    "accountant",
    "bus driver",
    "nurse",
    "farmer",
    "software developer",
    "electrician",
]
FAMILY = [
    "Mother with breast cancer at 62.",
    "Father died of MI at 70.",
    "No family history of malignancy.",
    "Brother with colon cancer at 55.",
    "Maternal aunt with ovarian cancer.",
    "Family history otherwise noncontributory.",
]
ROS_SYSTEMS = {
    "Constitutional": [
        "fatigue {g}/10, no fevers",
        "weight down {w} lb over 3 months",
        "denies night sweats",
        "appetite fair",
    ],
    "Eyes": ["no visual changes", "wears reading glasses"],
    "ENT": ["no dysphagia", "mild xerostomia at baseline", "no hoarseness"],
    "Cardiovascular": ["no chest pain", "occasional palpitations", "mild ankle edema"],
    "Respiratory": ["dyspnea on one flight of stairs", "chronic cough, non-productive", "no hemoptysis"],
    "GI": ["no nausea", "intermittent constipation", "no hematochezia", "occasional reflux"],
    "GU": ["nocturia x{n}", "no hematuria", "weak stream"],
    "Musculoskeletal": ["low back pain {g}/10", "right hip pain with weight bearing", "no new bone pain"],
    "Neuro": ["no headaches", "numbness of the fingertips (neuropathy)", "no focal weakness"],
    "Psych": ["anxious about treatment", "mood stable", "sleeping poorly"],
    "Skin": ["no rashes", "healed surgical scar, no erythema"],
}
EXAM = [
    "General: well-appearing, in no acute distress, ECOG {ecog}.",
    "HEENT: oropharynx clear, mucosa moist.",
    "Neck: supple, no palpable adenopathy.",
    "Lungs: clear bilaterally, no wheeze.",
    "Heart: regular rate and rhythm, no murmur.",
    "Abdomen: soft, non-tender, no hepatosplenomegaly.",
    "Extremities: trace edema bilaterally.",
    "Neuro: CN II-XII intact, strength 5/5 throughout, gait steady.",
    "Skin: well-healed incision, no dehiscence.",
    "Lymph: no cervical, supraclavicular or axillary adenopathy.",
    "Psych: appropriate affect, good insight.",
]
LAB_NAMES = [
    ("WBC", 3.2, 11.5, "K/uL"),
    ("Hgb", 9.1, 15.2, "g/dL"),
    ("Plt", 110, 390, "K/uL"),
    ("Cr", 0.6, 1.9, "mg/dL"),
    ("eGFR", 32, 105, "mL/min"),
    ("Na", 131, 144, "mmol/L"),
    ("K", 3.4, 5.1, "mmol/L"),
    ("ALT", 12, 68, "U/L"),
    ("Alb", 2.9, 4.6, "g/dL"),
    ("PSA", 0.1, 22.0, "ng/mL"),
    ("CEA", 1.1, 18.0, "ng/mL"),
]
COUNSEL = [
    "We discussed the goals of radiation, the schedule of {fx} treatments and the expected acute effects including "
    "fatigue and "
    "skin irritation. Late effects were reviewed in detail.",
    "Questions were answered regarding driving during treatment, work leave and the timing relative to systemic "
    "therapy. "
    "The patient's {rel2} was present and participated.",
    "Time was spent reviewing the informed consent again; the patient verbalized understanding of the risks including "
    "fatigue, skin changes and the small risk of serious late toxicity.",
    "Social work and nutrition referrals were placed. Transportation assistance was arranged through the cancer "
    "center.",
    "Fertility, sexual function and survivorship issues were discussed where relevant; written materials were "
    "provided.",
    "The patient asked about the number of visits; we reviewed weekly on-treatment visits and the plan for follow-up "
    "imaging after completion.",
]
INTERVAL = [
    "On {d} the patient was seen in the multidisciplinary clinic, where the case was reviewed with surgery and "
    "medical oncology.",
    "Since the consult the patient reports stable pain controlled with {med}.",
    "Systemic therapy was held for {n} weeks to allow recovery of counts.",
    "The patient was admitted briefly on {d} for dehydration and discharged after IV fluids.",
    "Dental evaluation was completed on {d} and cleared the patient for treatment.",
    "Nutrition assessment on {d}: weight stable, no supplement needed at this time.",
    "The patient had a fall at home on {d} without injury; PT evaluation recommended.",
    "Insurance authorization was obtained on {d} after a peer-to-peer review.",
    "Smoking cessation counseling was provided again and nicotine patches were prescribed.",
    "Pain regimen adjusted on {d}: scheduled acetaminophen added, oxycodone PRN continued.",
]


def _val(rng: random.Random, lo: float, hi: float) -> str:
    v = rng.uniform(lo, hi)
    return f"{v:.0f}" if hi > 30 else f"{v:.1f}"


def long_sections(rng: random.Random, dates: list[str], want_words: int) -> list[tuple[str, str, list[str]]]:
    """Return (key, heading, lines) sections of history/exam/labs totalling about ``want_words`` words."""
    out: list[tuple[str, str, list[str]]] = []
    interval = [
        s.format(d=rng.choice(dates), med=rng.choice(MEDS), n=rng.randint(1, 4))
        for s in rng.sample(INTERVAL, rng.randint(4, 8))
    ]
    out.append(("interval", rng.choice(["Interval history", "Interval course", "HPI (cont.)"]), interval))
    out.append(
        (
            "pmh",
            rng.choice(["Past medical history", "PMH", "Medical history"]),
            [", ".join(rng.sample(PMH, rng.randint(4, 8)))],
        )
    )
    out.append(("psh", rng.choice(["Past surgical history", "PSH"]), [", ".join(rng.sample(PSH, rng.randint(2, 4)))]))
    out.append(
        ("meds", rng.choice(["Medications", "Current medications", "Meds"]), rng.sample(MEDS, rng.randint(5, 11)))
    )
    out.append(("allergies", "Allergies", [rng.choice(ALLERGIES)]))
    soc = [
        s.format(
            rel=rng.choice(RELS),
            job=rng.choice(JOBS),
            py=rng.randint(10, 60),
            q=rng.randint(1995, 2024),
            d=rng.randint(1, 8),
            ppd=rng.choice(["0.5", "1", "1.5"]),
        )
        for s in rng.sample(SOCIAL, 3)
    ]
    out.append(("social", rng.choice(["Social history", "Social"]), soc))
    out.append(("family", rng.choice(["Family history", "FHx"]), rng.sample(FAMILY, 2)))
    systems = rng.sample(list(ROS_SYSTEMS), rng.randint(6, len(ROS_SYSTEMS)))
    ros = [
        f"{k}: "
        + ", ".join(rng.sample(ROS_SYSTEMS[k], min(2, len(ROS_SYSTEMS[k])))).format(
            g=rng.randint(1, 6), w=rng.randint(3, 18), n=rng.randint(1, 4)
        )
        for k in systems
    ]
    out.append(("ros", rng.choice(["Review of systems", "ROS"]), [*ros, "All other systems reviewed and negative."]))
    vit = (
        f"BP {rng.randint(104, 168)}/{rng.randint(58, 96)}, HR {rng.randint(56, 104)}, T "
        f"{rng.uniform(36.1, 37.4):.1f} C, "
        f"RR {rng.randint(12, 20)}, SpO2 {rng.randint(91, 99)}% RA, Wt {rng.uniform(48, 118):.1f} kg, pain "
        f"{rng.randint(0, 7)}/10"
    )
    exam = [vit] + [e.format(ecog=rng.randint(0, 2)) for e in rng.sample(EXAM, rng.randint(6, len(EXAM)))]
    out.append(("exam", rng.choice(["Physical exam", "Exam", "Objective"]), exam))
    labs = [f"{n} {_val(rng, lo, hi)} {u}" for n, lo, hi, u in rng.sample(LAB_NAMES, rng.randint(6, 10))]
    out.append(("labs", f"Labs ({rng.choice(dates)})", labs))
    couns = [
        c.format(fx=rng.choice([5, 15, 25, 28, 30, 33, 35]), rel2=rng.choice(["spouse", "daughter", "son", "partner"]))
        for c in rng.sample(COUNSEL, rng.randint(3, 6))
    ]
    out.append(("counsel", rng.choice(["Counseling", "Discussion", "Education"]), couns))
    words = sum(len(" ".join(lines).split()) for _, _, lines in out)
    extra = 0
    while words < want_words and extra < 12:
        extra += 1
        line = rng.choice(INTERVAL).format(d=rng.choice(dates), med=rng.choice(MEDS), n=rng.randint(1, 4))
        line += " " + rng.choice(COUNSEL).format(fx=rng.randint(5, 35), rel2=rng.choice(["spouse", "daughter"]))
        out[0][2].append(line)
        words += len(line.split())
    return out
