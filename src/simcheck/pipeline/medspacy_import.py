"""medspaCy's ConText, imported without QuickUMLS.

medspacy 1.3.1 (pinned) imports ``quickumls`` in ``medspacy.util`` only to register its UMLS concept component,
which simcheck never uses. That import pulls in NLTK and SciPy's statistics: about 160 MB of memory and 1.5 s of
start-up (measured in bench/). While medspaCy imports, an empty placeholder stands in for ``quickumls``; it is
removed afterwards, so a later ``import quickumls`` in the same process gets the real package. When medspaCy or
QuickUMLS is already imported, nothing is replaced.
"""

import sys
import types

_PLACEHOLDERS = ("quickumls", "quickumls.spacy_component")


def _import_context() -> None:
    if "medspacy" in sys.modules or "quickumls" in sys.modules:
        return
    component = types.ModuleType("quickumls.spacy_component")
    placeholder = types.ModuleType("quickumls")
    placeholder.spacy_component = component  # type: ignore[attr-defined]
    sys.modules.update(dict(zip(_PLACEHOLDERS, (placeholder, component), strict=True)))
    try:
        import medspacy.context  # noqa: F401
    finally:
        for name in _PLACEHOLDERS:
            sys.modules.pop(name, None)


_import_context()

from medspacy.context import ConText, ConTextRule  # noqa: E402
from medspacy.context.context_graph import ConTextGraph  # noqa: E402
from medspacy.context.context_modifier import ConTextModifier  # noqa: E402

__all__ = ["ConText", "ConTextGraph", "ConTextModifier", "ConTextRule"]
