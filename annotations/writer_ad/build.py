"""Compose, render, check against the plan, label, and emit the records."""

from __future__ import annotations

import re

from simcheck.annotations import decide_labels

from . import compose as cp
from .context import Ctx
from .filler import lower_starts, spoken_commands, sr_damage
from .markup import render
from .plan import Plan, allocate, make_plan
from .vocab import SITES

WORD = re.compile(r"[a-z0-9]+(?:['/][a-z0-9]+)*")
HEADINGS = {
    "intro": ["INDICATION", "HISTORY", "Dx/Hx"],
    "rationale": ["MEDICAL NECESSITY", "COMPLEXITY", "Reason"],
    "setup": ["SETUP", "POSITION"],
    "imaging": ["IMAGING", "SCAN"],
    "contrast": ["CONTRAST"],
    "areas": ["TREATMENT AREAS", "SITES"],
    "technique": ["TECHNIQUE", "PLAN TYPE"],
    "plan": ["PLAN", "DISPOSITION"],
    "hpi": ["HPI"],
    "pmh": ["PAST MEDICAL HISTORY"],
    "meds": ["MEDICATIONS"],
    "social": ["SOCIAL HISTORY"],
    "family": ["FAMILY HISTORY"],
    "ros": ["REVIEW OF SYSTEMS"],
    "exam": ["PHYSICAL EXAM"],
    "labs": ["LABS"],
    "course": ["ONCOLOGIC HISTORY"],
    "consent": ["CONSENT"],
    "logistics": ["LOGISTICS"],
    "discussion": ["DISCUSSION"],
    "goals": ["GOALS OF CARE"],
    "assessment": ["ASSESSMENT"],
    "steps": ["PROCEDURE"],
    "applicator": ["APPLICATOR"],
}


def sections_for(c: Ctx) -> list[tuple[str, str]]:
    p = c.p
    nt, st = p.note_type, p.style
    long = st == "long"
    if nt == "sim_note":
        return cp.sim_sections(c, "Simulation note", long=long)
    if nt == "resim":
        return cp.sim_sections(c, "Re-simulation", resim=True)
    if nt == "simnote_macro":
        return cp.macro_sections(c)
    if nt == "ct_sim_record":
        return cp.ct_sim_record(c)
    if nt == "sim_addendum":
        return cp.sim_addendum_sections(c, long=long, macro=st == "macro")
    if nt == "order_procedure":
        if st == "sr_proofed":
            return cp.order_sections(c)
        order = order_only(c)
        return order + (cp.macro_sections(c, "SIMULATION PROCEDURE") if st == "macro" else cp.ct_sim_record(c))
    if nt == "brachy_procedure":
        return cp.macro_sections(c, "HDR APPLICATOR INSERTION") if st == "macro" else cp.brachy_sections(c, long=long)
    if nt == "electron_setup":
        if st == "macro":
            return cp.macro_sections(c, "ELECTRON SETUP")
        if st == "tabular":
            return cp.ct_sim_record(c)
        return cp.electron_sections(c, no_imaging=p.outcome == "no_imaging")
    if nt == "clinical_setup":
        return cp.clinical_setup_sections(c)
    if nt == "nurse_sim_day":
        return cp.nurse_sim_day(c)
    if nt == "nurse_education":
        return cp.nurse_education(c)
    if nt == "aborted_sim":
        return cp.aborted_sections(c)
    if nt == "blank_macro":
        return cp.blank_macro(c)
    if nt == "consult":
        return cp.consult_sections(c, long=long)
    if nt == "pa_followup":
        return cp.pa_followup(c)
    if nt == "otv":
        return cp.otv_sections(c)
    if nt == "physics_chart_check":
        return cp.physics_check(c)
    if nt == "treatment_summary":
        return cp.treatment_summary(c, long=long)
    if nt == "charge_query":
        return cp.charge_query(c)
    raise ValueError(nt)


def order_only(c: Ctx) -> list[tuple[str, str]]:
    p = c.p
    c.trap("order_vs_procedure")
    extra = []
    if "contrast" not in p.features and c.sv["routes"]:
        extra.append(c.choice(["IV contrast", "oral contrast"]))
    if "MRI" not in p.modalities and c.chance(0.6):
        extra.append("MRI fusion")
    if "arc_rotational" not in p.features and c.chance(0.4):
        extra.append("VMAT")
    items = ["CT sim"] + extra
    lines = [c.choice(["ORDER: ", f"Sim order ({c.doc}): ", "Ordered: "]) + ", ".join(items)]
    if extra:
        lines.append(
            c.choice(["(not done: {})", "per RTT: {} not done today", "{} cancelled at sim"]).format(", ".join(extra))
        )
    return [("order", "\n".join(lines))]


def layout(c: Ctx, secs: list[tuple[str, str]]) -> tuple[str, list[str]]:
    st = c.p.style
    keys = [k for k, v in secs if v]
    parts = [(k, v) for k, v in secs if v]
    if st == "sr_runon":
        text = " ".join(v.replace("\n", " ") for _, v in parts)
        return text, keys
    if st in ("sr_raw", "sr_proofed", "long"):
        mode = c.rng.randrange(4)
        out = []
        for k, v in parts:
            if mode == 1 and k in HEADINGS:
                out.append(f"{c.choice(HEADINGS[k])}: {v}")
                keys[keys.index(k)] = k.upper()
            elif mode == 2 and k in HEADINGS:
                out.append(f"{c.choice(HEADINGS[k]).upper()}\n{v}")
                keys[keys.index(k)] = "H_" + k
            else:
                out.append(v)
        sep = "\n" if mode == 3 else "\n\n"
        return sep.join(out), keys + [f"m{mode}"]
    sep = "\n\n" if c.chance(0.4) else "\n"
    return sep.join(v for _, v in parts), keys


