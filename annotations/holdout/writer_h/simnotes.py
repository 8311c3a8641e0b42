"""Simulation-note bodies: shared sections, then one composer per simulation note type.

Each composer returns ``(sections, addenda)`` where sections are ``(key, markup)`` in order and addenda are
markup bodies for ADDENDUM blocks.  Only planned evidence is marked; trap text is plain.
"""

from __future__ import annotations

from . import filler, phrases, traps
from .context import Ctx
from .markup import C, S
from .phrases import NUMWORD

Sections = list[tuple[str, str]]


# ============================================================================================ helpers
def _choice_absent(ctx: Ctx, pool, exclude=()):
    options = [x for x in pool if x not in ctx.plan.features and x not in ctx.plan.modalities and x not in exclude]
    return ctx.rng.choice(options) if options else None


def history_sections(ctx: Ctx, long: bool) -> Sections:
    rng = ctx.rng
    p = ctx.plan
    allergy = "contrast_allergy" in p.traps
    out: Sections = []
    if long:
        hpi = (f"{ctx.age}-year-old {'female' if p.sex == 'F' else 'male'} Veteran with {ctx.dx}. "
               + rng.choice((f"{ctx.he.capitalize()} was referred by the PACT team after {rng.choice(('a screening CT', 'new symptoms', 'an abnormal exam', 'a community ED visit'))}. ",
                             "Seen initially at the CBOC; oncology workup completed at the parent VAMC. ",
                             f"Care has been split between the VAMC and {ctx.partner} under community care. "))
               + (rng.choice(("Here today for simulation as planned at consult. ", "Presents for simulation. ",
                              "Returns for the planning session discussed at tumor board. "))
                  if p.outcome != "non_sim" else rng.choice(("Seen today in radiation oncology. ",
                                                             "Note written at the end of this episode of care. ",
                                                             "Visit details follow. "))))
        out.append(("hpi", hpi))
        out.append(("interval", filler.interval(ctx)))
        out.append(("service", filler.service(ctx)))
        out.append(("sc", filler.service_connection(ctx)))
        out.append(("pmh", filler.pmh(ctx)))
        if rng.random() < 0.7:
            out.append(("psh", filler.psh(ctx)))
        out.append(("meds", filler.meds(ctx)))
        out.append(("allergies", filler.allergies(ctx, allergy)))
        out.append(("social", filler.social(ctx)))
        if rng.random() < 0.7:
            out.append(("screens", filler.screens(ctx)))
        out.append(("ros", filler.ros(ctx)))
        out.append(("exam", filler.exam(ctx)))
        out.append(("labs", filler.labs(ctx)))
        if rng.random() < 0.6:
            out.append(("path", ctx.fill(rng.choice(ctx.site.path))))
        if rng.random() < 0.5:
            out.append(("goals", filler.goals(ctx)))
        return out
    out.append(("indication", ctx.dx + ("" if rng.random() < 0.5 else f". {filler.service(ctx)}")))
    if allergy:
        out.append(("allergies", filler.allergies(ctx, True)))
    return out


def prior_imaging(ctx: Ctx) -> str | None:
    p = ctx.plan
    if "historical_imaging" not in p.traps:
        return None
    text, has_contrast = traps.historical(ctx, ctx.rng.randint(1, 3))
    if has_contrast and "historical_contrast" not in p.traps:
        p.traps.append("historical_contrast")
        p.traps.sort()
    return text


def position(ctx: Ctx) -> str:
    rng = ctx.rng
    p = ctx.plan
    bits = [ctx.fill(rng.choice(ctx.site.position))]
    if "immobilization" in p.traps:
        bits.append(rng.choice((
            f"Custom {ctx.device} made today and labelled for the Veteran.",
            f"Indexed {ctx.device} fabricated; knee sponge and foot rest.",
            f"Custom {ctx.device} molded in the sim room before scanning.")))
    if "dibh" in p.traps:
        bits.append(rng.choice(traps.DIBH))
    if "fiducials" in p.traps:
        bits.append(rng.choice(traps.FIDUCIALS))
    if rng.random() < 0.5:
        bits.append(rng.choice(("Laser marks and BBs placed.", "Three tattoos placed (AP, R lat, L lat).",
                                "Reference marks with Sharpie; tattoos declined.", "Triangulation point tattooed.")))
    ctx.pick_reg()
    if ctx.reg == "terse":
        return "; ".join(b.rstrip(".") for b in bits)
    return " ".join(b if b.endswith(".") else b + "." for b in bits)


