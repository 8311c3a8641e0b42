"""Per-note context and element renderers (markup with counted tokens; traps as plain text)."""

from __future__ import annotations

import random

from . import phrases as ph
from .filler import date, num
from .markup import tok
from .plan import SEED, Plan
from .vocab import DOSIMETRISTS, HOSPITAL, NURSES, PHYSICIANS, REFERRERS, SITES, THERAPISTS

DX_UNKNOWN = {
    "bone_mets": "metastatic renal cell carcinoma with painful osseous disease",
    "lymphoma": "Hodgkin lymphoma stage IIA, residual PET avid disease after ABVD",
    "palliative": "metastatic melanoma with several painful subcutaneous and nodal deposits",
    "skin_electron": "multiple cutaneous squamous cell carcinomas in a kidney transplant patient",
    "srs": "multiple brain metastases from lung adenocarcinoma",
}
UNKNOWN_AREAS = [
    "Treatment areas per dosimetry plan.",
    "Sites as discussed, see the diagram in the chart.",
    "We will treat the involved sites as marked on the scan.",
    "Multiple areas, see plan.",
    "All the painful sites we talked about were marked.",
    "Targets to be finalized in contouring.",
    "Areas: see isocenter sheet.",
    "the lesions were marked with wire on skin.",
]
SKIN_DX = {
    "nasal ala": "basal cell carcinoma of the {side} nasal ala",
    "scalp": "squamous cell carcinoma of the scalp vertex",
    "cheek": "Merkel cell carcinoma of the {side} cheek",
    "ear": "SCC of the {side} ear helix, recurrent after Mohs",
}
SKIN_MULTI = [
    "multiple nonmelanoma skin cancers, immunosuppressed after liver transplant",
    "several biopsy proven BCCs and SCCs of the head",
    "field cancerization with multiple invasive SCCs",
]
UNKNOWN_AREAS_BRAIN = [
    "Lesions per the MRI, see plan.",
    "Targets: the enhancing lesions, to be contoured on the fused images.",
    "All lesions to be treated, list in the plan.",
    "targets per neurosurgery review.",
]
PALL_DX = {
    "chest wall": "metastatic NSCLC with a painful {side} chest wall mass",
    "T8 vertebra": "metastatic lung cancer with a painful T8 lesion",
    "right hip": "metastatic prostate cancer, painful right acetabular lesion",
    "bladder": "bleeding bladder cancer, not a surgical candidate",
    "axilla": "fungating {side} axillary mass, metastatic melanoma",
}
PRIOR_BY_SITE = {
    "breast_nodes": ["contralateral breast", "mantle"],
    "prostate_pelvis": ["pelvis", "prostate"],
    "head_neck": ["neck", "oral cavity"],
    "lung_4dct": ["mediastinum", "contralateral lung"],
    "whole_brain": ["brain (SRS)", "left frontal cavity"],
    "srs": ["brain (WBRT)", "posterior fossa"],
    "bone_mets": ["lumbar spine", "thoracic spine"],
    "gyn_brachy": ["pelvis", "para-aortics"],
    "rectum": ["pelvis", "prostate"],
    "esophagus": ["mediastinum", "left breast"],
    "pancreas": ["upper abdomen", "liver"],
    "lymphoma": ["neck", "mediastinum"],
    "skin_electron": ["face", "scalp"],
    "peds_anesthesia": ["abdomen"],
    "palliative": ["thoracic spine", "chest wall"],
}
PRIORS = ["right breast", "pelvis", "mediastinum", "lumbar spine", "left chest wall", "neck"]


