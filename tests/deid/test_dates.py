"""Date shifting keeps each value's form: precision, time of day and UTC offset."""

from __future__ import annotations

from imaging.deid_dates import (
    MAX_SHIFT_DAYS,
    MIN_SHIFT_DAYS,
    patient_day_offset,
    patient_pseudonym,
    shift_date,
    shift_datetime,
)


def test_dates_move_across_months_years_and_leap_days():
    assert shift_date("20240301", -1) == "20240229"
    assert shift_date("20250101", -365) == "20240102"
    assert shift_date(" 20240301 ", -1) == "20240229"


def test_values_that_are_not_dates_are_emptied_not_kept():
    for bad in ("", "2024", "20241340", "2024-03-01", "UNKNOWN", "00000000"):
        assert shift_date(bad, -10) == ""
    assert shift_datetime("yesterday", -10) == ""


def test_date_times_keep_precision_time_and_offset():
    assert shift_datetime("20240301101811.250000+0530", -1) == "20240229101811.250000+0530"
    assert shift_datetime("20240301", -1) == "20240229"
    assert shift_datetime("202403", -1) == "202402"  # first of the month, shifted, cut back
    assert shift_datetime("2024", -1) == "2023"
    assert shift_datetime("2024+0530", -1) == "2023+0530"


def test_offsets_stay_in_range_and_differ_between_patients():
    key = b"k" * 32
    offsets = {patient_day_offset(key, f"PHC-{n:04d}") for n in range(500)}
    assert all(-MAX_SHIFT_DAYS <= o <= -MIN_SHIFT_DAYS for o in offsets)
    assert len(offsets) > 400  # spread over ten years, not a handful of values
    assert patient_day_offset(key, "PHC-0001") == patient_day_offset(key, " PHC-0001 ")


def test_pseudonyms_are_short_stable_and_keyed():
    first = patient_pseudonym(b"k" * 32, "PHC-0001")
    assert first == patient_pseudonym(b"k" * 32, "PHC-0001") and len(first) <= 16
    assert first != patient_pseudonym(b"j" * 32, "PHC-0001")
    assert first != patient_pseudonym(b"k" * 32, "PHC-0002")
