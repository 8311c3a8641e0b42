"""Simulation-note composers: sections of facts and traps, then a style layout."""

from __future__ import annotations

import random

from . import evidence as ev
from . import filler, traps
from .plan import Plan
from .vocab import APPS, CODERS, CT_UNITS, DOSIMETRISTS, PHYSICIANS, SITES, THERAPISTS

TITLES = {
    "sim_planning_note": [
        "SIMULATION AND TREATMENT PLANNING NOTE",
        "Simulation and Treatment Planning Note",
        "Radiation Oncology - Simulation and Treatment Planning Note",
    ],
    "app_sim_note": [
        "Simulation and Treatment Planning Note (APP)",
        "Sim Note - Advanced Practice Provider",
        "Simulation and Treatment Planning Note - PA/NP",
    ],
    "coder_query": [
        "Simulation and Treatment Planning Note - with CDI query thread",
        "Simulation and Treatment Planning Note / Coding Query Response",
    ],
    "reirr_sim": ["Re-Irradiation Simulation and Treatment Planning Note", "SIMULATION NOTE - RE-IRRADIATION"],
    "care_path": [
        "CARE PATH: Radiation Oncology CT Simulation",
        "Care Path Checklist - Simulation Day",
        "RO CARE PATH - SIMULATION",
    ],
    "sim_verification": [
        "Simulation Verification Note",
        "SIMULATION VERIFICATION (77280)",
        "Sim Verification - Set-up Check",
    ],
}
HEAD = {
    "dx": ["DIAGNOSIS", "Diagnosis", "Dx"],
    "hx": ["BRIEF HISTORY", "Pertinent history", "Hx"],
    "rationale": ["RATIONALE FOR COMPLEX SIMULATION", "Clinical rationale", "Medical necessity", "Indication"],
    "setup": ["POSITIONING/IMMOBILIZATION", "Setup", "Patient setup"],
    "imaging": ["IMAGING", "Images acquired", "Scan"],
    "technique": ["TECHNIQUE", "Treatment technique", "Devices/technique"],
    "areas": ["TREATMENT AREAS", "Areas", "Targets"],
    "plan": ["PLAN", "Plan", "Next steps"],
    "charge": ["CHARGES", "Charge capture"],
    "prior": ["PRIOR COURSE", "Prior RT"],
    "oar": ["OAR CONSTRAINTS", "Dose constraints"],
    "procedure": ["PROCEDURE", "Simulation procedure", "Procedure note"],
}


def _ctx(p: Plan, rng: random.Random) -> dict:
    d1, d2 = filler.date_pair(rng)
    return {
        "md": rng.choice(PHYSICIANS),
        "app": rng.choice(APPS),
        "ct": rng.choice(CT_UNITS),
        "rtt": rng.choice(THERAPISTS),
        "cmd": rng.choice(DOSIMETRISTS),
        "coder": rng.choice(CODERS),
        "date": d1,
        "date2": d2,
    }


class Note:
    """Ordered sections; each item is (field, value, sentence) or a preformatted block."""

    def __init__(self) -> None:
        self.sections: list[tuple[str, list]] = []
        self.traps: list[str] = []

    def add(self, key: str, item) -> None:
        """Append an item to a section (created on first use)."""
        for k, items in self.sections:
            if k == key:
                items.append(item)
                return
        self.sections.append((key, [item]))

    def trap(self, *names: str) -> None:
        """Record trap names once each, in order."""
        for n in names:
            if n not in self.traps:
                self.traps.append(n)


