"""Composers: each note type returns a list of (section key, marked text) plus a layout kind."""

from __future__ import annotations

from . import phrases as ph
from .context import Ctx
from .filler import date, long_filler, num
from .markup import tok
from .vocab import CENTRE, CENTRE_SHORT, OTHER_CENTRE, SCANNERS

Sections = list[tuple[str, str]]


# ------------------------------------------------------------------ physician simulation prose
def header(c: Ctx, title: str) -> str:
    return c.choice(
        [
            f"{CENTRE} - Radiation Oncology\n{title}\nPatient: [redacted]   MRN: XXXXX{c.mrn[-4:]}\nDate of service: {c.date}\nAttending: {c.doc_full}",
            f"{title.upper()} - dictated {c.date}",
            f"Rad Onc {title} | {c.date} | {c.doc}",
            f"{title}\nDOS {c.date}",
            f"RADIATION ONCOLOGY {title.upper()}\n{CENTRE_SHORT}   pt [redacted]   acct XXXXX-{c.mrn}",
            "",
        ]
    )


def no_reason_line(c: Ctx) -> str:
    roll = c.rng.random()
    if roll < 0.4:
        return c.bare()
    if roll < 0.55:
        c.trap("reason_elsewhere")
        return c.choice(
            [
                "Reason for complex sim: see consult note.",
                "Indication per my consult.",
                "Complexity as previously discussed.",
            ]
        )
    return ""


def scratch_count(c: Ctx) -> str | None:
    p = c.p
    n = c.n_areas()
    if n < 2 or p.area_form not in ("count", "named"):
        return None
    wrong = n + c.choice([-1, 1])
    c.trap("scratch_that_correction")
    toks = [c.site_tok(v) for v in p.areas]
    return f"we are treating {num(c.rng, wrong)} areas scratch that {c.count_tok(n)}, {c.join(toks)}."


def scratch_feature(c: Ctx) -> str | None:
    p = c.p
    if "contrast" not in p.features and c.sv["routes"]:
        c.trap("scratch_that_correction")
        return c.choice(
            [
                "IV contrast was given scratch that no contrast was given today.",
                "oral contrast given scratch that. Oral contrast was not given, she could not drink it.",
            ]
        )
    if "arc_rotational" not in p.features:
        c.trap("scratch_that_correction")
        return c.choice(
            [
                "set up for VMAT scratch that set up for opposed fields, 3D.",
                "we will do arcs scratch that, static 3D fields were set up.",
            ]
        )
    if "MRI" not in p.modalities:
        c.trap("scratch_that_correction")
        return "MRI was fused scratch that the MRI has not been fused, it is still pending."
    return None


def sim_sections(c: Ctx, title: str, resim: bool = False, long: bool = False, allow_scratch: bool = True) -> Sections:
    p = c.p
    secs: Sections = []
    h = header(c, title)
    if h:
        secs.append(("header", h))
    intro = c.intro()
    if resim:
        c.trap("copy_forward")
        why = c.choice(
            [
                "Re-simulation today because of 6 kg weight loss, the old setup no longer fits."
                if p.site not in ("head_neck", "whole_brain", "srs")
                else "Re-simulation today because of 6 kg weight loss and a loose mask.",
                "Re-sim for replanning after tumor shrinkage.",
                "Patient re-simulated, original setup was not reproducible.",
                "Resim needed, new position after hip pain.",
            ]
        )
        orig = c.choice(
            [
                "Original sim {d} (copied from prior note): IV contrast, MRI fusion, 3 areas.",
                "From the first sim note {d}: custom blocks, contrast given.",
                "Initial simulation {d} was done with oral contrast and a PET fusion per that note.",
            ]
        ).format(d=date(c.rng))
        intro += " " + why + " " + orig
    elif c.chance(0.45):
        intro += " " + c.hist_line()
    secs.append(("intro", intro))
    if long:
        fill = long_filler(c.rng, c.fill_ctx(True), c.rng.randint(700, 950))
        secs.extend(fill)
        c.trap("historical_imaging")
    if c.chance(0.12):
        secs.append(("other", c.other_person()))
    # rationale
    rat = c.rationale_block() if p.rationale else no_reason_line(c)
    mid: Sections = []
    setup = c.choice(["Position: {pos}.", "Patient set up {pos}.", "{pos} for setup.", "Positioned {pos}."]).format(
        pos=c.pos
    )
    im = c.immob_line()
    if im:
        setup += " " + im
    mid.append(("setup", setup))
    mid.append(("imaging", c.imaging_block()))
    con = c.contrast_block()
    if con:
        mid.append(("contrast", con))
    sc = scratch_count(c) if allow_scratch and c.chance(0.3) else None
    mid.append(("areas", sc if sc else c.areas_block()))
    tech = c.technique_block()
    if allow_scratch and c.chance(0.2):
        extra = scratch_feature(c)
        if extra:
            tech = (tech + " " + extra).strip()
    if tech:
        mid.append(("technique", tech))
    order = c.rng.randrange(4)
    if order == 1:
        mid = [m for m in mid if m[0] == "areas"] + [m for m in mid if m[0] != "areas"]
    elif order == 2:
        mid = (
            [m for m in mid if m[0] != "technique"][:1]
            + [m for m in mid if m[0] == "technique"]
            + [m for m in mid if m[0] != "technique"][1:]
        )
    elif order == 3 and len(mid) > 3:
        mid[1], mid[2] = mid[2], mid[1]
    rat_pos = c.rng.randrange(3)
    if rat and rat_pos == 0:
        secs.append(("rationale", rat))
    secs.extend(mid[:2])
    if rat and rat_pos == 1:
        secs.append(("rationale", rat))
    secs.extend(mid[2:])
    if rat and rat_pos == 2:
        secs.append(("rationale", rat))
    marks = c.choice(
        [
            "Tattoos x3 placed.",
            "3 tattoos, BBs on the marks.",
            "Reference marks tattooed.",
            "Isocenter marked, photos taken.",
            "tattoos placed and pt given skin care handout.",
            "",
        ]
    )
    if marks.startswith("3 tattoos") or marks.startswith("Tattoos x3"):
        c.trap("tattoo_count")
    plan_bits = [c.absent_feature_trap()] if c.chance(0.5) else []
    plan_bits.append(
        c.choice(
            [
                "Dosimetry to plan.",
                "Will start next week pending QA.",
                "Contours to dosimetry by Thursday.",
                "RTC for first fraction when the plan is approved.",
                "Physics to review.",
            ]
        )
    )
    secs.append(("plan", " ".join(b for b in [marks] + plan_bits if b)))
    if c.chance(0.3):
        secs.append(("charge", c.charge_line()))
    secs.append(("signature", c.signature()))
    return secs


