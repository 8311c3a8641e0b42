"""Non-evidence text: history, ROS, exam, medications, social, labs, logistics and long-note blocks."""

from __future__ import annotations

import random

MEDS = [
    ("lisinopril", "10 mg daily"),
    ("metformin", "500 mg BID"),
    ("atorvastatin", "40 mg qhs"),
    ("tamsulosin", "0.4 mg daily"),
    ("oxycodone", "5 mg q4h prn"),
    ("dexamethasone", "4 mg BID"),
    ("ondansetron", "8 mg q8h prn"),
    ("levothyroxine", "88 mcg daily"),
    ("apixaban", "5 mg BID"),
    ("gabapentin", "300 mg TID"),
    ("omeprazole", "20 mg daily"),
    ("sertraline", "50 mg daily"),
    ("leuprolide", "q3 months"),
    ("anastrozole", "1 mg daily"),
    ("morphine ER", "15 mg BID"),
    ("senna", "2 tabs qhs"),
    ("insulin glargine", "22 units qhs"),
    ("albuterol", "2 puffs prn"),
    ("furosemide", "20 mg daily"),
    ("lorazepam", "0.5 mg prn anxiety"),
    ("carvedilol", "6.25 mg BID"),
    ("prochlorperazine", "10 mg prn"),
]
SYMPTOMS = [
    "fatigue",
    "weight loss of {kg} kg",
    "night sweats",
    "cough",
    "dysphagia to solids",
    "hematuria",
    "rectal bleeding",
    "bone pain rated {p}/10",
    "headaches",
    "nausea",
    "hoarseness",
    "shortness of breath on exertion",
    "poor appetite",
    "constipation",
    "numbness in both feet",
]
SYSTEMS = ["Constitutional", "Eyes", "ENT", "Cardiac", "Resp", "GI", "GU", "MSK", "Skin", "Neuro", "Psych", "Heme"]
EXAM_BITS = [
    "alert, oriented x3",
    "no acute distress",
    "lungs with scattered rhonchi",
    "lungs clear",
    "heart regular, no murmur",
    "abdomen soft, nontender",
    "no cervical adenopathy",
    "healed surgical scar",
    "trace pedal edema",
    "moist oral mucosa",
    "gait slow, uses a cane",
    "mild erythema of the skin",
    "strength 5/5 throughout",
    "thrush on the palate",
    "dentition poor",
    "in a wheelchair",
]
SOCIAL = [
    "Lives on a cattle ranch {mi} miles out of town with {who}.",
    "Former smoker, {py} pack-years, quit {yr}.",
    "Current smoker, {ppd} ppd; counseled.",
    "Drinks {dr} beers on weekends.",
    "Retired {job}.",
    "Works as a {job}; plans to keep working part time.",
    "No running water at the cabin in winter; stays with {who} in town.",
    "Drives {mi} miles each way; gravel road can wash out.",
    "Uses tribal transportation services.",
    "Veteran, gets some care through the VA clinic.",
]
WHO = ["his wife", "her husband", "a daughter", "two grandsons", "her sister", "nobody (widowed)", "a roommate"]
JOBS = ["wheat farmer", "school bus driver", "welder", "grain elevator operator", "teacher", "rancher", "trucker"]
COURSE_EVENTS = [
    "seen by {ref} for {sym}",
    "imaging ordered by the PA at {ref}",
    "biopsy done at Meridian",
    "tumor board at Meridian (by video)",
    "started {chemo} cycle {n}",
    "ER visit at our hospital for {sym}",
    "admitted {n} days for pain control",
    "surgery at Meridian, discharged POD {n}",
    "port placed",
    "dental extraction x{n} before RT",
    "nutrition consult, {kg} kg down",
    "hospice info visit",
    "PT/OT evaluation",
]
CHEMO = [
    "carboplatin/paclitaxel",
    "cisplatin",
    "capecitabine",
    "FOLFOX",
    "gemcitabine",
    "ABVD",
    "R-CHOP",
    "temozolomide",
]
LABS = ["WBC {wbc}", "Hgb {hgb}", "Plt {plt}", "Cr {cr}", "eGFR {egfr}", "Na {na}", "K {k}", "glucose {glu}"]
GOALS = [
    "Goals of care reviewed; pt wants to stay at home as long as possible.",
    "Code status full code; POLST on file.",
    "DNR/DNI confirmed; daughter is the health care POA.",
    "Discussed hospice; family undecided.",
    "Pt wants to finish before calving season.",
    "Wants to be home for a grandchild's wedding in {mo}.",
]
FAMILY = [
    "Mother had breast cancer in her 60s.",
    "Father died of lung cancer.",
    "No family history of cancer known.",
    "Sister with colon cancer, age {age}.",
    "Brother with prostate cancer on surveillance.",
]
CONSENT = [
    "Consent reviewed and signed; risks incl. fatigue, skin reaction, {tox}.",
    "Informed consent obtained at consult, re-confirmed today.",
    "Questions answered; pt agrees to proceed.",
    "Written consent on chart (signed {date}).",
]
TOXES = ["diarrhea", "mucositis", "esophagitis", "cystitis", "pneumonitis", "hair loss", "fatigue", "dermatitis"]
LOGISTICS = [
    "Treatment start targeted for {date}.",
    "Pt will stay at the hospital hospitality house during treatment.",
    "Transportation arranged through the county.",
    "Next locum arrives {date}; plan approval may shift.",
    "Physics check by remote physicist before first fraction.",
    "Chemo coordination with the oncology clinic in {ref}.",
    "Daily treatment at 8:15; pt prefers mornings.",
]
TIMEOUT = [
    "Time-out performed with two identifiers.",
    "Pt identity verified (name/DOB).",
    "Universal protocol followed.",
    "ID band checked.",
]
SR_HOMOPHONES = [
    ("patient's", "patience"),
    ("their", "there"),
    ("weighed", "way"),
    ("course", "coarse"),
    ("plain", "plane"),
    ("sees", "seizes"),
]


