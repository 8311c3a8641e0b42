"""Writer E's note composer: turns a :class:`Plan` into sections, text and exact spans, then checks them."""

from __future__ import annotations

import random
import re

from . import filler as fl
from . import say
from .mark import Rendered, Section, assemble, cap, ev, layout, plain
from .plan import Plan
from .sites import area_total

_WORD = re.compile(r"[a-z0-9]+(?:['/][a-z0-9]+)*")

_SCANNERS = ("Philips Big Bore", "Siemens go.Open Pro", "GE Discovery RT", "Canon Aquilion LB", "big-bore CT simulator")
_TITLE = {"sim_note": ("Simulation Note", "CT Simulation", "Radiation Oncology Simulation Note", "SIM NOTE", "Treatment Simulation"),
          "sim_procedure_note": ("Procedure Note - Simulation", "Complex Simulation Procedure", "Simulation / Treatment Planning Procedure"),
          "tech_note": ("Sim tech note", "Therapist note - CT sim", "RTT sim note", "CT SIM"),
          "sim_checklist": ("Simulation Checklist", "Nursing Sim Checklist", "Pre-Sim / Sim Checklist", "Sim Day Checklist (RN/RTT)"),
          "consult": ("Radiation Oncology Consultation", "New Patient Consult", "Consult Note"),
          "on_treatment": ("On-Treatment Visit", "Weekly OTV", "Weekly Management Note"),
          "treatment_summary": ("Treatment Summary", "End of Treatment Summary", "Radiation Completion Summary"),
          "follow_up": ("Follow-up Visit", "Post-treatment Follow-up", "Survivorship Visit"),
          "physics_note": ("Physics Plan Check", "Weekly Physics Chart Check", "Dosimetry / Physics Note")}


def context(plan: Plan, rng: random.Random, dos: str) -> dict[str, str]:
    """Slot values for the phrase templates."""
    site = plan.site
    side = "left"
    for surface, _ in plan.areas:
        if surface.startswith(("left", "right")):
            side = surface.split()[0]
            break
    other = "right" if side == "left" else "left"
    oars = rng.sample(list(site.oars), 2)
    child = site.key == "pediatric_anesthesia"
    pt = rng.choice(["the patient", "she", "he", "the patient"]) if not child else rng.choice(["the child", "the patient"])
    target = rng.choice(list(site.target)).format(side=side, other=other)
    if plan.area_mode == "unknown":
        target = rng.choice(["the target", "the tumor", "the gross disease"])
    return {
        "side": side, "other": other, "oar": oars[0], "oar2": oars[1], "target": target, "Pt": pt.capitalize(), "pt": pt,
        "mm": str(rng.choice([2, 3, 4, 5, 6, 7, 8])), "cm": f"{rng.choice([1.1, 1.4, 1.8, 2.2, 2.6, 3.0])}",
        "prior_gy": str(rng.choice([30, 40, 45, 50, 50.4, 60])), "prior_year": str(rng.randint(2012, 2022)),
        "age": str(rng.randint(2, 7) if child else rng.randint(38, 88)), "scanner": rng.choice(_SCANNERS),
        "sl": rng.choice(["2", "2.5", "3", "1.25"]), "sup": rng.choice(["vertex", "C2", "mandible", "mid-chest", "T10"]),
        "inf": rng.choice(["mid-femur", "L5", "carina", "below the ischia", "knees"]),
        "mri_when": rng.choice(["today", "in treatment position today", f"on {fl.date(rng)}", "last week"]),
        "pet_when": rng.choice([f"from {fl.date(rng)}", "obtained 9 days ago", "(outside study)", "done in treatment position"]),
        "site": site.key, "dos": dos, "today_mri": "1" if "scan_date" in plan.traps else "",
    }


# ----------------------------------------------------------------------------- area text

def areas_lines(plan: Plan, rng: random.Random, body_only: bool = False) -> list[str]:
    """The counting statement(s) for treatment areas, per the plan's area mode."""
    n = plan.area_count
    sites = say.site_marks(plan.areas)
    if plan.area_mode == "unknown":
        return [rng.choice(["Treatment areas: multiple - see plan.", "Several sites to be treated, details in the plan.",
                            "Areas: per physician plan.", "Number of areas: to follow.", "Multiple fields/areas as per the RX."])]
    assert n is not None
    mode = plan.area_mode
    if plan.style == "sim_checklist" and mode == "count" and rng.random() < 0.6:
        boxes = []
        for k in range(1, 5):
            boxes.append(ev("A", k, f"[x] {k}") if k == n else f"[ ] {k}")
        return ["Number of treatment areas: " + "  ".join(boxes) + (" or more" if n > 4 else "")]
    if mode == "count":
        return [rng.choice([f"We will treat {say.count_phrase(n, rng)}.", f"Total: {say.count_phrase(n, rng)}.",
                            f"Areas simulated - {say.count_phrase(n, rng)}.", f"{cap(say.count_phrase(n, rng))} set up today."])]
    if mode == "sites":
        r = rng.random()
        if r < 0.3 and len(sites) > 1:
            return [f"Isocenter {i}: {s}" for i, s in enumerate(sites, 1)]
        if r < 0.5 and len(sites) > 1:
            return [f"Area {i} - {s}" for i, s in enumerate(sites, 1)]
        if r < 0.7:
            return [rng.choice(["Targets: ", "Sites: ", "Treating ", "Volumes: "]) + say.join(sites, rng) + "."]
        return [rng.choice(["We are setting up the ", "Simulated the ", "The plan covers the "]) + say.join(sites, rng) + "."]
    return [rng.choice([f"{cap(say.count_phrase(n, rng))}: {say.join(sites, rng)}.", f"Treatment areas ({say.count_phrase(n, rng)}): {say.join(sites, rng)}.",
                        f"{say.join(sites, rng)} - {say.count_phrase(n, rng)} in total.", f"Sites ({say.count_phrase(n, rng)}): " + "; ".join(sites) + "."])]


