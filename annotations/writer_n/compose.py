"""Section composition for writer N.

Simulation notes (seven kinds plus clinical set-ups and aborted sims) and non-simulation documents. Counted
evidence is markup; everything else is plain text.
"""

from __future__ import annotations

import random

from . import phrasing as ph
from .filler import long_sections
from .markup import tag
from .plan import Plan
from .vocab import (
    ANESTHESIA,
    ATTENDINGS,
    CT_SCANNER,
    DATES,
    DOSIMETRISTS,
    FELLOWS,
    INSTITUTION,
    MR_LINAC,
    NURSES,
    OLD_DATES,
    OTHER_PEOPLE,
    PHYSICISTS,
    PRIOR_YEARS,
    PROTOCOLS,
    SITES,
    THERAPISTS,
)

Section = tuple[str, str | None, list[str]]
ORDER_LABEL = {
    "contrast": "IV contrast",
    "arc_rotational": "VMAT",
    "particle": "protons",
    "custom_shielding": "custom blocks",
    "brachytherapy": "applicator",
    "complex_blocking": "complex blocking",
    "hyperthermia": "hyperthermia probes",
}

RETRACT = {
    "contrast": (
        "IV contrast administered.",
        "Correction: IV contrast was NOT given today (creatinine {cr}); please disregard the contrast entry above.",
    ),
    "arc_rotational": ("Technique: VMAT.", "Correction - this will be a 3D conformal plan, not VMAT."),
    "particle": (
        "Proton plan (PBS).",
        "Correction: photon plan; proton authorization was denied, so no proton sim was done.",
    ),
    "custom_shielding": ("Custom block fabricated.", "Correction: no custom block was made; MLC only."),
    "brachytherapy": (
        "Applicator position verified.",
        "Correction: no applicator was in place today; brachy sim is next week.",
    ),
}
ADDS = {
    "contrast": ("Contrast: none documented.", "Addendum - {S} was in fact given before the scan (omitted above)."),
    "arc_rotational": (
        "Technique: 3D conformal (tentative).",
        "After reviewing the anatomy at sim I changed the technique to {S}.",
    ),
    "custom_shielding": ("Blocks: none.", "Correction: {S} made at simulation and checked on the patient."),
}


def _date(rng: random.Random) -> str:
    return rng.choice(DATES)


def header(rng: random.Random, title: str, p: Plan, people: str) -> Section:
    """Institution banner, title, redacted identifiers, date and clinicians."""
    lines = []
    if rng.random() < 0.8:
        lines.append(rng.choice(INSTITUTION))
    lines.append(title)
    lines.append(
        rng.choice(
            [
                "Patient: [redacted]    MRN: XXXXX    DOB: XX/XX/XXXX",
                "Name: [redacted] | MRN XXXXX | Acct XXXXX",
                "Pt: [redacted] (MRN XXXXX)",
                "PATIENT [redacted]  MRN XXXXX  CSN XXXXX",
            ]
        )
    )
    lines.append(rng.choice(["Date of service: ", "DOS: ", "Date: ", "Encounter date "]) + p.extra["date"])  # type: ignore[operator]
    if people:
        lines.append(people)
    return ("hdr", None, lines)


def _people(rng: random.Random, p: Plan, resident: bool) -> str:
    att = p.extra["att"]
    if resident:
        return rng.choice(
            [
                f"Resident: {p.extra['res']}   Attending: {att}",
                f"Author: {p.extra['res']} / Supervising: {att}",
                f"Fellow: {rng.choice(FELLOWS)}; Resident: {p.extra['res']}; Attending: {att}",
            ]
        )
    return rng.choice([f"Attending: {att}", f"Physician: {att}", f"Rad Onc: {att}", ""])


def _dx(rng: random.Random, p: Plan) -> Section:
    s = SITES[p.site]
    dx = str(p.extra.get("dx") or rng.choice(s["dx"]))  # type: ignore[arg-type]
    heading = rng.choice([None, "Diagnosis", "Oncologic diagnosis"])
    lines = [dx if heading else rng.choice(["Diagnosis: ", "Dx: ", "DIAGNOSIS/STAGE: ", "Indication for RT: "]) + dx]
    if rng.random() < 0.4:
        lines.append(rng.choice(["Intent: curative.", "Intent: definitive", "Intent: palliative.", "Intent: adjuvant"]))
    return ("dx", heading, lines)