def vals(rng: random.Random) -> dict[str, object]:
    """Return fresh random slot values for one phrase."""
    return {
        "kg": rng.randint(2, 14),
        "p": rng.randint(3, 9),
        "mi": rng.choice([18, 35, 52, 64, 80, 95, 120, 140]),
        "py": rng.randint(8, 70),
        "yr": rng.randint(1988, 2023),
        "ppd": rng.choice(["0.5", "1", "1.5", "2"]),
        "dr": rng.randint(2, 12),
        "who": rng.choice(WHO),
        "job": rng.choice(JOBS),
        "chemo": rng.choice(CHEMO),
        "n": rng.randint(2, 7),
        "sym": rng.choice(["pain", "fever", "dehydration", "bleeding", "falls", "confusion"]),
        "ref": rng.choice(["Ash Fork", "Cottonwood", "Dry Creek", "Pawnee Bend", "Big Sandy", "Kettle Butte"]),
        "wbc": round(rng.uniform(2.1, 12.5), 1),
        "hgb": round(rng.uniform(8.0, 15.2), 1),
        "plt": rng.randint(88, 410),
        "cr": round(rng.uniform(0.6, 1.9), 2),
        "egfr": rng.randint(31, 99),
        "na": rng.randint(129, 144),
        "k": round(rng.uniform(3.2, 5.3), 1),
        "glu": rng.randint(78, 260),
        "mo": rng.choice(["June", "August", "October", "December", "March"]),
        "age": rng.randint(38, 80),
        "tox": rng.choice(TOXES),
        "date": date(rng),
    }


def date(rng: random.Random) -> str:
    """Return an invented date in one of several formats."""
    m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.choice([2023, 2024, 2025])
    form = rng.randrange(4)
    if form == 0:
        return f"{m:02d}/{d:02d}/{y}"
    if form == 1:
        return f"{m}/{d}/{str(y)[2:]}"
    if form == 2:
        return f"{m}/{d}"
    return f"{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} {d}"


def fill(rng: random.Random, template: str) -> str:
    """Fill a template's slots with fresh random values."""
    return template.format(**vals(rng))