def areas_plain_names(plan: Plan, rng: random.Random) -> str:
    """Area names without marks (for notes and passages where they do not count)."""
    return say.join([s for s, _ in plan.areas] or ["the target"], rng)


# ----------------------------------------------------------------------------- trap text

def trap_lines(trap: str, plan: Plan, c: dict[str, str], rng: random.Random) -> tuple[str, list[str]]:
    """Return (section key, lines) for one trap; nothing here counts."""
    site = plan.site
    absent_feats = [f for f in ("contrast", "arc_rotational", "custom_shielding", "particle", "complex_blocking") if f not in plan.features]
    absent_mods = [m for m in ("MRI", "PET") if m not in plan.modalities]
    hist_date = fl.date(rng, year=rng.choice([2023, 2024]), months=(1, 6))
    if trap == "negated_feature" and absent_feats:
        return "procedure", [say.feature_neg(rng.choice(absent_feats), c, rng)]
    if trap == "negated_modality" and absent_mods:
        return "imaging", [say.modality_neg(rng.choice(absent_mods), c, rng)]
    if trap == "planned_conditional":
        thing = rng.choice(["MRI fusion", "IV contrast", "a PET/CT fusion", "VMAT", "proton therapy", "custom blocks", "an electron boost with cutout"])
        if ("MRI fusion" in thing and "MRI" in plan.modalities) or ("PET" in thing and "PET" in plan.modalities):
            thing = "a boost volume"
        return "plan", [rng.choice([f"May consider {thing} at the time of planning.", f"{cap(thing)} if needed - to be decided at planning.",
                                    f"Will discuss {thing} with the patient next week.", f"{cap(thing)} pending insurance authorization.",
                                    f"If the response is poor we could add {thing}.", f"Possible {thing} for the boost phase, TBD.",
                                    f"Would like {thing} eventually; not today."])]
    if trap == "ordered_not_done":
        item = rng.choice(["IV contrast", "oral contrast"] if "contrast" not in plan.features else ["MRI fusion"] if "MRI" not in plan.modalities else ["PET fusion"])
        if plan.outcome == "unsupported_no_imaging":
            return "order", [f"Order: CT simulation {rng.choice(['with', 'w/'])} {item}.",
                             rng.choice(["CT scanner down (tube failure) - clinical setup on the treatment unit instead; no CT performed.",
                                         "CT sim not done: scanner out of service; fields marked clinically.",
                                         "Planning CT cancelled (patient unable to lie flat); clinical markup only."])]
        return "order", [f"{rng.choice(['Orders', 'Sim order', 'Ordered'])}: {item}, {rng.choice(['bolus 0.5 cm', 'tattoos', 'pregnancy test N/A'])}.",
                         f"{item} ordered but not {rng.choice(['done', 'given', 'performed'])} - {say.why_not(rng)}."]
    if trap == "historical_imaging":
        return "history", [h.format(date=fl.date(rng, year=2024, months=(1, 5)), side=c["side"], other=c["other"]) + "." for h in rng.sample(list(site.hist), min(2, len(site.hist)))]
    if trap == "scan_date":
        h = rng.choice(list(site.hist)).format(date=hist_date, side=c["side"], other=c["other"])
        return "history", [f"{h} ({rng.choice(['diagnostic, months before this visit', 'outside study, pre-dates this simulation', 'at diagnosis'])})."]
    if trap == "family_history":
        return "history", [rng.choice(["Family history: mother had breast cancer treated with lumpectomy and radiation with a contrast reaction.",
                                       "Brother with prostate cancer treated with proton therapy in 2019.",
                                       "Father had head and neck cancer, treated with IMRT and had an MRI fusion - not this patient.",
                                       "Sister underwent brachytherapy for cervical cancer.",
                                       "FH: aunt with lymphoma, received VMAT to three sites."])]
    if trap == "non_features":
        return "procedure", [rng.choice([f"Immobilization: {rng.choice(site.immob)}.", "0.5 cm bolus over the scar.", "MLC shaping per plan.",
                                         "Aquaplast mask made.", "Alpha Cradle molded.", "Tattoos x3 and BBs placed.", "1 cm bolus, wax.",
                                         "Knee sponge and foot strap."])]
    if trap == "blank_template":
        return "indication", [rng.choice(["Contrast: ***", "Rationale for complex simulation: ***", "Number of treatment areas: ___",
                                          "{Contrast YES/NO:31224}", "Technique: {TECHNIQUE:20931}", "Custom blocks: ***", "Fusion: {FUSION SERIES}",
                                          "Reason complex: ____________"])]
    if trap == "unchecked_box":
        return "procedure", ["  ".join(rng.sample(["[ ] IV contrast", "[ ] Oral contrast", "[ ] Custom blocks", "[ ] MRI fusion", "[ ] PET fusion",
                                                   "[ ] Bolus", "[x] Tattoos", "[ ] Protons"], 4))]
    if trap == "copy_forward":
        prior = rng.choice(["03/2024", "2021", "11/2022", "08/2023"])
        names = rng.choice(site.passing or ("pelvis",)).format(side=c["side"], other=c["other"]).split(" (")[0]
        body = rng.choice([
            f"Complex simulation for {names}: tumor 4 mm from the {c['oar']}, IV contrast given, MRI fused. Three treatment areas.",
            f"Prior course: CT sim with oral contrast, custom Cerrobend blocks, {names} and two other sites.",
            f"Rationale (old): re-irradiation of {names}, overlap with {c['prior_year']} field. PET/CT fused. Treatment areas: 3.",
        ])
        head = rng.choice([f"--- copied from {prior} note ---", f"[Copied forward from sim note {prior} - for reference only]",
                           f"*** Prior course ({prior}) text below, not current ***", f"Previous note text (copied {prior}):"])
        tail = rng.choice(["--- end copied text ---", "[end of copied text]", "*** end prior course ***", ""])
        return "copied", [head, body, tail]
    if trap == "passing_sites" and site.passing:
        p = rng.choice(site.passing).format(side=c["side"], other=c["other"])
        return "history", [rng.choice([f"Prior radiation: {p}.", f"Of note, the {p} is not a target.", f"History of treatment to the {p}."])]
    if trap == "bare_rationale":
        return "indication", [say.bare(rng)]
    if trap == "hedged_rationale":
        return "indication", [say.hedged(c, rng)]
    if trap == "many_beams_one_area":
        return "plan", [rng.choice([f"{rng.choice(['7', '9', 'five', 'seven'])}-field IMRT to the single PTV.",
                                    f"{rng.choice(['Two', 'Three', '2', '4'])} {rng.choice(['beams', 'fields', 'gantry angles'])} converge on one target.",
                                    "Opposed tangent beams plus two supplemental segments, all on the same volume.",
                                    "Multiple beam angles, one isocenter, one target."])]
    if trap == "4dct_only":
        return "procedure", [rng.choice(["4DCT for motion management (77293) - motion assessment only.", "Respiratory 4D acquisition; amplitude 8 mm.",
                                         "4D scan reviewed for ITV, free-breathing.", "4DCT: max excursion 6 mm."])]
    return "history", []


