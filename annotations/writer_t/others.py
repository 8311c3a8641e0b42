"""Documents with no counted evidence: aborted simulations, blank templates and ten non-simulation kinds."""

from __future__ import annotations

from . import filler
from .compose import FEATURE_WORDS, LONG_EXTRA, MOD_WORDS, header, signature
from .layout import Section
from .phrases import OTHER_PERSON, Ctx, surface
from .plan import Plan
from .vocab import SITES


def _future(plan: Plan, c: Ctx) -> str:
    """A plan sentence naming sites, technique and imaging for a simulation still to come."""
    site = SITES[plan.site]
    names = " and ".join(surface(plan.site, v, c.rng) for v in plan.area_set)
    tech = c.pick([FEATURE_WORDS[f] for f in site.features if f in FEATURE_WORDS] + ["photons"])
    mod = c.pick([MOD_WORDS.get(m, m) for m in site.modalities] + ["CT"])
    return c.pick(
        (
            f"Simulation is planned for {c.when(0)} with {mod}; we expect to treat the {names} with {tech}.",
            f"{c.he.capitalize()} will return for simulation ({mod} planned) and {tech} to the {names}.",
            f"Next step: simulation under {'GA' if c.age < 7 else 'Child Life support'}, {mod}, possibly "
            f"{tech} ({names}).",
            f"Tentative plan: {tech} to the {names}; simulation and {mod} to be scheduled.",
        )
    )


def _hist_imaging(plan: Plan, c: Ctx) -> str:
    r = c.rng
    return c.pick(SITES[plan.site].history).format(
        date=c.when(),
        cm=r.randint(18, 92) / 10,
        mm=r.randint(3, 14),
        suv=r.randint(45, 190) / 10,
        n=r.randint(2, 6),
        pct=r.randint(1, 9) / 100,
    )