# ------------------------------------------------------------------ addenda
def addendum(c: Ctx, secs: Sections) -> Sections:
    """Rewrite a body so that an addendum carries a correction; returns new sections."""
    p = c.p
    kinds = []
    if any(f in p.features for f in ("contrast", "arc_rotational")):
        kinds.append("add_feature")
    absent = [f for f in ("contrast", "arc_rotational") if f not in p.features and (f != "contrast" or c.sv["routes"])]
    if absent:
        kinds.append("retract_feature")
    if p.rationale:
        kinds.append("add_rationale")
    if c.n_areas() >= 2 and p.area_form in ("count", "named"):
        kinds.append("fix_count")
    if any(m in p.modalities for m in ("MRI", "PET")):
        kinds.append("add_modality")
    kind = c.choice(kinds) if kinds else "none"
    lead = c.choice(
        ["ADDENDUM {d}: ", "Addendum ({d}) - ", "Addendum: ", "*** ADDENDUM *** ", "Late entry, {d}: "]
    ).format(d=c.choice(["same day", "next day", "2 days later", c.date + " 4:55 PM"]))
    return kind, lead


def sim_addendum_sections(c: Ctx, long: bool, macro: bool = False) -> Sections:
    def make():
        return macro_sections(c) if macro else sim_sections(c, "Simulation note", long=long, allow_scratch=False)

    p = c.p
    kind, lead = addendum(c, [])
    saved = (list(p.features), p.rationale, list(p.modalities), p.area_form, list(p.areas))
    add = ""
    if kind == "add_feature":
        f = c.choice([f for f in p.features if f in ("contrast", "arc_rotational")])
        p.features = [x for x in p.features if x != f]
        body = make()
        p.features = saved[0]
        if f == "contrast":
            body_neg = "No contrast." if c.chance(0.5) else "Contrast: none."
            add = lead + c.choice(
                [
                    "Correction, {x} WAS given for this scan, the nurse note confirms it.",
                    "{x} was in fact administered at the sim, my earlier statement was wrong.",
                ]
            ).format(x=c.contrast_tok())
        else:
            body_neg = "3D plan."
            add = lead + c.choice(
                [
                    "Technique changed at sim to {x} after collision check.",
                    "Please note technique is {x}, not 3D as dictated.",
                ]
            ).format(x=tok("FEATURE", "arc_rotational", c.choice(ph.ARC)))
        body.insert(-1, ("body_negation", body_neg))
        c.trap("addendum_correction")
    elif kind == "retract_feature":
        body = make()
        f = c.choice(
            [f for f in ("contrast", "arc_rotational") if f not in p.features and (f != "contrast" or c.sv["routes"])]
        )
        wrong = {"contrast": "IV contrast given.", "arc_rotational": "Technique VMAT."}[f]
        body.insert(-1, ("body_wrong", wrong))
        add = (
            lead
            + {
                "contrast": c.choice(
                    [
                        "IV contrast was NOT given, IV could not be started after 3 attempts.",
                        "correction: no contrast was used, disregard above.",
                    ]
                ),
                "arc_rotational": c.choice(
                    [
                        "Technique will be 3D conformal, not VMAT, disregard the technique line above.",
                        "Not VMAT. 3D fields.",
                    ]
                ),
            }[f]
        )
        c.trap("addendum_correction")
    elif kind == "add_rationale":
        p.rationale = None
        body = make()
        p.rationale = saved[1]
        add = (
            lead
            + c.choice(
                [
                    "In response to coding query, reason for complex sim: ",
                    "Clarification of medical necessity: ",
                    "Per coder request - complexity reason: ",
                ]
            )
            + c.reason_tok()
            + "."
        )
        c.trap("addendum_adds_rationale")
    elif kind == "fix_count":
        areas = list(p.areas)
        p.areas = []
        body = make()
        p.areas = areas
        n = c.n_areas()
        wrong = n - 1
        body.insert(-1, ("body_wrong_count", f"{num(c.rng, wrong, cap=True)} areas treated."))
        add = lead + c.choice(
            ["Correction: there are {c}, {s}.", "the number of areas is {c}: {s}, not as dictated above."]
        ).format(c=c.count_tok(n), s=c.join([c.site_tok(v) for v in areas]))
        c.trap("addendum_correction")
    elif kind == "add_modality":
        m = next(x for x in ("MRI", "PET") if x in p.modalities)
        p.modalities = [x for x in p.modalities if x != m]
        body = make()
        p.modalities = saved[2]
        add = lead + c.choice(
            [
                "{x} from {d} received today and fused to the sim CT for contouring.",
                "Fusion of the {x} completed after the sim, used to define targets.",
            ]
        ).format(x=tok("MODALITY", m, "MRI" if m == "MRI" else "PET/CT"), d=date(c.rng))
        c.trap("addendum_adds_modality")
    else:
        body = make()
        add = lead + "patient called with nausea, Zofran sent."
    body.append(("addendum", add + "\n" + c.choice([c.doc_full, c.doc, f"e-signed {c.doc}"])))
    return body


