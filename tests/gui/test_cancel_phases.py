"""Pressing Cancel in each phase of building a bundle (the Submit screen) and of an import
(the import dialog), over the real store and the real background jobs.

The work is held at the chosen point until Cancel has been pressed, so the cancel lands in
that phase however fast the machine is. Each time the screen says "Cancelled", nothing is
queued, only whole files stay attached, no temporary file is left in the data folder and
nothing is logged as a problem (a cancel is an outcome, not an error).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject

from desktop.views.submit_dialog import SubmitDialog
from desktop.workers import DatabaseExecutor, JobPool
from local_store import attachments, cases, import_scan, importer, outbox
from local_store.blobs import BlobStore
from local_store.models import CaseStatus, Patient, Referral
from sync import submit
from sync.bundle import assemble, writer
from sync.bundle import format as bundle_format
from testdata.dicom import ct_series
from tests.bundle.conftest import enrolled_offline
from tests.cancel_points import CancelPoint, leftovers, problems_logged
from tests.gui.conftest import new_case

TIMEOUT_MS = 60_000


def press_cancel_at(point: CancelPoint, qtbot, button) -> None:
    qtbot.waitUntil(point.reached.is_set, timeout=TIMEOUT_MS)
    button.click()
    assert button.text() == "Stopping…"
    point.go_on.set()


# ---------------------------------------------------------------- building a bundle


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


@pytest.fixture
def workers(store, qtbot):
    owner = QObject()
    executor = DatabaseExecutor(store, owner)
    pool = JobPool(1, owner)
    yield executor, pool
    pool.shutdown(10_000)
    executor.shutdown(10_000)


def _sig_written(path, data) -> bool:
    return path.name == bundle_format.ENVELOPE_SIG


BUILD_PHASES = {
    "reading reports": (assemble.document_analysis, "analyse_attachment", "before", None),
    "planning": (assemble, "select_case_files", "after", None),
    "re-encoding images": (assemble, "recompress_lossless", "after", None),
    "encrypting files": (writer, "_encrypt_file", "after", None),
    "writing the manifest": (assemble, "manifest_body", "after", None),
    "signing": (writer, "_write_synced", "after", _sig_written),
    "queueing": (submit, "build_case_bundle", "after", None),
}


@pytest.mark.parametrize("phase", list(BUILD_PHASES))
def test_submit_screen_cancelled_in_each_phase(
    phase, qtbot, workers, store, case_id, monkeypatch, caplog
):
    owner, name, when, condition = BUILD_PHASES[phase]
    point = CancelPoint()
    if when == "after":
        point.after(monkeypatch, owner, name, condition)
    else:
        point.before(monkeypatch, owner, name)
    executor, pool = workers
    dialog = SubmitDialog(executor, pool, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.phase == "review", timeout=20_000)

    dialog.start_build()
    press_cancel_at(point, qtbot, dialog.cancel_button)
    qtbot.waitUntil(lambda: dialog.phase != "building", timeout=TIMEOUT_MS)

    assert dialog.phase == "cancelled", dialog.banner.text()
    assert dialog.banner.text() == "Cancelled. Nothing was queued; the case is as it was."
    assert dialog.outcome.cancelled and dialog.outcome.error_code is None
    assert outbox.list_entries(store) == []
    assert cases.get_case(store, case_id).status is not CaseStatus.QUEUED
    assert leftovers(store.data_dir) == []
    assert problems_logged(caplog) == []


# ---------------------------------------------------------------- importing

SLICES = 2 * importer.BATCH_FILES + 6  # recording batch 1 always has files still to go


@pytest.fixture
def disc(tmp_path):
    import zipfile

    folder = tmp_path / "disc"
    ct_series(folder / "CT", SLICES, size=32)
    loose = ct_series(tmp_path / "to-zip", 3, size=32, series_number=2, start=100)
    with zipfile.ZipFile(folder / "more.zip", "w") as archive:
        for path in loose:
            archive.write(path, path.name)
    return folder


IMPORT_PHASES = {
    "copying from the disc": (import_scan, "_copy", "after"),
    "unpacking a zip": (import_scan, "extract", "before"),
    "reading the files": (import_scan, "examine_file", "after"),
    "encrypting the files": (BlobStore, "put_file_pending", "after"),
    "recording a batch": (importer, "_record_batch", "after"),
}
NOTHING_SAVED_YET = {"copying from the disc", "unpacking a zip", "reading the files"}


@pytest.mark.parametrize("phase", list(IMPORT_PHASES))
def test_import_dialog_cancelled_in_each_phase(
    phase, window, qtbot, store, disc, monkeypatch, caplog
):
    owner, name, when = IMPORT_PHASES[phase]
    point = getattr(CancelPoint(), when)(monkeypatch, owner, name)
    editor = new_case(window, qtbot)

    dialog = editor.attachments.import_paths([disc], copy_first=True)
    press_cancel_at(point, qtbot, dialog.cancel_button)
    qtbot.waitUntil(lambda: dialog.phase == "done", timeout=TIMEOUT_MS)

    outcome = dialog.outcome
    assert outcome.cancelled and outcome.error_code is None, dialog.banner.text()
    kept = attachments.list_attachments(store, editor.case_id)
    assert outcome.kept == len(kept)
    if phase in NOTHING_SAVED_YET:
        assert kept == []
        assert dialog.banner.text() == "Cancelled. Nothing was attached to this case."
    else:
        assert 0 < len(kept) < SLICES + 3
        assert dialog.banner.text() == (
            f"Cancelled. {len(kept)} files were already saved and stay in this case; "
            "the rest were not attached. Import again to add them."
        )
    assert outbox.list_entries(store) == []
    qtbot.waitUntil(lambda: leftovers(store.data_dir) == [], timeout=10_000)
    assert problems_logged(caplog) == []
