"""Document composers: simulation documents, non-simulation documents, and layouts by style."""

from __future__ import annotations

import random
import re

from writer_q import filler
from writer_q.evidence import (
    FEATURE_ORDER,
    Ctx,
    areas_text,
    bare_text,
    feature_text,
    modality_text,
    rationale_text,
    trap_allergy,
    trap_blank_feature,
    trap_bolus,
    trap_charge,
    trap_copy_forward,
    trap_historical,
    trap_historical_contrast,
    trap_immob,
    trap_many_beams,
    trap_mlc,
    trap_negated_feature,
    trap_negated_modality,
    trap_other_person,
    trap_planned_feature,
    trap_planned_modality,
)
from writer_q.markup import strip_markup
from writer_q.vocab import (
    CAMPUSES,
    DOSIMETRISTS,
    INSTITUTE,
    INTERPRETERS,
    NURSES,
    PHYSICIANS,
    PHYSICISTS,
    PROTON_PARTNER,
    SCRIBES,
    SPANISH_GLOSS,
    SPANISH_QUOTES,
    THERAPISTS,
)

Section = tuple[str, str, list[str]]
WORD = re.compile(r"[a-z0-9]+(?:['/][a-z0-9]+)*")

TITLES = {
    "sim_note": ["Radiation Oncology Simulation Note", "Physician Simulation Note", "Simulation - Attending Note",
                 "CT Simulation (physician)"],
    "ct_sim_procedure": ["CT Simulation Procedure Note", "CT-Sim Therapist Record", "Simulation Procedure - RTT"],
    "mr_sim": ["MR Simulation Note", "MRI Simulation Procedure", "MR-Sim Record"],
    "sim_4dct": ["4DCT Simulation Note", "Respiratory-Correlated CT Simulation", "4D CT Sim Procedure"],
    "srs_sbrt": ["SRS Simulation Note", "SBRT Simulation Procedure", "Stereotactic Simulation Note"],
    "hdr_applicator": ["HDR Brachytherapy Applicator Procedure", "HDR Insertion and Verification Note",
                       "Brachytherapy Procedure Note"],
    "electron_setup": ["Electron Clinical Set-up", "Electron Set-up Note", "Clinical Mark-up, Electrons"],
    "palliative_same_day": ["Same-day Palliative Simulation", "Urgent Palliative Set-up", "Palliative Sim & Start"],
    "resim": ["Re-simulation Note", "Repeat CT Simulation", "Re-Sim for Replan"],
    "order_procedure": ["Simulation Order and Procedure Record", "Sim Order / Procedure", "CT Sim Request + Record"],
    "blank_template": ["Simulation Note (template)", "CT Simulation Procedure Note", "Sim Worksheet"],
    "aborted_sim": ["Simulation - Not Completed", "CT Simulation Procedure Note", "Sim Attempt"],
    "consult": ["Radiation Oncology Consultation", "New Patient Consult", "Initial Consultation"],
    "otv": ["On-Treatment Visit", "Weekly OTV", "Weekly Management Note"],
    "treatment_summary": ["Radiation Treatment Summary", "End of Treatment Summary", "Completion Summary"],
    "follow_up": ["Follow-up Visit", "Post-Treatment Follow-up", "Survivorship Follow-up"],
    "telehealth": ["Telehealth Visit (video)", "Telephone Visit", "Virtual Consult"],
    "portal_message": ["Patient Portal Message", "MyChart-style Message Thread", "Patient Message"],
    "prior_auth": ["Prior Authorization Request", "Letter of Medical Necessity", "Payer Peer-to-Peer Summary"],
    "physics_check": ["Physics Weekly Chart Check", "Initial Physics Chart Review", "Physics Plan Check"],
}
AMBIENT_NOTE = [
    "This note was generated with the assistance of ambient AI ({scribe}) and reviewed by {doc}.",
    "Drafted by {scribe} from the recorded visit; edited and signed by {doc}.",
    "Ambient documentation used with patient consent. Reviewed for accuracy by {doc}.",
    "Portions of this note were machine-generated from the visit audio ({scribe}); {doc} reviewed and edited it.",
]
SIM_TYPES = {"sim_note", "ct_sim_procedure", "mr_sim", "sim_4dct", "srs_sbrt", "hdr_applicator", "electron_setup",
             "palliative_same_day", "resim", "order_procedure"}


