"""Error codes and exceptions. Messages never contain note text."""

from __future__ import annotations


class SimcheckError(Exception):
    """Base error with a stable machine-readable code.

    Args:
        code: Stable error code such as ``E010``.
        message: Plain-language explanation (never note text).
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"[{code}] {message}")
        self.code = code
        self.message = message


class RulePackError(SimcheckError):
    """A rule pack is missing, malformed or inconsistent."""


class InputError(SimcheckError):
    """A note cannot be analysed as given (empty, too long, wrong type)."""


class Errors:
    """Error codes and message templates, spaCy style."""

    E001 = "Rule pack {path} could not be read: {reason}"
    E002 = "Rule pack {path} is invalid: {reason}"
    E003 = "Rule id {rule_id} is defined more than once"
    E010 = "The note text is empty"
    E011 = "The note has {length} characters, over the limit of {limit}"
    E012 = "The note text must be a string, not {type_name}"
    E020 = "The label file {path} line {line} is not a valid label record: {reason}"
