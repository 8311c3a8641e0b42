"""Counted evidence phrasing and trap phrasing. Evidence comes back as markup; traps as plain text."""

from __future__ import annotations

# ---- rationale, by category and register (surfaces become RATIONALE spans) ----
RATIONALE: dict[str, dict[str, list[str]]] = {
    "OAR proximity": {
        "prose": [
            (
                "the {tgt} lies directly against the {oar}, so a complex simulation is needed to delineate it and "
                "to spare the {oar}"
            ),
            "because {tgt} abuts the {oar}, precise CT-based delineation and a complex set-up are required",
            (
                "gross disease sits within a few millimeters of the {oar}, and defining the target against the "
                "{oar} requires complex simulation"
            ),
            "complex simulation is required given the proximity of {tgt} to the {oar} and the {oar2}",
            "the {oar} is draped over the target, which makes dose shaping around it the central planning problem",
            (
                "the PTV overlaps the {oar} by several millimeters and the two must be separated on a dedicated "
                "planning scan"
            ),
        ],
        "terse": [
            "GTV hugs {oar}",
            "tgt abuts {oar}",
            "{oar} w/in 2 mm of PTV",
            "tight to {oar} - needs careful sim",
            "{oar} abutting PTV",
            "PTV/{oar} overlap",
            "close to {oar}+{oar2}",
        ],
        "scribe": [
            (
                "Per discussion, the tumor sits very close to the {oar}, which is why a detailed planning "
                "simulation was required"
            ),
            "The provider noted the target is immediately adjacent to the {oar} and needs precise delineation",
            "Provider explained the {oar} is right next to the treatment area, so the setup has to be exact",
        ],
        "lay": [
            "the tumor is right up against your {oar_lay}, so we have to map it very carefully today",
            "it sits so close to your {oar_lay} that we need a really detailed scan",
        ],
    },
    "irregular target": {
        "prose": [
            "the target is irregular and concave, wrapping around the {oar}, and cannot be covered with simple fields",
            "the tumor has an irregular, lobulated outline that requires custom shaping rather than standard portals",
            "the horseshoe-shaped target around the {oar} cannot be treated with a simple field arrangement",
        ],
        "terse": ["concave PTV wraps {oar}", "irregular tgt - simple fields won't cover", "U-shaped PTV around {oar}"],
        "scribe": ["Per the provider, the treatment area has an irregular shape that curves around the {oar}"],
        "lay": ["the area we are treating has an odd shape that curls around your {oar_lay}"],
    },
    "multiple targets": {
        "prose": [
            "several separate targets must be matched without overlap, which requires complex simulation",
            "the separate nodal and primary volumes need matched fields with no gap or overlap at the junctions",
            "multiple non-contiguous targets have to be set up together with shared reference marks",
        ],
        "terse": [
            "multiple tgts w/ matchlines",
            "nodal + primary volumes need field matching",
            "separate tgts, junction mgmt",
        ],
        "scribe": [
            "Per discussion, more than one area is being treated and the fields need to line up without overlap"
        ],
        "lay": ["we are aiming at more than one spot and the beams have to line up without overlapping"],
    },
    "contrast for delineation": {
        "prose": [
            "contrast is needed to distinguish the nodal target from the adjacent vessels",
            "contrast was required to separate the tumor from the {oar} on the planning scan",
            "without contrast the {oar} cannot be told apart from the target on CT",
            "contrast opacification is needed to see the {oar} relative to the target",
        ],
        "terse": [
            "contrast needed to see nodes vs vessels",
            "contrast to define tgt from {oar}",
            "need contrast to ID {oar}",
        ],
        "scribe": ["The provider said contrast was needed so the {oar} could be seen separately from the tumor"],
        "lay": [
            "the dye helps us tell the tumor apart from the blood vessels",
            "the dye lets your doctor see the {oar_lay} clearly",
        ],
    },
    "fusion for delineation": {
        "prose": [
            "the tumor is poorly seen on CT alone and the diagnostic scan has to be registered to delineate it",
            "target margins are only visible on the diagnostic images, so fusion is needed for delineation",
            "soft-tissue extent cannot be defined on the planning CT without image fusion",
        ],
        "terse": ["tgt not visible on CT - needs fusion", "fusion needed to define tgt", "CT alone inadequate for GTV"],
        "scribe": [
            "Provider noted the tumor is hard to see on CT, so the other scan was lined up with it for outlining"
        ],
        "lay": ["the tumor shows up much better on your other scan, so we line it up with today's pictures"],
    },
    "prior field overlap": {
        "prose": [
            (
                "the new field overlaps the {prior}, and complex simulation is needed to reconstruct and avoid the "
                "prior dose"
            ),
            "this is re-irradiation: the target abuts the {prior}, so the old fields must be reconstructed",
            "the proposed volume borders the {prior} and the junction has to be managed",
        ],
        "terse": [
            "abuts {prior}",
            "re-RT: overlap w/ {prior}",
            "field edge meets {prior}",
            "prior RT in field ({prior})",
        ],
        "scribe": ["Per discussion, this area overlaps the {prior}, so the old treatment had to be reconstructed"],
        "lay": ["this area was treated before, so we have to match up with the old treatment carefully"],
    },
    "immobilization": {
        "prose": [
            "severe kyphosis and pain prevent a standard position, so a custom immobilization set-up is needed",
            (
                "the patient cannot lie flat because of orthopnea and needs a custom immobilization device to be "
                "reproducible"
            ),
            "a shoulder contracture prevents standard arm positioning and requires custom immobilization",
        ],
        "terse": [
            "can't lie flat - custom immob needed",
            "contracture, custom Vac-Lok required",
            "kyphosis, needs custom mold",
        ],
        "scribe": [
            "Patient reports she cannot lie flat; the provider said a custom cushion was needed to hold the position"
        ],
        "lay": ["because it is hard for you to lie flat, we built a special cushion to hold you still"],
    },
    "anesthesia/immobilization": {
        "prose": [
            (
                "at age {age} the child cannot hold still, so general anesthesia with custom immobilization is "
                "required for reproducible positioning"
            ),
            "the patient is {age} years old and needs daily anesthesia and a custom mask to be positioned reproducibly",
        ],
        "terse": ["age {age}, needs GA + custom immob", "{age} y/o, GA required for immobilization"],
        "scribe": [
            "Per discussion with the parents, the child cannot stay still and needs anesthesia and a custom mold"
        ],
        "lay": ["because your child cannot lie still, they will be asleep for the scan and we made a special mold"],
    },
    "applicator verification": {
        "prose": [
            "applicator position relative to the bladder and rectum must be verified before dosimetry",
            "the tandem angle and ring position need verification against the {oar} before planning",
            "the applicator geometry has to be confirmed on imaging because the {oar} sits close to the ovoids",
        ],
        "terse": ["verify applicator vs bladder/rectum", "tandem angle needs verification", "check ring vs {oar}"],
        "scribe": ["The provider said the applicator position had to be checked against the bladder and rectum"],
        "lay": ["we needed to check the applicator was in the right place"],
    },
    "custom shielding": {
        "prose": [
            "the lesion sits at the edge of the {oar}, so a custom cutout and shield are needed to protect it",
            "a custom shield is needed because the field edge falls next to the {oar}",
        ],
        "terse": ["needs custom cutout/shield for {oar}", "custom shield req'd - {oar} at field edge"],
        "scribe": ["The provider said a custom shield was needed to protect the {oar}"],
        "lay": ["we made a custom shield to protect your {oar_lay}"],
    },
    "target motion": {
        "prose": [
            "the tumor moves about {mm} mm with breathing on fluoroscopy, which requires a 4D simulation and an ITV",
            (
                "respiratory excursion of {mm} mm was seen on the diagnostic imaging, so motion must be captured "
                "at simulation"
            ),
        ],
        "terse": ["{mm} mm SI motion, needs ITV", "tumor excursion {mm} mm", "resp motion {mm} mm"],
        "scribe": ["The provider noted the tumor moves with breathing, about {mm} mm, so a breathing scan was needed"],
        "lay": ["the tumor moves when you breathe, so we took a breathing scan"],
    },
}

