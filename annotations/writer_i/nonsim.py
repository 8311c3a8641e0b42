"""Non-simulation documents: telehealth consults, portal messages, after-visit summaries, interpreter
visits, prior-authorisation letters, peer-to-peer summaries, on-treatment visits and treatment summaries.

They talk about scans, contrast, arcs, protons and sites that were done before or will be done later, so
nothing in them counts: no spans, all four elements absent.
"""

from __future__ import annotations

import random

from . import filler
from .common import Clock, chance, pick
from .layout import People, banner, final_marker, kv_lines, signature
from .plan import Plan
from .evidence import reason_clause
from .sites import expand_keys

PAYERS = ("Heartland Mutual Health Plan", "Prairie Medicare Advantage", "Tri-State BlueCare", "Great Plains Medicaid MCO",
          "Ridgeline Benefit Administrators")
TOWNS = ("Bellmont", "Cedar Ridge", "Harlan", "Osgood Falls", "West Fenwick", "Loup Crossing", "Danner", "Holt Prairie")

FEATURE_FUTURE = {
    "contrast": ("with IV contrast", "with contrast dye", "with oral contrast"),
    "arc_rotational": ("VMAT", "volumetric arc therapy", "arc therapy (VMAT)"),
    "particle": ("proton therapy at Tri-River", "pencil-beam protons"),
    "custom_shielding": ("custom blocks", "custom Cerrobend blocks"),
    "complex_blocking": ("complex blocking",),
    "brachytherapy": ("HDR brachytherapy with applicator verification", "a brachytherapy applicator"),
    "hyperthermia": ("hyperthermia with probe verification",),
}
PLAIN_FEATURE = {
    "contrast": "contrast dye through your IV",
    "arc_rotational": "VMAT, where the machine moves around you in an arc",
    "particle": "proton therapy at our partner center, Tri-River",
    "custom_shielding": "a custom metal cutout that shapes the beam",
    "complex_blocking": "special blocks that shape the beam",
    "brachytherapy": "an internal applicator (brachytherapy)",
    "hyperthermia": "heat treatment (hyperthermia) with small temperature probes",
}