def build_sim(p: Plan, rng: random.Random) -> tuple[str, list[str], list[str]]:
    """Return (markup text, section keys, traps) for a simulation-bearing note."""
    c = _ctx(p, rng)
    info = SITES[p.site]
    n = Note()
    terse = p.style == "terse"
    dx = rng.choice(info["dx"])
    c["dx"] = dx
    n.add(
        "dx",
        (
            "Diagnosis",
            dx,
            f"{rng.choice(['The patient has', 'Diagnosis is', 'Dx:', 'Seen today for'])} {dx}."
            if rng.random() < 0.5
            else f"{dx[0].upper()}{dx[1:]}.",
        ),
    )
    if rng.random() < 0.7:
        line, t = traps.hist_line(p, rng)
        n.add("hx", ("History", line, line))
        n.trap(*t)
    if p.note_type == "reirr_sim":
        n.add("prior", ("block", traps.prior_course(p, rng)))
        n.trap("prior_course_summary")
    # rationale
    if p.rationale and p.where == "body":
        n.add("rationale", ("Rationale", ev.rationale_text(p, rng, terse), ev.rationale_sentence(p, rng)))
    if p.outcome == "no_rationale" or (p.rationale and rng.random() < 0.2):
        kind = rng.choice(["bare", "bare", "copied", "blank"]) if p.outcome == "no_rationale" else "bare"
        if p.note_type == "app_sim_note" and p.outcome == "no_rationale" and kind == "blank":
            kind = "bare"
        if kind == "bare":
            b = traps.bare(rng)
            n.add("rationale", ("Medical necessity", b.rstrip("."), b))
            n.trap("bare_assertion")
        elif kind == "copied":
            r = rng.choice(
                [
                    f"tumor abuts the {rng.choice(info['oars'])}",
                    "multiple targets",
                    "contrast needed for nodes",
                    "re-irradiation, overlap w/ prior field",
                ]
            )
            s = f"Rationale (copied forward from prior course, {rng.choice(['2020', '2021', '2022'])} sim note): {r}."
            n.add("rationale", ("Rationale (copied forward from prior course)", r, s))
            n.trap("copy_forward_rationale")
        else:
            n.add("rationale", ("Rationale for complex simulation", "___", "Rationale for complex simulation: ___"))
            n.trap("blank_field")
    # setup & procedure
    if rng.random() < 0.6:
        s = filler.consent_line(rng)
        n.add("setup", ("Consent", "signed", s))
    s = filler.setup_line(p.site, rng)
    n.add("setup", ("Position", s.rstrip("."), s))
    # imaging
    if p.modalities:
        for field, val, sent in ev.modality_sentences(p, rng, c["ct"]):
            n.add("imaging", (field, val, sent))
    else:
        s = rng.choice(
            [
                "Clinical set-up only; no CT was obtained - field drawn directly on the skin.",
                "No planning imaging - clinical mark-up in the treatment room.",
                "Set-up done clinically on the treatment couch (no scan).",
            ]
        )
        n.add("imaging", ("Imaging", "none - clinical set-up", s))
        n.trap("no_imaging_clinical_setup")
    # features
    feats = ev.feature_sentences(p, rng)
    add_by_addendum = None
    if any(f == "contrast" for f in p.features) and p.where == "body" and rng.random() < 0.2:
        idx = p.features.index("contrast")
        add_by_addendum = feats.pop(idx)
        n.add("technique", ("Contrast", "none noted", "Contrast: none noted at time of dictation."))
    for field, val, sent in feats:
        n.add("technique", (field, val, sent))
    retract = False
    if (
        "contrast" not in p.features
        and "IV" in (info["routes"] or ["IV"])
        and p.modalities
        and rng.random() < 0.08
        and add_by_addendum is None
    ):
        n.add("technique", ("Contrast", "IV contrast given", "IV contrast given."))
        retract = True
    # areas
    if p.count_form == "query_answer":
        n.add("areas", ("Treatment areas", "per plan", "Treatment areas: as outlined in the planning directive."))
        n.trap("vague_count")
    else:
        block, t = ev.areas_block(p, rng, prose=p.style in ("dictation", "typos", "long"))
        n.trap(*t)
        if "\n" in block:
            n.add("areas", ("block", block))
        else:
            field, _, val = block.partition(":") if ":" in block.split("⟦")[0] else ("Treatment areas", "", block)
            n.add("areas", (field.strip(), val.strip().rstrip("."), block))
    # traps
    for name, key, field, sent in traps.pick_sim_traps(p, rng):
        n.add(key, (field, sent.rstrip("."), sent))
        n.trap(name)
    if rng.random() < 0.3:
        n.add("oar", ("block", traps.oar_table(p, rng)))
        n.trap("oar_table")
    if rng.random() < 0.15 and p.note_type != "reirr_sim":
        n.add("prior", ("block", traps.copy_forward(p, rng)))
        n.trap("copy_forward")
    if rng.random() < 0.6:
        s = rng.choice(
            [
                f"Dosimetry ({c['cmd']}) to generate the plan; physics check to follow.",
                "Contours to be completed in ARIA; first treatment in about 7-10 days.",
                "Plan review at chart rounds Thursday.",
            ]
        )
        n.add("plan", ("Plan", s.rstrip("."), s))
    # ordering (a little variety)
    order = [k for k, _ in n.sections]
    if rng.random() < 0.4 and "areas" in order and "imaging" in order:
        order.remove("areas")
        order.insert(order.index("imaging"), "areas")
    if rng.random() < 0.3 and "rationale" in order:
        order.remove("rationale")
        order.insert(len(order) - (1 if order[-1] == "plan" else 0), "rationale")
    secs = dict(n.sections)
    sections = [(k, secs[k]) for k in order]
    # tail sections: attestation / query / addenda
    tail: list[tuple[str, str]] = []
    if p.note_type == "app_sim_note":
        if p.where == "attestation":
            r = ev.rationale_text(p, rng)
            tail.append(
                (
                    "attestation",
                    rng.choice(
                        [
                            f"Attending attestation: I saw the patient with {c['app']} and agree with the note. "
                            f"I requested complex simulation because {r}. - {c['md']}",
                            f"I have reviewed and agree with the above. Additionally, {r}. -- {c['md']}",
                        ]
                    ),
                )
            )
        else:
            tail.append(
                (
                    "attestation",
                    rng.choice(
                        [
                            f"I have reviewed and agree with the above. {c['md']}",
                            f"Attending co-signature: I have reviewed the PA's note and agree. - {c['md']}",
                            f"Co-signed {c['date']} by {c['md']}: reviewed and agree with plan.",
                        ]
                    ),
                )
            )
            n.trap("attestation_only")
    if p.note_type == "coder_query":
        tail.extend(_query(p, rng, c, n))
    if retract:
        tail.append(
            (
                "addendum",
                f"Addendum {c['date2']} ({c['md']}): Correction - IV contrast was NOT given; "
                "the IV could not be placed. Non-contrast scan only.",
            )
        )
        n.trap("addendum_retracts_feature")
    if add_by_addendum is not None:
        tail.append(("addendum", f"Addendum {c['date2']}: {add_by_addendum[2]} (omitted from the original note)."))
        n.trap("addendum_adds_feature")
    text, keys = _layout(p, rng, c, sections, tail)
    if p.style == "checklist" and "[ ] " in text:
        n.trap("unticked_box")
    return text, keys, n.traps


