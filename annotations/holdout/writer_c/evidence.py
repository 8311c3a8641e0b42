"""Evidence builders: rationale, areas, features and modalities written as counted markup in four forms.

Forms: ``prose`` (dictated / narrative sentences), ``field`` (``Field: value`` EHR layouts), ``check``
(checklists) and ``terse`` (therapist shorthand). Every builder returns markup whose marks are exactly the
counted evidence it was asked to write.
"""

from __future__ import annotations

import random

from .markup import ev
from .sites import Site

NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}

CT_SURFACES = [
    "CT simulation",
    "planning CT",
    "CT scan on the large-bore simulator",
    "helical CT (2 mm slices)",
    "CT sim",
    "non-gated CT in treatment position",
    "treatment-planning CT",
]
FOURD_SURFACES = ["4DCT", "4D-CT (10 phases, RPM block)", "four-dimensional CT", "respiratory-correlated 4DCT"]

GENERIC_REASONS = [
    (
        "OAR proximity",
        "the target lies directly against a dose-limiting normal structure that must be outlined on "
        "the planning images",
    ),
    ("irregular target", "the target volume is irregular and wraps around adjacent normal tissue"),
    (
        "prior field overlap",
        "the current target overlaps a previously irradiated field, so prior dose must be reconstructed",
    ),
    (
        "immobilization",
        "pain and kyphosis prevent a standard position, so a custom immobilization device had to be built",
    ),
    ("fusion for delineation", "the target is not visible on CT alone and needs registration of other imaging"),
]


def cap(text: str) -> str:
    """Return text with its first character upper-cased."""
    return text[:1].upper() + text[1:]


def rationale(rng: random.Random, category: str, reason: str, form: str) -> str:
    """Return a sentence carrying a patient-specific reason for complex simulation."""
    mark = ev("R", category, reason)
    mark_cap = ev("R", category, cap(reason))
    options = {
        "prose": [
            f"Complex simulation is needed because {mark}.",
            f"The reason for a complex simulation in this case is that {mark}.",
            f"{mark_cap}; for that reason a CT-based complex simulation was carried out.",
            f"In particular, {mark}, which is why {{pr}} was brought in for a complex simulation.",
            f"We proceeded with complex simulation given that {mark}.",
        ],
        "field": [
            f"Medical necessity: {mark_cap}.",
            f"Rationale for complex simulation: {mark_cap}.",
            f"Indication for complex sim: {mark_cap}.",
        ],
        "check": [f"[x] Complex simulation required - reason: {mark_cap}.", f"Justification: {mark_cap}."],
        "terse": [f"Complex sim b/c {mark}.", f"Reason: {mark}.", f"Why complex: {mark}."],
    }
    return rng.choice(options[form])


def area_list(rng: random.Random, areas: list[tuple[str, str]], stated: bool, form: str) -> str:
    """Return the treatment-area statement: named sites, optionally with a stated count."""
    marks = [ev("S", key, surface) for key, surface in areas]
    n = len(areas)
    count_word = NUMBER_WORDS.get(n, str(n))
    if n == 1:
        joined = marks[0]
    elif form == "terse":
        joined = " + ".join(marks)
    else:
        joined = ", ".join(marks[:-1]) + (" and " if form == "prose" else ", ") + marks[-1]
    if form == "prose":
        if stated:
            noun = "treatment area" if n == 1 else "treatment areas"
            return rng.choice(
                [
                    f"We simulated {ev('N', str(n), f'{count_word} {noun}')}: {joined}.",
                    f"There {'is' if n == 1 else 'are'} {ev('N', str(n), f'{count_word} separate {noun}')}, namely the "
                    f"{joined}.",
                ]
            )
        return rng.choice(
            [
                f"Sites simulated today: the {joined}.",
                f"The areas to be set up are the {joined}.",
                f"Simulation was for the {joined}.",
            ]
        )
    if form == "field":
        if rng.random() < 0.4 and n > 1:
            isos = "; ".join(f"Iso {i + 1}: {m}" for i, m in enumerate(marks))
            head = f"Number of treatment areas: {ev('N', str(n), str(n))}\n" if stated else ""
            return f"{head}Isocenters/areas: {isos}"
        head = f"Number of areas: {ev('N', str(n), str(n))}\n" if stated else ""
        numbered = "  ".join(f"{i + 1}) {m}" for i, m in enumerate(marks))
        return f"{head}Treatment site(s): {numbered}"
    if form == "check":
        if stated and n in (1, 2, 3):
            boxes = "  ".join((f"[x] {ev('N', str(k), str(k))}" if k == n else f"[ ] {k}") for k in (1, 2, 3))
            return f"Treatment areas: {boxes}\n" + "\n".join(f"  [x] {m}" for m in marks)
        return "Sites:\n" + "\n".join(f"  [x] {m}" for m in marks)
    if stated:
        return f"{ev('N', str(n), f'{n} areas')}: {joined}"
    return f"Site(s): {joined}"


