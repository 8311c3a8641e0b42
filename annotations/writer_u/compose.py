"""Composers: simulation documents of Cedar Basin Radiation Specialists, as markup plus section keys."""

from __future__ import annotations

import random

from writer_u import filler
from writer_u.evidence import Ctx, Fact, areas_fact, feature_fact, fill, make_ctx, modality_facts, rationale_fact
from writer_u.layout import ROWISH, Section, layout, plain
from writer_u.markup import strip_markup
from writer_u.plan import Plan
from writer_u.traps import addendum_count, addendum_feature, build_traps
from writer_u.vocab import PRACTICE, REFERRERS, TRANSCRIBERS

TITLES: dict[str, list[str]] = {
    "dictated_sim": [
        "SIMULATION NOTE",
        "CT SIMULATION - PHYSICIAN NOTE",
        "Simulation and Treatment Planning Note",
        "RADIATION ONCOLOGY SIMULATION",
        "Physician Simulation Note",
        "SIM NOTE (dictated)",
    ],
    "sim_rx_form": [
        "MOSAIQ | Simulation Rx",
        "Simulation Rx (Sim Order + Completion)",
        "SIM RX - ASSESSMENT",
        "Simulation Rx / Sim Documentation",
    ],
    "therapist_sim_doc": [
        "Sim Documentation - Therapist",
        "THERAPY SIM DOCUMENTATION",
        "Sim Documentation",
        "Therapist Simulation Record",
    ],
    "planning_directive": [
        "Treatment Planning Directive",
        "TREATMENT PLANNING DIRECTIVE (post-sim)",
        "Planning Directive - Simulation Completed",
        "Tx Planning Directive",
    ],
    "order_procedure": [
        "Sim Order and Procedure Note",
        "SIMULATION ORDER / PROCEDURE",
        "Sim Order + CT Sim Procedure",
        "Simulation: Order and Completion",
    ],
    "brachy_procedure": [
        "Brachytherapy Procedure and Simulation",
        "HDR APPLICATOR PLACEMENT / SIMULATION",
        "Brachytherapy Simulation Note",
        "Implant Procedure Note",
    ],
    "sim_4dct": [
        "4DCT Simulation Note",
        "CT SIMULATION WITH RESPIRATORY MOTION ASSESSMENT",
        "4D Sim - SBRT",
        "Respiratory-Correlated CT Sim",
    ],
    "srs_sim": [
        "SRS Simulation",
        "STEREOTACTIC RADIOSURGERY SIMULATION",
        "SRS Sim Note",
        "Radiosurgery Simulation Record",
    ],
    "electron_setup": [
        "Electron Setup / Simulation",
        "CLINICAL SETUP - ELECTRONS",
        "Electron Sim Note",
        "Superficial Setup Record",
    ],
}
PROC_HEADS = {
    "default": [
        "Procedure",
        "Simulation details",
        "Description",
        "Technique",
        "Details of simulation",
        "Sim performed",
    ],
    "sim_rx_form": ["Simulation performed", "Completion (therapist)", "Sim completed", "Performed"],
    "order_procedure": ["Procedure", "Procedure performed", "What was done"],
    "therapist_sim_doc": ["Assessment", "Sim assessment", "Therapist entries", "Sim record"],
    "planning_directive": ["Simulation", "Sim data", "Simulation (completed)"],
}
INTROS = {
    "dictated_sim": [
        "The patient was brought to the simulation suite today.",
        "Patient seen at {centre} for simulation.",
        "Simulation was performed today under my supervision.",
        "I was present for the simulation.",
    ],
    "brachy_procedure": [
        "After informed consent, the patient was taken to the procedure room.",
        "Under conscious sedation the applicator was inserted.",
        "Spinal anesthesia given by anesthesia; lithotomy position.",
        "Procedure performed in the HDR suite after time-out.",
    ],
    "sim_4dct": [
        "Respiratory assessment performed before scanning.",
        "Breathing trace regular after coaching.",
        "Bellows belt placed; respiratory rate about 14/min.",
    ],
    "srs_sim": ["Frameless SRS mask made.", "Open-face mask molded with mouth bite.", "SRS immobilization completed."],
    "electron_setup": [
        "Lesion outlined clinically with a 5 mm margin.",
        "Clinical markup of the lesion performed.",
        "Field drawn on the skin with the physician.",
    ],
}
OTHER_HEADS = {
    "diagnosis": ["Diagnosis", "Dx", "Indication", "Clinical indication"],
    "history": ["History", "Brief history", "HPI", "Background"],
    "order": ["Order", "Sim order", "Ordered", "Order (MD)"],
    "rationale": ["Medical necessity", "Rationale", "Complexity", "Physician statement"],
    "plan": ["Plan", "Next steps", "Plan / follow-up", "Disposition"],
    "addendum": ["Addendum", "ADDENDUM", "Addendum to note"],
}


