# ruff: noqa: E501
"""Phrase pools: counted evidence (rationale, features, contrast routes, modalities) and trap phrasing."""

from __future__ import annotations

# ---------------------------------------------------------------- rationale (counted) -------------------------
# {oar}, {oar2}: organs at risk; {tgt}: the target (never a treatment-site name in area-unknown notes).
RATIONALE: dict[str, list[str]] = {
    "OAR proximity": [
        "{tgt} hugs the {oar}",
        "the {tgt} lies within 3 mm of the {oar}, so CT-based simulation with full OAR delineation is needed to keep the {oar} under tolerance",
        "{oar} sits directly against the PTV",
        "close proximity of the {oar} and {oar2} to the {tgt} requires a fully 3D simulation for conformal sparing",
        "PTV overlaps the {oar} by about 1 cm; we need accurate OAR contours",
        "the reason this is a complex simulation is that the tumor is wrapped around the {oar}, and we need the exact anatomy of that structure on the planning scan to keep its dose tolerable",
        "{tgt} abuts {oar}",
        "dose to the {oar} is the limiting factor given how close it sits to the {tgt}",
        "steep dose gradient needed between the {tgt} and the {oar}",
        "{oar} is draped over the {tgt}",
    ],
    "irregular target": [
        "irregular, lobulated {tgt} extending along tissue planes",
        "horseshoe-shaped CTV wrapping around the {oar}",
        "the {tgt} is concave and irregular, which a simple field arrangement cannot cover without treating the {oar}",
        "odd-shaped target with finger-like extensions",
        "irregular post-operative bed with clips scattered over a long distance",
        "{tgt} is C-shaped around the {oar}",
    ],
    "multiple targets": [
        "multiple separate targets, each needing its own isocenter and match",
        "noncontiguous volumes that must be treated in one course with matched fields",
        "several separate targets with junctions that need to be defined on the same scan",
        "separate volumes with field junctions over the {oar}",
    ],
    "contrast for delineation": [
        "to separate the nodal disease from the adjacent vessels",
        "needed to delineate the {tgt} from surrounding vasculature",
        "to see the bowel loops and keep them out of the high-dose region",
        "because the {tgt} is isodense with normal tissue on a non-contrast scan",
        "to opacify the {oar} so it can be contoured",
        "for vessel/tumor interface definition",
    ],
    "fusion for delineation": [
        "GTV is poorly seen on CT and must be defined on the registered images",
        "the {tgt} cannot be delineated on CT alone",
        "needed to define the gross tumor, which is invisible on the planning CT",
        "to define the extent of the {tgt}, which CT underestimates",
        "soft-tissue extent only visible on the fused study",
    ],
    "prior field overlap": [
        "re-irradiation: the new target overlaps a prior RT field ({prior}), so prior dose must be reconstructed",
        "field abuts prior RT ({prior}) — junction must be matched on the CT",
        "previously irradiated region ({prior}); composite dose to the {oar} has to be calculated",
        "overlap with prior course ({prior})",
        "prior RT to an adjacent region ({prior}); need the old isocenter reconstructed to avoid hot spots",
    ],
    "immobilization": [
        "pt cannot lie flat (severe kyphosis), so a custom immobilization device had to be built",
        "essential tremor; custom immobilization required for reproducibility",
        "frozen shoulder prevents standard arm positioning — custom immobilization needed",
        "body habitus (BMI 51) requires custom immobilization and extended setup",
        "contractures after prior surgery; custom mold needed to hold position",
    ],
    "anesthesia/immobilization": [
        "young child who cannot remain still; general anesthesia required for immobilization",
        "age-related inability to cooperate — simulation under anesthesia with custom immobilization",
        "requires propofol sedation so the child stays motionless for the scan",
    ],
    "applicator verification": [
        "applicator position must be verified relative to the {oar} and {oar2} before planning",
        "applicator geometry must be confirmed against the {oar} before each plan",
        "need to confirm the applicator has not shifted toward the {oar}",
    ],
    "custom shielding": [
        "lesion sits next to the {oar}, requiring custom shielding to protect it",
        "irregular lesion close to the {oar}; custom cutout and shielding are required",
        "custom shielding needed to spare the {oar}",
    ],
    "target motion": [
        "tumor moves about 1.4 cm craniocaudally with respiration, so motion must be captured for an ITV",
        "large respiratory excursion of the {tgt}",
        "target motion with breathing requires motion assessment",
        "{tgt} excursion of more than 1 cm across the breathing cycle",
    ],
}

RATIONALE_FRAMES = [
    "Indication for complex simulation: {R}.",
    "Rationale: {R}.",
    "Complex simulation because {R}.",
    "{Rcap}, hence complex simulation.",
    "Necessity — {R}.",
    "Why complex: {R}.",
    "This simulation is complex as {R}.",
    "Reason for complex sim -- {R}.",
]

