"""Background text for long notes: history, PMH, medications, social, ROS, exam, labs, counselling.

Nothing here is evidence; it buries the simulation content, as real academic notes do.
"""

from __future__ import annotations

import random

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

EVENTS = (
    "seen by medical oncology ({doc}); started {chemo}",
    "completed cycle {n} of {chemo}, tolerated with grade 1 fatigue",
    "ED visit for dehydration, 2 L IVF, discharged same day",
    "tumour board discussion: consensus for radiation as part of combined modality care",
    "dental evaluation, two extractions, cleared",
    "nutrition consult; weight down {kg} kg from baseline",
    "port placed by IR without complication",
    "genetics referral; germline panel negative",
    "second opinion at an outside centre concurred with the plan",
    "PT/OT evaluation for deconditioning",
    "palliative care met the family to discuss goals",
    "admitted overnight for febrile neutropenia, cultures negative",
    "social work assisted with transport to daily treatment",
    "neutrophils recovered, cleared to proceed",
)
CHEMO = ("carboplatin/paclitaxel", "cisplatin", "FOLFOX", "capecitabine", "ABVD", "R-CHOP", "docetaxel", "pembrolizumab")
PMH = ("hypertension", "type 2 diabetes (A1c 7.4)", "hyperlipidaemia", "COPD on tiotropium", "CKD stage 3a",
       "atrial fibrillation on apixaban", "hypothyroidism", "GERD", "osteoarthritis of both knees", "depression",
       "obstructive sleep apnoea on CPAP", "remote appendectomy", "BPH", "gout", "prior DVT (2017)", "asthma")
MEDS = ("lisinopril 20 mg daily", "metformin 1000 mg BID", "atorvastatin 40 mg nightly", "apixaban 5 mg BID",
        "levothyroxine 88 mcg", "omeprazole 20 mg", "sertraline 50 mg", "tamsulosin 0.4 mg", "oxycodone 5 mg q6h PRN",
        "ondansetron 8 mg PRN", "dexamethasone 4 mg BID", "gabapentin 300 mg TID", "senna 2 tabs nightly")
ALLERGIES = ("NKDA", "penicillin (rash)", "sulfa (hives)", "codeine (nausea)", "latex", "iodinated contrast (hives, 2015)",
             "shellfish (reported)")
SOCIAL = (
    "Lives with {rel} in a single-storey house {miles} miles away; retired {job}.",
    "Former smoker, {py} pack-years, quit {yrs} years ago; drinks {drinks} per week.",
    "Works as a {job}; plans to keep working part-time during treatment.",
    "Never smoker. No alcohol. Independent in ADLs.",
    "Drives himself; daughter will help on days he feels tired.",
)
JOBS = ("teacher", "electrician", "nurse", "farmer", "accountant", "bus driver", "chef", "engineer", "postal worker")
ROS = (
    "Constitutional: {cons}. HEENT: no new visual change. Resp: {resp}. CV: no chest pain. GI: {gi}. GU: {gu}. "
    "MSK: {msk}. Neuro: no focal weakness. Psych: anxious about treatment, sleeping poorly.",
    "ROS otherwise negative in 12 systems except as in HPI; notable for {cons} and {gi}.",
)
CONS = ("fatigue", "10 lb weight loss", "night sweats", "no fevers")
RESP = ("mild exertional dyspnoea", "chronic cough", "no cough")
GI = ("early satiety", "intermittent constipation", "no dysphagia", "reduced appetite")
GU = ("nocturia x2", "no haematuria", "mild urgency")
MSK = ("chronic low back pain", "right hip pain", "no bone pain")
EXAM = (
    "Vitals: BP {bp}, HR {hr}, T 36.{t}, SpO2 {sat}% RA, weight {wt} kg. ECOG {ecog}. General: {gen}. "
    "HEENT: oropharynx clear, no thrush. Neck: supple, {neck}. Lungs: {lungs}. Heart: regular, no murmur. "
    "Abdomen: soft, non-tender, no hepatomegaly. Extremities: {ext}. Skin: no rash. Neuro: CN II-XII intact, strength 5/5.",
    "Exam: well-appearing, {gen}; ECOG {ecog}; {neck}; {lungs}; {ext}; gait steady.",
)
GEN = ("alert and conversant", "thin, in no distress", "pleasant, accompanied by spouse", "uncomfortable when moving")
NECK = ("no palpable adenopathy", "firm 2 cm left level II node", "well-healed scar")
LUNGS = ("clear bilaterally", "scattered wheeze", "decreased breath sounds at the right base")
EXT = ("no oedema", "trace ankle oedema", "well-healed incision, no lymphoedema")
LABS = (
    "Labs {d}: WBC {wbc}, Hgb {hgb}, Plt {plt}, Na 138, K 4.{k}, Cr {cr}, eGFR {egfr}, albumin 3.{alb}.",
    "CBC {d}: Hb {hgb}, platelets {plt}; BMP with creatinine {cr}.",
)
COUNSEL = (
    "We went over the rationale for radiation, the expected schedule and daily logistics. Acute effects discussed "
    "included fatigue, skin reaction and organ-specific toxicity; late effects included fibrosis and a small risk of "
    "second malignancy. Questions were answered and written material was provided.",
    "Consent was reviewed in detail with the patient and family, including alternatives such as observation and "
    "systemic therapy alone. They voiced understanding and wish to proceed.",
    "Smoking cessation counselling was offered. We discussed nutrition, skin care and the importance of daily attendance.",
)


