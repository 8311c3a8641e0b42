"""Documents that record no simulation.

Virtual tumour-board minutes, e-consults, peer-to-peer and UR summaries, prior-authorisation and appeal letters,
consults, on-treatment reviews, summaries and remote pre-simulation briefs. They speak about simulations as plans, as history, as arguments, or about other patients; nothing in them is spanned.
"""
# ruff: noqa: D103, E501

from __future__ import annotations

from . import filler as fl
from . import traps as tr
from .context import Ctx
from .doc import Doc, para, vflag
from .vocab import DX_BY_AREA, PAYER_MDS, PAYERS, PCPS, PRIMARY_WORD, SATELLITE, SITES, UR_STAFF


def article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" or word.startswith(("8", "11", "18")) else "a"


def upfirst(text: str) -> str:
    return text[:1].upper() + text[1:]


def plain_areas(ctx: Ctx, key: str | None = None, n: int | None = None) -> list[str]:
    data = SITES[key or ctx.p.site]
    options = data["areas"]
    if key is None:
        # the subject's story areas (the same set the diagnosis was drawn from)
        for _count, sets in sorted(options.items()):
            for chosen in sets:
                if [v for v, _ in chosen] == ctx.story:
                    return [ctx.fill(ctx.pick(surfaces)) for _, surfaces in chosen]
    n = n or ctx.pick(sorted(options))
    chosen = ctx.pick(options[n])
    return [ctx.fill(ctx.pick(surfaces)) for _, surfaces in chosen]


def plain_claims(ctx: Ctx, key: str | None = None) -> dict[str, str]:
    """Plain-text descriptions of a simulation (for plans, arguments, recounts, other patients)."""
    site = key or ctx.p.site
    data = SITES[site]
    areas = plain_areas(ctx, key)
    oar = ctx.pick(data["oars"])
    claims = {
        "areas": ", ".join(areas[:-1]) + (" and " if len(areas) > 1 else "") + areas[-1]
        if len(areas) > 1
        else areas[0],
        "n": str(len(areas)),
        "n_areas": f"{len(areas)} areas" if len(areas) > 1 else "a single area",
        "oar": oar,
        "reason": ctx.pick(
            [
                f"the target abuts the {oar}",
                f"the {ctx.pick(data['target'])} is irregular and close to the {oar}",
                f"the volumes must be matched over the {oar}",
                f"contrast is needed to see the {ctx.pick(data['target'])}",
            ]
        ),
        "contrast": ctx.pick(["IV contrast", "oral contrast", "IV and oral contrast", "rectal contrast"])
        if data["contrast"]
        else "contrast",
        "tech": ctx.pick(
            ["VMAT", "RapidArc", "arc therapy", "IMRT/VMAT", "protons" if "particle" in data["features"] else "VMAT"]
        ),
        "fusion": ctx.pick(data["fusion"]) + " fusion" if data["fusion"] else "image fusion",
        "block": ctx.pick(["custom cutout", "Cerrobend block", "custom blocks"]),
        "contrast_hc": ctx.pick(
            ["oral contrast", "oral contrast (no IV on site)", "rectal contrast", "dilute oral contrast"]
        ),
    }
    return claims


def other_case(ctx: Ctx, idx: int, exclude: str) -> str:
    keys = [k for k in SITES if k != exclude]
    key = ctx.pick(keys)
    first = ctx.pick(ctx.pick(list(SITES[key]["areas"].values())))[0][0]
    dx = ctx.fill(ctx.pick(DX_BY_AREA.get(first, SITES[key]["dx"])), primary=ctx.fill(PRIMARY_WORD.get(first, first)))
    c = plain_claims(ctx, key)
    age = ctx.r.randint(35, 86) if key != "peds" else ctx.r.randint(2, 9)
    sex = ctx.pick(["M", "F"])
    rec = ctx.pick(
        [
            f"Recommendation: definitive RT; CT simulation with {c['contrast']} and {c['fusion']}, {c['tech']} to {c['n_areas']} ({c['areas']}).",
            f"Simulated last week at {ctx.pick(SATELLITE)} with {c['contrast']}; {c['tech']} plan under review. Board agrees.",
            f"For complex simulation as {c['reason']}; {c['block']} likely.",
            "Surgery first; RT to be decided after HPE. No simulation now.",
            f"Re-discussed after restaging; proceed to sim with {c['fusion']} and {c['contrast']}.",
        ]
    )
    return f"Case {idx} - {age}{sex}, {dx}. {rec}"


