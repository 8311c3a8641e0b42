"""Note composers (simulation, form, chart rounds, handoff, aborted, blank, non-simulation) and style layouts."""

from __future__ import annotations

import re

from writer_s import filler as fl
from writer_s import phrases as ph
from writer_s import vocab as vc
from writer_s.evidence import FEATURE_WORDS, WORDS, Ctx, cap, hist_item, sentence, sim_evidence
from writer_s.markup import map_plain, strip, tok, upper_all

Section = tuple[str, str | None, list[str], bool]

HEAD = {
    "hx": ["HISTORY", "HPI", "Hx", "Brief history", "Oncologic history", "Clinical summary", "Background"],
    "rationale": ["INDICATION FOR COMPLEX SIM", "Medical necessity", "Rationale", "Why complex", "Assessment"],
    "areas": ["TREATMENT AREAS", "Sites", "Areas", "Targets", "Treatment site(s)"],
    "imaging": ["IMAGING", "Scan", "Images acquired", "CT / fusion", "Image data"],
    "technique": ["TECHNIQUE", "Procedure", "Simulation details", "Beam/technique", "Sim", "Details"],
    "immob": ["POSITION/IMMOBILIZATION", "Setup", "Immobilization", "Positioning", "Patient position"],
    "plan": ["PLAN", "Next steps", "To do", "Plan/disposition", "Follow-up"],
    "copy": ["Carried forward text", "Prior note (copied)", "From old chart"],
    "order": ["ORDER", "Sim order", "Orders placed"],
    "ros": ["ROS", "Review of systems"],
    "exam": ["EXAM", "PE", "Physical exam", "Objective"],
    "meds": ["MEDS", "Medications", "Current meds", "Med rec"],
    "social": ["SOCIAL", "Social hx", "SH"],
    "labs": ["LABS", "Labs", "Recent labs"],
    "consent": ["CONSENT", "Consent"],
    "timeout": ["TIME OUT", "Safety"],
    "logistics": ["Logistics", "Coordination", "Scheduling"],
    "course": ["Interval course", "Timeline", "Dated course", "Events"],
    "goals": ["Goals of care", "GOC", "Advance care planning"],
    "family": ["Family hx", "FH", "Family history"],
    "intro": ["Procedure", "Reason for visit", "Encounter"],
    "physics": ["Physics", "Physics/dosimetry", "Plan check"],
    "assessment": ["Assessment", "Impression", "A/P"],
}
TITLES = {
    "sr_sim_note": ["CT SIMULATION NOTE", "Simulation note", "Radiation simulation - physician", "SIM NOTE"],
    "transcribed_sim": ["SIMULATION (transcribed)", "Simulation dictation", "CT SIMULATION - TRANSCRIBED"],
    "combined_sim_plan": ["SIM / PLAN / PHYSICS NOTE", "Combined simulation, planning and physics note"],
    "resim_mask": ["RE-SIMULATION (mask remake)", "Re-sim note - weight loss", "RESIM"],
    "palliative_same_day": ["Same-day consult and simulation (palliative)", "PALLIATIVE SAME DAY SIM", "Urgent sim"],
    "order_procedure": ["Simulation order and procedure", "SIM ORDER / PROCEDURE", "Order + sim"],
    "brachy_procedure": ["Brachytherapy applicator insertion and CT", "HDR procedure note", "GYN brachy procedure"],
    "electron_setup": ["Electron set-up", "Clinical set-up, electrons", "ELECTRON SIM/SETUP"],
    "srs_sim": ["SRS simulation", "Stereotactic radiosurgery sim note", "SRS SIM"],
    "sim_4dct": ["4DCT simulation", "Sim - 4D", "CT SIM W/ 4DCT"],
    "aborted_sim": ["Simulation - aborted", "Attempted simulation", "SIM NOT COMPLETED"],
    "blank_template": ["CT Simulation Note (template)", "SIM NOTE", "Simulation - physician"],
    "consult": ["Radiation oncology consultation", "NEW PT CONSULT", "Consult note"],
    "otv": ["On-treatment visit", "OTV", "Weekly management note"],
    "telephone": ["Telephone encounter", "Phone note", "TELEPHONE CALL"],
    "referral_packet": ["OUTSIDE REFERRAL PACKET", "Referral received - outside facility", "Referral packet (scanned)"],
    "tertiary_fax": ["FAX - chart copy from Meridian", "Outside records (faxed)", "RECEIVED FAX"],
    "nurse_triage": ["Nurse triage note", "RN triage", "Triage - nursing"],
    "therapist_daily": ["Daily treatment set-up note", "RTT daily note", "TX DAY NOTE"],
    "peds_referral_out": ["Pediatric referral - out", "Referral to Meridian pediatric RT", "Peds consult/referral"],
    "treatment_summary": ["Treatment summary", "End of treatment summary", "COMPLETION NOTE"],
}
INTRO = {
    "resim_mask": [
        "Re-simulation today: mask no longer fits after {kg} kg weight loss; new mask made.",
        "Resim for mask remake, {kg} kg down since the first sim; old mask loose by 1 cm.",
        "Pt lost weight ({kg} kg), mask gapping at the chin; re-simulated.",
    ],
    "palliative_same_day": [
        "Hospice pt seen and simulated same day; family at bedside.",
        "Consult and sim same day for palliation; pt came by ambulance from the nursing home.",
        "Urgent palliative simulation same day as consult, pain {p}/10.",
    ],
    "brachy_procedure": [
        "Applicator inserted under conscious sedation in the procedure room.",
        "Pt placed in lithotomy; EUA; applicator placed without difficulty.",
        "Fraction {n} of HDR; applicator inserted by the visiting brachy locum.",
    ],
    "electron_setup": [
        "Clinical set-up on the linac for electrons; lesion outlined with wire.",
        "Electron set-up; skin lesion marked with a 5 mm margin.",
        "Set-up for en face electrons.",
    ],
    "srs_sim": ["Frameless SRS sim.", "SRS planning sim today.", "Mask made for SRS, scan done."],
    "sim_4dct": ["4D sim for lung.", "Respiratory-correlated sim today.", "Sim with bellows for motion."],
    "combined_sim_plan": ["Sim, plan and physics combined for efficiency (remote physics).", "Combined note."],
    "order_procedure": ["Order placed by MD; procedure per therapists below.", "Order and procedure, same day."],
}
PHYSICS = [
    "Plan reviewed by {phys}; MU second check within 3%.",
    "Physics check pending remote physicist {phys}.",
    "Dosimetry ({dos}) to plan; IMRT QA to follow.",
    "Second check passed; chart to {phys}.",
]
SR_BANNER = [
    "** Dictated with front-end speech recognition; recognition errors may be present. **",
    "[Voice recognition software used. Please excuse errors.]",
    "This note was dictated using speech recognition and may contain misrecognized words.",
]
TR_BANNER = ["D: {date}  T: {date}  {mt}", "Transcribed by {mt}. Dictated but not read.", "{mt} / dictated {date}"]
SIGN = [
    "{doc}",
    "Electronically signed: {doc}",
    "-- {doc}",
    "Signed {doc} {date}",
    "Dictated by {doc}, not read",
]


