"""Counted evidence as markup: rationale, areas, features and modalities (only what the plan has)."""

from __future__ import annotations

import random

from .markup import mk
from .plan import Plan
from .vocab import NUM_WORD, ROMAN, SITES

RATIONALE = {
    "OAR proximity": [
        "the target lies immediately adjacent to the {oar}, so the volume and the {oar} must be contoured"
        " on a dedicated planning scan",
        "PTV abuts the {oar} and {oar2}; dose to both must be kept under tolerance",
        "the gross disease wraps around the {oar}, which requires careful 3D definition",
        "the tumor sits within 3 mm of the {oar}",
        "critical structures ({oar}, {oar2}) sit right at the edge of the target",
        "close proximity of the {oar} to the high-dose region",
    ],
    "irregular target": [
        "the target is irregular and lobulated and cannot be covered with simple fields",
        "the target volume is irregular and concave",
        "the tumor bed is irregularly shaped after surgery, with clips scattered over a wide area",
        "the volume is non-convex and wraps across several planes",
    ],
    "multiple targets": [
        "there are multiple separate targets that must be matched without overlap or gap",
        "several noncontiguous volumes need to be treated together",
        "there are multiple targets and the junctions have to be managed",
        "more than one target volume with different dose levels",
    ],
    "contrast for delineation": [
        "contrast was needed to separate the tumor from adjacent vessels and bowel",
        "without contrast the gross disease cannot be distinguished from the surrounding normal structures",
        "the nodal disease is only visible with enhancement, hence contrast",
    ],
    "fusion for delineation": [
        "the gross tumor is not seen on the planning CT alone; the diagnostic study had to be registered to define it",
        "fusion was required to define the GTV",
        "image registration was necessary because the lesion is poorly visualized on CT",
        "the target is only apparent on the fused study",
    ],
    "prior field overlap": [
        "the new target overlaps the previously treated field, so cumulative dose to the {oar} has to be calculated",
        "prior radiation to this region; composite dosimetry with the prior plan is required",
        "the region was previously irradiated and the cumulative {oar} dose is the limiting factor",
        "in-field recurrence after prior RT, overlap with the old field must be respected",
    ],
    "immobilization": [
        "the patient cannot hold position without a custom immobilization device because of pain and kyphosis",
        "the patient needs custom immobilization and is unable to lie flat for long",
        "severe tremor requires a custom-molded device to reproduce the setup",
        "body habitus (BMI 47) requires custom immobilization to make the setup reproducible",
    ],
    "anesthesia/immobilization": [
        "young child who cannot remain still; simulation under general anesthesia with a custom device",
        "at age {age} the child cannot cooperate, so general anesthesia and custom immobilization are needed",
        "requires sedation and a custom mold so the position is reproducible daily",
    ],
    "applicator verification": [
        "applicator position relative to the {oar} and {oar2} has to be verified before each plan",
        "verification of the applicator geometry is needed because of the narrow vaginal vault",
        "applicator placement must be confirmed on imaging to protect the {oar}",
    ],
    "custom shielding": [
        "custom shielding is needed to protect the {oar}",
        "{oar} must be shielded with a custom cutout",
        "the lesion is next to the {oar}, so a custom shield has to be fabricated",
    ],
    "target motion": [
        "the tumor moves with respiration and an ITV must be built from the 4DCT",
        "the lesion shows substantial respiratory excursion",
    ],
    "probe verification": [
        "thermometry probe positions must be verified relative to the recurrence",
        "hyperthermia probe placement has to be confirmed on imaging because of the reirradiated skin",
    ],
}

