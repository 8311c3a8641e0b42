"""Evidence phrasing (counted, spanned) and trap phrasing (never spanned) for writer N."""

from __future__ import annotations

import random
import re

from .markup import tag
from .vocab import MR_LINAC, OLD_DATES, PROTOCOLS, PROTON_CENTER

NUM_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}

RATIONALE_CLAUSES: dict[str, list[str]] = {
    "OAR proximity": [
        "{target} lies within {mm} mm of the {oar}",
        "the {oar} is immediately adjacent to {target}, so margins have to be tight",
        "{target} abuts the {oar} and sits close to the {oar2}",
        "dose to the {oar} will be limiting because it is directly next to {target}",
        "{target} is in contact with the {oar} on the planning images",
        "the {oar} and {oar2} border {target} and need to be spared precisely",
    ],
    "irregular target": [
        "{target} is irregular and concave around the {oar}",
        "postoperative change leaves an irregular, non-convex target that curves along the {oar}",
        "the target volume is irregularly shaped, with a tongue of disease extending toward the {oar}",
        "{target} has an irregular outline that a simple field arrangement cannot conform to",
    ],
    "multiple targets": [
        "there are {n} discontiguous targets, each needing its own setup and shaping",
        "{n} separate volumes must be localized and shaped independently",
        "multiple separate targets ({n}) have to be covered without overlap at the junctions",
    ],
    "contrast for delineation": [
        "contrast is needed to separate {target} from the adjacent {oar}",
        "the vessels and {oar} cannot be told apart from {target} without contrast",
        "{target} is isodense with the {oar} on a non-contrast scan, so contrast is required to contour it",
    ],
    "fusion for delineation": [
        "{target} is poorly seen on CT alone and registration with the {mod} is needed to contour it",
        "the {mod} is required to define {target} against the {oar}",
        "soft-tissue extent of {target} is only visible on {mod}, so fusion is needed for delineation",
    ],
    "prior field overlap": [
        "prior radiation to the {prior} overlaps this region and the new fields must be matched to it",
        "there is a previous course ({prior}) abutting the current target, requiring composite dose review",
        "overlap with the prior field ({prior}) has to be avoided, which needs careful field placement",
    ],
    "immobilization": [
        "severe kyphosis and limited shoulder abduction require a custom immobilization device",
        "a resting tremor means a custom immobilization device is needed to hold the position",
        "the patient cannot lie flat because of orthopnea, so a custom cradle was built to reproduce the position",
        "prior hip replacement and contracture require custom immobilization for a reproducible setup",
    ],
    "anesthesia/immobilization": [
        "at age {age} the child cannot stay still, so general anesthesia with a custom mask is required",
        "the patient ({age} y) needs daily anesthesia and custom immobilization to hold a reproducible position",
        "a {age}-year-old cannot cooperate with positioning; anesthesia and a custom cradle are needed",
    ],
    "applicator verification": [
        "applicator position relative to the bladder and rectum must be verified before planning",
        "the tandem position and ring seating must be confirmed on imaging given the distorted anatomy",
        "applicator geometry has to be checked against the {oar} before dwell positions are set",
    ],
    "target motion": [
        "{target} moves about {cm} cm with breathing, so motion has to be characterised for the ITV",
        "respiratory excursion of {target} ({cm} cm craniocaudal) requires motion assessment",
        "marked respiratory motion of {target} near the {oar} needs motion-encompassing margins",
    ],
    "custom shielding": [
        "the lesion sits {mm} mm from the {oar}, requiring a custom cutout and shield",
        "irregular lesion margins require a custom-shaped cutout to spare the {oar}",
        "the field edge falls on the {oar}, so custom shielding is needed",
    ],
}

RATIONALE_LEADS = [
    "Complex simulation is needed because {c}.",
    "Reason for complex sim: {c}.",
    "Indication: {c}.",
    "This is a complex simulation: {c}.",
    "Medical necessity - {c}.",
    "{C}; complex simulation was therefore required.",
    "Rationale: {C}.",
    "Why complex: {c}.",
    "We needed a complex setup since {c}.",
]
RATIONALE_FIELDS = [
    "Rationale",
    "Medical necessity",
    "Complexity rationale",
    "Reason for complex simulation",
    "Clinical justification",
    "Why complex",
]

BARE_ASSERTIONS = [
    "Complex simulation was medically necessary.",
    "This simulation meets criteria for complex simulation.",
    "Complex sim required per attending.",
    "Simulation complexity: complex (per department policy).",
    "I attest that complex simulation was medically necessary.",
    "Complex simulation indicated.",
    "Medical necessity: see attending note.",
    "Complexity: high.",
    "Billing: 77290 (complex).",
    "Complex simulation per protocol.",
]


