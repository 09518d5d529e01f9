"""Lab results from positioned words, anchored on the column headers of Indian lab reports.

A table starts at a header line ("Test Name / Results / Units / Bio. Ref. Interval" and their
variants, in any order, once or twice side by side for two-column layouts) and its columns are
taken from the header words' positions. Each later line is cut into cells by those columns and
read by pattern, so units glued to values ("g/dL12.70"), H/L markers printed by the lab, ranges
in the result cell and qualitative results all come out right. Lines that are not results are
left out on purpose: the patient block (it sits above the header), repeated headers, section
titles, method lines in brackets, notes and prose (words running across the column gaps),
page footers and signatures. Pages without any table are read line by line for the inline
style "Glucose Fasting: 122 mg/dL (Normal: 70-110 mg/dL) [HIGH]". A Method column
(Photometry, Westergren, Jaffe, ISE...) is kept as the row's own field, found by its header or,
where the lab printed none, by its words after a gap at the end of the name
(``clinical.lab_methods``), so the test's name stays the analyte's. Thread-safety: pure
functions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from clinical import catalog
from clinical.lab_methods import is_method
from clinical.layout import bbox, line_text, lines
from clinical.models import LabResult, PageText, Word
from clinical.ranges import NUMBER, flag_for, parse_range, to_number

TEST, RESULT, UNIT, RANGE, FLAG = "test", "result", "unit", "range", "flag"
METHOD = "method"
# Columns of left-aligned text that run up to the next column.
_RUNNING = (TEST, METHOD)

# Header phrases after _norm(); the longest match at each position wins.
_HEADER_PHRASES: dict[str, str] = {
    "test": TEST,
    "tests": TEST,
    "test name": TEST,
    "test description": TEST,
    "investigation": TEST,
    "investigations": TEST,
    "parameter": TEST,
    "parameters": TEST,
    "examination": TEST,
    "description": TEST,
    "result": RESULT,
    "results": RESULT,
    "value": RESULT,
    "observed value": RESULT,
    "result value": RESULT,
    "your value": RESULT,
    "unit": UNIT,
    "units": UNIT,
    "uom": UNIT,
    "bio ref interval": RANGE,
    "bio ref range": RANGE,
    "biological ref interval": RANGE,
    "biological reference interval": RANGE,
    "biological reference range": RANGE,
    "reference range": RANGE,
    "reference interval": RANGE,
    "reference value": RANGE,
    "reference values": RANGE,
    "reference": RANGE,
    "ref range": RANGE,
    "ref interval": RANGE,
    "ref value": RANGE,
    "normal range": RANGE,
    "normal value": RANGE,
    "normal values": RANGE,
    "range": RANGE,
    "flag": FLAG,
    "method": METHOD,
    "methods": METHOD,
    "methodology": METHOD,
    "test method": METHOD,
    "technology": METHOD,
}
_MAX_PHRASE = max(len(p.split()) for p in _HEADER_PHRASES)

_UNITS = str.split(
    "g/dl gm/dl gms/dl g/l gm% g% mg/dl mg/l mg/24hrs ug/dl µg/dl mcg/dl ng/ml ng/dl ng/l pg/ml "
    "pg fl % mmol/l meq/l umol/l µmol/l pmol/l nmol/l u/l iu/l iu/ml miu/l miu/ml uiu/ml µiu/ml "
    "µu/ml uu/ml mu/l ku/l /cumm cells/cumm /cmm /ul /µl /mm3 /hpf /lpf 10^3/ul 10^3/µl "
    "x10^3/ul x10^3/µl 10³/µl 10^6/ul 10^6/µl x10^6/ul 10^9/l 10^12/l thou/mm3 thou/ul thou/cumm "
    "mill/mm3 mill/cumm million/cumm mil/cumm lakh/cumm lakhs/cumm lakh/cmm lakhs/cmm mm/hr "
    "mm/1sthr sec secs seconds ratio mg/g mg/mmol ml/min/1.73m2 ml/min/1.73m² copies/ml s/co "
    "index gpl mpl"
)
_UNIT_KEYS = {u.lower() for u in _UNITS}
_UNITS_BY_LENGTH = sorted(_UNIT_KEYS, key=len, reverse=True)

_VALUE = re.compile(rf"^(<=|>=|≤|≥|<|>)?\s*({NUMBER})$")
_MARKER = re.compile(r"^[\(\[]?(h|l|hh|ll|high|low|\*|↑|↓)[\)\]]?\*?$", re.IGNORECASE)
_VALUE_MARKER = re.compile(rf"^({NUMBER})\s*[\(\[]?([HL])[\)\]]?\*?$")
_RANGE_SEARCH = re.compile(
    rf"((?:<=|>=|≤|≥|<|>)\s*(?:{NUMBER})|(?:{NUMBER})\s*(?:-|–|—|to)\s*(?:{NUMBER}))",
    re.IGNORECASE,
)
_QUALITATIVE = (
    "non reactive",
    "non-reactive",
    "nonreactive",
    "not detected",
    "negative",
    "positive",
    "reactive",
    "detected",
    "absent",
    "present",
    "nil",
    "trace",
    "pale yellow",
    "dark yellow",
    "straw",
    "yellow",
    "clear",
    "slightly turbid",
    "turbid",
    "normal",
    "abnormal",
    "occasional",
    "few",
    "plenty",
    "+++",
    "++",
    "+",
)
# Names of lines that describe the patient, the sample or the report, never a result.
_METADATA = re.compile(
    r"^(patient|name|age|sex|gender|dob|date|time|ref\b|ref\.|referred|referring|doctor|dr\b|"
    r"dr\.|consultant|sample|specimen|collected|collection|received|reported|registered|"
    r"registration|lab\s*no|lab\s*id|uhid|mrn|id\b|barcode|bill|client|location|page|"
    r"report|status|mobile|phone|address|visit|episode|accession)",
    re.IGNORECASE,
)
_PROSE_START = re.compile(
    r"^(note|notes|comment|comments|interpretation|remark|remarks|impression|advice|"
    r"clinical|disclaimer|method|methodology|this\s+is|please|\*+\s*end|end\s+of|"
    r"kindly|correlate|test\s+done|sample\s+processed|results?\s+relate)",
    re.IGNORECASE,
)
_PAGE_FOOTER = re.compile(r"^page\s*\d+\s*(of|/)\s*\d+", re.IGNORECASE)
_CELL_GAP = 6.0  # points: a smaller gap across a column boundary means running prose


@dataclass(frozen=True)
class Column:
    role: str
    x0: float
    x1: float


@dataclass(frozen=True)
class Table:
    """One header's columns and the horizontal span of the table it starts."""

    columns: tuple[Column, ...]
    left: float
    right: float
    header_bottom: float

    def role_at(self, word: Word) -> str:
        ordered = self.columns
        for i, column in enumerate(ordered):
            nxt = ordered[i + 1] if i + 1 < len(ordered) else None
            if nxt is None:
                return column.role
            if column.role in _RUNNING:
                # Test names and methods are long and left-aligned: they run up to the next
                # column.
                boundary = nxt.x0 - 2
                if word.x0 < boundary and word.mid_x < nxt.x0:
                    return column.role
                continue
            boundary = (column.x1 + nxt.x0) / 2
            if word.mid_x < boundary:
                return column.role
        return ordered[-1].role


