"""simcheck: does a radiation-oncology note support CPT 77290 (complex simulation)?

Example:
    >>> import simcheck
    >>> analyzer = simcheck.load()
    >>> verdict = analyzer.check("CT simulation with IV contrast ...", note_id="n-001")

The spaCy pipeline is imported on first use of ``load``/``Analyzer``, so the pure layers
(``simcheck.decide``, ``simcheck.verdict``) stay importable without spaCy.
"""

from importlib.metadata import version
from typing import TYPE_CHECKING, Any

from simcheck.errors import InputError, RulePackError, SimcheckError
from simcheck.verdict import NoteError, Verdict

if TYPE_CHECKING:
    from simcheck.analyzer import Analyzer, load

__version__ = version("simcheck")
__all__ = [
    "Analyzer",
    "InputError",
    "NoteError",
    "RulePackError",
    "SimcheckError",
    "Verdict",
    "__version__",
    "load",
]


def __getattr__(name: str) -> Any:
    if name in ("Analyzer", "load"):
        from simcheck import analyzer

        return getattr(analyzer, name)
    raise AttributeError(f"module 'simcheck' has no attribute {name!r}")
