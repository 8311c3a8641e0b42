"""Writer S: Hollins Prairie Community Hospital (critical access), a frozen external holdout."""

from writer_s.build import build_all

__all__ = ["build_all"]
