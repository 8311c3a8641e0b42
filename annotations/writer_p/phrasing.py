"""Counted evidence phrasing (rationale, features, modalities, areas) and trap phrasing for writer P."""

from __future__ import annotations

from .markup import ev
from .plan import NUM_WORDS, Ctx

# ----------------------------------------------------------------------------------------------- helpers


def target(ctx: Ctx) -> str:
    """Name of the main target; never a site name when the area count is unknown."""
    if ctx.plan.areas:
        return "the " + ctx.surface(ctx.plan.areas[0])
    return ctx.pick(["the target", "the lesion", "the treatment volume", "gross disease", "the GTV"])


def oars(ctx: Ctx) -> tuple[str, str]:
    """Two different organs at risk of the site."""
    first = ctx.pick(ctx.site.oars)
    second = ctx.pick([o for o in ctx.site.oars if o != first])
    return first, second


def count_word(ctx: Ctx, n: int) -> str:
    """``3``, ``three`` or ``Three`` for a count."""
    return ctx.pick([str(n), NUM_WORDS[n], NUM_WORDS[n]])


# ----------------------------------------------------------------------------------------------- rationale

_LEADS = [
    "Complex simulation is required because {r}.",
    "Rationale for complex simulation: {r}.",
    "Medical necessity: {r}.",
    "Why this was a complex simulation - {r}.",
    "This simulation was complex: {r}.",
    "Reason for complexity: {r}.",
    "Complexity justification -- {r}.",
    "A complex simulation was needed since {r}.",
    "Clinical reason for complex sim: {r}.",
    "Indication for complex (not simple) simulation: {r}.",
    "{R}, which is why this simulation was complex.",
    "{R}; for this reason a complex simulation was performed.",
]

_RAT = {
    "OAR proximity": [
        "{t} lies within {mm} mm of the {o1}, so the {o1} and {o2} had to be outlined on volumetric images",
        "the {o1} sits directly against {t} and steep dose falloff is needed to respect its tolerance",
        "gross disease abuts the {o1} and the {o2} is inside the intended high-dose region",
        "{t} is {mm} mm from the {o1} on today's scan, leaving no margin for simple fields",
        "the {o1} and {o2} both border {t} and must each be delineated slice by slice",
        "dose to the {o1} limits coverage of {t} unless the {o1} is contoured and spared",
        "{t} drapes over the {o1}, with the {o2} a further {mm} mm away",
    ],
    "irregular target": [
        "{t} is irregular and lobulated, wrapping around the {o1}, and cannot be covered by simple rectangular fields",
        "the target is concave and follows surgical clips across roughly {cm} cm, an irregular volume",
        "{t} has an irregular, non-convex shape extending {dirn}",
        "the CTV is irregular after surgery, with a tongue of tissue extending {dirn} toward the {o1}",
        "an irregularly shaped volume ({cm} cm, lobulated margins) that simple blocks would not conform to",
    ],
    "multiple targets": [
        "there are {n} separate target volumes at different depths that must be planned together",
        "the primary and nodal volumes are non-contiguous and the junctions have to be matched without overlap",
        "{n} separate targets need individual isocenter checks and coordinated dose levels",
        "multiple non-adjacent targets ({n}) share organs at risk, so their fields must be designed together",
    ],
    "contrast for delineation": [
        "contrast was needed to separate the {o1} from {t} on the planning images",
        "without contrast the vessels and nodal targets cannot be told apart on the planning CT",
        "the {o1} could not be distinguished from {t} without opacification",
        "contrast enhancement was required to define {t} against the adjacent {o1}",
    ],
    "fusion for delineation": [
        "{t} is poorly seen on CT alone and the registered scan was needed to contour it",
        "the gross tumor is visible only on the fused study, so registration was required for delineation",
        "soft-tissue extent of {t} cannot be defined on CT; the fused images define the GTV",
        "delineation of {t} against the {o1} depends on the co-registered images",
    ],
    "prior field overlap": [
        "the veteran received {dose} Gy to an adjacent field in {yr}, and the new volume overlaps it, so the "
        "composite {o1} dose has to be reconstructed",
        "prior radiation ({dose} Gy, {yr}, {partner}) overlaps the current target and the old fields must be matched "
        "to avoid re-treating the {o1}",
        "this is re-irradiation next to a {yr} course of {dose} Gy; overlap with the {o1} dose requires careful "
        "field matching",
    ],
    "immobilization": [
        "severe thoracic kyphosis and a frozen {lat} shoulder (old blast injury) prevent standard positioning, so a "
        "custom cushion had to be molded to reproduce his position",
        "the veteran's {lat} above-knee amputation and contracture required a custom-molded device to make daily "
        "setup reproducible",
        "he cannot lie flat (COPD, orthopnea) and needed a custom inclined immobilization built at simulation",
        "spinal fusion hardware and fixed cervical flexion required a custom headrest molded at the sim",
    ],
    "anesthesia/immobilization": [
        "combat-related PTSD with severe claustrophobia; he required oral lorazepam premedication and an open-face "
        "mask to tolerate immobilization",
        "tremor from Parkinson disease required premedication and a custom vacuum mold to keep him still",
        "the veteran could not tolerate the mask without anxiolysis (PTSD), so sedation and a modified mask were used",
    ],
    "applicator verification": [
        "applicator position relative to {t} and the {o1} must be verified on imaging before any dwell positions are "
        "loaded",
        "the applicator geometry had to be confirmed against the {o1} and {o2} before treatment planning",
        "placement of the applicator needs imaging verification because the {o1} lies close to the source path",
    ],
    "custom shielding": [
        "the {o1} lies {mm} mm from {t} and needs a custom shield to keep it out of the beam",
        "a custom block is needed to protect the {o1} while covering {t}",
        "the {o1} must be shielded individually because {t} is immediately adjacent",
    ],
    "target motion": [
        "{t} moves {mm} mm craniocaudally with breathing on fluoroscopic review, so an ITV from respiratory-phase "
        "images was needed",
        "respiratory excursion of {t} ({mm} mm) requires motion assessment to define the internal target",
        "{t} shows {mm} mm of breathing motion, so the target has to be built from all phases",
    ],
}


