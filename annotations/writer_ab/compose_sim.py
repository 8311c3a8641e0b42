# ruff: noqa: E501, D103
"""Composers for documents that record a simulation done here (labels come from their spans)."""

from __future__ import annotations

from . import filler as FL
from . import longtext as LT
from . import traps as T
from .context import Ctx
from .evidence import REGISTER, Ev, Traps

Sections = list[tuple[str, str]]


def _ini(ctx: Ctx) -> str:
    a = ctx.pick("ABCDEFGHJLMNOPRSTVYZ")
    b = ctx.pick("ABCDEGHLMOPRSTVZ")
    return ctx.pick([f"{ctx.Sr} {a}.", f"{a}.{b}.", f"{ctx.Sr} {a}{b}", "[redacted]", f"{ctx.Sr} {a}."])


def _initials(ctx: Ctx) -> str:
    a = ctx.pick("ABCDEFGHJLMNOPRSTVYZ")
    b = ctx.pick("ABCDEGHLMOPRSTVZ")
    return ctx.pick([f"{a}.", f"{a}.{b}.", f"{a}{b}", "[redacted]"])


def _sexw(ctx: Ctx) -> str:
    if ctx.plan.site == "peds":
        return "girl" if ctx.sex == "F" else "boy"
    return "woman" if ctx.sex == "F" else "man"


def _sentence(s: str) -> str:
    s = s.strip()
    if not s:
        return s
    return s if s[-1] in ".:!?)]*" else s + "."


def _join(items: list[str], sep: str = " ") -> str:
    return sep.join(i for i in items if i)


# ---------------------------------------------------------------- addendum modes
def addendum_mode(ctx: Ctx, p: float = 0.22) -> str | None:
    plan = ctx.plan
    modes = []
    if "contrast" in plan.features:
        modes.append("add")
    if "IV" in T.free_routes(ctx):
        modes.append("retract")
    if (plan.n_areas or 0) >= 2:
        modes.append("count")
    if not modes or not ctx.chance(p):
        return None
    return ctx.pick(modes)


def addendum_body(ctx: Ctx, mode: str, reg: str) -> str:
    plan = ctx.plan
    if mode == "add":
        return ctx.pick({"es": ["Contraste: no.", "Sin contraste por ahora."], "terse": ["contrast: none", "contrast - none noted"],
                         "field": ["None"]}.get(reg, ["No contrast documented at the time of dictation.", "Contrast: none.",
                                                       "Contrast was not used (see addendum)."]))
    if mode == "retract":
        return ctx.pick({"es": ["Se dio contraste IV."], "terse": ["IV contrast given", "+IV contrast"], "field": ["IV"]}.get(
            reg, ["IV contrast was given.", "IV contrast administered for the nodal anatomy."]))
    wrong = (plan.n_areas or 2) - 1 if ctx.chance(0.6) else (plan.n_areas or 2) + 1
    return ctx.pick({"es": [f"{ctx.num_es(wrong)} áreas."], "terse": [f"{wrong} areas", f"areas x{wrong}"],
                     "field": [f"{wrong}"]}.get(reg, [f"{ctx.num_en(wrong).capitalize()} treatment areas were simulated.",
                                                      f"Areas: {wrong}."]))


def addendum_text(ctx: Ctx, mode: str, ev: Ev) -> str:
    head = ctx.pick([f"ADDENDUM {ctx.date()} {ctx.time()}:", "Addendum:", f"Addendum ({ctx.att_short}):", "** ADDENDUM **",
                     f"Late entry {ctx.date()}:"])
    if mode == "add":
        body = _join([_sentence(s) for s in ev.contrast()])
        return f"{head} Correction - {body} Confirmed with {ctx.rn.split(',')[0]} and the sim log."
    if mode == "retract":
        return f"{head} " + ctx.pick(["IV contrast was NOT given; the IV infiltrated before injection and the scan was done without it. "
                                      "The statement above is in error.",
                                      "Correction: no IV contrast was administered (creatinine came back 2.0). Disregard the contrast line above.",
                                      "IV contrast was not given - patient refused after discussion. Above entry incorrect."])
    return f"{head} Correction to the number of areas - " + _sentence(ev.areas() or "")


