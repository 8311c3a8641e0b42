"""Composition: turn a writer-G plan into sections, lay them out, and return text with spans."""

from __future__ import annotations

import random

from . import filler
from .markup import Built, Section, assemble, cap, layout, mark
from .phrases import (BARE, EMPTY_BOXES, HEDGED, TICKS, UNCOUNTABLE, area_lines, area_words, feature_line, feature_words, join_words,
                      modality_line, pick, rationale)
from .plan import Plan

ORDERS: dict[str, tuple[tuple[str, ...], ...]] = {
    "rtt_ct_record": (
        ("head", "order", "prep", "immob", "scan", "technique", "applicator", "areas", "rationale", "family", "history", "copied", "plan", "addendum", "sign"),
        ("head", "dx", "rationale", "areas", "immob", "scan", "technique", "applicator", "order", "copied", "history", "family", "addendum", "sign"),
        ("head", "dx", "areas", "scan", "immob", "prep", "technique", "applicator", "rationale", "plan", "copied", "family", "history", "addendum", "sign"),
    ),
    "mould_room": (
        ("head", "dx", "immob", "technique", "areas", "rationale", "scan", "order", "copied", "family", "history", "addendum", "sign"),
        ("head", "order", "immob", "areas", "technique", "scan", "rationale", "history", "copied", "family", "addendum", "sign"),
    ),
    "theatre_brachy": (
        ("head", "dx", "history", "procedure", "applicator", "scan", "areas", "rationale", "plan", "family", "copied", "addendum", "sign"),
        ("head", "procedure", "scan", "applicator", "rationale", "areas", "dx", "history", "family", "copied", "plan", "addendum", "sign"),
    ),
    "booking_form": (
        ("head", "dx", "order", "rationale", "prep", "immob", "scan", "technique", "applicator", "areas", "history", "family", "copied", "addendum", "sign"),
        ("head", "order", "dx", "areas", "scan", "technique", "applicator", "immob", "rationale", "copied", "history", "family", "addendum", "sign"),
    ),
    "gp_letter": (
        ("head", "dx", "history", "rationale", "scan", "technique", "applicator", "areas", "immob", "plan", "family", "copied", "addendum", "sign"),
        ("head", "history", "dx", "areas", "rationale", "scan", "immob", "technique", "applicator", "plan", "family", "copied", "addendum", "sign"),
    ),
    "planning_note": (
        ("head", "dx", "history", "areas", "rationale", "immob", "scan", "technique", "applicator", "order", "copied", "family", "plan", "addendum", "sign"),
        ("head", "dx", "rationale", "scan", "areas", "technique", "applicator", "immob", "history", "family", "copied", "plan", "addendum", "sign"),
        ("head", "history", "dx", "scan", "technique", "applicator", "immob", "areas", "rationale", "order", "copied", "family", "addendum", "sign"),
    ),
    "simulator_note": (
        ("head", "dx", "immob", "scan", "areas", "technique", "rationale", "plan", "history", "family", "copied", "addendum", "sign"),
        ("head", "areas", "scan", "technique", "immob", "rationale", "dx", "order", "history", "family", "copied", "addendum", "sign"),
    ),
    "ga_record": (
        ("head", "dx", "anaesthetic", "immob", "scan", "technique", "areas", "rationale", "history", "family", "copied", "addendum", "sign"),
        ("head", "anaesthetic", "rationale", "areas", "scan", "technique", "immob", "dx", "order", "history", "family", "copied", "addendum", "sign"),
    ),
}

