"""Non-evidence body text: history, medications, social, exam, labs, counselling and logistics."""

from __future__ import annotations

from writer_q.evidence import Ctx

SYMPTOMS = ["fatigue", "mild dysphagia", "low back pain", "hot flashes", "nocturia", "intermittent cough",
            "decreased appetite", "numbness in the fingertips", "constipation", "insomnia", "hoarseness",
            "right shoulder ache", "occasional headaches", "shortness of breath on stairs", "dry mouth"]
ACTIVITIES = ["still walks the dog every morning", "works part time at a tire shop in Casa Grande",
              "cares for two grandchildren", "drives a school bus", "volunteers at the parish food bank",
              "is retired from the copper mine", "gardens when the heat allows", "runs a small tamale business",
              "plays pickleball twice a week", "teaches third grade", "works night shifts at a distribution center"]
MEDS = ["lisinopril 10 mg daily", "metformin 500 mg BID", "atorvastatin 40 mg nightly", "tamsulosin 0.4 mg daily",
        "apixaban 5 mg BID", "levothyroxine 75 mcg daily", "ondansetron 8 mg PRN", "oxycodone 5 mg q6h PRN",
        "gabapentin 300 mg TID", "omeprazole 20 mg daily", "letrozole 2.5 mg daily", "leuprolide q3 months",
        "dexamethasone 4 mg BID", "sertraline 50 mg daily", "insulin glargine 22 units nightly", "amlodipine 5 mg"]
PMH = ["type 2 diabetes", "hypertension", "COPD on home oxygen at night", "atrial fibrillation", "CKD stage 3a",
       "hypothyroidism", "obesity", "prior MI with stent 2015", "depression", "osteoarthritis of both knees",
       "valley fever in 2010", "gout", "sleep apnea on CPAP", "hepatitis C, treated"]
ROS_NEG = ["fevers", "chills", "night sweats", "chest pain", "hematuria", "melena", "new weakness",
           "vision changes", "seizures", "rash", "calf swelling"]
EXAM = ["Alert, oriented, in no distress.", "Heart regular, lungs clear bilaterally.", "Abdomen soft, nontender.",
        "No cervical or supraclavicular adenopathy palpated.", "Gait steady.", "Skin intact over the planned field.",
        "ECOG {ecog}.", "Weight {wt} kg, stable from last visit.", "Well-healed incision, no erythema.",
        "Mild tenderness over the lower back.", "Oropharynx without thrush.", "Extremities without edema."]
LABS = ["Hgb {hgb}", "WBC {wbc}", "platelets {plt}", "creatinine {cr}", "eGFR {egfr}", "glucose {glu}",
        "ANC {anc}", "albumin 3.{alb}"]
COUNSEL = ["Reviewed expected skin changes and fatigue.", "Discussed daily set-up time of about 15 minutes.",
           "Reviewed bowel and bladder preparation.", "Talked through the schedule and transportation options.",
           "Questions about driving during treatment were answered.", "Reviewed the role of concurrent chemotherapy.",
           "Gave written instructions in English and Spanish.", "Discussed late effects including fibrosis.",
           "Explained what the tattoos are for and that they are permanent.",
           "Reviewed heat precautions for the walk from the parking lot.", "Consent was signed after discussion."]
LOGISTICS = ["Gas card provided through the patient navigator.", "Tribal health transportation arranged.",
             "Social work to call about lodging near the Mesa Verde campus.", "First treatment scheduled pending QA.",
             "Patient prefers early morning slots.", "Navigator will confirm with the infusion center.",
             "Daughter is the main contact; phone on file.", "Prior auth submitted by the front desk."]


def _fmt(ctx: Ctx, s: str) -> str:
    r = ctx.rng
    return s.format(ecog=r.choice([0, 1, 1, 2]), wt=r.randint(48, 118), hgb=round(r.uniform(9.5, 14.8), 1),
                    wbc=round(r.uniform(3.1, 9.9), 1), plt=r.randint(110, 390), cr=round(r.uniform(0.6, 1.7), 2),
                    egfr=r.randint(35, 99), glu=r.randint(84, 240), anc=round(r.uniform(1.4, 6.5), 1),
                    alb=r.randint(0, 9))


