# ruff: noqa: E501, D103
"""Extra paragraphs for long notes (600-1,500 words): evidence gets buried among these."""

from __future__ import annotations

from . import filler as FL
from .context import Ctx

PATH = [
    "Pathology: {hist}, {grade}. {ihc}. Margins {margin}. Reviewed at our tumor board {d}.",
    "Surgical/biopsy pathology ({d}): {hist}; {ihc}. {grade}.",
    "Path (outside, re-read at RCCMC {d}): {hist}, {grade}; {ihc}.",
]
HIST_BY_SITE = {
    "gyn_brachy": ["invasive squamous cell carcinoma", "adenocarcinoma, usual type (HPV-associated)"],
    "gyn_ebrt": ["invasive squamous cell carcinoma", "endometrioid adenocarcinoma", "serous carcinoma"],
    "head_neck": ["invasive squamous cell carcinoma", "nonkeratinizing carcinoma"], "breast": ["invasive ductal carcinoma", "invasive lobular carcinoma"],
    "prostate": ["acinar adenocarcinoma"], "lung": ["adenocarcinoma, acinar predominant", "squamous cell carcinoma", "small cell carcinoma"],
    "whole_brain": ["metastatic adenocarcinoma, TTF-1+", "metastatic melanoma"], "srs": ["metastatic adenocarcinoma", "metastatic melanoma"],
    "bone_mets": ["metastatic carcinoma", "plasma cell neoplasm"], "palliative": ["poorly differentiated carcinoma", "metastatic adenocarcinoma"],
    "rectum": ["adenocarcinoma, moderately differentiated"], "esophagus": ["squamous cell carcinoma", "adenocarcinoma, intestinal type"],
    "pancreas": ["ductal adenocarcinoma"], "lymphoma": ["classic Hodgkin lymphoma, nodular sclerosis", "diffuse large B-cell lymphoma, GCB type"],
    "skin": ["basal cell carcinoma, nodular and infiltrative", "invasive squamous cell carcinoma, well differentiated"],
    "peds": ["embryonal rhabdomyosarcoma", "Wilms tumor, favorable histology", "medulloblastoma, classic", "ependymoma, grade 2"],
}
HIST = ["invasive squamous cell carcinoma", "adenocarcinoma, moderately differentiated", "poorly differentiated carcinoma",
        "invasive ductal carcinoma", "basal cell carcinoma, nodular and infiltrative", "classic Hodgkin lymphoma, nodular sclerosis",
        "diffuse large B-cell lymphoma, GCB type", "acinar adenocarcinoma", "embryonal rhabdomyosarcoma"]
GRADE = ["grade 2", "grade 3", "G2", "poorly differentiated", "well differentiated", "Gleason 4+3=7"]
IHC = ["p16 positive", "p16 negative", "ER 90% PR 40% HER2 1+", "PD-L1 CPS 15", "MMR proficient", "CD30+ CD15+", "Ki-67 40%",
       "HPV ISH positive", "LVSI present", "PNI present"]
MARGIN = ["negative (closest 2 mm)", "positive at the deep margin", "not applicable (biopsy)", "close (1 mm)"]

PSYCHO = [
    "{he_cap} is the main caregiver for {his} grandchildren while {his} {rel} works across the border; we discussed support. "
    "{his_cap} biggest worry is missing work and how the family will pay rent during the weeks of treatment.",
    "The family has been through a lot this year: a son was deported in the spring and {he} has been staying with relatives in {us}. "
    "Social work and the navigator met {him} today; food bank referral placed and a hardship letter written for the utility company.",
    "{he_cap} expressed fear of 'la radiación' because a neighbor had severe burns years ago in {mx}; we spent time explaining how "
    "modern treatment differs, with the interpreter checking understanding after each point.",
    "Church community is supportive and drives {him} when the county van is full. {he_cap} prays with {his} {rel} before each visit and asked "
    "whether it is okay to keep using an herbal tea from a curandera; we asked {him} to bring the package so pharmacy can check it.",
    "Transport is the main barrier: {he} lives {km} km away on a dirt road, and the van does not go past the highway. The navigator arranged "
    "gas cards and a carpool with another patient from the same ejido.",
]
NUTRITION = [
    "Nutrition: weight {wt} kg, down from {wt2} kg. Dietitian referral placed; oral supplements provided (vanilla, which {he} prefers).",
    "Nutrition consult: at risk of malnutrition, albumin 3.{dd}. Discussed soft foods, caldos, and avoiding very spicy salsa during treatment.",
    "Dietitian saw {him}: recommended 6 small meals and Ensure-type shakes twice a day; family will bring food from home.",
]
DENTAL = [
    "Dental: extractions of 3 non-restorable molars done at the county dental clinic {d}; fluoride trays made.",
    "Dental clearance obtained; custom fluoride trays given with instructions in Spanish.",
]
FERTILITY = ["Reproductive: {he} is postmenopausal; no fertility concerns. Contraception not applicable.",
             "Reproductive: postmenopausal since her late 40s."]
