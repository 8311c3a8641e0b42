# ruff: noqa: E501, D103
"""Documents with no simulation in them (no spans at all).

Consults, portal messages, financial counselling, outside transfer packets, no-shows, on-treatment visits, treatment
summaries and pre-simulation teaching.
"""

from __future__ import annotations

from . import filler as FL
from . import longtext as LT
from .compose_sim import Sections, _join
from .context import Ctx
from .evidence import Traps


def _sim_recap(ctx: Ctx) -> str:
    """A recap of an earlier simulation, in a document that is not the simulation record."""
    site = ctx.site
    parts = []
    routes = site["routes"]
    parts.append(ctx.pick([f"{r} contrast" for r in routes] + ["no contrast"]) if routes else "no contrast")
    if site["fusion"] and ctx.chance(0.6):
        parts.append(f"{ctx.pick(site['fusion'])} fusion")
    tech = {"arc_rotational": "VMAT", "custom_shielding": "a custom cutout" if ctx.plan.site == "skin" else "custom blocks",
            "complex_blocking": "complex blocking", "brachytherapy": "applicator verification on CT", "contrast": None}
    feats = [tech[f] for f in site["features"] if tech.get(f)]
    if feats:
        parts.append(ctx.pick(feats))
    n = ctx.pick(sorted(site["areas"]))
    parts.append(f"{n} area{'s' if n > 1 else ''}")
    return ", ".join(parts)


def _planned_sim(ctx: Ctx) -> str:
    """A plan for a simulation that has not happened (never counted)."""
    site = ctx.site["label"]
    key = ctx.plan.site
    tech = {"skin": ["electrons with a custom cutout", "a custom lead cutout"], "gyn_brachy": ["T&R brachytherapy with CT after insertion", "MRI-based brachy"],
            "whole_brain": ["custom lens blocks", "hippocampal-avoidance VMAT"], "peds": ["daily anesthesia", "VMAT"],
            "lung": ["4DCT", "SBRT with arcs"], "srs": ["SRS arcs", "a frameless mask"]}.get(key, ["VMAT", "arc planning", "3D fields", "IMRT"])
    routes = ctx.site["routes"] or ["IV"]
    bits = ctx.shuffled([
        ctx.pick([f"{r} contrast" for r in routes] + ["contraste oral" if "oral" in routes else "no contrast"]),
        ctx.pick([f"{m} fusion" for m in ctx.site["fusion"]] + ["a custom mask" if key in ("head_neck", "whole_brain", "srs") else "custom immobilization"]),
        ctx.pick(tech),
    ])[: ctx.rng.randint(1, 3)]
    n = ctx.rng.randint(1, 3)
    return ctx.pick([
        f"Plan: CT simulation on {ctx.date(ctx.rng.randint(2, 9))} with {', '.join(bits)}.",
        f"Will schedule simulación next week ({', '.join(bits)}); anticipate {ctx.num_en(n)} treatment area{'s' if n > 1 else ''}.",
        f"Simulation to be arranged: {', '.join(bits)}. Treatment to {site.split(' (')[0]}.",
        f"Next step is simulation ({', '.join(bits)}), probably {n} area{'s' if n > 1 else ''}.",
    ])


