"""Writer X: an invented Upper-Midwest university teaching hospital's radiation oncology notes (frozen holdout)."""

from .build import build_all

__all__ = ["build_all"]
