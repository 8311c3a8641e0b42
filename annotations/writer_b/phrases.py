"""Writer B's phrasing for evidence and for the traps that must not count (invented wording).

Every function returns markup. Functions named ``*_line`` return affirmed evidence (wrapped with
:func:`ev`); the ``trap_*`` pools are plain text that the labeling guide says does not count.
"""

from __future__ import annotations

import random
from typing import Any

from .markup import ev

CONTRAST_AFFIRMED: dict[str, dict[str, list[str]]] = {
    "IV": {
        "prose": [
            "{ml} mL of Omnipaque 350 was injected IV through a 20 g antecubital line before the scan",
            "IV contrast (Isovue-370, {ml} cc) was given by power injector with a 35 second delay",
            "iodinated IV contrast was administered for the planning scan without reaction",
            "she received IV contrast after steroid premedication",
        ],
        "field": [
            "IV contrast: Omnipaque 300, {ml} mL, given",
            "Contrast: IV Visipaque {ml} mL administered",
            "IV contrast given: Y",
        ],
        "frag": ["IV contrast {ml}cc given", "IVC given ({ml} mL)", "+IV contrast"],
    },
    "oral": {
        "prose": [
            "oral contrast (dilute barium, 450 mL) was taken 45 minutes before scanning to opacify the small bowel",
            "the patient drank oral contrast an hour before the scan",
        ],
        "field": ["Oral contrast: Readi-Cat 450 mL, taken 60 min prior", "PO contrast given: yes"],
        "frag": ["PO contrast taken 1 h prior", "PO contrast given"],
    },
    "rectal": {
        "prose": [
            "30 mL of dilute rectal contrast was instilled through a soft catheter",
            "rectal contrast was placed to outline the anorectum",
        ],
        "field": ["Rectal contrast: 30 mL instilled", "Rectal contrast given: Y"],
        "frag": ["rectal contrast instilled", "rectal contrast 30 mL"],
    },
    "vaginal": {
        "prose": [
            "a contrast-soaked tampon was placed to mark the vaginal apex",
            "vaginal contrast gel was instilled to outline the vagina",
        ],
        "field": ["Vaginal contrast: contrast-soaked tampon placed", "Vaginal contrast: yes"],
        "frag": ["vaginal contrast placed", "vag contrast tampon in"],
    },
    "bladder": {
        "prose": [
            "20 mL of dilute contrast was instilled into the bladder through the Foley",
            "a cystogram-type bladder fill with contrast was done",
        ],
        "field": ["Bladder contrast: 20 mL via Foley", "Intravesical contrast: given"],
        "frag": ["bladder contrast via Foley", "intravesical contrast in"],
    },
    "urethrogram": {
        "prose": ["a retrograde urethrogram with 10 mL of contrast was done to define the prostatic apex"],
        "field": ["Urethrogram contrast: 10 mL, apex marked"],
        "frag": ["RUG w/ 10 mL contrast"],
    },
    "esophageal": {
        "prose": [
            "thick barium paste was swallowed on the table to outline the esophagus",
            "the patient swallowed barium contrast just before the scan",
        ],
        "field": ["Esophageal contrast: barium paste swallowed on table", "Barium swallow at sim: Y"],
        "frag": ["barium paste swallowed on table", "Ba swallow at sim"],
    },
}

ARC = {
    "prose": [
        "the patient was simulated for VMAT delivery with two full arcs",
        "this will be delivered with volumetric arc therapy (RapidArc)",
        "set-up is for helical tomotherapy",
        "treatment uses dynamic conformal arcs",
    ],
    "field": [
        "Technique: VMAT, 2 arcs",
        "Delivery: helical tomotherapy",
        "Technique: RapidArc (VMAT)",
        "Arc therapy: yes",
    ],
    "frag": ["VMAT x2 arcs", "tomo", "VMAT", "DCA arcs"],
}
PARTICLE = {
    "prose": [
        "the patient was simulated for proton therapy with pencil-beam scanning",
        "this is a proton plan; the scan was taken on the proton CT with range-uncertainty margins",
    ],
    "field": ["Modality of treatment: protons (PBS)", "Particle therapy: proton PBS", "Proton sim: Y"],
    "frag": ["protons PBS", "proton sim"],
}
COMPLEX_BLOCKING = {
    "prose": [
        "complex blocking is required around {oar}, with several blocked segments in one field",
        "the fields need complex blocking to carve around {oar}",
    ],
    "field": ["Blocking: complex blocking around {oar}", "Complex blocking: yes ({oar})"],
    "frag": ["complex blocking around {oar}", "cx blocking req'd"],
}

