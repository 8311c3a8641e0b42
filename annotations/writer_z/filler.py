"""Non-evidence text: history, examination, investigations, medications, counselling, logistics, vendor residue.

Nothing here names a treatment technique, a contrast given at this simulation, a fused scan or a reason for a complex
simulation; historical imaging goes through traps.py.
"""
# ruff: noqa: D103, E501

from __future__ import annotations

from .context import Ctx
from .vocab import COMORBID, PCPS, VENDOR, VENDOR_TAGS


def comorbid(ctx: Ctx) -> str:
    if ctx.p.site == "peds":
        return ctx.pick(
            [
                "No comorbidities; immunisations up to date.",
                "Born at term, milestones normal.",
                "No significant past illness.",
            ]
        )
    items = list(COMORBID)
    ctx.r.shuffle(items)
    k = ctx.r.randint(0, 3)
    if k == 0:
        return ctx.pick(["No known comorbidities.", "Not a k/c/o DM/HTN/BA/TB.", "No significant past history."])
    return ctx.pick(["K/c/o {x}.", "k/c/o {x}.", "Known case of {x}.", "PMH: {x}."]).replace(
        "{x}", ", ".join(items[:k])
    )


COMPLAINTS = {
    "breast": ["lump in the {Lt} breast", "nipple retraction", "mass noticed on self-examination"],
    "prostate": ["raised PSA on routine screening", "nocturia 3-4 times", "poor stream"],
    "head_neck": ["painless neck swelling", "odynophagia", "hoarseness of voice", "non-healing ulcer on the tongue"],
    "lung": ["cough with streaky haemoptysis", "breathlessness on exertion", "incidental nodule on chest X-ray"],
    "whole_brain": ["headache and vomiting", "unsteadiness of gait", "new-onset seizure"],
    "srs": ["word-finding difficulty", "headache", "incidental lesions on surveillance MRI"],
    "bone_mets": ["back pain", "pain in the {Lt} hip on weight bearing", "bony pains"],
    "gyn": ["post-coital bleeding", "foul-smelling PV discharge", "post-menopausal bleeding"],
    "rectum": ["bleeding PR", "altered bowel habits", "tenesmus"],
    "oesophagus": ["progressive dysphagia to solids", "weight loss of 8 kg", "retrosternal discomfort"],
    "pancreas": ["painless jaundice", "epigastric pain radiating to back", "loss of appetite and weight"],
    "lymphoma": ["neck swelling", "night sweats and weight loss", "dry cough"],
    "skin": ["a slowly growing lesion", "bleeding from the lesion on touch", "a non-healing ulcer"],
    "peds": [
        "symptoms as per the paediatric oncology referral",
        "concerns raised by the parents",
        "findings on surveillance imaging",
        "an abnormality found during evaluation for vomiting",
    ],
    "palliative": ["pain not controlled on opioids", "bleeding from the mass", "facial puffiness"],
    "sarcoma": ["swelling in the {Lt} thigh", "painless enlarging mass"],
    "bladder": ["painless haematuria", "frequency and urgency"],
}


def complaint(ctx: Ctx) -> str:
    return ctx.fill(ctx.pick(COMPLAINTS[ctx.p.site]))


def hpi(ctx: Ctx) -> str:
    c = complaint(ctx)
    months = ctx.r.randint(2, 9)
    return (
        ctx.pick(
            [
                "The patient is a {age}-year-old {person} who presented with c/o {c}. {com} Evaluated by {ref} and HPE s/o malignancy.",
                "{age}-year-old {person} with c/o {c}, for which {he} was evaluated at {place}. {com} Biopsy was done.",
                "This is a {age}-year-old {person} referred by {ref} with c/o {c}. {com}",
                "{age} yr old {person} with c/o {c} since {m} months. {com} Worked up at {place}.",
                "Pt is a {age}y {person} who was found to have {c}. {com} Work-up as below.",
            ]
        )
        .replace("{c}", c)
        .replace("{com}", comorbid(ctx))
        .replace("{person}", ctx.person())
        .replace(
            "{place}",
            ctx.pick(["Pell Mill", "an outside hospital", "Tillman Falls", "Oakridge clinic", "Harlan Creek"]),
        )
        .replace("{m}", str(months))
        .replace("{ref}", ctx.referrer)
        .replace("{age}", str(ctx.age))
        .replace("{he}", ctx.he)
        .replace("{He}", ctx.he.capitalize())
    )


