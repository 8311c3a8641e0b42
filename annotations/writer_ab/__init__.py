"""Writer AB: an invented bilingual county safety-net radiation oncology department.

Rio Colorado County Medical Center and its Valle Verde satellite; ``build_all()`` returns the 250 frozen holdout
records.
"""

from .build import build_all

__all__ = ["build_all"]
