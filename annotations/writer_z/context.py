"""Per-note context: the plan, a seeded stream, filled placeholders, dates and an evidence ledger."""
# ruff: noqa: D102

from __future__ import annotations

import datetime
import random
import re

from .markup import tok
from .plan import SEED, Plan
from .vocab import (
    ANAESTHETISTS,
    CONTRAST_AGENTS_IV,
    CONTRAST_AGENTS_ORAL,
    DOSIMETRISTS,
    DX_BY_AREA,
    MAIN,
    NURSES,
    PHYSICIANS,
    PHYSICISTS,
    PRIMARY_WORD,
    REFERRERS,
    REFERRERS_BY_SITE,
    SATELLITE,
    SECOND,
    SIDES,
    SITES,
    THERAPISTS,
)

_PH = re.compile(r"\{([A-Za-z_0-9]+)\}")


class Ctx:
    """Everything a composer needs for one note."""

    def __init__(self, plan: Plan) -> None:
        self.p = plan
        self.r = random.Random(f"{SEED}:{plan.id}:text")
        self.site = SITES[plan.site]
        forms = SIDES[plan.side]
        other = SIDES["right" if plan.side == "left" else "left"]
        self.side, self.Lt = forms[0], self.r.choice([forms[1], forms[1], forms[2], forms[0].capitalize()])
        self.other_side, self.other_Lt = other[0], other[1]
        base = datetime.date(2026, 1, 5) + datetime.timedelta(days=self.r.randrange(0, 330))
        self.dos_date = base
        self.md = self.r.choice(PHYSICIANS)
        self.md2 = self.r.choice([m for m in PHYSICIANS if m != self.md])
        ther = list(THERAPISTS)
        self.r.shuffle(ther)
        self.ther1, self.ther2 = ther[0], ther[1]
        self.dosim = self.r.choice(DOSIMETRISTS)
        self.physicist = self.r.choice(PHYSICISTS)
        self.nurse = self.r.choice(NURSES)
        self.anaes = self.r.choice(ANAESTHETISTS)
        self.referrer = self.r.choice(REFERRERS_BY_SITE.get(plan.site, REFERRERS))
        if plan.location == "satellite":
            self.centre = self.r.choice(SATELLITE)
        elif plan.location == "pellmill":
            self.centre = self.r.choice(SECOND)
        else:
            self.centre = self.r.choice(MAIN)
        self.main = self.r.choice(MAIN)
        self.age = self._age()
        self.sex = self._sex()
        oars = list(self.site["oars"])
        self.r.shuffle(oars)
        self.oar, self.oar2 = oars[0], oars[1 % len(oars)]
        self.tgt = self.r.choice(self.site["target"])
        if plan.note_type == "brachy_insertion":
            self.tgt = self.r.choice(["HR-CTV", "target"])
        if plan.simulation and plan.n_areas is None:
            self.tgt = self.r.choice(["target", "target volume", "PTV"])
        # the story's areas: the plan's, or (when the plan has none) an area set drawn for the narrative only
        if plan.areas:
            self.story = [v for v, _ in plan.areas]
        else:
            opts = self.site["areas"]
            n = self.r.choice(sorted(opts))
            self.story = [v for v, _ in self.r.choice(opts[n])]
        self.agent_iv = self.r.choice(CONTRAST_AGENTS_IV)
        self.agent_oral = self.r.choice(CONTRAST_AGENTS_ORAL)
        self.immob = self.r.choice(self.site["immob"])
        self.mrn = f"BH{self.r.randrange(1000000, 9999999)}"
        self.job = str(self.r.randrange(4100000, 8999999))
        first = self.story[0]
        dx_pool = DX_BY_AREA.get(first, self.site["dx"])
        primary = self.fill(PRIMARY_WORD.get(first, first))
        self.dx = self.fill(self.r.choice(dx_pool), primary=primary)
        self.dx = self.dx[:1].upper() + self.dx[1:]
        # evidence ledger
        self.done_r = False
        self.done_f: list[str] = []
        self.done_m: list[str] = []
        self.done_areas = False
        self.traps_done: list[str] = []

    # --- basic helpers -------------------------------------------------
    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def _age(self) -> int:
        if self.p.site == "peds":
            return self.r.randint(2, 7)
        return self.r.randint(38, 88)

    def _sex(self) -> str:
        site = self.p.site
        if site in ("prostate",):
            return "M"
        if site in ("gyn", "breast"):
            return "F"
        return self.r.choice(["M", "F"])

    @property
    def he(self) -> str:
        return "he" if self.sex == "M" else "she"

    @property
    def his(self) -> str:
        return "his" if self.sex == "M" else "her"

    @property
    def him(self) -> str:
        return "him" if self.sex == "M" else "her"

    def person(self) -> str:
        if self.p.site == "peds":
            return self.pick(["boy", "child"]) if self.sex == "M" else self.pick(["girl", "child"])
        if self.sex == "M":
            return self.pick(["gentleman", "male", "man", "gentleman"])
        return self.pick(["lady", "female", "woman", "lady"])

    def date(self, days_before: int = 0, us: bool = False) -> str:
        d = self.dos_date - datetime.timedelta(days=days_before)
        return d.strftime("%m/%d/%Y") if us else d.strftime("%d/%m/%Y")

    def dos(self, us: bool = False) -> str:
        return self.date(0, us)

    def time(self) -> str:
        return f"{self.r.randint(7, 19):02d}:{self.r.randrange(0, 60):02d}"

    def md_name(self, second: bool = False) -> str:
        name = (self.md2 if second else self.md)[0]
        return self.pick([f"Dr. {name}", f"Dr {name}", f"{name}, MD", f"Dr. {name.split()[-1]}"])

    def md_surname(self) -> str:
        return self.md[0].split()[-1]

    def fill(self, template: str, **extra: str) -> str:
        values = {
            "side": self.side,
            "Lt": self.Lt,
            "Side": self.side.capitalize(),
            "other": self.other_side,
            "oLt": self.other_Lt,
            "oar": self.oar,
            "oar2": self.oar2,
            "tgt": self.tgt,
            "age": str(self.age),
            "agent": self.agent_iv,
            "oagent": self.agent_oral,
            "immob": self.immob,
            "centre": self.centre,
            "main": self.main,
            "he": self.he,
            "his": self.his,
            "him": self.him,
            "He": self.he.capitalize(),
            "His": self.his.capitalize(),
            "n": str(self.r.randint(2, 4)),
            "mm": str(self.r.randint(2, 9)),
            "cm": str(self.r.randint(2, 6)),
            "ml": str(self.r.choice([50, 60, 75, 80, 90, 100])),
            "d": self.date(self.r.randint(12, 60)),
            "dold": self.date(self.r.randint(400, 1800)),
            "yr": str(self.dos_date.year - self.r.randint(1, 7)),
            "t1": self.ther1,
            "t2": self.ther2,
            "dosim": self.dosim,
            "phys": self.physicist,
            "nurse": self.nurse,
            "anaes": self.anaes,
            "md": self.md_name(),
            "md2": self.md_name(True),
            "ref": self.referrer,
            "dos": self.dos(),
        }
        values.update(extra)

        def sub(m: re.Match) -> str:
            key = m.group(1)
            if key not in values:
                raise KeyError(f"no placeholder value for {key}")
            return values[key]

        return _PH.sub(sub, template)

    # --- evidence tokens (each call records what it emitted) -------------
    def R(self, surface: str) -> str:
        if self.p.rationale is None:
            raise ValueError("rationale token in a note without a planned rationale")
        self.done_r = True
        return tok("R", self.p.rationale, self.fill(surface))

    def F(self, feature: str, surface: str) -> str:
        if feature not in self.p.features:
            raise ValueError(f"feature {feature} not planned")
        if feature not in self.done_f:
            self.done_f.append(feature)
        return tok("F", feature, self.fill(surface))

    def M(self, modality: str, surface: str) -> str:
        if modality not in self.p.modalities:
            raise ValueError(f"modality {modality} not planned")
        if modality not in self.done_m:
            self.done_m.append(modality)
        return tok("M", modality, self.fill(surface))

    def S(self, value: str, surface: str) -> str:
        self.done_areas = True
        return tok("S", self.fill(value), self.fill(surface))

    def A(self, n: int, surface: str) -> str:
        self.done_areas = True
        return tok("A", str(n), self.fill(surface))

    def trap(self, name: str) -> bool:
        """True if the plan carries this trap (and mark it placed)."""
        if name in self.p.traps:
            if name not in self.traps_done:
                self.traps_done.append(name)
            return True
        return False

    def has(self, name: str) -> bool:
        return name in self.p.traps
