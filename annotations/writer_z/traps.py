"""Trap phrasing: mentions that must NOT count (negated, planned, historical, flagged, copied, other person ...)."""
# ruff: noqa: D103

from __future__ import annotations

from .context import Ctx
from .vocab import HIST_IMAGING


def hist_imaging(ctx: Ctx) -> str:
    ctx.trap("historical_imaging")
    line = ctx.fill(ctx.pick(HIST_IMAGING[ctx.p.site]), d=ctx.date(ctx.r.randint(20, 120)))
    return ctx.pick(["{x}.", "Investigations: {x}.", "{x} (reviewed).", "Previous imaging - {x}."]).replace("{x}", line)


def hist_contrast(ctx: Ctx) -> str:
    ctx.trap("historical_contrast")
    region = ctx.pick(["chest and abdomen", "neck", "abdomen and pelvis", "thorax", "brain"])
    return (
        ctx.pick(
            [
                "CECT {r} (IV + oral contrast) done at {ref_site} on {d} s/o disease as described.",
                "Staging CT {r} with IV contrast dated {d} - no distant disease.",
                "{He} had a contrast CT of the {r} on {d}; report noted.",
                "Outside contrast-enhanced CT {r} ({d}) reviewed.",
            ]
        )
        .replace("{r}", region)
        .replace("{ref_site}", ctx.pick(["Tillman Falls ED", "an outside hospital", "Pell Mill radiology"]))
        .replace("{d}", ctx.date(ctx.r.randint(25, 150)))
        .replace("{He}", ctx.he.capitalize())
    )


NEG_FEAT = {
    "contrast": [
        "No contrast was used for this scan.",
        "Contrast was not given (eGFR {egfr}).",
        "IV contrast not used - h/o contrast allergy.",
        "No oral or IV contrast.",
        "Contrast: not required.",
    ],
    "arc_rotational": [
        "VMAT is not required; 3D conformal will suffice.",
        "No arc technique - static fields.",
        "Not for VMAT.",
    ],
    "custom_shielding": [
        "No custom block or cutout is needed.",
        "Standard applicator, no cutout required.",
        "No custom shielding.",
    ],
    "complex_blocking": ["No complex blocking required.", "Blocking: none beyond MLC.", "No complex blocks."],
    "particle": [
        "Not a candidate for protons at present.",
        "Protons were considered and not pursued (payer).",
        "Proton therapy not indicated.",
    ],
}
NEG_FEAT_KV = {
    "contrast": ["IV Contrast: No", "Oral Contrast: N/A", "Contrast: None", "IV Contrast: NO - allergy"],
    "arc_rotational": ["VMAT: No", "Arc: N/A", "Technique: 3D (no arc)"],
    "custom_shielding": ["Cutout: Not required", "Custom block: No"],
    "complex_blocking": ["Complex blocking: No", "Blocking: MLC only"],
    "particle": ["Protons: No", "Particle: N/A"],
}
PLAN_FEAT = {
    "contrast": [
        "May need IV contrast at re-simulation if nodes are not seen.",
        "If the bowel is not well seen, will repeat with oral contrast.",
        "Contrast to be considered at the next scan.",
    ],
    "arc_rotational": [
        "Will consider VMAT if the 3D plan fails the {oar} constraint.",
        "VMAT may be needed - physics to advise.",
        "Might switch to arcs later if coverage is poor.",
    ],
    "custom_shielding": [
        "A cutout may be made before the first fraction if needed.",
        "Will decide on custom blocks after the first port film.",
    ],
    "complex_blocking": ["Complex blocking may be required depending on the final plan."],
    "particle": [
        "Proton referral to be explored with the Carrow team.",
        "Will discuss proton therapy with the family.",
    ],
}
FLAG_FEAT = {
    "contrast": ["Oral [?] contrast was given.", "Scan with [?] contrast.", "given contrast [?] prior to scan."],
    "arc_rotational": ["Technique: RapidArc [?].", "To be planned with [?] arcs.", "VMAT [?] technique."],
    "custom_shielding": ["[?] Cutout prepared.", "custom [?] block made."],
    "complex_blocking": ["with complex [?] blocking."],
    "particle": ["proton [?] plan."],
}