def head(ctx: Ctx, key: str) -> str:
    """A heading word for a section key."""
    return ctx.rng.choice(HEAD.get(key, [key.capitalize()]))


def header(ctx: Ctx, title: str) -> list[str]:
    """Document header lines in one of several layouts."""
    rng = ctx.rng
    hosp = rng.choice(vc.HOSPITAL)
    mrn = f"MRN XXXXX{rng.randint(10, 99)}"
    form = rng.randrange(4)
    if form == 0:
        return [hosp, title, f"Pt: [redacted]  {mrn}  DOS {ctx.date}", f"Provider: {ctx.doc}"]
    if form == 1:
        return [f"{title} | {hosp} | {ctx.date}", f"Patient [redacted], {mrn}"]
    if form == 2:
        return [f"{hosp} -- {title}", f"Date: {ctx.date}. Attending: {ctx.doc}. Pt: [redacted]."]
    return [title.upper(), f"{hosp}, {rng.choice(vc.TOWN)}", f"[redacted] / {mrn} / {ctx.date}"]


def dx_line(ctx: Ctx) -> str:
    """The diagnosis line."""
    return ctx.fill(ctx.rng.choice(list(ctx.site["dx"])))  # type: ignore[call-overload]


def filler_sections(ctx: Ctx, long: bool) -> list[Section]:
    """Filler sections (some or, for long notes, most)."""
    rng = ctx.rng
    pool: list[Section] = [
        ("ros", head(ctx, "ros"), [fl.ros(rng)], True),
        ("exam", head(ctx, "exam"), [fl.exam(rng)], True),
        ("meds", head(ctx, "meds"), [fl.meds(rng)], True),
        ("social", head(ctx, "social"), [fl.social(rng)], True),
        ("labs", head(ctx, "labs"), [fl.labs(rng)], True),
        ("consent", head(ctx, "consent"), fl.pick(rng, fl.CONSENT, 1), True),
        ("timeout", head(ctx, "timeout"), fl.pick(rng, fl.TIMEOUT, 1), True),
        ("logistics", head(ctx, "logistics"), fl.pick(rng, fl.LOGISTICS, 2), True),
    ]
    if long:
        pool += [
            ("course", head(ctx, "course"), fl.course(rng, rng.randint(7, 14)), True),
            ("goals", head(ctx, "goals"), fl.pick(rng, fl.GOALS, 2), True),
            ("family", head(ctx, "family"), fl.pick(rng, fl.FAMILY, 2), True),
            ("ros2", "Symptoms by system", [fl.ros(rng), fl.ros(rng)], True),
            ("pmh", "PMH", [", ".join(rng.sample(PMH, rng.randint(4, 8))) + "."], True),
        ]
        return rng.sample(pool, rng.randint(len(pool) - 3, len(pool)))
    return rng.sample(pool, rng.randint(0, 3))


