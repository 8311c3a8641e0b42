"""Counting evidence: rationale, areas, scan/imaging, technique, in three registers.

Registers: ``prose`` (sentences), ``terse`` (abbreviated fragments) and ``kv`` (a list of (key, value)
pairs that a template lays out as ``key=value``, ``Key: value``, table cells or flowsheet rows). Every
counting mention is wrapped in markup; nothing else is. Corrections move a mention from the body to an
addendum or attestation.
"""

from __future__ import annotations

import random

from .common import NUM_WORDS, PARTNER, PARTNER_SCANNERS, SCANNERS, Clock, chance, pick
from .markup import A, F, M, R, S
from .plan import Area, Plan

KV = list[tuple[str, str]]

# ---------------------------------------------------------------- rationale


def _oar(plan: Plan, rng: random.Random, exclude: str = "") -> str:
    pool = [plan.fmt(o) for o in plan.d("oars") if plan.fmt(o) != exclude]
    return pick(rng, pool)


GENERIC_TARGETS = ("the target", "the tumor", "the PTV", "the GTV")


def _target(plan: Plan, rng: random.Random) -> str:
    if plan.area_count is None:
        return pick(rng, GENERIC_TARGETS)
    return pick(rng, plan.site.targets)


def _mm(rng: random.Random) -> int:
    return rng.choice((1, 2, 2, 3, 3, 4, 5, 6, 7, 8))