def scan(ctx: Ctx, in_body_features: list[str]) -> str | None:
    """Imaging acquired this session, contrast, and their traps."""
    rng = ctx.rng
    p = ctx.plan
    lines: list[str] = []
    ctx.pick_reg()
    if "CT" in p.modalities and "CT" not in p.deferred:
        lines.append(phrases.ct_scan(ctx))
    if "fluoroscopy" in p.modalities and p.note_type != "brachy_proc":
        lines.append(phrases.fluoro(ctx))
    if not p.modalities:
        lines.append(rng.choice((
            "No CT or fluoroscopic images were obtained; clinical setup on the treatment unit only.",
            "Clinical mark-up in the treatment room. No simulation imaging performed.",
            "No imaging today - field placed clinically from the visible lesion.")))
    if "contrast" in in_body_features:
        lines.append(phrases.contrast(ctx, p.contrast_route or "iv"))
    if ctx.negated == "contrast":
        lines.append(rng.choice(traps.NEGATED_FEATURE["contrast"]).format(egfr=rng.randint(24, 44),
                                                                        year=rng.randint(2008, 2022)))
    if p.retract == "contrast":
        lines.append(rng.choice(("IV contrast given.", "Contrast: IV, 80 mL.", "Scanned with IV contrast.")))
    if "contrast" in p.deferred:
        lines.append(rng.choice(("Contrast: none documented at the time of this note.", "Contrast - not recorded.")))
    if "blank_template" in p.traps and "contrast" not in p.features and p.retract != "contrast":
        lines.append(rng.choice(("(*) Contrast agent/volume: ___", "Contrast: [ ] IV  [ ] oral  [ ] rectal  ___ mL",
                                 "(*) Contrast given?  ")))
    return "\n".join(lines) if lines else None


def fusion(ctx: Ctx) -> str | None:
    rng = ctx.rng
    p = ctx.plan
    lines: list[str] = []
    ctx.pick_reg()
    for m in ("MRI", "PET"):
        if m in p.modalities and m not in p.deferred:
            lines.append(phrases.fusion(ctx, m, "fused_old_contrast" in p.traps))
    if ctx.neg_modality:
        lines.append(rng.choice(traps.NEGATED_MODALITY[ctx.neg_modality]).format(
            war=rng.choice(("Fallujah 2004", "Vietnam 1969", "Kandahar 2010"))))
    if p.retract in ("MRI", "PET"):
        lines.append(f"{'MRI' if p.retract == 'MRI' else 'PET/CT'} fused for contouring.")
    if any(m in p.deferred for m in ("MRI", "PET")):
        lines.append("No secondary image set registered at the time of this note.")
    if "blank_template" in p.traps and not any(m in p.modalities for m in ("MRI", "PET")) and p.retract not in ("MRI", "PET"):
        lines.append(rng.choice(("(*) Fusion dataset(s): ___", "Registration: [ ] MRI  [ ] PET/CT  date: ___")))
    return "\n".join(lines) if lines else None


