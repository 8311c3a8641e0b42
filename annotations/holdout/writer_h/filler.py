"""Background text for Veterans' notes: service and exposure history, service connection, PMH, meds,
social history, screens, ROS, exam, labs.  Plain text only; numbers and dates are drawn per note."""

from __future__ import annotations

BRANCHES = ("US Army", "US Marine Corps", "US Navy", "US Air Force", "Army National Guard", "US Coast Guard",
            "Army Reserve")
ERAS = (
    ("Vietnam", "1967-1970", ("Agent Orange", "herbicide exposure in the Mekong Delta", "Blue Water Navy service off "
                              "the coast")),
    ("Vietnam", "1968-1971", ("Agent Orange (Bien Hoa perimeter)", "herbicide spraying along base fences in Thailand")),
    ("Gulf War", "1990-1991", ("oil well fire smoke", "pyridostigmine bromide pills", "sand and particulates")),
    ("OIF/OEF", "2003-2011", ("burn pits at Balad and Bagram", "open-air burn pits", "IED blast exposure",
                              "Karshi-Khanabad (K2) dust")),
    ("Post-9/11", "2004-2014", ("burn pits (Camp Speicher)", "diesel exhaust and jet fuel (JP-8)")),
    ("Cold War", "1976-1988", ("Camp Lejeune contaminated water", "asbestos on ships (boiler tender)",
                               "radiation cleanup at Enewetak Atoll")),
    ("Korea", "1953-1956", ("cold injury", "atomic test observer")),
)
JOBS = ("infantry", "combat engineer", "boiler technician", "helicopter crew chief", "motor transport", "medic",
        "aircraft mechanic", "MP", "artilleryman", "radio operator", "supply sergeant", "Seabee")
SC_CONDITIONS = ("PTSD", "tinnitus", "bilateral hearing loss", "lumbosacral strain", "DM2 (herbicide presumptive)",
                 "ischemic heart disease (presumptive)", "right knee DJD", "peripheral neuropathy, both feet",
                 "residuals of traumatic brain injury", "chronic sinusitis (burn pit presumptive)",
                 "asthma (PACT Act presumptive)", "scar, left forearm", "hypertension (presumptive)",
                 "prostate cancer (herbicide presumptive)")
PMH = ("COPD, GOLD 2", "type 2 diabetes, A1c {a1c}%", "hypertension", "CKD stage 3a (baseline Cr {cr})",
       "hyperlipidemia", "PTSD, followed by PCT", "obstructive sleep apnea on CPAP", "atrial fibrillation on apixaban",
       "hepatitis C, treated (SVR 2017)", "alcohol use disorder, in sustained remission", "depression",
       "coronary artery disease s/p PCI {yr}", "chronic low back pain", "BPH", "gout", "hearing loss with aids",
       "history of traumatic brain injury (blast, {yr})", "tobacco use disorder", "GERD", "peripheral arterial disease",
       "osteoarthritis both knees", "obesity (BMI {bmi})", "history of homelessness, now housed via HUD-VASH")
MEDS = ("metformin 1000 mg PO BID", "lisinopril 20 mg daily", "atorvastatin 40 mg qHS", "tamsulosin 0.4 mg qHS",
        "sertraline 100 mg daily", "prazosin 2 mg qHS for nightmares", "tiotropium 18 mcg inhaled daily",
        "albuterol HFA 2 puffs q4h PRN", "gabapentin 300 mg TID", "apixaban 5 mg BID", "omeprazole 20 mg daily",
        "oxycodone 5 mg q6h PRN pain", "senna-docusate 2 tabs qHS", "insulin glargine {u} units qHS",
        "amlodipine 10 mg daily", "metoprolol succinate 50 mg daily", "aspirin 81 mg daily", "trazodone 50 mg qHS",
        "dexamethasone 4 mg BID", "ondansetron 8 mg q8h PRN", "nicotine patch 21 mg/24h", "allopurinol 300 mg daily",
        "lorazepam 1 mg PO x1 before simulation", "enzalutamide 160 mg daily", "leuprolide 22.5 mg q3 months")
