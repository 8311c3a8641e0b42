"""Scrub a claim: link notes to lines, take their verdicts, run the payer pack's edits.

:func:`scrub` is pure (no spaCy): the service runs it in the server process with verdicts from its
workers. :func:`check_claim` is the library entry point that also analyses the notes.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from simcheck.claims.edits import Context, LinkedNote, Reference, run_edits
from simcheck.claims.model import Claim, ClaimResult, LineResult
from simcheck.claims.packs import PayerPack, load_pack
from simcheck.errors import ClaimError, Errors
from simcheck.verdict import NoteError, Verdict

if TYPE_CHECKING:
    from simcheck.analyzer import Analyzer
    from simcheck.claims.store import RuleStore


def parse_claim(data: Any) -> Claim:
    """Validate a claim body, naming the first bad field (never its value).

    Raises:
        ClaimError: E070.
    """
    try:
        return Claim.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_input=False)[0]
        field = ".".join(str(part) for part in first["loc"]) or "body"
        raise ClaimError("E070", Errors.E070.format(field=field, reason=first["msg"])) from None


def open_rule_store(path: Path | None = None) -> RuleStore | None:
    """The CMS NCCI/MUE rule store at ``path``, else at the default place if one was imported there.

    Raises:
        ClaimError: E075 when ``path`` is given but holds no store.
    """
    from simcheck.claims.store import RuleStore

    if path is None:
        return RuleStore.open_default()
    if not Path(path).is_file():
        raise ClaimError("E075", Errors.E075.format(path=path))
    return RuleStore(Path(path))


def link_notes(claim: Claim, pack: PayerPack) -> dict[str, int]:
    """Which note documents each line: line id → index into ``claim.notes``.

    A note's ``line_ids`` link it explicitly. A note with no ``line_ids`` documents one simulation line of
    its ``date``: the first such line not yet linked (one note per simulation billed, so a second line on
    that date needs a second note).
    """
    links: dict[str, int] = {}
    for index, note in enumerate(claim.notes):
        for line_id in note.line_ids:
            links.setdefault(line_id, index)
    dated = [index for index, note in enumerate(claim.notes) if not note.line_ids and note.date is not None]
    for line in claim.lines:
        if line.id in links or pack.level_of(line.cpt) is None:
            continue
        match = next((index for index in dated if claim.notes[index].date == line.date_of_service), None)
        if match is not None:
            links[line.id] = match
            dated.remove(match)
    return links


def notes_to_check(claim: Claim, pack: PayerPack | None = None) -> dict[int, dict[str, str | None]]:
    """The notes linked to a line (only these are analysed): analyzer records by index in ``claim.notes``."""
    linked = sorted(set(link_notes(claim, pack or load_pack(claim.payer)).values()))
    return {index: {"note_id": claim.notes[index].note_id, "text": claim.notes[index].text} for index in linked}


def scrub(
    claim: Claim,
    verdicts: Mapping[int, Verdict | NoteError],
    *,
    reference: Reference | None = None,
    pack: PayerPack | None = None,
) -> ClaimResult:
    """Run the payer pack's edits over a claim.

    Args:
        claim: The validated claim.
        verdicts: The verdict (or error record) of each linked note, by its index in ``claim.notes``.
        reference: The CMS NCCI/MUE rule store; the pack's defaults apply without one.
        pack: The payer pack; the one ``claim.payer`` names by default.
    """
    pack = pack or load_pack(claim.payer)
    links = link_notes(claim, pack)
    notes = {
        line_id: LinkedNote(claim.notes[index].note_id, verdicts[index])
        for line_id, index in links.items()
        if index in verdicts
    }
    findings = run_edits(Context(claim=claim, pack=pack, notes=notes, reference=reference))
    lines = [
        LineResult(
            line_id=line.id,
            cpt=line.cpt,
            note_id=notes[line.id].note_id if line.id in notes else None,
            verdict=notes[line.id].verdict if line.id in notes else None,
        )
        for line in claim.lines
    ]
    return ClaimResult(
        payer=claim.payer,
        patient_id=claim.patient_id,
        rulepack=pack.label,
        findings=findings,
        lines=lines,
        rule_store=reference.files() if reference is not None else [],
    )


def check_claim(
    claim: Claim | Mapping[str, Any],
    analyzer: Analyzer | None = None,
    *,
    reference: Reference | None = None,
) -> ClaimResult:
    """Check a claim: analyse its linked notes, then run the payer pack's edits.

    Args:
        claim: A :class:`Claim` or its JSON data (the body of ``POST /v1/claims/check``).
        analyzer: The note analyzer; loaded with the committed model when a note needs it.
        reference: The CMS NCCI/MUE rule store, if one has been imported.

    Raises:
        ClaimError: E070 for an invalid claim, E071/E072 for its payer pack.
    """
    claim = claim if isinstance(claim, Claim) else parse_claim(claim)
    pack = load_pack(claim.payer)
    wanted = notes_to_check(claim, pack)
    verdicts: dict[int, Verdict | NoteError] = {}
    if wanted:
        if analyzer is None:
            from simcheck.analyzer import load

            analyzer = load()
        verdicts = dict(zip(wanted, analyzer.check_many(wanted.values()), strict=True))
    return scrub(claim, verdicts, reference=reference, pack=pack)
