"""Counted evidence written many ways: rationale, areas, features and imaging, in prose, form, list or terse form."""

from __future__ import annotations

import random

from .markup import ev
from .sites import Area, Site

NUM_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}

RATIONALE_CATEGORIES = (
    "OAR proximity",
    "irregular target",
    "multiple targets",
    "contrast for delineation",
    "fusion for delineation",
    "prior field overlap",
    "immobilization",
    "anesthesia/immobilization",
    "applicator verification",
    "custom shielding",
    "target motion",
)

_RATIONALE: dict[str, tuple[str, ...]] = {
    "OAR proximity": (
        "the {target} sits within {mm} mm of the {oar}, so both must be contoured on volumetric "
        "imaging to keep the {oar} under tolerance",
        "gross disease abuts the {oar} and lies close to the {oar2}; 3D planning is needed to spare them",
        "the {oar} is immediately adjacent to the {target} and a conventional setup cannot respect its dose limit",
        "tight margin ({mm} mm) between the {target} and the {oar}",
        "proximity of the {target} to the {oar} and {oar2} requires individual OAR delineation",
        "{oar} dose constraint cannot be met without CT-defined blocking because the {target} wraps toward it",
    ),
    "irregular target": (
        "the {target} is irregularly shaped and wraps around the {oar}, so conformal shaping is required",
        "concave, irregular target volume that cannot be covered with simple rectangular fields",
        "irregular post-operative bed with clips scattered over {mm} mm; a simple field would overtreat the {oar}",
        "non-uniform depth and contour of the {target} requiring 3D dose shaping",
    ),
    "multiple targets": (
        "several separate targets must be matched without overlap or gaps at the junctions",
        "separate target volumes need distinct setups and junction planning",
        "more than one target volume with differing depths, requiring individual isocenter planning",
        "multiple lesions treated in one session need independent targeting and a shared dose-spillage check",
    ),
    "contrast for delineation": (
        "contrast is needed to distinguish the {target} from adjacent bowel and vessels",
        "the {target} cannot be separated from the {oar} on a non-contrast scan",
        "contrast enhancement was required to delineate the nodal target from vessels",
        "opacification needed to see the {oar} relative to the target",
    ),
    "fusion for delineation": (
        "the {target} is poorly seen on CT and is delineated on the fused diagnostic images",
        "target definition depends on image registration because CT alone underestimates the extent of disease",
        "residual disease is only visible on the fused study, so registration was required for contouring",
        "soft-tissue extent near the {oar} is only resolvable on the fused scan",
    ),
    "prior field overlap": (
        "the patient had prior radiation to an overlapping region ({year}), so cumulative {oar} dose "
        "must be reconstructed",
        "re-irradiation: prior {year} field overlaps this target and the {oar} has already received substantial dose",
        "overlap with a previous course ({year}) requires composite dose review and careful field matching",
        "previously irradiated tissue adjacent to the {oar} from a {year} course; overlap must be avoided",
    ),
    "immobilization": (
        "the patient has severe kyphosis and tremor and needs a custom immobilization device for reproducible setup",
        "body habitus and pain limit positioning; a custom-molded device is needed to reproduce the position",
        "contractures prevent the standard position, so a custom immobilization setup had to be built",
        "limited shoulder abduction after surgery requires custom arm support to reproduce the setup",
    ),
    "anesthesia/immobilization": (
        "the child cannot remain still and requires general anesthesia with custom immobilization for "
        "a reproducible setup",
        "age and anxiety preclude cooperation; sedation plus a custom device is needed to hold position",
        "young patient requires anesthesia each day, so the setup must be reproducible under sedation",
    ),
    "applicator verification": (
        "the applicator position must be verified against the {oar} before dosimetry",
        "applicator geometry relative to the {oar} and {oar2} must be confirmed on imaging before each plan",
        "the bulky residual tumor distorts the anatomy, so applicator position must be verified in 3D",
    ),
    "custom shielding": (
        "the {oar} must be shielded with a custom-shaped block because it lies right at the field edge",
        "custom shielding is needed to protect the {oar} next to the irregular treatment field",
        "the field edge runs close to the {oar}, requiring a custom-fabricated shield",
    ),
    "target motion": (
        "the tumor moves {mm} mm with respiration, so motion must be characterized for an ITV",
        "respiratory excursion of the {target} is large and has to be measured on the 4D images",
        "diaphragmatic motion moves the {target} by about {mm} mm, requiring motion assessment",
    ),
}


