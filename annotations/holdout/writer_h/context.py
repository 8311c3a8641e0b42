"""Per-note writing context: the plan, the note's random stream, resolved site words and dates."""

from __future__ import annotations

import datetime as dt
import random

from . import vista
from .plan import Plan

EXTENT = {
    "breast": ("from the mandible to below the inframammary fold", "C2 through L1", "whole thorax with both breasts"),
    "prostate": ("L3 to mid-femur", "from the iliac crests to below the ischial tuberosities", "L4 to 5 cm below the penile bulb"),
    "head_and_neck": ("vertex to carina", "skull base through the aortic arch", "top of the orbits to below the clavicles"),
    "lung": ("cricoid to L2", "whole lungs, thoracic inlet to adrenal glands", "neck to upper abdomen"),
    "whole_brain": ("vertex to C3", "top of skull through C2", "entire head to the mandible"),
    "srs_brain": ("whole head at 1 mm", "vertex to C2, 1 mm", "entire skull with the mask"),
    "bone_mets": ("two vertebral bodies above and below each site", "T1 to the pelvis", "neck through upper thighs"),
    "gyn_brachy": ("L1 to mid-femur", "L2 to below the introitus", "T12 to the perineum"),
    "rectum": ("L2 to mid-femur", "the abdomen and pelvis", "L1 to 5 cm below the anal verge"),
    "esophagus": ("cricoid to L3", "neck to below the celiac axis", "thoracic inlet to the iliac crests"),
    "pancreas": ("carina to the iliac crests", "dome of diaphragm to L5", "T8 to L4"),
    "lymphoma": ("skull base to the adrenals", "orbits to the diaphragm", "C1 through L2"),
    "skin": ("the lesion plus 5 cm", "head only", "vertex to chin"),
    "palliative": ("the symptomatic region plus 5 cm", "chest and upper abdomen", "the pelvis"),
    "bladder": ("L4 to below the ischial tuberosities", "the pelvis"),
    "liver": ("the whole liver with the lungs' bases", "carina to L4"),
    "sarcoma": ("the whole {lat} thigh with the knee", "iliac crest to below the knee"),
    "anal": ("L1 to mid-femur including both groins", "the abdomen and pelvis"),
}

MRI_NAMES = {
    "srs_brain": ("MRI brain", "SRS-protocol MRI", "thin-slice MRI", "MRI"),
    "whole_brain": ("MRI brain", "MRI"),
    "prostate": ("MRI prostate", "multiparametric MRI", "MRI pelvis"),
    "gyn_brachy": ("MRI pelvis", "T2 MRI", "MRI"),
    "rectum": ("rectal-protocol MRI", "MRI pelvis"),
    "liver": ("MRI liver", "MRI abdomen"),
    "sarcoma": ("MRI {lat} thigh", "MRI extremity"),
    "head_and_neck": ("MRI neck", "MRI"),
    "bone_mets": ("MRI spine", "MRI"),
    "pancreas": ("MRI abdomen", "MRI"),
    "bladder": ("MRI pelvis",),
    "anal": ("MRI pelvis",),
    "breast": ("breast MRI",),
}


