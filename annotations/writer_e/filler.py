"""Writer E's non-evidence text: history, exam, medications, social history, banners and signatures.

Nothing here is ever marked as evidence. Filler never names imaging modalities, contrast or techniques
so that it cannot contradict a note's plan; those mentions are written deliberately as traps elsewhere.
"""

from __future__ import annotations

import random

_PMH = ("hypertension", "type 2 diabetes on metformin", "COPD (FEV1 58%)", "atrial fibrillation on apixaban", "hypothyroidism",
        "CKD stage 3a", "osteoarthritis of both knees", "GERD", "depression, stable on sertraline", "prior tobacco use, 30 pack-years",
        "obstructive sleep apnea on CPAP", "hyperlipidemia", "remote appendectomy", "cholecystectomy 2015", "peripheral neuropathy",
        "gout", "migraine", "benign prostatic hyperplasia", "osteoporosis", "anemia of chronic disease")
_MEDS = ("lisinopril 10 mg daily", "metformin 500 mg BID", "atorvastatin 40 mg", "apixaban 5 mg BID", "levothyroxine 75 mcg",
         "omeprazole 20 mg", "sertraline 50 mg", "tamsulosin 0.4 mg", "oxycodone 5 mg q6h prn", "ondansetron 8 mg prn",
         "dexamethasone 4 mg BID", "gabapentin 300 mg TID", "albuterol inhaler prn", "amlodipine 5 mg", "letrozole 2.5 mg")
_ROS = ("Constitutional: fatigue, no fevers", "Eyes: no visual change", "ENT: no dysphagia", "CV: no chest pain",
        "Resp: mild exertional dyspnea", "GI: no nausea, normal bowel habits", "GU: nocturia x2", "MSK: back pain 4/10",
        "Skin: no rashes", "Neuro: no focal weakness", "Psych: anxious about treatment", "Heme: bruises easily",
        "Endo: no heat/cold intolerance", "Allergy/Immuno: seasonal allergies")
_EXAM = ("General: well-appearing, in no distress", "HEENT: oropharynx clear, moist mucosa", "Neck: supple", "Lungs: clear bilaterally",
         "Heart: regular rate and rhythm, no murmur", "Abdomen: soft, nontender", "Extremities: trace edema at ankles",
         "Skin: healed incision, no erythema", "Neuro: alert and oriented, strength 5/5 throughout", "Lymph: no palpable adenopathy",
         "ECOG 1", "KPS 80", "Gait: uses a cane", "Psych: appropriate affect")
_SOCIAL = ("Lives with {rel} in {town}; drives himself/herself to appointments.", "Retired {job}. Former smoker, quit {year}.",
           "Works as a {job}; wants to keep working during treatment.", "Widowed, daughter is the health care proxy.",
           "Drinks 2-3 beers on weekends. No illicit drugs.", "Transportation arranged through the cancer center van.")
_REL = ("wife", "husband", "partner", "son", "sister", "two dogs")
_TOWN = ("Millbrook", "East Haven", "the county seat", "a farm 40 minutes away", "Riverside")
_JOB = ("school bus driver", "nurse", "machinist", "farmer", "accountant", "hairdresser", "electrician", "postal worker")
_EVENTS = ("Seen in the ED on {d} for dehydration, given fluids and discharged.", "Had a fall at home in {m}; no fracture.",
           "Completed cycle {k} of chemotherapy with grade 1 neuropathy.", "Port placed on {d} without complication.",
           "Reports appetite improving; weight up 1 kg since last visit.", "Dental clearance obtained {d}.",
           "Saw social work regarding lodging and copays.", "Completed a PFT on {d}; results reviewed.",
           "Hemoglobin 10.9 on {d}, stable.", "Nutrition consult completed; started on supplements.",
           "Tumor board discussion on {d}: consensus for radiation.", "Insurance authorization received on {d}.",
           "Pain controlled on current regimen, using about two doses a day.", "Her/his daughter accompanied and asked good questions.")


def date(rng: random.Random, year: int = 2024, months: tuple[int, int] = (1, 6)) -> str:
    """A US-format date."""
    return f"{rng.randint(*months):02d}/{rng.randint(1, 28):02d}/{year}"


def pmh(rng: random.Random, n: int) -> list[str]:
    """Past medical history items."""
    return rng.sample(_PMH, n)


def meds(rng: random.Random, n: int) -> list[str]:
    """Medication list items."""
    return rng.sample(_MEDS, n)


def ros(rng: random.Random, n: int) -> list[str]:
    """Review of systems lines."""
    return rng.sample(_ROS, n)


