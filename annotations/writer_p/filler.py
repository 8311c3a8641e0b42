"""Long-note filler for writer P: VA problem lists, medications, vitals, labs, exposures, social history, ROS, exam.

Nothing here is evidence; values vary so that long notes do not repeat each other.
"""

from __future__ import annotations

from .plan import Ctx

PROBLEMS = [
    ("E11.9", "Type 2 diabetes mellitus without complications"), ("I10", "Essential hypertension"),
    ("F43.10", "Post-traumatic stress disorder, unspecified"), ("J44.9", "Chronic obstructive pulmonary disease"),
    ("H91.90", "Hearing loss, bilateral (SC)"), ("H93.13", "Tinnitus, bilateral"), ("E78.5", "Hyperlipidemia"),
    ("M54.50", "Low back pain"), ("G47.33", "Obstructive sleep apnea"),
    ("F17.210", "Nicotine dependence, cigarettes"), ("I25.10", "Coronary artery disease, native vessel"),
    ("N18.3", "Chronic kidney disease, stage 3"), ("K21.9", "GERD"), ("F32.A", "Depression, unspecified"),
    ("M17.11", "Primary osteoarthritis, right knee"), ("I48.91", "Atrial fibrillation"),
    ("Z87.891", "History of nicotine dependence"), ("F10.21", "Alcohol use disorder, in remission"),
    ("E66.9", "Obesity"), ("G62.9", "Peripheral neuropathy"), ("Z89.611", "Acquired absence of right leg above knee"),
    ("S06.9X0S", "TBI, sequela"), ("L40.0", "Psoriasis vulgaris"), ("D64.9", "Anemia, unspecified"),
]
MEDS = [
    ("METFORMIN HCL 500MG TAB", "TAKE ONE TABLET BY MOUTH TWICE A DAY WITH MEALS"),
    ("LISINOPRIL 20MG TAB", "TAKE ONE TABLET BY MOUTH EVERY DAY"),
    ("ATORVASTATIN CALCIUM 40MG TAB", "TAKE ONE TABLET BY MOUTH AT BEDTIME"),
    ("SERTRALINE HCL 100MG TAB", "TAKE ONE TABLET BY MOUTH EVERY MORNING"),
    ("PRAZOSIN HCL 2MG CAP", "TAKE TWO CAPSULES BY MOUTH AT BEDTIME FOR NIGHTMARES"),
    ("TAMSULOSIN HCL 0.4MG CAP", "TAKE ONE CAPSULE BY MOUTH 30 MINUTES AFTER SUPPER"),
    ("ALBUTEROL 90MCG/SPRAY INHL", "INHALE 2 PUFFS BY MOUTH EVERY 4 HOURS AS NEEDED"),
    ("TIOTROPIUM 18MCG CAP,INHL", "INHALE CONTENTS OF ONE CAPSULE DAILY"),
    ("OMEPRAZOLE 20MG EC CAP", "TAKE ONE CAPSULE BY MOUTH EVERY DAY BEFORE BREAKFAST"),
    ("GABAPENTIN 300MG CAP", "TAKE ONE CAPSULE BY MOUTH THREE TIMES A DAY"),
    ("APIXABAN 5MG TAB", "TAKE ONE TABLET BY MOUTH TWICE A DAY"),
    ("ASPIRIN 81MG EC TAB", "TAKE ONE TABLET BY MOUTH EVERY DAY"),
    ("LEUPROLIDE 22.5MG INJ", "INJECT EVERY 3 MONTHS (CLINIC ADMINISTERED)"),
    ("ONDANSETRON 4MG ODT", "DISSOLVE ONE TABLET ON TONGUE EVERY 8 HOURS AS NEEDED FOR NAUSEA"),
    ("OXYCODONE HCL 5MG TAB", "TAKE ONE TABLET BY MOUTH EVERY 6 HOURS AS NEEDED FOR PAIN"),
    ("DEXAMETHASONE 4MG TAB", "TAKE ONE TABLET BY MOUTH TWICE A DAY WITH FOOD"),
    ("NICOTINE 21MG/24HR PATCH", "APPLY ONE PATCH DAILY, REMOVE OLD PATCH"),
    ("DOCUSATE NA 100MG CAP", "TAKE ONE CAPSULE BY MOUTH TWICE A DAY"),
    ("HYDROCHLOROTHIAZIDE 25MG TAB", "TAKE ONE TABLET BY MOUTH EVERY MORNING"),
    ("LEVOTHYROXINE 88MCG TAB", "TAKE ONE TABLET BY MOUTH EVERY MORNING ON AN EMPTY STOMACH"),
    ("BICALUTAMIDE 50MG TAB", "TAKE ONE TABLET BY MOUTH EVERY DAY"),
    ("MIRTAZAPINE 15MG TAB", "TAKE ONE TABLET BY MOUTH AT BEDTIME"),
    ("CARVEDILOL 12.5MG TAB", "TAKE ONE TABLET BY MOUTH TWICE A DAY"),
    ("MAGIC MOUTHWASH (VA FORMULA) SUSP", "SWISH AND SPIT 10ML FOUR TIMES A DAY"),
    ("SILVER SULFADIAZINE 1% CREAM", "APPLY TO AFFECTED AREA TWICE A DAY"),
]
ERAS = [
    ("Vietnam", "Agent Orange", "served in {place} {y1}-{y2} with the {unit}", ["Da Nang", "Bien Hoa", "Chu Lai",
                                                                                "the Mekong Delta", "Pleiku"]),
    ("Gulf War", "oil-well fire smoke and sand/particulates", "deployed to {place} in {y1}",
     ["Kuwait", "Saudi Arabia", "southern Iraq"]),
    ("OIF/OEF", "burn pits", "deployed to {place} {y1}-{y2}, lived {dist} from an open burn pit",
     ["Balad (Joint Base Balad)", "Camp Taji", "Bagram", "Kandahar", "Camp Arifjan"]),
    ("Cold War", "Camp Lejeune water", "stationed at {place} {y1}-{y2}", ["Camp Lejeune", "MCAS New River"]),
    ("Navy", "asbestos", "served as a boiler technician on {place} {y1}-{y2}", ["a destroyer tender", "an LST",
                                                                                 "a fleet oiler"]),
]
ROS = {
    "Constitutional": ["denies fevers or chills", "reports {lb} lb weight loss over 3 months", "fatigue 2/10",
                       "no night sweats", "appetite fair"],
    "Eyes": ["no visual change", "wears readers", "cataract surgery 2019"],
    "ENT": ["chronic tinnitus (SC)", "wears bilateral hearing aids", "no dysphagia", "mild sore throat"],
    "Respiratory": ["chronic dyspnea on exertion, 1 flight", "no hemoptysis", "morning cough"],
    "CV": ["denies chest pain", "no orthopnea", "occasional palpitations"],
    "GI": ["no nausea", "bowel movements daily", "occasional heartburn", "no blood per rectum"],
    "GU": ["nocturia x{noct}", "weak stream", "no hematuria", "no dysuria"],
    "MSK": ["chronic low back pain 4/10", "right knee pain", "left shoulder stiffness"],
    "Neuro": ["no headaches", "numbness in both feet", "no focal weakness"],
    "Psych": ["sleep interrupted by nightmares", "mood 'okay'", "denies SI/HI"],
    "Skin": ["no rashes", "multiple seborrheic keratoses"],
}


