"""Writer R's document composers: sections of items, trap placement and the Epic-like furniture.

A section is ``(key, heading, items)``; an item is a plain markup sentence or a ``(field, value, sentence)`` tuple
that the style layout renders either as a field row or as a sentence.
"""

# ruff: noqa: E501  (phrase pools: long literal sentences are kept whole)

from __future__ import annotations

import random

from . import filler
from .evidence import (
    BARE,
    FEATURE_WORDS,
    MOD_WORDS,
    NEG_FEATURE,
    NEG_MOD,
    PLANNED_FEATURE,
    PLANNED_MOD,
    UNFILLED,
    Plan,
    areas_piece,
    count_tok,
    feature_piece,
    fmt,
    modality_piece,
    rationale_piece,
    site_tok,
)
from .vocab import DEPT_LINES, SITES

Item = str | tuple[str, str, str]
Section = tuple[str, str, list[Item]]

TITLES = {
    "sim_note": [
        "Radiation Oncology Simulation Note",
        "RAD ONC SIMULATION NOTE",
        "Simulation Note",
        "CT Simulation - Physician Note",
    ],
    "ct_sim_procedure": [
        "CT Simulation Procedure Record",
        "Therapist CT-Sim Procedure Note",
        "RO CT SIM PROCEDURE",
        "Sim Procedure (Therapy)",
    ],
    "order_procedure": [
        "Simulation Order and Procedure",
        "RO Sim Order + Procedure Note",
        "Orders / Simulation Procedure",
    ],
    "resident_attested": [
        "Simulation Note (Resident) - attested",
        "RO Resident Sim Note",
        "Simulation Note - Resident/Fellow",
    ],
    "srs_sbrt_checklist": [
        "SRS/SBRT Simulation Checklist",
        "Stereotactic Sim Checklist + Time-out",
        "SBRT SIMULATION - CHECKLIST",
    ],
    "brachy_procedure": [
        "Brachytherapy Procedure Note",
        "HDR Applicator Insertion and Simulation",
        "BRACHY PROCEDURE NOTE",
    ],
    "peds_anesthesia": [
        "Pediatric Simulation Under Anesthesia",
        "Peds RO Sim (GA) Note",
        "Pediatric CT Simulation with Anesthesia",
    ],
    "resim": ["Re-Simulation Note", "RE-SIM NOTE", "Repeat Simulation (Re-sim)"],
    "sim_4dct": ["4DCT Simulation Note", "Respiratory-Gated Simulation", "4D SIM NOTE"],
    "electron_setup": ["Electron Clinical Setup Note", "Clinical Setup - Electrons", "ELECTRON SETUP / CUTOUT"],
    "clinical_setup": ["Clinical Setup Note (Treatment Room)", "CLINICAL MARK-UP NOTE", "Palliative Clinical Setup"],
    "conv_sim": ["Conventional Simulation Note", "Fluoro Sim Note (Conventional Simulator)", "CONV SIM - PALLIATIVE"],
    "consult": ["Radiation Oncology Consultation", "RO New Patient Consult", "CONSULT NOTE - RADIATION ONCOLOGY"],
    "otv": ["On-Treatment Visit", "OTV / Weekly Management", "RO WEEKLY OTV"],
    "treatment_summary": ["Radiation Treatment Summary", "End of Treatment Summary", "TREATMENT COMPLETION SUMMARY"],
    "follow_up": ["Radiation Oncology Follow-Up", "RO FOLLOW UP VISIT", "Post-Treatment Follow-up"],
    "inbasket": ["In Basket Message - Dosimetry/Physics", "IB MSG: Physics handoff", "Staff Message (In Basket)"],
    "tumor_board": ["Multidisciplinary Tumor Board Summary", "TUMOR BOARD NOTE", "MDC Conference Summary"],
    "nurse_navigator": ["Nurse Navigator Note", "NAVIGATION NOTE", "Oncology Nurse Navigator - Telephone"],
    "prior_auth": [
        "Prior Authorization Request",
        "PA REQUEST - RADIATION THERAPY",
        "Letter of Medical Necessity (Prior Auth)",
    ],
    "blank_template": ["Radiation Oncology Simulation Note", "RO SIM NOTE (template)", "CT Sim Procedure Record"],
    "aborted_sim": ["Simulation Note - Aborted", "CT SIM - NOT COMPLETED", "Simulation Attempt"],
}
HEADINGS = {
    "dx": ["Diagnosis", "Dx", "Problem", "Primary Diagnosis", "Oncologic Diagnosis"],
    "history": ["History", "HPI", "Brief History", "Oncologic History", "Interval History", "Background"],
    "indication": ["Indication", "Rationale", "Medical Necessity", "Indication for Complex Simulation", "Assessment"],
    "position": ["Positioning/Immobilization", "Setup", "Patient Position", "Immobilization"],
    "imaging": ["Imaging", "Image Acquisition", "Scan", "Imaging/Fusion"],
    "technique": ["Technique", "Treatment Technique", "Planning Details", "Beam/Technique"],
    "areas": ["Treatment Areas", "Sites", "Targets", "Areas Simulated"],
    "procedure": ["Procedure", "Simulation", "Procedure Details", "Description of Procedure", "Sim Details"],
    "plan": ["Plan", "Next Steps", "Plan/Dosimetry", "Recommendations"],
    "order": ["Orders", "Simulation Order", "Order Details (signed)", "Sim Order"],
    "pended": ["Pended Orders", "Orders Pended (not signed)", "Pended"],
    "copied": ["Prior Note (copied)", "Copied Forward", "Carried Forward Text"],
    "anesthesia": ["Anesthesia Record (excerpt)", "Anesthesia", "Sedation Record"],
    "timeout": ["Time-Out", "Universal Protocol", "Pre-Procedure Time-Out"],
    "checklist": ["Checklist", "SRS/SBRT Checklist", "Physics Checklist"],
    "signature": ["Signature", "Signed", "Electronically signed"],
    "attestation": ["Attending Attestation", "Attestation", "Teaching Physician Statement"],
    "addendum": ["Addendum", "ADDENDUM", "Late Entry / Addendum"],
    "allergies": ["Allergies", "Allergy List"],
    "meds": ["Medications", "Current Outpatient Medications", "Med List"],
    "pmh": ["Past Medical History", "PMH"],
    "psh": ["Past Surgical History", "PSH"],
    "social": ["Social History", "Social"],
    "family": ["Family History", "FHx"],
    "ros": ["Review of Systems", "ROS"],
    "exam": ["Physical Exam", "Exam", "Objective"],
    "labs": ["Labs", "Recent Labs", "Lab Results"],
    "course": ["Interval Course", "Timeline", "Chart Review - Interval Events"],
    "screen": ["Screening", "Distress/Screening"],
    "goals": ["Goals of Care", "ACP"],
    "counsel": ["Counseling/Consent", "Consent", "Discussion"],
    "logistics": ["Logistics", "Other", "Therapist Comments"],
    "message": ["Message", "Body", "Note"],
    "recommendation": ["Recommendation", "Consensus", "Board Recommendation"],
    "request": ["Services Requested", "Request", "Codes Requested"],
    "status": ["Status", "Reason Not Completed", "Outcome"],
    "treatment": ["Treatment Delivered", "Course", "Radiation Course", "Treatment Details"],
    "flowsheet": ["Flowsheet", "Sim Flowsheet", "Flowsheet Rows"],
}

