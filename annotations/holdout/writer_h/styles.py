"""Writer H's nine styles: per-piece transforms (plain text only, except capitals) and section layouts."""

from __future__ import annotations

import random
import re

REGISTERS = {
    "cprs_mixed": ("prose", "prose", "field"),
    "vista_caps": ("field", "prose"),
    "tiu_template": ("check", "field", "check"),
    "tech_shorthand": ("terse",),
    "hurried_typos": ("prose", "prose", "terse"),
    "long_veteran": ("prose", "prose", "field"),
    "scanned_outside": ("prose",),
    "grid_table": ("field",),
    "soap_brief": ("terse", "prose"),
}

HEADINGS = {
    "indication": ("Diagnosis", "Indication", "Dx", "Reason for simulation", "Clinical indication", "Problem"),
    "hpi": ("History of present illness", "HPI", "Oncologic history", "Brief history"),
    "interval": ("Interval history", "Course to date", "Timeline", "Pertinent events"),
    "service": ("Military/exposure history", "Military history", "Service and exposures", "Toxic exposure screen"),
    "sc": ("Service connection", "SC/eligibility", "Eligibility"),
    "pmh": ("Past medical history", "PMH", "Active problems", "Problem list"),
    "psh": ("Past surgical history", "PSH", "Surgical history"),
    "meds": ("Active outpatient medications", "Medications", "Meds (VA and non-VA)", "Active meds"),
    "allergies": ("Allergies/ADRs", "Allergies", "Adverse reactions"),
    "social": ("Social history", "SH", "Social/functional"),
    "screens": ("Clinical reminders / screens", "Screens", "Behavioral health screens"),
    "ros": ("Review of systems", "ROS", "Systems review"),
    "exam": ("Physical exam", "Exam", "PE", "Objective"),
    "labs": ("Labs", "Laboratory data", "Recent labs"),
    "path": ("Pathology", "Path", "Tissue diagnosis"),
    "goals": ("Goals of care", "Advance directive / LST", "GOC"),
    "prior_imaging": ("Imaging reviewed", "Prior imaging", "Diagnostic studies", "Outside imaging reviewed"),
    "consent": ("Consent/time-out", "Time-out", "Consent", "Universal protocol"),
    "position": ("Position/immobilization", "Setup", "Patient position", "Immobilization"),
    "scan": ("Scan", "Imaging acquired", "Simulation imaging", "Acquisition", "Simulation"),
    "fusion": ("Image registration", "Fusion", "Registration", "Secondary image sets"),
    "areas": ("Treatment areas", "Sites", "Targets", "Isocenter(s)", "Treatment site(s)"),
    "technique": ("Technique", "Treatment technique", "Delivery", "Beam arrangement"),
    "shielding": ("Blocks/shielding", "Field shaping", "Shielding", "Blocking"),
    "brachy": ("Applicator", "Brachytherapy procedure", "Insertion/verification", "Procedure"),
    "hyperthermia": ("Hyperthermia", "Thermometry"),
    "rationale": ("Complexity", "Medical necessity", "Rationale", "Justification", "Complex simulation"),
    "copy": ("Prior course", "Previous simulation", "Carried forward"),
    "other": ("Comment", "Other", "Note", "Additional"),
    "plan": ("Plan", "Next steps", "Disposition", "Follow-up"),
    "marks": ("Marks", "Reference marks", "Tattoos"),
    "order": ("Order", "Orders received", "Ordered"),
    "procedure": ("Procedure", "Procedure performed", "What was done"),
    "context": ("Reason for visit", "Context", "Reason for re-simulation", "Why here today"),
    "anesthesia": ("Anesthesia/sedation", "Sedation", "Analgesia"),
    "summary": ("Summary", "Course summary", "Treatment delivered"),
    "assessment": ("Assessment", "Impression", "A/P"),
    "subjective": ("Subjective", "Interval history", "Chief complaint", "Reason for contact"),
    "request": ("Services requested", "Requested care", "Request"),
    "recommendation": ("Recommendation", "Board recommendation", "Consensus"),
    "check": ("Second check", "Checks performed", "Physics review"),
    "records": ("Records received", "Documents", "Scanned items"),
    "dosimetry": ("Dosimetry", "Plan details", "Planning"),
    "blank": ("Simulation template", "Template fields"),
    "event": ("Event", "What happened", "Course of visit"),
    "nursing": ("Nursing screen", "RN intake", "Nursing assessment"),
    "nutrition": ("Nutrition", "Weight/nutrition"),
    "dental": ("Dental", "Dental status"),
    "travel": ("Travel/lodging", "Logistics"),
    "whole_health": ("Whole Health", "What matters most"),
    "psychosocial": ("Psychosocial", "Support/coping"),
    "functional": ("Functional status", "Function"),
    "interval2": ("Earlier history", "Remote history", "Additional timeline"),
    "consent_detail": ("Informed consent discussion", "Consent details", "Risks reviewed"),
    "reminders": ("Clinical reminders", "Reminders due/satisfied", "CPRS reminders"),
    "problems": ("Problem list (ICD-10)", "Active problem list"),
    "vitals": ("Vitals trend", "Recent vitals"),
    "medrec": ("Medication reconciliation", "Pharmacy"),
    "coordination": ("Care coordination", "Coordination"),
    "narrative": ("Narrative", "Presentation", "Story"),
    "medonc": ("Medical oncology", "Systemic therapy"),
    "ros_full": ("ROS (by system)", "Complete ROS"),
    "exam_full": ("Exam by system", "Detailed exam"),
    "education": ("Education", "Patient education"),
}