# ------------------------------------------------------------------ macro (.simnote)
def macro_sections(c: Ctx, title: str = "SIMULATION NOTE", order: bool = False) -> Sections:
    p = c.p
    trig = c.choice([".simnote", ".simnote2", ".radsim", ".ctsim"])
    secs: Sections = [
        (
            "macro_header",
            f"{trig}\n{CENTRE_SHORT} RADIATION ONCOLOGY - {title}\nDate: {c.date}    Attending: {c.doc}\nPatient: [redacted]",
        )
    ]
    blank = c.choice(["***", "___", "{***}", "[ ]"])
    used_blank = False
    fields: list[tuple[str, str]] = []
    fields.append(("Diagnosis", c.dx))
    if p.rationale:
        fields.append(
            (c.choice(["Indication for complex simulation", "Medical necessity", "Complexity reason"]), c.reason_tok())
        )
    else:
        roll = c.rng.random()
        if roll < 0.4:
            fields.append(("Indication for complex simulation", blank))
            used_blank = True
        elif roll < 0.75:
            fields.append(("Medical necessity", c.bare()))
        else:
            fields.append(("Complexity reason", "{reason:yes/no}"))
            used_blank = True
    if p.areas:
        if p.area_form == "count":
            fields.append(("Number of treatment areas", c.count_tok(c.n_areas())))
            fields.append(("Treatment site(s)", c.join([c.site_tok(v) for v in p.areas])))
        elif p.area_form == "iso":
            fields.append(("Isocenters", "\n" + c.areas_block()))
        else:
            fields.append(("Treatment site(s)", c.join([c.site_tok(v) for v in p.areas])))
            if c.chance(0.4):
                fields.append(("Number of treatment areas", blank))
                used_blank = True
    else:
        fields.append(("Treatment site(s)", c.choice(["per plan", "see diagram", blank, "multiple"])))
    im = c.immob_line() if c.chance(0.4) else ""
    fields.append(("Position/immobilization", c.pos + ((", " + im.rstrip(".")) if im else "")))
    img = []
    if "CT" in p.modalities:
        img.append(tok("MODALITY", "CT", c.choice(["CT sim", "CT simulation", "planning CT"])))
        if p.fourd:
            img.append(tok("MODALITY", "CT", c.choice(["4DCT", "4D CT"])))
            if not p.features:
                c.trap("4dct_alone")
    for m in ("fluoroscopy", "ultrasound"):
        if m in p.modalities:
            img.append(tok("MODALITY", m, c.choice(ph.FLUORO if m == "fluoroscopy" else ph.US)))
    fields.append(("Imaging", ", ".join(img) if img else blank))
    fus = [tok("MODALITY", m, c.choice(ph.FUSION_SURF[m])) + " fused" for m in ("MRI", "PET") if m in p.modalities]
    if fus:
        fields.append(("Fusion", ", ".join(fus)))
    else:
        fields.append(("Fusion", c.choice(["none", "N/A", blank, "{MRI/PET/none}"])))
        if "none" not in fields[-1][1] and "N/A" not in fields[-1][1]:
            used_blank = True
    if "contrast" in p.features:
        fields.append(("Contrast", c.contrast_tok()))
    else:
        v = c.choice(["none", blank, "{IV/oral/rectal/none}", "no"])
        fields.append(("Contrast", v))
        if v not in ("none", "no"):
            used_blank = True
    tech_feats = [f for f in p.features if f in ("arc_rotational",)]
    fields.append(
        (
            "Technique",
            tok("FEATURE", "arc_rotational", c.choice(ph.ARC))
            if tech_feats
            else c.choice(["3D", "IMRT", "3D conformal", blank, "electrons"]),
        )
    )
    blk = [f for f in p.features if f in ("custom_shielding", "complex_blocking", "brachytherapy")]
    if blk:
        vals = []
        for f in blk:
            if f == "custom_shielding":
                vals.append(tok("FEATURE", f, c.choice(ph.SHIELD)))
            elif f == "complex_blocking":
                vals.append(tok("FEATURE", f, "complex blocking"))
            else:
                vals.append(tok("FEATURE", f, c.choice(["applicator verification", "applicator position verified"])))
        fields.append(("Special devices/blocks", ", ".join(vals)))
    else:
        v = c.choice([blank, "none", "MLC only", "bolus " + c.choice(["0.5 cm", "1 cm"])])
        fields.append(("Special devices/blocks", v))
        if v == blank:
            used_blank = True
        if v == "MLC only":
            c.trap("mlc_only")
        if v.startswith("bolus"):
            c.trap("bolus")
    if used_blank:
        c.trap("blank_template")
    sep = c.choice([": ", ":  ", " - "])
    fkey = "fields[" + ".".join(k.split()[0].lower() + ("0" if v in (blank, "***") else "") for k, v in fields) + "]"
    secs.append((fkey, "\n".join(f"{k}{sep}{v}" for k, v in fields)))
    if c.chance(0.6):
        dictated = c.choice(["Dictated comments: ", "Additional: ", "Comments: ", ""])
        bits = []
        if c.chance(0.5):
            bits.append(c.absent_feature_trap())
        if c.chance(0.4):
            bits.append(c.hist_line())
        bits.append(
            c.choice(
                [
                    "pt tolerated well",
                    "Tolerated the sim without issue, went home with daughter.",
                    "she was anxious but did fine",
                    "Sim took about forty minutes.",
                ]
            )
        )
        secs.append(("macro_comments", dictated + " ".join(b for b in bits if b)))
    if c.chance(0.35):
        secs.append(("charge", c.charge_line()))
    secs.append(("signature", c.signature()))
    return secs


