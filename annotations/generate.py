"""Generate the synthetic annotated corpus (deterministic; invented notes only, never patient data).

Run ``.venv/bin/python annotations/generate.py`` from the repository root. Every note is composed from
independent parts (note type, disease site, writing style, section order, phrasing, traps); its labels
are derived from what the generator put in, reasoned per the labeling guide, and its spans are recorded
while the text is assembled. The independently written notes of writers B, E, F, I and J
(``annotations/writer_b``, ``writer_e``, ``writer_f``, ``writer_i``, ``writer_j``) and of the former external
holdouts G, K, L, N, O, P, M, Q, R, T, U, V, W, X, Y, Z, AB, AD and AC (``writer_g``, ``writer_k``, ``writer_l``,
``writer_n``, ``writer_o``, ``writer_p``, ``writer_m``, ``writer_q``, ``writer_r``, ``writer_t``, ``writer_u``,
``writer_v``, ``writer_w``, ``writer_x``, ``writer_y``, ``writer_z``, ``writer_ab``, ``writer_ad``, ``writer_ac``) are appended after writer A's
in each file, in that order. Output:
``annotations/{train,dev,test}.jsonl`` split by :func:`simcheck.annotations.split_of`.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import gen_pools as P  # noqa: E402
from gen_engine import Section, assemble, layout, plain  # noqa: E402
from gen_sites import SITES  # noqa: E402
from writer_ab import build_all as build_writer_ab  # noqa: E402
from writer_ac import build_all as build_writer_ac  # noqa: E402
from writer_ad import build_all as build_writer_ad  # noqa: E402
from writer_b import N_NOTES as N_NOTES_B  # noqa: E402
from writer_b import build_all as build_writer_b  # noqa: E402
from writer_e import N_NOTES as N_NOTES_E  # noqa: E402
from writer_e import build_all as build_writer_e  # noqa: E402
from writer_f import N_NOTES as N_NOTES_F  # noqa: E402
from writer_f import build_all as build_writer_f  # noqa: E402
from writer_g.records import build_all as build_writer_g  # noqa: E402
from writer_i import N_NOTES as N_NOTES_I  # noqa: E402
from writer_i import build_all as build_writer_i  # noqa: E402
from writer_j import N_NOTES as N_NOTES_J  # noqa: E402
from writer_j import build_all as build_writer_j  # noqa: E402
from writer_k.records import build_all as build_writer_k  # noqa: E402
from writer_l.records import build_all as build_writer_l  # noqa: E402
from writer_m.notes import records as build_writer_m  # noqa: E402
from writer_n.notes import build_all as build_writer_n  # noqa: E402
from writer_o.build import build as build_writer_o_note  # noqa: E402
from writer_o.plan import allocate as allocate_writer_o  # noqa: E402
from writer_p import build_all as build_writer_p  # noqa: E402
from writer_q import build_all as build_writer_q  # noqa: E402
from writer_r import build_all as build_writer_r  # noqa: E402
from writer_t import build_all as build_writer_t  # noqa: E402
from writer_u import build_all as build_writer_u  # noqa: E402
from writer_v import build_all as build_writer_v  # noqa: E402
from writer_w import build_all as build_writer_w  # noqa: E402
from writer_x import build_all as build_writer_x  # noqa: E402
from writer_y import build_all as build_writer_y  # noqa: E402
from writer_z import build_all as build_writer_z  # noqa: E402

from simcheck.annotations import decide_labels, split_of  # noqa: E402
from simcheck.evidence import MODALITIES  # noqa: E402

SEED = "simcheck-annotations-v1"
N_NOTES = 600
STYLES = ("prose", "template", "bullets", "caps", "terse", "typo", "long")
NOTE_TYPES = (
    ("sim_note", 0.36),
    ("ct_sim_procedure", 0.2),
    ("order_procedure", 0.12),
    ("consult", 0.12),
    ("on_treatment", 0.1),
    ("treatment_summary", 0.1),
)
FEATURE_WEIGHTS = {
    "contrast": 3.0,
    "arc_rotational": 3.0,
    "custom_shielding": 2.0,
    "complex_blocking": 1.0,
    "particle": 1.0,
    "brachytherapy": 4.0,
    "hyperthermia": 0.4,
}
OUTCOMES = (
    ("supported_feature", 0.40),
    ("supported_areas", 0.11),
    ("level_77285", 0.11),
    ("level_77280", 0.13),
    ("no_rationale", 0.11),
    ("no_areas", 0.08),
    ("no_imaging", 0.06),
)


def pick(rng: random.Random, weighted: tuple[tuple[str, float], ...]) -> str:
    """Pick a key by weight."""
    return rng.choices([k for k, _ in weighted], weights=[w for _, w in weighted])[0]


def fmt(template: str, ctx: dict[str, Any]) -> str:
    """Fill placeholders."""
    return template.format_map(ctx)


def cap(text: str) -> str:
    """Capitalise the first character, leaving markup intact."""
    if text.startswith("<<"):
        head, _, rest = text.partition("|")
        return head + "|" + rest[:1].upper() + rest[1:]
    return text[:1].upper() + text[1:]


@dataclass
class Plan:
    """What one note documents; its labels follow from this."""

    site: str
    note_type: str
    style: str
    outcome: str
    rationale: list[tuple[str, str]] = field(default_factory=list)  # (category, clause) that counts
    rationale_absent: str | None = None  # bare | blank | copied | none
    areas: list[tuple[str, str]] | None = None
    area_mode: str = "count"
    features: list[str] = field(default_factory=list)
    modalities: list[str] = field(default_factory=list)
    ct_kind: str = "ct"
    traps: list[str] = field(default_factory=list)
    layout: str = "prose"
    clean: bool = False  # no traps at all

    @property
    def headed(self) -> bool:
        """Whether the layout shows section titles (so lines should not repeat a label)."""
        return self.layout not in ("prose", "typo")


def context(rng: random.Random) -> dict[str, Any]:
    """Per-note fill values (invented)."""
    side = rng.choice(["right", "left"])
    month = rng.randrange(1, 13)
    year = rng.choice([2025, 2026])

    def date(back: int) -> str:
        m = (month - back - 1) % 12 + 1
        return rng.choice([f"{m}/{rng.randrange(1, 28)}", f"{m:02d}/{rng.randrange(1, 28):02d}/{year}"])

    initials = f"{rng.choice('ABCDEFGHJKLMNOPRSTVWZ')}.{rng.choice('ABCDEFGHJKLMNOPRSTVWZ')}."
    return {
        "side": side,
        "Side": side.capitalize(),
        "S": rng.choice([side[0].upper(), side.capitalize(), side]),
        "d1": date(1),
        "d2": date(2),
        "date": f"{month:02d}/{rng.randrange(1, 28):02d}/{year}",
        "cm": rng.randrange(2, 6),
        "mm": rng.randrange(2, 9),
        "age": rng.randrange(2, 9),
        "yr": rng.randrange(2012, 2023),
        "ml": rng.choice([75, 80, 90, 100, 120]),
        "sl": rng.choice([1, 2, 2.5, 3]),
        "ext": rng.choice(
            [
                "vertex to mid-thigh",
                "above the mandible to below the diaphragm",
                "T1 to the ischia",
                "the whole region of interest",
            ]
        ),
        "md": initials,
        "tech": rng.choice(["R.T.", "RTT", "CMD"]),
    }


# ------------------------------------------------------------------ plan


def weighted_sample(rng: random.Random, options: list[str], k: int) -> list[str]:
    """Sample k distinct features by weight."""
    pool = list(options)
    out: list[str] = []
    while pool and len(out) < k:
        choice = rng.choices(pool, weights=[FEATURE_WEIGHTS[f] for f in pool])[0]
        out.append(choice)
        pool.remove(choice)
    return out


def make_plan(rng: random.Random, site_key: str, note_type: str, style: str, layout_style: str) -> Plan:
    """Choose what the note documents (the labels follow from this plan)."""
    site = SITES[site_key]
    if note_type in ("consult", "on_treatment", "treatment_summary"):
        return Plan(
            site_key,
            note_type,
            style,
            "non_simulation",
            rationale_absent="none",
            traps=["non_simulation_note"],
            layout=layout_style,
        )
    outcome = pick(rng, OUTCOMES)
    max_areas = max(site["areas"])
    if outcome == "supported_areas" and max_areas < 3:
        outcome = "supported_feature"
    if outcome == "level_77285" and 2 not in site["areas"]:
        outcome = "level_77280"
    plan = Plan(site_key, note_type, style, outcome, layout=layout_style, clean=rng.random() < 0.45)
    # areas
    if outcome == "supported_areas":
        n = rng.choice([k for k in site["areas"] if k >= 3])
    elif outcome == "level_77285":
        n = 2
    elif outcome == "level_77280":
        n = 1
    elif outcome == "no_areas":
        n = 0
    else:
        n = rng.choice([1, 1, 1, 2, *[k for k in site["areas"] if k >= 3]])
        n = n if n in site["areas"] else 1
    if n:
        plan.areas = list(rng.choice(site["areas"][n]))
    # features
    if outcome in ("supported_feature", "no_rationale", "no_areas", "no_imaging"):
        options = [f for f in site["features"] if f != "contrast" or site["contrast"]]
        if outcome == "no_imaging":  # features that do not themselves imply a scan
            options = [
                f for f in options if f in ("custom_shielding", "arc_rotational", "particle", "complex_blocking")
            ]
            options = options or ["arc_rotational"]
        k = 1 if rng.random() < 0.7 else 2
        plan.features = sorted(weighted_sample(rng, options, k))
        if "hyperthermia" in plan.features and rng.random() < 0.6:
            plan.features = [f for f in plan.features if f != "hyperthermia"] or ["arc_rotational"]
        if (
            site_key == "gyn"
            and outcome != "no_imaging"
            and rng.random() < 0.7
            and "brachytherapy" not in plan.features
        ):
            plan.features = sorted({*plan.features[:1], "brachytherapy"})
        if "particle" in plan.features and "arc_rotational" in plan.features:
            plan.features.remove("arc_rotational")
    # modalities
    if outcome == "no_imaging":
        plan.modalities = []
        plan.ct_kind = "none"
    else:
        mods = ["CT"]
        if site["fourd"] and rng.random() < 0.55 and not (plan.clean and not plan.features):
            plan.ct_kind = "4dct"
        if (site_key == "skin" and not plan.features and rng.random() < 0.3) or (
            site_key in ("palliative", "bone_mets") and rng.random() < 0.15
        ):
            mods = ["fluoroscopy"]
            plan.ct_kind = "none"
        for mod, key in (("MRI", "mri"), ("PET", "pet"), ("ultrasound", "us")):
            if site[key] and rng.random() < (0.45 if mod != "ultrasound" else 0.3):
                mods.append(mod)
        plan.modalities = [m for m in MODALITIES if m in mods]
    # rationale
    if outcome == "no_rationale" or (outcome in ("level_77280", "level_77285") and rng.random() < 0.2):
        plan.rationale_absent = rng.choice(["none"] if plan.clean else ["bare", "bare", "blank", "copied", "none"])
    else:
        plan.rationale = choose_rationales(rng, site, plan)
    return plan


def choose_rationales(rng: random.Random, site: dict[str, Any], plan: Plan) -> list[tuple[str, str]]:
    """Pick one or two patient-specific reasons consistent with the plan."""
    n_areas = len(plan.areas or [])
    ok: list[tuple[str, str]] = []
    for category, clause in site["rat"] + P.GENERIC_RAT:
        if category == "contrast for delineation" and "contrast" not in plan.features:
            continue
        if category == "fusion for delineation" and not ({"MRI", "PET"} & set(plan.modalities)):
            continue
        if category == "applicator verification" and "brachytherapy" not in plan.features:
            continue
        if category == "custom shielding" and "custom_shielding" not in plan.features:
            continue
        if category == "multiple targets" and n_areas < 2:
            continue
        if any(mod in clause and mod not in plan.modalities for mod in ("CT", "MRI", "PET")):
            continue
        ok.append((category, clause))
    if n_areas >= 2 and rng.random() < 0.4:
        ok.append(
            ("multiple targets", f"there are {P.NUM_WORDS[n_areas]} separate targets, each needing its own isocenter")
        )
    chosen = rng.sample(ok, 2 if rng.random() < 0.25 and len(ok) > 1 else 1)
    return chosen


# ------------------------------------------------------------------ fragments


def rationale_lines(rng: random.Random, plan: Plan, site: dict[str, Any], ctx: dict[str, Any]) -> list[str]:
    """Markup lines for the indication section."""
    fill = {
        **ctx,
        "target": rng.choice(site["targets"]),
        "oar": rng.choice(site["oars"]),
        "prior": fmt(site["prior"], ctx),
        "immob": rng.choice(site["immob"]).removeprefix("custom "),
    }
    if plan.rationale:
        clauses = [f"<<R:{cat}|{fmt(clause, fill)}>>" for cat, clause in plan.rationale]
        joined = clauses[0] if len(clauses) == 1 else f"{clauses[0]}; in addition, {clauses[1]}"
        leads = P.RAT_LEADS if plan.headed else P.RAT_LEADS + P.RAT_LEADS_LABELLED
        lead = rng.choice([x for x in leads if "CT" not in x or "CT" in plan.modalities])
        line = lead.replace("{R}", cap(joined)).replace("{r}", joined)
        out = [line]
        if rng.random() < 0.15 and not plan.clean:
            out.append(rng.choice(P.BARE))  # a bare assertion alongside a real reason
        return out
    kind = plan.rationale_absent
    if kind == "bare":
        plan.traps.append("bare_assertion")
        return [rng.choice(P.BARE)]
    if kind == "blank":
        plan.traps.append("blank_template")
        return [rng.choice(P.RATIONALE_BLANK)]
    if kind == "copied":
        plan.traps.append("copy_forward")
        _cat, clause = rng.choice(site["rat"])
        return [f"Copied from {ctx['yr']} sim note (prior course): reason for complex sim - {fmt(clause, fill)}"]
    return []


def area_lines(rng: random.Random, plan: Plan, site: dict[str, Any], ctx: dict[str, Any]) -> list[str]:
    """Markup lines stating or enumerating the treatment areas."""
    if plan.areas is None:
        if rng.random() < 0.35 and not plan.clean:
            plan.traps.append("blank_template")
            return [rng.choice(["Number of areas: __", "Treatment areas: ___", "Areas: [ ]"])]
        return []
    n = len(plan.areas)
    names = [(fmt(d, ctx), fmt(v, ctx)) for d, v in plan.areas]
    word = rng.choice([str(n), P.NUM_WORDS[n]])
    noun = (
        rng.choice(["treatment areas", "areas", "separate treatment areas", "separate sites"])
        if n > 1
        else rng.choice(["treatment area", "area"])
    )
    if n == 1 and rng.random() < 0.5:
        word = rng.choice(["one", "1", "single", "a single"])
    count = f"<<A:{n}|{word} {noun}>>"
    simple = all(" and " not in d and "+" not in d and "bilateral" not in d for d, _ in names)
    mode = rng.choice(["count", "count_list", "list"]) if simple else "count"
    if n == 1 and mode == "count_list":
        mode = "count_site"
    plan.area_mode = mode
    sites = [f"<<S:{v}|{d}>>" for d, v in names]
    lines: list[str] = []
    h = plan.headed
    if mode == "count":
        desc = ", ".join(d for d, _ in names)
        lines.append(
            rng.choice(
                [
                    f"{desc}, {count}" if h else f"Target: {desc}, {count}",
                    f"{cap(count)} - {desc}",
                    f"{desc} ({count})" if h else f"Areas: {desc} ({count})",
                    f"Treated as {count}: {desc}",
                ]
            )
        )
    elif mode == "count_site":
        lines.append(
            rng.choice(
                [
                    f"{sites[0]}, {count}" if h else f"Site: {sites[0]}, {count}",
                    f"{sites[0]} treated as {count}, single isocenter",
                ]
            )
        )
    elif mode == "count_list":
        listed = ", ".join(f"({i}) {s}" for i, s in enumerate(sites, 1))
        lines.append(
            rng.choice(
                [
                    f"{cap(count)} - {listed}" if h else f"Areas: {count} - {listed}",
                    f"{cap(count)}: {', '.join(sites[:-1])} and {sites[-1]}",
                ]
            )
        )
    else:
        joined = sites[0] if n == 1 else f"{', '.join(sites[:-1])} and {sites[-1]}"
        tail = "" if n == 1 else rng.choice([", each with its own isocenter", ", separate isocenters", ""])
        if h:
            lines.append(f"{joined}{tail}")
        else:
            lines.append(
                rng.choice(
                    [
                        f"Treatment sites: {joined}{tail}",
                        f"Sites treated: {joined}{tail}",
                        f"Targets: {joined}{tail}",
                        f"We are treating {joined}{tail}",
                    ]
                )
            )
    if n == 1 and rng.random() < 0.5 and not plan.clean:
        plan.traps.append("many_beams_one_target")
        lines.append(f"{rng.choice(site['beams'])} to {fmt(site['one_target'], ctx)}")
    return lines


def feature_line(
    rng: random.Random, feat: str, plan: Plan, site: dict[str, Any], ctx: dict[str, Any], field_form: bool
) -> str:
    """An affirmed markup line for one complexity feature."""
    fill = {**ctx, "oar": rng.choice(site["oars"])}
    if feat == "contrast":
        if field_form and "IV" in site["contrast"] and rng.random() < 0.5:
            return fmt(rng.choice(P.CONTRAST_FIELD), fill)
        route = rng.choice(site["contrast"])
        return cap(fmt(rng.choice(P.CONTRAST[route]), fill))
    if feat == "custom_shielding":
        pool = P.SHIELD_SKIN if plan.site == "skin" else P.SHIELD
        return cap(fmt(rng.choice(pool), fill))
    if feat == "complex_blocking":
        line = cap(fmt(rng.choice(P.BLOCKING), fill))
        return line if "CT" in plan.modalities else line.replace(" designed on the DRR", " drawn by the physician")
    if feat == "brachytherapy":
        return cap(rng.choice(P.BRACHY["prostate" if plan.site == "prostate" else "gyn"]))
    if feat == "hyperthermia":
        return cap(rng.choice(P.HYPERTHERMIA))
    raise ValueError(feat)


def technique_line(rng: random.Random, plan: Plan, site: dict[str, Any], ctx: dict[str, Any]) -> str:
    """The technique/dose line (arc or particle features live here)."""
    dose = rng.choice(site["dose"])
    if "particle" in plan.features:
        tech = rng.choice(P.PARTICLE)
    elif "arc_rotational" in plan.features:
        tech = rng.choice(P.ARC)
    else:
        tech = rng.choice([*site["beams"], "3D conformal", "IMRT"])
        if plan.clean:
            tech = rng.choice(["3D conformal", "IMRT", "conformal photons"])
        if (
            plan.areas
            and len(plan.areas) == 1
            and any(ch.isdigit() for ch in tech)
            and "many_beams_one_target" not in plan.traps
        ):
            plan.traps.append("many_beams_one_target")
    forms = [
        f"{tech}, {dose}",
        f"{dose} using {tech}",
        f"Rx {dose} using {tech}",
        f"Treatment technique is {tech}; {dose}",
    ]
    if not plan.headed:
        forms += [f"Technique: {tech}, {dose}", f"Plan: {dose}, {tech}"]
    return rng.choice(forms)


def modality_lines(
    rng: random.Random, plan: Plan, site: dict[str, Any], ctx: dict[str, Any], field_form: bool
) -> list[str]:
    """Affirmed modality lines (CT first, then fused studies)."""
    lines: list[str] = []
    if "CT" in plan.modalities:
        if plan.ct_kind == "4dct":
            lines.append(cap(fmt(rng.choice(P.FOURD), ctx)))
        elif field_form and rng.random() < 0.5:
            lines.append(fmt(rng.choice(P.CT_FIELD), ctx))
        else:
            lines.append(cap(fmt(rng.choice(P.CT), ctx)))
    if "fluoroscopy" in plan.modalities:
        lines.append(cap(rng.choice(P.FLUORO)))
    for mod, key in (("MRI", "mri"), ("PET", "pet")):
        if mod in plan.modalities:
            study = fmt(site[key], ctx)
            if mod == "MRI" and rng.random() < 0.3 and "contrast" not in study:
                study = "post-gadolinium " + study
            if ("contrast" in study or "gadolinium" in study) and "contrast" not in plan.features:
                plan.traps.append("fused_scan_old_contrast")
            purpose = rng.choice([" for target delineation", " to define the GTV", "", " for contouring"])
            lines.append(cap(f"<<M:{mod}|{study}>>{purpose}"))
    if "ultrasound" in plan.modalities:
        lines.append(cap(f"<<M:ultrasound|{site['us']}>> used to confirm position"))
    return lines


def decoy_lines(rng: random.Random, plan: Plan, site: dict[str, Any], ctx: dict[str, Any]) -> list[str]:
    """Plain lines that mention features or modalities which do NOT count (negated, planned, blank, MLC)."""
    out: list[str] = []
    if plan.clean:
        return out
    absent = [
        f
        for f in ("contrast", "custom_shielding", "arc_rotational", "particle", "brachytherapy", "complex_blocking")
        if f not in plan.features
    ]
    rng.shuffle(absent)
    for feat in absent[: rng.choice([0, 1, 1, 2])]:
        kind = rng.choice(["neg", "planned", "blank"])
        if feat == "contrast":
            pool = [
                fmt(x, {**ctx, "oar": rng.choice(site["oars"])})
                for x in {"neg": P.CONTRAST_NEG, "planned": P.CONTRAST_PLANNED, "blank": P.CONTRAST_BLANK}[kind]
            ]
        elif feat == "custom_shielding":
            pool = {"neg": P.SHIELD_NEG, "planned": P.SHIELD_PLANNED, "blank": P.SHIELD_BLANK}[kind]
        elif feat == "arc_rotational":
            kind = "neg" if kind == "blank" else kind
            pool = {"neg": P.ARC_NEG, "planned": P.ARC_PLANNED}[kind]
        elif feat == "complex_blocking":
            kind = "mlc"
            pool = P.MLC_ONLY
        elif feat == "particle":
            kind = "planned"
            pool = P.PARTICLE_PLANNED
        else:
            if plan.site not in ("gyn", "prostate"):
                continue
            kind = "planned"
            pool = P.BRACHY_PLANNED
        out.append(rng.choice(pool))
        plan.traps.append(
            {"neg": "negated_feature", "planned": "planned_feature", "blank": "blank_template", "mlc": "mlc_only"}[kind]
        )
    for mod in ("MRI", "PET"):
        if mod not in plan.modalities and rng.random() < 0.12:
            out.append(rng.choice(P.MOD_PLANNED[mod]))
            plan.traps.append("planned_modality")
    if plan.ct_kind == "4dct" and not plan.features:
        plan.traps.append("4dct_alone")
    if not plan.features and rng.random() < 0.3:
        out.append(f"Custom {rng.choice(site['immob'])} made for reproducibility")
        plan.traps.append("immobilization_not_feature")
    return out


def history_lines(rng: random.Random, plan: Plan, site: dict[str, Any], ctx: dict[str, Any], k: int) -> list[str]:
    """Historical diagnostic imaging (never counts)."""
    lines = [fmt(h, ctx) for h in rng.sample(site["hist"], min(k, len(site["hist"])))]
    if lines:
        plan.traps.append("historical_imaging")
        if any("contrast" in h or "gadolinium" in h for h in lines):
            plan.traps.append("historical_contrast")
    return lines


def header(rng: random.Random, kind: str, plan: Plan, site: dict[str, Any], ctx: dict[str, Any]) -> Section:
    """Title and identifier lines (raw)."""
    topic = (
        fmt(rng.choice(site["titles"]), ctx)
        if plan.areas is not None or plan.note_type not in ("sim_note", "ct_sim_procedure", "order_procedure")
        else ""
    )
    title = f"{kind} - {topic}" if topic and rng.random() < 0.7 else kind
    ident = rng.choice(
        [
            "Pt: [redacted]  Date: {date}  MD: Dr. {md}",
            "Patient: [redacted]   DOS: {date}   Physician: Dr. {md}",
            "MRN: [redacted] | DOS {date} | Attending: Dr. {md}",
            "Name: XXXXX, DOB: XX/XX/XXXX   Service date: {date}",
            "Pt [redacted]; {date}; Dr. {md}",
        ]
    )
    return Section("header", "", [title, fmt(ident, ctx)], raw=True)


def signature(rng: random.Random, ctx: dict[str, Any]) -> Section:
    """Closing signature."""
    return Section(
        "signature",
        "",
        [
            fmt(
                rng.choice(
                    [
                        "Signed: Dr. {md}, MD",
                        "Electronically signed by Dr. {md} {date} 16:42",
                        "Dr. {md}, MD",
                        "-- {md}",
                        "Attending: Dr. {md} (e-signed)",
                    ]
                ),
                ctx,
            )
        ],
    )


def checklist(rng: random.Random, plan: Plan, site: dict[str, Any], ctx: dict[str, Any]) -> Section:
    """A template checklist: checked boxes are evidence, unchecked boxes are blank template."""
    rows: list[str] = []
    items = [
        ("CT", "CT simulation"),
        ("4dct", "4DCT"),
        ("contrast", "IV contrast"),
        ("MRI", "MRI fusion"),
        ("PET", "PET fusion"),
        ("custom_shielding", "Custom blocks"),
        ("arc_rotational", "VMAT/arc"),
        ("bolus", "Bolus"),
    ]
    unchecked = False
    for key, label in items:
        if (key == "CT" and "CT" in plan.modalities and plan.ct_kind == "ct") or (
            key == "4dct" and plan.ct_kind == "4dct"
        ):
            rows.append(f"[x] <<M:CT|{label}>>")
        elif key == "contrast" and "contrast" in plan.features and "IV" in site["contrast"]:
            rows.append(f"[x] <<F:contrast|{label}>>")
        elif key in ("MRI", "PET") and key in plan.modalities:
            rows.append(f"[x] <<M:{key}|{label}>>")
        elif key in ("custom_shielding", "arc_rotational") and key in plan.features:
            rows.append(f"[x] <<F:{key}|{label}>>")
        elif key == "bolus" and rng.random() < 0.4:
            rows.append(f"[x] {label}")
        else:
            rows.append(f"[ ] {label}")
            unchecked = True
    if unchecked:
        plan.traps.append("blank_template")
    return Section("checklist", "Simulation checklist", rows, raw=True)


# ------------------------------------------------------------------ note types


def covered_by_checklist(plan: Plan, site: dict[str, Any]) -> set[str]:
    """Features/modalities a checklist already documents."""
    done = {m for m in plan.modalities if m in ("CT", "MRI", "PET")}
    done |= {f for f in plan.features if f in ("custom_shielding", "arc_rotational")}
    if "contrast" in plan.features and "IV" in site["contrast"]:
        done.add("contrast")
    return done


def simulation_sections(rng: random.Random, plan: Plan, ctx: dict[str, Any]) -> list[Section]:
    """Sections for the three simulation note types."""
    site = SITES[plan.site]
    style = plan.style
    field_form = style in ("template", "caps", "bullets")
    use_checklist = style == "template" and rng.random() < 0.6 and plan.ct_kind != "none" and not plan.clean
    covered = covered_by_checklist(plan, site) if use_checklist else set()
    has_ct = "CT" in plan.modalities
    kind_title = {
        "sim_note": rng.choice(
            ["SIMULATION NOTE", "SIM NOTE", "Simulation", "CT SIMULATION" if has_ct else "SIMULATION"]
        ),
        "ct_sim_procedure": rng.choice(
            ["CT SIMULATION PROCEDURE NOTE", "PROCEDURE NOTE: CT SIMULATION", "Complex simulation - procedure"]
        )
        if has_ct
        else rng.choice(["SIMULATION PROCEDURE NOTE", "PROCEDURE NOTE: SIMULATION"]),
        "order_procedure": rng.choice(["SIMULATION ORDER AND PROCEDURE", "SIM ORDER / SIM NOTE"]),
    }[plan.note_type]
    if plan.site == "gyn" and "brachytherapy" in plan.features and rng.random() < 0.5:
        kind_title = rng.choice(["HDR BRACHYTHERAPY - APPLICATOR VERIFICATION", "BRACHY SIM"])
    secs: list[Section] = [header(rng, kind_title, plan, site, ctx)]
    long = style == "long"
    dx = Section("dx", rng.choice(["Diagnosis", "Dx", "Clinical history"]), [cap(fmt(rng.choice(site["dx"]), ctx))])
    if rng.random() < 0.5 or long:
        dx.lines.append(fmt(rng.choice(site["hpi"]), ctx))
    secs.append(dx)
    if long:
        secs.extend(long_history(rng, plan, site, ctx))
    elif rng.random() < 0.35 and not plan.clean:
        secs.append(Section("history", "Imaging history", history_lines(rng, plan, site, ctx, 1)))
    order_sec: Section | None = None
    if plan.note_type == "order_procedure":
        order_sec = order_section(rng, plan, site, ctx)
        secs.append(order_sec)
    indication = Section(
        "indication",
        rng.choice(["Indication", "Reason for complex simulation", "Medical necessity", "Rationale"]),
        rationale_lines(rng, plan, site, ctx),
    )
    if plan.note_type == "ct_sim_procedure":
        secs.append(
            Section(
                "preprocedure",
                "Pre-procedure",
                [
                    rng.choice(
                        [
                            "Identity verified with two identifiers; time-out performed",
                            "Consent on chart; time-out completed",
                            "Pt identified x2, site and plan confirmed",
                        ]
                    )
                ],
            )
        )
    setup = Section(
        "setup",
        rng.choice(["Setup", "Position/immobilization", "Immobilization"]),
        [
            fmt(rng.choice(site["setup"]), ctx)
            + ". "
            + cap(rng.choice(site["immob"]))
            + rng.choice([" used", " made", " indexed to the couch", ""])
        ],
    )
    proc = Section("procedure", rng.choice(["Procedure", "Simulation", "Procedure details", "Imaging"]), [])
    mods = [ln for ln in modality_lines(rng, plan, site, ctx, field_form) if not _covered(ln, covered)]
    feats = [
        feature_line(rng, f, plan, site, ctx, field_form)
        for f in plan.features
        if f not in ("arc_rotational", "particle") and f not in covered
    ]
    body = mods + feats
    rng.shuffle(body)
    if mods and rng.random() < 0.6:
        body.remove(mods[0])
        body.insert(0, mods[0])
    proc.lines = body + decoy_lines(rng, plan, site, ctx)
    if rng.random() < 0.5:
        proc.lines.append(rng.choice(P.MARKS))
    if plan.ct_kind == "none" and plan.modalities == [] and rng.random() < 0.5:
        proc.lines.insert(
            0,
            rng.choice(
                [
                    "Clinical setup in the exam room; field drawn on the skin",
                    "Sim performed; marks placed",
                    "Fields set clinically at the bedside",
                ]
            ),
        )
    if plan.note_type == "ct_sim_procedure":
        proc.lines.append(rng.choice(P.TOLERATED))
    areas = Section(
        "areas", rng.choice(["Areas", "Treatment areas", "Target(s)", "Sites"]), area_lines(rng, plan, site, ctx)
    )
    tech_line = technique_line(rng, plan, site, ctx)
    if "arc_rotational" in covered:
        tech_line = plain(tech_line)
    technique = Section("technique", rng.choice(["Plan", "Technique", "Treatment plan"]), [tech_line])
    if rng.random() < 0.3 and "CT" in plan.modalities:
        technique.lines.append(fmt(rng.choice(site["extra"]), ctx))
    middle = [setup, proc, areas, technique]
    if use_checklist:
        middle.insert(1, checklist(rng, plan, site, ctx))
    shuffle_kind = rng.randrange(4)
    if shuffle_kind == 1:
        middle = [areas, setup] + [s for s in middle if s not in (areas, setup)]
    elif shuffle_kind == 2:
        middle.remove(technique)
        middle.insert(rng.randrange(len(middle)), technique)
    if rng.random() < 0.25:
        secs.extend([*middle[:1], indication, *middle[1:]])
    else:
        secs.extend([indication, *middle])
    if rng.random() < 0.15 and not plan.clean:
        secs.append(copy_forward(rng, plan, site, ctx))
    if long:
        secs.append(Section("discussion", "Discussion", rng.sample(P.DISCUSSION, 3)))
    secs.append(signature(rng, ctx))
    add = None if plan.clean else addendum(rng, plan, site, ctx, secs)
    if add is not None:
        secs.append(add)
    if long:
        lengthen(rng, secs, ctx)
    return secs


def words_of(secs: list[Section]) -> int:
    """Approximate word count of sections."""
    return sum(len(plain(ln).split()) for s in secs for ln in s.lines)


def lengthen(rng: random.Random, secs: list[Section], ctx: dict[str, Any]) -> None:
    """Pad a long note with background (never evidence) until it has 600-1,400 words."""
    target = rng.randrange(640, 1300)
    pools = {
        "oncohx": ("Oncologic history", P.ONC_HISTORY),
        "interval": ("Interval history", P.INTERVAL),
        "ros": ("Review of systems", P.ROS),
        "exam": ("Physical exam", P.EXAM),
        "discussion": ("Discussion", P.DISCUSSION),
        "supportive": ("Supportive care", P.PAIN + P.NUTRITION + P.FUNCTION),
    }
    by_key = {s.key: s for s in secs}
    keys = sorted(pools)
    guard = 0
    while words_of(secs) < target and guard < 200:
        guard += 1
        key = rng.choice(keys)
        title, pool = pools[key]
        if key not in by_key:
            new = Section(key, title, [])
            anchor = next(
                (i for i, s in enumerate(secs) if s.key in ("indication", "setup", "areas", "order", "preprocedure")), 1
            )
            secs.insert(rng.randrange(1, anchor + 1) if key != "discussion" else len(secs) - 1, new)
            by_key[key] = new
        section = by_key[key]
        fresh = [fmt(x, ctx) for x in pool if fmt(x, ctx) not in section.lines]
        if fresh:
            section.lines.append(rng.choice(fresh))


def _covered(line: str, covered: set[str]) -> bool:
    return any(f"<<M:{m}|" in line for m in covered if m in ("CT", "MRI", "PET"))


def order_section(rng: random.Random, plan: Plan, site: dict[str, Any], ctx: dict[str, Any]) -> Section:
    """The order lists what was intended; it never counts."""
    wanted = ["CT simulation"]
    intended_not_done = False
    for label, key in (
        ("IV contrast", "contrast"),
        ("MRI fusion", "MRI"),
        ("VMAT", "arc_rotational"),
        ("custom blocks", "custom_shielding"),
        ("PET fusion", "PET"),
    ):
        if rng.random() < 0.35:
            wanted.append(label)
            if key not in plan.features and key not in plan.modalities:
                intended_not_done = True
    if intended_not_done or "CT" not in plan.modalities:
        plan.traps.append("order_vs_procedure")
    lines = [
        f"Requested: {'; '.join(wanted)}",
        f"Site: {fmt(rng.choice(site['titles']), ctx).lower()}",
        rng.choice(["Priority: routine", "Schedule: next available", "Schedule within 1 week"]),
    ]
    return Section("order", "Order", lines)


def copy_forward(rng: random.Random, plan: Plan, site: dict[str, Any], ctx: dict[str, Any]) -> Section:
    """Text copied from an earlier course (never counts)."""
    plan.traps.append("copy_forward")
    fill = {**ctx, "oar": rng.choice(site["oars"])}
    bits = [
        plain(cap(fmt(rng.choice(P.CONTRAST["IV"]), fill))),
        plain(cap(fmt(rng.choice(P.SHIELD), fill))),
        f"{rng.choice([3, 4])} treatment areas",
        plain(rng.choice(P.ARC)),
    ]
    rng.shuffle(bits)
    lead = rng.choice(
        [
            f"Prior course ({ctx['yr']}): ",
            f"Copied from {ctx['yr']} sim note: ",
            f"[Carried forward from prior course, {ctx['yr']}] ",
        ]
    )
    return Section(
        "copyforward", rng.choice(["Previous treatment", "Background", "Prior RT"]), [lead + "; ".join(bits[:3])]
    )


def addendum(
    rng: random.Random, plan: Plan, site: dict[str, Any], ctx: dict[str, Any], secs: list[Section]
) -> Section | None:
    """A later statement: corrects an earlier one (which then does not count) or adds one that counts."""
    roll = rng.random()
    when = f"Addendum {ctx['date']} 17:05" if rng.random() < 0.5 else "ADDENDUM"
    proc = next((s for s in secs if s.key == "procedure"), None)
    if proc is None:
        return None
    if roll < 0.1 and "contrast" not in plan.features and site["contrast"] and "IV" in site["contrast"]:
        proc.lines.insert(min(1, len(proc.lines)), cap(plain(fmt(rng.choice(P.CONTRAST["IV"]), ctx))))
        plan.traps.append("addendum_correction")
        return Section(
            "addendum",
            when,
            [
                rng.choice(
                    [
                        "IV contrast was NOT given; IV access failed and the contrast line above is in error",
                        "Correction: no contrast was administered today (pt declined)",
                        "Contrast was not given - the statement above was templated in error",
                    ]
                )
            ],
        )
    if roll < 0.16 and plan.areas is not None and plan.area_mode == "count" and len(plan.areas) <= 2:
        area_sec = next(s for s in secs if s.key == "areas")
        n = len(plan.areas)
        wrong = n + 1
        area_sec.lines = [f"Number of treatment areas: {wrong}"] + [plain(ln) for ln in area_sec.lines[1:]]
        plan.traps.append("addendum_correction")
        return Section(
            "addendum",
            when,
            [
                f"Correction - <<A:{n}|{P.NUM_WORDS[n]} treatment area{'s' if n > 1 else ''}>> only;"
                " the count above was entered in error"
            ],
        )
    if roll < 0.2 and "contrast" in plan.features and "oral" in site["contrast"]:
        return Section(
            "addendum", when, ["<<F:contrast|Oral contrast was also given>> 45 min before the scan (omitted above)"]
        )
    return None


def long_history(rng: random.Random, plan: Plan, site: dict[str, Any], ctx: dict[str, Any]) -> list[Section]:
    """History, exam and background that bury the simulation evidence in long notes."""
    hpi = [fmt(h, ctx) for h in rng.sample(site["hpi"], min(len(site["hpi"]), rng.randrange(3, 6)))]
    if not plan.clean:
        hpi += history_lines(rng, plan, site, ctx, rng.randrange(1, 3))
    secs = [
        Section("hpi", "History of present illness", [*hpi, rng.choice(P.DISCUSSION)]),
        Section("pmh", "Past medical history", [", ".join(rng.sample(P.PMH, rng.randrange(4, 9)))]),
        Section("meds", "Medications", ["; ".join(rng.sample(P.MEDS, rng.randrange(5, 11)))]),
        Section("allergies", "Allergies", [rng.choice(P.ALLERGIES)]),
        Section("social", "Social history", [fmt(rng.choice(P.SOCIAL), ctx)]),
        Section("family", "Family history", [rng.choice(P.FAMILY)]),
        Section("ros", "Review of systems", rng.sample(P.ROS, rng.randrange(7, 13))),
        Section("exam", "Physical exam", rng.sample(P.EXAM, rng.randrange(7, 12))),
        Section("labs", "Labs", rng.sample(P.LABS, 2)),
    ]
    keep = [s for s in secs if s.key in ("hpi", "ros", "exam") or rng.random() < 0.8]
    if rng.random() < 0.5:
        order = ["hpi", "pmh", "meds", "allergies", "social", "family", "ros", "exam", "labs"]
    else:
        order = ["hpi", "pmh", "social", "family", "meds", "allergies", "labs", "ros", "exam"]
    return sorted(keep, key=lambda s: order.index(s.key))


def non_sim_sections(rng: random.Random, plan: Plan, ctx: dict[str, Any]) -> list[Section]:
    """Consults, on-treatment visits and treatment summaries: no simulation is documented in them."""
    site = SITES[plan.site]
    t = plan.note_type
    n_areas = max(site["areas"])
    areas_txt = ", ".join(fmt(d, ctx) for d, _ in rng.choice(site["areas"][rng.choice(sorted(site["areas"]))]))
    if t == "consult":
        secs = [
            header(
                rng,
                rng.choice(["RADIATION ONCOLOGY CONSULTATION", "NEW PATIENT CONSULT", "Rad Onc Consult"]),
                plan,
                site,
                ctx,
            )
        ]
        secs.append(Section("cc", "Reason for consultation", [cap(fmt(rng.choice(site["dx"]), ctx))]))
        secs.extend(
            long_history(rng, plan, site, ctx)
            if plan.style == "long" or rng.random() < 0.5
            else [
                Section(
                    "hpi",
                    "HPI",
                    [fmt(h, ctx) for h in rng.sample(site["hpi"], 2)] + history_lines(rng, plan, site, ctx, 2),
                )
            ]
        )
        recs = [
            f"Recommend RT to {areas_txt}",
            rng.choice(
                [
                    "We will schedule a CT simulation with IV contrast",
                    "She will return for simulation next week",
                    "Simulation to be scheduled; MRI fusion planned",
                    "Anticipate VMAT planning",
                ]
            ),
        ]
        if rng.random() < 0.5:
            recs.append(
                rng.choice(
                    [
                        "Complex simulation will be needed because the target is close to critical structures",
                        "If the nodes are hard to see we may add contrast at simulation",
                        f"Expect about {n_areas} treatment areas",
                    ]
                )
            )
            plan.traps.append("planned_feature")
        secs.append(Section("assessment", "Assessment and plan", [*recs, rng.choice(P.DISCUSSION)]))
    elif t == "on_treatment":
        secs = [header(rng, rng.choice(["ON-TREATMENT VISIT", "OTV", "Weekly management note"]), plan, site, ctx)]
        fx = rng.randrange(3, 25)
        secs.append(
            Section(
                "status",
                "Treatment status",
                [f"Fraction {fx} of {fx + rng.randrange(3, 15)}, {rng.choice(site['dose'])}", f"Site(s): {areas_txt}"],
            )
        )
        secs.append(Section("subjective", "Subjective", rng.sample(P.OTV_SUBJ, 2)))
        secs.append(Section("exam", "Exam", rng.sample(P.EXAM, 3)))
        secs.append(
            Section(
                "imaging",
                "Imaging",
                [
                    rng.choice(
                        [
                            "Daily CBCT reviewed; shifts < 3 mm",
                            "kV imaging reviewed and approved",
                            "Weekly port films approved",
                        ]
                    ),
                    *history_lines(rng, plan, site, ctx, 1),
                ],
            )
        )
        secs.append(Section("plan", "Plan", rng.sample(P.OTV_PLAN, 2)))
    else:
        secs = [
            header(
                rng,
                rng.choice(["TREATMENT SUMMARY", "RADIATION TREATMENT COMPLETION SUMMARY", "End of treatment summary"]),
                plan,
                site,
                ctx,
            )
        ]
        secs.append(Section("dx", "Diagnosis", [cap(fmt(rng.choice(site["dx"]), ctx))]))
        tech = rng.choice([*site["beams"], "VMAT", "3D conformal", "IMRT"])
        secs.append(
            Section(
                "course",
                "Course",
                [
                    f"Treated {areas_txt} to {rng.choice(site['dose'])} with {tech}, completed {ctx['d1']}",
                    "No treatment breaks",
                ],
            )
        )
        secs.append(Section("tolerance", "Tolerance", rng.sample(P.OTV_SUBJ, 2)))
        secs.append(Section("history", "Imaging", history_lines(rng, plan, site, ctx, 2)))
        secs.append(
            Section(
                "followup",
                "Follow-up",
                [
                    rng.choice(
                        [
                            "Follow-up in 6 weeks with restaging CT with IV contrast",
                            "Return in 3 months with MRI",
                            "PET/CT in 12 weeks",
                        ]
                    )
                ],
            )
        )
    secs.append(signature(rng, ctx))
    return secs


# ------------------------------------------------------------------ records


def style_for(rng: random.Random, index: int) -> str:
    """Writing style (balanced)."""
    return STYLES[(index + rng.randrange(len(STYLES))) % len(STYLES)]


def build(index: int) -> dict[str, Any]:
    """Build one record."""
    note_id = f"syn-{index:04d}"
    rng = random.Random(f"{SEED}:{note_id}")
    site_keys = sorted(SITES)
    site_key = site_keys[(index * 7 + rng.randrange(3)) % len(site_keys)]
    note_type = pick(rng, NOTE_TYPES)
    style = style_for(rng, index)
    ctx = context(rng)
    layout_style = style if style != "typo" else rng.choice(["typo", "template"])
    plan = make_plan(rng, site_key, note_type, style, layout_style)
    if plan.outcome == "non_simulation":
        sections = non_sim_sections(rng, plan, ctx)
    else:
        sections = simulation_sections(rng, plan, ctx)
    if style == "long" and plan.outcome == "non_simulation":
        lengthen(rng, sections, ctx)
    markup = layout(sections, layout_style, rng)
    built = assemble(markup, style, rng)
    labels = labels_from(plan, built.spans)
    traps = sorted(set(plan.traps))
    skeleton = f"{note_type}/{style}/" + ">".join(s.key for s in sections if s.lines)
    words = len(built.text.split())
    return {
        "id": note_id,
        "text": built.text,
        "labels": labels,
        "spans": built.spans,
        "meta": {
            "site": site_key,
            "style": style,
            "note_type": note_type,
            "skeleton": skeleton,
            "traps": traps,
            "words": words,
            "outcome": plan.outcome,
        },
    }


def labels_from(plan: Plan, spans: list[dict[str, Any]]) -> dict[str, Any]:
    """Labels from the plan, checked against the spans recorded while assembling."""
    rationale = bool(plan.rationale)
    areas = len(plan.areas) if plan.areas is not None else None
    features = sorted(plan.features)
    modalities = [m for m in MODALITIES if m in plan.modalities]
    decision = decide_labels(rationale, areas, features, modalities)
    span_feats = sorted({str(s["value"]) for s in spans if s["label"] == "FEATURE"})
    span_mods = [m for m in MODALITIES if any(s["label"] == "MODALITY" and s["value"] == m for s in spans)]
    has_area = any(s["label"] in ("AREA_COUNT", "TREATMENT_SITE") for s in spans)
    if (
        span_feats != features
        or span_mods != modalities
        or has_area != (areas is not None)
        or rationale != any(s["label"] == "RATIONALE" for s in spans)
    ):
        raise AssertionError(f"plan/span mismatch: {features} {span_feats} {modalities} {span_mods} {areas} {has_area}")
    return {
        "rationale": rationale,
        "treatment_areas": areas,
        "features": features,
        "modalities": modalities,
        "supported": decision.supported,
        "level": decision.level,
        "missing": decision.missing,
    }


def _train_and_dev(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A writer read whole before it joined: only its train and dev notes, so the test split stays untuned on."""
    return [record for record in records if split_of(record["id"]) != "test"]


