"""The case editor's model over a real store, without a window: edits wait until taken, the
store's answers put problems next to fields, mark-ready says what is missing, the timeline
follows the store, and the date of birth and the age never erase each other."""

from __future__ import annotations

from datetime import date

import pytest

from casework import case_form
from casework.case_form import CaseForm
from local_store import cases
from local_store.errors import InvalidIntake
from local_store.models import CaseStatus, Patient


def _open(store, case_id) -> CaseForm:
    form = CaseForm()
    form.loaded(case_form.load_case(store, case_id))
    return form


def _save(store, form: CaseForm):
    changes = form.take_changes()
    assert changes is not None
    form.save_started()
    return form.saved(cases.update_case(store, form.case_id, changes))


def _mark_ready(store, form: CaseForm):
    try:
        case = case_form.mark_ready(store, form.case_id)
    except InvalidIntake as refused:
        return form.ready_refused(refused.problems)
    form.marked_ready(case)
    return None


@pytest.fixture
def form(store):
    return _open(store, cases.create_case(store, Patient(name="")))


def test_edits_wait_then_save_and_the_indicator_follows(store, form):
    assert form.save_state == "saved" and form.take_changes() is None
    form.edit("patient.name", "Sunita Devi")
    form.edit("referral.allergies", "Penicillin (rash)")
    assert form.save_state == "saving" and form.title_name == "Sunita Devi"
    assert _save(store, form)
    assert form.save_state == "saved" and not form.has_unsaved
    patient = cases.get_case(store, form.case_id).patient
    assert patient.name == "Sunita Devi"
    assert cases.get_case(store, form.case_id).referral.allergies == "Penicillin (rash)"


def test_a_refused_value_is_shown_next_to_its_field_until_fixed(store, form):
    form.edit("patient.birth_date", "2999-01-01")
    _save(store, form)
    assert form.problems == {"patient.birth_date": "future_date"}
    assert form.notice.code == "invalid_intake"
    assert cases.get_case(store, form.case_id).patient.birth_date is None

    form.edit("patient.birth_date", "1990-05-04")
    _save(store, form)
    assert form.problems == {} and form.notice is None


def test_birth_date_and_age_never_erase_each_other_and_their_relation_is_told(store, form):
    today = date(2026, 10, 15)
    form.edit("patient.age_years", "40")
    _save(store, form)
    assert form.age_relation(today) is None  # no date of birth: nothing to compare
    form.edit("patient.birth_date", "31/01/1980")
    assert form.pending == {"patient.birth_date": "31/01/1980"}  # nothing else touched
    assert form.age_relation(today) == ("age_differs", 46)
    _save(store, form)
    patient = cases.get_case(store, form.case_id).patient
    assert (patient.birth_date, patient.age_years) == ("1980-01-31", 40)
    form.edit("patient.age_years", "46")
    assert form.age_relation(today) is None  # they agree
    form.edit("patient.age_years", "")
    assert form.age_relation(today) == ("age_from_birth", 46)
    _save(store, form)
    patient = cases.get_case(store, form.case_id).patient
    assert (patient.birth_date, patient.age_years) == ("1980-01-31", None)


def test_an_age_is_kept_as_typed_and_refused_with_a_reason(store, form):
    form.edit("patient.age_years", "300")
    _save(store, form)
    assert form.problems == {"patient.age_years": "out_of_range"}
    form.edit("patient.age_years", "forty")
    _save(store, form)
    assert form.problems == {"patient.age_years": "invalid_age"}
    assert cases.get_case(store, form.case_id).patient.age_years is None
    form.edit("patient.age_years", " 30 ")
    _save(store, form)
    assert form.problems == {}
    assert cases.get_case(store, form.case_id).patient.age_years == 30


def test_dates_are_shown_the_clinics_way_and_read_back(store, form):
    assert case_form.date_read("15/10/2026") == "2026-10-15"
    assert case_form.date_read("10/2026") is None  # a birth date needs the day
    assert case_form.date_read("10/2026", month_only=True) == "2026-10"
    assert case_form.date_read("15/10") is None
    form.edit("consent.at", "2.11.2025")
    _save(store, form)
    assert cases.get_case(store, form.case_id).consent.at == "2025-11-02"
    reopened = _open(store, form.case_id)
    assert case_form.field_values(reopened.case)["consent.at"] == "02/11/2025"


def test_mark_ready_lists_what_is_missing_then_succeeds(store, form):
    form.edit("patient.age_years", 200)  # refused: stays in red beside "missing"
    _save(store, form)
    first = _mark_ready(store, form)
    assert first == "patient.name"
    assert form.problems["referral.questions"] == "required"
    assert form.problems["patient.age_years"] == form.value_problems["patient.age_years"]
    assert form.notice.code == "not_ready" and form.notice.count >= 6
    assert form.can_mark_ready and not form.can_review

    for path, value in {
        "patient.name": "Ravi Shankar",
        "patient.age_years": 61,
        "patient.sex": "M",
        "referral.specialty": "neurology",
        "referral.questions": ["Is this a stroke or a tumour?"],
        "consent.initiated_by": "doctor",
        "consent.given_by": "The patient",
        "consent.method": "verbal",
        "consent.at": "2025-11-02",
        "consent.recorded_by": "Nurse Meena",
    }.items():
        form.edit(path, value)
    _save(store, form)
    assert _mark_ready(store, form) is None, form.problems
    assert form.problems == {} and form.notice.code == "ready"
    assert form.case.status is CaseStatus.READY and form.can_review
    assert cases.get_case(store, form.case_id).status is CaseStatus.READY


def test_timeline_follows_the_store_and_explains_a_refusal(store, form):
    changed = case_form.save_timeline_entry(
        store, form.case_id, None, "2025-11-02", "Cough with blood began"
    )
    assert form.timeline_changed(changed)
    assert [e.text for e in form.entries] == ["Cough with blood began"]
    with pytest.raises(InvalidIntake) as refused:
        case_form.save_timeline_entry(store, form.case_id, None, "2999-01-01", "Typing mistake")
    form.timeline_refused(refused.value.problems)
    assert form.timeline_problems == {"timeline.entry_date": "future_date"}
    entry = form.entries[0]
    assert form.timeline_changed(case_form.delete_timeline_entry(store, form.case_id, entry.id))
    assert form.entries == [] and form.timeline_problems == {}


def test_answers_for_another_case_do_not_touch_the_one_shown(store, form):
    other = cases.create_case(store, Patient(name="Other"))
    result = cases.update_case(store, other, {"patient.birth_date": "2999-01-01"})
    form.save_started()
    assert not form.saved(result)
    assert form.problems == {} and form.notice is None and not form.has_unsaved
    assert not form.status_changed(other, CaseStatus.QUEUED)
    assert form.status_changed(form.case_id, CaseStatus.QUEUED)
    assert form.case.status is CaseStatus.QUEUED