def rationale_reason(ctx: Ctx, cat: str) -> str:
    """The patient-specific reason clause for a category (plain text)."""
    o1, o2 = oars(ctx)
    n = max(2, len(ctx.plan.areas)) if ctx.plan.areas else 2
    text = ctx.pick(_RAT[cat]).format(
        t=target(ctx),
        o1=o1,
        o2=o2,
        mm=ctx.rng.randint(2, 9),
        cm=ctx.rng.randint(6, 14),
        n=NUM_WORDS.get(n, str(n)),
        dirn=ctx.pick(["posteriorly", "toward the midline", "cranially", "along the fascial plane"]),
        dose=ctx.pick(["30", "20", "36", "45", "50.4", "60"]),
        yr=ctx.rng.randint(2009, 2021),
        partner=ctx.pick(["outside facility", "private hospital", "VA contract site"]),
        lat=ctx.slots["lat"],
    )
    return text


def rationale(ctx: Ctx, cat: str, lead: bool = True) -> str:
    """A sentence carrying the rationale span."""
    reason = rationale_reason(ctx, cat)
    if not lead:
        return ev("R", cat, reason[0].upper() + reason[1:]) + "."
    tmpl = ctx.pick(_LEADS)
    if "{R}" in tmpl:
        return tmpl.replace("{R}", ev("R", cat, reason[0].upper() + reason[1:]))
    return tmpl.replace("{r}", ev("R", cat, reason))


BARE = [
    "Complex simulation was medically necessary.",
    "Medical necessity for complex simulation: yes.",
    "Complexity level: complex.",
    "77290 indicated.",
    "This is a complex simulation per attending.",
    "The simulation was complex and medically necessary for this veteran.",
    "Complex sim required per protocol.",
    "Simulation complexity: HIGH.",
    "Complex treatment simulation - medically indicated.",
]

