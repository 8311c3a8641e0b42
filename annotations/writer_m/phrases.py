"""Evidence and trap phrasing: each function returns markup (see ``markup.ev``)."""

from __future__ import annotations

import random

from .markup import ev
from .vocab import Site

NUM_WORDS = {1: "one", 2: "two", 3: "three", 4: "four"}

RATIONALE_TEMPLATES: dict[str, tuple[str, ...]] = {
    "OAR proximity": (
        "{target} lies within {mm} mm of the {oar}, so the volumes need careful 3D contouring and a conformal plan",
        "the {oar} sits directly against {target}; dose has to fall off steeply there",
        "{target} abuts the {oar}, which limits what dose can be delivered without careful shaping",
        "tumour extends up to the {oar} (gap under {mm} mm) and the constraint is tight",
        "close relationship of {target} to the {oar} needs a 3D plan with an OAR-sparing arrangement",
    ),
    "irregular target": (
        "{target} is irregular and concave, wrapping around the {oar}",
        "the target volume has an irregular, horseshoe shape that simple fields cannot cover",
        "an irregular post-operative volume with several extensions along the {oar}",
        "odd-shaped target following the surgical bed, bordered by the {oar}",
    ),
    "multiple targets": (
        "{n} separate targets have to be covered and matched without overlap",
        "there are {n} distinct lesions, each needing its own volume and position check",
        "multiple separate disease sites ({n}) with junctions that must not overlap",
    ),
    "contrast for delineation": (
        "contrast is needed to tell the nodal disease apart from the vessels and bowel around {target}",
        "without contrast {target} cannot be separated from the adjacent {oar}",
        "the {oar} and {target} are indistinguishable on a plain scan; contrast needed to delineate them",
    ),
    "fusion for delineation": (
        "{target} is seen well only on the diagnostic MRI/PET, so registration is needed to draw the GTV",
        "the GTV boundary next to the {oar} is not visible on CT alone and needs the fused study to outline",
        "residual disease is only defined on functional imaging; the fused scan drives the contours",
    ),
    "prior field overlap": (
        "the patient had RT to the adjacent region in 2021 and the new volume overlaps the old field at the {oar}",
        "previous course (2019, 30 Gy) abuts this volume; composite dose to the {oar} must be respected",
        "re-treatment: the earlier field edge runs through {target}, so the cumulative dose to the {oar} is the limit",
    ),
    "immobilization": (
        "severe kyphosis and pain mean the patient cannot lie flat without a custom-moulded cradle",
        "tremor and claustrophobia require a custom immobilisation device made at simulation",
        "body habitus and a contracture of the shoulder need custom immobilisation to reproduce position",
    ),
    "anesthesia/immobilization": (
        "child is too young to stay still and needs general anaesthesia with a custom mask for reproducible set-up",
        "at this age sedation under anaesthesia is required so that the position can be reproduced daily",
        "the child cannot cooperate with lying still for the scan; anaesthesia team present for immobilisation",
    ),
    "applicator verification": (
        "the applicator position relative to the bladder and rectum has to be verified before dose is prescribed",
        "tandem and ring placement must be confirmed on imaging: the uterus is retroverted and the {oar} is close",
    ),
    "custom shielding": (
        "the lesion sits {mm} mm from the {oar} and needs a custom cutout and shield to protect it",
        "irregular lesion margin next to the {oar} calls for custom shielding shaped to the mark-up",
    ),
    "target motion": (
        "the tumour moves with breathing (lower lobe, close to the diaphragm) and the motion must be measured",
        "{target} moves several millimetres with respiration, so an internal target volume is needed",
        "respiratory excursion of {target} near the diaphragm has to be quantified before planning",
    ),
}

BARE = (
    "Complex simulation medically necessary.",
    "Complexity: as per department protocol.",
    "Complex simulation required (standard for this site).",
    "Indication for complex sim: yes.",
    "Physician attests complex simulation was needed.",
)


def rationale(rng: random.Random, site: Site, category: str, target: str, n: int, capital: bool = True) -> str:
    """Return a rationale clause as markup (the whole reason is the span)."""
    template = rng.choice(RATIONALE_TEMPLATES[category])
    text = template.format(
        target=target, oar=rng.choice(site.oars), mm=rng.choice((2, 3, 4, 5, 6)), n=NUM_WORDS.get(n, str(n)), age=4
    )
    if capital:
        text = text[0].upper() + text[1:]
    elif text.startswith("The "):
        text = "the " + text[4:]
    return ev("R", category, text)