def _fill(rng: random.Random, template: str, ctx: dict[str, object]) -> str:
    oars = list(ctx["oars"])  # type: ignore[call-overload]
    oar = rng.choice(oars)
    oar2 = rng.choice([o for o in oars if o != oar] or oars)
    return template.format(
        target=ctx["target"],
        oar=oar,
        oar2=oar2,
        mm=rng.choice([2, 3, 4, 5, 6, 8]),
        n=NUM_WORDS.get(int(ctx.get("n") or 2), "several"),
        prior=ctx.get("prior", "chest wall"),  # type: ignore[call-overload]
        mod=ctx.get("mod", "MRI"),
        cm=rng.choice(["1.2", "1.5", "1.8", "2.1", "0.9"]),
        age=ctx.get("age", 4),
    )


def rationale(rng: random.Random, category: str, ctx: dict[str, object], form: str) -> str:
    """Return a counted rationale in sentence or field form (the clause is spanned)."""
    clause = _fill(rng, rng.choice(RATIONALE_CLAUSES[category]), ctx)
    if form == "field":
        return f"{rng.choice(RATIONALE_FIELDS)}: {tag('R', category, clause[0].upper() + clause[1:])}"
    lead = rng.choice(RATIONALE_LEADS)
    if lead.startswith("{C}") or "{C}" in lead:
        return lead.replace("{C}", tag("R", category, clause[0].upper() + clause[1:]))
    return lead.replace("{c}", tag("R", category, clause))


def bare_assertion(rng: random.Random) -> str:
    """Return a bare assertion of complexity (never spanned)."""
    return rng.choice(BARE_ASSERTIONS)


FEATURE_SENT = {
    "contrast": [
        "{S} was given before the scan.",
        "{S} administered; no reaction.",
        "Pt received {S} prior to scanning.",
        "Scan obtained with {S}.",
        "{S} given per protocol and tolerated well.",
    ],
    "arc_rotational": [
        "Technique chosen at sim: {S}.",
        "Simulated for {S} delivery.",
        "Isocenter set for {S}.",
        "Treatment technique selected today: {S}.",
    ],
    "particle": [
        "Simulated in the proton CT for {S} at {P}.",
        "Treatment modality at sim: {S}.",
        "This is a {S} simulation ({P}); range-uncertainty margins discussed with physics.",
    ],
    "custom_shielding": [
        "A {S} was fabricated and checked on the patient.",
        "{S} made at sim and fitted.",
        "Shielding: {S} made and verified on skin.",
    ],
    "complex_blocking": [
        "{S} drawn to spare the {O}.",
        "Field requires {S} around the {O}.",
        "Physician drew {S} on the DRR to shield the {O}.",
    ],
    "brachytherapy": ["{S} on the CT images.", "{S} before planning; no displacement.", "Fluoro/CT: {S}."],
    "hyperthermia": ["{S} on the planning CT.", "{S} prior to the scan; probes secured."],
}
FEATURE_FIELD = {
    "contrast": ["Contrast", "Contrast given", "Contrast agent"],
    "arc_rotational": ["Technique", "Delivery", "Tx technique"],
    "particle": ["Modality", "Beam type", "Particle"],
    "custom_shielding": ["Shielding", "Custom blocks", "Cutout"],
    "complex_blocking": ["Blocking", "Field shaping"],
    "brachytherapy": ["Applicator", "Applicator check"],
    "hyperthermia": ["Hyperthermia", "Probes"],
}


def feature(rng: random.Random, name: str, surface: str, oars: list[str], form: str) -> str:
    """Return a counted feature (the surface is spanned)."""
    span = tag("F", name, surface)
    if form == "field":
        return f"{rng.choice(FEATURE_FIELD[name])}: {span}"
    text = rng.choice(FEATURE_SENT[name])
    if text.startswith("{S}"):
        span = tag("F", name, surface[0].upper() + surface[1:])
    return text.format(S=span, P=rng.choice(PROTON_CENTER), O=rng.choice(oars))


