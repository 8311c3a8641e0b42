"""Simulation documents: sections of (label, markup) lines, laid out per style; long-note filler."""
# ruff: noqa: D103, E501, B007, RUF005

from __future__ import annotations

import random

from . import traps
from .evidence import area_lines, date, dose, dx, feature_lines, immob, modality_lines, rationale_line
from .plan import Plan
from .vocab import (
    CAMPUS,
    DOSIMETRISTS,
    EXAM,
    LAB_NAMES,
    MED_ONCS,
    MEDS,
    PHYSICISTS,
    PMH,
    PRACTICE,
    PROLIFIC,
    RAD_MDS,
    ROS,
    SITES,
    SOCIAL,
    THERAPISTS,
)

Section = tuple[str, str, list[tuple[str, str]]]  # key, title, (label, markup) lines


def cap_first(s: str) -> str:
    if s.startswith("<<"):
        bar = s.index("|")
        return s[: bar + 1] + s[bar + 1 : bar + 2].upper() + s[bar + 2 :]
    return s[:1].upper() + s[1:]


def layout(sections: list[Section], style: str, rng: random.Random, head: str) -> str:
    """Render sections in the style's layout (markup in, markup out)."""
    out = [head] if head else []
    if style == "runon":
        parts = [m for _, _, lines in sections for _, m in lines]
        out.append(cap_first("; ".join(parts)) + ".")
    elif style in ("prose", "typos", "long", "letter", "portal"):
        for key, title, lines in sections:
            body = " ".join(cap_first(m.rstrip(".")) + ("" if m.endswith("|") else ".") for _, m in lines)
            if title and (style == "long" or rng.random() < 0.4):
                out.append(f"{title}: {body}")
            else:
                out.append(body)
    elif style in ("template", "caps"):
        for key, title, lines in sections:
            block = [f"{title.upper() if rng.random() < 0.5 else title}:"] if title else []
            for label, m in lines:
                block.append(f"{label}: {m}" if label and rng.random() < 0.7 else cap_first(m))
            out.append("\n".join(block))
    elif style == "kv":
        block = []
        for _, _, lines in sections:
            for label, m in lines:
                block.append(f"{label}: {m}" if label else m)
        out.append("\n".join(block))
    elif style in ("bullets", "terse"):
        bullet = rng.choice(["- ", "* ", "\u2022 "])
        for key, title, lines in sections:
            block = [title] if title and style == "bullets" else []
            block += [f"{bullet}{m}" for _, m in lines]
            out.append("\n".join(block))
    else:
        raise ValueError(style)
    sep = "\n\n" if style not in ("kv", "terse") else "\n"
    return sep.join(out)


def pt_line(rng: random.Random) -> str:
    age = rng.randint(38, 84)
    return rng.choice(
        [
            f"{age} yo {rng.choice(['M', 'F'])}",
            f"{age}-year-old {rng.choice(['man', 'woman'])}",
            f"pt {age}{rng.choice(['M', 'F'])}",
        ]
    )


def header(p: Plan, rng: random.Random, title: str, author: str) -> str:
    mrn = f"MRN [redacted]-{rng.randint(1000, 9999)}"
    return rng.choice(
        [
            f"{rng.choice(PRACTICE)}\n{title}\nDOS: {date(rng)}   {mrn}\nAuthor: {author}",
            f"{title} | {author} | {rng.choice(CAMPUS)} | {mrn}",
            f"** {title} **\nPt: [redacted]  {mrn}  Date: {date(rng)}\nProvider: {author}",
            f"{title} - {date(rng)}\n{author}",
        ]
    )


