"""Writer B: plan what a note documents, then write it in one of nine styles.

The plan (site, note type, style, outcome, rationale, areas, features, modalities, traps) fixes the
labels by the labeling guide; the writer then emits markup where only counting evidence is wrapped. The
record is refused if the spans that come out disagree with the plan.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from . import filler as FL
from . import phrases as PH
from .markup import Block, assemble, ev, render, strip, upfirst
from .vocab import BARE_ASSERTIONS, GENERIC_RATIONALE, NUM, PLACES, SITES, TECHS

SEED = "simcheck-writer-b-v1"
N_NOTES = 500
MODALITY_ORDER = ("CT", "MRI", "PET", "fluoroscopy", "ultrasound")
STYLES = (
    "dictation",
    "ehr_form",
    "checklist",
    "bullets",
    "allcaps",
    "shorthand",
    "typos",
    "long_narrative",
    "table_flat",
)
NOTE_TYPES = (
    ("sim_note", 0.36),
    ("sim_procedure", 0.16),
    ("order_and_sim", 0.12),
    ("resim", 0.07),
    ("consult", 0.08),
    ("on_treatment", 0.05),
    ("treatment_summary", 0.06),
    ("follow_up", 0.04),
    ("physics_note", 0.06),
)
NON_SIM = ("consult", "on_treatment", "treatment_summary", "follow_up", "physics_note")
OUTCOMES = (
    ("supported_feature", 0.38),
    ("supported_areas", 0.13),
    ("level_77285", 0.11),
    ("level_77280", 0.12),
    ("no_rationale", 0.11),
    ("no_areas", 0.09),
    ("no_imaging", 0.06),
)
FEATURE_WEIGHT = {
    "contrast": 3.0,
    "arc_rotational": 3.0,
    "custom_shielding": 2.0,
    "particle": 1.2,
    "brachytherapy": 3.0,
    "complex_blocking": 1.2,
    "hyperthermia": 0.8,
}


def weighted(rng: random.Random, table: tuple[tuple[str, float], ...]) -> str:
    """Pick a key by weight."""
    return rng.choices([k for k, _ in table], weights=[w for _, w in table])[0]


def n_of(items: list[str]) -> int:
    """Number of treatment areas a list of site values makes (bilateral counts twice)."""
    return sum(2 if v.startswith("bilateral ") else 1 for v in items)


def area_sets(site: dict[str, Any]) -> dict[int, list[list[str]]]:
    """The site's area sets keyed by how many areas they make."""
    out: dict[int, list[list[str]]] = {}
    for sets in site["areas"].values():
        for items in sets:
            out.setdefault(n_of([i.split("|")[0] for i in items]), []).append(items)
    return out


@dataclass
class Plan:
    """What one note documents; the labels follow from it."""

    key: str
    note_type: str
    style: str
    outcome: str
    layout: str = "form"
    transform: str = ""
    voice: str = "field"
    rationale: list[tuple[str, str]] = field(default_factory=list)
    no_rationale: str | None = None
    areas: list[tuple[str, str]] | None = None
    features: list[str] = field(default_factory=list)
    contrast_kind: str = ""
    modalities: list[str] = field(default_factory=list)
    ct_kind: str = "ct"
    old_fused: bool = False
    traps: list[str] = field(default_factory=list)
    clean: bool = False

    @property
    def site(self) -> dict[str, Any]:
        """The site vocabulary."""
        return SITES[self.key]

    @property
    def n_areas(self) -> int | None:
        """The number of areas, or None when unknown."""
        return None if self.areas is None else n_of([v for v, _ in self.areas])


# ------------------------------------------------------------------ planning


def style_setup(plan: Plan, rng: random.Random) -> None:
    """Layout, transform and voice for the style."""
    style = plan.style
    plan.layout, plan.transform, plan.voice = {
        "dictation": ("dictation", "", "prose"),
        "ehr_form": ("form", "", "field"),
        "checklist": ("form", "", "check"),
        "bullets": ("bullets", "", rng.choice(["frag", "field", "prose"])),
        "allcaps": (rng.choice(["form", "bullets", "terse"]), "caps", rng.choice(["field", "frag"])),
        "shorthand": ("terse", "short", "frag"),
        "typos": (rng.choice(["dictation", "form"]), "typo", rng.choice(["prose", "field"])),
        "long_narrative": ("form", "", "prose"),
        "table_flat": ("form", "", "field"),
    }[style]


def make_fill(rng: random.Random, plan: Plan) -> dict[str, Any]:
    """Per-note values (all invented)."""
    side = rng.choice(["left", "right"])
    month = rng.randrange(1, 13)
    year = rng.choice([2024, 2025, 2026])

    def back(k: int) -> str:
        m = (month - k - 1) % 12 + 1
        return rng.choice(
            [f"{m}/{rng.randrange(1, 29)}", f"{m:02d}/{rng.randrange(1, 29):02d}/{year}", f"{m}/{year % 100}"]
        )

    letters = "ABCDEFGHJKLMNPRSTUVWY"
    return {
        "side": side,
        "other": "right" if side == "left" else "left",
        "S": rng.choice([side[0].upper(), "Lt" if side == "left" else "Rt", side]),
        "yr": rng.randrange(2009, 2023),
        "d1": back(1),
        "d2": back(rng.randrange(2, 5)),
        "date": f"{month:02d}/{rng.randrange(1, 29):02d}/{year}",
        "ml": rng.choice([60, 75, 80, 85, 100, 110]),
        "age": rng.randrange(2, 14),
        "age2": rng.randrange(34, 88),
        "md": f"{rng.choice(letters)}.{rng.choice(letters)}.",
        "tech": rng.choice(TECHS),
        "place": rng.choice(PLACES),
        "range": rng.choice(
            [
                "vertex to carina",
                "C2 to mid-femur",
                "T8 to below the ischia",
                "above the lesion by 10 cm",
                "skull to L1",
            ]
        ),
        "oar": "",
        "t": "target",
    }


