"""Trap phrasing: text that looks like evidence but never counts (chosen so it never changes the plan's labels)."""

from __future__ import annotations

import random

from .evidence import BARE
from .plan import Plan
from .vocab import SITES

NEG_FEAT = {
    "contrast": [
        "No IV contrast was given.",
        "Contrast: none (eGFR 28).",
        "No oral or IV contrast used.",
        "Contrast was not administered - patient declined.",
    ],
    "arc_rotational": ["No VMAT; 3D conformal fields.", "Arc therapy not used.", "Static fields, no arcs."],
    "custom_shielding": ["No custom blocks required.", "Custom shielding: not needed.", "No cutout needed."],
    "complex_blocking": ["No complex blocking.", "Blocking: none beyond MLC."],
    "brachytherapy": ["No applicator placed today."],
    "hyperthermia": ["Hyperthermia not offered at this time."],
}
PLAN_FEAT = {
    "contrast": [
        "May need IV contrast at re-simulation if the nodes are not visible.",
        "Will consider oral contrast at the boost simulation.",
    ],
    "arc_rotational": [
        "May convert to VMAT if the cord constraint is not met.",
        "Dosimetry may try an arc plan later.",
    ],
    "custom_shielding": [
        "A custom block may be fabricated later if skin reaction requires.",
        "Consider custom shield for the boost.",
    ],
    "complex_blocking": ["Complex blocking may be required at the boost."],
    "brachytherapy": ["Brachytherapy boost to be scheduled after EBRT."],
    "hyperthermia": ["Hyperthermia referral under consideration."],
}
PLAN_MOD = {
    "MRI": ["MRI fusion to be obtained when the outside disc arrives.", "Will request an MRI for fusion."],
    "PET": ["PET/CT pending - will fuse if available before contouring.", "Plan to obtain a restaging PET."],
    "ultrasound": ["Ultrasound may be used at the next session."],
    "fluoroscopy": ["Fluoro verification will be done at the first treatment."],
}
NEG_MOD = {
    "MRI": ["No MRI fusion (pacemaker).", "MRI not available for fusion."],
    "PET": ["PET not fused - outside images could not be imported."],
}


def hist_line(p: Plan, rng: random.Random) -> tuple[str, list[str]]:
    """A historical imaging line for the site (never counts)."""
    line = rng.choice(SITES[p.site]["hist"])
    traps = ["historical_imaging"]
    if "contrast" in line or "gadolinium" in line:
        traps.append("historical_contrast")
    return line + ".", traps


def absent_features(p: Plan) -> list[str]:
    """Features the plan does not have (safe to negate or plan)."""
    own = SITES[p.site]["features"]
    base = ["contrast", "arc_rotational", "custom_shielding"] + [
        f for f in own if f not in ("contrast", "arc_rotational", "custom_shielding")
    ]
    return [f for f in base if f not in p.features]