# ----------------------------------------------------------------------------- simulation notes

def _history(plan: Plan, c: dict[str, str], rng: random.Random, dx: str) -> list[str]:
    lines = [rng.choice([f"{c['age']} y/o with {dx}.", f"Dx: {dx}.", f"{cap(c['pt'])} is a {c['age']}-year-old with {dx}.",
                         f"This {c['age']} yo presents for simulation for {dx}."])]
    if plan.length != "short":
        lines += fl.events(rng, rng.randint(1, 3))
    return lines


_COURSE = (
    lambda r: f"On {fl.date(r)} {r.choice(['she', 'he', 'the patient'])} {r.choice(['was admitted for', 'presented to the ED with', 'called about', 'was seen in urgent care for'])} {r.choice(['febrile neutropenia', 'a COPD exacerbation', 'pain crisis', 'syncope', 'a UTI', 'constipation', 'a fall', 'chest pain, ruled out'])}, {r.choice(['treated and discharged after 2 days', 'managed as an outpatient', 'with full recovery', 'requiring a short stay'])}.",
    lambda r: f"Labs {fl.date(r)}: WBC {r.randint(3, 11)}.{r.randint(0, 9)}, Hgb {r.randint(9, 15)}.{r.randint(0, 9)}, Plt {r.randint(90, 400)}, Cr {r.randint(6, 14) / 10}, albumin {r.randint(28, 45) / 10}.",
    lambda r: f"Weight trend: {r.randint(55, 120)} kg -> {r.randint(55, 120)} kg over {r.randint(2, 9)} weeks; {r.choice(['dietitian following', 'appetite fair', 'no dysphagia', 'using supplements twice daily'])}.",
    lambda r: f"{r.choice(['Medical oncology', 'Surgical oncology', 'Cardiology', 'Palliative care', 'Her PCP', 'His PCP'])} {r.choice(['saw the patient', 'was consulted', 'reviewed the case'])} on {fl.date(r)} and {r.choice(['agrees with proceeding', 'adjusted the anticoagulation', 'recommended holding metformin', 'started a bowel regimen', 'will follow weekly'])}.",
    lambda r: r.choice(["Pain is described as a dull ache, worse at night, partly relieved by acetaminophen.", "Energy is reduced; naps in the afternoon most days.",
                        "Sleep is poor because of worry about the diagnosis and finances.", "No new neurologic symptoms; denies headache, vision change or weakness.",
                        "Bowel and bladder function unchanged from baseline.", "Walks about a block before needing to rest.", "Still gardening and driving short distances."]),
    lambda r: f"{r.choice(['Pathology', 'Operative note', 'Outside records', 'Discharge summary'])} from {fl.date(r, 2023)} reviewed: {r.choice(['margins negative, LVSI present', 'no residual disease', 'uncomplicated course', '2 of 14 nodes positive', 'close deep margin 1 mm'])}.",
    lambda r: r.choice(["Consent was reviewed at length, including skin reaction, fatigue and the small risk of late effects; questions answered.",
                        "Goals of care reviewed; full code; health care proxy is the spouse.", "The patient lives alone and has arranged rides with a neighbor.",
                        "Interpreter (Spanish) used for the whole visit.", "Financial counselor met with the family regarding copays.",
                        "Smoking cessation counselling given; accepts nicotine patch."]),
    lambda r: f"{r.choice(['Chemotherapy', 'Systemic therapy'])}: {r.choice(['carboplatin/paclitaxel weekly', 'FOLFOX x 6', 'cisplatin 40 mg/m2 weekly planned', 'ADT started (leuprolide)', 'R-CHOP x 6 completed', 'pembrolizumab q3w'])}, {r.choice(['started', 'last dose', 'completed'])} {fl.date(r)}; {r.choice(['tolerated with mild nausea', 'complicated by grade 2 neuropathy', 'no significant toxicity', 'one dose delayed for counts'])}.",
    lambda r: r.choice(["She was taught about skin care, hydration and what to report overnight.", "He was given the department phone number and after-hours line.",
                        "Reviewed the daily schedule; prefers early morning appointments because of work.", "Education materials provided in large print.",
                        "We spent time on expectations: fatigue typically builds in the second half of treatment.",
                        "Questions about driving during treatment were answered."]),
    lambda r: f"Surgical history: {r.choice(['lumpectomy', 'TURBT', 'neck dissection', 'laparoscopic resection', 'craniotomy', 'port placement'])} {fl.date(r, 2023)}; {r.choice(['knee replacement 2016', 'CABG 2012', 'hernia repair 2009', 'C-section x2', 'none otherwise'])}.",
    lambda r: r.choice(["Allergies: penicillin (rash).", "Allergies: NKDA.", "Allergies: sulfa, latex.", "Allergies: codeine (nausea)."]) + " " + r.choice(["Code status full.", "DNR/DNI on file.", ""]),
    lambda r: f"ECOG {r.randint(0, 3)}, KPS {r.choice([60, 70, 80, 90])}. Vitals: BP {r.randint(100, 170)}/{r.randint(55, 95)}, HR {r.randint(58, 110)}, SpO2 {r.randint(91, 99)}% RA.",
)