TECH_HEAD = {"indication": "Dx", "position": "Pos", "scan": "Scan", "fusion": "Fusion", "areas": "Sites",
             "technique": "Tech", "shielding": "Blk", "rationale": "Why", "plan": "Plan", "marks": "Marks",
             "prior_imaging": "Imaging", "other": "Note", "copy": "Prior", "consent": "TO", "brachy": "Brachy",
             "context": "Reason", "order": "Order", "procedure": "Done", "hpi": "Hx", "check": "Chk"}

SOAP_GROUP = {"subjective": "S", "indication": "S", "hpi": "S", "context": "S", "other": "S", "interval": "S",
              "service": "S", "prior_imaging": "O", "position": "O", "scan": "O", "fusion": "O", "areas": "O",
              "technique": "O", "shielding": "O", "brachy": "O", "hyperthermia": "O", "marks": "O", "consent": "O",
              "procedure": "O", "order": "O", "exam": "O", "labs": "O", "copy": "O", "event": "O", "summary": "O",
              "rationale": "A", "assessment": "A", "plan": "P", "recommendation": "P", "request": "P"}

_ABBREV = (
    (r"\bpatient\b", "pt"), (r"\bPatient\b", "Pt"), (r"\bwithout\b", "w/o"), (r"\bwith\b", "w/"),
    (r"\bhistory\b", "hx"), (r"\btreatment\b", "tx"), (r"\bbilateral\b", "b/l"), (r"\band\b", "&"),
    (r"\bminutes\b", "min"), (r"\bsimulation\b", "sim"), (r"\bposition\b", "pos"), (r"\bbecause\b", "b/c"),
    (r"\bapproximately\b", "~"), (r"\bVeteran\b", "Vet"), (r"\bright\b", "R"), (r"\bleft\b", "L"),
    (r"\bplaced\b", "plcd"), (r"\bdiagnosis\b", "dx"), (r"\bprior to\b", "PTA"),
)


def abbreviator(rng: random.Random):
    active = [(re.compile(p), r) for p, r in _ABBREV if rng.random() < 0.75]

    def fn(text: str) -> str:
        for pat, rep in active:
            text = pat.sub(rep, text)
        return text
    return fn


def typist(rng: random.Random):
    rate = rng.choice((0.04, 0.06, 0.08))

    def mangle(word: str) -> str:
        if len(word) < 5 or not word.isalpha() or word.isupper():
            return word
        k = rng.randrange(4)
        i = rng.randrange(1, len(word) - 2)
        if k == 0:
            return word[:i] + word[i + 1] + word[i] + word[i + 2:]
        if k == 1:
            return word[:i] + word[i + 1:]
        if k == 2:
            return word[:i] + word[i] + word[i:]
        return word[:i] + rng.choice("eaiorn") + word[i + 1:]

    def fn(text: str) -> str:
        parts = re.split(r"(\s+)", text)
        out = []
        for part in parts:
            if part and not part.isspace() and rng.random() < rate:
                m = re.match(r"^([A-Za-z]+)(\W*)$", part)
                if m:
                    part = mangle(m.group(1)) + m.group(2)
            elif part == " " and rng.random() < 0.05:
                part = "  "
            out.append(part)
        text = "".join(out)
        text = re.sub(r"\. (?=[A-Z])", lambda m: rng.choice((". ", ". ", ".  ", ".")), text)
        text = re.sub(r", ", lambda m: rng.choice((", ", ", ", ", ", " , ", ",")), text)
        return text
    return fn


def transforms(style: str, rng: random.Random):
    """Return (plain, evidence) transforms for the body of a note in this style."""
    if style == "vista_caps":
        return str.upper, str.upper
    if style == "tech_shorthand":
        return abbreviator(rng), (lambda t: t)
    if style == "hurried_typos":
        return typist(rng), (lambda t: t)
    return (lambda t: t), (lambda t: t)