def treatment_history(ctx: Ctx) -> str:
    site = ctx.p.site
    pool = {
        "breast": [
            "{He} underwent {Lt} BCS + SLNB on {d}; completed 4 cycles AC and 12 weekly paclitaxel.",
            "S/p {Lt} MRM on {d}. Received 6 cycles of TCH. Now on trastuzumab.",
        ],
        "prostate": ["Started on ADT (leuprolide) on {d}.", "Underwent RALP on {d}; PSA nadir 0.02, now rising."],
        "head_neck": [
            "Biopsy from the primary on {d}; discussed in tumour board and planned for CTRT.",
            "Underwent WLE + {Lt} MRND on {d}; post-op course uneventful.",
        ],
        "lung": [
            "Bronchoscopic biopsy on {d}; PFTs borderline (FEV1 1.1 L).",
            "Completed 2 cycles of carboplatin-pemetrexed.",
        ],
        "gyn": ["Received EBRT 45 Gy/25# with weekly cisplatin, completed {d}.", "Underwent EUA on {d}."],
        "rectum": ["Colonoscopy and biopsy on {d}.", "Diverting colostomy done on {d}."],
        "oesophagus": ["Feeding jejunostomy placed on {d}.", "UGIE and biopsy on {d}."],
        "pancreas": ["ERCP + stenting on {d}; completed 8 cycles of mFOLFIRINOX.", "Underwent Whipple on {d}."],
        "lymphoma": ["Completed 4 cycles of ABVD on {d}.", "Completed R-CHOP x 6 on {d}."],
        "peds": ["Underwent surgery on {d}; post-op course uneventful.", "Chemotherapy as per protocol since {d}."],
    }.get(
        site,
        ["No prior oncological treatment.", "Seen by medical oncology on {d}.", "Was on systemic therapy till {d}."],
    )
    return ctx.fill(ctx.pick(pool))


def general_exam(ctx: Ctx) -> str:
    return (
        ctx.pick(
            [
                "General examination: Conscious, oriented, ECOG {e}. No pallor, icterus, cyanosis, clubbing, lymphadenopathy or pedal oedema.",
                "GE: ECOG PS {e}. Pallor +. No icterus/clubbing/cyanosis/lymphadenopathy/oedema. Vitals stable.",
                "O/E: Afebrile, PR {pr}/min, BP {bp} mmHg, SpO2 {sp}% on RA. KPS {k}.",
                "On examination {he} is comfortable at rest, ECOG {e}, weight {w} kg.",
            ]
        )
        .replace("{e}", str(ctx.r.randint(0, 2)))
        .replace("{pr}", str(ctx.r.randint(68, 104)))
        .replace("{bp}", f"{ctx.r.randint(108, 162)}/{ctx.r.randint(62, 94)}")
        .replace("{sp}", str(ctx.r.randint(93, 99)))
        .replace("{k}", str(ctx.r.choice([60, 70, 80, 90])))
        .replace("{w}", str(ctx.r.randint(44, 112)))
        .replace("{he}", ctx.he)
    )


def systemic_exam(ctx: Ctx) -> str:
    return ctx.pick(
        [
            "Systemic examination: RS - B/L NVBS, no added sounds. CVS - S1S2 heard, no murmur. P/A - soft, non-tender, no organomegaly. CNS - NFND.",
            "CVS: S1 S2 +. RS: AEBE, clear. PA: soft, BS +. CNS: no focal neurological deficit.",
            "Chest clear. Heart sounds normal. Abdomen soft. No focal deficit.",
            "RS: decreased air entry {Lt} base. CVS: NAD. P/A: soft. CNS: higher functions normal.",
        ]
    ).replace("{Lt}", ctx.Lt)


def local_exam(ctx: Ctx) -> str:
    site = ctx.p.site
    pool = {
        "breast": [
            "Local examination: healed scar over {Lt} breast, no residual lump, axilla clear.",
            "L/E: well-healed mastectomy scar, no nodules, SCF clear.",
        ],
        "head_neck": [
            "L/E: ulceroproliferative growth, {Lt} level II node 3 x 2 cm, firm, mobile.",
            "IDL: growth involving the supraglottis, cords mobile.",
        ],
        "gyn": [
            "P/S: growth on cervix, bleeds on touch. P/V: {Lt} parametrium involved not up to LPW.",
            "P/V/P/R: {Lt} parametrial thickening, rectal mucosa free.",
        ],
        "rectum": [
            "DRE: growth at 6 cm from AV, lower edge palpable, mucosa free.",
            "P/R: circumferential growth, fixed.",
        ],
        "skin": [
            "L/E: {cm} x {mm2} cm nodular lesion with rolled edges, no regional nodes.",
            "L/E: ulcerated lesion, indurated margins, no nodes palpable.",
        ],
        "sarcoma": [
            "L/E: 12 x 9 cm firm mass {Lt} thigh, skin free, distal pulses +.",
            "L/E: scar healed, no residual.",
        ],
        "prostate": ["DRE: firm nodule in {Lt} lobe.", "DRE: smooth, benign feel."],
    }.get(
        site,
        [
            "Local examination: as documented in the consult.",
            "No palpable disease.",
            "Local exam unremarkable apart from tenderness over the affected area.",
        ],
    )
    return ctx.fill(ctx.pick(pool), mm2=str(ctx.r.randint(1, 3)))