def _cap(s: str) -> str:
    return s[0].upper() + s[1:] if s and s[0].islower() else s


def header(ctx: Ctx, title: str) -> tuple[str, str]:
    """A header block (plain text) and its skeleton key."""
    r = ctx.rng
    doc = r.choice(PHYSICIANS)
    campus = r.choice(CAMPUSES)
    d = ctx.date()
    variants = [
        ("hA", f"{INSTITUTE} | {campus}\n{title}\nPatient: [redacted]   MRN: XXXXX   DOS: {d}\nProvider: {doc}"),
        ("hB", f"{title} - {campus}\nDate of service: {d}\nPt: [redacted] (DOB XX/XX/XXXX)"),
        ("hC", f"Encounter type: {title}\nLocation: {campus}\nAttending: {doc}\nAcct # XXXXX-{r.randint(10, 99)}"),
        ("hD", f"{d}  {title}"),
        ("hE", f"*** {title.upper()} ***\n{INSTITUTE}, {campus.split(' campus')[0]}\nName: [redacted]  DOS {d}"),
    ]
    return r.choice(variants)


def signature(ctx: Ctx, kind: str) -> tuple[str, str]:
    """A signature line (plain) and its key."""
    r = ctx.rng
    who = {"therapist": THERAPISTS, "physics": PHYSICISTS, "nurse": NURSES, "dosimetry": DOSIMETRISTS}.get(
        kind, PHYSICIANS)
    person = r.choice(who)
    t = f"{r.randint(7, 17):02d}:{r.randint(0, 59):02d}"
    opts = [("sigA", f"Electronically signed by {person} on {ctx.date()} at {t}."), ("sigB", f"-- {person}"),
            ("sigC", f"Signed: {person}. Dictated, not proofread."), ("sigD", f"{person} / {ctx.date()} {t}")]
    return r.choice(opts)


def interpreter(ctx: Ctx) -> str:
    """Interpreter line."""
    r = ctx.rng
    lang = r.choice(INTERPRETERS)
    return r.choice([f"Interpreter used: {lang}, ID #{r.randint(10000, 99999)} ({r.choice(['video', 'in person'])}).",
                     f"Visit conducted with a certified {lang} interpreter (#{r.randint(1000, 9999)}).",
                     f"{lang}-speaking; interpreter ID {r.randint(100000, 999999)} present throughout."])


def spanish_quote(ctx: Ctx) -> str:
    """A patient quote in Spanish with a gloss."""
    i = ctx.rng.randrange(len(SPANISH_QUOTES))
    return ctx.rng.choice(['Patient: "{q}" ({g}).', 'Pt stated "{q}" - {g}.', 'In her/his words: "{q}"']).format(
        q=SPANISH_QUOTES[i], g=SPANISH_GLOSS[i])


def english_quote(ctx: Ctx) -> str:
    """A transcript-like English quote."""
    return ctx.rng.choice(['Patient: "Is the mask going to be tight again?"', 'Patient: "I can do the mornings, '
                           'I just need to be back by noon."', 'Patient: "Will I be radioactive around my grandkids?"',
                           'Spouse: "She has been sleeping a lot more."', 'Patient: "The heat is the worst part of '
                           'the drive."', 'Patient: "Okay, so the tattoos are tiny dots, right?"'])


def other_feats(ctx: Ctx) -> list[str]:
    """Features the plan does not have (safe to negate, plan or leave blank)."""
    pool = [f for f in FEATURE_ORDER if f not in ctx.plan.features]
    ctx.rng.shuffle(pool)
    return pool


def other_mods(ctx: Ctx) -> list[str]:
    """Non-CT modalities the plan does not have."""
    pool = [m for m in ["MRI", "PET", "fluoroscopy", "ultrasound"] if m not in ctx.plan.modalities]
    ctx.rng.shuffle(pool)
    return pool


