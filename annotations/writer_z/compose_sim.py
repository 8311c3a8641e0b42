"""Simulation documents.

Transcribed notes, remote reviews, therapist checklists, co-signed addenda, orders, brachytherapy insertions, electron
set-ups, paediatric GA simulations, re-simulations, SRS, aborted and blank records.
"""
# ruff: noqa: D103, E501

from __future__ import annotations

from . import filler as fl
from . import phrases as ph
from . import traps as tr
from .context import Ctx
from .doc import Doc, para, vflag
from .evidence import Evidence, gather
from .markup import tok
from .vocab import SATELLITE

VENDOR_STYLES = ("vendor_prose", "vendor_flagged", "caps_vendor", "long_dictation")


def sentences(parts: list[str]) -> str:
    return " ".join(x.strip() for x in parts if x and x.strip())


def long_workup(ctx: Ctx, d: Doc, ev: Evidence) -> None:
    """History and examination sections of a long dictation (filler; historical imaging traps go here)."""
    d.add(
        "hpi",
        para(
            ctx,
            ["History of present illness", "Brief history", "HPI", "Clinical history"],
            sentences(
                [
                    vflag(ctx, fl.hpi(ctx)),
                    vflag(ctx, fl.treatment_history(ctx)),
                    vflag(ctx, fl.hpi(ctx).split(". ", 1)[-1]) if ctx.chance(0.3) else "",
                ]
            ),
            inline=False,
        ),
    )
    if ctx.chance(0.8):
        d.add(
            "pmh",
            para(
                ctx,
                ["Past history", "Past medical history", "PMH/PSH"],
                sentences(
                    [
                        fl.comorbid(ctx),
                        ctx.pick(
                            [
                                "No h/o TB/asthma.",
                                "S/p appendicectomy (1998).",
                                "H/o cholecystectomy.",
                                "No prior surgeries.",
                                "H/o COVID-19 in 2021, recovered.",
                            ]
                        ),
                    ]
                ),
            ),
        )
    d.add("personal", vflag(ctx, fl.personal(ctx)))
    if ctx.chance(0.7):
        d.add("family", fl.family(ctx))
    d.add("meds", vflag(ctx, fl.meds(ctx)))
    if ctx.chance(0.6):
        d.add(
            "allergy",
            ctx.pick(
                [
                    "Allergies: NKDA.",
                    "Allergy: sulfa drugs (rash).",
                    "No known drug allergies.",
                    "Allergy - penicillin.",
                ]
            ),
        )
    d.add(
        "exam",
        para(
            ctx,
            ["Examination", "On examination", "Clinical examination"],
            sentences([vflag(ctx, fl.general_exam(ctx)), fl.systemic_exam(ctx), fl.local_exam(ctx)]),
            inline=False,
        ),
    )
    inv = [fl.labs(ctx), *ev.hist()]
    d.add("inv", para(ctx, ["Investigations", "Investigations reviewed", "Work-up"], sentences(inv), inline=False))
    if ctx.chance(0.7):
        d.add("counsel", para(ctx, ["Counselling", "Discussion"], sentences([fl.counselling(ctx), discussion(ctx)])))


DISCUSS = [
    "We discussed the intent of treatment and the expected benefit in some detail.",
    "{He} lives about {k} miles from {town} and would prefer treatment at Harlan Creek if possible.",
    "The daughter was present on the phone and all her queries were answered.",
    "Acute and late toxicities were explained, including fatigue and skin changes over the treated region.",
    "{He} understands that treatment will be daily, Monday to Friday, for the planned number of fractions.",
    "Smoking cessation was advised again and a referral made to the tobacco clinic.",
    "Nutrition referral placed given the recent weight loss.",
    "Social work to help with the travel and lodging needs.",
    "Goals of care were discussed; {he} wishes to continue active treatment.",
    "Pain is presently controlled with the current regimen; dose adjusted slightly.",
    "The importance of keeping the same bladder and bowel preparation was stressed.",
    "We will review {him} weekly during treatment at the OTV clinic.",
    "Fertility and sexual health concerns were addressed and a leaflet given.",
    "Dental clearance has been obtained from the Pell Mill dental clinic.",
]


def discussion(ctx: Ctx, k: int | None = None) -> str:
    used = getattr(ctx, "used_discuss", [])
    items = [x for x in DISCUSS if x not in used]
    ctx.r.shuffle(items)
    k = k or ctx.r.randint(2, 4)
    out = []
    ctx.used_discuss = used + items[:k]
    for s in items[:k]:
        out.append(
            s.replace("{He}", ctx.he.capitalize())
            .replace("{he}", ctx.he)
            .replace("{him}", ctx.him)
            .replace("{k}", str(ctx.r.randint(20, 90)))
            .replace("{town}", ctx.pick(["Ashgrove", "Pell Mill"]))
        )
    return " ".join(out)


def procedure_sentences(ctx: Ctx, ev: Evidence, include_contrast: bool = True) -> list[str]:
    pos = "" if ctx.p.note_type == "peds_ga_sim" else fl.position(ctx)
    parts = [fl.consent_line(ctx) if ctx.chance(0.6) else "", pos]
    if ctx.chance(0.5):
        parts.append(
            ctx.pick(["Immobilisation: {i}.", "{I} used for immobilisation.", "Immobilised with {i}."])
            .replace("{i}", ctx.immob)
            .replace("{I}", ctx.immob[:1].upper() + ctx.immob[1:])
        )
    parts.append(ev.ct)
    if include_contrast and ev.contrast:
        parts.insert(len(parts) - (1 if ctx.chance(0.5) else 0), ev.contrast)
    parts += ev.fusion + ev.other_mods
    if ev.shielding:
        parts.append(ev.shielding)
    if ev.hyperthermia:
        parts.append(ev.hyperthermia)
    parts += ev.proc()
    if ctx.chance(0.6):
        parts.append(fl.tattoos(ctx))
    return parts


