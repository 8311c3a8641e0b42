"""Text that counts for nothing: setup details, history, medications, exam, labs, logistics."""

from __future__ import annotations

import random

from writer_u.evidence import Ctx

SETUP = [
    "Positioned supine, head first, arms on chest.",
    "Patient lying comfortably on the couch.",
    "Laser alignment to the midline and lateral marks.",
    "Three permanent tattoos placed (anterior and both laterals).",
    "Setup photographs taken and uploaded to the chart.",
    "Reference marks drawn and covered with Tegaderm.",
    "BBs placed on the tattoo points.",
    "Bladder-full instructions followed; drank 16 oz water 45 min before.",
    "Empty rectum confirmed per prep instructions.",
    "Time-out performed with two identifiers.",
    "Consent reviewed and signed before the procedure.",
    "Tolerated the procedure well, no acute issues.",
    "Vitals stable throughout.",
    "Patient ambulated out of the department with family.",
    "Pain controlled with home oxycodone taken before arrival.",
    "Knee sponge placed for comfort.",
    "Hands clasped on chest; shoulders relaxed.",
    "Table height and longitudinal position recorded.",
    "Preferred start date discussed with scheduling.",
    "Transport arranged by the patient's daughter.",
    "Reviewed skin-care instructions.",
    "Patient voiced understanding of next steps.",
    "Interpreter (Spanish) present via iPad.",
    "Temperature in the room adjusted for comfort.",
    "Chaperone present.",
    "Two therapists present for the setup.",
    "Setup reproducible on recheck.",
    "Weight today {wt} kg.",
    "Fasting for 3 hours before arrival as instructed.",
]
SCAN = [
    "Scan range from {a} to {b}.",
    "Slice thickness {mm} mm.",
    "Scan acquired free-breathing.",
    "Images exported to the planning system.",
    "Scout reviewed before the full acquisition.",
    "Images pushed to Monaco for contouring.",
    "Datasets sent to MIM for contouring.",
]
SITE_RANGES = {
    "prostate": [("L3", "mid-femur"), ("L4", "below the ischial tuberosities")],
    "rectum": [("L1", "mid-femur")],
    "gyn": [("T10", "mid-femur"), ("L1", "below the vulva")],
    "bladder": [("L3", "mid-femur")],
    "prostate_brachy": [("L5", "below the perineum")],
    "breast": [("the mandible", "L1"), ("C2", "below the inframammary fold")],
    "lung": [("the cricoid", "L2"), ("C4", "the adrenals")],
    "esophagus": [("the cricoid", "L3")],
    "head_neck": [("the vertex", "the carina"), ("the orbits", "below the clavicles")],
    "brain_srs": [("the vertex", "C2"), ("above the skull", "the hyoid")],
    "pancreas": [("T6", "L5")],
    "lymphoma": [("the skull base", "L1"), ("the mandible", "the diaphragm")],
    "bone_mets": [("T2", "S2"), ("C2", "L3")],
    "skin": [("the vertex", "the chin")],
}
RANGES = [
    ("the vertex", "the carina"),
    ("T10", "mid-femur"),
    ("the mandible", "L1"),
    ("C2", "the iliac crest"),
    ("the orbits", "the hyoid"),
    ("L1", "below the ischial tuberosities"),
    ("the skull base", "the carina"),
]
PLAN_NEXT = [
    "Contours to be drawn by {md_short} this week.",
    "Plan review targeted for next Thursday.",
    "Start date tentatively {start}.",
    "Dosimetry to plan once contours are signed.",
    "Physics chart check before first fraction.",
    "Patient to call with any questions.",
    "Will see in weekly OTV once treatment begins.",
    "Prescription to be entered in MOSAIQ after contouring.",
    "Nurse teaching completed today.",
    "Scheduling to confirm daily appointment times.",
]
MEDS = [
    "lisinopril {d} mg daily",
    "metformin 500 mg BID",
    "atorvastatin {d} mg nightly",
    "tamsulosin 0.4 mg qHS",
    "apixaban 5 mg BID",
    "levothyroxine {m} mcg daily",
    "omeprazole 20 mg daily",
    "amlodipine 5 mg daily",
    "sertraline 50 mg daily",
    "gabapentin 300 mg TID",
    "oxycodone 5 mg q6h PRN",
    "ondansetron 8 mg PRN",
    "dexamethasone 4 mg BID",
    "leuprolide 22.5 mg q3 months",
    "anastrozole 1 mg daily",
    "albuterol inhaler PRN",
    "insulin glargine {u} units qHS",
    "furosemide 20 mg daily",
    "senna 8.6 mg qHS",
    "vitamin D3 2000 IU daily",
    "metoprolol succinate {d} mg daily",
    "clopidogrel 75 mg daily",
    "tiotropium 18 mcg inhaled daily",
    "bicalutamide 50 mg daily",
    "capecitabine per med onc",
    "prochlorperazine 10 mg PRN",
    "lorazepam 0.5 mg PRN",
]
PMH = [
    "hypertension",
    "type 2 diabetes",
    "COPD on home oxygen at night",
    "atrial fibrillation on anticoagulation",
    "coronary artery disease s/p stent ({y})",
    "hypothyroidism",
    "obstructive sleep apnea on CPAP",
    "chronic kidney disease stage 3a",
    "osteoarthritis of both knees",
    "depression",
    "GERD",
    "prior DVT ({y})",
    "hyperlipidemia",
    "benign essential tremor",
    "gout",
    "peripheral neuropathy",
    "macular degeneration",
]
PSH = [
    "cholecystectomy ({y})",
    "right knee replacement ({y})",
    "appendectomy as a child",
    "hernia repair ({y})",
    "cataract surgery ({y})",
    "tonsillectomy",
    "C-section x2",
    "carpal tunnel release",
]
SOCIAL = [
    "Retired {job}; lives with {rel} in {town}.",
    "Former smoker, {py} pack-years, quit {y}.",
    "Never smoker. Drinks {drinks} beers a week.",
    "Works part time as a {job}.",
    "Lives alone; daughter nearby helps with rides.",
    "Drives himself/herself to appointments, 40 minutes each way.",
    "Current smoker, {ppd} ppd; counseled on cessation.",
    "No illicit drugs.",
    "Enjoys fishing and church choir.",
]
JOBS = [
    "school bus driver",
    "machinist",
    "bookkeeper",
    "rancher",
    "dental hygienist",
    "postal carrier",
    "welder",
    "nurse aide",
    "county clerk",
    "electrician",
    "hairdresser",
    "long-haul trucker",
]
TOWNS = ["Alder Falls", "Juniper Mesa", "Halcott", "Stillwater Ridge", "Copper Flats", "Wren Hollow", "Kettle Bend"]
FAMILY = [
    "Mother with breast cancer in her 70s.",
    "Father died of MI at 66.",
    "Brother with colon polyps.",
    "No known family history of cancer.",
    "Sister with thyroid disease.",
    "Maternal uncle with prostate cancer.",
]
ROS = [
    "Constitutional: {wl} lb weight loss over 3 months; fatigue.",
    "Constitutional: denies fevers or night sweats.",
    "HEENT: no vision changes, no dysphagia.",
    "Cardiac: no chest pain or palpitations.",
    "Respiratory: mild exertional dyspnea, chronic cough.",
    "GI: occasional constipation, no bleeding.",
    "GU: nocturia x{nx}, weak stream.",
    "GU: no hematuria or dysuria.",
    "MSK: low back ache, worse at night.",
    "Neuro: no focal weakness, no headaches.",
    "Psych: anxious about treatment, sleeping poorly.",
    "Skin: no rashes.",
    "Heme: bruises easily on anticoagulation.",
    "Endo: no heat or cold intolerance.",
]
EXAM = [
    "Vitals: BP {bp}/{bp2}, HR {hr}, T 36.{t}, SpO2 {o2}% RA, weight {wt} kg.",
    "General: well appearing, in no distress.",
    "ECOG {ecog}.",
    "HEENT: oropharynx clear, no thrush.",
    "Neck: supple, no palpable adenopathy.",
    "Lungs: clear bilaterally, scattered expiratory wheeze.",
    "Heart: regular rate, no murmur.",
    "Abdomen: soft, nontender, no masses.",
    "Extremities: trace bilateral ankle edema.",
    "Neuro: alert and oriented x3, strength 5/5 throughout.",
    "Skin: well-healed surgical scar.",
    "Lymph: no supraclavicular or axillary nodes.",
]
LABS = [
    "Hgb {hgb}",
    "WBC {wbc}",
    "Plt {plt}",
    "Cr {cr}",
    "eGFR {egfr}",
    "Na {na}",
    "K {k}",
    "glucose {glu}",
    "albumin {alb}",
    "ALT {alt}",
    "TSH {tsh}",
]
HPI_OPEN = [
    "{age}-year-old {sexw} with {dx}, seen today with {his} daughter.",
    "Pt is {age} y/o {sexw}, referred by {ref} for {dx}.",
    "{Pt} is a pleasant {age}-year-old {sexw}; diagnosis {dx}.",
    "I saw this {age}-year-old {sexw} again today; {dx}.",
    "{age} yo {sexw} with {dx}.",
]
COURSE = [
    "{date}: seen by {ref}; work-up started.",
    "{date}: tumor board review, radiation recommended.",
    "{date}: biopsy performed, pathology as above.",
    "{date}: started systemic therapy with {ref}.",
    "{date}: dental clearance obtained.",
    "{date}: pain improved on dexamethasone taper.",
    "{date}: insurance authorization submitted.",
    "{date}: seen in clinic for consent discussion.",
    "{date}: declined clinical trial participation.",
    "{date}: nutrition consult completed.",
]