TERSE = {
    "OAR proximity": [
        "{oar} nearby",
        "cord nearby",
        "tumor abuts {oar}",
        "PTV <5 mm from {oar}",
        "{oar} right next to target",
    ],
    "irregular target": ["irregular, concave target", "odd-shaped volume", "irregular post-op bed"],
    "multiple targets": ["multiple targets", "several separate volumes, junctions"],
    "contrast for delineation": ["contrast needed to see target vs normal tissue", "needs contrast to define nodes"],
    "fusion for delineation": ["fusion required to define GTV", "GTV not seen on CT alone - fused"],
    "prior field overlap": [
        "re-irradiation, overlap w/ prior field",
        "reirradiation - prior field overlap",
        "prior RT same region, cumulative {oar} dose",
    ],
    "immobilization": ["needs custom immobilization, can't lie flat", "custom immob for kyphosis/pain"],
    "anesthesia/immobilization": ["age {age}, GA + custom immob", "peds, sedated, custom mold"],
    "applicator verification": ["applicator position must be verified vs {oar}", "verify applicator geometry"],
    "custom shielding": ["{oar} needs custom shield", "shield {oar} w/ cutout"],
    "target motion": ["resp motion of target > 1 cm", "moving target, ITV"],
    "probe verification": ["verify thermometry probes", "probe position check (reirradiated skin)"],
}

BARE = [
    "Complex simulation is medically necessary.",
    "Complex simulation was medically necessary for this patient.",
    "77290 is appropriate.",
    "Medical necessity for complex simulation: yes.",
    "I attest that complex simulation was warranted.",
    "Complex sim required per department policy.",
    "This simulation meets criteria for complex simulation.",
    "Complex simulation indicated.",
]

ROUTE_SURF = {
    "IV": [
        "IV contrast (Omnipaque 350, 80 mL)",
        "Isovue-300 IV contrast",
        "IV contrast",
        "intravenous contrast (Omnipaque 300)",
    ],
    "oral": ["oral contrast (Readi-Cat, 450 mL)", "oral contrast", "PO contrast"],
    "barium": ["oral barium paste", "barium swallow contrast (Esophotrast)"],
    "rectal": ["rectal contrast", "dilute rectal contrast via catheter"],
    "vaginal": ["vaginal contrast", "vaginal contrast-soaked packing"],
    "bladder": ["bladder contrast via Foley", "Cystografin bladder contrast"],
    "urethrogram": ["retrograde urethrogram contrast", "urethrogram with contrast"],
}
FEAT_SURF = {
    "arc_rotational": [
        "VMAT",
        "volumetric modulated arc therapy",
        "RapidArc (2 full arcs)",
        "two full arcs (VMAT)",
        "dynamic conformal arcs",
        "VMAT, 3 partial arcs",
    ],
    "complex_blocking": ["complex blocking", "complex blocking at the match line"],
    "custom_shielding": [
        "custom Cerrobend block",
        "custom electron cutout",
        "custom lead shield",
        "custom Cerrobend cutout",
        "custom eye shield",
    ],
    "brachytherapy": [
        "applicator position verified",
        "tandem and ring applicator verification",
        "HDR cylinder position verified",
        "applicator verification",
    ],
    "hyperthermia": [
        "hyperthermia thermometry probe placement verified",
        "thermal probe positions verified",
        "hyperthermia probe verification",
    ],
}
SHIELD_BY_SITE = {
    "skin_electron": ["custom electron cutout", "custom Cerrobend cutout", "custom lead shield"],
    "chest_wall_hyperthermia": ["custom electron cutout", "custom Cerrobend cutout"],
    "whole_brain": ["custom Cerrobend lens block", "custom eye shield"],
    "pediatric": ["custom testicular shield", "custom Cerrobend block"],
    "palliative": ["custom Cerrobend block", "custom Cerrobend insert"],
    "bone_mets": ["custom Cerrobend block"],
}
MOD_SURF = {
    "CT": ["CT simulation", "CT simulator", "planning CT", "non-contrast planning CT scan", "CT sim"],
    "MRI": ["MRI fused", "MR fusion", "MRI registered", "MRI co-registered"],
    "PET": ["PET/CT fused", "PET/CT registered", "PET fusion"],
    "fluoroscopy": ["fluoroscopy", "conventional simulator under fluoroscopy", "fluoro"],
    "ultrasound": ["ultrasound", "transabdominal ultrasound", "US guidance"],
}