def order_sections(c: Ctx) -> Sections:
    p = c.p
    c.trap("order_vs_procedure")
    ordered = ["CT simulation"]
    extra_ord = []
    if "contrast" not in p.features and c.sv["routes"]:
        extra_ord.append(c.choice(["IV contrast", "oral contrast"]))
    if "MRI" not in p.modalities and c.chance(0.5):
        extra_ord.append("MRI fusion")
    if "arc_rotational" not in p.features and c.chance(0.5):
        extra_ord.append("VMAT")
    order_txt = (
        c.choice(["ORDER (entered {d}): ", "Sim order: ", "Simulation Rx {d} - requested: "]).format(
            d=date(c.rng, 2025)
        )
        + ", ".join(ordered + extra_ord + (["4DCT"] if p.fourd else []))
        + "."
    )
    secs: Sections = [("order", order_txt)]
    proc = c.choice(["PROCEDURE (done {d}):", "Procedure today:", "What was done:"]).format(d=c.date)
    body = sim_sections(c, "Simulation", allow_scratch=False)
    body = [s for s in body if s[0] not in ("header",)]
    if extra_ord:
        body.insert(
            1,
            (
                "not_done",
                c.choice(["Ordered items not done: ", "Not done from the order: ", "Deferred: "])
                + ", ".join(extra_ord)
                + ".",
            ),
        )
    return secs + [("procedure", proc)] + body


# ------------------------------------------------------------------ tabular (dosimetry / physics)
def tab_lines(c: Ctx, rows: list[tuple[str, str]]) -> str:
    style = c.rng.randrange(3)
    c.last_tab = f"t{style}[" + ".".join(k.split()[0].lower().strip("#") or "n" for k, _ in rows) + "]"
    if style == 0:
        w = max(len(k) for k, _ in rows) + 1
        return "\n".join(f"{k.ljust(w)}| {v}" for k, v in rows)
    if style == 1:
        return "\n".join(f"{k}: {v}" for k, v in rows)
    return "\n".join(f"{k} {'.' * max(2, 22 - len(k))} {v}" for k, v in rows)


def ct_sim_record(c: Ctx) -> Sections:
    p = c.p
    head = c.choice(
        [
            f"CT SIM RECORD - dosimetry     {c.date}",
            f"Sim sheet ({c.dosi}, CMD) {c.date}",
            f"DOSIMETRY SIM NOTE {c.date}",
            f"physics/dosi sim record\t{c.date}",
        ]
    )
    rows: list[tuple[str, str]] = [("MD", c.doc), ("RTT", c.ther)]
    if c.chance(0.5):
        rows.append(("Dx", c.dx))
    rows.append(("Position", c.pos))
    if c.chance(0.3):
        c.trap("custom_immobilization")
        rows.append(("Immob", c.choice(ph.IMMOB_CUSTOM)))
    if "CT" in p.modalities:
        rows.append(
            (
                "Scan",
                tok("MODALITY", "CT", c.choice(["CT sim", "CT", "planning CT"]))
                + f", {c.choice(SCANNERS)}, {c.choice(['2.5', '3', '1.25'])} mm",
            )
        )
    if p.fourd:
        rows.append(("4D", tok("MODALITY", "CT", "4DCT") + " 10 phases, MIP/AVG made"))
        if not p.features:
            c.trap("4dct_alone")
    elif c.chance(0.3):
        rows.append(("4D", "N"))
    for m, lab in (("fluoroscopy", "Fluoro"), ("ultrasound", "US")):
        if m in p.modalities:
            rows.append((lab, tok("MODALITY", m, c.choice(ph.FLUORO if m == "fluoroscopy" else ph.US)) + " used"))
    rows.append(("Contrast", c.contrast_tok() if "contrast" in p.features else c.choice(["none", "N", "no - allergy"])))
    fus = [
        tok("MODALITY", m, c.choice(ph.FUSION_SURF[m])) + f" {date(c.rng)} registered"
        for m in ("MRI", "PET")
        if m in p.modalities
    ]
    rows.append(("Fusion", "; ".join(fus) if fus else c.choice(["none", "n/a", "pending MRI"])))
    if rows[-1][1] == "pending MRI":
        c.trap("planned_modality")
    if p.areas:
        if p.area_form == "count":
            rows.append(("# areas", c.count_tok(c.n_areas())))
        if p.area_form == "iso" or c.chance(0.5):
            for i, v in enumerate(p.areas):
                rows.append((f"Iso {i + 1}", c.site_tok(v)))
        else:
            rows.append(("Site(s)", ", ".join(c.site_tok(v) for v in p.areas)))
    else:
        rows.append(("Site(s)", c.choice(["see MD", "multiple per MD", "TBD"])))
    tech = (
        [tok("FEATURE", "arc_rotational", c.choice(ph.ARC))]
        if "arc_rotational" in p.features
        else [c.choice(["3D", "IMRT 7 fld", "static"])]
    )
    if "IMRT 7 fld" in tech:
        c.trap("many_beams_one_target")
    rows.append(("Technique", tech[0]))
    for f in ("custom_shielding", "complex_blocking"):
        if f in p.features:
            rows.append(
                ("Blocks", tok("FEATURE", f, c.choice(ph.SHIELD) if f == "custom_shielding" else "complex blocking"))
            )
    if "brachytherapy" in p.features:
        rows.append(("Applicator", tok("FEATURE", "brachytherapy", "applicator position verified")))
    if p.rationale:
        rows.append((c.choice(["MD reason for complex sim", "Reason (per MD)", "Sim directive"]), c.reason_tok()))
    else:
        v = c.choice(["see MD note", "", "complex per MD", "***"])
        if v:
            rows.append(("MD reason for complex sim", v))
            c.trap("reason_elsewhere" if v != "***" else "blank_template")
    secs: Sections = [("tab_head", head + "\n" + "-" * c.rng.randint(20, 40)), ("tab_rows", tab_lines(c, rows))]
    secs[-1] = ("tab_rows" + c.last_tab, secs[-1][1])
    if c.chance(0.4):
        secs.append(
            (
                "tab_note",
                c.choice(
                    [
                        "note: pt moved during scout, rescanned.",
                        "BBs on tattoos.",
                        "Photos in chart.",
                        "Contours due Tues.",
                    ]
                )
                + (" " + c.absent_feature_trap() if c.chance(0.4) else ""),
            )
        )
    secs.append(
        ("tab_sig", f"-{c.dosi.split()[0][0]}{c.dosi.split()[1][0]} CMD" if c.chance(0.5) else f"{c.dosi}, CMD")
    )
    return secs


