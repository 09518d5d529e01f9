"""Cancelling a submission in each phase of building its bundle, through ``submit_case``.

Whatever the phase (reading reports and planning, re-encoding images, encrypting files,
writing the manifest and signing, queueing), the outcome is the same: ``Cancelled`` with its
code, nothing in the outbox, the case as it was, no half-built bundle, plaintext copy or part
file left in the data folder, nothing logged as a problem; and building again then works.
"""

from __future__ import annotations

import threading

import pytest

from foundation.cancel import Cancelled
from local_store import cases, importer, outbox
from local_store.models import CaseStatus, Patient, Referral
from sync import submit
from sync.bundle import assemble, writer
from sync.bundle import format as bundle_format
from testdata.dicom import ct_series
from tests.bundle.conftest import enrolled_offline
from tests.cancel_points import CancelPoint, leftovers, problems_logged


@pytest.fixture
def case_id(store, tmp_path):
    case = cases.create_case(
        store,
        Patient(name="Asha Verma", age_years=52),
        referral=Referral(specialty="oncology", questions=["Is surgery still an option?"]),
    )
    source = tmp_path / "cd"
    ct_series(source, 3, size=64)
    (source / "report.pdf").write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    with importer.work_dir(store) as work:
        plan = importer.scan([source], work)
        assert importer.run_import(store, case, plan, accept_other_patients=True).imported == 4
    enrolled_offline(store)
    return case


def _sig_written(path, data) -> bool:
    return path.name == bundle_format.ENVELOPE_SIG


# phase -> how to cancel in it: (owner, function, "after"/"before", condition)
PHASES = {
    "reading reports": (assemble.document_analysis, "analyse_attachment", "before", None),
    "planning": (assemble, "select_case_files", "after", None),
    "re-encoding images": (assemble, "recompress_lossless", "after", None),
    "encrypting files": (writer, "_encrypt_file", "after", None),
    "writing the manifest": (assemble, "manifest_body", "after", None),
    "signing": (writer, "_write_synced", "after", _sig_written),
    "queueing": (submit, "build_case_bundle", "after", None),
}


@pytest.mark.parametrize("phase", list(PHASES))
def test_cancel_in_each_phase_queues_nothing_and_leaves_nothing(
    phase, store, case_id, monkeypatch, caplog
):
    owner, name, when, condition = PHASES[phase]
    cancel = threading.Event()
    point = CancelPoint(cancel)
    if when == "after":
        point.after(monkeypatch, owner, name, condition)
    else:
        point.before(monkeypatch, owner, name)

    with pytest.raises(Cancelled) as raised:
        submit.submit_case(store, store.data_dir, case_id, cancel=cancel)

    assert point.reached.is_set()
    assert raised.value.code == "cancelled"
    assert outbox.list_entries(store) == []
    assert cases.get_case(store, case_id).status is not CaseStatus.QUEUED
    assert leftovers(store.data_dir) == []
    assert problems_logged(caplog) == []

    monkeypatch.undo()  # the case is as it was: building again queues it
    submitted = submit.submit_case(store, store.data_dir, case_id)
    assert [e.bundle_id for e in outbox.list_entries(store)] == [submitted.bundle_id]


def test_cancel_while_files_are_hashed_stops_there(store, case_id, tmp_path, caplog):
    """De-identified images are new bytes the writer hashes: the cancel is seen as it does."""
    cancel = threading.Event()
    seen = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        cancel.set()  # on the first block hashed

    with pytest.raises(Cancelled):
        submit.submit_case(
            store, store.data_dir, case_id, deidentify=True, cancel=cancel, progress=progress
        )
    assert len(seen) == 1
    assert outbox.list_entries(store) == []
    assert leftovers(store.data_dir) == []
    assert problems_logged(caplog) == []