ICD = {
    "breast": ["C50.912", "C50.411", "C50.812"],
    "prostate": ["C61"],
    "head_neck": ["C09.9", "C02.1", "C32.0", "C11.9"],
    "lung": ["C34.11", "C34.31", "C34.12"],
    "whole_brain": ["C79.31"],
    "brain_srs": ["C79.31"],
    "bone_mets": ["C79.51", "C90.00"],
    "gyn": ["C53.9", "C54.1"],
    "rectum": ["C20"],
    "esophagus": ["C15.5", "C16.0"],
    "pancreas": ["C25.0", "C25.1"],
    "lymphoma": ["C81.10", "C83.30", "C82.00"],
    "skin": ["C44.311", "C44.41", "C4A.39"],
    "pediatric": ["C71.6", "C64.1", "C69.61"],
    "palliative": ["C34.90", "C43.9", "C67.9", "C79.71"],
    "sarcoma": ["C49.22", "C48.0", "C49.12"],
}
DOTPHRASES = [".RADONCSIM", ".RADONCSIMNOTE", ".RONCCTSIM", ".CRUMCSIM", ".RADONCPROC", ".RONCNOTE"]
RESP = [
    "abdominal compression",
    "free breathing with RPM block",
    "Anzai belt",
    "SGRT surface tracking",
    "coached free breathing",
]
POSITIONS = [
    "Supine, arms above head, knee sponge",
    "Supine, arms at sides, headrest {hr}",
    "Prone on belly board",
    "Supine head-first, shoulders pulled down",
    "Supine, feet-first, arms on chest",
]


def cap(text: str) -> str:
    """Upper-case the first letter only."""
    return text[:1].upper() + text[1:]


def heading(key: str, rng: random.Random) -> str:
    """A heading for a section key."""
    return rng.choice(HEADINGS.get(key, [key.capitalize()]))


def header_section(plan: Plan, rng: random.Random, author: str) -> Section:
    """Epic-like banner lines."""
    c = plan.ctx
    lines: list[Item] = []
    if rng.random() < 0.35:
        lines.append(rng.choice(DOTPHRASES))
    lines.append(rng.choice(DEPT_LINES))
    lines.append(rng.choice(TITLES[plan.note_type]))
    date_label = rng.choice(["Date of Service", "DOS", "Encounter date", "Service date"])
    lines.append(f"{date_label}: {c['date']}   Patient: [redacted]   MRN: XXXXX{c['mrn']}")
    if rng.random() < 0.6:
        lines.append(f"CSN {c['csn']}  Dept: RAD ONC {rng.choice(['B1', 'PCP', 'WCA'])}  Provider: {author}")
    if rng.random() < 0.3:
        lines.append(f"@NAME@ is a @AGE@ y.o. @SEX@ - {rng.choice(['***', 'see below'])}")
    return ("header", "", lines)


def signature_section(plan: Plan, rng: random.Random, author: str) -> Section:
    """Signature and Last filed line."""
    c = plan.ctx
    lines: list[Item] = [
        rng.choice(
            [
                f"Electronically signed by {author} on {c['date']} at {c['time']}",
                f"{author}",
                f"Signed: {author} {c['date']} {c['time']}",
            ]
        )
    ]
    if rng.random() < 0.7:
        lines.append(
            f"Last filed by {rng.choice([author, c['therapist'], c['attending']])} at {c['date']} {c['time2']}"
        )
    if rng.random() < 0.25:
        lines.append(f"Cosign needed: {c['attending']}" if "resident" in plan.note_type else "Routing: MD pool RAD ONC")
    return ("signature", "", lines)


def dx_section(plan: Plan, rng: random.Random) -> Section:
    """Diagnosis and prescription."""
    site = SITES[plan.site]
    dx = fmt(rng.choice(list(site["dx"])), plan.ctx)  # type: ignore[arg-type]
    dx = dx.replace("{psa}", plan.ctx["psa"]).replace("{age}", plan.ctx["age"])
    items: list[Item] = [("Diagnosis", dx, f"Diagnosis: {dx}.")]
    if rng.random() < 0.6:
        rx = rng.choice(list(site["rx"]))  # type: ignore[arg-type]
        items.append(("Intended Rx", rx, f"Intended prescription {rx}."))
    if rng.random() < 0.3:
        icd = rng.choice(ICD[plan.site])
        items.append(("ICD-10", icd, f"ICD-10 {icd}."))
    return ("dx", heading("dx", rng), items)