VISIT_OPEN = (
    "Visit {d} with {doc}: {status}.",
    "{d}, telephone contact: {status}.",
    "Seen {d} in the multidisciplinary clinic; {status}.",
    "{d} nurse visit - {status}.",
    "On {d} {doc} reviewed the case; {status}.",
)
STATUS = (
    "reports {cons} and {gi}, otherwise at baseline",
    "pain controlled on current regimen ({pain}/10)",
    "weight {wt} kg, down slightly; appetite fair",
    "no new complaints; walking a mile most days",
    "more tired after chemotherapy, sleeping 10 hours",
    "family asked about work letters and parking",
    "mild neuropathy in the fingertips since the last cycle",
    "bowel habits changed, now {gi}",
    "breathing unchanged, {resp}",
    "mood low; referred to psycho-oncology",
)
VISIT_TAIL = (
    " Exam unchanged; ECOG {ecog}.",
    " BP {bp}, HR {hr}.",
    " Hgb {hgb}, platelets {plt}, creatinine {cr}.",
    " Medications reconciled; {med} started.",
    " Plan was to continue and reassess in {n} weeks.",
    "",
)


def visit(rng: random.Random) -> str:
    """One dated interval-visit paragraph (2-4 sentences)."""
    text = _fmt(rng, rng.choice(VISIT_OPEN).replace("{status}", rng.choice(STATUS)))
    for tail in rng.sample(VISIT_TAIL, k=rng.randint(1, 3)):
        text += _fmt(rng, tail)
    return text


def date(rng: random.Random) -> str:
    """A short date like ``3/14``."""
    return f"{rng.randint(1, 12)}/{rng.randint(1, 28)}"


def _fmt(rng: random.Random, template: str) -> str:
    return template.format(
        doc=f"Dr {rng.choice('BCDFGHKLMNPRSTVW')}{rng.choice('aeiou')}{rng.choice('lmnrst')}",
        chemo=rng.choice(CHEMO), n=rng.randint(1, 6), kg=rng.randint(2, 9), rel=rng.choice(("wife", "husband", "son", "partner")),
        miles=rng.randint(3, 140), job=rng.choice(JOBS), py=rng.randint(10, 60), yrs=rng.randint(2, 30),
        drinks=rng.choice(("2 beers", "a glass of wine", "no drinks")), cons=rng.choice(CONS), resp=rng.choice(RESP),
        gi=rng.choice(GI), gu=rng.choice(GU), msk=rng.choice(MSK), bp=f"{rng.randint(104, 168)}/{rng.randint(58, 96)}",
        hr=rng.randint(58, 104), t=rng.randint(4, 9), sat=rng.randint(92, 99), wt=rng.randint(48, 112), ecog=rng.randint(0, 2),
        gen=rng.choice(GEN), neck=rng.choice(NECK), lungs=rng.choice(LUNGS), ext=rng.choice(EXT), d=date(rng),
        wbc=round(rng.uniform(3.1, 11.5), 1), hgb=round(rng.uniform(8.9, 14.8), 1), plt=rng.randint(88, 410),
        k=rng.randint(0, 8), pain=rng.randint(0, 7), med=rng.choice(MEDS), cr=round(rng.uniform(0.6, 1.4), 2), egfr=rng.randint(48, 104), alb=rng.randint(1, 9),
    )


def history_lines(rng: random.Random, count: int) -> list[str]:
    """Dated interval-history entries."""
    events = rng.sample(EVENTS, k=min(count, len(EVENTS)))
    return [f"{date(rng)}: {_fmt(rng, e)}." for e in events]


def section(rng: random.Random, key: str) -> str:
    """One background section's body text (plain, no spans)."""
    if key == "pmh":
        return "; ".join(rng.sample(PMH, k=rng.randint(3, 7))) + "."
    if key == "meds":
        return "; ".join(rng.sample(MEDS, k=rng.randint(3, 8))) + "."
    if key == "allergies":
        return rng.choice(ALLERGIES) + "."
    if key == "social":
        return " ".join(_fmt(rng, s) for s in rng.sample(SOCIAL, k=rng.randint(2, 3)))
    if key == "ros":
        return _fmt(rng, rng.choice(ROS))
    if key == "exam":
        return _fmt(rng, rng.choice(EXAM))
    if key == "labs":
        return " ".join(_fmt(rng, lab) for lab in rng.sample(LABS, k=rng.randint(1, 2)))
    if key == "counsel":
        return " ".join(rng.sample(COUNSEL, k=rng.randint(1, 3)))
    raise KeyError(key)
