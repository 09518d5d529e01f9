"""Measurements kept with the case: by instance UID and frame, removable, audited without the
UID or the points."""

from __future__ import annotations

import pytest

from local_store import audit, cases, measurements
from local_store.connection import read, transaction
from local_store.errors import InvalidIntake, NotFound
from local_store.models import Patient
from local_store.store import Store
from tests.conftest import TEST_PASSPHRASE

UID = "1.2.826.0.1.3680043.8.498.2002"


def _case(store) -> str:
    return cases.create_case(store, Patient(name="Ravi Shankar"))


def test_measurements_survive_a_restart(data_dir):
    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
        case_id = _case(store)
        measurements.add_measurement(store, case_id, UID, 4, "length", [(10, 20), (110.5, 20)])
        measurements.add_measurement(store, case_id, UID, 4, "angle", [(0, 0), (5, 5), (9, 0)])
    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
        kept = measurements.list_measurements(store, case_id)
    assert [(m.sop_instance_uid, m.frame, m.kind, m.points) for m in kept] == [
        (UID, 4, "length", ((10.0, 20.0), (110.5, 20.0))),
        (UID, 4, "angle", ((0.0, 0.0), (5.0, 5.0), (9.0, 0.0))),
    ]


def test_clearing_a_frame_removes_only_that_frames_measurements(store):
    case_id = _case(store)
    measurements.add_measurement(store, case_id, UID, 0, "length", [(1, 1), (9, 9)])
    measurements.add_measurement(store, case_id, UID, 0, "ellipse", [(1, 1), (9, 9)])
    other = measurements.add_measurement(store, case_id, UID, 1, "length", [(1, 1), (9, 9)])
    assert measurements.clear_measurements(store, case_id, UID, 0) == 2
    assert measurements.clear_measurements(store, case_id, UID, 0) == 0
    assert [m.id for m in measurements.list_measurements(store, case_id)] == [other]
    measurements.remove_measurement(store, other)
    assert measurements.list_measurements(store, case_id) == []
    with pytest.raises(NotFound):
        measurements.remove_measurement(store, other)


def test_bad_input_is_refused_with_codes_and_nothing_is_stored(store):
    case_id = _case(store)
    with pytest.raises(InvalidIntake) as caught:
        measurements.add_measurement(store, case_id, " ", -1, "length", [(1, 1)])
    assert {(p.field, p.code) for p in caught.value.problems} == {
        ("measurement.sop_instance_uid", "required"),
        ("measurement.frame", "out_of_range"),
        ("measurement.points", "out_of_range"),
    }
    with pytest.raises(InvalidIntake) as kind:
        measurements.add_measurement(store, case_id, UID, 0, "volume", [(1, 1), (2, 2)])
    assert [p.code for p in kind.value.problems] == ["invalid_choice"]
    with pytest.raises(InvalidIntake):
        measurements.add_measurement(store, case_id, UID, 0, "length", [(1, 1), (float("nan"), 2)])
    with pytest.raises(NotFound):
        measurements.add_measurement(store, "no-such-case", UID, 0, "length", [(1, 1), (2, 2)])
    assert read(store).execute("SELECT COUNT(*) FROM measurements").fetchone()[0] == 0


def test_audit_rows_hold_neither_the_uid_nor_the_points_and_the_chain_verifies(store):
    case_id = _case(store)
    measurements.add_measurement(store, case_id, UID, 2, "length", [(12.25, 3), (40, 3)])
    measurements.clear_measurements(store, case_id, UID, 2)
    details = [
        r[0]
        for r in read(store)
        .execute("SELECT detail FROM audit_log WHERE action LIKE 'measurement.%' ORDER BY seq")
        .fetchall()
    ]
    assert len(details) == 2
    assert not any(UID in d or "12.25" in d for d in details)
    assert audit.verify(read(store)).ok


def test_deleting_the_case_row_takes_its_measurements_with_it(store):
    case_id = _case(store)
    measurements.add_measurement(store, case_id, UID, 0, "length", [(1, 1), (9, 9)])

    def delete_the_case() -> None:
        with transaction(store) as db:
            db.execute("DELETE FROM timeline_entries WHERE case_id = ?", [case_id])
            db.execute("DELETE FROM attachments WHERE case_id = ?", [case_id])
            db.execute("DELETE FROM cases WHERE id = ?", [case_id])

    store.write(delete_the_case)
    assert measurements.list_measurements(store, case_id) == []
