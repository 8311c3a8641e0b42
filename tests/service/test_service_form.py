"""The coders' web form without a browser: result page content, escaping, highlighting, no-JS flow."""

import json
import re
import warnings
from html import unescape
from html.parser import HTMLParser
from importlib.resources import files
from urllib.parse import unquote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simcheck.service import Settings, create_app
from simcheck.service.api import get_engine
from simcheck.service.view import EXCLUDED_LABELS, _Span, highlight

with warnings.catch_warnings():
    # Starlette 1.10 asks for httpx2 instead of httpx; the TestClient works the same with httpx.
    warnings.simplefilter("ignore", UserWarning)
    from fastapi.testclient import TestClient

EXAMPLE = files("simcheck").joinpath("examples/complex_simulation.txt").read_text("utf-8")
REDUCED = """SIMULATION NOTE
INDICATION: Left breast cancer s/p lumpectomy.
PROCEDURE: CT simulation was performed; no IV contrast was given. We will consider MRI fusion later.
TREATMENT AREAS: Two treatment areas: left breast and left supraclavicular fossa.
"""
HOSTILE = (
    "CT simulation with IV contrast. <script>alert('x')</script> Three treatment areas. "
    '<img src=x onerror="alert(1)"> "quoted" & <b>bold</b>\n'
)


class Page(HTMLParser):
    """What a test needs from a page: every tag with its attributes, the marks with their text, the note text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.marks: list[tuple[dict[str, str | None], str]] = []
        self.note = ""  # the text inside <div class="note-text">, which holds only anchors and marks
        self._in_note = self._in_mark = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag == "div" and "note-text" in (attributes.get("class") or ""):
            self._in_note = True
        elif tag == "mark":
            self._in_mark = True
            self.marks.append((attributes, ""))

    def handle_endtag(self, tag):
        if tag == "mark":
            self._in_mark = False
        elif tag == "div":
            self._in_note = False

    def handle_data(self, data):
        if self._in_mark:
            attributes, text = self.marks[-1]
            self.marks[-1] = (attributes, text + data)
        if self._in_note:
            self.note += data


@pytest.fixture(scope="module")
def client(analyzer):
    with TestClient(create_app(Settings(workers=0), analyzer=analyzer)) as client:
        yield client


def test_form_page(client):
    """GET / has a labelled note textarea, an optional note id and a submit button, and no inline script."""
    html = client.get("/").text
    page = Page(html)
    assert any(t == "textarea" and a.get("id") == a.get("name") == "text" for t, a in page.tags)
    assert '<label for="text">' in html and '<label for="note_id">' in html
    assert any(t == "button" and a.get("type") == "submit" for t, a in page.tags)
    scripts = [a for t, a in page.tags if t == "script"]
    assert scripts == [{"src": "/static/simcheck.js", "defer": None}]
    assert not any(name.startswith("on") or name == "style" for _, a in page.tags for name in a)


def test_example_link_prefills_the_form(client):
    """/?example=1 fills the textarea with the bundled example note."""
    assert "RADIATION ONCOLOGY - CT SIMULATION NOTE" in client.get("/?example=1").text


def test_supported_result_page(client, analyzer):
    """The result page shows the banner, the four elements, highlighted evidence and the excluded mentions."""
    response = client.post("/", data={"text": EXAMPLE, "note_id": "n-77"})
    assert response.status_code == 200
    verdict = analyzer.check(EXAMPLE, note_id="n-77")
    page = Page(response.text)
    assert "Supported: the documentation supports CPT 77290" in response.text
    for title in ("Rationale", "Treatment areas", "Complexity", "Imaging"):
        assert f"<h3>{title}</h3>" in response.text
    assert page.note == EXAMPLE  # the note is shown whole, character for character
    marked = {(a["class"], text) for a, text in page.marks}
    for name in ("rationale", "treatment_areas", "complexity", "imaging"):
        for item in getattr(verdict.elements, name).evidence:
            assert any(f"hl-{name}" in cls and text in item.text for cls, text in marked), item.text
    excluded = [(a, text) for a, text in page.marks if "hl-excluded" in (a["class"] or "")]
    assert {text for _, text in excluded} == {e.text for e in verdict.excluded}
    reasons = {(e.text, EXCLUDED_LABELS[e.assertion]) for e in verdict.excluded}
    assert {(text, a["data-reason"]) for a, text in excluded} == reasons  # each mark names why it is not counted
    titles = " ".join(a["title"] or "" for a, _ in page.marks)
    assert "rule rationale.oar.proximity · affirmed" in titles and "Not counted: negated" in titles


def test_download_is_the_api_verdict(client, analyzer):
    """The download link carries the same verdict JSON as the API, named after the note id."""
    page = Page(client.post("/", data={"text": EXAMPLE, "note_id": "case 12/a"}).text)
    [(_, link)] = [(t, a) for t, a in page.tags if t == "a" and a.get("download")]
    assert link["download"] == "verdict-case_12_a.json"
    prefix = "data:application/json;charset=utf-8,"
    assert link["href"].startswith(prefix)
    assert json.loads(unquote(link["href"][len(prefix) :])) == analyzer.check(EXAMPLE, note_id="case 12/a").to_dict()


def test_not_supported_result_has_queries(client, analyzer):
    """A note short of 77290 shows the suggested level, the missing elements and copyable queries."""
    html = client.post("/", data={"text": REDUCED}).text
    verdict = analyzer.check(REDUCED)
    assert verdict.status == "not_supported"
    assert "Not supported: the documentation does not support CPT 77290" in html
    assert f"<strong>{verdict.level}</strong>" in html
    queries = re.search(r'<div class="queries" id="queries-text">(.*?)</div>', html, re.S)
    assert queries is not None
    expected = "\n\n".join(f"{n}. {m.query}" for n, m in enumerate(verdict.missing, start=1))
    assert verdict.missing and unescape(queries.group(1)) == expected
    assert 'data-copy="queries-text"' in html and " hidden>Copy</button>" in html  # shown by JS only
    assert "is-absent" in html


def test_crlf_from_browsers_gives_the_pasted_offsets(client):
    """Browsers send textarea lines with CRLF; the verdict's offsets refer to the note as pasted (LF)."""
    lf = Page(client.post("/", data={"text": EXAMPLE, "note_id": "x"}).text)
    crlf = Page(client.post("/", data={"text": EXAMPLE.replace("\n", "\r\n"), "note_id": "x"}).text)
    assert crlf.note == EXAMPLE
    assert [a for t, a in crlf.tags if t == "a" and a.get("download")] == [
        a for t, a in lf.tags if t == "a" and a.get("download")
    ]