def record_addendum(box: Traps, mode: str | None) -> None:
    if mode:
        box.record({"add": "addendum_adds_feature", "retract": "addendum_retracts_feature", "count": "addendum_fixes_count"}[mode])


# ---------------------------------------------------------------- shared evidence bundles
def evidence_bits(ctx: Ctx, ev: Ev, box: Traps, mode: str | None, old_contrast: bool) -> dict[str, list[str]]:
    """Sentences by kind: why / img / feat / areas / proc_traps."""
    plan = ctx.plan
    bits: dict[str, list[str]] = {"why": [], "img": [], "feat": [], "areas": [], "traps": []}
    r = ev.rat()
    if r:
        bits["why"].append(r)
    if ev.has("CT"):
        bits["img"].append(ev.ct_sentence())
    bits["img"].extend(ev.other_mods(old_contrast=old_contrast))
    if old_contrast:
        box.record("fused_old_contrast")
    skip = ("contrast",) if mode == "add" else ()
    bits["feat"].extend(_sentence(s) for s in ev.feats(skip=skip))
    if mode in ("add", "retract"):
        bits["feat"].append(_sentence(addendum_body(ctx, mode, ev.reg)))
    if mode == "count":
        bits["areas"].append(_sentence(addendum_body(ctx, mode, ev.reg)))
    elif plan.area_option:
        bits["areas"].append(_sentence(ev.areas() or ""))
    else:
        bits["areas"].append(_sentence(ev.vague_areas()))
        box.record("vague_areas")
    bits["traps"] = [_sentence(t) for t in box.take("proc")]
    if plan.site == "lung" and not plan.features:
        box.record("4dct_alone")
    return bits


def _old_contrast(ctx: Ctx, names: list[str]) -> bool:
    return "fused_old_contrast" in names


def _names_without(names: list[str], *drop: str) -> list[str]:
    return [n for n in names if n not in drop]


# ---------------------------------------------------------------- CT simulation note
def ct_sim(ctx: Ctx, names: list[str]) -> Sections:
    st = ctx.plan.style
    if st == "smarttext":
        return smart_sim(ctx, names)
    if st == "long":
        return long_sim(ctx, names)
    if st in ("satellite_caps", "rtt_terse"):
        return terse_sim(ctx, names)
    if st == "resident_attest":
        return resident_sim(ctx, names)
    return prose_sim(ctx, names)


def _intro(ctx: Ctx, ev: Ev, reg: str) -> str:
    pt = _ini(ctx)
    ct = ev.ct() if ev.has("CT") else "simulation"
    if reg == "es":
        return ctx.pick([
            f"{ctx.sr.capitalize()} {_initials(ctx)} vino hoy para su {ct}. Dx: {ctx.dx}.",
            f"Paciente de {ctx.age} años con {ctx.dx}; came today for {ct} acompañad{'a' if ctx.sex == 'F' else 'o'} de su {ctx.rel_es}.",
            f"Se realizó {ct} hoy. {pt}, {ctx.age} años, {ctx.dx}.",
            f"{pt} came in para la {ct}. Estaba nervios{'a' if ctx.sex == 'F' else 'o'} pero cooperó. {ctx.dx}.",
            f"Hoy: {ct} for {ctx.dx}. Llegó a tiempo con su {ctx.rel_es}.",
        ])
    return ctx.pick([
        f"{pt} is a {ctx.age}-year-old {_sexw(ctx)} with {ctx.dx} who presented today for {ct}.",
        f"{pt} came to the department this morning for {ct}. Diagnosis: {ctx.dx}.",
        f"Today I supervised {ct} for this {ctx.age} y/o with {ctx.dx}.",
        f"Seen in the simulation suite for {ct}; {ctx.he} has {ctx.dx}.",
        f"This {ctx.age}-year-old was brought to the simulator for {ct} ({ctx.dx}).",
        f"{ct.capitalize() if not ct.startswith(chr(0x27e6)) else ct} today for {pt}, {ctx.age} y/o, {ctx.dx}.",
    ])


