"""Counted evidence (markup with spans) and trap phrasing for writer R.

Every counted mention is a markup token; every trap phrase is plain text that, by the labeling guide, does not
count (negated, planned, historical, blank, copied forward, superseded, pended, about someone else).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .vocab import SITES

FEATURE_ORDER = (
    "arc_rotational",
    "brachytherapy",
    "complex_blocking",
    "contrast",
    "custom_shielding",
    "hyperthermia",
    "particle",
)
MODALITY_ORDER = ("CT", "MRI", "PET", "fluoroscopy", "ultrasound")


@dataclass
class Plan:
    """What one note documents, decided before any text is written."""

    nid: str
    outcome: str
    note_type: str
    style: str
    site: str
    rationale: str | None = None
    areas: list[tuple[str, str]] | None = None
    area_form: str = "absent"
    features: list[str] = field(default_factory=list)
    contrast_kind: str = ""
    modalities: list[str] = field(default_factory=list)
    fourd: bool = False
    traps: list[str] = field(default_factory=list)
    ctx: dict[str, str] = field(default_factory=dict)

    @property
    def n_areas(self) -> int | None:
        """The planned count by the validator's rule."""
        if self.areas is None:
            return None
        return len(site_keys([v for v, _ in self.areas]))


def site_keys(values: list[str]) -> list[str]:
    """Distinct area keys as the validator counts them (``bilateral X`` is two)."""
    keys: list[str] = []
    for value in values:
        parts = [f"left {value[10:]}", f"right {value[10:]}"] if value.startswith("bilateral ") else [value]
        for part in parts:
            if part not in keys:
                keys.append(part)
    return keys


def fmt(template: str, ctx: dict[str, str]) -> str:
    """Fill laterality slots."""
    return (
        template.replace("{side}", ctx["side"])
        .replace("{Side}", ctx["side"].capitalize())
        .replace("{s}", ctx["side"][0].upper())
        .replace("{contra}", ctx["contra"])
        .replace("{c}", ctx["contra"][0].upper())
    )


NUM_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}
AREA_NOUNS = ["treatment areas", "treatment sites", "separate treatment areas", "anatomic treatment areas", "areas"]
AREA_NOUN_1 = ["treatment area", "treatment site", "area"]


def tok(kind: str, value: str, surface: str) -> str:
    """One markup token."""
    if "|" in surface or "<" in surface or ">" in surface or surface != surface.strip():
        raise ValueError("bad surface")
    return f"<<{kind}:{value}|{surface}>>"


def site_tok(value: str, surface: str) -> str:
    """A TREATMENT_SITE token."""
    return tok("S", value, surface)


def count_tok(n: int, rng: random.Random, fieldish: bool = False) -> str:
    """An AREA_COUNT token."""
    if fieldish:
        return tok("C", str(n), str(n))
    word = rng.choice([str(n), NUM_WORDS[n], NUM_WORDS[n].capitalize()])
    noun = rng.choice(AREA_NOUN_1 if n == 1 else AREA_NOUNS)
    return tok("C", str(n), f"{word} {noun}")


def join_names(names: list[str], rng: random.Random) -> str:
    """Join names with commas and a final conjunction."""
    if len(names) == 1:
        return names[0]
    glue = rng.choice([", ", "; ", " + "])
    last = rng.choice([" and ", ", ", " + ", " & "]) if glue != "; " else "; "
    return glue.join(names[:-1]) + last + names[-1]


