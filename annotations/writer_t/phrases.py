"""Counted evidence phrasing (areas, features, modalities, rationale) and trap phrasing."""

from __future__ import annotations

import random
from dataclasses import dataclass

from .markup import tok
from .vocab import SITES

WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}


@dataclass
class Ctx:
    """Per-note facts shared by every section (all invented)."""

    rng: random.Random
    age: int
    girl: bool
    weight: float
    height: int
    guardian: str
    date: str
    md: str
    anes: str
    ccls: str
    rn: str
    sw: str
    rtt: str
    cmd: str
    phys: str
    onc: str
    surgeon: str
    place: str
    school: str
    payer: str
    diagnosis: str

    @property
    def he(self) -> str:
        """Subject pronoun."""
        return "she" if self.girl else "he"

    @property
    def his(self) -> str:
        """Possessive pronoun."""
        return "her" if self.girl else "his"

    @property
    def him(self) -> str:
        """Object pronoun."""
        return "her" if self.girl else "him"

    @property
    def kid(self) -> str:
        """Girl or boy."""
        return "girl" if self.girl else "boy"

    @property
    def child(self) -> str:
        """Daughter or son."""
        return "daughter" if self.girl else "son"

    def pick(self, options: tuple[str, ...] | list[str]) -> str:
        """Choose one option from this note's text stream."""
        return self.rng.choice(list(options))

    def when(self, months_back: int = 6) -> str:
        """An invented past date."""
        month = self.rng.randint(1, 12)
        return f"{month}/{self.rng.randint(1, 28)}/{self.rng.choice((2024, 2025, 2025))}" if months_back else self.date


def surface(site_key: str, value: str, rng: random.Random) -> str:
    """A surface form of an area value."""
    return rng.choice(list(SITES[site_key].surfaces[value]))


def site_token(site_key: str, value: str, rng: random.Random) -> str:
    """A TREATMENT_SITE token."""
    return tok("S", value, surface(site_key, value, rng))


# ----------------------------------------------------------------------------------------------- areas


def area_lines(site_key: str, values: tuple[str, ...], count: int, form: str, c: Ctx) -> list[str]:
    """Sentences that document the treatment areas in the planned form."""
    rng = c.rng
    if form == "single":
        return [
            c.pick(
                (
                    "Treatment site: {s}.",
                    "Target: {s}.",
                    "Area to be treated today: the {s}.",
                    "Site simulated - {s}.",
                    "One target, the {s}.",
                    "We simulated the {s} only.",
                    "Volume of interest is the {s}.",
                    "Treating the {s} (single site).",
                )
            ).format(s=site_token(site_key, values[0], rng))
        ]
    if form == "stated":
        word = WORDS[count]
        count_tok = tok(
            "A",
            str(count),
            c.pick(
                (
                    f"{word} treatment areas",
                    f"{count} treatment areas",
                    f"{word} separate areas",
                    f"{count} areas",
                    f"{word} distinct sites",
                    f"{count} separate treatment sites",
                )
            )
            if count > 1
            else c.pick(("one treatment area", "1 treatment area", "a single treatment area")),
        )
        names = ", ".join(surface(site_key, v, rng) for v in values)
        return [
            c.pick(
                (
                    "Simulated for {a} ({n}).",
                    "Number of areas: {a} - {n}.",
                    "Today's CT covers {a}: {n}.",
                    "Marked: {a} ({n}).",
                    "Field summary: {a}; {n}.",
                )
            ).format(a=count_tok, n=names)
        ]
    if form == "checkbox":
        boxes = [tok("A", str(n), f"[x] {n}") if n == count else f"[ ] {n}" for n in (1, 2, 3, 4)]
        names = ", ".join(surface(site_key, v, rng) for v in values)
        return [f"Number of treatment areas: {'  '.join(boxes)}  ({names})"]
    tokens = [site_token(site_key, v, rng) for v in values]
    if form == "isocenters":
        return [f"Isocenter {i}: {t}." for i, t in enumerate(tokens, 1)]
    if form == "numbered":
        lead = c.pick(("Sites simulated:", "Targets:", "Areas:", "Treatment sites today:"))
        return [lead] + [f"  {i}) {t}" for i, t in enumerate(tokens, 1)]
    joined = ", ".join(tokens[:-1]) + f" and {tokens[-1]}" if len(tokens) > 1 else tokens[0]
    return [
        c.pick(
            (
                "Sites: {j}.",
                "We simulated the {j}.",
                "Targets include the {j}.",
                "Treatment areas are the {j}.",
                "Volumes to be treated: {j}.",
                "Scan covered the {j}, each a separate target.",
            )
        ).format(j=joined)
    ]


