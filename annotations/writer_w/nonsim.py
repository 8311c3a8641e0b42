"""Documents that record no simulation, blank sim templates, aborted simulations, extra long-note paragraphs."""
# ruff: noqa: D103, E501

from __future__ import annotations

import random

from .compose import Section, filler_sections, pt_line
from .evidence import date, dose
from .plan import Plan
from .vocab import DOSIMETRISTS, MED_ONCS, NAVIGATORS, NURSES, PAYERS, RAD_MDS, SITES, THERAPISTS


def _site_words(p: Plan, rng: random.Random, k: int = 2) -> str:
    areas = SITES[p.site]["areas"]
    chosen = rng.sample(areas, min(k, len(areas)))
    return ", ".join(rng.choice(s) for _, s in chosen)


EXTRA_KINDS = [
    "counsel",
    "nutrition",
    "social",
    "nursing",
    "fin",
    "radiology",
    "path",
    "surg",
    "allergy",
    "family",
    "goals",
    "dental",
    "trial",
    "pain",
    "prior_visit",
]


def extra_section(p: Plan, rng: random.Random, n: int) -> Section:
    """A paragraph of counselling, nursing, radiology-report or other shared-chart content (no evidence)."""
    who = rng.choice(NURSES + NAVIGATORS)
    kind = EXTRA_KINDS[n % len(EXTRA_KINDS)]
    info = SITES[p.site]
    lines: list[tuple[str, str]] = []
    if kind == "counsel":
        lines = [
            (
                "",
                f"discussed acute effects incl {rng.choice(['fatigue', 'skin erythema', 'mucositis', 'diarrhea', 'dysuria'])} "
                f"and {rng.choice(['esophagitis', 'xerostomia', 'nausea', 'hair loss in field', 'urinary frequency'])}",
            ),
            (
                "",
                f"late effects reviewed ({rng.choice(['fibrosis', 'lymphedema', 'hypothyroidism', 'proctitis', 'pneumonitis'])}, "
                f"{rng.choice(['second malignancy (rare)', 'cardiac risk', 'infertility', 'dental issues'])})",
            ),
            (
                "",
                f"questions answered, {rng.choice(['spouse', 'son', 'niece', 'pastor'])} present; consent signed {date(rng)}",
            ),
        ]
    elif kind == "nutrition":
        lines = [
            (
                "",
                f"wt {rng.randint(48, 120)} kg ({rng.choice(['down 2 kg', 'down 5 kg', 'stable', 'up 1 kg'])}); "
                f"albumin {round(rng.uniform(2.8, 4.2), 1)}",
            ),
            (
                "",
                rng.choice(
                    [
                        "started Ensure Plus TID",
                        "PEG discussed, pt declines for now",
                        "soft diet, avoid spicy foods",
                        "referred to dietitian (Mrs. Altman) for weekly checks",
                    ]
                ),
            ),
        ]
    elif kind == "social":
        lines = [
            (
                "",
                rng.choice(
                    [
                        "caregiver strain noted; SW consulted",
                        "lodging at the Hope House arranged for weekdays",
                        "FMLA paperwork completed for daughter",
                        "pt fishing on weekends, discussed sun protection",
                    ]
                ),
            ),
            (
                "",
                rng.choice(
                    [
                        "copay assistance applied through foundation",
                        "gas cards given",
                        "church group driving Tues/Thurs",
                    ]
                ),
            ),
        ]
    elif kind == "nursing":
        lines = [
            (
                "",
                f"vitals: BP {rng.randint(104, 162)}/{rng.randint(60, 94)}, HR {rng.randint(58, 104)}, "
                f"T {round(rng.uniform(97.1, 99.4), 1)}, SpO2 {rng.randint(91, 99)}%",
            ),
            (
                "",
                f"{rng.choice(['port flushed', 'PICC dressing changed', 'IV site clean'])} by {who}; "
                f"fall risk {rng.choice(['low', 'moderate'])}, distress thermometer {rng.randint(1, 8)}/10",
            ),
        ]
    elif kind == "fin":
        lines = [
            ("", f"insurance {rng.choice(PAYERS)}; auth # [redacted] on file"),
            (
                "",
                rng.choice(
                    [
                        "financial counselor met w/ pt",
                        "estimate of OOP costs provided",
                        "pt enrolled in patient assistance",
                    ]
                ),
            ),
        ]
    elif kind == "radiology":
        lines = [
            (
                "",
                f"outside report ({rng.choice(['Coastal Imaging', 'Glynn Radiology', 'Lowcountry Diagnostic'])}, {date(rng, 2024)}): "
                f"{rng.choice(['CT with IV contrast', 'contrast-enhanced CT', 'MRI with gadolinium', 'FDG PET/CT'])} of the "
                f"{rng.choice(['chest', 'abdomen and pelvis', 'neck', 'brain'])}",
            ),
            (
                "",
                f"impression: {rng.choice(['dominant mass measuring 3.4 x 2.8 cm', 'no definite distant metastatic disease', 'several borderline nodes, 9-11 mm short axis', 'small bilateral pleural effusions'])}; "
                f"{rng.choice(['recommend tissue sampling', 'correlate clinically', 'follow-up imaging in 3 months', 'incidental 4 mm renal cyst'])}",
            ),
        ]
    elif kind == "path":
        lines = [
            (
                "",
                f"pathology {date(rng, 2024)}: {rng.choice(info['dx'])}; margins {rng.choice(['negative, closest 2 mm', 'positive focally', 'n/a (biopsy)'])}",
            ),
            ("", f"LVI {rng.choice(['present', 'absent'])}; Ki-67 {rng.randint(5, 80)}%"),
        ]
    elif kind == "surg":
        lines = [
            (
                "",
                "PSH: "
                + ", ".join(
                    rng.sample(
                        [
                            "cholecystectomy 2009",
                            "TKA R 2018",
                            "appendectomy as child",
                            "port placement",
                            "C-section x2",
                            "hernia repair 2015",
                            "cataract OU",
                        ],
                        3,
                    )
                ),
            )
        ]
    elif kind == "allergy":
        lines = [
            (
                "",
                "allergies: "
                + rng.choice(["PCN (hives)", "sulfa (rash)", "NKDA", "codeine (nausea)", "shellfish (itching)"]),
            )
        ]
    elif kind == "family":
        lines = [
            (
                "",
                "FHx: "
                + rng.choice(
                    [
                        "mother breast ca at 61",
                        "father prostate ca, brother colon polyps",
                        "no cancer in family",
                        "sister ovarian ca at 48, genetics referral made",
                    ]
                ),
            )
        ]
    elif kind == "goals":
        lines = [
            (
                "",
                rng.choice(
                    [
                        "goals of care: curative intent, pt wants to be at granddaughter's wedding in June",
                        "goals of care reviewed; palliative intent, focus on pain & bleeding control",
                        "advance directive on file; HCPOA is daughter",
                    ]
                ),
            )
        ]
    elif kind == "dental":
        lines = [
            (
                "",
                rng.choice(
                    [
                        "dental clearance rec'd from Dr. Pruitt DDS; 2 extractions done",
                        "fluoride trays made",
                        "dental eval not required for this site",
                    ]
                ),
            )
        ]
    elif kind == "trial":
        lines = [
            (
                "",
                rng.choice(
                    [
                        "screened for NRG trial - ineligible (ECOG)",
                        "not a trial candidate at this time",
                        "research RN to discuss registry consent",
                    ]
                ),
            )
        ]
    elif kind == "pain":
        lines = [
            (
                "",
                f"pain {rng.randint(0, 8)}/10 {rng.choice(['lower back', 'hip', 'chest wall', 'throat', 'R shoulder'])}, "
                f"{rng.choice(['aching', 'sharp w/ movement', 'burning'])}; {rng.choice(['oxycodone helps', 'using APAP only', 'palliative care referral'])}",
            )
        ]
    else:
        lines = [
            (
                "",
                f"{date(rng)} visit w/ {rng.choice(MED_ONCS)}: counts {rng.choice(['OK', 'low, chemo delayed 1 wk', 'recovered'])}; "
                f"{rng.choice(['growth factor support added', 'dose reduced 20%', 'no changes'])}",
            )
        ]
    title = {
        "counsel": "Counseling",
        "nutrition": "Nutrition",
        "social": "Psychosocial",
        "nursing": "Nursing",
        "fin": "Financial",
        "radiology": "Outside imaging",
        "path": "Pathology",
        "surg": "Surgical history",
        "allergy": "Allergies",
        "family": "Family history",
        "goals": "Goals of care",
        "dental": "Dental",
        "trial": "Research",
        "pain": "Pain",
        "prior_visit": "Prior visit",
    }[kind]
    return (f"x_{kind}", title, lines)


