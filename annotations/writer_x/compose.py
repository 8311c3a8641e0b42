# ruff: noqa: E501, RUF005
"""Composers: one per note type. Each returns a list of sections (key, title, items) in markup."""

from __future__ import annotations

from . import filler as FL
from .evidence import Ctx, cap
from .markup import tok
from .vocab import DEPT, HOSPITAL, NURSES, OTHER_PATIENTS, PAYERS, REFERRERS, SATELLITE

Section = tuple[str, str, list[str]]


def _header(c: Ctx, title: str) -> Section:
    lines = c.pick(
        [
            [f"{HOSPITAL} | {DEPT}", title, f"DOS: {c.date}   MRN: {c.mrn}"],
            [
                title,
                f"Patient: {c.initials}  MRN {c.mrn}  DOS {c.date}",
                f"Location: {c.pick(['CT-Sim suite', 'Pavilion L1', SATELLITE] if c.p.modalities or not c.p.is_sim else ['Pavilion L1', SATELLITE])}",
            ],
            [f"{title} ({c.date})", f"{HOSPITAL}"],
        ]
    )
    return ("header", "", lines)


def _dx(c: Ctx) -> Section:
    return ("dx", c.pick(["Diagnosis", "Dx", "Indication", "Diagnosis/stage"]), [c.dx])


def _maybe(c: Ctx, p: float, sec: Section | None) -> list[Section]:
    return [sec] if sec is not None and c.chance(p) else []


def _rationale_items(c: Ctx) -> list[str]:
    if c.p.rationale:
        return [c.rationale_sentence()]
    if c.chance(0.6):
        return [c.bare()]
    return []


def _attest_kind(c: Ctx) -> str:
    p = c.p
    kinds = ["agree"]
    if [f for f in p.features if f not in ("brachytherapy",)]:
        kinds += ["adds_feature"] * 2
    if "contrast" not in p.features and p.outcome != "no_imaging":
        kinds.append("removes_contrast")
    if not {"custom_shielding", "complex_blocking"} & set(p.features):
        kinds.append("removes_blocks")
    if p.n_areas is not None:
        kinds += ["fixes_count"] * 2
    if "MRI" in p.modalities or "PET" in p.modalities:
        kinds.append("adds_modality")
    if p.rationale:
        kinds.append("adds_rationale")
    return c.pick(kinds)


def _attest_open(c: Ctx, changes: bool) -> str:
    if changes:
        return c.pick(
            [
                "ATTENDING ATTESTATION: I was present for the key portions of the simulation and agree with the resident's note with the following changes:",
                f"Attending addendum ({c.date} 17:{c.rng.randint(10, 59)}): I personally supervised the simulation. I agree with Dr. {c.resident.split()[-1]}'s note except as follows:",
                "Teaching physician statement: I was present for the key and critical portions of this procedure. Agree with resident documentation with these corrections:",
            ]
        )
    return c.pick(
        [
            "ATTENDING ATTESTATION: I was present for the key portions of the simulation and agree with the resident's note.",
            f"Attending attestation: I saw and examined the patient with Dr. {c.resident.split()[-1]} and was present for the simulation. Agree with the note as written.",
            "Teaching physician statement: I was present for the key and critical portions of this procedure and agree with the resident's documentation.",
        ]
    )


def _attestation(c: Ctx, kind: str, moved_feature: str | None, moved_mod: str | None) -> tuple[list[str], list[str]]:
    """Return (body additions that the attestation supersedes, attestation lines)."""
    body: list[str] = []
    lines: list[str] = []
    cr = f"{c.rng.randint(17, 29) / 10:.1f}"
    if kind == "agree":
        lines.append(_attest_open(c, False))
    elif kind == "adds_feature" and moved_feature:
        c.trap("attestation adds a feature")
        if moved_feature == "contrast":
            body.append(c.pick(["Contrast: none documented.", "Contrast: ***", "No contrast per resident worksheet."]))
        elif moved_feature == "arc_rotational":
            body.append("Technique: 3D vs IMRT, TBD with dosimetry.")
        lines.append(_attest_open(c, True))
        lines.append("- " + c.feature_sentence(moved_feature))
    elif kind == "removes_contrast":
        c.trap("attestation retracts a feature")
        body.append(
            c.pick(
                [
                    "IV contrast administered (Omnipaque 350, 80 mL).",
                    "IV contrast: given.",
                    "Oral and IV contrast given per protocol.",
                ]
            )
        )
        lines.append(_attest_open(c, True))
        lines.append(
            c.pick(
                [
                    f"- Contrast was NOT given: held for Cr {cr}. The resident note was pre-populated from the order.",
                    "- Correction: no IV contrast was administered (IV could not be placed after 3 attempts).",
                    "- Please disregard the contrast line above; this was a non-contrast scan.",
                ]
            )
        )
    elif kind == "removes_blocks":
        c.trap("attestation retracts a feature")
        body.append(
            c.pick(
                ["Custom Cerrobend blocks fabricated.", "Custom shielding block made.", "Complex blocking designed."]
            )
        )
        lines.append(_attest_open(c, True))
        lines.append(
            c.pick(
                [
                    "- No custom blocks were made; field shaping is MLC only.",
                    "- Correction: there is no complex blocking or custom block for this patient — MLC only.",
                ]
            )
        )
    elif kind == "fixes_count":
        c.trap("attestation fixes the count")
        n = c.p.n_areas or 1
        wrong = n + 1 if n < 3 or c.chance(0.5) else n - 1
        body.append(
            c.pick([f"Number of treatment areas: {wrong}.", f"Areas: {wrong}.", f"{wrong} treatment areas simulated."])
        )
        lines.append(_attest_open(c, True))
        lines.append(f"- The area count above is wrong: {c.count_tok()} ({c.join(c.site_toks())}).")
    elif kind == "adds_modality" and moved_mod:
        c.trap("attestation adds a modality")
        lines.append(_attest_open(c, True))
        lines.append("- " + c.fusion_sentence(moved_mod) + " (omitted from the resident note)")
    elif kind == "adds_rationale":
        lines.append(_attest_open(c, True))
        lines.append(
            "- "
            + c.pick(
                [
                    "Complex simulation was needed because ",
                    "Reason for complex simulation: ",
                    "To clarify medical necessity: ",
                ]
            )
            + c.rationale_tok()
            + "."
        )
    else:
        lines.append(_attest_open(c, False))
    if c.p.outcome == "no_rationale" and c.chance(0.5):
        lines.append(c.bare())
    lines.append(f"{c.att} (attending), e-signed {c.date}")
    return body, lines