def negated_feature(ctx: Ctx, register: str = "prose") -> str:
    ctx.trap("negated_feature")
    f = ctx.p.trap_args["negated_feature"]
    pool = NEG_FEAT_KV[f] if register == "kv" else NEG_FEAT[f]
    return ctx.fill(ctx.pick(pool), egfr=str(ctx.r.randint(24, 44)))


def planned_feature(ctx: Ctx) -> str:
    ctx.trap("planned_feature")
    f = ctx.p.trap_args["planned_feature"]
    return ctx.fill(ctx.pick(PLAN_FEAT[f]))


def flagged_feature(ctx: Ctx) -> str:
    ctx.trap("vendor_flag_uncertain")
    f = ctx.p.trap_args["vendor_flag_uncertain"]
    return ctx.pick(FLAG_FEAT[f])


NEG_MOD = {
    "MRI": [
        "MRI fusion was not done (no recent MRI).",
        "No MRI fusion - pacemaker.",
        "MRI: not fused.",
        "MR registration not performed.",
    ],
    "PET": ["PET fusion not done; PET is more than 3 months old.", "No PET-CT fusion.", "PET not fused."],
    "fluoroscopy": ["No fluoroscopy used.", "Conventional simulator not used."],
}
PLAN_MOD = {
    "MRI": [
        "MRI fusion to be done once the outside MRI is uploaded.",
        "Will request an MRI for fusion if needed.",
        "MRI sim may be arranged at Ashgrove.",
    ],
    "PET": [
        "Will fuse the PET-CT when the images arrive from Pell Mill.",
        "Plan to request a PET-CT for contouring.",
        "PET fusion pending CD from outside.",
    ],
    "fluoroscopy": ["May verify on the conventional simulator later."],
}


def negated_modality(ctx: Ctx) -> str:
    ctx.trap("negated_modality")
    return ctx.pick(NEG_MOD[ctx.p.trap_args["negated_modality"]])


def planned_modality(ctx: Ctx) -> str:
    ctx.trap("planned_modality")
    return ctx.pick(PLAN_MOD[ctx.p.trap_args["planned_modality"]])


def copy_forward(ctx: Ctx) -> str:
    ctx.trap("copy_forward")
    yr = str(ctx.dos_date.year - ctx.r.randint(2, 6))
    head = (
        ctx.pick(
            [
                "---- Text below copied forward from sim note of previous course ({d}) ----",
                "[Copied from previous encounter, {yr} course - for reference only]",
                "PRIOR COURSE ({yr}) SIM DETAILS (copied):",
                "Previous course: (copied from {yr} sim note)",
            ]
        )
        .replace("{d}", ctx.date(ctx.r.randint(700, 2000)))
        .replace("{yr}", yr)
    )
    body = ctx.pick(
        [
            "IV contrast given, three treatment areas, VMAT x 2 arcs, MRI fused.",
            "Simulated with oral contrast; custom Cerrobend blocks; PET-CT fused; 3 isocentres.",
            "Complex simulation i/v/o tumour abutting the spinal cord; proton plan; 4DCT.",
            "Contrast: Yes. Cutout: Yes. Areas: 3. MRI fusion: done.",
            "Tx: RapidArc, IV contrast, complex blocking, fusion with MRI.",
        ]
    )
    tail = ctx.pick(["---- end of copied text ----", "[end copied]", "", "---"])
    return "\n".join(x for x in (head, body, tail) if x)