def extract_labs(pages: Iterable[PageText], sex: str = "U") -> list[LabResult]:
    """Every lab result in the document, in reading order; ``sex`` chooses split ranges."""
    results: list[LabResult] = []
    carried: list[Table] = []
    section = ""  # a panel title runs on over the page break
    for page in pages:
        page_lines = lines(page.words)
        headers = _header_lines(page_lines, page.width)
        if not headers and carried:
            # A continuation page printed without its header: reuse the last columns.
            headers = [(-1, carried)]
        if not headers:
            results += _inline_results(page_lines, page.page, sex, section)
        for n, (index, tables) in enumerate(headers):
            end = headers[n + 1][0] if n + 1 < len(headers) else len(page_lines)
            body = page_lines[index + 1 : end]
            for table in tables:
                rows, section = _read_table(body, table, page.page, sex, section)
                results += rows
            carried = tables
    return results


# ---- one result per line, without a table: "Glucose Fasting: 122 mg/dL (Normal: 70-110
# mg/dL) [HIGH]". Only read where a page has no table, and only with the bracketed range, so
# ordinary "Label: value" lines (age, dates, ids) never match.

_INLINE = re.compile(
    rf"^(?P<name>[A-Za-z][A-Za-z0-9 ,()/.\-]*?)\s*[:\-]\s*"
    rf"(?P<value>(?:<=|>=|<|>)?\s*(?:{NUMBER}))\s*"
    r"(?P<unit>[A-Za-zµμ%/^0-9.]*[A-Za-zµμ%/])?\s*"
    r"\(\s*(?:normal(?:\s*range)?|ref(?:erence)?\.?(?:\s*range)?|range|"
    r"bio\.?\s*ref\.?\s*interval)\s*:?\s*"
    r"(?P<range>[^)]*?)\s*\)\s*(?:\[?\s*(?P<flag>high|low|h|l)\s*\]?)?\s*$",
    re.IGNORECASE,
)