def areas(ctx: Ctx) -> str | None:
    rng = ctx.rng
    p = ctx.plan
    ctx.pick_reg()
    lines: list[str] = []
    if p.area_mode == "unknown":
        lines.append(rng.choice(phrases.UNKNOWN_AREAS))
    elif p.area_mode == "addendum":
        wrong = p.area_count - 1 if p.area_count and p.area_count > 1 else 2
        lines.append(rng.choice((f"{NUMWORD[wrong].capitalize()} treatment {'area' if wrong == 1 else 'areas'} simulated.",
                                 f"Number of treatment areas: {wrong}", f"Areas: {wrong}")))
    else:
        lines.append(phrases.area_block(ctx, p.area_mode))
    if "single_isocentre" in p.traps:
        lines.append(rng.choice(traps.SINGLE_ISO))
    if "prior_rt_elsewhere" in p.traps:
        lines.append(rng.choice((f"Prior RT: {ctx.prior_site} - not part of this course.",
                                 f"Previously treated {ctx.prior_site}; that site is not being treated now.",
                                 f"Note prior course to the {ctx.prior_site}; records requested from the outside center.")))
    return "\n".join(lines)


def technique(ctx: Ctx, in_body_features: list[str]) -> str | None:
    rng = ctx.rng
    p = ctx.plan
    ctx.pick_reg()
    lines: list[str] = []
    if "arc_rotational" in in_body_features:
        lines.append(phrases.arc(ctx))
    if "particle" in in_body_features:
        lines.append(phrases.particle(ctx))
    if "one_target_many_beams" in p.traps:
        beams = rng.choice(ctx.site.beams)
        if "arc_rotational" in p.features:
            beams = rng.choice(("two coplanar arcs", "three partial arcs", "two full arcs with a couch kick"))
        elif "particle" in p.features:
            beams = rng.choice(("three proton fields", "two posterior-oblique proton beams"))
        where = ctx.areas[0][1] if ctx.areas else "the target"
        lines.append(rng.choice((f"Plan is {beams} to the {where}." if ctx.areas else f"Plan is {beams} to {where}.",
                                 f"Beam arrangement: {beams}, single isocenter, one target ({where}).",
                                 f"Expect {beams} - all fields on the same volume ({where}).")))
    if ctx.negated in ("arc_rotational", "particle"):
        lines.append(rng.choice(traps.NEGATED_FEATURE[ctx.negated]))
    if p.retract == "arc_rotational":
        lines.append(rng.choice(("Technique: VMAT.", "RapidArc planned and clearance checked.")))
    if "arc_rotational" in p.deferred or "particle" in p.deferred:
        lines.append("Technique not yet recorded.")
    if "tangents" in p.traps:
        lines.append(rng.choice(traps.TANGENTS))
    return "\n".join(lines) if lines else None


def shielding(ctx: Ctx, in_body_features: list[str]) -> str | None:
    rng = ctx.rng
    p = ctx.plan
    ctx.pick_reg()
    lines: list[str] = []
    if "custom_shielding" in in_body_features:
        lines.append(phrases.shielding(ctx))
    if "complex_blocking" in in_body_features:
        lines.append(phrases.complex_blocking(ctx))
    if ctx.negated in ("custom_shielding", "complex_blocking"):
        lines.append(rng.choice(traps.NEGATED_FEATURE[ctx.negated]))
    if "mlc_only" in p.traps:
        lines.append(rng.choice(traps.MLC_ONLY))
    if p.retract == "custom_shielding":
        lines.append(rng.choice(("Custom Cerrobend block poured.", "Custom cutout made.")))
    if "custom_shielding" in p.deferred or "complex_blocking" in p.deferred:
        lines.append("Blocking: see addendum.")
    if "blank_template" in p.traps and not ({"custom_shielding", "complex_blocking"} & set(p.features)) \
            and p.retract != "custom_shielding":
        lines.append(rng.choice(("Custom blocks/cutout: [ ]", "(*) Shielding details: ___")))
    if "bolus" in p.traps:
        lines.append(ctx.fill(rng.choice(traps.BOLUS)).format(n=rng.choice((3, 5, 10))))
    return "\n".join(lines) if lines else None


