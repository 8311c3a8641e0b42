"""Write a planned note: sections in markup, per-style layout, then render and check spans against the plan."""

from __future__ import annotations

import random
import re

from . import filler, traps
from .evidence import areas_text, feature_text, modality_text, rationale_sentence
from .markup import ev, render, strip_marks
from .plan import Plan
from .sites import Site, allowed_areas
from .styles import transform_for

Section = tuple[str, str, str]  # key, header, body markup

_TITLES = {
    "sim_note": (
        "CT Simulation Note",
        "Radiation Oncology Simulation",
        "SIMULATION NOTE",
        "Simulation - Radiation Oncology",
    ),
    "sim_procedure": (
        "Procedure Note: CT Simulation",
        "Radiation Oncology Procedure Note - Treatment Planning Simulation",
    ),
    "order_and_sim": ("Simulation Order and Procedure", "Treatment Planning Order / Simulation Record"),
    "resim_note": ("Re-Simulation Note", "Repeat CT Simulation (re-sim)"),
    "interpreter_sim": ("Simulation Note (interpreter-assisted)", "CT Simulation - Interpreter Present"),
    "brachy_procedure": (
        "Brachytherapy Procedure Note",
        "HDR Brachytherapy: Applicator Insertion and Planning Imaging",
    ),
    "consult": ("Radiation Oncology Consultation", "New Patient Consult"),
    "on_treatment_visit": ("On-Treatment Visit", "Weekly OTV / Management Note"),
    "nursing_note": ("Radiation Oncology Nursing Note", "Nursing Education Note"),
    "treatment_summary": ("Radiation Treatment Summary", "End of Treatment Summary"),
    "follow_up": ("Follow-Up Visit", "Radiation Oncology Follow-up"),
    "patient_instructions": (
        "Patient Instructions: Your Simulation Appointment",
        "After Visit Summary - Radiation Oncology",
    ),
    "tumor_board": ("Multidisciplinary Tumor Board Summary", "Tumor Board Note"),
    "interpreter_consult": ("Consultation (via interpreter)", "Radiation Oncology Consult - Interpreter Used"),
}
_LANGS = ("Spanish", "Vietnamese", "Cantonese", "Arabic", "Somali", "Russian", "Haitian Creole", "Portuguese")


class PlanMismatch(ValueError):
    """Raised when the rendered spans disagree with the note's plan."""


def _ids(rng: random.Random) -> str:
    return rng.choice(
        (
            f"Patient: XXXXX   MRN: [redacted]   DOB: [redacted]   DOS: {filler.date(rng, 2026)}",
            f"Name: [redacted] | CSN: XXXXX | Encounter date {filler.date(rng, 2026)}",
            f"Pt ID [redacted]; Dept: RAD ONC MAIN; Provider: {filler.doc(rng)}, MD",
        )
    )


def _interpreter(rng: random.Random) -> str:
    return (
        f"Visit conducted with a certified {rng.choice(_LANGS)} interpreter (ID XXXXX, "
        f"{rng.choice(('in person', 'by video', 'by phone'))}); the patient confirmed understanding."
    )


def _long_sections(plan: Plan, rng: random.Random) -> list[Section]:
    chosen = [k for k in filler.LONG_SECTIONS if k in ("hpi", "onc", "meds", "ros", "exam") or rng.random() < 0.75]
    if rng.random() < 0.3:
        chosen.remove("onc")
        chosen.insert(rng.randint(1, 3), "onc")
    return [(k, rng.choice(filler.HEADERS[k]), filler.section(k, rng, plan.sex)) for k in chosen]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _hist_imaging(plan: Plan, rng: random.Random, k: int = 1) -> str:
    lines = []
    for _ in range(k):
        line, contrast = traps.historical_imaging(rng)
        lines.append(line)
        plan.traps.add("historical_imaging")
        if contrast:
            plan.traps.add("historical_contrast")
    return " ".join(lines)


