"""Reference ranges and flags, document kinds from text and names, dates printed on reports."""

from __future__ import annotations

from datetime import date

import pytest

from clinical.catalog import analyte_for, is_critical
from clinical.kinds import detect_date, guess_kind
from clinical.models import DocumentKind, Flag
from clinical.ranges import flag_for, parse_range


@pytest.mark.parametrize(
    ("text", "sex", "low", "high"),
    [
        ("70 - 110", "U", 70, 110),
        ("3.5–5.1", "U", 3.5, 5.1),
        ("70 to 110", "U", 70, 110),
        ("< 200", "U", None, 200),
        ("<=5.7", "U", None, 5.7),
        ("Up to 40", "U", None, 40),
        (">= 40", "U", 40, None),
        ("> 90", "U", 90, None),
        ("≥ 60", "U", 60, None),
        ("M: 13-17 F: 12-15", "F", 12, 15),
        ("M: 13-17 F: 12-15", "M", 13, 17),
        ("M: 13-17 F: 12-15", "U", 12, 17),
        ("Male: 0.7-1.3 Female: 0.6-1.1", "F", 0.6, 1.1),
        ("Female 12.0 - 15.0 / Male 13.0 - 17.0", "M", 13, 17),
        ("13.0 - 17.0 g/dL", "U", 13, 17),
        ("1,50,000 - 4,10,000", "U", 150000, 410000),
        ("(70-110)", "U", 70, 110),
        ("Negative", "U", None, None),
        ("Desirable: <200 Borderline: 200-239 High: >=240", "U", None, None),
    ],
)
def test_range_forms(text, sex, low, high):
    parsed = parse_range(text, sex)
    assert (parsed.low, parsed.high) == (low, high)
    assert parsed.text == text


@pytest.mark.parametrize(
    ("value", "text", "flag"),
    [
        (69.9, "70 - 110", Flag.LOW),
        (70, "70 - 110", None),
        (110, "70 - 110", None),
        (110.1, "70 - 110", Flag.HIGH),
        (199, "< 200", None),
        (200, "< 200", Flag.HIGH),  # "< 200" excludes 200 itself
        (40, "<= 40", None),
        (40, "> 40", Flag.LOW),
        (40, ">= 40", None),
        (39, ">= 40", Flag.LOW),
    ],
)
def test_flags_respect_inclusive_and_exclusive_bounds(value, text, flag):
    assert flag_for(value, parse_range(text)) is flag


def test_printed_range_beats_the_labs_marker_and_the_marker_fills_in_without_one():
    assert flag_for(100, parse_range("70 - 110"), "H") is None
    assert flag_for(100, parse_range(""), "H") is Flag.HIGH
    assert flag_for(100, parse_range("see note"), "(L)") is Flag.LOW
    assert flag_for(None, parse_range("Negative"), "") is None


@pytest.mark.parametrize(
    ("analyte", "value", "unit", "critical"),
    [
        ("potassium", 6.5, "mmol/L", True),
        ("potassium", 6.5, "mEq/L", True),
        ("potassium", 5.9, "mmol/L", False),
        ("hemoglobin", 6.0, "gm/dl", True),
        ("hemoglobin", 6.0, "g/L", False),  # unknown unit: never called critical
        ("platelets", 0.25, "lakh/cumm", True),
        ("platelets", 25, "10^3/uL", True),
        ("platelets", 25000, "/cumm", True),
        ("platelets", 1.5, "lakh/cumm", False),
        ("glucose_fasting", 40, "mg/dL", True),
    ],
)
def test_critical_limits_apply_only_in_known_units(analyte, value, unit, critical):
    assert is_critical(analyte, value, unit) is critical


@pytest.mark.parametrize(
    ("printed", "analyte"),
    [
        ("Haemoglobin (Hb)", "hemoglobin"),
        ("Glycated Haemoglobin (HbA1c)", "hba1c"),
        ("HDL Cholesterol", "hdl"),
        ("Cholesterol, Total", "cholesterol_total"),
        ("SGPT (ALT)", "alt"),
        ("Total Leucocyte Count (TLC)", "wbc"),
        ("T.S.H.", "tsh"),
        ("Pus Cells", ""),
    ],
)
def test_printed_names_map_to_one_analyte(printed, analyte):
    assert analyte_for(printed) == analyte


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Test Name Results Units Bio. Ref. Interval Haemoglobin 12.1", "x.pdf", "lab_report"),
        ("HISTOPATHOLOGY REPORT Gross examination: core biopsy", "", "pathology_report"),
        ("CT SCAN ABDOMEN Findings: ... Impression: ...", "", "imaging_report"),
        ("DISCHARGE SUMMARY Date of Admission 01/02/2024", "", "discharge_summary"),
        ("Rx Tab. Metformin 500 mg 1-0-1 x 30 days", "", "prescription"),
        ("Sinus rhythm, QRS 90 ms, QTc 420, 25 mm/s", "", "ecg"),
        ("", "ECG_20240204.jpg", "ecg"),
        ("", "scan0001.pdf", "other"),
        ("Patient advised rest.", "", "other"),
    ],
)
def test_kind_from_text_and_file_name(text, name, kind):
    assert guess_kind(text, name) is DocumentKind(kind)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DOB: 12/05/1970\nCollected On: 03/02/2024\nReported On: 04/02/2024", "2024-02-04"),
        ("Date of Birth : 01-01-1980   Date: 12-Mar-2024", "2024-03-12"),
        ("Date of Discharge: 5th March 2024", "2024-03-05"),
        ("Printed March 7, 2023", "2023-03-07"),
        ("Sample 2024-01-09 and follow-up 2024-02-11", "2024-02-11"),
        ("Date: 31/02/2024", None),  # not a date
        ("Next review on 01/01/2999", None),  # in the future
        ("No date here", None),
    ],
)
def test_printed_date_day_first_never_birth_date(text, expected):
    assert detect_date(text, today=date(2026, 1, 1)) == expected
