"""Writer C's notes: a plan per note (what it documents, which traps), then the note written from the plan.

Labels come from the plan by the labeling guide; the rendered spans are checked against the plan before a
record is accepted, so labels and spans cannot drift apart.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from simcheck.annotations import decide_labels

from . import evidence as E
from . import filler as F
from . import phrases as P
from .markup import render, strip_marks
from .sites import SITES, Site
from .styles import STYLE_TRANSFORMS

SEED = "simcheck-writer-c-v1"
STYLES = list(STYLE_TRANSFORMS)
NONSIM = ["consult", "otv", "summary", "followup", "physics_note"]
GENERAL = ["sim_note", "sim_procedure", "order_procedure"]
SPECIAL_SITES = {
    "brachy_procedure": {"cervix", "prostate"},
    "srs_sbrt_sim": {"brain_mets", "lung", "bone_mets", "liver", "pancreas"},
    "peds_anesthesia_sim": {"pediatric", "medulloblastoma"},
    "palliative_sim": {"bone_mets", "lung", "brain_mets"},
    "resim": {"head_neck", "lung", "cervix", "rectum", "esophagus", "breast", "sarcoma", "bladder", "anal", "pancreas"},
    "boost_sim": {"breast", "prostate", "rectum", "head_neck", "bladder"},
    "electron_setup": {"skin", "breast"},
    "tbi_sim": {"tbi"},
    "csi_sim": {"medulloblastoma"},
}
OUTCOME_TYPES = {
    "supported_feature": GENERAL + list(SPECIAL_SITES),
    "supported_areas": [*GENERAL, "palliative_sim", "csi_sim", "resim", "srs_sbrt_sim"],
    "unsup_no_rationale": GENERAL + list(SPECIAL_SITES),
    "unsup_no_imaging": ["electron_setup", "palliative_sim"],
    "unsup_no_areas": [*GENERAL, "srs_sbrt_sim", "palliative_sim", "peds_anesthesia_sim", "resim"],
    "l77285": [*GENERAL, "palliative_sim", "resim", "csi_sim"],
    "l77280": [
        *GENERAL,
        "palliative_sim",
        "srs_sbrt_sim",
        "boost_sim",
        "resim",
        "electron_setup",
        "tbi_sim",
        "peds_anesthesia_sim",
    ],
    "undetermined_sim": [*GENERAL, "palliative_sim"],
    "nonsim": NONSIM,
}
OUTCOME_COUNTS = {
    "supported_feature": 100,
    "supported_areas": 20,
    "unsup_no_rationale": 24,
    "unsup_no_imaging": 8,
    "unsup_no_areas": 12,
    "l77285": 34,
    "l77280": 40,
    "undetermined_sim": 8,
    "nonsim": 54,
}
UNKNOWN_OK = {"bone_mets", "lymphoma", "pediatric", "sarcoma", "skin", "brain_mets"}
EXCLUSIVE = [{"prostate", "prostate bed"}, {"cervix", "vaginal cuff"}]
FEMALE = {"breast", "cervix"}
MALE = {"prostate"}
FOURD_SITES = {"lung", "liver", "pancreas", "esophagus"}
UNKNOWN_DX = {
    "bone_mets": [
        "metastatic carcinoma with painful osseous disease (sites per directive)",
        "secondary malignancy of bone (ICD-10 C79.51)",
    ],
    "lymphoma": ["lymphoma, see oncology history", "relapsed lymphoma (ICD-10 C83.38)"],
    "pediatric": ["a pediatric solid tumor on a cooperative-group protocol", "a sarcoma of childhood (ICD-10 C49.9)"],
    "sarcoma": ["soft tissue sarcoma, see problem list", "recurrent sarcoma (ICD-10 C49.9)"],
    "skin": ["multiple cutaneous malignancies, see dermatology notes", "cutaneous SCC (ICD-10 C44.92)"],
    "brain_mets": ["metastatic disease to brain (lesion count per planning MRI)", "brain metastases (ICD-10 C79.31)"],
}
UNKNOWN_AREA_TEXT = {
    "field": ["Treatment site(s): ___", "Treatment area(s): ***", "Sites: per planning directive (not yet entered)"],
    "check": ["Treatment areas: [ ] 1  [ ] 2  [ ] 3+", "Sites: ______"],
    "prose": ["The treatment sites will be finalized at contouring.", "Multiple sites, see plan."],
    "terse": ["sites: see directive", "areas: ___"],
}


@dataclass
class Plan:
    """What one note documents and how it is written."""

    nid: str
    rng: random.Random
    site: Site
    note_type: str
    style: str
    outcome: str
    form: str
    side: str
    sex: str
    age: int
    vendor: str
    rationale: tuple[str, str] | None = None
    areas: list[tuple[str, str]] = field(default_factory=list)
    stated: bool = False
    features: list[str] = field(default_factory=list)
    modalities: list[str] = field(default_factory=list)
    fourd: bool = False
    old_contrast: bool = False
    traps: list[str] = field(default_factory=list)
    addendum: str | None = None
    late_feature: str | None = None
    dx: str = ""
    relative: str = "daughter"

    @property
    def sim(self) -> bool:
        """Whether the note documents a simulation."""
        return self.note_type not in NONSIM

    @property
    def unknown(self) -> bool:
        """Whether the note gives no way to count treatment areas."""
        return self.outcome in ("unsup_no_areas", "undetermined_sim")


def _fill(p: Plan, text: str) -> str:
    other = {"left": "right", "right": "left"}[p.side]
    pr, pos = ("she", "her") if p.sex == "F" else ("he", "his")
    for key, value in (
        ("{side}", p.side),
        ("{Side}", p.side.capitalize()),
        ("{other}", other),
        ("{age}", str(p.age)),
        ("{pr}", pr),
        ("{Pr}", pr.capitalize()),
        ("{pos}", pos),
    ):
        text = text.replace(key, value)
    return text


def _available_features(site: Site, note_type: str) -> list[str]:
    if note_type == "brachy_procedure":
        return ["brachytherapy"]
    if note_type in ("electron_setup", "tbi_sim"):
        return ["custom_shielding"]
    if note_type == "srs_sbrt_sim":
        return ["arc_rotational"] + (["contrast"] if site.contrast else [])
    feats = [f for f in site.features if f != "brachytherapy"]
    if note_type == "boost_sim" and site.key == "breast":
        feats = ["custom_shielding", "arc_rotational"]
    elif "custom_shielding" in feats and site.key not in E.SHIELD:
        feats.remove("custom_shielding")
    return feats + (["contrast"] if site.contrast else [])


def _area_pool(site: Site, note_type: str) -> list[tuple[str, list[str]]]:
    if note_type == "csi_sim":
        return site.areas[:3]
    if note_type == "brachy_procedure":
        return [a for a in site.areas if a[0] in ("cervix", "vaginal cuff", "prostate")]
    if note_type == "boost_sim":
        return [site.areas[{"rectum": 1, "bladder": 2}.get(site.key, 0)]]
    return site.areas


def _max_areas(site: Site, note_type: str) -> int:
    if site.key == "pediatric":
        return 1
    pool = [a[0] for a in _area_pool(site, note_type)]
    return len(pool) - sum(1 for group in EXCLUSIVE if len(group & set(pool)) > 1)


def _compatible(outcome: str, site: Site, note_type: str) -> bool:
    if note_type in SPECIAL_SITES and site.key not in SPECIAL_SITES[note_type]:
        return False
    if site.key in ("tbi",) and note_type not in ("tbi_sim", "sim_note"):
        return False
    if site.key == "medulloblastoma" and note_type not in ("csi_sim", "peds_anesthesia_sim", "sim_note"):
        return False
    feats = _available_features(site, note_type)
    max_areas = _max_areas(site, note_type)
    if note_type in ("brachy_procedure", "tbi_sim", "boost_sim"):
        max_areas = 1
    if outcome in ("supported_feature", "unsup_no_rationale", "unsup_no_imaging", "unsup_no_areas") and not feats:
        return False
    if outcome == "supported_areas":
        return max_areas >= 3 and note_type not in ("electron_setup",) and site.key not in ("skin",)
    if outcome == "l77285":
        return max_areas >= 2
    if outcome in ("unsup_no_areas", "undetermined_sim"):
        return site.key in UNKNOWN_OK and note_type not in ("csi_sim", "tbi_sim", "brachy_procedure")
    if outcome == "unsup_no_imaging":
        return site.key in ("skin", "breast", "bone_mets")
    if outcome == "l77280" and note_type == "electron_setup":
        return site.key == "skin"
    return True


def allocate() -> list[tuple[str, str, str, str]]:
    """Return (outcome, site, note type, style) for the 300 notes, balanced and seeded."""
    rng = random.Random(f"{SEED}:allocate")
    outcomes = [o for o, n in OUTCOME_COUNTS.items() for _ in range(n)]
    rng.shuffle(outcomes)
    site_use: Counter[str] = Counter()
    type_use: Counter[str] = Counter()
    style_use: Counter[str] = Counter()
    combo_use: Counter[tuple[str, str]] = Counter()
    plans = []
    for outcome in outcomes:
        pairs = [(s, t) for s in SITES for t in OUTCOME_TYPES[outcome] if _compatible(outcome, SITES[s], t)]
        pairs.sort(key=lambda st: (site_use[st[0]] + type_use[st[1]] * 0.5 + rng.random() * 3, st))
        site_key, note_type = pairs[0]
        styles = sorted(STYLES, key=lambda s: (style_use[s] + combo_use[(note_type, s)] * 2 + rng.random() * 2, s))
        style = styles[0]
        site_use[site_key] += 1
        type_use[note_type] += 1
        style_use[style] += 1
        combo_use[(note_type, style)] += 1
        plans.append((outcome, site_key, note_type, style))
    return plans


def _pick_areas(p: Plan, n: int) -> list[tuple[str, str]]:
    rng = p.rng
    if p.note_type == "csi_sim" and n == 2:
        return [
            ("brain", rng.choice(["whole brain", "cranial field"])),
            ("spine", rng.choice(["entire spine", "spinal field"])),
        ]
    pool = _dx_pool(p, _area_pool(p.site, p.note_type))
    first = pool[0]
    rest = [a for a in pool if a is not first]
    if p.note_type != "csi_sim":
        rng.shuffle(rest)
    chosen = [first]
    for area in rest:
        if len(chosen) >= n:
            break
        keys = {c[0] for c in chosen} | {area[0]}
        if any(len(group & keys) > 1 for group in EXCLUSIVE):
            continue
        chosen.append(area)
    if len(chosen) < n:
        raise ValueError(f"{p.nid}: not enough areas")
    return [(_fill(p, key), _fill(p, rng.choice(surfaces))) for key, surfaces in chosen]


def _dx_pool(p: Plan, pool: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """Keep the areas consistent with the diagnosis line (post-op prostate, endometrium, pediatric primary)."""
    if p.site.key == "prostate":
        drop = "prostate" if "prostatectomy" in p.dx else "prostate bed"
        return [a for a in pool if a[0] != drop] or pool
    if p.site.key == "cervix":
        drop = "cervix" if "endometrial" in p.dx else "vaginal cuff"
        kept = [a for a in pool if a[0] != drop]
        return (
            sorted(kept, key=lambda a: a[0] not in ("cervix", "vaginal cuff"))
            if p.note_type == "brachy_procedure"
            else kept
        )
    if p.site.key == "pediatric":
        index = next(i for i, d in enumerate(p.site.dx) if _fill(p, d) == p.dx)
        return [pool[index]]
    return pool


def _pick_reason(p: Plan) -> tuple[str, str]:
    rng = p.rng
    if p.note_type == "brachy_procedure":
        if p.site.key == "cervix":
            return next(r for r in p.site.reasons if r[0] == "applicator verification")
        return (
            "applicator verification",
            "catheter positions relative to the urethra, bladder and rectal wall have "
            "to be verified before the HDR plan can be made",
        )
    if p.unknown:
        pool = [
            r
            for r in E.GENERIC_REASONS
            if r[0] != "fusion for delineation" or any(m in p.modalities for m in ("MRI", "PET"))
        ]
        return rng.choice(pool)
    ok = []
    for cat, text in p.site.reasons:
        if cat == "multiple targets" and len(p.areas) < 2:
            continue
        if cat == "custom shielding" and "custom_shielding" not in p.features:
            continue
        if cat == "contrast for delineation" and "contrast" not in p.features:
            continue
        if cat == "fusion for delineation" and not any(m in p.modalities for m in ("MRI", "PET")):
            continue
        if ("MRI" in text and "MRI" not in p.modalities) or ("PET" in text and "PET" not in p.modalities):
            continue
        if cat == "target motion" and not p.fourd:
            continue
        if cat == "applicator verification":
            continue
        ok.append((cat, text))
    if p.note_type in ("peds_anesthesia_sim",) or (p.site.key == "pediatric" and rng.random() < 0.6):
        ok = [r for r in ok if r[0] == "anesthesia/immobilization"] or ok
    if not p.modalities:
        ok = [r for r in ok if not re.search(r"scan|CT|MRI|PET|images|contour|registration|delineat", r[1])]
    if not ok:
        ok = [r for r in E.GENERIC_REASONS if r[0] in ("OAR proximity", "irregular target", "immobilization")]
        if not p.modalities:
            ok = [r for r in ok if not re.search(r"scan|CT|MRI|PET|images|contour|registration|delineat", r[1])]
    return rng.choice(ok)


def make_plan(nid: str, outcome: str, site_key: str, note_type: str, style: str) -> Plan:
    """Decide what a note documents, from its allocation."""
    rng = random.Random(f"{SEED}:{nid}")
    site = SITES[site_key]
    form = {
        "dictated": "prose",
        "long_narrative": "prose",
        "ehr_form": "field",
        "checklist": "check",
        "tech_terse": "terse",
        "shorthand": rng.choice(["terse", "field"]),
        "all_caps": rng.choice(["prose", "field", "terse", "check"]),
        "typos_spacing": rng.choice(["prose", "field", "terse"]),
    }[style]
    sex = "F" if site_key in FEMALE else "M" if site_key in MALE else rng.choice("FM")
    age = rng.randint(2, 13) if site_key in ("pediatric", "medulloblastoma") else rng.randint(34, 89)
    p = Plan(
        nid,
        rng,
        site,
        note_type,
        style,
        outcome,
        form,
        rng.choice(["left", "right"]),
        sex,
        age,
        rng.choice(P.OUTSIDE_LAYOUTS),
    )
    p.dx = _dx(p)
    p.relative = rng.choice(
        ["mother", "father"]
        if age < 18
        else ["daughter", "son", "sister", "partner", "husband" if sex == "F" else "wife"]
    )
    if not p.sim:
        p.traps.append("non_sim_note")
        return p
    feats = _available_features(site, note_type)
    # areas
    fixed_one = note_type in ("brachy_procedure", "tbi_sim", "boost_sim")
    if outcome in ("unsup_no_areas", "undetermined_sim"):
        n = 0
    elif outcome == "supported_areas":
        n = min(_max_areas(site, note_type), rng.choice([3, 4, 4]))
    elif outcome == "l77285":
        n = 2
    elif outcome == "l77280" or fixed_one:
        n = 1
    else:
        n = min(_max_areas(site, note_type), rng.choice([1, 1, 1, 2, 2, 3]))
        if note_type == "electron_setup" and site.key == "breast":
            n = 1
    if note_type == "csi_sim" and n == 1:
        n = rng.choice([2, 3])
    if site_key == "pediatric":
        n = min(n, 1)
    if n:
        p.areas = _pick_areas(p, n)
        p.stated = rng.random() < 0.4
    # features
    if outcome in ("supported_feature", "unsup_no_rationale", "unsup_no_areas", "unsup_no_imaging"):
        if outcome == "unsup_no_imaging":
            feats = ["custom_shielding"] if site.key != "bone_mets" else ["custom_shielding", "complex_blocking"]
        must = {
            "brachy_procedure": "brachytherapy",
            "electron_setup": "custom_shielding",
            "tbi_sim": "custom_shielding",
            "srs_sbrt_sim": "arc_rotational",
        }.get(note_type)
        k = 1 if rng.random() < 0.7 else 2
        chosen = [must] if must and rng.random() < 0.85 else []
        for f in rng.sample(feats, len(feats)):
            if len(chosen) >= k:
                break
            if f not in chosen:
                chosen.append(f)
        if outcome == "unsup_no_rationale" and n >= 3 and rng.random() < 0.4:
            chosen = []
        p.features = sorted(chosen)
    # imaging
    if outcome == "unsup_no_imaging" or (
        outcome == "l77280" and note_type in ("palliative_sim", "electron_setup") and rng.random() < 0.35
    ):
        p.modalities = []
        p.traps.append("no_imaging_clinical_setup")
    else:
        mods = {"CT"}
        if note_type == "brachy_procedure":
            mods = set(rng.choice([["CT"], ["CT", "fluoroscopy"], ["fluoroscopy"], ["CT", "ultrasound"]]))
            if site.key == "prostate" and rng.random() < 0.6:
                mods.add("ultrasound")
        elif note_type == "palliative_sim" and rng.random() < 0.3:
            mods = {"fluoroscopy"}
        if site.fusion and (rng.random() < 0.35 or (site_key == "brain_mets" and note_type == "srs_sbrt_sim")):
            mods.add(rng.choice(site.fusion))
        if site_key == "brain_glioma" and rng.random() < 0.7:
            mods.add("MRI")
        p.modalities = [m for m in ("CT", "MRI", "PET", "fluoroscopy", "ultrasound") if m in mods]
        p.fourd = "CT" in mods and site_key in FOURD_SITES and (note_type == "srs_sbrt_sim" or rng.random() < 0.6)
        p.old_contrast = any(m in mods for m in ("MRI", "PET")) and rng.random() < 0.4
        if p.old_contrast:
            p.traps.append("fused_scan_old_contrast")
    # rationale
    if outcome in ("supported_feature", "supported_areas"):
        has_reason = True
    elif outcome == "unsup_no_rationale":
        has_reason = False
    else:
        has_reason = rng.random() < (0.55 if outcome in ("l77285", "l77280", "undetermined_sim") else 0.8)
    if has_reason:
        p.rationale = _pick_reason(p)
    _pick_traps(p)
    return p


def _pick_traps(p: Plan) -> None:
    rng = p.rng
    absent_feats = _absent_feats(p)
    absent_mods = [m for m in ("MRI", "PET") if m not in p.modalities]
    cands: list[str] = ["historical_imaging", "other_person", "copy_forward", "addendum_correction"]
    if absent_feats:
        cands += ["negated_feature", "planned_feature", "negated_feature"]
    if absent_mods and p.modalities:
        cands += ["planned_modality", "negated_modality"]
    if p.form in ("field", "check"):
        cands += ["blank_template", "blank_template"]
    if p.form == "check" and absent_feats:
        cands += ["unchecked_box", "unchecked_box"]
    if len(p.areas) == 1 and p.site.beams and p.note_type not in ("brachy_procedure", "electron_setup"):
        cands += ["many_beams_one_target", "many_beams_one_target"]
    if p.fourd and not p.features:
        p.traps.append("4dct_alone")
    if p.rationale is None:
        cands += ["bare_assertion", "bare_assertion", "hedged_rationale"]
    if not {"custom_shielding", "complex_blocking"} & set(p.features) and "CT" in p.modalities:
        cands += ["mlc_only"]
    if p.site.key in ("breast", "skin", "head_neck", "sarcoma"):
        cands += ["bolus_not_feature"]
    if "contrast" not in p.features and p.site.contrast:
        cands += ["contrast_allergy"]
    if p.site.prior and p.areas and p.rationale and p.rationale[0] != "prior field overlap":
        cands += ["prior_site_mention"]
    if p.note_type == "order_procedure":
        p.traps.append("order_not_done")
    if p.note_type == "resim":
        cands += ["copy_forward", "copy_forward"]
    k = 0 if p.outcome == "supported_feature" and rng.random() < 0.3 else rng.choice([1, 1, 2, 2, 3])
    chosen = 0
    for trap in rng.sample(cands, len(cands)):
        if chosen >= k:
            break
        if trap not in p.traps:
            p.traps.append(trap)
            chosen += 1
    if "addendum_correction" in p.traps:
        kinds = []
        if absent_feats:
            kinds.append("retract_feature")
        if p.features and p.features[0] not in ("brachytherapy",) and p.note_type != "electron_setup":
            kinds.append("late_feature")
        if absent_mods and p.modalities:
            kinds.append("retract_modality")
        if len(p.areas) >= 2:
            kinds.append("area_count")
        if not kinds:
            p.traps.remove("addendum_correction")
        else:
            p.addendum = rng.choice(kinds)
            if p.addendum == "late_feature":
                p.late_feature = p.features[0]
            if p.addendum == "area_count":
                p.stated = True
    if "bare_assertion" in p.traps and "hedged_rationale" in p.traps:
        p.traps.remove("hedged_rationale")


# --------------------------------------------------------------------------------------------- writing


HEADINGS = {
    "demo": ["Patient", "Identifiers", "Pt"],
    "dx": ["Diagnosis", "Dx", "Primary diagnosis", "Problem"],
    "hpi": ["History", "HPI", "History of present illness", "Oncologic history", "Brief history"],
    "pmh": ["Past medical history", "PMH"],
    "psh": ["Past surgical history", "PSH"],
    "meds": ["Medications", "Current medications", "Meds"],
    "allergies": ["Allergies", "ALLERGIES/INTOLERANCES"],
    "social": ["Social history", "Social"],
    "family": ["Family history", "FHx"],
    "ros": ["Review of systems", "ROS"],
    "exam": ["Physical exam", "Exam", "Objective"],
    "labs": ["Labs", "Laboratory"],
    "counsel": ["Discussion", "Counselling", "Education"],
    "indication": [
        "Indication",
        "Medical necessity",
        "Rationale for complex simulation",
        "Reason for simulation",
        "Clinical indication",
    ],
    "order": ["Simulation order", "Order details", "Orders placed"],
    "anesthesia": ["Anesthesia", "Sedation / anesthesia", "Anesthesia support"],
    "setup": ["Setup", "Positioning and immobilization", "Patient position", "Procedure"],
    "imaging": ["Imaging", "Scan acquisition", "CT acquisition", "Imaging for planning"],
    "areas": ["Treatment areas", "Target(s)", "Sites simulated", "Treatment sites"],
    "technique": ["Technique", "Treatment technique", "Special considerations", "Beam arrangement / devices"],
    "brachy": ["Applicator", "Insertion", "Brachytherapy details"],
    "measure": ["Measurements", "TBI measurements"],
    "marks": ["Marks", "Reference marks / tattoos", "Localization"],
    "copied": ["Prior course information", "Carried forward", "Previous simulation"],
    "plan": ["Plan", "Next steps", "Plan / follow-up"],
    "attest": ["Attestation", "Physician attestation", "Supervision"],
    "addendum": ["Addendum", "ADDENDUM", "Late entry / addendum"],
    "assessment": ["Assessment and plan", "Impression", "A/P", "Assessment"],
    "course": ["Treatment course", "Radiation delivered", "Course details"],
    "status": ["Interval status", "Subjective", "Status this week"],
    "physics": ["Physics review", "Findings", "Physics"],
    "imaging_hx": ["Imaging reviewed", "Prior imaging", "Diagnostic studies"],
    "interval": ["Interval history", "Since last visit", "Recent events"],
    "visit": ["Reason for visit", "Context", "Clinical situation", "Visit type"],
    "pathology": ["Pathology", "Pathology review"],
    "prior_tx": ["Prior treatment", "Systemic therapy history"],
    "goals": ["Goals of care", "Advance care planning"],
    "function": ["Functional status", "Performance status"],
    "nutrition": ["Nutrition", "Nutrition screen"],
    "nursing": ["Nursing intake", "RN assessment", "Screening"],
}


def _heading(p: Plan, key: str) -> str:
    return p.rng.choice(HEADINGS[key])


def _months(p: Plan, k: int) -> list[str]:
    start = p.rng.randrange(12)
    return [P.MONTHS[(start + i) % 12] for i in range(k)]


def _sign(p: Plan, role: str) -> str:
    init = p.rng.choice(P.INITIALS)
    pool = {"md": P.DOCTOR, "rtt": P.THERAPIST, "phys": P.PHYSICIST, "dosi": P.DOSIMETRIST}[role]
    return p.rng.choice(pool).replace("{i}", init)


def _history_lines(p: Plan, k: int) -> list[str]:
    if p.unknown:
        pool = [
            "Restaging CT with IV contrast last month showed interval progression.",
            "Prior PET/CT (outside) reviewed; report only, images not available.",
            "MRI with gadolinium in the spring was reported as showing new disease.",
        ]
    else:
        pool = p.site.history
    return [_fill(p, h) for h in p.rng.sample(pool, min(k, len(pool)))]


def _dx(p: Plan) -> str:
    if p.unknown:
        return p.rng.choice(UNKNOWN_DX[p.site.key])
    return _fill(p, p.rng.choice(p.site.dx))


def _negated(p: Plan, name: str) -> str:
    pool = {
        "contrast": [
            "No IV contrast was given (eGFR 34).",
            "Contrast: none.",
            "Contrast was not used for this scan.",
            "Oral contrast was declined by the patient.",
            "IV contrast held - no IV access after 3 attempts.",
        ],
        "arc_rotational": ["Not a VMAT case; 3D conformal technique.", "No arc technique needed."],
        "particle": ["Proton therapy is not being pursued (coverage denied).", "Not a proton candidate."],
        "custom_shielding": ["No custom blocks are required.", "No cutout needed."],
        "complex_blocking": ["No complex blocking required.", "Blocking: none beyond MLC."],
        "hyperthermia": ["Hyperthermia was not offered."],
        "brachytherapy": ["No applicator was placed today."],
    }
    return p.rng.choice(pool[name])


def _planned(p: Plan, name: str) -> str:
    pool = {
        "contrast": [
            "Will give IV contrast at the boost simulation if creatinine allows.",
            "Consider oral contrast at re-simulation if small bowel is hard to see.",
            "IV contrast to be used at a later scan if needed.",
        ],
        "arc_rotational": [
            "VMAT may be considered if the 3D plan does not meet constraints.",
            "Dosimetry to compare VMAT vs static IMRT before deciding.",
        ],
        "particle": ["Proton consult requested; may be replanned with protons if approved."],
        "custom_shielding": ["A custom block may be made after the first-day review if needed."],
        "complex_blocking": ["Possible complex blocking to be decided after contouring."],
        "hyperthermia": ["Hyperthermia referral is under consideration."],
        "brachytherapy": ["A brachytherapy boost is planned after external beam (separate procedure)."],
    }
    return p.rng.choice(pool[name])


def _mod_trap(p: Plan, name: str, negated: bool) -> str:
    if negated:
        pool = {
            "MRI": ["No MRI fusion - pacemaker, MRI not possible.", "MRI not available for registration."],
            "PET": ["PET/CT was not fused (no recent study).", "No PET registration done."],
        }
    else:
        pool = {
            "MRI": [
                "Will fuse the outside MRI when the disc is uploaded.",
                "Plan MR simulation next week if the schedule allows.",
            ],
            "PET": ["Will register the pending PET/CT once it is done next week.", "PET/CT ordered for staging."],
        }
    return p.rng.choice(pool[name])


def _absent_feats(p: Plan) -> list[str]:
    feats = [*_available_features(p.site, p.note_type), "arc_rotational"]
    out = [f for f in feats if f not in p.features]
    if not p.site.contrast:
        out = [f for f in out if f != "contrast"]
    return sorted(set(out))


def _absent_mods(p: Plan) -> list[str]:
    return [m for m in ("MRI", "PET") if m not in p.modalities]


def _build_sim(p: Plan) -> list[tuple[str, str]]:
    rng, form = p.rng, p.form
    traps = set(p.traps)
    absent_f = _absent_feats(p)
    absent_m = _absent_mods(p)
    sec: dict[str, list[str]] = {}

    def add(key: str, text: str) -> None:
        sec.setdefault(key, []).append(text)

    add(
        "demo",
        rng.choice(
            [
                "Name: [redacted]   MRN: XXXXX   DOS: [redacted]",
                "[redacted] | MRN XXXXX",
                "[redacted], DOB [redacted], MRN XXXXX, date of service [redacted]",
                "MRN XXXXX  CSN XXXXX  Visit date [redacted]",
            ]
        ),
    )
    dx = p.dx
    if form == "prose":
        sex_word = {"F": "woman", "M": "man"}[p.sex] if p.age > 17 else {"F": "girl", "M": "boy"}[p.sex]
        article = "an" if str(p.age)[0] == "8" or p.age in (11, 18) else "a"
        add("hpi", f"This is {article} {p.age}-year-old {sex_word} with {dx}.")
    else:
        add("dx", dx)
    if "historical_imaging" in traps:
        key = "hpi" if form == "prose" else "imaging_hx"
        for line in _history_lines(p, rng.choice([1, 2])):
            add(key, line)
    if "prior_site_mention" in traps:
        add(
            "hpi",
            _fill(p, f"Previously irradiated: {rng.choice(p.site.prior)} (records reviewed; not part of this course)."),
        )
    if "other_person" in traps:
        add("hpi" if form == "prose" else "family", rng.choice(P.OTHER_PERSON))
    # indication
    if p.rationale:
        add("indication", _fill(p, E.rationale(rng, p.rationale[0], _fill(p, p.rationale[1]), form)))
    if "bare_assertion" in traps:
        add("indication", rng.choice(P.BARE))
    if "hedged_rationale" in traps:
        add("indication", rng.choice(P.HEDGED))
    if "blank_template" in traps and p.rationale is None:
        add(
            "indication",
            rng.choice(
                [
                    "Medical necessity: ___",
                    "Reason for complex simulation: ***",
                    "Rationale: [ ] OAR proximity  [ ] irregular target  [ ] other: ____",
                ]
            ),
        )
    # order block (intent only; nothing counts)
    if p.note_type == "order_procedure":
        ordered = [f for f in p.features if f not in ("brachytherapy",)]
        not_done_f = rng.sample(absent_f, min(len(absent_f), rng.choice([1, 1, 2])))
        not_done_m = rng.sample(absent_m, min(len(absent_m), rng.choice([0, 1])))
        names = {
            "contrast": "IV/oral contrast",
            "arc_rotational": "VMAT setup",
            "particle": "proton CT protocol",
            "custom_shielding": "custom block fabrication",
            "complex_blocking": "complex blocking",
            "hyperthermia": "hyperthermia probes",
            "brachytherapy": "applicator verification",
        }
        items = ["CT simulation"] + [names[f] for f in sorted(set(ordered + not_done_f))]
        items += [f"{m} fusion" for m in sorted(set(not_done_m + [m for m in p.modalities if m in ("MRI", "PET")]))]
        add("order", f"Ordered by Dr. {rng.choice(P.INITIALS)}: " + "; ".join(items) + ".")
        for f in not_done_f:
            add(
                "imaging" if f == "contrast" else "technique",
                {
                    "contrast": "Contrast was ordered but not given: patient refused IV placement.",
                    "arc_rotational": "Arc setup listed on the order was not used; static fields chosen.",
                    "particle": "Proton protocol on the order was cancelled (insurance).",
                    "custom_shielding": "Block fabrication on the order was not needed and was not done.",
                    "complex_blocking": "Complex blocking on the order was not required after review.",
                    "hyperthermia": "Hyperthermia probes on the order were not placed.",
                    "brachytherapy": "Applicator listed on the order was not placed.",
                }[f],
            )
        for m in not_done_m:
            add("imaging", f"{m} fusion on the order was not done - images not received.")
    if p.note_type == "peds_anesthesia_sim":
        add(
            "anesthesia",
            rng.choice(
                [
                    "General anesthesia (propofol infusion) by the pediatric anesthesia team; LMA airway, monitored "
                    "throughout.",
                    "Sedation provided by anesthesia (Dr. [redacted]); child asleep for the full scan.",
                    "Propofol sedation, nasal cannula O2; recovered in PACU without issue.",
                ]
            ),
        )
    # setup
    setup = _fill(p, rng.choice(p.site.position))
    immob = _fill(p, rng.choice(p.site.immob))
    if form == "terse":
        add("setup", f"{setup}. {immob}.")
    elif form in ("field", "check"):
        add("setup", f"Position: {setup}\nImmobilization: {immob}")
    else:
        add("setup", f"The patient was positioned {setup}. {E.cap(immob)} used for immobilization.")
    if p.note_type == "tbi_sim":
        add(
            "measure",
            rng.choice(
                [
                    "Separations measured at head, neck, mediastinum, umbilicus, knees and ankles; "
                    "compensators calculated.",
                    "Patient thickness measured at 7 points; extended-SSD geometry confirmed at 4 m.",
                ]
            ),
        )
    # imaging
    mods_text = []
    for m in p.modalities:
        text = E.modality(rng, m, form, p.fourd and m == "CT", p.old_contrast and m in ("MRI", "PET"))
        mods_text.append((m, text))
    for m, text in mods_text:
        add("brachy" if p.note_type == "brachy_procedure" and m in ("fluoroscopy", "ultrasound") else "imaging", text)
    if not p.modalities:
        add(
            "imaging",
            rng.choice(
                [
                    "No imaging was used; the field was set clinically on the treatment machine from skin marks.",
                    "Clinical setup on the linac - no CT or other imaging obtained.",
                    "Setup by direct visualization and palpation; no scan.",
                ]
            ),
        )
    for f in p.features:
        if f == p.late_feature:
            add(
                "imaging" if f == "contrast" else "technique",
                _negated(p, f)
                if f != "contrast"
                else rng.choice(["Contrast: none documented at time of scan.", "No contrast recorded in this note."]),
            )
            continue
        text = E.feature(rng, p.site, f, form)
        add("imaging" if f == "contrast" else "brachy" if f == "brachytherapy" else "technique", text)
    if p.fourd and not p.features:
        add(
            "imaging",
            rng.choice(
                [
                    "Respiratory motion assessed on the 4D data; ITV approach.",
                    "Motion management only (no other special technique).",
                ]
            ),
        )
    if "negated_feature" in traps and absent_f:
        f = rng.choice(absent_f)
        add("imaging" if f == "contrast" else "technique", _negated(p, f))
    if "contrast_allergy" in traps:
        add(
            "allergies" if form != "prose" else "imaging",
            "Allergy: iodinated contrast (anaphylaxis 2018) - no contrast given today.",
        )
    if "negated_modality" in traps and absent_m:
        add("imaging", _mod_trap(p, rng.choice(absent_m), True))
    if "unchecked_box" in traps:
        boxes = {
            "contrast": "IV contrast",
            "arc_rotational": "VMAT/arc",
            "particle": "protons",
            "custom_shielding": "custom blocks",
            "complex_blocking": "complex blocking",
            "hyperthermia": "hyperthermia probe",
            "brachytherapy": "applicator",
        }
        add("technique", "  ".join(f"[ ] {boxes[f]}" for f in absent_f[:4]))
    if "blank_template" in traps:
        blanks = {
            "contrast": "Contrast: ___",
            "arc_rotational": "Arc/VMAT: ***",
            "particle": "Particle: ____",
            "custom_shielding": "Custom blocks: ___",
            "complex_blocking": "Complex blocking: ___",
            "hyperthermia": "Hyperthermia: ___",
            "brachytherapy": "Applicator: ___",
        }
        for f in absent_f[:2]:
            add("technique", blanks[f])
        if absent_m:
            add("imaging", f"{absent_m[0]} fusion: ___")
        add("plan", rng.choice(["Special instructions: ***", "Additional imaging: ___", "Other: ____"]))
    if "mlc_only" in traps:
        add(
            "technique",
            rng.choice(
                [
                    "Field apertures shaped with the MLC only.",
                    "MLC conformal shaping; no blocks.",
                    "Multileaf collimator shaping per dosimetry.",
                ]
            ),
        )
    if "bolus_not_feature" in traps:
        add(
            "technique",
            rng.choice(
                ["0.5 cm bolus over the scar.", "1 cm wax bolus made to fit the surface.", "Custom bolus fabricated."]
            ),
        )
    # areas
    if p.areas:
        if p.addendum == "area_count":
            wrong = len(p.areas) - 1
            add("areas", f"Treatment areas: {wrong} (see plan)")
        else:
            add("areas", E.area_list(rng, p.areas, p.stated, form))
        if "many_beams_one_target" in traps:
            beams = _fill(p, rng.choice(p.site.beams))
            add(
                "technique",
                rng.choice(
                    [
                        f"Beam arrangement: {beams}, all aimed at the single target.",
                        f"Plan concept: {beams} to this one volume.",
                        f"{E.cap(beams)} anticipated, one isocenter.",
                    ]
                ),
            )
    else:
        add("areas", rng.choice(UNKNOWN_AREA_TEXT[form]))
        if p.outcome == "unsup_no_areas" and "blank_template" not in traps:
            p.traps.append("blank_template")
    if "copy_forward" in traps:
        src = rng.choice(["2019", "2021", "[redacted]"])
        copied = [f"Copied from prior course sim note ({src}):"]
        ct = rng.choice(absent_f) if absent_f else None
        if ct == "contrast" or (ct is None and p.site.contrast):
            copied.append("IV contrast administered.")
        elif ct:
            copied.append(
                {
                    "arc_rotational": "VMAT technique.",
                    "particle": "Proton plan.",
                    "custom_shielding": "Custom Cerrobend block made.",
                    "complex_blocking": "Complex blocking drawn.",
                    "hyperthermia": "Hyperthermia probes placed.",
                    "brachytherapy": "Applicator verified.",
                }[ct]
            )
        if absent_m:
            copied.append(f"{absent_m[0]} fused for delineation.")
        if p.rationale is None:
            copied.append("Reason: tumor abutted the spinal cord and required careful contouring.")
        copied.append("[end of copied text]")
        add("copied", " ".join(copied))
    masked = p.site.key in ("head_neck", "brain_glioma", "brain_mets", "skin", "medulloblastoma")
    add("marks", _fill(p, rng.choice([m for m in P.MARKS if masked or "mask" not in m])))
    # plan
    add("plan", rng.choice(P.NEXT))
    if "planned_feature" in traps and absent_f:
        add("plan", _planned(p, rng.choice(absent_f)))
    if "planned_modality" in traps and absent_m:
        add("plan", _mod_trap(p, rng.choice(absent_m), False))
    if rng.random() < 0.5:
        add("plan", rng.choice(P.POST))
    if p.note_type in ("sim_note", "srs_sbrt_sim", "brachy_procedure", "csi_sim") or rng.random() < 0.3:
        add("attest", rng.choice(P.ATTEST))
    visit = {
        "resim": [
            "Re-simulation today because of 6 kg weight loss and a loose mask.",
            "Repeat simulation for adaptive replan after tumor shrinkage on CBCT.",
            "Resim requested: bladder filling inconsistent on daily imaging.",
        ],
        "boost_sim": [
            "Boost simulation after completing the initial phase.",
            "Cone-down simulation at 45 Gy, as planned at the start of treatment.",
        ],
        "palliative_sim": [
            "Same-day add-on for pain control, single fraction 8 Gy planned.",
            "Urgent palliative simulation; 20 Gy in 5 fractions intended.",
            "Palliative course, 30 Gy/10 fx.",
        ],
    }.get(p.note_type)
    if visit:
        add("visit", rng.choice(visit))
        if p.rationale is None:
            p.traps.append("visit_reason_not_rationale")
    # addendum
    if p.addendum:
        stamp = rng.choice(
            ["Addendum [redacted] 16:40:", "ADDENDUM (same day):", "Addendum by " + _sign(p, "md") + ":"]
        )
        if p.addendum == "retract_feature" and absent_f:
            f = rng.choice(absent_f)
            wrong = {
                "contrast": "IV contrast given.",
                "arc_rotational": "VMAT technique.",
                "particle": "Proton setup.",
                "custom_shielding": "Custom block made.",
                "complex_blocking": "Complex blocking.",
                "hyperthermia": "Hyperthermia probes placed.",
                "brachytherapy": "Applicator verified.",
            }[f]
            add("technique", wrong)
            add("addendum", f"{stamp} correction - the line '{wrong}' above was entered in error; this was not done.")
        elif p.addendum == "retract_modality" and absent_m:
            m = absent_m[0]
            add("imaging", f"{m} fused to planning CT.")
            add("addendum", f"{stamp} {m} fusion was NOT performed (wrong series selected); please disregard.")
        elif p.addendum == "late_feature" and p.late_feature:
            add(
                "addendum",
                f"{stamp} correction - "
                + E.feature(rng, p.site, p.late_feature, "terse")
                + " (omitted from the original entry).",
            )
        elif p.addendum == "area_count":
            add("addendum", f"{stamp} correction to the number of areas - " + E.area_list(rng, p.areas, True, "prose"))
    return [(k, "\n".join(v)) for k, v in sec.items()]


_SIM_ORDERS = [
    [
        "demo",
        "visit",
        "dx",
        "hpi",
        "imaging_hx",
        "family",
        "allergies",
        "indication",
        "order",
        "anesthesia",
        "setup",
        "measure",
        "imaging",
        "brachy",
        "areas",
        "technique",
        "copied",
        "marks",
        "plan",
        "attest",
        "addendum",
    ],
    [
        "demo",
        "dx",
        "indication",
        "hpi",
        "visit",
        "imaging_hx",
        "order",
        "areas",
        "anesthesia",
        "setup",
        "imaging",
        "brachy",
        "technique",
        "measure",
        "marks",
        "copied",
        "family",
        "allergies",
        "plan",
        "attest",
        "addendum",
    ],
    [
        "demo",
        "visit",
        "hpi",
        "dx",
        "imaging_hx",
        "order",
        "anesthesia",
        "setup",
        "brachy",
        "imaging",
        "technique",
        "areas",
        "measure",
        "indication",
        "copied",
        "marks",
        "family",
        "allergies",
        "attest",
        "plan",
        "addendum",
    ],
]


INTERVAL_TEMPLATES = [
    "{Pr} reports {sym} that began about {k} weeks ago, rated {k}/10, worse at night and partly relieved by {med}.",
    "Since the last visit {pr} has had {sym}; {pr} saw {who} on {mo} {d}, who {act}.",
    "On {mo} {d} {pr} called the nurse line about {sym}; advised to {adv}.",
    "{Pos} {fam} notes that {pr} has been {state} over the past {k} weeks.",
    "Functional status: walks {k} blocks, {adl}.",
    "{Pr} completed {thing} on {mo} {d} without complications.",
]
SLOTS = {
    "{sym}": [
        "aching pain",
        "increasing fatigue",
        "poor appetite",
        "intermittent nausea",
        "shortness of breath",
        "a dry cough",
        "insomnia",
        "low-grade fevers",
        "constipation",
        "burning with urination",
    ],
    "{med}": ["acetaminophen", "oxycodone", "ibuprofen", "a heating pad", "rest", "ondansetron"],
    "{who}": ["primary care", "medical oncology", "the urgent care", "cardiology", "the surgeon", "pain service"],
    "{act}": [
        "adjusted the medications",
        "ordered labs",
        "reassured {pos2}",
        "started antibiotics",
        "increased the steroid dose",
    ],
    "{adv}": ["increase fluids", "use the bowel regimen", "come in for labs", "take the as-needed medication"],
    "{fam}": ["daughter", "son", "husband", "wife", "sister", "partner", "mother"],
    "{state}": ["more tired", "more forgetful", "eating less", "in better spirits", "more active"],
    "{adl}": ["independent in ADLs", "needs help with bathing", "uses a cane outdoors", "drives short distances"],
    "{thing}": [
        "a dental evaluation",
        "a port placement",
        "a nutrition consult",
        "a fertility consult",
        "a cardiology clearance",
        "a pulmonary function test",
    ],
}


ADL = ["Independent in ADLs", "Needs help with IADLs", "Uses a walker at home"]
REGIMENS = ["carboplatin/paclitaxel", "FOLFOX", "AC-T", "R-CHOP", "cisplatin", "ABVD", "capecitabine"]
SENSES = ["Hearing adequate for conversation.", "Wears hearing aids.", "Vision corrected with glasses."]
INTAKE = ["Oral intake about half of usual.", "Eating normally.", "On two nutrition shakes a day."]
DIETITIAN = ["Dietitian to follow weekly.", "No feeding tube needed at this time.", "Albumin reviewed."]


def _interval(p: Plan) -> str:
    rng = p.rng
    pr, pos = ("she", "her") if p.sex == "F" else ("he", "his")
    out = []
    relative = p.relative
    for template in rng.sample(INTERVAL_TEMPLATES, rng.randint(3, 5)):
        text = template.replace("{fam}", relative)
        for key, pool in SLOTS.items():
            while key in text:
                text = text.replace(key, rng.choice(pool), 1)
        text = (
            text.replace("{mo}", rng.choice(P.MONTHS))
            .replace("{d}", str(rng.randint(1, 28)))
            .replace("{k}", str(rng.randint(2, 7)))
            .replace("{Pr}", pr.capitalize())
            .replace("{pr}", pr)
            .replace("{Pos}", pos.capitalize())
            .replace("{pos2}", "her" if p.sex == "F" else "him")
        )
        out.append(text)
    return " ".join(out)


def _long_filler(p: Plan, evidence_words: int) -> list[tuple[str, str]]:
    rng = p.rng
    peds = p.age < 18
    pr, pos = ("she", "her") if p.sex == "F" else ("he", "his")
    months = _months(p, 8)
    if "historical_imaging" not in p.traps:
        p.traps.append("historical_imaging")
    out = [("hpi", F.oncologic_history(rng, months, _history_lines(p, 2), p.dx))]
    out.append(("pmh", F.pmh(rng) if not peds else "Born full term; otherwise healthy before diagnosis."))
    out.append(("meds", F.meds(rng)))
    allergy = rng.choice([a for a in P.ALLERGIES if "iodinated" not in a] if "contrast" in p.features else P.ALLERGIES)
    out.append(("allergies", allergy))
    out.append(("social", F.social(rng, peds, pos)))
    out.append(("family", F.family(rng)))
    out.append(("ros", F.ros(rng, peds)))
    out.append(("exam", F.exam(rng, peds)))
    out.append(("labs", F.labs(rng)))
    optional = [
        ("psh", ", ".join(rng.sample(P.PSH, rng.randint(2, 4))) + "."),
        ("nursing", F.nursing(rng)),
        ("counsel", F.counsel(rng, peds, pr, pos)),
    ]
    target = rng.randint(720, 1350)
    for item in optional:
        out.insert(rng.randint(1, len(out)), item)
    extras = [
        ("interval", _interval(p)),
        (
            "pathology",
            f"Reviewed at our institution: grade {rng.randint(1, 3)}, Ki-67 {rng.randint(3, 80)}%, "
            f"lymphovascular invasion {rng.choice(['absent', 'present', 'indeterminate'])}, margins "
            f"{rng.choice(['negative (closest 2 mm)', 'positive focally', 'not applicable (biopsy only)'])}. "
            f"{rng.choice(['Molecular testing pending.', 'PD-L1 TPS 40%.', 'No actionable mutation.', ''])}",
        ),
        (
            "prior_tx",
            f"{rng.randint(2, 8)} cycles of {rng.choice(REGIMENS)} "
            f"completed {rng.choice(P.MONTHS)}; last dose {rng.randint(2, 9)} weeks ago. "
            f"{rng.choice(['No prior radiation.', 'Immunotherapy on hold during RT.', 'Hormonal therapy continues.'])}",
        ),
        (
            "goals",
            rng.choice(
                [
                    "Full code. Goals are curative; patient wants to proceed.",
                    "DNR/DNI confirmed with the patient; goals are comfort and function.",
                    "Health care proxy is the " + p.relative + "; goals discussed and documented.",
                ]
            ),
        ),
        ("interval", _interval(p)),
        (
            "function",
            f"ECOG {rng.randint(0, 3)}. {rng.choice(ADL)}; "
            f"{rng.choice(['no falls in 6 months', 'one fall in the last month', 'home PT twice weekly'])}. "
            f"{rng.choice(SENSES)}",
        ),
        ("interval", _interval(p)),
        (
            "nutrition",
            f"Weight {rng.randint(40, 120)} kg, BMI {rng.randint(17, 38)}. "
            f"{rng.choice(INTAKE)} "
            f"{rng.choice(DIETITIAN)}",
        ),
    ]
    for item in extras:
        if evidence_words + _words("\n".join(v for _, v in out)) >= target:
            break
        out.insert(rng.randint(1, len(out)), item)
    guard = 0
    while evidence_words + _words("\n".join(v for _, v in out)) < target and guard < 6:
        out.append(("interval", _interval(p)))
        guard += 1
    # a key used twice (a second interval paragraph, more ROS) is merged into its first occurrence
    merged: dict[str, str] = {}
    for key, body in out:
        merged[key] = merged[key] + "\n" + body if key in merged else body
    return list(merged.items())


def _words(markup: str) -> int:
    return len(re.findall(r"[a-z0-9]+(?:['/][a-z0-9]+)*", strip_marks(markup).lower()))


def _layout(p: Plan, title: str, sections: list[tuple[str, str]]) -> str:
    rng, style = p.rng, p.style
    fmt = {"prose": "dictated", "field": p.vendor, "check": "check", "terse": "terse"}[p.form]
    if style == "long_narrative":
        fmt = "narrative"
    parts: list[str] = []
    if fmt == "vendor_a":
        parts.append(
            f"==== {rng.choice(['RadOnc eChart', 'OncoChart', 'TxDocs'])} | Document: {title} | Status: "
            f"{rng.choice(['Final', 'Signed', 'Approved'])} ===="
        )
    elif fmt == "vendor_b":
        parts.append(f"{title}\n{'-' * len(title)}\nDept: Radiation Oncology   Location: [redacted]")
    elif fmt == "vendor_c":
        parts.append(f"{title}\nEncounter date: [redacted]\nProvider: {_sign(p, 'md')}")
    elif fmt == "dictated":
        parts.append(
            rng.choice(
                [f"{title.upper()}", f"DATE OF SERVICE: [redacted]\n{title.upper()}", "This is a dictated note."]
            )
        )
    else:
        parts.append(title)
    for key, body in sections:
        if not body.strip():
            continue
        head = _heading(p, key)
        if fmt == "vendor_a":
            parts.append(f"{head}: {body}" if "\n" not in body else f"{head}:\n{body}")
        elif fmt == "vendor_b":
            parts.append(f"--- {head.upper()} ---\n{body}")
        elif fmt == "vendor_c":
            parts.append(f"{head}\n{body}")
        elif fmt == "dictated":
            parts.append(f"{head.upper()}: {body}" if rng.random() < 0.7 else body)
        elif fmt == "narrative":
            parts.append(f"{head}:\n{body}")
        elif fmt == "check":
            parts.append(f"{head.upper()}\n{body}")
        else:
            parts.append(f"{head.lower()}- {body}")
    if fmt == "dictated":
        parts.append(
            rng.choice(
                [
                    "Dictated but not read. D: [redacted] T: [redacted] Job# XXXXX",
                    f"Electronically signed by {_sign(p, 'md')} after transcription.",
                    f"{_sign(p, 'md')}\nDictated, not reviewed.",
                ]
            )
        )
    elif p.note_type in ("sim_procedure", "electron_setup", "tbi_sim"):
        parts.append(f"Performed by {_sign(p, 'rtt')}; reviewed by {_sign(p, 'md')}")
    elif p.note_type == "physics_note":
        parts.append(_sign(p, "phys"))
    else:
        parts.append(
            rng.choice(
                [
                    f"Signed: {_sign(p, 'md')}",
                    f"-- {_sign(p, 'md')}",
                    f"Electronically signed by {_sign(p, 'md')} [redacted]",
                ]
            )
        )
    sep = "\n" if fmt in ("terse", "vendor_a") else "\n\n"
    return sep.join(parts) + "\n"


def _compose_sim(p: Plan) -> tuple[str, list[str]]:
    rng = p.rng
    built = dict(_build_sim(p))
    order = list(rng.choice(_SIM_ORDERS))
    if p.note_type == "sim_procedure" and rng.random() < 0.5:
        order.remove("indication")
        order.insert(order.index("attest"), "indication")
    sections = [(k, built[k]) for k in order if k in built]
    if p.style == "long_narrative":
        existing = dict(sections)
        filler = _long_filler(p, _words("\n".join(existing.values())))
        merged: list[tuple[str, str]] = [("demo", existing["demo"])] if "demo" in existing else []
        for key, body in filler:
            extra = existing.get(key)
            merged.append((key, body + ("\n" + extra if extra else "")))
        merged += [(k, v) for k, v in sections if k not in dict(merged)]
        sections = merged
    title = rng.choice(P.TITLES[p.note_type])
    return _layout(p, title, sections), [k for k, _ in sections]


def _compose_nonsim(p: Plan) -> tuple[str, list[str]]:
    rng = p.rng
    site = p.site
    sections: list[tuple[str, str]] = []
    sections.append(("demo", "Patient: [redacted]  MRN: XXXXX"))
    sections.append(("dx", p.dx))
    area = _fill(p, rng.choice(_dx_pool(p, site.areas)[0][1]))
    feats = _available_features(site, "sim_note") or ["arc_rotational"]
    feat_words = {
        "contrast": "IV contrast",
        "arc_rotational": "VMAT",
        "particle": "protons",
        "custom_shielding": "a custom block",
        "complex_blocking": "complex blocking",
        "hyperthermia": "hyperthermia",
        "brachytherapy": "brachytherapy",
    }
    fw = feat_words[rng.choice(feats)]
    mod = rng.choice(site.fusion or ["MRI"])
    hist = _history_lines(p, rng.choice([1, 2]))
    p.traps.append("historical_imaging")
    pr, pos = ("she", "her") if p.sex == "F" else ("he", "his")
    if p.note_type in ("consult", "followup") and p.style != "long_narrative":
        sections.append(("pmh", F.pmh(p.rng) if p.age > 17 else "Otherwise healthy."))
        sections.append(("ros", F.ros(p.rng, p.age < 18)))
    if p.note_type == "consult":
        sections.append(("hpi", " ".join(hist) + " " + _interval(p)))
        sections.append(("exam", " ".join(rng.sample(P.EXAM, 3))))
        sections.append(
            (
                "assessment",
                f"Recommend radiation to the {area}. We will proceed with CT simulation next "
                f"week; anticipate {fw} and {mod} fusion for planning.",
            )
        )
        p.traps += ["planned_feature", "planned_modality"]
        sections.append(("counsel", F.counsel(rng, p.age < 18, pr, pos)))
    elif p.note_type == "otv":
        fx = rng.randint(3, 30)
        sections.append(
            ("status", f"Fraction {fx} of {fx + rng.randint(2, 12)} to the {area}. " + " ".join(rng.sample(P.ROS, 2)))
        )
        sections.append(
            ("imaging_hx", rng.choice(["Daily CBCT reviewed, shifts < 3 mm.", "Weekly port films approved."]))
        )
        sections.append(
            (
                "assessment",
                f"Continue. Treatment technique remains {fw}. "
                f"{rng.choice(['Will re-image with ' + mod + ' after treatment.', ''])}",
            )
        )
        p.traps.append("past_or_ongoing_technique")
    elif p.note_type == "summary":
        sections.append(
            (
                "course",
                f"Simulated on [redacted] with {fw}; {mod} was fused at that time. Treated the "
                f"{area} to {rng.choice(['50 Gy/25', '60 Gy/30', '30 Gy/10', '45 Gy/25'])} fx, "
                "completed [redacted].",
            )
        )
        sections.append(("status", " ".join(rng.sample(P.ROS, 2))))
        sections.append(("plan", rng.choice(["Follow-up in 6 weeks with imaging.", "Return in 3 months with labs."])))
        p.traps.append("past_course_summary")
    elif p.note_type == "followup":
        sections.append(("hpi", f"{rng.randint(2, 24)} months after RT to the {area}. " + " ".join(hist)))
        sections.append(("exam", " ".join(rng.sample(P.EXAM, 3))))
        sections.append(
            (
                "assessment",
                f"No evidence of disease. {mod} with contrast in 3 months. If recurrence, "
                f"would consider re-simulation with {fw}.",
            )
        )
        p.traps += ["planned_feature", "planned_modality"]
    else:
        sections.append(
            (
                "physics",
                rng.choice(
                    [
                        f"Plan check complete for the {area}: {fw} plan, gamma 98.6% (3%/2 mm). "
                        "4DCT reviewed in planning.",
                        f"Special physics consult: pacemaker 9 cm from the {area} field edge; {mod} fusion accuracy "
                        "checked by the dosimetrist.",
                        f"Weekly chart check. {fw} fields delivered as planned; in-vivo diode readings within 5%.",
                    ]
                ),
            )
        )
        sections.append(("plan", "Continue weekly checks."))
    if rng.random() < 0.35:
        sections.append(("family", rng.choice(P.OTHER_PERSON)))
        p.traps.append("other_person")
    if p.style == "long_narrative":
        existing = dict(sections)
        filler = _long_filler(p, _words("\n".join(existing.values())))
        keep = [(k, v) for k, v in sections[2:] if k not in dict(filler)]
        filler = [(k, v + ("\n" + existing[k] if k in existing and k not in ("demo", "dx") else "")) for k, v in filler]
        sections = sections[:2] + filler + keep
    title = rng.choice(P.TITLES[p.note_type])
    keys = []
    for k, _ in sections:
        if k not in keys:
            keys.append(k)
    return _layout(p, title, sections), keys


def _check(p: Plan, spans: list[dict[str, Any]]) -> None:
    got_r = any(s["label"] == "RATIONALE" for s in spans)
    got_f = sorted({str(s["value"]) for s in spans if s["label"] == "FEATURE"})
    got_m = {str(s["value"]) for s in spans if s["label"] == "MODALITY"}
    sites = {str(s["value"]) for s in spans if s["label"] == "TREATMENT_SITE"}
    counts = [int(str(s["value"])) for s in spans if s["label"] == "AREA_COUNT"]
    problems = []
    if got_r != (p.rationale is not None):
        problems.append("rationale")
    if got_f != sorted(p.features):
        problems.append(f"features {got_f} vs {p.features}")
    if got_m != set(p.modalities):
        problems.append(f"modalities {got_m} vs {p.modalities}")
    if sites != {k for k, _ in p.areas} or (counts and counts[-1] != len(p.areas)):
        problems.append("areas")
    if any(s.startswith("bilateral ") for s in sites):
        problems.append("bilateral")
    if problems:
        raise ValueError(f"{p.nid}: spans disagree with plan: {problems}")


def write_note(nid: str, outcome: str, site_key: str, note_type: str, style: str) -> dict[str, Any]:
    """Plan and write one note; return its record (labels from the plan, spans from the text)."""
    p = make_plan(nid, outcome, site_key, note_type, style)
    markup, keys = _compose_sim(p) if p.sim else _compose_nonsim(p)
    markup = _fill(p, markup)
    text, spans = render(markup, STYLE_TRANSFORMS[style], p.rng)
    _check(p, spans)
    areas = len(p.areas) or None
    decision = decide_labels(p.rationale is not None, areas, p.features, p.modalities)
    labels = {
        "rationale": p.rationale is not None,
        "treatment_areas": areas,
        "features": sorted(p.features),
        "modalities": list(p.modalities),
        "supported": decision.supported,
        "level": decision.level,
        "missing": decision.missing,
    }
    spans.sort(key=lambda s: (s["start"], s["end"]))
    traps = sorted(set(p.traps))
    meta = {
        "site": site_key,
        "style": style,
        "note_type": note_type,
        "skeleton": f"{note_type}/{style}/{'-'.join(keys)}",
        "traps": traps,
        "words": len(re.findall(r"[a-z0-9]+(?:['/][a-z0-9]+)*", text.lower())),
        "outcome": outcome,
        "writer": "c",
    }
    if p.sim:
        meta["form"] = p.form
    return {"id": nid, "text": text, "labels": labels, "spans": spans, "meta": meta}


def build_corpus(n: int = 300) -> list[dict[str, Any]]:
    """Return writer C's records ``wc-0001`` ... in order."""
    allocation = allocate()[:n]
    return [write_note(f"wc-{i + 1:04d}", *alloc) for i, alloc in enumerate(allocation)]
