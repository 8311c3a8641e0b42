"""Counted evidence phrasing (marked) and trap phrasing (plain) for writer AC's VA notes."""

from __future__ import annotations

import random

from . import vocab as V
from .markup import A, F, M, R, S
from .plan import Plan

NUM = {1: "one", 2: "two", 3: "three", 4: "four"}
FEATURE_WORDS = {"contrast": "contrast", "arc_rotational": "VMAT", "custom_shielding": "custom blocks",
                 "complex_blocking": "complex blocking", "brachytherapy": "brachy applicator",
                 "particle": "protons"}


def pick(rng: random.Random, options: list[str]) -> str:
    return options[rng.randrange(len(options))]


def oars(plan: Plan) -> tuple[str, str]:
    pool = list(V.SITES[plan.site]["oars"])
    a = pick(plan.rng, pool)
    rest = [o for o in pool if o != a]
    return a, pick(plan.rng, rest) if rest else a


def target_word(plan: Plan, nosite: bool) -> str:
    if nosite or not plan.areas:
        return pick(plan.rng, ["the target", "the lesion", "the GTV", "tumor", "the disease", "the CTV"])
    return plan.areas[0][1]


# ---------------------------------------------------------------- rationale
def rationale(plan: Plan, register: str) -> str:
    """A sentence carrying the plan's rationale as a RATIONALE token."""
    rng = plan.rng
    cat = plan.rationale
    nosite = plan.n_areas is None
    o1, o2 = oars(plan)
    tgt = target_word(plan, nosite)
    mm = rng.choice(["2", "3", "4", "<5", "~3", "1-2"])
    prior_where = pick(rng, [f"at {V.PARTNER} in 2021", "here in 2019", "at the Ashby Falls private center 2020",
                             "(VA, 2022, 30 Gy/10)", f"at {pick(rng, V.PARTNER_SHORT)} 3 yrs ago"])
    if cat == "OAR proximity":
        surfaces = [f"{tgt} lies within {mm} mm of the {o1}", f"the {o1} abuts the PTV", f"{o1} directly adjacent to target",
                    f"tumor sits right up against the {o1} and {o2}", f"close proximity of the {o1}",
                    f"{o1} is touching the CTV on several slices", f"need to carve dose off the {o1}, which is immediately adjacent",
                    f"{tgt} is draped over the {o1}", f"{o1} and {o2} both hug the target volume",
                    f"the {o1} wraps around the posterior edge of the target"]
        lead = ["Complex sim required because ", "Reason for complex simulation: ", "Rationale: ", "Medical necessity - ",
                "Needs careful 3D sim: ", "", "Why complex: ", "Complex planning needed as "]
    elif cat == "irregular target":
        surfaces = [f"{tgt} is irregular and wraps around the {o1}", "the target is a concave, horseshoe-shaped volume",
                    "post-op bed is irregular with clips scattered over a wide area", "tumor extends irregularly along the fascial planes",
                    "irregular GTV with finger-like extension toward the " + o1, "odd-shaped target, not coverable with simple fields"]
        lead = ["Complex sim needed: ", "Rationale for complex simulation - ", "Reason: ", "", "Complexity: "]
    elif cat == "multiple targets":
        surfaces = ["separate, noncontiguous targets must be matched on one setup",
                    "multiple separate sites need their own isocenter placement", "several distinct targets with junctions to manage",
                    "primary and nodal volumes are separate and have to be matched without overlap",
                    "more than one site treated in the same course, each needing its own setup reference"]
        lead = ["Complex sim: ", "Reason for complex simulation = ", "Medical necessity: ", "", "Why: "]
    elif cat == "contrast for delineation":
        surfaces = ["contrast was needed to separate nodes from vessels", "contrast needed to see the bowel vs. the target",
                    "needed contrast to define the urethra and apex", "contrast required to tell tumor from normal esophageal wall",
                    "without contrast the duodenum cannot be separated from the tumor",
                    "contrast helps delineate tumor from adjacent vasculature"]
        lead = ["Rationale: ", "Complex sim because ", "", "Medical necessity: ", "Reason - "]
    elif cat == "fusion for delineation":
        mod = "MRI" if "MRI" in plan.modalities else "PET"
        surfaces = [f"{mod} fusion needed to define the GTV, which is not visible on CT",
                    f"GTV cannot be seen on the planning CT; {mod} registration required for delineation",
                    f"need the {mod} to tell tumor from atelectasis/edema" if mod == "PET" else "MRI needed to see the apex and the capsule",
                    f"target only visible on {mod}", f"{mod} required for accurate target definition"]
        lead = ["Rationale: ", "Complex simulation was required - ", "", "Reason for complex sim: ", "Medically necessary because "]
    elif cat == "prior field overlap":
        region = "this region" if nosite else plan.areas[0][1]
        surfaces = [f"prior RT to {region} {prior_where}, so the old fields must be reconstructed for composite dose",
                    f"overlap with prior radiation field {prior_where}", f"re-irradiation - previously treated {prior_where}, cord sum matters",
                    f"he was treated to {region} before {prior_where} and we have to avoid overdosing the junction",
                    f"prior course {prior_where} overlaps this field"]
        lead = ["Complex sim needed: ", "Rationale: ", "Reason - ", "", "Complexity due to "]
    elif cat == "immobilization":
        opts = ["PTSD with mask intolerance required a custom open-face mask, refit twice",
                "severe claustrophobia; custom open-face mask made so he could tolerate it",
                "severe kyphosis, cannot lie flat - custom cradle built to reproduce position",
                "TBI with tremor, needed custom immobilization to hold position"]
        if "prosthesis" in plan.flags:
            opts += ["L AKA with prosthesis off; custom Vac-Lok built around the residual limb for reproducible pelvis",
                     "R BKA - custom foam support for the residual limb needed to keep the pelvis level"]
        surfaces = opts
        lead = ["Complex sim required because of ", "Rationale: ", "", "Reason: ", "Medical necessity: "]
    elif cat == "anesthesia/immobilization":
        surfaces = ["severe PTSD/claustrophobia - simulation done under MAC with anesthesia to keep him still",
                    "could not hold still without sedation (combat PTSD); anesthesia present for sim",
                    "needed anesthesia (propofol, CRNA at bedside) to tolerate immobilization"]
        lead = ["Complex sim: ", "Rationale: ", "", "Reason - "]
    elif cat == "applicator verification":
        surfaces = ["applicator position must be verified against bladder and rectum before dosing",
                    "need to confirm tandem/ovoid geometry relative to the HR-CTV and OARs",
                    "applicator placement verification is required for each insertion"]
        lead = ["Rationale: ", "Complex sim because ", "", "Reason: "]
    elif cat == "custom shielding":
        surfaces = ["lesion margins are irregular and a custom cutout is required to spare the adjacent cartilage",
                    "lesion sits next to the eye, needs custom cutout plus internal eye shield",
                    "irregular lesion - custom shielding needed to protect uninvolved skin"]
        lead = ["Rationale: ", "", "Complex setup because ", "Reason - "]
    elif cat == "target motion":
        surfaces = [f"tumor moves {rng.choice(['8', '11', '14', '9'])} mm SI with respiration, ITV needed",
                    "significant respiratory excursion of the target near the diaphragm",
                    "target motion with breathing must be captured to build the ITV"]
        lead = ["Rationale: ", "Complex sim needed: ", "", "Reason: "]
    else:
        raise ValueError(cat)
    surface = pick(rng, surfaces)
    marked = R(cat, surface)
    if register == "plain":
        return marked + "."
    if register == "terse":
        return pick(rng, ["", "Reason: ", "why: ", "d/t "]) + marked
    if register == "field":
        return pick(rng, ["Medical necessity: ", "Rationale for complex sim: ", "Justification: ", "Reason: ",
                          "Complexity: "]) + marked
    return pick(rng, lead) + marked + "."


