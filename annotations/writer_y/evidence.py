"""Per-note context: counted evidence as markup, and trap text as plain strings."""

from __future__ import annotations

import datetime
import random
import re

from . import filler as F
from . import phrases as P
from .markup import tok
from .plan import Plan, trap_features, trap_modalities
from .vocab import CENTRES, CONTRAST_AGENTS, DOSIMETRISTS, NURSES, PHYSICIANS, SCRIBE, SITES, THERAPISTS

NUM_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}


def cap(s: str) -> str:
    """Upper-case the first visible character (inside a token when the text opens with one)."""
    if s.startswith("<<") and "|" in s:
        head, rest = s.split("|", 1)
        return head + "|" + rest[:1].upper() + rest[1:]
    return s[:1].upper() + s[1:] if s else s


SKIP = {"left", "right", "bilateral", "nodes", "spine", "metastasis", "lobe", "lymph", "field"}
SYN = {"hilum": "hilar", "flank": "flank", "cuff": "cuff", "fossa": "fossa"}


def _area_words(plan: Plan) -> set[str]:
    out = set()
    for value, _ in plan.areas:
        for w in re.findall(r"[a-z]+", value.lower()):
            if len(w) > 3 and w not in SKIP:
                out.add(SYN.get(w, w))
    return out


def _shares(text: str, plan: Plan) -> bool:
    return any(w in text.lower() for w in _area_words(plan))


def coherent_dx(plan: Plan, dxs: list[str]) -> list[str]:
    """Prefer a diagnosis that names the planned area (so the note reads coherently)."""
    if not plan.areas:
        return dxs
    first = plan.areas[0][0]
    if first == "prostate bed":
        return [x for x in dxs if "prostatectomy" in x] or dxs
    if plan.site == "prostate":
        return [x for x in dxs if "prostatectomy" not in x] or dxs
    if plan.site == "peds" and len(plan.areas) >= 2:
        return [x for x in dxs if "medulloblastoma" in x] or dxs
    if plan.site == "gyn" and first == "vaginal cuff":
        return [x for x in dxs if "endometri" in x or "cuff" in x] or dxs
    if plan.site == "gyn" and first == "cervix":
        return [x for x in dxs if "cervi" in x] or dxs
    good = [x for x in dxs if any(w in x.lower() for w in _area_words(plan))]
    return good or dxs


