"""Writer F's planner and renderer: decide what a note documents, then write it with exact spans.

A plan fixes site, note type, style, outcome, rationale, areas, features, modalities and traps. The
renderer writes sections from it; every counted mention is wrapped in span markup, every trap is plain
text. ``check`` refuses a note whose spans disagree with its plan.
"""

from __future__ import annotations

import itertools
import random
import re
from dataclasses import dataclass, field
from string import Template


from . import filler, phrases as P
from .markup import mark
from .vocab import SITES, Area, Site

SEED = "simcheck-writer-f-v1"
MODALITY_ORDER = ("CT", "MRI", "PET", "fluoroscopy", "ultrasound")
STYLES = ("resident_attest", "structure_jargon", "plan_table", "bullets", "signout", "dictated", "ehr_form", "long")
NONSIM_TYPES = ("consult", "on_treatment", "treatment_summary", "follow_up", "physics")
# per 50 notes: 15 supported by a feature, 4 by 3+ areas, 10 77290-level unsupported, 5 77285, 6 77280, 10 non-sim
_CYCLE = (["supported_feature"] * 15 + ["supported_areas"] * 4 + ["unsupported_77290"] * 10 + ["level_77285"] * 5
          + ["level_77280"] * 6 + ["non_simulation"] * 10)
random.Random("writer-f-cycle").shuffle(_CYCLE)
OUTCOME_CYCLE: tuple[str, ...] = tuple(_CYCLE)
_WORD = re.compile(r"[a-z0-9]+(?:['/][a-z0-9]+)*")
_EV = re.compile("¦([^¦]+)¦")
NUM = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
NO_IMAGING_SITES = ("skin with electron cutouts", "total skin electrons", "multiple bone metastases", "palliative")
MOTION_SITES = ("lung with 4DCT", "pancreas", "esophagus")
DOCS = ("Dr A. Okafor", "Dr L. Brennan", "Dr M. Castellano", "Dr R. Iyer", "Dr S. Lindqvist", "Dr T. Nakamura",
        "Dr P. Haddad", "Dr E. Moreau", "Dr J. Kowalczyk", "Dr F. Adeyemi")


@dataclass
class Plan:
    """What one note documents, decided before any text is written."""

    note_id: str
    site: Site
    note_type: str
    style: str
    outcome: str
    reg: str
    rationale: str | None = None
    absent: str | None = None
    areas: list[Area] = field(default_factory=list)
    area_mode: str = "unknown"
    features: list[str] = field(default_factory=list)
    modalities: list[str] = field(default_factory=list)
    contrast_kind: str = "iv"
    four_d: bool = False
    traps: list[str] = field(default_factory=list)
    addendum: tuple[str, str] | None = None

    @property
    def n_areas(self) -> int | None:
        """The documented area count (None when not countable)."""
        if self.area_mode == "unknown":
            return None
        return sum(a.weight for a in self.areas)

    def trap(self, name: str) -> None:
        """Record a trap once."""
        if name not in self.traps:
            self.traps.append(name)


# ----------------------------------------------------------------------------------------------- planning
def _subsets(site: Site, n: int) -> list[list[Area]]:
    out: list[list[Area]] = []
    for size in range(1, len(site.areas) + 1):
        for combo in itertools.combinations(site.areas, size):
            if not site.shuffle_areas and combo[0] is not site.areas[0]:
                continue
            if sum(a.weight for a in combo) == n:
                out.append(list(combo))
    return out


def _feasible(site: Site, n: int) -> bool:
    return bool(_subsets(site, n))


def _pick_site(rng: random.Random, outcome: str, sub: str) -> Site:
    pool: list[Site] = []
    for site in SITES:
        if outcome == "supported_areas":
            ok = site.no_feature_ok and any(_feasible(site, k) for k in (3, 4, 5))
        elif outcome == "level_77285":
            ok = site.no_feature_ok and _feasible(site, 2)
        elif outcome == "level_77280":
            ok = site.no_feature_ok and not site.key.startswith("craniospinal")
        elif outcome == "unsupported_77290" and sub == "no_imaging":
            ok = site.key in NO_IMAGING_SITES
        else:
            ok = True
        if ok:
            pool.append(site)
    return rng.choice(pool)


