"""Writer D's phrase pools: counted evidence (in markup) and the traps (plain text, never spanned).

Every function takes a ``Ctx`` (the note's random stream and filled-in vocabulary) and returns marked-up
text. Evidence surfaces are wrapped in ``<<K:value|surface>>``; trap text carries no markup at all.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

NUM_WORDS = {1: "one", 2: "two", 3: "three", 4: "four"}


@dataclass
class Ctx:
    """Per-note vocabulary filled in once (so a note stays internally consistent)."""

    rng: random.Random
    site: str
    side: str
    other: str
    target: str
    oar: str
    oar2: str
    prior: str
    year: int
    date: str
    age: int
    md: str
    extra: dict[str, str] = field(default_factory=dict)

    def pick(self, options: tuple[str, ...] | list[str]) -> str:
        """Return one option chosen by the note's random stream."""
        return options[self.rng.randrange(len(options))]


def mk(code: str, value: str, surface: str) -> str:
    """Wrap a surface in evidence markup."""
    return f"<<{code}:{value}|{surface}>>"


# ---------------------------------------------------------------- rationale
RATIONALE_CLAUSES: dict[str, tuple[str, ...]] = {
    "OAR proximity": (
        "the {target} lies within a few millimetres of the {oar}",
        "the {target} directly abuts the {oar}",
        "the {oar} sits immediately next to the {target} and must be spared",
        "the {target} is in contact with the {oar} and the {oar2}",
        "tight dose fall-off is needed between the {target} and the {oar}",
    ),
    "irregular target": (
        "the {target} is irregular and wraps around the {oar}",
        "a concave, irregularly shaped {target} that conventional fields cannot cover",
        "the {target} has an irregular horseshoe shape around the {oar}",
    ),
    "multiple targets": (
        "separate targets must be matched without gaps or overlap at the junctions",
        "several non-contiguous targets need individual shaping and junction planning",
        "the nodal and primary volumes are separate and need their own setup",
    ),
    "contrast for delineation": (
        "contrast is needed to tell the {target} apart from adjacent bowel and vessels",
        "vessels and nodes cannot be separated on a non-contrast scan",
        "contrast is required to delineate the {target} against the {oar}",
    ),
    "fusion for delineation": (
        "the {target} is only seen well on {fusion} and needs registration for contouring",
        "{fusion} registration is required to define the {target}",
        "the {target} is poorly seen on CT alone and is contoured on the fused {fusion}",
    ),
    "prior field overlap": (
        "the new volume overlaps the {prior} treated in {year}",
        "there is potential overlap with the {prior} ({year}) and the composite dose must be matched",
        "previous radiation ({prior}, {year}) abuts the current target",
    ),
    "immobilization": (
        "custom immobilisation is needed because of severe kyphosis and inability to lie flat",
        "pain and tremor require a custom-moulded immobilisation device to hold position",
        "the patient cannot maintain position without custom immobilization",
    ),
    "anesthesia/immobilization": (
        "at {age} years the child cannot lie still and needs general anesthesia with custom immobilization",
        "age {age}: daily anesthesia and a custom mould are required for reproducible setup",
        "the child ({age} y) cannot cooperate without sedation, so setup is under anaesthesia with a custom device",
    ),
    "applicator verification": (
        "applicator position relative to the {oar} and {oar2} must be verified before dosimetry",
        "the applicator geometry must be confirmed against the {oar} before treatment",
    ),
    "custom shielding": (
        "the {oar} must be shielded with a custom block",
        "the {oar} lies in the field and needs patient-specific shielding",
    ),
    "target motion": (
        "the {target} moves several centimetres with respiration",
        "respiratory excursion of the {target} exceeds 1 cm",
        "marked breathing motion of the {target} must be captured",
    ),
}

