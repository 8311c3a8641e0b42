"""Writer D's corpus: allocation, per-note plan, section composition, rendering and the plan-vs-span check."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any

from simcheck.annotations import decide_labels
from simcheck.evidence import MODALITIES
from writer_d import filler
from writer_d import phrases as P
from writer_d.markup import Writer
from writer_d.sites import SITES, Site
from writer_d.styles import STYLES, render, transforms

SEED = "simcheck-writer-d-v1"
N_NOTES = 250
_WORD = re.compile(r"[a-z0-9]+(?:['/][a-z0-9]+)*")

OUTCOMES = (
    ("sup_feature", 80),
    ("sup_areas", 20),
    ("no_rationale", 22),
    ("no_imaging", 8),
    ("no_areas", 12),
    ("l77285", 29),
    ("l77280", 33),
    ("sim_empty", 8),
    ("non_sim", 38),
)
ARC_SITES = {s.key for s in SITES} - {"skin", "tbi"}
PBS_SITES = {
    "head_neck",
    "lung",
    "prostate",
    "glioma",
    "csi_peds",
    "peds_abdomen",
    "esophagus",
    "liver",
    "sarcoma",
    "lymphoma",
    "breast",
}
SBRT_SITES = {"brain_mets", "lung", "liver", "pancreas", "bone_mets"}
BRACHY_SITES = {"cervix", "endometrium", "prostate"}
NON_SIM_TYPES = ("consult", "otv", "summary", "followup", "physics_check")
GENERIC_SIM_TYPES = ("sim_note", "ct_sim_procedure", "order_procedure", "resim")
MDS = ("A.K.", "R.T.", "J.M.", "S.O.", "P.L.", "D.V.", "E.N.", "H.W.", "C.B.", "M.F.")


@dataclass
class Plan:
    """What one note documents, decided before it is written."""

    nid: str
    outcome: str
    site: Site
    style: str
    note_type: str = ""
    rationale: str | None = None
    areas: list[tuple[str, str]] | None = None
    area_form: str = "count_list"
    features: dict[str, str] = field(default_factory=dict)
    modalities: list[str] = field(default_factory=list)
    four_d: bool = False
    traps: list[str] = field(default_factory=list)
    long: bool = False
    via_addendum: str | None = None
    extra_retract: str = ""
    absent_features: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- allocation
def _feature_pool(site: Site) -> list[str]:
    pool = [f for f in site.features if f != "brachytherapy"]
    if site.key in ARC_SITES:
        pool.append("arc_rotational")
    if site.key in PBS_SITES:
        pool.append("particle")
    if site.key in BRACHY_SITES:
        pool.append("brachytherapy")
    return pool


def _site_ok(site: Site, outcome: str) -> bool:
    n = len(site.areas)
    if outcome == "sup_areas":
        return n >= 3
    if outcome == "no_imaging":
        return site.setup and "custom_shielding" in site.features
    if outcome == "l77285":
        return n >= 2
    if outcome == "no_areas":
        return n >= 3 or site.key in ("skin", "bone_mets")
    if outcome in ("sup_feature", "no_rationale"):
        return bool(_feature_pool(site))
    return True


def allocate(rng: random.Random) -> list[tuple[str, Site, str]]:
    """Return (outcome, site, style) for every note, balancing sites and styles."""
    outcomes = [o for o, n in OUTCOMES for _ in range(n)]
    assert len(outcomes) == N_NOTES
    rng.shuffle(outcomes)
    site_use = {s.key: 0 for s in SITES}
    style_use = dict.fromkeys(STYLES, 0)
    out = []
    for outcome in outcomes:
        ok = [s for s in SITES if _site_ok(s, outcome)]
        low = min(site_use[s.key] for s in ok)
        site = rng.choice([s for s in ok if site_use[s.key] <= low + 1])
        site_use[site.key] += 1
        slow = min(style_use.values())
        style = rng.choice([s for s in STYLES if style_use[s] == slow])
        style_use[style] += 1
        out.append((outcome, site, style))
    return out


# ---------------------------------------------------------------- planning
def _ctx(rng: random.Random, site: Site) -> P.Ctx:
    side, other = rng.choice((("left", "right"), ("right", "left")))
    year = rng.randint(2012, 2022)
    ctx = P.Ctx(
        rng=rng,
        site=site.key,
        side=side,
        other=other,
        target="",
        oar="",
        oar2="",
        prior="",
        year=year,
        date=f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{rng.randint(2023, 2024)}",
        age=rng.randint(2, 9) if site.peds else rng.randint(34, 88),
        md=rng.choice(MDS),
    )
    ctx.extra["pdate"] = f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{rng.choice((2022, 2023))}"
    f = P.fill(ctx)
    oars = rng.sample(site.oars, k=2)
    ctx.target = rng.choice(site.targets).format(**f)
    ctx.oar, ctx.oar2 = (o.format(**f) for o in oars)
    if site.key == "tbi":
        ctx.oar, ctx.oar2 = "lungs", "kidneys"
    ctx.prior = rng.choice(site.prior).format(**f) if site.prior else "prior field"
    return ctx


def _resolve(ctx: P.Ctx, entry: tuple[tuple[str, ...], str]) -> tuple[str, str]:
    f = P.fill(ctx)
    return ctx.pick(entry[0]).format(**f), entry[1].format(**f)


def _choose_areas(ctx: P.Ctx, site: Site, n: int) -> list[tuple[str, str]]:
    chosen = [site.areas[0], *ctx.rng.sample(list(site.areas[1:]), k=n - 1)]
    return [_resolve(ctx, e) for e in chosen]


def _feature_surface(ctx: P.Ctx, site: Site, feature: str) -> str:
    if feature == "arc_rotational":
        if site.key == "brain_mets":
            return ctx.pick(("HyperArc", "dynamic conformal arcs", "VMAT"))
        if site.key == "csi_peds":
            return "helical tomotherapy"
        return ctx.pick(P.ARC_SURFACES)
    if feature == "particle":
        return ctx.pick(P.PROTON_SURFACES)
    return ctx.pick(site.features[feature])


def plan_note(nid: str, outcome: str, site: Site, style: str, rng: random.Random, ctx: P.Ctx) -> Plan:
    """Decide the elements, note type and traps of one note."""
    p = Plan(nid=nid, outcome=outcome, site=site, style=style)
    p.long = style == "long_buried" or (style in ("resident_attestation", "voice") and rng.random() < 0.25)
    max_areas = len(site.areas)
    if outcome == "non_sim":
        p.note_type = rng.choice(NON_SIM_TYPES)
        p.traps.append("non_simulation_note")
        return p
    if outcome == "sim_empty":
        p.note_type = rng.choice(("sim_note", "ct_sim_procedure", "order_procedure"))
        return p
    # areas
    if outcome == "sup_areas":
        p.areas = _choose_areas(ctx, site, rng.randint(3, min(4, max_areas)) if rng.random() < 0.2 else 3)
    elif outcome == "l77285":
        p.areas = _choose_areas(ctx, site, 2)
    elif outcome == "l77280":
        p.areas = _choose_areas(ctx, site, 1)
    elif outcome == "no_areas":
        p.areas = None
    else:
        p.areas = _choose_areas(
            ctx, site, rng.choice([1, 1, 2, 2, 3][: max(1, min(5, max_areas + 2))]) if max_areas > 1 else 1
        )
    # features
    if outcome in ("sup_feature", "no_rationale", "no_areas"):
        pool = _feature_pool(site)
        k = 1 if rng.random() < 0.7 or len(pool) == 1 else 2
        chosen = rng.sample(pool, k=k)
        brachy_p = {"cervix": 0.65, "endometrium": 0.65, "prostate": 0.3}.get(site.key, 0.0)
        if rng.random() < brachy_p and "brachytherapy" not in chosen:
            chosen[0] = "brachytherapy"
        if "particle" in chosen and "arc_rotational" in chosen:
            chosen.remove("arc_rotational")
        for feat in chosen:
            p.features[feat] = _feature_surface(ctx, site, feat)
    elif outcome == "no_imaging":
        p.features["custom_shielding"] = _feature_surface(ctx, site, "custom_shielding")
    if "brachytherapy" in p.features:
        p.features.pop("particle", None)
        p.features.pop("arc_rotational", None)
        if p.areas is not None:
            p.areas = _choose_areas(ctx, site, 1)
    # note type
    if outcome == "no_imaging":
        p.note_type = "clinical_setup"
    elif "brachytherapy" in p.features:
        p.note_type = "hdr_applicator"
    elif "particle" in p.features and rng.random() < 0.75:
        p.note_type = "proton_sim"
    elif site.peds and rng.random() < 0.8:
        p.note_type = "peds_anesthesia"
    elif site.key in SBRT_SITES and rng.random() < 0.4:
        p.note_type = "srs_sbrt"
    else:
        p.note_type = rng.choice(GENERIC_SIM_TYPES)
    # modalities
    if outcome != "no_imaging":
        mods = ["CT"]
        if p.note_type == "hdr_applicator":
            extra = [m for m in site.mods if m in ("fluoroscopy", "ultrasound", "MRI")]
            if site.key == "prostate":
                extra = ["ultrasound"]
            picked = rng.sample(extra, k=min(len(extra), rng.randint(1, 2))) if extra else []
            if picked and rng.random() < 0.3:
                mods = []
            mods += picked
        else:
            for m in ("MRI", "PET"):
                if m in site.mods and rng.random() < 0.35:
                    mods.append(m)
            if site.key == "glioma" and "MRI" not in mods:
                mods.append("MRI")
        p.modalities = [m for m in MODALITIES if m in mods]
        p.four_d = site.motion and "CT" in p.modalities and rng.random() < 0.75
    # rationale
    if outcome not in ("no_rationale",) and not (outcome in ("l77280", "l77285") and rng.random() < 0.45):
        p.rationale = rng.choice(_rationale_options(p))
    # area form
    if p.areas is not None:
        forms = ["count_list", "list", "count_only", "checkbox"]
        if len(p.areas) > 1:
            forms.append("iso")
        p.area_form = rng.choice(forms)
    _choose_traps(p, rng)
    return p


def _rationale_options(p: Plan) -> list[str]:
    site = p.site
    opts = ["OAR proximity", "OAR proximity"]
    if site.key not in ("tbi",):
        opts.append("irregular target")
    if site.prior:
        opts.append("prior field overlap")
    if site.key in ("bone_mets", "sarcoma", "breast", "head_neck"):
        opts.append("immobilization")
    if p.areas is not None and len(p.areas) >= 2:
        opts += ["multiple targets"] * 2
    if "contrast" in p.features:
        opts += ["contrast for delineation"] * 2
    if "MRI" in p.modalities or "PET" in p.modalities:
        opts.append("fusion for delineation")
    if "brachytherapy" in p.features:
        opts = ["applicator verification", "applicator verification", "OAR proximity"]
    if "custom_shielding" in p.features:
        opts.append("custom shielding")
    if site.peds:
        opts = ["anesthesia/immobilization"] * 3 + ["OAR proximity"]
    if site.motion and p.four_d:
        opts.append("target motion")
    if site.key == "tbi":
        opts = ["custom shielding"] if "custom_shielding" in p.features else ["OAR proximity"]
    return opts


def _choose_traps(p: Plan, rng: random.Random) -> None:
    absent_f = [f for f in _feature_pool(p.site) if f not in p.features] or ["particle"]
    if p.outcome == "no_rationale" and rng.random() < 0.75:
        p.traps.append("bare_assertion")
    if p.areas is not None and len(p.areas) == 1 and p.note_type != "clinical_setup" and rng.random() < 0.45:
        p.traps.append("many_beams_one_target")
    if p.four_d and not p.features and p.areas is not None and len(p.areas) == 1:
        p.traps.append("4dct_alone")
    roll = [
        ("historical_imaging", 0.35),
        ("negated_feature", 0.2),
        ("planned_feature", 0.18),
        ("planned_modality", 0.12),
        ("negated_modality", 0.1),
        ("blank_template", 0.3 if p.style == "smartphrase" else 0.08),
        ("unchecked_boxes", 0.25 if p.style in ("smartphrase", "flowsheet", "outline") else 0.06),
        ("copy_forward", 0.1),
        ("addendum_correction", 0.1),
        ("order_not_done", 0.5 if p.note_type == "order_procedure" else 0.0),
        ("other_person", 0.08),
        ("mlc_only", 0.1 if not ({"custom_shielding", "complex_blocking"} & set(p.features)) else 0.0),
        ("immobilization_device", 0.1),
        ("prior_course_site", 0.06 if p.site.prior else 0.0),
        ("bolus", 0.04 if p.site.key in ("breast", "skin", "sarcoma") else 0.0),
        ("motion_not_feature", 0.25 if p.site.key in ("breast", "lymphoma", "pancreas", "liver") else 0.0),
        ("contrast_allergy", 0.06 if "contrast" not in p.features else 0.0),
        ("fused_old_contrast", 0.5 if ("MRI" in p.modalities or "PET" in p.modalities) else 0.0),
    ]
    for name, prob in roll:
        if rng.random() < prob:
            p.traps.append(name)
    if "addendum_correction" in p.traps:
        kinds = [k for k in P.RETRACTED if k not in p.features and k not in p.modalities]
        add_ok = []
        if p.outcome in ("sup_feature", "no_rationale", "no_areas") and "arc_rotational" in p.features:
            add_ok.append("arc_rotational")
        for m in ("MRI", "PET"):
            if m in p.modalities:
                add_ok.append(m)
        if add_ok and rng.random() < 0.4:
            p.via_addendum = rng.choice(add_ok)
        elif kinds:
            p.extra_retract = rng.choice(kinds)
        else:
            p.traps.remove("addendum_correction")
    p.absent_features = absent_f


# ---------------------------------------------------------------- composition
TITLES = {
    "header": ("",),
    "dx": ("Diagnosis", "Dx", "Oncologic diagnosis", "Problem"),
    "hx": ("Imaging reviewed", "Pertinent history", "Prior studies", "Oncologic history"),
    "copied": ("Prior course (carried forward)", "Previous simulation"),
    "order": ("Simulation order", "Orders", "Sim request"),
    "indication": ("Indication", "Medical necessity", "Rationale", "Assessment"),
    "setup": ("Setup / immobilization", "Position", "Patient positioning", "Immobilization"),
    "anesthesia": ("Anesthesia", "Sedation"),
    "scan": ("Imaging", "Scan", "CT acquisition", "Image acquisition"),
    "contrast": ("Contrast", "Contrast administration"),
    "technique": ("Technique", "Treatment technique", "Delivery"),
    "areas": ("Treatment areas", "Sites", "Target(s)", "Fields"),
    "blocking": ("Blocking / shielding", "Field shaping", "Shielding"),
    "motion": ("Motion management", "Respiratory management"),
    "applicator": ("Applicator", "Applicator verification", "Brachytherapy"),
    "checklist": ("Sim checklist", "Complexity checklist"),
    "plan": ("Plan", "Next steps", "Plan / follow-up"),
    "addendum": ("Addendum",),
    "attest": ("Attending attestation", "Teaching physician statement"),
    "sig": ("Signed",),
    "allergies": ("Allergies",),
}

NOTE_TITLES = {
    "sim_note": ("Radiation Oncology Simulation Note", "SIMULATION NOTE", "Rad Onc - Simulation"),
    "ct_sim_procedure": ("CT Simulation - Therapist Procedure Note", "CT SIM TECH NOTE", "Sim procedure (RTT)"),
    "order_procedure": ("Simulation Order and Procedure", "SIM ORDER / PROCEDURE NOTE"),
    "resim": ("Re-simulation Note", "RESIM - replan"),
    "proton_sim": ("Proton Center - CT Simulation", "Proton Therapy Simulation Note"),
    "hdr_applicator": ("HDR Brachytherapy - Applicator Insertion and Verification", "HDR Suite Procedure Note"),
    "peds_anesthesia": ("Pediatric Simulation Under Anesthesia", "Peds Rad Onc - Sim w/ Anesthesia"),
    "srs_sbrt": ("SRS/SBRT Simulation Note", "Stereotactic Simulation"),
    "clinical_setup": ("Clinical Setup Note", "Clinical mark-up / setup on linac"),
    "consult": ("Radiation Oncology Consultation", "New Patient Consult"),
    "otv": ("On-Treatment Visit", "OTV / weekly management"),
    "summary": ("Radiation Treatment Summary", "End of Treatment Summary"),
    "followup": ("Radiation Oncology Follow-up", "Follow-up Visit"),
    "physics_check": ("Physics Weekly Chart Check", "Medical Physics Note"),
}
EHRS = ("Epic", "MOSAIQ", "ARIA", "Cerner", "Meditech")


def _header(p: Plan, ctx: P.Ctx) -> list[tuple[str, str]]:
    title = ctx.pick(NOTE_TITLES[p.note_type])
    rng = ctx.rng
    lines = [("", title)]
    if p.style in ("flowsheet", "smartphrase") or rng.random() < 0.4:
        lines.append(("", f"Pt: [redacted]  MRN: XXXXX  DOS: {ctx.date}  Source: {rng.choice(EHRS)}"))
    elif rng.random() < 0.5:
        lines.append(("", f"[redacted], DOB XX/XX/XXXX - {ctx.date}"))
    return lines


def _sig(p: Plan, ctx: P.Ctx) -> list[tuple[str, str]]:
    rng = ctx.rng
    who = {
        "ct_sim_procedure": "RTT",
        "clinical_setup": "MD",
        "physics_check": "MS, DABR",
    }.get(p.note_type, "MD")
    extra = ""
    if p.style == "voice":
        extra = " Dictated using voice recognition; please excuse transcription errors."
    if p.style == "tech_short":
        return [("", f"-- {ctx.md[0].lower()}{ctx.md[2].lower()} RTT")]
    return [("", f"{rng.choice(('Electronically signed', 'Signed', 'e-signed'))}: {ctx.md} {who}.{extra}")]


def compose_sim(p: Plan, ctx: P.Ctx) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """Return the sections of a simulation-type note, with evidence in markup and traps as plain text."""
    rng, site = ctx.rng, p.site
    f = P.fill(ctx)
    dx = ctx.pick(site.dx).format(**f)
    sec: dict[str, list[tuple[str, str]]] = {}

    def add(key: str, field_name: str, text: str) -> None:
        sec.setdefault(key, []).append((field_name, text))

    add("dx", "Dx", dx[0].upper() + dx[1:] + ".")
    traps = p.traps
    # history and traps that live there
    if "historical_imaging" in traps:
        for line in rng.sample(site.hx, k=min(len(site.hx), rng.randint(1, 2))):
            add("hx", "Prior imaging", line.format(**f) + ".")
        if "contrast" not in p.features and rng.random() < 0.6:
            add("hx", "Prior imaging", ctx.pick(P.HISTORICAL_CONTRAST).format(**f))
    if "prior_course_site" in traps:
        add("hx", "Prior RT", ctx.pick(P.PRIOR_COURSE_SITE).format(**f))
    if "other_person" in traps:
        add("hx", "Note", ctx.pick(P.OTHER_PERSON).format(**f))
    if "contrast_allergy" in traps:
        add("allergies", "Allergies", ctx.pick(P.CONTRAST_ALLERGY))
    if "copy_forward" in traps:
        add("copied", "Carried forward", ctx.pick(P.COPY_FORWARD).format(**f))
    # order
    not_done: list[str] = []
    if p.note_type == "order_procedure":
        ordered = ["CT simulation"] + [P.ORDER_ITEMS[k] for k in list(p.features) + p.modalities if k in P.ORDER_ITEMS]
        if "order_not_done" in traps:
            allowed = set(_feature_pool(site)) | set(site.mods)
            cands = [k for k in P.NOT_DONE if k in allowed and k not in p.features and k not in p.modalities]
            if "contrast_allergy" in traps and "contrast" in cands:
                cands.remove("contrast")
            if cands:
                k = rng.choice(cands)
                ordered.append(P.ORDER_ITEMS[k])
                not_done.append(ctx.pick(P.NOT_DONE[k]))
            else:
                traps.remove("order_not_done")
        add("order", "Ordered", "Ordered: " + ", ".join(ordered) + f" (Dr. {ctx.md}).")
    elif "order_not_done" in traps:
        traps.remove("order_not_done")
    # indication
    if p.rationale and p.style == "resident_attestation" and rng.random() < 0.4:
        add(
            "attest",
            "Attending",
            rng.choice(("I agree with the resident; ", "Attending addendum: ", "I have reviewed the images. "))
            + P.rationale(ctx, p.rationale),
        )
    elif p.rationale:
        add("indication", "Rationale", P.rationale(ctx, p.rationale))
    elif "bare_assertion" in traps:
        add("indication", "Medical necessity", ctx.pick(P.BARE_ASSERTIONS))
    elif "blank_template" in traps:
        add("indication", "Rationale", ctx.pick(P.BLANK_FIELDS["rationale"]))
    # setup
    add("setup", "Position", ctx.pick(site.immob).format(**f) + ".")
    if "immobilization_device" in traps:
        add("setup", "Immobilization", ctx.pick(P.IMMOB_DEVICE))
    if site.peds:
        add(
            "anesthesia",
            "Anesthesia",
            rng.choice(
                (
                    "General anesthesia by pediatric anesthesia team (propofol); LMA; recovered in PACU.",
                    "Propofol sedation, natural airway, monitored by anesthesia; uneventful.",
                    "GA induced in the sim suite by Dr. [redacted]; child recovered without issue.",
                )
            ),
        )
    # imaging
    if "CT" in p.modalities:
        add("scan", "Scan", P.ct_line(ctx, p.four_d))
    for m in ("MRI", "PET"):
        if m in p.modalities and p.via_addendum != m:
            if p.note_type == "hdr_applicator" and m == "MRI":
                add("scan", "MRI", P.brachy_modality_line(ctx, "MRI"))
            else:
                old = "fused_old_contrast" in traps
                add("scan", "Fusion", P.fusion_line(ctx, m, old))
    for m in ("fluoroscopy", "ultrasound"):
        if m in p.modalities:
            add("scan", "Verification imaging", P.brachy_modality_line(ctx, m))
    if "fused_old_contrast" in traps and not ({"MRI", "PET"} & set(p.modalities) - {p.via_addendum}):
        traps.remove("fused_old_contrast")
    if p.via_addendum in ("MRI", "PET"):
        add("scan", "Fusion", f"No {p.via_addendum} registration at time of sim.")
    if not p.modalities and p.note_type == "clinical_setup":
        add("scan", "Imaging", ctx.pick(P.NEGATED_MODALITY["CT"]))
        if "negated_modality" not in traps:
            traps.append("negated_modality")
    # features
    for feat, surface in p.features.items():
        if p.via_addendum == feat:
            add("technique", "Technique", "3D conformal, to be confirmed.")
            continue
        key = {
            "contrast": "contrast",
            "arc_rotational": "technique",
            "particle": "technique",
            "custom_shielding": "blocking",
            "complex_blocking": "blocking",
            "brachytherapy": "applicator",
            "hyperthermia": "technique",
        }[feat]
        add(key, feat.replace("_", " ").capitalize(), P.feature_line(ctx, feat, surface))
    if "4dct_alone" in traps:
        add("motion", "Motion", "Motion management: 4DCT/ITV only (add-on code), no other special technique.")
    if "motion_not_feature" in traps:
        add("motion", "Motion", P.MOTION_NOT_FEATURE[0 if site.key in ("breast", "lymphoma") else 1])
    if "mlc_only" in traps:
        add("blocking", "Shaping", ctx.pick(P.MLC_ONLY))
    if "bolus" in traps:
        add("blocking", "Bolus", ctx.pick(P.BOLUS))
    for line in not_done:
        add("technique" if "VMAT" in line or "roton" in line else "scan", "Not done", line)
    # negated / planned / blank / unchecked
    absent: list[str] = list(p.absent_features)
    if "contrast_allergy" in traps:
        absent = [a for a in absent if a != "contrast"] or ["particle"]
    if "negated_feature" in traps:
        k = rng.choice(absent)
        sec_key = "contrast" if k == "contrast" else "blocking" if "block" in k or "shield" in k else "technique"
        add(sec_key, "Note", ctx.pick(P.NEGATED_FEATURE[k]))
    if "negated_modality" in traps and p.note_type != "clinical_setup":
        cands = [m for m in ("MRI", "PET", "fluoroscopy", "ultrasound") if m not in p.modalities]
        add("scan", "Note", ctx.pick(P.NEGATED_MODALITY[rng.choice(cands)]))
    if "planned_feature" in traps:
        add("plan", "Plan", ctx.pick(P.PLANNED_FEATURE[rng.choice(absent)]))
    if "planned_modality" in traps:
        cands = [m for m in ("MRI", "PET") if m not in p.modalities] or ["fluoroscopy"]
        add("plan", "Plan", ctx.pick(P.PLANNED_MODALITY[rng.choice(cands)]))
    if "blank_template" in traps:
        for k in rng.sample(absent, k=min(2, len(absent))):
            add({"contrast": "contrast"}.get(k, "technique"), "Template", ctx.pick(P.BLANK_FIELDS[k]))
        if not (set(p.modalities) & {"MRI"}) and rng.random() < 0.5:
            add("scan", "Template", ctx.pick(P.BLANK_FIELDS["MRI"]))
    if "unchecked_boxes" in traps:
        boxes = [f"[x] {P.mk('F', k, p.features[k])}" for k in p.features if k != p.via_addendum]
        boxes += [f"[ ] {P.UNCHECKED[k]}" for k in rng.sample(absent, k=min(3, len(absent)))]
        rng.shuffle(boxes)
        add("checklist", "Complexity", "  ".join(boxes))
    # areas
    if p.areas is not None:
        if "many_beams_one_target" in traps:
            tech_kind = "arc" if "arc_rotational" in p.features and p.via_addendum != "arc_rotational" else ""
            tech_kind = "proton" if "particle" in p.features else tech_kind
            add("areas", "Areas", P.single_area_many_beams(ctx, p.areas[0], tech_kind))
        else:
            add("areas", "Areas", P.areas_text(ctx, p.areas, p.area_form))
    elif "blank_template" in traps and rng.random() < 0.6:
        add("areas", "Areas", ctx.pick(P.BLANK_FIELDS["areas"]))
    else:
        add("areas", "Areas", ctx.pick(P.UNKNOWN_AREAS).format(generic=ctx.pick(site.generic_targets)))
    # plan
    add(
        "plan",
        "Plan",
        rng.choice(
            (
                "Contours to MD; planning to begin.",
                "Images exported to the TPS; physics to plan.",
                f"Start date pending QA, target {rng.randint(5, 14)} days.",
                "Pt given tattoo care instructions; return for first fraction.",
            )
        ),
    )
    # addendum
    if "addendum_correction" in traps:
        if p.via_addendum:
            if p.via_addendum in ("MRI", "PET"):
                add("addendum", "Addendum", "Addendum: " + P.fusion_line(ctx, p.via_addendum, False))
            else:
                s = P.mk("F", p.via_addendum, p.features[p.via_addendum])
                add("addendum", "Addendum", f"Addendum {ctx.date}: correction - pt was simulated for {s}, not 3D.")
        else:
            body, corr = P.RETRACTED[p.extra_retract]
            target_key = {"contrast": "contrast", "MRI": "scan", "custom_shielding": "blocking"}.get(
                p.extra_retract,
                "technique",
            )
            add(target_key, "Note", body)
            where = "attest" if p.style == "resident_attestation" and rng.random() < 0.5 else "addendum"
            add(where, "Correction", corr.format(**f))
    if p.style == "resident_attestation":
        add(
            "attest",
            "Attestation",
            rng.choice(
                (
                    f"I saw the patient with Dr. [redacted] (PGY-{rng.randint(2, 5)}) and was present for the key "
                    "portions of the simulation. I agree with the note as documented.",
                    "Resident note reviewed and edited. I personally reviewed the setup and images.",
                    "Teaching physician: I was physically present and directed the simulation; agree with above.",
                )
            ),
        )
    return _order(p, ctx, sec)


ORDERS = (
    (
        "dx",
        "allergies",
        "hx",
        "copied",
        "order",
        "indication",
        "setup",
        "anesthesia",
        "scan",
        "contrast",
        "motion",
        "technique",
        "applicator",
        "blocking",
        "checklist",
        "areas",
        "plan",
        "addendum",
        "attest",
    ),
    (
        "dx",
        "hx",
        "allergies",
        "order",
        "setup",
        "anesthesia",
        "scan",
        "contrast",
        "areas",
        "technique",
        "blocking",
        "applicator",
        "motion",
        "checklist",
        "indication",
        "copied",
        "plan",
        "attest",
        "addendum",
    ),
    (
        "dx",
        "order",
        "indication",
        "areas",
        "technique",
        "setup",
        "anesthesia",
        "applicator",
        "scan",
        "contrast",
        "motion",
        "blocking",
        "checklist",
        "hx",
        "allergies",
        "copied",
        "plan",
        "addendum",
        "attest",
    ),
    (
        "order",
        "dx",
        "hx",
        "allergies",
        "setup",
        "anesthesia",
        "scan",
        "motion",
        "contrast",
        "applicator",
        "blocking",
        "technique",
        "areas",
        "indication",
        "checklist",
        "copied",
        "plan",
        "addendum",
        "attest",
    ),
)


def _order(p: Plan, ctx: P.Ctx, sec: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str, list[tuple[str, str]]]]:
    order = ctx.pick(ORDERS)
    out: list[tuple[str, str, list[tuple[str, str]]]] = [("header", "", _header(p, ctx))]
    if p.long:
        target = ctx.rng.randint(620, 1250)
        dx_text = sec["dx"][0][1]
        for key, title, sentences in filler.long_sections(ctx, dx_text.rstrip("."), target):
            out.append((key, title, [("", s) for s in sentences]))
    for key in order:
        if key in sec:
            out.append((key, ctx.pick(TITLES[key]), sec[key]))
    out.append(("sig", "Signed", _sig(p, ctx)))
    return out


def compose_empty(p: Plan, ctx: P.Ctx) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """Return a simulation note that documents nothing countable (aborted sim or unfilled template)."""
    rng, site = ctx.rng, p.site
    f = P.fill(ctx)
    sec: dict[str, list[tuple[str, str]]] = {}

    def add(key: str, field_name: str, text: str) -> None:
        sec.setdefault(key, []).append((field_name, text))

    add("dx", "Dx", ctx.pick(site.dx).format(**f) + ".")
    if rng.random() < 0.5:
        p.traps += ["sim_aborted", "planned_feature", "planned_modality"]
        add(
            "indication",
            "Status",
            rng.choice(
                (
                    "Pt arrived for simulation but could not tolerate lying flat (pain 9/10); sim aborted before "
                    "any scan.",
                    "Simulation cancelled on arrival: pt febrile, sent to ED.",
                    "Pt declined to proceed with simulation today after discussion; will reconsider.",
                )
            ),
        )
        feat = rng.choice([k for k in P.PLANNED_FEATURE if k != "hyperthermia"])
        add("plan", "Plan", ctx.pick(P.PLANNED_FEATURE[feat]))
        add("plan", "Plan", ctx.pick(P.PLANNED_MODALITY[rng.choice(("MRI", "PET"))]))
        add("plan", "Plan", "Will reschedule CT simulation with IV contrast next week.")
    else:
        p.traps += ["blank_template", "unchecked_boxes"]
        add("indication", "Rationale", ctx.pick(P.BLANK_FIELDS["rationale"]))
        add("scan", "Imaging", "Scan type: ***")
        add("contrast", "Contrast", ctx.pick(P.BLANK_FIELDS["contrast"]))
        add("areas", "Areas", ctx.pick(P.BLANK_FIELDS["areas"]))
        add(
            "checklist",
            "Complexity",
            "[ ] IV contrast  [ ] VMAT/arc  [ ] Custom blocks  [ ] MRI fusion  [ ] PET fusion",
        )
        add("plan", "Plan", "*** (template not completed)")
    if rng.random() < 0.5:
        p.traps.append("historical_imaging")
        add("hx", "Prior imaging", ctx.pick(site.hx).format(**f) + ".")
    return _order(p, ctx, sec)


def compose_non_sim(p: Plan, ctx: P.Ctx) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """Return a consult / OTV / summary / follow-up / physics note: imaging and contrast mentioned, no sim."""
    rng, site = ctx.rng, p.site
    f = P.fill(ctx)
    sec: dict[str, list[tuple[str, str]]] = {}

    def add(key: str, field_name: str, text: str) -> None:
        sec.setdefault(key, []).append((field_name, text))

    add("dx", "Dx", ctx.pick(site.dx).format(**f) + ".")
    hx = [line.format(**f) + "." for line in rng.sample(site.hx, k=min(2, len(site.hx)))]
    n_fx = rng.choice((5, 15, 25, 28, 30, 33))
    arc = ctx.pick(P.ARC_SURFACES)
    if p.note_type == "consult":
        p.traps += ["historical_imaging", "planned_feature", "planned_modality"]
        for line in hx:
            add("hx", "Imaging", line)
        add("indication", "Assessment", f"Recommend {n_fx} fractions of definitive/adjuvant RT.")
        add(
            "plan",
            "Plan",
            rng.choice(
                (
                    "Plan CT simulation with IV contrast and MRI fusion; anticipate VMAT.",
                    "Will schedule sim next week; likely 4DCT, PET fusion and custom blocks.",
                    "Proceed to simulation; consider protons vs photons; contrast if renal function allows.",
                )
            ),
        )
    elif p.note_type == "otv":
        p.traps += ["ongoing_technique"]
        add("indication", "Status", f"Fraction {rng.randint(3, n_fx)}/{n_fx}. Tolerating {arc} well.")
        add("scan", "IGRT", "Daily CBCT reviewed; shifts < 3 mm.")
        add("plan", "Plan", "Continue. Skin care. Recheck CBC next week.")
        if rng.random() < 0.5:
            p.traps.append("historical_imaging")
            add("hx", "Imaging", hx[0])
    elif p.note_type == "summary":
        p.traps += ["past_course_summary"]
        areas = [_resolve(ctx, e)[0] for e in site.areas[: min(3, len(site.areas))]]
        add(
            "indication",
            "Course",
            rng.choice(
                (
                    f"Simulated on {ctx.date} (CT with IV contrast, MRI fused); treated with {arc} to "
                    f"{', '.join(areas)}.",
                    f"CT sim {ctx.date} incl. 4DCT; {len(areas)} treatment areas ({'; '.join(areas)}); custom blocks "
                    "used.",
                    f"Completed {n_fx} fx. Sim was done with oral and IV contrast; technique {arc}.",
                )
            ),
        )
        add("plan", "Follow-up", "Follow-up in 6 weeks with imaging.")
    elif p.note_type == "followup":
        p.traps += ["historical_imaging", "planned_modality"]
        for line in hx:
            add("hx", "Imaging", line)
        add("indication", "Interval", f"Completed RT ({arc}) {rng.randint(2, 18)} months ago; doing well.")
        add("plan", "Plan", "Repeat MRI with contrast in 3 months; PET if rising markers.")
    else:
        p.traps += ["physics_review"]
        add(
            "scan",
            "Chart check",
            rng.choice(
                (
                    f"Weekly chart check: 4DCT dataset and ITV reviewed; {arc} plan, 2 arcs, MU second check passed.",
                    "Physics check: custom cutout output factor measured; contrast override density applied to "
                    "contrast-filled bowel.",
                    "Plan QA: PET/CT fusion reviewed for registration accuracy; IMRT QA gamma 99.1%.",
                )
            ),
        )
        add("plan", "Plan", "No action needed; continue treatment.")
    if rng.random() < 0.12:
        p.traps.append("other_person")
        add("hx", "Note", ctx.pick(P.OTHER_PERSON).format(**f))
    return _order(p, ctx, sec)


# ---------------------------------------------------------------- build and check
def _check(p: Plan, spans: list[dict[str, Any]]) -> None:
    rat = any(s["label"] == "RATIONALE" for s in spans)
    feats = {str(s["value"]) for s in spans if s["label"] == "FEATURE"}
    mods = {str(s["value"]) for s in spans if s["label"] == "MODALITY"}
    counts = [s for s in spans if s["label"] == "AREA_COUNT"]
    sites = {str(s["value"]) for s in spans if s["label"] == "TREATMENT_SITE"}
    areas = int(str(counts[-1]["value"])) if counts else (len(sites) if sites else None)
    expected_areas = len(p.areas) if p.areas is not None else None
    if (
        rat != (p.rationale is not None)
        or feats != set(p.features)
        or mods != set(p.modalities)
        or areas != expected_areas
    ):
        raise AssertionError(f"{p.nid}: spans disagree with plan")


def build_note(nid: str, outcome: str, site: Site, style: str) -> dict[str, Any]:
    """Plan, write and check one note; return its record."""
    rng = random.Random(f"{SEED}:{nid}")
    ctx = _ctx(rng, site)
    p = plan_note(nid, outcome, site, style, rng, ctx)
    if p.rationale == "fusion for delineation":
        ctx.extra["fusion"] = "MRI" if "MRI" in p.modalities else "PET"
    if outcome == "non_sim":
        sections = compose_non_sim(p, ctx)
    elif outcome == "sim_empty":
        sections = compose_empty(p, ctx)
    else:
        sections = compose_sim(p, ctx)
    plain, evidence = transforms(style, rng)
    w = Writer(plain=plain, evidence=evidence)
    render(w, sections, style, rng)
    text = w.text().rstrip() + "\n"
    spans = w.spans
    _check(p, spans)
    labels_dec = decide_labels(
        p.rationale is not None,
        len(p.areas) if p.areas is not None else None,
        sorted(p.features),
        [m for m in MODALITIES if m in p.modalities],
    )
    labels = {
        "rationale": p.rationale is not None,
        "treatment_areas": len(p.areas) if p.areas is not None else None,
        "features": sorted(p.features),
        "modalities": [m for m in MODALITIES if m in p.modalities],
        "supported": labels_dec.supported,
        "level": labels_dec.level,
        "missing": labels_dec.missing,
    }
    keys = [k for k, _, _ in sections]
    traps = sorted(dict.fromkeys(p.traps))
    meta = {
        "site": site.key,
        "style": style,
        "note_type": p.note_type,
        "skeleton": f"{p.note_type}/{style}/" + "+".join(keys),
        "traps": traps,
        "words": len(_WORD.findall(text.lower())),
        "outcome": outcome,
        "writer": "d",
    }
    return {"id": nid, "text": text, "labels": labels, "spans": spans, "meta": meta}


def build_corpus() -> list[dict[str, Any]]:
    """Return all writer-D records in id order (deterministic)."""
    rng = random.Random(SEED)
    plan = allocate(rng)
    return [build_note(f"wd-{i + 1:04d}", o, s, st) for i, (o, s, st) in enumerate(plan)]
