"""Phrase pools: counted evidence (rationale, features, modalities) and trap phrasing (never counted)."""

from __future__ import annotations

RATIONALE = {
    "OAR proximity": [
        "the {target} sits right up against the {oar}",
        "tumor abuts the {oar} so dose has to be shaped off of it",
        "{oar} is within a few millimeters of the target",
        "close proximity of the target to the {oar} and {oar2}",
        "the gross disease is essentially touching the {oar}",
        "the {oar} runs right through the middle of where we need to treat",
        "PTV will overlap the {oar} unless it is carefully contoured",
        "{oar} tolerance is going to be the limiting factor, it is immediately adjacent",
        "the target wraps close to the {oar} and {oar2}",
        "he has very little room between the disease and the {oar}",
    ],
    "irregular target": [
        "the target volume is irregular and wraps around the {oar}",
        "horseshoe shaped volume that does not fit any simple field arrangement",
        "irregular postoperative bed with surgical clips spread over several cm",
        "the disease is C-shaped around the {oar}",
        "very irregular target, lobulated with satellite extension",
        "the tumor bed is odd shaped after the flap reconstruction",
        "target has an irregular contour that follows the {oar} surface",
    ],
    "multiple targets": [
        "there are separate targets that have to be planned together and matched without overlap",
        "multiple separate sites that must be junctioned carefully",
        "several lesions each needing its own isocenter",
        "more than one target volume, each at different depth",
        "treating separate disease sites in the same course, needs matching",
    ],
    "contrast for delineation": [
        "contrast is needed to see the {struct} on the planning scan",
        "without contrast we cannot separate the nodes from the vessels",
        "needed contrast to delineate the {struct} from the adjacent bowel",
        "contrast necessary to define the {struct} for contouring",
        "the {struct} is invisible on a plain scan, contrast is required to draw it",
    ],
    "fusion for delineation": [
        "the tumor is only really visible on the {fmod} so fusion is needed to draw it",
        "{fmod} registration is needed to define the gross disease",
        "target cannot be delineated on CT alone and requires the {fmod}",
        "we need the {fmod} to see the extent of the tumor for contouring",
    ],
    "prior field overlap": [
        "prior radiation to the {prior} in {year} and the new field abuts the old one",
        "this is re-irradiation with overlap of the {prior} field from {year}",
        "he had {prior} treated in {year} and we have to avoid overlapping that dose",
        "old {prior} field from {year} sits right next to the new target, composite dose needed",
    ],
    "immobilization": [
        "she cannot hold still because of a tremor and needs a custom cradle to reproduce the position",
        "severe kyphosis, needs custom immobilization to be reproducible",
        "he has contractures and cannot get into a standard position, custom immobilization required",
        "chronic pain makes her shift on the table, custom molded cradle needed",
        "morbid obesity and limited shoulder range so a custom setup is required",
    ],
    "anesthesia/immobilization": [
        "{age} year old who cannot lie still, needs general anesthesia and custom immobilization",
        "young child, requires anesthesia every day plus a custom mask to be reproducible",
        "patient is {age} and will not tolerate the mask awake, anesthesia and custom immobilization needed",
    ],
    "applicator verification": [
        "applicator position must be verified relative to the bladder and rectum",
        "need to confirm the applicator placement against bladder and rectal dose before loading",
        "applicator geometry has to be checked on imaging because of her narrow vault",
    ],
    "custom shielding": [
        "lesion is next to the eye so custom shielding is needed to protect the lens",
        "custom blocks needed to shield the {oar}",
        "the field edge runs into the {oar}, needs a custom block",
    ],
    "target motion": [
        "tumor moves with breathing, needs motion assessment",
        "significant diaphragmatic excursion, the tumor moves close to a centimeter",
        "lower lobe lesion with a lot of respiratory motion",
        "mass moves with respiration and we need to capture the full range",
    ],
}
STRUCT = {
    "IV": ["nodes", "vessels", "primary tumor", "tumor bed"],
    "oral": ["small bowel", "stomach and bowel", "duodenum"],
    "rectal": ["rectum", "anal canal"],
    "vaginal": ["vaginal apex", "vagina"],
    "bladder": ["bladder"],
    "urethrogram": ["prostatic apex", "urethra and apex"],
}

