# ruff: noqa: E501, D103
"""More simulation documents.

Interpreter-mediated visits, pediatric GA, order + procedure, re-simulation, transfer re-simulation, clinical set-ups,
nursing notes, blank templates and aborted attempts.
"""

from __future__ import annotations

from . import filler as FL
from . import longtext as LT
from . import phrases as P
from . import traps as T
from .compose_sim import (
    Sections,
    _ini,
    _initials,
    _join,
    _old_contrast,
    _plan_para,
    _sentence,
    addendum_mode,
    addendum_text,
    evidence_bits,
    long_sim,
    record_addendum,
    resident_sim,
    smart_sim,
    terse_sim,
)
from .context import Ctx
from .evidence import Ev, Traps

QA = [
    ("¿Me va a doler?", "Will it hurt?", "No - the scan itself does not hurt; the hardest part is lying still."),
    ("¿Puedo comer antes?", "Can I eat before?", "Light breakfast is fine unless told otherwise for the next visits."),
    ("¿Cuándo empiezo?", "When do I start?", "In about 7 to 10 days, once the plan is ready; the navigator will call."),
    ("¿Las rayitas se quitan?", "Do the little marks come off?", "They are small permanent tattoos, the size of a freckle."),
    ("¿Voy a quedar radioactiva?", "Will I be radioactive?", "No, external radiation does not make you radioactive."),
    ("¿Puedo seguir trabajando?", "Can I keep working?", "Probably for the first weeks; we will adjust as side effects appear."),
    ("¿Mi esposo puede entrar?", "Can my husband come in?", "Family can wait outside the room during the scan."),
    ("¿Y si no puedo venir un día?", "What if I can't come one day?", "Call us; missing days is discouraged but we will work around it."),
]


def _qa(ctx: Ctx, k: int) -> str:
    items = ctx.shuffled(QA)[:k]
    lines = []
    for es, en, ans in items:
        lines.append(ctx.pick([f'Q: "{es}" ({en}) - A: {ans}', f'She/he asked "{es}" [{en}]. We answered: {ans}',
                               f'- "{es}" ({en}): {ans}']).replace("She/he", ctx.he.capitalize()))
    return "\n".join(lines)


# ---------------------------------------------------------------- interpreter-mediated simulation visit
def interp_sim(ctx: Ctx, names: list[str]) -> Sections:
    plan = ctx.plan
    ev = Ev(ctx, "prose")
    box = Traps(ctx, names)
    mode = addendum_mode(ctx, 0.15)
    bits = evidence_bits(ctx, ev, box, mode, _old_contrast(ctx, names))
    out: Sections = []
    out.append(("header", ctx.pick(["Radiation Oncology - Simulation Visit (interpreter-mediated)", "SIM VISIT NOTE", "Simulation day - MD note",
                                    f"Rad Onc Sim Visit {ctx.date()}"])))
    out.append(("interp", FL.interp_line(ctx)))
    greet = ctx.pick([
        f"Met {ctx.sr} {_initials(ctx)} and {ctx.his} {ctx.rel_en} in the sim suite. Through the interpreter we went over each step before starting.",
        f"{ctx.sr.capitalize()} arrived early with {ctx.his} {ctx.rel_en}; {ctx.he} had not slept well. Everything was explained step by step via interpreter.",
        f"I met the patient ({ctx.age} y/o, {ctx.dx}) in the simulation room with interpreter #{ctx.interp}.",
        f"{ctx.he.capitalize()} came by county van from {ctx.us_town}. The interpreter stayed for the whole simulation, including inside the room for positioning instructions.",
    ])
    out.append(("greet", greet + " " + FL.quote(ctx)))
    hist = box.take("hist")
    if hist:
        out.append(("hist", _join(hist)))
    if plan.style == "long":
        blocks = LT.history_block(ctx)
        out.extend(blocks[: ctx.rng.randint(5, 9)])
        out.extend(LT.paragraphs(ctx)[:4])
    what = [FL.position(ctx), FL.immob_sentence(ctx)] + bits["img"] + bits["feat"] + bits["traps"]
    if ctx.chance(0.5):
        what.append(FL.tattoos(ctx))
    out.append(("done", ctx.pick(["What was done: ", "Simulation: ", "Today: ", ""]) + _join(what)))
    if bits["why"]:
        out.append(("why", ctx.pick(["", "Why this simulation is complex: ", "I explained to the family (and document here) that "]) + bits["why"][0]))
    out.append(("areas", _join(bits["areas"])))
    out.append(("qa", ctx.pick(["Questions (via interpreter):\n", "Patient/family questions:\n", "Preguntas:\n"]) + _qa(ctx, ctx.rng.randint(1, 4))))
    out.append(("teachback", ctx.pick(["Teach-back: patient could explain the schedule and skin care in own words.",
                                       f"Teach-back done; {ctx.his} {ctx.rel_en} wrote the dates down.",
                                       "Understanding confirmed with teach-back via interpreter."])))
    out.append(("plan", _plan_para(ctx, box, "prose")))
    if mode:
        out.append(("addendum", addendum_text(ctx, mode, ev)))
        record_addendum(box, mode)
    end = box.take("end")
    if end:
        out.append(("copied", _join(end)))
    out.append(("sig", FL.sig_att(ctx) + ctx.pick(["", f"\nInterpreter #{ctx.interp} - {ctx.rng.randint(25, 70)} min"])))
    return out