def nonsim_sections(p: Plan, rng: random.Random) -> tuple[list[Section], list[str], str, str]:
    info = SITES[p.site]
    med = rng.choice(MED_ONCS)
    md = rng.choice(RAD_MDS)
    sites = _site_words(p, rng)
    regimen = rng.choice(info["regimen"])
    nt = p.note_type
    traps = ["non_simulation_note", "historical_imaging"]
    hist = rng.choice(
        [
            f"CT C/A/P w/ IV contrast {date(rng)} showed {rng.choice(['response', 'stable disease', 'new nodes'])}",
            f"contrast-enhanced CT restaging {date(rng)}",
            f"MRI w/ gadolinium {date(rng)}",
            f"PET/CT {date(rng)} (SUV 9.8)",
        ]
    )
    if nt == "tumor_board":
        title, author = "Multidisciplinary Tumor Board Summary", "MHCA Tumor Conference"
        secs: list[Section] = [
            ("case", "Case", [("", f"{pt_line(rng)}, {rng.choice(info['dx'])}"), ("", f"imaging reviewed: {hist}")]),
            (
                "disc",
                "Discussion",
                [
                    (
                        "",
                        f"discussed at multidisciplinary conference; radiology ({rng.choice(['Dr. Neal', 'Dr. Ferebee'])}) reviewed",
                    )
                ],
            ),
            (
                "rec",
                "Recommendation",
                [
                    (
                        "",
                        rng.choice(
                            [
                                f"recommend concurrent chemoXRT ({regimen}) to {sites}",
                                f"recommend XRT to {sites}; CT simulation w/ IV contrast and VMAT planning",
                                f"recommend {regimen} then re-image; consider XRT",
                            ]
                        ),
                    ),
                    (
                        "",
                        "will return for simulation after dental clearance"
                        if rng.random() < 0.5
                        else "rad onc to see for consult & sim",
                    ),
                ],
            ),
        ]
        traps.append("planned_feature")
    elif nt == "nurse_navigator":
        title, author = "Nurse Navigator Note", rng.choice(NAVIGATORS)
        secs = [
            (
                "contact",
                "",
                [
                    ("", f"called pt re: upcoming appts; sim scheduled {date(rng)} at 8:15 on the CT sim"),
                    (
                        "",
                        rng.choice(
                            [
                                "reminded NPO 2 hrs & to drink oral contrast 1 hr before",
                                "reviewed IV contrast prep; Cr from med onc labs 0.9",
                                "reminded to bring list of meds; full bladder instructions given",
                            ]
                        ),
                    ),
                ],
            ),
            ("hx", "", [("", f"pt had {hist} w/ {med.split()[-1]}")]),
            (
                "plan",
                "",
                [
                    (
                        "",
                        rng.choice(
                            [
                                "transport via Alliance van confirmed",
                                "will meet pt at sim to orient",
                                "message sent to Dr. " + md.split()[-1],
                            ]
                        ),
                    )
                ],
            ),
        ]
        traps.append("planned_feature")
    elif nt == "portal_message":
        title, author = "Patient Portal Message", "[patient] via MyAlliance portal"
        secs = [
            (
                "msg",
                "",
                [
                    (
                        "",
                        rng.choice(
                            [
                                "Hi Dr. " + md.split()[-1] + ", quick question",
                                "Good morning",
                                "Hello, this is [redacted]'s daughter writing for her",
                            ]
                        ),
                    ),
                    (
                        "",
                        rng.choice(
                            [
                                "at my sim last week they gave me the contrast drink and it upset my stomach, is that normal",
                                "do I need the IV contrast again for the next scan with Dr. " + med.split()[-1],
                                "they said I'll have 3 areas treated, will that make me more tired",
                            ]
                        ),
                    ),
                    ("", "thank you"),
                ],
            ),
            (
                "reply",
                "Reply",
                [
                    (
                        "",
                        f"{rng.choice(NURSES)}: {rng.choice(['yes that is common, should pass in a day', 'please call the clinic', 'Dr. will discuss at OTV'])}",
                    )
                ],
            ),
        ]
        traps.append("patient_message")
    elif nt == "prior_auth_appeal":
        title, author = "Prior Authorization Appeal", md
        secs = [
            (
                "addr",
                "",
                [
                    ("", f"To: {rng.choice(PAYERS)} Utilization Review"),
                    ("", f"Re: [redacted], member ID XXXXX{rng.randint(100, 999)}"),
                ],
            ),
            (
                "body",
                "",
                [
                    (
                        "",
                        f"I am writing to appeal the denial of CPT 77290 for my patient with {rng.choice(info['dx'])}",
                    ),
                    (
                        "",
                        f"as documented in the simulation note of {date(rng)}, the simulation required IV contrast and "
                        f"treatment of {sites}, with VMAT planning",
                    ),
                    ("", "complex simulation was medically necessary for this patient"),
                    ("", "please reconsider; the sim note is enclosed"),
                ],
            ),
            ("sig", "", [("", f"Sincerely, {md}")]),
        ]
        traps += ["payer_letter_quotes_sim", "bare_assertion"]
    elif nt == "otv":
        title, author = rng.choice(["OTV - weekly", "On-Treatment Visit", "Weekly OTV (copy fwd)"]), md
        secs = [
            (
                "status",
                "",
                [
                    ("", f"fx {rng.randint(3, 28)}/{rng.choice([25, 28, 30, 33])} to {sites}"),
                    ("", rng.choice(["skin G1 erythema", "mucositis G2", "fatigue G1", "no new complaints"])),
                ],
            ),
            (
                "copy",
                "Copied from sim note",
                [
                    (
                        "",
                        rng.choice(
                            [
                                "[copied forward] sim'd w/ IV contrast, VMAT, 3 areas; complex sim justified by OAR proximity",
                                "copy fwd: 4DCT/ITV sim, oral contrast, PET fused",
                                "from sim note: custom cutout made, electron setup verified",
                            ]
                        ),
                    )
                ],
            ),
            (
                "plan",
                "",
                [
                    (
                        "",
                        rng.choice(
                            ["continue Tx", f"CBCT daily, {rng.choice(DOSIMETRISTS)} reviewing shifts", "f/u next wk"]
                        ),
                    )
                ],
            ),
        ]
        traps.append("copy_forward")
    elif nt == "treatment_summary":
        title, author = "Radiation Treatment Summary", md
        secs = [
            (
                "course",
                "",
                [
                    ("", f"completed {dose(rng)} to {sites} on {date(rng)}"),
                    (
                        "",
                        rng.choice(
                            [
                                "simulated w/ IV contrast on the CT sim; VMAT delivered",
                                "4DCT-based sim, PET fused; tolerated well",
                                "sim'd w/ custom blocks; treated w/o breaks",
                            ]
                        ),
                    ),
                ],
            ),
            ("tox", "", [("", rng.choice(["max tox G2 dermatitis", "G1 fatigue", "G2 esophagitis, resolved"]))]),
            ("fu", "", [("", f"f/u 6 wk w/ {hist.split(' ')[0]} imaging; continue {regimen} w/ {med}")]),
        ]
        traps.append("past_course_summary")
    elif nt == "medonc_visit":
        title, author = "Medical Oncology Follow-up", med
        secs = filler_sections(p, rng, heavy=p.style == "long")
        secs.append(
            (
                "ap",
                "A/P",
                [
                    ("", f"{hist}; {rng.choice(['continue', 'resume', 'hold'])} {regimen}"),
                    ("", f"rad onc ({md}) to simulate next wk, likely IV contrast + VMAT"),
                    ("", "RTC 3 wk w/ labs"),
                ],
            )
        )
        traps.append("planned_feature")
    elif nt == "consult":
        title, author = "Radiation Oncology Consultation", md
        secs = [
            (
                "hpi",
                "HPI",
                [("", f"{pt_line(rng)} referred by {med} for {rng.choice(info['dx'])}"), ("", f"workup: {hist}")],
            ),
            (
                "ap",
                "Assessment/Plan",
                [
                    ("", f"recommend XRT to {sites}, {dose(rng)}"),
                    (
                        "",
                        rng.choice(
                            [
                                "will need CT sim w/ IV contrast; may need MRI fusion",
                                "plan VMAT; sim next week",
                                "possible custom cutout at sim",
                            ]
                        ),
                    ),
                    ("", "consent obtained; will return for simulation"),
                ],
            ),
        ]
        if p.style == "long":
            secs = secs[:1] + filler_sections(p, rng, heavy=True) + secs[1:]
        traps += ["planned_feature", "planned_modality"]
    else:
        raise ValueError(nt)
    return secs, traps, title, author


