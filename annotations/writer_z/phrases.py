"""Counted evidence phrasing: rationale, features, modalities, areas (many forms for each fact)."""
# ruff: noqa: D103, E501

from __future__ import annotations

from .context import Ctx

# ---------------------------------------------------------------- rationale
# noun-phrase reasons (fit "i/v/o ...", "due to ...") and clause reasons (fit "as ...", "since ...")
REASON_NP = {
    "OAR proximity": [
        "the close proximity of the {tgt} to the {oar}",
        "the {tgt} lying within {mm} mm of the {oar}",
        "the PTV abutting the {oar} and {oar2}",
        "proximity of the target to the {oar}",
        "the {oar} being immediately adjacent to the {tgt}",
        "overlap of the PTV with the {oar} PRV",
        "a {mm} mm gap between the {tgt} and the {oar}",
        "the {tgt} wrapping against the {oar}",
    ],
    "irregular target": [
        "the irregular, lobulated shape of the {tgt}",
        "a concave, horseshoe-shaped {tgt}",
        "an irregular {tgt} spread over {cm} cm",
        "the non-convex target with a finger-like extension towards the {oar}",
        "the irregular tumour outline with satellite nodularity",
        "an irregularly shaped {tgt}",
    ],
    "multiple targets": [
        "multiple separate target volumes which have to be matched",
        "separate volumes with a junction close to the {oar}",
        "non-contiguous targets each needing its own set-up point",
        "several discrete volumes to be treated in one plan without overlap",
        "disparate targets at different depths",
    ],
    "contrast for delineation": [
        "the need for contrast to separate the {tgt} from adjacent vessels",
        "contrast being required to identify the bowel loops near the {tgt}",
        "the {tgt} being isodense with surrounding tissue on plain CT",
        "poor visualisation of the {tgt} without contrast",
    ],
    "fusion for delineation": [
        "the {tgt} not being visible on the planning CT without image fusion",
        "the need for image registration to define the {tgt}",
        "target definition depending on the fused diagnostic study",
        "residual disease seen only on the fused study",
    ],
    "prior field overlap": [
        "previous RT to the same region in {yr}, with field overlap to be accounted for",
        "re-irradiation of an area that overlaps the {yr} field",
        "the junction with the previously treated field and cumulative {oar} dose",
        "prior radiation ({yr}, 30 Gy/10#) adjoining the current volume",
    ],
    "immobilization": [
        "severe kyphosis and inability to lie flat, needing a custom Vac-Lok set-up",
        "{his} frozen {Lt} shoulder, which required custom immobilisation",
        "a resting tremor needing custom immobilisation to hold position",
        "pain on lying supine, needing a custom foam and Vac-Lok arrangement",
        "body habitus (BMI over 40) requiring custom positioning aids",
    ],
    "anesthesia/immobilization": [
        "the child's age and inability to lie still without general anaesthesia",
        "the need for GA to achieve reproducible immobilisation in a {age}-year-old",
        "{his} young age ({age} yrs), making sedation and a custom mask necessary",
    ],
    "applicator verification": [
        "the need to verify applicator position relative to bladder, rectum and sigmoid",
        "verification of the tandem position (no perforation) and its relation to the rectum",
        "confirmation of applicator geometry before dose planning",
    ],
    "custom shielding": [
        "the need for a custom cutout to spare the {oar}",
        "the lesion lying {mm} mm from the {oar}, requiring custom shielding",
        "the irregular lesion margin needing a hand-shaped cutout",
    ],
    "target motion": [
        "respiratory motion of the {tgt} of about {mm} mm craniocaudally",
        "marked excursion of the {tgt} with breathing near the diaphragm",
        "tumour motion with respiration, requiring an ITV",
    ],
}
REASON_CL = {
    "OAR proximity": [
        "the {tgt} lies within {mm} mm of the {oar}",
        "the PTV directly abuts the {oar}",
        "the {oar} runs along the medial edge of the {tgt}",
        "we need a steep dose fall-off between the {tgt} and the {oar}",
        "the {oar} and {oar2} are right next to the target",
        "the {tgt} is practically touching the {oar}",
        "the {oar} sits inside the margin we would normally use",
        "there is basically no daylight between the {tgt} and the {oar}",
        "the {oar} is sitting on the {tgt}",
        "any standard margin would put the {oar} over tolerance",
    ],
    "irregular target": [
        "the {tgt} is irregular and lobulated",
        "the target is concave and wraps around the {oar}",
        "the {tgt} is irregular and extends over {cm} cm",
        "the volume is oddly shaped with an extension towards the {oar}",
        "the {tgt} curls around the {oar} like a C",
    ],
    "multiple targets": [
        "there are separate volumes that need to be matched without overlap",
        "the volumes are separate and meet near the {oar}",
        "each of the targets needs its own set-up point",
        "the targets are non-contiguous and at different depths",
    ],
    "contrast for delineation": [
        "the {tgt} cannot be separated from the vessels without contrast",
        "contrast was needed to see the bowel loops next to the {tgt}",
        "the {tgt} is isodense on a plain scan",
    ],
    "fusion for delineation": [
        "the {tgt} is not seen on plain CT and needs the fused study for contouring",
        "the residual disease is visible only on the fused images",
        "the {tgt} can only be outlined with the registered diagnostic scan",
        "on the plain sim scan you simply cannot see where the {tgt} ends",
    ],
    "prior field overlap": [
        "{he} had RT to the same area in {yr} and the fields overlap",
        "this is a re-treatment and the new volume overlaps the {yr} field",
        "the current volume adjoins the previously irradiated region and the {oar} dose must be summed",
        "the old {yr} fields butt right up against this one",
    ],
    "immobilization": [
        "{he} cannot lie flat because of kyphosis and needed a custom Vac-Lok",
        "{he} cannot abduct the {Lt} arm and a custom immobilisation device was made",
        "{he} has a tremor and needed custom immobilisation",
        "{he} is in pain lying supine and needed custom positioning",
        "{he} can't keep the arm up for more than a couple of minutes, so a cradle was built for {him}",
        "{he} slides down the couch unless held in a custom bag",
    ],
    "anesthesia/immobilization": [
        "the child cannot lie still and needs GA for reproducible positioning",
        "at {age} years {he} could not co-operate without anaesthesia",
    ],
    "applicator verification": [
        "applicator position has to be verified against bladder, rectum and sigmoid",
        "the tandem position and its relation to the rectum had to be confirmed",
    ],
    "custom shielding": [
        "the lesion is {mm} mm from the {oar} and a custom shield is required",
        "a custom cutout is needed to keep the {oar} out of the field",
    ],
    "target motion": [
        "the {tgt} moves about {mm} mm with respiration",
        "the lesion moves with breathing and needs an ITV",
        "the {tgt} bobs up and down about {mm} mm with each breath",
    ],
}
FRAMES_NP = [
    "Complex simulation was carried out i/v/o {R}.",
    "This was done as a complex simulation in view of {R}.",
    "Indication for complex simulation: {R}.",
    "Complex sim required due to {R}.",
    "Simulation was complex owing to {R}.",
    "Kindly note the complexity of this simulation, given {R}.",
    "Complexity of the set-up is because of {R}.",
    "A complex simulation was necessary on account of {R}.",
    "Reason for complex simulation - {R}.",
    "I/v/o {R}, complex simulation was done.",
    "Medical necessity for complex simulation: {R}.",
    "Complex planning simulation was justified by {R}.",
]
FRAMES_CL = [
    "Complex simulation was required as {R}.",
    "The simulation was complex since {R}.",
    "This needed a complex simulation because {R}.",
    "Complex simulation is medically necessary here because {R}.",
    "I opted for a complex simulation as {R}.",
    "{R} - hence a complex simulation.",
    "It is a complex simulation; {R}.",
    "The set-up was complex, as {R}.",
]
FRAMES_KV = [
    "MD reason for complex sim: {R}",
    "Clinical indication (MD): {R}",
    "Complexity reason: {R}",
    "Reason for complex simulation: {R}",
    "Medical necessity (per MD): {R}",
    "Complex sim justification: {R}",
]
FRAMES_TERSE = [
    "cx sim d/t {R}.",
    "Complex sim - {R}.",
    "Why complex: {R}.",
    "Complex b/c {R}.",
    "Cx: {R}.",
    "complex sim i/v/o {R}",
]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def reason_surface(ctx: Ctx, kind: str = "np") -> str:
    pool = (REASON_NP if kind == "np" else REASON_CL)[ctx.p.rationale]
    return ctx.fill(ctx.pick(pool))


