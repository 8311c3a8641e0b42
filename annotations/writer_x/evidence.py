"""Per-note context: people, dates, and the builders of counted evidence and of traps."""

from __future__ import annotations

import random
import re

from . import phrases as P
from .markup import tok
from .plan import SEED, Plan
from .vocab import (
    ATTENDINGS,
    DOSIMETRISTS,
    NUM_WORD,
    PHYSICISTS,
    RESIDENTS,
    SCANNERS,
    SITES,
    STUDENTS,
    THERAPISTS,
)

ALL_FEATURES = [
    "arc_rotational",
    "brachytherapy",
    "complex_blocking",
    "contrast",
    "custom_shielding",
    "hyperthermia",
    "particle",
]


def cap(s: str) -> str:
    """Compose or compute: cap."""
    return s[:1].upper() + s[1:]


class Ctx:
    """Everything one note's composer needs; records the traps it places."""

    def __init__(self, plan: Plan) -> None:
        self.p = plan
        self.site = SITES[plan.site]
        self.rng = r = random.Random(f"{SEED}:{plan.nid}:text")
        side = r.choice(["left", "right"]) if self.site.lateral else "left"
        self.side = {"side": side, "Side": side.capitalize(), "S": side[0].upper()}
        self.resident, self.pgy = r.choice(RESIDENTS)
        others = [x for x in RESIDENTS if x[0] != self.resident]
        self.resident2 = r.choice(others)[0]
        self.att = r.choice(ATTENDINGS)
        self.att_short = "Dr. " + self.att.split(",")[0].split()[-1]
        self.rtt, self.rtt2 = r.sample(THERAPISTS, 2)
        self.phys = r.choice(PHYSICISTS)
        self.dosi = r.choice(DOSIMETRISTS)
        self.student = r.choice(STUDENTS)
        self.scanner = r.choice(SCANNERS)
        self.month, self.day, self.year = r.randint(1, 12), r.randint(1, 28), r.choice([25, 26])
        self.date = f"{self.month}/{self.day}/{self.year}"
        self.old_date = f"{r.randint(1, 12)}/{r.randint(1, 28)}/{self.year - 1}"
        self.mrn = str(r.randint(1000000, 9999999))
        self.initials = r.choice("ABCDEFGHJKLMNPRSTW") + "." + r.choice("ABCDEFGHJKLMNPRSTVW") + "."
        self.age = r.randint(3, 7) if plan.site == "peds_anesthesia" else r.randint(38, 89)
        self.oars = r.sample(self.site.oars, len(self.site.oars))
        self.traps: list[str] = []
        self._hist_used: list[str] = []
        self.dx = self.f(r.choice(self.site.dx[plan.dx_key]))
        if plan.n_areas is None:
            self.tgt = r.choice(["target", "tumor", "gross disease"])
        else:
            self.tgt = self.f(r.choice(self.site.tgt))
        self.area_surface = {k: self.f(r.choice(self.site.areas[k][1])) for k in plan.area_keys}

    # ------------------------------------------------------------------ basics
    def f(self, s: str) -> str:
        """Compose or compute: f."""
        return re.sub(r"\{(side|Side|S)\}", lambda m: self.side[m.group(1)], s)

    def pick(self, seq):
        """Compose or compute: pick."""
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        """Compose or compute: chance."""
        return self.rng.random() < p

    def trap(self, name: str) -> None:
        """Compose or compute: trap."""
        if name not in self.traps:
            self.traps.append(name)

    def num(self, n: int) -> str:
        """Compose or compute: num."""
        return NUM_WORD[n] if self.chance(0.5) else str(n)

    # ------------------------------------------------------------------ areas
    def site_tok(self, key: str, surface: str | None = None) -> str:
        """Compose or compute: site tok."""
        value = self.f(self.site.areas[key][0])
        return tok("S", value, surface or self.area_surface[key])

    def site_toks(self) -> list[str]:
        """Compose or compute: site toks."""
        return [self.site_tok(k) for k in self.p.area_keys]

    def count_tok(self, n: int | None = None) -> str:
        """Compose or compute: count tok."""
        n = n if n is not None else self.p.n_areas
        assert n is not None
        w = self.num(n)
        plural = "s" if n > 1 else ""
        surf = self.pick(
            [
                f"{w} treatment area{plural}",
                f"{w} area{plural}",
                f"Number of treatment areas: {n}",
                f"{w} separate treatment area{plural}",
                f"# areas: {n}",
                f"{w} site{plural}",
            ]
        )
        return tok("A", str(n), surf)

    def join(self, items: list[str]) -> str:
        """Compose or compute: join."""
        if len(items) == 1:
            return items[0]
        if self.chance(0.5):
            return ", ".join(items[:-1]) + " and " + items[-1]
        return "; ".join(items)

    def areas_line(self, inline: bool = False) -> str:
        """The statement of the treatment areas in the plan's count form (markup)."""
        p = self.p
        if p.n_areas is None:
            self.trap("vague count")
            return self.pick(
                [
                    "Treatment site(s): see MD directive.",
                    "Areas: multiple, see plan.",
                    "Site: per attending (directive in ARIA).",
                    "Target(s) per contours to follow.",
                    "Sites: several — see directive.",
                ]
            )
        toks = self.site_toks()
        form = p.count_form
        if form == "single":
            return self.pick(
                ["Treatment area: {0}.", "Site: {0}.", "Simulated site: {0}.", "Target region: {0}."]
            ).format(toks[0])
        if form == "stated":
            return self.pick(["{c}: {s}.", "{c} ({s}).", "Simulated {c}: {s}."]).format(
                c=self.count_tok(), s=self.join(toks)
            )
        if form == "named":
            return self.pick(["Sites: {0}.", "Targets simulated: {0}.", "Areas: {0}."]).format(self.join(toks))
        if form == "numbered":
            if inline:
                return "Areas: " + " ".join(f"({i}) {t}" for i, t in enumerate(toks, 1)) + "."
            return "Treatment areas:\n" + "\n".join(f"  {i}) {t}" for i, t in enumerate(toks, 1))
        self.trap("isocentres enumerate the areas")
        if inline:
            return " ".join(f"Iso {i} = {t}." for i, t in enumerate(toks, 1))
        return "\n".join(f"Isocenter {i}: {t}" for i, t in enumerate(toks, 1))

    # ------------------------------------------------------------------ rationale
    def rationale_core(self) -> str:
        """Compose or compute: rationale core."""
        cat = self.p.rationale
        assert cat is not None
        oar, oar2 = self.oars[0], self.oars[1 % len(self.oars)]
        prior = self.pick(self.site.prior) if self.site.prior != ["none"] else "2019 course"
        if self.p.n_areas is None:
            prior = self.pick(["2019 course", "prior course, outside facility", "course completed 2021"])
        opts = [s for c, s in self.site.terse if c == cat] if self.p.n_areas is not None else []
        if opts and self.chance(0.35):
            phrase = self.pick(opts)
        else:
            pool = P.RATIONALE[cat]
            if "CT" not in self.p.modalities:
                pool = [x for x in pool if not re.search(r"CT|scan|fused|registered|images", x)]
            phrase = self.pick(pool).format(oar=oar, oar2=oar2, tgt=self.tgt, prior=prior)
        return phrase

    def rationale_tok(self, phrase: str | None = None) -> str:
        """Compose or compute: rationale tok."""
        return tok("R", self.p.rationale or "", phrase or self.rationale_core())

    def rationale_sentence(self) -> str:
        """Compose or compute: rationale sentence."""
        core = self.rationale_core()
        frame = self.pick(P.RATIONALE_FRAMES)
        if "{Rcap}" in frame:
            s = frame.replace("{Rcap}", self.rationale_tok(cap(core)))
        else:
            s = frame.replace("{R}", self.rationale_tok(core))
        if self.chance(0.15):
            self.trap("bare assertion next to a real reason")
            s = s + " " + self.pick(P.BARE_ASSERTIONS)
        return s

    def bare(self) -> str:
        """Compose or compute: bare."""
        self.trap("bare assertion")
        return self.pick(P.BARE_ASSERTIONS)

    # ------------------------------------------------------------------ features
    def feature_tok(self, feat: str, capital: bool = False) -> tuple[str, str]:
        """Return (token, detail) for a feature."""
        if feat == "contrast":
            surfaces, details = P.CONTRAST_ROUTES[self.p.contrast_route or "IV"]
            surf, detail = self.pick(surfaces), self.pick(details)
        else:
            surf, detail = self.pick(P.FEATURE_SURFACES[feat]), ""
            if feat == "brachytherapy" and self.p.site == "prostate":
                surf = self.pick(["catheter positions verified", "HDR catheter position verification"])
        return tok("F", feat, cap(surf) if capital else surf), detail

    def feature_sentence(self, feat: str) -> str:
        """Compose or compute: feature sentence."""
        frames = P.FEATURE_FRAMES[feat]
        if "CT" not in self.p.modalities:
            frames = [x for x in frames if "CT" not in x and "scan" not in x and "imaging" not in x] or [
                "{Fcap} at simulation."
            ]
        frame = self.pick(frames)
        t, detail = self.feature_tok(feat, capital="{Fcap}" in frame)
        s = frame.replace("{Fcap}", t).replace("{F}", t).replace("{detail}", detail).replace("{oar}", self.oars[0])
        return re.sub(r"\s+\.", ".", re.sub(r"  +", " ", s))

    def feature_sentences(self, skip: tuple[str, ...] = ()) -> list[str]:
        """Compose or compute: feature sentences."""
        return [self.feature_sentence(f) for f in self.p.features if f not in skip]

    # ------------------------------------------------------------------ modalities
    def ct_tok(self) -> str:
        """Compose or compute: ct tok."""
        if self.p.fourdct:
            return tok("M", "CT", self.pick(P.FOURD_SURFACES))
        return tok("M", "CT", self.pick(P.CT_SURFACES))

    def ct_sentence(self) -> str:
        """Compose or compute: ct sentence."""
        t = self.ct_tok()
        if self.p.fourdct:
            if not self.p.features:
                self.trap("4DCT alone")
            return self.pick(
                [
                    f"{t} acquired with the respiratory bellows; ITV to be generated from MIP/phases.",
                    f"Free-breathing {t} obtained, 3 mm slices.",
                    f"{t} on {self.scanner}, amplitude-binned.",
                ]
            )
        return self.pick(
            [
                f"{t} acquired on {self.scanner}, 2 mm slices.",
                f"Helical {t} obtained, 3 mm slices.",
                f"{t} performed in treatment position.",
                f"{t} — scan from vertex to mid-thigh as needed.",
            ]
        )

    def fusion_sentence(self, mod: str) -> str:
        """Compose or compute: fusion sentence."""
        if mod == "MRI":
            frame, surf = self.pick(P.MRI_FRAMES), self.pick(P.MRI_SURFACES)
        else:
            frame, surf = self.pick(P.PET_FRAMES), self.pick(P.PET_SURFACES)
        capital = "{Mcap}" in frame
        t = tok("M", mod, cap(surf) if capital else surf)
        s = frame.replace("{Mcap}", t).replace("{M}", t).replace("{date}", self.old_date)
        if mod == "MRI" and "contrast" not in self.p.features and self.chance(0.35):
            self.trap("fused scan with old contrast")
            s = s.rstrip(".") + " (diagnostic study, with gadolinium)."
        return s

    def modality_sentences(self, skip: tuple[str, ...] = ()) -> list[str]:
        """Compose or compute: modality sentences."""
        out = []
        for m in self.p.modalities:
            if m in skip:
                continue
            if m == "CT":
                out.append(self.ct_sentence())
            elif m in ("MRI", "PET"):
                out.append(self.fusion_sentence(m))
            elif m == "fluoroscopy":
                out.append(
                    self.pick(
                        [
                            f"Field borders set under {tok('M', 'fluoroscopy', self.pick(P.FLUORO))}.",
                            f"Set up on the {tok('M', 'fluoroscopy', 'conventional simulator')} (fluoro), films taken.",
                            f"{tok('M', 'fluoroscopy', cap(self.pick(P.FLUORO)))} used to verify the field edges.",
                        ]
                    )
                )
            elif m == "ultrasound":
                out.append(
                    self.pick(
                        [
                            f"Placement under {tok('M', 'ultrasound', self.pick(P.US))}.",
                            f"{tok('M', 'ultrasound', cap(self.pick(P.US)))} used to confirm position.",
                        ]
                    )
                )
        return out

    # ------------------------------------------------------------------ traps (plain text, never counted)
    def _absent_features(self) -> list[str]:
        out = [f for f in ALL_FEATURES if f not in self.p.features]
        if "custom_shielding" in self.p.features or "complex_blocking" in self.p.features:
            out = [f for f in out if f not in ("custom_shielding", "complex_blocking")]
        if "particle" in self.p.features:
            out = [f for f in out if f != "arc_rotational"]
        return out

    def neg_feature(self) -> str:
        """Compose or compute: neg feature."""
        cands = [f for f in self._absent_features() if f in P.NEG_FEATURE]
        if self.p.site != "gyn_brachy":
            cands = [f for f in cands if f not in ("brachytherapy", "hyperthermia")] or cands
        f = self.pick(cands)
        self.trap("negated feature")
        return (
            self.pick(P.NEG_FEATURE[f])
            .replace("{cr}", f"{self.rng.randint(16, 28) / 10:.1f}")
            .replace("{egfr}", str(self.rng.randint(18, 29)))
        )

    def planned_feature(self) -> str:
        """Compose or compute: planned feature."""
        f = self.pick([f for f in self._absent_features() if f in P.PLANNED_FEATURE])
        self.trap("planned feature")
        return self.pick(P.PLANNED_FEATURE[f])

    def neg_modality(self) -> str | None:
        """Compose or compute: neg modality."""
        cands = [m for m in ("MRI", "PET") if m not in self.p.modalities]
        if not cands:
            return None
        self.trap("negated modality")
        return self.pick(P.NEG_MODALITY[self.pick(cands)])

    def planned_modality(self) -> str | None:
        """Compose or compute: planned modality."""
        cands = [m for m in ("MRI", "PET") if m not in self.p.modalities]
        if not cands:
            return None
        self.trap("planned modality")
        return self.pick(P.PLANNED_MODALITY[self.pick(cands)])

    def hist(self) -> str:
        """Compose or compute: hist."""
        unused = [h for h in self.site.hist if h not in self._hist_used] or self.site.hist
        s = self.pick(unused)
        self._hist_used.append(s)
        self.trap("historical imaging")
        if "contrast" in s or "gadolinium" in s:
            self.trap("historical contrast")
        return s + "."

    def many_beams(self) -> str | None:
        """Compose or compute: many beams."""
        if self.p.n_areas != 1 or {"arc_rotational", "brachytherapy", "particle"} & set(self.p.features):
            return None
        self.trap("many beams on one target")
        return self.pick(
            ["Beam arrangement: {b}.", "Anticipate {b} to the single target.", "{b} to one isocenter."]
        ).format(b=self.pick(P.MANY_BEAMS))

    def mlc(self) -> str | None:
        """Compose or compute: mlc."""
        if "custom_shielding" in self.p.features or "complex_blocking" in self.p.features:
            return None
        self.trap("MLC only")
        return self.pick(P.MLC_ONLY)

    def immob(self) -> str:
        """Compose or compute: immob."""
        self.trap("custom immobilisation (not a feature)")
        return self.f(self.pick(self.site.immob))

    def bolus(self) -> str:
        """Compose or compute: bolus."""
        self.trap("bolus")
        return self.pick(P.BOLUS)

    def copy_forward(self) -> str:
        """Compose or compute: copy forward."""
        self.trap("copy-forward")
        prior = self.pick(self.site.prior) if self.site.prior != ["none"] else "2021 course"
        items = self.rng.sample(
            [
                "IV contrast (Omnipaque 350)",
                "custom Cerrobend blocks",
                "MRI fusion",
                "VMAT",
                "three treatment areas",
                "PET/CT fusion",
                "oral contrast",
                "complex blocking",
                "target abuts the cord",
            ],
            3,
        )
        head = self.pick(
            [
                f"[copied from prior course sim note, {prior}]",
                f"*** Copied forward from {self.old_date} note ***",
                f"Prior course ({prior}) — copied:",
                f"(copy-forward from previous sim, {prior})",
            ]
        )
        return f"{head} {'; '.join(items)}. [end of copied text]"

    def prior_site_passing(self) -> str | None:
        """Compose or compute: prior site passing."""
        if self.site.prior == ["none"] or self.p.n_areas is None:
            return None
        self.trap("prior site named in passing")
        return f"Prior RT: {self.pick(self.site.prior)} — not part of this course."

    def some_traps(
        self,
        k: int,
        allow: tuple[str, ...] = ("neg_f", "plan_f", "neg_m", "plan_m", "hist", "beams", "mlc", "immob", "bolus"),
    ) -> list[str]:
        """Return up to k trap sentences drawn from the allowed kinds."""
        kinds = list(allow)
        self.rng.shuffle(kinds)
        out: list[str] = []
        for kind in kinds:
            if len(out) >= k:
                break
            s = {
                "neg_f": self.neg_feature,
                "plan_f": self.planned_feature,
                "neg_m": self.neg_modality,
                "plan_m": self.planned_modality,
                "hist": self.hist,
                "beams": self.many_beams,
                "mlc": self.mlc,
                "immob": lambda: "Immobilization: " + self.immob() + ".",
                "bolus": self.bolus,
                "prior": self.prior_site_passing,
            }[kind]()
            if s:
                out.append(s)
        return out
