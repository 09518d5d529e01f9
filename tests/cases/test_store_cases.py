"""Cases, patients, timeline and autosave through the real encrypted store."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from local_store import audit, cases, timeline
from local_store.connection import read
from local_store.errors import AmbiguousId, InvalidIntake, NotFound
from local_store.models import (
    CaseStatus,
    Consent,
    ConsentMethod,
    Initiator,
    Patient,
    Referral,
    Sex,
    Urgency,
)
from local_store.store import Store
from tests.conftest import TEST_PASSPHRASE


def _new_case(store, name="Sunita Devi", **referral):
    referral.setdefault("questions", ["Is surgery needed for the breast lump?"])
    referral.setdefault("specialty", "oncology")
    return cases.create_case(
        store, Patient(name=name, sex=Sex.FEMALE, age_years=46), referral=Referral(**referral)
    )


def test_a_case_survives_closing_and_reopening_the_store(data_dir):
    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
        case_id = _new_case(store, urgency=Urgency.URGENT, medications="Tamoxifen 20 mg daily")
    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
        case = cases.get_case(store, case_id)
    assert case.patient.name == "Sunita Devi"
    assert case.patient.age_years == 46
    assert case.referral.questions == ["Is surgery needed for the breast lump?"]
    assert case.referral.urgency is Urgency.URGENT
    assert case.referral.medications == "Tamoxifen 20 mg daily"
    assert case.status is CaseStatus.DRAFT


def test_autosave_stores_valid_fields_and_reports_invalid_ones(store):
    case_id = _new_case(store)
    future = (date.today() + timedelta(days=3)).isoformat()
    result = cases.update_case(
        store,
        case_id,
        {
            "referral.clinical_summary": "Lump in left breast for 3 months",
            "patient.birth_date": future,
            "patient.age_years": 300,
        },
    )
    assert result.saved == ("referral.clinical_summary",)
    assert {(p.field, p.code) for p in result.rejected} == {
        ("patient.birth_date", "future_date"),
        ("patient.age_years", "out_of_range"),
    }
    case = cases.get_case(store, case_id)
    assert case.referral.clinical_summary == "Lump in left breast for 3 months"
    assert case.patient.birth_date is None
    assert case.patient.age_years == 46


def test_invalid_new_case_is_not_stored(store):
    with pytest.raises(InvalidIntake) as caught:
        # Day/month/year is a date now (the clinic's way); 31 February is still none.
        cases.create_case(store, Patient(name="Ravi", birth_date="31/02/1980"))
    assert [p.code for p in caught.value.problems] == ["invalid_date"]
    assert cases.list_cases(store) == []


def test_mark_ready_lists_everything_missing(store):
    case_id = cases.create_case(
        store, Patient(name=""), consent=Consent(initiated_by=Initiator.HEALTH_WORKER)
    )
    with pytest.raises(InvalidIntake) as caught:
        cases.mark_ready(store, case_id)
    codes = {(p.field, p.code) for p in caught.value.problems}
    assert ("patient.name", "required") in codes
    assert ("referral.questions", "required") in codes
    assert ("consent.method", "explicit_consent_required") in codes
    assert cases.get_case(store, case_id).status is CaseStatus.DRAFT


def test_mark_ready_with_a_complete_intake(store):
    case_id = _new_case(store)
    cases.update_case(
        store,
        case_id,
        {
            "consent.given_by": "Sunita Devi (patient)",
            "consent.method": "written",
            "consent.at": date.today().isoformat(),
        },
    )
    cases.mark_ready(store, case_id)
    assert cases.get_case(store, case_id).status is CaseStatus.READY


def test_list_is_newest_first_and_ids_resolve_by_prefix(store):
    first = _new_case(store, name="Asha Kumari")
    second = _new_case(store, name="Mohan Lal", specialty="cardiology")
    assert [c.patient_name for c in cases.list_cases(store)] == ["Mohan Lal", "Asha Kumari"]
    assert cases.resolve_case_id(store, second[:8]) == second
    assert cases.resolve_case_id(store, first.upper()) == first
    with pytest.raises(NotFound):
        cases.resolve_case_id(store, "ffffffff-0000")


def test_ambiguous_prefix_is_reported(store, monkeypatch):
    ids = iter(f"abcd{n:04d}-0000-4000-8000-000000000000" for n in range(10))
    monkeypatch.setattr(cases, "new_id", lambda: next(ids))
    first = _new_case(store, name="Asha Kumari")
    _new_case(store, name="Mohan Lal")
    with pytest.raises(AmbiguousId):
        cases.resolve_case_id(store, "abcd")
    assert cases.resolve_case_id(store, first[:8]) == first
    with pytest.raises(NotFound):
        cases.resolve_case_id(store, "abc")  # too short to be a safe prefix


def test_timeline_is_ordered_by_date_and_validated(store):
    case_id = _new_case(store)
    timeline.add_entry(store, case_id, "2026-03-10", "Biopsy done at district hospital")
    timeline.add_entry(store, case_id, "2025-12-01", "Noticed lump")
    assert [e.text for e in timeline.list_entries(store, case_id)] == [
        "Noticed lump",
        "Biopsy done at district hospital",
    ]
    with pytest.raises(InvalidIntake):
        timeline.add_entry(store, case_id, "2999-01-01", "future")
    with pytest.raises(InvalidIntake):
        timeline.add_entry(store, case_id, "2026-01-01", "   ")


def test_every_change_is_in_the_audit_log_without_patient_data(store):
    case_id = _new_case(store, name="Kamala Bai")
    cases.update_case(store, case_id, {"referral.allergies": "Penicillin"})
    cases.update_case(store, case_id, {"consent.method": ConsentMethod.VERBAL.value})
    rows = audit.recent(read(store), case_id)
    assert [r["action"] for r in rows] == ["case.updated", "case.updated", "case.created"]
    assert all("Kamala" not in r["detail"] and "Penicillin" not in r["detail"] for r in rows)
    assert '"referral.allergies"' in rows[1]["detail"]
    assert audit.verify(read(store)).ok


def test_sql_wildcards_in_a_typed_id_match_nothing(store):
    _new_case(store)
    for text in ("____", "%%%%", "____-"):
        with pytest.raises(NotFound):
            cases.resolve_case_id(store, text)


def test_connections_of_other_threads_are_closed_with_the_store(data_dir):
    import threading

    store = Store.open(data_dir, passphrase=TEST_PASSPHRASE)
    opened = []
    worker = threading.Thread(target=lambda: opened.append(read(store)))
    worker.start()
    worker.join()
    store.close()
    with pytest.raises(Exception, match="closed"):
        opened[0].execute("SELECT 1")


def test_an_age_given_at_registration_grows_with_the_calendar(store):
    case_id = _new_case(store)  # age 46 recorded today
    store.write(lambda: read(store).execute("UPDATE patients SET age_recorded_on = '2024-03-01'"))
    today = date.today()
    years = today.year - 2024 - ((today.month, today.day) < (3, 1))
    assert cases.get_case(store, case_id).patient.age_years == 46 + years
