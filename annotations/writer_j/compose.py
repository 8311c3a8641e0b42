"""Composition: turn a plan into sections of marked-up sentences, lay them out, render and check."""

from __future__ import annotations

import random

from . import traps as T
from .evidence import area_sentence, feature_sentence, modality_sentence, rationale_sentence, target_name
from .filler import cap, long_sections
from .layout import Section, layout
from .markup import Rendered, mark, render, span_elements
from .plan import FEATURE_ORDER, Plan

TITLES: dict[str, tuple[str, ...]] = {
    "dx": ("Diagnosis", "Dx", "Impression", "Oncologic diagnosis", "Primary diagnosis"),
    "indication": ("Indication", "Reason for simulation", "Clinical indication", "Clinical summary"),
    "simulation": ("Simulation", "Simulation details", "Sim summary", "Simulation procedure", "Procedure performed"),
    "necessity": (
        "Medical necessity",
        "Complexity statement",
        "Rationale for complex simulation",
        "Physician statement",
    ),
    "plan": ("Plan", "Next steps", "Disposition", "Planning to follow"),
    "charges": ("Charges", "Charge capture", "Billing"),
    "addendum": ("Addendum", "Late entry", "Correction"),
    "prior": ("Prior course", "Reference", "Copied text"),
    "template": ("Sim checklist", "Template fields", "Checklist"),
    "history": ("Imaging history", "Pertinent imaging", "Workup"),
    "signature": ("Signed", "Electronically signed", "Signature"),
    "attestation": ("Attestation", "Provider attestation", "Scribe attestation"),
    "consent": ("Consent", "Informed consent"),
    "marks": ("Reference marks", "Marks and photos", "Localization"),
    "order": ("Simulation order", "Order", "Orders placed"),
    "planning": ("Clinical treatment planning", "Treatment planning", "Planning decision"),
    "resim_reason": ("Reason for re-simulation", "Why re-sim", "Re-simulation indication"),
    "complications": ("Complications", "Tolerance"),
    "assessment": ("Assessment", "Assessment and plan", "A/P"),
    "hpi": ("History of present illness", "HPI", "History"),
    "exam": ("Exam", "Physical examination", "PE"),
    "course": ("Treatment course", "Course summary", "Radiation delivered"),
    "toxicity": ("Toxicity", "Side effects", "Acute effects"),
    "education": ("Education", "Teaching", "Patient education"),
    "appointment": ("Appointment", "Scheduling", "Visit"),
    "arrival": ("Arrival", "Check-in", "Pre-sim"),
}


def title(key: str, rng: random.Random) -> str:
    """A header for a section key."""
    return rng.choice(TITLES.get(key, (key.replace("_", " ").capitalize(),)))


def _has(plan: Plan, trap: str) -> bool:
    return trap in plan.traps


DOSES: dict[str, tuple[str, ...]] = {
    "breast_nodes": ("50 Gy in 25 fractions", "40.05 Gy in 15 fractions", "42.56 Gy in 16 fractions"),
    "prostate": ("70 Gy in 28 fractions", "78 Gy in 39 fractions", "60 Gy in 20 fractions"),
    "head_neck": ("70 Gy in 35 fractions", "66 Gy in 33 fractions"),
    "lung_4dct": ("60 Gy in 30 fractions", "54 Gy in 3 fractions", "50 Gy in 5 fractions"),
    "whole_brain": ("30 Gy in 10 fractions", "20 Gy in 5 fractions"),
    "srs": ("24 Gy in 1 fraction", "27 Gy in 3 fractions", "30 Gy in 5 fractions"),
    "bone_mets": ("8 Gy in 1 fraction", "20 Gy in 5 fractions", "30 Gy in 10 fractions"),
    "gyn_brachy": ("45 Gy in 25 fractions plus HDR 28 Gy in 4", "HDR 7 Gy x 4"),
    "rectum": ("50.4 Gy in 28 fractions", "25 Gy in 5 fractions"),
    "esophagus": ("41.4 Gy in 23 fractions", "50.4 Gy in 28 fractions"),
    "pancreas": ("50.4 Gy in 28 fractions", "33 Gy in 5 fractions"),
    "lymphoma": ("30 Gy in 15 fractions", "24 Gy in 12 fractions", "4 Gy in 2 fractions"),
    "skin_electron": ("50 Gy in 20 fractions", "40 Gy in 10 fractions"),
    "pediatric": ("23.4 Gy CSI plus boost to 54 Gy", "36 Gy CSI in 20 fractions"),
    "palliative": ("20 Gy in 5 fractions", "30 Gy in 10 fractions", "8 Gy x 1"),
    "bladder": ("55 Gy in 20 fractions", "64 Gy in 32 fractions"),
    "sarcoma": ("50 Gy in 25 fractions",),
    "spine_sbrt": ("24 Gy in 2 fractions", "27 Gy in 3 fractions"),
    "keloid": ("12 Gy in 3 fractions", "16 Gy in 4 fractions"),
    "tbi": ("12 Gy in 6 BID fractions", "2 Gy x 1"),
    "liver": ("50 Gy in 5 fractions", "40 Gy in 5 fractions"),
}