def vendor_sim_body(ctx: Ctx, d: Doc, ev: Evidence, title: str, pre: list[tuple[str, str]] | None = None) -> None:
    """The shared shape of a vendor-transcribed simulation document (header to plan; no signature)."""
    p = ctx.p
    d.add("hdr", fl.header(ctx, title))
    d.add("dx", para(ctx, ["Diagnosis", "Dx", "Clinical diagnosis", "Case"], ctx.dx, inline=True))
    if p.long:
        long_workup(ctx, d, ev)
    else:
        hist = [vflag(ctx, fl.hpi(ctx))]
        if ctx.chance(0.5):
            hist.append(vflag(ctx, fl.treatment_history(ctx)))
        hist += ev.hist()
        d.add("hist", para(ctx, ["Brief history", "Indication", "History", "Clinical summary"], sentences(hist)))
    for key, text in pre or []:
        d.add(key, text)
    if ctx.has("copy_forward"):
        d.add("copied", tr.copy_forward(ctx))
    reason_first = ctx.chance(0.3)
    if reason_first and ev.reason:
        d.add(
            "reason",
            para(
                ctx,
                ["Indication for complex simulation", "Complexity", "Medical necessity"],
                sentences([ev.reason, ev.extra_reason]),
            ),
        )
    proc = procedure_sentences(ctx, ev)
    split_imaging = ctx.chance(0.35)
    if split_imaging:
        imaging = [x for x in proc if x in ev.imaging()]
        proc = [x for x in proc if x not in ev.imaging()]
        d.add(
            "proc",
            para(
                ctx,
                ["Procedure", "Procedure details", "Description of procedure", "Set-up"],
                sentences(proc),
                inline=False,
            ),
        )
        d.add("imaging", para(ctx, ["Imaging", "Scan", "Image acquisition"], sentences(imaging)))
    else:
        d.add(
            "proc",
            para(
                ctx,
                ["Procedure", "Procedure in detail", "Description of procedure", "Simulation"],
                sentences(proc),
                inline=False,
            ),
        )
    areas_first = ctx.chance(0.5)
    tech = ev.technique + ev.tech()
    if areas_first:
        d.add("areas", para(ctx, ["Treatment areas", "Target", "Sites", "Volumes"], ev.areas))
        d.add("tech", para(ctx, ["Technique", "Treatment technique", "Planning"], sentences(tech)))
    else:
        d.add(
            "tech", para(ctx, ["Technique", "Treatment technique", "Plan of treatment"], sentences([*tech, ev.areas]))
        )
    if not reason_first and (ev.reason or ev.extra_reason):
        d.add(
            "reason",
            para(
                ctx,
                [
                    "Complexity",
                    "Indication for complex simulation",
                    "Medical necessity",
                    "Reason for complex simulation",
                ],
                sentences([ev.reason, ev.extra_reason]),
            ),
        )
    plan = [fl.dose_line(ctx) if ctx.chance(0.6) else "", vflag(ctx, fl.logistics(ctx)), *ev.plan()]
    d.add("plan", para(ctx, ["Plan", "Further plan", "Advice"], sentences(plan)))


def sign_off(ctx: Ctx, d: Doc) -> None:
    d.add("sig", fl.signature(ctx))
    if ctx.p.style in VENDOR_STYLES and ctx.chance(0.85):
        d.add("footer", fl.vendor_footer(ctx))


# ------------------------------------------------------------------------------------------------ composers
def transcribed_sim(ctx: Ctx) -> Doc:
    d = Doc(ctx)
    ev = gather(ctx, "prose")
    title = ctx.pick(
        [
            "CT SIMULATION NOTE",
            "SIMULATION NOTE",
            "PROCEDURE NOTE - CT SIMULATION",
            "RADIOTHERAPY PLANNING - SIMULATION",
            "CT-BASED SIMULATION",
            "TREATMENT SIMULATION",
        ]
    )
    vendor_sim_body(ctx, d, ev, title)
    sign_off(ctx, d)
    return d


