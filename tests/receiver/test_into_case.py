"""Received images go into the configured case, or wait in the tray when they cannot.

Real dcmtk storescu as the modality, the real import pipeline, the real encrypted store.
"""

from __future__ import annotations

import pytest

from local_store import attachments, cases, dicom_index, incoming
from local_store.connection import read
from local_store.errors import NotFound
from local_store.models import Patient
from tests.receiver.conftest import sample


def _case(store, name: str, hospital_id: str = "") -> str:
    return cases.create_case(store, Patient(name=name, hospital_id=hospital_id))


def test_matching_patient_lands_in_the_case(start_receiver, store, tmp_path):
    case_id = _case(store, "CompressedSamples CT1", "1CT1")
    running = start_receiver(target=case_id)
    running.storescu(sample("CT_small.dcm", tmp_path))
    assert running.received[0].case_id == case_id
    assert incoming.list_incoming(store) == []
    studies = dicom_index.list_studies(store, case_id)
    assert [s.modalities for s in studies] == [["CT"]]
    assert studies[0].series[0].instances == 1
    stored = attachments.list_attachments(store, case_id)
    assert len(stored) == 1
    assert store.blobs.read_bytes(stored[0].sha256)[128:132] == b"DICM"
    assert stored[0].name == "CT-S1-I0001.dcm"  # modality, series, image: no patient data
    details = [r["detail"] for r in _audit(store, "incoming.received_into_case")]
    assert len(details) == 1 and '"calling_ae":"CT_ROOM1"' in details[0]


def test_other_patient_waits_in_the_tray_not_in_the_case(start_receiver, store, tmp_path):
    case_id = _case(store, "Asha Sharma", "PHC-1021")
    running = start_receiver(target=case_id)
    running.storescu(sample("MR_small.dcm", tmp_path))
    assert running.received[0].reason == incoming.REASON_PATIENT_MISMATCH
    assert attachments.list_attachments(store, case_id) == []
    [item] = incoming.list_incoming(store)
    assert item.reason == incoming.REASON_PATIENT_MISMATCH
    assert item.modality == "MR"


def test_deleted_target_case_sends_images_to_the_tray(start_receiver, store, tmp_path):
    running = start_receiver(target="no-such-case")
    running.storescu(sample("CT_small.dcm", tmp_path))
    [item] = incoming.list_incoming(store)
    assert item.reason == incoming.REASON_CASE_MISSING


def test_filing_from_the_tray_checks_the_patient(start_receiver, store, tmp_path):
    running = start_receiver()
    running.storescu(sample("CT_small.dcm", tmp_path), sample("MR_small.dcm", tmp_path))
    groups = incoming.group(incoming.list_incoming(store))
    ct_ids = groups[0].item_ids
    mr_ids = groups[1].item_ids
    case_id = _case(store, "CompressedSamples CT1")

    report = incoming.file_to_case(store, ct_ids, case_id)
    assert (report.filed, report.kept) == (1, 0)
    assert report.imported.instances == 1

    # The MR belongs to someone else: refused unless the user accepts it explicitly.
    with pytest.raises(incoming.OtherPatient) as caught:
        incoming.file_to_case(store, mr_ids, case_id)
    assert caught.value.code == "incoming_other_patient"
    assert caught.value.mismatches[0].differs == ("name",)
    assert [i.id for i in incoming.list_incoming(store)] == mr_ids  # still waiting
    assert len(attachments.list_attachments(store, case_id)) == 1

    report = incoming.file_to_case(store, mr_ids, case_id, accept_other_patients=True)
    assert report.filed == 1
    assert incoming.list_incoming(store) == []
    modalities = sorted(m for s in dicom_index.list_studies(store, case_id) for m in s.modalities)
    assert modalities == ["CT", "MR"]


def test_discard_removes_from_the_tray_and_frees_the_blob(start_receiver, store, tmp_path):
    running = start_receiver()
    running.storescu(sample("CT_small.dcm", tmp_path))
    [item] = incoming.list_incoming(store)
    assert item.sha256 in incoming.referenced_blobs(store)
    assert incoming.discard(store, [item.id]) == 1
    assert incoming.list_incoming(store) == []
    assert incoming.referenced_blobs(store) == set()
    with pytest.raises(NotFound):
        incoming.discard(store, [item.id])


def test_filing_into_a_missing_case_keeps_the_items(start_receiver, store, tmp_path):
    running = start_receiver()
    running.storescu(sample("CT_small.dcm", tmp_path))
    ids = [i.id for i in incoming.list_incoming(store)]
    with pytest.raises(NotFound):
        incoming.file_to_case(store, ids, "no-such-case")
    assert [i.id for i in incoming.list_incoming(store)] == ids


def _audit(store, action):
    from local_store import audit

    return [row for row in audit.recent(read(store)) if row["action"] == action]


def test_orphan_sweep_keeps_images_waiting_in_the_tray(start_receiver, store, tmp_path):
    running = start_receiver()
    running.storescu(sample("CT_small.dcm", tmp_path))
    [item] = incoming.list_incoming(store)
    attachments.sweep_orphans(store, min_age_seconds=0)
    assert store.blobs.exists(item.sha256)
    incoming.discard(store, [item.id])
    attachments.sweep_orphans(store, min_age_seconds=0)
    assert not store.blobs.exists(item.sha256)