PSH = ("appendectomy (1979)", "right inguinal hernia repair", "CABG x3 ({yr})", "left TKA", "cholecystectomy",
       "shrapnel removal, left thigh ({yr})", "L4-L5 laminectomy", "port placement ({d})", "tonsillectomy as a child")
ROS_NEG = ("fevers", "night sweats", "chest pain", "hemoptysis", "headache", "focal weakness", "dysuria",
           "hematochezia", "new bone pain", "dysphagia", "odynophagia", "visual change")
ROS_POS = ("fatigue", "weight loss of {wt} lb over 3 months", "cough", "dyspnea on exertion", "nocturia x3",
           "intermittent hoarseness", "low back pain {pain}/10", "poor sleep (nightmares)", "decreased appetite",
           "pruritus at the lesion")


def _fmt(rng, text: str) -> str:
    return text.format(a1c=f"{rng.randint(6, 9)}.{rng.randint(0, 9)}", cr=f"1.{rng.randint(2, 6)}",
                       yr=rng.randint(1995, 2021), bmi=rng.randint(31, 42), u=rng.choice((18, 22, 26, 34)),
                       d=f"{rng.randint(1, 12)}/{rng.randint(2019, 2023)}", wt=rng.randint(6, 24),
                       pain=rng.randint(3, 8))


def _era(ctx):
    rng = ctx.rng
    age = ctx.age
    if age >= 86:
        names = ("Korea",)
    elif age >= 72:
        names = ("Vietnam",)
    elif age >= 56:
        names = ("Cold War", "Gulf War")
    else:
        names = ("OIF/OEF", "Post-9/11", "Gulf War")
    return rng.choice([e for e in ERAS if e[0] in names])


def service(ctx) -> str:
    rng = ctx.rng
    era, years, exps = _era(ctx)
    branch = rng.choice(BRANCHES)
    job = rng.choice(JOBS)
    exp = rng.sample(exps, k=min(len(exps), rng.randint(1, 2)))
    opts = (
        f"Served {branch} {years} ({era} era) as {job}. Exposures: {', '.join(exp)}.",
        f"{era}-era Veteran, {branch}, {job}, {years}. Reports {' and '.join(exp)}.",
        f"MILITARY HX: {branch}, {years}, {job}; deployed {rng.randint(1, 4)}x. Toxic exposure screen "
        f"{ctx.date_before(30, 700)}: positive ({'; '.join(exp)}).",
        f"{ctx.he.capitalize()} served as {'an' if job[0] in 'aeiou' else 'a'} {job} in the {branch} from {years}; exposure history notable for {' and '.join(exp)}. "
        f"Enrolled in the {'Agent Orange' if 'Agent' in ' '.join(exp) else 'Airborne Hazards and Open Burn Pit'} registry.",
    )
    return rng.choice(opts)


def service_connection(ctx) -> str:
    rng = ctx.rng
    conds = rng.sample(SC_CONDITIONS, k=rng.randint(2, 4))
    parts = [f"{c} {rng.choice((10, 20, 30, 50, 70))}%" for c in conds]
    total = rng.choice((30, 50, 60, 70, 80, 90, 100))
    return rng.choice((f"SC {total}%: " + "; ".join(parts) + ".",
                       f"Service connected {total}% ({', '.join(parts)}). Priority group {rng.randint(1, 3)}.",
                       f"Eligibility: SC {total}%, {'P&T' if total == 100 else 'not P&T'}. Rated conditions: "
                       + ", ".join(parts) + "."))


def pmh(ctx, k: int | None = None) -> str:
    rng = ctx.rng
    items = rng.sample(PMH, k=k or rng.randint(4, 8))
    return "\n".join(f" - {_fmt(rng, i)}" for i in items)


def psh(ctx) -> str:
    rng = ctx.rng
    return "; ".join(_fmt(rng, i) for i in rng.sample(PSH, k=rng.randint(1, 3)))