def labs(ctx: Ctx) -> str:
    return (
        ctx.pick(
            [
                "Investigations: Hb {hb} g/dl, TLC {tlc}/cumm, platelets {pl} lakh/cumm, creatinine {cr} mg/dl, LFT WNL.",
                "Labs ({d}): Hb {hb}, WBC {wbc}, Plt {plt}k, Cr {cr}, eGFR {egfr}.",
                "CBC - Hb {hb} gm%, TC {tlc}, Plt {pl} L. RFT - urea {u}, creat {cr}. Serum electrolytes normal.",
                "Blood counts adequate (Hb {hb}). RFT/LFT within normal limits.",
            ]
        )
        .replace("{hb}", f"{ctx.r.randint(85, 142) / 10:.1f}")
        .replace("{tlc}", str(ctx.r.randint(41, 112) * 100))
        .replace("{pl}", f"{ctx.r.randint(15, 42) / 10:.1f}")
        .replace("{cr}", f"{ctx.r.randint(6, 14) / 10:.1f}")
        .replace("{wbc}", f"{ctx.r.randint(38, 110) / 10:.1f}")
        .replace("{plt}", str(ctx.r.randint(140, 420)))
        .replace("{egfr}", str(ctx.r.randint(55, 110)))
        .replace("{u}", str(ctx.r.randint(18, 46)))
        .replace("{d}", ctx.date(ctx.r.randint(2, 12)))
    )


MEDS = [
    "metformin 500 mg BD",
    "amlodipine 5 mg OD",
    "levothyroxine 50 mcg OD",
    "pantoprazole 40 mg OD",
    "atorvastatin 20 mg HS",
    "tramadol 50 mg SOS",
    "oxycodone 5 mg q6h PRN",
    "dexamethasone 4 mg BD",
    "ondansetron 4 mg SOS",
    "paracetamol 1 g TDS",
    "apixaban 5 mg BD",
    "gabapentin 300 mg HS",
    "letrozole 2.5 mg OD",
    "tamsulosin 0.4 mg HS",
    "capecitabine 825 mg/m2 BD (on RT days)",
]


def meds(ctx: Ctx) -> str:
    if ctx.p.site == "peds":
        return ctx.pick(
            [
                "Medications: ondansetron PRN, paracetamol PRN.",
                "Medications: dexamethasone taper, omeprazole.",
                "Drug history: cotrimoxazole prophylaxis, ondansetron.",
            ]
        )
    items = list(MEDS)
    ctx.r.shuffle(items)
    k = ctx.r.randint(2, 5)
    lead = ctx.pick(["Current medications: ", "Medications: ", "Drug history: ", "Tab. "])
    sep = ", tab. " if lead == "Tab. " else ", "
    text = lead + sep.join(items[:k]) + "."
    if ctx.p.style == "vendor_flagged" and ctx.chance(0.5):
        text = text.replace(",", " [?],", 1)
    return text


def personal(ctx: Ctx) -> str:
    if ctx.p.site == "peds":
        return ctx.pick(
            [
                "Lives with parents and an older sibling; attends preschool.",
                "Social: parents both working; grandmother helps with care.",
                "Family lives 70 miles away; staying at the hospitality house during treatment.",
            ]
        )
    return (
        ctx.pick(
            [
                "Personal history: Diet - mixed. Appetite - reduced. Sleep - disturbed due to pain. Bowel and bladder - regular. {hab}",
                "Personal history: {hab} Lives with {fam}. Independent in ADLs.",
                "Social: {hab} Retired {job}; lives with {fam} in {town}.",
                "Habits: {hab}",
            ]
        )
        .replace(
            "{hab}",
            ctx.pick(
                [
                    "Ex-smoker (30 pack-years), quit 2015.",
                    "Non-smoker, occasional alcohol.",
                    "Smoker 1 ppd, counselled regarding cessation.",
                    "Tobacco chewer x 20 yrs, stopped.",
                    "No addictions.",
                ]
            ),
        )
        .replace("{fam}", ctx.pick(["wife", "husband", "daughter's family", "partner", "parents"]))
        .replace("{job}", ctx.pick(["farmer", "school teacher", "machinist", "truck driver", "nurse", "postal worker"]))
        .replace("{town}", ctx.pick(["Harlan Creek", "Tillman Falls", "Oakridge", "Pell Mill", "Ashgrove"]))
    )