def rationale_sentence(ctx: Ctx, register: str = "prose") -> str:
    if register == "kv":
        surface = _cap(reason_surface(ctx, ctx.pick(["np", "cl"])))
        return ctx.pick(FRAMES_KV).replace("{R}", ctx.R(surface))
    if register == "terse":
        kind = ctx.pick(["np", "cl"])
        surface = reason_surface(ctx, kind)
        surface = surface.replace("the ", "", 1) if ctx.chance(0.4) and surface.startswith("the ") else surface
        return ctx.pick(FRAMES_TERSE).replace("{R}", ctx.R(surface))
    if ctx.chance(0.55):
        frame = ctx.pick(FRAMES_NP)
        surface = reason_surface(ctx, "np")
    else:
        frame = ctx.pick(FRAMES_CL)
        surface = reason_surface(ctx, "cl")
    if frame.startswith("{R}"):
        surface = _cap(surface)
    return frame.replace("{R}", ctx.R(surface))


BARE = [
    "Complex simulation is medically necessary.",
    "This qualifies as a complex simulation as per departmental policy.",
    "Kindly note that this is a complex simulation.",
    "Complexity of simulation justified.",
    "Complex sim (77290) appropriate for this patient.",
    "Medical necessity for complex simulation is established.",
    "The simulation was complex in nature.",
    "Complex simulation was indicated and performed.",
    "I certify that a complex simulation was required.",
    "Complex simulation - as discussed.",
]
BARE_KV = [
    "MD reason for complex sim: medically necessary",
    "Complexity reason: complex",
    "Clinical indication (MD): as per MD",
    "Reason for complex simulation: per physician",
    "Medical necessity (per MD): yes",
]
BARE_TERSE = ["cx sim - med necessary.", "Complex. 77290.", "Cx sim justified.", "complex sim, nec."]