def meds(ctx, k: int | None = None) -> str:
    rng = ctx.rng
    items = rng.sample(MEDS, k=k or rng.randint(5, 10))
    if rng.random() < 0.5:
        return "\n".join(f"  {i + 1}. {_fmt(rng, m).upper()}" for i, m in enumerate(items))
    return "; ".join(_fmt(rng, m) for m in items)


def social(ctx) -> str:
    rng = ctx.rng
    miles = rng.randint(18, 240)
    pk = rng.randint(10, 70)
    bits = [
        rng.choice((f"Lives {miles} miles from the VAMC; uses beneficiary travel.",
                    f"Drives {round(miles / 45, 1)} h each way; lodging at the Fisher House offered.",
                    f"Lives with wife in a rural county {miles} mi away; eligible for community care (drive time).")),
        rng.choice((f"Former smoker, {pk} pack-years, quit {rng.randint(1990, 2022)}.",
                    f"Current smoker, {rng.randint(1, 2)} ppd ({pk} pk-yr); cessation counseling offered.",
                    "Never smoker; chews tobacco.")),
        rng.choice((f"AUDIT-C {rng.randint(0, 7)}.", "No alcohol since 2011 (AA).", "Drinks 2-3 beers on weekends.")),
        rng.choice(("Firearms in the home, stored locked; lethal means counseling reviewed.",
                    "No firearms at home.", "Declined to discuss firearm storage.")),
    ]
    if rng.random() < 0.5:
        bits.append(rng.choice(("Retired postal worker.", "Works part-time as a school bus driver.",
                                "Former long-haul trucker.", "Retired electrician (asbestos at shipyard).")))
    return " ".join(bits)


def screens(ctx) -> str:
    rng = ctx.rng
    return rng.choice((
        f"PHQ-2 {rng.randint(0, 4)}; C-SSRS screen negative. Distress thermometer {rng.randint(1, 8)}/10.",
        f"Suicide risk screen (C-SSRS) negative {ctx.date_before(0, 3)}. PHQ-9 {rng.randint(2, 14)}.",
        f"Pain {rng.randint(0, 8)}/10. Fall risk (Morse) {rng.choice((15, 25, 35, 45))}. Depression screen negative.",
    ))


def ros(ctx) -> str:
    rng = ctx.rng
    pos = [_fmt(rng, p) for p in rng.sample(ROS_POS, k=rng.randint(1, 3))]
    neg = rng.sample(ROS_NEG, k=rng.randint(3, 6))
    return f"Positive for {', '.join(pos)}. Denies {', '.join(neg)}."


def exam(ctx) -> str:
    rng = ctx.rng
    bp = f"{rng.randint(108, 162)}/{rng.randint(62, 96)}"
    return (f"VITALS: T {rng.randint(97, 99)}.{rng.randint(0, 9)} F  BP {bp}  P {rng.randint(58, 104)}  R "
            f"{rng.randint(12, 20)}  SpO2 {rng.randint(91, 99)}% RA  Wt {rng.randint(128, 262)} lb\n"
            + rng.choice((f"ECOG {rng.randint(0, 2)}. ", f"KPS {rng.choice((60, 70, 80, 90))}. ", ""))
            + rng.choice(("Alert, oriented, in no distress. ", "Thin, chronically ill-appearing. ",
                          "Pleasant, talkative, wearing a unit cap. "))
            + rng.choice(("Lungs with scattered wheeze. ", "Lungs clear. ", "Decreased breath sounds at the base. "))
            + rng.choice(("Heart regular. ", "Irregularly irregular rhythm. ", "RRR, no murmur. "))
            + rng.choice(("No edema.", "Trace bilateral ankle edema.", "Well-healed scars; no lymphadenopathy.")))


