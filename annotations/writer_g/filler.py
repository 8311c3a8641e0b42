"""Background prose for writer G: people, places, dates and long clinical history paragraphs.

Nothing here is counting evidence: no imaging, contrast or technique words appear in this module's pools
(historical imaging is added separately, as a trap, from the site profile).
"""

from __future__ import annotations

import random

from .phrases import pick

HOSPITALS = (
    "Northgate Cancer Centre", "St Aldhelm's Hospital Radiotherapy Department", "Riverside Oncology Centre", "Kingsmead University Hospital",
    "Western Districts Cancer Care (Ballarat campus)", "Lakeshore Regional Cancer Centre", "Harbourview Radiation Oncology", "Tamar Valley Cancer Centre",
    "Prince Alfred Radiation Therapy Unit", "Fenwick Oncology Centre", "Ashdown NHS Foundation Trust - Radiotherapy", "Moorfield Cancer Institute",
)
CONSULTANTS = ("Dr A. Okonkwo", "Dr R. Fitzgerald", "Dr S. Chakraborty", "Dr H. MacLeod", "Dr P. Vasquez", "Dr E. Lindqvist", "Dr T. Nakamura",
               "Dr C. Ó Briain", "Dr M. Haddad", "Dr J. Tremblay", "Dr K. Mensah", "Dr L. Whitlock")
REGISTRARS = ("Dr F. Sayeed (StR)", "Dr B. Kowalski, registrar", "Dr N. Adeyemi (SpR)", "Dr G. Pillai, registrar", "Dr D. Rourke (ST5)")
RTTS = ("J. Okafor (RTT)", "M. Kaur, Band 6 RTT", "S. Bell, senior radiographer", "T. Nguyen (RT)", "A. Byrne, therapeutic radiographer",
        "L. Dubois, radiation therapist", "C. Fraser (RTT)")
GPS = ("Dr P. Gallagher", "Dr S. Iqbal", "Dr W. Hughes", "Dr R. Singh", "Dr A. Thornton", "Dr M. Leclerc")
SURGERIES = ("Abbey Road Surgery", "Millbrook Medical Practice", "Harbour Street Family Practice", "The Elms Health Centre", "Westgate GP Clinic")
FIRST = ("Margaret", "Kevin", "Aisling", "Rajesh", "Brenda", "Tomasz", "Sian", "Graham", "Priya", "Declan", "Olive", "Ngozi", "Hamish", "Leanne", "Wiremu")
LAST = ("Pemberton", "O'Donnell", "Sutherland", "Mehta", "Kowalczyk", "Ferreira", "Ashworth", "Nwosu", "MacInnes", "Tan", "Harrow", "Papadopoulos")


def date(rng: random.Random, year: int | None = None) -> str:
    """A dd/mm/yyyy date."""
    y = year or rng.choice([2023, 2024, 2025])
    return f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{y}"


_FEMALE = ("Margaret", "Aisling", "Brenda", "Sian", "Priya", "Olive", "Ngozi", "Leanne")
_MALE = ("Kevin", "Rajesh", "Tomasz", "Graham", "Declan", "Hamish", "Wiremu")
_CHILD = ("Alfie", "Isla", "Mason", "Freya", "Oscar", "Ruby", "Aroha", "Theo")


def person(rng: random.Random, sex: str = "") -> tuple[str, str, str]:
    """(title name, first name, pronoun) for a synthetic patient; ``sex`` is "f", "m", "child" or ""."""
    last = pick(rng, LAST)
    if sex == "child":
        first = pick(rng, _CHILD)
        return f"{first} {last} (child)", first, "she" if first in ("Isla", "Freya", "Ruby", "Aroha") else "he"
    female = sex == "f" or (sex == "" and rng.random() < 0.5)
    first = pick(rng, _FEMALE if female else _MALE)
    title = pick(rng, ["Mrs", "Ms", "Miss"]) if female else "Mr"
    return f"{title} {first[0]}. {last}", first, "she" if female else "he"


def ident(rng: random.Random) -> str:
    """A hospital or health number."""
    return pick(rng, [f"NHS No. {rng.randint(400, 499)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}", f"MRN {rng.randint(1000000, 9999999)}",
                      f"UR {rng.randint(100000, 999999)}", f"CHI {rng.randint(1000000000, 3199999999)}", f"Hosp. no. K{rng.randint(100000, 999999)}"])


_PMH = ("type 2 diabetes on metformin", "hypertension", "atrial fibrillation on apixaban", "COPD (FEV1 1.4 L)", "previous TIA 2018", "osteoarthritis of both knees",
        "hypothyroidism", "chronic kidney disease stage 3a", "depression, well controlled", "previous cholecystectomy", "gout", "asthma since childhood",
        "ischaemic heart disease with two stents", "glaucoma", "obstructive sleep apnoea on CPAP")