# ----------------------------------------------------------------------------------------------- features

_SPANNED_CONTRAST = {
    "iv": ["IV contrast", "intravenous contrast", "IV contrast", "IV Omnipaque"],
    "oral": ["oral contrast", "oral contrast", "oral barium"],
    "rectal": ["rectal contrast"],
    "vaginal": ["vaginal contrast"],
    "bladder": ["intravesical contrast", "bladder contrast"],
    "urethrogram": ["retrograde urethrogram"],
    "myelogram": ["intrathecal contrast"],
}


def contrast_kind(ctx: Ctx) -> str:
    """Which contrast this site would use."""
    return ctx.pick(ctx.site.contrast or ("iv",))


def _contrast(ctx: Ctx) -> str:
    kind = contrast_kind(ctx)
    surface = ctx.pick(_SPANNED_CONTRAST[kind])
    token = ev("F", "contrast", surface)
    forms = {
        "iv": [
            f"{token} ({{agent}} {{vol}} mL) was injected through a {{g}}g {{arm}} antecubital line at {{rate}} mL/s",
            f"{token} was given: {{agent}}, {{vol}} mL, venous phase at {{delay}} s",
            f"{{vol}} mL {token} administered by RN {{init}}; no reaction observed",
            f"scan acquired after {token} ({{agent}}, {{vol}} mL)",
        ],
        "oral": [
            f"{token} ({{oral}} {{ovol}} mL) taken {{min}} minutes before the scan",
            f"the veteran drank {{ovol}} mL of {token} starting at {{time}}",
            f"{token} given to opacify the small bowel ({{oral}}, {{ovol}} mL)",
        ],
        "rectal": [
            f"{token} ({{rvol}} mL dilute Gastrografin) instilled via soft catheter",
            f"anal marker placed and {token} instilled ({{rvol}} mL)",
        ],
        "vaginal": [f"{token} placed (soaked tampon) to mark the vaginal apex", f"{token} gel, 10 mL, instilled"],
        "bladder": [
            f"{token} ({{bvol}} mL dilute Omnipaque) instilled via Foley",
            f"Foley placed and {token} given, {{bvol}} mL",
        ],
        "urethrogram": [
            f"{token} done with 10 mL Omnipaque to define the prostatic apex",
            f"{token} performed on the CT table to show the GU diaphragm",
        ],
        "myelogram": [
            f"{token} given for CT myelogram (10 mL Omnipaque 180, by neuroradiology) due to hardware artifact",
            f"CT myelogram with {token} obtained for cord delineation",
        ],
    }
    text = ctx.pick(forms[kind])
    return text.format(
        agent=ctx.pick(["Omnipaque 350", "Isovue 370", "Omnipaque 300", "Visipaque 320"]),
        vol=ctx.pick(["75", "80", "90", "100", "110"]),
        g=ctx.pick(["20", "22", "18"]),
        arm=ctx.pick(["right", "left"]),
        rate=ctx.pick(["2", "2.5", "3"]),
        delay=ctx.pick(["45", "60", "70"]),
        init=ctx.pick(["PJE", "GWM", "JRT", "ALK"]),
        oral=ctx.pick(["Readi-Cat 2", "dilute Omnipaque", "Gastrografin"]),
        ovol=ctx.pick(["450", "500", "900"]),
        min=ctx.pick(["45", "60", "90"]),
        time=ctx.time(),
        rvol=ctx.pick(["20", "30", "40"]),
        bvol=ctx.pick(["60", "80", "100"]),
    )


