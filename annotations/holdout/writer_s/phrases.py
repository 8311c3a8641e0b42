"""Counted evidence phrasing and trap phrasing. ``[[...]]`` marks the span in a template."""

from __future__ import annotations

RATIONALE_LEADS = [
    "Reason for complex sim:",
    "Medical necessity:",
    "Why complex -",
    "Justification for complex simulation:",
    "Complexity:",
    "Indication for 3D complex sim:",
    "Rationale -",
    "Clinical reason:",
    "Needs complex sim because",
    "",
]

RATIONALE: dict[str, list[str]] = {
    "OAR proximity": [
        "[[the target sits within {mm} mm of the {oar}]], so the {oar} has to be contoured slice by slice",
        "[[gross disease abuts the {oar} and the {oar2}]]",
        "[[the {oar} runs directly alongside the PTV]] and needs its own dose limit",
        "[[high dose region is right up against the {oar}]]; a CT-based volumetric plan is the only safe way",
        "[[tumor is draped over the {oar}]], which limits dose unless both are outlined on the sim CT",
        "[[the {oar} lies inside the expected penumbra of the target]]",
        "[[close to the {oar}, less than {mm} mm]]",
    ],
    "irregular target": [
        "[[the target is irregular and wraps around the {oar}]]",
        "[[horseshoe-shaped target volume]] that cannot be covered with simple fields",
        "[[the post-op bed is irregular, with clips scattered over {cm} cm]]",
        "[[concave target curving around the {oar}]]",
        "[[target follows an irregular surgical bed and skin fold]]",
    ],
    "multiple targets": [
        "[[several separate targets have to be matched without overlap]]",
        "[[non-contiguous targets need separate isocenters and junction planning]]",
        "[[multiple target volumes at different depths]]",
        "[[the nodal and primary volumes are separate and must be matched]]",
        "[[more than one target, each abutting different normal tissue]]",
    ],
    "contrast for delineation": [
        "[[contrast was needed to tell the {struct} apart from the target]]",
        "[[without contrast the {struct} cannot be separated from tumor]]",
        "[[contrast required to delineate the {struct}]]",
        "[[the {struct} had to be opacified to draw the target accurately]]",
    ],
    "fusion for delineation": [
        "[[tumor extent is only visible on the diagnostic scan, which had to be fused for contouring]]",
        "[[fusion needed to define the gross tumor]]",
        "[[target not seen on CT alone; registered images needed to draw it]]",
        "[[the GTV is defined only on the fused study]]",
    ],
    "prior field overlap": [
        "[[prior RT to the {prior} in {year} abuts the new field]], composite dose must be checked",
        "[[new target overlaps the {year} {prior} field]]",
        "[[re-irradiation: the old {prior} port overlaps this target]]",
        "[[previous radiation ({year}, {prior}) borders the current volume]]",
    ],
    "immobilization": [
        "[[pt has {cond} and cannot hold a standard position without custom immobilization]]",
        "[[{cond}; custom immobilization built to make the position reproducible]]",
        "[[because of {cond} a custom Vac-Lok cradle had to be molded]]",
        "[[{cond} prevents standard positioning]]",
    ],
    "anesthesia/immobilization": [
        "[[child cannot lie still awake; reproducible set-up needs general anesthesia and a custom mask]]",
        "[[age {age}, requires anesthesia for immobilization]]",
        "[[too young to cooperate; anesthesia and custom immobilization needed]]",
    ],
    "applicator verification": [
        "[[applicator position relative to the {oar} and {oar2} has to be verified before dosing]]",
        "[[applicator geometry must be confirmed against bladder and rectum]]",
        "[[need to verify the applicator sits correctly before each fraction]]",
    ],
    "custom shielding": [
        "[[lesion is next to the {oar}; custom shielding is needed to protect it]]",
        "[[irregular lesion requires a custom cutout to spare the {oar}]]",
        "[[the {oar} must be shielded with a custom block]]",
    ],
    "target motion": [
        "[[the tumor moves about {mm} mm with breathing, so an ITV has to be built]]",
        "[[respiratory excursion of {mm} mm seen on fluoro/4D]], ITV needed",
        "[[large tumor motion near the diaphragm]]",
    ],
}
CONTRAST_STRUCTS = ["small bowel", "nodes from vessels", "rectal wall", "vaginal apex", "esophageal lumen", "duodenum"]