def hist_imaging(plan: Plan, rng: random.Random, contrast: bool) -> str:
    """A historical diagnostic imaging sentence."""
    site = SITES[plan.site]
    pool = list(site["hist_contrast"] if contrast else site["hist"])  # type: ignore[arg-type]
    text = rng.choice(pool)
    return (
        fmt(text, plan.ctx).format(
            date=plan.ctx["hist_date2"], size=plan.ctx["size"], suv=plan.ctx["suv"], psa=plan.ctx["psa"]
        )
        + "."
    )


def history_section(plan: Plan, rng: random.Random) -> Section:
    """Brief history with historical-imaging traps."""
    c = plan.ctx
    items: list[Item] = []
    opener = rng.choice(
        [
            f"Referred by {c['referrer']} for definitive management.",
            f"Pt s/p workup with {c['referrer']}; seen in consult {c['hist_date']}.",
            f"Patient previously seen in consultation on {c['hist_date']}; plan reviewed at tumor board.",
            f"{c['age_adult']}-year-old {c['sex']} here for simulation after consult {c['hist_date']}.",
        ]
    )
    if plan.site == "pediatric":
        opener = f"{c['age']}-year-old {c['child']} referred by {c['referrer']}; consult {c['hist_date']}."
    items.append(opener)
    if "historical_imaging" in plan.traps:
        items.append(hist_imaging(plan, rng, False))
    if "historical_contrast" in plan.traps:
        items.append(hist_imaging(plan, rng, True))
    if "other_person" in plan.traps:
        items.append(
            rng.choice(
                [
                    "Her sister was treated elsewhere with protons and IV contrast sims; patient asked about this.",
                    "Spouse had VMAT at CRUMC in 2021 and accompanies today.",
                    "Brother received brachytherapy with applicator verification in 2018 (different center).",
                    "His father had a custom Cerrobend block for a skin cancer decades ago.",
                ]
            )
        )
    rng.shuffle(items)
    return ("history", heading("history", rng), items)


def neg_feature_text(feature: str, rng: random.Random, plan: Plan) -> str:
    """A negated mention of a feature."""
    return rng.choice(NEG_FEATURE[feature]).replace("{cr}", plan.ctx["cr"])


def other_features(plan: Plan, rng: random.Random, k: int = 1) -> list[str]:
    """Features not in the plan (the site's own first, in a fixed order)."""
    site = list(SITES[plan.site]["feats"])  # type: ignore[arg-type]
    pool = [f for f in [*site, "contrast", "arc_rotational", "particle", "custom_shielding"] if f not in plan.features]
    seen: list[str] = []
    for f in pool:
        if f not in seen:
            seen.append(f)
    if plan.fourd or plan.site in ("lung", "esophagus", "pancreas"):
        seen = [f for f in seen if f != "brachytherapy"]
    return rng.sample(seen, min(k, len(seen)))


def other_mods(plan: Plan, rng: random.Random) -> str:
    """A modality not in the plan (MRI or PET preferred)."""
    pool = [m for m in ("MRI", "PET") if m not in plan.modalities]
    if not pool:
        pool = [m for m in ("ultrasound", "fluoroscopy") if m not in plan.modalities]
    return rng.choice(pool)


def anesthesia_section(plan: Plan, rng: random.Random) -> Section:
    """Excerpt of the anesthesia record (no evidence)."""
    c = plan.ctx
    items: list[Item] = [
        ("Anesthesiologist", c["anesthesia"], f"Anesthesia by {c['anesthesia']}."),
        ("ASA", rng.choice(["II", "I", "III"]), f"ASA class {rng.choice(['II', 'I', 'III'])}."),
        (
            "Induction",
            rng.choice(["inhalational, sevoflurane", "propofol via port", "propofol bolus + infusion"]),
            "Induction uneventful.",
        ),
        (
            "Airway",
            rng.choice(["natural airway, nasal cannula 2 L", "LMA size 2", "simple face mask"]),
            "Airway maintained without adjuncts.",
        ),
        ("Vitals", f"HR {rng.randint(78, 130)}, SpO2 {rng.randint(96, 100)}%", "Hemodynamically stable throughout."),
        (
            "Emergence",
            rng.choice(["to PACU, awake at 14 min", "smooth, in PACU", "uneventful"]),
            "Recovered in PACU, discharged with parent.",
        ),
        ("NPO", f"since {rng.randint(2, 6)}:00", "NPO confirmed by parent."),
    ]
    return ("anesthesia", heading("anesthesia", rng), rng.sample(items, rng.randint(4, 7)))


def timeout_items(plan: Plan, rng: random.Random) -> list[Item]:
    """SRS/SBRT time-out and frame/mask checklist rows (not evidence)."""
    c = plan.ctx
    rows: list[Item] = [
        "[x] Time-out performed: patient ID x2, site, laterality",
        f"[x] Mask/frame: {rng.choice(['frameless mask fitted', 'Encompass mask + bite block', 'body frame with vacuum cushion', 'stereotactic body frame'])}",
        f"[x] Physics present: {c['physicist']}",
        f"[x] MD present: {c['attending']}",
        rng.choice(["[x] Pacemaker: none", "[ ] Pacemaker: n/a", "[x] Pregnancy screen: n/a"]),
        "[x] Consent verified",
    ]
    return rng.sample(rows, rng.randint(3, 6))


def _applicator(plan: Plan, rng: random.Random) -> str:
    if plan.site == "prostate":
        return rng.choice(["{n} interstitial HDR catheters", "a template with {n} needles"]).format(
            n=rng.randint(14, 20)
        )
    return rng.choice(
        [
            "a tandem and ovoid set (30 degree tandem, 2.5 cm ovoids)",
            "a tandem and ring (60 degree, 30 mm ring)",
            "a 3.0 cm vaginal cylinder",
            "a hybrid tandem/ring with 4 needles",
        ]
    )


