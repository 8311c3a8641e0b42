"""Sections per note type: what each note says, before layout and degradation."""

from __future__ import annotations

import random
from typing import Any

from . import traps as T
from .filler import date, history, more_filler, words_of
from .phrases import (
    BARE_ASSERTIONS,
    RATIONALE_LEADS,
    UNKNOWN_AREA_LINES,
    area_block,
    feature_phrase,
    modality_phrase,
    pick,
    rationale,
)
from .vocab import CENTERS, CT_UNITS, DOSIMETRISTS, EHR, NURSES, PAYERS, PHYSICIANS, SCRIBES, SITES, THERAPISTS

Section = tuple[str, str, list[str]]  # key, heading, marked lines

TITLES = {
    "md_sim_note": [
        "SIMULATION NOTE",
        "CT Simulation - Physician Note",
        "Radiation Simulation Procedure Note",
        "Sim Note (MD)",
        "Physician Simulation Record",
    ],
    "therapist_log": [
        "Therapist Simulation Log",
        "CT SIM LOG - RTT",
        "Sim Worksheet / Therapist Record",
        "RTT Sim Flow Log",
    ],
    "sim_planning": [
        "Sim & Treatment Planning Note",
        "SIMULATION AND TREATMENT PLANNING NOTE",
        "Sim / Planning Directive",
        "Sim+Plan Note",
    ],
    "order_procedure": ["Simulation Order + Procedure Record", "SIM ORDER / SIM PERFORMED", "Sim Order & Procedure"],
    "scribe_sim": ["Simulation Note (scribed)", "Sim Visit - Scribe Macro", "SCRIBED SIM NOTE"],
    "resim": ["Re-Simulation Note", "Resim - New Course", "RESIMULATION"],
    "aborted_sim": ["CT Sim - Not Completed", "Simulation Attempt", "SIM LOG - ABORTED"],
    "blank_sim": ["Simulation Note", "CT SIM TEMPLATE", "Sim Note (MD)"],
    "consult": ["Radiation Oncology Consultation", "NEW PATIENT CONSULT", "Consult Note - Rad Onc"],
    "follow_up": ["Follow-up Visit", "POST-TREATMENT FOLLOW UP", "F/U Note"],
    "otv": ["On-Treatment Visit", "OTV / Weekly Management", "WEEKLY OTV NOTE"],
    "completion_summary": ["Treatment Completion Summary", "END OF TREATMENT SUMMARY", "Course Completion Note"],
    "nurse_triage": ["Nurse Triage Note", "RN Telephone Encounter", "NURSING TRIAGE"],
    "payer_letter": [
        "Prior Authorization Determination",
        "Letter of Appeal",
        "Utilization Review Notice",
        "Peer-to-Peer Summary",
    ],
    "sim_order_only": ["Simulation Order", "ORDER: CT SIMULATION", "Rad Onc Order Set - Sim"],
}
SIM_TYPES = ("md_sim_note", "therapist_log", "sim_planning", "order_procedure", "scribe_sim", "resim")
NONSIM_TYPES = ("consult", "follow_up", "otv", "completion_summary", "nurse_triage", "payer_letter", "sim_order_only")

RX = ["45 Gy/25 fx", "50.4 Gy/28", "60 Gy/30", "30 Gy/10", "20 Gy/5", "70 Gy/35", "36 Gy/18"]
FEATURE_WORDS = {
    "contrast": "IV contrast",
    "arc_rotational": "VMAT",
    "particle": "protons",
    "custom_shielding": "custom block",
    "complex_blocking": "complex blocking",
    "hyperthermia": "hyperthermia",
    "brachytherapy": "applicator check",
}