def _choose_areas(rng: random.Random, site: Site, wanted: list[int]) -> list[Area]:
    for n in wanted:
        options = _subsets(site, n)
        if options:
            return list(rng.choice(options))
    return [site.areas[0]]


def make_plan(index: int) -> Plan:
    """Decide everything a note documents (deterministic per note id)."""
    note_id = f"wf-{index:04d}"
    rng = random.Random(f"{SEED}:{note_id}")
    outcome = OUTCOME_CYCLE[(index - 1) % len(OUTCOME_CYCLE)]
    sub = ""
    if outcome == "unsupported_77290":
        sub = rng.choice(("no_rationale",) * 6 + ("areas_unknown",) * 3 + ("no_imaging",) * 2)
    site = _pick_site(rng, outcome, sub)
    style = rng.choice(STYLES)
    reg = {"dictated": "prose", "long": "prose", "resident_attest": "prose", "signout": "terse",
           "structure_jargon": "terse", "ehr_form": "field", "plan_table": "field",
           "bullets": rng.choice(("prose", "terse"))}[style]
    if outcome == "non_simulation":
        note_type = rng.choice(NONSIM_TYPES)
    elif site.key in ("GYN brachytherapy", "prostate HDR/LDR brachytherapy") and rng.random() < 0.7:
        note_type = "brachy_sim"
    elif site.key in ("pediatric under anesthesia", "craniospinal (proton)") and rng.random() < 0.6:
        note_type = "anesthesia_sim"
    elif site.key == "head and neck re-irradiation" and rng.random() < 0.6:
        note_type = "resim"
    else:
        note_type = rng.choice(("sim_note",) * 3 + ("sim_procedure",) * 2 + ("order_sim",) * 2 + ("resim",))
    plan = Plan(note_id, site, note_type, style, outcome, reg)
    if outcome == "non_simulation":
        plan.trap("non_simulation_note")
        return plan

    # areas
    if outcome == "supported_areas":
        plan.areas = _choose_areas(rng, site, rng.sample([3, 4, 5], 3))
    elif outcome == "level_77285":
        plan.areas = _choose_areas(rng, site, [2])
    elif outcome == "level_77280":
        plan.areas = _choose_areas(rng, site, [1])
    else:
        wanted = rng.choice(([1, 2], [1], [2, 1], [3, 2, 1], [1, 2]))
        if site.key.startswith("craniospinal"):
            wanted = [3, 2]
        plan.areas = _choose_areas(rng, site, wanted)
    plan.area_mode = rng.choice(("count", "list", "list", "iso") if style == "plan_table" else ("count", "list", "list"))
    if sub == "areas_unknown":
        plan.area_mode = "unknown"
        plan.trap("areas_not_countable")

    # features
    if outcome in ("supported_feature", "unsupported_77290"):
        k = 2 if (rng.random() < 0.25 and len(site.features) > 1) else 1
        plan.features = sorted(rng.sample(site.features, k))
        if site.key in ("GYN brachytherapy", "prostate HDR/LDR brachytherapy") and "brachytherapy" not in plan.features:
            plan.features = sorted(set(plan.features) | {"brachytherapy"})
        if sub == "no_imaging":
            plan.features = ["custom_shielding"]
        if sub == "no_rationale" and (plan.n_areas or 0) >= 3 and rng.random() < 0.4:
            plan.features = []
    if "contrast" in plan.features:
        plan.contrast_kind = rng.choice(site.contrast or ("iv",))

    # modalities
    if sub != "no_imaging" and not (outcome in ("level_77285", "level_77280") and rng.random() < 0.08
                                    and site.key in NO_IMAGING_SITES):
        mods = {"CT"}
        if site.key in ("GYN brachytherapy", "prostate HDR/LDR brachytherapy"):
            mods = set(rng.sample(("CT", "CT") + site.extra_modalities, 2))
        for extra in site.extra_modalities:
            if rng.random() < 0.3:
                mods.add(extra)
        plan.modalities = [m for m in MODALITY_ORDER if m in mods]
        plan.four_d = site.key in MOTION_SITES and "CT" in mods and rng.random() < 0.7
    else:
        plan.trap("clinical_setup_no_imaging")

    # rationale
    give = outcome in ("supported_feature", "supported_areas") or (
        outcome in ("level_77285", "level_77280") and rng.random() < 0.45) or (
        outcome == "unsupported_77290" and sub != "no_rationale" and rng.random() < 0.8)
    if give:
        kinds = [k for k in site.rationale_kinds if _kind_ok(plan, k)] or ["OAR proximity"]
        plan.rationale = rng.choice(kinds)
        if plan.rationale == "fusion for delineation" and not _fused(plan):
            fusable = [m for m in ("MRI", "PET") if m in site.extra_modalities]
            plan.modalities = [m for m in MODALITY_ORDER if m in set(plan.modalities) | {fusable[0]}]
    else:
        plan.absent = rng.choice(("bare", "bare", "hedged", "blank", "copied", "none", "attest")
                                 if style == "resident_attest" else ("bare", "bare", "hedged", "blank", "copied", "none"))
        if style == "resident_attest" and rng.random() < 0.5:
            plan.absent = "attest"
    _choose_traps(rng, plan)
    return plan