def body_feature_mentions(plan: Plan, rng: random.Random) -> tuple[list[Item], list[Item], list[Item], list[Item]]:
    """Counted pieces and trap lines: (rationale items, imaging items, technique items, area items)."""
    traps = plan.traps
    rat: list[Item] = []
    img: list[Item] = []
    tech: list[Item] = []
    area: list[Item] = []
    moved = plan.ctx.get("moved_feature", "")
    for mod in plan.modalities:
        img.append(modality_piece(mod, plan, rng, "fused_scan_old_contrast" in traps and mod in ("MRI", "PET")))
    for feature in plan.features:
        if feature == moved:
            tech.append(neg_feature_text(feature, rng, plan))
            continue
        piece = feature_piece(feature, plan, rng)
        (img if feature == "contrast" and rng.random() < 0.6 else tech).append(piece)
    if plan.rationale and plan.ctx.get("rationale_where") == "body":
        rat.append(rationale_piece(plan, rng))
    if plan.areas is not None and plan.ctx.get("areas_where") == "body":
        area.append(areas_piece(plan, rng))
    if plan.area_form == "vague":
        area.append(areas_piece(plan, rng))
    if plan.ctx.get("wrong_count"):
        area.append(
            ("Number of treatment areas", plan.ctx["wrong_count"], f"Treatment areas: {plan.ctx['wrong_count']}.")
        )
    if "prior_site_in_passing" in traps:
        area.append(f"(Prior {plan.ctx['prior']} course, {plan.ctx['prior_yr']}, is not part of this course.)")
    tf = plan.ctx.get("trap_features", "").split(",")
    tf = [f for f in tf if f]
    i = 0

    def nxt() -> str:
        nonlocal i
        f = tf[i % len(tf)]
        i += 1
        return f

    if "negated_feature" in traps:
        tech.append(neg_feature_text(nxt(), rng, plan))
    if "unfilled_smartlist" in traps:
        tech.append(rng.choice(UNFILLED[nxt()]))
    if "negated_modality" in traps:
        img.append(rng.choice(NEG_MOD[plan.ctx["trap_mod"]]))
    if "many_beams" in traps:
        beams = rng.choice(list(SITES[plan.site]["beams"]))  # type: ignore[arg-type]
        tech.append(
            ("Beam arrangement", f"{beams} (single target)", f"Beam arrangement: {beams}, all on the one target.")
        )
    if "mlc_only" in traps:
        tech.append(
            rng.choice(["Field shaping with MLC only.", ("Blocking", "MLC", "Standard MLC shaping, no blocks.")])
        )
    if "bolus" in traps:
        tech.append(
            rng.choice(
                [
                    "0.5 cm bolus daily.",
                    "1 cm bolus every other day to the scar.",
                    ("Bolus", "5 mm superflab", "Superflab 5 mm placed."),
                ]
            )
        )
    if "addendum_retracts_feature" in traps or "attestation_retracts_feature" in traps:
        g = plan.ctx["retract_feature"]
        tech.append(rng.choice([f"{FEATURE_WORDS[g][0]} used.", f"{cap(FEATURE_WORDS[g][0])}: yes."]))
    if "addendum_retracts_modality" in traps:
        img.append(f"{MOD_WORDS[plan.ctx['retract_mod']]} fused for contouring.")
    if "order_not_done" in traps:
        g = plan.ctx["order_feature"]
        tech.append(
            f"{FEATURE_WORDS[g][0]} was ordered but not done ({rng.choice(['not needed after review', 'patient declined', 'IV could not be placed', 'machine availability'])})."
        )
    return rat, img, tech, area


def position_items(plan: Plan, rng: random.Random) -> list[Item]:
    """Positioning / immobilization lines (never evidence)."""
    site = SITES[plan.site]
    pos = rng.choice(POSITIONS).format(hr=rng.choice("ABCDE"))
    items: list[Item] = [("Position", pos, f"{pos}.")]
    immob = rng.choice(list(site["immob"]))  # type: ignore[arg-type]
    if "custom_immobilization" in plan.traps:
        items.append(("Immobilization", f"custom {immob} molded today", f"Custom {immob} molded and indexed."))
    else:
        items.append(("Immobilization", immob, f"Immobilized with {immob}."))
    if rng.random() < 0.5:
        items.append(rng.choice(filler.LOGISTICS[:3]).format(n=rng.randint(3, 6)))
    return items


