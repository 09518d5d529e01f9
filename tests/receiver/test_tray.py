"""The incoming tray as data: grouping, long selections, cancelling a filing."""

from __future__ import annotations

import hashlib
import threading

import pytest

from foundation.cancel import Cancelled
from local_store import cases, incoming
from local_store.models import Patient
from tests.receiver.conftest import sample


def _record(store, n: int, **header):
    values = {"patient_name": "DEVI^SUNITA", "patient_id": "P1", "study_uid": "1.2.3"} | header
    item, duplicate = incoming.record(
        store,
        sha256=hashlib.sha256(str(n).encode()).hexdigest(),
        size=100,
        calling_ae="CT_ROOM1",
        caller_known=True,
        reason=incoming.REASON_TRAY,
        header=values | {"instance_number": n},
    )
    return item, duplicate


def test_a_thousand_slice_series_can_be_selected_at_once(store):
    ids = [_record(store, n)[0].id for n in range(1200)]
    assert [i.id for i in incoming.get_items(store, ids)] == ids
    [patient] = incoming.group(incoming.list_incoming(store))
    assert len(patient.studies[0].items) == 1200
    assert incoming.discard(store, ids) == 1200
    assert incoming.count(store) == 0


def test_grouping_by_patient_then_study_date(store):
    _record(store, 1, study_uid="B", study_date="20260102", modality="MR")
    _record(store, 2, study_uid="A", study_date="20260101", modality="CT")
    _record(store, 3, patient_name="KUMAR^RAVI", patient_id="P2", study_uid="C")
    _record(store, 4, study_uid="A", study_date="20260101", modality="CT", series_uid="S2")
    patients = incoming.group(incoming.list_incoming(store))
    assert [p.name for p in patients] == ["DEVI^SUNITA", "KUMAR^RAVI"]
    first = patients[0]
    assert [s.study_uid for s in first.studies] == ["A", "B"]
    assert first.studies[0].series_count == 2
    assert len(first.item_ids) == 3


def test_same_content_twice_is_one_item(store):
    first, duplicate = _record(store, 7)
    again, duplicate_again = _record(store, 7)
    assert (duplicate, duplicate_again) == (False, True)
    assert again.id == first.id
    assert incoming.count(store) == 1


def test_unreadable_header_still_gives_an_item():
    values = incoming.header_values(None)
    assert values["patient_name"] == "" and values["instance_number"] is None


def test_cancelled_filing_leaves_the_tray_as_it_was(start_receiver, store, tmp_path):
    running = start_receiver()
    running.storescu(sample("CT_small.dcm", tmp_path))
    ids = [i.id for i in incoming.list_incoming(store)]
    case_id = cases.create_case(store, Patient(name="CompressedSamples CT1"))
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        incoming.file_to_case(store, ids, case_id, cancel=cancel)
    assert [i.id for i in incoming.list_incoming(store)] == ids
    assert list((store.data_dir / "blobs" / "tmp").iterdir()) == []
