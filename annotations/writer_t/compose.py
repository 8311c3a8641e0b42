"""Composers: simulation notes (eleven kinds), aborted and blank templates, ten non-simulation documents."""

from __future__ import annotations

from . import filler
from .layout import Section
from .markup import tok
from .phrases import (
    BARE_ASSERTIONS,
    NEG_FEATURE,
    NEG_MODALITY,
    OTHER_PERSON,
    PLAN_FEATURE,
    PLAN_MODALITY,
    Ctx,
    area_lines,
    ct_line,
    feature_line,
    modality_line,
    rationale_line,
    surface,
)
from .plan import Plan
from .vocab import HOSPITAL, SITES

HEAD_SITES = (
    "medulloblastoma",
    "ependymoma",
    "low_grade_glioma",
    "craniopharyngioma",
    "germ_cell_cns",
    "dipg",
    "rms_head_neck",
    "retinoblastoma",
    "nasopharynx",
)
LONG_EXTRA = (
    ("meds", filler.meds),
    ("labs", filler.labs),
    ("ros", filler.ros),
    ("development", filler.development),
    ("course", filler.course),
    ("nutrition", filler.nutrition),
    ("chemo", filler.chemo),
    ("endocrine", filler.endocrine),
    ("psychology", filler.psychology),
    ("family_history", filler.family_history),
    ("pain", filler.pain),
)
FEATURE_WORDS = {
    "contrast": "IV contrast",
    "particle": "PBS protons",
    "arc_rotational": "VMAT",
    "custom_shielding": "custom Cerrobend block",
    "complex_blocking": "complex blocking",
    "brachytherapy": "applicator verification",
}
MOD_WORDS = {"MRI": "MRI fusion", "PET": "PET/CT fusion", "fluoroscopy": "fluoroscopy", "ultrasound": "ultrasound"}
TITLES = {
    "sim_ga": (
        "Simulation Note - under general anesthesia",
        "SIMULATION UNDER ANESTHESIA",
        "Sim note (GA)",
        "Radiation Oncology Simulation Procedure Note",
        "Pediatric simulation (anesthesia)",
    ),
    "sim_awake": (
        "Awake Simulation Note",
        "Simulation - sedation-free",
        "Sim note (awake, post Child Life prep)",
        "Simulation procedure note (no sedation)",
    ),
    "csi_sim": ("Craniospinal Simulation", "CSI simulation note", "Simulation: craniospinal axis"),
    "proton_sim": ("Proton Simulation Note", "PBS simulation", "Larkspur Pediatric Proton Center - Simulation"),
    "ct4d_sim": ("Simulation with respiratory assessment", "Simulation note - motion assessment", "4D sim note"),
    "mr_sim": ("MR Simulation Note", "MR-sim procedure note", "Simulation (MR + CT)"),
    "resim": ("Re-simulation Note", "RESIM", "Repeat simulation"),
    "order_procedure": ("Simulation Order and Procedure", "Sim order / procedure record", "ORDER + PROCEDURE"),
    "tbi_sim": ("TBI Simulation", "Total body irradiation - simulation", "TBI/TMLI sim note"),
    "brachy_procedure": (
        "Brachytherapy procedure / simulation",
        "Applicator insertion and verification",
        "Plaque / applicator procedure note",
    ),
    "electron_setup": ("Clinical Set-up Note", "Electron set-up", "Clinical mark-up and set-up"),
    "aborted_sim": ("Simulation Note", "Simulation attempt", "Sim note - incomplete"),
    "blank_template": ("Simulation Note Template", "SIM NOTE", "Simulation procedure (template)"),
    "child_life": ("Child Life Progress Note", "Child Life - procedural preparation", "CCLS note"),
    "consent": ("Consent Discussion", "Informed consent conversation - radiation", "Family meeting / consent"),
    "tumor_board": ("Pediatric Tumor Board Summary", "Multidisciplinary tumor board", "Neuro-oncology board note"),
    "nursing_phone": ("Oncology Nursing Telephone Note", "Phone call - RN", "Nurse triage call"),
    "school_letter": ("Letter to School", "School letter", "To the school nurse"),
    "insurance_appeal": (
        "Letter of Medical Necessity - Proton Therapy Appeal",
        "Proton appeal letter",
        "Appeal: denial of proton beam therapy",
    ),
    "consult": ("Radiation Oncology Consultation", "New patient consult", "Consult note"),
    "otv": ("On-Treatment Visit", "OTV", "Weekly management visit"),
    "treatment_summary": ("Radiation Treatment Summary", "End of treatment summary", "Completion summary"),
    "anesthesia_preop": ("Pre-anesthesia Evaluation", "Anesthesia pre-procedure note", "Preop eval (sedation)"),
}


