"""Text that must not count: negations, plans, history, blanks, copies, other people, non-features."""

from __future__ import annotations

import random

from .filler import date, doc
from .sites import Site

NEGATED_FEATURE = {
    "contrast": (
        "No IV or oral contrast was given.",
        "Contrast: none.",
        "Non-contrast scan; contrast not indicated.",
        "No contrast used for this scan.",
    ),
    "arc_rotational": (
        "Static-field technique; no arc or VMAT planned for this case.",
        "Not a VMAT case (static fields).",
    ),
    "particle": ("Photon plan; proton therapy not pursued (denied by insurer).", "No proton option at this time."),
    "custom_shielding": ("No custom blocks or cutouts needed.", "Custom shielding: not required."),
    "complex_blocking": ("No complex blocking needed.",),
}
NEGATED_FEATURE_FORM = {
    "contrast": "Contrast: [ ] IV  [ ] Oral  [ ] Rectal  [ ] Other",
    "arc_rotational": "Arc/VMAT: [ ]",
    "particle": "Protons: [ ] yes  [x] no",
    "custom_shielding": "Custom blocks/cutout: [ ]",
    "complex_blocking": "Complex blocking: [ ]",
}
PLANNED_FEATURE = {
    "contrast": (
        "If small bowel cannot be seen, may repeat the scan with oral contrast.",
        "Consider IV contrast at a re-sim if nodal anatomy is unclear.",
    ),
    "arc_rotational": (
        "May convert to VMAT at planning if the constraint cannot be met.",
        "Dosimetry may try an arc plan later.",
    ),
    "particle": ("Will discuss proton candidacy with the proton partner site.", "Proton referral to be considered."),
    "custom_shielding": ("A custom block may be fabricated after first-day films if needed.",),
    "complex_blocking": ("Complex blocking may be needed once the plan is reviewed.",),
    "brachytherapy": ("HDR boost with applicator insertion is planned after external beam (separate procedure).",),
    "hyperthermia": ("Hyperthermia referral under consideration.",),
}
PLANNED_MODALITY = {
    "MRI": (
        "MRI fusion will be added when the outside MRI is imported.",
        "Plan to obtain an MRI for fusion if approved.",
    ),
    "PET": ("Will request a PET/CT for fusion if the insurer approves.", "PET/CT to be considered for restaging."),
    "CT": ("A planning CT may be scheduled later if clinical setup is not reproducible.",),
    "ultrasound": ("Ultrasound may be used at the next session.",),
    "fluoroscopy": ("Fluoroscopic verification to be arranged if needed.",),
}
HIST_IMAGING = (
    ("MRI with and without gadolinium", True),
    ("CT chest/abdomen/pelvis with IV contrast", True),
    ("PET/CT", False),
    ("diagnostic ultrasound", False),
    ("bone scan", False),
    ("contrast-enhanced CT", True),
    ("MRI", False),
)
FINDINGS = (
    "showed the known primary without new disease",
    "showed a {n} cm mass",
    "no distant metastases",
    "interval progression",
    "stable appearance",
    "suspicious nodes up to {n} cm",
    "findings as summarized by radiology",
)


def historical_imaging(rng: random.Random) -> tuple[str, bool]:
    """Return a dated diagnostic imaging line and whether it mentions contrast."""
    study, contrast = rng.choice(HIST_IMAGING)
    finding = rng.choice(FINDINGS).format(n=rng.randint(1, 6))
    return rng.choice(("{s} on {d} {f}.", "Outside {s} ({d}): {f}.", "{d} {s} - {f}.")).format(
        s=study, d=date(rng), f=finding
    ), contrast


def other_person(rng: random.Random) -> str:
    """Return a mention of someone else's imaging or radiation."""
    rel = rng.choice(("husband", "wife", "sister", "brother", "mother", "son"))
    return rng.choice(
        (
            f"The patient's {rel} was treated in this department in {rng.choice((2019, 2021, 2023))} "
            "with VMAT and had a contrast reaction; the patient is anxious about contrast because of that.",
            f"Of note, the patient's {rel} had an MRI and PET/CT last month at another hospital (not "
            "relevant to this patient's care).",
            f"Family: {rel} had radiation with custom blocks for skin cancer years ago.",
        )
    )


