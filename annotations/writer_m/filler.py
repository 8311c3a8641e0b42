"""Long-note filler: history, review of systems, examination and investigations with varied values."""

from __future__ import annotations

import random

SYSTEMS = {
    "Constitutional": (
        "weight {w1} kg, down from {w2} kg in the summer",
        "no fevers; night sweats {ns}",
        "energy about {pct}% of usual",
        "appetite {app}, eating {meals} small meals a day",
    ),
    "HEENT": ("no dysphagia to solids", "hearing aid on the {side} since {yr}", "dentures upper plate", "no epistaxis"),
    "Respiratory": ("walks {blocks} blocks before stopping", "uses salbutamol {puffs} times a week", "no haemoptysis"),
    "Cardiac": ("no orthopnoea or PND", "occasional palpitations with caffeine", "ankle swelling by evening"),
    "GI": ("bowels every {bd} days with senna", "heartburn controlled on pantoprazole", "no blood per rectum"),
    "GU": ("nocturia x {noct}", "no dysuria", "weak stream for {yrs} years"),
    "MSK": ("pain {pain}/10 at rest, {pain2}/10 on movement", "stiff in the mornings for {mins} minutes"),
    "Neuro": ("no seizures", "tingling in both feet since chemotherapy", "no new weakness"),
    "Psych": ("sleeping {hrs} hours a night", "PHQ-9 score {phq}", "anxious about the drive and the cost"),
    "Skin": ("dry skin over the shins", "no rashes", "healed port site"),
}
EXAM_TEMPLATES = (
    "BP {sys}/{dia}, HR {hr}, RR {rr}, T {t} C, SpO2 {sat}% on room air, weight {w1} kg",
    "ECOG {ecog}; walks into the room unaided",
    "oral cavity moist, no thrush; dentition {dent}",
    "{nodes}",
    "chest: {chest}",
    "heart: regular rhythm, no murmur",
    "abdomen: soft, {abd}",
    "extremities: {oed} oedema to the {lvl}",
    "neurological: power {power}/5 in all groups, sensation intact to light touch",
)
LAB_TEMPLATES = (
    "Hb {hb} g/L, WBC {wbc}, neutrophils {neut}, platelets {plt}",
    "sodium {na}, potassium {k}, creatinine {cr} umol/L (eGFR {egfr})",
    "ALT {alt}, ALP {alp}, bilirubin {bili}, albumin {alb}",
    "INR {inr}; HbA1c {a1c}%",
    "CEA {cea}; CA 19-9 {ca}",
)
FAMILY = (
    "Mother had colon cancer at {age1}; father died of a stroke at {age2}.",
    "One brother with prostate cancer diagnosed at {age1}; no other cancers known.",
    "No family history of malignancy; sister with type 1 diabetes.",
    "Maternal aunt with breast cancer in her {age3}s; genetic testing not done.",
)
FUNCTION = (
    "Independent in all ADLs; needs help with heavy housework.",
    "Uses a cane outdoors; climbs {steps} stairs at home with a rail.",
    "Still driving short distances; daughter drives to the centre ({km} km each way).",
    "Works from home {days} days a week as a bookkeeper.",
)


def _values(rng: random.Random) -> dict[str, object]:
    w1 = rng.randint(48, 104)
    return {
        "w1": w1,
        "w2": w1 + rng.randint(1, 9),
        "ns": rng.choice(("none", "occasional", "most nights")),
        "pct": rng.choice((40, 50, 60, 70, 80, 90)),
        "app": rng.choice(("poor", "fair", "reasonable", "good")),
        "meals": rng.randint(3, 6),
        "side": rng.choice(("left", "right")),
        "yr": rng.randint(2008, 2022),
        "blocks": rng.randint(1, 12),
        "puffs": rng.randint(1, 9),
        "bd": rng.randint(1, 4),
        "noct": rng.randint(0, 4),
        "yrs": rng.randint(2, 15),
        "pain": rng.randint(0, 6),
        "pain2": rng.randint(3, 9),
        "mins": rng.choice((10, 15, 20, 30, 45, 60)),
        "hrs": rng.randint(3, 8),
        "phq": rng.randint(2, 17),
        "sys": rng.randint(102, 168),
        "dia": rng.randint(58, 96),
        "hr": rng.randint(54, 108),
        "rr": rng.randint(12, 22),
        "t": rng.choice(("36.4", "36.7", "36.9", "37.1", "37.3")),
        "sat": rng.randint(89, 99),
        "ecog": rng.randint(0, 2),
        "dent": rng.choice(("poor", "fair", "good", "edentulous")),
        "nodes": rng.choice(
            ("no cervical, supraclavicular or axillary nodes", "a 1 cm mobile node in the left groin", "no adenopathy")
        ),
        "chest": rng.choice(
            ("clear", "reduced air entry at the right base", "scattered wheeze", "fine basal crackles")
        ),
        "abd": rng.choice(("non-tender", "mildly tender in the epigastrium", "liver edge palpable 2 cm")),
        "oed": rng.choice(("no", "trace", "1+", "2+")),
        "lvl": rng.choice(("ankles", "mid-shin", "knees")),
        "power": rng.choice((4, 5)),
        "hb": rng.randint(88, 152),
        "wbc": round(rng.uniform(2.9, 11.8), 1),
        "neut": round(rng.uniform(1.2, 8.9), 1),
        "plt": rng.randint(96, 420),
        "na": rng.randint(129, 144),
        "k": round(rng.uniform(3.3, 5.2), 1),
        "cr": rng.randint(52, 160),
        "egfr": rng.randint(34, 95),
        "alt": rng.randint(9, 88),
        "alp": rng.randint(45, 310),
        "bili": rng.randint(4, 31),
        "alb": rng.randint(28, 44),
        "inr": round(rng.uniform(0.9, 1.6), 1),
        "a1c": round(rng.uniform(5.2, 9.1), 1),
        "cea": round(rng.uniform(0.8, 41.0), 1),
        "ca": rng.randint(6, 900),
        "age1": rng.randint(48, 84),
        "age2": rng.randint(60, 92),
        "age3": rng.choice((40, 50, 60, 70)),
        "steps": rng.randint(4, 16),
        "km": rng.randint(20, 340),
        "days": rng.randint(1, 4),
    }