def test_hostile_note_is_rendered_as_text(client):
    """Markup in the note or its id is escaped everywhere; only the page's own script tag exists."""
    response = client.post("/", data={"text": HOSTILE, "note_id": '"><script>alert(2)</script>'})
    assert response.status_code == 200
    page = Page(response.text)
    assert [a for t, a in page.tags if t == "script"] == [{"src": "/static/simcheck.js", "defer": None}]
    assert not [t for t, _ in page.tags if t in ("img", "b")]
    assert page.note == HOSTILE
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in response.text
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in response.text


@pytest.mark.parametrize(
    ("text", "status", "message"),
    [
        ("", 422, "The note text is empty"),
        ("   \n ", 422, "The note text is empty"),
        ("x" * 200_001, 413, "over the limit"),
    ],
    ids=["empty", "blank", "too-long"],
)
def test_form_errors_keep_the_form(client, text, status, message):
    """An empty or over-long note re-shows the form with an alert, not a JSON error."""
    response = client.post("/", data={"text": text, "note_id": "keep-me"})
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert 'role="alert"' in response.text and message in response.text
    assert 'value="keep-me"' in response.text


class _Fixed:
    """An engine that returns a given verdict, to show any status and confidence the classifier may set."""

    workers = 1

    def __init__(self, verdict):
        self.verdict = verdict
        self.versions = verdict["versions"]

    async def check_many(self, notes):
        return [self.verdict]


@pytest.mark.parametrize(("confidence", "shown"), [(0.5412, "54%"), (None, "not available")])
def test_needs_review_and_confidence_are_rendered(client, analyzer, confidence, shown):
    """Whatever status and confidence the verdict carries is what the banner shows."""
    verdict = analyzer.check(EXAMPLE).to_dict() | {"status": "needs_review", "confidence": confidence}
    client.app.dependency_overrides[get_engine] = lambda: _Fixed(verdict)
    try:
        html = client.post("/", data={"text": EXAMPLE}).text
    finally:
        client.app.dependency_overrides.clear()
    assert "Needs review: a coder should confirm this note" in html
    assert "banner-needs_review" in html
    assert f"<dt>Confidence 77290 is supported</dt><dd>{shown}</dd>" in html
    assert "<dt>Rule decision</dt><dd>supported</dd>" in html


class TestHighlight:
    def span(self, start, end, kind, title="t", reason=""):
        return _Span(start, end, kind, f"ev-{start}-{end}-{kind}", title, reason)

    def test_nested_and_overlapping(self):
        """Overlaps are cut at every boundary; each piece takes the innermost span and lists all titles."""
        text = "Three treatment areas: breast"
        spans = [
            self.span(0, 29, "treatment_areas", "outer"),
            self.span(0, 21, "treatment_areas", "inner"),
            self.span(16, 29, "imaging", "crossing"),
        ]
        page = Page(f'<div class="note-text">{highlight(text, spans)}</div>')
        assert page.note == text
        assert [(a["class"], t, a["title"]) for a, t in page.marks] == [
            ("hl hl-treatment_areas", "Three treatment ", "inner | outer"),
            ("hl hl-imaging hl-multi", "areas", "crossing | inner | outer"),
            ("hl hl-imaging hl-multi", ": breast", "crossing | outer"),
        ]

    def test_excluded_reason_on_the_last_piece(self):
        """An excluded span's reason badge goes on the piece where it ends."""
        spans = [self.span(3, 11, "excluded", reason="negated"), self.span(6, 11, "rationale")]
        page = Page(f'<div class="note-text">{highlight("No prior RT.", spans)}</div>')
        assert [(t, a.get("data-reason")) for a, t in page.marks] == [("pri", None), ("or RT", "negated")]

    def test_out_of_range_spans_are_ignored(self):
        """A span outside the text cannot break the page."""
        assert str(highlight("abc", [self.span(2, 9, "imaging"), self.span(3, 3, "imaging")])) == "abc"

    @settings(max_examples=150, deadline=None)
    @given(
        text=st.text(alphabet=st.sampled_from("ab <>&\"'\n/=scriptimg"), max_size=60),
        cuts=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=8),
    )
    def test_any_text_round_trips_escaped(self, text, cuts):
        """For any text and spans, the page text equals the note and no tag comes from the note."""
        spans = [self.span(min(a, b), max(a, b), "complexity") for a, b in cuts]
        html = str(highlight(text, spans))
        page = Page(f'<div class="note-text">{html}</div>')
        assert page.note == text
        assert {t for t, _ in page.tags} <= {"div", "span", "mark"}