class Ev:
    """Renders one plan's counted evidence in the form the layout calls for."""

    def __init__(self, p: Plan, rng: random.Random, layout: str) -> None:
        self.p, self.rng, self.layout = p, rng, layout
        s = SITES[p.site]
        self.site = s
        self.oars: list[str] = list(s["oars"])  # type: ignore[call-overload]
        mods = {m for m, _ in p.modalities}
        self.ctx: dict[str, object] = {
            "target": s["target"] if p.areas else "the target",
            "oars": self.oars,
            "prior": rng.choice(s["prior"]),
            "n": len(p.areas) if p.areas else 2,  # type: ignore[arg-type]
            "mod": "MRI" if "MRI" in mods else "PET/CT",
            "age": rng.randint(2, 9),
        }

    def form(self) -> str:
        """Field or sentence form for the next item."""
        if self.layout in ("template", "bullets"):
            return "field" if self.rng.random() < 0.75 else "sent"
        return "sent" if self.rng.random() < 0.9 else "field"

    def rationale(self) -> list[str]:
        """The counted rationale (if planned) and any bare assertion."""
        out = []
        if self.p.rationale:
            out.append(ph.rationale(self.rng, self.p.rationale, self.ctx, self.form()))
        if "bare_assertion" in self.p.traps:
            out.insert(self.rng.randint(0, len(out)), ph.bare_assertion(self.rng))
        return out

    def areas(self) -> list[str]:
        """The counted areas, or an uncountable placeholder."""
        p = self.p
        if not p.areas:
            return [self.rng.choice(ph.AREAS_UNKNOWN)]
        if "attending_area_fix" in p.traps:
            shown = p.areas[:-1]
            sites = ", ".join(tag("S", v, s) for v, s in shown)
            return [f"Treatment areas: {sites} ({len(shown)} areas)."]
        text, _ = ph.areas_known(self.rng, p.areas, p.area_form, self.layout)
        out = [text]
        if "prior_course_site" in p.traps:
            out.append(
                f"Previously irradiated: {self.ctx['prior']} ({self.rng.choice(PRIOR_YEARS)}) - not part of this "
                "course."
            )
        return out

    def area_fix(self) -> str:
        """Attending's correction of the resident's area count (count spanned)."""
        p = self.p
        assert p.areas
        v, s = p.areas[-1]
        n = len(p.areas)
        cnt = tag("A", str(n), f"{ph.NUM_WORDS[n]} treatment areas")
        return self.rng.choice(
            [
                f"Correction: the {tag('S', v, s)} is also being treated - {cnt} in total, not {n - 1}.",
                f"I have amended the area count: {cnt} (resident omitted the {tag('S', v, s)}).",
            ]
        )

    def features(self, where: str = "body") -> list[str]:
        """Counted feature lines placed in the given part of the note."""
        out = []
        for name, surface in self.p.features:
            if self.p.placement.get(name, "body") != where:
                continue
            if where == "attest":
                out.append(ADDS[name][1].format(S=tag("F", name, surface)))
            else:
                out.append(ph.feature(self.rng, name, surface, self.oars, self.form()))
        return out

    def modalities(self, skip: tuple[str, ...] = ()) -> list[str]:
        """Counted modality lines."""
        out = []
        scanner = self.rng.choice(CT_SCANNER)
        for name, surface in self.p.modalities:
            if name in skip:
                continue
            if name == "MRI" and "fused_old_contrast" in self.p.traps:
                out.append(ph.fused_old_mri(self.rng, self.rng.choice(OLD_DATES), self.form()))
            else:
                out.append(ph.modality(self.rng, name, surface, self.form(), scanner))
        return out