def consult(ctx: Ctx, names: list[str]) -> Sections:
    box = Traps(ctx, names)
    st = ctx.plan.style
    out: Sections = []
    out.append(("header", ctx.pick(["RADIATION ONCOLOGY CONSULTATION", "New patient consult - Radiation Oncology", "Consulta de Radio-Oncología",
                                    "Rad Onc Consult (resident)" if st == "resident_attest" else "RADIATION ONCOLOGY NEW PATIENT"])))
    out.append(("ref", ctx.pick([f"Referring: Dr. {ctx.pick(['Salas', 'Krueger', 'Ndiaye', 'Portillo', 'Arce'])} ({ctx.pick(['gyn onc', 'ENT', 'med onc', 'surgery', 'primary care'])})",
                                 f"Referred from {ctx.outside_short}", "Referred by RCCMC ED", "Self-referred via navigator"])))
    out.append(("interp", FL.interp_line(ctx)))
    hpi = FL.hpi(ctx, ctx.rng.randint(3, 6)) + " " + FL.quote(ctx)
    out.append(("hpi", "HPI: " + hpi))
    hist = box.take("hist")
    if hist:
        out.append(("imaging", ctx.pick(["Imaging: ", "Studies reviewed: ", "Estudios: "]) + _join(hist)))
    if st == "long":
        out.extend(LT.history_block(ctx)[1:])
        out.extend(LT.paragraphs(ctx)[:4])
    else:
        out.append(("pmh", "PMH: " + FL.pmh(ctx)))
        out.append(("social", "Social: " + FL.social(ctx)))
        out.append(("exam", "Exam: " + FL.exam(ctx)))
    rec = ctx.pick([f"Recommend {ctx.dose} with {ctx.pick(['concurrent cisplatin', 'concurrent capecitabine', 'no chemo', 'hormone therapy'])}.",
                    f"Radiation is recommended, {ctx.dose}.", f"Recomendamos radioterapia ({ctx.dose})." if st == "bilingual" else f"Offer RT {ctx.dose}."])
    plan = [rec, _planned_sim(ctx), *box.take("plan")]
    box.record("sim_planned_only")
    out.append(("plan", "Assessment/Plan: " + _join(plan)))
    out.append(("consent", FL.consent(ctx)))
    out.append(("logistics", FL.logistics(ctx)))
    if st == "resident_attest":
        out.append(("res_sig", f"-- {ctx.res}"))
        out.append(("attestation", ctx.pick(["Attending: I saw and examined the patient and agree with the resident's assessment and plan.",
                                             f"Teaching physician: key portions performed by me. - {ctx.att_short}"])))
    else:
        out.append(("sig", FL.sig_att(ctx)))
    end = box.take("proc") + box.take("end")
    if end:
        out.append(("extra", _join(end)))
    return out


PORTAL_Q = [
    ("Buenas tardes doctora, mañana tengo la simulación a las 8. ¿Tengo que tomar el contraste en la casa o allá?",
     "Good afternoon doctor, tomorrow I have the simulation at 8. Do I drink the contrast at home or there?"),
    ("Hola, mi mamá tiene su cita de simulación el martes pero no tenemos quien la lleve. ¿Se puede cambiar?",
     "Hi, my mom has her simulation appointment Tuesday but we have no one to drive her. Can it be changed?"),
    ("¿La simulación es la misma cosa que el tratamiento? Me dijeron que me van a poner contraste en la vena y me da miedo.",
     "Is the simulation the same as the treatment? They told me they'll put contrast in my vein and I'm scared."),
    ("Ayer me hicieron la simulación con el contraste y hoy amanecí con ronchas en los brazos. ¿Es normal?",
     "Yesterday they did my simulation with the contrast and today I woke up with hives on my arms. Is that normal?"),
    ("Doctor, ¿cuánto me van a cobrar por la simulación? No tengo seguro.",
     "Doctor, how much will the simulation cost? I don't have insurance."),
    ("Good morning. Can I eat before my CT sim? And do I need a full bladder again like last time?",
     None),
    ("Se me están borrando las rayitas que me pusieron en la simulación, ¿qué hago?",
     "The little marks they put on me at the simulation are fading, what do I do?"),
]
PORTAL_A = [
    "Hola {sr}. Por favor tome el contraste oral (la botella que le dimos) una hora antes de su cita y llegue 30 minutos antes. "
    "[Translation: please drink the oral contrast one hour before the appointment and arrive 30 min early.] - {rn}",
    "Buenos días. Sí podemos cambiar la cita. Le llamamos con la nueva fecha; el transporte del condado puede recogerla. - {nav}",
    "Entendemos. La simulación es una tomografía para planear; el contraste en la vena es rápido y la enfermera estará con usted. "
    "(Sim is a planning CT; IV contrast is quick.) - {rn}",
    "Gracias por avisar. Tome Benadryl 25 mg y llámenos si tiene problemas para respirar; el doctor lo va a revisar. "
    "Dr. {att} notified; allergy list to be updated. - {rn}",
    "Le paso su pregunta a la consejera financiera; usted ya está en el programa de caridad del condado. - {nav}",
    "Yes you can eat a light breakfast. Full bladder: drink 16 oz of water 45 min before. The team will tell you if contrast is needed. - {rn}",
    "No se preocupe; venga a la clínica y las terapeutas las remarcan. Son tatuajes permanentes pero muy pequeños. - {rtt}",
]


