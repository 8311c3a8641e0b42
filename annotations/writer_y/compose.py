"""Composers: one per note type, and the per-style layout.

Each composer returns (header lines, sections, footer lines); ``layout`` renders them per style.
A section is (key, title, lines). Lines are markup strings.
"""

from __future__ import annotations

import datetime

from . import filler as F
from .evidence import NUM_WORDS, Ctx, cap
from .plan import trap_features, trap_modalities
from .vocab import APPS, EHR, PAYER_REVIEWERS, PAYERS, REFERRERS, TELEHEALTH

Section = tuple[str, str, list[str]]

TITLES = {
    "subjective": ["Subjective", "Interval History", "History of Present Illness", "Patient Report"],
    "objective": ["Objective", "Exam", "Vitals/Exam"],
    "procedure": ["Procedure Summary", "Procedure", "Simulation Details", "CT Simulation", "Simulation"],
    "assessment": ["Assessment and Plan", "Assessment & Plan", "Impression/Plan", "Plan"],
    "history": ["Oncologic History", "Background", "Pertinent History", "Imaging History"],
    "edits": ["Physician Edits", "Provider Addendum", "Addendum", "Physician review"],
    "transcript": [
        "Conversation excerpt (ambient capture)",
        "Transcript excerpt",
        "Ambient transcript (selected)",
        "Verbatim capture - excerpts",
    ],
    "summary": ["Visit Summary", "Summary", "Reason for Visit"],
    "rationale": ["Medical Necessity", "Rationale", "Complexity"],
    "avs": ["After Visit Summary", "Patient Instructions (AVS)", "Your Visit Today"],
}


def T(ctx: Ctx, key: str) -> str:
    return ctx.rng.choice(TITLES[key])


def reg_of(style: str) -> str:
    return {"scribe": "scribe", "transcript": "scribe", "ehr_terse": "terse", "template": "terse", "lay": "lay"}.get(
        style, "prose"
    )


def banner(ctx: Ctx) -> list[str]:
    r = ctx.rng
    return [
        r.choice(
            [
                f"[This note was drafted by {ctx.scribe} from the visit audio and reviewed/edited by the provider.]",
                f"Documentation assisted by {ctx.scribe}. Provider has reviewed the draft for accuracy.",
                f"AI-assisted documentation ({ctx.scribe}); patient consented to ambient recording.",
                f"** Ambient AI draft ({ctx.scribe}) - edited by {ctx.md_last} **",
            ]
        )
    ]


def head(ctx: Ctx, title: str) -> list[str]:
    r = ctx.rng
    forms = [
        [ctx.centre, title, f"DOS: {ctx.sim_date}    Provider: {ctx.md}"],
        [f"{title} | {ctx.centre}, {ctx.state}", f"Date: {ctx.sim_date} | MRN {ctx.mrn}"],
        [f"{ctx.centre} - {title}", f"Patient: [redacted]  MRN: {ctx.mrn}  DOS {ctx.sim_date}", f"Attending: {ctx.md}"],
        [title.upper(), f"{ctx.centre} ({ctx.state})", f"Encounter {ctx.acct} / {ctx.sim_date}"],
    ]
    return r.choice(forms)


def sign(ctx: Ctx) -> list[str]:
    r = ctx.rng
    return [
        r.choice(
            [
                f"Electronically signed: {ctx.md} {ctx.sim_date}",
                f"-- {ctx.md}",
                f"Signed {ctx.md}, {ctx.sim_date} 16:{r.randint(10, 59)}",
                f"{ctx.md} (e-signed)",
                f"Reviewed and signed by {ctx.md}",
            ]
        )
    ]


def tail_section(ctx: Ctx, tr: dict[str, list[str]]) -> list[Section]:
    if not tr["tail"]:
        return []
    edits = [t for t in tr["tail"] if t.startswith(("Physician edit", "Correction"))]
    others = [t for t in tr["tail"] if t not in edits]
    out: list[Section] = []
    if others:
        out.append(("misc", "", others))
    if edits:
        out.append(("edits", T(ctx, "edits"), edits))
    return out


def sim_title(ctx: Ctx, options: list[str]) -> str:
    """A title; notes that document no imaging never call themselves a CT simulation."""
    if ctx.plan.modalities:
        return ctx.rng.choice(options)
    return ctx.rng.choice(
        ["Clinical Set-up", "Simulation Encounter (clinical mark-up)", "Clinical Simulation", "Set-up Visit"]
    )


def sim_body(ctx: Ctx, reg: str, tr: dict[str, list[str]], with_areas: bool = True) -> list[str]:
    """The procedure lines: set-up, imaging, features, marks, body traps (shuffled within reason)."""
    r = ctx.rng
    lines: list[str] = []
    imaging_ok = bool(ctx.plan.modalities)
    if r.random() < 0.5:
        lines.append(r.choice([c for c in F.CONSENT if imaging_ok or "scan" not in c]))
    lines.append(ctx.position())
    lines.append(ctx.immob_line(reg))
    imaging = ctx.imaging_lines(reg)
    feats = ctx.feature_lines(reg)
    mid = imaging + feats
    if r.random() < 0.3:
        mid = feats + imaging
    lines += mid
    if with_areas and ctx.plan.areas is not None:
        lines.insert(r.randint(1, len(lines)), ctx.areas_line(reg))
    lines += tr["body"]
    lines.append(ctx.marks())
    if r.random() < 0.6 and imaging_ok:
        lines.append(r.choice(F.SCAN))
    if not imaging_ok:
        lines.append(
            r.choice(
                [
                    "Clinical set-up only; no planning scan.",
                    "Borders drawn clinically on the skin.",
                    "Set-up done clinically at the machine; SSD checked.",
                ]
            )
        )
    lines.append(r.choice(F.TOLERANCE))
    return lines


ATTEST = [
    "I was present for the simulation, reviewed the images at the console and approved the isocenter.",
    "Physician present for the critical portions of the procedure.",
    "I have reviewed the AI-generated draft above and edited it for accuracy.",
    "Provider attests the scribe draft was reviewed; edits noted below where made.",
    "Images reviewed and approved for planning by the attending.",
]
OVERSUM = [
    "Simulation completed per protocol; technical details below.",
    "Patient underwent simulation today. Per discussion, everything went as planned.",
    "The simulation was completed. Details per the therapist record are summarized here.",
    "Planning simulation performed and tolerated.",
]


def rationale_lines(ctx: Ctx, reg: str) -> list[str]:
    return [ctx.rationale_line(reg)] if ctx.plan.rationale else []


