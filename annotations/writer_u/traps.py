"""Traps: text that looks like evidence but, by the guide, never changes the planned labels."""

from __future__ import annotations

from dataclasses import dataclass

from writer_u.evidence import NUM, Ctx, Fact, fill
from writer_u.markup import tok

ALL_FEATURES = ["contrast", "arc_rotational", "custom_shielding", "complex_blocking"]


@dataclass
class Placed:
    """A trap statement and the section it belongs in."""

    section: str
    fact: Fact
    name: str


def _f(key: str, answer: str, sentence: str, question: str = "") -> Fact:
    return Fact(key, question or f"{key}?", answer, sentence, kind="trap")


NEG_FEATURE = {
    "contrast": [
        ("Contrast", "None", "No IV contrast was given (creatinine {cr})."),
        ("Contrast", "No", "Contrast was not used for this scan."),
        ("Contrast", "Not given - iodine allergy", "No contrast today because of a prior iodinated contrast reaction."),
        ("Oral contrast", "No", "Oral contrast not needed and not given."),
    ],
    "arc_rotational": [
        ("Technique", "3D conformal, static fields", "Static 3D conformal fields; no arc therapy."),
        ("Technique", "3D (not VMAT)", "Plan will be 3D conformal rather than VMAT."),
        ("Arc", "No", "No rotational delivery planned for this site."),
    ],
    "custom_shielding": [
        ("Custom blocks", "None needed", "No custom blocks or cutouts needed."),
        ("Shielding", "N/A", "Custom shielding not required."),
    ],
    "complex_blocking": [
        ("Blocking", "MLC only, no complex blocking", "No complex blocking; standard MLC only."),
        ("Complex blocking", "No", "Complex blocking not required."),
    ],
}
PLANNED_FEATURE = {
    "contrast": [
        "IV contrast could be given at a re-simulation if the nodes are hard to see.",
        "May add oral contrast if replanning is needed mid-course.",
    ],
    "arc_rotational": [
        "May convert to VMAT at replan if the 3D plan fails constraints.",
        "If coverage is poor we would consider an arc plan later.",
    ],
    "custom_shielding": [
        "If a boost is added, a custom electron cutout would be made at that time.",
        "Custom block may be considered later if the field is revised.",
    ],
    "complex_blocking": [
        "Complex blocking might be needed if the field is extended later.",
        "Will consider complex blocking at the cone-down if required.",
    ],
}
NEG_MOD = {
    "MRI": [
        "No MRI fusion (pacemaker not MR-conditional).",
        "MRI not fused - patient claustrophobic, declined.",
        "No MR registration for this course.",
    ],
    "PET": ["No PET available for fusion.", "PET not fused; insurance denied the scan."],
    "CT": [
        "No CT was performed; clinical setup on the treatment unit.",
        "No planning CT needed for this superficial setup.",
        "CT not done - clinical mark-up only.",
    ],
}
PLANNED_MOD = {
    "MRI": [
        "Will fuse the MRI once it is done on {d}.",
        "MRI ordered; to be registered when available.",
        "Plan to obtain MRI for fusion before the boost.",
    ],
    "PET": [
        "PET/CT ordered; will fuse if it arrives before contouring.",
        "PSMA PET pending, to be fused later.",
        "Consider PET fusion at the cone-down.",
    ],
}
BARE = [
    "Complex simulation medically necessary.",
    "77290 appropriate for this patient.",
    "Complex sim required per MD.",
    "This simulation meets criteria for complex simulation.",
    "Complexity: complex.",
    "Simulation level: complex, as medically necessary.",
    "Complex simulation was indicated and performed.",
    "Medical necessity for complex simulation is established.",
]
CHARGE = [
    ("77290 x1 (complex sim)", "charge_77290"),
    ("77290-26 / 77290-TC", "charge_77290"),
    ("77293 respiratory motion mgmt", "charge_77293"),
    ("77290, 77293, 77334 x2", "charge_77290"),
    ("CPT 77293 add-on", "charge_77293"),
]
COPY_FEATURE = {
    "contrast": "IV contrast given",
    "arc_rotational": "VMAT",
    "custom_shielding": "custom Cerrobend block",
    "complex_blocking": "complex blocking",
}


def _cands(ctx: Ctx) -> list[str]:
    plan = ctx.plan
    site_feats = [f for f in ctx.site.features if f in ALL_FEATURES]
    pool = [f for f in ALL_FEATURES if f not in plan.features]
    preferred = [f for f in pool if f in site_feats]
    return preferred or pool