def tumour_board(ctx: Ctx) -> Doc:
    d = Doc(ctx)
    ctx.trap("non_simulation")
    ctx.trap("other_patient")
    boards = {
        "lung": "THORACIC",
        "oesophagus": "GI",
        "pancreas": "GI",
        "rectum": "GI",
        "head_neck": "HEAD & NECK",
        "prostate": "GU",
        "bladder": "GU",
        "gyn": "GYN",
        "breast": "BREAST",
        "srs": "NEURO-ONC",
        "whole_brain": "NEURO-ONC",
        "peds": "PAEDIATRIC",
        "lymphoma": "HAEMATOLOGIC",
        "skin": "CUTANEOUS",
        "sarcoma": "SARCOMA",
    }
    board = boards.get(ctx.p.site, "GENERAL (ALL SITES)") if ctx.chance(0.7) else "GENERAL (ALL SITES)"
    d.add(
        "hdr",
        ctx.pick(
            [
                f"BRAMBLEWOOD HEALTH VIRTUAL MULTIDISCIPLINARY TUMOUR BOARD - {board}",
                f"Virtual Tumour Board Minutes ({board}) - Bramblewood Health",
                f"MDT MINUTES | {board} | virtual",
            ]
        ),
    )
    d.add(
        "meta",
        "\n".join(
            [
                f"Date: {ctx.dos()} | Platform: {ctx.pick(['Teams', 'Zoom', 'Teams (hybrid)'])} | Chair: {ctx.md_name(True)}",
                f"Present: {ctx.md_name()} (radiation oncology, remote from {ctx.pick(SATELLITE)}), {ctx.referrer}, radiology, pathology, nurse navigator",
                ctx.pick(
                    [
                        "Minutes prepared by the tumour board coordinator.",
                        "Recorded by: MDT coordinator (K. Ellery).",
                        "Minutes typed from the meeting recording by Tanvika MT.",
                    ]
                ),
            ]
        ),
    )
    n_cases = ctx.r.randint(3, 5)
    subject = ctx.r.randint(1, n_cases)
    d.add(
        "filed",
        ctx.pick(
            [
                f"Extract filed to the chart of: Case {subject} only.",
                f"THIS CHART: Case {subject}. Other cases are documented in their own records.",
                f"Subject of this extract: Case {subject}.",
            ]
        ),
    )
    c = plain_claims(ctx)
    subj_rec = ctx.pick(
        [
            f"Plan: proceed to RT. {ctx.he.capitalize()} is planned for CT simulation at {ctx.pick(SATELLITE)} next week; {c['contrast']} if feasible, {c['fusion']} for contouring. Likely {c['tech']} to {c['areas']}.",
            f"Board recommends RT. Complex simulation expected as {c['reason']}. Sim to be booked at Ashgrove (IV contrast needs on-site MD).",
            f"Already simulated on {ctx.date(ctx.r.randint(3, 9))} at {ctx.pick(SATELLITE)} ({c['contrast']}, {c['n_areas']}); plan review today - board agrees with {c['tech']}.",
            f"Awaiting PET. If no distant disease, for simulation with {c['fusion']} and {c['contrast']}; {c['n_areas']} anticipated.",
        ]
    )
    cases = []
    for i in range(1, n_cases + 1):
        if i == subject:
            line = f"Case {i} (THIS PATIENT) - {ctx.age}{ctx.sex}, {ctx.dx}. {tr.hist_imaging(ctx)} {subj_rec}"
            if ctx.has("historical_contrast"):
                line += " " + tr.hist_contrast(ctx)
            cases.append(line)
        else:
            cases.append(other_case(ctx, i, ctx.p.site))
    d.add("cases", "\n\n".join(cases))
    d.add(
        "actions",
        "Action items: "
        + ctx.pick(
            [
                "navigator to book simulations as above.",
                "RO to arrange sims; med onc to start chemo.",
                "re-present after restaging.",
                "none further.",
            ]
        ),
    )
    return d