PREG = ["Pregnancy test negative today (urine hCG).", "Urine hCG negative; contraception counseling done."]
GOALS = [
    "Goals of care: {he} understands the intent is {intent}; code status full. {rel_cap} is the health care surrogate.",
    "We discussed goals: intent {intent}. {he_cap} wants to be home for a family event in {mon} and asked about breaks.",
    "Intent is {intent}. Advance directive form (Spanish) given; {he} will discuss with family first.",
]
COURSE = [
    "{d1}: seen at {fac} for {sym}. {d2}: biopsy. {d3}: referred to RCCMC after charity-care approval. {d4}: consult here.",
    "Timeline: symptoms since {mon}; first visit at a community clinic {d1}; ED visit {d2}; tissue diagnosis {d3}; tumor board {d4}.",
    "Course so far - {d1} outside work-up, {d2} med onc consult (chemo started {d3}), {d4} rad onc consult.",
]
TIME = ["Total time today {m} minutes, more than half in counseling/coordination via interpreter.",
        "Time: {m} min (interpreter-mediated, extended).", "I spent {m} minutes on this encounter, including review of outside records."]


def _f(ctx: Ctx, s: str) -> str:
    r = ctx.rng
    return s.format(
        he=ctx.he, his=ctx.his, him=ctx.him, he_cap=ctx.he.capitalize(), his_cap=ctx.his.capitalize(), rel=ctx.rel_en,
        rel_cap=f"{ctx.his.capitalize()} {ctx.rel_en}", us=ctx.us_town, mx=ctx.mx_town, km=r.randint(25, 140), wt=(wt := r.randint(41, 92)),
        wt2=wt + r.randint(3, 14), d=ctx.past_date(r.randint(1, 3)), intent=r.choice(["curative", "palliative", "definitive", "symptom control"]),
        dd=r.randint(0, 9), mon=r.choice(["March", "July", "December", "the fall", "Holy Week"]), d1=ctx.past_date(7), d2=ctx.past_date(5),
        d3=ctx.past_date(3), d4=ctx.past_date(1), fac=ctx.outside_short, sym=FL.symptom(ctx), m=r.randint(45, 110),
        hist=r.choice(HIST_BY_SITE.get(ctx.plan.site, HIST)), grade=_grade(ctx), ihc=_ihc(ctx), margin=r.choice(MARGIN))


def _grade(ctx: Ctx) -> str:
    if ctx.plan.site == "prostate":
        return ctx.pick(["Gleason 4+3=7", "Gleason 4+4=8", "Gleason 3+4=7"])
    if ctx.plan.site in ("lymphoma", "peds", "bone_mets"):
        return ctx.pick(["see IHC", "per hematopathology", "reviewed"])
    return ctx.pick(["grade 2", "grade 3", "G2", "poorly differentiated", "moderately differentiated"])


def _ihc(ctx: Ctx) -> str:
    site = ctx.plan.site
    if site == "breast":
        return ctx.pick(["ER 90% PR 40% HER2 1+", "ER 0 PR 0 HER2 0 (triple negative)", "ER 95% PR 5% HER2 2+, FISH negative"])
    if site == "head_neck":
        return ctx.pick(["p16 positive", "p16 negative", "PD-L1 CPS 15"])
    if site == "lymphoma":
        return ctx.pick(["CD30+ CD15+", "CD20+, Ki-67 80%", "BCL2+"])
    if site in ("gyn_brachy", "gyn_ebrt"):
        return ctx.pick(["p16 block positive", "HPV ISH positive", "LVSI present", "MMR proficient"])
    return ctx.pick(["Ki-67 40%", "PD-L1 TPS 60%", "MMR proficient", "PNI present", "LVSI present"])


