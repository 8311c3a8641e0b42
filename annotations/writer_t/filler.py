"""Non-evidence text: history, anesthesia record, Child Life, consent, social work, exam, labs and more."""

from __future__ import annotations

from .phrases import PARENT_QUOTES, Ctx


def _q(c: Ctx) -> str:
    g = c.guardian.split(" (")[0]
    quote = c.pick(PARENT_QUOTES).format(He=c.he.capitalize(), he=c.he, him=c.him, his=c.his, g=g)
    return quote[0].upper() + quote[1:]


def grade(age: int) -> str:
    """School grade for an age."""
    if age < 5:
        return "preschool"
    if age == 5:
        return "kindergarten"
    n = min(age - 5, 12)
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n, "th")
    return f"{n}{suffix} grade"


def fertility_word(c: Ctx) -> str:
    """A sex-appropriate fertility-preservation outcome."""
    if c.girl:
        return c.pick(
            (
                f"ovarian tissue cryopreservation done {c.when()}",
                "oophoropexy considered and declined",
                "referred to the fertility preservation team",
                "ovarian transposition not feasible here",
                "family declined further fertility procedures",
            )
        )
    if c.age >= 12:
        return c.pick(
            (
                f"sperm banked {c.when()}",
                "sperm banking attempted, unsuccessful",
                "referred to the fertility preservation team",
            )
        )
    return c.pick(
        (
            "sperm banking not possible (prepubertal)",
            "testicular tissue cryopreservation on a research study",
            "referred to the fertility preservation team",
        )
    )


def parent_quote(c: Ctx) -> str:
    """A quoted line from the parent or guardian."""
    return _q(c)


def history(c: Ctx, site_key: str, n: int) -> list[str]:
    """Short oncologic history sentences (no simulation evidence; imaging only as historical trap text)."""
    out = [
        c.pick(
            (
                f"{c.age}-year-old {c.kid} with {c.diagnosis}.",
                f"{c.age} y/o {c.kid}, dx {c.diagnosis}.",
                f"This is a {c.age}-year-old {c.kid} referred by {c.onc} for {c.diagnosis}.",
                f"Pt is a {c.age} yo {c.kid} with {c.diagnosis}, here with {c.guardian}.",
                f"We saw this {c.age}-year-old with {c.diagnosis} again today.",
            )
        )
    ]
    pool = [
        f"Presented in {c.when()} with {c.pick(_FILLER_73_1)}.",
        f"Chemotherapy per {c.pick(('COG', 'institutional', 'SIOP-style', 'consortium'))} protocol, cycle "
        f"{c.rng.randint(2, 9)} completed {c.when()}.",
        f"Last procedure ({c.surgeon}) on {c.when()}; recovery {c.pick(_FILLER_77_2)}.",
        f"Counts today: ANC {c.rng.randint(6, 45) * 100}, platelets {c.rng.randint(40, 390)}K, Hgb "
        f"{c.rng.randint(78, 128) / 10}.",
        f"Weight {c.weight} kg ({c.rng.randint(3, 92)}th percentile), height {c.height} cm.",
        f"Tumor board ({c.when()}) recommended radiation to the sites of disease.",
        f"{c.pick(('Mild', 'No', 'Intermittent'))} nausea; "
        f"{c.pick(('eating well', 'on NG feeds', 'G-tube dependent', 'picky eater, stable weight'))}.",
        f"Hearing evaluation {c.when()}: "
        f"{c.pick(('normal', 'mild high-frequency loss', 'grade 1 ototoxicity', 'uses a hearing aid on the left'))}.",
        f"Endocrine labs {c.when()}: TSH {c.rng.randint(9, 48) / 10}, IGF-1 {c.rng.randint(60, 310)}.",
        f"Neuropsychology baseline testing {c.pick(('completed', 'scheduled', 'deferred until after therapy'))}.",
        f"Central line: {c.pick(('right chest port', 'double-lumen Broviac', 'PICC in the left arm', 'none'))}.",
    ]
    c.rng.shuffle(pool)
    out += pool[: max(0, n - 1)]
    return out


