# ruff: noqa: E501, D103
"""Non-evidence text: history, exam, social, labs, interpreter lines, quotes, consent, logistics.

Nothing here carries a span or names a technique, contrast or imaging done at this simulation.
"""

from __future__ import annotations

from . import vocab as V
from .context import Ctx

SYMPTOMS = {
    "gyn_brachy": ["postcoital bleeding for about 6 months", "sangrado vaginal irregular since last winter", "foul-smelling discharge and pelvic pain",
                   "bleeding after menopause, ignored for a year", "L flank pain, found hydronephrosis in the ED"],
    "gyn_ebrt": ["intermittent vaginal bleeding", "pelvic pressure and leg swelling", "postmenopausal bleeding x 8 months",
                 "dolor pélvico y sangrado", "bleeding and a L leg DVT"],
    "head_neck": ["a neck mass noticed while shaving", "sore throat and {side} ear pain", "hoarseness for 4 months",
                  "dysphagia to solids, 15 lb weight loss", "a non-healing ulcer of the tongue", "'una bolita en el cuello' for a year"],
    "breast": ["a palpable mass on self-exam", "an abnormal screening mammogram at the mobile van", "skin dimpling and nipple retraction",
               "'una bolita en el pecho' that kept growing"],
    "prostate": ["a PSA of 14 at a health-fair screen", "nocturia x4 and weak stream", "bone pain and a PSA over 100"],
    "lung": ["hemoptysis", "cough for 3 months and 20 lb weight loss", "an incidental nodule on a trauma CT", "shortness of breath"],
    "whole_brain": ["headaches and word-finding trouble", "a fall at home and confusion", "seizure at work"],
    "srs": ["left hand clumsiness", "dizziness and gait imbalance", "a new headache pattern", "visual field cut"],
    "bone_mets": ["back pain worse at night", "hip pain, now using a walker", "a pathologic rib fracture", "'me duele la espalda, no duermo'"],
    "palliative": ["bleeding requiring transfusion", "uncontrolled pain despite opioids", "hemoptysis, half a cup a day",
                   "progressive leg weakness"],
    "rectum": ["bright red blood per rectum", "change in stool caliber and tenesmus", "anemia found at a community clinic"],
    "esophagus": ["progressive dysphagia, now liquids only", "weight loss and food sticking", "'se me atora la comida'"],
    "pancreas": ["painless jaundice", "epigastric pain radiating to the back", "new diabetes and weight loss"],
    "lymphoma": ["night sweats and a neck mass", "cough and a mediastinal mass on CXR", "itching and fevers"],
    "skin": ["a non-healing lesion that bleeds when washing", "a crusted spot growing for 2 years", "a lesion the family noticed"],
    "peds": ["eyelid swelling noticed by the mother", "an abdominal mass felt during a bath", "morning vomiting and unsteady walking",
             "irritability and a head tilt"],
}

PMH = ["DM2 (A1c 9.4)", "DM2 on insulin", "HTN", "CKD stage 3a", "hepatitis C, treated", "latent TB, completed INH", "obesity (BMI 37)",
       "COPD", "hypothyroidism", "depression", "GERD", "CAD s/p stent", "prior stroke, mild R weakness", "chronic low back pain",
       "cirrhosis (Child A)", "HIV, undetectable on ART", "gestational DM (remote)", "osteoarthritis", "anemia (Hgb 9.8)",
       "Chagas seropositive (screened)", "asthma", "neuropathy"]
MEDS = ["metformin 1000 mg BID", "insulin glargine 22 u qHS", "lisinopril 20 mg", "amlodipine 5 mg", "atorvastatin 40 mg",
        "tramadol PRN", "oxycodone 5 mg q6h PRN", "ondansetron PRN", "omeprazole 20 mg", "levothyroxine 75 mcg", "gabapentin 300 mg TID",
        "sertraline 50 mg", "ferrous sulfate", "morphine ER 15 mg BID", "dexamethasone 4 mg BID", "senna/docusate",
        "té de manzanilla (home remedy)", "'pastillas para el azúcar' brought from Mexico (name unknown)", "aspirin 81 mg",
        "albuterol inhaler", "tamsulosin 0.4 mg", "letrozole 2.5 mg", "enoxaparin 1 mg/kg"]
