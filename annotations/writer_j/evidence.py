"""Evidence phrasing: rationale, feature, modality and area sentences with inline marks."""

from __future__ import annotations

import random

from .markup import mark
from .plan import Plan
from .sites import Area

NUM_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


def target_name(plan: Plan, rng: random.Random) -> str:
    """A plain name for the main target (never a countable site when areas are unknown)."""
    if plan.area_mode == "vague" or not plan.areas:
        return rng.choice(("target", "lesions", "treated volume", "gross disease"))
    return rng.choice(plan.areas[0].names)


def _oars(plan: Plan, rng: random.Random) -> tuple[str, str]:
    a, b = rng.sample(plan.site.oars, 2) if len(plan.site.oars) > 1 else (plan.site.oars[0], plan.site.oars[0])
    return a, b


RATIONALE: dict[str, tuple[str, ...]] = {
    "OAR proximity": (
        "on review of the images [[the {o1} is draped directly across the anterior surface of the {t}]]",
        "[[critical structure ({o1}) within {mm} mm]]",
        "dose to the {o2} matters less than [[the {o1}, which touches the {t} on several slices]]",
        "we discussed at chart rounds that [[the {o1} sits right at the edge of the planned volume]]",
        "[[the {t} is inseparable from the {o1} at its medial border]]",
        "[[pt has gross tumor abutting the {o1}]]",
        "OARs: [[{o1} immediately adjacent, {o2} within {mm} mm]]",
        "what makes this hard is that [[the {o1} and the {t} share a border]]",
        "[[the {o1} runs along the entire posterior margin of the target]]",
        "her anatomy is unfavorable: [[the {o1} crowds the {t}]]",
        "the {t} sits {mm} mm from the {o1}, so [[margins must be sculpted away from the {o1}]]",
        "[[tumor abuts the {o1} and wraps toward the {o2}]], which is why a full 3D simulation was needed",
        "she has [[disease within {mm} mm of the {o1}]] and we need to be very precise with dose falloff",
        "[[the {o1} lies immediately adjacent to the {t}]]",
        "complex sim needed because [[the {t} is right up against the {o1} and {o2}]]",
        "[[proximity of the {o1} ({mm} mm) to the {t}]] requires contouring of the OARs on every slice",
        "given [[the {o1} is directly draped over the target]] we need a careful CT based setup",
        "Reason for complex simulation: [[{o1} and {o2} both within the high-dose region around the {t}]]",
        "we are trying to [[spare the {o1}, which is only {mm} mm from the gross disease]]",
        "[[{o1} tolerance is limiting given its position right next to the {t}]]",
        "his [[{t} is abutting the {o1}]] and dose to the {o2} also needs to be kept low",
        "[[the {o1} overlaps the posterior edge of the {t} on the diagnostic images]]",
    ),
    "irregular target": (
        "[[target is a long, curved volume that changes shape from slice to slice]]",
        "[[the {t} has satellite nodularity that makes the volume irregular]]",
        "[[irregular target: extends around the {o1} in a C-shape]]",
        "pt's [[tumor bed is irregular with multiple surgical clips spread out]]",
        "we need conformal shaping because [[the volume is dumbbell shaped]]",
        "[[gross disease with irregular, infiltrative borders]]",
        "[[the recurrence tracks along the scar in a serpiginous pattern]]",
        "[[the {t} is an irregular, lobulated volume]] that cannot be covered with simple fields",
        "the [[target has a horseshoe shape wrapping around the {o1}]]",
        "[[irregularly shaped target with finger-like extension toward the {o2}]]",
        "because of the [[concave, irregular contour of the {t}]] a CT-based volumetric sim is required",
        "[[the tumor bed is irregular after surgery, with clips scattered over {mm} mm]]",
        "Complexity: [[asymmetric, irregular target volume]]",
        "[[the {t} extends in an oblique, irregular pattern]] that needs 3D definition",
        "[[the postoperative cavity is multilobulated]] and poorly approximated by a box",
        "the shape is odd, [[a crescent-shaped target following the {o1}]]",
    ),
    "multiple targets": (
        "[[two or more separate volumes must be matched at the junction]]",
        "complexity here is the [[number of separate targets, each needing its own setup point]]",
        "[[nodal and primary volumes are non-contiguous]]",
        "[[separate isocenters required for the separate targets]]",
        "we are covering [[disjoint volumes that cannot be encompassed in one field set]]",
        "[[separate targets that each need their own isocenter or matched fields]]",
        "we are treating [[several distinct volumes at once, with field junctions to manage]]",
        "[[multiple non-contiguous target volumes]] require careful junction planning",
        "complexity comes from [[treating more than one region simultaneously, with abutting fields]]",
        "[[distinct nodal and primary targets that must be matched without overlap]]",
        "Reason: [[multiple targets with different dose levels]]",
    ),
    "contrast for delineation": (
        "[[the nodes are isodense with vessels unless contrast is on board]]",
        "[[contrast needed to separate the {t} from adjacent bowel loops]]",
        "used contrast since [[the {o1} cannot otherwise be told apart from the target]]",
        "[[without opacification the {o1} and the {t} blend together]]",
        "the reason for contrast: [[to outline the {o1} next to the target]]",
        "[[contrast is needed to see the {t} against the surrounding soft tissue]]",
        "[[without contrast the {t} cannot be separated from the {o1}]]",
        "[[the {o1} must be opacified to distinguish it from the target]]",
        "contrast was used because [[the nodal targets are only visible with enhancement]]",
        "[[IV contrast required to delineate the vessels and nodal stations]]",
        "Reason for contrast: [[tumor margin poorly defined on noncontrast CT]]",
        "[[needed contrast to tell bowel from the {t}]]",
    ),
    "fusion for delineation": (
        "[[extent of the {t} is only visible on the registered scan]]",
        "[[the CT underestimates the tumor; registration required to contour]]",
        "I drew the GTV on the fused images because [[the {t} is invisible on the planning CT]]",
        "[[the enhancing margin is seen only on the fused study]]",
        "[[target definition requires the co-registered dataset]]",
        "[[the {t} is poorly visualized on CT and is defined on the fused images]]",
        "[[GTV delineation relies on the registered images]] because the CT alone underestimates the disease",
        "[[fusion was necessary to define the extent of the {t}]]",
        "Reason: [[soft-tissue extent not seen on CT, requires registered imaging for contouring]]",
        "[[the {t} is isodense on CT]], so the fused scan was used to draw it",
        "we fused because [[the target cannot be seen on the planning CT alone]]",
    ),
    "prior field overlap": (
        "[[prior RT in {yr} to an adjacent field; overlap region must be reconstructed]]",
        "this is [[a re-treatment with overlap of the prior {o1} dose]]",
        "[[previously irradiated in {yr}; new volume overlaps the old high-dose region]]",
        "[[cumulative dose to the {o1} from the {yr} course limits us]]",
        "[[he had prior radiation to this region in 2019 and the new fields overlap the old ones]]",
        "[[re-irradiation: overlap with the prior {o1} field]] means composite dose must be calculated",
        "[[previous course abuts the current target]], requiring reconstruction of the old plan",
        "Reason for complexity: [[overlap with prior treatment field, cumulative {o1} dose a concern]]",
        "[[she was treated here in 2021 to an adjacent area and the fields now overlap]]",
        "[[prior RT to the {o1} region]] so the junction with the old field has to be matched exactly",
    ),
    "immobilization": (
        "[[morbid obesity and limited mobility require a custom {dev}]]",
        "[[patient cannot keep arms overhead due to a frozen shoulder, so a custom {dev} was built]]",
        "[[severe claustrophobia: open-face custom device made so she can tolerate daily setup]]",
        "[[involuntary movements from his neurologic condition require custom immobilization]]",
        "[[prior hip replacement and contracture; custom cradle needed for a reproducible position]]",
        "[[she cannot hold still without a custom device because of tremor]]",
        "[[custom immobilization needed: severe kyphosis, cannot lie flat]]",
        "[[patient has a Parkinsonian tremor and required a custom-molded {dev}]]",
        "[[he needs a custom {dev} because of chronic back pain and scoliosis]]",
        "Reason: [[reproducibility of setup requires a custom {dev} given his body habitus]]",
        "[[arthritis in both shoulders limits arm positioning, so a custom device was molded]]",
        "[[unable to tolerate a standard position; custom {dev} fabricated to make setup reproducible]]",
    ),
    "anesthesia/immobilization": (
        "[[too young to hold still; general anesthesia needed]]",
        "[[requires deep sedation to be immobilized for the scan]]",
        "[[the patient is a toddler and cannot be immobilized without anesthesia]]",
        "[[the child requires general anesthesia to remain still]] for simulation and treatment",
        "[[age {age}, cannot cooperate, sim done under propofol sedation]]",
        "[[sedation required for immobilization given the patient's age]]",
        "[[needs anesthesia for immobilization]]; anesthesia team from the children's hospital present",
        "[[unable to lie still awake at {age} years old, so general anesthesia was used]]",
    ),
    "applicator verification": (
        "[[need imaging to verify the applicator against the {o1}]]",
        "[[verify applicator placement because of a narrow, distorted vaginal vault]]",
        "[[tandem angle must be confirmed on imaging]]",
        "[[the applicator position must be verified relative to the cervix and {o1}]] before planning",
        "[[applicator placement needs imaging confirmation]] given the distorted anatomy",
        "[[verification of the tandem position relative to the uterine fundus was needed]]",
        "Reason: [[confirm applicator geometry and {o1} distance before dosimetry]]",
        "[[the cylinder must be checked against the vaginal apex on imaging]]",
    ),
    "custom shielding": (
        "[[custom cutout required because the {o1} is within the field edge]]",
        "[[eye/lens shielding must be custom-made for this lesion location]]",
        "[[the lesion's margin sits on the {o1}, so a custom shield is needed]]",
        "[[the lesion sits close to the {o1}, so a custom cutout is needed to shield it]]",
        "[[custom shielding required to protect the {o1}]]",
        "[[need a custom block to shield the {o1} from the beam]]",
        "Reason: [[irregular lesion border next to the {o1}, requiring custom shielding]]",
        "[[the {o1} has to be blocked with a custom-shaped shield]]",
    ),
    "target motion": (
        "[[the tumor moves {mm} mm with each breath]]",
        "[[lesion motion with respiration is large, about {mm} mm]]",
        "[[diaphragmatic motion moves the target substantially]]",
        "[[the target shifts with breathing, so an internal target volume is needed]]",
        "[[the {t} moves {mm} mm with respiration]] so an ITV approach was needed",
        "[[significant tumor excursion with breathing]] required motion assessment",
        "[[respiratory motion of the target, about {mm} mm craniocaudal]]",
        "Reason: [[tumor moves with breathing; ITV needed]]",
        "[[the lesion is near the diaphragm and moves substantially with respiration]]",
    ),
}

