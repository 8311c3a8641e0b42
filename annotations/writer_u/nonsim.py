"""Documents that record no simulation: letters, visits, payer papers, tickets; plus blank and aborted sims."""

from __future__ import annotations

import random

from writer_u import filler
from writer_u.compose import pad_long
from writer_u.evidence import Ctx, fill, make_ctx
from writer_u.layout import Section, layout, plain
from writer_u.plan import Plan
from writer_u.vocab import PAYERS, PRACTICE, REFERRERS, TRANSCRIBERS

FUTURE_SIM = [
    "{He} will return for CT simulation with IV contrast on {d}.",
    "Simulation is scheduled for {d}; we expect to use MRI fusion for the target.",
    "Plan CT simulation next week, likely with a 4DCT and PET fusion.",
    "We anticipate VMAT to the primary and nodes; simulation to be booked.",
    "At simulation we will consider oral contrast and custom immobilization.",
    "Tentative plan: simulation with bladder contrast, then arc-based planning.",
    "Custom electron cutout to be made at the setup visit.",
    "HDR applicator placement and CT planning are to be scheduled after the external beam.",
    "Will plan for three treatment areas once restaging is back.",
    "Simulation deferred until the wound has healed.",
]
PAST_COURSE = [
    "{He} was simulated on {d} with a 4DCT and treated with VMAT.",
    "Simulation on {d} used IV contrast; treatment began a week later.",
    "A custom cutout was used for the electron boost.",
    "MRI was fused for the boost volume at simulation.",
    "Treated to two sites (primary and nodes) with daily CBCT.",
    "Course completed without breaks.",
]
TITLES = {
    "charge_ticket": [
        "Charge Capture Ticket",
        "MOSAIQ Charge Entry",
        "Daily Charge Ticket - Physics/Sim",
        "CHARGE TICKET",
    ],
    "nurse_intake": ["Nursing Intake Assessment", "RN Intake - New Patient", "Nursing New-Patient Assessment"],
    "nurse_triage": ["Nurse Triage Note", "Telephone Triage - RN", "RN Phone Note"],
    "prior_auth": ["Prior Authorization Summary", "PRIOR AUTH REQUEST SUMMARY", "Authorization Worksheet"],
    "peer_to_peer": ["Peer-to-Peer Summary", "PEER TO PEER REVIEW - SUMMARY", "Peer-to-peer call note"],
    "referral_letter": ["Letter to referring physician", "Correspondence", "Consult Letter"],
    "consult": ["Radiation Oncology Consultation", "NEW PATIENT CONSULT", "Consult Note"],
    "otv": ["On-Treatment Visit", "OTV - Weekly Management", "Weekly Treatment Visit"],
    "treatment_summary": ["Treatment Summary", "END OF TREATMENT SUMMARY", "Completion Summary"],
    "physics_consult": ["Special Physics Consult", "SPECIAL MEDICAL PHYSICS CONSULTATION", "Physics Consult (77370)"],
}


def _pron(ctx: Ctx) -> dict[str, str]:
    return {"He": "He" if ctx.sex == "M" else "She", "he": ctx.he, "his": ctx.his}


def _future(ctx: Ctx, k: int) -> list[str]:
    d = f"{ctx.rng.randrange(1, 13)}/{ctx.rng.randrange(1, 29)}"
    return [s.format(d=d, **_pron(ctx)) for s in ctx.rng.sample(FUTURE_SIM, k)]


def _past(ctx: Ctx, k: int) -> list[str]:
    return [s.format(d=ctx.hist_date(), **_pron(ctx)) for s in ctx.rng.sample(PAST_COURSE, k)]


def _hist(ctx: Ctx, k: int) -> list[str]:
    out = []
    for line in ctx.rng.sample(ctx.site.history, min(k, len(ctx.site.history))):
        text = fill(ctx, line)
        out.append(text[0].upper() + text[1:] + ".")
    return out


def _head(ctx: Ctx, title: str) -> list[str]:
    rng = ctx.rng
    return [
        rng.choice([PRACTICE, f"{PRACTICE} | {ctx.centre}", ctx.centre.upper()]),
        title,
        rng.choice([f"Patient: [redacted]   MRN {ctx.mrn}   Date: {ctx.date}", f"[redacted] / {ctx.mrn} / {ctx.date}"]),
    ]