# ---------------- simulation composers ----------------
def c_scribe_sim(ctx: Ctx, tr: dict[str, list[str]], style: str) -> tuple[list[str], list[Section], list[str]]:
    r = ctx.rng
    reg = reg_of(style) if style != "caps" else "prose"
    hdr = head(
        ctx, sim_title(ctx, ["CT Simulation Visit", "Simulation Encounter", "Radiation Oncology Procedure Note"])
    ) + banner(ctx)
    secs: list[Section] = []
    if r.random() < 0.35:
        secs.append(
            (
                "cc",
                r.choice(["Reason for Visit", "Chief Complaint", "Visit Type"]),
                [
                    r.choice(
                        (
                            ["CT simulation for radiation planning.", "Planning simulation."]
                            if ctx.plan.modalities
                            else ["Clinical set-up for radiation.", "Mark-up visit."]
                        )
                        + [f"Simulation - {ctx.dx}."]
                    )
                ],
            )
        )
    if tr["hist"] and r.random() < 0.5:
        secs.append(("subjective", T(ctx, "subjective"), F.pick(r, F.SUBJECTIVE, r.randint(1, 3))))
        secs.append(("history", T(ctx, "history"), tr["hist"]))
    else:
        secs.append(("subjective", T(ctx, "subjective"), F.pick(r, F.SUBJECTIVE, r.randint(1, 3)) + tr["hist"]))
    if r.random() < 0.7:
        secs.append(("objective", T(ctx, "objective"), F.pick(r, F.OBJECTIVE, 2)))
    areas_in_proc = r.random() < 0.5
    body = sim_body(ctx, reg, tr, with_areas=areas_in_proc)
    if r.random() < 0.3:
        body.insert(0, r.choice(OVERSUM))
    secs.append(("procedure", T(ctx, "procedure"), body))
    ap = [f"Diagnosis: {ctx.dx}."]
    if not areas_in_proc:
        ap.append(ctx.areas_line(reg))
    ap += rationale_lines(ctx, reg)
    ap += tr["plan"]
    ap.append(r.choice(F.NEXT))
    if r.random() < 0.5:
        r.shuffle(ap)
    secs.append(("assessment", T(ctx, "assessment"), ap))
    if r.random() < 0.3:
        secs.append(("attestation", r.choice(["Attestation", "Provider Attestation"]), [r.choice(ATTEST)]))
    secs += tail_section(ctx, tr)
    return hdr, secs, sign(ctx)


def transcript_lines(ctx: Ctx, tr: dict[str, list[str]], with_rationale: bool) -> list[str]:
    r = ctx.rng
    p = ctx.plan
    pairs: list[list[str]] = []
    tf = trap_features(p)
    tm = trap_modalities(p)
    hyp = []
    if "MRI" in tm:
        hyp.append(["Doctor: We might add MRI fusion if the CT is unclear.", "Patient: Okay."])
    if "PET" in tm:
        hyp.append(
            ["Patient: Do I need another PET scan?", "Doctor: Not for now. If the nodes look different, maybe later."]
        )
    if "contrast" in tf:
        hyp.append(
            [
                "Patient: Will I get the dye again? I had it last time.",
                "Doctor: Not today. Your kidney numbers are borderline, so no contrast for this scan.",
            ]
        )
        hyp.append(
            [
                "Patient: Is there going to be contrast?",
                "Doctor: Probably not - if the scan is hard to read we could bring you back for it.",
            ]
        )
    if "arc_rotational" in tf:
        hyp.append(
            [
                "Doctor: If the heart dose comes out high we could switch to the arc technique.",
                "Patient: Whatever works best.",
            ]
        )
    if "particle" in tf:
        hyp.append(
            [
                "Patient: My neighbor had protons. Could I?",
                "Doctor: We can ask your insurance, but that's not what we're doing right now.",
            ]
        )
    if "custom_shielding" in tf:
        hyp.append(
            ["Patient: Do I need one of those custom blocks?", "Doctor: No, the machine shapes the beam itself."]
        )
    if "brachytherapy" in tf:
        hyp.append(
            ["Doctor: Later on we'll talk about the internal treatment, the applicator part.", "Patient: Later, okay."]
        )
    if hyp:
        pairs += r.sample(hyp, min(len(hyp), r.randint(1, 2)))
    neutral = [
        [
            "Patient: How long does this take?",
            "Doctor: The scan itself is a few minutes; the setup is the longer part.",
        ],
        ["Patient: Can I move my arms?", "Therapist: Try to stay as still as you can, we're almost done."],
        ["Patient: [inaudible] ...the tattoos?", "Doctor: Tiny dots, about the size of a freckle."],
        ["Patient: Is it cold in here or is it me?", "Therapist: It's the room. We'll get you a blanket."],
    ]
    pairs.append(r.choice(neutral))
    if with_rationale:
        pairs.append(
            [
                r.choice(
                    [
                        "Doctor: The reason we're doing all this is ",
                        "Doctor: So, the reason today's scan is more involved: ",
                        "Doctor: Just so you know why - ",
                    ]
                )
                + ctx.rationale_phrase("lay")
                + ".",
                r.choice(["Patient: That makes sense.", "Patient: Okay. Thank you for explaining.", "Patient: Mm-hm."]),
            ]
        )
    r.shuffle(pairs)
    lines = [ln for pair in pairs for ln in pair]
    if r.random() < 0.3:
        lines.insert(r.randint(0, len(lines)), "[crosstalk]" if r.random() < 0.5 else "Patient: [inaudible]")
    return lines


def c_transcript_sim(ctx: Ctx, tr: dict[str, list[str]], style: str) -> tuple[list[str], list[Section], list[str]]:
    r = ctx.rng
    hdr = head(
        ctx, r.choice(["Simulation Visit (ambient)", "CT Sim - AI Scribe Note", "Planning Simulation"])
    ) + banner(ctx)
    in_tx = bool(ctx.plan.rationale) and r.random() < 0.5
    secs: list[Section] = []
    summ = [
        r.choice(
            [
                f"Patient presented for treatment planning simulation for {ctx.dx}.",
                f"Simulation visit for {ctx.dx}. Patient reports she is ready to start.",
                "Patient seen for planning scan; per discussion, all questions answered.",
            ]
        )
    ]
    summ += tr["hist"]
    secs.append(("summary", T(ctx, "summary"), summ))
    if r.random() < 0.4:
        secs.append(("objective", T(ctx, "objective"), F.pick(r, F.OBJECTIVE, 2)))
    proc = sim_body(ctx, "scribe", tr)
    if r.random() < 0.3:
        proc.insert(0, r.choice(OVERSUM))
    tx = ("transcript", T(ctx, "transcript"), transcript_lines(ctx, tr, in_tx))
    pr = ("procedure", r.choice(["Procedure Summary (physician)", "What was done", "Procedure Summary"]), proc)
    secs += [tx, pr] if r.random() < 0.6 else [pr, tx]
    ap = ([] if in_tx else rationale_lines(ctx, "scribe")) + tr["plan"] + [r.choice(F.NEXT)]
    secs.append(("assessment", T(ctx, "assessment"), ap))
    if r.random() < 0.35:
        secs.append(("attestation", "Attestation", [r.choice(ATTEST)]))
    secs += tail_section(ctx, tr)
    return hdr, secs, sign(ctx)


def c_therapist_log(ctx: Ctx, tr: dict[str, list[str]], style: str) -> tuple[list[str], list[Section], list[str]]:
    r = ctx.rng
    ehr = r.choice(EHR)
    hdr = [
        f"{ehr} | Sim Tx Note | {ctx.sim_date} {r.randint(7, 16):02d}:{r.randint(0, 59):02d} | {ctx.rtt}",
        f"Dx: {ctx.dx}",
    ]
    setup = [
        "Pt ID'd x2, consent on file." if r.random() < 0.5 else "2 IDs verified; time-out done.",
        ctx.position(),
        ctx.immob_line("terse"),
    ]
    scan = ctx.imaging_lines("terse") + ctx.feature_lines("terse")
    if ctx.plan.areas or r.random() < 0.6:
        scan.insert(0, ctx.areas_line("terse"))
    notes = tr["body"] + [
        ctx.marks(),
        f"MD present: {ctx.md_last}" if r.random() < 0.6 else f"MD {ctx.md_last} reviewed images at console",
    ]
    secs: list[Section] = []
    if r.random() < 0.5:
        secs += [("setup", "SETUP", setup), ("scan", "SCAN", scan), ("notes", "NOTES", notes)]
    else:
        secs.append(("log", "", setup + scan + notes))
    extra = []
    if ctx.plan.rationale:
        extra.append(r.choice(["Per MD: ", "MD note: ", ""]) + ctx.rationale_line("terse"))
    extra += tr["plan"] + tr["hist"]
    if extra:
        secs.append(("md", r.choice(["MD", "Physician comments", "Comments"]), extra))
    secs += tail_section(ctx, tr)
    return hdr, secs, [ctx.rtt]