def contrast(rng: random.Random, site: Site, kind: str) -> str:
    """Return an affirmed contrast statement as markup."""
    surfaces = {
        "IV": (
            "IV contrast (iohexol 300, 80 mL)",
            "intravenous contrast",
            "IV contrast given by power injector",
            "IV iodinated contrast",
        ),
        "oral": ("oral contrast (dilute barium)", "oral contrast taken 45 min before the scan", "PO contrast"),
        "rectal": ("rectal contrast", "rectal contrast via soft catheter"),
        "vaginal": ("vaginal contrast (gel with contrast)", "vaginal contrast marker"),
        "bladder": ("bladder contrast instilled via Foley", "intravesical contrast"),
        "urethrogram": ("retrograde urethrogram contrast", "urethrogram with contrast"),
    }[kind]
    surface = rng.choice(surfaces)
    lead = rng.choice(("", "Given: ", "Administered: "))
    tail = rng.choice((" at 09:12, no reaction.", " - tolerated well.", ".", " with good opacification."))
    return f"{lead}{ev('F', 'contrast', surface)}{tail}"


def feature(rng: random.Random, site: Site, name: str, target: str) -> str:
    """Return an affirmed non-contrast feature statement as markup."""
    if name == "arc_rotational":
        surface = rng.choice(
            (
                "VMAT, 2 full arcs",
                "volumetric modulated arc therapy",
                "VMAT (two coplanar arcs)",
                "dual-arc VMAT",
                "helical tomotherapy",
            )
        )
        return rng.choice(
            (
                f"Technique decided at simulation: {ev('F', name, surface)}.",
                f"Treatment to be delivered with {ev('F', name, surface)}; isocentre set today.",
                f"Selected: {ev('F', name, surface)} for {target}.",
            )
        )
    if name == "custom_shielding":
        surface = rng.choice(
            (
                "custom electron cutout",
                "Cerrobend block",
                "custom lead eye shield",
                "custom Cerrobend insert",
                "custom lead cutout with 5 mm margin",
            )
        )
        return rng.choice(
            (
                f"{ev('F', name, surface)} made from the clinical mark-up.",
                f"Mould room: {ev('F', name, surface)} for {target}.",
                f"A {ev('F', name, surface)} was fabricated and checked on the patient.",
            )
        )
    if name == "complex_blocking":
        surface = rng.choice(("complex blocking", "complex blocking of the field", "complex blocks"))
        return f"{ev('F', name, surface)} drawn to spare the {rng.choice(site.oars)}."
    if name == "particle":
        surface = rng.choice(("proton therapy (pencil-beam scanning)", "PBS protons", "proton beam"))
        return rng.choice(
            (
                f"Simulated for {ev('F', name, surface)} with the proton-centre protocol.",
                f"Modality: {ev('F', name, surface)}; range-uncertainty margins applied.",
            )
        )
    if name == "brachytherapy":
        surface = rng.choice(
            (
                "tandem and ring applicator position verified",
                "applicator verification",
                "tandem and ovoid applicator checked",
                "interstitial needle positions verified",
            )
        )
        return rng.choice(
            (
                f"{ev('F', name, surface)} on the planning images.",
                f"Applicator: {ev('F', name, surface)} before contouring.",
            )
        )
    if name == "hyperthermia":
        surface = rng.choice(
            (
                "hyperthermia probe position verified",
                "thermometry probe verified for hyperthermia",
                "hyperthermia probe",
            )
        )
        return f"Superficial heat: {ev('F', name, surface)} on imaging, tip at 1 cm depth."
    raise ValueError(name)


def modality(rng: random.Random, name: str, four_d: bool, site_key: str = "") -> str:
    """Return an affirmed modality statement as markup."""
    if name == "CT":
        if four_d:
            surface = rng.choice(("4DCT", "4DCT (10 phases)", "4D planning CT", "4DCT/ITV scan"))
            return rng.choice(
                (
                    f"{ev('M', name, surface)} acquired; ITV drawn from MIP and all phases.",
                    f"{ev('M', name, surface)} done, amplitude binned, motion 8 mm SI.",
                )
            )
        surface = rng.choice(("CT-sim", "planning CT", "CT simulation", "CT simulator scan", "planning CT (2 mm)"))
        return rng.choice(
            (
                f"{ev('M', name, surface)} acquired, scan range set by the RTT.",
                f"{ev('M', name, surface)} completed, 2 mm slices.",
                f"{ev('M', name, surface)} done; images sent to the planning system.",
            )
        )
    if name == "MRI":
        surface = rng.choice(
            ("MRI (2026-10-21) fused", "diagnostic MRI registered", "planning MRI fused", "T2 MRI co-registered")
        )
        return f"{ev('M', name, surface)} to the planning CT for target delineation."
    if name == "PET":
        options = ["PET/CT fused", "FDG PET/CT registered", "pre-treatment PET fused"]
        if site_key == "prostate":
            options = ["PSMA PET fused", "PSMA PET/CT registered"]
        surface = rng.choice(options)
        return f"{ev('M', name, surface)} to the planning CT to outline the GTVp/GTVn."
    if name == "fluoroscopy":
        surface = rng.choice(("fluoroscopy", "conventional simulator (fluoro)", "fluoroscopic images"))
        return f"{ev('M', name, surface)} used to confirm the field edges."
    if name == "ultrasound":
        surface = rng.choice(("transabdominal ultrasound", "ultrasound guidance", "US-guided"))
        return f"{ev('M', name, surface)} during applicator insertion."
    raise ValueError(name)


