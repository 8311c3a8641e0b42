"""simcheck: does a radiation-oncology note support CPT 77290 (complex simulation)?

Example:
    >>> import simcheck
    >>> analyzer = simcheck.load()
    >>> verdict = analyzer.check("CT simulation with IV contrast ...", note_id="n-001")
"""

from importlib.metadata import version

from simcheck.analyzer import Analyzer, load
from simcheck.errors import InputError, RulePackError, SimcheckError
from simcheck.verdict import NoteError, Verdict

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
