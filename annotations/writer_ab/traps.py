# ruff: noqa: E501, D103
"""Trap phrasing: mentions that must NOT count (negated, planned, historical, copied, other facility...).

Every function returns plain text (no tokens).  ``eligible`` lists the traps a plan allows without changing its
labels; composers place the chosen ones and record each trap only when its text is actually written.
"""

from __future__ import annotations

from .context import Ctx
from .plan import SIM_TYPES

FEATURE_WORDS = {
    "contrast": ["IV contrast", "oral contrast", "contrast"],
    "arc_rotational": ["VMAT", "arc therapy"],
    "custom_shielding": ["custom blocks", "a custom cutout"],
    "complex_blocking": ["complex blocking"],
    "brachytherapy": ["brachytherapy"],
}


def missing_features(ctx: Ctx) -> list[str]:
    """Features this site could plausibly mention that the plan does not have."""
    site_feats = list(ctx.site["features"]) + list(ctx.site.get("extra_features", []))
    return [f for f in ("contrast", "arc_rotational", "custom_shielding", "complex_blocking") if f not in ctx.plan.features and f in site_feats]


def missing_mods(ctx: Ctx) -> list[str]:
    return [m for m in ("MRI", "PET", "fluoroscopy", "ultrasound") if m not in ctx.plan.modalities]


def free_routes(ctx: Ctx) -> list[str]:
    """Contrast routes that are not given in this simulation (safe to negate / plan / retract)."""
    site_routes = list(ctx.site["routes"])
    if "IV" not in site_routes:
        site_routes.insert(0, "IV")
    if "contrast" not in ctx.plan.features:
        return site_routes
    return [r for r in site_routes if r not in ctx.plan.routes]


def eligible(ctx: Ctx) -> list[str]:
    p = ctx.plan
    out = ["historical_imaging", "historical_contrast"]
    if p.note_type not in SIM_TYPES:
        out += ["planned_feature", "planned_modality", "family_reported"]
        return out
    if p.outcome == "thin":
        return [*out, "planned_feature", "planned_modality"]
    if (missing_features(ctx) or free_routes(ctx)) and not (p.site == "gyn_brachy" and p.note_type == "brachy_procedure" and "contrast" in p.features and "IV" in p.routes):
        out += ["negated_feature", "planned_feature"]
    if missing_mods(ctx):
        out += ["negated_modality", "planned_modality"]
    out += ["bare_assertion"] * (3 if p.rationale is None else 1)
    if p.n_areas == 1 and "arc_rotational" not in p.features and p.site not in ("gyn_brachy", "skin"):
        out += ["many_beams", "many_beams"]
    if "complex_blocking" not in p.features and "custom_shielding" not in p.features and p.site != "gyn_brachy":
        out.append("mlc_only")
    if p.site in ("head_neck", "skin", "breast") and p.site != "gyn_brachy":
        out.append("bolus")
    if p.site != "gyn_brachy":
        out.append("custom_immobilization")
    if p.site in ("gyn_ebrt", "gyn_brachy") and "contrast" not in p.features:
        out.append("marker_not_contrast")
    if p.site == "gyn_ebrt" and "brachytherapy" not in p.features:
        out.append("brachy_planned")
    if p.site in ("head_neck", "esophagus", "lymphoma", "peds") and p.site != "gyn_brachy":
        out.append("proton_referral")
    if p.site == "gyn_brachy" and "MRI" not in p.modalities:
        out += ["mri_unavailable", "mri_unavailable"]
    if "IV" in free_routes(ctx):
        out.append("contrast_held")
    if p.fused and ("contrast" not in p.features or "IV" not in p.routes):
        out += ["fused_old_contrast", "fused_old_contrast"]
    if p.style in ("bilingual", "interpreter") and (missing_features(ctx) or missing_mods(ctx)):
        out += ["spanish_negation", "spanish_negation", "spanish_negation"]
    if p.style in ("rn", "long", "satellite_caps") and (missing_features(ctx) or missing_mods(ctx)):
        out.append("spanish_negation")
    if p.style in ("interpreter", "long", "bilingual"):
        out.append("family_reported")
    if p.site == "peds":
        out.append("sedation_not_feature")
    out.append("copy_forward")
    return out


# ------------------------------------------------------------------ texts
def historical_imaging(ctx: Ctx) -> str:
    d = ctx.past_date(ctx.rng.randint(1, 5))
    fac = ctx.pick([ctx.outside_short, "RCCMC radiology", "the ED", "an outside clinic", "a mobile unit"])
    find = ctx.pick(["a {cm} cm mass", "no distant disease", "two enlarged nodes", "progression at the primary", "findings as above",
                     "stable disease elsewhere", "the lesion described"]).replace("{cm}", ctx.pick(["2.1", "3.4", "4", "5.6"]))
    from .vocab import STUDIES
    study = ctx.pick(STUDIES[ctx.plan.site] + ["resonancia" if ctx.plan.site != "skin" else "CT head"])
    return ctx.pick([
        f"{study} {d} ({fac}) showed {find}.",
        f"Staging {study} on {d} at {fac}: {find}.",
        f"Outside {study} dated {d} reviewed - {find}.",
        f"{study} ({d}): {find}.",
    ])