RATIONALE_LEADS = [
    "Reason for complex simulation: ",
    "Complex simulation is needed because ",
    "This requires complex simulation as ",
    "The reason we are doing a complex sim is that ",
    "Indication for complexity: ",
    "Complex sim because ",
    "Medical necessity: ",
    "She needs the complex simulation since ",
    "He requires a complex set up, ",
    "Why complex: ",
    "It is a complex sim, ",
    "Complexity is due to the fact that ",
    "We did this as a complex simulation because ",
]
BARE = [
    "Complex simulation is medically necessary.",
    "This is a complex simulation.",
    "Complex sim medically necessary per my evaluation.",
    "Meets criteria for complex simulation.",
    "77290 is justified.",
    "Complex simulation required per department policy.",
    "Complexity: high.",
    "I feel this was a complex sim.",
    "Medical necessity: complex simulation needed.",
]

ARC = [
    "VMAT",
    "VMAT, 2 full arcs",
    "volumetric modulated arc therapy",
    "RapidArc",
    "two partial arcs",
    "arc therapy",
    "VMAT technique",
    "3 coplanar arcs",
    "rotational arcs",
]
ARC_SENT = [
    "Simulated for {x}, arcs cleared at the machine for collision.",
    "Technique: {x}.",
    "Set up for a {x} plan.",
    "Isocenter placed for {x} delivery.",
    "Technique at sim was {x}, arms out of the arc path.",
    "We set this up as {x}.",
    "Plan type decided at sim: {x}.",
]
CONTRAST = {
    "IV": ["IV contrast", "intravenous contrast", "IV contrast (Omnipaque 350, 80 mL)", "ivy contrast", "IV Isovue"],
    "oral": ["oral contrast", "PO contrast", "oral contrast (Readi-Cat 2 bottles)"],
    "rectal": ["rectal contrast", "rectal contrast via a small catheter"],
    "vaginal": ["vaginal contrast", "vaginal contrast gel"],
    "bladder": ["bladder contrast", "contrast instilled in the bladder via Foley"],
    "urethrogram": ["retrograde urethrogram contrast", "urethrogram contrast"],
}
CONTRAST_SENT = [
    "{x} was given for the scan.",
    "{x} administered without reaction.",
    "Scan obtained with {x}.",
    "We used {x}.",
    "{x} was used.",
    "She received {x} prior to scanning.",
    "Given {x}, tolerated well.",
]
SHIELD = [
    "custom Cerrobend block",
    "custom electron cutout",
    "custom lead cutout",
    "custom cerro bend block",
    "custom Cerrobend cutout",
]
SHIELD_SENT = [
    "A {x} was made in the mold room.",
    "{x} poured and checked on the light field.",
    "We designed a {x}.",
    "Field shaped with a {x}.",
    "{x} fabricated today to match the marked outline.",
]
COMPLEX_BLOCK = ["complex blocking", "complex blocking of the {oar}"]
COMPLEX_SENT = [
    "Fields designed with {x}.",
    "{x} was required and drawn at sim.",
    "This needed {x}.",
    "Setup includes {x}.",
]
BRACHY = [
    ("tandem and ovoid applicator", "position verified"),
    ("tandem and ring applicator", "placement verified"),
    ("vaginal cylinder", "position verified"),
    ("Fletcher applicator", "position checked"),
]