def areas_piece(plan: Plan, rng: random.Random) -> tuple[str, str, str]:
    """Return (field, value, sentence) for the planned area form."""
    areas = plan.areas or []
    n = plan.n_areas
    names = [site_tok(v, s) for v, s in areas]
    form = plan.area_form
    field_name = rng.choice(["Treatment site(s)", "Sites", "Treatment areas", "Area(s) simulated", "Target sites"])
    if form == "single":
        value = names[0]
        sentence = rng.choice(
            [
                f"Single treatment area: {value}.",
                f"The {value} is the only site being treated.",
                f"Simulated for treatment of the {value} alone.",
                f"Area simulated - {value}.",
            ]
        )
        return field_name, value, sentence
    if form == "count_single":
        c = count_tok(1, rng)
        value = f"{c} ({names[0]})"
        return "Number of areas", value, rng.choice([f"{c}: {names[0]}.", f"This is {c}, the {names[0]}."])
    if form == "named":
        value = join_names(names, rng)
        sentence = rng.choice(
            [
                f"Areas simulated: {value}.",
                f"We simulated the {value}.",
                f"Targets today are the {value}.",
                f"Fields set up for {value}.",
            ]
        )
        return field_name, value, sentence
    if form == "bilateral":
        value = join_names(names, rng)
        return field_name, value, rng.choice([f"Treatment volumes: {value}.", f"Simulated for the {value}."])
    if form == "stated_count":
        assert n is not None
        c = count_tok(n, rng)
        return (
            "Number of treatment areas",
            tok("C", str(n), str(n)),
            rng.choice([f"{c} simulated today.", f"This simulation covers {c}.", f"Total of {c}."]),
        )
    if form == "count_named":
        assert n is not None
        c = count_tok(n, rng)
        listed = join_names(names, rng)
        return (
            "Treatment areas",
            f"{tok('C', str(n), str(n))} ({listed})",
            rng.choice([f"{c}: {listed}.", f"{c} ({listed}).", f"There are {c} - {listed}."]),
        )
    if form == "numbered":
        label = rng.choice(["Site", "Area", "Rx site", "Target"])
        value = "; ".join(f"{label} {i + 1}: {name}" for i, name in enumerate(names))
        return "Sites", value, value + "."
    if form == "isocenters":
        label = rng.choice(["Isocenter", "Iso", "ISO"])
        value = "; ".join(f"{label} {i + 1} - {name}" for i, name in enumerate(names))
        return "Isocenters", value, value + "."
    if form == "vague":
        value = rng.choice(
            [
                "multiple areas per plan",
                "see treatment plan",
                "sites per dosimetry directive",
                "several sites, TBD with physics",
            ]
        )
        return field_name, value, f"Sites: {value}."
    return "", "", ""


CONTRAST_SURF = {
    "IV": [
        ("IV contrast", " ({agent} {ml} mL via {g}g {iv})"),
        ("intravenous contrast", " ({agent}, {ml} mL) given after the non-contrast series"),
        ("IV contrast", " administered, {ml} mL {agent}"),
    ],
    "oral": [("oral contrast", " ({oral} {ml} mL) {min} min before scan"), ("PO contrast", " given ({oral})")],
    "rectal": [("rectal contrast", " ({ml} mL dilute {agent}) instilled"), ("rectal contrast", " via small catheter")],
    "vaginal": [("vaginal contrast", " (contrast-soaked gauze/marker)"), ("vaginal contrast", " gel placed")],
    "bladder": [
        ("bladder contrast", " via Foley ({ml} mL Cysto-Conray)"),
        ("intravesical contrast", " instilled, {ml} mL"),
    ],
}
AGENTS = ["Omnipaque 350", "Isovue 300", "Omnipaque 300", "Visipaque 320"]
ORALS = ["Readi-Cat 2", "dilute Gastrografin", "barium sulfate suspension"]
IVS = ["R AC", "L AC", "L forearm", "R hand", "port (power-injectable)"]