def remote_review(ctx: Ctx) -> Doc:
    d = Doc(ctx)
    p = ctx.p
    terse = p.style == "remote_terse"
    ev = gather(ctx, "terse" if terse else "prose")
    ctx.trap("remote_supervision")
    sat = ctx.pick(SATELLITE)
    t_sim = f"{ctx.r.randint(8, 11):02d}:{ctx.r.randrange(0, 60):02d}"
    t_doc = f"{ctx.r.randint(15, 21):02d}:{ctx.r.randrange(0, 60):02d}"
    reported = ctx.has("therapist_reported")
    if terse:
        d.add(
            "hdr",
            ctx.pick(
                [
                    f"{sat} - remote sim review {ctx.dos()} {t_doc}",
                    f"REMOTE SIM REVIEW ({sat}) / DOS {ctx.dos()}",
                    f"Late entry {ctx.dos()} {t_doc}: sim review, {sat}",
                ]
            ),
        )
        d.add(
            "who",
            ctx.pick(
                [
                    f"Pt sim'd at HC this am ({t_sim}) by {ctx.ther1.split(',')[0]}/{ctx.ther2.split(',')[0]}; I was on video from Ashgrove.",
                    f"Sim done on site by RTTs ({ctx.ther1.split(',')[0]}). I supervised virtually, not on site.",
                    f"Therapists ran the sim at {t_sim}; I was available by phone/Teams throughout.",
                ]
            ),
        )
        if ctx.chance(0.7):
            d.add("dx", ctx.pick(["Dx: ", "Dx - ", ""]) + ctx.dx)
        lines = [
            ctx.pick(
                [
                    "Reviewed sim imgs remotely:",
                    "Imgs reviewed remotely in Eclipse:",
                    "Remote review of sim CT:",
                    "Sim imgs (reviewed remotely):",
                    "Looked at the sim remotely -",
                ]
            )
        ]
        body = ev.imaging() + ([ev.contrast] if ev.contrast else []) + ([ev.shielding] if ev.shielding else [])
        body += [*ev.proc(), ev.areas, *ev.technique, *ev.tech()]
        if reported:
            ctx.trap("therapist_reported")
            body.insert(0, ctx.pick(["per RTT sim record -", "RTTs report:", "(from therapist checklist)"]))
        bullet = ctx.pick(["- ", "* ", "> ", ""])
        for x in body:
            if x:
                lines.append(bullet + x)
        reason = sentences([ev.reason, ev.extra_reason])
        if reason and ctx.chance(0.4):
            lines.append(bullet + reason)
            reason = ""
        d.add("list", "\n".join(lines))
        if ctx.has("copy_forward"):
            d.add("copied", tr.copy_forward(ctx))
        if reason:
            d.add("reason", reason)
        if ev.hist():
            if ctx.chance(0.5):
                d.sections.insert(1, ("hist", sentences(ev.hist())))
            else:
                d.add("hist", sentences(ev.hist()))
        d.add(
            "plan",
            sentences(
                [
                    *ev.plan(),
                    ctx.pick(["OK for planning.", "Approved for contouring.", "Proceed to planning.", "Sim accepted."]),
                ]
            ),
        )
        d.add("sig", ctx.pick([f"- {ctx.md[1]}", f"{ctx.md[0]}, MD (remote)", f"/es/ {ctx.md[0]}"]))
        return d
    d.add(
        "hdr",
        ctx.pick(
            [
                f"Bramblewood Health - {sat} (tele-supervised site)\nREMOTE PHYSICIAN REVIEW - CT SIMULATION",
                f"REMOTE SIMULATION REVIEW\nSite: {sat} (virtual supervision)",
                f"{sat.upper()} | TELE-SUPERVISED SIMULATION | PHYSICIAN DOCUMENTATION",
            ]
        ),
    )
    doc_date = ctx.dos() if ctx.chance(0.6) else ctx.date(-1)
    meta = [
        f"Sim date/time: {ctx.dos()} {t_sim}",
        f"Documented: {doc_date} {t_doc}" + (" (late entry)" if ctx.chance(0.5) else ""),
        f"Performed on site by: {ctx.ther1}; {ctx.ther2}",
        f"Supervising physician: {ctx.md_name()}, remote from {ctx.main} ({ctx.pick(['video link', 'Teams', 'phone and video'])})",
    ]
    if ctx.chance(0.4):
        meta.append(
            ctx.pick(
                [
                    "Connection: stable throughout.",
                    "Video dropped once for ~2 min; phone backup used.",
                    "Audio/video link tested at start of session.",
                ]
            )
        )
    if ctx.chance(0.5):
        ctx.r.shuffle(meta)
    d.add("meta", "\n".join(meta))
    if ctx.chance(0.75):
        d.add("dx", para(ctx, ["Diagnosis", "Dx"], ctx.dx, inline=True))
    intro = ctx.pick(
        [
            "I reviewed the simulation images remotely after the session.",
            "The simulation images were reviewed remotely in the planning system.",
            "I was not physically present; I reviewed the simulation images remotely and spoke with the therapists.",
            "Reviewed the simulation images remotely this evening; the therapist record was also reviewed.",
        ]
    )
    if reported:
        ctx.trap("therapist_reported")
        intro += " " + ctx.pick(
            ["Per the therapists' record:", "The therapists documented the following, which I confirm on the images:"]
        )
    body = [intro] + ev.imaging() + ([ev.contrast] if ev.contrast else []) + ([ev.shielding] if ev.shielding else [])
    body += ev.proc()
    if ctx.chance(0.3):
        body.append(
            ctx.pick(
                [
                    "Scout repeated once for patient motion.",
                    "Images are of diagnostic quality for planning.",
                    "Set-up photographs reviewed.",
                    "Tattoos visible on the surface rendering.",
                ]
            )
        )
    d.add("review", para(ctx, ["Findings", "Review", "Simulation", "Images reviewed"], sentences(body), inline=False))
    if ctx.has("copy_forward"):
        d.add("copied", tr.copy_forward(ctx))
    blocks = [
        ("areas", para(ctx, ["Areas", "Treatment sites", "Targets"], ev.areas)),
        ("tech", para(ctx, ["Technique", "Planning"], sentences(ev.technique + ev.tech()))),
        ("reason", para(ctx, ["Complexity", "Reason", "Why complex"], sentences([ev.reason, ev.extra_reason]))),
    ]
    if ctx.chance(0.5):
        ctx.r.shuffle(blocks)
    for key, text in blocks:
        d.add(key, text)
    if ev.hist() and ctx.chance(0.4):
        d.sections.insert(min(2, len(d.sections)), ("hist", sentences(ev.hist())))
    else:
        d.add("hist", sentences(ev.hist()))
    if ctx.chance(0.8):
        d.add("plan", para(ctx, ["Plan", "Next steps"], sentences([*ev.plan(), fl.logistics(ctx)])))
    elif ev.plan():
        d.add("plan", sentences(ev.plan()))
    d.add(
        "attest",
        ctx.pick(
            [
                "Attestation: I was immediately available by telecommunication throughout the procedure and reviewed the images before approving them for planning.",
                "Virtual direct supervision provided via real-time audio/video. Images reviewed and approved.",
                "I supervised this simulation virtually and have reviewed the acquired images.",
            ]
        ),
    )
    d.add("sig", f"{ctx.md[0]}, MD - e-signed {doc_date} {t_doc}")
    return d


COMMENT_TRAPS = (
    "planned_feature",
    "planned_modality",
    "resim_planned_main",
    "hedged_technique",
    "many_beams",
    "fourdct_alone",
    "mlc_only",
    "tangents",
    "prior_site_in_passing",
    "iv_deferred_no_md",
    "negated_modality",
    "dibh",
)


