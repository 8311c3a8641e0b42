"""Counted evidence and trap items for one note (marked sentences grouped in buckets)."""

from __future__ import annotations

import random

from writer_s import filler as fl
from writer_s import phrases as ph
from writer_s import vocab as vc
from writer_s.markup import tok
from writer_s.plan import Plan

WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}
FEATURE_WORDS = {
    "contrast": "IV contrast",
    "arc_rotational": "VMAT",
    "custom_shielding": "custom cutout",
    "complex_blocking": "complex blocking",
    "brachytherapy": "applicator check",
    "particle": "proton",
    "hyperthermia": "hyperthermia",
}
ALL_FEATURES = ["arc_rotational", "brachytherapy", "complex_blocking", "contrast", "custom_shielding"]


class Ctx:
    """Per-note state: the plan, its random stream, site vocabulary and item buckets."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.rng = random.Random(f"simcheck-writer-s-v1:{plan.nid}:text")
        self.site = vc.SITES[plan.site]
        self.side = plan.side
        self.other = "right" if plan.side == "left" else "left"
        self.doc = self.rng.choice(vc.LOCUMS)
        self.rtt = self.rng.choice(vc.THERAPISTS)
        self.age = self.rng.randint(6, 14) if plan.site == "pediatric" else self.rng.randint(41, 91)
        self.sex = self.rng.choice(["male", "female"])
        if plan.site in ("prostate",):
            self.sex = "male"
        if plan.site in ("gyn", "breast"):
            self.sex = "female"
        self.date = fl.date(self.rng)
        self.buckets: dict[str, list[str]] = {}
        self.traps: list[str] = []

    def add(self, bucket: str, item: str) -> None:
        """Append an item to a bucket."""
        self.buckets.setdefault(bucket, []).append(item)

    def trap(self, name: str) -> None:
        """Record a trap once."""
        if name not in self.traps:
            self.traps.append(name)

    def vals(self) -> dict[str, object]:
        """Fresh slot values for evidence templates."""
        rng = self.rng
        oars = list(self.site["oars"])  # type: ignore[call-overload]
        oar, oar2 = rng.sample(oars, 2)
        base = fl.vals(rng)
        base.update(
            {
                "oar": oar,
                "oar2": oar2,
                "mm": rng.randint(2, 9),
                "mm2": rng.choice([1, 1.25, 2, 2.5, 3]),
                "cm": rng.randint(2, 8),
                "cm2": rng.randint(2, 7),
                "year": rng.randint(2008, 2022),
                "prior": rng.choice(ph.PRIOR_SITES),
                "cond": rng.choice(vc.COND_IMMOB),
                "age": self.age,
                "struct": rng.choice(ph.CONTRAST_STRUCTS),
                "agent": rng.choice(ph.AGENTS),
                "ml": rng.choice([50, 75, 80, 100, 120, 150, 450, 900]),
                "g": rng.choice([18, 20, 22]),
                "arm": rng.choice(["left", "right"]),
                "min": rng.choice([30, 45, 60, 90]),
                "nurse": rng.choice(vc.NURSES),
                "scanner": rng.choice(vc.SCANNERS),
                "side": self.side,
                "Side": self.side.capitalize(),
                "other": self.other,
                "suv": round(rng.uniform(3.1, 21.0), 1),
                "psa": round(rng.uniform(2.1, 48.0), 1),
                "t": rng.randint(3, 9),
                "t2": rng.randint(10, 12),
            }
        )
        return base

    def fill(self, template: str) -> str:
        """Fill slots."""
        return template.format(**self.vals())

    def mark(self, template: str, kind: str, value: str) -> str:
        """Fill a ``[[...]]`` template and turn its bracketed part into a token."""
        filled = self.fill(template)
        head, rest = filled.split("[[", 1)
        inner, tail = rest.split("]]", 1)
        return head + tok(kind, value, inner) + tail


def cap(text: str) -> str:
    """Capitalise the first letter when it is plain text."""
    if text and text[0].isalpha():
        return text[0].upper() + text[1:]
    return text


def sentence(text: str) -> str:
    """Capitalise and close a sentence."""
    text = cap(text.strip())
    return text if text.endswith((".", ":", "!", "?")) else text + "."


# ----- counted evidence -------------------------------------------------------------------------


def rationale_item(ctx: Ctx, category: str, generic: bool = False) -> str:
    """A sentence carrying the RATIONALE span."""
    template = ctx.rng.choice(ph.RATIONALE[category])
    body = ctx.mark(template, "R", category)
    lead = ctx.rng.choice(ph.RATIONALE_LEADS)
    return sentence(f"{lead} {body}" if lead else body)


def area_items(ctx: Ctx) -> list[str]:
    """Sentences carrying AREA_COUNT / TREATMENT_SITE spans in the plan's form."""
    plan, rng = ctx.plan, ctx.rng
    assert plan.areas is not None
    sites = [tok("S", v, s) for v, s in plan.areas]
    n = plan.area_total() or 0
    form = plan.area_form
    if form == "single":
        lead = rng.choice(["Treatment area:", "Site:", "Area treated -", "Target area:", "Single area,", "Tx site:"])
        return [f"{lead} {sites[0]}."]
    if form == "count":
        word = rng.choice([WORDS[n], str(n)])
        count = tok("A", str(n), word)
        joiner = rng.choice([", ", "; ", " + "])
        listing = joiner.join(sites)
        return [
            rng.choice(
                [
                    f"Number of treatment areas: {count} ({listing}).",
                    f"{cap(count) if word.isalpha() else count} separate treatment areas: {listing}.",
                    f"Areas: {count} -- {listing}.",
                    f"We set up {count} treatment area{'s' if n > 1 else ''}: {listing}.",
                ]
            )
        ]
    if form == "bilateral":
        return [rng.choice([f"Targets: {sites[0]} plus {sites[1]}.", f"Treating the {sites[0]} and {sites[1]}."])]
    if form == "named":
        listing = ", ".join(sites[:-1]) + " and " + sites[-1]
        return [rng.choice([f"Treatment sites are the {listing}.", f"Targets: {listing}.", f"Covering {listing}."])]
    if form == "numbered":
        label = rng.choice(["Site", "Area", "Target", "Rx"])
        return [f"{label} {i + 1}: {s}." for i, s in enumerate(sites)]
    label = rng.choice(["Isocenter", "Iso", "ISO"])
    return [f"{label} {i + 1} - {s}." for i, s in enumerate(sites)]


