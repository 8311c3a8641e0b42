"""Layout per style, degradation outside spans, the plan-versus-spans check and the record."""

from __future__ import annotations

import random
import re
from typing import Any

from simcheck.annotations import decide_labels

from .compose import compose_nonsim, compose_nothing, compose_sim
from .markup import Seg, assemble, map_plain, parse, upper_all
from .phrases import pick
from .plan import area_count, make_plan

MODS = ("CT", "MRI", "PET", "fluoroscopy", "ultrasound")
PROTECT = {
    "contrast",
    "given",
    "not",
    "no",
    "none",
    "without",
    "declined",
    "withheld",
    "correction",
    "addendum",
    "vmat",
    "protons",
    "ordered",
    "planned",
    "will",
    "may",
    "copied",
    "prior",
    "pending",
}
SHORT = [
    (r"\bpatient\b", "pt"),
    (r"\bwith\b", "w/"),
    (r"\btreatment\b", "tx"),
    (r"\bsimulation\b", "sim"),
    (r"\bhistory\b", "hx"),
    (r"\bImmobilization\b", "Immob"),
    (r"\bPosition\b", "Pos"),
    (r"\band\b", "&"),
    (r"\bapproximately\b", "~"),
    (r"\bsupine\b", "sup"),
    (r"\bacquired\b", "acq"),
    (r"\bbefore\b", "prior to"),
    (r"\bphysician\b", "MD"),
    (r"\bdiagnosis\b", "dx"),
    (r"\bfractions\b", "fx"),
    (r"\bright\b", "R"),
    (r"\bleft\b", "L"),
]


TERSE_HEADS = {
    "Diagnosis": "Dx",
    "Dx": "Dx",
    "Problem": "Dx",
    "Indication": "Ind",
    "Medical Necessity": "MedNec",
    "Clinical Indication": "Ind",
    "Reason": "Why",
    "Procedure": "Proc",
    "Simulation": "Sim",
    "Sim Details": "Sim",
    "CT Sim": "CTsim",
    "Setup": "Set-up",
    "Treatment Areas": "Areas",
    "Targets": "Tgts",
    "Sites": "Sites",
    "Areas Simulated": "Areas",
    "Fields/Areas": "Flds",
    "Technique": "Tech",
    "Special Procedures": "Spec",
    "Complexity": "Cx",
    "Devices/Technique": "Dev/Tech",
    "Plan": "P",
    "Next Steps": "Next",
    "Disposition": "Dispo",
    "Prior Imaging": "Prior img",
    "Imaging Reviewed": "Img",
    "Outside Studies": "OSH img",
    "Order": "Ord",
    "Simulation Order (intent)": "Ord",
    "ORDER DETAILS": "Ord",
    "Reason for resim": "Resim why",
    "Charge Capture": "Chg",
    "Superbill": "SB",
    "CHARGES": "Chg",
    "Billing": "Bill",
    "Addendum": "ADD",
}


def _words_ok(word: str) -> bool:
    return len(word) >= 6 and word.lower().strip(".,;:()") not in PROTECT


def _typo(rng: random.Random, text: str) -> str:
    out = []
    for tok in re.split(r"(\s+)", text):
        if tok and not tok.isspace() and _words_ok(tok) and tok.isalpha() and rng.random() < 0.12:
            i = rng.randrange(1, len(tok) - 2)
            tok = pick(
                rng, [tok[:i] + tok[i + 1] + tok[i] + tok[i + 2 :], tok[:i] + tok[i + 1 :], tok[:i] + tok[i] + tok[i:]]
            )
        elif tok == " " and rng.random() < 0.06:
            tok = "  "
        out.append(tok)
    return "".join(out)


def _ocr(rng: random.Random, text: str) -> str:
    out = []
    for tok in re.split(r"(\s+)", text):
        if tok and not tok.isspace() and _words_ok(tok) and rng.random() < 0.18:
            choice = rng.randrange(4)
            if choice == 0 and "m" in tok:
                tok = tok.replace("m", "rn", 1)
            elif choice == 1 and "O" in tok:
                tok = tok.replace("O", "0")
            elif choice == 2 and "l" in tok[1:]:
                j = tok.index("l", 1)
                tok = tok[:j] + "1" + tok[j + 1 :]
            elif choice == 3 and len(tok) >= 8 and tok.isalpha():
                j = len(tok) // 2
                tok = tok[:j] + "-\n" + tok[j:]
        out.append(tok)
    return "".join(out)