def make_plan(rng: random.Random, key: str, note_type: str, style: str) -> Plan:
    """Decide what the note documents."""
    plan = Plan(key, note_type, style, "non_simulation" if note_type in NON_SIM else weighted(rng, OUTCOMES))
    style_setup(plan, rng)
    if plan.outcome == "non_simulation":
        plan.traps.append("non_simulation_note")
        return plan
    site = plan.site
    sets = area_sets(site)
    if plan.outcome == "supported_areas" and max(sets) < 3:
        plan.outcome = "supported_feature"
    if plan.outcome == "level_77285" and 2 not in sets:
        plan.outcome = "level_77280" if 1 in sets else "supported_areas"
    if plan.outcome == "level_77280" and 1 not in sets:
        plan.outcome = "level_77285"
    if plan.outcome == "no_imaging" and not ({"custom_shielding", "complex_blocking"} & set(site["feats"])):
        plan.outcome = "no_rationale"
    plan.clean = rng.random() < 0.38
    # areas
    out = plan.outcome
    if out == "supported_areas":
        n = rng.choice([k for k in sets if k >= 3])
    elif out == "level_77285":
        n = 2
    elif out == "level_77280":
        n = 1
    elif out == "no_areas":
        n = 0
    else:
        n = rng.choice([k for k in sets for _ in range(3 if k == 1 else 1)])
    if n:
        items = rng.choice(sets[n])
        plan.areas = []
        for item in items:
            value, *shown = item.split("|")
            plan.areas.append((value, rng.choice(shown)))
    # features
    if out in ("supported_feature", "no_rationale", "no_areas", "no_imaging"):
        options = [f for f in site["feats"] if f != "contrast" or site["contrast"]]
        options = [f for f in options if f != "custom_shielding" or site["shield"]]
        options = [f for f in options if f != "hyperthermia" or site["thermo"]]
        options = [f for f in options if f != "brachytherapy" or site["brachy"]]
        if out == "no_imaging":
            options = [f for f in options if f in ("custom_shielding", "complex_blocking")]
        k = 1 if rng.random() < 0.72 else 2
        chosen: list[str] = []
        while options and len(chosen) < k:
            pick = rng.choices(options, weights=[FEATURE_WEIGHT[f] for f in options])[0]
            chosen.append(pick)
            options.remove(pick)
        if key == "gyn" and out != "no_imaging" and "brachytherapy" not in chosen and rng.random() < 0.7:
            chosen = [chosen[0], "brachytherapy"] if chosen else ["brachytherapy"]
        if "particle" in chosen and "arc_rotational" in chosen:
            chosen.remove("arc_rotational")
        plan.features = sorted(set(chosen))
    if "contrast" in plan.features:
        plan.contrast_kind = rng.choice(site["contrast"])
    # modalities
    if out == "no_imaging":
        plan.ct_kind = "none"
    else:
        mods = ["CT"]
        if site["fourd"] and rng.random() < 0.55:
            plan.ct_kind = "4dct"
        if "brachytherapy" in plan.features and rng.random() < 0.3:
            mods = ["fluoroscopy"]
            plan.ct_kind = "none"
        for mod in site["mods"]:
            chance = (
                0.85
                if (key == "brain_srs" and mod == "MRI")
                else (0.3 if mod in ("ultrasound", "fluoroscopy") else 0.4)
            )
            if rng.random() < chance:
                mods.append(mod)
        plan.modalities = [m for m in MODALITY_ORDER if m in mods]
        if {"MRI", "PET"} & set(plan.modalities) and rng.random() < 0.35:
            plan.old_fused = True
            plan.traps.append("fused_scan_old_contrast")
    if plan.ct_kind == "4dct" and not plan.features and (plan.n_areas or 0) < 3:
        plan.traps.append("4dct_alone")
    # rationale
    lacks = out == "no_rationale" or (out in ("level_77285", "level_77280") and rng.random() < 0.25)
    if lacks:
        kinds = ["none"] if plan.clean else ["bare", "bare", "blank", "copied", "hedged", "none"]
        plan.no_rationale = rng.choice(kinds)
    else:
        plan.rationale = choose_rationale(rng, plan)
    return plan


def choose_rationale(rng: random.Random, plan: Plan) -> list[tuple[str, str]]:
    """One or two patient-specific reasons that fit the plan."""
    site = plan.site
    n = plan.n_areas or 0
    ok: list[tuple[str, str]] = []
    candidates = [*site["rat"], *((c, t, 1) for c, t in GENERIC_RATIONALE)]
    for cat, clause, need in candidates:
        if n < need:
            continue
        if cat == "contrast for delineation" and "contrast" not in plan.features:
            continue
        if cat == "fusion for delineation":
            wants = "PET" if "PET" in clause else "MRI"
            if wants not in plan.modalities:
                continue
        if cat == "applicator verification" and "brachytherapy" not in plan.features:
            continue
        if cat == "custom shielding" and "custom_shielding" not in plan.features:
            continue
        if cat == "target motion" and plan.ct_kind != "4dct":
            continue
        if cat == "prior field overlap" and not site["prior"]:
            continue
        if plan.areas is None and "{t}" in clause:
            continue
        ok.append((cat, clause))
    if n >= 2 and rng.random() < 0.35:
        ok.append(
            ("multiple targets", f"there are {NUM[n]} separately located targets that each need their own set-up")
        )
    if not ok:
        ok = [("irregular target", "the target is irregular and cannot be covered with standard field shapes")]
    return rng.sample(ok, 2 if len(ok) > 1 and rng.random() < 0.25 else 1)


# ------------------------------------------------------------------ pieces


def titled(plan: Plan, key: str, rng: random.Random) -> str:
    """A section title for a key."""
    options = {
        "banner": [""],
        "dx": ["Diagnosis", "Dx", "Oncologic diagnosis", "Problem"],
        "hx": ["History", "HPI", "Interval history", "Brief history", "Clinical summary"],
        "old": ["Prior imaging", "Imaging reviewed", "Staging", "Work-up"],
        "order": ["Sim order", "Simulation order (as placed)", "Orders", "Order details"],
        "why": [
            "Indication for complex simulation",
            "Medical necessity",
            "Rationale",
            "Clinical justification",
            "Why complex",
        ],
        "areas": ["Treatment areas", "Sites", "Target(s)", "Areas simulated", "Treatment sites"],
        "setup": ["Setup", "Position / immobilization", "Immobilization", "Patient positioning"],
        "scan": ["Procedure", "Simulation", "Imaging", "CT simulation", "Scan details"],
        "tech": ["Technique", "Treatment technique", "Special procedures", "Planning details"],
        "brachy": ["Applicator", "Brachytherapy procedure", "Insertion"],
        "anesthesia": ["Anesthesia", "Sedation", "Time-out"],
        "checklist": ["Simulation checklist", "Sim checklist", "Procedure checklist"],
        "table": ["Course table", "Prescription table", "Sites / doses"],
        "plan": ["Plan", "Prescription", "Intent / plan", "Next steps"],
        "copied": ["Prior course (copied forward)", "Copied from previous sim note", "Previous course"],
        "addendum": ["Addendum", "Addendum / correction", "Late entry"],
        "sign": [""],
        "pmh": ["Past history", "PMH/PSH", "Medical history"],
        "meds": ["Medications", "Current meds", "Med list"],
        "social": ["Social / family", "Social history", "SH/FH"],
        "ros": ["Review of systems", "ROS"],
        "exam": ["Physical exam", "Exam", "PE"],
        "labs": ["Labs", "Laboratory"],
        "discuss": ["Discussion", "Counselling", "Consent discussion"],
        "course": ["Course", "Treatment course", "Treatment delivered"],
        "status": ["Treatment status", "Status", "Fraction"],
        "assess": ["Assessment", "Impression", "Assessment and plan"],
        "followup": ["Follow-up", "Surveillance", "Next visit"],
        "physics": ["Physics", "Dosimetry", "Plan status"],
        "family": ["Family history"],
    }[key]
    return rng.choice(options)


