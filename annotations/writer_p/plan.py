"""The plan of one note (decided before any text) and the per-note context used while writing it."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from .vocab import SITES, Site

T = TypeVar("T")

MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
NUM_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}


@dataclass
class Plan:
    """What a note documents, decided before it is written."""

    nid: str
    outcome: str
    site: str
    note_type: str
    style: str
    layout: str
    rationale: str | None = None
    areas: list[str] = field(default_factory=list)
    area_form: str = "none"
    features: list[str] = field(default_factory=list)
    modalities: list[str] = field(default_factory=list)
    traps: list[str] = field(default_factory=list)
    sim: bool = True


def area_keys(values: Sequence[str]) -> set[str]:
    """Distinct area keys by the validator's rule (``bilateral X`` is left X and right X)."""
    keys: set[str] = set()
    for value in values:
        if value.startswith("bilateral "):
            rest = value.removeprefix("bilateral ")
            keys.update({f"left {rest}", f"right {rest}"})
        else:
            keys.add(value)
    return keys


class Ctx:
    """Per-note random source, slots and people."""

    def __init__(self, plan: Plan, rng: random.Random) -> None:
        self.plan = plan
        self.rng = rng
        self.site: Site = SITES[plan.site]
        lat = rng.choice(["left", "right"])
        levels = ["T4", "T6", "T8", "T9", "T11", "T12", "L1", "L2", "C6", "C7"]
        lvl_i = rng.randrange(len(levels) - 1)
        seg = rng.choice(["II", "IVa", "V", "VI", "VII", "VIII"])
        gleason = rng.choice([(3, 4), (4, 3), (4, 4), (4, 5)])
        self.date = dt.date(2023, 1, 2) + dt.timedelta(days=rng.randrange(0, 1000))
        self.base_minutes = 7 * 60 + rng.randrange(0, 540)
        female_sites = {"cervix": 1.0, "gyn_brachy": 1.0, "breast": 0.9}
        self.female = rng.random() < female_sites.get(plan.site, 0.07)
        self.slots: dict[str, str] = {
            "lat": lat,
            "Lat": lat.capitalize(),
            "side": rng.choice(["left", "right"]),
            "lobe": rng.choice(["RUL", "LUL", "RLL", "LLL", "right upper lobe", "left upper lobe"]),
            "lvl": levels[lvl_i],
            "lvl2": levels[lvl_i + 1],
            "seg": seg,
            "seg2": rng.choice([s for s in ["II", "IVa", "V", "VI", "VII", "VIII"] if s != seg]),
            "g1": str(gleason[0]),
            "g2": str(gleason[1]),
            "gs": str(sum(gleason)),
            "gg": str(rng.choice([3, 4, 5])),
            "psa": f"{rng.uniform(4.1, 38.0):.1f}",
            "t": rng.choice(["1c", "2a", "2b", "2c", "3a"])[: rng.choice([1, 2])],
            "n": "multiple",
            "d": self.old_date(20, 120),
        }
        self.areas_surface: dict[str, str] = {}

    def pick(self, seq: Sequence[T]) -> T:
        """Return one element."""
        return self.rng.choice(list(seq))

    def chance(self, p: float) -> bool:
        """Return True with probability p."""
        return self.rng.random() < p

    def fmt(self, text: str) -> str:
        """Fill the site slots (``{lat}``, ``{d}`` ...); a fresh old date per ``{d}``."""
        while "{d}" in text:
            text = text.replace("{d}", self.old_date(10, 200), 1)
        return text.format_map(self.slots)

    def old_date(self, lo: int, hi: int) -> str:
        """A date lo..hi days before the note, in a random US short format."""
        day = self.date - dt.timedelta(days=self.rng.randint(lo, hi))
        form = self.rng.random()
        if form < 0.5:
            return f"{day.month}/{day.day}/{day.year % 100:02d}"
        if form < 0.8:
            return f"{day.month:02d}/{day.day:02d}/{day.year}"
        return f"{MONTHS[day.month - 1].capitalize()} {day.day}, {day.year}"

    def later_date(self, lo: int, hi: int) -> str:
        """A date lo..hi days after the note."""
        day = self.date + dt.timedelta(days=self.rng.randint(lo, hi))
        return f"{day.month}/{day.day}/{day.year % 100:02d}"

    def cprs_date(self, add_minutes: int = 0, base: dt.date | None = None) -> str:
        """A CPRS date stamp such as ``MAR 14, 2025@10:42``."""
        day = base or self.date
        minutes = self.base_minutes + add_minutes
        return f"{MONTHS[day.month - 1]} {day.day:02d}, {day.year}@{minutes // 60 % 24:02d}:{minutes % 60:02d}"

    def short_date(self, base: dt.date | None = None) -> str:
        """``03/14/2025``."""
        day = base or self.date
        return f"{day.month:02d}/{day.day:02d}/{day.year}"

    def time(self) -> str:
        """A clock time like ``0915``."""
        return f"{self.rng.randint(7, 16):02d}{self.rng.choice(['00', '05', '10', '15', '20', '30', '40', '45', '50'])}"

    def surface(self, value: str) -> str:
        """The surface chosen for an area value (stable within a note)."""
        if value not in self.areas_surface:
            for area in self.site.areas:
                if self.fmt(area.value) == value:
                    self.areas_surface[value] = self.fmt(self.pick(area.surfaces))
                    break
            else:
                self.areas_surface[value] = value
        return self.areas_surface[value]