# --------------------------------------------------------------------------------------------- traps -> text
def trap_items(ctx: Ctx) -> dict[str, list[str]]:
    """Plain trap text by destination section: history, body, plan, addendum."""
    p, r = ctx.plan, ctx.rng
    out: dict[str, list[str]] = {"history": [], "body": [], "plan": [], "addendum": [], "order": []}
    of = other_feats(ctx)
    om = other_mods(ctx)
    for t in p.traps:
        if t == "historical_imaging":
            out["history"].append(trap_historical(ctx))
        elif t == "historical_contrast":
            out["history"].append(trap_historical_contrast(ctx))
        elif t == "negated_feature":
            out["body"].append(trap_negated_feature(ctx, of[0]))
        elif t == "planned_feature":
            out["plan"].append(trap_planned_feature(ctx, of[-1]))
        elif t == "blank_template":
            out["body"].append(trap_blank_feature(ctx, of[1 % len(of)]))
        elif t == "planned_modality" and om:
            out["plan"].append(trap_planned_modality(ctx, om[0]))
        elif t == "negated_modality" and om:
            out["body"].append(trap_negated_modality(ctx, om[-1]))
        elif t == "many_beams":
            out["body"].append(trap_many_beams(ctx))
        elif t == "other_person":
            out["history"].append(trap_other_person(ctx))
        elif t == "copy_forward":
            out["history"].append(trap_copy_forward(ctx, of[:2]))
        elif t == "bolus":
            out["body"].append(trap_bolus(ctx))
        elif t == "mlc_only":
            out["body"].append(trap_mlc(ctx))
        elif t == "custom_immobilization":
            out["body"].append(trap_immob(ctx))
        elif t == "contrast_allergy":
            out["history"].append(trap_allergy(ctx))
        elif t == "charge_line":
            out["addendum"].append(trap_charge(ctx))
        elif t == "bare_assertion":
            out["body"].append(bare_text(ctx))
        elif t == "prior_site_passing":
            out["history"].append(r.choice(["Prior course to {s} is not part of this plan.",
                                            "Previously treated {s}; that area is not being retreated."]).format(
                s=r.choice(["the left chest wall in 2018", "the T-spine in 2020", "the right hip in 2019"])))
        elif t == "addendum_retract_feature":
            f = of[0]
            out["body"].append({"contrast": "IV contrast given.", "arc_rotational": "VMAT technique.",
                                "particle": "Proton plan.", "custom_shielding": "Custom block made.",
                                "complex_blocking": "Complex blocking.", "brachytherapy": "Applicator verified.",
                                "hyperthermia": "Hyperthermia probe verified."}[f])
            out["addendum"].append(r.choice(["Addendum: correction - {x} was not actually done; the note above "
                                             "is wrong on this point.", "ADDENDUM {d}: {x} did not occur, please "
                                             "disregard that line."]).format(x=_named(f), d=ctx.date()))
        elif t == "addendum_retract_modality" and [x for x in om if x in {"MRI", "PET"}]:
            m = next(x for x in om if x in {"MRI", "PET"})
            out["body"].append(f"{m} fused for planning.")
            out["addendum"].append(f"Addendum: the {m} was not fused after all (images unusable); disregard above.")
        elif t == "order_not_done":
            f = of[0]
            m = om[0] if om else "MRI"
            out["order"].extend([f"Ordered: {_named(f)}", f"Ordered: {m} fusion"])
            out["body"].append(r.choice([f"{_named(f)} and {m} fusion were ordered but not done today.",
                                         f"Per discussion, no {_named(f)}; {m} fusion not performed."]))
    return out


def _named(f: str) -> str:
    return {"contrast": "IV contrast", "arc_rotational": "VMAT", "particle": "proton therapy",
            "custom_shielding": "custom Cerrobend block", "complex_blocking": "complex blocking",
            "brachytherapy": "applicator verification", "hyperthermia": "hyperthermia probe"}[f]