BODY_NEG = {
    "contrast": "No contrast at time of scan.",
    "arc_rotational": "Technique: 3D conformal.",
    "custom_shielding": "No custom blocks.",
    "particle": "Photon plan.",
    "brachytherapy": "Applicator check pending at time of dictation.",
    "complex_blocking": "No complex blocking.",
    "hyperthermia": "Probe check pending.",
}
RETRACTABLE = {
    "contrast": ("IV contrast given.", "IV contrast was NOT administered; the IV could not be placed."),
    "arc_rotational": ("VMAT technique.", "technique is 3D conformal, not VMAT as previously stated."),
    "custom_shielding": ("Custom blocks made.", "no custom blocks were made; MLC only."),
}


class Ctx:
    """Per-note composition state: where evidence goes and which traps were placed."""

    def __init__(self, plan: Plan, rng: random.Random) -> None:
        self.plan = plan
        self.rng = rng
        self.placed: set[str] = set()
        self.addendum: list[str] = []
        self.body_extra: list[str] = []
        self.moved_feature: str | None = None
        self.chat_feature: str | None = None

    def use(self, trap: str) -> bool:
        """Mark a trap as placed if the plan has it."""
        if trap in self.plan.traps:
            self.placed.add(trap)
            return True
        return False


def _plan_addendum(ctx: Ctx) -> None:
    plan, rng = ctx.plan, ctx.rng
    if not ctx.use("addendum_correction"):
        return
    ctx.use("attestation_correction")
    options: list[str] = []
    if plan.features:
        options.append("add")
    if [f for f in RETRACTABLE if f not in plan.features]:
        options.append("retract")
    if "MRI" not in plan.modalities and plan.modalities:
        options.append("mri")
    if plan.area_count is not None and plan.area_mode in ("stated", "count_only"):
        options.append("areas")
    kind = rng.choice(options)
    if kind == "add":
        f = plan.features[0]
        ctx.moved_feature = f
        ctx.body_extra.append(BODY_NEG[f])
        ctx.addendum.append(
            rng.choice(("Correction: ", "Update after review: ", "Clarification - ")) + feature_sentence(plan, f, rng)
        )
    elif kind == "retract":
        f = rng.choice([f for f in RETRACTABLE if f not in plan.features])
        ctx.body_extra.append(RETRACTABLE[f][0])
        ctx.addendum.append(
            rng.choice(("Correction: ", "Please disregard the above, ", "Addendum correction: ")) + RETRACTABLE[f][1]
        )
    elif kind == "mri":
        ctx.body_extra.append("MRI fused.")
        ctx.addendum.append("Correction: MRI fusion was not performed; the MRI has not been done yet.")
    else:
        n = plan.area_count or 1
        wrong = n + 1 if n < 4 else n - 1
        ctx.body_extra.append(f"{wrong} treatment areas.")
        ctx.addendum.append(
            "Correction: "
            + mark("A", str(n), f"{n} treatment area{'s' if n > 1 else ''}")
            + ", not "
            + str(wrong)
            + "."
        )


def _addendum_section(ctx: Ctx) -> Section | None:
    if not ctx.addendum:
        return None
    plan, rng = ctx.plan, ctx.rng
    if plan.style == "scribe":
        head = rng.choice(
            (
                f"Attending addendum (Dr. {plan.physician}): I have reviewed the scribe's documentation. ",
                f"Provider attestation with correction, Dr. {plan.physician}: ",
            )
        )
        return ("attestation", "Attestation", [head + " ".join(ctx.addendum)])
    head = rng.choice(
        (f"Addendum {plan.date} {ctx.rng.randint(8, 18)}:{ctx.rng.randint(10, 59)}: ", "ADDENDUM: ", "Late entry: ")
    )
    return ("addendum", title("addendum", rng), [head + " ".join(ctx.addendum)])


def setup_sentences(plan: Plan, rng: random.Random) -> list[str]:
    """Plain setup lines: position, device, marks."""
    dev = rng.choice(plan.site.devices)
    out = [
        rng.choice(
            (
                f"Positioned {plan.site.position}, {dev}.",
                f"Patient placed {plan.site.position} on the couch with {dev}.",
                f"Setup: {plan.site.position}, {dev}, table index H{rng.randint(1, 5)}.",
                f"{plan.site.position.capitalize()}; {dev}.",
            )
        )
    ]
    if plan.site.key == "pediatric":
        out.append(
            rng.choice(
                (
                    "Performed at our partner children's hospital sim suite; our RTT traveled with the masks.",
                    "Referred to the partner children's hospital for the sim; our RTT and dosimetrist attended.",
                    "Child life specialist present; sim at the children's hospital partner site.",
                )
                # Anesthesia appears only where it is the documented reason (never a hidden rationale).
                + (
                    ("Pediatric anesthesia team from the partner children's hospital present throughout.",)
                    if "anesthesia/immobilization" in plan.rationale
                    else ()
                )
            )
        )
    if rng.random() < 0.6:
        out.append(
            rng.choice(
                (
                    "Tattoos x3 placed.",
                    "Three reference tattoos and setup photos.",
                    "BBs placed on the marks; photos to MOSAIQ.",
                    "Setup photos taken, tattoos placed at the triangulation points.",
                    "Marks: 3 tattoos, 1 lateral Sharpie.",
                )
            )
        )
    return out