def _long_filler(rng: random.Random, words: int) -> list[Section]:
    """History/exam blocks in which the evidence of a long note is buried."""
    secs = [Section("pmh", rng.choice(["Past Medical History", "PMH", "Medical history"]), fl.pmh(rng, rng.randint(4, 8))),
            Section("meds", rng.choice(["Medications", "Current meds", "Meds"]), fl.meds(rng, rng.randint(5, 10))),
            Section("ros", rng.choice(["Review of Systems", "ROS"]), fl.ros(rng, rng.randint(8, 13))),
            Section("exam", rng.choice(["Physical Exam", "Exam", "PE"]), fl.exam(rng, rng.randint(8, 13))),
            Section("social", rng.choice(["Social History", "SH"]), [fl.social(rng), fl.social(rng)])]
    rng.shuffle(secs)
    secs = secs[: rng.randint(3, 5)]
    course: list[str] = []
    total = sum(len(" ".join(x.lines).split()) for x in secs)
    tries = 0
    used = [0] * len(_COURSE)
    while total < words and tries < 300:
        tries += 1
        k = rng.randrange(len(_COURSE))
        if used[k] >= 6:
            continue
        piece = _COURSE[k](rng)
        if piece in course:
            continue
        used[k] += 1
        course.append(piece)
        total += len(piece.split())
    secs.insert(0, Section("course", rng.choice(["Interval History", "Clinic course", "Course to date", "Chronology", "Oncologic history"]), course))
    return secs