def compose_nonsim(plan: Plan, rng: random.Random) -> tuple[str, list[str], list[str]]:
    """Return (markup, section keys, traps) for a document that records no simulation."""
    ctx = make_ctx(rng, plan)
    nt, style = plan.note_type, plan.style
    dx = fill(ctx, ctx.pick(ctx.site.dx))
    ref = ctx.pick(REFERRERS[ctx.site.referrer])
    traps = ["non_simulation_note", "historical_imaging"]
    secs: list[Section] = []
    p = _pron(ctx)
    if nt == "charge_ticket":
        code_rows = [
            ("77290", "Simulation, complex"),
            ("77293", "Respiratory motion management"),
            ("77334", "Treatment devices, complex"),
            ("77300", "Basic dosimetry calculation"),
            ("77263", "Treatment planning, complex"),
            ("77470", "Special treatment procedure"),
            ("77280", "Simulation, simple"),
            ("77336", "Continuing physics"),
        ]
        chosen = rng.sample(code_rows, rng.randrange(2, 5))
        if not any(c[0] in ("77290", "77293") for c in chosen):
            chosen.insert(0, rng.choice(code_rows[:2]))
        facts = [plain(f"{c} {d} x{rng.choice([1, 1, 2])}", c) for c, d in chosen]
        for f, (c, d) in zip(facts, chosen, strict=True):
            f.key, f.answer = f"CPT {c}", f"{d} | units {rng.choice([1, 1, 2])}"
        secs.append(("codes", "Charges", facts))
        icd = plain(f"ICD-10 {rng.choice(['C61', 'C50.412', 'C34.11', 'C20', 'C79.51'])}", "ICD-10")
        icd.answer = icd.sentence.split()[-1]
        secs.append(("dx", "Diagnosis", [icd]))
        who = plain(f"Entered by {ctx.therapist} on {ctx.date}", "Entered by")
        who.answer = f"{ctx.therapist} on {ctx.date}"
        secs.append(
            (
                "entry",
                "Entry",
                [
                    who,
                    plain(
                        rng.choice(["Status: posted", "Status: pending MD signature", "Batch: sim charges"]), "Status"
                    ),
                ],
            )
        )
        traps = ["non_simulation_note"] + [f"charge_{c}" for c, _ in chosen if c in ("77290", "77293")]
    elif nt in ("consult", "referral_letter", "prior_auth", "peer_to_peer", "nurse_intake", "physics_consult"):
        opening = {
            "consult": [f"Thank you for the referral from {ref}.", f"Seen in consultation at the request of {ref}."],
            "referral_letter": [f"Dear {ref.split(' (')[0].split(',')[0]},", "Re: [redacted]. Dear colleague,"],
            "prior_auth": [
                f"Payer: {ctx.pick(PAYERS)}. Reference #{rng.randrange(10**7, 10**8)}.",
                f"Submitted to {ctx.pick(PAYERS)} on {ctx.hist_date()}.",
            ],
            "peer_to_peer": [
                f"Peer-to-peer with the medical director of {ctx.pick(PAYERS)} on {ctx.date}.",
                f"Called {ctx.pick(PAYERS)} reviewer regarding the denial of the planned course.",
            ],
            "nurse_intake": [
                "Intake completed before the simulation appointment.",
                "New-patient nursing assessment before planning.",
            ],
            "physics_consult": [
                f"Requested by {ctx.md} for review before simulation.",
                "Consult requested for a cardiac device before planning.",
            ],
        }[nt]
        secs.append(("open", "Summary", [plain(ctx.pick(opening))]))
        secs.append(("dx", "Diagnosis", [plain(dx, "Dx")]))
        secs.append(("hist", "Imaging history", [plain(s, "Prior imaging") for s in _hist(ctx, rng.randrange(1, 3))]))
        body: list[str] = []
        if nt == "prior_auth":
            body += [
                f"Requested: 77290 complex simulation, 77301 IMRT planning, 77386 x{rng.randrange(5, 40)}.",
                ctx.pick(
                    [
                        "Status: pending clinical review.",
                        f"Approved, auth #{rng.randrange(10**5, 10**6)}.",
                        "Denied - appeal in progress.",
                    ]
                ),
            ]
            traps.append("charge_77290")
        if nt == "peer_to_peer":
            body += [
                f"I explained why {p['he']} needs the planned approach and that the simulation has not yet occurred.",
                ctx.pick(
                    [
                        "Reviewer upheld approval after discussion.",
                        "Reviewer will reconsider with records.",
                        "Denial overturned.",
                    ]
                ),
            ]
        if nt == "physics_consult":
            body += [
                ctx.pick(
                    [
                        "Pacemaker located outside the anticipated fields; dose estimate pending the plan.",
                        f"Prior course ({rng.randrange(2010, 2023)}) records requested for composite dose.",
                    ]
                ),
                "Recommendations to be finalized after simulation.",
            ]
        if nt == "nurse_intake":
            body += [
                ctx.pick(
                    [
                        "Contrast allergy reviewed; premedication ordered for the sim visit.",
                        "No contrast allergy reported.",
                        "Explained what the CT sim visit will involve.",
                    ]
                ),
                f"Distress score {rng.randrange(0, 9)}/10; pain {rng.randrange(0, 8)}/10.",
            ]
        body += _future(ctx, rng.randrange(1, 3))
        secs.append(
            (
                "plan",
                ctx.pick(["Plan", "Recommendation", "Request details", "Assessment and plan"]),
                [plain(s) for s in body],
            )
        )
        traps += ["planned_modality", "planned_feature"]
        if nt == "referral_letter":
            secs.append(
                (
                    "close",
                    "Closing",
                    [plain(ctx.pick(["Thank you for allowing us to share in the care.", "I will keep you updated."]))],
                )
            )
    else:
        # otv, treatment_summary, nurse_triage
        fx = rng.randrange(3, 25)
        tot = fx + rng.randrange(1, 20)
        if nt == "otv":
            lines = [
                f"Fraction {fx} of {tot}.",
                ctx.pick(["Daily CBCT reviewed; shifts within tolerance.", "IGRT images reviewed and approved."]),
                ctx.pick(["Mild fatigue, grade 1.", "Skin erythema grade 1.", "Loose stools x2/day, on Imodium."]),
            ]
            traps.append("igrt_plan")
        elif nt == "treatment_summary":
            lines = [f"Completed {tot} fractions on {ctx.date}.", *_past(ctx, rng.randrange(2, 4))]
            traps.append("past_course_summary")
        else:
            lines = [
                f"Pt called on day {fx} of treatment.",
                ctx.pick(["Reports nausea after lunch.", "Asking about skin care.", "Diarrhea overnight."]),
                ctx.pick(["Advised per protocol; will see at OTV.", "Zofran refilled.", "Scheduled nurse visit."]),
            ]
            if rng.random() < 0.5:
                lines.append(
                    ctx.pick(
                        [
                            "Mentions the IV contrast at the sim last month gave a warm flush.",
                            "Asked whether the MRI fusion from the sim needs repeating.",
                        ]
                    )
                )
        secs.append(("dx", "Diagnosis", [plain(dx, "Dx")]))
        secs.append(("visit", ctx.pick(["Visit", "Course", "Interval"]), [plain(s) for s in lines]))
        secs.append(("hist", "Prior imaging", [plain(s) for s in _hist(ctx, 1)]))
    if style == "long":
        secs = secs[:2] + [(k, t, [plain(x) for x in xs]) for k, t, xs in filler.long_sections(ctx, ref)] + secs[2:]
        secs.append(("discussion", "Discussion", [plain(x) for x in filler.discussion(ctx, rng.randrange(6, 12))]))
        secs = pad_long(ctx, secs)
    foot = [ctx.pick([f"Electronically signed {ctx.md}", f"{ctx.nurse}", f"-- {ctx.physicist}", ctx.md])]
    if style in ("dictation", "long") and nt in ("consult", "referral_letter", "treatment_summary"):
        foot += ["DICTATED BUT NOT READ", f"Job #{ctx.job} {ctx.pick(TRANSCRIBERS)}"]
    markup = layout(style, _head(ctx, ctx.pick(TITLES[nt])), secs, foot, rng)
    return markup, [k for k, _, f in secs if f], traps