BARE = [
    "Complex simulation was medically necessary.",
    "Complex sim medically necessary.",
    "77290 appropriate.",
    "Complex simulation indicated per standard of care.",
    "Medical necessity for complex simulation is met.",
    "Complex sim required.",
    "This simulation meets criteria for complex.",
    "Complex simulation necessary as discussed.",
    "COMPLEX SIM - MEDICALLY INDICATED.",
    "Standard of care complex simulation.",
]

FEATURE: dict[str, list[str]] = {
    "IV": [
        "[[IV contrast]] ({agent} {ml} mL) given via {g}g {arm} antecubital IV, no reaction",
        "[[Omnipaque {ml} mL IV]] injected, scan timed for venous phase",
        "scanned after an [[intravenous contrast]] bolus",
        "[[IV contrast]] administered by RN {nurse}",
        "[[contrast given IV]] ({agent})",
    ],
    "oral": [
        "[[oral contrast]] ({ml} mL) taken {min} min before the scan",
        "pt drank [[PO contrast]] in the waiting room",
        "[[oral contrast]] given to outline the bowel",
    ],
    "rectal": [
        "[[rectal contrast]] ({ml} mL) instilled through a soft catheter",
        "[[contrast per rectum]] to outline the rectum",
    ],
    "vaginal": [
        "[[vaginal contrast]] soaked tampon placed",
        "[[vaginal contrast]] instilled to mark the apex",
    ],
    "bladder": [
        "[[bladder contrast]] instilled via Foley",
        "[[contrast instilled in the bladder]] through the catheter",
    ],
    "urethrogram": [
        "[[retrograde urethrogram contrast]] used to find the apex",
        "[[urethrogram with contrast]] done on the table",
    ],
    "arc_rotational": [
        "planned as [[VMAT]] with {n} arcs",
        "[[volumetric modulated arc therapy]] planned",
        "[[two full arcs]] planned on the Halcyon-style linac",
        "[[RapidArc]] technique",
        "[[arc therapy]] to be delivered from this sim",
        "[[rotational arc]] delivery",
        "technique [[VMAT]]",
    ],
    "custom_shielding": [
        "[[custom electron cutout]] made from the clinical outline",
        "[[Cerrobend cutout]] poured and checked",
        "[[custom lead shield]] made for the eye",
        "[[custom Cerrobend blocks]] to shield the lenses",
        "[[custom cutout]] ({cm} x {cm2} cm) fabricated",
    ],
    "complex_blocking": [
        "[[complex blocking]] required around the {oar}",
        "fields shaped with [[complex blocking]]",
        "[[complex blocking]] designed by the physician",
    ],
    "brachytherapy": [
        "[[applicator position verified]] on the CT images",
        "[[tandem and ovoid position verified]] before planning",
        "[[cylinder placement verified]]",
        "[[tandem and ring position checked and verified]]",
    ],
}
AGENTS = ["Omnipaque 350", "Isovue 300", "Optiray", "iohexol"]

MODALITY: dict[str, list[str]] = {
    "CT": [
        "[[CT simulation]] performed on the {scanner}",
        "[[planning CT]] acquired, {mm2} mm slices",
        "[[CT sim]] done",
        "scanned on the [[CT simulator]]",
        "[[free-breathing CT]] obtained",
        "[[sim CT]] from vertex to mid thigh",
    ],
    "4DCT": [
        "[[4DCT]] acquired with the bellows",
        "[[4DCT/ITV]] scan",
        "[[four-dimensional CT]] over {n} phases",
        "[[4D CT]] obtained (respiratory belt)",
    ],
    "MRI": [
        "[[MRI]] from {date} fused to the planning CT",
        "[[MRI fusion]] for contouring",
        "[[T1 post-gad MRI]] ({date}) registered to the sim CT",
        "outside [[MRI]] imported and fused",
    ],
    "PET": [
        "[[PET/CT]] ({date}) fused for target delineation",
        "[[PET fusion]] used",
        "diagnostic [[PET/CT]] registered to the planning scan",
    ],
    "fluoroscopy": [
        "[[fluoroscopy]] used to set the field borders",
        "set up on the [[conventional simulator]]",
        "[[fluoro]] images confirmed the position",
    ],
    "ultrasound": [
        "[[transabdominal ultrasound]] guided the tandem",
        "[[ultrasound]] confirmed the tandem in the canal",
        "[[US guidance]] used during insertion",
    ],
}

