"""Writer C: an independent synthetic writer for the external holdout (``wc-0001`` ... ``wc-0300``)."""

from .notes import build_corpus

__all__ = ["build_corpus"]