TITLES: dict[str, tuple[str, ...]] = {
    "dx": ("Diagnosis", "Dx", "Clinical details", "Indication"),
    "history": ("History", "Background", "Clinical history", "Summary of care so far"),
    "order": ("Request", "Order (as requested)", "Booking request", "Requested by consultant"),
    "prep": ("Preparation", "Patient preparation", "Pre-scan checks"),
    "immob": ("Immobilisation", "Position and immobilisation", "Set-up", "Positioning"),
    "scan": ("Imaging", "Scan", "Planning scan", "Imaging performed today", "Acquisition"),
    "technique": ("Technique", "Treatment technique", "Beam arrangement and devices", "Delivery"),
    "applicator": ("Applicator", "Verification", "Applicator and probe check"),
    "areas": ("Treatment areas", "Sites", "Areas", "Target(s)"),
    "rationale": ("Justification", "Reason for complex planning", "Clinical rationale", "Why complex"),
    "family": ("Family history", "Other", "Social/family"),
    "copied": ("Copied forward", "Previous course (carried forward)", "From prior episode"),
    "plan": ("Plan", "Next steps", "Dose and plan"),
    "addendum": ("Addendum", "Addendum / correction", "Late entry"),
    "procedure": ("Procedure", "Operation note", "Theatre"),
    "anaesthetic": ("Anaesthetic", "Anaesthesia", "GA details"),
    "sign": ("", ),
}

NEG_FEATURE = {
    "contrast": ("No IV contrast.", "Contrast: nil (not required).", "Non-contrast scan.", "Contrast not given - not indicated for this volume.", "Scanned without contrast."),
    "arc_rotational": ("3D conformal; no arcs.", "Static fields, not VMAT.", "Not suitable for VMAT - forward-planned fields.", "VMAT not used."),
    "custom_shielding": ("No custom blocks or cutouts needed.", "Shielding: none.", "No lead cutout required.", "No Cerrobend."),
}
NEG_MODALITY = {
    "MRI": ("No MRI fusion (cardiac pacemaker).", "MRI registration not done - the diagnostic MRI was too old to be useful.", "MRI not used for outlining.",
            "No MR sim (claustrophobia)."),
    "PET": ("PET-CT not available for fusion.", "No PET fusion.", "PET not registered - report only."),
}
PLANNED = {
    "MRI": ("MRI fusion may be considered at outlining if the margins are unclear.", "Will request an MRI for registration if the consultant wishes.",
            "MR sim possibly at a later date."),
    "PET": ("PET-CT fusion to be requested if the report is equivocal.", "May need PET fusion - to be decided at planning."),
    "contrast": ("IV contrast if needed at a rescan.", "May add oral contrast at the next visit.", "Contrast to be decided at the outlining review.",
                 "Contrast only if renal function allows - recheck U&E."),
    "arc_rotational": ("VMAT vs 3D conformal to be decided at planning.", "Planning may consider VMAT.", "Arc technique pending physics review."),
    "particle": ("Proton referral pending NHS England PBT panel approval.", "Individual funding request for protons submitted - outcome awaited.",
                 "Will discuss protons with the family at the next visit."),
    "custom_shielding": ("Will discuss a lead eye shield with physics.", "Cutout may be required - to be confirmed.", "Shielding blocks if needed at verification."),
}
NOT_GIVEN_REASONS = ("eGFR 24 (creatinine 212 umol/L)", "previous anaphylaxis to iodinated contrast", "cannulation failed after three attempts",
                     "patient declined", "pump injector out of service", "metformin had not been withheld", "creatinine 1.9 mg/dL on the referral bloods",
                     "known iodine allergy", "no venous access - poor veins after chemotherapy")
OTHER_PERSON = ("Family history: a sister had radiotherapy with IV contrast for breast cancer at another centre in 2019.",
                "Father was treated with radiotherapy to three areas for lymphoma in the 1990s.",
                "Spouse is also under our care (VMAT to the prostate, 2022).",
                "Mother had a brachytherapy implant for cervical cancer in 2004.",
                "Brother had proton therapy abroad as a child.",
                "A cousin reacted badly to CT contrast; the patient was anxious about this.")
IMMOB_EXTRA = ("Vac-Lok bag moulded and labelled", "custom thermoplastic shell made in the mould room", "Alpha Cradle made", "knee wedge and foot stocks",
               "bite block", "Orfit shell with cut-outs for the eyes", "vacuum cushion under the knees")
