"""Counted evidence as markup: areas, features, modalities, rationale; plus filler pieces."""
# ruff: noqa: D103

from __future__ import annotations

import random

from .markup import mark
from .plan import Plan
from .vocab import CONTRAST_SURFACES, FEATURE_SURFACES, MODALITY_SURFACES, MONTHS, OARS, SITES, VAGUE_AREAS

NUM_WORDS = {1: "one", 2: "two", 3: "three", 4: "four"}


def date(rng: random.Random, year: int | None = None) -> str:
    y = year or rng.choice([2024, 2025])
    return rng.choice(
        [
            f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{y % 100:02d}",
            f"{rng.randint(1, 12)}/{rng.randint(1, 28)}",
            f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {y}",
        ]
    )


DOSES = [
    "50 Gy/25 fx",
    "45 Gy/25 fx",
    "50.4 Gy/28 fx",
    "60 Gy/30 fx",
    "70 Gy/35 fx",
    "30 Gy/10 fx",
    "20 Gy/5 fx",
    "8 Gy/1 fx",
    "40.05 Gy/15 fx",
    "26 Gy/5 fx",
    "36 Gy/20 fx",
    "30.6 Gy/17 fx",
    "66 Gy/33 fx",
    "24 Gy/3 fx",
    "42.56 Gy/16 fx",
    "54 Gy/30 fx",
    "35 Gy/14 fx",
    "25 Gy/5 fx",
]


def dose(rng: random.Random) -> str:
    return rng.choice(DOSES)


def oar(p: Plan, rng: random.Random) -> str:
    return rng.choice(OARS[p.oar])


def site_tok(value: str, surface: str) -> str:
    return mark("S", value, surface)


def count_tok(n: int, rng: random.Random) -> str:
    surface = rng.choice([NUM_WORDS[n], str(n), NUM_WORDS[n].capitalize()])
    return mark("A", str(n), surface)


def _join(items: list[str], rng: random.Random) -> str:
    if len(items) == 1:
        return items[0]
    glue = rng.choice([", ", " + ", "; "])
    last = rng.choice([" and ", ", ", " + "])
    return glue.join(items[:-1]) + last + items[-1]


def area_lines(p: Plan, rng: random.Random) -> list[tuple[str, str]]:
    """(label, markup) lines that document the areas by the planned count form."""
    toks = [site_tok(v, s) for v, s in p.areas]
    f = p.count_form
    if f == "vague":
        v = rng.choice(VAGUE_AREAS)
        return [("Tx areas", rng.choice([v, f"treatment areas: {v}", f"{v} (count not yet final)"]))]
    if f == "single":
        t = toks[0]
        return [
            (
                "Tx site",
                rng.choice(
                    [
                        f"target: {t}",
                        f"sim'd for {t}",
                        f"{t} only",
                        f"single site - {t}",
                        f"treating the {t}",
                        f"Tx site {t}",
                    ]
                ),
            )
        ]
    if f == "stated":
        n = p.n_areas or 0
        c = count_tok(n, rng)
        if n == 1:
            return [("Areas", rng.choice([f"{c} treatment area ({toks[0]})", f"# areas: {c}", f"{c} area, {toks[0]}"]))]
        listed = _join(toks, rng)
        return [
            (
                "Areas",
                rng.choice(
                    [
                        f"{c} separate treatment areas: {listed}",
                        f"# of tx areas = {c} ({listed})",
                        f"total areas {c}",
                        f"treating {c} areas - {listed}",
                        f"{c} areas sim'd ({listed})",
                    ]
                ),
            )
        ]
    if f == "bilateral":
        return [
            (
                "Areas",
                rng.choice(
                    [
                        f"{toks[0]} + {toks[1]}",
                        f"volumes: {toks[0]} and {toks[1]}",
                        f"{toks[0]}, {toks[1]} (levels II-IV)",
                    ]
                ),
            )
        ]
    if f == "named":
        return [
            (
                "Areas",
                rng.choice(
                    [
                        f"sites: {_join(toks, rng)}",
                        f"volumes incl {_join(toks, rng)}",
                        f"treating {_join(toks, rng)}",
                        f"Tx {_join(toks, rng)}",
                    ]
                ),
            )
        ]
    if f == "numbered":
        lines = "\n".join(f"  {i}) {t} - {dose(rng)}" for i, t in enumerate(toks, 1))
        return [("Areas", f"areas:\n{lines}")]
    if f == "isocentres":
        word = rng.choice(["iso", "Isocenter", "ISO"])
        return [("Isocenters", "; ".join(f"{word} {i} = {t}" for i, t in enumerate(toks, 1)))]
    if f == "table":
        rows = "\n".join(f"| {t} | {dose(rng)} | {rng.choice(['6X', '10X', '6X/10X', '6FFF'])} |" for t in toks)
        return [("Site table", f"| Site | Rx | Energy |\n|---|---|---|\n{rows}")]
    raise ValueError(f)


