# ruff: noqa: E501, D102
"""Per-note context: the text stream, people, dates and site-specific slot values."""

from __future__ import annotations

import random

from . import vocab as V
from .plan import SEED, Plan

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MESES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
NUM_EN = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}
NUM_ES = {1: "una", 2: "dos", 3: "tres", 4: "cuatro", 5: "cinco"}


class Ctx:
    """Everything a composer needs for one note; all randomness comes from ``self.rng``."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.rng = random.Random(f"{SEED}:{plan.id}:text")
        r = self.rng
        self.site = V.SITES[plan.site]
        self.side = plan.side
        self.S = "L" if plan.side == "left" else "R"
        self.lado = "izquierda" if plan.side == "left" else "derecha"
        if plan.site in ("gyn_brachy", "gyn_ebrt", "breast"):
            self.sex = "F"
        elif plan.site == "prostate":
            self.sex = "M"
        else:
            self.sex = r.choice(["F", "M"])
        self.he = "she" if self.sex == "F" else "he"
        self.his = "her" if self.sex == "F" else "his"
        self.him = "her" if self.sex == "F" else "him"
        self.sr = "la señora" if self.sex == "F" else "el señor"
        self.Sr = "Sra." if self.sex == "F" else "Sr."
        self.pte = "la paciente" if self.sex == "F" else "el paciente"
        self.age = r.randint(3, 6) if plan.site == "peds" else r.randint(31, 88)
        self.att = r.choice(V.ATTENDINGS)
        self.att_short = self.att.split()[-1]
        self.res = r.choice(V.RESIDENTS)
        self.fellow = r.choice(V.FELLOWS)
        self.rtt = r.choice(V.RTTS)
        self.rtt2 = r.choice([x for x in V.RTTS if x != self.rtt])
        self.rn = r.choice(V.NURSES)
        self.dosi = r.choice(V.DOSIMETRISTS)
        self.phys = r.choice(V.PHYSICISTS)
        self.counselor = r.choice(V.COUNSELORS)
        self.nav = r.choice(V.NAVIGATORS)
        self.anes = r.choice(V.ANESTH)
        self.interp = r.choice(V.INTERP_IDS)
        self.interp_name = r.choice(V.INTERP_NAMES)
        if plan.site == "peds":
            rels = V.PEDS_REL
        else:
            rels = [x for x in V.RELATIVES if x[0] != ("esposo" if self.sex == "M" else "esposa")]
        self.rel_es, self.rel_en = r.choice(rels)
        self.outside, self.outside_short = r.choice(V.OUTSIDE)
        self.mx_town = r.choice(V.MX_TOWNS)
        self.us_town = r.choice(V.US_TOWNS)
        self.hospital = r.choice(V.HOSPITAL)
        self.satellite = r.choice(V.SATELLITE)
        self.univ = r.choice(V.UNIVERSITY)
        self.mrn = f"{r.choice(['RC', 'RCC', 'M', ''])}{r.randint(1000000, 9999999)}"
        self.fin = f"{r.randint(40000000, 49999999)}"
        self.year = r.choice([2024, 2025, 2025, 2026])
        self.month = r.randint(1, 12)
        self.day = r.randint(1, 28)
        key = "+".join(v for v, _ in (plan.area_option or []))
        prof = V.PROFILES.get(plan.site, {}).get(key, {})
        self.profile = prof
        oars = list(prof.get("oars") or self.site["oars"])
        r.shuffle(oars)
        self.oars = [self.fmt(o) for o in oars]
        self.oar, self.oar2 = self.oars[0], self.oars[1 % len(self.oars)]
        tgt = self.fmt(r.choice(prof.get("targets") or self.site["targets"]))
        self.tgt = tgt[4:] if tgt.startswith("the ") else tgt
        self.dx = self.fmt(r.choice(prof.get("dx") or self.site["dx"]))
        self.immob = self.fmt(r.choice(self.site["immob"]))
        self.mm = r.choice([2, 3, 3, 4, 5, 6, 7])
        self.dose = r.choice(V.DOSES[plan.site])
        self.used: dict[str, int] = {}

    # -- helpers ---------------------------------------------------------
    def fmt(self, s: str) -> str:
        return s.replace("{side}", self.side).replace("{S}", self.S).replace("{lado}", self.lado)

    def pick(self, seq):
        return self.rng.choice(list(seq))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def shuffled(self, seq):
        items = list(seq)
        self.rng.shuffle(items)
        return items

    def date(self, offset_days: int = 0, style: int | None = None) -> str:
        day = self.day + offset_days
        month, year = self.month, self.year
        while day > 28:
            day -= 28
            month += 1
        while day < 1:
            day += 28
            month -= 1
        while month > 12:
            month -= 12
            year += 1
        while month < 1:
            month += 12
            year -= 1
        style = self.rng.randint(0, 5) if style is None else style
        if style == 0:
            return f"{month}/{day}/{year % 100:02d}"
        if style == 1:
            return f"{month:02d}/{day:02d}/{year}"
        if style == 2:
            return f"{day:02d}-{MONTHS[month - 1]}-{year}"
        if style == 3:
            return f"{MONTHS[month - 1]} {day}"
        if style == 4:
            return f"{day}/{MESES[month - 1]}/{year}"
        return f"{month}/{day}"

    def past_date(self, months_back: int | None = None) -> str:
        back = months_back if months_back is not None else self.rng.randint(1, 8)
        return self.date(-28 * back)

    def time(self) -> str:
        return f"{self.rng.randint(7, 16):02d}{self.rng.choice(['00', '05', '10', '15', '20', '30', '40', '45', '50', '55'])}"

    def num_en(self, n: int) -> str:
        return NUM_EN.get(n, str(n))

    def num_es(self, n: int) -> str:
        return NUM_ES.get(n, str(n))
