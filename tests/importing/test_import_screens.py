"""The import screens on a real display (Xvfb + xcb), saved as PNGs for people to look at.

Run: xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \
     pytest -m screenshot tests/importing/test_import_screens.py
PNGs go to artifacts/screens/ (20-... to 24-...): the progress dialog mid-import, the summary
with refused files, the patient check, and the case's Studies > Series with thumbnails.
"""

from __future__ import annotations

import threading

from PIL import Image

from local_store.models import Patient, Sex
from testdata.dicom import district_ct
from tests.support.screen_checks import save
from tests.support.screens import SCREENSHOT, TIMEOUT_MS, import_to_patient_check, open_case

pytestmark = SCREENSHOT


def sunita(store, qtbot):
    patient = Patient(
        name="Sunita Devi", sex=Sex.FEMALE, birth_date="1971-08-14", hospital_id="PHC-BST-1021"
    )
    return open_case(store, qtbot, patient)[0]


def test_progress_mid_import(store, qtbot, out_dir, tmp_path):
    window = sunita(store, qtbot)
    district_ct(tmp_path / "CD" / "CT", 400)
    dialog = window.editor.attachments.import_paths(
        [tmp_path / "CD"], source_label="/media/clinic/CT_DISC"
    )
    # Hold the import where a picture can be taken: a long job on the database executor (as
    # a slow save would be) makes its next write wait. Released after the picture.
    release = threading.Event()
    qtbot.waitUntil(
        lambda: (
            dialog._holder.value is not None
            and dialog.phase == "importing"
            and dialog._holder.value.files_done >= 120
        ),
        timeout=TIMEOUT_MS,
    )
    window.executor.submit(lambda cancel, progress: release.wait(30))
    qtbot.waitUntil(lambda: dialog.rate_value.text() != "–", timeout=TIMEOUT_MS)
    qtbot.wait(600)
    save(
        dialog,
        out_dir / "20-import-progress.png",
        shows=[dialog.bar, dialog.files_value, dialog.rate_value, dialog.left_value],
        says=["/media/clinic/CT_DISC", "of 400", "Cancel"],
    )
    dialog.cancel()
    release.set()
    qtbot.waitUntil(lambda: dialog.phase == "done", timeout=TIMEOUT_MS)
    qtbot.wait(200)
    save(dialog, out_dir / "21-import-cancelled.png", shows=[dialog.banner], says=[])
    window.shutdown()


def test_summary_with_refused_files(store, qtbot, out_dir, tmp_path):
    window = sunita(store, qtbot)
    folder = tmp_path / "Sunita USB"
    district_ct(folder / "CT chest", 12)
    (folder / "Biopsy report.pdf").write_bytes(b"%PDF-1.4\n%" + b"r" * 90_000 + b"\n%%EOF\n")
    Image.new("RGB", (800, 600), (230, 225, 210)).save(folder / "Discharge summary.jpg")
    (folder / "Prescription (cut short).pdf").write_bytes(b"%PDF-1.4\n" + b"x" * 5000)
    (folder / "viewer setup.exe").write_bytes(b"MZ" + b"\0" * 4000)
    (folder / "notes.txt").write_text("Patient notes typed on the phone")
    dialog = window.editor.attachments.import_paths([folder])
    qtbot.waitUntil(lambda: dialog.phase == "done", timeout=TIMEOUT_MS)
    qtbot.wait(300)
    save(
        dialog,
        out_dir / "22-import-summary.png",
        shows=[dialog.banner, dialog.close_button],
        says=["viewer setup.exe", "Prescription (cut short).pdf"],
    )
    assert len(dialog.rejected_rows) >= 2
    window.shutdown()


def test_patient_check(store, qtbot, out_dir, tmp_path):
    patient = Patient(
        name="Asha Sharma", sex=Sex.FEMALE, birth_date="1968-03-02", hospital_id="CHC-77-0412"
    )
    window, _ = open_case(store, qtbot, patient)
    district_ct(tmp_path / "CD", 6)
    dialog = import_to_patient_check(window, qtbot, tmp_path / "CD")
    check = dialog.patient_check
    save(
        check,
        out_dir / "23-patient-check.png",
        shows=[check.attach_button, check.leave_out_button],
        says=["Asha Sharma", "SUNITA DEVI"],
    )
    dialog.patient_check.leave_out_button.click()
    qtbot.waitUntil(lambda: dialog.phase == "done", timeout=TIMEOUT_MS)
    window.shutdown()


def test_studies_and_series_with_thumbnails(store, qtbot, out_dir, tmp_path):
    window = sunita(store, qtbot)
    folder = tmp_path / "from patient"
    study = "1.2.826.0.1.3680043.8.498.1"
    district_ct(folder / "s2", 20, study_uid=study)
    district_ct(
        folder / "s3", 12, study_uid=study, series_number=3, series_description="CT LUNG 1MM"
    )
    (folder / "Biopsy report.pdf").write_bytes(b"%PDF-1.4\n%" + b"r" * 180_000 + b"\n%%EOF\n")
    Image.new("RGB", (1600, 1200), (230, 225, 210)).save(folder / "Discharge summary.jpg")
    panel = window.editor.attachments
    dialog = panel.import_paths([folder])
    qtbot.waitUntil(lambda: dialog.phase == "done", timeout=TIMEOUT_MS)
    dialog.close_button.click()
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 3, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: not panel.thumbnails_pending(), timeout=TIMEOUT_MS)
    # The studies and series are what this picture is for: scroll them into view (the bottom
    # of the editor now holds the documents and the checklist).
    window.editor.scroll.ensureWidgetVisible(panel.tree)
    qtbot.wait(300)
    save(
        window,
        out_dir / "24-studies-series.png",
        shows=[panel.tree],
        says=["CT CHEST 5MM", "CT LUNG 1MM", "Biopsy report.pdf", "Discharge summary.jpg"],
    )
    window.shutdown()
