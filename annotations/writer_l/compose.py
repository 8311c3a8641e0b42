"""Note composition: a plan becomes ordered sections of markup, then one of eight house styles."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from . import filler, phrases, traps
from .markup import strip_markup
from .phrases import pick
from .plan import Plan

Section = tuple[str, str, str]  # key, header, body markup

LOCATIONS = (
    "Hub - Riverbend Regional Cancer Centre",
    "Satellite - Cold Creek clinic",
    "Satellite - Mirren Falls clinic",
)
LOCUMS = {
    "soap": "Dr. R. Okafor-Lind (locum radiation oncologist)",
    "unpunctuated": "Dr. S. Aldous-Penn locum",
    "numbered": "Dr. M. Teixeira-Bourne, locum RO",
    "telegraphic": "J. Halvorsen MD (locum)",
}
OTHER_AUTHORS = (
    "Dr. P. Whitcombe (visiting RO)",
    "Dr. A. Ferreira-Lund (locum)",
    "Dr. K. Obiri (locum)",
    "Dr. L. Marchetti (staff RO)",
)
THERAPISTS = ("A. Pemberton RT(T)", "L. Nguyen-Rowe RT(T)", "B. Kask CT-sim therapist", "D. Moana RTT")
NAVIGATORS = ("S. Delacroix RN, nurse navigator", "T. Abernethy RN (navigator)", "C. Huang RN, cancer care navigator")
REGISTER = {
    "soap": "prose",
    "unpunctuated": "prose",
    "numbered": "prose",
    "telegraphic": "short",
    "worksheet": "ws",
    "all_caps": "prose",
    "terse_abbrev": "short",
    "long": "prose",
}
TITLES = {
    "sim_note": ("Simulation Note", "CT Simulation - physician note", "Radiation oncology simulation", "Sim note"),
    "ct_sim_worksheet": (
        "CT-SIM WORKSHEET (keyed in from paper copy)",
        "Simulation Worksheet - transcribed",
        "Sim worksheet (therapists)",
    ),
    "resim_note": ("Re-simulation note", "Repeat CT simulation", "Re-sim"),
    "sim_addendum": ("Simulation note + addendum", "CT simulation note (addended)", "Simulation - amended"),
    "dual_sim_note": ("Simulation note, second course", "Simulation - re-treatment course", "Sim (new course)"),
    "consult": ("Radiation oncology consultation", "New patient consult - outreach clinic", "Consult note"),
    "follow_up": ("Follow-up visit", "Post-treatment review", "Follow up - satellite clinic"),
    "on_treatment": ("On-treatment visit", "Weekly review (OTV)", "Treatment review"),
    "treatment_summary": ("Treatment summary", "End of treatment summary", "Radiotherapy completion summary"),
    "navigator_note": ("Nurse navigator note", "Navigator contact note", "Care coordination - navigator"),
    "telephone": ("Telephone encounter", "Phone call note", "Telephone contact"),
}
ABBREV = (
    (r"\bpatient\b", "pt"),
    (r"\bwith\b", "w/"),
    (r"\bwithout\b", "w/o"),
    (r"\bstatus post\b", "s/p"),
    (r"\bhistory\b", "hx"),
    (r"\btreatment\b", "tx"),
    (r"\bdiagnosis\b", "dx"),
    (r"\bsupraclavicular\b", "SCV"),
    (r"\bsimulation\b", "sim"),
    (r"\bright\b", "R"),
    (r"\bleft\b", "L"),
    (r"\band\b", "&"),
    (r"\bposterior\b", "post"),
    (r"\bmonths\b", "mo"),
)
CHECK_ROWS = (
    "Consent signed: Y",
    "Pregnancy test: n/a",
    "Pacemaker/ICD: N",
    "Allergies checked: Y",
    "ID band checked x2: Y",
    "Interpreter required: N",
    "Pain score on arrival: 3/10",
    "Bladder prep followed: Y",
    "Fasting since midnight: n/a",
    "Falls risk: low",
)
TOLERANCE = (
    "Tolerated well; music played during the scan.",
    "Anxious at first, settled with reassurance from the therapists.",
    "Needed two breaks for shoulder pain; position reproduced after.",
    "Family member waited in the lounge; transport home by community van.",
    "Set-up took 40 minutes in total.",
    "Skin marks explained; asked not to scrub them off.",
)
FEATURE_WORDS = {
    "contrast": "oral contrast",
    "arc_rotational": "VMAT",
    "particle": "proton",
    "custom_shielding": "custom cutout",
    "complex_blocking": "complex blocking",
    "brachytherapy": "applicator",
    "hyperthermia": "hyperthermia",
}
RESIM_REASONS = (
    "original dataset lost in the PACS transfer between the satellite and the hub",
    "treatment start delayed more than six weeks by machine downtime; rescan per protocol",
    "first scan had the wrong slice thickness",
    "patient repositioned after the original sim was done on the wrong couch top",
)
RETRACT = {
    "contrast": "No contrast of any kind was given - the cannula tissued and the oral dose was not taken. "
    "Disregard the contrast entry above.",
    "arc_rotational": "Technique corrected: static 3D conformal fields; no arc or rotational delivery, "
    "contrary to the technique entry above.",
    "particle": "Correction: photon plan; the proton wording above was entered in error.",
    "custom_shielding": "No custom shielding of any kind (block, cutout or shield) was made - MLC used instead. "
    "The shielding entry above is wrong.",
    "complex_blocking": "Correction: no complex blocking, standard MLC only.",
    "brachytherapy": "Applicator verification did not take place; insertion postponed to next week.",
    "hyperthermia": "The hyperthermia probe was not placed; please disregard.",
}


def _today(rng: random.Random) -> str:
    return f"11/{rng.randint(2, 27):02d}/2026"


def _target(plan: Plan, rng: random.Random) -> str:
    if plan.area_mode is None:
        return "target"
    return phrases.area_surface(plan.areas[0], rng, "prose")


def _meta(plan: Plan, rng: random.Random, today: str) -> str:
    loc = pick(rng, LOCATIONS)
    if REGISTER[plan.style] == "short":
        return f"Pt [redacted] / MRN XXXXX / {today} / {loc}"
    if plan.style == "worksheet":
        return f"Patient: [redacted]\nMRN: XXXXX\nSim date: {today}\nSite of service: {loc}\nKeyed by: clerk XXXXX"
    return f"Patient: [redacted]   MRN: XXXXX   Date: {today}   Location: {loc}"


def _author(plan: Plan, rng: random.Random) -> str:
    if plan.note_type == "ct_sim_worksheet" or plan.style == "worksheet":
        first, second = rng.sample(THERAPISTS, 2)
        return f"Therapists: {first} / {second}; MD review: {pick(rng, OTHER_AUTHORS)}"
    if plan.note_type in ("navigator_note", "telephone") and rng.random() < 0.7:
        return pick(rng, NAVIGATORS)
    return LOCUMS.get(plan.style, pick(rng, OTHER_AUTHORS))


def _join(parts: list[str], reg: str) -> str:
    parts = [p for p in parts if p]
    if reg == "ws":
        return "\n".join(parts)
    if reg == "short":
        return "; ".join(p.rstrip(".") for p in parts)
    return " ".join(p if p.endswith((".", ":", "?")) else p + "." for p in parts)


def _sentence(markup: str) -> str:
    """Capitalise the first letter of a markup sentence (inside or outside an evidence token)."""
    skip = markup.index("|") + 1 if markup.startswith("<<") else 0
    m = re.compile(r"[A-Za-z]").search(markup, skip)
    if not m:
        return markup
    return markup[: m.start()] + markup[m.start()].upper() + markup[m.start() + 1 :]


class SimWriter:
    """Writes the sections of a simulation document for one plan."""

    def __init__(self, plan: Plan) -> None:
        self.p = plan
        self.rng = plan.rng
        self.reg = REGISTER[plan.style]
        self.today = _today(self.rng)
        self.traps = set(plan.traps)
        self.correction = self._choose_correction() if plan.note_type == "sim_addendum" else None
        simple = plan.note_type in ("sim_note", "ct_sim_worksheet", "resim_note")
        self.clean = simple and plan.outcome.startswith(("supported", "level")) and self.rng.random() < 0.16

    def roll(self, chance: float) -> bool:
        """Return True with the given chance, never for a note chosen to be trap-free."""
        return self.rng.random() < chance and not self.clean

    def _choose_correction(self) -> str:
        p, options = self.p, []
        spare = [f for f in p.site.features if f not in p.features]
        self.retracted = self.rng.choice(spare) if spare else ""
        self.added = self.rng.choice(p.features) if p.features else ""
        if spare:
            options.append("retract_feature")
        if p.features:
            options.append("add_feature")
        if p.area_mode in ("count", "count_sites"):
            options.append("count_fix")
        if [m for m in p.site.fusions if m not in p.modalities] and p.modalities:
            options.append("retract_modality")
        if p.rationale:
            options.append("add_rationale")
        if not options:
            return "none"
        choice = self.rng.choice(options)
        self.traps.add("addendum_correction")
        return choice

    # element writers -------------------------------------------------------------------------------------
    def rationale(self) -> str:
        """Return the rationale section body (or a trap in its place)."""
        p, rng = self.p, self.rng
        parts: list[str] = []
        if p.rationale and self.correction != "add_rationale":
            reason = phrases.rationale(p.rationale, p.site, _target(p, rng), rng, self.reg, p.n_areas)
            lead = pick(
                rng,
                (
                    ("Indication for complex simulation: ", ""),
                    ("Complex simulation is required because ", ""),
                    ("Reason: ", ""),
                    ("", " - hence complex simulation."),
                    ("Why complex: ", ""),
                ),
            )
            if self.reg == "ws":
                lead = ("Reason for complex sim (free text): ", "")
            parts.append(_sentence(lead[0] + reason + lead[1]) if lead[0] == "" else lead[0] + reason + lead[1])
            if self.roll(0.2):
                parts.append(pick(rng, phrases.BARE_ASSERTIONS))
                self.traps.add("bare_assertion")
        else:
            roll = rng.random()
            if roll < 0.55 or self.correction == "add_rationale":
                parts.append(pick(rng, phrases.BARE_ASSERTIONS))
                self.traps.add("bare_assertion")
            elif roll < 0.8:
                parts.append(pick(rng, traps.BLANK_LINES["rationale"]))
                self.traps.add("blank_template")
        return _join(parts, self.reg)

    def setup(self) -> str:
        """Return the positioning and immobilisation body (custom devices and bolus are not features)."""
        p, rng = self.p, self.rng
        ws = self.reg == "ws"
        parts = [
            f"Position: {pick(rng, p.site.position)}",
            f"Immobilisation: {pick(rng, p.site.immob)}" if not ws else f"Immob device: {pick(rng, p.site.immob)}",
        ]
        if self.roll(0.3):
            parts.append(f"Custom {pick(rng, p.site.immob)} {pick(rng, ('made', 'formed today', 'fabricated'))}")
            self.traps.add("custom_immobilisation")
        if p.site.key in ("breast_nodes", "skin", "sarcoma", "head_neck") and self.roll(0.4):
            parts.append(pick(rng, traps.BOLUS))
            self.traps.add("bolus_not_feature")
        if ws:
            parts.append(f"Tattoos/marks: {pick(rng, ('Y', 'Y - 3 points', 'Y (4)'))}")
        return _join(parts, self.reg)

    def imaging(self) -> str:
        """Return the imaging body: this simulation's modalities, plus negated or historical traps."""
        p, rng = self.p, self.rng
        parts: list[str] = []
        for m in p.modalities:
            d = traps.date(rng, rng.randint(1, 3))
            text = phrases.modality(m, p.site, rng, self.reg, d, p.four_d and m == "CT")
            if m in ("MRI", "PET") and self.roll(0.3) and self.reg != "ws":
                text += f" (diagnostic {('MRI with gadolinium' if m == 'MRI' else 'PET/CT with IV contrast')})"
                self.traps.add("fused_old_contrast")
            parts.append(_sentence(text))
        if not p.modalities:
            parts.append(
                pick(
                    rng,
                    (
                        "Clinical mark-up at the couch; no scan (patient could not travel to the hub CT)",
                        "No imaging - clinical setup only",
                        "CT sim (Y/N): N - clinical setup",
                    ),
                )
            )
        quiet = self.correction in ("add_feature", "retract_feature")
        if "contrast" not in p.features and not quiet and self.roll(0.3):
            parts.append(traps.negated_contrast(rng, self.reg == "ws"))
            self.traps.add("negated_feature")
        if self.correction == "retract_modality":
            m = next(m for m in p.site.fusions if m not in p.modalities)
            parts.append(f"{m} {traps.date(rng, 1)} fused to the planning CT")
        return _join(parts, self.reg)

    def technique(self) -> str:
        """Return the technique body: this simulation's features and non-feature traps."""
        p, rng = self.p, self.rng
        parts: list[str] = []
        added = None
        if self.correction == "add_feature":
            added = self.added
            if added == "contrast":
                parts.append("No contrast given.")
        for f in p.features:
            if f != added:
                parts.append(_sentence(phrases.feature(f, p.site, rng, self.reg)))
        if self.correction == "retract_feature":
            parts.append(_sentence(strip_markup(phrases.feature(self.retracted, p.site, rng, self.reg))))
        one = p.n_areas == 1
        if one and "arc_rotational" in p.features:
            self.traps.add("many_beams_one_target")
        elif one and self.roll(0.45):
            parts.append(traps.many_beams(p.site, _target(p, rng), rng))
            self.traps.add("many_beams_one_target")
        blocks = {"complex_blocking", "custom_shielding"}
        retracting = self.correction == "retract_feature" and self.retracted in blocks
        if not blocks & set(p.features) and not retracting and self.roll(0.3):
            parts.append(pick(rng, traps.MLC))
            self.traps.add("mlc_only")
        if not parts:
            parts.append(pick(rng, ("Technique: 3D conformal", "3D-CRT, static fields", "Technique per planner")))
        return _join(parts, self.reg)

    def blanks(self) -> str:
        """Return unfilled template lines for elements this note does not document."""
        p, rng = self.p, self.rng
        keys = [k for k in ("contrast", "custom_shielding", "complex_blocking") if k not in p.features]
        keys += [k for k in ("MRI", "PET") if k not in p.modalities and self.correction != "retract_modality"]
        if p.area_mode in (None, "sites"):
            keys.append("areas")
        chosen = rng.sample(keys, min(len(keys), rng.randint(1, 3)))
        self.traps.add("blank_template")
        return "\n".join(pick(rng, traps.BLANK_LINES[k]) for k in chosen)

    def areas(self) -> str:
        """Return the area statement (spanned) or a vague, uncountable one."""
        p, rng = self.p, self.rng
        if p.area_mode is None:
            self.traps.add("vague_area_count")
            return _sentence(pick(rng, p.site.vague_areas))
        if self.correction == "count_fix":
            wrong = len(p.areas) + (1 if len(p.areas) < 3 else -1)
            return f"Areas: {wrong} treatment areas"
        if p.area_mode == "sites":
            return phrases.areas_sites(p.areas, rng, self.reg)
        return phrases.areas_count(p.areas, rng, self.reg, p.area_mode == "count_sites")

    def history(self) -> str:
        """Return history lines carrying historical, prior-site, other-person and copy-forward traps."""
        rng = self.rng
        parts = []
        if self.roll(0.6):
            parts.append(traps.historical(rng))
            self.traps.add("historical_imaging")
            if "contrast" in parts[-1]:
                self.traps.add("historical_contrast")
        if self.roll(0.25) and self.p.area_mode == "sites":
            parts.append(traps.prior_site(rng))
            self.traps.add("prior_site_in_passing")
        if self.roll(0.15):
            parts.append(pick(rng, traps.OTHER_PERSON))
            self.traps.add("other_person")
        if self.roll(0.15):
            parts.append(traps.copy_forward(rng))
            self.traps.add("copy_forward")
        return _join(parts, self.reg)

    def plan_section(self) -> str:
        """Return next steps, carrying planned (not done) features and modalities."""
        p, rng = self.p, self.rng
        parts = [
            pick(
                rng,
                (
                    "Contours to the locum MD; physics check before start",
                    f"Planned start {traps.date(rng, -1)} at the {pick(rng, ('hub', 'satellite'))}",
                    "Dosimetry to plan; navigator to arrange transport",
                    "Plan to physics; first-day imaging per protocol",
                ),
            )
        ]
        spare_f = [f for f in p.site.features if f not in p.features]
        if spare_f and self.roll(0.45):
            parts.append(traps.planned_feature(rng.choice(spare_f), rng))
            self.traps.add("planned_feature")
        spare_m = [m for m in ("MRI", "PET") if m not in p.modalities and (m in p.site.fusions or rng.random() < 0.3)]
        if spare_m and self.roll(0.4):
            parts.append(traps.planned_modality(rng.choice(spare_m), rng))
            self.traps.add("planned_modality")
        return _join(parts, self.reg)

    def addendum(self) -> str:
        """Return the addendum written days later; the later statement wins."""
        p, rng = self.p, self.rng
        days = rng.randint(2, 9)
        head = f"ADDENDUM ({days} days later, {pick(rng, OTHER_AUTHORS)}): "
        c = self.correction
        if c == "retract_feature":
            body = RETRACT[self.retracted]
        elif c == "add_feature":
            body = "Correction - omitted from the note above: " + phrases.feature(self.added, p.site, rng, self.reg)
            if self.added == "contrast":
                body = "Correction - contrast WAS given: " + phrases.feature("contrast", p.site, rng, self.reg)
        elif c == "count_fix":
            body = "Area count above is wrong. Correct: " + phrases.areas_count(
                p.areas, rng, self.reg, p.area_mode == "count_sites"
            )
        elif c == "retract_modality":
            m = next(m for m in p.site.fusions if m not in p.modalities)
            body = f"The {m} fusion listed above was NOT performed - the outside images never arrived."
        elif c == "add_rationale":
            reason = phrases.rationale(p.rationale or "", p.site, _target(p, rng), rng, self.reg, p.n_areas)
            body = "Clarifying the reason for complex simulation: " + reason + "."
        else:
            body = "Marks re-inked; no change to the simulation record."
        return head + body

    def checks(self) -> str:
        """Return pre-simulation safety checks (Y/N rows or a sentence); none of them is evidence."""
        rng = self.rng
        rows = rng.sample(CHECK_ROWS, rng.randint(3, 5))
        if self.reg == "ws":
            return "\n".join(rows)
        return _join(rows, self.reg)

    def prior_sim(self) -> str:
        """Return a clearly dated description of an earlier course's simulation (does not count)."""
        rng = self.rng
        year = rng.choice((2018, 2019, 2020, 2021, 2022))
        self.traps.add("two_simulations")
        return pick(
            rng,
            (
                f"Previous course simulation ({year}, tertiary centre): IV contrast given, MRI fused, "
                "custom Cerrobend blocks, three treatment areas.",
                f"First course, simulated {rng.randint(1, 12)}/{year}: 4DCT, PET fused, VMAT, two areas "
                "(prior record, not today's).",
                f"Sim of {year} (old course): oral contrast, complex blocking, fluoroscopy on the old simulator.",
            ),
        )

    def sections(self) -> list[Section]:
        """Return the ordered sections of the document."""
        p, rng = self.p, self.rng
        out: list[Section] = [("meta", "", _meta(p, rng, self.today))]
        out.append(("dx", "Diagnosis", pick(rng, p.site.dx)))
        if p.style == "long":
            dates = [traps.date(rng, k) for k in range(8, 1, -1)]
            out.extend(filler.long_history(rng, pick(rng, p.site.dx), dates, rng.randint(480, 1150)))
        if p.note_type == "resim_note":
            out.append(("resim_reason", "Reason for re-simulation", pick(rng, RESIM_REASONS)))
        if p.note_type == "dual_sim_note":
            out.append(("prior_sim", "Prior course", self.prior_sim()))
        hist = self.history()
        if hist:
            out.append(("history", "History", hist))
        middle: list[Section] = [
            ("rationale", "Rationale", self.rationale()),
            ("setup", "Setup", self.setup()),
            ("imaging", "Imaging", self.imaging()),
            ("technique", "Technique", self.technique()),
            ("areas", "Treatment areas", self.areas()),
        ]
        order = rng.choice(((0, 1, 2, 3, 4), (1, 2, 4, 3, 0), (4, 1, 2, 3, 0), (0, 4, 1, 2, 3), (1, 2, 3, 4, 0)))
        chosen = [middle[i] for i in order if middle[i][2]]
        if rng.random() < 0.45:
            chosen.insert(rng.randint(0, len(chosen)), ("checks", "Pre-sim checks", self.checks()))
        if rng.random() < 0.35:
            chosen.insert(rng.randint(0, len(chosen)), ("tolerance", "Comments", pick(rng, TOLERANCE)))
        out.extend(chosen)
        if self.roll(0.35) or (p.style == "worksheet" and not self.clean):
            out.append(("blanks", "Checklist", self.blanks()))
        out.append(("plan", "Plan", self.plan_section()))
        if p.note_type == "sim_addendum":
            out.append(("addendum", "Addendum", self.addendum()))
        return out


