"""VistA/CPRS furniture and history filler (plain text; nothing here is counted evidence)."""

from __future__ import annotations

import random

from . import vocab as V
from .plan import Plan

MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def pick(rng: random.Random, options: list[str]) -> str:
    return options[rng.randrange(len(options))]


def vdate(d) -> str:
    return f"{MON[d.month - 1]} {d.day:02d}, {d.year}@{d.hour:02d}:{d.minute:02d}"


def sdate(d) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def short(d) -> str:
    return f"{d.month}/{d.day}"


def he(plan: Plan) -> str:
    return "she" if plan.female else "he"


def his(plan: Plan) -> str:
    return "her" if plan.female else "his"


def header(plan: Plan, title: str, author: str, cosigner: str = "", std: str = "") -> str:
    rng = plan.rng
    d = plan.date
    std = std or pick(rng, ["RADIATION ONCOLOGY NOTE", "RADIATION ONCOLOGY PROCEDURE NOTE", "RADIATION THERAPY NOTE"]
                      if "CONSULT" not in title else ["RADIATION ONCOLOGY CONSULT"])
    entry = d.replace(minute=min(59, d.minute + rng.randrange(1, 9)))
    lines = [f"LOCAL TITLE: {title}", f"STANDARD TITLE: {std}",
             f"DATE OF NOTE: {vdate(d)}     ENTRY DATE: {vdate(entry)}:{rng.randrange(10, 59)}",
             f"      AUTHOR: {author}   EXP COSIGNER: {cosigner}",
             f"     URGENCY:                          STATUS: COMPLETED"]
    if rng.random() < 0.4:
        lines.insert(0, f"{plan.patient}   {plan.pid}   {V.FACILITY}")
    return "\n".join(lines)


def signature(plan: Plan, signer: str, role: str = "") -> str:
    rng = plan.rng
    d = plan.date
    sig_t = f"{sdate(d)} {min(23, d.hour + rng.randrange(0, 4)):02d}:{rng.randrange(0, 59):02d}"
    role = role or pick(rng, ["Radiation Oncology", "RADIATION ONCOLOGY SERVICE", "Staff Physician, Radiation Oncology",
                              "Rad Onc"])
    out = f"/es/ {signer}\n{role}\nSigned: {sig_t}"
    if rng.random() < 0.35:
        rn = pick(rng, [n[1] for n in V.NURSES] + [t[1] for t in V.THERAPISTS])
        out += f"\n\nReceipt Acknowledged By:\n{sdate(d)} {rng.randrange(8, 17):02d}:{rng.randrange(0, 59):02d}        /es/ {rn}"
    return out


def cosign(plan: Plan, signer: str) -> str:
    d = plan.date
    return f"/es/ {signer}\nAttending Radiation Oncologist\nCosigned: {sdate(d)} {min(23, d.hour + 3):02d}:{plan.rng.randrange(0, 59):02d}"


def military(plan: Plan) -> str:
    rng = plan.rng
    era = pick(rng, V.ERAS[plan.era])
    exp = pick(rng, V.EXPOSURES[plan.era])
    sc = rng.choice(["10", "30", "50", "70", "100", "0 (NSC)", "80"])
    forms = [f"Military: {plan.branch}, {era}. {exp}. SC {sc}%.",
             f"{plan.branch} veteran, {era}; {exp}. Service connected {sc}%.",
             f"MILITARY HX: {plan.branch} / {era} / {exp} / SC% {sc}",
             f"Served {plan.branch} ({era}). Exposures: {exp}. {sc}% SC."]
    return pick(rng, forms)


def social(plan: Plan) -> str:
    rng = plan.rng
    bits = [pick(rng, ["Lives alone in", "Lives with wife in", "Lives with daughter in", "Lives w/ spouse,",
                       "Stays at the Hoptel during the week; home is", "Lives in a camper outside"]) + " " +
            pick(rng, ["Gorham Crossing", "Tern Lake", "a rural area 90 mi north", "Ashby Falls", "Millbrook"]) + ".",
            pick(rng, ["Former smoker, 40 pk-yr, quit 2015.", "Smokes 1 ppd, counseled.", "Never smoker.",
                       "Chews tobacco.", "Quit smoking 20 yrs ago."]),
            pick(rng, ["EtOH: 2-3 beers/wk.", "Hx AUD, sober since 2012 (AA).", "No alcohol.", "drinks socially"]),
            pick(rng, ["Drives self; uses beneficiary travel.", "VTS van for transport.", "Wife drives.",
                       "Needs DAV van - arranged."])]
    rng.shuffle(bits)
    return " ".join(bits)