# ---------------------------------------------------------------- pediatric under anesthesia
def peds_sim(ctx: Ctx, names: list[str]) -> Sections:
    st = ctx.plan.style
    if st == "smarttext":
        return smart_sim(ctx, names, title=ctx.pick(["PEDIATRIC SIMULATION UNDER ANESTHESIA", "Peds CT Sim (GA) - template"]))
    if st == "resident_attest":
        return resident_sim(ctx, names, kind="Pediatric simulation under GA")
    if st == "long":
        return long_sim(ctx, names, kind="PEDIATRIC SIMULATION UNDER ANESTHESIA")
    ev = Ev(ctx, "prose")
    box = Traps(ctx, names)
    bits = evidence_bits(ctx, ev, box, None, _old_contrast(ctx, names))
    child = "girl" if ctx.sex == "F" else "boy"
    out: Sections = [("header", ctx.pick(["PEDIATRIC CT SIMULATION UNDER GENERAL ANESTHESIA", "Peds sim (GA) - procedure note",
                                          "Simulación pediátrica bajo anestesia"]))]
    out.append(("intro", f"{ctx.age}-year-old {child} with {ctx.dx}. " + ctx.pick([
        f"Mother present until induction; she speaks Spanish only, interpreter #{ctx.interp} used for consent.",
        f"Parents at bedside (father interpreted informally; certified interpreter #{ctx.interp} for consent).",
        "Child life specialist prepared the child with a doll and the mask beforehand."])))
    out.append(("anesthesia", f"Anesthesia: {ctx.anes}. " + ctx.pick(["NPO confirmed.", "Induction by mask, then IV.", "Port accessed for induction."])))
    proc = [FL.position(ctx), FL.immob_sentence(ctx)] + bits["img"] + bits["feat"] + bits["traps"]
    out.append(("procedure", _join(proc)))
    if bits["why"]:
        out.append(("why", bits["why"][0]))
    out.append(("areas", _join(bits["areas"])))
    hist = box.take("hist")
    if hist:
        out.append(("hist", _join(hist)))
    out.append(("recovery", ctx.pick(["Recovered in PACU, back to baseline, discharged with mother.", "Emergence smooth; juice in PACU.",
                                      "Woke up crying, consoled by mother; discharged 1 h later."])))
    out.append(("plan", _plan_para(ctx, box, "prose") + " Daily GA coordinated with anesthesia (first slot of the day)."))
    end = box.take("end")
    if end:
        out.append(("copied", _join(end)))
    out.append(("sig", FL.sig_att(ctx)))
    return out


