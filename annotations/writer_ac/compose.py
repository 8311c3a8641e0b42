"""Composers: each document kind of the Kettle River VAMC service, in its styles.

A composer returns a list of (section key, marked text). Evidence that counts is written with markup tokens; every
trap is plain text. The section keys make the note's skeleton.
"""

from __future__ import annotations

import re

from . import filler as FL
from . import phrases as P
from . import vocab as V
from .markup import A, F, M, R, S
from .plan import Plan

Sections = list[tuple[str, str]]
WORD = re.compile(r"[a-z0-9]+(?:['/][a-z0-9]+)*")


def pick(plan: Plan, options: list[str]) -> str:
    return options[plan.rng.randrange(len(options))]


def register_of(plan: Plan) -> str:
    st = plan.style
    if st in ("template", "scanned"):
        return "field"
    if st == "terse":
        return "terse"
    if st == "caps":
        return pick(plan, ["field", "terse"])
    if st in ("typos", "resident"):
        return pick(plan, ["prose", "field"])
    return "prose"


def words_of(sections: Sections) -> int:
    text = re.sub(r"\[\[[RASFM]:[^|\]]+\|(.+?)\]\]", r"\1", "\n".join(t for _, t in sections))
    return len(WORD.findall(text.lower()))


# ---------------------------------------------------------------- trap choice
def choose_traps(plan: Plan) -> list[str]:
    rng = plan.rng
    feats = set(plan.features)
    cands = ["historical_imaging", "historical_contrast", "copy_forward"]
    if "contrast" not in feats:
        cands += ["contrast_allergy", "iohexol_medlist"]
    if [f for f in P.OTHER_FEATURES if f not in feats] and plan.kind != "brachy_proc":
        cands.append("negated_feature")
    if [f for f in P.PLANNED_FEATURES if f not in feats]:
        cands.append("planned_feature")
    if [m for m in P.NEG_MODS if m not in plan.modalities] and plan.modalities:
        cands.append("negated_modality")
    if [m for m in P.PLAN_MODS if m not in plan.modalities]:
        cands.append("planned_modality")
    if plan.rationale is None:
        cands += ["bare_assertion", "bare_assertion"]
    if plan.n_areas == 1 and "arc_rotational" not in feats and plan.kind != "brachy_proc":
        cands.append("many_beams")
    if not feats & {"custom_shielding", "complex_blocking"} and plan.kind != "brachy_proc":
        cands.append("mlc_only")
    if plan.site in ("breast_nodes", "skin", "head_neck"):
        cands.append("bolus")
    cands.append("custom_immob")
    if plan.n_areas == 1 and len(V.SITES[plan.site]["areas"]) > 1 and plan.site not in ("bone_mets", "srs", "palliative", "skin"):
        cands.append("nodes_not_treated")
    if "shrapnel" in plan.flags and "MRI" not in plan.modalities:
        cands.append("shrapnel_mri")
    if "prosthesis" in plan.flags:
        cands.append("prosthesis")
    k = rng.choice([0, 1, 2, 2, 3, 3, 4])
    chosen: list[str] = []
    for _ in range(k):
        t = cands[rng.randrange(len(cands))]
        if t not in chosen:
            chosen.append(t)
    if plan.fourd and not feats:
        chosen.append("fourdct_alone")
    return chosen


def prior_copy(plan: Plan) -> str:
    rng = plan.rng
    feats = [f for f in ("contrast", "custom_shielding", "arc_rotational") if f not in plan.features]
    stuff = {"contrast": ["IV contrast given", "oral + IV contrast", "contrast: Omnipaque 100 mL"],
             "custom_shielding": ["custom Cerrobend blocks", "custom cutout made"],
             "arc_rotational": ["VMAT 2 arcs", "RapidArc"]}
    bits = [pick(plan, stuff[f]) for f in feats[: rng.randrange(1, len(feats) + 1)]] if feats else ["3D conformal"]
    bits.append(pick(plan, ["3 fields", "MRI fused", "PET fused", "4 areas treated", "30 Gy/10"]))
    year = rng.choice(["2019", "2020", "2021", "2022"])
    lead = pick(plan, [f"*** copied from {year} sim note (prior course) ***", f"Prior course ({year}, {pick(plan, V.PARTNER_SHORT)}):",
                       f"[Text below copied from RAD ONC SIMULATION NOTE {year} - prior course]",
                       f"Per old chart ({year}) - prior course:"])
    return f"{lead}\n  " + "; ".join(bits) + pick(plan, ["", "\n*** end copied text ***", " (old)"])


META_ONLY = {"unchecked_box", "order_not_done", "addendum_retracts_feature", "addendum_adds_feature",
             "addendum_fixes_count", "resim_copy_forward", "non_simulation_note", "blank_template", "aborted"}


def trap_block(plan: Plan, trap: str) -> tuple[str, str] | None:
    """(section key, plain text) for a trap, or None when the trap is woven elsewhere."""
    if trap in META_ONLY:
        return None
    if trap in ("historical_imaging", "historical_contrast"):
        return ("img_obj", FL.historical_imaging(plan, trap == "historical_contrast"))
    if trap == "copy_forward":
        return ("copied", prior_copy(plan))
    if trap == "contrast_allergy":
        return ("allergy", P.trap_text(plan, trap))
    if trap == "iohexol_medlist":
        return ("meds", FL.meds(plan, with_iohexol=True))
    if trap == "fourdct_alone":
        return ("motion", P.trap_text(plan, trap))
    return ("note", P.trap_text(plan, trap))