def anesthesia(c: Ctx, with_reason: bool) -> list[str]:
    """Anesthesia record excerpt lines (drugs are not contrast; reason only when counted elsewhere)."""
    propofol = c.rng.choice((2, 2.5, 3))
    infusion = c.rng.choice((150, 200, 250, 300))
    lines = [
        f"Anesthesia: {c.anes}. ASA {c.pick(('II', 'III', '2', '3', 'III (port, chemo)'))}.",
        f"NPO since {c.rng.randint(1, 6)}:{c.pick(('00', '15', '30', '45'))} am (clears until "
        f"{c.rng.randint(5, 8)}:00).",
        "Airway: "
        + c.pick(
            (
                "natural airway, nasal cannula 2 L",
                "LMA size " + c.pick(_FILLER_103_3),
                "cuffed ETT " + c.pick(_FILLER_103_4),
                "natural airway with jaw thrust x1",
            )
        )
        + ".",
        f"Induction: propofol {propofol} mg/kg = {round(c.weight * propofol)} mg IV via "
        f"{c.pick(('port', 'PIV', 'Broviac'))}; "
        f"maintenance propofol {infusion} mcg/kg/min.",
        c.pick(
            (
                "Glycopyrrolate 0.01 mg/kg given.",
                "Dexmedetomidine 0.5 mcg/kg bolus.",
                "Ondansetron 0.1 mg/kg = " + str(round(c.weight * 0.1, 1)) + " mg.",
                "Lidocaine 1 mg/kg with induction.",
            )
        ),
        f"Vitals stable, SpO2 {c.rng.randint(97, 100)}%, HR {c.rng.randint(78, 134)}.",
        f"Emergence {c.pick(_FILLER_109_5)}; to PACU at {c.rng.randint(8, 11)}:{c.rng.randint(10, 59)}.",
    ]
    c.rng.shuffle(lines)
    return lines[: c.rng.randint(4, 7)]


def child_life(c: Ctx) -> list[str]:
    """Child Life preparation sentences (play preparation, practice sessions)."""
    pool = [
        f"Child Life ({c.ccls}) used a doll-sized mask and a toy CT to explain each step.",
        f"{c.rng.randint(2, 5)} practice sessions completed in the empty CT room; {c.he} held still for "
        f"{c.rng.randint(4, 15)} minutes by the last one.",
        f"Coping plan: {c.pick(_FILLER_122_6)} and {c.guardian.split(' (')[0]} visible on the monitor.",
        f"{c.he.capitalize()} decorated {c.his} mask "
        f"{c.pick(('as a superhero', 'with stars', 'like a tiger', 'in team colors', 'with glitter dragons'))}.",
        f"Sticker chart started; {c.he} earned the {c.pick(('gold', 'rocket', 'dinosaur', 'rainbow'))} sticker.",
        "Medical play with the bellows and 'magic markers' (tattoo stickers) went well.",
        f"Goal set: awake simulation without sedation; {c.he} chose the word "
        f"'{c.pick(('pause', 'banana', 'freeze', 'robot'))}' as a stop signal.",
    ]
    c.rng.shuffle(pool)
    return pool[: c.rng.randint(3, 5)]


def consent(c: Ctx) -> list[str]:
    """Parent/guardian consent discussion sentences."""
    g = c.guardian.split(" (")[0]
    pool = [
        f"Consent reviewed with {c.guardian}; questions answered; {c.pick(_FILLER_139_7)}.",
        f"Risks discussed: fatigue, skin changes, hair loss, {c.pick(_FILLER_141_8)}, and {c.pick(_FILLER_141_9)}.",
        _q(c),
        f"Fertility preservation discussed: {fertility_word(c)}.",
        "Assent obtained from the patient in age-appropriate language."
        if c.age >= 7
        else "Too young for formal assent; parents consented.",
        f"{g.capitalize()} signed the consent for the full course.",
    ]
    c.rng.shuffle(pool)
    return pool[: c.rng.randint(3, 5)]