def labs(ctx) -> str:
    rng = ctx.rng
    d = ctx.date_before(1, 20)
    return (f"LABS ({d}): WBC {rng.randint(3, 11)}.{rng.randint(0, 9)}  Hgb {rng.randint(9, 15)}.{rng.randint(0, 9)}  "
            f"Plt {rng.randint(110, 390)}  Na {rng.randint(132, 144)}  K {rng.randint(3, 5)}.{rng.randint(0, 9)}  "
            f"Cr {rng.choice(('0.7', '0.8', '0.9', '1.0', '1.1', '1.3', '1.5', '1.8'))}  eGFR {rng.randint(38, 98)}"
            + rng.choice(("", f"  PSA {rng.randint(0, 30)}.{rng.randint(0, 9)}", f"  A1c {rng.randint(6, 9)}.{rng.randint(0, 9)}",
                          f"  ALT {rng.randint(12, 80)}  bili {rng.randint(0, 2)}.{rng.randint(1, 9)}")))


def allergies(ctx, contrast_allergy: bool) -> str:
    rng = ctx.rng
    if contrast_allergy:
        return rng.choice(("IODINATED CONTRAST MEDIA (hives, {y})", "iodinated contrast - "
                                           "anaphylactoid reaction {y}", "IV CONTRAST DYE (rash)")).format(
            y=rng.randint(2005, 2022)) + rng.choice(("", "; PENICILLIN", "; codeine (itching)"))
    return rng.choice(("NKDA", "No Known Allergies", "PENICILLIN (rash)", "LISINOPRIL (cough)",
                                       "SULFA", "morphine - nausea"))


def interval(ctx) -> str:
    """A dated oncologic course, 3-6 events."""
    rng = ctx.rng
    events = (
        "seen by PACT PCP for {sym}; referred for imaging",
        "biopsy at the VAMC confirmed {path}",
        "presented at the VISN tumor board; consensus for radiation",
        "completed {cyc} cycles of systemic therapy with medical oncology",
        "urgent care visit at a community ED for {sym}, records scanned into VistA Imaging",
        "community care consult placed (drive time >60 min) but Veteran chose to be treated at the VAMC",
        "seen by palliative care; goals clarified",
        "restaging showed {resp}",
        "C&P exam for presumptive condition; claim pending",
        "dental extraction of {teeth} teeth before radiation",
        "weight loss prompted a nutrition consult",
        "whole health coaching started",
    )
    syms = ("cough", "pain", "hoarseness", "bleeding", "a lump", "weight loss", "dysphagia", "fatigue")
    resps = ("partial response", "stable disease", "mixed response", "progression at the primary")
    out = []
    chosen = rng.sample(events, k=rng.randint(3, 6))
    days = sorted((ctx.date_before(15, 400) for _ in chosen), key=lambda s: (s[-4:], s[:5]))
    for day, ev in zip(days, chosen, strict=True):
        out.append(f"{day}: " + ev.format(sym=rng.choice(syms), path=ctx.fill(rng.choice(ctx.site.path)),
                                          cyc=rng.randint(2, 8), resp=rng.choice(resps), teeth=rng.randint(2, 9)))
    return "\n".join(out)


def counseling(ctx) -> str:
    rng = ctx.rng
    return rng.choice((
        "Risks (fatigue, skin reaction, site-specific toxicity) reviewed again with the Veteran and spouse; questions "
        "answered. Consent on file (iMed).",
        f"iMed consent signed {ctx.date_before(2, 20)}; reviewed today. Veteran verbalized understanding and wishes to proceed.",
        "Time-out performed with two identifiers (full name, last four). Consent confirmed.",
        "Universal protocol time-out done; site/side confirmed with the Veteran.",
    ))


def goals(ctx) -> str:
    rng = ctx.rng
    return rng.choice((
        f"Advance directive on file; health care agent is {ctx.his} daughter.",
        "Goals of care: curative intent; LST note completed, full code.",
        "LST order: DNR/DNI, treatment intent palliative.",
        "No advance directive; information provided.",
    ))


def nursing(ctx) -> str:
    rng = ctx.rng
    return (f"Nursing intake: fall risk {rng.choice(('low', 'moderate'))}, ambulates {rng.choice(('independently', 'with a cane', 'with a rolling walker', 'by wheelchair'))}. "
            f"Pain {rng.randint(0, 8)}/10 {rng.choice(('back', 'hip', 'chest wall', 'neck', 'pelvis'))}, "
            f"{rng.choice(('took oxycodone before arrival', 'declined analgesia', 'acetaminophen given'))}. "
            f"Skin intact. Education on skin care and fatigue given (teach-back done).")


