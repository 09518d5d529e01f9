"""Reading printed reference ranges and flagging values against them.

Handles the forms Indian reports print: "70 - 110", "3.5–5.1", "70 to 110", "< 200", "<= 5.7",
"Up to 40", "> 40", ">= 40", "≥ 40", and sex-split ranges such as "M: 13-17 F: 12-15" or
"Male: 13.0 - 17.0 Female: 12.0 - 15.0" (the patient's sex chooses; unknown sex gives no
bounds rather than a guess). Qualitative ranges ("Negative", "Non Reactive") and decision
tables ("Desirable <200, Borderline 200-239") keep their text without numeric bounds.
Thread-safety: pure functions.
"""

from __future__ import annotations

import re

from clinical.models import Flag, RefRange

NUMBER = r"\d+(?:,\d{2,3})*(?:\.\d+)?|\.\d+"
_NUM = re.compile(NUMBER)
_DASH = r"(?:-|–|—|to)"
_TWO_SIDED = re.compile(rf"^\s*({NUMBER})\s*{_DASH}\s*({NUMBER})\s*$", re.IGNORECASE)
_ONE_SIDED = re.compile(
    rf"^\s*(<=|>=|=<|=>|≤|≥|<|>|up\s*to|upto|less\s+than|more\s+than|greater\s+than|below|"
    rf"above)\s*:?\s*({NUMBER})\s*$",
    re.IGNORECASE,
)
# "M: 13-17 F: 12-15", "Male 13-17 / Female 12-15", "Men : ... Women : ..."
_SEX_PART = re.compile(
    r"\b(males?|men|m|females?|women|f)\b\s*[:\-]?\s*(.+?)\s*[;,/]?\s*"
    r"(?=\b(?:males?|men|m|females?|women|f)\b\s*[:\-]?\s*[<>≤≥\d.u]|$)",
    re.IGNORECASE,
)
_UNIT_TAIL = re.compile(r"\s*[a-zA-Zµμ%/^\d.]*[a-zA-Zµμ%/]+[a-zA-Zµμ%/^\d.]*\s*$")


def to_number(text: str) -> float | None:
    """A printed number as a float: Indian digit grouping ("1,50,000") and "0.5" both work."""
    text = text.strip()
    if not re.fullmatch(NUMBER, text):
        return None
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def parse_range(text: str, sex: str = "U") -> RefRange:
    """The range printed as ``text``, with bounds for a patient of ``sex`` (F, M, O or U)."""
    text = " ".join(text.split())
    bounds = _plain_bounds(text)
    if bounds is None:
        parts = _sex_parts(text)
        if parts:
            if sex.upper() in ("F", "M"):
                bounds = _plain_bounds(parts[sex.upper()])
            else:
                bounds = _union(_plain_bounds(parts["F"]), _plain_bounds(parts["M"]))
    if bounds is None:
        return RefRange(text)
    low, high, low_inclusive, high_inclusive = bounds
    return RefRange(text, low, high, low_inclusive, high_inclusive)


def _plain_bounds(text: str) -> tuple[float | None, float | None, bool, bool] | None:
    text = _strip_unit(text.strip().strip("()[]").strip())
    match = _TWO_SIDED.match(text)
    if match:
        low, high = to_number(match.group(1)), to_number(match.group(2))
        if low is not None and high is not None and low <= high:
            return low, high, True, True
        return None
    match = _ONE_SIDED.match(text)
    if match:
        op = re.sub(r"\s+", " ", match.group(1).lower())
        value = to_number(match.group(2))
        if op in ("<", "less than", "below"):
            return None, value, True, False
        if op in ("<=", "=<", "≤", "up to", "upto", "up  to"):
            return None, value, True, True
        if op in (">", "more than", "greater than", "above"):
            return value, None, False, True
        return value, None, True, True  # >=, =>, ≥
    return None


def _union(a, b):
    # Sex unknown: only a value outside both ranges is flagged, never one sex's range guessed.
    if a is None or b is None:
        return None
    low = None if a[0] is None or b[0] is None else min(a[0], b[0])
    high = None if a[1] is None or b[1] is None else max(a[1], b[1])
    if low is None and high is None:
        return None
    return low, high, True, True


def _strip_unit(text: str) -> str:
    # "13 - 17 g/dL" printed in the range column: the unit is not part of the bounds.
    if _NUM.search(text) and not _TWO_SIDED.match(text) and not _ONE_SIDED.match(text):
        stripped = _UNIT_TAIL.sub("", text)
        if stripped and stripped != text and _NUM.search(stripped):
            return stripped
    return text


def _sex_parts(text: str) -> dict[str, str]:
    parts: dict[str, str] = {}
    for match in _SEX_PART.finditer(text):
        key = "F" if match.group(1).lower().startswith(("f", "w")) else "M"
        parts.setdefault(key, match.group(2).strip(" ;,/"))
    return parts if len(parts) == 2 else {}


def flag_for(number: float | None, reference: RefRange, lab_flag: str = "") -> Flag | None:
    """L or H from the printed range; the lab's own H/L marker only when no range was read."""
    if number is not None and reference.numeric:
        low, high = reference.low, reference.high
        if low is not None and (number < low or (number == low and not reference.low_inclusive)):
            return Flag.LOW
        if high is not None and (
            number > high or (number == high and not reference.high_inclusive)
        ):
            return Flag.HIGH
        return None
    marker = lab_flag.strip("()[]*").upper()
    if marker in ("H", "HIGH", "HH"):
        return Flag.HIGH
    if marker in ("L", "LOW", "LL"):
        return Flag.LOW
    return None