CT_LINES = {
    "prose": [
        "a planning CT was acquired on {place} with 2.5 mm slices",
        "CT simulation was performed in the treatment position",
        "the patient was scanned on the CT simulator from {range}",
        "a non-4D planning CT scan was obtained",
    ],
    "field": [
        "Planning CT: 2 mm slices, {range}",
        "Simulation: CT-based, {place}",
        "CT sim: completed",
        "Scan: helical CT, 3 mm",
    ],
    "frag": ["CT sim 2.5mm", "CT simulation done", "planning CT acquired", "CT sim on {place}"],
}
FOURD_LINES = {
    "prose": [
        "a 4DCT was acquired with the Anzai belt and an ITV built from all ten phases",
        "four-dimensional CT with RPM block was obtained; MIP and AIP reconstructed for the ITV",
    ],
    "field": ["4DCT: yes (RPM), ITV from 10 phases", "Motion management: 4D-CT, amplitude 1.1 cm", "Scan: 4DCT/ITV"],
    "frag": ["4DCT/ITV", "4DCT w/ RPM", "4D-CT done, ITV"],
}
MRI_LINES = {
    "prose": [
        "an MRI was acquired in the treatment position on the MR simulator and registered to the CT",
        "a T1 post-gadolinium MRI was fused to the planning CT for contouring",
    ],
    "field": ["MRI fusion: T1 post-contrast and T2 fused", "MR-sim: completed", "Image registration: MRI to CT, rigid"],
    "frag": ["MRI fused", "MR fusion done", "MRI T1/T2 fused"],
}
MRI_FUSED_OLD = [
    "the diagnostic MRI with gadolinium from {d2} was registered to the planning CT for target delineation",
    "diagnostic MRI ({d2}, post-contrast) fused to the sim CT for contours",
]
PET_LINES = {
    "prose": [
        "a PET/CT was acquired in the treatment position and fused for GTV delineation",
        "the staging PET/CT was registered to the planning scan to define the target",
    ],
    "field": ["PET fusion: yes, staging PET/CT registered", "PET/CT in treatment position: done"],
    "frag": ["PET fused", "PET/CT fusion done"],
}
PET_FUSED_OLD = ["the staging PET/CT with IV contrast from {d2} was fused to the planning CT to outline the target"]
US_LINES = {
    "prose": [
        "ultrasound was used to confirm the position",
        "transabdominal ultrasound guidance was used during placement",
        "an ultrasound was used to measure the lesion depth",
    ],
    "field": ["Ultrasound: used for guidance", "US guidance: yes"],
    "frag": ["US guided", "US used for depth"],
}
FLUORO_LINES = {
    "prose": [
        "orthogonal films were taken under fluoroscopy",
        "position was checked on the conventional simulator with fluoroscopy",
    ],
    "field": ["Fluoroscopy: orthogonal films taken", "Conventional sim (fluoro): done"],
    "frag": ["fluoro films", "fluoro check done"],
}

NEGATED = {
    "contrast": [
        "No contrast was given.",
        "IV contrast not given (eGFR 28).",
        "Contrast: none.",
        "No oral or IV contrast.",
        "Contrast held because of a prior anaphylactic reaction.",
        "Scanned without contrast.",
    ],
    "custom_shielding": ["No custom blocks needed.", "Custom shielding: not required.", "No cutout or custom block."],
    "arc_rotational": ["Static-field technique; no arcs.", "VMAT not used for this plan.", "Not an arc plan."],
    "particle": ["Not a proton candidate (coverage denied); photon plan.", "No proton therapy."],
    "complex_blocking": ["No complex blocking.", "Blocking: standard MLC only, nothing complex."],
    "brachytherapy": ["No applicator placed today.", "No brachytherapy component this course."],
    "hyperthermia": ["No hyperthermia."],
}
NEGATED_MOD = {
    "MRI": ["MRI fusion not done (pacemaker).", "No MRI for fusion.", "MRI could not be obtained (claustrophobia)."],
    "PET": ["No PET available to fuse.", "PET fusion not performed."],
    "CT": ["No CT scan was performed; clinical set-up only.", "No CT simulation; clinical mark-up on the machine."],
    "ultrasound": ["Ultrasound not used."],
}
PLANNED = {
    "contrast": [
        "Contrast may be used at a re-scan if the bowel is not visible.",
        "Will consider IV contrast at the boost sim.",
        "Contrast to be considered at sim if renal function allows.",
    ],
    "custom_shielding": ["Custom blocks to be poured after plan approval.", "A custom cutout may be needed later."],
    "arc_rotational": [
        "Will consider VMAT if constraints cannot be met with 3D.",
        "VMAT vs 3D to be decided after contouring.",
    ],
    "particle": ["Proton referral pending insurance approval.", "Protons could be considered for a future boost."],
    "brachytherapy": [
        "Applicator placement for the brachy boost is scheduled next week.",
        "Brachytherapy boost planned after EBRT.",
    ],
    "hyperthermia": ["Hyperthermia is being considered at the referring center."],
    "complex_blocking": ["Complex blocking might be required once the plan is reviewed."],
}
PLANNED_MOD = {
    "MRI": [
        "Will obtain MRI fusion once authorized.",
        "MRI to be fused when the scan is done next week.",
        "MRI sim to be scheduled.",
    ],
    "PET": ["PET/CT ordered; will register when available.", "May add PET fusion for the boost."],
    "ultrasound": ["Ultrasound may be used at the next fitting."],
    "fluoroscopy": ["Fluoroscopic check planned at first treatment."],
}
BLANK = {
    "contrast": ["Contrast: ___", "[ ] IV contrast", "Oral contrast: ", "Contrast type/volume: ______"],
    "MRI": ["MRI fusion: ", "[ ] MRI fusion", "MRI registration: ____"],
    "PET": ["PET fusion: ___", "[ ] PET/CT fusion"],
    "custom_shielding": ["Custom blocks: [ ]", "[ ] Custom shielding", "Cutout #: ___"],
    "arc_rotational": ["[ ] VMAT/arc", "Arc technique: ___"],
    "brachytherapy": ["Applicator: ________", "[ ] Applicator verification"],
    "particle": ["[ ] Protons"],
}