def econsult(ctx: Ctx) -> Doc:
    d = Doc(ctx)
    ctx.trap("non_simulation")
    ctx.trap("econsult_hypothetical")
    c = plain_claims(ctx)
    pcp = ctx.pick(PCPS)
    d.add(
        "hdr",
        ctx.pick(
            [
                "E-CONSULT - RADIATION ONCOLOGY (asynchronous, interprofessional)",
                "eConsult response | Radiation Oncology | Bramblewood Health",
                "INTERPROFESSIONAL E-CONSULT",
            ]
        ),
    )
    d.add(
        "meta",
        f"Requesting clinician: {pcp}\nRequested: {ctx.date(ctx.r.randint(2, 6))}  Answered: {ctx.dos()}\nConsultant: {ctx.md_name()}",
    )
    q = ctx.pick(
        [
            f"{ctx.age}-year-old with {ctx.dx}. Would RT help? Can it be done at Harlan Creek so the family need not travel?",
            f"Patient asks whether radiation is an option for {ctx.dx}. Any work-up I should order before referral?",
            f"Re: {ctx.dx}. Oncology suggested RT; what would simulation involve (contrast allergy to iodine)?",
        ]
    )
    d.add("q", "Question: " + q)
    reviewed = [tr.hist_imaging(ctx)]
    if ctx.has("historical_contrast"):
        reviewed.append(tr.hist_contrast(ctx))
    d.add("reviewed", "Information reviewed: chart notes, pathology. " + " ".join(reviewed))
    a = ctx.pick(
        [
            f"Yes, RT is reasonable. If referred, {ctx.he} would have a CT simulation at Harlan Creek; IV contrast cannot be given there without an on-site physician, so if we need {c['contrast']} we would do it at Ashgrove. I would expect {c['tech']} to {c['areas']}.",
            f"I would suggest a formal consult. Simulation would probably be complex because {c['reason']}, and we may want {c['fusion']}.",
            f"Reasonable to refer. Likely {c['n_areas']} ({c['areas']}); the sim would need {c['fusion']} and possibly {c['contrast']}. Premedication for the contrast allergy per protocol if contrast is used.",
        ]
    )
    d.add("a", "Response: " + a)
    d.add(
        "rec",
        "Recommendations: "
        + ctx.pick(
            [
                "1) refer to RO clinic; 2) no further imaging needed before the visit.",
                "1) obtain MRI if not done; 2) refer; 3) continue analgesia.",
                "refer to Harlan Creek RO clinic; tele-visit acceptable.",
            ]
        ),
    )
    d.add(
        "time",
        ctx.pick(
            [
                "Time spent: 15 minutes (99451). Patient not seen.",
                "Total time 20 min; patient not examined.",
                "This e-consult is based on chart review only.",
            ]
        ),
    )
    return d


