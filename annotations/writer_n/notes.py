"""Writer N: traps per plan, rendering with style transforms, the plan-versus-spans check and the record."""

from __future__ import annotations

import random
import re
from typing import Any

from simcheck.annotations import decide_labels

from . import markup as mk
from .compose import ADDS, RETRACT, Section, nonsim_sections, nothing_sections, sim_sections, worksheet_sections
from .filler import long_sections
from .plan import SEED, Plan, allocate, make_plan, site_features
from .vocab import ATTENDINGS, DATES, RESIDENTS, SITES

MOD_ORDER = ["CT", "MRI", "PET", "fluoroscopy", "ultrasound"]
MOTION_SITES = {"lung", "liver", "pancreas", "esophagus"}
RESIDENT_TYPES = {"resident_sim", "mr_sim", "resim"}
ADDENDUM_TYPES = RESIDENT_TYPES | {"attending_dictation", "ct_sim_procedure"}


def choose_traps(p: Plan, rng: random.Random) -> None:
    """Pick this note's traps (and what they name) so that none changes the planned labels."""
    feats = {f for f, _ in p.features}
    mods = {m for m, _ in p.modalities}
    p.extra["att"] = rng.choice(ATTENDINGS)
    p.extra["res"] = rng.choice(RESIDENTS)
    p.extra["date"] = rng.choice(DATES)
    p.extra["has_res"] = p.note_type in RESIDENT_TYPES and rng.random() < 0.85
    p.extra["dx"] = rng.choice(SITES[p.site]["dx"])  # type: ignore[arg-type]
    if p.outcome == "nonsim":
        p.traps = ["non_simulation", "historical_imaging", "past_or_planned_simulation"]
        if p.note_type in ("tumor_board",):
            p.traps.append("protocol_eligibility")
        if p.note_type in ("plan_directive",):
            p.traps.append("order_not_procedure")
        if p.note_type == "portal_message":
            p.traps.append("patient_message")
        return
    if p.outcome == "sim_nothing":
        p.traps = ["aborted_simulation" if p.note_type == "aborted_sim" else "blank_template"]
        if p.note_type == "aborted_sim":
            p.traps.append("planned_feature")
            p.extra["planned"] = rng.choice(site_features(p.site))
            if rng.random() < 0.5:
                p.traps.append("historical_imaging")
        return
    absent = [f for f in site_features(p.site) if f not in feats]
    if "particle" in feats and "arc_rotational" in absent:
        absent.remove("arc_rotational")
    has_contrast_kinds = bool(SITES[p.site]["contrast"])
    absent_mods = [m for m in ("MRI", "PET") if m not in mods]
    forced: list[str] = []
    if p.outcome == "unsup_no_rationale" and rng.random() < 0.8:
        forced.append("bare_assertion")
    if p.outcome == "unsup_areas_unknown":
        forced.append("areas_not_countable")
    if p.outcome == "unsup_no_imaging":
        forced.append("no_imaging_clinical_setup")
    if p.note_type == "directive_procedure":
        forced.append("order_vs_procedure")
        p.extra["ordered"] = rng.choice(sorted(feats) + absent[:2]) if feats or absent else "contrast"
    if p.note_type == "resim":
        forced.append("copy_forward")
    if p.style == "ehr_template":
        forced.append("smartphrase_residue")
    if p.site == "pediatric":
        p.extra["pediatric_anesthesia"] = True
    cands: list[str] = ["historical_imaging", "historical_imaging", "other_person", "sgrt", "custom_immobilization"]
    if absent:
        cands += ["negated_feature", "planned_feature", "blank_template"]
    if "contrast" not in feats and has_contrast_kinds:
        cands.append("contrast_allergy_withheld")
    if absent_mods and "MRI" not in mods:
        cands.append("planned_modality")
    if "particle" not in feats:
        cands.append("protocol_eligibility")
    if not feats & {"custom_shielding", "complex_blocking"}:
        cands.append("mlc_only")
    if p.site in ("breast", "skin", "sarcoma", "head_neck"):
        cands.append("bolus")
    if p.site in ("breast", "lymphoma") and rng.random() < 0.7:
        forced.append("dibh")
    if p.site in MOTION_SITES and "CT" in mods and rng.random() < 0.6:
        forced.append("4dct_alone")
    if p.areas and len(p.areas) == 1 and "arc_rotational" not in feats:
        cands += ["many_beams", "many_beams"]
    if "MRI" in mods and p.note_type != "mr_sim":
        cands += ["fused_old_contrast"] * 4
    if p.rationale:
        cands.append("bare_assertion")
    if p.areas and p.area_form in ("count_list", "count_only", "checkbox"):
        cands.append("prior_course_site")
    if p.note_type != "resim":
        cands.append("copy_forward")
    if p.note_type in ADDENDUM_TYPES:
        if [f for f in absent if f in RETRACT]:
            cands += ["attending_retract", "attending_retract"]
        if feats & set(ADDS):
            cands += ["attending_adds", "attending_adds"]
        if (
            p.note_type == "resident_sim"
            and p.extra["has_res"]
            and p.areas
            and len(p.areas) >= 2
            and p.area_form in ("list", "count_list", "sentence", "numbered")
        ) and rng.random() < 0.6:
            forced.append("attending_area_fix")
    if p.style == "long":
        forced.append("historical_imaging")
    k = rng.choices([0, 1, 2, 3], weights=[1, 4, 4, 2])[0]
    chosen: list[str] = []
    for t in forced:
        if t not in chosen:
            chosen.append(t)
    pool = list(cands)
    while len(chosen) < len(forced) + k and pool:
        t = rng.choice(pool)
        pool = [x for x in pool if x != t]
        if t not in chosen:
            chosen.append(t)
    # exclusive pairs
    if "attending_adds" in chosen and "attending_retract" in chosen:
        chosen.remove("attending_retract")
    p.traps = chosen
    pick_from = list(absent)
    if "negated_feature" in chosen:
        p.extra["neg"] = rng.choice(pick_from)
    if "planned_feature" in chosen:
        p.extra["planned"] = rng.choice(pick_from)
    if "blank_template" in chosen:
        p.extra["blank"] = rng.choice(pick_from)
    if "planned_modality" in chosen:
        p.extra["pmod"] = rng.choice([m for m in absent_mods if m != "MRI"] or ["MRI"]) if "MRI" in mods else "MRI"
    if "attending_retract" in chosen:
        p.extra["retract"] = rng.choice(
            [f for f in absent if f in RETRACT and not (f == "contrast" and not has_contrast_kinds)]
            or [f for f in absent if f in RETRACT]
        )
        p.extra["correction"] = True
    if "attending_adds" in chosen:
        name = rng.choice(sorted(feats & set(ADDS)))
        p.extra["adds"] = name
        p.placement[name] = "attest"
        p.extra["correction"] = True
    if "attending_area_fix" in chosen:
        p.extra["correction"] = True