def header(plan: Plan, c: Ctx) -> Section:
    """The document header."""
    title = c.pick(TITLES[plan.note_type])
    form = c.rng.randint(0, 3)
    if form == 0:
        lines = [c.pick(HOSPITAL), title, f"Patient: [redacted]   MRN: XXXXX   DOS: {c.date}"]
    elif form == 1:
        lines = [title, f"{c.pick(HOSPITAL)} | MRN XXXXX | DOB [redacted] | {c.date}", f"Attending: {c.md}"]
    elif form == 2:
        lines = [f"{title} ({c.date})", f"Pt: [redacted], {c.age} yo {'F' if c.girl else 'M'}, MRN XXXXX"]
    else:
        lines = [f"*** {c.pick(HOSPITAL)} ***", f"Document: {title}", f"Date: {c.date}   Account: XXXXX"]
    return Section("header", lines)


def signature(c: Ctx, who: str = "") -> Section:
    """The signature block."""
    name = who or c.md
    return Section(
        "signature",
        [
            c.pick(
                (
                    f"Electronically signed by {name} on {c.date}.",
                    f"-- {name}",
                    f"Signed: {name}, {c.date} {c.rng.randint(7, 18)}:{c.rng.randint(10, 59)}",
                    f"{name}\nLarkspur Children's Hospital",
                    f"Dictated by {name}; transcribed {c.date}.",
                )
            )
        ],
    )


def _immobilization(plan: Plan, c: Ctx) -> str:
    if plan.note_type == "csi_sim":
        return c.pick(
            (
                "Positioned supine with a long thermoplastic mask and Vac-Lok body bag.",
                "Prone CSI position with a face cradle and custom body mold.",
                "Supine, head in an open-face mask, arms at sides, knee sponge.",
            )
        )
    if plan.note_type == "tbi_sim":
        return c.pick(
            (
                "Seated on the TBI stand with arm support, lateral measurements taken.",
                "Supine/prone on the TBI couch, separations measured at head, neck, umbilicus and knees.",
            )
        )
    head = plan.site in HEAD_SITES
    options = (
        (
            "Supine, thermoplastic mask with mouth-bite opening.",
            "Positioned supine with a custom head rest and 3-point mask.",
            "Supine in a 5-point head-and-shoulder mask, indexed to the couch.",
            "Head in a custom-molded cushion and open-face mask.",
        )
        if head
        else (
            "Supine on a Vac-Lok bag, arms up.",
            "Supine, knees on a sponge, arms on chest.",
            "Prone on a belly board.",
            "Positioned on an indexed pediatric board with a vacuum cushion.",
            "Supine in a full-body vacuum bag, arms above head.",
        )
    )
    if plan.ga:
        options += (
            ("Supine with an anesthesia-compatible mask (cut-out for the LMA).",)
            if head
            else ("Supine on a vacuum cushion with the airway circuit taped clear of the field.",)
        )
    else:
        options += ("Supine, arms at sides, favorite blanket tucked under the knees.",)
    return c.pick(options)


def _technique_plain(plan: Plan, c: Ctx) -> str:
    """Plain technique text for notes without a technique feature (photons, static fields)."""
    if plan.features:
        return ""
    return c.pick(
        (
            "Technique: 3D conformal photons.",
            "Photons, 3D conformal, AP/PA.",
            "Opposed lateral photon fields (3D).",
            "3D-CRT photons per protocol.",
            "Static-field photons.",
        )
    )


