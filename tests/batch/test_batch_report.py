"""The HTML report: right numbers, self-contained, escaped, no note text or ids; and a browser screenshot."""

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from tests.batch.builders import SHORT_NOTE, write_jsonl
from typer.testing import CliRunner

from simcheck.batch.records import COLUMNS
from simcheck.batch.report import collect, render
from simcheck.cli import app

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")


def row(n, *, status="not_supported", level="77285", confidence=None, missing=("complexity",), **meta):
    """A flat row as the batch writes it (no analyzer needed)."""
    values = dict.fromkeys(name for name, _ in COLUMNS)
    values.update(record=f"in.csv:{n}", note_id=f"NOTE-{n:05d}", status=status, **meta)
    if status == "error":
        return values | {"error_code": "E055", "error_message": "The attachment data is not valid base64"}
    elements = ("rationale", "treatment_areas", "complexity", "imaging")
    values.update({name: "absent" if name in missing else "present" for name in elements})
    supported = status == "supported" or (status == "needs_review" and confidence is not None and confidence >= 0.5)
    return values | {
        "supported": supported,
        "level": level,
        "confidence": confidence,
        "features": "contrast;custom_shielding" if level == "77290" else "",
        "modalities": "CT;MRI",
        "missing": ";".join(missing),
        "simcheck_version": "0.1.0",
        "rulepack_version": "2026.11.0",
        "model_version": "m1",
    }


def sample_rows():
    """40 rows over two sites and three authors: 10 supported, 5 needs review, 3 errors."""
    rows = []
    for n in range(40):
        meta = {
            "site": "North" if n % 2 else "South <Annex>",
            "author": f"Dr. {'ABC'[n % 3]}",
            "date": f"2026-03-{n % 28 + 1:02d}",
        }
        if n < 10:
            rows.append(row(n, status="supported", level="77290", confidence=0.9, missing=(), **meta))
        elif n < 15:
            rows.append(row(n, status="needs_review", level="77290", confidence=0.45 + n / 100, missing=(), **meta))
        elif n < 18:
            rows.append(row(n, status="error", **meta))
        else:
            rows.append(row(n, level="77290" if n < 25 else "77285", confidence=0.1, missing=("rationale",), **meta))
    return rows


def test_counts_behind_the_report():
    """Supported rate, levels, missing elements, confidence bins, errors and breakdowns are counted from the rows."""
    stats = collect(sample_rows())
    assert (stats.records, stats.total.verdicts, stats.total.errors) == (40, 37, 3)
    assert stats.total.supported == 10 + 5  # needs_review rows here keep supported (confidence >= 0.5)
    assert stats.levels == {"77290": 22, "77285": 15}
    assert stats.total.missing == {"rationale": 22}
    assert stats.confidence[9] == 10 and stats.confidence[1] == 22 and sum(stats.confidence) == 37
    assert stats.query_77290 == 7
    assert stats.errors == {"E055": 3}
    assert stats.groups["site"]["North"].records == 20 and stats.groups["author"]["Dr. A"].records == 14
    assert not stats.groups["department"] and (stats.first_date, stats.last_date) == ("2026-03-01", "2026-03-28")


def test_report_is_self_contained_escaped_and_holds_no_note_ids():
    """Inline CSS and SVG only (no scripts, links or external assets); input values escaped; no note ids."""
    page = render(collect(sample_rows()), title="Audit <Q1>", source="results.jsonl")
    assert page.startswith("<!DOCTYPE html>") and page.count("<svg") >= 5
    assert "<script" not in page.lower() and "<link" not in page.lower()
    assert not re.search(r"""(src|href)\s*=|url\(|@import""", page)
    assert set(re.findall(r"https?://[^\s\"'<>]+", page)) == {"http://www.w3.org/2000/svg"}
    assert "South &lt;Annex&gt;" in page and "South <Annex>" not in page
    assert "<h1>Audit &lt;Q1&gt;</h1>" in page
    assert "NOTE-0" not in page and "in.csv" not in page
    for heading in ("By site", "By author", "Missing documentation", "Confidence", "Suggested level", "Errors"):
        assert f">{heading}</h2>" in page
    assert "By department" not in page  # no department in these rows


def test_report_without_confidence_says_so():
    """When no verdict has a confidence (no classifier), the confidence panel explains instead of charting."""
    page = render(collect([row(1), row(2, status="supported", missing=())]), title="t", source="r.jsonl")
    assert "No confidence scores in these results" in page


def test_cli_report_from_batch_results(tmp_path):
    """``simcheck batch`` then ``simcheck report`` writes the HTML report of the results."""
    notes = write_jsonl(
        tmp_path / "n.jsonl",
        [{"id": "a", "text": SHORT_NOTE, "author": "Dr. Q"}, {"id": "b", "text": ""}],
    )
    cli = CliRunner()
    assert cli.invoke(app, ["batch", str(notes), "-o", str(tmp_path / "r.jsonl"), "--workers", "1"]).exit_code == 0
    result = cli.invoke(app, ["report", str(tmp_path / "r.jsonl"), "-o", str(tmp_path / "report.html")])
    assert result.exit_code == 0 and "report of 2 records" in result.stdout
    page = (tmp_path / "report.html").read_text()
    assert ">By author</h2>" in page and "Dr. Q" in page and "The note text is empty" in page
    missing = CliRunner().invoke(app, ["report", str(tmp_path / "none.jsonl"), "-o", str(tmp_path / "x.html")])
    assert missing.exit_code == 2 and "[E050]" in missing.stderr


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed")
def test_report_screenshot(tmp_path):
    """The report renders in headless Chromium; the full-page screenshot goes to test-output/ for review."""
    from playwright.sync_api import sync_playwright

    page_file = tmp_path / "report.html"
    when = datetime(2026, 4, 1, 9, 30, tzinfo=UTC)
    page_file.write_text(render(collect(sample_rows()), title="CPT 77290 audit", source="q1.jsonl", generated=when))
    out = ROOT / "test-output" / "batch-report.png"
    out.parent.mkdir(exist_ok=True)
    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=args)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(page_file.as_uri())
            assert page.locator("svg.chart").count() >= 5
            assert page.locator("h1").inner_text() == "CPT 77290 audit"
            overflow = page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth")
            assert not overflow  # nothing wider than the window
            page.screenshot(path=str(out), full_page=True)
        finally:
            browser.close()
    assert out.stat().st_size > 20_000