def reason_clause(plan: Plan, rng: random.Random, cat: str) -> str:
    """The patient-specific reason, without lead-in (the RATIONALE span surface)."""
    t = _target(plan, rng)
    o = _oar(plan, rng)
    o2 = _oar(plan, rng, exclude=o)
    mm = _mm(rng)
    cm = f"{rng.randrange(8, 26) / 10:.1f}"
    if cat == "OAR proximity":
        return pick(rng, (
            f"{t} lies {mm} mm from the {o}",
            f"{t} abuts the {o}",
            f"{t} comes within {mm} mm of the {o}",
            f"{t} is {mm} mm from the {o} and {mm + rng.randrange(2, 9)} mm from the {o2}",
            f"{t} directly contacts the {o}, so the {o} limit cannot be met with simple opposed fields",
            f"with {t} only {mm} mm off the {o}, a steep dose gradient has to be designed",
            f"the PTV expansion overlaps the {o} by {mm} mm",
            f"{t} drapes over the {o}, with the {o2} close behind",
            f"{t} is wedged between the {o} and the {o2}",
        ))
    if cat == "irregular target":
        own = [plan.fmt(x) for x in plan.site.irregular] if plan.area_count is not None else []
        return pick(rng, own + [
            f"{t} is irregular and concave around the {o}",
            f"{t} has a horseshoe shape around the {o}",
            f"{t} runs {cm} cm longer than a single field can cover and bends sharply at the {o}",
            f"{t} is lobulated with fingers of disease reaching toward the {o}",
        ])
    if cat == "multiple targets":
        return pick(rng, (
            "separate targets have to be matched without gap or overlap",
            "the targets sit at different depths and need separate setup references",
            "non-contiguous targets share one couch position and must be indexed together",
            f"nodal and primary volumes need a matched junction that crosses the {o}",
            f"each target needs its own reference point, at depths of {cm} cm and {rng.randrange(30, 90) / 10:.1f} cm",
            "the targets are separated by uninvolved tissue that must be spared between them",
        ))
    if cat == "contrast for delineation":
        kind = plan.contrast_kind or "IV"
        pools = {
            "IV": (f"IV contrast was needed to separate the nodal disease from the {pick(rng, plan.site.vessels)}",
                   f"{t} cannot be told apart from the {pick(rng, plan.site.vessels)} without IV contrast",
                   f"{t} is isodense with surrounding tissue without IV contrast",
                   f"enhancement is needed to see {t} against the adjacent vessels",
                   f"{t} is only visible in the arterial phase"),
            "oral": (f"oral contrast was needed to outline small bowel lying {mm} mm above {t}",
                     "bowel loops sit in the path of the fields and must be opacified to contour them",
                     f"the stomach and duodenum must be opacified to see where {t} ends"),
            "rectal": (f"rectal contrast defines the anorectal junction relative to {t}",
                       f"the rectal wall must be opacified to separate it from {t}"),
            "vaginal": ("vaginal contrast marks the vaginal apex and distal tumor extent",
                        f"vaginal contrast was needed to see the apex relative to {t}"),
            "bladder": (f"bladder contrast shows the bladder base against {t}",
                        "the bladder neck must be opacified relative to the applicator"),
            "urethrogram": (f"the apex sits {mm} mm above the urethrogram beak and contrast is needed to place it",
                            "the prostatic apex cannot be defined on CT without a contrast urethrogram"),
            "intrathecal": ("spinal hardware obscures the cord on MRI, so intrathecal contrast is the only way to see the thecal sac",
                            f"the cord must be seen directly next to {t} and MRI is degraded by hardware"),
        }
        return pick(rng, pools.get(kind, pools["IV"]))
    if cat == "fusion for delineation":
        mod = "MRI" if "MRI" in plan.modalities else "PET"
        return pick(rng, (
            f"{t} is not visible on CT and can only be contoured on the {mod}",
            f"the extent of {t} is defined only on the {mod}",
            f"the pre-treatment {mod} extent has to be transferred onto the planning CT",
            f"the {mod} separates tumor from post-treatment change, which CT alone cannot do",
            f"CT cannot separate {t} from surrounding edema; the {mod} is needed for the contour",
        ))
    if cat == "prior field overlap":
        prior = plan.fmt(pick(rng, plan.site.prior)) if plan.site.prior else f"a course of 30 Gy in {rng.randrange(2015, 2025)}"
        return pick(rng, (
            f"prior {prior} overlaps the new field, so the composite {o} dose must be respected",
            f"this is re-irradiation after {prior}, and the new target abuts that volume",
            f"the new PTV borders the earlier treatment ({prior}), and the junction must be set at sim",
            f"dose from {prior} already reached the {o}",
        ))
    if cat == "immobilization":
        general = [
            "severe kyphosis prevents a flat supine position, so a custom Vac-Lok was molded semi-reclined",
            f"BMI {rng.randrange(44, 61)} with back pain needed a custom Alpha Cradle for a reproducible setup",
            "pain from a pathologic fracture only allows a rotated position held in a custom cradle",
            "the patient cannot lie flat because of orthopnea, so a custom inclined cradle was made",
        ]
        head = ["a Parkinsonian tremor requires a custom mask with mouthpiece to hold position",
                "claustrophobia in a standard mask needed a custom open-face mask"]
        arms = ["shoulder contractures keep the arms from going overhead; a custom arms-down cradle was built"]
        legs = ["a below-knee amputation needed a custom leg and foot support",
                "a fused left hip keeps the legs from lying straight, so a custom leg cradle was made"]
        region = {"head_neck": head, "whole_brain": head, "skin_electron": head, "skull_base_proton": head,
                  "breast_nodes": arms, "lung_4dct": arms, "esophagus": arms, "lymphoma": arms + head,
                  "sarcoma_hyperthermia": legs, "ho_prophylaxis": legs, "prostate_pelvis": legs, "rectum": legs,
                  "anal_canal": legs}.get(plan.site.key, [])
        return pick(rng, general + region + region)
    if cat == "anesthesia/immobilization":
        age = plan.age
        return pick(rng, (
            f"age {age}, cannot stay still for the {rng.randrange(15, 40)}-minute setup; general anesthesia needed for a reproducible position",
            f"{age}-year-old with developmental delay; propofol sedation required to hold position",
            f"the patient is {age} and too young to cooperate with a mask, so daily anesthesia with a custom head cup",
        ))
    if cat == "applicator verification":
        app = plan.applicator
        opts = [f"the applicator relation to the {o} and {o2} must be verified before dosimetry"]
        if "ring" in app:
            opts.append(f"the ring sits close to the {o}, so applicator geometry must be verified at each insertion")
        if "ovoid" in app:
            opts.append(f"the ovoids sit asymmetrically against the {o} and their position must be confirmed")
        if "needle" in app or "Syed" in app:
            opts.append(f"needle depth relative to the {o} has to be confirmed")
        if "cylinder" in app:
            opts.append("the cylinder must sit at the apex with no air gap, which requires verification")
        if "catheter" in app or "seed" in app:
            opts.append(f"catheter tips must be confirmed against the {o} before the plan is made")
            opts.append(f"implant geometry relative to the {o} has to be verified")
        return pick(rng, opts)
    if cat == "custom shielding":
        return pick(rng, (
            f"the lesion lies {mm} mm from the {o}, so a custom cutout with an internal shield is required",
            f"the irregular lesion margin needs a custom cutout to spare the {o}",
            "the prosthesis ingrowth surfaces must be shielded with a custom block",
            f"only {mm} mm separates the lesion from the {o}, which has to be protected with a custom block",
        ))
    if cat == "target motion":
        return pick(rng, (
            f"{t} moves {cm} cm craniocaudally with respiration, so an ITV is needed",
            f"tumor excursion is {cm} cm near the diaphragm",
            f"respiratory motion of {cm} cm requires an ITV drawn across all phases",
        ))
    raise ValueError(cat)