PMH = [
    "HTN",
    "DM2",
    "COPD",
    "CAD s/p stent",
    "CKD 3a",
    "atrial fibrillation",
    "hypothyroidism",
    "depression",
    "GERD",
    "OSA on CPAP",
    "gout",
    "remote TB exposure",
    "hep C treated",
    "osteoarthritis of both knees",
    "PVD",
]


def sim_sections(ctx: Ctx) -> list[Section]:
    """Sections of a simulation note (physician or combined voice)."""
    plan, rng = ctx.plan, ctx.rng
    sim_evidence(ctx)
    b = ctx.buckets
    hx = [*fl.history(rng, dx_line(ctx), ctx.age, ctx.sex), *b.get("hx", [])]
    rng.shuffle(hx)
    sections: list[Section] = []
    if plan.note_type in INTRO:
        sections.append(("intro", head(ctx, "intro"), [ctx.fill(rng.choice(INTRO[plan.note_type]))], False))
    if "order" in b:
        sections.append(("order", head(ctx, "order"), b["order"], False))
    sections.append(("hx", head(ctx, "hx"), hx, False))
    core: list[Section] = [
        ("immob", head(ctx, "immob"), b.get("immob", []), False),
        ("imaging", head(ctx, "imaging"), b.get("imaging", []), False),
        ("technique", head(ctx, "technique"), b.get("technique", []), False),
        ("areas", head(ctx, "areas"), b.get("areas", []), False),
    ]
    if rng.random() < 0.5:
        rng.shuffle(core)
    merge = rng.random() < 0.3
    if merge:
        items = [i for _, _, its, _ in core for i in its]
        core = [("procedure", head(ctx, "technique"), items, False)]
    rat = ("rationale", head(ctx, "rationale"), b.get("rationale", []), False)
    if b.get("rationale"):
        core.insert(rng.randrange(len(core) + 1), rat)
    sections += [s for s in core if s[2]]
    if "copy" in b:
        sections.insert(rng.randrange(1, len(sections) + 1), ("copy", head(ctx, "copy"), b["copy"], False))
    if plan.note_type == "combined_sim_plan":
        sections.append(("physics", head(ctx, "physics"), [phys(ctx) for _ in range(rng.randint(1, 2))], False))
    fill = filler_sections(ctx, plan.style == "long")
    for section in fill:
        sections.insert(rng.randrange(1, len(sections) + 1), section)
    if b.get("plan") or rng.random() < 0.6:
        items = [*b.get("plan", []), *fl.pick(rng, fl.LOGISTICS, 1)]
        sections.append(("plan", head(ctx, "plan"), items, False))
    if b.get("addendum"):
        sections.append(("addendum", None, b["addendum"], False))
    return sections


def phys(ctx: Ctx) -> str:
    """A physics line."""
    return ctx.rng.choice(PHYSICS).format(phys=ctx.rng.choice(vc.PHYSICS), dos=ctx.rng.choice(vc.DOSIMETRISTS))


# ----- special composers -------------------------------------------------------------------------


def box(mark: bool, label: str) -> str:
    """A checkbox."""
    return f"[{'X' if mark else ' '}] {label}"


