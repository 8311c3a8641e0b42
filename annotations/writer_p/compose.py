"""Writes one note from its plan: CPRS/TIU headers, signatures, addenda and per-note-type sections."""

from __future__ import annotations

from . import extras, filler
from . import phrasing as ph
from .markup import ev
from .plan import Ctx
from .vocab import (
    ATTENDINGS,
    CLERKS,
    DIVISIONS,
    DOSIMETRISTS,
    NURSES,
    PARTNER,
    PARTNER_MDS,
    PHYSICISTS,
    RESIDENTS,
    THERAPISTS,
)

FEAT_WORD = {
    "contrast": "contrast", "arc_rotational": "VMAT", "custom_shielding": "custom Cerrobend block",
    "complex_blocking": "complex blocking", "particle": "proton therapy", "brachytherapy": "applicator verification",
    "hyperthermia": "hyperthermia probe verification",
}
ALL_FEATS = ["contrast", "arc_rotational", "custom_shielding", "complex_blocking", "particle", "hyperthermia"]


def es_name(cprs: str) -> str:
    """``LAST,FIRST M`` to ``FIRST M LAST``."""
    last, first = cprs.split(",", 1)
    return f"{first} {last}"


def cap_first(line: str) -> str:
    """Upper-case the first letter of a line (inside a leading token's surface too)."""
    if line.startswith("<<"):
        bar = line.index("|")
        return line[: bar + 1] + line[bar + 1 : bar + 2].upper() + line[bar + 2 :]
    return line[:1].upper() + line[1:]


class Writer:
    """Accumulates the blocks of one note."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.plan = ctx.plan
        self.blocks: list[tuple[str, str, bool]] = []
        self.bullet = ctx.pick(["-", "*", "o", "+", ">", "-"])
        self.heading_case = ctx.pick(["upper", "title", "upper"])
        self.author = ctx.pick(RESIDENTS)
        self.attending = ctx.pick(ATTENDINGS)
        self.extra: dict[str, list[str]] = {}

    # ------------------------------------------------------------------ low level
    def sys(self, key: str, text: str) -> None:
        """A system-generated block (never styled)."""
        self.blocks.append((key, text, True))

    def raw(self, key: str, text: str) -> None:
        """A human block rendered as given (styled)."""
        self.blocks.append((key, text, False))

    def head(self, text: str) -> str:
        """A heading in this note's case."""
        return text.upper() if self.heading_case == "upper" else text

    def sec(self, key: str, heading: str, lines: list[str], layout: str | None = None) -> None:
        """A section rendered in the note's layout (or a given one)."""
        lines = [cap_first(line) for line in lines if line]
        if not lines:
            return
        layout = layout or self.plan.layout
        ctx = self.ctx
        heading = self.head(heading)
        if layout == "prose":
            body = " ".join(lines)
            form = ctx.rng.random()
            if not heading or form < 0.35:
                text = body
            elif form < 0.7:
                text = f"{heading}: {body}"
            else:
                text = f"{heading}:\n{body}"
        elif layout == "bullets":
            text = (heading + ("" if heading.endswith(":") else ":") + "\n" if heading else "") + "\n".join(
                f"  {self.bullet} {line}" for line in lines)
        elif layout == "log":
            stamps = self.log_stamps(len(lines))
            text = (heading + "\n" if heading else "") + "\n".join(f"{s}  {line}" for s, line in zip(stamps, lines,
                                                                                                       strict=True))
        elif layout == "reminder":
            text = (f"{heading}:\n" if heading else "") + "\n".join(f"   {line}" for line in lines)
        else:
            indent = ctx.pick(["", "  ", "   "])
            text = (f"{heading}:\n" if heading else "") + "\n".join(f"{indent}{line}" for line in lines)
        self.blocks.append((key, text, False))

    def log_stamps(self, n: int) -> list[str]:
        """Increasing clock times for a log."""
        minutes = self.ctx.rng.randint(7 * 60, 14 * 60)
        out = []
        for _ in range(n):
            out.append(f"{minutes // 60:02d}{minutes % 60:02d}")
            minutes += self.ctx.rng.randint(1, 9)
        return out

    def filler_block(self, name: str) -> None:
        """A copied filler block (always rendered as its own lines)."""
        lines = filler.FILLERS[name](self.ctx)
        self.blocks.append((f"f_{name}", "\n".join(lines), False))

    # ------------------------------------------------------------------ TIU frame
    def header(self, local: str, standard: str, author: str, cosigner: str | None = None) -> None:
        """The TIU header lines."""
        ctx = self.ctx
        lines = [f"LOCAL TITLE: {local}", f"STANDARD TITLE: {standard}"]
        entry = ctx.cprs_date(ctx.rng.randint(5, 90))
        if ctx.chance(0.6):
            lines.append(f"DATE OF NOTE: {ctx.cprs_date()}    ENTRY DATE: {entry}")
        else:
            lines.append(f"DATE OF NOTE: {ctx.cprs_date()}")
        if cosigner:
            lines.append(f"      AUTHOR: {author:<26} EXP COSIGNER: {cosigner}")
        else:
            lines.append(f"      AUTHOR: {author}")
        urgency = ctx.pick(["", "", "ROUTINE", ""])
        lines.append(f"     URGENCY: {urgency:<26}       STATUS: COMPLETED")
        if ctx.chance(0.3):
            lines.insert(0, f"Division: {ctx.pick(DIVISIONS)}")
        if ctx.chance(0.25):
            lines.append(f"    LOCATION: {ctx.pick(_COMPOSE_134_0)}")
        self.sys("tiu_header", "\n".join(lines))

    def signature(self, author: str, role: str, cosigner: str | None = None, receipt: bool = False) -> None:
        """``/es/`` signature, co-signature and receipt acknowledgement."""
        ctx = self.ctx
        lines = [f"/es/ {es_name(author)}", role, f"Signed: {ctx.short_date()} {ctx.rng.randint(9, 17):02d}:"
                                                   f"{ctx.rng.randint(0, 59):02d}"]
        if cosigner:
            lines += ["", f"/es/ {es_name(cosigner)}", ctx.pick(["STAFF RADIATION ONCOLOGIST", "Staff Physician",
                                                               "ATTENDING, RADIATION ONCOLOGY"]),
                      f"Cosigned: {ctx.short_date()} {ctx.rng.randint(12, 19):02d}:{ctx.rng.randint(0, 59):02d}"]
        if receipt:
            who = ctx.pick(NURSES + THERAPISTS)
            lines += ["", "Receipt Acknowledged By:",
                      f"{ctx.later_date(0, 2)} {ctx.rng.randint(7, 16):02d}:{ctx.rng.randint(0, 59):02d}"
                      f"        /es/ {es_name(who)}"]
        self.sys("signature", "\n".join(lines))

    def addendum_head(self, author: str) -> None:
        """An addendum's TIU header."""
        ctx = self.ctx
        lines = [ctx.pick(["ADDENDUM                      STATUS: COMPLETED", "ADDENDUM",
                           "ADDENDUM                       STATUS: COMPLETED"]),
                 f"DATE OF NOTE: {ctx.cprs_date(0, ctx.date)}    ENTRY DATE: {ctx.cprs_date(30)}",
                 f"      AUTHOR: {author}"]
        self.sys("addendum_header", "\n".join(lines))

    def addendum_sign(self, author: str, role: str) -> None:
        """An addendum's signature."""
        ctx = self.ctx
        self.sys("addendum_signature", f"/es/ {es_name(author)}\n{role}\nSigned: {ctx.later_date(0, 2)} "
                                       f"{ctx.rng.randint(8, 18):02d}:{ctx.rng.randint(0, 59):02d}")

    def text(self) -> tuple[list[tuple[str, str, bool]], list[str]]:
        """Blocks and their section keys."""
        return self.blocks, [key for key, _, _ in self.blocks]