def blank_sections(p: Plan, rng: random.Random) -> tuple[list[Section], list[str], str, str]:
    title, author = (
        rng.choice(["CT SIM RECORD (template)", "Simulation Note - TEMPLATE", "Sim checklist"]),
        rng.choice(THERAPISTS),
    )
    lines = [
        ("Dx", rng.choice(SITES[p.site]["dx"]) if rng.random() < 0.6 else "___"),
        ("Scan", rng.choice(["[ ] CT  [ ] 4DCT  [ ] MRI fusion  [ ] PET fusion", "___"])),
        ("IV contrast", rng.choice(["___", "[ ] yes  [ ] no", "Y / N"])),
        ("Oral contrast", rng.choice(["___", "[ ]"])),
        ("Custom blocks/cutout", rng.choice(["[ ]", "___"])),
        ("Technique", rng.choice(["[ ] 3D  [ ] IMRT  [ ] VMAT", "***"])),
        ("Number of treatment areas", rng.choice(["___", "[ ] 1  [ ] 2  [ ] 3+", "***"])),
        ("Reason for complex simulation", rng.choice(["___", "***", "(free text)"])),
        ("Immobilization", rng.choice(["___", "[ ] mask  [ ] Vac-Lok  [ ] wing board"])),
    ]
    rng.shuffle(lines)
    lines.append(("Signature", rng.choice(["___", "pending", "(unsigned)"])))
    return [("blank", "", lines)], ["blank_template"], title, author


def aborted_sections(p: Plan, rng: random.Random) -> tuple[list[Section], list[str], str, str]:
    title, author = (
        rng.choice(["Sim note - ABORTED", "XRT simulation (not completed)", "Sim attempt"]),
        rng.choice(RAD_MDS),
    )
    why = rng.choice(
        [
            "pt unable to lie supine due to pain despite oxycodone",
            "claustrophobic in mask, could not tolerate",
            "IV could not be placed after 3 attempts",
            "pt vomited oral contrast, very nauseated after chemo",
            "anesthesia cancelled (URI) for peds case",
        ]
    )
    lines = [
        ("", f"pt arrived for sim for {rng.choice(SITES[p.site]['dx'])}"),
        ("", f"{why}; simulation aborted before scan acquired"),
        ("", rng.choice(["no images obtained", "scout only, not usable", "no contrast given"])),
        (
            "",
            rng.choice(
                [
                    "will reschedule next wk w/ premed",
                    "will return for simulation after pain control",
                    "complex sim (IV contrast, VMAT, 3 areas) still planned at next attempt",
                ]
            ),
        ),
    ]
    return [("aborted", "", lines)], ["aborted_simulation", "planned_feature"], title, author