RATIONALE_LEADS: tuple[str, ...] = (
    "Complex simulation is required because {r}.",
    "Rationale for complex sim: {r}.",
    "Indication for complex simulation: {r}.",
    "Why complex: {r}.",
    "This simulation is complex as {r}.",
    "Medical necessity: {r}.",
    "Complex sim justified: {r}.",
    "Reason — {r}.",
)

BARE_ASSERTIONS: tuple[str, ...] = (
    "Complex simulation is medically necessary.",
    "Sim complexity: complex (per MD).",
    "This is a complex simulation.",
    "Patient requires complex simulation.",
    "Complex treatment simulation indicated and medically necessary for this patient.",
    "Complexity level: high.",
    "Meets criteria for complex simulation.",
)


def rationale(ctx: Ctx, category: str, lead: bool = True) -> str:
    """Return a rationale sentence (evidence) for the given reason category."""
    clause = ctx.pick(RATIONALE_CLAUSES[category]).format(**fill(ctx))
    marked = mk("R", category, clause)
    if not lead:
        return marked
    return ctx.pick(RATIONALE_LEADS).format(r=marked)


def fill(ctx: Ctx) -> dict[str, object]:
    """Return the per-note vocabulary as a format mapping."""
    base: dict[str, object] = {
        "target": ctx.target,
        "oar": ctx.oar,
        "oar2": ctx.oar2,
        "prior": ctx.prior,
        "year": ctx.year,
        "age": ctx.age,
        "side": ctx.side,
        "other": ctx.other,
        "S": ctx.side[0].upper(),
        "date": ctx.extra.get("pdate", ctx.date),
        "dos": ctx.date,
        "fusion": ctx.extra.get("fusion", "MRI"),
    }
    base.update(ctx.extra)
    return base


# ---------------------------------------------------------------- areas
def areas_text(ctx: Ctx, areas: list[tuple[str, str]], form: str) -> str:
    """Return the area evidence for the chosen areas in one of several forms."""
    n = len(areas)
    sites = [mk("S", norm, surf) for surf, norm in areas]
    if n == 1:
        listed = sites[0]
    elif n == 2:
        listed = f"{sites[0]} and {sites[1]}"
    else:
        listed = ", ".join(sites[:-1]) + f", and {sites[-1]}"
    word = NUM_WORDS[n]
    if form == "count_list":
        return ctx.pick(
            (
                f"Treatment areas ({mk('C', str(n), str(n))}): {listed}.",
                f"{mk('C', str(n), word.capitalize())} treatment area{'s' if n > 1 else ''} simulated: {listed}.",
                f"Simulated {mk('C', str(n), word)} separate area{'s' if n > 1 else ''} — {listed}.",
                f"# of tx areas = {mk('C', str(n), str(n))} ({listed}).",
            )
        )
    if form == "list":
        return ctx.pick(
            (
                f"Sites simulated: {' / '.join(sites)}.",
                f"Areas set up today: {listed}.",
                f"Targets: {'; '.join(sites)}.",
                f"Fields set for {listed}.",
            )
        )
    if form == "iso":
        parts = [f"iso {i + 1} - {s}" for i, s in enumerate(sites)]
        return "Isocentres placed: " + ", ".join(parts) + "."
    if form == "count_only":
        return ctx.pick(
            (
                f"{mk('C', str(n), word.capitalize())} treatment area{'s' if n > 1 else ''}.",
                f"Number of treatment areas: {mk('C', str(n), str(n))}.",
                f"Total areas this course: {mk('C', str(n), word)}.",
            )
        )
    if form == "checkbox":
        boxes = []
        for k in (1, 2, 3):
            if k == min(n, 3) and n <= 3:
                boxes.append(f"[x] {mk('C', str(n), str(n))}")
            else:
                boxes.append(f"[ ] {k}" if k < 3 else "[ ] 3+")
        if n > 3:
            boxes.append(f"[x] {mk('C', str(n), str(n))}")
        return "No. of areas: " + "  ".join(boxes) + f"  ({listed})"
    raise ValueError(form)