def family(ctx: Ctx) -> str:
    return ctx.pick(
        [
            "Family history: not significant.",
            "F/H: mother had Ca breast at 60.",
            "Family history: father - Ca colon; no other malignancy.",
            "FH: nil contributory.",
            "Family h/o DM and HTN.",
        ]
    )


def counselling(ctx: Ctx) -> str:
    return ctx.pick(
        [
            "The patient and family were explained about the nature of the disease, the treatment and its side effects in detail. They understood and gave consent.",
            "Side effects explained - fatigue, skin reaction, {se}. Written informed consent taken in the presence of the nurse.",
            "Counselled regarding the intent of treatment. Questions answered. Consent signed.",
            "Procedure explained to the patient in simple language; consent obtained.",
        ]
    ).replace("{se}", ctx.pick(["mucositis", "diarrhoea", "dysphagia", "cystitis", "alopecia", "nausea"]))


def consent_line(ctx: Ctx) -> str:
    return ctx.pick(
        [
            "Informed consent was taken.",
            "Consent obtained.",
            "Written informed consent on file.",
            "Procedure explained; patient agreeable.",
            "Consent: signed ({d}).".replace("{d}", ctx.date(ctx.r.randint(1, 10))),
        ]
    )


def position(ctx: Ctx) -> str:
    site = ctx.p.site
    pos = {
        "breast": [
            "supine on the breast board, both arms abducted above the head",
            "supine, {Lt} arm up on the wing board, head turned to the {other} side",
        ],
        "prostate": [
            "supine with knee and foot locks, comfortably full bladder (500 ml water 45 min prior)",
            "supine, empty rectum, full bladder protocol followed",
        ],
        "head_neck": [
            "supine with the neck extended, head on a standard head rest",
            "supine, shoulders pulled down, mouth bite in place",
        ],
        "lung": ["supine with both arms above the head", "supine, arms up, knee support"],
        "rectum": ["prone on the belly board with full bladder", "supine with full bladder and knee rest"],
        "gyn": ["supine with full bladder", "lithotomy"],
        "skin": ["supine, head turned to expose the lesion", "sitting in the chair for the electron set-up"],
        "peds": ["supine under GA", "prone under GA with the face in the mask"],
    }.get(site, ["supine, arms by the side", "supine with knee support", "supine, arms on chest"])
    text = ctx.fill(ctx.pick(pos))
    return (
        ctx.pick(["The patient was positioned {x}.", "Position: {x}.", "{He} was placed {x}.", "Set up {x}."])
        .replace("{x}", text)
        .replace("{He}", ctx.he.capitalize())
    )


def tattoos(ctx: Ctx) -> str:
    return ctx.pick(
        [
            "Three reference tattoos were placed.",
            "Tattoos x 3 made on the laser marks.",
            "Reference marks tattooed (anterior and both laterals).",
            "Skin marks made with permanent marker.",
            "Isocentre marked with 3 point tattoos.",
            "Tattoos placed, photos taken for set-up.",
        ]
    )


def logistics(ctx: Ctx) -> str:
    return (
        ctx.pick(
            [
                "Contouring to be completed by {dd}. Plan start date tentatively {start}.",
                "Patient will be called once the plan is ready (approx. {k} working days).",
                "{He} was advised to maintain the same bladder/bowel preparation daily.",
                "Transport arranged through the Harlan Creek volunteer driver programme.",
                "Start date {start}; concurrent chemo as per {ref}.",
                "Dosimetry informed; {dosim} to plan.",
            ]
        )
        .replace("{dd}", ctx.date(-ctx.r.randint(2, 5)))
        .replace("{start}", ctx.date(-ctx.r.randint(6, 14)))
        .replace("{k}", str(ctx.r.randint(5, 10)))
        .replace("{He}", ctx.he.capitalize())
        .replace("{ref}", ctx.referrer)
        .replace("{dosim}", ctx.dosim)
    )