def sim_note(plan: Plan, rng: random.Random) -> tuple[list[Section], float]:
    """Sections of a simulation note (physician, technologist or checklist) and the OCR damage rate."""
    dos = fl.date(rng, 2024, (7, 12))
    c = context(plan, rng, dos)
    site = plan.site
    dx = rng.choice(site.dx).format(side=c["side"], other=c["other"])
    style = plan.style
    title = rng.choice(_TITLE[plan.note_type])
    traps = list(plan.traps)
    in_addendum: str | None = None
    if "addendum_add" in traps:
        in_addendum = "contrast" if "contrast" in plan.features else rng.choice(plan.features)

    # --- core element lines
    mod_lines: list[str] = []
    for m in plan.modalities:
        if m in ("MRI", "PET") and "fused_contrast" in traps:
            agent = "gadolinium" if m == "MRI" else "IV contrast"
            mod_lines.append(f"Diagnostic {m if m == 'MRI' else 'PET/CT'} from {fl.date(rng, 2024, (1, 6))} (done with {agent}) - "
                             + ev("M", m, rng.choice(["registered to the planning CT for delineation", "fused to the sim CT", "fused for contouring"]))
                             + rng.choice([". Its contrast was diagnostic, none given today.", ".", "; no contrast at this simulation." if "contrast" not in plan.features else "."]))
        elif style == "sim_checklist" and rng.random() < 0.6:
            mod_lines.append(say.modality_check(m, rng, site.motion))
        else:
            mod_lines.append(cap(say.modality(m, c, rng)) + ".")
    feat_lines: list[str] = []
    for f in plan.features:
        if f == in_addendum:
            feat_lines.append(say.feature_neg(f, c, rng) if f in ("contrast",) else rng.choice(["Technique: not recorded.", f"{f.split('_')[0].capitalize()}: see below."]))
            continue
        if style == "sim_checklist" and rng.random() < 0.6:
            feat_lines.append(say.feature_check(f, rng))
        else:
            feat_lines.append(cap(say.feature(f, c, rng)) + ".")
    reason_lines: list[str] = []
    if plan.rationale:
        reason_lines.append(say.reason(plan.rationale, c, rng))

    area = areas_lines(plan, rng)
    addendum: list[str] = []
    if "addendum_area" in traps and plan.area_count:
        wrong = plan.area_count - 1 if plan.area_count > 2 else plan.area_count + 1
        area = [rng.choice([f"Treatment areas: {wrong}.", f"{wrong} areas simulated.", f"Areas x{wrong}."])]
        addendum.append(rng.choice(["Addendum: the area count above is wrong - ", "Correction (same day): ", "ADDENDUM - "])
                        + say.count_phrase(plan.area_count, rng) + ": " + say.join(say.site_marks(plan.areas), rng) + ".")
    if in_addendum:
        addendum.append(rng.choice(["Addendum: ", "Late entry: ", "Correction: ", "ADDENDUM (RN): "]) + say.feature(in_addendum, c, rng)
                        + rng.choice([" - omitted from the note above.", "; documentation error corrected.", ", at 10:40.", "."]))
    if "addendum_retract" in traps:
        options = []
        if "contrast" not in plan.features:
            options.append(("IV contrast was given.", rng.choice(["Addendum: IV contrast was NOT given - ", "Correction: no contrast was administered, "]) + say.why_not(rng) + "."))
        if "MRI" not in plan.modalities:
            options.append(("MRI fused for delineation.", rng.choice(["Addendum: the MRI fusion was not used (motion-degraded study).", "Correction: MRI registration failed and was discarded."])))
        if options:
            said, corr = rng.choice(options)
            feat_lines.append(said)
            addendum.append(corr)
        else:
            plan.traps.remove("addendum_retract")

    # --- sections
    secs: list[Section] = []
    if style == "ocr_fax":
        secs.append(Section("banner", "", [fl.fax_banner(rng, 1, rng.randint(2, 4))], raw=True))
    elif style == "rtf_residue":
        secs.append(Section("banner", "", [fl.rtf_head(rng)], raw=True))
    elif style in ("mosaiq_export", "aria_export"):
        secs.append(Section("banner", "", [fl.export_header(style, rng, title, dos)], raw=True))
    elif style == "smarttext":
        secs.append(Section("banner", "", [f"{title.upper()}  (.RADSIM{rng.randint(1, 9)})", f"Date of service: {dos}   Provider: ***"], raw=True))
    else:
        secs.append(Section("banner", "", [rng.choice([f"{title} - {dos}", f"{title}", f"DOS {dos}  {title}"])], raw=True))

    body: dict[str, list[str]] = {"history": _history(plan, c, rng, dx), "indication": reason_lines, "order": [], "procedure": [],
                                  "imaging": [], "targets": area, "plan": [], "copied": []}
    imm = rng.choice(site.immob)
    body["procedure"].append(rng.choice([f"Position: supine, {imm}.", f"Immobilization: {imm}.", f"Pt set up with {imm}.", f"{cap(imm)}."]))
    split = rng.random() < 0.5
    body["imaging" if split else "procedure"].extend(mod_lines)
    body["procedure"].extend(feat_lines)
    if plan.outcome == "unsupported_no_imaging" and "ordered_not_done" not in traps:
        body["procedure"].append(rng.choice(["Clinical setup on the treatment couch; fields drawn on the skin.", "Clinical markup under the light field.",
                                             "Set up clinically at the machine, no planning scan."]))
    for t in traps:
        if t in ("addendum_add", "addendum_area", "addendum_retract", "fused_contrast"):
            continue
        key, lines = trap_lines(t, plan, c, rng)
        if not lines:
            plan.traps.remove(t)  # nothing to write for this note: do not claim the trap
            continue
        body.setdefault(key, []).extend(lines)
    if plan.style != "tech_brief" and rng.random() < 0.6:
        body["plan"].append(rng.choice([f"Rx: {rng.choice(['50 Gy/25', '60 Gy/30', '70 Gy/35', '30 Gy/10', '20 Gy/5', '45 Gy/25', '8 Gy/1', '24 Gy/3'])}.",
                                        "Plan to start in about a week once QA complete.", "Tattoos placed; patient tolerated the procedure well.",
                                        "Dosimetry to plan; MD to contour.", "Start date pending plan approval."]))

    order_keys = ["history", "indication", "order", "procedure", "imaging", "targets", "plan"]
    if rng.random() < 0.5:
        i, j = rng.sample(range(1, len(order_keys)), 2)
        order_keys[i], order_keys[j] = order_keys[j], order_keys[i]
    titles = {"history": ["History", "HPI", "Clinical summary", "Diagnosis", "Background"],
              "indication": ["Indication", "Rationale", "Medical necessity", "Complexity", "Reason for complex simulation"],
              "order": ["Orders", "Sim order"], "procedure": ["Procedure", "Simulation", "Setup", "Details", "Sim details"],
              "imaging": ["Imaging", "Image registration", "Scans"], "targets": ["Treatment areas", "Targets", "Sites", "Areas"],
              "plan": ["Plan", "Next steps", "Assessment/Plan"]}
    copied = body.pop("copied")
    if copied and rng.random() < 0.6:
        secs.append(Section("copied", "", copied, raw=True))
        copied = []
    long_secs = _long_filler(rng, rng.randint(500, 1250)) if plan.length == "long" else []
    core = [Section(k, rng.choice(titles[k]), body[k]) for k in order_keys if body.get(k)]
    if long_secs:
        # bury the evidence: core sections are dealt in among the history/exam blocks, order kept
        slots = sorted(rng.choice(range(len(long_secs) + 1)) for _ in core)
        merged: list[Section] = []
        for i in range(len(long_secs) + 1):
            merged.extend(sec for sec, at in zip(core, slots) if at == i)
            if i < len(long_secs):
                merged.append(long_secs[i])
        core = merged
    secs.extend(core)
    if copied:
        secs.append(Section("copied", "", copied, raw=True))
    if addendum:
        head = [f"{rng.choice(['Addendum', 'ADDENDUM', 'Amended'])} {fl.date(rng, 2024, (7, 12))}, {rng.randint(8, 17)}:{rng.randint(10, 59)}"] if len(addendum) > 1 or rng.random() < 0.3 else []
        secs.append(Section("addendum", "", head + addendum, raw=True))
    role = {"tech_note": "tech", "sim_checklist": rng.choice(["rn", "tech"])}.get(plan.note_type, "md")
    secs.append(Section("sign", "", [fl.signature(rng, role)], raw=True))
    if style == "rtf_residue":
        secs.append(Section("tail", "", [fl.rtf_tail(rng)], raw=True, skeleton=False))
    if style == "sim_checklist":
        secs = _checklist(secs, rng)
    if style == "ocr_fax":
        secs = _paginate(secs, rng)
    return secs, (rng.choice([0.03, 0.05, 0.07]) if style == "ocr_fax" else 0.0)