def _query(p: Plan, rng: random.Random, c: dict, n: Note) -> list[tuple[str, str]]:
    q = [f"CDI / Coding Query from {c['coder']} to {c['md']}, sent {c['date2']}:"]
    if p.query_topic == "rationale":
        q.append(
            rng.choice(
                [
                    "Please document the clinical rationale for complex simulation (77290) for this encounter, "
                    "or indicate that it cannot be determined.",
                    "The record supports a simulation; please document the clinical rationale for complex simulation.",
                    "Dear Doctor - please document the clinical rationale for complex simulation. Thank you.",
                ]
            )
        )
    else:
        q.append(
            rng.choice(
                [
                    "Please clarify the number of separate treatment areas simulated on this date.",
                    "Please document the number of treatment areas for this simulation.",
                ]
            )
        )
    out = [("query", " ".join(q))]
    if p.query_topic == "rationale" and p.where == "addendum":
        r = ev.rationale_text(p, rng)
        out.append(
            (
                "response",
                rng.choice(
                    [
                        f"Physician response (addendum {c['date2']}): {r}. - {c['md']}",
                        f"ADDENDUM in response to query: Complex simulation was required because {r}. {c['md']}",
                        f"Response: {r}. Thank you. -{c['md']}",
                    ]
                ),
            )
        )
        n.trap("rationale_in_query_response")
    elif p.query_topic == "rationale":
        if rng.random() < 0.55:
            b = traps.bare(rng)
            out.append(("response", f"Physician response (addendum): {b} - {c['md']}"))
            n.trap("query_bare_response", "bare_assertion")
        else:
            out.append(
                (
                    "response",
                    rng.choice(
                        [
                            f"Query status: no physician response as of {c['date2']}; closed by CDI.",
                            "Response: (none) - escalated to department chair.",
                        ]
                    ),
                )
            )
            n.trap("query_unanswered")
    elif p.count_form == "query_answer":
        sites = [ev.site_mk(a) for a in p.areas]
        cnt = ev.count_mk(p.n_areas, rng)
        out.append(
            (
                "response",
                rng.choice(
                    [
                        f"Addendum in response to query: {cnt} were simulated - "
                        f"{ev.join_names(sites, rng)}. - {c['md']}",
                        f"Response ({c['date2']}): we simulated the {ev.join_names(sites, rng)} ({cnt}). {c['md']}",
                    ]
                ),
            )
        )
        n.trap("count_in_query_response")
    else:
        out.append(
            (
                "response",
                rng.choice(
                    [
                        f"Response: areas are as contoured in ARIA. - {c['md']}",
                        f"Query status: open; no response as of {c['date2']}.",
                    ]
                ),
            )
        )
        n.trap("query_unanswered")
    return out


def _item_text(item, mode: str) -> str:
    if item[0] == "block":
        return item[1]
    field, value, sentence = item
    if mode == "field":
        if sentence.startswith(f"{field}:") or sentence.lstrip("⟦").startswith(field):
            return sentence
        return f"{field}: {value}"
    return sentence