DOSES = {
    "breast": [("40", "15"), ("50", "25"), ("26", "5")],
    "prostate": [("60", "20"), ("70", "28"), ("78", "39"), ("36.25", "5")],
    "head_neck": [("70", "35"), ("66", "33"), ("60", "30")],
    "lung": [("60", "30"), ("54", "3"), ("50", "5")],
    "whole_brain": [("30", "10"), ("20", "5"), ("25", "10")],
    "srs": [("20", "1"), ("27", "3"), ("30", "5")],
    "bone_mets": [("8", "1"), ("20", "5"), ("30", "10")],
    "gyn": [("45", "25"), ("50.4", "28"), ("7", "1")],
    "rectum": [("50.4", "28"), ("25", "5")],
    "oesophagus": [("41.4", "23"), ("50.4", "28")],
    "pancreas": [("50.4", "28"), ("33", "5")],
    "lymphoma": [("30", "15"), ("24", "12"), ("36", "18")],
    "skin": [("50", "20"), ("40", "10"), ("35", "5")],
    "peds": [("23.4", "13"), ("54", "30"), ("10.8", "6")],
    "palliative": [("20", "5"), ("30", "10"), ("8", "1")],
    "sarcoma": [("50", "25"), ("60", "30")],
    "bladder": [("55", "20"), ("64", "32")],
}


def dose_line(ctx: Ctx) -> str:
    a, b = ctx.pick(DOSES.get(ctx.p.site, [("30", "10")]))
    return (
        ctx.pick(
            [
                "Dose: {a} Gy in {b} fractions.",
                "Prescription {a} Gy/{b}#.",
                "Planned dose {a} Gy/{b} fractions.",
                "Dose to be confirmed after contouring.",
                "Rx {a} Gy/{b} fr.",
            ]
        )
        .replace("{a}", a)
        .replace("{b}", b)
        .replace(" in 1 fractions", " in a single fraction")
        .replace("/1 fractions", " single fraction")
    )


def vendor_footer(ctx: Ctx) -> str:
    d1 = ctx.dos()
    d2 = ctx.date(-1)
    tag = ctx.pick(VENDOR_TAGS)
    return ctx.pick(
        [
            f"D: {d1} {ctx.time()}  T: {d2} {ctx.time()}\nJob#: {ctx.job}  {tag}",
            f"Dictated on {d1}, transcribed on {d2} by {ctx.pick(VENDOR).rstrip('.')}. {tag}",
            f"D/T: {d1}/{d2}  Job {ctx.job}  ({tag})\nThis document was transcribed offshore and is subject to physician review.",
            f"DD: {d1}  DT: {d2}  JOB: {ctx.job}/{tag}",
            f"Transcribed by {ctx.pick(VENDOR)} | {tag} | {d2}",
        ]
    )


def signature(ctx: Ctx) -> str:
    name = ctx.md[0]
    return ctx.pick(
        [
            f"Thanks and regards,\nDr. {name}, MD\nRadiation Oncology",
            f"Dr. {name}\nAttending Radiation Oncologist",
            f"Electronically signed by: {name}, MD on {ctx.date(-ctx.r.randint(0, 3))} {ctx.time()}",
            f"{name}, MD\n(dictated, not read)",
            f"Regards,\n{name}, MD, Department of Radiation Oncology, {ctx.centre}",
            f"Signed: Dr {name} / {ctx.md[1]}",
        ]
    )


def header(ctx: Ctx, title: str) -> str:
    who = "[redacted]"
    return ctx.pick(
        [
            f"BRAMBLEWOOD HEALTH - {ctx.centre.upper()}\nDEPARTMENT OF RADIATION ONCOLOGY\n\nPATIENT NAME: {who}    MRN: {ctx.mrn}\nDATE OF SERVICE: {ctx.dos()}\n\n{title}",
            f"{title}\nBramblewood Health | {ctx.centre}\nName: {who}  MRN: {ctx.mrn}  DOB: XX/XX/19XX\nDOS: {ctx.dos()}   Attending: {ctx.md_name()}",
            f"PATIENT: {who}\nMR#: {ctx.mrn}\nDATE: {ctx.dos()}\nLOCATION: {ctx.centre}\nPHYSICIAN: {ctx.md_name()}\n\n{title}",
            f"Bramblewood Health - Radiation Oncology ({ctx.centre})\n{title}\nPt: {who} / {ctx.mrn} / DOS {ctx.dos()}",
            f"{title}\n\nName of the patient: {who}\nHospital No.: {ctx.mrn}\nDate: {ctx.dos()}\nConsultant: {ctx.md_name()}\nReferred by: {ctx.referrer}",
        ]
    )


def pcp(ctx: Ctx) -> str:
    return ctx.pick(PCPS)


ROS_ITEMS = [
    "Constitutional: {c}.",
    "Eyes: no visual change.",
    "ENT: {e}.",
    "Respiratory: {r}.",
    "CVS: no chest pain or palpitations.",
    "GI: {g}.",
    "GU: {u}.",
    "MSK: {m}.",
    "Skin: no rash.",
    "Neuro: {n}.",
    "Psych: mood low at times, sleeping poorly.",
    "Haem: no easy bruising.",
    "Endocrine: no heat or cold intolerance.",
]


