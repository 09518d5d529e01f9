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
from local_store import cases, outbox
from local_store.models import CaseStatus
from sync import submit
from tests.support.cancel_points import BUILD_PHASES, CancelPoint, leftovers, problems_logged
from tests.support.case_setup import sendable_ct_case


@pytest.fixture
def case_id(store, tmp_path):
    return sendable_ct_case(store, tmp_path / "cd")


@pytest.mark.parametrize("phase", list(BUILD_PHASES))
def test_cancel_in_each_phase_queues_nothing_and_leaves_nothing(
    phase, store, case_id, monkeypatch, caplog
):
    cancel = threading.Event()
    point = CancelPoint(cancel).at(monkeypatch, *BUILD_PHASES[phase])

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
