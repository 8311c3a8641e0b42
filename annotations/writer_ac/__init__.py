"""Writer AC: an invented VA medical centre's radiation oncology service (frozen external holdout)."""

from .build import build_all

__all__ = ["build_all"]
