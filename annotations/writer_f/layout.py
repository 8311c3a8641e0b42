"""Writer F's layouts: assemble a plan's sections and format them in one of eight styles.

Section keys (the skeleton) record which blocks a note has and in what order.
"""

from __future__ import annotations

import random
import re

from . import filler, phrases as P
from .notes import Plan, Writer, _cap

HEAD: dict[str, tuple[str, ...]] = {
    "hx": ("History of present illness", "HPI", "Interval history", "Background", "Clinical summary", "Oncologic history"),
    "indication": ("Indication", "Indication for complex simulation", "Medical necessity", "Rationale", "Assessment",
                   "Why complex"),
    "order": ("Simulation order", "Orders", "Sim order (entered by MD)", "Requested"),
    "immob": ("Positioning / immobilisation", "Setup", "Position", "Immobilization", "Patient positioning"),
    "scan": ("Simulation", "Sim procedure", "Procedure", "Procedure details", "Session"),
    "fusion": ("Image registration", "Fusion", "Secondary imaging", "Registration"),
    "technique": ("Technique", "Treatment technique", "Plan details", "Delivery", "Beam arrangement"),
    "targets": ("Treatment areas", "Targets", "Sites", "Fields/areas", "Volumes", "Areas simulated"),
    "structures": ("Structures", "Contours", "OARs / constraints", "Dose-volume goals", "Structure set"),
    "table": ("Isocentre table", "Plan summary", "Prescription table", "Iso / Rx", "Course table"),
    "plan": ("Plan", "Next steps", "To do", "Plan/Recs", "Follow-up items"),
    "prior": ("Prior radiation", "Previous course", "Prior RT", "RT history"),
    "anes": ("Anaesthesia", "Sedation", "Anesthesia record summary"),
    "applicator": ("Applicator insertion", "Brachytherapy procedure", "Insertion", "Implant"),
    "blank": ("Checklist", "Template items", "Sim checklist", "Additional items"),
    "attest": ("Attending attestation", "Teaching physician statement", "Attestation"),
    "pmh": ("Past medical history", "PMH", "Medical history"),
    "meds": ("Medications", "Current medications", "Meds"),
    "allergies": ("Allergies", "ALLERGIES"),
    "social": ("Social history", "Social"),
    "ros": ("Review of systems", "ROS"),
    "exam": ("Physical examination", "Exam", "PE"),
    "labs": ("Laboratory", "Labs"),
    "counsel": ("Discussion", "Counselling", "Consent discussion"),
    "course": ("Treatment course", "Course", "Radiation delivered"),
    "status": ("Interval status", "Today", "Subjective"),
    "recs": ("Recommendations", "Assessment and plan", "Impression/Plan"),
    "qa": ("Plan check", "Physics review", "QA"),
    "addendum": ("Addendum",),
    "visits": ("Prior visits", "Interval visits (chronological)", "Clinic contacts since referral", "Course to date"),
    "signoff": ("A/P", "To do", "Dispo"),
}
TITLES: dict[str, tuple[str, ...]] = {
    "sim_note": ("Radiation Oncology - Simulation Note", "CT SIMULATION NOTE", "Simulation note", "RadOnc sim visit"),
    "sim_procedure": ("Procedure note: CT simulation", "PROCEDURE: Radiation treatment simulation", "Sim procedure note"),
    "order_sim": ("Simulation order and procedure", "Sim order + sim note", "ORDER / SIMULATION RECORD"),
    "resim": ("Re-simulation note", "Re-sim (new course)", "RE-SIMULATION / RE-IRRADIATION"),
    "brachy_sim": ("Brachytherapy applicator insertion and simulation", "HDR insertion + CT sim", "Brachy procedure note"),
    "anesthesia_sim": ("Pediatric simulation under anaesthesia", "Sim under GA - pediatric RO", "Peds sim w/ anesthesia"),
    "consult": ("Radiation Oncology Consultation", "New patient consult", "RO CONSULT"),
    "on_treatment": ("On-treatment visit", "OTV / weekly management", "Weekly treatment visit"),
    "treatment_summary": ("Radiation treatment summary", "End of treatment summary", "COMPLETION SUMMARY"),
    "follow_up": ("Follow-up visit", "Post-RT follow-up", "RO follow up"),
    "physics": ("Physics plan check", "Dosimetry/physics note", "Medical physics - plan review"),
}