def portal(ctx: Ctx, names: list[str]) -> Sections:
    box = Traps(ctx, names)
    i = ctx.rng.randrange(len(PORTAL_Q))
    q, gloss = PORTAL_Q[i]
    a = PORTAL_A[i].format(sr=ctx.sr, rn=ctx.rn.split(",")[0], nav=ctx.nav.split(",")[0], att=ctx.att_short, rtt=ctx.rtt.split(",")[0])
    out: Sections = []
    out.append(("header", ctx.pick(["Patient Portal Message", "MyRCCMC message thread", "Portal - Patient Medical Advice Request", "Mensaje del portal"])))
    out.append(("from", f"From: patient{' (written by ' + ctx.rel_en + ')' if ctx.chance(0.4) else ''}  Sent: {ctx.date()} {ctx.time()}"))
    out.append(("subject", "Subject: " + ctx.pick(["simulación", "pregunta", "cita", "contraste", "Question about sim", "ayuda"])))
    out.append(("msg", q + (f"\n[auto-translation: {gloss}]" if gloss and ctx.chance(0.6) else "")))
    out.append(("reply", f"Reply {ctx.date(1)} {ctx.time()}:\n{a}"))
    if i == 3:
        box.record("patient_reported_sim")
    else:
        box.record("portal_prep")
    extra = box.take_all()
    if extra:
        out.append(("staff_note", "Staff note: " + _join(extra)))
    if ctx.chance(0.5):
        out.append(("routing", ctx.pick(["Routed to: RAD ONC NURSING POOL", f"cc: {ctx.att}", "Encounter closed."])))
    return out


def financial(ctx: Ctx, names: list[str]) -> Sections:
    box = Traps(ctx, names)
    out: Sections = []
    out.append(("header", ctx.pick(["FINANCIAL COUNSELING NOTE", "Charity Care / Financial Assistance Screening", "Patient Financial Services - note",
                                    "Consejería financiera"])))
    out.append(("who", f"Met with patient{' and ' + ctx.his + ' ' + ctx.rel_en if ctx.chance(0.6) else ''} in person; interpreter #{ctx.interp}." if ctx.chance(0.7)
                else f"Phone call with {ctx.rel_en} (Spanish, interpreter #{ctx.interp})."))
    cov = ctx.pick(["Uninsured. Screened for county charity care: household of {h}, income ~${inc}/mo -> qualifies for 100% discount pending documents.",
                    "Emergency Medicaid application submitted {d}; pending. Radiation services covered retroactively if approved.",
                    "Has marketplace plan with $6,500 deductible; enrolled in hospital payment plan.",
                    "Not eligible for Medicaid (status); county indigent program approved through {d2}."])
    cov = cov.format(h=ctx.rng.randint(2, 7), inc=ctx.rng.randint(900, 2600), d=ctx.date(-4), d2=ctx.date(120))
    out.append(("coverage", cov))
    sched = ctx.pick([
        f"Upcoming: CT simulation {ctx.date(3)} (complex simulation, CPT 77290 estimate given), treatment planning, ~{ctx.rng.randint(5, 35)} fractions.",
        f"Scheduled services reviewed: simulation with contrast on {ctx.date(4)}, then daily treatment x{ctx.rng.randint(5, 33)}.",
        f"Pt asked about cost of the simulación on {ctx.date(2)} and of brachytherapy sessions; estimate letter (Spanish) provided.",
        f"Pre-service estimate for sim ({ctx.date(5)}) + IMRT planning + treatment sent to patient.",
    ])
    out.append(("scheduled", sched))
    box.record("scheduled_sim")
    if "77290" in sched:
        box.record("cpt_code_mention")
    out.append(("docs", ctx.pick(["Documents needed: proof of residency in Rio Colorado County (utility bill), 30 days of pay stubs, ID.",
                                  "Documents received: matrícula consular, lease, employer letter.", "Pending: income attestation (self-employed, cash)."])))
    extra = box.take_all()
    if extra:
        out.append(("notes", _join(extra)))
    out.append(("sig", ctx.counselor))
    return out