def rationale_text(p: Plan, rng: random.Random, terse: bool = False) -> str:
    """One rationale phrase (markup), varied; never names a treatment site."""
    assert p.rationale
    oars = SITES[p.site]["oars"]
    pool = TERSE[p.rationale] if terse else RATIONALE[p.rationale]
    phrase = rng.choice(pool)
    o1, o2 = rng.sample(oars, 2) if len(oars) > 1 else (oars[0], oars[0])
    phrase = phrase.format(oar=o1, oar2=o2, age=rng.randint(2, 6))
    return mk("RATIONALE", p.rationale, phrase)


def rationale_sentence(p: Plan, rng: random.Random) -> str:
    """A rationale sentence (markup) with a varied lead-in."""
    if rng.random() < 0.25:
        r = rationale_text(p, rng, terse=True)
        return rng.choice(
            [
                "Reason for complex sim: {r}.",
                "Why complex: {r}.",
                "Rationale - {r}.",
                "Indication for complex simulation: {r}.",
            ]
        ).format(r=r)
    r = rationale_text(p, rng)
    lead = rng.choice(
        [
            "Complex simulation is required because {r}.",
            "Rationale: {r}.",
            "Complex simulation needed - {r}.",
            "This requires a complex simulation: {r}.",
            "Medically necessary because {r}.",
            "I requested a complex simulation since {r}.",
            "{R}.",
            "We chose a complex simulation because {r}.",
            "A complex simulation was needed; {r}.",
            "{R}, which is why a complex simulation was done.",
        ]
    )
    if lead.startswith("{R}"):
        return _cap_markup(r) + lead[3:]
    return lead.format(r=r)


def _cap_markup(marked: str) -> str:
    # capitalise the first letter of the surface inside markup
    head, sep, rest = marked.rpartition("|")
    return head + sep + rest[:1].upper() + rest[1:]


def site_mk(area: tuple[str, str, int]) -> str:
    """One treatment site as markup."""
    return mk("TREATMENT_SITE", area[0], area[1])


def count_mk(n: int, rng: random.Random, tail: str | None = None) -> str:
    """A stated area count as markup (digits or spelled out)."""
    form = rng.choice(["digit", "word", "word"])
    num = str(n) if form == "digit" else NUM_WORD[n]
    tail = tail or rng.choice(["treatment areas", "separate treatment areas", "sites", "separate areas", "areas"])
    return mk("AREA_COUNT", str(n), f"{num} {tail}")


def join_names(items: list[str], rng: random.Random) -> str:
    """Join names the way a physician lists them."""
    if len(items) == 1:
        return items[0]
    conj = rng.choice([" and ", ", and ", " + ", " & "])
    if conj == ", and " and len(items) == 2:
        conj = " and "
    return ", ".join(items[:-1]) + conj + items[-1]