def rationale(ctx: Ctx) -> str | None:
    rng = ctx.rng
    p = ctx.plan
    ctx.pick_reg()
    lines: list[str] = []
    if p.rationale:
        lines.append(phrases.rationale(ctx, p.rationale))
    if "bare_assertion" in p.traps:
        lines.append(rng.choice(traps.BARE_ASSERTIONS))
    if "blank_rationale" in p.traps:
        lines.append(rng.choice(("(*) Rationale for complex simulation: ___", "Medical necessity/rationale: ",
                                 "Reason for complex sim: [not entered]", "Justification: ***")))
    if "copied_rationale" in p.traps:
        oar = rng.choice(ctx.oars)
        lines.append(rng.choice((f"Rationale (copied from the {ctx.date_before(500, 1500)} course): tumor abuts the {oar}.",
                                 f"[prior course text] Complex because of proximity to the {oar}.")))
    return "\n".join(lines) if lines else None


def other(ctx: Ctx) -> str | None:
    if "other_person" not in ctx.plan.traps:
        return None
    return ctx.rng.choice(traps.OTHER_PERSON)


def plan_section(ctx: Ctx, generic: bool = True) -> str | None:
    rng = ctx.rng
    p = ctx.plan
    lines: list[str] = []
    if "planned_feature" in p.traps:
        pool = ["contrast", "arc_rotational", "particle", "custom_shielding", "complex_blocking"]
        if ctx.site.brachy:
            pool.append("brachytherapy")
        if ctx.site.key == "sarcoma":
            pool.append("hyperthermia")
        f = _choice_absent(ctx, pool, exclude=(ctx.negated,))
        if f:
            lines.append(rng.choice(traps.PLANNED_FEATURE[f]).format(partner=ctx.partner))
    if "planned_modality" in p.traps:
        m = _choice_absent(ctx, ("MRI", "PET", "CT") if p.modalities else ("CT", "MRI"), exclude=(ctx.neg_modality,))
        if m:
            lines.append(rng.choice(traps.PLANNED_MODALITY[m]))
    if "seoc_pending" in p.traps:
        lines.append(rng.choice((f"Community care SEOC for proton therapy at {ctx.partner} submitted {ctx.date_before(1, 9)}; "
                                 "awaiting authorization.", "Referral coordinator to request an SEOC extension for "
                                 "hyperthermia/proton consult - not yet authorized.")))
    if not generic:
        return " ".join(lines) if lines else None
    lines.append(rng.choice(("Plan to dosimetry for contouring. Start date pending plan approval.",
                             f"Tentative start {ctx.date_after(5, 15)}.", "Contours due in 3 business days.",
                             "Veteran given beneficiary travel paperwork and start-date letter.",
                             "RTC for first treatment after physics QA.")))
    return " ".join(lines)


def copy_block(ctx: Ctx) -> str | None:
    return traps.copy_forward(ctx) if "copy_forward" in ctx.plan.traps else None


def consent(ctx: Ctx) -> str:
    return filler.counseling(ctx)


def addenda(ctx: Ctx) -> list[str]:
    """ADDENDUM bodies that add, retract or correct (the later statement wins)."""
    rng = ctx.rng
    p = ctx.plan
    out: list[str] = []
    if p.deferred:
        item = p.deferred[0]
        ctx.pick_reg()
        if ctx.reg == "check":
            ctx.reg = "field"
        lead = rng.choice(("Addendum: ", "Late entry for the simulation above: ", "Omitted from the original note: ",
                           "Clarification - "))
        if item == "contrast":
            body = phrases.contrast(ctx, p.contrast_route or "iv")
        elif item in ("MRI", "PET"):
            body = phrases.fusion(ctx, item, "fused_old_contrast" in p.traps)
        else:
            body = phrases.FEATURE_WRITERS[item](ctx)
        out.append(lead + body)
    if p.retract:
        what = {"contrast": ("IV contrast was NOT given", "the line infiltrated before injection and the series is non-contrast"),
                "arc_rotational": ("this is not an arc/VMAT case", "the plan will use static fields; the technique line above was templated"),
                "custom_shielding": ("no custom block or cutout was made", "MLC shaping will be used"),
                "MRI": ("the MRI was NOT fused", "the outside MRI could not be loaded; contours are CT-only"),
                "PET": ("the PET/CT was NOT fused", "wrong series was selected and the registration was deleted")}[p.retract]
        out.append(rng.choice((f"Correction to the note above: {what[0]} - {what[1]}.",
                               f"ADDENDUM/CORRECTION: Please disregard the earlier statement; {what[0]}. {what[1].capitalize()}.",
                               f"Error in original entry: {what[0]}; {what[1]}.")))
    if p.area_mode == "addendum":
        ctx.pick_reg()
        marked = [S(v, n) for v, n in ctx.areas]
        lst = ", ".join(marked[:-1]) + (" and " if len(marked) > 1 else "") + marked[-1]
        n = p.area_count
        noun = "area" if n == 1 else "areas"
        verb = "was" if n == 1 else "were"
        out.append(rng.choice((f"Correction: {C(n, NUMWORD[n])} treatment {noun} {verb} simulated, not as stated above: {lst}.",
                               f"Area count corrected to {C(n, str(n))}: {lst}.",
                               f"The body of this note miscounted the areas. Simulated: {lst} ({C(n, NUMWORD[n])} {noun}).")))
    return out


