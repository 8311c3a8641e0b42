"""Writer Y: an invented radiation oncology management company's centres, with an ambient AI scribe.

Freestanding centres in several states; AI scribe and telehealth (2025-2026). ``build_all()`` returns the 250 records.
"""

from .build import build_all

__all__ = ["build_all"]
