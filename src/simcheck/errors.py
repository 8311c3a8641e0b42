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


class ModelLoadError(SimcheckError):
    """A trained model is missing, untrusted or does not match its manifest."""


class ClaimError(SimcheckError):
    """A claim or a payer rule pack cannot be used as given."""


class RuleStoreError(SimcheckError):
    """A CMS NCCI/MUE rule file or the local rule store cannot be used as given."""


class Errors:
    """Error codes and message templates, spaCy style."""

    E001 = "Rule pack {path} could not be read: {reason}"
    E002 = "Rule pack {path} is invalid: {reason}"
    E003 = "Rule id {rule_id} is defined more than once"
    E010 = "The note text is empty"
    E011 = "The note has {length} characters, over the limit of {limit}"
    E012 = "The note text must be a string, not {type_name}"
    E013 = "The note text holds characters that are not valid Unicode (unpaired surrogates)"
    E020 = "The label file {path} line {line} is not a valid label record: {reason}"
    E030 = "The model file {path} could not be read"
    E031 = "The model file {path} holds types that are not trusted: {types}"
    E032 = "The model file {path} does not match the digest in its manifest"
    E033 = "No annotations for training in {path} (expected train.jsonl and dev.jsonl)"
    E050 = "Cannot read the input {path}: {reason}"
    E051 = "Cannot write the output {path}: {reason}"
    E052 = "The output {path} does not continue these inputs ({reason}); remove it or run without --resume"
    E053 = "The record is not valid {fmt}: {reason}"
    E054 = "The {kind} is {found}, not {expected}"
    E055 = "The attachment data is not valid base64"
    E056 = "The note bytes are not valid {encoding} (first bad byte at offset {offset})"
    E057 = "The document has no text/plain or text/html content (found: {found})"
    E058 = "The attachment refers to {reference}, which is not in the input"
    E059 = "The note could not be analysed: internal error {kind}"
    E060 = "A valid API key is required: send Authorization: Bearer KEY or X-API-Key: KEY"
    E061 = "The request is invalid: {field}: {reason}"
    E062 = "The request body is not valid JSON ({reason} at byte {position})"
    E063 = "The request body is not valid UTF-8"
    E064 = "The content type must be {expected}"
    E065 = "The request body is over the limit of {limit} bytes"
    E066 = "The batch has {count} notes, over the limit of {limit}"
    E067 = "HTTP {status}: {reason}"
    E068 = "The analysis workers are restarting; retry the request"
    E069 = "Internal error; quote request id {request_id} when reporting it"
    E070 = "The claim is invalid: {field}: {reason}"
    E071 = "There is no payer rule pack {payer!r}; the packs are: {known}"
    E072 = "Payer rule pack {path} is invalid: {reason}"
    E073 = "Payer rule pack {pack} extends {parent}, which extends {grandparent}: only one level is allowed"
    E074 = "Cannot read the claim file {path}: {reason}"
    E075 = "There is no rule store at {path}: import CMS files with `simcheck rules import-ncci` / `import-mue`"
    E040 = "Cannot read the annotation file {path}: {reason}"
    E041 = "{count} problem(s) in the annotation files"
    E080 = "Cannot read the rule file {path}: {reason}"
    E081 = "No {kind} header row in {path}: expected the columns {expected}"
    E082 = "{path} line {line}: the {field} field is not valid ({reason})"
    E083 = (
        "No effective date for the MUE file {path}: keep the CMS file name (..._Eff_MM-DD-YYYY.csv)"
        " or pass --effective-from YYYY-MM-DD"
    )
    E084 = (
        "{path} is an Excel workbook and openpyxl is not installed:"
        " use the .txt (PTP) or .csv (MUE) file from the same CMS zip"
    )
    E085 = "{path} is not a CMS rule file: {reason}"
    E086 = "{path} is a {found} file, not {expected}"
    E087 = "The rule store {path} cannot be used: {reason}"
    E088 = "The setting must be practitioner or hospital, not {setting!r}"