def trap_lines(p: Plan, rng: random.Random) -> dict[str, list[str]]:
    """Unspanned trap text by where it goes: hist, proc, plan, top."""
    s = SITES[p.site]
    out: dict[str, list[str]] = {"hist": [], "proc": [], "plan": [], "top": []}
    info = p.extra
    for t in p.traps:
        if t == "historical_imaging":
            for _ in range(rng.randint(1, 2)):
                line, has_contrast = ph.historical(rng, s)
                out["hist"].append(line)
                if has_contrast and "historical_contrast" not in p.traps:
                    info["hist_contrast"] = True
        elif t == "negated_feature":
            out["proc"].append(ph.trap_line(rng, "neg_feature", str(info["neg"])))
        elif t == "planned_feature":
            out["plan"].append(ph.trap_line(rng, "planned_feature", str(info["planned"])))
        elif t == "blank_template":
            out["proc"].append(ph.trap_line(rng, "blank_feature", str(info["blank"])))
        elif t == "planned_modality":
            out["plan"].append(ph.trap_line(rng, "planned_modality", str(info["pmod"])))
        elif t == "other_person":
            out["hist"].append(rng.choice(OTHER_PEOPLE))
        elif t in ("sgrt", "custom_immobilization", "bolus", "dibh", "mlc_only", "4dct_alone"):
            out["proc"].append(ph.trap_line(rng, "not_feature", t))
        elif t == "many_beams":
            out["proc"].append(rng.choice(["Beam arrangement: ", "Technique: ", "Fields: "]) + str(s["beams"]) + ".")
        elif t == "protocol_eligibility":
            out["top"].append(ph.protocol_line(rng))
        elif t == "copy_forward":
            out["hist"].append(ph.copy_forward_block(rng, rng.choice(s["prior"]), rng.choice(PRIOR_YEARS)))  # type: ignore[arg-type]
        elif t == "contrast_allergy_withheld":
            out["proc"].append(
                rng.choice(
                    [
                        "IV contrast withheld: documented iodinated contrast allergy (anaphylaxis); not premedicated.",
                        "Contrast deferred - eGFR 27 today.",
                        "Pt refused IV contrast after discussion; scan done without it.",
                    ]
                )
            )
        elif t == "planned_resim":
            out["plan"].append(
                rng.choice(
                    [
                        "May need re-simulation with contrast if weight loss > 5%.",
                        "Re-sim planned mid-course for adaptive replan (MRI fusion then).",
                    ]
                )
            )
        elif t == "smartphrase_residue":
            out["proc"].append(
                rng.choice(
                    [
                        "Tattoos: ***",
                        "Pregnancy test: {blank}",
                        "Special instructions: ***",
                        "Bladder prep: {blank}",
                        "Next appt: ***",
                    ]
                )
            )
    return out


def _procedure_basics(rng: random.Random, p: Plan) -> list[str]:
    s = SITES[p.site]
    lines = []
    pos = rng.choice(s["position"])  # type: ignore[arg-type]
    lines.append(rng.choice([f"Position: {pos}.", f"The patient was positioned {pos}.", f"Pt set up {pos}."]))
    if rng.random() < 0.6:
        lines.append(rng.choice(["Immobilization: ", "Immob: ", "Device: "]) + rng.choice(s["immob"]) + ".")  # type: ignore[arg-type]
    if rng.random() < 0.5:
        lines.append(
            rng.choice(
                [
                    "Reference marks and three tattoos placed.",
                    "BBs placed on the lateral and anterior marks.",
                    "Isocenter marked; photos taken for setup.",
                    "Timeout performed; consent on chart.",
                ]
            )
        )
    return lines