def _other_mods(ctx: Ctx) -> list[str]:
    return [m for m in ("MRI", "PET") if m not in ctx.plan.modalities]


def build_traps(ctx: Ctx, rowish: bool) -> list[Placed]:
    """Choose and phrase this simulation note's traps (never ones that would change its labels)."""
    rng, plan = ctx.rng, ctx.plan
    feats = _cands(ctx)
    mods = _other_mods(ctx)
    options: list[str] = ["historical_imaging", "historical_imaging", "bare_assertion", "charge_line"]
    if feats:
        options += ["negated_feature", "planned_feature", "copy_forward", "addendum_retracts", "order_not_done"]
    if mods and plan.modalities:
        options += ["negated_modality", "planned_modality"]
    if not plan.modalities:
        options += ["negated_modality", "negated_modality"]
    non_brachy = [f for f in plan.features if f != "brachytherapy"]
    if non_brachy and plan.outcome != "no_imaging":
        options.append("addendum_adds_feature")
    if plan.count_form in ("stated", "named") and plan.area_count:
        options.append("addendum_fixes_count")
    if plan.count_form == "stated":
        options += ["prior_site_in_passing"] * 2
    if plan.site in ("breast", "lymphoma"):
        options += ["dibh_not_feature"] * 3
    if "CT" in plan.modalities:
        options.append("igrt_plan")
    if "complex_blocking" not in plan.features and plan.note_type not in ("brachy_procedure", "electron_setup"):
        options.append("mlc_only")
    if plan.site in ("skin", "breast", "head_neck"):
        options.append("bolus")
    if (
        plan.area_count == 1
        and "arc_rotational" not in plan.features
        and plan.note_type not in ("brachy_procedure", "electron_setup", "srs_sim")
    ):
        options += ["many_beams"] * 3
    if ("MRI" in plan.modalities or "PET" in plan.modalities) and "contrast" not in plan.features:
        options += ["fused_old_contrast"] * 2
    options += ["custom_immobilization", "other_person"]
    if rowish:
        options.append("blank_field")
        if feats:
            options.append("unticked_checkbox")
    if plan.rationale is None:
        options += ["bare_assertion", "bare_assertion"]
    k = rng.choices([0, 1, 2, 3], [1, 4, 4, 2])[0]
    chosen: list[str] = []
    for _ in range(12):
        if len(chosen) >= k:
            break
        name = rng.choice(options)
        if name in chosen:
            continue
        if name.startswith("addendum") and any(c.startswith("addendum") for c in chosen):
            continue
        chosen.append(name)
    placed: list[Placed] = []
    for name in chosen:
        placed.extend(_phrase(ctx, name, feats, mods))
    if plan.fourdct and not plan.features:
        placed.append(Placed("none", _f("", "", ""), "4dct_alone"))
    return placed