def marks(ctx: Ctx) -> str | None:
    rng = ctx.rng
    if rng.random() < 0.6:
        return None
    return rng.choice(("Tattoos x3 placed after verbal consent.", "Isocenter marked with BBs; shifts recorded in ARIA.",
                       "Marks covered with Tegaderm; instructed not to scrub.", "Permanent dot tattoos x4."))


def features_in_body(ctx: Ctx) -> list[str]:
    return [f for f in ctx.plan.features if f not in ctx.plan.deferred]


def setup_traps(ctx: Ctx) -> None:
    """Pick which absent feature/modality the negation traps mention (drawn once per note)."""
    p = ctx.plan
    ctx.negated = None
    ctx.neg_modality = None
    if "negated_feature" in p.traps:
        pool = [f for f in ("contrast", "arc_rotational", "custom_shielding", "particle", "complex_blocking")
                if f not in p.features and f != p.retract and f != p.not_done]
        ctx.negated = ctx.rng.choice(pool) if pool else None
    if "negated_modality" in p.traps:
        pool = [m for m in ("MRI", "PET") if m in ctx.site.fusions and m not in p.modalities and m != p.retract
                and m != p.not_done]
        ctx.neg_modality = ctx.rng.choice(pool) if pool else None


def _add(out: Sections, key: str, body: str | None) -> None:
    if body:
        out.append((key, body))


# ============================================================================================ composers
def md_sim(ctx: Ctx) -> tuple[Sections, list[str]]:
    rng = ctx.rng
    p = ctx.plan
    feats = features_in_body(ctx)
    out: Sections = history_sections(ctx, p.long)
    _add(out, "prior_imaging", prior_imaging(ctx))
    if rng.random() < 0.6:
        _add(out, "consent", consent(ctx))
    early_rationale = rng.random() < 0.35
    if early_rationale:
        _add(out, "rationale", rationale(ctx))
    _add(out, "position", position(ctx))
    core = [("scan", scan(ctx, feats)), ("fusion", fusion(ctx)), ("areas", areas(ctx)),
            ("technique", technique(ctx, feats)), ("shielding", shielding(ctx, feats))]
    if "hyperthermia" in feats:
        core.append(("hyperthermia", phrases.hyperthermia(ctx)))
    if rng.random() < 0.4:
        core[1], core[2] = core[2], core[1]
    for k, b in core:
        _add(out, k, b)
    _add(out, "marks", marks(ctx))
    _add(out, "copy", copy_block(ctx))
    if not early_rationale:
        _add(out, "rationale", rationale(ctx))
    _add(out, "other", other(ctx))
    _add(out, "plan", plan_section(ctx))
    return out, addenda(ctx)


