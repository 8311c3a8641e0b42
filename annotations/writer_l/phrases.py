"""Counted-evidence phrasing: rationales, features, modalities and area statements in three registers.

Registers: ``prose`` (sentences), ``short`` (telegraphic / abbreviated) and ``ws`` (keyed-in worksheet rows).
Every function returns markup (see :mod:`markup`); only affirmed, current evidence is wrapped.
"""

from __future__ import annotations

import random

from .markup import ev
from .sites import Area, Site

NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}

CONDITIONS = (
    "severe thoracic kyphosis",
    "a resting tremor from Parkinson disease",
    "chronic back pain that stops her lying flat for long",
    "a BMI of 46 with skin folds over the target",
    "claustrophobia and an old shoulder fracture limiting arm elevation",
    "marked scoliosis",
)

BARE_ASSERTIONS = (
    "Complex simulation is medically necessary.",
    "Complexity: per department protocol.",
    "Medical necessity for complex simulation: yes.",
    "This simulation was complex.",
    "Complex sim required per MD.",
    "Justification: standard complex simulation.",
    "77290 appropriate.",
    "Complex simulation indicated.",
)


def pick(rng: random.Random, options: tuple[str, ...] | list[str]) -> str:
    """Return one option, chosen by the note's own random stream."""
    return options[rng.randrange(len(options))]


def area_surface(area: Area, rng: random.Random, reg: str) -> str:
    """Return a way to write one area in the given register."""
    return pick(rng, area.short if reg != "prose" else area.prose)


def rationale(category: str, site: Site, target: str, rng: random.Random, reg: str, n_areas: int | None) -> str:
    """Return a patient-specific reason (markup) for the given rationale category.

    Args:
        category: The README's rationale category.
        site: The disease site (organs at risk etc.).
        target: How the target is named here ("the target" when areas are not countable).
        rng: The note's random stream.
        reg: Register.
        n_areas: Number of areas (used by "multiple targets").
    """
    oar = pick(rng, site.oars)
    oar2 = pick(rng, [o for o in site.oars if o != oar] or [oar])
    mm = rng.choice((2, 3, 4, 5, 6, 8))
    year = rng.choice((2015, 2017, 2018, 2019, 2021, 2022))
    count = NUMBER_WORDS.get(n_areas or 0, "several")
    prose: dict[str, tuple[str, ...]] = {
        "OAR proximity": (
            f"the {target} lies within {mm} mm of the {oar}, so the {oar} and {oar2} must be contoured and spared",
            f"gross disease abuts the {oar}; sparing it needs CT-based 3D planning",
            f"the {oar} lies directly against the {target} and its tolerance is already close",
            f"the {oar} is {mm} mm from the {target} edge and dose must fall off steeply there",
        ),
        "irregular target": (
            f"the {target} is irregular and wraps around the {oar}",
            f"the target volume is concave around the {oar}, which simple fields cannot follow",
            f"post-operative changes leave an irregular {target} extending toward the {oar2}",
        ),
        "multiple targets": (
            f"{count} separate targets have to be set up and matched without gap or overlap",
            f"there are {count} noncontiguous volumes, each needing its own isocentre and junction check",
            f"multiple targets ({count}) at different depths must be matched at this one simulation",
        ),
        "contrast for delineation": (
            f"contrast is needed to separate the {target} from the adjacent vessels and bowel",
            f"without opacification the {oar} cannot be told apart from the {target}",
            f"the {target} is isodense with the {oar} on plain CT, so contrast is required to outline it",
        ),
        "fusion for delineation": (
            f"the {target} is poorly seen on CT and needs the fused scan to define its extent",
            f"tumour margins against the {oar} are only visible on the fused study",
            f"CT alone underestimates the {target}; the fused scan is needed for delineation",
        ),
        "prior field overlap": (
            f"she had radiation to an adjacent field in {year} and the old field edge lies next to the {target}",
            f"prior RT ({year}) overlaps the new volume, so the junction and cumulative {oar} dose must be mapped",
            f"the {target} borders a {year} treatment field and the previous plan must be reconstructed",
        ),
        "immobilization": (
            f"{pick(rng, CONDITIONS)} means reproducible positioning needs custom immobilisation",
            f"the patient cannot hold the position without a custom device because of {pick(rng, CONDITIONS)}",
        ),
        "anesthesia/immobilization": (
            "the child cannot lie still for setup and treatment, so general anaesthesia and a custom mould are needed",
            f"age and anxiety make daily reproducibility impossible without GA; the {oar} lies close to the target",
        ),
        "applicator verification": (
            f"applicator position relative to the {oar} and {oar2} must be verified before any dwell times are set",
            "the applicator geometry has to be confirmed on imaging because the uterus is retroverted",
        ),
        "custom shielding": (
            f"the lesion is {mm} mm from the {oar}, so a custom cutout and shield are needed to protect it",
            f"the irregular lesion edge near the {oar} needs a custom-shaped cutout",
        ),
        "target motion": (
            f"the {target} moves {mm + 6} mm with breathing, so motion must be measured for an ITV",
            f"respiratory excursion of the {target} (about {mm + 5} mm) needs to be captured for margins",
        ),
    }
    short: dict[str, tuple[str, ...]] = {
        "OAR proximity": (f"{target} w/in {mm}mm of {oar}", f"{oar} abuts {target} - needs sparing"),
        "irregular target": (f"irregular {target} wrapping {oar}", f"concave tgt around {oar}"),
        "multiple targets": (f"{count} separate tgts need matching", f"{count} noncontiguous vols"),
        "contrast for delineation": (f"need contrast to sep {target} from {oar}", f"{target} isodense w/ {oar}"),
        "fusion for delineation": (f"{target} not seen on CT - fusion needed", f"tgt margin vs {oar} only on fusion"),
        "prior field overlap": (f"prior RT {year} abuts field - junction", f"overlap w/ {year} field, sum {oar} dose"),
        "immobilization": (f"{pick(rng, CONDITIONS)} - custom immob needed",),
        "anesthesia/immobilization": ("child can't lie still - GA + custom mould",),
        "applicator verification": (f"verify applicator vs {oar}/{oar2}",),
        "custom shielding": (f"lesion {mm}mm from {oar} - custom cutout/shield",),
        "target motion": (f"{target} moves {mm + 6}mm w/ resp - ITV",),
    }
    table = prose if reg == "prose" else short
    return ev("RATIONALE", category, pick(rng, table[category]))


