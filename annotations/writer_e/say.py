"""Writer E's phrasings for the four elements and for the things that must not count.

Every function takes a context dict (``c``) of slot values and a seeded ``random.Random``. Counting
phrases come back wrapped in evidence marks; trap phrases never carry marks.
"""

from __future__ import annotations

import random

from .mark import ev

Ctx = dict[str, str]


def pick(rng: random.Random, options: tuple[str, ...] | list[str], c: Ctx | None = None) -> str:
    """Choose one template and fill its slots."""
    text = rng.choice(list(options))
    return text.format(**c) if c else text


# ----------------------------------------------------------------------------- rationale (counts)

_REASONS: dict[str, tuple[str, ...]] = {
    "OAR proximity": (
        "{target} lies {mm} mm from the {oar}, so the {oar} and {oar2} must be contoured on a dedicated planning CT",
        "gross disease abuts the {oar} (closest approach {mm} mm) and the {oar2} tolerance is already the limiting constraint",
        "the PTV wraps partially around the {oar}; a standard setup cannot respect {oar} dose limits",
        "{oar} sits within {mm} mm of {target} and needs to be spared to below tolerance",
        "because of {target}'s proximity to the {oar} ({mm} mm) individualized contouring is needed",
        "tight margin to {oar} ({mm} mm) on review of imaging - dose to {oar} is the plan-limiting factor",
        "{Pt} has a solitary functioning {oar2}-adjacent anatomy; {target} is only {mm} mm from the {oar}",
        "OAR: {oar} at {mm} mm from GTV; {oar2} also adjacent",
    ),
    "irregular target": (
        "{target} is irregular and crosses tissue planes, extending {cm} cm beyond the visible scar",
        "the target is a non-convex, horseshoe-shaped volume that cannot be covered with simple fields",
        "irregular target outline (satellite nodules up to {cm} cm apart) requiring 3D delineation",
        "disease follows the surgical bed in an irregular {cm} cm band, so the volume has to be drawn slice by slice",
        "concave target around the {oar}, with multifocal extension",
        "target shape: irregular, lobulated, {cm} cm craniocaudal extent with skip areas",
    ),
    "multiple targets": (
        "separate non-contiguous targets at different depths, each needing its own setup and matching",
        "the volumes are discontinuous and must be matched without overlap at the junctions",
        "multiple independent targets; field junctions must be planned to avoid hot and cold spots over the {oar}",
        "disease at several distinct locations, each with a different isocenter and dose",
    ),
    "contrast for delineation": (
        "contrast is needed to distinguish {target} from adjacent bowel and vessels",
        "without contrast the {oar} cannot be separated from {target} on the planning scan",
        "IV contrast required to see the tumor-vessel interface and nodal disease",
        "oral contrast to opacify the {oar} so it can be excluded from the PTV",
        "contrast to delineate {target} from the {oar}, which are isodense on plain CT",
    ),
    "fusion for delineation": (
        "{target} is poorly seen on CT and is defined only on the fused MR/PET dataset",
        "registration of the diagnostic imaging is needed because the GTV is not visible on the planning CT",
        "the tumor margin against the {oar} is only appreciable on fused imaging",
        "fusion required for target definition (CT alone under-calls the extent by ~{mm} mm)",
    ),
    "prior field overlap": (
        "{Pt} received {prior_gy} Gy to an overlapping field in {prior_year}; cumulative {oar} dose must be reconstructed",
        "re-irradiation: the new volume overlaps the {prior_year} field, so prior plan must be summed before planning",
        "previous RT ({prior_year}, {prior_gy} Gy) abuts the current target - junction and {oar} dose need careful matching",
        "overlap with prior radiation field from {prior_year} - {oar} already near tolerance",
    ),
    "immobilization": (
        "{Pt} cannot hold the standard position ({limit}) and needs a custom immobilization device",
        "because of {limit}, a custom-molded device was needed to make the setup reproducible",
        "custom immobilization required: {limit}",
        "standard supports failed to give a reproducible position ({limit}), so a custom mold is used",
    ),
    "anesthesia/immobilization": (
        "{Pt} is {age} years old and cannot lie still without general anesthesia; the setup has to be done under anesthesia",
        "age {age}, unable to cooperate - sedation/anesthesia and a custom mask are required for reproducible positioning",
        "pediatric patient needing daily anesthesia; immobilization must accommodate the airway",
    ),
    "applicator verification": (
        "applicator position relative to the {oar} and {oar2} has to be verified before dosimetry",
        "the tandem/ring geometry must be confirmed with imaging because of the narrow vaginal vault",
        "implant geometry must be checked against the {oar} before each fraction",
    ),
    "custom shielding": (
        "the {oar} lies immediately adjacent and needs a custom shield",
        "custom shielding needed to keep the {oar} dose below tolerance given the lesion's location",
        "irregular field requires a custom-cut shield to protect the {oar}",
        "{oar} shielding must be individually fabricated - lesion is {mm} mm from it",
    ),
    "target motion": (
        "tumor moves {cm} cm with respiration on fluoroscopic review, so an ITV must be built from a 4D dataset",
        "respiratory excursion of {target} of about {cm} cm requires motion assessment",
        "lesion excursion {cm} cm craniocaudal with breathing; motion must be encompassed",
        "{target} moves with breathing ({cm} cm), so a motion-encompassing volume is needed",
    ),
}

