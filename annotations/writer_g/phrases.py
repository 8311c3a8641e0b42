"""Writer G's phrasing of counting evidence: rationale, areas, features and imaging.

Every function returns markup (see :mod:`markup`). ``form`` is ``"sent"`` (a prose sentence), ``"field"``
(a label and value) or ``"tick"`` (a ticked form item, the mark inside the span).
"""

from __future__ import annotations

import random

from .markup import cap, mark
from .sites import Area, Site

TICKS = ("☑", "✓", "[x]", "[✓]", "☒", "(x)")
EMPTY_BOXES = ("☐", "[ ]", "( )", "□")
NUM_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}

RATIONALE_VALUES = {
    "oar": "OAR proximity",
    "irregular": "irregular target",
    "multiple": "multiple targets",
    "contrast_delin": "contrast for delineation",
    "fusion_delin": "fusion for delineation",
    "prior_overlap": "prior field overlap",
    "immobilisation": "immobilization",
    "anaesthesia": "anesthesia/immobilization",
    "applicator": "applicator verification",
    "shielding": "custom shielding",
    "motion": "target motion",
}


def pick(rng: random.Random, options: list[str] | tuple[str, ...]) -> str:
    """Choose one option."""
    return options[rng.randrange(len(options))]


def _mm(rng: random.Random) -> str:
    return pick(rng, ["2", "3", "4", "5", "6", "7", "8", "1.5", "2.5", "9", "3.5"])


# ---------------------------------------------------------------- rationale