BARE = ["Complex simulation was medically necessary.", "Pt requires complex simulation.", "77290 justified.",
        "Complex sim indicated per attending.", "This is a complex simulation.", "Medical necessity: complex sim.",
        "Complex treatment planning - medically necessary.", "Meets criteria for complex sim.",
        "Simulation complexity: complex."]


def bare(rng: random.Random) -> str:
    return pick(rng, BARE)


# ---------------------------------------------------------------- areas
def areas(plan: Plan, register: str) -> str:
    """The plan's treatment areas, marked (named, counted or isocentres)."""
    rng = plan.rng
    names = [S(v, s) for v, s in plan.areas]
    n = len(names)
    if n == 1:
        return pick(rng, {
            "field": [f"Site: {names[0]}", f"Treatment site: {names[0]}", f"Tx area: {names[0]}", f"Site(s): {names[0]}",
                      f"Target: {names[0]}"],
            "terse": [f"site {names[0]}", f"{names[0]} only", f"tx site = {names[0]}", f"{names[0]}"],
            "prose": [f"The patient was simulated for treatment of the {names[0]}.", f"Treatment is to the {names[0]}.",
                      f"We simulated the {names[0]} today.", f"Simulation was for the {names[0]}."],
        }[register])
    joined = ", ".join(names[:-1]) + pick(rng, [" and ", ", ", " + ", " & "]) + names[-1]
    if plan.area_form == "count":
        count = A(n, pick(rng, [f"{n} treatment areas", f"{NUM[n]} separate treatment areas", f"{n} tx areas",
                                f"{NUM[n]} areas", f"{n} separate sites"]))
        return pick(rng, {
            "field": [f"Number of treatment areas: {A(n, str(n))} ({joined})", f"Areas: {count} - {joined}", f"Sites: {joined} ({count})"],
            "terse": [f"{count}: {joined}", f"{joined} = {count}", f"{count} ({joined})"],
            "prose": [f"There are {count}: {joined}.", f"We simulated {count}, namely the {joined}.",
                      f"The plan covers {count} ({joined})."],
        }[register])
    if plan.area_form == "iso":
        lines = [f"  Iso {i + 1} - {nm}" for i, nm in enumerate(names)]
        return pick(rng, ["Isocenters:\n", "Isocenter placement:\n", "ISOS:\n"]) + "\n".join(lines)
    return pick(rng, {
        "field": [f"Sites: {joined}", f"Treatment sites: {joined}", f"Areas: {joined}", f"Site(s): {joined}"],
        "terse": [f"sites {joined}", f"{joined}", f"tx {joined}"],
        "prose": [f"Treatment will cover the {joined}.", f"We simulated the {joined}.", f"Targets are the {joined}."],
    }[register])


