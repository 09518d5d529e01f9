"""The clinic worker's smaller screens on a real display (Xvfb + xcb), at the display's size:
a question of several lines with the banner in its fixed place and two cases of one patient in
the list, the viewer with a hand-set window ("Custom") and a measurement kept with the case,
the lab grid beside its report at the viewer's size, a phone photo filed as a clinical photo,
and the time to send said once ("On 2G (50 kbit/s): about ...").

Run once per screen size:
  xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \
      pytest -m screenshot tests/cases/test_clinic_smalls_screens.py
  xvfb-run -a -s "-screen 0 1024x600x24" env QT_QPA_PLATFORM=xcb \
      pytest -m screenshot tests/cases/test_clinic_smalls_screens.py
PNGs go to artifacts/screens/ (70-... to 74-..., named with the screen size).
"""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt

from desktop.workers import DatabaseExecutor
from local_store import attachments, cases, dicom_index, document_analysis, importer
from local_store.models import (
    Consent,
    ConsentMethod,
    Initiator,
    Patient,
    Referral,
    Sex,
    case_number,
)
from testdata.dicom import ct_series
from testdata.documents import lab_report_pdf, photo
from tests.support.screen_checks import save

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "artifacts" / "screens"
TIMEOUT_MS = 60_000

pytestmark = [
    pytest.mark.screenshot,
    pytest.mark.skipif(
        not os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") != "xcb",
        reason="needs an X display (DISPLAY unset) with QT_QPA_PLATFORM=xcb; run under xvfb-run",
    ),
]


@pytest.fixture
def out_dir():
    OUT.mkdir(parents=True, exist_ok=True)
    return OUT


@pytest.fixture
def db(store):
    executor = DatabaseExecutor(store)
    yield executor
    executor.shutdown()


def screen_size() -> tuple[int, int]:
    from PySide6.QtWidgets import QApplication

    size = QApplication.primaryScreen().size()
    return size.width(), size.height()


def name(stem: str) -> str:
    width, height = screen_size()
    return f"{stem}-{width}x{height}.png"


def fit_to_screen(qtbot, widget, width: int, height: int) -> None:
    """The window's own size, or the screen's when that is smaller (less a title bar)."""
    screen_w, screen_h = screen_size()
    qtbot.addWidget(widget)
    widget.resize(min(width, screen_w), min(height, screen_h - 28))
    widget.show()
    qtbot.waitExposed(widget)


def consent() -> Consent:
    return Consent(
        initiated_by=Initiator.DOCTOR,
        given_by="Sunita Devi",
        method=ConsentMethod.WRITTEN,
        at=(date.today() - timedelta(days=1)).isoformat(),
        recorded_by="Nurse",
    )


def test_question_banner_and_two_cases_of_one_patient(store, qtbot, out_dir):
    from desktop.views.case_list import CASE_LINE_ROLE, PatientDelegate
    from desktop.views.main_window import MainWindow

    sunita = Patient(name="Sunita Devi", sex=Sex.FEMALE, hospital_id="PHC-1021")
    earlier = cases.create_case(store, sunita, referral=Referral(specialty="dermatology"))
    case_id = cases.create_case(store, sunita, referral=Referral(specialty="oncology"))
    window = MainWindow(store)
    width, height = screen_size()
    fit_to_screen(qtbot, window, width, height)
    qtbot.waitUntil(lambda: window.loaded)
    window.select_case(case_id)
    editor = window.editor
    qtbot.waitUntil(lambda: editor.case_id == case_id)
    first = editor.controls["patient.name"]
    before = first.mapTo(editor, first.rect().topLeft()).y()
    box = editor.questions.editors()[0]
    qtbot.keyClicks(box, "Is this a recurrence of the breast cancer?")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "Operated 2021 at the district hospital; new lump near the scar.")
    qtbot.keyClicks(editor.controls["patient.age_years"], "300")
    editor.flush()
    qtbot.waitUntil(lambda: editor.banner.isVisible(), timeout=TIMEOUT_MS)
    assert first.mapTo(editor, first.rect().topLeft()).y() == before
    editor.scroll.ensureWidgetVisible(box, 0, 40)
    qtbot.wait(300)
    table = window.table
    lines = []
    for case in (earlier, case_id):
        row = window.proxy.mapFromSource(window.model.index(window.model.row_of(case), 0))
        lines.append(row.data(CASE_LINE_ROLE))
        assert f"Case {case_number(case)}" in lines[-1]
        assert table.rowHeight(row.row()) >= PatientDelegate.row_height(table.font())
        assert table.visualRect(row).width() > 0
    assert lines[0] != lines[1]
    save(
        window,
        out_dir / name("70-question-banner-case-list"),
        shows=[editor.banner, box, table],
        says=["Sunita Devi", "Operated 2021", "The age must be between 0 and 130 years."],
    )
    window.shutdown()


@pytest.fixture
def imaged_case(store, tmp_path):
    case_id = cases.create_case(store, Patient(name="Asha Verma"), referral=Referral())
    ct_series(tmp_path / "cd" / "a", 6, size=256, series_number=1)
    plan = importer.scan([tmp_path / "cd"], importer.new_work_dir(store))
    importer.run_import(store, case_id, plan, accept_other_patients=True)
    return case_id


