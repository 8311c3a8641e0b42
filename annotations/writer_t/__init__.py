"""Writer T: Larkspur Children's Hospital (pediatric proton centre), a frozen external holdout of 250 notes."""

from __future__ import annotations

from .build import build_all

__all__ = ["build_all"]