def _phrase(ctx: Ctx, name: str, feats: list[str], mods: list[str]) -> list[Placed]:
    rng, plan = ctx.rng, ctx.plan
    if name == "historical_imaging":
        line = fill(ctx, ctx.pick(ctx.site.history))
        line = line[0].upper() + line[1:] + "."
        traps = ["historical_imaging"] + (["historical_contrast"] if "contrast" in line else [])
        return [Placed("history", _f("Prior imaging", line, line), t) for t in traps][:1] + (
            [Placed("none", _f("", "", ""), "historical_contrast")] if len(traps) > 1 else []
        )
    if name == "bare_assertion":
        line = ctx.pick(BARE)
        return [Placed("rationale", _f("Complexity", line, line), name)]
    if name == "charge_line":
        text, trap = ctx.pick([c for c in CHARGE if trap_ok(c[1], plan)] or CHARGE[:2])
        line = ctx.pick([f"Charges: {text}.", f"Charge captured: {text}.", f"CPT: {text}"])
        return [Placed("footer", _f("Charges", text, line), trap)]
    if name == "negated_feature":
        feat = ctx.pick(feats)
        key, ans, sent = ctx.pick(NEG_FEATURE[feat])
        sent = sent.format(cr=f"{rng.uniform(1.6, 2.4):.1f}")
        return [Placed("procedure", _f(key, ans, sent), name)]
    if name == "planned_feature":
        feat = ctx.pick(feats)
        line = ctx.pick(PLANNED_FEATURE[feat])
        return [Placed("plan", _f("Future", line, line), name)]
    if name == "negated_modality":
        mod = ctx.pick(mods) if plan.modalities else "CT"
        line = ctx.pick(NEG_MOD[mod])
        return [Placed("procedure", _f("Imaging note", line, line), name)]
    if name == "planned_modality":
        mod = ctx.pick(mods)
        line = ctx.pick(PLANNED_MOD[mod]).format(d=f"{rng.randrange(1, 13)}/{rng.randrange(1, 29)}")
        return [Placed("plan", _f("Pending", line, line), name)]
    if name == "copy_forward":
        feat = ctx.pick(feats)
        year = rng.randrange(2015, 2025)
        copied = COPY_FEATURE[feat][0].upper() + COPY_FEATURE[feat][1:]
        line = ctx.pick(
            [
                f"[copied from {year} sim note] {copied}; three treatment areas.",
                f"Prior course ({year}): {COPY_FEATURE[feat]}, immobilization as before.",
                f"--- copied forward from the {year} simulation --- {COPY_FEATURE[feat]} used at that time.",
            ]
        )
        return [Placed("history", _f("Prior course", line, line), name)]
    if name == "addendum_retracts":
        feat = ctx.pick(feats)
        body = {
            "contrast": "IV contrast given.",
            "arc_rotational": "Technique VMAT.",
            "custom_shielding": "Custom block made.",
            "complex_blocking": "Complex blocking drawn.",
        }[feat]
        fix = {
            "contrast": "IV contrast was NOT given; the IV could not be placed.",
            "arc_rotational": "technique corrected to 3D conformal; VMAT is not planned.",
            "custom_shielding": "no custom block was made; the line above was entered in error.",
            "complex_blocking": "complex blocking was not done; standard MLC only.",
        }[feat]
        add = ctx.pick(
            [f"ADDENDUM ({ctx.md.split(',')[0]}): {fix}", f"Addendum: {fix}", f"Late entry/correction - {fix}"]
        )
        return [Placed("procedure", _f("Entry", body, body), name), Placed("addendum", _f("Addendum", add, add), name)]
    if name == "addendum_adds_feature":
        return [Placed("addendum_feature", _f("", "", ""), name)]
    if name == "addendum_fixes_count":
        wrong = (plan.area_count or 1) % 3 + 1
        line = ctx.pick(
            [f"Areas: {NUM[wrong]} treatment areas.", f"{wrong} areas simulated.", f"Number of areas {wrong}."]
        )
        return [Placed("areas_body", _f("No. of areas", str(wrong), line), name)]
    if name == "prior_site_in_passing":
        line = ctx.pick(
            [
                f"Prior RT to the left chest wall in {rng.randrange(2008, 2022)} is not part of this course.",
                f"S/p RT to the right hip ({rng.randrange(2008, 2022)}); that site is not being treated now.",
                f"Remote palliative RT to the L-spine ({rng.randrange(2008, 2022)}), not included this time.",
            ]
        )
        return [Placed("history", _f("Prior RT", line, line), name)]
    if name == "dibh_not_feature":
        line = ctx.pick(
            [
                "DIBH coaching done; breath-hold reproducible at 3 attempts.",
                "Deep inspiration breath hold used.",
                "Scanned in DIBH with surface guidance.",
            ]
        )
        return [Placed("procedure", _f("Breath hold", line, line), name)]
    if name == "igrt_plan":
        line = ctx.pick(
            [
                "Daily IGRT with CBCT planned.",
                "IGRT: kV/CBCT daily at the machine.",
                "Will use CBCT for daily image guidance.",
            ]
        )
        return [Placed("plan", _f("IGRT", line, line), name)]
    if name == "mlc_only":
        line = ctx.pick(["Field shaping with MLC.", "MLC conformal shaping only.", "Shaping by MLC."])
        return [Placed("procedure", _f("Field shaping", line, line), name)]
    if name == "bolus":
        line = ctx.pick(["0.5 cm bolus to be placed daily.", "1 cm bolus fabricated.", "Superflab bolus used."])
        return [Placed("procedure", _f("Bolus", line, line), name)]
    if name == "many_beams":
        n = rng.choice([5, 7, 9])
        line = ctx.pick(
            [
                f"{n}-field IMRT to the single target.",
                f"Beam arrangement: {n} coplanar IMRT beams, one isocenter.",
                f"{n} static beams aimed at the one target.",
            ]
        )
        return [Placed("procedure", _f("Beams", line, line), name)]
    if name == "fused_old_contrast":
        line = ctx.pick(
            [
                "The fused study was the outside scan done with gadolinium.",
                "Note the registered diagnostic images were acquired with contrast at the outside facility.",
                "Fused dataset is a prior contrast-enhanced diagnostic scan.",
            ]
        )
        return [Placed("procedure", _f("Fusion source", line, line), name)]
    if name == "custom_immobilization":
        line = ctx.pick(
            [
                "Custom Vac-Lok bag molded.",
                "Custom thermoplastic mask made.",
                "Alpha Cradle custom-formed.",
                "Custom foam mold poured for the legs.",
            ]
        )
        return [Placed("procedure", _f("Immobilization", line, line), name)]
    if name == "other_person":
        line = ctx.pick(
            [
                "Wife was treated here in 2019 with IV contrast and VMAT (separate chart).",
                "Pt's brother had protons at an outside center.",
                "Daughter accompanied; she had an MRI last week for her own back pain.",
            ]
        )
        return [Placed("history", _f("Family", line, line), name)]
    if name == "order_not_done":
        feat = ctx.pick(feats)
        order = {
            "contrast": "IV contrast",
            "arc_rotational": "VMAT",
            "custom_shielding": "custom block",
            "complex_blocking": "complex blocking",
        }[feat]
        why = ctx.pick(["not done", "not performed - see note", "cancelled by MD", "not done (declined)"])
        return [
            Placed("order", _f("Ordered", order, f"Ordered: {order}."), name),
            Placed(
                "procedure",
                _f(f"{order} (ordered)", why, f"{order[0].upper()}{order[1:]} was ordered but {why}."),
                name,
            ),
        ]
    if name == "blank_field":
        if plan.rationale is None:
            return [Placed("rationale", _f("Medical necessity", "___", "Medical necessity: ___"), "blank_reason_field")]
        if "contrast" not in plan.features:
            return [Placed("procedure", _f("Contrast type", "___", "Contrast type: ___"), name)]
        return [Placed("procedure", _f("Bolus", "___", "Bolus: ___"), name)]
    if name == "unticked_checkbox":
        feat = ctx.pick(feats)
        label = {
            "contrast": "Contrast",
            "arc_rotational": "VMAT/arc",
            "custom_shielding": "Custom blocks",
            "complex_blocking": "Complex blocking",
        }[feat]
        return [Placed("procedure", _f(label, "[ ]", f"[ ] {label}"), name)]
    raise ValueError(name)