def areas_block(p: Plan, rng: random.Random, prose: bool) -> tuple[str, list[str]]:
    """Areas statement (markup) and trap names it implies."""
    traps: list[str] = []
    sites = [site_mk(a) for a in p.areas]
    f = p.count_form
    if any(a[2] == 2 for a in p.areas):
        traps.append("bilateral_counting")
    if f == "vague":
        return rng.choice(
            [
                "Treatment areas: per physician contours in ARIA (to be finalized).",
                "Targets: multiple sites - see plan.",
                "Sites to be treated: as outlined on the treatment plan.",
                "Number of areas: pending review of the fused imaging with dosimetry.",
                "Several painful sites were discussed; the volumes will be drawn in the planning system.",
            ]
        ), ["vague_count"]
    if f == "single":
        a = sites[0]
        return rng.choice(
            [f"Treatment area: {a}.", f"Target: {a}.", f"Site treated: {a}.", f"Single site: {a}."]
        ), traps
    if f == "stated":
        c = count_mk(p.n_areas, rng)
        if len(sites) > 1 and rng.random() < 0.6:
            return rng.choice(
                [
                    f"We are treating {c}: {join_names(sites, rng)}.",
                    f"Treatment areas - {c} ({join_names(sites, rng)}).",
                    f"{join_names(sites, rng)}; {c} in total.",
                ]
            ), [*traps, "spelled_count"]
        if p.n_areas == 1:
            return rng.choice(
                [
                    f"Number of treatment areas: {mk('AREA_COUNT', '1', '1')}.",
                    f"This is {mk('AREA_COUNT', '1', 'one treatment area')} ({sites[0]}).",
                ]
            ), traps
        return rng.choice([f"Simulated for {c}.", f"Number of treatment areas: {c}.", f"Total: {c}."]), [
            *traps,
            "spelled_count",
        ]
    if f == "named":
        return rng.choice(
            [
                f"Treatment areas include the {join_names(sites, rng)}.",
                f"Areas simulated: {join_names(sites, rng)}.",
                f"We set up the {join_names(sites, rng)} at this simulation.",
            ]
        ), traps
    if f == "numbered":
        roman = rng.random() < 0.5
        lines = [f"  {ROMAN[i + 1] if roman else str(i + 1)}{'.' if roman else ')'} {s}" for i, s in enumerate(sites)]
        return "Treatment areas:\n" + "\n".join(lines), traps + (["roman_numerals"] if roman else [])
    if f == "isocenter":
        roman = rng.random() < 0.6
        n = len(sites)
        head = f"{mk('AREA_COUNT', str(n), NUM_WORD[n] + ' separate isocenters')}" if rng.random() < 0.5 else ""
        lines = [f"  Isocenter {ROMAN[i + 1] if roman else i + 1}: {s}" for i, s in enumerate(sites)]
        traps.append("isocenters")
        return ((f"Plan uses {head}:\n" if head else "Isocenters:\n") + "\n".join(lines)), traps + (
            ["roman_numerals"] if roman else []
        )
    if f == "table":
        rows = [
            f"  {s} | {rng.choice(['20 Gy/5', '30 Gy/10', '8 Gy/1', '45 Gy/25', '50.4 Gy/28', '60 Gy/30'])} | "
            f"{rng.choice(['6X', '10X', '6X/15X', '6 MV'])}"
            for s in sites
        ]
        traps.append("site_table")
        return "Site | Dose/Fx | Energy\n" + "\n".join(rows), traps
    if f == "query_answer":
        return "", traps
    raise ValueError(f)


def feature_sentences(p: Plan, rng: random.Random) -> list[tuple[str, str, str]]:
    """(field, value-markup, sentence-markup) per planned feature."""
    out = []
    for feat in p.features:
        if feat == "contrast":
            s = mk("FEATURE", "contrast", rng.choice(ROUTE_SURF[p.route]))
            out.append(
                (
                    "Contrast",
                    f"{s} given",
                    rng.choice(
                        [
                            f"{_cap_markup(s)} was administered prior to the scan.",
                            f"{_cap_markup(s)} was given for the planning scan.",
                            f"The patient received {s} without reaction.",
                            f"Scan acquired with {s}.",
                        ]
                    ),
                )
            )
        elif feat == "custom_shielding":
            s = mk("FEATURE", "custom_shielding", rng.choice(SHIELD_BY_SITE.get(p.site, FEAT_SURF[feat])))
            out.append(
                (
                    "Shielding",
                    f"{s} fabricated",
                    rng.choice(
                        [
                            f"A {s} was designed and fabricated in the mold room.",
                            f"{_cap_markup(s)} made and checked on the patient.",
                            f"We fabricated a {s} for this setup.",
                        ]
                    ),
                )
            )
        elif feat == "arc_rotational":
            s = mk("FEATURE", "arc_rotational", rng.choice(FEAT_SURF[feat]))
            out.append(
                (
                    "Technique",
                    s,
                    rng.choice(
                        [
                            f"Simulated for {s} delivery.",
                            f"Technique: {s}.",
                            f"Patient positioned for a {s} plan; arc clearance checked.",
                            f"The simulation was performed for {s}.",
                        ]
                    ),
                )
            )
        elif feat == "complex_blocking":
            s = mk("FEATURE", "complex_blocking", rng.choice(FEAT_SURF[feat]))
            out.append(
                (
                    "Blocking",
                    f"{s} designed",
                    rng.choice(
                        [
                            f"{_cap_markup(s)} was designed at the simulation.",
                            f"Field design requires {s}.",
                            f"We drew {s} on the DRRs.",
                        ]
                    ),
                )
            )
        elif feat == "brachytherapy":
            s = mk("FEATURE", "brachytherapy", rng.choice(FEAT_SURF[feat]))
            out.append(
                (
                    "Applicator",
                    s,
                    rng.choice(
                        [
                            f"{_cap_markup(s)} on the planning images.",
                            f"After insertion, {s} with imaging; packing adequate.",
                            f"{_cap_markup(s)}, no displacement.",
                        ]
                    ),
                )
            )
        elif feat == "hyperthermia":
            s = mk("FEATURE", "hyperthermia", rng.choice(FEAT_SURF[feat]))
            out.append(
                (
                    "Hyperthermia",
                    s,
                    rng.choice(
                        [
                            f"{_cap_markup(s)} on the scan with the applicator bolus in place.",
                            f"Superficial hyperthermia: {s}.",
                            f"{_cap_markup(s)} prior to the first heat session.",
                        ]
                    ),
                )
            )
        else:
            raise ValueError(feat)
    return out