ALLERGY = ["NKDA", "NKDA", "penicillin (rash)", "sulfa", "codeine - nausea", "NKDA per daughter", "latex", "shellfish (hives) - no reaction to prior studies"]
WORK = ["works in the lettuce fields (seasonal)", "maquiladora line worker", "school bus driver", "dairy milker",
        "cashier at a gas station near the port of entry", "sells tamales from home", "date-palm orchard worker"]
WORK_F = ["housekeeper at a motel in {us}", "stay-at-home grandmother", "home health aide", "cook at a taquería in {us}"]
WORK_M = ["retired trucker", "construction, now unable to work", "mechanic", "irrigation ditch rider for the county"]
PEDS_PMH = ["born full term", "no prior hospitalizations", "iron-deficiency anemia", "eczema", "vaccines up to date per mother",
            "speech delay (in therapy)", "asthma, mild intermittent"]
PEDS_MEDS = ["ondansetron PRN", "dexamethasone taper", "acetaminophen PRN", "levetiracetam 250 mg BID", "TMP-SMX prophylaxis (weekends)",
             "polyethylene glycol daily", "cyproheptadine for appetite"]
PEDS_SOCIAL = ["Lives with parents and two siblings in {us}", "Mother is the primary caregiver; father works in the fields",
               "Family lives in {mx}; staying at the Ronald-style family house near the hospital", "Emergency Medicaid approved",
               "Attends preschool (on hold)", "Grandmother helps with the siblings", "Medicaid (CHIP)"]
PEDS_QUOTES = [("Mi niño no quiere comer nada", "my child won't eat anything"), ("¿Le va a afectar el crecimiento?", "will it affect growth?"),
               ("Tengo miedo de la anestesia todos los días", "I'm afraid of the anesthesia every day"), ("Es muy valiente", "he/she is very brave"),
               ("¿Puede venir su papá al cuarto?", "can his/her dad come into the room?"), ("Ya está cansado de tantos piquetes", "he/she is tired of so many pokes")]
LIVES = ["lives in {mx} and crosses at the port of entry for visits", "lives in {us} with {rel}", "lives alone in a trailer outside {us}",
         "lives with {rel} and three grandchildren", "staying with a cousin in {us} during treatment", "lives in {mx}; {rel} drives"]
INSUR = ["uninsured; charity-care application in process", "Emergency Medicaid (pending)", "county indigent program (CMSP-type)",
         "Medicaid", "Medicare + county supplemental", "self-pay; financial counselor involved", "marketplace plan, high deductible"]
FAMILY = ["Mother with 'cáncer de la matriz', died in her 50s", "No family history of cancer known", "Brother with colon cancer at 61",
          "Father died of 'algo del hígado'", "Sister with breast cancer at 44", "Family history unknown (adopted)",
          "Maternal aunt with ovarian ca", "Several relatives with diabetes; no cancers known"]
ROS_POS = ["fatigue", "poor appetite", "weight loss ~{w} lb", "night sweats", "constipation from opioids", "insomnia", "anxiety",
           "mild dysuria", "leg swelling", "dizziness on standing"]