def nutrition(ctx) -> str:
    rng = ctx.rng
    w0 = rng.randint(150, 240)
    return (f"Weight {w0} lb, down from {w0 + rng.randint(3, 25)} lb in {rng.choice(('March', 'June', 'September', 'January'))}. "
            f"Albumin {rng.randint(2, 4)}.{rng.randint(0, 9)}. {rng.choice(('Dietitian consult placed.', 'On oral supplements twice daily.', 'MOVE! program previously, now paused.', 'PEG discussed; declined for now.'))}")


def dental(ctx) -> str:
    rng = ctx.rng
    return rng.choice((f"Dental clearance {ctx.date_before(10, 40)}: {rng.randint(2, 8)} extractions, fluoride trays made.",
                       "Edentulous; dentures fit well. No dental clearance required.",
                       f"Dental eval at the VA dental clinic {ctx.date_before(5, 30)}; no extractions needed."))


def travel(ctx) -> str:
    rng = ctx.rng
    return rng.choice((f"Transportation: DAV van on weekdays; backup is {ctx.his} neighbor. Hoptel stay requested for {rng.randint(3, 7)} weeks.",
                       f"Beneficiary travel eligible (SC {rng.choice((30, 50, 70, 100))}%). Mileage reimbursement form completed.",
                       "Veteran will use the VTS shuttle from the CBOC; schedule aligned to the shuttle times.",
                       "Lives alone; social work consult for lodging and caregiver support placed."))


def whole_health(ctx) -> str:
    rng = ctx.rng
    return rng.choice((f"What matters most: being able to go fishing with {ctx.his} grandson this summer.",
                       "Personal health inventory completed; priorities are pain control and staying at home.",
                       f"Mission, aspiration, purpose: finish the treatment and return to {ctx.his} woodworking shop.",
                       "Goals: keep working part-time at the VFW post; fears being a burden on family."))


def psychosocial(ctx) -> str:
    rng = ctx.rng
    return rng.choice((f"Followed by the PCT psychologist (prolonged exposure therapy, session {rng.randint(3, 12)}). "
                       "Anxiety about enclosed spaces discussed; coping plan includes music and the open-face option.",
                       "Chaplain visit offered and accepted. Spouse is primary caregiver; caregiver support program info given.",
                       f"Vet Center counselor involved; last contact {ctx.date_before(3, 40)}. No safety concerns today.",
                       "Social work: housing stable, VA pension pending, food insecurity screen negative."))


def functional(ctx) -> str:
    rng = ctx.rng
    return (f"ADLs independent; IADLs with help from {rng.choice(('spouse', 'daughter', 'neighbor', 'home health aide'))}. "
            f"Walks {rng.choice(('one block', 'about 100 feet', 'half a mile', 'to the mailbox'))} before resting. "
            f"Uses {rng.choice(('a CPAP nightly', 'home oxygen 2 L at night', 'hearing aids', 'a power scooter outside'))}.")


EXTRA = (("nursing", nursing), ("nutrition", nutrition), ("dental", dental), ("travel", travel),
         ("whole_health", whole_health), ("psychosocial", psychosocial), ("functional", functional))