# --------------------------------------------------------------------------------------------- simulation
def sim_sections(ctx: Ctx, fieldish: bool) -> list[Section]:
    """Sections for a simulation document (evidence placed per plan and traps)."""
    p, r = ctx.plan, ctx.rng
    tr = trap_items(ctx)
    secs: list[Section] = []
    ambient = p.style.startswith("ambient")
    if (ambient or r.random() < 0.15) and r.random() < 0.5:
        secs.append(("interp", "Interpreter", [interpreter(ctx)]))
    hist = filler.hpi(ctx) + tr["history"]
    if p.note_type == "resim":
        hist.insert(1, r.choice(["Returns for re-simulation because of weight loss and mask fit.",
                                 "Re-sim needed after interval tumor shrinkage.",
                                 "Re-simulation for replanning after a set-up shift."]))
    if ambient and r.random() < 0.6:
        hist.append(spanish_quote(ctx) if r.random() < 0.5 else english_quote(ctx))
    secs.append(("hpi", r.choice(["Indication", "History", "Subjective", "Clinical summary", "Diagnosis"]), hist))
    if p.note_type == "order_procedure":
        order = [f"Order: CT simulation, {ctx.fill(r.choice(ctx.site['imm']))}"]  # type: ignore[arg-type]
        order += tr["order"] + [r.choice(["Priority: routine", "Priority: urgent", "Requested by: " +
                                          r.choice(PHYSICIANS)])]
        secs.append(("order", r.choice(["Simulation order", "ORDER", "Order details"]), order))
    # procedure
    proc: list[str] = []
    if p.note_type == "hdr_applicator":
        proc.append(r.choice(["Time-out performed.", "Consent confirmed, time-out done.", "Universal protocol "
                              "followed."]))
        proc.append(r.choice(["Applicator inserted under sedation.", "Catheters placed under spinal anesthesia.",
                              "Insertion under conscious sedation without complication."]))
    imm = ctx.fill(r.choice(ctx.site["imm"]))  # type: ignore[arg-type]
    proc.append(r.choice([f"Positioned {r.choice(['supine', 'prone', 'supine, arms up'])} with {imm}.",
                          f"Set-up: {imm}.", f"Immobilization: {imm}."]))
    for m in p.modalities:
        proc.append(modality_text(ctx, m))
    if p.four_d and "CT" not in p.modalities:
        raise ValueError("4DCT without CT")
    body_feats = list(p.features)
    if "addendum_add_feature" in p.traps or "scribe_add_feature" in p.traps:
        late = body_feats.pop(0)
        neg = trap_negated_feature(ctx, late)
        proc.append(neg)
    tech: list[str] = [feature_text(ctx, f) for f in body_feats]
    tech += tr["body"]
    r.shuffle(tech)
    area_items: list[str] = []
    if p.area_count is not None and "addendum_count_fix" not in p.traps:
        area_items.append(areas_text(ctx, fieldish))
    elif "addendum_count_fix" in p.traps:
        wrong = (p.area_count or 2) - 1 or 2
        area_items.append(f"{r.choice(['Treatment areas', 'Areas'])}: {wrong} (see addendum).")
    if p.area_count is None:
        proc.append(r.choice(["Sites: see plan.", "Multiple areas per the treatment plan.",
                              "Target(s) as contoured by the physician.", "Areas: per dosimetry, not listed here."]))
    proc.append(r.choice(["Marks placed and tattooed.", "Three tattoos placed.", "BBs and tattoos at isocenter.",
                          "Reference marks on the mask.", "Skin marks with permanent ink."]))
    secs.append(("proc", r.choice(["Procedure", "Simulation", "Simulation details", "Objective", "Today"]), proc))
    if area_items:
        secs.append(("areas", r.choice(["Treatment areas", "Volumes", "Targets", "Isocenter/areas"]), area_items))
    if tech:
        secs.append(("tech", r.choice(["Technique", "Special considerations", "Planning notes", "Details"]), tech))
    rat: list[str] = []
    if p.rationale:
        rat.append(rationale_text(ctx, fieldish))
    if p.bare and "bare_assertion" not in p.traps:
        rat.append(bare_text(ctx))
    if rat:
        secs.insert(r.randint(1, len(secs)), ("rat", r.choice(["Assessment", "Physician assessment",
                                                                "Clinical reasoning", "Impression"]), rat))
    plan = tr["plan"] + r.sample(["Dosimetry to contour and plan.", "Physics QA before start.",
                                  "Target start date next week.", "Will review the plan with the patient.",
                                  "Chemo coordination with medical oncology."], r.randint(1, 3))
    if p.site in {"prostate", "rectum", "bladder", "cervix", "anal"} and r.random() < 0.4:
        plan.append("Bladder filling instructions reviewed.")
    secs.append(("plan", r.choice(["Plan", "Next steps", "Disposition"]), plan))
    add: list[str] = []
    if "addendum_add_feature" in p.traps:
        f = p.features[0]
        add.append(r.choice(["Addendum {d}: correction - ", "ADDENDUM: ", "Late entry {d}: "]).format(d=ctx.date())
                   + feature_text(ctx, f))
    if "scribe_add_feature" in p.traps:
        doc = r.choice(PHYSICIANS).replace("Dr. ", "Dr ")
        add.append(f"[edited by {doc}: the scribe draft said otherwise; correct version follows] " +
                   feature_text(ctx, p.features[0]))
    if "addendum_count_fix" in p.traps:
        n = p.area_count or 1
        from writer_q.evidence import count_token
        c = count_token(p, r)
        noun = "treatment area" if n == 1 else "treatment areas"
        add.append(r.choice([f"Addendum: the area count above is wrong; the correct count is {c} {noun}.",
                             f"ADDENDUM {ctx.date()}: correct number of treatment areas is {c}."]))
        if n < 1:
            raise ValueError("bad count")
    if "scribe_retract" in p.traps:
        f = other_feats(ctx)[0]
        doc = r.choice(PHYSICIANS).replace("Dr. ", "Dr ")
        secs[-2][2].append(f"Scribe draft: {_named(f)} used.")
        add.append(f"[edited by {doc}: {_named(f)} was not used - the ambient draft misheard this.]")
    add += tr["addendum"]
    if add:
        secs.append(("add", r.choice(["Addendum", "Corrections", "Late entry"]), add))
    return secs