def therapist_checklist(ctx: Ctx) -> Doc:
    """Therapists' simulation checklist exported from the oncology information system as key: value text."""
    d = Doc(ctx)
    p = ctx.p
    ev = gather(ctx, "kv")
    us = ctx.dos(us=True)
    site_of_service = (
        "HARLAN CREEK" if p.location == "satellite" else ("PELL MILL" if p.location == "pellmill" else "ASHGROVE")
    )
    d.add(
        "banner",
        ctx.pick(
            [
                "===== OIS EXPORT :: CT SIM CHECKLIST =====",
                "*** SIMULATION CHECKLIST (exported) ***",
                "[OIS] Sim Checklist v3.2 - printed",
                "SIM CHECKLIST | RADIATION ONCOLOGY | BRAMBLEWOOD HEALTH",
                f"Report: SIM_CHECKLIST  Run: {us} {ctx.time()}  Dept: RAD ONC",
                "--- Simulation Record (therapist) ---",
            ]
        ),
    )
    md = f"{ctx.md[0].split()[-1].upper()}, {ctx.md[0].split()[0].upper()}"
    ident = [
        f"Patient ID: {ctx.mrn}",
        f"Site of service: {site_of_service}",
        f"Sim Date: {us}",
        f"Supervising MD: {md} ({'remote' if p.location == 'satellite' else 'on site'})",
    ]
    if ctx.chance(0.5):
        ident.append(
            ctx.pick(
                [
                    f"Course: C{ctx.r.randint(1, 3)}",
                    f"Plan ID: {ctx.pick(['PLAN', 'CRS', 'RX'])}{ctx.r.randint(1, 9)}",
                    f"Appointment: {ctx.time()}",
                ]
            )
        )
    if ctx.chance(0.5):
        ctx.r.shuffle(ident)
    d.add("ident", "\n".join(ident))
    if ctx.chance(0.6):
        d.add("dx", f"{ctx.pick(['Diagnosis', 'Dx', 'ICD-10 / Dx'])}: {ctx.dx}")
    if ctx.chance(0.45):
        d.add(
            "prep",
            "\n".join(
                ctx.pick(
                    [
                        ["Pre-sim safety: complete", "Pregnancy status: N/A", "Implanted device: none"],
                        [
                            f"Allergies: {ctx.pick(['NKDA', 'iodine (hives)', 'latex'])}",
                            "Metal/implants: none declared",
                        ],
                        [f"Bladder prep: {ctx.pick(['followed', 'partially followed', 'N/A'])}", "Bowel prep: N/A"],
                        [f"eGFR: {ctx.r.randint(45, 110)}", f"Creatinine: {ctx.r.randint(6, 13) / 10:.1f}"],
                    ]
                )
            ),
        )
    rows: list[str] = []
    if p.outcome == "no_imaging":
        rows.append(
            ctx.pick(
                [
                    "Sim Type: Clinical set-up (no CT)",
                    "Sim Type: Clinical mark-up",
                    "Sim Type: Electron clinical set-up",
                ]
            )
        )
    rows += list(ev.imaging())
    rows.append(
        ctx.pick(
            [
                "Position: Supine",
                "Position: Supine, arms up",
                "Position: Prone",
                "Position: Supine, H1",
                "Orientation: Head first supine",
            ]
        )
    )
    if not ctx.has("custom_immobilisation"):
        rows.append(f"{ctx.pick(['Immobilisation', 'Immobilization', 'Immob device'])}: {ctx.immob}")
    if ev.contrast:
        rows.append(ev.contrast)
    elif (
        p.location == "satellite"
        and not ctx.has("iv_deferred_no_md")
        and not ctx.has("negated_feature")
        and ctx.chance(0.5)
    ):
        rows.append("IV Contrast: No")
    if ev.shielding:
        rows.append(ev.shielding)
    if ev.hyperthermia:
        rows.append(ev.hyperthermia)
    rows += ev.technique
    rows += [text for name, text in ev.traps if name not in tr.HIST and name not in COMMENT_TRAPS]
    if ctx.chance(0.5):
        rows.append(
            ctx.pick(
                [
                    "Scan range: vertex to mid-thigh",
                    "Slice: 2 mm",
                    "Scan length: 48 cm",
                    f"Ref. marks: {ctx.pick(['3 tattoos', 'BBs x3', 'ink + tattoos'])}",
                ]
            )
        )
    ctx.r.shuffle(rows)
    areas = ev.areas
    reason = ""
    if ev.reason:
        reason = (
            ev.reason
            if ev.reason.startswith(("MD ", "Clin", "Compl", "Reason", "Medical"))
            else "MD reason for complex sim: " + ev.reason
        )
    elif p.outcome in ("l77280", "l77285") and ctx.chance(0.4):
        reason = ctx.pick(["MD reason for complex sim: N/A", "Complex sim: No"])
    groups = [("sim", "\n".join(rows)), ("areas", areas), ("reason", reason)]
    order = ctx.pick([[0, 1, 2], [1, 0, 2], [0, 2, 1], [1, 2, 0]])
    merge = ctx.chance(0.35)
    if merge:
        d.add("sim+areas", "\n".join(groups[i][1] for i in order if groups[i][1]))
    else:
        for i in order:
            d.add(*groups[i])
    if ev.extra_reason:
        d.add("bare", ev.extra_reason)
    comments = [text for name, text in ev.traps if name in COMMENT_TRAPS]
    if ctx.chance(0.8):
        pool = [
            "Pt tolerated well.",
            "Tattoos x3.",
            "Photos taken.",
            "No issues.",
            "Set-up notes in OIS.",
            "Pt anxious, coached.",
        ]
        if p.modalities:
            pool.append("Scout reviewed with physics.")
        if p.location == "satellite":
            pool += ["MD on video during scan.", "Dr on Teams throughout."]
            if p.modalities:
                pool.append("Images pushed to Ashgrove for MD review.")
        else:
            pool += ["MD present at console.", "Dr reviewed scout at the console."]
        comments.append(ctx.pick(pool))
    if comments:
        d.add("comments", ctx.pick(["Therapist comments: ", "Comments: ", "Notes: "]) + " ".join(comments))
    if ev.hist() and ctx.chance(0.7):
        d.add(
            "hist",
            ctx.pick(["Prior imaging on file: ", "Outside imaging: ", "Diagnostic imaging (ref): "])
            + "; ".join(x.rstrip(".") for x in ev.hist()),
        )
    if ctx.has("copy_forward"):
        d.add("copied", tr.copy_forward(ctx))
    if ctx.chance(0.35):
        h, m = ctx.r.randint(8, 16), ctx.r.randrange(0, 40)
        d.add("times", f"Time in: {h:02d}:{m:02d}  Time out: {h:02d}:{m + ctx.r.randint(12, 19):02d}")
    d.add(
        "signoff",
        "\n".join(
            [
                f"Completed by: {ctx.ther1}",
                f"Verified: {ctx.ther2}",
                ctx.pick(
                    [
                        f"MD review: signed {md} {us}",
                        "MD review: PENDING",
                        f"MD e-sign: {md}",
                        f"Physician approval: {md} ({'remote' if p.location == 'satellite' else 'console'}) {us}",
                    ]
                ),
            ]
        ),
    )
    return d