# ---------------------------------------------------------------- evidence
def evidence(plan: Plan, reg: str) -> dict[str, list[str]]:
    ev: dict[str, list[str]] = {"area": [], "feat": [], "ct": [], "fusion": [], "rat": []}
    if plan.area_form != "none":
        ev["area"].append(P.areas(plan, reg))
    for f in plan.features:
        ev["feat"].append(P.feature(plan, f, reg))
    for m in plan.modalities:
        (ev["ct"] if m == "CT" else ev["fusion"]).append(P.modality(plan, m, reg))
    if plan.rationale:
        ev["rat"].append(P.rationale(plan, reg))
    return ev


PROC_PROSE = ["The patient was brought to the CT simulator suite and positioned supine.",
              "Time-out performed with two identifiers.", "Laser marks were placed and tattooed.",
              "Reference isocenter set at midline, physics to shift.", "He tolerated the procedure well.",
              "Scan extent chosen to include all OARs.", "BBs placed on marks before the scan.",
              "Therapists {ther} assisted.", "The scan was reviewed at the console before the patient left.",
              "Patient was identified by name and last four."]
PROC_TERSE = ["supine", "TO done x2 ID", "tattoos x3", "BBs on marks", "tol well", "iso per physics", "prone",
              "scanned vertex to mid-thigh", "no issues", "pt ID'd name/L4"]


def proc_filler(plan: Plan, reg: str, k: int) -> list[str]:
    rng = plan.rng
    immob = plan.fill(pick(plan, V.SITES[plan.site]["immob"]))
    scan_words = ("CT", "scan", "Scan", "BBs", "console")
    no_ct = "CT" not in plan.modalities
    ther = plan.therapist[1].split(",")[0].title()
    if reg == "terse":
        pool = [x for x in PROC_TERSE if not (no_ct and any(w in x for w in scan_words))]
        out = [f"immob {immob}"] + rng.sample(pool, min(k, len(pool)))
    elif reg == "field":
        out = [f"Position/immobilization: {immob}", pick(plan, ["Marks: 3 tattoos", "Marks: BBs + tattoos", "Marks: sharpie (declined tattoos)"]),
               pick(plan, ["Tolerance: good", "Tolerance: fair, needed breaks", "Pt tolerated: yes"])]
        out = out[: max(1, k)]
    else:
        pool = [x for x in PROC_PROSE if not (no_ct and any(w in x for w in scan_words))]
        out = [f"Immobilization was {immob}."] + [s.replace("{ther}", ther) for s in rng.sample(pool, min(k, len(pool)))]
        if plan.female:
            out = [s.replace("He tolerated", "She tolerated") for s in out]
    return out


def weave(plan: Plan, parts: list[str], sep: str) -> str:
    return sep.join(p for p in parts if p)


# ---------------------------------------------------------------- sim note
SIM_TITLES = ["RADIATION ONCOLOGY SIMULATION NOTE", "RAD ONC CT SIMULATION NOTE", "RADIATION ONCOLOGY SIM/PROCEDURE NOTE",
              "RAD ONC SIMULATION", "RADIATION ONCOLOGY CT SIMULATION"]


def sim_core(plan: Plan, reg: str, traps: list[str], no_dx: bool = False) -> Sections:
    """The body of a simulation record (evidence + traps) in one register."""
    rng = plan.rng
    ev = evidence(plan, reg)
    notes: list[tuple[str, str]] = []
    for t in traps:
        block = trap_block(plan, t)
        if block:
            notes.append(block)
    secs: Sections = []
    if reg == "field":
        groups = []
        groups.append(("dx", f"Dx: {FL.dx_line(plan)}"))
        if ev["area"]:
            groups.append(("area", ev["area"][0]))
        groups.append(("pos", "\n".join(proc_filler(plan, reg, rng.randrange(1, 4)))))
        imaging = ev["ct"] + ev["fusion"]
        if imaging:
            groups.append(("imaging", "\n".join(imaging)))
        if ev["feat"]:
            groups.append(("feat", "\n".join(ev["feat"])))
        if ev["rat"]:
            groups.append(("rat", ev["rat"][0]))
        mid = groups[1:]
        if rng.random() < 0.5:
            rng.shuffle(mid)
        secs = ([] if no_dx else [groups[0]]) + mid
    elif reg == "terse":
        lines = [f"dx {FL.dx_line(plan)}"] + ev["area"] + proc_filler(plan, reg, rng.randrange(2, 5)) + ev["ct"] + ev["fusion"] + ev["feat"]
        head, tail = lines[:1], lines[1:]
        rng.shuffle(tail)
        sep = pick(plan, ["\n- ", "\n", "; "])
        body = weave(plan, head + tail, sep)
        secs = [("body", body)]
        if ev["rat"]:
            secs.insert(rng.randrange(0, 2), ("rat", ev["rat"][0]))
    else:
        sents = proc_filler(plan, reg, rng.randrange(2, 5))
        evid = ev["area"] + ev["ct"] + ev["fusion"] + ev["feat"]
        allp = sents[:1] + evid + sents[1:]
        if rng.random() < 0.4:
            rng.shuffle(allp)
        split = rng.randrange(1, len(allp)) if len(allp) > 2 else len(allp)
        secs = [("proc", " ".join(allp[:split]))]
        if split < len(allp):
            secs.append(("proc2", " ".join(allp[split:])))
        if ev["rat"]:
            secs.insert(rng.randrange(0, len(secs) + 1), ("rat", ev["rat"][0]))
    for key, text in notes:
        secs.insert(rng.randrange(0, len(secs) + 1), (key, text))
    return secs