def single_area_many_beams(ctx: Ctx, area: tuple[str, str], kind: str = "") -> str:
    """Return a one-area statement that lists many beams/fields/arcs on that single target (trap)."""
    surf, norm = area
    s = mk("S", norm, surf)
    n = ctx.rng.choice((5, 7, 9))
    if kind == "arc":
        return ctx.pick(
            (
                f"Single isocentre on the {s}; all arcs aimed at this one target.",
                f"{s} only - two full arcs plus one partial arc, one iso (one treatment area).",
            )
        )
    if kind == "proton":
        return ctx.pick(
            (
                f"Three proton beam angles, all to the {s} (one area).",
                f"{s}: 2-3 fields, single target, robust optimisation.",
            )
        )
    return ctx.pick(
        (
            f"{n}-field IMRT to the {s}, single isocentre.",
            f"{s}: {n} coplanar beams, one iso, gantry 0/40/80/280/320.",
            f"Beam arrangement: {n} static fields, all to the {s} (one area).",
            f"Opposed laterals plus AP/PA (4 fields) to the {s}; single treatment area.",
        )
    )


UNKNOWN_AREAS: tuple[str, ...] = (
    "Targets: {generic}.",
    "Treatment area(s): {generic}; count to be confirmed at contouring.",
    "Areas — see physician directive ({generic}).",
)

# ---------------------------------------------------------------- features
ARC_SURFACES = (
    "VMAT",
    "volumetric modulated arc therapy",
    "RapidArc",
    "2 full arcs",
    "helical tomotherapy",
    "dynamic conformal arcs",
    "arc therapy",
)
PROTON_SURFACES = (
    "pencil-beam scanning proton therapy",
    "PBS protons",
    "IMPT",
    "proton therapy",
    "intensity-modulated proton therapy",
)
CONTRAST_AGENTS = ("Omnipaque 350", "Isovue 300", "Visipaque", "Optiray 320")


def feature_line(ctx: Ctx, feature: str, surface: str) -> str:
    """Return one affirmed sentence documenting a complexity feature for this simulation."""
    s = mk("F", feature, surface)
    if feature == "contrast":
        low = surface.lower()
        if "oral" in low or "po " in low or low.startswith("po") or "barium" in low or "bowel" in low:
            return ctx.pick(
                (
                    f"{s} given 45 min before scanning to opacify bowel.",
                    f"Pt drank {s} (450 mL) prior to scan.",
                    f"{s} administered per protocol; stomach/bowel opacified.",
                )
            )
        if "rectal" in low or "vaginal" in low or "bladder" in low or "urethrogram" in low:
            return ctx.pick(
                (
                    f"{s} instilled via catheter before the scan.",
                    f"{s} placed to outline the {ctx.oar} / target interface.",
                    f"Administered {s} under therapist supervision; tolerated well.",
                )
            )
        agent = ctx.pick(CONTRAST_AGENTS)
        return ctx.pick(
            (
                f"{s} given ({agent}, {ctx.rng.choice((75, 80, 100))} mL) after creatinine check.",
                f"Scan acquired with {s} ({agent}) via 20g antecubital IV.",
                f"{s} administered, {agent}; no reaction.",
                f"Post-{s} series obtained for vessel/node definition.",
            )
        )
    if feature == "arc_rotational":
        return ctx.pick(
            (
                f"Simulated for {s} delivery.",
                f"Technique: {s}.",
                f"Planned delivery: {s}, coplanar, clearance checked at sim.",
                f"Setup verified for {s}; gantry clearance confirmed in all arc positions.",
            )
        )
    if feature == "particle":
        return ctx.pick(
            (
                f"Simulated for {s}.",
                f"Modality: {s} (range-uncertainty margins to be applied).",
                f"Treatment will be {s}; dual-energy CT acquired for stopping-power conversion.",
            )
        )
    if feature == "custom_shielding":
        oar = "lungs" if "lung" in surface else ctx.oar
        return ctx.pick(
            (
                f"{s} fabricated today to shield the {oar}.",
                f"{s} designed from the clinical markup and checked on the pt.",
                f"A {s} was made and fitted at simulation.",
            )
        )
    if feature == "complex_blocking":
        return ctx.pick(
            (
                f"{s} required around the {ctx.oar} (drawn on DRRs at sim).",
                f"Fields need {s} to spare the {ctx.oar}.",
            )
        )
    if feature == "brachytherapy":
        return ctx.pick(
            (
                f"{s} on imaging prior to planning.",
                f"{s}; no displacement after packing.",
                f"{s} — geometry acceptable relative to the {ctx.oar}.",
            )
        )
    if feature == "hyperthermia":
        return ctx.pick(
            (
                f"{s} on the planning scan.",
                f"{s}: probe tip within the {ctx.target}.",
            )
        )
    raise ValueError(feature)


