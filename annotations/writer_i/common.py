"""Shared helpers: the invented department, people, dates and small random utilities."""

from __future__ import annotations

import datetime as _dt
import random
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")

CAMPUSES = (
    ("Prairie Valley Health - Bellmont Medical Center", "BMC", "Bellmont"),
    ("Prairie Valley Health - Cedar Ridge Hospital", "CRH", "Cedar Ridge"),
    ("Prairie Valley Health - Harlan Memorial", "HMH", "Harlan"),
)
PARTNER = ("Tri-River Proton & Brachytherapy Center", "TRPBC", "Tri-River")
SCANNERS = ("Siemens SOMATOM go.Open Pro", "Canon Aquilion LB", "GE Discovery RT", "Philips Brilliance Big Bore")
PARTNER_SCANNERS = ("in-room Philips Big Bore", "TRPBC Siemens Confidence", "proton-suite CT on rails")

_FIRST = ("Adaeze", "Bjorn", "Carmela", "Dmitri", "Elspeth", "Farid", "Greta", "Hollis", "Ines", "Jory", "Keziah",
          "Lorcan", "Marisol", "Nnamdi", "Oksana", "Perrin", "Quilla", "Rafferty", "Soraya", "Tobiah", "Ulla",
          "Vashti", "Wendell", "Xiomara", "Yusuf", "Zelda", "Anouk", "Benedikt", "Calla", "Desmond")
_LAST = ("Abernathy", "Bellweather", "Castellanos", "Drummond", "Eklund", "Fairbairn", "Gundersen", "Hollowell",
         "Ibarra", "Jankowski", "Kettering", "Lachapelle", "Marchetti", "Nakashima", "Oyelaran", "Pettibone",
         "Quarles", "Rautenberg", "Szabo", "Thistlewood", "Umeh", "Vandermolen", "Whitcombe", "Yellowhorse",
         "Zavala", "Ambrose", "Brightwater", "Cheung", "Delacroix-Hale", "Engstrom")


def pick(rng: random.Random, seq: Sequence[T]) -> T:
    return seq[rng.randrange(len(seq))]


def chance(rng: random.Random, p: float) -> bool:
    return rng.random() < p


def wpick(rng: random.Random, weights: dict[str, float]) -> str:
    """Weighted choice over a dict in insertion order (deterministic)."""
    keys = list(weights)
    total = sum(weights[k] for k in keys)
    x = rng.random() * total
    for k in keys:
        x -= weights[k]
        if x < 0:
            return k
    return keys[-1]


def sample(rng: random.Random, seq: Sequence[T], k: int) -> list[T]:
    return rng.sample(list(seq), min(k, len(seq)))


def person(rng: random.Random, title: str = "") -> str:
    name = f"{pick(rng, _FIRST)} {pick(rng, _LAST)}"
    return f"{name}, {title}" if title else name


def surname(rng: random.Random) -> str:
    return pick(rng, _LAST)


NUM_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}


class Clock:
    """The dates and times of one note (DST ends 11/01/2026: CDT before, CST after)."""

    def __init__(self, rng: random.Random):
        start = _dt.date(2026, 9, 8)
        while True:
            d = start + _dt.timedelta(days=rng.randrange(0, 100))
            if d.weekday() < 5:
                break
        self.dos = d
        self.tz = "CDT" if d < _dt.date(2026, 11, 1) else "CST"
        self.hour = rng.randrange(7, 15)
        self.minute = rng.randrange(0, 60)
        self.rng = rng

    def date(self, offset_days: int = 0) -> str:
        d = self.dos + _dt.timedelta(days=offset_days)
        return d.strftime("%m/%d/%Y")

    def short(self, offset_days: int = 0) -> str:
        d = self.dos + _dt.timedelta(days=offset_days)
        return f"{d.month}/{d.day}"

    def past(self, lo: int, hi: int, fmt: str = "long") -> str:
        """A date lo..hi days before the date of service."""
        d = self.dos - _dt.timedelta(days=self.rng.randrange(lo, hi))
        if fmt == "short":
            return f"{d.month}/{d.day}/{d.strftime('%y')}"
        if fmt == "iso":
            return d.isoformat()
        if fmt == "month":
            return d.strftime("%B %Y")
        return d.strftime("%m/%d/%Y")

    def future(self, lo: int, hi: int) -> str:
        d = self.dos + _dt.timedelta(days=self.rng.randrange(lo, hi))
        return d.strftime("%m/%d/%Y")

    def _at(self, add_min: int = 0, offset_days: int = 0) -> _dt.datetime:
        base = _dt.datetime(self.dos.year, self.dos.month, self.dos.day, self.hour, self.minute)
        return base + _dt.timedelta(days=offset_days, minutes=add_min)

    def tz_for(self, offset_days: int) -> str:
        d = self.dos + _dt.timedelta(days=offset_days)
        return "CDT" if d < _dt.date(2026, 11, 1) else "CST"

    def time(self, add_min: int = 0) -> str:
        return self._at(add_min).strftime("%H:%M")

    def later(self, lo: int, hi: int) -> str:
        """A stamp lo..hi minutes after the service time, moved to the next morning if it falls after 20:00."""
        t = self._at(self.rng.randrange(lo, hi))
        if t.hour >= 20 or t.date() != self.dos:
            nxt = self.dos + _dt.timedelta(days=1)
            t = _dt.datetime(nxt.year, nxt.month, nxt.day, 7, 0) + _dt.timedelta(minutes=self.rng.randrange(5, 150))
        tz = "CDT" if t.date() < _dt.date(2026, 11, 1) else "CST"
        return f"{t.strftime('%m/%d/%Y %H:%M')} {tz}"

    def stamp(self, add_min: int = 0, offset_days: int = 0) -> str:
        t = self._at(add_min, offset_days)
        tz = "CDT" if t.date() < _dt.date(2026, 11, 1) else "CST"
        return f"{t.strftime('%m/%d/%Y %H:%M')} {tz}"
