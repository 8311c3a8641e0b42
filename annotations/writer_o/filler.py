"""Long-note filler for writer O: history, medications, review of systems, exam, labs (varied values)."""

from __future__ import annotations

import random

from .phrases import pick


def date(rng: random.Random, year: int | None = None) -> str:
    """Return an invented date in one of the chain's formats."""
    y = year or rng.choice([2024, 2025, 2026])
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return pick(rng, [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{str(y)[2:]}", f"{y}-{m:02d}-{d:02d}"])


_REFERRER = ["Dr. Goldfarb (med onc)", "surgical oncology", "the PCP", "urology", "ENT", "GYN onc"]
_SYMPTOM = ["pain", "a palpable mass", "weight loss", "bleeding", "cough", "fatigue", "dysphagia"]
_WORKUP = ["Desert Sky Imaging", "Coastal Diagnostic Partners", "an outside ED", "St. Gall Regional"]
_REGIMEN = ["carboplatin/paclitaxel", "FOLFOX", "AC-T", "cisplatin", "R-CHOP", "ADT started", "pembrolizumab"]
_TEMP = ["36.4", "36.8", "37.1", "98.2F"]
_COURSE = ["completed without complication", "complicated by wound dehiscence", "stopped early for toxicity", "ongoing"]
_COMORB = [
    "HTN",
    "type 2 diabetes (A1c 7.9)",
    "CAD s/p DES 2019",
    "COPD on 2 L home O2 prn",
    "CKD stage 3a",
    "hypothyroidism",
    "GERD",
    "OSA on CPAP",
    "atrial fibrillation on apixaban",
    "depression",
    "BPH",
    "osteoarthritis both knees",
    "peripheral neuropathy (chemo-related)",
    "hyperlipidemia",
    "gout",
    "prior DVT 2020",
    "migraine",
    "glaucoma",
    "anemia of chronic disease",
    "obesity (BMI 38)",
]
_SURG = [
    "cholecystectomy",
    "appendectomy",
    "TKA right",
    "hernia repair",
    "CABG x3",
    "hysterectomy",
    "port placement",
    "cataract OU",
    "spinal fusion L4-5",
    "tonsillectomy as child",
    "C-section x2",
]
_MEDS = [
    "metformin 1000 mg BID",
    "lisinopril 20 mg daily",
    "atorvastatin 40 mg qHS",
    "apixaban 5 mg BID",
    "levothyroxine 88 mcg daily",
    "omeprazole 20 mg daily",
    "oxycodone 5 mg q6h prn",
    "gabapentin 300 mg TID",
    "ondansetron 8 mg q8h prn",
    "dexamethasone 4 mg BID",
    "tamsulosin 0.4 mg daily",
    "sertraline 50 mg daily",
    "amlodipine 5 mg daily",
    "insulin glargine 22 units qHS",
    "senna 8.6 mg BID",
    "lorazepam 0.5 mg prn",
    "leuprolide 22.5 mg q3mo",
    "letrozole 2.5 mg daily",
    "capecitabine 825 mg/m2 BID on RT days",
    "albuterol HFA prn",
    "furosemide 20 mg daily",
    "prednisone taper",
    "morphine ER 15 mg BID",
]
_ALLERGY = ["NKDA", "PCN (rash)", "sulfa (hives)", "codeine (nausea)", "latex", "NKDA", "morphine (itching)"]
_SMOKE = [
    "Former smoker, {py} pack-years, quit {yr}.",
    "Current smoker 1/2 ppd.",
    "Never smoker.",
    "Quit vaping {yr}; cigars socially.",
]
_SOCIAL = [
    "Drinks {d} beers per week.",
    "Lives with {who} in a single-story home.",
    "Retired {job}.",
    "Works as a {job}; plans FMLA during treatment.",
    "Drives self; {km} miles from center.",
    "Uses a cane outdoors.",
    "Caregiver: {who}.",
]
_JOBS = [
    "electrician",
    "school bus driver",
    "accountant",
    "long-haul trucker",
    "hair stylist",
    "machinist",
    "pastor",
    "nurse aide",
    "rancher",
    "software tester",
    "line cook",
    "postal carrier",
]
_WHO = ["spouse", "daughter", "son and daughter-in-law", "partner", "sister", "two grandchildren"]
_FAMILY = [
    "Mother: breast ca at {a}.",
    "Father: MI at {a}.",
    "Brother: colon ca at {a}.",
    "No family hx of cancer.",
    "Sister: ovarian ca at {a} (BRCA neg).",
    "Maternal aunt: leukemia.",
    "Father: prostate ca at {a}.",
]
_ROS = {
    "Constitutional": [
        "fatigue 2/10",
        "no fevers",
        "weight down {w} lb over 3 mo",
        "appetite fair",
        "night sweats denied",
    ],
    "HEENT": ["no vision change", "mild dry mouth", "denies dysphagia", "hoarseness x2 wk", "no epistaxis"],
    "Resp": ["DOE after 1 flight", "no hemoptysis", "chronic cough", "no wheeze"],
    "CV": ["no chest pain", "trace ankle edema", "no palpitations", "orthopnea denied"],
    "GI": ["no nausea", "BM daily", "loose stools x3/d", "mild reflux", "no melena"],
    "GU": ["nocturia x{n}", "no hematuria", "weak stream", "dysuria denied"],
    "MSK": ["low back pain {p}/10", "R hip pain with weight bearing", "no new joint pain"],
    "Neuro": ["no headache", "numbness in toes", "no seizures", "mild imbalance"],
    "Psych": ["anxious about treatment", "sleeping 5-6 h", "mood OK"],
    "Skin": ["no rash", "healing incision", "dry skin"],
}
_EXAM = [
    "General: NAD, ambulatory{aid}.",
    "HEENT: oropharynx clear, no thrush.",
    "Neck: supple, {neck}.",
    "Lungs: {lung}.",
    "CV: {cv}.",
    "Abd: soft, NT/ND, no HSM.",
    "Ext: {ext}.",
    "Neuro: A&O x3, CN II-XII grossly intact, strength 5/5 x4 ext.",
    "Skin: {skin}.",
    "Lymph: {lymph}.",
]
_NECK = ["no palpable adenopathy", "2 cm firm L level II node", "well-healed scar", "fullness R level III"]
_LUNG = ["CTAB", "diminished R base", "scattered rhonchi", "clear, decreased at bases"]
_CV = ["RRR, no m/r/g", "irregularly irregular", "RRR, 2/6 SEM"]
_EXT = ["no edema", "1+ edema bilateral", "R leg in brace", "warm, well perfused"]
_SKIN = ["intact", "mild erythema over prior port site", "well-healed incision", "no lesions over field"]
_LYMPH = ["no cervical/axillary/inguinal LAD", "shotty inguinal nodes", "no SCV adenopathy"]
_PATH = ["biopsy {d}: {h}, margins {m}.", "surgical path {d}: {h}; LVSI {lv}.", "core bx {d}: {h}."]
_HIST = [
    "adenocarcinoma, moderately differentiated",
    "squamous cell carcinoma, keratinizing",
    "invasive ductal carcinoma grade 2",
    "high-grade sarcoma, FNCLCC grade 3",
    "classic Hodgkin lymphoma, nodular sclerosis",
    "basal cell carcinoma, infiltrative",
]
_COUNSEL = [
    "Discussed intent ({intent}), schedule of {fx} fractions, and expected acute effects including fatigue and "
    "skin reaction in the treated area.",
    "Reviewed late effects including fibrosis, small risk of secondary malignancy and organ-specific toxicity; "
    "questions answered, consent signed on {d}.",
    "Pt's {who} present for the discussion; transportation assistance referral placed with the navigator.",
    "Financial counselor met with pt regarding copay assistance; pt aware of daily parking validation.",
    "Distress thermometer {dt}/10; social work referral {sw}.",
    "Pain {p}/10 today, controlled on current regimen; fall risk screen {fr}.",
    "Dental clearance {dc}; nutrition consult scheduled.",
]


def _path(rng: random.Random) -> str:
    margin = pick(rng, ["negative", "close (1 mm)", "positive"])
    return pick(rng, _PATH).format(d=date(rng), h=pick(rng, _HIST), m=margin, lv=pick(rng, ["present", "absent"]))


def history(rng: random.Random, site: dict[str, object], dx: str) -> list[tuple[str, list[str]]]:
    """Return long-note filler sections (heading, lines) for one patient, with varied values."""
    age = rng.randint(34, 88)
    sex = pick(rng, ["M", "F"])
    out: list[tuple[str, list[str]]] = []
    hpi = [
        f"{age} y/o {sex} with {dx}, referred by {pick(rng, _REFERRER)}.",
        f"Symptoms began around {date(rng, 2025)} with {pick(rng, _SYMPTOM)}"
        f" and were {pick(rng, ['slowly progressive', 'intermittent', 'worse at night', 'stable until recently'])}.",
        f"ECOG {rng.randint(0, 3)}. KPS {pick(rng, ['60', '70', '80', '90'])}.",
        f"Workup at {pick(rng, _WORKUP)} was reviewed; {pick(rng, list(site['finding']))}.",  # type: ignore[call-overload]
        pick(
            rng,
            [
                "Pt tolerated systemic therapy with grade 1 neuropathy.",
                "Tumor board consensus for definitive RT.",
                "Surgery deferred given comorbidities.",
                "Pt prefers to stay local for treatment.",
                "Second opinion obtained; concordant recommendations.",
            ],
        ),
    ]
    out.append(("HPI", hpi))
    onc = [f"{date(rng)}: {_path(rng)}"]
    for _ in range(rng.randint(1, 3)):
        onc.append(
            f"{date(rng)}: {pick(rng, ['cycle', 'C'])}{rng.randint(1, 6)} {pick(rng, _REGIMEN)}; "
            f"{pick(rng, ['tolerated', 'dose-reduced for ANC 0.9', 'delayed 1 wk', 'held for AKI'])}."
        )
    out.append(("Oncologic history", onc))
    out.append(("PMH", [", ".join(rng.sample(_COMORB, rng.randint(3, 6))) + "."]))
    out.append(("PSH", [", ".join(rng.sample(_SURG, rng.randint(1, 3))) + "."]))
    out.append(("Medications", rng.sample(_MEDS, rng.randint(4, 9))))
    out.append(("Allergies", [pick(rng, _ALLERGY)]))
    soc = [
        s.format(
            py=rng.randint(5, 60),
            yr=rng.randint(1995, 2022),
            d=rng.randint(1, 12),
            who=pick(rng, _WHO),
            job=pick(rng, _JOBS),
            km=rng.randint(3, 140),
        )
        for s in [pick(rng, _SMOKE), *rng.sample(_SOCIAL, rng.randint(1, 3))]
    ]
    out.append(("Social", soc))
    out.append(("Family", [f.format(a=rng.randint(38, 82)) for f in rng.sample(_FAMILY, rng.randint(1, 3))]))
    ros = []
    for system in rng.sample(sorted(_ROS), rng.randint(5, 9)):
        items = rng.sample(_ROS[system], min(len(_ROS[system]), rng.randint(1, 3)))
        ros.append(
            f"{system}: "
            + ", ".join(i.format(w=rng.randint(4, 25), n=rng.randint(1, 4), p=rng.randint(1, 8)) for i in items)
            + "."
        )
    out.append(("ROS", ros))
    vit = (
        f"BP {rng.randint(102, 168)}/{rng.randint(58, 98)}, HR {rng.randint(56, 112)}, T {pick(rng, _TEMP)}, "
        f"RR {rng.randint(12, 22)}, SpO2 {rng.randint(89, 100)}% RA, Wt {rng.randint(44, 139)} kg"
    )
    ex = [vit] + [
        e.format(
            aid=pick(rng, ["", " with walker", " with cane"]),
            neck=pick(rng, _NECK),
            lung=pick(rng, _LUNG),
            cv=pick(rng, _CV),
            ext=pick(rng, _EXT),
            skin=pick(rng, _SKIN),
            lymph=pick(rng, _LYMPH),
        )
        for e in rng.sample(_EXAM, rng.randint(5, 9))
    ]
    out.append(("Exam", ex))
    labs = [
        f"{date(rng, 2026)}: WBC {rng.randint(28, 112) / 10}, Hgb {rng.randint(78, 151) / 10}, "
        f"Plt {rng.randint(88, 410)}, "
        f"Cr {rng.randint(6, 24) / 10}, eGFR {rng.randint(24, 104)}, Na {rng.randint(129, 144)}, "
        f"K {rng.randint(33, 52) / 10}",
        pick(
            rng,
            [
                f"PSA {rng.randint(1, 400) / 10}",
                f"CEA {rng.randint(10, 900) / 10}",
                f"LDH {rng.randint(140, 620)}",
                f"CA 19-9 {rng.randint(20, 1800)}",
                f"Alb {rng.randint(25, 45) / 10}",
                f"TSH {rng.randint(4, 60) / 10}",
            ],
        ),
    ]
    out.append(("Labs", labs))
    couns = [
        c.format(
            intent=pick(rng, ["curative", "palliative", "adjuvant"]),
            fx=rng.choice([5, 10, 15, 25, 28, 30, 33, 35]),
            d=date(rng, 2026),
            who=pick(rng, _WHO),
            dt=rng.randint(1, 9),
            sw=pick(rng, ["placed", "declined", "not needed"]),
            p=rng.randint(0, 8),
            fr=pick(rng, ["low", "moderate", "high"]),
            dc=pick(rng, ["obtained", "pending", "n/a"]),
        )
        for c in rng.sample(_COUNSEL, rng.randint(3, 6))
    ]
    out.append(("Counseling / nursing screen", couns))
    return out


_SPECIALTY = [
    "med onc",
    "surgical onc",
    "PCP",
    "cardiology",
    "nephrology",
    "palliative care",
    "pulmonology",
    "urology",
    "GI",
    "ENT",
    "dietitian",
    "physical therapy",
    "social work",
    "the ED",
    "GYN onc",
]
_COMPLAINT = [
    "fatigue and poor appetite",
    "new back pain",
    "dyspnea on exertion",
    "constipation from opioids",
    "a fall at home without injury",
    "worsening neuropathy",
    "hyperglycemia on steroids",
    "low-grade fever",
    "insomnia and anxiety",
    "right leg swelling",
    "hematuria x1",
    "dysphagia to solids",
    "nausea after chemo",
    "cellulitis at the port site",
    "mild confusion per family",
]
_ACTION = [
    "labs drawn and reviewed",
    "dose adjusted",
    "Doppler negative for DVT",
    "started on a bowel regimen",
    "referred to PT",
    "antibiotics x7 d",
    "steroid taper begun",
    "CT head negative",
    "iron infusion given",
    "sleep aid prescribed",
    "hydration 1 L NS",
    "opioid rotated",
    "no change made",
    "home health ordered",
]
_IMP = [
    "no evidence of metastatic disease",
    "interval increase in the dominant lesion by 6 mm",
    "stable postoperative changes",
    "new 4 mm pulmonary nodule, indeterminate",
    "mild hepatic steatosis, incidental",
    "degenerative changes of the lumbar spine",
    "small left pleural effusion",
    "no acute intracranial process",
    "subcentimeter nodes, likely reactive",
    "marked response compared with prior",
    "cholelithiasis without cholecystitis",
]
_EDU = [
    "Skin care reviewed: mild soap, no lotions within 4 h of treatment, loose cotton clothing, avoid sun on the area.",
    "Diet: small frequent meals, protein goal {g} g/day, oral supplements twice daily if intake falls.",
    "Fatigue education given: light daily walking encouraged, prioritize rest after treatment.",
    "Pt instructed to report fever over 38.3 C, bleeding, or new neuro symptoms to the triage line.",
    "Parking, check-in kiosk and daily schedule explained; appointment card given for {n} weeks.",
    "Reviewed medication interactions; hold NSAIDs per med onc; continue home antihypertensives.",
    "Oral care: baking soda rinses 4-6x daily, soft toothbrush, avoid alcohol-based mouthwash.",
    "Bladder/bowel preparation explained with a written handout and a practice session.",
]
_NURSE = [
    "Weight history: {w1} kg ({m1}) -> {w2} kg today.",
    "PHQ-2 score {p}; GAD-2 score {q}.",
    "Fall risk (Morse) {morse}; {aid}.",
    "Advance directive on file: {ad}. Code status: {code}.",
    "Pain location {loc}, character {ch}, worst {wp}/10, best {bp}/10.",
    "Interpreter needed: {lang}.",
    "Transportation: {tr}.",
]


def more_filler(rng: random.Random, site: dict[str, object]) -> list[tuple[str, list[str]]]:
    """Return further long-note sections with varied values (interval visits, outside reports, nursing, teaching)."""
    pool: list[tuple[str, list[str]]] = []
    visits = [
        f"{date(rng, 2025)}: seen by {pick(rng, _SPECIALTY)} for {pick(rng, _COMPLAINT)}; {pick(rng, _ACTION)}."
        for _ in range(rng.randint(3, 6))
    ]
    pool.append(("Interval history", visits))
    reports = []
    for _ in range(rng.randint(1, 3)):
        reports.append(
            f"{pick(rng, ['CT chest', 'MRI brain', 'US abdomen', 'CT A/P', 'X-ray L femur', 'Echo', 'Bone scan'])} "
            f"{date(rng, 2025)} ({pick(rng, ['outside', 'in network', 'Gulfview Radiology', 'Summit Diagnostic'])}) "
            f"IMPRESSION: {pick(rng, _IMP)}; {pick(rng, _IMP)}."
        )
    pool.append(("Outside reports (historical)", reports))
    nurse = [
        s.format(
            w1=rng.randint(60, 120),
            m1=pick(rng, ["Jan", "Mar", "May", "Aug", "Oct"]),
            w2=rng.randint(52, 118),
            p=rng.randint(0, 6),
            q=rng.randint(0, 6),
            morse=rng.choice([0, 15, 25, 45, 55]),
            aid=pick(rng, ["gait belt used", "independent", "walker"]),
            ad=pick(rng, ["yes", "no, info given"]),
            code=pick(rng, ["full", "DNR/DNI", "full, discussed"]),
            loc=pick(rng, ["low back", "R hip", "L chest wall", "throat", "pelvis"]),
            ch=pick(rng, ["aching", "sharp", "burning", "pressure"]),
            wp=rng.randint(5, 10),
            bp=rng.randint(0, 4),
            lang=pick(rng, ["no", "Spanish (video)", "Vietnamese (phone)", "ASL"]),
            tr=pick(rng, ["self", "family", "ride program arranged", "van service"]),
        )
        for s in rng.sample(_NURSE, rng.randint(3, 6))
    ]
    pool.append(("Nursing intake", nurse))
    edu = [e.format(g=rng.randint(60, 110), n=rng.randint(1, 7)) for e in rng.sample(_EDU, rng.randint(2, 5))]
    pool.append(("Patient education", edu))
    pool.append(
        (
            "Prior treatment",
            [
                f"{pick(rng, ['Surgery', 'Chemo', 'Systemic therapy', 'Endocrine therapy'])} {date(rng, 2024)} -- "
                f"{pick(rng, _COURSE)}.",
                f"Response assessment {date(rng, 2025)}: {pick(rng, _IMP)}.",
                pick(rng, ["No prior radiation.", "No prior RT to this region.", "Prior RT elsewhere not documented."]),
            ],
        )
    )
    rng.shuffle(pool)
    return pool


def words_of(sections: list[tuple[str, list[str]]]) -> int:
    """Return a rough word count of filler sections."""
    return sum(len(line.split()) for _h, lines in sections for line in lines)
