"""Writer V: an invented Catholic-system HOPD's radiation-oncology notes (frozen external holdout)."""

from .build import build_all

__all__ = ["build_all"]