class NonSimWriter:
    """Writes a document that records no simulation (all mentions are historical, planned or elsewhere)."""

    def __init__(self, plan: Plan) -> None:
        self.p = plan
        self.rng = plan.rng
        self.reg = REGISTER[plan.style]
        self.today = _today(self.rng)
        self.traps = set(plan.traps)

    def _sites(self) -> str:
        areas = self.rng.sample(self.p.site.areas, min(len(self.p.site.areas), self.rng.randint(1, 3)))
        names = [phrases.area_surface(a, self.rng, self.reg) for a in areas]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]

    def body(self) -> list[Section]:
        """Return the type-specific sections."""
        p, rng = self.p, self.rng
        t = p.note_type
        sites = self._sites()
        d1, d2 = traps.date(rng, 1), traps.date(rng, -1)
        feat = pick(rng, [FEATURE_WORDS[f] for f in p.site.features] + ["MRI fusion", "IV contrast"])
        if t == "consult":
            self.traps.update({"planned_feature", "planned_modality"})
            return [
                ("history", "Imaging reviewed", traps.historical(rng) + " " + traps.historical(rng)),
                (
                    "plan",
                    "Recommendation",
                    f"Recommend radiotherapy to the {sites}. Will simulate at the hub next week; expect {feat} "
                    f"and {pick(rng, ('MRI fusion', 'PET fusion from the mobile unit', 'a 4DCT'))} at that visit. "
                    f"{pick(rng, phrases.BARE_ASSERTIONS)}",
                ),
            ]
        if t == "follow_up":
            self.traps.add("past_course_summary")
            return [
                (
                    "interval",
                    "Interval history",
                    f"Seen {rng.randint(2, 18)} months after RT to the {sites}. Course was planned after CT "
                    f"simulation with {pick(rng, ('IV contrast', 'oral contrast', 'MRI fusion'))} in {d1}.",
                ),
                ("history", "Imaging", traps.historical(rng)),
                ("plan", "Plan", pick(rng, ("Surveillance MRI in 3 months.", "PET/CT via mobile unit in 12 weeks."))),
            ]
        if t == "on_treatment":
            k, n = rng.randint(3, 20), rng.choice((20, 25, 28, 30))
            return [
                (
                    "interval",
                    "Treatment",
                    f"Fraction {k}/{n} to the {sites} using {pick(rng, ('VMAT', '3D-CRT', 'tomotherapy'))}. "
                    f"CBCT matched daily. Skin grade {rng.randint(0, 2)}.",
                ),
                ("plan", "Plan", "Continue. Re-simulation only if weight loss exceeds 5%."),
            ]
        if t == "treatment_summary":
            self.traps.add("past_course_summary")
            return [
                (
                    "interval",
                    "Course",
                    f"{rng.choice((45, 50, 60, 66))} Gy to the {sites}, completed {d1}. Simulation was on an earlier "
                    f"date with {feat}; {pick(rng, ('VMAT', 'static fields', 'Cerrobend blocks'))} used.",
                ),
                ("plan", "Follow-up", "Review at the satellite in 6 weeks."),
            ]
        if t == "navigator_note":
            self.traps.add("planned_modality")
            return [
                (
                    "interval",
                    "Coordination",
                    f"Mobile PET booked {d2} at the {pick(rng, ('Cold Creek', 'Mirren Falls'))} pad. CT sim booked "
                    f"at the hub {traps.date(rng, -1)}; explained what to expect ({feat} planned). "
                    "Transport and lodging arranged.",
                ),
                ("plan", "Barriers", pick(rng, ("Distance, 190 km each way.", "No car; relies on daughter."))),
            ]
        self.traps.add("telephone_scheduled")
        return [
            (
                "interval",
                "Call",
                f"Pt phoned about the simulation scheduled {d2} at {pick(rng, LOCATIONS)}. Reviewed prep: "
                f"{pick(rng, ('full bladder', 'fasting 3 h', 'oral contrast to pick up at pharmacy'))}; "
                f"{feat} expected. Understands; will call if unwell.",
            ),
        ]

    def sections(self) -> list[Section]:
        """Return the ordered sections."""
        p, rng = self.p, self.rng
        out: list[Section] = [("meta", "", _meta(p, rng, self.today)), ("dx", "Diagnosis", pick(rng, p.site.dx))]
        if p.style == "long":
            dates = [traps.date(rng, k) for k in range(8, 1, -1)]
            out.extend(filler.long_history(rng, pick(rng, p.site.dx), dates, rng.randint(480, 1150)))
        out.extend(self.body())
        if any(k == "history" for k, _, _ in out):
            self.traps.add("historical_imaging")
        return out


