"""Plain (never spanned) trap text: negations, plans, history, blanks, billing lines, copy-forward."""

from __future__ import annotations

import random

from .evidence import BARE_ASSERTIONS
from .plan import Plan


def _d(rng: random.Random, year: int | None = None) -> str:
    return f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{year or rng.choice((2024, 2025))}"


def historical_imaging(plan: Plan, rng: random.Random) -> str:
    """A diagnostic scan used for staging only."""
    options = []
    if "PET" not in plan.modalities:
        options += [
            f"Staging PET/CT {_d(rng)} showed an SUV max of {rng.uniform(3, 18):.1f}; "
            "used for staging only, not fused for this plan.",
            f"PET from last year ({_d(rng, 2025)}) was reviewed for staging.",
        ]
    if "MRI" not in plan.modalities:
        options += [
            f"MRI {_d(rng)} showed a {rng.uniform(0.8, 5.5):.1f} cm mass.",
            f"Outside MRI from {_d(rng)} reviewed in clinic; report only, images not available to us.",
        ]
    options += [
        f"Bone scan {_d(rng)} without other sites of disease.",
        f"Diagnostic CT chest {_d(rng)} showed no pulmonary nodules.",
        f"Prior ultrasound {_d(rng)} described the lesion as hypoechoic.",
    ]
    return rng.choice(options)


def historical_contrast(plan: Plan, rng: random.Random) -> str:
    """Prior diagnostic imaging done with contrast."""
    return rng.choice(
        (
            f"Diagnostic CT abdomen/pelvis with IV contrast on {_d(rng)} showed no distant disease.",
            f"Prior contrast-enhanced CT neck ({_d(rng)}) demonstrated the primary.",
            f"She had a CT with contrast at the outside ER on {_d(rng)}, report scanned into Epic.",
            f"CT chest w/ contrast {_d(rng)}: stable.",
            f"Barium swallow {_d(rng)} with oral contrast showed a narrowing.",
        )
    )


NEGATED = {
    "contrast": (
        "No contrast given.",
        "IV contrast held for eGFR {egfr}.",
        "Contrast: none (iodine allergy, premedication declined).",
        "No IV contrast was used today, creatinine {cr}.",
        "Noncontrast scan.",
        "Oral contrast not given; patient NPO issues.",
    ),
    "custom_shielding": (
        "No custom blocks.",
        "No bolus, no custom blocks.",
        "No cutout needed.",
        "Custom shielding: not required.",
    ),
    "arc_rotational": ("3D conformal technique, not VMAT.", "Static fields only, no arcs."),
    "particle": ("Not a proton candidate; insurance denied.", "Protons were discussed and declined."),
}
PLANNED_FEATURE = {
    "contrast": (
        "Will add oral contrast at re-sim if bowel is hard to see.",
        "Plan IV contrast at the boost re-sim.",
        "May need contrast if the nodes are not seen.",
    ),
    "arc_rotational": (
        "If constraints cannot be met, may switch to VMAT.",
        "Plan VMAT (order placed; plan not yet done).",
        "Dosimetry may try an arc plan if the 3D plan is hot.",
    ),
    "custom_shielding": ("Consider a custom block for the boost.", "May need a cutout later for the boost field."),
    "particle": ("Proton referral to Pinecrest pending insurance.",),
}
PLANNED_MODALITY = {
    "MRI": (
        "Will fuse MRI when available.",
        "MRI scheduled {d}; will register once done.",
        "Sim MRI ordered, not yet obtained.",
    ),
    "PET": ("PET/CT pending; will fuse if it arrives before planning.", "Would like a PET for fusion, ordered."),
}
BLANKS = {
    "contrast": ("Contrast: ___", "[ ] IV contrast  [ ] oral contrast", "Contrast type/volume: ***"),
    "custom_shielding": ("Custom blocks: ___", "[ ] custom shielding"),
    "arc_rotational": ("Technique: ***",),
    "MRI": ("MRI fusion: ___", "[ ] MRI fused"),
    "PET": ("PET fusion: ***",),
    "rationale": ("Medical necessity: ***", "Reason for complex sim: ___"),
    "areas": ("Number of areas: ___", "Treatment site(s): ***"),
}


def negated_feature(plan: Plan, rng: random.Random) -> str:
    """A negated feature absent from the plan."""
    keys = [k for k in NEGATED if k not in plan.features]
    key = rng.choice(keys)
    return rng.choice(NEGATED[key]).format(egfr=rng.randint(18, 32), cr=f"{rng.uniform(1.8, 2.9):.1f}")


def planned_feature(plan: Plan, rng: random.Random) -> str:
    """A hypothetical or ordered-not-done feature absent from the plan."""
    keys = [k for k in PLANNED_FEATURE if k not in plan.features]
    return rng.choice(PLANNED_FEATURE[rng.choice(keys)])


def planned_modality(plan: Plan, rng: random.Random) -> str:
    """A planned modality absent from the plan."""
    keys = [k for k in PLANNED_MODALITY if k not in plan.modalities] or ["MRI"]
    return rng.choice(PLANNED_MODALITY[rng.choice(keys)]).format(d=_d(rng, 2026))


def blank_template(plan: Plan, rng: random.Random) -> list[str]:
    """Unfilled template fields for things not documented elsewhere."""
    keys = [k for k in ("contrast", "custom_shielding", "arc_rotational") if k not in plan.features]
    keys += [k for k in ("MRI", "PET") if k not in plan.modalities]
    if not plan.rationale:
        keys.append("rationale")
    if plan.area_count is None:
        keys.append("areas")
    chosen = rng.sample(keys, min(len(keys), rng.randint(2, 3)))
    return [rng.choice(BLANKS[k]) for k in chosen]