def social(c: Ctx) -> list[str]:
    """Social work and family history filler."""
    pool = [
        f"Lives in {c.place} with {c.guardian} and {c.rng.randint(0, 4)} siblings; {c.rng.randint(25, 190)} "
        f"miles from the hospital.",
        f"Attends {c.school} ({grade(c.age)}).",
        f"Social work ({c.sw}) arranged lodging at the Larkspur Family House and gas cards.",
        f"Insurance: {c.payer}; {c.pick(('authorization obtained', 'authorization pending', 'appeal in progress'))}.",
        f"Parents work as {c.pick(_FILLER_162_10)}; FMLA paperwork completed.",
        f"Family history: {c.pick(_FILLER_164_11)}.",
        f"Screened for food insecurity: {c.pick(('negative', 'positive; pantry referral made'))}.",
        f"Sibling support group offered; {c.pick(('older sister', 'younger brother', 'twin'))} "
        f"{c.pick(('attends', 'declined', 'on the waitlist'))}.",
        f"Transportation: "
        f"{c.pick(('family car', 'Medicaid van', 'volunteer driver network', 'bus + hospital shuttle'))}.",
        f"Pets at home: {c.pick(('two dogs', 'a cat', 'none', 'a bearded dragon', 'chickens'))}.",
    ]
    c.rng.shuffle(pool)
    return pool[: c.rng.randint(3, 6)]


def exam(c: Ctx) -> list[str]:
    """Physical exam filler."""
    pool = [
        f"T {c.rng.randint(362, 378) / 10} C, HR {c.rng.randint(70, 140)}, RR {c.rng.randint(16, 30)}, BP "
        f"{c.rng.randint(88, 124)}/{c.rng.randint(48, 80)}.",
        f"Wt {c.weight} kg, Ht {c.height} cm, BSA {round((c.weight * c.height / 3600) ** 0.5, 2)} m2.",
        f"General: {c.pick(_FILLER_182_12)}.",
        f"HEENT: {c.pick(_FILLER_183_13)}.",
        f"Neuro: {c.pick(_FILLER_184_14)}.",
        f"Abdomen: {c.pick(('soft, healed transverse incision', 'non-tender, G-tube site clean', 'soft, no masses'))}.",
        f"Skin: {c.pick(('no rash', 'port site clean', 'old tape burns on the chest', 'dry skin on the scalp'))}.",
        f"Lansky/Karnofsky {c.rng.choice((50, 60, 70, 80, 90, 100))}.",
    ]
    c.rng.shuffle(pool)
    return pool[: c.rng.randint(4, 7)]


def meds(c: Ctx) -> list[str]:
    """Medication lines with weight-based dosing."""
    w = c.weight
    pool = [
        f"Ondansetron {round(w * 0.15, 1)} mg (0.15 mg/kg) q8h PRN.",
        f"TMP-SMX {round(w * 5)} mg TMP component (5 mg/kg/day) BID Mon/Tue.",
        f"Dexamethasone {round(w * 0.1, 1)} mg daily, taper started.",
        f"Levetiracetam {round(w * 10)} mg BID (10 mg/kg/dose).",
        f"Omeprazole {round(w * 1, 1)} mg daily.",
        f"Acetaminophen {round(w * 15)} mg q6h PRN.",
        f"Polyethylene glycol {round(w * 0.4, 1)} g daily.",
        f"Hydrocortisone stress dosing plan on file ({round(w * 2)} mg for anesthesia days).",
    ]
    c.rng.shuffle(pool)
    return pool[: c.rng.randint(3, 6)]


def labs(c: Ctx) -> list[str]:
    """Lab lines with invented numbers."""
    return [
        f"WBC {c.rng.randint(12, 98) / 10}, ANC {c.rng.randint(3, 60) * 100}, Hgb {c.rng.randint(75, 130) / 10}, "
        f"Plt {c.rng.randint(28, 410)}K ({c.when()}).",
        f"Cr {c.rng.randint(18, 70) / 100}, BUN {c.rng.randint(5, 22)}, Na {c.rng.randint(134, 143)}, K "
        f"{c.rng.randint(33, 49) / 10}.",
        f"AST {c.rng.randint(14, 120)}, ALT {c.rng.randint(10, 140)}, bili {c.rng.randint(2, 14) / 10}.",
    ][: c.rng.randint(1, 3)]