def _intro(plan: Plan, c: Ctx) -> str:
    site = SITES[plan.site]
    dx = c.diagnosis if plan.areas_known else site.vague_dx
    g = c.guardian.split(" (")[0]
    options = {
        "sim_ga": (
            f"{c.age}-year-old with {dx} brought to the simulation suite with {g}; anesthesia induced on the table.",
            f"Simulation performed under general anesthesia today for {dx}.",
            f"Pt arrived NPO with {g}; GA by the pediatric anesthesia team for {dx} simulation.",
        ),
        "sim_awake": (
            f"Awake simulation for {dx}, no sedation, after Child Life preparation.",
            f"{c.age} yo {c.kid} simulated awake today ({dx}) - first attempt without anesthesia.",
            f"Sedation-free simulation completed for {dx}.",
        ),
        "csi_sim": (
            f"Craniospinal simulation for {dx}.",
            f"CSI simulation today ({dx}).",
            f"Simulation of the craniospinal axis and boost for {dx}.",
        ),
        "proton_sim": (
            f"Simulation at the Larkspur Pediatric Proton Center for {dx}.",
            f"Proton-center simulation, {dx}.",
            f"{c.age}-year-old {c.kid}, {dx}, simulated on the proton CT.",
        ),
        "ct4d_sim": (
            f"Simulation for {dx} with respiratory motion assessment.",
            f"Simulation with breathing assessment ({dx}).",
            f"Free-breathing simulation for {dx}; motion assessed under {'GA' if plan.ga else 'coaching'}.",
        ),
        "mr_sim": (f"MR-based simulation for {dx}.", f"Simulation with MR and CT for {dx}."),
        "resim": (
            f"Re-simulation for {dx}: "
            + c.pick(
                (
                    "weight gain of " + str(c.rng.randint(2, 5)) + " kg",
                    "growth since the first scan",
                    "weight loss of " + str(c.rng.randint(2, 4)) + " kg on feeds",
                    "a six-week chemotherapy delay since the first scan",
                )
            )
            + ".",
            f"Repeat simulation ({dx}) after a {c.rng.randint(2, 5)} kg weight change.",
        ),
        "order_procedure": (f"Simulation for {dx}.", f"Order and procedure record for {dx}."),
        "tbi_sim": (
            f"TBI simulation before allogeneic transplant ({dx}).",
            f"Simulation for total body treatment, {dx}.",
        ),
        "brachy_procedure": (
            f"Procedure under anesthesia for {dx}.",
            f"Brachytherapy procedure for {dx} in the OR/brachy suite.",
        ),
        "electron_setup": (f"Clinical set-up for {dx}.", f"Set-up in the treatment room for {dx}."),
    }
    return c.pick(options[plan.note_type])


def _feature_traps(plan: Plan, c: Ctx, traps: list[str], where: dict[str, list[str]], mentioned: list[str]) -> None:
    absent_f = [
        f
        for f in ("contrast", "particle", "arc_rotational", "custom_shielding", "complex_blocking", "brachytherapy")
        if f not in plan.features and f in (*SITES[plan.site].features, "contrast") and f not in mentioned
    ]
    absent_m = [
        m
        for m in ("MRI", "PET", "fluoroscopy", "ultrasound")
        if m not in plan.modalities and (m in SITES[plan.site].modalities or m in ("MRI", "PET"))
    ]
    r = c.rng
    if absent_f and r.random() < 0.45:
        f = r.choice(absent_f)
        where["procedure"].append(c.pick(NEG_FEATURE[f]))
        traps.append("negated_feature")
        absent_f.remove(f)
        mentioned.append(f)
    if absent_f and r.random() < 0.35:
        f = r.choice(absent_f)
        mentioned.append(f)
        where["plan"].append(c.pick(PLAN_FEATURE[f]).format(he=c.he))
        traps.append("planned_feature")
    if absent_m and plan.modalities and r.random() < 0.3:
        where["procedure"].append(c.pick(NEG_MODALITY[r.choice(absent_m)]))
        traps.append("negated_modality")
    if absent_m and r.random() < 0.35:
        where["plan"].append(c.pick(PLAN_MODALITY[r.choice(absent_m)]))
        traps.append("planned_modality")


def _historical(plan: Plan, c: Ctx, traps: list[str], where: dict[str, list[str]]) -> None:
    site = SITES[plan.site]
    r = c.rng
    if r.random() < 0.6:
        where["history"].append(
            c.pick(site.history).format(
                date=c.when(),
                cm=r.randint(18, 92) / 10,
                mm=r.randint(3, 14),
                suv=r.randint(45, 190) / 10,
                n=r.randint(2, 6),
                pct=r.randint(1, 9) / 100,
            )
        )
        traps.append("historical_imaging")
    if r.random() < 0.3:
        where["history"].append(
            c.pick(
                (
                    f"Staging CT chest/abdomen with IV contrast at the outside hospital ({c.when()}) was "
                    f"unremarkable otherwise.",
                    f'The family recalls {c.he} "threw up after the dye" at the diagnostic CT in {c.when()}.',
                    f"Diagnostic MRI ({c.when()}) with gadolinium showed the extent of disease at diagnosis.",
                )
            )
        )
        traps.append("historical_contrast")
    if r.random() < 0.18:
        where["social"].append(c.pick(OTHER_PERSON))
        traps.append("other_person")