def _inline_results(
    page_lines: list[list[Word]], page: int, sex: str, section: str
) -> list[LabResult]:
    results = []
    for line in page_lines:
        match = _INLINE.match(line_text(line))
        if not match or _METADATA.match(match.group("name")):
            continue
        reference, range_unit = _range_and_unit(match.group("range"))
        unit = match.group("unit") or range_unit
        marker = (match.group("flag") or "")[:1].upper()
        value = re.sub(r"\s+", "", match.group("value"))
        name = _clean_name(match.group("name"))
        results.append(
            build_result(name, value, unit, reference, sex, page, bbox(line), section, marker)
        )
    return results


# ---- headers


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]+", "", text.lower().replace(".", " ").replace("/", " ")).strip()


def _header_columns(line: Sequence[Word]) -> tuple[list[Column], int]:
    """Columns named on a line and the count of words that are not header words."""
    columns: list[Column] = []
    other = 0
    i = 0
    while i < len(line):
        for size in range(min(_MAX_PHRASE, len(line) - i), 0, -1):
            phrase = " ".join(_norm(w.text) for w in line[i : i + size]).split()
            role = _HEADER_PHRASES.get(" ".join(phrase))
            if role:
                columns.append(Column(role, line[i].x0, line[i + size - 1].x1))
                i += size
                break
        else:
            other += 1
            i += 1
    return columns, other


def _header_lines(page_lines: list[list[Word]], width: float) -> list[tuple[int, list[Table]]]:
    found = []
    for index, line in enumerate(page_lines):
        columns, other = _header_columns(line)
        roles = [c.role for c in columns]
        if roles.count(TEST) < 1 or RESULT not in roles or other > 2:
            continue
        if UNIT not in roles and RANGE not in roles:
            continue
        tables = _split_tables(columns, width, max(w.bottom for w in line))
        if tables:
            found.append((index, tables))
    return found


def _split_tables(columns: list[Column], width: float, bottom: float) -> list[Table]:
    groups: list[list[Column]] = []
    for column in sorted(columns, key=lambda c: c.x0):
        if column.role == TEST or not groups:
            groups.append([column])
        else:
            groups[-1].append(column)
    groups = [g for g in groups if g[0].role == TEST and any(c.role == RESULT for c in g)]
    tables = []
    for i, group in enumerate(groups):
        left = group[0].x0 - 4
        right = groups[i + 1][0].x0 - 4 if i + 1 < len(groups) else width + 1
        tables.append(Table(tuple(group), left, right, bottom))
    return tables