def fmt(template: str, fill: dict[str, Any]) -> str:
    """Fill placeholders."""
    return template.format(**fill)


def rationale_lines(rng: random.Random, plan: Plan, fill: dict[str, Any]) -> list[str]:
    """The indication block."""
    site = plan.site
    if plan.rationale:
        clauses = []
        for cat, clause in plan.rationale:
            local = {**fill, "oar": rng.choice(site["oars"]).format(**fill), "prior": fmt(site["prior"] or "", fill)}
            clauses.append(ev("R", cat, fmt(clause, local)))
        joined = clauses[0] if len(clauses) == 1 else f"{clauses[0]}; also, {clauses[1]}"
        voice = "field" if plan.voice == "check" else plan.voice
        lead = rng.choice(PH.RATIONALE_LEADS[voice])
        line = lead.replace("{R}", upfirst(joined)).replace("{r}", joined)
        out = [line]
        if not plan.clean and rng.random() < 0.15:
            out.append(rng.choice(BARE_ASSERTIONS))
        return out
    kind = plan.no_rationale
    if kind == "bare":
        plan.traps.append("bare_assertion")
        return [rng.choice(BARE_ASSERTIONS)]
    if kind == "blank":
        plan.traps.append("blank_template")
        return [
            rng.choice(
                [
                    "Reason for complex simulation: ____",
                    "Medical necessity: [ ]",
                    "Indication: ",
                    "Justification (required): ___",
                ]
            )
        ]
    if kind == "copied":
        plan.traps.append("copy_forward")
        cat_clause = rng.choice(site["rat"])
        local = {**fill, "oar": site["oars"][0].format(**fill), "t": "target", "prior": ""}
        return [
            f"Copied from {fill['yr']} simulation note (previous course): "
            f"complex sim because {fmt(cat_clause[1], local)}"
        ]
    if kind == "hedged":
        plan.traps.append("planned_rationale")
        return [
            rng.choice(
                [
                    "If the nodes prove to be close to the plexus, a complex simulation may be justified.",
                    "Complex simulation might be needed depending on what the contours show.",
                    "May need complex sim if we add a boost later.",
                ]
            )
        ]
    return []


def area_lines(rng: random.Random, plan: Plan) -> list[str]:
    """The areas block (stated count, named sites, numbered list, isocentres or a checkbox row)."""
    if plan.areas is None:
        if plan.clean:
            return []
        choice = rng.randrange(4)
        if choice == 0:
            plan.traps.append("blank_template")
            return [rng.choice(["Number of treatment areas: __", "Treatment areas: ___", "# of areas: [ ]"])]
        if choice == 1:
            plan.traps.append("vague_area_count")
            return [
                rng.choice(
                    ["Multiple areas, see plan.", "Several sites to be treated.", "Areas: per physician contours."]
                )
            ]
        return []
    n = plan.n_areas or 0
    shown = [(v, d) for v, d in plan.areas]
    has_bilat = any(v.startswith("bilateral ") for v, _ in shown)
    if has_bilat:
        plan.traps.append("bilateral_counting")
    word = rng.choice([str(n), NUM[n]])
    noun = (
        rng.choice(["treatment areas", "separate treatment areas", "areas", "distinct sites"])
        if n > 1
        else rng.choice(["treatment area", "area", "site"])
    )
    count = ev("A", n, f"{word} {noun}")
    sites = [ev("S", v, d) for v, d in shown]
    named = sites[0] if len(sites) == 1 else ", ".join(sites[:-1]) + rng.choice([" and ", ", ", " + "]) + sites[-1]
    modes = ["count", "named", "count_named", "numbered"]
    if len(shown) >= 2 and not has_bilat:
        modes.append("iso")
    if plan.voice == "check" and n <= 5:
        modes.append("boxes")
    mode = rng.choice(modes)
    if mode == "count":
        plain = ", ".join(d for _, d in shown)
        return [rng.choice([f"{upfirst(count)}: {plain}", f"{plain} ({count})", f"Treating {count} - {plain}"])]
    if mode == "named":
        return [rng.choice([f"{upfirst(named)}", f"Simulated: {named}", f"We simulated {named}", f"Sites: {named}"])]
    if mode == "count_named":
        return [rng.choice([f"{upfirst(count)} - {named}", f"{named}; {count} in total", f"Areas ({count}): {named}"])]
    if mode == "numbered":
        return [f"{i}) {s}" for i, s in enumerate(sites, 1)]
    if mode == "iso":
        plan.traps.append("isocenter_count")
        return [f"Isocenter {i}: {s}" for i, s in enumerate(sites, 1)]
    boxes = "  ".join(ev("A", n, f"[x] {k}") if k == n else f"[ ] {k}" for k in range(1, 6))
    return [f"Number of areas: {boxes}", f"Sites: {named}"]