def compose_sim(plan: Plan, rng: random.Random) -> list[Section]:
    """Sections of a simulation document (all simulation note types)."""
    c = plan.ctx
    nt = plan.note_type
    author = {
        "resident_attested": c["resident"],
        "ct_sim_procedure": c["therapist"],
        "sim_4dct": rng.choice([c["attending"], c["therapist"]]),
        "peds_anesthesia": rng.choice([c["attending"], c["fellow"]]),
        "brachy_procedure": rng.choice([c["attending"], c["fellow"]]),
    }.get(nt, c["attending"])
    rat, img, tech, area = body_feature_mentions(plan, rng)
    sections: list[Section] = [header_section(plan, rng, author), dx_section(plan, rng)]
    if "contrast_allergy" in plan.traps:
        sections.append(
            (
                "allergies",
                heading("allergies", rng),
                [
                    rng.choice(
                        [
                            "Iodinated contrast (hives, 2019)",
                            "IV contrast - anaphylactoid reaction",
                            "Contrast dye: rash",
                        ]
                    )
                ],
            )
        )
    hist = history_section(plan, rng)
    if "resim_prior_sim" in plan.traps:
        g = c["resim_feature"]
        hist[2].append(
            f"Original simulation {c['hist_date']} used {FEATURE_WORDS[g][0]}; re-sim today because of {rng.choice(['7 kg weight loss and a loose mask', 'inconsistent bladder filling', 'new progression on restaging', 'a change in arm position tolerance'])}."
        )
    elif nt == "resim":
        hist[2].append(
            f"Re-simulation today: {rng.choice(['mask no longer fits after weight loss', 'plan change after response', 'unable to reproduce setup', 'change from prone to supine'])}."
        )
    if len(hist[2]) > 1 or rng.random() < 0.7:
        sections.append(hist)
    middle: list[Section] = []
    if plan.style == "long":
        middle.extend(long_blocks(plan, rng))
    if "copy_forward" in plan.traps:
        g = c["copy_feature"]
        marker = rng.choice(
            [
                f"[copied from {c['prior_yr']} sim note - prior course]",
                f"*** Text below carried forward from prior course ({c['prior_yr']}) ***",
                f"Prior course ({c['prior_yr']}) sim note, copied:",
            ]
        )
        middle.append(
            (
                "copied",
                heading("copied", rng),
                [
                    marker,
                    f"{cap(FEATURE_WORDS[g][0])} used for the {c['prior']} course.",
                    rng.choice(["[end copied text]", "*** end of carried-forward text ***", "(end of copied section)"]),
                ],
            )
        )
    if nt == "order_procedure" or "order_not_done" in plan.traps:
        order_items: list[Item] = [
            f"Order: CT simulation {rng.choice(['complex', '(RO SIM)', 'w/ planning'])} - signed by {c['attending']}"
        ]
        wishes = [FEATURE_WORDS[f][0] for f in plan.features if f != plan.ctx.get("moved_feature")]
        if "order_not_done" in plan.traps:
            wishes.append(FEATURE_WORDS[c["order_feature"]][0])
        if wishes:
            order_items.append("Ordered: " + ", ".join(wishes))
        order_items.append(
            rng.choice(
                [
                    "Priority: routine",
                    "Priority: urgent",
                    "Priority: next available",
                    "Priority: routine - pended to RTT pool",
                ]
            )
        )
        middle.append(("order", heading("order", rng), order_items))
    if nt == "peds_anesthesia":
        middle.append(anesthesia_section(plan, rng))
    if nt in ("srs_sbrt_checklist", "brachy_procedure") or ("timeout" in c and rng.random() < 0.5):
        middle.append(("timeout", heading("timeout", rng), timeout_items(plan, rng)))
    ind: list[Item] = list(rat)
    if "bare_assertion" in plan.traps:
        ind.append(rng.choice(BARE))
    if ind:
        rng.shuffle(ind)
        middle.append(("indication", heading("indication", rng), ind))
    proc: list[Item] = []
    if nt == "brachy_procedure":
        proc.append(
            f"Under {rng.choice(['conscious sedation', 'spinal anesthesia', 'general anesthesia'])} with {c['anesthesia']}, {_applicator(plan, rng)} was inserted; packing placed; Foley with 7 cc in balloon."
        )
    elif nt in ("electron_setup", "clinical_setup"):
        proc.append(
            rng.choice(
                [
                    "Clinical setup on the treatment couch; lesion outlined with a 1 cm margin on the skin.",
                    "Field outlined clinically on surface anatomy; SSD 100 cm.",
                    "Borders drawn with the patient in treatment position; photos taken.",
                ]
            )
        )
    elif nt == "conv_sim":
        proc.append("Palliative setup on the simulator; borders placed on bony landmarks.")
    sections_mid: list[Section] = []
    pos = position_items(plan, rng)
    merge = rng.random() < 0.4 or plan.style in ("terse",)
    if nt == "srs_sbrt_checklist":
        chk = [f"[x] {it[0]}: {it[1]}" if isinstance(it, tuple) else it for it in img + tech + area]
        if "unfilled_smartlist" in plan.traps and rng.random() < 0.5:
            chk.append(f"[ ] {FEATURE_WORDS[c['trap_features'].split(',')[0]][0]}")
        sections_mid.append(("position", heading("position", rng), pos))
        sections_mid.append(("checklist", heading("checklist", rng), chk))
    elif merge:
        allp = proc + pos + img + area + tech
        sections_mid.append(("procedure", heading("procedure", rng), allp))
    else:
        if proc:
            sections_mid.append(("procedure", heading("procedure", rng), proc))
        sections_mid.append(("position", heading("position", rng), pos))
        if img:
            sections_mid.append(("imaging", heading("imaging", rng), img))
        if tech:
            sections_mid.append(("technique", heading("technique", rng), tech))
        if area:
            sections_mid.append(("areas", heading("areas", rng), area))
        head = sections_mid[:1]
        rest = sections_mid[1:]
        rng.shuffle(rest)
        sections_mid = head + rest
    if rng.random() < 0.5:
        sections_mid.append(
            ("logistics", heading("logistics", rng), list(filler.logistics(rng, rng.randint(1, 3), c["start"])))
        )
    plan_items: list[Item] = [
        rng.choice(
            [
                f"Contours to {c['dosimetrist']}; target start {c['start']}.",
                "Dosimetry to begin planning; MD contours within 48 h.",
                f"Plan review with physics ({c['physicist']}) before first fraction.",
            ]
        )
    ]
    if "planned_feature" in plan.traps:
        g = c["planned_feature"]
        plan_items.append(cap(rng.choice(PLANNED_FEATURE[g])) + ".")
    if "planned_modality" in plan.traps:
        plan_items.append(cap(rng.choice(PLANNED_MOD[c["planned_mod"]])) + ".")
    rng.shuffle(plan_items)
    tail: list[Section] = [("plan", heading("plan", rng), plan_items)]
    if "pended_order" in plan.traps:
        g = c["pended"]
        tail.append(
            (
                "pended",
                heading("pended", rng),
                [
                    f"{g} (Pended - not signed, not released)",
                    rng.choice(["Release pending MD review.", "Pended by RN; no action taken."]),
                ],
            )
        )
    if rng.random() < 0.5:
        rng.shuffle(tail)
    if rng.random() < 0.5 and middle:
        # Epic notes often put the indication first in the body
        middle.sort(key=lambda s: 0 if s[0] == "indication" else 1)
    body = middle + sections_mid if rng.random() < 0.8 else sections_mid + middle
    sections.extend(body)
    sections.extend(tail)
    sections.append(signature_section(plan, rng, author))
    att = attestation_section(plan, rng)
    if att:
        sections.append(att)
    add = addendum_section(plan, rng)
    if add:
        sections.append(add)
    return sections