def c_md_sim_terse(ctx: Ctx, tr: dict[str, list[str]], style: str) -> tuple[list[str], list[Section], list[str]]:
    r = ctx.rng
    reg = "terse" if style != "typos" else "prose"
    hdr = head(ctx, sim_title(ctx, ["SIMULATION NOTE - PHYSICIAN", "Sim Procedure Note", "CT SIM (MD)"]))
    fields = [f"Dx: {ctx.dx}"]
    if ctx.plan.areas or r.random() < 0.7:
        fields.append(ctx.areas_line(reg))
    fields.append("Position: " + ctx.position())
    fields.append(ctx.immob_line(reg))
    fields += ctx.imaging_lines(reg)
    fields += ctx.feature_lines(reg)
    fields += tr["body"]
    secs: list[Section] = [("fields", "", fields)]
    if r.random() < 0.3:
        secs.insert(0, ("vitals", "Vitals", F.pick(r, F.OBJECTIVE, 1)))
    if tr["hist"]:
        secs.insert(0 if r.random() < 0.6 else len(secs), ("history", T(ctx, "history"), tr["hist"]))
    nec = rationale_lines(ctx, reg) + tr["plan"]
    if nec:
        secs.append(("necessity", r.choice(["Medical necessity / plan", "Plan", "Comments"]), nec))
    secs.append(("next", "", [r.choice(F.NEXT)]))
    secs += tail_section(ctx, tr)
    return hdr, secs, sign(ctx)


def c_order_proc(ctx: Ctx, tr: dict[str, list[str]], style: str) -> tuple[list[str], list[Section], list[str]]:
    r = ctx.rng
    p = ctx.plan
    reg = "terse" if style == "template" else "prose"
    hdr = head(
        ctx, r.choice(["Simulation Order and Procedure", "CT SIMULATION - ORDER / PROCEDURE", "Sim Rx + Procedure"])
    )
    order_items = []
    not_done = []
    for f in trap_features(p)[:1] + ([m for m in trap_modalities(p) if m in ("MRI", "PET")][:1]):
        label = {
            "contrast": "IV contrast",
            "arc_rotational": "VMAT",
            "custom_shielding": "custom blocks",
            "particle": "protons",
            "brachytherapy": "applicator verification",
            "hyperthermia": "hyperthermia probes",
            "complex_blocking": "complex blocking",
            "MRI": "MRI fusion",
            "PET": "PET fusion",
        }[f]
        order_items.append(label + " (requested)")
        why = r.choice(
            [
                "not done - patient declined",
                "not done at sim",
                "cancelled by MD at the console",
                "not performed: images unavailable",
                "deferred; not done today",
            ]
        )
        not_done.append(f"Ordered {label}: {why}.")
    order_items.append(r.choice(["Sim type: complex", "Priority: routine", "Sim type: 3D"]))
    order_items.append(r.choice(["Immobilization per protocol", "Tattoos: yes", "Bladder: comfortably full"]))
    r.shuffle(order_items)
    secs: list[Section] = [
        (
            "order",
            r.choice(["ORDER (intent)", "Order", "Simulation order entered"]),
            [f"Ordered by {ctx.md} on {ctx.fmt(ctx.sim_day - datetime.timedelta(days=r.randint(1, 9)))}", *order_items],
        )
    ]
    proc = sim_body(ctx, reg, tr) + not_done
    secs.append(("procedure", r.choice(["PROCEDURE (performed)", "Procedure Note", "What was done"]), proc))
    ap = rationale_lines(ctx, reg) + tr["plan"] + tr["hist"]
    if ap:
        secs.append(("assessment", T(ctx, "assessment"), ap))
    if r.random() < 0.3:
        secs.append(("attestation", "Attestation", [r.choice(ATTEST)]))
    secs += tail_section(ctx, tr)
    return hdr, secs, sign(ctx)


def avs_lines(ctx: Ctx, tr: dict[str, list[str]], restate: bool) -> list[str]:
    r = ctx.rng
    lines = [
        r.choice(
            [
                "Thank you for coming in today.",
                "You were seen today for your radiation planning visit.",
                "Here is a summary of your visit.",
            ]
        )
    ]
    if restate:
        lines += ctx.imaging_lines("lay")
    else:
        lines.append("Today you had your planning scan (simulation).")
    lines.append(
        r.choice(
            [
                "Please keep the small tattoo marks clean; they are permanent.",
                "Do not wash off the marks on your skin.",
                "You may eat and drink normally.",
            ]
        )
    )
    lines.append(
        r.choice(["Your first treatment will be scheduled within 1-2 weeks.", "We will call you with your start date."])
    )
    return lines


def c_sim_avs(ctx: Ctx, tr: dict[str, list[str]], style: str) -> tuple[list[str], list[Section], list[str]]:
    hdr, secs, foot = c_scribe_sim(
        ctx, {**tr, "tail": [t for t in tr["tail"] if not t.startswith(("General", "About", "Some"))]}, style
    )
    r = ctx.rng
    avs = avs_lines(
        ctx, tr, restate=r.random() < 0.5 and ctx.plan.moved is None and "addendum_remove" not in ctx.plan.traps
    )
    avs += [t for t in tr["tail"] if t.startswith(("General", "About", "Some"))]
    edits = [s for s in secs if s[0] == "edits"]
    secs = [s for s in secs if s[0] != "edits"] + [("avs", T(ctx, "avs"), avs)] + edits
    return hdr, secs, foot


def c_avs_today(ctx: Ctx, tr: dict[str, list[str]], style: str) -> tuple[list[str], list[Section], list[str]]:
    r = ctx.rng
    hdr = [
        f"{ctx.centre}",
        "AFTER VISIT SUMMARY",
        f"Visit date: {ctx.sim_date}  |  Provider: {ctx.md}",
        "Visit type: " + r.choice(["Radiation planning (simulation)", "CT simulation", "Treatment planning scan"]),
    ]
    did = ctx.imaging_lines("lay") + ctx.feature_lines("lay") + tr["body"]
    if ctx.plan.areas:
        did.insert(r.randint(0, len(did)), ctx.areas_line("lay"))
    else:
        did.append(
            r.choice(
                [
                    "Your team marked the areas they will treat.",
                    "We scanned the areas your doctor is planning to treat.",
                ]
            )
        )
    secs: list[Section] = [("did", r.choice(["What we did today", "Today's visit", "What happened today"]), did)]
    if ctx.plan.rationale:
        secs.append(("why", r.choice(["Why we did it this way", "Why"]), [ctx.rationale_line("lay")]))
    nxt = [ln for ln in tr["plan"] if not ln.startswith(tuple(x[:10] for x in ()))] + [
        r.choice(
            [
                "Your doctor and the planning team will now design your treatment. This takes about 1 to 2 weeks.",
                "We will call you with the date of your first treatment.",
            ]
        )
    ]
    secs.append(("next", r.choice(["What happens next", "Next steps"]), nxt))
    instr = [
        r.choice(
            ["Keep your skin marks dry for 24 hours.", "Drink plenty of water today.", "Resume your usual medicines."]
        )
    ]
    instr += list(tr["tail"])
    secs.append(("instructions", r.choice(["Instructions", "Things to know"]), instr))
    secs.append(
        (
            "care",
            "Your care team",
            [f"Nurse line: (555) 01{r.randint(10, 99)}-{r.randint(1000, 9999)}", f"Nurse: {ctx.rn}"],
        )
    )
    if tr["hist"]:
        secs.insert(
            0, ("hist", "Your recent tests", [ln.replace("Patient reports", "You told us") for ln in tr["hist"]])
        )
    return hdr, secs, []