def sim_cosign(ctx: Ctx) -> Doc:
    """A transcribed simulation note with the physician's co-signature addendum correcting the transcript."""
    d = Doc(ctx)
    p = ctx.p
    kind = next(t for t in p.traps if t.startswith("addendum_"))
    ctx.trap(kind)
    skip_f: tuple[str, ...] = ()
    skip_m: tuple[str, ...] = ()
    skip_areas = False
    skip_reason = False
    body_extra: list[str] = []
    add_lines: list[str] = []
    if kind == "addendum_adds":
        f = p.trap_args["addendum_adds"]
        skip_f = (f,)
    elif kind == "addendum_fixes_count":
        skip_areas = True
    elif kind == "addendum_swaps_modality":
        skip_m = tuple(p.fused)
    elif kind == "addendum_adds_reason":
        skip_reason = True
    ev = gather(ctx, "prose", skip_features=skip_f, skip_mods=skip_m, skip_areas=skip_areas, skip_reason=skip_reason)
    if kind == "addendum_retracts":
        f = p.trap_args["addendum_retracts"]
        wrong = {
            "contrast": "IV contrast was given and the scan acquired in the portal venous phase.",
            "arc_rotational": "The patient will be treated with VMAT.",
            "custom_shielding": "A custom Cerrobend block was fabricated.",
            "complex_blocking": "Complex blocking was required.",
            "particle": "This will be a proton plan at Carrow.",
        }[f]
        body_extra.append(wrong)
        right = {
            "contrast": [
                "Correction: no contrast was given.",
                "Correction - NO contrast was used; 'IV contrast given' is a transcription error.",
                "Please note no IV contrast was administered (patient declined).",
            ],
            "arc_rotational": [
                "Correction: technique is 3D conformal, not VMAT.",
                "VMAT was dictated in error - static 3D fields.",
            ],
            "custom_shielding": [
                "Correction: no custom block was made; MLC only.",
                "Delete the line about a Cerrobend block - not made.",
            ],
            "complex_blocking": [
                "Correction: no complex blocking; standard MLC.",
                "Complex blocking line is wrong - not required.",
            ],
            "particle": [
                "Correction: photon plan, not protons.",
                "Protons were dictated in error; this is a photon plan.",
            ],
        }[f]
        add_lines.append(ctx.pick(right))
    elif kind == "addendum_adds":
        f = p.trap_args["addendum_adds"]
        body_extra.append(
            {
                "contrast": "No contrast was used.",
                "arc_rotational": "Technique: 3D conformal.",
                "custom_shielding": "No custom cutout.",
                "complex_blocking": "Blocks: MLC.",
                "particle": "Photon plan.",
                "hyperthermia": "",
                "brachytherapy": "",
            }[f]
        )
        lead = ctx.pick(["Correction:", "Addendum:", "Please amend:", "Correction to transcript -"])
        add_lines.append(lead + " " + ph.feature_phrase(ctx, f, "prose"))
    elif kind == "addendum_fixes_count":
        n = p.n_areas
        wrong = n - 1 if n > 2 and ctx.chance(0.5) else n + 1
        words = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}
        body_extra.append(
            ctx.pick(
                [
                    f"There are {words[wrong]} treatment areas.",
                    f"{wrong} areas were simulated.",
                    f"Number of treatment sites: {wrong}.",
                ]
            )
        )
        n_word = ctx.pick([words[n], str(n)])
        fix = ctx.pick(
            [
                f"Correction: the number of treatment areas is {{A}}, not {words[wrong]}",
                f"Correction: {{A}} (not {wrong}) were simulated",
                "Transcription error - should read {A}",
            ]
        )
        count = ctx.A(n, f"{n_word} {ctx.pick(['treatment areas', 'areas', 'sites'])}")
        line = fix.replace("{A}", count)
        if ctx.chance(0.5):
            line += ": " + ph.join(ph.site_tokens(ctx))
        add_lines.append(line + ".")
    elif kind == "addendum_swaps_modality":
        wrong = p.trap_args["addendum_swaps_modality"]
        body_extra.append(f"{'MRI' if wrong == 'MRI' else 'PET-CT'} was fused with the planning CT.")
        right = p.fused[0]
        add_lines.append(
            ctx.pick(
                [
                    "Correction: it was the {M} that was fused, not the {w}.",
                    "Correction - fused study is the {M}; no {w} fusion.",
                ]
            )
            .replace("{w}", "MRI" if wrong == "MRI" else "PET")
            .replace("{M}", ctx.M(right, "PET-CT" if right == "PET" else "MRI"))
        )
    elif kind == "addendum_adds_reason":
        body_extra.append(
            ctx.pick(
                ["Complex simulation - [blank].", "Reason for complexity: __ (inaudible).", "Complexity: as dictated."]
            )
        )
        add_lines.append(
            ctx.pick(["Addendum - reason for complex simulation:", "To add:", "Correction/addition:"])
            + " "
            + ph.rationale_sentence(ctx, "prose")
        )
    else:
        add_lines.append(
            ctx.pick(
                [
                    "Correction: dose should read 50 Gy in 25 fractions.",
                    "Correction: surgery date is {d}, not as dictated.",
                    "Correction: referring physician is {ref}.",
                    "Medication list: delete Thyronorm; patient takes levothyroxine.",
                ]
            )
            .replace("{d}", ctx.date(ctx.r.randint(40, 90)))
            .replace("{ref}", ctx.referrer)
        )
    title = ctx.pick(["CT SIMULATION NOTE", "SIMULATION - PROCEDURE NOTE", "RADIATION PLANNING CT SIMULATION"])
    vendor_sim_body(ctx, d, ev, title)
    if body_extra:
        target = ctx.pick(["proc", "tech", "plan"])
        for i, (key, text) in enumerate(d.sections):
            if key == target or (target not in d.section_keys() and key == "proc"):
                d.sections[i] = (key, text + " " + " ".join(x for x in body_extra if x))
                break
        else:
            d.add("extra", " ".join(body_extra))
    sign_off(ctx, d)
    if ctx.chance(0.5):
        add_lines.append(
            ctx.pick(
                [
                    "Rest of the transcript reviewed and agreed.",
                    "Otherwise agree with the above.",
                    "No other changes.",
                    "Remainder accurate.",
                ]
            )
        )
    head = ctx.pick(
        [
            f"PHYSICIAN CO-SIGNATURE / ADDENDUM ({ctx.date(-1)} {ctx.time()}, {ctx.md_name()}):",
            f"ADDENDUM - co-signed {ctx.date(-ctx.r.randint(1, 3))}:",
            f"--- Attending co-signature note ({ctx.md[1]}) ---",
            "Addendum on review of transcription:",
        ]
    )
    d.add("addendum", head + "\n" + " ".join(add_lines))
    return d


def order_procedure(ctx: Ctx) -> Doc:
    d = Doc(ctx)
    p = ctx.p
    kv = p.style in ("ois_export", "ois_legacy")
    ev = gather(ctx, "kv" if kv else "prose")
    not_done = p.trap_args.get("order_not_done") if ctx.trap("order_not_done") else None
    names = {
        "contrast": "IV contrast",
        "arc_rotational": "VMAT",
        "custom_shielding": "custom block/cutout",
        "complex_blocking": "complex blocking",
        "particle": "proton plan",
        "brachytherapy": "applicator check",
        "hyperthermia": "hyperthermia probes",
    }
    ordered = [names[f] for f in p.features]
    if not_done:
        ordered.append(names[not_done])
    ordered += [m + " fusion" for m in p.fused]
    ctx.r.shuffle(ordered)
    order_date = ctx.date(ctx.r.randint(2, 9), us=kv)
    if kv:
        d.add(
            "order",
            "\n".join(
                [
                    ctx.pick(["ORDER: CT Simulation", "Sim Rx (order)", "== SIMULATION ORDER =="]),
                    f"Ordered: {order_date} by {ctx.md[0]}",
                    f"Requested: {', '.join(['CT sim', *ordered])}",
                    f"Status: {ctx.pick(['Completed', 'Performed', 'Done'])}",
                ]
            ),
        )
    else:
        d.add(
            "hdr",
            fl.header(ctx, ctx.pick(["SIMULATION ORDER AND PROCEDURE NOTE", "CT SIMULATION (ORDER / PROCEDURE)"])),
        )
        d.add(
            "order",
            para(
                ctx,
                ["Order", "Simulation order"],
                f"Entered {order_date} by {ctx.md_name()}. Requested: "
                + ", ".join(["CT simulation", *ordered])
                + ". "
                + ctx.pick(["Reason for order: planning.", "Indication: RT planning.", ""]),
                inline=False,
            ),
        )
    nd_text = ""
    if not_done:
        nd_text = {
            "contrast": [
                "IV contrast was ordered but not given as the creatinine was 1.9 mg/dl.",
                "Contrast not given - IV access failed x2.",
            ],
            "arc_rotational": ["VMAT was requested, but after review a 3D plan will be used."],
            "custom_shielding": ["The custom block on the order was not needed; MLC adequate."],
            "complex_blocking": ["Complex blocking listed on the order was not required."],
            "particle": ["Proton plan on the order was not pursued - insurance; photon plan instead."],
        }[not_done]
        nd_text = ctx.pick(nd_text)
    if kv:
        rows = (
            ev.imaging()
            + ([ev.contrast] if ev.contrast else [])
            + ([ev.shielding] if ev.shielding else [])
            + ev.technique
        )
        rows += [x for _, x in ev.traps if x not in ev.hist()]
        if nd_text:
            rows.append("Not done: " + nd_text)
        d.add("proc", "PROCEDURE\n" + "\n".join(rows))
        d.add("areas", ev.areas)
        if ev.reason:
            d.add("reason", ev.reason)
        if ev.extra_reason:
            d.add("bare", ev.extra_reason)
        if ev.hist():
            d.add("hist", "Hx imaging: " + " ".join(ev.hist()))
        d.add("sig", f"Performed by: {ctx.ther1} / MD: {ctx.md[0]}")
        return d
    d.add("dx", para(ctx, ["Diagnosis"], ctx.dx, inline=True))
    d.add("hist", sentences([vflag(ctx, fl.hpi(ctx)), *ev.hist()]))
    proc = procedure_sentences(ctx, ev) + ([nd_text] if nd_text else [])
    d.add(
        "proc",
        para(
            ctx,
            ["Procedure (performed " + ctx.dos() + ")", "Procedure note", "What was done"],
            sentences(proc),
            inline=False,
        ),
    )
    d.add("tech", sentences(ev.technique + ev.tech() + [ev.areas]))
    d.add("reason", sentences([ev.reason, ev.extra_reason]))
    d.add("plan", para(ctx, ["Plan"], sentences([*ev.plan(), fl.logistics(ctx)])))
    sign_off(ctx, d)
    return d