# ---------------------------------------------------------------- order + procedure
def order_proc(ctx: Ctx, names: list[str]) -> Sections:
    plan = ctx.plan
    resident = plan.style == "resident_attest"
    reg = "prose" if resident else "field"
    ev = Ev(ctx, reg)
    box = Traps(ctx, names)
    bits = evidence_bits(ctx, ev, box, None, _old_contrast(ctx, names))
    ordered = ["CT simulation"]
    undone = []
    free = T.free_routes(ctx)
    if "contrast" in plan.features:
        ordered.append(" + ".join(f"{r} contrast" for r in plan.routes))
    if "IV" in free and ctx.chance(0.6):
        ordered.append("IV contrast")
        undone.append(ctx.pick(["IV contrast not given (no IV access after 2 attempts).", "Ordered IV contrast was not given - Cr 1.8.",
                                "IV contrast cancelled by MD at the scanner."]))
    missing = [m for m in ("MRI", "PET") if m not in plan.modalities]
    if missing and ctx.chance(0.5):
        m = ctx.pick(missing)
        ordered.append(f"{m} fusion")
        undone.append(ctx.pick([f"{m} fusion not performed - study not available yet.", f"{m} fusion deferred.", f"No {m} to fuse (never done)."]))
    if "arc_rotational" not in plan.features and ctx.chance(0.3):
        ordered.append("VMAT planning")
        undone.append("Technique changed to 3D at sim (no VMAT).")
    if undone:
        box.record("order_vs_procedure")
    out: Sections = []
    out.append(("order_head", ctx.pick(["ORDER: CT SIMULATION", "Order - Rad Onc Simulation", "SIM ORDER (CPOE)"]) + f"   ordered {ctx.date(-ctx.rng.randint(2, 9))} by {ctx.att}"))
    box_lines = "\n".join(f"  [x] {o}" for o in ordered)
    if ctx.chance(0.5):
        box_lines += "\n  [ ] " + ctx.pick(["custom blocks", "bolus", "fluoro", "anesthesia"])
    out.append(("order_items", box_lines))
    out.append(("order_dx", ctx.pick(["  Indication: ", "  Dx: "]) + ctx.dx))
    out.append(("proc_head", ctx.pick([f"PROCEDURE PERFORMED {ctx.date()}:", "Procedure documentation:", "SIMULATION - DONE"])))
    body = bits["img"] + bits["feat"] + undone + bits["traps"]
    if resident:
        out.append(("proc", _join([FL.position(ctx), FL.immob_sentence(ctx), *body])))
        if bits["why"]:
            out.append(("why", "Reason complex: " + bits["why"][0]))
        out.append(("areas", _join(bits["areas"])))
        out.append(("res_sig", f"{ctx.res}"))
        out.append(("attestation", ctx.pick(["Attending: present for simulation, agree.", f"I supervised the simulation. - {ctx.att_short}",
                                             "Teaching physician: agree with resident documentation."])))
    else:
        out.append(("proc", "\n".join("  " + b for b in [FL.position(ctx), FL.immob_sentence(ctx), *body])))
        out.append(("why", "  Reason for complex simulation: " + (bits["why"][0] if bits["why"] else ctx.pick(["***", "see order", "(not entered)"]))))
        if not bits["why"]:
            box.record("smarttext_unfilled")
        out.append(("areas", "  Areas: " + _join(bits["areas"])))
        out.append(("sig", f"  Performed by {ctx.rtt}; supervised by {ctx.att}"))
    rest = box.take("hist") + box.take("plan") + box.take("end")
    if rest:
        out.append(("notes", _join(rest)))
    return out


# ---------------------------------------------------------------- re-simulation
RESIM_WHY = {
    "head_neck": "mask no longer fits after {kg} kg weight loss",
    "breast": "seroma has changed shape since the first scan",
    "gyn_ebrt": "bladder filling was inconsistent on daily CBCT",
    "prostate": "rectal gas and bladder filling inconsistent on CBCT",
    "lung": "atelectasis resolved and the anatomy shifted",
    "palliative": "the patient could not tolerate the original position",
    "rectum": "small bowel position changed after the diverting ostomy",
    "bone_mets": "new painful site added and the original cradle cracked",
}