BARE_ASSERTIONS = (
    "Complex simulation was medically necessary.",
    "Complex simulation required per protocol.",
    "This simulation meets criteria for complex simulation.",
    "Medically necessary complex sim performed.",
    "Complexity: complex.",
    "Complex simulation indicated per department policy.",
    "Simulation complexity: high, as medically necessary.",
    "I certify that complex simulation was required.",
)


def rationale_sentence(plan: Plan, category: str, rng: random.Random) -> str:
    """A sentence carrying one marked rationale of the given category."""
    o1, o2 = _oars(plan, rng)
    template = rng.choice(RATIONALE[category])
    filled = template.format(
        t=target_name(plan, rng),
        o1=o1,
        o2=o2,
        mm=rng.randint(2, 14),
        dev=rng.choice(plan.site.devices),
        age=rng.randint(2, 6),
        yr=rng.choice((2016, 2018, 2019, 2021, 2022)),
    )
    start, rest = filled.split("[[", 1)
    inner, end = rest.split("]]", 1)
    if not start:
        inner = inner[0].upper() + inner[1:]
    sentence = start[:1].upper() + start[1:] + mark("R", category, inner) + end
    return sentence.rstrip(".") + "."


CONTRAST = {
    "IV": (
        "{m} ({agent} {ml} mL) was given through a {g}g antecubital IV",
        "{m} administered, {agent} {ml} mL, no reaction",
        "scan obtained with {m}",
        "{m}: {agent}, {ml} mL at 2 mL/s",
    ),
    "oral": (
        "{m} (barium, {ml} mL) taken {mins} minutes before the scan",
        "patient drank {m} at {mins} minutes pre-scan",
    ),
    "rectal": (
        "{m} instilled to outline the rectum",
        "{m} given ({ml} mL dilute Gastrografin)",
    ),
    "vaginal": (
        "{m} placed with a marker",
        "{m} gel inserted to outline the vaginal canal",
    ),
    "bladder": (
        "{m} instilled via Foley ({ml} mL)",
        "{m} given through catheter to outline the bladder",
    ),
}
CONTRAST_WORDS = {
    "IV": ("IV contrast", "intravenous contrast", "IV iodinated contrast"),
    "oral": ("oral contrast", "PO contrast"),
    "rectal": ("rectal contrast",),
    "vaginal": ("vaginal contrast",),
    "bladder": ("bladder contrast", "intravesical contrast"),
}