# ------------------------------------------------------------------------------------------------ layout

HEAD_FORMS = ["{h}:", "{H}:", "== {h} ==", "[{h}]", "--- {H} ---", "{H}"]
BULLETS = ["-", "*", "+", ">", "o"]


def layout_of(style: str, rng: random.Random) -> str:
    """Base layout for a style."""
    return {
        "prose": "prose",
        "long": rng.choice(["prose", "template"]),
        "ehr_template": "template",
        "table": "template",
        "bullets": "bullets",
        "terse": "bullets",
        "caps": rng.choice(["template", "bullets"]),
        "typos": rng.choice(["prose", "template"]),
        "wrapped80": rng.choice(["prose", "prose", "template"]),
    }[style]


def render(sections: list[Section], layout: str, rng: random.Random) -> str:
    """Lay the sections out as one markup string."""
    head_form = rng.choice(HEAD_FORMS)
    bullet = rng.choice(BULLETS)
    numbered = rng.random() < 0.25
    blocks = []
    for key, heading, items in sections:
        if key in ("hdr", "sig"):
            blocks.append("\n".join(items))
            continue
        h = head_form.format(h=heading, H=(heading or "").upper()) if heading else None
        if layout == "prose":
            body = ""
            last_line = False
            for it in items:
                lineish = "\n" in it or it.startswith(("|", "[", "#")) or "\t" in it
                if lineish:
                    body += ("\n" if body else "") + it
                else:
                    sent = it if it.rstrip().endswith((".", ":", ")", "?")) else it + "."
                    body += ("\n" if last_line else (" " if body else "")) + sent
                last_line = lineish
            if h and rng.random() < 0.7:
                inline = rng.random() < 0.5 and not body.startswith(("|", "[", "#"))
                body = (heading or "") + ": " + body if inline else h + "\n" + body
            blocks.append(body)
        elif layout == "template":
            blocks.append(((h + "\n") if h else "") + "\n".join(items))
        else:
            lines = []
            for i, it in enumerate(items):
                if "\n" in it:
                    lines.append(it)
                else:
                    mark = f"{i + 1}." if numbered else bullet
                    lines.append(f"{mark} {it}")
            blocks.append(((h + "\n") if h else "") + "\n".join(lines))
    sep = rng.choice(["\n\n", "\n\n", "\n"])
    return sep.join(blocks) + "\n"


