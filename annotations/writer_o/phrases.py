"""Evidence phrasing (rationale, features, modalities, areas) and trap phrasing for writer O."""

from __future__ import annotations

import random

from .markup import mark

NUMWORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}


def pick(rng: random.Random, items: list[str] | tuple[str, ...]) -> str:
    """Return one item (a thin wrapper so every choice goes through the note's generator)."""
    return items[rng.randrange(len(items))]


def _oars(rng: random.Random, site: dict[str, object]) -> tuple[str, str]:
    oars = list(site["oars"])  # type: ignore[call-overload]
    rng.shuffle(oars)
    return oars[0], oars[1] if len(oars) > 1 else oars[0]


# ---------------------------------------------------------------- rationale
_RATIONALE: dict[str, list[str]] = {
    "OAR proximity": [
        "{t} lies within {mm} mm of the {o1}, and sparing the {o1} and {o2} needs a volumetric CT-based setup",
        "{t} abuts the {o1}; dose to the {o1} cannot be kept in tolerance without 3D delineation",
        "close approximation of {t} to the {o1} ({mm} mm on imaging) requires individualized OAR contouring",
        "the {o1} and {o2} wrap around {t}, so fields must be shaped in 3D to stay under constraints",
        "{t} is immediately adjacent to the {o1}; standard fields would overdose it",
        "margin between {t} and {o1} is only ~{mm} mm -- complex sim needed to protect {o1}",
    ],
    "irregular target": [
        "{t} is irregular and concave around the {o1}, which cannot be covered with simple portals",
        "highly irregular post-op bed of {t} with clips scattered over ~{cm} cm needs 3D volume definition",
        "{t} is lobulated and extends along the {o1} -- irregular volume requiring CT-defined shaping",
        "non-convex target ({t}) hugging the {o1}; conventional setup would miss or overtreat",
    ],
    "multiple targets": [
        "separate targets must be matched without overlap or gap at the junctions",
        "several noncontiguous volumes have to be treated in one plan with abutting fields",
        "multiple separately defined targets require individual isocenter and junction planning",
    ],
    "contrast for delineation": [
        "contrast is required to separate {t} from adjacent {o1} and vessels for contouring",
        "without contrast the {o1} cannot be distinguished from {t} on the planning scan",
        "opacification needed to delineate {o1} from {t}",
    ],
    "fusion for delineation": [
        "{t} is not visible on the planning CT alone and must be contoured on registered diagnostic imaging",
        "target edges are only seen on MR/PET, so fused imaging is needed to define {t}",
        "CT alone underestimates {t}; registration to functional imaging needed for the GTV",
    ],
    "prior field overlap": [
        "prior RT to the {o1} region in {yr} overlaps the new field; cumulative {o1} dose must be respected",
        "the new volume abuts a {yr} treatment field -- junction and composite dose require complex planning",
        "re-irradiation: previous course ({yr}) overlaps {t}, so the prior plan was reconstructed",
    ],
    "immobilization": [
        "pt has severe kyphosis and cannot hold a standard position, so a custom immobilization device was built",
        "tremor and pain prevent reproducible setup without custom immobilization",
        "body habitus (BMI {bmi}) and arm contracture need an individualized cradle for reproducibility",
        "cannot lie flat >10 min due to orthopnea; custom incline immobilization required",
    ],
    "anesthesia/immobilization": [
        "age {age}, unable to stay still, so general anesthesia and a custom mold are required for every session",
        "{age} y/o child cannot cooperate; sedation plus custom immobilization needed for reproducible setup",
        "young age ({age}) -- anesthesia team required and individualized head/body immobilization",
    ],
    "applicator verification": [
        "applicator position relative to the {o1} and {o2} must be verified before dose calculation",
        "tandem and ring geometry has to be confirmed against the {o1} and {o2} before planning",
        "source path and applicator relationship to {o1} must be verified on imaging each insertion",
    ],
    "custom shielding": [
        "lesion sits {mm} mm from the {o1}, so a custom cutout and internal shield are needed to spare it",
        "field edge must follow the lesion outline closely and protect the {o1} -- custom shielding required",
        "irregular lesion outline near the {o1} cannot be covered by standard applicator cones",
    ],
    "target motion": [
        "{t} moves {mm} mm with respiration, so motion must be characterized to build the ITV",
        "large diaphragmatic excursion ({mm} mm) of {t} needs motion assessment for margins",
        "respiratory motion of {t} next to the {o1} must be quantified to limit margins",
    ],
}


def rationale(rng: random.Random, cat: str, site: dict[str, object], target: str) -> str:
    """Return a marked RATIONALE clause of the given category."""
    o1, o2 = _oars(rng, site)
    text = pick(rng, _RATIONALE[cat]).format(
        t=target,
        o1=o1,
        o2=o2,
        mm=rng.choice([2, 3, 4, 5, 6, 8]),
        cm=rng.choice([9, 11, 13, 14]),
        yr=rng.choice([2017, 2019, 2021, 2022, 2023]),
        bmi=rng.choice([44, 47, 52, 58]),
        age=rng.choice([2, 3, 4, 5, 6]),
    )
    return mark("R", cat, text)


