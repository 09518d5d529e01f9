"""Documents screens under Xvfb: a lab report beside its values, the checklist, an edited photo.

Run: xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \
    pytest -m screenshot tests/clinical/test_document_screens.py
PNGs go to artifacts/screens/.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from desktop.viewers.pdf_viewer import PdfViewer
from desktop.viewers.photo_viewer import PhotoViewer, VersionSaver
from desktop.views.checklist_panel import ChecklistPanel
from desktop.views.labs_grid import LabReportView
from desktop.workers import DatabaseExecutor, JobPool
from local_store import attachments, cases, document_analysis
from local_store.models import Consent, ConsentMethod, Initiator, Patient, Referral, Sex
from testdata.documents import lab_report_pdf
from tests.support.screen_checks import save
from tests.support.screens import SCREENSHOT

pytestmark = SCREENSHOT

FULL_PANEL = (
    ("Haemoglobin", "9.1", "g/dL", "12.0 - 15.5"),
    ("Total Leucocyte Count", "7.8", "10^3/uL", "4.0 - 11.0"),
    ("Platelet Count", "142", "10^3/uL", "150 - 410"),
    ("Fasting Blood Sugar", "126", "mg/dL", "70 - 100"),
    ("Blood Urea", "38", "mg/dL", "15 - 40"),
    ("Serum Creatinine", "1.9", "mg/dL", "0.6 - 1.1"),
    ("SGPT (ALT)", "28", "U/L", "7 - 35"),
    ("SGOT (AST)", "31", "U/L", "8 - 40"),
    ("Serum Potassium", "2.4", "mmol/L", "3.5 - 5.1"),
    ("Serum Sodium", "138", "mmol/L", "136 - 145"),
)
EARLIER = (
    ("Haemoglobin", "10.2", "g/dL", "12.0 - 15.5"),
    ("Serum Creatinine", "1.2", "mg/dL", "0.6 - 1.1"),
)
EARLIEST = (("Serum Creatinine", "0.9", "mg/dL", "0.6 - 1.1"),)


@pytest.fixture
def db(store):
    executor = DatabaseExecutor(store)
    yield executor
    executor.shutdown()


def breast_case(store) -> str:
    return cases.create_case(
        store,
        Patient(name="Sunita Devi", sex=Sex.FEMALE, birth_date="1971-08-14"),
        Consent(
            initiated_by=Initiator.DOCTOR,
            given_by="Sunita Devi",
            method=ConsentMethod.WRITTEN,
            at=(date.today() - timedelta(days=1)).isoformat(),
            recorded_by="Staff nurse Rekha Yadav",
        ),
        Referral(
            questions=["Is breast-conserving surgery possible?"],
            specialty="oncology",
            working_diagnosis="Carcinoma left breast, suspected stage IIB",
        ),
    )


def attach(store, case_id, path) -> str:
    attachment = attachments.add_file(store, case_id, path).attachment
    document_analysis.analyse_attachment(store, attachment.id)
    return attachment.id


def show(qtbot, widget, width=1366, height=740):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)


def test_lab_report_beside_its_values(store, db, qtbot, out_dir, tmp_path):
    case_id = breast_case(store)
    attach(store, case_id, lab_report_pdf(tmp_path / "a.pdf", "05/01/2024", EARLIEST))
    attach(store, case_id, lab_report_pdf(tmp_path / "b.pdf", "10/02/2024", EARLIER))
    latest = attach(store, case_id, lab_report_pdf(tmp_path / "c.pdf", "12/03/2024", FULL_PANEL))
    view = LabReportView(store, db, latest)
    show(qtbot, view)
    qtbot.waitUntil(lambda: isinstance(view.viewer, PdfViewer))
    qtbot.waitUntil(lambda: view.grid.table.rowCount() == len(FULL_PANEL))
    grid = view.grid
    row = next(i for i, lab in enumerate(grid.labs) if lab.result.test == "Serum Creatinine")
    grid.table.setCurrentCell(row, 0)
    qtbot.waitUntil(lambda: view.viewer.view.highlight is not None)
    qtbot.wait(400)
    save(
        view,
        out_dir / "30-lab-report-grid.png",
        shows=[view.viewer, grid.table],
        says=["Serum Creatinine"],
    )


def test_checklist_breast_cancer_without_biopsy(store, db, qtbot, out_dir, tmp_path):
    case_id = breast_case(store)
    attach(store, case_id, lab_report_pdf(tmp_path / "labs.pdf", "12/03/2024", FULL_PANEL))
    panel = ChecklistPanel(store, db)
    show(qtbot, panel, 900, 740)
    with qtbot.waitSignal(panel.loaded):
        panel.load(case_id)
    assert "histopathology" in panel.item_ids("required")
    qtbot.wait(300)
    save(panel, out_dir / "31-checklist-breast-no-biopsy.png", shows=[panel.condition], says=[])


def photographed_report(path: Path) -> Path:
    """A lab printout photographed sideways on a wooden table, in warm room light."""
    page = Image.new("RGB", (1240, 1754), (236, 228, 210))
    draw = ImageDraw.Draw(page)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 34)
        small = ImageFont.truetype("DejaVuSans.ttf", 28)
    except OSError:
        font = small = ImageFont.load_default()
    draw.text((90, 80), "CITY DIAGNOSTIC LABORATORY, BASTI", fill=(70, 64, 60), font=font)
    draw.text((90, 150), "Patient: Sunita Devi    Age/Sex: 54 Y / F", fill=(80, 74, 70), font=small)
    draw.text((90, 200), "Report Date: 12/03/2024", fill=(80, 74, 70), font=small)
    draw.line((90, 260, 1150, 260), fill=(90, 84, 80), width=3)
    for i, (test, value, unit, ref) in enumerate(FULL_PANEL):
        y = 300 + i * 60
        for x, text in ((90, test), (610, value), (780, unit), (960, ref)):
            draw.text((x, y), text, fill=(86, 80, 76), font=small)
    photo = Image.new("RGB", (1500, 2000), (120, 84, 52))  # the table
    photo.paste(page, (130, 120))
    sideways = photo.rotate(90, expand=True)  # the phone was held sideways, no EXIF
    sideways.save(path, quality=88)
    return path


def test_photo_after_turning_and_cropping(store, db, qtbot, out_dir, tmp_path):
    case_id = breast_case(store)
    path = photographed_report(tmp_path / "IMG_20240312.jpg")
    original = attachments.add_file(store, case_id, path).attachment
    pool = JobPool(1)
    saver = VersionSaver(store, db, pool, original.id, original.name)
    viewer = PhotoViewer(store.blobs.read_bytes(original.sha256), saver=saver)
    show(qtbot, viewer, 1100, 740)
    qtbot.waitUntil(lambda: viewer.displayed_size is not None)
    viewer.turn_right()
    # The page, as fractions of the upright photo: 130..1370 of 1500, 120..1874 of 2000.
    viewer.crop(130 / 1500, 120 / 2000, 1370 / 1500, 1874 / 2000)
    viewer.enhance_button.click()
    qtbot.waitUntil(lambda: viewer.displayed_size is not None and viewer.displayed_size[0] < 1300)
    with qtbot.waitSignal(viewer.version_saved, timeout=20000):
        viewer.save_button.click()
    qtbot.wait(300)
    save(
        viewer,
        out_dir / "32-photo-turned-cropped.png",
        shows=[viewer.enhance_button, viewer.save_button],
        says=[],
    )
    pool.shutdown()
