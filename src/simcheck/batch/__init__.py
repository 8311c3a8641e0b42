"""Batch runs over EHR exports: readers, the worker pool, writers and the HTML report.

Modules (import them directly; nothing heavy is imported here):

* :mod:`simcheck.batch.records`: the plain record a reader yields, the output record and the flat row.
* :mod:`simcheck.batch.readers`: CSV, JSONL, FHIR R4 (NDJSON export, Bundle), HL7 v2 MDM, .txt folders.
* :mod:`simcheck.batch.writers`: JSONL, CSV and Parquet writers that survive a crash, and result readers.
* :mod:`simcheck.batch.runner`: ``run_batch``: the worker pool, resume, progress and summary.
* :mod:`simcheck.batch.report`: the self-contained HTML report for coding managers.
"""

from simcheck.errors import SimcheckError

__all__ = ["BatchError"]


class BatchError(SimcheckError):
    """A batch cannot start or go on: an unreadable input, an unwritable or mismatched output."""