def bare(ctx: Ctx, register: str = "prose") -> str:
    if register == "kv":
        return ctx.pick(BARE_KV)
    if register == "terse":
        return ctx.pick(BARE_TERSE)
    return ctx.pick(BARE)


# ---------------------------------------------------------------- features
def contrast_phrase(ctx: Ctx, register: str) -> str:
    route = ctx.p.contrast_route
    F = ctx.F
    if register == "kv":
        key = {
            "iv": "IV Contrast",
            "oral": "Oral Contrast",
            "rectal": "Rectal Contrast",
            "vaginal": "Vaginal Contrast",
            "bladder": "Bladder Contrast",
            "urethrogram": "Urethrogram",
        }[route]
        detail = {
            "iv": "{agent} {ml} mL, power injector",
            "oral": "{oagent}, 45 min pre-scan",
            "rectal": "20 mL dilute contrast via catheter",
            "vaginal": "contrast-soaked tampon",
            "bladder": "dilute contrast via Foley",
            "urethrogram": "retrograde, 10 mL contrast",
        }[route]
        yes = ctx.pick(["Yes", "Y", "Given", "YES"])
        return f"{F('contrast', key + ': ' + yes)} ({ctx.fill(detail)})"
    if register == "terse":
        word = {
            "iv": ["IV contrast", "IVC", "IV ctrst"],
            "oral": ["oral contrast", "PO contrast", "oral ctrst"],
            "rectal": ["rectal contrast", "PR contrast"],
            "vaginal": ["vaginal contrast"],
            "bladder": ["bladder contrast"],
            "urethrogram": ["RUG contrast", "urethrogram w/ contrast"],
        }[route]
        tail = ctx.pick([" given", " + ", " used", " in", " on board", " done"])
        return F("contrast", ctx.pick(word)) + tail.rstrip() + "."
    if route == "iv":
        forms = [
            "{F} ({agent}, {ml} ml) was administered via a 20G cannula in the {Lt} antecubital vein, scan acquired in the venous phase.",
            "The scan was acquired after {F} ({agent} {ml} ml at 2 ml/sec).",
            "{F} was given ({agent}); no reaction was noted.",
            "Post-contrast images were acquired following {F} ({ml} ml).",
            "{F} ({agent}) was injected after checking the creatinine (0.9 mg/dl).",
        ]
        surf = ctx.pick(["IV contrast", "intravenous contrast", "IV contrast", "i.v. contrast"])
    elif route == "oral":
        forms = [
            "{F} ({oagent}) was given 45 minutes prior to the scan.",
            "Patient was given {F} to opacify the bowel.",
            "{F} was administered ({oagent}, 450 ml over 1 hour).",
            "Bowel opacified with {F} as per protocol.",
        ]
        surf = ctx.pick(["oral contrast", "oral contrast", "positive oral contrast"])
    elif route == "rectal":
        forms = [
            "{F} (20 ml) was instilled through a soft catheter to mark the rectum.",
            "{F} was used to delineate the rectum and anal verge.",
            "The rectum was outlined with {F}.",
        ]
        surf = ctx.pick(["rectal contrast", "rectal contrast"])
    elif route == "vaginal":
        forms = [
            "{F} was placed to mark the vaginal apex.",
            "A tampon soaked in contrast ({F}) marked the vagina.",
            "{F} instilled to outline the vaginal vault.",
        ]
        surf = ctx.pick(["vaginal contrast", "vaginal contrast"])
    elif route == "bladder":
        forms = [
            "{F} (dilute, via Foley) was instilled to outline the bladder.",
            "Bladder outlined using {F} through the catheter.",
        ]
        surf = ctx.pick(["bladder contrast", "intravesical contrast"])
    else:  # urethrogram
        forms = ["A {F} was done to localise the prostatic apex.", "{F} was performed to mark the GU diaphragm."]
        surf = ctx.pick(["retrograde urethrogram with contrast", "contrast urethrogram"])
    form = ctx.pick(forms)
    token = F("contrast", surf if not form.startswith("{F}") else surf[:1].upper() + surf[1:])
    return ctx.fill(form.replace("{F}", "\x00")).replace("\x00", token)