# ---------------------------------------------------------------- features
def feature(plan: Plan, feat: str, register: str) -> str:
    rng = plan.rng
    site = V.SITES[plan.site]
    if feat == "contrast":
        surf = pick(rng, site["contrast"] or ["IV contrast"])
        if plan.site == "srs":
            surf = pick(rng, ["IV contrast (gadolinium on the MR sim)", "IV contrast"])
        tok = F("contrast", surf)
        opts = {"field": [f"Contrast: {tok}", f"Contrast: {tok}, no reaction", f"Contrast given: {tok}"],
                "terse": [f"{tok} given", f"{tok} - tol well", f"+ {tok}"],
                "prose": [f"{tok} was administered before the scan without reaction.", f"We used {tok} for this simulation.",
                          f"The patient received {tok}; he tolerated it without issue." if not plan.female else
                          f"The patient received {tok}; she tolerated it without issue.",
                          f"{tok} was given at the time of the scan."]}
    elif feat == "arc_rotational":
        surf = pick(rng, ["VMAT", "VMAT (2 full arcs)", "RapidArc", "volumetric modulated arc therapy", "2-arc VMAT"]
                    if plan.site != "srs" else ["dynamic conformal arcs", "VMAT, 4 non-coplanar arcs", "HyperArc-style VMAT"])
        if plan.kind == "cc_scanned_sim":
            surf = pick(rng, ["TomoTherapy (helical)", surf])
        tok = F("arc_rotational", surf)
        opts = {"field": [f"Technique: {tok}", f"Treatment technique: {tok}", f"Delivery: {tok}"],
                "terse": [f"tech {tok}", f"{tok}", f"set up for {tok}"],
                "prose": [f"The technique is {tok}.", f"He is being set up for {tok}." if not plan.female else
                          f"She is being set up for {tok}.", f"This was simulated for {tok} delivery."]}
    elif feat == "custom_shielding":
        surf = pick(rng, ["custom Cerrobend block", "custom Cerrobend blocks", "custom block (Cerrobend, poured in mold room)",
                          "custom shielding block"]) if plan.site != "skin" else pick(
            rng, ["custom electron cutout", "custom Cerrobend cutout", "custom cutout", "custom lead shield + cutout"])
        tok = F("custom_shielding", surf)
        opts = {"field": [f"Blocks: {tok} fabricated", f"Shielding: {tok}", f"Special: {tok} made in mold room"],
                "terse": [f"{tok} made", f"{tok} poured", f"{tok} to be checked on tx day 1 - fabricated today"],
                "prose": [f"A {tok} was fabricated from the markup.", f"Mold room poured a {tok} today.",
                          f"We made a {tok} for this field."]}
    elif feat == "complex_blocking":
        tok = F("complex_blocking", pick(rng, ["complex blocking", "complex field blocking", "complex blocking (MLC + custom)"]))
        opts = {"field": [f"Blocking: {tok} around the lung apex and humeral head", f"Special: {tok}"],
                "terse": [f"{tok} req'd", f"{tok} at match line"],
                "prose": [f"The fields require {tok} to shape around the critical structures.",
                          f"{tok} was designed at the junction."]}
    elif feat == "brachytherapy":
        tok = F("brachytherapy", pick(rng, ["tandem and ovoid applicator position verified", "applicator verification",
                                             "T&R applicator placement verified", "tandem/ring applicator verified",
                                             "vaginal cylinder position verified"]))
        opts = {"field": [f"Applicator: {tok}", f"Procedure: {tok}"], "terse": [f"{tok}", f"{tok} on imaging"],
                "prose": [f"{tok} prior to planning.", f"We confirmed placement ({tok})."]}
    elif feat == "particle":
        tok = F("particle", pick(rng, ["proton therapy (PBS)", "pencil-beam scanning protons", "proton"]))
        opts = {"field": [f"Modality: {tok}", f"Treatment modality: {tok}"], "terse": [f"{tok}"],
                "prose": [f"Simulated for {tok} at {V.PROTON}."]}
    else:
        raise ValueError(feat)
    text = pick(rng, opts[register])
    return text if register != "prose" or text.endswith(".") else text + "."