def setup_lines(rng: random.Random, plan: Plan, fill: dict[str, Any]) -> list[str]:
    """Position, immobilisation, marks (never evidence)."""
    site = plan.site
    immob = rng.choice([i for i in site["immob"] if not plan.clean or "custom" not in i.lower()] or site["immob"])
    lines = [
        rng.choice(
            [
                f"Supine, {immob}",
                f"Position: {immob}",
                f"Patient set up on {immob}",
                f"Immobilized with {immob}",
            ]
        )
    ]
    if "custom" in immob.lower() or (not plan.clean and rng.random() < 0.25):
        if "custom" not in immob.lower():
            lines.append(
                rng.choice(
                    ["Custom thermoplastic mask made today", "Custom Vac-Lok bag formed", "Custom Alpha Cradle poured"]
                )
            )
        plan.traps.append("immobilization_not_feature")
    if not plan.clean and rng.random() < 0.3:
        lines.append(
            rng.choice(["0.5 cm bolus over the scar", "1 cm bolus on alternating days", "Bolus: 5 mm superflab"])
        )
        plan.traps.append("bolus_not_feature")
    lines.append(
        rng.choice(
            [
                f"Three tattoos placed; reference marks at {rng.choice(['midline', 'lateral', 'sternal notch'])}",
                "BBs on the isocenter marks, tattoos x3",
                "Wire on the scar and palpable borders",
                "Surface guidance reference captured",
                "Photos taken for set-up",
            ]
        )
    )
    return lines


def scan_lines(rng: random.Random, plan: Plan, fill: dict[str, Any]) -> list[str]:
    """Imaging and contrast of this simulation."""
    lines: list[str] = []
    for mod in plan.modalities:
        old = plan.old_fused and mod in ("MRI", "PET")
        lines.append(upfirst(PH.modality_line(rng, mod, plan.ct_kind, plan.voice, fill, old)))
    if "contrast" in plan.features:
        lines.insert(min(1, len(lines)), upfirst(PH.contrast_line(rng, plan.contrast_kind, plan.voice, fill)))
    return lines


def tech_lines(rng: random.Random, plan: Plan, fill: dict[str, Any]) -> list[str]:
    """Technique features (not contrast)."""
    site = plan.site
    lines = []
    for feat in plan.features:
        if feat == "contrast":
            continue
        local = {**fill, "oar": rng.choice(site["oars"]).format(**fill)}
        lines.append(upfirst(PH.feature_line(rng, feat, site, plan.voice, local)))
    return lines


# ------------------------------------------------------------------ traps


def add_traps(rng: random.Random, plan: Plan, fill: dict[str, Any], blocks: dict[str, list[str]]) -> None:
    """Insert non-counting text (negated, planned, historical, blank, copied, superseded, ordered)."""
    site = plan.site
    usual = ("contrast", "custom_shielding", "arc_rotational", "complex_blocking")
    absent_feats = [f for f in PH.NEGATED if f not in plan.features and (f in usual or f in site["feats"])]
    absent_mods = [m for m in ("MRI", "PET") if m not in plan.modalities]
    kinds = [
        "negated_feature",
        "planned_feature",
        "historical_imaging",
        "blank_template",
        "negated_modality",
        "planned_modality",
        "copy_forward",
        "addendum_correction",
        "order_vs_procedure",
        "mlc_only",
        "other_person",
        "contrast_allergy_mention",
    ]
    if plan.n_areas == 1:
        kinds += ["many_beams_one_target"] * 2
    if (plan.n_areas or 0) >= 2:
        kinds.append("isocenter_vs_sites")
    if plan.areas is not None and site["prior"]:
        kinds.append("stated_count_vs_named")
    if plan.outcome == "no_imaging":
        kinds.append("no_ct")
    chosen = rng.sample(kinds, rng.choice([1, 1, 2, 2, 3]))
    if plan.outcome == "no_imaging" and "no_ct" not in chosen and rng.random() < 0.6:
        chosen.append("no_ct")
    for kind in chosen:
        if kind == "negated_feature" and absent_feats:
            feat = rng.choice(absent_feats)
            blocks["scan" if feat == "contrast" else "tech"].append(rng.choice(PH.NEGATED[feat]))
            plan.traps.append(kind)
        elif kind == "planned_feature" and absent_feats:
            feat = rng.choice([f for f in absent_feats if f in PH.PLANNED] or absent_feats)
            blocks["plan"].append(rng.choice(PH.PLANNED[feat]))
            plan.traps.append(kind)
        elif kind == "historical_imaging":
            text, has_contrast = rng.choice(site["old_imaging"])
            blocks["old"].append(fmt(text, fill))
            plan.traps.append(kind)
            if has_contrast:
                plan.traps.append("historical_contrast")
        elif kind == "blank_template":
            options = [
                f for f in ("contrast", "custom_shielding", "arc_rotational", "particle") if f not in plan.features
            ]
            options += list(absent_mods)
            if options:
                blocks["scan"].append(rng.choice(PH.BLANK[rng.choice(options)]))
                plan.traps.append(kind)
        elif kind == "negated_modality" and absent_mods:
            blocks["scan"].append(rng.choice(PH.NEGATED_MOD[rng.choice(absent_mods)]))
            plan.traps.append(kind)
        elif kind == "no_ct":
            blocks["scan"].append(rng.choice(PH.NEGATED_MOD["CT"]))
            plan.traps.append("negated_modality")
        elif kind == "planned_modality":
            options = [m for m in ("MRI", "PET", "ultrasound", "fluoroscopy") if m not in plan.modalities]
            if not options:
                continue
            blocks["plan"].append(rng.choice(PH.PLANNED_MOD[rng.choice(options)]))
            plan.traps.append(kind)
        elif kind == "copy_forward":
            n_old = rng.choice([2, 3, 4])
            blocks["copied"].append(
                rng.choice(
                    [
                        f"{fill['yr']} course: CT simulation with IV contrast, {n_old} treatment areas, "
                        "custom blocks. Reason: target next to the cord.",
                        f"Prior course ({fill['yr']}): VMAT, MRI fused, {NUM[n_old]} areas; "
                        "complex sim for overlapping fields.",
                        f"Copied from {fill['yr']} sim note - oral contrast given; PET fused; "
                        f"{n_old} sites; tattoos x3.",
                    ]
                )
            )
            plan.traps.append(kind)
        elif kind == "addendum_correction":
            addendum_trap(rng, plan, fill, blocks)
        elif kind == "order_vs_procedure":
            order_trap(rng, plan, fill, blocks)
        elif kind == "mlc_only" and not ({"complex_blocking", "custom_shielding"} & set(plan.features)):
            blocks["tech"].append(
                rng.choice(
                    [
                        "Apertures shaped with the MLC only.",
                        "Fields shaped by standard MLC (no blocks).",
                        "MLC conformal shaping",
                    ]
                )
            )
            plan.traps.append(kind)
        elif kind == "other_person":
            blocks["hx"].append(
                rng.choice(
                    [
                        "Her sister had breast radiation with a contrast CT simulation elsewhere "
                        "and is anxious for her.",
                        "His brother had proton therapy at another center.",
                        "Her husband had an MRI-guided treatment last year; she asked about the same.",
                    ]
                )
            )
            plan.traps.append(kind)
        elif kind == "contrast_allergy_mention" and "contrast" not in plan.features:
            blocks["hx"].append(
                rng.choice(["Allergies: iodinated contrast (hives).", "Allergy: gadolinium (rash) - noted."])
            )
            plan.traps.append(kind)
        elif kind == "many_beams_one_target":
            beams = site["beams"]
            if beams:
                t = plan.areas[0][1] if plan.areas else "target"
                blocks["tech"].append(f"{upfirst(rng.choice(beams))} to the {t}, one isocenter")
                plan.traps.append(kind)
        elif kind == "isocenter_vs_sites":
            blocks["tech"].append(
                rng.choice(
                    [
                        "Single isocenter technique for all volumes.",
                        "Mono-isocentric set-up.",
                        "One isocenter shared by the fields.",
                    ]
                )
            )
            plan.traps.append(kind)
        elif kind == "stated_count_vs_named":
            blocks["hx"].append(f"Note: {fmt(site['prior'], fill)} is not part of this course.")
            plan.traps.append(kind)