SITE_RISKS = {
    "breast": ("skin redness and peeling", "breast swelling", "fatigue", "rare rib fracture", "small risk of lung scarring",
               "very small heart risk"),
    "prostate": ("urinary frequency", "rectal irritation", "erectile dysfunction", "rare rectal bleeding", "fatigue"),
    "head_and_neck": ("mucositis", "taste loss", "dry mouth", "weight loss and possible feeding tube", "neck fibrosis",
                      "osteoradionecrosis of the jaw"),
    "lung": ("esophagitis", "cough", "pneumonitis", "fatigue", "rare rib fracture"),
    "whole_brain": ("hair loss", "fatigue", "memory and thinking changes", "ear blockage"),
    "srs_brain": ("headache", "seizure", "radiation necrosis", "local swelling needing steroids"),
    "bone_mets": ("pain flare", "nausea if abdomen in field", "fatigue"),
    "gyn_brachy": ("vaginal stenosis", "bladder irritation", "bowel changes", "rare fistula"),
    "rectum": ("diarrhea", "perineal skin breakdown", "bladder irritation", "infertility"),
    "esophagus": ("painful swallowing", "weight loss", "pneumonitis", "stricture"),
    "pancreas": ("nausea", "fatigue", "duodenal ulcer or bleeding"),
    "lymphoma": ("dry mouth", "fatigue", "long-term heart and second-cancer risk", "hypothyroidism"),
    "skin": ("skin breakdown", "hair loss in the field", "pigment change", "cartilage injury"),
    "palliative": ("fatigue", "skin irritation", "temporary pain flare"),
    "bladder": ("urinary frequency", "diarrhea", "bladder bleeding"),
    "liver": ("fatigue", "liver function changes", "stomach or duodenal ulcer"),
    "sarcoma": ("wound complications", "fibrosis", "lymphedema", "fracture risk"),
    "anal": ("perianal skin breakdown", "diarrhea", "sexual dysfunction", "infertility", "pelvic fractures"),
}

REMINDERS = ("Influenza vaccine", "COVID-19 booster", "Tobacco cessation", "PACT Act toxic exposure screening",
             "Homelessness screening", "MST screening", "Depression screening (PHQ-2)", "Suicide risk (C-SSRS)",
             "Alcohol use (AUDIT-C)", "Hepatitis C screening", "Advance care planning", "Fall risk", "Pain screen",
             "Diabetic foot exam", "Eye exam (retinopathy)", "Lethal means safety", "Caregiver assessment",
             "Intimate partner violence screen")

ICD = (("C61", "Malignant neoplasm of prostate"), ("C34.11", "Malignant neoplasm of upper lobe, right lung"),
       ("F43.10", "Post-traumatic stress disorder"), ("E11.9", "Type 2 diabetes without complication"),
       ("I10", "Essential hypertension"), ("J44.9", "COPD, unspecified"), ("H91.93", "Hearing loss, bilateral"),
       ("N18.31", "CKD stage 3a"), ("Z87.891", "History of nicotine dependence"), ("G47.33", "Obstructive sleep apnea"),
       ("Z91.82", "Personal history of military deployment"), ("Z77.098", "Contact with hazardous chemicals"),
       ("M54.50", "Low back pain"), ("I48.91", "Atrial fibrillation"), ("B18.2", "Chronic viral hepatitis C"))


def consent_detail(ctx) -> str:
    rng = ctx.rng
    risks = rng.sample(SITE_RISKS.get(ctx.site.key, SITE_RISKS["palliative"]), k=min(3, len(SITE_RISKS.get(ctx.site.key, ()))) or 1)
    return (f"Discussed again: expected effects ({', '.join(risks)}), the daily schedule of about "
            f"{rng.choice((5, 15, 20, 25, 28, 30, 35))} visits, and alternatives including "
            f"{rng.choice(('observation', 'surgery', 'systemic therapy alone', 'hospice-focused care'))}. "
            f"{ctx.he.capitalize()} asked {rng.choice(('whether the treatment hurts', 'about driving to treatment', 'whether the treatment makes one radioactive', 'about missing work', 'if the tattoos are permanent'))}; "
            f"answered. {rng.choice(('Spouse present by phone.', 'Daughter present.', 'Came alone.', 'Peer support specialist present.'))}")


def reminders(ctx) -> str:
    rng = ctx.rng
    items = rng.sample(REMINDERS, k=rng.randint(5, 8))
    out = []
    for item in items:
        status = rng.choice(("DONE " + ctx.date_before(10, 300), "DUE NOW", "NOT APPLICABLE", "DONE " + ctx.date_before(1, 60),
                             "DECLINED " + ctx.date_before(1, 200)))
        out.append(f"  {item:<36} {status}")
    return "\n".join(out)