_LIMITS = ("severe kyphosis", "frozen shoulder on the treated side", "prior hip replacement and leg contracture",
           "claustrophobia with the standard mask", "tremor from Parkinson disease", "a body habitus over 150 kg",
           "chronic back pain limiting supine time")

_REASON_LEADS = ("Rationale: ", "Reason for complex simulation: ", "Complex simulation is needed because ", "Medical necessity: ",
                 "This is a complex simulation since ", "Why complex: ", "Indication for complex sim - ", "", "", "",
                 "Complexity justification: ", "The simulation is complex: ")


def reason(cat: str, c: Ctx, rng: random.Random, lead: bool = True) -> str:
    """A patient-specific reason for complex simulation, marked as RATIONALE."""
    cc = dict(c, limit=rng.choice(_LIMITS))
    body = pick(rng, _REASONS[cat], cc)
    if cat == "target motion":
        body = body.replace(" on fluoroscopic review", rng.choice([" on the 4D review", " on prior breath-hold CT", ""]))
    marked = ev("R", cat, body)
    if not lead:
        return marked
    head = rng.choice(_REASON_LEADS) if lead else ""
    return head + marked + "."


BARE = (
    "Complex simulation medically necessary.",
    "Complex sim per protocol.",
    "Complex simulation is the standard of care for this diagnosis.",
    "Rationale: as per department policy, all curative cases receive complex simulation.",
    "Medical necessity: complex simulation required.",
    "Complexity level: HIGH (standard for this disease site).",
    "Complex simulation indicated per NCCN.",
    "Simulation complexity: complex, per attending.",
    "I certify that complex simulation is medically necessary.",
    "Complex sim - routine for this site.",
)

HEDGED = (
    "Complex simulation may be justified if the nodes end up close to the {oar}.",
    "Possibly near the {oar}; will decide at planning whether the sim counts as complex.",
    "Could require contrast to delineate {target} - unclear, TBD.",
    "If the contours turn out to overlap the {oar}, we may need a more complex approach.",
    "Consider complex sim if fusion shows extension toward the {oar}?",
    "Might be close to the {oar} - to be reviewed with physics.",
)


def bare(rng: random.Random) -> str:
    """A bare assertion of necessity (no reason; never counts)."""
    return rng.choice(BARE)


def hedged(c: Ctx, rng: random.Random) -> str:
    """A hedged, conditional reason (never counts)."""
    return pick(rng, HEDGED, c)


# ----------------------------------------------------------------------------- features (count)