def aborted_sections(ctx: Ctx) -> list[Section]:
    """An aborted simulation: nothing counts."""
    r = ctx.rng
    f = r.choice(FEATURE_ORDER)
    why = r.choice(["severe claustrophobia in the mask", "uncontrolled pain on the table", "a full rectum despite "
                    "prep", "vomiting after the oral prep", "an IV that could not be placed", "a CT tube fault"])
    secs: list[Section] = [("hpi", "Indication", filler.hpi(ctx))]
    secs.append(("proc", "Attempt", [f"Simulation stopped before any images were acquired because of {why}.",
                                     f"Planned items ({_named(f)}, {r.choice(['MRI', 'PET/CT'])} fusion) not done.",
                                     r.choice(["Will reschedule.", "Will retry next week with premedication.",
                                               "Rebooked at the Casa Grande campus."])]))
    if r.random() < 0.5:
        secs.append(("plan", "Plan", [r.choice(["Complex simulation still indicated when rescheduled.",
                                                "Discussed anxiolytic before the next attempt."])]))
    return secs


def blank_sections(ctx: Ctx) -> list[Section]:
    """A template saved blank."""
    r = ctx.rng
    fields = ["Diagnosis: ___", "Treatment site(s): ___", "Number of areas: [ ] 1 [ ] 2 [ ] 3+",
              "Contrast: [ ] IV [ ] oral [ ] none", "Imaging: [ ] CT [ ] MRI fusion [ ] PET fusion",
              "Technique: [ ] 3D [ ] VMAT [ ] protons", "Custom blocks: ___", "Rationale for complex sim: ___",
              "Immobilization: ___", "Applicator: ___", "Therapist: ___", "Physician: ___"]
    chosen = [f for f in fields if r.random() < 0.75] or fields[:3]
    return [("blank", r.choice(["Template", "Simulation worksheet", "Fields"]), chosen)]