def ros(c: Ctx) -> list[str]:
    """Review of systems."""
    items = [
        "fever",
        "headache",
        "vomiting",
        "diarrhea",
        "constipation",
        "cough",
        "bruising",
        "rash",
        "sleep problems",
        "mood change",
        "pain",
        "appetite loss",
        "vision change",
        "hearing change",
    ]
    c.rng.shuffle(items)
    pos = items[: c.rng.randint(1, 3)]
    neg = items[3 : 3 + c.rng.randint(3, 7)]
    return [
        f"Positive for {', '.join(pos)}.",
        f"Negative for {', '.join(neg)}.",
        "All other systems reviewed and negative.",
    ][: c.rng.randint(2, 3)]


def development(c: Ctx) -> list[str]:
    """Developmental and school filler."""
    pool = [
        f"Developmental history: {c.pick(_FILLER_253_15)}.",
        f"School plan: {c.pick(_FILLER_255_16)}.",
        f"Hobbies: {c.pick(_FILLER_256_17)}.",
        f"Sleep: {c.pick(_FILLER_257_18)}.",
    ]
    c.rng.shuffle(pool)
    return pool[: c.rng.randint(2, 4)]


def course(c: Ctx) -> list[str]:
    """A dated interval course (chemotherapy, admissions) with no simulation content."""
    out = []
    for _ in range(c.rng.randint(3, 6)):
        out.append(f"{c.when()}: {c.pick(_FILLER_269_19)}.")
    return out


def nutrition(c: Ctx) -> list[str]:
    """Dietitian lines with weight-based numbers."""
    kcal = c.rng.choice((70, 80, 90, 100))
    return [
        f"Dietitian: goal {kcal} kcal/kg/day = {round(c.weight * kcal)} kcal; protein "
        f"{c.rng.choice((1.5, 2, 2.5))} g/kg.",
        c.pick(
            (
                f"Continuous NG feeds at {c.rng.randint(25, 85)} mL/h overnight.",
                "Eating by mouth with supplements twice daily.",
                f"Bolus G-tube feeds {c.rng.randint(120, 300)} mL five times a day.",
                "Appetite improved off dexamethasone.",
            )
        ),
        f"Weight trend: "
        f"{c.pick(('stable', 'down 0.6 kg in 2 weeks', 'up 1.1 kg since steroids', 'down 4% from baseline'))}.",
    ][: c.rng.randint(2, 3)]


def chemo(c: Ctx) -> list[str]:
    """Chemotherapy history with weight- and BSA-based doses."""
    bsa = round((c.weight * c.height / 3600) ** 0.5, 2)
    agents = [
        f"vincristine 1.5 mg/m2 ({round(min(2.0, 1.5 * bsa), 2)} mg)",
        f"cyclophosphamide 1.2 g/m2 ({round(1200 * bsa)} mg)",
        f"cisplatin 75 mg/m2 ({round(75 * bsa)} mg)",
        f"carboplatin {round(c.weight * 18.6)} mg (18.6 mg/kg)",
        f"etoposide 100 mg/m2/day x5 ({round(100 * bsa)} mg/day)",
        f"dactinomycin 0.045 mg/kg ({round(c.weight * 0.045, 2)} mg)",
        f"doxorubicin 37.5 mg/m2 ({round(37.5 * bsa)} mg)",
        f"irinotecan 50 mg/m2 ({round(50 * bsa)} mg)",
    ]
    c.rng.shuffle(agents)
    return [
        f"Chemotherapy received: {', '.join(agents[: c.rng.randint(2, 4)])}.",
        f"BSA {bsa} m2 at last dosing; cumulative anthracycline {c.rng.randint(0, 300)} mg/m2.",
    ]


def endocrine(c: Ctx) -> list[str]:
    """Endocrine and audiology follow-up lines."""
    return [
        "Endocrine: "
        + c.pick(
            (
                "baseline pituitary panel normal",
                "on levothyroxine " + str(c.rng.randint(25, 88)) + " mcg",
                "growth hormone deferred until 1 year off therapy",
                "cortisol stimulation test pending",
            )
        )
        + ".",
        f"Audiology {c.when()}: {c.pick(('Chang grade 0', 'Chang grade 1a', 'SIOP Boston 2', 'normal tympanometry'))}.",
        f"Ophthalmology: "
        f"{c.pick(('no papilledema', 'visual fields constricted on the right', 'acuity 20/40 OU', 'not yet seen'))}.",
    ][: c.rng.randint(2, 3)]