def ros_long(ctx: Ctx) -> str:
    items = list(ROS_ITEMS)
    ctx.r.shuffle(items)
    text = " ".join(items[: ctx.r.randint(6, 11)])
    return "Review of systems: " + text.replace(
        "{c}", ctx.pick(["fatigue, weight loss of 4 kg", "no fever", "appetite reduced"])
    ).replace("{e}", ctx.pick(["dry mouth", "no hoarseness", "no dysphagia"])).replace(
        "{r}", ctx.pick(["mild exertional dyspnoea", "dry cough", "no haemoptysis"])
    ).replace("{g}", ctx.pick(["constipation on opioids", "no nausea", "occasional heartburn"])).replace(
        "{u}", ctx.pick(["nocturia x2", "no haematuria", "frequency"])
    ).replace("{m}", ctx.pick(["low back ache", "knee pain", "no bone pain"])).replace(
        "{n}", ctx.pick(["no weakness", "paraesthesia of the fingertips after taxane", "no headache"])
    )


COURSE = [
    "{d}: MDT discussion; recommendation as documented.",
    "{d}: seen by the palliative care team for symptom control.",
    "{d}: admitted overnight at Pell Mill for dehydration; discharged next day.",
    "{d}: pre-treatment blood work reviewed.",
    "{d}: insurance approval received for the consult.",
    "{d}: patient called to reschedule because of weather.",
    "{d}: seen in RO clinic at {where}; plan discussed.",
    "{d}: telephone call - {he} asked about driving to treatment; advised.",
    "{d}: dental review done at Pell Mill.",
    "{d}: nurse navigator visit; transport and lodging arranged.",
    "{d}: medical oncology review; chemo cycle given.",
    "{d}: dietitian saw {him}; supplements started.",
    "{d}: consent visit; questions answered.",
    "{d}: labs drawn at {where}.",
    "{d}: pain clinic review; analgesia adjusted.",
]


def dated_course(ctx: Ctx) -> str:
    items = list(COURSE)
    ctx.r.shuffle(items)
    days = sorted((ctx.r.randint(3, 60) for _ in range(ctx.r.randint(4, 9))), reverse=True)
    lines = []
    for day, item in zip(days, items, strict=False):
        lines.append(
            item.replace("{d}", ctx.date(day))
            .replace("{where}", ctx.pick(["Harlan Creek", "Ashgrove", "Pell Mill"]))
            .replace("{he}", ctx.he)
            .replace("{him}", ctx.him)
        )
    return "Interval course:\n" + "\n".join(lines)


def goals(ctx: Ctx) -> str:
    return ctx.pick(
        [
            "Goals of care: curative intent. {He} and the family are keen on treatment close to home where possible.",
            "Goals: symptom control and maintaining independence. Advance directive on file; full code.",
            "Goals of care discussed with the daughter (HCPOA). Treatment intent is palliative.",
            "Intent: radical. Performance status allows concurrent chemotherapy.",
        ]
    ).replace("{He}", ctx.he.capitalize())


PSYCHO = [
    "{He} is anxious about the treatment and about the cost of travel.",
    "Distress thermometer score {k}/10; main concerns are finances and transport.",
    "Lives alone since the spouse passed away last year; the neighbour helps with groceries.",
    "Works part-time and wishes to continue working during treatment if possible.",
    "Social worker {sw} met the family and discussed the lodging programme at Ashgrove.",
    "Spiritual care offered and accepted.",
    "No active psychiatric issues; sleep is poor because of pain at night.",
    "The son will be the main caregiver and will bring {him} for treatment.",
    "{He} is a caregiver for an elderly parent, which makes daily travel difficult.",
    "Insurance verification has been completed by the front desk.",
]
NUTRITION = [
    "Weight today {w} kg (was {w2} kg three months ago).",
    "Dietitian review: oral intake about 60% of requirements; high-protein supplements twice daily advised.",
    "Albumin {alb} g/dl.",
    "No swallowing difficulty at present; soft diet tolerated.",
    "Advised small frequent meals and adequate hydration (2-3 litres/day).",
    "Speech and swallow therapy referral placed as a precaution.",
]
FUNCTION = [
    "Ambulant without support; climbs one flight of stairs with breaks.",
    "Uses a walker at home; independent for ADLs.",
    "ECOG 1 - restricted only in strenuous activity.",
    "Drives short distances; the family drives for longer trips.",
    "Fall in the bathroom two months ago, no injury; home safety assessment suggested.",
]
PATH = [
    "Pathology (reviewed at Ashgrove, {d}): {p}.",
    "HPE report dated {d}: {p}.",
    "Biopsy slides reviewed at our institution - {p}.",
]
PATH_DETAIL = [
    "moderately differentiated, LVI present, PNI absent",
    "margins free, closest 2 mm",
    "Ki-67 30%",
    "grade 3, necrosis present",
    "no LVI",
    "tumour deposits absent",
    "IHC as per the outside report",
]