class NonSim:
    def __init__(self, plan: Plan, rng: random.Random):
        self.plan = plan
        self.rng = rng
        self.clock = Clock(rng)
        self.ppl = People(rng, plan)
        self.sections: list[tuple[str, str]] = []
        plan.add_trap("non_sim_note")

    def add(self, key: str, text: str) -> None:
        if text and text.strip():
            self.sections.append((key, text.strip("\n")))

    # -------------------------------------------------------------- shared mentions
    def area_list(self, plain: bool = True) -> str:
        rng = self.rng
        names = [pick(rng, a.plain if plain else a.abbr + a.struct) for a in self.plan.areas]
        if len(names) == 1:
            return names[0]
        return ", ".join(names[:-1]) + " and " + names[-1]

    def n_areas(self) -> int:
        keys: list[str] = []
        for a in self.plan.areas:
            for k in expand_keys(a.value):
                if k not in keys:
                    keys.append(k)
        return len(keys)

    def feature_words(self) -> str:
        """A delivery technique to talk about (never the word contrast)."""
        techs = [f for f in self.plan.shadow if f != "contrast"]
        if techs and techs[0] == "custom_shielding" and self.plan.site.key == "skin_electron":
            return pick(self.rng, ("electrons with a custom cutout", "a custom electron cutout"))
        if not techs:
            return pick(self.rng, ("IMRT", "3D conformal fields", "VMAT", "static-field IMRT"))
        return pick(self.rng, FEATURE_FUTURE[techs[0]])

    def past_imaging(self) -> str:
        plan, rng, clock = self.plan, self.rng, self.clock
        plan.add_trap("historical_imaging")
        region = pick(rng, plan.site.region)
        opts = [f"CT {region} with IV contrast on {clock.past(15, 120)} "
                f"showed {pick(rng, ('the known primary', 'no new disease', 'an enlarging mass', 'two suspicious nodes'))}",
                f"PET/CT {clock.past(15, 120)} showed {pick(rng, ('FDG-avid primary', 'no distant spread', 'avid regional nodes'))}",
                f"MRI {region} with gadolinium {clock.past(15, 120)} was reviewed"]
        chosen = pick(rng, opts)
        if "contrast" in chosen or "gadolinium" in chosen:
            plan.add_trap("historical_contrast")
        return chosen

    def future_sim(self) -> str:
        plan, rng, clock = self.plan, self.rng, self.clock
        plan.add_trap("planned_feature")
        d = clock.future(3, 15)
        return pick(rng, (
            f"CT simulation is scheduled for {d}; we expect to use {self.feature_words()} and treat {self.area_list()}.",
            f"Will return on {d} for simulation ({self.feature_words()} anticipated) - {self.n_areas()} area(s): {self.area_list()}.",
            f"Plan: simulation {d}. Anticipate {self.feature_words()}; MRI fusion if the outside study can be loaded.",
        ))

    def past_course(self) -> str:
        plan, rng, clock = self.plan, self.rng, self.clock
        plan.add_trap("past_course_summary")
        start = clock.past(60, 120)
        f = self.feature_words()
        c = pick(rng, ("IV contrast", "oral contrast")) if plan.site.contrast else "no contrast"
        if c != "no contrast":
            plan.add_trap("historical_contrast")
        return pick(rng, (
            f"Completed RT to {self.area_list()} ({start} to {clock.past(10, 50)}) with {f}; simulation had used {c} and an MRI fusion.",
            f"Course summary: {self.n_areas()} treatment area(s) - {self.area_list()} - treated with {f}. Sim on {start} ({c}).",
            f"Previously treated to {self.area_list()} with {f} (sim {start}, {c} at that time).",
        ))

    # -------------------------------------------------------------- documents
    def telehealth(self) -> None:
        plan, rng, clock, ppl = self.plan, self.rng, self.clock, self.ppl
        self.add("hdr", banner(plan, rng, clock, ppl, pick(rng, ("Radiation Oncology Telehealth Consult", "RO Virtual Visit - New Patient",
                                                                "Telemedicine Consultation"))))
        self.add("final", final_marker(rng))
        self.add("tele", pick(rng, (
            f"Visit type: video visit via PowerChart Virtual Care. Patient at home in {pick(rng, TOWNS)}; provider at {plan.campus[2]}. Verbal consent for telehealth obtained.",
            f"Audio-video telehealth. Patient located in {pick(rng, TOWNS)}, provider on campus. Two identifiers confirmed on camera. Consent documented.",
            "Telephone-only visit (video failed after 3 minutes); patient agreed to continue by phone.")))
        n = rng.randrange(9, 15) if plan.style == "long" else rng.randrange(3, 6)
        for key, heading, text in filler.long_blocks(plan, rng, clock, n):
            if key in ("vitals", "exam") and chance(rng, 0.6):
                text = "Limited by video: " + pick(rng, ("appears comfortable, speech fluent", "no respiratory distress, normal affect",
                                                         "alert and oriented, gait not assessed"))
            self.add(key, f"{heading}:\n{text}")
        self.add("imaging", "Imaging reviewed: " + self.past_imaging() + ".")
        self.add("assess", f"Assessment: {plan.dx}. " + pick(rng, ("Radiation is recommended.", "RT offered as definitive therapy.",
                                                                   "Palliative RT recommended for symptom control.")))
        self.add("plan", self.future_sim())
        if chance(rng, 0.4):
            plan.add_trap("planned_modality")
            self.add("plan2", pick(rng, ("Will request the outside PET/CT disc for fusion.", "MRI to be ordered before the sim if authorized.")))
        self.add("time", f"Total time {rng.randrange(30, 75)} minutes, more than half in counselling.")
        self.add("sig", signature(rng, clock, ppl.md))

    def portal(self) -> None:
        plan, rng, clock, ppl = self.plan, self.rng, self.clock, self.ppl
        self.add("hdr", pick(rng, (f"Patient Portal Message (HealtheLife) - {clock.stamp()}", f"Portal msg | RO {plan.campus[2]} | {clock.date()}",
                                   "Message from patient via portal")))
        f = plan.shadow[0] if plan.shadow else "contrast"
        q = pick(rng, (
            f"hi, last time at my planning scan they put dye in my IV and I felt warm all over. will they do that again at the new one on {clock.future(2, 9)}? also is it the same arc machine?",
            f"My wife asked if the {PLAIN_FEATURE[f]} is something I need to fast for. Scan is next week.",
            "Quick question - I finished my protons at Tri-River in June and now they want a scan here. Do I need contrast this time?",
            f"Hello, the letter says my insurance has to approve {PLAIN_FEATURE[f]}. Does that delay my start?",
            f"Can you tell me again how many spots you are treating? I wrote down {self.area_list()}.",
        ))
        self.add("q", f"From patient:\n{q}")
        if "finished my protons" in q or "last time" in q:
            plan.add_trap("historical_contrast" if "dye" in q else "past_course_summary")
        reply = pick(rng, (
            f"Hi, this is {ppl.rn.split(',')[0]}, RN. The doctor decides at the scan whether contrast is needed. If it is, you will get instructions the day before. Nothing to fast for otherwise.",
            "Thanks for your message. Dr. " + ppl.md.split(' ')[1].rstrip(',') + " will review the plan after the scan; the technique (like the arc treatment) is chosen during planning.",
            "We have not scheduled your planning scan yet; the scheduler will call you. Insurance review for the treatment type is in process.",
        ))
        plan.add_trap("planned_feature")
        self.add("reply", f"Reply ({clock.stamp(rng.randrange(60, 300))}):\n{reply}")
        if chance(rng, 0.4):
            self.add("more", "Patient replied: ok thank you!! see you then")

    def avs(self) -> None:
        plan, rng, clock, ppl = self.plan, self.rng, self.clock, self.ppl
        plan.add_trap("patient_language")
        self.add("hdr", f"AFTER VISIT SUMMARY\n{plan.campus[0]} - Radiation Oncology\nVisit date: {clock.date()}   Provider: {ppl.md}")
        f = plan.shadow[0] if plan.shadow else "arc_rotational"
        self.add("why", pick(rng, ("Why you came in today: to talk about radiation treatment.", "Reason for visit: follow-up after your scans.",
                                   "You were seen today to plan your radiation treatment.")))
        self.add("tests", "Your recent tests: " + self.past_imaging() + ".")
        d = clock.future(3, 12)
        plan.add_trap("planned_feature")
        self.add("next", pick(rng, (
            f"What happens next: your planning scan (called a simulation) is on {d}. You may get {PLAIN_FEATURE['contrast']}. Your treatment will likely use {PLAIN_FEATURE[f]}.",
            f"Next steps: come back on {d} for your planning appointment. We plan to treat {self.area_list()}. The team may use {PLAIN_FEATURE[f]}.",
            f"Coming up: simulation {d} at {plan.campus[2]}. Wear comfortable clothes. If you have had a reaction to contrast dye before, tell the staff.",
        )))
        if chance(rng, 0.5):
            self.add("appts", f"Your upcoming appointments:\n{clock.future(3, 12)}  Radiation Oncology - planning\n{clock.future(14, 30)}  Medical Oncology")
        if chance(rng, 0.7):
            self.add("meds", "Your medicine list:\n" + filler.meds(rng, "list", plan))
        if chance(rng, 0.4):
            self.add("allergy", "Allergies: " + filler.allergies(rng))
        self.add("call", pick(rng, ("Call us at 555-0142 if you have fever over 100.4, bleeding, or pain not controlled by your medicine.",
                                    "Questions? Send a message in HealtheLife or call the nurse line.")))

    def interpreter(self) -> None:
        plan, rng, clock, ppl = self.plan, self.rng, self.clock, self.ppl
        style = plan.style
        if style == "plain":
            self.add("hdr", f"Follow-up visit - {clock.date()} - {plan.campus[2]}")
        else:
            self.add("hdr", banner(plan, rng, clock, ppl, pick(rng, ("Radiation Oncology Follow-up (Interpreter)", "RO Return Visit"))))
        self.add("interp", pick(rng, (
            f"Interpreter: {ppl.interp}, in person, ID {ppl.interp_id}. Patient's daughter also present but did not interpret.",
            f"{ppl.interp} interpreter via video (ID {ppl.interp_id}) for the entire visit; teach-back used.",
            f"Visit conducted with a certified {ppl.interp} interpreter (#{ppl.interp_id}).")))
        self.add("course", self.past_course())
        if style == "long":
            for key, heading, text in filler.long_blocks(plan, rng, clock, rng.randrange(9, 15)):
                self.add(key, f"{heading}:\n{text}")
        else:
            self.add("ros", "ROS: " + filler.ros(rng))
            self.add("exam", "Exam:\n" + filler.exam(rng, plan))
        self.add("imaging", "Interval imaging: " + self.past_imaging() + ".")
        self.add("plan", pick(rng, ("Plan: surveillance; return in 3 months with imaging.", "Plan: no further RT now; follow with medical oncology.",
                                    "Plan: repeat MRI in 8 weeks; will discuss re-treatment only if progression.")))
        self.add("sig", signature(rng, clock, ppl.md))

    def prior_auth(self) -> None:
        plan, rng, clock, ppl = self.plan, self.rng, self.clock, self.ppl
        plan.add_trap("prior_auth_future")
        plan.add_trap("planned_feature")
        payer = pick(rng, PAYERS)
        d = clock.future(5, 20)
        n = self.n_areas()
        f = self.feature_words()
        cats = ["OAR proximity", "irregular target"] + (["prior field overlap"] if plan.site.prior else [])
        reason = reason_clause(plan, rng, pick(rng, cats))
        plan.add_trap("rationale_like_text")
        if plan.style == "letter":
            self.add("hdr", f"{plan.campus[0]}\nDepartment of Radiation Oncology\n{clock.date()}\n\n{payer}\nUtilization Management / Medical Director")
            self.add("re", f"RE: Prior authorization request - member ID {rng.randrange(100000000, 999999999)}; CPT 77290, 77301, 77338, 77385")
            self.add("body", (f"Dear Medical Director,\n\nI am writing to request authorization of radiation therapy for my patient with {plan.dx}. "
                              f"The patient will undergo complex simulation on {d}, {f}, and we intend to treat {n} area(s) ({self.area_list()}). "
                              f"Complex simulation will be necessary because {reason}. "
                              f"{pick(rng, ('An MRI fusion is planned for target delineation.', 'A PET/CT fusion will be requested.', 'A 4DCT will be obtained if motion is seen.'))}"))
            if chance(rng, 0.5):
                self.add("summary", pick(rng, (
                    f"Clinical summary: {plan.age}-year-old, ECOG {rng.randrange(0, 3)}, {pick(rng, plan.site.effects or ('fatigue',))} expected to be manageable.",
                    f"Staging and pathology are enclosed. The case was reviewed at tumor board on {clock.past(3, 20)}.",
                    "Standard alternatives were considered and are less appropriate for this patient, as outlined in the enclosed consult.")))
            self.add("close", pick(rng, (f"Thank you for your prompt review. Please call 555-0170 with questions.\n\nSincerely,\n{ppl.md}",
                                         f"Please contact our office at 555-0170 for a peer-to-peer discussion if needed.\n\nRespectfully,\n{ppl.md}\nRadiation Oncology")))
            if chance(rng, 0.5):
                self.add("encl", pick(rng, ("Enclosures: consult note, pathology, staging imaging reports", "Encl: consult, path report",
                                            "Attachments: 3 (consult, imaging, NCCN excerpt)")))
            if chance(rng, 0.35):
                self.add("cc", f"cc: {ppl.app}; referring physician")
        else:
            self.add("hdr", banner(plan, rng, clock, ppl, "Prior Authorization Request - Radiation Oncology"))
            rows = [("Payer", payer), ("Requested CPT", "77290, 77301, 77338, 77386"), ("Planned sim date", d),
                    ("Planned technique", f), ("Planned areas", f"{n}: {self.area_list(plain=False)}"),
                    ("Planned imaging", pick(rng, ("CT sim with IV contrast, MRI fusion", "CT sim, PET fusion", "4DCT"))),
                    ("Justification (draft)", reason), ("Status", pick(rng, ("submitted", "pending", "pended for P2P")))]
            self.add("rows", kv_lines(rows, "caps" if plan.style == "allcaps" else "colon"))
            self.add("sig", signature(rng, clock, ppl.app))

    def p2p(self) -> None:
        plan, rng, clock, ppl = self.plan, self.rng, self.clock, self.ppl
        plan.add_trap("planned_feature")
        plan.add_trap("rationale_like_text")
        reviewer = f"Dr. {ppl.md2.split(' ')[1].rstrip(',')} of {pick(rng, PAYERS)}"
        f = self.feature_words()
        self.add("hdr", pick(rng, (f"Peer-to-Peer Review Summary - {clock.stamp()}", f"P2P call {clock.date()} - {plan.site.label}",
                                   "Peer to peer discussion (documentation of call)")))
        if plan.style == "powernote":
            self.sections[-1] = ("hdr", banner(plan, rng, clock, ppl, "Peer-to-Peer Review Summary"))
        qa = [
            (f"Reviewer {reviewer} asked why {f} is needed rather than 3D conformal.",
             f"I explained that the target sits {rng.randrange(2, 8)} mm from the {pick(rng, plan.site.oars).format(**plan.side)} and 3D cannot meet the constraint."),
            ("Reviewer asked whether simulation had already occurred.",
             f"Not yet - simulation is scheduled for {clock.future(2, 12)}; contrast will be decided at the scan."),
            ("Reviewer asked how many areas are planned.", f"{self.n_areas()}: {self.area_list(plain=False)}."),
        ]
        rng.shuffle(qa)
        k = rng.randrange(2, 4)
        if plan.style == "qa":
            self.add("qa", "\n".join(f"Q: {q}\nA: {a}" for q, a in qa[:k]))
        else:
            self.add("qa", " ".join(f"{q} {a}" for q, a in qa[:k]))
        self.add("outcome", pick(rng, ("Outcome: approved as requested.", "Outcome: IMRT approved; protons denied - appeal to follow.",
                                       "Outcome: pended for additional records (contours and DVH).", "Outcome: denied; letter to follow.")))
        self.add("sig", f"Call duration {rng.randrange(6, 25)} min. {ppl.md}")

    def otv(self) -> None:
        plan, rng, clock, ppl = self.plan, self.rng, self.clock, self.ppl
        total = pick(rng, (5, 10, 15, 20, 25, 28, 30, 33, 35))
        fx = rng.randrange(1, total)
        plan.add_trap("past_course_summary")
        f = self.feature_words()
        lines = [f"On-treatment visit, week {fx // 5 + 1}: fraction {fx}/{total} to {self.area_list(plain=False)} ({f}).",
                 pick(rng, ("CBCT reviewed, setup within 3 mm.", "Daily kV imaging reviewed; no shifts over 5 mm.", "Surface imaging stable.")),
                 pick(rng, (f"Simulation on {clock.past(14, 40)} was done with IV contrast.", "No new imaging since the sim.",
                            f"Sim {clock.past(14, 40)}: contrast given, MRI fused.")),
                 f"Toxicity: {pick(rng, plan.site.effects or ('fatigue',))} grade {rng.randrange(1, 3)}.",
                 pick(rng, ("Plan: continue as planned.", "Plan: continue; weekly labs.", "Plan: continue, skin care reinforced."))]
        if plan.style == "flowsheet":
            rows = [("Fraction", f"{fx}/{total}"), ("Technique", f), ("IGRT", "CBCT reviewed"), ("Skin", f"grade {rng.randrange(0, 3)}"),
                    ("Weight", f"{rng.randrange(50, 120)} kg"), ("Pain", f"{rng.randrange(0, 8)}/10")]
            self.add("hdr", "Rad Onc OTV - Flowsheet\n" + plan.campus[0])
            self.add("rows", kv_lines(rows, "flow", clock, rng))
            self.add("note", " ".join(lines[2:]))
        elif plan.style == "terse":
            self.add("hdr", f"OTV {clock.short()}")
            self.add("body", "\n".join(lines))
        else:
            self.add("hdr", banner(plan, rng, clock, ppl, "Radiation Oncology On-Treatment Visit"))
            self.add("body", "\n".join(lines))
            self.add("vitals", "Vitals: " + filler.vitals(rng, clock))
        self.add("sig", signature(rng, clock, ppl.md) if plan.style != "terse" else f"-{ppl.md.split(',')[0]}")

    def summary(self) -> None:
        plan, rng, clock, ppl = self.plan, self.rng, self.clock, self.ppl
        plan.add_trap("past_course_summary")
        self.add("hdr", banner(plan, rng, clock, ppl, pick(rng, ("Radiation Treatment Summary", "End of Treatment Summary"))))
        self.add("final", final_marker(rng))
        self.add("dx", f"Diagnosis: {plan.dx}")
        start, end = clock.past(40, 70), clock.past(1, 10)
        f = self.feature_words()
        if plan.style == "pipe":
            rows = ["| Site | Dose (Gy) | Fx | Technique | Dates |", "|---|---|---|---|---|"]
            for a in plan.areas:
                dose, _, fx = pick(rng, plan.site.dose).partition(" in ")
                rows.append(f"| {pick(rng, a.struct + a.abbr)} | {dose.replace(' Gy', '')} | {fx.split(' ')[0] if fx else '-'} | {f} | {start}-{end} |")
            self.add("table", "\n".join(rows))
        else:
            self.add("course", f"Treated {start} to {end}: {self.area_list()} with {f}, {pick(rng, plan.site.dose)}.")
        immob = pick(rng, plan.site.immob)
        self.add("sim", pick(rng, (f"Simulation ({clock.past(75, 90)}) used IV contrast; MRI was fused for contours.",
                                   f"Simulated {pick(rng, plan.site.position)} with {immob}; {pick(rng, ('4DCT', 'a planning CT', 'CT and MRI fusion'))} at that time.",
                                   f"CT sim {clock.past(75, 90)}, {immob}, {pick(rng, ('with contrast', 'non-contrast', 'with an MRI fusion'))}.")))
        plan.add_trap("historical_imaging")
        if plan.style == "long":
            for key, heading, text in filler.long_blocks(plan, rng, clock, rng.randrange(9, 15)):
                self.add(key, f"{heading}:\n{text}")
        self.add("tox", f"Acute toxicity: {', '.join(rng.sample(list(plan.site.effects or ('fatigue', 'skin')), min(2, len(plan.site.effects or ('a', 'b')))))}, max grade {rng.randrange(1, 3)}.")
        self.add("fu", pick(rng, ("Follow-up in 6 weeks with imaging.", "Return in 3 months; PSA in 6 weeks." if plan.site.key.startswith("prostate")
                                  else "Return in 3 months with restaging.", "Follow-up with medical oncology in 2 weeks.")))
        self.add("sig", signature(rng, clock, ppl.md))


def write_nonsim(plan: Plan, rng: random.Random) -> NonSim:
    n = NonSim(plan, rng)
    {
        "telehealth_consult": n.telehealth,
        "portal_message": n.portal,
        "after_visit_summary": n.avs,
        "interpreter_visit": n.interpreter,
        "prior_auth_letter": n.prior_auth,
        "peer_to_peer": n.p2p,
        "on_treatment_visit": n.otv,
        "treatment_summary": n.summary,
    }[plan.note_type]()
    return n
