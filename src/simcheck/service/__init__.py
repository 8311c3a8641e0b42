"""The web service: the coders' form, the JSON API and batch over HTTP (``pip install simcheck[service]``).

Example:
    >>> from simcheck.service import Settings, create_app
    >>> app = create_app(Settings(workers=2))  # the workers load at start-up, not here

``simcheck serve`` runs it with uvicorn. Names are imported on first use so that worker processes,
which import :mod:`simcheck.service.engine`, never import FastAPI.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from simcheck.service.app import create_app
    from simcheck.service.settings import Settings

__all__ = ["Settings", "create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from simcheck.service.app import create_app

        return create_app
    if name == "Settings":
        from simcheck.service.settings import Settings

        return Settings
    raise AttributeError(f"module 'simcheck.service' has no attribute {name!r}")
