"""Writer F's phrase pools for the four elements (counted evidence) and for the traps (never counted).

Templates use ``$name`` slots (``string.Template``) and ``¦…¦`` around the part that becomes the span
surface. Three registers: ``prose`` (dictated/resident), ``terse`` (sign-out shorthand), ``field``
(EHR form / table cells).
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------------- rationale
RATIONALE: dict[str, dict[str, tuple[str, ...]]] = {
    "OAR proximity": {
        "prose": (
            "¦The $tgt lies $mm mm from the $oar¦, so the volume has to be drawn on thin-slice images and the dose fall-off shaped around it.",
            "Complex simulation is required because ¦the $oar is within $mm mm of the planned target¦.",
            "¦Tumour abuts the $oar (closest approach $mm mm on the axial images), with the $oar2 also close by¦; a simple set-up would not protect either.",
            "Reason for complex planning: ¦the $tgt sits right against the $oar and $oar2, and both have to be held under tolerance while it is covered¦.",
            "¦Because the $tgt reaches to within $mm mm of the $oar¦, we need a full volumetric data set and individual organ contours.",
            "I asked for a complex simulation since ¦there is only $mm mm between the gross disease and the $oar¦.",
            "¦The $oar is draped over the $tgt on today's images (gap about $mm mm)¦, which is the main planning problem.",
        ),
        "terse": (
            "¦$tgt $mm mm from $oar¦ -> needs 3D contours",
            "why cx sim: ¦$oar <$mm mm from tgt¦",
            "¦abuts $oar ($mm mm), $oar2 close¦",
            "¦$oar right up against $tgt (~$mm mm)¦",
            "indication ¦tight $oar margin $mm mm¦",
        ),
        "field": (
            "Medical necessity: ¦$oar within $mm mm of the target¦",
            "Clinical rationale: ¦target adjacent to $oar and $oar2 (min distance $mm mm)¦",
            "Justification for complex simulation: ¦proximity of the $tgt to the $oar ($mm mm)¦",
            "Reason for complexity: ¦$oar/$oar2 abutting target, $mm mm¦",
        ),
    },
    "irregular target": {
        "prose": (
            "¦The $tgt is irregular and curls around the $oar in a horseshoe¦, which opposed fields cannot cover.",
            "¦The target volume is multilobulated with a $cm cm tongue of disease extending toward the $oar¦.",
            "This needs complex simulation since ¦the volume is concave and wraps partly around the $oar¦.",
            "¦Disease extends in an irregular sheet along the $oar for about $cm cm¦, so the shape cannot be drawn on a plain film.",
        ),
        "terse": (
            "¦irregular/concave tgt wrapping $oar¦",
            "¦multilobulated tgt, $cm cm tail toward $oar¦",
            "¦odd-shaped vol hugging $oar¦",
        ),
        "field": (
            "Medical necessity: ¦irregular, concave target around the $oar¦",
            "Rationale: ¦non-convex target with $cm cm extension along the $oar¦",
            "Complexity reason: ¦horseshoe-shaped volume encircling the $oar¦",
        ),
    },
    "multiple targets": {
        "prose": (
            "¦The separate volumes are non-contiguous and have to be matched without overlap at the junctions¦.",
            "¦With several distinct targets close to the $oar, each needs its own isocentre and the gaps must be calculated¦.",
            "Complex simulation is indicated because ¦the nodal and primary volumes are separate and abut one another¦.",
        ),
        "terse": ("¦separate tgts, junctions to match¦", "¦non-contig vols, own iso each¦"),
        "field": ("Rationale: ¦multiple non-contiguous target volumes with abutting fields¦",
                  "Medical necessity: ¦separate targets requiring matched junctions near the $oar¦"),
    },
    "contrast for delineation": {
        "prose": (
            "¦Contrast is needed to tell the nodal targets apart from the adjacent vessels¦.",
            "¦Without contrast the $oar cannot be separated from the $tgt on the planning scan¦.",
            "¦Enhanced images are needed to see the interface between the $tgt and the $oar¦.",
        ),
        "terse": ("¦needs contrast to sep $oar from tgt¦", "¦contrast reqd to see tgt vs vessels¦"),
        "field": ("Rationale: ¦contrast required to delineate the $oar from the target¦",
                  "Medical necessity: ¦opacification needed to distinguish $oar from $tgt¦"),
    },
    "fusion for delineation": {
        "prose": (
            "¦The gross disease is only seen on the $fmod, so registration is required to contour it¦.",
            "¦Target borders are not visible on CT alone; the $fmod is needed to draw the GTV¦.",
            "¦Soft-tissue extent next to the $oar can only be judged on the $fmod¦, hence the fusion.",
        ),
        "terse": ("¦GTV only on $fmod -> fusion¦", "¦CT alone can't show tgt, need $fmod¦"),
        "field": ("Rationale: ¦$fmod needed to define GTV not seen on CT¦",
                  "Medical necessity: ¦tumour extent visible only on $fmod¦"),
    },
    "prior field overlap": {
        "prose": (
            "¦The new volume overlaps the $prior field, so the composite $oar dose has to be reconstructed from the old plan¦.",
            "This is a re-irradiation: ¦the $tgt lies inside the $prior field and the cumulative $oar dose is the limiting factor¦.",
            "¦Prior $prior to this region; overlap with the current target means the old plan must be deformably summed¦.",
        ),
        "terse": ("¦reRT, overlaps prior $prior, composite $oar¦", "¦in-field recurrence ($prior) -> sum $oar dose¦"),
        "field": ("Rationale: ¦overlap with prior $prior field, composite dose required¦",
                  "Medical necessity: ¦re-irradiation; cumulative $oar dose from $prior¦"),
    },
    "immobilization": {
        "prose": (
            "¦Severe kyphosis and a hip contracture mean the patient cannot lie flat, so a custom mould was needed for reproducibility¦.",
            "¦Because of a tremor and marked claustrophobia, a custom immobilisation device had to be built¦.",
            "¦She has a frozen shoulder and cannot raise the arm, requiring a custom positioning set-up¦.",
        ),
        "terse": ("¦kyphosis, can't lie flat -> custom mould¦", "¦tremor + claustro, custom immob¦"),
        "field": ("Rationale: ¦custom immobilisation needed (contracture, cannot lie flat)¦",
                  "Reason for complexity: ¦unable to abduct arm; custom positioning device¦"),
    },
    "anesthesia/immobilization": {
        "prose": (
            "¦At $age years old the child cannot keep still for the scan, so general anaesthesia and a custom mould are required¦.",
            "¦Daily propofol sedation is needed ($age-year-old, unable to cooperate), with a custom cradle for reproducibility¦.",
        ),
        "terse": ("¦needs GA (age $age), custom head cup¦", "¦$age yo, can't hold still -> anesthesia + mould¦"),
        "field": ("Rationale: ¦age $age, requires anaesthesia and custom immobilisation¦",
                  "Medical necessity: ¦young child ($age y) cannot remain motionless; sedation + mould¦"),
    },
    "applicator verification": {
        "prose": (
            "¦The $app position relative to the $oar has to be verified on imaging before dwell positions are set¦.",
            "¦We must confirm the $app sits correctly, with the $oar only $mm mm away, before the plan is made¦.",
        ),
        "terse": ("¦verify $app pos vs $oar ($mm mm)¦", "¦$app check: $oar $mm mm off¦"),
        "field": ("Rationale: ¦verification of $app position; $oar $mm mm from applicator¦",),
    },
    "custom shielding": {
        "prose": (
            "¦The $oar sits $mm mm from the lesion edge, so a custom shield is needed to protect it¦.",
            "¦A hand-made cutout is needed because the field edge runs $mm mm from the $oar¦.",
        ),
        "terse": ("¦custom shield to spare $oar ($mm mm)¦",),
        "field": ("Rationale: ¦custom shielding of the $oar, $mm mm from field edge¦",),
    },
    "target motion": {
        "prose": (
            "¦The tumour moves about $motion mm with breathing, so a motion-encompassing volume is needed¦.",
            "¦Excursion of $motion mm craniocaudally was seen during coaching, and the target has to be drawn on all phases¦.",
        ),
        "terse": ("¦tgt excursion $motion mm SI -> ITV¦", "¦moves $motion mm w/ resp¦"),
        "field": ("Rationale: ¦respiratory motion $motion mm, ITV required¦",),
    },
}

BARE = (
    "Complex simulation was medically necessary.",
    "Complex sim per protocol.",
    "Complex simulation is standard of care for this diagnosis.",
    "Medical necessity: complex simulation indicated.",
    "Rationale: per department policy.",
    "77290 appropriate for this patient.",
    "Complex simulation is warranted given the clinical situation.",
    "Complex simulation required as per our usual practice.",
    "Indication for complex sim: medically necessary.",
    "cx sim med nec.",
    "Reason for complex simulation: standard.",
    "Complex simulation ordered per attending preference.",
)
HEDGED = (
    "Complex simulation may be justified if the nodal volume is added at planning.",
    "Might need complex simulation depending on the final target.",
    "Could be considered complex if a boost is sequenced.",
    "Possibly complex depending on what the MD decides about margins.",
    "Complexity likely, pending review of the outside imaging.",
    "May need complex sim if the OARs turn out to be close.",
)
BLANK_RATIONALE = (
    "Medical necessity: ___",
    "Rationale for complex sim: [          ]",
    "Reason: ________",
    "Justification: <enter text>",
    "Clinical indication for complexity: ",
)

# --------------------------------------------------------------------------------------------- features
CONTRAST: dict[str, dict[str, tuple[str, ...]]] = {
    "iv": {
        "prose": ("¦IV contrast (Omnipaque 350, $ml mL)¦ was injected before the helical acquisition.",
                  "The patient received ¦intravenous iodinated contrast¦ through a 20 g antecubital line.",
                  "A scan was acquired after ¦a $ml mL bolus of Isovue¦ with a 40 s delay.",
                  "¦Intravenous contrast was given¦ without reaction."),
        "terse": ("¦IV contrast given¦", "¦w/ IV contrast¦", "¦Omni $ml cc IV¦", "¦IVC+ ($ml mL)¦"),
        "field": ("Contrast: ¦IV Isovue 300, $ml mL¦", "Contrast used: ¦Yes - IV¦", "¦[x] IV contrast¦",
                  "IV contrast given: ¦Y ($ml mL)¦"),
    },
    "oral": {
        "prose": ("¦Oral contrast¦ was taken 45 minutes before scanning to opacify the small bowel.",
                  "She drank ¦two cups of dilute barium (oral contrast)¦ prior to the scan.",
                  "¦Gastrografin by mouth¦ was given just before the acquisition to outline the lumen."),
        "terse": ("¦PO contrast¦ x2 cups", "¦oral contrast given¦", "¦PO barium¦ pre-scan"),
        "field": ("Contrast: ¦oral (Readi-Cat, 450 mL)¦", "¦[x] oral contrast¦", "PO contrast: ¦given¦"),
    },
    "rectal": {
        "prose": ("¦Rectal contrast (30 mL dilute barium)¦ was instilled to mark the lumen.",
                  "We placed ¦rectal contrast via a small catheter¦ before scanning."),
        "terse": ("¦rectal contrast¦ 30 mL", "¦PR contrast in¦"),
        "field": ("Rectal contrast: ¦yes, 30 mL¦", "¦[x] rectal contrast¦"),
    },
    "vaginal": {
        "prose": ("¦A vaginal marker soaked in contrast¦ was placed to show the introitus.",
                  "¦Contrast-soaked gauze was packed in the vagina¦."),
        "terse": ("¦vag contrast marker¦", "¦contrast packing vag¦"),
        "field": ("Vaginal contrast: ¦yes¦", "¦[x] vaginal contrast¦"),
    },
    "bladder": {
        "prose": ("¦The bladder was filled with 100 mL of dilute contrast¦ through the Foley.",
                  "¦Dilute contrast was instilled into the bladder¦ via catheter."),
        "terse": ("¦bladder contrast 100 cc¦ via foley", "¦foley contrast¦"),
        "field": ("Bladder contrast: ¦7 mL in Foley balloon + 100 mL dilute¦", "¦[x] bladder contrast¦"),
    },
    "urethrogram": {
        "prose": ("¦A retrograde urethrogram with contrast¦ was done to locate the apex.",
                  "We injected ¦urethral contrast (RUG)¦ to see the GU diaphragm."),
        "terse": ("¦RUG w/ contrast¦", "¦urethrogram contrast¦"),
        "field": ("Urethrogram: ¦contrast injected¦", "¦[x] RUG contrast¦"),
    },
}

FEATURE: dict[str, dict[str, tuple[str, ...]]] = {
    "arc_rotational": {
        "prose": ("Technique is ¦volumetric modulated arc therapy (two full arcs)¦.",
                  "The plan is being built as ¦VMAT¦ with the isocentre set today.",
                  "Treatment will use ¦RapidArc¦, as decided at this simulation.",
                  "We simulated for ¦helical TomoTherapy¦ delivery.",
                  "Delivery: ¦dynamic conformal arcs¦.",
                  "Technique: ¦coplanar and non-coplanar arcs (HyperArc)¦."),
        "terse": ("tech ¦VMAT¦", "¦2 arcs¦", "¦RapidArc¦", "¦Tomo¦", "¦VMAT x3 arcs¦", "¦DCA¦"),
        "field": ("Technique: ¦VMAT¦", "Delivery: ¦arc (2 full)¦", "¦[x] VMAT / arc¦", "Modality: ¦TomoTherapy¦"),
    },
    "particle": {
        "prose": ("She is being treated with ¦pencil-beam scanning protons¦ in our proton centre.",
                  "Plan is ¦intensity-modulated proton therapy (IMPT)¦, three fields, robust optimised.",
                  "Simulated on the proton CT for ¦proton therapy¦.",
                  "Treatment modality: ¦PBS proton¦ with range uncertainty 3.5%."),
        "terse": ("¦protons¦ (PBS)", "¦IMPT¦", "¦PBS proton¦", "tx ¦proton¦"),
        "field": ("Particle: ¦protons (PBS)¦", "Modality: ¦proton therapy¦", "¦[x] protons¦"),
    },
    "custom_shielding": {
        "prose": ("A ¦custom Cerrobend block¦ was poured from the outline drawn today.",
                  "A ¦custom electron cutout¦ was made from the clinical mark-up.",
                  "Mould room will cut a ¦custom lead-alloy shield¦ to the traced outline.",
                  "¦Custom lung blocks¦ were positioned and checked.",
                  "¦Internal eye shields¦ fitted and tested."),
        "terse": ("¦custom cutout¦ made", "¦Cerrobend block¦", "¦custom shield¦ from tracing", "¦lung blocks (custom)¦"),
        "field": ("Custom shielding: ¦Cerrobend block¦", "¦[x] custom cutout¦", "Blocks: ¦custom lead-alloy¦"),
    },
    "complex_blocking": {
        "prose": ("This required ¦complex blocking¦ around the kidneys and cord.",
                  "Fields use ¦complex blocking¦ with several separate blocks per field."),
        "terse": ("¦complex blocking¦",),
        "field": ("Blocking: ¦complex blocking¦", "¦[x] complex blocking¦"),
    },
    "brachytherapy": {
        "prose": ("¦The $app position was verified¦ on the images before planning.",
                  "¦Applicator verification¦ showed the $app in good position.",
                  "¦Source path and $app geometry were checked¦ with dummy markers."),
        "terse": ("¦$app verified¦", "¦applicator check OK¦", "¦dummy source run confirmed¦"),
        "field": ("Applicator verification: ¦$app, position confirmed¦", "¦[x] applicator verified¦"),
    },
    "hyperthermia": {
        "prose": ("¦Hyperthermia thermometry probes were verified¦ in position on CT.",
                  "¦Verification of the hyperthermia probe catheters¦ was done at this session."),
        "terse": ("¦HT probe verification¦", "¦thermometry probes checked¦"),
        "field": ("Hyperthermia probe verification: ¦done¦", "¦[x] hyperthermia probes verified¦"),
    },
}

# --------------------------------------------------------------------------------------------- modalities
MODALITY: dict[str, dict[str, tuple[str, ...]]] = {
    "CT": {
        "prose": ("¦CT simulation¦ was performed on the large-bore scanner at 2 mm slices.",
                  "A ¦planning CT¦ was acquired, $extent.",
                  "Scanned on the ¦CT simulator¦, 3 mm slices, $extent.",
                  "We obtained a ¦helical CT¦ in treatment position."),
        "terse": ("¦CT sim¦ done", "¦CT¦ 2mm", "¦simCT¦ $extent", "sim'd on ¦CT¦"),
        "field": ("Imaging: ¦CT simulation¦", "Scan: ¦CT, 2.5 mm¦", "¦[x] CT sim¦", "CT scan: ¦acquired¦"),
    },
    "4DCT": {
        "prose": ("A ¦4DCT¦ with 10 phases was acquired and an average image reconstructed.",
                  "¦Four-dimensional CT¦ was obtained with the bellows belt.",
                  "We did a ¦4D-CT¦ to capture the breathing cycle."),
        "terse": ("¦4DCT¦ 10 phases", "¦4DCT/MIP¦", "¦4D CT¦ done"),
        "field": ("Imaging: ¦4DCT¦", "¦[x] 4DCT¦", "Motion scan: ¦4DCT (10 bins)¦"),
    },
    "MRI": {
        "prose": ("¦The $when MRI was fused¦ to the planning CT for the GTV.",
                  "¦MRI (T1 post-contrast and T2) was registered¦ to the simulation scan for contouring.",
                  "We acquired ¦a same-day MR simulation¦ in the treatment position.",
                  "¦MR fusion¦ was used to define the target."),
        "terse": ("¦MRI fused¦", "¦MR fusion¦ for GTV", "¦MRI reg'd¦", "¦MR-sim¦"),
        "field": ("Fusion: ¦MRI¦", "¦[x] MRI fusion¦", "Registered image: ¦MRI T1+C¦", "Secondary image set: ¦MRI¦"),
    },
    "PET": {
        "prose": ("¦The FDG PET/CT was registered¦ to the planning scan to guide the GTV.",
                  "¦PET fusion¦ was used for nodal delineation.",
                  "¦The $when PET was fused¦ for target definition."),
        "terse": ("¦PET fused¦", "¦PET/CT reg¦", "¦PET fusion¦"),
        "field": ("Fusion: ¦PET/CT¦", "¦[x] PET fusion¦", "Secondary image set: ¦FDG PET¦"),
    },
    "ultrasound": {
        "prose": ("¦Transabdominal ultrasound¦ guided the insertion.",
                  "Placement was done under ¦transrectal ultrasound¦ guidance.",
                  "¦Ultrasound¦ confirmed the tandem in the uterine canal."),
        "terse": ("¦US-guided¦", "¦TRUS¦", "¦TAUS¦ guidance"),
        "field": ("Guidance: ¦ultrasound¦", "¦[x] ultrasound¦", "Imaging: ¦TRUS¦"),
    },
    "fluoroscopy": {
        "prose": ("¦Fluoroscopy¦ confirmed the position.",
                  "¦Orthogonal fluoroscopic images¦ were taken on the conventional simulator.",
                  "A ¦C-arm fluoro¦ check was done."),
        "terse": ("¦fluoro¦ check", "¦C-arm¦ OK", "¦fluoro¦ AP/lat"),
        "field": ("Imaging: ¦fluoroscopy¦", "¦[x] fluoroscopy¦", "Verification: ¦fluoro¦"),
    },
}

EXTENT = ("5 cm above and below the target", "per the site protocol borders", "with generous superior/inferior coverage",
          "covering all planned volumes plus margin", "through the full treatment region")

# --------------------------------------------------------------------------------------------- traps
NEG_FEATURE: dict[str, tuple[str, ...]] = {
    "contrast": ("No IV contrast was given.", "Contrast: none.", "This was a non-contrast scan.",
                 "We did not use oral contrast today.", "no IVC", "No contrast of any kind."),
    "arc_rotational": ("VMAT was not chosen; a static-field plan is preferred.", "Not an arc plan.", "no arcs - static IMRT"),
    "particle": ("Protons were considered but not used; photon plan.", "Not a proton candidate (hardware).",
                 "no proton"),
    "custom_shielding": ("No custom blocks were needed.", "No cutout - standard cone.", "no custom shielding"),
    "complex_blocking": ("No complex blocking.", "Blocking: none beyond MLC."),
    "brachytherapy": ("No applicator is in place (external beam only).", "no brachy component"),
    "hyperthermia": ("Hyperthermia is not part of this course.", "no HT"),
}
NEG_MODALITY: dict[str, tuple[str, ...]] = {
    "CT": ("No CT was obtained; this is a clinical set-up.", "no CT scan today"),
    "MRI": ("No MRI fusion (non-conditional pacemaker).", "MRI was not used for contouring.", "no MR fusion"),
    "PET": ("PET was not used for target definition.", "no PET reg", "PET fusion not performed."),
    "ultrasound": ("Ultrasound was not used.", "no US"),
    "fluoroscopy": ("No fluoroscopy was needed.", "no fluoro"),
}
PLANNED_FEATURE: dict[str, tuple[str, ...]] = {
    "contrast": ("Contrast if needed, to be decided at planning.", "May add IV contrast at a re-scan if nodes are unclear.",
                 "IV contrast pending renal function.", "Consider oral contrast next time."),
    "arc_rotational": ("May consider VMAT if the cord constraint is not met.", "Will discuss arc versus static fields with physics.",
                       "VMAT to be decided at planning."),
    "particle": ("Proton plan pending insurance approval.", "Protons may be considered if the photon plan is poor.",
                 "Will discuss proton candidacy at tumour board."),
    "custom_shielding": ("Custom block may be cut after the first portal image.", "Will discuss a custom shield with the mould room."),
    "complex_blocking": ("Complex blocking possible, TBD.",),
    "brachytherapy": ("Brachytherapy boost planned after external beam.", "Will discuss interstitial implant later."),
    "hyperthermia": ("Hyperthermia to be discussed at sarcoma board.", "May add hyperthermia if trial opens."),
}
PLANNED_MODALITY: dict[str, tuple[str, ...]] = {
    "MRI": ("MRI to be fused once the outside disc is loaded.", "Will register the diagnostic MRI later if contours are uncertain.",
            "MR-sim requested for next week."),
    "PET": ("Will obtain a PET/CT for boost planning.", "PET fusion pending import.", "May add PET if available."),
    "ultrasound": ("Ultrasound guidance at the next insertion.",),
    "fluoroscopy": ("Fluoro check planned at first fraction.",),
    "CT": ("CT simulation to be scheduled.",),
}
ORDERED_NOT_DONE: dict[str, tuple[str, ...]] = {
    "contrast": ("IV contrast was ordered but held: creatinine $cr.",
                 "Contrast ordered; not given because she reported anaphylaxis to iodinated contrast.",
                 "Two attempts at IV access failed, so the scan was done without contrast.",
                 "Patient declined the oral contrast (nausea), so none was given.",
                 "Contrast ordered, not administered: eGFR $egfr."),
    "MRI": ("Sim MRI ordered, not done: scanner down.", "MRI was cancelled, non-conditional pacemaker.",
            "MR-sim ordered but the patient could not tolerate the bore."),
    "PET": ("PET/CT ordered, not done (insurance denied).",),
    "arc_rotational": ("VMAT ordered, but physics will use static fields (machine limits).",),
}
OTHER_PERSON = (
    "Family history: mother had breast cancer treated with radiation in the 1990s; a sister recently had a PET scan for lymphoma.",
    "Her husband, who came along today, had a CT with contrast last week for kidney stones.",
    "Brother received proton therapy for a brain tumour as a teenager.",
    "Father had prostate cancer treated with seed implant; uncle had an MRI for back pain.",
    "Daughter (nurse) asked whether she should have her own MRI for her migraines.",
    "FHx: maternal aunt with ovarian ca, had brachytherapy.",
)
COPY_FORWARD = (
    "Prior course (copied from the $year sim note): $copy.",
    "[Copied forward from $year] Simulation: $copy.",
    "--- text below carried over from the $year course --- $copy. --- end of carried-over text ---",
    "Previous simulation $year (copied): $copy.",
)
COPY_ITEMS = ("VMAT, IV contrast, MRI fusion, three treatment areas", "IV contrast given, PET fused, 2 arcs",
              "custom Cerrobend blocks, fluoroscopy, 4 areas", "proton plan, MRI registered", "oral contrast, 3 isocentres")
ADDENDUM_RETRACT = {
    "contrast": ("IV contrast was given.", "Addendum: correction, IV contrast was NOT given; the line infiltrated before injection."),
    "MRI": ("MRI fused for GTV.", "Addendum ($date): the MRI fusion was not used; the registered series was from the wrong patient date and was removed."),
    "PET": ("PET/CT registered.", "Addendum: PET was not registered after all; contours drawn on CT only."),
    "arc_rotational": ("VMAT.", "Addendum: technique changed, no arcs; static-field IMRT."),
}
ADDENDUM_CONFIRM = {
    "contrast": ("No contrast.", "Addendum ($date): correction, ¦IV contrast was in fact given¦ (Omnipaque $ml mL); the earlier line was a template default."),
    "MRI": ("No fusion.", "Addendum: correction, ¦the diagnostic MRI was fused¦ for the GTV after all."),
    "PET": ("PET not used.", "Addendum ($date): ¦PET/CT was registered¦ and used for the nodal GTV."),
}
MLC_ONLY = ("Fields shaped with the MLC only, no blocks.", "Standard MLC shaping; no custom blocks.",
            "MLC conformed to PTV + 7 mm.", "MLC leaves fit to the target, nothing poured.")
FUTURE = (
    "Physics to build the plan; target review with the attending on $date.",
    "Obtain MRI for fusion if contours are uncertain.",
    "Re-simulate with contrast if the creatinine improves.",
    "Start treatment in about 7-10 days pending QA.",
    "Will ask dosimetry whether VMAT improves the cord dose.",
    "Discuss proton candidacy at the Tuesday conference.",
    "Dental clearance and PEG evaluation before start.",
    "Plan to add a boost if PET response is incomplete.",
    "Follow-up with medical oncology re: concurrent chemo.",
    "Check creatinine prior to any future contrast.",
    "Port film on day 1.",
)
BEAMS_ONE = ("a 7-field IMRT plan", "a four-field box", "opposed laterals", "9 static beams", "AP/PA fields",
             "5 non-coplanar static beams", "two opposed obliques plus an en face field")
ARCS_ONE = ("two full arcs and a partial arc", "three coplanar arcs", "4 arcs (2 coplanar, 2 couch-kicked)")