def modality_items(ctx: Ctx) -> list[str]:
    """Sentences carrying MODALITY spans."""
    out = []
    for mod in ctx.plan.modalities:
        key = "4DCT" if mod == "CT" and ctx.plan.fourdct else mod
        out.append(sentence(ctx.mark(ctx.rng.choice(ph.MODALITY[key]), "M", mod)))
        if mod == "MRI" and "post-gad" in out[-1]:
            ctx.trap("fused_scan_old_contrast")
    return out


def feature_item(ctx: Ctx, feature: str) -> str:
    """A sentence carrying one FEATURE span."""
    key = (ctx.plan.contrast_kind or "IV") if feature == "contrast" else feature
    return sentence(ctx.mark(ctx.rng.choice(ph.FEATURE[key]), "F", feature))


def absent_features(ctx: Ctx) -> list[str]:
    """Features the plan does not have (candidates for traps)."""
    return [f for f in ALL_FEATURES if f not in ctx.plan.features]


def absent_modalities(ctx: Ctx) -> list[str]:
    """Modalities the plan does not have."""
    return [m for m in ("MRI", "PET", "fluoroscopy", "ultrasound", "CT") if m not in ctx.plan.modalities]


def extra_feature_safe(plan: Plan) -> bool:
    """Whether reading an unclear extra feature as present would leave the outcome unchanged."""
    return plan.outcome in ("supported_feature", "supported_areas", "areas_unknown", "no_imaging") or (
        plan.outcome == "no_rationale"
    )


def hist_item(ctx: Ctx) -> str:
    """A historical diagnostic imaging sentence."""
    ctx.trap("historical_imaging")
    text = ctx.fill(ctx.rng.choice(ctx.site["hist"]))  # type: ignore[arg-type]
    if "contrast" in text or "gad" in text:
        ctx.trap("historical_contrast")
    return sentence(text)


def bare_item(ctx: Ctx) -> str:
    """A bare assertion (never a rationale)."""
    ctx.trap("bare_assertion")
    return ctx.rng.choice(ph.BARE)


def sim_evidence(ctx: Ctx) -> None:
    """Fill the counted evidence buckets and the traps of a simulation note."""
    plan, rng = ctx.plan, ctx.rng
    if plan.rationale:
        ctx.add("rationale", rationale_item(ctx, plan.rationale))
    bare_odds = 0.75 if plan.outcome == "no_rationale" else (0.15 if plan.rationale else 0.0)
    if bare_odds and rng.random() < bare_odds:
        ctx.add("rationale", bare_item(ctx))
    if plan.areas is not None:
        for item in area_items(ctx):
            ctx.add("areas", item)
        if plan.area_form == "bilateral":
            ctx.trap("bilateral_counting")
        if plan.area_form == "isocenters":
            ctx.trap("isocenters_enumerate")
    else:
        ctx.trap("vague_count")
        ctx.add(
            "areas",
            rng.choice(
                [
                    "Treatment areas: per plan, dosimetry to finalize.",
                    "Multiple areas - see plan.",
                    "Sites: see treatment plan.",
                    "Number of areas not recorded at sim.",
                    "Fields/areas to be determined by the next doc.",
                ]
            ),
        )
    for item in modality_items(ctx):
        ctx.add("imaging", item)
    for feature in plan.features:
        ctx.add("technique", feature_item(ctx, feature))
    ctx.add("immob", sentence(ctx.fill(rng.choice(list(ctx.site["immob"])))))  # type: ignore[call-overload]
    sim_traps(ctx)