RATIONALE_LEADS = {
    "prose": [
        "Complex simulation was needed because ",
        "Rationale: ",
        "Medical necessity for complex simulation: ",
        "Why this was complex: ",
        "Justification - ",
        "Indication for complex simulation: ",
        "I felt complex simulation was warranted because ",
        "This required complex simulation: ",
    ],
    "terse": [
        "Rationale: ",
        "Complexity: ",
        "Med nec: ",
        "Reason for complex sim: ",
        "Why cx: ",
        "Cx reason - ",
        "MD reason: ",
    ],
    "scribe": ["", "Assessment: ", "Medical necessity: ", "Rationale (per provider): "],
}

BARE = [
    "Complex simulation medically necessary.",
    "Complex simulation is medically necessary for this patient.",
    "Complexity of simulation warranted per physician.",
    "Simulation complexity: complex.",
    "Per discussion, complex simulation is required.",
    "The simulation meets criteria for complex simulation.",
    "Complex sim indicated.",
    "77290 appropriate.",
    "I attest that a complex simulation was medically necessary and performed.",
    "Medical necessity: see attending.",
    "Rationale: complex.",
    "This was a complex simulation.",
]
HEDGED = [
    "Complex simulation may be justified if nodal disease is confirmed.",
    "Complexity could be warranted depending on final contours.",
    "If dosimetry finds the plan difficult, complex simulation would be justified.",
]