def rationale(site: Site, category: str, rng: random.Random, name_site: bool = True) -> str:
    """Return a rationale clause with a RATIONALE mark."""
    oars = rng.sample(site.oars, 2) if len(site.oars) > 1 else [site.oars[0], site.oars[0]]
    target = site.target if name_site else "target"
    clause = rng.choice(_RATIONALE[category]).format(
        target=target,
        oar=oars[0],
        oar2=oars[1],
        mm=rng.choice((2, 3, 4, 5, 6, 8, 10, 12)),
        year=rng.choice((2016, 2018, 2019, 2021, 2022)),
    )
    return ev("R", category, clause)


def rationale_sentence(site: Site, category: str, rng: random.Random, fam: str, name_site: bool = True) -> str:
    """Return a full sentence or row stating the rationale."""
    clause = rationale(site, category, rng, name_site)
    if fam == "form":
        return (
            rng.choice(
                ("Rationale for complex simulation: ", "Medical necessity (reason): ", "Reason for complex sim: ")
            )
            + clause
        )
    if fam == "terse":
        return rng.choice(("Why complex: ", "Rationale - ", "Cx sim b/c ")) + clause
    if fam == "list":
        return rng.choice(("- Reason: ", "* Complex sim rationale: ", "- Justification: ")) + clause
    return rng.choice(
        (
            "Complex simulation is required because " + clause + ".",
            "Rationale: " + clause + ".",
            "A complex simulation was necessary since " + clause + ".",
            "The reason for a complex simulation is that " + clause + ".",
            "I requested a complex simulation because " + clause + ".",
        )
    )


def areas_text(areas: list[Area], mode: str, rng: random.Random, fam: str) -> str:
    """Return text documenting the treatment areas (count, enumerated sites, isocenters or both)."""
    n = len(areas)
    names = [ev("S", a.value, rng.choice(a.surfaces)) for a in areas]
    if mode == "count":
        if fam == "form":
            if rng.random() < 0.5:
                row = " ".join(ev("A", str(i), f"[x] {i}") if i == n else f"[ ] {i}" for i in range(1, 5))
                return "Number of treatment areas: " + row
            return "Treatment areas (#): " + ev("A", str(n), str(n))
        if fam == "terse":
            return ev("A", str(n), f"{n} tx areas") if rng.random() < 0.5 else "# areas = " + ev("A", str(n), str(n))
        word = NUM_WORDS[n]
        surface = (
            rng.choice((f"{word} treatment areas", f"{word} separate treatment areas", f"{word} areas"))
            if n > 1
            else rng.choice(("one treatment area", "a single treatment area"))
        )
        return rng.choice(("This simulation covered ", "We simulated ", "Total: ")) + ev("A", str(n), surface) + "."
    if mode == "iso":
        return "; ".join(f"Isocenter {i}: {nm}" for i, nm in enumerate(names, 1)) + "."
    if mode == "both":
        word = NUM_WORDS[n]
        surface = f"{word} treatment areas" if n > 1 else "one treatment area"
        if fam == "form":
            return "Number of areas: " + ev("A", str(n), str(n)) + "\nSites: " + ", ".join(names)
        return ev("A", str(n), surface) + ": " + ", ".join(names) + "."
    # enumerated sites only
    if n == 1:
        if fam == "form":
            return rng.choice(("Treatment site: ", "Site to be simulated: ", "Area: ")) + names[0]
        if fam == "terse":
            return "Site: " + names[0]
        return (
            rng.choice(("Target area simulated: ", "Simulated area: the ", "Area treated from this simulation: "))
            + names[0]
            + "."
        )
    joined = ", ".join(names[:-1]) + " and " + names[-1]
    if fam == "form":
        return "Treatment sites: " + " / ".join(names)
    if fam == "terse":
        return "Sites: " + " + ".join(names)
    if fam == "list":
        return "Areas simulated:\n" + "\n".join(f"  - {nm}" for nm in names)
    return (
        rng.choice(("Areas simulated: ", "Separate fields were set up for the ", "Treatment areas are the "))
        + joined
        + "."
    )