APPLICATORS = [
    "tandem and ring applicator",
    "tandem and ovoids",
    "Fletcher tandem and ovoids",
    "interstitial-intracavitary (Venezia) applicator",
]


def brachy_insertion(ctx: Ctx) -> Doc:
    d = Doc(ctx)
    p = ctx.p
    ev = gather(ctx, "prose")
    cuff = any(v == "vaginal cuff" for v, _ in p.areas)
    appl = ctx.pick(["vaginal cylinder (3 cm)", "vaginal cylinder, 3.5 cm"]) if cuff else ctx.pick(APPLICATORS)
    frac = ctx.r.randint(1, 4)
    title = ctx.pick(
        [
            "HDR BRACHYTHERAPY - APPLICATOR INSERTION AND CT SIMULATION",
            "PROCEDURE NOTE: HDR BRACHYTHERAPY",
            "BRACHYTHERAPY PROCEDURE",
        ]
    )
    d.add("hdr", fl.header(ctx, title))
    d.add("dx", para(ctx, ["Diagnosis"], ctx.dx, inline=True))
    if p.long:
        long_workup(ctx, d, ev)
    else:
        d.add("hist", sentences([vflag(ctx, fl.treatment_history(ctx)), *ev.hist()]))
    d.add(
        "fraction",
        ctx.pick([f"Fraction {frac} of 4 (7 Gy x 4 to HR-CTV D90).", f"HDR #{frac}/3.", f"Insertion number {frac}."]),
    )
    anaes = ctx.pick(
        [
            "spinal anaesthesia by {anaes}",
            "conscious sedation (midazolam/fentanyl)",
            "GA (LMA) by {anaes}",
            "oral analgesia only",
        ]
        if not cuff
        else ["oral analgesia only", "local lignocaine gel"]
    )
    steps = [
        f"Under {ctx.fill(anaes)}, the patient was placed in lithotomy, parts painted and draped.",
        ctx.pick(
            [
                "Foley catheter inserted, balloon inflated with 7 ml water.",
                "Bladder catheterised.",
                "Foley placed; bladder emptied and refilled with 100 ml saline.",
            ]
        ),
    ]
    if not cuff:
        steps.append(
            ctx.pick(
                ["Uterine cavity sounded to {x} cm.", "Os dilated with Hegar dilators up to 7, cavity length {x} cm."]
            ).replace("{x}", f"{ctx.r.randint(55, 75) / 10:.1f}")
        )
    steps.append(
        f"The {appl} was inserted and secured with vaginal packing."
        if not cuff
        else f"The {appl} was inserted to the vault and fixed to the perineal bar."
    )
    steps += ev.other_mods
    if ev.contrast:
        steps.append(ev.contrast)
    steps.append(ev.ct or "")
    steps += ev.fusion
    steps.append(ev.brachy)
    steps += ev.proc()
    d.add("proc", para(ctx, ["Procedure", "Procedure details"], sentences(steps), inline=False))
    d.add("areas", para(ctx, ["Target"], ev.areas))
    tech = ev.technique + ev.tech()
    if tech:
        d.add("tech", sentences(tech))
    d.add("reason", sentences([ev.reason, ev.extra_reason]))
    d.add(
        "plan",
        para(
            ctx,
            ["Plan"],
            sentences(
                [
                    *ev.plan(),
                    ctx.pick(
                        [
                            "Plan to be approved by physics before treatment.",
                            "Patient to be treated after plan check.",
                            "Applicator removed after treatment; no bleeding.",
                        ]
                    ),
                ]
            ),
        ),
    )
    sign_off(ctx, d)
    return d