MODALITY_SENT = {
    "CT": [
        "{S} acquired in the treatment position, 2.5 mm slices, vertex to mid-thigh as needed.",
        "{S} performed on {C}.",
        "{S} obtained after positioning; isocenter marked with tattoos.",
        "{S} was done with 2 mm slices through the region of interest.",
        "We performed {S} in the planning position.",
    ],
    "MRI": ["{S} for target delineation.", "{S} on {L}; sequences T2 3D and T1 Dixon.", "{S} was used for contouring."],
    "PET": ["{S} for target delineation.", "{S} to help define the GTV.", "{S}; registration reviewed by MD."],
    "ultrasound": ["{S} used to confirm position.", "{S} performed at sim.", "{S} guided placement."],
    "fluoroscopy": ["{S} used to set the fields.", "{S} used for field placement.", "Localization by {S}."],
}
MODALITY_FIELD = {
    "CT": ["Imaging", "Scan", "CT"],
    "MRI": ["MRI", "Fusion", "MR"],
    "PET": ["PET", "Fusion (PET)"],
    "ultrasound": ["US", "Ultrasound"],
    "fluoroscopy": ["Fluoro", "Sim type"],
}


def modality(rng: random.Random, name: str, surface: str, form: str, scanner: str) -> str:
    """Return a counted imaging modality (the surface is spanned)."""
    span = tag("M", name, surface)
    if form == "field":
        return f"{rng.choice(MODALITY_FIELD[name])}: {span}"
    text = rng.choice(MODALITY_SENT[name])
    if text.startswith("{S}"):
        span = tag("M", name, surface[0].upper() + surface[1:])
    return text.format(S=span, C=scanner, L=rng.choice(MR_LINAC))


def fused_old_mri(rng: random.Random, od: str, form: str) -> str:
    """A diagnostic MRI with gadolinium fused to the planning CT: MRI counts, its contrast does not."""
    span = tag("M", "MRI", rng.choice(["Diagnostic MRI", "Outside MRI", "Prior diagnostic MR"]))
    tail = rng.choice(["registered to the planning CT for contouring", "fused to the sim CT for delineation"])
    if form == "field":
        return f"Fusion: {span} ({od}, with gadolinium) {tail}"
    return f"{span} from {od} (obtained with gadolinium) was {tail}."


AREA_NOUNS = ["treatment areas", "separate treatment areas", "areas", "treatment sites", "separate sites"]


def _join(parts: list[str], rng: random.Random) -> str:
    if len(parts) == 1:
        return parts[0]
    sep = rng.choice([", ", "; ", " / "])
    conj = rng.choice([" and ", ", ", " + "])
    return sep.join(parts[:-1]) + conj + parts[-1]


def areas_known(rng: random.Random, areas: list[tuple[str, str]], form: str, layout: str) -> tuple[str, str]:
    """Return (markup, form name) documenting the given areas (value, surface)."""
    n = len(areas)
    sites = [tag("S", v, s) for v, s in areas]
    word = NUM_WORDS[n]
    if form == "list":
        lead = rng.choice(["Treatment areas", "Sites simulated", "Areas", "Targets simulated", "Treatment site(s)"])
        return f"{lead}: {_join(sites, rng)}.", form
    if form == "count_list":
        noun = rng.choice(AREA_NOUNS) if n > 1 else "treatment area"
        cnt = tag("A", str(n), rng.choice([word, str(n)]) + " " + noun)
        return rng.choice(
            [f"{cnt[0:2]}{cnt[2:]}: {_join(sites, rng)}.", f"Simulated {cnt} ({_join(sites, rng)})."]
        ), form
    if form == "count_only":
        label = rng.choice(
            ["Number of treatment areas", "# areas", "No. of treatment areas", "Treatment areas (count)"]
        )
        return f"{label}: {tag('A', str(n), str(n))}", form
    if form == "checkbox" and n <= 3:
        boxes = []
        for k in (1, 2, 3):
            mark = "[x]" if k == n else "[ ]"
            lab = f"{k}" if k < 3 else "3+"
            boxes.append(tag("A", str(n), f"{mark} {lab}") if k == n else f"{mark} {lab}")
        return f"Number of areas: {'  '.join(boxes)}   ({_join(sites, rng)})", form
    if form == "iso" and n >= 2:
        rows = [f"Iso {i + 1}: {s}" for i, s in enumerate(sites)]
        return ("Isocenters:\n" + "\n".join(rows)) if layout != "prose" else "; ".join(rows) + ".", form
    if form == "numbered":
        rows = [f"{i + 1}) {s}" for i, s in enumerate(sites)]
        return ("Targets:\n" + "\n".join(rows)) if layout != "prose" else "Targets " + " ".join(rows) + ".", form
    if form == "table":
        doses = ["50 Gy/25", "45 Gy/25", "60 Gy/30", "30 Gy/10", "20 Gy/5", "24 Gy/3", "54 Gy/30", "66 Gy/33"]
        sep = rng.choice(["|", "\t"])
        if sep == "|":
            head = "| # | Site | Dose/fx | Energy |\n|---|---|---|---|"
            rows = [
                f"| {i + 1} | {s} | {rng.choice(doses)} | {rng.choice(['6X', '10X', '6FFF', '15X'])} |"
                for i, s in enumerate(sites)
            ]
        else:
            head = "#\tSite\tDose/fx\tEnergy"
            rows = [
                f"{i + 1}\t{s}\t{rng.choice(doses)}\t{rng.choice(['6X', '10X', '6FFF'])}" for i, s in enumerate(sites)
            ]
        return head + "\n" + "\n".join(rows), "table"
    # sentence
    if n == 1:
        return rng.choice(
            [
                f"Single treatment area: {sites[0]}.",
                f"Target for this course is the {sites[0]} only.",
                f"One site only ({sites[0]}).",
            ]
        ), "sentence"
    return rng.choice(
        [f"We simulated the {_join(sites, rng)} as separate areas.", f"Areas included the {_join(sites, rng)}."]
    ), "sentence"