def sim_sections(p: Plan, rng: random.Random, layout: str, long_words: int) -> list[Section]:
    """Sections of a simulation record of any kind (evidence placement depends on the kind)."""
    ev = Ev(p, rng, layout)
    tr = trap_lines(p, rng)
    nt = p.note_type
    resident = nt in ("resident_sim", "mr_sim", "resim") and p.extra["has_res"]
    titles = {
        "resident_sim": [
            "Radiation Oncology Simulation Note (Resident)",
            "SIM NOTE - RESIDENT",
            "Simulation Note",
            "CT Simulation - Resident Note",
        ],
        "attending_dictation": [
            "Simulation Note (dictated)",
            "DICTATED SIMULATION NOTE",
            "Treatment Planning Simulation",
        ],
        "ct_sim_procedure": ["CT SIMULATION PROCEDURE NOTE", "Procedure: CT Simulation", "CT-Sim Procedure Record"],
        "mr_sim": [
            "MR Simulation Note - MR-Linac",
            "MR-SIM (MR-LINAC) PROCEDURE NOTE",
            "MR Simulation / MR-Linac Planning",
        ],
        "directive_procedure": [
            "Simulation Directive + Procedure",
            "SIMULATION DIRECTIVE / SIM RECORD",
            "Sim Directive with Simulation Procedure",
        ],
        "therapist_worksheet": [
            "Simulation Worksheet - Radiation Therapy",
            "SIM WORKSHEET (THERAPY)",
            "CT Sim Worksheet",
        ],
        "resim": ["Re-Simulation Note", "RESIMULATION - NEW COURSE", "Simulation Note (re-irradiation course)"],
        "clinical_setup": [
            "Clinical Setup / Simulation Note",
            "CLINICAL SIMULATION (MARK-UP) NOTE",
            "Clinical Set-up Note",
        ],
    }
    secs: list[Section] = [header(rng, rng.choice(titles[nt]), p, _people(rng, p, resident))]
    if tr["top"] and rng.random() < 0.5:
        secs.append(("protocol", rng.choice(["Protocol", "Clinical trial", "Research"]), tr["top"]))
        tr["top"] = []
    if nt != "therapist_worksheet":
        secs.append(_dx(rng, p))
    # directive block: intent only, nothing spanned
    if nt == "directive_procedure":
        secs.append(_directive(rng, p))
    hist = tr["hist"] + tr["top"]
    if nt == "resim" and "copy_forward" not in p.traps:
        hist.append(f"Prior course: {ev.ctx['prior']}.")
    if (layout == "prose" and p.style == "long") or p.style == "long":
        opener = rng.choice(
            [
                "The patient is seen today for treatment planning simulation after the consult on {d}.",
                "This is a patient well known to our service who returns for simulation; consult {d} reviewed.",
                "Presents for simulation. Consult and consent completed {d}.",
            ]
        )
        hpi = [opener.format(d=rng.choice(DATES)), *hist]
        secs.append(("hpi", rng.choice(["History of present illness", "HPI", "Oncologic history"]), hpi))
        secs.extend(long_sections(rng, DATES, long_words))
    elif hist:
        secs.append(("hist", rng.choice(["History", "Relevant history", "Background", "Onc hx"]), hist))
    # rationale: some kinds put it first, some after the procedure
    rat = ev.rationale()
    rat_sec: Section = (
        "rationale",
        rng.choice(
            [
                "Indication for complex simulation",
                "Rationale",
                "Medical necessity",
                "Complexity",
                "Clinical justification",
            ]
        ),
        rat,
    )
    proc: list[str] = []
    if nt == "mr_sim":
        proc.append(
            rng.choice(
                [
                    "MRI safety screening completed: no implants, no pacemaker, eGFR adequate.",
                    "MR safety checklist reviewed with the MR technologist; cleared.",
                    "Zone IV screening passed.",
                ]
            )
        )
    if nt == "clinical_setup":
        proc.append(
            rng.choice(
                [
                    "Set up clinically on the treatment couch under the light field; no planning scan acquired.",
                    "Clinical mark-up in the treatment room; field drawn on skin. No imaging was used for this set-up.",
                    "Simulation performed clinically at the machine (no CT, no fluoro).",
                ]
            )
        )
    if p.extra.get("pediatric_anesthesia"):
        proc.append(f"General anesthesia by {rng.choice(ANESTHESIA)}; airway LMA; induction uneventful.")
    proc += _procedure_basics(rng, p)
    if nt == "mr_sim":
        mri = next(s for m, s in p.modalities if m == "MRI")
        proc.append(
            rng.choice(
                [
                    f"{tag('M', 'MRI', mri[0].upper() + mri[1:])} performed on {rng.choice(MR_LINAC)}; T2 3D and "
                    "bTFE acquired.",
                    f"Performed {tag('M', 'MRI', mri)} in the treatment position with coil bridges.",
                ]
            )
        )
        proc += ev.modalities(skip=("MRI",))
    else:
        proc += ev.modalities()
    if "attending_retract" in p.traps:
        proc.append(RETRACT[str(p.extra["retract"])][0])
    if "attending_adds" in p.traps:
        proc.append(ADDS[str(p.extra["adds"])][0])
    proc += ev.features("body")
    proc += tr["proc"]
    if nt == "directive_procedure" and p.extra.get("ordered") not in {f for f, _ in p.features}:
        proc.append(
            rng.choice(
                [
                    "Ordered {x} not used today.",
                    "Note: {x} was on the directive but was not done.",
                    "{X} requested on the order - not performed (MD decision at sim).",
                ]
            ).format(
                x=ORDER_LABEL[str(p.extra.get("ordered"))], X=ORDER_LABEL[str(p.extra.get("ordered"))].capitalize()
            )
        )
    rng.shuffle(proc)
    area_lines = ev.areas()
    proc_heading = rng.choice(
        ["Procedure", "Simulation details", "Technique", "Description of procedure", "Simulation", "SIM"]
    )
    area_heading = rng.choice(["Treatment areas", "Targets", "Sites", "Areas", "Volumes"])
    order = rng.random()
    if order < 0.35:
        secs += [rat_sec, ("proc", proc_heading, proc), ("areas", area_heading, area_lines)]
    elif order < 0.7:
        secs += [("proc", proc_heading, proc), ("areas", area_heading, area_lines), rat_sec]
    else:
        secs += [("areas", area_heading, area_lines), ("proc", proc_heading, proc + rat)]
    secs = [s for s in secs if s[2]]
    plan_lines = tr["plan"] + [
        rng.choice(
            [
                "Contours to the attending; dosimetry to start planning.",
                "Plan: physician contours by {d}, start date TBD.",
                "Next: MD contours, physics review, chart rounds.",
                "To dosimetry for planning. Target start {d}.",
            ]
        ).format(d=rng.choice(DATES))
    ]
    secs.append(("plan", rng.choice(["Plan", "Next steps", "Disposition"]), plan_lines))
    att_lines: list[str] = []
    if resident or "attending_retract" in p.traps or "attending_adds" in p.traps or "attending_area_fix" in p.traps:
        who = p.extra["att"]
        if resident:
            att_lines.append(
                rng.choice(
                    [
                        "Attending attestation: I was present for the key portions of the simulation and agree with "
                        "the resident's "
                        f"note as written{' except as below' if p.extra.get('correction') else ''}. - {who}",
                        f"I saw the patient with Dr. {str(p.extra['res']).split(',')[0].split()[-1]} and reviewed "
                        f"the simulation. - {who}",
                        f"Teaching physician statement: present for the procedure. {who}",
                    ]
                )
            )
        if "attending_retract" in p.traps:
            att_lines.append(RETRACT[str(p.extra["retract"])][1].format(cr=rng.choice(["1.9", "2.1", "2.4"])))
        att_lines += ev.features("attest")
        if "attending_area_fix" in p.traps:
            att_lines.append(ev.area_fix())
        head = "Attending attestation" if resident else f"Addendum ({rng.choice(DATES)}, attending)"
        secs.append(("attest", head, att_lines))
    secs.append(("sig", None, [_sig(rng, p)]))
    return secs