# ====================================================================================== simulation notes

TITLES = {
    "sim_note": [("RADIATION ONCOLOGY SIMULATION NOTE", "RADIATION ONCOLOGY NOTE"),
                 ("RAD ONC TREATMENT PLANNING/SIMULATION", "RADIATION ONCOLOGY PROCEDURE NOTE"),
                 ("RADIATION ONC SIM NOTE", "RADIATION ONCOLOGY NOTE")],
    "ct_sim_procedure": [("RADIATION ONCOLOGY CT SIMULATION PROCEDURE", "RADIATION ONCOLOGY PROCEDURE NOTE"),
                         ("CT SIM PROCEDURE - RAD ONC", "RADIATION ONCOLOGY PROCEDURE NOTE")],
    "mr_sim": [("RAD ONC MR SIMULATION", "RADIATION ONCOLOGY PROCEDURE NOTE"),
               ("MRI SIMULATION - RADIATION ONCOLOGY", "RADIATION ONCOLOGY NOTE")],
    "resim": [("RADIATION ONCOLOGY RE-SIMULATION", "RADIATION ONCOLOGY PROCEDURE NOTE"),
              ("RAD ONC RESIM/REPLAN NOTE", "RADIATION ONCOLOGY NOTE")],
    "srs_sbrt_sim": [("RAD ONC SRS/SBRT SIMULATION", "RADIATION ONCOLOGY PROCEDURE NOTE"),
                     ("STEREOTACTIC SIMULATION NOTE", "RADIATION ONCOLOGY PROCEDURE NOTE")],
    "palliative_setup": [("RAD ONC PALLIATIVE SIM/SETUP", "RADIATION ONCOLOGY PROCEDURE NOTE"),
                         ("RADIATION ONCOLOGY URGENT SETUP NOTE", "RADIATION ONCOLOGY NOTE")],
    "electron_setup": [("RAD ONC ELECTRON SETUP", "RADIATION ONCOLOGY PROCEDURE NOTE"),
                       ("CLINICAL SETUP - ELECTRONS", "RADIATION ONCOLOGY NOTE")],
    "brachy_procedure": [("RAD ONC BRACHYTHERAPY PROCEDURE", "RADIATION ONCOLOGY PROCEDURE NOTE"),
                         ("HDR APPLICATOR INSERTION/VERIFICATION", "BRACHYTHERAPY PROCEDURE NOTE")],
    "order_plus_sim": [("RAD ONC SIMULATION ORDER AND PROCEDURE", "RADIATION ONCOLOGY PROCEDURE NOTE"),
                       ("SIM ORDER/CT SIM RECORD", "RADIATION ONCOLOGY NOTE")],
    "therapist_sim_note": [("RADIATION THERAPIST SIMULATION NOTE", "RADIATION THERAPY NOTE"),
                           ("RTT CT SIM LOG", "RADIATION THERAPY NOTE")],
    "nurse_sim_note": [("RAD ONC NURSING - SIMULATION", "NURSING NOTE"),
                       ("RADIATION ONCOLOGY NURSING NOTE (CT SIM)", "NURSING NOTE")],
}

H = {
    "ident": ["Diagnosis", "Dx", "Indication", "Oncologic diagnosis", "Reason for simulation", "Dx/Intent"],
    "hx": ["Brief history", "HPI", "Interval history", "History", "Clinical summary", "Background"],
    "consent": ["Consent/time-out", "Consent", "Universal protocol", "Time out"],
    "setup": ["Position/immobilization", "Setup", "Patient positioning", "Immobilization", "Positioning"],
    "imaging": ["Imaging", "Scan", "Simulation imaging", "Image acquisition", "Images obtained"],
    "special": ["Special procedures", "Technique", "Special considerations", "Special techniques/devices",
                "Complexity items"],
    "areas": ["Treatment areas", "Target(s)", "Sites", "Fields/areas", "Treatment volumes"],
    "necessity": ["Medical necessity", "Complexity rationale", "Rationale", "Justification", "Why complex"],
    "plan": ["Plan", "Next steps", "Disposition", "Plan/follow-up", "Coordination"],
    "rx": ["Intended prescription", "Rx (intended)", "Dose intent", "Planned dose"],
    "tracking": ["Consult tracking", "Community care", "Consults"],
}


RX = {
    "default": [("70", "35"), ("60", "30"), ("50.4", "28"), ("45", "25"), ("66", "33")],
    "srs": [("18", "1"), ("20", "1"), ("27", "3"), ("30", "5")],
    "spine_sbrt": [("24", "2"), ("27", "3"), ("16", "1")],
    "liver": [("50", "5"), ("45", "3"), ("40", "5")],
    "bone_mets": [("8", "1"), ("20", "5"), ("30", "10")],
    "palliative": [("20", "5"), ("30", "10"), ("8", "1"), ("45", "15")],
    "whole_brain": [("30", "10"), ("20", "5"), ("25", "10")],
    "skin": [("50", "20"), ("40", "10"), ("35", "5")],
    "breast": [("40.05", "15"), ("50", "25"), ("42.56", "16")],
    "lung": [("60", "30"), ("50", "5"), ("54", "3")],
    "prostate": [("70", "28"), ("78", "39"), ("36.25", "5"), ("60", "20")],
    "gyn_brachy": [("28", "4"), ("7", "1"), ("30", "5")],
}


def wrong_count(n: int) -> int:
    """A plausible wrong count for a corrected addendum."""
    return n - 1 if n > 1 else 2


def retract_sentence(ctx: Ctx, feat: str) -> tuple[str, str]:
    """Body sentence that an addendum retracts, and the retraction."""
    word = FEAT_WORD[feat]
    body = {
        "contrast": ["IV contrast given for the scan.", "Contrast administered per protocol."],
        "arc_rotational": ["VMAT plan.", "Technique: VMAT."],
        "custom_shielding": ["Custom Cerrobend block made.", "Custom block fabricated."],
        "complex_blocking": ["Complex blocking used.", "Complex blocking required."],
        "particle": ["Simulated for proton therapy.", "Proton position used."],
        "hyperthermia": ["Hyperthermia probe verified.", "Hyperthermia catheter checked."],
    }[feat]
    retract = ctx.pick([
        f"Correction to the note above: {word} was NOT part of this simulation; that line was entered in error.",
        f"Please disregard the statement about {word} - it was not done (template default left in).",
        f"CORRECTION: no {word}. Original note entered in error on that point.",
        f"Clarification: {word} was listed by mistake; it was not used at this simulation.",
    ])
    return ctx.pick(body), retract