def feature_lines(p: Plan, rng: random.Random) -> list[tuple[str, str]]:
    out = []
    for feat in p.features:
        if feat == "contrast":
            s = rng.choice(CONTRAST_SURFACES[p.route])
            t = mark("F", "contrast", s)
            out.append(
                (
                    "Contrast",
                    rng.choice(
                        [
                            f"{t}",
                            f"{t} for the scan",
                            f"scanned w/ {t}",
                            f"pt received {t}",
                            f"{t}, tolerated w/o reaction",
                        ]
                    ),
                )
            )
        elif feat == "arc_rotational":
            t = mark("F", feat, rng.choice(FEATURE_SURFACES[feat]))
            out.append(
                (
                    "Technique",
                    rng.choice(
                        [
                            f"technique {t}",
                            f"sim'd for {t}",
                            f"{t} planned from this sim data set",
                            f"IMRT w/ {t}",
                            f"delivery by {t}",
                        ]
                    ),
                )
            )
        elif feat == "custom_shielding":
            t = mark("F", feat, rng.choice(FEATURE_SURFACES[feat]))
            out.append(
                (
                    "Shielding",
                    rng.choice(
                        [
                            f"{t} fabricated & checked on pt",
                            f"{t} made at sim",
                            f"{t} outlined on skin, made in mold room",
                            f"{t} fit-checked today",
                        ]
                    ),
                )
            )
        elif feat == "complex_blocking":
            t = mark("F", feat, rng.choice(FEATURE_SURFACES[feat]))
            out.append(
                ("Blocking", rng.choice([f"{t} drawn at sim", f"{t} required", f"{t} designed on the sim images"]))
            )
        elif feat == "brachytherapy":
            t = mark("F", feat, rng.choice(FEATURE_SURFACES[feat]))
            out.append(("Applicator", rng.choice([f"{t}", f"{t} prior to planning", f"{t}; no displacement"])))
    return out


def modality_lines(p: Plan, rng: random.Random) -> list[tuple[str, str]]:
    out = []
    for m in p.modalities:
        if m == "CT":
            if p.fourdct:
                t = mark("M", "CT", rng.choice(MODALITY_SURFACES["CT4D"]))
                out.append(
                    ("Scan", rng.choice([f"{t} acquired, 10 phases, ITV built", f"{t}/ITV", f"free-breathing + {t}"]))
                )
            else:
                t = mark("M", "CT", rng.choice(MODALITY_SURFACES["CT"]))
                out.append(
                    (
                        "Scan",
                        rng.choice(
                            [
                                f"{t} performed, 2 mm slices",
                                f"{t} done today",
                                f"scanned on {t}",
                                f"{t}, 3 mm cuts",
                                f"{t} acquired",
                            ]
                        ),
                    )
                )
        elif m == "MRI":
            t = mark("M", "MRI", rng.choice(["MRI", "MR", "diagnostic MRI"]))
            out.append(
                (
                    "Fusion",
                    rng.choice(
                        [
                            f"{t} {rng.choice(['of', 'from'])} {rng.choice(MONTHS)} fused to planning scan",
                            f"{t} registered for contouring",
                            f"{t} fused",
                        ]
                    ),
                )
            )
        elif m == "PET":
            t = mark("M", "PET", rng.choice(["PET/CT", "PET", "PET-CT"]))
            out.append(("Fusion", rng.choice([f"{t} fused for GTV", f"{t} registered to sim CT", f"{t} fusion done"])))
        elif m == "fluoroscopy":
            t = mark("M", "fluoroscopy", rng.choice(MODALITY_SURFACES["fluoroscopy"]))
            out.append(("Imaging", rng.choice([f"{t} AP/lat films", f"position checked on {t}", f"{t} used"])))
        elif m == "ultrasound":
            t = mark("M", "ultrasound", rng.choice(MODALITY_SURFACES["ultrasound"]))
            out.append(("Imaging", rng.choice([f"{t} guidance", f"{t} used to confirm position", f"{t}-guided"])))
    return out