# ---------------------------------------------------------------- modalities
def ct_line(ctx: Ctx, four_d: bool) -> str:
    """Return the planning-CT sentence (4DCT when motion is managed)."""
    if four_d:
        s = mk("M", "CT", ctx.pick(("4DCT", "4D-CT", "4DCT")))
        dev = ctx.pick(("RPM block", "Anzai belt", "SGRT surface tracking", "bellows"))
        return ctx.pick(
            (
                f"{s} acquired with {dev}, 10 phases; MIP/AIP reconstructed.",
                f"Free-breathing {s} ({dev}) for ITV definition.",
                f"Respiratory-correlated {s} obtained; amplitude reviewed with physics.",
            )
        )
    s = mk("M", "CT", ctx.pick(("CT", "CT", "CT simulation", "planning CT", "CT sim")))
    slice_mm = ctx.rng.choice((1.25, 2, 2.5, 3))
    return ctx.pick(
        (
            f"{s} acquired supine, {slice_mm} mm slices.",
            f"Scanned on the large-bore {s} scanner, {slice_mm} mm.",
            f"{s} performed; reference marks tattooed, images sent to planning.",
            f"Pt scanned ({s}) head-first supine, {slice_mm} mm cuts.",
        )
    )


def fusion_line(ctx: Ctx, modality: str, with_old_contrast: bool) -> str:
    """Return a sentence registering an earlier diagnostic scan to the planning CT (counts as a modality)."""
    surf = {
        "MRI": ctx.pick(("MRI", "MR", "MRI")),
        "PET": ctx.pick(("PET/CT", "FDG-PET", "PET")),
    }[modality]
    s = mk("M", modality, surf)
    seq = ""
    pdate = ctx.extra.get("pdate", ctx.date)
    if with_old_contrast:
        seq = " (T1 post-gadolinium)" if modality == "MRI" else " (with IV contrast)"
    return ctx.pick(
        (
            f"Diagnostic {s}{seq} from {pdate} fused to the planning CT for target delineation.",
            f"Rigid registration of {s}{seq} ({pdate}) to sim CT; contours drawn on the fusion.",
            f"{s}{seq} of {pdate} co-registered for contouring.",
        )
    )


def brachy_modality_line(ctx: Ctx, modality: str) -> str:
    """Return an imaging sentence for an applicator procedure (fluoro, ultrasound, MRI, CT)."""
    if modality == "fluoroscopy":
        s = mk("M", "fluoroscopy", ctx.pick(("fluoroscopy", "C-arm fluoroscopy", "fluoro")))
        return f"Orthogonal {s} images obtained of the applicator."
    if modality == "ultrasound":
        s = mk("M", "ultrasound", ctx.pick(("ultrasound", "transabdominal ultrasound", "TRUS")))
        return f"{s} guidance used for insertion; no perforation seen."
    if modality == "MRI":
        s = mk("M", "MRI", "MRI")
        return f"{s} with applicator in place obtained for HR-CTV contouring."
    raise ValueError(modality)