ARC_SURF = [
    "VMAT",
    "VMAT",
    "RapidArc",
    "volumetric modulated arc therapy",
    "arc therapy",
    "2 full arcs",
    "dual-arc VMAT",
    "TomoTherapy",
    "helical tomotherapy",
]


def arc_phrase(ctx: Ctx, register: str) -> str:
    F = ctx.F
    surf = ctx.pick(ARC_SURF)
    if "omo" in surf and ctx.p.location != "pellmill":
        surf = ctx.pick(["VMAT", "RapidArc", "2 arcs (VMAT)"])
    if register == "kv":
        key = ctx.pick(["Technique", "Planned Technique", "Tx technique", "Delivery"])
        return f"{key}: {F('arc_rotational', surf)}"
    if register == "terse":
        return ctx.pick(["Tech: ", "", "Tx: ", "plan "]) + F("arc_rotational", surf) + "."
    if ctx.trap("planned_for_idiom"):
        return (
            ctx.pick(
                [
                    "Patient has been simulated and is planned for {F}.",
                    "{He} is planned for {F} to this volume.",
                    "Planned for {F} after contouring.",
                ]
            )
            .replace("{He}", ctx.he.capitalize())
            .replace("{F}", F("arc_rotational", surf))
        )
    forms = [
        "Treatment technique: {F}.",
        "The patient was simulated for {F}.",
        "Technique will be {F}.",
        "This will be treated with {F}.",
        "Simulation was done for {F} delivery.",
        "Plan to be optimised as {F}.",
        "{F} was chosen to spare the {oar}.",
    ]
    form = ctx.pick(forms)
    if form.startswith("{F}"):
        surf = surf[:1].upper() + surf[1:]
    return ctx.fill(form.replace("{F}", "\x00")).replace("\x00", F("arc_rotational", surf))