def hpi(ctx: Ctx) -> list[str]:
    """A few history sentences (no simulation evidence)."""
    r = ctx.rng
    age = r.randint(3, 14) if ctx.plan.site == "pediatric" else r.randint(38, 86)
    out = [f"{age}-year-old with {ctx.fill(r.choice(ctx.site['dx']))}."]  # type: ignore[arg-type]
    two = r.sample(SYMPTOMS, 2)
    out.append(r.choice(["Reports {a} and {b}.", "Main complaints are {a}; also {b}.", "Notes {a}. Denies {c}.",
                         "Has had {a} for about {w} weeks; {b} is new."]).format(
        a=two[0], b=two[1], c=r.choice(ROS_NEG), w=r.randint(2, 10)))
    if r.random() < 0.6 and ctx.plan.site != "pediatric":
        out.append(f"Patient {r.choice(ACTIVITIES)}.")
    return out


def pmh(ctx: Ctx) -> list[str]:
    """Past medical history."""
    return [", ".join(ctx.rng.sample(PMH, ctx.rng.randint(2, 5))) + "."]


def meds(ctx: Ctx) -> list[str]:
    """Medication list."""
    return ["; ".join(ctx.rng.sample(MEDS, ctx.rng.randint(3, 7))) + "."]


def social(ctx: Ctx) -> list[str]:
    """Social history."""
    r = ctx.rng
    if ctx.plan.site == "pediatric":
        return [f"Lives with {r.choice(['both parents', 'mother and grandmother', 'father'])} in "
                f"{r.choice(['Tempe', 'Maricopa', 'Casa Grande'])}; "
                f"in {r.choice(['preschool', 'grade 2', 'grade 5'])}."]
    return [r.choice(["Former smoker, {p} pack-years, quit {y}.", "Never smoker.", "Smokes {c} cigarettes a day.",
                      "Quit smoking {y}; occasional beer."]).format(p=r.randint(10, 60), y=r.randint(1995, 2022),
                                                                    c=r.randint(3, 15)),
            f"Lives {r.choice(['with spouse', 'alone', 'with adult son', 'with sister'])} in "
            f"{r.choice(['Maricopa', 'Eloy', 'Coolidge', 'Florence', 'Buckeye', 'Ajo', 'Gila Bend'])}; "
            f"{r.choice(ACTIVITIES)}."]


def ros(ctx: Ctx) -> list[str]:
    """Review of systems."""
    r = ctx.rng
    return [f"Positive for {r.choice(SYMPTOMS)}. Negative for {', '.join(r.sample(ROS_NEG, 4))}."]


def exam(ctx: Ctx) -> list[str]:
    """Physical exam."""
    return [_fmt(ctx, s) for s in ctx.rng.sample(EXAM, ctx.rng.randint(3, 6))]


def labs(ctx: Ctx) -> list[str]:
    """Labs line."""
    return [f"Labs {ctx.date(ctx.rng.randint(2, 12))}: " + ", ".join(_fmt(ctx, s) for s in ctx.rng.sample(
        LABS, ctx.rng.randint(3, 6))) + "."]


def counsel(ctx: Ctx) -> list[str]:
    """Counselling sentences."""
    return ctx.rng.sample(COUNSEL, ctx.rng.randint(2, 4))


def logistics(ctx: Ctx) -> list[str]:
    """Logistics sentences."""
    return ctx.rng.sample(LOGISTICS, ctx.rng.randint(1, 3))


ONC_EVENTS = ["Seen in multidisciplinary clinic", "Completed {c} cycles of {chemo}", "Underwent {surg}",
              "Restaging showed partial response", "Tumor board recommended radiation", "Genetics referral placed",
              "Dental clearance obtained", "Port placed", "Hospitalized for dehydration for two days",
              "Started hormone therapy", "Pathology review at the academic partner confirmed the diagnosis",
              "Nutrition consult for weight loss", "PT evaluation for deconditioning", "Palliative care met the family"]
CHEMO = ["carboplatin/paclitaxel", "FOLFOX", "cisplatin", "capecitabine", "ABVD", "R-CHOP", "gemcitabine",
         "docetaxel"]