# --------------------------------------------------------------------------------- simulation composers ------
def resident_attest(c: Ctx) -> list[Section]:
    """Sections of a resident attest note."""
    p = c.p
    kind = _attest_kind(c)
    moved_feature = None
    if kind == "adds_feature":
        moved_feature = c.pick([f for f in p.features if f != "brachytherapy"])
    moved_mod = c.pick([m for m in p.modalities if m in ("MRI", "PET")]) if kind == "adds_modality" else None
    body_extra, att_lines = _attestation(c, kind, moved_feature, moved_mod)
    titles = [
        "CT SIMULATION PROCEDURE NOTE",
        "Simulation Procedure Note (resident)",
        "RADIATION ONCOLOGY SIMULATION NOTE",
    ]
    if not p.modalities:
        titles = ["CLINICAL SETUP / SIMULATION NOTE", "Simulation (clinical set-up) note — resident"]
    secs: list[Section] = [
        _header(
            c,
            c.pick(
                [
                    *titles,
                ]
            ),
        )
    ]
    secs.append(("byline", "", [f"Resident: {c.resident}, MD ({c.pgy}); supervising: {c.att}"]))
    secs.append(_dx(c))
    if c.chance(0.55):
        secs.append(
            (
                "hx",
                c.pick(["Pertinent history", "Brief hx", "Background"]),
                [c.hist()] + ([c.hist()] if c.chance(0.3) else []),
            )
        )
    secs += _maybe(
        c,
        0.5,
        (
            "consent",
            "Consent",
            [
                c.pick(
                    [
                        "Risks/benefits of simulation reviewed; consent signed.",
                        "Consent on chart. Universal protocol time-out done.",
                        "Pt identified x2; time-out completed.",
                    ]
                )
            ],
        ),
    )
    setup = [
        f"Position: {c.pick(['supine', 'supine, head first', 'prone', 'supine, feet first'])}; immobilization: {c.immob()}."
    ]
    if c.chance(0.3):
        setup.append(c.bolus())
    secs.append(("setup", c.pick(["Setup", "Position/immobilization", "Patient setup"]), setup))
    if p.modalities:
        scan = c.modality_sentences(skip=(moved_mod,) if moved_mod else ())
    else:
        scan = [c.pick(["No CT obtained — clinical setup only.", "Imaging: none (clinical mark-up on the couch)."])]
    scan += [
        x for x in [c.neg_modality() if c.chance(0.3) else None, c.planned_modality() if c.chance(0.3) else None] if x
    ]
    if scan:
        secs.append(("scan", c.pick(["Imaging", "Scan", "Simulation imaging"]), scan))
    tech = c.feature_sentences(skip=(moved_feature,) if moved_feature else ()) + body_extra
    tech += c.some_traps(c.rng.randint(1, 2), ("neg_f", "plan_f", "mlc", "beams"))
    secs.append(("tech", c.pick(["Technique", "Procedure details", "Details"]), tech))
    if kind != "fixes_count":
        secs.append(("areas", c.pick(["Treatment areas", "Areas", "Site(s)"]), [c.areas_line()]))
    if kind != "adds_rationale":
        r = _rationale_items(c)
        if r:
            secs.append(("ratl", c.pick(["Medical necessity", "Rationale", "Complexity"]), r))
    secs += _maybe(
        c,
        0.6,
        (
            "next",
            c.pick(["Plan", "Next steps"]),
            [
                c.pick(
                    [
                        f"Contours due {c.month}/{min(c.day + 3, 28)}; plan review at chart rounds.",
                        "Dosimetry to start after contours are approved.",
                        "Start date pending plan approval and physics QA.",
                    ]
                )
            ],
        ),
    )
    secs.append(("attest", "", att_lines))
    return secs


def teaching_note(c: Ctx) -> list[Section]:
    """Sections of a teaching note note."""
    p = c.p
    secs: list[Section] = [
        (
            "header",
            "",
            [
                c.pick(
                    [
                        "RESIDENT SIM NOTE — teaching service",
                        "Sim note (resident draft for attending review)",
                        "Rad Onc Resident Procedure Note: simulation",
                    ]
                ),
                f"{c.resident} ({c.pgy}) w/ {c.att_short}; {c.student} observing",
                f"DOS {c.date}",
            ],
        )
    ]
    secs.append(("pt", "Pt", [f"{c.age} y/o, {c.dx}."]))
    did = ["Immob: " + c.immob() + "."]
    did += c.modality_sentences() or ["No CT — clinical setup on the couch (see markup photo)."]
    did += c.feature_sentences()
    did.append(c.areas_line())
    secs.append(("did", c.pick(["What we did today", "Procedure", "Sim today"]), did))
    r = _rationale_items(c)
    if r:
        secs.append(("why", c.pick(["Why complex", "Medical necessity", "Indication"]), r))
    asides = []
    q = c.planned_modality()
    if q:
        asides.append(q if q.startswith("?") else "Q: " + q)
    asides.append(
        c.pick(
            [
                f"{c.att_short} reviewed how the OAR contours drive the plan — read Emami/QUANTEC before rounds.",
                f"Teaching: why we scan with a full bladder (reproducibility). Student asked; {c.att_short} answered.",
                "Pearl: check the mask for pressure points before the scan, not after.",
                "Discussed IGRT approach for treatment: daily CBCT.",
                "Teaching aside: reviewed the anatomy on the scout before acquisition.",
            ]
        )
    )
    if c.chance(0.5):
        asides.append(c.planned_feature())
    secs.append(("teach", c.pick(["Teaching points / questions", "Asides", "Questions for attending"]), asides))
    todo = [
        "☐ contour OARs",
        "☐ send to dosimetry",
        c.pick(["☐ check labs Friday", "☐ confirm start date w/ pt", "☐ update problem list"]),
    ]
    opts = [
        x
        for x, ok in (
            ("request outside PET disc for possible fusion", "PET" not in p.modalities),
            ("ask physics re: possible VMAT", "arc_rotational" not in p.features and "particle" not in p.features),
            ("order MRI if contours uncertain", "MRI" not in p.modalities),
        )
        if ok
    ]
    if opts and c.chance(0.6):
        todo.append("☐ " + c.pick(opts))
        c.trap("to-do list (planned)")
    secs.append(("todo", "TO DO", todo))
    att = [f"Attending: seen and discussed; agree. {c.att}"]
    if p.outcome == "no_rationale" and c.chance(0.6):
        att = [f"Attending: agree with resident. {c.bare()} {c.att}"]
    secs.append(("cosign", "", att))
    return secs