def feature_piece(feature: str, plan: Plan, rng: random.Random) -> tuple[str, str, str]:
    """Return (field, value, sentence) for one counted feature."""
    site = plan.site
    if feature == "contrast":
        kind = plan.contrast_kind or "IV"
        surface, tail = rng.choice(CONTRAST_SURF[kind])
        tail = tail.format(
            agent=rng.choice(AGENTS),
            ml=rng.choice([30, 50, 75, 80, 90, 100, 120]),
            g=rng.choice([20, 22]),
            iv=rng.choice(IVS),
            oral=rng.choice(ORALS),
            min=rng.choice([30, 45, 60]),
        )
        t = tok("F", "contrast", surface)
        return (
            "Contrast",
            f"{t}{tail}",
            rng.choice([f"{t}{tail}.", f"Scan acquired with {t}{tail}.", f"{t}{tail} - no reaction."]),
        )
    if feature == "arc_rotational":
        opts = [
            "VMAT",
            "volumetric modulated arc therapy (VMAT)",
            "RapidArc",
            "helical tomotherapy",
            "2 full arcs (VMAT)",
            "partial-arc VMAT",
        ]
        if site == "brain_srs":
            opts = ["dynamic conformal arcs", "HyperArc", "VMAT (4 noncoplanar arcs)"]
        t = tok("F", "arc_rotational", rng.choice(opts))
        return (
            "Technique",
            t,
            rng.choice(
                [
                    f"Treatment technique: {t}.",
                    f"Simulated for a {t} plan.",
                    f"Technique selected at simulation is {t}.",
                    f"Delivery: {t}.",
                ]
            ),
        )
    if feature == "particle":
        t = tok(
            "F",
            "particle",
            rng.choice(["PBS proton therapy", "pencil-beam scanning protons", "proton therapy", "IMPT (protons)"]),
        )
        return (
            "Modality of treatment",
            t,
            rng.choice(
                [
                    f"Simulated in treatment position for {t} at the Halbrook Proton Suite.",
                    f"Treatment with {t}; proton-specific setup used.",
                    f"Beam type: {t}.",
                ]
            ),
        )
    if feature == "custom_shielding":
        opts = [
            "custom electron cutout",
            "custom Cerrobend cutout",
            "custom lead eye shield",
            "Cerrobend block",
            "custom lead cutout",
        ]
        if site == "skin":
            opts = ["custom electron cutout", "custom Cerrobend cutout", "custom lead cutout", "custom lead shield"]
        t = tok("F", "custom_shielding", rng.choice(opts))
        return (
            "Shielding",
            t,
            rng.choice(
                [
                    f"A {t} was fabricated and checked on the patient.",
                    f"{t} made from the clinical outline.",
                    f"Blocks: {t}.",
                ]
            ),
        )
    if feature == "complex_blocking":
        t = tok("F", "complex_blocking", rng.choice(["complex blocking", "complex field blocking", "complex blocks"]))
        oar = rng.choice(list(SITES[site]["oars"]))  # type: ignore[arg-type]
        return (
            "Blocking",
            t,
            rng.choice(
                [f"{t} required around the {oar}.", f"Field shaping involves {t}.", f"{t} designed at the simulator."]
            ),
        )
    if feature == "brachytherapy":
        opts = {
            "gyn": [
                "tandem and ovoid applicator position verified",
                "tandem and ring applicator verified",
                "vaginal cylinder position verified",
                "applicator position verified",
            ],
            "prostate": ["HDR catheter positions verified", "interstitial catheter positions verified"],
        }.get(site, ["applicator position verified"])
        t = tok("F", "brachytherapy", rng.choice(opts))
        return (
            "Applicator",
            t,
            rng.choice([f"{t} on the planning images.", f"Brachy: {t} prior to dosimetry.", f"{t}; no displacement."]),
        )
    if feature == "hyperthermia":
        t = tok(
            "F",
            "hyperthermia",
            rng.choice(["hyperthermia probe position verified", "thermometry probe placement verified"]),
        )
        return "Hyperthermia", t, f"{t} for concurrent regional hyperthermia."
    raise ValueError(feature)