def problem_list(ctx: Ctx) -> list[str]:
    """An active problem list as CPRS prints it."""
    items = ctx.rng.sample(PROBLEMS, ctx.rng.randint(5, 10))
    lines = [ctx.pick(["Active Problems:", "PROBLEM LIST (active):", "Problem List - Active"])]
    for code, name in items:
        stamp = ctx.old_date(200, 3000)
        form = ctx.rng.random()
        if form < 0.4:
            lines.append(f"  {name} ({code})  onset {stamp}")
        elif form < 0.7:
            lines.append(f"  {code}  {name}")
        else:
            lines.append(f"  - {name} [ICD-10-CM {code}]")
    return lines


def med_list(ctx: Ctx) -> list[str]:
    """Active outpatient medications, CPRS style."""
    items = ctx.rng.sample(MEDS, ctx.rng.randint(5, 11))
    lines = [ctx.pick(["Active Outpatient Medications (including Supplies):", "Active and Recently Expired Outpatient "
                       "Medications (excluding Supplies):", "OUTPATIENT MEDS:"])]
    for i, (drug, sig) in enumerate(items, start=1):
        status = ctx.pick(["ACTIVE", "ACTIVE", "ACTIVE (S)", "PENDING", "HOLD"])
        lines.append(f"  {i:>2}) {drug:<34} {status}")
        if ctx.chance(0.6):
            lines.append(f"        Sig: {sig}")
    lines.append(f"  {len(items)} Total Medications")
    return lines