def resim(ctx: Ctx, names: list[str]) -> Sections:
    plan = ctx.plan
    st = plan.style
    reason = RESIM_WHY.get(plan.site, "the anatomy changed").format(kg=ctx.rng.randint(5, 12))
    reason = reason if reason.startswith(("the ", "bladder", "rectal", "small", "new", "atelectasis", "mask", "seroma")) else "the " + reason
    prior = ctx.pick(["The original simulation on {d} used IV contrast and a PET fusion.", "Initial sim {d}: VMAT, 2 areas, oral contrast.",
                      "First sim ({d}) had been done with contrast and MRI fusion.", "Original CT sim {d} - see that note for details."]).format(d=ctx.date(-ctx.rng.randint(12, 25)))
    if st in ("rtt_terse",):
        secs = terse_sim(ctx, names)
        secs.insert(1, ("resim_reason", f"RE-SIM - {reason}. {prior}"))
        ctx.plan.traps.append("prior_sim_historical")
        return secs
    es = st == "bilingual"
    reg = "es" if es else "prose"
    ev = Ev(ctx, reg)
    box = Traps(ctx, names)
    mode = addendum_mode(ctx, 0.15)
    bits = evidence_bits(ctx, ev, box, mode, _old_contrast(ctx, names))
    out: Sections = [("header", ctx.pick(["RE-SIMULATION NOTE", "Re-sim (CT) - dictated", "Re-simulación / Re-simulation", "Repeat CT simulation"]))]
    if es:
        out.append(("intro", ctx.pick([f"{ctx.sr.capitalize()} regresa para re-simulación: {reason}.", f"Re-sim hoy porque {reason}. Fx {ctx.rng.randint(5, 20)} completadas."])))
    else:
        out.append(("intro", ctx.pick([f"Patient returned for re-simulation because {reason}.", f"Re-simulated today after fraction {ctx.rng.randint(5, 20)}: {reason}."])))
    out.append(("prior", prior))
    box.record("prior_sim_historical")
    if ctx.chance(0.5):
        out.append(("interp", FL.interp_line(ctx)))
    if bits["why"]:
        out.append(("why", bits["why"][0]))
    out.append(("today", _join([FL.immob_sentence(ctx)] + bits["img"] + bits["feat"] + bits["traps"])))
    out.append(("areas", _join(bits["areas"])))
    out.append(("plan", _plan_para(ctx, box, reg) + " " + ctx.pick(["Treatment held until the new plan is approved.", "Continue on the old plan until the new one is QA'd.",
                                                                    "Se suspende tx hasta nuevo plan." if es else "Re-plan on priority."])))
    if mode:
        out.append(("addendum", addendum_text(ctx, mode, ev)))
        record_addendum(box, mode)
    hist = box.take("hist") + box.take("end")
    if hist:
        out.append(("hist", _join(hist)))
    out.append(("sig", FL.sig_att(ctx)))
    return out


# ---------------------------------------------------------------- transfer patient re-simulated here
def transfer_resim(ctx: Ctx, names: list[str]) -> Sections:
    plan = ctx.plan
    fx_done = ctx.rng.randint(3, 18)
    outside = ctx.pick([
        f"{ctx.he.capitalize()} began treatment at {ctx.outside} and received {fx_done} fractions before moving to live with {ctx.his} {ctx.rel_en} in {ctx.us_town}. "
        f"Outside simulation {ctx.date(-40)} (per their records): CT sim with IV contrast, PET fusion, VMAT, 3 areas.",
        f"Transferred from {ctx.outside_short} after losing coverage there. Their sim note ({ctx.date(-35)}) lists oral contrast, custom blocks and 2 treatment areas; "
        f"{fx_done} fractions delivered.",
        f"Outside records from {ctx.outside}: simulated {ctx.date(-30)} with contrast and MRI fusion; treated {fx_done} fx. DICOM could not be imported.",
    ])
    names = list(names)
    st = plan.style
    if st == "long":
        secs = long_sim(ctx, names, kind="TRANSFER OF CARE - RE-SIMULATION")
    elif st == "resident_attest":
        secs = resident_sim(ctx, names, kind="Re-simulation (transfer of care)")
    else:
        secs = prose_transfer(ctx, names)
    secs.insert(1, ("outside", outside + " " + ctx.pick(["Outside plan could not be reproduced here; re-simulated today.",
                                                          "Their images were unusable for our system, so a new simulation was done.",
                                                          "We are re-simulating to build a composite plan."])))
    plan.traps.append("outside_sim_historical")
    return secs


def prose_transfer(ctx: Ctx, names: list[str]) -> Sections:
    from .compose_sim import prose_sim
    return prose_sim(ctx, names, title=ctx.pick(["TRANSFER OF CARE - CT RE-SIMULATION", "Re-simulation, outside transfer", "Sim note (transfer patient)"]))