def feature_sentence(plan: Plan, feature: str, rng: random.Random) -> str:
    """A sentence documenting one feature as done at this simulation."""
    if feature == "contrast":
        kind = plan.contrast_kind
        word = mark("F", "contrast", rng.choice(CONTRAST_WORDS[kind]))
        s = rng.choice(CONTRAST[kind]).format(
            m=word,
            agent=rng.choice(("Omnipaque 350", "Isovue 370", "Visipaque 320")),
            ml=rng.choice((60, 75, 80, 90, 100)),
            g=rng.choice((20, 22)),
            mins=rng.choice((30, 45, 60)),
        )
    elif feature == "arc_rotational":
        tech = rng.choice(
            ("VMAT", "volumetric modulated arc therapy", "RapidArc", "helical TomoTherapy", "arc therapy")
        )
        s = rng.choice(
            (
                "simulated for {t} delivery, {n} arcs",
                "technique: {t} ({n} arcs)",
                "isocenter placed for a {t} plan",
                "plan is {t}, arcs set at this sim",
                "treatment technique set at sim: {t}",
            )
        ).format(t=mark("F", "arc_rotational", tech), n=rng.choice(("2 full", "3 partial", "2", "4 non-coplanar")))
    elif feature == "particle":
        tech = rng.choice(
            ("proton therapy", "pencil-beam scanning protons", "PBS proton", "intensity-modulated proton therapy")
        )
        s = rng.choice(
            (
                "simulated in the proton vault CT at Pinecrest for {t}",
                "{t} simulation with range-uncertainty margins discussed with physics",
                "sim done for {t}; no metal in the beam path confirmed",
            )
        ).format(t=mark("F", "particle", tech))
    elif feature == "brachytherapy":
        s = rng.choice(
            (
                "{x} with the tandem and ovoids in place",
                "{x}; cylinder fully seated",
                "{x}: ring and tandem position confirmed relative to the cervical os",
                "{x} before dosimetry",
            )
        ).format(
            x=mark(
                "F",
                "brachytherapy",
                rng.choice(
                    (
                        "applicator position verified",
                        "brachytherapy applicator verification performed",
                        "verified applicator placement",
                        "applicator geometry verified",
                    )
                ),
            )
        )
    elif feature == "hyperthermia":
        s = "{x} on the scan, probe tip at the deep margin".format(
            x=mark(
                "F",
                "hyperthermia",
                rng.choice(("hyperthermia probe position verified", "thermometry probe placement verified")),
            )
        )
    elif feature == "custom_shielding":
        key = plan.site.key
        if key in ("skin_electron", "keloid"):
            thing = rng.choice(("custom electron cutout", "custom Cerrobend electron cutout", "custom lead cutout"))
        elif key == "tbi":
            thing = rng.choice(("custom lung blocks", "custom Cerrobend lung shields"))
        else:
            thing = rng.choice(("custom Cerrobend blocks", "custom shielding blocks", "custom eye shield"))
        s = rng.choice(
            (
                "{x} designed and sent to the mold room",
                "{x} fabricated",
                "{x} made from the sim images",
                "{x} drawn on the skin and poured",
            )
        ).format(x=mark("F", "custom_shielding", thing))
    elif feature == "complex_blocking":
        s = rng.choice(("{x} around the {o}", "{x} was required to avoid the {o}", "fields require {x}")).format(
            x=mark("F", "complex_blocking", "complex blocking"), o=rng.choice(plan.site.oars)
        )
    else:  # pragma: no cover
        raise ValueError(feature)
    return _cap(s) + "."