# ------------------------------------------------------------------ brachy / electrons / clinical set-up
def brachy_sections(c: Ctx, long: bool) -> Sections:
    p = c.p
    secs: Sections = [("header", header(c, "Brachytherapy procedure note") or "Procedure: HDR applicator insertion")]
    intro = (
        c.intro()
        + " "
        + c.choice(["Fraction {} of 5.", "Insertion number {}.", "HDR fraction {}."]).format(
            num(c.rng, c.rng.randint(1, 5))
        )
    )
    secs.append(("intro", intro))
    if long:
        secs.extend(long_filler(c.rng, c.fill_ctx(False), c.rng.randint(700, 900)))
        c.trap("historical_imaging")
    steps = c.choice(
        [
            "Under conscious sedation, exam under anesthesia done, cervix dilated.",
            "Pt placed in lithotomy, Foley placed, cervix sounded to 6 cm.",
            "Spinal anesthesia by Dr. Nakagawa-Ruiz, lithotomy, prepped and draped.",
        ]
    )
    secs.append(("steps", steps))
    if p.rationale:
        secs.append(("rationale", c.rationale_block()))
    else:
        nr = no_reason_line(c)
        if nr:
            secs.append(("rationale", nr))
    secs.append(("imaging", c.imaging_block()))
    secs.append(("applicator", c.feature_sentence("brachytherapy")))
    if "contrast" in p.features:
        secs.append(("contrast", c.contrast_block()))
    secs.append(("areas", c.areas_block()))
    others = [c.feature_sentence(f) for f in p.features if f == "arc_rotational"]
    if others:
        secs.append(("ebrt", "EBRT: " + " ".join(others)))
    head_n = (
        3
        if secs[2][0] == "steps"
        else 2
        + sum(
            1
            for k, _ in secs
            if k
            in (
                "hpi",
                "course",
                "pmh",
                "meds",
                "social",
                "family",
                "ros",
                "exam",
                "labs",
                "discussion",
                "consent",
                "logistics",
                "goals",
            )
        )
        + 1
    )
    tail = secs[head_n:]
    c.rng.shuffle(tail)
    secs = secs[:head_n] + tail
    secs.append(
        (
            "packing",
            c.choice(
                ["Packing placed. Applicator secured.", "Vaginal packing, bladder drained.", "Packing x2, no bleeding."]
            ),
        )
    )
    secs.append(("signature", c.signature()))
    return secs