# ---------------------------------------------------------------- clinical set-up (electrons / conventional simulator)
def clinical_setup(ctx: Ctx, names: list[str]) -> Sections:
    plan = ctx.plan
    st = plan.style
    reg = {"rtt_terse": "terse", "satellite_caps": "terse"}.get(st, "prose")
    ev = Ev(ctx, reg)
    box = Traps(ctx, names)
    bits = evidence_bits(ctx, ev, box, None, False)
    out: Sections = []
    skin = plan.site == "skin"
    if skin:
        head = ctx.pick(["CLINICAL SET-UP - ELECTRONS", "Electron set-up note", "SKIN - clinical simulation", "Clinical mark-up (electrons)"])
        tech = ctx.pick(["6 MeV electrons, 1 cm margin drawn on skin.", "9 MeV, margin 1 cm, SSD 100.", "6 MeV with 5 mm bolus, 1.5 cm margin."])
    else:
        head = ctx.pick(["CONVENTIONAL SIMULATION / CLINICAL SET-UP", "Clinical set-up (palliative)", "Set-up on the conventional simulator"])
        if plan.site == "whole_brain":
            tech = ctx.pick(["Opposed laterals, 6 MV.", "Opposed laterals, collimator rotated to the skull base.", "Helmet field, opposed laterals, German helmet technique."])
        else:
            tech = ctx.pick(["AP/PA, 6 MV.", "Single PA field.", "AP/PA, 10 MV, SSD technique.", "Opposed AP/PA, 15 MV."])
    out.append(("header", head))
    out.append(("id", f"{_ini(ctx)} | {ctx.dx} | {ctx.date()}"))
    if not plan.modalities:
        out.append(("noimg", ctx.pick(["No CT - clinical set-up only.", "Clinical set-up; no imaging needed.", "No planning CT (clinical set-up on the machine)."])))
        box.record("negated_modality")
    if bits["why"]:
        out.append(("why", bits["why"][0]))
    body = [tech] + bits["img"] + bits["feat"] + bits["traps"]
    out.append(("setup", _join(body) if reg == "prose" else "\n".join(body)))
    out.append(("areas", _join(bits["areas"])))
    extra = box.take("hist") + box.take("plan") + box.take("end")
    if extra:
        out.append(("notes", _join(extra)))
    out.append(("sig", FL.sig_att(ctx) if reg == "prose" else f"{ctx.rtt} / MD {ctx.att_short}"))
    return out


# ---------------------------------------------------------------- nursing note on simulation day
def sim_nursing(ctx: Ctx, names: list[str]) -> Sections:
    plan = ctx.plan
    ev = Ev(ctx, "rn")
    box = Traps(ctx, names)
    out: Sections = []
    out.append(("header", ctx.pick(["NURSING NOTE - Simulation", "RN note: CT sim day", "Nursing documentation (Rad Onc)", "RN - sim"])))
    t0 = ctx.time()
    out.append(("arrival", ctx.pick([f"{t0} Pt arrived ambulatory with {ctx.his} {ctx.rel_en} for scheduled simulation.",
                                     f"{t0} Received pt in sim holding area, wheelchair, accompanied by {ctx.rel_en}.",
                                     f"{t0}: pt here for sim; interpreter #{ctx.interp} via VRI."])))
    out.append(("assess", ctx.pick(["VS: ", "Vitals "]) + f"BP {ctx.rng.randint(100, 160)}/{ctx.rng.randint(60, 95)}, HR {ctx.rng.randint(60, 105)}, SpO2 {ctx.rng.randint(93, 99)}%. "
                + ctx.pick(["Pain 4/10.", f"Pain {ctx.rng.randint(2, 8)}/10, premedicated with {ctx.pick(['oxycodone 5 mg', 'tramadol 50 mg', 'APAP 650'])}.", "Denies pain."])))
    if "contrast" in plan.features:
        if "IV" in plan.routes:
            out.append(("iv", ctx.pick(["PIV 20g R AC placed, flushes well.", "22g L hand x1 attempt, blood return.", "Port accessed, + blood return."])
                        + f" Cr {ctx.rng.randint(6, 12) / 10:.1f} ({ctx.date(-3)})."))
        out.append(("contrast", _join(_sentence(s) for s in ev.contrast())))
    elif ctx.chance(0.4):
        out.append(("iv", "No IV needed today."))
    if plan.rationale:
        out.append(("why", f"Per {ctx.att}: " + P.rationale(ctx, "prose")))
    if plan.modalities:
        out.append(("ct", _sentence(ctx.pick(["Pt to scanner; ", ""]) + P.modality(ctx, "CT", "rn", four=plan.fourdct)) + " " + FL.tolerance(ctx)))
    if plan.area_option:
        out.append(("areas", P.areas_statement(ctx, "rn")))
    tr = box.take("hist") + box.take("proc") + box.take("plan") + box.take("end")
    if tr:
        out.append(("notes", _join(tr)))
    out.append(("dc", ctx.pick([f"{ctx.time()} IV removed, site clean. D/c home with {ctx.rel_en}.", f"{ctx.time()} Discharged ambulatory, instructions in Spanish given.",
                                f"Pt left with {ctx.rel_en}; next appt card given."])))
    out.append(("sig", ctx.rn))
    return out