DX_BY_AREA = {
    ("palliative", "pelv"): ("Bleeding pelvic mass, recurrent bladder cancer", "Recurrent rectal cancer with pelvic bleeding"),
    ("palliative", "hil"): ("Metastatic NSCLC with hemoptysis", "Obstructing {lat} hilar mass, SCLC"),
    ("palliative", "liver"): ("Metastatic colorectal cancer with painful liver capsule",),
    ("palliative", "cw"): ("Chest wall mass, metastatic sarcoma", "Fungating {lat} chest wall recurrence"),
    ("head_and_neck", "tonsil"): ("SCC of the {lat} tonsil, p16 positive, cT2N1", "{Lat} tonsil SCC, p16+, T1N1"),
    ("head_and_neck", "bot"): ("Base of tongue SCC, p16+, T3N2", "BOT squamous cell carcinoma, p16 positive, cT2N2"),
    ("head_and_neck", "larynx"): ("Glottic larynx SCC, T2N0, {lat} true cord", "Supraglottic SCC, T2N1"),
    ("head_and_neck", "oral"): ("SCC of the {lat} oral tongue, pT2N1 s/p partial glossectomy",),
    ("gyn_brachy", "cx"): ("Cervical SCC, FIGO IIB", "Cervical adenocarcinoma, FIGO IIIC1", "Cervical SCC, FIGO IB3"),
    ("gyn_brachy", "pelvis"): ("Cervical SCC, FIGO IIB", "Cervical adenocarcinoma, FIGO IIIC1"),
    ("gyn_brachy", "vag"): ("Endometrial adenocarcinoma, stage IB, s/p TAH/BSO", "Endometrial carcinoma, FIGO II, s/p hysterectomy"),
    ("prostate", "bed"): ("Biochemical recurrence after radical prostatectomy, PSA {psa}", "pT3aN0 prostate cancer, positive margin, s/p RALP"),
    ("prostate", "pros"): ("Adenocarcinoma of the prostate, Gleason 4+3, PSA {psa}, cT2c", "High-risk prostate adenocarcinoma, Gleason 4+5, cT3a",
                           "Unfavorable intermediate-risk prostate cancer, GG3"),
    ("breast", "breast"): ("{Lat} breast invasive ductal carcinoma, pT1cN1a, ER+/PR+/HER2-, s/p lumpectomy and SLNB",
                           "{Lat} breast DCIS with microinvasion, s/p re-excision"),
    ("breast", "cw"): ("{Lat} breast cancer, ypT2N1, s/p neoadjuvant chemo and {lat} mastectomy",
                       "Stage IIA {lat} breast IDC (male breast primary), s/p mastectomy"),
    ("skin", "nose"): ("BCC of the {lat} nasal ala, 1.2 cm",), ("skin", "scalp"): ("SCC of the scalp vertex, recurrent",),
    ("skin", "lip"): ("SCC of the lower lip, 1.5 cm",), ("skin", "ear"): ("SCC of the {lat} helix, 1.1 cm",),
    ("skin", "hand"): ("SCC of the {lat} dorsal hand, 2 cm",),
    ("skin", "cheek"): ("BCC of the {lat} cheek, 1.4 cm",), ("skin", "temple"): ("Recurrent BCC of the {lat} temple",),
    ("lymphoma", "ax"): ("Follicular lymphoma grade 1-2, stage I", "Marginal zone lymphoma, stage IE"),
    ("lymphoma", "med"): ("DLBCL, stage IIA bulky mediastinal, s/p R-CHOP x6", "Classic Hodgkin lymphoma, nodular sclerosis, stage IIA"),
}

SKIN_OARS = {"nose": ("{lat} lens", "nasal mucosa", "{lat} cornea"), "ear": ("ear cartilage", "external auditory canal"),
             "scalp": ("calvarium", "underlying brain"), "cheek": ("{lat} lens", "lacrimal gland", "{lat} cornea"),
             "temple": ("lacrimal gland", "{lat} lens"), "lip": ("mandible", "teeth", "oral mucosa"),
             "hand": ("extensor tendons", "metacarpal bones")}

RX = {"whole_brain": ("30 Gy/10 fx", "20 Gy/5 fx", "25 Gy/10 fx"), "srs_brain": ("24 Gy/3 fx", "18 Gy/1 fx", "20 Gy/1 fx", "30 Gy/5 fx", "27 Gy/3 fx"),
      "bone_mets": ("8 Gy/1 fx", "20 Gy/5 fx", "30 Gy/10 fx", "24 Gy/2 fx"), "palliative": ("8 Gy/1 fx", "20 Gy/5 fx", "30 Gy/10 fx", "14.8 Gy/4 fx"),
      "skin": ("40 Gy/10 fx", "50 Gy/20 fx", "35 Gy/5 fx"), "breast": ("40.05 Gy/15 fx", "50 Gy/25 fx", "26 Gy/5 fx"),
      "prostate": ("70 Gy/28 fx", "36.25 Gy/5 fx", "45 Gy/25 fx", "66 Gy/33 fx"), "head_and_neck": ("70 Gy/35 fx", "60 Gy/30 fx", "56 Gy/35 fx"),
      "lung": ("60 Gy/30 fx", "54 Gy/3 fx", "50 Gy/5 fx", "45 Gy/30 fx BID"), "lymphoma": ("30 Gy/15 fx", "24 Gy/12 fx", "36 Gy/18 fx", "4 Gy/2 fx"),
      "liver": ("40 Gy/5 fx", "50 Gy/5 fx", "45 Gy/3 fx"), "sarcoma": ("50 Gy/25 fx",), "anal": ("54 Gy/30 fx", "45 Gy/25 fx", "50.4 Gy/28 fx")}
DEFAULT_RX = ("50.4 Gy/28 fx", "45 Gy/25 fx", "50 Gy/25 fx", "54 Gy/30 fx")