def sim_sections(plan: Plan, c: Ctx) -> tuple[list[Section], list[str]]:
    """Sections of a simulation document (the plan's evidence plus traps)."""
    r = c.rng
    traps: list[str] = []
    where: dict[str, list[str]] = {k: [] for k in ("history", "procedure", "plan", "social", "addendum", "order")}
    site = SITES[plan.site]
    n = plan.n_areas
    # --- addendum choices (decided first: they move evidence)
    addendum_kind = ""
    mentioned: list[str] = []
    if r.random() < 0.22:
        options = []
        if "contrast" in plan.features or "custom_shielding" in plan.features:
            options.append("add_feature")
        retractable = [
            f
            for f in ("contrast", "arc_rotational", "custom_shielding")
            if f not in plan.features and (f == "contrast" or f in site.features) and plan.note_type != "electron_setup"
        ]
        if retractable:
            options.append("retract_feature")
        if plan.areas_known and n is not None and n >= 2 and plan.area_form == "stated":
            options.append("fix_count")
        if options:
            addendum_kind = r.choice(options)
    added = ""
    if addendum_kind == "add_feature":
        added = r.choice([f for f in ("contrast", "custom_shielding") if f in plan.features])
    # --- procedure evidence
    proc: list[str] = [_intro(plan, c)]
    if plan.note_type != "electron_setup" or plan.modalities:
        proc.append(_immobilization(plan, c))
        traps.append("immobilization")
    if plan.note_type == "tbi_sim" and "custom_shielding" not in plan.features:
        proc.append("Lung dose managed with compensators/attenuation only.")
    if "CT" in plan.modalities:
        proc.append(ct_line(c, plan.fourd))
        if plan.fourd and not plan.features:
            traps.append("4dct_alone")
    elif plan.note_type == "electron_setup":
        proc.append(
            c.pick(
                (
                    "No CT was obtained; the field was drawn clinically on the skin with a 1.5 cm margin.",
                    "Clinical set-up only, no CT or other imaging.",
                    "Set up clinically at the treatment machine; no imaging obtained.",
                )
            )
        )
        traps.append("negated_modality")
    fused_old = False
    for m in plan.modalities:
        if m == "CT":
            continue
        if m == "MRI" and plan.note_type != "mr_sim" and r.random() < 0.3:
            proc.append(
                f"Diagnostic {tok('M', 'MRI', 'MRI')} of {c.when()} (post-gadolinium) was fused to the planning CT."
            )
            fused_old = True
        else:
            proc.append(modality_line(m, c, plan.site, plan.note_type == "mr_sim"))
    if fused_old:
        traps.append("fused_old_contrast")
    for f in plan.features:
        if f == added:
            continue
        proc.append(feature_line(f, plan.contrast_route, c, plan.site, plan.area_set))
    tech = _technique_plain(plan, c)
    if tech:
        proc.append(tech)
    if addendum_kind == "add_feature":
        proc.append("Contrast: none." if added == "contrast" else "Custom blocks: none made today.")
    if addendum_kind == "retract_feature":
        gone = r.choice(retractable)
        mentioned.append(gone)
        proc.append(
            {
                "contrast": "IV contrast given.",
                "arc_rotational": "Technique: VMAT.",
                "custom_shielding": "Custom cutout made.",
            }[gone]
        )
    # --- areas
    area_text: list[str] = []
    if plan.areas_known and n is not None:
        if addendum_kind == "fix_count":
            area_text = [f"Areas: {n - 1} ({', '.join(surface(plan.site, v, r) for v in plan.area_set[:-1])})."]
        else:
            area_text = area_lines(plan.site, plan.area_set, n, plan.area_form, c)
        if n == 1 and r.random() < 0.4 and plan.note_type not in ("brachy_procedure", "electron_setup", "tbi_sim"):
            area_text.append(
                c.pick(
                    (
                        f"{r.randint(5, 9)} static fields all aimed at this one target.",
                        f"{c.pick(('Three', 'Two', 'Four'))} beam angles on the single CTV.",
                        f"{r.randint(2, 4)} fields cover the same volume (one area).",
                    )
                )
            )
            traps.append("many_beams")
        if plan.area_form == "stated" and addendum_kind != "fix_count" and r.random() < 0.35:
            prior = c.pick(
                [
                    p
                    for p in ("right orbit", "left thigh", "skull base", "mediastinum", "left humerus")
                    if p not in plan.area_set
                ]
            )
            area_text.append(
                c.pick(
                    (
                        "Not part of this course: the {p} treated in {y}.",
                        "(The {p}, irradiated in {y}, is not being treated now.)",
                        "Prior RT to the {p} ({y}) - not a target this time.",
                    )
                ).format(p=prior, y=r.choice((2020, 2021, 2022)))
            )
            traps.append("prior_site_passing")
        if plan.area_form in ("isocenters", "numbered"):
            traps.append("enumerated_areas")
        if any(v.startswith("bilateral") for v in plan.area_set) and plan.area_form not in ("stated", "checkbox"):
            traps.append("bilateral_counting")
    else:
        area_text = [
            c.pick(
                (
                    "Multiple sites per the protocol worksheet.",
                    "Treatment sites: see plan.",
                    "Several sites to be treated.",
                    "Areas per the consortium protocol (not listed here).",
                    "Sites as discussed at tumor board.",
                )
            )
        ]
        traps.append("vague_count")
    separate_areas = r.random() < 0.4
    if not separate_areas:
        proc += area_text
    proc.append(
        c.pick(
            (
                "Reference marks tattooed and photographed.",
                "Tattoos x3 placed; photos in the chart.",
                "Sticker marks used instead of tattoos per family preference.",
                "BBs placed, marks inked.",
                "Setup photos taken; shift instructions left for therapists.",
            )
        )
    )
    if r.random() < 0.15 and "complex_blocking" not in plan.features:
        proc.append("Apertures will be standard MLC shaping.")
        traps.append("mlc_only")
    if r.random() < 0.1 and plan.note_type in ("electron_setup", "sim_ga", "sim_awake"):
        proc.append(f"{c.pick(('5', '3', '10'))} mm bolus to the scar.")
        traps.append("bolus")
    # --- rationale
    rat: list[str] = []
    if plan.rationale:
        rat.append(rationale_line(plan.rationale, c, plan.site, n))
        if r.random() < 0.2:
            rat.append(c.pick(BARE_ASSERTIONS))
            traps.append("bare_assertion")
    elif plan.outcome == "no_rationale" or r.random() < 0.4:
        rat.append(c.pick(BARE_ASSERTIONS))
        traps.append("bare_assertion")
    elif r.random() < 0.5:
        rat.append("Reason for complex simulation: ___")
        traps.append("blank_field")
    # --- traps
    _feature_traps(plan, c, traps, where, mentioned)
    _historical(plan, c, traps, where)
    if r.random() < 0.3:
        blanks = []
        if "contrast" not in plan.features and "contrast" not in mentioned:
            blanks.append("Contrast: ___")
        if "custom_shielding" not in plan.features and "custom_shielding" not in mentioned:
            blanks.append("[ ] Custom blocks")
        if "MRI" not in plan.modalities:
            blanks.append("[ ] MRI fusion")
        if blanks:
            where["procedure"].append(c.pick(blanks))
            traps.append("blank_field")
    if plan.note_type == "resim" or r.random() < 0.1:
        cf = [f for f in ("contrast", "arc_rotational", "custom_shielding") if f not in plan.features]
        cf_m = [m for m in ("MRI", "PET") if m not in plan.modalities]
        bits = [FEATURE_WORDS[f] for f in cf[: r.randint(1, 2)]] + [MOD_WORDS[m] for m in cf_m[:1]]
        if bits:
            where["history"].append(
                c.pick(
                    (
                        "[copied from {y} sim note] {b} used.",
                        "Prior course ({y}): {b}.",
                        "Copied forward from the initial simulation ({y}): {b} - see original.",
                    )
                ).format(y=r.choice((2022, 2023, 2024)), b=", ".join(bits))
            )
            traps.append("copy_forward")
    # --- order (order_procedure)
    order: list[str] = []
    if plan.note_type == "order_procedure":
        wanted = [FEATURE_WORDS[f] for f in plan.features if f in ("contrast", "arc_rotational", "particle")]
        not_done = [f for f in ("contrast",) if f not in plan.features]
        order = [
            f"Ordered by {c.md}: simulation, {', '.join(['CT'] + wanted + [FEATURE_WORDS[f] for f in not_done])}.",
            f"Anesthesia: {'yes' if plan.ga else 'no'}. Priority: routine.",
        ]
        if not_done:
            where["procedure"].append(
                c.pick(
                    (
                        "Ordered IV contrast not given - no IV access after two attempts.",
                        "Contrast on the order was not given (not needed after review of the fused images)."
                        if "MRI" in plan.modalities or "PET" in plan.modalities
                        else "Contrast on the order was not given (creatinine pending).",
                    )
                )
            )
            traps.append("order_not_done")
    # --- assemble
    sections: list[Section] = []
    hist = filler.history(c, plan.site, r.randint(1, 3)) + where["history"]
    sections.append(Section("history", hist))
    if order:
        sections.append(Section("order", order))
    if plan.ga and plan.note_type not in ("electron_setup",):
        sections.append(Section("anesthesia", filler.anesthesia(c, False)))
        traps.append("anesthesia_drugs")
    if plan.note_type == "sim_awake" or (not plan.ga and plan.note_type != "electron_setup" and r.random() < 0.3):
        sections.append(Section("childlife", filler.child_life(c)))
        traps.append("child_life_prep")
    if r.random() < 0.3 or plan.style == "long":
        sections.append(Section("consent", filler.consent(c)))
    block = plan.area_form in ("numbered", "isocenters") and separate_areas
    proc_section = Section(
        "procedure", proc + where["procedure"], block=plan.area_form == "numbered" and not separate_areas
    )
    rat_section = Section("rationale", rat) if rat else None
    if rat_section and r.random() < 0.5:
        sections.append(rat_section)
        rat_section = None
    sections.append(proc_section)
    if separate_areas:
        sections.append(Section("areas", area_text, block=block))
    if rat_section:
        sections.append(rat_section)
    plan_lines = where["plan"] + [
        c.pick(
            (
                "Contours to the attending; plan review in 3-5 days.",
                f"Dosimetry ({c.cmd}) to start planning.",
                f"Physics ({c.phys}) aware; start date pending plan approval.",
                "First fraction targeted for next week.",
                "Anesthesia booked daily for the course.",
                "Family given the start date and NPO instructions.",
            )
        )
    ]
    sections.append(Section("plan", plan_lines))
    if plan.style == "long":
        extra = [Section("social", filler.social(c) + where["social"]), Section("exam", filler.exam(c))]
        extra += [Section(k, m(c)) for k, m in r.sample(LONG_EXTRA, r.randint(2, 4))]
        r.shuffle(extra)
        sections[1:1] = extra
    elif where["social"] or r.random() < 0.25:
        sections.insert(r.randint(1, len(sections) - 1), Section("social", filler.social(c)[:2] + where["social"]))
    if r.random() < 0.25:
        sections.insert(
            r.randint(1, len(sections)),
            Section("family", [filler.parent_quote(c)], headings=("Family", "Parent comments", "Guardian at bedside")),
        )
        traps.append("quoted_parent")
    # --- addendum
    if addendum_kind:
        when = f"Addendum {c.date} {r.randint(12, 18)}:{r.randint(10, 59)} ({c.md})"
        if addendum_kind == "add_feature":
            body = [
                c.pick(
                    (
                        "Correction: {t} was in fact given/used today.",
                        "Late entry - {t} was done; the body text above is wrong.",
                        "Amended: {t} completed at simulation.",
                    )
                ).format(t=_added_surface(added, plan, c))
            ]
            traps.append("addendum_adds_feature")
        elif addendum_kind == "retract_feature":
            body = [
                c.pick(
                    (
                        "Correction: the line above is wrong - {w} was NOT done/given today.",
                        "Please disregard the {w} entry above; it was not used at this simulation.",
                        "Amended: no {w} at this visit (entered in error).",
                    )
                ).format(
                    w={"contrast": "IV contrast", "arc_rotational": "VMAT", "custom_shielding": "custom cutout"}[gone]
                )
            ]
            traps.append("addendum_retracts_feature")
        else:
            body = ["Correction to the area count above:", *area_lines(plan.site, plan.area_set, n or 1, "stated", c)]
            traps.append("addendum_fixes_count")
        sections.append(Section("addendum", body, fixed=when))
    sections.insert(0, header(plan, c))
    sections.append(signature(c))
    return sections, traps


def _added_surface(feature: str, plan: Plan, c: Ctx) -> str:
    if feature == "contrast":
        route = {
            "oral": "oral contrast",
            "gad": "IV gadolinium",
            "bladder": "bladder contrast",
            "vaginal": "vaginal contrast",
        }.get(plan.contrast_route, "IV contrast")
        return tok("F", "contrast", route)
    return tok("F", "custom_shielding", c.pick(("a custom Cerrobend block", "the custom cutout", "custom shielding")))