def modality_piece(mod: str, plan: Plan, rng: random.Random, old_contrast: bool) -> tuple[str, str, str]:
    """Return (field, value, sentence) for one counted modality."""
    date = plan.ctx["hist_date"]
    if mod == "CT":
        if plan.fourd:
            t = tok("M", "CT", rng.choice(["4DCT", "4D-CT", "4DCT (10 phases)"]))
            return (
                "Imaging",
                f"{t}, ITV built from MIP/all phases",
                rng.choice(
                    [f"{t} acquired with {plan.ctx['resp']}; ITV from all phases.", f"{t}/ITV: {plan.ctx['resp']}."]
                ),
            )
        ct_opts = ["CT simulation", "CT sim", "planning CT", "CT simulator scan"]
        if "contrast" not in plan.features:
            ct_opts.append("non-contrast planning CT")
        t = tok("M", "CT", rng.choice(ct_opts))
        slice_ = rng.choice(["1.5 mm", "2 mm", "2.5 mm", "3 mm"])
        return (
            "Imaging",
            f"{t} ({plan.ctx['ct_unit']}, {slice_} slices)",
            rng.choice(
                [
                    f"{t} performed on the {plan.ctx['ct_unit']} at {slice_}.",
                    f"{t} acquired, {slice_} slices.",
                    f"Images: {t}, {slice_}.",
                ]
            ),
        )
    if mod == "MRI":
        desc = "T1 post-gadolinium MRI" if old_contrast else rng.choice(["MRI", "T2 MRI", "MR"])
        t = tok("M", "MRI", desc)
        return (
            "Fusion",
            f"{t} from {date} fused",
            rng.choice(
                [
                    f"Diagnostic {t} from {date} was registered to the planning scan for contouring.",
                    f"{t} {date} fused (rigid) for delineation.",
                ]
            ),
        )
    if mod == "PET":
        t = tok("M", "PET", rng.choice(["PET/CT", "FDG PET", "PET"]))
        extra = " (with IV contrast)" if old_contrast else ""
        return (
            "Fusion",
            f"{t}{extra} {date} registered",
            rng.choice(
                [
                    f"{t}{extra} from {date} fused for target delineation.",
                    f"Registered {t}{extra} ({date}) used for GTV definition.",
                ]
            ),
        )
    if mod == "fluoroscopy":
        t = tok("M", "fluoroscopy", rng.choice(["fluoroscopy", "conventional simulator (fluoroscopy)", "fluoro"]))
        if plan.note_type == "brachy_procedure":
            return "Imaging", t, rng.choice([f"{t} used to guide insertion.", f"Insertion checked under {t}."])
        return "Imaging", t, rng.choice([f"Fields set on the {t}.", f"{t} used to set borders on bony landmarks."])
    if mod == "ultrasound":
        t = tok("M", "ultrasound", rng.choice(["transabdominal ultrasound", "ultrasound guidance", "TRUS"]))
        return "Guidance", t, rng.choice([f"{t} used during insertion.", f"Placement under {t}."])
    raise ValueError(mod)