_MEDS = ("ramipril 5 mg od", "atorvastatin 40 mg nocte", "metformin 1 g bd", "apixaban 5 mg bd", "levothyroxine 100 micrograms od", "omeprazole 20 mg od",
         "paracetamol 1 g qds prn", "amlodipine 10 mg od", "sertraline 50 mg od", "tiotropium inhaler", "allopurinol 100 mg od", "bisoprolol 2.5 mg od")
_SOCIAL = ("Lives with {poss} husband in a bungalow; independent with all activities of daily living.",
           "Retired from the Post Office, lives alone, daughter nearby. Ex-smoker of 30 pack-years, stopped 2015.",
           "Works part-time as a teaching assistant. Drinks about 10 units a week. Never smoked.",
           "Farmer, still working. Drives to appointments. Smokes 10 a day and has been referred to the stop-smoking service.",
           "Lives with {poss} partner and two teenage children. Keen gardener. No alcohol.",
           "Carer for {poss} elderly mother, which makes daily attendance difficult; transport has been arranged.")
_EXAM = ("On examination {pr} looked well. ECOG performance status {ps}. Weight {kg} kg.", "Examination: alert and comfortable, WHO PS {ps}, BMI {bmi}.",
         "{Pr} was comfortable at rest. Chest clear, heart sounds normal, abdomen soft and non-tender. PS {ps}.",
         "Clinically well, mildly breathless on walking from the car park. Performance status {ps}; weight {kg} kg, down 3 kg in two months.")
_BLOODS = ("Bloods on {d}: Hb {hb} g/L, WCC {wcc}, platelets {plt}, creatinine {cr} umol/L, eGFR {egfr} mL/min/1.73m2.",
           "Latest U&E ({d}): Na 139, K 4.4, urea 6.1, creatinine {cr} umol/L (eGFR {egfr}).",
           "FBC {d}: Hb {hb}, plts {plt}. Renal function: creatinine {cr} umol/L.")
_COURSE = (
    "{Pr} first noticed symptoms about {n} months ago and saw {poss} GP, who made a two-week-wait referral. {Pr} was seen promptly in the rapid-access clinic and "
    "the diagnosis was made after a series of investigations, which {pr} found tiring but manageable.",
    "The diagnosis was discussed with {obj} and {poss} family in clinic on {d}. {Pr} asked sensible questions about side effects, travel and time off work, and "
    "was given written information and the contact number for the specialist nurse.",
    "{Pr} completed {n} cycles of systemic treatment with some fatigue and one admission with neutropenic sepsis, treated with IV antibiotics on the acute "
    "oncology ward, from which {pr} recovered fully.",
    "Since the last clinic {pr} has had some low mood and poor sleep. {Pr} has been referred to the psycho-oncology service and Macmillan benefits advice.",
    "We discussed the aims of treatment, the schedule of daily attendances, and the acute and late side effects, including fatigue, skin reaction and the "
    "small risk of serious late effects. Written consent was obtained on {d} and a copy given to {obj}.",
    "{Pr} has a holiday booked for {month} and we agreed that treatment should go ahead as planned; {pr} will rebook the trip.",
    "There were no concerns raised by the holistic needs assessment apart from fatigue and worry about money. The clinical nurse specialist will follow up.",
    "{Poss} pain is controlled with regular paracetamol and occasional oramorph 5 mg, used about twice a day. Bowels open regularly on laxatives.",
    "{Pr} remains keen to continue working as much as possible through treatment and has spoken to {poss} employer about flexible hours.",
)


def _fill(t: str, rng: random.Random, pr: str) -> str:
    poss = "her" if pr == "she" else "his"
    obj = "her" if pr == "she" else "him"
    return t.format(pr=pr, Pr=pr.capitalize(), poss=poss, Poss=poss.capitalize(), obj=obj, n=rng.randint(2, 8), d=date(rng),
                    month=pick(rng, ["June", "September", "the spring", "Christmas"]), ps=rng.randint(0, 2), kg=rng.randint(52, 104),
                    bmi=rng.randint(19, 36), ckg=rng.randint(11, 22), hb=rng.randint(96, 152), wcc=round(rng.uniform(3.5, 11.0), 1), plt=rng.randint(140, 420),
                    cr=rng.randint(58, 135), egfr=rng.randint(48, 90))