def p2p_summary(ctx: Ctx) -> Doc:
    d = Doc(ctx)
    ctx.trap("non_simulation")
    ctx.trap("p2p_recount")
    c = plain_claims(ctx)
    payer = ctx.pick(PAYERS)
    reviewer = ctx.pick(PAYER_MDS)
    past = ctx.chance(0.6)
    sim_date = ctx.date(ctx.r.randint(4, 20)) if past else ctx.date(-ctx.r.randint(3, 10))
    d.add("hdr", ctx.pick(["PEER-TO-PEER CALL SUMMARY", "UTILIZATION REVIEW - PEER TO PEER", "P2P summary (UR)"]))
    d.add(
        "meta",
        "\n".join(
            [
                f"Payer: {payer}",
                f"Reference: RBM-{ctx.dos_date.year}-{ctx.r.randrange(100000, 999999)}",
                f"Service under review: CPT 77290 complex simulation (DOS {sim_date}){ctx.pick(['', ', 77301', ', 77293, 77301'])}",
                f"Treating physician: {ctx.md_name()}",
                f"Payer reviewer: {reviewer}",
                f"Call: {ctx.dos()} {ctx.time()} ({ctx.r.randint(8, 22)} min)",
            ]
        ),
    )
    if past:
        body = ctx.pick(
            [
                f"Reviewer's initial position: documentation did not support complex simulation. I explained that the simulation on {sim_date} was performed at Harlan Creek with {c['contrast_hc']} and {c['fusion']}, and that it covered {c['n_areas']} ({c['areas']}). The reason was that {c['reason']}.",
                f"We discussed the simulation done on {sim_date}. I pointed out that {c['reason']}, that {c['tech']} is being used, and that the sim note lists {c['areas']}.",
            ]
        )
    else:
        body = ctx.pick(
            [
                f"Pre-service review. I explained that the planned simulation ({sim_date}) will need {c['contrast']} and {c['fusion']} because {c['reason']}; {c['tech']} to {c['areas']} is planned.",
                f"The request is for a simulation not yet done. {ctx.he.capitalize()} will need complex simulation as {c['reason']}; we anticipate {c['n_areas']}.",
            ]
        )
    d.add(
        "body",
        "Discussion: "
        + body
        + " "
        + tr.hist_imaging(ctx)
        + (" " + tr.hist_contrast(ctx) if ctx.has("historical_contrast") else ""),
    )
    d.add(
        "outcome",
        "Outcome: "
        + ctx.pick(
            [
                "Reviewer approved 77290 as requested.",
                "Partially approved - reviewer will allow 77280 only; appeal to follow.",
                "Denial upheld; written appeal rights explained.",
                "Reviewer requested the simulation note and will re-review.",
                "Approved after discussion; auth number to follow by fax.",
            ]
        ),
    )
    d.add("sig", ctx.pick([f"Summary by {ctx.md[0]}, MD", f"Documented by {ctx.pick(UR_STAFF)} for {ctx.md_name()}"]))
    return d


def ur_review(ctx: Ctx) -> Doc:
    d = Doc(ctx)
    ctx.trap("non_simulation")
    ctx.trap("ur_criteria_listing")
    c = plain_claims(ctx)
    staff = ctx.pick(UR_STAFF)
    d.add(
        "hdr",
        ctx.pick(
            ["UTILIZATION REVIEW NOTE - RADIATION ONCOLOGY", "UR case note (pre-service)", "PRIOR AUTH / UR WORKSHEET"]
        ),
    )
    d.add("meta", f"Reviewer: {staff}\nPayer: {ctx.pick(PAYERS)}\nDate: {ctx.dos()}")
    d.add(
        "criteria",
        "Criteria applied (payer guideline RO-14): complex simulation requires 3+ areas OR contrast, "
        "arc/particle, custom blocks, brachy or hyperthermia, with a documented clinical reason.",
    )
    d.add(
        "docs",
        "Documents submitted: consult note, treatment plan summary"
        + ctx.pick(["", ", sim order", ", pathology"])
        + ".",
    )
    d.add(
        "finding",
        "Findings: "
        + ctx.pick(
            [
                f"Consult states {c['tech']} is planned to {c['areas']}; sim order requests {c['contrast']} and {c['fusion']}. Reason given: {c['reason']}.",
                f"Order lists {c['contrast']}; no simulation note yet (sim scheduled {ctx.date(-ctx.r.randint(2, 9))}).",
                f"Planned {c['n_areas']}; MD letter says {c['reason']}.",
            ]
        )
        + " "
        + tr.hist_imaging(ctx),
    )
    d.add(
        "det",
        "Determination: "
        + ctx.pick(
            [
                "pended for physician review.",
                "meets criteria - approved.",
                "insufficient - requested the sim note.",
                "sent for peer-to-peer.",
            ]
        ),
    )
    return d