def _directive(rng: random.Random, p: Plan) -> Section:
    """The simulation directive (an order): everything in it is intent, nothing is spanned."""
    SITES[p.site]
    {f for f, _ in p.features}
    req = []
    want = p.extra.get("ordered", "contrast")
    lab = ORDER_LABEL
    req.append(f"Requested: {lab[str(want)]}")
    req.append(
        rng.choice(
            [
                "Imaging requested: CT; MRI fusion if available",
                "Scan: CT sim, fuse PET",
                "Imaging: CT simulation; MR if time allows",
            ]
        )
    )
    if p.areas:
        req.append("Sites requested: " + ", ".join(v for v, _ in p.areas))
    else:
        req.append("Sites requested: see attending")
    req.append(rng.choice(["Priority: routine", "Priority: urgent (cord)", "Start within 10 days"]))
    req.append(f"Ordered by: {p.extra['att']} on {rng.choice(OLD_DATES[:4] + DATES[:3])}")
    return (
        "directive",
        rng.choice(["SIMULATION DIRECTIVE (order)", "Simulation directive", "Order: Simulation directive"]),
        [f"Dx: {p.extra['dx']}", *req],
    )


def _sig(rng: random.Random, p: Plan) -> str:
    t = f"{rng.randint(7, 17):02d}:{rng.choice(['05', '12', '26', '38', '44', '51'])}"
    return rng.choice(
        [
            f"Electronically signed by {p.extra['att']} on {p.extra['date']} {t}",
            f"{p.extra['res']} / {p.extra['att']}",
            f"-- {rng.choice(THERAPISTS)} and {p.extra['att']}",
            f"D: {p.extra['date']}  T: {p.extra['date']}  job #XXXXX  {p.extra['att']}",
            f"Signed: {p.extra['att']} ({t})",
            f"Therapist: {rng.choice(THERAPISTS)}   MD: {p.extra['att']}",
        ]
    )


