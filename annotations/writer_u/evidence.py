"""Counted evidence for one note: rationale, areas, features and modalities as facts in several forms."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from writer_u.markup import tok
from writer_u.plan import Plan
from writer_u.vocab import CENTRES, DOSIMETRISTS, NURSES, PHYSICIANS, PHYSICISTS, SITES, THERAPISTS, Site

NUM = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}


@dataclass
class Fact:
    """One statement a note can make, as a form row (key, question, answer) and as a sentence."""

    key: str
    question: str
    answer: str
    sentence: str
    fragment: str = ""
    kind: str = "fact"

    def frag(self) -> str:
        """Return the bullet fragment (defaults to ``key: answer``)."""
        return self.fragment or f"{self.key}: {self.answer}"


@dataclass
class Ctx:
    """Per-note names, dates and numbers drawn from the note's text stream."""

    rng: random.Random
    plan: Plan
    site: Site
    md: str
    md2: str
    therapist: str
    therapist2: str
    physicist: str
    dosimetrist: str
    nurse: str
    centre: str
    date: str
    hist_dates: list[str]
    age: int
    sex: str
    oars: list[str]
    mrn: str
    job: str
    extras: dict[str, str] = field(default_factory=dict)

    def pick(self, options: list[str]) -> str:
        """Return one option from the note's text stream."""
        return self.rng.choice(options)

    @property
    def he(self) -> str:
        """Return the pronoun for the patient."""
        return "he" if self.sex == "M" else "she"

    @property
    def his(self) -> str:
        """Return the possessive pronoun for the patient."""
        return "his" if self.sex == "M" else "her"

    def hist_date(self) -> str:
        """Return an earlier date (diagnostic work-up)."""
        return self.rng.choice(self.hist_dates)


def make_ctx(rng: random.Random, plan: Plan) -> Ctx:
    """Draw names, dates, age and OARs for one note."""
    site = SITES[plan.site]
    year = rng.choice([2026, 2027])
    month = rng.randrange(1, 13)
    day = rng.randrange(1, 29)
    date = rng.choice(
        [f"{month:02d}/{day:02d}/{year}", f"{month}/{day}/{str(year)[2:]}", f"{year}-{month:02d}-{day:02d}"]
    )
    hist: list[str] = []
    for back in range(1, 5):
        m = (month - back * rng.randrange(1, 3) - 1) % 12 + 1
        y = year if m < month else year - 1
        hist.append(rng.choice([f"{m}/{rng.randrange(1, 29)}/{str(y)[2:]}", f"{m:02d}/{rng.randrange(1, 29):02d}/{y}"]))
    sex = "M" if plan.site in ("prostate", "prostate_brachy") else ("F" if plan.site in ("gyn",) else rng.choice("MF"))
    if plan.site == "breast":
        sex = "F"
    oars = list(site.oars)
    rng.shuffle(oars)
    mds = list(PHYSICIANS)
    rng.shuffle(mds)
    ths = list(THERAPISTS)
    rng.shuffle(ths)
    return Ctx(
        rng,
        plan,
        site,
        mds[0],
        mds[1],
        ths[0],
        ths[1],
        rng.choice(PHYSICISTS),
        rng.choice(DOSIMETRISTS),
        rng.choice(NURSES),
        rng.choice(CENTRES),
        date,
        hist,
        rng.randrange(38, 89),
        sex,
        oars,
        f"XXXXX{rng.randrange(100, 999)}",
        f"{rng.randrange(100000, 999999)}",
    )


def fill(ctx: Ctx, text: str) -> str:
    """Fill the common placeholders of a phrase."""
    rng = ctx.rng
    return text.format(
        oar=ctx.oars[0],
        oar2=ctx.oars[1 % len(ctx.oars)],
        mm=rng.randrange(2, 9),
        year=rng.randrange(2012, 2024),
        dose=rng.choice([20, 30, 36, 45, 50.4, 60, 8]),
        bmi=rng.randrange(36, 52),
        psa=f"{rng.uniform(4, 24):.1f}",
        vol=rng.randrange(22, 58),
        suv=f"{rng.uniform(3, 19):.1f}",
        cm=f"{rng.uniform(1.1, 6.8):.1f}",
        date=ctx.hist_date(),
        he=ctx.he,
        his=ctx.his,
        n=NUM.get(ctx.plan.area_count or 2, "several"),
        md=ctx.md,
        md2=ctx.md2,
        th=ctx.therapist,
        phys=ctx.physicist,
        cmd=ctx.dosimetrist,
    )