def _header(rng: random.Random, plan: dict[str, Any], who: str) -> Section:
    org, center, state = pick(rng, CENTERS)  # type: ignore[arg-type]
    lines = [f"{org} -- {center} ({state})", f"{pick(rng, EHR)} | {pick(rng, TITLES[plan['note_type']])}"]
    ids = [
        "Patient: [redacted]   MRN: XXXXX   DOB: XX/XX/XXXX",
        "Pt name: [redacted] | Acct XXXXX",
        "PATIENT [redacted]  ID XXXXX",
    ]
    lines.append(pick(rng, ids))
    lines.append(pick(rng, [f"DOS: {plan['dos']}", f"Date of service {plan['dos']}", f"Encounter date: {plan['dos']}"]))
    if rng.random() < 0.6:
        lines.append(f"{pick(rng, ['Author', 'Provider', 'Signed by', 'Performed by'])}: {who}")
    return ("header", "", lines)


def _site(plan: dict[str, Any]) -> dict[str, Any]:
    return SITES[plan["site"]]


def _target(plan: dict[str, Any], rng: random.Random) -> str:
    if plan["areas"]:
        return "the " + plan["areas"][0][1]
    return pick(rng, ["the target", "the treatment volume", "the PTV", "the gross disease"])


def _indication(rng: random.Random, plan: dict[str, Any]) -> Section:
    site = _site(plan)
    lines: list[str] = []
    if plan["cat"]:
        lines.append(pick(rng, RATIONALE_LEADS) + rationale(rng, plan["cat"], site, _target(plan, rng)) + ".")
        if "bare_assertion" in plan["traps"]:
            lines.insert(0, pick(rng, BARE_ASSERTIONS))
    elif "bare_assertion" in plan["traps"]:
        lines.append(pick(rng, BARE_ASSERTIONS))
    elif "blank_template" in plan["traps"]:
        lines.append(T.BLANKS["rationale"])
    else:
        lines.append(
            pick(
                rng,
                [
                    "Indication: definitive RT as discussed in consult.",
                    "See consult for indication.",
                    "Indication: per tumor board.",
                    f"Intent: {pick(rng, ['curative', 'palliative'])}.",
                ],
            )
        )
    return ("indication", pick(rng, ["Indication", "Medical Necessity", "Clinical Indication", "Reason"]), lines)


def _procedure(rng: random.Random, plan: dict[str, Any]) -> Section:
    site = _site(plan)
    unit = pick(rng, CT_UNITS)
    lines = [
        f"Position: {pick(rng, site['position'])}.",
        f"Immobilization: {pick(rng, site['immob'])}" + pick(rng, [" indexed.", ", custom made today.", "."]),
    ]
    if plan["mods"]:
        for mod in plan["mods"]:
            if mod == "CT" and plan["flags"].get("force_4dct"):
                from .markup import mark

                lines.append(
                    f"{mark('M', 'CT', pick(rng, ['4DCT', '4D CT']))} acquired for respiratory motion "
                    f"assessment (10 bins); no other special procedure."
                )
            elif mod == "MRI" and plan["flags"].get("mri_gad"):
                from .markup import mark

                lines.append(
                    f"Diagnostic {mark('M', 'MRI', 'MRI')} with gadolinium ({T.pick(rng, T.OUTSIDE)}, "
                    f"{date(rng, 2025)}) fused to the planning CT for contouring."
                )
            else:
                lines.append(modality_phrase(rng, mod, site, unit, date(rng, 2025)))
    elif plan["outcome"] == "unsup_no_imaging":
        lines.append(
            pick(
                rng,
                [
                    "Clinical setup under the light field; no CT acquired.",
                    "No planning scan -- clinical mark-up only.",
                    "Set up clinically on the table, no imaging obtained.",
                ],
            )
        )
    lines.append(
        pick(
            rng,
            [
                "Tattoos x3 placed.",
                "Reference marks: 3 tattoos + BBs.",
                "Skin marks with Sharpie, photos taken.",
                "Isocenter marks placed and photographed.",
                "Lasers aligned to tattoos.",
            ],
        )
    )
    tr = plan["traps"]
    if "mlc_only" in tr:
        lines.append(pick(rng, ["Apertures: MLC only.", "Field shaping by MLC; no blocks.", "MLC conformal shaping."]))
    if "bolus" in tr:
        lines.append(
            pick(
                rng,
                ["0.5 cm bolus over scar.", "Bolus 1 cm to lesion, made from Superflab.", "Wet-gauze bolus planned."],
            )
        )
    if "custom_immobilization" in tr:
        lines.append(
            pick(
                rng,
                [
                    "Custom Alpha Cradle molded today.",
                    "Custom thermoplastic mask fabricated.",
                    "Custom Vac-Lok bag formed and labelled.",
                ],
            )
        )
    if "negated_feature" in tr:
        lines.append(T.pick(rng, T.NEGATED_FEATURE[plan["flags"]["neg_feature"]]).format(g=rng.randint(18, 29)))
    if "contrast_allergy" in tr:
        lines.append(
            pick(
                rng,
                [
                    "Allergy: iodinated contrast (anaphylaxis) -- no contrast used.",
                    "Contrast allergy (hives); contrast withheld.",
                ],
            )
        )
    if "negated_modality" in tr and plan["flags"].get("neg_mod"):
        lines.append(T.pick(rng, T.NEGATED_MOD[plan["flags"]["neg_mod"]]))
    if "addendum_retraction" in tr and plan["flags"].get("retract") == "contrast":
        lines.append(pick(rng, ["IV contrast given.", "Contrast: IV, 80 mL."]))
    if plan["flags"].get("feature_in_addendum") == "contrast":
        lines.append(pick(rng, ["Contrast: none.", "No contrast noted at time of scan."]))
    rng.shuffle(lines)
    return ("procedure", pick(rng, ["Procedure", "Simulation", "Sim Details", "CT Sim", "Setup"]), lines)