def rationale_clause(rng: random.Random, site: Site, cat: str, target: str, extra: dict[str, str]) -> str:
    """Return the bare words of a patient-specific reason (no markup)."""
    oar = pick(rng, site.oars)
    d = _mm(rng)
    if cat == "oar":
        return pick(rng, [
            f"{target} lies {d} mm from the {oar}",
            f"the {oar} is within {d} mm of the planning target",
            f"close relationship of {target} to the {oar} (minimum separation {d} mm)",
            f"{target} abuts the {oar}, so dose to the {oar} has to be kept below tolerance",
            f"the {oar} wraps around the posterior edge of {target} at a distance of about {d} mm",
            f"{oar} {d}mm from GTV",
            f"tumour extends to within {d} mm of the {oar} on today's images",
            f"the high-dose volume sits directly against the {oar}",
        ])
    if cat == "irregular":
        return pick(rng, [
            f"{target} is irregular and concave, curving round the {oar}",
            f"horseshoe-shaped CTV that wraps the {oar}",
            f"multilobulated {target} with skip extension along the fascial plane",
            f"post-operative bed is irregular with surgical clips scattered over {pick(rng, ['8', '9', '11', '12'])} cm",
            f"target has a finger-like extension towards the {oar}",
            f"ill-defined, irregular volume following the line of the scar",
        ])
    if cat == "multiple":
        return pick(rng, [
            "separate volumes need to be matched without overlap at the junctions",
            "several targets with different dose levels that must be planned together",
            "multiple separate volumes; junction doses need care",
            "nodal and primary volumes are non-contiguous and need matching",
        ])
    if cat == "contrast_delin":
        return pick(rng, [
            "contrast is needed to separate the nodal disease from adjacent vessels",
            "without contrast the tumour cannot be distinguished from the bowel",
            "vessel enhancement needed to outline the nodal CTV",
            "bowel loops must be opacified to see them against the target",
            "tumour margin is invisible on an unenhanced scan",
        ])
    if cat == "fusion_delin":
        return pick(rng, [
            f"the tumour is poorly seen on CT and {extra.get('fusion', 'MRI')} registration is needed to outline it",
            f"GTV only visible on {extra.get('fusion', 'MRI')}; co-registration essential for outlining",
            f"soft-tissue extent cannot be defined without the {extra.get('fusion', 'MRI')} dataset",
            f"{extra.get('fusion', 'MRI')} needed to define the residual disease against normal tissue",
        ])
    if cat == "prior_overlap":
        year = pick(rng, ["2012", "2015", "2017", "2019", "2020", "2021"])
        dose = pick(rng, ["40 Gy", "50 Gy", "36 Gy", "20 Gy", "60 Gy"])
        return pick(rng, [
            f"previous radiotherapy ({dose}, {year}) to an adjacent region, so the old field overlaps and cumulative {oar} dose must be checked",
            f"re-irradiation: overlap with the {year} field, {oar} already received {dose}",
            f"prior treatment in {year} overlaps this volume; the old plan has been retrieved for summation",
            f"in-field recurrence after {dose} in {year}; re-treatment needs the old fields reconstructed",
        ])
    if cat == "immobilisation":
        return pick(rng, [
            "severe kyphosis, unable to lie flat; bespoke vacuum bag and wedge built",
            "fixed flexion contracture of the hips requires custom immobilisation",
            f"patient has a tremor and needs a rigid custom shell to keep {target} reproducible",
            "claustrophobia - open-face shell built after two failed attempts",
            "above-knee amputation means standard leg supports cannot be used; custom moulded support made",
        ])
    if cat == "anaesthesia":
        age = pick(rng, ["2", "3", "4", "5"])
        return pick(rng, [
            f"child aged {age} cannot lie still, so the planning scan is done under general anaesthetic",
            f"{age}-year-old requires GA for immobilisation and reproducible positioning",
            "unable to cooperate with immobilisation awake; anaesthetic team present for every session",
            f"age {age}, play specialist preparation failed, sedation/anaesthesia needed",
        ])
    if cat == "applicator":
        return pick(rng, [
            "applicator position relative to the bladder and rectum must be confirmed before dosimetry",
            "the tandem has to be checked for uterine perforation and its relation to the HR-CTV before planning",
            "needle depth must be verified against the residual disease before the plan is optimised",
            "source path must be checked against the sigmoid, which lies close to the ring",
        ])
    if cat == "shielding":
        if site.key == "tbi":
            return pick(rng, ["lung dose must be held below 8 Gy, so shaped lung attenuators are required",
                              "previous mediastinal treatment means the lungs need individually shaped shielding"])
        if site.key not in ("skin_electrons", "lymphoma", "whole_brain"):
            return pick(rng, ["irregular lesion over a curved surface; an individually shaped cutout is needed to spare normal skin",
                              f"the superficial target lies {d} mm from a healed graft that must be spared, so the field edge needs a shaped insert",
                              "ulcerated, irregular margin that a standard applicator cannot follow"])
        return pick(rng, [
            f"lesion is {d} mm from the lower lid margin, so the lens needs shielding",
            f"the field edge is {d} mm from the eye; a shield is essential to protect the lens",
            "irregular lesion over a curved surface; an individually shaped cutout is needed to spare normal skin",
            f"dose to the lungs must be reduced below 8 Gy, so shaped lung attenuators are required",
        ])
    if cat == "motion":
        mv = pick(rng, ["9", "11", "12", "14", "16", "18", "22"])
        return pick(rng, [
            f"tumour moves {mv} mm craniocaudally with breathing, so an ITV from the 4DCT is needed",
            f"{mv} mm of respiratory excursion at the diaphragm; motion must be encompassed",
            f"lower-lobe lesion with marked breathing motion ({mv} mm)",
            f"respiratory motion of {mv} mm means a free-breathing single scan would miss the target",
        ])
    raise ValueError(cat)


def rationale(rng: random.Random, site: Site, cat: str, target: str, form: str, extra: dict[str, str]) -> str:
    """Return a RATIONALE markup line in the requested form."""
    words = rationale_clause(rng, site, cat, target, extra)
    ev = mark("R", RATIONALE_VALUES[cat], words)
    if form == "field":
        label = pick(rng, ["Reason for complex planning", "Clinical justification", "Indication for complex sim",
                           "Why complex", "Rationale", "Complexity reason", "Clinical reason"])
        return f"{label}: {ev}"
    if form == "tick":
        return f"Justification (free text): {ev}"
    return pick(rng, [
        f"Complex planning is needed because {ev}.",
        f"The reason for the complex planning scan is that {ev}.",
        f"This matters because {ev}.",
        f"I have requested a complex planning CT, as {ev}.",
        f"Of note, {ev}, which is why we have taken this approach.",
        f"In her case {ev}.",
        f"In his case {ev}.",
        f"{cap(ev)}.",
    ])


BARE = (
    "Complex simulation medically necessary.",
    "Complex sim per departmental protocol.",
    "Complex planning is standard of care for this site.",
    "Justification: clinically indicated.",
    "Complex simulation required as per pathway.",
    "Reason for complex planning: as per consultant.",
    "Medically necessary - complex.",
    "Complexity: per local guideline.",
)