_FEAT = {
    "arc_rotational": [
        "Simulated for {s} delivery; couch and gantry clearance checked for full arcs",
        "Technique chosen at simulation: {s}",
        "Isocenter placed for a {s} plan ({k} arcs)",
        "Plan type documented at sim: {s}, {k} arcs, 6X",
        "Arc clearance verified on the CT couch for {s}",
    ],
    "custom_shielding": [
        "{s} designed on the simulation images and sent to the mold room",
        "{s} fabricated for this field",
        "A {s} was made and checked against the light field",
        "{s} cut to the marked outline and verified on the patient",
    ],
    "complex_blocking": [
        "{s} drawn on the DRR to spare the {o1}",
        "{s} used for this field arrangement (multiple irregular blocks)",
        "This required {s} around the {o1}",
    ],
    "particle": [
        "Simulated in the proton treatment position for {s}",
        "Scan acquired on the partner's proton CT for {s}",
        "Simulation done for {s} (range uncertainty margins applied at contouring)",
    ],
    "brachytherapy": [
        "{s} on the images before planning",
        "{s}; no displacement from the exam",
        "{s} - position accepted by attending",
    ],
    "hyperthermia": [
        "{s} before the planning scan",
        "{s} (interstitial thermometry catheter, depth 4 cm)",
    ],
}
_NOIMG = {
    "custom_shielding": ["{s} cut to the inked clinical outline and checked on the patient",
                         "{s} made from the wire outline drawn at the couch", "A {s} was fitted to the skin marks"],
    "complex_blocking": ["{s} set from the clinical markup to spare the {o1}",
                         "This field needed {s} drawn on the skin around the {o1}"],
}
_FEAT_SURF = {
    "arc_rotational": ["VMAT", "RapidArc", "volumetric modulated arc therapy", "VMAT", "helical tomotherapy",
                       "dynamic conformal arcs", "arc therapy"],
    "custom_shielding": ["Custom Cerrobend block", "Custom electron cutout", "custom lead shield", "Cerrobend block",
                         "custom eye shield", "custom-poured Cerrobend block"],
    "complex_blocking": ["Complex blocking", "complex blocking"],
    "particle": ["proton therapy", "pencil-beam scanning proton therapy", "proton beam therapy", "PBS protons"],
    "brachytherapy": ["Applicator position verified", "Tandem and ring applicator verified",
                      "Applicator and dummy source positions verified", "Cylinder applicator position verified"],
    "hyperthermia": ["Hyperthermia probe placement verified", "Hyperthermia thermometry probes verified"],
}


def feature(ctx: Ctx, feat: str) -> str:
    """An affirmed sentence documenting a feature done for this simulation."""
    if feat == "contrast":
        text = _contrast(ctx)
        return text[0].upper() + text[1:] + "."
    surface = ctx.pick(_FEAT_SURF[feat])
    if ctx.plan.site == "skin" and feat == "custom_shielding":
        surface = ctx.pick(["Custom electron cutout", "custom lead cutout", "Custom Cerrobend electron insert"])
    tmpl = ctx.pick(_FEAT[feat])
    if not ctx.plan.modalities:
        tmpl = ctx.pick(_NOIMG.get(feat, _FEAT[feat]))
    if tmpl.startswith("{s}") or tmpl.startswith("A {s}"):
        first = surface
    else:
        first = surface if feat in ("arc_rotational", "particle") else surface.lower()
    o1, _ = oars(ctx)
    if "tomotherapy" in first and "arcs" in tmpl:
        tmpl = "Simulated for {s} delivery; bore clearance checked"
    return tmpl.format(s=ev("F", feat, first), k=ctx.pick(["2", "3", "two", "4"]), o1=o1) + "."


# ----------------------------------------------------------------------------------------------- modalities

_MOD_SURF = {
    "CT": ["CT simulation", "planning CT", "CT sim", "CT scan", "CT simulator", "4DCT", "CT"],
    "MRI": ["MRI", "MR", "T1 MRI", "MRI", "T2 MRI"],
    "PET": ["PET/CT", "FDG PET/CT", "PET", "PET-CT"],
    "fluoroscopy": ["fluoroscopy", "fluoro", "conventional simulator", "fluoroscopic"],
    "ultrasound": ["ultrasound", "transabdominal ultrasound", "TRUS", "bladder scanner (ultrasound)"],
}