def _areas(rng: random.Random, plan: dict[str, Any]) -> Section:
    lines = area_block(rng, plan["areas"], plan["area_mode"]) if plan["areas"] else [pick(rng, UNKNOWN_AREA_LINES)]
    if "many_beams_one_target" in plan["traps"] and plan["areas"]:
        lines.append(
            f"{pick(rng, ['7-field', '9-field', '5-beam', 'seven-field'])} IMRT arrangement to the "
            f"{plan['areas'][0][1]} (one target)."
        )
    if "prior_course" in plan["traps"]:
        lines.append(
            f"Prior RT: {rng.choice([2016, 2018, 2020, 2022])}, {pick(rng, ['30 Gy/10', '20 Gy/5', '50 Gy/25'])} "
            f"to the {pick(rng, ['T-spine', 'R breast', 'pelvis', 'L hip', 'mediastinum'])} -- not part of this course."
        )
    return ("areas", pick(rng, ["Treatment Areas", "Targets", "Sites", "Areas Simulated", "Fields/Areas"]), lines)


def _technique(rng: random.Random, plan: dict[str, Any]) -> Section:
    site = _site(plan)
    lines = []
    for f in plan["features"]:
        if plan["flags"].get("feature_in_addendum") == f:
            continue
        lines.append(feature_phrase(rng, f, site, plan["site"]))
    tr = plan["traps"]
    if "planned_feature" in tr:
        lines.append(T.pick(rng, T.PLANNED_FEATURE[plan["flags"]["plan_feature"]]))
    if "planned_modality" in tr:
        lines.append(T.pick(rng, T.PLANNED_MOD[plan["flags"]["plan_mod"]]))
    if "addendum_retraction" in tr and plan["flags"].get("retract") == "arc_rotational":
        lines.append("Technique: VMAT.")
    if "blank_template" in tr:
        for key in plan["flags"].get("blanks", []):
            lines.append(T.BLANKS[key])
    if not lines:
        lines.append(
            pick(
                rng,
                [
                    "3D conformal, photons.",
                    "Static fields, 6X/10X.",
                    "Technique: 3D-CRT.",
                    "IMRT (static gantry) per dosimetry.",
                ],
            )
        )
    return ("technique", pick(rng, ["Technique", "Special Procedures", "Complexity", "Devices/Technique"]), lines)


def _plan_section(rng: random.Random, plan: dict[str, Any]) -> Section:
    lines = [
        pick(
            rng,
            [
                "Contours to MD within 48 h.",
                "Dosimetry to begin planning; start date TBD.",
                "Target start in 7-10 business days.",
                "Verification sim before first fraction.",
                "Pt given skin care handout and schedule.",
            ],
        )
    ]
    if rng.random() < 0.5:
        lines.append(f"Rx: {pick(rng, RX)}.")
    return ("plan", pick(rng, ["Plan", "Next Steps", "Disposition"]), lines)


