# ruff: noqa: E501
"""History, exam, labs and other non-evidence text; typo and abbreviation transforms for plain text only."""

from __future__ import annotations

import random
import re

HPI = [
    "The patient first noticed symptoms about {mo} months ago and was initially treated conservatively by the primary care team in {town}.",
    "Work-up was delayed over the holidays; the patient drove in from {town} for today's visit.",
    "Since the last visit the patient reports stable energy, eating well, and walking about a mile a day.",
    "Pain is {pain}/10, controlled with scheduled acetaminophen and oxycodone 5 mg as needed once or twice daily.",
    "Weight is down {wt} lb over the past two months; a dietitian referral was placed by medical oncology.",
    "The case was presented at the multidisciplinary tumor board on {date2}, where the consensus was to proceed with radiation.",
    "The patient is accompanied today by {companion}, who helped provide history.",
    "There have been no falls, no new neurologic symptoms and no fevers.",
    "The patient describes mild fatigue, sleeps about six hours a night and still works part-time at the co-op.",
    "Systemic therapy was held for two weeks because of neutropenia and has since resumed.",
    "Goals of care were discussed with the family; the patient wishes to pursue treatment with curative intent if possible.",
    "An interpreter was offered and declined; the patient's first language is English.",
]
PMH = [
    "hypertension",
    "type 2 diabetes (A1c 7.4)",
    "COPD on tiotropium",
    "atrial fibrillation on apixaban",
    "hypothyroidism",
    "osteoarthritis of both knees",
    "CKD stage 3a",
    "depression, stable on sertraline",
    "obstructive sleep apnea on CPAP",
    "prior MI with stent (2015)",
    "GERD",
    "hyperlipidemia",
    "gout",
]
PSH = [
    "appendectomy (1988)",
    "cholecystectomy",
    "right knee arthroscopy",
    "cesarean section x2",
    "TURP (2019)",
    "hernia repair",
    "port placement",
    "tonsillectomy as a child",
]
MEDS = [
    "metoprolol succinate 50 mg daily",
    "lisinopril 20 mg daily",
    "metformin 1000 mg BID",
    "atorvastatin 40 mg",
    "apixaban 5 mg BID",
    "levothyroxine 88 mcg",
    "omeprazole 20 mg",
    "sertraline 100 mg",
    "gabapentin 300 mg TID",
    "oxycodone 5 mg q4h PRN",
    "ondansetron 8 mg PRN",
    "tamsulosin 0.4 mg",
    "dexamethasone 4 mg BID",
    "prochlorperazine 10 mg PRN",
    "senna-docusate BID",
]
ALLERGY = ["NKDA", "penicillin (rash)", "sulfa (hives)", "codeine (nausea)", "latex", "shellfish (reported)"]
SOCIAL = [
    "Retired {job}; lives with {companion} on a farm outside {town}.",
    "Former smoker, {pky} pack-years, quit in {quit}. Drinks 2-3 beers on weekends.",
    "Never smoker. No alcohol. Lives alone in an apartment in {town}; daughter nearby.",
    "Works as a {job}; has FMLA paperwork in progress.",
    "Drives about 90 minutes each way; lodging at the Hope Lodge was offered.",
    "Enjoys ice fishing and deer hunting; wants to be done before the season opens.",
]
FAMILY = [
    "Mother with breast cancer in her 60s.",
    "Father died of MI at 71.",
    "Brother with colon polyps.",
    "No family history of malignancy.",
    "Sister treated for thyroid cancer.",
    "Maternal aunt with ovarian cancer.",
]
ROS = [
    "Constitutional: fatigue, no fevers or night sweats.",
    "Eyes: no vision change.",
    "ENT: no dysphagia or odynophagia.",
    "CV: no chest pain or palpitations.",
    "Resp: mild exertional dyspnea, no hemoptysis.",
    "GI: occasional constipation, no bleeding.",
    "GU: nocturia x2.",
    "MSK: chronic low back pain.",
    "Skin: no rashes.",
    "Neuro: no headaches, no weakness.",
    "Psych: anxious about treatment, sleeping poorly.",
    "Heme: bruises easily on apixaban.",
    "All other systems reviewed and negative.",
]
EXAM = [
    "Vitals: BP {bp}, HR {hr}, T 36.{t} C, SpO2 {spo2}% RA, weight {kg} kg.",
    "General: well-appearing, in no acute distress.",
    "HEENT: normocephalic, oropharynx clear, dentition fair.",
    "Neck: supple; no palpable adenopathy on the contralateral side.",
    "Lungs: clear bilaterally, scattered expiratory wheeze.",
    "Heart: irregularly irregular, no murmur.",
    "Abdomen: soft, non-tender, no hepatomegaly.",
    "Extremities: trace bilateral ankle edema.",
    "Skin: well-healed surgical scar, no erythema.",
    "Neuro: alert and oriented x3, strength 5/5 throughout, gait steady.",
    "ECOG {ecog}. KPS {kps}.",
]
LABS = ["Hgb {hgb}", "WBC {wbc}", "Plt {plt}", "Cr {cr}", "eGFR {egfr}", "Na 138", "K 4.1", "glucose 142", "ALT 22"]
ASSESS = [
    "We discussed the rationale, logistics, side effects and alternatives of radiation in detail.",
    "Acute effects reviewed: fatigue, skin changes, and site-specific toxicity; late effects reviewed as well.",
    "Written consent was obtained and scanned to the chart.",
    "The patient asked good questions about driving, work and expected fatigue; all were answered.",
    "Medical oncology will continue systemic therapy concurrently per their plan.",
    "Social work and nutrition referrals placed.",
    "Smoking cessation counseled (>3 minutes).",
    "Advance directive on file; full code.",
]
JOBS = [
    "dairy farmer",
    "school bus driver",
    "taconite mine electrician",
    "nurse",
    "Lutheran pastor",
    "logger",
    "high school teacher",
    "welder",
    "county clerk",
    "snowplow operator",
]
TOWNS = ["Coppervale", "Balsam Hollow", "Lake Vesper", "Fort Ardis", "Kettle Ridge", "Norrland Falls", "Pine Sable"]
COMPANIONS = ["spouse", "daughter", "son", "partner", "sister", "friend from church"]


