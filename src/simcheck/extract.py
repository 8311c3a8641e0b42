"""The one boundary from spaCy to plain data: ``Doc`` -> :class:`NoteEvidence`.

Resolves each mention's assertion from, in order of precedence: unfilled template fields, copied
sections, rules that state an absence, unchecked boxes, ConText modifiers (negated > hypothetical >
fusion > historical) and the section it stands in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from simcheck.evidence import MODEL_RULE_ID, MODEL_SITE_ID, Assertion, Mention, NoteEvidence
from simcheck.pipeline import MENTIONS_KEY
from simcheck.pipeline.sections import Section, physical_line_end, physical_line_start, section_at, title_end
from simcheck.pipeline.sentences import CHECKBOX, TICKED_BOX, TICKED_GLYPHS, UNTICKED_BOX
from simcheck.pipeline.sites import TREATMENT_CUE
from simcheck.pipeline.text import doc_text
from simcheck.rules import RuleBundle
from simcheck.rules.schema import ElementRule, SiteNames

_CHECKBOX = re.compile(CHECKBOX)
#: "Contrast:", "Contrast (IV) =", "Cutout #:", a printout's dot leader ("VMAT........ No")
_COLON = r"[ \t]*(?:\([^)\n]{0,12}\)[ \t]*)?(?:#[ \t]*)?(?:[:=]|\.{2,})"
#: "Contrast: IV": the value after a mention's colon
_FIELD_VALUE = re.compile(_COLON + r"[ \t]*([^\n]*)")
#: "Number of areas - one": a count's value after a spaced dash (an allergy's "contrast - reaction 2013" is no field)
_DASHED_VALUE = re.compile(r"[ \t]+[-\u2013][ \t]+([^\n]*)")
#: "Number of treatment areas    3": a flowsheet row's value after a wide gap instead of a colon
_ROW_VALUE = re.compile(r"(?:[ \t]*\t|[ \t]{3,})[ \t]*(?=[^\s:])([^\n]*)")
#: what a number counts when it counts no areas: "7-field IMRT", "3 arcs", "30 Gy", "2 mm"
_NOT_AREA_UNITS = r"(?:fields?|beams?|arcs?|gy|fx|fractions?|mm|cm)"
#: "Tx areas 3 (cervix + para-aortic nodes)": a count straight after its label
_COUNT_VALUE = re.compile(r"[ \t]+(\d{1,2})\b(?![-./:]\d)(?![ \t]*" + _NOT_AREA_UNITS + r"\b)", re.IGNORECASE)
#: what may stand before a flowsheet row's label on its line
_LINE_LEAD = re.compile(r"[ \t]*(?:[-*•>]+[ \t]*)?")
#: a feature or scan named in a longer field label: "PET fusion: ___", "Arc technique: yes"
_LONG_LABEL = re.compile(
    r"(?:[ \t]*/[ \t]*[A-Za-z][A-Za-z-]{0,20}|[ \t]+[A-Za-z][A-Za-z/-]{0,20}){1,2}(?=" + _COLON + ")"
    r"|(?:[ \t]*/[ \t]*[A-Za-z][A-Za-z-]{0,20})?\)(?=[ \t]*[:=])"
)  # "Arc/VMAT: ___" and "Fusion (MRI/PET): ___" too
_VALUE_END = re.compile(  # "... *** NEXT FIELD:", "___. Block room made a cutout"
    r"\s{2,}|;|[ \t]+(?=[A-Z][A-Za-z/ ]{2,30}:)|(?<=[_*}])\.?[ \t]+(?=[A-Z])|" + _CHECKBOX.pattern
)
_REPEATED_LABEL = re.compile(r"[A-Za-z][A-Za-z /]{0,30}:[ \t]*")
_BLANK_VALUE = re.compile(
    r"^(?:_+|-+|\.+|\?+|\*+|\{blank\}|n/?a|tbd|tbc|not applicable|unknown|y(?:es)?[ \t]*/[ \t]*no?|"  # "Y / N"
    + UNTICKED_BOX
    + r")?$",
    re.IGNORECASE,
)
_NEGATIVE_VALUE = re.compile(
    r"^(?:none|no\b|n\b(?![/.])|not\b|neg(?:ative)?\b|denied|declined|absent|nil|0\b(?!\s*\w))", re.I
)
#: "Contrast: known anaphylaxis to iodinated contrast - IV contrast withheld", "CONTRAST: Did not use any oral
#: contrast": the value itself says it was not given
_DENIED_VALUE = re.compile(
    r"\b(?:withheld|not (?:given|done|used|use|give|received|administered|obtained|performed)|didn't (?:use|give)|"
    r"declined|refused|contraindicated|"
    r"anaphylaxis|allerg(?:y|ic)|non-?contrast)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = {
    w: n
    for n, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
        ]
    )
} | {"single": 1, "sole": 1, "un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6}  # Spanish too
_LEADING_NUMBER = re.compile(r"^\s*(\d{1,2}|[A-Za-z]+)\b")
_NOT_AREAS_AFTER = re.compile(r"[- ]?" + _NOT_AREA_UNITS + r"\b", re.I)
#: "Areas x2", "lesions x 3": a count written as a multiplier
_TIMES_COUNT = re.compile(r"\bx[ \t]?(\d{1,2})\b", re.IGNORECASE)
#: "Areas: [ ] 1 [x] 2 [ ] 3": the ticked number of a checkbox list on the field's line
_TICKED_COUNT = re.compile(r"(?:" + TICKED_BOX + r")[ \t]*(\d{1,2}|[A-Za-z]+)\b")
_SCAN_EXTENT = re.compile(
    r"\b(?:slices?|scanned|scan (?:range|extent|length)|extent|from \S+(?: \S+)? to"
    r"|mm,?\s+[CTLS]\d{1,2} (?:to|through|thru)|to\s+(?:below|above)\s+the|to \d+ ?cm (?:below|above)"
    r"|to mid-?(?:femur|femora|thighs?|humer\w*|neck|abdomen|chest))\b",  # "L1 TO MID-FEMUR"
    re.I,
)  # "Extent: C2 through L1", "2.5 mm, T8 to L4": how far the scan reached, not what is treated
_IMAGING_OF = frozenset({"of", "the", "-", "/"})
#: "mask covering the neck", "arms on chest": a body part named by a device or position, not an area
_DEVICE_COVERS = re.compile(r"\b(?:covering|covers|under|behind|beneath)[ \t]+(?:the[ \t]+)?\Z", re.I)
#: "knee sponge", "head rest", "arm board": a positioning device named by the body part it holds
_DEVICE_AFTER = re.compile(
    r"[ \t]*(?:sponge|support|rest|cushion|board|wedge|bolster|holder|pad|roll|positioner|fix|lok|bite|cup|mask|shell"
    r"|cradle|mou?ld|bag|stirrup)s?\b",
    re.I,
)
#: "OARs: thyroid, lenses", "Contoured: Cochlea_L": organs listed for contouring or sparing, not treated
_ORGAN_FIELD = re.compile(
    r"\b(?:OARs?|organs? at risk|avoidance structures?|contoured|constraints?)\b[^:\n]{0,20}:[^\n]*\Z", re.I
)
#: "| Complex blocking | N |": a mention that opens a table row's first cell, and the row's next cell as its value
_ROW_START = re.compile(r"[ \t]*\|[ \t]*")
_CELL_VALUE = re.compile(r"[^|\n]{0,24}\|[ \t]*([^|\n]*?)[ \t]*\|")
_LEVEL_RANGE = re.compile(r"[ \t]*(?:through|thru|to|-)[ \t]*", re.I)  # "L4 through S1"
#: what may stand between two words for one place: nothing ("thoracic spine T4-T8"), "in"/"of" ("nodes of the neck")
#: or a tight slash ("prostate/SV"; a spaced one lists areas: "bladder / mediastinum")
#: or a site in parentheses that details the one before ("regional nodes (celiac/SMA)")
_SITE_JOINER = re.compile(r"/|[ \t]*\([ \t]*|[ \t]*(?:(?:in|of|within)[ \t]+(?:the[ \t]+)?)?", re.I)
_TECHNIQUES = r"(?:photons?|protons?|imrt|vmat|3d(?:-?crt)?)"
#: two techniques set against each other ("proton vs photon", "VMAT versus IMRT") name a choice, not what was done
_TECHNIQUE_CHOICE = re.compile(rf"\b{_TECHNIQUES}[ \t]+(?:vs\.?|versus)[ \t]+{_TECHNIQUES}\b", re.I)
#: sites of one list item joined by "+" name one area; a table row's cells are split by "|" or a tab
_ITEM_JOINER = re.compile(r"[ \t]*[+&][ \t]*")
_CELL_BREAK = re.compile(r"[|\t\n]")
#: the number that starts an item of a list or a table row: "1) breast", "2. SCV", "| 2 | nodes |", "3<TAB>inguinal"
_ITEM_MARK = re.compile(r"(?:^|(?<=[\s|]))\d{1,2}(?:[.)]|[ \t]*\||\t)[ \t]*(?=\S)", re.M)
#: "will be delivered with VMAT", "will use RapidArc, as decided at this simulation": the treatment simulated for
_DELIVERY = re.compile(
    r"\bwill[ \t]+(?:be[ \t]+(?:delivered|treated|planned)[ \t]+(?:with|using|by)|use\b.*\bas decided)\b"
    r"|\b(?:delivery|treatment|technique)[ \t]+will[ \t]+be\b"  # "Delivery will be two full VMAT arcs"
    # "Planned as VMAT with 4 arcs", "volumetric modulated arc therapy planned.", "VMAT planned from this sim data
    # set": the technique simulated for
    r"|\bplanned[ \t]+as\b|\b(?:arcs?|therapy|vmat|rapidarc)[ \t]+planned[ \t]*(?:[.;]|on\b|\Z)"
    r"|\boptimi[sz]ed[ \t]+(?:as|for|with)\b|\bplanned[ \t]+technique[ \t]*:"  # "Plan to be optimised as 2 arcs"
    r"|\bplanned[ \t]+(?:from|off|on)[ \t]+(?:this|the|today's)[ \t]+(?:sim|simulation|scan|data)",
    re.I,
)
_LATERALITY = {
    "left": "left",
    "lt": "left",
    "l": "left",
    "right": "right",
    "rt": "right",
    "r": "right",
    "bilateral": "bilateral",
    "bilat": "bilateral",
    "both": "bilateral",
}
_CATEGORY_ASSERTION: dict[str, Assertion] = {
    "NEGATED_EXISTENCE": "negated",
    "HYPOTHETICAL": "hypothetical",
    "HISTORICAL": "historical",
}
_NOT_COUNTED_SECTIONS = frozenset({"indication", "prior_course", "exam", "signature", "order"})
_SCOPE_FREE_LABELS = frozenset({"AREA_COUNT", "TREATMENT_SITE"})
_TREATING = re.compile(  # "The plan will include four separate treatment areas" names them too
    r"\b(?:treat|treating|treated|irradiat\w*|target\w*|boost\w*|simulat\w*|plan will (?:include|cover|encompass))\b",
    re.I,
)
#: a label stating what is treated, at the start of a sentence or of a " / " or ";" part: "Target: L2 primary",
#: "Site simulated - pontine tumor", "Treatment areas are ...", "Volume of interest is ...", "Isocenter 2: ..."
_TARGET_LABEL = re.compile(
    r"[\s*>•o-]*(?:[A-Za-z]+[ \t]+)?(?:targets?|sites?(?:[ \t]+simulated)?|treatment[ \t]+(?:sites?|areas?|volumes?)"
    r"|areas?[ \t]+(?:to[ \t]+be[ \t]+)?(?:treated|simulated)(?:[ \t]+today)?"
    r"|volumes?[ \t]+(?:of[ \t]+interest|to[ \t]+be[ \t]+treated)|isocent(?:er|re)[ \t]*#?\d)"
    r"[ \t]*(?:[:=\u2013-]|(?:is|are|includes?)\b)",
    re.I,
)
_LABEL_END = re.compile(r"[ \t]*[:=\u2013-]")  # "Isocenter 2:" labels a target; "iso 1" in a table's notes does not
_STATEMENT_PART = re.compile(r"[ \t]/[ \t]|;")
_NEAR = 24  # characters either side that an ElementRule.exclude_near regex looks at
_FUSED_CONTRAST_CUE = "contrast of a fused diagnostic scan"
#: "Complex blocking ___", "Custom shielding n/a", "Area 2: ___": a blank left after a label (the colon in the match)
#: An Epic SmartList: its options and list id ("{Yes/No:20451}"), then, once filled, the choice ("::Yes"); a
#: macro's choice list without an id ("{IV/oral/rectal/none}") is offered options too
_SMARTLIST_OPTIONS = r"\{(?P<options>[^{}\n]*?(?=:\d+)|[^{}\n:/]+(?:/[^{}\n:/]+)+(?=\}))(?::\d+)?"
_SMARTLIST = re.compile(_SMARTLIST_OPTIONS + r"(?:::(?P<choice>[^{}\n]*))?\}")
_BARE_BLANK = re.compile(  # "Custom blocks {Yes/No:12345}", "Contrast given?" left unanswered
    r"[ \t]+(?:_{2,}|n/a\b|\*{3}|" + _SMARTLIST_OPTIONS + r"\})|[ \t]*\?[ \t]*(?=\n|\Z)", re.IGNORECASE
)
#: a scanned paper form's circled answer after an item: "CT sim (Y)/N" is yes, "PET fusion Y/(N)" is no, a bare
#: "Y/N" was left unanswered
_CIRCLED_ANSWER = re.compile(
    r"(?:/[A-Za-z]+)?(?:[ \t]+(?:sim|simulation|fusion|scan|given|used|made|cutout|blocks?|arcs?))?[ \t]*"
    r"(?:\((?P<yes>Y)\)[ \t]*/[ \t]*N|Y[ \t]*/[ \t]*\((?P<no>N)\)|Y[ \t]*/[ \t]*N(?![ \t]*[:=]))(?![A-Za-z])",
    re.I,
)
#: a form's options offered for circling, left unanswered: "Imaging: CT sim / MRI fusion / PET fusion (circle): ***"
_OPTIONS_TO_CIRCLE = re.compile(
    r"[^\n]*?\((?:circle|select|choose|tick)(?:[ \t]+(?:one|all(?:[ \t]+that[ \t]+apply)?))?\)"
    r"[ \t]*:?[ \t]*(?:\*{3}|_{2,}|\n|\Z)",
    re.I,
)
_DATED_RESULT = re.compile(r"[ \t]*\(?\d{1,2}/\d{1,2}(?:/\d{2,4})?\)?[ \t]*:")
_SENTENCE_END = frozenset({".", "!", "?"})  # a rule match never runs past one
#: a transcriptionist's flag on a word heard with doubt ("Technique: RapidArc [?]"): not yet what was done
_DOUBT_FLAG = re.compile(r"[ \t]*\[\?\]")
#: Rationale sentences found by the classifier stand in for a rule with this id.
_MODEL_RULE = ElementRule.model_construct(
    id=MODEL_RULE_ID, value="classifier", label="RATIONALE", patterns=[], field=False, lateral=False
)
#: Treatment sites found by the token tagger stand in for a site rule with this id (value: their words).
_MODEL_SITE_RULE = ElementRule.model_construct(
    id=MODEL_SITE_ID, value="site", label="TREATMENT_SITE", patterns=[], field=False, lateral=True
)


def _keep_longest(spans: Iterable[Span]) -> list[Span]:
    """Drop spans contained in a longer span of the same label (and exact duplicates).

    Of overlapping site spans keep the longest ("T6-T10" and "T10 spine" name one site).
    """
    ordered = sorted(spans, key=lambda s: (s.label_, s.start, -s.end))
    kept: list[Span] = []
    for span in ordered:
        if kept and kept[-1].label_ == span.label_ and span.end <= kept[-1].end:
            continue
        kept.append(span)
    sites = [span for span in kept if span.label_ == "TREATMENT_SITE"]
    kept = [span for span in kept if span.label_ != "TREATMENT_SITE"] + filter_spans(sites)
    return sorted(kept, key=lambda s: (s.start_char, s.end_char))


def parse_count(value: str) -> int | None:
    """Return the number a field value or phrase starts with (digits or words), or its "x2", if any."""
    match = _LEADING_NUMBER.match(value)
    if match and _NOT_AREAS_AFTER.match(value, match.end()):
        return None  # "7-field IMRT to the left frontal lesion" counts beams
    if not match or (match.group(1).isalpha() and match.group(1).lower() not in _NUMBER_WORDS):
        match = _TIMES_COUNT.search(value)
    if not match:
        return None
    token = match.group(1).lower()
    number = int(token) if token.isdigit() else _NUMBER_WORDS.get(token)
    return number if number is not None and 0 < number <= 20 else None


def _smartlist_options_at(text: str, offset: int) -> str | None:
    """Return the SmartList an offset falls among the options of ("{Vac-Lok/Mask:18820}"), if any.

    An option offered is no evidence; a filled list's choice (after "::") is.
    """
    line_start = physical_line_start(text, offset)
    for match in _SMARTLIST.finditer(text, line_start, physical_line_end(text, offset)):
        if match.start() < offset < match.end("options"):
            return match.group()
    return None


def _field_value(
    text: str, end: int, long_label: bool = False, row: bool = False, dashed: bool = False
) -> tuple[str, int] | None:
    """Return a field's value after ``label:`` and where it ends, or None if no colon follows.

    With ``long_label``, up to two more label words may come between the mention and the colon. With ``row``
    (the label starts its line) a wide gap stands for the colon, as in a flowsheet row ("Contrast      none");
    with ``dashed`` a spaced dash does.
    """
    label_rest = _LONG_LABEL.match(text, end) if long_label else None
    match = _FIELD_VALUE.match(text, label_rest.end() if label_rest else end)
    if not match and row:
        match = _ROW_VALUE.match(text, end)
    if not match and dashed:
        match = _DASHED_VALUE.match(text, end)
    if not match:
        return None
    value_start = match.start(1)
    line = match.group(1)
    leading_box = _CHECKBOX.match(line)
    if leading_box:
        return leading_box.group(), value_start + leading_box.end()
    inner = _REPEATED_LABEL.match(line)  # "Contrast: Contrast type/volume: ___": the inner field's value
    if inner:
        value_start, line = value_start + inner.end(), line[inner.end() :]
    stop = _VALUE_END.search(line)
    value = (line[: stop.start()] if stop else line).rstrip(" \t.;,")
    return value, value_start + len(value)


def _form_answer(text: str, start: int, end: int) -> tuple[Assertion | None, str | None]:
    """Return the assertion and cue a paper form gives the item at ``start:end``.

    A circled "Y/(N)" negates it, an unanswered "Y/N" or an option left uncircled is a blank; a circled "(Y)/N" or
    no form leaves it to the other checks (``None``).
    """
    if circled := _CIRCLED_ANSWER.match(text, end):
        if circled.group("no"):
            return "negated", text[start : circled.end()]
        if not circled.group("yes"):
            return "template_blank", text[start : circled.end()]
    elif offered := _OPTIONS_TO_CIRCLE.match(text, end):
        return "template_blank", text[start : offered.end()].strip()
    return None, None


def _checkbox_state(text: str, start: int) -> str | None:
    """Return 'checked' or 'unchecked' for the last checkbox before ``start`` on its line, if any."""
    line_start = physical_line_start(text, start)
    boxes = list(_CHECKBOX.finditer(text, line_start, start))
    if not boxes:
        return None
    box = boxes[-1]
    glyph = box.group(2)
    checked = bool(box.group(1)) if glyph is None else glyph in TICKED_GLYPHS
    return "checked" if checked else "unchecked"


def _negated_cue(doc: Doc, cue: tuple[int, int]) -> bool:
    """Return True when a cue lies in a negation's scope ("MRI registration not done": no fusion happened)."""
    return any(
        modifier.category == "NEGATED_EXISTENCE"
        and modifier.scope_span[0] <= cue[0]
        and cue[1] <= modifier.scope_span[1]
        for mention in doc.spans.get(MENTIONS_KEY, [])
        for modifier in mention._.modifiers
    )