def _plan_para(ctx: Ctx, box: Traps, reg: str) -> str:
    extra = box.take("plan")
    if reg == "es":
        base = ctx.pick([f"Plan: dosimetría con {ctx.dosi.split(',')[0]}; inicio en 7-10 días. Rx {ctx.dose}.",
                         f"Rx {ctx.dose}. Contornos hoy/mañana. Le explicamos el calendario con el intérprete.",
                         f"Siguiente paso: planning, luego QA de física ({ctx.phys.split(' (')[0]}). Start tentativo {ctx.date(9)}."])
    else:
        base = ctx.pick([f"Plan: contours to dosimetry ({ctx.dosi.split(',')[0]}); anticipated start {ctx.date(8)}. Prescription {ctx.dose}.",
                         f"Prescription {ctx.dose}. Target contours by {ctx.date(2)}; physics QA before start.",
                         f"Planning directive entered. Dose {ctx.dose}. {ctx.he.capitalize()} will be called with a start date.",
                         f"Next: contouring and plan review at chart rounds. Rx {ctx.dose}."])
    return _join([base] + [_sentence(t) for t in extra])


def prose_sim(ctx: Ctx, names: list[str], title: str | None = None) -> Sections:
    reg = REGISTER[ctx.plan.style]
    ev = Ev(ctx, reg)
    mode = addendum_mode(ctx)
    box = Traps(ctx, names)
    bits = evidence_bits(ctx, ev, box, mode, _old_contrast(ctx, names))
    out: Sections = []
    heads = ([title] if title else []) or [
        "RADIATION ONCOLOGY - CT SIMULATION NOTE", "Simulation Note", f"SIM NOTE - dictated {ctx.date()}", "CT Simulation",
        "Nota de simulación / Simulation note", f"Dictated {ctx.date()} / transcribed {ctx.date(1)} (job #{ctx.rng.randint(100000, 999999)})"]
    out.append(("header", ctx.pick(heads) + ("\n" + ctx.pick([f"MRN {ctx.mrn}", f"FIN {ctx.fin}", f"Location: {ctx.hospital}"]) if ctx.chance(0.6) else "")))
    out.append(("intro", _intro(ctx, ev, reg)))
    if ctx.chance(0.75 if reg == "es" else 0.45):
        out.append(("interp", FL.interp_line(ctx) + (" " + FL.quote(ctx) if ctx.chance(0.4) else "")))
    hist = box.take("hist")
    if hist or ctx.chance(0.4):
        out.append(("hist", _join(([FL.hpi(ctx, 2)] if ctx.chance(0.5) else []) + hist)))
    setup = [FL.position(ctx), FL.immob_sentence(ctx)] if ctx.chance(0.8) else [FL.immob_sentence(ctx)]
    middle: Sections = []
    if bits["why"]:
        middle.append(("why", _join(bits["why"])))
    img_feat = setup + bits["img"] + bits["feat"] + bits["traps"]
    if ctx.chance(0.5):
        img_feat.append(FL.tattoos(ctx))
    if ctx.chance(0.5):
        middle.append(("setup", _join(img_feat)))
        middle.append(("areas", _join(bits["areas"])))
    else:
        middle.append(("setup_areas", _join(img_feat + bits["areas"])))
    ctx.rng.shuffle(middle)
    out.extend(middle)
    if ctx.chance(0.5):
        out.append(("tolerance", FL.tolerance(ctx)))
    if ctx.chance(0.35):
        out.append(("exam", ("Exam: " if reg != "es" else "EF: ") + FL.exam(ctx)))
    if ctx.chance(0.35):
        out.append(("consent", FL.consent(ctx)))
    out.append(("plan", _plan_para(ctx, box, reg) + (" " + FL.logistics(ctx) if ctx.chance(0.4) else "")))
    if mode:
        out.append(("addendum", addendum_text(ctx, mode, ev)))
        record_addendum(box, mode)
    end = box.take("end")
    if end:
        out.append(("copied", _join(end)))
    out.append(("sig", FL.sig_att(ctx)))
    return out