def _pick_some(ctx: Ctx, pool: list[str], lo: int, hi: int) -> list[str]:
    items = list(pool)
    ctx.r.shuffle(items)
    return items[: ctx.r.randint(lo, hi)]


def psychosocial(ctx: Ctx) -> str:
    out = " ".join(_pick_some(ctx, PSYCHO, 2, 4))
    return "Psychosocial: " + out.replace("{He}", ctx.he.capitalize()).replace("{him}", ctx.him).replace(
        "{k}", str(ctx.r.randint(3, 8))
    ).replace("{sw}", ctx.pick(["M. Iverson, LCSW", "R. Tan, MSW", "the social worker"]))


def nutrition(ctx: Ctx) -> str:
    w = ctx.r.randint(48, 105)
    out = " ".join(_pick_some(ctx, NUTRITION, 2, 4))
    return "Nutrition: " + out.replace("{w}", str(w)).replace("{w2}", str(w + ctx.r.randint(2, 9))).replace(
        "{alb}", f"{ctx.r.randint(28, 44) / 10:.1f}"
    )


def function(ctx: Ctx) -> str:
    return "Functional status: " + " ".join(_pick_some(ctx, FUNCTION, 1, 3))


def pathology(ctx: Ctx) -> str:
    parts = _pick_some(ctx, PATH_DETAIL, 1, 3)
    return ctx.pick(PATH).replace("{d}", ctx.date(ctx.r.randint(20, 90))).replace("{p}", ", ".join(parts))


EDUCATION = [
    "Skin care explained: mild soap, pat dry, no perfumed creams over the area, loose cotton clothing.",
    "{He} was advised to avoid sun exposure over the treated area and to use the cream provided by the nurse.",
    "Mouth care: salt and soda rinses four times a day; avoid spicy food and alcohol.",
    "Bladder protocol explained: empty the bladder, then drink 500 ml of water and hold for 45 minutes.",
    "Bowel preparation: avoid gas-forming foods; stool softener if constipated.",
    "Written information leaflet on fatigue given; light walking encouraged.",
    "Advised to report fever above 100.4 F, bleeding or inability to eat or drink.",
    "The treatment-day routine was explained: check-in, changing room, daily imaging before treatment.",
    "Tattoos are permanent pin-point marks; {he} was told not to scrub them off.",
    "Mask care and the sensation of the mask were explained; a trial fitting was offered.",
    "{He} knows whom to call after hours (on-call radiation oncologist via the Ashgrove operator).",
    "Driving advice given; a family member will accompany {him} for the first week.",
]
CHEMO = [
    "Concurrent chemotherapy: {drug} as per {ref}; first dose planned in week 1 of RT.",
    "No concurrent systemic therapy planned at present.",
    "Systemic therapy to be held during RT and resumed two weeks after completion.",
    "{drug} to continue; counts to be checked weekly during treatment.",
]
DRUGS = [
    "weekly cisplatin 40 mg/m2",
    "capecitabine 825 mg/m2 BD on RT days",
    "carboplatin/paclitaxel weekly",
    "temozolomide 75 mg/m2 daily",
    "immunotherapy (pembrolizumab)",
    "vincristine weekly",
]
WORKUP = [
    "{d}: 2D echo - EF 55%, no RWMA.",
    "{d}: PFT - FEV1 68% predicted, DLCO 55%.",
    "{d}: dental clearance obtained.",
    "{d}: audiometry baseline done.",
    "{d}: biopsy - report as above.",
    "{d}: CBC/RFT/LFT - within limits.",
    "{d}: ECG - sinus rhythm.",
    "{d}: fertility counselling visit.",
    "{d}: TSH 2.1.",
    "{d}: HbA1c 7.4%.",
    "{d}: urine pregnancy test - N/A.",
    "{d}: HIV/HBsAg/HCV - non-reactive.",
]
CONSENT = [
    "Risks discussed in detail: fatigue, skin reaction, {se1}, {se2}, and the small risk of a second cancer.",
    "Late effects explained, including fibrosis and damage to nearby organs such as the {oar}.",
    "Alternatives discussed: observation, systemic therapy alone, or surgery where applicable.",
    "{He} had the opportunity to ask questions and all were answered to {his} satisfaction.",
    "An interpreter was not required; {he} speaks English fluently.",
    "Consent form signed and scanned into the chart; a copy was given to {him}.",
]
FOLLOWUP = [
    "Weekly OTV reviews during treatment.",
    "First follow-up 4-6 weeks after completion.",
    "Imaging at 3 months to assess response.",
    "Survivorship clinic referral after completion.",
    "Shared follow-up with {ref}.",
    "Telehealth follow-up acceptable given the travel distance.",
]


