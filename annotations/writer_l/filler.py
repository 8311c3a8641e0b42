"""Long-note filler: history, medications, review of systems, examination, labs and counselling."""

from __future__ import annotations

import random

from .phrases import pick

SYMPTOMS = (
    "fatigue",
    "weight loss of {n} kg over {m} months",
    "night sweats",
    "intermittent pain rated {p}/10",
    "poor appetite",
    "mild dyspnoea on hills",
    "a cough productive of clear sputum",
    "altered bowel habit",
    "difficulty sleeping",
)
PMH = (
    "type 2 diabetes (HbA1c {a}%)",
    "hypertension",
    "COPD, GOLD {g}",
    "atrial fibrillation on anticoagulation",
    "hypothyroidism",
    "chronic kidney disease stage {g}",
    "previous MI with stent ({y})",
    "osteoarthritis of both knees",
    "depression, stable",
    "gout",
    "obstructive sleep apnoea on CPAP",
)
MEDS = (
    "metformin {d} mg twice daily",
    "amlodipine {s} mg daily",
    "apixaban 5 mg twice daily",
    "levothyroxine {t} mcg daily",
    "atorvastatin {s}0 mg nightly",
    "oxycodone 5 mg every 6 hours as needed",
    "ondansetron 8 mg as needed",
    "pantoprazole 40 mg daily",
    "sertraline 50 mg daily",
    "tiotropium inhaler daily",
    "paracetamol 1 g four times daily",
    "dexamethasone {s} mg daily",
    "allopurinol 100 mg daily",
    "senna 2 tabs at night",
)
SOCIAL = (
    "Lives on a sheep farm {k} km from the hub; drives in with her son.",
    "Retired bus driver, lives alone in town, {k} km from the satellite clinic.",
    "Works part time at the co-op; ex-smoker, {py} pack-years, quit {q} years ago.",
    "Current smoker, {py} pack-years; drinks {u} units a week.",
    "Lives with partner on a dairy farm; relies on the community transport van.",
    "Former miner; never smoked; grandchildren nearby.",
)
ROS = (
    ("Constitutional", ("fatigue", "no fevers", "weight stable", "appetite reduced")),
    ("Eyes", ("no visual change", "wears reading glasses")),
    ("ENT", ("no dysphagia", "mild dry mouth", "no hoarseness")),
    ("Cardiovascular", ("no chest pain", "ankle swelling in the evenings", "no palpitations")),
    ("Respiratory", ("no haemoptysis", "cough as above", "no wheeze")),
    ("GI", ("no nausea", "occasional constipation", "no melaena")),
    ("GU", ("nocturia x{n}", "no haematuria", "no dysuria")),
    ("Musculoskeletal", ("back stiffness", "knee pain", "no new bone pain")),
    ("Neurological", ("no headaches", "no focal weakness", "mild neuropathy in the feet")),
    ("Psychiatric", ("low mood since diagnosis", "coping well", "anxious about travel")),
    ("Skin", ("no rashes", "dry skin")),
)
COUNSEL = (
    "We talked through the aims of treatment, the number of visits and the travel involved.",
    "Acute effects were reviewed: skin reaction, tiredness and site-specific effects.",
    "Late effects were discussed, including a small risk of second cancers.",
    "Questions about driving to the hub in winter were answered; the navigator will help with lodging.",
    "She would prefer to be treated at the satellite if the machine schedule allows.",
    "He asked about continuing work on the farm during treatment; light duties are reasonable.",
    "Written consent was reviewed and signed with a family member present.",
    "The community transport van was booked through the nurse navigator.",
)