PMH = ["HTN", "DM2 (A1c 7.4)", "COPD on Trelegy", "CAD s/p PCI 2018", "hyperlipidemia", "OSA on CPAP", "BPH",
       "chronic low back pain", "tinnitus / bilat hearing loss (SC)", "GERD", "obesity (BMI 34)", "hypothyroid",
       "AFib on apixaban", "depression", "peripheral neuropathy"]


def pmh(plan: Plan) -> str:
    rng = plan.rng
    items = rng.sample(PMH, rng.randrange(3, 7))
    if "ptsd" in plan.flags:
        items.append(pick(rng, ["PTSD (combat), followed by PCT", "PTSD - SC 70%", "chronic PTSD w/ nightmares, on prazosin"]))
    if "tbi" in plan.flags:
        items.append(pick(rng, ["mild TBI (blast, 2007)", "TBI w/ residual memory issues"]))
    if "ckd" in plan.flags:
        items.append(pick(rng, ["CKD stage 3b", "CKD 4 (Cr 2.4)"]))
    if "prosthesis" in plan.flags:
        items.append(pick(rng, ["L BKA (IED 2008), uses prosthesis", "R AKA s/p trauma, wheelchair/prosthesis"]))
    rng.shuffle(items)
    sep = pick(rng, ["; ", ", ", "\n - "])
    lead = pick(rng, ["PMH: ", "PAST MEDICAL HISTORY:\n - ", "Past Medical Hx: ", "PMHx - "])
    if sep == "\n - " and not lead.endswith("- "):
        lead = lead + "\n - "
    return lead + sep.join(items)


def problem_list(plan: Plan) -> str:
    rng = plan.rng
    probs = ["Essential hypertension (ICD-10-CM I10)", "Type 2 diabetes mellitus (ICD-10-CM E11.9)",
             "Tobacco use disorder (ICD-10-CM F17.210)", "Hyperlipidemia (ICD-10-CM E78.5)",
             "Chronic obstructive pulmonary disease (ICD-10-CM J44.9)", "Tinnitus (ICD-10-CM H93.19)",
             "Obstructive sleep apnea (ICD-10-CM G47.33)", "Low back pain (ICD-10-CM M54.50)"]
    if "ptsd" in plan.flags:
        probs.append("Posttraumatic stress disorder, chronic (ICD-10-CM F43.12)")
    items = rng.sample(probs, min(len(probs), rng.randrange(3, 6)))
    if plan.rng.random() < 0.5:
        items.append("Personal history of irradiation (ICD-10-CM Z92.3)")
    lines = ["Active Problems", "---------------"] + [f"{i + 1:>2}. {p}" for i, p in enumerate(items)]
    return "\n".join(lines)


MEDS = ["METFORMIN HCL 500MG TAB  TAKE ONE TABLET BY MOUTH TWICE A DAY", "LISINOPRIL 20MG TAB  TAKE ONE TABLET BY MOUTH DAILY",
        "ATORVASTATIN CALCIUM 40MG TAB  TAKE ONE TABLET BY MOUTH AT BEDTIME", "TAMSULOSIN HCL 0.4MG CAP  TAKE ONE CAPSULE AT BEDTIME",
        "OMEPRAZOLE 20MG EC CAP  TAKE ONE CAPSULE BY MOUTH DAILY", "ALBUTEROL 90MCG/SPRAY INHL  2 PUFFS Q4H PRN SOB",
        "GABAPENTIN 300MG CAP  TAKE ONE CAPSULE THREE TIMES A DAY", "ASPIRIN 81MG EC TAB  TAKE ONE TABLET DAILY",
        "ONDANSETRON 8MG TAB  TAKE ONE TABLET EVERY 8 HOURS AS NEEDED FOR NAUSEA",
        "OXYCODONE HCL 5MG TAB  TAKE ONE TABLET EVERY 6 HOURS AS NEEDED FOR PAIN", "APIXABAN 5MG TAB  TAKE ONE TABLET TWICE A DAY"]