# ---------------------------------------------------------------- blank template
def blank_template(ctx: Ctx, names: list[str]) -> Sections:
    box = Traps(ctx, names)
    fields = [
        ("title", ctx.pick(["SIMULATION PROCEDURE NOTE", "RAD ONC SIM - TEMPLATE", "Complex Simulation Documentation"])),
        ("dos", ctx.pick([f"Date of service: {ctx.date(style=1)}", "Date of service: @TD@"])),
        ("prov", ctx.pick(["Attending: @ATTENDING@", f"Attending: {ctx.att}"])),
        ("dx", ctx.pick([f"Diagnosis: {ctx.dx}", "Diagnosis: @PROBLEM@"])),
        ("why", "Indication for complex simulation: " + ctx.pick(["***", "{Blank single:19197::\"***\"}", "{SIM INDICATION:30122}"])),
        ("img", "Simulation imaging: " + ctx.pick(["{CT/MRI/PET:19911}", "***", "[ ] CT  [ ] 4DCT  [ ] MRI fusion  [ ] PET fusion"])),
        ("contrast", "Contrast: " + ctx.pick(["{Contrast types:304555}", "***", "[ ] IV  [ ] oral  [ ] rectal  [ ] vaginal"])),
        ("tech", "Technique: " + ctx.pick(["{TECHNIQUE:21344}", "***", "[ ] 3D [ ] IMRT [ ] VMAT"])),
        ("shield", "Blocks / cutouts: " + ctx.pick(["***", "[ ] custom blocks [ ] electron cutout"])),
        ("areas", "Number of treatment areas: " + ctx.pick(["***", "{NUMBER:31190}", "__"])),
        ("sites", "Treatment site(s): ***"),
        ("comments", "Comments: ***"),
    ]
    tr = box.take_all()
    if tr:
        fields.append(("prefill", "Prefilled from last note: " + _join(tr)))
    fields.append(("sig", ctx.pick(["Signed: @ME@", f"Pended by {ctx.res} - not signed", f"{ctx.att} (signed without edits)"])))
    box.record("blank_template")
    kept = [f for f in fields if f[0] in ("title", "why", "img", "contrast", "areas", "sig", "prefill") or ctx.chance(0.7)]
    return kept


# ---------------------------------------------------------------- aborted simulation
def aborted(ctx: Ctx, names: list[str]) -> Sections:
    box = Traps(ctx, names)
    st = ctx.plan.style
    why = ctx.pick(["could not lie flat because of pain (9/10) despite premedication", "had a panic attack when the mask was formed",
                    "vomited twice in the holding area", "BP 198/110, sent to the ED per protocol", "IV could not be placed and the patient then declined to continue",
                    "arrived without the interpreter and refused to proceed without one", "became confused and pulled at the Foley"])
    out: Sections = []
    if st == "rn":
        out.append(("header", "RN NOTE - simulation not completed"))
        out.append(("body", f"{ctx.time()} Pt brought to sim room. Pt {why}. Sim aborted before any scan, per Dr. {ctx.att_short}. "
                    + ctx.pick(["No contrast given.", "Oral contrast had not been started.", "IV not placed."])))
    elif st == "interpreter":
        out.append(("header", "Simulation attempt - interpreter-mediated"))
        out.append(("body", f"{FL.interp_line(ctx)} {ctx.sr.capitalize()} {why}. {FL.quote(ctx)} We stopped before imaging; nothing was acquired."))
    else:
        out.append(("header", ctx.pick(["sim ABORTED", "SIM NOT DONE", "aborted sim - rtt"])))
        out.append(("body", f"pt {why}. no scan acquired. MD {ctx.att_short} aware."))
    out.append(("resched", ctx.pick([f"Rescheduled for {ctx.date(3)} with anxiolytic premedication.", f"New sim date {ctx.date(5)}; pain regimen adjusted by palliative care.",
                                     f"Will retry {ctx.date(2)} at 0730 (first slot)."])))
    tr = box.take_all()
    if tr:
        out.append(("notes", _join(tr)))
    if ctx.chance(0.4):
        out.append(("bare", ctx.pick(["Complex simulation still indicated at next attempt.", "Will need complex sim when tolerable."])))
        box.record("bare_assertion")
    out.append(("sig", ctx.pick([ctx.rn, ctx.rtt, ctx.att])))
    box.record("aborted")
    return out