def _rtt_table(c: Ctx) -> list[str]:
    rows = ["Iso | Site | Vrt | Lng | Lat | SSD (cm)", "----|------|-----|-----|-----|---------"]
    keys = c.p.area_keys if c.p.n_areas is not None else []
    if not keys:
        rows.append(
            f"Ref | per MD directive | {c.rng.randint(-20, 20) / 10:+.1f} | {c.rng.randint(400, 1400) / 10:.1f} | "
            f"{c.rng.randint(-30, 30) / 10:+.1f} | {c.rng.randint(880, 980) / 10:.1f}"
        )
        c.trap("vague count")
    for i, k in enumerate(keys, 1):
        rows.append(
            f"{i} | {c.site_tok(k)} | {c.rng.randint(-20, 20) / 10:+.1f} | {c.rng.randint(400, 1400) / 10:.1f} | "
            f"{c.rng.randint(-30, 30) / 10:+.1f} | {c.rng.randint(880, 980) / 10:.1f}"
        )
    return rows


def rtt_record(c: Ctx) -> list[Section]:
    """Sections of a rtt record note."""
    p = c.p
    secs: list[Section] = [
        (
            "header",
            "",
            [
                c.pick(["RTT SIMULATION RECORD", "Radiation Therapist — CT Sim Record", "SIM TECHNOLOGIST RECORD"]),
                f"Pt {c.initials} / MRN {c.mrn} / {c.date}",
                f"Therapists: {c.rtt}; {c.rtt2}",
            ],
        )
    ]
    scan = []
    if p.modalities:
        scan.append(f"Scanner: {c.scanner}. " + " ".join(c.modality_sentences()))
    secs.append(("scan", "Scan", scan or ["no scan"]))
    secs.append(
        (
            "pos",
            "Position",
            [
                f"{c.pick(['Supine', 'Prone'])}, {c.pick(['head first', 'feet first'])}; {c.immob()}",
                f"Index: {c.pick(['F2', 'H3', 'A1'])}; knee sponge {c.pick(['A', 'B', 'none'])}",
            ],
        )
    )
    if c.chance(0.5) or p.count_form in ("isocenter", "numbered", "named") or p.n_areas is None:
        secs.append(("table", "Isocenter / couch", _rtt_table(c)))
        if p.count_form == "stated":
            secs.append(("count", "", [c.areas_line()]))
    else:
        secs.append(("areas", "Sites", [c.areas_line()]))
    feats = []
    glyph = c.pick(["☒", "[x]", "✔", "X"])
    for f in p.features:
        t, detail = c.feature_tok(f)
        feats.append(f"{glyph} {t} {detail}".strip())
    unchecked = [
        x
        for x in ["IV contrast", "Oral contrast", "Custom blocks", "Bolus", "VMAT/arc"]
        if not any(x.lower()[:4] in s.lower() for s in feats)
    ]
    if "contrast" in p.features:
        unchecked = [u for u in unchecked if "contrast" not in u.lower()]
    if {"custom_shielding", "complex_blocking"} & set(p.features):
        unchecked = [u for u in unchecked if "block" not in u.lower()]
    if "arc_rotational" in p.features:
        unchecked = [u for u in unchecked if "VMAT" not in u]
    if unchecked:
        c.trap("unticked checkbox")
        feats += [f"☐ {u}" for u in c.rng.sample(unchecked, min(2, len(unchecked)))]
    secs.append(("feat", "Contrast / accessories", feats))
    secs.append(
        (
            "marks",
            "Tattoos / marks",
            [
                c.pick(
                    [
                        "3 tattoos (ant + bilat lat) + BBs",
                        "2 tattoos, 1 Sharpie mark",
                        "Tattoos x3; photos taken",
                        "Permanent marks x4; clear tape",
                    ]
                )
            ],
        )
    )
    if p.rationale:
        secs.append(
            (
                "ind",
                c.pick(["MD indication for complex sim", "Physician indication (per MD)"]),
                [f"{c.rationale_tok()} — per {c.att_short}"],
            )
        )
    elif c.chance(0.5):
        c.trap("blank reason field")
        secs.append(("ind", "MD indication for complex sim", ["***"]))
    secs.append(("sign", "", [f"{c.rtt}  {c.date}"]))
    return secs