def _fmt(rng: random.Random, text: str) -> str:
    return text.format(
        n=rng.randint(2, 9),
        m=rng.randint(2, 6),
        p=rng.randint(2, 8),
        a=rng.choice((6.4, 7.1, 7.8, 8.3)),
        g=rng.randint(1, 3),
        y=rng.randint(2004, 2020),
        d=rng.choice((500, 850, 1000)),
        s=rng.choice((2, 4, 5, 8)),
        t=rng.choice((50, 75, 100, 125)),
        k=rng.randint(30, 260),
        py=rng.randint(10, 60),
        q=rng.randint(2, 30),
        u=rng.randint(2, 20),
        w=rng.randint(48, 110),
        al=rng.randint(28, 44),
    )


def hpi(rng: random.Random, dx: str, age: int, sex: str) -> str:
    """Return a history of present illness paragraph."""
    syms = rng.sample(SYMPTOMS, 3)
    months = rng.randint(2, 9)
    parts = [
        f"{age}-year-old {sex} from the {pick(rng, ('northern', 'coastal', 'valley', 'tableland'))} district "
        f"with {dx}.",
        f"Symptoms began about {months} months ago with {_fmt(rng, syms[0])}, later {_fmt(rng, syms[1])} "
        f"and {_fmt(rng, syms[2])}.",
        f"First seen by the GP at {pick(rng, ('Cold Creek', 'Mirren Falls', 'Tallow Bend', 'Ironbark'))}, "
        f"then referred to the hub after {pick(rng, ('a long wait', 'two visits', 'an urgent letter'))}.",
        pick(
            rng,
            (
                "Discussed at the regional tumour board by video link; radiotherapy recommended.",
                "The multidisciplinary meeting by teleconference recommended radiotherapy.",
                "Surgical opinion was obtained at the tertiary centre; radiotherapy chosen locally.",
            ),
        ),
        pick(
            rng,
            (
                f"Performance status ECOG {rng.randint(0, 2)}.",
                f"KPS {rng.choice((70, 80, 90))}.",
                "Independent with daily activities.",
            ),
        ),
    ]
    return " ".join(parts)


def pmh(rng: random.Random) -> str:
    """Return a past medical history list."""
    return "; ".join(_fmt(rng, x) for x in rng.sample(PMH, rng.randint(3, 6))) + "."


def meds(rng: random.Random) -> str:
    """Return a medication list."""
    return "; ".join(_fmt(rng, x) for x in rng.sample(MEDS, rng.randint(5, 10))) + "."


def social(rng: random.Random) -> str:
    """Return a social history line."""
    return (
        _fmt(rng, pick(rng, SOCIAL))
        + " "
        + pick(
            rng,
            (
                "Family history: mother had bowel cancer.",
                "Family history noncontributory.",
                "Father died of lung cancer at 70.",
                "Sister treated for breast cancer in her fifties.",
            ),
        )
    )


def ros(rng: random.Random) -> str:
    """Return a review of systems."""
    systems = rng.sample(ROS, rng.randint(7, 11))
    return " ".join(f"{name}: {_fmt(rng, pick(rng, items))}." for name, items in systems)


def exam(rng: random.Random) -> str:
    """Return an examination with vital signs."""
    vit = (
        f"BP {rng.randint(105, 165)}/{rng.randint(60, 95)}, HR {rng.randint(58, 104)}, "
        f"SpO2 {rng.randint(91, 99)}% RA, T {rng.choice((36.4, 36.7, 36.9, 37.2))}, weight {rng.randint(48, 121)} kg."
    )
    findings = rng.sample(
        (
            "Alert and oriented, in no distress.",
            "No cervical or supraclavicular lymphadenopathy palpable.",
            "Chest clear bilaterally.",
            "Heart sounds dual, no murmur.",
            "Abdomen soft, non-tender, no organomegaly.",
            "Healed surgical scar, no erythema.",
            "No peripheral oedema.",
            "Cranial nerves grossly intact.",
            "Gait steady without aid.",
            "Skin intact over the planned area.",
        ),
        rng.randint(4, 7),
    )
    return vit + " " + " ".join(findings)