def modality_block(plan: Plan, ctx: Ctx) -> list[str]:
    """Imaging sentences for this simulation."""
    rng = ctx.rng
    out = []
    four_d = plan.site.motion and (ctx.use("4dct_alone") or rng.random() < 0.6)
    if "Pinecrest" in plan.centre and "particle" not in plan.features:
        ctx.placed.add("proton_centre_name")
    if four_d and "CT" in plan.modalities and not plan.features:
        ctx.placed.add("4dct_alone")
    for m in plan.modalities:
        if m in ("MRI", "PET") and ctx.use("fused_old_contrast"):
            word = mark("M", m, rng.choice(("MRI", "MR")) if m == "MRI" else rng.choice(("PET/CT", "PET-CT")))
            agent = "gadolinium" if m == "MRI" else "IV contrast"
            out.append(
                f"Diagnostic {word} from {rng.randint(1, 12)}/{rng.randint(1, 28)} "
                f"(done with {agent} at the outside facility) was "
                f"registered to the planning scan; no contrast given at this sim."
            )
        else:
            out.append(modality_sentence(plan, m, rng, four_d=four_d and m == "CT"))
    return out


def feature_block(plan: Plan, ctx: Ctx) -> list[str]:
    """Feature sentences (a feature moved to an addendum or a chat message is skipped)."""
    return [
        feature_sentence(plan, f, ctx.rng) for f in plan.features if f != ctx.moved_feature and f != ctx.chat_feature
    ]


def inline_traps(plan: Plan, ctx: Ctx) -> list[str]:
    """Trap sentences that sit inside the simulation text."""
    rng = ctx.rng
    out: list[str] = []
    if ctx.use("negated_feature"):
        out.append(T.negated_feature(plan, rng))
    if ctx.use("mlc_only"):
        out.append(T.mlc_only(rng))
    if ctx.use("bolus"):
        out.append(T.bolus(rng))
    if ctx.use("custom_immobilization"):
        out.append(T.custom_immobilization(plan, rng))
    if ctx.use("many_beams_one_target"):
        out.append(T.many_beams(plan, rng, "arc_rotational" in plan.features))
    return out


def sim_body(plan: Plan, ctx: Ctx) -> list[str]:
    """The simulation section: setup, imaging, features, areas, inline traps."""
    rng = ctx.rng
    groups = [
        modality_block(plan, ctx),
        feature_block(plan, ctx),
        [area_sentence(plan, rng)] if plan.area_mode != "none" else [],
    ]
    rng.shuffle(groups)
    body = setup_sentences(plan, rng)
    for g in groups:
        body += g
    extra = inline_traps(plan, ctx) + ctx.body_extra
    for s in extra:
        body.insert(rng.randint(1, len(body)), s)
    return body


def rationale_sentences(plan: Plan, rng: random.Random) -> list[str]:
    """One marked sentence per planned rationale category."""
    return [rationale_sentence(plan, c, rng) for c in plan.rationale]


def _dx(plan: Plan, rng: random.Random) -> list[str]:
    return [cap(rng.choice(plan.dx)) + "."]


def side_sections(plan: Plan, ctx: Ctx) -> dict[str, Section]:
    """Optional trap sections shared by simulation notes."""
    rng = ctx.rng
    out: dict[str, Section] = {}
    hist: list[str] = []
    if ctx.use("historical_imaging"):
        hist.append(T.historical_imaging(plan, rng))
    if ctx.use("historical_contrast"):
        hist.append(T.historical_contrast(plan, rng))
    if hist:
        out["history"] = ("history", title("history", rng), hist)
    if ctx.use("copy_forward"):
        out["prior"] = ("prior", title("prior", rng), T.copy_forward(plan, rng))
    if ctx.use("blank_template"):
        out["template"] = ("template", title("template", rng), T.blank_template(plan, rng))
    plan_lines = [
        rng.choice(
            (
                "Contours to dosimetry.",
                "Dosimetry to begin planning; physics check to follow.",
                f"Plan review targeted for {rng.randint(1, 12)}/{rng.randint(1, 28)}.",
                "Start date pending insurance.",
            )
        )
    ]
    if ctx.use("planned_feature"):
        plan_lines.append(T.planned_feature(plan, rng))
    if ctx.use("planned_modality"):
        plan_lines.append(T.planned_modality(plan, rng))
    out["plan"] = ("plan", title("plan", rng), plan_lines)
    nec: list[str] = []
    if ctx.use("bare_assertion"):
        nec.append(T.bare_assertion(rng))
    if nec:
        out["necessity"] = ("necessity", title("necessity", rng), nec)
    if ctx.use("charge_line"):
        out["charges"] = ("charges", title("charges", rng), [T.charge_line(plan, rng)])
    return out