def filler_sections(p: Plan, rng: random.Random, heavy: bool) -> list[Section]:
    """Medical-oncology content of the shared chart: history, regimen table, labs, meds, ROS, exam."""
    info = SITES[p.site]
    med = rng.choice(MED_ONCS)
    regimen = rng.choice(info["regimen"])
    secs: list[Section] = []
    hpi = [
        ("", f"{pt_line(rng)} w/ {rng.choice(info['dx'])} followed jointly by {med} (med onc) and rad onc"),
        (
            "",
            f"{rng.choice(['Seen today', 'Here today', 'Returns'])} {rng.choice(['prior to C', 'for C', 'after C'])}"
            f"{rng.randint(2, 6)} of {regimen}",
        ),
        (
            "",
            rng.choice(
                [
                    "tolerating therapy w/ grade 1 fatigue and mild nausea controlled w/ ondansetron",
                    "reports appetite down, lost 4 lb since last visit; dietitian referral placed",
                    "neuropathy stable grade 1, no falls; walking 20 min daily",
                    "had one ED visit for dehydration, received 1 L NS, discharged same day",
                ]
            ),
        ),
        (
            "",
            rng.choice(
                [
                    "daughter at bedside, asked about timing of XRT relative to chemo",
                    "lives 45 min away on St. Helena Island; transportation arranged via navigator",
                    "works part time at the marina, wants Tx early in the morning",
                ]
            ),
        ),
    ]
    secs.append(("hpi", "Interval history", hpi))
    onc = []
    for _ in range(rng.randint(4, 8)):
        onc.append(
            (
                "",
                rng.choice(
                    [
                        f"{date(rng, 2024)} biopsy c/w {rng.choice(info['dx'])}",
                        f"{date(rng, 2024)} CT chest/abd/pelvis w/ IV contrast: {rng.choice(['primary 3.2 cm', 'no distant mets', 'bulky nodes', 'indeterminate liver lesion'])}",
                        f"{date(rng, 2024)} PET/CT: {rng.choice(['SUV 11.2 at primary', 'avid nodes', 'no distant disease'])}",
                        f"{date(rng, 2024)} MRI w/ and w/o gadolinium: {rng.choice(['no brain mets', 'local extent defined', 'marrow signal normal'])}",
                        f"{date(rng, 2024)} port placed (Dr. Ashby, surgery)",
                        f"{date(rng, 2025)} started {regimen}",
                        f"{date(rng, 2025)} discussed at tumor board; plan {rng.choice(['chemoRT', 'TNT', 'definitive XRT', 'adjuvant XRT'])}",
                        f"{date(rng, 2025)} genetics: {rng.choice(['BRCA neg', 'VUS in ATM', 'germline panel pending'])}",
                    ]
                ),
            )
        )
    secs.append(("onc_hx", "Oncologic history", onc))
    rows = "\n".join(
        f"| C{c} | {date(rng, 2025)} | {rng.choice(['100%', '100%', '80% (neutropenia)', 'held x1 wk'])} | "
        f"{rng.choice(['none', 'G1 nausea', 'G2 fatigue', 'G1 neuropathy', 'G2 mucositis'])} |"
        for c in range(1, rng.randint(3, 6))
    )
    secs.append(
        (
            "chemo",
            f"Systemic therapy - {regimen}",
            [("", f"| Cycle | Date | Dose | Toxicity |\n|---|---|---|---|\n{rows}")],
        )
    )
    labs = ", ".join(f"{n} {round(rng.uniform(lo, hi), 1)}" for n, lo, hi in rng.sample(LAB_NAMES, rng.randint(5, 9)))
    secs.append(("labs", "Labs", [("", f"{date(rng)}: {labs}")]))
    if heavy:
        secs.append(("meds", "Medications", [("", "; ".join(rng.sample(MEDS, rng.randint(6, 11))))]))
        secs.append(("pmh", "PMH", [("", ", ".join(rng.sample(PMH, rng.randint(3, 6))))]))
        secs.append(("social", "Social", [("", "; ".join(rng.sample(SOCIAL, 2)))]))
        secs.append(("ros", "ROS", [("", "; ".join(rng.sample(ROS, rng.randint(5, 8))))]))
        secs.append(("exam", "Exam", [("", "; ".join(rng.sample(EXAM, rng.randint(5, 8))))]))
    return secs


def _setup_lines(p: Plan, rng: random.Random) -> list[tuple[str, str]]:
    lines = [
        ("Position", rng.choice(["supine", "prone", "supine, arms up", "supine, head first"]) + ", " + immob(p, rng))
    ]
    if rng.random() < 0.6:
        lines.append(("Marks", rng.choice(["3 tattoos placed", "BBs + tattoos", "marks w/ Tegaderm", "tattoos x4"])))
    if rng.random() < 0.3:
        lines.append(("Bolus", rng.choice(["0.5 cm bolus on scar", "no bolus", "1 cm bolus (wax)"])))
    return lines


def _plan_lines(p: Plan, rng: random.Random) -> list[tuple[str, str]]:
    lines = [("Rx", rng.choice([f"Rx'd {dose(rng)}", f"Rx {dose(rng)}", f"dose {dose(rng)}"]))]
    lines.append(
        (
            "Next",
            rng.choice(
                [
                    "Tx start ~7-10 days pending plan/physics QA",
                    "start w/ C2 day 1 if counts OK",
                    f"to dosimetry ({rng.choice(DOSIMETRISTS)}) for contours",
                    "pt given sim instructions & skin care handout",
                    "will coordinate start date w/ med onc infusion schedule",
                ]
            ),
        )
    )
    return lines