BOLUS = ("0.5 cm bolus over the scar", "wax bolus made in the mould room", "1 cm tissue-equivalent bolus", "bolus 5 mm on alternate days")
MLC = ("Fields shaped with MLC only.", "Standard MLC shaping; no custom blocks.", "MLC conformed to the PTV (standard).", "Multileaf collimation only")


def _form(plan: Plan, rng: random.Random, kind: str) -> str:
    style = plan.style
    if style in ("letter_prose", "dictated"):
        return "sent"
    if style == "tickbox_form":
        return "tick" if kind in ("feature", "modality") else "field"
    if style == "headed_record":
        return "sent" if rng.random() < 0.5 else "field"
    return "field"


def _head(plan: Plan, rng: random.Random, who: dict[str, str]) -> list[str]:
    hosp, d = who["hospital"], who["date"]
    t = plan.note_type
    if t in ("gp_letter", "new_patient_letter", "follow_up_letter"):
        return [hosp, f"Date: {d}", f"{who['gp']}, {pick(rng, filler.SURGERIES)}", f"Re: {who['name']} ({who['ident']})", f"Dear {who['gp'].split()[0]} {who['gp'].split()[-1]},"]
    banner = {
        "rtt_ct_record": ("RADIOTHERAPY PLANNING CT RECORD", "Pre-treatment CT - radiographer record", "CT SIM WORKSHEET", "Planning scan record (RTT)"),
        "mould_room": ("MOULD ROOM RECORD", "Mould room / clinical mark-up sheet", "Immobilisation and mould room note"),
        "theatre_brachy": ("BRACHYTHERAPY THEATRE NOTE", "Theatre record - gynae brachytherapy", "Operation note: brachytherapy insertion"),
        "booking_form": ("RADIOTHERAPY BOOKING FORM", "Pre-treatment booking form (request and completion)", "RT BOOKING / SIM REQUEST"),
        "planning_note": ("Clinical oncology planning note", "Consultant planning entry", "Radiotherapy planning - clinician note"),
        "simulator_note": ("SIMULATOR RECORD", "Conventional simulator worksheet", "Sim room (fluoro) record"),
        "ga_record": ("PAEDIATRIC PLANNING UNDER GENERAL ANAESTHETIC", "Paediatric RT planning - GA list", "Children's planning session record"),
        "mdt_outcome": ("MDT OUTCOME", "Multidisciplinary team meeting - outcome letter", "Tumour board outcome"),
        "on_treatment_review": ("On-treatment review", "Weekly review clinic", "OTR"),
        "treatment_summary": ("END OF TREATMENT SUMMARY", "Radiotherapy treatment summary", "Completion summary"),
        "physics_check": ("PHYSICS PLAN CHECK", "Dosimetry independent check", "Plan QA record"),
    }[t]
    lines = [pick(rng, banner), hosp]
    lines.append(pick(rng, [f"Patient: {who['name']}   {who['ident']}", f"{who['name']} / {who['ident']}", f"Name: {who['name']} | ID: {who['ident']}"]))
    lines.append(pick(rng, [f"Date: {d}", f"Date of attendance {d}", f"{d}"]))
    if t == "mdt_outcome":
        lines.append(f"To: {who['gp']}, {pick(rng, filler.SURGERIES)}")
    lines.append(pick(rng, [f"Consultant: {who['consultant']}", f"Cons {who['consultant']}", f"Under {who['consultant']}"]))
    return lines


def _sign(plan: Plan, rng: random.Random, who: dict[str, str]) -> list[str]:
    if plan.style in ("letter_prose", "dictated") or plan.note_type in ("gp_letter", "new_patient_letter", "follow_up_letter", "mdt_outcome"):
        return [pick(rng, ["Yours sincerely,", "With kind regards,", "Kind regards"]), who["consultant"], "Consultant Clinical Oncologist",
                pick(rng, ["cc: patient", "cc: Clinical Nurse Specialist", "Dictated but not read", ""])]
    return [pick(rng, [f"Completed by {who['rtt']}", f"Signed: {who['rtt']} / {who['rtt2']}", f"RTTs: {who['rtt']}, {who['rtt2']}",
                       f"Entered by {who['registrar']}", f"{who['consultant']} (electronically signed)"])]