def order_procedure(c: Ctx) -> list[Section]:
    """Sections of a order procedure note."""
    p = c.p
    c.trap("order vs procedure")
    ordered = ["CT simulation"]
    not_done = []
    extra = c.pick(["IV contrast", "MRI fusion", "PET fusion", "VMAT", "oral contrast", "custom blocks"])
    absent = {
        "IV contrast": "contrast" not in p.features,
        "oral contrast": "contrast" not in p.features,
        "MRI fusion": "MRI" not in p.modalities,
        "PET fusion": "PET" not in p.modalities,
        "VMAT": "arc_rotational" not in p.features,
        "custom blocks": not ({"custom_shielding", "complex_blocking"} & set(p.features)),
    }[extra]
    ordered.append(extra)
    if absent:
        not_done.append(extra)
        c.trap("order not done")
    site_field = "see directive" if p.n_areas is None else ", ".join(c.area_surface[k] for k in p.area_keys)
    order = [
        f"Ordered by: {c.resident}, MD on {c.month}/{max(1, c.day - c.rng.randint(1, 6))}/{c.year}",
        f"Sim type: {c.pick(['complex', 'CT-based', 'complex w/ 4DCT'])}",
        f"Site(s): {site_field}",
        f"Requested: {', '.join(ordered)}",
        f"Immobilization: {c.immob()}",
    ]
    secs: list[Section] = [
        _header(c, c.pick(["Simulation Order + Procedure", "SIM ORDER / SIM PROCEDURE", "Order and simulation record"]))
    ]
    secs.append(("order", c.pick(["ORDER (intent)", "Simulation order", "Order details"]), order))
    proc = []
    proc += c.modality_sentences() or ["No imaging."]
    proc += c.feature_sentences()
    for nd in not_done:
        proc.append(
            c.pick(
                [
                    f"{cap(nd)} was ordered but not done ({c.pick(['pt declined', 'Cr elevated', 'disc not available', 'not needed per attending'])}).",
                    f"{cap(nd)}: not performed.",
                ]
            )
        )
    proc.append(c.areas_line())
    proc += c.some_traps(1, ("hist", "mlc", "beams", "bolus"))
    secs.append(("proc", c.pick(["PROCEDURE (what was done)", "Procedure", "Simulation performed"]), proc))
    r = _rationale_items(c)
    if r:
        secs.append(("ratl", "Medical necessity", r))
    secs.append(("sign", "", [f"{c.resident}, MD / {c.att}"]))
    return secs


def long_hp(c: Ctx) -> list[Section]:
    """Sections of a long hp note."""
    p = c.p
    rng = c.rng
    author = c.pick([f"{c.student}, edited by {c.resident}, MD", f"{c.resident}, MD ({c.pgy})"])
    secs: list[Section] = [
        (
            "header",
            "",
            [
                c.pick(
                    [
                        "RADIATION ONCOLOGY H&P AND SAME-DAY SIMULATION",
                        "New Patient H&P (Rad Onc) — includes simulation",
                        "Consultation / History & Physical",
                    ]
                ),
                f"{HOSPITAL} — {c.date}",
                f"Author: {author}",
            ],
        )
    ]
    secs.append(("cc", "Chief complaint", [c.pick(["Here to discuss radiation.", "Referred for RT.", f"{c.dx}."])]))
    hpi = [f"{c.age}-year-old with {c.dx}, referred by {c.pick(REFERRERS)}."] + FL.sample(rng, FL.HPI, 5, 9)
    hpi.insert(2, c.hist())
    hpi.insert(4, c.hist())
    secs.append(("hpi", "History of present illness", hpi))
    secs.append(
        (
            "onc",
            "Oncologic history",
            [f"{c.old_date}: biopsy confirmed the diagnosis.", c.hist(), f"Systemic therapy per {c.pick(REFERRERS)}."],
        )
    )
    secs.append(("pmh", "Past medical history", [", ".join(FL.sample(rng, FL.PMH, 3, 7))]))
    secs.append(("psh", "Past surgical history", [", ".join(FL.sample(rng, FL.PSH, 1, 4))]))
    secs.append(("meds", "Medications", ["; ".join(FL.sample(rng, FL.MEDS, 4, 10))]))
    secs.append(("all", "Allergies", [c.pick(FL.ALLERGY)]))
    secs.append(("soc", "Social history", FL.sample(rng, FL.SOCIAL, 2, 4)))
    secs.append(("fam", "Family history", FL.sample(rng, FL.FAMILY, 1, 3)))
    secs.append(("ros", "Review of systems", FL.sample(rng, FL.ROS, 7, 13)))
    secs.append(("exam", "Physical exam", FL.sample(rng, FL.EXAM, 6, 11)))
    secs.append(("labs", "Labs", [", ".join(FL.sample(rng, FL.LABS, 4, 8))]))
    ap = FL.sample(rng, FL.ASSESS, 3, 6)
    secs.append(("ap", "Assessment and plan", ap))
    sim = (
        [
            c.pick(
                [
                    "Simulation: after consent the patient went directly to the CT simulator.",
                    "Same-day simulation was performed this afternoon.",
                    "We proceeded with simulation today given travel distance.",
                ]
            )
        ]
        if p.modalities
        else ["Clinical setup performed in clinic today; no CT."]
    )
    sim.append("Immobilization: " + c.immob() + ".")
    sim += c.modality_sentences()
    sim += c.feature_sentences()
    sim.append(c.areas_line())
    sim += _rationale_items(c)
    sim += c.some_traps(1, ("neg_f", "plan_f", "plan_m", "beams"))
    secs.append(("sim", "", sim))
    secs.append(
        (
            "fu",
            "",
            FL.sample(rng, FL.ASSESS, 2, 3) + [f"{c.att} was present for the key portions and agrees with the above."],
        )
    )
    return secs


def handoff_sim(c: Ctx) -> list[Section]:
    """Sections of a handoff sim note."""
    p = c.p
    secs: list[Section] = [
        (
            "header",
            "",
            [
                c.pick(["RAD ONC RESIDENT SIGN-OUT", "Resident handoff list (day -> call)", "Sign-out"]),
                f"{c.date} — from {c.resident} to {c.resident2}",
                f"Filed to chart of: {c.initials} (MRN {c.mrn})",
            ],
        )
    ]
    c.trap("other person")
    others = c.rng.sample(OTHER_PATIENTS, 3)
    o_lines = [
        f"{others[0]} — H&N on tx, got IV contrast CT today for replan, 3 areas; watch Cr.",
        f"{others[1]} — SRS tomorrow 0700, MRI fused, arcs; needs dex.",
        f"{others[2]} — GYN HDR #3 Fri, applicator check w/ CT; PET fused.",
    ]
    subj = [c.pick(["Sim'd today:", "CT sim done today:", "Simulated this AM:"])]
    subj += c.modality_sentences() or ["clinical setup, no CT."]
    subj += c.feature_sentences()
    subj.append(c.areas_line(inline=True))
    if p.rationale:
        subj.append("Why complex: " + c.rationale_tok() + ".")
    elif c.chance(0.5):
        subj.append(c.bare())
    subj.append(c.pick(["f/u: contours by Thurs.", "f/u: dosimetry aware.", "Nothing overnight."]))
    lines = c.rng.sample(o_lines, c.rng.randint(1, 3))
    lines.insert(
        c.rng.randint(0, len(lines)),
        c.pick(["THIS PT ", "** this chart ** ", "[filed pt] "]) + c.initials + " — " + " ".join(subj),
    )
    secs.append(("list", "", [f"{i}. {line}" for i, line in enumerate(lines, 1)]))
    secs += _handoff_tail(c)
    return secs