# ----------------------------------------------------------------------------------------------- modalities


def ct_line(c: Ctx, fourd: bool) -> str:
    """A counted CT sentence (4DCT when planned)."""
    sl = c.pick(("1", "1.5", "2", "2.5", "3"))
    if fourd:
        return c.pick(
            (
                "{t} acquired with the respiratory bellows; {n} phase bins reconstructed.",
                "Free-breathing {t} with amplitude binning, {sl} mm slices.",
                "A {t} was obtained (bellows at the epigastrium), MIP/AVG built for the ITV.",
                "{t} performed; trace regular at {rr} breaths/min under anesthesia.",
            )
        ).format(
            t=tok("M", "CT", c.pick(("4DCT", "4D-CT", "four-dimensional CT"))),
            n=c.pick(("8", "10")),
            sl=sl,
            rr=c.rng.randint(14, 28),
        )
    return c.pick(
        (
            "{t} acquired at {sl} mm slices through the region of interest.",
            "{t} obtained in the treatment position ({sl} mm).",
            "Scanned on the {t}, {sl} mm slice thickness.",
            "{t} completed without difficulty.",
            "A {t} ({sl} mm) was done with reference marks placed.",
            "Helical {t} acquired; images pushed to the planning system.",
        )
    ).format(
        t=tok(
            "M",
            "CT",
            c.pick(
                (
                    "CT simulation",
                    "planning CT",
                    "CT sim",
                    "large-bore CT simulator",
                    "simulation CT",
                    "CT scan",
                )
            ),
        ),
        sl=sl,
    )


def modality_line(m: str, c: Ctx, site_key: str, same_day: bool = False) -> str:
    """A counted sentence for MRI, PET, fluoroscopy or ultrasound (no purpose clause: that would be a reason)."""
    d = c.when()
    if m == "MRI" and same_day:
        return c.pick(
            (
                "{t} (flat tabletop, coil bridges) done in the treatment position.",
                "Same-day {t} acquired with the mask on and co-registered.",
                "{t} on the 1.5 T wide-bore unit, {n} sequences, immobilization in place.",
                "Patient moved to the {t} suite in the same position; T1, T2 and FLAIR acquired.",
            )
        ).format(
            t=tok("M", "MRI", c.pick(("MR simulation", "MR-sim", "MR simulator", "MRI simulation"))),
            n=c.rng.randint(3, 6),
        )
    if m == "MRI":
        return c.pick(
            (
                "Post-operative {t} from {d} was fused to the planning CT.",
                "Rigid registration of the {t} ({d}) to the planning CT, reviewed by the attending.",
                "{t} of {d} registered to the sim CT; registration approved.",
                "Fusion: {t} {d} to CT, good bony alignment.",
            )
        ).format(t=tok("M", "MRI", c.pick(("MRI", "MRI brain", "T1 post/FLAIR MRI", "MR", "MRI"))), d=d)
    if m == "PET":
        return c.pick(
            (
                "Pre-chemotherapy {t} ({d}) fused to the planning CT.",
                "{t} from {d} co-registered with the sim scan.",
                "Deformable registration of the {t} was performed and checked by {md}.",
                "Fusion: {t} {d} -> planning CT, alignment acceptable.",
            )
        ).format(t=tok("M", "PET", c.pick(("PET/CT", "FDG PET", "PET-CT", "PET"))), d=d, md=c.md)
    if m == "fluoroscopy":
        return c.pick(
            (
                "Field borders and positioning were checked under {t}.",
                "{t} images captured to confirm the position.",
                "Verification under {t} at the end of the procedure.",
                "Set-up confirmed with {t} before the patient left the room.",
            )
        ).format(t=tok("M", "fluoroscopy", c.pick(("fluoroscopy", "fluoro", "the conventional simulator"))))
    return c.pick(
        (
            "Position confirmed with {t}.",
            "Intraoperative {t} showed good seating against the sclera/tissue.",
            "{t} guidance used during placement.",
        )
    ).format(t=tok("M", "ultrasound", c.pick(("ultrasound", "transabdominal ultrasound", "US"))))


# ----------------------------------------------------------------------------------------------- features