def _modifier_assertion(span: Span) -> tuple[Assertion | None, str | None, bool]:
    """Return the strongest ConText assertion, its cue and whether a fusion modifier applies."""
    found: dict[str, str] = {}
    fused = False
    for modifier in span._.modifiers:
        if modifier.category == "FUSION":
            fused = fused or not _negated_cue(span.doc, modifier.modifier_span)
            continue
        assertion = _CATEGORY_ASSERTION.get(modifier.category)
        if assertion and assertion not in found:
            start, end = modifier.modifier_span
            found[assertion] = span.doc[start:end].text
    for assertion in ("negated", "hypothetical", "historical"):
        if assertion in found:
            return assertion, found[assertion], fused
    return None, None, fused


def _describes_imaging(span: Span, modality_tokens: set[int]) -> bool:
    """Return True for a site word that only names what a scan covered ("spine MRI", "CT of the chest")."""
    doc = span.doc
    after = span.end
    while after < len(doc) and doc[after].text in ("-", "/"):
        after += 1
    if after in modality_tokens:
        return True
    before = span.start - 1
    while before >= 0 and doc[before].lower_ in _IMAGING_OF:
        before -= 1
    return before >= 0 and before in modality_tokens and span.start - before <= 3


def _site_value(span: Span, base: str, lateral: bool, names: SiteNames) -> str:
    """Name one treatment site: its words normalised, with laterality ("L SCV nodes" -> "left supraclavicular")."""
    if base == "spine" and re.search(r"\b[CTLS]\d", span.text):
        return "spine " + re.sub(r"\s+", "", span.text.upper()).split("VERTEB")[0].removesuffix("SPINE")
    if base == "isocenter":  # "Isocenter 2", "Area 2:": the numbered target
        number = next(token.text for token in reversed(span) if token.text.isalnum())
        return "isocenter " + number.upper()
    side = None
    words: list[str] = []
    for token in span:
        word = token.lower_
        if word in _LATERALITY:
            side = side or _LATERALITY[word]
        elif word not in names.ignore:
            words.append(names.synonyms.get(word, word))
    if lateral and side is None:
        for token in span.doc[max(span.start - 2, 0) : span.start]:
            side = _LATERALITY.get(token.lower_) or side
    name = " ".join(w for w in words if w) or base
    return f"{side} {name}" if side and lateral else name