def many_beams(ctx: Ctx) -> str:
    ctx.trap("many_beams")
    beams = ctx.pick(ctx.site["beams"])
    return ctx.pick(
        [
            f"Beam arrangement: {beams}, all to the single PTV.",
            f"Plan likely {beams} to the same target.",
            f"Fields: {beams} (one isocentre).",
            f"{beams[:1].upper() + beams[1:]} to one target volume.",
            f"{beams[:1].upper() + beams[1:]}, single isocentre, one PTV.",
        ]
    )


def fourdct_alone(ctx: Ctx) -> str:
    ctx.trap("fourdct_alone")
    return ctx.pick(
        [
            "Motion management with 4DCT only; no other special technique.",
            "ITV from 4DCT; conventional static beams.",
            "Respiratory management: 4DCT (77293 separately).",
        ]
    )


def bare_next(ctx: Ctx, register: str = "prose") -> str:
    ctx.trap("bare_next_to_real")
    from .phrases import bare

    return bare(ctx, register)


def mlc_only(ctx: Ctx) -> str:
    ctx.trap("mlc_only")
    return ctx.pick(
        [
            "Fields shaped with MLC only.",
            "MLC conformed to the PTV + 7 mm; no blocks.",
            "Shielding by MLC.",
            "MLC shaping to the aperture.",
        ]
    )


def bolus(ctx: Ctx, register: str = "prose") -> str:
    ctx.trap("bolus")
    if register == "kv":
        return ctx.pick(["Bolus: 0.5 cm superflab", "Bolus: Yes - 1 cm", "Bolus: wax, 5 mm"])
    return ctx.pick(
        [
            "0.5 cm bolus will be used over the scar.",
            "A 1 cm bolus was placed for the scan.",
            "Wax bolus made.",
            "Bolus 5 mm on alternate days.",
        ]
    )


def custom_immob(ctx: Ctx, register: str = "prose") -> str:
    ctx.trap("custom_immobilisation")
    if register == "kv":
        return f"Immobilisation: {ctx.immob} (custom)"
    form = ctx.pick(
        [
            "A custom {immob} was made for {him}.",
            "Custom immobilisation: {immob}.",
            "{immob} moulded and indexed to the couch.",
        ]
    )
    imm = ctx.immob[:1].upper() + ctx.immob[1:] if form.startswith("{immob}") else ctx.immob
    return form.replace("{immob}", imm).replace("{him}", ctx.him)


def tangents(ctx: Ctx) -> str:
    ctx.trap("tangents")
    return ctx.pick(["Tangential portals with field-in-field for homogeneity.", "Medial and lateral tangents planned."])


def dibh(ctx: Ctx) -> str:
    ctx.trap("dibh")
    return ctx.pick(
        [
            "DIBH coached - 3 reproducible holds of about 20 s.",
            "Scanned in DIBH (RPM), holds reproducible.",
            "Breath-hold scan obtained in addition to free breathing.",
        ]
    )


def iv_deferred(ctx: Ctx) -> str:
    ctx.trap("iv_deferred_no_md")
    return ctx.pick(
        [
            "IV contrast was not given as there was no physician physically on site at Harlan Creek (contrast policy).",
            "No IV contrast - tele-supervised site, contrast not permitted without on-site MD.",
            "IV contrast deferred: no on-site physician coverage today.",
        ]
    )


def resim_main(ctx: Ctx) -> str:
    ctx.trap("resim_planned_main")
    return ctx.pick(
        [
            "If the volumes are not clear, will re-simulate at Ashgrove with IV contrast.",
            "Re-sim at the main campus with contrast may be needed - will decide after contouring.",
            "Plan B: repeat sim at Ashgrove with an MD present for IV contrast.",
        ]
    )


PRIOR_SITES = {
    "breast": "contralateral breast",
    "head_neck": "oral cavity (2019 course)",
    "lung": "contralateral lung",
    "bone_mets": "right hip",
    "palliative": "L4 vertebra",
    "srs": "right occipital cavity",
    "lymphoma": "spleen",
    "oesophagus": "larynx",
    "prostate": "rectum (anal canal course)",
    "gyn": "vulva",
    "peds": "left orbit",
    "sarcoma": "contralateral thigh",
    "bladder": "prostate",
    "whole_brain": "spine",
    "rectum": "cervix",
    "pancreas": "liver",
    "skin": "scalp",
}