HEDGED = (
    "Complex planning may be justified if the nodes turn out to lie close to the cord.",
    "Possibly needs complex planning depending on what the outlining shows.",
    "May need a complex approach if the target is found to be irregular.",
    "Complex sim could be warranted should the tumour prove to be near the bowel.",
    "If the MRI shows extension, complex planning might be reasonable.",
    "Reason for complexity: ?proximity to OARs - to confirm at outlining.",
)


# ---------------------------------------------------------------- areas


def area_words(areas: tuple[Area, ...]) -> list[str]:
    """The surface words of each area."""
    return [w for _, w in areas]


def join_words(items: list[str], rng: random.Random) -> str:
    """Join items as English ("a, b and c")."""
    if len(items) == 1:
        return items[0]
    last = pick(rng, [" and ", " & ", " plus ", ", and "])
    return ", ".join(items[:-1]) + last + items[-1]


def area_lines(rng: random.Random, areas: tuple[Area, ...], count: int, mode: str, form: str) -> list[str]:
    """Return markup lines documenting the treatment areas.

    Modes: ``sites`` (each site spanned), ``count`` (a stated count, sites plain), ``both``, ``numbered``,
    ``isocentre``, ``checkbox`` (a ticked count box).
    """
    spanned = [mark("S", v, w) for v, w in areas]
    words = area_words(areas)
    nw = NUM_WORDS.get(count, str(count))
    if mode == "sites":
        joined = join_words(spanned, rng)
        if form == "field":
            return [f"{pick(rng, ['Treatment area(s)', 'Sites', 'Area(s) to be treated', 'Volumes', 'Target region(s)'])}: {joined}"]
        return [pick(rng, [f"We will treat the {joined}.", f"Radiotherapy is to the {joined}.", f"Treatment to {joined}.",
                           f"The volumes scanned and marked were the {joined}."])]
    if mode == "numbered":
        return [f"{pick(rng, ['Site', 'Area', 'Volume'])} {i}: {s}" for i, s in enumerate(spanned, 1)]
    if mode == "isocentre":
        return [f"{pick(rng, ['Isocentre', 'Iso'])} {i}: {s} (tattoos x3)" for i, s in enumerate(spanned, 1)]
    if mode == "checkbox":
        boxes = []
        for n in (1, 2, 3, 4):
            if n == count:
                boxes.append(mark("N", count, f"{pick(rng, TICKS)} {n}"))
            else:
                boxes.append(f"{pick(rng, EMPTY_BOXES)} {n}")
        return [f"Number of treatment areas: {'  '.join(boxes)}", f"({join_words(words, rng)})"]
    if count == 1:
        stated = pick(rng, ["single treatment area", "one treatment area", "1 area", "a single site", "one site only"])
    else:
        stated = pick(rng, [f"{nw} treatment areas", f"{count} areas", f"{nw} separate sites", f"{nw} areas",
                            f"{count} treatment sites"])
    cnt = mark("N", count, stated)
    if mode == "count":
        if form == "field":
            return [f"{pick(rng, ['No. of areas', 'Number of areas', 'Areas'])}: {cnt} ({join_words(words, rng)})"]
        return [pick(rng, [f"There are {cnt}: {join_words(words, rng)}.", f"This is {cnt} ({join_words(words, rng)}).",
                           f"Treating {cnt} - {join_words(words, rng)}."])]
    if mode == "both":
        return [f"{pick(rng, ['Areas', 'Treatment areas'])} ({cnt}): {join_words(spanned, rng)}"]
    raise ValueError(mode)


UNCOUNTABLE = (
    "Sites: multiple, as per the consultant's outline.",
    "Areas to be treated: see plan.",
    "Treatment areas - several, to be confirmed on the planning system.",
    "Target(s): as drawn by the registrar on the scan.",
    "All symptomatic sites (see request form).",
    "Volumes: per protocol.",
)


# ---------------------------------------------------------------- features

