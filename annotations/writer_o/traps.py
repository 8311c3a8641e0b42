"""Trap phrasing: mentions that look like evidence but do not count (never marked up)."""

from __future__ import annotations

import random

from .filler import date
from .phrases import pick

OUTSIDE = [
    "Desert Sky Imaging",
    "Gulfview Radiology",
    "an outside ED",
    "Tri-County Imaging Center",
    "St. Gall Regional",
    "Summit Diagnostic",
    "the VA clinic",
]

NEGATED_FEATURE = {
    "contrast": [
        "No IV contrast given (eGFR {g}).",
        "Contrast: none -- pt declined.",
        "Oral contrast not used.",
        "No contrast administered today.",
        "Non-contrast scan only.",
    ],
    "arc_rotational": [
        "Not a VMAT case; 3D conformal fields.",
        "No arc delivery -- static fields.",
        "VMAT not indicated.",
    ],
    "particle": ["Protons not pursued (not covered by plan).", "Photon plan; no proton referral."],
    "custom_shielding": [
        "No custom blocks or cutouts needed.",
        "Custom shielding: not required.",
        "No Cerrobend fabricated.",
    ],
    "complex_blocking": ["No complex blocking required.", "Blocking: none beyond MLC."],
    "hyperthermia": ["No hyperthermia component.", "Hyperthermia not offered."],
    "brachytherapy": ["No applicator placed today."],
}
PLANNED_FEATURE = {
    "contrast": [
        "Will consider oral contrast at re-sim if bowel unclear.",
        "May need IV contrast at resim if nodes obscured.",
        "Contrast to be given at next scan if Cr allows.",
    ],
    "arc_rotational": [
        "May convert to VMAT if cord constraint not met.",
        "Possible switch to arcs at planning.",
        "VMAT to be considered by dosimetry.",
    ],
    "particle": ["Proton referral pending insurance review.", "Could consider protons if PA approved."],
    "custom_shielding": ["Possible custom block after first port film.", "Cutout may be needed at boost."],
    "complex_blocking": ["Complex blocking may be required later for cone-down."],
    "hyperthermia": ["Hyperthermia could be added if trial opens."],
    "brachytherapy": ["Brachy boost to be scheduled after EBRT."],
}
NEGATED_MOD = {
    "MRI": ["No MRI fusion (pacemaker).", "MRI not obtained -- claustrophobia.", "MRI fusion: not done."],
    "PET": ["PET not available for fusion.", "No PET registration performed."],
    "fluoroscopy": ["No fluoro needed."],
    "ultrasound": ["Ultrasound not used."],
}
PLANNED_MOD = {
    "MRI": [
        "MRI fusion will be done when outside images are pushed.",
        "Plan MRI pelvis for fusion next week.",
        "MRI to be obtained for fusion prior to contouring.",
    ],
    "PET": ["Plan to obtain PET/CT for fusion before contouring.", "PET/CT pending -- will fuse when available."],
    "fluoroscopy": ["Fluoro may be used at verification."],
    "ultrasound": ["Ultrasound may be used on treatment days."],
}
BLANKS = {
    "contrast": "Contrast: ______",
    "custom_shielding": "[ ] Custom block   [ ] Cutout   [ ] Bolus",
    "MRI": "Fusion (MRI/PET): ___",
    "arc_rotational": "Technique: [ ] 3D  [ ] IMRT  [ ] VMAT",
    "rationale": "Reason for complex sim: ________________",
    "particle": "Protons: Y / N",
}


def historical_imaging(rng: random.Random, site: dict[str, object], with_contrast: bool) -> str:
    """Return a dated diagnostic-imaging line (history, not this simulation)."""
    mod = pick(rng, ["CT chest/abd/pelvis", "MRI", "PET/CT", "CT neck", "bone scan", "MRI pelvis", "CT A/P"])
    con = pick(rng, [" with IV contrast", " w/ contrast", " with and without gadolinium", " with oral and IV contrast"])
    return (
        f"{mod} {date(rng, 2025)} ({pick(rng, OUTSIDE)}){con if with_contrast else ''}: "
        f"{pick(rng, list(site['finding']))}."
    )  # type: ignore[call-overload]


def copy_forward(rng: random.Random, yr: int, items: list[str]) -> list[str]:
    """Return a copied-forward block from a prior course (not documentation of this simulation)."""
    head = pick(
        rng,
        [
            f"[copied forward from {yr} sim note]",
            f"--- Prior course ({yr}), carried forward ---",
            f"COPIED FROM {yr} SIMULATION:",
            f"Prior course {yr} (for reference only):",
        ],
    )
    return [head, "; ".join(items) + ".", pick(rng, ["[end copied text]", "--- end ---", "(not current)"])]


def charge_lines(rng: random.Random) -> list[str]:
    """Return a superbill / charge-capture block (a charge line is not documentation)."""
    lines = [
        pick(
            rng,
            [
                "CPT 77290 -- Sim, complex x1",
                "77290 complex simulation (1)",
                "77290-26 pro component",
                "Charge: 77290 x 1 unit",
            ],
        )
    ]
    lines += rng.sample(
        [
            "77334 x2 (devices)",
            "77332 x1",
            "77293 respiratory motion add-on",
            "77014 x1",
            "77470 special tx procedure",
            "G6015",
            "99214-25",
            "77263 clinical tx planning",
        ],
        rng.randint(1, 3),
    )
    lines.append(pick(rng, ["Captured by: billing queue", "Posted: pending coder review", "Charge status: HOLD"]))
    return lines


def other_person(rng: random.Random) -> str:
    """Return a mention of someone else's imaging or radiation."""
    return pick(
        rng,
        [
            "Pt's husband was treated here with protons in 2020 and asked about the same.",
            "Daughter (present) had a contrast reaction during her own CT last year; pt anxious about it.",
            "Her sister received VMAT for lung ca at another center.",
            "Brother had brachytherapy for prostate in 2018.",
        ],
    )