def form_note(ctx: Ctx, blank: bool = False) -> tuple[list[str], list[str]]:
    """A scanned therapist simulation worksheet (OCR text). Returns lines and section keys."""
    plan, rng = ctx.plan, ctx.rng
    if not blank:
        sim_evidence(ctx)
    b = ctx.buckets
    keys: list[str] = []
    lines = [
        rng.choice(["*** SCANNED DOCUMENT - OCR ***", "[scanned paper form converted to text]", "Scan p1/1 (OCR)"]),
        rng.choice(vc.HOSPITAL).upper(),
        rng.choice(["CT SIMULATION WORKSHEET (RTT)", "SIMULATION RECORD - THERAPY", "SIM SHEET"]),
        f"Name: [redacted]   MRN: XXXXX{rng.randint(10, 99)}   Date: {ctx.date}",
        f"Dx: {dx_line(ctx)}",
    ]
    keys.append("form_header")
    if plan.note_type == "order_procedure" and b.get("order"):
        lines.append("ORDER (MD): " + " ".join(b["order"]))
        keys.append("order")
    if blank or plan.areas is None:
        lines.append("Treatment site(s): ____________")
        lines.append("# of areas:  " + "  ".join(box(False, x) for x in ("1", "2", "3", "4+")))
        keys.append("areas_blank")
    else:
        lines.append("Treatment site(s): " + "; ".join(tok("S", v, s) for v, s in plan.areas))
        n = plan.area_total() or 1
        marks = []
        for x in ("1", "2", "3", "4+"):
            if (x == str(n)) or (x == "4+" and n >= 4):
                marks.append(tok("A", str(n), box(True, x)))
            else:
                marks.append(box(False, x))
        lines.append("# of areas:  " + "  ".join(marks))
        keys.append("areas")
    order = rng.sample(["pos", "immob", "scan", "feat", "contrast"], 5)
    for key in order:
        keys.append(key)
        if key == "pos":
            sup = rng.random() < 0.8
            lines.append(f"Position: {box(sup, 'Supine')}  {box(not sup, 'Prone')}  {box(rng.random() < 0.7, 'HFS')}")
        elif key == "immob":
            opts = ["Vac-Lok", "Mask", "Wing board", "Knee sponge", "Foot lock"]
            lines.append("Immobilization: " + "  ".join(box(not blank and rng.random() < 0.4, o) for o in opts))
        elif key == "scan":
            parts = []
            entries = [
                ("CT", "CT sim", "CT" in plan.modalities),
                ("CT", "4DCT", plan.fourdct),
                ("MRI", "MRI fusion", "MRI" in plan.modalities),
                ("PET", "PET fusion", "PET" in plan.modalities),
            ]
            for extra, label in (("fluoroscopy", "Fluoro"), ("ultrasound", "US")):
                if extra in plan.modalities or rng.random() < 0.3:
                    entries.append((extra, label, extra in plan.modalities))
            for value, label, on in entries:
                if on and not blank:
                    parts.append(tok("M", value, f"{label} (Y)") + "/N")
                elif blank:
                    parts.append(f"{label} Y/N")
                else:
                    parts.append(f"{label} Y/(N)")
                    if value != "CT":
                        ctx.trap("negated_modality")
            lines.append("Scan:  " + "   ".join(parts))
        elif key == "feat":
            parts = []
            for feat, label in (
                ("arc_rotational", "VMAT/arc"),
                ("custom_shielding", "Custom cutout/block"),
                ("complex_blocking", "Complex blocking"),
                ("brachytherapy", "Applicator verified"),
            ):
                if feat in plan.features and not blank:
                    if any(f"<<F:{feat}|" in i for i in b.get("addendum", [])):
                        parts.append(box(False, label))
                    else:
                        parts.append(tok("F", feat, box(True, label)))
                else:
                    parts.append(box(False, label))
                    ctx.trap("unticked_checkbox")
            parts.append(box(rng.random() < 0.3, "Bolus"))
            lines.append("Special:  " + "  ".join(parts))
        else:
            given = "contrast" in plan.features and not blank
            if given and any("<<F:contrast|" in i for i in b.get("addendum", [])):
                given = False
            route = plan.contrast_kind or "IV"
            if given:
                lines.append(tok("F", "contrast", box(True, "Contrast")) + f"  route: {route}   {box(False, 'Wire')}")
            else:
                lines.append(f"{box(False, 'Contrast')}  route: ____   {box(rng.random() < 0.5, 'Wire')}")
                ctx.trap("unticked_checkbox")
    rat = [i for i in b.get("rationale", []) if "<<R:" in i]
    if rat and not blank:
        lines.append("MD reason for complex sim: " + strip_lead(rat[0]))
    else:
        bare = [i for i in b.get("rationale", []) if "<<R:" not in i]
        lines.append("MD reason for complex sim: " + (bare[0] if bare else "______________________"))
        if not bare:
            ctx.trap("blank_field")
    keys.append("reason")
    comments = [strip_ev(i) for k in ("hx", "copy", "plan", "immob") for i in b.get(k, []) if "<<" not in i]
    extra_tech = [i for i in b.get("technique", []) if "<<" not in i]
    extra_img = [i for i in b.get("imaging", []) if "<<" not in i]
    com = comments + extra_tech + extra_img
    if com:
        rng.shuffle(com)
        lines.append("Comments: " + " ".join(com[:6]))
        keys.append("comments")
    if b.get("addendum"):
        lines.extend(b["addendum"])
        keys.append("addendum")
    lines.append(f"Therapist: {ctx.rtt}   MD: {ctx.doc if not blank else '__________'}")
    if blank:
        ctx.trap("blank_template")
    return lines, keys


def strip_lead(item: str) -> str:
    """Drop a rationale lead-in word group before the token."""
    pos = item.find("<<R:")
    return item[pos:] if pos > 0 else item


def strip_ev(item: str) -> str:
    """Plain text of an item (no tokens)."""
    return strip(item)