# ---- features (markup built in evidence.py); surfaces by register ----
CONTRAST = {
    "IV": {
        "prose": ["IV contrast ({agent}, {vol} mL)", "intravenous contrast", "IV contrast"],
        "terse": ["IV contrast {vol} mL {agent}", "IVC {agent} {vol}mL", "IV contrast"],
        "lay": ["contrast dye", "contrast dye through your IV"],
    },
    "oral": {
        "prose": ["oral contrast ({ovol} mL dilute barium)", "oral contrast"],
        "terse": ["PO contrast {ovol} mL", "oral contrast"],
        "lay": ["a contrast drink"],
    },
    "rectal": {
        "prose": ["rectal contrast", "rectal contrast via soft catheter"],
        "terse": ["rectal contrast 20 mL", "rectal contrast"],
        "lay": ["contrast liquid in the rectum"],
    },
    "vaginal": {
        "prose": ["vaginal contrast gel", "vaginal contrast"],
        "terse": ["vag contrast gel", "vaginal contrast"],
        "lay": ["contrast gel in the vagina"],
    },
    "bladder": {
        "prose": ["dilute contrast instilled into the bladder", "bladder contrast"],
        "terse": ["bladder contrast via Foley", "bladder contrast"],
        "lay": ["contrast liquid in your bladder"],
    },
    "urethrogram": {
        "prose": ["retrograde urethrogram with contrast", "urethrogram contrast"],
        "terse": ["RUG w/ contrast", "urethrogram contrast"],
        "lay": ["contrast in the urine tube"],
    },
}
FEATURE_SURF = {
    "arc_rotational": {
        "prose": [
            "VMAT",
            "volumetric modulated arc therapy",
            "a two-arc VMAT technique",
            "arc therapy",
            "helical tomotherapy",
            "dynamic conformal arcs",
        ],
        "terse": ["VMAT", "VMAT 2 arcs", "2 full arcs", "tomo", "arcs"],
        "lay": ["rotating arc treatment"],
    },
    "custom_shielding": {
        "prose": ["custom Cerrobend blocks", "a custom lead shield", "custom-poured Cerrobend blocks"],
        "terse": ["custom cutout", "Cerrobend blocks", "custom Pb shield", "cust cutout (cerrobend)"],
        "lay": ["a custom shield"],
    },
    "complex_blocking": {"prose": ["complex blocking"], "terse": ["complex blocking"], "lay": ["complex blocking"]},
    "particle": {
        "prose": ["proton therapy", "pencil-beam scanning protons", "proton beam"],
        "terse": ["protons (PBS)", "PBS protons", "proton"],
        "lay": ["proton therapy"],
    },
    "brachytherapy": {
        "prose": [
            "applicator verification",
            "tandem and ovoid position verification",
            "verification of the applicator and dummy source positions",
            "cylinder applicator verification",
        ],
        "terse": ["applicator verified", "T&O verified", "dummy src pos verified", "applicator verif"],
        "lay": ["checking the applicator position"],
    },
    "hyperthermia": {
        "prose": ["hyperthermia probe verification", "verification of the hyperthermia thermometry probes"],
        "terse": ["HT probe verified", "hyperthermia probes verified"],
        "lay": ["checking the heat probes"],
    },
}
FEATURE_FRAMES = {
    "arc_rotational": [
        "Technique: {f}.",
        "Simulated for {f}; couch and gantry clearance checked for the arcs.",
        "Set-up geometry chosen for {f}.",
        "Delivery: {f}, isocenter set at the target center.",
    ],
    "custom_shielding": [
        "{f} fabricated from the simulation outline.",
        "{f} made and checked against the skin mark-up.",
        "Shielding: {f}, fitted today.",
        "Mold room: {f} poured and verified on the patient.",
    ],
    "complex_blocking": [
        "Field design required {f} around the {oar}.",
        "{f} drawn by MD at simulation.",
        "Shaping: {f} (MD-drawn, not standard MLC).",
    ],
    "particle": [
        "Simulated for {f}; range uncertainties and metal reviewed.",
        "Modality: {f}.",
        "Simulation performed for {f} delivery with stopping-power calibration.",
    ],
    "brachytherapy": ["{f} done with CT; no displacement.", "{f} performed and documented.", "CT images used for {f}."],
    "hyperthermia": ["{f} completed with the catheters in place.", "{f} done on the planning images."],
}