def c_brachy(ctx: Ctx, tr: dict[str, list[str]], style: str) -> tuple[list[str], list[Section], list[str]]:
    r = ctx.rng
    p = ctx.plan
    reg = reg_of(style)
    if p.site == "prostate":
        proc = "HDR prostate catheter insertion with CT-based planning"
        desc = "In lithotomy, 16 interstitial catheters were placed through a perineal template under TRUS guidance."
        anes = ["Spinal anesthesia.", "General anesthesia (LMA)."]
    elif p.areas and p.areas[0][0] == "vaginal cuff":
        proc = "Vaginal cylinder insertion, CT planning"
        desc = "A 3.0 cm vaginal cylinder was inserted to the apex without difficulty."
        anes = ["None required.", "None; topical lidocaine gel."]
    else:
        proc = r.choice(
            [
                "Tandem and ovoid insertion under anesthesia, CT-based planning",
                "Tandem and ring insertion with CT planning",
            ]
        )
        desc = "EUA performed; uterus sounded to 7 cm; tandem placed and ovoids/ring seated against the cervix."
        anes = [
            "General anesthesia via LMA (anesthesia team).",
            "Spinal anesthesia.",
            "Conscious sedation: midazolam 2 mg, fentanyl 50 mcg.",
        ]
    hdr = head(ctx, "Brachytherapy Procedure Note")
    secs: list[Section] = [("procname", "Procedure", [proc, f"Fraction {r.randint(1, 5)} of {r.choice([4, 5])}"])]
    secs.append(("indication", "Indication", [cap(ctx.dx) + "."] + tr["hist"] + rationale_lines(ctx, reg)))
    if r.random() < 0.45:
        secs.append(("anesthesia", "Anesthesia", [r.choice(anes)]))
    body = [desc] + [ctx.areas_line(reg)] + ctx.imaging_lines(reg) + ctx.feature_lines(reg) + tr["body"]
    body.append(r.choice(["Packing placed.", "Foley to gravity.", "Rectal retractor placed."]))
    secs.append(("description", r.choice(["Description", "Procedure details", "Technique"]), body))
    secs.append(
        (
            "disposition",
            "Disposition",
            [r.choice(["EBL minimal. No complications.", "Tolerated well; to recovery."]), r.choice(F.NEXT)]
            + tr["plan"],
        )
    )
    secs += tail_section(ctx, tr)
    return hdr, secs, sign(ctx)


def c_srs(ctx: Ctx, tr: dict[str, list[str]], style: str) -> tuple[list[str], list[Section], list[str]]:
    r = ctx.rng
    reg = reg_of(style)
    hdr = head(ctx, r.choice(["SRS Simulation", "Stereotactic Radiosurgery - Simulation", "Frameless SRS Sim"]))
    if style == "scribe":
        hdr += banner(ctx)
    secs: list[Section] = [("history", T(ctx, "history"), [cap(ctx.dx) + "."] + tr["hist"])]
    if r.random() < 0.4:
        secs.append(("objective", T(ctx, "objective"), [*F.pick(r, F.OBJECTIVE, 1), "Neuro: nonfocal."]))
    secs.append(("targets", r.choice(["Targets", "Lesions", "Treatment areas"]), [ctx.areas_line(reg)]))
    secs.append(("procedure", T(ctx, "procedure"), sim_body(ctx, reg, tr, with_areas=False)))
    secs.append(("assessment", T(ctx, "assessment"), rationale_lines(ctx, reg) + tr["plan"] + [r.choice(F.NEXT)]))
    if r.random() < 0.35:
        secs.append(
            (
                "qa",
                r.choice(["Physics", "QA"]),
                [
                    r.choice(
                        [
                            "Mask fit checked; intrafraction motion under 1 mm on surface imaging.",
                            "Physicist reviewed the image registration.",
                            "End-to-end QA on file.",
                        ]
                    )
                ],
            )
        )
    secs += tail_section(ctx, tr)
    return hdr, secs, sign(ctx)


def c_resim(ctx: Ctx, tr: dict[str, list[str]], style: str) -> tuple[list[str], list[Section], list[str]]:
    r = ctx.rng
    reg = reg_of(style)
    hdr = head(ctx, r.choice(["Re-simulation", "Repeat CT Simulation", "Re-Sim (replan)"]))
    if style == "scribe":
        hdr += banner(ctx)
    why = r.choice(
        [
            "Re-simulation today because of 6 kg weight loss and a loose mask.",
            "Re-sim for replanning after tumor shrinkage on CBCT.",
            "Repeat simulation: the original scan had motion artifact.",
            "Patient re-simulated after a two-week treatment break for hospitalization.",
        ]
    )
    secs: list[Section] = [
        ("reason", r.choice(["Reason", "Indication for re-sim", "Background"]), [why, cap(ctx.dx) + "."] + tr["hist"])
    ]
    if r.random() < 0.4:
        secs.append(("objective", T(ctx, "objective"), F.pick(r, F.OBJECTIVE, 2)))
    secs.append(("procedure", r.choice(["Today's simulation", "Procedure", "Re-sim details"]), sim_body(ctx, reg, tr)))
    secs.append(("assessment", T(ctx, "assessment"), rationale_lines(ctx, reg) + tr["plan"] + [r.choice(F.NEXT)]))
    secs += tail_section(ctx, tr)
    return hdr, secs, sign(ctx)


def c_electron(ctx: Ctx, tr: dict[str, list[str]], style: str) -> tuple[list[str], list[Section], list[str]]:
    r = ctx.rng
    p = ctx.plan
    reg = reg_of(style)
    hdr = head(
        ctx, r.choice(["Clinical Set-up / Electron Simulation", "Electron Mark-up", "Clinical Simulation - Electrons"])
    )
    body = [ctx.areas_line(reg)]
    body.append(
        r.choice(
            [
                "Lesion outlined with a 1 cm margin on the skin.",
                "Clinical borders drawn with 7 mm margin.",
                "Visible/palpable extent marked; photo taken.",
            ]
        )
    )
    body += ctx.imaging_lines(reg)
    body += ctx.feature_lines(reg)
    if not p.modalities:
        body.append(
            r.choice(
                ["Clinical set-up only; SSD 100 cm.", "Energy 6 MeV, SSD 100, en face.", "9 MeV electrons, 100 SSD."]
            )
        )
        if r.random() < 0.5:
            body.append(
                r.choice(
                    [
                        "No CT simulation needed; clinical set-up.",
                        "CT not required for this en face field.",
                        "No planning CT (superficial lesion).",
                    ]
                )
            )
    body += tr["body"]
    body.append(ctx.immob_line(reg))
    secs: list[Section] = [("dx", "Diagnosis", [cap(ctx.dx) + "."] + tr["hist"])]
    if r.random() < 0.4:
        secs.append(
            (
                "exam",
                "Exam",
                [
                    r.choice(
                        [
                            "Lesion 1.4 x 1.1 cm, raised, pearly border.",
                            "Ulcerated 2 cm plaque with rolled edges.",
                            "Healed incision, no nodularity.",
                            "Erythematous 9 mm papule.",
                        ]
                    )
                ],
            )
        )
    secs.append(("setup", r.choice(["Set-up", "Procedure", "Mark-up"]), body))
    secs.append(("plan", "Plan", rationale_lines(ctx, reg) + tr["plan"] + [r.choice(F.NEXT)]))
    secs += tail_section(ctx, tr)
    return hdr, secs, sign(ctx)