def build(plan: Plan) -> tuple[Built, list[str]]:
    """Write the note for a plan; return text with spans and the ordered section keys present."""
    rng = random.Random(f"simcheck-writer-g-v1:{plan.note_id}:text")
    name, _first, pr = filler.person(rng, plan.site.sex)
    who = {"hospital": pick(rng, filler.HOSPITALS), "date": filler.date(rng), "consultant": pick(rng, filler.CONSULTANTS), "registrar": pick(rng, filler.REGISTRARS),
           "rtt": pick(rng, filler.RTTS), "rtt2": pick(rng, filler.RTTS), "gp": pick(rng, filler.GPS), "name": name, "ident": filler.ident(rng)}
    dates = {"d1": filler.date(rng, 2024), "d2": filler.date(rng, 2024)}
    if not plan.sim:
        return _build_non_sim(plan, rng, who, pr, dates)
    site = plan.site
    s: dict[str, list[str]] = {}

    def add(key: str, line: str) -> None:
        s.setdefault(key, []).append(line)

    dx = pick(rng, site.diagnoses)
    add("dx", pick(rng, [f"Diagnosis: {dx}", f"{dx}.", f"{name} has {dx}."]) if plan.style not in ("letter_prose", "dictated") else
        pick(rng, [f"I saw {name} today for {'her' if pr == 'she' else 'his'} radiotherapy planning appointment. The diagnosis is {dx}.",
                   f"Thank you for your continued care of this patient with {dx}, who attended for radiotherapy planning today.",
                   f"This is a brief update following today's planning session for {dx}."]))
    vault = any(v == "vaginal vault" for v, _ in plan.areas)
    target = "the target" if plan.area_count is None else f"the {area_words(plan.areas)[0]}"

    # history and long-note filler
    if plan.long:
        for para in filler.history_paragraphs(rng, pr, rng.randint(18, 48), site.sex == "child"):
            add("history", para)
    elif rng.random() < 0.35:
        for para in filler.history_paragraphs(rng, pr, rng.randint(1, 4), site.sex == "child"):
            add("history", para)
    if "historical_imaging" in plan.traps:
        add("history", pick(rng, site.history).format(d1=dates["d1"], d2=dates["d2"]))

    # rationale
    if plan.rationale:
        extra = {"fusion": "MRI" if "MRI" in plan.modalities else "PET-CT"}
        add("rationale", rationale(rng, site, plan.rationale, target, _form(plan, rng, "rationale"), extra))
        if plan.bare_too:
            add("rationale", pick(rng, BARE))
        if "hedged_rationale" in plan.traps:
            add("rationale", pick(rng, HEDGED))
    elif plan.rationale_miss == "bare":
        add("rationale", pick(rng, BARE))
    elif plan.rationale_miss == "hedged":
        add("rationale", pick(rng, HEDGED))
    elif plan.rationale_miss == "blank":
        add("rationale", pick(rng, ["Reason for complex simulation: ________", "Justification: [            ]", "Clinical rationale: ___",
                                    f"Why complex? {pick(rng, EMPTY_BOXES)} OAR  {pick(rng, EMPTY_BOXES)} irregular  {pick(rng, EMPTY_BOXES)} re-treatment"]))
    elif plan.rationale_miss == "copied":
        add("copied", pick(rng, ["Copied from the 2019 planning note: 'target within 3 mm of the spinal cord; complex planning justified.'",
                                 "Carried forward from previous episode (2020): reason for complexity - irregular volume around the bowel.",
                                 "[prior course, copied] Justification: PTV abuts the brainstem."]))
        add("rationale", pick(rng, ["Reason: see previous course.", "Justification as per previous.", "Rationale - copied above."]))

    # areas
    if plan.area_count is None:
        add("areas", pick(rng, UNCOUNTABLE))
    elif "addendum_area_count" in plan.traps:
        wrong = plan.area_count - 1 if plan.area_count > 1 else 2
        add("areas", f"{pick(rng, ['Areas', 'Number of areas', 'Sites'])}: {wrong} ({join_words(area_words(plan.areas), rng)})")
        add("addendum", f"Correction to the area count above: {mark('N', plan.area_count, pick(rng, [f'{plan.area_count} treatment areas', f'{plan.area_count} areas in total', f'{plan.area_count} sites']))}, "
            f"{pick(rng, ['one was left off in error', 'recounted with the consultant', 'the form was filled in before the final decision'])}.")
    else:
        for ln in area_lines(rng, plan.areas, plan.area_count, plan.area_mode, _form(plan, rng, "areas")):
            add("areas", ln)
    if "passing_site" in plan.traps:
        ps = pick(rng, site.passing)
        add(pick(rng, ["history", "areas"]), pick(rng, [f"Previous radiotherapy to the {ps} in 2017 - not part of this course.",
                                                       f"The {ps} abnormality on the staging scan is benign and is not being treated.",
                                                       f"Differential for the {ps} lesion was discussed; it is not a target.",
                                                       f"({ps} treated elsewhere in 2016; no overlap)"]))

    # imaging and contrast
    for mod in plan.modalities:
        line = modality_line(rng, site, mod, plan.four_d, dates, _form(plan, rng, "modality"))
        if mod in ("MRI", "PET") and "fused_contrast" in plan.traps:
            line = pick(rng, [f"Diagnostic {'gadolinium-enhanced' if mod == 'MRI' else 'contrast-enhanced'} study: {line}",
                              f"{line} (contrast was given at the diagnostic scan, {dates['d1']}, not today)",
                              f"{line} - {'gadolinium' if mod == 'MRI' else 'IV contrast'} from the original staging scan"])
        add("scan", line)
    if plan.note_type == "theatre_brachy":
        if vault:
            proc = ["Vault examined; no residual disease. 3 cm cylinder inserted without anaesthetic.", "Cylinder inserted in clinic room 2; patient comfortable."]
        elif site.key == "prostate_brachy":
            proc = ["Spinal anaesthetic, lithotomy, perineal template sutured.", "GA (LMA). Catheterised. Transperineal template placed."]
        else:
            proc = ["EUA under spinal anaesthetic. Uterine sounding 6.5 cm. Smit sleeve in situ.", "Examination under GA; cervix dilated to Hegar 7.",
                    "GA (LMA). Catheterised. Insertion uncomplicated."]
        add("procedure", pick(rng, proc))
    if plan.note_type == "ga_record":
        add("anaesthetic", pick(rng, [f"GA by Dr {pick(rng, filler.LAST)} (paediatric anaesthetist); propofol TIVA via port.",
                                      "Induction in the play room with parent present; LMA; recovered on the day unit.",
                                      "Sevoflurane induction, maintained on propofol; no airway issues."]))
    if not plan.modalities:
        add("scan", pick(rng, ["Clinical mark-up only - no planning scan.", "Marked up clinically on the treatment couch; no imaging required.",
                               "No scan today; outline drawn on the skin and traced onto acetate."]))
        plan.traps = sorted(set(plan.traps + ["negated_modality"]))
    for feat in plan.features:
        form = _form(plan, rng, "feature")
        if feat == plan.via_addendum:
            add("scan", pick(rng, ["No contrast.", "Contrast: not recorded.", "Contrast - nil."]))
            add("addendum", f"{pick(rng, ['Late entry', 'Addendum', 'Correction'])} ({rng.randint(10, 17)}:{rng.randint(10, 59)}): {mark('F', 'contrast', feature_words(rng, site, 'contrast'))} - "
                f"{pick(rng, ['omitted from the record above', 'was given before the scan after all', 'entered late by the radiographer'])}.")
            continue
        key = {"contrast": "scan", "brachytherapy": "applicator", "hyperthermia": "applicator"}.get(feat, "technique")
        add(key, feature_line(rng, site, feat, form, vault))

    # traps
    for trap in plan.traps:
        _trap(trap, plan, rng, add, dates, target)

    # immobilisation and prep
    if plan.note_type != "theatre_brachy":
        add("immob", cap(pick(rng, site.immob)) + ".")
    if plan.note_type in ("rtt_ct_record", "booking_form") or rng.random() < 0.3:
        add("prep", pick(rng, ["Pregnancy status confirmed.", "ID checked x2.", "Bladder: 350 ml water 30 min before scanning.", "Tattoos x3.",
                               "Consent form checked and signed.", "Empty rectum confirmed."]))
    if plan.note_type == "booking_form":
        add("order", pick(rng, [f"{pick(rng, TICKS)} Planning CT requested", "Scan type requested: planning CT", "Request: planning scan (consultant)"]))
    add("plan", pick(rng, site.dose) + pick(rng, [". Outlining due in 5 working days.", "; start date pending.", ". Physics to plan.", ""]))

    order = pick(rng, ORDERS[plan.note_type])
    bury = plan.long and plan.style in ("letter_prose", "dictated")
    if bury:
        hist = s.get("history", [])
        for key in ("rationale", "scan", "technique", "areas"):
            for ln in s.pop(key, []):
                hist.insert(rng.randint(2, max(2, len(hist))), ln)
        s["history"] = hist
    sections = [Section("head", "", _head(plan, rng, who), raw=True)]
    for key in order[1:]:
        if key == "sign":
            sections.append(Section("sign", "", _sign(plan, rng, who), raw=True))
        elif s.get(key):
            sections.append(Section(key, pick(rng, TITLES[key]), s[key]))
    markup = layout(sections, plan.style, rng)
    keys = [sec.key for sec in sections]
    return assemble(markup, plan.style == "terse", rng), keys