def _clause(span: Span) -> tuple[int, int]:
    """Return the character range of the clause holding a span: its sentence, cut at semicolons.

    "Tx site lung primary; complex sim needed b/c ..." in run-on dictation is two clauses.
    """
    text = doc_text(span.doc)
    sent = span.sent
    start = text.rfind(";", sent.start_char, span.start_char) + 1 or sent.start_char
    end = text.find(";", span.end_char, sent.end_char)
    return start, sent.end_char if end == -1 else end


class _Extractor:
    """Turns one processed doc into mentions with resolved assertions."""

    def __init__(self, doc: Doc, bundle: RuleBundle) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.bundle = bundle
        self.sections: list[Section] = doc._.simcheck_sections
        self.section_rules = {s.id: s for s in bundle.sections.sections}
        kinds = {kind.id: kind for kind in bundle.sections.note_kinds}
        kind = kinds.get(doc._.simcheck_note_kind or "")
        self.note_assertion: tuple[Assertion, str] | None = (
            (kind.assertion, f"note type: {kind.id.replace('_', ' ')}") if kind and kind.assertion else None
        )
        self._fused_contrast: set[int] = set()
        self.scores: dict[tuple[int, int], float] = doc._.simcheck_rationale_scores or {}
        self.title_end = title_end(self.text)
        short_title = len(self.text[: self.title_end].split()) <= bundle.sections.title.max_words
        # a short title ("CT SIMULATION", "RE-IRRADIATION SIM") names the note: not a reason, not the imaging done
        self.short_title_end = self.title_end if short_title else 0
        self.site_names = next((p.site_names for p in bundle.elements if p.site_names), SiteNames())

    def _rule(self, span: Span) -> tuple[str, ElementRule]:
        """Return the label and rule behind a mention span."""
        if span.id_ == MODEL_RULE_ID:
            return "RATIONALE", _MODEL_RULE
        if span.id_ == MODEL_SITE_ID:
            return "TREATMENT_SITE", _MODEL_SITE_RULE
        pack, rule = self.bundle.rule(span.id_)
        return pack.label_of(rule), rule

    def _kept(self, span: Span) -> bool:
        """Whether a match stands: field rules need a field; ``exclude`` and ``exclude_near`` must not match.

        A short title names the note ("RE-SIMULATION / RE-IRRADIATION", "CT SIMULATION"): never the reason for its
        complexity, nor a scan done. A match never runs across sentences ("parts painted and draped. Bladder
        catheterised" names no organ beside the target).
        """
        if any(token.is_sent_start and token.nbor(-1).text in _SENTENCE_END for token in span[1:]):
            return False
        label, rule = self._rule(span)
        if label in ("RATIONALE", "MODALITY") and span.start_char < self.short_title_end:
            return False
        if rule.exclude is not None and re.search(rule.exclude, span.text, re.IGNORECASE):
            return False
        if rule.exclude_near is not None or rule.exclude_part_of is not None:
            around_start = max(0, span.start_char - _NEAR)
            around = self.text[around_start : span.end_char + _NEAR]
            if rule.exclude_near is not None and re.search(rule.exclude_near, around, re.IGNORECASE):
                return False
            start, end = span.start_char - around_start, span.end_char - around_start
            if rule.exclude_part_of is not None and any(
                found.start() <= start and end <= found.end()
                for found in re.finditer(rule.exclude_part_of, around, re.I)
            ):
                return False
        return not rule.field or self._field(span) is not None

    def mentions(self) -> list[Mention]:
        spans = _keep_longest(span for span in self.doc.spans[MENTIONS_KEY] if self._kept(span))
        rationale = [_clause(s) for s in spans if s.label_ == "RATIONALE" and s.id_ != MODEL_RULE_ID]
        reasons_for_contrast = [(s.start_char, s.end_char) for s in spans if s.id_ == "rationale.contrast_delineation"]
        spans = [
            s
            for s in spans
            if not (s.label_ == "FEATURE" and any(a < s.end_char and s.start_char < b for a, b in reasons_for_contrast))
        ]
        modality_tokens = {i for s in spans if s.label_ == "MODALITY" for i in range(s.start, s.end)}
        mentions = [m for span in spans if (m := self._mention(span, rationale, modality_tokens)) is not None]
        return self._resolve_header_scans(self._resolve_fused_contrast(self._join_adjacent_sites(mentions)))

    def _field(self, span: Span) -> tuple[str, int] | None:
        """Return the field value after a mention, unless the mention is a section header with no inline text.

        A mention that opens a table row ("| Complex blocking | N |") takes the next cell as its value, an area
        count label the number straight after it ("Tx areas 3").
        """
        line_start = physical_line_start(self.text, span.start_char)
        starts_line = bool(_LINE_LEAD.fullmatch(self.text, line_start, span.start_char))
        field = _field_value(
            self.text,
            span.end_char,
            long_label=span.label_ in ("FEATURE", "MODALITY"),
            row=starts_line,
            dashed=span.label_ == "AREA_COUNT",
        )
        if field is None and span.label_ == "AREA_COUNT" and (stated := _COUNT_VALUE.match(self.text, span.end_char)):
            return stated.group(1), stated.end(1)
        if field is None:
            cell = _CELL_VALUE.match(self.text, span.end_char)
            if cell and _ROW_START.fullmatch(self.text, line_start, span.start_char):
                row_ends = not self.text[cell.end() : physical_line_end(self.text, cell.end())].strip()
                if cell.group(1) or row_ends:  # an empty value cell is a blank only in a two-column row
                    return cell.group(1), cell.end(1)
        if field is not None and not field[0]:
            section = section_at(self.sections, span.start_char)
            if section.header is not None and span.start_char < section.start + len(section.header):
                return None
        return field

    def _mention(self, span: Span, rationale: list[tuple[int, int]], modality_tokens: set[int]) -> Mention | None:
        label, rule = self._rule(span)
        start, end = span.start_char, span.end_char
        section = section_at(self.sections, start)
        value = rule.value
        count: int | None = None
        assertion: Assertion | None = None
        cue: str | None = None

        field = self._field(span) if rule is not _MODEL_RULE else None
        if label == "AREA_COUNT" and rule.field:
            line_end = physical_line_end(self.text, span.end_char)
            box_count = _TICKED_COUNT.search(self.text, span.end_char, line_end)
            if box_count and (ticked_number := parse_count(box_count.group(1))) is not None:
                field, count, end = None, ticked_number, box_count.end()
        elif label == "AREA_COUNT" and parse_count(span.text) is not None:
            field = None  # "three separate treatment areas:" then the list: the count is stated, not a blank field
        if field is not None:
            field_text, field_end = field
            field_text = _SMARTLIST.sub(lambda m: m.group("choice") or "___", field_text)
            if _BLANK_VALUE.match(field_text.strip().rstrip(".;,")):
                assertion, cue = "template_blank", self.text[start:field_end] or None
            elif _NEGATIVE_VALUE.match(field_text.strip()) or _DENIED_VALUE.search(field_text):
                assertion, cue = "negated", field_text
            if rule.field and assertion is None:
                end = field_end
            if label == "AREA_COUNT" and rule.field and assertion is None:
                count = parse_count(field_text)
                if count is None:
                    return None
        elif label in ("FEATURE", "MODALITY", "TREATMENT_SITE") and (blank := _BARE_BLANK.match(self.text, end)):
            assertion, cue = "template_blank", self.text[start : blank.end()]
        if assertion is None and label in ("FEATURE", "MODALITY"):
            assertion, cue = _form_answer(self.text, start, end)
        if label == "AREA_COUNT" and count is None and assertion is None:
            count = parse_count(span.text)
            if count is None:
                return None

        if label == "TREATMENT_SITE":
            if any(r_start <= start and end <= r_end for r_start, r_end in rationale):
                return None
            if (
                _describes_imaging(span, modality_tokens)
                or _DEVICE_COVERS.search(self.text, max(0, start - 24), start)
                or _DEVICE_AFTER.match(self.text, end)
            ):
                return None
            value = _site_value(span, value, rule.lateral, self.site_names)

        fused = False
        section_rule = self.section_rules.get(section.section_id)
        section_cue = f"section: {section.header or section.section_id}"
        if assertion is None and section_rule is not None and section_rule.copied:
            assertion, cue = "historical", section_cue
        if assertion is None and rule.negates:
            assertion, cue = "negated", span.text
        box = _checkbox_state(self.text, start)
        if assertion is None and box == "unchecked":
            assertion, cue = "template_blank", "unchecked box"
        if assertion is None and (options := _smartlist_options_at(self.text, start)):
            assertion, cue = "template_blank", options
        if assertion is None:
            assertion, cue, fused = _modifier_assertion(span)
            if assertion == "hypothetical" and label in _SCOPE_FREE_LABELS and _TREATING.search(span.sent.text):
                assertion, cue = None, None
            if assertion == "hypothetical" and label == "FEATURE" and _DELIVERY.search(span.sent.text):
                assertion, cue = None, None  # "will be delivered with VMAT": the technique simulated for
            if assertion == "historical" and fused and label == "MODALITY":
                assertion, cue = None, None
            if fused and label == "FEATURE" and value == "contrast":
                self._fused_contrast.add(start)
        ticked = section_rule is not None and section_rule.checked_boxes_count
        if assertion is None and section_rule is not None and not (ticked and box):
            for section_assertion, labels in section_rule.assertion.items():
                if label in labels and not (section_assertion == "historical" and fused and label == "MODALITY"):
                    assertion, cue = section_assertion, section_cue
                    break

        if assertion is None and label == "FEATURE" and (choice := self._technique_choice(start)) is not None:
            assertion, cue = "hypothetical", choice
        if assertion is None and label in ("MODALITY", "FEATURE") and not fused:
            dated = _DATED_RESULT.match(self.text, end)
            if dated:  # "PET/CT 2/21: avid primary" reports an earlier study
                assertion, cue = "historical", dated.group().strip()
            elif doubted := _DOUBT_FLAG.match(self.text, end):
                assertion, cue = "hypothetical", doubted.group().strip()
        if assertion is None and self.note_assertion is not None:
            assertion, cue = self.note_assertion

        counts_as_area = stated_target = False
        if label == "TREATMENT_SITE":
            sentence = span.sent.text
            listed = section_rule is not None and section_rule.lists_areas
            labelled = self._labelled_target(span, rule)
            counts_as_area = start >= self.title_end and not _ORGAN_FIELD.search(
                self.text, physical_line_start(self.text, start), start
            )
            if counts_as_area and not listed:  # outside a section listing areas: a target label or a treatment sentence
                counts_as_area = section.section_id not in _NOT_COUNTED_SECTIONS and (
                    labelled
                    or (
                        not rule.listed_only
                        and bool(TREATMENT_CUE.search(sentence))
                        and not _SCAN_EXTENT.search(sentence)
                    )
                )
            stated_target = counts_as_area and (listed or labelled)
        return Mention(
            start=start,
            end=end,
            text=self.text[start:end],
            label=label,
            value=value,
            rule_id=rule.id,
            section=section.section_id,
            assertion=assertion or "affirmed",
            cue=cue,
            count=count,
            counts_as_area=counts_as_area,
            stated_target=stated_target,
            areas=self.site_names.areas_of(value) if label == "TREATMENT_SITE" else (),
            score=self.scores.get((start, end)) if rule is _MODEL_RULE else None,
            fused=fused and label == "MODALITY",
        )

    def _labelled_target(self, span: Span, rule: ElementRule) -> bool:
        """Whether a site follows a label stating what is treated ("Target: L2 primary"), or is one ("Isocenter 2:")."""
        if rule.value == "isocenter":
            return any(_LABEL_END.match(self.text, at) for at in (span.end_char - 1, span.end_char))
        statement = _STATEMENT_PART.split(self.text[span.sent.start_char : span.start_char])[-1]
        return bool(_TARGET_LABEL.match(statement))

    def _technique_choice(self, start: int) -> str | None:
        """The "proton vs photon" a technique at ``start`` is one side of, if any."""
        for choice in _TECHNIQUE_CHOICE.finditer(self.text, max(0, start - 24), start + 40):
            if choice.start() <= start < choice.end():
                return choice.group()
        return None

    def _join_adjacent_sites(self, mentions: list[Mention]) -> list[Mention]:
        """Sites written one after the other with only spaces between ("thoracic spine T4-T8") name one area."""
        joined: list[Mention] = []
        last_site: int | None = None  # index in ``joined`` of the latest site
        for mention in sorted(mentions, key=lambda m: m.start):
            if mention.label != "TREATMENT_SITE":
                joined.append(mention)
                continue
            if last_site is not None and self._side_by_side(last := joined[last_site], mention):
                joined[last_site] = replace(last, end=mention.end, text=self.text[last.start : mention.end])
                continue
            last_site = len(joined)
            joined.append(mention)
        return joined

    def _side_by_side(self, first: Mention, second: Mention) -> bool:
        """Whether two sites of the same standing name one place ("thoracic spine T4-T8", "tumor bed in the fossa").

        Two spine levels joined by a range word ("L4 through S1") are one area too. A numbered label ("Area 2:",
        "Isocenter 1") keeps its own count, apart from the site it names.
        """
        if (first.assertion, first.counts_as_area) != (second.assertion, second.counts_as_area):
            return False
        if first.end > second.start or first.numbered_target or second.numbered_target:
            return False
        between = self.text[first.end : second.start]
        levels = first.value.startswith("spine ") and second.value.startswith("spine ")
        if _SITE_JOINER.fullmatch(between) or (levels and _LEVEL_RANGE.fullmatch(between)):
            return True
        item = self._list_item(first.start)
        if item is None or item != self._list_item(second.start):
            return False
        _, table_row = item
        return (table_row and not _CELL_BREAK.search(between)) or bool(_ITEM_JOINER.fullmatch(between))

    def _list_item(self, start: int) -> tuple[int, bool] | None:
        """Where the numbered item or table row of an area list holding ``start`` begins, and whether it is a table row.

        The sites of one item name one area when they share a table cell ("| 1 | pancreas GTV (celiac) |") or are
        joined by "+" ("2) internal iliac + presacral nodes"); a numbered field ("1. Targets: breast, SCV") is no item.
        """
        line_start = physical_line_start(self.text, start)
        line_end = physical_line_end(self.text, start)
        marks = [m for m in _ITEM_MARK.finditer(self.text, line_start, line_end) if m.end() <= start]
        if not marks or ":" in self.text[marks[-1].end() : start]:
            return None
        row = self.text[line_start:line_end]
        table_row = "\t" in row or "|" in row
        section = self.section_rules.get(section_at(self.sections, start).section_id)
        if not table_row and not (section is not None and section.lists_areas):
            return None
        return marks[-1].start(), table_row

    def _resolve_header_scans(self, mentions: list[Mention]) -> list[Mention]:
        """A scan named by a header ("CT ACQUISITION:") takes the word of its section: "No CT obtained" negates it."""
        resolved: list[Mention] = []
        for mention in mentions:
            if mention.label != "MODALITY" or mention.assertion != "affirmed":
                resolved.append(mention)
                continue
            section = section_at(self.sections, mention.start)
            header_end = section.start + len(section.header or "")
            if mention.end <= header_end:
                denial = next(
                    (
                        m
                        for m in mentions
                        if m.label == "MODALITY"
                        and m.value == mention.value
                        and m.assertion == "negated"
                        and header_end <= m.start < section.end
                    ),
                    None,
                )
                if denial is not None:
                    mention = replace(mention, assertion="negated", cue=denial.cue)
            resolved.append(mention)
        return resolved

    def _resolve_fused_contrast(self, mentions: list[Mention]) -> list[Mention]:
        """Mark contrast that belongs to a fused diagnostic MRI/PET (not the planning CT) as historical."""
        modalities = [m for m in mentions if m.label == "MODALITY"]
        resolved: list[Mention] = []
        for mention in mentions:
            if mention.start in self._fused_contrast and mention.assertion == "affirmed":
                sent = self.doc.char_span(mention.start, mention.start + 1, alignment_mode="expand")
                bounds = (sent.sent.start_char, sent.sent.end_char) if sent is not None else (0, 0)
                nearest = min(
                    (m for m in modalities if bounds[0] <= m.start < bounds[1]),
                    key=lambda m: abs(m.start - mention.start),
                    default=None,
                )
                if nearest is not None and nearest.value != "CT":
                    mention = replace(mention, assertion="historical", cue=_FUSED_CONTRAST_CUE)
            resolved.append(mention)
        return resolved


def extract(doc: Doc, bundle: RuleBundle) -> NoteEvidence:
    """Flatten a processed doc into plain mentions with resolved assertions.

    Args:
        doc: A doc produced by :func:`simcheck.pipeline.build_nlp`.
        bundle: The rule bundle the pipeline was built from.

    Returns:
        The note's evidence, in text order.
    """
    extractor = _Extractor(doc, bundle)
    return NoteEvidence(mentions=tuple(extractor.mentions()), sentence_scores=tuple(extractor.scores.values()))
