"""Claim-aware checks: NCCI-style edits from versioned payer packs, with the note verdict of each simulation line.

Library use::

    from simcheck.claims import check_claim
    result = check_claim({"payer": "medicare", "lines": [...], "history": [...], "notes": [...]})
"""

from simcheck.claims.check import check_claim, parse_claim, scrub
from simcheck.claims.model import Claim, ClaimLine, ClaimNote, ClaimResult, Finding, LineResult
from simcheck.claims.packs import PayerPack, available_packs, load_pack

__all__ = [
    "Claim",
    "ClaimLine",
    "ClaimNote",
    "ClaimResult",
    "Finding",
    "LineResult",
    "PayerPack",
    "available_packs",
    "check_claim",
    "load_pack",
    "parse_claim",
    "scrub",
]