def other_sections(plan: Plan, c: Ctx) -> tuple[list[Section], list[str]]:
    """Sections of a document that records no counted simulation."""
    r = c.rng
    kind = plan.note_type
    traps = ["no_simulation"] if kind not in ("aborted_sim", "blank_template") else []
    s: list[Section] = []
    g = c.guardian.split(" (")[0]
    if kind == "aborted_sim":
        traps.append("aborted")
        why = c.pick(
            (
                f"laryngospasm at induction; anesthesia ({c.anes}) stopped the case before any scan",
                "the child became too distressed during the awake attempt; stopped before scanning",
                f"{g} withdrew consent on the day to get a second opinion",
                "fever 38.9 C and ANC 200 on arrival; sent to the ED before positioning",
                "the mask could not be made to fit over the new shunt reservoir; rescheduled before imaging",
                "sedation inadequate with dexmedetomidine; procedure abandoned with no images acquired",
            )
        )
        s.append(Section("history", filler.history(c, plan.site, r.randint(1, 3))))
        s.append(
            Section(
                "abort",
                [
                    f"Simulation aborted: {why}.",
                    c.pick(
                        (
                            "No images were acquired.",
                            "No scan done; nothing sent to planning.",
                            "No imaging obtained today.",
                        )
                    ),
                    c.pick(
                        (
                            f"Planned: {FEATURE_WORDS.get(c.pick(SITES[plan.site].features), 'contrast')} and "
                            f"{c.pick(list(MOD_WORDS.values()))} - not done.",
                            "IV contrast was drawn up but not given.",
                            "The ordered MRI fusion was not done.",
                            "Complex simulation still indicated at the next attempt.",
                        )
                    ),
                ],
            )
        )
        s.append(
            Section(
                "plan",
                [
                    c.pick(
                        (
                            "Rebook under GA next week.",
                            "Reschedule after count recovery.",
                            "Child Life to do two more practice sessions, then retry awake.",
                            "Family to call back after second opinion.",
                        )
                    )
                ],
            )
        )
        traps.append("planned_feature")
    elif kind == "blank_template":
        traps.append("blank_template")
        s.append(
            Section(
                "template",
                [
                    f"Diagnosis: {c.diagnosis}",
                    "Treatment site(s): ___",
                    "Number of areas: [ ] 1 [ ] 2 [ ] 3 [ ] 4",
                    "Imaging: [ ] CT  [ ] 4DCT  [ ] MRI fusion  [ ] PET fusion",
                    "Contrast: [ ] IV [ ] oral  dose: ___ mL",
                    "Technique: [ ] PBS protons [ ] VMAT [ ] 3D",
                    "Custom blocks/shielding: ___",
                    "Reason for complex simulation: ___",
                    "Anesthesia: [ ] yes [ ] no",
                    "Immobilization: ___",
                ][: r.randint(7, 10)],
                block=True,
            )
        )
        if r.random() < 0.5:
            s.append(
                Section(
                    "discussion",
                    [
                        c.pick(
                            (
                                "Template opened in error; see the note of the following day.",
                                "Note not completed - simulation rescheduled.",
                                "*** incomplete ***",
                            )
                        )
                    ],
                )
            )
    elif kind == "child_life":
        s.append(Section("discussion", [*filler.child_life(c), filler.parent_quote(c)]))
        s.append(Section("plan", [_future(plan, c), "Practice session is not a simulation; no images taken."]))
        traps += ["child_life_prep", "planned_modality"]
    elif kind == "consent":
        s.append(Section("history", [*filler.history(c, plan.site, 2), _hist_imaging(plan, c)]))
        s.append(Section("consent", [*filler.consent(c), filler.parent_quote(c)]))
        s.append(Section("plan", [_future(plan, c)]))
        traps += ["historical_imaging", "planned_feature"]
    elif kind == "tumor_board":
        s.append(Section("history", [f"Presented by {c.onc}: {c.age} yo, {c.diagnosis}.", _hist_imaging(plan, c)]))
        s.append(
            Section(
                "recommendation",
                [
                    _future(plan, c),
                    c.pick(
                        (
                            "Radiation oncology felt protons would spare the cochleae and growth centers.",
                            "Consensus: consolidative RT after chemo; fertility consult before simulation.",
                            "Pathology re-review requested before RT decisions.",
                        )
                    ),
                ],
            )
        )
        traps += ["historical_imaging", "planned_feature"]
    elif kind == "nursing_phone":
        s.append(
            Section(
                "call",
                [
                    f"{g.capitalize()} called at {r.randint(7, 19)}:{r.randint(10, 59)} about {c.pick(_OTHERS_169_1)}.",
                    c.pick(
                        (
                            f"Advised clears until 2 h before the {c.when(0)} simulation under GA.",
                            "Reviewed that contrast may be used at simulation; no known allergy.",
                            "Instructed to go to the ED if temperature 38.3 C or higher.",
                        )
                    ),
                    filler.parent_quote(c),
                    f"Call time {r.randint(4, 19)} min. {c.rn}.",
                ],
            )
        )
        traps += ["planned_feature"]
    elif kind == "school_letter":
        s.append(
            Section(
                "letter",
                [
                    f"To the staff of {c.school}:",
                    f"Our patient, a {c.age}-year-old student, will receive daily radiation treatment at "
                    f"Larkspur Children's Hospital for about {r.randint(4, 7)} weeks starting {c.when(0)}.",
                    c.pick(
                        (
                            "Treatments are given under anesthesia in the morning; please excuse late arrivals.",
                            "Simulation (a planning scan) is scheduled first and may take most of a day.",
                            "Fatigue and hair loss are expected; a rest area would help.",
                        )
                    ),
                    "Please contact our nurse with questions. Thank you for supporting this family.",
                ],
                headings=("Letter", "Re: school attendance"),
            )
        )
        traps += ["planned_modality"]
    elif kind == "insurance_appeal":
        oar1, oar2 = r.sample(list(SITES[plan.site].oars), 2)
        s.append(
            Section(
                "letter",
                [
                    f"To: Utilization Review, {c.payer}. Re: denial of pencil-beam scanning proton therapy.",
                    f"The patient is a {c.age}-year-old with {c.diagnosis}. {_hist_imaging(plan, c)}",
                    c.pick(
                        (
                            f"Protons would substantially lower dose to the {oar1} and {oar2}.",
                            f"Photon plans give unacceptable integral dose to a growing child; protons spare "
                            f"the {oar1}.",
                            f"Our comparison plans show proton therapy reduces dose to the {oar1} and the {oar2}.",
                        )
                    ),
                    f"If approved, PBS proton therapy to the "
                    f"{' and '.join(surface(plan.site, v, r) for v in plan.area_set)} "
                    f"would start within {r.randint(2, 5)} weeks.",
                    "Simulation under anesthesia with contrast and MRI fusion will be performed once approved.",
                ],
                headings=("Letter of medical necessity", "Appeal"),
            )
        )
        traps += ["planned_feature", "historical_imaging"]
    elif kind == "consult":
        s.append(Section("history", [*filler.history(c, plan.site, 4), _hist_imaging(plan, c)]))
        s.append(Section("exam", filler.exam(c)))
        s.append(
            Section(
                "assessment",
                [
                    _future(plan, c),
                    c.pick(
                        (
                            "Discussed protons vs photons; proton therapy favored to reduce late effects.",
                            "We recommend radiation after the next chemotherapy cycle.",
                            "Fertility consult placed today.",
                        )
                    ),
                ],
            )
        )
        traps += ["historical_imaging", "planned_feature"]
    elif kind == "otv":
        names = ", ".join(surface(plan.site, v, r) for v in plan.area_set)
        s.append(
            Section(
                "status",
                [
                    f"Fraction {r.randint(3, 25)} of {r.randint(26, 33)} to the {names}.",
                    c.pick(
                        (
                            "Tolerating daily anesthesia well.",
                            "Mild skin erythema, grade 1.",
                            "Weight down 0.4 kg; dietitian following.",
                        )
                    ),
                    c.pick(
                        (
                            "Daily CBCT reviewed; shifts small.",
                            "Port films approved.",
                            "Image guidance with kV imaging, stable.",
                        )
                    ),
                    filler.parent_quote(c),
                ],
            )
        )
        traps += ["on_treatment"]
    elif kind == "treatment_summary":
        names = ", ".join(surface(plan.site, v, r) for v in plan.area_set)
        tech = c.pick([FEATURE_WORDS[f] for f in SITES[plan.site].features if f in FEATURE_WORDS])
        s.append(
            Section(
                "treatment",
                [
                    f"{c.age} yo with {c.diagnosis}. Simulated {c.when()} with contrast and fusion imaging as "
                    f"documented then.",
                    f"Treated to the {names} with {tech}, {r.choice((23.4, 30.6, 36, 45, 50.4, 54))} Gy "
                    f"completed {c.when()}.",
                    c.pick(("Tolerated well; mild fatigue.", "Completed without breaks.", "One-day break for fever.")),
                ],
            )
        )
        s.append(
            Section("plan", ["Follow-up MRI/CT per protocol in 3 months.", f"Survivorship clinic referral ({c.onc})."])
        )
        traps += ["past_course_summary", "planned_modality"]
    else:  # anesthesia_preop
        s.append(Section("history", filler.history(c, plan.site, 2)))
        s.append(
            Section(
                "assessment",
                [
                    f"ASA {c.pick(('II', 'III'))}; airway Mallampati {r.randint(1, 2)}; no prior anesthesia problems.",
                    "Planned: propofol TIVA for simulation and daily treatments.",
                    _future(plan, c),
                    c.pick(("No contrast allergy on file.", "Prior reaction to contrast in a family member (mother).")),
                ],
            )
        )
        traps += ["planned_feature", "anesthesia_drugs"]
    if r.random() < 0.2:
        s.append(Section("social", [*filler.social(c)[:2], c.pick(OTHER_PERSON)]))
        traps.append("other_person")
    if plan.style == "long":
        extra = [Section("social", filler.social(c)), Section("exam", filler.exam(c))]
        extra += [Section(k, m(c)) for k, m in r.sample(LONG_EXTRA, r.randint(3, 5))]
        r.shuffle(extra)
        s[1:1] = extra
    s.insert(0, header(plan, c))
    who = {"child_life": c.ccls, "nursing_phone": c.rn, "anesthesia_preop": c.anes}.get(kind, "")
    s.append(signature(c, who))
    return s, traps


_OTHERS_169_1 = (
    "NPO rules before the sim",
    "fever overnight",
    "vomiting after chemo",
    "a rash at the port",
    "missing school",
)
