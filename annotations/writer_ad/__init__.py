"""Writer AD: a community cancer centre's speech-recognition dictation, macros, dosimetry sheets and nurse/PA notes."""

from .build import build_all

__all__ = ["build_all"]
