"""Writing a planned note: sections, traps, layouts by style, and the plan-versus-spans check."""

from __future__ import annotations

import random
import re

from . import filler
from . import phrases as ph
from .markup import ev, strip
from .plan import Plan
from .vocab import CENTRES, EXAM, FAMDOCS, FIRST, FR, LABS, LAST, MEDS, NURSES, PMH, ROS, RTTS, SOCIAL

Section = tuple[str, str, list[str]]  # key, English heading, markup lines

ABBREV = (
    (r"\bpatient\b", "pt"),
    (r"\bPatient\b", "Pt"),
    (r"\bwith\b", "w/"),
    (r"\bwithout\b", "w/o"),
    (r"\bstatus post\b", "s/p"),
    (r"\bsupraclavicular\b", "SCV"),
    (r"\bposterior axillary boost\b", "PAB"),
    (r"\btreatment\b", "tx"),
    (r"\bapproximately\b", "~"),
    (r"\band\b", "&"),
)


def abbreviate(text: str) -> str:
    """Rewrite a plain segment in terse shorthand."""
    for pattern, repl in ABBREV:
        text = re.sub(pattern, repl, text)
    return text


def _date(rng: random.Random, month: int = 11) -> str:
    return f"2026-{month:02d}-{rng.randint(1, 27):02d}"


def _physician(rng: random.Random) -> str:
    return f"Dr. {rng.choice(FIRST)} {rng.choice(LAST)}"