def _place_rationale(
    sections: list[Section], plan: Plan, rng: random.Random, preferred: tuple[str, ...]
) -> list[Section]:
    """Put the rationale sentences into one of the preferred sections (or a new one)."""
    sents = rationale_sentences(plan, rng)
    if not sents:
        return sections
    candidates = [i for i, s in enumerate(sections) if s[0] in preferred]
    if candidates and rng.random() < 0.8:
        i = rng.choice(candidates)
        key, head, body = sections[i]
        pos = rng.randint(0, len(body))
        sections[i] = (key, head, body[:pos] + sents + body[pos:])
        return sections
    idx = rng.randint(1, max(1, len(sections) - 1))
    sections.insert(idx, ("necessity", title("necessity", rng), sents))
    return sections


def _merge_necessity(sections: list[Section]) -> list[Section]:
    """Keep one necessity section (merge duplicates in order)."""
    out: list[Section] = []
    for s in sections:
        existing = [i for i, o in enumerate(out) if o[0] == s[0]]
        if existing:
            i = existing[0]
            out[i] = (out[i][0], out[i][1], out[i][2] + s[2])
        else:
            out.append(s)
    return out


def build_sim(plan: Plan, ctx: Ctx) -> list[Section]:
    """Simulation-type notes (sim note, CT-sim procedure, planning + sim, re-sim)."""
    rng = ctx.rng
    _plan_addendum(ctx)
    side = side_sections(plan, ctx)
    sections: list[Section] = []
    has_ct = "CT" in plan.modalities
    nt = plan.note_type
    if nt == "resim":
        clinical = (
            f"{rng.randint(5, 12)} kg weight loss; mask no longer fits.",
            "Tumor shrinkage on CBCT; replan requested by physics.",
            "Setup reproducibility poor on daily imaging.",
            "Mask too tight after neck swelling resolved.",
        )
        administrative = (
            "Original planning dataset failed to transfer to MOSAIQ; repeat scan per physics.",
            "Treatment moved to another of our centers (different couch top); re-sim for indexing.",
            "Re-sim ordered per physics QA request, see QA note.",
            "Second course phase; re-sim per schedule.",
        )
        # Clinical reasons for a new mask could read as a rationale, so they appear only when one is documented.
        reason = rng.choice(clinical if plan.rationale else administrative)
        sections.append(("resim_reason", title("resim_reason", rng), [reason]))
    if nt == "planning_sim":
        sections.append(
            (
                "planning",
                title("planning", rng),
                [
                    f"{cap(rng.choice(plan.dx))}.",
                    "Prescription intent: "
                    + rng.choice(DOSES.get(plan.site.key, ("per MOSAIQ Rx",)))
                    + ", "
                    + rng.choice(("technique per dosimetry.", "final technique at plan review.", "see MOSAIQ Rx.")),
                ],
            )
        )
        if ctx.use("order_vs_procedure"):
            sections.append(
                (
                    "order",
                    title("order", rng),
                    [
                        rng.choice(
                            (
                                "CT sim with IV contrast; MRI fusion; VMAT.",
                                "Sim with oral contrast, PET fusion, custom cutout.",
                                "CT sim, contrast per MD, fusion of outside MRI.",
                            )
                        ),
                        "(Order = intent; see procedure below for what was done.)",
                    ],
                )
            )
    else:
        sections.append(("dx", title("dx", rng), _dx(plan, rng)))
    if nt == "ct_sim_procedure" or rng.random() < 0.3:
        sections.append(
            (
                "consent",
                title("consent", rng),
                [
                    rng.choice(
                        (
                            "Written consent on file.",
                            "Consent obtained and signed, witnessed by RTT.",
                            "Risks of simulation and tattoos reviewed; consent signed.",
                        )
                    )
                ],
            )
        )
    if rng.random() < 0.6:
        sections.append(
            (
                "indication",
                title("indication", rng),
                [
                    rng.choice(
                        (
                            "Treatment course as discussed at tumor board.",
                            "Referred via Epic for radiation planning.",
                            f"{cap(rng.choice(plan.dx))}, here for simulation.",
                            "Curative-intent course planned.",
                            "Palliation of symptoms.",
                        )
                    )
                ],
            )
        )
    if "history" in side:
        sections.insert(rng.randint(0, len(sections)), side["history"])
    if not has_ct:
        nonct = rng.choice(
            (
                "Clinical simulation on the treatment unit; no CT was performed.",
                "Clinical setup in the treatment room, no CT scan.",
                "Field marked clinically; no imaging performed.",
            )
        )
        sim_key = "simulation"
        body = [nonct, *sim_body(plan, ctx)]
    else:
        sim_key = "procedure" if nt == "ct_sim_procedure" else "simulation"
        body = sim_body(plan, ctx)
    if ctx.use("order_vs_procedure"):
        body.append(
            rng.choice(
                (
                    "Ordered items not listed above were not done.",
                    "Anything ordered but not documented here was not performed.",
                )
            )
        )
    sections.append(
        (
            sim_key,
            title("simulation", rng)
            if sim_key == "simulation"
            else rng.choice(("Procedure", "Description of procedure")),
            body,
        )
    )
    if nt == "ct_sim_procedure":
        sections.append(
            (
                "complications",
                title("complications", rng),
                [rng.choice(("None.", "No complications; tolerated well.", "None apparent."))],
            )
        )
    if rng.random() < 0.4:
        sections.append(
            (
                "marks",
                title("marks", rng),
                [
                    rng.choice(
                        (
                            "Isocenter marked with tattoos.",
                            "Photos uploaded to MOSAIQ.",
                            "Tattoos placed, patient given skin-care sheet.",
                        )
                    )
                ],
            )
        )
    for key in ("template", "necessity", "prior", "plan", "charges"):
        if key in side:
            pos = len(sections) if key in ("plan", "charges") else rng.randint(1, len(sections))
            sections.insert(pos, side[key])
    sections = _place_rationale(
        sections, plan, rng, ("indication", "simulation", "procedure", "necessity", "plan", "resim_reason", "planning")
    )
    add = _addendum_section(ctx)
    if add:
        sections.append(add)
    if plan.style == "scribe" and not add:
        sections.append(
            (
                "attestation",
                "Attestation",
                [
                    f"I, Dr. {plan.physician}, personally performed the services described by the scribe "
                    "and agree with the documentation."
                ],
            )
        )
    elif plan.style not in ("caps", "dictation", "therapist"):
        sections.append(("signature", title("signature", rng), [f"{plan.physician}, MD, {plan.centre}, {plan.date}"]))
    return _merge_necessity(sections)