def vitals(ctx: Ctx) -> list[str]:
    """Copied vitals block."""
    stamp = f"{ctx.short_date()} {ctx.rng.randint(7, 11):02d}:{ctx.rng.randint(0, 59):02d}"
    temp_f = ctx.rng.uniform(97.0, 99.1)
    temp_c = (temp_f - 32) * 5 / 9
    wt = ctx.rng.randint(128, 262)
    rows = [
        f"  T: {temp_f:.1f} F [{temp_c:.1f} C] ({stamp})",
        f"  P: {ctx.rng.randint(54, 104)} ({stamp})",
        f"  R: {ctx.rng.randint(12, 22)} ({stamp})",
        f"  BP: {ctx.rng.randint(104, 168)}/{ctx.rng.randint(58, 96)} ({stamp})",
        f"  Ht: {ctx.rng.randint(62, 75)} in ({ctx.old_date(30, 400)})",
        f"  Wt: {wt} lb [{wt * 0.4536:.1f} kg] ({stamp})",
        f"  Pulse Oximetry: {ctx.rng.randint(89, 99)} % ({stamp})",
        f"  Pain: {ctx.rng.randint(0, 8)} ({stamp})",
    ]
    head = ctx.pick(["VITALS (most recent, copied from Vitals package):", "Vital Signs:", "Objective/Vitals:"])
    return [head, *ctx.rng.sample(rows, ctx.rng.randint(5, 8))]


def labs(ctx: Ctx) -> list[str]:
    """A dated lab block."""
    stamp = ctx.old_date(1, 21)
    tests = [
        ("WBC", f"{ctx.rng.uniform(2.8, 11.5):.1f}", "K/cmm"), ("HGB", f"{ctx.rng.uniform(9.1, 15.8):.1f}", "g/dL"),
        ("PLT", str(ctx.rng.randint(88, 410)), "K/cmm"), ("CREATININE", f"{ctx.rng.uniform(0.6, 2.2):.2f}", "mg/dL"),
        ("eGFR", str(ctx.rng.randint(28, 104)), "mL/min/1.73m2"), ("BUN", str(ctx.rng.randint(8, 38)), "mg/dL"),
        ("GLUCOSE", str(ctx.rng.randint(82, 241)), "mg/dL"), ("K", f"{ctx.rng.uniform(3.3, 5.3):.1f}", "mmol/L"),
        ("NA", str(ctx.rng.randint(131, 145)), "mmol/L"), ("ALB", f"{ctx.rng.uniform(2.9, 4.6):.1f}", "g/dL"),
        ("HGB A1C", f"{ctx.rng.uniform(5.4, 9.8):.1f}", "%"), ("PSA", f"{ctx.rng.uniform(0.1, 40):.2f}", "ng/mL"),
    ]
    if ctx.female:
        tests = [t for t in tests if t[0] != "PSA"]
    chosen = ctx.rng.sample(tests, ctx.rng.randint(4, 8))
    lines = [ctx.pick([f"LABS ({stamp}):", f"Recent labs {stamp}:", "Lab results (last 30 days):"])]
    for name, val, unit in chosen:
        flag = ctx.pick(["", "", "", " H", " L"])
        lines.append(f"  {name:<11} {val:>6}{flag:<2} {unit}")
    return lines


def exposures(ctx: Ctx) -> list[str]:
    """Military service and toxic exposure history (PACT Act screen)."""
    era, agent, tmpl, places = ctx.pick(ERAS)
    y1 = {"Vietnam": 1967, "Gulf War": 1990, "OIF/OEF": 2004, "Cold War": 1976, "Navy": 1972}[era] + ctx.rng.randint(0,
                                                                                                                     5)
    service = tmpl.format(place=ctx.pick(places), y1=y1, y2=y1 + ctx.rng.randint(1, 3),
                          unit=ctx.pick(["1st Cavalry", "25th Infantry", "a Seabee battalion", "an artillery unit"]),
                          dist=ctx.pick(["about 1 mile", "under a mile", "a few hundred yards"]))
    branch = ctx.pick(["Army", "Marine Corps", "Navy", "Air Force", "Army National Guard"])
    sc = ctx.pick(["10", "30", "50", "70", "100", "0"])
    lines = [
        ctx.pick(["MILITARY/EXPOSURE HISTORY:", "Military history:", "Toxic Exposure Screening (PACT Act):"]),
        f"  {branch} veteran ({era} era), {service}.",
        f"  Reported exposure: {agent}. {ctx.pick(_FILLER_160_0)}",
        f"  Service-connected {sc}% ({ctx.pick(_FILLER_161_1)}).",
    ]
    if ctx.chance(0.5):
        lines.append(f"  Also reports {ctx.pick(_FILLER_164_2)}.")
    return lines