def worksheet_sections(p: Plan, rng: random.Random, layout: str, long_words: int) -> list[Section]:
    """A therapist's simulation worksheet, field by field."""
    secs = sim_sections(p, rng, "template" if layout == "prose" else layout, long_words)
    extra = [
        f"Therapists: {rng.choice(THERAPISTS)}, {rng.choice(THERAPISTS)}",
        f"Couch: lat {rng.uniform(-3, 3):.1f} / long {rng.uniform(80, 120):.1f} / vert {rng.uniform(-20, -8):.1f}",
        rng.choice(["Photos: taken x4", "Setup photos uploaded", "Photos: yes"]),
    ]
    secs.insert(1, ("setup", "Setup", extra))
    return secs


# ---------------------------------------------------------------- no-simulation-evidence documents


def nothing_sections(p: Plan, rng: random.Random) -> list[Section]:
    """Aborted simulation or an unfilled simulation template: nothing counts."""
    s = SITES[p.site]
    people = f"Attending: {p.extra['att']}"
    if p.note_type == "aborted_sim":
        body = [
            rng.choice(
                [
                    "Patient could not tolerate the supine position because of pain; the simulation was aborted "
                    "before any imaging.",
                    "Simulation attempted. Anxiety/claustrophobia in the mask; stopped before scanning. No images "
                    "acquired.",
                    "Sim cancelled at the door: patient febrile (38.6 C) and sent to the ED. Nothing was done.",
                ]
            ),
            rng.choice(
                [
                    "Will reschedule with premedication; plan IV contrast and MRI fusion at the next attempt.",
                    "Plan: reschedule next week; consider VMAT and oral contrast then.",
                    "Rebook with anesthesia; protons still planned.",
                ]
            ),
        ]
        tr = trap_lines(p, rng)
        return [
            header(
                rng,
                rng.choice(["Simulation - aborted", "SIM NOTE: NOT COMPLETED", "Attempted CT simulation"]),
                p,
                people,
            ),
            _dx(rng, p),
            ("event", rng.choice(["Event", "What happened", "Summary"]), body + tr["hist"]),
            ("plan", "Plan", tr["plan"] or ["Reschedule."]),
            ("sig", None, [_sig(rng, p)]),
        ]
    lines = [
        "Treatment areas: ***",
        "Rationale for complex simulation: ***",
        "Contrast: {blank}",
        "Imaging: [ ] CT  [ ] MRI fusion  [ ] PET fusion",
        "Technique: ***",
        "[ ] Custom blocks   [ ] Bolus",
        "Immobilization: {blank}",
    ]
    rng.shuffle(lines)
    return [
        header(
            rng, rng.choice(["Simulation Note (template)", "SIM NOTE ***", "Simulation Note - incomplete"]), p, people
        ),
        ("dx", None, [f"Dx: {rng.choice(s['dx'])}"]),  # type: ignore[arg-type]
        ("template", rng.choice(["Simulation", "Details"]), lines),
        (
            "status",
            None,
            [
                rng.choice(
                    [
                        "Note opened in error; simulation rescheduled to {d}.",
                        "Patient did not arrive; template left unsigned. Rescheduled {d}.",
                    ]
                ).format(d=rng.choice(DATES))
            ],
        ),
    ]