def transform_for(c: Ctx):
    st = c.p.style
    rng = c.rng
    if st == "sr_raw":
        return lambda t: lower_starts(rng, spoken_commands(rng, sr_damage(rng, t, 1.0), 1.0), 0.25)
    if st == "sr_runon":

        def runon(t: str) -> str:
            t = sr_damage(rng, t, 0.8)
            t = re.sub(r"(?<!Dr)\.\s+(?=[A-Za-z])", lambda m: rng.choice([", ", " and ", ". ", " "]), t)
            return lower_starts(rng, t, 0.8)

        return runon
    if st == "sr_proofed":
        return lambda t: sr_damage(rng, t, 0.2)
    if st == "long":
        return lambda t: spoken_commands(rng, sr_damage(rng, t, 0.5), 0.35)
    if st == "macro":
        return lambda t: sr_damage(rng, t, 0.3)
    return None


def check(p: Plan, spans: list[dict]) -> None:
    rat = [s for s in spans if s["label"] == "RATIONALE"]
    feats = sorted({s["value"] for s in spans if s["label"] == "FEATURE"})
    mods = {s["value"] for s in spans if s["label"] == "MODALITY"}
    counts = [s for s in spans if s["label"] == "AREA_COUNT"]
    sites = [s["value"] for s in spans if s["label"] == "TREATMENT_SITE"]
    if bool(rat) != bool(p.rationale):
        raise AssertionError(f"{p.nid}: rationale spans {len(rat)} vs plan {p.rationale}")
    if feats != sorted(p.features):
        raise AssertionError(f"{p.nid}: features {feats} vs plan {p.features}")
    if mods != set(p.modalities):
        raise AssertionError(f"{p.nid}: modalities {mods} vs plan {p.modalities}")
    n_plan = sum(2 if v.startswith("bilateral ") else 1 for v in p.areas) if p.areas else None
    if counts:
        n = int(counts[-1]["value"])
    elif sites:
        keys = set()
        for v in sites:
            keys.update([f"left {v[10:]}", f"right {v[10:]}"] if v.startswith("bilateral ") else [v])
        n = len(keys)
    else:
        n = None
    if n != n_plan:
        raise AssertionError(f"{p.nid}: areas {n} vs plan {n_plan}")
    if any(v not in p.areas for v in sites):
        raise AssertionError(f"{p.nid}: site span outside plan")


OUTCOME_CHECK = {
    "supported_feature": lambda d, p: d.supported and bool(p.features),
    "supported_areas": lambda d, p: d.supported and not p.features,
    "no_rationale": lambda d, p: not d.supported and d.missing == ["rationale"],
    "areas_unknown": lambda d, p: not d.supported and "treatment_areas" in d.missing and d.level == "77290",
    "nurse_contrast": lambda d, p: not d.supported and d.level == "77290",
    "no_imaging": lambda d, p: not d.supported and d.missing == ["imaging"],
    "l77285": lambda d, p: d.level == "77285",
    "l77280": lambda d, p: d.level == "77280",
    "no_sim": lambda d, p: d.level == "undetermined" and not p.modalities,
    "blank": lambda d, p: d.level == "undetermined",
    "aborted": lambda d, p: d.level == "undetermined",
}


def build_one(i: int, outcome: str, nt: str, st: str, site: str) -> dict:
    nid = f"wad-{i:04d}"
    p = make_plan(nid, outcome, nt, st, site)
    c = Ctx(p)
    secs = sections_for(c)
    marked, keys = layout(c, secs)
    marked = re.sub(r"[ \t]+\n", "\n", marked).strip()
    text, spans = render(marked, transform_for(c))
    check(p, spans)
    d = decide_labels(
        bool(p.rationale),
        (sum(2 if v.startswith("bilateral ") else 1 for v in p.areas) if p.areas else None),
        p.features,
        p.modalities,
    )
    if not OUTCOME_CHECK[outcome](d, p):
        raise AssertionError(f"{nid}: outcome {outcome} not met: {d}")
    words = len(WORD.findall(text.lower()))
    if st == "long" and not 600 <= words <= 1500:
        raise AssertionError(f"{nid}: long note with {words} words")
    labels = {
        "rationale": bool(p.rationale),
        "treatment_areas": (sum(2 if v.startswith("bilateral ") else 1 for v in p.areas) if p.areas else None),
        "features": sorted(p.features),
        "modalities": list(p.modalities),
        "supported": d.supported,
        "level": d.level,
        "missing": d.missing,
    }
    meta = {
        "writer": "ad",
        "site": SITES[site]["label"],
        "style": st,
        "note_type": nt,
        "skeleton": f"{nt}/{st}/" + "-".join(keys),
        "traps": list(c.traps),
        "words": words,
        "outcome": outcome,
    }
    if p.rationale:
        meta["rationale_category"] = p.rationale
    return {"id": nid, "text": text, "labels": labels, "spans": spans, "meta": meta}


def build_all() -> list[dict]:
    return [build_one(i + 1, *row) for i, row in enumerate(allocate())]