def prior_site(ctx: Ctx) -> str:
    ctx.trap("prior_site_in_passing")
    site = PRIOR_SITES.get(ctx.p.site, "hip")
    return (
        ctx.pick(
            [
                "The {s} treated in {yr} is not part of this course.",
                "(Previous RT to the {s} in {yr} - not included now.)",
                "The {s}, treated in {yr}, is not a target this time.",
            ]
        )
        .replace("{s}", site)
        .replace("{yr}", str(ctx.dos_date.year - 2))
    )


def hedged_technique(ctx: Ctx) -> str:
    ctx.trap("hedged_technique")
    return ctx.pick(
        [
            "VMAT vs 3D-CRT to be decided by physics after contouring.",
            "Technique: 3D vs VMAT (TBD).",
            "Arc plan only if 3D fails constraints.",
        ]
    )


def inaudible_reason(ctx: Ctx) -> str:
    ctx.trap("inaudible_reason")
    return ctx.pick(
        [
            "Complex simulation was required in view of __ (inaudible).",
            "The reason for complex simulation is __ (inaudible) and the {oar}.",
            "This was a complex simulation as __ (inaudible).",
        ]
    ).replace("{oar}", "__ (inaudible)")


def blank_reason(ctx: Ctx, register: str = "prose") -> str:
    ctx.trap("vendor_blank_field")
    if register == "kv":
        return ctx.pick(
            ["MD reason for complex sim: [blank]", "Reason for complex simulation:", "Clinical indication (MD): ___"]
        )
    return ctx.pick(
        ["REASON FOR COMPLEX SIMULATION: [blank]", "Complexity: [blank].", "Indication for complex simulation: [blank]"]
    )


HIST = ("historical_imaging", "historical_contrast")
PLAN = ("planned_feature", "planned_modality", "resim_planned_main", "hedged_technique")
TECH = ("many_beams", "fourdct_alone", "mlc_only", "tangents", "prior_site_in_passing", "vendor_flag_uncertain")
PROC = ("negated_feature", "negated_modality", "bolus", "custom_immobilisation", "dibh", "iv_deferred_no_md")


def trap_sentences(ctx: Ctx, register: str = "prose") -> list[tuple[str, str]]:
    """All generic trap sentences the plan asks for, as (trap name, sentence); placement is up to the composer."""
    makers = {
        "historical_imaging": lambda: hist_imaging(ctx),
        "historical_contrast": lambda: hist_contrast(ctx),
        "negated_feature": lambda: negated_feature(ctx, register),
        "planned_feature": lambda: planned_feature(ctx),
        "negated_modality": lambda: negated_modality(ctx),
        "planned_modality": lambda: planned_modality(ctx),
        "many_beams": lambda: many_beams(ctx),
        "fourdct_alone": lambda: fourdct_alone(ctx),
        "mlc_only": lambda: mlc_only(ctx),
        "bolus": lambda: bolus(ctx, register),
        "custom_immobilisation": lambda: custom_immob(ctx, register),
        "tangents": lambda: tangents(ctx),
        "dibh": lambda: dibh(ctx),
        "iv_deferred_no_md": lambda: iv_deferred(ctx),
        "resim_planned_main": lambda: resim_main(ctx),
        "prior_site_in_passing": lambda: prior_site(ctx),
        "hedged_technique": lambda: hedged_technique(ctx),
        "vendor_flag_uncertain": lambda: flagged_feature(ctx),
    }
    return [(name, makers[name]()) for name in ctx.p.traps if name in makers]


def group(items: list[tuple[str, str]], names: tuple[str, ...]) -> list[str]:
    return [text for name, text in items if name in names]