def long_filler(plan: Plan, traps: list[str]) -> Sections:
    secs: Sections = [("hpi", FL.hpi(plan) + " " + pick(plan, [
        f"{FL.he(plan).capitalize()} presents today for simulation after consultation.",
        "Seen in consult last week; here for planning today.",
        "Returns for CT simulation as planned."])), ("course", FL.course_history(plan)), ("pmh", FL.pmh(plan)),
        ("mil", FL.military(plan)), ("soc", FL.social(plan)), ("probs", FL.problem_list(plan))]
    if "iohexol_medlist" not in traps:
        secs.append(("meds", FL.meds(plan)))
    if "contrast_allergy" not in traps:
        secs.append(("allergy", FL.allergies(plan)))
    secs += [("vitals", FL.vitals(plan)), ("labs", FL.labs(plan)), ("ros", FL.ros(plan)), ("exam", FL.exam(plan))]
    if plan.rng.random() < 0.5:
        secs.append(("goc", FL.goals(plan)))
    return secs


def pad_long(plan: Plan, secs: Sections, at: int, traps: list[str]) -> Sections:
    blocks = list(FL.ONE_OFF) + [FL.labs, FL.goals]
    if plan.kind not in SIM_KINDS_WITH_COPY:
        blocks.remove(FL.copied_consult)
    present = {k for k, _ in secs}
    if "course" not in present:
        blocks.append(FL.course_history)
    plan.rng.shuffle(blocks)
    target = plan.rng.randrange(620, 1100)
    for fn in blocks:
        if words_of(secs) >= target:
            break
        if fn is FL.copied_consult:
            traps.append("copied_consult")
        secs.insert(at + plan.rng.randrange(0, 3), (fn.__name__, fn(plan)))
    for fn in FL.FALLBACK:
        if words_of(secs) >= max(620, target):
            break
        if fn is FL.radiology_report:
            traps.append("historical_contrast")
        secs.insert(at + plan.rng.randrange(0, 3), (fn.__name__, fn(plan)))
    return secs


SIM_KINDS_WITH_COPY = {"sim_note"}


def compose_sim_note(plan: Plan, traps: list[str]) -> Sections:
    author = plan.attending
    reg = register_of(plan)
    secs: Sections = [("hdr", FL.header(plan, pick(plan, SIM_TITLES), author[0]))]
    core = sim_core(plan, reg, traps)
    if plan.style == "long":
        body = long_filler(plan, traps)
        body.append(("simhdr", pick(plan, ["SIMULATION:", "PROCEDURE - CT SIMULATION", "TODAY'S SIMULATION:", "Sim details:"])))
        secs += body + core
        secs.append(("plan", pick(plan, ["PLAN: ", "A/P: ", "Plan - "]) + FL.logistics(plan)))
        if "ptsd" in plan.flags:
            secs.insert(len(secs) - 1, ("psych", FL.psych_setup(plan)))
        secs = pad_long(plan, secs, 2 + plan.rng.randrange(3, 8), traps)
    else:
        if plan.rng.random() < 0.5:
            secs.append(("intro", pick(plan, [FL.hpi(plan), f"{plan.patient.split(',')[0].title()} here for CT sim.",
                                              "Pt seen for simulation today.", "CT SIM - see below."])))
        secs += core
        if ("ptsd" in plan.flags or "claustro" in plan.flags) and plan.rng.random() < 0.6:
            secs.append(("psych", FL.psych_setup(plan)))
        if plan.rng.random() < 0.7:
            secs.append(("plan", pick(plan, ["Plan: ", "PLAN: ", "Next: ", ""]) + FL.logistics(plan)))
    secs.append(("sig", FL.signature(plan, author[1])))
    return secs


# ---------------------------------------------------------------- reminder dialog
def compose_dialog(plan: Plan, traps: list[str]) -> Sections:
    rng = plan.rng
    author = plan.attending if rng.random() < 0.6 else plan.therapist
    feats = set(plan.features)
    lines = [pick(plan, ["RADIATION ONCOLOGY SIMULATION:", "RAD ONC SIM (REMINDER DIALOG):", "SIMULATION DOCUMENTATION:"])]
    lines.append(" Simulation type:")
    if "CT" in plan.modalities:
        surf = pick(plan, ["4DCT (respiratory)", "4D CT"]) if plan.fourd else pick(plan, ["CT simulation", "CT sim (Big Bore)", "CT-based simulation"])
        lines.append(f"   [X] {M('CT', surf)}")
        if not plan.fourd and rng.random() < 0.5:
            lines.append("   [ ] 4DCT")
    else:
        lines.append("   [ ] CT simulation")
    lines.append("   [ ] Conventional (fluoro) simulation")
    lines.append("   [ ] Clinical set-up")
    lines.append(" Immobilization:")
    lines.append(f"   [X] {plan.fill(pick(plan, V.SITES[plan.site]['immob']))}")
    lines.append("   [ ] Other: ________")
    lines.append(" Contrast:")
    if "contrast" in feats:
        surf = pick(plan, ["IV contrast", "Oral contrast", "Rectal contrast", "IV + oral contrast"])
        lines.append("   [ ] None")
        lines.append(f"   [X] {F('contrast', surf)}")
    else:
        lines.append(pick(plan, ["   [X] None", "   [ ] None"]))
        lines.append("   [ ] IV contrast")
        lines.append("   [ ] Oral contrast")
    lines.append(" Special technique / devices:")
    labels = {"arc_rotational": "VMAT/arc", "custom_shielding": "Custom blocks / electron cutout",
              "complex_blocking": "Complex blocking", "brachytherapy": "Brachytherapy applicator verification",
              "particle": "Protons"}
    for f, lab in labels.items():
        if f in feats:
            lines.append(f"   [X] {F(f, lab)}")
        elif rng.random() < 0.6:
            lines.append(f"   [ ] {lab}")
    lines.append(" Image fusion:")
    for m, lab in (("MRI", "MRI"), ("PET", "PET/CT")):
        if m in plan.modalities:
            lines.append(f"   [X] {M(m, lab)}")
        else:
            lines.append(f"   [ ] {lab}")
    if plan.area_form != "none":
        names = [S(v, s) for v, s in plan.areas]
        if plan.area_form == "count" or rng.random() < 0.4:
            lines.append(f" Number of treatment areas: {A(len(names), str(len(names)))}")
            if rng.random() < 0.5:
                lines.append(" Sites: " + ", ".join(names))
        else:
            lines.append(" Treatment site(s): " + ", ".join(names))
    else:
        lines.append(pick(plan, [" Number of treatment areas: ___", " Treatment site(s): per MD", " Number of treatment areas:"]))
    if plan.rationale:
        lines.append(" Medical necessity (free text): " + P.rationale(plan, "terse"))
    elif "bare_assertion" in traps:
        lines.append(" Medical necessity (free text): " + P.bare(rng))
    else:
        lines.append(" Medical necessity (free text):")
    secs: Sections = [("hdr", FL.header(plan, pick(plan, ["RAD ONC SIMULATION (DIALOG)", "RADIATION ONCOLOGY SIMULATION NOTE",
                                                          "RT SIMULATION TEMPLATE"]), author[0])),
                      ("dialog", "\n".join(lines))]
    for t in traps:
        if t == "bare_assertion":
            continue
        block = trap_block(plan, t)
        if block:
            secs.append((block[0], pick(plan, ["Comments: ", "Additional comments: ", ""]) + block[1]))
    role = "Radiation Therapist" if author in V.THERAPISTS else ""
    secs.append(("sig", FL.signature(plan, author[1], role=role)))
    return secs