def sim_traps(ctx: Ctx) -> None:
    """Add trap items that never change the planned labels."""
    plan, rng = ctx.plan, ctx.rng
    absent = absent_features(ctx)
    mods_absent = absent_modalities(ctx)
    ctx.add("hx", hist_item(ctx))
    if rng.random() < 0.5:
        ctx.add("hx", hist_item(ctx))
    if rng.random() < 0.4:
        ctx.add("hx", sentence(ctx.fill(rng.choice(ph.HIST_CONTRAST))))
        ctx.trap("historical_contrast")
    menu = ["negated_feature", "planned_feature", "planned_modality", "negated_modality", "mlc", "bolus", "immob"]
    menu += ["copy_forward", "tertiary_prior", "other_person", "addendum_retract", "order_not_done", "misrec"]
    if plan.areas is not None and plan.area_total() == 1:
        menu += ["many_beams", "many_beams"]
    if plan.areas is not None and plan.area_form in ("count", "numbered", "named"):
        menu += ["addendum_count", "prior_site"]
    if plan.features and rng.random() < 0.5:
        menu.append("addendum_add")
    picks = rng.sample(menu, rng.randint(2, 4))
    if plan.fourdct and not plan.features:
        ctx.trap("4dct_alone")
    for pick in picks:
        if pick == "negated_feature" and absent:
            f = rng.choice(absent)
            ctx.add("technique", sentence(rng.choice(ph.NEG_FEATURE[f]).format(cr=round(rng.uniform(1.6, 2.4), 1))))
            ctx.trap("negated_feature")
        elif pick == "planned_feature":
            f = rng.choice([*absent, "particle"])
            ctx.add("plan", rng.choice(ph.PLAN_FEATURE[f]))
            ctx.trap("planned_feature")
        elif pick == "planned_modality" and mods_absent:
            m = rng.choice([x for x in mods_absent if x != "CT"] or mods_absent)
            ctx.add("plan", rng.choice(ph.PLAN_MODALITY[m]))
            ctx.trap("planned_modality")
        elif pick == "negated_modality" and mods_absent and plan.outcome != "no_imaging":
            m = rng.choice([x for x in mods_absent if x != "CT"] or ["MRI"])
            ctx.add("imaging", rng.choice(ph.NEG_MODALITY[m]))
            ctx.trap("negated_modality")
        elif pick == "mlc" and "complex_blocking" not in plan.features:
            ctx.add("technique", rng.choice(ph.MLC))
            ctx.trap("mlc_only")
        elif pick == "bolus":
            ctx.add("technique", rng.choice(ph.BOLUS))
            ctx.trap("bolus_not_feature")
        elif pick == "immob":
            ctx.add("immob", f"Custom {rng.choice(['Vac-Lok', 'Alpha Cradle', 'mask', 'foot cradle'])} made today.")
            ctx.trap("custom_immobilization")
        elif pick == "copy_forward" and absent:
            f1 = rng.choice(absent)
            m1 = rng.choice(mods_absent) if mods_absent else "MRI"
            yr = rng.randint(2015, 2022)
            ctx.add(
                "copy",
                rng.choice(
                    [
                        f"[Copied from {yr} sim note, prior course:] {FEATURE_WORDS[f1]} used; {m1} reviewed; "
                        f"{WORDS[rng.randint(2, 4)]} areas.",
                        f'Prior course ({yr}) text carried forward: "{FEATURE_WORDS[f1]}, {m1}" - not redone.',
                        f"copied fwd from {yr} note -- {FEATURE_WORDS[f1]}; {m1} fusion (old course)",
                    ]
                ),
            )
            ctx.trap("copy_forward")
        elif pick == "tertiary_prior" and absent:
            f1 = rng.choice([*absent, "particle", "hyperthermia"])
            ctx.add(
                "hx",
                f"Per faxed {rng.choice(vc.TERTIARY)} records the pt was simulated there in "
                f"{rng.randint(2012, 2022)} with {FEATURE_WORDS[f1]} (prior course, not this sim).",
            )
            ctx.trap("tertiary_sim_historical")
        elif pick == "other_person":
            ctx.add("hx", rng.choice(ph.OTHER_PERSON))
            ctx.trap("other_person")
        elif pick == "addendum_retract" and absent:
            f = rng.choice([x for x in absent if x != "brachytherapy"] or absent)
            word = FEATURE_WORDS[f]
            ctx.add("technique", f"{cap(word)} {'given' if f == 'contrast' else 'used'}.")
            ctx.add(
                "addendum",
                rng.choice(
                    [
                        f"Addendum {fl.date(rng)}: correction - {word} was NOT {'given' if f == 'contrast' else 'used'}"
                        f" for this sim; dictation error.",
                        f"ADDENDUM: disregard the {word} line above, it did not happen.",
                        f"Late entry/correction: no {word} at this simulation.",
                    ]
                ),
            )
            ctx.trap("addendum_retracts_feature")
        elif pick == "order_not_done" and absent:
            f = rng.choice(absent)
            ctx.add("order", f"Ordered: CT sim, {FEATURE_WORDS[f]}.")
            ctx.add("technique", f"{cap(FEATURE_WORDS[f])} from the order was not done.")
            ctx.trap("order_not_done")
        elif pick == "many_beams":
            ctx.add("technique", ctx.fill(rng.choice(ph.MANY_BEAMS)).replace("{n}", "7"))
            ctx.trap("many_beams_one_target")
        elif pick == "addendum_count":
            n = plan.area_total() or 1
            wrong = n + 1 if n < 4 else n - 1
            ctx.add("areas", f"Areas: {wrong}{rng.choice([' (see addendum)', '', ' per initial note'])}.")
            ctx.add(
                "addendum",
                f"Addendum: area count corrected to {tok('A', str(n), str(n))}; the earlier number was a typo.",
            )
            ctx.trap("addendum_fixes_count")
        elif pick == "prior_site":
            ctx.add(
                "hx",
                f"Prior RT to the {rng.choice(ph.PRIOR_SITES)} ({rng.randint(2009, 2021)}), not part of this course.",
            )
            ctx.trap("prior_site_in_passing")
        elif pick == "addendum_add" and plan.features:
            f = plan.features[0]
            bucket = ctx.buckets.get("technique", [])
            first = next((i for i, item in enumerate(bucket) if f"<<F:{f}|" in item), None)
            if first is not None:
                bucket.pop(first)
                ctx.add("technique", f"{cap(FEATURE_WORDS[f])}: none noted at time of dictation.")
                ctx.add("addendum", "Addendum: " + feature_item(ctx, f) + " (omitted from the original note).")
                ctx.trap("addendum_adds_feature")
        elif pick == "misrec":
            misrec(ctx)
    ctx.buckets.setdefault("technique", [])