def _layout(p: Plan, rng: random.Random, c: dict, sections: list, tail: list) -> tuple[str, list[str]]:
    style = p.style
    author = c["app"] if p.note_type == "app_sim_note" else c["md"]
    title = rng.choice(TITLES[p.note_type])
    keys = [k for k, _ in sections] + [k for k, _ in tail]
    out: list[str] = []
    if style == "checklist":
        return _checklist(p, rng, c, sections, tail, title), keys
    if (style in ("template", "caps") and rng.random() < 0.7) or style == "template":
        out += filler.header_lines(rng, title, author)
        out.append("")
        for key, items in sections:
            head = rng.choice(HEAD.get(key, [key.upper()]))
            out.append(rng.choice([f"{head}:", f"---- {head} ----", f"** {head} **"]))
            for it in items:
                t = _item_text(it, "field" if rng.random() < 0.6 else "sentence")
                out.append(t if it[0] == "block" else "  " + t)
            out.append("")
    elif style == "bullets":
        out += [title, f"{rng.choice(['Date', 'DOS'])}: {c['date']}   Provider: {author}", ""]
        mark = rng.choice(["-", "*", "•", "o"])
        for key, items in sections:
            out.append(rng.choice(HEAD.get(key, [key])) + ":")
            for it in items:
                out.append(it[1] if it[0] == "block" else f" {mark} {_item_text(it, 'sentence')}")
        out.append("")
    elif style == "terse":
        out += [rng.choice([title, "Sim note", "CT sim/planning"]) + f" {c['date']}"]
        for key, items in sections:
            h = rng.choice(HEAD.get(key, [key]))
            blocks = [it[1] for it in items if it[0] == "block"]
            lines = [_item_text(it, "sentence").rstrip(".") for it in items if it[0] != "block"]
            if lines:
                out.append(f"{h}: " + "; ".join(lines))
            out += blocks
    else:  # dictation, typos, long, caps-as-dictation
        out.append(title)
        if style == "long":
            for _key, text in filler.long_filler(p.site, rng, c["dx"]):
                out.append(text)
            keys = ["longhx", *keys]
        for key, items in sections:
            blocks = [it[1] for it in items if it[0] == "block"]
            sents = [_item_text(it, "sentence") for it in items if it[0] != "block"]
            head = rng.choice(HEAD.get(key, [key.upper()])).upper() + ": " if rng.random() < 0.6 else ""
            if sents:
                out.append(head + " ".join(sents))
            out += blocks
    out.append("")
    for _key, text in tail:
        out.append(text)
    sig = rng.choice(
        [
            f"Electronically signed by {author} on {c['date']}",
            f"Dictated by {author}. D: {c['date']} T: {c['date']} Job #{rng.randint(400000, 499999)}. "
            "Dictated but not read.",
            f"{author}",
            f"-- {author}, Radiation Oncology",
        ]
    )
    if style == "dictation" and "Dictated" not in sig:
        sig = f"Dictated by {author}. D: {c['date']} T: {c['date']} Job #{rng.randint(400000, 499999)}."
    out.append(sig)
    return "\n".join(out), keys


def _checklist(p: Plan, rng: random.Random, c: dict, sections: list, tail: list, title: str) -> str:
    out = [*filler.header_lines(rng, title, c["rtt"]), ""]
    for key, items in sections:
        if rng.random() < 0.5:
            out.append(rng.choice(HEAD.get(key, [key])).upper())
        for it in items:
            if it[0] == "block":
                out.append(it[1])
                continue
            field, value, sentence = it
            shown = _item_text(it, "field")
            if value == "___" or sentence.endswith("___"):
                out.append(f"[ ] {field}: ___")
            elif key == "areas":
                out.append(f"{sentence}")
            elif key in ("rationale", "dx", "hx", "plan", "charge", "prior", "oar") or "⟦" not in shown:
                out.append(shown if key != "rationale" else f"{field}: {value}")
            else:
                out.append(f"[X] {shown}")
    # unticked boxes for absent features
    for f in traps.absent_features(p)[: rng.randint(1, 3)]:
        lab = {
            "contrast": "IV/oral contrast",
            "arc_rotational": "VMAT/arc",
            "custom_shielding": "Custom blocks/cutout",
            "complex_blocking": "Complex blocking",
            "brachytherapy": "Applicator verification",
            "hyperthermia": "Hyperthermia probes",
        }[f]
        out.append(f"[ ] {lab}")
    out.append(f"[X] Tattoos/marks placed   [X] Photos taken   Completed by: {c['rtt']}")
    out.append("")
    for _, text in tail:
        out.append(text)
    out.append(f"Reviewed by: {c['md']} {c['date']}")
    return "\n".join(out)