def electron_sections(c: Ctx, no_imaging: bool = False) -> Sections:
    p = c.p
    secs: Sections = [("header", header(c, c.choice(["Electron setup", "Clinical setup", "Simulation - electrons"])))]
    secs.append(("intro", c.intro()))
    if p.rationale:
        secs.append(("rationale", c.rationale_block()))
    else:
        nr = no_reason_line(c)
        if nr:
            secs.append(("rationale", nr))
    secs.append(("areas", c.areas_block()))
    mark = c.choice(
        [
            "Lesion outlined with a 1 cm margin using marker.",
            "Field drawn on skin with wire, photo taken.",
            "Margins drawn clinically, 1.5 cm.",
        ]
    )
    secs.append(("markup", mark))
    if p.modalities:
        secs.append(("imaging", c.imaging_block()))
    elif no_imaging:
        c.trap("negated_modality")
        secs.append(
            (
                "imaging",
                c.choice(
                    [
                        "No CT needed, set up clinically.",
                        "No CT sim, clinical setup only.",
                        "no imaging, clinical mark up at the machine.",
                    ]
                ),
            )
        )
    tech = " ".join(c.feature_sentence(f) for f in p.features)
    if not tech:
        tech = c.choice(["Standard 6x6 cone, no cutout.", "Using the 10 cm cone, no insert needed."])
    secs.append(
        ("technique", tech + " " + c.choice(["9 MeV electrons.", "6 MeV with 5 mm bolus.", "12 MeV, 100 SSD."]))
    )
    if "5 mm bolus" in secs[-1][1]:
        c.trap("bolus")
    mid = secs[2:]
    c.rng.shuffle(mid)
    secs = secs[:2] + mid
    if c.chance(0.3):
        secs.append(("charge", c.charge_line()))
    secs.append(("signature", c.signature()))
    return secs


def clinical_setup_sections(c: Ctx) -> Sections:
    p = c.p
    secs: Sections = [("header", header(c, "Clinical simulation"))]
    secs.append(
        (
            "intro",
            c.intro()
            + " "
            + c.choice(
                [
                    "Too uncomfortable to go to CT, set up on the treatment machine.",
                    "Hospice patient, quick clinical setup today.",
                    "Could not tolerate the CT couch.",
                ]
            ),
        )
    )
    if p.rationale:
        secs.append(("rationale", c.rationale_block()))
    secs.append(("areas", c.areas_block()))
    c.trap("negated_modality")
    secs.append(
        (
            "imaging",
            c.choice(
                ["No CT scan was done.", "no CT sim, fields set clinically from the skin marks.", "Plain setup, no CT."]
            ),
        )
    )
    secs.append(("technique", " ".join(c.feature_sentence(f) for f in p.features)))
    secs.append(("plan", "8 Gy x 1." if c.chance(0.5) else "20 Gy in 5."))
    secs.append(("signature", c.signature()))
    return secs


# ------------------------------------------------------------------ nurses
def nurse_sim_day(c: Ctx) -> Sections:
    p = c.p
    c.trap("no_rationale_nursing")
    head = c.choice(["Nursing Note - CT Sim", "RN note, simulation", f"NURSING {c.date}", "Nursing sim contrast note"])
    route = p.route
    if route == "IV":
        body = c.choice(
            [
                "IV placed {arm} with 22g on the first attempt. {x} given by power injector for the {ct}, no reaction, IV removed, site clean.",
                "Creatinine checked: 0.8. {x} infused for {ct}. Pt denied any allergy. Tolerated without nausea or hives.",
                "22 g IV {arm}. {x} administered during the {ct}, flushed, pt monitored 15 min after, no reaction.",
            ]
        )
    elif route == "oral":
        body = c.choice(
            [
                "Pt drank {x} starting 45 min before the {ct}, tolerated.",
                "{x} given per protocol prior to {ct}, mild bloating.",
            ]
        )
    else:
        body = c.choice(
            [
                "{x} given per order for the {ct}, patient tolerated, no discomfort.",
                "Assisted with {x} for the {ct}. Tolerated.",
            ]
        )
    surf = c.choice([x for x in ph.CONTRAST[route] if " via " not in x and "instilled" not in x])
    body = body.format(
        arm=c.choice(["R AC", "L forearm", "L hand"]),
        x=tok("FEATURE", "contrast", surf),
        ct=tok("MODALITY", "CT", c.choice(["CT simulation", "CT sim", "planning CT"])),
    )
    secs: Sections = [("nurse_head", head), ("nurse_body", body[0].upper() + body[1:] if body[0].isalpha() else body)]
    secs.append(
        (
            "nurse_edu",
            c.choice(
                [
                    "Educated on hydration after contrast.",
                    "Pt instructed to drink extra fluids today.",
                    "Skin care teaching done, handout given.",
                ]
            ),
        )
    )
    secs.append(("nurse_sig", f"{c.nurse}, RN"))
    return secs


def nurse_education(c: Ctx) -> Sections:
    c.trap("planned_feature")
    c.trap("planned_modality")
    lines = [
        c.choice(["Pre-simulation teaching", "RN education note", "Nursing - new patient education"]) + f" {c.date}",
        f"Pt seen after consult with {c.doc}. Diagnosis {c.dx}.",
        c.choice(
            [
                "Explained what happens at the CT sim: positioning, a mask or cradle, tattoos, about an hour.",
                "Reviewed the simulation appointment, she will lie still while the CT is done and small tattoos placed.",
            ]
        ),
        c.choice(
            [
                "Told pt she may get IV contrast at sim, asked about allergies - none known.",
                "He will drink oral contrast before the scan, instructions given.",
                "Dr. wants MRI fused, explained they may use the MRI from last month.",
                "May need a custom block made, explained this is made in our mold room.",
            ]
        ),
        c.choice(
            [
                "Side effects reviewed: fatigue, skin, diarrhea.",
                "Fatigue and skin reactions discussed, Aquaphor recommended.",
                "Nutrition referral placed.",
            ]
        ),
        c.choice([c.other_person(), "Daughter present for teaching.", "Teach back done."]),
        f"{c.nurse}, RN",
    ]
    if c.chance(0.4):
        lines.insert(3, c.hist_line())
    return [(f"edu{i}", l) for i, l in enumerate(lines)]