def psychology(c: Ctx) -> list[str]:
    """Psychology and coping lines."""
    return [
        f"Psychology ({c.pick(('Dr. Ada Renwick, PhD', 'Dr. Soren Battaglia, PsyD'))}) following for "
        f"{c.pick(('procedural anxiety', 'adjustment', 'sleep', 'needle phobia', 'sibling stress'))}.",
        f"{c.he.capitalize()} {c.pick(_FILLER_329_20)}.",
        f"Parents report "
        f"{c.pick(('poor sleep', 'coping well', 'financial strain', 'good support from church', 'marital stress'))}.",
    ][: c.rng.randint(2, 3)]


def family_history(c: Ctx) -> list[str]:
    """A short pedigree."""
    rel = ["maternal grandmother", "paternal grandfather", "maternal uncle", "paternal aunt", "mother", "father"]
    c.rng.shuffle(rel)
    conds = [
        "type 2 diabetes",
        "breast cancer at 44",
        "colon cancer at 61",
        "hypertension",
        "thyroid disease",
        "sarcoma at 30",
        "no cancer",
        "melanoma at 52",
        "asthma",
        "leukemia as a child",
    ]
    c.rng.shuffle(conds)
    lines = [f"{rel[i].capitalize()}: {conds[i]}." for i in range(c.rng.randint(2, 4))]
    lines.append(
        c.pick(
            (
                "Genetics referral placed.",
                "Germline panel negative.",
                "Germline testing declined.",
                "TP53 testing pending.",
                "Consanguinity denied.",
            )
        )
    )
    return lines


def pain(c: Ctx) -> list[str]:
    """Pain and symptom lines."""
    return [
        f"Pain {c.rng.randint(0, 7)}/10 ({c.pick(('FLACC', 'Wong-Baker faces', 'numeric scale'))}), "
        f"{c.pick(('back', 'leg', 'headache', 'abdominal', 'jaw'))}.",
        "Uses "
        + c.pick(
            (
                "acetaminophen",
                "ibuprofen when platelets allow",
                "oxycodone " + str(round(c.weight * 0.1, 1)) + " mg PRN",
                "heat packs",
            )
        )
        + ".",
    ]


def narrative(c: Ctx) -> list[str]:
    """A longer dictated narrative of the illness so far (no simulation evidence)."""
    g = c.guardian.split(" (")[0]
    first = c.pick(
        (
            "The family first noticed",
            f"{g.capitalize()} first noticed",
            "The pediatrician first noted",
            "School staff first reported",
        )
    )
    sym = c.pick(
        (
            "that the child was unusually tired",
            "a swelling that did not go away",
            "clumsiness on the stairs",
            "morning headaches with vomiting",
            "a change in the eye in photographs",
            "a limp after soccer",
            "a firm belly during bath time",
            "night sweats and itching",
        )
    )
    out = [
        f"{first} {sym} around {c.when()}, and after {c.rng.randint(1, 6)} visits {c.he} was sent to the "
        f"{c.pick(('emergency department', 'oncology clinic', 'surgery clinic'))} at Larkspur.",
        f"Workup and biopsy confirmed {c.diagnosis}; the diagnosis was explained to the family on {c.when()} "
        f"with {c.sw} present.",
        f"{c.pick(('Induction', 'Initial chemotherapy', 'Upfront therapy'))} was "
        f"{c.pick(_FILLER_405_21)}, and {c.he} {c.pick(_FILLER_405_22)}.",
        f"{c.pick(('Between cycles', 'During the last month', 'Since the last visit'))} {c.he} has had "
        f"{c.pick(_FILLER_407_23)}.",
        f"The family has {c.pick(_FILLER_409_24)}.",
        c.pick(("We spent time", "Time was spent", "I spent about " + str(c.rng.randint(20, 50)) + " minutes"))
        + f" reviewing {c.pick(_FILLER_410_25)} with {g}.",
    ]
    c.rng.shuffle(out)
    return out[: c.rng.randint(4, 6)]


