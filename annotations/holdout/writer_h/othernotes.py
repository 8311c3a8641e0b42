"""Notes that document no simulation of their own (non-simulation notes, aborted or blank simulations).

Everything here is plain text: past simulations, planned ones, outside records and authorisation requests
never count.
"""

from __future__ import annotations

from . import filler, traps
from .context import Ctx
from .simnotes import Sections, history_sections

REFERRER = {"prostate": "urology", "bladder": "urology", "head_and_neck": "ENT", "lung": "thoracic surgery",
            "srs_brain": "neurosurgery", "whole_brain": "neuro-oncology", "gyn_brachy": "gynecologic oncology",
            "breast": "breast surgery", "skin": "dermatology", "rectum": "colorectal surgery", "sarcoma": "orthopedic oncology",
            "liver": "hepatology", "anal": "colorectal surgery", "esophagus": "GI", "pancreas": "surgical oncology"}


def _site_names(ctx: Ctx) -> list[str]:
    rng = ctx.rng
    keys = ctx.nonsim_keys or rng.choice([t for k in sorted(ctx.site.sets) for t in ctx.site.sets[k]])
    return [ctx.fill(rng.choice(ctx.site.area(k).names)) for k in keys]


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _tech(ctx: Ctx) -> str:
    rng = ctx.rng
    opts = ["VMAT", "IMRT", "3D conformal", "RapidArc", "helical TomoTherapy"]
    if "particle" in ctx.site.features:
        opts.append("proton therapy")
    if ctx.site.key == "skin":
        opts = ["en face electrons with a custom cutout", "orthovoltage with a lead shield"]
    if ctx.site.key == "gyn_brachy":
        opts = ["VMAT to the pelvis followed by HDR tandem and ring", "HDR vaginal cylinder"]
    return rng.choice(opts)


def _past_sim(ctx: Ctx) -> str:
    rng = ctx.rng
    d = ctx.date_before(95, 130)
    bits = [rng.choice((f"CT simulation on {d}", f"Simulated {d}", f"Sim {d} at the VAMC"))]
    bits.append(rng.choice(("with IV contrast", "with oral and IV contrast", "with a 4DCT", "without contrast",
                            "with MRI fused", "with PET/CT fusion", "with a custom mask and Vac-Lok")))
    return " ".join(bits)


def _hist(ctx: Ctx) -> str:
    text, _ = traps.historical(ctx, ctx.rng.randint(1, 3))
    return text


# ============================================================================================ non-simulation
def consult(ctx: Ctx) -> Sections:
    rng = ctx.rng
    names = _site_names(ctx)
    out: Sections = history_sections(ctx, ctx.plan.long)
    if not ctx.plan.long:
        out.append(("hpi", f"{ctx.age}-year-old Veteran referred by {rng.choice(('medical oncology', 'the PACT PCP', 'the VISN tumor board', REFERRER.get(ctx.site.key, 'surgery')))} "
                           f"for radiation evaluation. {filler.service(ctx)}"))
        out.append(("exam", filler.exam(ctx)))
    out.append(("prior_imaging", _hist(ctx)))
    out.append(("assessment", f"{ctx.dx}. Radiation is recommended to the {_join(names)}."))
    out.append(("plan", rng.choice((
        f"Will schedule CT simulation with IV contrast next week; will fuse the MRI if it can be imported. Anticipate {_tech(ctx)}.",
        f"CT sim to be arranged (4DCT if motion > 5 mm). Possible {_tech(ctx)}; protons would require a community care SEOC.",
        f"Return for simulation after dental clearance. Plan {_tech(ctx)} with custom immobilization; contrast per protocol.",
    )) + " " + rng.choice(("iMed consent signed today.", "Consent to be signed at simulation.", "Veteran wishes to think it over."))))
    if "other_person" in ctx.plan.traps:
        out.append(("other", rng.choice(traps.OTHER_PERSON)))
    return out