_FEAT: dict[str, tuple[str, ...]] = {
    "contrast": (
        "{ev} was administered before the scan",
        "{ev} given without reaction",
        "Scanned after {ev}",
        "{ev} (no adverse reaction)",
    ),
    "arc_rotational": ("Simulated for {ev}", "Treatment technique: {ev}", "Plan is {ev}", "Setup is for {ev}"),
    "custom_shielding": ("{ev} made today", "{ev} fabricated at simulation", "{ev}", "Mould room: {ev}"),
    "complex_blocking": ("{ev} designed at simulation", "{ev} drawn on the DRR", "{ev} required"),
    "particle": ("Simulated for {ev}", "{ev} - setup per proton center", "Modality: {ev}"),
    "brachytherapy": ("{ev}", "{ev} before treatment", "Implant: {ev}"),
    "hyperthermia": ("{ev}", "{ev} before the first session", "Hyperthermia: {ev}"),
}

_FEAT_CORE: dict[str, tuple[str, ...]] = {
    "contrast": ("IV contrast (Omnipaque 350, {ml} mL)", "{ml} mL Isovue-300 IV", "oral contrast 450 mL", "rectal contrast",
                 "dilute oral contrast", "vaginal contrast-soaked marker", "bladder contrast via Foley", "IV contrast",
                 "Visipaque {ml} mL intravenously", "retrograde urethrogram contrast"),
    "arc_rotational": ("VMAT", "2 full VMAT arcs", "volumetric arc therapy", "RapidArc", "dynamic conformal arcs", "tomotherapy", "partial arcs (VMAT)"),
    "custom_shielding": ("custom electron cutout", "Cerrobend block", "custom lead shield", "custom Cerrobend cutout",
                         "custom-cut lead mask", "custom electron insert (poured Cerrobend)"),
    "complex_blocking": ("complex blocking", "complex custom blocking", "complex blocking around the prior field"),
    "particle": ("proton therapy", "pencil-beam scanning protons", "proton beam"),
    "brachytherapy": ("tandem and ring applicator position verified", "applicator placement verified on imaging", "HDR catheter positions verified",
                      "vaginal cylinder position verified", "tandem and ovoids checked and verified"),
    "hyperthermia": ("thermometry probe positions verified", "hyperthermia probe placement verified", "thermal probe catheters verified"),
}


_CONTRAST: dict[str, tuple[str, ...]] = {
    "default": ("IV contrast (Omnipaque 350, {ml} mL)", "{ml} mL Isovue-300 IV", "IV contrast", "Visipaque {ml} mL intravenously",
                "intravenous iodinated contrast"),
    "prostate": ("retrograde urethrogram contrast", "bladder contrast via Foley", "rectal contrast", "urethrogram with 10 mL Cysto-Conray"),
    "gyn_brachy": ("vaginal contrast-soaked marker", "bladder contrast via Foley", "rectal contrast", "dilute contrast in the bladder balloon",
                   "IV contrast"),
    "rectum": ("rectal contrast", "dilute oral contrast", "oral contrast 450 mL", "IV contrast", "small-bowel oral contrast (Readi-Cat)"),
    "bladder": ("intravesical contrast", "bladder contrast via Foley", "IV contrast"),
    "esophagus": ("oral contrast (thin barium) just before the scan", "dilute oral contrast", "oral contrast 450 mL", "IV contrast"),
    "pancreas": ("IV contrast (pancreatic phase)", "oral contrast 450 mL", "IV and oral contrast", "{ml} mL Isovue-370 IV"),
    "liver_sbrt": ("triphasic IV contrast", "IV contrast (arterial and portal venous phases)", "{ml} mL Omnipaque IV, multiphase"),
}