def therapies(c: Ctx) -> list[str]:
    """PT/OT/speech and other services' interval notes."""
    pool = [
        f"Physical therapy ({c.when()}): {c.pick(_FILLER_420_26)}; next visit in {c.rng.randint(1, 4)} weeks.",
        f"Occupational therapy: {c.pick(_FILLER_422_27)}.",
        f"Speech-language pathology: {c.pick(_FILLER_424_28)}.",
        f"Dental ({c.when()}): {c.pick(_FILLER_426_29)}.",
        f"Integrative medicine offered {c.pick(_FILLER_428_30)}.",
        f"Palliative care team {c.pick(_FILLER_430_31)}.",
        f"Chaplain {c.pick(_FILLER_431_32)}.",
        f"Hospital school teacher {c.pick(_FILLER_433_33)}.",
    ]
    c.rng.shuffle(pool)
    return pool[: c.rng.randint(4, 7)]


def nursing(c: Ctx) -> list[str]:
    """Nursing assessment lines."""
    pool = [
        f"Nursing ({c.rn}): port accessed with a {c.pick(('3/4', '1', '5/8'))}-inch {c.pick(('20g', '22g'))} "
        f"needle, good blood return.",
        f"Skin assessment: {c.pick(_FILLER_445_34)}.",
        f"Fall risk {c.pick(('low', 'moderate (post-anesthesia)', 'high - ataxia'))}; bed alarm "
        f"{c.pick(('on', 'not needed'))}.",
        f"Home meds reconciled with {c.guardian.split(' (')[0]}; {c.rng.randint(3, 9)} medications reviewed.",
        f"Education given on "
        f"{c.pick(('skin care', 'fever precautions', 'mouth care', 'NPO timing', 'hand hygiene at home'))}; "
        f"teach-back done.",
        f"Emergency contact: {c.guardian.split(' (')[0]}, phone on file; preferred language "
        f"{c.pick(('English', 'Spanish', 'Vietnamese', 'Somali', 'Arabic'))}.",
        f"Vaccines: {c.pick(_FILLER_454_35)}.",
    ]
    c.rng.shuffle(pool)
    return pool[: c.rng.randint(4, 6)]