def _heading(style: str, key: str, rng: random.Random) -> str:
    name = rng.choice(HEAD[key])
    if style in ("ehr_form", "plan_table"):
        return rng.choice((name.upper(), f"[{name}]", f"== {name} =="))
    if style in ("bullets", "structure_jargon"):
        return rng.choice((f"## {name}", f"{name}:", f"**{name}**"))
    if style == "signout":
        return rng.choice((name.split()[0][:4] + ":", name + " -", ""))
    return rng.choice((f"{name}:", name.upper() + ":", name + " -"))


def _ensure_period(text: str) -> str:
    t = text.rstrip()
    return t if t.rstrip("\u27e7").endswith((".", ":", "?", "!")) else t + "."


def format_sections(style: str, sections: list[tuple[str, list[str]]], rng: random.Random) -> str:
    """Lay sections out in a style; ``header`` and ``sign`` are printed raw."""
    out: list[str] = []
    bullet = rng.choice(("- ", "* ", "\u2022 ", "#"))
    sign_joiner = rng.choice(("; ", ". ", " // "))
    for key, items in sections:
        items = [i for i in items if i.strip()]
        if not items:
            continue
        if key in ("header", "sign"):
            out.append("\n".join(items))
            continue
        if key == "table":
            out.append(_heading(style if style != "signout" else "ehr_form", key, rng) + "\n" + "\n".join(items))
            continue
        head = _heading(style, key, rng) if key != "addendum" else ""
        if style == "signout":
            body = sign_joiner.join(i.rstrip(".") for i in items)
            out.append(f"{head} {body}".strip())
        elif style in ("bullets", "structure_jargon"):
            lines = []
            for n, item in enumerate(items, start=1):
                mark_ = f"{n}. " if bullet == "#" else bullet
                lines.append(mark_ + _cap(item))
            out.append((head + "\n" if head else "") + "\n".join(lines))
        elif style in ("ehr_form", "plan_table"):
            out.append((head + "\n" if head else "") + "\n".join(_cap(i) for i in items))
        else:
            para = " ".join(_ensure_period(_cap(i)) for i in items)
            if head and rng.random() < 0.5:
                out.append(f"{head} {para}")
            else:
                out.append((head + "\n" if head else "") + para)
    glue = "\n" if style == "signout" else rng.choice(("\n\n", "\n\n", "\n"))
    return glue.join(out)


def _patient_line(plan: Plan, w: Writer) -> str:
    rng = w.rng
    site = plan.site
    age = rng.randint(*site.age)
    pick = rng.randrange(len(site.dx))
    dx, dx_short = site.dx[pick], site.dx_short[min(pick, len(site.dx_short) - 1)]
    sex = rng.choice(("M", "F"))
    if re.search(r"breast|cervi|endometri|ovar|Br |\bbr\b|Cx|EMCA|TNBC", dx + " " + dx_short, re.I):
        sex = "F"
    if re.search(r"prostat|PCa|BCR", dx + " " + dx_short):
        sex = "M"
    if dx[0].isdigit():  # pediatric diagnoses carry their own age
        if plan.reg == "terse":
            return f"Pt w/ {dx_short}"
        return rng.choice((f"Patient is a {dx}.", f"Patient: [redacted], MRN XXXXX. {_cap(dx)}."))
    if plan.reg == "terse":
        return f"Pt {age}{sex} w/ {dx_short}"
    word = {"M": rng.choice(("man", "male", "gentleman")), "F": rng.choice(("woman", "female", "lady"))}[sex]
    if age < 18:
        word = {"M": "boy", "F": "girl"}[sex]
    return rng.choice((f"{age}-year-old {word} with {dx}.",
                       f"Patient: [redacted], {age}{sex}, MRN XXXXX. Diagnosis: {dx}.",
                       f"This is a {age} y/o {word} with {dx}."))


def _header(plan: Plan, w: Writer) -> list[str]:
    rng = w.rng
    title = rng.choice(TITLES[plan.note_type])
    date = f"Date: {filler.date(rng)}/20XX"
    who = f"Attending: {w.doc}"
    if plan.style == "resident_attest":
        who = f"Author: {w.resident}; attending {w.doc}"
    if plan.style == "signout":
        return [f"{title} - {w.doc.split()[-1]}"]
    return [title, rng.choice((f"{date}  {who}", f"{who}\n{date}", date))]