def letter(ctx: Ctx, appeal: bool) -> Doc:
    d = Doc(ctx)
    ctx.trap("non_simulation")
    ctx.trap("letter_recounts_past_sim" if appeal else "letter_planned_sim")
    c = plain_claims(ctx)
    payer = ctx.pick(PAYERS)
    d.add(
        "hdr",
        f"Bramblewood Health - Department of Radiation Oncology\n{ctx.centre}\n\n{ctx.dos()}\n\n{payer}\nAttn: {ctx.pick(['Medical Director', 'Appeals Unit', 'Utilization Management', 'Prior Authorisation Department'])}",
    )
    d.add(
        "re",
        f"RE: {'Appeal of denial - ' if appeal else 'Request for prior authorisation - '}Patient [redacted], MRN {ctx.mrn}; CPT 77290{ctx.pick(['', ', 77301, 77300', ', 77293'])}",
    )
    d.add(
        "salute", ctx.pick(["Dear Sir/Madam,", "Dear Medical Director,", "To whom it may concern,", "Dear Dr. Hume,"])
    )
    intro = f"I am writing {'to appeal your denial dated ' + ctx.date(ctx.r.randint(5, 20)) + ' of' if appeal else 'to request authorisation for'} complex simulation for my patient, {article(str(ctx.age))} {ctx.age}-year-old {ctx.person()} with {ctx.dx}."
    d.add("intro", intro)
    d.add(
        "history",
        vflag(ctx, fl.hpi(ctx))
        + " "
        + tr.hist_imaging(ctx)
        + (" " + tr.hist_contrast(ctx) if ctx.has("historical_contrast") else ""),
    )
    if appeal:
        arg = ctx.pick(
            [
                f"The simulation was performed on {ctx.date(ctx.r.randint(10, 30))} at our Harlan Creek clinic under virtual physician supervision. {upfirst(c['contrast_hc'])} was given and the {c['fusion']} was used to delineate the target. Treatment covered {c['n_areas']} ({c['areas']}). This was medically necessary because {c['reason']}.",
                f"On {ctx.date(ctx.r.randint(10, 30))} {ctx.he} underwent CT simulation with {c['contrast']}; treatment is being delivered with {c['tech']}. The clinical reason for complexity was that {c['reason']}.",
            ]
        )
    else:
        arg = ctx.pick(
            [
                f"{ctx.he.capitalize()} will require a CT simulation with {c['contrast']} and {c['fusion']}, as {c['reason']}. We plan {c['tech']} to {c['n_areas']} ({c['areas']}).",
                f"The planned simulation is complex: {c['reason']}; a {c['block']} is anticipated and {c['tech']} will be used.",
            ]
        )
    d.add("arg", arg)
    d.add(
        "close",
        ctx.pick(
            [
                "I would be grateful for your prompt reconsideration.",
                "Please do not hesitate to contact me for a peer-to-peer discussion.",
                "Kindly approve at the earliest as treatment is time-sensitive.",
                "Thank you for your attention to this matter.",
            ]
        ),
    )
    d.add("sig", f"Sincerely,\n{ctx.md[0]}, MD\nRadiation Oncology, Bramblewood Health")
    return d