# ---------------------------------------------------------------- rationale
REASONS: dict[str, list[str]] = {
    "OAR proximity": [
        "the target abuts the {oar} and lies within {mm} mm of the {oar2}",
        "the PTV wraps around the {oar}, so margins must be tight",
        "gross disease sits directly against the {oar}",
        "the CTV is immediately adjacent to both the {oar} and the {oar2}, each dose-limiting",
        "the {oar} is in contact with the target volume and has to be spared",
        "the high-dose region lies in close proximity to the {oar}",
        "disease extends to within {mm} mm of the {oar}",
        "the expanded target overlaps the {oar} on the planning images",
        "the {oar} runs along the medial edge of the target",
        "dose to the {oar} is the limiting constraint because it touches the target",
    ],
    "irregular target": [
        "the target is irregular and concave around the {oar}",
        "the tumor volume is lobulated, horseshoe-shaped around the {oar}",
        "the target has a concave border facing the {oar}",
        "post-operative anatomy leaves a non-convex cavity outlined by clips",
        "the CTV has an irregular, multi-lobed outline",
        "the volume is crescent-shaped and hugs the {oar}",
    ],
    "multiple targets": [
        "{n} separate targets at different depths each need their own shaping",
        "the noncontiguous volumes must be matched without overlap at the junctions",
        "several distinct volumes need independent setup points",
        "separate targets with different prescriptions must be planned together",
        "the volumes are discontinuous, so each needs its own field arrangement",
    ],
    "contrast for delineation": [
        "contrast is needed to separate the {oar} from the target",
        "without opacification the {oar} cannot be contoured reliably next to the target",
        "the nodal target cannot be told apart from vessels without contrast",
        "enhancement is required to see the edge of the tumor against the {oar}",
    ],
    "fusion for delineation": [
        "the tumor edge is not visible on the planning images alone and is defined from the fused study",
        "gross disease is only seen on the registered diagnostic scan, which defines the GTV",
        "the target cannot be drawn on the planning CT without the fused images",
        "soft-tissue extent toward the {oar} is only resolved on the fused study",
    ],
    "prior field overlap": [
        "the volume overlaps a prior radiation field ({year}, {dose} Gy) and needs composite dose review",
        "previously irradiated tissue from the {year} course abuts the target",
        "this is re-irradiation with overlap of the {year} field near the {oar}",
        "the new target borders the {year} treatment volume, so the junction must be defined exactly",
    ],
    "immobilization": [
        "severe kyphosis and tremor require a custom immobilization device for reproducible setup",
        "chronic back pain limits positioning and requires custom immobilization",
        "body habitus (BMI {bmi}) needs a custom cradle for a reproducible position",
        "post-surgical contracture means a custom-molded support is needed to hold the position",
        "the patient cannot hold still without a custom immobilization device (Parkinson tremor)",
    ],
    "target motion": [
        "the lesion moves {mm} mm craniocaudally with breathing",
        "respiratory excursion of the tumor requires an ITV",
        "the target shifts with respiration next to the {oar}",
        "tumor motion of about {mm} mm with breathing has to be captured",
    ],
    "applicator verification": [
        "applicator position relative to the {oar} must be verified before dosimetry",
        "the applicator has to be confirmed in position against the {oar} before treatment",
        "applicator geometry must be checked against the {oar} and {oar2} before the plan",
    ],
    "custom shielding": [
        "the lesion is next to the {oar}, which must be protected with a custom shield",
        "the irregular lesion margin near the {oar} needs a custom-shaped block",
        "the {oar} lies within the field edge and must be shielded with a custom insert",
    ],
}
RATIONALE_LEADS = [
    "Complex simulation is required because {R}.",
    "Medical necessity: {R}.",
    "Rationale: {R}.",
    "This simulation is complex since {R}.",
    "Indication for complex sim - {R}.",
    "{R}; hence complex simulation.",
    "Reason for complexity: {R}.",
    "Complexity is driven by the fact that {R}.",
    "Justification: {R}.",
    "We need a complex simulation here because {R}.",
    "Per MD, {R}, which makes this a complex simulation.",
    "Clinically, {R}.",
]
RATIONALE_KEYS = [
    ("Medical necessity", "Why is complex simulation needed?"),
    ("Complexity rationale", "Reason for complex sim?"),
    ("Indication (MD)", "MD indication for complexity?"),
    ("Clinical justification", "Justification?"),
]


