"""Non-evidence clinical filler: history, medications, review of systems, exam, labs, counselling."""

from __future__ import annotations

import random

from .plan import Plan

MEDS = (
    "lisinopril 10 mg daily",
    "metformin 500 mg BID",
    "atorvastatin 40 mg nightly",
    "tamsulosin 0.4 mg daily",
    "apixaban 5 mg BID",
    "levothyroxine 75 mcg daily",
    "ondansetron 8 mg PRN",
    "oxycodone 5 mg q6h PRN",
    "gabapentin 300 mg TID",
    "omeprazole 20 mg daily",
    "dexamethasone 4 mg BID",
    "vitamin D 2000 IU daily",
    "calcium carbonate 500 mg BID",
    "sertraline 50 mg daily",
    "amlodipine 5 mg daily",
    "albuterol inhaler PRN",
    "insulin glargine 18 units nightly",
    "prochlorperazine 10 mg PRN",
    "senna 2 tabs nightly",
    "lorazepam 0.5 mg PRN",
    "carvedilol 6.25 mg BID",
    "furosemide 20 mg daily",
    "docusate 100 mg BID",
    "melatonin 3 mg nightly",
)
PMH = (
    "hypertension",
    "type 2 diabetes",
    "COPD on 2 L home oxygen at night",
    "atrial fibrillation",
    "hypothyroidism",
    "prior MI with stent 2017",
    "obstructive sleep apnea on CPAP",
    "chronic kidney disease stage 3",
    "depression",
    "osteoarthritis of both knees",
    "GERD",
    "remote DVT",
    "rheumatoid arthritis",
    "anxiety with claustrophobia",
    "peripheral neuropathy",
    "BPH",
    "gout",
    "migraine",
)
SOCIAL = (
    "Retired machinist, lives with his wife, 40 pack-year smoker who quit in 2015.",
    "Works as a school bus driver; never smoker; drinks wine socially.",
    "Lives alone, daughter nearby helps with rides to the center.",
    "Former smoker, 1 ppd for 30 years, quit last spring. No alcohol.",
    "Married, two grown children, works from home in accounting.",
    "Farmer, drives 70 miles each way; we discussed housing assistance through our social worker.",
    "Lives with partner; uses a walker; no tobacco.",
    "Retired teacher, active, walks 2 miles daily.",
)
FAMILY = (
    "Mother with breast cancer in her 60s.",
    "Father died of colon cancer at 71.",
    "No family history of malignancy.",
    "Brother with prostate cancer treated with surgery.",
    "Sister with ovarian cancer, BRCA negative.",
    "Family history notable for heart disease.",
)
ROS_ITEMS = (
    ("fatigue", "mild fatigue"),
    ("weight", "{kg} kg weight loss over {wk} weeks"),
    ("pain", "pain {p}/10"),
    ("appetite", "decreased appetite"),
    ("sleep", "poor sleep"),
    ("cough", "dry cough"),
    ("dyspnea", "exertional dyspnea"),
    ("bowel", "loose stools"),
    ("urinary", "nocturia x{n}"),
    ("headache", "morning headaches"),
    ("vision", "no visual change"),
    ("skin", "no rash"),
    ("fever", "denies fevers"),
    ("nausea", "intermittent nausea"),
)
EXAM = (
    "General: alert, NAD, ambulatory.",
    "HEENT: oropharynx clear, no thrush.",
    "Neck: supple, no palpable adenopathy.",
    "Lungs: clear bilaterally, no wheeze.",
    "CV: regular rate and rhythm.",
    "Abdomen: soft, nontender, no masses.",
    "Ext: trace bilateral edema.",
    "Neuro: CN II-XII grossly intact, strength 5/5.",
    "Skin: well-healed surgical scar.",
    "Lymph: no supraclavicular or axillary adenopathy.",
    "Psych: appropriate mood and affect.",
    "GU: deferred.",
    "Back: tender to percussion over the mid thoracic spine.",
)
COUNSEL = (
    "We reviewed the rationale for radiation, expected acute effects (fatigue, skin irritation) and late effects.",
    "Consent was signed after discussing risks including fatigue, skin changes, and rare serious injury.",
    "We discussed the daily schedule and the importance of arriving with a consistent bladder and rectal state.",
    "Questions were answered; the patient's spouse was present for the discussion.",
    "We talked about smoking cessation and offered the quit line.",
    "Nutrition referral placed given the expected mucositis.",
    "Social work referral for transportation between the Mill Creek and Northgate centers.",
    "Total time spent was over 60 minutes, more than half in counseling.",
    "Fertility preservation was discussed and declined.",
    "We reviewed the possibility of treatment breaks and what to call about after hours.",
)
DRAGON_NOISE = (
    "the patient was seen in sedimentation",
    "new paragraph",
    "she tolerated the procedure well in the moose position",
    "we will sea her back",
    "scratch that",
    "he was placed on the couch in the spine position",
    "this was discussed with the patient and her hus band",
)