# ---------------------------------------------------------------- resident + attestation
def resident_sim(ctx: Ctx, names: list[str], kind: str = "CT Simulation") -> Sections:
    reg = "prose"
    ev = Ev(ctx, reg)
    box = Traps(ctx, names)
    plan = ctx.plan
    # attestation styles: plain / adds evidence / corrects a feature
    att_mode = ctx.pick(["plain", "plain", "adds", "corrects"])
    if att_mode == "corrects" and "IV" not in T.free_routes(ctx):
        att_mode = "plain"
    if att_mode == "adds" and not (plan.rationale or plan.fused):
        att_mode = "plain"
    mode = None if att_mode == "corrects" else addendum_mode(ctx, 0.12)
    bits = evidence_bits(ctx, ev, box, mode, _old_contrast(ctx, names))
    moved: list[str] = []
    if att_mode == "adds":
        if plan.rationale and ctx.chance(0.6):
            moved, bits["why"] = bits["why"], []
        elif plan.fused:
            fused_sentences = [s for s in bits["img"] if "MODALITY|MRI" in s or "MODALITY|PET" in s]
            moved = fused_sentences
            bits["img"] = [s for s in bits["img"] if s not in fused_sentences]
        box.record("evidence_in_attestation")
    if att_mode == "corrects":
        bits["feat"].append(ctx.pick(["IV contrast given for nodal definition.", "Contrast: IV, 80 mL.", "IV contrast administered."]))
    out: Sections = []
    out.append(("header", ctx.pick([f"Radiation Oncology Resident Note - {kind}", f"RESIDENT PROCEDURE NOTE: {kind.upper()}",
                                    f"{kind} (resident)", f"Rad Onc - {kind} - {ctx.date()}"])))
    out.append(("team", ctx.pick([f"Resident: {ctx.res} | Attending: {ctx.att}", f"Author: {ctx.res}; supervising: {ctx.att}",
                                  f"{ctx.res} ({ctx.univ} rotation), attending {ctx.att}"])))
    subj = _join([FL.hpi(ctx, ctx.rng.randint(1, 3)), *box.take("hist")])
    if ctx.chance(0.5):
        subj += " " + FL.interp_line(ctx)
    out.append(("subjective", ctx.pick(["S: ", "Interval/History: ", "HPI: ", "Subjective: "]) + subj))
    if ctx.chance(0.5):
        out.append(("objective", "O: " + FL.exam(ctx) + (" Labs: " + FL.labs(ctx) if ctx.chance(0.5) else "")))
    proc = [FL.position(ctx), FL.immob_sentence(ctx)] + bits["img"] + bits["feat"] + bits["traps"]
    if ctx.chance(0.5):
        proc.append(FL.tattoos(ctx))
    proc_head = ctx.pick(["Procedure: ", "Simulation: ", "Procedure details: ", "O/Procedure: "])
    out.append(("procedure", proc_head + _join(proc)))
    if bits["why"] or ctx.chance(0.5):
        out.append(("indication", ctx.pick(["Indication for complex simulation: ", "Medical necessity: ", "Why complex: ", "Rationale: "])
                    + (_join(bits["why"]) if bits["why"] else ctx.pick(["see attending note", "per attending", "as discussed at consult"]))))
    out.append(("areas", ctx.pick(["Treatment area(s): ", "Areas: ", "Targets: ", ""]) + _join(bits["areas"])))
    out.append(("ap", ctx.pick(["A/P: ", "Assessment/Plan: ", "Plan: "]) + _plan_para(ctx, box, reg)))
    out.append(("res_sig", f"-- {ctx.res}"))
    att_head = ctx.pick(["ATTENDING ATTESTATION:", "Attending addendum:", "Teaching physician statement:", f"Attestation ({ctx.att}):"])
    base = ctx.pick([
        f"I was present for the key and critical portions of the simulation and agree with Dr. {ctx.res.split(',')[0].split()[-1]}'s note.",
        "I saw and evaluated the patient with the resident and agree with the findings and plan as documented.",
        "Patient seen and examined with the resident. I reviewed the note and agree.",
        "I personally supervised this simulation. Agree with the above.",
    ])
    if att_mode == "adds":
        base += " I would add: " + _join(moved)
    elif att_mode == "corrects":
        base += " " + ctx.pick(["Correction: no IV contrast was given today (eGFR 31); the resident's contrast line is wrong.",
                                "One correction - IV contrast was held for a creatinine of 1.9, not given as written above.",
                                "Except: IV contrast was NOT administered (no access obtained)."])
        box.record("attestation_corrects_feature")
    out.append(("attestation", f"{att_head} {base}"))
    if mode:
        out.append(("addendum", addendum_text(ctx, mode, ev)))
        record_addendum(box, mode)
    end = box.take("end")
    if end:
        out.append(("copied", _join(end)))
    return out


