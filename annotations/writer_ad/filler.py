"""Non-evidence text: history, exam, medications, labs, consent; speech-recognition damage of plain text."""

from __future__ import annotations

import random
import re

NUMWORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def num(rng: random.Random, n: int, cap: bool = False) -> str:
    if n < len(NUMWORDS) and rng.random() < 0.55:
        word = NUMWORDS[n]
        return word.capitalize() if cap else word
    return str(n)


def date(rng: random.Random, year: int | None = None) -> str:
    y = year or rng.choice([2023, 2024, 2024, 2025])
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    form = rng.randrange(4)
    if form == 0:
        return f"{m}/{d}/{y}"
    if form == 1:
        return f"{m:02d}/{d:02d}/{str(y)[2:]}"
    if form == 2:
        return f"{m}/{d}"
    return f"{['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} {d}"


PMH = [
    "hypertension",
    "type 2 diabetes on metformin",
    "COPD on home O2 at night",
    "atrial fibrillation on apixaban",
    "CKD stage 3, baseline creatinine 1.6",
    "hypothyroidism",
    "GERD",
    "prior MI with stent 2016",
    "obesity, BMI 41",
    "depression",
    "osteoarthritis of both knees",
    "sleep apnea on CPAP",
    "gout",
    "peripheral neuropathy",
    "hyperlipidemia",
    "remote DVT",
    "macular degeneration",
    "benign prostatic hypertrophy",
]
MEDS = [
    "lisinopril 20 mg daily",
    "metformin 1000 mg BID",
    "atorvastatin 40",
    "apixaban 5 mg BID",
    "levothyroxine 88 mcg",
    "oxycodone 5 mg q6h prn",
    "gabapentin 300 TID",
    "tamsulosin",
    "omeprazole 20",
    "sertraline 50",
    "dexamethasone 4 mg BID",
    "senna and miralax",
    "ondansetron prn",
    "amlodipine 10",
    "letrozole 2.5 mg",
    "insulin glargine 22 units qhs",
]
SOCIAL = [
    "Lives with {his} spouse on a farm outside Okonee, still drives.",
    "Retired long haul trucker, lives alone, a daughter nearby checks on {him}.",
    "Former smoker, quit 2009, about 40 pack years. Drinks a couple beers on weekends.",
    "Never smoker. No alcohol. Works part time at the feed store.",
    "Current smoker one pack a day, we talked about quitting again, {he} is not interested right now.",
    "Lives in assisted living at Birchmont Commons, uses a walker.",
    "Works as a school bus driver, wants to keep working during treatment if possible.",
    "Married, two grown kids, one lives in town. Has transportation through the county van.",
]
SOCIAL_PEDS = [
    "Lives with mom, dad and an older brother in Harlan Ridge.",
    "Goes to daycare three days a week, not currently attending.",
    "Parents both work, grandmother helps with rides.",
    "Child life has met the family and did a practice run with the mask.",
]
FAMILY = [
    "Mother had breast cancer in her 60s.",
    "Father died of colon cancer.",
    "No family history of cancer that is known.",
    "Brother with prostate cancer treated with seeds somewhere in Ohio.",
    "Sister had lymphoma as a teenager, alive and well.",
]
ROS_POS = [
    "fatigue",
    "mild weight loss",
    "night sweats",
    "decreased appetite",
    "some shortness of breath on stairs",
    "intermittent pain rated 6/10",
    "constipation from the narcotics",
    "poor sleep",
]
ROS_NEG = [
    "fevers",
    "chills",
    "chest pain",
    "hemoptysis",
    "hematuria",
    "headaches",
    "vision changes",
    "new weakness",
    "bowel or bladder incontinence",
    "bleeding",
]
EXAM = [
    [
        "Gen: well appearing, NAD, ambulatory without assist.",
        "Gen: thin, chronically ill appearing, in a wheelchair today.",
        "General: pleasant, talkative.",
    ],
    ["HEENT: no thrush, mucosa moist. Neck supple.", "HEENT: dentition poor, no lesions seen."],
    [
        "Lungs: diminished at the bases, no wheeze.",
        "Lungs: clear bilaterally.",
        "Chest: scattered rhonchi, clears with cough.",
    ],
    ["CV: irregularly irregular, no murmur.", "CV: RRR.", "Heart regular, 2/6 systolic murmur."],
    ["Abd: soft, nontender, no HSM.", "Abdomen soft, mildly distended, bowel sounds present."],
    ["Ext: trace edema bilaterally.", "Extremities without edema.", "1+ pitting edema at the ankles."],
    [
        "Neuro: alert and oriented, strength 5/5 throughout, gait steady.",
        "Neuro: nonfocal.",
        "Neuro grossly intact, mild neuropathy feet.",
    ],
    ["Skin: no rash, healed incision well.", "Skin intact."],
    ["Lymph: no palpable cervical or supraclavicular adenopathy.", "No palpable adenopathy."],
]
LABS = [
    "Hgb 11.2, plt 188, WBC 6.1",
    "creatinine 0.9, eGFR > 60",
    "creatinine 1.7, eGFR 38",
    "CEA 4.1",
    "PSA 8.9",
    "albumin 3.1",
    "TSH normal",
    "Hgb 9.8 after cycle 3",
    "LFTs within normal limits",
    "glucose 212 this morning",
]
COURSE = [
    "Seen by {ref} in clinic on {d}, referred to us for radiation.",
    "Discussed at the multidisciplinary tumor board {d}, consensus was for radiation as below.",
    "Started chemotherapy {d} with reasonable tolerance, one dose delay for neutropenia.",
    "Hospitalized {d} for pneumonia, treated and discharged after 3 days.",
    "Had a fall at home {d}, no fracture on X-ray.",
    "Biopsy {d} at {hosp} confirmed the diagnosis.",
    "Surgery {d} with {ref}, uncomplicated recovery except a small seroma.",
    "Saw palliative care {d}, pain regimen adjusted.",
    "Was seen in our clinic {d} for consultation, consented at that time.",
    "ED visit {d} for dehydration, got two liters and went home.",
    "Genetics referral placed {d}, results still pending.",
    "Dental clearance obtained {d}.",
]
DISCUSSION = [
    "We spent a good while going over the goals of treatment today, and the family understands the intent of the radiation and what we hope to accomplish with it.",
    "I explained again that the daily treatments themselves are painless and only take a few minutes, most of the appointment is getting set up correctly.",
    "The patient asked about the timing with chemotherapy and I told them we would coordinate directly with the medical oncology office so nothing overlaps in a way that is unsafe.",
    "Distress screening score today was 6, social work has been asked to reach out about the gas cards and the lodging program.",
    "Nutrition will see weekly during treatment given the weight trend over the last two months.",
    "We talked through code status briefly, full code for now, and the family would like to revisit that after treatment.",
    "Advance directive is on file from 2021 per the chart.",
    "Questions about work and disability paperwork were answered, forms given to the front desk to complete.",
    "They live about 50 minutes away and prefer early morning slots, scheduling was notified.",
    "Reviewed the outside records that came over by fax from the referring office, nothing new of significance.",
]
CONSENT = [
    "Risks and benefits were reviewed again today including fatigue, skin changes and the site specific side effects, consent is on the chart.",
    "We went over the process again, what happens on the treatment table, how long each visit takes, and she signed the consent.",
    "He had questions about driving himself, I told him that should be fine, and about whether he'd be radioactive, which he will not.",
    "Family was present at bedside and agree with the plan, all questions answered.",
]
LOGISTICS = [
    "First treatment is tentatively scheduled in about a week once physics finishes the QA.",
    "Transportation arranged with the county van for daily visits.",
    "Dosimetry to contour and plan, target start next Monday.",
    "Patient given the schedule sheet and our main number.",
    "Will see weekly in OTV, sooner as needed.",
]


