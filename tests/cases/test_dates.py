"""The one date reader: day/month/year as Indian clinics write it, ISO, month and year where a
field allows it; stored as ISO, shown back in words, typed back the clinic's way."""

from __future__ import annotations

from datetime import date

import pytest

from local_store import cases, timeline
from local_store.models import Consent, Patient
from local_store.validation import (
    normal_date,
    read_date,
    timeline_problems,
    typed_date,
    value_problems,
)
from wording.forms import date_text


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("15/10/2026", "2026-10-15"),
        ("5/3/2024", "2024-03-05"),
        ("05-03-2024", "2024-03-05"),
        ("05.03.2024", "2024-03-05"),
        (" 15 / 10 / 2026 ", "2026-10-15"),
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T10:30:00", "2024-03-05"),
    ],
)
def test_full_dates_are_read_in_the_clinics_way_and_iso(typed, iso):
    assert read_date(typed) == iso


@pytest.mark.parametrize("typed", ["31/02/2024", "15/13/2024", "15/10/26", "10/2026", "soon", ""])
def test_what_is_not_a_full_date_is_refused(typed):
    with pytest.raises(ValueError):
        read_date(typed)


def test_month_and_year_where_the_field_allows_it():
    assert read_date("10/2026", month_only=True) == "2026-10"
    assert read_date("2026-10", month_only=True) == "2026-10"
    assert read_date("15/10/2026", month_only=True) == "2026-10-15"
    with pytest.raises(ValueError):
        read_date("13/2026", month_only=True)


def test_shown_back_unambiguously_and_typed_back_the_clinics_way():
    assert date_text("2026-10-15") == "15 Oct 2026"
    assert date_text("2026-10") == "Oct 2026"
    assert date_text("2026-10-05T08:00:00") == "5 Oct 2026"
    assert typed_date("2026-10-05") == "05/10/2026"
    assert typed_date("2026-10") == "10/2026"
    assert typed_date(None) == ""
    assert normal_date("05/10/2026") == "2026-10-05"
    assert normal_date("2026-10-05T08:00") == "2026-10-05T08:00"  # ISO stays as given


def test_a_month_in_the_future_is_refused_and_this_month_is_not():
    today = date(2026, 10, 15)
    assert [p.code for p in timeline_problems("11/2026", "Cough", today)] == ["future_date"]
    assert timeline_problems("10/2026", "Cough", today) == []
    assert [p.code for p in timeline_problems("16/10/2026", "Cough", today)] == ["future_date"]


def test_a_day_month_year_birth_date_is_checked_like_any_other():
    problems = value_problems(Patient(birth_date="01/01/2999"), Consent(), _referral())
    assert [p.code for p in problems] == ["future_date"]


def test_the_store_keeps_iso_whichever_way_it_was_typed(store):
    case_id = cases.create_case(
        store, Patient(name="Asha", birth_date="21/07/1968"), Consent(at="02/11/2025")
    )
    case = cases.get_case(store, case_id)
    assert (case.patient.birth_date, case.consent.at) == ("1968-07-21", "2025-11-02")
    timeline.add_entry(store, case_id, "02/11/2025", "Fever")
    timeline.add_entry(store, case_id, "10/2025", "Cough began")
    entries = timeline.list_entries(store, case_id)
    assert [(e.entry_date, e.text) for e in entries] == [
        ("2025-10", "Cough began"),
        ("2025-11-02", "Fever"),
    ]


def _referral():
    from local_store.models import Referral

    return Referral()