# ---- rows


@dataclass
class _Cells:
    words: list[Word]
    name: list[Word]
    result: list[Word]
    unit: list[Word]
    range: list[Word]
    flag: list[Word]
    method: list[Word]


def _cells(line: Sequence[Word], table: Table) -> _Cells | None:
    words = [w for w in line if table.left <= w.mid_x < table.right]
    if not words:
        return None
    cells = _Cells(words, [], [], [], [], [], [])
    for word in words:
        getattr(cells, {TEST: "name", RESULT: "result"}.get(r := table.role_at(word), r)).append(
            word
        )
    return cells


def _is_prose(cells: _Cells) -> bool:
    """Words running across a column boundary with ordinary spacing: a sentence, not a row."""
    if not cells.name:
        return False
    rest = [w for w in cells.words if w not in cells.name and w not in cells.method]
    if not rest:
        return False
    first = min(rest, key=lambda w: w.x0)
    return first.x0 - cells.name[-1].x1 < _CELL_GAP


def _read_table(
    body: list[list[Word]], table: Table, page: int, sex: str, section: str
) -> tuple[list[LabResult], str]:
    results: list[LabResult] = []
    pending_name: list[Word] = []
    in_note = False
    for line in body:
        text = line_text(line)
        if _PAGE_FOOTER.match(text):
            continue
        cells = _cells(line, table)
        if cells is None:
            continue
        name_text = line_text(cells.name)
        if _PROSE_START.match(name_text or text):
            in_note = True
            pending_name = []
            continue
        if _is_prose(cells):
            continue
        row = _row(cells, pending_name)
        if row is None:
            if cells.name and not (cells.result or cells.unit or cells.range):
                if name_text.startswith(("(", "[")):
                    continue  # method line, e.g. "(Electrical Impedance)"
                if _looks_like_section(cells.name):
                    section, pending_name = name_text.rstrip(":"), []
                    in_note = False
                elif not in_note:
                    pending_name = list(cells.name)
            continue
        name_words, value, _number_read, unit, reference, marker, method, used = row
        if in_note and not (unit or reference):
            continue  # a number inside a note paragraph
        in_note = False
        pending_name = []
        name = _clean_name(line_text(name_words))
        if not name or _METADATA.match(name):
            continue
        results.append(
            build_result(
                name, value, unit, reference, sex, page, bbox(used), section, marker, method
            )
        )
    return results, section


def build_result(
    test: str,
    value: str,
    unit: str,
    reference: str,
    sex: str = "U",
    page: int = 1,
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0),
    section: str = "",
    lab_flag: str = "",
    method: str = "",
) -> LabResult:
    """A result from its printed parts, with bounds and flag worked out for ``sex``.

    Also used for rows a reviewer corrected or added, so they are flagged by the same rules.
    """
    value = value.strip()
    number = _number(value) if _VALUE.match(value) else None
    chosen = parse_range(reference, sex)
    analyte = catalog.analyte_for(test)
    flag = catalog.apply_critical(flag_for(number, chosen, lab_flag), analyte, number, unit)
    return LabResult(
        test=test,
        value=value,
        number=number,
        unit=unit,
        reference=reference,
        low=chosen.low,
        high=chosen.high,
        flag=flag,
        page=page,
        bbox=box,
        section=section,
        lab_flag=lab_flag,
        analyte=analyte,
        method=method,
    )


_COUNT_RANGE = re.compile(rf"^({NUMBER})\s*(-|–|to)\s*({NUMBER})$", re.IGNORECASE)
_TITRE = re.compile(r"^1\s*:\s*\d+$")
_BLOOD_GROUP = re.compile(
    r"^(a|b|ab|o)\s*(rh\s*)?(\+|-|\+ve|-ve|pos|neg|positive|negative)$", re.IGNORECASE
)
# Results a reviewer may type that the reading does not look for in a result column.
_TYPED_WORDS = ("+ve", "-ve", "no growth", "sterile", "seen", "not seen")