def sim_sections(p: Plan, rng: random.Random) -> tuple[list[Section], list[str], str, str]:
    """Return (sections, trap names, header title, author) for a simulation document."""
    ev_areas = area_lines(p, rng) if p.count_form != "none" else []
    ev_feats = feature_lines(p, rng)
    ev_mods = modality_lines(p, rng)
    ev_rat = [rationale_line(p, rng)] if p.rationale else []
    trap_lines = traps.choose(p, rng)
    if p.note_type == "resim_adaptive":
        trap_lines.append(
            (
                "hx",
                "Initial sim",
                rng.choice(
                    [
                        f"initial sim {date(rng)}: CT w/ IV contrast, {rng.choice(['2', 'three', '4'])} areas (see that note)",
                        f"1st sim {date(rng)} used oral + IV contrast & MRI fusion - not repeated today",
                        f"orig sim {date(rng)}: custom blocks, 3 areas; superseded",
                    ]
                ),
                "prior_sim_same_course",
            )
        )
    names = [t[3] for t in trap_lines]
    by_key: dict[str, list[tuple[str, str]]] = {}
    for key, label, m, _ in trap_lines:
        by_key.setdefault(key, []).append((label, m))
    dxl = [("Dx", dx(p, rng))]
    if p.outcome == "no_imaging":
        setup = [
            (
                "Setup",
                rng.choice(
                    [
                        "clinical set-up in exam room",
                        "clinical markup on the Tx table",
                        "set up clinically at the machine",
                    ]
                ),
            )
        ] + _setup_lines(p, rng)[1:]
    else:
        setup = _setup_lines(p, rng)
    sim = setup + ev_mods + ev_feats + by_key.get("sim", [])
    rng.shuffle(sim)
    nt = p.note_type
    if nt == "md_sim":
        title = rng.choice(
            ["XRT SIMULATION NOTE", "Sim note", "RADIATION ONCOLOGY - SIMULATION", "CT Sim / Tx Planning Note"]
        )
        author = PROLIFIC if rng.random() < 0.75 else rng.choice(RAD_MDS)
        intro = [
            (
                "",
                rng.choice(
                    [f"{pt_line(rng)} sim'd today", "pt sim'd today", "pt seen & sim'd", "sim done today as planned"]
                ),
            )
        ]
        secs: list[Section] = [("dx", "Dx", intro + dxl)]
        secs.append(("hx", "Hx", by_key.get("hx", []))) if by_key.get("hx") else None
        secs.append(("sim", "Simulation", sim))
        secs.append(("areas", "Areas", ev_areas + by_key.get("areas", [])))
        rat = ev_rat + by_key.get("rationale", [])
        rng.shuffle(rat)
        secs.insert(rng.choice([2, len(secs)]), ("rationale", "Rationale", rat)) if rat else None
        secs.append(("plan", "Plan", _plan_lines(p, rng) + by_key.get("plan", [])))
    elif nt == "therapist_checklist":
        title = rng.choice(["CT SIM CHECKLIST (therapy)", "Sim Checklist", "Therapist Simulation Record"])
        author = rng.choice(THERAPISTS)
        secs = [
            ("dx", "", [("Dx", dx(p, rng)), ("Ordering MD", rng.choice(RAD_MDS))]),
            ("sim", "", sim),
            ("areas", "", ev_areas + by_key.get("areas", [])),
        ]
        rat = ev_rat + by_key.get("rationale", [])
        if rat:
            secs.append(("rationale", "", [("MD reason (per order)", m) for _, m in rat]))
        secs.append(("hx", "", by_key.get("hx", []) + by_key.get("plan", [])))
        secs.append(
            (
                "plan",
                "",
                [("Next", rng.choice(["to dosimetry", "images pushed to Eclipse", "pt instructed on skin care"]))],
            )
        )
    elif nt == "dosimetry_handoff":
        title = rng.choice(["Plan request to dosimetry", "PLAN REQUEST TO DOSIMETRY", "Dosimetry/Physics Handoff"])
        author = rng.choice(RAD_MDS)
        secs = [
            ("dx", "Dx", dxl + by_key.get("hx", [])),
            ("sim", f"Sim completed {date(rng)}", sim),
            ("areas", "Targets", ev_areas + by_key.get("areas", [])),
        ]
        if ev_rat or by_key.get("rationale"):
            secs.append(("rationale", "Why complex", ev_rat + by_key.get("rationale", [])))
        req = [
            (
                "Request",
                rng.choice(
                    [
                        f"contour {rng.choice(['CTV/PTV', 'ITV/PTV', 'GTV/CTV'])}, constraints per QUANTEC",
                        "please prioritize OAR constraints as listed",
                        "plan due Thurs",
                    ]
                ),
            ),
            ("Physics", f"{rng.choice(PHYSICISTS)} to check"),
        ]
        secs.append(("plan", "Request", req + _plan_lines(p, rng)[:1] + by_key.get("plan", [])))
    elif nt == "resim_adaptive":
        title = rng.choice(["RE-SIMULATION - adaptive replan", "Re-sim note (wk 4 replan)", "Adaptive re-sim"])
        author = PROLIFIC if rng.random() < 0.6 else rng.choice(RAD_MDS)
        why = rng.choice(
            [
                "wt loss 6 kg, mask loose",
                "tumor shrinkage on CBCT",
                "new nodal growth on CBCT",
                "bladder filling inconsistent, replan",
            ]
        )
        secs = [
            ("dx", "", [("", f"re-sim today, fx {rng.randint(10, 22)} of {rng.choice([30, 33, 35])}; {why}")] + dxl),
            ("hx", "Initial course", by_key.get("hx", [])),
            ("sim", "Re-sim", sim),
            ("areas", "Areas", ev_areas + by_key.get("areas", [])),
        ]
        if ev_rat or by_key.get("rationale"):
            secs.append(("rationale", "Reason", ev_rat + by_key.get("rationale", [])))
        secs.append(("plan", "Plan", _plan_lines(p, rng) + by_key.get("plan", [])))
    elif nt == "brachy_procedure":
        title = rng.choice(
            ["HDR Brachytherapy Procedure Note", "Brachy - applicator placement & verification", "GYN HDR fx note"]
        )
        author = rng.choice(RAD_MDS)
        proc = [
            (
                "Procedure",
                rng.choice(
                    [
                        "tandem & ovoid placed under conscious sedation",
                        "vaginal cylinder (3 cm) inserted",
                        "tandem & ring placed in OR, transferred to sim",
                    ]
                ),
            ),
            ("Packing", "vaginal packing placed"),
        ]
        secs = [
            ("dx", "Dx", dxl + by_key.get("hx", [])),
            ("sim", "Procedure", proc + sim),
            ("areas", "Target", ev_areas + by_key.get("areas", [])),
        ]
        if ev_rat or by_key.get("rationale"):
            secs.append(("rationale", "Rationale", ev_rat + by_key.get("rationale", [])))
        secs.append(
            (
                "plan",
                "Plan",
                [("HDR", f"{rng.choice(['7 Gy x 4', '6 Gy x 5', '5.5 Gy x 5'])}, fx {rng.randint(1, 4)}")]
                + by_key.get("plan", []),
            )
        )
    elif nt == "integrated_note":
        title = rng.choice(
            ["MULTIDISCIPLINARY ONCOLOGY VISIT", "Oncology Progress Note (Med Onc / Rad Onc)", "Integrated clinic note"]
        )
        author = f"{rng.choice(MED_ONCS)} / {rng.choice(RAD_MDS)}"
        secs = filler_sections(p, rng, heavy=True)
        rad = (
            [("", f"RADIATION ONCOLOGY ({rng.choice(RAD_MDS)}): pt sim'd today")]
            + sim
            + ev_areas
            + by_key.get("areas", [])
        )
        rad += ev_rat + by_key.get("rationale", [])
        secs.append(("radonc", "Radiation Oncology", rad))
        secs.insert(2, ("hx", "Imaging", by_key.get("hx", [])))
        secs.append(
            (
                "plan",
                "Assessment/Plan",
                [
                    (
                        "",
                        rng.choice(
                            [
                                f"continue {rng.choice(SITES[p.site]['regimen'])}; labs weekly",
                                "proceed w/ concurrent chemoXRT as planned",
                                "hold chemo this week for ANC; XRT to proceed",
                            ]
                        ),
                    )
                ]
                + by_key.get("plan", []),
            )
        )
    else:
        raise ValueError(nt)
    if by_key.get("addendum"):
        secs.append(("addendum", "", by_key["addendum"]))
    secs = [s for s in secs if s[2]]
    if p.style == "long" and nt != "integrated_note":
        fill = filler_sections(p, rng, heavy=True)
        secs = secs[:1] + fill + secs[1:]
    return secs, names, title, author