def aborted_sections(c: Ctx) -> Sections:
    c.trap("aborted")
    c.trap("planned_feature")
    who = c.choice(["physician", "nurse"]) if c.p.style == "nursing" else "physician"
    lines = [
        header(c, "CT simulation - not completed") or "Sim attempt",
        c.intro(),
        c.choice(
            [
                "Patient arrived for CT sim but became claustrophobic in the mask and could not continue. No scan was obtained.",
                "Pain too severe to lie flat even after oxycodone, sim aborted before any scanning.",
                "IV could not be placed after four attempts and pt declined further, sim cancelled, no images taken.",
                "Pt vomited on the table, unable to proceed. We stopped before the scout.",
            ]
        ),
        c.choice(
            [
                "Will reschedule with lorazepam premed, plan IV contrast and MRI fusion at that time.",
                "Reschedule next week, at that sim we will use VMAT set up and oral contrast.",
                "Will rebook with anesthesia, three areas to be simulated: as per consult.",
                "Complex simulation still needed at the next attempt.",
            ]
        ),
    ]
    if who == "nurse":
        lines.append(f"{c.nurse}, RN")
    else:
        lines.append(c.signature())
    return [(f"ab{i}", l) for i, l in enumerate(lines) if l]


def blank_macro(c: Ctx) -> Sections:
    c.trap("blank_template")
    b = c.choice(["***", "___", "{***}"])
    trig = c.choice([".simnote", ".radsim", ".simnote2"])
    fields = [
        "Diagnosis",
        "Indication for complex simulation",
        "Treatment site(s)",
        "Number of treatment areas",
        "Position/immobilization",
        "Imaging",
        "Fusion",
        "Contrast {IV/oral/none}",
        "Technique",
        "Special devices/blocks",
    ]
    keep = [f for f in fields if c.chance(0.85)]
    body = "\n".join(f"{f}: {b}" for f in keep)
    extra = c.choice(["", f"pt here for sim {c.date}", "see tomorrow's note", "dictation to follow"])
    return (
        [
            ("macro_header", f"{trig}\n{CENTRE_SHORT} RADIATION ONCOLOGY - SIMULATION NOTE\nDate: {c.date}"),
            ("macro_fields", body),
        ]
        + ([("macro_comments", extra)] if extra else [])
        + [("signature", c.doc_full)]
    )


# ------------------------------------------------------------------ non-simulation documents
def consult_sections(c: Ctx, long: bool) -> Sections:
    c.trap("non_simulation_note")
    c.trap("planned_feature")
    secs: Sections = [
        ("header", header(c, "Consultation") or f"CONSULT - {c.doc}"),
        ("intro", c.intro() + f" Referred by {c.ref}."),
    ]
    secs.append(("hist", " ".join(c.hist_line() for _ in range(2))))
    if long:
        secs.extend(long_filler(c.rng, c.fill_ctx(False), c.rng.randint(700, 950)))
    site_names = c.nonsim_sites()
    secs.append(
        (
            "assessment",
            c.choice(
                [
                    f"{c.dx[0].upper()}{c.dx[1:]}. Recommend radiation.",
                    "Impression: good candidate for definitive RT.",
                    "A/P: palliative versus definitive intent discussed at length.",
                ]
            ),
        )
    )
    plan = c.choice(
        [
            "Plan: CT simulation next week with IV contrast, we will fuse the MRI, likely VMAT to the {s}.",
            "We will bring {h} back for a complex simulation, probably {n} areas ({s}), with contrast.",
            "Will schedule sim. Anticipate custom blocks and possibly a PET fusion. Targets {s}.",
            "plan is to simulate with 4DCT and contrast, treat the {s}, reason for complexity will be the proximity to the {o}.",
        ]
    ).format(
        s=", ".join(site_names), n=num(c.rng, len(site_names)), o=c.choice(c.oars), h="him" if c.he == "he" else "her"
    )
    secs.append(("plan", plan))
    if c.chance(0.4):
        c.trap("planned_modality")
    secs.append(("signature", c.signature()))
    return secs


def pa_followup(c: Ctx) -> Sections:
    c.trap("non_simulation_note")
    c.trap("historical_simulation")
    months = c.choice(["3", "6", "one", "12", "four"])
    site_names = c.nonsim_sites()
    course = c.choice(
        [
            "Completed RT {d} to the {s}. Sim at that time used IV contrast and MRI fusion; VMAT.",
            "s/p {n} areas ({s}) with VMAT, finished {d}. Had custom blocks.",
            "Treated {d} to {s}, 4DCT sim with contrast, plan was arc based.",
        ]
    ).format(d=date(c.rng, 2024), s=", ".join(site_names), n=num(c.rng, len(site_names)))
    return [
        ("pa_head", c.choice(["Follow-up visit - Radiation Oncology", "RAD ONC FOLLOW UP (PA)", f"F/U {c.date}"])),
        (
            "S",
            f"S: {c.age} yo {c.sex} with {c.dx}, here {months} months out. {course} "
            + c.choice(["Feels well.", "Mild fatigue persists.", "Some skin darkening, no pain."]),
        ),
        (
            "O",
            "O: "
            + c.choice(["VSS. Skin intact.", "Well appearing. No adenopathy.", "Weight stable, exam unremarkable."]),
        ),
        (
            "A",
            "A: " + c.choice(["NED clinically.", "Expected late effects only.", "Doing well."]) + " " + c.hist_line(),
        ),
        (
            "P",
            "P: "
            + c.choice(
                [
                    "Repeat CT with contrast in 3 months.",
                    "MRI in 6 months.",
                    "PET/CT before next visit.",
                    "RTC 6 months, survivorship.",
                ]
            ),
        ),
        ("sig", f"Joelle Marchetti, PA-C / supervising {c.doc}"),
    ]