def _handoff_tail(c: Ctx) -> list[Section]:
    out: list[Section] = []
    if c.chance(0.5):
        out.append(
            (
                "overnight",
                c.pick(["Overnight", "Night float"]),
                [
                    c.pick(
                        [
                            "No inpatient consults pending.",
                            "Page attending for any cord compression consult.",
                            "Inpatient on 6W may need emergent palliative RT — see consult list.",
                        ]
                    )
                ],
            )
        )
    if c.chance(0.4):
        out.append(
            (
                "pager",
                "",
                [
                    c.pick(
                        [
                            "On-call pager 4-RADS.",
                            "Call the physics pager for machine downs.",
                            "Linac 3 down until noon.",
                        ]
                    )
                ],
            )
        )
    return out


def brachy_procedure(c: Ctx) -> list[Section]:
    """Sections of a brachy procedure note."""
    p = c.p
    gyn = p.site == "gyn_brachy"
    title = (
        c.pick(
            [
                "PROCEDURE NOTE: Tandem and ring insertion, CT-based planning",
                "HDR Brachytherapy Applicator Insertion",
                "Brachytherapy procedure note (resident)",
            ]
        )
        if gyn
        else c.pick(["HDR prostate catheter insertion + planning CT", "Prostate HDR brachytherapy procedure note"])
    )
    secs: list[Section] = [_header(c, title), ("byline", "", [f"Resident: {c.resident}; Attending: {c.att}"]), _dx(c)]
    secs.append(
        (
            "anes",
            "Anesthesia",
            [c.pick(["Spinal anesthesia by the anesthesia team.", "MAC/propofol.", "General anesthesia (LMA)."])],
        )
    )
    proc = [
        c.pick(
            [
                "Pt placed in lithotomy; exam under anesthesia performed."
                if gyn
                else "Pt placed in lithotomy; template sutured.",
                "Prepped and draped in the usual sterile fashion.",
            ]
        )
    ]
    if gyn:
        proc.append(
            c.pick(
                [
                    "Uterus sounded to 7 cm; tandem 60 degrees with 30 mm ring placed.",
                    "Tandem and ovoids placed; packing with gauze.",
                    "Vaginal cylinder 3.0 cm inserted.",
                ]
            )
        )
    else:
        proc.append(f"{c.rng.randint(14, 19)} catheters placed through the template.")
    proc += c.modality_sentences()
    proc += c.feature_sentences()
    proc.append(c.areas_line())
    proc += c.some_traps(1, ("neg_f", "plan_m", "hist"))
    secs.append(("proc", "Procedure", proc))
    r = _rationale_items(c)
    if r:
        secs.append(("ratl", "Indication", r))
    secs.append(("ebl", "EBL / complications", ["Minimal. None."]))
    secs.append(
        (
            "attest",
            "",
            [_attest_open(c, False)] + ([c.bare()] if p.outcome == "no_rationale" and c.chance(0.5) else []) + [c.att],
        )
    )
    return secs


def srs_sim(c: Ctx) -> list[Section]:
    """Sections of a srs sim note."""
    p = c.p
    secs: list[Section] = [
        _header(c, c.pick(["SRS SIMULATION NOTE", "Stereotactic radiosurgery — simulation", "Frameless SRS sim"])),
        _dx(c),
    ]
    secs.append(("mask", "Immobilization", [c.immob() + "; mask fit checked, <2 mm gap."]))
    img = c.modality_sentences()
    img += [x for x in [c.planned_modality()] if x]
    secs.append(("img", "Imaging", img))
    tgt = [c.areas_line()]
    if p.n_areas and p.n_areas > 1 and c.chance(0.6):
        c.trap("single isocentre over several areas")
        tgt.append("Single isocenter, placed centrally between the lesions.")
    secs.append(("tgt", c.pick(["Targets", "Lesions"]), tgt))
    secs.append(("tech", "Technique", c.feature_sentences() + c.some_traps(1, ("neg_f", "plan_f"))))
    r = _rationale_items(c)
    if r:
        secs.append(("ratl", "Why complex", r))
    secs.append(
        (
            "nsg",
            "",
            [
                c.pick(
                    [
                        "Neurosurgery (Dr. Haraldsen) aware.",
                        "Neurosurgery aware; no frame needed.",
                        "Neuro-oncology aware of the plan.",
                    ]
                )
            ],
        )
    )
    secs.append(("attest", "", [_attest_open(c, False), c.att]))
    return secs


def resim(c: Ctx) -> list[Section]:
    """Sections of a resim note."""
    secs: list[Section] = [_header(c, c.pick(["RE-SIMULATION NOTE", "Repeat CT simulation (replan)", "Re-sim"]))]
    secs.append(
        (
            "why",
            "Reason for re-sim",
            [
                c.pick(
                    [
                        "Weight loss of 6 kg; mask loose.",
                        "Tumor shrinkage on CBCT; replan requested.",
                        "Bladder filling inconsistent; repeat scan.",
                        "New pain, different position needed.",
                    ]
                )
            ],
        )
    )
    secs.append(("copy", "", [c.copy_forward()]))
    today = [c.pick(["Today:", "Done today:", "At today's re-simulation:"])]
    today += c.modality_sentences()
    today += c.feature_sentences()
    today.append(c.areas_line())
    today += c.some_traps(1, ("neg_f", "plan_m", "mlc", "prior"))
    secs.append(("today", "", today))
    r = _rationale_items(c)
    if r:
        secs.append(("ratl", "Medical necessity", r))
    secs.append(("sign", "", [f"{c.resident} / {c.att}"]))
    return secs