def _checklist(secs: list[Section], rng: random.Random) -> list[Section]:
    """A nurse/therapist checklist: most lines become ticked or plain items."""
    extra = Section("safety", rng.choice(["Pre-sim safety", "Time-out", "Checks"]),
                    rng.sample(["[x] Two identifiers verified", "[x] Consent signed", "[x] Allergies reviewed", f"[{rng.choice(['x', ' '])}] Pregnancy test",
                                "[x] Pain 2/10", "[x] Fall risk reviewed", "[x] Education given", "[ ] Interpreter needed"], 4), raw=True)
    out = [secs[0], extra] + secs[1:]
    for s in out:
        if not s.raw:
            s.lines = [ln if ln.startswith(("[", "⟪")) or rng.random() < 0.5 else (f"{rng.choice(['', '( )', '[x]'])} {ln}".strip() if "⟪" not in ln else f"[x] {ln}")
                       if not ln.startswith(("Rationale", "Reason", "Medical", "Why", "Indication", "Complex")) else ln for ln in s.lines]
    return out


def _paginate(secs: list[Section], rng: random.Random) -> list[Section]:
    """Insert scanned-page footers/headers between sections."""
    pages = rng.randint(2, 3)
    out: list[Section] = []
    page = 1
    for i, s in enumerate(secs):
        out.append(s)
        if 0 < i < len(secs) - 1 and page < pages and rng.random() < 0.3:
            out.append(Section("pagebreak", "", [fl.page_break(rng, page, pages)], raw=True, skeleton=False))
            page += 1
    return out


# ----------------------------------------------------------------------------- technologist notes