NEGATED = {
    "contrast": (
        "No IV contrast given.",
        "Contrast: N",
        "No contrast used (not required).",
        "Oral contrast: not given.",
    ),
    "arc_rotational": ("3D conformal; no VMAT.", "Static fields only, no arcs.", "Not an arc plan."),
    "custom_shielding": ("No custom blocks.", "Custom cutout: not required.", "No Cerrobend."),
    "complex_blocking": ("No complex blocking.",),
    "particle": ("Photons; proton referral declined.",),
    "brachytherapy": ("No applicator in situ.",),
    "hyperthermia": ("No hyperthermia.",),
}
PLANNED_FEATURE = {
    "contrast": ("May repeat the scan with IV contrast if nodes unclear.", "IV contrast to be considered at re-sim."),
    "arc_rotational": ("VMAT may be considered if constraints not met.", "Could convert to arcs at planning."),
    "custom_shielding": ("Custom cutout will be made at first treatment if needed.",),
    "complex_blocking": ("Complex blocking may be needed after review.",),
    "particle": ("Proton comparison plan to be requested.",),
    "brachytherapy": ("Brachytherapy boost planned for week 5 (applicator to be inserted then).",),
    "hyperthermia": ("Hyperthermia to be discussed at rounds.",),
}
PLANNED_MODALITY = {
    "MRI": ("MRI will be fused at planning once available.", "Planning MRI booked for next week, to be fused."),
    "PET": ("PET/CT pending; will register when resulted.", "Consider PET fusion if available."),
    "fluoroscopy": ("Fluoro check may be done at first treatment.",),
    "ultrasound": ("Ultrasound to be arranged if bladder filling inconsistent.",),
}
BLANK = {
    "contrast": ("Contrast: ____", "[ ] IV contrast  [ ] Oral contrast", "Contrast type/volume: ___"),
    "arc_rotational": ("Technique: [ ] 3D [ ] IMRT [ ] VMAT",),
    "custom_shielding": ("[ ] Custom blocks", "Custom shielding: ____"),
    "complex_blocking": ("[ ] Complex blocking",),
    "hyperthermia": ("Hyperthermia probe: ___",),
    "particle": ("[ ] Protons",),
    "brachytherapy": ("Applicator: ___",),
}
HISTORICAL = (
    "CT chest/abdomen/pelvis with IV contrast on 2026-09-14 showed no distant disease.",
    "MRI 2026-08-30 (with gadolinium) showed the primary at 3.1 cm.",
    "PET/CT 2026-09-02: FDG-avid primary, SUV 11.",
    "Diagnostic CT with contrast 2026-07-19 at an outside hospital.",
    "Bone scan 2026-09-20 - no other lesions.",
    "Staging MRI pelvis 2026-09-11 reviewed.",
)
OTHER_PERSON = (
    "Her sister had breast radiation with IV contrast in 2019 and is anxious about the process.",
    "Husband had an MRI here last week and wondered if she would need one too.",
    "Patient's brother was treated with VMAT elsewhere; discussed differences.",
    "Daughter (a nurse) asked about the PET her father-in-law had at another centre.",
)
BOLUS = (
    "5 mm bolus over the scar, daily.",
    "1 cm wax bolus on the lesion.",
    "Bolus 0.5 cm alternate days.",
)
IMMOB = (
    "Custom Vac-Lok bag moulded.",
    "Custom thermoplastic mask made.",
    "Alpha Cradle moulded to the torso.",
    "Custom knee-and-foot cushion made.",
)
MLC = (
    "Fields shaped with MLC only.",
    "Shaping by MLC; standard.",
    "MLC conformed to PTV + 7 mm.",
)