ATTEST_OPEN = [
    "I saw and evaluated the patient, discussed the case with the resident, and agree with the resident's note",
    "I was present for the key portions of the simulation and agree with the resident's findings and plan",
    "I personally saw the patient, reviewed the simulation with the resident and agree with the note as written",
    "Seen and examined with Dr. {res}; I agree with the resident's documentation",
]


def _edits(plan: Plan, rng: random.Random) -> list[str]:
    c = plan.ctx
    edits: list[str] = []
    where = "attestation" if plan.note_type == "resident_attested" else "addendum"
    if c.get("rationale_where") == where:
        edits.append(rationale_piece(plan, rng)[2])
    if c.get("moved_feature") and c.get("moved_where") == where:
        f = c["moved_feature"]
        edits.append("Correction: " + feature_piece(f, plan, rng)[2] + " The earlier statement is wrong.")
    if c.get("areas_where") == where and plan.areas is not None:
        piece = areas_piece(plan, rng)
        edits.append("Correction to areas - " + piece[2])
    if c.get("retract_feature") and c.get("retract_where") == where:
        g = c["retract_feature"]
        edits.append(
            rng.choice(
                [
                    f"{FEATURE_WORDS[g][0]} was NOT used; the statement above is in error.",
                    f"Correction: no {FEATURE_WORDS[g][0]} today.",
                ]
            )
        )
    if c.get("retract_mod") and where == "addendum":
        edits.append(f"No {MOD_WORDS[c['retract_mod']]} was fused; that line was entered in error.")
    return edits


def attestation_section(plan: Plan, rng: random.Random) -> Section | None:
    """The attending attestation of a resident/fellow note (later statement wins)."""
    if plan.note_type != "resident_attested":
        return None
    c = plan.ctx
    edits = _edits(plan, rng)
    opener = rng.choice(ATTEST_OPEN).format(res=c["resident"].split(",")[0])
    text = f"{opener} with the following edits: " + " ".join(edits) if edits else opener + "."
    lines: list[Item] = [text, f"{c['attending']} - {c['date']} {c['time2']}"]
    return ("attestation", heading("attestation", rng), lines)


def addendum_section(plan: Plan, rng: random.Random) -> Section | None:
    """A later addendum by the author (later statement wins)."""
    if plan.note_type == "resident_attested":
        return None
    edits = _edits(plan, rng)
    if not edits:
        return None
    c = plan.ctx
    return ("addendum", heading("addendum", rng), [f"Addendum {c['date']} {c['time2']} by {c['attending']}:", *edits])


def long_blocks(plan: Plan, rng: random.Random) -> list[Section]:
    """Long-note filler sections (history, ROS, exam, labs, medications ...)."""
    c = plan.ctx
    blocks: list[Section] = [
        (
            "course",
            heading("course", rng),
            list(filler.interval_course(rng, rng.randint(6, 12), int(c["year"]) - 1, c["referrer"])),
        ),
        ("pmh", heading("pmh", rng), filler.pmh_list(rng, rng.randint(3, 7))),
        ("psh", heading("psh", rng), filler.psh_list(rng, rng.randint(1, 4))),
        ("meds", heading("meds", rng), filler.med_list(rng, rng.randint(5, 12))),
        ("social", heading("social", rng), [filler.social(rng)]),
        ("family", heading("family", rng), [filler.family(rng)]),
        ("ros", heading("ros", rng), filler.ros_lines(rng, rng.randint(6, 11))),
        ("exam", heading("exam", rng), filler.exam_lines(rng, rng.randint(5, 9))),
        ("labs", heading("labs", rng), filler.lab_lines(rng, rng.randint(4, 9), c["hist_date"])),
        ("screen", heading("screen", rng), filler.screening(rng)),
        ("goals", heading("goals", rng), [filler.goals(rng)]),
        ("counsel", heading("counsel", rng), [filler.counsel(rng, plan.site, c["hist_date"])]),
    ]
    for extra in range(int(c.get("boost", "0"))):
        blocks.append(
            (
                "course",
                heading("course", rng),
                list(filler.interval_course(rng, rng.randint(5, 10), int(c["year"]) - 2 - extra, c["referrer"])),
            )
        )
        blocks.append(("ros", heading("ros", rng), filler.ros_lines(rng, rng.randint(4, 8))))
    rng.shuffle(blocks)
    return blocks