_FILLER_73_1 = (
    "morning vomiting",
    "ataxia",
    "a painless mass",
    "limp",
    "abdominal distension",
    "proptosis",
    "weight loss and night sweats",
    "headaches and diplopia",
    "leukocoria noticed in a flash photo",
    "back pain",
)
_FILLER_77_2 = (
    "slow but complete",
    "complicated by a wound seroma",
    "uneventful",
    "complicated by transient ileus",
    "marked by pain control problems",
)
_FILLER_103_3 = ("1.5", "2", "2.5", "3")
_FILLER_103_4 = ("4.0", "4.5", "5.0", "5.5")
_FILLER_109_5 = ("smooth", "mildly agitated, settled with parent", "uneventful", "with brief emergence delirium")
_FILLER_122_6 = (
    "favorite playlist",
    "counting game",
    "a story read over the intercom",
    "squeeze ball",
    "video on the ceiling",
)
_FILLER_139_7 = (
    "interpreter (Spanish) used",
    "no interpreter needed",
    "video interpreter for Dari used",
    "ASL interpreter present",
)
_FILLER_141_8 = (
    "hearing loss",
    "growth delay",
    "hormone deficiency",
    "cataract",
    "reduced kidney function",
    "second cancers later in life",
)
_FILLER_141_9 = ("learning difficulties", "infertility", "scoliosis", "dental changes", "dry mouth")
_FILLER_162_10 = (
    "a nurse and an electrician",
    "a teacher and a trucker",
    "farm managers",
    "a line cook and a mail carrier",
    "a pharmacist and a stay-at-home parent",
)
_FILLER_164_11 = (
    "maternal aunt with breast cancer at 38",
    "no childhood cancers",
    "paternal grandfather with colon cancer",
    "Li-Fraumeni testing sent",
    "RB1 carrier father",
)
_FILLER_182_12 = (
    "playful, interactive",
    "tired but consolable",
    "quiet, clinging to parent",
    "watching a tablet, cooperative",
)
_FILLER_183_13 = (
    "alopecia, mucosa moist",
    "healed scar, no drainage",
    "mild erythema of the oral mucosa",
    "pupils equal",
)
_FILLER_184_14 = ("mild truncal ataxia", "CN II-XII grossly intact", "left CN VI palsy", "nonfocal", "wide-based gait")
_FILLER_253_15 = (
    "met milestones on time",
    "speech delay, in therapy",
    "walked at 15 months",
    "autism spectrum disorder, sensory sensitivities",
    "ex-32-week preemie",
)
_FILLER_255_16 = (
    "homebound teacher 3x/week",
    "504 plan requested",
    "attends mornings when able",
    "virtual classroom via tablet",
)
_FILLER_256_17 = ("soccer", "drawing dragons", "Minecraft", "violin", "dinosaurs", "gymnastics", "building blocks")
_FILLER_257_18 = ("naps twice daily", "wakes at night since diagnosis", "sleeps with parents now", "normal")
_FILLER_269_19 = (
    "admitted for fever and neutropenia, cultures negative",
    "cycle of vincristine/dactinomycin",
    "transfused 1 unit PRBC",
    "audiology stable",
    "ED visit for port occlusion, tPA given",
    "clinic visit, doing well",
    "dental evaluation",
    "stem-cell collection",
    "ophthalmology exam unchanged",
    "ICE cycle given inpatient",
    "G-tube placed",
    "neurosurgery follow-up, shunt tapped",
)
_FILLER_329_20 = (
    "draws pictures of the machine",
    "asks many questions",
    "has been withdrawn at home",
    "is excited to ring the bell",
)
_FILLER_405_21 = (
    "tolerated reasonably",
    "complicated by two febrile admissions",
    "delayed a week for mucositis",
    "given mostly outpatient",
)
_FILLER_405_22 = (
    "missed most of the semester",
    "kept up with school online",
    "lost weight and needed feeds",
    "continued to play soccer when counts allowed",
)
_FILLER_407_23 = (
    "good energy in the mornings",
    "more fatigue than before",
    "fewer nosebleeds",
    "occasional low-grade fevers without source",
    "improved appetite",
)
_FILLER_409_24 = (
    "many questions about long-term effects",
    "been reading online and brought a list",
    "a strong support network at church",
    "relocated temporarily to the Family House",
    "two younger children at home with grandparents",
)
_FILLER_410_25 = (
    "the goals of treatment",
    "the schedule for the coming weeks",
    "how daily visits will work",
    "what late effects we monitor",
)
_FILLER_420_26 = (
    "working on balance and stairs",
    "gait trainer at home",
    "cleared for school PE with limits",
    "ankle-foot orthosis fitted",
)
_FILLER_422_27 = (
    "fine-motor goals for handwriting",
    "feeding therapy twice weekly",
    "sensory diet for the hospital days",
    "adaptive utensils provided",
)
_FILLER_424_28 = (
    "mild dysarthria, improving",
    "swallow study normal",
    "expressive language delay, services at school",
    "no concerns",
)
_FILLER_426_29 = (
    "fluoride trays made",
    "two caries treated under the last anesthetic",
    "no active issues",
    "orthodontics on hold",
)
_FILLER_428_30 = (
    "massage on treatment days",
    "aromatherapy during induction",
    "music therapy",
    "guided imagery scripts",
)
_FILLER_430_31 = (
    "met the family for symptom support",
    "not involved at this time",
    "following for pain and goals",
    "introduced as an extra layer of support",
)
_FILLER_431_32 = ("visited at the family request", "offered a blessing before the first treatment", "available on call")
_FILLER_433_33 = ("coordinating with the home district", "sent a reading packet", "set up a tablet for class time")
_FILLER_445_34 = ("intact", "mild dryness at the neck", "healing scab at the old line site", "tape sensitivity noted")
_FILLER_454_35 = ("on hold during therapy", "influenza given in the fall", "household contacts up to date")