class AbortedWriter(SimWriter):
    """A simulation document where nothing countable was done (aborted, or a blank worksheet)."""

    def sections(self) -> list[Section]:
        """Return the sections of an aborted or unfilled simulation."""
        p, rng = self.p, self.rng
        self.traps.add("blank_template")
        why = pick(
            rng,
            (
                "Pt unable to lie flat because of pain; scan abandoned before acquisition, rebook after analgesia.",
                "Patient did not attend; worksheet left unfilled.",
                "Sim cancelled at the door - febrile, sent to ED.",
                "Mask moulding only today; CT deferred until the MD has decided which sites to treat.",
            ),
        )
        rows = "\n".join(
            rng.sample(
                (
                    "CT sim: ___",
                    "Contrast: ___",
                    "No. of areas: ___",
                    "Fusion: n/a",
                    "[ ] custom blocks",
                    "Reason for complex sim: ___",
                ),
                4,
            )
        )
        out: list[Section] = [("meta", "", _meta(p, rng, self.today)), ("dx", "Diagnosis", pick(rng, p.site.dx))]
        if p.style == "long":
            dates = [traps.date(rng, k) for k in range(8, 1, -1)]
            out.extend(filler.long_history(rng, pick(rng, p.site.dx), dates, rng.randint(480, 1150)))
        out += [
            ("status", "Status", why),
            ("areas", "Sites", _sentence(pick(rng, p.site.vague_areas))),
            ("blanks", "Worksheet", rows),
            ("plan", "Plan", pick(rng, ("Rebook sim.", "Navigator to reschedule; MRI fusion may be wanted then."))),
        ]
        return out