def rtt_ct_sim(ctx: Ctx) -> tuple[Sections, list[str]]:
    rng = ctx.rng
    feats = features_in_body(ctx)
    out: Sections = []
    who = rng.choice(("Dr.", "MD", "attending"))
    out.append(("indication", rng.choice((f"CT sim per {who} directive. {ctx.dx}.", f"{ctx.dx} - sim per written directive.",
                                          f"Sim for {ctx.dx}; directive signed."))))
    _add(out, "position", position(ctx))
    _add(out, "scan", scan(ctx, feats))
    _add(out, "areas", areas(ctx))
    _add(out, "fusion", fusion(ctx))
    _add(out, "technique", technique(ctx, feats))
    _add(out, "shielding", shielding(ctx, feats))
    if "hyperthermia" in feats:
        out.append(("hyperthermia", phrases.hyperthermia(ctx)))
    _add(out, "marks", marks(ctx) or "Tattoos x3.")
    r = rationale(ctx)
    if r:
        out.append(("rationale", rng.choice(("Per MD: ", "MD note for complexity - ", "")) + r))
    _add(out, "prior_imaging", prior_imaging(ctx))
    _add(out, "copy", copy_block(ctx))
    _add(out, "other", other(ctx))
    _add(out, "plan", plan_section(ctx))
    return out, addenda(ctx)


ORDER_WORDS = {"contrast": ("IV contrast", "oral + IV contrast", "contrast per protocol"),
               "arc_rotational": ("VMAT planning", "RapidArc"), "custom_shielding": ("custom blocks", "Cerrobend block"),
               "particle": ("proton planning",), "MRI": ("MRI fusion", "fuse MRI"), "PET": ("PET/CT fusion",),
               "complex_blocking": ("complex blocking",), "brachytherapy": ("applicator verification",),
               "hyperthermia": ("hyperthermia probe check",)}

NOT_DONE = {
    "contrast": ("IV contrast was ordered but not given: creatinine {cr} today, eGFR {egfr}.",
                 "Ordered contrast not given - Veteran took metformin this morning and refused to wait.",
                 "Contrast not administered: two failed IV attempts."),
    "arc_rotational": ("VMAT was on the order; MD changed to 3D conformal at the sim - no arc technique.",),
    "custom_shielding": ("Custom blocks were ordered but are not needed; MLC only.",),
    "cutout": ("Cutout was ordered but the standard applicator opening fit; no custom cutout made.",),
    "MRI": ("MRI fusion ordered but not done - MRI unsafe (retained shrapnel).",
            "MRI fusion not performed; outside MRI never received."),
    "PET": ("PET fusion ordered but PET images were not available; no fusion done.",),
}


def order_proc(ctx: Ctx) -> tuple[Sections, list[str]]:
    rng = ctx.rng
    p = ctx.plan
    feats = features_in_body(ctx)
    route_word = {"iv": "IV contrast", "oral": "oral contrast", "rectal": "rectal contrast", "vaginal": "vaginal contrast",
                  "bladder": "bladder contrast", "urethro": "RUG contrast"}
    words = dict(ORDER_WORDS)
    if ctx.site.key == "skin":
        words["custom_shielding"] = ("electron cutout", "custom cutout")
    ordered = ["CT simulation"] + [route_word[p.contrast_route or "iv"] if x == "contrast" else rng.choice(words[x])
                                   for x in p.features + [m for m in p.modalities if m in ("MRI", "PET")]]
    if p.not_done:
        ordered.append(route_word["iv"] if p.not_done == "contrast" else rng.choice(words[p.not_done]))
    rng.shuffle(ordered)
    order_head = rng.choice(("ORDER (entered {d}): ", "Order text: ", "Active order - RAD ONC SIM: ", "Ordered by MD on {d}: "))
    order = order_head.format(d=ctx.date_before(1, 10)) + "; ".join(ordered) + rng.choice((
        ". Priority: routine.", ". Dx code on order.", ". Indication: see consult.", ""))
    out: Sections = history_sections(ctx, p.long)
    if rng.random() < 0.35:
        _add(out, "consent", consent(ctx))
    out.append(("order", order))
    _add(out, "prior_imaging", prior_imaging(ctx))
    proc: list[str] = []
    for part in (position(ctx), scan(ctx, feats), fusion(ctx), areas(ctx), technique(ctx, feats), shielding(ctx, feats)):
        if part:
            proc.append(part)
    if "hyperthermia" in feats:
        proc.append(phrases.hyperthermia(ctx))
    if p.not_done:
        key = "cutout" if p.not_done == "custom_shielding" and ctx.site.key == "skin" else p.not_done
        proc.append(rng.choice(NOT_DONE[key]).format(cr=rng.choice(("1.9", "2.1", "2.4")), egfr=rng.randint(22, 39)))
    out.append(("procedure", "\n".join(proc)))
    _add(out, "marks", marks(ctx))
    _add(out, "copy", copy_block(ctx))
    _add(out, "rationale", rationale(ctx))
    _add(out, "other", other(ctx))
    _add(out, "plan", plan_section(ctx))
    return out, addenda(ctx)


