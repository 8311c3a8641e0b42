"""Trap text: mentions that look like evidence but do not count. Never spanned.

Each trap is written in three registers up front; a template takes the items of a slot in the register it
needs, and a trap is recorded in ``plan.traps`` only when its text is taken (so meta.traps lists only what
was written).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .common import PARTNER, Clock, chance, pick
from .evidence import Ev
from .plan import NEGATABLE, Plan


@dataclass
class Item:
    name: str
    slot: str
    prose: str
    terse: str
    kv: list[tuple[str, str]]
    extra: tuple[str, ...] = ()  # additional trap names this text carries


FINDINGS = ("the primary measured {x} cm", "no distant disease", "interval growth to {x} cm",
            "hypermetabolic primary, SUVmax {y}", "stable appearance compared with the prior study",
            "two enlarged regional nodes, largest {x} cm", "no acute findings; known mass {x} cm")
RELATIVES = ("spouse", "brother", "sister", "daughter", "son", "neighbor who drives them")


def _finding(rng: random.Random) -> str:
    return pick(rng, FINDINGS).format(x=f"{rng.randrange(8, 61) / 10:.1f}", y=f"{rng.randrange(40, 190) / 10:.1f}")


class Traps:
    def __init__(self, plan: Plan, ev: Ev, rng: random.Random, clock: Clock):
        self.plan = plan
        self.ev = ev
        self.rng = rng
        self.clock = clock
        self.items: list[Item] = []
        self.taken: list[Item] = []
        for name in plan.trap_wishes:
            self._make(name)
        if plan.absent == "copied" and not any(i.name == "copy_forward" for i in self.items):
            self._make("copy_forward")

    # -------------------------------------------------------------- taking
    def take(self, slot: str, reg: str) -> list:
        got = [i for i in self.items if i.slot == slot]
        self.items = [i for i in self.items if i.slot != slot]
        out: list = []
        for i in got:
            self.plan.add_trap(i.name)
            for e in i.extra:
                self.plan.add_trap(e)
            self.taken.append(i)
            if reg == "kv" and slot not in ("copy", "order"):
                out.extend(i.kv)
            elif reg == "terse":
                out.append(i.terse)
            else:
                out.append(i.prose)
        return out

    def take_all(self, reg: str) -> list:
        out: list = []
        for slot in ("hx", "scan", "tech", "setup", "form", "plan", "copy", "order", "misc"):
            out.extend(self.take(slot, reg))
        return out

    def has(self, slot: str) -> bool:
        return any(i.slot == slot for i in self.items)

    def _add(self, name: str, slot: str, prose: str, terse: str, kv, extra: tuple[str, ...] = ()):
        pairs = kv if isinstance(kv, list) else [kv]
        self.items.append(Item(name, slot, prose, terse, pairs, extra))

    # -------------------------------------------------------------- making
    def _free_feature(self, pool: tuple[str, ...]) -> str | None:
        plan = self.plan
        corr = plan.correction.get("item") if plan.correction else None
        cands = [f for f in pool if f not in plan.features and f != corr]
        return pick(self.rng, cands) if cands else None

    def _free_modality(self) -> str | None:
        plan = self.plan
        corr = plan.correction.get("item") if plan.correction else None
        cands = [m for m in ("MRI", "PET") if m not in plan.modalities and m != corr]
        return pick(self.rng, cands) if cands else None

    def _make(self, name: str) -> None:
        plan, rng, clock = self.plan, self.rng, self.clock
        if name == "negated_feature":
            f = self._free_feature(NEGATABLE)
            if f is None:
                return
            egfr = rng.randrange(18, 34)
            cr = f"{rng.randrange(18, 32) / 10:.1f}"
            texts = {
                "contrast": (pick(rng, (f"No IV contrast (eGFR {egfr}).", f"Contrast held - creatinine {cr}.",
                                        "Non-contrast study; iodinated contrast allergy (anaphylaxis 2019).",
                                        "No oral contrast needed for this site.")),
                             pick(rng, (f"no IV contrast (eGFR {egfr})", f"contrast held, Cr {cr}", "non-con")),
                             ("Contrast", pick(rng, (f"none - eGFR {egfr}", "none", "not given (allergy)")))),
                "arc_rotational": (pick(rng, ("3D conformal plan; no VMAT.", "Static fields, no arc therapy.",
                                              "Not an arc plan - field-in-field.")),
                                   "3D, no VMAT", ("Arc/VMAT", "no - 3D")),
                "custom_shielding": (pick(rng, ("No custom blocks.", "No cutout needed; standard cone.",
                                                "No Cerrobend blocks made.")),
                                     "no custom blocks", ("Custom blocks", "none")),
                "complex_blocking": ("No complex blocking.", "no complex blocking", ("Complex blocking", "N")),
                "particle": (pick(rng, ("Photon plan; protons not pursued.", "Protons discussed and declined by patient.")),
                             "photons (not protons)", ("Protons", "no")),
            }
            p, t, kv = texts[f]
            self._add(name, "scan" if f == "contrast" else "tech", p, t, kv)
        elif name == "negated_modality":
            m = self._free_modality()
            if m is None:
                return
            if m == "MRI":
                p = pick(rng, ("No MRI fusion - pacemaker is not MR-conditional.", "MRI not fused (motion-degraded study).",
                               "No MRI for this case."))
                self._add(name, "scan", p, "no MRI fusion", ("MRI fusion", "not done"))
            else:
                p = pick(rng, ("PET not fused - older than 10 weeks.", "No PET/CT registered.",
                               "PET/CT not used for planning (post-biopsy inflammation)."))
                self._add(name, "scan", p, "no PET fusion", ("PET fusion", "no"))
        elif name == "planned_feature":
            f = self._free_feature(("contrast", "arc_rotational", "particle", "custom_shielding"))
            if f is None:
                return
            texts = {
                "contrast": (pick(rng, ("If the nodes are equivocal, will repeat the scan with IV contrast.",
                                        "May add oral contrast at re-sim if bowel sits in the field.")),
                             "?contrast at re-sim", ("Contrast", "consider at re-sim")),
                "arc_rotational": (pick(rng, ("May convert to VMAT if the 3D plan misses constraints.",
                                              "VMAT to be considered at plan review.")),
                                   "VMAT if 3D fails", ("Technique", "3D; VMAT if needed")),
                "particle": (pick(rng, (f"Proton referral to {PARTNER[0]} pending insurance.",
                                        "Would prefer protons; appeal in process.")),
                             "protons pending auth", ("Protons", "pending authorization")),
                "custom_shielding": (pick(rng, ("Will make a custom cutout for the boost at week 4.",
                                                "Custom block for the boost to be poured later.")),
                                     "cutout later for boost", ("Cutout", "later - boost")),
            }
            p, t, kv = texts[f]
            self._add(name, "plan", p, t, kv)
        elif name == "planned_modality":
            m = self._free_modality()
            if m is None:
                return
            if m == "MRI":
                p = pick(rng, ("MRI fusion to be done when the outside images reach MIM.",
                               f"MR sim requested for {clock.future(3, 9)}.", "Will obtain MRI for fusion if the target is unclear on CT."))
                self._add(name, "plan", p, "MRI fusion pending", ("MRI", "pending - outside disc"))
            else:
                d = clock.future(2, 12)
                p = pick(rng, (f"Restaging PET/CT ordered for {d}; will fuse if it is back before planning.",
                               "PET/CT to be requested for fusion if insurance allows."))
                self._add(name, "plan", p, f"PET {d} then fuse?", ("PET", f"ordered {d}"))
        elif name == "historical_imaging":
            date = clock.past(20, 200)
            region = pick(rng, plan.site.region)
            mod = pick(rng, ("CT", "CT", "US") if plan.site.key in ("ho_prophylaxis", "skin_electron") else ("CT", "CT", "MRI", "PET", "US"))
            x = f"{rng.randrange(8, 61) / 10:.1f}"
            contrast = mod in ("CT", "MRI") and chance(rng, 0.7)
            if mod == "CT":
                finding = pick(rng, (f"the known primary measuring {x} cm", "no distant disease",
                                     f"two enlarged regional nodes, largest {x} cm", f"interval growth to {x} cm"))
                p = pick(rng, (f"CT {region} with IV contrast {date}: {finding}.", f"Diagnostic contrast-enhanced CT {region} ({date}) - {finding}.")) \
                    if contrast else f"Outside non-contrast CT {region} {date}: {finding}."
                t = f"CT {region} {'w/ IV con ' if contrast else ''}{clock.past(20, 200, 'short')}: {finding}"
                kv = ("Prior imaging", f"CT {region}{' w/ contrast' if contrast else ''} {date}")
            elif mod == "MRI":
                finding = pick(rng, (f"an enhancing lesion of {x} cm", "no new lesions", f"the mass measuring {x} cm",
                                     "post-treatment change without clear recurrence"))
                p = pick(rng, (f"MRI {region} with and without gadolinium on {date} showed {finding}.",
                               f"Diagnostic MRI {region} {date} (with gadolinium, not used for planning): {finding}.")) \
                    if contrast else f"Diagnostic MRI {region} {date} (not used for planning): {finding}."
                t = f"MRI {region} {clock.past(20, 200, 'short')}: {finding}"
                kv = ("Prior imaging", f"MRI {region} {date}")
            elif mod == "PET":
                finding = pick(rng, (f"hypermetabolic primary, SUVmax {rng.randrange(40, 190) / 10:.1f}", "no distant disease",
                                     "avid regional nodes", "complete metabolic response elsewhere"))
                p = f"PET/CT {date}: {finding}."
                t = f"PET {clock.past(20, 200, 'short')}: {finding}"
                kv = ("Prior imaging", f"PET/CT {date}")
            else:
                finding = pick(rng, (f"a {x} cm hypoechoic mass", "no hydronephrosis", "normal-appearing nodes"))
                p = f"Ultrasound {date} at an outside clinic: {finding}."
                t = f"US {clock.past(20, 200, 'short')}: {finding}"
                kv = ("Prior imaging", f"US {date}")
            self._add(name, "hx", p, t, kv, extra=("historical_contrast",) if contrast else ())
        elif name == "blank_template":
            fields: list[tuple[str, str]] = []
            if "contrast" not in plan.features:
                fields.append(pick(rng, (("Contrast", "___"), ("Contrast", "N/A"), ("Contrast type", "***"))))
            if "custom_shielding" not in plan.features:
                fields.append(pick(rng, (("[ ] Custom blocks", ""), ("Electron cutout #", "____"))))
            if "MRI" not in plan.modalities:
                fields.append(pick(rng, (("MRI fusion", "{YES/NO}"), ("Fusion", "***"))))
            if "arc_rotational" not in plan.features:
                fields.append(("[ ] Arc / VMAT", ""))
            fields.append(pick(rng, (("Bolus", "***"), ("Bolus thickness", "___ cm"))))
            rng.shuffle(fields)
            chosen = fields[: rng.randrange(1, min(3, len(fields)) + 1)]
            lines = [f"{k}: {v}" if v else k for k, v in chosen]
            self._add(name, "form", "\n".join(lines), "; ".join(lines), chosen)
        elif name == "many_beams_one_area":
            a = plan.areas[0]
            nm = pick(rng, a.abbr + a.struct)
            if "arc_rotational" in plan.features:
                n = rng.randrange(2, 5)
                p = f"{n} arcs, one isocenter, all on {nm}."
                t = f"{n} arcs -> {nm} (1 target)"
            else:
                n = rng.randrange(5, 10)
                p = pick(rng, (f"{n}-field IMRT, all beams aimed at {nm}.", f"{n} static fields converge on {nm}.",
                               f"Beam arrangement: {n} fields, single target ({nm})."))
                t = f"{n}fld -> {nm}"
            self._add(name, "tech", p, t, ("Beams", p.rstrip(".")))
        elif name == "copy_forward":
            self._copy_block()
        elif name == "order_vs_done":
            self._order_block()
        elif name == "other_person":
            rel = pick(rng, RELATIVES)
            p = pick(rng, (f"Patient's {rel} completed proton therapy at Tri-River in 2024 (separate chart).",
                           "A wrong-patient MRI was loaded in error and deleted before contouring; not used.",
                           f"Patient's {rel} is also on treatment here and has a CT sim with contrast tomorrow (separate chart).",
                           f"Patient's {rel} had VMAT here last year and brought questions about it."))
            self._add(name, pick(rng, ("hx", "misc")), p, p, ("Note", p.rstrip(".")))
        elif name == "mlc_only":
            p = pick(rng, ("Field shaping: MLC only, no blocks.", "MLC conformal to the PTV with a 5 mm margin; no blocks.",
                           "Standard MLC shaping."))
            self._add(name, "setup", p, "MLC only", ("Shaping", "MLC only"))
        elif name == "bolus":
            p = pick(rng, ("0.5 cm Superflab bolus over the scar.", "1 cm bolus every other day.", "Custom wax bolus made.",
                           "5 mm tissue-equivalent bolus placed for the scan."))
            self._add(name, "setup", p, pick(rng, ("0.5cm bolus", "bolus qod", "wax bolus")), ("Bolus", p.rstrip(".")))
        elif name == "immobilization":
            dev = pick(rng, plan.site.immob)
            p = pick(rng, (f"Immobilization: {dev}, indexed at H{rng.randrange(1, 6)}.", f"{dev[0].upper() + dev[1:]} made and labelled.",
                           f"Positioned with {dev}.", f"Device: {dev} (not new; reused from consult fitting)."))
            self._add(name, "setup", p, dev, ("Immobilization", dev))
        elif name == "tangents":
            p = pick(rng, ("Opposed tangents, 3D field-in-field.", "Medial and lateral tangential fields, field-in-field."))
            self._add(name, "tech", p, "tangents FiF", ("Tangents", "med/lat, FiF"))
        elif name == "motion_management":
            if plan.site.key == "breast_nodes":
                p = pick(rng, ("DIBH coached; SGRT gating.", "Deep-inspiration breath hold, SGRT monitored."))
                t, kv = "DIBH/SGRT", ("Motion mgmt", "DIBH")
            else:
                p = pick(rng, (f"Abdominal compression plate at notch {rng.randrange(2, 7)}.",
                               "Exhale breath-hold coached.", "Respiratory gating with surface monitoring."))
                t, kv = "abd compression", ("Motion mgmt", p.rstrip("."))
            self._add(name, "setup", p, t, kv)
        elif name == "fiducials_spacer":
            if plan.site.key.startswith("prostate"):
                p = pick(rng, (f"3 gold fiducials present; SpaceOAR placed {clock.past(7, 21, 'short')}.",
                               "Hydrogel spacer in place; 3 fiducials seen."))
            else:
                p = "Fiducials x3 (EUS-placed) visible on the scan."
            self._add(name, "setup", p, "fiducials x3", ("Fiducials", "3"))
        elif name == "nested_volumes":
            a = plan.areas[0]
            base = a.struct[0]
            p = f"Structures for the same target: GTV, CTV and {base} (nested, one target)."
            self._add(name, "setup", p, f"GTV/CTV/{base} nested", ("Structures", f"GTV / CTV / {base} (nested)"))
        elif name in ("fused_old_contrast", "bare_assertion", "passing_prior_site"):
            return  # written inside the evidence text
        else:
            raise ValueError(name)

    def _copy_block(self) -> None:
        plan, rng = self.plan, self.rng
        year = rng.randrange(2019, 2025)
        prior = plan.fmt(pick(rng, plan.site.prior)) if plan.site.prior else pick(rng, ("earlier palliative course", "previous course",
                                                                                          "outside course"))
        head, foot = pick(rng, (
            (f"----- Copied forward from CT sim note {rng.randrange(1, 13):02d}/{year} (prior course: {prior}) -----", "----- end copied text -----"),
            (f"*** Prior course text ({year}, {prior}) - pasted for reference, not current ***", "*** end prior course text ***"),
            (f"[copied from previous encounter, {year} - {prior}]", "[end of copied text]"),
            (f"<<copy-forward: sim note {year}, prior course>>", "<<end copy-forward>>"),
        ))
        lines = [pick(rng, ("IV contrast given. VMAT. Three treatment areas.", "Oral contrast given; 4 isocenters.",
                            "Custom Cerrobend blocks poured. Two areas.", "MRI fused. Protons. Three areas."))]
        if plan.absent == "copied":
            lines.append(f"Reason for complex sim: {self.ev.copied_reason()}.")
        body = "\n".join([head, *lines, foot])
        self._add("copy_forward", "copy", body, body, ("Copied", body))

    def _order_block(self) -> None:
        plan, rng = self.plan, self.rng
        items: list[str] = []
        notdone: list[str] = []
        corr = plan.correction.get("item") if plan.correction else None
        if "CT" in plan.modalities or not plan.modalities:
            items.append("CT simulation")
        if "contrast" in plan.features:
            items.append("with IV contrast" if (plan.contrast_kind or "IV") == "IV" else f"{plan.contrast_kind} contrast")
        elif corr != "contrast" and chance(rng, 0.7):
            items.append("with IV contrast")
            notdone.append(pick(rng, ("Ordered IV contrast was not given - eGFR 29.", "IV contrast ordered but held (metformin this AM).",
                                      "Contrast not given: IV access failed x3.")))
        if "MRI" in plan.modalities:
            items.append("MRI fusion")
        elif corr != "MRI" and chance(rng, 0.5):
            items.append("MRI fusion")
            notdone.append(pick(rng, ("MRI fusion was ordered but not performed - outside images unreadable.",
                                      "No MRI fusion despite the order (patient has a non-conditional device).")))
        if "arc_rotational" in plan.features:
            items.append("VMAT planning")
        elif corr != "arc_rotational" and chance(rng, 0.35):
            items.append("VMAT planning")
            notdone.append("VMAT was on the order; physics will plan 3D conformal instead.")
        stamp = self.clock.stamp(-60 * 24 * rng.randrange(2, 8))
        order = pick(rng, (f"ORDER ({stamp}): " + "; ".join(items) + ". Priority: routine.",
                           f"Order placed {stamp}: Rad Onc Simulation - " + ", ".join(items) + ".",
                           "Orders (intent only): " + " / ".join(items)))
        self._add("order_vs_done", "order", order, order, ("Order", order))
        for nd in notdone:
            self._add("order_vs_done", "scan", nd, nd.rstrip("."), ("Not done", nd.rstrip(".")))