PSYCH_MEDS = ["PRAZOSIN HCL 2MG CAP  TAKE ONE CAPSULE AT BEDTIME (NIGHTMARES)", "SERTRALINE HCL 100MG TAB  TAKE ONE TABLET DAILY",
              "LORAZEPAM 1MG TAB  TAKE ONE TABLET 30 MIN PRIOR TO SIMULATION/TREATMENT"]


def meds(plan: Plan, with_iohexol: bool = False) -> str:
    rng = plan.rng
    items = rng.sample(MEDS, rng.randrange(4, 8))
    if "ptsd" in plan.flags or "claustro" in plan.flags:
        items += rng.sample(PSYCH_MEDS, 2)
    if with_iohexol:
        items.append(pick(rng, ["IOHEXOL 350MG/ML INJ,SOLN  USE AS DIRECTED FOR CT (RADIOLOGY ORDER 9/14)",
                                "IOPAMIDOL 76% INJ  GIVE AS DIRECTED BY RADIOLOGY (DIAGNOSTIC CT)"]))
    lines = [pick(rng, ["Active Outpatient Medications (including Supplies):", "ACTIVE MEDICATIONS:",
                        "Outpatient meds (from VistA):"])]
    for i, m in enumerate(items):
        lines.append(f"  {i + 1}) {m}   ACTIVE")
    return "\n".join(lines)


def allergies(plan: Plan) -> str:
    return pick(plan.rng, ["ALLERGIES: NKDA", "Allergies: No Known Allergies", "ALLERGIES: PCN (rash), CODEINE (nausea)",
                           "Allergies: lisinopril (cough); shellfish - per pt", "NKA"])


def vitals(plan: Plan) -> str:
    rng = plan.rng
    return (f"VITALS: T {rng.choice(['97.8', '98.1', '98.6', '97.5'])}  P {rng.randrange(58, 104)}  "
            f"BP {rng.randrange(108, 168)}/{rng.randrange(58, 96)}  R {rng.randrange(14, 20)}  "
            f"WT {rng.randrange(128, 262)} lb  PAIN {rng.randrange(0, 8)}/10")


def labs(plan: Plan) -> str:
    rng = plan.rng
    cr = rng.choice(["0.9", "1.1", "1.3", "1.6", "2.1"]) if "ckd" not in plan.flags else rng.choice(["2.2", "2.6"])
    return (f"LABS ({short(plan.date)}): WBC {rng.randrange(38, 110) / 10}  HGB {rng.randrange(95, 156) / 10}  "
            f"PLT {rng.randrange(120, 390)}  NA {rng.randrange(133, 143)}  K {rng.randrange(35, 51) / 10}  "
            f"BUN {rng.randrange(9, 38)}  CREAT {cr}  eGFR {rng.randrange(24, 96)}")


def historical_imaging(plan: Plan, contrast: bool) -> str:
    rng = plan.rng
    site = V.DISEASE[plan.site]
    d = f"{rng.randrange(5, plan.date.month)}/{rng.randrange(1, 28)}/2026"
    if contrast:
        exam = pick(rng, ["CT CHEST W/CONTRAST", "CT ABD/PELVIS W/IV CONTRAST", "CT NECK SOFT TISSUE W/CONTRAST",
                          "MRI BRAIN W/WO CONTRAST", "CT CAP W/ IV AND ORAL CONTRAST"])
    else:
        exam = pick(rng, ["PET/CT SKULL BASE TO THIGH", "MRI PELVIS WO CONTRAST", "BONE SCAN WHOLE BODY",
                          "CT CHEST WO CONTRAST (LDCT)", "XR CHEST 2 VIEWS"])
    imp = pick(rng, [f"Findings consistent with known {site}.", "No new suspicious lesion.",
                     "Interval increase in size of the dominant lesion.", "Stable disease.",
                     "Enlarging adenopathy, suspicious.", "Redemonstrated mass; see prior."])
    forms = [f"{exam}  {d}\n   IMPRESSION: {imp}",
             f"Recent imaging: {exam} ({d}) - {imp}",
             f"{d} {exam} (Reading MD: Dr. Lowell Faye): {imp}"]
    return pick(rng, forms)