# ---------------------------------------------------------------- modalities
def modality(plan: Plan, mod: str, register: str) -> str:
    rng = plan.rng
    if mod == "CT":
        if plan.fourd:
            surf = pick(rng, ["4DCT", "4D-CT (10 phases)", "4DCT w/ RPM", "4D CT scan", "4DCT/ITV scan"])
        else:
            surf = pick(rng, V.MOD_SURF["CT"])
        tok = M("CT", surf)
        sl = pick(rng, ["2 mm", "2.5 mm", "3 mm", "1.25 mm", "1 mm"])
        opts = {"field": [f"Imaging: {tok}, {sl} slices", f"Scan: {tok}", f"Sim type: {tok}"],
                "terse": [f"{tok} done", f"{tok} {sl}", f"{tok} acquired"],
                "prose": [f"A {tok} was acquired with {sl} slices.", f"{tok} was performed in the treatment position.",
                          f"We obtained the {tok} at {sl}."]}
    elif mod in ("MRI", "PET"):
        pool = V.MOD_SURF[mod] + (V.SITE_MRI.get(plan.site, []) * 2 if mod == "MRI" else [])
        surf = pick(rng, pool)
        tok = M(mod, surf)
        date = f"{rng.randrange(6, plan.date.month)}/{rng.randrange(1, 28)}"
        opts = {"field": [f"Fusion: {tok} ({date}) registered to planning CT", f"Image fusion: {tok}", f"Fused: {tok} {date}"],
                "terse": [f"{tok} fused", f"fused w/ {tok} {date}", f"{tok} reg'd to sim CT"],
                "prose": [f"The {tok} from {date} was fused to the planning scan for contouring.",
                          f"We registered the {tok} to the simulation CT.", f"{tok} fusion was performed for target delineation."]}
    elif mod == "fluoroscopy":
        tok = M("fluoroscopy", pick(rng, V.MOD_SURF["fluoroscopy"]))
        opts = {"field": [f"Imaging: {tok} to confirm position", f"Verification: {tok}"], "terse": [f"{tok} ok", f"{tok} check"],
                "prose": [f"Position was confirmed under {tok}.", f"{tok} images were taken."]}
    elif mod == "ultrasound":
        tok = M("ultrasound", pick(rng, V.MOD_SURF["ultrasound"]))
        opts = {"field": [f"Guidance: {tok}"], "terse": [f"{tok} guided"],
                "prose": [f"Tandem insertion was done under {tok}."]}
    else:
        raise ValueError(mod)
    return pick(rng, opts[register])


# ---------------------------------------------------------------- traps (plain text, never counted)
OTHER_FEATURES = {"contrast": ["No IV contrast - eGFR 28 (CKD 4).", "Contrast: none (pt declined IV).",
                               "No contrast used today.", "Oral contrast NOT given, pt NPO issue.",
                               "held IV contrast, Cr 2.3"],
                  "arc_rotational": ["Not VMAT - 3D conformal opposed fields.", "no arc technique.", "3D-CRT, not VMAT"],
                  "custom_shielding": ["No custom blocks needed - MLC only.", "no Cerrobend.", "no custom shielding"],
                  "complex_blocking": ["no complex blocking."]}