def historical_contrast(ctx: Ctx) -> str:
    from .vocab import STUDIES
    d = ctx.past_date(ctx.rng.randint(1, 6))
    study = ctx.pick([x for x in STUDIES[ctx.plan.site] if "bone scan" not in x and "EUS" not in x])
    return ctx.pick([
        f"{study} with IV contrast on {d} at {ctx.outside_short} showed the primary without distant spread.",
        f"Contrast-enhanced {study} {d} demonstrated the extent described above.",
        f"Prior {study} with contrast ({d}, ED) - no acute findings apart from the known disease.",
        f"'Tomografía con contraste' done in {ctx.mx_town} ({d}); report translated and scanned to Media.",
        f"Diagnostic {study} w/ contrast {d}: findings as in the HPI.",
        f"{d}: {study} with IV contrast, disease as above.",
    ])


def family_reported(ctx: Ctx) -> str:
    return ctx.pick([
        f"Per {ctx.his} {ctx.rel_en} (via interpreter), {ctx.he} had a 'tomografía con contraste' in {ctx.mx_town} last year and 'una resonancia' before that; no images available.",
        f"{ctx.rel_es.capitalize()} reports prior 'rayos' (radiation) in {ctx.mx_town} in {ctx.year - 6}? - records requested, {ctx.his} {ctx.rel_en} thinks it was for something else.",
        'Patient recalls contrast at the other hospital: "me pusieron algo en la vena y sentí calor" (they put something in my vein and I felt warm).',
        f"{ctx.rel_en.capitalize()} brought a CD of an outside MRI from {ctx.outside_short}; reviewed, report only in Spanish.",
    ])


def negated_feature(ctx: Ctx) -> str:
    free = free_routes(ctx)
    if ctx.plan.site == "gyn_brachy":
        return ctx.pick(["No bladder contrast this fraction.", "No IV contrast.", "Foley balloon with sterile water only (no contrast).",
                         "Packing plain gauze, no contrast."] if "contrast" not in ctx.plan.features else ["No IV contrast."])
    opts = []
    for r in free:
        opts += [f"No {r} contrast was given.", f"{r} contrast not used.", f"No {r} contrast today."]
    for f in missing_features(ctx):
        if f == "arc_rotational":
            opts += ["Not an arc plan - static fields.", "No VMAT; 3D conformal."]
        elif f == "custom_shielding":
            opts += ["No custom blocks needed.", "Custom cutout not required."]
        elif f == "complex_blocking":
            opts += ["No complex blocking.", "Blocking: none beyond MLC."]
    return ctx.pick(opts)


def planned_feature(ctx: Ctx) -> str:
    if ctx.plan.site == "gyn_brachy" and ctx.plan.note_type in SIM_TYPES:
        return ctx.pick(["Next fraction: consider bladder contrast in the Foley balloon for better visualization.",
                         "May use contrast-soaked packing next time."] if "contrast" not in ctx.plan.features else
                        ["Next insertion: may add 2-3 interstitial needles if the parametrial residual persists."
                         if "needle" not in (getattr(ctx, "applicator", "") or "") and "template" not in (getattr(ctx, "applicator", "") or "")
                         else "Next insertion: may drop the needles if the parametrial residual has regressed."])
    opts = []
    for r in free_routes(ctx):
        opts += [f"Will consider {r} contrast at re-simulation if the target edges are unclear.",
                 f"If there is a future boost we may need {r} contrast."]
    for f in missing_features(ctx):
        if f == "arc_rotational":
            opts += ["May change to VMAT if dosimetry can't meet constraints.", "VMAT vs IMRT to be decided by physics."]
        elif f == "custom_shielding":
            opts += ["A custom cutout may be needed for a later electron boost.", "Possible custom block for a boost."]
        elif f == "complex_blocking":
            opts += ["Complex blocking could be needed if we go to a clinical set-up later."]
    if ctx.plan.note_type in ("treatment_summary", "otv"):
        r = ctx.pick(free_routes(ctx) or ["IV"])
        return ctx.pick([f"Should a boost or re-treatment be needed, re-simulation with {r} contrast would be arranged.",
                         f"If re-simulation is needed later, plan {r} contrast and a new mask." if ctx.plan.site in ("head_neck", "whole_brain", "srs") else
                         f"If re-simulation is needed later, plan {r} contrast."])
    if ctx.plan.note_type not in SIM_TYPES:
        opts += [f"Plan: CT simulation with IV contrast and {ctx.pick(['VMAT', 'arc'])} planning.",
                 "Simulation will likely use oral contrast and a custom immobilization device.",
                 "Anticipate T&O brachytherapy with CT after insertion once EBRT is done." if ctx.plan.site.startswith("gyn") else
                 "Anticipate VMAT with MRI/PET fusion."]
    return ctx.pick(opts or ["Technique to be decided."])