def ros(rng: random.Random) -> list[str]:
    """Review of systems, one line per system with varied findings."""
    values = _values(rng)
    lines = []
    for system, options in SYSTEMS.items():
        picked = rng.sample(options, min(len(options), rng.randint(1, 2)))
        lines.append(f"{system}: " + "; ".join(p.format(**values) for p in picked) + ".")
    return lines


def exam(rng: random.Random) -> list[str]:
    """Physical examination with vitals."""
    values = _values(rng)
    return [t.format(**values)[0].upper() + t.format(**values)[1:] + "." for t in EXAM_TEMPLATES]


def labs(rng: random.Random) -> list[str]:
    """Blood work with dated values."""
    values = _values(rng)
    return [
        f"2026-{rng.randint(9, 10):02d}-{rng.randint(1, 28):02d}: " + t.format(**values) + "." for t in LAB_TEMPLATES
    ]


def family_and_function(rng: random.Random) -> list[str]:
    """Family history and function."""
    values = _values(rng)
    return [rng.choice(FAMILY).format(**values), *[f.format(**values) for f in rng.sample(FUNCTION, 2)]]


PATHOLOGY = (
    "Pathology ({d}): {g} grade {gr}, {size} mm, margins {marg}; LVI {lvi}; {pos}/{tot} nodes positive.",
    "Biopsy ({d}) reviewed at the provincial pathology rounds: {g}, Ki-67 {ki}%.",
    "Molecular: PD-L1 TPS {pd}%; no actionable mutation on the {panel}-gene panel.",
)
NURSING = (
    "Distress thermometer {dt}/10 (practical worries: parking, cost of travel).",
    "Falls risk screen {falls}; home care referral {hc}.",
    "Smoking status: {smoke}. Offered the provincial quit line.",
    "Interpreter not required; prefers {lang} for written material.",
    "Advance care planning: {acp}.",
)
COUNSEL = (
    "We reviewed the goals of treatment and the expected acute effects: fatigue, local skin reaction and the "
    "effects specific to the area treated.",
    "Late effects were described as uncommon but possibly permanent, and were put in the context of the benefit.",
    "Written consent was signed today after an unhurried discussion; questions were answered in full.",
    "Lodging at the centre's residence was offered because of the distance; the family prefers to drive daily.",
    "The patient knows how to reach the nurse line after hours and which symptoms should prompt a call.",
    "A copy of this note goes to the family physician and the referring surgeon.",
    "Exercise during treatment and a regular sleep schedule were encouraged; the dietitian will follow weekly.",
    "Concurrent systemic therapy will be coordinated with medical oncology; bloods weekly on the chemo day.",
)


def pathology_and_screen(rng: random.Random) -> tuple[list[str], list[str]]:
    """Pathology lines and a nursing screen, with varied values."""
    values = {
        "d": f"2026-{rng.randint(6, 9):02d}-{rng.randint(1, 28):02d}",
        "g": rng.choice(("adenocarcinoma", "squamous cell carcinoma", "invasive carcinoma", "urothelial carcinoma")),
        "gr": rng.randint(1, 3),
        "size": rng.randint(6, 62),
        "marg": rng.choice(("clear (closest 2 mm)", "clear by 8 mm", "focally positive", "not assessable")),
        "lvi": rng.choice(("present", "absent", "focal")),
        "pos": rng.randint(0, 4),
        "tot": rng.randint(5, 24),
        "ki": rng.randint(5, 80),
        "pd": rng.choice((0, 1, 5, 20, 50, 80)),
        "panel": rng.choice((50, 161, 500)),
        "dt": rng.randint(1, 9),
        "falls": rng.choice(("negative", "positive (one fall in March)", "low risk")),
        "hc": rng.choice(("made", "declined", "already in place")),
        "smoke": rng.choice(("never", "former, quit 2012", "current, 10 cigarettes a day")),
        "lang": rng.choice(("English", "French", "English and French")),
        "acp": rng.choice(("full code, discussed with family", "goals of care form on file", "not yet discussed")),
    }
    path = [p.format(**values) for p in rng.sample(PATHOLOGY, 2)]
    nursing = [n.format(**values) for n in rng.sample(NURSING, 4)]
    return path, nursing


def counselling(rng: random.Random) -> list[str]:
    """A counselling paragraph drawn from a pool."""
    return rng.sample(COUNSEL, rng.randint(4, 6))