_FEATURE_SURFACES: dict[str, tuple[str, ...]] = {
    "arc_rotational": ("VMAT", "RapidArc", "volumetric modulated arc therapy", "arc therapy", "helical tomotherapy"),
    "particle": ("proton", "pencil-beam scanning proton", "PBS proton"),
    "complex_blocking": ("complex blocking",),
    "hyperthermia": ("hyperthermia probe placement verified", "thermometry probe positions verified for hyperthermia"),
}

_SHIELD = {
    "skin_electron": ("custom electron cutout", "custom Cerrobend cutout", "custom lead eye shield"),
    "mycosis_tsei": ("custom lead eye shields", "custom lead nail shields"),
    "tbi": ("custom Cerrobend lung blocks", "custom lung blocks", "custom kidney blocks"),
    "whole_brain": ("custom Cerrobend block",),
    "breast_nodes": ("custom Cerrobend block",),
    "palliative": ("Cerrobend blocks", "custom shielding block"),
}

_BRACHY = {
    "gyn_brachy": (
        "tandem and ring applicator position verified",
        "tandem and ovoid applicator position verified",
        "interstitial needle positions verified",
        "vaginal cylinder position verified",
    ),
    "breast_nodes": ("SAVI applicator position verified", "multicatheter interstitial catheter positions verified"),
    "rectum": ("intraoperative HDR flap applicator position verified",),
}


def feature_text(feature: str, site: Site, rng: random.Random, fam: str, dx: str = "") -> str:
    """Return a sentence or row documenting a complexity feature done in this simulation."""
    if feature == "contrast":
        kind = rng.choice(site.contrast or ("IV contrast",))
        mark = ev("F", "contrast", ("[x] " if fam == "form" else "") + kind)
        detail = {
            "IV contrast": rng.choice(("Omnipaque 350, 90 mL", "Isovue 300, 100 mL", "Visipaque 320, 75 mL")),
            "oral contrast": rng.choice(("dilute barium 450 mL", "Gastrografin 30 mL in water")),
            "rectal contrast": "dilute barium via catheter",
            "vaginal contrast": "radiopaque gel on a tampon",
            "bladder contrast": "via Foley, 7 mL",
            "urethrogram contrast": "retrograde urethrogram",
            "intrathecal contrast": "CT myelogram by neuroradiology",
        }.get(kind, "")
        if fam == "form":
            return "Contrast: " + mark + f" ({detail})"
        if fam == "terse":
            return mark + f" ({detail}) given"
        if fam == "list":
            return "- " + mark + f": {detail}, given at sim"
        return rng.choice(
            ("{m} was administered ({d}) before the scan.", "{m} ({d}) was given for this scan.", "We used {m} ({d}).")
        ).format(m=mark, d=detail)
    if feature == "custom_shielding":
        surface = rng.choice(_SHIELD.get(site.key, ("custom Cerrobend block",)))
        mark = ev("F", "custom_shielding", ("[x] " if fam == "form" else "") + surface)
        if fam == "form":
            return "Shielding: " + mark + " fabricated"
        return rng.choice(
            (
                "{m} designed and fabricated at simulation.",
                "{m} made from the simulation outline.",
                "{m} fabricated, checked in room.",
            )
        ).format(m=mark)
    if feature == "brachytherapy":
        options = _BRACHY.get(site.key, ("applicator position verified",))
        if site.key == "gyn_brachy":
            options = options[3:] if "endometrial" in dx else options[:3]
        surface = rng.choice(options)
        mark = ev("F", "brachytherapy", surface)
        if fam == "form":
            return "Applicator: " + mark
        return rng.choice(
            ("{m} on the planning scan.", "{m}; no displacement.", "After insertion, {m} relative to the {o}.")
        ).format(m=mark, o=rng.choice(site.oars))
    surface = rng.choice(_FEATURE_SURFACES[feature])
    mark = ev("F", feature, ("[x] " if fam == "form" else "") + surface)
    if feature == "arc_rotational":
        if fam == "form":
            return "Technique: " + mark
        return rng.choice(
            ("Simulated for {m} delivery.", "Technique: {m}.", "Set up for {m}, isocenter placed.")
        ).format(m=mark)
    if feature == "particle":
        if fam == "form":
            return "Modality of treatment: " + mark
        return rng.choice(
            (
                "CT simulation performed for {m} therapy.",
                "Simulated for {m} treatment, range-uncertainty margins applied.",
                "{m} simulation with proton-specific immobilization.",
            )
        ).format(m=mark)
    if feature == "complex_blocking":
        if fam == "form":
            return "Blocking: " + mark
        return rng.choice(
            (
                "{m} was designed to shape around the {o}.",
                "Field required {m} around the {o}.",
                "Blocking: {m} to shield the {o}.",
            )
        ).format(m=mark, o=rng.choice(site.oars))
    if fam == "form":
        return "Hyperthermia: " + mark
    return mark + " before the scan."