_CHILD_POOL = (
    "Born at term, normal milestones until {poss} illness. Lives with both parents and an older brother; attends nursery three mornings a week.",
    "{Pr} presented with early-morning vomiting and unsteadiness over {n} weeks and was admitted via the children's emergency department.",
    "The play specialist has visited twice to show {obj} the room and the shell, using a doll and photographs.",
    "Weight {ckg} kg (25th centile). Tolerating nasogastric feeds overnight. Port-a-cath in situ.",
    "Parents have met the paediatric oncology outreach nurse and the family support worker; travel costs are being covered.",
    "Fertility and growth issues were discussed with the parents, who signed consent on {d}.",
    "On {d} {pr} had a febrile episode on the ward, treated with IV antibiotics per the febrile neutropenia pathway; cultures were negative.",
    "Bloods {d}: Hb {hb}, platelets {plt}, creatinine {cr} umol/L.",
    "Endocrine and audiology baselines were done on {d}.",
)


def history_paragraphs(rng: random.Random, pronoun: str, n: int, child: bool = False) -> list[str]:
    """``n`` paragraphs of background (course, past history, medication, social, exam, bloods)."""
    out: list[str] = []
    if child:
        pool_c = list(_CHILD_POOL)
        rng.shuffle(pool_c)
        return [_fill(pool_c[i % len(pool_c)], rng, pronoun) for i in range(min(n, len(pool_c)))]
    course = list(_COURSE)
    rng.shuffle(course)
    pmh = rng.sample(_PMH, rng.randint(2, 5))
    meds = rng.sample(_MEDS, rng.randint(2, 6))
    pool = [
        "Past medical history: " + "; ".join(pmh) + ".",
        "Medication: " + ", ".join(meds) + ". " + pick(rng, ["No known drug allergies.", "Allergic to penicillin (rash).", "Allergy: elastoplast."]),
        _fill(pick(rng, _SOCIAL), rng, pronoun),
        _fill(pick(rng, _EXAM), rng, pronoun),
        _fill(pick(rng, _BLOODS), rng, pronoun),
    ] + [_fill(c, rng, pronoun) for c in course]
    for i in range(n):
        if i < len(pool):
            out.append(pool[i])
        else:
            out.append(_fill(interval(rng), rng, pronoun))
    return out


_CLINICS = ("nurse-led review clinic", "acute oncology assessment unit", "GP surgery", "combined clinic", "telephone clinic", "pre-assessment clinic")
_SYMPT = ("{pr} had a urinary tract infection treated with nitrofurantoin", "{poss} ankle swelling was attributed to amlodipine",
          "{pr} asked about driving during treatment", "{pr} had lost 4 kg and the dietitian was involved",
          "{pr} had a flare of gout in the right great toe", "{poss} husband or partner was unwell and {pr} had missed an appointment",
          "{pr} complained of a dry cough for three weeks", "{pr} was worried about the cost of parking",
          "{pr} reported increased tiredness and a poor appetite", "{pr} described a dull ache that wakes {obj} at night about twice a week",
          "{pr} had a chest infection treated with oral amoxicillin", "{poss} blood sugars had been running high, up to 14 mmol/L",
          "{pr} was struggling with constipation from the codeine", "{pr} had fallen at home without injury", "{pr} felt well and had put on 1 kg",
          "{pr} mentioned numbness in both feet since chemotherapy", "{poss} daughter rang with concerns about {poss} memory")
_ACT = ("A short course of colchicine was prescribed.", "The specialist nurse phoned the following week and things had settled.",
        "{Pr} was advised not to drive until reviewed.", "Supplement drinks were started twice a day.",
        "The appointment was rebooked and transport organised.", "A chest X-ray was arranged by the GP and was clear.",
        "Laxatives were increased and the codeine stopped.", "The diabetes team adjusted {poss} gliclazide.", "A district nurse referral was made.",
        "No change to the plan was needed.", "Bloods were checked and were satisfactory.", "{Pr} was given a leaflet on fatigue management.",
        "A falls assessment was arranged with community physiotherapy.", "Sleep hygiene was discussed and {pr} declined sleeping tablets.")


def interval(rng: random.Random) -> str:
    """One dated interval-history template (filled by the caller)."""
    if rng.random() < 0.3:
        return pick(rng, ["Telephone contact on {d}: ", "Nurse note {d}: ", "GP letter received {d}: ", "Ward round {d}: "]) + pick(rng, _SYMPT) + ". " + pick(rng, _ACT)
    return f"On {{d}} {pick(rng, ['was seen in the', 'attended the', 'was reviewed in the'])} {pick(rng, _CLINICS)}: {pick(rng, _SYMPT)}. {pick(rng, _ACT)}".replace(
        "On {d} was", "On {d} {pr} was").replace("On {d} attended", "On {d} {pr} attended")