def _head(ctx: Ctx, title: str, dictated: bool) -> list[str]:
    rng = ctx.rng
    lines = [rng.choice([PRACTICE, PRACTICE.upper(), f"{PRACTICE} - {ctx.centre}", f"{ctx.centre} ({PRACTICE})"])]
    lines.append(title)
    pid = rng.choice(["Patient: [redacted]", "Pt: [redacted]", "Name: [redacted]", "PATIENT [redacted]"])
    lines.append(
        rng.choice(
            [
                f"{pid}  MRN: {ctx.mrn}  DOS: {ctx.date}",
                f"{pid} | ID {ctx.mrn} | Date {ctx.date}",
                f"{pid}\nMRN {ctx.mrn}\nDate of service: {ctx.date}",
            ]
        )
    )
    if dictated:
        lines.append(rng.choice([f"Dictating physician: {ctx.md}", f"Attending: {ctx.md}", f"Author: {ctx.md}"]))
    elif rng.random() < 0.6:
        lines.append(rng.choice([f"Physician: {ctx.md}", f"MD: {ctx.md}", f"Therapist: {ctx.therapist}"]))
    return lines


def _foot(ctx: Ctx, style: str, note_type: str) -> list[str]:
    rng = ctx.rng
    if style in ("dictation", "long", "caps", "typos") and note_type in (
        "dictated_sim",
        "brachy_procedure",
        "sim_4dct",
        "srs_sim",
        "order_procedure",
    ):
        return [
            rng.choice(["DICTATED BUT NOT READ", "Dictated but not read", "DICTATED, NOT READ - subject to review"]),
            ctx.md,
            rng.choice(
                [
                    f"D: {ctx.date}  T: {ctx.date}  Job #: {ctx.job}",
                    f"Job {ctx.job} / {rng.choice(TRANSCRIBERS)}",
                    f"JOB#{ctx.job} D/T {ctx.date}",
                ]
            ),
        ]
    who = ctx.md if note_type not in ("therapist_sim_doc",) else ctx.therapist
    return [
        rng.choice(
            [f"Electronically signed: {who}", f"Signed {who} {ctx.date}", f"-- {who}", f"Approved in MOSAIQ by {who}"]
        )
    ]


def _words(sections: list[Section]) -> int:
    return sum(len(strip_markup(f.sentence).split()) + len(f.key.split()) for _, _, fs in sections for f in fs)


def pad_long(ctx: Ctx, sections: list[Section]) -> list[Section]:
    """Insert dated-record sections until a long note clearly has 600+ words (never more than ~1,300)."""
    target = ctx.rng.randrange(660, 1150)
    while _words(sections) < target:
        key, title, lines = filler.pad_section(ctx, ctx.rng.randrange(6, 12))
        at = ctx.rng.randrange(1, max(2, len(sections) - 2))
        sections.insert(at, (key, title, [plain(x, title) for x in lines]))
    return sections


