"""Counted evidence (rationale, areas, features, modalities) and trap phrasing that never counts."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from writer_q.markup import tok
from writer_q.vocab import PRIOR_SITES, PROTON_PARTNER, SITES, SLOTS

NUM_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}
FEATURE_ORDER = ["complex_blocking", "contrast", "custom_shielding", "arc_rotational", "particle", "brachytherapy",
                 "hyperthermia"]
MODALITY_ORDER = ["CT", "MRI", "PET", "fluoroscopy", "ultrasound"]


def site_keys(value: str) -> list[str]:
    """The validator's rule: ``bilateral X`` names two areas."""
    if value.startswith("bilateral "):
        rest = value.removeprefix("bilateral ")
        return [f"left {rest}", f"right {rest}"]
    return [value]


def count_sites(values: list[str]) -> int:
    """Number of areas a list of TREATMENT_SITE values counts as."""
    return len({k for v in values for k in site_keys(v)})


@dataclass
class Plan:
    """What one note documents, decided before any text is written."""

    note_id: str
    outcome: str
    site: str
    note_type: str
    style: str
    rationale: str | None = None
    area_values: list[str] = field(default_factory=list)
    area_surfaces: list[str] = field(default_factory=list)
    area_count: int | None = None
    area_form: str = "none"
    features: list[str] = field(default_factory=list)
    modalities: list[str] = field(default_factory=list)
    traps: list[str] = field(default_factory=list)
    bare: bool = False
    four_d: bool = False
    contrast_kind: str = "IV"