SURG = ["lumpectomy with sentinel node biopsy", "transoral robotic surgery", "low anterior resection",
        "wide local excision", "laminectomy and stabilization", "Whipple procedure", "mastectomy"]


def course(ctx: Ctx, n: int) -> list[str]:
    """A dated oncologic course (each line its own event)."""
    r = ctx.rng
    out = []
    for i in range(n):
        ev = r.choice(ONC_EVENTS).format(c=r.randint(2, 8), chemo=r.choice(CHEMO), surg=r.choice(SURG))
        out.append(f"{ctx.date(30 * (n - i) + r.randint(1, 20))}: {ev}.")
    return out


RELATIVES = ["mother", "father", "maternal aunt", "paternal uncle", "older brother", "sister", "grandmother",
             "cousin"]
CANCERS = ["breast cancer", "colon cancer", "prostate cancer", "lung cancer", "leukemia", "pancreatic cancer",
           "melanoma", "ovarian cancer", "stomach cancer"]
TOX = {"breast": ["skin redness and peeling in the fold", "breast swelling", "fatigue"],
       "prostate": ["urinary frequency", "loose stools", "rectal irritation", "erectile changes"],
       "head and neck": ["mouth sores", "taste loss", "thick saliva", "weight loss needing a feeding tube"],
       "lung": ["painful swallowing", "cough", "pneumonitis weeks later"],
       "brain SRS": ["headache", "swelling treated with steroids", "rare radionecrosis"],
       "whole brain": ["hair loss", "memory changes", "fatigue"], "bone metastases": ["a pain flare", "nausea"],
       "cervix": ["diarrhea", "bladder irritation", "vaginal narrowing"], "rectum": ["diarrhea", "perineal skin "
       "breakdown", "urgency"], "esophagus": ["painful swallowing", "heartburn"], "pancreas": ["nausea",
       "stomach upset"], "lymphoma": ["sore throat", "dry cough"], "skin": ["crusting", "lighter skin"],
       "pediatric": ["growth effects", "hearing changes", "fatigue"], "sarcoma": ["wound healing problems",
       "leg swelling"], "bladder": ["urinary burning", "frequency"], "liver": ["nausea", "rib pain"],
       "spine SBRT": ["pain flare", "vertebral fracture risk"], "anal": ["perineal skin breakdown", "diarrhea"]}


