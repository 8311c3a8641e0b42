"""Background text: history, medications, exam, labs, counselling. Never simulation evidence.

Values (dates, doses, lab results) are drawn per note so long notes do not repeat one another.
"""

from __future__ import annotations

import random

from .common import Clock, chance, pick, sample
from .plan import Plan

PMH = ("hypertension", "type 2 diabetes (A1c {a1c})", "hyperlipidemia", "COPD on home O2 {o2} L", "CKD stage 3a",
       "atrial fibrillation on apixaban", "hypothyroidism", "GERD", "obstructive sleep apnea on CPAP",
       "osteoarthritis of both knees", "depression, stable on SSRI", "generalized anxiety", "prior DVT (2019)",
       "coronary artery disease s/p stent {yr}", "heart failure with preserved EF", "gout", "BPH",
       "peripheral neuropathy", "migraine", "asthma, mild intermittent", "hepatitis C, treated {yr}",
       "rheumatoid arthritis on methotrexate (held)", "psoriasis", "macular degeneration", "iron-deficiency anemia",
       "benign essential tremor", "diverticulosis", "osteoporosis", "chronic low back pain", "glaucoma",
       "prior stroke {yr} without residual deficit", "seizure disorder, none in 5 years", "morbid obesity (BMI {bmi})",
       "Crohn disease in remission", "history of alcohol use disorder, sober since {yr}")
PSH = ("cholecystectomy", "appendectomy", "right total knee arthroplasty", "cesarean section x2", "hernia repair",
       "CABG x3 ({yr})", "cataract surgery bilaterally", "tonsillectomy as a child", "lumbar laminectomy",
       "hysterectomy for fibroids", "carpal tunnel release", "port placement {d}", "rotator cuff repair",
       "TURP", "thyroidectomy")
MEDS = ("lisinopril {n} mg daily", "metformin {m} mg BID", "atorvastatin {s} mg nightly", "amlodipine {a} mg daily",
        "levothyroxine {l} mcg daily", "omeprazole 20 mg daily", "apixaban 5 mg BID", "metoprolol succinate {mt} mg daily",
        "sertraline {sr} mg daily", "gabapentin {g} mg TID", "oxycodone 5 mg q6h PRN", "acetaminophen 650 mg q6h PRN",
        "ondansetron 8 mg q8h PRN", "dexamethasone {dx} mg daily", "tamsulosin 0.4 mg nightly",
        "insulin glargine {ig} units nightly", "furosemide {f} mg daily", "albuterol HFA 2 puffs PRN",
        "tiotropium 18 mcg inhaled daily", "prochlorperazine 10 mg q6h PRN", "senna 8.6 mg nightly",
        "polyethylene glycol 17 g daily PRN", "vitamin D3 2000 IU daily", "aspirin 81 mg daily", "clopidogrel 75 mg daily",
        "hydrochlorothiazide 25 mg daily", "lorazepam 0.5 mg PRN anxiety", "magic mouthwash swish/spit QID",
        "lidocaine 2% viscous PRN", "morphine ER {mo} mg q12h", "duloxetine 60 mg daily", "allopurinol 100 mg daily",
        "pantoprazole 40 mg daily", "losartan {lo} mg daily", "empagliflozin 10 mg daily", "finasteride 5 mg daily",
        "letrozole 2.5 mg daily", "tamoxifen 20 mg daily", "leuprolide 22.5 mg q3mo", "levetiracetam 500 mg BID")
ALLERGIES = ("NKDA", "penicillin (rash)", "sulfa (hives)", "codeine (nausea)", "latex (contact dermatitis)",
             "iodinated contrast (hives 2018, premedication protocol on file)", "morphine (itching)",
             "adhesive tape (blistering)", "shellfish (reported; not a contrast allergy)", "NKDA", "NKDA")
OCCUPATIONS = ("retired machinist", "school bus driver", "farmer (corn and soybeans)", "nurse aide", "accountant",
               "retired postal carrier", "truck driver", "hairdresser", "pastor", "warehouse supervisor",
               "retired teacher", "grain elevator operator", "homemaker", "electrician", "county clerk")