def cap(text: str) -> str:
    """Upper-case the first letter only (not in tokens like "cT2" or "p16")."""
    if len(text) > 1 and not text[1].islower():
        return text
    return text[:1].upper() + text[1:]


def history_paragraph(plan: Plan, rng: random.Random) -> list[str]:
    """A dated oncologic history (plain, historical)."""
    months = rng.sample(range(1, 13), 4)
    out = [
        f"{rng.choice(('Mr.', 'Ms.', 'Mrs.'))} "
        f"{rng.choice(('Alder', 'Birch', 'Crane', 'Dorsey', 'Ellery', 'Fenwick', 'Garnet', 'Hollis'))} "
        f"is a {rng.randint(34, 86)}-year-old with {rng.choice(plan.dx)} referred through the Epic referral queue.",
        f"In {months[0]}/2025 "
        f"{rng.choice(('symptoms began', 'screening was abnormal', 'an incidental finding was noted'))} "
        f"and workup followed with {rng.choice(('biopsy', 'core biopsy', 'endoscopy with biopsy', 'FNA'))}.",
        f"Pathology on {months[1]}/2025 "
        f"{rng.choice(('confirmed malignancy', 'was reviewed at tumor board', 'showed high-grade disease'))}.",
        f"{rng.choice(('Medical oncology', 'Surgery', 'The multidisciplinary clinic'))} "
        f"saw the patient in {months[2]}/2025 and "
        f"{rng.choice(('recommended radiation', 'started systemic therapy', 'proceeded with resection'))}.",
        "Since then "
        + rng.choice(
            (
                "symptoms have been stable",
                "pain has increased",
                "weight has drifted down",
                "performance status is ECOG 1",
            )
        )
        + ".",
    ]
    return out


INTERVAL = (
    "seen in the Lakeshore clinic for a PICC check, no issues",
    "ED visit for dehydration, received 2 L fluids and was discharged",
    "phone call about worsening pain, oxycodone dose increased",
    "cycle {c} of chemotherapy given with growth factor support",
    "tumor board discussion, consensus for radiation at one of our centers",
    "dental clearance obtained before treatment",
    "port placed by interventional radiology without complication",
    "nurse navigator call, transportation arranged",
    "urgent visit for a fall at home, x-rays negative for fracture",
    "repeat labs showed a stable creatinine",
    "palliative care consult for symptom management",
    "insurance authorization submitted by the practice's prior-auth team",
)


def interval_history(rng: random.Random) -> list[str]:
    """Dated interval events (plain)."""
    out = []
    for _ in range(rng.randint(5, 12)):
        event = rng.choice(INTERVAL).format(c=rng.randint(1, 6))
        out.append(f"On {rng.randint(1, 12)}/{rng.randint(1, 28)}: {event}.")
    return out