def electron_setup(ctx: Ctx) -> Doc:
    d = Doc(ctx)
    p = ctx.p
    style = p.style
    register = "kv" if style in ("ois_export", "ois_legacy") else ("terse" if style == "remote_terse" else "prose")
    ev = gather(ctx, register)
    energy = ctx.pick(["6 MeV", "9 MeV", "12 MeV", "6 MeV with 5 mm bolus"])
    margin = ctx.pick(["1 cm", "1.5 cm", "8 mm", "1 cm (GTV + 1 cm)"])
    no_ct = "CT" not in p.modalities
    if register == "kv":
        d.add(
            "banner",
            ctx.pick(["[OIS] Electron Set-up Record", "ELECTRON CLINICAL SET-UP - export", "*** E- SETUP SHEET ***"]),
        )
        rows = [
            f"Patient ID: {ctx.mrn}",
            f"Date: {ctx.dos(us=True)}",
            f"Lesion: {ctx.dx}",
            f"Energy: {energy}",
            f"Margin: {margin}",
            f"Applicator: {ctx.pick(['6x6', '10x10', '4 cm circle', '6x10'])}",
        ]
        if no_ct:
            rows.append("Imaging: none (clinical set-up)")
        rows += ev.imaging()
        if ev.shielding:
            rows.append(ev.shielding)
        rows += [x for _, x in ev.traps if x not in ev.hist()]
        d.add("rows", "\n".join(rows))
        d.add("areas", ev.areas)
        if ev.reason:
            d.add("reason", ev.reason)
        d.add("sig", f"Therapist: {ctx.ther1}\nMD: {ctx.md[0]}")
        return d
    if register == "terse":
        d.add("hdr", ctx.pick([f"E- setup {ctx.dos()} ({ctx.centre})", f"Electron clinical set-up - {ctx.dos()}"]))
        lines = [ctx.dx, ev.areas, f"{energy}, margin {margin}."]
        if no_ct:
            lines.append(ctx.pick(["No CT - clinical set-up.", "Clinical mark-up only, no imaging."]))
        lines += ev.imaging() + [ev.shielding] + [x for _, x in ev.traps]
        lines += [ev.reason, ev.extra_reason]
        d.add("body", "\n".join("- " + x for x in lines if x))
        d.add("sig", f"- {ctx.md[1]}")
        return d
    d.add(
        "hdr",
        fl.header(
            ctx,
            ctx.pick(
                [
                    "ELECTRON SET-UP / CLINICAL SIMULATION",
                    "CLINICAL MARK-UP FOR ELECTRON THERAPY",
                    "SIMULATION NOTE - ELECTRONS",
                ]
            ),
        ),
    )
    d.add("dx", para(ctx, ["Diagnosis"], ctx.dx, inline=True))
    d.add("hist", sentences([vflag(ctx, fl.local_exam(ctx)), *ev.hist()]))
    steps = [
        fl.position(ctx),
        ctx.pick(
            [
                "The lesion was outlined with a {m} margin on a transparency.",
                "Lesion marked with {m} margin and traced.",
            ]
        ).replace("{m}", margin),
    ]
    if no_ct:
        steps.append(
            ctx.pick(
                [
                    "No CT was done; this is a clinical set-up.",
                    "Set-up done clinically without imaging.",
                    "Clinical set-up only (no scan required).",
                ]
            )
        )
    steps += ev.imaging()
    if ev.shielding:
        steps.append(ev.shielding)
    steps += ev.proc()
    d.add("proc", para(ctx, ["Procedure", "Set-up"], sentences(steps), inline=False))
    d.add("areas", ev.areas)
    d.add("tech", sentences([f"Energy {energy}.", *ev.tech()]))
    d.add("reason", sentences([ev.reason, ev.extra_reason]))
    d.add("plan", sentences([*ev.plan(), fl.dose_line(ctx)]))
    sign_off(ctx, d)
    return d


def peds_ga_sim(ctx: Ctx) -> Doc:
    d = Doc(ctx)
    ev = gather(ctx, "prose")
    ga = ctx.pick(
        [
            "Under general anaesthesia (propofol infusion, LMA) given by {anaes}, the child was positioned",
            "After induction by {anaes} (sevoflurane, then TIVA), the child was positioned",
            "The child was sedated by the paediatric anaesthesia team ({anaes}); once asleep, was positioned",
        ]
    )
    pre = [
        (
            "ga",
            para(
                ctx,
                ["Anaesthesia", "Sedation"],
                ctx.fill(ga)
                + " "
                + ctx.pick(
                    [
                        "supine in the paediatric mask.",
                        "prone with the face in the mask and the back straight.",
                        "supine with the arms by the side on a Vac-Lok.",
                    ]
                )
                + " "
                + ctx.pick(
                    [
                        "Vitals stable throughout.",
                        "SpO2 99-100% throughout, no airway issues.",
                        "Recovered in PACU uneventfully.",
                    ]
                ),
            ),
        )
    ]
    if ctx.chance(0.5):
        pre.append(
            (
                "childlife",
                ctx.pick(
                    [
                        "Child Life specialist present during induction.",
                        "Parents present till induction; favourite toy in the room.",
                        "Play preparation done last week with the Child Life team.",
                    ]
                ),
            )
        )
    vendor_sim_body(
        ctx,
        d,
        ev,
        ctx.pick(
            ["SIMULATION UNDER GENERAL ANAESTHESIA", "PAEDIATRIC CT SIMULATION (GA)", "CT SIMULATION - PAEDIATRIC"]
        ),
        pre=pre,
    )
    sign_off(ctx, d)
    return d


def resim(ctx: Ctx) -> Doc:
    d = Doc(ctx)
    p = ctx.p
    whys = [
        "tumour shrinkage seen on CBCT",
        "a change in bladder filling reproducibility",
        "new disease requiring a change of plan",
        "a plan change requested by physics after the chart check",
    ]
    if p.rationale is not None:
        whys += [
            "significant weight loss ({k} kg) and the mask no longer fitting",
            "the patient being unable to tolerate the original arm-up position",
        ]
    why = ctx.pick(whys).replace("{k}", str(ctx.r.randint(5, 11)))
    if p.style in ("remote_structured", "remote_terse"):
        d2 = remote_review(ctx)
        first = ctx.pick([f"RE-SIMULATION due to {why}.", f"Re-sim today i/v/o {why}.", f"Repeat sim: {why}."])
        d2.sections.insert(1, ("resim", first))
        return d2
    if p.style in ("ois_export", "ois_legacy"):
        d2 = therapist_checklist(ctx)
        d2.sections.insert(1, ("resim", f"{ctx.pick(['Re-sim reason', 'RE-SIM', 'Repeat sim'])}: {why}"))
        return d2
    ev = gather(ctx, "prose")
    vendor_sim_body(
        ctx,
        d,
        ev,
        ctx.pick(["RE-SIMULATION NOTE", "REPEAT CT SIMULATION", "RE-PLANNING SIMULATION"]),
        pre=[("why", para(ctx, ["Reason for re-simulation"], f"Re-simulation was done i/v/o {why}."))],
    )
    sign_off(ctx, d)
    return d


def srs_sim(ctx: Ctx) -> Doc:
    d = Doc(ctx)
    ev = gather(ctx, "prose")
    pre = [
        (
            "srs",
            ctx.pick(
                [
                    "Frameless SRS simulation. Open-face mask moulded; mouth bite not used.",
                    "SRS set-up: Encompass mask with head cushion; 1 mm CT slices through the whole head.",
                    "Patient immobilised in a double-shell SRS mask. CT with 1 mm slices.",
                ]
            ),
        )
    ]
    vendor_sim_body(
        ctx, d, ev, ctx.pick(["SRS SIMULATION", "STEREOTACTIC RADIOSURGERY - SIMULATION NOTE", "SRS CT SIM"]), pre=pre
    )
    sign_off(ctx, d)
    return d