# ---------------------------------------------------------------- traps (plain text only)
NEGATED_FEATURE = {
    "contrast": ("No IV contrast (eGFR 27).", "Contrast not given - pt declined.", "No contrast used for this scan."),
    "arc_rotational": ("Not a VMAT case; 3D conformal.", "No arc technique planned.", "Static fields only, no arcs."),
    "particle": ("Not a proton candidate (insurance denial).", "Protons not pursued.", "Photon plan, not protons."),
    "custom_shielding": ("No custom blocks needed.", "No Cerrobend block made.", "Custom cutout not required."),
    "complex_blocking": ("No complex blocking.", "Blocking: none beyond standard MLC."),
    "brachytherapy": ("No applicator placed today.", "Brachytherapy not part of this course."),
    "hyperthermia": ("No hyperthermia.", "Hyperthermia not offered."),
}
PLANNED_FEATURE = {
    "contrast": (
        "Will consider IV contrast at re-sim if nodes are hard to see.",
        "May need oral contrast at the boost sim.",
        "IV contrast to be given at a later scan once creatinine is rechecked.",
    ),
    "arc_rotational": ("VMAT vs 3D to be decided at planning.", "May convert to VMAT if OAR constraints not met."),
    "particle": ("Proton referral pending; may switch to PBS if approved.", "Will discuss protons at tumour board."),
    "custom_shielding": ("May need a custom block for the boost - TBD.", "Custom cutout to be made at a later visit."),
    "complex_blocking": ("Complex blocking may be needed for phase 2.",),
    "brachytherapy": ("Brachytherapy boost to follow EBRT (applicator in week 5).", "HDR boost planned after EBRT."),
    "hyperthermia": ("Hyperthermia referral to be discussed.",),
}
NEGATED_MODALITY = {
    "MRI": ("No MRI fusion (pacemaker).", "MRI not performed.", "No MR registration done."),
    "PET": ("No PET available for fusion.", "PET not used."),
    "fluoroscopy": ("Fluoroscopy not used.",),
    "ultrasound": ("No ultrasound guidance needed.",),
    "CT": ("No CT obtained; clinical setup only.", "No imaging performed."),
}
PLANNED_MODALITY = {
    "MRI": ("MRI fusion to be added once the 3T slot is available.", "Will obtain planning MRI next week and fuse."),
    "PET": ("PET/CT ordered; will register when available.", "Repeat PET planned before boost."),
    "fluoroscopy": ("Fluoro verification at first HDR fraction.",),
    "ultrasound": ("Will use ultrasound at time of implant.",),
}
BLANK_FIELDS = {
    "contrast": ("Contrast: ***", "Contrast: ___", "Contrast agent/volume: ***"),
    "arc_rotational": ("Technique: ***", "Delivery: ___"),
    "particle": ("Particle type: ***",),
    "custom_shielding": ("Custom blocks: ___", "Cutout: ***"),
    "complex_blocking": ("Blocking: ***",),
    "brachytherapy": ("Applicator: ***",),
    "hyperthermia": ("Hyperthermia: ___",),
    "MRI": ("MRI fusion: ***", "Fusion: ___"),
    "PET": ("PET fusion: ***",),
    "rationale": ("Medical necessity/rationale: ***", "Reason for complex sim: ___"),
    "areas": ("Treatment areas: ***", "No. of areas: ___"),
}
UNCHECKED = {
    "contrast": "IV contrast",
    "arc_rotational": "VMAT/arc",
    "particle": "Protons",
    "custom_shielding": "Custom blocks",
    "complex_blocking": "Complex blocking",
    "brachytherapy": "Applicator verification",
    "hyperthermia": "Hyperthermia probe",
}
HISTORICAL_CONTRAST = (
    "CT chest/abdomen/pelvis with IV contrast on {date}: no distant disease.",
    "Outside contrast-enhanced CT ({date}) reviewed; unchanged.",
    "CT A/P w/ oral and IV contrast {date} showed no adenopathy.",
)
COPY_FORWARD = (
    "Copied from {year} sim note (prior course): 'IV contrast given, custom Cerrobend blocks, 3 treatment areas, "
    "MRI fused.'",
    "[Prior course {year} - carried forward] contrast: yes; technique: VMAT; areas: 3.",
    "Previous simulation ({year}, copied forward): tomotherapy, oral contrast, PET fusion.",
    "Prior course: simulated {year} with IV contrast and custom blocks to 3 sites (for reference only).",
)
OTHER_PERSON = (
    "Pt's husband was treated here in {year} with proton therapy and she asks whether she will need the same.",
    "Daughter (also our patient) had an IV contrast reaction last month; pt anxious about contrast.",
    "Sister had breast RT with custom blocks in {year}.",
    "Accompanied by her brother, who had an MRI-guided plan here last year.",
    "Mother: breast ca treated w/ lumpectomy + RT incl. supraclavicular and axillary fields ({year}).",
)
ORDER_ITEMS = {
    "contrast": "IV contrast",
    "arc_rotational": "VMAT",
    "particle": "proton sim",
    "custom_shielding": "custom blocks",
    "complex_blocking": "complex blocking",
    "MRI": "MRI fusion",
    "PET": "PET fusion",
}
NOT_DONE = {
    "contrast": (
        "IV contrast was ordered but not given (no IV access).",
        "Ordered contrast not administered - Cr 2.3.",
    ),
    "arc_rotational": ("VMAT in the order not used; 3D plan chosen at sim.",),
    "particle": ("Proton sim ordered but pt simulated for photons.",),
    "custom_shielding": ("Custom blocks in the order were not made.",),
    "complex_blocking": ("Complex blocking ordered but not needed.",),
    "MRI": ("MRI fusion ordered but not done (MRI not yet performed).",),
    "PET": ("PET fusion in the order not done - PET not available.",),
}
RETRACTED = {
    "contrast": (
        "IV contrast given.",
        "Addendum: correction - IV contrast was NOT given (line infiltrated before injection); the statement above "
        "is in error.",
    ),
    "arc_rotational": (
        "Technique: VMAT.",
        "Addendum: correction - pt simulated for a 3-field 3D plan, not VMAT; disregard the technique line above.",
    ),
    "MRI": (
        "MRI fused for contouring.",
        "Addendum: the MRI could not be registered (different position) and was not used; no fusion for this sim.",
    ),
    "custom_shielding": (
        "Custom block made.",
        "Addendum {dos}: no custom block was fabricated - MLC only. Corrects the line above.",
    ),
}
MLC_ONLY = (
    "Field shaping: MLC only, no custom blocks.",
    "Standard MLC shaping; nothing custom poured.",
    "Blocks: MLC (standard), no Cerrobend.",
)
IMMOB_DEVICE = (
    "Custom Vac-Lok bag made and indexed.",
    "Thermoplastic mask moulded today.",
    "Custom foam cradle fabricated.",
)
MOTION_NOT_FEATURE = (
    "DIBH coached; breath-hold reproducible within 2 mm on SGRT.",
    "Abdominal compression plate applied (motion management only).",
)
BOLUS = (
    "0.5 cm bolus on the scar for the first half of the course.",
    "Tissue-equivalent bolus 1 cm placed over the site.",
)
PRIOR_COURSE_SITE = (
    "Prior RT: {prior} ({year}) - not being treated this course.",
    "Hx of {prior} in {year}; that area is not part of the current plan.",
)
CONTRAST_ALLERGY = (
    "iodinated contrast (anaphylaxis) - no contrast to be used.",
    "IV contrast - hives; NKDA otherwise.",
)