PATHOLOGY = (
    "Margins were negative, closest {mm} mm.",
    "Lymphovascular invasion present.",
    "Ki-67 {pct}%.",
    "{n} of {m} lymph nodes involved, largest deposit {mm} mm, no extranodal extension.",
    "Perineural invasion identified.",
    "Grade 3 of 3.",
    "Molecular panel sent; PD-L1 TPS {pct}%.",
    "Immunohistochemistry confirmed the diagnosis.",
    "Mitotic rate {pct2} per 10 HPF.",
    "Tumor size {cm} cm.",
    "Pathology reviewed at our weekly multidisciplinary conference.",
)
SYSTEMIC = (
    "Completed {n} cycles of carboplatin/paclitaxel with moderate neuropathy.",
    "On pembrolizumab since {mo}/2025, tolerating it.",
    "Received FOLFOX x{n}, last dose {mo}/2026.",
    "Supportive medications reviewed {mo}/2026.",
    "Systemic therapy to resume after radiation.",
    "Concurrent cisplatin planned weekly with medical oncology at the Cedar Hills infusion suite.",
    "No prior chemotherapy.",
    "Dose-reduced for thrombocytopenia after cycle {n}.",
    "Clinical trial screening declined.",
)
DISCUSSION = (
    "We spent a good deal of time on the goals of treatment and what success would look like for this patient.",
    "Acute effects were reviewed in detail, including fatigue that tends to build through the course.",
    "Late effects discussed include fibrosis, telangiectasia, and a small risk of a second malignancy.",
    "The patient asked about driving to treatment; we reviewed the schedule and parking at our freestanding center.",
    "We discussed the option of observation and the reasons we favor treatment.",
    "Hypofractionated and conventional schedules were compared; the patient prefers the shorter course if appropriate.",
    "The family raised concerns about cost; our financial counselor will meet them before the first fraction.",
    "We reviewed skin care: mild soap, no lotion within four hours of treatment, loose clothing.",
    "We talked about maintaining weight and protein intake, and the dietitian will see the patient weekly.",
    "We reviewed the role of daily image guidance and why the setup takes longer than the beam-on time.",
    "Sexual health and fertility questions were addressed and a referral offered.",
    "The patient understands that treatment is delivered Monday through Friday and holidays may shift the end date.",
    "We explained that the planning process takes one to two weeks after simulation.",
    "Advance directives were discussed; the patient has a health care proxy on file.",
    "Pain control was reviewed with the palliative team's recommendations in mind.",
    "We encouraged continued walking and light activity throughout treatment.",
    "All questions were answered to the patient's satisfaction and the patient wishes to proceed.",
    "The treatment plan will be reviewed again at weekly chart rounds.",
)


ACTOR_OBJECTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Medical oncology",
        ("a steroid taper", "growth factor support", "the next cycle", "antiemetics", "dose reduction"),
    ),
    ("Her PCP", ("blood pressure medications", "a statin", "diabetes control", "the annual wellness visit")),
    ("The surgical team", ("drain removal", "wound check", "clip placement review", "the post-op visit")),
    (
        "Our nurse navigator",
        ("transportation", "a financial counseling visit", "lodging for out-of-town weeks", "a support group"),
    ),
    ("GI", ("a bowel regimen", "an appetite stimulant", "PEG tube teaching", "a stent check")),
    ("The hospitalist", ("discharge planning", "potassium replacement", "IV fluids", "anticoagulation bridging")),
    (
        "Palliative care",
        ("a long-acting opioid", "a bowel regimen with the opioid", "goals-of-care discussion", "a steroid trial"),
    ),
    ("Cardiology", ("pacemaker interrogation before RT", "beta-blocker titration", "anticoagulation plan")),
    ("Interventional radiology", ("port placement", "a drain exchange", "a biopsy")),
    ("Our dietitian", ("oral supplements", "a calorie count", "weekly weights")),
    ("Physical therapy", ("a walker for balance", "home exercises", "a fall-prevention program")),
    ("Dental", ("extractions before treatment", "fluoride trays", "a clearance letter")),
)
ACTIONS = ("reviewed", "adjusted", "recommended", "arranged", "deferred", "started", "completed", "discussed")
SCREENS = (
    "Distress thermometer {n}/10, mostly about finances.",
    "PHQ-2 score {m}.",
    "Fall risk screen: {risk}.",
    "Malnutrition screening tool score {m}.",
    "Pain {n}/10, {where}, {kind}, worse at night.",
    "ECOG {e} by self-report.",
    "Able to walk {blocks} blocks before resting.",
    "Sleeping {h} hours a night.",
    "Weight {kg} kg today, {delta} kg from last visit.",
)


def timeline(rng: random.Random, count: int) -> list[str]:
    """Dated clinical events built from combinable parts (plain, no imaging)."""
    out = []
    for _ in range(count):
        actor, objects = rng.choice(ACTOR_OBJECTS)
        out.append(
            f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{rng.choice((2025, 2026))}: {actor} "
            f"{rng.choice(ACTIONS)} {rng.choice(objects)}."
        )
    return out


def screens(rng: random.Random) -> list[str]:
    """Nursing screening lines with values."""
    picks = rng.sample(SCREENS, rng.randint(4, len(SCREENS)))
    return [
        p.format(
            n=rng.randint(0, 9),
            m=rng.randint(0, 5),
            risk=rng.choice(("low", "moderate", "high")),
            where=rng.choice(("low back", "right hip", "left chest", "pelvis", "neck")),
            kind=rng.choice(("aching", "sharp", "burning")),
            e=rng.randint(0, 3),
            blocks=rng.randint(1, 10),
            h=rng.randint(3, 9),
            kg=rng.randint(45, 130),
            delta=rng.choice(("-1.5", "-3", "+0.5", "-4.2", "unchanged")),
        )
        for p in picks
    ]