# ---- traps (plain text) ----
NEG_FEATURE = {
    "contrast": [
        "No IV contrast was given.",
        "Contrast: none.",
        "IV contrast held (eGFR 28).",
        "No oral contrast.",
        "Patient declined contrast.",
        "Scanned without contrast.",
    ],
    "arc_rotational": [
        "3D conformal technique; not VMAT.",
        "No arc delivery (static fields).",
        "Arc therapy not used.",
    ],
    "custom_shielding": ["No custom blocks were needed.", "No cutout required.", "Custom shielding not indicated."],
    "complex_blocking": ["No complex blocking.", "Standard MLC only - no complex blocking."],
    "particle": ["Not a proton candidate (insurance denial).", "Protons not pursued."],
    "brachytherapy": ["No applicator in place at this simulation."],
    "hyperthermia": ["Hyperthermia not offered at this centre."],
}
PLAN_FEATURE = {
    "contrast": [
        "May need IV contrast at re-simulation if the nodes are unclear.",
        "Will give oral contrast if we re-sim.",
        "Consider contrast next time if the creatinine improves.",
        "Contrast to be considered for the boost scan.",
    ],
    "arc_rotational": [
        "VMAT may be considered if constraints are not met.",
        "Could switch to arcs if the heart dose is high.",
        "Dosimetry may try a VMAT plan as backup.",
    ],
    "custom_shielding": [
        "Custom cutout to be made at the first treatment if needed.",
        "Will order Cerrobend blocks if MLC is inadequate.",
    ],
    "complex_blocking": ["Complex blocking may be needed for the boost."],
    "particle": ["Proton referral is under consideration.", "Will ask about proton coverage for the boost."],
    "brachytherapy": [
        "Brachytherapy boost planned after EBRT (applicator insertion in week 5).",
        "HDR cylinder insertions to follow after external beam.",
    ],
    "hyperthermia": ["Hyperthermia could be added per protocol later."],
}
NEG_MODALITY = {
    "MRI": ["No MRI fusion (pacemaker).", "MRI not available for fusion.", "MRI fusion not performed."],
    "PET": ["PET not fused - not available.", "No PET fusion."],
    "ultrasound": ["Ultrasound not used."],
    "fluoroscopy": ["No fluoroscopy."],
}
PLAN_MODALITY = {
    "MRI": [
        "Will fuse the MRI once it is uploaded.",
        "MRI fusion to be added when the outside images arrive.",
        "MRI sim may be scheduled if CT is unclear.",
    ],
    "PET": ["PET/CT fusion to follow if authorized.", "Will request a PET for fusion."],
    "ultrasound": ["Bladder ultrasound to be checked at first treatment."],
    "fluoroscopy": ["Fluoro check planned at first fraction."],
}
OTHER_PERSON = [
    "Her sister was treated here last year with IV contrast and VMAT; patient asked whether she will get the same.",
    "Patient's husband had proton therapy in 2024.",
    "Patient's brother had a CT with contrast dye here and had a reaction; patient is anxious about it.",
    "Mother received brachytherapy for cervical cancer in the 1990s.",
]
LAY_NEG = {
    "contrast": "You did not need contrast dye today.",
    "arc_rotational": "Your treatment will not use the rotating arc method.",
    "custom_shielding": "You did not need a custom shield.",
    "particle": "Proton therapy is not part of your plan at this time.",
    "brachytherapy": "No internal applicator was used today.",
    "hyperthermia": "Heat treatment is not part of your plan.",
    "complex_blocking": "No special blocks were needed.",
}
