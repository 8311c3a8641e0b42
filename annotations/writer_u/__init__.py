"""Writer U: Cedar Basin Radiation Specialists, a frozen external holdout of 250 synthetic notes."""

from writer_u.build import build_all

__all__ = ["build_all"]