LIVES = ("with spouse", "alone, daughter nearby", "with adult son", "in assisted living", "with partner and two dogs",
         "with sister", "on a farm 40 miles from Bellmont", "in an apartment above the family store")
ROS_POS = ("fatigue", "weight loss of {w} lb", "decreased appetite", "night sweats", "intermittent nausea",
           "constipation", "mild dyspnea on exertion", "insomnia", "low back pain", "hot flashes", "cough",
           "numbness in the fingertips", "urinary frequency", "dry mouth", "headache")
ROS_SYS = ("Constitutional", "Eyes", "ENT", "Cardiovascular", "Respiratory", "GI", "GU", "Musculoskeletal", "Skin",
           "Neuro", "Psych", "Heme/Lymph", "Endocrine")
EXAM = {
    "General": ("alert, no distress", "pleasant, thin, in no acute distress", "uncomfortable when shifting position",
                "well-appearing, accompanied by family"),
    "HEENT": ("normocephalic, mucosa moist", "oropharynx clear, edentulous", "no thrush, dentition fair"),
    "Neck": ("supple, no palpable adenopathy", "healed scar, no masses", "full range of motion"),
    "Lungs": ("clear bilaterally", "scattered expiratory wheezes", "diminished at the bases", "clear, no crackles"),
    "CV": ("regular rate and rhythm", "irregularly irregular, rate controlled", "RRR, no murmur"),
    "Abdomen": ("soft, non-tender", "soft, mild epigastric tenderness", "obese, non-tender, port site clean"),
    "Extremities": ("no edema", "trace ankle edema", "1+ edema bilaterally"),
    "Neuro": ("grossly non-focal", "strength 5/5 throughout", "mild left hand weakness 4+/5", "gait steady"),
    "Skin": ("no rash", "healed surgical incisions", "mild erythema at the prior biopsy site"),
}
LABS = (("WBC", 3.5, 11.0, "K/uL", 1), ("Hemoglobin", 11.0, 16.5, "g/dL", 1), ("Platelets", 120, 420, "K/uL", 0),
        ("Sodium", 131, 146, "mmol/L", 0), ("Potassium", 3.3, 5.2, "mmol/L", 1), ("BUN", 7, 32, "mg/dL", 0),
        ("Creatinine", 0.6, 1.9, "mg/dL", 2), ("eGFR", 28, 98, "mL/min/1.73m2", 0), ("Glucose", 78, 240, "mg/dL", 0),
        ("Albumin", 2.9, 4.8, "g/dL", 1), ("ALT", 9, 66, "U/L", 0), ("AST", 10, 58, "U/L", 0),
        ("Alk Phos", 40, 210, "U/L", 0), ("Total bilirubin", 0.2, 2.1, "mg/dL", 1), ("INR", 0.9, 1.6, "", 1),
        ("ANC", 1.2, 7.8, "K/uL", 1))
REF = {"WBC": "4.0-10.5", "Hemoglobin": "12.0-16.0", "Platelets": "150-400", "Sodium": "135-145",
       "Potassium": "3.5-5.1", "BUN": "8-23", "Creatinine": "0.60-1.20", "eGFR": ">60", "Glucose": "70-99",
       "Albumin": "3.5-5.0", "ALT": "7-52", "AST": "13-39", "Alk Phos": "34-104", "Total bilirubin": "0.3-1.0",
       "INR": "0.9-1.1", "ANC": "1.5-7.0"}
COUNSEL = ("We reviewed the rationale for radiation, the expected course and the planned fractionation ({fx}).",
           "Acute effects discussed: {e1}, {e2} and {e3}.",
           "Late effects discussed, including a small risk of {e4}.",
           "Questions were answered; the patient's {rel} was present and took notes.",
           "Written consent signed and scanned to the chart.",
           "Transportation is a concern; the social worker will look at the cancer-society ride program.",
           "Smoking cessation counselled for about 4 minutes; nicotine patch offered.",
           "Skin care handout given; avoid perfumed lotions in the treatment area.",
           "Nutrition referral placed given recent weight loss.",
           "Distress thermometer {dt}/10; chaplain visit accepted.",
           "Fertility and sexual-health questions were addressed privately.",
           "Advance directive on file; code status full.",
           "The patient prefers phone calls to portal messages.",
           "Driving restrictions reviewed given steroid and opioid use.")