def modality(ctx: Ctx, mod: str) -> str:
    """An affirmed sentence documenting imaging used for this simulation."""
    surf = ctx.pick(_MOD_SURF[mod])
    tok = ev("M", mod, surf)
    sl = ctx.pick(["1.5", "2", "2.5", "3"])
    if mod == "CT":
        if surf == "4DCT":
            forms = [f"{tok} acquired over 10 phases with the Anzai belt; MIP and AvgIP reconstructed",
                     f"Free-breathing {tok} obtained (10 bins), amplitude stable"]
        else:
            forms = [f"{tok} acquired at {sl} mm slices from {{sup}} to {{inf}}",
                     f"Images: {tok}, {sl} mm cuts, scanned in treatment position",
                     f"{tok} performed in the treatment position, {sl} mm slice thickness",
                     f"Scan: {tok} ({sl} mm), pushed to Eclipse",
                     f"The veteran underwent {tok} today, {sl} mm slices"]
    elif mod == "MRI":
        forms = [f"Diagnostic {tok} from {{d}} registered to the planning CT for contouring",
                 f"{tok} fused to the sim CT (rigid, {{reg}}) for target delineation",
                 f"Planning {tok} acquired in treatment position and fused",
                 f"Fusion: {tok} of {{d}} co-registered with the CT dataset"]
    elif mod == "PET":
        forms = [f"{tok} from {{d}} fused to the planning scan to define avid disease",
                 f"Registered {tok} ({{d}}) used for GTV delineation",
                 f"{tok} fusion completed by dosimetry ({{reg}})"]
    elif mod == "fluoroscopy":
        forms = [f"Field borders set under {tok}",
                 f"Isocenter and fields verified with {tok}",
                 f"Simulation on the {tok}; films taken for the field outline"]
        if surf == "conventional simulator":
            forms = [f"Simulated on the {tok}, AP and lateral films taken",
                     f"Set up on the {tok} with field edges checked live"]
    else:
        forms = [f"{tok} used to confirm position at simulation",
                 f"Bladder filling checked with {tok} before the scan" if "bladder" in surf else
                 f"{tok} guidance used during the procedure",
                 f"Real-time {tok} confirmed placement"]
    text = ctx.pick(forms)
    return text.format(
        sup=ctx.pick(["vertex", "C2", "mid-neck", "carina", "T10", "L1", "iliac crests", "mandible"]),
        inf=ctx.pick(["mid-femur", "L3", "ischial tuberosities", "below the liver", "T12", "knees"]),
        d=ctx.old_date(5, 60),
        reg=ctx.pick(["bony match", "soft-tissue match", "deformable", "rigid, mutual information"]),
    ) + "."


# ----------------------------------------------------------------------------------------------- areas


def site_token(ctx: Ctx, value: str) -> str:
    """A TREATMENT_SITE token for one planned area."""
    return ev("S", value, ctx.surface(value))