def _addendum(rng: random.Random, plan: dict[str, Any]) -> Section | None:
    site = _site(plan)
    fl = plan["flags"]
    t = f"{rng.randint(10, 17)}:{rng.randint(10, 59)}"
    if fl.get("feature_in_addendum"):
        s = feature_phrase(rng, fl["feature_in_addendum"], site, plan["site"])
        return ("addendum", f"Addendum ({t})", [pick(rng, ["Correction, omitted above: ", "Late entry: ", ""]) + s])
    if fl.get("retract") == "contrast":
        return (
            "addendum",
            f"Addendum ({t})",
            [
                pick(
                    rng,
                    [
                        "Correction: IV contrast was NOT given (IV could not be placed); "
                        "disregard contrast line above.",
                        "Addendum: contrast was not administered -- entry above in error.",
                    ],
                )
            ],
        )
    if fl.get("retract") == "arc_rotational":
        return ("addendum", f"Addendum ({t})", ["Correction: technique will be 3D conformal; VMAT entered in error."])
    return None


def _billing(rng: random.Random) -> Section:
    return ("billing", pick(rng, ["Charge Capture", "Superbill", "CHARGES", "Billing"]), T.charge_lines(rng))


def _sign(rng: random.Random, who: str) -> Section:
    return (
        "signature",
        "",
        [
            pick(
                rng,
                [
                    f"Electronically signed: {who}",
                    f"e-signed {who}",
                    f"-- {who}",
                    f"Signed {who} {rng.randint(7, 18)}:{rng.randint(10, 59)}",
                ],
            )
        ],
    )


def _long_filler(rng: random.Random, site: dict[str, Any], dx: str) -> list[Section]:
    """Return filler sections (history, exam, labs, nursing) of a long note, 600-1,500 words in all."""
    target = rng.randint(470, 980)
    parts = history(rng, site, dx)
    more = more_filler(rng, site)
    while words_of(parts) < target and more:
        parts.append(more.pop(0))
    extra = 0
    while words_of(parts) < target and extra < 8:
        extra += 1
        head, lines = more_filler(rng, site)[0]
        for h, ls in parts:
            if h == head:
                ls.extend(x for x in lines if x not in ls)
                break
        else:
            parts.append((head, lines))
    parts = parts[:3] + sorted(parts[3:], key=lambda p: rng.random())
    seen: dict[str, int] = {}
    out: list[Section] = []
    for head, lines in parts:
        key = "hx_" + head.split()[0].lower().strip("/")
        seen[key] = seen.get(key, 0) + 1
        out.append((key if seen[key] == 1 else f"{key}{seen[key]}", head, lines))
    return out