def paragraphs(ctx: Ctx) -> list[tuple[str, str]]:
    """(key, text) filler paragraphs for a long note; the caller shuffles/selects."""
    out = [
        ("path", _f(ctx, ctx.pick(PATH))),
        ("psychosocial", _f(ctx, ctx.pick(PSYCHO))),
        ("nutrition", _f(ctx, ctx.pick(NUTRITION))),
        ("goals", _f(ctx, ctx.pick(GOALS))),
        ("course", _f(ctx, ctx.pick(COURSE))),
        ("time", _f(ctx, ctx.pick(TIME))),
    ]
    if ctx.plan.site == "head_neck":
        out.append(("dental", _f(ctx, ctx.pick(DENTAL))))
    if ctx.sex == "F" and ctx.plan.site not in ("peds",):
        out.append(("reproductive", _f(ctx, ctx.pick(FERTILITY if ctx.age > 50 else PREG))))
    if ctx.plan.site == "peds":
        out = [x for x in out if x[0] not in ("psychosocial",)]
        out.append(("child_life", ctx.pick(["Child life: practiced lying still with a sticker chart; favorite cartoon played in the room.",
                                            "Child life specialist met the family and made a picture book of the simulator in Spanish."])))
    return out


def history_block(ctx: Ctx) -> list[tuple[str, str]]:
    """HPI/PMH/meds/allergies/social/family/ROS/exam/labs as sections for long notes."""
    contrast_allergy = "contrast" not in ctx.plan.features and ctx.chance(0.15)
    if contrast_allergy and "contrast_allergy_history" not in ctx.plan.traps:
        ctx.plan.traps.append("contrast_allergy_history")
    return [
        ("hpi", "HISTORY OF PRESENT ILLNESS:\n" + FL.hpi(ctx, ctx.rng.randint(4, 7)) + " " + FL.quote(ctx)),
        ("pmh", "PAST MEDICAL HISTORY: " + FL.pmh(ctx, ctx.rng.randint(3, 6)) + "."),
        ("meds", "MEDICATIONS:\n" + FL.meds(ctx, ctx.rng.randint(4, 7))),
        ("allergies", "ALLERGIES: " + FL.allergies(ctx, contrast_allergy)),
        ("social", "SOCIAL HISTORY: " + FL.social(ctx)),
        ("family", "FAMILY HISTORY: " + FL.family(ctx)),
        ("ros", "REVIEW OF SYSTEMS: " + FL.ros(ctx)),
        ("exam", "PHYSICAL EXAM: " + FL.exam(ctx)),
        ("labs", "LABS: " + FL.labs(ctx, ctx.rng.randint(2, 4))),
    ]


# ---------------------------------------------------------------- extra long-note sections (padding, never evidence)
def _screening(ctx: Ctx) -> str:
    r = ctx.rng
    return (f"SCREENING: PHQ-2 {r.randint(0, 6)}; distress thermometer {r.randint(2, 9)}/10 ({ctx.pick(['money', 'transport', 'family', 'pain', 'fear'])} "
            f"listed as main problem); fall risk {ctx.pick(['low', 'moderate', 'high - uses a cane'])}; tobacco cessation "
            f"{ctx.pick(['offered, declined', 'not applicable', 'referred to the quitline (Spanish)'])}.")


def _medrec(ctx: Ctx) -> str:
    return ctx.pick([
        f"MED REC (pharmacy, {ctx.date(-1)}): brought medicines in a bag; two bottles from a pharmacy in {ctx.mx_town} with no English label - "
        "identified as an NSAID and an antibiotic; advised to stop the antibiotic. Metformin timing reviewed.",
        "MED REC: duplicate omeprazole (one US, one Mexican brand) - consolidated. Teaching sheet printed in Spanish.",
        f"MED REC: {ctx.he} takes 'árnica' cream and a cinnamon tea for sugar; no interactions identified. Opioid agreement reviewed.",
    ])