# ---------------------------------------------------------------- resident + attending addendum / addendum notes
def corrections_for(plan: Plan) -> list[str]:
    opts = ["agree"]
    if [f for f in P.OTHER_FEATURES if f not in plan.features and f != "complex_blocking"]:
        opts.append("retract_feature")
    if plan.features:
        opts.append("adds_feature")
    if plan.n_areas is not None and plan.n_areas >= 2:
        opts.append("fix_count")
    if plan.rationale:
        opts.append("adds_rationale")
    return opts


def body_with_correction(plan: Plan, traps: list[str], corr: str, reg: str) -> tuple[Sections, str]:
    """Body sections (with the superseded statements plain) and the correcting statement (marked)."""
    rng = plan.rng
    saved = (list(plan.features), plan.area_form, plan.rationale)
    fix = ""
    if corr == "retract_feature":
        wrong = pick(plan, [f for f in ("contrast", "arc_rotational", "custom_shielding") if f not in plan.features])
        wrong_txt = {"contrast": pick(plan, ["IV contrast given.", "Oral contrast given.", "Contrast: IV Omnipaque."]),
                     "arc_rotational": pick(plan, ["Technique: VMAT.", "VMAT planned w/ 2 arcs."]),
                     "custom_shielding": pick(plan, ["Custom Cerrobend block made.", "Custom cutout fabricated."])}[wrong]
        core = sim_core(plan, reg, traps)
        core.insert(rng.randrange(0, len(core) + 1), ("wrong", wrong_txt))
        fix = {"contrast": pick(plan, ["Correction: no contrast was given at simulation (eGFR 27; held).",
                                       "Contrast was NOT given - IV could not be placed after 3 attempts; the line above is in error."]),
               "arc_rotational": pick(plan, ["Correction: this is a 3D conformal plan, not VMAT.", "Not VMAT - technique changed to 3D-CRT per physics."]),
               "custom_shielding": pick(plan, ["No custom block was made; MLC only. Disregard the block statement.",
                                               "Correction: cutout not fabricated, not needed."])}[wrong]
        traps.append("addendum_retracts_feature")
    elif corr == "adds_feature":
        f = plan.features[rng.randrange(len(plan.features))]
        plan.features = [x for x in plan.features if x != f]
        core = sim_core(plan, reg, traps)
        plan.features = saved[0]
        if f == "contrast":
            core.insert(rng.randrange(0, len(core) + 1), ("wrong", pick(plan, ["No contrast.", "Contrast: none"])))
        fix = pick(plan, ["Addition: ", "To clarify: ", "Omitted above: ", "Also - "]) + P.feature(plan, f, "prose")
        traps.append("addendum_adds_feature")
    elif corr == "fix_count":
        n = plan.n_areas or 0
        plan.area_form = "none"
        core = sim_core(plan, reg, traps)
        plan.area_form = saved[1]
        wrong = ", ".join(s for _, s in plan.areas[:-1])
        core.insert(1 if len(core) > 1 else 0, ("wrong_area", pick(plan, [f"Sites: {wrong} ({n - 1} area{'s' if n > 2 else ''})",
                                                                         f"{n - 1} treatment areas: {wrong}"])))
        names = ", ".join(S(v, s) for v, s in plan.areas)
        fix = pick(plan, [f"Correction - there are {A(n, f'{n} treatment areas')}, not {n - 1}: {names}.",
                          f"The count above is wrong; we simulated {A(n, f'{P.NUM[n]} areas')} ({names})."])
        traps.append("addendum_fixes_count")
    elif corr == "adds_rationale":
        plan.rationale = None
        core = sim_core(plan, reg, traps)
        plan.rationale = saved[2]
        core.append(("bare", P.bare(rng)))
        fix = pick(plan, ["To document medical necessity: ", "Reason for complex sim (omitted above): ",
                          "Why this needed complex sim - "]) + P.rationale(plan, "plain")
        traps.append("bare_assertion")
    else:
        core = sim_core(plan, reg, traps)
    return core, fix