RATIONALE_TEXT = {
    "OAR proximity": [
        "{oar} nearby",
        "target abuts the {oar}",
        "PTV within 3 mm of the {oar}",
        "tight to {oar}",
        "need to respect {oar} tolerance, target sits right against it",
        "{oar} directly adjacent to the target",
        "margin to the {oar} is minimal",
        "dose gradient near the {oar} has to be tight",
    ],
    "irregular target": [
        "irregular post-op target wrapping around the {oar}",
        "target is lobulated & irregular",
        "concave target volume",
        "odd-shaped target after surgery",
        "irregular CTV following the surgical bed",
    ],
    "multiple targets": [
        "multiple separate targets need matching w/o overlap",
        "several distinct volumes, junctions to manage",
        "more than one target, each needs its own volume",
        "multiple target volumes at different depths",
    ],
    "contrast for delineation": [
        "contrast needed to separate vessels from nodes",
        "contrast required to see the target vs bowel",
        "needs contrast to delineate target from normal tissue",
        "contrast to define the lumen",
    ],
    "fusion for delineation": [
        "fusion needed to define the GTV",
        "target not visible on plain CT, needs fusion",
        "GTV only seen on the fused study",
        "registration required to outline the disease",
    ],
    "prior field overlap": [
        "re-irradiation, overlap w/ prior field",
        "prior XRT to this region; composite dose needed",
        "overlaps the 2019 field",
        "previously irradiated - must sum dose w/ prior plan",
        "re-tx, abutting old field",
    ],
    "immobilization": [
        "can't lie flat (kyphosis), custom immobilization needed",
        "severe tremor - needs custom Vac-Lok",
        "pain limits positioning; custom mold required",
        "body habitus requires custom immobilization",
    ],
    "anesthesia/immobilization": [
        "young child, needs GA for reproducible setup",
        "unable to hold still - anesthesia required",
        "age-appropriate sedation/GA required to immobilize",
    ],
    "applicator verification": [
        "applicator position must be verified vs {oar}",
        "applicator geometry relative to {oar} has to be checked",
        "need to confirm applicator placement before dosing",
    ],
    "custom shielding": [
        "lesion near the eye - custom cutout to spare the lens",
        "custom shield needed to protect the {oar}",
        "irregular lesion edge requires a shaped cutout",
    ],
    "target motion": [
        "tumor moves ~1.5 cm w/ breathing, ITV needed",
        "significant respiratory excursion of the target",
        "target excursion over 1 cm on the phase-binned images",
        "breathing motion requires motion assessment",
    ],
}


def rationale_line(p: Plan, rng: random.Random) -> tuple[str, str]:
    cat = p.rationale
    assert cat
    text = rng.choice(RATIONALE_TEXT[cat]).format(oar=oar(p, rng))
    t = mark("R", cat, text)
    return (
        "Reason",
        rng.choice(
            [
                t,
                f"why complex: {t}",
                f"rationale - {t}",
                f"complex sim needed b/c {t}",
                f"medical necessity: {t}",
                f"{t}",
                f"indication for complex sim: {t}",
            ]
        ),
    )


def dx(p: Plan, rng: random.Random) -> str:
    return rng.choice(SITES[p.site]["dx"])


def immob(p: Plan, rng: random.Random) -> str:
    return rng.choice(SITES[p.site]["immob"])