def fill(rng: random.Random, text: str) -> str:
    """Fill the numeric and name placeholders of filler text."""
    values = {
        "age": str(rng.randint(34, 86)),
        "sex": rng.choice(["man", "woman"]),
        "mo": str(rng.randint(2, 11)),
        "town": rng.choice(TOWNS),
        "pain": str(rng.randint(0, 7)),
        "wt": str(rng.randint(3, 18)),
        "date2": f"{rng.randint(1, 12)}/{rng.randint(1, 28)}",
        "companion": rng.choice(COMPANIONS),
        "job": rng.choice(JOBS),
        "pky": str(rng.randint(10, 60)),
        "quit": str(rng.randint(1990, 2022)),
        "bp": f"{rng.randint(104, 168)}/{rng.randint(58, 96)}",
        "hr": str(rng.randint(58, 104)),
        "t": str(rng.randint(4, 9)),
        "spo2": str(rng.randint(91, 99)),
        "kg": str(rng.randint(48, 131)),
        "ecog": str(rng.randint(0, 2)),
        "kps": str(rng.choice([70, 80, 90, 100])),
        "hgb": f"{rng.randint(95, 149) / 10:.1f}",
        "wbc": f"{rng.randint(31, 112) / 10:.1f}",
        "plt": str(rng.randint(110, 390)),
        "cr": f"{rng.randint(6, 19) / 10:.1f}",
        "egfr": str(rng.randint(35, 98)),
        "ref": "the referring physician",
    }
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), text)


def sample(rng: random.Random, pool: list[str], lo: int, hi: int) -> list[str]:
    """Compose or compute: sample."""
    k = min(len(pool), rng.randint(lo, hi))
    return [fill(rng, s) for s in rng.sample(pool, k)]


# ---------------------------------------------------------------------------- plain-text transforms ---------
PROTECT = {
    "no",
    "not",
    "non",
    "none",
    "without",
    "never",
    "negative",
    "denies",
    "declined",
    "deferred",
    "pending",
    "planned",
    "plan",
    "will",
    "would",
    "may",
    "might",
    "could",
    "consider",
    "future",
    "prior",
    "previous",
    "previously",
    "history",
    "historical",
    "copied",
    "addendum",
    "correction",
    "corrected",
    "changes",
    "today",
    "tomorrow",
    "next",
    "later",
    "given",
    "administered",
    "contrast",
    "fused",
    "fusion",
    "registered",
    "ordered",
    "aborted",
    "cancelled",
    "blank",
    "areas",
    "area",
    "isocenter",
    "sites",
    "site",
    "disregard",
    "changed",
    "removed",
    "omitted",
    "wrong",
    "instead",
    "planning",
    "simulation",
    "scheduled",
    "intended",
    "requested",
    "tbd",
    "unknown",
    "disc",
    "insurance",
    "after",
    "before",
    "ago",
    "copy",
    "forward",
    "template",
    "outside",
    "other",
    "patient",
    "patients",
    "note",
    "agree",
}
ABBREV = [
    ("patient", "pt"),
    ("Patient", "Pt"),
    ("with", "w/"),
    ("treatment", "tx"),
    ("Treatment", "Tx"),
    ("history", "hx"),
    ("following", "f/u"),
    ("because", "b/c"),
    ("approximately", "~"),
    ("and", "&"),
    ("secondary to", "2/2"),
    ("status post", "s/p"),
    ("physician", "MD"),
    ("immobilization", "immob"),
    ("reproducibility", "reproducib."),
    ("right", "R"),
    ("left", "L"),
    ("bilateral", "bilat"),
    ("discussed", "d/w"),
    ("continue", "cont"),
    ("minutes", "min"),
    ("weeks", "wks"),
]


def terse(text: str) -> str:
    """Abbreviate plain text (never negation or timing words)."""
    for long, short in ABBREV:
        text = re.sub(rf"\b{re.escape(long)}\b", short, text)
    return text