def rounds_note(ctx: Ctx, sim: bool) -> tuple[list[str], list[str]]:
    """Weekly chart rounds list; only the subject's line is about this patient."""
    rng = ctx.rng
    if sim:
        sim_evidence(ctx)
    b = ctx.buckets
    n_lines = rng.randint(4, 7)
    subject = rng.randrange(n_lines)
    other_sites = ["prostate", "L breast", "R lung", "rectum", "whole brain", "T-spine", "larynx", "cervix", "scalp"]
    others = [
        "fx {a}/{b}, VMAT, CBCT ok",
        "new sim {d}: IV contrast + PET fusion, 3 areas",
        "on break for mucositis",
        "plan approved, starts {d}",
        "cutout made, electrons, fx {a}/{b}",
        "4DCT sim {d}, ITV, awaiting plan",
        "completed, f/u 6 wks",
        "resim after wt loss, mask remade",
    ]
    lines = [f"WEEKLY CHART ROUNDS -- {rng.choice(vc.HOSPITAL)} -- {ctx.date}"]
    keys = ["rounds_header"]
    if rng.random() < 0.6:
        lines.append(f"Present: {ctx.doc}; {ctx.rtt}; {rng.choice(vc.PHYSICS)} (by phone)")
        keys.append("present")
    if rng.random() < 0.4:
        lines.append(
            rng.choice(
                [
                    "Agenda: new sims, plan approvals, on-treatment checks.",
                    "Machine down Tues 2 h.",
                    "Physics: monthly QA done.",
                    "Locum change Friday.",
                ]
            )
        )
        keys.append("agenda")
    for i in range(n_lines):
        if i == subject:
            if sim:
                parts = [
                    strip_ev(x) if "<<" not in x else x
                    for k in ("areas", "imaging", "technique", "rationale")
                    for x in b.get(k, [])
                ]
                parts = [p.rstrip(".") for p in parts]
                line = f"{i + 1}. [redacted] (THIS PT) {dx_short(ctx)} -- NEW SIM {ctx.date}: " + "; ".join(parts)
                for k in ("hx", "plan", "copy", "addendum"):
                    if b.get(k):
                        line += " | " + " ".join(b[k])
            else:
                a = rng.randint(3, 25)
                line = (
                    f"{i + 1}. [redacted] (THIS PT) {dx_short(ctx)} -- fx {a}/{a + rng.randint(3, 20)}, "
                    f"{rng.choice(['VMAT', 'arcs', 'electrons with cutout', '3D'])} to "
                    f"{area_name(ctx, rng.choice(list(ctx.site['areas']))[0])},"
                    f" {rng.choice(['tolerating', 'skin brisk', 'wt down 2 kg', 'no issues'])}; sim was {fl.date(rng)}"
                    f" {rng.choice(['w/ IV contrast', 'w/ 4DCT', 'w/ PET fusion', ''])}"
                )
                line = line.rstrip()
                ctx.trap("non_simulation_note")
            lines.append(line)
        else:
            o = rng.choice(others).format(a=rng.randint(2, 20), b=rng.randint(21, 35), d=fl.date(rng))
            lines.append(f"{i + 1}. [redacted] {rng.choice(other_sites)} -- {o}")
            ctx.trap("other_person")
    keys.append(f"subject{subject}of{n_lines}")
    lines.append(
        rng.choice(
            [
                f"Copy filed to the chart of the pt on line {subject + 1} only; other lines are other patients.",
                f"(Subject of this chart copy: line {subject + 1}.)",
                f"Filed to pt #{subject + 1}. Others for reference, not part of this record.",
            ]
        )
    )
    lines.append(rng.choice(SIGN).format(doc=ctx.doc, date=ctx.date))
    return lines, keys


def area_name(ctx: Ctx, value: str) -> str:
    """An area value with its side filled (never spanned)."""
    return value.format(side=ctx.side, Side=ctx.side, other=ctx.other, t=7)


def dx_short(ctx: Ctx) -> str:
    """A short diagnosis phrase."""
    return dx_line(ctx).split(",")[0]