# ---------------------------------------------------------------- SmartText template
SMART_BLANKS = ["***", "{Blank single:19197::\"***\"}", "@FIELD@", "{YES/NO:20012}", "[ ]", "***"]


def smart_sim(ctx: Ctx, names: list[str], title: str | None = None) -> Sections:
    reg = "field"
    ev = Ev(ctx, reg)
    box = Traps(ctx, names)
    plan = ctx.plan
    mode = addendum_mode(ctx, 0.18)
    if mode == "count":
        mode = None
    bits = evidence_bits(ctx, ev, box, mode, _old_contrast(ctx, names))
    unfilled = False
    lines: list[tuple[str, str]] = []
    lines.append(("title", title or ctx.pick(["CT SIMULATION NOTE", "RAD ONC SIMULATION PROCEDURE NOTE", "Simulation - Complex",
                                                "SIM PROCEDURE (template v3.2)"])))
    lines.append(("dos", ctx.pick([f"Date of service: {ctx.date(style=1)}", "Date of service: @TD@", f"DOS: {ctx.date()}"])))
    lines.append(("loc", ctx.pick([f"Location: {ctx.hospital}", f"Location: {ctx.satellite}", "Dept: RAD ONC SIM", "Location: @DEPT@"])))
    lines.append(("prov", ctx.pick([f"Attending: {ctx.att}", f"Attending: {ctx.att}   Resident: {ctx.res}", "Attending: @ATTENDING@ (" + ctx.att + ")"])))
    lines.append(("dx", "Diagnosis: " + ctx.dx))
    lines.append(("interp", ctx.pick([f"Interpreter used: Yes - #{ctx.interp}", "Interpreter used: {YES/NO:20012}",
                                      f"Interpreter: Spanish #{ctx.interp} (VRI)", "Language: Spanish; interpreter: ***"])))
    if bits["why"]:
        lines.append(("why", ctx.pick(["Indication for complex simulation: ", "Medical necessity (reason): ", "Reason for complex sim: "]) + bits["why"][0]))
    else:
        blank = ctx.pick(SMART_BLANKS)
        lines.append(("why", ctx.pick(["Indication for complex simulation: ", "Medical necessity (reason): "]) + blank))
        unfilled = True
    lines.append(("pos", "Patient position: " + ("Prone" if "prone" in ctx.immob else ctx.pick(["Supine", "supine, arms up", "Supine, head first"]))))
    lines.append(("immob", "Immobilization: " + ctx.immob))
    ct_line = ev.ct() if ev.has("CT") else ctx.pick(SMART_BLANKS)
    lines.append(("img", ctx.pick(["Simulation imaging: ", "Imaging modality: ", "Scan: "]) + ct_line +
                  (" " + ctx.pick(["(4D, 10 phases)", "+ free breathing", "(4DCT)"]) if plan.fourdct and "4D" not in ct_line else "")))
    fusion = list(bits["img"][1:]) if ev.has("CT") else bits["img"]
    if fusion:
        lines.append(("fusion", "Image fusion / other imaging: " + "; ".join(fusion)))
    else:
        val = ctx.pick(["None", "N/A", "{FUSION:21455}", "***"])
        if val in ("{FUSION:21455}", "***"):
            unfilled = True
        lines.append(("fusion", "Image fusion: " + val))
    contrast_bits = [s for s in bits["feat"] if "FEATURE|contrast" in s or (mode in ("add", "retract") and s in bits["feat"][-1:])]
    other_feats = [s for s in bits["feat"] if s not in contrast_bits]
    if contrast_bits:
        lines.append(("contrast", "Contrast: " + "; ".join(contrast_bits)))
    else:
        val = ctx.pick(["None", "No", "{Contrast types:304555}", "***", "N/A"])
        if val.startswith("{") or val == "***":
            unfilled = True
        lines.append(("contrast", "Contrast: " + val))
    tech = [s for s in other_feats if "arc_rotational" in s]
    lines.append(("tech", "Treatment technique: " + ("; ".join(tech) if tech else ctx.pick(["IMRT", "3D conformal", "{TECHNIQUE:21344}", "***", "per physician"]))))
    if not tech and ("{" in lines[-1][1] or "***" in lines[-1][1]):
        unfilled = True
    shield = [s for s in other_feats if "arc_rotational" not in s]
    lines.append(("shield", "Blocking/shielding: " + ("; ".join(shield) if shield else ctx.pick(["MLC", "None", "***", "[ ] custom blocks  [ ] cutout"]))))
    if not shield and ("***" in lines[-1][1] or "[ ]" in lines[-1][1]):
        unfilled = True
    lines.append(("areas", ctx.pick(["Treatment area(s): ", "Number of treatment areas / sites: ", "Sites: "]) + " ".join(bits["areas"])))
    if plan.site.startswith("gyn") or ctx.chance(0.3):
        lines.append(("brachy_na", "Brachytherapy applicator: " + ctx.pick(["N/A", "***", "n/a - EBRT sim"])))
    if ctx.chance(0.35) and "IV" in T.free_routes(ctx):
        lines.append(("smartlist", "IV contrast {was/was not:31442} administered."))
        box.record("smartlist_unresolved")
    lines.append(("marks", "Marks: " + FL.tattoos(ctx)))
    if ctx.chance(0.5):
        lines.append(("timeout", "Time-out: " + ctx.pick(["performed", "Yes", "{YES/NO:20012}", f"done with {ctx.rtt.split(',')[0]}"])))
    if ctx.chance(0.45):
        lines.append(("consent_f", "Consent: " + ctx.pick(["signed (Spanish)", "on file from consult", "verbal via interpreter, form signed"])))
    if ctx.chance(0.4):
        lines.append(("bladder", "Bladder/bowel prep: " + ctx.pick(["full bladder protocol", "empty bladder", "N/A", "***"])))
    if ctx.chance(0.4):
        lines.append(("vitals", "Pre-sim vitals: " + FL.exam(ctx).split(". ")[0]))
    comments = bits["traps"] + box.take("hist") + box.take("plan")
    lines.append(("comments", "Additional comments: " + (_join(comments) if comments else ctx.pick(["***", "none", FL.tolerance(ctx)]))))
    if mode:
        lines.append(("addendum", addendum_text(ctx, mode, ev)))
        record_addendum(box, mode)
    end = box.take("end")
    if end:
        lines.append(("copied", _join(end)))
    lines.append(("sig", ctx.pick([f"Electronically signed by {ctx.att} on {ctx.date(style=1)}", f"{ctx.att}", "@ME@ " + ctx.att])))
    if unfilled:
        box.record("smarttext_unfilled")
    # drop a couple of optional lines for layout variety
    optional = {"loc", "interp", "pos", "marks", "brachy_na"}
    kept = [x for x in lines if x[0] not in optional or ctx.chance(0.65)]
    return kept


