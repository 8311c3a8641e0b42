"""Rule store benchmark: import a synthetic CMS-shaped PTP file, then look pairs up by date of service.

Run from the repository root::

    .venv/bin/python bench/bench_rule_store.py                      # 1,000,000 rows, 10,000 lookups
    .venv/bin/python bench/bench_rule_store.py --rows 200000 --lookups 5000 --keep /tmp/bench

The file copies the practitioner PTP layout (copyright and title lines, the header spread over four rows,
tab-delimited, CRLF, cp1252); its pairs are random 5-digit codes in CMS's sort order, a tenth of them
deleted. Lookups mix pairs that exist (asked in either column order, on dates inside and outside their
window) with pairs that do not.
Prints rows/s for parsing alone and for the import, lookups/s, and the store's size.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from simcheck.claims.cms import iter_ptp
from simcheck.claims.store import RuleStore

HEADER = (
    "CPT only copyright 2025 American Medical Association.  All rights reserved.\t\t\t\t\t\t\r\n"
    "Column1/Column2 Edits\t\t\t\t\t\t\r\n"
    "Column 1\tColumn 2\t*=in existence\tEffective\tDeletion\tModifier\tPTP Edit Rationale\r\n"
    "\t\tprior to 1996\tDate\tDate\t0=not allowed\t\r\n"
    "\t\t\t\t*=no data\t1=allowed\t\r\n"
    "\t\t\t\t\t9=not applicable\t\r\n"
)
RATIONALES = (
    "Standards of medical / surgical practice",
    "Mutually exclusive procedures",
    "CPT Manual or CMS manual coding instructions",
    "Misuse of column two code with column one code",
    "HCPCS/CPT procedure code definition",
)
QUARTERS = [date(y, m, 1) for y in range(2005, 2027) for m in (1, 4, 7, 10)]


def write_ptp(path: Path, rows: int, rng: random.Random) -> list[tuple[str, str, date, date | None]]:
    """Write ``rows`` unique edits sorted by column 1 then column 2, as CMS does; return a sample for lookups."""
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < rows:
        first, second = rng.randrange(10000, 99999), rng.randrange(10000, 99999)
        if first != second:
            pairs.add((first, second))
    sample: list[tuple[str, str, date, date | None]] = []
    with path.open("w", encoding="cp1252", newline="") as out:
        out.write(HEADER)
        lines: list[str] = []
        for first, second in sorted(pairs):
            effective = rng.choice(QUARTERS)
            deleted = rng.choice([q for q in QUARTERS if q >= effective]) if rng.random() < 0.1 else None
            indicator = "9" if deleted == effective else rng.choice("01")
            lines.append(
                f"{first}\t{second}\t\t{effective:%Y%m%d}\t{'*' if deleted is None else f'{deleted:%Y%m%d}'}"
                f"\t{indicator}\t{rng.choice(RATIONALES)}\r\n"
            )
            if len(sample) < 5000 and rng.random() < 0.01:
                sample.append((str(first), str(second), effective, deleted))
            if len(lines) >= 50_000:
                out.writelines(lines)
                lines.clear()
        out.writelines(lines)
    return sample


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--lookups", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=77290)
    parser.add_argument("--keep", type=Path, help="write the file and store here instead of a temporary folder")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        source = folder / "ccipra-v999r0-f1.txt"
        started = time.perf_counter()
        sample = write_ptp(source, args.rows, rng)
        print(
            f"wrote {args.rows:,} rows ({source.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - started:.1f} s"
        )

        started = time.perf_counter()
        parsed = sum(1 for _ in iter_ptp(source, "practitioner"))
        elapsed = time.perf_counter() - started
        print(f"parse only: {parsed:,} rows in {elapsed:.1f} s = {parsed / elapsed:,.0f} rows/s")

        db = folder / "rules.sqlite"
        db.unlink(missing_ok=True)
        with RuleStore(db) as store:
            summary = store.import_ptp(source, "practitioner")
            print(
                f"import: {summary.rows_stored:,} rows in {summary.seconds:.1f} s"
                f" = {summary.rows_stored / summary.seconds:,.0f} rows/s (sha256 and parse included)"
            )
            queries = []
            for _ in range(args.lookups):
                if rng.random() < 0.5:
                    column1, column2, effective, deleted = rng.choice(sample)
                    end = deleted or date(2027, 1, 1)
                    on = effective + timedelta(days=rng.randrange(-30, max(1, (end - effective).days + 30)))
                    queries.append((column2, column1, on) if rng.random() < 0.5 else (column1, column2, on))
                else:
                    queries.append(
                        (str(rng.randrange(10000, 99999)), str(rng.randrange(10000, 99999)), date(2026, 3, 2))
                    )
            started = time.perf_counter()
            hits = sum(store.pair(a, b, on, "practitioner") is not None for a, b, on in queries)
            elapsed = time.perf_counter() - started
            print(
                f"lookups: {len(queries):,} in {elapsed:.2f} s = {len(queries) / elapsed:,.0f} lookups/s"
                f" ({hits:,} in force)"
            )
        size = sum(p.stat().st_size for p in folder.glob("rules.sqlite*"))
        print(f"store size: {size / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