def _vals(rng: random.Random) -> dict[str, object]:
    return {
        "d": rng.choice([5, 10, 20, 25, 40]),
        "m": rng.choice([50, 75, 88, 100, 112]),
        "u": rng.randrange(10, 40),
        "y": rng.randrange(1995, 2024),
        "wt": rng.randrange(48, 131),
        "mm": rng.choice([1, 2, 3]),
        "bp": rng.randrange(104, 168),
        "bp2": rng.randrange(58, 96),
        "hr": rng.randrange(56, 104),
        "t": rng.randrange(4, 9),
        "o2": rng.randrange(91, 100),
        "ecog": rng.randrange(0, 3),
        "wl": rng.randrange(3, 22),
        "nx": rng.randrange(1, 5),
        "hgb": f"{rng.uniform(9.1, 15.2):.1f}",
        "wbc": f"{rng.uniform(3.2, 11.5):.1f}",
        "plt": rng.randrange(98, 410),
        "cr": f"{rng.uniform(0.6, 1.9):.2f}",
        "egfr": rng.randrange(34, 99),
        "na": rng.randrange(132, 145),
        "k": f"{rng.uniform(3.4, 5.1):.1f}",
        "glu": rng.randrange(78, 240),
        "alb": f"{rng.uniform(2.9, 4.6):.1f}",
        "alt": rng.randrange(11, 71),
        "tsh": f"{rng.uniform(0.5, 4.8):.2f}",
        "py": rng.randrange(10, 80),
        "ppd": rng.choice(["1/2", "1", "1.5"]),
        "drinks": rng.randrange(2, 15),
        "job": rng.choice(JOBS),
        "rel": rng.choice(["his wife", "her husband", "a partner", "an adult son", "two dogs"]),
        "town": rng.choice(TOWNS),
    }