def brachy_proc(ctx: Ctx) -> tuple[Sections, list[str]]:
    rng = ctx.rng
    p = ctx.plan
    feats = features_in_body(ctx)
    out: Sections = history_sections(ctx, p.long)
    total = rng.choice((3, 4, 5))
    fx = rng.randint(1, total)
    out.append(("context", rng.choice((f"HDR fraction {fx} of {total}.", f"Insertion #{fx}; EBRT completed {ctx.date_before(7, 30)}.",
                                       f"Brachytherapy boost, fraction {fx}."))))
    out.append(("anesthesia", rng.choice(("Conscious sedation (midazolam/fentanyl) by the sedation RN.",
                                          "Spinal anesthesia by anesthesiology in the procedure room.",
                                          "Paracervical block with 1% lidocaine; oral oxycodone pre-procedure."))))
    _add(out, "prior_imaging", prior_imaging(ctx))
    _add(out, "consent", consent(ctx))
    lines = [phrases.brachy(ctx)]
    if "ultrasound" in p.modalities:
        ctx.pick_reg()
        lines.append(phrases.ultrasound(ctx))
    if "fluoroscopy" in p.modalities:
        ctx.pick_reg()
        lines.append(phrases.fluoro(ctx, brachy=True))
    out.append(("brachy", "\n".join(lines)))
    _add(out, "scan", scan(ctx, feats) if "CT" in p.modalities or "contrast" in feats else None)
    _add(out, "fusion", fusion(ctx))
    _add(out, "areas", areas(ctx))
    _add(out, "rationale", rationale(ctx))
    _add(out, "copy", copy_block(ctx))
    _add(out, "other", other(ctx))
    out.append(("plan", rng.choice(("Dwell times optimized; Rx to HR-CTV D90. Applicator removed without bleeding.",
                                    "Plan approved and treated; packing and applicator removed; Foley out.",
                                    "Treated after independent physics check; discharged home with driver."))
                + (" " + (plan_section(ctx, generic=False) or "")).rstrip()))
    return out, addenda(ctx)


def clinical_setup(ctx: Ctx) -> tuple[Sections, list[str]]:
    rng = ctx.rng
    feats = features_in_body(ctx)
    out: Sections = []
    intent = ("Definitive intent.", "Curative intent; Mohs not an option.") if ctx.site.key == "skin" else (
        "Palliative intent.", "Palliative, symptom-directed.")
    out.append(("indication", f"{ctx.dx}. " + rng.choice(intent + ("Seen on the treatment unit for clinical setup.",))))
    _add(out, "prior_imaging", prior_imaging(ctx))
    if rng.random() < 0.35:
        _add(out, "consent", consent(ctx))
    _add(out, "position", position(ctx))
    _add(out, "scan", scan(ctx, feats))
    if rng.random() < 0.5:
        _add(out, "areas", areas(ctx))
        _add(out, "shielding", shielding(ctx, feats))
    else:
        _add(out, "shielding", shielding(ctx, feats))
        _add(out, "areas", areas(ctx))
    _add(out, "technique", technique(ctx, feats))
    _add(out, "marks", marks(ctx))
    _add(out, "rationale", rationale(ctx))
    _add(out, "copy", copy_block(ctx))
    _add(out, "other", other(ctx))
    _add(out, "plan", plan_section(ctx))
    return out, addenda(ctx)