def negated_modality(ctx: Ctx) -> str:
    opts = []
    if ctx.plan.site == "gyn_brachy":
        for m in missing_mods(ctx):
            opts += {"MRI": ["No MRI this insertion (no slot).", "MRI not done this fraction."], "fluoroscopy": ["No fluoro."],
                     "ultrasound": ["Ultrasound not needed - os easily found."], "PET": []}[m]
        return ctx.pick(opts or ["No MRI this insertion."])
    for m in missing_mods(ctx):
        if m == "MRI":
            opts += ["No MRI fusion (no diagnostic MRI available).", "MRI not obtained - pacemaker.", "MRI not used."]
        elif m == "PET":
            opts += ["No PET available for fusion (not covered).", "PET not fused."]
        elif m == "fluoroscopy":
            opts += ["No fluoro used."]
        elif m == "ultrasound":
            opts += ["Ultrasound not needed."]
    return ctx.pick(opts)


def planned_modality(ctx: Ctx) -> str:
    opts = []
    for m in missing_mods(ctx):
        if m == "MRI":
            opts += ["MRI fusion to be added once the outside disc is loaded.", "Will fuse MRI when the scan is done next week."]
            if ctx.plan.site in ("gyn_ebrt", "prostate", "rectum", "gyn_brachy"):
                opts.append("Pending: MRI pelvis for boost planning.")
            if ctx.plan.site in ("whole_brain", "srs", "head_neck", "peds"):
                opts.append("Thin-slice MRI requested; will fuse before contouring if it is done in time.")
        elif m == "PET":
            opts += ["PET/CT requested through charity care; will fuse if approved.", "Will register the PET when it is done."]
    if ctx.plan.note_type not in SIM_TYPES:
        opts += ["Simulation planned with CT, possible MRI fusion.", "Will need a planning CT (4D if lung)."]
    return ctx.pick(opts or ["Further imaging TBD."])


def bare_assertion(ctx: Ctx) -> str:
    label = ctx.site["label"].split(" (")[0].split(" with")[0]
    return ctx.pick([f"Complex simulation required given the diagnosis of {label} cancer." if ctx.plan.site in ("rectum", "pancreas", "esophagus", "prostate") else
                     f"Complex sim per department protocol for {label}.",
                     "Complex simulation is indicated per standard of care.", "Complex simulation is medically necessary.", "Complex simulation medically necessary.",
                     "Simulación compleja indicada.", "Pt requires complex sim per MD.", "Complexity: complex.",
                     "This simulation meets criteria for complex simulation.", "Complex sim (77290) appropriate.",
                     "Medical necessity for complex simulation established.", "Sim compleja - necesaria."])


def many_beams(ctx: Ctx) -> str:
    return ctx.pick(["7-field IMRT planned to the single target.", "4-field box.", "Opposed laterals.",
                     "9 beam angles, all to the same PTV.", "5-field IMRT, one isocenter.", "AP/PA fields, single iso.",
                     "Three-field technique (one target)."])


def mlc_only(ctx: Ctx) -> str:
    return ctx.pick(["Fields shaped with MLC only; no blocks.", "MLC shaping, standard.", "Shielding with MLC (no Cerrobend).",
                     "Blocks: MLC."])


def bolus(ctx: Ctx) -> str:
    return ctx.pick(["0.5 cm bolus.", "1 cm bolus over the scar, every other day.", "Bolus 5 mm made.", "Superflab 3 mm."])


def custom_immobilization(ctx: Ctx) -> str:
    imm = ctx.immob[7:] if ctx.immob.startswith("custom ") else ctx.immob
    return ctx.pick([f"Custom {imm} made and indexed.", f"Custom immobilization: {imm}.", f"Made a custom {imm}; fits well."])


def marker_not_contrast(ctx: Ctx) -> str:
    return ctx.pick(["Radio-opaque vaginal marker (wire) placed at the introitus.", "Vaginal marker placed; cervical marker seeds visible.",
                     "Radiopaque vaginal cylinder marker in place for the scan."])


def brachy_planned(ctx: Ctx) -> str:
    return ctx.pick(["Brachytherapy boost (T&O or ring, CT after insertion) planned for weeks 5-6.",
                     "Will need brachy after EBRT - HDR T&R x4, MRI-guided if the scanner is free.",
                     "HDR brachytherapy to follow; applicator choice at EUA."])