def shielding_phrase(ctx: Ctx, register: str) -> str:
    F = ctx.F
    if ctx.p.site == "skin":
        surf = ctx.pick(
            [
                "custom electron cutout",
                "custom lead cutout",
                "Cerrobend cutout",
                "custom cutout",
                "lead eye shield",
                "internal lead eye shield",
            ]
        )
    elif ctx.p.site == "whole_brain":
        surf = ctx.pick(["custom Cerrobend blocks", "custom blocks", "Cerrobend lens blocks"])
    elif ctx.p.site == "breast":
        surf = ctx.pick(["custom electron cutout", "Cerrobend cutout"])
    else:
        surf = ctx.pick(["custom Cerrobend block", "custom shielding block", "Cerrobend blocks"])
    if register == "kv":
        return f"{ctx.pick(['Shielding', 'Custom block/cutout', 'Cutout'])}: {F('custom_shielding', surf[:1].upper() + surf[1:])}"
    if register == "terse":
        return F("custom_shielding", surf) + ctx.pick([" made.", " fabricated.", " ok.", " checked on pt."])
    forms = [
        "A {F} was fabricated from the marked outline.",
        "{F} made in the mould room and checked on the patient.",
        "We have used a {F} to shape the field.",
        "The field is shaped with a {F}.",
        "{F} prepared; fit verified on the patient.",
    ]
    if "eye shield" in surf:
        forms = [
            "A {F} was placed under local anaesthetic drops and checked.",
            "{F} to be used for every fraction; fit checked today.",
            "The {F} was tried on the patient and is comfortable.",
        ]
    elif surf.endswith("blocks"):
        forms = [
            "{F} were fabricated from the marked outline.",
            "{F} made in the mould room and checked on the patient.",
            "We have used {F} to shape the fields.",
            "The fields are shaped with {F}.",
        ]
    form = ctx.pick(forms)
    s = surf if not form.startswith("{F}") else surf[:1].upper() + surf[1:]
    return ctx.fill(form.replace("{F}", "\x00")).replace("\x00", F("custom_shielding", s))


def blocking_phrase(ctx: Ctx, register: str) -> str:
    F = ctx.F
    surf = ctx.pick(["complex blocking", "complex field blocking", "complex blocking"])
    if register == "kv":
        return f"Blocking: {F('complex_blocking', surf[:1].upper() + surf[1:])}"
    if register == "terse":
        return F("complex_blocking", surf) + " req'd."
    forms = [
        "{F} was required around the {oar}.",
        "The fields need {F} to shield the {oar} and {oar2}.",
        "Fields designed with {F}.",
        "{F} drawn on the DRRs.",
    ]
    form = ctx.pick(forms)
    s = surf if not form.startswith("{F}") else surf[:1].upper() + surf[1:]
    return ctx.fill(form.replace("{F}", "\x00")).replace("\x00", F("complex_blocking", s))


def particle_phrase(ctx: Ctx, register: str) -> str:
    F = ctx.F
    surf = ctx.pick(["proton", "pencil-beam scanning proton", "proton therapy", "IMPT", "PBS proton"])
    if register == "kv":
        return f"Modality: {F('particle', surf)}"
    if register == "terse":
        return "Tx " + F("particle", surf) + " (Carrow)."
    forms = [
        "Simulated on the {place} CT for {F} treatment.",
        "This is a {F} simulation at the {place}.",
        "Treatment will be {F}; range uncertainty margins applied.",
        "The patient is being treated with {F} at the {place}.",
    ]
    form = ctx.pick(forms).replace("{place}", ctx.pick(["Carrow Proton Pavilion", "Carrow proton unit"]))
    return form.replace("{F}", F("particle", surf))


def brachy_phrase(ctx: Ctx, register: str) -> str:
    F = ctx.F
    if register == "kv":
        return f"Applicator verification: {F('brachytherapy', ctx.pick(['Done', 'Yes - on CT', 'Completed']))}"
    if register == "terse":
        return F("brachytherapy", ctx.pick(["applicator verified", "appl. position verified"])) + "."
    forms = [
        "{F} on the post-insertion CT before planning.",
        "{F}: tandem in the midline, ring flush with the cervix, no perforation.",
        "Post-insertion images were reviewed and the {F}.",
        "{F} against the bladder and rectum.",
    ]
    form = ctx.pick(forms)
    surf = {
        "{F} on": "Applicator position was verified",
        "{F}:": "Applicator verification",
        "the {F}": "applicator position verified",
        "{F} against": "Applicator geometry verified",
    }
    for key, val in surf.items():
        if key in form:
            return form.replace("{F}", F("brachytherapy", val))
    return form.replace("{F}", F("brachytherapy", "applicator verified"))