S_KEYS = {
    "dx",
    "onc_history",
    "hpi",
    "pmh",
    "meds",
    "allergies",
    "social",
    "ros",
    "history",
    "resim_reason",
    "prior_sim",
    "interval",
    "status",
}
O_KEYS = {"exam", "labs", "setup", "imaging", "technique", "areas", "blanks", "extra"}
A_KEYS = {"rationale", "counsel"}
TERSE_HEADERS = {
    "Diagnosis": "Dx",
    "History": "Hx",
    "Treatment areas": "Areas",
    "Imaging": "Img",
    "Technique": "Tech",
    "Rationale": "Why",
    "Setup": "Set-up",
    "Plan": "P",
    "Checklist": "Chk",
}


def plain_transform(style: str) -> Callable[[str], str]:
    """Return the transform applied to text outside evidence for a style."""
    if style == "all_caps":
        return str.upper
    if style == "unpunctuated":
        return lambda s: re.sub(r"[.,;:]+(?=\s|$)", "", s)
    if style == "telegraphic":
        return lambda s: re.sub(r"(?<![\w/])(?:the|a|an|was|were|is|are|has been) +", "", s, flags=re.IGNORECASE)
    if style == "terse_abbrev":

        def abbreviate(s: str) -> str:
            for pattern, repl in ABBREV:
                s = re.sub(pattern, repl, s, flags=re.IGNORECASE)
            return s

        return abbreviate
    return lambda s: s