def _site_words(plan: Plan, rng: random.Random, k: int = 2) -> str:
    pool = allowed_areas(plan.site, plan.dx_index)
    picks = rng.sample(pool, min(k, len(pool)))
    return " and ".join(p.surfaces[0] for p in picks)


_TECH = {
    "arc_rotational": "VMAT",
    "particle": "protons",
    "custom_shielding": "electrons with a custom cutout",
    "brachytherapy": "HDR brachytherapy",
    "complex_blocking": "3D conformal fields",
    "contrast": "IMRT",
    "hyperthermia": "IMRT",
}


def _site_features(site: Site) -> list[str]:
    return [f for f in site.features if f != "contrast" or site.contrast]


# --------------------------------------------------------------------------- non-simulation notes


def _nonsim(plan: Plan, rng: random.Random) -> list[Section]:
    site, nt = plan.site, plan.note_type
    where = _site_words(plan, rng, rng.randint(1, 2))
    tech = _TECH[rng.choice(site.features)] if rng.random() < 0.7 else rng.choice(("IMRT", "3D conformal fields"))
    if site.key == "tbi":
        tech = rng.choice(("extended-SSD open fields", "AP/PA fields with lung blocks"))
    secs: list[Section] = []
    if nt in ("interpreter_consult",) or rng.random() < 0.1:
        secs.append(("interp", "Interpreter", _interpreter(rng)))
    if plan.style == "long_narrative":
        secs += _long_sections(plan, rng)
    secs.append(("dx", rng.choice(("Diagnosis", "Dx", "Problem")), _cap(plan.dx) + "."))
    if nt in ("consult", "interpreter_consult", "tumor_board", "follow_up") or rng.random() < 0.5:
        secs.append(
            (
                "imaging_hx",
                rng.choice(("Imaging reviewed", "Pertinent imaging", "Studies")),
                _hist_imaging(plan, rng, rng.randint(1, 3)),
            )
        )
    if rng.random() < 0.2:
        secs.append(("other", "Social", traps.other_person(rng)))
        plan.traps.add("other_person")
    if nt in ("consult", "interpreter_consult", "tumor_board"):
        contrast = rng.choice(site.contrast or ("IV contrast",))
        body = rng.choice(
            (
                f"Recommend radiation to the {where} using {tech}. Will return for CT simulation with "
                f"{contrast}; MRI fusion planned.",
                f"Plan: {tech} to the {where}. Simulation next week with 4DCT and {contrast} if renal function allows.",
                f"Consensus: proceed with RT to the {where}; complex simulation with PET/CT fusion to be scheduled.",
            )
        )
        plan.traps.update({"planned_feature", "planned_modality"})
        secs.append(("plan", rng.choice(("Assessment and Plan", "Recommendation", "Plan")), body))
    elif nt == "on_treatment_visit":
        body = (
            f"Fraction {rng.randint(3, 20)} of {rng.randint(20, 33)} to the {where} ({tech}). "
            "Tolerating treatment with "
            f"grade {rng.randint(0, 2)} skin changes. Daily CBCT reviewed; setup within tolerance. Sim "
            f"CT from {filler.date(rng)} "
            f"({rng.choice(site.contrast or ('non-contrast',))}) remains the planning reference."
        )
        plan.traps.add("historical_contrast")
        secs.append(("otv", rng.choice(("Treatment status", "Interval", "OTV")), body))
    elif nt == "nursing_note":
        body = rng.choice(
            (
                "Education given before tomorrow's CT simulation: drink the oral contrast 1 hour "
                "before, arrive with a full bladder. "
                "Reviewed skin care and fatigue.",
                "Called patient re: simulation prep. Contrast allergy premedication schedule reviewed "
                "(prednisone 13/7/1 h). Questions answered.",
                f"Weekly nursing check during RT to the {where}: weight stable, pain "
                f"{rng.randint(0, 6)}/10, skin intact.",
            )
        )
        plan.traps.add("planned_feature")
        secs.append(("nursing", rng.choice(("Nursing assessment", "Education", "Note")), body))
    elif nt == "treatment_summary":
        body = (
            "Completed "
            f"{rng.choice(('30 Gy in 10', '50 Gy in 25', '20 Gy in 5', '45 Gy in 25', '60 Gy in 30'))} "
            "fractions to the "
            f"{where} with {tech}. Simulated {filler.date(rng)} with CT and "
            f"{rng.choice(('IV contrast', 'MRI fusion', 'custom blocks'))}. "
            f"Tolerated well; no breaks."
        )
        plan.traps.add("past_course_summary")
        secs.append(("course", rng.choice(("Treatment course", "Summary of treatment")), body))
    elif nt == "follow_up":
        body = (
            f"{rng.randint(1, 12)} months after RT to the {where}. Doing well. Plan: repeat MRI in "
            "3 months; no further RT planned."
        )
        plan.traps.add("planned_modality")
        secs.append(("fu", rng.choice(("Interval", "Assessment")), body))
    else:
        body = (
            "Your CT simulation is scheduled for "
            + filler.date(rng, 2026)
            + ". Please arrive 60 minutes early. You may be asked to drink contrast. The team may use "
            "an MRI or PET scan "
            "to help plan your treatment. Wear comfortable clothing. Call XXXXX with questions."
        )
        plan.traps.update({"planned_feature", "planned_modality"})
        secs.append(("instructions", rng.choice(("Instructions", "What to expect")), body))
    return secs