NONSIM_BODY = {
    "consult": [
        "Recommend {rx}. Plan CT simulation {when} with {feat} and {mod} fusion; the {areas} would be treated.",
        "We will proceed to simulation {when}. Anticipate {feat}. {mod} will be obtained for fusion if possible.",
        "Options reviewed; patient chooses radiation to the {areas}. Sim to be scheduled; {feat} likely.",
    ],
    "otv": [
        "Fx {fx}/{tot} to the {areas} via {feat}; tolerating well. Sim on {simdate} was with {feat2}.",
        "Week {wk} OTV: {fx} fractions delivered to the {areas}. Daily CBCT reviewed. Plan remains {feat}.",
        "Weekly check: dose {dose} Gy so far to the {areas}. Skin {skin}. Continue {feat}.",
    ],
    "treatment_summary": [
        "Completed {rx} to the {areas} using {feat} from {start} to {end}. Simulation {simdate} used {feat2} and {mod} fusion.",
        "Course complete: {areas}; technique {feat}; simulated {simdate} with {feat2}. No breaks.",
    ],
    "follow_up": [
        "{mo} months after {rx} to the {areas} ({feat}). Restaging {mod} {hist} stable.",
        "Seen in follow-up; prior course to the {areas} with {feat} in {yr}. No late toxicity beyond {skin}.",
    ],
    "inbasket": [
        "Dr {att_last}, the plan for this pt is ready for review: {feat}, {areas}. Contours were drawn on the sim scan from {simdate} ({feat2}). {mod} fusion approved by physics. - {dos}",
        "Physics handoff: chart check done. {feat} to the {areas}. Sim {simdate}: {feat2}. Please sign the plan before {start}. - {phys}",
        "Re: pt - can we add {mod} fusion before final contours? Sim already done {simdate} with {feat2}. Thanks, {dos}",
    ],
    "tumor_board": [
        "Presented at the {board} board. Consensus: {rx} to the {areas} with {feat}; CT sim with {feat2} and {mod} fusion to follow.",
        "Tumor board {simdate}: imaging reviewed ({mod} {hist}). Recommendation: radiation to the {areas}; consider {feat}.",
    ],
    "nurse_navigator": [
        "Called pt to confirm CT sim on {start} at {hr}:00. Reviewed prep: {feat2}. {mod} to be scheduled before the sim. Transportation confirmed.",
        "Navigator follow-up: sim appointment set for {start}; pt instructed about {feat2}. Questions about {feat} answered.",
    ],
    "prior_auth": [
        "Request: CPT 77290 (complex simulation), 77301, 77338 for {rx} to the {areas} using {feat}. Simulation will include {feat2} and {mod} fusion. Medical necessity: {reason}.",
        "Letter of medical necessity: the patient requires {feat} to the {areas}; complex simulation with {feat2} is planned because {reason}.",
    ],
}
BOARDS = [
    "thoracic",
    "GI",
    "breast",
    "head and neck",
    "neuro-oncology",
    "GU",
    "gynecologic",
    "pediatric",
    "sarcoma",
    "lymphoma",
]


def compose_nonsim(plan: Plan, rng: random.Random) -> list[Section]:
    """A document that records no simulation; imaging and techniques appear only historically or as plans."""
    c = plan.ctx
    nt = plan.note_type
    author = {"inbasket": c["dosimetrist"], "nurse_navigator": c["navigator"], "tumor_board": c["attending"]}.get(
        nt, rng.choice([c["attending"], c["resident"]])
    )
    site = SITES[plan.site]
    areas = [fmt(s[1][0], c) for s in rng.sample(list(site["prim"]), 1)]  # type: ignore[arg-type]
    sec = list(site["sec"])  # type: ignore[arg-type]
    if sec and rng.random() < 0.6:
        areas += [fmt(s[1][0], c) for s in rng.sample(sec, min(len(sec), rng.randint(1, 2)))]
    feats = rng.sample(list(site["feats"]), 1)  # type: ignore[arg-type]
    feat = FEATURE_WORDS[feats[0]][0]
    feat2 = rng.choice(["IV contrast", "oral contrast", "4DCT", "bladder-full protocol", "contrast", "a custom mold"])
    mod = rng.choice(["MRI", "PET/CT", "MRI", "PET"])
    body = rng.choice(NONSIM_BODY[nt]).format(
        rx=rng.choice(list(site["rx"])),
        when=rng.choice(["next week", "on " + c["start"], "after dental clearance"]),  # type: ignore[arg-type]
        feat=feat,
        feat2=feat2,
        mod=mod,
        areas=", ".join(areas),
        fx=rng.randint(3, 20),
        tot=rng.choice([25, 28, 30, 33]),
        simdate=c["hist_date"],
        wk=rng.randint(1, 6),
        dose=rng.choice([10.8, 18, 24, 36, 41.4]),
        skin=rng.choice(["grade 1 erythema", "intact", "dry desquamation"]),
        start=c["start"],
        end=c["date"],
        mo=rng.choice([3, 6, 12, 18]),
        hist=c["hist_date2"],
        yr=int(c["year"]) - 1,
        att_last=c["attending"].split(",")[0].split()[-1],
        dos=c["dosimetrist"],
        phys=c["physicist"],
        board=rng.choice(BOARDS),
        hr=rng.randint(7, 15),
        reason=rng.choice(
            ["of proximity to critical structures", "the target is irregular", "prior radiation overlaps"]
        ),
    )
    sections: list[Section] = [header_section(plan, rng, author), dx_section(plan, rng)]
    hist = history_section(plan, rng)
    if hist[2] and (len(hist[2]) > 1 or rng.random() < 0.75):
        sections.insert(rng.choice([1, 2]), hist)
    sections.extend(optional_sections(plan, rng, 0.22))
    if plan.style == "long":
        sections.extend(long_blocks(plan, rng))
    key = {
        "tumor_board": "recommendation",
        "prior_auth": "request",
        "inbasket": "message",
        "otv": "treatment",
        "treatment_summary": "treatment",
    }.get(nt, "plan")
    items: list[Item] = [body]
    if "planned_feature" in plan.traps:
        items.append(cap(rng.choice(PLANNED_FEATURE[c["planned_feature"]])) + ".")
    if "bare_assertion" in plan.traps:
        items.append(
            rng.choice(
                [
                    "Complex simulation will be medically necessary.",
                    "A complex simulation is indicated.",
                    "Complex sim (77290) anticipated.",
                    "Simulation expected to be complex.",
                ]
            )
        )
    sections.append((key, heading(key, rng), items))
    if nt in ("otv", "follow_up") and rng.random() < 0.6:
        sections.append(("exam", heading("exam", rng), filler.exam_lines(rng, rng.randint(2, 4))))
    if nt == "consult" and rng.random() < 0.6:
        sections.append(("counsel", heading("counsel", rng), [filler.counsel(rng, plan.site, c["date"])]))
    sections.append(signature_section(plan, rng, author))
    return sections