RATIONALE = {
    "OAR proximity": [
        "{target} lies within {mm} mm of the {oar}, so margins and {oar} dose must be shaped individually",
        "{target} abuts the {oar}; individualized planning is needed to keep the {oar} below tolerance",
        "of the close proximity of {target} to the {oar} and {oar2}",
        "the {oar} sits only {mm} mm from {target}",
    ],
    "irregular target": [
        "{target} is irregular and wraps around the {oar}",
        "the target is concave and hugs the {oar} over {cm} cm",
        "{target} has an irregular, lobulated contour spanning {cm} cm craniocaudally",
    ],
    "multiple targets": [
        "separate targets at different depths need matched, non-overlapping fields",
        "{n} noncontiguous targets must be junctioned without overlap",
        "multiple target volumes require individual isocenter placement and field matching",
    ],
    "contrast for delineation": [
        "contrast is needed to separate {target} from the adjacent {oar}",
        "without contrast the {oar} cannot be distinguished from {target} on the planning images",
    ],
    "fusion for delineation": [
        "{target} is only visible on {modname}, so fusion is required to delineate it",
        "the extent of {target} is not seen on CT and registration of the {modname} is needed for contouring",
    ],
    "prior field overlap": [
        "a prior course ({prior}, {yr}) overlaps this field and the cumulative {oar} dose must be respected",
        "this is re-irradiation: the {oar} already received {gy} Gy in {yr}",
        "the new field abuts a {yr} field, so junction and composite {oar} dose need careful matching",
    ],
    "immobilization": [
        "severe kyphosis and {cond} prevent standard positioning, so a custom-molded {immob} is required",
        "{cond} makes standard setup unreliable and requires custom {immob} with indexing",
    ],
    "anesthesia/immobilization": [
        "at age {age} the child cannot lie still, so general anesthesia and a custom {immob} are required",
        "a {age}-year-old who cannot cooperate requires anesthesia and custom {immob} for reproducible setup",
    ],
    "applicator verification": [
        "the applicator position relative to the {oar} must be verified before dosimetry",
        "applicator geometry has to be confirmed against the {oar} and {oar2} before each fraction",
    ],
    "custom shielding": [
        "the lesion is {mm} mm from the {oar}, so a custom cutout is needed to shield it",
        "the {oar} must be protected by a custom shield given the lesion's position",
    ],
    "target motion": [
        "{target} moves {mm} mm craniocaudally with respiration, requiring an ITV",
        "tumor excursion of {mm} mm with breathing must be captured for the ITV",
    ],
}
CONDITIONS = [
    "a rotator cuff tear",
    "Parkinsonian tremor",
    "severe claustrophobia",
    "a left hip contracture",
    "morbid obesity (BMI 46)",
    "ankylosing spondylitis",
]
PRIORS = ["whole-breast RT", "pelvic EBRT", "neck RT", "mediastinal RT", "spine palliation", "prostate IMRT"]


def rationale_text(plan: Plan, rng: random.Random) -> str:
    """The reason text (without markup)."""
    site = SITES[plan.site]
    cat = plan.rationale or ""
    oars = rng.sample(list(site["oars"]), 2)  # type: ignore[arg-type]
    target = "the target" if plan.areas is None else rng.choice(list(site["target"]))  # type: ignore[arg-type]
    modname = "MRI" if "MRI" in plan.modalities else "PET/CT"
    text = rng.choice(RATIONALE[cat]).format(
        target=target,
        oar=oars[0],
        oar2=oars[1],
        mm=rng.choice([2, 3, 4, 5, 6, 8, 12, 15, 18]),
        cm=rng.choice([4, 6, 7, 9, 11]),
        n=plan.n_areas or 2,
        modname=modname,
        prior=rng.choice(PRIORS),
        yr=rng.randint(2009, 2022),
        gy=rng.choice([30, 45, 50, 60]),
        cond=rng.choice(CONDITIONS),
        immob=rng.choice(list(site["immob"])),
        age=plan.ctx.get("age", "4"),  # type: ignore[arg-type]
    )
    return text


def rationale_piece(plan: Plan, rng: random.Random) -> tuple[str, str, str]:
    """Return (field, value, sentence) for the counted rationale."""
    text = rationale_text(plan, rng)
    t = tok("R", plan.rationale or "", text)
    field_name = rng.choice(
        [
            "Rationale for complex simulation",
            "Medical necessity",
            "Complexity rationale",
            "Reason for complex sim",
            "Indication (complex sim)",
        ]
    )
    sentence = rng.choice(
        [
            f"Complex simulation is required because {t}.",
            f"Medical necessity: {t}.",
            f"Why complex: {t}.",
            f"Complex sim needed - {t}.",
            f"Rationale: {t}.",
        ]
    )
    return field_name, t, sentence