def tech_note(plan: Plan, rng: random.Random) -> tuple[list[Section], float]:
    """A very short therapist note: the same elements, clipped."""
    secs, _ = sim_note(plan, rng)
    keep = ("banner", "history", "indication", "procedure", "imaging", "targets", "order", "addendum", "sign", "copied", "plan")
    out = [s for s in secs if s.key in keep]
    for s in out:
        if s.key == "banner":
            s.lines = [rng.choice(_TITLE["tech_note"]) + rng.choice(["", f" {fl.date(rng, 2024, (7, 12))}"])]
        if not s.raw:
            s.title = rng.choice(["", "", s.title[:4].upper()])
    pads = [f"Pt ID x2, time-out done {rng.randint(7, 16)}:{rng.randint(10, 59)}.", "Tattoos x3 (ant, R lat, L lat), BBs placed.",
            f"Couch index {rng.choice(['H1', 'F2', 'B3'])}, sag laser aligned.", "Pt tolerated well, no complaints.", "Setup photos taken.",
            f"Ref marks at {rng.choice(['umbilicus', 'mid-sternum', 'chin', 'pubic symphysis'])}.", "Images sent to Eclipse for contouring.",
            "Dr. notified sim complete.", f"Time in room {rng.randint(15, 55)} min."]
    rng.shuffle(pads)
    misc = Section("misc", "", [], raw=False)
    while pads and sum(len(plain(" ".join(x.lines)).split()) for x in out) + len(" ".join(misc.lines).split()) < rng.randint(45, 90):
        misc.lines.append(pads.pop())
    if misc.lines:
        out.insert(len(out) - 1, misc)
    return out, 0.0


# ----------------------------------------------------------------------------- non-simulation notes

def nonsim_note(plan: Plan, rng: random.Random) -> tuple[list[Section], float]:
    """Consult, on-treatment visit, summary, follow-up or physics note: mentions only, nothing counts."""
    dos = fl.date(rng, 2024, (7, 12))
    c = context(plan, rng, dos)
    site = plan.site
    dx = rng.choice(site.dx).format(side=c["side"], other=c["other"])
    names = areas_plain_names(plan, rng)
    title = rng.choice(_TITLE[plan.note_type])
    hist = rng.choice(list(site.hist)).format(date=fl.date(rng, 2024, (1, 6)), side=c["side"], other=c["other"])
    tech = rng.choice(["VMAT", "IMRT", "3D conformal", "proton therapy", "electrons with a custom cutout", "HDR brachytherapy", "SBRT with arcs"])
    lines: dict[str, list[str]] = {}
    nt = plan.note_type
    if nt == "consult":
        lines["history"] = [f"{c['age']}-year-old referred for {dx}.", hist + "."] + fl.events(rng, 2)
        lines["assessment"] = [rng.choice([f"The disease is close to the {c['oar']}, which will shape the plan.",
                                           f"Given proximity to the {c['oar']} we discussed careful planning."])]
        lines["plan"] = [rng.choice([f"Recommend RT to the {names} using {tech}.", f"Proposed: {tech} to {names}."]),
                         rng.choice(["Will schedule CT simulation with IV contrast next week.", "Plan CT sim; MRI fusion if available.",
                                     "Simulation to be arranged; may need oral contrast.", "PET/CT fusion will be considered at simulation."]),
                         "Consent signed today."]
    elif nt == "on_treatment":
        fx = rng.randint(3, 30)
        lines["status"] = [f"Fraction {fx} of {fx + rng.randint(2, 20)} to the {names} ({tech}).",
                           rng.choice(["CBCT reviewed and approved.", "Daily kV imaging, shifts < 3 mm.", "Port films reviewed."])]
        lines["symptoms"] = fl.ros(rng, 3)
        lines["plan"] = [rng.choice(["Continue as planned.", "Continue; skin care reviewed.", "Weekly labs; continue."]),
                         rng.choice(["Sim was done with contrast on day 0.", "Re-simulation may be needed if weight loss continues.", "No changes."])]
    elif nt == "treatment_summary":
        lines["course"] = [f"Diagnosis: {dx}.", f"Simulated on {fl.date(rng, 2024, (1, 6))} {rng.choice(['with IV contrast', 'with MRI fusion', 'with 4DCT', 'with a custom mask'])}.",
                           f"Treated the {names} with {tech}, {rng.choice(['50 Gy/25', '60 Gy/30', '70 Gy/35', '30 Gy/10'])}, completed {dos}.",
                           rng.choice(["Tolerated well with grade 1 dermatitis.", "Treatment break of 3 days for neutropenia.", "Completed without interruption."])]
        lines["follow"] = ["Follow-up in 6 weeks with imaging."]
    elif nt == "follow_up":
        lines["interval"] = [f"Seen {rng.choice(['3', '6', '12'])} months after RT to the {names} ({tech}).", hist.replace("showed", "had shown") + ".",
                             rng.choice(["MRI today shows treatment response.", "Repeat PET/CT with contrast: complete metabolic response.", "CT with contrast stable."])]
        lines["exam"] = fl.exam(rng, 3)
        lines["plan"] = [rng.choice(["Return in 3 months.", "Surveillance imaging per NCCN.", "Refer to survivorship clinic."])]
    else:
        lines["check"] = [f"Plan: {tech}, {rng.choice(['2 arcs', '7 fields', '3 isocenters', '1 isocenter'])}; sites: {names}.",
                          rng.choice(["Second MU check within 3%.", "Independent dose calc passed.", "Chart check: dose delivered matches Rx."]),
                          rng.choice(["Contrast override applied to the bladder.", "Density override for IV contrast in vessels.", "Fusion registration reviewed (MRI/CT)."]),
                          f"Rx {rng.choice(['50 Gy in 25', '60 Gy in 30', '30 Gy in 10', '45 Gy in 25', '12 Gy in 6 (BID)'])}; {rng.randint(0, 12)} fractions delivered to date.",
                          f"{c['oar'].capitalize()} max {rng.randint(5, 45)}.{rng.randint(0, 9)} Gy, within the constraint; {c['oar2']} mean {rng.randint(2, 20)} Gy.",
                          rng.choice(["Record & verify parameters match the approved plan.", "Couch shifts reviewed, all < 5 mm.", "Daily CBCT shifts trending < 2 mm.",
                                      "In-vivo diode readings within 5%.", "Plan passed PSQA gamma 98.7% (3%/2 mm)."])]
    secs: list[Section] = []
    if plan.style in ("mosaiq_export", "aria_export"):
        secs.append(Section("banner", "", [fl.export_header(plan.style, rng, title, dos)], raw=True))
    elif plan.style == "ocr_fax":
        secs.append(Section("banner", "", [fl.fax_banner(rng, 1, 2)], raw=True))
    elif plan.style == "rtf_residue":
        secs.append(Section("banner", "", [fl.rtf_head(rng), title], raw=True))
    else:
        secs.append(Section("banner", "", [f"{title}  {dos}"], raw=True))
    for k, v in lines.items():
        secs.append(Section(k, k.replace("_", " ").capitalize(), v))
    if plan.length == "long":
        secs[2:2] = _long_filler(rng, rng.randint(500, 1100))
    if sum(len(" ".join(x.lines).split()) for x in secs) < 45:
        secs.insert(-0 or len(secs), Section("vitals", rng.choice(["Vitals", "Objective", "Today"]), [rng.choice(_COURSE[-1:])(rng), rng.choice(_COURSE[4:5])(rng)]))
    secs.append(Section("sign", "", [fl.signature(rng, "md") if nt != "physics_note" else rng.choice(["Physicist: ", "Checked by "]) + rng.choice(["B. Ortiz, MS, DABR", "H. Lund PhD", "C. Yates MS"])], raw=True))
    if plan.style == "rtf_residue":
        secs.append(Section("tail", "", [fl.rtf_tail(rng)], raw=True, skeleton=False))
    if plan.style == "ocr_fax":
        secs = _paginate(secs, rng)
    return secs, (rng.choice([0.03, 0.05]) if plan.style == "ocr_fax" else 0.0)