def _fill_common(ctx: Ctx, text: str) -> str:
    return (
        text.replace("{He}", ctx.he.capitalize())
        .replace("{he}", ctx.he)
        .replace("{him}", ctx.him)
        .replace("{his}", ctx.his)
        .replace("{ref}", ctx.referrer)
        .replace("{oar}", ctx.oar)
    )


def education(ctx: Ctx) -> str:
    return "Patient education: " + _fill_common(ctx, " ".join(_pick_some(ctx, EDUCATION, 3, 6)))


def chemo_plan(ctx: Ctx) -> str:
    return "Systemic therapy: " + _fill_common(ctx, ctx.pick(CHEMO).replace("{drug}", ctx.pick(DRUGS)))


def prior_workup(ctx: Ctx) -> str:
    items = _pick_some(ctx, WORKUP, 3, 7)
    days = sorted((ctx.r.randint(5, 80) for _ in items), reverse=True)
    return "Pre-treatment work-up:\n" + "\n".join(
        i.replace("{d}", ctx.date(d)) for i, d in zip(items, days, strict=False)
    )


def consent_detail(ctx: Ctx) -> str:
    se = ["mucositis", "diarrhoea", "dysphagia", "cystitis", "hair loss", "nausea", "cough", "skin peeling"]
    ctx.r.shuffle(se)
    return "Consent: " + _fill_common(ctx, " ".join(_pick_some(ctx, CONSENT, 3, 6))).replace("{se1}", se[0]).replace(
        "{se2}", se[1]
    )


def followup(ctx: Ctx) -> str:
    return "Follow-up plan: " + _fill_common(ctx, " ".join(_pick_some(ctx, FOLLOWUP, 2, 4)))


ONC_HISTORY = [
    "{d}: first noticed symptoms; treated symptomatically by the family physician.",
    "{d}: no improvement, referred to {ref}.",
    "{d}: outside work-up started; reports requested.",
    "{d}: biopsy performed; the report was discussed with {him} by phone.",
    "{d}: staging completed; case listed for the tumour board.",
    "{d}: tumour board recommendation communicated to the family.",
    "{d}: {he} wished to take a second opinion; records sent to the university hospital.",
    "{d}: second opinion concurred with the plan.",
    "{d}: seen by medical oncology; systemic therapy discussed.",
    "{d}: port placed by IR without complication.",
    "{d}: first cycle of systemic therapy; tolerated with grade 1 nausea.",
    "{d}: emergency visit for pain; analgesics escalated.",
    "{d}: nutrition and social work assessments done.",
    "{d}: pre-radiation dental evaluation.",
    "{d}: consult in radiation oncology (dictated separately).",
    "{d}: insurance verification; financial counselling visit.",
    "{d}: repeat blood work - counts recovered.",
    "{d}: called the nurse line with questions about travel; answered.",
    "{d}: restaging review - no new concerns per the treating team.",
    "{d}: advance care planning conversation with the family.",
]


def onc_history(ctx: Ctx) -> str:
    items = list(ONC_HISTORY)
    ctx.r.shuffle(items)
    k = ctx.r.randint(7, 13)
    days = sorted((ctx.r.randint(8, 240) for _ in range(k)), reverse=True)
    lines = [_fill_common(ctx, it).replace("{d}", ctx.date(dd)) for it, dd in zip(items[:k], days, strict=False)]
    return (
        ctx.pick(["Oncologic history (chronological):", "Detailed history:", "Chronology:"]) + "\n" + "\n".join(lines)
    )


def labs_table(ctx: Ctx) -> str:
    rows = []
    for name, lo, hi, div in (
        ("Hb (g/dl)", 85, 145, 10),
        ("WBC (x10^3)", 30, 115, 10),
        ("Platelets (x10^3)", 120, 420, 1),
        ("Creatinine (mg/dl)", 5, 15, 10),
        ("Sodium", 131, 145, 1),
        ("Potassium", 33, 51, 10),
        ("ALT", 10, 60, 1),
        ("Albumin (g/dl)", 28, 46, 10),
    ):
        vals = [ctx.r.randint(lo, hi) / div for _ in range(3)]
        rows.append(name + "  " + "  ".join(f"{v:g}" for v in vals))
    dates = [ctx.date(ctx.r.randint(40, 70)), ctx.date(ctx.r.randint(15, 39)), ctx.date(ctx.r.randint(1, 14))]
    return "Labs trend (" + " / ".join(dates) + "):\n" + "\n".join(rows)