NEG_FEATURE = {
    "contrast": [
        "No IV contrast (creatinine {cr}).",
        "Contrast: not given.",
        "IV contrast was not used.",
        "no contrast",
    ],
    "arc_rotational": ["No VMAT; 3D conformal fields.", "Not an arc plan.", "arc technique not used"],
    "custom_shielding": ["No custom blocks needed.", "no cutout required", "custom shielding: none"],
    "complex_blocking": ["No complex blocking.", "blocking: MLC only, nothing complex"],
    "brachytherapy": ["No applicator in place today.", "brachy not part of this course"],
    "particle": ["Not a proton candidate.", "protons not pursued"],
    "hyperthermia": ["No hyperthermia.", "hyperthermia not available here"],
}
PLAN_FEATURE = {
    "contrast": [
        "May add oral contrast at re-sim if the bowel is hard to see.",
        "Will consider IV contrast at the boost sim.",
        "Contrast to be given next time if renal function allows.",
    ],
    "arc_rotational": [
        "VMAT may be considered by dosimetry if 3D fails constraints.",
        "Could switch to arcs later.",
        "Possible VMAT replan at week 3.",
    ],
    "custom_shielding": [
        "Will need a custom cutout for the boost, to be made at the boost sim.",
        "Eye shield to be ordered if electrons are used.",
    ],
    "complex_blocking": ["Complex blocking might be needed at the cone-down.", "May need blocking at boost."],
    "brachytherapy": [
        "Brachytherapy applicator insertion planned for week 5 at Meridian.",
        "Will refer for brachy boost afterward.",
    ],
    "particle": ["Referral to Meridian for proton therapy was discussed.", "Protons may be an option later."],
    "hyperthermia": ["Hyperthermia trial at Meridian mentioned; pt not interested yet."],
}
NEG_MODALITY = {
    "MRI": ["No MRI available for fusion.", "MRI not done (pacemaker)."],
    "PET": ["PET not obtained (insurance denied).", "No PET for fusion."],
    "fluoroscopy": ["No fluoro used.", "fluoroscopy not needed"],
    "ultrasound": ["No ultrasound used.", "US not needed"],
    "CT": ["No CT was obtained.", "no CT scan today"],
}
PLAN_MODALITY = {
    "MRI": [
        "Will fuse the MRI when the outside disc arrives.",
        "MRI ordered; fusion to follow if it is done before planning.",
    ],
    "PET": ["PET/CT ordered for next week, to be fused if it comes in time.", "May get PET for the boost."],
    "fluoroscopy": ["Fluoro check may be done at first treatment."],
    "ultrasound": ["Ultrasound may be used at the next insertion."],
    "CT": ["CT sim to be scheduled.", "Will get a planning CT next visit."],
}
MLC = ["Field shaping with MLC only.", "MLC shaped, no blocks.", "Standard MLC shaping."]
BOLUS = ["0.5 cm bolus on the scar.", "1 cm bolus made.", "Bolus: 5 mm superflab on the skin."]
MANY_BEAMS = [
    "{n}-field IMRT, all beams on the one target.",
    "{n} beams converge on the single PTV.",
    "{n} fields aimed at one target; single isocenter, single area.",
    "Beam arrangement: {n} fields to the same volume.",
]
HIST_CONTRAST = [
    "CT abdomen/pelvis with IV contrast on {date} showed no liver lesions.",
    "Contrast-enhanced CT chest {date}: no new nodules.",
    "Outside CT with oral and IV contrast {date} reviewed.",
]
OTHER_PERSON = [
    "Her husband had a PET/CT at Meridian last month and asked about ours.",
    "His brother was treated with VMAT at Meridian in 2019.",
    "Daughter (RN) asked whether IV contrast is like her own CT last year.",
    "Wife had IMRT with custom blocks years ago, per pt.",
]
MISREC_BENIGN = [
    "Immobilized in a vac lock bag.",
    "Plan I am RT if constraints allow.",
    "vac lock indexed to the couch",
]
PRIOR_SITES = ["left breast", "prostate", "cervical spine", "pelvis", "right lung", "mediastinum"]