def _fused(plan: Plan) -> bool:
    return any(m in plan.modalities for m in ("MRI", "PET"))


def _kind_ok(plan: Plan, kind: str) -> bool:
    site = plan.site
    if kind == "contrast for delineation":
        return "contrast" in plan.features
    if kind == "fusion for delineation":
        return bool(plan.modalities) and (_fused(plan) or any(m in site.extra_modalities for m in ("MRI", "PET")))
    if kind == "multiple targets":
        return (plan.n_areas or 0) >= 2
    if kind == "target motion":
        return plan.four_d
    if kind == "applicator verification":
        return "brachytherapy" in plan.features
    if kind == "custom shielding":
        return "custom_shielding" in plan.features
    return True


def _choose_traps(rng: random.Random, plan: Plan) -> None:
    cands = ["negated_feature", "planned_feature", "historical_imaging", "historical_imaging", "other_person",
             "blank_template", "copy_forward", "addendum_correction", "plan_future", "negated_modality",
             "planned_modality", "ordered_not_done", "immobilization_not_feature"]
    if plan.rationale:
        cands.append("bare_assertion")
    if plan.n_areas == 1:
        cands += ["many_beams_one_target", "many_beams_one_target"]
    if not {"custom_shielding", "complex_blocking"} & set(plan.features):
        cands.append("mlc_only")
    if plan.site.motion:
        cands += ["device_not_feature", "device_not_feature"]
    if plan.area_mode == "count" and plan.site.prior_site:
        cands.append("sites_in_passing")
    k = rng.choice((0, 1, 1, 2, 2, 2, 3, 3))
    for name in rng.sample(cands, k):
        plan.trap(name)
    if plan.absent == "bare":
        plan.trap("bare_assertion")
    elif plan.absent == "hedged":
        plan.trap("hedged_rationale")
    elif plan.absent == "blank":
        plan.trap("blank_template")
    elif plan.absent == "copied":
        plan.trap("copy_forward")
    elif plan.absent == "attest":
        plan.trap("attestation_only")
    if plan.four_d and not plan.features:
        plan.trap("4dct_alone")
    if plan.note_type == "order_sim":
        plan.trap("order_vs_procedure")
    if plan.note_type == "resim" or plan.site.key == "head and neck re-irradiation":
        plan.trap("prior_course_mentioned")
    if plan.area_mode == "list" and any(a.weight == 2 for a in plan.areas):
        plan.trap("bilateral_counting")
    if "addendum_correction" in plan.traps:
        plan.addendum = _addendum_kind(rng, plan)
        if plan.addendum is None:
            plan.traps.remove("addendum_correction")


def _addendum_kind(rng: random.Random, plan: Plan) -> tuple[str, str] | None:
    options: list[tuple[str, str]] = []
    for item in ("contrast", "arc_rotational"):
        if item not in plan.features:
            options.append(("retract", item))
    for item in ("MRI", "PET"):
        if item not in plan.modalities and plan.modalities:
            options.append(("retract", item))
    if "contrast" in plan.features:
        options += [("confirm", "contrast")] * 2
    for item in ("MRI", "PET"):
        if item in plan.modalities:
            options.append(("confirm", item))
    if plan.area_mode == "count" and (plan.n_areas or 0) >= 2:
        options.append(("count", "areas"))
    return rng.choice(options) if options else None