def labs(rng: random.Random) -> str:
    """Return recent laboratory results."""
    return (
        f"Hb {rng.randint(98, 152)} g/L, WCC {rng.choice((4.1, 5.6, 7.2, 9.8))}, platelets {rng.randint(140, 390)}, "
        f"creatinine {rng.randint(55, 140)} umol/L, eGFR {rng.randint(45, 90)}, "
        f"albumin {rng.randint(28, 44)}, ALP {rng.randint(60, 220)}."
    )


def counsel(rng: random.Random) -> str:
    """Return a counselling paragraph."""
    return " ".join(rng.sample(COUNSEL, rng.randint(3, 6)))


def long_sections(rng: random.Random, dx: str) -> list[tuple[str, str, str]]:
    """Return the long-note history sections (key, header, body) in one of a few orders."""
    age = rng.randint(38, 86)
    sex = rng.choice(("woman", "man"))
    secs = [
        ("hpi", "History of present illness", hpi(rng, dx, age, sex)),
        ("pmh", "Past medical history", pmh(rng)),
        ("meds", "Medications", meds(rng)),
        ("allergies", "Allergies", pick(rng, ("NKDA.", "Penicillin (rash).", "Codeine (nausea).", "Sulfa."))),
        ("social", "Social and family history", social(rng)),
        ("ros", "Review of systems", ros(rng)),
        ("exam", "Examination", exam(rng)),
        ("labs", "Laboratory", labs(rng)),
        ("counsel", "Discussion", counsel(rng)),
    ]
    if rng.random() < 0.3:
        secs.pop(3)
    if rng.random() < 0.3:
        secs[4], secs[5] = secs[5], secs[4]
    if rng.random() < 0.25:
        secs = [s for s in secs if s[0] != "labs"]
    return secs


ONC_EVENTS = (
    "{d}: GP referral after {s}.",
    "{d}: biopsy at the hub day-surgery unit confirmed the diagnosis.",
    "{d}: reviewed at the video-linked tumour board.",
    "{d}: seen by the visiting surgeon at the satellite clinic.",
    "{d}: started systemic therapy, cycle {c} given at the satellite infusion chairs.",
    "{d}: restaging scans booked through the mobile PET service.",
    "{d}: dental review before radiotherapy.",
    "{d}: fertility and sexual health discussion documented.",
    "{d}: dietitian review, weight {w} kg.",
    "{d}: social worker arranged accommodation near the hub.",
)


def oncologic_history(rng: random.Random, dates: list[str]) -> str:
    """Return a dated oncologic timeline (no imaging of this simulation, no counted evidence)."""
    events = rng.sample(ONC_EVENTS, min(len(dates), rng.randint(4, 7)))
    return " ".join(
        e.format(
            d=d,
            s=pick(rng, ("a lump", "bleeding", "pain", "an abnormal screen")),
            c=rng.randint(1, 6),
            w=rng.randint(50, 110),
        )
        for e, d in zip(events, dates, strict=False)
    )