def problem_list(ctx) -> str:
    rng = ctx.rng
    items = rng.sample(ICD, k=rng.randint(4, 7))
    return "\n".join(f"  {i + 1}. {desc} ({code}) - onset {ctx.date_before(200, 4000)}" for i, (code, desc) in enumerate(items))


def vitals_flow(ctx) -> str:
    rng = ctx.rng
    rows = []
    base = rng.randint(130, 250)
    for _ in range(rng.randint(2, 4)):
        rows.append(f"  {ctx.date_before(1, 90)}  BP {rng.randint(104, 168)}/{rng.randint(58, 98)}  HR {rng.randint(54, 108)}"
                    f"  Wt {base + rng.randint(-6, 6)} lb  Pain {rng.randint(0, 9)}")
    rows.sort(key=lambda r: (r[8:12], r[2:7]))
    return "\n".join(rows)


def med_rec(ctx) -> str:
    rng = ctx.rng
    return (f"Pharmacy reconciliation {ctx.date_before(1, 20)}: {rng.randint(7, 19)} active VA meds, {rng.randint(0, 4)} non-VA "
            f"(OTC {rng.choice(('fish oil', 'turmeric', 'melatonin', 'CBD gummies', 'ibuprofen'))}). "
            + rng.choice(("Advised to stop antioxidant supplements during RT.", "No interactions of concern.",
                          "Metformin hold instructions reviewed.", "Opioid agreement on file; PDMP checked.")))


def care_coord(ctx) -> str:
    rng = ctx.rng
    return rng.choice((
        f"Care coordination: {ctx.partner} records requested via HSRM; RN navigator tracking {rng.randint(2, 5)} open consults.",
        f"Community care: Veteran eligible under MISSION Act (drive time {rng.randint(61, 180)} min) but prefers the VAMC.",
        f"Nurse navigator touched base {ctx.date_before(1, 14)}; VA Video Connect visit scheduled with medical oncology.",
        f"Scheduling: {rng.randint(3, 8)} week course booked on the {rng.choice(('TrueBeam', 'Halcyon', 'Tomo', 'Edge'))} "
        f"at {rng.choice(('0730', '0845', '1015', '1330', '1500'))} daily.",
    ))


def narrative(ctx) -> str:
    rng = ctx.rng
    bits = [
        rng.choice((f"{ctx.he.capitalize()} first noticed symptoms about {rng.randint(2, 14)} months ago",
                    f"Symptoms began in {rng.choice(('the spring', 'late summer', 'the winter', 'early fall'))} of {rng.randint(2021, 2024)}",
                    f"The problem was found incidentally during a {rng.choice(('pre-op workup', 'C&P exam', 'lung screening visit', 'ED visit for a fall'))}")),
        rng.choice(("and was initially attributed to a musculoskeletal cause", "but care was delayed by a move between VISNs",
                    "and was evaluated first at the CBOC", "and worsened after a bout of pneumonia")),
    ]
    more = rng.sample((
        f"A tissue diagnosis was made on {ctx.date_before(40, 200)}.",
        f"Staging workup was completed at the parent facility over {rng.randint(2, 6)} weeks.",
        f"{ctx.he.capitalize()} lost {rng.randint(5, 30)} lb in that period.",
        "Medical oncology has been following in parallel.",
        f"{ctx.his.capitalize()} {rng.choice(('wife', 'husband', 'daughter', 'son', 'sister'))} keeps a binder of all results.",
        f"{ctx.he.capitalize()} had a fall at home on {ctx.date_before(30, 150)} without fracture.",
        "Smoking cessation was addressed and nicotine replacement started.",
        f"Pain control has improved on the current regimen (was {rng.randint(6, 9)}/10, now {rng.randint(2, 5)}/10).",
        "Case was discussed by phone with the community oncologist.",
    ), k=rng.randint(3, 5))
    return " ".join(bits) + ". " + " ".join(more)


EXTRA = EXTRA + (("consent_detail", consent_detail), ("reminders", reminders), ("problems", problem_list),
                 ("vitals", vitals_flow), ("medrec", med_rec), ("coordination", care_coord), ("narrative", narrative))