def hyperthermia_phrase(ctx: Ctx, register: str) -> str:
    F = ctx.F
    if register == "kv":
        return f"Hyperthermia: {F('hyperthermia', 'thermometry probes verified')}"
    return ctx.pick(["{F} on the planning CT.", "The {F} before the first session."]).replace(
        "{F}",
        F(
            "hyperthermia",
            ctx.pick(
                ["hyperthermia probe position was verified", "hyperthermia thermometry catheter position was checked"]
            ),
        ),
    )


def feature_phrase(ctx: Ctx, feature: str, register: str = "prose") -> str:
    return {
        "contrast": contrast_phrase,
        "arc_rotational": arc_phrase,
        "custom_shielding": shielding_phrase,
        "complex_blocking": blocking_phrase,
        "particle": particle_phrase,
        "brachytherapy": brachy_phrase,
        "hyperthermia": hyperthermia_phrase,
    }[feature](ctx, register)


# ---------------------------------------------------------------- modalities
def ct_phrase(ctx: Ctx, register: str = "prose") -> str:
    M = ctx.M
    if "CT" not in ctx.p.modalities:
        return ""
    if ctx.p.fourd:
        if register == "kv":
            return f"Scan: {M('CT', ctx.pick(['4DCT', '4D-CT']))} ({ctx.pick(['10 phases', '8 bins', 'amplitude-binned'])}), MIP/AIP generated"
        if register == "terse":
            return (
                M("CT", ctx.pick(["4DCT", "4D CT"]))
                + " w/ "
                + ctx.pick(["RPM block", "bellows", "Anzai belt"])
                + ", MIP/AIP made."
            )
        return ctx.pick(
            [
                "A {M} was acquired with the RPM block on the abdomen, 10 phases reconstructed.",
                "{M} (free breathing, 10 bins) was obtained and MIP/AIP datasets generated.",
                "Planning {M} acquired, breathing trace regular.",
            ]
        ).replace("{M}", M("CT", ctx.pick(["4DCT", "4D-CT", "4DCT scan"])))
    if register == "kv":
        key = ctx.pick(["Sim Type", "Scan", "Imaging", "CT"])
        val = ctx.pick(["CT Sim", "CT simulation", "Helical CT 2 mm", "Big-bore CT 3 mm", "CT sim, 2.5 mm"])
        return f"{key}: {M('CT', val)}"
    if register == "terse":
        return M("CT", ctx.pick(["CT sim", "CT", "planning CT", "CT sim"])) + ctx.pick(
            [" done.", " acquired, 2 mm.", " 3 mm slices.", " ok.", " - scan good."]
        )
    forms = [
        ("The patient was subjected to {M} in the treatment position.", ["CT simulation", "CT simulation"]),
        ("{M} was acquired from {a} to {b} at 3 mm slice thickness.", ["Planning CT", "A planning CT scan"]),
        ("{M} images were obtained with 2.5 mm slices.", ["CT simulation", "CT sim"]),
        ("Scanned on the big-bore {M}.", ["CT simulator", "CT"]),
        ("Non-contrast {M} was done.", ["planning CT"]),
        ("{M} acquired with radio-opaque markers on the reference tattoos.", ["Planning CT", "CT"]),
    ]
    form, surfs = ctx.pick(forms)
    if "contrast" in ctx.p.features and "Non-contrast" in form:
        form = "{M} was done."
    ranges = {
        "head_neck": [("vertex", "the carina"), ("the skull vertex", "T4")],
        "whole_brain": [("vertex", "C3")],
        "srs": [("vertex", "C2")],
        "breast": [("the chin", "L2"), ("the mandible", "upper abdomen")],
        "lung": [("the cricoid", "L2"), ("the chin", "L3")],
        "oesophagus": [("the cricoid", "L3")],
        "pancreas": [("the carina", "the iliac crest"), ("T8", "L5")],
        "lymphoma": [("the skull base", "L1")],
    }
    a, b = ctx.pick(
        ranges.get(
            ctx.p.site, [("L1", "mid-thigh"), ("T10", "below the ischial tuberosities"), ("the diaphragm", "mid-femur")]
        )
    )
    surf = ctx.pick(surfs)
    if form.startswith("{M}"):
        surf = surf[:1].upper() + surf[1:]
    return form.replace("{a}", a).replace("{b}", b).replace("{M}", M("CT", surf))