BARE = [
    "Complex simulation medically necessary.",
    "Complex sim indicated.",
    "This simulation was complex per department standards.",
    "Medically necessary complex simulation performed.",
    "Simulation complexity: {Simple/Intermediate/Complex:31245::Complex}",
    "Complexity of simulation: complex (see charge).",
    "Complex simulation warranted.",
    "Sim level: complex, medically necessary per attending.",
]

NEG_FEATURE = {
    "contrast": [
        "No IV contrast given (Cr {cr}).",
        "Contrast: none.",
        "Oral contrast not used.",
        "IV contrast held - no access.",
        "no contrast",
    ],
    "arc_rotational": ["Technique: 3D conformal, not VMAT.", "No arcs - static fields.", "VMAT not used."],
    "custom_shielding": ["No custom blocks needed.", "Cutout: none required.", "No shielding fabricated."],
    "particle": ["Not a proton candidate (payer denied).", "Protons not used.", "Photons only, no protons."],
    "brachytherapy": ["No applicator placed today.", "Brachytherapy not part of today's procedure."],
    "complex_blocking": ["No complex blocking.", "Blocking: MLC only, nothing complex."],
    "hyperthermia": ["No hyperthermia."],
}
PLANNED_FEATURE = {
    "contrast": ["may add IV contrast at re-sim if nodes are not visible", "consider oral contrast at boost sim"],
    "arc_rotational": [
        "could consider VMAT if constraints are not met with 3D",
        "VMAT to be discussed with dosimetry if needed",
    ],
    "custom_shielding": [
        "possible electron boost with a custom cutout later",
        "a custom block may be needed for the boost",
    ],
    "particle": ["proton referral to be considered if approved", "may refer to protons pending insurance review"],
    "brachytherapy": [
        "brachytherapy boost to follow EBRT (separate procedure)",
        "HDR boost to be scheduled after week 4",
    ],
    "complex_blocking": ["complex blocking might be needed for a cone-down"],
    "hyperthermia": ["hyperthermia referral is being explored"],
}
PLANNED_MOD = {
    "MRI": [
        "MRI for fusion ordered, to be obtained next week",
        "will fuse an MRI once scheduled",
        "MRI fusion if available before contouring",
    ],
    "PET": ["will fuse PET/CT once it is done", "PET/CT requested for fusion (pending)"],
    "ultrasound": ["ultrasound may be used at the boost"],
    "fluoroscopy": ["fluoroscopy to be considered at the next visit"],
}
NEG_MOD = {
    "MRI": ["No MRI available for fusion (pacemaker).", "MRI not fused - motion artifact.", "No MR fusion."],
    "PET": ["PET not fused.", "No PET available."],
    "ultrasound": ["No ultrasound used."],
    "fluoroscopy": ["No fluoro."],
}
UNFILLED = {
    "contrast": ["IV contrast given: {Yes/No:20451}", "Contrast type: ***", "Contrast: {Contrast:YES/NO:30218}"],
    "arc_rotational": ["Technique: {3D/IMRT/VMAT:28810}", "Arc therapy: ***"],
    "custom_shielding": ["Custom blocks: {Yes/No:12345}", "Cutout: ***"],
    "particle": ["Proton eligible: {Yes/No:12345}"],
    "brachytherapy": ["Applicator verified: {Yes/No:40012}"],
    "complex_blocking": ["Complex blocking: {Yes/No:12345}"],
    "hyperthermia": ["Hyperthermia: ***"],
}
FEATURE_WORDS = {
    "contrast": ["IV contrast", "oral contrast"],
    "arc_rotational": ["VMAT", "arc therapy"],
    "custom_shielding": ["custom Cerrobend block", "custom cutout"],
    "particle": ["proton therapy"],
    "brachytherapy": ["applicator verification"],
    "complex_blocking": ["complex blocking"],
    "hyperthermia": ["hyperthermia probe verification"],
}
MOD_WORDS = {"MRI": "MRI", "PET": "PET/CT", "ultrasound": "ultrasound", "fluoroscopy": "fluoroscopy"}