INTERVAL = ("{d}: seen by medical oncology; {tx}.", "{d}: tumor board reviewed the case; consensus for radiation.",
            "{d}: ED visit for {sx}; discharged same day.", "{d}: dental clearance obtained.",
            "{d}: pathology second opinion confirmed the diagnosis.", "{d}: port placed by IR without complication.",
            "{d}: nutrition visit, weight {wt} kg.", "{d}: PT evaluation for deconditioning.",
            "{d}: telephone call - pain controlled on current regimen.",
            "{d}: hospital admission x{n} days for {sx}.")


def _fill(rng: random.Random, s: str) -> str:
    return s.format(a1c=f"{rng.randrange(60, 95) / 10:.1f}", o2=rng.randrange(1, 4), yr=rng.randrange(1998, 2024),
                    bmi=rng.randrange(40, 55), d=f"{rng.randrange(1, 13)}/{rng.randrange(2012, 2026)}",
                    n=pick(rng, (5, 10, 20, 40)), m=pick(rng, (500, 850, 1000)), s=pick(rng, (10, 20, 40, 80)),
                    a=pick(rng, (2.5, 5, 10)), l=pick(rng, (50, 75, 88, 100, 112, 125)), mt=pick(rng, (25, 50, 100)),
                    sr=pick(rng, (50, 100, 150)), g=pick(rng, (100, 300, 600)), dx=pick(rng, (2, 4, 8)),
                    ig=rng.randrange(10, 60), f=pick(rng, (20, 40)), mo=pick(rng, (15, 30, 60)), lo=pick(rng, (25, 50, 100)),
                    w=rng.randrange(4, 25))


def matched_path(plan: Plan, rng: random.Random) -> str:
    """A pathology line that agrees with the diagnosis when the site offers one that does."""
    opts = plan.d("path") or ("pathology pending",)
    word = plan.dx.split(" ")[0].lower().strip(",")
    same = [p for p in opts if word in p.lower()]
    return pick(rng, same or opts)


def hpi(plan: Plan, rng: random.Random, clock: Clock) -> str:
    site = plan.site
    who = pick(rng, ("woman", "female patient")) if plan.sex == "F" else pick(rng, ("man", "male patient"))
    if site.peds:
        who = "girl" if plan.sex == "F" else "boy"
    sx = pick(rng, plan.d('symptoms')) if plan.d('symptoms') else "symptoms"
    d1 = clock.past(90, 240, "month")
    d2 = clock.past(40, 90)
    path = matched_path(plan, rng)
    tx = pick(rng, plan.d('prior_tx')) if plan.d('prior_tx') else "no prior therapy"
    parts = [
        f"{plan.age}-year-old {who} with {plan.dx}.",
        pick(rng, (f"Presented in {d1} with {sx}.", f"First noticed {sx} around {d1}.", f"Initial complaint ({d1}) was {sx}.")),
        pick(rng, (f"Biopsy on {d2}: {path}.", f"Tissue diagnosis {d2} - {path}.", f"Pathology ({d2}) showed {path}.")),
        pick(rng, (f"Treatment so far: {tx}.", f"Since then: {tx}.", f"Interval: {tx}.")),
        pick(rng, ("Case presented at the multidisciplinary tumor board.", "Seen jointly with surgery and medical oncology.",
                   "Referred by the community oncologist for radiation.", "Drove in from the Harlan area for this visit.")),
    ]
    if chance(rng, 0.5):
        parts.append(pick(rng, ("Pain is {p}/10, worse at night.", "Appetite fair; weight down {w} lb over two months.",
                                "Still working part-time.", "Lives {lv} and is independent in ADLs."))
                     .format(p=rng.randrange(1, 9), w=rng.randrange(3, 20), lv=pick(rng, LIVES)))
    return " ".join(parts)