# ----------------------------------------------------------------------------------------------- rendering
class Writer:
    """Writes one note from its plan: element phrases, trap phrases, sections and layout."""

    def __init__(self, plan: Plan, rng: random.Random) -> None:
        self.plan = plan
        self.rng = rng
        site = plan.site
        oars = rng.sample(site.oars, 2) if len(site.oars) > 1 else [site.oars[0], site.oars[0]]
        app = rng.choice(site.extras.get("applicator", ("applicator",)))
        self.vars = {
            "tgt": rng.choice(site.target) if plan.n_areas is not None else rng.choice(("target", "tumour", "gross disease")),
            "oar": oars[0], "oar2": oars[1], "mm": str(rng.choice((2, 3, 4, 5, 6, 7, 8, 1.5, 2.5))),
            "cm": str(rng.randint(2, 7)), "fmod": "MRI" if "MRI" in plan.modalities else "PET",
            "prior": rng.choice(("60 Gy (2019)", "66 Gy in 2018", "70 Gy/35 in 2020", "50 Gy five years ago", "30 Gy/10 in 2022")),
            "age": str(rng.randint(*site.age)), "app": app, "motion": str(rng.randint(9, 24)),
            "ml": str(rng.choice((75, 80, 90, 100, 120))), "when": rng.choice(("diagnostic", "pre-operative", "outside", "recent")),
            "extent": rng.choice(P.EXTENT), "cr": str(round(rng.uniform(1.7, 3.2), 1)), "egfr": str(rng.randint(18, 29)),
            "year": str(rng.randint(2012, 2023)), "date": filler.date(rng), "copy": rng.choice(P.COPY_ITEMS),
        }
        self.doc = rng.choice(DOCS)
        self.resident = rng.choice(("Dr K. Osei (PGY-3)", "Dr N. Varga (PGY-4)", "Dr H. Lam (PGY-2)", "Dr C. Ruiz (fellow)"))

    # -- element helpers
    def sub(self, template: str) -> str:
        return Template(template).safe_substitute(self.vars)

    def ev(self, template: str, label: str, value: str) -> str:
        text = self.sub(template)
        return _EV.sub(lambda m: mark(label, value, m.group(1)), text, count=1)

    def plain(self, template: str) -> str:
        return self.sub(template).replace("¦", "")

    def pick(self, pool: dict[str, tuple[str, ...]], reg: str | None = None) -> str:
        return self.rng.choice(pool[reg or self.plan.reg])

    def rationale(self) -> list[str]:
        plan = self.plan
        if plan.rationale:
            return [self.ev(self.pick(P.RATIONALE[plan.rationale]), "RATIONALE", plan.rationale)]
        if plan.absent == "bare":
            return [self.rng.choice(P.BARE)]
        if plan.absent == "hedged":
            return [self.rng.choice(P.HEDGED)]
        if plan.absent == "blank":
            return [self.rng.choice(P.BLANK_RATIONALE)]
        if plan.absent == "copied":
            kind = self.rng.choice(tuple(P.RATIONALE))
            reason = self.plain(self.rng.choice(P.RATIONALE[kind]["terse"]))
            return [self.sub(f"Rationale (copied from the $year note): {reason}.")]
        return []

    def feature(self, feat: str) -> str:
        if feat == "contrast":
            return self.ev(self.pick(P.CONTRAST[self.plan.contrast_kind]), "FEATURE", "contrast")
        return self.ev(self.pick(P.FEATURE[feat]), "FEATURE", feat)

    def modality(self, mod: str) -> str:
        if mod == "CT" and self.plan.four_d:
            return self.ev(self.pick(P.MODALITY["4DCT"]), "MODALITY", "CT")
        template = self.pick(P.MODALITY[mod])
        if mod in ("MRI", "PET") and self.rng.random() < 0.4:
            old = self.rng.choice(("with gadolinium", "with IV contrast", "contrast-enhanced"))
            template = self.rng.choice((f"¦The {self.vars['when']} {mod} ({old}, {self.vars['date']}) was fused¦ to the planning CT.",
                                        f"¦{mod} {old} from {self.vars['date']} registered¦ for GTV",
                                        f"Fusion: ¦{mod} {old}, {self.vars['date']}¦"))
            self.plan.trap("fused_old_contrast")
        elif mod in ("MRI", "PET") and re.search("contrast|gad", template):
            self.plan.trap("fused_old_contrast")
        return self.ev(template, "MODALITY", mod)

    def site_surface(self, area: Area) -> str:
        pool = area.short if self.plan.reg == "terse" else area.full
        return mark("TREATMENT_SITE", area.value, self.rng.choice(pool))

    def count_surface(self, n: int) -> str:
        reg = self.plan.reg
        if n == 1 and reg != "field":
            return mark("AREA_COUNT", "1", self.rng.choice(("a single treatment area", "one area", "1 area", "single site",
                                                            "one treatment site") if reg == "prose" else ("1 area", "1 site", "single area")))
        if reg == "terse":
            return mark("AREA_COUNT", str(n), self.rng.choice((f"{n} areas", f"x{n} sites", f"{n} sites", f"{n} tx areas")))
        if reg == "field":
            return mark("AREA_COUNT", str(n), str(n))
        return mark("AREA_COUNT", str(n), self.rng.choice((f"{NUM[n]} treatment areas", f"{NUM[n]} separate areas",
                                                           f"{n} treatment sites", f"{NUM[n]} areas")))

    def areas(self) -> list[str]:
        plan, rng = self.plan, self.rng
        if plan.area_mode == "unknown":
            return [rng.choice(("Treatment sites: per the physician directive.", "Multiple areas, see plan.",
                                "Sites as discussed in clinic.", "Areas: to be confirmed by the attending at contour review.",
                                "tx sites - see RO directive", "Fields to several sites; details in the plan document."))]
        names = [self.site_surface(a) for a in plan.areas]
        joined = _join(names, rng)
        n = plan.n_areas or 1
        wrong = ""
        if plan.addendum == ("count", "areas"):
            bad = n - 1
            wrong = rng.choice((f"{NUM[bad]} treatment areas", f"{bad} areas"))
        if plan.area_mode == "count" and not wrong:
            cnt = self.count_surface(n)
            if plan.reg == "field":
                return [rng.choice((f"Number of treatment areas: {cnt}", f"# of areas: {cnt}", f"Treatment areas (n): {cnt}")),
                        f"Sites: {joined}"] if rng.random() < 0.6 else [f"Areas: {_checkbox(n, rng)}"]
            if plan.reg == "terse":
                return [f"{cnt}: {joined}"]
            if n == 1:
                return [rng.choice((f"We simulated {cnt} ({joined}).", f"{_cap(cnt)}: {joined}.",
                                    f"This course covers {cnt}, the {joined}."))]
            return [rng.choice((f"We simulated {cnt}: {joined}.", f"There are {cnt} this course ({joined}).",
                                f"{_cap(cnt)} were set up, namely {joined}."))]
        if wrong:
            return [rng.choice((f"Areas: {wrong} ({joined})." if plan.reg != "terse" else f"{wrong}",
                                f"Simulated {wrong}."))]
        if plan.reg == "field":
            return [rng.choice((f"Treatment site(s): {joined}", f"Target(s): {joined}", f"Site: {joined}"))]
        if plan.reg == "terse":
            return [rng.choice((f"tx: {joined}", f"tgt {joined}", f"sites {joined}"))]
        if len(names) == 1:
            return [rng.choice((f"The single target is the {names[0]}.", f"Target: {names[0]}.",
                                f"Only the {names[0]} is being treated.", f"Treatment is to the {names[0]} alone."))]
        return [rng.choice((f"Targets simulated: {joined}.", f"Areas treated this course are the {joined}.",
                            f"We will treat the {joined}, each set up today."))]

    def table_rows(self) -> list[str]:
        plan, rng = self.plan, self.rng
        sep = rng.choice((" | ", "\t", " ; "))
        tech = "3D"
        if "arc_rotational" in plan.features:
            tech = mark("FEATURE", "arc_rotational", rng.choice(("VMAT", "RapidArc", "arc")))
        elif "brachytherapy" in plan.features:
            tech = rng.choice(("HDR", "brachy", "Ir-192 HDR"))
        elif "particle" in plan.features:
            tech = mark("FEATURE", "particle", rng.choice(("PBS", "proton", "IMPT")))
        else:
            tech = rng.choice(("3D", "IMRT static", "static IMRT", "3DCRT"))
        header = sep.join(rng.choice((("Iso", "Site", "Rx", "Tech"), ("#", "Target", "Dose/fx", "Technique"))))
        rows = [header]
        for i, area in enumerate(plan.areas, start=1):
            rows.append(sep.join((f"{i}", self.site_surface(area), rng.choice(plan.site.doses), tech)))
        return rows

    # -- trap helpers
    def not_in(self, items: tuple[str, ...], have: list[str]) -> list[str]:
        return [i for i in items if i not in have]

    def trap_lines(self) -> dict[str, list[str]]:
        """Plain (never spanned) trap text per section key."""
        plan, rng, v = self.plan, self.rng, self.vars
        out: dict[str, list[str]] = {}

        def put(key: str, text: str) -> None:
            out.setdefault(key, []).append(self.plain(text))

        feats_absent = self.not_in(tuple(P.NEG_FEATURE), plan.features)
        mods_absent = self.not_in(("MRI", "PET", "ultrasound", "fluoroscopy"), plan.modalities)
        for trap in list(plan.traps):
            if trap == "negated_feature" and feats_absent:
                f = rng.choice([f for f in feats_absent if f in ("contrast", "arc_rotational", "particle", "custom_shielding")] or feats_absent)
                put("scan" if f == "contrast" else "technique", rng.choice(P.NEG_FEATURE[f]))
            elif trap == "negated_modality" and mods_absent:
                put("scan", rng.choice(P.NEG_MODALITY[rng.choice(mods_absent[:2])]))
            elif trap == "planned_feature" and feats_absent:
                f = rng.choice([f for f in feats_absent if f in P.PLANNED_FEATURE
                                and (f != "brachytherapy" or plan.site.key in ("GYN brachytherapy", "prostate +/- pelvis"))
                                and (f != "hyperthermia" or plan.site.key.startswith("sarcoma"))])
                put("plan", rng.choice(P.PLANNED_FEATURE[f]))
            elif trap == "planned_modality":
                opts = [m for m in ("MRI", "PET") if m not in plan.modalities] or ["MRI"]
                put("plan", rng.choice(P.PLANNED_MODALITY[rng.choice(opts)]))
            elif trap == "ordered_not_done":
                opts = [k for k in ("contrast", "arc_rotational") if k not in plan.features]
                opts += [k for k in ("MRI", "PET") if k not in plan.modalities]
                key = rng.choice(opts)
                put("scan", rng.choice(P.ORDERED_NOT_DONE[key]))
            elif trap == "historical_imaging":
                lines = rng.sample(plan.site.history, k=min(len(plan.site.history), rng.randint(1, 2)))
                for line in lines:
                    if re.search("contrast|gad", line, re.I):
                        plan.trap("historical_contrast")
                    put("hx", rng.choice(("{0}.", "Imaging: {0}.", "Prior workup — {0}.", "{0} (diagnostic).")).format(line))
            elif trap == "other_person":
                put("hx", rng.choice(P.OTHER_PERSON))
            elif trap == "blank_template":
                blanks = [f"{_label(f)}: ___" for f in feats_absent[:3]] + [f"[ ] {_label(m)}" for m in mods_absent[:2]]
                if blanks:
                    put("blank", "  ".join(rng.sample(blanks, k=min(3, len(blanks)))))
            elif trap == "copy_forward" and plan.absent != "copied":
                put("prior", rng.choice(P.COPY_FORWARD))
            elif trap == "plan_future":
                for line in rng.sample(P.FUTURE, k=rng.randint(2, 4)):
                    put("plan", line)
            elif trap == "many_beams_one_target":
                if "arc_rotational" in plan.features:
                    continue  # the arc phrase itself names the arcs on the one target
                put("technique", rng.choice(("Plan: {b} to the one target.", "{b}, single isocentre.",
                                             "Beam arrangement: {b} (one target).")).format(b=rng.choice(P.BEAMS_ONE)))
            elif trap == "mlc_only":
                put("technique", rng.choice(P.MLC_ONLY))
            elif trap == "immobilization_not_feature":
                put("immob", rng.choice(("Immobilisation: {0}.", "Positioned with {0}.", "{0}; indexed to the couch.")).format(
                    rng.choice(plan.site.immob)))
            elif trap == "device_not_feature":
                item = rng.choice(plan.site.motion)
                put("immob", rng.choice(("{0}.", "Also: {0}.", "Motion/setup aids: {0}.")).format(item))
                low = item.lower()
                if "bolus" in low:
                    plan.trap("bolus_not_feature")
                elif re.search("fiducial|spacer|balloon|marker", low):
                    plan.trap("fiducials_spacer_not_feature")
                elif re.search("dibh|sgrt|compression|breath|4dct|motion", low):
                    plan.trap("motion_management_not_feature")
            elif trap == "sites_in_passing":
                prior = rng.choice(plan.site.prior_site)
                put("hx", rng.choice(("Prior RT to the {0}, not part of this course.", "Previously treated: {0} (not re-treated).",
                                      "Note: {0} was irradiated before; not a target now.")).format(prior))
            elif trap == "bare_assertion" and plan.rationale:
                put("indication", rng.choice(P.BARE))
            elif trap == "prior_course_mentioned":
                prior = rng.choice(plan.site.prior_site or ("prior course",))
                put("prior", rng.choice(("Prior course: {0}.", "Previous RT: {0}; old plan retrieved for composite review.",
                                         "History of radiation: {0}.")).format(prior))
        if plan.addendum and plan.addendum[0] == "retract":
            item = plan.addendum[1]
            body, add = P.ADDENDUM_RETRACT[item]
            put("scan" if item != "arc_rotational" else "technique", body)
            put("addendum", add)
        _ = v
        return out

    def addendum_confirm(self) -> tuple[str, str] | None:
        if self.plan.addendum and self.plan.addendum[0] == "confirm":
            body, add = P.ADDENDUM_CONFIRM[self.plan.addendum[1]]
            item = self.plan.addendum[1]
            label = "FEATURE" if item == "contrast" else "MODALITY"
            return self.plain(body), self.ev(add, label, item)
        if self.plan.addendum == ("count", "areas"):
            n = self.plan.n_areas or 0
            return "", self.rng.choice((
                f"Addendum ({self.vars['date']}): correction, {mark('AREA_COUNT', str(n), f'{NUM[n]} areas')} were simulated, not {NUM[n - 1]}.",
                f"ADDENDUM: area count corrected to {mark('AREA_COUNT', str(n), str(n))}.",
                f"Late entry: the number of treatment areas is {mark('AREA_COUNT', str(n), NUM[n])}; earlier entry in error."))
        return None