def feature(kind: str, c: Ctx, rng: random.Random) -> str:
    """An affirmed complexity feature of this simulation."""
    core = pick(rng, _FEAT_CORE[kind], {"ml": rng.choice(["75", "80", "100", "90"])})
    if kind == "contrast":
        core = pick(rng, _CONTRAST.get(c.get("site", ""), _CONTRAST["default"]), {"ml": rng.choice(["75", "80", "100", "90"])})
    if kind == "custom_shielding" and c.get("site") == "tbi":
        core = rng.choice(["custom lung blocks", "custom Cerrobend lung blocks"])
    if kind == "custom_shielding" and c.get("site") == "orbit_lymphoma":
        core = rng.choice(["custom eye shield", "custom lens shield"])
    if kind == "brachytherapy" and c.get("site") == "prostate":
        core = rng.choice(["HDR catheter positions verified", "needle/catheter positions verified"])
    return pick(rng, _FEAT[kind], {"ev": ev("F", kind, core)})


def feature_check(kind: str, rng: random.Random) -> str:
    """A checked checklist item for a feature (the mark is part of the span)."""
    word = {"contrast": ["IV contrast", "Oral contrast", "Contrast given"], "arc_rotational": ["VMAT", "Arc technique"],
            "custom_shielding": ["Custom blocks", "Custom cutout"], "complex_blocking": ["Complex blocking"],
            "particle": ["Protons"], "brachytherapy": ["Applicator verification"], "hyperthermia": ["Hyperthermia probes verified"]}[kind]
    mark = rng.choice(["[x]", "[X]", "(x)", "☒"])
    return ev("F", kind, f"{mark} {rng.choice(word)}")


def feature_neg(kind: str, c: Ctx, rng: random.Random) -> str:
    """A negated or not-done feature (never counts)."""
    opts = {
        "contrast": ("No contrast was used.", "Non-contrast scan.", "IV contrast: none.", "Contrast was not given ({why}).",
                     "Contrast held - {why}.", "We did not give oral contrast today.", "Contrast - N", "Scan done without contrast.",
                     "Contrast deferred ({why}).", "Decided against IV contrast: {why}.", "No IV/PO contrast.", "Contrast? no."),
        "arc_rotational": ("No VMAT; 3D conformal technique.", "Arc therapy not used.", "Static fields, not arc.",
                           "Not an arc plan - opposed laterals.", "VMAT was considered and rejected."),
        "custom_shielding": ("No custom blocks needed; MLC shaping only.", "Cutout not required.", "No Cerrobend.",
                             "Standard applicator, no custom insert.", "Custom shielding not indicated."),
        "complex_blocking": ("No complex blocking.", "Blocking: standard MLC."),
        "particle": ("Protons discussed but not approved by insurance.", "Not a proton candidate.", "No proton therapy."),
        "brachytherapy": ("No brachytherapy component.", "Applicator not placed today."),
        "hyperthermia": ("No hyperthermia.",),
    }[kind]
    return pick(rng, opts, {"why": why_not(rng)})


_WHY = ("creatinine 2.1", "Cr 1.9 this morning", "shellfish/iodine allergy, premedication not done", "patient refused the IV",
        "the IV infiltrated after 10 mL", "pregnancy test pending", "scanner injector down", "eGFR 24", "documented iodinated contrast allergy (hives)", "IV access failed after three attempts",
        "patient declined", "injector malfunction", "metformin not held", "anaphylaxis history to gadolinium and iodine", "no IV access, poor veins")


def why_not(rng: random.Random) -> str:
    """A reason something ordered was not done."""
    return rng.choice(_WHY)


# ----------------------------------------------------------------------------- modalities (count)