def _nursing(ctx: Ctx) -> str:
    r = ctx.rng
    return (f"NURSING ASSESSMENT: pain {r.randint(0, 9)}/10 ({ctx.pick(['aching', 'burning', 'sharp', 'dull'])}), skin intact, "
            f"{ctx.pick(['ambulatory', 'walker', 'wheelchair for distance'])}; Braden {r.randint(16, 23)}; "
            f"{ctx.pick(['no falls in the last 6 months', 'one fall at home last month', 'dizzy on standing - fall precautions'])}. "
            f"Learning preference: {ctx.pick(['verbal with pictures', 'video in Spanish', 'written (reads Spanish)', 'family member reads for the patient'])}.")


def _hospital(ctx: Ctx) -> str:
    return ctx.pick([
        f"HOSPITAL COURSE (prior admission {ctx.past_date(2)}): admitted for {ctx.pick(['symptomatic anemia', 'pain crisis', 'dehydration', 'AKI'])}, "
        f"received {ctx.rng.randint(1, 3)} units PRBC, discharged after {ctx.rng.randint(2, 6)} days with follow-up here.",
        f"ED VISITS: {ctx.rng.randint(1, 4)} in the past 3 months for {ctx.pick(['pain', 'bleeding', 'vomiting', 'falls'])}; last one {ctx.past_date(1)}.",
    ])


def _labtrend(ctx: Ctx) -> str:
    r = ctx.rng
    rows = []
    for back in (3, 2, 1):
        rows.append(f"{ctx.past_date(back)}  Hgb {r.randint(80, 135) / 10:.1f}  Cr {r.randint(6, 16) / 10:.1f}  Plt {r.randint(120, 400)}")
    return "LAB TREND:\n" + "\n".join(rows)


def _acp(ctx: Ctx) -> str:
    return ctx.pick([
        f"ADVANCE CARE PLANNING: discussed with {ctx.his} {ctx.rel_en} present; {ctx.he} wants full treatment for now and would not want a breathing tube "
        "if the disease progressed. POLST not completed; chaplain (Spanish) offered.",
        "ADVANCE CARE PLANNING: deferred at patient request ('primero quiero hablar con mis hijos'); revisit at the end of treatment.",
    ])


def _symptom_plan(ctx: Ctx) -> str:
    return ctx.pick([
        "SYMPTOM PLAN: bowel regimen (senna 2 tabs qHS, Miralax PRN); skin care with unscented cream twice a day; call for fever >38.",
        "SYMPTOM PLAN: pain - continue current opioid, add a stool softener; nausea - ondansetron 8 mg PRN; mouth care - baking soda rinses.",
        "SYMPTOM PLAN: fatigue counseling; keep walking 10 minutes a day; hydration 2 L/day; avoid sun on the treated skin.",
    ])


def _outside_records(ctx: Ctx) -> str:
    return (f"OUTSIDE RECORDS: {ctx.rng.randint(12, 80)} pages from {ctx.outside_short} scanned to Media on {ctx.past_date(1)}; "
            f"{ctx.pick(['pathology in Spanish translated by the interpreter service', 'operative note illegible in part', 'chemo flowsheet incomplete'])}. "
            f"Release signed for {ctx.pick(['the county clinic', 'the outside oncologist', 'the primary doctor in ' + ctx.mx_town])}.")


def _cultural(ctx: Ctx) -> str:
    return ctx.pick([
        f"CULTURAL/FAMILY: decisions are made with the whole family; {ctx.his} eldest {ctx.pick(['son', 'daughter'])} coordinates and will attend visits when possible.",
        f"CULTURAL: {ctx.he} prefers to be addressed as '{ctx.Sr}' and asked that bad news be given with family present.",
        "CULTURAL: patient uses home remedies (té de uña de gato) and sees a sobador for back pain; no contraindication identified, asked to pause during treatment.",
    ])


EXTRA = [("screening", _screening), ("medrec", _medrec), ("nursing_assessment", _nursing), ("hospital_course", _hospital),
         ("lab_trend", _labtrend), ("acp", _acp), ("symptom_plan", _symptom_plan), ("outside_records", _outside_records),
         ("cultural", _cultural)]


def extra_sections(ctx: Ctx) -> list[tuple[str, str]]:
    return [(k, fn(ctx)) for k, fn in EXTRA]