BLANK_ROWS = [
    ("Treatment site", "Site?", "___"),
    ("Number of areas", "How many areas?", "___"),
    ("Contrast", "Contrast used?", "[ ] IV  [ ] Oral  [ ] Rectal  [ ] None"),
    ("Imaging for fusion", "Fusion?", "[ ] MRI  [ ] PET"),
    ("Technique", "Technique?", "[ ] 3D  [ ] IMRT  [ ] VMAT"),
    ("Custom blocks", "Custom blocks?", "[ ] Yes  [ ] No"),
    ("Medical necessity", "Reason for complex sim?", "___"),
    ("Immobilization", "Immobilization?", ""),
    ("Motion management", "4DCT?", "[ ]"),
    ("Bolus", "Bolus?", "___"),
    ("Applicator", "Applicator?", "N/A ___"),
    ("Physician", "MD?", "___"),
    ("Sim date", "Date?", "__/__/____"),
    ("Complex blocking", "Complex blocking?", "[ ]"),
]


def compose_blank(plan: Plan, rng: random.Random) -> tuple[str, list[str], list[str]]:
    """Return a saved-but-empty Simulation Rx template."""
    ctx = make_ctx(rng, plan)
    rows = rng.sample(BLANK_ROWS, rng.randrange(7, 12))
    facts = [plain(a, k) for k, _, a in rows]
    for f, (_, q, _) in zip(facts, rows, strict=True):
        f.question = q
    status = ctx.pick(
        [
            "Status: Draft - not approved",
            "Saved, unsigned",
            "Template opened; no entries",
            "Document in progress (auto-saved)",
        ]
    )
    secs: list[Section] = [("status", "Status", [plain(status, "Status")]), ("rx", "Simulation Rx", facts)]
    if rng.random() < 0.5:
        secs.append(
            ("dx", "Diagnosis", [plain(ctx.pick(["ICD-10: ___", "Dx: ___", "Diagnosis: (not entered)"]), "Dx")])
        )
    rng.shuffle(secs)
    title = ctx.pick(
        ["Simulation Rx", "SIM ORDER (template)", "Sim Documentation - blank", "Treatment Planning Directive"]
    )
    return layout(plan.style, _head(ctx, title), secs, [], rng), [k for k, _, _ in secs], ["blank_template"]


