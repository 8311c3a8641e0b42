"""Writer H: synthetic VA-style radiation oncology notes for the simcheck external holdout (plan first, then write)."""

from .build import build, build_all
from .plan import N_NOTES, SEED, Planner

__all__ = ["N_NOTES", "SEED", "Planner", "build", "build_all"]