def nonsim_sections(p: Plan, rng: random.Random, layout: str, long_words: int) -> list[Section]:
    """Documents that record no simulation; imaging, contrast and technique appear as history or plans only."""
    s = SITES[p.site]
    dx = rng.choice(s["dx"])  # type: ignore[arg-type]
    areas = [rng.choice(x[1]) for x in s["areas"][: rng.randint(1, 3)]]  # type: ignore[index]
    hist = [ph.historical(rng, s)[0] for _ in range(rng.randint(1, 3))]
    feat_word = rng.choice(["VMAT", "IV contrast", "proton therapy", "oral contrast", "custom blocks", "MRI fusion"])
    past_sim = rng.choice(
        [
            f"She underwent CT simulation on {rng.choice(DATES)} with IV contrast and MRI fusion.",
            f"Simulated {rng.choice(DATES)} (4DCT, PET fused); planned with {feat_word}.",
            f"CT sim was done on {rng.choice(DATES)}; technique VMAT to the {', '.join(areas)}.",
        ]
    )
    fut_sim = rng.choice(
        [
            f"Will proceed to CT simulation with {feat_word} next week.",
            f"Plan: simulation on {rng.choice(DATES)} with IV and oral contrast; fuse the diagnostic MRI.",
            f"Recommend simulation with 4DCT; consider protons on {rng.choice(PROTOCOLS)}.",
        ]
    )
    nt = p.note_type
    if nt == "tumor_board":
        secs = [
            (
                "hdr",
                None,
                [
                    rng.choice(
                        [
                            "Multidisciplinary Tumor Board - Case Summary",
                            "TUMOR BOARD SUMMARY",
                            "Thoracic/GI Tumor Board (Wednesday)",
                        ]
                    ),
                    f"Date: {p.extra['date']}",
                    "Patient: [redacted]  MRN XXXXX",
                    f"Presenter: {p.extra['res']}",
                ],
            ),
            ("case", "Case", [f"Dx: {dx}", *hist]),
            (
                "discussion",
                "Discussion",
                [
                    rng.choice(
                        [
                            "Radiology reviewed outside imaging; agree with staging.",
                            "Pathology confirmed; margins reviewed.",
                        ]
                    ),
                    ph.protocol_line(rng),
                ],
            ),
            ("recs", "Recommendations", [fut_sim, f"Attendance: {', '.join(rng.sample(ATTENDINGS, 3))}"]),
        ]
    elif nt == "mdc_clinic":
        secs = [
            (
                "hdr",
                None,
                [
                    rng.choice(
                        [
                            "Multidisciplinary Clinic Note - Radiation Oncology",
                            "MDC NOTE (RAD ONC PORTION)",
                            "Multidisciplinary clinic: new patient",
                        ]
                    ),
                    "Patient: [redacted]  MRN XXXXX",
                    f"Date: {p.extra['date']}",
                    f"Attending: {p.extra['att']}",
                ],
            ),
            ("hpi", "HPI", [f"Referred for {dx}.", *hist]),
            (
                "assessment",
                "Assessment",
                [
                    rng.choice(
                        ["Candidate for definitive chemoradiation.", "RT indicated; discussed risks and benefits."]
                    )
                ],
            ),
            ("plan", "Plan", [fut_sim, rng.choice(["Consent signed today.", "Consent to be signed at sim."])]),
        ]
    elif nt == "otv":
        fx = rng.randint(3, 30)
        secs = [
            (
                "hdr",
                None,
                [
                    rng.choice(["On-Treatment Visit", "OTV - weekly management", "WEEKLY ON-TREATMENT NOTE"]),
                    "Patient: [redacted]   MRN XXXXX",
                    f"Fraction {fx} of {fx + rng.randint(2, 20)}",
                ],
            ),
            (
                "interval",
                "Interval",
                [
                    rng.choice(
                        [
                            "Tolerating treatment with grade 1 fatigue.",
                            "Grade 2 dermatitis in the fold; Aquaphor and mepitel.",
                            "Mild odynophagia, eating soft diet.",
                        ]
                    ),
                    past_sim,
                ],
            ),
            (
                "imaging",
                "IGRT",
                [
                    rng.choice(
                        [
                            "CBCT reviewed: shifts < 3 mm.",
                            "Daily kV imaging reviewed and approved.",
                            "SGRT tracking stable; CBCT weekly.",
                        ]
                    )
                ],
            ),
            ("plan", "Plan", ["Continue as planned.", rng.choice(["RTC 1 week.", "Labs next week."])]),
        ]
    elif nt == "portal_message":
        name = str(p.extra["att"]).split(",")[0]
        q, a = rng.choice(
            [
                (
                    f"Hi Dr. {name.split()[-1]}, do I have to drink the contrast again before my simulation? Last "
                    "time it "
                    "made me sick. Also will I need the MRI again?",
                    f"Thanks for your message. For your simulation on {rng.choice(DATES)} you may get oral contrast; "
                    "we will "
                    "review it with you, and the MRI from December can be fused, so no new MRI is planned.",
                ),
                (
                    "Hello, my sister said she had protons, will i get protons too? The CT sim is next tues I think.",
                    "We will discuss protons at your next visit; the decision depends on the plan comparison and "
                    "insurance.",
                ),
                (
                    "Quick question - after the sim yesterday my tattoos are itchy, is that normal? thanks",
                    "Itching is common; use the cream we gave you. Your simulation images were fine, the team is "
                    "planning now.",
                ),
                (
                    "Do I need a full bladder for the scan on Thursday? I had the contrast CT in the ER last month, "
                    "does that count?",
                    "Yes, please drink 16 oz of water an hour before. The ER scan does not replace the planning scan.",
                ),
            ]
        )
        secs = [
            ("hdr", None, [f"MyEUMC Patient Portal - message thread ({p.extra['date']})"]),
            ("msg", "Patient", [q]),
            ("reply", "Reply", [a + f" - {rng.choice(NURSES)}"]),
        ]
    elif nt == "treatment_summary":
        rows = [
            f"| {a} | {rng.choice(['50 Gy/25', '60 Gy/30', '30 Gy/10', '45 Gy/25'])} | "
            f"{rng.choice(['VMAT', '3D', 'IMPT', 'electrons'])} |"
            for a in areas
        ]
        secs = [
            (
                "hdr",
                None,
                [
                    rng.choice(
                        [
                            "Radiation Treatment Summary",
                            "END OF TREATMENT SUMMARY (discharge)",
                            "Completion summary - Radiation Oncology",
                        ]
                    ),
                    "Patient: [redacted]  MRN XXXXX",
                    f"Course dates: {rng.choice(DATES[:5])} - {rng.choice(DATES[6:])}",
                ],
            ),
            ("dx", None, [f"Diagnosis: {dx}"]),
            ("course", "Course", ["| Site | Dose/fx | Technique |", "|---|---|---|", *rows]),
            ("details", "Details", [past_sim, *hist[:1]]),
            (
                "fu",
                "Follow-up",
                [
                    rng.choice(
                        ["Follow-up in 6 weeks with restaging CT with contrast.", "RTC 1 month; MRI in 3 months."]
                    )
                ],
            ),
        ]
    elif nt == "plan_directive":
        secs = [
            (
                "hdr",
                None,
                [
                    rng.choice(["PLAN DIRECTIVE", "Plan Directive (order)", "Treatment Plan Directive"]),
                    "Patient: [redacted] MRN XXXXX",
                    f"Ordered by: {p.extra['att']}",
                ],
            ),
            (
                "rx",
                "Prescription",
                [
                    f"Target(s): {', '.join(areas)}",
                    f"Dose: {rng.choice(['50 Gy in 25', '60 Gy in 30', '40 Gy in 15', '35 Gy in 5'])} fx",
                    f"Technique requested: {rng.choice(['VMAT', 'IMRT', 'IMPT', '3D'])}",
                ],
            ),
            (
                "dirs",
                "Directives",
                [
                    rng.choice(["Fuse diagnostic MRI (gad) for GTV.", "Use PET for nodal contours."]),
                    rng.choice(["Use contrast scan for vessels.", "Custom blocks per MD drawing."]),
                    f"Constraints per {rng.choice(PROTOCOLS)}",
                ],
            ),
        ]
    else:  # physics_worksheet
        secs = [
            (
                "hdr",
                None,
                [
                    rng.choice(
                        [
                            "Physics Plan Check Worksheet",
                            "PRE-TREATMENT PHYSICS CHART CHECK",
                            "Dosimetry/Physics second check",
                        ]
                    ),
                    "Patient: [redacted]  MRN XXXXX",
                    f"Checked by: {rng.choice(PHYSICISTS)}   Planner: {rng.choice(DOSIMETRISTS)}",
                ],
            ),
            (
                "params",
                "Plan parameters",
                [
                    f"Plan: {rng.choice(['VMAT 2 arcs', 'IMPT 3 fields', '3D 4-field'])}",
                    f"MU: {rng.randint(300, 900)}",
                    f"Sim dataset: CT from sim {rng.choice(DATES)} (contrast phase noted in dataset name)",
                    f"Second-check agreement: {rng.uniform(-2.5, 2.5):.1f}%",
                ],
            ),
            (
                "checks",
                "Checks",
                [
                    "[x] Rx matches directive",
                    "[x] Isocenter shifts verified",
                    "[x] Couch model correct",
                    rng.choice(["[ ] Bolus  n/a", "[x] Bolus documented"]),
                ],
            ),
        ]
    if p.style == "long":
        secs[1:1] = long_sections(rng, DATES, long_words)
    return secs