def _trap(trap: str, plan: Plan, rng: random.Random, add, dates: dict[str, str], target: str) -> None:  # noqa: ANN001
    site = plan.site
    if trap == "negated_feature":
        opts = [f for f in ("contrast", "arc_rotational", "custom_shielding") if f not in plan.features and f != plan.via_addendum]
        if opts:
            f = pick(rng, opts)
            add("scan" if f == "contrast" else "technique", pick(rng, NEG_FEATURE[f]))
    elif trap == "negated_modality":
        opts = [m for m in ("MRI", "PET") if m not in plan.modalities]
        if opts:
            add("scan", pick(rng, NEG_MODALITY[pick(rng, opts)]))
    elif trap == "planned_conditional":
        opts = [k for k in ("MRI", "PET", "contrast", "arc_rotational", "particle", "custom_shielding") if k not in plan.features and k not in plan.modalities]
        if plan.site.key not in ("paediatric_ga", "head_neck", "sarcoma"):
            opts = [k for k in opts if k != "particle"]
        k = pick(rng, opts)
        add("plan" if rng.random() < 0.5 else ("scan" if k in ("MRI", "PET", "contrast") else "technique"), pick(rng, PLANNED[k]))
    elif trap == "ordered_not_done":
        add("order", pick(rng, ["IV contrast requested on the booking form.", f"{pick(rng, TICKS)} IV contrast (requested)", "Order: CT planning scan with IV contrast.",
                                "Requested: contrast-enhanced planning scan"]))
        add("scan", f"{pick(rng, ['IV contrast not given', 'Contrast omitted', 'No contrast administered'])}: {pick(rng, NOT_GIVEN_REASONS)}.")
    elif trap == "other_person":
        add("family", pick(rng, OTHER_PERSON))
    elif trap == "unchecked_box":
        items = [x for x, f in (("IV contrast", "contrast"), ("Oral contrast", "contrast"), ("Electron cutout", "custom_shielding"),
                                ("Complex blocking", "complex_blocking"), ("VMAT", "arc_rotational"), ("MRI fusion", "MRI"), ("PET fusion", "PET"))
                 if f not in plan.features and f not in plan.modalities]
        chosen = rng.sample(items, min(len(items), rng.randint(2, 4)))
        extra = [f"{pick(rng, TICKS)} Tattoos"] if rng.random() < 0.5 else []
        add(pick(rng, ["technique", "scan"]), "  ".join([f"{pick(rng, EMPTY_BOXES)} {c}" for c in chosen] + extra))
    elif trap == "immobilisation_not_feature":
        add("immob", cap(pick(rng, IMMOB_EXTRA)) + ".")
    elif trap == "bolus":
        add("immob", cap(pick(rng, BOLUS)) + ".")
    elif trap == "mlc_shaping":
        add("technique", pick(rng, MLC))
    elif trap == "one_target_many_beams":
        n = rng.randint(5, 9)
        if "arc_rotational" in plan.features:
            txt = pick(rng, [f"Two arcs, both to {target}.", f"Four partial arcs on {target} (one isocentre)."])
        else:
            txt = pick(rng, [f"{n}-field IMRT to {target}.", f"{n} beams, all aimed at {target}.", f"Beam arrangement: {n} fields on a single isocentre ({target})."])
        add("technique", txt)
    elif trap == "addendum_retracts":
        opts = [f for f in ("contrast", "arc_rotational", "custom_shielding") if f not in plan.features and f != plan.via_addendum]
        f = pick(rng, opts)
        body = {"contrast": ("IV contrast given.", "Contrast: Omnipaque 80 ml IV."), "arc_rotational": ("VMAT.", "Technique: RapidArc."),
                "custom_shielding": ("Custom cutout made.", "Lead cutout cast.")}[f]
        fix = {"contrast": ("IV contrast was NOT given - the cannula tissued before injection; scan performed without.", "Correction: no contrast administered (entered in error)."),
               "arc_rotational": ("Technique changed to 3D conformal after review; VMAT will not be used.", "VMAT entry above is wrong - static fields."),
               "custom_shielding": ("Correction: no cutout was made; standard applicator used.", "Cutout not required after all - entry above retracted.")}[f]
        add("scan" if f == "contrast" else "technique", pick(rng, body))
        add("addendum", f"{pick(rng, ['Addendum', 'Correction', 'Amended'])} {filler.date(rng, 2025)}: {pick(rng, fix)}")
    elif trap == "copied_forward" and plan.rationale_miss != "copied":
        add("copied", pick(rng, [f"Copied from the 2018 planning note: 'IV contrast given; three areas ({join_words(list(site.passing) + ['mediastinum', 'neck'], rng)}); VMAT.'",
                                 f"Previous course (2016) carried forward: Cerrobend blocks, 2 areas, simulator screening.",
                                 "[copied forward] 2020 sim: oral contrast, PET fusion, complex blocking - see old notes."]))