def _join(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def _target(plan: Plan) -> str:
    if plan.n_areas is None or not plan.area_surfaces:
        return "the target"
    return f"the {plan.area_surfaces[0]}" if not plan.area_surfaces[0][0].isupper() else plan.area_surfaces[0]


def _diagnosis(rng: random.Random, plan: Plan) -> str:
    dx = rng.choice(plan.site.diagnoses)
    return dx.format(side=plan.side, Side=plan.side.title())


# --------------------------------------------------------------------------- evidence sections


def area_lines(rng: random.Random, plan: Plan) -> list[str]:
    """Lines documenting the treatment areas (or failing to)."""
    if plan.n_areas is None:
        options = ["Sites as per the prescription in ARIA (not listed here).", "Treatment sites: per RO request."]
        if len(plan.site.areas) > 1:
            options += ["Several sites - see plan.", "Multiple areas, refer to the planning directive."]
        else:
            options += ["Site: see planning directive.", "As per the electronic prescription."]
        return [rng.choice(options)]
    named = [ev("S", value, surface) for value, surface in zip(plan.areas, plan.area_surfaces, strict=True)]
    n = plan.n_areas
    count_forms = (
        f"Number of treatment areas: {ev('A', str(n), str(n))}",
        f"{ev('A', str(n), f'{ph.NUM_WORDS[n]} separate treatment area' + ('s' if n > 1 else ''))}",
        "Areas: "
        + " ".join(
            f"[{'x' if i == n else ' '}] " + (ev("A", str(n), str(i)) if i == n else str(i)) for i in range(1, 5)
        ),
        f"Total areas simulated: {ev('A', str(n), str(n))}",
    )
    if plan.area_mode == "count":
        return [rng.choice(count_forms)]
    shape = rng.random()
    if n > 1 and shape < 0.3:
        lines = [f"Isocentre {i}: {site}" for i, site in enumerate(named, start=1)]
    elif n > 1 and shape < 0.55:
        lines = [f"{i}. {site}" for i, site in enumerate(named, start=1)]
    else:
        lines = [rng.choice(("Treatment sites: ", "Sites: ", "Volumes: ", "Areas treated: ")) + _join(named) + "."]
    if plan.area_mode == "both":
        lines.append(rng.choice(count_forms))
    return lines


def rationale_lines(rng: random.Random, plan: Plan) -> list[str]:
    """The reason line: a real reason, a bare assertion, a blank field or nothing."""
    if plan.rationale is None:
        if "bare_assertion" in plan.traps:
            return [rng.choice(ph.BARE)]
        if "blank_template" in plan.traps and plan.style in ("form", "bilingual", "caps"):
            return ["____"]
        return []
    lead = rng.choice(
        (
            "",
            "",
            "Complex simulation needed because ",
            "Reason: ",
            "Why complex: ",
            "Indication - ",
            "Complex set-up required as ",
            "Complex sim indicated: ",
        )
    )
    reason = ph.rationale(
        rng,
        plan.site,
        plan.rationale,
        _target(plan),
        plan.n_areas or 1,
        capital=not lead.endswith(" ") or lead.endswith(": "),
    )
    line = lead + reason + "."
    if "bare_assertion" in plan.traps:
        line = rng.choice(ph.BARE) + " " + line
    return [line]


def imaging_lines(rng: random.Random, plan: Plan) -> list[str]:
    """Imaging done for this simulation, plus imaging traps."""
    lines = []
    for name in plan.modalities:
        line = ph.modality(rng, name, plan.four_d and name == "CT", plan.site.key)
        if name == "MRI" and "fused_old_contrast" in plan.traps:
            line = (
                f"{ev('M', 'MRI', 'MRI')} (T1 post-gadolinium, {_date(rng, 10)}) fused to the planning CT; "
                "the gadolinium was given for the diagnostic study."
            )
        lines.append(line)
    if not plan.modalities:
        lines.append(
            rng.choice(
                (
                    "Clinical mark-up on the treatment couch; no scan acquired.",
                    "Set up clinically under the light field. No imaging today.",
                    "Direct clinical set-up (no CT).",
                )
            )
        )
    if "planned_modality" in plan.traps:
        missing = [m for m in ("MRI", "PET") if m not in plan.modalities]
        lines.append(rng.choice(ph.PLANNED_MODALITY[missing[0]]))
    return lines


def contrast_lines(rng: random.Random, plan: Plan) -> list[str]:
    """Contrast given (or not) at this simulation."""
    lines = []
    has = "contrast" in plan.features
    if has and "addendum_adds" in plan.traps:
        return ["No contrast."]
    if has:
        if "contrast_allergy_premed" in plan.traps:
            lines.append(
                "Iodinated contrast allergy (hives 2019): premedicated with prednisone 50 mg x 3 doses and "
                "diphenhydramine 50 mg per protocol."
            )
        lines.append(ph.contrast(rng, plan.site, plan.contrast_kind))
    elif "contrast_withheld" in plan.traps:
        lines.append(
            rng.choice(
                (
                    "Known anaphylaxis to iodinated contrast - IV contrast withheld.",
                    "eGFR 28: contrast withheld per pharmacy guideline.",
                )
            )
        )
    elif "negated_contrast" in plan.traps:
        lines.append(rng.choice(ph.NEGATED["contrast"]))
    elif "blank_template" in plan.traps and plan.style in ("form", "bilingual", "caps"):
        lines.append(rng.choice(ph.BLANK["contrast"]))
    return lines


def technique_lines(rng: random.Random, plan: Plan) -> list[str]:
    """Features other than contrast, and technique traps."""
    target = _target(plan)
    lines = [ph.feature(rng, plan.site, f, target) for f in plan.features if f != "contrast"]
    if "addendum_retract" in plan.traps:
        lines.append(RETRACT[plan.retract][0])
    if "many_beams" in plan.traps:
        lines.append(
            rng.choice(
                (
                    f"Seven coplanar static fields, all aimed at {target}.",
                    f"Nine-field IMRT (step-and-shoot) to the single PTV of {target}.",
                    "Four fields (AP/PA/laterals) on one isocentre, one PTV.",
                )
            )
        )
    if "mlc_only" in plan.traps:
        lines.append(rng.choice(ph.MLC))
    if "bolus" in plan.traps:
        lines.append(rng.choice(ph.BOLUS))
    if "negated_feature" in plan.traps:
        absent = [f for f in ph.NEGATED if f not in plan.features and f != "contrast"]
        lines.append(rng.choice(ph.NEGATED[rng.choice(absent)]))
    if "planned_feature" in plan.traps:
        absent = [f for f in plan.site.features if f not in plan.features] or ["particle"]
        lines.append(rng.choice(ph.PLANNED_FEATURE[rng.choice(absent)]))
    if "blank_template" in plan.traps and plan.style in ("form", "bilingual", "caps"):
        absent = [f for f in ("custom_shielding", "complex_blocking", "hyperthermia") if f not in plan.features]
        lines.append(rng.choice(ph.BLANK[rng.choice(absent)]))
    if not lines and rng.random() < 0.6:
        if plan.modalities:
            lines.append(rng.choice(("3D conformal, two opposed fields.", "Parallel opposed pair.", "3DCRT.")))
        else:
            lines.append(rng.choice(("Direct clinical field.", "Parallel opposed pair set clinically.")))
    return lines


def position_lines(rng: random.Random, plan: Plan) -> list[str]:
    """Positioning and immobilisation (custom devices are not features)."""
    lines = [_cap(rng.choice(plan.site.positions)) + "."]
    if "custom_immobilisation" in plan.traps:
        lines.append(rng.choice(ph.IMMOB))
    else:
        lines.append(_cap(rng.choice(plan.site.immobilisation)) + ".")
    return lines


RETRACT: dict[str, tuple[str, str]] = {
    "contrast": ("IV contrast given.", "IV contrast was not given (IV could not be started)."),
    "arc_rotational": (
        "Technique: VMAT.",
        "technique is 3D conformal, not VMAT; the earlier line was entered in error.",
    ),
    "custom_shielding": ("Custom block made.", "no custom block was made; MLC only."),
}


def trap_sections(rng: random.Random, plan: Plan) -> list[Section]:
    """Sections that only carry traps (copy-forward, other person, addendum)."""
    out: list[Section] = []
    if "copy_forward" in plan.traps:
        year = rng.choice((2019, 2021, 2023))
        old = rng.choice(
            (
                "IV contrast given. MRI fused. Cerrobend blocks poured. VMAT.",
                "Oral contrast; PET/CT registered; complex blocking; 3 areas.",
                "Contrast: Y. Custom blocks: Y. Fluoroscopy check done.",
            )
        )
        head = rng.choice(
            (f"Copied forward from the {year} sim note (prior course)", f"Prior course ({year}) - copied")
        )
        out.append(("copy", head, [old, "[end of copied text]"]))
    if "other_person" in plan.traps:
        out.append(("fam", "Notes", [rng.choice(ph.OTHER_PERSON)]))
    if "addendum_retract" in plan.traps:
        out.append(("add", "Addendum", [f"Same day 16:40 - Correction: {RETRACT[plan.retract][1]}"]))
    if "addendum_adds" in plan.traps:
        line = f"Later the same day, 17:25 - Correction to the above: {ph.contrast(rng, plan.site, plan.contrast_kind)}"
        out.append(("add", "Addendum", [line]))
    return out


# --------------------------------------------------------------------------- history filler


def history_lines(rng: random.Random, plan: Plan, long: bool) -> list[str]:
    """Oncologic history; historical imaging never counts."""
    dx = _diagnosis(rng, plan)
    lines = [f"{rng.choice(('Presented with', 'Referred for', 'Seen for'))} {dx}."]
    if "historical_imaging" in plan.traps:
        lines += rng.sample(ph.HISTORICAL, 2 if long else 1)
    if long:
        events = [
            "presented to the family physician with {s}",
            "seen in the rapid diagnostic clinic at the regional centre",
            "biopsy reported by pathology; case reviewed at the multidisciplinary tumour board",
            "medical oncology consultation; systemic therapy discussed and consent obtained",
            "admitted briefly for pain control and dehydration, discharged after three days",
            "home care nursing arranged through the local health authority",
            "dietitian and social work referrals completed, drive to the centre arranged",
            "started {d}; tolerated with grade 1 fatigue and nausea controlled with ondansetron",
            "reviewed in the radiation oncology clinic; options, benefits and risks of radiotherapy discussed",
        ]
        symptoms = ("a persistent cough", "a palpable lump", "weight loss and fatigue", "pain at night", "bleeding")
        picked = sorted(rng.sample(range(len(events)), 7))
        for month, event in zip(range(4, 11), [events[i] for i in picked], strict=False):
            text = event.format(s=rng.choice(symptoms), d=rng.choice(("capecitabine", "cisplatin weekly", "FOLFOX")))
            lines.append(f"{_date(rng, month)}: {text}.")
    return lines


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def long_sections(rng: random.Random, plan: Plan) -> list[Section]:
    """PMH, medications, social history, ROS, examination and investigations for long notes."""
    extra_ros = rng.sample(ROS, 3)
    path, nursing = filler.pathology_and_screen(rng)
    return [
        ("pmh", "Past medical history", [_cap(p) + "." for p in rng.sample(PMH, rng.randint(3, 6))]),
        ("meds", "Medications", [m + "." for m in rng.sample(MEDS, rng.randint(4, 8))]),
        ("allg", "Allergies", [rng.choice(("NKDA.", "Penicillin (rash).", "Codeine (nausea).", "Sulfa (hives)."))]),
        ("soc", "Social history", rng.sample(SOCIAL, 2) + filler.family_and_function(rng)),
        ("ros", "Review of systems", filler.ros(rng) + extra_ros),
        ("exam", "Examination", filler.exam(rng) + rng.sample(EXAM, 2)),
        ("inv", "Investigations", filler.labs(rng) + rng.sample(LABS, 1)),
        ("path", "Pathology", path),
        ("nurse", "Nursing screen", nursing),
        ("cons", "Discussion", filler.counselling(rng)),
    ]


# --------------------------------------------------------------------------- note types


def _header(rng: random.Random, plan: Plan, title: str) -> Section:
    lines = [
        f"Patient: [redacted]   MRN: XXXXX   Date: {_date(rng)}",
        f"{rng.choice(CENTRES)}",
    ]
    return ("hdr", title, lines)


def _sim_title(plan: Plan) -> str:
    has_ct = "CT" in plan.modalities
    if plan.note_type == "request_procedure":
        return "Radiation Treatment Request / " + (
            "CT-Sim Procedure Record" if has_ct else "Simulation Procedure Record"
        )
    if plan.note_type == "rtt_record":
        return "CT-Sim Procedure Record" if has_ct else "Simulation / Set-up Record"
    return "Pre-treatment Review"


def order_lines(rng: random.Random, plan: Plan) -> list[str]:
    """The request: intent only, never spanned."""
    items = ["simulation"]
    if "contrast" in plan.features or "order_vs_procedure" in plan.traps:
        items.append("IV contrast")
    items += [m + " fusion" for m in plan.modalities if m in ("MRI", "PET")]
    if "arc_rotational" in plan.features:
        items.append("VMAT")
    dose = rng.choice(("60 Gy / 30", "50 Gy / 25", "20 Gy / 5", "30 Gy / 10", "45 Gy / 25", "40.05 Gy / 15"))
    lines = [
        f"Intent: {rng.choice(('radical', 'palliative', 'adjuvant'))}; dose {dose}.",
        "Requested: " + ", ".join(items) + ".",
        f"Requesting physician: {_physician(rng)}",
    ]
    return [strip(line) for line in lines]


def sim_sections(rng: random.Random, plan: Plan) -> list[Section]:
    """All sections of a simulation record."""
    long = plan.style == "long"
    sections: list[Section] = [_header(rng, plan, _sim_title(plan))]
    sections.append(("dx", "Diagnosis", history_lines(rng, plan, long)))
    if long:
        sections += long_sections(rng, plan)
    if plan.note_type == "request_procedure":
        sections.append(("req", "Request", order_lines(rng, plan)))
    middle: list[Section] = [
        ("why", "Reason", rationale_lines(rng, plan)),
        ("sites", "Treatment sites", area_lines(rng, plan)),
        ("pos", "Position", position_lines(rng, plan)),
        ("img", "Imaging", imaging_lines(rng, plan)),
        ("con", "Contrast", contrast_lines(rng, plan)),
        ("tech", "Technique", technique_lines(rng, plan)),
    ]
    if "order_vs_procedure" in plan.traps and "contrast" not in plan.features:
        middle[4] = ("con", "Contrast", ["Ordered IV contrast not given - creatinine 141, eGFR 38."])
    for _ in range(rng.randint(0, 3)):
        i = rng.randrange(len(middle) - 1)
        middle[i], middle[i + 1] = middle[i + 1], middle[i]
    sections += middle
    if rng.random() < 0.6:
        sections.append(
            (
                "marks",
                "Marks",
                [rng.choice(("3 tattoos placed.", "Reference marks tattooed (x3).", "Ink marks + photos taken."))],
            )
        )
    sections += trap_sections(rng, plan)
    signer = rng.choice(RTTS) if plan.note_type == "rtt_record" else _physician(rng)
    sections.append(("sig", "Signed", [signer]))
    return [s for s in sections if s[2]]


def nothing_sections(rng: random.Random, plan: Plan) -> list[Section]:
    """A cancelled simulation or an empty request form: nothing countable."""
    sections: list[Section] = [
        _header(
            rng, plan, "Simulation Appointment" if plan.note_type == "sim_cancelled" else "Radiation Treatment Request"
        )
    ]
    if plan.note_type == "sim_cancelled":
        reason = rng.choice(
            (
                "unable to lie flat because of uncontrolled pain",
                "claustrophobic in the mask, declined to continue",
                "arrived with a fever of 38.6; sent to the emergency department",
            )
        )
        sections.append(("dx", "Diagnosis", history_lines(rng, plan, False)))
        sections.append(
            (
                "sim",
                "Simulation",
                [
                    f"Patient attended for simulation; {reason}.",
                    "Procedure stopped before any images were taken. No contrast given.",
                    f"Will return for simulation on {_date(rng, 12)} (CT-sim with IV contrast and MRI fusion planned).",
                ],
            )
        )
        sections.append(("sig", "Signed", [rng.choice(RTTS)]))
    else:
        sections.append(("dx", "Diagnosis", ["____"]))
        sections.append(("why", "Reason", ["____"]))
        sections.append(("sites", "Treatment sites", ["____"]))
        sections.append(("img", "Imaging", ["[ ] CT  [ ] 4DCT  [ ] MRI fusion  [ ] PET fusion"]))
        sections.append(("con", "Contrast", [rng.choice(ph.BLANK["contrast"])]))
        sections.append(("tech", "Technique", [ph.BLANK["arc_rotational"][0], ph.BLANK["custom_shielding"][0]]))
        sections.append(("sig", "Signed", ["____"]))
    return sections


def non_sim_sections(rng: random.Random, plan: Plan) -> list[Section]:
    """Rounds, letters and phone notes: they mention the simulation but are not its record."""
    area = plan.site.areas[0][0].format(side=plan.side, Side=plan.side.title())
    dx = _diagnosis(rng, plan)
    hist = rng.choice(ph.HISTORICAL)
    fused = "MRI" if "MRI" in plan.site.modalities else "PET/CT"
    if plan.note_type == "rounds":
        discussed = [
            f"CT-sim done {rng.choice(('last week', 'on Tuesday', 'two days ago'))} with IV contrast; "
            f"{rng.choice(('VMAT', '3D conformal', 'IMRT'))} to the {area} proposed.",
            f"{fused} fusion reviewed; {rng.choice(('GTV edited', 'no change to the GTV', 'CTV margin debated'))}.",
            rng.choice(
                (
                    "Contours and OAR constraints reviewed by the group.",
                    "Dose-volume histogram shown; cord and heart within tolerance.",
                    "Peer reviewer asked whether custom blocks or arcs would add anything.",
                )
            ),
        ]
        sections: list[Section] = [
            (
                "hdr",
                rng.choice(("Rounds - Peer Review Summary", "Chart Rounds", "Quality Assurance Rounds (peer review)")),
                [f"Date: {_date(rng)}   Presenter: {_physician(rng)}"],
            ),
            ("case", "Case", [f"[redacted], {dx}.", hist]),
            ("plan", rng.choice(("Plan discussed", "Discussion", "Proposed plan")), rng.sample(discussed, 3)),
        ]
        if rng.random() < 0.5:
            sections.append(("att", "Present", [f"{_physician(rng)}, {_physician(rng)}, physics, RTT lead"]))
        sections.append(
            (
                "out",
                rng.choice(("Outcome", "Decision")),
                [rng.choice(("Approved as presented.", "Approved with minor contour edits.", "Re-present next week."))],
            )
        )
        return sections
    if plan.note_type == "phone_note":
        call = [
            rng.choice(
                (
                    "Patient called about preparation for CT-sim tomorrow.",
                    "Spouse phoned on behalf of the patient re: simulation booking.",
                    "Returned the patient's call about the planning scan next week.",
                )
            ),
            rng.choice(
                (
                    "Contrast allergy on file: prednisone premedication prescription faxed to the pharmacy.",
                    "Reminded to drink 500 mL of water an hour before and to arrive 30 min early.",
                    f"Asked whether an {fused} would be needed; explained the RO will decide at planning.",
                    "Worried about the mask; offered a tour of the CT-sim room beforehand.",
                )
            ),
        ]
        if rng.random() < 0.6:
            call.append(hist)
        return [
            (
                "hdr",
                "Nursing Telephone Note",
                [f"{_date(rng)} {rng.randint(8, 16)}:{rng.randint(10, 59)}  {rng.choice(NURSES)}"],
            ),
            ("call", "Call", call),
            ("plan", "Plan", [rng.choice(("Will call back if questions.", "Sim booking confirmed.", "RO informed."))]),
        ]
    doc = rng.choice(FAMDOCS)
    sections = [("hdr", "Letter", [f"{_date(rng)}", f"{doc}, Family Medicine", "Re: [redacted], DOB XXXXX"])]
    body = [f"Dear {doc},"]
    if plan.note_type == "letter_consult":
        body.append(
            f"Thank you for referring this {rng.choice(('pleasant', 'delightful', 'stoic'))} patient with {dx}. {hist}"
        )
        body.append(
            f"I have recommended radiotherapy to the {area}. "
            + rng.choice(
                (
                    "The patient will come back for CT-sim, likely with IV contrast; we may fuse the MRI at planning.",
                    f"A planning CT will be booked; a {fused} fusion may help with the contours.",
                    "Simulation is scheduled for next week and treatment should start about ten days later.",
                )
            )
        )
    else:
        body.append(
            f"I saw your patient today in follow-up for {dx}. As you know, simulation was done on {_date(rng, 9)} "
            + rng.choice(
                (
                    f"(planning CT with IV contrast, {fused} fused) and VMAT to the {area} was completed.",
                    f"with a 4DCT and custom blocks, and the course to the {area} finished without a break.",
                    f"- a CT-sim with oral contrast - and radiation to the {area} and nodes was delivered as planned.",
                )
            )
        )
    body.append(
        rng.choice(
            (
                "Recovery from the acute effects is going well.",
                "Fatigue is settling.",
                "Skin has healed.",
                "Appetite is returning.",
            )
        )
    )
    if rng.random() < 0.5:
        body.append(rng.choice(("Follow-up imaging in three months.", "I will see them again in the new year.")))
    body.append("Thank you for allowing me to share in the care of this patient. Please do not hesitate to call.")
    sections.append(("body", "", body))
    if plan.style == "long":
        sections += [
            s for s in long_sections(rng, plan) if s[0] in ("pmh", "meds", "ros", "exam", "inv", "path", "cons")
        ]
        sections.append(("hx", "History", history_lines(rng, plan, True)))
    sections.append(("sig", "", ["Sincerely,", _physician(rng)]))
    return sections


# --------------------------------------------------------------------------- layout


def layout(rng: random.Random, plan: Plan, sections: list[Section]) -> str:
    """Lay sections out in the note's style (markup in, markup out)."""
    style = plan.style
    bullet = rng.choice(("-", "•", "*"))
    out: list[str] = []
    minute = rng.randint(0, 20)
    for key, heading, lines in sections:
        if key == "hdr":
            title = heading
            if style == "bilingual":
                title = f"{FR.get('Simulation')} / Simulation - {heading}"
            out.append(title + "\n" + "\n".join(lines))
            continue
        if style in ("letter",) or (style == "long" and plan.outcome == "non_simulation"):
            text = "\n\n".join(lines) if key == "body" else " ".join(lines)
            out.append(
                (heading + ": " if heading and key not in ("body", "sig") else "") + text
                if key != "sig"
                else "\n".join(lines)
            )
            continue
        head = heading
        if style == "bilingual" and heading in FR:
            head = f"{FR[heading]} / {heading}"
        elif style == "terse":
            head = {"Diagnosis": "Dx", "Treatment sites": "Sites", "Imaging": "Img", "Technique": "Tech"}.get(
                heading, heading
            )
        if style == "bullets":
            out.append(head + "\n" + "\n".join(f"{bullet} {line}" for line in lines))
        elif style == "terse":
            out.append(f"{head}: " + " ".join(lines))
        elif style == "rtt_log" and key not in ("sig", "add", "copy"):
            stamped = []
            for line in lines:
                minute += rng.randint(1, 6)
                stamped.append(f"08:{minute:02d} {line}")
            out.append(f"{head}:\n" + "\n".join(stamped))
        elif style in ("prose", "long"):
            joined = " ".join(line if line.rstrip("⟧)").endswith((".", ":", ";")) else line + "." for line in lines)
            if key == "sig":
                joined = " ".join(lines)
            out.append(f"{head}: " + joined if rng.random() < 0.8 or key == "sig" else joined)
        else:  # form, bilingual, caps
            if len(lines) == 1:
                out.append(f"{head}: {lines[0]}")
            else:
                out.append(f"{head}:\n" + "\n".join(f"  {line}" for line in lines))
    sep = "\n" if style in ("rtt_log", "terse") else "\n\n"
    return sep.join(out) + "\n"