# ----------------------------------------------------------------------------- render + check

def render(plan: Plan, rng: random.Random) -> tuple[Rendered, list[str]]:
    """Write the note and return its text, spans and the ordered skeleton keys."""
    if plan.outcome == "non_simulation":
        secs, damage = nonsim_note(plan, rng)
    elif plan.note_type == "tech_note":
        secs, damage = tech_note(plan, rng)
    else:
        secs, damage = sim_note(plan, rng)
    markup = layout(secs, plan.style, rng)
    keys = [s.key for s in secs if s.skeleton and any(ln.strip() for ln in s.lines)]
    return assemble(markup, plan.style, rng, damage), keys


def check(plan: Plan, rendered: Rendered) -> None:
    """Refuse a note whose spans disagree with its plan."""
    spans = rendered.spans
    text = rendered.text
    for s in spans:
        piece = text[int(s["start"]) : int(s["end"])]  # type: ignore[arg-type]
        if piece != piece.strip() or not piece:
            raise ValueError(f"{plan.note_id}: bad span boundary")
    rat = any(s["label"] == "RATIONALE" for s in spans)
    feats = sorted({str(s["value"]) for s in spans if s["label"] == "FEATURE"})
    mods = {str(s["value"]) for s in spans if s["label"] == "MODALITY"}
    counts = [s for s in sorted(spans, key=lambda s: int(s["start"])) if s["label"] == "AREA_COUNT"]  # type: ignore[arg-type]
    named = [(str(s["value"]), str(s["value"])) for s in spans if s["label"] == "TREATMENT_SITE"]
    areas = int(str(counts[-1]["value"])) if counts else (area_total(list(dict(named).items())) if named else None)
    if rat != (plan.rationale is not None):
        raise ValueError(f"{plan.note_id}: rationale spans disagree with plan")
    if feats != plan.features:
        raise ValueError(f"{plan.note_id}: features {feats} != plan {plan.features}")
    if mods != set(plan.modalities):
        raise ValueError(f"{plan.note_id}: modalities {sorted(mods)} != plan {plan.modalities}")
    if areas != plan.area_count:
        raise ValueError(f"{plan.note_id}: areas {areas} != plan {plan.area_count}")
    if "⟪" in text or "⟫" in text:
        raise ValueError(f"{plan.note_id}: markup left in text")


def words(text: str) -> int:
    """Word count as the corpus statistics count it."""
    return len(_WORD.findall(text.lower()))


__all__ = ["render", "check", "words", "plain"]