ROS_NEG = ["fevers", "chest pain", "hematuria", "melena", "new weakness", "headache", "vision change", "cough"]
QUOTES = [
    ("Ya no aguanto el dolor", "I can't stand the pain anymore"),
    ("Me da miedo la máquina", "the machine scares me"),
    ("Quiero estar bien para la boda de mi nieta", "I want to be well for my granddaughter's wedding"),
    ("No tengo cómo venir todos los días", "I have no way to come every day"),
    ("¿Se me va a caer el pelo?", "will my hair fall out?"),
    ("Trabajo en el campo, no puedo faltar mucho", "I work in the fields, I can't miss much"),
    ("Lo que diga el doctor", "whatever the doctor says"),
    ("Ya me hicieron muchos estudios", "they've already done a lot of tests on me"),
    ("Tengo que cuidar a mis nietos", "I have to take care of my grandchildren"),
    ("No quiero ser una carga para mis hijos", "I don't want to be a burden to my children"),
    ("Primero Dios, todo va a salir bien", "God willing, everything will turn out fine"),
    ("¿Cuánto me va a costar?", "how much is this going to cost me?"),
    ("Me siento muy cansada", "I feel very tired"),
    ("Mi esposo todavía no sabe", "my husband doesn't know yet"),
    ("Aquí estoy, echándole ganas", "here I am, giving it my all"),
    ("¿Puedo seguir tomando mis tés?", "can I keep taking my teas?"),
    ("Nomás quiero que se me quite el sangrado", "I just want the bleeding to stop"),
    ("No entiendo bien, pero confío en ustedes", "I don't understand it well, but I trust you"),
]
EXAM = {
    "gyn_brachy": ["Speculum: friable {cm} cm exophytic lesion replacing the cervix, {side} parametrium nodular but not to sidewall.",
                   "Pelvic exam: residual {cm} cm lesion at the os, vaginal fornices smooth, RV: parametria softer than at diagnosis.",
                   "EUA today under sedation: cervix {cm} cm, os identified with difficulty, no vaginal extension."],
    "gyn_ebrt": ["Pelvic: {cm} cm cervical mass, {side} parametrial thickening. Groins without adenopathy.",
                 "Vaginal cuff healed; no palpable nodularity. Abd soft.", "Bimanual: bulky cervix, mobile uterus, nodular L parametrium."],
    "head_neck": ["Neck: {cm} cm firm {side} level II node. Flexible scope: exophytic lesion, mobile cords.",
                  "Oral cavity: ulcerated lesion {side} lateral tongue {cm} cm, no midline crossing. Dentition poor.",
                  "Trismus (interincisal 2.5 cm). {side} neck fullness."],
    "breast": ["{side} breast: well-healed incision, no masses. {side} axilla: seroma resolved.",
               "Chest wall flap healed, no nodules; arm abduction limited to ~110 degrees.", "Mild {side} arm lymphedema."],
    "prostate": ["DRE: firm nodule {side} lobe, no extension palpable.", "DRE deferred (recent biopsy).", "Abd benign."],
    "lung": ["Decreased breath sounds {side} base. No clubbing.", "Lungs: scattered wheezes. SpO2 93% RA.", "Clear to auscultation."],
    "whole_brain": ["Neuro: mild expressive aphasia, strength 4+/5 {side} UE.", "Neuro: alert, oriented x2, gait unsteady."],
    "srs": ["Neuro nonfocal except mild dysmetria {side}.", "CN intact, strength 5/5."],
    "bone_mets": ["Point tenderness over the lumbar spine. Strength 5/5 LEs.", "Antalgic gait, pain with {side} hip rotation."],
    "palliative": ["Cachectic, uncomfortable. Mass visible/palpable.", "ECOG 3, in wheelchair."],
    "rectum": ["DRE: mass {cm} cm from the AV, posterior, fixed.", "DRE: fixed, circumferential; proctoscopy not tolerated."],
    "esophagus": ["Thin, temporal wasting. Supraclavicular nodes not palpable.", "Abd soft, J-tube site clean."],
    "pancreas": ["Icteric sclerae resolved after stent.", "Epigastric tenderness, no mass."],
    "lymphoma": ["{side} neck node ~{cm} cm, rubbery.", "No palpable adenopathy post-chemo."],
    "skin": ["{cm} cm pearly ulcerated plaque with rolled borders.", "Crusted {cm} cm lesion, indurated edges, no nodes."],
    "peds": ["Well-appearing child, playful, clinging to mother.", "Proptosis {side} eye, EOM limited.", "Abd soft, healing flank incision."],
}
LABS = ["Hgb {hgb}, plt {plt}, Cr {cr}", "WBC {wbc}, Hgb {hgb}", "Cr {cr}, eGFR {egfr}", "A1c {a1c}%", "Alb 3.{d}",
        "Na 13{d}, K 4.{d}", "TSH 2.{d}"]
CONSENT_EN = [
    "Risks (fatigue, skin reaction, bowel/bladder irritation, late effects) and benefits were reviewed; consent signed in Spanish.",
    "Consent form (Spanish version) reviewed line by line and signed; copy given.",
    "Informed consent obtained; {rel} present and asked good questions.",
    "Consent previously signed at consult; re-confirmed today.",
    "Risks/benefits/alternatives discussed with teach-back; {he} repeated back the main side effects.",
]
LOGISTICS = [
    "Rides arranged through the county van from {us}; {nav} following.",
    "Will stay at Casa Esperanza (lodging) on weeknights.",
    "Needs a work letter for the packing shed; provided.",
    "Parking voucher given. Bus pass requested.",
    "Family will drive from {mx}; border wait times discussed - morning slots preferred.",
    "Social work consulted for food insecurity.",
    "Appointments printed in Spanish and reviewed.",
]