def compose_sim(rng: random.Random, plan: dict[str, Any]) -> list[Section]:
    """Return the sections of a simulation note (any kind that records a simulation)."""
    site = _site(plan)
    nt = plan["note_type"]
    who = pick(rng, THERAPISTS) if nt == "therapist_log" else pick(rng, PHYSICIANS)
    secs: list[Section] = [_header(rng, plan, who)]
    dx = pick(rng, site["dx"])
    secs.append(("dx", pick(rng, ["Diagnosis", "Dx", "Problem"]), [dx]))
    if plan["style"] == "long":
        secs += _long_filler(rng, site, dx)
    tr = plan["traps"]
    if "historical_imaging" in tr:
        lines = [T.historical_imaging(rng, site, "historical_contrast" in tr)]
        if rng.random() < 0.5:
            lines.append(T.historical_imaging(rng, site, False))
        secs.append(("imaging_hx", pick(rng, ["Prior Imaging", "Imaging Reviewed", "Outside Studies"]), lines))
    if "other_person" in tr:
        secs.append(("social_note", "Other", [T.other_person(rng)]))
    if "copy_forward" in tr:
        items = [FEATURE_WORDS[f] + " " + pick(rng, ["given", "used", "done"]) for f in plan["flags"]["copy_items"]]
        items.append(pick(rng, ["3 areas: L breast/SCV/axilla", "2 sites (T-spine, R hip)", "4 mets treated"]))
        secs.append(("copied", "", T.copy_forward(rng, rng.choice([2019, 2021, 2022, 2023]), items)))
    if nt == "order_procedure":
        order = [
            f"Ordered by {pick(rng, PHYSICIANS)} on {date(rng, 2026)}",
            "Requested: CT simulation" + "".join(f", {FEATURE_WORDS[f]}" for f in plan["flags"]["order_items"]),
            pick(rng, ["Priority: routine", "Priority: urgent (cord compression)", "Status: completed -> see below"]),
        ]
        secs.append(("order", pick(rng, ["Order", "Simulation Order (intent)", "ORDER DETAILS"]), order))
    if nt == "scribe_sim":
        secs.append(
            (
                "scribe",
                "",
                [f"Scribe statement: I, {pick(rng, SCRIBES)}, documented this note in the presence of {who}."],
            )
        )
    if nt == "resim":
        secs.append(
            (
                "resim_reason",
                "Reason for resim",
                [
                    pick(
                        rng,
                        [
                            "New course after progression.",
                            "Weight loss of 8 kg; mask no longer fits.",
                            "Replan for tumor shrinkage.",
                            "New symptomatic site.",
                        ],
                    )
                ],
            )
        )
    middle = [_indication(rng, plan), _procedure(rng, plan), _areas(rng, plan), _technique(rng, plan)]
    if nt == "therapist_log":
        middle = _log_lines(rng, middle)
    elif rng.random() < 0.3:
        middle[1], middle[2] = middle[2], middle[1]
    secs += middle
    if nt == "sim_planning":
        secs.append(
            (
                "planning",
                pick(rng, ["Planning Directive", "Dosimetry Instructions", "Plan Parameters"]),
                [
                    f"Dosimetrist: {pick(rng, DOSIMETRISTS)}",
                    pick(
                        rng,
                        [
                            "Prioritize OAR constraints per institutional table.",
                            "PTV margin 5 mm; D95 >= 95%.",
                            "Normalize to cover 95% of PTV with Rx dose.",
                            "Constraints per QUANTEC; report DVH.",
                        ],
                    ),
                ],
            )
        )
    if rng.random() < 0.75:
        secs.append(_plan_section(rng, plan))
    add = _addendum(rng, plan)
    if add:
        secs.append(add)
    if "charge_line" in tr:
        secs.append(_billing(rng))
    if nt == "scribe_sim":
        secs.append(
            (
                "attestation",
                "",
                [
                    pick(
                        rng,
                        [
                            f"Provider attestation: I, {who}, personally performed the services described; "
                            "note accurate.",
                            f"I have reviewed the scribe documentation and agree. {who}",
                        ],
                    )
                ],
            )
        )
    secs.append(_sign(rng, who))
    return secs


def _log_lines(rng: random.Random, middle: list[Section]) -> list[Section]:
    """Re-cast the middle of a simulation note as a timestamped therapist log."""
    h, m = rng.randint(7, 14), rng.randint(0, 30)
    out: list[str] = []
    for _key, _head, lines in middle:
        for line in lines:
            m += rng.randint(1, 6)
            if m >= 60:
                h, m = h + 1, m - 60
            out.append(f"{h:02d}{m:02d} {line}")
    return [("log", pick(rng, ["Log", "Timeline", "Sim Flow"]), out)]