def addendum_trap(rng: random.Random, plan: Plan, fill: dict[str, Any], blocks: dict[str, list[str]]) -> None:
    """An earlier statement corrected by an addendum (the addendum wins)."""
    stamp = f"{fill['date']} {rng.randrange(8, 18)}:{rng.randrange(10, 59)}"
    options = []
    if "contrast" not in plan.features:
        options.append("retract_contrast")
    if "MRI" not in plan.modalities and plan.modalities:
        options.append("retract_mri")
    if "contrast" in plan.features and plan.voice != "check":
        options.append("add_contrast")
    if plan.areas is not None:
        options.append("fix_count")
    if not options:
        return
    kind = rng.choice(options)
    if kind == "retract_contrast":
        blocks["scan"].append("IV contrast given.")
        blocks["addendum"].append(
            f"{stamp}: correction - IV contrast was NOT given; the IV infiltrated before injection "
            "and the scan was done without it."
        )
    elif kind == "retract_mri":
        blocks["scan"].append("MRI fused.")
        blocks["addendum"].append(
            f"{stamp}: the MRI could not be registered (different head position); "
            "contours were drawn on CT alone. No MRI fusion."
        )
    elif kind == "add_contrast":
        # the affirmed contrast moves into the addendum, the body says none
        line = next(ln for ln in blocks["scan"] if "|contrast|" in ln)
        blocks["scan"].remove(line)
        blocks["scan"].append("No contrast.")
        blocks["addendum"].append(f"{stamp}: correction to the above - {line}")
    else:
        n = plan.n_areas or 1
        wrong = n + 1 if n < 3 else n - 1
        blocks["areas"] = [f"{NUM[wrong].capitalize()} treatment areas."]
        sites = [ev("S", v, d) for v, d in plan.areas or []]
        named = ", ".join(sites)
        plural = "s" if n > 1 else ""
        blocks["addendum"].append(
            f"{stamp}: the area count above is wrong - {ev('A', n, f'{n} treatment area{plural}')}: {named}."
        )
    plan.traps.append("addendum_correction")


def order_trap(rng: random.Random, plan: Plan, fill: dict[str, Any], blocks: dict[str, list[str]]) -> None:
    """An order that asks for more than the procedure says was done."""
    wanted = ["CT simulation"]
    extra = []
    if "contrast" not in plan.features:
        extra.append(rng.choice(["IV contrast", "oral + IV contrast"]))
    if "MRI" not in plan.modalities:
        extra.append("MRI fusion")
    if "PET" not in plan.modalities:
        extra.append("PET fusion")
    if "arc_rotational" not in plan.features:
        extra.append("VMAT")
    if not extra:
        return
    asked = rng.sample(extra, min(len(extra), rng.choice([1, 2])))
    areas = ", ".join(d for _, d in plan.areas) if plan.areas else "per MD"
    blocks["order"].append(f"Ordered: {', '.join(wanted + asked)}; sites: {areas}; priority routine")
    blocks["scan"].append(
        rng.choice([f"Performed without the ordered {asked[0]}.", f"{asked[0].capitalize()} was ordered but not done."])
    )
    plan.traps.append("order_vs_procedure")


# ------------------------------------------------------------------ note types


def banner(rng: random.Random, plan: Plan, fill: dict[str, Any], doc: str) -> Block:
    """The document header."""
    style = plan.style
    if style in ("ehr_form", "checklist", "table_flat", "long_narrative") or (
        style == "allcaps" and rng.random() < 0.5
    ):
        system = rng.randrange(3)
        if system == 0:
            lines = [
                f"ARIA Oncology Information System | Document: {doc}",
                "Patient: [redacted]   MRN: XXXXX   DOB: [redacted]",
                f"Date of service: {fill['date']}   Attending: Dr. {fill['md']}",
            ]
        elif system == 1:
            lines = [
                f"MOSAIQ >> {doc} >> Pt ID XXXXX >> Radiation Oncology",
                f"Visit {fill['date']} | Provider {fill['md']} | Location: {fill['place']}",
            ]
        else:
            lines = [
                f"{doc} | Encounter date: {fill['date']} | Author: {fill['md']}, MD | Status: Signed",
                "Patient: [redacted] (XXXXX)",
            ]
    elif style == "dictation" or (style == "typos" and plan.layout == "dictation"):
        lines = [
            f"DICTATION - {doc.upper()}. Patient name [redacted]. Medical record number XXXXX. "
            f"Date of service {fill['date']}."
        ]
    else:
        lines = [f"{doc} {fill['date']} - pt [redacted] - Dr {fill['md']}"]
    return Block("banner", "", lines, verbatim=True)


def signature(rng: random.Random, fill: dict[str, Any], plan: Plan) -> Block:
    """Sign-off."""
    options = [
        f"Electronically signed by {fill['md']}, MD on {fill['date']}",
        f"Dictated by Dr. {fill['md']}; transcribed by KT. D: {fill['date']} T: {fill['date']}. Dictated but not read.",
        f"-- {fill['md']}",
        f"Attending attestation: I was present for the key portions of this procedure. {fill['md']}",
        f"{fill['tech']} / {fill['md']}",
    ]
    if plan.layout == "dictation":
        options.append("This note was produced with voice recognition software; errors may be present.")
    return Block("sign", "", [rng.choice(options)], verbatim=True)