def handoff_note(ctx: Ctx, sim: bool) -> tuple[list[str], list[str]]:
    """A locum handoff note to the next locum."""
    rng = ctx.rng
    if sim:
        sim_evidence(ctx)
    b = ctx.buckets
    lines = [
        rng.choice(["LOCUM HANDOFF", "Handoff to incoming locum", "Sign-out -- for the next doc", "Locum sign-out"]),
        f"{rng.choice(vc.HOSPITAL)}; from {ctx.doc}; {ctx.date}",
        f"Pt [redacted], {ctx.age}{ctx.sex[0].upper()}, {dx_line(ctx)}.",
    ]
    keys = ["handoff_header"]
    blocks: list[tuple[str, list[str]]] = []
    if sim:
        done = [x for k in ("immob", "imaging", "technique", "areas") for x in b.get(k, [])]
        if rng.random() < 0.4:
            rng.shuffle(done)
        mark = rng.choice(["- ", "* ", "", "+ "])
        blocks.append(
            (
                "done",
                [rng.choice(["What I did today:", "Done this week:", "Today:", "SIM DONE:"])]
                + [mark + x for x in done],
            )
        )
        if b.get("rationale"):
            blocks.append(("rationale", [rng.choice(["Why complex: ", "Reasoning: ", ""]) + " ".join(b["rationale"])]))
        if b.get("hx"):
            blocks.append(("hx", [rng.choice(["Background: ", "Hx: ", "Story: "]) + " ".join(b["hx"])]))
        nxt = [*b.get("plan", []), *fl.pick(rng, fl.LOGISTICS, rng.randint(1, 3))]
    else:
        ctx.trap("non_simulation_note")
        ctx.trap("planned_feature")
        areas = list(ctx.site["areas"])  # type: ignore[call-overload]
        names = [a[0].format(side=ctx.side, Side=ctx.side, other=ctx.other, t=8) for a in areas[:3]]
        f = rng.choice(["IV contrast", "VMAT", "a custom cutout", "oral contrast", "complex blocking"])
        m = rng.choice(["PET/CT", "MRI", "the outside CT"])
        nxt = [
            f"Sim is booked {fl.date(rng)} -- plan to use {f}.",
            f"Please fuse {m} when it arrives.",
            f"Likely {WORDS[len(names)]} areas ({', '.join(names)}), your call.",
            hist_item(ctx),
            *fl.pick(rng, fl.LOGISTICS, 2),
        ]
        ctx.trap("planned_modality")
        rng.shuffle(nxt)
    extras = [
        ("meds", [f"Meds: {fl.meds(rng)}"]),
        ("social", [f"Social: {fl.social(rng)}"]),
        ("labs", [f"Labs: {fl.labs(rng)}"]),
        ("goals", fl.pick(rng, fl.GOALS, 1)),
        ("aside", [rng.choice(vc.ASIDES)]),
        ("exam", [f"Exam today: {fl.exam(rng)}"]),
    ]
    blocks += rng.sample(extras, rng.randint(0, 3))
    rng.shuffle(blocks)
    for key, block in blocks:
        lines += block
        keys.append(key)
    lines.append(rng.choice(["For the next doc:", "FOR THE NEXT DOC:", "for the next doc -", "For the next doc --"]))
    lines += [f"{rng.choice(['*', '-', '>'])} {x}" for x in nxt]
    keys.append("next_doc")
    if b.get("copy"):
        lines += b["copy"]
        keys.append("copy")
    if b.get("addendum"):
        lines += b["addendum"]
        keys.append("addendum")
    lines.append(rng.choice(["Pager is with the unit secretary.", "Call my cell if anything.", "Good luck -- ", ""]))
    lines.append(ctx.doc)
    return [x for x in lines if x], keys


ABORT_REASONS = [
    "pt could not lie flat for more than a minute because of pain despite oxycodone",
    "severe claustrophobia in the mask; pt pulled it off",
    "vasovagal episode on the couch",
    "IV could not be placed after 3 attempts and pt then asked to stop",
    "pt became confused and agitated",
    "scanner fault (tube error) before the scan",
    "nausea and vomiting after the oral prep",
]


def aborted_sections(ctx: Ctx) -> list[Section]:
    """An aborted simulation: nothing counts."""
    rng = ctx.rng
    ctx.trap("aborted")
    ctx.trap("planned_feature")
    f = rng.choice(["IV contrast", "VMAT", "a custom cutout", "complex blocking", "oral contrast"])
    m = rng.choice(["MRI fusion", "PET/CT fusion", "4DCT"])
    areas = list(ctx.site["areas"])  # type: ignore[call-overload]
    names = [a[0].format(side=ctx.side, Side=ctx.side, other=ctx.other, t=8) for a in areas[:2]]
    items = [
        f"Simulation started at {rng.randint(7, 15)}:{rng.choice(['05', '20', '35', '50'])}; "
        f"aborted because {rng.choice(ABORT_REASONS)}.",
        rng.choice(["No images acquired.", "Scout only, scan not completed; no usable images.", "Nothing scanned."]),
        f"Planned: {f} and {m}; treating {' and '.join(names)}. None of it was done today.",
        rng.choice(
            [
                "Will reschedule with lorazepam premed.",
                "Reschedule next week, consider anesthesia consult.",
                "Re-attempt once pain controlled.",
            ]
        ),
    ]
    if rng.random() < 0.5:
        items.append(bare_line(ctx, "Complex simulation still indicated at the next attempt."))
    hx = [*fl.history(rng, dx_line(ctx), ctx.age, ctx.sex), hist_item(ctx)]
    return [
        ("hx", head(ctx, "hx"), hx, False),
        ("aborted", rng.choice(["Procedure", "Events", "Sim attempt"]), items, False),
        *filler_sections(ctx, False),
    ]


def bare_line(ctx: Ctx, text: str) -> str:
    """A bare assertion line."""
    ctx.trap("bare_assertion")
    return text


def blank_sections(ctx: Ctx) -> list[Section]:
    """An unfilled template: fields left as *** or blanks."""
    rng = ctx.rng
    ctx.trap("blank_template")
    ctx.trap("unticked_checkbox")
    fields = [
        "Indication for complex simulation: ***",
        "Treatment site(s): ***",
        "Number of treatment areas: ***",
        "Immobilization: ***",
        "Imaging: CT sim / MRI fusion / PET fusion (circle): ***",
        "[ ] IV contrast  [ ] oral contrast  [ ] VMAT  [ ] custom blocks  [ ] applicator",
        "Contrast: ___",
        "Special techniques: ***",
        "Fusion: ***",
    ]
    rng.shuffle(fields)
    fields = fields[: rng.randint(5, len(fields))]
    out: list[Section] = [
        ("dx", "Diagnosis", [dx_line(ctx) + "."], False),
        ("template", rng.choice(["Simulation", "SIM DETAILS", "Procedure"]), fields, False),
    ]
    for section in filler_sections(ctx, False):
        out.insert(rng.randrange(1, len(out) + 1), section)
    if rng.random() < 0.5:
        out.insert(1, ("hx", head(ctx, "hx"), [hist_item(ctx)], False))
    out.append(("sign", None, [rng.choice(["Note not completed.", "Template opened, not filled.", "***"])], False))
    return out


