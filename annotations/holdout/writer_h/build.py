"""Turn a plan into a record: compose, lay out, add VistA scaffolding, render spans, check against the plan."""

from __future__ import annotations

import random

from simcheck.annotations import _WORD, decide_labels

from . import filler, vista
from .check import check
from .context import Ctx
from .markup import render, strip_marks, wrap
from .othernotes import NONSIM, nothing
from .plan import Plan, Planner
from .simnotes import COMPOSERS, Sections, setup_traps
from .styles import layout, transforms

TITLES = {
    "md_sim": (("RADIATION ONCOLOGY SIMULATION NOTE", "RAD ONC SIMULATION PROCEDURE", "RADIATION ONCOLOGY TREATMENT SIMULATION"),
               "RADIATION ONCOLOGY PROCEDURE NOTE"),
    "rtt_ct_sim": (("RADIATION THERAPY CT SIM (THERAPIST)", "RAD ONC THERAPIST CT SIMULATION", "RADIATION THERAPY TECHNOLOGIST NOTE"),
                   "RADIATION THERAPY NOTE"),
    "order_proc": (("RADIATION ONCOLOGY SIM ORDER/PROCEDURE", "RAD ONC SIMULATION (ORDER + PROCEDURE)"),
                   "RADIATION ONCOLOGY PROCEDURE NOTE"),
    "cc_result": (("COMMUNITY CARE-CONSULT RESULT", "NON-VA CARE RADIATION ONCOLOGY RESULT", "COMMUNITY CARE - RAD ONC RESULT"),
                  "COMMUNITY CARE CONSULT RESULT NOTE"),
    "brachy_proc": (("RADIATION ONCOLOGY BRACHYTHERAPY PROCEDURE", "HDR BRACHYTHERAPY PROCEDURE NOTE"),
                    "RADIATION ONCOLOGY PROCEDURE NOTE"),
    "clinical_setup": (("RADIATION ONCOLOGY CLINICAL SETUP/MARK-UP", "RAD ONC ELECTRON SETUP NOTE", "RADIATION ONCOLOGY CLINICAL SIMULATION"),
                       "RADIATION ONCOLOGY PROCEDURE NOTE"),
    "resim": (("RADIATION ONCOLOGY RE-SIMULATION NOTE", "RAD ONC REPEAT SIMULATION"), "RADIATION ONCOLOGY PROCEDURE NOTE"),
    "consult": (("RADIATION ONCOLOGY CONSULT", "RAD ONC INITIAL CONSULTATION"), "RADIATION ONCOLOGY CONSULT"),
    "tumor_board": (("MULTIDISCIPLINARY TUMOR BOARD", "TUMOR BOARD NOTE"), "ONCOLOGY TUMOR BOARD NOTE"),
    "rn_triage": (("ONCOLOGY NURSING TRIAGE", "RN TRIAGE - RADIATION ONCOLOGY"), "NURSING NOTE"),
    "telephone": (("RADIATION ONCOLOGY TELEPHONE CONTACT", "TELEPHONE ENCOUNTER NOTE"), "TELEPHONE ENCOUNTER NOTE"),
    "tx_summary": (("RADIATION ONCOLOGY TREATMENT SUMMARY", "RAD ONC END OF TREATMENT SUMMARY"), "RADIATION ONCOLOGY SUMMARY NOTE"),
    "follow_up": (("RADIATION ONCOLOGY FOLLOW UP", "RAD ONC POST-TREATMENT VISIT"), "RADIATION ONCOLOGY NOTE"),
    "physics_check": (("RADIATION ONCOLOGY PHYSICS PLAN SECOND CHECK", "MEDICAL PHYSICS CHART CHECK"), "PHYSICS NOTE"),
    "dosimetry": (("RADIATION ONCOLOGY DOSIMETRY NOTE", "DOSIMETRY PLANNING NOTE"), "RADIATION ONCOLOGY NOTE"),
    "seoc_request": (("COMMUNITY CARE-REFERRAL/AUTHORIZATION", "COMMUNITY CARE SEOC REQUEST"), "COMMUNITY CARE REFERRAL NOTE"),
    "outside_records": (("OUTSIDE RECORDS RECEIVED - RADIATION ONCOLOGY", "SCANNED OUTSIDE DOCUMENTS"), "ADMINISTRATIVE NOTE"),
}

AUTHOR_ROLE = {"md_sim": ("md", "md", "resident"), "rtt_ct_sim": ("rtt",), "order_proc": ("md", "resident"),
               "cc_result": ("cc", "him"), "brachy_proc": ("md",), "clinical_setup": ("md", "rtt"), "resim": ("md", "rtt", "resident"),
               "consult": ("md", "resident", "np"), "tumor_board": ("md", "rn"), "rn_triage": ("rn",), "telephone": ("rn", "np"),
               "tx_summary": ("md",), "follow_up": ("md", "np"), "physics_check": ("phys",), "dosimetry": ("cmd",),
               "seoc_request": ("cc",), "outside_records": ("him",)}


def _long_fill(ctx: Ctx, sections: Sections, target: int) -> Sections:
    """Insert extra background sections after the history (evidence stays buried at the end)."""
    hist_keys = {"hpi", "interval", "service", "sc", "pmh", "psh", "meds", "allergies", "social", "screens", "ros",
                 "exam", "labs", "path", "goals", "indication"}
    rng = ctx.rng
    extras = list(filler.EXTRA)
    rng.shuffle(extras)

    def words() -> int:
        return sum(len(_WORD.findall(strip_marks(b).lower())) for _, b in sections) + 60

    pos = max((i for i, (k, _) in enumerate(sections) if k in hist_keys), default=0) + 1
    used_interval = False
    while words() < target:
        if extras:
            key, fn = extras.pop()
            sections.insert(pos, (key, fn(ctx)))
        elif not used_interval:
            sections.insert(pos, ("interval2", filler.interval(ctx)))
            used_interval = True
        else:
            break
        pos += 1
    return sections