# --------------------------------------------------------------------------- simulation notes


def _retractable(plan: Plan) -> list[str]:
    if "CT" not in plan.modalities:
        return []
    return [m for m in ("MRI", "PET") if m in plan.site.modalities and m not in plan.modalities]


def _other_features(plan: Plan) -> list[str]:
    """Features this site could plausibly mention but this simulation did not use."""
    candidates = set(_site_features(plan.site)) | {"custom_shielding"}
    if plan.site.key not in ("tbi", "mycosis_tsei", "skin_electron"):
        candidates |= {"contrast", "arc_rotational"}
    order = ("contrast", "arc_rotational", "particle", "custom_shielding", "complex_blocking")
    return [f for f in order if f in candidates and f not in plan.features]


def _sim(plan: Plan, rng: random.Random) -> tuple[list[Section], list[Section]]:
    """Return the simulation sections and trailing sections (addendum, attestation)."""
    site, fam = plan.site, plan.fam
    secs: list[Section] = []
    tail: list[Section] = []
    known = bool(plan.areas)
    if plan.note_type == "interpreter_sim":
        secs.append(("interp", "Interpreter", _interpreter(rng)))
    if plan.style == "long_narrative":
        secs += _long_sections(plan, rng)
    elif rng.random() < 0.35:
        secs.append(("hpi", rng.choice(("History", "Brief history", "HPI")), filler.hpi(rng, plan.sex)))
    secs.append(("dx", rng.choice(("Diagnosis", "Dx", "Indication")), _cap(plan.dx) + "."))
    if rng.random() < 0.45:
        secs.append(
            ("imaging_hx", rng.choice(("Prior imaging", "Diagnostic imaging", "Imaging hx")), _hist_imaging(plan, rng))
        )
    if rng.random() < 0.1:
        secs.append(("other", "Note", traps.other_person(rng)))
        plan.traps.add("other_person")
    if plan.note_type == "resim_note":
        secs.append(
            (
                "resim",
                "Reason for re-simulation",
                rng.choice(
                    (
                        "Weight loss of 6 kg; immobilization no longer fits.",
                        "Tumor shrinkage noted on CBCT.",
                        "Setup not reproducible on first-day imaging.",
                        "Treatment break for hospitalization; anatomy changed.",
                    )
                ),
            )
        )

    if plan.outcome == "nothing_countable":
        if "sim_aborted" in plan.traps:
            secs.append(("procedure", "Procedure", traps.sim_aborted(site, rng)))
        else:
            blank = (
                "Rationale for complex simulation: ***\nImaging: [ ] CT  [ ] 4DCT  [ ] MRI fusion  [ ] PET fusion\n"
                "Contrast: ___\nNumber of treatment areas: ___\nTechnique: ***\nCustom blocks: [ ]"
            )
            secs.append(("template", rng.choice(("Simulation details", "Sim SmartForm")), blank))
        return secs, tail

    # Order block (intent only).
    if plan.note_type == "order_and_sim":
        ordered = [
            "CT simulation" if "CT" in plan.modalities else "simulation",
            *rng.sample(("IV contrast", "MRI fusion", "PET/CT fusion", "VMAT", "custom blocks", "4DCT"), 2),
        ]
        secs.append(
            (
                "order",
                rng.choice(("Order", "Simulation order", "Orders placed")),
                "Ordered: " + "; ".join(ordered) + ".",
            )
        )
        plan.traps.add("order_vs_procedure")
        if "IV contrast" in ordered and "contrast" not in plan.features:
            secs.append(
                ("order_note", "Deviation from order", "IV contrast ordered but not given (eGFR below threshold).")
            )
        if "MRI fusion" in ordered and "MRI" not in plan.modalities:
            secs.append(
                ("order_note2", "Deviation", "MRI fusion not performed at this time; outside images not received.")
            )

    # Allergy handling.
    allergy_premed = "contrast" in plan.features and "IV contrast" in site.contrast and rng.random() < 0.3
    if allergy_premed:
        plan.traps.add("contrast_allergy_premed")
    elif "contrast" not in plan.features and "CT" in plan.modalities and rng.random() < 0.12:
        secs.append(("allergy", "Allergies", traps.contrast_held(rng)))
        plan.traps.add("contrast_held")

    # Rationale.
    rat_lines: list[str] = []
    if plan.rationale:
        rat_lines.append(rationale_sentence(site, plan.rationale, rng, fam, name_site=known))
    if rng.random() < (0.5 if not plan.rationale else 0.15):
        rat_lines.append(traps.bare_assertion(rng))
        plan.traps.add("bare_assertion")
    if fam == "form" and not plan.rationale and rng.random() < 0.5:
        rat_lines.append("Rationale for complex simulation: ***")
        plan.traps.add("blank_template")

    # Procedure content.
    setup = [_cap(rng.choice(site.position)) + "."]
    if rng.random() < 0.3 and site.key not in ("mycosis_tsei", "tbi"):
        setup.append(traps.custom_immobilization(rng, site.mask))
        plan.traps.add("custom_immobilization")
    if rng.random() < 0.25 and site.key in (
        "breast_nodes",
        "skin_electron",
        "head_neck",
        "palliative",
        "mycosis_tsei",
        "lymphoma",
    ):
        setup.append(traps.bolus(rng))
        plan.traps.add("bolus_not_feature")
    imaging: list[str] = []
    motion = plan.rationale == "target motion"
    fused_old = False
    for mod in plan.modalities:
        if mod in ("MRI", "PET") and rng.random() < 0.3:
            agent = "gadolinium" if mod == "MRI" else "IV contrast"
            imaging.append(
                f"Diagnostic {ev('M', mod, mod if mod == 'MRI' else 'PET/CT')} from {filler.date(rng)} "
                f"(done with {agent}) was fused to the planning CT."
            )
            fused_old = True
        else:
            imaging.append(modality_text(mod, site, rng, fam, motion_cat=motion and mod == "CT"))
    if fused_old:
        plan.traps.add("fused_old_contrast")
    if not plan.modalities:
        imaging.append(
            rng.choice(
                (
                    "Clinical setup on the treatment unit; no CT or other imaging obtained for this simulation.",
                    "Clinical mark-up only (light field and skin marks), no scan.",
                )
            )
        )
        plan.traps.add("negated_modality")
    if "4DCT" in "".join(imaging) and not plan.features:
        plan.traps.add("4dct_alone")
    tech: list[str] = []
    addendum_kind = None
    if rng.random() < 0.22:
        options = ["retract_feature"] if _other_features(plan) else []
        options += ["retract_modality"] if _retractable(plan) else []
        if "contrast" in plan.features:
            options.append("add_feature")
        if known and plan.area_mode in ("count", "both"):
            options.append("count_correction")
        addendum_kind = rng.choice(options) if options else None
    for feat in plan.features:
        if feat == "contrast" and addendum_kind == "add_feature":
            tech.append(rng.choice(("Contrast: none documented at time of scan.", "No contrast given.")))
            tail.append(
                (
                    "addendum",
                    "Addendum",
                    f"Addendum {filler.date(rng, 2026)} ({filler.doc(rng)}): correction - "
                    + feature_text("contrast", site, rng, "prose")
                    + " This was omitted from the original note in error.",
                )
            )
            continue
        text = feature_text(feat, site, rng, fam, plan.dx)
        if feat == "contrast" and allergy_premed:
            text = traps.premed_line(rng) + " " + ev("F", "contrast", "IV contrast") + " given without reaction."
        tech.append(text)
    others = _other_features(plan)
    if others and rng.random() < 0.35:
        neg = rng.choice(others)
        tech.append(traps.NEGATED_FEATURE_FORM[neg] if fam == "form" else rng.choice(traps.NEGATED_FEATURE[neg]))
        plan.traps.add("negated_feature" if fam != "form" else "blank_template")
    if not {"custom_shielding", "complex_blocking"} & set(plan.features) and rng.random() < 0.2:
        tech.append(traps.mlc_only(rng))
        plan.traps.add("mlc_only")
    area_lines: list[str] = []
    if known:
        if addendum_kind == "count_correction":
            wrong = len(plan.areas) + rng.choice((-1, 1)) if len(plan.areas) > 1 else 2
            area_lines.append(f"Number of treatment areas: {wrong}.")
            tail.append(
                (
                    "addendum",
                    "Addendum",
                    f"Addendum {filler.date(rng, 2026)}: the area count above is wrong; "
                    + areas_text(plan.areas, "both", rng, "prose"),
                )
            )
        else:
            area_lines.append(areas_text(plan.areas, plan.area_mode, rng, fam))
        if len(plan.areas) == 1 and "arc_rotational" not in plan.features and rng.random() < 0.35:
            a = plan.areas[0]
            area_lines.append(
                rng.choice(site.beams).format(k=rng.choice((5, 6, 7, 9)), s=ev("S", a.value, rng.choice(a.surfaces)))
            )
            plan.traps.add("many_beams_one_target")
    else:
        area_lines.append(
            rng.choice(
                (
                    "Number of treatment areas: ___",
                    "Treatment areas: *** (to be completed by dosimetry)",
                    "Areas: see plan",
                )
            )
        )
        plan.traps.add("blank_template")
    if addendum_kind == "retract_feature":
        f = rng.choice(_other_features(plan))
        body_claim = {
            "contrast": "IV contrast given.",
            "arc_rotational": "VMAT technique.",
            "particle": "Proton plan.",
            "custom_shielding": "Custom Cerrobend block made.",
            "complex_blocking": "Complex blocking designed.",
        }[f]
        tech.append(body_claim)
        tail.append(
            (
                "addendum",
                rng.choice(("Addendum", "Correction addendum")),
                f"Addendum {filler.date(rng, 2026)}: correction - "
                + {
                    "contrast": "the IV contrast noted above was NOT administered (IV could not be placed)",
                    "arc_rotational": "the technique is static-field 3D, not VMAT",
                    "particle": "the patient will be treated with photons, not protons; no proton simulation was done",
                    "custom_shielding": "the custom block listed above was not made; MLC only",
                    "complex_blocking": "complex blocking was not used after all; standard MLC",
                }[f]
                + ".",
            )
        )
        plan.traps.add("addendum_correction")
    elif addendum_kind == "retract_modality":
        m = rng.choice(_retractable(plan))
        imaging.append(f"{m} fused for delineation." if m == "MRI" else "PET/CT fused.")
        if rng.random() < 0.5:
            tail.append(
                (
                    "attestation",
                    "Attending attestation",
                    "I was present for the key portions of the simulation and agree with the note, "
                    f"with one correction: the {m} was not fused (study unavailable); contours were "
                    f"drawn on the planning CT alone. - {filler.doc(rng)}, MD",
                )
            )
            plan.traps.add("attestation_correction")
        else:
            tail.append(("addendum", "Addendum", f"Addendum: {m} fusion was not performed. Registration deferred."))
            plan.traps.add("addendum_correction")
    elif addendum_kind in ("add_feature", "count_correction"):
        plan.traps.add("addendum_correction")

    later: list[str] = []
    pf = [
        f for f in traps.PLANNED_FEATURE if f not in plan.features and f in _site_features(site) + _other_features(plan)
    ]
    if pf and rng.random() < 0.3:
        chosen = rng.choice(pf)
        if chosen == "contrast" and "CT" not in plan.modalities:
            later.append("Consider a contrast CT at a later date if the clinical setup proves inadequate.")
        else:
            later.append(rng.choice(traps.PLANNED_FEATURE[chosen]))
        plan.traps.add("planned_feature")
    pm = [
        m
        for m in traps.PLANNED_MODALITY
        if m not in plan.modalities and (m != "CT" or not plan.modalities) and (m in site.modalities or m == "CT")
    ]
    if pm and rng.random() < 0.3:
        later.append(rng.choice(traps.PLANNED_MODALITY[rng.choice(pm)]))
        plan.traps.add("planned_modality")
    later.append(
        rng.choice(
            (
                "Dosimetry to generate the plan; start in about {n} days.",
                "Plan to start treatment {d}.",
                "Physics QA before first fraction. Start date {d}.",
            )
        ).format(n=rng.randint(5, 12), d=filler.date(rng, 2026))
    )
    if rng.random() < 0.15:
        tail.insert(0, ("copied", "Prior course text", traps.copy_forward(site, rng)))
        plan.traps.add("copy_forward")

    # Layout of the procedure content: merged or split, rationale before or after.
    merged = rng.random() < 0.45
    rationale_first = rng.random() < 0.6
    rsec = (
        [
            (
                "rationale",
                rng.choice(("Rationale", "Medical necessity", "Indication for complex simulation", "Complexity")),
                "\n".join(rat_lines),
            )
        ]
        if rat_lines
        else []
    )
    if merged:
        body_lines = setup + imaging + tech + area_lines
        if rng.random() < 0.5:
            body_lines = setup + area_lines + imaging + tech
        proc = [
            (
                "procedure",
                rng.choice(("Procedure", "Simulation details", "Description of procedure", "Sim")),
                "\n".join(body_lines),
            )
        ]
    else:
        proc = [
            ("setup", rng.choice(("Setup", "Position/immobilization", "Patient setup")), "\n".join(setup)),
            ("imaging", rng.choice(("Imaging", "Scan", "Image acquisition")), "\n".join(imaging)),
        ]
        if tech:
            proc.append(
                ("technique", rng.choice(("Technique", "Special procedures", "Devices/technique")), "\n".join(tech))
            )
        proc.append(("areas", rng.choice(("Treatment areas", "Sites", "Fields/areas")), "\n".join(area_lines)))
    secs += (rsec + proc) if rationale_first else (proc + rsec)
    secs.append(("plan", rng.choice(("Plan", "Next steps", "Disposition")), "\n".join(later)))
    return secs, tail