def electron_setup(c: Ctx) -> list[Section]:
    """Sections of a electron setup note."""
    p = c.p
    secs: list[Section] = [
        _header(
            c,
            c.pick(
                ["ELECTRON SIMULATION / CLINICAL SETUP", "Clinical setup note — electrons", "Skin: simulation & setup"]
            ),
        ),
        _dx(c),
    ]
    setup = [
        f"Lesion outlined with {c.pick(['wire', 'marker', 'radio-opaque wire'])} plus {c.pick(['5 mm', '8 mm', '1 cm'])} margin."
    ]
    setup += c.modality_sentences() or [
        c.pick(["Clinical setup on the couch; no CT obtained.", "No CT — clinical markup only."])
    ]
    setup += c.feature_sentences()
    if "custom_shielding" not in p.features:
        setup.append(c.pick(["Standard 6x6 applicator, no cutout.", "Open 10x10 cone."]))
    setup.append(f"Energy {c.pick(['6', '9', '12'])} MeV, SSD 100, {c.bolus()}")
    setup.append(c.areas_line())
    secs.append(("setup", "Setup", setup))
    r = _rationale_items(c)
    if r:
        secs.append(("ratl", "Indication", r))
    secs.append(("sign", "", [f"{c.resident}, {c.att_short}, RTT {c.rtt}"]))
    return secs


# --------------------------------------------------------------------------------- non-simulation composers ---
def _future_sim(c: Ctx) -> str:
    c.trap("planned feature")
    c.trap("planned modality")
    areas = ", ".join(c.f(c.site.areas[k][1][0]) for k in c.pick(c.site.sets[max(c.site.sets)])[1])
    return c.pick(
        [
            f"Plan: CT simulation next week with IV contrast and MRI fusion; anticipate VMAT to {areas}.",
            f"Will schedule simulation ({areas}); likely 4DCT, possible PET fusion, custom blocks if needed.",
            f"Sim planned {c.date}: contrast per protocol, treat {areas}.",
        ]
    )


def consult(c: Ctx) -> list[Section]:
    """Sections of a consult note."""
    c.trap("non-simulation note")
    secs: list[Section] = [
        _header(c, c.pick(["RADIATION ONCOLOGY CONSULTATION", "New patient consult", "Consult note"]))
    ]
    secs.append(("ref", "Referring", [c.pick(REFERRERS)]))
    hpi = [f"{c.age}-year-old with {c.dx}."] + FL.sample(c.rng, FL.HPI, 3, 9) + [c.hist(), c.hist()]
    secs.append(("hpi", "HPI", hpi))
    if c.p.style == "long":
        secs.append(("pmh", "PMH", [", ".join(FL.sample(c.rng, FL.PMH, 4, 8))]))
        secs.append(("meds", "Medications", ["; ".join(FL.sample(c.rng, FL.MEDS, 5, 11))]))
        secs.append(("soc", "Social", FL.sample(c.rng, FL.SOCIAL, 2, 5)))
        secs.append(("fam", "Family", FL.sample(c.rng, FL.FAMILY, 2, 3)))
        secs.append(("ros", "ROS", FL.sample(c.rng, FL.ROS, 9, 13)))
        secs.append(("exam", "Exam", FL.sample(c.rng, FL.EXAM, 8, 11)))
        secs.append(("labs", "Labs", [", ".join(FL.sample(c.rng, FL.LABS, 5, 9))]))
    else:
        secs.append(("exam", "Exam", FL.sample(c.rng, FL.EXAM, 3, 5)))
    secs.append(("ap", "Assessment/Plan", FL.sample(c.rng, FL.ASSESS, 3, 6) + [_future_sim(c)]))
    secs.append(("sign", "", [f"{c.resident}, MD / {c.att}"]))
    return secs


def otv(c: Ctx) -> list[Section]:
    """Sections of a otv note."""
    c.trap("non-simulation note")
    c.trap("past course summary")
    fx = c.rng.randint(3, 30)
    return [
        _header(c, c.pick(["OTV", "On-treatment visit", "Weekly management note"])),
        (
            "tx",
            "Tx",
            [
                f"Fx {fx}/{fx + c.rng.randint(2, 15)}; simulated {c.old_date} with IV contrast, VMAT, 2 areas per sim note.",
                c.pick(
                    [
                        "Tolerating well.",
                        "Grade 1 dermatitis.",
                        "Mild fatigue, eating OK.",
                        "G2 esophagitis — magic mouthwash.",
                    ]
                ),
            ],
        ),
        ("exam", "Exam", FL.sample(c.rng, FL.EXAM, 2, 4)),
        (
            "img",
            "IGRT",
            [c.pick(["CBCT reviewed: shifts < 3 mm.", "kV pairs reviewed.", "CBCT: bladder fuller than at sim."])],
        ),
        (
            "plan",
            "Plan",
            [c.pick(["Continue. " + c.planned_feature(), "Continue RT as planned.", "Re-sim if weight loss > 5%."])],
        ),
        ("sign", "", [c.resident]),
    ]


def tumor_board(c: Ctx) -> list[Section]:
    """Sections of a tumor board note."""
    c.trap("non-simulation note")
    return [
        _header(
            c,
            c.pick(["MULTIDISCIPLINARY TUMOR BOARD PRESENTATION", "Tumor board summary", "Thoracic/GI/GU tumor board"]),
        ),
        ("case", "Case", [f"{c.age} y/o, {c.dx}.", c.hist(), c.hist()]),
        (
            "path",
            "Pathology",
            [c.pick(["Reviewed by pathology: confirmed.", "Margins close (1 mm).", "LVSI present."])],
        ),
        (
            "disc",
            "Discussion",
            [
                c.pick(
                    [
                        "Radiology reviewed outside MRI with contrast; agree with staging.",
                        "Surgery not favored; RT recommended.",
                    ]
                ),
                _future_sim(c),
            ],
        ),
        ("rec", "Recommendation", [c.pick(["Definitive chemoRT.", "Preoperative RT then surgery.", "Palliative RT."])]),
        ("att", "", [f"Presented by {c.resident} ({c.pgy}); attendings present: {c.att}"]),
    ]