def tumor_board(ctx: Ctx) -> Sections:
    rng = ctx.rng
    names = _site_names(ctx)
    out: Sections = [("indication", f"{ctx.age} y/o Veteran, {ctx.dx}. Presenter: {rng.choice(('medical oncology', 'radiation oncology', 'surgery'))}.")]
    out.append(("prior_imaging", _hist(ctx)))
    out.append(("path", ctx.fill(rng.choice(ctx.site.path))))
    out.append(("recommendation", rng.choice((
        f"Consensus: definitive radiation to the {_join(names)} with {_tech(ctx)}; simulation with IV contrast and PET fusion to be arranged.",
        f"Board recommends RT to the {_join(names)}. Rad onc to simulate; consider {_tech(ctx)}. Concurrent chemo per med onc.",
        f"Recommend palliative RT ({_tech(ctx)}) to the {_join(names)}; simulation at the VAMC next available."))))
    out.append(("other", f"Attendees: rad onc, med onc, surgery, radiology, pathology, nurse navigator, pharmacy. "
                         f"VISN tele-tumor board link for {rng.choice(('the CBOC', 'the spoke site', 'two community partners'))}."))
    return out


def rn_triage(ctx: Ctx) -> Sections:
    rng = ctx.rng
    names = _site_names(ctx)
    fx = rng.randint(3, 24)
    out: Sections = [("subjective", rng.choice((
        f"Veteran called the nurse line reporting {rng.choice(('skin redness and itching', 'diarrhea x4/day', 'painful swallowing', 'fatigue', 'burning with urination'))} "
        f"at fraction {fx}.", f"Walk-in to the clinic, c/o {rng.choice(('nausea', 'sore throat', 'rash', 'increased cough'))}; on treatment, fraction {fx}.")))]
    out.append(("event", f"Currently receiving {_tech(ctx)} to the {_join(names)}. {_past_sim(ctx)}; no reaction reported then."))
    out.append(("assessment", rng.choice(("Grade 1 dermatitis per CTCAE.", "Grade 2 mucositis.", "Grade 1 diarrhea.",
                                          "Expected side effect; no red flags."))))
    out.append(("plan", rng.choice(("Aquaphor BID, RN to re-check at OTV.", "Loperamide per protocol; MD notified.",
                                    "Magic mouthwash rx requested; MD aware.", "Will see the MD on Tuesday OTV."))
                + " " + rng.choice(("Veteran verbalized understanding.", "Callback number confirmed.", ""))))
    if "other_person" in ctx.plan.traps:
        out.append(("other", rng.choice(traps.OTHER_PERSON)))
    return out


def telephone(ctx: Ctx) -> Sections:
    rng = ctx.rng
    d = ctx.date_after(2, 9)
    out: Sections = [("subjective", rng.choice(("Pre-simulation phone call.", "Called Veteran to confirm the sim appointment.",
                                                "Returned call from spouse re: sim prep.")))]
    out.append(("plan", rng.choice((
        f"Scheduled for CT simulation {d} at 0800. Drink the oral contrast (2 bottles) 1 hour before arrival. "
        "Hold metformin for 48 hours after the IV contrast.",
        f"CT sim {d}. Full bladder (drink 16 oz water 45 minutes prior). MRI fusion will be done by dosimetry afterwards.",
        f"Sim moved to {d} because the mold room is closed; will make the custom mask and blocks then. Possible VMAT.",
        f"Reminded about {d} 4DCT; wear loose clothing, no lotion. IV will be placed for contrast.",
    )) + " " + rng.choice(("Veteran verbalized understanding.", "Spouse wrote down instructions.", "Teach-back done."))))
    if "other_person" in ctx.plan.traps:
        out.append(("other", rng.choice(traps.OTHER_PERSON)))
    return out


def tx_summary(ctx: Ctx) -> Sections:
    rng = ctx.rng
    names = _site_names(ctx)
    out: Sections = history_sections(ctx, ctx.plan.long) if ctx.plan.long else [("indication", ctx.dx)]
    out.append(("summary", f"{_past_sim(ctx)}. Treated the {_join(names)} with {_tech(ctx)}, "
                           f"{ctx.rx()}, from {ctx.date_before(60, 90)} to {ctx.date_before(1, 10)}. "
                           + rng.choice(("No treatment breaks.", "One-day break for a machine repair.",
                                         "Three-day break for a COPD exacerbation."))))
    out.append(("assessment", rng.choice(("Tolerated well with grade 1 fatigue.", "Grade 2 esophagitis, resolving.",
                                          "Grade 2 dermatitis with moist desquamation in the fold."))))
    out.append(("plan", f"Follow-up in {rng.choice(('4', '6', '8', '12'))} weeks with "
                        f"{rng.choice(('CT chest with IV contrast', 'PSA', 'MRI with gadolinium', 'PET/CT', 'exam only'))}."))
    return out