def resim(ctx: Ctx) -> tuple[Sections, list[str]]:
    rng = ctx.rng
    p = ctx.plan
    feats = features_in_body(ctx)
    out: Sections = history_sections(ctx, p.long)
    out.append(("context", rng.choice((
        f"Re-simulation: {rng.randint(9, 22)} lb weight loss since the original sim on {ctx.date_before(20, 45)}; immobilization no longer fits.",
        f"Re-sim because setup from the {ctx.date_before(10, 30)} simulation could not be reproduced (day-1 shifts over 1 cm).",
        "Re-simulation for an adaptive replan at fraction 15 (tumor shrinkage on CBCT).",
        f"Repeat simulation - original dataset from {ctx.date_before(7, 21)} corrupted during the ARIA upgrade."))))
    _add(out, "copy", copy_block(ctx))
    _add(out, "prior_imaging", prior_imaging(ctx))
    _add(out, "position", position(ctx))
    _add(out, "scan", scan(ctx, feats))
    _add(out, "fusion", fusion(ctx))
    _add(out, "areas", areas(ctx))
    _add(out, "technique", technique(ctx, feats))
    _add(out, "shielding", shielding(ctx, feats))
    if "hyperthermia" in feats:
        out.append(("hyperthermia", phrases.hyperthermia(ctx)))
    _add(out, "rationale", rationale(ctx))
    _add(out, "other", other(ctx))
    _add(out, "plan", plan_section(ctx))
    return out, addenda(ctx)


def cc_result(ctx: Ctx) -> tuple[Sections, list[str]]:
    """The scanned outside simulation report (the wrapper lines are added by the builder)."""
    rng = ctx.rng
    p = ctx.plan
    feats = features_in_body(ctx)
    out: Sections = []
    doc = ctx.partner
    out.append(("letter", rng.choice((
        f"Dear {rng.choice(('Dr.', 'Doctor'))} {rng.choice(('Halvorsen', 'Okonkwo', 'Petrakis', 'Solberg', 'Whitacre'))},\n"
        f"Thank you for referring your Veteran patient, {'Ms.' if p.sex == 'F' else 'Mr.'} [redacted], "
        f"for radiation therapy under the Community Care Network. Diagnosis: {ctx.dx}. "
        f"{ctx.he.capitalize()} underwent simulation at {doc} on {ctx.date_before(0, 3)}.",
        f"RE: [redacted] (VA authorization VA00{rng.randint(10000000, 99999999)})\nDiagnosis: {ctx.dx}.\n"
        f"Simulation performed at our facility; summary follows.",
        f"SIMULATION REPORT - {doc}\nReferring facility: VA Medical Center (community care). Dx: {ctx.dx}."))))
    _add(out, "prior_imaging", prior_imaging(ctx))
    early = rng.random() < 0.3
    if early:
        _add(out, "rationale", rationale(ctx))
    if rng.random() < 0.3:
        _add(out, "consent", consent(ctx))
    _add(out, "position", position(ctx))
    _add(out, "scan", scan(ctx, feats))
    body = [("fusion", fusion(ctx)), ("areas", areas(ctx)), ("technique", technique(ctx, feats)),
            ("shielding", shielding(ctx, feats))]
    if rng.random() < 0.5:
        body[1], body[2] = body[2], body[1]
    for k, b in body:
        _add(out, k, b)
    if "hyperthermia" in feats:
        out.append(("hyperthermia", phrases.hyperthermia(ctx)))
    _add(out, "marks", marks(ctx))
    if not early:
        _add(out, "rationale", rationale(ctx))
    _add(out, "copy", copy_block(ctx))
    _add(out, "other", other(ctx))
    _add(out, "plan", plan_section(ctx))
    return out, addenda(ctx)


COMPOSERS = {"md_sim": md_sim, "rtt_ct_sim": rtt_ct_sim, "order_proc": order_proc, "brachy_proc": brachy_proc,
             "clinical_setup": clinical_setup, "resim": resim, "cc_result": cc_result}