def _label(name: str) -> str:
    return {"contrast": "Contrast", "arc_rotational": "Arc/VMAT", "particle": "Protons", "custom_shielding": "Custom blocks",
            "complex_blocking": "Complex blocking", "brachytherapy": "Applicator verification", "hyperthermia": "Hyperthermia probes",
            "MRI": "MRI fusion", "PET": "PET fusion", "ultrasound": "Ultrasound", "fluoroscopy": "Fluoroscopy"}[name]


def _join(items: list[str], rng: random.Random) -> str:
    if len(items) == 1:
        return items[0]
    glue = rng.choice((", ", " + ", "; ", " / "))
    if glue == ", " and rng.random() < 0.6:
        return ", ".join(items[:-1]) + " and " + items[-1]
    return glue.join(items)


def _checkbox(n: int, rng: random.Random) -> str:
    boxes = []
    for k in (1, 2, 3, 4):
        if k == n or (n > 4 and k == 4):
            boxes.append(mark("AREA_COUNT", str(n), f"[x] {k}" if n <= 4 else f"[x] {n}"))
        else:
            boxes.append(f"[ ] {k}")
    return " ".join(boxes)


def _cap(text: str) -> str:
    """Capitalise the first visible character when it is a letter (inside span markup too)."""
    if text.startswith("\u27e6"):
        j = text.index("|")
        return text[: j + 1] + text[j + 1 : j + 2].upper() + text[j + 2 :]
    return text[:1].upper() + text[1:]