def pick(rng: random.Random, options: list[str], fill: dict[str, Any]) -> str:
    """Choose a phrase and fill its placeholders."""
    return rng.choice(options).format(**fill)


def voice_pool(table: dict[str, list[str]], voice: str) -> list[str]:
    """The phrasings for a voice (checklists use field phrasing)."""
    return table["field" if voice == "check" else voice]


def contrast_line(rng: random.Random, kind: str, voice: str, fill: dict[str, Any]) -> str:
    """Affirmed contrast."""
    if voice == "check":
        label = {"IV": "IV contrast", "oral": "Oral contrast", "rectal": "Rectal contrast"}.get(
            kind, f"{kind} contrast"
        )
        return ev("F", "contrast", f"[x] {label}")
    return ev("F", "contrast", pick(rng, voice_pool(CONTRAST_AFFIRMED[kind], voice), fill))


def feature_line(rng: random.Random, feat: str, site: dict[str, Any], voice: str, fill: dict[str, Any]) -> str:
    """Affirmed complexity feature (contrast excluded: see contrast_line)."""
    check = voice == "check"
    if feat == "arc_rotational":
        text = "[x] VMAT / arc" if check else pick(rng, voice_pool(ARC, voice), fill)
    elif feat == "particle":
        text = "[x] Proton therapy" if check else pick(rng, voice_pool(PARTICLE, voice), fill)
    elif feat == "complex_blocking":
        text = pick(rng, voice_pool(COMPLEX_BLOCKING, voice), fill)
    elif feat == "custom_shielding":
        shield = rng.choice(site["shield"]).format(**fill)
        if check:
            text = f"[x] Custom shielding: {shield}"
        elif voice == "prose":
            text = rng.choice([f"a {shield} was fabricated for this patient", f"we made a {shield}"])
        elif voice == "field":
            text = f"Custom shielding: {shield}"
        else:
            text = shield
    elif feat == "brachytherapy":
        app = rng.choice(site["brachy"]).format(**fill)
        text = f"[x] Applicator verification: {app}" if check else (f"Applicator: {app}" if voice == "field" else app)
    elif feat == "hyperthermia":
        probe = rng.choice(site["thermo"]).format(**fill)
        text = f"Hyperthermia: {probe}" if voice in ("field", "check") else probe
    else:
        raise ValueError(feat)
    return ev("F", feat, text)


def modality_line(rng: random.Random, mod: str, ct_kind: str, voice: str, fill: dict[str, Any], old: bool) -> str:
    """Affirmed imaging for this simulation; ``old`` = an earlier diagnostic scan fused (its contrast is history)."""
    check = voice == "check"
    if mod == "CT":
        if ct_kind == "4dct":
            text = "[x] 4DCT" if check else pick(rng, voice_pool(FOURD_LINES, voice), fill)
        else:
            text = "[x] CT simulation" if check else pick(rng, voice_pool(CT_LINES, voice), fill)
    elif mod == "MRI":
        if old:
            text = pick(rng, MRI_FUSED_OLD, fill)
        else:
            text = "[x] MRI fusion" if check else pick(rng, voice_pool(MRI_LINES, voice), fill)
    elif mod == "PET":
        if old:
            text = pick(rng, PET_FUSED_OLD, fill)
        else:
            text = "[x] PET/CT fusion" if check else pick(rng, voice_pool(PET_LINES, voice), fill)
    elif mod == "ultrasound":
        text = "[x] Ultrasound" if check else pick(rng, voice_pool(US_LINES, voice), fill)
    elif mod == "fluoroscopy":
        text = "[x] Fluoroscopy" if check else pick(rng, voice_pool(FLUORO_LINES, voice), fill)
    else:
        raise ValueError(mod)
    return ev("M", mod, text)


RATIONALE_LEADS = {
    "prose": [
        "Complex simulation is needed because {r}.",
        "The reason for a complex simulation is that {r}.",
        "{R}, which is why this simulation is complex.",
        "We are doing a complex simulation here since {r}.",
    ],
    "field": [
        "Medical necessity: {R}",
        "Indication for complex sim: {R}",
        "Clinical justification: {R}",
        "Reason: {R}",
    ],
    "frag": ["complex sim b/c {r}", "why complex: {r}", "indication - {r}", "{R} -> complex sim"],
}