def transfer_summary(ctx: Ctx, names: list[str]) -> Sections:
    box = Traps(ctx, names)
    pages = ctx.rng.randint(3, 9)
    out: Sections = []
    out.append(("fax", f"*** RECEIVED VIA FAX {ctx.date()} {ctx.time()} FROM {ctx.outside.upper()} *** Page 1 of {pages}"))
    out.append(("title", ctx.pick(["TRANSFER SUMMARY / RESUMEN DE TRASLADO", "Radiation Oncology Treatment Summary (outside)", "Outside records - rad onc"])))
    fx = ctx.rng.randint(2, 20)
    sim = ctx.pick([
        f"Simulation {ctx.date(-30)} at {ctx.outside_short}: CT simulation with IV contrast, MRI fusion; VMAT plan; 3 treatment areas.",
        f"Simulación {ctx.date(-28)}: TAC con contraste oral, campos con bloques personalizados; 2 áreas.",
        f"Sim ({ctx.date(-25)}): 4DCT, PET fusion, arcs. Treated {fx} fx before transfer.",
        f"CT sim {ctx.date(-31)} - contrast given; custom cutout made for the boost; 1 area.",
    ])
    out.append(("outside_sim", sim + f" Fractions delivered: {fx}."))
    box.record("outside_sim_historical")
    out.append(("outside_dx", "Dx: " + ctx.dx))
    out.append(("intake", ctx.pick([f"RCCMC intake ({ctx.att_short}): records reviewed; DICOM requested; re-simulation here planned for {ctx.date(3)}.",
                                    "Reviewed by our team: plan cannot be imported; will re-simulate.",
                                    f"Nurse navigator: pt arrived at our clinic {ctx.date()}; outside films on CD (unreadable). Re-sim to be scheduled."])))
    extra = box.take_all()
    if extra:
        out.append(("notes", _join(extra)))
    out.append(("footer", f"--- end of page {pages} ---" if ctx.chance(0.6) else "CONFIDENTIAL - if received in error call the sender."))
    return out


def noshow(ctx: Ctx, names: list[str]) -> Sections:
    box = Traps(ctx, names)
    st = ctx.plan.style
    reason = ctx.pick(["no ride (county van full)", "stuck at the port of entry for 3 hours", "admitted to an outside hospital overnight",
                       "thought the appointment was next week", "had to work (harvest)", "child sick at home", "phone disconnected - no contact"])
    new = ctx.date(ctx.rng.randint(2, 8))
    out: Sections = []
    if st == "smarttext":
        out += [("title", "MISSED APPOINTMENT / NO-SHOW"), ("appt", f"Appointment: CT SIMULATION {ctx.date()} {ctx.time()}"),
                ("attempts", "Contact attempts: " + ctx.pick(["2 (VM left in Spanish)", "{NUMBER:30001}", "1 - reached family"])),
                ("reason", "Reason: " + reason), ("resched", "Rescheduled: " + ctx.pick([new, "***"])),
                ("orders", "Orders remain active: " + ctx.pick(["CT sim w/ IV contrast", "sim + MRI fusion", "***", "oral contrast prep"]))]
    elif st == "rtt_terse":
        out += [("title", "NO SHOW - sim"), ("body", f"pt no show for sim {ctx.time()}. called x2, {reason}. resched {new}. contrast prep re-sent.")]
    else:
        out += [("title", ctx.pick(["RN note - missed simulation", "No-show: simulation", "Nursing phone note"])),
                ("body", f"Patient did not arrive for CT simulation scheduled today at {ctx.time()}. Called via interpreter line #{ctx.interp}; "
                         f"spoke with {ctx.his} {ctx.rel_en} - {reason}. Simulation rescheduled to {new}. Reminded about the contraste oral prep and full bladder.")]
    box.record("noshow")
    extra = box.take_all()
    if extra:
        out.append(("notes", _join(extra)))
    out.append(("sig", ctx.pick([ctx.rn, ctx.rtt, ctx.nav])))
    return out