def nursing(rng: random.Random, clock: Clock, plan: Plan | None = None) -> str:
    if plan is not None and plan.site.peds:
        return (f"FLACC {rng.randrange(0, 5)}. Weight {rng.randrange(11, 32)} kg ({rng.randrange(10, 90)}th percentile). "
                f"Port accessed by peds RN. Comfort item: {pick(rng, ('stuffed rabbit', 'tablet with cartoons', 'blanket from home'))}. "
                f"Child life prepared the child with a doll demonstration of the mask.")
    return (f"Morse fall score {pick(rng, (0, 15, 25, 35, 45, 55))}; Braden {rng.randrange(13, 23)}. "
            f"Pain {rng.randrange(0, 9)}/10 at {pick(rng, ('the low back', 'the right hip', 'the chest wall', 'the neck', 'the pelvis', 'no single site'))}, "
            f"{pick(rng, ('aching', 'sharp with movement', 'burning', 'dull, constant'))}. "
            f"MST nutrition screen {rng.randrange(0, 4)}. Skin intact over bony prominences. "
            f"{pick(rng, ('Uses a cane.', 'Ambulates independently.', 'Wheelchair for distances.', 'Walker at home.'))} "
            f"Learning preference: {pick(rng, ('verbal', 'written', 'demonstration', 'video'))}.")


def chemo_history(plan: Plan, rng: random.Random, clock: Clock) -> str:
    regimen = pick(rng, plan.d('prior_tx') or ("systemic therapy",))
    lines = []
    for c in range(1, rng.randrange(2, 6)):
        note = pick(rng, ("given as planned", "dose-reduced 20% for neutropenia", "delayed 1 week (platelets)",
                          "given with growth-factor support", "given; grade 1 neuropathy"))
        lines.append(f"C{c} {clock.past(30 + 21 * (6 - c), 31 + 21 * (6 - c), 'short')}: {note}")
    return f"Regimen/therapy: {regimen}\n" + "\n".join(lines)


def distress(rng: random.Random) -> str:
    probs = sample(rng, ("transportation", "finances", "worry", "sleep", "childcare", "insurance", "work", "fatigue",
                         "loss of interest", "housing"), rng.randrange(1, 5))
    return (f"NCCN distress thermometer {rng.randrange(1, 10)}/10. Problems checked: {', '.join(probs)}. "
            f"{pick(rng, ('Social work referral placed.', 'Declined referral today.', 'Financial counselor to call.'))}")


def functional(rng: random.Random) -> str:
    return (f"ADLs: {pick(rng, ('independent', 'needs help with bathing', 'independent except stairs'))}. "
            f"IADLs: {pick(rng, ('drives self', 'daughter drives', 'uses county van'))}, {pick(rng, ('manages own medicines', 'spouse sets up pill box'))}. "
            f"Walked {rng.randrange(50, 400)} feet in clinic {pick(rng, ('without device', 'with a cane', 'with stand-by assist'))}.")


def acp(rng: random.Random) -> str:
    return pick(rng, ("Goals of care reviewed: wants treatment aimed at control; would not want prolonged ventilation.",
                      "Health-care power of attorney is the eldest daughter; copy requested for the chart.",
                      "Goals: symptom control and time at home. POLST not yet completed; packet given.",
                      "Code status discussed; remains full code for now; will revisit after treatment."))


def education(rng: random.Random) -> str:
    topics = sample(rng, ("skin care", "fatigue", "nutrition", "mouth care", "bowel changes", "bladder changes",
                          "when to call", "daily schedule", "parking and check-in", "medication timing"), rng.randrange(3, 6))
    return (f"Topics: {', '.join(topics)}. Learner: {pick(rng, ('patient', 'patient and spouse', 'patient and daughter'))}. "
            f"Method: {pick(rng, ('discussion and handout', 'teach-back', 'video and discussion'))}. "
            f"Response: {pick(rng, ('verbalized understanding', 'needs reinforcement', 'return demonstration correct'))}.")


def interval(plan: Plan, rng: random.Random, clock: Clock) -> str:
    n = rng.randrange(3, 7)
    lines = []
    offs = sorted(rng.sample(range(8, 150), n), reverse=True)
    templates = sample(rng, INTERVAL, n)
    for off, tpl in zip(offs, templates, strict=True):
        line = tpl.format(d=clock.past(off, off + 1, "short"), tx=pick(rng, plan.d('prior_tx') or ("chemotherapy",)),
                                          sx=pick(rng, ("dehydration", "a fall", "chest pain, ruled out", "fever, neutropenia ruled out",
                                                        "pain crisis", "urinary tract infection")),
                                          wt=rng.randrange(12, 35) if plan.site.peds else rng.randrange(48, 118), n=rng.randrange(2, 6))
        lines.append("- " + line)
    return "\n".join(lines)


