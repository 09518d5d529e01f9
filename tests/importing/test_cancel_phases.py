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
import zipfile

import pytest

from foundation.cancel import Cancelled
from local_store import attachments, dicom_index, import_scan, importer
from local_store.blobs import BlobStore
from testdata.dicom import ct_series
from tests.cancel_points import CancelPoint, leftovers, problems_logged

# More than two batches: the importer waits for batch 1 to be recorded before it hands over
# batch 2, so a cancel during that recording is always seen with files still to go.
SLICES = 2 * importer.BATCH_FILES + 6
ZIPPED = 3


@pytest.fixture
def disc(tmp_path):
    """A disc with a CT series in a folder and a few more slices in a zip."""
    folder = tmp_path / "disc"
    ct_series(folder / "CT", SLICES, size=32)
    loose = ct_series(tmp_path / "to-zip", ZIPPED, size=32, series_number=2, start=100)
    with zipfile.ZipFile(folder / "more.zip", "w") as archive:
        for path in loose:
            archive.write(path, path.name)
    return folder


def _import(store, case_id, disc, cancel=None):
    with importer.work_dir(store) as work:
        plan = importer.scan([disc], work, cancel=cancel, copy_first=True)
        return importer.run_import(store, case_id, plan, cancel=cancel)


# phase -> (owner, function, "after"/"before"): where the cancel lands
PHASES = {
    "copying from the disc": (import_scan, "_copy", "after"),
    "unpacking a zip": (import_scan, "extract", "before"),
    "reading the files": (import_scan, "examine_file", "after"),
    "encrypting the files": (BlobStore, "put_file_pending", "after"),
    "recording a batch": (importer, "_record_batch", "after"),
}
SCAN_PHASES = {"copying from the disc", "unpacking a zip", "reading the files"}


@pytest.mark.parametrize("phase", list(PHASES))
def test_cancel_in_each_phase(phase, store, case_id, disc, monkeypatch, caplog):
    owner, name, when = PHASES[phase]
    cancel = threading.Event()
    point = CancelPoint(cancel)
    getattr(point, when)(monkeypatch, owner, name)

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
