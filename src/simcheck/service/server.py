"""``simcheck serve``: run the service with uvicorn; without API keys it listens on loopback only."""

from __future__ import annotations

import copy
import ipaddress
import logging
import logging.config
from typing import Any

import uvicorn
from uvicorn.config import LOGGING_CONFIG

from simcheck.service.app import create_app
from simcheck.service.settings import Settings

log = logging.getLogger("simcheck.service")


def is_loopback(host: str) -> bool:
    """Whether ``host`` is a loopback name or address."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def bind_host(host: str, settings: Settings) -> str:
    """The host to listen on: as asked when keys are set or it is loopback, else ``127.0.0.1``."""
    return host if settings.api_keys or is_loopback(host) else "127.0.0.1"


def logging_config(level: str) -> dict[str, Any]:
    """Uvicorn's logging setup plus the ``simcheck`` loggers; the access log is ours (no query strings)."""
    config = copy.deepcopy(LOGGING_CONFIG)
    config["loggers"]["simcheck"] = {"handlers": ["default"], "level": level.upper(), "propagate": False}
    config["loggers"]["uvicorn"]["level"] = level.upper()
    return config


def run(host: str = "127.0.0.1", port: int = 8000, workers: int | None = None) -> None:
    """Serve until interrupted.

    Args:
        host: Interface to listen on (loopback is enforced while ``SIMCHECK_API_KEYS`` is unset).
        port: TCP port.
        workers: Analysis worker processes; ``SIMCHECK_WORKERS`` or the number of cores when None.

    Raises:
        pydantic.ValidationError: When a ``SIMCHECK_*`` variable is malformed.
    """
    settings = Settings.from_env(workers=workers)
    config = logging_config(settings.log_level)
    logging.config.dictConfig(config)
    bound = bind_host(host, settings)
    if settings.api_keys:
        log.info("API keys: %d configured; every /v1/* request needs one", len(settings.api_keys))
    else:
        moved = f" ({bound} instead of {host})" if bound != host else ""
        log.warning("SIMCHECK_API_KEYS is not set: /v1/* is open, so the service listens on loopback only%s", moved)
    shown = f"[{bound}]" if ":" in bound else bound
    log.info(
        "simcheck on http://%s:%d/ (API reference at /docs); limits: %d characters a note, %d notes or %d bytes "
        "a request; %s",
        shown,
        port,
        settings.max_chars,
        settings.batch_max_notes,
        settings.max_body_bytes,
        f"{settings.workers} analysis worker processes" if settings.workers else "analysis in the server process",
    )
    uvicorn.run(
        create_app(settings),
        host=bound,
        port=port,
        log_config=config,
        access_log=False,
        server_header=False,
        timeout_graceful_shutdown=30,
    )