# --------------------------------------------------------------------------------------------- non-simulation
def nonsim_sections(ctx: Ctx) -> list[Section]:
    """A document that records no simulation: sites, techniques and imaging only as history or plans."""
    p, r = ctx.plan, ctx.rng
    tr = trap_items(ctx)
    nt = p.note_type
    site_names = [ctx.fill(r.choice(s)) for _, s in list(ctx.site["areas"])[: r.randint(1, 3)]]  # type: ignore
    names = {"arc_rotational": ["VMAT", "tomotherapy"], "particle": ["proton therapy"], "brachytherapy": [
        "HDR brachytherapy"], "custom_shielding": ["electrons with a custom cutout"], "contrast": ["IMRT"],
        "complex_blocking": ["electrons"], "hyperthermia": ["thermoradiotherapy"]}
    tech = r.choice(["IMRT", "3D conformal fields"] + [n for f in ctx.site["feats"] for n in names[f]])  # type: ignore
    secs: list[Section] = []
    if nt == "portal_message":
        msgs = [r.choice(["Patient: Hi, do I need to drink the contrast before my simulation on {d}?",
                          "Patient: My appointment for the CT planning scan - can I eat before?",
                          "Patient: Necesito cambiar mi cita de simulacion, por favor.",
                          "Family member: Will she need the MRI again before the radiation scan?"]).format(
                    d=ctx.date(-7)),
                r.choice(["Nurse reply: You will get instructions at check-in; the team will decide on contrast.",
                          "RN: Yes, light breakfast is fine. The therapists will explain everything that day.",
                          "Staff: Le llamamos para cambiar la cita. (We will call to reschedule.)",
                          "Reply: The doctor may use the MRI from last month for planning; no new MRI yet."])]
        notes = [r.choice(["Chart: ", "RN note: ", "(From chart) "]) + x for x in tr["history"] + tr["plan"]]
        secs.append(("thread", "Messages", msgs + notes))
        return secs
    if nt == "prior_auth":
        secs.append(("req", "Request", [f"Requesting authorization for radiation to the {join_plain(site_names)}.",
                                        f"Planned: CT simulation (77290) with {tech}, then treatment delivery.",
                                        "Simulation is scheduled for " + ctx.date(-10) + "."]))
        secs.append(("just", "Clinical justification", filler.hpi(ctx) + tr["history"]))
        secs.append(("plan", "Plan", tr["plan"] + ["We anticipate complex simulation given nearby organs."]))
        return secs
    if nt == "physics_check":
        secs.append(("chk", "Check", [f"Fraction {r.randint(3, 20)} of {r.randint(20, 35)} reviewed.",
                                      f"Plan: {tech} to the {join_plain(site_names)}; CBCT shifts within tolerance.",
                                      "MU second check within 2%.", "Record-and-verify parameters match."]))
        secs.append(("hist", "Notes", tr["history"] + tr["body"] + ["Simulation was on " + ctx.date(30) + "."]))
        return secs
    secs.append(("hpi", r.choice(["HPI", "History", "Subjective", "Interval history"]), filler.hpi(ctx)
                 + tr["history"]))
    if p.style.startswith("ambient") and r.random() < 0.7:
        secs.insert(0, ("interp", "Interpreter", [interpreter(ctx)]))
        secs[-1][2].append(spanish_quote(ctx) if r.random() < 0.6 else english_quote(ctx))
    if nt in {"consult", "telehealth"}:
        secs.append(("exam", "Exam", filler.exam(ctx) if nt == "consult" else ["Video exam: comfortable, "
                                                                              "speaking full sentences."]))
        secs.append(("ap", "Assessment and plan", [
            f"Recommend radiation to the {join_plain(site_names)}.",
            r.choice(["Will schedule CT simulation next week.", "Plan simulation after dental clearance.",
                      "Simulation to follow chemo cycle 2."]),
            r.choice([f"Anticipate {tech}.", f"{tech} will likely be needed.", f"May use {tech}."])]
            + tr["plan"] + tr["body"]))
    elif nt == "otv":
        secs.append(("tox", "Toxicity", [f"Fraction {r.randint(5, 25)}; {r.choice(filler.SYMPTOMS)} grade 1.",
                                         "Skin: faint erythema." if r.random() < 0.5 else "No new toxicity."]))
        secs.append(("ap", "Plan", [f"Continue {tech} to the {join_plain(site_names)}.", "CBCT reviewed."]
                     + tr["plan"] + tr["body"]))
    elif nt == "treatment_summary":
        secs.append(("course", "Course", [f"Completed {r.choice([20, 25, 28, 30, 5])} fractions to the "
                                          f"{join_plain(site_names)} using {tech}.",
                                          f"Simulation had been performed on {ctx.date(60)}.",
                                          "Tolerated treatment with expected fatigue."] + tr["body"]))
        secs.append(("fu", "Follow-up", ["Return in 6 weeks."] + tr["plan"]))
    else:
        secs.append(("interval", "Interval", filler.course(ctx, r.randint(1, 3))))
        secs.append(("ap", "Plan", [f"Previously treated {join_plain(site_names)} with {tech}.",
                                    r.choice(["Surveillance imaging in 3 months.", "Repeat PSA in 3 months.",
                                              "MRI in 2 months."])] + tr["plan"] + tr["body"]))
    return secs


