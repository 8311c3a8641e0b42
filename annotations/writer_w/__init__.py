"""Writer W: Marsh Harbor Cancer Alliance (invented), a frozen external holdout of 250 notes."""

from .build import build_all

__all__ = ["build_all"]