def compose_nothing(rng: random.Random, plan: dict[str, Any]) -> list[Section]:
    """Return a simulation note that documents nothing countable (aborted, or an unfilled template)."""
    site = _site(plan)
    who = pick(rng, THERAPISTS)
    dx = pick(rng, site["dx"])
    secs: list[Section] = [_header(rng, plan, who), ("dx", "Dx", [dx])]
    if plan["style"] == "long":
        secs += _long_filler(rng, site, dx)
    if plan["note_type"] == "aborted_sim":
        secs.append(
            (
                "log",
                "Sim Attempt",
                [
                    pick(
                        rng,
                        ["Pt arrived 0810, escorted to CT sim.", "Pt on table at 1322.", "Pt checked in for CT sim."],
                    ),
                    pick(
                        rng,
                        [
                            "Unable to tolerate supine position due to pain 9/10.",
                            "Severe claustrophobia in mask; pt asked to stop.",
                            "Pt vomited after oral contrast prep; sim stopped before scanning.",
                            "IV access failed x3; MD elected to stop and reschedule.",
                        ],
                    ),
                    pick(rng, ["No images acquired.", "Scan not performed.", "No scan obtained; no marks placed."]),
                    pick(
                        rng,
                        [
                            "Rescheduled with premedication.",
                            "MD notified; will re-attempt next week.",
                            "Palliative care consult for pain before re-attempt.",
                        ],
                    ),
                ],
            )
        )
    else:
        secs.append(
            (
                "template",
                "Simulation",
                [
                    "Position: ____",
                    "Immobilization: ____",
                    "Scan: [ ] CT [ ] 4DCT [ ] MRI fusion [ ] PET fusion",
                    "Contrast: [ ] IV [ ] oral [ ] rectal",
                    "Number of areas: ___",
                    "Special: [ ] custom block [ ] VMAT [ ] e- cutout",
                    "Reason for complex sim: ______",
                ],
            )
        )
    if "charge_line" in plan["traps"]:
        secs.append(_billing(rng))
    secs.append(_sign(rng, who))
    return secs