OTV_SX = {
    "gyn": ["diarrhea 3x/day, on loperamide.", "dysuria, UA sent.", "vaginal discharge, using sitz baths.", "fatigue, still cooking for the family."],
    "head_neck": ["odynophagia 5/10, using magic mouthwash.", "thick saliva, taste changes.", "weight down 3 kg since start.", "skin pink in the neck folds."],
    "breast": ["skin pink, itchy in the inframammary fold.", "fatigue, working half days.", "mild breast swelling."],
    "prostate": ["nocturia x3, urgency.", "loose stools 2x/day.", "no complaints."],
    "chest": ["esophagitis, using sucralfate.", "cough unchanged.", "fatigue.", "dysphagia to solids, soft diet."],
    "brain": ["fatigue, mild headache.", "alopecia starting.", "word-finding stable."],
    "pain": ["pain improved from 8 to 4.", "nausea after fx, ondansetron helps.", "sleeping better."],
    "abd": ["diarrhea, on loperamide.", "nausea, ondansetron PRN.", "appetite poor."],
    "lymphoma": ["mild sore throat.", "fatigue.", "no complaints."],
    "skin": ["moist desquamation small area, silver sulfadiazine.", "crusting, no pain.", "no complaints."],
    "peds": ["eating less, mother worried.", "tolerating daily anesthesia.", "mild skin redness."],
}
OTV_KEY = {"gyn_brachy": "gyn", "gyn_ebrt": "gyn", "head_neck": "head_neck", "breast": "breast", "prostate": "prostate", "lung": "chest",
           "esophagus": "chest", "whole_brain": "brain", "srs": "brain", "bone_mets": "pain", "palliative": "pain", "rectum": "abd",
           "pancreas": "abd", "lymphoma": "lymphoma", "skin": "skin", "peds": "peds"}


def _fractions(ctx: Ctx) -> int:
    import re
    m = re.search(r"(?:/| x)(\d+)", ctx.dose)
    return int(m.group(1)) if m else 25


def otv(ctx: Ctx, names: list[str]) -> Sections:
    box = Traps(ctx, names)
    st = ctx.plan.style
    tot = _fractions(ctx)
    fx = ctx.rng.randint(1, max(1, tot - 1))
    out: Sections = []
    out.append(("header", ctx.pick([f"OTV - week {max(1, fx // 5)}", "On-Treatment Visit", "Weekly management visit", "Visita semanal (OTV)"])))
    out.append(("fx", ctx.pick([f"Fx {fx}/{tot} ({ctx.dose}).", f"Fraction {fx} of {tot}; Rx {ctx.dose}.", f"{fx}/{tot} fx done."])))
    if st in ("interpreter", "bilingual"):
        out.append(("interp", FL.interp_line(ctx) + " " + FL.quote(ctx)))
    out.append(("subj", ctx.pick(["S: ", "Interval: ", "Síntomas: " if st == "bilingual" else "Sx: "]) + ctx.pick(
        OTV_SX[OTV_KEY[ctx.plan.site]] + ["cansancio, pero sigue trabajando medio día." if ctx.plan.site != "peds" else "se cansa mucho."])))
    hist = ctx.pick([
        f"Sim {ctx.date(-fx - 7)} was done with {_sim_recap(ctx)}.",
        f"(From sim note {ctx.date(-fx - 9)}: {_sim_recap(ctx)}.)",
        "Simulation documentation reviewed - set-up stable on CBCT.",
        "Re-sim considered for weight loss; not needed yet.",
    ])
    out.append(("course", hist))
    box.record("nonsim_history")
    out.append(("exam", "O: " + FL.exam(ctx)))
    out.append(("plan", "A/P: " + ctx.pick(["Continue as planned.", "Continue; nutrition referral.", "Continue; add ondansetron.", "Tx break not needed."])
                + " " + _join(box.take("plan"))))
    extra = box.take("hist") + box.take("proc") + box.take("end")
    if extra:
        out.append(("notes", _join(extra)))
    if st == "resident_attest":
        out.append(("attestation", f"-- {ctx.res}\nAttending: seen and agree. {ctx.att_short}"))
    else:
        out.append(("sig", FL.sig_att(ctx)))
    return out