def exam(rng: random.Random, n: int) -> list[str]:
    """Physical exam lines."""
    return rng.sample(_EXAM, n)


def social(rng: random.Random) -> str:
    """A social history sentence."""
    return rng.choice(_SOCIAL).format(rel=rng.choice(_REL), town=rng.choice(_TOWN), job=rng.choice(_JOB), year=rng.randint(1990, 2020))


def events(rng: random.Random, n: int) -> list[str]:
    """Interval history events."""
    out = []
    for e in rng.sample(_EVENTS, n):
        out.append(e.format(d=date(rng), m=rng.choice(["March", "June", "August", "November"]), k=rng.randint(2, 6)))
    return out


def fax_banner(rng: random.Random, page: int, pages: int) -> str:
    """A fax transmission banner line."""
    return rng.choice([
        f"{date(rng)} 14:{rng.randint(10, 59)} FROM: RAD ONC MERCY COMMUNITY  FAX 555-{rng.randint(1000, 9999)}   P.{page:03d}/{pages:03d}",
        f"RCVD {date(rng)} {rng.randint(8, 17)}:{rng.randint(10, 59)}  *** FAX ***  Page {page} of {pages}",
        f"From: St. Anne Cancer Ctr  To: Coding Dept  Pg {page}/{pages}",
    ])


def page_break(rng: random.Random, page: int, pages: int) -> str:
    """Footer of one scanned page and header of the next."""
    return rng.choice([
        f"Page {page} of {pages}\n\n{rng.choice(['CONFIDENTIAL', 'Radiation Oncology', 'Printed by: HIM'])}",
        f"-- page {page} --\n",
        f"Page {page} of {pages}        Printed {date(rng)}\n=============================",
        f"{rng.choice(['MRN', 'Acct'])} {rng.randint(100000, 999999)}   Page {page + 1} of {pages}",
    ])


def export_header(style: str, rng: random.Random, title: str, dos: str) -> str:
    """A record-and-verify export header (MOSAIQ-like or ARIA-like)."""
    mrn = rng.randint(1000000, 9999999)
    if style == "mosaiq_export":
        return "\n".join([
            rng.choice(["MOSAIQ Oncology  |  eChart document", "MOSAIQ® Document Export", "IMPAC/MOSAIQ - Assessment"]),
            f"Pat ID: {mrn}    Dept: RAD ONC    Loc: {rng.choice(['Main', 'North Campus', 'Infusion Bldg'])}",
            f"Document: {title}    Obs Date: {dos}",
            f"Status: {rng.choice(['Approved', 'Signed', 'Pending Approval', 'Final'])}",
            "-" * rng.choice([40, 52, 60]),
        ])
    return "\n".join([
        rng.choice(["ARIA Oncology Information System", "Varian ARIA - Document", "ARIA OIS  Documents > Clinical"]),
        f"Patient ID {mrn}  Course: C{rng.randint(1, 3)}  Plan: {rng.choice(['P1', 'Sim', 'PlanA', '1'])}",
        f"Template: {title}   Service Date: {dos}",
        rng.choice(["Approval status: Approved", "Approval: Reviewed", "Approved by physician"]),
        "=" * rng.choice([30, 44, 58]),
    ])


def rtf_head(rng: random.Random) -> str:
    """Leading RTF/HTML residue of an exported document."""
    return rng.choice(["{\\rtf1\\ansi\\deff0 {\\fonttbl{\\f0 Arial;}}\\f0\\fs20", "<html><body><div style=\"font-family:Arial\">",
                       "{\\rtf1\\ansi\\ansicpg1252\\uc1 \\pard\\plain", "<div class=\"note\"><p>"])


def rtf_tail(rng: random.Random) -> str:
    """Trailing RTF/HTML residue."""
    return rng.choice(["}", "</div></body></html>", "\\par }", "</p></div>"])


def signature(rng: random.Random, role: str = "md") -> str:
    """A signature line."""
    if role == "tech":
        name = rng.choice(["K. Alvarez RT(T)", "J. Odom, RTT", "M. Chen CMD", "T. Becker RT(T)", "S. Patel, RTT"])
    elif role == "rn":
        name = rng.choice(["L. Moore RN", "D. Price, RN, OCN", "A. Kim LPN", "R. Santos RN"])
    else:
        name = rng.choice(["R. Whitfield MD", "Dr. A. Nakamura", "P. Okafor, MD", "E. Lindqvist MD, PhD", "J. Hale DO"])
    return rng.choice([f"Electronically signed by {name}", f"-- {name}", f"Signed: {name} {date(rng, 2024, (7, 12))}", f"{name}",
                       f"Dictated by {name}; dictated but not read", f"Authenticated: {name}"])
