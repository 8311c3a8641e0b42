"""Writer R: an invented academic medical center's Epic-like radiation-oncology notes (frozen holdout)."""

from __future__ import annotations

from .build import build_all

__all__ = ["build_all"]