# ---------------------------------------------------------------- therapist / satellite terse record
def terse_sim(ctx: Ctx, names: list[str], kind: str = "sim") -> Sections:
    reg = "terse"
    ev = Ev(ctx, reg)
    box = Traps(ctx, names)
    plan = ctx.plan
    mode = addendum_mode(ctx, 0.15)
    bits = evidence_bits(ctx, ev, box, mode, _old_contrast(ctx, names))
    sat = plan.style == "satellite_caps"
    out: Sections = []
    if sat:
        out.append(("header", ctx.pick(["VALLE VERDE SATELLITE - CT SIM RECORD", "VV RAD ONC / SIM LOG", "SATELLITE SIM - TELESUPERVISED",
                                        "RCCMC-VV SIMULATION"])))
        out.append(("md", ctx.pick([f"MD: {ctx.att} (telesupervision, video)", f"SUPERVISING MD VIA TELEHEALTH: {ctx.att}",
                                    f"MD REMOTE - {ctx.att_short}, ON VIDEO FOR KEY PORTION"])))
    else:
        out.append(("header", ctx.pick(["Sim record (RTT)", "THERAPY SIM NOTE", f"sim {ctx.date()} - RTT documentation", "CT SIM - therapist"])))
    out.append(("id", ctx.pick([f"pt {_ini(ctx)} MRN {ctx.mrn} DOS {ctx.date()}", f"DOS {ctx.date()}  {ctx.mrn}", f"MRN {ctx.mrn}"])))
    out.append(("dx", ctx.pick(["dx: ", "DX ", "Dx- "]) + ctx.dx))
    if ctx.chance(0.5):
        out.append(("interp", ctx.pick([f"interp #{ctx.interp}", f"spanish interp #{ctx.interp} VRI", f"interp {ctx.interp} in rm"])))
    if bits["why"]:
        out.append(("why", bits["why"][0]))
    body = [ctx.pick(["pos: ", "setup: ", "position - "]) + ctx.pick(["supine", "supine arms up", "HFS", "FFS"] if "prone" not in ctx.immob else ["prone"]),
            "immob: " + ctx.immob] + bits["img"] + bits["feat"]
    out.append(("setup", "\n".join(b for b in body if b)))
    out.append(("areas", "\n".join(bits["areas"])))
    tr = bits["traps"] + box.take("hist") + box.take("plan")
    if tr:
        out.append(("notes", ctx.pick(["notes: ", "NB ", "comments: "]) + " ".join(tr)))
    if ctx.chance(0.6):
        out.append(("marks", ctx.pick(["tattoos x3 + BBs", "3 tats, photos in chart", "marks: 4 tattoos", "iso marked, SSD recorded"])))
    if mode:
        out.append(("addendum", addendum_text(ctx, mode, ev)))
        record_addendum(box, mode)
    end = box.take("end")
    if end:
        out.append(("copied", " ".join(end)))
    out.append(("sig", ctx.pick([f"{ctx.rtt} / {ctx.rtt2}", f"-{ctx.rtt}", f"RTT: {ctx.rtt}"])))
    return out