class Ctx:
    """Everything a composer needs for one note."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.rng = random.Random(f"simcheck-writer-y-v1:{plan.nid}:text")
        rng = self.rng
        self.spec = SITES[plan.site]
        self.side = plan.side
        self.sd = "L" if plan.side == "left" else "R"
        self.centre, self.state = rng.choice(CENTRES)
        self.md = rng.choice(PHYSICIANS)
        self.md_last = self.md.split(",")[0].split()[-1]
        self.rtt = rng.choice(THERAPISTS)
        self.cmd = rng.choice(DOSIMETRISTS)
        self.rn = rng.choice(NURSES)
        self.scribe = rng.choice(SCRIBE)
        start = datetime.date(2025, 3, 1)
        self.sim_day = start + datetime.timedelta(days=rng.randint(0, 640))
        self.sim_date = self.fmt(self.sim_day, full=True)
        self.dx = rng.choice(coherent_dx(plan, self.spec["dx"])).format(side=self.side)
        oars = rng.sample(self.spec["oars"], 2)
        self.oar, self.oar2 = oars[0], oars[1]
        self.oar_lay = rng.choice(self.spec["oar_lay"])
        priors = [x for x in self.spec["prior"] if not _shares(x, plan)]
        self.prior = rng.choice(priors).format(side=self.side) if priors else "prior radiation field (2018)"
        m = re.search(r"age (\d+)", self.dx)
        self.age = int(m.group(1)) if m else rng.randint(2, 7)
        self.mm = rng.randint(9, 24)
        self.agent = rng.choice(CONTRAST_AGENTS)
        self.vol = rng.choice([75, 80, 90, 100, 100, 120])
        self.ovol = rng.choice([300, 450, 500, 900])
        self.immob = rng.choice(self.spec["immob"])
        self.mrn = f"TG{rng.randint(100000, 999999)}"
        self.acct = f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}"

    # ---------------- helpers ----------------
    def fmt(self, day: datetime.date, full: bool = False) -> str:
        """Format a date as the department writes it."""
        if not full and self.rng.random() < 0.4:
            return f"{day.month}/{day.day}/{day.year % 100:02d}"
        return f"{day.month}/{day.day}/{day.year}"

    def d(self) -> str:
        """A date before the simulation (history, prior imaging)."""
        return self.fmt(self.sim_day - datetime.timedelta(days=self.rng.randint(6, 320)))

    def d_after(self) -> str:
        """A date after the visit (scheduling)."""
        return self.fmt(self.sim_day + datetime.timedelta(days=self.rng.randint(2, 21)))

    def tgt(self) -> str:
        """A short name for the target, used inside rationale phrases."""
        p = self.plan
        if p.area_count() == 1 and self.rng.random() < 0.5:
            return "the " + p.areas[0][1].replace("the ", "")
        return self.rng.choice(self.spec["tgt"])

    def fill(self, template: str) -> str:
        """Fill a phrase template with this note's details."""
        return template.format(
            tgt=self.tgt(),
            oar=self.oar,
            oar2=self.oar2,
            oar_lay=self.oar_lay,
            prior=self.prior,
            age=self.age,
            mm=self.mm,
            side=self.side,
            d=self.d(),
            agent=self.agent,
            vol=self.vol,
            ovol=self.ovol,
            centre=self.centre,
            state=self.state,
        )

    # ---------------- rationale ----------------
    def rationale_phrase(self, reg: str) -> str:
        """A RATIONALE token alone (no lead-in, no final stop)."""
        cat = self.plan.rationale
        assert cat is not None
        pools = P.RATIONALE[cat]
        pool = pools.get(reg) or pools["prose"]
        if not self.plan.modalities:
            pool = [x for x in pool if not re.search(r"scan|CT|imaging|fluoro", x)] or pools["terse"]
        surf = self.fill(self.rng.choice(pool))
        return tok("R", cat, surf)

    def rationale_line(self, reg: str) -> str:
        """A full rationale sentence with a lead-in, in the register."""
        r = self.rng
        if reg == "lay":
            return "Your doctor explained: " + self.rationale_phrase("lay") + "."
        lead_reg = reg if reg in P.RATIONALE_LEADS else "prose"
        lead = r.choice(P.RATIONALE_LEADS[lead_reg])
        phrase = self.rationale_phrase(
            "terse" if reg == "terse" else ("scribe" if reg == "scribe" and r.random() < 0.6 else "prose")
        )
        if not lead:
            phrase = cap(phrase)
        end = "" if reg == "terse" else "."
        return lead + phrase + end

    # ---------------- areas ----------------
    def site_tok(self, i: int = 0, surface: str | None = None) -> str:
        """A TREATMENT_SITE token for the i-th planned area."""
        value, surf = self.plan.areas[i]
        return tok("S", value, surface or surf)

    def count_tok(self, reg: str) -> str:
        """An AREA_COUNT token for the planned number of areas."""
        n = self.plan.area_count() or 0
        if reg == "terse":
            surf = self.rng.choice([f"{n} areas", f"{n} tx areas", f"# areas: {n}"])
            if surf.startswith("# areas: "):
                return "# areas: " + tok("C", str(n), str(n))
            return tok("C", str(n), surf)
        if n == 1:
            return tok("C", "1", self.rng.choice(["single treatment area", "one treatment area", "1 treatment area"]))
        word = NUM_WORDS.get(n, str(n))
        return tok(
            "C",
            str(n),
            self.rng.choice(
                [f"{word} treatment areas", f"{word} separate treatment areas", f"{n} treatment areas", f"{word} areas"]
            ),
        )

    def sites_list(self) -> str:
        """All planned areas as site tokens, joined as a list."""
        toks = [self.site_tok(i) for i in range(len(self.plan.areas))]
        if len(toks) == 1:
            return toks[0]
        return ", ".join(toks[:-1]) + (" and " if self.rng.random() < 0.6 else ", ") + toks[-1]

    def areas_line(self, reg: str, form: str | None = None) -> str:
        """The area statement in the plan's count form (empty plan areas give an uncountable statement)."""
        p = self.plan
        r = self.rng
        form = form or p.count_form
        if not p.areas:
            return r.choice(
                [
                    "Treatment areas: per dosimetry plan.",
                    "Sites: multiple, as contoured.",
                    "Areas - see plan.",
                    "Target volumes as outlined on the planning system.",
                    "Treatment sites to be finalised by the MD in contouring.",
                    "Sites per the treatment directive (several).",
                ]
            )
        if form == "single":
            if reg == "terse":
                return r.choice(["Site: ", "Tx site: ", "Target: "]) + self.site_tok(0)
            if reg == "lay":
                return "We scanned the area around your " + self.site_tok(0) + "."
            return (
                r.choice(["Treatment site: ", "Target: the ", "Area treated: ", "Simulated site: "])
                + self.site_tok(0)
                + "."
            )
        if form == "stated":
            if reg == "lay":
                return "We mapped " + self.count_tok("prose") + ": " + self.sites_list() + "."
            if reg == "terse":
                return self.count_tok("terse") + " (" + self.sites_list() + ")"
            verb = " was simulated: " if (p.area_count() or 0) == 1 else " were simulated: "
            return cap(self.count_tok("prose")) + r.choice([": ", verb, " - "]) + self.sites_list() + "."
        if form == "named":
            if reg == "terse":
                return "Sites: " + " / ".join(self.site_tok(i) for i in range(len(p.areas)))
            if reg == "lay":
                return "We scanned your " + self.sites_list() + "."
            return r.choice(["Treatment areas: ", "Areas simulated: ", "Targets: "]) + self.sites_list() + "."
        if form == "iso":
            parts = [f"Iso {i + 1}: " + self.site_tok(i) for i in range(len(p.areas))]
            return ("; " if reg == "terse" else "\n").join(parts)
        # numbered
        return "\n".join(f"Site {i + 1} - " + self.site_tok(i) for i in range(len(p.areas)))

    # ---------------- imaging and features ----------------
    def contrast_tok(self, reg: str) -> str:
        """A contrast FEATURE token in the plan's route and the register."""
        route = self.plan.contrast_route or "IV"
        pool = P.CONTRAST[route].get("lay" if reg == "lay" else ("terse" if reg == "terse" else "prose"))
        return tok("F", "contrast", self.fill(self.rng.choice(pool)))

    def ct_tok(self, reg: str, four: bool = False) -> str:
        """A CT MODALITY token (plain CT or 4DCT)."""
        r = self.rng
        if four:
            pool = {"lay": ["breathing CT scan"], "terse": ["4DCT", "4D CT"]}.get(reg, ["4DCT", "four-dimensional CT"])
        else:
            pool = {"lay": ["planning CT scan", "CT scan"], "terse": ["CT sim", "CT", "planning CT"]}.get(
                reg,
                [
                    "CT simulation",
                    "CT-based simulation",
                    "planning CT",
                    "simulation CT",
                    "CT simulation on the large-bore scanner",
                ],
            )
        return tok("M", "CT", r.choice(pool))

    def imaging_lines(self, reg: str) -> list[str]:
        """Lines covering every planned modality, and contrast unless it was moved to a physician edit."""
        p = self.plan
        r = self.rng
        lines: list[str] = []
        give_contrast = "contrast" in p.features and p.moved != "contrast"
        if "CT" in p.modalities:
            ct = self.ct_tok(reg)
            if reg == "lay":
                line = "Today you had your " + ct + (" with " + self.contrast_tok(reg) if give_contrast else "") + "."
            elif reg == "terse":
                line = (
                    "Scan: "
                    + ct
                    + r.choice([", 2.5 mm", ", 2 mm slices", "", ", 3 mm"])
                    + ("; " + self.contrast_tok(reg) if give_contrast else "")
                )
            else:
                if give_contrast and r.random() < 0.6:
                    line = cap(ct) + " was performed with " + self.contrast_tok(reg) + "."
                else:
                    line = cap(ct) + r.choice(
                        [
                            " was performed.",
                            " was completed without difficulty.",
                            " obtained in the treatment position.",
                        ]
                    )
                    if give_contrast:
                        line += (
                            " "
                            + cap(self.contrast_tok(reg))
                            + r.choice([" was given before the scan.", " administered per protocol.", " was used."])
                        )
            lines.append(line)
            if p.fourdct:
                four = self.ct_tok(reg, four=True)
                if reg == "terse":
                    lines.append(four + " 10 phases, ITV/MIP created")
                elif reg == "lay":
                    lines.append("We also took a " + four + " to see how the area moves.")
                else:
                    lines.append(
                        cap(four)
                        + r.choice(
                            [
                                " was acquired across 10 respiratory phases and an ITV was generated.",
                                " captured the full breathing cycle (amplitude-based binning).",
                            ]
                        )
                    )
        elif give_contrast:
            lines.append(cap(self.contrast_tok(reg)) + " given.")
        for mod in ("MRI", "PET"):
            if mod in p.modalities:
                lines.append(self.fusion_line(mod, reg))
        if "ultrasound" in p.modalities:
            us = tok(
                "M",
                "ultrasound",
                r.choice(
                    ["transabdominal ultrasound", "ultrasound", "bladder ultrasound"]
                    if reg != "terse"
                    else ["US", "TA US"]
                ),
            )
            if p.site == "gyn":
                lines.append(
                    cap(us) + " guidance was used for the applicator insertion."
                    if reg != "terse"
                    else us + " guidance for insertion"
                )
            else:
                lines.append(
                    cap(us) + " confirmed bladder filling before scanning."
                    if reg != "terse"
                    else us + ": bladder full, ok"
                )
        if "fluoroscopy" in p.modalities:
            fl = tok(
                "M",
                "fluoroscopy",
                r.choice(["fluoroscopy", "fluoroscopic imaging"] if reg != "terse" else ["fluoro", "fluoroscopy"]),
            )
            lines.append(
                cap(fl) + " confirmed the applicator position (AP and lateral)."
                if reg != "terse"
                else fl + " AP/lat ok"
            )
        return lines

    def fusion_line(self, mod: str, reg: str) -> str:
        """A line saying an MRI or PET was registered to the planning CT."""
        r = self.rng
        old = "fused_old_contrast" in self.plan.traps
        if mod == "MRI":
            surf = r.choice(["MRI", "diagnostic MRI", "T1/T2 MRI"]) if reg != "lay" else "MRI scan"
            detail = (
                r.choice([" with and without gadolinium", " (post-gadolinium T1)", " with contrast"]) if old else ""
            )
        else:
            surf = r.choice(["PET/CT", "PET", "FDG PET/CT"]) if reg != "lay" else "PET scan"
            detail = r.choice([" (diagnostic, with IV contrast)", " with contrast"]) if old else ""
        t = tok("M", mod, surf)
        when = self.d()
        if reg == "lay":
            return "We lined up your earlier " + t + " with today's pictures."
        if reg == "terse":
            return "Fusion: " + t + detail + " " + when + " reg'd to sim CT"
        return r.choice(
            [
                "The " + t + detail + " from " + when + " was registered to the planning CT for target delineation.",
                cap(t) + detail + " (" + when + ") fused to the simulation CT; registration reviewed by the physician.",
                "Image fusion: " + t + detail + " dated " + when + ", rigid registration, used for contouring.",
            ]
        )

    def feature_tok(self, feat: str, reg: str) -> str:
        """A FEATURE token for one planned feature, phrased for the site and register."""
        r = self.rng
        p = self.plan
        key = "lay" if reg == "lay" else ("terse" if reg == "terse" else "prose")
        if feat == "contrast":
            return self.contrast_tok(reg)
        if feat == "brachytherapy" and p.site == "prostate":
            surf = r.choice(
                ["HDR catheter position verification", "verification of catheter positions"]
                if key != "lay"
                else ["checking the catheters"]
            )
            if key == "terse":
                surf = r.choice(["catheter posns verified", "HDR catheter verification"])
        elif feat == "brachytherapy" and p.areas and p.areas[0][0] == "vaginal cuff":
            surf = r.choice(
                ["cylinder applicator verification", "verification of the vaginal cylinder position"]
                if key != "lay"
                else ["checking the applicator"]
            )
            if key == "terse":
                surf = r.choice(["cylinder verified", "cyl position verified"])
        elif feat == "custom_shielding" and p.site not in ("skin", "breast"):
            surf = r.choice(
                {
                    "prose": ["custom Cerrobend blocks", "a custom lead shield", "custom-poured Cerrobend blocks"],
                    "terse": ["Cerrobend blocks", "custom Pb shield", "cust blocks (Cerrobend)"],
                    "lay": ["a custom shield"],
                }[key]
            )
        elif feat == "custom_shielding" and p.site in ("skin", "breast"):
            surf = r.choice(
                ["custom electron cutout", "custom Cerrobend cutout", "custom lead cutout"]
                if key != "lay"
                else ["a custom shield"]
            )
            if key == "terse":
                surf = r.choice(["cust cutout", "custom e- cutout", "Cerrobend cutout"])
            if p.site == "skin" and "eye" in self.dx + self.oar + " lens cornea" and r.random() < 0.3:
                surf = "custom lead eye shield"
        else:
            surf = r.choice(P.FEATURE_SURF[feat][key])
        return tok("F", feat, surf)

    def feature_lines(self, reg: str) -> list[str]:
        """Lines for the non-contrast features of the plan (contrast is in the imaging lines)."""
        out = []
        for feat in self.plan.features:
            if feat == "contrast":
                if "CT" not in self.plan.modalities and self.plan.moved != "contrast":
                    pass  # covered in imaging_lines
                continue
            t = self.feature_tok(feat, reg)
            if reg == "terse":
                label = {
                    "arc_rotational": "Technique",
                    "custom_shielding": "Shielding",
                    "complex_blocking": "Blocking",
                    "particle": "Modality",
                    "brachytherapy": "Applicator",
                    "hyperthermia": "HT",
                }[feat]
                out.append(f"{label}: " + t)
            elif reg == "lay":
                out.append(
                    {
                        "arc_rotational": "Your treatment will use "
                        + t
                        + ", and we checked the machine can rotate around you.",
                        "custom_shielding": "We made " + t + " for your treatment today.",
                        "complex_blocking": "Your doctor drew " + t + " on the scan.",
                        "particle": "Today's scan was set up for " + t + ".",
                        "brachytherapy": "We finished " + t + " on the scan.",
                        "hyperthermia": "We finished " + t + " today.",
                    }[feat]
                )
            else:
                frame = self.rng.choice(P.FEATURE_FRAMES[feat])
                fillme = frame.replace("{oar}", self.oar)
                head, tail = fillme.split("{f}")
                out.append(cap(head + t + tail))
        return out

    # ---------------- filler ----------------
    def position(self) -> str:
        """A positioning line that agrees with the immobilisation (prone/supine/lithotomy)."""
        low = self.immob.lower()
        for word, line in (
            ("prone", "Prone, head first, arms above the head."),
            ("lithotomy", "Lithotomy position."),
            ("frog", "Supine, frog-leg."),
            ("supine", "Supine, head first."),
        ):
            if word in low:
                return line
        pool = list(F.POSITION)
        if self.plan.site == "rectum":
            pool.append("Prone on the belly board with arms above the head.")
        if self.plan.site in ("gyn", "sarcoma"):
            pool.append("Supine frog-leg, feet banded.")
        if self.plan.site in ("head_neck", "whole_brain", "srs", "skin", "peds"):
            pool = [
                "Supine with head in neutral position, shoulders pulled down with straps.",
                "Supine, head on the neck rest, arms at the sides.",
                "Supine, chin slightly extended, arms at sides.",
            ]
        return self.rng.choice(pool)

    def marks(self) -> str:
        """A reference-mark line that suits the site."""
        if self.plan.site in ("head_neck", "whole_brain", "srs", "skin", "peds"):
            return self.rng.choice(
                [
                    "Marks on the mask; no tattoos.",
                    "Isocenter marked on the mask.",
                    "Reference marks drawn on the mask.",
                ]
            )
        return self.rng.choice([m for m in F.MARKS if "mask" not in m])

    def immob_line(self, reg: str) -> str:
        """The immobilisation line (never a feature)."""
        r = self.rng
        custom = "custom_immobilization" in self.plan.traps
        dev = self.immob + (" (custom-fabricated today)" if custom and "custom" not in self.immob else "")
        if reg == "terse":
            return "Immob: " + dev
        return r.choice(["Immobilization: ", "Immobilized with ", "Set-up: "]) + dev + "."

    # ---------------- traps ----------------
    def trap_text(self, reg: str) -> dict[str, list[str]]:
        """Plain-text trap material, by slot: hist, body, plan, tail."""
        p = self.plan
        r = self.rng
        out: dict[str, list[str]] = {"hist": [], "body": [], "plan": [], "tail": []}
        tfeats = trap_features(p)
        tmods = trap_modalities(p)
        for trap in p.traps:
            if trap in ("historical_contrast", "historical_imaging"):
                hist = self.spec["hist"]
                with_contrast = [h for h in hist if "contrast" in h or "gadolinium" in h]
                first = r.choice(with_contrast)
                rest = [h for h in hist if h != first]
                chosen = [first, r.choice(rest)] if rest else [first]
                r.shuffle(chosen)
                for h in chosen:
                    out["hist"].append(cap(self.fill(h)) + ".")
            elif trap == "negated_feature" and tfeats:
                f = r.choice(tfeats)
                if reg == "lay":
                    out["body"].append(P.LAY_NEG.get(f, "No other special equipment was needed today."))
                else:
                    out["body"].append(r.choice(P.NEG_FEATURE[f]))
            elif trap == "planned_feature" and tfeats:
                out["plan"].append(r.choice(P.PLAN_FEATURE[r.choice(tfeats)]))
            elif trap == "planned_modality" and tmods:
                out["plan"].append(r.choice(P.PLAN_MODALITY[r.choice(tmods)]))
            elif trap == "negated_modality" and tmods:
                m = r.choice(tmods)
                out["body"].append(
                    f"We did not use an {m} scan today."
                    if reg == "lay" and m == "MRI"
                    else (f"We did not use a {m} scan today." if reg == "lay" else r.choice(P.NEG_MODALITY[m]))
                )
            elif trap == "other_person":
                out["hist"].append(r.choice(P.OTHER_PERSON))
            elif trap == "many_beams":
                beams = r.choice(self.spec["beams"])
                out["body"].append(
                    r.choice(
                        [
                            f"Beam arrangement: {beams} to the single target.",
                            f"Anticipate {beams}, all to one isocenter.",
                            f"Dosimetry to plan {beams} on this one target.",
                        ]
                    )
                )
            elif trap == "mlc_only":
                out["body"].append(
                    r.choice(
                        [
                            f"Field shaping with standard MLC to shield the {self.oar}.",
                            "MLC conformal shaping only.",
                            f"MLC blocks the {self.oar}; no cutout needed.",
                        ]
                    )
                )
            elif trap == "bare_assertion":
                out["plan"].append(r.choice(P.BARE))
            elif trap == "hedged_rationale":
                out["plan"].append(r.choice(P.HEDGED))
            elif trap == "charge_line":
                out["tail"].append(
                    r.choice(
                        [
                            "Charges: 77290 (complex simulation), 77334 x2.",
                            "Charge capture: CPT 77290-26.",
                            "Billing: 77290 / 77014.",
                        ]
                    )
                )
            elif trap == "bolus":
                out["body"].append(
                    r.choice(
                        [
                            "0.5 cm bolus placed for the scan.",
                            "1 cm bolus on for the sim.",
                            "Bolus: 5 mm tissue-equivalent.",
                        ]
                        if p.modalities
                        else ["1 cm bolus on for the set-up.", "Bolus: 5 mm tissue-equivalent."]
                    )
                )
            elif trap == "tangential_portals":
                out["body"].append(
                    r.choice(
                        [
                            "Tangential portals set at the sim; medial and lateral borders marked.",
                            "Tangential fields with field-in-field; no supraclavicular match.",
                        ]
                    )
                )
            elif trap == "stated_count_prior_site":
                out["hist"].append(f"Prior course: {self.prior} - not part of this course.")
                if self.prior.startswith("prior radiation field"):
                    out["hist"].pop()
            elif trap == "scribe_hedge":
                out["hist"].append(
                    r.choice(
                        [
                            "Patient reports she had a CT with contrast dye at an outside hospital last month.",
                            "Patient reports prior MRI with contrast at the imaging center; results reviewed.",
                            "Per discussion, outside PET/CT was done before the referral.",
                            "Patient reports an allergy to iodine-containing seafood; no prior contrast reaction.",
                        ]
                    )
                )
            elif trap == "custom_immobilization":
                pass  # rendered in immob_line
            elif trap == "copy_forward":
                out["tail"].append(self.copy_forward_block())
            elif trap == "addendum_remove" and tfeats:
                f = r.choice(tfeats)
                wrong = {
                    "contrast": "IV contrast administered",
                    "arc_rotational": "VMAT arcs planned at simulation",
                    "custom_shielding": "custom blocks fabricated",
                    "particle": "set up for protons",
                    "brachytherapy": "applicator verified",
                    "hyperthermia": "hyperthermia probes verified",
                    "complex_blocking": "complex blocking drawn",
                }[f]
                why = {
                    "contrast": "contrast was NOT administered; the scribe misheard the talk about the outside CT",
                    "arc_rotational": "no arc technique; this is a 3D plan. Scribe error",
                    "custom_shielding": "no custom blocks were made; MLC only. Scribe picked up the prior-course talk",
                    "particle": "this is a photon plan; protons were only discussed as an option",
                    "brachytherapy": "no applicator was placed today; brachy comes later",
                    "hyperthermia": "no hyperthermia today; that was a question from the patient",
                    "complex_blocking": "no complex blocking; standard MLC shaping",
                }[f]
                out["body"].append(cap(wrong) + ".")
                out["tail"].append(f"Physician edit ({self.md_last}): {why}.")
            elif trap == "addendum_modality_remove" and [m for m in tmods if m in ("MRI", "PET")]:
                m = r.choice([m for m in tmods if m in ("MRI", "PET")])
                out["body"].append(f"{m} fused for target delineation.")
                out["tail"].append(
                    r.choice(
                        [
                            (
                                f"Physician edit: {m} fusion was NOT performed - the outside {m} never arrived. "
                                f"Scribe error."
                            ),
                            f"Correction: no {m} was fused; the {m} was only discussed.",
                        ]
                    )
                )
            elif trap == "addendum_add":
                out["body"].append(r.choice(["Contrast: none documented.", "No contrast per scribe capture."]))
                out["tail"].append(
                    "Physician edit: "
                    + self.contrast_tok("prose")
                    + r.choice(
                        [
                            " WAS given before the scan; the scribe missed it.",
                            " was administered - correcting the draft above.",
                        ]
                    )
                )
            elif trap == "addendum_count":
                n = p.area_count() or 2
                wrong = n + 1
                out["body"].append(f"Scribe summary: {NUM_WORDS.get(wrong, str(wrong))} treatment areas.")
                out["tail"].append(
                    "Physician edit: "
                    + tok("C", str(n), f"{NUM_WORDS.get(n, str(n))} treatment areas")
                    + f", not {NUM_WORDS.get(wrong, str(wrong))}; the boost is not a separate area."
                )
            elif trap == "avs_boilerplate":
                out["tail"].append(
                    r.choice(
                        [
                            (
                                "General information: Some patients receive contrast dye for their scan. If you "
                                "do, drink extra water today."
                            ),
                            (
                                "About contrast: if you were given contrast dye, you may feel warm for a minute. "
                                "Call us for hives or trouble breathing."
                            ),
                            (
                                "Some patients also need an MRI or PET scan for planning. Your team will tell you "
                                "if you do."
                            ),
                        ]
                    )
                )
        return out

    def copy_forward_block(self) -> str:
        """A block copied forward from an earlier course (never counted)."""
        r = self.rng
        p = self.plan
        year = r.choice([2019, 2020, 2021, 2022, 2023])
        items = []
        for f in trap_features(p)[:2]:
            items.append(
                {
                    "contrast": "IV contrast given",
                    "arc_rotational": "VMAT",
                    "custom_shielding": "custom Cerrobend blocks",
                    "particle": "proton plan",
                    "brachytherapy": "applicator verified",
                    "hyperthermia": "HT probes",
                    "complex_blocking": "complex blocking",
                }[f]
            )
        for m in trap_modalities(p)[:1]:
            items.append(f"{m} fused")
        if not items:
            items = ["outside imaging reviewed"]
        head = r.choice(
            [
                f"[copied forward from {year} simulation note]",
                f"--- Prior course ({year}), copied text ---",
                f"Copied from previous encounter {year}:",
                f"PRIOR COURSE {year} (carried forward):",
            ]
        )
        return head + " " + "; ".join(items) + f"; treated {r.choice(['30 Gy/10', '50 Gy/25', '20 Gy/5', '60 Gy/30'])}."