def compose_resident(plan: Plan, traps: list[str]) -> Sections:
    res = plan.resident
    att = plan.attending
    corr = pick(plan, corrections_for(plan))
    plan.correction = corr
    reg = pick(plan, ["prose", "field"])
    core, fix = body_with_correction(plan, traps, corr, reg)
    secs: Sections = [("hdr", FL.header(plan, pick(plan, SIM_TITLES), res[0], cosigner=att[0]))]
    secs.append(("intro", pick(plan, [FL.hpi(plan), f"Resident note - {res[2]}. Seen with Dr. {att[0].split(',')[0].title()}."])))
    secs += core
    secs.append(("sig", FL.signature(plan, res[1], role=f"Resident Physician ({res[2]}), Radiation Oncology")))
    agree = pick(plan, ["I saw and evaluated the patient, discussed with the resident, and agree with the findings and plan as documented.",
                        "Pt seen and examined with Dr. {r}. Agree with note.",
                        "I was present for the key portions of the simulation. Agree with resident's documentation",
                        "Attending attestation: I personally reviewed the simulation images."]).replace(
        "{r}", res[0].split(",")[0].title())
    add = f"ADDENDUM                      STATUS: COMPLETED\n{agree}"
    if fix:
        add += pick(plan, [" except as follows:\n", "\n", " with the following change: "]) + fix
    secs.append(("addendum", add))
    secs.append(("cosig", FL.cosign(plan, att[1])))
    return secs


def compose_addendum_sim(plan: Plan, traps: list[str]) -> Sections:
    att = plan.attending
    corr = pick(plan, [c for c in corrections_for(plan) if c != "agree"] or ["agree"])
    plan.correction = corr
    reg = register_of(plan)
    core, fix = body_with_correction(plan, traps, corr, reg)
    secs: Sections = [("hdr", FL.header(plan, pick(plan, SIM_TITLES), att[0]))] + core
    secs.append(("sig", FL.signature(plan, att[1])))
    d = plan.date
    when = f"{FL.MON[d.month - 1]} {d.day + (1 if d.day < 28 else 0):02d}, {d.year}@{plan.rng.randrange(7, 17):02d}:{plan.rng.randrange(10, 59)}"
    text = f"{pick(plan, ['ADDENDUM', 'Addendum', '*** ADDENDUM ***'])}                   DATE OF NOTE: {when}\n"
    text += fix if fix else pick(plan, ["Physics QA scheduled; no change.", "Pt called, start date confirmed."])
    secs.append(("addendum", text))
    nd = d.replace(day=d.day + (1 if d.day < 28 else 0))
    secs.append(("sig2", f"/es/ {att[1]}\nSigned: {FL.sdate(nd)}"))
    if "addendum_retracts_feature" not in traps and not fix:
        pass
    return secs


# ---------------------------------------------------------------- therapist, order, resim, scanned, brachy, electron
def compose_therapist(plan: Plan, traps: list[str]) -> Sections:
    ther = plan.therapist
    att = plan.attending
    reg = "field" if plan.style == "template" else "terse"
    core = sim_core(plan, reg, traps)
    for i, (k, t) in enumerate(core):
        if k == "rat" and not t.lower().startswith(("reason", "why", "d/t")):
            core[i] = (k, pick(plan, [f"Per Dr. {att[0].split(',')[0].title()}: ", "MD reason: ", "Dr note: "]) + t)
    secs: Sections = [("hdr", FL.header(plan, pick(plan, ["RAD ONC THERAPY SIMULATION NOTE", "RADIATION THERAPY TECH NOTE - SIM",
                                                          "RT THERAPIST SIM NOTE"]), ther[0])),
                      ("who", pick(plan, [f"Pt arrived {plan.date.hour:02d}{plan.date.minute:02d}, ID x2.",
                                          "Sim per MD order.", f"Sim for Dr. {att[0].split(',')[0].title()}."]))]
    secs += core
    if "ptsd" in plan.flags and plan.rng.random() < 0.5:
        secs.append(("psych", FL.psych_setup(plan)))
    secs.append(("sig", FL.signature(plan, ther[1], role="Radiation Therapist")))
    return secs


ORDER_ITEMS = {"contrast": ["IV contrast", "Oral contrast 1 hr prior", "IV + oral contrast"],
               "arc_rotational": ["VMAT"], "custom_shielding": ["custom blocks"], "complex_blocking": ["complex blocking"]}


def compose_order(plan: Plan, traps: list[str]) -> Sections:
    rng = plan.rng
    att = plan.attending
    site = V.SITES[plan.site]
    undone = [f for f in ("contrast", "custom_shielding") if f not in plan.features
              and (f != "contrast" or site["contrast"]) and (f != "custom_shielding" or plan.site in
                                                             ("skin", "whole_brain", "bone_mets", "palliative", "breast_nodes"))]
    order = [f"Dx: {FL.dx_line(plan)}", f"Requested: {pick(plan, ['CT simulation', 'CT sim + fusion', 'Simulation'])}"]
    order_feats = list(plan.features)
    skipped = None
    if undone and rng.random() < 0.7:
        skipped = pick(plan, undone)
        order_feats.append(skipped)
        traps.append("order_not_done")
    for f in order_feats:
        order.append(f"  - {pick(plan, ORDER_ITEMS.get(f, [P.FEATURE_WORDS[f]]))}")
    order.append(f"Priority: {pick(plan, ['routine', 'ASAP', 'urgent - cord comp' if plan.site == 'palliative' else 'routine'])}")
    core = sim_core(plan, "field", traps, no_dx=True)
    if skipped:
        core.insert(rng.randrange(0, len(core) + 1), ("not_done", {
            "contrast": pick(plan, ["Contrast: not given (IV access failed x3).", "Contrast: held - Cr 2.4 on day-of BMP."]),
            "custom_shielding": pick(plan, ["Blocks: not made - MLC adequate per physics.", "Custom blocks: not needed after all."])}[skipped]))
    secs: Sections = [("hdr", FL.header(plan, pick(plan, ["RAD ONC SIMULATION ORDER/PROCEDURE", "RADIATION ONCOLOGY SIM ORDER + PROCEDURE"]), att[0])),
                      ("order", pick(plan, ["ORDER:", "SIMULATION ORDER (entered by MD):", "Order details:"]) + "\n" + "\n".join(order)),
                      ("prochdr", pick(plan, ["PROCEDURE:", "PROCEDURE PERFORMED:", "SIM PERFORMED:"]))] + core
    secs.append(("sig", FL.signature(plan, att[1])))
    return secs