def _indent(body: str, pad: str) -> str:
    return "\n".join(pad + line if line else line for line in body.split("\n"))


def layout(style: str, sections: list[tuple[str, str]], rng: random.Random, title: str = "") -> str:
    """Lay out ``(key, body)`` sections in the style's format (bodies are markup)."""
    heads = {k: rng.choice(v) for k, v in HEADINGS.items()}
    out: list[str] = []
    if style in ("cprs_mixed", "long_veteran", "vista_caps"):
        caps = style != "cprs_mixed" or rng.random() < 0.3
        pad = rng.choice(("", "  ", " ", "   "))
        for key, body in sections:
            h = heads.get(key, key).upper() if caps else heads.get(key, key)
            if "\n" not in body and len(body) < 70 and rng.random() < 0.6:
                out.append(f"{h}: {body}")
            else:
                out.append(f"{h}:\n{_indent(body, pad)}")
        return ("\n\n" if rng.random() < 0.7 else "\n").join(out) + "\n"
    if style == "tiu_template":
        ver = f"v{rng.randint(1, 4)}.{rng.randint(0, 9)}"
        out.append(f"{title or 'RADIATION ONCOLOGY TEMPLATE'} ({ver})")
        out.append(rng.choice(("(*) indicates a required field", "Fields marked (*) are required",
                               "* = required entry")))
        out.append("-" * rng.choice((40, 52, 60)))
        for key, body in sections:
            star = "(*) " if rng.random() < 0.5 and not body.startswith("(*)") else ""
            if body.startswith("(*)") or body.startswith("Imaging (*)") or "(*)" in body.split("\n")[0]:
                out.append(body)
            elif "\n" in body:
                out.append(f"{star}{heads.get(key, key).upper()}:\n{_indent(body, '   ')}")
            else:
                out.append(f"{star}{heads.get(key, key).upper()}: {body}")
        return "\n".join(out) + "\n"
    if style == "tech_shorthand":
        for key, body in sections:
            h = TECH_HEAD.get(key, heads.get(key, key))
            sep = rng.choice(("- ", ": ", " - "))
            if "\n" in body:
                out.append(f"{h}{sep.strip()}\n{body}")
            else:
                out.append(f"{h}{sep}{body}")
        return "\n".join(out) + "\n"
    if style == "hurried_typos":
        para: list[str] = []
        for key, body in sections:
            if "\n" in body:
                if para:
                    out.append(" ".join(para))
                    para = []
                out.append(f"{heads.get(key, key)} -\n{body}" if rng.random() < 0.5 else body)
            elif rng.random() < 0.3:
                if para:
                    out.append(" ".join(para))
                    para = []
                out.append(f"{heads.get(key, key)} - {body}")
            else:
                para.append(body if body.rstrip().endswith((".", ":", ")")) else body + ".")
                if len(para) >= rng.randint(2, 4):
                    out.append(" ".join(para))
                    para = []
        if para:
            out.append(" ".join(para))
        return "\n\n".join(out) + "\n"
    if style == "scanned_outside":
        for key, body in sections:
            if key == "letter":
                out.append(body)
                continue
            h = heads.get(key, key)
            if rng.random() < 0.5:
                out.append(f"{h}\n{'-' * len(h)}\n{body}")
            else:
                out.append(f"{h}: {body}" if "\n" not in body else f"{h}:\n{body}")
        return "\n\n".join(out) + "\n"
    if style == "grid_table":
        bar = rng.choice(("=", "-", "~"))
        for key, body in sections:
            h = heads.get(key, key).upper()
            if rng.random() < 0.5:
                out.append(f"{bar * 3} {h} {bar * max(3, 40 - len(h))}\n{body}")
            else:
                out.append(f"| {h:<22}| " + body.replace("\n", "\n| " + " " * 22 + "| "))
        return "\n".join(out) + "\n"
    if style == "soap_brief":
        groups: dict[str, list[str]] = {"S": [], "O": [], "A": [], "P": []}
        for key, body in sections:
            groups[SOAP_GROUP.get(key, "O")].append(body)
        for g in ("S", "O", "A", "P"):
            if groups[g]:
                joiner = "\n   " if any("\n" in b for b in groups[g]) or rng.random() < 0.4 else " "
                items = [b.replace("\n", "\n   ") for b in groups[g]]
                items = [b if b.rstrip().endswith((".", ":", ")", "___")) or "\n" in b else b + "." for b in items]
                out.append(f"{g}: " + joiner.join(items))
        return "\n".join(out) + "\n"
    raise ValueError(style)