def compose_nonsim(rng: random.Random, plan: dict[str, Any]) -> list[Section]:
    """Return a note that records no simulation but mentions imaging, contrast and techniques."""
    site = _site(plan)
    nt = plan["note_type"]
    dx = pick(rng, site["dx"])
    who = pick(rng, NURSES) if nt == "nurse_triage" else pick(rng, PHYSICIANS)
    secs: list[Section] = [_header(rng, plan, who), ("dx", "Diagnosis", [dx])]
    if plan["style"] == "long":
        secs += _long_filler(rng, site, dx)
    area = pick(rng, [s for _v, ss in site["primary"] for s in ss])
    past = date(rng, 2026)
    hist = [T.historical_imaging(rng, site, True)]
    if nt == "consult":
        secs.append(("imaging_hx", "Imaging", hist))
        secs.append(
            (
                "assessment",
                "Assessment/Plan",
                [
                    f"Recommend RT to the {area}.",
                    pick(
                        rng,
                        [
                            "Plan: CT simulation with IV contrast next week; MRI fusion; likely VMAT.",
                            "Will schedule sim with 4DCT and PET fusion.",
                            "Sim to be arranged; may need custom blocks.",
                            "Plan CT sim; consider protons if approved.",
                        ],
                    ),
                    pick(rng, ["Consent to be signed at sim.", "RTC for sim.", "Discussed with tumor board."]),
                ],
            )
        )
    elif nt == "follow_up":
        secs.append(
            (
                "course",
                "Treatment Course",
                [
                    f"Completed RT to the {area} on {past}.",
                    pick(
                        rng,
                        [
                            f"She was simulated {date(rng, 2025)} with IV contrast and treated with VMAT.",
                            f"Simulation in {date(rng, 2025)} used a custom block and PET fusion.",
                            "Planning CT at that time included oral contrast; 3 areas were treated.",
                        ],
                    ),
                ],
            )
        )
        secs.append(("imaging_hx", "Interval Imaging", hist))
        secs.append(
            (
                "assessment",
                "A/P",
                [
                    pick(
                        rng,
                        [
                            "NED. RTC 3 mo with CT.",
                            "Grade 1 fatigue, resolving.",
                            "Repeat MRI with contrast in 3 months.",
                        ],
                    )
                ],
            )
        )
    elif nt == "otv":
        secs.append(
            (
                "otv",
                "Weekly",
                [
                    f"Fx {rng.randint(3, 20)}/{rng.randint(21, 35)} to the {area}.",
                    pick(
                        rng,
                        [
                            "Sim 2 wk ago with 4DCT and IV contrast; plan VMAT, tolerating.",
                            "Tech reports setup stable in the custom mold; CBCT daily.",
                            "Per sim note, oral contrast used; no issues.",
                        ],
                    ),
                    pick(
                        rng,
                        [
                            "Skin: grade 1 erythema.",
                            "Wt stable.",
                            "Mucositis grade 2; magic mouthwash.",
                            "Diarrhea grade 1; loperamide.",
                        ],
                    ),
                ],
            )
        )
    elif nt == "completion_summary":
        secs.append(
            (
                "summary",
                "Course Summary",
                [
                    f"Site(s): {area}; {pick(rng, ['50 Gy/25', '60 Gy/30', '30 Gy/10', '45 Gy/25 + boost'])}.",
                    pick(
                        rng,
                        [
                            "Technique: VMAT, daily CBCT.",
                            "Technique: 3D-CRT with custom blocks.",
                            "Technique: protons (PBS).",
                        ],
                    ),
                    f"Simulation {date(rng, 2025)}: CT with "
                    f"{pick(rng, ['IV contrast', 'oral contrast', 'no contrast'])}, "
                    f"{pick(rng, ['MRI fusion', 'PET fusion', '4DCT'])}.",
                    pick(rng, ["Tolerated well.", "Break of 3 days for neutropenia.", "Completed as planned."]),
                ],
            )
        )
    elif nt == "nurse_triage":
        secs.append(
            (
                "call",
                "Call",
                [
                    pick(
                        rng,
                        [
                            "Pt called re: prep for CT sim tomorrow.",
                            "Spouse called; pt nauseated after RT.",
                            "Pt asks if oral contrast is needed for upcoming sim.",
                        ],
                    ),
                    pick(
                        rng,
                        [
                            "Instructed: drink oral contrast 1 h before; IV contrast will be given at sim.",
                            "Advised NPO 4 h; contrast may be given.",
                            "Advised ondansetron as prescribed; RTC prn.",
                        ],
                    ),
                    pick(rng, ["Pt verbalized understanding.", "Will route to MD.", "No further needs."]),
                ],
            )
        )
    elif nt == "payer_letter":
        payer = pick(rng, PAYERS)
        secs.append(
            (
                "letter",
                "",
                [
                    f"RE: {payer} -- member [redacted], ID XXXXX",
                    pick(
                        rng,
                        [
                            f"Request for CPT 77290 (DOS {past}) is DENIED: records do not show contrast "
                            "or custom blocking.",
                            f"Appeal: we request reconsideration of 77290 for DOS {past}; "
                            "the simulation used IV contrast and "
                            f"VMAT (see attached sim note).",
                            f"Peer-to-peer held {past}; reviewer upheld 77285 for the prior simulation.",
                        ],
                    ),
                    pick(
                        rng,
                        [
                            "Prior sim 2024 included MRI fusion.",
                            "Outside PET/CT with contrast reviewed.",
                            "Clinical rationale: tumor abuts the cord.",
                        ],
                    ),
                    pick(rng, ["Sincerely, Utilization Management", f"Sincerely, {who}", "Appeal rights enclosed."]),
                ],
            )
        )
    else:  # sim_order_only
        secs.append(
            (
                "order",
                "Order",
                [
                    f"CT simulation: {pick(rng, ['routine', 'ASAP', 'next available'])}",
                    pick(rng, ["IV contrast: yes", "Oral contrast: yes, 1 h prior", "Contrast: per MD at sim"]),
                    pick(rng, ["Fusion: MRI", "Fusion: PET/CT", "4DCT: yes"]),
                    pick(rng, ["Technique: VMAT", "Custom block: anticipated", "Protons: referral"]),
                    f"Sites: {area}",
                    "Status: ordered, not yet performed",
                ],
            )
        )
    if not any(k == "imaging_hx" for k, _h, _b in secs):
        head = (
            "Records reviewed"
            if nt == "payer_letter"
            else pick(rng, ["Relevant imaging", "Imaging (prior)", "Studies"])
        )
        secs.insert(rng.randint(2, len(secs)), ("imaging_hx", head, hist))
    if "charge_line" in plan["traps"]:
        secs.append(_billing(rng))
    secs.append(_sign(rng, who))
    return secs