def test_viewer_custom_window_and_a_kept_measurement(store, db, qtbot, out_dir, imaged_case):
    from desktop.viewers.launcher import ViewerLauncher
    from desktop.views.attachments import SeriesChoice
    from local_store import measurements

    study = dicom_index.list_studies(store, imaged_case)[0]
    series = study.series[0]
    uid = series.instance_refs[0].sop_instance_uid
    measurements.add_measurement(store, imaged_case, uid, 0, "length", [(60, 128), (196, 128)])
    launcher = ViewerLauncher(db)
    launcher.open(imaged_case, SeriesChoice(study, series))
    qtbot.waitUntil(lambda: bool(launcher.windows), timeout=TIMEOUT_MS)
    window = launcher.windows[0]
    width, height = screen_size()
    window.resize(min(1366, width), min(740, height - 28))
    qtbot.waitExposed(window)
    viewport = window.active
    qtbot.waitUntil(lambda: viewport.canvas.frame is not None, timeout=TIMEOUT_MS)
    [kept] = viewport.canvas.measurements  # drawn again from the case
    canvas = viewport.canvas
    a, b = canvas.to_widget((100, 60)).toPoint(), canvas.to_widget((160, 30)).toPoint()
    qtbot.mousePress(canvas, Qt.MouseButton.RightButton, pos=a)
    qtbot.mouseMove(canvas, pos=b)
    qtbot.mouseRelease(canvas, Qt.MouseButton.RightButton, pos=b)
    qtbot.waitUntil(lambda: window.preset_box.currentText() == "Custom")
    qtbot.wait(200)
    save(
        window,
        out_dir / name("71-viewer-custom-window-kept-measurement"),
        shows=[canvas, window.preset_box],
        says=["Custom"],
    )
    assert kept.label.endswith("mm (PixelSpacing)")
    launcher.close_all()


def breast_case(store) -> str:
    return cases.create_case(
        store,
        Patient(name="Sunita Devi", sex=Sex.FEMALE, birth_date="1970-01-01"),
        consent(),
        Referral(questions=["Is surgery possible?"], specialty="oncology"),
    )


def test_lab_grid_beside_its_report_at_the_viewers_size(store, db, qtbot, out_dir, tmp_path):
    from desktop.viewers.pdf_viewer import PdfViewer
    from desktop.views.labs_grid import FIELD_COLUMNS, LabReportView

    case_id = breast_case(store)
    path = lab_report_pdf(tmp_path / "cbc.pdf", "12/03/2024")
    report = attachments.add_file(store, case_id, path).attachment
    document_analysis.analyse_attachment(store, report.id)
    view = LabReportView(store, db, report.id)
    fit_to_screen(qtbot, view, 1100, 700)  # the size the case screen opens it at
    qtbot.waitUntil(lambda: isinstance(view.viewer, PdfViewer), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: view.grid.table.rowCount() > 0)
    qtbot.wait(400)
    table = view.grid.table
    shown = table.viewport().rect()
    for field in ("value", "unit", "reference"):
        column = FIELD_COLUMNS[field]
        left = table.columnViewportPosition(column)
        whole = QRect(left, 0, table.columnWidth(column), shown.height())
        assert shown.contains(whole), field
    save(
        view,
        out_dir / name("72-lab-grid-beside-report"),
        shows=[view.viewer, table],
        says=["Haemoglobin", "g/dL", "12.0 - 15.5"],
    )


def test_a_phone_photo_filed_as_a_clinical_photo(store, db, qtbot, out_dir, tmp_path):
    from desktop.viewers.photo_viewer import PhotoViewer
    from desktop.views.labs_grid import LabReportView
    from local_store import document_kinds

    case_id = breast_case(store)
    wound = photo(tmp_path / "IMG_20240312_wound.jpg", size=(1200, 900))
    attachment = attachments.add_file(store, case_id, wound).attachment
    document_kinds.set_kind(store, attachment.id, "clinical_photo")
    view = LabReportView(store, db, attachment.id)
    fit_to_screen(qtbot, view, 1100, 700)
    qtbot.waitUntil(lambda: isinstance(view.viewer, PhotoViewer), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: view.kind_editor.kind.currentData() == "clinical_photo")
    qtbot.wait(300)
    save(
        view,
        out_dir / name("73-clinical-photo"),
        shows=[view.kind_editor.kind, view.viewer],
        says=["Clinical photo (wound, rash, swelling)"],
    )
    assert not view.grid.isVisible()  # no "not read yet" lab grid beside a wound


def test_time_to_send_is_said_once(store, qtbot, out_dir, imaged_case, tmp_path):
    sync_support = pytest.importorskip("tests.support.running_service")
    from desktop.views.main_window import MainWindow
    from desktop.views.submit_dialog import SubmitDialog
    from local_store.models import CaseStatus
    from sync import enrollment

    cases.set_status(store, imaged_case, CaseStatus.READY)
    with sync_support.running_service(tmp_path / "service") as service:
        enrollment.enroll(store, service.url, service.new_code(role="clinic"), label="PHC desk")
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.loaded)
        dialog = SubmitDialog(window.executor, window.import_pool, imaged_case, window)
        fit_to_screen(qtbot, dialog, 1000, 660)
        qtbot.waitUntil(lambda: dialog.phase == "review", timeout=TIMEOUT_MS)
        dialog.send_button.click()
        qtbot.waitUntil(lambda: dialog.phase in ("done", "failed"), timeout=TIMEOUT_MS)
        assert dialog.phase == "done", dialog.banner.text()
        qtbot.wait(200)
        save(
            dialog,
            out_dir / name("74-queued-time-on-2g"),
            shows=[dialog.details],
            says=["On 2G (50 kbit/s): about "],
        )
        assert "about: about" not in dialog.details.text()
        dialog.accept()
        window.shutdown()