def chart_rounds(c: Ctx) -> list[Section]:
    """Sections of a chart rounds note."""
    c.trap("non-simulation note")
    c.trap("other person")
    others = c.rng.sample(OTHER_PATIENTS, 3)
    subj = c.pick(
        [
            f"{c.initials} [this chart] — chart rounds: contours approved, PTV margin discussed (5 mm); sim {c.old_date} reviewed.",
            f"{c.initials} (this pt) — peer review: plan approved; 4DCT-based ITV reasonable; VMAT plan meets constraints.",
            f"{c.initials} — this patient: targets and dose approved at chart rounds; no changes.",
        ]
    )
    rows = [
        f"{others[0]} — new sim: IV contrast, 3 areas, PET fused — approved.",
        subj,
        f"{others[1]} — re-sim for weight loss; custom blocks remade.",
        f"{others[2]} — SRS x4 mets, MRI fused; arcs.",
    ]
    return [
        (
            "header",
            "",
            [
                c.pick(["CHART ROUNDS / PEER REVIEW", "Weekly chart rounds (physician peer review)"]),
                c.date,
                f"Attendings: {c.att}; physics {c.phys}",
            ],
        ),
        ("rows", "", [f"- {r}" for r in rows]),
        ("sign", "", ["Filed to each patient's chart."]),
    ]


def physics_consult(c: Ctx) -> list[Section]:
    """Sections of a physics consult note."""
    c.trap("non-simulation note")
    c.trap("quotes the simulation")
    quote = c.pick(
        [
            f"Per the simulation note of {c.old_date}: CT sim with IV contrast, MRI fused, VMAT; areas per directive.",
            f"The patient was simulated {c.old_date} (4DCT, PET fused). Prior RT to {c.pick(c.site.prior)}.",
            f"Simulation {c.old_date} documented oral contrast, custom blocks and three treatment areas.",
        ]
    )
    reason, finding = c.pick(
        [
            (
                "Pacemaker within 5 cm of the field — device dose evaluation.",
                "Estimated device dose 0.8 Gy (< 2 Gy); low risk category.",
            ),
            ("Re-irradiation: reconstruct prior plan and sum dose.", "Composite cord Dmax 46 Gy EQD2 (alpha/beta 2)."),
            ("Pregnancy: fetal dose estimate.", "Fetal dose estimate 3.1 cGy with abdominal shielding."),
            (
                "Hip prosthesis in the beam path: dose calculation check.",
                "Beams avoid the prosthesis; calculation verified.",
            ),
        ]
    )
    return [
        _header(
            c,
            c.pick(
                [
                    "SPECIAL MEDICAL PHYSICS CONSULTATION (77370)",
                    "Request: special physics consult",
                    "Physics consult note",
                ]
            ),
        ),
        ("req", "Requested by", [f"{c.att}"]),
        ("reason", "Reason for consult", [reason]),
        ("hist", "Background", [quote]),
        ("find", "Findings", [finding]),
        ("sign", "", [c.phys]),
    ]


def handoff_presim(c: Ctx) -> list[Section]:
    """Sections of a handoff presim note."""
    c.trap("non-simulation note")
    c.trap("other person")
    others = c.rng.sample(OTHER_PATIENTS, 2)
    return [
        ("header", "", ["Resident sign-out", f"{c.date}: {c.resident} -> {c.resident2}", f"Chart: {c.initials}"]),
        (
            "list",
            "",
            [
                f"1. {others[0]} — sim'd today w/ oral + IV contrast, 3 areas, complex (abuts cord).",
                f"2. {c.initials} (THIS PT) — sim TOMORROW 0800. {_future_sim(c)} Needs Cr before contrast.",
                f"3. {others[1]} — HDR #2 done, applicator verified on CT.",
            ],
        ),
    ] + _handoff_tail(c)


def treatment_summary(c: Ctx) -> list[Section]:
    """Sections of a treatment summary note."""
    c.trap("non-simulation note")
    c.trap("past course summary")
    return [
        _header(c, c.pick(["TREATMENT SUMMARY", "End of treatment summary", "RT completion summary"])),
        ("dx", "Diagnosis", [c.dx]),
        (
            "course",
            "Course",
            [
                f"Simulated {c.old_date} ({c.pick(['4DCT', 'CT with IV contrast', 'CT with MRI fusion'])}); "
                f"treated with {c.pick(['VMAT', 'protons', '3D conformal', 'electrons with a custom cutout'])} "
                f"to {c.f(c.site.areas[c.pick(sorted(c.site.areas))][1][0])}, {c.pick(['50 Gy/25', '60 Gy/30', '30 Gy/10', '45 Gy/25'])}.",
                c.pick(["Completed without breaks.", "One-day break for a holiday.", "Held 3 days for cytopenias."]),
            ],
        ),
        ("tox", "Toxicity", [c.pick(["G1 fatigue, G1 dermatitis.", "G2 esophagitis.", "No acute toxicity."])]),
        ("fu", "Follow-up", [c.pick(["RTC 6 weeks with imaging.", "PSA in 3 months.", "MRI brain in 8 weeks."])]),
        ("sign", "", [c.att]),
    ]