def rationale_fact(ctx: Ctx) -> Fact:
    """Return the note's counted rationale."""
    category = ctx.plan.rationale
    assert category is not None
    reason = fill(ctx, ctx.pick(REASONS[category]))
    span = tok("R", category, reason)
    key, question = ctx.pick(RATIONALE_KEYS)
    lead = ctx.pick(RATIONALE_LEADS)
    sentence = lead.replace("{R}", span)
    if lead.startswith("{R}"):
        sentence = lead.replace("{R}", tok("R", category, reason[0].upper() + reason[1:]))
    return Fact(key, question, span, sentence, kind="rationale")


# ---------------------------------------------------------------- areas
def _join(parts: list[str], rng: random.Random) -> str:
    if len(parts) == 1:
        return parts[0]
    conj = rng.choice([" and ", " & ", ", ", " + "])
    return ", ".join(parts[:-1]) + conj + parts[-1]


def areas_fact(ctx: Ctx) -> Fact:
    """Return the statement that lets a reader count the treatment areas (or a vague one)."""
    plan, rng = ctx.plan, ctx.rng
    form = plan.count_form
    if form == "unknown":
        vague = ctx.pick(
            [
                *ctx.site.vague,
                "multiple areas - see plan",
                "sites per the treatment plan",
                "volumes to be finalized at contouring",
            ]
        )
        return Fact(
            "Treatment areas",
            "How many areas?",
            vague,
            ctx.pick([f"Treatment areas: {vague}.", f"We will treat {vague}.", f"Areas simulated: {vague}."]),
            kind="areas",
        )
    names = [tok("S", v, s) for v, s in plan.areas]
    plain = [s for _, s in plan.areas]
    n = plan.area_count or 0
    if form == "single":
        sentence = ctx.pick(
            [
                f"Treatment site: {names[0]}.",
                f"Target is the {names[0]}.",
                f"Simulated for treatment of the {names[0]}.",
                f"One site only, the {names[0]}.",
            ]
        )
        return Fact("Treatment site", "Site to be treated?", names[0], sentence, kind="areas")
    if form == "stated":
        word = ctx.pick([NUM[n], str(n)])
        unit = ctx.pick(["treatment areas", "areas", "separate treatment areas", "treatment sites", "distinct sites"])
        if n == 1:
            unit = ctx.pick(["treatment area", "area", "site"])
        count = tok("A", str(n), f"{word} {unit}")
        listing = _join(plain, rng)
        sentence = ctx.pick(
            [
                f"We simulated {count} ({listing}).",
                f"Total {count}: {listing}.",
                f"Simulation covered {count}: {listing}.",
                f"This course treats {count} - {listing}.",
            ]
        )
        answer = ctx.pick([f"{tok('A', str(n), str(n))} ({listing})", f"{count}: {listing}"])
        return Fact("No. of areas", "Number of treatment areas?", answer, sentence, kind="areas")
    if form in ("named", "bilateral"):
        listing = _join(names, rng)
        sentence = ctx.pick(
            [
                f"Areas simulated: {listing}.",
                f"Targets include the {listing}.",
                f"Treatment volumes are the {listing}.",
                f"Sim for {listing}.",
            ]
        )
        return Fact("Areas", "Areas simulated?", listing, sentence, kind="areas")
    label = "Isocenter" if form == "isocenters" else ctx.pick(["Site", "Area", "Target"])
    if form == "isocenters":
        label = ctx.pick(["Isocenter", "Iso"])
    rows = [f"{label} {i + 1}: {name}" for i, name in enumerate(names)]
    sep = ctx.pick(["; ", "\n", " / "])
    listing = sep.join(rows)
    return Fact("Sites", "Sites?", listing, f"{listing}." if sep != "\n" else listing, kind="areas")