def _contrast_short(phrase: str) -> str:
    low = phrase.lower()
    for key, short in (
        ("urethrogram", "urethrogram contrast"),
        ("vaginal", "vaginal contrast"),
        ("bladder", "intravesical contrast"),
        ("rectal", "rectal contrast"),
        ("barium", "oral barium contrast"),
        ("oral", "oral contrast"),
    ):
        if key in low:
            return short
    return "IV contrast"


_FEATURE_PROSE = {
    "arc_rotational": [
        "The patient was simulated for {m} delivery with the isocenter placed centrally for the arcs.",
        "Technique selected at simulation: {m}.",
        "Setup was done for {m}, so the couch and arm position were checked for arc clearance.",
    ],
    "particle": [
        "{{Pr}} was simulated for {m}; metal and dense hardware were kept out of the beam path.",
        "This is a {m} simulation, with range-uncertainty margins to be applied.",
    ],
    "complex_blocking": [
        "{m} was drawn on the DRRs to shield the uninvolved tissue.",
        "The fields required {m} around the target.",
    ],
    "hyperthermia": [
        "{m}.",
        "The thermometry catheters were in place; {m}.",
    ],
}
_FEATURE_SURFACE = {
    "arc_rotational": [
        "VMAT",
        "volumetric modulated arc therapy (2 full arcs)",
        "RapidArc",
        "helical tomotherapy",
        "dual-arc VMAT",
        "partial-arc VMAT",
    ],
    "particle": ["pencil-beam scanning proton therapy", "proton therapy", "intensity-modulated proton therapy"],
    "complex_blocking": ["Complex blocking", "complex blocking"],
    "hyperthermia": [
        "hyperthermia thermometry probe positions were verified on the scan",
        "hyperthermia probe placement verified",
    ],
}
SHIELD = {
    "skin": ["a custom electron cutout", "a lead cutout made from the clinical outline", "a custom Cerrobend cutout"],
    "tbi": ["custom lung blocks", "Cerrobend lung shielding blocks"],
    "breast": ["a custom electron cutout", "an electron boost cutout"],
    "lymphoma": ["custom Cerrobend blocks", "custom heart and breast shielding blocks"],
    "bone_mets": ["a custom Cerrobend block", "a custom kidney block"],
    "medulloblastoma": ["custom lens shielding blocks", "custom Cerrobend blocks for the lenses"],
}
BRACHY = {
    "cervix": [
        "tandem and ovoid applicator position was verified",
        "ring and tandem position verified",
        "vaginal cylinder position verified",
        "applicator position verified against the cervical os",
    ],
    "prostate": [
        "HDR catheter positions verified",
        "needle positions were verified relative to the base and apex",
        "template and catheter positions verified",
    ],
}