_MOD: dict[str, tuple[str, ...]] = {
    "CT": ("CT simulation performed on the {scanner}", "planning CT acquired, {sl} mm slices", "CT sim in treatment position",
           "axial CT images acquired from {sup} to {inf}", "CT simulator scan", "helical CT on the sim scanner, 3 mm",
           "non-gated CT sim", "CT sim", "Planning CT", "CT data set obtained in the treatment position", "sim CT (big bore)"),
    "MRI": ("MRI obtained {mri_when} was fused to the planning CT", "T1 post-gad MRI registered to the sim CT for contouring",
            "MR simulation in treatment position today", "diagnostic MRI fused for GTV delineation", "MRI fusion (rigid) for target definition"),
    "PET": ("PET/CT {pet_when} registered to the planning CT", "FDG PET fused to sim CT to define GTV", "PET-CT fusion for the involved sites",
            "PET/CT fused (deformable) for nodal contouring"),
    "fluoroscopy": ("fluoroscopic verification", "images taken on the conventional simulator under fluoroscopy", "fluoro check of the setup",
                    "C-arm fluoroscopy"),
    "ultrasound": ("transabdominal ultrasound guidance", "US-guided confirmation of tandem position", "TRUS imaging", "ultrasound"),
}

_MOD_KEEP = {  # the part of each template that is spanned
    "CT": None,
}


def modality(kind: str, c: Ctx, rng: random.Random) -> str:
    """An affirmed imaging modality of this simulation; the span covers the modality phrase."""
    text = pick(rng, _MOD[kind], c)
    if kind == "MRI" and c.get("today_mri"):
        text = rng.choice((f"MR simulation {c['dos']} (today) in treatment position", f"same-day MRI ({c['dos']}) acquired on the flat insert",
                           f"MRI obtained today, {c['dos']}, fused to the planning CT"))
    if kind == "CT" and c.get("site") in ("lung_4dct", "esophagus", "pancreas", "liver_sbrt") and rng.random() < 0.5:
        text = rng.choice(("4DCT acquired (10 phases) for motion assessment", "4D CT sim", "4DCT with amplitude binning"))
    return ev("M", kind, text)


def modality_check(kind: str, rng: random.Random, motion: bool = False) -> str:
    """Checked checklist item for a modality."""
    word = {"CT": ["CT sim", "Planning CT", "4DCT"] if motion else ["CT sim", "Planning CT", "CT simulator"], "MRI": ["MRI fusion"], "PET": ["PET/CT fusion"], "fluoroscopy": ["Fluoro"],
            "ultrasound": ["Ultrasound"]}[kind]
    return ev("M", kind, f"{rng.choice(['[x]', '[X]', '☒'])} {rng.choice(word)}")


def modality_neg(kind: str, c: Ctx, rng: random.Random) -> str:
    """A negated, unavailable or not-used modality (never counts)."""
    opts = {
        "MRI": ("No MRI fusion was performed.", "MRI fusion not done - pacemaker.", "MRI not available for registration.",
                "MRI: not obtained."),
        "PET": ("PET not used for planning.", "No PET fusion (outside study not retrievable).", "PET/CT: N/A."),
        "CT": ("CT scanner down today.", "No planning CT."),
        "fluoroscopy": ("No fluoroscopy.",),
        "ultrasound": ("No ultrasound.",),
    }[kind]
    return pick(rng, opts, c)


# ----------------------------------------------------------------------------- areas (count)

_NUM = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}


def count_phrase(n: int, rng: random.Random) -> str:
    """A stated number of treatment areas, marked as AREA_COUNT."""
    word = rng.choice([_NUM[n], str(n), _NUM[n].capitalize()])
    tail = rng.choice(["treatment areas", "separate treatment areas", "areas", "treatment sites", "distinct areas", "sites"])
    if n == 1:
        tail = rng.choice(["treatment area", "area", "treatment site"])
    return ev("A", n, f"{word} {tail}")


def site_marks(areas: list[tuple[str, str]]) -> list[str]:
    """The named areas, each marked as TREATMENT_SITE."""
    return [ev("S", value, surface) for surface, value in areas]


def join(items: list[str], rng: random.Random) -> str:
    """Join phrases as a list in prose."""
    if len(items) == 1:
        return items[0]
    glue = rng.choice([", ", "; ", " / "])
    last = rng.choice([" and ", ", and ", " + ", " & "]) if glue == ", " else glue
    return glue.join(items[:-1]) + last + items[-1]