def typos(rng: random.Random, text: str) -> str:
    """Inject misspellings and odd spacing into plain text, never into protected words."""

    def word(m: re.Match[str]) -> str:
        """Compose or compute: word."""
        w = m.group(0)
        if len(w) < 5 or w.lower() in PROTECT or any(c.isdigit() for c in w) or w.isupper() or rng.random() > 0.07:
            return w
        i = rng.randint(1, len(w) - 3)
        kind = rng.random()
        if kind < 0.45:
            return w[:i] + w[i + 1] + w[i] + w[i + 2 :]
        if kind < 0.75:
            return w[:i] + w[i + 1 :]
        return w[:i] + w[i] + w[i:]

    text = re.sub(r"[A-Za-z]+", word, text)
    text = re.sub(
        r"\. (?=[A-Z])", lambda m: ".  " if rng.random() < 0.3 else (". " if rng.random() < 0.8 else "."), text
    )
    text = re.sub(r", ", lambda m: " , " if rng.random() < 0.05 else ", ", text)
    return text


COURSE_EVENTS = [
    "seen in the ED for {pain}/10 pain; discharged with oral analgesics",
    "cycle {mo} of systemic therapy given, dose-reduced for neuropathy",
    "port placed by interventional radiology without complication",
    "nutrition visit; supplements twice daily started",
    "telephone call: constipation, senna increased",
    "seen by palliative care for symptom management",
    "labs drawn; counts recovering, transfusion not needed",
    "dental evaluation completed, two extractions done",
    "fertility / sexual health counseling completed",
    "social work: transportation grant approved for daily travel from {town}",
    "PT/OT evaluation for deconditioning; home exercise program",
    "second opinion at an outside academic center concurred with the plan",
]


def course(rng: random.Random, n: int) -> list[str]:
    """Dated interval-course lines (no imaging, no simulation content)."""
    out = []
    for ev in rng.sample(COURSE_EVENTS, min(n, len(COURSE_EVENTS))):
        out.append(f"{rng.randint(1, 12)}/{rng.randint(1, 28)}: " + fill(rng, ev) + ".")
    return out


COUNSEL = [
    "We reviewed the daily logistics: treatment takes about 15 minutes a day, five days a week, with weekly visits with the physician.",
    "The patient understands that fatigue typically builds over the course and improves over several weeks afterwards.",
    "Skin care was reviewed: mild soap, unscented moisturizer, no heating pads or ice over the area.",
    "We discussed that rare serious late effects can occur and that these would be discussed again at the consent visit.",
    "Questions about driving themselves to treatment were answered; most patients can drive unless sedated.",
    "The patient's spouse asked about radiation exposure to grandchildren; reassured that external beam does not make the patient radioactive.",
    "We talked about nutrition and staying hydrated, and gave the department's nutrition handout.",
    "Financial counseling contact was provided given the daily travel from the Range.",
    "The patient was told whom to call after hours (the on-call resident through the hospital operator).",
    "We reviewed that smoking during radiation worsens side effects and lowers the chance of control.",
]
GOALS = [
    "Goals of care: the patient hopes to remain independent and to be home for a grandchild's confirmation in the spring.",
    "Code status reconfirmed as full code; health care agent is the spouse.",
    "The family prefers that prognosis be discussed with the patient present.",
    "The patient prefers to have information in writing and was given printed material.",
    "Spiritual care from the hospital chaplain was offered and accepted.",
]


def extras(rng: random.Random) -> list[tuple[str, str, list[str]]]:
    """Optional non-evidence sections (vitals, time-out, logistics) used to vary note structure."""
    pool = [
        ("vitals", "Vitals", [fill(rng, "BP {bp}, HR {hr}, SpO2 {spo2}%, pain {pain}/10")]),
        (
            "timeout",
            "Time-out",
            [rng.choice(["Performed; correct pt/site/side confirmed.", "Done at 13:05 with RTT and resident."])],
        ),
        ("preg", "Pregnancy screen", [rng.choice(["N/A.", "Negative urine hCG.", "Not indicated (age)."])]),
        (
            "interp",
            "Interpreter",
            [rng.choice(["Not needed.", "Hmong interpreter present in person.", "Somali interpreter by video."])],
        ),
        (
            "edu",
            "Education",
            [rng.choice(["Skin care handout given.", "Sim/treatment expectations reviewed.", "Tattoo care reviewed."])],
        ),
        (
            "sched",
            "Scheduling",
            [
                rng.choice(
                    [
                        "Start targeted in ~7 working days.",
                        "Hope Lodge booked for the course.",
                        "Transport by county van, 0800 slots requested.",
                    ]
                )
            ],
        ),
        (
            "nursing",
            "Nursing",
            [
                rng.choice(
                    ["Nursing assessment done; distress screen 4/10.", "Pain reassessed after positioning: 3/10."]
                )
            ],
        ),
        (
            "phys_present",
            "Physics",
            [rng.choice(["Physics notified of the new plan request.", "Dosimetry aware; plan due in 5 days."])],
        ),
    ]
    k = rng.choice([0, 0, 1, 1, 2])
    return rng.sample(pool, k)