def nonsim_sections(ctx: Ctx) -> list[Section]:
    """Documents that record no simulation: imaging, techniques and sites appear only as history or plans."""
    plan, rng = ctx.plan, ctx.rng
    ctx.trap("non_simulation_note")
    nt = plan.note_type
    areas = list(ctx.site["areas"])  # type: ignore[call-overload]
    names = [a[0].format(side=ctx.side, Side=ctx.side, other=ctx.other, t=8) for a in areas[: rng.randint(1, 3)]]
    where = ", ".join(names)
    f = rng.choice(["IV contrast", "VMAT", "a custom electron cutout", "oral contrast", "complex blocking", "arcs"])
    m = rng.choice(["PET/CT", "MRI", "4DCT"])
    hx = [*fl.history(rng, dx_line(ctx), ctx.age, ctx.sex), hist_item(ctx)]
    if rng.random() < 0.5:
        hx.append(sentence(ctx.fill(rng.choice(ph.HIST_CONTRAST))))
        ctx.trap("historical_contrast")
    planned = [
        f"Plan CT simulation {fl.date(rng)} with {f}; will fuse the {m}.",
        f"Anticipate treating the {where}.",
        f"Sim next week -- {f} likely.",
        f"Would treat {where}; technique probably {f}.",
    ]
    fu = [
        f"Sim was done {fl.date(rng)} with {f} (see sim note); now fx {rng.randint(2, 20)}.",
        f"Treating {where} with {rng.choice(['VMAT', 'arcs', 'electrons', '3D fields'])}.",
        f"Course complete to {where}; {rng.randint(20, 70)} Gy in {rng.randint(5, 35)} fx.",
    ]
    sec: list[Section] = [("hx", head(ctx, "hx"), hx, False)]
    if nt in ("consult", "referral_packet", "peds_referral_out", "locum_handoff_plan"):
        ctx.trap("planned_feature")
        ctx.trap("planned_modality")
        sec.append(("assessment", head(ctx, "assessment"), rng.sample(planned, 2), False))
    if nt == "referral_packet":
        sec.insert(
            0,
            (
                "cover",
                "FAX COVER",
                [
                    f"From: {rng.choice(vc.REFERRERS)}. To: Radiation Oncology, Hollins Prairie. "
                    f"Pages: {rng.randint(4, 19)}.",
                    f"Reason: please evaluate for RT. Enclosed: path, {m} report, clinic notes.",
                ],
                False,
            ),
        )
    if nt == "tertiary_fax":
        ctx.trap("tertiary_sim_historical")
        yr = rng.randint(2016, 2023)
        sec.append(
            (
                "faxcopy",
                f"Chart copy -- {rng.choice(vc.TERTIARY)} simulation note ({yr})",
                [
                    f"CT simulation performed at Meridian {rng.randint(1, 12)}/{rng.randint(1, 28)}/{yr} with {f}.",
                    f"{m} fused. {cap(WORDS[len(names)])} treatment area(s): {where}.",
                    "Complex sim needed because of proximity to critical structures (Meridian note).",
                    f"Received by fax {ctx.date}; for reference only -- no simulation here today.",
                ],
                False,
            )
        )
    if nt == "peds_referral_out":
        sec.append(
            (
                "referral",
                "Referral",
                [
                    f"Sim under general anesthesia done at Meridian pediatric RT on {fl.date(rng)} ({f}, {m} fused).",
                    "We do not treat pediatric patients under anesthesia here; records sent.",
                    f"Family lives {rng.choice([60, 90, 140])} miles from Meridian; lodging via the family house.",
                ],
                False,
            )
        )
    if nt in ("otv", "therapist_daily", "chart_rounds_otv", "treatment_summary"):
        sec.append(("status", rng.choice(["Status", "Treatment", "Course"]), rng.sample(fu, 2), False))
        if nt == "therapist_daily":
            sec.append(
                (
                    "setup",
                    "Set-up",
                    [
                        f"CBCT matched, shifts {rng.randint(1, 4)} mm / {rng.randint(0, 3)} mm / "
                        f"{rng.randint(0, 5)} mm.",
                        rng.choice(ph.BOLUS),
                        f"Vac-Lok indexed at {rng.choice(['H1', 'F2', 'A3'])}.",
                    ],
                    False,
                )
            )
            ctx.trap("bolus_not_feature")
    if nt == "telephone":
        sec.append(
            (
                "call",
                "Call",
                rng.sample(
                    [
                        f"Called pt re: sim tomorrow at {rng.randint(7, 11)}:30; "
                        "drink the oral contrast 1 hour before.",
                        "Pt asked if the IV contrast will hurt; reassured.",
                        f"Pt reports nausea after the contrast at sim {fl.date(rng)}; advised ondansetron.",
                        f"Daughter called; dad will need a wheelchair for the sim; {f} discussed.",
                        "Reminded of full bladder instructions for sim.",
                    ],
                    3,
                ),
                False,
            )
        )
    if nt == "nurse_triage":
        sec.append(
            (
                "triage",
                "Triage",
                [
                    "Pt called with "
                    + rng.choice(
                        ["diarrhea x4/day", "sore throat, can not swallow pills", "skin peeling", "fever 38.4"]
                    )
                    + ".",
                    f"Had sim {fl.date(rng)}{rng.choice([' with contrast', ' (4DCT)', ''])}; "
                    f"treatment starts {fl.date(rng)}.",
                    rng.choice(["Advised fluids, call back if worse.", "Seen same day in clinic.", "Sent to ER."]),
                ],
                False,
            )
        )
    if rng.random() < 0.4 and nt not in ("therapist_daily",):
        sec.append(("other", None, [rng.choice(ph.OTHER_PERSON)], False))
        ctx.trap("other_person")
    sec += filler_sections(ctx, plan.style == "long")
    return sec