GOALS = [
    "Goals of care: {he} wants to be around for a grandchild's wedding in the fall and understands the treatment is aimed at that.",
    "We reviewed the expected timeline, the week by week side effects, and when they usually settle down after the last treatment.",
    "Pain is currently controlled on the regimen above, although mornings are the worst, and we adjusted the timing of the long acting dose.",
    "Appetite has dropped off and weight is down about four pounds since the last visit, dietitian will follow.",
    "Sleep is fragmented, mostly from worry, and {he} declined a sleep aid for now but will let us know.",
    "The spouse asked good questions about infection risk and whether the grandchildren can visit, which is fine.",
    "Transportation has been the main barrier and the county van schedule was confirmed for the full course.",
    "{he} is a retired machinist and likes to understand the equipment, so the therapists showed the machine after the visit.",
    "Home health is already involved for wound care twice weekly and will continue.",
    "Prior authorization was submitted by our office and is still pending at the time of this note.",
]


def long_filler(rng: random.Random, ctx: dict, words_needed: int) -> list[tuple[str, str]]:
    """Return (key, text) filler sections, about ``words_needed`` words (no evidence in any); each kind at most once."""
    he = ctx.get("he", "she")
    pron = {"he": he, "his": "his" if he == "he" else "her", "him": "him" if he == "he" else "her"}
    peds = ctx.get("peds", False)
    fmt = {"ref": rng.choice(ctx["refs"]), "hosp": ctx["hosp"]}
    course = rng.sample(COURSE, 8)
    texts: dict[str, str] = {}
    texts["hpi"] = " ".join(
        [ctx["intro"]]
        + [h[0].upper() + h[1:] + "." for h in ctx["hist"]]
        + [e.format(d=date(rng), **fmt) for e in course[:3]]
    )
    texts["course"] = " ".join(e.format(d=date(rng), **fmt) for e in course[3:])
    texts["pmh"] = (
        "PMH: "
        + (
            ", ".join(rng.sample(PMH, rng.randint(4, 7)))
            if not peds
            else "born at 38 weeks, no other medical problems, vaccines up to date"
        )
        + "."
    )
    texts["meds"] = (
        "Meds: "
        + (
            rng.choice(["; ", ", "]).join(rng.sample(MEDS, rng.randint(5, 8)))
            if not peds
            else "ondansetron prn, acetaminophen prn"
        )
        + "."
    )
    texts["social"] = " ".join(rng.sample(SOCIAL_PEDS if peds else SOCIAL, 2)).format(**pron)
    texts["family"] = rng.choice(FAMILY)
    pos = rng.sample(ROS_POS, rng.randint(1, 3))
    neg = rng.sample(ROS_NEG, rng.randint(4, 7))
    texts["ros"] = (
        f"ROS: positive for {', '.join(pos)}. Negative for {', '.join(neg)}. All other systems reviewed and negative."
    )
    bp = f"BP {rng.randint(104, 168)}/{rng.randint(58, 96)}, HR {rng.randint(58, 104)}, wt {rng.randint(98, 131) if not peds else rng.randint(11, 28)} kg"
    texts["exam"] = f"Exam: {bp}. " + " ".join(rng.choice(group) for group in EXAM if rng.random() < 0.8)
    texts["labs"] = "Labs " + date(rng) + ": " + "; ".join(rng.sample(LABS, rng.randint(3, 5))) + "."
    texts["consent"] = " ".join(rng.sample(CONSENT, 2))
    texts["logistics"] = " ".join(rng.sample(LOGISTICS, 3))
    texts["discussion"] = " ".join(rng.sample(DISCUSSION, rng.randint(6, 10)))
    texts["goals"] = " ".join(
        g.format(**pron).replace(". he ", ". He ").replace(". she ", ". She ")
        for g in rng.sample(GOALS, rng.randint(5, 9))
    )
    texts["goals"] = texts["goals"][0].upper() + texts["goals"][1:]
    order = [
        "course",
        "pmh",
        "meds",
        "social",
        "family",
        "ros",
        "exam",
        "labs",
        "discussion",
        "consent",
        "logistics",
        "goals",
    ]
    rng.shuffle(order)
    order = ["hpi"] + order
    sections: list[tuple[str, str]] = []
    total = 0
    for key in order:
        if total >= words_needed:
            break
        sections.append((key, texts[key]))
        total += len(texts[key].split())
    return sections


