"""Simulation note templates (PowerNote, NP/PA with attestation, worksheets, in-basket, re-sim, orders,
brachytherapy, paediatric anaesthesia). Each returns an ordered list of (section key, markup text)."""

from __future__ import annotations

import random

from . import filler
from .common import PARTNER, Clock, chance, pick
from .evidence import Ev
from .layout import People, banner, final_marker, join_prose, kv_lines, signature, sim_title
from .plan import Plan
from .traps import Traps

SETUP_NEUTRAL = ("Reference marks placed and tattooed x3.", "Setup photos taken and uploaded to the R&V system.",
                 "BBs placed at the reference point; lasers aligned.", "Time-out performed with two identifiers.",
                 "Patient tolerated the procedure well.", "Skin marks covered with Tegaderm.",
                 "Leveling marks placed laterally.", "Couch indexed; positioning reproducible on the second check.",
                 "Tolerated the position for the full session.", "Therapists reviewed daily setup with the patient.")
PLAN_NEUTRAL = ("Contours to dosimetry by {d}.", "Target start date {d}.", "Plan review at chart rounds {d}.",
                "Prescription to follow in the RO module.", "Physics QA before first fraction.",
                "Patient given the start-date card and parking pass.", "Dosimetry to plan; MD contours pending.",
                "Start on {d} if the plan is approved.")