def compose_resim(plan: Plan, traps: list[str]) -> Sections:
    att = plan.attending
    reg = register_of(plan)
    why = pick(plan, ["Re-simulation: mask loose after 14 lb weight loss.", "RE-SIM - replan for cone-down / boost.",
                      "Re-sim today; prior sim images unusable (motion).", "Re-sim after PTSD episode aborted first attempt."])
    import datetime as _dt
    first = plan.date - _dt.timedelta(days=plan.rng.randrange(9, 30))
    prior = pick(plan, [f"Original sim {FL.short(first)} (prior): see that note.",
                        "Prior sim details not repeated here.", f"1st sim done at {pick(plan, V.PARTNER_SHORT)} - records in VistA Imaging."])
    secs: Sections = [("hdr", FL.header(plan, pick(plan, ["RAD ONC RE-SIMULATION NOTE", "RADIATION ONCOLOGY RESIM", "RAD ONC SIMULATION (REPEAT)"]), att[0])),
                      ("why", why), ("prior", prior)]
    if plan.rng.random() < 0.5:
        traps.append("resim_copy_forward")
        secs.append(("copied", prior_copy(plan).replace("prior course", "first sim, superseded")))
    secs += sim_core(plan, reg, traps)
    secs.append(("sig", FL.signature(plan, att[1])))
    return secs


def compose_scanned(plan: Plan, traps: list[str]) -> Sections:
    coord = FL.pick(plan.rng, V.COORD)
    md = pick(plan, V.PARTNER_MDS)
    d = plan.date
    ocr = pick(plan, ["", "[OCR text - formatting may be lost]\n"])
    intro = (f"NON-VA MEDICAL CARE DOCUMENT scanned to VistA Imaging.\nSource: {V.PARTNER}, {V.PARTNER_TOWN} (Community Care, "
             f"SEOC RADIATION ONCOLOGY)\nDocument: {pick(plan, ['CT Simulation Note', 'Simulation Procedure Note', 'Sim & Planning Note'])}, "
             f"DOS {FL.sdate(d)}\n{ocr}")
    page = f"===== Page 1 of {plan.rng.randrange(2, 4)} =====\n{V.PARTNER.upper()} - RADIATION ONCOLOGY\nPatient: {plan.patient}   MRN: TCI-{plan.rng.randrange(100000, 999999)}   DOB: **/**/19**"
    core = sim_core(plan, pick(plan, ["field", "prose"]), traps)
    secs: Sections = [("hdr", FL.header(plan, pick(plan, ["COMMUNITY CARE-RAD ONC (SCANNED)", "NON-VA CARE RECORD - SCANNED", "OUTSIDE RECORDS - RADIATION ONCOLOGY"]), coord[0],
                                        std="NONVA CARE NOTE")), ("intro", intro), ("page", page)] + core
    secs.append(("outsig", f"Electronically signed by {md} {FL.sdate(d)}"))
    if plan.rng.random() < 0.5:
        secs.append(("page2", "===== Page 2 =====\n" + FL.logistics(plan)))
    secs.append(("sig", FL.signature(plan, coord[1], role="Community Care")))
    return secs


def compose_brachy(plan: Plan, traps: list[str]) -> Sections:
    att = plan.attending
    reg = register_of(plan)
    fx = plan.rng.randrange(1, 6)
    secs: Sections = [("hdr", FL.header(plan, pick(plan, ["RAD ONC BRACHYTHERAPY PROCEDURE NOTE", "RADIATION ONCOLOGY HDR INSERTION", "RAD ONC HDR BRACHY NOTE"]), att[0])),
                      ("what", pick(plan, [f"HDR insertion #{fx} of 5.", f"Fx {fx}/4 HDR, T&O.", f"Brachy insertion {fx}. Conscious sedation by anesthesia."])),
                      ("consent", FL.consent(plan))]
    secs += sim_core(plan, reg, traps)
    secs.append(("post", pick(plan, ["Applicator removed after treatment, pt to PACU.", "EBL minimal. Pt tolerated well.",
                                     "Foley removed; discharged with escort."])))
    secs.append(("sig", FL.signature(plan, att[1])))
    return secs


def compose_electron(plan: Plan, traps: list[str]) -> Sections:
    att = plan.attending
    reg = "field" if plan.style == "template" else pick(plan, ["terse", "field"])
    if not plan.modalities and plan.rng.random() < 0.5:
        traps.append("negated_modality")
        extra = ("noimg", pick(plan, ["No CT - clinical setup.", "No CT sim needed; clinical markup only.", "Imaging: none (clinical)"]))
    else:
        extra = None
    secs: Sections = [("hdr", FL.header(plan, pick(plan, ["RAD ONC CLINICAL SETUP - ELECTRONS", "RADIATION ONCOLOGY ELECTRON SETUP", "RAD ONC SKIN SETUP NOTE"]), att[0]))]
    core = sim_core(plan, reg, traps)
    if extra:
        core.insert(plan.rng.randrange(0, len(core) + 1), extra)
    secs += core
    secs.append(("energy", pick(plan, ["Energy: 6 MeV, 0.5 cm bolus", "9 MeV e-, SSD 100", "6 MeV w/ 5 mm bolus; cone 10x10"])))
    secs.append(("sig", FL.signature(plan, att[1])))
    return secs