# ---------------------------------------------------------------- features
CONTRAST: dict[str, list[str]] = {
    "IV": [
        "IV contrast (Omnipaque 350, {ml} mL) administered",
        "Isovue-300 {ml} mL IV given via a 20g right AC line",
        "intravenous contrast given before the scan",
        "IV contrast injected with a {s}-second delay",
        "IV Omnipaque {ml} mL given by power injector",
    ],
    "oral": [
        "oral contrast (Readi-Cat, {ml} mL) taken {s} minutes before scanning",
        "dilute oral barium given",
        "oral contrast to opacify the bowel",
        "Gastrografin by mouth {s} min pre-scan",
    ],
    "rectal": [
        "rectal contrast instilled ({ml} mL)",
        "a rectal contrast enema was given on the table",
        "dilute rectal contrast placed via a small catheter",
    ],
    "vaginal": [
        "vaginal contrast gel placed",
        "a contrast-soaked vaginal marker was inserted",
        "radio-opaque vaginal contrast instilled",
    ],
    "bladder": [
        "bladder filled with dilute contrast via Foley",
        "intravesical contrast ({ml} mL) instilled",
        "contrast cystogram performed on the table",
    ],
    "urethrogram": [
        "retrograde urethrogram with contrast performed",
        "urethrogram contrast injected to mark the apex",
        "RUG with {ml} mL contrast",
    ],
}
ARC = [
    "VMAT, {k} full arcs",
    "volumetric modulated arc therapy (VMAT)",
    "RapidArc, {k} arcs",
    "dynamic conformal arcs",
    "VMAT technique",
    "helical tomotherapy",
    "arc therapy ({k} coplanar arcs)",
    "{k}-arc VMAT",
]
SHIELD: dict[str, list[str]] = {
    "skin": [
        "custom electron cutout fabricated",
        "custom lead cutout made from the clinical outline",
        "Cerrobend electron insert poured",
        "custom eye shield placed",
        "custom lead shield molded",
    ],
    "default": [
        "custom Cerrobend block poured",
        "custom shielding block fabricated",
        "custom Cerrobend blocks made",
        "custom electron cutout for the boost",
    ],
}
BLOCKING = [
    "complex blocking designed",
    "complex blocking drawn around the {oar}",
    "complex blocking required and shaped",
    "complex blocking of the {oar}",
]
BRACHY: dict[str, list[str]] = {
    "gyn": [
        "vaginal cylinder position verified",
        "tandem and ring applicator position verified",
        "applicator placement confirmed on imaging",
        "tandem/ovoid applicator verified in position",
        "cylinder ({cyl} cm) placement verified",
    ],
    "prostate_brachy": [
        "HDR catheter positions verified",
        "needle/catheter placement verified",
        "LDR seed source positions verified",
        "source dwell positions verified against the plan",
        "implant catheter depths verified",
    ],
}
FEATURE_KEYS = {
    "contrast": ("Contrast", "Contrast used?"),
    "arc_rotational": ("Technique", "Delivery technique?"),
    "custom_shielding": ("Shielding", "Custom shielding?"),
    "complex_blocking": ("Blocking", "Blocking?"),
    "brachytherapy": ("Applicator", "Applicator verified?"),
}
FEATURE_LEADS = [
    "{F}.",
    "During the simulation, {f}.",
    "{F} today.",
    "{F} at the time of simulation.",
    "Note: {f}.",
    "{F} per protocol.",
    "As part of this simulation {f}.",
]


def feature_surface(ctx: Ctx, feature: str) -> str:
    """Return the affirmed surface for one planned feature."""
    rng = ctx.rng
    if feature == "contrast":
        base = ctx.pick(CONTRAST[ctx.plan.route or "IV"])
    elif feature == "arc_rotational":
        base = ctx.pick(ARC)
    elif feature == "custom_shielding":
        base = ctx.pick(SHIELD["skin" if ctx.plan.site == "skin" else "default"])
    elif feature == "complex_blocking":
        base = ctx.pick(BLOCKING)
    else:
        base = ctx.pick(BRACHY.get(ctx.plan.site, BRACHY["gyn"]))
    return base.format(
        ml=rng.choice([50, 60, 75, 80, 100, 120, 450, 900]),
        s=rng.choice([30, 45, 60, 70, 90]),
        k=rng.choice([2, 3, 4]),
        oar=ctx.oars[0],
        cyl=rng.choice(["2.5", "3.0", "3.5"]),
    )