def bare_assertion(rng: random.Random) -> str:
    """Return a bare assertion of complexity with no reason."""
    return rng.choice(
        (
            "Complex simulation is medically necessary.",
            "Complex simulation required per department protocol.",
            "Complexity: complex per protocol.",
            "This simulation meets criteria for complex simulation.",
            "Complex sim medically indicated.",
            "Medical necessity: complex simulation, per MD.",
        )
    )


def copy_forward(site: Site, rng: random.Random) -> str:
    """Return a block copied from a prior course (never counts)."""
    year = rng.choice((2018, 2019, 2020, 2021, 2022))
    items = rng.sample(
        (
            "IV contrast was given",
            "VMAT technique",
            "MRI fused for delineation",
            "custom Cerrobend block made",
            "three treatment areas",
            f"target abuts the {rng.choice(site.oars)}",
            "PET/CT fused",
            "proton plan",
        ),
        3,
    )
    head = rng.choice(
        (
            f"[Copied from {year} sim note - prior course]",
            f"Prior course ({year}), copied forward:",
            f"--- copied from {year} simulation ---",
        )
    )
    return head + " " + "; ".join(items) + "."


def contrast_held(rng: random.Random) -> str:
    """Return a contrast-allergy line where contrast was held."""
    return rng.choice(
        (
            "Iodinated contrast allergy (anaphylaxis 2017): IV contrast held; non-contrast scan obtained.",
            "Contrast allergy - contrast held per radiology; no premedication given.",
        )
    )


def premed_line(rng: random.Random) -> str:
    """Return the premedication lead-in for a patient with a contrast allergy who received contrast."""
    return rng.choice(
        (
            "History of hives with iodinated contrast; premedicated with prednisone 50 mg at 13, 7 "
            "and 1 h and diphenhydramine 50 mg.",
            "Contrast allergy (rash); 13-hour steroid premedication completed per protocol.",
        )
    )


def bolus(rng: random.Random) -> str:
    """Return a bolus line (not a complexity feature)."""
    return rng.choice(
        (
            "{n} cm bolus placed over the scar for simulation.",
            "Tissue-equivalent bolus ({n} cm) made and placed.",
            "Wax bolus {n} cm fabricated.",
        )
    ).format(n=rng.choice(("0.5", "1.0", "0.3")))


def custom_immobilization(rng: random.Random, mask: bool = False) -> str:
    """Return a custom immobilization line (not a complexity feature)."""
    if mask:
        return rng.choice(
            ("Custom thermoplastic mask made; fit good.", "Custom mask and head rest molded and indexed.")
        )
    return rng.choice(
        ("Custom Vac-Lok bag molded and indexed to the couch.", "Custom Alpha Cradle formed for the upper body.")
    )


def mlc_only(rng: random.Random) -> str:
    """Return an MLC-only shaping line (not complex blocking)."""
    return rng.choice(
        ("Fields shaped with the MLC only.", "Standard MLC shaping; no blocks.", "MLC conformed to the target.")
    )


def sim_aborted(site: Site, rng: random.Random) -> str:
    """Return an aborted-simulation narrative (nothing counts)."""
    reason = rng.choice(
        ("severe claustrophobia", "uncontrolled pain in the treatment position", "vasovagal episode", "acute confusion")
    )
    return (
        f"Patient arrived for CT simulation with IV contrast and MRI fusion planned. Positioning was attempted but the "
        f"procedure was aborted before any scan was acquired because of {reason}. No contrast was "
        "given and no images were "
        "obtained. Will reschedule with "
        f"{rng.choice(('lorazepam premedication', 'improved analgesia', 'anesthesia support'))}."
    )


def signature(rng: random.Random) -> str:
    """Return a signature line with a fake name."""
    return rng.choice(
        (
            f"Electronically signed by {doc(rng)}, MD on {date(rng)}",
            f"-- Dr. {doc(rng)} (Radiation Oncology)",
            f"Signed: {doc(rng)}, MD / sim therapist {doc(rng)[0]}.{doc(rng)[0]}., RTT",
            f"Dictated by {doc(rng)}, MD. Transcribed XXXXX.",
        )
    )