def main(argv: list[str] | None = None) -> int:
    """Write the corpus split into train/dev/test JSON Lines files."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE, help="output directory (default: annotations/)")
    parser.add_argument("-n", type=int, default=N_NOTES, help="number of writer-A notes")
    parser.add_argument("--n-b", type=int, default=N_NOTES_B, help="number of writer-B notes (annotations/writer_b)")
    parser.add_argument("--n-e", type=int, default=N_NOTES_E, help="number of writer-E notes (annotations/writer_e)")
    parser.add_argument("--n-f", type=int, default=N_NOTES_F, help="number of writer-F notes (annotations/writer_f)")
    parser.add_argument("--n-i", type=int, default=N_NOTES_I, help="number of writer-I notes (annotations/writer_i)")
    parser.add_argument("--n-j", type=int, default=N_NOTES_J, help="number of writer-J notes (annotations/writer_j)")
    args = parser.parse_args(argv)
    files: dict[str, list[str]] = {"train": [], "dev": [], "test": []}
    for index in range(1, args.n + 1):
        record = build(index)
        files[split_of(record["id"])].append(json.dumps(record, ensure_ascii=False))
    # writers B, E, F, I, J, G, K, L, N, O, P, M, Q, R, T, U, V, W, X and Y follow writer A in each file (earlier writers' bytes are unchanged)
    later_writers = (
        build_writer_b(args.n_b),
        build_writer_e(args.n_e),
        build_writer_f(args.n_f),
        build_writer_i(args.n_i),
        build_writer_j(args.n_j),
        # former external holdouts, joined once spent (see holdout/README.md): all their notes, except T's test ones
        build_writer_g(),
        build_writer_k(),
        build_writer_l(),
        build_writer_n(),
        [build_writer_o_note(base) for base in allocate_writer_o()],
        build_writer_p(),
        build_writer_m(),
        build_writer_q(),
        build_writer_r(),
        # T was read whole before it joined (rules 2026.12.8 were revised from all its errors), so its test-split
        # notes would enter the test split already tuned on: only its train and dev notes join
        _train_and_dev(build_writer_t()),
        # U was scored clean for 2026.12.8 and its errors never read: all of it joins
        build_writer_u(),
        # V was read whole (rules 2026.12.9 were revised from its errors): like T, only its train and dev notes
        _train_and_dev(build_writer_v()),
        # W, scored clean by the release candidate of 2026.12.9 and then read whole: its train and dev notes only
        _train_and_dev(build_writer_w()),
        # X, scored clean by model 2026.12.9 and the first candidate of 2026.12.10, then read whole: the same
        _train_and_dev(build_writer_x()),
        # Y, scored clean by the release candidate of 2026.12.10, then read whole: the same
        _train_and_dev(build_writer_y()),
        # Z, scored clean by model 2026.12.10, then read whole: the same
        _train_and_dev(build_writer_z()),
        # AB, scored clean by the release candidate of 2026.12.11 (and by model 2026.12.10), then read whole: the same
        _train_and_dev(build_writer_ab()),
        # AD, scored clean by model 2026.12.11, then read whole: the same
        _train_and_dev(build_writer_ad()),
        # AC, scored clean by the release candidate of 2026.12.12 (and by model 2026.12.11), then read whole: the same
        _train_and_dev(build_writer_ac()),
    )
    for later in later_writers:
        for record in later:
            files[split_of(record["id"])].append(json.dumps(record, ensure_ascii=False))
    counts = [args.n, *(len(later) for later in later_writers)]
    args.out.mkdir(parents=True, exist_ok=True)
    for split, lines in files.items():
        (args.out / f"{split}.jsonl").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    sys.stdout.write(
        f"wrote {' + '.join(map(str, counts))} notes: "
        + ", ".join(f"{k}={len(v)}" for k, v in files.items())
        + "\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