# ---------------------------------------------------------------- no simulation documented
def planned_sim_line(plan: Plan) -> str:
    rng = plan.rng
    head = pick(plan, ["CT sim", "CT simulation", "4DCT sim", "simulation"])
    bits = rng.sample(["IV contrast", "oral contrast", "MRI fusion", "PET fusion", "VMAT anticipated",
                       "custom blocks likely", "3 areas anticipated", "open-face mask"], rng.randrange(1, 4))
    when = pick(plan, ["next week", "in about 10 days", "once authorization returns", "after dental clearance"])
    return (pick(plan, ["Plan: ", "Will schedule ", "Recommend ", "Next step: "]) + head + " " + when
            + pick(plan, [" - ", "; ", ", with "]) + ", ".join(bits) + ".")


def compose_nonsim(plan: Plan, traps: list[str]) -> Sections:
    rng = plan.rng
    kind = plan.kind
    att = plan.attending
    traps.append("non_simulation_note")
    if kind == "consult":
        secs: Sections = [("hdr", FL.header(plan, "RAD ONC CONSULT", att[0], std="RADIATION ONCOLOGY CONSULT")),
                          ("reason", f"Reason for consult: {FL.dx_line(plan)} - eval for RT"),
                          ("hpi", FL.hpi(plan)), ("img_obj", FL.historical_imaging(plan, True)), ("pmh", FL.pmh(plan)),
                          ("mil", FL.military(plan)), ("soc", FL.social(plan)), ("exam", FL.exam(plan))]
        traps += ["historical_imaging", "historical_contrast", "planned_feature"]
        secs.append(("ap", pick(plan, ["ASSESSMENT/PLAN: ", "A/P: ", "Impression & Recommendations:\n"]) + planned_sim_line(plan)
                     + " " + FL.goals(plan)))
        if plan.style == "long":
            secs[4:4] = [("course", FL.course_history(plan)), ("probs", FL.problem_list(plan)), ("meds", FL.meds(plan)),
                         ("ros", FL.ros(plan)), ("labs", FL.labs(plan))]
            secs = pad_long(plan, secs, 5, traps)
    elif kind == "otv":
        fx = rng.randrange(3, 30)
        secs = [("hdr", FL.header(plan, "RAD ONC ON-TREATMENT VISIT", att[0], std="RADIATION ONCOLOGY NOTE")),
                ("fx", f"Fx {fx}/{fx + rng.randrange(1, 20)}. {pick(plan, ['Tolerating well.', 'Mild fatigue.', 'Gr 1 dermatitis.', 'Some dysphagia, on magic mouthwash.'])}"),
                ("hist", pick(plan, ["Sim'd earlier w/ IV contrast and MRI fusion - see sim note.",
                                     "Simulated 3 wks ago (4DCT). Plan is VMAT.", "Originally simulated at Tallgrass w/ custom blocks."])),
                ("igrt", pick(plan, ["CBCT reviewed today, shifts <3 mm.", "Port films approved.", "kV imaging daily, ok."])),
                ("plan", "Continue tx. RTC 1 wk.")]
        traps += ["historical_feature"]
    elif kind == "tx_summary":
        secs = [("hdr", FL.header(plan, "RAD ONC TREATMENT SUMMARY", att[0], std="RADIATION ONCOLOGY SUMMARY NOTE")), ("dx", f"Dx: {FL.dx_line(plan)}"),
                ("course", pick(plan, ["Simulation: CT sim with IV contrast and PET fusion on 7/2.",
                                       "Simulated 6/14 (4DCT, MRI fused); VMAT to 3 areas.",
                                       "Sim 5/30 w/ custom Cerrobend blocks, 2 areas."])),
                ("dose", f"Completed {pick(plan, ['60 Gy/30', '45 Gy/25 + boost', '30 Gy/10', '20 Gy/5', '70 Gy/35'])} on {FL.sdate(plan.date)}."),
                ("fu", "Follow up 6 wks with imaging.")]
        traps += ["historical_feature", "historical_imaging"]
    elif kind == "cc_coordination":
        coord = rng.choice(V.COORD)
        secs = [("hdr", FL.header(plan, "NON-VA CARE COORDINATION NOTE", coord[0], std="NONVA CARE NOTE")),
                ("auth", f"Referral/SEOC: Radiation Oncology at {V.PARTNER}. Authorization # {rng.randrange(10**6, 10**7)}."),
                ("summary", pick(plan, ["Per outside records received 10/4: pt simulated at Tallgrass with IV contrast, 3 treatment areas, VMAT.",
                                        "Records reviewed: CT sim done there last week (MRI fused). Tx start pending.",
                                        "Tallgrass reports sim completed w/ custom cutout; waiting on plan."])),
                ("next", "Will upload to VistA Imaging and notify rad onc attending.")]
        traps += ["outside_summary"]
    elif kind == "telephone":
        nurse = rng.choice(V.NURSES)
        plan.correction = nurse[1]
        secs = [("hdr", FL.header(plan, "RAD ONC TELEPHONE CONTACT", nurse[0], std="TELEPHONE ENCOUNTER NOTE")),
                ("call", pick(plan, ["Called pt re sim tomorrow 0800. Drink oral contrast 1 hr before; full bladder.",
                                     "Spoke w/ wife: sim resched to Thurs. IV contrast planned, labs (Cr) drawn at CBOC.",
                                     "Pt called asking about mask - reassured; psychology to see him before sim."])),
                ("ack", "Pt verbalized understanding.")]
        traps += ["planned_feature"]
    elif kind == "tumor_board":
        secs = [("hdr", FL.header(plan, "TUMOR BOARD NOTE", att[0], std="TUMOR BOARD NOTE")),
                ("case", FL.hpi(plan)), ("img", FL.historical_imaging(plan, rng.random() < 0.5)),
                ("rec", "Recommendation: " + planned_sim_line(plan))]
        traps += ["historical_imaging", "planned_feature"]
    elif kind == "mh_note":
        psy = V.PSYCH[0]
        secs = [("hdr", FL.header(plan, "MENTAL HEALTH PSYCHOLOGY NOTE", psy[0], std="PSYCHOLOGY NOTE")),
                ("s", "Veteran seen for brief CBT-based preparation for radiation simulation."),
                ("o", pick(plan, ["Practiced wearing a mesh mask template for 5 min x3, SUDS 70 -> 35.",
                                  "Discussed grounding skills for the CT scanner; sim next week will use an open-face mask and possibly IV contrast."])),
                ("p", "Will follow after simulation. Crisis line reviewed.")]
        traps += ["planned_feature"]
    elif kind == "sim_request":
        secs = [("hdr", FL.header(plan, "RAD ONC SIMULATION REQUEST", att[0])),
                ("req", "Requested for next available:\n  [X] CT simulation\n  [X] IV contrast\n  [ ] Oral contrast\n  [X] MRI fusion\n"
                        f"  Sites: {pick(plan, ['prostate + pelvic LN', 'L breast/SCV/axilla', 'whole brain', 'T-spine, L hip, R humerus'])}"),
                ("note", "Scheduler to call pt.")]
        traps += ["order_only"]
    else:  # follow_up
        secs = [("hdr", FL.header(plan, "RAD ONC FOLLOW UP", att[0], std="RADIATION ONCOLOGY NOTE")), ("hpi", FL.hpi(plan)),
                ("hist", pick(plan, ["Completed RT 3 mo ago (simulated with IV contrast, VMAT, 3 areas).",
                                     "s/p RT 2025 - sim with MRI fusion and custom blocks."])),
                ("img_obj", FL.historical_imaging(plan, True)), ("ap", "Doing well. Repeat imaging 3 mo.")]
        traps += ["historical_feature", "historical_contrast"]
        if plan.style == "long":
            secs[2:2] = [("course", FL.course_history(plan)), ("pmh", FL.pmh(plan)), ("mil", FL.military(plan)),
                         ("soc", FL.social(plan)), ("probs", FL.problem_list(plan)), ("meds", FL.meds(plan)),
                         ("ros", FL.ros(plan)), ("exam", FL.exam(plan)), ("labs", FL.labs(plan))]
            secs = pad_long(plan, secs, 4, traps)
    signer = {"telephone": plan.correction, "mh_note": V.PSYCH[0][1]}.get(kind, att[1])
    if kind == "cc_coordination":
        signer = coord[1]
    plan.correction = ""
    secs.append(("sig", FL.signature(plan, signer)))
    return secs