def feature_line(f: str, route: str, c: Ctx, site_key: str, areas: tuple[str, ...] = ()) -> str:
    """A counted sentence for one complexity feature."""
    w = c.weight
    if f == "particle":
        return c.pick(
            (
                "Simulation performed for {t} (PBS) on the proton CT couch.",
                "Treatment modality: {t}.",
                "Proton-specific simulation for {t}; no metal in the beam path confirmed.",
                "Immobilization and scan set up for {t}, with range-uncertainty margins per our standard.",
                "Simulated for {t}, {n} beams under consideration by dosimetry.",
            )
        ).format(
            t=tok(
                "F",
                "particle",
                c.pick(
                    (
                        "pencil-beam scanning proton therapy",
                        "PBS protons",
                        "intensity-modulated proton therapy",
                        "proton therapy",
                        "PBS proton treatment",
                    )
                ),
            ),
            n=c.pick(("two", "three", "3")),
        )
    if f == "arc_rotational":
        return c.pick(
            (
                "Technique: {t}.",
                "Simulated for {t} with a clear couch/gantry path checked.",
                "Plan type {t}, collision check at simulation OK.",
                "Delivery technique: {t} per the sim directive.",
                "Set up for {t}; arms positioned clear of the arc path.",
            )
        ).format(
            t=tok(
                "F",
                "arc_rotational",
                c.pick(
                    (
                        "VMAT",
                        "volumetric modulated arc therapy",
                        "VMAT, 2 full arcs",
                        "helical tomotherapy",
                        "arc therapy",
                        "rotational arc delivery",
                    )
                ),
            )
        )
    if f == "contrast":
        if route == "oral":
            ml = round(w * c.rng.choice((5, 6, 8)))
            return c.pick(
                (
                    "{t} ({ml} mL dilute, ~{k} mL/kg) given by G-tube 40 min before the scan.",
                    "{t} given: {ml} mL by mouth/NG over 30 min.",
                )
            ).format(
                t=tok("F", "contrast", c.pick(("Oral contrast", "oral contrast", "Enteric contrast"))),
                ml=ml,
                k=round(ml / w, 1),
            )
        if route == "gad":
            ml = round(w * 0.1, 1)
            return c.pick(
                (
                    "{t} at 0.1 mL/kg = {ml} mL via the port for the MR-sim.",
                    "Post-contrast T1 acquired after {t} ({ml} mL).",
                )
            ).format(t=tok("F", "contrast", c.pick(("gadobutrol IV", "IV gadolinium", "gadolinium contrast"))), ml=ml)
        if route == "bladder":
            return "{t} ({ml} mL) instilled via Foley to outline the bladder base.".format(
                t=tok("F", "contrast", c.pick(("Bladder contrast", "Dilute cystographic contrast"))),
                ml=c.rng.randint(20, 60),
            )
        if route == "vaginal":
            return "{t} placed to mark the vaginal apex.".format(
                t=tok("F", "contrast", c.pick(("Vaginal contrast gel", "vaginal contrast")))
            )
        dose = c.rng.choice((1.5, 2.0, 2.0))
        ml = round(w * dose)
        return c.pick(
            (
                "{t} given: iohexol 300, {d} mL/kg = {ml} mL via {line}.",
                "{t} ({ml} mL Omnipaque, weight-based {d} mL/kg) through {line}, no reaction.",
                "Weight {w} kg -> {t} {ml} mL ({d} mL/kg) by hand injection via {line}.",
                "{t} administered via {line} ({ml} mL); flushed, line locked.",
            )
        ).format(
            t=tok("F", "contrast", c.pick(("IV contrast", "Intravenous contrast", "IV contrast"))),
            d=dose,
            ml=ml,
            w=w,
            line=c.pick(("the port", "the PICC", "a 24g PIV", "the Broviac", "the implanted port")),
        )
    if f == "custom_shielding":
        options = {
            "leukemia_tbi": ("custom Cerrobend lung blocks", "custom lung shielding blocks", "custom lens blocks"),
            "retinoblastoma": ("custom lens shield", "custom Cerrobend lens block"),
            "rms_gu": ("custom gonadal shield", "custom testicular shield"),
        }.get(site_key, ("custom electron cutout", "custom Cerrobend cutout", "custom cutout"))
        if "testes" in areas or "scalp" in areas or "scalp chloroma" in areas:
            options = ("custom electron cutout", "custom Cerrobend cutout", "custom lead cutout")
        return c.pick(
            (
                "{t} fabricated from the outline drawn today.",
                "Mould room poured {t}; fit checked on the patient.",
                "{t} made and labelled with the MRN.",
                "Shielding: {t}, checked against the marked outline.",
            )
        ).format(t=tok("F", "custom_shielding", c.pick(options)))
    if f == "complex_blocking":
        return c.pick(
            (
                "{t} designed at simulation to spare the {o}.",
                "Field requires {t} around the {o}.",
                "Dosimetry note: {t} needed (multiple apertures).",
            )
        ).format(t=tok("F", "complex_blocking", "complex blocking"), o=c.pick(SITES[site_key].oars))
    if f == "brachytherapy":
        if site_key == "retinoblastoma":
            phrase = c.pick(
                ("episcleral plaque position verified", "plaque position verified", "plaque placement verified")
            )
        else:
            phrase = c.pick(
                (
                    "vaginal applicator position verified",
                    "applicator position verified",
                    "interstitial catheter positions verified",
                )
            )
        return c.pick(
            ("{t} before dosimetry.", "Under anesthesia, {t}.", "{t}; dwell positions to be planned.")
        ).format(t=tok("F", "brachytherapy", phrase))
    raise ValueError(f)