# ---------------------------------------------------------------- long note
def long_sim(ctx: Ctx, names: list[str], kind: str = "CT SIMULATION") -> Sections:
    reg = "prose"
    ev = Ev(ctx, reg)
    box = Traps(ctx, names)
    mode = addendum_mode(ctx, 0.2)
    bits = evidence_bits(ctx, ev, box, mode, _old_contrast(ctx, names))
    out: Sections = []
    out.append(("header", ctx.pick([f"RADIATION ONCOLOGY {kind} AND INTERVAL H&P", f"{kind} NOTE - FULL", f"Rad Onc: {kind.title()} / Pre-treatment H&P"])
                + f"\n{ctx.hospital} | {ctx.date(style=1)} | {ctx.att}"))
    out.append(("interp", FL.interp_line(ctx)))
    hist = LT.history_block(ctx)
    histtraps = box.take("hist")
    if histtraps:
        hist.insert(1, ("imaging_review", "IMAGING REVIEWED: " + _join(histtraps)))
    extra = LT.paragraphs(ctx)
    ctx.rng.shuffle(extra)
    out.extend(hist[:5])
    out.extend(extra[:2])
    out.extend(hist[5:])
    proc = [_intro(ctx, ev, reg), FL.position(ctx), FL.immob_sentence(ctx)] + bits["img"] + bits["feat"] + bits["traps"] + [FL.tattoos(ctx), FL.tolerance(ctx)]
    out.append(("procedure", "PROCEDURE: " + _join(proc)))
    out.extend(extra[2:4])
    assess = [ctx.pick([f"{ctx.age} y/o with {ctx.dx}.", f"Assessment: {ctx.dx}."])]
    assess += bits["why"]
    assess += bits["areas"]
    out.append(("assessment", "ASSESSMENT: " + _join(assess)))
    out.append(("plan", "PLAN: " + _plan_para(ctx, box, reg) + " " + FL.logistics(ctx)))
    out.extend(extra[4:])
    out.append(("consent", FL.consent(ctx)))
    if mode:
        out.append(("addendum", addendum_text(ctx, mode, ev)))
        record_addendum(box, mode)
    end = box.take("end")
    if end:
        out.append(("copied", _join(end)))
    out.append(("sig", FL.sig_att(ctx)))
    return out