REGIMENS = ("carboplatin/paclitaxel weekly", "cisplatin 40 mg/m2 weekly", "FOLFOX", "capecitabine", "R-CHOP",
            "gemcitabine/nab-paclitaxel", "durvalumab consolidation", "ADT with leuprolide", "pembrolizumab",
            "mitomycin/5-FU", "FOLFIRINOX", "temozolomide", "ABVD")
SYSTEMS = ("Constitutional", "Eyes", "ENT/mouth", "Cardiovascular", "Respiratory", "GI", "GU", "Musculoskeletal",
           "Skin", "Neurologic", "Psychiatric", "Heme/lymph", "Endocrine")
SYS_POS = {"Constitutional": "fatigue", "Eyes": "floaters", "ENT/mouth": "dry mouth", "Cardiovascular": "ankle swelling",
           "Respiratory": "exertional dyspnea", "GI": "constipation on opioids", "GU": "nocturia",
           "Musculoskeletal": "chronic low back pain", "Skin": "itching", "Neurologic": "numb toes",
           "Psychiatric": "poor sleep, nightmares", "Heme/lymph": "easy bruising on apixaban", "Endocrine": "heat intolerance"}


def medonc(ctx) -> str:
    rng = ctx.rng
    reg = rng.choice(REGIMENS)
    return (f"Medical oncology ({ctx.date_before(5, 60)}): {reg}, cycle {rng.randint(1, 6)} given {ctx.date_before(2, 30)}. "
            f"Toxicity: {rng.choice(('grade 1 neuropathy', 'grade 2 neutropenia, G-CSF added', 'none significant', 'grade 1 nausea', 'mild fatigue'))}. "
            f"ANC {rng.randint(1, 7)}.{rng.randint(0, 9)}. "
            + rng.choice(("Concurrent therapy to start with radiation.", "Systemic therapy paused around radiation.",
                          "Next restaging after radiation.", "Port flushed; functioning.")))


def ros_full(ctx) -> str:
    rng = ctx.rng
    lines = []
    for system in rng.sample(SYSTEMS, k=rng.randint(7, 11)):
        if rng.random() < 0.3:
            lines.append(f"  {system}: + {SYS_POS[system]}")
        else:
            lines.append(f"  {system}: {rng.choice(('negative', 'denies complaints', 'no new issues', 'unremarkable'))}")
    return "\n".join(lines)


def exam_full(ctx) -> str:
    rng = ctx.rng
    parts = (
        f"HEENT: {rng.choice(('edentulous', 'poor dentition', 'moist mucosa', 'mild thrush'))}; "
        f"{rng.choice(('no cervical adenopathy', 'shotty nodes bilaterally', 'firm 2 cm node at level II'))}.",
        f"Chest: {rng.choice(('clear', 'diminished at the bases', 'scattered rhonchi', 'prolonged expiration'))}.",
        f"Abdomen: {rng.choice(('soft, non-tender', 'obese, non-tender', 'mild RUQ tenderness', 'well-healed midline scar'))}.",
        f"Extremities: {rng.choice(('no edema', '1+ pitting edema', 'left BKA, prosthesis in place', 'venous stasis changes'))}.",
        f"Neuro: {rng.choice(('non-focal', 'decreased sensation both feet', 'mild intention tremor', 'gait steady with cane'))}.",
        f"Psych: {rng.choice(('appropriate', 'anxious but engaged', 'flat affect', 'good eye contact, pleasant'))}.",
    )
    return " ".join(rng.sample(parts, k=rng.randint(4, 6)))


def education(ctx) -> str:
    rng = ctx.rng
    return (f"Education: {rng.choice(('skin care with fragrance-free moisturizer', 'bowel regimen and hydration', 'mouth rinses (salt/soda) 4-6x daily', 'energy conservation'))}; "
            f"{rng.choice(('written handouts given', 'My HealtheVet secure messaging set up', 'teach-back confirmed', 'spouse included'))}. "
            f"Contact numbers (clinic and after-hours nurse line) reviewed.")


EXTRA = EXTRA + (("medonc", medonc), ("ros_full", ros_full), ("exam_full", exam_full), ("education", education))