def feature_fact(ctx: Ctx, feature: str) -> Fact:
    """Return one counted feature as a fact."""
    surface = feature_surface(ctx, feature)
    span = tok("F", feature, surface)
    cap = tok("F", feature, surface[0].upper() + surface[1:])
    key, question = FEATURE_KEYS[feature]
    lead = ctx.pick(FEATURE_LEADS)
    sentence = lead.replace("{F}", cap).replace("{f}", span)
    answer = ctx.pick([span, f"Yes - {span}", f"Y ({span})", span])
    return Fact(key, question, answer, sentence, kind="feature")


# ---------------------------------------------------------------- modalities
CT = [
    "CT simulation",
    "CT sim",
    "planning CT",
    "CT simulator scan ({mm} mm slices)",
    "wide-bore CT simulation",
    "CT scan on the Big Bore simulator",
    "treatment-planning CT",
]
CT4D = ["4DCT", "4D CT (10 phases)", "four-dimensional CT", "4DCT with respiratory bellows"]
MRI = [
    "MRI fused to the planning CT",
    "MR images registered to the sim CT",
    "diagnostic MRI fused",
    "T1 post-contrast MRI fused for contouring",
    "MRI fusion",
    "MRI co-registered",
]
PET = ["PET/CT fused", "PET registered to the planning CT", "PSMA PET fused", "FDG PET/CT fusion", "PET fusion"]
FLUORO = [
    "fluoroscopy",
    "fluoroscopic verification",
    "orthogonal films on the conventional simulator",
    "C-arm fluoroscopy",
]
US = ["transrectal ultrasound", "TRUS guidance", "transabdominal ultrasound", "ultrasound guidance"]
MOD_POOLS = {"CT": CT, "MRI": MRI, "PET": PET, "fluoroscopy": FLUORO, "ultrasound": US}


def modality_facts(ctx: Ctx) -> list[Fact]:
    """Return the counted imaging (CT, maybe as 4DCT, then fusions and intra-procedure imaging)."""
    facts: list[Fact] = []
    mods = ctx.plan.modalities
    parts: list[str] = []
    for mod in mods:
        pool = CT4D if (mod == "CT" and ctx.plan.fourdct) else MOD_POOLS[mod]
        if mod == "MRI" and ctx.plan.site == "prostate_brachy" and ctx.plan.note_type == "brachy_procedure":
            pool = ["MRI fused to the ultrasound volume", "MRI-TRUS registration"]
        surface = ctx.pick(pool).format(mm=ctx.rng.choice([1, 2, 3]))
        parts.append(tok("M", mod, surface))
    if not parts:
        return facts
    if ctx.rng.random() < 0.5 or len(parts) == 1:
        listing = _join(parts, ctx.rng)
        sentence = ctx.pick(
            [
                f"Imaging: {listing}.",
                f"{listing} performed.",
                f"We used {listing}.",
                f"Images obtained: {listing}.",
                f"Simulation imaging was {listing}.",
            ]
        )
        facts.append(Fact("Imaging", "Imaging used?", listing, sentence, kind="modality"))
    else:
        for part, mod in zip(parts, mods, strict=True):
            key = "Sim imaging" if mod == "CT" else ("Fusion" if mod in ("MRI", "PET") else "Imaging")
            sentence = ctx.pick(
                [
                    f"{part} performed.",
                    f"{part} obtained.",
                    f"Imaging included {part}.",
                    f"{part} done.",
                    f"{part} completed for this simulation.",
                ]
            )
            sentence = sentence[0].upper() + sentence[1:] if not sentence.startswith("<<") else sentence
            facts.append(Fact(key, f"{key}?", f"Yes - {part}", sentence, kind="modality"))
    return facts