def build_therapist(plan: Plan, ctx: Ctx) -> list[Section]:
    """Therapist sim log: terse timestamped entries."""
    rng = ctx.rng
    _plan_addendum(ctx)
    side = side_sections(plan, ctx)
    arrival = [
        rng.choice(
            ("Pt arrived, ID x2 verified.", "Pt checked in, 2 identifiers confirmed.", "Arrived on time; timeout done.")
        )
    ]
    if "history" in side:
        arrival += side["history"][2]
    setup = setup_sentences(plan, rng) + inline_traps(plan, ctx) + ctx.body_extra
    scan = modality_block(plan, ctx) + feature_block(plan, ctx)
    if not plan.modalities:
        scan.insert(0, rng.choice(("Clinical markup on the machine, no scan.", "No CT; field set clinically.")))
    sections: list[Section] = [("arrival", "Arrival", arrival), ("setup", "Setup", setup), ("scan", "Scan", scan)]
    if plan.area_mode != "none":
        sections.append(("areas", "Areas", [area_sentence(plan, rng)]))
    tail = sections[2:]
    rng.shuffle(tail)
    sections[2:] = tail
    sections = _place_rationale(sections, plan, rng, ("setup", "scan", "arrival"))
    if rng.random() < 0.5:
        sections.append(
            (
                "marks",
                "Marks",
                [rng.choice(("Tattoos x3, photos.", "Photos + tattoos.", "Marks placed, tattoo ink lot logged."))],
            )
        )
    for key in ("template", "necessity", "prior", "plan", "charges"):
        if key in side:
            sections.append(side[key])
    add = _addendum_section(ctx)
    if add:
        sections.append(add)
    return _merge_necessity(sections)


def build_chat(plan: Plan, ctx: Ctx) -> tuple[str, list[str]]:
    """A dosimetrist/therapist/physician secure-chat thread about this simulation."""
    rng = ctx.rng
    doc = f"Dr. {plan.physician}"
    dosi = rng.choice(("Dosimetry", "CMD")) + f" ({rng.choice(('Hannah W.', 'Ty R.', 'Omar S.', 'Beth L.'))})"
    rtt = f"{plan.staff} RTT"
    msgs: list[tuple[str, str, str]] = []
    change: list[tuple[str, str, str]] = []
    if ctx.use("chat_plan_change"):
        options = []
        if "contrast" not in plan.features:
            options.append("neg")
        if "contrast" in plan.features:
            options.append("pos")
        if "MRI" not in plan.modalities:
            options.append("mri")
        kind = rng.choice(options)
        if kind == "neg":
            change = [
                ("c1", doc, "let's add IV contrast for this one"),
                (
                    "c2",
                    rtt,
                    rng.choice(
                        (
                            "pt declined contrast, scanned without",
                            "no IV access after 2 tries, scanned without contrast",
                        )
                    ),
                ),
            ]
        elif kind == "pos":
            ctx.chat_feature = "contrast"
            change = [
                ("c1", dosi, "no contrast this time?"),
                (
                    "c2",
                    rtt,
                    "we did end up giving "
                    + mark("F", "contrast", rng.choice(("IV contrast", "contrast IV")))
                    + ", creat was fine",
                ),
            ]
        else:
            change = [
                ("c1", doc, "fuse the MRI please"),
                ("c2", dosi, "MRI not done yet (auth pending). planning on CT alone for now"),
                ("c3", doc, "ok"),
            ]
    _plan_addendum(ctx)
    body = sim_body(plan, ctx)
    msgs.append(
        (
            "sim",
            rtt,
            rng.choice(("sim done for pt in room 2. ", "finished her sim. ", "sim complete. ")) + " ".join(body),
        )
    )
    rats = rationale_sentences(plan, rng)
    if rats:
        msgs.append(
            ("why", doc, rng.choice(("fyi for the chart: ", "reason for the complex sim: ", "")) + " ".join(rats))
        )
    side = side_sections(plan, ctx)
    for key in ("history", "template", "necessity", "prior", "plan", "charges"):
        if key in side:
            who = doc if key in ("history", "necessity", "plan") else dosi
            msgs.append((key, who, " ".join(side[key][2])))
    if change:
        pos = rng.randint(1, len(msgs))
        msgs[pos:pos] = change
    if ctx.addendum:
        msgs.append(("addendum", rtt, "correction to my earlier message: " + " ".join(ctx.addendum)))
    msgs.append(
        ("ack", rng.choice((doc, dosi)), rng.choice(("thx", "got it", "👍 thanks", "ok will start contours", "ty")))
    )
    return _chat_markup(plan, msgs, rng), [m[0] for m in msgs]