def hpi(plan: Plan) -> str:
    rng = plan.rng
    site = V.SITES[plan.site]
    dx = plan.dx
    age = rng.randrange(44, 84) if not plan.female else rng.randrange(36, 70)
    sex = "F" if plan.female else "M"
    ref = pick(rng, V.REFERRER.get(plan.site, V.REFERRERS))
    forms = [f"{age} y/o {sex} veteran with {dx}, referred by {ref}.",
             f"Pt is a {age} yo {'woman' if plan.female else 'man'}, {plan.branch} veteran, with {dx}.",
             f"{age}{sex} w/ {dx}. Referred from {ref}.",
             f"This is a {age} year old {'female' if plan.female else 'male'} veteran with {dx}, seen at the request of {ref}."]
    return pick(rng, forms)


def dx_line(plan: Plan) -> str:
    return plan.dx


ROS = ["Denies fevers, chills, night sweats.", "+ fatigue, mild.", "No chest pain or SOB at rest.",
       "Appetite fair, wt down 6 lb.", "Sleep poor (nightmares).", "No bowel/bladder changes.", "No new headaches.",
       "Chronic knee pain, stable.", "Hearing aids bilat.", "Neg for dysphagia.", "Mild nocturia x2.",
       "No bleeding.", "Denies SI/HI."]


def ros(plan: Plan) -> str:
    rng = plan.rng
    return pick(rng, ["ROS: ", "REVIEW OF SYSTEMS: ", "ROS - "]) + " ".join(rng.sample(ROS, rng.randrange(4, 8)))


EXAM = ["Gen: NAD, pleasant, ambulates with cane.", "HEENT: edentulous, no thrush.", "Neck: supple.", "Lungs: diminished bases.",
        "CV: RRR.", "Abd: soft, NT.", "Ext: no edema.", "Neuro: A&Ox3, CN grossly intact.", "Skin: actinic changes face/arms.",
        "Psych: anxious but cooperative.", "KPS 80.", "ECOG 1.", "ECOG 2."]


def exam(plan: Plan) -> str:
    rng = plan.rng
    return pick(rng, ["EXAM: ", "PE: ", "Physical Exam:\n"]) + " ".join(rng.sample(EXAM, rng.randrange(4, 9)))


def psych_setup(plan: Plan) -> str:
    rng = plan.rng
    opts = ["Pt has combat PTSD; we kept the room door open and the lights up, and he had his wife present until scanning.",
            "Veteran requested to face the door; therapists explained every step before touching him.",
            "Took lorazepam 1 mg 30 min prior (own supply).",
            "Headphones with music during scan, tolerated.",
            "Flag on chart: Behavioral flag - none. Prefers to be called 'Sarge'.",
            "Pt asked for breaks; 2 breaks taken, no distress.",
            "Discussed with his PCT psychologist beforehand; graded exposure to the mask done over 2 visits."]
    return " ".join(rng.sample(opts, rng.randrange(1, 3)))


def logistics(plan: Plan) -> str:
    rng = plan.rng
    opts = ["Beneficiary travel paperwork given.", "Hoptel room reserved Mon-Thu.", "Start date pending physics QA.",
            "Tx to start in ~7-10 days.", "Pt given sim card and tattoo care instructions.", "RTC for 1st tx; will call with time.",
            "Scheduling to call pt.", f"Community care authorization (SEOC) on file.", "Marks: 3 tattoos placed.",
            "Tattoos declined - marked with Sharpie + Tegaderm (tattoo objection, faith-based)."]
    return " ".join(rng.sample(opts, rng.randrange(2, 4)))


