"""Service settings, read from ``SIMCHECK_*`` environment variables."""

from __future__ import annotations

import os
from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict, Field, FilePath

ENV_PREFIX = "SIMCHECK_"
# simcheck.analyzer.DEFAULT_MAX_CHARS, repeated so the server process never imports spaCy and the model
# (a test keeps the two equal).
DEFAULT_MAX_CHARS = 200_000


def available_cores() -> int:
    """Return the number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class Settings(BaseModel):
    """What the service accepts and how it runs; every field has a ``SIMCHECK_<NAME>`` variable.

    Attributes:
        api_keys: Keys accepted on ``/v1/*`` (``SIMCHECK_API_KEYS``, comma-separated); empty means open
            and the server binds to loopback only.
        max_chars: Longest note accepted, in characters (413 beyond).
        batch_max_notes: Most notes in one ``/v1/check/batch`` request (413 beyond).
        max_body_bytes: Largest request body, in bytes (413 beyond).
        workers: Analysis worker processes, each with its own pipeline; 0 analyses in the server process.
        log_level: Log level of the server and the ``simcheck`` loggers.
        rule_store: The CMS NCCI/MUE rule store the claim edits consult (``simcheck rules import-ncci``);
            by default the one at the user data dir, if imported.
    """

    model_config = ConfigDict(frozen=True, hide_input_in_errors=True)

    api_keys: tuple[str, ...] = ()
    max_chars: int = Field(default=DEFAULT_MAX_CHARS, gt=0)
    batch_max_notes: int = Field(default=1_000, gt=0)
    max_body_bytes: int = Field(default=20 * 1024 * 1024, gt=0)
    workers: int = Field(default_factory=available_cores, ge=0)
    log_level: str = Field(default="info", pattern="^(critical|error|warning|info|debug)$")
    rule_store: FilePath | None = None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Read settings from ``SIMCHECK_*`` variables; ``overrides`` (if not None) win.

        Raises:
            pydantic.ValidationError: For a malformed value (the value itself is not echoed).
        """
        environ = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for name in cls.model_fields:
            raw = environ.get(ENV_PREFIX + name.upper())
            if raw is None or not raw.strip():
                continue
            values[name] = tuple(k.strip() for k in raw.split(",") if k.strip()) if name == "api_keys" else raw.strip()
        values.update({name: value for name, value in overrides.items() if value is not None})
        return cls.model_validate(values)