def consult(ctx: Ctx) -> Doc:
    d = Doc(ctx)
    ctx.trap("non_simulation")
    ctx.trap("consult_plans_sim")
    c = plain_claims(ctx)
    d.add(
        "hdr", fl.header(ctx, ctx.pick(["RADIATION ONCOLOGY CONSULTATION", "NEW PATIENT CONSULTATION", "CONSULT NOTE"]))
    )
    d.add("dx", para(ctx, ["Diagnosis"], ctx.dx, inline=True))
    d.add(
        "hpi",
        para(
            ctx,
            ["History of present illness", "History"],
            vflag(ctx, fl.hpi(ctx)) + " " + vflag(ctx, fl.treatment_history(ctx)),
            inline=False,
        ),
    )
    if ctx.p.long:
        d.add("pmh", fl.comorbid(ctx))
        d.add("personal", fl.personal(ctx))
        d.add("family", fl.family(ctx))
        d.add("meds", fl.meds(ctx))
        d.add(
            "exam",
            para(
                ctx,
                ["Examination"],
                " ".join([fl.general_exam(ctx), fl.systemic_exam(ctx), fl.local_exam(ctx)]),
                inline=False,
            ),
        )
        d.add("labs", fl.labs(ctx))
    else:
        d.add("exam", para(ctx, ["Examination"], fl.general_exam(ctx) + " " + fl.local_exam(ctx)))
    inv = [tr.hist_imaging(ctx)] + ([tr.hist_contrast(ctx)] if ctx.has("historical_contrast") else [])
    d.add("inv", para(ctx, ["Investigations"], " ".join(inv)))
    d.add(
        "imp",
        para(
            ctx,
            ["Impression and plan", "Plan", "Advice"],
            ctx.pick(
                [
                    f"{ctx.he.capitalize()} is planned for RT. Will be taken up for CT simulation with {c['contrast']} and {c['fusion']}; anticipate {c['tech']} to {c['areas']}.",
                    f"Planned for radiotherapy. Simulation next week at {ctx.pick(SATELLITE)}; complex sim likely as {c['reason']}.",
                    f"Advised RT. Simulation to be scheduled; {c['fusion']} will be needed. {c['n_areas']} planned.",
                ]
            )
            + " "
            + fl.counselling(ctx),
            inline=False,
        ),
    )
    if ctx.p.long:
        from .compose_sim import discussion

        d.add("discussion", discussion(ctx, 5))
        d.add(
            "ros",
            "Review of systems: "
            + ctx.pick(
                [
                    "negative except as in HPI.",
                    "fatigue +, appetite reduced, no fever, no bleeding.",
                    "12-point ROS negative apart from pain and weight loss.",
                ]
            ),
        )
    d.add("sig", fl.signature(ctx))
    d.add("footer", fl.vendor_footer(ctx))
    return d


def otv(ctx: Ctx) -> Doc:
    d = Doc(ctx)
    ctx.trap("non_simulation")
    ctx.trap("otv_technique_mention")
    c = plain_claims(ctx)
    fx = ctx.r.randint(3, 24)
    tot = fx + ctx.r.randint(3, 15)
    if ctx.p.style == "remote_terse":
        d.add(
            "body",
            "\n".join(
                [
                    f"OTV (video) {ctx.dos()} - {ctx.pick(SATELLITE)}",
                    f"Fx {fx}/{tot}, {c['tech']} to {c['areas']}.",
                    f"Sim was {ctx.date(ctx.r.randint(15, 40))} w/ {c['contrast']}.",
                    ctx.pick(["Skin G1.", "Mild fatigue.", "Mucositis G2, on magic mouthwash.", "Diarrhoea G1."]),
                    tr.hist_imaging(ctx),
                    "Continue.",
                    f"- {ctx.md[1]}",
                ]
            ),
        )
        return d
    d.add("hdr", fl.header(ctx, ctx.pick(["ON-TREATMENT REVIEW", "WEEKLY OTV NOTE", "RADIOTHERAPY REVIEW"])))
    d.add(
        "status",
        f"Currently receiving {c['tech']} to {c['areas']}; fraction {fx} of {tot}. Simulated on {ctx.date(ctx.r.randint(15, 40))} ({c['contrast']}, {c['fusion']}).",
    )
    d.add(
        "sx",
        ctx.pick(
            [
                "C/o mild fatigue and skin itching.",
                "C/o odynophagia grade 2.",
                "No new complaints.",
                "C/o loose stools x 3/day.",
            ]
        ),
    )
    d.add("exam", fl.general_exam(ctx))
    d.add("inv", tr.hist_imaging(ctx) + " " + fl.labs(ctx))
    d.add(
        "plan",
        "Plan: continue RT. "
        + ctx.pick(["Symptomatic treatment advised.", "Review next week.", "CBCT matches reviewed - acceptable."]),
    )
    d.add("sig", fl.signature(ctx))
    return d