# --------------------------------------------------------------------------- layout and rendering


def _bulletize(body: str, rng: random.Random) -> str:
    mark = rng.choice(("- ", "* ", "\u2022 "))
    pieces: list[str] = []
    for line in body.split("\n"):
        parts = re.split(r"(?<=\.)(?<!Dr\.) (?=[A-Z{])", line)
        merged: list[str] = []
        for part in parts:
            if merged and merged[-1].count("{{") != merged[-1].count("}}"):
                merged[-1] += " " + part
            else:
                merged.append(part)
        pieces += [p.lstrip("-*\u2022 ") for p in merged if p.strip()]
    return "\n".join(mark + p for p in pieces)


def _count_words(text: str) -> int:
    return len(re.findall(r"[a-z0-9]+(?:['/][a-z0-9]+)*", text.lower()))


def _layout(plan: Plan, sections: list[Section], rng: random.Random) -> str:
    style, nt = plan.style, plan.note_type
    titles = _TITLES[nt]
    if plan.outcome != "non_simulation" and "CT" not in plan.modalities and "sim_aborted" not in plan.traps:
        titles = tuple(t for t in titles if "CT" not in t) or ("Simulation Note", "Radiation Oncology Simulation")
    title = rng.choice(titles)
    blocks: list[str] = []
    if style == "smartform":
        form = f"RAD ONC SIM v{rng.randint(2, 6)}" if plan.outcome != "non_simulation" else f"RAD ONC {nt.upper()}"
        blocks.append(f"{title} [Epic SmartForm: {form}]")
    elif style == "paper_form":
        blocks.append(f"[Transcribed from scanned paper form; original in Media tab] {title.upper()}")
    elif style == "terse":
        blocks.append(title.split(":")[0])
    else:
        blocks.append(title)
    sep = "\n\n" if style in ("long_narrative", "dictation", "smartform") else "\n"
    for _key, header, body in sections:
        if style == "smartform":
            blocks.append(f"{rng.choice(('', '>> ', '|| '))}{header}:\n{body}")
        elif style == "paper_form":
            blocks.append(f"{header.upper()}  ________\n{body}")
        elif style == "bullets":
            blocks.append(f"{header}:\n{_bulletize(body, rng)}")
        elif style in ("dictation", "typos"):
            blocks.append(f"{header.upper()}: {body}")
        elif style == "terse":
            blocks.append(f"{header}: {body}")
        elif style == "long_narrative":
            blocks.append(f"{header.upper()}\n{body}")
        else:
            blocks.append(f"{header}:\n{body}")
    return sep.join(blocks)