def _f(ctx: Ctx, s: str) -> str:
    r = ctx.rng
    return ctx.fmt(s).format(
        cm=r.choice(["2.5", "3", "3.8", "4.2", "5", "5.5", "6"]), hgb=f"{r.randint(78, 134) / 10:.1f}", plt=r.randint(110, 420),
        cr=f"{r.randint(6, 21) / 10:.1f}", wbc=f"{r.randint(31, 112) / 10:.1f}", egfr=r.randint(28, 110), a1c=f"{r.randint(58, 121) / 10:.1f}",
        d=r.randint(0, 9), w=r.randint(6, 30), us=ctx.us_town, mx=ctx.mx_town, rel=f"{ctx.his} {ctx.rel_en}",
        nav=ctx.nav.split(",")[0], side=ctx.side, he=ctx.he)


def symptom(ctx: Ctx) -> str:
    return _f(ctx, ctx.pick(SYMPTOMS[ctx.plan.site]))


def quote(ctx: Ctx) -> str:
    if ctx.plan.site == "peds":
        es, en = ctx.pick(PEDS_QUOTES)
        who = ctx.pick(["Mother", "Mom", "Father", "La mamá"])
        return ctx.pick([f'{who}: "{es}" ({en}).', f'{who} asked, "{es}" [{en}].', f'"{es}" ({en}), per {who.lower()} via interpreter.'])
    es, en = ctx.pick(QUOTES)
    form = ctx.rng.randint(0, 3)
    if form == 0:
        return f'Pt states: "{es}" ({en}).'
    if form == 1:
        return f'{ctx.sr.capitalize()} said, "{es}" - {en}.'
    if form == 2:
        return f'"{es}" ("{en}"), per patient via interpreter.'
    return f'In {ctx.his} words: "{es}" [{en}].'


def interp_line(ctx: Ctx) -> str:
    mode = ctx.pick(["in person", "by video (VRI)", "by phone", "in person", "via iPad VRI"])
    forms = [
        f"Visit conducted in Spanish via interpreter #{ctx.interp} ({mode}).",
        f"Interpreter: #{ctx.interp}, {mode}. Patient's preferred language: Spanish.",
        f"Spanish interpreter {ctx.interp_name} (ID {ctx.interp}) present {mode} for the entire encounter.",
        f"Via interpreter #{ctx.interp}. {ctx.his.capitalize()} {ctx.rel_en} also present and helped with history.",
        f"Language: Spanish (Mexican). Certified interpreter #{ctx.interp} used {mode}; {ctx.rel_en} declined to interpret.",
        f"Pt prefers Spanish; interpreter #{ctx.interp} {mode}. Literacy limited - teach-back used.",
    ]
    return ctx.pick(forms)