def treatment_summary(ctx: Ctx) -> Doc:
    d = Doc(ctx)
    ctx.trap("non_simulation")
    ctx.trap("summary_recounts_sim")
    c = plain_claims(ctx)
    if ctx.p.style == "letter":
        d.add("hdr", f"{ctx.dos()}\n\n{ctx.referrer}\n\nRE: Completion of radiotherapy - [redacted], MRN {ctx.mrn}")
        d.add("salute", "Dear Colleague,")
    else:
        d.add(
            "hdr",
            fl.header(
                ctx, ctx.pick(["TREATMENT SUMMARY", "RADIOTHERAPY COMPLETION SUMMARY", "END OF TREATMENT SUMMARY"])
            ),
        )
    d.add("dx", "Diagnosis: " + ctx.dx)
    d.add(
        "course",
        ctx.pick(
            [
                f"{ctx.he.capitalize()} was simulated on {ctx.date(ctx.r.randint(40, 70))} with {c['contrast']} and {c['fusion']} and treated with {c['tech']} to {c['areas']}, completing on {ctx.date(ctx.r.randint(1, 5))}.",
                f"Simulation ({ctx.date(ctx.r.randint(40, 70))}): complex, as {c['reason']}; {c['n_areas']}. Treatment: {c['tech']}, {fl.dose_line(ctx)}",
            ]
        ),
    )
    d.add(
        "tox",
        ctx.pick(
            [
                "Tolerated well with grade 1 skin reaction.",
                "Grade 2 mucositis managed conservatively.",
                "Treatment interrupted x2 days for neutropenia.",
                "No unscheduled breaks.",
            ]
        ),
    )
    d.add("inv", tr.hist_imaging(ctx) + (" " + tr.hist_contrast(ctx) if ctx.has("historical_contrast") else ""))
    d.add(
        "fu",
        "Follow-up: "
        + ctx.pick(["6 weeks with imaging.", "3 months with PSA.", "RO clinic at Harlan Creek in 4 weeks."]),
    )
    d.add("sig", fl.signature(ctx))
    return d


def remote_prebrief(ctx: Ctx) -> Doc:
    d = Doc(ctx)
    ctx.trap("non_simulation")
    ctx.trap("prebrief_planned")
    c = plain_claims(ctx)
    when = ctx.date(-ctx.r.randint(1, 3))
    lines = [
        f"Pre-simulation remote brief for {ctx.pick(SATELLITE)} therapists (sim booked {when}).",
        f"Dx: {ctx.dx}.",
        ctx.pick([f"Please simulate supine, {ctx.immob}.", f"Set-up: {ctx.immob}; arms as per directive."]),
        ctx.pick(
            [
                "Oral contrast 45 min prior.",
                "No IV contrast at HC (no on-site MD) - oral only if needed.",
                "Contrast: none planned.",
            ]
        ),
        f"I will fuse the {c['fusion'].replace(' fusion', '')} after the scan.",
        f"Expect {c['n_areas']} ({c['areas']}); {c['tech']} likely.",
        f"Complex sim anticipated as {c['reason']}.",
        tr.hist_imaging(ctx),
        "I will be on Teams during the sim and will review the images afterwards.",
    ]
    if ctx.p.style == "remote_terse":
        d.add("body", "\n".join("- " + x for x in lines))
        d.add("sig", f"- {ctx.md[1]}")
    else:
        d.add("hdr", "REMOTE PRE-SIMULATION BRIEF (physician to therapists)")
        d.add("body", "\n".join(lines))
        d.add("sig", f"{ctx.md[0]}, MD - {ctx.dos()} {ctx.time()}")
    return d


OTHER = {
    "tumour_board": tumour_board,
    "econsult": econsult,
    "p2p_summary": p2p_summary,
    "ur_review": ur_review,
    "prior_auth_letter": lambda ctx: letter(ctx, False),
    "appeal_letter": lambda ctx: letter(ctx, True),
    "consult": consult,
    "otv": otv,
    "treatment_summary": treatment_summary,
    "remote_prebrief": remote_prebrief,
}


def compose_other(ctx: Ctx) -> Doc:
    return OTHER[ctx.p.note_type](ctx)