def history(rng: random.Random, dx: str, age: int, sex: str) -> list[str]:
    """Return a few HPI sentences."""
    syms = rng.sample(SYMPTOMS, 2)
    opener = rng.choice(
        [
            f"{age} yo {sex} with {dx}.",
            f"Pt is a {age}-year-old {sex}, dx {dx}.",
            f"This is a {age} y/o {sex} referred for {dx}.",
            f"{age}{sex[0].upper()} - {dx}.",
        ]
    )
    out = [opener]
    out.append(fill(rng, f"Presented with {syms[0]} and {syms[1]} over about {rng.randint(2, 9)} weeks."))
    if rng.random() < 0.6:
        out.append(fill(rng, "Seen at {ref} first, then referred here because Meridian is 3 hours away."))
    return out


def ros(rng: random.Random) -> str:
    """Return a review of systems line."""
    chosen = sorted(rng.sample(SYSTEMS, rng.randint(4, 8)), key=SYSTEMS.index)
    bits = []
    for system in chosen:
        if rng.random() < 0.25:
            bits.append(f"{system}: +{fill(rng, rng.choice(SYMPTOMS))}")
        else:
            bits.append(f"{system}: {rng.choice(['neg', 'negative', 'denies', 'no complaints', 'unremarkable'])}")
    return "; ".join(bits) + "."


def exam(rng: random.Random) -> str:
    """Return an exam line with vitals."""
    vit = (
        f"BP {rng.randint(98, 168)}/{rng.randint(56, 98)}, HR {rng.randint(58, 112)}, "
        f"T {round(rng.uniform(36.1, 37.9), 1)}, Wt {round(rng.uniform(44.0, 131.0), 1)} kg"
    )
    perf = rng.choice([f"ECOG {rng.randint(0, 3)}", f"KPS {rng.choice([50, 60, 70, 80, 90])}"])
    return f"{vit}. {perf}. " + ", ".join(rng.sample(EXAM_BITS, rng.randint(3, 6))) + "."


def meds(rng: random.Random) -> str:
    """Return a medication list line."""
    chosen = rng.sample(MEDS, rng.randint(3, 8))
    sep = rng.choice(["; ", ", ", " / "])
    return sep.join(f"{name} {dose}" for name, dose in chosen)


def social(rng: random.Random) -> str:
    """Return social history sentences."""
    return " ".join(fill(rng, s) for s in rng.sample(SOCIAL, rng.randint(2, 4)))


def labs(rng: random.Random) -> str:
    """Return a labs line."""
    return fill(rng, ", ".join(rng.sample(LABS, rng.randint(3, 6)))) + f" ({date(rng)})."


def course(rng: random.Random, count: int) -> list[str]:
    """Return dated interval-course lines."""
    return [f"{date(rng)}: {fill(rng, rng.choice(COURSE_EVENTS))}." for _ in range(count)]


def pick(rng: random.Random, pool: list[str], count: int = 1) -> list[str]:
    """Return ``count`` filled phrases from a pool."""
    return [fill(rng, p) for p in rng.sample(pool, min(count, len(pool)))]


TYPO_PROTECT = {"no", "not", "without", "denies", "never", "none", "negative", "declined", "held", "addendum"}


def typo(rng: random.Random, text: str, rate: float = 0.06) -> str:
    """Introduce letter swaps, drops and doubled spaces in plain text (never in negation words)."""
    words = text.split(" ")
    out = []
    for word in words:
        core = word.strip(".,;:()").lower()
        if len(word) > 4 and word.isalpha() and core not in TYPO_PROTECT and rng.random() < rate:
            i = rng.randrange(1, len(word) - 2)
            kind = rng.randrange(3)
            if kind == 0:
                word = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
            elif kind == 1:
                word = word[:i] + word[i + 1 :]
            else:
                word = word[:i] + word[i] + word[i:]
        out.append(word)
    joined = " ".join(out)
    if rng.random() < 0.5:
        joined = joined.replace(". ", ".  ", 1)
    return joined


ABBREV = [
    ("patient", "pt"),
    ("Patient", "Pt"),
    (" with ", " w/ "),
    (" without ", " w/o "),
    ("status post", "s/p"),
    ("history of", "hx of"),
    ("treatment", "tx"),
    ("simulation", "sim"),
    ("approximately", "~"),
    (" and ", " & "),
    ("weeks", "wks"),
    ("follow up", "f/u"),
    ("radiation", "RT"),
    ("before", "prior to"),
]


def terse(text: str) -> str:
    """Abbreviate plain text (surfaces are untouched by the caller)."""
    for long, short in ABBREV:
        text = text.replace(long, short)
    return text