DOC_NAMES = {
    "sim_note": [
        "Simulation Note",
        "CT Simulation",
        "Radiation Oncology Simulation",
        "Sim note",
        "Treatment Planning Simulation",
    ],
    "sim_procedure": ["Procedure Note: Complex Simulation", "CT SIM PROCEDURE", "Simulation Procedure Documentation"],
    "order_and_sim": ["Simulation Order and Procedure", "Sim order / sim note"],
    "resim": ["Re-simulation", "Re-sim for new course", "Second course simulation"],
    "consult": ["Radiation Oncology Consultation", "New patient consult", "Consult note"],
    "on_treatment": ["On-treatment visit", "Weekly OTV", "Status check during RT"],
    "treatment_summary": ["Treatment Summary", "End of Treatment Summary", "Completion of radiation"],
    "follow_up": ["Follow-up visit", "Post-treatment follow-up", "Survivorship visit"],
    "physics_note": ["Physics consult", "Dosimetry note", "Medical physics chart check"],
}


def long_filler(rng: random.Random, plan: Plan, fill: dict[str, Any], target: int) -> list[Block]:
    """History, medications, ROS, exam, labs and counselling until roughly ``target`` words."""
    site = plan.site
    blocks = [
        Block("pmh", titled(plan, "pmh", rng), FL.pmh(rng)),
        Block("meds", titled(plan, "meds", rng), FL.meds(rng)),
        Block("social", titled(plan, "social", rng), FL.social(rng, fill)),
        Block("ros", titled(plan, "ros", rng), FL.ros(rng)),
        Block("exam", titled(plan, "exam", rng), FL.exam(rng)),
        Block("labs", titled(plan, "labs", rng), FL.labs(rng)),
        Block("discuss", titled(plan, "discuss", rng), FL.discussion(rng)),
    ]
    rng.shuffle(blocks)
    blocks = blocks[: rng.randrange(4, len(blocks) + 1)]
    head = [Block("hx", titled(plan, "hx", rng), FL.narrative(rng, site["hpi"], fill))]
    words = sum(len(strip(ln).split()) for b in head + blocks for ln in b.lines)
    entries: list[str] = []
    day = rng.randrange(1, 20)
    while words < target and len(entries) < 60:
        entry = FL.interval_entry(rng, day)
        entries.append(entry)
        words += len(entry.split())
        day += rng.randrange(3, 15)
    if entries:
        head.append(
            Block(
                "interval", rng.choice(["Interval history", "Oncologic course", "Timeline", "Course to date"]), entries
            )
        )
    return head + blocks


def sim_blocks(rng: random.Random, plan: Plan, fill: dict[str, Any]) -> list[Block]:
    """A simulation note (sim note, procedure note, order + procedure, or re-simulation)."""
    site = plan.site
    if plan.areas:
        fill["t"] = rng.choice([plan.areas[0][1], "target", "PTV"])
    content: dict[str, list[str]] = {
        k: []
        for k in (
            "dx",
            "hx",
            "old",
            "order",
            "why",
            "areas",
            "setup",
            "scan",
            "tech",
            "brachy",
            "anesthesia",
            "plan",
            "copied",
            "addendum",
        )
    }
    content["dx"].append(upfirst(fmt(rng.choice(site["dx"]), fill)))
    if rng.random() < 0.6:
        content["hx"].extend(fmt(h, fill) for h in rng.sample(site["hpi"], rng.randrange(1, 3)))
    content["why"] = rationale_lines(rng, plan, fill)
    content["areas"] = area_lines(rng, plan)
    content["setup"] = setup_lines(rng, plan, fill)
    content["scan"] = scan_lines(rng, plan, fill)
    tech = tech_lines(rng, plan, fill)
    for line in tech:
        if "|brachytherapy|" in line or "|hyperthermia|" in line:
            content["brachy"].append(line)
        else:
            content["tech"].append(line)
    if plan.key == "pediatric" or ("brachytherapy" in plan.features and rng.random() < 0.6):
        content["anesthesia"].append(
            rng.choice(
                [
                    "General anesthesia by the pediatric anesthesia team (propofol); time-out completed",
                    "Spinal anesthesia; universal protocol followed",
                    "Conscious sedation with midazolam/fentanyl, monitored by RN",
                ]
            )
        )
    content["plan"].append(
        rng.choice(
            [
                f"Rx {rng.choice(site['dose'])}",
                f"Dose: {rng.choice(site['dose'])}; start date {fill['d1'] if rng.random() < 0.2 else 'TBD'}",
                f"Contours to dosimetry; target start in {rng.randrange(5, 15)} days",
                f"Planning to proceed; {rng.choice(site['dose'])}",
            ]
        )
    )
    if plan.note_type == "order_and_sim":
        ordered = ["CT simulation" if "CT" in plan.modalities else "simulation"]
        content["order"].append(
            f"Simulation ordered by Dr. {fill['md']}: {', '.join(ordered)}, "
            f"{rng.choice(['routine', 'urgent', 'add-on'])}"
        )
    if plan.note_type == "resim" and "copy_forward" not in plan.traps and rng.random() < 0.6:
        content["copied"].append(
            f"Prior course {fill['yr']}: see scanned note; set-up reproduced from the old mask where possible."
        )
    if not plan.clean:
        add_traps(rng, plan, fill, content)
    if plan.note_type == "resim" and not content["copied"]:
        content["copied"].append(f"Previous course treated in {fill['yr']}; records reviewed.")
    # order of sections: a few common permutations
    order = [
        "dx",
        "hx",
        "old",
        "order",
        "why",
        "areas",
        "setup",
        "anesthesia",
        "brachy",
        "scan",
        "tech",
        "plan",
        "copied",
        "addendum",
    ]
    r = rng.random()
    if r < 0.25:
        order = [
            "dx",
            "old",
            "hx",
            "order",
            "areas",
            "why",
            "anesthesia",
            "setup",
            "scan",
            "brachy",
            "tech",
            "copied",
            "plan",
            "addendum",
        ]
    elif r < 0.45:
        order = [
            "order",
            "dx",
            "hx",
            "old",
            "setup",
            "scan",
            "tech",
            "brachy",
            "anesthesia",
            "areas",
            "why",
            "plan",
            "copied",
            "addendum",
        ]
    elif r < 0.6:
        order = [
            "dx",
            "why",
            "hx",
            "old",
            "copied",
            "areas",
            "scan",
            "setup",
            "tech",
            "brachy",
            "anesthesia",
            "plan",
            "order",
            "addendum",
        ]
    blocks = [banner(rng, plan, fill, rng.choice(DOC_NAMES[plan.note_type]))]
    if plan.style == "checklist":
        checklist_merge(rng, plan, content)
    if plan.style == "table_flat":
        table_merge(rng, plan, fill, content)
    for key in order:
        if content.get(key):
            title = titled(plan, key, rng)
            blocks.append(Block(key, title, content[key]))
    if content.get("checklist"):
        at = rng.randrange(2, len(blocks) + 1)
        blocks.insert(
            at, Block("checklist", titled(plan, "checklist", rng), content["checklist"], verbatim=rng.random() < 0.5)
        )
    if content.get("table"):
        at = rng.randrange(2, len(blocks) + 1)
        blocks.insert(at, Block("table", titled(plan, "table", rng), content["table"], verbatim=True))
    if plan.style == "long_narrative":
        target = rng.randrange(470, 1100)
        fillers = long_filler(rng, plan, fill, target)
        blocks = blocks[:2] + fillers + blocks[2:]
    blocks.append(signature(rng, fill, plan))
    return blocks


