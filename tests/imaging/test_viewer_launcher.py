"""What the case screen opens: imported CT series in the DICOM viewer (images read from the
encrypted store, key images saved into the case), and a report beside its lab values."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.viewers.dicom_viewer import DicomViewerWindow
from desktop.viewers.launcher import ViewerLauncher
from desktop.viewers.series_input import KeyImageMark
from desktop.views.attachments import SeriesChoice
from desktop.views.labs_grid import LabReportView
from desktop.workers import DatabaseExecutor
from local_store import attachments, cases, dicom_index, importer, key_images
from local_store.models import AttachmentKind, Patient, Referral
from testdata.dicom import ct_series

pytestmark = pytest.mark.gui


@pytest.fixture
def imported_case(store, tmp_path):
    case_id = cases.create_case(
        store, Patient(name="Asha Verma"), referral=Referral(specialty="oncology")
    )
    ct_series(tmp_path / "cd" / "a", 4, size=64, series_number=1)
    ct_series(tmp_path / "cd" / "b", 2, size=64, series_number=2, start=10)
    (tmp_path / "cd" / "report.pdf").write_bytes(
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )
    plan = importer.scan([tmp_path / "cd"], importer.new_work_dir(store))
    importer.run_import(store, case_id, plan, accept_other_patients=True)
    return case_id


@pytest.fixture
def launcher(store, qtbot):
    executor = DatabaseExecutor(store)
    launcher = ViewerLauncher(executor)
    yield launcher
    launcher.close_all()
    executor.shutdown()


def test_a_series_opens_in_the_viewer_with_its_study_and_saves_key_images(
    qtbot, store, imported_case, launcher
):
    study = dicom_index.list_studies(store, imported_case)[0]
    chosen = max(study.series, key=lambda s: s.number or 0)  # the second series
    launcher.open(imported_case, SeriesChoice(study, chosen))
    qtbot.waitUntil(lambda: bool(launcher.windows), timeout=10000)
    window = launcher.windows[0]
    assert isinstance(window, DicomViewerWindow)
    assert [len(s.instances) for s in window.series] == [2, 4]  # chosen series first
    viewport = window.active
    qtbot.waitUntil(lambda: viewport.shown is not None, timeout=20000)
    assert viewport.count() == 2

    saved = []
    _, frame = viewport.current()
    uid = str(viewport.current_header().dataset.SOPInstanceUID)
    window.sink.save(KeyImageMark(uid, frame, "mass, left lobe"), saved.append)
    qtbot.waitUntil(lambda: bool(saved), timeout=10000)
    assert saved == [None]
    marks = key_images.list_key_images(store, imported_case)
    assert [(m.sop_instance_uid, m.note) for m in marks] == [(uid, "mass, left lobe")]


def test_a_document_opens_beside_its_lab_values(qtbot, store, imported_case, launcher):
    pdf = next(
        a
        for a in attachments.list_attachments(store, imported_case)
        if a.kind is not AttachmentKind.DICOM
    )
    launcher.open(imported_case, pdf)
    assert isinstance(launcher.windows[0], LabReportView)
    qtbot.waitUntil(lambda: launcher.windows[0].windowTitle() == "report.pdf", timeout=10000)


def test_measurements_are_kept_with_the_case_and_drawn_again_when_the_series_opens(
    qtbot, store, imported_case, launcher
):
    from desktop.viewers.image_canvas import ImageCanvas
    from local_store import measurements

    study = dicom_index.list_studies(store, imported_case)[0]
    chosen = min(study.series, key=lambda s: s.number or 0)

    def open_series() -> DicomViewerWindow:
        qtbot.waitUntil(lambda: not launcher.windows)  # a closed window is gone first
        launcher.open(imported_case, SeriesChoice(study, chosen))
        qtbot.waitUntil(lambda: bool(launcher.windows), timeout=10000)
        window = launcher.windows[-1]
        qtbot.waitUntil(lambda: window.active.canvas.frame is not None, timeout=20000)
        return window

    window = open_series()
    canvas: ImageCanvas = window.active.canvas
    window.set_tool("length")
    a, b = canvas.to_widget((8, 32)).toPoint(), canvas.to_widget((56, 32)).toPoint()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(canvas, pos=b)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=b)
    [drawn] = canvas.measurements
    qtbot.waitUntil(lambda: len(measurements.list_measurements(store, imported_case)) == 1)
    window.close()

    # As after a restart: the series opened again shows the same measurement, same numbers.
    again = open_series()
    [shown] = again.active.canvas.measurements
    assert (shown.kind, shown.label) == ("length", drawn.label)
    assert "mm" in shown.label
    # Removable: "Clear" takes it off the image and out of the case.
    again.active.clear_measurements()
    assert again.active.canvas.measurements == []
    qtbot.waitUntil(lambda: measurements.list_measurements(store, imported_case) == [])
    again.close()