def _cap(s: str) -> str:
    """Upper-case the first letter, also when the sentence opens with a mark."""
    if s.startswith("⟦"):
        bar = s.index("|") + 1
        return s[:bar] + s[bar].upper() + s[bar + 1 :]
    return s[0].upper() + s[1:]


def modality_sentence(plan: Plan, modality: str, rng: random.Random, four_d: bool = False) -> str:
    """A sentence documenting one imaging modality of this simulation."""
    if modality == "CT":
        if four_d:
            word = rng.choice(("4DCT", "4D CT", "four-dimensional CT"))
            tail = rng.choice(
                (
                    " acquired over 10 phases, MIP and AVG reconstructed",
                    " obtained; ITV drawn on MIP",
                    " performed with the Varian RPM block",
                )
            )
        else:
            word = rng.choice(("CT simulation", "planning CT", "CT sim scan", "CT simulation scan", "simulation CT"))
            tail = rng.choice(
                (
                    " performed on the big-bore scanner, {mm} mm slices",
                    " acquired from {a} to {b}",
                    " obtained in treatment position",
                    " done, {mm} mm cuts",
                    " completed without difficulty",
                )
            )
        s = mark("M", "CT", word) + tail.format(mm=rng.choice((1.5, 2, 2.5, 3)), a="vertex", b="mid-thigh")
    elif modality == "MRI":
        s = rng.choice(
            (
                "{x} from {d} registered to the planning CT",
                "{x} fused for contouring",
                "{x} fusion completed by dosimetry",
                "{x} in treatment position on the same day, fused",
            )
        ).format(
            x=mark("M", "MRI", rng.choice(("MRI", "T1 post-gadolinium MRI", "T2 MRI", "MR"))),
            d=f"{rng.randint(1, 12)}/{rng.randint(1, 28)}",
        )
    elif modality == "PET":
        s = rng.choice(
            ("{x} fused to the sim CT", "{x} registered for GTV definition", "{x} from {d} co-registered")
        ).format(
            x=mark("M", "PET", rng.choice(("PET/CT", "FDG PET", "PET-CT", "PSMA PET"))),
            d=f"{rng.randint(1, 12)}/{rng.randint(1, 28)}",
        )
    elif modality == "ultrasound":
        s = rng.choice(
            ("{x} confirmed bladder filling", "{x} performed at sim", "{x} done to check bladder volume")
            + (("{x} used to check applicator depth",) if "brachytherapy" in plan.features else ())
        ).format(
            x=mark("M", "ultrasound", rng.choice(("bladder ultrasound", "transabdominal ultrasound", "ultrasound")))
        )
    else:
        s = rng.choice(("{x} used to verify position", "{x} images obtained", "{x} check before scan")).format(
            x=mark("M", "fluoroscopy", rng.choice(("fluoroscopy", "fluoro", "C-arm fluoroscopy")))
        )
    return _cap(s) + "."


