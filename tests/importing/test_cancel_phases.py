"""Cancelling an import in each phase, the way the desktop, the CLI and the tray run one:
a work folder from ``importer.work_dir``, ``scan``, then ``run_import``.

Whatever the phase (copying from the disc, unpacking a zip, reading the files, encrypting
them, recording a batch), the outcome is ``Cancelled`` with its code; what was recorded before
the cancel is whole (its blob is there and it is indexed) and nothing else is attached; no work
folder, part file or plaintext copy is left; nothing is logged as a problem; and importing
again finishes the job.
"""

from __future__ import annotations

import threading

import pytest

from foundation.cancel import Cancelled
from local_store import attachments, dicom_index, importer
from testdata.media import disc_with_zip
from tests.support.cancel_points import (
    IMPORT_PHASES,
    SCAN_PHASES,
    CancelPoint,
    leftovers,
    problems_logged,
)

# More than two batches: the importer waits for batch 1 to be recorded before it hands over
# batch 2, so a cancel during that recording is always seen with files still to go.
SLICES = 2 * importer.BATCH_FILES + 6
ZIPPED = 3


@pytest.fixture
def disc(tmp_path):
    """A disc with a CT series in a folder and a few more slices in a zip."""
    return disc_with_zip(tmp_path / "disc", SLICES, ZIPPED)


def _import(store, case_id, disc, cancel=None):
    with importer.work_dir(store) as work:
        plan = importer.scan([disc], work, cancel=cancel, copy_first=True)
        return importer.run_import(store, case_id, plan, cancel=cancel)


@pytest.mark.parametrize("phase", list(IMPORT_PHASES))
def test_cancel_in_each_phase(phase, store, case_id, disc, monkeypatch, caplog):
    cancel = threading.Event()
    point = CancelPoint(cancel).at(monkeypatch, *IMPORT_PHASES[phase])

    with pytest.raises(Cancelled) as raised:
        _import(store, case_id, disc, cancel)

    assert point.reached.is_set()
    assert raised.value.code == "cancelled"
    kept = attachments.list_attachments(store, case_id)
    if phase in SCAN_PHASES:
        assert kept == []
    else:  # what was encrypted before the cancel is kept: importing again finishes the job
        assert 0 < len(kept) < SLICES + ZIPPED
    # Every file kept is whole: its blob is stored and the index knows it.
    assert all(store.blobs.exists(a.sha256) for a in kept)
    studies = dicom_index.list_studies(store, case_id)
    indexed = {r.attachment_id for s in studies for se in s.series for r in se.instance_refs}
    assert indexed == {a.id for a in kept}
    assert leftovers(store.data_dir) == []
    assert problems_logged(caplog) == []

    monkeypatch.undo()
    report = _import(store, case_id, disc)
    assert report.imported + report.duplicates == SLICES + ZIPPED
    assert len(attachments.list_attachments(store, case_id)) == SLICES + ZIPPED
    assert leftovers(store.data_dir) == []