def charge_line(plan: Plan, rng: random.Random) -> str:
    """A bare billing line."""
    return rng.choice(
        (
            "Charge capture: 77290 complex simulation (26).",
            "Superbill: CPT 77290 x1.",
            f"Charges entered in MOSAIQ: 77290-26, {plan.date}.",
            "CPT: 77290 (complex simulation) / 77293 if 4D.",
            "Billing: complex simulation, 77290.",
            "Code: 77290-TC.",
        )
    )


def bare_assertion(rng: random.Random) -> str:
    """A complexity claim with no reason."""
    return rng.choice(BARE_ASSERTIONS)


def custom_immobilization(plan: Plan, rng: random.Random) -> str:
    """A custom device (never a feature)."""
    dev = rng.choice(plan.site.devices)
    return rng.choice(
        (
            f"Custom {dev} made and indexed to the table.",
            f"{dev} molded, labeled with name and DOB.",
            f"Immobilization: {dev}, indexed at H{rng.randint(1, 4)}.",
        )
    )


def bolus(rng: random.Random) -> str:
    """Bolus (never a feature)."""
    return rng.choice(
        ("0.5 cm bolus placed over the scar.", "1 cm Superflab bolus every other day.", "Bolus 5 mm on the chest wall.")
    )


def mlc_only(rng: random.Random) -> str:
    """Standard MLC shaping."""
    return rng.choice(
        ("Field shaping with MLC only.", "MLC shaping; no custom blocks needed.", "Standard MLC conformal shaping.")
    )


def many_beams(plan: Plan, rng: random.Random, arcs: bool) -> str:
    """Many beams or arcs on one target (one area)."""
    name = rng.choice(plan.areas[0].names) if plan.areas else "the target"
    if arcs:
        return rng.choice(
            (
                f"All {rng.randint(2, 4)} arcs are aimed at the {name}.",
                f"Arcs 1-{rng.randint(2, 4)} all to the same target ({name}).",
            )
        )
    n = rng.choice((5, 7, 9))
    return rng.choice(
        (
            f"{n}-field IMRT to the {name}.",
            f"{n} static beams, all on the {name}.",
            f"Beam arrangement: {n} coplanar fields to one target.",
        )
    )


def copy_forward(plan: Plan, rng: random.Random) -> list[str]:
    """Text copied forward from a prior course, clearly marked."""
    year = rng.choice((2018, 2019, 2020, 2021, 2022))
    head = rng.choice(
        (
            f"Prior course ({year}) sim note, for reference:",
            f"[copied from {year} sim note]",
            f"--- Previous course {year} (copied forward, not this simulation) ---",
        )
    )
    names = [rng.choice(a.names) for a in plan.site.areas]
    oar = rng.choice(plan.site.oars)
    body = rng.choice(
        (
            f"CT sim with IV contrast, MRI fused, three treatment areas ({', '.join(names[:3])}), custom blocks made.",
            f"VMAT 2 arcs to the {names[0]}, PET/CT fused, oral contrast given. "
            f"Complex sim due to proximity to the {oar}.",
            f"Simulated {len(names[:2])} areas: {' and '.join(names[:2])}; IV contrast; custom cutout.",
            f"Target {names[-1]} abutting the {oar}; contrast given; {rng.randint(3, 5)} areas total.",
        )
    )
    return [f"{head} {body}"]


def aborted(plan: Plan, rng: random.Random) -> list[str]:
    """A simulation that did not happen."""
    reason = rng.choice(
        (
            "was unable to tolerate the mask due to claustrophobia",
            "had uncontrolled pain lying flat, 9/10 despite oxycodone",
            "could not have an IV placed after three attempts",
            "arrived with a full meal and a bowel prep issue",
            "became hypotensive in the waiting area and was sent to the ED",
            "was not able to lie still even after lorazepam",
        )
    )
    return [
        f"Patient {reason}.",
        rng.choice(
            (
                "Simulation aborted before any scanning.",
                "Sim aborted; no images acquired.",
                "We stopped before the scout; nothing was scanned.",
                "Simulation not performed today.",
            )
        ),
        rng.choice(
            (
                "Will reschedule next week with premedication.",
                "Rescheduled to {d}.",
                "Will re-attempt once pain is controlled.",
            )
        ).format(d=_d(rng, 2026)),
    ]


def cancelled(plan: Plan, rng: random.Random) -> list[str]:
    """A cancelled appointment."""
    why = rng.choice(
        (
            "no-show, two voicemails left",
            "patient cancelled: admitted to hospital",
            "IV could not be placed at the infusion center",
            "insurance authorization not yet approved",
            "patient requested to postpone for a family event",
        )
    )
    return [f"CT sim on {_d(rng, 2026)} at {plan.centre} CANCELLED: {why}.", "No simulation was done."]


def planned_list(plan: Plan, rng: random.Random) -> list[str]:
    """What the aborted or future simulation was going to include (all intent)."""
    names = [rng.choice(a.names) for a in plan.site.areas[: rng.randint(1, 3)]]
    items = rng.sample(
        (
            f"planned: {', '.join(names)}",
            "IV contrast was planned",
            "MRI fusion planned",
            "VMAT intended",
            "custom cutout to be made",
            "PET fusion to follow",
            "oral contrast was to be given",
        ),
        3,
    )
    return [rng.choice(("Intended plan: ", "Was to include: ", "Sim order (not done): ")) + "; ".join(items) + "."]