# ---- speech recognition damage, plain text only (never touches negation words or evidence) ----
HOMOPHONES = [
    (r"\bsim\b", "sin", 0.35),
    (r"\bbolus\b", "bonus", 0.6),
    (r"\bVac-Lok\b", "vac lock", 0.6),
    (r"\bIMRT\b", "I'm RT", 0.6),
    (r"\bmets\b", "mats", 0.3),
    (r"\bfractions\b", "factions", 0.25),
    (r"\bthermoplastic\b", "thermal plastic", 0.5),
    (r"\bisocenter\b", "ISO center", 0.4),
    (r"\btattoos\b", "tattoo's", 0.4),
    (r"\bprone\b", "prawn", 0.25),
    (r"\bpatient's\b", "patients", 0.5),
    (r"\bAquaplast\b", "aqua plast", 0.5),
    (r"\bcGy\b", "centigray", 0.4),
    (r"\bwingboard\b", "wing bored", 0.3),
    (r"\bdosimetry\b", "dose symmetry", 0.25),
    (r"\bconsent\b", "consents", 0.2),
    (r"\bedema\b", "a demo", 0.3),
    (r"\bcreatinine\b", "creatine", 0.3),
    (r"\bmetformin\b", "met for men", 0.3),
    (r"\bkyphosis\b", "chi foces", 0.3),
    (r"\bfiducials\b", "fiduciary's", 0.4),
    (r"\bseminal vesicles\b", "seminal vesicle's", 0.3),
    (r"\bwell appearing\b", "well a paring", 0.2),
    (r"\bNAD\b", "and AD", 0.2),
    (r"\bPSA\b", "PS A", 0.2),
]


def sr_damage(rng: random.Random, text: str, level: float) -> str:
    """Homophones and near-misses, each with its own chance scaled by ``level``."""
    for pattern, repl, chance in HOMOPHONES:
        text = re.sub(pattern, lambda m, r=repl, c=chance: r if rng.random() < c * level else m.group(0), text)
    return text


def spoken_commands(rng: random.Random, text: str, level: float) -> str:
    """Leave dictated punctuation commands in the text, as front-end recognition sometimes does."""

    def period(m: re.Match) -> str:
        return " period " + m.group(1) if rng.random() < 0.22 * level else m.group(0)

    text = re.sub(
        r"(?<!Dr)(?<!vs)\.\s([A-Za-z])(?=[a-z ])",
        lambda m: (" period " + m.group(1).lower()) if rng.random() < 0.22 * level else m.group(0),
        text,
    )
    text = re.sub(r",(\s)", lambda m: (" comma" + m.group(1)) if rng.random() < 0.2 * level else m.group(0), text)
    text = re.sub(r"\n\n", lambda m: (" new paragraph ") if rng.random() < 0.35 * level else m.group(0), text)
    del period
    return text


def lower_starts(rng: random.Random, text: str, chance: float) -> str:
    return re.sub(
        r"(^|(?<!Dr)[.!?]\s+|\n)([A-Z])([a-z])",
        lambda m: m.group(1) + (m.group(2).lower() if rng.random() < chance else m.group(2)) + m.group(3),
        text,
    )
