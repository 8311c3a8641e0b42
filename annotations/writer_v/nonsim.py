"""Documents that record no simulation, blank templates, aborted simulations and simulation verification.

No-simulation documents: consults, OTVs, summaries, 77263 and 77470 notes, consents. Simulation verification is a
later-date 77280 set-up check.
"""

# ruff: noqa: E501  (long phrase pools are kept on one line so each phrase reads whole)

from __future__ import annotations

import random

from . import evidence as ev
from . import filler, traps
from .markup import mk
from .plan import Plan
from .vocab import APPS, NUM_WORD, PHYSICIANS, REFERRERS, SITES, THERAPISTS


def _site_bits(p: Plan, rng: random.Random) -> tuple[str, str, str]:
    info = SITES[p.site]
    return rng.choice(info["dx"]), rng.choice(info["areas"])[1][0], rng.choice(info["oars"])


def build_nonsim(p: Plan, rng: random.Random) -> tuple[str, list[str], list[str]]:
    """A document that records no simulation (labelled with no elements)."""
    md = rng.choice(PHYSICIANS)
    dx, area, oar = _site_bits(p, rng)
    hist, ht = traps.hist_line(p, rng)
    t = ["non_simulation_note", *ht]
    nt = p.note_type
    n_word = NUM_WORD[rng.randint(2, 3)]
    plan_lines = [
        f"Plan CT simulation {rng.choice(['with IV contrast', 'with oral contrast', 'with 4DCT', ''])} next week".replace(
            "  ", " "
        ).strip()
        + ".",
        f"Anticipate {rng.choice(['VMAT', 'IMRT', 'electrons with a custom cutout', '3D conformal'])} to the {area}.",
        f"Will fuse the {rng.choice(['MRI', 'PET/CT'])} for target definition at the time of planning.",
        f"We expect {n_word} treatment areas.",
        f"Complex simulation will be medically necessary given the {oar} nearby.",
    ]
    rng.shuffle(plan_lines)
    keys: list[str]
    if nt == "consult":
        title = rng.choice(
            ["Radiation Oncology Consultation", "NEW PATIENT CONSULT - Radiation Oncology", "Consult Note"]
        )
        body = [
            f"Referred by {rng.choice(REFERRERS)} for {dx}.",
            hist,
            f"Imaging reviewed: {rng.choice(['CT chest/abdomen/pelvis with IV contrast', 'MRI with gadolinium', 'PET/CT'])} "
            f"from {filler.date(rng, '2025')}.",
        ]
        keys = ["hpi", "imaging_review", "assessment", "plan"]
        sections = [("REASON FOR CONSULT", " ".join(body[:1])), ("HISTORY", " ".join(body[1:]))]
        if p.style == "long":
            sections = [("", v) for _, v in filler.long_filler(p.site, rng, dx)] + sections
            keys = ["longhx", *keys]
        sections += [
            ("ASSESSMENT", f"{dx[0].upper()}{dx[1:]}; radiation is recommended."),
            ("PLAN", " ".join(plan_lines[: rng.randint(2, 4)])),
        ]
        t += ["planned_feature", "planned_modality"]
    elif nt == "otv":
        title = rng.choice(
            ["On-Treatment Visit", "OTV - Weekly Management", "Weekly Treatment Management Note (77427)"]
        )
        fx = rng.randint(3, 28)
        sections = [
            (
                "TREATMENT",
                f"Fraction {fx} of {fx + rng.randint(2, 15)} to the {area}; "
                f"{rng.choice(['VMAT', 'IMRT', '3D', 'electrons'])} technique per plan.",
            ),
            (
                "TOLERANCE",
                rng.choice(
                    ["Grade 1 fatigue.", "Grade 2 dermatitis, using Aquaphor.", "Mild esophagitis, on magic mouthwash."]
                ),
            ),
            ("IMAGING", f"Daily CBCT reviewed. {hist}"),
            (
                "PLAN",
                rng.choice(
                    ["Continue treatment.", "Continue; recheck CBC next week.", "Continue; MRI after completion."]
                ),
            ),
        ]
        keys = ["treatment", "tolerance", "imaging", "plan"]
        t += ["on_treatment_technique"]
    elif nt == "treatment_summary":
        title = rng.choice(["Treatment Summary", "RADIATION TREATMENT SUMMARY", "End of Treatment Summary"])
        sections = [
            ("DIAGNOSIS", dx),
            (
                "COURSE",
                f"The patient underwent CT simulation on {filler.date(rng, '2025')} "
                f"{rng.choice(['with IV contrast', 'with a 4DCT', 'with MRI fusion', ''])} and was treated with "
                f"{rng.choice(['VMAT', 'IMRT', 'electrons'])} to {n_word} areas including the {area}.",
            ),
            (
                "TOLERANCE",
                rng.choice(
                    ["Tolerated well.", "Grade 2 skin toxicity, resolved.", "One treatment break for neutropenia."]
                ),
            ),
            ("FOLLOW-UP", f"Return in 6 weeks. {hist}"),
        ]
        if p.style == "long":
            sections = [("", v) for _, v in filler.long_filler(p.site, rng, dx)] + sections
        keys = ["dx", "course", "tolerance", "followup"]
        t += ["summary_recounts_sim"]
    elif nt == "ctp_77263":
        title = rng.choice(
            [
                "Clinical Treatment Planning Note (77263)",
                "CLINICAL TREATMENT PLANNING - COMPLEX",
                "Clinical Treatment Planning",
            ]
        )
        sections = [
            ("DIAGNOSIS", dx),
            (
                "PLANNING DECISIONS",
                f"Complex treatment planning: {n_word} treatment areas planned, including the {area}. "
                f"{rng.choice(['IV contrast will be used at simulation.', 'VMAT planned.', 'Custom blocks to be made at simulation.'])}",
            ),
            ("OAR", f"The {oar} must be respected."),
            ("PLAN", "Simulation to follow on a separate date; see the Simulation and Treatment Planning Note."),
        ]
        keys = ["dx", "decisions", "oar", "plan"]
        t += ["planning_note_not_sim", "planned_feature"]
    elif nt == "stp_note":
        title = rng.choice(
            ["Special Treatment Procedure Note (77470)", "SPECIAL TREATMENT PROCEDURE", "Special Tx Procedure"]
        )
        why = rng.choice(
            [
                "concurrent chemotherapy requiring additional physician oversight",
                "re-irradiation with composite dose evaluation",
                "hyperthermia to be given with radiation",
                "brachytherapy boost planned after external beam",
            ]
        )
        sections = [
            ("INDICATION", f"This course qualifies as a special treatment procedure because of {why}."),
            (
                "DETAILS",
                f"Simulation is scheduled for {filler.date(rng)}; {rng.choice(['contrast will be given', 'applicator verification will be needed', 'thermometry probes will be placed'])}.",
            ),
            ("HISTORY", hist),
        ]
        keys = ["indication", "details", "history"]
        t += ["planned_feature"]
    else:  # consent
        title = rng.choice(
            [
                "Consent Note - Radiation Therapy",
                "Informed Consent Documentation",
                "CONSENT FOR SIMULATION AND TREATMENT",
            ]
        )
        sections = [
            (
                "PROCEDURE CONSENTED",
                f"CT simulation {rng.choice(['with IV contrast', 'with possible oral contrast', ''])} and external beam radiation to the {area}.".replace(
                    "  ", " "
                ),
            ),
            (
                "RISKS DISCUSSED",
                f"Fatigue, skin changes, injury to the {oar}; contrast reaction including hives and kidney injury.",
            ),
            ("WITNESS", f"{rng.choice(filler.TOWNS)} campus RN witness present; patient signed."),
        ]
        keys = ["procedure", "risks", "witness"]
        t += ["planned_feature"]
    lines = [*filler.header_lines(rng, title, md), ""]
    for head, text in sections:
        if not head:
            lines.append(text)
        elif p.style == "bullets":
            lines.append(f"{head.title()}:")
            lines.append(f" - {text}")
        elif p.style == "terse":
            lines.append(f"{head.title()}: {text}")
        else:
            lines.append(f"{head}: {text}")
    lines.append(f"Electronically signed by {md}")
    if p.style in ("dictation", "long"):
        lines = lines[1:2] + lines[2:]
    return "\n".join(lines), keys, t