def _chat_markup(plan: Plan, msgs: list[tuple[str, str, str]], rng: random.Random) -> str:
    fmt = rng.choice(("[{t}] {w}: {x}", "{w} ({t}): {x}", "{t} - {w} - {x}", "{w} @ {t}\n{x}"))
    minute = rng.randint(8 * 60, 16 * 60)
    lines = [
        rng.choice(
            (
                "Secure Chat - MOSAIQ In-Box",
                "Epic Secure Chat thread (exported)",
                "Teams chat export - sim follow-up",
                "MOSAIQ QCL message thread",
            )
        )
        + f" - re: [redacted] - {plan.date}"
    ]
    for _, who, text in msgs:
        lines.append(fmt.format(t=f"{minute // 60:02d}:{minute % 60:02d}", w=who, x=text))
        minute += rng.randint(1, 40)
    return "\n".join(lines)


def build_aborted(plan: Plan, ctx: Ctx) -> list[Section]:
    """A scheduled simulation that was aborted or cancelled."""
    rng = ctx.rng
    ctx.use("aborted_sim")
    ctx.use("cancelled_sim")
    lines = T.cancelled(plan, rng) if plan.note_type == "scheduling" else T.aborted(plan, rng)
    planned = T.planned_list(plan, rng)
    ctx.use("planned_feature")
    if ctx.use("planned_modality"):
        planned.append(T.planned_modality(plan, rng))
    sections: list[Section] = [
        ("dx", title("dx", rng), _dx(plan, rng)),
        ("event", rng.choice(("Event", "Sim status", "Summary")), lines),
        ("intent", rng.choice(("Planned", "Intended sim", "Order details")), planned),
    ]
    if rng.random() < 0.5:
        sections[1:] = sections[:0:-1]
    if ctx.use("charge_line"):
        sections.append(("charges", title("charges", rng), [T.charge_line(plan, rng) + " (HOLD - sim not done)"]))
    if plan.style not in ("caps", "dictation"):
        sections.append(
            ("signature", title("signature", rng), [f"{plan.staff if plan.style == 'therapist' else plan.physician}"])
        )
    return sections


def build_nothing(plan: Plan, ctx: Ctx) -> list[Section]:
    """A simulation that happened but documents nothing countable."""
    rng = ctx.rng
    sections: list[Section] = [
        ("arrival", "Arrival", [rng.choice(("Pt arrived, ID verified.", "Patient checked in for simulation."))]),
        (
            "setup",
            "Setup",
            [
                *setup_sentences(plan, rng),
                rng.choice(
                    (
                        "Simulation completed.",
                        "Sim complete; see MOSAIQ for details.",
                        "Simulation done, images sent to planning.",
                    )
                ),
            ],
        ),
    ]
    if ctx.use("blank_template"):
        sections.append(("template", title("template", rng), T.blank_template(plan, rng)))
    if ctx.use("bare_assertion"):
        sections.append(("necessity", title("necessity", rng), [T.bare_assertion(rng)]))
    if rng.random() < 0.5:
        sections.append(("signature", title("signature", rng), [plan.staff]))
    return sections


def _area_words(plan: Plan, rng: random.Random) -> str:
    names = [rng.choice(a.names) for a in rng.sample(plan.site.areas, min(len(plan.site.areas), rng.randint(1, 3)))]
    return ", ".join(names)