def join_plain(items: list[str]) -> str:
    """Join plain words."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


# --------------------------------------------------------------------------------------------- layout
SOAP = {"interp": "S", "hpi": "S", "history": "S", "pmh": "S", "meds": "S", "social": "S", "ros": "S",
        "course": "S", "thread": "S", "order": "O", "proc": "O", "areas": "O", "tech": "O", "exam": "O",
        "labs": "O", "tox": "O", "chk": "O", "rat": "A", "plan": "A", "ap": "A", "fu": "A", "add": "Z",
        "counsel": "A", "logistics": "A", "interval": "S", "req": "S", "just": "S", "hist": "S", "blank": "O"}
FRAMES = ["We discussed that ", "I explained that ", "We reviewed that ", "Per the team, ", "As discussed today, "]
FRAMEABLE = ("The ", "This ", "Complex ", "Target ", "Dosimetry ", "Physics ", "Treatment ", "Chemo ")
def _frame(r: random.Random, i: str) -> str:
    if r.random() > 0.5:
        return i
    if i.startswith(("Reports", "Notes", "Has ")):
        return r.choice(["Patient ", "The patient "]) + i[0].lower() + i[1:]
    if i.startswith(FRAMEABLE):
        return r.choice(FRAMES) + i[0].lower() + i[1:]
    return i


EXTRA_KEYS = {"pmh", "meds", "social", "ros", "exam", "labs", "counsel", "logistics", "fhx", "ros2", "screen",
              "goals", "sidefx", "hpi2", "course", "allergy", "nutr", "visits", "medrec", "visits2"}
BULLETS = ["- ", "* ", "\u2022 ", "o ", "> "]


def _end(item: str) -> str:
    return item if item.endswith((".", "?", "!", ")", "]", '"')) else item + "."


def layout(sections: list[Section], style: str, ctx: Ctx) -> tuple[str, list[str]]:
    """Lay sections out as markup text in a style; returns the body and the skeleton keys in order."""
    r = ctx.rng
    keys: list[str] = []
    parts: list[str] = []
    if style == "ambient_soap":
        buckets: dict[str, list[str]] = {"S": [], "O": [], "A": [], "Z": []}
        bkeys: dict[str, list[str]] = {"S": [], "O": [], "A": [], "Z": []}
        for key, _title, items in sections:
            b = SOAP.get(key, "A")
            buckets[b].extend(items)
            bkeys[b].append(key)
        names = {"S": r.choice(["Subjective", "SUBJECTIVE", "Subjective:"]), "O": r.choice(["Objective",
                 "OBJECTIVE", "Objective / Procedure"]), "A": r.choice(["Assessment and Plan", "A/P",
                 "ASSESSMENT & PLAN"]), "Z": "Clinician edits"}
        for b in "SOAZ":
            if not buckets[b]:
                continue
            keys.append(b + "[" + ",".join(bkeys[b]) + "]")
            body = "\n".join(buckets[b]) if r.random() < 0.5 else " ".join(buckets[b])
            parts.append(f"{names[b].rstrip(':')}:\n{body}")
        return "\n\n".join(parts), keys
    mark = r.choice(BULLETS)
    for key, title, items in sections:
        keys.append(key)
        if not items:
            continue
        if key == "blank" or (style in {"template", "caps"} and r.random() < 0.8):
            parts.append(f"{title.upper() if r.random() < 0.5 else title}:\n" + "\n".join(items))
        elif style == "bullets":
            parts.append(f"{title}\n" + "\n".join(mark + i for i in items))
        elif style == "terse":
            parts.append(f"{title[:4].upper() if r.random() < 0.5 else title}: " + "; ".join(
                i.rstrip(".") for i in items))
        elif style == "ambient_chat":
            text = " ".join(_frame(r, _end(i)) for i in items)
            if key in EXTRA_KEYS:
                text = f"{title}: {text}"
            parts.append(text)
        elif style == "dictated" and r.random() < 0.4:
            parts.append(f"{title.upper()}. " + " ".join(_end(i) for i in items))
        else:
            parts.append(f"{title}: " + " ".join(_end(i) for i in items))
    sep = "\n\n" if r.random() < 0.6 else "\n"
    return sep.join(parts), keys


def extra_sections(ctx: Ctx, long: bool) -> list[Section]:
    """Optional context sections (history, meds...) and, for long notes, all of them."""
    r = ctx.rng
    pool: list[Section] = [("pmh", "Past medical history", filler.pmh(ctx)), ("meds", "Medications",
                           filler.meds(ctx)), ("social", "Social history", filler.social(ctx)),
                           ("ros", "Review of systems", filler.ros(ctx)), ("exam", "Exam", filler.exam(ctx)),
                           ("labs", "Labs", filler.labs(ctx)), ("counsel", "Counseling", filler.counsel(ctx)),
                           ("logistics", "Logistics", filler.logistics(ctx))]
    if long:
        return pool
    return [s for s in pool if r.random() < 0.18]


def _words(secs: list[Section]) -> int:
    return sum(len(WORD.findall(strip_markup(i).lower())) for _, _, items in secs for i in items)


def compose(ctx: Ctx) -> tuple[str, str]:
    """Compose a whole note as markup; returns (markup, skeleton)."""
    p, r = ctx.plan, ctx.rng
    style = p.style
    fieldish = style in {"template", "bullets", "terse"} or (style == "caps" and r.random() < 0.5)
    title = r.choice(TITLES[p.note_type])
    hkey, head = header(ctx, title)
    if p.note_type in SIM_TYPES:
        secs = sim_sections(ctx, fieldish)
    elif p.note_type == "aborted_sim":
        secs = aborted_sections(ctx)
    elif p.note_type == "blank_template":
        secs = blank_sections(ctx)
    else:
        secs = nonsim_sections(ctx)
    extras = extra_sections(ctx, style == "long")
    if style == "long":
        target = r.randint(640, 1350)
        est = _words(secs + extras)
        for block in filler.long_blocks(ctx):
            if est >= target:
                break
            if est + _words([block]) > 1420:
                continue
            extras.append(block)
            est = _words(secs + extras)
        k = 0
        while est < max(620, target - 60) and k < 10:
            k += 1
            extras.append((f"log{k}", "Additional encounters", filler.visit_log(ctx, ctx.rng.randint(5, 9))))
            est = _words(secs + extras)
    if extras:
        at = 1 if len(secs) > 1 else len(secs)
        secs = secs[:at] + extras + secs[at:]
    body, keys = layout(secs, style, ctx)
    kind = {"ct_sim_procedure": "therapist", "physics_check": "physics", "portal_message": "nurse"}.get(
        p.note_type, "physician")
    skey, sig = signature(ctx, kind)
    tail = [sig]
    if style.startswith("ambient"):
        doc = r.choice(PHYSICIANS)
        disc = r.choice(AMBIENT_NOTE).format(scribe=r.choice(SCRIBES), doc=doc)
        if r.random() < 0.5:
            tail.insert(0, disc)
            skey = "disc+" + skey
        else:
            head = head + "\n" + disc
            hkey += "+disc"
    if p.note_type in {"srs_sbrt", "particle"} and PROTON_PARTNER in body:
        hkey += "+partner"
    markup = head + "\n\n" + body + "\n\n" + "\n".join(tail) + "\n"
    skeleton = f"{p.note_type}/{style}/{hkey}/" + "-".join(keys) + f"/{skey}"
    return markup, skeleton