def pick_sim_traps(p: Plan, rng: random.Random) -> list[tuple[str, str, str, str]]:
    """(trap, section key, field, sentence) lines that never count."""
    out: list[tuple[str, str, str, str]] = []
    absent = absent_features(p)
    absent_mod = [m for m in ("MRI", "PET") if m not in p.modalities]
    want = rng.sample(
        [
            "neg_feat",
            "plan_feat",
            "plan_mod",
            "blank",
            "immob",
            "mlc",
            "bolus",
            "charge",
            "dibh",
            "igrt",
            "neg_mod",
            "other_person",
        ],
        rng.randint(1, 3),
    )
    for w in want:
        if w == "neg_feat" and absent:
            f = rng.choice(absent)
            out.append(("negated_feature", "technique", "Note", rng.choice(NEG_FEAT.get(f, NEG_FEAT["contrast"]))))
        elif w == "plan_feat" and absent:
            f = rng.choice(absent)
            if f in PLAN_FEAT:
                out.append(("planned_feature", "plan", "Plan", rng.choice(PLAN_FEAT[f])))
        elif w == "plan_mod" and absent_mod:
            m = rng.choice(absent_mod)
            out.append(("planned_modality", "plan", "Plan", rng.choice(PLAN_MOD[m])))
        elif w == "neg_mod" and absent_mod and p.modalities:
            m = rng.choice(absent_mod)
            out.append(("negated_modality", "imaging", "Fusion", rng.choice(NEG_MOD[m])))
        elif w == "blank" and absent:
            f = rng.choice(absent)
            lab = {
                "contrast": "Contrast",
                "arc_rotational": "Arc/rotational",
                "custom_shielding": "Custom blocks",
                "complex_blocking": "Complex blocking",
                "brachytherapy": "Applicator",
                "hyperthermia": "Hyperthermia probes",
            }[f]
            out.append(("blank_field", "technique", lab, f"{lab}: ___"))
        elif w == "immob":
            out.append(
                (
                    "custom_immobilization",
                    "setup",
                    "Immobilization",
                    f"Custom immobilization: {rng.choice(SITES[p.site]['immob'])}.",
                )
            )
        elif w == "mlc" and "complex_blocking" not in p.features and "custom_shielding" not in p.features:
            out.append(("mlc_only", "technique", "Blocking", "Field shaping with standard MLC only."))
        elif w == "bolus" and p.site in (
            "breast_nodes",
            "skin_electron",
            "palliative",
            "chest_wall_hyperthermia",
            "head_neck",
        ):
            out.append(
                (
                    "bolus",
                    "setup",
                    "Bolus",
                    f"{rng.choice(['0.5 cm', '1 cm', '3 mm'])} bolus placed (tissue-equivalent, not a block).",
                )
            )
        elif w == "charge":
            out.append(
                (
                    "charge_line",
                    "charge",
                    "Charge",
                    rng.choice(
                        [
                            "Charge captured: 77290-26.",
                            "CPT 77290 / 77293 posted by scheduling.",
                            "Charge: 77290 (complex sim).",
                        ]
                    ),
                )
            )
        elif w == "dibh" and p.site in ("breast_nodes", "lymphoma"):
            out.append(("dibh", "setup", "Motion", "DIBH coaching performed; breath-hold reproducible."))
        elif w == "igrt":
            out.append(("igrt_plan", "plan", "IGRT", rng.choice(["Daily CBCT for IGRT.", "kV/kV daily, weekly CBCT."])))
        elif w == "other_person":
            out.append(
                (
                    "other_person",
                    "hx",
                    "Family",
                    rng.choice(
                        [
                            "Her sister had breast RT with IV contrast CT sim in 2018.",
                            "Husband was treated with VMAT here last year and came with her today.",
                            "Father had PET/CT and radiation for lung cancer.",
                        ]
                    ),
                )
            )
    if "arc_rotational" not in p.features and p.n_areas == 1 and rng.random() < 0.35:
        out.append(
            (
                "many_beams",
                "technique",
                "Beams",
                rng.choice(
                    [
                        "Seven-field IMRT, all beams to the single target.",
                        "Nine static IMRT fields, one isocenter.",
                        "4-field box to the target.",
                        "AP/PA plus two obliques to the one target.",
                    ]
                ),
            )
        )
    if p.four_d and not p.features:
        out.append(("4dct_alone", "imaging", "Motion", "Motion management with 4DCT (77293) only."))
    return out


def bare(rng: random.Random) -> str:
    """A bare assertion of medical necessity (not a rationale)."""
    return rng.choice(BARE)


def oar_table(p: Plan, rng: random.Random) -> str:
    """An OAR dose-constraint table (organs at risk are not areas)."""
    oars = SITES[p.site]["oars"]
    rows = []
    for o in oars:
        c = rng.choice(["Dmax < 45 Gy", "Dmean < 26 Gy", "V20 < 30%", "D0.03cc < 54 Gy", "V30 < 20%", "Dmean < 20 Gy"])
        rows.append(f"  {o:<28}| {c}")
    return (
        "OAR dose constraints (organs at risk - not treatment areas)\n  Structure                   | Constraint\n"
        + "\n".join(rows)
    )


def copy_forward(p: Plan, rng: random.Random) -> str:
    """Text copied forward from a prior course (never counts)."""
    absent = absent_features(p)
    bits = []
    if "contrast" in absent:
        bits.append("IV contrast given")
    if "arc_rotational" in absent:
        bits.append("VMAT")
    if "custom_shielding" in absent:
        bits.append("custom blocks made")
    bits.append(rng.choice(["three treatment areas", "two isocenters", "single area"]))
    yr = rng.choice(["2019", "2021", "2022"])
    return rng.choice(
        [
            f"[Copied from {yr} sim note - prior course:] {', '.join(bits)}; rationale documented at that time.",
            f"Prior course ({yr}), copied forward for reference: {'; '.join(bits)}.",
        ]
    )


def prior_course(p: Plan, rng: random.Random) -> str:
    """A prior-course dose summary for re-irradiation notes."""
    yr = rng.choice(["2018", "2019", "2020", "2022"])
    dose = rng.choice(["60 Gy/30", "50 Gy/25", "45 Gy/25", "30 Gy/10", "66 Gy/33"])
    tech = rng.choice(
        ["IMRT", "VMAT", "3D-CRT with IV contrast sim", "electrons with custom cutout", "opposed laterals"]
    )
    return (
        f"PRIOR COURSE DOSE SUMMARY (from ARIA, {yr}):\n  Course 1 | {dose} | {tech} | completed {yr}\n"
        f"  Max cumulative {rng.choice(SITES[p.site]['oars'])} dose to be checked on composite."
    )