def modality_sentences(p: Plan, rng: random.Random, ct_unit: str) -> list[tuple[str, str, str]]:
    """(field, value-markup, sentence-markup) per planned modality."""
    out = []
    for mod in p.modalities:
        if mod == "CT":
            if p.four_d:
                s = mk("MODALITY", "CT", rng.choice(["4DCT", "4D CT", "4DCT/ITV scan", "4-dimensional CT"]))
                out.append(
                    (
                        "Imaging",
                        f"{s} acquired",
                        rng.choice(
                            [
                                f"A {s} was acquired on the {ct_unit} and the MIP/AVG reconstructed.",
                                f"{s} obtained, 10 phases; ITV drawn.",
                                f"Respiratory-correlated {s} was performed.",
                            ]
                        ),
                    )
                )
            else:
                surf = rng.choice(MOD_SURF["CT"])
                if "contrast" in p.features and "non-contrast" in surf:
                    surf = "planning CT"
                s = mk("MODALITY", "CT", surf)
                out.append(
                    (
                        "Imaging",
                        f"{s} ({ct_unit}), 2.5 mm slices",
                        rng.choice(
                            [
                                f"{_cap_markup(s)} was performed on the {ct_unit} with 2.5 mm slices.",
                                f"Images were acquired by {s} from above to below the region of interest.",
                                f"{_cap_markup(s)} completed, 3 mm cuts.",
                            ]
                        ),
                    )
                )
        elif mod == "MRI":
            s = mk("MODALITY", "MRI", rng.choice(MOD_SURF["MRI"]))
            out.append(
                (
                    "Fusion",
                    f"diagnostic {s} to planning CT",
                    rng.choice(
                        [
                            f"The diagnostic {s} to the planning CT for delineation.",
                            f"Recent {s} with the sim scan.",
                            f"{_cap_markup(s)} to the simulation CT for contouring.",
                        ]
                    ),
                )
            )
        elif mod == "PET":
            s = mk("MODALITY", "PET", rng.choice(MOD_SURF["PET"]))
            out.append(
                (
                    "Fusion",
                    f"staging {s} to sim CT",
                    rng.choice(
                        [
                            f"Staging {s} to the planning CT to define the involved volumes.",
                            f"The {s} with the simulation scan.",
                            f"{_cap_markup(s)} for target definition.",
                        ]
                    ),
                )
            )
        elif mod == "fluoroscopy":
            s = mk("MODALITY", "fluoroscopy", rng.choice(MOD_SURF["fluoroscopy"]))
            out.append(
                (
                    "Imaging",
                    s,
                    rng.choice(
                        [
                            f"Position checked under {s}.",
                            f"Isocenter verified with {s}.",
                            f"Orthogonal images taken with {s}.",
                        ]
                    ),
                )
            )
        elif mod == "ultrasound":
            s = mk("MODALITY", "ultrasound", rng.choice(MOD_SURF["ultrasound"]))
            out.append(
                (
                    "Imaging",
                    s,
                    rng.choice(
                        [
                            f"Placement guided by {s}.",
                            f"Depth of the lesion measured with {s}.",
                            f"{_cap_markup(s)} used to confirm position.",
                        ]
                    ),
                )
            )
    return out