def aborted_sim(ctx: Ctx) -> Doc:
    d = Doc(ctx)
    p = ctx.p
    ctx.trap("aborted")
    ctx.trap("planned_feature")
    f = p.trap_args["planned_feature"]
    why = ctx.pick(
        [
            "could not lie flat due to pain despite analgesia",
            "had a panic attack in the mask",
            "had a vasovagal episode on the couch",
            "bladder could not be filled adequately after 2 attempts",
            "was too breathless to lie with arms up",
        ]
    )
    plan_txt = {
        "contrast": "IV contrast will be given at the next attempt if the creatinine allows.",
        "arc_rotational": "Plan remains VMAT once the scan is obtained.",
    }[f]
    if p.style in ("ois_export", "ois_legacy"):
        d.add("banner", "===== OIS EXPORT :: CT SIM CHECKLIST =====")
        d.add(
            "rows",
            "\n".join(
                [
                    f"Patient ID: {ctx.mrn}",
                    f"Sim Date: {ctx.dos(us=True)}",
                    "Status: ABORTED - no images acquired",
                    f"Reason: pt {why}",
                    "IV Contrast: not given",
                    "Treatment Site(s): [not reached]",
                    f"Comments: reschedule. {plan_txt}",
                    f"Completed by: {ctx.ther1}",
                ]
            ),
        )
        return d
    if p.style == "remote_terse":
        d.add(
            "body",
            "\n".join(
                [
                    f"HC sim attempt {ctx.dos()} - ABORTED.",
                    f"Pt {why}; no scan acquired.",
                    ctx.pick(
                        ["Will retry Thursday with lorazepam 1 mg pre-med.", "Rebook at Ashgrove with MD present."]
                    ),
                    plan_txt,
                    "Complex simulation still indicated at the next attempt.",
                    f"- {ctx.md[1]}",
                ]
            ),
        )
        return d
    d.add("hdr", fl.header(ctx, ctx.pick(["SIMULATION - NOT COMPLETED", "ABANDONED CT SIMULATION"])))
    d.add("dx", "DIAGNOSIS: " + ctx.dx)
    d.add(
        "body",
        sentences(
            [
                f"The patient was brought for CT simulation today but {why}.",
                "The procedure was abandoned before any images were acquired.",
                ctx.pick(["Will reattempt next week with premedication.", "Rescheduled."]),
                plan_txt,
                ctx.pick(["Complex simulation will still be required.", ""]),
            ]
        ),
    )
    sign_off(ctx, d)
    return d


def blank_template(ctx: Ctx) -> Doc:
    d = Doc(ctx)
    ctx.trap("blank_template")
    ctx.trap("vendor_blank_field")
    if ctx.p.style in ("ois_export", "ois_legacy"):
        d.add("banner", "===== OIS EXPORT :: CT SIM CHECKLIST (DRAFT) =====")
        d.add(
            "rows",
            "\n".join(
                [
                    f"Patient ID: {ctx.mrn}",
                    "Sim Date:",
                    "Sim Type: [ ] CT  [ ] 4DCT  [ ] Clinical",
                    "Treatment Site(s):",
                    "No. of Isocentres:",
                    "IV Contrast: [ ] Yes [ ] No",
                    "Oral Contrast: [ ] Yes [ ] No",
                    "Fusion: [ ] MRI [ ] PET",
                    "Technique: ___",
                    "MD reason for complex sim:",
                    "Completed by:",
                    "Status: NOT STARTED",
                ]
            ),
        )
        return d
    d.add("hdr", fl.header(ctx, "CT SIMULATION NOTE"))
    d.add(
        "body",
        "\n".join(
            [
                "DIAGNOSIS: [blank]",
                "PROCEDURE: The patient was positioned [blank]. Immobilisation: [blank].",
                "IMAGING: CT simulation [blank]. Contrast: [blank]. Fusion: [blank].",
                "TREATMENT AREAS: [blank]",
                "TECHNIQUE: [blank]",
                "REASON FOR COMPLEX SIMULATION: [blank]",
                "(Template saved without dictation - voice file empty.)",
            ]
        ),
    )
    d.add("footer", fl.vendor_footer(ctx))
    return d


def thin(ctx: Ctx) -> Doc:
    """A thin simulation record: a CT is documented, nothing else countable."""
    ctx.trap("thin_documentation")
    p = ctx.p
    d = Doc(ctx)
    if p.note_type == "remote_review":
        ctx.trap("remote_supervision")
        ct = ctx.M("CT", ctx.pick(["CT sim", "CT simulation", "Sim CT"])) + ctx.pick(
            [" acquired.", " done.", " - fine."]
        )
        d.add(
            "body",
            "\n".join(
                [
                    f"{ctx.pick(SATELLITE)} - {ctx.dos()}",
                    ctx.pick(["Sim images reviewed remotely.", "Reviewed remotely."]),
                    ct,
                    ph.areas_phrase(ctx, "terse"),
                    ctx.pick(["Acceptable; proceed.", "OK for planning."]),
                    f"- {ctx.md[1]}",
                ]
            ).replace("\n\n", "\n"),
        )
        return d
    if p.note_type == "therapist_checklist":
        d.add(
            "rows",
            "\n".join(
                [
                    f"Patient ID: {ctx.mrn}",
                    f"Sim Date: {ctx.dos(us=True)}",
                    ph.ct_phrase(ctx, "kv"),
                    ph.areas_phrase(ctx, "kv") or "Treatment Site(s): see Rx",
                    "Comments: done",
                    f"Completed by: {ctx.ther1}",
                ]
            ),
        )
        return d
    d.add("hdr", fl.header(ctx, "SIMULATION"))
    d.add(
        "body",
        sentences(
            [
                ctx.pick(["The patient underwent", "Patient had", "Completed"])
                + " "
                + ctx.M("CT", ctx.pick(["CT simulation", "a CT sim", "planning CT"]))
                + " today.",
                ph.areas_phrase(ctx, "prose"),
                ctx.pick(["Details as per the OIS.", "Kindly refer to the plan.", "Further details to follow."]),
                ph.bare(ctx) if ctx.has("bare_assertion") else "",
            ]
        ),
    )
    sign_off(ctx, d)
    return d


SIM_COMPOSERS = {
    "transcribed_sim": transcribed_sim,
    "remote_review": remote_review,
    "therapist_checklist": therapist_checklist,
    "sim_cosign": sim_cosign,
    "order_procedure": order_procedure,
    "brachy_insertion": brachy_insertion,
    "electron_setup": electron_setup,
    "peds_ga_sim": peds_ga_sim,
    "resim": resim,
    "srs_sim": srs_sim,
    "aborted_sim": aborted_sim,
    "blank_template": blank_template,
}


def compose_sim(ctx: Ctx) -> Doc:
    if ctx.p.outcome == "thin":
        return thin(ctx)
    return SIM_COMPOSERS[ctx.p.note_type](ctx)


__all__ = ["compose_sim", "tok"]