EXTRA_POOLS: dict[str, tuple[str, tuple[str, ...]]] = {
    "nutrition": (
        "Nutrition",
        (
            "Dietitian screen score {n}; referred for review at the satellite.",
            "Weight today {w} kg, down {n} kg from the referral letter.",
            "Eats two meals a day, snacks poorly; supplement drinks started.",
            "Swallow is normal for solids and fluids.",
            "Advised small frequent meals during treatment.",
            "Albumin was {al} at the last check.",
            "Lives far from a supermarket; Meals on Wheels discussed.",
            "No tube feeding anticipated at this stage.",
        ),
    ),
    "function": (
        "Functional status",
        (
            "Walks {k} m before stopping.",
            "Independent in personal care; needs help with heavy housework.",
            "Uses a walking stick outdoors since a fall in {y}.",
            "Still drives, but not at night.",
            "Able to climb one flight of stairs slowly.",
            "Sleeps in a recliner because of breathlessness.",
            "Manages the farm accounts but no longer the stock work.",
            "Occupational therapy home visit booked.",
        ),
    ),
    "psychosocial": (
        "Psychosocial",
        (
            "Distress thermometer {p}/10, mainly about money and travel.",
            "Partner has early dementia and needs supervision while the patient travels.",
            "Has support from a neighbour and the local church group.",
            "Social worker to review eligibility for the travel assistance scheme.",
            "Worried about losing income during the treatment weeks.",
            "Aboriginal liaison officer offered and accepted.",
            "No firearms at home; mood screen negative.",
            "Prefers written information; large-print leaflets given.",
        ),
    ),
    "logistics": (
        "Travel and logistics",
        (
            "Round trip to the hub is {k} km; the satellite would save about {n} hours a day.",
            "Accommodation at the cancer council lodge booked for weekdays.",
            "Community transport available Monday to Thursday only.",
            "Road to the property floods in heavy rain; contingency discussed.",
            "Daughter can drive on Fridays.",
            "Fuel subsidy forms completed with the navigator.",
            "Mobile PET service visits the satellite every second week.",
            "Telehealth follow-up suitable between treatment blocks.",
        ),
    ),
    "dental": (
        "Dental and skin",
        (
            "Dental review done at the visiting clinic; no extractions needed.",
            "Skin over the area intact, no prior surgical flap.",
            "Dentures fit well.",
            "Fluoride trays not required for this site.",
            "Old burn scar on the forearm, unrelated.",
            "Moisturiser advice given; no perfumed products during treatment.",
        ),
    ),
    "prior_tx": (
        "Previous treatment",
        (
            "Chemotherapy at the satellite infusion unit, last cycle {n} weeks ago.",
            "Surgery at the tertiary centre in {y}; recovery uncomplicated.",
            "No previous radiotherapy to this region.",
            "Hormone therapy started {n} months ago, tolerating well.",
            "Immunotherapy paused because of colitis, now resolved.",
            "Bisphosphonate infusion every four weeks.",
            "No clinical trial available locally; tertiary trial declined because of distance.",
        ),
    ),
    "goals": (
        "Goals of care",
        (
            "Goals are cure if possible with the least time away from home.",
            "Advance care directive completed last year; copy on file.",
            "Would not want ICU admission; ward-level care acceptable.",
            "Wishes to be home for the shearing season if possible.",
            "Family meeting held by video with the son overseas.",
            "Understands the intent of treatment and the uncertainty involved.",
        ),
    ),
    "meds_review": (
        "Medication review",
        (
            "Pharmacist reconciled the list; no interactions of concern.",
            "Anticoagulant to continue through treatment.",
            "Analgesia adequate at rest, breakthrough needed {n} times a day.",
            "Laxatives added with the opioid.",
            "Metformin held the day of any contrast study per local policy.",
            "Steroid dose to be reviewed weekly.",
        ),
    ),
}


def extra_section(rng: random.Random, key: str) -> tuple[str, str, str]:
    """Return one further long-note section drawn from its own sentence pool."""
    header, pool = EXTRA_POOLS[key]
    chosen = rng.sample(pool, min(len(pool), rng.randint(4, 7)))
    return key, header, " ".join(_fmt(rng, sentence) for sentence in chosen)


def long_history(rng: random.Random, dx: str, dates: list[str], target: int) -> list[tuple[str, str, str]]:
    """Return long-note sections (oncologic history, standard history, then extras) of about ``target`` words."""
    secs = [("onc_history", "Oncologic history", oncologic_history(rng, dates)), *long_sections(rng, dx)]
    extras = list(EXTRA_POOLS)
    rng.shuffle(extras)

    def words() -> int:
        return sum(len(b.split()) for _, _, b in secs)

    while extras and words() < target:
        secs.insert(rng.randint(1, len(secs)), extra_section(rng, extras.pop()))
    return secs
