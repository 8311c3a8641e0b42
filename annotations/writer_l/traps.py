"""Uncounted mentions: negated, planned, historical, blank, copied, other-person and non-feature text.

Nothing returned here contains evidence markup; each function names the trap it plants.
"""

from __future__ import annotations

import random

from .phrases import pick
from .sites import Site

NEG_CONTRAST = (
    "No contrast - creatinine 2.1, eGFR 28.",
    "IV contrast not given: documented iodinated contrast anaphylaxis.",
    "Contrast was not used (no IV access after three attempts).",
    "Oral contrast declined by patient; scan done without it.",
    "no contrast given today",
)
NEG_CONTRAST_WS = ("IVC: N", "IV contrast (Y/N): N - Cr 1.9", "PO contrast: N", "Contrast given (Y/N): N")
PLANNED_FEATURE = {
    "arc_rotational": ("May change to VMAT if the cord constraint cannot be met.", "VMAT to be considered at replan."),
    "particle": ("Proton referral being explored with the tertiary centre; insurance pending.",),
    "custom_shielding": ("Custom cutout may be needed if the lesion grows - reassess at week 2.",),
    "complex_blocking": ("If the plan is unacceptable we may add complex blocking at a later revision.",),
    "contrast": ("Will return for a contrast scan if the creatinine improves.", "Consider IV contrast at re-sim."),
    "brachytherapy": ("Brachytherapy boost to follow EBRT; applicator sim will be scheduled separately.",),
    "hyperthermia": ("Hyperthermia may be offered later through the tertiary centre.",),
}
PLANNED_MODALITY = {
    "MRI": ("MRI to be obtained and fused once the satellite scanner has a slot.", "Plan: MRI fusion when available."),
    "PET": ("PET/CT via the mobile PET service next Thursday; will fuse if it arrives before planning.",),
    "fluoroscopy": ("Fluoro check may be done at first treatment.",),
    "ultrasound": ("Ultrasound bladder check to be added from fraction 1.",),
}
HIST_IMAGING = (
    "Diagnostic MRI {d} showed a {s} cm enhancing mass.",
    "Staging PET/CT {d} (mobile unit): FDG-avid primary, SUV {v}, no distant disease.",
    "Outside CT chest {d} with IV contrast: no metastases.",
    "CT abdomen/pelvis with oral and IV contrast {d} was unremarkable apart from the primary.",
    "Bone scan {d}: uptake at known sites only.",
    "Ultrasound {d} at the satellite clinic was indeterminate.",
)
OTHER_PERSON = (
    "Her husband had a contrast CT at the mobile unit the same morning.",
    "Pt's brother was treated here with protons in 2019 and asked about the same.",
    "Daughter had an MRI with gadolinium last week and is anxious about contrast.",
    "Wife recently completed VMAT for her own breast cancer at the hub.",
)
BOLUS = ("0.5 cm bolus placed over the scar.", "1 cm tissue-equivalent bolus over the lesion.", "Bolus 5 mm daily.")
IMMOB = ("Custom Vac-Lok bag formed.", "Custom thermoplastic mask made.", "Custom knee/foot mould made.")
MLC = ("MLC shaping only; no custom blocks.", "Fields shaped with MLC (standard).", "Standard MLC, no blocks.")
BLANK_LINES = {
    "contrast": ("Contrast: ___", "Contrast (type/volume): n/a", "[ ] IV contrast"),
    "arc_rotational": ("Technique: ___",),
    "custom_shielding": ("[ ] custom blocks", "Custom shielding: n/a"),
    "complex_blocking": ("Complex blocking: ___",),
    "MRI": ("MRI fusion: n/a", "MRI fusion: ___"),
    "PET": ("PET fusion: n/a",),
    "areas": ("Number of areas: ___", "# areas: n/a"),
    "rationale": ("Reason for complex sim: ___", "Medical necessity: n/a"),
    "brachytherapy": ("[ ] applicator verification",),
}
COPY_FORWARD = (
    "Copied from {y} sim note: 'IV contrast given, MRI fused, complex simulation because of cord proximity.'",
    "Prior course ({y}) text carried forward: custom Cerrobend blocks, three areas, PET fused.",
    "[copied forward from {y} encounter] VMAT, oral contrast, fusion done.",
)


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def date(rng: random.Random, months_ago: int) -> str:
    """Return a made-up date some months before the (fictional) visit, in one of several formats."""
    index = 2026 * 12 + 10 - months_ago
    year, month = index // 12, index % 12 + 1
    day = rng.randint(1, 28) if months_ago else 1
    fmt = rng.randrange(3)
    if fmt == 0:
        return f"{month:02d}/{day:02d}/{year % 100:02d}"
    if fmt == 1:
        return f"{day} {MONTHS[month - 1]} {year}"
    return f"{year}-{month:02d}-{day:02d}"


def negated_contrast(rng: random.Random, ws: bool) -> str:
    """Return a negated contrast statement."""
    return pick(rng, NEG_CONTRAST_WS if ws else NEG_CONTRAST)


def planned_feature(name: str, rng: random.Random) -> str:
    """Return a hedged or future mention of a feature (not done at this simulation)."""
    return pick(rng, PLANNED_FEATURE[name])


def planned_modality(name: str, rng: random.Random) -> str:
    """Return a planned imaging mention (not used for this simulation)."""
    return pick(rng, PLANNED_MODALITY[name])


def historical(rng: random.Random) -> str:
    """Return a historical diagnostic imaging statement (may mention old contrast)."""
    return pick(rng, HIST_IMAGING).format(
        d=date(rng, rng.randint(2, 6)), s=rng.choice((1.8, 2.3, 3.1, 4.0)), v=rng.choice((6.2, 9.8, 14.1))
    )


def copy_forward(rng: random.Random) -> str:
    """Return a marked copy-forward block from an earlier course."""
    return pick(rng, COPY_FORWARD).format(y=rng.choice((2019, 2020, 2021, 2022)))


def many_beams(site: Site, target: str, rng: random.Random) -> str:
    """Return a many-beams-on-one-target statement (one area, no feature)."""
    n = rng.choice((5, 7, 9))
    return pick(
        rng,
        (
            f"{n}-field IMRT, all beams on the {target}.",
            f"{n} static beams converge on the {target} (single isocentre).",
            f"Beam arrangement: {n} fields to the {target}.",
        ),
    )


def prior_site(rng: random.Random) -> str:
    """Return a prior course's site named in passing."""
    return pick(
        rng,
        (
            "Prior RT to the right breast in 2014 at the tertiary centre (not part of this course).",
            "Previously treated T-spine in 2021; not being retreated.",
            "Remote history of RT to the left neck, 2012.",
        ),
    )
