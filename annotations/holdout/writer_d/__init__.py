"""Writer D: a fourth, independent synthetic annotated corpus (frozen holdout for the next release).

The package plans each note first (site, note type, style, outcome, elements, traps), writes it with an
inline evidence markup, and derives exact character spans while the text is assembled.
"""

from writer_d.corpus import build_corpus

__all__ = ["build_corpus"]