def summary(ctx: Ctx, names: list[str]) -> Sections:
    box = Traps(ctx, names)
    st = ctx.plan.style
    out: Sections = []
    out.append(("header", ctx.pick(["RADIATION TREATMENT SUMMARY", "End of Treatment Summary", "Resumen de tratamiento / Treatment summary"])))
    out.append(("dx", "Diagnosis: " + ctx.dx))
    course = [f"Simulation: {ctx.date(-50)}, {_sim_recap(ctx)}.", f"Sim {ctx.date(-45)} ({_sim_recap(ctx)}).",
              f"CT sim {ctx.date(-40)}: {_sim_recap(ctx)}."]
    if ctx.plan.site in ("gyn_brachy", "gyn_ebrt"):
        course.append(f"Course: EBRT 45 Gy/25 (sim {ctx.date(-70)} with {_sim_recap(ctx)}) then HDR T&R x4, CT after each insertion, one MRI.")
    if ctx.plan.site == "skin":
        course.append(f"Clinical set-up {ctx.date(-30)}, 6 MeV electrons with a custom cutout.")
    out.append(("course", ctx.pick(course)))
    box.record("nonsim_history")
    if st == "long":
        out.extend(LT.history_block(ctx)[:4])
        out.extend(LT.paragraphs(ctx)[:5])
    out.append(("dose", f"Dose delivered: {ctx.dose}, {ctx.pick(['completed as planned', 'one 3-day break for mucositis', 'stopped early at patient request'])}."))
    tox = {"head_neck": ["grade 3 mucositis, PEG placed", "grade 2 dermatitis and dysgeusia"], "gyn": ["grade 2 diarrhea", "grade 1 cystitis"],
           "abd": ["grade 2 nausea", "grade 2 diarrhea"], "chest": ["grade 2 esophagitis", "grade 1 cough"], "skin": ["grade 2 moist desquamation, healed"],
           "breast": ["grade 2 dermatitis in the fold", "grade 1 fatigue"], "peds": ["grade 1 fatigue", "grade 2 dermatitis"]}.get(OTV_KEY[ctx.plan.site], ["grade 1 fatigue"])
    out.append(("tox", "Toxicity: " + ctx.pick([*tox, "minimal"])))
    out.append(("fu", ctx.pick([f"Follow-up in 6 weeks with {ctx.pick(['PET/CT', 'MRI pelvis', 'exam', 'PSA'])}.", "F/u 3 months; survivorship care plan given in Spanish.",
                                "Return in 1 month; navigator to coordinate."]) + " " + _join(box.take("plan"))))
    extra = box.take("hist") + box.take("proc") + box.take("end")
    if extra:
        out.append(("notes", _join(extra)))
    out.append(("sig", FL.sig_att(ctx)))
    return out


def education(ctx: Ctx, names: list[str]) -> Sections:
    box = Traps(ctx, names)
    st = ctx.plan.style
    out: Sections = []
    out.append(("header", ctx.pick(["Pre-simulation teaching (RN)", "PATIENT EDUCATION - simulation prep", "Educación pre-simulación"])))
    if st == "interpreter":
        out.append(("interp", FL.interp_line(ctx)))
    site = ctx.plan.site
    pool = ["Wear comfortable clothes; no lotion on the skin.", "Small permanent tattoos will be placed ('rayitas').",
            "Expect about 45-60 minutes on the table.", "Bring the list of medicines and the outside CD/MRI if any."]
    if site in ("gyn_ebrt", "gyn_brachy", "prostate", "rectum"):
        pool += ["Full bladder: drink 16 oz water 45 min before and do not empty.", "Empty bowels the morning of simulation; enema kit given."]
    if "oral" in ctx.site["routes"]:
        pool.append("Drink the contraste oral (bottle provided) 60 minutes before arrival.")
    if "IV" in ctx.site["routes"]:
        pool.append("An IV may be placed for contrast; tell staff about allergies and metformin.")
    if site in ("head_neck", "whole_brain", "srs"):
        pool.append("A mesh mask will be molded to the face; it feels warm and tight for a few minutes.")
    if site == "peds":
        pool = ["Nothing to eat after midnight (anesthesia); clear liquids until 2 h before.", "Bring a favorite blanket or toy.", "A parent can stay until the child is asleep.", *pool[:2]]
    if site == "gyn_brachy":
        pool += ["Nothing to eat after midnight before the insertion (sedation).", "A driver is required after the procedure."]
    steps = ctx.shuffled(pool)[: ctx.rng.randint(3, min(6, len(pool)))]
    out.append(("teach", "Reviewed:\n" + "\n".join(f"- {s}" for s in steps)))
    out.append(("understanding", ctx.pick(["Teach-back successful.", f"{ctx.rel_en.capitalize()} wrote instructions down.", "Written instructions in Spanish given. " + FL.quote(ctx)])))
    out.append(("appt", f"Simulation scheduled {ctx.date(ctx.rng.randint(1, 6))} {ctx.time()}."))
    box.record("prep_instructions")
    extra = box.take_all()
    if extra:
        out.append(("notes", _join(extra)))
    out.append(("sig", ctx.rn))
    return out