def _site(area: Area, rng: random.Random) -> str:
    return mark("S", area.value, rng.choice(area.names))


def _join(items: list[str], rng: random.Random) -> str:
    if len(items) == 1:
        return items[0]
    sep = rng.choice((", ", "; ", " / "))
    last = rng.choice((" and ", ", ", " + ")) if sep == ", " else sep
    return sep.join(items[:-1]) + last + items[-1]


def area_sentence(plan: Plan, rng: random.Random) -> str:
    """Sentence(s) documenting the treatment areas per the plan's area mode."""
    n = plan.area_count
    mode = plan.area_mode
    if mode == "vague":
        return rng.choice(
            (
                "Treatment areas: several sites, see MOSAIQ Rx.",
                "Multiple areas will be treated per the plan in MOSAIQ.",
                "Targets: multiple painful sites, details in the planning system.",
                "Several areas simulated in one session; refer to plan for specifics.",
                "Number of areas: per plan.",
            )
        )
    assert n is not None
    sites = [_site(a, rng) for a in plan.areas]
    word = rng.choice((NUM_WORDS[n], str(n)))
    noun = "area" if n == 1 else "areas"
    count = mark("A", str(n), f"{word} treatment {noun}" if rng.random() < 0.6 else f"{word} {noun}")
    if mode == "stated":
        return (
            rng.choice(
                ("{c}: {s}.", "We simulated {c} ({s}).", "Simulation covered {c}, namely {s}.", "{c} were set up: {s}.")
            )
            .format(c=count, s=_join(sites, rng))
            .replace(" were set up", " set up" if n == 1 else " were set up")
        )
    if mode == "count_only":
        plain = _join([rng.choice(a.names) for a in plan.areas], rng)
        return rng.choice(
            (
                "Number of treatment areas: " + mark("A", str(n), str(n)) + f" ({plain}).",
                f"Total {count}.",
                _cap(count) + f" documented for this course ({plain}).",
                "Areas: " + mark("A", str(n), str(n)) + ".",
            )
        )
    if mode == "isocenters":
        rows = [f"Isocenter {i}: {s}" for i, s in enumerate(sites, 1)]
        return rng.choice(("; ", ". ")).join(rows) + "."
    return rng.choice(
        (
            "Treatment site(s): {s}.",
            "Sites simulated: {s}.",
            "Targets: {s}.",
            "Simulated for treatment of the {s}.",
            "Fields to be designed for {s}.",
        )
    ).format(s=_join(sites, rng))