def hpi(ctx: Ctx, sentences: int = 3) -> str:
    r = ctx.rng
    age = ctx.age
    sexw = "woman" if ctx.sex == "F" else "man"
    if ctx.plan.site == "peds":
        sexw = "girl" if ctx.sex == "F" else "boy"
    opener = ctx.pick([
        f"{age} y/o Spanish-speaking {sexw} with {ctx.dx}.",
        f"{ctx.Sr} is a {age}-year-old {sexw} referred with {ctx.dx}.",
        f"Paciente de {age} años with {ctx.dx}.",
        f"This is a {age} yo {sexw} from {ctx.pick([ctx.mx_town, ctx.us_town])} with {ctx.dx}.",
        f"{age}{ctx.sex} w/ {ctx.dx}.",
    ])
    if ctx.plan.site == "peds":
        opener = ctx.pick([f"{age} y/o {sexw} with {ctx.dx}, brought by {ctx.his} {ctx.rel_en}.",
                           f"{ctx.his.capitalize()} {ctx.rel_en} reports {symptom(ctx)} about {r.randint(2, 6)} months ago; diagnosis: {ctx.dx}.",
                           f"Paciente de {age} años, {ctx.dx}."])
        pool = [f"{ctx.he.capitalize()} completed induction chemotherapy at the children's hospital in {ctx.pick(['Phoenix', 'the university', 'Tucson'])} before coming home.",
                f"Surgery ({ctx.pick(V.PROCS['peds'])}) on {ctx.past_date(2)}; recovered well.",
                f"{ctx.his.capitalize()} {ctx.rel_en} first noticed {symptom(ctx)}.",
                "Tumor board recommended radiation to the primary site.",
                f"Weight {r.randint(11, 22)} kg, stable on supplements.", "Sleeping poorly since diagnosis, per family."]
        return " ".join([opener, *ctx.shuffled(pool)[:sentences]])
    parts = [opener]
    pool = [
        f"{ctx.he.capitalize()} first noticed {symptom(ctx)} and was seen at a community clinic in {ctx.us_town}.",
        f"Symptoms began with {symptom(ctx)}; {ctx.he} waited several months because of cost.",
        f"Presented to the RCCMC ED with {symptom(ctx)}.",
        f"Per {ctx.his} {ctx.rel_en}, the problem started with {symptom(ctx)} {r.randint(3, 14)} months ago.",
        f"Biopsy at {ctx.outside_short} confirmed the diagnosis; slides reviewed at RCCMC pathology ({ctx.past_date(2)}).",
        f"Seen in tumor board {ctx.past_date(1)}; consensus for definitive/palliative radiation as discussed.",
        f"{ctx.he.capitalize()} completed {r.choice(['2', '3', '4', '6'])} cycles of chemotherapy with med onc (Dr. {r.choice(['Salas', 'Krueger', 'Ndiaye', 'Portillo'])}).",
        f"Care was delayed by a lapse in coverage; the charity-care application was approved {ctx.past_date(1)}.",
        f"{ctx.he.capitalize()} had {r.choice(['a ' + p if p[0].lower() not in 'aeiou' else 'an ' + p for p in V.PROCS[ctx.plan.site]])} on {ctx.past_date(3)}.",
        f"Pain is {r.randint(3, 9)}/10, controlled partly with {ctx.pick(['tramadol', 'oxycodone', 'ibuprofen', 'morphine'])}.",
        f"Weight down {r.randint(5, 28)} lb over {r.randint(2, 6)} months.",
    ]
    parts.extend(ctx.shuffled(pool)[:sentences])
    return " ".join(parts)


def pmh(ctx: Ctx, k: int = 3) -> str:
    items = ctx.shuffled(PEDS_PMH if ctx.plan.site == "peds" else PMH)[:k]
    sep = ctx.pick([", ", "; ", " / "])
    return sep.join(items)


def meds(ctx: Ctx, k: int = 4) -> str:
    items = ctx.shuffled(PEDS_MEDS if ctx.plan.site == "peds" else MEDS)[:k]
    return ctx.pick([", ".join(items), "; ".join(items), "\n".join("- " + i for i in items)])


def allergies(ctx: Ctx, contrast_allergy: bool = False) -> str:
    if contrast_allergy:
        return ctx.pick(["iodinated contrast (hives, 2021)", "IV contrast - anaphylactoid rxn per outside records", "contrast dye ('me dio ronchas')"])
    return ctx.pick(ALLERGY)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def social(ctx: Ctx) -> str:
    if ctx.plan.site == "peds":
        items = [_cap(_f(ctx, x)) for x in ctx.shuffled(PEDS_SOCIAL)[: ctx.rng.randint(3, 4)]]
        return ". ".join(items) + "."
    work = _f(ctx, ctx.pick(WORK + (WORK_F if ctx.sex == "F" else WORK_M)))
    lives = _f(ctx, ctx.pick(LIVES))
    ins = ctx.pick(INSUR)
    tob = ctx.pick(["never smoker", "former smoker, quit 2015", "smokes 5 cig/day", "30 pack-years, quit at diagnosis", "chews tobacco"])
    etoh = ctx.pick(["no alcohol", "social beer on weekends", "heavy alcohol in the past", "denies EtOH"])
    order = ctx.shuffled([_cap(work), _cap(lives), _cap(ins), _cap(tob), _cap(etoh)])
    return ". ".join(order[: ctx.rng.randint(3, 5)]) + "."