TERSE = [
    (r"\bpatient\b", "pt"),
    (r"\bPatient\b", "Pt"),
    (r"\bwith\b", "w/"),
    (r"\bwithout\b", "w/o"),
    (r"\btreatment\b", "tx"),
    (r"\bsimulation\b", "sim"),
    (r"\bSimulation\b", "Sim"),
    (r"\bhistory\b", "hx"),
    (r"\band\b", "&"),
    (r"\bstatus post\b", "s/p"),
    (r"\bsupraclavicular\b", "SCV"),
    (r"\bbilateral\b", "b/l"),
    (r"\bright\b", "R"),
    (r"\bleft\b", "L"),
    (r"\bapproximately\b", "~"),
    (r"\bprior to\b", "before"),
    (r"\bradiation\b", "RT"),
    (r"\bphysician\b", "MD"),
    (r"\bfollow-up\b", "f/u"),
    (r"\bnegative\b", "neg"),
    (r"\bpositive\b", "pos"),
    (r"\breviewed\b", "rev'd"),
    (r"\bdiagnosis\b", "dx"),
    (r"\bweeks?\b", "wk"),
]


def terse(text: str, rng: random.Random, chosen: list[tuple[str, str]]) -> str:
    """Shorthand rewriting (plain text only)."""
    for pat, rep in chosen:
        text = re.sub(pat, rep, text)
    text = re.sub(r"\bThe (pt|Pt)\b", "Pt", text)
    return text


_WORD = re.compile(r"\b[a-z]{5,}\b")


def typos(text: str, rng: random.Random) -> str:
    """Letter swaps, doubled/missing spaces and stray commas (plain text only)."""

    def swap(m: re.Match[str]) -> str:
        w = m.group(0)
        if rng.random() > 0.06:
            return w
        i = rng.randint(1, len(w) - 3)
        return w[:i] + w[i + 1] + w[i] + w[i + 2 :]

    text = _WORD.sub(swap, text)
    text = re.sub(r"\. (?=[A-Z])", lambda m: rng.choice([". ", ".  ", ".", ". "]), text)
    text = re.sub(r", ", lambda m: rng.choice([", ", ", ", " ,", ",  "]), text)
    return text


def residue(text: str, rng: random.Random) -> str:
    """Smart-phrase residue for EHR templates (plain text only)."""
    return text.replace("Plan:", rng.choice(["Plan: ***", "Plan:", "Plan: {blank}"]), 1)


# ------------------------------------------------------------------------------------------------ check


def _areas_from_spans(spans: list[dict[str, Any]]) -> int | None:
    counts = [s for s in sorted(spans, key=lambda s: s["start"]) if s["label"] == "AREA_COUNT"]
    sites = {s["value"] for s in spans if s["label"] == "TREATMENT_SITE"}
    if counts:
        return int(counts[-1]["value"])
    return len(sites) if sites else None


def check(p: Plan, text: str, spans: list[dict[str, Any]]) -> None:
    """Raise if the rendered spans disagree with the plan."""
    rat = any(s["label"] == "RATIONALE" for s in spans)
    feats = {s["value"] for s in spans if s["label"] == "FEATURE"}
    mods = {s["value"] for s in spans if s["label"] == "MODALITY"}
    areas = _areas_from_spans(spans)
    want_areas = len(p.areas) if p.areas else None
    problems = []
    if rat != bool(p.rationale):
        problems.append("rationale")
    if feats != {f for f, _ in p.features}:
        problems.append(f"features {feats}")
    if mods != {m for m, _ in p.modalities}:
        problems.append(f"modalities {mods}")
    if areas != want_areas:
        problems.append(f"areas {areas} != {want_areas}")
    for s in spans:
        if text[s["start"] : s["end"]] != text[s["start"] : s["end"]].strip():
            problems.append("whitespace")
    if problems:
        raise ValueError(f"{p.note_id}: rendered spans disagree with the plan: {problems}")