def long_history(ctx: Ctx, tr_hist: list[str]) -> list[Section]:
    r = ctx.rng
    secs: list[Section] = []
    hpi = [f"The patient is a {r.randint(38, 86)}-year-old with {ctx.dx}, referred by {r.choice(REFERRERS)}."]
    hpi += [
        r.choice(
            [
                (
                    "Symptoms began several months ago and were initially attributed to a benign cause before "
                    "imaging was obtained."
                ),
                "The finding was incidental on imaging for an unrelated complaint, and the work-up proceeded quickly.",
                "She first noticed the problem at home and saw her primary care physician within a few weeks.",
                "He had been followed for an unrelated problem when a routine test prompted the evaluation.",
            ]
        )
    ]
    hpi += [ctx.fill(x) for x in F.pick(r, F.INTERVAL, 3)]
    hpi += F.pick(r, F.HPI_EXTRA, r.randint(2, 4))
    secs.append(("hpi", r.choice(["HISTORY OF PRESENT ILLNESS", "HPI", "INTERVAL HISTORY"]), hpi))
    secs.append(
        (
            "onc",
            "ONCOLOGIC HISTORY",
            [
                *tr_hist,
                f"Pathology reviewed at tumor board {ctx.d()}.",
                r.choice(
                    [
                        "Staging work-up otherwise complete.",
                        "No other staging studies pending.",
                        "Molecular testing sent; results pending.",
                    ]
                ),
            ],
        )
    )
    middle: list[Section] = [
        ("pmh", "PAST MEDICAL HISTORY", [", ".join(F.pick(r, F.PMH, r.randint(3, 7))) + "."]),
        ("psh", "PAST SURGICAL HISTORY", [", ".join(F.pick(r, F.PSH, r.randint(1, 3))) + "."]),
        ("meds", "MEDICATIONS", ["; ".join(F.pick(r, F.MEDS, r.randint(4, 9))) + "."]),
        (
            "allergies",
            "ALLERGIES",
            [
                r.choice(
                    [
                        "NKDA.",
                        "Penicillin (rash).",
                        "Sulfa (hives); iodinated contrast - mild hives in 2012, premedication protocol on file.",
                        "Latex (contact dermatitis).",
                        "Codeine (nausea).",
                    ]
                )
            ],
        ),
        ("social", "SOCIAL HISTORY", [r.choice(F.SOCIAL)]),
        ("family", "FAMILY HISTORY", [r.choice(F.FAMILY)]),
    ]
    if r.random() < 0.5:
        middle[4], middle[5] = middle[5], middle[4]
    secs += [m for m in middle if m[0] != "psh" or r.random() < 0.7]
    if r.random() < 0.6:
        secs.append(("function", r.choice(["FUNCTIONAL STATUS", "PERFORMANCE STATUS"]), F.pick(r, F.FUNCTION, 2)))
    secs.append(("ros", "REVIEW OF SYSTEMS", F.pick(r, F.ROS, r.randint(6, 11))))
    secs.append(("exam", "PHYSICAL EXAMINATION", F.pick(r, F.OBJECTIVE, 1) + F.pick(r, F.EXAM, r.randint(6, 10))))
    secs.append(
        ("labs", r.choice(["LABS", "LABORATORY DATA"]), [ctx.fill(x) for x in F.pick(r, F.LABS, r.randint(2, 5))])
    )
    if r.random() < 0.5:
        secs.append(("screens", r.choice(["SCREENINGS", "DISTRESS / NUTRITION SCREEN"]), F.pick(r, F.SCREENS, 3)))
    return secs


def c_long_sim(ctx: Ctx, tr: dict[str, list[str]], style: str) -> tuple[list[str], list[Section], list[str]]:
    r = ctx.rng
    hdr = head(
        ctx,
        r.choice(
            [
                "Simulation Visit and Procedure Note",
                "Radiation Oncology - Simulation Day Note",
                "Pre-treatment Visit with CT Simulation",
            ]
        ),
    ) + (banner(ctx) if r.random() < 0.5 else [])
    secs = long_history(ctx, tr["hist"])
    secs.append(("counsel", "COUNSELLING", F.pick(r, F.COUNSEL, r.randint(3, 5))))
    proc = sim_body(ctx, "prose", tr)
    secs.append(("procedure", r.choice(["SIMULATION", "PROCEDURE", "CT SIMULATION PERFORMED TODAY"]), proc))
    ap = [f"{ctx.dx}."] + rationale_lines(ctx, "prose") + tr["plan"] + F.pick(r, F.NEXT, 2)
    secs.append(("assessment", "ASSESSMENT AND PLAN", ap))
    if ctx.plan.rationale and r.random() < 0.4:
        # bury the rationale in the HPI instead
        rat = [ln for ln in ap if "<<R:" in ln]
        secs[-1] = ("assessment", "ASSESSMENT AND PLAN", [ln for ln in ap if "<<R:" not in ln])
        key, title, lines = secs[0]
        secs[0] = (key, title, lines + rat)
    secs += tail_section(ctx, tr)
    return hdr, secs, sign(ctx)


# ---------------- non-simulation composers ----------------
def plan_talk(ctx: Ctx) -> list[str]:
    """Future-tense simulation planning (nothing done yet)."""
    r = ctx.rng
    feats = list(ctx.spec["features"])
    f = r.choice(feats)
    fx = {
        "contrast": "IV contrast",
        "arc_rotational": "VMAT",
        "custom_shielding": "custom blocks",
        "particle": "protons",
        "brachytherapy": "brachytherapy applicator placement",
        "hyperthermia": "hyperthermia",
        "complex_blocking": "complex blocking",
    }[f]
    fusion = r.choice(ctx.spec["fusion"]) if ctx.spec["fusion"] else "MRI"
    return r.sample(
        [
            f"We will plan a CT simulation{' with 4DCT' if ctx.spec['fourdct'] else ''} next week.",
            f"At simulation we will likely use {fx}.",
            f"Will fuse the {fusion} at the time of simulation.",
            "Simulation to be scheduled after dental clearance."
            if ctx.plan.site == "head_neck"
            else "Simulation to be scheduled once authorization returns.",
            (
                f"Anticipate treating the {ctx.rng.choice(ctx.spec['tgt']).replace('the ', '')} with "
                f"{r.choice(['IMRT', 'VMAT', '3D conformal'])} technique."
            ),
            "Contrast will be decided at the simulation based on renal function.",
        ],
        3,
    )


def c_consult(ctx: Ctx, tr: dict[str, list[str]], style: str) -> tuple[list[str], list[Section], list[str]]:
    r = ctx.rng
    hdr = head(
        ctx, r.choice(["Radiation Oncology Consultation", "New Patient Consult", "Consult - Radiation Oncology"])
    )
    if style in ("scribe", "transcript"):
        hdr += banner(ctx)
    if style == "long":
        secs = long_history(ctx, tr["hist"])
        secs.append(("counsel", "DISCUSSION", F.pick(r, F.COUNSEL, 4)))
    else:
        secs = [
            (
                "subjective",
                T(ctx, "subjective"),
                [f"New patient with {ctx.dx}."] + F.pick(r, F.SUBJECTIVE, 2) + tr["hist"],
            ),
            ("objective", T(ctx, "objective"), F.pick(r, F.OBJECTIVE, 1) + F.pick(r, F.EXAM, 3)),
        ]
    if style == "transcript":
        secs.append(
            (
                "transcript",
                T(ctx, "transcript"),
                r.choice(
                    [
                        [
                            (
                                "Doctor: When you come back for the planning scan, we'll probably give you "
                                "contrast dye through an IV."
                            ),
                            "Patient: Is that the same as the scan I had in the ER?",
                            "Doctor: Similar. We might also line up your MRI with it.",
                            "Patient: And how many areas are you treating?",
                            "Doctor: That depends on the scan - maybe two, maybe three.",
                        ],
                        [
                            "Patient: So what happens next?",
                            (
                                "Doctor: Next is the simulation - a CT in the position you'll be treated in. We'll "
                                "make a mold."
                            ),
                            "Patient: Do I need the dye?",
                            "Doctor: Maybe. I'll decide that day; if your kidneys are fine we'll probably use it.",
                            "Spouse: Will it be the arc thing my cousin had?",
                            "Doctor: Possibly. The planners will figure out what works best.",
                        ],
                        [
                            (
                                "Doctor: I'd like to use your PET scan when we plan, so we'll fuse it with the "
                                "planning CT."
                            ),
                            "Patient: Fuse it?",
                            "Doctor: Line them up on the computer, so I can see exactly where the disease is.",
                            "Patient: And the blocks? Last time I had those metal blocks.",
                            "Doctor: These days the machine shapes the beam. We probably won't need them.",
                        ],
                    ]
                ),
            )
        )
    secs.append(("assessment", T(ctx, "assessment"), plan_talk(ctx) + tr["plan"] + [r.choice(F.COUNSEL)]))
    secs += tail_section(ctx, tr)
    return hdr, secs, sign(ctx)