def area_lines(ctx: Ctx, form: str) -> list[str]:
    """Lines documenting the planned areas in the planned form."""
    values = ctx.plan.areas
    n = len(area_count_keys(values))
    names = [site_token(ctx, v) for v in values]
    if form == "count":
        noun = ctx.pick(["treatment areas", "treatment sites", "separate treatment areas", "areas", "sites"])
        if n == 1:
            noun = ctx.pick(["treatment area", "treatment site", "area"])
        word = count_word(ctx, n)
        forms = [
            f"Number of treatment areas: {ev('A', str(n), word)}.",
            f"{ev('A', str(n), f'{word} {noun}')} simulated today.",
            f"Total areas simulated = {ev('A', str(n), word)}.",
            f"We set up {ev('A', str(n), f'{word} {noun}')}.",
        ]
        return [ctx.pick(forms)]
    if form == "count_named":
        word = count_word(ctx, n)
        noun = "treatment areas" if n > 1 else "treatment area"
        return [f"{ev('A', str(n), f'{word} {noun}')}: " + "; ".join(names) + "."]
    if form == "isocenter":
        return [f"Isocenter {i + 1}: {name}" + ctx.pick(["", " (shifts from ref marks)", ", set at tattoos"])
                for i, name in enumerate(names)]
    if form == "checkbox":
        boxes = "  ".join(("[X] " if k == n else "[ ] ") + str(k) for k in range(1, 5))
        marked = f"[X] {n}"
        boxes = boxes.replace(marked, ev("A", str(n), marked))
        return [f"Number of treatment areas: {boxes}", "Sites: " + ", ".join(names)]
    if form == "table":
        rows = ["Site | Technique | Dose/Fx"]
        for name in names:
            rows.append(f"{name} | {ctx.pick(['3D', 'per plan', 'IMRT', 'TBD'])} | {ctx.pick(_PHRASING_440_0)}")
        return rows
    # named
    if len(names) == 1:
        return [ctx.pick([f"Treatment site: {names[0]}.", f"Target: {names[0]}.", f"Area simulated: {names[0]}.",
                          f"Simulated the {names[0]}."])]
    joined = ", ".join(names[:-1]) + " and " + names[-1]
    return [ctx.pick([f"Treatment sites: {joined}.", f"Areas simulated: {joined}.",
                      f"Volumes to be treated: {joined}.", f"Simulation covered the {joined}."])]


def area_count_keys(values: list[str]) -> set[str]:
    """Distinct area keys (bilateral X counts twice)."""
    keys: set[str] = set()
    for value in values:
        if value.startswith("bilateral "):
            rest = value.removeprefix("bilateral ")
            keys.update({f"left {rest}", f"right {rest}"})
        else:
            keys.add(value)
    return keys


# ----------------------------------------------------------------------------------------------- traps