AREAS_UNKNOWN = [
    "Treatment areas: ***",
    "Areas: {blank}",
    "Sites: see plan directive in ARIA",
    "Treatment area(s): per attending",
    "# of areas: ___",
    "Targets: multiple - see prescription",
    "Treatment sites: to be finalized by attending",
    "Areas: as per protocol",
    "Site(s): see Rx",
    "Number of areas: [ ] 1 [ ] 2 [ ] 3+",
]

NEG_FEATURE = {
    "contrast": [
        "No IV contrast (eGFR {gfr}).",
        "Contrast: none.",
        "No oral or IV contrast used.",
        "IV contrast withheld - iodinated contrast allergy (anaphylaxis {od}).",
        "Contrast not given.",
    ],
    "arc_rotational": ["Not a VMAT plan; 3D conformal.", "No arcs - static fields only.", "VMAT not needed."],
    "particle": [
        "Photon plan; not a proton candidate per insurance.",
        "Protons considered and declined.",
        "Not treated with protons.",
    ],
    "custom_shielding": ["No custom blocks needed.", "Custom shielding: not required.", "No cutout fabricated."],
    "complex_blocking": ["No complex blocking - standard MLC only.", "MLC shaping only (no blocks)."],
    "brachytherapy": ["No applicator placed today.", "Brachy component deferred - not done today."],
    "hyperthermia": ["No hyperthermia.", "Hyperthermia not part of this course."],
}
PLANNED_FEATURE = {
    "contrast": [
        "May need IV contrast at re-sim if nodes are hard to see.",
        "Will consider oral contrast next time.",
        "Contrast CT to be scheduled if Cr improves.",
    ],
    "arc_rotational": [
        "May convert to VMAT at planning if OAR constraints are not met.",
        "Dosimetry to decide whether VMAT is needed.",
        "Could consider arcs later.",
    ],
    "particle": [
        "Will refer for proton consult if insurance approves.",
        "Proton plan comparison may be requested.",
        "Protons to be discussed at tumor board.",
    ],
    "custom_shielding": [
        "A custom block may be made at first treatment if needed.",
        "Cutout to be made if clinical setup changes.",
    ],
    "complex_blocking": ["Complex blocking could be considered at planning."],
    "brachytherapy": [
        "Brachytherapy boost planned after EBRT (separate procedure).",
        "Will return for applicator placement.",
    ],
    "hyperthermia": ["Hyperthermia may be added on protocol."],
}
BLANK_FEATURE = {
    "contrast": ["Contrast: ***", "Contrast type/volume: {blank}", "[ ] IV contrast  [ ] oral  [ ] rectal"],
    "arc_rotational": ["Technique: ***", "[ ] VMAT  [ ] 3D  [ ] IMRT"],
    "particle": ["Particle: {blank}", "[ ] Protons"],
    "custom_shielding": ["[ ] Custom blocks", "Cutout: ***"],
    "complex_blocking": ["[ ] Complex blocking", "Blocking: {blank}"],
    "brachytherapy": ["Applicator: ***", "[ ] Applicator verified"],
    "hyperthermia": ["[ ] Hyperthermia probes"],
}
PLANNED_MODALITY = {
    "MRI": [
        "MRI fusion to be requested if the target is unclear.",
        "Will obtain an MRI for planning fusion next week.",
        "May need MR-sim on the MR-Linac later in the course.",
    ],
    "PET": ["Restaging PET/CT ordered; fuse if available.", "Will fuse PET once the outside disk is loaded."],
    "ultrasound": ["Ultrasound may be used at first fraction."],
    "fluoroscopy": ["Fluoro check at the first treatment if needed."],
    "CT": ["CT sim to be rescheduled."],
}
NEG_MODALITY = {
    "MRI": ["No MRI fusion (pacemaker).", "MRI not available for fusion."],
    "PET": ["No PET fusion - PET not obtained."],
    "ultrasound": ["No ultrasound used."],
    "fluoroscopy": ["Fluoroscopy not used."],
    "CT": ["No CT."],
}

