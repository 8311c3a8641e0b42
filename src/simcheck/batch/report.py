"""The HTML report of a batch for a coding manager: one self-contained file, charts as inline SVG.

It reads the flat rows of any batch output (streaming, so memory stays flat), counts them in
:class:`Stats` and fills ``report.html`` (a :class:`string.Template` with inline CSS). No note text
and no note id is written to the report; every value from the input is HTML-escaped.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import escape
from importlib.resources import files
from pathlib import Path
from string import Template

from simcheck.batch.records import ELEMENTS, ERROR_STATUS, Cell
from simcheck.batch.writers import read_results

BREAKDOWNS: tuple[tuple[str, str], ...] = (
    ("site", "Site"),
    ("department", "Department"),
    ("note_type", "Note type"),
    ("author", "Author"),
)
LEVELS: tuple[str, ...] = ("77290", "77285", "77280", "undetermined")
STATUSES: tuple[tuple[str, str, str], ...] = (
    ("supported", "Supported", "#2f7d4f"),
    ("not_supported", "Not supported", "#b23a3a"),
    ("needs_review", "Needs review", "#d49a1c"),
    (ERROR_STATUS, "Error", "#7a7f87"),
)
ELEMENT_TITLES = {
    "rationale": "Rationale for complex simulation",
    "treatment_areas": "Treatment areas",
    "complexity": "Complexity features",
    "imaging": "Imaging",
}
BINS = 10
TOP = 15
ACCENT = "#2f5d8a"
HALF, WIDE = 500, 1050  # natural chart widths (px) in a half-width and a full-width panel


@dataclass
class Group:
    """Counts for one value of a breakdown (one site, one author, ...)."""

    records: int = 0
    verdicts: int = 0
    supported: int = 0
    needs_review: int = 0
    errors: int = 0
    missing: Counter[str] = field(default_factory=Counter)

    def add(self, row: Mapping[str, Cell]) -> None:
        """Count one flat row."""
        self.records += 1
        if row["status"] == ERROR_STATUS:
            self.errors += 1
            return
        self.verdicts += 1
        self.supported += row["supported"] is True
        self.needs_review += row["status"] == "needs_review"
        self.missing.update(name for name in ELEMENTS if row[name] == "absent")


@dataclass
class Stats:
    """Everything the report shows, counted in one pass over the results."""

    total: Group = field(default_factory=Group)
    statuses: Counter[str] = field(default_factory=Counter)
    levels: Counter[str] = field(default_factory=Counter)
    features: Counter[str] = field(default_factory=Counter)
    modalities: Counter[str] = field(default_factory=Counter)
    confidence: list[int] = field(default_factory=lambda: [0] * BINS)
    no_confidence: int = 0
    query_77290: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    error_messages: dict[str, str] = field(default_factory=dict)
    groups: dict[str, defaultdict[str, Group]] = field(
        default_factory=lambda: {name: defaultdict(Group) for name, _ in BREAKDOWNS}
    )
    versions: set[str] = field(default_factory=set)
    first_date: str | None = None
    last_date: str | None = None

    @property
    def records(self) -> int:
        """Records in the results."""
        return self.total.records

    def add(self, row: Mapping[str, Cell]) -> None:
        """Count one flat row."""
        self.total.add(row)
        status = str(row["status"])
        self.statuses[status] += 1
        for name, _ in BREAKDOWNS:
            value = row.get(name)
            if value is not None and value != "":
                self.groups[name][str(value)].add(row)
        date = row.get("date")
        if isinstance(date, str) and date:
            self.first_date = min(date, self.first_date or date)
            self.last_date = max(date, self.last_date or date)
        if status == ERROR_STATUS:
            code = str(row["error_code"])
            self.errors[code] += 1
            self.error_messages.setdefault(code, str(row["error_message"] or ""))
            return
        self.levels[str(row["level"])] += 1
        self.query_77290 += row["level"] == "77290" and row["supported"] is not True
        self.features.update(filter(None, str(row["features"] or "").split(";")))
        self.modalities.update(filter(None, str(row["modalities"] or "").split(";")))
        confidence = row["confidence"]
        if isinstance(confidence, int | float) and not math.isnan(confidence):
            self.confidence[min(BINS - 1, max(0, int(confidence * BINS)))] += 1
        else:
            self.no_confidence += 1
        self.versions.add(
            f"simcheck {row['simcheck_version']} · rule pack {row['rulepack_version']} · model {row['model_version']}"
        )


def collect(rows: Iterable[Mapping[str, Cell]]) -> Stats:
    """Count flat rows into report statistics."""
    stats = Stats()
    for row in rows:
        stats.add(row)
    return stats


# --------------------------------------------------------------------------- SVG charts


def _pct(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "—"


def _svg(width: float, height: float, label: str, body: str) -> str:
    return (
        f'<svg class="chart" viewBox="0 0 {width:.0f} {height:.0f}" width="{width:.0f}" height="{height:.0f}" '
        f'role="img" aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{escape(label)}</title>{body}</svg>"
    )


def stacked_bar(parts: Sequence[tuple[str, int, str]], label: str) -> str:
    """One horizontal bar split into coloured parts, with a legend underneath."""
    total = sum(value for _, value, _ in parts) or 1
    width, x, body = WIDE, 0.0, []
    for name, value, color in parts:
        share = value / total * width
        if share > 0:
            body.append(f'<rect x="{x:.1f}" y="0" width="{share:.1f}" height="28" fill="{color}"><title>')
            body.append(f"{escape(name)}: {value:,}</title></rect>")
            if share > 40:
                body.append(
                    f'<text x="{x + share / 2:.1f}" y="19" class="on-bar" text-anchor="middle">'
                    f"{value / total:.0%}</text>"
                )
        x += share
    legend_x = 0
    for name, value, color in parts:
        body.append(f'<rect x="{legend_x}" y="42" width="12" height="12" rx="2" fill="{color}"/>')
        body.append(f'<text x="{legend_x + 18}" y="52" class="legend">{escape(name)} · {value:,}</text>')
        legend_x += 40 + 7 * len(f"{name} · {value:,}")
    return _svg(width, 60, label, "".join(body))


def hbars(items: Sequence[tuple[str, int, int]], label: str, color: str = ACCENT) -> str:
    """Horizontal bars of ``value / whole`` per item, labelled with the share and the count."""
    row, label_width, bar_width = 30, 210, 200
    body = []
    for index, (name, value, whole) in enumerate(items):
        y = index * row
        share = value / whole if whole else 0.0
        body.append(f'<text x="{label_width - 10}" y="{y + 19}" class="axis" text-anchor="end">{escape(name)}</text>')
        body.append(f'<rect x="{label_width}" y="{y + 6}" width="{bar_width}" height="18" rx="3" class="track"/>')
        if share:
            body.append(
                f'<rect x="{label_width}" y="{y + 6}" width="{max(2.0, share * bar_width):.1f}" height="18" rx="3" '
                f'fill="{color}"/>'
            )
        body.append(
            f'<text x="{label_width + bar_width + 10}" y="{y + 19}" class="value">{share:.0%}'
            f'<tspan class="muted"> ({value:,})</tspan></text>'
        )
    return _svg(HALF, max(1, len(items)) * row + 4, label, "".join(body))


def columns(items: Sequence[tuple[str, int]], label: str, color: str = ACCENT, *, axis: str = "") -> str:
    """Vertical bars with counts on top and names underneath."""
    width, height, bottom, top = HALF, 210, 36, 22
    step = width / max(1, len(items))
    peak = max((value for _, value in items), default=0) or 1
    body = [f'<line x1="0" y1="{height - bottom}" x2="{width}" y2="{height - bottom}" class="baseline"/>']
    for index, (name, value) in enumerate(items):
        bar = (height - bottom - top) * value / peak
        x = index * step + step * 0.15
        body.append(
            f'<rect x="{x:.1f}" y="{height - bottom - bar:.1f}" width="{step * 0.7:.1f}" height="{bar:.1f}" '
            f'rx="3" fill="{color}"><title>{escape(name)}: {value:,}</title></rect>'
        )
        centre = index * step + step / 2
        body.append(
            f'<text x="{centre:.1f}" y="{height - bottom - bar - 6:.1f}" class="value" '
            f'text-anchor="middle">{value:,}</text>'
        )
        body.append(
            f'<text x="{centre:.1f}" y="{height - bottom + 18}" class="axis" text-anchor="middle">{escape(name)}</text>'
        )
    if axis:
        body.append(f'<text x="{width / 2}" y="{height - 2}" class="muted" text-anchor="middle">{escape(axis)}</text>')
    return _svg(width, height, label, "".join(body))


# --------------------------------------------------------------------------- page


def _card(title: str, value: str, note: str = "", tone: str = "") -> str:
    return (
        f'<div class="card {tone}"><div class="card-title">{escape(title)}</div>'
        f'<div class="card-value">{escape(value)}</div><div class="card-note">{escape(note)}</div></div>'
    )


def _panel(title: str, body: str, note: str = "", wide: bool = False) -> str:
    caption = f'<p class="note">{escape(note)}</p>' if note else ""
    return f'<section class="panel{" wide" if wide else ""}"><h2>{escape(title)}</h2>{caption}{body}</section>'


def _meter(share: float) -> str:
    return (
        f'<span class="meter"><span style="width:{share * 100:.0f}%"></span></span>'
        f'<span class="meter-value">{share:.0%}</span>'
    )


def _breakdown(heading: str, groups: Mapping[str, Group]) -> str:
    ranked = sorted(groups.items(), key=lambda item: (-item[1].records, item[0]))
    rows = []
    for value, group in ranked[:TOP]:
        most = group.missing.most_common(1)
        missing = f"{ELEMENT_TITLES[most[0][0]]} ({_pct(most[0][1], group.verdicts)})" if most else "—"
        supported = _meter(group.supported / group.verdicts) if group.verdicts else "—"
        rows.append(
            f"<tr><th scope=row>{escape(value)}</th><td class=num>{group.records:,}</td><td>{supported}</td>"
            f"<td class=num>{group.needs_review:,}</td><td class=num>{group.errors:,}</td>"
            f"<td>{escape(missing)}</td></tr>"
        )
    more = len(ranked) - TOP
    footer = f'<p class="note">{more:,} more not shown (smaller volumes).</p>' if more > 0 else ""
    table = (
        f"<table><thead><tr><th scope=col>{escape(heading)}</th><th scope=col class=num>Notes</th>"
        "<th scope=col>Supported rate</th><th scope=col class=num>Needs review</th><th scope=col class=num>Errors</th>"
        f"<th scope=col>Most often missing</th></tr></thead><tbody>{''.join(rows)}</tbody></table>{footer}"
    )
    return _panel(f"By {heading.lower()}", table, wide=True)


def render(stats: Stats, *, title: str, source: str, generated: datetime | None = None) -> str:
    """Return the report page.

    Args:
        stats: Counts from :func:`collect`.
        title: Page title.
        source: Name of the results file, shown in the header.
        generated: Time shown as the generation time (now by default).

    Returns:
        A complete, self-contained HTML document.
    """
    total = stats.total
    verdicts = total.verdicts
    when = (generated or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M %Z").strip()
    dates = ""
    if stats.first_date and stats.last_date:
        dates = f" · notes dated {stats.first_date[:10]} to {stats.last_date[:10]}"
    review = total.needs_review
    cards = "".join(
        [
            _card("Notes", f"{total.records:,}", f"{verdicts:,} checked · {total.errors:,} errors"),
            _card("Supported rate", _pct(total.supported, verdicts), f"{total.supported:,} of {verdicts:,}", "good"),
            _card("Query opportunities", f"{stats.query_77290:,}", "reach 77290 complexity, miss an element"),
            _card("Needs review", f"{review:,}", f"{_pct(review, verdicts)} of verdicts", "warn"),
            _card("Errors", f"{total.errors:,}", f"{_pct(total.errors, total.records)} of records", "muted"),
        ]
    )
    status_parts = [(name, stats.statuses[key], color) for key, name, color in STATUSES if stats.statuses[key]]
    panels = [
        _panel(
            "Decision",
            stacked_bar(status_parts, "Notes by decision"),
            "Supported: the documentation supports CPT 77290. Needs review: the classifier is unsure.",
            wide=True,
        ),
        _panel(
            "Suggested level",
            columns([(level, stats.levels[level]) for level in LEVELS], "Verdicts by suggested level", axis="CPT code"),
            "The level the documented technique reaches; 77290 is supported only with all four elements.",
        ),
        _panel(
            "Missing documentation",
            hbars(
                [(ELEMENT_TITLES[name], total.missing[name], verdicts) for name in ELEMENTS],
                "Share of verdicts missing each element",
                "#b23a3a",
            ),
            "How often each element is absent; each absence comes with a physician query.",
        ),
    ]
    if sum(stats.confidence):
        bins = [(f"{index / BINS:.1f}", count) for index, count in enumerate(stats.confidence)]
        note = "Calibrated probability that the documentation supports 77290 (bins of 0.1)."
        if stats.no_confidence:
            note += f" {stats.no_confidence:,} verdicts have no confidence."
        panels.append(_panel("Confidence", columns(bins, "Verdicts by confidence", axis="confidence from"), note))
    else:
        panels.append(
            _panel(
                "Confidence",
                '<p class="empty">No confidence scores in these results (checked without the classifier).</p>',
            )
        )
    charts = [
        f"<h3>{heading}</h3>" + hbars([(name, count, verdicts) for name, count in found.most_common(6)], heading)
        for heading, found in (("Complexity features", stats.features), ("Imaging modalities", stats.modalities))
        if found
    ]
    if charts:
        note = "Share of verdicts that document each."
        panels.append(_panel("Documented features and imaging", "".join(charts), note))
    for name, heading in BREAKDOWNS:
        if stats.groups[name]:
            panels.append(_breakdown(heading, stats.groups[name]))
    if stats.errors:
        rows = "".join(
            f"<tr><th scope=row><code>{escape(code)}</code></th><td class=num>{count:,}</td>"
            f"<td>{escape(stats.error_messages[code])}</td></tr>"
            for code, count in sorted(stats.errors.items())
        )
        panels.append(
            _panel(
                "Errors",
                "<table><thead><tr><th scope=col>Code</th><th scope=col class=num>Records</th>"
                f"<th scope=col>Example message</th></tr></thead><tbody>{rows}</tbody></table>",
                "Records that could not be checked; fix the export and run them again.",
                wide=True,
            )
        )
    template = Template(files("simcheck.batch").joinpath("report.html").read_text(encoding="utf-8"))
    return template.substitute(
        title=escape(title),
        subtitle=escape(f"Generated {when} from {source}{dates}"),
        versions=escape(" / ".join(sorted(stats.versions)) or "no verdicts"),
        cards=cards,
        panels="".join(panels),
    )


def write_report(results: str | Path, output: str | Path, *, title: str = "CPT 77290 documentation audit") -> Stats:
    """Read batch results and write the HTML report.

    Args:
        results: A ``simcheck batch`` output (JSONL, CSV or Parquet).
        output: The HTML file to write.
        title: Page title.

    Returns:
        The counts shown in the report.
    """
    stats = collect(read_results(results))
    page = render(stats, title=title, source=Path(results).name)
    Path(output).parent.mkdir(parents=True, exist_ok=True)
    Path(output).write_text(page, encoding="utf-8")
    return stats