def _insert_outside(text: str, old: str, new: str) -> str:
    """Replace the first occurrence of old that lies outside any evidence markup."""
    start = 0
    while (i := text.find(old, start)) >= 0:
        if text.count("{{", 0, i) == text.count("}}", 0, i):
            return text[:i] + new + text[i + len(old) :]
        start = i + 1
    return text


def _shorthand(text: str) -> str:
    for pat, rep in SHORT:
        text = re.sub(pat, rep, text)
    return text


def layout(rng: random.Random, plan: dict[str, Any], sections: list[tuple[str, str, list[str]]]) -> list[str]:
    """Turn sections into marked lines according to the note's style."""
    style = plan["style"]
    base = style
    if style == "long":
        base = rng.choice(["template", "dictated", "bullets"])
    if style in ("allcaps", "typos", "ocr_fax", "hl7", "table"):
        base = rng.choice(["template", "template", "bullets"])
    lines: list[str] = []
    bullet = pick(rng, ["- ", "* ", "o ", "> ", "+ "])
    colon = pick(rng, [":", ":", " -", "::"])
    for key, head, body in sections:
        if key == "header" or not head:
            lines.extend(body)
            continue
        if base == "dictated":
            para = " ".join(b if b.rstrip()[-1:] in ".:?!" else b + "." for b in body if b.strip())
            if len(body) > 2 and rng.random() < 0.3:
                para = _insert_outside(para, ". ", ". [inaudible] ")
            if rng.random() < 0.25:
                para += " [inaudible]."
            lines.append(f"{head.upper()}{colon} {para}")
        elif base == "terse":
            short = TERSE_HEADS.get(head.split(" (")[0], head.split()[0][:5])
            lines.append(f"{short}{pick(rng, [':', ' >', ' -'])} " + "; ".join(b.rstrip(".") for b in body))
        elif base == "bullets":
            lines.append(head.upper() if rng.random() < 0.5 else head + ":")
            lines.extend(bullet + b for b in body)
        else:
            if len(body) == 1 and rng.random() < 0.6:
                lines.append(f"{head}{colon} {body[0]}")
            else:
                lines.append(f"{head.upper()}{colon}")
                lines.extend(body)
        if style not in ("terse", "hl7") and rng.random() < 0.35:
            lines.append("")
    if base == "dictated":
        lines.insert(
            2,
            pick(
                rng,
                [
                    "Dictated by the attending; transcribed offshore (job XXXXX).",
                    "This is a dictated note. [inaudible] Transcription service ID XXXXX.",
                    "Voice dictation, transcribed by MedTrans Global.",
                ],
            ),
        )
        lines.append(pick(rng, ["D: [redacted]  T: [redacted]", "Dictated but not read.", "TR: XXXXX / job XXXXX"]))
    if style == "typos" and rng.random() < 0.5:
        lines = [ln.replace(": ", ":  ", 1) if rng.random() < 0.3 else ln for ln in lines]
    return lines