NOT_FEATURES = {
    "dibh": [
        "DIBH with SGRT coaching; breath-hold reproducible x3 ({s} s).",
        "Deep inspiration breath hold coached; surface-guided gating window 3 mm.",
        "DIBH: yes, AlignRT-style surface tracking, avg hold {s} s.",
    ],
    "sgrt": [
        "Surface-guided setup (SGRT) reference surface captured.",
        "SGRT ROI drawn on the chest/abdomen for setup.",
        "Surface imaging reference acquired for daily setup.",
    ],
    "bolus": ["0.5 cm bolus placed over the scar.", "1 cm bolus on the skin (not a block).", "Bolus 5 mm, daily."],
    "custom_immobilization": [
        "Custom Vac-Lok bag molded.",
        "Custom thermoplastic mask made.",
        "Alpha Cradle custom mold formed today.",
    ],
    "mlc_only": [
        "Fields shaped with MLC only.",
        "Standard MLC conformal shaping; no blocks.",
        "MLC shaped to PTV + 7 mm.",
    ],
    "4dct_alone": [
        "4DCT acquired; ITV from MIP and 10 phases.",
        "Motion assessed with 4DCT (amplitude {cm} cm).",
        "Respiratory-correlated CT obtained (4D).",
    ],
}


def trap_line(rng: random.Random, kind: str, name: str) -> str:
    """Return an unspanned trap sentence for a feature/modality name."""
    table = {
        "neg_feature": NEG_FEATURE,
        "planned_feature": PLANNED_FEATURE,
        "blank_feature": BLANK_FEATURE,
        "planned_modality": PLANNED_MODALITY,
        "neg_modality": NEG_MODALITY,
        "not_feature": NOT_FEATURES,
    }[kind]
    values = _Keep(
        gfr=rng.choice([24, 28, 31, 38]),
        od=rng.choice(OLD_DATES),
        s=rng.choice([22, 25, 30, 35]),
        cm=rng.choice(["0.4", "0.6", "1.1"]),
    )
    return rng.choice(table[name]).format_map(values)


class _Keep(dict):  # type: ignore[type-arg]
    """Format values that leave unknown fields (smart-phrase ``{blank}``) as they are."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def protocol_line(rng: random.Random) -> str:
    """Protocol-eligibility text: mentions protons or hypofractionated arcs as trial arms, not as what was done."""
    p = rng.choice(PROTOCOLS)
    return rng.choice(
        [
            f"Screened for protocol {p} (proton vs photon); ineligible due to prior RT - treating off study with "
            "photons.",
            f"Eligible for {p}, which would randomize to IMPT or IMRT; patient declined enrollment.",
            f"Protocol {p} consent pending; if enrolled, the arm may require proton therapy (not decided today).",
            f"Considered {p} (hypofractionated VMAT arm) - not enrolled.",
        ]
    )


def copy_forward_block(rng: random.Random, prior_site: str, year: str) -> str:
    """A block copied forward from a prior course; everything in it is historical."""
    found = re.search(r"(19|20)\d\d", prior_site)
    year = found.group(0) if found else year
    return rng.choice(
        [
            f"[Copied forward from {year} sim note - prior course]\nPrior course: {prior_site}; IV contrast given, "
            "VMAT, "
            f"three treatment areas; MRI fused.\n[end copied text]",
            f"Prior course ({year}, copied from previous sim note): treated {prior_site} with custom Cerrobend "
            "blocks and "
            f"oral contrast; PET fused.",
            f"*** COPY-FORWARD (previous course {year}) ***\nSim {year}: {prior_site}, proton therapy, bladder "
            "contrast. "
            f"Not applicable to today.",
        ]
    )


def historical(rng: random.Random, site: dict[str, object]) -> tuple[str, bool]:
    """Return a historical diagnostic imaging line and whether it mentions contrast."""
    line = rng.choice(site["hist"]).format(od=rng.choice(OLD_DATES))  # type: ignore[attr-defined]
    low = line.lower()
    return line, ("contrast" in low or "gadolinium" in low or "eovist" in low)