def build_blank(p: Plan, rng: random.Random) -> tuple[str, list[str], list[str]]:
    """A simulation template saved blank."""
    md = rng.choice(PHYSICIANS)
    if p.note_type == "blank_care_path":
        title = rng.choice(["CARE PATH: Radiation Oncology CT Simulation", "Care Path Checklist - Simulation Day"])
        items = [
            "[ ] Consent signed",
            "[ ] CT simulation performed",
            "[ ] IV contrast",
            "[ ] Oral contrast",
            "[ ] 4DCT",
            "[ ] MRI fusion",
            "[ ] PET fusion",
            "[ ] Custom blocks/cutout",
            "[ ] VMAT/arc",
            "[ ] Applicator verification",
            "[ ] Hyperthermia probes",
            "[ ] Tattoos/marks placed",
        ]
        rng.shuffle(items)
        body = [
            *items[: rng.randint(7, 12)],
            "Number of treatment areas: [ ] 1  [ ] 2  [ ] 3+",
            "Clinical rationale for complex simulation: ______",
            "Completed by: ______",
        ]
        keys = ["checklist", "count", "rationale"]
    else:
        title = rng.choice(["Simulation and Treatment Planning Note", "SIMULATION AND TREATMENT PLANNING NOTE"])
        fields = [
            "Diagnosis: ___",
            "Treatment site(s): ___",
            "Number of treatment areas: ___",
            "Rationale for complex simulation: ___",
            "Contrast: [ ] IV [ ] oral [ ] none",
            "Imaging: [ ] CT [ ] 4DCT [ ] MRI fusion [ ] PET fusion",
            "Immobilization: ___",
            "Technique: [ ] 3D [ ] IMRT [ ] VMAT [ ] electrons",
            "Special devices: ___",
            "Blocks/cutouts: ___",
            "Physician: ___",
        ]
        keep = [f for f in fields if rng.random() < 0.85]
        body = [f"Dx (from problem list): {rng.choice(SITES[p.site]['dx'])}", *keep] if rng.random() < 0.5 else keep
        keys = ["fields"] + (["dx"] if body and body[0].startswith("Dx") else [])
    lines = [
        *filler.header_lines(rng, title, md),
        "",
        "** Template saved without entries **" if rng.random() < 0.5 else "",
        *body,
    ]
    return "\n".join(lines), keys, ["blank_template"]