def follow_up(ctx: Ctx) -> Sections:
    rng = ctx.rng
    names = _site_names(ctx)
    out: Sections = history_sections(ctx, ctx.plan.long) if ctx.plan.long else []
    out.append(("subjective", f"Here {rng.randint(1, 24)} months after completing {_tech(ctx)} to the {_join(names)}. "
                              + filler.ros(ctx)))
    out.append(("prior_imaging", _hist(ctx)))
    out.append(("exam", filler.exam(ctx)))
    out.append(("assessment", rng.choice(("No evidence of disease.", "Stable disease.", "Possible local recurrence; "
                                          "biopsy discussed.", "Late grade 1 fibrosis."))))
    out.append(("plan", rng.choice(("Repeat CT with contrast in 3 months.", "MRI in 3 months; RTC after.",
                                    "If recurrence confirmed, re-simulation with MRI fusion and VMAT may be considered.",
                                    "Return in 6 months; PSA before the visit."))))
    return out


def physics_check(ctx: Ctx) -> Sections:
    rng = ctx.rng
    names = _site_names(ctx)
    out: Sections = [("indication", f"Plan second check for {ctx.dx}.")]
    out.append(("check", "\n".join((
        f"Dataset: sim CT of {ctx.date_before(3, 12)}" + rng.choice((" (4DCT AvgIP)", " (with IV contrast)", "", " (non-contrast)")),
        "Registration: " + rng.choice(("MRI reviewed, acceptable", "PET/CT rigid, verified", "none used", "MRI not used for this phase")),
        f"Technique: {_tech(ctx)}; {rng.randint(2, 4)} arcs/fields; targets {_join(names)}",
        f"MU second check (RadCalc): within {rng.choice(('0.8', '1.4', '2.1', '2.7'))}%",
        f"Blocking: {rng.choice(('MLC only', 'custom blocks from the mold room on file', 'n/a'))}",
        f"Chart ready: {rng.choice(('yes', 'yes, pending MD approval', 'no - awaiting prescription signature'))}",
    ))))
    return out


def dosimetry(ctx: Ctx) -> Sections:
    rng = ctx.rng
    names = _site_names(ctx)
    out: Sections = [("indication", ctx.dx)]
    out.append(("dosimetry", "\n".join((
        f"Contours received from MD {ctx.date_before(1, 5)}. Sim dataset from {ctx.date_before(4, 12)}.",
        rng.choice(("Diagnostic PET/CT (contrast-enhanced) was registered by dosimetry for the boost review.",
                    "MRI with gadolinium from radiology loaded to MIM; registration sent to MD for review.",
                    "No secondary datasets.")),
        f"Plan: {_tech(ctx)} to the {_join(names)}, {ctx.rx()}.",
        rng.choice(("All OAR constraints met.", f"{rng.choice(ctx.oars).capitalize()} constraint met with margin; MD aware.",
                    f"{rng.choice(ctx.oars).capitalize()} slightly over the soft constraint; MD to review.")),
    ))))
    return out


def seoc_request(ctx: Ctx) -> Sections:
    rng = ctx.rng
    names = _site_names(ctx)
    out: Sections = [("indication", f"{ctx.dx}. Eligibility: {rng.choice(('drive time > 60 minutes', 'service not available at this VAMC', 'wait time standard', 'best medical interest'))}.")]
    out.append(("request", "\n".join((
        f"SEOC: RADIATION ONCOLOGY {rng.choice(('TREATMENT', 'PROTON THERAPY', 'HYPERTHERMIA'))} v{rng.randint(1, 3)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}",
        f"Requested: consultation; CT simulation {rng.choice(('with IV contrast', 'with 4DCT', 'with MRI fusion', ''))}".rstrip(),
        f"Requested: treatment planning ({_tech(ctx)}) to the {_join(names)}",
        f"Requested: weekly physics, IGRT; duration {rng.choice((90, 120, 180))} days; visits {rng.randint(20, 45)}",
        f"Provider: {ctx.partner}. Status: PENDING authorization.",
    ))))
    out.append(("plan", "Referral coordinator will notify the Veteran once the authorization is approved. "
                        "No services may be scheduled before approval."))
    return out


