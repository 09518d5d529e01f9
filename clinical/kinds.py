"""Guessing a document's kind from its text and file name, and the date printed on it.

Both are guesses for the user to correct: the kind scores keywords (a lab report with several
extracted results needs no keywords), and the date prefers labelled report or collection dates
over any other, never a date of birth. Dates are read day-first, as Indian reports print them.
Thread-safety: pure functions.
"""

from __future__ import annotations

import re
from datetime import date

from clinical.models import DocumentKind

_KEYWORDS: dict[DocumentKind, tuple[tuple[str, int], ...]] = {
    DocumentKind.LAB_REPORT: (
        (r"bio\.?\s*ref", 4),
        (r"reference (range|interval)", 3),
        (r"biochemistry|haematology|hematology|serology|immunoassay", 2),
        (r"h(a)?emoglobin|complete blood count|\bcbc\b|lipid profile|liver function", 2),
        (r"thyroid profile|kidney function|renal function|hba1c|blood sugar", 2),
        (r"\bunits?\b", 1),
        (r"\bresults?\b", 1),
    ),
    DocumentKind.PATHOLOGY_REPORT: (
        (r"histopatholog|\bhpe\b|\bbiopsy\b|cytology|\bfnac\b", 4),
        (r"immunohistochem|\bihc\b|gross (description|examination)", 4),
        (r"microscop(y|ic) (description|examination)", 3),
        (r"\bspecimen\b|\bmargins?\b|\bgrade\b|carcinoma", 1),
    ),
    DocumentKind.IMAGING_REPORT: (
        (r"\bradiology\b|\bsonography\b|ultrasonograph|\busg\b|\bmri\b|\bhrct\b", 3),
        (r"\bct\b (scan|chest|abdomen|brain|head)|x-?ray|mammogra|echocardiogra|\bpet\b", 3),
        (r"\bfindings\b|\bimpression\b|\bcontrast\b|\bscan\b", 1),
    ),
    DocumentKind.DISCHARGE_SUMMARY: (
        (r"discharge summary|summary of discharge", 6),
        (r"date of (admission|discharge)|\bdoa\b|\bdod\b|course in (the )?hospital", 3),
        (r"advice on discharge|condition (at|on) discharge|\badmitted\b", 2),
    ),
    DocumentKind.PRESCRIPTION: (
        (r"\brx\b|℞|prescription", 4),
        (r"\b(tab|cap|syp|inj)\b\.?", 2),
        (r"\b\d-\d-\d\b|\b(od|bd|tds|qid|hs|sos)\b", 2),
        (r"x\s*\d+\s*days|after food|before food", 2),
    ),
    DocumentKind.ECG: (
        (r"\becg\b|\bekg\b|electrocardiogra", 4),
        (r"sinus rhythm|\bqrs\b|\bqtc?\b|\bpr interval\b|25\s*mm/s", 3),
        (r"\bbpm\b|\baxis\b", 1),
    ),
}
_NAME_HINTS: dict[DocumentKind, str] = {
    DocumentKind.LAB_REPORT: r"lab|cbc|blood|lipid|lft|kft|rft|thyroid|sugar|hba1c|urine",
    DocumentKind.PATHOLOGY_REPORT: r"biopsy|hpe|histo|patho|ihc|fnac|cytology",
    DocumentKind.IMAGING_REPORT: r"\bct\b|mri|usg|xray|x-ray|ultrasound|echo|radiology",
    DocumentKind.DISCHARGE_SUMMARY: r"discharge",
    DocumentKind.PRESCRIPTION: r"\brx\b|prescription|medicine",
    DocumentKind.ECG: r"ecg|ekg",
}
_MIN_SCORE = 3