BARE_ASSERTIONS = [
    "Complex simulation is medically necessary.",
    "Complex sim medically necessary.",
    "77290 justified.",
    "Complexity: complex (per department policy).",
    "High-complexity simulation required.",
    "Medical necessity for complex simulation: yes.",
    "I have personally reviewed the simulation and it meets criteria for complex simulation.",
    "Simulation level: complex.",
]

# ------------------------------------------------------------------------------- features (counted) ----------
CONTRAST_ROUTES = {
    "IV": (
        ["IV contrast", "intravenous contrast", "IV iodinated contrast"],
        [
            "(Omnipaque 350, 90 mL)",
            "(Isovue 370, 80 mL via R AC 20g)",
            "(100 mL, power injector, 35 s delay)",
            "(Omnipaque 300, 75 mL)",
        ],
    ),
    "oral": (
        ["oral contrast", "PO contrast", "dilute oral contrast"],
        ["(450 mL barium suspension 45 min prior)", "(Readi-Cat x2 bottles)", "(Gastrografin 30 mL in water)"],
    ),
    "rectal": (["rectal contrast", "rectal barium"], ["(30 mL via soft catheter)", "(dilute barium, 40 mL)"]),
    "vaginal": (["vaginal contrast", "vaginal gel contrast"], ["(barium-soaked tampon)", "(10 mL contrast gel)"]),
    "bladder": (
        ["bladder contrast", "cystogram contrast"],
        ["(100 mL dilute Cysto-Conray via Foley)", "(7 mL in Foley balloon)"],
    ),
    "urethrogram": (["retrograde urethrogram contrast"], ["(RUG, 10 mL)", "(to define the GU diaphragm)"]),
}
ROUTES_FOR = {
    "esophagus": ["IV", "oral"],
    "pancreas": ["IV", "oral"],
    "rectum": ["rectal", "IV", "oral"],
    "gyn_brachy": ["vaginal", "bladder", "rectal", "IV"],
    "prostate": ["urethrogram", "bladder", "rectal", "IV"],
}

FEATURE_SURFACES = {
    "arc_rotational": [
        "VMAT",
        "volumetric modulated arc therapy (VMAT)",
        "dynamic conformal arcs",
        "arc therapy",
        "helical tomotherapy",
        "2 full VMAT arcs",
        "VMAT (2 coplanar arcs)",
        "rotational arc delivery",
    ],
    "custom_shielding": [
        "custom Cerrobend cutout",
        "custom electron cutout",
        "Cerrobend block",
        "custom shielding block",
        "custom lead eye shield",
        "custom lead cutout",
    ],
    "complex_blocking": ["complex blocking", "complex field blocking"],
    "particle": ["proton therapy", "pencil-beam scanning protons", "PBS proton therapy", "protons"],
    "brachytherapy": [
        "applicator position verified",
        "applicator verification",
        "tandem and ovoid position verified",
        "ring and tandem position confirmed",
        "catheter positions verified",
    ],
    "hyperthermia": [
        "hyperthermia probe verification",
        "hyperthermia thermometry probe position verified",
        "hyperthermia probe placement verified",
    ],
}

FEATURE_FRAMES = {
    "contrast": [
        "{F} {detail} was administered before the planning scan.",
        "Pt received {F} {detail} without reaction.",
        "{F} given {detail}.",
        "{Fcap} {detail} administered; no reaction.",
        "{F}: given {detail}.",
    ],
    "arc_rotational": [
        "Technique: {F}.",
        "Simulated and set up for {F}.",
        "Isocenter placed for {F}.",
        "Treatment delivery: {F}, per attending.",
        "Technique confirmed at sim: {F}.",
    ],
    "custom_shielding": [
        "A {F} was fabricated from the clinical markup and checked at sim.",
        "{Fcap} made and verified on the skin.",
        "{Fcap} fabricated.",
        "Shielding: {F} made at simulation.",
    ],
    "complex_blocking": [
        "{Fcap} drawn on the DRR to shape around the {oar}.",
        "Field design requires {F} around the {oar}.",
        "{Fcap} designed at sim to exclude the {oar}.",
    ],
    "particle": [
        "Simulation performed for {F} (delivery at the Lindqvist Proton Center gantry).",
        "Scan acquired for {F} planning (range-uncertainty protocol, no high-Z objects in field).",
        "Modality: {F}.",
    ],
    "brachytherapy": [
        "{Fcap} on the planning CT before contouring.",
        "Imaging obtained; {F} relative to the cervix and OARs.",
        "{Fcap} (no shift from insertion).",
        "{Fcap} on imaging prior to planning.",
    ],
    "hyperthermia": [
        "{Fcap} on the scan before the first session.",
        "{Fcap} at simulation; probe tip in tumor.",
        "{Fcap} (thermometry catheter in place).",
    ],
}