def c_telehealth(ctx: Ctx, tr: dict[str, list[str]], style: str) -> tuple[list[str], list[Section], list[str]]:
    r = ctx.rng
    hdr = head(
        ctx,
        r.choice(["Telehealth Pre-Simulation Visit", "Video Visit - Simulation Planning", "Virtual Visit (pre-sim)"]),
    )
    hdr += [
        ctx.fill(r.choice(F.TELEHEALTH_LINES)).replace("{", "").replace("}", ""),
        f"Platform: {r.choice(TELEHEALTH)}",
    ]
    if style in ("scribe", "transcript"):
        hdr += banner(ctx)
    secs: list[Section] = [
        (
            "subjective",
            T(ctx, "subjective"),
            [f"Follow-up by video for {ctx.dx}."] + F.pick(r, F.SUBJECTIVE, 2) + tr["hist"],
        )
    ]
    if style == "transcript":
        secs.append(
            (
                "transcript",
                T(ctx, "transcript"),
                [
                    "Patient: Do I need to do anything before the scan?",
                    r.choice(
                        [
                            "Doctor: Drink the contrast about an hour before you come in.",
                            "Doctor: Come with a comfortably full bladder.",
                            "Doctor: Nothing to eat for three hours; we may use contrast.",
                        ]
                    ),
                    "Patient: And the MRI?",
                    "Doctor: If the CT isn't clear we could add it. We'll see.",
                ],
            )
        )
    secs.append(
        (
            "plan",
            r.choice(["Plan", "Plan for simulation", "Assessment and Plan"]),
            plan_talk(ctx)
            + tr["plan"]
            + [f"Simulation scheduled {ctx.d_after()} at the {ctx.centre.split(' - ')[-1]} centre."],
        )
    )
    secs.append(
        ("time", "", [f"Total time {r.randint(15, 35)} minutes, >50% counselling, via {r.choice(TELEHEALTH)}."])
    )
    secs += tail_section(ctx, tr)
    return hdr, secs, sign(ctx)


def c_phone(ctx: Ctx, tr: dict[str, list[str]], style: str) -> tuple[list[str], list[Section], list[str]]:
    r = ctx.rng
    hdr = [f"TELEPHONE ENCOUNTER  {ctx.sim_date}  {ctx.rn}", f"Re: {ctx.dx}"]
    body = [
        r.choice(
            [
                (
                    "Called patient to review simulation prep. Instructed to arrive 60 minutes early to drink oral "
                    "contrast."
                ),
                (
                    "Patient called asking whether he will get contrast dye at simulation. Told him the doctor "
                    "will decide at the visit."
                ),
                "Returned call: patient worried about the mask. Offered a practice fitting before the simulation.",
                "Called with sim time. Reminded about comfortably full bladder and empty rectum protocol.",
            ]
        )
    ]
    body += tr["hist"] + tr["plan"]
    body.append(
        r.choice(
            ["Patient verbalized understanding.", "Pt voiced understanding, no further questions.", "Teach-back done."]
        )
    )
    secs: list[Section] = [("call", "", body)]
    secs += tail_section(ctx, tr)
    return hdr, secs, [ctx.rn]


def c_otv(ctx: Ctx, tr: dict[str, list[str]], style: str) -> tuple[list[str], list[Section], list[str]]:
    r = ctx.rng
    fx = r.randint(4, 28)
    hdr = head(ctx, r.choice(["On-Treatment Visit", "OTV / Weekly Management", "Weekly Status Check"]))
    if style == "scribe":
        hdr += banner(ctx)
    secs: list[Section] = [
        ("status", r.choice(["Treatment status", "Status"]), [f"Fraction {fx} of {fx + r.randint(2, 20)}; {ctx.dx}."])
    ]
    secs.append(("subjective", T(ctx, "subjective"), F.pick(r, F.SUBJECTIVE, 2) + tr["hist"]))
    cp = (
        r.choice(
            [
                f"[copied forward from simulation note {ctx.d()}]",
                "Sim details (carried forward from sim note):",
                "<copied from prior note>",
                "Simulation summary - copied:",
            ]
        )
        .replace("<", "(")
        .replace(">", ")")
    )
    secs.append(
        (
            "copied",
            "",
            [
                cp
                + r.choice(
                    [
                        " CT sim with IV contrast; VMAT; MRI fused; three treatment areas.",
                        " 4DCT and PET fusion; custom Cerrobend blocks; rationale: target abuts cord.",
                        " CT simulation with oral contrast, 2 areas, complex blocking.",
                    ]
                )
            ],
        )
    )
    secs.append(
        (
            "assessment",
            T(ctx, "assessment"),
            [
                r.choice(
                    [
                        "Tolerating treatment well. Continue.",
                        "Grade 1 dermatitis; continue skin care.",
                        "Mild fatigue. Continue as planned.",
                    ]
                )
            ]
            + tr["plan"],
        )
    )
    secs += tail_section(ctx, tr)
    return hdr, secs, sign(ctx)


def c_summary(ctx: Ctx, tr: dict[str, list[str]], style: str) -> tuple[list[str], list[Section], list[str]]:
    r = ctx.rng
    hdr = head(ctx, r.choice(["Radiation Treatment Summary", "End of Treatment Summary", "Completion Summary"]))
    course = [
        f"Diagnosis: {ctx.dx}.",
        f"Course: {ctx.d()} to {ctx.d()}.",
        r.choice(
            [
                "Simulation was performed with IV contrast and the diagnostic MRI fused; VMAT was used.",
                "The patient was simulated on the CT simulator with 4DCT; treated with VMAT to three areas.",
                "Sim with oral contrast; custom blocks; 50.4 Gy in 28 fractions.",
                "CT simulation with PET fusion; proton therapy delivered to the primary and nodes.",
            ]
        ),
        f"Total dose {r.choice(['50 Gy/25', '60 Gy/30', '70 Gy/35', '30 Gy/10', '45 Gy/25 + boost'])}.",
    ]
    secs: list[Section]
    if style == "long":
        secs = long_history(ctx, tr["hist"])
        secs.append(("course", "TREATMENT COURSE", course + F.pick(r, F.COUNSEL, 3)))
    else:
        secs = [("course", "Treatment course", course), ("history", T(ctx, "history"), tr["hist"] or ["See consult."])]
    secs.append(
        (
            "followup",
            r.choice(["Follow-up", "Plan"]),
            [
                r.choice(
                    [
                        "Follow-up in 6 weeks with CT chest/abdomen with contrast.",
                        "Restaging MRI with gadolinium in 3 months.",
                        "PSA in 3 months; survivorship visit at 6 months.",
                    ]
                )
            ]
            + tr["plan"],
        )
    )
    secs += tail_section(ctx, tr)
    return hdr, secs, sign(ctx)