CT_SURF = ["CT simulation", "CT sim", "planning CT", "CT simulator", "CT scan", "simulation CT"]
FOURD_SURF = ["4DCT", "4D CT", "for DCT"]
CT_SENT = [
    "{x} performed today with the patient {pos}.",
    "Patient underwent {x} {pos}.",
    "{x} done, {pos}.",
    "Today we did the {x}, {pos}.",
    "She was scanned on the {x} {pos}.",
    "{x} was obtained {pos}.",
]
FOURD_SENT = [
    "{x} acquired to assess motion.",
    "A {x} was also done for breathing motion.",
    "{x} with the belt, 10 phases.",
    "Got a {x} to see how much it moves.",
]
FUSION_SENT = {
    "MRI": [
        "{x} from {d} was fused to the planning scan.",
        "Diagnostic {x} {d} registered for contouring.",
        "We fused the {x}.",
        "{x} fusion done for target delineation.",
    ],
    "PET": ["{x} from {d} fused.", "{x} registered to the sim scan.", "pet/CT {d} fused for contouring."],
}
FUSION_SURF = {"MRI": ["MRI", "MR", "T1 post contrast MRI", "MRI"], "PET": ["PET/CT", "PET", "pet CT", "PET-CT"]}
FLUORO = ["fluoroscopy", "fluoro", "conventional simulator (fluoro)"]
US = ["ultrasound", "transabdominal ultrasound", "US"]

# trap phrasing (never spanned)
NEG_FEATURE = {
    "contrast": [
        "No IV contrast, creatinine 2.1.",
        "No contrast given, she has a contrast allergy.",
        "contrast not used.",
        "Did not use any oral contrast.",
        "know IV contrast was given due to her kidney function.",
        "No contrast was needed.",
    ],
    "arc_rotational": ["3D conformal, not VMAT.", "We are not doing VMAT here, simple opposed fields.", "no arcs."],
    "custom_shielding": ["No custom blocks needed, MLC is fine.", "no cutout needed."],
    "complex_blocking": ["no complex blocking.", "Blocking is standard MLC only."],
    "brachytherapy": [],
}
PLAN_FEATURE = {
    "contrast": [
        "May need IV contrast if we re-scan.",
        "Will consider oral contrast next time if bowel is hard to see.",
        "If creatinine improves could add contrast at re-sim.",
    ],
    "arc_rotational": [
        "May switch to VMAT if constraints are not met.",
        "possibly VMAT depending on the plan.",
        "Physics may try an arc plan.",
    ],
    "custom_shielding": ["Might need a custom block at first treatment.", "Will make a cutout if the field changes."],
    "complex_blocking": ["could need complex blocking later if we boost."],
    "brachytherapy": [
        "She will need a brachy boost with tandem and ring after external beam.",
        "Plan HDR brachytherapy with applicator placement after EBRT.",
    ],
}
PLAN_MODALITY = {
    "MRI": [
        "MRI fusion to follow once the outside images come over.",
        "Will get an MRI for fusion if possible.",
        "Ordered MRI, to be fused when done.",
    ],
    "PET": ["PET/CT pending, may fuse when available.", "We will ask for a PET for fusion."],
    "fluoroscopy": [],
    "ultrasound": [],
    "CT": [],
}
NEG_MODALITY = {
    "MRI": ["No MRI fusion, pacemaker.", "MRI not used.", "No MR fusion done."],
    "PET": ["No PET fusion.", "PET not available for fusion."],
    "CT": [],
    "fluoroscopy": [],
    "ultrasound": [],
}
BOLUS = [
    "0.5 cm bolus on the scar.",
    "1 cm bolus placed.",
    "Bolus 5 mm over the chest wall.",
    "tissue equivalent bolus used.",
]
MLC = ["MLC shaping to block the {oar}.", "MLCs will block the {oar}.", "Standard MLC blocking of the {oar}."]
IMMOB_CUSTOM = ["custom Vac-Lok made", "custom thermoplastic mask made", "custom Alpha Cradle", "custom foam headrest"]
MANY_BEAMS = [
    "7-field IMRT",
    "9-field IMRT",
    "5 beam IMRT",
    "4 field box",
    "6 field 3D plan",
    "opposed laterals plus 3 oblique fields",
]
HIST_CONTRAST = [
    "CT with IV contrast {d} showed the mass",
    "prior CT with oral and IV contrast {d}",
    "contrast-enhanced CT {d} at the ED",
    "MRI with gadolinium {d}",
]
OTHER_PERSON = [
    "Husband was asking if she would get the contrast dye like he did for his heart cath.",
    "Her sister was treated here with VMAT for lung cancer and did well.",
    "Daughter mentioned her own MRI last month, unrelated.",
    "Wife had radiation at Lakemont with custom blocks years ago and was worried about the same thing.",
]