CONTRAST_BY_SITE: dict[str, tuple[str, ...]] = {
    "pancreas": ("oral and IV contrast given", "IV contrast plus oral contrast 45 min before scan"),
    "stomach": ("oral contrast given before the scan", "IV and oral contrast administered"),
    "esophagus": ("oral barium contrast swallowed on the table", "IV contrast given"),
    "rectum": ("rectal contrast instilled", "small-volume rectal contrast placed"),
    "bladder": ("bladder contrast instilled via catheter", "intravesical contrast given"),
    "gyn": ("vaginal contrast placed", "IV contrast given for vessel definition"),
    "prostate": ("IV contrast given for the pelvic vessels", "retrograde urethrogram contrast given"),
}


def feature(name: str, site: Site, rng: random.Random, reg: str) -> str:
    """Return affirmed markup for a complexity feature done at this simulation."""
    oar = pick(rng, site.oars)
    ml = rng.choice((75, 80, 90, 100))
    arcs = rng.choice((2, 3, 4))
    if reg == "ws":
        rows = {
            "contrast": ("Contrast given (Y/N): Y", "IV contrast: Y", "PO contrast: Y"),
            "arc_rotational": ("VMAT (Y/N): Y", "Arc technique: Y"),
            "particle": ("Protons (Y/N): Y",),
            "custom_shielding": ("Custom shielding/cutout made: Y", "Cerrobend block: Y"),
            "complex_blocking": ("Complex blocking: Y",),
            "brachytherapy": ("Applicator verification: Y", "Applicator verified on CT: Y"),
            "hyperthermia": ("Hyperthermia probe verified: Y",),
        }
        if name == "contrast" and site.key in CONTRAST_BY_SITE:
            return (
                ev("FEATURE", name, "Contrast given (Y/N): Y") + f"  comment: {pick(rng, CONTRAST_BY_SITE[site.key])}"
            )
        return ev("FEATURE", name, pick(rng, rows[name]))
    contrast_prose = CONTRAST_BY_SITE.get(
        site.key, (f"IV contrast (Omnipaque 300, {ml} mL) was given", "IV contrast administered through a 20G line")
    )
    prose = {
        "contrast": contrast_prose,
        "arc_rotational": (
            f"simulated for VMAT, isocentre set for {arcs} arcs",
            "technique chosen at simulation: volumetric modulated arc therapy",
            "tomotherapy (helical) technique",
            f"rotational delivery with {arcs} partial arcs",
        ),
        "particle": ("simulated for proton therapy (pencil beam scanning)", "proton technique, range margins applied"),
        "custom_shielding": (
            "custom electron cutout made from the wire outline",
            f"Cerrobend block fabricated to shield the {oar}",
            f"custom lead shield fitted over the {oar}",
        ),
        "complex_blocking": (f"complex blocking designed around the {oar}", "complex blocking on every field"),
        "brachytherapy": (
            "tandem and ovoid applicator position verified on CT",
            "applicator verification done: ring and tandem seated at the os",
            "source/applicator verification with dummy markers completed",
        ),
        "hyperthermia": ("hyperthermia thermometry probe position verified on CT",),
    }
    short = {
        "contrast": ("IV contrast given", "PO contrast given", "IV + PO contrast"),
        "arc_rotational": ("VMAT", f"{arcs} arcs VMAT", "tomo"),
        "particle": ("protons (PBS)", "proton plan"),
        "custom_shielding": ("custom cutout made", "Cerrobend block", "custom eye shield"),
        "complex_blocking": ("complex blocking",),
        "brachytherapy": ("T&O applicator verified", "applicator verif done"),
        "hyperthermia": ("HT probe verified",),
    }
    if name == "contrast" and reg != "prose" and site.key in CONTRAST_BY_SITE:
        return ev("FEATURE", name, pick(rng, CONTRAST_BY_SITE[site.key]))
    return ev("FEATURE", name, pick(rng, (prose if reg == "prose" else short)[name]))