class Ctx:
    def __init__(self, p: Plan):
        self.p = p
        self.rng = random.Random(f"{SEED}:{p.nid}:text")
        r = self.rng
        self.sv = SITES[p.site]
        self.traps: list[str] = []
        first, last = r.choice(PHYSICIANS)
        self.doc = f"Dr. {last}"
        self.doc_full = f"{first} {last}, MD"
        self.nurse = "{} {}".format(*r.choice(NURSES))
        self.ther = "{} {}".format(*r.choice(THERAPISTS))
        self.dosi = "{} {}".format(*r.choice(DOSIMETRISTS))
        self.ref = r.choice(REFERRERS)
        if p.site in ("breast_nodes", "gyn_brachy"):
            self.sex = "woman"
        elif p.site == "prostate_pelvis":
            self.sex = "man"
        else:
            self.sex = r.choice(["man", "woman"])
        self.he = "he" if self.sex == "man" else "she"
        self.his = "his" if self.sex == "man" else "her"
        self.age = r.randint(2, 9) if p.site == "peds_anesthesia" else r.randint(38, 91)
        if p.site == "peds_anesthesia":
            self.sex = "boy" if self.he == "he" else "girl"
        side = p.side
        self.surf = {}
        for value, surfaces in self.sv["areas"]:
            self.surf[value] = r.choice(surfaces).format(side=side)
        if p.outcome == "areas_unknown":
            self.dx = DX_UNKNOWN[p.site]
        elif p.site == "peds_anesthesia" and p.areas:
            self.dx = {"flank": self.sv["dx"][0], "orbit": self.sv["dx"][1], "whole brain": self.sv["dx"][2]}[
                p.areas[0]
            ].format(side=side)
        elif p.site == "peds_anesthesia":
            self.dx = r.choice(self.sv["dx"][:3]).format(side=side)
        elif p.site == "skin_electron" and len(p.areas) == 1:
            self.dx = SKIN_DX[p.areas[0]].format(side=side)
        elif p.site == "skin_electron" and p.areas:
            self.dx = r.choice(SKIN_MULTI)
        elif p.site == "palliative" and len(p.areas) == 1:
            self.dx = PALL_DX[p.areas[0]].format(side=side)
        elif p.site == "palliative" and p.areas:
            self.dx = "metastatic NSCLC with several painful sites, ECOG 3"
        elif p.site == "srs" and len(p.areas) > 1:
            self.dx = r.choice([self.sv["dx"][0], self.sv["dx"][3]])
        elif p.site == "srs" and len(p.areas) == 1:
            self.dx = self.sv["dx"][1]
        else:
            self.dx = r.choice(self.sv["dx"]).format(side=side)
        self.dx = self.dx.replace("x3", "x" + str(max(1, len(p.areas))))
        self.oars = [o.format(side=side) for o in self.sv["oars"]]
        self.date = date(r, 2025)
        self.mrn = f"{r.randint(100, 999)}-{r.randint(1000, 9999)}"
        self.hist = [
            h.format(d1=date(r), d2=date(r), n=r.choice(["2.1", "3.4", "4", "1.8", "5.2"])) for h in self.sv["hist"]
        ]
        self.hosp = HOSPITAL
        self.pos = r.choice(self.sv["immob"])

    # ---------- helpers ----------
    def trap(self, name: str) -> None:
        if name not in self.traps:
            self.traps.append(name)

    def choice(self, seq):
        return self.rng.choice(seq)

    def chance(self, x: float) -> bool:
        return self.rng.random() < x

    def intro(self) -> str:
        a, s, dx = self.age, self.sex, self.dx
        return self.choice(
            [
                f"{a}-year-old {s} with {dx}.",
                f"This is a {a} year old {s} with {dx}.",
                f"Pt is a {a}yo {s}, {dx}.",
                f"{a} y/o {s} here with {dx}.",
                f"Patient is a pleasant {a}-year-old {s} with {dx}.",
                f"Diagnosis: {dx}.",
                f"Dx {dx}, {a} yo {s}.",
            ]
        )

    def fill_ctx(self, hist_trap: bool) -> dict:
        hist = [self.hist_line()[:-1]] if hist_trap else []
        hist += [h for h in self.hist if h not in hist][:2]
        return {
            "hist": hist,
            "intro": self.intro(),
            "refs": [self.ref],
            "hosp": self.hosp,
            "he": self.he,
            "peds": self.p.site == "peds_anesthesia",
        }

    def nonsim_sites(self) -> list[str]:
        if self.p.site == "peds_anesthesia":
            vals = {"W": ["flank"], "r": ["orbit"], "m": ["whole brain", "spine"]}[self.dx[0]]
            return [self.surf[v] for v in vals]
        return [self.surf[v] for v, _ in self.sv["areas"][: self.rng.randint(1, 3)]]

    def site_tok(self, v: str) -> str:
        return tok("TREATMENT_SITE", v, self.surf[v])

    def n_areas(self) -> int:
        return sum(2 if v.startswith("bilateral ") else 1 for v in self.p.areas)

    def join(self, items: list[str]) -> str:
        if len(items) == 1:
            return items[0]
        conj = self.choice([" and ", ", and ", " & ", " plus "])
        return ", ".join(items[:-1]) + conj + items[-1]

    # ---------- areas ----------
    def count_tok(self, n: int) -> str:
        word = num(self.rng, n)
        surf = self.choice(
            [
                "{} treatment areas",
                "{} separate areas",
                "{} sites",
                "{} areas",
                "{} treatment sites",
                "{} separate treatment areas",
            ]
        ).format(word)
        return tok("AREA_COUNT", str(n), surf)

    def areas_block(self, wrong_first: bool = False) -> str:
        p = self.p
        if not p.areas:
            pool = UNKNOWN_AREAS_BRAIN if p.site == "srs" else UNKNOWN_AREAS
            return self.choice(pool)
        toks = [self.site_tok(v) for v in p.areas]
        n = self.n_areas()
        form = p.area_form
        if form == "single":
            return self.choice(
                [
                    "Treatment site: {}.",
                    "We are treating the {}.",
                    "Target is the {}.",
                    "Site is {}.",
                    "Treating {} only.",
                    "Area to be treated, {}.",
                    "Single area, the {}.",
                ]
            ).format(toks[0])
        if form == "iso" and p.site in ("skin_electron",):
            form = "named"
        if form == "iso":
            lines = [f"{self.choice(['Iso', 'Isocenter', 'ISO'])} {i + 1}: {t}" for i, t in enumerate(toks)]
            return "\n".join(lines)
        if form == "count":
            return self.choice(
                [
                    "{c}: {s}.",
                    "We are treating {c}, {s}.",
                    "{c} total, {s}.",
                    "Total of {c} ({s}).",
                    "There are {c}: {s}.",
                ]
            ).format(c=self.count_tok(n), s=self.join(toks))
        # named
        if n == 2 and self.chance(0.25) and not any(v.startswith("bilateral") for v in p.areas):
            self.trap("misrecognized_count_redundant")
            return f"to treatment areas, the {toks[0]} and the {toks[1]}."
        return self.choice(
            ["Treating the {}.", "Areas: {}.", "Sites being treated: {}.", "Targets are {}.", "Fields to cover {}."]
        ).format(self.join(toks))

    # ---------- rationale ----------
    def reason_tok(self) -> str:
        p = self.p
        cat = p.rationale
        assert cat
        tmpl = self.choice(ph.RATIONALE[cat])
        target = "target"
        if p.areas and self.chance(0.5):
            target = self.surf[p.areas[0]] if not p.areas[0].startswith("bilateral") else "target"
        oar, oar2 = self.rng.sample(self.oars, 2)
        fmod = {"MRI": "MRI", "PET": "PET"}.get(next((m for m in p.modalities if m in ("MRI", "PET")), "MRI"), "MRI")
        struct = self.choice(ph.STRUCT.get(p.route or "IV", ["target"]))
        year = str(self.rng.randint(2008, 2022))
        if target.startswith("the "):
            target = target[4:]
        text = tmpl.format(
            target=target,
            oar=oar,
            oar2=oar2,
            fmod=fmod,
            struct=struct,
            prior=self.choice(PRIOR_BY_SITE[p.site]),
            year=year,
            age=self.age,
        )
        if cat == "prior field overlap":
            self.trap("prior_course_mentioned")
        return tok("RATIONALE", cat, text)

    def rationale_block(self) -> str:
        lead = self.choice(ph.RATIONALE_LEADS)
        body = self.reason_tok()
        s = lead + body + "."
        if self.chance(0.15):
            s = self.choice(ph.BARE) + " " + s
            self.trap("bare_assertion_with_reason")
        return s

    def bare(self) -> str:
        self.trap("bare_assertion")
        return self.choice(ph.BARE)

    # ---------- imaging ----------
    def ct_sentence(self) -> str:
        x = tok("MODALITY", "CT", self.choice(ph.CT_SURF))
        return self.choice(ph.CT_SENT).format(x=x, pos=self.pos)

    def fourd_sentence(self) -> str:
        surf = self.choice(ph.FOURD_SURF)
        if surf == "for DCT":
            self.trap("misrecognition_counted")
        s = self.choice(ph.FOURD_SENT).format(x=tok("MODALITY", "CT", surf))
        if not self.p.features:
            self.trap("4dct_alone")
        return s

    def fusion_sentence(self, m: str) -> str:
        surf = self.choice(ph.FUSION_SURF[m])
        if surf == "pet CT":
            self.trap("misrecognition_counted")
        tmpl = self.choice(ph.FUSION_SENT[m])
        if tmpl.startswith("pet/CT"):
            return tok("MODALITY", m, "pet/CT") + tmpl[len("pet/CT") :].format(d=date(self.rng))
        s = tmpl.format(x=tok("MODALITY", m, surf), d=date(self.rng))
        if "contrast" not in self.p.features and m == "MRI" and self.chance(0.5):
            s += " (that MRI was done with gadolinium at the outside hospital)"
            self.trap("fused_scan_old_contrast")
        return s

    def imaging_block(self) -> str:
        p = self.p
        out = []
        if "CT" in p.modalities:
            out.append(self.ct_sentence())
            if p.fourd:
                out.append(self.fourd_sentence())
        for m in ("MRI", "PET"):
            if m in p.modalities:
                out.append(self.fusion_sentence(m))
        if "fluoroscopy" in p.modalities:
            out.append(
                self.choice(
                    ["Position checked under {x}.", "{x} used to confirm position.", "Verified with {x}."]
                ).format(x=tok("MODALITY", "fluoroscopy", self.choice(ph.FLUORO)))
            )
        if "ultrasound" in p.modalities:
            out.append(
                self.choice(["{x} used for guidance.", "Under {x} guidance.", "{x} confirmed placement."])
                .format(x=tok("MODALITY", "ultrasound", self.choice(ph.US)))
                .replace("Under ", "Done under ")
            )
        # traps on modalities not in plan
        absent = [m for m in ("MRI", "PET") if m not in p.modalities]
        if absent and self.chance(0.35):
            m = self.choice(absent)
            if self.chance(0.5) and ph.PLAN_MODALITY[m]:
                out.append(self.choice(ph.PLAN_MODALITY[m]))
                self.trap("planned_modality")
            elif ph.NEG_MODALITY[m]:
                out.append(self.choice(ph.NEG_MODALITY[m]))
                self.trap("negated_modality")
        return " ".join(out)

    # ---------- features ----------
    def contrast_tok(self) -> str:
        surf = self.choice(ph.CONTRAST[self.p.route])
        if surf == "ivy contrast":
            self.trap("misrecognition_counted")
        return tok("FEATURE", "contrast", surf)

    def contrast_block(self) -> str:
        p = self.p
        if "contrast" in p.features:
            s = self.choice(ph.CONTRAST_SENT).format(x=self.contrast_tok())
            return s[0].upper() + s[1:]
        if self.sv["routes"] and self.chance(0.5):
            neg = self.choice(ph.NEG_FEATURE["contrast"])
            self.trap("negated_feature")
            if neg.startswith("know"):
                self.trap("misrecognized_negation")
            return neg
        return ""

    def feature_sentence(self, f: str) -> str:
        oar = self.choice(self.oars)
        if f == "arc_rotational":
            s = self.choice(ph.ARC_SENT).format(x=tok("FEATURE", f, self.choice(ph.ARC)))
            if self.chance(0.2):
                s += self.choice([" (dictated: the mat)", " Vienna mat plan per physics.", " the mat, two arcs."])
                self.trap("misrecognition_redundant")
            return s
        if f == "custom_shielding":
            out = self.choice(ph.SHIELD_SENT).format(x=tok("FEATURE", f, self.choice(ph.SHIELD)))
            return out[0].upper() + out[1:]
        if f == "complex_blocking":
            x = self.choice(ph.COMPLEX_BLOCK).format(oar=oar)
            return self.choice(ph.COMPLEX_SENT).format(x=tok("FEATURE", f, x))
        if f == "brachytherapy":
            app, verb = self.choice(ph.BRACHY)
            return self._brachy(app, verb)
        if f == "contrast":
            return self.contrast_block()
        raise ValueError(f)

    def _brachy(self, app: str, verb: str) -> str:
        form = self.rng.randrange(3)
        if form == 0:
            return "The " + tok("FEATURE", "brachytherapy", f"{app} {verb}") + " on the scan."
        if form == 1:
            return "Applicator verification: " + tok("FEATURE", "brachytherapy", f"{app} {verb}") + "."
        return tok("FEATURE", "brachytherapy", f"{app[0].upper()}{app[1:]} placed and {verb}") + " with imaging."

    def technique_block(self) -> str:
        p = self.p
        out = [self.feature_sentence(f) for f in p.features if f not in ("contrast",)]
        if len(p.areas) == 1 and "arc_rotational" not in p.features and self.chance(0.4):
            out.append(
                self.choice(["Plan {} to the target.", "Expect {}.", "Will likely be {}.", "Technique {}."]).format(
                    self.choice(ph.MANY_BEAMS)
                )
            )
            self.trap("many_beams_one_target")
        if "complex_blocking" not in p.features and self.chance(0.3):
            out.append(self.choice(ph.MLC).format(oar=self.choice(self.oars)))
            self.trap("mlc_only")
        if self.chance(0.2):
            out.append(self.choice(ph.BOLUS))
            self.trap("bolus")
        return " ".join(out)

    def absent_feature_trap(self) -> str:
        """A planned or negated feature the plan does not have."""
        absent = [
            f
            for f in ("contrast", "arc_rotational", "custom_shielding", "complex_blocking", "brachytherapy")
            if f not in self.p.features
        ]
        if self.p.site != "gyn_brachy" and "brachytherapy" in absent:
            absent.remove("brachytherapy")
        if "contrast" in absent and not self.sv["routes"]:
            absent.remove("contrast")
        if not absent:
            return ""
        f = self.choice(absent)
        if self.chance(0.6):
            self.trap("planned_feature")
            return self.choice(ph.PLAN_FEATURE[f])
        neg = ph.NEG_FEATURE[f]
        if not neg:
            return ""
        self.trap("negated_feature")
        return self.choice(neg)

    def immob_line(self) -> str:
        if self.chance(0.35):
            self.trap("custom_immobilization")
            head = self.p.site in ("head_neck", "whole_brain", "srs", "skin_electron")
            pool = [x for x in ph.IMMOB_CUSTOM if ("mask" in x or "headrest" in x) == head]
            return self.choice(pool) + "."
        return ""

    def hist_line(self) -> str:
        self.trap("historical_imaging")
        h = self.choice(self.hist)
        if self.chance(0.4):
            self.trap("historical_contrast")
            h = self.choice(ph.HIST_CONTRAST).format(d=date(self.rng))
        return h[0].upper() + h[1:] + "."

    def other_person(self) -> str:
        self.trap("other_person")
        return self.choice(ph.OTHER_PERSON)

    def charge_line(self) -> str:
        self.trap("charge_line")
        extra = " + 77293" if self.p.fourd else ""
        return self.choice(
            [
                f"Charge capture: 77290{extra} - see above",
                f"charge 77290{extra} - see above",
                f"CHG: 77290-26{extra}",
                "Billing comment: complex sim 77290, see note",
                f"Charge 77290{extra} per sim today",
            ]
        )

    def signature(self) -> str:
        return self.choice(
            [
                f"Dictated but not read. Electronically signed by {self.doc_full} {self.date}",
                f"{self.doc_full}",
                "This note was dictated using Dragon speech recognition software. Errors in transcription may occur, please contact the office with questions.\n"
                + self.doc_full,
                f"e-signed {self.doc} {self.date}",
                f"-- {self.doc}, Radiation Oncology, dictated/not proofread",
                f"Signed: {self.doc_full} ({self.date})",
            ]
        )