def long_blocks(ctx: Ctx) -> list[tuple[str, str, list[str]]]:
    """Varied long-note filler sections (each used at most once per note)."""
    r = ctx.rng
    rel = r.sample(RELATIVES, 3)
    blocks = [
        ("fhx", "Family history", [f"{_cap(rel[0])} with {r.choice(CANCERS)} in her/his {r.randint(4, 8)}0s.",
                                   f"{_cap(rel[1])} had {r.choice(CANCERS)}.", f"No known cancer in the "
                                   f"{rel[2]}'s side." if r.random() < 0.5 else "Otherwise noncontributory."]),
        ("ros2", "ROS by system", [f"Constitutional: {r.choice(['fatigue', 'no weight change', '4 kg weight loss'])}.",
                                   f"HEENT: {r.choice(['no changes', 'dry mouth', 'reading glasses'])}.",
                                   f"Resp: {r.choice(['no cough', 'occasional cough', 'dyspnea on exertion'])}.",
                                   f"GI: {r.choice(['normal bowels', 'constipation on opioids', 'reflux'])}.",
                                   f"GU: {r.choice(['nocturia x2', 'no complaints', 'weak stream'])}.",
                                   f"MSK: {r.choice(['knee pain', 'low back stiffness', 'negative'])}.",
                                   f"Neuro: {r.choice(['no focal deficits', 'tingling toes', 'negative'])}.",
                                   f"Psych: {r.choice(['anxious about treatment', 'mood stable', 'poor sleep'])}."]),
        ("screen", "Screening", [f"Distress thermometer {r.randint(1, 9)}/10.", f"PHQ-2 score {r.randint(0, 4)}.",
                                 f"Fall risk {r.choice(['low', 'moderate'])}.", f"Pain {r.randint(0, 8)}/10 "
                                 f"{r.choice(['at rest', 'with activity', 'at night'])}.",
                                 r.choice(["Food insecurity screen negative.", "Needs help with transportation.",
                                           "Lives 70 miles from the clinic."])]),
        ("goals", "Goals of care", [r.choice(["Full code; advance directive on file.", "Wants to stay active and "
                                              "keep working.", "DNR discussed; remains full code for now.",
                                              "Healthcare proxy is the eldest daughter."]),
                                    r.choice(["Goal is cure.", "Goal is durable local control.", "Goal is pain "
                                              "relief and keeping mobility."])]),
        ("sidefx", "Expected side effects reviewed", [
            "Reviewed " + ", ".join(TOX.get(ctx.plan.site, ["fatigue"])) + ".", *r.sample(COUNSEL, 2)]),
        ("hpi2", "Narrative", [r.choice(["Symptoms began about {m} months ago with {s}.", "First noticed {s} "
                                         "around {m} months ago.", "Presented to urgent care in {town} with {s}."])
                               .format(m=r.randint(2, 9), s=r.choice(SYMPTOMS), town=r.choice(
                                   ["Tucson", "Yuma", "Globe", "Sierra Vista"])),
                               r.choice(["Work-up by the primary care physician led to referral.", "Seen first at "
                                         "an outside clinic, then referred to SVCI.", "Referred by the surgeon "
                                         "after the pathology returned."]),
                               f"Since then {r.choice(SYMPTOMS)} has "
                               f"{r.choice(['improved', 'worsened', 'been stable'])}."]),
        ("course", "Oncologic history", course(ctx, r.randint(5, 11))),
        ("visits", "Interval visits", visit_log(ctx, r.randint(5, 12))),
        ("medrec", "Medication reconciliation", med_rec(ctx)),
        ("visits2", "Prior encounters", visit_log(ctx, r.randint(4, 10))),
        ("allergy", "Allergies", [r.choice(["NKDA.", "Penicillin (rash).", "Sulfa (hives); latex sensitivity.",
                                            "Codeine (nausea)."])]),
        ("nutr", "Nutrition", [f"Weight {r.randint(48, 118)} kg, BMI {r.randint(18, 38)}.",
                               r.choice(["Dietitian referral placed.", "Eating well.", "Uses protein shakes twice "
                                         "daily."])]),
    ]
    r.shuffle(blocks)
    return blocks


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


VISIT = ["clinic visit", "phone call", "infusion visit", "ED visit", "video visit", "nurse navigator call",
         "lab draw", "surgical follow-up", "dietitian visit", "social work visit"]
VISIT_FINDING = ["reported {s}", "noted {s} was better", "described worse {s}", "had no new complaints",
                 "asked about the schedule", "brought a list of questions", "had a low-grade temperature",
                 "needed a medication refill", "was tearful about the diagnosis", "felt stronger than last month"]
VISIT_ACTION = ["no change in plan", "dose of the pain medicine adjusted", "labs repeated", "referred to PT",
                "antiemetic prescribed", "fluids given", "reassured", "follow-up moved up a week",
                "imaging discussed with radiology", "chaplain visit offered", "home health ordered",
                "bowel regimen started", "blood pressure medicine held"]
INDICATION = ["for blood pressure", "for sugar", "for cholesterol", "for thyroid", "for mood", "for nerve pain",
              "for reflux", "for nausea", "for pain", "for the heart rhythm", "for urination"]


def visit_log(ctx: Ctx, n: int) -> list[str]:
    """Dated visit log entries, each combining a visit, a finding and an action."""
    r = ctx.rng
    out = []
    for i in range(n):
        finding = r.choice(VISIT_FINDING).format(s=r.choice(SYMPTOMS))
        out.append(f"{ctx.date(12 * (n - i) + r.randint(0, 9))} {r.choice(VISIT)}: {finding}; "
                   f"{r.choice(VISIT_ACTION)}.")
    return out


ADHERENCE = ["taking as prescribed", "misses some doses", "just started", "refilled today", "per PCP"]


def med_rec(ctx: Ctx) -> list[str]:
    """Medication reconciliation with indications and adherence notes."""
    r = ctx.rng
    return [f"{med} {r.choice(INDICATION)} - {r.choice(ADHERENCE)}." for med in r.sample(MEDS, r.randint(4, 8))]
