"""Keyed pseudonyms for de-identification: the per-patient day offset, date shifting, Patient ID.

The offset is an HMAC-SHA256 of the original Patient ID under the install's key, so one
patient's dates move by the same number of days in every bundle from this install (intervals
between studies survive, the calendar dates do not), while another install's key gives
unrelated offsets. Dates only move backwards, between one and ten years. DA and DT values
are shifted on their date part; the time of day and any UTC offset are kept. Files without a
Patient ID all share the offset of the empty ID (there is nothing else to tell them apart by).
Thread-safety: pure functions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac

MIN_SHIFT_DAYS = 365
MAX_SHIFT_DAYS = 3652
_OFFSET_LABEL = b"casebridge deid date offset\x00"
_PATIENT_LABEL = b"casebridge deid patient id\x00"


def _mac(key: bytes, label: bytes, text: str) -> bytes:
    return hmac.new(key, label + text.encode("utf-8"), hashlib.sha256).digest()


def patient_day_offset(key: bytes, patient_id: str) -> int:
    """Days (negative) to add to every date of this patient; the same for the same key and id."""
    number = int.from_bytes(_mac(key, _OFFSET_LABEL, patient_id.strip())[:8], "big")
    return -(MIN_SHIFT_DAYS + number % (MAX_SHIFT_DAYS - MIN_SHIFT_DAYS + 1))


def patient_pseudonym(key: bytes, patient_id: str) -> str:
    """A stable stand-in for a Patient ID (LO, 15 characters), the same in every bundle."""
    return "CB" + _mac(key, _PATIENT_LABEL, patient_id.strip()).hex()[:13].upper()


def shift_date(value: str, days: int) -> str:
    """Shift one DA value (YYYYMMDD); '' for anything that is not a date (it cannot be kept)."""
    text = value.strip()
    if len(text) != 8 or not text.isdigit():
        return ""
    try:
        day = dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
        return (day + dt.timedelta(days=days)).strftime("%Y%m%d")
    except (ValueError, OverflowError):
        return ""


def shift_datetime(value: str, days: int) -> str:
    """Shift one DT value on its date part, keeping its precision, time and UTC offset."""
    text = value.strip()
    digits = len(text) - len(text.lstrip("0123456789"))
    if digits < 4:
        return ""
    precision = min(digits, 8)
    # YYYY and YYYYMM stand for their first day, shifted, then cut back to the same precision.
    padded = text[:precision] + "0101"[precision - 4 :] if precision < 8 else text[:8]
    shifted = shift_date(padded, days)
    if not shifted:
        return ""
    return shifted[:precision] + text[precision:]