def write(plan: Plan, rng: random.Random) -> tuple[str, list, list[str]]:
    """Compose, lay out and render a note. Returns text, spans and the ordered section keys."""
    if plan.outcome == "non_simulation":
        sections = _nonsim(plan, rng)
        tail: list[Section] = []
    else:
        sections, tail = _sim(plan, rng)
    if plan.style != "long_narrative" and rng.random() < 0.55:
        sections.insert(0, ("ids", "Patient", _ids(rng)))
    sections += tail
    sections.append(("sign", rng.choice(("Signature", "Signed", "Attestation/Signature")), traps.signature(rng)))
    markup = _layout(plan, sections, rng)
    if plan.style == "long_narrative":
        target = rng.choice((660, 700, 780, 900, 1050))
        words = _count_words(strip_marks(markup))
        extra = 0
        while words < target and extra < 8:
            add = (
                "interval",
                rng.choice(("Interval events", "Additional history")),
                filler.onc_history(rng) + "\n" + filler.counselling(rng),
            )
            sections.insert(min(3, len(sections)), add)
            markup = _layout(plan, sections, rng)
            words = _count_words(strip_marks(markup))
            extra += 1
    text, spans = render(markup, transform_for(plan.style), rng, upper=plan.style == "all_caps")
    return text.rstrip(), spans, [k for k, _, _ in sections]