class SimComposer:
    """Composes simulation documents."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.plan = ctx.plan
        self.w = Writer(ctx)
        self.trap_lines: dict[str, list[str]] = {}
        self.addendum: list[str] = []
        self.addendum_author: str | None = None

    def add(self, section: str, line: str) -> None:
        """Attach a line to a section."""
        self.trap_lines.setdefault(section, []).append(line)

    # ------------------------------------------------------------------ evidence
    def mod_lines(self) -> list[str]:
        """Mod lines."""
        ctx, plan = self.ctx, self.plan
        out = []
        for mod in plan.modalities:
            if mod == "CT" and "4dct_alone" in plan.traps:
                out.append(ctx.pick([
                    f"{ev('M', 'CT', '4DCT')} acquired (10 phases, Anzai belt); ITV built from MIP, motion "
                    f"{ctx.rng.randint(6, 14)} mm SI.",
                    f"Respiratory-correlated {ev('M', 'CT', '4DCT')} obtained for motion assessment.",
                    f"{ev('M', 'CT', '4D CT')} with amplitude binning; free-breathing average used for planning."]))
            elif mod == "MRI" and "fused_old_contrast" in plan.traps:
                out.append(ctx.pick([
                    f"Diagnostic {ev('M', 'MRI', 'MRI')} with gadolinium from {ctx.old_date(10, 50)} fused to the "
                    f"planning CT for contouring.",
                    f"{ev('M', 'MRI', 'MRI')} ({ctx.old_date(10, 50)}, post-gadolinium T1) registered to the sim "
                    f"dataset."]))
            elif mod == "PET" and "fused_old_contrast" in plan.traps and "MRI" not in plan.modalities:
                out.append(f"{ev('M', 'PET', 'PET/CT')} of {ctx.old_date(10, 50)} (done with IV contrast at the "
                           f"outside facility) fused for target delineation.")
            elif mod == "MRI" and plan.note_type == "mr_sim":
                out.append(ctx.pick([
                    f"{ev('M', 'MRI', 'MR simulation')} performed on the 1.5T with flex coils in treatment position.",
                    f"Planning {ev('M', 'MRI', 'MRI')} acquired on the radiotherapy-flat tabletop, T2 and T1 3D."]))
            else:
                out.append(ph.modality(ctx, mod))
        return out

    def feat_lines(self) -> list[str]:
        """Feat lines."""
        return [ph.feature(self.ctx, f) for f in self.plan.features]

    def rationale_lines(self) -> list[str]:
        """Rationale lines."""
        ctx, plan = self.ctx, self.plan
        out = []
        if plan.rationale:
            out.append(ph.rationale(ctx, plan.rationale, lead=ctx.chance(0.75)))
        if "bare_assertion" in plan.traps:
            out.insert(ctx.rng.randint(0, len(out)), ctx.pick(ph.BARE))
        if not plan.rationale and "blank_rationale" in plan.traps:
            out.append(ctx.pick(["*** Template field not completed ***", "Not answered", "___",
                                 "[ ] Documented  (see attending)"]))
        if not plan.rationale and "copied_rationale" in plan.traps:
            out.append(f"(copied from {ctx.rng.randint(2016, 2021)} sim note, prior course:) " + ph.rationale_reason(
                ctx, ctx.pick(["OAR proximity", "irregular target"])) + ".")
        return out

    # ------------------------------------------------------------------ traps
    def place_traps(self) -> None:
        """Place traps."""
        ctx, plan = self.ctx, self.plan
        missing_feats = [f for f in ALL_FEATS if f not in plan.features]
        missing_mods = [m for m in ("MRI", "PET") if m not in plan.modalities]
        for trap in plan.traps:
            if trap == "negated_feature":
                f = ctx.pick(["contrast", "contrast", *missing_feats]) if "contrast" in missing_feats else ctx.pick(
                    missing_feats)
                self.add("special", ph.trap_text(ctx, ph.NEGATED, f))
            elif trap == "planned_feature":
                self.add("plan", ph.trap_text(ctx, ph.PLANNED, ctx.pick(missing_feats)))
            elif trap == "blank_template":
                self.add("special", ph.trap_text(ctx, ph.BLANK, ctx.pick(missing_feats)))
            elif trap == "planned_modality":
                self.add("plan", ph.trap_text(ctx, ph.PLANNED_MOD, ctx.pick(missing_mods)))
            elif trap == "negated_modality":
                self.add("imaging", ph.trap_text(ctx, ph.NEGATED_MOD, ctx.pick(missing_mods)))
            elif trap == "historical_imaging":
                self.add("hx", ctx.pick(["Prior imaging: ", "Reviewed ", "Diagnostic workup: ", ""]) +
                         ph.hist_imaging(ctx) + ".")
            elif trap == "historical_contrast":
                self.add("hx", ph.trap_text(ctx, {"x": ph.HIST_CONTRAST}, "x").replace("{d}", ctx.old_date(20, 90)))
            elif trap == "other_person":
                self.add("hx", ph.other_person(ctx))
            elif trap == "mlc_only":
                self.add("special", ctx.pick(ph.MLC))
            elif trap == "bolus":
                self.add("setup", ctx.pick(ph.BOLUS))
            elif trap == "contrast_allergy":
                self.add("hx", ph.trap_text(ctx, {"x": ph.ALLERGY}, "x"))
            elif trap == "consult_tracking":
                self.add("tracking", self.tracking_line())
            elif trap == "prior_course_mention":
                self.add("hx", ctx.pick([
                    f"Remote RT {ctx.rng.randint(1998, 2015)} to a different region (no overlap with current volume).",
                    f"Prior course: {ctx.pick(['prostate', 'left chest wall', 'larynx', 'skin of back'])} "
                    f"{ctx.rng.randint(2001, 2016)}, not relevant to current fields."]))
            elif trap == "many_beams_one_target":
                self.add("areas", ctx.pick([
                    f"{ctx.pick(['7', '9', '5'])}-field IMRT arrangement, all beams to the single target.",
                    "Opposed laterals plus AP boost field, one target.",
                    f"Four-field box ({ctx.pick(['AP/PA', '0/90/180/270'])}) to one volume.",
                    f"{ctx.pick(['Seven', 'Nine', 'Eleven'])} coplanar beams planned to one PTV."]))
            elif trap == "custom_immobilization":
                self.add("setup", ctx.pick([
                    "Custom-molded Vac-Lok made today (immobilization only).",
                    "Custom thermoplastic mask fabricated for immobilization.",
                    "Custom knee/foot immobilizer indexed to the couch."]))
            elif trap == "reminder_residue":
                self.add("special", ctx.pick([
                    "Pregnancy status: N/A  Pacemaker/ICD: [ ] YES  [X] NO",
                    "Fall risk reassessed: Not answered",
                    "Tattoos placed: [X] YES  [ ] NO",
                    "Interpreter needed: [ ] YES  [X] NO"]))
        if "many_beams_one_target" in plan.traps and len(ph.area_count_keys(plan.areas)) != 1:
            raise ValueError("many beams trap needs one area")

    def tracking_line(self) -> str:
        """Tracking line."""
        ctx = self.ctx
        return ctx.pick([
            f"Consult: COMMUNITY CARE-RADIATION ONCOLOGY ({ctx.pick(PARTNER)}) #{ctx.rng.randint(100000, 999999)}  "
            f"Status: {ctx.pick(['SCHEDULED', 'PENDING', 'ACTIVE', 'COMPLETE/UPDATE'])}",
            f"CC consult tracking: records request to {ctx.pick(PARTNER)} sent {ctx.old_date(3, 30)}; "
            f"{ctx.pick(['awaiting images', 'received, scanned to VistA Imaging', 'no response yet'])}.",
            f"Consult {ctx.rng.randint(1000, 9999)} (DENTAL PRE-RT EVAL) - {ctx.pick(['COMPLETE', 'SCHEDULED'])}",
        ])

    # ------------------------------------------------------------------ addendum variants
    def apply_addendum(self, areas_lines: list[str]) -> list[str]:
        """Returns the areas lines to use in the body; sets the addendum text."""
        ctx, plan = self.ctx, self.plan
        kind = next((t for t in plan.traps if t.startswith("addendum_")), None)
        if kind is None:
            return areas_lines
        self.addendum_author = ctx.pick([self.w.attending, self.w.author])
        if kind == "addendum_retract_feature":
            feat = ctx.pick([f for f in ALL_FEATS if f not in plan.features])
            body, retract = retract_sentence(ctx, feat)
            self.add("special", body)
            self.addendum = [retract]
        elif kind == "addendum_adds_feature":
            feat = plan.features[-1]
            word = FEAT_WORD[feat]
            self.add("special", ctx.pick([f"No {word}.", f"{word.capitalize()}: no."]))
            self.addendum = [ctx.pick(["Late entry - omitted from the note above: ", "ADDENDUM to correct: ",
                                       "Correction: "]) + ph.feature(ctx, feat)]
            self.skip_feature = feat
        elif kind == "addendum_fix_count":
            n = len(ph.area_count_keys(plan.areas))
            bad = wrong_count(n)
            self.addendum = [ctx.pick([
                f"Correction: the number of treatment areas is {ev('A', str(n), ph.count_word(ctx, n))}, not {bad}.",
                f"Area count corrected to {ev('A', str(n), f'{ph.count_word(ctx, n)} areas')} (note said {bad}).",
            ])]
            return [f"Number of areas: {ph.count_word(ctx, bad)}."]
        elif kind == "addendum_retract_modality":
            mod = ctx.pick([m for m in ("MRI", "PET") if m not in plan.modalities])
            self.add("imaging", f"{mod} fused to the planning CT.")
            self.addendum = [ctx.pick([
                f"Correction: the {mod} was NOT fused - images were from another veteran's study and were removed.",
                f"{mod} fusion did not happen (study unavailable); contours drawn on CT alone. Disregard above.",
            ])]
        return areas_lines

    # ------------------------------------------------------------------ main
    def compose(self) -> Writer:
        """Compose."""
        ctx, plan, w = self.ctx, self.plan, self.w
        self.skip_feature: str | None = None
        nt = plan.note_type
        local, std = ctx.pick(TITLES[nt])
        if nt == "therapist_sim_note":
            w.author = ctx.pick(THERAPISTS)
        elif nt == "nurse_sim_note":
            w.author = ctx.pick(NURSES)
        elif ctx.chance(0.3) and "attestation_bare" not in plan.traps:
            w.author = w.attending
        resident = w.author in RESIDENTS
        cosigner = w.attending if resident else None
        w.header(local, std, w.author, cosigner)

        area_lines = ph.area_lines(ctx, plan.area_form) if plan.areas else []
        area_lines = self.apply_addendum(area_lines)
        self.place_traps()
        feats = [ph.feature(ctx, f) for f in plan.features if f != self.skip_feature]
        mods = self.mod_lines()
        rats = self.rationale_lines()

        # pre-content by note type
        dx = ctx.fmt(ctx.pick(ctx.site.dxs))
        ident = [dx[0].upper() + dx[1:] + "."]
        if ctx.chance(0.5):
            if plan.site in ("bone_mets", "palliative", "whole_brain"):
                ident.append(ctx.pick(["Intent: palliative.", "Palliative intent", "Goal: symptom control."]))
            else:
                ident.append(ctx.pick(["Intent: curative.", "Goal: definitive treatment.", "Treatment intent - "
                                       "curative", "Intent: definitive"]))
        if plan.style == "long":
            w.sec("ident", ctx.pick(H["ident"]), ident)
            for name in ctx.rng.sample(["interval", "problems", "meds", "vitals", "labs", "exposures", "social", "ros",
                                        "exam", "screens"], 10):
                w.filler_block(name)
            w.sec("hx", ctx.pick(H["hx"]), self.hx_lines())
            w.sec("counseling", ctx.pick(["Counseling", "Education/psychosocial", "Discussion"]),
                  extras.pick_fill(ctx, extras.COUNSEL, ctx.rng.randint(2, 4)), layout="prose")
        elif nt not in ("therapist_sim_note", "nurse_sim_note"):
            w.sec("ident", ctx.pick(H["ident"]), ident)
            if ctx.chance(0.7) or self.trap_lines.get("hx"):
                w.sec("hx", ctx.pick(H["hx"]), self.hx_lines())

        if plan.outcome == "U_blank":
            self.blank_or_aborted()
            w.signature(w.author, "RESIDENT PHYSICIAN" if resident else "STAFF RADIATION ONCOLOGIST", cosigner)
            return w
        if plan.outcome == "U_unknown":
            area_lines = [self.unknown_area_line()]

        order_items: list[str] = []
        if nt == "order_plus_sim":
            order_items = self.order_block()

        if nt in ("therapist_sim_note", "nurse_sim_note"):
            self.staff_note(ident, mods, feats, area_lines, rats)
        elif nt == "brachy_procedure":
            self.brachy(mods, feats, area_lines, rats)
        else:
            self.physician_body(mods, feats, area_lines, rats, order_items)

        if self.trap_lines.get("tracking"):
            w.sec("tracking", ctx.pick(H["tracking"]), self.trap_lines["tracking"])
        role = {"therapist_sim_note": "RADIATION THERAPIST", "nurse_sim_note": "REGISTERED NURSE"}.get(
            nt, "RESIDENT PHYSICIAN" if resident else "STAFF RADIATION ONCOLOGIST")
        if (resident and ctx.chance(0.6)) or "attestation_bare" in plan.traps:
            att = [ctx.pick([
                "I saw and examined the veteran with the resident and agree with the note as written.",
                "Staff note: I was present for the key portions of the simulation and agree with the resident's "
                "documentation.",
                "Attending attestation - agree with above, case discussed with resident."])]
            if "attestation_bare" in plan.traps:
                att.append(ctx.pick(ph.BARE))
            w.sec("attestation", ctx.pick(["Attending attestation", "Staff attestation", "Supervising physician"]),
                  att)
        w.signature(w.author, role, cosigner, receipt=ctx.chance(0.4))
        if self.addendum:
            who = self.addendum_author or w.attending
            w.addendum_head(who)
            w.sec("addendum", "", self.addendum, layout="prose")
            w.addendum_sign(who, "STAFF RADIATION ONCOLOGIST" if who in ATTENDINGS else "RESIDENT PHYSICIAN")
        return w

    def unknown_area_line(self) -> str:
        """Unknown area line."""
        ctx = self.ctx
        if "blank_area_count" in self.plan.traps:
            return ctx.pick(["Number of treatment areas: ___",
                             "Treatment area(s): *** Template field not completed ***",
                             "# of areas: Not answered", "Sites/areas: [blank]"])
        return ctx.pick(["Treatment sites: multiple, see dosimetry plan.", "Areas: several sites as in the consult.",
                         "Sites per attending mark-up on the DRRs.", "Multiple areas - details in the plan."])

    def blank_or_aborted(self) -> None:
        """Blank or aborted."""
        ctx, w, plan = self.ctx, self.w, self.plan
        if "aborted_simulation" in plan.traps:
            lines = [ctx.pick([
                "Veteran placed on the CT couch but could not lie flat because of back pain despite premedication; "
                "simulation aborted before any scanning.",
                "Simulation cancelled at check-in: creatinine 3.1 and the attending wants contrast; rescheduled.",
                "He became short of breath when supine (O2 sat 86%); procedure stopped, no images acquired.",
                "Mask molding started, veteran had a panic episode (PTSD); stopped at his request. Will return with "
                "premedication."]),
                ctx.pick(["Planned: IV contrast and MRI fusion at the rescheduled sim.",
                          f"Rescheduled for {ctx.later_date(2, 8)}.", "Attending notified; will discuss sedation."]),
                ctx.pick(["No charge for simulation today.", "Procedure incomplete.", "Not performed."])]
            w.sec("aborted", ctx.pick(["Procedure", "Simulation", "Event"]), lines)
        else:
            lines = ["Simulation date: " + ctx.short_date(),
                     ctx.pick(["Treatment site(s): ___", "Sites: *** Template field not completed ***"]),
                     ctx.pick(["Imaging: [ ] CT  [ ] MRI  [ ] PET  [ ] Fluoro", "Scan type: Not answered"]),
                     ctx.pick(["Contrast: [ ] YES  [ ] NO", "Contrast: ___"]),
                     ctx.pick(["Special technique: *** Template field not completed ***", "[ ] VMAT  [ ] Blocks"]),
                     ctx.pick(["Medical necessity: ___", "Rationale: Not answered"]),
                     ctx.pick(["Note started in error - see later note.", "", "(template saved without entries)"])]
            w.sec("blank_template", ctx.pick(["SIMULATION TEMPLATE", "Sim details", "CT SIM"]), lines,
                  layout="template")

    def hx_lines(self) -> list[str]:
        """Hx lines."""
        ctx = self.ctx
        base = ctx.pick([
            f"{ctx.pick(['Pleasant', 'This', 'A'])} {ctx.rng.randint(54, 88)} y/o "
            f"{ctx.pick(['male', 'female']) if ctx.plan.site in ('cervix', 'gyn_brachy', 'breast') else 'male'} "
            f"veteran seen in consult {ctx.old_date(7, 30)}.",
            f"Seen in consultation {ctx.old_date(7, 30)}; consent signed at that visit.",
            f"Veteran returns for simulation after consult with Dr. {es_name(self.w.attending).split()[-1].title()}.",
            f"Referred from {ctx.pick(['hem/onc', 'surgery', 'the tumor board', 'PCP'])} at "
            f"{ctx.pick(DIVISIONS).title()}.",
        ])
        more = extras.pick_fill(ctx, extras.HX_EXTRA, ctx.rng.randint(1, 3))
        return [base, *more, *self.trap_lines.get("hx", [])]

    def order_block(self) -> list[str]:
        """Order block."""
        ctx, plan = self.ctx, self.plan
        items = [f"Site: {ctx.pick(['see consult', 'per attending', 'as discussed'])}",
                 f"Position: {ctx.pick(ctx.site.position)}",
                 f"Immobilization: {ctx.pick(ctx.site.immob)}"]
        for f in plan.features:
            items.append(f"{FEAT_WORD[f].capitalize()}: requested")
        for m in plan.modalities:
            if m != "CT":
                items.append(f"{m} fusion: requested")
        if "order_vs_procedure" in plan.traps:
            f = ctx.pick([f for f in ALL_FEATS if f not in plan.features])
            items.append(f"{FEAT_WORD[f].capitalize()}: YES")
            self.add("special", ctx.pick([
                f"Ordered {FEAT_WORD[f]} was not done today ({ctx.pick(_COMPOSE_582_1)}).",
                f"{FEAT_WORD[f].capitalize()} on the order was cancelled at the time of simulation."]))
        items.append(f"Scheduled: {ctx.short_date()} {ctx.time()}")
        self.w.sec("order", ctx.pick(["SIMULATION ORDER", "Order (intent only)", "RAD ONC SIM ORDER"]), items,
                   layout="template")
        return items

    def physician_body(self, mods: list[str], feats: list[str], areas: list[str], rats: list[str],
                       order_items: list[str]) -> None:
        """Physician body."""
        ctx, plan, w = self.ctx, self.plan, self.w
        nt = plan.note_type
        setup = [f"{ctx.pick(['Position', 'Positioned', 'Patient placed'])}: {ctx.pick(ctx.site.position)}.",
                 f"Immobilization: {ctx.pick(ctx.site.immob)}."]
        if ctx.chance(0.6):
            setup.append(ctx.pick(["Three tattoos placed at the reference isocenter.", "BBs on lateral and AP marks.",
                                   "Reference marks tattooed, photos taken.", "Skin marks covered with Tegaderm."]))
        setup += extras.setup_extra(ctx) + self.trap_lines.get("setup", [])
        intro: list[str] = []
        if nt == "ct_sim_procedure":
            intro = [ctx.pick(["Procedure: CT simulation for radiation treatment planning.",
                               "PROCEDURE PERFORMED: treatment planning simulation.",
                               "The veteran was brought to the CT simulator suite."]),
                     f"Pre-procedure screening: creatinine {ctx.rng.uniform(0.7, 1.9):.1f}, allergies reviewed, "
                     f"{ctx.pick(['two identifiers confirmed', 'ID band checked', 'time-out done'])}."]
        elif nt == "mr_sim":
            intro = [ctx.pick(["MRI safety screening form reviewed and signed; no implants of concern.",
                               "MR screening: cleared by MR tech (shrapnel X-rays negative)."])]
        elif nt == "resim":
            intro = [ctx.pick(["Re-simulation due to weight loss of 11 lb and a loose mask.",
                               "Resim for cone-down/boost phase.", "Re-simulated because of a change in bladder "
                               "filling and rectal distension on CBCT.", "Re-sim for replan after tumor shrinkage."])]
            if "copy_forward" in plan.traps:
                intro.append(self.copy_block())
        elif nt == "srs_sbrt_sim":
            intro = [ctx.pick(["Stereotactic simulation today.", "SBRT/SRS simulation with physics present.",
                               "Frameless stereotactic setup; physicist and attending present."])]
        elif nt == "palliative_setup":
            intro = [ctx.pick(["Urgent palliative setup same day as consult.",
                               "Add-on palliative simulation for pain control.",
                               "Emergent setup, veteran in significant pain; premedicated with oxycodone 5 mg."])]
            if not plan.modalities:
                intro.append(ctx.pick(["Clinical setup at the linac on skin landmarks; no CT or fluoro performed.",
                                       "No imaging - fields placed clinically on the treatment couch by light field.",
                                       "Clinical markup only (no planning scan)."]))
        elif nt == "electron_setup":
            intro = [ctx.pick(["Electron setup at the linac.", "Clinical electron field setup.",
                               "En face electron field set clinically."])]
            if not plan.modalities:
                intro.append(ctx.pick(["No CT; lesion outlined with wire and margin drawn on skin.",
                                       "Clinical setup, no imaging performed.",
                                       "Margin drawn clinically; no simulation scan was needed."]))
        if nt != "resim" and "copy_forward" in plan.traps:
            intro.append(self.copy_block())
        if intro:
            w.sec("procedure", ctx.pick(["Procedure", "Procedure note", "Today", "Details"]), intro)
        imaging = bool(plan.modalities)
        if imaging and ctx.chance(0.8):
            w.sec("process", ctx.pick(["Simulation procedure", "Procedure description", "Description"]),
                  [ctx.pick(extras.PROCESS)], layout="prose" if plan.layout != "bullets" else None)
        if ctx.chance(0.55):
            w.sec("timeout", ctx.pick(["Time-out", "Universal protocol", "Verification"]), [extras.timeout(ctx)])
        if plan.layout == "reminder":
            w.sec("reminders", ctx.pick(["Pre-sim checklist", "Reminder dialog", "Checklist"]),
                  ctx.rng.sample(extras.REMINDER_RESIDUE, ctx.rng.randint(2, 5)))
        parts: list[tuple[str, str, list[str]]] = [
            ("setup", ctx.pick(H["setup"]), setup),
            ("imaging", ctx.pick(H["imaging"]), mods + self.trap_lines.get("imaging", [])),
            ("special", ctx.pick(H["special"]), feats + self.trap_lines.get("special", [])),
        ]
        ctx.rng.shuffle(parts)
        area_part = ("areas", ctx.pick(H["areas"]), areas + self.trap_lines.get("areas", []))
        parts.insert(ctx.rng.randint(0, len(parts)), area_part)
        nec = ("necessity", ctx.pick(H["necessity"]), rats)
        if ctx.chance(0.3):
            parts.insert(0, nec)
        else:
            parts.append(nec)
        if plan.layout == "prose" and ctx.chance(0.5):
            # one flowing paragraph for the middle
            lines = [line for _, _, ls in parts for line in ls]
            w.sec("procedure_text", "", lines)
        else:
            for key, heading, lines in parts:
                w.sec(key, heading, lines)
        if ctx.chance(0.5):
            dose, fx = ctx.pick(RX.get(plan.site, RX["default"]))
            w.sec("rx", ctx.pick(H["rx"]), [ctx.pick([f"{dose} Gy in {fx} fractions", f"{dose} Gy/{fx} fx",
                                                      f"{dose} Gy in {fx} fx", f"{dose} Gy ({fx} fractions)"])])
        first = ctx.pick([
            "Contours and plan to follow; start in about 7-10 days.",
            f"Tentative start {ctx.later_date(5, 14)} pending plan approval.",
            "Dosimetry notified; physics check to follow.",
            "Veteran given sim instructions and appointment card.",
        ])
        plan_lines = [first, *extras.pick_fill(ctx, extras.PLAN_EXTRA, ctx.rng.randint(0, 2)),
                      *self.trap_lines.get("plan", [])]
        w.sec("plan", ctx.pick(H["plan"]), plan_lines)
        if ctx.chance(0.5):
            w.sec("instructions", ctx.pick(["Instructions", "Patient education", "Discharge instructions"]),
                  [ctx.pick(extras.INSTRUCTIONS)])
        if imaging and ctx.chance(0.6):
            w.sec("handoff", ctx.pick(["Handoff", "Planning workflow", "Next steps in planning"]),
                  [ctx.pick(extras.HANDOFF)])
        if ctx.chance(0.5):
            w.sec("setup_instructions", ctx.pick(["Setup instructions", "Daily setup", "For the treatment unit"]),
                  [ctx.pick(extras.SETUP_STANDARD)])
        if self.w.author in RESIDENTS and ctx.chance(0.6):
            w.raw("resident_note", ctx.pick(extras.RESIDENT_DISCLAIMER))
        if ctx.chance(0.35):
            w.raw("footer", ctx.pick(extras.FOOTERS[2:] if not imaging else extras.FOOTERS))

    def copy_block(self) -> str:
        """Copy block."""
        ctx, plan = self.ctx, self.plan
        feat = ctx.pick([f for f in ALL_FEATS if f not in plan.features])
        yr = ctx.rng.randint(2015, 2021)
        marker = ctx.pick([f"--- copied from RAD ONC SIM NOTE dated {ctx.rng.randint(1, 12)}/{yr} (prior course) ---",
                           f"[Prior course {yr}, text copied forward:]",
                           f"**Copied from {yr} simulation note (previous course):**"])
        return (f"{marker} {FEAT_WORD[feat].capitalize()} was used; "
                f"{ctx.pick(['veteran tolerated well', 'no complications', 'setup reproducible'])}. "
                f"{ctx.pick(['--- end copied text ---', '[end of copied text]', '(end copy)'])}")

    def brachy(self, mods: list[str], feats: list[str], areas: list[str], rats: list[str]) -> None:
        """Brachy."""
        ctx, w = self.ctx, self.w
        app = ctx.pick(["tandem and ring", "tandem and ovoids", "vaginal cylinder (3.0 cm)", "interstitial template"])
        if ctx.plan.site == "prostate":
            app = ctx.pick(["HDR prostate template with 16 catheters", "transperineal catheters (18)"])
        proc = [f"Under {ctx.pick(['MAC sedation', 'spinal anesthesia', 'general anesthesia', 'conscious sedation'])} "
                f"the {app} was placed {ctx.pick(_COMPOSE_711_2)}.",
                f"Packing: {ctx.pick(['vaginal packing with contrast-free gauze', 'rectal retractor', 'none'])}. "
                f"Foley {ctx.pick(['placed', 'in place'])}."]
        parts = [("procedure", ctx.pick(["Procedure", "Insertion", "Applicator placement"]), proc),
                 ("imaging", ctx.pick(H["imaging"]), mods + self.trap_lines.get("imaging", [])),
                 ("verification", ctx.pick(["Verification", "Applicator check", "Position check"]),
                  feats + self.trap_lines.get("special", [])),
                 ("areas", ctx.pick(H["areas"]), areas + self.trap_lines.get("areas", [])),
                 ("necessity", ctx.pick(H["necessity"]), rats)]
        for key, heading, lines in parts:
            w.sec(key, heading, lines)
        w.sec("plan", ctx.pick(H["plan"]), [ctx.pick(["Fraction 1 of 5 to follow after planning.",
                                                    "Applicator removed after treatment; tolerated well.",
                                                    "Physics to plan, second check by physicist."]),
                                          *self.trap_lines.get("plan", [])])

    def staff_note(self, ident: list[str], mods: list[str], feats: list[str], areas: list[str],
                   rats: list[str]) -> None:
        """Staff note."""
        ctx, plan, w = self.ctx, self.plan, self.w
        nt = plan.note_type
        lines: list[str] = []
        if nt == "therapist_sim_note":
            lines.append(ctx.pick(["Veteran arrived for sim, ID x2 verified.", "Pt checked in, 2 identifiers.",
                                   "Time-out completed with MD and RTT."]))
            lines.append(f"Positioned {ctx.pick(ctx.site.position)}; {ctx.pick(ctx.site.immob)} made.")
        else:
            lines.append(ctx.pick([f"{ctx.rng.choice(['20', '22'])}g IV placed {ctx.pick(['R', 'L'])} AC, "
                                   f"flushed without difficulty.", "Veteran screened for contrast allergy and renal "
                                   "function prior to sim.", "Pre-sim nursing assessment done, vitals stable."]))
        lines += self.trap_lines.get("hx", []) + self.trap_lines.get("setup", [])
        lines += mods + feats + self.trap_lines.get("imaging", []) + self.trap_lines.get("special", [])
        lines += areas + self.trap_lines.get("areas", [])
        lines += rats
        lines += self.trap_lines.get("plan", [])
        lines.append(ctx.pick(["Tolerated well; discharged ambulatory.", "Appt card given for start.",
                               "Veteran left the department in stable condition.", "Questions answered."]))
        if plan.layout == "log":
            if ctx.chance(0.5):
                w.sec("ident", ctx.pick(H["ident"]), ident, layout="template")
            w.sec("log", ctx.pick(["SIM LOG", "Procedure log", ""]), lines)
        else:
            w.sec("ident", ctx.pick(H["ident"]), ident)
            w.sec("staff", ctx.pick(["Note", "Nursing note", "RTT note", "Summary"]), lines)
        if nt == "nurse_sim_note" or ctx.chance(0.3):
            w.sec("education", ctx.pick(["Education", "Nursing assessment", "Assessment"]),
                  ctx.rng.sample(extras.NURSE_BOILER, ctx.rng.randint(1, 3)), layout="template")
        if ctx.chance(0.4):
            w.sec("checklist", ctx.pick(["Checklist", "Sim checklist"]),
                  ctx.rng.sample(extras.REMINDER_RESIDUE, ctx.rng.randint(2, 4)), layout="template")
        if ctx.chance(0.3):
            w.raw("footer", ctx.pick(extras.FOOTERS))


# ====================================================================================== non-simulation


class NonSimComposer:
    """Documents that record no simulation; every mention is historical, planned or about treatment."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.plan = ctx.plan
        self.w = Writer(ctx)

    def trap_lines(self) -> list[str]:
        """Trap lines."""
        ctx, plan = self.ctx, self.plan
        out = []
        for trap in plan.traps:
            if trap == "historical_imaging":
                out.append(ph.hist_imaging(ctx) + ".")
            elif trap == "historical_contrast":
                out.append(ctx.pick(ph.HIST_CONTRAST).replace("{d}", ctx.old_date(20, 90)))
            elif trap == "other_person":
                out.append(ph.other_person(ctx))
            elif trap == "planned_feature":
                out.append(ph.trap_text(ctx, ph.PLANNED, ctx.pick(ALL_FEATS)))
            elif trap == "planned_modality":
                out.append(ph.trap_text(ctx, ph.PLANNED_MOD, ctx.pick(["MRI", "PET"])))
            elif trap == "consult_tracking":
                out.append(SimComposer(ctx).tracking_line())
            elif trap == "prior_course_mention":
                out.append(f"Prior RT {ctx.rng.randint(2005, 2020)}: {ctx.pick(['30 Gy', '45 Gy', '66 Gy'])} to "
                           f"{ctx.pick(['the pelvis', 'the left chest', 'the neck', 'T-spine'])}.")
        return out

    def compose(self) -> Writer:
        """Compose."""
        fn = getattr(self, self.plan.note_type)
        fn()
        self.optional()
        if self.plan.style == "long" and not any(k.startswith("f_") for k, _, _ in self.w.blocks):
            sig = self.w.blocks.pop()
            self._long()
            self.w.blocks.append(sig)
        return self.w

    def more(self, lo: int = 1, hi: int = 3) -> list[str]:
        """Extra non-evidence sentences."""
        return extras.pick_fill(self.ctx, extras.NONSIM_EXTRA, self.ctx.rng.randint(lo, hi))

    def _dx(self) -> str:
        dx = self.ctx.fmt(self.ctx.pick(self.ctx.site.dxs))
        return dx[0].upper() + dx[1:] + "."

    def _areas_text(self) -> str:
        ctx = self.ctx
        vals = [ctx.fmt(a.value) for a in ctx.site.areas[: ctx.rng.randint(1, min(3, len(ctx.site.areas)))]]
        return ", ".join(vals)

    def _long(self) -> None:
        if self.plan.style == "long":
            for name in self.ctx.rng.sample(["interval", "problems", "meds", "vitals", "labs", "exposures", "social",
                                             "ros", "exam", "screens"], 10):
                self.w.filler_block(name)

    def optional(self) -> None:
        """Optional department sections, in random order, before the signature."""
        ctx, w = self.ctx, self.w
        nt = self.plan.note_type
        options = []
        if nt in ("consult", "follow_up", "tumor_board"):
            options.append(("discussion", ctx.pick(["Discussion", "Counseling", "Consent discussion"]),
                            [ctx.pick(extras.CONSULT_DISCUSSION)]))
        if nt in ("on_treatment", "follow_up", "telephone"):
            grid = ctx.pick(extras.OTV_GRID).format(**{f"g{i}": ctx.rng.choice("0011123") for i in range(6)})
            options.append(("toxicity", ctx.pick(["Toxicity", "Symptom grid", "CTCAE"]), [grid]))
        if nt in ("treatment_summary", "follow_up"):
            options.append(("fu_plan", ctx.pick(["Follow-up plan", "Surveillance"]), [ctx.pick(extras.SUMMARY_FU)]))
        if nt in ("on_treatment", "consult", "follow_up", "tumor_board"):
            options.append(("vitals_short", "Vitals", filler.vitals(ctx)[1:4]))
            options.append(("exam_short", "Exam", [x.strip() for x in filler.exam(ctx)[1:5]]))
        if nt in ("consult", "follow_up"):
            options.append(("ros_short", "ROS", [x.strip() for x in filler.ros(ctx)[1:6]]))
            options.append(("exposure_short", "Military/exposure", [x.strip() for x in filler.exposures(ctx)[1:3]]))
        if nt in ("telephone", "secure_message", "community_care_result", "physics_chart_check"):
            options.append(("boiler", "", [ctx.pick(extras.INSTRUCTIONS if nt != "physics_chart_check" else
                                                     extras.PHYSICS_BOILER)]))
        if self.plan.layout in ("reminder", "template") or ctx.chance(0.3):
            options.append(("reminders", ctx.pick(["Clinical reminders", "Checklist"]),
                            ctx.rng.sample(extras.REMINDER_RESIDUE, ctx.rng.randint(2, 4))))
        if ctx.chance(0.3):
            options.append(("misc", ctx.pick(["Other", "Coordination", "Comments"]), self.more(1, 2)))
        ctx.rng.shuffle(options)
        sig = w.blocks.pop()
        for key, heading, lines in options[: ctx.rng.randint(min(2, len(options)), len(options))]:
            w.sec(key, heading, lines)
        if ctx.chance(0.3):
            w.raw("footer", ctx.pick(extras.FOOTERS))
        w.blocks.append(sig)

    def consult(self) -> None:
        """Consult."""
        ctx, w = self.ctx, self.w
        author = ctx.pick(RESIDENTS + ATTENDINGS)
        cos = ctx.pick(ATTENDINGS) if author in RESIDENTS else None
        w.header(ctx.pick(["RADIATION ONCOLOGY CONSULT", "RAD ONC INITIAL CONSULT", "C&P-STYLE RAD ONC CONSULT"]),
                 "RADIATION ONCOLOGY CONSULT", author, cos)
        w.sec("reason", "Reason for consult", [
            f"Requesting provider: {es_name(ctx.pick(ATTENDINGS + RESIDENTS)).title()} (hem/onc). "
            f"{ctx.pick(['Evaluate for definitive RT.', 'Please see for palliative RT.', 'Adjuvant RT question.'])}",
            self._dx()])
        self._long()
        w.sec("hx", ctx.pick(["HPI", "History of present illness"]), [
            f"{ctx.rng.randint(55, 89)} y/o veteran with {self._dx()[:-1].lower()}.", *self.trap_lines(), *self.more()])
        w.sec("assessment", ctx.pick(["Assessment and plan", "Impression/Recommendations", "A/P"]), [
            ctx.pick(["Recommend a course of radiation therapy.", "Recommend definitive chemoradiation.",
                      "Recommend palliative RT."]),
            f"Will schedule CT simulation{ctx.pick([' with IV contrast', '', ' and MRI fusion'])} next week; "
            f"likely {ctx.pick(['VMAT', '3D conformal', 'IMRT'])} to the {self._areas_text()}.",
            ctx.pick(["Risks, benefits and alternatives discussed; consent signed.",
                      "Veteran wishes to proceed; consent to be signed at sim.",
                      "He will discuss with his family and call back."])])
        w.signature(author, "RADIATION ONCOLOGY", cos, receipt=ctx.chance(0.5))

    def on_treatment(self) -> None:
        """On treatment."""
        ctx, w = self.ctx, self.w
        author = ctx.pick(RESIDENTS + ATTENDINGS)
        w.header(ctx.pick(["RAD ONC ON TREATMENT VISIT", "RADIATION ONCOLOGY WEEKLY OTV"]), "RADIATION ONCOLOGY NOTE",
                 author, ctx.pick(ATTENDINGS) if author in RESIDENTS else None)
        total = ctx.rng.choice([5, 10, 25, 28, 33, 35])
        fx = ctx.rng.randint(1, total)
        w.sec("status", "Treatment status", [
            f"Fraction {fx} of {total} to the {self._areas_text()}.",
            f"Technique: {ctx.pick(_COMPOSE_897_3)}; "
            f"daily {ctx.pick(['CBCT', 'kV imaging', 'SGRT'])} at the machine.",
            f"Toxicity: {ctx.pick(['grade 1 dermatitis', 'grade 2 mucositis', 'fatigue grade 1', 'none'])}."])
        self._long()
        w.sec("notes", ctx.pick(["Interval", "Comments", "Plan"]), [
            ctx.pick(["Continue as planned.", "Weekly labs reviewed.", "Nutrition referral placed."]),
            *self.trap_lines(), *self.more()])
        w.signature(author, "RADIATION ONCOLOGY", None)

    def treatment_summary(self) -> None:
        """Treatment summary."""
        ctx, w = self.ctx, self.w
        author = ctx.pick(ATTENDINGS)
        w.header(ctx.pick(["RADIATION TREATMENT SUMMARY", "RAD ONC END OF TREATMENT SUMMARY"]),
                 "RADIATION ONCOLOGY SUMMARY NOTE", author)
        w.sec("course", "Course", [self._dx(),
                                   f"Treated {ctx.old_date(40, 80)} to {ctx.old_date(1, 30)}: "
                                   f"{ctx.pick(['50.4', '60', '70', '45', '30'])} Gy to the {self._areas_text()}.",
                                   f"Simulation had been performed {ctx.old_date(80, 100)} "
                                   f"({ctx.pick(['see that note', 'details in sim note', 'CT-based'])})."])
        self._long()
        w.sec("follow", ctx.pick(["Follow-up", "Disposition"]), [
            f"Return in {ctx.pick(['6 weeks', '3 months', '1 month'])} with "
            f"{'PSA' if ctx.plan.site == 'prostate' else ctx.pick(['CT chest', 'MRI', 'restaging imaging', 'labs'])}.",
            *self.trap_lines(), *self.more()])
        w.signature(author, "STAFF RADIATION ONCOLOGIST", None, receipt=True)

    def tumor_board(self) -> None:
        """Tumor board."""
        ctx, w = self.ctx, self.w
        author = ctx.pick(RESIDENTS + ATTENDINGS)
        w.header("MULTIDISCIPLINARY TUMOR BOARD", "TUMOR BOARD NOTE", author)
        w.sec("case", "Case presented", [self._dx(), *self.trap_lines(), *self.more()])
        w.sec("rec", "Board recommendation", [ctx.pick([
            "Consensus: definitive radiation, simulation to be scheduled.",
            "Recommend chemoradiation; rad onc to simulate after port placement.",
            "Palliative RT recommended; consider SBRT if oligoprogressive."]),
            f"Attendees: {', '.join(es_name(x).title() for x in ctx.rng.sample(ATTENDINGS, 3))}."])
        w.signature(author, "RADIATION ONCOLOGY", None)

    def telephone(self) -> None:
        """Telephone."""
        ctx, w = self.ctx, self.w
        author = ctx.pick(NURSES)
        w.header(ctx.pick(["RAD ONC TELEPHONE CONTACT", "TELEPHONE ENCOUNTER - RAD ONC"]),
                 "TELEPHONE ENCOUNTER NOTE", author)
        w.sec("call", "", [
            f"Called veteran at {ctx.pick(['home', 'cell'])} number on file re: simulation {ctx.later_date(2, 9)}.",
            ctx.pick(["Instructed nothing by mouth 2 hours before if contrast is used.",
                      "Reminded to arrive with a comfortably full bladder.",
                      "Reviewed travel; beneficiary travel set up."]),
            *self.trap_lines(), *self.more(),
            "Veteran verbalized understanding."], layout="prose")
        w.signature(author, "RN", None)

    def secure_message(self) -> None:
        """Secure message."""
        ctx, w = self.ctx, self.w
        author = ctx.pick(NURSES + CLERKS)
        w.header("SECURE MESSAGING ENCOUNTER", "SECURE MESSAGING NOTE", author)
        w.sec("thread", "", [
            f"Message from veteran ({ctx.old_date(0, 2)}): 'Do I need to drink the barium stuff before my scan next "
            f"week? My brother said he had to.'",
            f"Reply: {ctx.pick(_COMPOSE_960_4)}",
            *self.trap_lines(), *self.more()], layout="template")
        w.signature(author, "SECURE MESSAGING", None)

    def community_care_result(self) -> None:
        """Community care result."""
        ctx, w = self.ctx, self.w
        author = ctx.pick(CLERKS)
        w.header("COMMUNITY CARE - CONSULT RESULT", "COMMUNITY CARE NOTE", author)
        w.sec("result", "", [
            f"Outside records received from {ctx.pick(PARTNER)} ({ctx.pick(PARTNER_MDS)}).",
            f"Document type: {ctx.pick(['PET/CT report', 'MRI report', 'consult letter', 'proton consult'])} dated "
            f"{ctx.old_date(5, 40)}.",
            f"Scanned into VistA Imaging {ctx.short_date()}.",
            *self.trap_lines(), *self.more()], layout="template")
        w.signature(author, "COMMUNITY CARE STAFF", None)

    def physics_chart_check(self) -> None:
        """Physics chart check."""
        ctx, w = self.ctx, self.w
        author = ctx.pick(PHYSICISTS + DOSIMETRISTS)
        w.header(ctx.pick(["MEDICAL PHYSICS WEEKLY CHART CHECK", "RAD ONC PHYSICS PLAN CHECK"]),
                 "RADIATION ONCOLOGY NOTE", author)
        w.sec("check", "Chart check", [
            f"Plan: {ctx.pick(['VMAT 2 arcs', 'IMRT 7 fields', '3D 4-field', 'electron 9 MeV'])}, "
            f"{ctx.rng.randint(1, 35)} fx delivered.",
            f"MU second check within {ctx.pick(['1.2', '2.1', '0.8'])}%.",
            ctx.pick(["Daily CBCT reviewed, shifts within tolerance.", "IGRT records complete."]),
            *self.trap_lines(), *self.more()], layout="template")
        w.signature(author, "MEDICAL PHYSICS", None)

    def follow_up(self) -> None:
        """Follow up."""
        ctx, w = self.ctx, self.w
        author = ctx.pick(ATTENDINGS + RESIDENTS)
        w.header("RAD ONC FOLLOW-UP", "RADIATION ONCOLOGY NOTE", author)
        w.sec("fu", ctx.pick(["Interval", "Follow-up visit"]), [
            self._dx(), f"Completed RT {ctx.old_date(60, 300)}.",
            ctx.pick(["No evidence of disease on exam.", "PSA nadir reached.", "Mild late fatigue only."]),
            *self.trap_lines(), *self.more()])
        self._long()
        w.signature(author, "RADIATION ONCOLOGY", None)


# option lists kept out of long lines
_COMPOSE_134_0 = [
    'RAD ONC CT SIM',
    'RADONC CLINIC',
    'RAD ONC TX RM 2',
    'RO NURSE',
]
_COMPOSE_582_1 = [
    'creatinine 2.3',
    'not needed on review',
    'equipment unavailable',
    'attending cancelled',
]
_COMPOSE_711_2 = [
    'without difficulty',
    'with mild difficulty dilating the os',
    'per plan',
]
_COMPOSE_897_3 = [
    'VMAT',
    'IMRT',
    '3D',
    'electrons with custom cutout',
    'protons (community care)',
]
_COMPOSE_960_4 = [
    'The team will let you know at check-in.',
    'Yes, if ordered; we will call.',
    'Please bring your med list.',
]
