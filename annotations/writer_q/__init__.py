"""Writer Q: Sonoran Valley Cancer Institute, a frozen external holdout (ambient-scribe era notes)."""

from writer_q.build import build_all

__all__ = ["build_all"]
