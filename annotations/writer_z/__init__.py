"""Writer Z: Bramblewood Health radiation oncology (offshore-transcribed dictation, a tele-supervised satellite)."""

from .build import build_all

__all__ = ["build_all"]