CONTRAST_IV = (
    "IV contrast (Omnipaque 300, {ml} ml) given via a 20G cannula in the {arm}",
    "Niopam 300 {ml} mL given intravenously, scan at 60 s",
    "intravenous Visipaque 320 ({ml} ml) administered by the CT radiographer",
    "contrast-enhanced planning scan - Omnipaque {ml} mls IV, pump injector",
    "IV iodinated contrast {ml} ml given",
)
CONTRAST_ORAL = (
    "oral Gastrografin 20 ml in 1 litre of water taken over 45 minutes before the scan",
    "dilute oral contrast drunk 30 minutes before scanning",
    "Omnipaque oral contrast given (two cups)",
    "oral contrast to outline the small bowel given as per protocol sheet and drunk in full",
)
CONTRAST_RECTAL = ("rectal contrast (30 ml dilute Gastrografin) instilled", "rectal contrast instilled via a soft catheter", "30 mL dilute contrast given PR")
CONTRAST_VAGINAL = ("vaginal contrast gel inserted to mark the vault", "vaginal tampon soaked in dilute contrast inserted", "vaginal marker with contrast in situ")
CONTRAST_BLADDER = ("bladder instilled with 100 ml dilute contrast via catheter", "Foley balloon filled with 7 ml dilute Omnipaque", "cystogram contrast 60 ml via the catheter")

CONTRAST_KINDS = {
    "breast_nodes": ("iv",), "prostate_pelvis": ("iv", "bladder"), "head_neck": ("iv",), "lung_4dct": ("iv",), "gyn_brachy": ("bladder", "vaginal"),
    "rectum": ("iv", "rectal", "oral"), "oesophagus": ("oral", "iv"), "pancreas": ("iv", "oral"), "paediatric_ga": ("iv",),
    "bladder": ("bladder", "iv"), "anal_canal": ("vaginal", "rectal", "iv"), "sarcoma": ("iv",), "lymphoma": ("iv",),
}


def contrast_words(rng: random.Random, site: Site) -> str:
    """Words for contrast given at this simulation."""
    kind = pick(rng, CONTRAST_KINDS.get(site.key, ("iv",)))
    pool = {"iv": CONTRAST_IV, "oral": CONTRAST_ORAL, "rectal": CONTRAST_RECTAL, "vaginal": CONTRAST_VAGINAL, "bladder": CONTRAST_BLADDER}[kind]
    return pick(rng, pool).format(ml=pick(rng, ["50", "60", "75", "80", "90", "100"]), arm=pick(rng, ["left antecubital fossa", "right forearm", "dorsum of the left hand"]))


def feature_words(rng: random.Random, site: Site, feat: str, vault: bool = False) -> str:
    """Words documenting that a complexity feature was part of this simulation."""
    if feat == "contrast":
        return contrast_words(rng, site)
    if feat == "arc_rotational":
        return pick(rng, ["VMAT, two full arcs", "volumetric modulated arc therapy", "RapidArc (2 x 358 degree arcs)", "helical TomoTherapy",
                          "coplanar VMAT arcs", "VMAT technique", "dual-arc VMAT", "arc therapy"])
    if feat == "particle":
        return pick(rng, ["proton beam therapy (pencil-beam scanning)", "PBT planning scan acquired on the proton centre CT", "protons",
                          "intensity-modulated proton therapy"])
    if feat == "custom_shielding":
        opts = {
            "skin_electrons": ["custom lead cutout made in the mould room from the drawn outline", "MCP-96 alloy electron cutout cast",
                               "internal lead eye shield fitted", "lead cutout (3 mm) shaped to the marked lesion plus margin"],
            "tbi": ["custom Cerrobend lung blocks cast and checked on film", "shaped lung attenuators made from MCP-96", "lung shielding blocks cast in the mould room"],
            "lymphoma": ["custom lead eye shield for the lens", "testicular shield fitted", "Cerrobend insert cast for the orbit field"],
            "whole_brain": ["custom Cerrobend blocks to shield the eyes", "lens shielding blocks cast"],
        }.get(site.key, ["custom Cerrobend shielding block cast", "MCP-96 electron cutout made", "custom lead cutout"])
        return pick(rng, opts)
    if feat == "complex_blocking":
        return pick(rng, ["complex blocking of the lungs and humeral heads drawn on the simulator film", "complex blocking around the heart",
                          "complex blocking to spare the lungs"])
    if feat == "brachytherapy":
        if vault:
            return pick(rng, ["vaginal cylinder position verified against the vault", "cylinder (3 cm) position confirmed at the vault before planning",
                              "vault applicator depth checked against the rectum and bladder"])
        if site.key == "prostate_brachy":
            return pick(rng, ["needle positions verified on TRUS before loading", "seed positions verified in theatre", "catheter positions checked against the urethra before source loading"])
        return pick(rng, ["applicator position verified on the post-insertion images", "ring and tandem position checked against the HR-CTV",
                          "Venezia applicator and interstitial needle positions verified", "vault cylinder position confirmed before planning",
                          "tandem and ovoid position verified; no perforation"])
    if feat == "hyperthermia":
        return pick(rng, ["hyperthermia thermometry probe position verified on the planning CT", "intraluminal thermometry catheters confirmed in position",
                          "thermometry catheter tip position checked for regional hyperthermia"])
    raise ValueError(feat)