def course_history(plan: Plan) -> str:
    rng = plan.rng
    lines = []
    m = rng.randrange(3, 7)
    for k in range(rng.randrange(3, 6)):
        mm = m + k
        ev = pick(rng, ["seen by oncology, staging ordered", "biopsy at KRVAMC GI lab", "discussed at tumor board",
                        "started systemic therapy", "PCP referral placed", "restaging imaging", "admitted for pain control, 3 days",
                        "dental clearance (VA dental)", "nutrition consult", "SW consult - travel/lodging",
                        "urology follow up", "port placed by IR"])
        lines.append(f"  {mm:02d}/{rng.randrange(1, 28):02d}/2026  {ev}")
    return pick(rng, ["ONCOLOGIC HISTORY:", "Oncologic hx (per chart review):", "COURSE TO DATE:"]) + "\n" + "\n".join(lines)


def goals(plan: Plan) -> str:
    return pick(plan.rng, ["Goals of care discussed; pt wants to pursue treatment. Full code.",
                           "GOC: DNR/DNI on file (LST note 8/2026), wants palliative RT for pain.",
                           "Advance directive on file. Wife is surrogate.",
                           "Pt understands intent; questions answered, consent signed (iMedConsent)."])


def consent(plan: Plan) -> str:
    return pick(plan.rng, ["Informed consent obtained via iMedConsent, scanned to VistA Imaging.",
                           "Consent signed previously at consult.", "Risks/benefits reviewed again; consent on chart.",
                           "Consent: iMed signed today."])


TYPO = {"patient": "pateint", "tolerated": "tolerted", "position": "postion", "simulation": "simualtion",
        "treatment": "treatmnet", "discussed": "discused", "reviewed": "reveiwed", "scheduled": "scheduld",
        "history": "histroy", "placed": "plcaed", "with": "wiht", "the": "teh",
        "and": "adn", "today": "todya", "appointment": "appt", "instructions": "instrucitons"}
ABBR = {"patient": "pt", "with": "w/", "without": "w/o", "treatment": "tx", "history": "hx", "simulation": "sim",
        "and": "&", "before": "prior", "minutes": "min", "right": "R", "left": "L", "bilateral": "bilat"}


def word_sub(text: str, table: dict[str, str], rng: random.Random, p: float) -> str:
    out = []
    word = []
    for ch in text + "\x00":
        if ch.isalpha():
            word.append(ch)
            continue
        if word:
            w = "".join(word)
            low = w.lower()
            if low in table and rng.random() < p and w == low:
                w = table[low]
            out.append(w)
            word = []
        if ch != "\x00":
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- one-off blocks for long notes (each used once)
def ptsd_screen(plan: Plan) -> str:
    rng = plan.rng
    pos = "ptsd" in plan.flags
    return (f"PC-PTSD-5 screen (reminder): {'positive' if pos else 'negative'} ({rng.randrange(3, 6) if pos else rng.randrange(0, 2)}/5)."
            + (" Already engaged with PCT; psychologist aware of upcoming radiation visits." if pos else " No action needed."))


def suicide_screen(plan: Plan) -> str:
    return pick(plan.rng, ["C-SSRS screener: negative. Veterans Crisis Line (988, press 1) info reviewed.",
                           "Suicide risk screen (C-SSRS): no ideation past month. Safety plan on file from MH.",
                           "Columbia screen negative; comprehensive suicide risk evaluation not indicated."])


def distress(plan: Plan) -> str:
    rng = plan.rng
    return (f"NCCN distress thermometer: {rng.randrange(2, 9)}/10. Problems checked: "
            + ", ".join(rng.sample(["transportation", "housing", "worry", "sleep", "pain", "fatigue", "finances",
                                    "dealing with partner", "fears", "memory/concentration"], 3)) + ". SW notified.")


def nutrition(plan: Plan) -> str:
    rng = plan.rng
    w = rng.randrange(150, 240)
    return (f"Nutrition: RD consult active. Wt {w} lb on {rng.randrange(5, 8)}/2026 -> {w - rng.randrange(2, 15)} lb today. "
            f"{pick(rng, ['Ensure Plus BID', 'Boost TID', 'soft diet, liquid supplement', 'PEG discussed, declined for now'])}. "
            "Will follow weekly during treatment.")


