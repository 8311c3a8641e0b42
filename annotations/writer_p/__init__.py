"""Writer P: a VA radiation oncology service's CPRS/TIU notes, a frozen synthetic holdout (see build_all)."""

from .notes import build_all

__all__ = ["build_all"]