def pick_fmt(rng: random.Random, pool: list[str], k: int) -> list[str]:
    """Return ``k`` distinct phrases from a pool with their placeholders filled."""
    chosen = rng.sample(pool, min(k, len(pool)))
    return [p.format(**_vals(rng)) for p in chosen]


def setup_lines(ctx: Ctx, k: int) -> list[str]:
    """Return setup/logistics sentences; scan details only when the plan has CT."""
    rng = ctx.rng
    lines = pick_fmt(rng, SETUP, k)
    if "CT" in ctx.plan.modalities and rng.random() < 0.7:
        a, b = rng.choice(SITE_RANGES.get(ctx.plan.site, RANGES))
        lines += [s.format(a=a, b=b, mm=rng.choice([1, 2, 3])) for s in rng.sample(SCAN, rng.randrange(1, 3))]
    rng.shuffle(lines)
    return lines


def immob_device(ctx: Ctx) -> str:
    """Return the immobilisation device of the note's site."""
    return ctx.pick(ctx.site.immob)


def immob_line(ctx: Ctx, device: str | None = None) -> str:
    """Return an immobilisation sentence (custom devices are never a feature)."""
    device = device or ctx.pick(ctx.site.immob)
    return ctx.pick(
        [
            f"Immobilization: {device}.",
            f"Patient immobilized with {device}.",
            f"{device[0].upper()}{device[1:]} used for immobilization.",
            f"Setup device - {device}.",
        ]
    )