def _long_sections(plan: Plan, w: Writer, target_words: int) -> list[tuple[str, list[str]]]:
    rng = w.rng
    secs: list[tuple[str, list[str]]] = []
    keys = ["pmh", "meds", "allergies", "social", "ros", "exam", "labs", "counsel"]
    head = keys[:4]
    rng.shuffle(head)
    keys = head + keys[4:]
    words = 0
    hist = filler.history_lines(rng, rng.randint(6, 14))
    secs.append(("course" if plan.outcome == "non_simulation" else "hx", hist))
    words += sum(len(h.split()) for h in hist)
    for key in keys:
        text = filler.section(rng, key)
        secs.append((key, [text]))
        words += len(text.split())
    visits: list[str] = []
    while words < target_words:
        text = filler.visit(rng)
        visits.append(text)
        words += len(text.split())
    if visits:
        secs.insert(1, ("visits", visits))
    return secs


def sim_sections(plan: Plan, w: Writer) -> list[tuple[str, list[str]]]:
    """Sections of a note that documents a simulation."""
    rng = w.rng
    traps = w.trap_lines()
    confirm = w.addendum_confirm()
    feats = list(plan.features)
    mods = list(plan.modalities)
    confirmed = plan.addendum[1] if plan.addendum and plan.addendum[0] == "confirm" else None
    sec: dict[str, list[str]] = {k: [] for k in HEAD}
    sec["hx"].append(_patient_line(plan, w))
    sec["hx"] += traps.get("hx", [])
    sec["prior"] += traps.get("prior", [])
    sec["indication"] += w.rationale() + traps.get("indication", [])
    if plan.note_type == "order_sim":
        ordered = ["CT simulation"]
        ordered += [_order_name(f, plan) for f in feats] + [_order_name(m, plan) for m in mods if m != "CT"]
        extra = rng.choice(("IV contrast", "MRI fusion", "PET fusion", "VMAT"))
        if extra not in ordered:
            ordered.append(extra)
            plan.trap("ordered_not_done")
            sec["scan"].append(rng.choice(("{0} on the order was not done today.", "Ordered {0}: not performed.",
                                           "{0} (ordered) - not done, see note.")).format(extra))
        sec["order"].append(rng.choice(("Order: ", "Requested: ", "")) + ", ".join(ordered) + rng.choice(("", " (intent)", " - as ordered")))
    if plan.note_type == "anesthesia_sim":
        sec["anes"].append(rng.choice(("General anaesthesia by the pediatric team (propofol infusion via port); LMA not required.",
                                       "Sedation: propofol, spontaneous ventilation, anaesthesia attending present throughout.",
                                       "GA induced in the sim suite; recovered in PACU without issue.")))
    sec["immob"] += traps.get("immob", [])
    if not traps.get("immob") and rng.random() < 0.5:
        sec["immob"].append(rng.choice(plan.site.immob) + ".")
    for m in mods:
        if m == confirmed:
            continue
        line = w.modality(m)
        if m == "CT":
            sec["scan"].insert(0, line)
        elif m in ("MRI", "PET"):
            sec["fusion"].append(line)
        elif plan.note_type == "brachy_sim":
            sec["applicator"].append(line)
        else:
            sec["scan"].append(line)
    for f in feats:
        if f == confirmed:
            continue
        line = w.feature(f)
        if f == "contrast":
            sec["scan"].append(line)
        elif f in ("brachytherapy", "hyperthermia"):
            sec["applicator" if plan.note_type == "brachy_sim" else "scan"].append(line)
        else:
            sec["technique"].append(line)
    if plan.note_type == "brachy_sim":
        sec["applicator"].insert(0, w.sub(rng.choice(("Under spinal anaesthesia the $app was inserted.",
                                                       "The $app was placed in the procedure room under sedation.",
                                                       "Insertion of $app, uneventful."))))
    if confirm:
        body, add = confirm
        if body:
            sec["scan"].append(body)
        sec["addendum"].append(add)
    if not mods:
        sec["scan"].append(rng.choice(("Clinical set-up on the treatment unit; the field was drawn directly on the skin under the light field.",
                                       "Set up clinically at the machine with a wire outline and a photograph for reproducibility.",
                                       "clinical setup only, outline traced on skin")))
    sec["scan"] += traps.get("scan", [])
    sec["technique"] += traps.get("technique", [])
    use_table = plan.style == "plan_table" or (plan.area_mode != "unknown" and rng.random() < 0.15)
    if plan.area_mode == "iso" or (use_table and plan.area_mode == "list"):
        sec["table"] = w.table_rows()
    else:
        sec["targets"] += w.areas()
        if use_table and plan.area_mode == "count" and plan.addendum != ("count", "areas"):
            sec["table"] = w.table_rows()
    if plan.style == "structure_jargon" or rng.random() < 0.12:
        site = plan.site
        structs = rng.sample(site.structures, k=min(len(site.structures), rng.randint(3, 6)))
        sec["structures"].append("Contoured: " + ", ".join(structs))
        sec["structures"].append("OARs: " + ", ".join(rng.sample(site.oars, k=min(3, len(site.oars)))) +
                                 rng.choice((" - constraints per protocol", "; QUANTEC limits", "")))
        sec["structures"].append(f"Rx {rng.choice(site.doses)}")
    sec["blank"] += traps.get("blank", [])
    sec["plan"] += traps.get("plan", [])
    sec["addendum"] += traps.get("addendum", [])
    if plan.style == "resident_attest":
        att = [rng.choice((f"I saw the patient with {w.resident} and agree with the findings and plan above.",
                           f"Seen and examined with the resident; I agree with {w.resident.split(' (')[0]}'s note.",
                           "I was present for the key portions of the simulation and agree with the documentation."))]
        if plan.absent == "attest" or rng.random() < 0.3:
            att.append(rng.choice(P.BARE))
        if plan.rationale and sec["indication"] and rng.random() < 0.35:
            att.append("My additional reason: " + sec["indication"].pop(0))
        att.append(f"- {w.doc}, attending")
        sec["attest"] = att
    order = ["hx", "prior", "indication", "order", "anes", "immob", "applicator", "scan", "fusion", "technique",
             "targets", "table", "structures", "blank", "plan", "addendum", "attest"]
    if rng.random() < 0.5:  # some authors lead with the procedure and justify at the end
        order.remove("indication")
        order.insert(order.index("plan"), "indication")
    if rng.random() < 0.4:
        order.remove("targets")
        order.insert(order.index("immob"), "targets")
    if rng.random() < 0.3:
        order.remove("fusion")
        order.insert(order.index("targets"), "fusion")
    result: list[tuple[str, list[str]]] = [("header", _header(plan, w))]
    for key in order:
        if sec.get(key):
            result.append((key, sec[key]))
            if key == "hx" and plan.style == "long":
                result += _long_sections(plan, w, rng.randint(560, 1120))
    if plan.style == "signout":
        result.append(("signoff", [rng.choice(("d/w attending, consent signed, start ~1 wk pending QA",
                                               "A/P: plan to dosimetry, MD contour review tmrw, start next week",
                                               "pt tolerated sim well, no issues; f/u at first fx",
                                               "To do: contours by Fri, QA, then start; call pt w/ start date"))]))
    else:
        result.append(("sign", [rng.choice((f"Electronically signed: {w.doc}", f"-- {w.doc}", f"{w.doc} / rad onc",
                                            "Dictated, not read."))]))
    return result