def trap_ok(trap: str, plan: object) -> bool:
    """Return whether a charge line fits the plan (77293 lines only with a 4DCT)."""
    return trap != "charge_77293" or bool(getattr(plan, "fourdct", False))


def addendum_feature(ctx: Ctx, feature: str, surface_fact: Fact) -> tuple[Fact, Fact]:
    """Return the body's 'none' line and the addendum that affirms a planned feature."""
    label = {
        "contrast": "Contrast",
        "arc_rotational": "Technique",
        "custom_shielding": "Shielding",
        "complex_blocking": "Blocking",
    }[feature]
    body = _f(label, "none noted", f"{label}: none noted.")
    add = ctx.pick(
        ["ADDENDUM: correction - {x}.", "Addendum {d}: {x} (omitted above in error).", "Late entry: {x}."]
    ).format(x=surface_fact.answer, d=ctx.date)
    return body, _f("Addendum", add, add)


def addendum_count(ctx: Ctx) -> Fact:
    """Return the addendum that states the correct count of areas."""
    plan = ctx.plan
    n = plan.area_count or 1
    listing = ", ".join(s for _, s in plan.areas)
    count = tok("A", str(n), ctx.pick([f"{NUM[n]} treatment areas", f"{n} areas", f"{NUM[n]} areas"]))
    if n == 1:
        count = tok("A", "1", ctx.pick(["one treatment area", "1 area", "a single area"]))
    line = ctx.pick(
        [
            f"ADDENDUM: area count corrected to {count} ({listing}).",
            f"Addendum - correct number is {count}: {listing}.",
            f"Correction: {count} were simulated ({listing}).",
        ]
    )
    return _f("Addendum", line, line)