RATIONALE_LEADS = [
    "Reason for complex simulation: ",
    "Medical necessity: ",
    "Complex sim indicated because ",
    "Rationale -- ",
    "Why complex: ",
    "Indication for CT-based complex simulation: ",
    "This simulation is complex because ",
    "Justification: ",
]

BARE_ASSERTIONS = [
    "Complex simulation is medically necessary.",
    "Complex simulation was required per MD.",
    "Medical necessity for 77290 established.",
    "Simulation complexity: complex (see charge).",
    "Pt requires complex simulation.",
    "High complexity sim, medically necessary for this patient.",
    "Complex sim per practice protocol.",
    "Reason for complex sim: standard of care.",
]

# ---------------------------------------------------------------- features
_ARC = [
    "VMAT",
    "volumetric modulated arc therapy",
    "two full VMAT arcs",
    "RapidArc",
    "dynamic conformal arcs",
    "helical tomotherapy",
    "partial arcs (VMAT)",
    "non-coplanar arcs",
]
_PARTICLE = ["pencil-beam scanning proton therapy", "proton therapy", "PBS protons", "IMPT (protons)"]
_BRACHY = [
    "applicator position verified",
    "tandem/ring applicator verification",
    "verification of the applicator",
    "source path and applicator position verified",
    "cylinder applicator verified in position",
    "tandem and ovoids placement verified",
]
_SHIELD = {
    "skin_electron": [
        "custom electron cutout",
        "custom Cerrobend cutout",
        "custom lead cutout",
        "custom internal eye shield",
        "custom lead shield",
    ],
    "breast_nodes": ["custom electron cutout for the scar boost", "custom Cerrobend block for the SCV"],
    "head_neck": ["custom intraoral lead-lined shield", "custom tongue-depressing shield"],
    "whole_brain": ["custom Cerrobend lens blocks", "custom face blocks"],
    "bone_mets": ["custom Cerrobend block", "custom shielding block"],
    "palliative": ["custom Cerrobend blocks", "custom shielding block"],
    "lymphoma": ["custom lung blocks", "custom Cerrobend blocks"],
    "peds_anesthesia": ["custom gonadal shield", "custom lens block"],
    "sarcoma": ["custom skin-strip block", "custom Cerrobend block"],
}
_COMPLEX_BLOCK = [
    "complex blocking",
    "complex blocking around the cord",
    "complex blocking of bowel",
    "complex blocking with multiple islands",
]
_HYPER = [
    "hyperthermia probe position verified",
    "thermometry catheter (hyperthermia) placement verified",
    "hyperthermia probe verification",
]


def feature_phrase(rng: random.Random, feat: str, site: dict[str, object], key: str) -> str:
    """Return a marked sentence affirming one complexity feature done at this simulation."""
    if feat == "contrast":
        kinds = list(site["contrast"]) or ["IV contrast"]  # type: ignore[call-overload]
        s = mark("F", feat, pick(rng, kinds))
        return pick(
            rng,
            [
                f"{s} was given before the scan.",
                f"Scan acquired after {s}.",
                f"Contrast: {s} administered.",
                f"Pt received {s} without reaction.",
                f"{s} given by RN, no reaction.",
                f"Images obtained with {s}.",
            ],
        )
    if feat == "arc_rotational":
        s = mark("F", feat, pick(rng, _ARC))
        return pick(
            rng,
            [
                f"Technique chosen at sim: {s}.",
                f"Isocenter set for {s} delivery.",
                f"Plan will be delivered with {s} as decided at the console today.",
                f"Delivery: {s}.",
                f"Sim performed for {s}; clearance checked at all gantry angles.",
            ],
        )
    if feat == "particle":
        s = mark("F", feat, pick(rng, _PARTICLE))
        return pick(
            rng,
            [
                f"Simulated for {s}; range-uncertainty margins reviewed.",
                f"Modality: {s}.",
                f"Pt set up in the proton-compatible immobilization for {s}.",
            ],
        )
    if feat == "brachytherapy":
        s = mark("F", feat, pick(rng, _BRACHY))
        return pick(rng, [f"{s} on imaging before planning.", f"Brachy: {s}.", f"{s}; no displacement."])
    if feat == "custom_shielding":
        s = mark("F", feat, pick(rng, _SHIELD.get(key, ["custom Cerrobend block"])))
        return pick(
            rng,
            [
                f"{s} fabricated at simulation.",
                f"A {s} was made today.",
                f"Shielding: {s}.",
                f"{s} cut from the traced outline.",
            ],
        )
    if feat == "complex_blocking":
        s = mark("F", feat, pick(rng, _COMPLEX_BLOCK))
        return pick(rng, [f"{s} designed at simulation.", f"Blocking: {s}.", f"Field requires {s}."])
    if feat == "hyperthermia":
        s = mark("F", feat, pick(rng, _HYPER))
        return pick(rng, [f"{s} on the planning scan.", f"{s} prior to first heat session.", f"HT: {s}."])
    raise ValueError(feat)