PEDS_PMH = ("born at 38 weeks, uncomplicated", "mild intermittent asthma", "no prior hospitalizations", "up to date on vaccines",
            "ear tubes at age 2", "speech therapy for articulation", "peanut allergy (EpiPen at home)")
PEDS_MEDS = ("ondansetron 2 mg q8h PRN", "acetaminophen 160 mg q6h PRN", "sulfamethoxazole-trimethoprim (PJP prophylaxis) BID Sat/Sun",
             "polyethylene glycol 8.5 g daily PRN", "dexamethasone 1 mg BID (taper)", "levetiracetam 250 mg BID",
             "multivitamin gummy daily", "cetirizine 5 mg daily")


def peds_social(rng: random.Random) -> str:
    return (f"Lives with {pick(rng, ('both parents', 'mother and grandmother', 'father and stepmother', 'parents and two older siblings'))}; "
            f"{pick(rng, ('attends preschool', 'in kindergarten', 'in second grade (homebound instruction during treatment)', 'stays home with a grandparent'))}. "
            f"{pick(rng, ('Family drives 70 miles each way.', 'Staying at the Ronald McDonald House during treatment.', 'Parents alternate leave from work.'))}")


def pmh(rng: random.Random, plan: Plan | None = None) -> str:
    if plan is not None and plan.site.peds:
        return "; ".join(sample(rng, PEDS_PMH, rng.randrange(2, 5)))
    return "; ".join(_fill(rng, x) for x in sample(rng, PMH, rng.randrange(3, 9)))


def psh(rng: random.Random) -> str:
    return "; ".join(_fill(rng, x) for x in sample(rng, PSH, rng.randrange(1, 5)))


def meds(rng: random.Random, style: str = "list", plan: Plan | None = None) -> str:
    if plan is not None and plan.site.peds:
        chosen = sample(rng, PEDS_MEDS, rng.randrange(2, 6))
    else:
        chosen = [_fill(rng, x) for x in sample(rng, MEDS, rng.randrange(4, 13))]
    if style == "list":
        return "\n".join(f"- {m}" for m in chosen)
    return "; ".join(chosen)


def allergies(rng: random.Random) -> str:
    return ", ".join(sorted(set(sample(rng, ALLERGIES, rng.randrange(1, 3)))))


def social(rng: random.Random) -> str:
    pk = rng.randrange(0, 60)
    tob = pick(rng, (f"former smoker, {pk} pack-years, quit {rng.randrange(1990, 2025)}", "never smoker",
                     f"current smoker, {rng.randrange(5, 40)} cigarettes/day", "smokeless tobacco"))
    alc = pick(rng, ("no alcohol", "1-2 beers on weekends", "wine with dinner", "quit alcohol 2016"))
    return f"{pick(rng, OCCUPATIONS).capitalize()}; lives {pick(rng, LIVES)}. Tobacco: {tob}. Alcohol: {alc}."


def family(rng: random.Random, plan: Plan) -> str:
    if plan.site.peds:
        return pick(rng, ("No family history of childhood cancer.", "Maternal grandfather with colon cancer at 70; otherwise negative.",
                          "Non-contributory; two healthy siblings."))
    opts = ["Mother with breast cancer in her 60s.", "Father with prostate cancer, age 74.", "No family history of cancer.",
            "Sister with colon cancer at 52.", "Maternal aunt with ovarian cancer.", "Brother with lung cancer (smoker)."]
    txt = " ".join(sample(rng, opts, 2))
    if chance(rng, 0.25):
        txt += pick(rng, (" Her mother was treated with radiation and contrast scans at Cedar Ridge in 2012.",
                          " His brother had proton therapy at Tri-River for a skull base tumor.",
                          " A cousin received VMAT for head and neck cancer in 2021."))
        plan.add_trap("other_person")
    return txt