class Writer:
    def __init__(self, plan: Plan, rng: random.Random):
        self.plan = plan
        self.rng = rng
        self.clock = Clock(rng)
        self.ppl = People(rng, plan)
        self.ev = Ev(plan, rng, self.clock)
        self.tr = Traps(plan, self.ev, rng, self.clock)
        self.sections: list[tuple[str, str]] = []

    # ------------------------------------------------------------------ basics
    def add(self, key: str, text: str) -> None:
        if text and text.strip():
            self.sections.append((key, text.strip("\n")))

    def neutral_setup(self, k: int = 2) -> list[str]:
        return self.rng.sample(list(SETUP_NEUTRAL), k)

    def neutral_plan(self) -> str:
        return pick(self.rng, PLAN_NEUTRAL).format(d=self.clock.future(3, 14))

    def head(self, label: str, caps: bool = False) -> str:
        return (label.upper() if caps else label) + pick(self.rng, (":", ":", " -", ":"))

    def pieces(self, reg: str) -> dict[str, str]:
        """All body pieces of a simulation note as text (prose or terse register)."""
        ev, tr, rng = self.ev, self.tr, self.rng
        sep = " " if reg == "prose" else "; "
        scan = ev.scan(reg) + tr.take("scan", reg)
        tech = ev.tech(reg) + tr.take("tech", reg)
        areas = ev.areas(reg)
        setup = tr.take("setup", reg)
        if reg == "prose" and chance(rng, 0.7):
            setup += self.neutral_setup(rng.randrange(1, 3))
        plan_items = tr.take("plan", reg)
        if chance(rng, 0.6):
            plan_items.append(self.neutral_plan())
        return {
            "hx": join_prose(tr.take("hx", reg), sep if reg == "terse" else " "),
            "scan": join_prose([str(s) for s in scan], sep),
            "tech": join_prose([str(t) for t in tech], sep),
            "areas": str(areas),
            "reason": ev.reason(reg),
            "setup": join_prose(setup, sep),
            "form": "\n".join(tr.take("form", reg)),
            "plan": join_prose(plan_items, sep),
            "copy": "\n".join(tr.take("copy", reg)),
            "order": "\n".join(tr.take("order", reg)),
            "misc": join_prose(tr.take("misc", reg), sep),
        }

    def correction_block(self, reg: str = "prose") -> str:
        plan = self.plan
        if not plan.correction or plan.correction["where"] != "addendum":
            return ""
        txt = self.ev.correction_text(reg)
        if not txt:
            return ""
        who = pick(self.rng, (self.ppl.md, self.ppl.md2))
        stamp = self.clock.later(520, 760)
        return pick(self.rng, (f"Addendum by {who} on {stamp}:\n{txt}", f"ADDENDUM ({stamp}) - {who}\n{txt}",
                               f"Addendum - {stamp}\n{txt}\n-- {who}"))

    def attestation(self, reg: str = "prose") -> str:
        plan, rng, ppl = self.plan, self.rng, self.ppl
        kind = ppl.app_kind
        base = pick(rng, (
            f"I have reviewed the {kind}'s documentation, was present for the key portions of the simulation, and agree with the {kind}'s documentation.",
            f"Attending attestation: I saw the patient with {ppl.app.split(',')[0]} during simulation and agree with the note above.",
            f"I have reviewed {ppl.app.split(',')[0]}'s note and agree with the {kind}'s documentation and plan.",
            f"Physician co-signature: reviewed and agree with the {kind}'s findings and plan.",
        ))
        extra = ""
        if plan.correction and plan.correction["where"] == "attest":
            if plan.correction["kind"] == "attest_only":
                plan.add_trap("attestation_only")
                extra = " " + pick(rng, ("Complex simulation is medically necessary.", "Agree this was a complex simulation.",
                                         "Complexity is appropriate.", ""))
            else:
                txt = self.ev.correction_text(reg)
                extra = " " + txt if txt else ""
        stamp = self.clock.later(510, 760)
        return (f"Attestation Statement ({ppl.md}, {stamp}):\n" + base + extra).rstrip()

    def buried_history(self, n: int) -> list[tuple[str, str, str]]:
        return filler.long_blocks(self.plan, self.rng, self.clock, n)

    def wrap_misc(self, reg: str) -> None:
        """Any trap text a template did not place goes in a trailing comment."""
        rest = self.tr.take_all(reg if reg != "kv" else "prose")
        if rest:
            self.add("comments", pick(self.rng, ("Comments: ", "Other: ", "Note: ")) + " ".join(str(r) for r in rest))

    # ------------------------------------------------------------------ sim procedure / np / resim
    def sim_sections(self, reg: str, caps_heads: bool = False, with_heads: bool = True) -> list[tuple[str, str]]:
        """Body sections in one of several orders."""
        p = self.pieces(reg)
        rng = self.rng
        plan = self.plan
        h = (lambda s: self.head(s, caps_heads) + " ") if with_heads else (lambda s: "")
        sec: dict[str, str] = {}
        sec["dx"] = h(pick(rng, ("Diagnosis", "Dx", "Indication for RT", "Problem"))) + plan.dx
        if p["hx"]:
            sec["hx"] = h(pick(rng, ("Pertinent history", "Imaging history", "Background", "Hx"))) + p["hx"]
        if p["order"]:
            sec["order"] = p["order"]
        if p["scan"]:
            sec["scan"] = h(pick(rng, ("Procedure", "Simulation", "Imaging", "Scan"))) + p["scan"]
        if p["tech"]:
            head = "" if p["tech"].startswith("Technique:") else h(pick(rng, ("Technique", "Treatment technique", "Planning", "Delivery")))
            sec["tech"] = head + p["tech"]
        if p["areas"]:
            a = p["areas"]
            sec["areas"] = (h(pick(rng, ("Treatment areas", "Sites", "Targets"))) + "\n" + a) if "\n" in a else a
        if p["reason"]:
            sec["reason"] = p["reason"]
        if p["setup"]:
            sec["setup"] = h(pick(rng, ("Setup/Immobilization", "Setup", "Positioning"))) + p["setup"]
        if p["form"]:
            sec["form"] = p["form"]
        if p["plan"]:
            sec["plan"] = h(pick(rng, ("Plan", "Next steps", "Disposition"))) + p["plan"]
        if p["copy"]:
            sec["copy"] = p["copy"]
        if p["misc"]:
            sec["misc"] = p["misc"]
        orders = (
            ("dx", "hx", "order", "reason", "scan", "tech", "areas", "setup", "form", "plan", "copy", "misc"),
            ("dx", "order", "scan", "areas", "tech", "reason", "setup", "hx", "form", "copy", "plan", "misc"),
            ("dx", "hx", "order", "scan", "setup", "areas", "tech", "form", "reason", "plan", "misc", "copy"),
            ("order", "dx", "reason", "areas", "scan", "tech", "hx", "setup", "plan", "form", "misc", "copy"),
            ("dx", "order", "areas", "reason", "hx", "scan", "tech", "setup", "copy", "form", "plan", "misc"),
        )
        order = pick(rng, orders)
        return [(k, sec[k]) for k in order if k in sec]

    def note_resim_kv(self) -> None:
        plan, rng, clock, ppl, ev, tr = self.plan, self.rng, self.clock, self.ppl, self.ev, self.tr
        how = pick(rng, ("eq", "colon"))
        self.add("hdr", pick(rng, ("RE-SIM RECORD", "Replan / re-simulation record", "resim_record")) + f" | {plan.campus[1]} | {clock.date()}")
        first = [("Reason for re-scan", pick(rng, ("scheduled adaptive replan at fraction 15", "treatment break of 12 days",
                                                   "mid-course replan per protocol", "new course after restaging"))),
                 ("Dx", plan.dx), ("MD", ppl.md)]
        self.add("course", kv_lines(first, how))
        rows = ev.scan("kv") + tr.take("scan", "kv") + ev.areas("kv") + ev.tech("kv") + tr.take("tech", "kv")  # type: ignore[operator]
        rows += tr.take("setup", "kv") + tr.take("form", "kv")
        if rows:
            self.add("sim", kv_lines(rows, how))
        reason = ev.reason("kv")
        if reason:
            self.add("reason", kv_lines([(pick(rng, ("Complexity (MD)", "Why complex", "Rationale")), reason)], how))
        for slot in ("copy", "hx", "plan", "order", "misc"):
            items = tr.take(slot, "prose")
            if items:
                self.add(slot, "\n".join(items))
        self.add("sig", f"Entered by {ppl.rtt}; verified {ppl.md} {clock.stamp(300)}")
        self.add("addendum", self.correction_block())

    def note_sim_procedure(self) -> None:
        plan, rng, clock, ppl = self.plan, self.rng, self.clock, self.ppl
        style = plan.style
        if style == "kv":
            self.note_resim_kv()
            return
        cosign = plan.note_type == "np_sim_cosign"
        performer = ppl.app if cosign else ppl.md
        title = sim_title(plan, rng)
        if cosign:
            title = pick(rng, (f"{ppl.app_kind} Simulation Note", "Radiation Oncology APP Simulation Note", title))
        if style in ("powernote", "long", "typo") or (style == "allcaps" and chance(rng, 0.5)):
            if style == "typo" and chance(rng, 0.5):
                self.add("hdr", f"{title} - {clock.date()}")
            else:
                self.add("hdr", banner(plan, rng, clock, ppl, title, performer=performer, authenticator=ppl.md))
                if chance(rng, 0.8):
                    self.add("final", final_marker(rng))
        elif style == "allcaps":
            self.add("hdr", f"*** {title} *** DOS {clock.date()} {plan.campus[1]}")
        elif style == "terse":
            self.add("hdr", pick(rng, (f"SIM NOTE {clock.short()}", f"{title} / {clock.date()}", f"RO sim {clock.date()} - {plan.campus[2]}")))
        elif style == "flowsheet":
            self.add("hdr", pick(rng, ("Rad Onc Simulation - iView Flowsheet", "PowerChart Flowsheet: RO Simulation",
                                       "Interactive View - Radiation Oncology Sim")) + f"\n{plan.campus[0]}")
        if plan.note_type == "resim":
            self.add("resim", pick(rng, ("Reason for re-scan: scheduled adaptive replan at fraction 15.",
                                         "Re-sim requested by physics after a treatment break of 12 days.",
                                         "Indication for re-scan: planned mid-course replan per protocol.",
                                         "Returning for re-scan; new course after restaging.")))
        if cosign and style != "terse":
            self.add("who", pick(rng, (f"Seen by {ppl.app} with {ppl.md} (attending).",
                                       f"Note by {ppl.app}; attending {ppl.md} present for the key portion.",
                                       f"APP: {ppl.app}  |  Supervising: {ppl.md}")))
        if plan.site.peds is False and chance(rng, 0.12):
            self.add("interp", f"{ppl.interp} interpreter (ID {ppl.interp_id}) used by video for consent and positioning instructions.")
        if style == "long":
            for key, heading, text in self.buried_history(self.rng.randrange(8, 15)):
                self.add(key, f"{heading}:\n{text}")
        if style == "flowsheet":
            self._flowsheet_body()
        elif style == "terse":
            for k, v in self.sim_sections("terse", with_heads=chance(rng, 0.5)):
                self.add(k, v)
        elif style == "typo":
            body = self.sim_sections("prose", with_heads=chance(rng, 0.4))
            if chance(rng, 0.5):
                self.add("body", "\n".join(v for _, v in body))
                self.sections[-1] = ("body:" + ">".join(k for k, _ in body), self.sections[-1][1])
            else:
                for k, v in body:
                    self.add(k, v)
        else:
            reg = "terse" if (style == "allcaps" and chance(rng, 0.4)) else "prose"
            for k, v in self.sim_sections(reg, caps_heads=style == "allcaps"):
                self.add(k, v)
        if style == "long" and chance(rng, 0.6):
            self.add("counsel2", "Counseling:\n" + filler.counsel(rng, plan))
        self.wrap_misc("prose")
        if style not in ("terse",):
            self.add("sig", signature(rng, clock, performer))
        else:
            self.add("sig", f"-- {performer.split(',')[0]}")
        if cosign:
            self.add("attest", self.attestation())
        self.add("addendum", self.correction_block())

    def _flowsheet_body(self) -> None:
        plan, rng, clock, ev, tr = self.plan, self.rng, self.clock, self.ev, self.tr
        rows: list[tuple[str, str]] = [("Patient Identified", "2 identifiers"), ("Diagnosis", plan.dx)]
        if chance(rng, 0.5):
            rows.append(("Pregnancy Screen", "Not applicable - male" if plan.sex == "M" else
                         ("Not applicable - age" if plan.age > 55 else pick(rng, ("Negative (urine hCG)", "Negative")))))
        scan = ev.scan("kv")
        rows += scan  # type: ignore[arg-type]
        rows += tr.take("scan", "kv")
        areas = ev.areas("kv")
        rows += areas  # type: ignore[arg-type]
        rows += ev.tech("kv")  # type: ignore[arg-type]
        rows += tr.take("tech", "kv")
        rows += tr.take("setup", "kv")
        rows += tr.take("form", "kv")
        rows.append(("Tolerance", pick(rng, ("Tolerated well", "Tolerated with repositioning x1", "Mild anxiety, coached"))))
        self.add("flow", kv_lines(rows, "flow", clock, rng))
        hx = tr.take("hx", "prose")
        if hx:
            self.add("hx", "Reference: " + " ".join(hx))
        reason = ev.reason("prose")
        comment = pick(rng, ("Physician Comment: ", "MD comment: ", "Comment (MD): "))
        if reason:
            self.add("reason", comment + reason)
        plan_items = tr.take("plan", "prose")
        if plan_items:
            self.add("plan", "Plan: " + " ".join(plan_items))
        order = tr.take("order", "prose")
        if order:
            self.add("order", "\n".join(order))
        copy = tr.take("copy", "prose")
        if copy:
            self.add("copy", "\n".join(copy))

    # ------------------------------------------------------------------ worksheet
    def note_worksheet(self) -> None:
        plan, rng, clock, ppl, ev, tr = self.plan, self.rng, self.clock, self.ppl, self.ev, self.tr
        style = plan.style
        how = {"kv": pick(rng, ("eq", "colon")), "pipe": "pipe", "allcaps": "caps", "flowsheet": "flow"}[style]
        title = pick(rng, ("SIM WORKSHEET - Dosimetry/Physics", "Simulation Worksheet", "CT Sim Worksheet" if "CT" in plan.modalities
                           else "Sim Worksheet", "Physics Sim Sheet"))
        self.add("hdr", f"{title}\n{plan.campus[0]} | DOS {clock.date()} | MRN {ppl.mrn}")
        course = [("Course", f"C{rng.randrange(1, 4)} {plan.site.label}"), ("Dx", plan.dx),
                  ("Attending", ppl.md), ("Sim therapist", ppl.rtt)]
        if chance(rng, 0.5):
            course.append(("Dosimetrist", ppl.cmd))
        self.add("course", kv_lines(course, how, clock, rng))
        scan_rows = ev.scan("kv") + tr.take("scan", "kv")
        if scan_rows:
            self.add("scan", kv_lines(scan_rows, how, clock, rng, 20))  # type: ignore[arg-type]
        areas = ev.areas("kv")
        if areas:
            self.add("areas", kv_lines(areas, how, clock, rng, 30))  # type: ignore[arg-type]
        tech = ev.tech("kv") + tr.take("tech", "kv")
        if tech:
            self.add("tech", kv_lines(tech, how, clock, rng, 40))  # type: ignore[arg-type]
        reason = ev.reason("kv")
        if reason:
            key = pick(rng, ("Clinical reason for complex sim (MD)", "Complexity rationale", "MD indication"))
            self.add("reason", kv_lines([(key, reason)], how, clock, rng, 50))
        setup = tr.take("setup", "kv") + tr.take("form", "kv")
        if setup:
            self.add("setup", kv_lines(setup, how, clock, rng, 60))
        if plan.modalities and chance(rng, 0.6):
            x, y, z = (f"{rng.uniform(-12, 12):.1f}" for _ in range(3))
            instr = [f"1. Align to tattoos; shift {abs(float(x)):.1f} cm {'L' if float(x) < 0 else 'R'}, "
                     f"{abs(float(y)):.1f} cm {'SUP' if float(y) > 0 else 'INF'}, {abs(float(z)):.1f} cm {'ANT' if float(z) > 0 else 'POST'}.",
                     pick(rng, ("2. Daily CBCT for the first 3 fractions, then weekly.", "2. kV pair daily.",
                                "2. Surface imaging for setup, CBCT per protocol.")),
                     pick(rng, ("3. Same device and indexing as at sim.", "3. Arms as at sim; check chin position.",
                                "3. Bladder-filling instructions as given."))]
            self.add("instr", "Setup instructions:\n" + "\n".join(instr))
        hx = tr.take("hx", "prose")
        if hx:
            self.add("hx", "Reference only: " + " ".join(hx))
        for slot in ("plan", "order", "copy", "misc"):
            items = tr.take(slot, "prose")
            if items:
                self.add(slot, "\n".join(items))
        self.add("sig", pick(rng, (f"Physicist: {ppl.phys}", f"Completed by {ppl.cmd}; reviewed {ppl.phys}",
                                   f"Sim therapist {ppl.rtt} / physics {ppl.phys}")))
        self.add("addendum", self.correction_block())

    # ------------------------------------------------------------------ in-basket / sticky
    def note_inbasket(self) -> None:
        plan, rng, clock, ppl, ev, tr = self.plan, self.rng, self.clock, self.ppl, self.ev, self.tr
        frm = pick(rng, (ppl.rtt, ppl.cmd, ppl.app))
        if chance(rng, 0.55):
            self.add("from", f"From: {frm}\nTo: {ppl.md.split(',')[0]}; RO {plan.campus[2]} Sim Pool\n"
                            f"Sent: {clock.stamp(45)}\nSubject: {pick(rng, ('sim done', 'Sim today', 'FYI sim', 're: sim', 'CT sim complete' if 'CT' in plan.modalities else 'sim complete'))}")
        else:
            self.add("sticky", pick(rng, (f"STICKY NOTE ({clock.short()})", f"Chart note - {clock.date()}", f"[sticky] {plan.site.label}",
                                          f"Sticky: {plan.campus[2]} sim {clock.short()}")))
        reg = "terse"
        scan = ev.scan(reg) + tr.take("scan", reg)
        tech = ev.tech(reg) + tr.take("tech", reg)
        areas = ev.areas(reg)
        lead = pick(rng, ("Sim done today", "Simmed this AM", "Sim completed", "Pt simmed", "Sim finished", "Simmed"))
        bits = [str(s) for s in scan] + [str(t) for t in tech] + ([str(areas)] if areas else [])
        line = lead + pick(rng, (" - ", ": ", ", ")) + ", ".join(bits) if bits else lead
        reason = ev.reason("kv")
        if reason:
            line += pick(rng, (". Reason: ", ". Why: ", ". Rationale - ", ". cplx b/c ")) + reason
        self.add("msg", line.rstrip(".") + ".")
        copy = tr.take("copy", "terse")
        other = tr.take_all("terse")
        if copy:
            self.add("copy", "\n".join(copy))
        if other:
            self.add("more", pick(rng, ("Also: ", "FYI ", "PS ")) + "; ".join(str(o) for o in other))
        if chance(rng, 0.25):
            self.add("cc", pick(rng, ("cc: dosimetry", "cc: physics, front desk", "cc: scheduling (start date)", "cc: RN pool")))
        if chance(rng, 0.6):
            self.add("sig", pick(rng, (f"- {frm.split(',')[0]}", f"thx {frm.split(' ')[0]}", f"{frm}")))
        if plan.correction and plan.correction["where"] == "addendum":
            self.add("addendum", self.correction_block("terse"))

    # ------------------------------------------------------------------ order + sim
    def note_order_sim(self) -> None:
        plan, rng, clock, ppl = self.plan, self.rng, self.clock, self.ppl
        style = plan.style
        if style == "flowsheet":
            self.add("hdr", "Orders / Simulation - Flowsheet view\n" + plan.campus[0])
            order = self.tr.take("order", "prose")
            if order:
                self.add("order", "\n".join(order))
            self._flowsheet_body()
            self.wrap_misc("prose")
            self.add("addendum", self.correction_block())
            return
        if style == "kv":
            self.plan.note_type = "order_sim"
            self.note_worksheet_like_order()
            return
        caps = style == "allcaps"
        self.add("hdr", banner(plan, rng, clock, ppl, pick(rng, ("RO Simulation (Order and Procedure)", "Simulation Procedure",
                                                               "Rad Onc Sim - Procedure Documentation"))))
        order = self.tr.take("order", "prose")
        if order:
            self.add("order", self.head("Order details", caps) + "\n" + "\n".join(order))
        procedure_head = self.head(pick(rng, ("Procedure performed", "What was done", "Simulation performed")), caps)
        body = self.sim_sections("prose", caps_heads=caps)
        self.add("proc_head", procedure_head)
        for k, v in body:
            self.add(k, v)
        self.wrap_misc("prose")
        self.add("sig", signature(rng, clock, ppl.md))
        self.add("addendum", self.correction_block())

    def note_worksheet_like_order(self) -> None:
        plan, rng, clock, ppl, ev, tr = self.plan, self.rng, self.clock, self.ppl, self.ev, self.tr
        self.add("hdr", f"order_id={rng.randrange(100000000, 999999999)}\nencounter={ppl.fin}\nfacility={plan.campus[1]}")
        order = tr.take("order", "prose")
        if order:
            self.add("order", "ordered_as=\"" + " ".join(order).replace('"', "'") + "\"")
        self.add("done_head", "# performed")
        rows = ev.scan("kv") + tr.take("scan", "kv") + ev.areas("kv") + ev.tech("kv") + tr.take("tech", "kv")  # type: ignore[operator]
        rows += tr.take("setup", "kv") + tr.take("form", "kv")
        self.add("done", kv_lines(rows, "eq"))
        reason = ev.reason("kv")
        if reason:
            self.add("reason", kv_lines([("md_rationale", reason)], "eq"))
        for slot in ("hx", "plan", "copy", "misc"):
            items = tr.take(slot, "prose")
            if items:
                self.add(slot, "# " + slot + "\n" + "\n".join(items))
        self.add("sig", f"signed_by={ppl.md}\nsigned_at={clock.stamp(200)}")
        self.add("addendum", self.correction_block())

    # ------------------------------------------------------------------ brachytherapy / hyperthermia
    def note_brachy(self) -> None:
        plan, rng, clock, ppl, ev, tr = self.plan, self.rng, self.clock, self.ppl, self.ev, self.tr
        style = plan.style
        title = sim_title(plan, rng)
        if style in ("powernote", "long", "allcaps"):
            self.add("hdr", banner(plan, rng, clock, ppl, title))
            self.add("final", final_marker(rng))
        else:
            self.add("hdr", f"{title}\n{PARTNER[0] if plan.at_partner else plan.campus[0]} - {clock.date()}")
        if style == "long":
            for key, heading, text in self.buried_history(rng.randrange(7, 13)):
                self.add(key, f"{heading}:\n{text}")
        app = plan.applicator
        anes = pick(rng, ("Anesthesia: MAC with propofol.", "Sedation: moderate (midazolam/fentanyl) by RN under MD supervision.",
                          "Spinal anesthesia by anesthesiology.", "Anesthesia: general, LMA."))
        if "brachytherapy" in plan.features and plan.site.key == "gyn_brachy":
            insert = pick(rng, (f"{app.capitalize()} inserted after exam under anesthesia; uterus sounded to {rng.randrange(5, 9)} cm.",
                                f"{app.capitalize()} placed; vaginal packing placed.", f"{app.capitalize()} placed without complication; Foley in place."))
        elif "brachytherapy" in plan.features:
            insert = pick(rng, (f"{app.capitalize()} placed transperineally through the template.",
                                f"{app.capitalize()} placed under anesthesia; Foley in place.", f"Template sutured; {app} placed."))
        elif plan.site.key == "gyn_brachy":
            insert = pick(rng, ("Intravaginal and intrarectal thermometry catheters placed.",
                                "Intraluminal thermometry catheters placed in the vagina and rectum."))
        else:
            insert = pick(rng, ("Thermometry catheters placed in the tumor under local anesthesia.",
                                "Interstitial thermal probes placed along the long axis of the tumor."))
        if style in ("pipe", "flowsheet"):
            how = "pipe" if style == "pipe" else "flow"
            rows = [("Anesthesia", anes.split(":", 1)[-1].strip().rstrip(".")), ("Insertion", insert.rstrip("."))]
            rows += ev.scan("kv") + tr.take("scan", "kv")  # type: ignore[operator]
            rows += ev.tech("kv") + tr.take("tech", "kv")  # type: ignore[operator]
            rows += ev.areas("kv")  # type: ignore[operator]
            rows += tr.take("setup", "kv") + tr.take("form", "kv")
            reason = ev.reason("kv")
            if reason:
                rows.append(("Indication", reason))
            self.add("table", kv_lines(rows, how, clock, rng))
        else:
            reg = "terse" if style == "allcaps" and chance(rng, 0.3) else "prose"
            self.add("anes", anes)
            self.add("insert", insert)
            for k, v in self.sim_sections(reg, caps_heads=style == "allcaps"):
                if k != "dx":
                    self.add(k, v)
        for slot in ("hx", "plan", "order", "copy", "misc"):
            items = tr.take(slot, "prose")
            if items:
                self.add(slot, "\n".join(items))
        self.add("post", pick(rng, ("Applicator removed after treatment; patient recovered in PACU.",
                                    "Tolerated well; discharged home with a driver.",
                                    "No complications. Vitals stable at discharge.")))
        self.add("sig", signature(rng, clock, ppl.md))
        self.add("addendum", self.correction_block())

    # ------------------------------------------------------------------ paediatric anaesthesia sim
    def note_anesthesia(self) -> None:
        plan, rng, clock, ppl, ev, tr = self.plan, self.rng, self.clock, self.ppl, self.ev, self.tr
        style = plan.style
        self.add("hdr", banner(plan, rng, clock, ppl, sim_title(plan, rng)))
        if style == "long":
            for key, heading, text in self.buried_history(rng.randrange(8, 14)):
                self.add(key, f"{heading}:\n{text}")
        anes_rows = [("ASA class", pick(rng, ("II", "III"))), ("Airway", pick(rng, ("natural airway, nasal cannula", "LMA", "natural airway"))),
                     ("Agent", pick(rng, ("propofol infusion", "propofol bolus + infusion", "sevoflurane induction, propofol maintenance"))),
                     ("NPO verified", "yes"), ("Anesthesiologist", ppl.anes), ("Child life", pick(rng, ("present", "not available today")))]
        if style == "pipe":
            self.add("anes", kv_lines(anes_rows, "pipe", clock, rng))
            rows = ev.scan("kv") + tr.take("scan", "kv") + ev.areas("kv") + ev.tech("kv") + tr.take("tech", "kv")  # type: ignore[operator]
            rows += tr.take("setup", "kv") + tr.take("form", "kv")
            self.add("sim", kv_lines(rows, "pipe", clock, rng))
            reason = ev.reason("prose")
            if reason:
                self.add("reason", reason)
        else:
            self.add("anes", "Anesthesia record (summary): " + "; ".join(f"{k} {v}" for k, v in anes_rows))
            for k, v in self.sim_sections("prose"):
                self.add(k, v)
        for slot in ("hx", "plan", "order", "copy", "misc"):
            items = tr.take(slot, "prose")
            if items:
                self.add(slot, "\n".join(items))
        self.add("recovery", pick(rng, ("Emerged without issue; recovered in the peds PACU with a parent at bedside.",
                                        "Awake and drinking apple juice in recovery.", "Recovered; parents given the daily NPO schedule.")))
        self.add("sig", signature(rng, clock, ppl.md))
        self.add("addendum", self.correction_block())


def write_sim(plan: Plan, rng: random.Random) -> Writer:
    w = Writer(plan, rng)
    nt = plan.note_type
    if nt in ("sim_procedure", "np_sim_cosign", "resim"):
        w.note_sim_procedure()
    elif nt == "sim_worksheet":
        w.note_worksheet()
    elif nt == "inbasket":
        w.note_inbasket()
    elif nt == "order_sim":
        w.note_order_sim()
    elif nt == "brachy_sim":
        w.note_brachy()
    elif nt == "anesthesia_sim":
        w.note_anesthesia()
    else:
        raise ValueError(nt)
    w.wrap_misc("prose")
    return w