PLANNED_FEATURES = {"contrast": ["May need oral contrast at re-sim if small bowel hard to see.",
                                 "Will consider IV contrast next time if renal fxn improves.",
                                 "if nodes unclear may add contrast scan later"],
                    "arc_rotational": ["If cord constraint not met will replan with VMAT.", "VMAT vs 3D - TBD by dosimetry.",
                                       "may go to arcs if DVH poor"],
                    "custom_shielding": ["Cutout to be made only if clinical setup changes.",
                                         "may need custom block later for boost"],
                    "particle": [f"Proton referral to {V.PROTON} discussed - pt not interested in travel."]}
NEG_MODS = {"MRI": ["MRI not done - retained shrapnel fragments (IED 2006), MRI contraindicated per radiology.",
                    "No MRI: pacemaker (non-conditional).", "MRI not obtained (claustrophobia, declined)."],
            "PET": ["No PET available (VA PET scanner down, community care not approved yet).", "PET not obtained."]}
PLAN_MODS = {"MRI": ["Will fuse MRI once the outside CD is uploaded to VistA Imaging.", "MRI fusion pending.",
                     "plan MRI fusion at boost"],
             "PET": ["Will fuse PET when Tallgrass sends the DICOM.", "PET/CT ordered via community care - will fuse if it comes back in time."]}


def trap_text(plan: Plan, trap: str) -> str:
    """Plain trap sentence for ``trap`` consistent with the plan (never names a planned feature as negated)."""
    rng = plan.rng
    feats = set(plan.features)
    if trap == "negated_feature":
        choices = [f for f in OTHER_FEATURES if f not in feats]
        return pick(rng, OTHER_FEATURES[pick(rng, choices)])
    if trap == "planned_feature":
        choices = [f for f in PLANNED_FEATURES if f not in feats]
        return pick(rng, PLANNED_FEATURES[pick(rng, choices)])
    site_mods = ["MRI"] + [m for m in ("PET",) if m in V.SITES[plan.site]["fusion"]]
    if trap == "negated_modality":
        choices = [m for m in NEG_MODS if m not in plan.modalities and m in site_mods] or ["MRI"]
        return pick(rng, NEG_MODS[pick(rng, choices)])
    if trap == "planned_modality":
        choices = [m for m in PLAN_MODS if m not in plan.modalities and m in site_mods] or ["MRI"]
        return pick(rng, PLAN_MODS[pick(rng, choices)])
    if trap == "bare_assertion":
        return bare(rng)
    if trap == "many_beams":
        return pick(rng, ["7-field IMRT to a single PTV.", "9-field step-and-shoot IMRT, one isocenter.",
                          "4-field box.", "AP/PA + 2 obliques, single iso.", "5 beams all aimed at the one target"])
    if trap == "mlc_only":
        return pick(rng, ["MLC shaping only.", "Field shaping with MLC (no blocks).", "MLCs conformed to PTV + 7 mm."])
    if trap == "bolus":
        return pick(rng, ["0.5 cm bolus over scar.", "1 cm superflab bolus on skin.", "bolus 5 mm, tissue equivalent"])
    if trap == "custom_immob":
        immob = plan.fill(pick(rng, V.SITES[plan.site]["immob"]))
        return pick(rng, [f"Custom immobilization: {immob}.", f"Custom device made ({immob}), indexed.",
                          f"custom immob - {immob}", f"Immobilization custom-fit today: {immob}."])
    if trap == "nodes_not_treated":
        site = V.SITES[plan.site]
        others = [plan.fill(s[0]) for v, s in site["areas"] if plan.fill(v) not in [a[0] for a in plan.areas]]
        if not others:
            return "No elective nodal coverage."
        return pick(rng, [f"{others[0]} NOT included (low risk).", f"Not treating {others[0]}.",
                          f"{others[0]} deliberately excluded from the field"])
    if trap == "fourdct_alone":
        return pick(rng, ["Motion management: 4D, free breathing.", "RPM block on abdomen.", "Amplitude ~6 mm, free breathing."])
    if trap == "shrapnel_mri":
        return pick(rng, ["MRI contraindicated - retained metal fragments R thigh/pelvis from IED blast.",
                          "Shrapnel on scout film L flank; no MRI."])
    if trap == "prosthesis":
        return pick(rng, ["L BKA, prosthesis removed for sim and stored with belongings.",
                          "R AKA - transferred to table with 2 assist, prosthesis off.",
                          "Upper-extremity prosthesis (L) removed; arm positioned on board."])
    if trap == "contrast_allergy":
        return pick(rng, ["ALLERGIES: IODINATED CONTRAST MEDIA (hives, 2014); SULFA",
                          "Allergies: Contrast dye (anaphylactoid rxn 2011 - per pt), PCN",
                          "ALLERGIES: IOPAMIDOL (rash) - not verified"])
    raise ValueError(trap)