ROS_LINES = {
    "Constitutional": ("denies fever or chills", "reports fatigue most afternoons", "weight down {w} lb", "sleeping poorly"),
    "Eyes": ("no vision change", "mild blurring when reading", "wears glasses"),
    "ENT": ("no sore throat", "dry mouth at night", "no hearing change", "occasional nosebleeds in winter"),
    "Cardiovascular": ("no chest pain", "no palpitations", "ankle swelling by evening"),
    "Respiratory": ("no cough", "dyspnea after one flight of stairs", "productive cough in the mornings"),
    "GI": ("no nausea", "constipation on opioids", "loose stools twice daily", "reflux after meals"),
    "GU": ("nocturia x{n2}", "no hematuria", "urgency without dysuria"),
    "Musculoskeletal": ("low back ache", "stiff knees in the morning", "no new bone pain"),
    "Skin": ("no rash", "itching around the port", "easy bruising"),
    "Neuro": ("no headache", "numb fingertips", "no weakness", "occasional dizziness on standing"),
    "Psych": ("mood fair", "anxious about treatment", "denies depression"),
    "Heme/Lymph": ("no easy bleeding", "no new lumps"),
    "Endocrine": ("no heat or cold intolerance", "home sugars 120s-180s"),
}


def ros(rng: random.Random) -> str:
    if chance(rng, 0.5):
        pos = [_fill(rng, x) for x in sample(rng, ROS_POS, rng.randrange(1, 5))]
        systems = sample(rng, ROS_SYS, rng.randrange(6, 11))
        return f"Positive for {', '.join(pos)}. Negative in: {', '.join(systems)}. All other systems reviewed and negative."
    keys = sample(rng, list(ROS_LINES), rng.randrange(7, 13))
    return "\n".join(f"{k}: {pick(rng, ROS_LINES[k]).format(w=rng.randrange(3, 22), n2=rng.randrange(1, 4))}" for k in keys)


def workup(plan: Plan, rng: random.Random, clock: Clock) -> str:
    """Diagnostic work-up narrative: earlier scans (historical; recorded as a trap when written)."""
    region = pick(rng, plan.site.region)
    lines = []
    n = rng.randrange(2, 5)
    offs = sorted(rng.sample(range(30, 200), n), reverse=True)
    contrast = False
    for off in offs:
        d = clock.past(off, off + 1)
        kind = pick(rng, ("CT", "MRI", "PET", "labs", "consult", "biopsy"))
        x = f"{rng.randrange(8, 61) / 10:.1f}"
        if kind == "CT":
            c = chance(rng, 0.6)
            contrast = contrast or c
            lines.append(f"{d}: CT {region}{' with IV contrast' if c else ''} - {pick(rng, ('mass ' + x + ' cm', 'no distant disease', 'indeterminate nodes', 'stable'))}.")
        elif kind == "MRI":
            contrast = True
            lines.append(f"{d}: MRI {region} with gadolinium - {pick(rng, ('enhancing lesion ' + x + ' cm', 'no new lesions', 'post-surgical change'))}.")
        elif kind == "PET":
            lines.append(f"{d}: PET/CT - {pick(rng, ('SUVmax ' + str(rng.randrange(40, 190) / 10), 'no distant uptake', 'avid nodes'))}.")
        elif kind == "labs":
            lines.append(f"{d}: labs - {pick(rng, ('CBC normal', 'creatinine ' + str(rng.randrange(6, 19) / 10), 'tumor marker rising'))}.")
        elif kind == "consult":
            lines.append(f"{d}: {pick(rng, ('surgical', 'medical oncology', 'genetics', 'palliative care'))} consult.")
        else:
            lines.append(f"{d}: biopsy - {matched_path(plan, rng)}.")
    if any(k in " ".join(lines) for k in ("CT ", "MRI ", "PET/CT")):
        plan.add_trap("historical_imaging")
    if contrast and ("contrast" in " ".join(lines) or "gadolinium" in " ".join(lines)):
        plan.add_trap("historical_contrast")
    return "\n".join(lines)