# ---------------------------------------------------------------- modalities
def modality_phrase(rng: random.Random, mod: str, site: dict[str, object], unit: str, date: str) -> str:
    """Return a marked sentence affirming one imaging modality used for this simulation."""
    if mod == "CT":
        if site.get("motion") and rng.random() < 0.6:
            s = mark("M", "CT", pick(rng, ["4DCT", "4D-CT (10 phases)", "four-dimensional CT"]))
            return pick(
                rng,
                [
                    f"{s} acquired on the {unit}; MIP and AVG reconstructed.",
                    f"Free-breathing {s} obtained, ITV approach.",
                    f"{s} with RPM block on abdomen.",
                ],
            )
        s = mark("M", "CT", pick(rng, ["CT simulation", "planning CT", "CT sim scan", "CT images", "axial CT"]))
        return pick(
            rng,
            [
                f"{s} obtained on the {unit}, 2 mm slices.",
                f"{s} acquired, 3 mm cuts.",
                f"{s} performed head to mid-thigh range as appropriate.",
                f"{s} done on the {unit}.",
            ],
        )
    if mod == "MRI":
        s = mark("M", "MRI", pick(rng, ["MRI", "T1 post-gad MRI", "T2 MRI", "MR images"]))
        return pick(
            rng,
            [
                f"{s} from {date} fused to the planning CT for target delineation.",
                f"{s} registered to the sim CT today for contouring.",
                f"Fusion: {s} ({date}) rigidly registered.",
            ],
        )
    if mod == "PET":
        s = mark("M", "PET", pick(rng, ["PET/CT", "FDG PET", "PET-CT"]))
        return pick(
            rng,
            [
                f"{s} ({date}) fused to the sim CT for GTV definition.",
                f"{s} registered to planning images today.",
                f"Fusion with {s} done.",
            ],
        )
    if mod == "fluoroscopy":
        s = mark(
            "M",
            "fluoroscopy",
            pick(rng, ["fluoroscopy", "conventional simulator (fluoro)", "orthogonal fluoroscopic films"]),
        )
        return pick(
            rng,
            [
                f"Field borders set under {s}.",
                f"{s} used for setup and field placement.",
                f"Isocenter verified with {s}.",
            ],
        )
    if mod == "ultrasound":
        s = mark("M", "ultrasound", pick(rng, ["transabdominal ultrasound", "ultrasound", "US guidance"]))
        return pick(
            rng,
            [
                f"{s} used at sim to confirm position.",
                f"{s} performed during setup.",
                f"Bladder/uterine position confirmed with {s}.",
            ],
        )
    raise ValueError(mod)


# ---------------------------------------------------------------- areas
def area_block(rng: random.Random, areas: list[tuple[str, str]], mode: str) -> list[str]:
    """Return marked lines documenting the treatment areas in the given presentation mode."""
    n = len(
        {k for v, _ in areas for k in ([f"left {v[10:]}", f"right {v[10:]}"] if v.startswith("bilateral ") else [v])}
    )
    sites = [mark("S", v, s) for v, s in areas]
    if mode == "count_only":
        return [
            pick(
                rng,
                [
                    f"Number of treatment areas: {mark('A', str(n), str(n))}",
                    f"{mark('A', str(n), NUMWORDS[n].capitalize() + ' treatment area' + ('s' if n > 1 else ''))}"
                    " simulated today.",
                    f"Tx areas: {mark('A', str(n), str(n))}",
                ],
            )
        ]
    if mode == "count_and_sites":
        lead = mark("A", str(n), NUMWORDS[n] + (" separate treatment areas" if n > 1 else " treatment area"))
        return [f"{lead}: " + ", ".join(sites) + "."]
    if mode == "isocenters":
        return [f"Iso {i + 1}: {s}" for i, s in enumerate(sites)]
    if mode == "table":
        rows = ["Site | Dose | Fx | Energy"]
        for sv in sites:
            rows.append(
                f"{sv} | {pick(rng, ['45 Gy', '50 Gy', '30 Gy', '20 Gy', '60 Gy', '8 Gy'])} | "
                f"{pick(rng, ['25', '10', '5', '30', '1'])} | {pick(rng, ['6X', '10X', '6X FFF', '9e', '15X'])}"
            )
        return rows
    if mode == "numbered":
        return [f"({i + 1}) {s}" for i, s in enumerate(sites)]
    if mode == "checkbox":
        boxes = " ".join((mark("A", str(n), f"[x] {n}") if k == n else f"[ ] {k}") for k in (1, 2, 3, 4))
        return ["Areas: " + ", ".join(sites), f"No. of areas: {boxes}"]
    return ["Treatment sites: " + " / ".join(sites)]


UNKNOWN_AREA_LINES = [
    "Treatment areas: per Rx in OncoSuite (not restated).",
    "Sites: see physician directive.",
    "Areas to be treated -- refer to plan document.",
    "Multiple sites, see Rx tab.",
    "Tx areas: ___",
]