def modality(name: str, site: Site, rng: random.Random, reg: str, date: str, four_d: bool) -> str:
    """Return affirmed markup for an imaging modality used for this simulation."""
    if name == "CT":
        if four_d:
            opts = (
                ("4DCT acquired over 10 respiratory phases", "4DCT with ITV construction")
                if reg == "prose"
                else ("4DCT/ITV", "4DCT")
            )
        elif reg == "ws":
            opts = ("CT sim (Y/N): Y", "Planning CT: Y")
        elif reg == "prose":
            opts = ("CT simulation was performed", "planning CT acquired at 2 mm slices", "CT sim scan completed")
        else:
            opts = ("CT sim", "planning CT 2mm", "CT sim done")
        return ev("MODALITY", "CT", pick(rng, opts))
    if name in ("MRI", "PET"):
        scan = "MRI" if name == "MRI" else pick(rng, ("PET/CT", "PET-CT"))
        if reg == "ws":
            return ev("MODALITY", name, f"{scan} fusion: Y") + f"  comment: {scan} {date}"
        if reg == "prose":
            opts = (
                f"{scan} of {date} fused to the planning CT",
                f"{scan} ({date}) registered to the sim scan",
                f"fusion of the {date} {scan} with the planning CT",
            )
        else:
            opts = (f"{scan} {date} fused", f"{scan} fusion done")
        return ev("MODALITY", name, pick(rng, opts))
    if name == "fluoroscopy":
        opts = (
            ("fluoroscopy confirmed the field position", "conventional simulator fluoroscopy used")
            if reg == "prose"
            else ("fluoro", "fluoro done")
        )
        if reg == "ws":
            opts = ("Fluoro (Y/N): Y",)
        return ev("MODALITY", name, pick(rng, opts))
    opts = (
        ("transabdominal ultrasound used at the table", "ultrasound done to guide setup")
        if reg == "prose"
        else ("US at table", "U/S done")
    )
    if reg == "ws":
        opts = ("Ultrasound (Y/N): Y",)
    return ev("MODALITY", name, pick(rng, opts))


def areas_sites(areas: list[Area], rng: random.Random, reg: str) -> str:
    """Return the areas as separately named, spanned sites."""
    names = [ev("TREATMENT_SITE", a.value, area_surface(a, rng, reg)) for a in areas]
    if reg == "ws":
        return "\n".join(f"Site {i}: {n}" for i, n in enumerate(names, 1))
    if len(names) == 1:
        return pick(rng, (f"Target: {names[0]}", f"Treatment area: {names[0]}", f"Site simulated: {names[0]}"))
    joined = ", ".join(names[:-1]) + " and " + names[-1]
    if rng.random() < 0.4:
        return "\n".join(f"Iso {i}: {n}" for i, n in enumerate(names, 1))
    return pick(rng, (f"Areas simulated: {joined}", f"Fields set up for the {joined}", f"Volumes: {joined}"))


def areas_count(areas: list[Area], rng: random.Random, reg: str, with_sites: bool) -> str:
    """Return a stated area count, optionally followed by spanned site names."""
    n = len(areas)
    if reg == "ws":
        count = ev("AREA_COUNT", str(n), f"No. of areas: {n}")
    elif n == 1 and rng.random() < 0.5:
        count = ev("AREA_COUNT", "1", pick(rng, ("single treatment area", "one area")))
    else:
        word = NUMBER_WORDS[n] if rng.random() < 0.6 else str(n)
        count = ev("AREA_COUNT", str(n), f"{word} treatment area{'s' if n > 1 else ''}")
    if not with_sites:
        return f"Areas: {count}" if reg != "ws" else count
    names = ", ".join(ev("TREATMENT_SITE", a.value, area_surface(a, rng, reg)) for a in areas)
    return f"{count} ({names})"