def checklist_merge(rng: random.Random, plan: Plan, content: dict[str, list[str]]) -> None:
    """Move items into a checkbox list: done items checked, others unchecked (blank template)."""
    items: list[str] = []
    for key in ("scan", "tech", "brachy"):
        keep = []
        for line in content[key]:
            if strip(line).startswith("[x]"):
                items.append(line)
            else:
                keep.append(line)
        content[key] = keep
    unchecked = []
    if "contrast" not in plan.features:
        unchecked.append(rng.choice(["[ ] IV contrast", "[ ] Oral contrast"]))
    if "MRI" not in plan.modalities:
        unchecked.append("[ ] MRI fusion")
    if "PET" not in plan.modalities:
        unchecked.append("[ ] PET/CT fusion")
    if "arc_rotational" not in plan.features:
        unchecked.append("[ ] VMAT / arc")
    if "particle" not in plan.features:
        unchecked.append("[ ] Proton therapy")
    if "custom_shielding" not in plan.features:
        unchecked.append("[ ] Custom shielding")
    unchecked = rng.sample(unchecked, min(len(unchecked), rng.randrange(1, 4)))
    if unchecked:
        plan.traps.append("blank_template")
    items += unchecked
    items.append("[x] Tattoos / reference marks")
    rng.shuffle(items)
    content["checklist"] = items


def table_merge(rng: random.Random, plan: Plan, fill: dict[str, Any], content: dict[str, list[str]]) -> None:
    """Flatten the areas into a pipe or tab table when they are named."""
    if not plan.areas or rng.random() < 0.25:
        return
    sep = rng.choice([" | ", "\t", " ; "])
    header = sep.join(["Site", "Dose", "Fx", "Energy", "Notes"])
    rows = [header]
    for value, shown in plan.areas:
        dose = rng.choice(["50", "45", "30", "20", "8", "60", "54"])
        rows.append(
            sep.join(
                [
                    ev("S", value, shown),
                    f"{dose} Gy",
                    str(rng.randrange(1, 31)),
                    rng.choice(["6X", "10X", "6FFF", "9e", "15X"]),
                    rng.choice(["", "matched", "iso 1", "boost later"]),
                ]
            )
        )
    content["table"] = rows
    content["areas"] = []
    if "isocenter_count" in plan.traps:
        plan.traps.remove("isocenter_count")
    plan.traps.append("table_flattened")