def c_survivorship(ctx: Ctx, tr: dict[str, list[str]], style: str) -> tuple[list[str], list[Section], list[str]]:
    r = ctx.rng
    hdr = head(ctx, r.choice(["Survivorship Visit", "Follow-up Visit (survivorship)", "Post-treatment Follow-up"]))
    if style == "scribe":
        hdr += banner(ctx)
    if style == "long":
        secs = long_history(ctx, tr["hist"])
    else:
        secs = [
            (
                "subjective",
                T(ctx, "subjective"),
                [f"Returns {r.randint(3, 36)} months after radiation for {ctx.dx}."]
                + F.pick(r, F.SUBJECTIVE, 2)
                + tr["hist"],
            )
        ]
    secs.append(
        (
            "imaging",
            r.choice(["Imaging", "Surveillance"]),
            [
                f"CT chest/abdomen/pelvis with IV contrast {ctx.d()}: no evidence of recurrence.",
                r.choice(
                    [
                        f"MRI with gadolinium {ctx.d()}: post-treatment change only.",
                        "PET/CT: resolved uptake.",
                        "No new imaging.",
                    ]
                ),
            ],
        )
    )
    secs.append(
        (
            "assessment",
            T(ctx, "assessment"),
            [
                r.choice(
                    [
                        "NED. Continue surveillance.",
                        "Late effects reviewed; none significant.",
                        "Mild fibrosis; PT referral.",
                    ]
                )
            ]
            + tr["plan"],
        )
    )
    secs += tail_section(ctx, tr)
    return hdr, secs, sign(ctx)


def c_triage(ctx: Ctx, tr: dict[str, list[str]], style: str) -> tuple[list[str], list[Section], list[str]]:
    r = ctx.rng
    hdr = [f"NURSE TRIAGE - {ctx.centre}", f"{ctx.sim_date} {ctx.rn}"]
    body = [
        r.choice(
            [
                "Pt called re: nausea x2 days.",
                "Pt reports rash after outside CT with contrast yesterday.",
                "Daughter called: pt with increased back pain.",
                "Pt reports diarrhea 4x/day.",
            ]
        )
    ]
    body += [
        r.choice(
            [
                "Med onc ordered CT C/A/P with contrast for next week.",
                "Outside ER did a CT head with contrast; negative per report.",
            ]
        )
    ]
    body += tr["hist"] + tr["plan"]
    body.append(
        r.choice(
            [
                "Advised per protocol; MD aware.",
                "Appointment made for tomorrow's OTV.",
                "Instructions given; will call back in 24 h.",
            ]
        )
    )
    secs: list[Section] = [("triage", "", body)]
    secs += tail_section(ctx, tr)
    return hdr, secs, [ctx.rn]


def c_prior_auth(ctx: Ctx, tr: dict[str, list[str]], style: str) -> tuple[list[str], list[Section], list[str]]:
    r = ctx.rng
    payer = r.choice(PAYERS)
    hdr = [
        f"PRIOR AUTHORIZATION REQUEST - {payer}",
        f"Submitted by {ctx.centre} ({ctx.state}) | Ref# PA-{r.randint(100000, 999999)}",
    ]
    secs: list[Section] = [
        (
            "request",
            "Requested services",
            [
                r.choice(
                    [
                        "CPT 77290 x1, 77301 x1, 77338 x1, 77386 x28",
                        "CPT 77290, 77295, 77300 x6, 77412 x15",
                        "CPT 77290, 77301, 77385 x25, 77293",
                    ]
                ),
                f"Diagnosis: {ctx.dx}",
            ],
        )
    ]
    secs.append(
        (
            "clinical",
            "Clinical summary",
            tr["hist"]
            + [
                r.choice(
                    [
                        "Requesting IMRT given proximity of critical structures.",
                        "Requesting proton therapy per ASTRO model policy.",
                        "Requesting complex simulation and IMRT planning.",
                    ]
                )
            ],
        )
    )
    secs.append(
        (
            "excerpt",
            r.choice(["Attached excerpt - simulation note", "Quoted from the simulation note (attached)"]),
            [
                '"'
                + r.choice(
                    [
                        (
                            "CT simulation performed with IV contrast; MRI fused for delineation; VMAT; three "
                            "treatment areas."
                        ),
                        "4DCT simulation; PET fusion; custom blocks; target abuts cord.",
                        "CT sim with oral contrast; 2 areas; complex blocking around bowel.",
                    ]
                )
                + '"'
            ],
        )
    )
    secs.append(
        (
            "status",
            "Status",
            [r.choice(["Pending review.", "Additional information requested.", "Approved 77290; 77301 pended."])]
            + tr["plan"],
        )
    )
    secs += tail_section(ctx, tr)
    return hdr, secs, [r.choice(APPS) + " for " + ctx.md]


def c_p2p(ctx: Ctx, tr: dict[str, list[str]], style: str) -> tuple[list[str], list[Section], list[str]]:
    r = ctx.rng
    rev = r.choice(PAYER_REVIEWERS)
    hdr = [f"Peer-to-Peer Note - {r.choice(PAYERS)}", f"{ctx.sim_date}, {ctx.md} with {rev}"]
    body = [
        f"Discussed the denial of IMRT planning for {ctx.dx}.",
        r.choice(
            [
                (
                    "I explained that, per the simulation note, the simulation used IV contrast and a fused MRI, "
                    "with three treatment areas."
                ),
                (
                    "Per the sim note (not restated here), contrast and PET fusion were used; reviewer asked for "
                    "the isocenter count."
                ),
                "Reviewer read the simulation record aloud: 4DCT, VMAT, custom blocks.",
            ]
        ),
        r.choice(
            [
                "Reviewer upheld the denial for 77301; 77290 approved.",
                "Overturned; IMRT approved.",
                "Reviewer will re-review with the sim note attached.",
            ]
        ),
    ]
    body += tr["hist"] + tr["plan"]
    secs: list[Section] = [("p2p", "", body)]
    secs += tail_section(ctx, tr)
    return hdr, secs, sign(ctx)


def c_avs_consult(ctx: Ctx, tr: dict[str, list[str]], style: str) -> tuple[list[str], list[Section], list[str]]:
    r = ctx.rng
    hdr = [ctx.centre, "AFTER VISIT SUMMARY", f"Visit: New patient consultation  |  {ctx.sim_date}  |  {ctx.md}"]
    secs: list[Section] = [
        (
            "today",
            "What we talked about",
            [f"Your diagnosis: {ctx.dx}.", "Radiation treatment options and side effects."]
            + [ln.replace("Patient reports", "You told us") for ln in tr["hist"]],
        )
    ]
    secs.append(
        (
            "next",
            "What happens next",
            [
                "Your next visit is the planning scan (we call it a simulation).",
                r.choice(
                    [
                        "You may get contrast dye through an IV at that visit.",
                        "You may need to drink a contrast liquid before the scan.",
                    ]
                ),
                r.choice(
                    ["We may also use your MRI to help plan.", "We will make a mold or mask to help you hold still."]
                ),
            ]
            + tr["plan"],
        )
    )
    secs.append(("care", "Your care team", [f"Nurse: {ctx.rn}"]))
    secs += tail_section(ctx, tr)
    return hdr, secs, []