def otv_sections(c: Ctx) -> Sections:
    c.trap("non_simulation_note")
    fx = c.rng.randint(3, 30)
    site_names = c.nonsim_sites()
    return [
        ("otv_head", c.choice(["OTV", "On treatment visit", "Weekly management note"]) + f" {c.date}"),
        (
            "otv_body",
            c.choice(
                [
                    "fx {f} of {t} to the {s} with VMAT, tolerating, skin erythema grade 1.",
                    "Currently at {f} fractions, {s}. Contrast sim was {d}. no issues.",
                    "He is {f}/{t} through treatment of {s}, custom block checked on port films, fatigue mild.",
                    "Week {w}, {s}. Some nausea. Reviewed CBCT, setup good.",
                ]
            ).format(
                f=fx,
                t=fx + c.rng.randint(0, 15),
                s=" and ".join(site_names),
                d=date(c.rng, 2025),
                w=num(c.rng, c.rng.randint(1, 6)),
            ),
        ),
        (
            "otv_plan",
            c.choice(
                [
                    "Continue.",
                    "continue RT, weekly labs.",
                    "Zofran refilled. Continue.",
                    "Continue as planned, boost to follow with MRI fusion.",
                ]
            ),
        ),
        ("sig", c.choice([c.doc, "Joelle Marchetti, PA-C", c.doc_full])),
    ]


def physics_check(c: Ctx) -> Sections:
    c.trap("non_simulation_note")
    rows = [
        ("Plan", c.choice(["VMAT 2 arcs", "3D 4 fld", "IMRT 7 fld", "e- 9 MeV w/ cutout"])),
        ("Sim CT", date(c.rng, 2025) + c.choice([" w/ IV contrast", " no contrast", " 4DCT", ""])),
        ("Fusion", c.choice(["MRI registered (rigid)", "none", "PET"])),
        ("Fx", f"{c.rng.randint(2, 20)}/{c.rng.randint(20, 35)}"),
        ("Dose to date", f"{c.rng.randint(400, 5000)} cGy"),
        ("Isos", c.choice(["1", "2", "3"])),
        ("IGRT", c.choice(["CBCT daily", "kV weekly", "CBCT"])),
        ("Check", c.choice(["OK", "no issues", "MU calc within 2%"])),
    ]
    c.trap("historical_simulation")
    return [
        ("phys_head", c.choice(["Weekly physics chart check", "PHYSICS CHART CHECK", "Physics wk chk"]) + f" {c.date}"),
        ("phys_rows", tab_lines(c, rows)),
        ("phys_sig", "D. Aalto, PhD, DABR" if c.chance(0.5) else "-DA"),
    ]


def treatment_summary(c: Ctx, long: bool) -> Sections:
    c.trap("non_simulation_note")
    c.trap("historical_simulation")
    site_names = c.nonsim_sites()
    secs: Sections = [("header", header(c, "Treatment summary") or "END OF TREATMENT SUMMARY"), ("intro", c.intro())]
    if long:
        secs.extend(long_filler(c.rng, c.fill_ctx(False), c.rng.randint(700, 950)))
    secs.append(
        (
            "course",
            c.choice(
                [
                    "{H} was simulated on {d} with IV contrast and an MRI fusion because the tumor was next to the {o}. Treated {n} areas: {s}, VMAT.",
                    "CT simulation {d} with 4DCT. Custom blocks were made. Sites treated: {s}.",
                    "Simulated {d}, complex simulation due to proximity to {o}, oral contrast used. {s} treated with arcs.",
                ]
            ).format(
                d=date(c.rng, 2025),
                o=c.choice(c.oars),
                n=num(c.rng, len(site_names)),
                s=", ".join(site_names),
                H=c.he.capitalize(),
            ),
        )
    )
    secs.append(
        (
            "dose",
            f"Dose: {c.rng.choice(['50 Gy in 25', '45 Gy in 25', '30 Gy in 10', '60 Gy in 30', '20 Gy in 5'])}. Completed {date(c.rng, 2025)}.",
        )
    )
    secs.append(("fu", c.choice(["Follow up with PA in 6 weeks.", "RTC 1 month with imaging.", f"Back to {c.ref}."])))
    secs.append(("signature", c.signature()))
    return secs


def charge_query(c: Ctx) -> Sections:
    c.trap("non_simulation_note")
    c.trap("charge_line")
    kind = c.rng.randrange(3)
    if kind == 0:
        lines = [
            f"Charge capture comment {c.date}",
            f"77290 - see above. {c.doc}",
            "Coder comment: no sim note found for this date, please link or addend.",
        ]
    elif kind == 1:
        lines = [
            f"CODING QUERY to {c.doc} re: sim {c.date}",
            "The charge 77290 was entered. Documentation for this date does not state a reason for complex simulation or the number of areas. Please clarify whether contrast or custom blocks were used and addend the simulation note.",
            f"Reply ({c.doc}): will addend. thx",
        ]
    else:
        lines = ["charge 77290 - see above", f"{c.doc} {c.date}", "(no other text in encounter)"]
    return [(f"cq{i}", l) for i, l in enumerate(lines)]


__all__ = ["OTHER_CENTRE", "addendum"]