def _expect(p: Plan, labels: dict[str, Any]) -> None:
    o = p.outcome
    ok = {
        "supported_feature": labels["supported"] and bool(labels["features"]),
        "supported_areas": labels["supported"] and not labels["features"] and (labels["treatment_areas"] or 0) >= 3,
        "unsup_no_rationale": labels["level"] == "77290" and not labels["supported"] and not labels["rationale"],
        "unsup_areas_unknown": labels["level"] == "77290"
        and not labels["supported"]
        and labels["treatment_areas"] is None,
        "unsup_no_imaging": labels["level"] == "77290" and not labels["supported"] and not labels["modalities"],
        "l77285": labels["level"] == "77285",
        "l77280": labels["level"] == "77280",
        "sim_nothing": labels["level"] == "undetermined" and len(labels["missing"]) == 4,
        "nonsim": labels["level"] == "undetermined" and len(labels["missing"]) == 4,
    }[o]
    if not ok:
        raise ValueError(f"{p.note_id}: labels do not give the planned outcome {o}")


# ------------------------------------------------------------------------------------------------ record


def build(note_id: str, outcome: str, site: str, style: str) -> dict[str, Any]:
    """Plan, write and check one note; return its record."""
    p = make_plan(note_id, outcome, site, style)
    rng = random.Random(f"{SEED}:{note_id}")
    choose_traps(p, rng)
    layout = layout_of(p.style, rng)
    long_words = rng.randint(520, 1250) if p.style == "long" else 0
    if p.outcome == "nonsim":
        sections = nonsim_sections(p, rng, layout, long_words)
    elif p.outcome == "sim_nothing":
        sections = nothing_sections(p, rng)
        if p.style == "long":
            sections[2:2] = long_sections(rng, DATES, long_words)
    elif p.note_type == "therapist_worksheet":
        sections = worksheet_sections(p, rng, layout, long_words)
    else:
        sections = sim_sections(p, rng, layout, long_words)
    text_markup = render(sections, layout, rng)
    segs = mk.parse(text_markup)
    if p.style == "terse":
        chosen = rng.sample(TERSE, rng.randint(10, len(TERSE)))
        segs = mk.transform_plain(segs, lambda t: terse(t, rng, chosen))
    if p.style == "typos":
        segs = mk.transform_plain(segs, lambda t: typos(t, rng))
    if p.style == "ehr_template":
        segs = mk.transform_plain(segs, lambda t: residue(t, rng))
    if p.style == "caps":
        segs = mk.upper(segs)
    text, spans = mk.assemble(segs)
    if p.style == "wrapped80":
        text = mk.wrap80(text, spans, rng)
    check(p, text, spans)
    feats = sorted({f for f, _ in p.features})
    mods = [m for m in MOD_ORDER if m in {x for x, _ in p.modalities}]
    areas = len(p.areas) if p.areas else None
    d = decide_labels(bool(p.rationale), areas, feats, mods)
    labels = {
        "rationale": bool(p.rationale),
        "treatment_areas": areas,
        "features": feats,
        "modalities": mods,
        "supported": d.supported,
        "level": d.level,
        "missing": d.missing,
    }
    _expect(p, labels)
    traps = list(p.traps)
    if p.extra.get("hist_contrast") and "historical_contrast" not in traps:
        traps.append("historical_contrast")
    if p.style == "wrapped80":
        traps.append("wrapped_lines")
    skeleton = f"{p.note_type}/{p.style}/" + "-".join(k for k, _, _ in sections)
    meta = {
        "writer": "n",
        "site": SITES[site]["label"],
        "style": p.style,
        "note_type": p.note_type,
        "skeleton": skeleton,
        "traps": traps,
        "words": len(text.split()),
        "outcome": outcome,
        "layout": layout,
    }
    return {"id": note_id, "text": text, "labels": labels, "spans": spans, "meta": meta}


def build_all() -> list[dict[str, Any]]:
    """Every record, in id order."""
    return [build(*row) for row in allocate()]