def misrec(ctx: Ctx) -> None:
    """Speech-recognition misrecognitions, placed so either reading gives the same outcome."""
    plan, rng = ctx.plan, ctx.rng
    options = ["benign"]
    if "CT" in plan.modalities:
        options.append("fordct")
    if "arc_rotational" in plan.features:
        options.append("mat_redundant")
    elif extra_feature_safe(plan) and plan.features:
        options.append("mat_only")
    if plan.modalities and "PET" not in plan.modalities:
        options.append("pet_only")
    options.append("pet_hist")
    choice = rng.choice(options)
    if choice == "benign":
        ctx.add("immob", rng.choice(ph.MISREC_BENIGN))
        ctx.trap("misrecognition_benign")
    elif choice == "fordct":
        ctx.add("imaging", rng.choice(["Motion reviewed on the for DCT as well.", "for DCT phases reviewed."]))
        ctx.trap("misrecognition_redundant")
    elif choice == "mat_redundant":
        ctx.add("plan", rng.choice(["Dosimetry to plan the mat.", "the mat arcs per dosimetry"]))
        ctx.trap("misrecognition_redundant")
    elif choice == "mat_only":
        ctx.add("technique", rng.choice(["Technique the mat, 2 arcs.", "Plan is the mat per physics."]))
        ctx.trap("misrecognition_only")
    elif choice == "pet_only":
        ctx.add("imaging", rng.choice(["pet seat tea fused for contouring.", "The pet seat tea was registered."]))
        ctx.trap("misrecognition_only")
    else:
        ctx.add("hx", f"pet seat tea from {fl.date(rng)} showed {rng.choice(['no distant disease', 'avid nodes'])}.")
        ctx.trap("historical_imaging")
        ctx.trap("misrecognition_historical")