def guess_kind(text: str, file_name: str = "", lab_results: int = 0) -> DocumentKind:
    """The most likely kind; OTHER when nothing speaks clearly for one."""
    lowered = text.lower()
    scores = {kind: 0 for kind in _KEYWORDS}
    for kind, patterns in _KEYWORDS.items():
        for pattern, weight in patterns:
            if re.search(pattern, lowered):
                scores[kind] += weight
    name = re.sub(r"[_\-.]+", " ", file_name.lower())
    for kind, pattern in _NAME_HINTS.items():
        if re.search(pattern, name):
            scores[kind] += 3
    if lab_results >= 3:
        scores[DocumentKind.LAB_REPORT] += 6
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] >= _MIN_SCORE else DocumentKind.OTHER


_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
_MONTH += r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_MDY_MONTH = _MONTH.replace("(", "(?P<mm>", 1)
_DATE = re.compile(
    r"(?P<dmy>\b(?P<d>\d{1,2})[/\-.](?P<m>\d{1,2})[/\-.](?P<y>\d{4}|\d{2})\b)"
    r"|(?P<iso>\b(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})\b)"
    rf"|(?P<dmony>\b(?P<td>\d{{1,2}})(?:st|nd|rd|th)?[\s\-/.]*{_MONTH}[a-z]*"
    r"[\s\-/.,]*(?P<ty>\d{4})\b)"
    rf"|(?P<mdy>\b{_MDY_MONTH}[a-z]*\.?\s+(?P<md>\d{{1,2}}),?\s+(?P<my>\d{{4}})\b)",
    re.IGNORECASE,
)
# Labels in order of preference; a date of birth is never the document's date.
_LABELS = (
    (r"report(ed)?\s*(on|date|dt)?|date\s+of\s+report", 0),
    (r"date\s+of\s+discharge|discharged?\s+on|\bdod\b", 1),
    (r"collect(ed|ion)\s*(on|date|dt)?|sample\s+(date|drawn|received)|received\s+on", 2),
    (r"\bdate\b|\bdated\b|\bdt\b", 3),
)
_BIRTH = re.compile(r"(d\.?o\.?b\.?|birth|born)\s*[:\-]?\s*$", re.IGNORECASE)


def detect_date(text: str, today: date | None = None) -> str | None:
    """The ISO date the document was made, or None; day-first for numeric dates."""
    today = today or date.today()
    best: tuple[int, int, date] | None = None  # (label rank, -position, date)
    for match in _DATE.finditer(text):
        found = _to_date(match)
        if found is None or found > today or found.year < 1980:
            continue
        before = text[max(0, match.start() - 40) : match.start()]
        line_before = before.split("\n")[-1]
        if _BIRTH.search(line_before.rstrip(" :-")) or _BIRTH.search(line_before):
            continue
        rank = 9
        for pattern, label_rank in _LABELS:
            if re.search(pattern, line_before, re.IGNORECASE):
                rank = label_rank
                break
        key = (rank, -match.start(), found)
        if rank == 9:
            # Unlabelled: the latest date printed is the likeliest report date.
            key = (rank, -found.toordinal(), found)
        if best is None or key[:2] < best[:2]:
            best = key
    return best[2].isoformat() if best else None


def _to_date(match: re.Match) -> date | None:
    try:
        if match.group("dmy"):
            year = int(match.group("y"))
            year += 2000 if year < 100 else 0
            return date(year, int(match.group("m")), int(match.group("d")))
        if match.group("iso"):
            return date(int(match.group("iy")), int(match.group("im")), int(match.group("id")))
        if match.group("dmony"):
            month = _MONTHS[match.group(_month_group(match, 1)).lower()[:3]]
            return date(int(match.group("ty")), month, int(match.group("td")))
        if match.group("mdy"):
            month = _MONTHS[match.group("mm").lower()[:3]]
            return date(int(match.group("my")), month, int(match.group("md")))
    except (ValueError, KeyError):
        return None
    return None


def _month_group(match: re.Match, _unused: int) -> int:
    # The unnamed month group inside "dmony" is the first unnamed group of the pattern.
    for index in range(1, (match.re.groups or 0) + 1):
        if match.group(index) and index not in match.re.groupindex.values():
            return index
    return 0
