"""Evidence phrasing: every function returns markup in which only counted evidence is marked.

``ctx`` is the per-note writing context from ``notes.py`` (rng, register, site, areas, plan).
Registers: ``prose`` (sentences), ``field`` (``Label: value``), ``terse`` (clipped shorthand),
``check`` (TIU checkboxes).
"""

from __future__ import annotations

from .markup import C, F, M, R, S

NUMWORD = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}
SCANNERS = ("Philips Brilliance Big Bore", "Siemens SOMATOM go.Sim", "GE Discovery RT", "Canon Aquilion LB",
            "room 2 Big Bore", "wide-bore scanner in B-wing")
CT_AGENTS = ("Omnipaque 350", "Isovue-370", "Visipaque 320", "Omnipaque 300", "Optiray 350")


def _an(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def pick(ctx, options):
    return ctx.rng.choice(options)


# --------------------------------------------------------------------------------------------- CT / 4DCT
def ct_scan(ctx) -> str:
    rng = ctx.rng
    sl = rng.choice(("1.5", "2", "2.5", "3"))
    scanner = rng.choice(SCANNERS)
    ext = ctx.fill(rng.choice(ctx.extent))
    if ctx.fourd:
        surf = rng.choice(("4DCT", "4D-CT", "four-dimensional CT", "respiratory-correlated 4DCT", "10-phase 4DCT"))
        bins = rng.choice(("10 phase bins", "8 phases", "10 phases plus MIP and AvgIP", "amplitude-binned, 10 bins"))
        if ctx.reg == "prose":
            return rng.choice((
                f"A {M('CT', surf)} was acquired on the {scanner} with the bellows belt in place ({bins}), {sl} mm slices, {ext}.",
                f"{ctx.Pt} then underwent {M('CT', surf)} acquisition; breathing was regular at {rng.randint(11, 19)}/min and {bins} were reconstructed.",
                f"Free-breathing {M('CT', surf)} obtained ({bins}); {sl} mm reconstruction {ext}.",
            ))
        if ctx.reg == "field":
            return f"Scan: {M('CT', surf)}, {bins}, {sl} mm, {ext}"
        if ctx.reg == "check":
            return f"Imaging (*): [X] {M('CT', surf)}   [ ] cone-beam only   [ ] none"
        return f"{M('CT', surf)} {sl}mm, {bins}"
    if ctx.reg == "prose":
        tpl = rng.choice((
            ("{Pt} was scanned on the {c} ({scanner}) at {sl} mm slices, {ext}.", ("CT simulator", "CT-sim", "planning CT scanner")),
            ("A planning {c} was obtained, {ext}, {sl} mm cuts.", ("CT", "CT scan", "non-gated CT")),
            ("{c} images were acquired {ext} at {sl} mm and sent to Eclipse and MIM.", ("Simulation CT", "Treatment-planning CT")),
            ("We proceeded with {c} on the {scanner}; slice thickness {sl} mm, {ext}.", ("CT simulation", "CT-based simulation")),
            ("Scout and helical {c} done {ext}.", ("CT", "planning CT")),
        ))
        return tpl[0].format(Pt=ctx.Pt, c=M("CT", rng.choice(tpl[1])), scanner=scanner, sl=sl, ext=ext)
    if ctx.reg == "field":
        surf = rng.choice(("CT simulation", "CT sim", "Planning CT", "CT"))
        return rng.choice((f"Imaging: {M('CT', surf)} on {scanner}, {sl} mm, {ext}",
                           f"Scan type: {M('CT', surf)} ({sl} mm)   Extent: {ext}"))
    if ctx.reg == "check":
        surf = rng.choice(("CT simulation", "CT sim", "Planning CT"))
        return f"Imaging (*): [X] {M('CT', surf)}   [ ] 4DCT   [ ] conventional sim"
    surf = rng.choice(("CT sim", "CT", "CTsim"))
    return f"{M('CT', surf)} {sl}mm {ext}"


def fluoro(ctx, brachy: bool = False) -> str:
    rng = ctx.rng
    if brachy:
        surf = rng.choice(("fluoroscopy", "C-arm fluoroscopy", "orthogonal fluoroscopic images", "fluoro"))
        return rng.choice((f"Seating of the applicator confirmed under {M('fluoroscopy', surf)}.",
                           f"{M('fluoroscopy', surf[0].upper() + surf[1:])} (AP/lateral) showed the applicator seated against the cervix/target."
                           if ctx.reg != "terse" else f"{M('fluoroscopy', surf)} AP/lat - seated"))
    surf = rng.choice(("conventional simulator", "fluoroscopy", "fluoroscopic simulation", "fluoro",
                       "the conventional (fluoro) simulator"))
    if ctx.reg == "prose":
        return rng.choice((
            f"Fields were set under {M('fluoroscopy', surf)}; orthogonal films taken and field edges wired.",
            f"Simulation done on the {M('fluoroscopy', surf)} with the patient in treatment position; borders confirmed live.",
            f"Using {M('fluoroscopy', surf)}, the isocenter was placed and the field outlined on the skin.",
        ))
    if ctx.reg == "check":
        return f"Imaging (*): [ ] CT sim   [X] {M('fluoroscopy', surf)}"
    if ctx.reg == "field":
        return f"Simulation: {M('fluoroscopy', surf)}, AP and lateral films"
    return f"sim on {M('fluoroscopy', surf)}, films x2"


def ultrasound(ctx) -> str:
    rng = ctx.rng
    surf = rng.choice(("transabdominal ultrasound", "ultrasound", "TRUS", "real-time ultrasound"))
    if ctx.reg in ("prose", "field"):
        return rng.choice((
            f"Insertion guided by {M('ultrasound', surf)} to confirm the position within the uterus/target.",
            f"Placement done under {M('ultrasound', surf)} guidance; no perforation seen.",
        ))
    return f"{M('ultrasound', surf)} guided"


def fusion(ctx, modality: str, old_contrast: bool) -> str:
    rng = ctx.rng
    day = ctx.date_before(10, 70)
    if modality == "MRI":
        surf = rng.choice(ctx.mri_names)
        brain = ctx.site.key in ("srs_brain", "whole_brain")
        if old_contrast:
            extra = rng.choice((" (T1 post-gadolinium)", " with gadolinium", " (Gd-enhanced)")
                               + ((" (post-contrast T1 and T2 FLAIR)",) if brain else (" (dynamic contrast-enhanced)",)))
        else:
            extra = "" if "T2" in surf else rng.choice((" (T2 axial)", "", " (3D T1 MPRAGE)" if brain else " (T2 and DWI)"))
    else:
        surf = rng.choice(("PET/CT", "FDG PET/CT", "PET", "PET-CT") if ctx.site.key != "prostate" else
                          ("PSMA PET/CT", "PSMA PET", "PET/CT"))
        extra = rng.choice((" (diagnostic, with IV contrast)", " (contrast-enhanced CT portion)")) if old_contrast else \
            rng.choice(("", " (non-contrast low-dose CT)", f" (SUVmax {rng.randint(4, 19)}.{rng.randint(0, 9)})"))
    target = "the planning CT" if "CT" in ctx.plan.modalities else "the applicator-in-place dataset"
    if ctx.reg == "prose":
        return rng.choice((
            f"The diagnostic {M(modality, surf)} of {day}{extra} was rigidly registered to {target} and used to draw the GTV.",
            f"{M(modality, surf)} dated {day}{extra} fused to the simulation dataset; registration reviewed and approved.",
            f"For delineation we fused the {M(modality, surf)}{extra} from {day}, deformable registration checked by physics.",
        ))
    if ctx.reg == "field":
        return f"Fusion: {M(modality, surf)} {day}{extra} -> {target.replace('the ', '')} (rigid, approved)"
    if ctx.reg == "check":
        return f"Fusion: [X] {M(modality, surf)} {day}{extra}"
    return f"fused {M(modality, surf)} {day}{extra}"


# --------------------------------------------------------------------------------------------- features
def contrast(ctx, route: str) -> str:
    rng = ctx.rng
    ml = rng.choice((50, 60, 75, 80, 90, 100, 110))
    agent = rng.choice(CT_AGENTS)
    if route == "iv":
        surf = rng.choice(("IV contrast", "intravenous contrast", f"IV {agent}", "iodinated IV contrast",
                           "IV contrast bolus"))
        body = rng.choice((
            f"{F('contrast', surf)} given ({ml} mL {agent}) through a {rng.choice((18, 20, 22))} g {rng.choice(('right', 'left'))} antecubital line, scanned at a {rng.choice((35, 45, 60, 70))} s delay",
            f"{F('contrast', surf)} administered per protocol, {ml} mL at {rng.choice(('2', '2.5', '3'))} mL/s; no reaction",
            f"{F('contrast', surf)} injected after the non-contrast series ({ml} mL); creatinine {rng.choice(('0.8', '0.9', '1.0', '1.1', '1.2'))} on {ctx.date_before(2, 14)}",
        ))
    elif route == "oral":
        surf = rng.choice(("oral contrast", "Readi-Cat oral contrast", "dilute barium oral contrast", "PO contrast",
                           "oral Gastrografin"))
        body = rng.choice((f"{F('contrast', surf)} {rng.choice((250, 450, 500))} mL taken {rng.choice((30, 45, 60))} min before the scan",
                           f"{F('contrast', surf)} given on arrival to opacify the small bowel"))
    elif route == "rectal":
        surf = rng.choice(("rectal contrast", "rectal barium", "dilute rectal contrast"))
        body = rng.choice((f"{F('contrast', surf)} instilled ({rng.choice((20, 30, 40))} mL) via soft catheter",
                           f"{F('contrast', surf)} placed to outline the rectal wall"))
    elif route == "vaginal":
        surf = rng.choice(("vaginal contrast", "vaginal contrast gel", "contrast-soaked vaginal packing"))
        body = rng.choice((f"{F('contrast', surf)} placed to mark the vaginal apex",
                           f"{F('contrast', surf)} {rng.choice((5, 10, 15))} mL inserted before the scan"))
    elif route == "bladder":
        surf = rng.choice(("bladder contrast", "intravesical contrast", "Cysto-Conray in the bladder"))
        body = rng.choice((f"{F('contrast', surf)} {rng.choice((60, 80, 100))} mL instilled via Foley",
                           f"Foley placed and {F('contrast', surf)} instilled to show the bladder neck"))
    else:
        surf = rng.choice(("retrograde urethrogram contrast", "urethrogram contrast", "Cysto-Conray urethrogram"))
        body = rng.choice((f"{F('contrast', surf)} injected to define the apex ({rng.choice((5, 10))} mL)",
                           f"Retrograde study with {F('contrast', surf)} to mark the urogenital diaphragm"))
    if ctx.reg == "field":
        return f"Contrast: {body}"
    if ctx.reg == "check":
        return f"Contrast (*): [X] {body}   [ ] none"
    if ctx.reg == "terse":
        return body.replace(" administered", "").replace(" given", "")
    return body[0].upper() + body[1:] + "."


def arc(ctx) -> str:
    rng = ctx.rng
    surf = rng.choice(("VMAT", "RapidArc", "volumetric modulated arc therapy", "helical TomoTherapy",
                       "dynamic conformal arcs", "two full VMAT arcs", "partial-arc VMAT", "arc therapy")
                      if ctx.site.key != "srs_brain" else ("dynamic conformal arcs", "HyperArc", "non-coplanar VMAT arcs",
                                                          "VMAT"))
    if ctx.reg == "prose":
        return rng.choice((
            f"Simulated for {F('arc_rotational', surf)}; collision clearance confirmed through a full gantry rotation at the isocenter.",
            f"Technique for this course is {F('arc_rotational', surf)}, and couch/gantry clearance was checked in the sim room.",
            f"Setup chosen for {F('arc_rotational', surf)} delivery; arms positioned out of the arc path.",
        ))
    if ctx.reg == "field":
        return f"Technique: {F('arc_rotational', surf)} (clearance checked at sim)"
    if ctx.reg == "check":
        return f"Technique (*): [ ] 3D  [ ] IMRT static  [X] {F('arc_rotational', surf)}"
    return f"{F('arc_rotational', surf)} - clearance ok"


def particle(ctx) -> str:
    rng = ctx.rng
    surf = rng.choice(("proton therapy", "pencil-beam scanning proton therapy", "PBS protons",
                       "intensity-modulated proton therapy", "proton beam"))
    if ctx.reg == "prose":
        return rng.choice((
            f"This simulation was performed for {F('particle', surf)}, with range-uncertainty-robust positioning and no metal in the beam path.",
            f"Simulated for {F('particle', surf)} at the partner center; rectal/implant materials checked for proton compatibility.",
        ))
    if ctx.reg == "field":
        return f"Modality: {F('particle', surf)}"
    if ctx.reg == "check":
        return f"Modality (*): [ ] photons  [X] {F('particle', surf)}"
    return f"sim for {F('particle', surf)}"


def shielding(ctx) -> str:
    rng = ctx.rng
    kind = rng.choice(ctx.site.shielding) if ctx.site.shielding else "custom Cerrobend block"
    if ctx.site.key == "skin" and ctx.plan.area_keys:
        kind = rng.choice({"nose": ("intranasal lead shield", "custom electron cutout", "lead eye shield"),
                           "cheek": ("lead eye shield", "custom electron cutout"),
                           "temple": ("lead eye shield", "custom lead cutout"),
                           "lip": ("intraoral lead shield", "custom electron cutout"),
                           }.get(ctx.plan.area_keys[0], ("custom electron cutout", "custom lead cutout",
                                                         "custom Cerrobend electron insert")))
    if ctx.reg == "prose":
        return rng.choice((
            f"{_an(kind).capitalize()} {F('custom_shielding', kind)} was fabricated from the tracing and checked on the patient.",
            f"Mold room made the {F('custom_shielding', kind)}; verified against the skin marks.",
            f"Field shaped with {_an(kind)} {F('custom_shielding', kind)}; fit confirmed.",
        ))
    if ctx.reg == "field":
        return f"Shielding: {F('custom_shielding', kind)} fabricated/verified"
    if ctx.reg == "check":
        return f"Blocking (*): [ ] MLC only  [X] {F('custom_shielding', kind)}"
    return f"{F('custom_shielding', kind)} made + verified"


def complex_blocking(ctx) -> str:
    rng = ctx.rng
    oar = rng.choice(ctx.oars)
    surf = rng.choice(("complex blocking", "Complex blocking"))
    if ctx.reg == "terse":
        return f"{F('complex_blocking', 'complex blocking')} drawn on DRR ({oar})"
    return rng.choice((
        f"{F('complex_blocking', surf)} drawn on the DRR to exclude the {oar}.",
        f"Blocking: {F('complex_blocking', 'complex blocking')} with multiple island blocks around the {oar}.",
    ))


def brachy(ctx) -> str:
    rng = ctx.rng
    apps = ctx.site.brachy
    if ctx.plan.area_keys and ctx.plan.area_keys[0] == "vag":
        apps = ("vaginal cylinder", "multichannel vaginal cylinder")
    elif ctx.plan.area_keys and ctx.plan.area_keys[0] == "cx":
        apps = ("tandem and ring", "tandem and ovoids", "Syed interstitial template", "tandem and ring with needles")
    app = rng.choice(apps)
    surf = rng.choice((f"{app} position verified", "applicator position verified", "applicator verification",
                       "catheter positions verified", "source path verification"))
    hows = ["against the planning images", "before dosimetry", "before treatment"]
    if "CT" in ctx.plan.modalities:
        hows += ["on CT", "on the CT dataset"]
    if "fluoroscopy" in ctx.plan.modalities:
        hows += ["with orthogonal films"]
    if "MRI" in ctx.plan.modalities:
        hows += ["on the same-day MRI"]
    how = rng.choice(hows)
    if ctx.reg == "field":
        return f"Applicator: {app}. Verification: {F('brachytherapy', surf)} {how}"
    if ctx.reg == "check":
        return f"Brachy (*): [X] {F('brachytherapy', surf)} {how}"
    if ctx.reg == "terse":
        return f"{app} in; {F('brachytherapy', surf)} {how}"
    return rng.choice((f"The {app} applicator was placed and {F('brachytherapy', surf)} {how}; packing adjusted once.",
                       f"After insertion of the {app}, {F('brachytherapy', surf)} {how} with no displacement."))


def hyperthermia(ctx) -> str:
    rng = ctx.rng
    surf = rng.choice(("hyperthermia thermometry probe positions verified", "hyperthermia probe verification",
                       "thermometry catheter positions verified"))
    if ctx.reg == "field":
        return f"Hyperthermia: {F('hyperthermia', surf)} on CT (4 probes)"
    if ctx.reg == "terse":
        return f"{F('hyperthermia', surf)} x4"
    return f"At the partner hyperthermia unit, {F('hyperthermia', surf)} on the planning CT before the first session."


FEATURE_WRITERS = {"arc_rotational": arc, "particle": particle, "custom_shielding": shielding,
                   "complex_blocking": complex_blocking, "brachytherapy": brachy, "hyperthermia": hyperthermia}


# --------------------------------------------------------------------------------------------- rationale
RATIONALE = {
    "OAR proximity": (
        "{tgt} lies {mm} mm from the {oar}",
        "the {oar} {is} directly adjacent to {tgt} and {has} to be contoured and spared",
        "{tgt} abuts the {oar} and the {oar2}",
        "the PTV around {tgt} overlaps the {oar} by {mm} mm",
        "there is only {mm} mm between {tgt} and the {oar}",
        "{tgt} presses against the {oar}, so a simple field would overdose it",
        "disease extends to within {mm} mm of the {oar}, with the {oar2} just beyond",
    ),
    "irregular target": (
        "{tgt} is an irregular, lobulated volume spanning {cm} cm",
        "{tgt} is concave around the {oar}",
        "the tumor has an irregular finger-like extension toward the {oar}",
    ),
    "multiple targets": (
        "{kword} separate targets have to be matched without overlap",
        "the targets are non-contiguous and sit at different depths",
        "separate volumes need their own shaping and a clean junction between them",
    ),
    "contrast for delineation": (
        "contrast is needed to separate nodal disease from the adjacent vessels",
        "without contrast the {oar} cannot be told apart from {tgt}",
        "contrast opacification is required to define the {oar} next to {tgt}",
    ),
    "fusion for delineation": (
        "gross disease is visible only on the {mod}, so fusion is required to draw {tgt}",
        "{tgt} cannot be distinguished from surrounding tissue on CT alone and needs the fused {mod}",
        "the {mod} defines the extent of {tgt}, which is invisible on the planning CT",
    ),
    "prior field overlap": (
        "prior radiation to the {prior} overlaps this region; the old fields must be reconstructed to limit cumulative dose to the {oar}",
        "this is re-irradiation next to a previous course ({prior}), and the composite {oar} dose must be tracked",
        "previous treatment of the {prior} abuts the new volume, so a matched junction is needed",
    ),
    "immobilization": (
        "PTSD with severe claustrophobia means a custom {device} had to be built to hold position",
        "bilateral above-knee amputations (IED blast, {year}) require a custom {device} for a reproducible setup",
        "a fixed thoracic kyphosis prevents lying flat, so a custom {device} is required for reproducible setup",
        "rest tremor from Parkinson disease requires a custom {device} and repeat scout checks",
        "a service-connected lumbar injury means a wedge and a custom {device} are needed to tolerate the position",
    ),
    "target motion": (
        "{tgt} moves {mm} mm craniocaudally with breathing, requiring an ITV from the respiratory-correlated scan",
        "respiratory excursion of {mm} mm near the diaphragm requires motion-encompassing volumes",
    ),
    "applicator verification": (
        "applicator position relative to the {oar} and {oar2} must be confirmed before each fraction",
        "catheter geometry shifts between insertions, so positions near the {oar} must be verified on imaging",
    ),
    "custom shielding": (
        "the lesion sits {mm} mm from the {oar}, so a custom cutout and shield are needed to protect it",
        "the field overlies the {oar} and has to be shaped by a custom insert",
    ),
}

RAT_LEADS = {
    "prose": ("Complex simulation is needed because ", "This simulation was complex: ", "Reason: ",
              "Complexity is driven by the anatomy here: ", "Why complex: ", "It is complex because "),
    "field": ("Rationale for complex simulation: ", "Reason for complex sim: ", "Clinical rationale: ",
              "Medical necessity (specific): "),
    "check": ("(*) Rationale for complex simulation: ", "(*) Medical necessity - reason: "),
    "terse": ("why complex- ", "reason: ", "cx sim d/t "),
}


def rationale(ctx, category: str) -> str:
    rng = ctx.rng
    pool = RATIONALE[category]
    if category == "applicator verification" and ctx.site.key == "gyn_brachy":
        pool = pool + ("a narrow, distorted vaginal vault makes applicator geometry uncertain and it must be verified on imaging",)
    if category == "irregular target" and ctx.site.key in ("breast", "sarcoma"):
        pool = pool + ("the surgical bed is irregular with clips spread over {cm} cm",)
    if category == "irregular target" and ctx.site.key in ("lymphoma", "head_and_neck", "lung", "esophagus", "rectum", "anal", "pancreas"):
        pool = pool + ("residual disease is asymmetric and irregular after chemotherapy",)
    tpl = rng.choice(pool)
    oars = list(ctx.oars)
    oar = rng.choice(oars)
    oar2 = rng.choice([o for o in oars if o != oar] or [oar])
    plural = (oar.endswith("s") and not oar.endswith(("us", "is", "ss"))) or oar.endswith("ae")
    text = tpl.format(tgt=ctx.tgt, oar=oar, oar2=oar2, device=ctx.device, **{"is": "are" if plural else "is",
                                                                          "has": "have" if plural else "has"}, mm=rng.randint(2, 9), cm=(rng.randint(1, 4) if ctx.site.key in ("skin", "srs_brain") else rng.randint(5, 14)),
                      kword="several" if ctx.plan.area_mode == "addendum" else NUMWORD.get(ctx.plan.area_count or 0, "several"), mod=ctx.fusion_name,
                      prior=ctx.prior_site, year=rng.randint(2004, 2011))
    lead = rng.choice(RAT_LEADS[ctx.reg])
    if ctx.reg != "terse" and lead.endswith(": "):
        text = text[0].upper() + text[1:]
    end = "" if ctx.reg == "terse" else "."
    return f"{lead}{R(category, text)}{end}"


# --------------------------------------------------------------------------------------------- areas
def area_block(ctx, mode: str) -> str:
    """The treatment-area statement for the plan's areas in one of several forms."""
    rng = ctx.rng
    areas = ctx.areas          # list of (value, name)
    n = ctx.plan.area_count
    marked = [S(v, name) for v, name in areas]
    if mode == "count_only":
        surf = rng.choice((str(n), NUMWORD[n], f"{NUMWORD[n]} ({n})"))
        return rng.choice((f"Number of treatment areas: {C(n, surf)}", f"Treatment areas simulated: {C(n, surf)}",
                           f"Areas: {C(n, surf)} (see plan for names)",
                           f"Set up {C(n, NUMWORD[n])} separate treatment {'area' if n == 1 else 'areas'} today."))
    if mode == "count_named":
        word = rng.choice((NUMWORD[n], str(n)))
        lst = _join(marked, rng)
        noun = "area" if n == 1 else "areas"
        return rng.choice((f"{C(n, word.capitalize() if word.isalpha() else word)} treatment {noun}: {lst}.",
                           f"Treatment {noun} ({C(n, str(n))}): {lst}",
                           f"We simulated {C(n, NUMWORD[n])} {noun} - {lst}."))
    if mode == "numbered":
        lines = [f"  {i}) {m}" for i, m in enumerate(marked, 1)]
        head = rng.choice(("Treatment areas:", "Sites simulated:", "Areas:", "Volumes set up today:"))
        return head + "\n" + "\n".join(lines)
    if mode == "targets":
        lines = [f"Target #{i}: {m}   Rx {ctx.rx()}" for i, m in enumerate(marked, 1)]
        return "\n".join(lines)
    if mode == "iso_table":
        rows = ["ISO  TARGET                              SHIFT FROM REF (cm)"]
        for i, (v, name) in enumerate(areas, 1):
            pad = " " * max(2, 36 - len(name))
            rows.append(f" {i}   {S(v, name)}{pad}{rng.choice(('R', 'L'))}{rng.randint(0, 9)}.{rng.randint(0, 9)} "
                        f"{rng.choice(('A', 'P'))}{rng.randint(0, 6)}.{rng.randint(0, 9)} {rng.choice(('S', 'I'))}{rng.randint(0, 12)}.{rng.randint(0, 9)}")
        return "\n".join(rows)
    if mode == "checkbox":
        boxes = "  ".join(f"[X] {C(k, str(k))}" if k == n else f"[ ] {k}" for k in (1, 2, 3, 4))
        names = _join(marked, rng) if rng.random() < 0.5 else ""
        return f"(*) Number of treatment areas: {boxes}" + (f"\n    Sites: {names}" if names else "")
    # named (prose / terse)
    lst = _join(marked, rng)
    if ctx.reg == "terse":
        return rng.choice((f"areas- {lst}", f"sites: {lst}", f"tx sites {lst}"))
    if ctx.reg == "field":
        return rng.choice((f"Treatment site(s): {lst}", f"Areas simulated: {lst}"))
    return rng.choice((f"Today we simulated the {lst}.", f"Areas set up: {lst}.",
                       f"The simulation covered the {lst}.", f"Volumes marked for treatment: {lst}."))


def _join(items: list[str], rng) -> str:
    if len(items) == 1:
        return items[0]
    if rng.random() < 0.35:
        return "; ".join(items)
    return ", ".join(items[:-1]) + rng.choice((" and ", ", and ", " + ")) + items[-1]


# --------------------------------------------------------------------------------------------- unknown areas
UNKNOWN_AREAS = (
    "Treatment areas: per Eclipse plan",
    "Sites: multiple, see physician directive",
    "Treatment areas: to be finalized with dosimetry",
    "Areas simulated: see tumor board recommendation",
    "Target(s): as contoured by MD",
    "Number of treatment areas: ___",
    "(*) Treatment sites: ",
    "Areas: several (details in the plan)",
)
