"""Layout helpers shared by the note templates: PowerNote banners, kv/pipe/flowsheet rows, signatures."""

from __future__ import annotations

import random

from .common import PARTNER, Clock, chance, person, pick
from .plan import Plan

FLOW_KEYS = {
    "Scan": "Simulation Scan Type", "Imaging": "Imaging Acquired", "Sim type": "Sim Type", "Scan type": "Scan Type",
    "Contrast": "Contrast Administered", "Contrast agent": "Contrast Agent/Volume", "Contrast given": "Contrast Given",
    "Fusion": "Image Fusion", "Registration": "Image Registration", "Image fusion": "Image Fusion",
    "Fluoro": "Fluoroscopy", "Guidance": "Imaging Guidance", "Technique": "Planned Delivery Technique",
    "Modality": "Treatment Modality", "Shielding": "Custom Shielding", "Blocking": "Blocking",
    "Applicator": "Applicator Verification", "Hyperthermia": "Hyperthermia Probe Check",
    "Immobilization": "Immobilization Device", "Bolus": "Bolus", "Shaping": "Field Shaping",
    "Prior imaging": "Prior Imaging (reference)", "Motion mgmt": "Motion Management",
}


class People:
    def __init__(self, rng: random.Random, plan: Plan):
        self.md = person(rng, "MD")
        self.md2 = person(rng, "MD")
        self.app = person(rng, pick(rng, ("APRN-CNP", "PA-C", "DNP, APRN", "NP-C")))
        self.app_kind = "PA" if "PA" in self.app else "NP"
        self.rtt = person(rng, "R.T.(T)")
        self.cmd = person(rng, "CMD")
        self.phys = person(rng, pick(rng, ("PhD, DABR", "MS, DABR")))
        self.rn = person(rng, "RN")
        self.anes = person(rng, "MD (Anesthesiology)")
        self.fin = f"{rng.randrange(40, 99)}{rng.randrange(1000000, 9999999)}"
        self.mrn = f"PV{rng.randrange(100000, 999999)}"
        self.interp = pick(rng, ("Spanish", "Vietnamese", "Somali", "Karen", "Arabic", "Marshallese", "Q'anjob'al"))
        self.interp_id = f"{rng.randrange(10000, 99999)}"


def banner(plan: Plan, rng: random.Random, clock: Clock, ppl: People, doc_type: str, performer: str | None = None,
           authenticator: str | None = None) -> str:
    campus = plan.campus[0]
    if plan.at_partner and chance(rng, 0.6):
        campus = f"{PARTNER[0]} (partner site of Prairie Valley Health)"
    perf = performer or ppl.md
    auth = authenticator or ppl.md
    lines = [
        (0, campus),
        (1, f"Document Type: {doc_type}"),
        (2, f"Service Date/Time: {clock.stamp()}"),
        (3, "Result Status: Auth (Verified)"),
        (4, f"Performed By: {perf} on {clock.stamp(90)}"),
        (5, f"Authenticated By: {auth} on {clock.stamp(rng.randrange(120, 400))}"),
        (6, f"Encounter info: {ppl.fin}, {plan.campus[1]}, Outpatient, {clock.date()} - {clock.date()}"),
        (7, f"Document Subject: {pick(rng, ('Sim', 'Radiation Oncology', 'RO Procedure', plan.site.label) if plan.sim else ('Radiation Oncology', plan.site.label, 'RO Clinic'))}"),
    ]
    keep = [ln for ln in lines if ln[0] in (0, 1, 3) or chance(rng, 0.7)]
    if chance(rng, 0.3):
        middle = keep[1:]
        rng.shuffle(middle)
        keep = keep[:1] + middle
    return "\n".join(t for _, t in keep)


def final_marker(rng: random.Random) -> str:
    return pick(rng, ("*Final Report*", "* Final Report *", "*Final Report*", "**Final Report**"))


def signature(rng: random.Random, clock: Clock, who: str) -> str:
    return pick(rng, (
        f"Electronically signed on {clock.later(100, 500)} by {who}",
        f"Signature Line\nElectronically Signed on {clock.later(100, 500).replace(' ', ' at ', 1)}\n{who}",
        f"Electronically signed by: {who} on {clock.later(100, 500)[:16]}",
        f"{who}\nElectronically signed {clock.later(100, 500)}",
    ))


def kv_lines(pairs: list[tuple[str, str]], how: str, clock: Clock | None = None, rng: random.Random | None = None,
             start_min: int = 0) -> str:
    out: list[str] = []
    if how == "pipe":
        head = pick(rng, ("| Field | Value |", "| Item | Entry |", "| Parameter | Value |")) if rng else "| Field | Value |"
        out.append(head)
        out.append("|---|---|")
    minute = start_min
    for k, v in pairs:
        v = v.strip()
        if how == "eq":
            key = k.lower().replace(" / ", "_").replace(" ", "_").replace("#", "n")
            out.append(f"{key}={v}" if v else key)
        elif how == "colon":
            out.append(f"{k}: {v}" if v else k)
        elif how == "caps":
            out.append(f"{k.upper()}: {v}" if v else k.upper())
        elif how == "pipe":
            vv = v.replace("|", "/")
            out.append(f"| {k} | {vv} |")
        elif how == "flow":
            assert clock is not None
            minute += (rng.randrange(1, 4) if rng else 1)
            key = FLOW_KEYS.get(k, k)
            out.append(f"{clock.stamp(minute)}  {key}  {v if v else '--'}")
        else:
            raise ValueError(how)
    return "\n".join(out)


def join_prose(items: list[str], sep: str = " ") -> str:
    return sep.join(i.strip() for i in items if i and i.strip())


def sim_title(plan: Plan, rng: random.Random) -> str:
    ct = "CT" in plan.modalities
    if plan.note_type == "resim":
        return pick(rng, ("Radiation Oncology Re-Simulation Note", "Re-Sim / Replan Note", "RO Re-simulation"))
    if plan.note_type == "brachy_sim":
        if "hyperthermia" in plan.features and "brachytherapy" not in plan.features:
            return pick(rng, ("Hyperthermia Probe Placement and Verification", "Hyperthermia Simulation Note"))
        return pick(rng, ("HDR Brachytherapy Applicator Insertion and Simulation", "Brachytherapy Procedure Note",
                          "Brachy Sim / Applicator Verification"))
    if plan.note_type == "anesthesia_sim":
        return pick(rng, ("Pediatric Simulation Under Anesthesia", "Peds RO Sim (GA)", "Simulation - Pediatric, Anesthesia Support"))
    if ct and chance(rng, 0.6):
        return pick(rng, ("Radiation Oncology CT Simulation Note", "Rad Onc CT Simulation Procedure", "CT Sim Procedure Note"))
    return pick(rng, ("Radiation Oncology Simulation Note", "Simulation and Treatment Planning", "RO Simulation Procedure",
                      "Sim Procedure Note"))