def family(ctx: Ctx) -> str:
    if ctx.plan.site == "peds":
        return ctx.pick(["No family history of childhood cancer.", "Maternal uncle with leukemia as a child.", "Parents non-consanguineous; siblings healthy."])
    return ctx.pick(FAMILY) + "."


def ros(ctx: Ctx) -> str:
    pos = ctx.shuffled(ROS_POS)[: ctx.rng.randint(1, 3)]
    neg = ctx.shuffled(ROS_NEG)[: ctx.rng.randint(2, 5)]
    pos_s = ", ".join(_f(ctx, p) for p in pos)
    return ctx.pick([f"Positive for {pos_s}. Negative for {', '.join(neg)}.", f"+ {pos_s}; denies {', '.join(neg)}.",
                     f"(+) {pos_s} (-) {', '.join(neg)}. Otherwise negative x10."])


def exam(ctx: Ctx) -> str:
    vit = (f"BP {ctx.rng.randint(98, 168)}/{ctx.rng.randint(58, 96)}, HR {ctx.rng.randint(58, 112)}, "
           f"T {ctx.rng.randint(361, 378) / 10:.1f}, Wt {ctx.rng.randint(38, 104)} kg")
    ecog = ctx.pick(["ECOG 0", "ECOG 1", "ECOG 2", "KPS 70", "KPS 60", "ECOG 1-2", "KPS 80"])
    if ctx.plan.site == "peds":
        vit = f"HR {ctx.rng.randint(85, 130)}, T {ctx.rng.randint(362, 378) / 10:.1f}, Wt {ctx.rng.randint(11, 24)} kg"
        ecog = ctx.pick(["Lansky 80", "Lansky 70", "Lansky 90"])
    return f"{vit}. {ecog}. " + _f(ctx, ctx.pick(EXAM[ctx.plan.site]))


def labs(ctx: Ctx, k: int = 2) -> str:
    return "; ".join(_f(ctx, x) for x in ctx.shuffled(LABS)[:k]) + f" ({ctx.date(-ctx.rng.randint(1, 9))})"


def consent(ctx: Ctx) -> str:
    return _f(ctx, ctx.pick(CONSENT_EN))


def logistics(ctx: Ctx) -> str:
    return _f(ctx, ctx.pick(LOGISTICS))


def tolerance(ctx: Ctx) -> str:
    return ctx.pick([
        "Tolerated well.", "Tolerated the procedure without difficulty.", "No complications.", "Pt tolerated; mild anxiety, coached through.",
        f"{ctx.he.capitalize()} tolerated it well - 'todo bien' afterwards.", "Some discomfort with positioning, resolved with a knee wedge.",
        "Vitals stable throughout.", "Tolerated, though tearful at the start; family reassured.", "Tolerated fairly; needed two breaks.",
    ])


def sig_att(ctx: Ctx) -> str:
    return ctx.pick([f"{ctx.att}, Radiation Oncology", f"-- {ctx.att}", f"Electronically signed: {ctx.att} {ctx.date()} {ctx.time()}",
                     f"{ctx.att}\nAttending, Dept. of Radiation Oncology, RCCMC"])


def tattoos(ctx: Ctx) -> str:
    n = ctx.pick(["3", "three", "4", "5"])
    if ctx.plan.site == "peds":
        return ctx.pick([f"{n} tattoos placed under anesthesia.", f"Marks: {n} tattoos + photos.", "Marks drawn and covered with Tegaderm (family declined tattoos)."])
    d = {"three": "3"}.get(n, n)
    return ctx.pick([f"{n} tattoos placed.", f"Marks: {n} permanent tattoos + BBs.", f"Tattoos x{d}, photos taken.",
                     f"Reference marks tattooed ({n}) after the patient agreed ('está bien, las rayitas')."])


def position(ctx: Ctx) -> str:
    prone = "prone" in ctx.immob
    base = "prone" if prone else ctx.pick(["supine", "supine, head first", "supine, feet first", "supine, arms up"])
    return ctx.pick([f"Position: {base}.", f"Pt positioned {base}.", f"{base.capitalize()} position, reproducible."])


def immob_sentence(ctx: Ctx) -> str:
    return ctx.pick([f"Immobilization: {ctx.immob}.", f"A {ctx.immob} was used for positioning.", f"Immob: {ctx.immob}.",
                     f"Indexed {ctx.immob}.", f"Set up in {ctx.immob}."])