def fusion_phrase(ctx: Ctx, modality: str, register: str = "prose") -> str:
    M = ctx.M
    if modality == "MRI":
        surf = ctx.pick(["MRI", "MRI", "MR", "diagnostic MRI", "MRI T1 post-contrast", "MRI (T2 axial)"])
        if ctx.has("fused_old_contrast"):
            surf = ctx.pick(["MRI T1 post-gadolinium", "gadolinium-enhanced MRI", "contrast MRI"])
            ctx.trap("fused_old_contrast")
    else:
        surf = ctx.pick(["PET-CT", "PET/CT", "FDG PET-CT", "PET"])
        if ctx.has("fused_old_contrast"):
            surf = ctx.pick(["contrast-enhanced PET-CT", "PET/CT (with IV contrast)"])
            ctx.trap("fused_old_contrast")
    if register == "kv":
        return f"{ctx.pick(['Fusion', 'Image registration', 'Fusion requested/done'])}: {M(modality, surf)} dated {ctx.date(ctx.r.randint(5, 40), us=True)}, registered"
    if register == "terse":
        return M(modality, surf) + ctx.pick([" fused.", " reg'd to sim CT.", " fusion ok.", " co-reg done."])
    forms = [
        "{M} dated {d} was fused with the planning CT for delineation.",
        "The {M} ({d}) has been co-registered with the simulation scan.",
        "Image fusion with the {M} of {d} was done; registration checked on bony anatomy.",
        "{M} fused - registration acceptable.",
        "Rigid registration of the {M} to the sim CT was performed.",
    ]
    form = ctx.pick(forms)
    s = surf if not form.startswith("{M}") else surf[:1].upper() + surf[1:]
    return ctx.fill(form.replace("{M}", "\x00")).replace("\x00", M(modality, s))


def other_modality_phrase(ctx: Ctx, modality: str, register: str = "prose") -> str:
    M = ctx.M
    if modality == "fluoroscopy":
        surf = ctx.pick(["fluoroscopy", "conventional simulator", "fluoro", "fluoroscopic screening"])
        if register == "kv":
            return f"Sim Type: {M('fluoroscopy', surf)}"
        if register == "terse":
            return M("fluoroscopy", surf) + " used."
        if ctx.p.note_type == "brachy_insertion":
            forms = ["Applicator position was also screened with {M}.", "Orthogonal {M} images taken after packing."]
            if surf == "conventional simulator":
                surf = "fluoroscopy"
        else:
            forms = [
                "Field borders were set under {M}.",
                "Set-up done on the {M} with the field centred on the lesion.",
                "Borders confirmed on {M} screening.",
            ]
        return ctx.pick(forms).replace("{M}", M("fluoroscopy", surf))
    surf = ctx.pick(["transabdominal ultrasound", "USG", "ultrasound", "TAUS"])
    if register == "kv":
        return f"Guidance: {M('ultrasound', surf)}"
    if register == "terse":
        return M("ultrasound", surf) + " guidance."
    form = ctx.pick(
        [
            "Insertion was done under {M} guidance.",
            "{M} was used to confirm the tandem in the uterine cavity.",
            "Uterine canal sounded and tandem passed under {M} guidance.",
        ]
    )
    if form.startswith("{M}"):
        surf = surf[:1].upper() + surf[1:]
    return form.replace("{M}", M("ultrasound", surf))


def modality_phrase(ctx: Ctx, modality: str, register: str = "prose") -> str:
    if modality == "CT":
        return ct_phrase(ctx, register)
    if modality in ("MRI", "PET"):
        return fusion_phrase(ctx, modality, register)
    return other_modality_phrase(ctx, modality, register)


# ---------------------------------------------------------------- areas
NUM = {
    1: ["one", "a single", "1"],
    2: ["two", "2", "two separate"],
    3: ["three", "3", "three separate"],
    4: ["four", "4", "four separate"],
}
AREA_NOUN = ["treatment areas", "treatment sites", "areas", "sites", "separate treatment areas", "anatomic sites"]