def outside_records(ctx: Ctx) -> Sections:
    rng = ctx.rng
    out: Sections = [("records", "\n".join((
        f"Received from {ctx.partner} on {ctx.date_before(0, 10)} via fax/HSRM: {rng.randint(6, 48)} pages.",
        "Indexed to VistA Imaging as OUTSIDE MEDICAL RECORD / RADIATION ONCOLOGY.",
    )))]
    if rng.random() < 0.7:
        out.append(("prior_imaging", _hist(ctx)))
    if rng.random() < 0.4:
        out.append(("path", ctx.fill(rng.choice(ctx.site.path))))
    prior = ctx.fill(rng.choice(ctx.site.prior)) if ctx.site.prior else "same region"
    out.append(("summary", f"Outside treatment summary: prior radiation to the {prior}; simulated there with IV contrast "
                           f"and treated with {_tech(ctx)}. DICOM RT files requested for composite dose."))
    out.append(("plan", "Routed to the attending for review and signature of receipt."))
    return out


NONSIM = {"consult": consult, "tumor_board": tumor_board, "rn_triage": rn_triage, "telephone": telephone,
          "tx_summary": tx_summary, "follow_up": follow_up, "physics_check": physics_check, "dosimetry": dosimetry,
          "seoc_request": seoc_request, "outside_records": outside_records}


# ============================================================================================ nothing countable
def nothing(ctx: Ctx) -> Sections:
    rng = ctx.rng
    p = ctx.plan
    out: Sections = history_sections(ctx, True) if p.long else [("indication", ctx.dx)]
    if p.nothing_kind == "blank_form":
        out.append(("blank", "\n".join((
            "(*) Imaging: [ ] CT sim   [ ] 4DCT   [ ] MRI fusion   [ ] PET fusion",
            "(*) Contrast: ___",
            "(*) Number of treatment areas: [ ] 1  [ ] 2  [ ] 3  [ ] 4",
            "(*) Sites: ",
            "    Technique: [ ] 3D  [ ] IMRT  [ ] VMAT  [ ] electrons",
            "    Blocking: [ ] MLC  [ ] custom blocks  [ ] cutout",
            "(*) Rationale for complex simulation: ___",
            "Template saved without entries; see the therapist note of the same date.",
        ))))
    elif p.nothing_kind == "deferred":
        out.append(("event", rng.choice((
            f"Simulation deferred: creatinine {rng.choice(('2.3', '2.6', '3.0'))} this morning and the MD wants a contrast study; "
            "no scan performed today.",
            "Veteran did not complete the steroid/antihistamine premedication for his contrast allergy; simulation postponed. "
            "No images obtained.",
            "Sim cancelled at check-in - the mold room could not make the custom mask today. Nothing scanned.",
        ))))
    else:
        out.append(("event", rng.choice((
            "Veteran arrived for CT simulation. On the couch he became acutely anxious (PTSD) and asked to stop; the session "
            "ended before any scout or scan. No images acquired, no contrast given.",
            "Unable to lie flat for more than 2 minutes because of back pain despite oxycodone. Procedure aborted before imaging; "
            "palliative care asked to optimize pain control.",
            "Mask fabrication started but the Veteran vomited; simulation aborted, no CT obtained.",
        ))))
    if "historical_imaging" in p.traps:
        out.append(("prior_imaging", _hist(ctx)))
    if "immobilization" in p.traps:
        out.append(("position", ctx.fill(rng.choice(ctx.site.position)) + " (not completed)."))
    if "other_person" in p.traps:
        out.append(("other", rng.choice(traps.OTHER_PERSON)))
    plan_bits = [rng.choice(("Reschedule next week with lorazepam 1 mg pre-sim.", "Will rebook once labs are back.",
                             "Scheduler to call with a new date."))]
    if "planned_modality" in p.traps:
        plan_bits.append(rng.choice(("Plan CT simulation with MRI fusion at the next attempt.",
                                     "Will obtain 4DCT at the rescheduled simulation.")))
    if "planned_feature" in p.traps:
        plan_bits.append(rng.choice(("IV contrast at the next attempt if creatinine allows.",
                                     "VMAT likely once simulated.")))
    out.append(("plan", " ".join(plan_bits)))
    return out