def c_blank(ctx: Ctx, tr: dict[str, list[str]], style: str) -> tuple[list[str], list[Section], list[str]]:
    r = ctx.rng
    hdr = head(ctx, r.choice(["CT Simulation Note", "Simulation Procedure (template)", "SIM NOTE"]))
    if style == "scribe":
        hdr += banner(ctx)
        secs: list[Section] = [
            ("subjective", "Subjective", ["[Verbatim could not capture this section - provider to complete]"]),
            ("procedure", "Procedure Summary", ["***"]),
            ("assessment", "Assessment and Plan", ["[Provider to complete]", "Medical necessity: ***"]),
        ]
        if tr["hist"]:
            secs.insert(0, ("history", T(ctx, "history"), tr["hist"] or [f"Dx: {ctx.dx}"]))
        return hdr, secs, [r.choice(["Draft - not signed", "Pended by scribe"])]
    fields = [
        f"Diagnosis: {ctx.dx}" if r.random() < 0.6 else "Diagnosis: ___",
        "Treatment site(s): ___",
        "Number of treatment areas: ___",
        r.choice(["Imaging: [ ] CT  [ ] 4DCT  [ ] MRI fusion  [ ] PET fusion", "Imaging used: ____"]),
        r.choice(["Contrast: [ ] IV  [ ] Oral  [ ] None", "Contrast: ___"]),
        r.choice(["Technique: [ ] 3D  [ ] IMRT  [ ] VMAT  [ ] Protons", "Technique: ***"]),
        "Custom blocks/cutouts: [ ] yes  [ ] no",
        r.choice(["Medical necessity for complex simulation: ___", "Rationale: ***"]),
        "Immobilization: ___",
    ]
    secs = [("fields", "", fields)]
    if tr["hist"]:
        secs.insert(0 if r.random() < 0.6 else 1, ("history", T(ctx, "history"), tr["hist"]))
    return hdr, secs, [r.choice(["Note saved, not signed.", f"Template opened by {ctx.rtt}", "[unsigned]"])]


def c_aborted(ctx: Ctx, tr: dict[str, list[str]], style: str) -> tuple[list[str], list[Section], list[str]]:
    r = ctx.rng
    hdr = head(ctx, r.choice(["CT Simulation - Not Completed", "Simulation Attempt", "Sim Note (aborted)"]))
    if style in ("scribe", "transcript"):
        hdr += banner(ctx)
    whys = [
        (
            "Patient could not tolerate lying supine because of pain despite premedication; simulation aborted "
            "before any images were acquired."
        ),
        "Patient arrived febrile (38.6) and was sent to the ED; simulation not started.",
        "IV could not be placed after three attempts; MD elected to stop and reschedule. No imaging performed.",
        "Patient became short of breath lying flat (SpO2 86%); procedure stopped before the scan. No images.",
    ]
    if ctx.plan.site in ("head_neck", "whole_brain", "srs", "skin", "peds"):
        whys.append("Severe claustrophobia once the mask was molded; patient asked to stop. No scan obtained.")
    if ctx.plan.site in ("prostate", "gyn", "rectum"):
        whys.append("Bladder filling could not be achieved after 90 minutes; sim cancelled before scanning.")
    if ctx.plan.site == "peds":
        whys.append("Anesthesia cancelled the case (URI symptoms); child not sedated, simulation not performed.")
    why = r.choice(whys)
    secs: list[Section] = [
        ("summary", T(ctx, "summary"), [f"Scheduled for CT simulation for {ctx.dx}.", why] + tr["hist"])
    ]
    if style == "transcript":
        secs.append(
            (
                "transcript",
                T(ctx, "transcript"),
                [
                    "Patient: I can't, I'm sorry, I need to get up.",
                    "Doctor: That's okay. We'll stop and try another day.",
                    (
                        "Doctor: Next time we'll give you something for the pain first, and we'll probably still "
                        "use the contrast."
                    ),
                ],
            )
        )
    secs.append(
        (
            "plan",
            "Plan",
            [
                r.choice(
                    [
                        "Reschedule simulation next week with premedication.",
                        "Re-sim once symptoms controlled.",
                        "Will attempt again with anxiolytic; MRI fusion and contrast still planned.",
                    ]
                )
            ]
            + tr["plan"],
        )
    )
    return hdr, secs, sign(ctx)


COMPOSERS = {
    "scribe_sim": c_scribe_sim,
    "transcript_sim": c_transcript_sim,
    "therapist_log": c_therapist_log,
    "md_sim_terse": c_md_sim_terse,
    "order_proc": c_order_proc,
    "sim_avs": c_sim_avs,
    "avs_today": c_avs_today,
    "brachy_proc": c_brachy,
    "srs_sim": c_srs,
    "resim": c_resim,
    "long_sim": c_long_sim,
    "addendum_sim": lambda c, t, st: (c_transcript_sim if st == "transcript" else c_scribe_sim)(c, t, st),
    "electron_setup": c_electron,
    "consult": c_consult,
    "telehealth_presim": c_telehealth,
    "phone_call": c_phone,
    "otv_copyforward": c_otv,
    "treatment_summary": c_summary,
    "survivorship": c_survivorship,
    "nurse_triage": c_triage,
    "prior_auth": c_prior_auth,
    "p2p": c_p2p,
    "avs_consult": c_avs_consult,
    "blank_template": c_blank,
    "aborted_sim": c_aborted,
}


def layout(ctx: Ctx, style: str, hdr: list[str], secs: list[Section], foot: list[str]) -> tuple[str, list[str]]:
    """Render sections for the style; return (marked text, section keys)."""
    r = ctx.rng
    out: list[str] = ["\n".join(hdr)]
    keys = []
    bullet = r.choice(["- ", "• ", "* "])
    for key, title, lines in secs:
        lines = [ln for ln in lines if ln]
        if not lines:
            continue
        keys.append(key)
        multi = list(lines)
        if style in ("dictated", "long", "typos") and key not in ("transcript", "fields", "copied"):
            paras = []
            buf: list[str] = []
            for ln in multi:
                if "\n" in ln or ln.startswith(("Doctor:", "Patient:", "Iso ", "Site ")):
                    if buf:
                        paras.append(" ".join(_stop(b) for b in buf))
                        buf = []
                    paras.append(ln)
                else:
                    buf.append(ln)
            if buf:
                paras.append(" ".join(_stop(b) for b in buf))
            body = "\n".join(paras)
            out.append(
                (f"{title.upper()}: " if title else "") + body
                if style != "long"
                else (f"{title}\n" if title else "") + body
            )
        elif style == "bullets" or (style == "lay" and key not in ("care",)):
            out.append((f"{title}\n" if title else "") + "\n".join(bullet + ln.replace("\n", "\n  ") for ln in multi))
        elif style in ("template", "caps"):
            t = (
                f"=== {title.upper()} ===\n"
                if title and style == "template"
                else (f"{title.upper()}:\n" if title else "")
            )
            out.append(t + "\n".join(multi))
        elif style == "ehr_terse":
            t = f"{title.upper()}: " if title else ""
            out.append(
                t
                + (
                    "\n".join(multi)
                    if len(multi) > 3 or not title
                    else "; ".join(
                        m.rstrip(".") if i < len(multi) - 1 and not m.endswith(">>") else m for i, m in enumerate(multi)
                    )
                )
            )
        else:  # scribe, transcript
            out.append((f"{title}:\n" if title else "") + "\n".join(multi))
    if foot:
        out.append("\n".join(foot))
    sep = "\n\n" if style in ("dictated", "long", "scribe", "transcript", "lay", "template") else "\n"
    return sep.join(out), keys


def _stop(s: str) -> str:
    s = s.rstrip()
    return s if s.endswith((".", "?", "!", ":", '"')) else s + "."


__all__ = ["COMPOSERS", "NUM_WORDS", "cap", "layout"]