BARE = (
    "Complex simulation medically necessary.",
    "Complex sim indicated per department protocol.",
    "Complexity: meets criteria for complex simulation.",
    "Medical necessity: standard of care for this diagnosis.",
    "Complex simulation required (see policy RO-114).",
    "Complexity warranted per MD.",
    "Complex planning necessary per NCCN.",
    "Level: complex - clinically indicated.",
    "This simulation was complex.",
    "Complex sim as ordered.",
)
HEDGED = (
    "Complex sim may be justified if nodal coverage is added later.",
    "Could qualify as complex if the boost volume is added.",
    "Complexity possibly needed depending on the final target.",
    "Might need complex handling if the tumor has grown since the outside scan.",
)
BLANK_REASON = (
    "Reason for complex simulation: ___",
    "Medical necessity: ***",
    "Complexity rationale: [ ]",
    "Indication for complex sim: {Reason for complexity:26718}",
    "Rationale: __________",
)


class Ev:
    """Evidence writer for one note."""

    def __init__(self, plan: Plan, rng: random.Random, clock: Clock):
        self.plan = plan
        self.rng = rng
        self.clock = clock
        self.scanner = pick(rng, PARTNER_SCANNERS) if plan.at_partner else pick(rng, SCANNERS)
        self.slice = pick(rng, ("1", "1.5", "2", "2", "2.5", "3"))
        self.used: dict[str, int] = {}
        c = plan.correction or {}
        self.corr_kind = c.get("kind")
        self.corr_item = c.get("item")

    # ---------------------------------------------------------- helpers
    def site_name(self, area: Area, reg: str) -> str:
        rng = self.rng
        if reg == "prose":
            pool = area.plain + area.plain + area.abbr + area.struct
        elif reg == "terse":
            pool = area.abbr + area.abbr + area.struct
        else:
            pool = area.struct + area.abbr + area.plain
        return pick(rng, pool)

    def mark_bilateral(self) -> None:
        if any(a.value.startswith("bilateral ") for a in self.plan.areas):
            self.plan.add_trap("bilateral_count")

    # ---------------------------------------------------------- rationale
    def reason(self, reg: str, where: str = "body") -> str:
        """Rationale text for the reason slot (span when present and placed here)."""
        plan, rng = self.plan, self.rng
        in_corr = self.corr_kind == "add_reason"
        if plan.rationale and (not in_corr or where == "corr"):
            clause = R(plan.rationale, reason_clause(plan, rng, plan.rationale))
            bare = ""
            if "bare_assertion" in plan.trap_wishes and where == "body":
                plan.add_trap("bare_assertion")
                bare = pick(rng, BARE) + " "
            if reg == "prose":
                lead = pick(rng, ("Complex simulation is required because {}.", "Indication for complex simulation: {}.",
                                  "Reason for complex sim: {}.", "Medical necessity: {}.",
                                  "Complex simulation was needed since {}.", "Why complex: {}.",
                                  "Complexity: {}."))
                return bare + lead.format(clause)
            if reg == "terse":
                lead = pick(rng, ("why cplx: {}", "reason - {}", "cplx d/t {}", "Rationale: {}", "WHY: {}"))
                return bare + lead.format(clause)
            return clause
        if plan.rationale and in_corr and where == "body":
            return pick(rng, ("", "", "Reason for complexity: see attending note.", "Indication: as discussed."))
        # absent
        mode = plan.absent
        if mode == "bare":
            plan.add_trap("bare_assertion")
            return pick(rng, BARE)
        if mode == "hedged":
            plan.add_trap("hedged_rationale")
            return pick(rng, HEDGED)
        if mode == "blank":
            plan.add_trap("blank_template")
            if reg == "kv":
                return pick(rng, ("___", "***", "[ ]", "--", "{Reason}"))
            return pick(rng, BLANK_REASON)
        if mode == "copied":
            if reg == "kv":
                return pick(rng, ("see prior note", "per prior course", ""))
            return pick(rng, ("Reason: see prior note.", "", "Indication: per previous course documentation."))
        return ""

    def copied_reason(self) -> str:
        """An old reason, unspanned, for a copy-forward block."""
        cat = pick(self.rng, ("OAR proximity", "irregular target"))
        return reason_clause(self.plan, self.rng, cat)

    # ---------------------------------------------------------- areas
    def wrong_count(self) -> int:
        n = self.plan.area_count or 1
        return n + 1 if n <= 2 or chance(self.rng, 0.5) else n - 1

    def areas(self, reg: str, where: str = "body") -> str | KV:
        """The treatment-area statement (kv register returns pairs)."""
        plan, rng = self.plan, self.rng
        if self.corr_kind == "area_fix" and where == "body":
            wrong = self.wrong_count()
            word = NUM_WORDS.get(wrong, str(wrong))
            if reg == "kv":
                return [("Number of treatment areas", str(wrong))]
            if reg == "terse":
                return f"{wrong} tx areas"
            return f"{word.capitalize()} treatment areas."
        if plan.area_mode == "unknown":
            return self._areas_unknown(reg)
        n = plan.area_count
        assert n is not None
        mode = plan.area_mode
        names = [self.site_name(a, reg) for a in plan.areas]
        self.mark_bilateral()
        sites = [S(a.value, nm) for a, nm in zip(plan.areas, names, strict=True)]
        passing = ""
        if "passing_prior_site" in plan.trap_wishes and mode in ("stated", "both") and where in ("body", "corr"):
            prior = plan.fmt(pick(rng, plan.site.prior))
            passing = pick(rng, (f" ({prior} - not part of this course)", f"; prior {prior} not included",
                                 f" [previous: {prior}, not retreated]"))
            plan.add_trap("passing_prior_site")
        word = NUM_WORDS.get(n, str(n))
        if reg == "kv":
            pairs: KV = []
            if mode in ("stated", "both"):
                pairs.append((pick(rng, ("Number of treatment areas", "Tx areas", "# areas", "Areas (count)")),
                              A(n, str(n)) + passing))
            if mode in ("named", "both", "iso", "table"):
                key = "Iso" if mode == "iso" else pick(rng, ("Area", "Site", "Target"))
                for i, s in enumerate(sites, 1):
                    pairs.append((f"{key} {i}", s))
            if mode == "iso" and plan.site.key == "srs_brain" and n >= 2:
                pairs.insert(0, ("Isocenter", "single isocenter, all targets"))
                plan.add_trap("single_isocenter_multiple_targets")
            return pairs
        joiner = pick(rng, (", ", "; ", " + ", " / ")) if reg == "terse" else pick(rng, (", ", "; "))
        listing = joiner.join(sites)
        if reg == "prose" and len(sites) >= 2 and joiner == ", " and chance(rng, 0.6):
            listing = ", ".join(sites[:-1]) + " and " + sites[-1]
        if mode == "stated":
            if reg == "terse":
                core = A(n, pick(rng, (f"{n} tx areas", f"{n} areas", f"areas x{n}", f"{n} sites")) if n > 1
                         else pick(rng, ("1 tx area", "areas x1", "single site", "1 area")))
                return core + passing
            core = A(n, pick(rng, (f"{word} treatment areas", f"{word} separate treatment areas", f"{n} treatment areas",
                                   f"{word} distinct areas")) if n > 1 else pick(rng, ("a single treatment area",
                                                                                      "one treatment area",
                                                                                      "1 treatment area")))
            return pick(rng, ("This simulation covers {}.", "Treatment areas: {}.", "{} were simulated.",
                              "We simulated {}.")).format(core + passing) if n > 1 else pick(
                rng, ("This simulation covers {}.", "Treatment area count: {}.")).format(core + passing)
        if mode in ("named", "table"):
            if reg == "terse":
                return pick(rng, ("tx: {}", "sites: {}", "{}", "tgts {}")).format(listing)
            return pick(rng, ("Treatment sites: {}.", "Areas simulated: {}.", "Targets: {}.",
                              "The simulation set up {}.", "Fields were set up for {}.")).format(listing)
        if mode == "iso":
            if plan.site.key == "srs_brain" and n >= 2:
                plan.add_trap("single_isocenter_multiple_targets")
                head = pick(rng, ("Single isocenter placed centrally; targets: ", "One isocenter for all lesions. Targets: "))
                return head + listing + "."
            lines = [f"Isocenter {i} - {s}" for i, s in enumerate(sites, 1)]
            return "\n".join(lines)
        # both
        count = A(n, pick(rng, (f"{word.capitalize()} treatment areas", f"{n} treatment areas",
                                f"{word.capitalize()} areas")) if n > 1 else pick(rng, ("One treatment area",
                                                                                         "Single treatment area")))
        if reg == "terse":
            count = A(n, pick(rng, (f"{n} areas", f"{n} tx areas", f"x{n} sites")) if n > 1 else pick(rng, ("1 area", "single area")))
            return f"{count}: {listing}{passing}"
        return f"{count}: {listing}{passing}."

    def _areas_unknown(self, reg: str) -> str | KV:
        plan, rng = self.plan, self.rng
        r = rng.random()
        if r < 0.4:
            plan.add_trap("areas_not_countable")
            txt = pick(rng, ("multiple sites - see plan", "several areas per the directive", "areas per Rx",
                             "multiple targets, see treatment plan", "sites as marked on the directive",
                             "all known disease sites per MD"))
        elif r < 0.6:
            plan.add_trap("blank_template")
            txt = pick(rng, ("___", "***", "[ ]", "{Number of areas}", "--"))
        else:
            return [] if reg == "kv" else ""
        if reg == "kv":
            return [(pick(rng, ("Treatment areas", "Number of areas", "Areas")), txt)]
        if reg == "terse":
            return f"areas: {txt}"
        return f"Treatment areas: {txt}."

    # ---------------------------------------------------------- imaging and contrast
    def _ct_surface(self, reg: str) -> str:
        rng = self.rng
        if self.plan.fourd:
            return pick(rng, ("4DCT", "4D CT (10 phases)", "four-dimensional CT", "4DCT 10-phase"))
        if reg == "terse":
            return pick(rng, ("CT sim", "CT-SIM", "sim CT", "planning CT"))
        return pick(rng, ("CT simulation", "planning CT", "CT sim", "treatment-planning CT", "simulation CT"))

    def contrast_surface(self, reg: str) -> str:
        rng = self.rng
        kind = self.plan.contrast_kind or "IV"
        vol = rng.randrange(60, 121, 5)
        agent = pick(rng, ("Omnipaque 350", "Omnipaque 300", "Isovue-370", "Visipaque 320"))
        if reg == "terse":
            pools = {"IV": (f"IV contrast {vol}mL", "IV cont+", f"IVC {agent}", f"IV {agent} {vol}mL"),
                     "oral": ("PO contrast", "oral contrast", "Readi-Cat PO"),
                     "rectal": ("rectal contrast", "PR contrast 60mL"),
                     "vaginal": ("vag contrast", "vaginal contrast gel"),
                     "bladder": ("bladder contrast", "Cysto-Conray via Foley"),
                     "urethrogram": ("RUG w/ contrast", "urethrogram contrast"),
                     "intrathecal": ("IT contrast (CT myelo)", "intrathecal contrast")}
        else:
            pools = {"IV": (f"IV contrast ({agent}, {vol} mL)", "intravenous contrast", f"IV {agent} {vol} mL",
                            "IV contrast via power injector"),
                     "oral": ("oral contrast (Readi-Cat 2, 450 mL)", "dilute oral contrast", "oral contrast"),
                     "rectal": ("rectal contrast (dilute Omnipaque, 60 mL by soft catheter)", "rectal contrast"),
                     "vaginal": ("vaginal contrast (Omnipaque-soaked tampon)", "vaginal contrast gel"),
                     "bladder": ("bladder contrast (Cysto-Conray II via Foley)", "intravesical contrast"),
                     "urethrogram": ("retrograde urethrogram with contrast", "contrast urethrogram"),
                     "intrathecal": ("intrathecal contrast for CT myelogram", "intrathecal contrast")}
        return pick(rng, pools.get(kind, pools["IV"]))

    def _contrast_negative_body(self, reg: str) -> str:
        return pick(self.rng, ("Contrast: none documented at time of note.", "No contrast given.",
                               "Non-contrast scan.")) if reg != "terse" else pick(self.rng, ("no contrast", "non-con"))

    def _mri_surface(self) -> str:
        plan, rng = self.plan, self.rng
        base = pick(rng, plan.d('mri'))
        if "fused_old_contrast" in plan.trap_wishes and "gadolinium" not in base and "gad" not in base:
            base = base + pick(rng, (" with and without gadolinium", " (post-gadolinium)", " w/ gad"))
            plan.add_trap("fused_old_contrast")
        elif "gad" in base:
            plan.add_trap("fused_old_contrast")
        return base

    def _pet_surface(self) -> str:
        plan, rng = self.plan, self.rng
        base = pick(rng, plan.site.pet)
        if "fused_old_contrast" in plan.trap_wishes and "MRI" not in plan.modalities:
            base = base + pick(rng, (" (with IV contrast)", " w/ IV contrast", ", diagnostic contrast-enhanced"))
            plan.add_trap("fused_old_contrast")
        return base

    def scan(self, reg: str) -> list[str] | KV:
        """Statements of imaging done for this simulation and of contrast given."""
        plan, rng, clock = self.plan, self.rng, self.clock
        out: list[str] = []
        pairs: KV = []
        mods = plan.modalities
        if not mods:
            if plan.no_img_mode == "clinical":
                plan.add_trap("clinical_setup_no_imaging")
                txt = pick(rng, ("No CT - clinical setup on the treatment unit using the light field",
                                 "Clinical mark-up only; no planning scan",
                                 "Set up clinically at the machine (no imaging)",
                                 "Clinical setup, skin rendering from the markup; no CT obtained"))
                if reg == "kv":
                    return [("Simulation type", txt)]
                return [txt + ("." if reg == "prose" else "")]
            return []
        if "CT" in mods:
            ct = M("CT", self._ct_surface(reg))
            if plan.fourd and not plan.features:
                plan.add_trap("4dct_alone")
            if reg == "kv":
                pairs.append((pick(rng, ("Scan", "Imaging", "Sim type", "Scan type")),
                              f"{ct}, {self.slice} mm" if chance(rng, 0.6) else ct))
            elif reg == "terse":
                out.append(pick(rng, (f"{ct} {self.slice}mm", ct, f"{ct} done")))
            else:
                pos = pick(rng, plan.site.position)
                out.append(pick(rng, (
                    f"{ct} was performed on the {self.scanner} with {self.slice} mm slices, {pos}.",
                    f"{ct} obtained {pos}, {self.slice} mm cuts.",
                    f"The patient was positioned {pos} and the {ct} was acquired on the {self.scanner}.",
                    f"{ct} completed at {clock.time(25)} without difficulty.",
                    f"{ct} acquired ({self.slice} mm) in the treatment position.",
                )).replace("the 4DCT", "a 4DCT").replace("the 4D CT", "a 4D CT"))
        if "contrast" in plan.features:
            if self.corr_kind == "add_feature" and self.corr_item == "contrast":
                if reg == "kv":
                    pairs.append(("Contrast", pick(rng, ("not documented", "none recorded"))))
                else:
                    out.append(self._contrast_negative_body(reg))
            else:
                c = F("contrast", self.contrast_surface(reg))
                if reg == "kv":
                    pairs.append((pick(rng, ("Contrast", "Contrast agent", "Contrast given")), c))
                elif reg == "terse":
                    out.append(c)
                else:
                    out.append(pick(rng, (f"{c} was administered.", f"{c} given before the scan.",
                                          f"Scan performed with {c}.", f"{c} used; no reaction.")))
        elif self.corr_kind == "retract_feature" and self.corr_item == "contrast":
            c = self.contrast_surface(reg) if plan.contrast_kind else pick(rng, ("IV contrast", "oral contrast"))
            if reg == "kv":
                pairs.append(("Contrast", c))
            else:
                out.append(f"{c} given." if reg == "prose" else c)
        for m in ("MRI", "PET"):
            if m in mods:
                surf = self._mri_surface() if m == "MRI" else self._pet_surface()
                date = clock.past(6, 60, "short")
                if reg == "kv":
                    pairs.append((pick(rng, ("Fusion", "Registration", "Image fusion")), M(m, f"{surf} ({date})")))
                elif reg == "terse":
                    out.append(pick(rng, (f"{M(m, m)} fused", f"{M(m, surf)} {date} fused", f"fused {M(m, m)}")))
                else:
                    out.append(pick(rng, (
                        f"The {M(m, surf)} from {date} was fused to the planning CT.",
                        f"{M(m, surf)} ({date}) was registered to the simulation scan for target delineation.",
                        f"Image fusion: {M(m, surf)} dated {date}, rigid registration, reviewed by MD.",
                    )) if not (m == "MRI" and chance(rng, 0.15)) else
                        f"{M('MRI', 'MR simulation')} was performed the same day on the 1.5T MR-sim and registered.")
            elif self.corr_kind == "retract_modality" and self.corr_item == m:
                what = "MRI" if m == "MRI" else "PET/CT"
                if reg == "kv":
                    pairs.append(("Fusion", f"{what} {clock.past(6, 60, 'short')}"))
                else:
                    out.append(f"{what} from {clock.past(6, 60, 'short')} fused." if reg == "prose" else f"{what} fused")
        if "fluoroscopy" in mods:
            fl = M("fluoroscopy", pick(rng, ("fluoroscopy", "fluoro", "orthogonal fluoroscopic images",
                                              "conventional simulator fluoroscopy")))
            if reg == "kv":
                pairs.append(("Fluoro", fl))
            elif reg == "terse":
                out.append(fl)
            else:
                out.append(pick(rng, (f"Position confirmed with {fl}.", f"{fl} used to check the setup.",
                                      f"Orthogonal check with {fl}.")))
        if "ultrasound" in mods:
            us = M("ultrasound", pick(rng, plan.site.us))
            if reg == "kv":
                pairs.append(("Guidance", us))
            elif reg == "terse":
                out.append(us)
            else:
                out.append(pick(rng, (f"Placement under {us}.", f"{us} used for guidance.",
                                      f"Depth and position checked with {us}.")))
        return pairs if reg == "kv" else out

    # ---------------------------------------------------------- technique and devices
    def feature_surface(self, f: str, reg: str) -> str:
        rng = self.rng
        plan = self.plan
        if f == "contrast":
            return self.contrast_surface(reg)
        if f == "arc_rotational":
            return pick(rng, ("VMAT", "VMAT (2 full arcs)", "RapidArc", "volumetric modulated arc therapy",
                              "helical TomoTherapy", "dynamic conformal arcs", "VMAT, 3 partial arcs"))
        if f == "particle":
            return pick(rng, ("pencil-beam scanning protons", "PBS protons", "proton therapy", "protons (PBS, 3 fields)",
                              "intensity-modulated proton therapy"))
        if f == "custom_shielding":
            if plan.site.key == "skin_electron":
                opts = ["custom electron cutout", "custom Cerrobend cutout", "custom cutout for the 9 MeV applicator"]
                if plan.variant in ("lid", "nose", "cheek", "temple"):
                    opts.append("custom lead cutout with internal eye shield")
                return pick(rng, opts)
            return pick(rng, ("custom Cerrobend blocks", "custom shielding blocks", "custom Cerrobend block",
                              "custom electron cutout"))
        if f == "complex_blocking":
            return pick(rng, ("complex blocking", "complex blocking (multiple custom-shaped blocks)"))
        if f == "brachytherapy":
            app = plan.applicator
            return pick(rng, (f"{app} position verified", "applicator position verified", "source path verified with dummy markers",
                              f"verification of the {app}"))
        if f == "hyperthermia":
            return pick(rng, ("hyperthermia probe placement verified", "thermometry probe positions verified",
                              "hyperthermia catheter verification"))
        raise ValueError(f)

    def _tech_feature_body(self, f: str, reg: str) -> str | tuple[str, str]:
        """Body text for a technique feature (a span, or a non-counting line when a correction adds it)."""
        rng = self.rng
        key = {"arc_rotational": "Technique", "particle": "Modality", "custom_shielding": "Shielding",
               "complex_blocking": "Blocking", "brachytherapy": "Applicator", "hyperthermia": "Hyperthermia"}[f]
        if self.corr_kind == "add_feature" and self.corr_item == f:
            neg = {"arc_rotational": "3D conformal", "particle": "photons", "custom_shielding": "none made",
                   "complex_blocking": "standard", "brachytherapy": "verification not documented",
                   "hyperthermia": "probe check not documented"}[f]
            return (key, neg) if reg == "kv" else f"{key}: {neg}."
        span = F(f, self.feature_surface(f, reg))
        if reg == "kv":
            return (key, span)
        if reg == "terse":
            return span
        partner = PARTNER[1]
        options = {
            "arc_rotational": (f"Technique: {span}.", f"Simulated for {span}.", f"Arc geometry cleared for {span} at the sim.",
                               f"Planning technique selected at sim: {span}."),
            "particle": (f"Simulated at {partner} for {span}.", f"Technique: {span}.",
                         f"Proton-specific setup (range-shifter clearance) done; plan type {span}."),
            "custom_shielding": (f"{span} fabricated from the clinical markup.", f"{span} made at sim.",
                                 f"Shielding: {span} poured and checked."),
            "complex_blocking": (f"Field design uses {span}.", f"{span.capitalize() if False else span} required and drawn at sim.",
                                 f"Blocking: {span}."),
            "brachytherapy": (f"{span}.", f"Applicator: {span} before planning.", f"Brachy: {span} on the planning images."),
            "hyperthermia": (f"{span} at {partner}.", f"{span} before the session.", f"Hyperthermia: {span}."),
        }
        return pick(rng, options[f])

    def tech(self, reg: str) -> list[str] | KV:
        """Technique and device statements (every feature except contrast)."""
        plan = self.plan
        items: list = []
        for f in plan.features:
            if f == "contrast":
                continue
            items.append(self._tech_feature_body(f, reg))
        if self.corr_kind == "retract_feature" and self.corr_item != "contrast":
            f = self.corr_item or "arc_rotational"
            words = {"arc_rotational": "VMAT", "particle": "protons", "custom_shielding": "custom cutout made",
                     "complex_blocking": "complex blocking", "brachytherapy": "applicator verified",
                     "hyperthermia": "probe verified"}[f]
            items.append(("Technique", words) if reg == "kv" else (f"Technique: {words}." if reg == "prose" else words))
        return items

    # ---------------------------------------------------------- corrections
    def correction_text(self, reg: str) -> str:
        """The addendum or attestation correction (markup) or an empty string."""
        plan, rng = self.plan, self.rng
        k = self.corr_kind
        if k is None or k == "attest_only":
            return ""
        plan.add_trap("attestation_correction" if plan.correction and plan.correction["where"] == "attest"
                      else "addendum_correction")
        if k == "add_feature":
            f = self.corr_item or plan.features[0]
            span = F(f, self.feature_surface(f, "prose"))
            if f == "contrast":
                return pick(rng, (f"Correction: {span} WAS given at {self.clock.time(-20)} per the tech log.",
                                  f"Please note {span} was in fact administered; the note above is wrong.",
                                  f"Correction - {span} given prior to the scan."))
            return pick(rng, (f"Correction: {span} (the body of the note said otherwise).",
                              f"Correction to the above: {span}.", f"Amended: {span} - confirmed with dosimetry."))
        if k == "retract_feature":
            f = self.corr_item or "contrast"
            what = {"contrast": "contrast", "arc_rotational": "VMAT", "particle": "protons",
                    "custom_shielding": "a custom cutout", "complex_blocking": "complex blocking",
                    "brachytherapy": "applicator verification", "hyperthermia": "hyperthermia probe verification"}[f]
            why = {"contrast": pick(rng, ("the IV infiltrated and the scan was done without it",
                                          "eGFR came back 27, contrast held", "patient declined at the last minute")),
                   "arc_rotational": "the plan is 3D conformal", "particle": "proton coverage denied, photon plan",
                   "custom_shielding": "MLC shaping only", "complex_blocking": "standard MLC shaping only",
                   "brachytherapy": "no applicator at this visit", "hyperthermia": "no probes placed"}[f]
            return pick(rng, (f"Correction: {what} was NOT used - {why}.", f"Please disregard the line about {what}; {why}.",
                              f"Amended: no {what} ({why})."))
        if k == "retract_modality":
            m = self.corr_item or "MRI"
            return pick(rng, (f"Correction: the {m} was NOT fused - images never arrived from the outside facility.",
                              f"{m} fusion above is an error; registration failed and was not used.",
                              f"Disregard the {m} fusion line - wrong study, removed."))
        if k == "area_fix":
            a = self.areas("prose" if reg != "terse" else "terse", where="corr")
            lead = pick(rng, ("Correction to the area count: ", "Area count corrected: ", "Amended: "))
            return lead + (a if isinstance(a, str) else "")
        if k == "add_reason":
            clause = self.reason("prose", where="corr")
            return pick(rng, ("In addition: ", "I would add: ", "Addendum to indication: ")) + clause
        return ""