def follow_up(c: Ctx) -> list[Section]:
    """Sections of a follow up note."""
    c.trap("non-simulation note")
    secs: list[Section] = [_header(c, c.pick(["FOLLOW-UP VISIT", "Rad onc follow-up", "Post-treatment follow-up"]))]
    body = [f"{c.age} y/o with {c.dx}, completed RT {c.old_date}.", c.hist()]
    body += FL.sample(c.rng, FL.HPI, 2, 6)
    secs.append(("int", "Interval history", body))
    if c.p.style == "long":
        secs.append(("meds", "Meds", ["; ".join(FL.sample(c.rng, FL.MEDS, 6, 11))]))
        secs.append(("soc", "Social", FL.sample(c.rng, FL.SOCIAL, 3, 5)))
        secs.append(("ros", "ROS", FL.sample(c.rng, FL.ROS, 10, 13)))
        secs.append(("exam", "Exam", FL.sample(c.rng, FL.EXAM, 8, 11)))
        secs.append(("labs", "Labs", [", ".join(FL.sample(c.rng, FL.LABS, 6, 9))]))
        secs.append(("fam", "Family", FL.sample(c.rng, FL.FAMILY, 2, 3)))
    secs.append(("img", "Imaging", [c.hist()]))
    secs.append(
        (
            "plan",
            "Plan",
            [
                c.pick(
                    [
                        "If recurrence, could consider re-irradiation with re-simulation, IV contrast and MRI fusion.",
                        "Surveillance imaging in 3 months.",
                        "Return PRN.",
                    ]
                )
            ],
        )
    )
    c.trap("planned feature")
    secs.append(("sign", "", [c.resident]))
    return secs


def dosimetry_note(c: Ctx) -> list[Section]:
    """Sections of a dosimetry note note."""
    c.trap("non-simulation note")
    return [
        _header(c, c.pick(["Dosimetry planning note", "Plan documentation (dosimetry)"])),
        (
            "plan",
            "Plan",
            [
                f"Plan built on the sim CT of {c.old_date}; {c.pick(['VMAT 2 arcs', '3D 4-field', 'IMRT 7 fields'])}.",
                f"{c.pick(['MRI', 'PET'])} fusion from sim reused.",
                "All OAR constraints met; see DVH.",
            ],
        ),
        ("qa", "QA", ["Patient-specific QA pass (gamma 3%/2mm 99.1%)."]),
        ("sign", "", [c.dosi]),
    ]


def blank_sim_template(c: Ctx) -> list[Section]:
    """Sections of a blank sim template note."""
    c.trap("blank template")
    return [
        _header(c, "CT SIMULATION PROCEDURE NOTE"),
        ("dx", "Diagnosis", [c.dx]),
        ("sites", "Treatment site(s)", ["***"]),
        ("n", "Number of treatment areas", ["☐ 1  ☐ 2  ☐ 3  ☐ 4+"]),
        ("img", "Imaging", ["☐ CT sim  ☐ 4DCT  ☐ MRI fusion  ☐ PET fusion"]),
        (
            "feat",
            "Complex features",
            ["☐ IV contrast ☐ oral contrast ☐ custom blocks ☐ VMAT/arc ☐ protons ☐ applicator verification"],
        ),
        ("why", "Medical necessity for complex simulation", ["***"]),
        ("sign", "", [f"{c.resident}, MD — *** (unsigned draft)"]),
    ]


def blank_rtt_form(c: Ctx) -> list[Section]:
    """Sections of a blank rtt form note."""
    c.trap("blank template")
    return [
        ("header", "", ["RTT SIMULATION RECORD", f"Pt {c.initials} / MRN {c.mrn}", "Therapists: ***"]),
        ("scan", "Scan", ["Scanner: ___  Slice: ___  4D: Y / N"]),
        (
            "table",
            "Isocenter / couch",
            ["Iso | Site | Vrt | Lng | Lat | SSD", "--- | ---- | --- | --- | --- | ---", "1 | | | | |"],
        ),
        ("feat", "Contrast / accessories", ["☐ IV contrast", "☐ Oral contrast", "☐ Custom blocks", "☐ Bolus"]),
        ("ind", "MD indication for complex sim", ["___"]),
        ("sign", "", ["(not completed)"]),
    ]


def aborted_sim(c: Ctx) -> list[Section]:
    """Sections of a aborted sim note."""
    c.trap("aborted")
    why = c.pick(
        [
            "Pt became claustrophobic in the mask and asked to stop before any scan.",
            "Pain uncontrolled despite premedication; could not lie flat. Simulation aborted before scanning.",
            "Hives after the IV line flush, before contrast — simulation stopped, no images acquired.",
            "Child woke during induction; anesthesia aborted the case. No imaging.",
            "Applicator could not be placed (stenosis). Procedure aborted, no planning imaging.",
        ]
    )
    return [
        _header(c, c.pick(["Simulation — ABORTED", "Sim note (incomplete/aborted)", "CT simulation attempt"])),
        _dx(c),
        ("plan", "Intended", [_future_sim(c)]),
        ("what", "What happened", [why, "No planning images were acquired."]),
        (
            "next",
            "Next",
            [
                c.pick(
                    [
                        "Reschedule with lorazepam premed.",
                        "Will reattempt under GA next week.",
                        "Pain consult; re-sim in 2 days.",
                    ]
                ),
                c.pick(["Complex simulation still indicated at next attempt.", ""]),
            ],
        ),
        ("sign", "", [f"{c.resident} / {c.att}"]),
    ]


COMPOSERS = {
    "resident_attest": resident_attest,
    "teaching_note": teaching_note,
    "rtt_record": rtt_record,
    "order_procedure": order_procedure,
    "long_hp": long_hp,
    "handoff_sim": handoff_sim,
    "brachy_procedure": brachy_procedure,
    "srs_sim": srs_sim,
    "resim": resim,
    "electron_setup": electron_setup,
    "consult": consult,
    "otv": otv,
    "tumor_board": tumor_board,
    "chart_rounds": chart_rounds,
    "physics_consult": physics_consult,
    "handoff_presim": handoff_presim,
    "treatment_summary": treatment_summary,
    "follow_up": follow_up,
    "dosimetry_note": dosimetry_note,
    "blank_sim_template": blank_sim_template,
    "blank_rtt_form": blank_rtt_form,
    "aborted_sim": aborted_sim,
}
_UNUSED = (tok, NURSES, PAYERS)