def build_nonsim(plan: Plan, ctx: Ctx) -> list[Section]:
    """Consults, OTVs, summaries, follow-ups, nurse and scheduling notes: no simulation documented."""
    rng = ctx.rng
    ctx.use("non_sim_note")
    nt = plan.note_type
    hist = []
    if ctx.use("historical_imaging"):
        hist.append(T.historical_imaging(plan, rng))
    if ctx.use("historical_contrast"):
        hist.append(T.historical_contrast(plan, rng))
    fut = []
    if ctx.use("planned_feature"):
        fut.append(T.planned_feature(plan, rng))
    if ctx.use("planned_modality"):
        fut.append(T.planned_modality(plan, rng))
    areas = _area_words(plan, rng)
    sections: list[Section] = []
    if nt == "consult":
        sections += [
            ("hpi", title("hpi", rng), [cap(rng.choice(plan.dx)) + ".", *hist]),
            ("exam", title("exam", rng), [rng.choice(("Well appearing.", "ECOG 1.", "KPS 80, no focal deficits."))]),
            (
                "assessment",
                title("assessment", rng),
                [
                    rng.choice(("Recommend radiation.", "Candidate for definitive RT.", "Palliative RT recommended.")),
                    f"Will simulate next week; target {areas}.",
                    rng.choice(
                        (
                            "Plan CT simulation with IV contrast.",
                            "Anticipate VMAT.",
                            "Sim to be scheduled at Northgate.",
                        )
                    ),
                    *fut,
                ],
            ),
        ]
    elif nt == "otv":
        sections += [
            (
                "course",
                title("course", rng),
                [
                    f"Fraction {rng.randint(3, 30)} of {rng.choice((25, 30, 33, 35))}, treating {areas}.",
                    rng.choice(("Delivered with VMAT.", "Daily CBCT matched well.", "Electron boost pending.")),
                    *hist,
                ],
            ),
            (
                "toxicity",
                title("toxicity", rng),
                [
                    rng.choice(
                        (
                            "Grade 1 dermatitis.",
                            "Fatigue grade 1.",
                            "Mild mucositis, using magic mouthwash.",
                            "Diarrhea grade 2, loperamide.",
                        )
                    )
                ],
            ),
            ("plan", title("plan", rng), ["Continue treatment.", *fut]),
        ]
    elif nt == "treatment_summary":
        sections += [
            (
                "course",
                title("course", rng),
                [
                    f"Completed {rng.choice((45, 50, 60, 70, 30))} Gy to {areas} on {plan.date}.",
                    rng.choice(
                        (
                            "Simulated earlier with IV contrast and treated with VMAT.",
                            "Technique: VMAT, daily IGRT.",
                            "CT-based planning with MRI fusion at the time of sim.",
                            "Treated with 3D conformal fields.",
                        )
                    ),
                ],
            ),
            (
                "toxicity",
                title("toxicity", rng),
                [
                    rng.choice(("No treatment breaks.", "Grade 2 skin reaction at completion.", "Tolerated well.")),
                    *hist,
                ],
            ),
            ("plan", title("plan", rng), ["Follow-up in 6 weeks.", *fut]),
        ]
        ctx.placed.add("past_course_summary")
    elif nt == "follow_up":
        sections += [
            ("hpi", title("hpi", rng), [f"{rng.randint(3, 24)} months after RT to {areas}.", *hist]),
            (
                "exam",
                title("exam", rng),
                [rng.choice(("No evidence of disease on exam.", "Healed skin.", "Mild fibrosis."))],
            ),
            (
                "plan",
                title("plan", rng),
                [rng.choice(("Surveillance imaging in 3 months.", "Return in 6 months.", "PSA in 3 months.")), *fut],
            ),
        ]
    elif nt == "nurse_note":
        sections += [
            (
                "education",
                title("education", rng),
                [
                    rng.choice(
                        (
                            "Reviewed sim prep: arrive 30 min early, full bladder.",
                            "Discussed what to expect at simulation tomorrow, including possible IV contrast.",
                            "Skin care teaching for the treated area.",
                        )
                    ),
                    *hist,
                ],
            ),
            (
                "plan",
                title("plan", rng),
                [rng.choice(("BMP ordered before sim.", "Pt verbalized understanding.", "Call with questions.")), *fut],
            ),
        ]
    elif nt == "scheduling":
        sections += [
            (
                "appointment",
                title("appointment", rng),
                [
                    f"Sim scheduled at {plan.centre}, {rng.randint(1, 12)}/{rng.randint(1, 28)} "
                    f"{rng.randint(7, 16)}:00, 60-min slot.",
                    rng.choice(("Needs creatinine before contrast.", "Interpreter requested.", "Transport arranged.")),
                    *hist,
                    *fut,
                ],
            )
        ]
    else:  # non-sim chat
        doc = f"Dr. {plan.physician}"
        msgs = [
            ("q", "Dosimetry", f"pt is down {rng.randint(4, 10)} kg, mask loose on CBCT. re-sim?"),
            ("a", doc, "yes book re-sim next week"),
        ]
        msgs += [("f", doc, s) for s in fut + hist]
        if ctx.use("charge_line"):
            msgs.append(("bill", "Billing", T.charge_line(plan, rng) + " was on the original sim, fyi"))
        msgs.append(("ack", "Dosimetry", "scheduled"))
        ctx.placed.add("planned_resim")
        return [("__chat__", _chat_markup(plan, msgs, rng), [m[0] for m in msgs])]  # type: ignore[list-item]
    if ctx.use("charge_line"):
        sections.append(("charges", title("charges", rng), [T.charge_line(plan, rng)]))
    if plan.style == "long":
        sections = list(long_sections(plan, rng)) + sections
    if plan.style not in ("caps", "dictation"):
        sections.append(
            ("signature", title("signature", rng), [plan.physician if nt != "nurse_note" else f"{plan.staff}, RN"])
        )
    return sections