DX_KEYS = {
    "left breast": "left breast",
    "right breast": "right breast",
    "left chest wall": "left breast",
    "right chest wall": "right breast",
    "cervix": "cervical",
    "vaginal cuff": "endometrial",
    "base of tongue": "base of tongue",
    "larynx": "larynx",
    "oral tongue": "oral tongue",
    "nasopharynx": "nasophar",
    "right upper lobe": "right upper lobe",
    "left lower lobe": "left lower lobe",
    "left upper lobe": "left upper lobe",
    "pancreatic head": "head",
    "pancreatic body": "body",
    "left nasal ala": "nasal ala",
    "scalp vertex": "scalp",
    "right helix": "helix",
    "left cheek": "cheek",
    "prostate bed": "prostatectomy",
    "GE junction": "GE junction",
    "distal esophagus": "distal esophageal",
}


def _dx(ctx: Ctx) -> str:
    options = list(ctx.site.dx)
    if ctx.plan.areas:
        key = DX_KEYS.get(ctx.plan.areas[0][0])
        if key:
            options = [d for d in options if key in d] or options
        elif ctx.plan.site == "prostate":
            options = [d for d in options if "prostatectomy" not in d]
    return fill(ctx, ctx.pick(options))


def compose_sim(plan: Plan, rng: random.Random) -> tuple[str, list[str], list[str]]:
    """Return (markup, section keys, trap names) for a simulation document."""
    ctx = make_ctx(rng, plan)
    style, note_type = plan.style, plan.note_type
    rowish = style in ROWISH
    placed = build_traps(ctx, rowish)
    names = [p.name for p in placed]
    feature_facts = {f: feature_fact(ctx, f) for f in plan.features}
    area = areas_fact(ctx)
    mods = modality_facts(ctx)
    reason = rationale_fact(ctx) if plan.rationale else None
    add: list[Fact] = []
    body_extra: list[Fact] = []
    if "addendum_adds_feature" in names:
        feat = ctx.pick([f for f in plan.features if f != "brachytherapy"])
        none_line, affirm = addendum_feature(ctx, feat, feature_facts.pop(feat))
        body_extra.append(none_line)
        add.append(affirm)
    area_in_body: Fact | None = area
    if "addendum_fixes_count" in names:
        wrong = next(p.fact for p in placed if p.name == "addendum_fixes_count")
        area_in_body = None
        body_extra.append(wrong)
        add.append(addendum_count(ctx))
    sec: dict[str, list[Fact]] = {
        k: [] for k in ("diagnosis", "history", "order", "procedure", "rationale", "plan", "addendum")
    }
    dx_text = _dx(ctx)
    dx_fact = plain(dx_text, "Diagnosis")
    sec["diagnosis"].append(dx_fact)
    ref = ctx.pick(REFERRERS[ctx.site.referrer])
    if rng.random() < 0.6 or style == "long":
        sec["history"].append(
            plain(
                filler.hpi(
                    ctx,
                    ctx.pick(["the above", "the diagnosis above", "this cancer"])
                    if rng.random() < 0.3
                    else dx_text.split(",")[0],
                    ref,
                ),
                "History",
            )
        )
    # order block (intent only, never spanned)
    has_order = note_type in ("sim_rx_form", "order_procedure") or (
        note_type == "planning_directive" and rng.random() < 0.3
    )
    if has_order:
        wanted = ["CT simulation" if "CT" in plan.modalities else "simulation"]
        wanted += [
            {
                "contrast": "contrast",
                "arc_rotational": "VMAT planning",
                "custom_shielding": "custom block/cutout",
                "complex_blocking": "complex blocking",
                "brachytherapy": "applicator sim",
            }[f]
            for f in plan.features
        ]
        wanted += [f"{m} fusion" for m in plan.modalities if m in ("MRI", "PET")]
        req = plain(ctx.pick(["Requested: ", "Order: ", "MD orders "]) + ", ".join(wanted) + ".", "Requested")
        req.answer = ", ".join(wanted)
        sec["order"].append(req)
        sec["order"].append(
            plain(
                ctx.pick(
                    [
                        f"Ordered by {ctx.md} on {ctx.hist_date()}.",
                        "Priority: routine.",
                        "Priority: urgent (pain).",
                        f"Order entered {ctx.hist_date()}.",
                    ]
                ),
                "Order info",
            )
        )
    # procedure
    proc: list[Fact] = []
    intro = INTROS.get(note_type, INTROS["dictated_sim"])
    proc.append(plain(ctx.pick(intro).format(centre=ctx.centre), ctx.pick(["Comment", "Notes", "Sim note"])))
    device = filler.immob_device(ctx)
    immob = plain(filler.immob_line(ctx, device), "Immobilization")
    immob.answer = device
    proc.append(immob)
    proc += mods
    proc += list(feature_facts.values())
    if area_in_body is not None:
        proc.append(area_in_body)
    proc += body_extra
    for line in filler.setup_lines(ctx, rng.randrange(1, 4)):
        proc.append(plain(line, "Setup"))
    for p in placed:
        target = {
            "history": "history",
            "order": "order" if has_order else "procedure",
            "procedure": "procedure",
            "plan": "plan",
            "rationale": "rationale",
            "addendum": "addendum",
        }.get(p.section)
        if target == "procedure":
            proc.append(p.fact)
        elif target is not None:
            sec[target].append(p.fact)
    head_intro, rest = proc[:1], proc[1:]
    rng.shuffle(rest)
    sec["procedure"] = head_intro + rest
    if reason is not None:
        where = rng.random()
        if where < 0.6:
            sec["rationale"].insert(rng.randrange(len(sec["rationale"]) + 1), reason)
        else:
            sec["procedure"].insert(rng.randrange(1, len(sec["procedure"]) + 1), reason)
    sec["plan"] += [plain(s, "Next") for s in filler.plan_lines(ctx, rng.randrange(1, 3))]
    rng.shuffle(sec["plan"])
    sec["addendum"] += add
    order = ["diagnosis", "history", "order", "procedure", "rationale", "plan"]
    if rng.random() < 0.35:
        order.remove("rationale")
        order.insert(order.index("procedure"), "rationale")
    if rng.random() < 0.3 and not has_order:
        order.remove("history")
        order.insert(0, "history")
    sections: list[Section] = []
    for key in order:
        heads = PROC_HEADS.get(note_type, PROC_HEADS["default"]) if key == "procedure" else OTHER_HEADS[key]
        sections.append((key, ctx.pick(heads), sec[key]))
    if style == "long":
        long_secs = [(k, t, [plain(x, t) for x in xs]) for k, t, xs in filler.long_sections(ctx, ref)]
        disc = (
            "discussion",
            ctx.pick(["Discussion", "Counseling", "Goals and discussion"]),
            [plain(x) for x in filler.discussion(ctx, rng.randrange(5, 10))],
        )
        cut = 2 if sections[0][0] == "diagnosis" else 1
        sections = sections[:cut] + long_secs + sections[cut:] + [disc]
        sections = pad_long(ctx, sections)
    titles = [t for t in TITLES[note_type] if ("CT" not in t or "CT" in plan.modalities)]
    titles = [t for t in titles if "4D" not in t or plan.fourdct]
    head = _head(ctx, ctx.pick(titles), style in ("dictation", "long", "caps", "typos"))
    foot = _foot(ctx, style, note_type)
    if sec["addendum"]:
        sections.append(("addendum", ctx.pick(OTHER_HEADS["addendum"]), sec["addendum"]))
    for p in placed:
        if p.section == "footer":
            foot.append(p.fact.sentence)
    markup = layout(style, head, sections, foot, rng)
    keys = [k for k, _, facts in sections if facts]
    return markup, keys, names