def is_result_value(text: str) -> bool:
    """True when ``text`` reads as a lab result, the rule for values a reviewer types.

    A number, possibly with a comparison or the lab's marker ("12.5", "<0.5", "1,20,000",
    "12.5 H"), a count range ("2-3"), a titre ("1:80"), a blood group ("B +ve"), or a
    qualitative result ("Positive", "Non reactive", "Nil", "++", "No growth"), in any case.
    """
    value = " ".join(text.split())
    if not value:
        return False
    if _VALUE.match(value) or _VALUE_MARKER.match(value) or _COUNT_RANGE.match(value):
        return True
    if _TITRE.match(value) or _BLOOD_GROUP.match(value):
        return True
    lowered = value.lower()
    for phrase in (*_QUALITATIVE, *_TYPED_WORDS):
        if lowered == phrase:
            return True
        if lowered.startswith(phrase + " ") and _MARKER.match(value[len(phrase) :].strip()):
            return True
    return False


def _looks_like_section(words: Sequence[Word]) -> bool:
    letters = [c for c in line_text(words) if c.isalpha()]
    return bool(letters) and (all(c.isupper() for c in letters) or all(w.bold for w in words))


def _clean_name(name: str) -> str:
    return name.strip(" :.-*").strip()


def _row(cells: _Cells, pending_name: list[Word]):
    """(name words, value, number, unit, reference, lab marker, method, words used) or None."""
    name = list(cells.name)
    result = list(cells.result)
    unit_words = list(cells.unit)
    range_words = list(cells.range)
    marker = " ".join(w.text for w in cells.flag)
    method_words = list(cells.method)
    if not method_words:
        # A Method column printed without a header: its words sit after a gap in the name.
        name, method_words = _method_at_end(name)
    if not result:
        # A short name spilled into the result column's left edge, or the value sits in the
        # name cell after a wide gap (unruled layouts).
        split = _value_at_end(name)
        if split:
            name, result = split
    value_text, number, unit, extra_marker, leftover = _read_result(result)
    if value_text is None:
        # Range printed before the value, both in the range cell: "5.0 - 8.0 6".
        value_text, number, moved = _value_from_range_cell(range_words)
        if value_text is None:
            return None
        range_words = [w for w in range_words if w not in moved]
    marker = marker or extra_marker
    unit_text = " ".join(w.text for w in unit_words)
    if unit_text:
        # A value glued to a unit in the unit cell, or the lab's marker printed there.
        unit_text, more_marker = _unit_and_marker(unit_text)
        marker = marker or more_marker
    unit = unit_text or unit
    reference = " ".join(w.text for w in range_words)
    if not reference and leftover:
        found = _RANGE_SEARCH.search(leftover)
        reference = leftover[found.start() :].strip() if found else ""
    if reference:
        reference, range_unit = _range_and_unit(reference)
        unit = unit or range_unit
    if not name:
        name = pending_name
    if not name:
        return None
    used = name + result + unit_words + range_words
    method = " ".join(w.text for w in method_words)
    return name, value_text, number, unit, reference, marker, method, used


def _method_at_end(name: list[Word]) -> tuple[list[Word], list[Word]]:
    """(name, method) split at the widest gap in the name when what follows is a method."""
    gaps = [(name[i].x0 - name[i - 1].x1, i) for i in range(1, len(name))]
    for gap, i in sorted(gaps, reverse=True):
        if gap < 2 * _CELL_GAP:
            break
        if is_method(line_text(name[i:])):
            return name[:i], name[i:]
    return name, []


def _value_at_end(name: list[Word]):
    for i in range(len(name) - 1, 0, -1):
        if name[i].x0 - name[i - 1].x1 >= 3 * _CELL_GAP:
            head, tail = name[:i], name[i:]
            if _read_result(tail)[0] is not None:
                return head, tail
            return None
    return None