def feature_line(rng: random.Random, site: Site, feat: str, form: str, vault: bool = False) -> str:
    """A FEATURE markup line in the requested form."""
    words = feature_words(rng, site, feat, vault)
    if form == "tick":
        short = {"contrast": "Contrast given", "arc_rotational": "VMAT / arc", "particle": "Protons", "custom_shielding": "Custom shielding / cutout",
                 "complex_blocking": "Complex blocking", "brachytherapy": "Applicator verified", "hyperthermia": "Thermometry probe verified"}[feat]
        if rng.random() < 0.5:
            return f"{mark('F', feat, pick(rng, TICKS) + ' ' + short)} - {words}"
        return f"{short}: {mark('F', feat, pick(rng, ['Y', 'Yes', 'YES']))} ({words})"
    ev = mark("F", feat, words)
    if form == "field":
        label = {"contrast": pick(rng, ["Contrast", "Contrast agent", "Contrast medium"]), "arc_rotational": pick(rng, ["Technique", "Delivery"]),
                 "particle": "Modality of treatment", "custom_shielding": pick(rng, ["Shielding", "Mould room"]), "complex_blocking": "Blocking",
                 "brachytherapy": "Applicator check", "hyperthermia": "Hyperthermia"}[feat]
        return f"{label}: {ev}"
    return pick(rng, [f"Today: {ev}.", f"{cap(ev)}.", f"As agreed, {ev}.", f"The radiographers confirm {ev}."])


# ---------------------------------------------------------------- imaging


def modality_words(rng: random.Random, site: Site, mod: str, four_d: bool, dates: dict[str, str]) -> str:
    """Words for an imaging modality used for this simulation or its delineation."""
    if mod == "CT":
        if four_d:
            return pick(rng, ["4DCT (10 phases, free breathing)", "four-dimensional planning CT", "4D CT with RPM block", "4DCT"])
        return pick(rng, ["planning CT", "CT simulator scan (2 mm slices)", "big-bore CT", "planning CT on the Siemens Somatom", "CT scan for planning",
                          "CT sim", "post-insertion CT", "planning CT, 3 mm slices"])
    if mod == "MRI":
        return pick(rng, [f"diagnostic MRI of {dates['d1']} registered to the planning CT", "MRI fused to the planning scan",
                          "MR sim in the treatment position", "T2 MRI co-registered for outlining", f"MRI ({dates['d2']}) rigidly registered"])
    if mod == "PET":
        return pick(rng, [f"PET-CT of {dates['d2']} co-registered for the GTV", "PET-CT fused", "FDG PET-CT registered to the planning CT",
                          "PET/CT fusion for outlining"])
    if mod == "fluoroscopy":
        return pick(rng, ["screened on the conventional simulator", "simulator fluoroscopy", "fluoroscopic screening on the simulator",
                          "conventional simulator (fluoroscopy)"])
    if mod == "ultrasound":
        return pick(rng, ["transrectal ultrasound", "TRUS", "transabdominal ultrasound", "ultrasound"])
    raise ValueError(mod)


def modality_line(rng: random.Random, site: Site, mod: str, four_d: bool, dates: dict[str, str], form: str) -> str:
    """A MODALITY markup line."""
    words = modality_words(rng, site, mod, four_d, dates)
    if form == "tick":
        return f"{mark('M', mod, pick(rng, TICKS) + ' ' + words)}"
    ev = mark("M", mod, words)
    if form == "field":
        label = {"CT": pick(rng, ["Scan", "Imaging", "CT"]), "MRI": pick(rng, ["Fusion", "MRI", "Registration"]), "PET": pick(rng, ["Fusion", "PET"]),
                 "fluoroscopy": "Simulator", "ultrasound": "Ultrasound"}[mod]
        return f"{label}: {ev}"
    return pick(rng, [f"{cap(ev)}.", f"Imaging used: {ev}.", f"We acquired {ev}." if mod == "CT" else f"Outlining used {ev}.", f"{cap(ev)} done."])