# ----------------------------------------------------------------------------------------------- rationale


def rationale_line(category: str, c: Ctx, site_key: str, n_areas: int | None) -> str:
    """A counted patient-specific rationale sentence of one category."""
    oars = list(SITES[site_key].oars)
    o1 = c.rng.choice(oars)
    o2 = c.rng.choice([o for o in oars if o != o1] or oars)
    mm = c.rng.randint(2, 9)
    texts: dict[str, tuple[str, ...]] = {
        "OAR proximity": (
            f"the target lies within {mm} mm of the {o1}, and {o2} sparing matters for a {c.age}-year-old",
            f"{o1} sparing is essential here because the volume abuts it and {c.he} is still growing",
            f"the CTV wraps against the {o1}; dose must fall off steeply to protect the {o2}",
            f"{c.he} already has grade 2 hearing loss after cisplatin, so the {o1} must be kept as low as possible",
            f"the {o1}, right at the edge of the target, must be spared to limit late effects",
            f"the {o1} and {o2} border the volume and a steep dose gradient is needed between them",
        ),
        "irregular target": (
            f"the volume curls around the {o1} and cannot be covered by simple opposed fields",
            "the post-operative bed is an irregular, C-shaped volume that wraps around normal structures",
            f"the residual tumor is lobulated and extends along the {o1} in an irregular shape",
            "the target is irregular after resection and requires conformal shaping",
            f"an irregular tumor bed with a tongue of disease tracking toward the {o1}",
        ),
        "multiple targets": (
            f"there are {WORDS.get(n_areas or 2, 'several')} separate targets that must be matched without overlap",
            "multiple targets need separate isocenters and junction planning",
            "the separate sites must be treated in one plan with matched borders",
        ),
        "contrast for delineation": (
            "contrast is needed to separate the tumor bed from adjacent bowel and vessels",
            "without contrast the residual could not be distinguished from surrounding soft tissue",
            "contrast was required to outline the target against the enhancing normal anatomy",
        ),
        "fusion for delineation": (
            "the residual disease is not visible on CT and the fused images are needed to define the GTV",
            "target delineation depends on the registered pre-treatment images",
            "the fusion was needed to draw the gross tumor, which is invisible on the planning CT",
        ),
        "prior field overlap": (
            f"{c.he} received {c.rng.choice((23.4, 36, 45, 54, 50.4))} Gy to an overlapping field in "
            f"{c.rng.choice((2019, 2021, 2022, 2023))}, so composite dose to the {o1} must be tracked",
            f"the new target overlaps the prior radiation field and the {o1} tolerance is nearly used up",
        ),
        "immobilization": (
            f"a custom mask and body mold are needed because {c.he} cannot keep still without them",
            f"custom immobilization was needed for reproducibility in a {c.age}-year-old with poor tolerance of "
            "positioning",
            "a custom vacuum cushion was required because of scoliosis and contracture",
        ),
        "anesthesia/immobilization": (
            f"at {c.age} {c.he} cannot lie still for the session, so a reproducible custom setup under daily "
            "anesthesia is needed",
            f"{c.his} age and developmental delay require general anesthesia and custom immobilization for "
            "reproducibility",
            "daily anesthesia is required and the position must be reproduced exactly with custom devices",
        ),
        "target motion": (
            f"the tumor bed moves about {mm} mm with breathing, so a motion-encompassing ITV is required",
            "respiratory motion of the target must be measured to build an internal target volume",
        ),
        "applicator verification": (
            "the applicator position relative to the residual must be verified before dosimetry",
            "source/applicator position has to be confirmed before any dwell positions are planned",
        ),
        "custom shielding": (
            f"custom shielding is needed to keep the {o1} dose down given {c.his} age",
            f"the {o1} must be blocked with custom shielding because of prior chemotherapy toxicity",
        ),
    }
    reason = c.pick(texts[category])
    lead = c.pick(
        (
            "Reason for complex simulation: {r}.",
            "Complex simulation is needed because {r}.",
            "Medical necessity: {r}.",
            "Rationale - {r}.",
            "This is complex because {r}.",
            "Why complex: {r}.",
            "Complexity justified since {r}.",
            "Clinical reason: {r}.",
        )
    )
    head, tail = lead.split("{r}")
    return head + tok("R", category, reason[0].upper() + reason[1:] if head == "" else reason) + tail