def _scanned_wrapper(ctx: Ctx, body: str, sim: bool) -> str:
    rng = ctx.rng
    consult_no = rng.randint(100000, 999999)
    top = rng.choice((
        f"Consult #{consult_no} - community care result. Outside documentation received {ctx.date_before(0, 4) if not sim else vista.mdy(ctx.day)} "
        "and scanned to VistA Imaging; pertinent content transcribed below by the community care staff.",
        f"COMMUNITY CARE CONSULT RESULT. Referral {consult_no}. Provider: {ctx.partner}. Document type: "
        f"{'SIMULATION REPORT' if sim else 'OUTSIDE RECORDS'}. Pages: {rng.randint(2, 9)}.",
        f"Result received from {ctx.partner} (CCN). Scanned by HIMS; index RADIATION ONCOLOGY. Transcription follows.",
    ))
    doc_md = vista.person(rng, "md")
    tail = rng.choice((
        f"Electronically signed by {doc_md.first.title()} {doc_md.last.title()}, MD, {ctx.partner}",
        f"{doc_md.first.title()} {doc_md.mi}. {doc_md.last.title()}, M.D.\nRadiation Oncology, {ctx.partner}",
        f"Dictated/signed: {doc_md.last.title()} MD  ({ctx.partner})",
    ))
    pages = f"--- page 1 of {rng.randint(2, 4)} ---\n" if rng.random() < 0.5 else ""
    return (f"{top}\n\n*** SCANNED DOCUMENT (VistA Imaging) ***\n{pages}{body}\n{tail}\n*** END OF SCANNED DOCUMENT ***\n")


def build(plan: Plan, rng: random.Random) -> dict:
    ctx = Ctx(plan, rng)
    nt = plan.note_type
    sim = plan.outcome not in ("non_sim",)
    adds: list[str] = []
    if plan.outcome == "non_sim":
        sections = NONSIM[nt](ctx)
    elif plan.outcome == "sim_nothing":
        sections = nothing(ctx)
    else:
        setup_traps(ctx)
        sections, adds = COMPOSERS[nt](ctx)
    if plan.long:
        sections = _long_fill(ctx, sections, rng.randint(640, 1420))
    local, standard = TITLES[nt]
    title = rng.choice(local)
    body = layout(plan.style, sections, rng, title=title.title() if plan.style == "tiu_template" else "")
    if plan.style == "scanned_outside":
        body = _scanned_wrapper(ctx, body, sim and plan.outcome != "sim_nothing")
    role = rng.choice(AUTHOR_ROLE[nt])
    author = vista.person(rng, role)
    cosigner = vista.person(rng, "md") if role in ("resident", "np", "rtt") and rng.random() < 0.7 else None
    head, hm = vista.header(rng, title, standard, ctx.day, author, cosigner,
                            urgency=rng.choice(("", "", "ROUTINE", "")))
    blocks: list[tuple[str, bool]] = [(head, False), (body, True), (vista.signature(rng, author, ctx.day, hm), False)]
    if cosigner is not None:
        blocks.append((vista.cosign(rng, cosigner, vista.after(rng, ctx.day, 1, 3)), False))
    for add in adds:
        adate = vista.after(rng, ctx.day, 1, 6)
        add_author = rng.choice((author, vista.person(rng, "md")))
        ah, ahm = vista.addendum_header(rng, adate, add_author)
        blocks.append((ah, False))
        blocks.append((add + "\n", True))
        blocks.append((vista.signature(rng, add_author, adate, ahm), False))
    if rng.random() < 0.45:
        blocks.append((vista.receipt(rng, vista.person(rng, rng.choice(("md", "rn", "cmd"))), vista.after(rng, ctx.day, 1, 3)), False))
    plain, evidence = transforms(plan.style, rng)
    text, spans = render(blocks, plain, evidence)
    text = wrap(text, 80 if plan.style != "scanned_outside" else 76)
    check(plan, text, spans)
    if "[ ]" in text and "unchecked_box" not in plan.traps:
        plan.traps = sorted(plan.traps + ["unchecked_box"])
    labels = _labels(plan)
    words = len(_WORD.findall(text.lower()))
    skeleton = f"{nt}/{plan.style}/" + ".".join(k for k, _ in sections) + ("+add" * len(adds))
    return {
        "id": plan.note_id,
        "text": text,
        "labels": labels,
        "spans": spans,
        "meta": {"site": plan.site.key, "style": plan.style, "note_type": nt, "skeleton": skeleton,
                 "traps": list(plan.traps), "words": words, "outcome": plan.outcome, "writer": "h"},
    }


def _labels(plan: Plan) -> dict:
    features = sorted(plan.features)
    modalities = list(plan.modalities)
    rationale = plan.rationale is not None
    d = decide_labels(rationale, plan.area_count, features, modalities)
    return {"rationale": rationale, "treatment_areas": plan.area_count, "features": features, "modalities": modalities,
            "supported": d.supported, "level": d.level, "missing": d.missing}


def build_all(n: int | None = None) -> list[dict]:
    planner = Planner()
    out = []
    total = n or 250
    for i in range(1, total + 1):
        plan = planner.plan(i)
        out.append(build(plan, planner.last_rng))
    return out