def non_sim_blocks(rng: random.Random, plan: Plan, fill: dict[str, Any]) -> list[Block]:
    """Consult, on-treatment, summary, follow-up or physics notes: they document no simulation."""
    site = plan.site
    t = plan.note_type
    n_sets = area_sets(site)
    planned = rng.choice(n_sets[rng.choice(sorted(n_sets))])
    names = [fmt(rng.choice(i.split("|")[1:]), fill) for i in planned]
    names_txt = ", ".join(names)
    dx = upfirst(fmt(rng.choice(site["dx"]), fill))
    blocks = [banner(rng, plan, fill, rng.choice(DOC_NAMES[t]))]
    old_lines = []
    for text, has_c in rng.sample(site["old_imaging"], min(len(site["old_imaging"]), rng.randrange(1, 3))):
        old_lines.append(fmt(text, fill))
        plan.traps.append("historical_imaging")
        if has_c:
            plan.traps.append("historical_contrast")
    if t == "consult":
        recs = [f"Recommend radiation to the {names_txt}"]
        recs.append(
            rng.choice(
                [
                    "We will schedule CT simulation with IV contrast next week",
                    "Simulation to be booked; MRI fusion planned",
                    "She will return for simulation after the port is placed",
                    "Anticipate VMAT",
                ]
            )
        )
        if rng.random() < 0.5:
            recs.append(
                rng.choice(
                    [
                        f"Expect {NUM[len(names)]} treatment areas at simulation",
                        "A complex simulation will likely be needed because of the nearby critical structures",
                        "Contrast may be needed if the nodes are not visible",
                    ]
                )
            )
        plan.traps += ["planned_feature", "planned_modality"]
        blocks += [
            Block("dx", titled(plan, "dx", rng), [dx]),
            Block("hx", titled(plan, "hx", rng), FL.narrative(rng, site["hpi"], fill)),
            Block("old", titled(plan, "old", rng), old_lines),
            Block("pmh", titled(plan, "pmh", rng), FL.pmh(rng)),
            Block("exam", titled(plan, "exam", rng), FL.exam(rng)),
            Block("assess", titled(plan, "assess", rng), recs + FL.discussion(rng)[:2]),
        ]
    elif t == "on_treatment":
        fx = rng.randrange(2, 26)
        blocks += [
            Block(
                "status",
                titled(plan, "status", rng),
                [
                    f"Fx {fx}/{fx + rng.randrange(2, 12)} to the {names_txt}, {rng.choice(site['dose'])}",
                    rng.choice(["CBCT reviewed, shifts under 3 mm", "kV pair approved", "Port films approved"]),
                ],
            ),
            Block("hx", "Subjective", FL.narrative(rng, site["hpi"], fill)[1:3]),
            Block("exam", titled(plan, "exam", rng), FL.exam(rng)[:4]),
            Block("old", titled(plan, "old", rng), old_lines),
            Block(
                "plan",
                "Plan",
                [
                    rng.choice(["Continue as planned", "Add sucralfate", "Skin care reviewed", "Weekly labs"]),
                    rng.choice(
                        [
                            "Re-sim may be needed if weight loss continues",
                            "Consider replanning with new CT if mask loose",
                        ]
                    ),
                ],
            ),
        ]
        plan.traps.append("planned_modality")
    elif t == "treatment_summary":
        tech = rng.choice([*site["beams"], "VMAT", "IMRT", "3D conformal", "electrons"]) if site["beams"] else "VMAT"
        blocks += [
            Block("dx", titled(plan, "dx", rng), [dx]),
            Block(
                "course",
                titled(plan, "course", rng),
                [
                    f"Treated {NUM[len(names)]} site{'s' if len(names) > 1 else ''}: {names_txt}",
                    f"{rng.choice(site['dose'])} with {tech}",
                    f"Completed {fill['d1']} without breaks",
                ],
            ),
            Block("old", titled(plan, "old", rng), old_lines),
            Block(
                "followup",
                titled(plan, "followup", rng),
                [rng.choice(["Restaging CT with IV contrast in 8 weeks", "MRI in 3 months", "PET/CT at 12 weeks"])],
            ),
        ]
        plan.traps.append("past_course_summary")
    elif t == "follow_up":
        blocks += [
            Block("dx", titled(plan, "dx", rng), [dx, f"s/p RT to the {names_txt}, completed {fill['d2']}"]),
            Block("hx", titled(plan, "hx", rng), FL.narrative(rng, site["hpi"], fill)[:3]),
            Block("old", "Restaging", old_lines),
            Block("exam", titled(plan, "exam", rng), FL.exam(rng)),
            Block(
                "plan",
                "Plan",
                [
                    rng.choice(
                        [
                            "Repeat MRI with contrast in 3 months",
                            "Return in 6 months with CT chest",
                            "PSA every 3 months",
                        ]
                    )
                ],
            ),
        ]
        plan.traps.append("past_course_summary")
    else:
        blocks += [
            Block("dx", titled(plan, "dx", rng), [dx]),
            Block(
                "physics",
                titled(plan, "physics", rng),
                [
                    rng.choice(
                        [
                            "Request received for an MRI fusion; the MRI has not been acquired yet",
                            "PET/CT requested for registration - pending",
                            "Awaiting the planning CT; simulation not yet performed",
                        ]
                    ),
                    rng.choice(
                        [
                            "Contrast: to be decided by the physician at sim",
                            "Diagnostic CT contrast noted in the record; not a planning dataset",
                            "Planned technique VMAT, to be confirmed after contours",
                        ]
                    ),
                    rng.choice(
                        [
                            "Patient-specific QA to be scheduled",
                            "Old plan from the previous course retrieved for composite dose",
                            "In-vivo dosimetry to be arranged",
                        ]
                    ),
                ],
            ),
            Block("old", titled(plan, "old", rng), old_lines),
        ]
        plan.traps += ["planned_modality", "planned_feature"]
    if plan.style == "long_narrative":
        blocks = blocks[:1] + long_filler(rng, plan, fill, rng.randrange(560, 1200)) + blocks[1:]
    blocks.append(signature(rng, fill, plan))
    return blocks


# ------------------------------------------------------------------ records


def labels_of(plan: Plan) -> dict[str, Any]:
    """Labels derived from the plan."""
    from simcheck.annotations import decide_labels

    rationale = bool(plan.rationale)
    areas = plan.n_areas
    feats = sorted(plan.features)
    mods = [m for m in MODALITY_ORDER if m in plan.modalities]
    d = decide_labels(rationale, areas, feats, mods)
    return {
        "rationale": rationale,
        "treatment_areas": areas,
        "features": feats,
        "modalities": mods,
        "supported": d.supported,
        "level": d.level,
        "missing": d.missing,
    }


def check_spans(plan: Plan, labels: dict[str, Any], spans: list[dict[str, Any]]) -> None:
    """Refuse a note whose spans disagree with its plan."""
    feats = sorted({str(s["value"]) for s in spans if s["label"] == "FEATURE"})
    mods = [m for m in MODALITY_ORDER if any(s["label"] == "MODALITY" and s["value"] == m for s in spans)]
    rat = any(s["label"] == "RATIONALE" for s in spans)
    counts = [int(str(s["value"])) for s in spans if s["label"] == "AREA_COUNT"]
    sites = {str(s["value"]) for s in spans if s["label"] == "TREATMENT_SITE"}
    named = sum(2 if v.startswith("bilateral ") else 1 for v in sites)
    areas = counts[-1] if counts else (named or None)
    got = (feats, mods, rat, areas)
    want = (labels["features"], labels["modalities"], labels["rationale"], labels["treatment_areas"])
    if got != want:
        raise AssertionError(f"writer B plan/span mismatch for {plan.key}/{plan.outcome}: {got} != {want}")


def build(index: int) -> dict[str, Any]:
    """One writer-B record."""
    note_id = f"wb-{index:04d}"
    rng = random.Random(f"{SEED}:{note_id}")
    keys = sorted(SITES)
    key = keys[(index * 11 + rng.randrange(5)) % len(keys)]
    note_type = weighted(rng, NOTE_TYPES)
    style = STYLES[(index * 4 + rng.randrange(len(STYLES))) % len(STYLES)]
    plan = make_plan(rng, key, note_type, style)
    fill = make_fill(rng, plan)
    if plan.areas is not None:
        plan.areas = [(fmt(v, fill), fmt(d, fill)) for v, d in plan.areas]
    blocks = non_sim_blocks(rng, plan, fill) if plan.outcome == "non_simulation" else sim_blocks(rng, plan, fill)
    markup = render(blocks, plan.layout, rng)
    done = assemble(markup, plan.transform, rng)
    labels = labels_of(plan)
    check_spans(plan, labels, done.spans)
    skeleton = f"{note_type}/{style}/" + ">".join(b.key for b in blocks if any(ln.strip() for ln in b.lines))
    return {
        "id": note_id,
        "text": done.text,
        "labels": labels,
        "spans": done.spans,
        "meta": {
            "site": key,
            "style": style,
            "note_type": note_type,
            "skeleton": skeleton,
            "traps": sorted(set(plan.traps)),
            "words": len(done.text.split()),
            "outcome": plan.outcome,
            "writer": "b",
        },
    }


def build_all(n: int = N_NOTES) -> list[dict[str, Any]]:
    """All writer-B records, ``wb-0001`` onwards."""
    return [build(i) for i in range(1, n + 1)]