def modality_text(modality: str, site: Site, rng: random.Random, fam: str, motion_cat: bool = False) -> str:
    """Return a sentence or row documenting imaging used for this simulation."""
    box = "[x] " if fam == "form" else ""
    if modality == "CT":
        surface = (
            "4DCT"
            if motion_cat or (site.motion and rng.random() < 0.5)
            else rng.choice(("CT simulation", "CT sim", "planning CT", "CT simulator scan"))
        )
        mark = ev("M", "CT", box + surface)
        if fam == "form":
            return "Imaging: " + mark + rng.choice((" (2 mm slices)", " (3 mm)", ""))
        if fam == "terse":
            return mark + rng.choice((" done, 2 mm cuts", " acquired", " w/ tattoos x3"))
        return rng.choice(
            (
                "{m} was acquired with {s} mm slices.",
                "A {m} was obtained in treatment position.",
                "{m} completed; reference marks tattooed.",
            )
        ).format(m=mark, s=rng.choice((1, 2, 3)))
    if modality == "MRI":
        mark = ev("M", "MRI", box + rng.choice(("MRI", "T1 post-contrast MRI", "T2 MRI", "diagnostic MRI")))
        return rng.choice(
            (
                "The {m} was fused to the planning CT for target delineation.",
                "{m} registered to the sim CT.",
                "Fusion: {m} fused for contouring.",
            )
        ).format(m=mark)
    if modality == "PET":
        mark = ev("M", "PET", box + rng.choice(("PET/CT", "FDG PET/CT", "FDG-PET")))
        return rng.choice(
            (
                "{m} was fused to the planning CT.",
                "{m} registered to the simulation scan for GTV definition.",
                "Fusion: {m} used to define the nodal target.",
            )
        ).format(m=mark)
    if modality == "ultrasound":
        mark = ev("M", "ultrasound", box + rng.choice(site.ultrasound))
        return rng.choice(
            (
                "{m} was used at the time of the simulation for localization.",
                "{m} guidance used during setup.",
                "Localization with {m}.",
            )
        ).format(m=mark)
    mark = ev("M", "fluoroscopy", box + rng.choice(("fluoroscopy", "conventional simulator", "fluoroscopic imaging")))
    return rng.choice(
        ("{m} was used to verify block and field position.", "Field borders set with {m}.", "{m} used at setup.")
    ).format(m=mark)