def social(ctx: Ctx) -> list[str]:
    """Social history."""
    town = ctx.pick(["Ransom Falls", "Little Elk", "Kettle Lake", "Drayburg", "Mooreland", "Hatton Crossing"])
    miles = ctx.rng.randint(14, 260)
    living = ctx.pick([f"lives with his wife in {town}", f"lives alone in {town}, daughter nearby",
                       f"lives at the {town} State Veterans Home", f"lives on a farm outside {town}"])
    tob = ctx.pick([f"{ctx.rng.randint(10, 80)} pack-years, quit {ctx.rng.randint(1985, 2022)}",
                    f"current smoker, {ctx.rng.randint(5, 30)} cig/day", "never smoker", "chews tobacco daily"])
    etoh = ctx.pick(["no alcohol", "2-3 beers on weekends", "sober since 2011 (AA)", "AUDIT-C 5"])
    travel = ctx.pick([f"Beneficiary travel approved ({miles} miles one way).", f"Drives {miles} miles each way.",
                       f"Will stay at the Fisher-style lodge on campus ({miles} miles from home).",
                       "DAV van transport arranged."])
    return [ctx.pick(["SOCIAL HISTORY:", "Social:", "SOCIAL/FUNCTIONAL:"]),
            f"  Veteran {living}. Tobacco: {tob}. Alcohol: {etoh}.",
            f"  Retired {ctx.pick(_FILLER_182_3)}. {travel}"]


def ros(ctx: Ctx) -> list[str]:
    """Review of systems by system."""
    systems = ctx.rng.sample(sorted(ROS), ctx.rng.randint(5, 9))
    lines = [ctx.pick(["REVIEW OF SYSTEMS:", "ROS:", "Review of Systems (pertinent):"])]
    for name in systems:
        items = ctx.rng.sample(ROS[name], min(len(ROS[name]), ctx.rng.randint(1, 2)))
        text = "; ".join(items).format(lb=ctx.rng.randint(4, 22), noct=ctx.rng.randint(1, 4))
        lines.append(f"  {name}: {text}")
    lines.append(ctx.pick(["  All other systems reviewed and negative.", "  Otherwise negative.", ""]))
    return [line for line in lines if line]


def exam(ctx: Ctx) -> list[str]:
    """Physical examination."""
    ecog = ctx.rng.randint(0, 3)
    kps = {0: 90, 1: 80, 2: 60, 3: 50}[ecog]
    parts = [
        f"  General: {ctx.pick(_FILLER_202_4)}, ECOG {ecog} (KPS {kps}).",
        f"  HEENT: {ctx.pick(_FILLER_203_5)}.",
        f"  Lungs: {ctx.pick(_FILLER_204_6)}.",
        f"  Heart: {ctx.pick(['RRR, no murmur', 'irregularly irregular', 'regular, 2/6 SEM'])}.",
        f"  Abdomen: {ctx.pick(['soft, nontender', 'obese, soft', 'well-healed laparoscopic scars'])}.",
        f"  Extremities: {ctx.pick(['no edema', 'trace edema bilaterally', 'R AKA, prosthesis off for exam'])}.",
        f"  Neuro: {ctx.pick(['alert, oriented x3', 'CN II-XII grossly intact', 'decreased sensation feet'])}.",
    ]
    return [ctx.pick(["PHYSICAL EXAM:", "EXAM:", "Objective:"]), *ctx.rng.sample(parts, ctx.rng.randint(4, 7))]