def compose(plan: Plan, rng: random.Random) -> tuple[Rendered, list[str], set[str]]:
    """Write the note; return the rendered text, the section keys and the traps actually placed."""
    ctx = Ctx(plan, rng)
    if plan.outcome == "non_sim":
        sections = build_nonsim(plan, ctx)
        if sections and sections[0][0] == "__chat__":
            chat = sections[0]
            return render(chat[1]), list(chat[2]), ctx.placed  # type: ignore[arg-type]
    elif plan.outcome == "aborted":
        if plan.note_type == "chat_thread":
            msgs = [
                ("m1", f"{plan.staff} RTT", " ".join(T.aborted(plan, rng))),
                ("m2", f"Dr. {plan.physician}", " ".join(T.planned_list(plan, rng))),
            ]
            ctx.use("aborted_sim")
            ctx.use("planned_feature")
            if ctx.use("planned_modality"):
                msgs.append(("m3", "Dosimetry", T.planned_modality(plan, rng)))
            if ctx.use("charge_line"):
                msgs.append(("m4", "Billing", T.charge_line(plan, rng) + " - hold?"))
            return render(_chat_markup(plan, msgs, rng)), [m[0] for m in msgs], ctx.placed
        sections = build_aborted(plan, ctx)
    elif plan.outcome == "sim_nothing":
        sections = build_nothing(plan, ctx)
    elif plan.note_type == "chat_thread":
        markup, keys = build_chat(plan, ctx)
        return render(markup), keys, ctx.placed
    elif plan.note_type == "therapist_log":
        sections = build_therapist(plan, ctx)
    else:
        sections = build_sim(plan, ctx)
        if plan.style == "long":
            filler = long_sections(plan, rng)
            cut = 1 if sections and sections[0][0] in ("dx", "planning", "resim_reason") else 0
            sections = sections[:cut] + filler + sections[cut:]
    markup, keys = layout(plan, sections, rng)
    head = doc_title(plan, rng)
    if plan.style == "caps":
        head = head.upper()
    return render((head + "\n" + markup) if head else markup), keys, ctx.placed


DOC_TITLES: dict[str, tuple[str, ...]] = {
    "sim_note": ("Simulation Note", "Radiation Oncology Simulation Note", "SIM NOTE", "Simulation"),
    "ct_sim_procedure": ("CT Simulation Procedure Note", "Procedure: CT simulation", "CT SIM PROCEDURE"),
    "planning_sim": (
        "Clinical Treatment Planning and Simulation",
        "Treatment Planning & Simulation Note",
        "Clinical treatment planning / simulation",
    ),
    "resim": ("Re-simulation Note", "RE-SIM", "Repeat Simulation (replan)"),
    "therapist_log": ("",),
    "chat_thread": ("",),
    "consult": ("Radiation Oncology Consultation", "New Patient Consult", "Consult Note"),
    "otv": ("On-Treatment Visit", "OTV / Weekly Management", "Weekly treatment visit"),
    "treatment_summary": ("Treatment Summary", "End of Treatment Summary", "Radiation Completion Summary"),
    "follow_up": ("Follow-up Visit", "Post-treatment Follow-up", "F/U note"),
    "nurse_note": ("Nursing Note", "RN Education Note", "Nurse Visit"),
    "scheduling": ("Scheduling Note", "Front Desk / Scheduling", "Appointment note"),
}
NO_CT_TITLES = ("Clinical Simulation (setup) Note", "Clinical setup / simulation", "Simulation Note")


def doc_title(plan: Plan, rng: random.Random) -> str:
    """The document title line (never claims CT when no CT was done)."""
    if plan.is_sim and "CT" not in plan.modalities and plan.note_type != "therapist_log":
        return rng.choice(NO_CT_TITLES) + f" - {plan.centre}"
    base = rng.choice(DOC_TITLES.get(plan.note_type, ("Note",)))
    return (base + f" - {plan.centre}") if base else ""


def check(plan: Plan, rendered: Rendered, placed: set[str]) -> None:
    """Refuse a note whose spans disagree with its plan or whose traps were not all placed."""
    rationale, areas, features, modalities = span_elements(rendered)
    problems = []
    if rationale != bool(plan.rationale):
        problems.append(f"rationale {rationale} != plan {bool(plan.rationale)}")
    if areas != plan.area_count:
        problems.append(f"areas {areas} != plan {plan.area_count}")
    if features != set(plan.features):
        problems.append(f"features {sorted(features)} != plan {plan.features}")
    if modalities != set(plan.modalities):
        problems.append(f"modalities {sorted(modalities)} != plan {plan.modalities}")
    missing = [t for t in plan.traps if t not in placed and t not in ("vague_count", "bilateral_count")]
    if missing:
        problems.append(f"traps not placed: {missing}")
    for span in rendered.spans:
        s, e = int(span["start"]), int(span["end"])  # type: ignore[call-overload]
        if rendered.text[s:e] != rendered.text[s:e].strip() or s >= e:
            problems.append("bad span boundary")
    if problems:
        raise ValueError(f"{plan.note_id}: " + "; ".join(problems))


__all__ = ["FEATURE_ORDER", "check", "compose", "target_name"]