def _build_non_sim(plan: Plan, rng: random.Random, who: dict[str, str], pr: str, dates: dict[str, str]) -> tuple[Built, list[str]]:
    site = plan.site
    dx = pick(rng, site.diagnoses)
    words = join_words(area_words(plan.areas), rng)
    poss = "her" if pr == "she" else "his"
    sections: list[Section] = [Section("head", "", _head(plan, rng, who), raw=True)]
    hist = [pick(rng, site.history).format(d1=dates["d1"], d2=dates["d2"]) for _ in range(2)]
    if plan.long:
        hist += filler.history_paragraphs(rng, pr, rng.randint(18, 44), site.sex == "child")
    t = plan.note_type
    if t == "new_patient_letter":
        body = [f"Thank you for referring this patient with {dx}.",
                f"I have recommended radiotherapy to the {words}. {pick(rng, ['A planning CT with IV contrast will be booked', 'We will arrange a planning scan, probably with contrast', 'Planning CT with MRI fusion to follow'])} "
                f"{pick(rng, ['in the next two weeks', 'once the dental assessment is done', 'after the PEG is placed'])}.",
                pick(rng, ["We will probably use VMAT.", "Protons may be an option - referral to be discussed.", "Technique (VMAT or 3D) will be chosen at planning."]),
                f"The {pick(rng, site.oars)} lies close to the tumour and will need careful planning."]
        sections += [Section("dx", "Diagnosis", body[:1]), Section("history", "History", hist), Section("plan", "Plan", body[1:])]
    elif t == "mdt_outcome":
        sections += [Section("dx", "Diagnosis", [dx]), Section("history", "Imaging reviewed", hist),
                     Section("plan", "Outcome", [f"Radical radiotherapy recommended to the {words}.", pick(rng, ["Book planning CT with contrast.", "MRI and PET to be fused at planning.", "Consider VMAT."] + (["Refer to the national PBT panel."] if "particle" in site.features else [])),
                                                 f"Discussed at MDT on {filler.date(rng)}; {pick(rng, filler.CONSULTANTS)} to see in clinic."])]
    elif t == "on_treatment_review":
        fx = rng.randint(3, 20)
        sections += [Section("dx", "Dx", [dx]), Section("review", "Review", [f"Fraction {fx} of {fx + rng.randint(3, 15)} to the {words}.",
                                                                               pick(rng, ["VMAT; CBCT matched daily.", "Kilovoltage imaging matched to bone; 3 mm shift.", "Electron field with cutout, skin brisk erythema."]),
                                                                               pick(rng, ["Skin RTOG grade 1.", "Mild dysphagia, on Oramorph.", "Fatigue CTCAE 2.", "Diarrhoea grade 1 - loperamide."]),
                                                                               "Continue."])]
    elif t == "treatment_summary":
        sections += [Section("dx", "Diagnosis", [dx]), Section("summary", "Treatment delivered", [
            f"{pick(rng, site.dose)} to the {words}, completed {filler.date(rng)}.",
            pick(rng, [f"Planned on a contrast-enhanced CT of {dates['d1']} with MRI fusion.", f"Simulated on {dates['d1']} (planning CT, 4DCT).", "VMAT, 2 arcs; custom shell."]),
            pick(rng, ["Tolerated well.", "Treatment break of 2 days for a chest infection.", "Acute toxicity settling."])]),
            Section("plan", "Follow-up", ["Review in 6 weeks with bloods; GP to continue analgesia."])]
        if plan.long:
            sections.insert(2, Section("history", "Background", hist))
    elif t == "follow_up_letter":
        body = [f"I reviewed this patient with {dx} three months after radiotherapy to the {words}.", *hist,
                pick(rng, [f"Post-treatment PET-CT on {filler.date(rng)} shows a complete metabolic response.", "MRI shows a good response.", "CT shows stable appearances."]),
                f"{pr.capitalize()} is recovering well from {poss} treatment. We will see {'her' if pr == 'she' else 'him'} in three months."]
        sections += [Section("history", "", body)]
    else:  # physics_check
        sections += [Section("check", "Checks", [f"Plan: {words}", pick(rng, ["Technique: VMAT, 2 arcs", "Technique: 3D conformal, 4 fields", "Technique: electrons 9 MeV, cutout"]),
                                                   f"CT dataset: {dates['d1']}", pick(rng, ["Contrast regions overridden to water density", "MRI registration reviewed - acceptable", "No density overrides"]),
                                                   f"Independent MU check: {round(rng.uniform(-2.5, 2.5), 1)}%", f"Gamma pass {round(rng.uniform(95, 99.9), 1)}% (3%/2 mm)"])]
    sections.append(Section("sign", "", _sign(plan, rng, who), raw=True))
    markup = layout(sections, plan.style, rng)
    return assemble(markup, plan.style == "terse", rng), [sec.key for sec in sections]