def path_report(plan: Plan, rng: random.Random, clock: Clock) -> str:
    return (f"Accession S26-{rng.randrange(1000, 9999)} ({clock.past(40, 120)}). Specimen: {pick(rng, ('core biopsy x3', 'excision', 'FNA', 'resection specimen'))}. "
            f"Final diagnosis: {matched_path(plan, rng)}. Margins: {pick(rng, ('not applicable', 'negative, closest 2 mm', 'focally positive', 'negative'))}. "
            f"Ki-67 {rng.randrange(5, 80)}%. Block {pick(rng, ('A1', 'A3', 'B2'))} sent for molecular testing. "
            f"Comment: {pick(rng, ('reviewed at intradepartmental consensus', 'second pathologist agrees', 'outside slides reviewed'))}.")


def medonc_summary(plan: Plan, rng: random.Random, clock: Clock) -> str:
    return (f"Medical oncology visit {clock.past(5, 40)} ({pick(rng, ('Dr. Vandermolen', 'Dr. Okafor-Ruiz', 'Dr. Teague', 'Dr. Lindqvist'))}): "
            f"{pick(rng, plan.d('prior_tx') or ('systemic therapy',))}. Tolerating with {pick(rng, ('grade 1 fatigue', 'mild nausea', 'no major toxicity', 'grade 2 neuropathy'))}. "
            f"Labs acceptable. {pick(rng, ('Next cycle in 3 weeks.', 'Therapy held during radiation.', 'Concurrent therapy planned weekly.', 'Restaging after radiation.'))} "
            f"Port {pick(rng, ('flushed', 'working well', 'not accessed today'))}. Antiemetics refilled.")


def intake(rng: random.Random) -> str:
    qs = sample(rng, (
        ("Do you feel safe at home?", ("yes",)), ("Any falls in the past 6 months?", ("no", "one, no injury", "two")),
        ("Pain interfering with sleep?", ("no", "some nights", "most nights")),
        ("Trouble paying for medicines?", ("no", "sometimes")), ("Tobacco use in the last 30 days?", ("no", "yes, cutting down")),
        ("Preferred language", ("English", "Spanish", "Vietnamese")), ("Hearing aids", ("no", "both ears")),
        ("Implanted devices", ("none", "insulin pump", "knee prosthesis", "hearing implant (removable processor)")),
        ("Caregiver at home", ("spouse", "none", "adult child")),
    ), rng.randrange(4, 8))
    return "\n".join(f"{q} {pick(rng, a)}" for q, a in qs)


def assessment(plan: Plan, rng: random.Random) -> str:
    return " ".join(sample(rng, (
        f"{plan.age}-year-old with {plan.dx}.",
        "Performance status adequate for the proposed course.",
        f"Main concerns today are {pick(rng, plan.site.effects or ('fatigue',))} and {pick(rng, ('transportation', 'pain control', 'work schedule', 'caregiver support'))}.",
        "Comorbidities reviewed; none preclude radiation.",
        "Medical oncology is aware of the schedule.",
        "Questions about work and driving were addressed.",
        "Family meeting held by phone with the patient's permission.",
    ), rng.randrange(3, 6)))


def vitals(rng: random.Random, clock: Clock) -> str:
    ht = rng.randrange(150, 192)
    wt = rng.randrange(45, 135)
    return (f"{clock.stamp(-15)}  BP {rng.randrange(102, 168)}/{rng.randrange(58, 98)}  HR {rng.randrange(56, 108)}  "
            f"RR {rng.randrange(12, 22)}  Temp {rng.randrange(361, 376) / 10:.1f} C  SpO2 {rng.randrange(89, 100)}%  "
            f"Wt {wt} kg  Ht {ht} cm  BMI {wt / (ht / 100) ** 2:.1f}  Pain {rng.randrange(0, 9)}/10")


def exam(rng: random.Random, plan: Plan) -> str:
    keys = sample(rng, list(EXAM), rng.randrange(6, 10))
    lines = [f"{k}: {pick(rng, EXAM[k])}" for k in keys]
    if plan.site.peds:
        lines = [ln for ln in lines if not ln.startswith("General")]
        lines.insert(0, f"General: {pick(rng, ('playful, clinging to parent', 'quiet, cooperative', 'tearful at first, settled with child life'))}")
        lines.append(f"Lansky {pick(rng, (60, 70, 80, 90, 100))}")
        return "\n".join(lines)
    ecog = rng.randrange(0, 4)
    lines.append(pick(rng, (f"ECOG {ecog}", f"KPS {pick(rng, (50, 60, 70, 80, 90, 100))}", f"ECOG {ecog} / KPS {90 - 10 * ecog}")))
    return "\n".join(lines)