def build_aborted(p: Plan, rng: random.Random) -> tuple[str, list[str], list[str]]:
    """An aborted simulation: nothing counts."""
    md = rng.choice(PHYSICIANS)
    rtt = rng.choice(THERAPISTS)
    dx, area, _oar = _site_bits(p, rng)
    why = rng.choice(
        [
            "severe claustrophobia despite lorazepam",
            "uncontrolled pain - unable to lie flat",
            "vasovagal episode on the couch",
            "IV infiltrated before any scan was taken",
            "the patient arrived with an active bowel obstruction and was sent to the ED",
        ]
    )
    order = (
        f"Ordered: CT simulation {rng.choice(['with IV contrast', 'with oral and IV contrast', 'with 4DCT'])}, "
        f"{rng.choice(['VMAT', 'custom blocks', 'MRI fusion'])}, {NUM_WORD[rng.randint(2, 3)]} treatment areas."
    )
    body = [
        f"Patient arrived for simulation of the {area} ({dx}).",
        order,
        f"Simulation aborted: {why}. No images were acquired and no contrast was given.",
        rng.choice(
            [
                "Will reschedule once symptoms controlled.",
                "Complex simulation still indicated at the next attempt.",
                "Discussed with Dr. on call; reschedule next week.",
            ]
        ),
        f"Documented by {rtt}; {md} notified.",
    ]
    if p.style in ("template", "terse"):
        text = "\n".join([*filler.header_lines(rng, "Simulation - Not Completed", rtt), "", *body])
    else:
        text = rng.choice(["SIMULATION NOTE - ABORTED", "Aborted simulation"]) + "\n" + " ".join(body)
    return text, ["arrival", "order", "aborted", "plan"], ["aborted_simulation", "order_not_done"]


def build_verification(p: Plan, rng: random.Random) -> tuple[str, list[str], list[str]]:
    """Later-date simulation verification: one area, imaging, no complexity (77280)."""
    md = rng.choice(PHYSICIANS + APPS[:1])
    a = p.areas[0]
    site = ev.site_mk(a)
    mod = p.modalities[0]
    first, back = filler.date_pair(rng)
    t = ["earlier_sim_referenced"]
    if mod == "CT":
        img = mk("MODALITY", "CT", rng.choice(["verification CT", "CT simulator", "repeat CT scan"]))
        imgs = f"Isocenter position confirmed on the {img}; shifts within 2 mm."
    else:
        img = mk("MODALITY", "fluoroscopy", rng.choice(["fluoroscopy", "conventional simulator under fluoroscopy"]))
        imgs = f"Orthogonal images obtained with {img}; isocenter matched to DRRs."
    earlier = rng.choice(
        [
            f"Initial CT simulation was on {first} with IV contrast (see that note).",
            f"Original simulation {first}: oral contrast given at that visit - separate encounter.",
            f"The initial simulation on {first} is documented separately.",
        ]
    )
    if "contrast" in earlier:
        t.append("earlier_sim_contrast")
    count = rng.choice(
        [
            f"Single treatment area: {site}.",
            f"Area verified: {site} ({mk('AREA_COUNT', '1', 'one area')}).",
            f"Site: {site}.",
        ]
    )
    body = [
        f"The patient returned on {back} for simulation verification before the first treatment.",
        earlier,
        count,
        imgs,
        rng.choice(
            ["Marks updated and re-tattooed.", "Light field and SSD checked.", "Couch values recorded in ARIA."]
        ),
    ]
    if rng.random() < 0.4:
        body.append(rng.choice(["Beams: 4 static fields to the one target.", "Nine-field IMRT to the single PTV."]))
        t.append("many_beams")
    if p.rationale:
        body.insert(2, f"Reason for the verification scan and careful set-up: {ev.rationale_text(p, rng)}.")
    keys = ["return", "earlier", "area", "imaging"]
    if p.style in ("template", "caps") and rng.random() < 0.6:
        hdr = filler.header_lines(
            rng, rng.choice(["Simulation Verification Note", "SIMULATION VERIFICATION (77280)"]), md
        )
        text = "\n".join(hdr + [""] + [f"- {b}" for b in body] + [f"Signed: {md}"])
    elif p.style == "terse":
        text = "Sim verification\n" + "\n".join(body) + f"\n{md}"
    else:
        text = "SIMULATION VERIFICATION NOTE\n" + " ".join(body) + f"\n\nDictated by {md}."
    return text, keys, t