def surface_transform(style: str) -> Callable[[str], str]:
    """Return the transform applied to evidence surfaces for a style."""
    if style == "all_caps":
        return str.upper
    if style == "unpunctuated":
        return lambda s: re.sub(r"[.,;:]+(?=\s|$)", "", s)
    return lambda s: s


def layout(style: str, title: str, sections: list[Section], author: str, rng: random.Random) -> tuple[str, list[str]]:
    """Lay sections out in a house style.

    Returns:
        The note markup and the section keys in the order they appear.
    """
    keys: list[str] = []
    lines: list[str] = []
    meta = [s for s in sections if s[0] == "meta"]
    rest = [s for s in sections if s[0] != "meta"]
    sig = pick(rng, ("Electronically signed", "Signed", "Authenticated", "e-signed"))
    if style == "soap":
        lines += [title, meta[0][2], ""]
        other = {s[0] for s in rest} - S_KEYS - O_KEYS - A_KEYS
        for letter, members in (("S", S_KEYS), ("O", O_KEYS), ("A", A_KEYS), ("P", other)):
            chosen = [s for s in rest if s[0] in members]
            if not chosen:
                continue
            lines.append(f"{letter}:")
            for key, header, body in chosen:
                keys.append(key)
                lines.append(f"{header}: {body}" if key != "dx" or rng.random() < 0.5 else body)
            lines.append("")
        lines.append(f"{sig}: {author}")
    elif style == "unpunctuated":
        lines += [title, meta[0][2], ""]
        size = rng.choice((2, 3, 4))
        for i in range(0, len(rest), size):
            chunk = rest[i : i + size]
            keys += [k for k, _, _ in chunk]
            lines.append(" ".join(b.replace("\n", " ") for _, _, b in chunk))
            lines.append("")
        lines.append(f"{author} {sig.lower()}")
    elif style == "numbered":
        lines += [title, meta[0][2], ""]
        for i, (key, header, body) in enumerate(rest, 1):
            keys.append(key)
            lines.append(f"{i}. {header}: " + body.replace("\n", "\n   "))
        lines += ["", f"{sig} - {author}"]
    elif style == "telegraphic":
        lines += [title.upper(), meta[0][2]]
        for key, header, body in rest:
            keys.append(key)
            lines.append(f"{header.upper()} - " + body.replace("\n", "; "))
        lines.append(f"-- {author}")
    elif style == "worksheet":
        lines += [f"=== {title.upper()} ===", meta[0][2], ""]
        for key, header, body in rest:
            keys.append(key)
            lines += [f"[{header}]", body, ""]
        lines += ["Paper worksheet keyed in after the session; original scanned to Media.", author]
    elif style == "all_caps":
        lines += [title, meta[0][2], ""]
        for key, header, body in rest:
            keys.append(key)
            lines += [f"{header}:", body, ""]
        lines.append(f"{sig} {author}")
    elif style == "terse_abbrev":
        lines += [title, meta[0][2]]
        for key, header, body in rest:
            keys.append(key)
            lines.append(f"{TERSE_HEADERS.get(header, header)}: " + body.replace("\n", " / "))
        lines.append(author)
    else:
        lines += [title, meta[0][2], ""]
        for key, header, body in rest:
            keys.append(key)
            lines += [f"{header.upper()}:", body, ""]
        lines.append(f"{sig} by {author}")
    return "\n".join(lines).strip() + "\n", keys