class Ctx:
    def __init__(self, plan: Plan, rng: random.Random) -> None:
        self.plan = plan
        self.rng = rng
        self.site = plan.site
        self.style = plan.style
        self.day = vista.sim_day(rng)
        from .styles import REGISTERS
        self._regs = REGISTERS[plan.style]
        self.reg = self._regs[0]
        lat, olat = plan.lat, ("right" if plan.lat == "left" else "left")
        self._subs = {"{lat}": lat, "{Lat}": lat.capitalize(), "{olat}": olat, "{lobe}": plan.lobe,
                      "{L}": lat[0].upper(), "{LO}": plan.lobe[0].upper()}
        self.areas = [(self.fill(plan.site.area(k).value), self.fill(rng.choice(plan.site.area(k).names)))
                      for k in plan.area_keys]
        if self.areas:
            name = self.areas[0][1]
            self.tgt = f"the {name}" if not name[:1].isupper() else f"the {name} target"
        else:
            self.tgt = rng.choice(("the target", "the tumor", "the gross disease", "the treated volume"))
        fus = [m for m in plan.modalities if m in ("MRI", "PET")]
        self.fusion_name = {"MRI": "MRI", "PET": "PET/CT"}[fus[0]] if fus else "MRI"
        self.prior_site = self.fill(rng.choice(plan.site.prior)) if plan.site.prior else "the same region"
        if plan.sex == "F":
            self.Pt = rng.choice(("The Veteran", "Patient", "Ms. [redacted]", "She"))
        else:
            self.Pt = rng.choice(("The Veteran", "Patient", "Mr. [redacted]", "He"))
        self.age = rng.randint(41, 86) if plan.site.key != "skin" else rng.randint(60, 92)
        self.mri_names = tuple(self.fill(n) for n in MRI_NAMES.get(plan.site.key, ("MRI",)))
        self.extent = EXTENT.get(plan.site.key, ("the region of interest",))
        if plan.note_type == "brachy_proc":
            self.extent = ("the pelvis with the applicator in place", "L3 to below the applicator", "the pelvis, applicator in situ")
        self.partner = rng.choice(vista.PARTNERS)
        self.fourd = plan.fourd
        oars = plan.site.oars
        if plan.site.key == "skin" and plan.area_keys:
            oars = SKIN_OARS.get(plan.area_keys[0], oars)
        self.oars = tuple(self.fill(o) for o in oars)
        self.nonsim_keys: tuple[str, ...] = ()
        if plan.outcome == "non_sim":
            sets = [t for k in sorted(plan.site.sets) for t in plan.site.sets[k]]
            self.nonsim_keys = rng.choice(sets)
        head = plan.site.key in ("head_and_neck", "whole_brain", "srs_brain", "skin") or (plan.site.key == "lymphoma" and rng.random() < 0.3)
        self.device = rng.choice(("open-face thermoplastic mask", "mask with a bite block", "head-and-shoulder mask")
                                 if head else ("Vac-Lok cradle", "Alpha Cradle", "foam body mold", "indexed vacuum cushion"))
        self.negated: str | None = None
        self.neg_modality: str | None = None

    # -- registers ------------------------------------------------------------------------------
    def pick_reg(self) -> str:
        self.reg = self.rng.choice(self._regs)
        return self.reg

    # -- words ----------------------------------------------------------------------------------
    def fill(self, text: str) -> str:
        for k, v in self._subs.items():
            text = text.replace(k, v)
        return text

    def date_before(self, lo: int, hi: int) -> str:
        return vista.mdy(vista.before(self.rng, self.day, lo, hi))

    def date_after(self, lo: int, hi: int) -> str:
        return vista.mdy(vista.after(self.rng, self.day, lo, hi))

    def rx(self) -> str:
        return self.rng.choice(RX.get(self.site.key, DEFAULT_RX))

    @property
    def he(self) -> str:
        return "she" if self.plan.sex == "F" else "he"

    @property
    def his(self) -> str:
        return "her" if self.plan.sex == "F" else "his"

    @property
    def dx(self) -> str:
        rng = self.rng
        if self.plan.area_count is None and self.plan.outcome != "non_sim":
            return self.fill(rng.choice(self.site.dx_generic))
        pool = self.site.dx
        keys = self.plan.area_keys or self.nonsim_keys
        if keys:
            pool = DX_BY_AREA.get((self.site.key, keys[0]), pool)
        text = self.fill(rng.choice(pool))
        return text.replace("{psa}", f"{rng.randint(4, 40)}.{rng.randint(0, 9)}")

    @property
    def sim_date(self) -> dt.date:
        return self.day