NEGATED = {
    "contrast": ["No IV contrast given (eGFR {egfr}).", "Contrast: none.", "Non-contrast scan; contrast not indicated.",
                 "No oral or IV contrast was used.", "Contrast was held - metformin/renal function.",
                 "He declined IV contrast."],
    "arc_rotational": ["Not an arc plan; static fields.", "No VMAT - 3D conformal.", "Arc therapy not used."],
    "custom_shielding": ["No custom blocks needed; MLC only.", "No Cerrobend required.",
                         "Custom shielding: not needed."],
    "complex_blocking": ["No complex blocking.", "Blocking: MLC, nothing complex."],
    "particle": ["Photons only - not a proton candidate.", "Proton therapy was discussed and not pursued."],
    "brachytherapy": ["No brachytherapy component.", "No applicator placed."],
    "hyperthermia": ["No hyperthermia.", "Hyperthermia not offered at VA."],
}
PLANNED = {
    "contrast": ["May repeat the scan with IV contrast if nodes are hard to see.",
                 "Will consider oral contrast at re-sim if bowel position is unclear.",
                 "IV contrast to be given at the boost simulation if creatinine allows."],
    "arc_rotational": ["VMAT may be needed if cord constraints are not met with 3D.",
                       "Could convert to arc therapy after dosimetry review.",
                       "Dosimetry to compare VMAT vs 3D - decision pending."],
    "custom_shielding": ["Custom block may be made later for the boost.",
                         "Will consider a custom eye shield if electrons are used for the boost.",
                         "Cutout to be fabricated if we switch to electrons."],
    "complex_blocking": ["Complex blocking might be needed for the cone-down.",
                         "Cone-down may require complex blocking; revisit week 3."],
    "particle": ["Community care consult placed to {partner} for proton evaluation (pending).",
                 "Proton therapy may be considered if the dosimetric comparison favors it."],
    "brachytherapy": ["Brachytherapy boost may follow EBRT - separate procedure.",
                      "Will plan HDR boost at a later date."],
    "hyperthermia": ["Hyperthermia at {partner} is an option to discuss.",
                     "May refer for hyperthermia through community care."],
}
BLANK = {
    "contrast": ["Contrast: ___", "[ ] IV contrast  [ ] Oral contrast", "Contrast type/volume: Not answered",
                 "CONTRAST: *** Template field not completed ***"],
    "arc_rotational": ["Technique: [ ] 3D  [ ] IMRT  [ ] VMAT", "Arc plan: ___"],
    "custom_shielding": ["[ ] Custom blocks", "Custom shielding: ___", "Blocks/cutouts: Not answered"],
    "complex_blocking": ["[ ] Complex blocking", "Complex blocking: ___"],
    "particle": ["Protons: [ ] YES  [ ] NO", "Particle: Not answered"],
    "brachytherapy": ["Applicator: ___", "[ ] Applicator verified"],
    "hyperthermia": ["[ ] Hyperthermia probe", "Hyperthermia: Not answered"],
}
PLANNED_MOD = {
    "MRI": ["MRI to be obtained and fused once it is approved.", "Will fuse MRI if the outside images arrive.",
            "MRI fusion pending scheduling (next week)."],
    "PET": ["PET/CT ordered through community care; will fuse if received before contouring.",
            "Restaging PET planned after chemo; may register then."],
    "fluoroscopy": ["Fluoro verification may be done at first treatment."],
    "ultrasound": ["Bladder scanner to be used at daily setup."],
    "CT": ["Repeat CT sim may be needed if weight loss exceeds 5%."],
}
NEGATED_MOD = {
    "MRI": ["No MRI fusion (pacemaker, not MR-conditional).", "MRI not obtained - shrapnel in the orbit.",
            "No MR available for fusion."],
    "PET": ["No PET available for fusion.", "PET not done (insurance/community care denied)."],
    "fluoroscopy": ["No fluoroscopy used."],
    "ultrasound": ["No ultrasound used."],
    "CT": [],
}
OTHER_PERSON = [
    "His wife had breast radiation with a custom block at {partner} in {yr}.",
    "Brother was treated with proton therapy for prostate cancer in {yr}.",
    "Spouse is a patient here too; her MRI from last month was reviewed by mistake and removed from this chart.",
    "Veteran's son (also a veteran) had IV contrast reaction during a CT in {yr}; the veteran asked about it.",
    "Roommate at the domiciliary was treated with VMAT last year and he asked if his plan is the same.",
]
MLC = ["Blocking: MLC shaping only.", "Fields shaped with MLC; no blocks.", "MLC conformal apertures, standard."]
BOLUS = ["Bolus: 0.5 cm over the scar.", "1 cm bolus placed and scanned.", "Superflab bolus 5 mm on the skin surface."]
HIST_CONTRAST = [
    "Diagnostic CT with IV contrast {d} reviewed.",
    "Prior CT A/P with oral and IV contrast ({d}) noted.",
    "Outside contrast-enhanced CT {d} uploaded to VistA Imaging.",
]
ALLERGY = ["ALLERGIES: IODINATED CONTRAST MEDIA (hives, {yr})", "Allergy: contrast dye - hives {yr}",
           "Adverse reactions: IV contrast (urticaria)"]


def trap_text(ctx: Ctx, pool: dict[str, list[str]], key: str) -> str:
    """Fill a trap phrase."""
    return ctx.pick(pool[key]).format(
        egfr=ctx.rng.randint(22, 44), partner=ctx.pick(["Prairie Lakes Proton", "Red River Valley Cancer Partners",
                                                       "the community partner"]), yr=ctx.rng.randint(2012, 2022),
        d=ctx.old_date(20, 90))


def other_person(ctx: Ctx) -> str:
    """A mention about someone else."""
    return ctx.pick(OTHER_PERSON).format(partner=ctx.pick(["Bois Hollow", "a private center"]),
                                         yr=ctx.rng.randint(2015, 2023))


def hist_imaging(ctx: Ctx) -> str:
    """A historical diagnostic imaging sentence."""
    return ctx.fmt(ctx.pick(ctx.site.hist))


# option lists kept out of long lines
_PHRASING_440_0 = [
    '2 Gy',
    '1.8 Gy',
    '3 Gy',
    '2.5 Gy',
]