def fall_risk(plan: Plan) -> str:
    return pick(plan.rng, ["Morse fall scale 45 - high risk; gait belt and 2-person transfer to the table.",
                           "Fall risk: moderate (walker). Staff assisted on/off table.",
                           "Falls screen negative. Independent transfers."])


def pain_dialog(plan: Plan) -> str:
    rng = plan.rng
    return ("PAIN SCREEN:\n  [X] Pain present   [ ] Denies pain\n  Location: "
            + pick(rng, ["low back", "R hip", "chest wall", "neck", "abdomen", "generalized"])
            + f"\n  Score: {rng.randrange(2, 9)}/10\n  [ ] Referred to pain clinic\n  [X] Current regimen adequate per pt")


def sw_excerpt(plan: Plan) -> str:
    return pick(plan.rng, ["SW (per note 9/2026): Hoptel lodging approved Mon-Thu; caregiver support program info given to wife; "
                           "beneficiary travel eligibility confirmed (SC > 30%).",
                           "Social work: pt lives 2 hrs away, VTS van arranged daily; daughter to help on weekends. "
                           "Discussed VA caregiver program.",
                           "SW: financial strain; referred to VBA for increase in SC rating (claim pending for presumptive condition)."])


def education(plan: Plan) -> str:
    return pick(plan.rng, ["Patient education: skin care, fatigue, and diet handouts (VA Rad Onc booklet) given; teach-back done.",
                           "Education provided re: tattoos/marks, daily schedule, side effects. Pt has hearing aids - spoke slowly, "
                           "written copy given.",
                           "Reviewed what to expect at each treatment, parking at Bldg 4, check-in kiosk."])


def immunization(plan: Plan) -> str:
    return pick(plan.rng, ["Clinical reminders due: [X] Influenza vaccine (given at CBOC 9/2026)  [ ] Colorectal screening (deferred - active cancer)",
                           "Reminders: depression screen done, alcohol screen (AUDIT-C 1) done, flu shot declined.",
                           "Immunizations: Flu 2026 done; COVID booster declined."])


def interval(plan: Plan) -> str:
    rng = plan.rng
    return ("INTERVAL HISTORY: Since consult "
            + pick(rng, ["he has had no new symptoms", "she has had increased fatigue", "pain has been controlled on current regimen",
                         "he was seen in the ED once for constipation", "weight has dropped a few pounds"])
            + ". " + pick(rng, ["Labs at CBOC were unremarkable apart from mild anemia.", "Dental clearance was obtained.",
                                "He stopped smoking 2 weeks ago with NRT.", "Questions about travel answered."])
            + " " + pick(rng, ["Wife accompanies today.", "Came alone by VTS van.", "Brought his service dog (PTSD).",
                               "Son (also a veteran) drove him."]))


def copied_consult(plan: Plan) -> str:
    rng = plan.rng
    plan_bits = rng.sample(["CT simulation with IV contrast", "MRI fusion", "PET/CT fusion", "VMAT", "custom blocks",
                            "oral contrast", "4DCT"], 3)
    return ("*** Copied from RAD ONC CONSULT (" + f"{rng.randrange(5, plan.date.month)}/{rng.randrange(1, 28)}/2026" + ") ***\n"
            + "Assessment: " + plan.dx + ". Discussed definitive vs palliative approaches, risks including fatigue, skin "
            "reaction and late effects. Plan: " + ", ".join(plan_bits) + " - to be decided at simulation. Pt agrees.\n"
            "*** end of copied text ***")


def outside_records(plan: Plan) -> str:
    return pick(plan.rng, [f"Outside records ({V.PARTNER}) reviewed: pathology report, op note, staging scans. Path slides sent for "
                           "VA pathology review - concordant.",
                           "Records from community ED visit reviewed in JLV: no new issues.",
                           "JLV reviewed for DoD records: no prior radiation therapy in military treatment facilities."])