class Ctx:
    """Per-note random source and stable choices (slots, names, dates)."""

    def __init__(self, rng: random.Random, plan: Plan) -> None:
        self.rng = rng
        self.plan = plan
        self.site = SITES[plan.site]
        self.slots = {k: rng.choice(v) for k, v in sorted(SLOTS.items())}
        self.oar = rng.choice(self.site["oars"])  # type: ignore[arg-type]
        self.oar2 = rng.choice([o for o in self.site["oars"] if o != self.oar])  # type: ignore[union-attr]
        self.target = rng.choice(self.site["target"])  # type: ignore[arg-type]
        self.year = rng.choice([2025, 2026])
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 28)

    def fill(self, text: str) -> str:
        """Fill ``{slot}`` fields with this note's stable slot values."""
        for key, value in self.slots.items():
            text = text.replace("{" + key + "}", value)
        return text

    def pick(self, options: list[str]) -> str:
        """Choose one option and fill its slots."""
        return self.fill(self.rng.choice(options))

    def date(self, back_days: int = 0) -> str:
        """A date string some days before the note's date (month/day only wobble, no calendar maths)."""
        month = (self.month - 1 - back_days // 30) % 12 + 1
        day = max(1, min(28, self.day - back_days % 30 if back_days % 30 < self.day else self.day))
        fmt = self.rng.choice(["{m}/{d}/{y}", "{m}/{d}", "{y}-{m:02d}-{d:02d}"])
        year = self.year if month <= self.month else self.year - 1
        return fmt.format(m=month, d=day, y=year)

    def mm(self) -> str:
        """A small distance in millimetres."""
        return str(self.rng.choice([2, 3, 4, 5, 6, 8]))


# ----------------------------------------------------------------------------------------------- rationale
RATIONALE_SURFACES = {
    "OAR proximity": [
        "the {target} lies within {mm} mm of the {oar}", "the {target} abuts the {oar}",
        "the {oar} sits directly against the {target} and has to be spared",
        "the {target} is {mm} mm from the {oar}, so the dose gradient has to be steep",
        "{oar} tolerance is the limiting factor because it touches the {target}",
    ],
    "irregular target": [
        "the {target} is irregular and wraps around the {oar}", "an irregular, concave {target} curving around the "
        "{oar}", "the {target} has an irregular horseshoe shape next to the {oar}",
        "the {target} extends irregularly toward the {oar} and {oar2}",
    ],
    "multiple targets": [
        "{n} separate targets each need their own volume", "there are {n} noncontiguous targets that one simple "
        "field cannot cover", "multiple separate target volumes ({n}) have to be matched without overlap",
    ],
    "contrast for delineation": [
        "contrast is needed to separate the {target} from the {oar}", "the {oar} cannot be told apart from the "
        "{target} without contrast", "without contrast the {target} margin against the {oar} is not visible",
    ],
    "fusion for delineation": [
        "the {target} is only well seen on the {fmod} and needs fusion to contour it",
        "{fmod} registration is needed to define the {target} against the {oar}",
        "extent of the {target} cannot be drawn on CT alone and requires the {fmod}",
    ],
    "target motion": [
        "the {target} moves about {mm} mm with breathing, so an ITV has to be built",
        "respiratory excursion of the {target} ({mm} mm cranio-caudal) must be accounted for",
        "the {target} shows large respiratory excursion near the diaphragm",
    ],
    "prior field overlap": [
        "prior radiation to {prior} overlaps this field and cumulative {oar} dose must be limited",
        "this volume abuts a previous field ({prior}), so the junction and {oar} sum have to be respected",
        "re-irradiation: the {target} overlaps the old field from {prior}",
    ],
    "immobilization": [
        "severe kyphosis means reproducible positioning needs a custom device",
        "a resting tremor and back pain make the set-up hard to reproduce without custom immobilization",
        "a prior hip replacement and contracture require a custom cradle to hold position",
    ],
    "anesthesia/immobilization": [
        "age {age} and unable to lie still, so general anesthesia and a custom mask are required",
        "young child who needs daily anesthesia and custom immobilization for reproducibility",
    ],
    "applicator verification": [
        "applicator position relative to the {oar} has to be verified before dosing",
        "the applicator geometry must be confirmed against the {oar} and {oar2} for this insertion",
        "catheter and applicator positions need verification because of the {oar} proximity",
    ],
    "custom shielding": [
        "the lesion is {mm} mm from the {oar}, so a custom shield is needed",
        "the {oar} must be shielded by a custom cutout given the lesion's location",
        "irregular lesion margin next to the {oar} requires custom shaping of the field edge",
    ],
}
RATIONALE_WRAPS = [
    "Rationale for complex simulation: {r}.", "Complex simulation is needed because {r}.",
    "Medical necessity: {r}.", "Why complex: {r}.", "We need the complex set-up since {r}.",
    "This requires a complex simulation as {r}.", "Reason: {r}.", "Indication for complex sim - {r}.",
    "Discussed with the team that {r}; complex simulation is warranted.", "Clinically, {r}.",
]
BARE = [
    "Complex simulation was medically necessary.", "Complexity level: complex (77290).",
    "Complex simulation justified per attending.", "This is a complex simulation.",
    "Medical necessity for complex sim: yes.", "Complex sim indicated per department policy.",
    "77290 appropriate.", "Attending agrees simulation is complex.",
]


def rationale_text(ctx: Ctx, fieldish: bool) -> str:
    """The counted rationale, wrapped in a sentence or field line."""
    p = ctx.plan
    cat = p.rationale or ""
    fmod = "MRI" if "MRI" in p.modalities else "PET/CT"
    raw = ctx.rng.choice(RATIONALE_SURFACES[cat])
    surface = ctx.fill(raw.format(target=ctx.target, oar=ctx.oar, oar2=ctx.oar2, mm=ctx.mm(), n=NUM_WORDS.get(
        p.area_count or 2, "several"), fmod=fmod, prior=ctx.rng.choice(PRIOR_SITES), age=ctx.rng.choice(
        ["3", "4", "5", "6"])))
    r = tok("R", cat, surface)
    if fieldish:
        label = ctx.rng.choice(["Rationale", "Complexity rationale", "Medical necessity", "Indication for complex sim"])
        return f"{label}: {r}"
    return ctx.rng.choice(RATIONALE_WRAPS).format(r=r)


def bare_text(ctx: Ctx) -> str:
    """A bare assertion: never a rationale."""
    return ctx.rng.choice(BARE)


# ----------------------------------------------------------------------------------------------- areas
def choose_areas(ctx: Ctx, n: int) -> tuple[list[str], list[str]] | None:
    """Pick area values whose validator count is exactly n (None if the site cannot name that many)."""
    areas = list(ctx.site["areas"])  # type: ignore[call-overload]
    for _ in range(30):
        ctx.rng.shuffle(areas)
        primary = next(iter(ctx.site["areas"]))  # type: ignore[call-overload]
        ordered = [primary] + [a for a in areas if a != primary]
        for k in range(1, len(ordered) + 1):
            chosen = ordered[:k] if ctx.rng.random() < 0.7 else ordered[1 : k + 1]
            values = [ctx.fill(v) for v, _ in chosen]
            if count_sites(values) == n and len(chosen) == k:
                surfaces = [ctx.fill(ctx.rng.choice(s)) for _, s in chosen]
                return values, surfaces
    return None


def site_tokens(p: Plan) -> list[str]:
    """One TREATMENT_SITE token per planned area."""
    return [tok("S", v, s) for v, s in zip(p.area_values, p.area_surfaces, strict=True)]


def join(items: list[str], rng: random.Random) -> str:
    """Join a list in English or with separators."""
    if len(items) == 1:
        return items[0]
    style = rng.randint(0, 3)
    if style == 0:
        return ", ".join(items[:-1]) + " and " + items[-1]
    if style == 1:
        return ", ".join(items[:-1]) + ", and " + items[-1]
    if style == 2:
        return " + ".join(items)
    return "; ".join(items)


def count_token(p: Plan, rng: random.Random, digits: bool | None = None) -> str:
    """The AREA_COUNT token for the plan's count."""
    n = p.area_count or 1
    use_digits = rng.random() < 0.5 if digits is None else digits
    return tok("A", str(n), str(n) if use_digits else NUM_WORDS[n])


def areas_text(ctx: Ctx, fieldish: bool) -> str:
    """The counted areas in the plan's form."""
    p, rng = ctx.plan, ctx.rng
    form = p.area_form
    n = p.area_count or 1
    sites = site_tokens(p)
    if form == "count":
        c = count_token(p, rng)
        noun = rng.choice(["treatment areas", "separate treatment areas", "areas", "distinct sites", "target areas"])
        if n == 1:
            noun = rng.choice(["treatment area", "area", "target area"])
        lead = rng.choice(["Number of treatment areas: {c}", "{c} {noun} simulated", "We are treating {c} {noun}",
                           "Areas treated: {c}", "Total {noun}: {c}"])
        out = lead.format(c=c, noun=noun) + "."
        if sites and rng.random() < 0.6:
            out += f" ({join(sites, rng)})"
        return out
    if form == "iso":
        parts = [f"Isocenter {i + 1}: {s}" for i, s in enumerate(sites)]
        return ("\n" if fieldish else " ").join(p2 + ("" if fieldish else ";") for p2 in parts).rstrip(";") + (
            "" if fieldish else ".")
    if form == "numbered":
        return "Sites: " + " ".join(f"({i + 1}) {s}" for i, s in enumerate(sites)) + "."
    if form == "bilateral":
        return rng.choice(["Volumes: {a}.", "Target: {a}.", "Treating {a}."]).format(a=join(sites, rng))
    if form == "single":
        s = sites[0]
        if fieldish:
            return rng.choice(["Treatment site: {s}", "Site: {s}", "Target area: {s}"]).format(s=s)
        return rng.choice(["The target is the {s}.", "Treatment is directed to the {s}.", "Site treated: {s}.",
                           "Simulated for the {s}."]).format(s=s)
    # named
    if fieldish:
        return rng.choice(["Treatment sites: {a}", "Areas: {a}", "Sites simulated: {a}"]).format(a=join(sites, rng))
    return rng.choice(["Simulation covered the {a}.", "Fields will encompass the {a}.", "We set up the {a}.",
                       "Treatment areas include the {a}."]).format(a=join(sites, rng))


# ----------------------------------------------------------------------------------------------- features
CONTRAST = {
    "IV": ["IV contrast", "Omnipaque 350, {ml} mL IV", "Isovue-300 {ml} mL IV", "intravenous iodinated contrast"],
    "oral": ["oral contrast", "oral contrast (Readi-Cat, 450 mL)", "dilute oral barium"],
    "rectal": ["rectal contrast", "dilute rectal contrast"],
    "vaginal": ["vaginal contrast", "contrast-soaked vaginal packing"],
    "bladder": ["intravesical contrast", "dilute bladder contrast via Foley"],
    "urethrogram": ["retrograde urethrogram contrast", "urethrogram contrast"],
}
CONTRAST_SENT = ["{f} was given before the scan.", "{f} administered; no reaction.", "Contrast: {f} given.",
                 "{f} given at {t}, tolerated well.", "Scan obtained after {f}.", "We used {f} for this scan."]
FEATURE_SURF = {
    "arc_rotational": ["VMAT", "volumetric modulated arc therapy", "RapidArc", "two full VMAT arcs",
                       "helical tomotherapy", "dynamic conformal arcs"],
    "particle": ["pencil-beam scanning proton therapy", "proton therapy", "intensity-modulated proton therapy",
                 "PBS protons"],
    "custom_shielding": ["custom Cerrobend block", "custom electron cutout", "custom lead shield",
                         "Cerrobend cutout"],
    "complex_blocking": ["complex blocking"],
    "brachytherapy": ["applicator position verified", "tandem and ring applicator position verified",
                      "HDR catheter positions verified", "cylinder applicator placement verified"],
    "hyperthermia": ["hyperthermia probe position verified", "thermometry probe placement verified"],
}
FEATURE_SENT = {
    "arc_rotational": ["Simulated for {f} delivery.", "Technique: {f}.", "Treatment technique is {f}.",
                       "Patient set up for {f}.", "Delivery will be {f}; isocenter placed accordingly."],
    "particle": ["Simulation done at " + PROTON_PARTNER + " for {f}.", "CT acquired on the proton scanner for {f}.",
                 "Modality: {f}.", "This is a {f} simulation."],
    "custom_shielding": ["A {f} was fabricated and checked on the patient.", "{f} made from the clinical outline.",
                         "Shielding: {f} in place.", "Block room made a {f}; fit verified."],
    "complex_blocking": ["{f} required around the {oar}.", "Field requires {f} to spare the {oar}.",
                         "Dosimetry notified of {f} around the {oar}."],
    "brachytherapy": ["{f} on CT.", "Post-insertion imaging: {f}.", "{f} relative to the {oar}.",
                      "{f}; no displacement."],
    "hyperthermia": ["{f} in the tumor.", "Probe check: {f}.", "{f} before heating session."],
}


def cap_start(out: str) -> str:
    """Capitalise a sentence whose first word is a token surface or plain text."""
    if out.startswith("<<"):
        bar = out.index("|") + 1
        return out[:bar] + out[bar].upper() + out[bar + 1 :]
    return out[0].upper() + out[1:]


def feature_text(ctx: Ctx, feature: str) -> str:
    """One counted feature mention."""
    rng = ctx.rng
    if feature == "contrast":
        surf = rng.choice(CONTRAST[ctx.plan.contrast_kind]).replace("{ml}", str(rng.choice([75, 80, 90, 100])))
        sent = rng.choice(CONTRAST_SENT)
        f = tok("F", "contrast", surf)
        return cap_start(sent.format(f=f, t=rng.choice(["0915", "1340", "10:20", "2:05 pm"])))
    surf = rng.choice(FEATURE_SURF[feature])
    if feature == "brachytherapy" and ctx.plan.site == "prostate":
        surf = "HDR catheter positions verified"
    f = tok("F", feature, surf)
    return cap_start(rng.choice(FEATURE_SENT[feature]).format(f=f, oar=ctx.oar))


# ----------------------------------------------------------------------------------------------- modalities
MOD_SURF = {
    "CT": ["CT simulation", "planning CT", "CT sim", "Big Bore CT", "CT scan"],
    "MRI": ["MRI", "T1 post-gadolinium MRI", "T2 MRI", "MR-sim"],
    "PET": ["PET/CT", "FDG PET/CT", "PSMA PET"],
    "fluoroscopy": ["fluoroscopy", "conventional simulator fluoroscopy", "fluoro"],
    "ultrasound": ["transrectal ultrasound", "ultrasound", "transabdominal ultrasound"],
}
MOD_SENT = {
    "CT": ["{m} acquired at {sl} mm slices.", "{m} performed {pos}.", "Scan: {m}, {sl} mm.", "{m} done today.",
           "Images: {m}, {sl} mm cuts."],
    "MRI": ["{m} from {d} fused to the planning CT for contouring.", "{m} registered to the sim CT.",
            "{m} co-registered for target delineation.", "Fusion: {m} ({d}) to planning CT."],
    "PET": ["{m} from {d} registered to the planning CT.", "{m} fused for GTV definition.",
            "Fusion with {m} ({d}) completed."],
    "fluoroscopy": ["{m} used to verify isocenter.", "Field borders checked under {m}.", "{m} confirmed position."],
    "ultrasound": ["{m} guidance used during the procedure.", "{m} confirmed position.",
                   "Placement checked with {m}."],
}


def modality_text(ctx: Ctx, modality: str) -> str:
    """One counted modality mention."""
    rng = ctx.rng
    surf = rng.choice(MOD_SURF[modality])
    if modality == "CT" and ctx.plan.four_d:
        surf = rng.choice(["4DCT", "4D CT simulation", "4DCT (10 phases)"])
    if modality == "MRI" and ctx.plan.note_type == "mr_sim":
        surf = rng.choice(["MR-sim", "MR simulation", "1.5T MR simulation"])
    m = tok("M", modality, surf)
    out = rng.choice(MOD_SENT[modality]).format(
        m=m, sl=rng.choice(["1.25", "2", "2.5", "3"]), pos=rng.choice(["supine", "prone", "head first supine"]),
        d=ctx.date(rng.randint(5, 40)))
    return cap_start(out)


# ----------------------------------------------------------------------------------------------- traps
NEG_FEAT = {
    "contrast": ["No IV contrast was given.", "Non-contrast scan.", "Contrast not given (eGFR {egfr}).",
                 "Contrast: none."],
    "arc_rotational": ["No arcs - static fields.", "VMAT not used.", "Not an arc plan."],
    "particle": ["Not a proton case.", "Protons not used.", "Photon plan, no protons."],
    "custom_shielding": ["No custom blocks needed.", "No Cerrobend.", "Custom shielding: not required."],
    "complex_blocking": ["No complex blocking.", "Blocking: standard MLC only, not complex."],
    "brachytherapy": ["No applicator today.", "Brachy boost not part of today's visit."],
    "hyperthermia": ["No hyperthermia.", "Hyperthermia not offered."],
}
PLAN_FEAT = {
    "contrast": ["May repeat with IV contrast if the nodes are hard to see.", "Could add oral contrast at re-sim.",
                 "Consider contrast at boost sim."],
    "arc_rotational": ["May convert to VMAT if constraints are not met.", "Could consider arcs later.",
                       "VMAT possible at replan."],
    "particle": ["Will ask about proton referral to " + PROTON_PARTNER + " if insurance allows.",
                 "Protons may be considered at recurrence."],
    "custom_shielding": ["A custom cutout may be needed for the boost.", "Will consider a custom block later."],
    "complex_blocking": ["Complex blocking may be needed at cone-down."],
    "brachytherapy": ["Brachytherapy boost to be scheduled after EBRT.", "Will plan HDR boost later."],
    "hyperthermia": ["Hyperthermia may be offered at the partner site."],
}
BLANK_FEAT = {
    "contrast": ["Contrast: ___", "[ ] IV contrast", "Contrast type/volume: ________"],
    "arc_rotational": ["[ ] VMAT/arc", "Arc technique: ___"],
    "particle": ["[ ] Protons", "Particle: ___"],
    "custom_shielding": ["[ ] Custom blocks", "Custom shielding: ___"],
    "complex_blocking": ["[ ] Complex blocking", "Complex blocking: ____"],
    "brachytherapy": ["[ ] Applicator verification", "Applicator: ___"],
    "hyperthermia": ["[ ] Hyperthermia probe", "Hyperthermia probe: ___"],
}
PLAN_MOD = {
    "MRI": ["MRI fusion to be obtained next week if authorized.", "Will get an MRI for fusion.",
            "May need MRI fusion."],
    "PET": ["PET/CT requested for staging; will fuse if it comes back in time.", "Will order PET/CT."],
    "fluoroscopy": ["Fluoro check at first treatment if needed."],
    "ultrasound": ["Ultrasound may be needed at insertion."],
}
NEG_MOD = {"MRI": ["No MRI fusion.", "MRI not fused (pacemaker)."], "PET": ["No PET fusion.", "PET not used."],
           "fluoroscopy": ["No fluoro."], "ultrasound": ["No ultrasound."]}


def trap_negated_feature(ctx: Ctx, f: str) -> str:
    """A negated feature (one the plan does not have)."""
    return ctx.rng.choice(NEG_FEAT[f]).replace("{egfr}", str(ctx.rng.randint(22, 38)))


def trap_planned_feature(ctx: Ctx, f: str) -> str:
    """A hypothetical or planned feature."""
    return ctx.rng.choice(PLAN_FEAT[f])


def trap_blank_feature(ctx: Ctx, f: str) -> str:
    """Unfilled template text for a feature."""
    return ctx.rng.choice(BLANK_FEAT[f])


def trap_planned_modality(ctx: Ctx, m: str) -> str:
    """A planned modality."""
    return ctx.rng.choice(PLAN_MOD[m])


def trap_negated_modality(ctx: Ctx, m: str) -> str:
    """A negated modality."""
    return ctx.rng.choice(NEG_MOD[m])


HIST_FINDINGS = ["showed the known primary without new disease", "was reviewed", "demonstrated interval response",
                 "showed a {mm} mm increase", "was negative for distant disease", "showed stable findings"]


def trap_historical(ctx: Ctx) -> str:
    """Historical diagnostic imaging (never this simulation's)."""
    h = ctx.fill(ctx.rng.choice(ctx.site["hist"])).replace("{d}", ctx.date(ctx.rng.randint(40, 200)))  # type: ignore
    return f"{h[0].upper()}{h[1:]} {ctx.rng.choice(HIST_FINDINGS).replace('{mm}', ctx.mm())}."


def trap_historical_contrast(ctx: Ctx) -> str:
    """Historical contrast-enhanced diagnostic imaging."""
    return ctx.rng.choice(["CT chest/abdomen/pelvis with IV contrast on {d} showed no distant disease.",
                           "Outside CT with contrast ({d}) reviewed.", "Diagnostic contrast CT {d}: unchanged.",
                           "Contrast-enhanced CT from {d} was reviewed in clinic."]).replace(
        "{d}", ctx.date(ctx.rng.randint(35, 150)))


def trap_many_beams(ctx: Ctx) -> str:
    """Many beams on the one target."""
    return ctx.rng.choice(["Seven-field IMRT to this single target.", "Nine coplanar beams, one isocenter.",
                           "Four-field box to the one volume.", "Five static fields, all on the same target.",
                           "Beam arrangement: 7 IMRT fields converging on the target."])


def trap_other_person(ctx: Ctx) -> str:
    """Someone else's imaging or treatment."""
    return ctx.rng.choice(["Her brother had proton therapy in Phoenix last year.", "Spouse had an MRI with contrast "
                           "last month and the patient was anxious about it.", "Sister had VMAT for breast cancer "
                           "and did well.", "Patient's father received brachytherapy years ago.",
                           "Daughter (a nurse) asked whether contrast would be used like in her own CT."])


def trap_copy_forward(ctx: Ctx, feats: list[str]) -> str:
    """A block copied forward from a prior course; mentions features the plan does not have."""
    names = {"contrast": "IV contrast given", "arc_rotational": "VMAT", "particle": "protons",
             "custom_shielding": "custom Cerrobend block", "complex_blocking": "complex blocking",
             "brachytherapy": "applicator verified", "hyperthermia": "hyperthermia probe verified"}
    listed = "; ".join(names[f] for f in feats) or "3D conformal"
    head = ctx.rng.choice(["[Copied from 2022 simulation note]", "Prior course (copied forward):",
                           "--- copied from previous encounter, 2021 ---", "Carried forward from 2023 sim:"])
    return f"{head} prior course to {ctx.rng.choice(PRIOR_SITES)}; {listed}; four treatment areas."


def trap_bolus(ctx: Ctx) -> str:
    """Bolus is not a feature."""
    return ctx.rng.choice(["5 mm bolus placed.", "1 cm bolus over the scar.", "Bolus: 3 mm superflab every day."])


def trap_mlc(ctx: Ctx) -> str:
    """MLC shaping alone is not complex blocking."""
    return ctx.rng.choice(["Field shaping with MLC only.", "Standard MLC shaping.", "MLCs conform to the PTV."])


def trap_immob(ctx: Ctx) -> str:
    """Custom immobilisation is not a feature."""
    imm = ctx.rng.choice(ctx.site["imm"])  # type: ignore[arg-type]
    return ctx.rng.choice([f"Immobilization: {imm}.", f"Custom {imm} made.", f"Positioned with {imm}."])


def trap_allergy(ctx: Ctx) -> str:
    """A contrast allergy mention (plan has no contrast)."""
    return ctx.rng.choice(["Allergy: iodinated contrast (hives) - non-contrast scan performed.",
                           "Contrast allergy; no contrast used.", "Known contrast allergy, scan done without it."])


def trap_charge(ctx: Ctx) -> str:
    """A bare charge line."""
    return ctx.rng.choice(["Charge: 77290-26.", "CPT 77290 captured.", "Billing: complex sim (77290)."])