# ----- layouts and style transforms --------------------------------------------------------------

HOMOPHONE = re.compile(r"\b(patient's|their|course|plain)\b")


def transform_filler(ctx: Ctx, style: str, item: str) -> str:
    """Style damage for non-evidence text."""
    rng = ctx.rng
    if style == "typos":
        return map_plain(item, lambda t: fl.typo(rng, t, 0.08))
    if style == "sr_dictation":
        swaps = dict(fl.SR_HOMOPHONES)
        return map_plain(item, lambda t: HOMOPHONE.sub(lambda m: swaps.get(m.group(1), m.group(1)), t))
    if style == "transcribed":
        words = item.split(" ")
        if len(words) > 6 and "<<" not in item and rng.random() < 0.5:
            i = rng.randrange(2, len(words) - 1)
            if words[i].lower().strip(".,;:") in fl.TYPO_PROTECT:
                return item
            words[i] = rng.choice(["[inaudible]", "***", "[inaudible] ***"])
            ctx.trap("inaudible_gap")
            return " ".join(words)
    return item


def layout(ctx: Ctx, sections: list[Section], title: str) -> tuple[str, list[str]]:
    """Render sections in the note's style; return marked text and the section keys."""
    rng, style = ctx.rng, ctx.plan.style
    keys: list[str] = []
    out: list[str] = header(ctx, title)
    if style == "sr_dictation":
        out.insert(rng.randrange(len(out) + 1), rng.choice(SR_BANNER))
    if style == "transcribed":
        out.append(rng.choice(TR_BANNER).format(date=fl.date(rng), mt=rng.choice(vc.TRANSCRIBERS)))
    base = style
    if style == "caps":
        base = rng.choice(["prose", "bullets"])
    hform = rng.randrange(4)
    bullet = rng.choice(["-", "*", "o", "\u2022", ">"])
    for key, heading, items, is_filler in sections:
        if not items:
            continue
        keys.append(key)
        items = [transform_filler(ctx, style, i) if (is_filler or key == "hx") else i for i in items]
        if base == "bullets":
            if heading:
                out.append(f"{heading}:")
            out += [f"{bullet} {i}" for i in items]
        elif base == "terse":
            body = "; ".join(i.rstrip(".") for i in items)
            out.append(f"{heading.upper() if hform == 0 else heading}: {body}" if heading else body)
        else:
            body = " ".join(sentence(i) if i[:1].isalpha() else i for i in items)
            if not heading:
                out.append(body)
            elif hform == 0:
                out += [f"{heading.upper()}:", body]
            elif hform == 1:
                out.append(f"{heading}: {body}")
            elif hform == 2:
                out.append(f"{heading}. {body}")
            else:
                out += [f"-- {heading} --", body]
    out.append(rng.choice(SIGN).format(doc=ctx.doc, date=ctx.date))
    if rng.random() < 0.3:
        out.append(f"cc: {rng.choice(vc.REFERRERS)}")
    sep = "\n\n" if base in ("prose", "long", "sr_dictation", "transcribed", "typos") and rng.random() < 0.6 else "\n"
    text = sep.join(out)
    if base == "terse":
        text = map_plain(text, fl.terse)
    if style == "caps":
        text = upper_all(text)
    return text, keys


def finish_lines(ctx: Ctx, lines: list[str]) -> str:
    """Join special-composer lines, applying caps/terse when asked."""
    text = "\n".join(lines)
    if ctx.plan.style == "caps":
        text = upper_all(text)
    if ctx.plan.style == "terse":
        text = map_plain(text, fl.terse)
    return text


__all__ = ["FEATURE_WORDS", "aborted_sections", "blank_sections", "cap", "finish_lines", "form_note"]