def course_history(plan: Plan) -> str:  # noqa: F811 - dates always before the note
    rng = plan.rng
    lines = []
    k = rng.randrange(3, 6)
    start = max(1, plan.date.month - k - 1)
    for j in range(k):
        mm = start + j
        ev = pick(rng, ["seen by oncology, staging ordered", "biopsy at KRVAMC GI lab", "discussed at tumor board",
                        "started systemic therapy", "PCP referral placed", "restaging imaging", "admitted for pain control, 3 days",
                        "dental clearance (VA dental)", "nutrition consult", "SW consult - travel/lodging",
                        "urology follow up", "port placed by IR", "community care referral to Tallgrass",
                        "rad onc consult (this clinic)"])
        lines.append(f"  {mm:02d}/{rng.randrange(1, 28):02d}/2026  {ev}")
    return pick(rng, ["ONCOLOGIC HISTORY:", "Oncologic hx (per chart review):", "COURSE TO DATE:"]) + "\n" + "\n".join(lines)


ONE_OFF = [ptsd_screen, suicide_screen, distress, nutrition, fall_risk, pain_dialog, sw_excerpt, education, immunization,
           interval, copied_consult, outside_records]


def radiology_report(plan: Plan) -> str:
    """A full imported radiology report (historical; its contrast is not simulation contrast)."""
    rng = plan.rng
    exam = pick(rng, ["CT CHEST/ABDOMEN/PELVIS W/ IV CONTRAST", "MRI BRAIN W/WO CONTRAST", "CT NECK W/CONTRAST",
                      "NM PET/CT SKULL BASE-MID THIGH", "MRI L-SPINE WO CONTRAST", "CT A/P W/ ORAL AND IV CONTRAST"])
    d = f"{rng.randrange(5, plan.date.month)}/{rng.randrange(1, 28)}/2026"
    find = rng.sample(["No acute osseous abnormality.", "Scattered atherosclerotic calcification.", "Emphysematous changes, upper lobe predominant.",
                       "Small hiatal hernia.", "Simple hepatic cyst, unchanged.", "Degenerative disc disease L4-5 and L5-S1.",
                       "No pleural effusion.", "Mild prostatomegaly.", "Subcentimeter nodes, nonspecific.",
                       "Postsurgical changes as expected.", "Diverticulosis without diverticulitis.",
                       "Bilateral renal cortical cysts."], 5)
    return (f"{exam}   Exam Date: {d}\n   Status: VERIFIED   Imaging Loc: {pick(rng, ['KRVAMC CT', 'KRVAMC MRI', 'Tallgrass Imaging (outside)'])}\n"
            f"   Clinical Hx: {plan.dx}; staging.\n   Report:\n   TECHNIQUE: Standard protocol.\n   FINDINGS: " + " ".join(find)
            + f"\n   IMPRESSION:\n   1. {pick(rng, ['Known ' + V.DISEASE[plan.site] + ', see above.', 'Findings compatible with the known malignancy.', 'Interval progression.'])}\n"
            f"   2. {pick(rng, ['No other site of disease.', 'Incidental findings as above.', 'Recommend clinical correlation.'])}\n"
            f"   Primary Dx: ABNORMALITY, ATTN. NEEDED\n   /ES/ {pick(rng, ['LOWELL FAYE, MD', 'NIKOLA STROUD, MD', 'PEARL ADEBAYO, DO'])}, Diagnostic Radiologist")


def narrative(plan: Plan) -> str:
    rng = plan.rng
    pr = his(plan)
    return (f"Oncologic narrative: The veteran first noticed symptoms {pick(rng, ['in the spring', 'about four months ago', 'after a fall in June', 'at a routine CBOC visit'])}. "
            f"{pick(rng, ['Workup was delayed by a community care scheduling backlog.', 'PCP ordered imaging promptly.', 'Initial workup was done at an outside ED and records were obtained through JLV.'])} "
            f"Tissue diagnosis confirmed {plan.dx}. {he(plan).capitalize()} was presented at the KRVAMC tumor board, where radiation was recommended. "
            f"{pick(rng, ['Medical oncology is following for systemic therapy.', 'No systemic therapy is planned at this time.', 'Concurrent chemotherapy is planned with Hem/Onc.'])} "
            f"{pr.capitalize()} main concerns today are {pick(rng, ['travel', 'the mask', 'pain control', 'fatigue', 'missing work at the farm', 'his dog at home' if not plan.female else 'her kids'])}.")


FALLBACK = [radiology_report, narrative, radiology_report, radiology_report, radiology_report]