def plan_lines(ctx: Ctx, k: int) -> list[str]:
    """Return future logistics (no evidence)."""
    md_short = "Dr. " + ctx.md.split(",")[0].split()[-1]
    start = f"{ctx.rng.randrange(1, 13)}/{ctx.rng.randrange(1, 29)}"
    pool = PLAN_NEXT if "CT" in ctx.plan.modalities else [p for p in PLAN_NEXT if "ontour" not in p]
    return [p.format(md_short=md_short, start=start) for p in ctx.rng.sample(pool, k)]


def hpi(ctx: Ctx, dx: str, ref: str) -> str:
    """Return an opening history sentence."""
    sexw = "man" if ctx.sex == "M" else "woman"
    return ctx.pick(HPI_OPEN).format(
        age=ctx.age, sexw=sexw, dx=dx, ref=ref, his=ctx.his, Pt=ctx.pick(["Patient", "Pt", "This patient"])
    )


def long_sections(ctx: Ctx, ref: str) -> list[tuple[str, str, list[str]]]:
    """Return the history/exam/medication sections that bury the evidence in a long note."""
    rng = ctx.rng
    v = _vals(rng)
    meds = pick_fmt(rng, MEDS, rng.randrange(8, 15))
    pmh = pick_fmt(rng, PMH, rng.randrange(4, 8))
    course = [c.format(date=ctx.hist_date(), ref=ref) for c in rng.sample(COURSE, rng.randrange(4, 8))]
    labs = ", ".join(s.format(**v) for s in rng.sample(LABS, rng.randrange(5, 10)))
    sections = [
        ("pmh", "PAST MEDICAL HISTORY", [", ".join(pmh) + "."]),
        ("psh", "PAST SURGICAL HISTORY", [", ".join(pick_fmt(rng, PSH, rng.randrange(2, 5))) + "."]),
        ("meds", "MEDICATIONS", [m + "." for m in meds]),
        (
            "allergies",
            "ALLERGIES",
            [
                rng.choice(
                    ["NKDA.", "Penicillin (rash).", "Sulfa (hives); codeine (nausea).", "Latex.", "Morphine (itching)."]
                )
            ],
        ),
        ("social", "SOCIAL HISTORY", pick_fmt(rng, SOCIAL, rng.randrange(2, 5))),
        ("family", "FAMILY HISTORY", rng.sample(FAMILY, rng.randrange(1, 4))),
        ("ros", "REVIEW OF SYSTEMS", pick_fmt(rng, ROS, rng.randrange(6, 12))),
        ("exam", "PHYSICAL EXAMINATION", pick_fmt(rng, EXAM, rng.randrange(6, 11))),
        ("labs", "LABS", [f"{ctx.hist_date()}: {labs}."]),
        ("course", "ONCOLOGIC HISTORY", course),
    ]
    rng.shuffle(sections)
    return sections