BARE_ASSERTIONS = (
    "Complex simulation medically necessary.",
    "Complexity: high.",
    "Complex sim indicated per protocol.",
    "Meets criteria for complex simulation.",
    "Medical necessity: complex simulation required.",
    "This was a complex simulation.",
    "Complex simulation clinically appropriate.",
    "Reason for complex sim: per attending.",
    "Complex simulation, see plan.",
)


# ----------------------------------------------------------------------------------------------- traps

NEG_FEATURE = {
    "contrast": (
        "No IV contrast given (not needed for this target).",
        "Contrast: none.",
        "No contrast was used.",
        "IV contrast deferred - no access, not required.",
    ),
    "particle": (
        "Photon plan; protons not pursued for this site.",
        "Not a proton case per tumor board.",
        "Protons were considered and rejected (no dosimetric gain).",
    ),
    "arc_rotational": (
        "No VMAT or arcs; static fields only.",
        "Arc therapy not planned.",
        "Rotational delivery not used.",
    ),
    "custom_shielding": (
        "No custom blocks needed.",
        "No cutout or custom shielding required.",
        "Custom shielding: none.",
    ),
    "complex_blocking": ("No complex blocking required.", "Blocking: MLC only, nothing complex."),
    "brachytherapy": ("No applicator placed.", "Brachytherapy not part of this course."),
}
PLAN_FEATURE = {
    "contrast": (
        "May add IV contrast at a future re-sim if the port is accessed.",
        "Consider contrast at the boost scan.",
    ),
    "particle": (
        "If the proton appeal is approved, {he} will be re-simulated for PBS.",
        "Proton option to be revisited at tumor board next month.",
    ),
    "arc_rotational": (
        "Dosimetry may try VMAT if the 3D plan misses constraints.",
        "Possible conversion to arcs after plan review.",
    ),
    "custom_shielding": (
        "A custom block may be made at first treatment if needed.",
        "Will decide on a lens shield after plan review.",
    ),
    "complex_blocking": ("Complex blocking may be needed once the plan is reviewed.",),
    "brachytherapy": ("Possible brachytherapy boost later in the course.",),
}
NEG_MODALITY = {
    "MRI": (
        "MRI fusion not performed (post-op MRI degraded by artifact).",
        "No MRI used for this plan.",
        "MR-sim cancelled; not needed.",
    ),
    "PET": ("No PET fusion.", "PET not used for contouring."),
    "fluoroscopy": ("No fluoroscopy needed.",),
    "ultrasound": ("Ultrasound not used.",),
}
PLAN_MODALITY = {
    "MRI": (
        "Will fuse the post-op MRI once obtained next week.",
        "MRI fusion to follow when the scan is done.",
        "Plan to obtain an MR-sim before the boost.",
    ),
    "PET": ("Interim PET to be fused if it is available before planning.", "Will consider PET fusion later."),
    "fluoroscopy": ("Fluoro check at first treatment.",),
    "ultrasound": ("Ultrasound may be used at the next insertion.",),
}
OTHER_PERSON = (
    "Older brother was treated here with protons for medulloblastoma in 2019 and did well.",
    "Mother had a contrast CT last month and reacted with hives; she asked whether that applies to her child.",
    "Father had Hodgkin lymphoma as a teen, treated with mantle radiation with custom blocks.",
    "A cousin had PET/CT and MRI at another hospital for a similar tumor.",
    "Twin sister is well; her MRI for headaches last year was normal.",
    "Grandfather received VMAT for prostate cancer and 'did fine,' per dad.",
    "Sibling had a sedated MRI with gadolinium here in March.",
)
PARENT_QUOTES = (
    '"{He} hates the smell of the mask room," {g} said.',
    '"We just want {him} to hear at school," {g} told us.',
    '"Is the sleepy medicine safe every single day?" asked {g}.',
    '"{He} did better than we did," {g} laughed after recovery.',
    '"Can {he} still grow normally?" - {g}\'s first question.',
    '"Please don\'t let {him} wake up scared again," {g} asked.',
    '"{He} practiced lying still with {his} stuffed rabbit all weekend," per {g}.',
    '"What about having kids someday?" {g} wanted to know.',
    '"{He} calls the machine the spaceship," {g} explained.',
    '"We drove three hours; tell us if it\'s cancelled," {g} said.',
)