# ------------------------------------------------------------------------------- modalities (counted) --------
CT_SURFACES = ["CT simulation", "CT sim", "planning CT", "CT simulator", "CT-based simulation", "CT"]
FOURD_SURFACES = ["4DCT", "4D-CT", "4DCT (10 phases)"]
MRI_FRAMES = [
    "Diagnostic {M} from {date} was fused to the planning CT.",
    "{M} registered to the sim CT for target delineation.",
    "{Mcap} fusion performed (rigid, checked by attending).",
    "Fused {M} ({date}) used for contouring.",
]
MRI_SURFACES = ["MRI", "T1 post-gad MRI", "T2 MRI", "MR"]
PET_FRAMES = [
    "{M} from {date} fused to planning CT.",
    "{Mcap} registered for GTV definition.",
    "Registered {M} ({date}) for contouring.",
]
PET_SURFACES = ["PET/CT", "FDG PET", "FDG PET/CT", "PET"]
FLUORO = ["fluoroscopy", "conventional simulator under fluoroscopy", "fluoro", "C-arm fluoroscopy"]
US = ["transabdominal ultrasound", "ultrasound guidance", "TRUS", "US"]

# ------------------------------------------------------------------------------- traps (never counted) -------
NEG_FEATURE = {
    "contrast": [
        "No IV contrast given (Cr {cr}).",
        "Contrast: none.",
        "No oral contrast — pt could not tolerate.",
        "Non-contrast scan (contrast allergy, hives 2019).",
        "IV contrast not given; eGFR {egfr}.",
    ],
    "arc_rotational": ["3D conformal, no arcs.", "Static-field IMRT, not VMAT.", "No VMAT."],
    "custom_shielding": ["No custom blocks; MLC shaping only.", "No cutout needed.", "Custom shielding: not required."],
    "complex_blocking": ["No complex blocking required.", "Blocking: none beyond MLC."],
    "particle": ["Protons discussed but not pursued (coverage denied).", "Not a proton candidate."],
    "brachytherapy": ["No brachytherapy component.", "Brachy boost not planned."],
    "hyperthermia": ["No hyperthermia.", "Hyperthermia declined."],
}
PLANNED_FEATURE = {
    "contrast": [
        "May add IV contrast at re-sim if nodes are hard to see.",
        "Will consider oral contrast if bowel is an issue at re-plan.",
        "If contrast is needed, pt will return (premed protocol).",
    ],
    "arc_rotational": [
        "VMAT vs 3D to be decided after contours.",
        "Might go to VMAT if the 3D plan fails constraints.",
        "? VMAT — ask physics.",
    ],
    "custom_shielding": [
        "Custom cutout to be made at first treatment if needed.",
        "May need a lead eye shield — will decide at setup.",
    ],
    "complex_blocking": ["Complex blocking may be needed depending on the DRR — TBD."],
    "particle": ["Proton referral pending insurance approval.", "Consider protons if re-treatment becomes necessary."],
    "brachytherapy": ["Brachy boost to be considered after EBRT.", "HDR boost may follow."],
    "hyperthermia": ["Hyperthermia could be considered at the partner site in future."],
}
NEG_MODALITY = {
    "MRI": ["No MRI fusion (pacemaker).", "MRI not fused — not available.", "MRI: n/a."],
    "PET": ["PET not fused (outside images unreadable).", "No PET available for fusion."],
    "ultrasound": ["No ultrasound used."],
    "fluoroscopy": ["Fluoro not used."],
}
PLANNED_MODALITY = {
    "MRI": [
        "MRI fusion to follow once the outside disc is loaded.",
        "? would MRI fusion help — discussed, deferred.",
        "Will get MRI for fusion if the PTV looks uncertain.",
    ],
    "PET": ["Will request PET/CT for fusion if insurance approves.", "PET fusion pending — disc not yet received."],
    "ultrasound": ["US guidance to be used at the next insertion."],
    "fluoroscopy": ["Fluoro check at first treatment."],
}
MANY_BEAMS = [
    "7-field IMRT",
    "4-field box",
    "opposed laterals",
    "9 coplanar beams",
    "AP/PA",
    "5-field plan",
    "3 fields (AP, RAO, LPO)",
]
MLC_ONLY = ["Field shaping with MLC only.", "Shaping: MLC.", "MLC conformed to the PTV; no blocks."]
BOLUS = ["0.5 cm bolus on the scar.", "1 cm bolus, custom-cut.", "Superflab 5 mm.", "tissue-equivalent bolus 1 cm"]
TIMING_TAIL = ["", " (see below)", ""]