def _read_result(words: list[Word]):
    """(value text, number, glued unit, marker, leftover text) from the result cell."""
    tokens = [w.text for w in words]
    if not tokens:
        return None, None, "", "", ""
    text = " ".join(tokens)
    # Qualitative results, possibly more than one word ("Non Reactive", "Pale Yellow").
    lowered = text.lower()
    for phrase in _QUALITATIVE:
        if lowered == phrase or lowered.startswith(phrase + " "):
            rest = text[len(phrase) :].strip()
            marker = rest if _MARKER.match(rest or "-") else ""
            return text[: len(phrase)], None, "", marker, "" if marker else rest
    value = None
    number = None
    unit = ""
    marker = ""
    leftover: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if value is None:
            # "<" and the number printed as two words
            if token in ("<", ">", "<=", ">=", "≤", "≥") and i + 1 < len(tokens):
                joined = token + tokens[i + 1]
                if _VALUE.match(joined):
                    value, number = joined, _number(joined)
                    i += 2
                    continue
            parsed = _split_value(token)
            if parsed:
                value, number, unit_part, marker_part = parsed
                unit = unit or unit_part
                marker = marker or marker_part
                i += 1
                continue
            if re.fullmatch(rf"({NUMBER})\s*(-|–|to)\s*({NUMBER})", token):
                value = token  # a count range as the result ("2-3" pus cells)
                i += 1
                continue
        if _MARKER.match(token) and not marker:
            marker = token
        elif value is not None and not unit and _is_unit(token):
            unit = token
        else:
            leftover.append(token)
        i += 1
    if value is None:
        return None, None, "", "", text
    return value, number, unit, marker.strip("()[]") if marker else "", " ".join(leftover)


def _number(text: str) -> float | None:
    return to_number(re.sub(r"^(<=|>=|≤|≥|<|>)", "", text))


def _is_unit(token: str) -> bool:
    return token.lower() in _UNIT_KEYS or bool(
        re.fullmatch(r"[a-zA-Zµμ%]+/[a-zA-Zµμ0-9.^]+", token)
    )


def _split_value(token: str):
    """A value token, possibly glued to a unit or an H/L marker: (value, number, unit, marker)."""
    match = _VALUE.match(token)
    if match:
        return token, _number(token), "", ""
    match = _VALUE_MARKER.match(token)
    if match:
        return match.group(1), to_number(match.group(1)), "", match.group(2)
    lowered = token.lower()
    for unit in _UNITS_BY_LENGTH:
        if lowered.endswith(unit) and len(token) > len(unit):
            head = token[: -len(unit)]
            if _VALUE.match(head):
                return head, _number(head), token[-len(unit) :], ""
        if lowered.startswith(unit) and len(token) > len(unit):
            tail = token[len(unit) :]
            if _VALUE.match(tail) and not unit[-1].isdigit():
                return tail, _number(tail), token[: len(unit)], ""
    return None


def _unit_and_marker(text: str) -> tuple[str, str]:
    parts = text.split()
    marker = ""
    kept = []
    for part in parts:
        if _MARKER.match(part) and not marker and part.lower() not in _UNIT_KEYS:
            marker = part.strip("()[]")
        else:
            kept.append(part)
    return " ".join(kept), marker


def _range_and_unit(reference: str) -> tuple[str, str]:
    """A unit printed after the range in the range column ("13 - 17 g/dL") is split off."""
    parts = reference.split()
    if len(parts) > 1 and _is_unit(parts[-1]) and any(c.isdigit() for c in parts[-2]):
        return " ".join(parts[:-1]), parts[-1]
    return reference, ""


def _value_from_range_cell(words: list[Word]):
    text = " ".join(w.text for w in words)
    found = _RANGE_SEARCH.search(text)
    if not found:
        return None, None, []
    before, after = text[: found.start()].split(), text[found.end() :].split()
    candidates = [t for t in before + after if _VALUE.match(t)]
    if len(candidates) != 1:
        return None, None, []
    value = candidates[0]
    moved = [w for w in words if w.text == value][:1]
    return value, _number(value), moved