def join(parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def site_tokens(ctx: Ctx) -> list[str]:
    return [ctx.S(value, surface) for value, surface in ctx.p.areas]


def count_token(ctx: Ctx, n: int) -> str:
    num = ctx.pick(NUM[n])
    noun = ctx.pick(AREA_NOUN) if n > 1 else ctx.pick(["treatment area", "treatment site", "area", "site"])
    if n == 1 and num == "1":
        num = "single"
    return ctx.A(n, f"{num} {noun}")


def areas_phrase(ctx: Ctx, register: str = "prose") -> str:
    p = ctx.p
    if p.n_areas is None:
        if p.area_form == "vague":
            ctx.trap("vague_count")
            if register == "kv":
                return ctx.pick(
                    [
                        "Treatment Site(s): multiple - see plan",
                        "No. of areas: per directive",
                        "Treatment site(s): as per MD contours",
                    ]
                )
            if register == "terse":
                return ctx.pick(["sites per directive.", "multiple sites - see plan.", "areas as contoured."])
            return ctx.pick(
                [
                    "Target volumes will be as per the planning directive.",
                    "Multiple sites are to be treated; kindly refer to the plan.",
                    "Treatment areas as contoured by me in the planning system.",
                    "Volumes as per the directive (several sites).",
                ]
            )
        return ""
    n = p.n_areas
    form = p.area_form
    if register == "kv":
        if form in ("count",):
            return f"{ctx.pick(['No. of treatment areas', 'Number of sites', 'Treatment areas (count)'])}: {ctx.A(n, str(n))}"
        if form == "isocentres":
            lines = [f"Isocentre {i + 1}: {tok}" for i, tok in enumerate(site_tokens(ctx))]
            return "\n".join(lines)
        if form == "count_sites":
            return f"Treatment Site(s): {'; '.join(site_tokens(ctx))}\nNo. of areas: {ctx.A(n, str(n))}"
        return f"{ctx.pick(['Treatment Site(s)', 'Site(s)', 'Treatment site'])}: {'; '.join(site_tokens(ctx))}"
    if register == "terse":
        if form == "count":
            return (ctx.A(1, ctx.pick(["1 site", "single site", "1 area"])) if n == 1 else count_token(ctx, n)) + "."
        if form == "isocentres":
            return " / ".join(f"iso{i + 1} {t}" for i, t in enumerate(site_tokens(ctx))) + "."
        if form == "count_sites":
            return f"{count_token(ctx, n)}: {' + '.join(site_tokens(ctx))}."
        return ctx.pick(["Sites: ", "Tx: ", "Targets: "]) + " + ".join(site_tokens(ctx)) + "."
    if form == "site":
        t = site_tokens(ctx)[0]
        return ctx.pick(
            [
                f"Treatment site: {t}.",
                f"The target is the {t}.",
                f"Area to be treated: {t}.",
                f"Simulated for RT to the {t}.",
                f"Single site - {t}.",
            ]
        )
    if form == "count" and n == 1:
        return ctx.pick(
            [
                f"{ctx.A(1, 'Single treatment area')} only.",
                f"This is {ctx.A(1, 'one treatment site')}.",
                f"Number of areas - {ctx.A(1, 'one')}.",
            ]
        )
    if form == "count":
        c = count_token(ctx, n)
        return ctx.pick(
            [
                f"There are {c} in this plan.",
                f"The plan will include {c}.",
                f"Total of {c} simulated.",
                f"This simulation covers {c}.",
                f"We have {c} to treat.",
            ]
        )
    if form == "isocentres":
        toks = site_tokens(ctx)
        return "Isocentres placed: " + "; ".join(f"Iso {i + 1} - {t}" for i, t in enumerate(toks)) + "."
    toks = site_tokens(ctx)
    if form == "count_sites":
        c = count_token(ctx, n)
        return ctx.pick([f"Target: {c}, viz. {join(toks)}.", f"{join(toks)} ({c}).", f"The {c} are the {join(toks)}."])
    return ctx.pick(
        [
            f"Treatment areas: {join(toks)}.",
            f"The volumes to be treated are the {join(toks)}.",
            f"Simulated for {join(toks)}.",
            f"Targets include the {join(toks)}.",
        ]
    )