def long_sections(plan: Plan, rng: random.Random) -> list[tuple[str, str, list[str]]]:
    """The long-note history sections, each (key, title, sentences), 520-1250 words of filler."""
    meds = rng.sample(MEDS, rng.randint(5, 11))
    ros = rng.sample(ROS_ITEMS, rng.randint(8, 14))
    ros_text = [
        f"{k.capitalize()}: "
        + v.format(kg=rng.randint(2, 9), wk=rng.randint(3, 12), p=rng.randint(0, 8), n=rng.randint(1, 4))
        + "."
        for k, v in ros
    ]
    labs = [
        f"WBC {rng.uniform(3.1, 11.5):.1f}, Hgb {rng.uniform(8.9, 15.2):.1f}, platelets {rng.randint(95, 410)}.",
        f"Creatinine {rng.uniform(0.6, 2.2):.2f}, eGFR {rng.randint(28, 105)}.",
        f"ALT {rng.randint(12, 80)}, AST {rng.randint(12, 70)}, albumin {rng.uniform(2.8, 4.6):.1f}.",
    ]
    if plan.site.key == "prostate":
        labs.append(f"PSA {rng.uniform(0.1, 38):.1f} on {rng.randint(1, 12)}/{rng.randint(1, 28)}.")
    path = [
        rng.choice(PATHOLOGY).format(
            mm=rng.randint(1, 9),
            pct=rng.randint(5, 95),
            pct2=rng.randint(0, 90),
            n=rng.randint(1, 6),
            m=rng.randint(8, 22),
            cm=f"{rng.uniform(0.8, 6.5):.1f}",
        )
        for _ in range(rng.randint(2, 5))
    ]
    systemic = [
        rng.choice(SYSTEMIC).format(n=rng.randint(2, 8), mo=rng.randint(1, 12)) for _ in range(rng.randint(1, 3))
    ]
    sections: list[tuple[str, str, list[str]]] = [
        ("hpi", "History of present illness", history_paragraph(plan, rng) + interval_history(rng)),
        ("pathology", rng.choice(("Pathology", "Path")), list(dict.fromkeys(path))),
        (
            "systemic",
            rng.choice(("Systemic therapy", "Oncologic treatment to date", "Chemotherapy history")),
            list(dict.fromkeys(systemic)),
        ),
        ("pmh", "Past medical history", [cap(", ".join(rng.sample(PMH, rng.randint(3, 7)))) + "."]),
        ("meds", "Medications", [m + "." for m in meds]),
        (
            "allergies",
            "Allergies",
            [rng.choice(("NKDA.", "Penicillin (rash).", "Sulfa.", "Codeine (nausea).", "Latex."))],
        ),
        ("social", "Social history", [rng.choice(SOCIAL)]),
        ("family", "Family history", [rng.choice(FAMILY)]),
        ("ros", "Review of systems", ros_text),
        (
            "exam",
            "Physical exam",
            [
                f"BP {rng.randint(98, 168)}/{rng.randint(56, 98)}, HR {rng.randint(54, 108)}, "
                f"wt {rng.randint(48, 131)} kg, "
                f"KPS {rng.choice((60, 70, 80, 90))}.",
                *rng.sample(EXAM, rng.randint(6, 10)),
            ],
        ),
        ("labs", "Labs", labs),
        ("counsel", "Counseling", rng.sample(COUNSEL, rng.randint(3, 6))),
        (
            "discussion",
            rng.choice(("Discussion", "Goals of care", "Extended counseling")),
            rng.sample(DISCUSSION, rng.randint(6, 12)),
        ),
    ]
    middle = sections[1:6]
    rng.shuffle(middle)
    sections[1:6] = middle
    target = rng.randint(600, 1250)
    extra_timeline = timeline(rng, rng.randint(4, 8))
    sections.insert(
        1, ("timeline", rng.choice(("Oncologic timeline", "Interval events", "Course to date")), extra_timeline)
    )
    sections.insert(
        rng.randint(2, len(sections) - 1),
        ("screening", rng.choice(("Nursing screens", "Intake screening", "Vitals and screens")), screens(rng)),
    )

    always = ("hpi", "timeline", "meds", "ros", "exam", "counsel", "discussion")
    keep = [s for s in sections if s[0] in always or rng.random() < 0.8]

    def count() -> int:
        return sum(len(x.split()) for _, _, body in keep for x in body)

    while count() < target:
        extra_timeline.extend(timeline(rng, 3))
    return keep