def compose_blank(plan: Plan, traps: list[str]) -> Sections:
    att = plan.attending
    traps.append("blank_template")
    if plan.style == "dialog":
        body = ("RADIATION ONCOLOGY SIMULATION:\n Simulation type:\n   [ ] CT simulation\n   [ ] 4DCT\n   [ ] Clinical set-up\n"
                " Contrast:\n   [ ] None\n   [ ] IV contrast\n   [ ] Oral contrast\n Special technique / devices:\n   [ ] VMAT/arc\n"
                "   [ ] Custom blocks / electron cutout\n Image fusion:\n   [ ] MRI\n   [ ] PET/CT\n Number of treatment areas:\n"
                " Medical necessity (free text):")
    else:
        body = ("Dx: " + FL.dx_line(plan) + "\nSite(s): ___\nNumber of treatment areas: ___\nImaging: ___\nContrast: ___\n"
                "Fusion: ___\nSpecial blocks: ___\nMedical necessity: ___")
    return [("hdr", FL.header(plan, pick(plan, SIM_TITLES), att[0])), ("blank", body),
            ("sig", FL.signature(plan, att[1]))]


def compose_aborted(plan: Plan, traps: list[str]) -> Sections:
    att = plan.attending
    traps.append("aborted")
    reason = pick(plan, ["became acutely distressed when the mask was being molded (combat PTSD flashback)",
                         "could not lie flat due to pain despite oxycodone",
                         "had a panic episode in the bore (claustrophobia)", "was hypotensive/dizzy on the table - sent to urgent care"])
    what = pick(plan, ["Simulation aborted; no images acquired.", "Sim stopped before scanning. No CT obtained.",
                       "Aborted. Will reschedule."])
    nxt = pick(plan, ["Plan to repeat with IV contrast and an open-face mask after psychology visit.",
                      "Reschedule with anxiolytic; consider MAC with anesthesia.", "Will retry next week; MRI fusion still planned."])
    return [("hdr", FL.header(plan, pick(plan, SIM_TITLES), att[0])), ("dx", f"Dx: {FL.dx_line(plan)}"),
            ("event", f"Pt {reason}. {what}"), ("next", nxt), ("sig", FL.signature(plan, att[1]))]


COMPOSERS = {"sim_note": compose_sim_note, "dialog_sim": compose_dialog, "resident_sim": compose_resident,
             "therapist_sim": compose_therapist, "cc_scanned_sim": compose_scanned, "order_procedure": compose_order,
             "addendum_sim": compose_addendum_sim, "resim": compose_resim, "brachy_proc": compose_brachy,
             "electron_setup": compose_electron, "blank_template": compose_blank, "aborted_sim": compose_aborted}
for _k in ("consult", "otv", "tx_summary", "cc_coordination", "telephone", "tumor_board", "mh_note", "sim_request", "follow_up"):
    COMPOSERS[_k] = compose_nonsim