def screens(ctx: Ctx) -> list[str]:
    """Clinical reminder screens (PHQ-2, fall risk, pain, suicide risk)."""
    out = [ctx.pick(["Clinical Reminders addressed this visit:", "Reminders:", "SCREENING:"])]
    options = [
        f"  PHQ-2 score {ctx.rng.randint(0, 4)} - {ctx.pick(_FILLER_217_7)}",
        f"  C-SSRS screen: {ctx.pick(['negative', 'negative (no ideation)', 'Not answered'])}",
        f"  Fall risk (Morse): {ctx.rng.randint(0, 75)}",
        f"  Pain (0-10): {ctx.rng.randint(0, 8)}, {ctx.pick(['acceptable', 'not at goal', 'chronic, managed by PCP'])}",
        "  Advance directive: " + ctx.pick(["on file", "discussed, veteran declined", "Not answered"]),
        f"  Tobacco cessation counseling: {ctx.pick(['offered', 'declined', 'N/A'])}",
        "  MOVE! referral: " + ctx.pick(["declined", "not indicated", "*** not completed ***"]),
    ]
    out.extend(ctx.rng.sample(options, ctx.rng.randint(3, 6)))
    return out


def interval(ctx: Ctx) -> list[str]:
    """A dated oncologic course with no simulation evidence."""
    events = [
        f"{ctx.old_date(150, 400)}: presented to PCP at {ctx.pick(_FILLER_232_8)} with "
        f"{ctx.pick(['weight loss', 'hoarseness', 'urinary frequency', 'a palpable mass', 'bone pain', 'cough'])}.",
        f"{ctx.old_date(100, 150)}: referred to {ctx.pick(_FILLER_234_9)}; "
        f"{ctx.pick(['biopsy arranged', 'workup started', 'seen in tumor board queue', 'imaging ordered'])}.",
        f"{ctx.old_date(60, 100)}: {ctx.pick(_FILLER_236_10)}.",
        f"{ctx.old_date(30, 60)}: discussed at the {ctx.pick(_FILLER_237_11)} tumor board; "
        f"{ctx.pick(['radiation recommended', 'chemoradiation favored', 'definitive RT recommended over surgery'])}.",
        f"{ctx.old_date(8, 30)}: seen in radiation oncology consult; {ctx.pick(_FILLER_239_12)}.",
    ]
    return [ctx.pick(["ONCOLOGIC HISTORY:", "Interval history:", "HPI / course to date:"])] + [
        "  " + e for e in events[: ctx.rng.randint(3, 5)]
    ]


FILLERS = {
    "problems": problem_list, "meds": med_list, "vitals": vitals, "labs": labs, "exposures": exposures,
    "social": social, "ros": ros, "exam": exam, "screens": screens, "interval": interval,
}


# option lists kept out of long lines
_FILLER_160_0 = [
    'Registry exam completed.',
    'Not enrolled in registry.',
    'Offered registry exam - will consider.',
    'Presumptive condition review sent to C&P.',
]
_FILLER_161_1 = [
    'tinnitus, hearing loss',
    'PTSD',
    'knee',
    'diabetes (presumptive)',
    'lumbar strain',
]
_FILLER_164_2 = [
    'noise exposure (artillery)',
    'jet fuel (JP-8) exposure',
    'depleted uranium concern, urine screen negative',
    'no radiation badge work',
]
_FILLER_182_3 = [
    'truck driver',
    'electrician',
    'farmer',
    'postal carrier',
    'mechanic',
    'corrections officer',
]
_FILLER_202_4 = [
    'well appearing',
    'thin, chronically ill appearing',
    'pleasant, in no distress',
    'uses a cane',
]
_FILLER_203_5 = [
    'moist mucosa',
    'edentulous, dentures in place',
    'no thrush',
    'hearing aids in place',
]
_FILLER_204_6 = [
    'clear bilaterally',
    'scattered wheezes',
    'diminished at the bases',
    'prolonged expiration',
]
_FILLER_217_7 = [
    'negative',
    'positive, PHQ-9 deferred to PCP',
    'negative',
]
_FILLER_232_8 = [
    'Pembina Ridge CBOC',
    'Corvalle clinic',
    'Ransom Falls',
]
_FILLER_234_9 = [
    'urology',
    'ENT',
    'pulmonary',
    'GI',
    'surgery',
    'hem/onc',
]
_FILLER_236_10 = [
    'biopsy confirmed malignancy',
    'pathology reviewed at VA',
    'second opinion at the university affiliate',
]
_FILLER_237_11 = [
    'Thursday',
    'Tuesday',
    'multidisciplinary',
]
_FILLER_239_12 = [
    'consent signed',
    'questions answered',
    'wife present',
]