def labs(rng: random.Random, clock: Clock, flow: bool = False, days_ago: int | None = None) -> str:
    chosen = sample(rng, LABS, rng.randrange(5, 11))
    days = days_ago if days_ago is not None else rng.randrange(1, 9)
    stamp = clock.stamp(-60 * 24 * days + rng.randrange(-90, 0))
    lines = []
    for name, lo, hi, unit, dec in chosen:
        val = rng.uniform(lo, hi)
        v = f"{val:.{dec}f}" if dec else f"{int(round(val))}"
        flag = ""
        ref = REF[name]
        try:
            rlo, rhi = (float(x) for x in ref.split("-"))
            flag = " (L)" if float(v) < rlo else " (H)" if float(v) > rhi else ""
        except ValueError:
            flag = " (L)" if float(v) < 60 else ""
        if flow:
            lines.append(f"{stamp}  {name}  {v} {unit}{flag}  [{ref}]")
        else:
            lines.append(f"{name} {v} {unit}{flag} (ref {ref})")
    return "\n".join(lines)


def counsel(rng: random.Random, plan: Plan) -> str:
    effects = list(plan.site.effects) or ["fatigue", "skin reaction", "nausea", "pain flare"]
    while len(effects) < 4:
        effects.append("fatigue")
    e = sample(rng, effects, 4)
    pool = [c for c in COUNSEL if not (plan.site.peds and any(w in c for w in ("Smoking", "Driving", "Advance", "Fertility", "prefers")))]
    rel = pick(rng, ("mother", "father", "parents")) if plan.site.peds else pick(rng, ("spouse", "daughter", "son", "partner", "niece"))
    lines = [x.format(fx=pick(rng, plan.site.dose), e1=e[0], e2=e[1], e3=e[2], e4=e[3], rel=rel, dt=rng.randrange(2, 9))
             for x in sample(rng, pool, rng.randrange(3, 7))]
    return " ".join(lines)


def long_blocks(plan: Plan, rng: random.Random, clock: Clock, n: int = 99) -> list[tuple[str, str, str]]:
    """Up to n (key, heading, text) background blocks in a plausible order; only chosen blocks are written."""
    makers = [
        ("hpi", "History of Present Illness", lambda: hpi(plan, rng, clock)),
        ("interval", "Interval History", lambda: interval(plan, rng, clock)),
        ("workup", "Diagnostic work-up", lambda: workup(plan, rng, clock)),
        ("pmh", "Past Medical History", lambda: pmh(rng, plan)),
        ("psh", "Past Surgical History", lambda: psh(rng)),
        ("meds", "Medications", lambda: meds(rng, pick(rng, ("list", "inline")), plan)),
        ("allergy", "Allergies", lambda: allergies(rng)),
        ("social", "Social History", lambda: peds_social(rng) if plan.site.peds else social(rng)),
        ("family", "Family History", lambda: family(rng, plan)),
        ("ros", "Review of Systems", lambda: ros(rng)),
        ("vitals", "Vital Signs", lambda: vitals(rng, clock)),
        ("exam", "Physical Exam", lambda: exam(rng, plan)),
        ("labs", "Labs", lambda: labs(rng, clock, flow=chance(rng, 0.5))),
        ("assess", "Assessment", lambda: assessment(plan, rng)),
        ("counsel", "Counseling", lambda: counsel(rng, plan)),
    ]
    head = makers[:3]
    rest = makers[3:]
    if chance(rng, 0.5):
        rng.shuffle(rest)
    for _ in range(rng.randrange(0, 3)):
        rest.pop(rng.randrange(len(rest)))
    if chance(rng, 0.3):
        head = [head[0], head[2]] if chance(rng, 0.5) else head[:1]
    chosen = (head + rest)[:n]
    return [(k, h, make()) for k, h, make in chosen]