def _order_name(item: str, plan: Plan) -> str:
    names = {"contrast": f"{plan.contrast_kind} contrast".replace("iv ", "IV "), "arc_rotational": "VMAT", "particle": "proton plan",
             "custom_shielding": "custom block", "complex_blocking": "complex blocking", "brachytherapy": "applicator check",
             "hyperthermia": "hyperthermia probes", "MRI": "MRI fusion", "PET": "PET fusion", "ultrasound": "US guidance",
             "fluoroscopy": "fluoro"}
    return names[item]


def nonsim_sections(plan: Plan, w: Writer) -> list[tuple[str, list[str]]]:
    """Sections of a consult / on-treatment / summary / follow-up / physics note (no elements)."""
    rng, site, nt = w.rng, plan.site, plan.note_type
    area_names = ", ".join(rng.choice(a.full) for a in site.areas[: rng.randint(1, len(site.areas))])
    tech = rng.choice(("VMAT", "protons", "3D conformal fields", "IMRT", "arcs", "electrons with a custom cutout", "HDR brachytherapy"))
    hist = rng.sample(site.history, k=min(2, len(site.history)))
    plan.trap("historical_imaging")
    if any("contrast" in h or "gad" in h for h in hist):
        plan.trap("historical_contrast")
    sec: list[tuple[str, list[str]]] = [("header", _header(plan, w)), ("hx", [_patient_line(plan, w)] + [h + "." for h in hist])]
    if plan.style == "long":
        sec += _long_sections(plan, w, rng.randint(560, 1120))
    dose = rng.choice(site.doses)
    if nt == "consult":
        plan.trap("planned_feature")
        plan.trap("planned_modality")
        recs = [w.sub(rng.choice(("Recommend radiation to the $tgt, $d. We will bring her back for CT simulation with IV contrast and MRI fusion.",
                                  "Plan: complex simulation next week; the $tgt is close to the $oar, so we expect to use VMAT.",
                                  "If she agrees, simulation with contrast and PET registration; likely three treatment areas.",
                                  "Will discuss protons versus photons; simulation to be scheduled after dental clearance."))).replace("$d", dose),
                rng.choice(("Consent to be signed at simulation.", "Tumour board review pending.", "Return in 1 week for sim."))]
        sec += [("exam", [filler.section(rng, "exam")]), ("recs", recs)]
    elif nt == "on_treatment":
        k = rng.randint(3, 24)
        sec += [("status", [f"Fraction {k} of {k + rng.randint(2, 20)} to the {area_names} with {tech}.",
                            rng.choice(("Tolerating well; grade 1 fatigue.", "Grade 2 dermatitis, Mepitel applied.", "Mild odynophagia, on magic mouthwash."))]),
                ("recs", [rng.choice(("CBCT reviewed, shifts < 3 mm.", "Continue as planned.", "Weekly CBC ordered.")),
                          rng.choice(("Re-simulation with contrast may be needed if weight loss continues.", "MRI after completion.",
                                      "Consider adaptive replan at fraction 20."))])]
        plan.trap("planned_feature")
    elif nt == "treatment_summary":
        sec += [("course", [f"Simulation on {filler.date(rng)}: CT {rng.choice(('with IV contrast', 'with oral contrast', 'without contrast'))}, "
                            f"{rng.choice(('MRI fused', 'PET registered', '4DCT'))}.",
                            f"Treated the {area_names} with {tech} to {dose}, completed {filler.date(rng)}.",
                            rng.choice(("No treatment breaks.", "One-day break for a holiday.", "Held 3 days for neutropenia."))]),
                ("plan", ["Follow-up in 6 weeks with imaging.", rng.choice(("PET/CT in 3 months.", "MRI brain in 2 months.", "PSA in 3 months."))])]
        plan.trap("prior_course_mentioned")
    elif nt == "follow_up":
        sec += [("status", [f"{rng.randint(2, 30)} months after {tech} to the {area_names}.",
                            rng.choice(("MRI with gadolinium last week: stable post-treatment change.", "PET/CT with IV contrast: complete metabolic response.",
                                        "CT chest with contrast: new 6 mm nodule, likely inflammatory."))]),
                ("recs", [rng.choice(("Repeat imaging in 3 months.", "If progression, may consider re-irradiation with protons.",
                                      "Will discuss SBRT if the nodule grows."))])]
        plan.trap("planned_feature")
    else:
        sec += [("qa", [f"{tech} plan, {rng.randint(1, 3)} isocentre(s), {dose}.",
                        rng.choice(("CT dataset acquired with IV contrast; density override applied to the contrast-filled bowel.",
                                    "MRI registration reviewed; rigid fit acceptable.", "4DCT average used for dose calculation.",
                                    "Custom block cutout dimensions verified against the DRR.")),
                        rng.choice(("Gamma pass 99.1% (3%/2 mm).", "Second check (MU calc) within 2%.", "Hyperthermia not part of this plan."))]),
                ("plan", ["Approved for treatment pending MD signature."])]
    if rng.random() < 0.3:
        sec.append(("counsel", [filler.section(rng, "counsel")]))
    if plan.style != "signout":
        sec.append(("sign", [f"-- {w.doc}"]))
    return sec