def proton_referral(ctx: Ctx) -> str:
    return ctx.pick(["Proton referral was discussed (nearest center 6 h away); patient declined travel.",
                     "Considered protons; insurance denied, will proceed with photons here.",
                     "Proton therapy consult requested at the university but not pursued."])


def mri_unavailable(ctx: Ctx) -> str:
    return ctx.pick(["MRI after insertion was requested but the scanner was down today; CT only.",
                     "No MRI this fraction (MRI slot cancelled).", "MRI not available on weekend; not done."])


def contrast_held(ctx: Ctx) -> str:
    return ctx.pick(["IV contrast held: Cr 1.9.", "No IV contrast - allergy (hives).", "IV contrast deferred, eGFR 34.",
                     "IV contrast not given; could not obtain IV access after 3 attempts."])


def spanish_negation(ctx: Ctx) -> str:
    opts = []
    if "contrast" not in ctx.plan.features:
        opts += ["TAC sin contraste.", "No se usó contraste.", "Sin contraste IV (alergia)."]
    if "MRI" not in ctx.plan.modalities:
        opts += ["No se hizo fusión con resonancia.", "Resonancia no disponible."]
    if "arc_rotational" not in ctx.plan.features and "arc_rotational" in ctx.site["features"]:
        opts += ["No VMAT (campos estáticos)."]
    if "PET" not in ctx.plan.modalities:
        opts += ["No se fusionó el PET (no lo cubre el programa)."]
    if "fluoroscopy" not in ctx.plan.modalities and ctx.plan.site in ("whole_brain", "palliative", "bone_mets"):
        opts += ["Sin fluoroscopía."]
    return ctx.pick(opts or ["No se fusionó el PET."])


def sedation_not_feature(ctx: Ctx) -> str:
    return ctx.pick(["Propofol sedation by anesthesia; airway natural.", "GA with LMA; emergence uneventful.",
                     "Anesthesia: propofol infusion, spontaneous breathing."])


def copy_forward(ctx: Ctx) -> str:
    d = ctx.past_date(ctx.rng.randint(8, 30))
    body = ctx.pick(["IV contrast given; 3 treatment areas; VMAT.", "Contrast: oral + IV. Areas: 2. PET fused.",
                     "Custom Cerrobend blocks; fluoro set-up.", "Tech: arcs. MRI fusion. 4 areas.", "Sim with contrast + MRI fusion."])
    return ctx.pick([
        f"[Copied from prior course sim note {d}: {body}]",
        f"Prior course ({d}) - copied forward: {body}",
        f"*** copied from {d} note, not updated: {body} ***",
        f"Text below carried forward from the {ctx.year - ctx.rng.randint(2, 6)} course: {body}",
    ])


TEXT = {
    "historical_imaging": (historical_imaging, "hist"), "historical_contrast": (historical_contrast, "hist"),
    "family_reported": (family_reported, "hist"), "negated_feature": (negated_feature, "proc"),
    "planned_feature": (planned_feature, "plan"), "negated_modality": (negated_modality, "proc"),
    "planned_modality": (planned_modality, "plan"), "bare_assertion": (bare_assertion, "proc"),
    "many_beams": (many_beams, "proc"), "mlc_only": (mlc_only, "proc"), "bolus": (bolus, "proc"),
    "custom_immobilization": (custom_immobilization, "proc"), "marker_not_contrast": (marker_not_contrast, "proc"),
    "brachy_planned": (brachy_planned, "plan"), "proton_referral": (proton_referral, "plan"),
    "mri_unavailable": (mri_unavailable, "proc"), "contrast_held": (contrast_held, "proc"),
    "spanish_negation": (spanish_negation, "proc"), "sedation_not_feature": (sedation_not_feature, "proc"),
    "copy_forward": (copy_forward, "end"),
}


def choose(ctx: Ctx, k_max: int = 3) -> list[str]:
    """Pick the generic traps for a note (the composer adds its own structural traps)."""
    pool = eligible(ctx)
    r = ctx.rng
    k = r.choice([0, 1, 1, 2, 2, 2, 3][: 4 + k_max])
    picked: list[str] = []
    for _ in range(k * 3):
        if len(picked) >= k:
            break
        t = r.choice(pool)
        if t not in picked:
            picked.append(t)
    return picked


def render(ctx: Ctx, names: list[str]) -> dict[str, list[tuple[str, str]]]:
    """Slot -> [(trap, text)]."""
    out: dict[str, list[tuple[str, str]]] = {"hist": [], "proc": [], "plan": [], "end": []}
    for name in names:
        if name not in TEXT:
            continue  # structural traps (fused_old_contrast) are placed by the composer
        fn, slot = TEXT[name]
        out[slot].append((name, fn(ctx)))
    return out