def feature(rng: random.Random, site: Site, name: str, form: str) -> str:
    """Return markup documenting that a complexity feature was part of this simulation."""
    if name == "contrast":
        phrase = rng.choice(site.contrast)
        short = _contrast_short(phrase)
        if form == "prose":
            return rng.choice(
                [f"{ev('F', 'contrast', cap(phrase))}.", f"During the scan, {ev('F', 'contrast', phrase)}."]
            )
        if form == "field":
            return f"Contrast: {ev('F', 'contrast', cap(phrase))}"
        if form == "check":
            return f"[x] {ev('F', 'contrast', short)} given"
        return f"{ev('F', 'contrast', short)} given"
    if name == "custom_shielding":
        surf = rng.choice(SHIELD.get(site.key, ["a custom Cerrobend block"]))
        if form == "prose":
            return rng.choice(
                [
                    f"{ev('F', name, cap(surf))} was fabricated from the simulation outline.",
                    f"We made {ev('F', name, surf)} at simulation.",
                ]
            )
        if form == "field":
            return f"Custom shielding: {ev('F', name, cap(surf.removeprefix('a ').removeprefix('an ')))} made"
        if form == "check":
            return f"[x] {ev('F', name, surf.removeprefix('a ').removeprefix('an '))}"
        return f"{ev('F', name, surf.removeprefix('a ').removeprefix('an '))} made"
    if name == "brachytherapy":
        surf = rng.choice(BRACHY.get(site.key, BRACHY["cervix"]))
        if form in ("prose", "field"):
            return f"{ev('F', name, cap(surf))}."
        if form == "check":
            return f"[x] {ev('F', name, surf)}"
        return f"{ev('F', name, surf)}"
    surf = rng.choice(_FEATURE_SURFACE[name])
    if form == "prose":
        template = rng.choice(_FEATURE_PROSE[name])
        return template.format(m=ev("F", name, cap(surf) if template.startswith("{m}") else surf))
    if form == "field":
        label = {
            "arc_rotational": "Technique",
            "particle": "Modality",
            "complex_blocking": "Blocking",
            "hyperthermia": "Hyperthermia",
        }[name]
        return f"{label}: {ev('F', name, cap(surf) if name != 'arc_rotational' else surf)}"
    if form == "check":
        return f"[x] {ev('F', name, surf)}"
    return f"{ev('F', name, surf)}"


def modality(rng: random.Random, name: str, form: str, fourd: bool, old_contrast: bool) -> str:
    """Return markup documenting imaging used for this simulation (or its target delineation)."""
    if name == "CT":
        surf = rng.choice(FOURD_SURFACES if fourd else CT_SURFACES)
        if form == "prose":
            return rng.choice(
                [
                    f"A {ev('M', 'CT', surf)} was performed in the treatment position.",
                    f"We obtained a {ev('M', 'CT', surf)} with the patient immobilized.",
                    f"{ev('M', 'CT', cap(surf))} acquired and sent to the planning system.",
                ]
            )
        if form == "field":
            return f"Scan: {ev('M', 'CT', surf)}"
        if form == "check":
            return f"[x] {ev('M', 'CT', surf)}"
        return f"{ev('M', 'CT', surf)} done"
    if name == "MRI":
        surf = rng.choice(
            ["MRI T1 post-gadolinium from [redacted]", "diagnostic MRI with gadolinium (outside study)"]
            if old_contrast
            else ["MRI (T1/T2 FLAIR)", "planning MRI", "MRI in treatment position on the MR-sim", "MRI"]
        )
    elif name == "PET":
        surf = rng.choice(
            ["contrast-enhanced PET/CT from [redacted]"] if old_contrast else ["PET/CT", "FDG PET", "staging PET/CT"]
        )
    elif name == "fluoroscopy":
        surf = rng.choice(
            [
                "fluoroscopy",
                "C-arm fluoroscopy",
                "the conventional simulator (fluoro)",
                "orthogonal fluoroscopic images",
            ]
        )
        if form == "prose":
            return f"Position was confirmed with {ev('M', name, surf)}."
        if form in ("field", "check"):
            return f"{'[x] ' if form == 'check' else 'Verification imaging: '}{ev('M', name, surf)}"
        return f"{ev('M', name, surf)} ok"
    else:
        surf = rng.choice(["transrectal ultrasound", "transabdominal ultrasound", "real-time ultrasound"])
        if form == "prose":
            return f"Placement was guided by {ev('M', name, surf)}."
        if form in ("field", "check"):
            return f"{'[x] ' if form == 'check' else 'Guidance: '}{ev('M', name, surf)}"
        return f"under {ev('M', name, surf)}"
    if form == "prose":
        return rng.choice(
            [
                f"The {ev('M', name, surf)} was fused to the planning CT for target delineation.",
                f"{ev('M', name, cap(surf))} registered to the simulation scan to define the target.",
            ]
        )
    if form == "field":
        return f"Fusion: {ev('M', name, surf)} (rigid registration to planning CT)"
    if form == "check":
        return f"[x] {ev('M', name, surf)} fusion"
    return f"{ev('M', name, surf)} fused"