def _degrade(rng: random.Random, plan: dict[str, Any], lines: list[str]) -> tuple[list[list[Seg]], str, list[str]]:
    """Parse lines into segments and apply the style's degradation to plain text only."""
    style = plan["style"]
    segs = [parse(ln) for ln in lines]
    extra: list[str] = []
    if style == "terse" or (style == "long" and rng.random() < 0.3):
        segs = [map_plain(s, _shorthand) for s in segs]
    if style == "typos":
        segs = [map_plain(s, lambda t: _typo(rng, t)) for s in segs]
    if style == "ocr_fax":
        segs = [map_plain(s, lambda t: _ocr(rng, t)) for s in segs]
        pages = rng.randint(2, 4)
        banner = (
            f"{pick(rng, ['02/11/2026 14:32', '2026-03-04 09:18', 'MAR-19-2026 16:05'])}  FAX "
            f"{pick(rng, ['555-XXX-XXXX', '(XXX) XXX-4410'])}  SUNBELT RAD PARTNERS"
        )
        out: list[list[Seg]] = [[Seg(f"{banner}  P.001/00{pages}")], [Seg("")]]
        step = max(4, len(segs) // pages)
        page = 1
        for i, s in enumerate(segs):
            out.append(s)
            if i and i % step == 0 and page < pages:
                page += 1
                out += [[Seg(f"Page {page - 1} of {pages}")], [Seg(f"{banner}  P.00{page}/00{pages}")]]
        out.append([Seg(f"Page {pages} of {pages}")])
        segs = out
        extra.append("fax_banner")
    if style == "allcaps":
        segs = [upper_all(s) for s in segs]
    joiner = "\n"
    if style == "hl7":
        joiner = pick(rng, ["\\.br\\", "~", "\\.br\\ "])
        segs = [[Seg("MSH|^~\\&|OSRO|SUNBELT|BILLING|CODER|2026XXXX||MDM^T02|XXXXX|P|2.5")]] + [
            [Seg(f"OBX|{i + 1}|TX|||"), *s] for i, s in enumerate(segs) if any(x.text.strip() for x in s)
        ]
        extra.append("hl7_markers")
    if style == "dictated" or any("[inaudible]" in x.text for s in segs for x in s):
        extra.append("inaudible")
    return segs, joiner, extra


def _derived(spans: list[dict[str, Any]]) -> tuple[bool, int | None, list[str], list[str]]:
    spans = sorted(spans, key=lambda s: (s["start"], s["end"]))
    rat = any(s["label"] == "RATIONALE" for s in spans)
    feats = sorted({s["value"] for s in spans if s["label"] == "FEATURE"})
    mods = [m for m in MODS if any(s["label"] == "MODALITY" and s["value"] == m for s in spans)]
    counts = [s for s in spans if s["label"] == "AREA_COUNT"]
    sites = [(s["value"], "") for s in spans if s["label"] == "TREATMENT_SITE"]
    areas = int(counts[-1]["value"]) if counts else (area_count(sites) if sites else None)
    return rat, areas, feats, mods


def build(base: dict[str, Any]) -> dict[str, Any]:
    """Plan, compose, lay out, degrade and check one note; return its record."""
    plan = make_plan(base)
    rng = random.Random(f"simcheck-writer-o-v1:{plan['id']}:text")
    if plan["outcome"] == "non_sim":
        sections = compose_nonsim(rng, plan)
    elif plan["outcome"] == "nothing":
        sections = compose_nothing(rng, plan)
    else:
        sections = compose_sim(rng, plan)
    lines = layout(rng, plan, sections)
    segs, joiner, extra = _degrade(rng, plan, lines)
    text, spans = assemble(segs, joiner)
    for sp in spans:
        sp["text"] = text[sp["start"] : sp["end"]]
    want_areas = area_count(plan["areas"]) if plan["areas"] else None
    got = _derived(spans)
    want = (plan["cat"] is not None, want_areas, sorted(plan["features"]), plan["mods"])
    if got != want:
        raise RuntimeError(f"{plan['id']}: spans {got} disagree with plan {want}")
    dec = decide_labels(*want)
    expected = {
        "supported_feature": ("77290", True),
        "supported_areas": ("77290", True),
        "unsup_no_rationale": ("77290", False),
        "unsup_unknown_areas": ("77290", False),
        "unsup_no_imaging": ("77290", False),
        "level_77285": ("77285", False),
        "level_77280": ("77280", False),
        "nothing": ("undetermined", False),
        "non_sim": ("undetermined", False),
    }[plan["outcome"]]
    if (dec.level, dec.supported) != expected:
        raise RuntimeError(f"{plan['id']}: decision {dec} does not give outcome {plan['outcome']}")
    if plan["outcome"] == "supported_areas" and plan["features"]:
        raise RuntimeError(f"{plan['id']}: supported_areas with a feature")
    for sp in spans:
        del sp["text"]
    keys = [k for k, _h, _b in sections]
    traps = list(dict.fromkeys(plan["traps"] + extra))
    words = len(re.findall(r"[a-z0-9]+(?:['/][a-z0-9]+)*", text.lower()))
    return {
        "id": plan["id"],
        "text": text,
        "labels": {
            "rationale": want[0],
            "treatment_areas": want[1],
            "features": want[2],
            "modalities": want[3],
            "supported": dec.supported,
            "level": dec.level,
            "missing": dec.missing,
        },
        "spans": spans,
        "meta": {
            "writer": "o",
            "site": _site_label(plan),
            "style": plan["style"],
            "note_type": plan["note_type"],
            "skeleton": f"{plan['note_type']}/{plan['style']}/" + ">".join(keys),
            "traps": traps,
            "words": words,
            "outcome": plan["outcome"],
            "rationale_category": plan["cat"],
        },
    }


def _site_label(plan: dict[str, Any]) -> str:
    from .vocab import SITES

    return str(SITES[plan["site"]]["label"])