DISCUSSION = [
    "We reviewed the rationale for radiation, expected acute effects and the small risk of late toxicity at length.",
    "{He} asked about driving during treatment; we advised arranging rides for the first week.",
    "Goals of care were discussed with {his} family; full code for now.",
    "{He} has a follow-up with the referring physician in about six weeks.",
    "Financial counseling referral placed because of a high deductible.",
    "Questions about fatigue and work schedule were answered; a letter for {his} employer was provided.",
    "Smoking cessation resources were offered again and accepted.",
    "Dietitian will meet {him} during the first week of treatment.",
    "Social work to assist with lodging near the centre on treatment days.",
    "Advance directive is on file; health-care proxy is {his} spouse.",
    "{He} reports mood is better since starting sertraline and is sleeping more.",
    "Pain is 4/10 today, down from 7/10 last month, on scheduled acetaminophen.",
    "Appetite fair; eating small meals and drinking two supplements daily.",
    "Home health is not needed at present; {he} remains independent in ADLs.",
    "{He} walks about a mile most mornings and plans to continue during treatment.",
    "Transportation through the county van was set up for the later weeks.",
]


def discussion(ctx: Ctx, k: int) -> list[str]:
    """Return counseling and social sentences for long notes."""
    he = "He" if ctx.sex == "M" else "She"
    him = "him" if ctx.sex == "M" else "her"
    return [
        s.format(He=he, he=ctx.he, his=ctx.his, him=him) for s in ctx.rng.sample(DISCUSSION, min(k, len(DISCUSSION)))
    ]


RECORD_EVENTS = [
    "office visit with {who}; {finding}",
    "labs drawn at {place}; {finding}",
    "ED visit at {place} for {complaint}; {finding}",
    "telephone call with {who} about {complaint}",
    "follow-up with {who}; {finding}",
    "urgent care for {complaint}",
    "pharmacy note: {complaint} medication changed",
    "home health intake; {finding}",
    "PT evaluation for {complaint}",
]
WHO = [
    "primary care (Dr. Vance Holloway)",
    "cardiology (Dr. Ines Barragan)",
    "pulmonology",
    "the referring surgeon",
    "nephrology",
    "palliative care NP",
    "endocrinology",
    "podiatry",
    "the wound clinic",
    "GI (Dr. Kofi Mensah)",
]
PLACES = [
    "Copper Flats Regional",
    "Wren Hollow Clinic",
    "Kettle Bend Urgent Care",
    "Basin Valley Hospital",
    "the Halcott lab draw station",
]
COMPLAINTS = [
    "dizziness",
    "a fall at home",
    "shortness of breath",
    "chest tightness",
    "leg swelling",
    "a UTI",
    "poorly controlled sugars",
    "back spasm",
    "a cough",
    "constipation",
    "insomnia",
    "a gout flare",
]
FINDINGS = [
    "no acute findings",
    "started on antibiotics",
    "diuretic dose increased",
    "A1c {a1c}",
    "BP {bp}/{bp2}",
    "advised rest and fluids",
    "referred to PT",
    "potassium {k}",
    "no medication changes",
    "weight {wt} kg",
]


def pad_section(ctx: Ctx, n: int) -> tuple[str, str, list[str]]:
    """Return one extra dated-records section of ``n`` lines for a long note."""
    rng = ctx.rng
    lines = []
    for _ in range(n):
        v = _vals(rng)
        finding = rng.choice(FINDINGS).format(a1c=f"{rng.uniform(5.6, 9.8):.1f}", **v)
        event = rng.choice(RECORD_EVENTS).format(
            who=rng.choice(WHO), place=rng.choice(PLACES), complaint=rng.choice(COMPLAINTS), finding=finding
        )
        lines.append(f"{ctx.hist_date()}: {event}.")
    title = rng.choice(["Outside records reviewed", "Interval history", "Records from other providers", "Chart review"])
    return "records", title, lines