def optional_sections(plan: Plan, rng: random.Random, p: float) -> list[Section]:
    """Short optional sections (allergies, medications, screening, logistics) that carry no evidence."""
    c = plan.ctx
    out: list[Section] = []
    if rng.random() < p:
        out.append(
            (
                "allergies",
                heading("allergies", rng),
                [rng.choice(["NKDA", "Penicillin (rash)", "Sulfa", "Latex", "No Known Allergies"])],
            )
        )
    if rng.random() < p:
        out.append(("meds", heading("meds", rng), filler.med_list(rng, rng.randint(2, 5))))
    if rng.random() < p:
        out.append(("screen", heading("screen", rng), filler.screening(rng)))
    if rng.random() < p:
        neutral = [filler.fill(t, rng, c["start"]) for t in (filler.LOGISTICS[3], filler.LOGISTICS[4])]
        out.append(("logistics", heading("logistics", rng), rng.sample(neutral, rng.randint(1, 2))))
    if rng.random() < p:
        out.append(("exam", heading("exam", rng), filler.exam_lines(rng, rng.randint(1, 3))))
    rng.shuffle(out)
    return out


BLANK_FIELDS = [
    ("Treatment site(s)", "***"),
    ("Number of treatment areas", "{1/2/3/4+:22310}"),
    ("Immobilization", "{Vac-Lok/Mask/Wing board/Other:18820}"),
    ("Contrast", "{Yes/No:20451}"),
    ("Contrast type", "***"),
    ("Technique", "{3D/IMRT/VMAT/Protons:28810}"),
    ("Imaging for fusion", "{None/MRI/PET:40551}"),
    ("4DCT", "{Yes/No:12345}"),
    ("Rationale for complex simulation", "***"),
    ("Complexity", "{Simple/Intermediate/Complex:31245}"),
    ("Custom blocks", "{Yes/No:12345}"),
    ("Isocenter(s)", "***"),
    ("Applicator", "***"),
    ("Scan range", "***"),
]


def compose_blank(plan: Plan, rng: random.Random) -> list[Section]:
    """An unfilled template saved as is."""
    c = plan.ctx
    sections: list[Section] = [header_section(plan, rng, c["attending"])]
    if rng.random() < 0.7:
        sections.append(dx_section(plan, rng))
    fields = rng.sample(BLANK_FIELDS, rng.randint(6, 12))
    keys = rng.sample(["procedure", "technique", "imaging", "areas", "indication", "position"], rng.randint(1, 4))
    step = -(-len(fields) // len(keys))
    for i, key in enumerate(keys):
        chunk = fields[i * step : (i + 1) * step]
        if chunk:
            sections.append((key, heading(key, rng), [(f, v, f"{f}: {v}") for f, v in chunk]))
    sections.extend(optional_sections(plan, rng, 0.15))
    if "historical_imaging" in plan.traps:
        sections.insert(2, ("history", heading("history", rng), [hist_imaging(plan, rng, False)]))
    sections.append(
        (
            "signature",
            "",
            [
                rng.choice(["Signed: ***", f"{c['attending']} ***", "Note saved, not signed (template)"]),
                f"Last filed by {c['therapist']} at {c['date']} {c['time']}",
            ],
        )
    )
    return sections


ABORT_REASONS = [
    "patient could not tolerate lying flat because of pain despite premedication",
    "severe claustrophobia in the mask; patient asked to stop",
    "anesthesia cancelled: child with URI symptoms and fever",
    "IV access failed x3; patient declined further attempts",
    "bladder could not be filled after 90 minutes",
    "patient arrived 2 hours late; sim slot lost",
    "vasovagal episode in the sim suite; sent to ED for evaluation",
]


def compose_aborted(plan: Plan, rng: random.Random) -> list[Section]:
    """A simulation that did not happen; everything is plan or history."""
    c = plan.ctx
    author = rng.choice([c["attending"], c["therapist"], c["resident"]])
    sections: list[Section] = [header_section(plan, rng, author), dx_section(plan, rng)]
    hist = history_section(plan, rng)
    if len(hist[2]) > 1 or rng.random() < 0.6:
        sections.append(hist)
    sections.extend(optional_sections(plan, rng, 0.2))
    if plan.site == "pediatric" and rng.random() < 0.7:
        sections.append(anesthesia_section(plan, rng))
    elif rng.random() < 0.4:
        sections.append(
            (
                "position",
                heading("position", rng),
                [
                    rng.choice(
                        [
                            "Immobilization attempted; mold not completed.",
                            "Patient positioned supine briefly before stopping.",
                            "Mask partially formed, discarded.",
                        ]
                    )
                ],
            )
        )
    status: list[Item] = [
        f"Simulation aborted before any images were acquired: {rng.choice(ABORT_REASONS)}.",
        rng.choice(
            ["No scan performed.", "Nothing acquired; immobilization not finalized.", "Procedure not completed."]
        ),
    ]
    sections.append(("status", heading("status", rng), status))
    plan_items: list[Item] = [f"Reschedule {rng.choice(['CT sim', 'simulation', 'sim under GA'])} for {c['start']}."]
    if "planned_feature" in plan.traps:
        plan_items.append(f"At the new appointment: {rng.choice(PLANNED_FEATURE[c['planned_feature']])}.")
    if "planned_modality" in plan.traps:
        plan_items.append(cap(rng.choice(PLANNED_MOD[c["planned_mod"]])) + ".")
    if "bare_assertion" in plan.traps:
        plan_items.append("Complex simulation remains medically necessary.")
    sections.append(("plan", heading("plan", rng), plan_items))
    sections.append(signature_section(plan, rng, author))
    return sections


def site_area_tokens_ok(plan: Plan) -> None:
    """Sanity: planned surfaces never contain markup characters."""
    for value, surface in plan.areas or []:
        site_tok(value, surface)
    if plan.areas:
        count_tok(1, random.Random(0))