ABORT_REASONS = [
    "could not tolerate lying flat because of rib pain despite premedication",
    "had a panic attack once the mask was being molded",
    "arrived with a full bladder protocol not followed and then declined to wait",
    "became hypotensive and was sent to the ED",
    "had severe claustrophobia and asked to stop before any scanning",
    "was too confused to follow instructions today (daughter reports new delirium)",
]


def compose_aborted(plan: Plan, rng: random.Random) -> tuple[str, list[str], list[str]]:
    """Return an aborted simulation: nothing was done, so nothing counts."""
    ctx = make_ctx(rng, plan)
    p = _pron(ctx)
    reason = ctx.pick(ABORT_REASONS)
    events = [
        f"{p['He']} {reason}.",
        ctx.pick(
            [
                "Simulation aborted; no images acquired.",
                "Sim stopped before the scan. No imaging obtained.",
                "Procedure discontinued prior to image acquisition.",
            ]
        ),
        ctx.pick(
            ["IV was not started and no contrast given.", "Contrast was held.", "Mask not completed; no marks placed."]
        ),
    ]
    intended = ctx.pick(
        [
            "Intended: CT sim with IV contrast and VMAT planning to three areas.",
            "Had been planned with MRI fusion and custom blocks.",
            "Original order: 4DCT, oral contrast, arc planning.",
        ]
    )
    plan_lines = [
        ctx.pick(
            [
                "Will reschedule with lorazepam premedication.",
                "Reschedule next week after pain control.",
                "Will re-attempt once medically stable.",
            ]
        ),
        ctx.pick(
            [
                "Complex simulation still indicated at the next attempt.",
                "No charge today.",
                "Cancel today's charges.",
                "77290 to be billed at the completed visit only.",
            ]
        ),
    ]
    traps = ["aborted", "order_not_done"]
    if "Complex simulation" in plan_lines[1]:
        traps.append("bare_assertion")
    if "77290" in plan_lines[1]:
        traps.append("charge_77290")
    secs: list[Section] = [
        ("dx", "Diagnosis", [plain(fill(ctx, ctx.pick(ctx.site.dx)), "Dx")]),
        ("order", "Order", [plain(intended, "Intended")]),
        ("events", ctx.pick(["Events", "What happened", "Sim attempt"]), [plain(e, "Event") for e in events]),
        ("plan", "Plan", [plain(x, "Plan") for x in plan_lines]),
    ]
    if rng.random() < 0.5:
        secs.insert(1, ("hist", "Prior imaging", [plain(x) for x in _hist(ctx, 1)]))
    title = ctx.pick(
        [
            "Simulation - aborted",
            "SIM ATTEMPT (not completed)",
            "Sim Documentation - cancelled",
            "Simulation note: unable to complete",
        ]
    )
    foot = [ctx.pick([f"{ctx.therapist}", f"Signed {ctx.md}"])]
    return (layout(plan.style, _head(ctx, title), secs, foot, rng), [k for k, _, _ in secs], traps)
