"""The clinic worker's form and checks on a real display (Xvfb + xcb), at the display's size,
saved as PNGs for people to look at: dates typed the clinic's way and read back in words, the
age next to what the date of birth says, the calendar, a symptom onset of only a month, and
the graded patient check.

Run once per screen size:
  xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \
      pytest -m screenshot tests/cases/test_clinic_day_screens.py
  xvfb-run -a -s "-screen 0 1024x600x24" env QT_QPA_PLATFORM=xcb \
      pytest -m screenshot tests/cases/test_clinic_day_screens.py
PNGs go to artifacts/screens/ (60-... to 64-..., named with the screen size).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from local_store import timeline
from local_store.models import Patient, Sex
from testdata.dicom import SUNITA, district_ct
from tests.support.screens import SCREENSHOT, TIMEOUT_MS, import_to_patient_check, open_case

pytestmark = SCREENSHOT


def screen_size() -> tuple[int, int]:
    from PySide6.QtWidgets import QApplication

    size = QApplication.primaryScreen().size()
    return size.width(), size.height()


def name(stem: str) -> str:
    width, height = screen_size()
    return f"{stem}-{width}x{height}.png"


def save(widget, path: Path) -> None:
    assert widget.grab().save(str(path)), path


def fitted() -> tuple[int, int]:
    """The display's size less the title bar a window manager would add."""
    width, height = screen_size()
    return width, height - 28


def test_dates_age_and_calendar(store, qtbot, out_dir):
    window, _ = open_case(store, qtbot, Patient(name="Sunita Devi", sex=Sex.FEMALE), fitted())
    editor = window.editor
    qtbot.keyClicks(editor.controls["patient.birth_date"], "14/08/1971")
    qtbot.keyClicks(editor.controls["patient.age_years"], "300")
    editor.flush()
    qtbot.waitUntil(lambda: editor.rows["patient.age_years"].problem.isVisible())
    editor.scroll.ensureWidgetVisible(editor.rows["patient.phone"])
    qtbot.wait(300)
    save(window, out_dir / name("60-dates-and-age"))

    editor.controls["patient.age_years"].clear()
    editor.controls["patient.age_years"].textEdited.emit("")
    editor.flush()
    qtbot.waitUntil(lambda: not editor.rows["patient.age_years"].problem.isVisible())
    qtbot.wait(200)
    save(window, out_dir / name("61-age-from-birth-date"))

    box = editor.rows["consent.at"].control
    editor.scroll.ensureWidgetVisible(editor.rows["consent.at"], 0, 300)
    qtbot.wait(200)
    box.calendar_button.click()
    qtbot.waitExposed(box.calendar)
    qtbot.wait(300)
    from PySide6.QtWidgets import QApplication

    QApplication.primaryScreen().grabWindow(0).save(str(out_dir / name("62-calendar")))
    box.calendar.close()
    window.shutdown()


def test_timeline_with_a_month_only(store, qtbot, out_dir):
    window, case_id = open_case(store, qtbot, Patient(name="Ramesh Yadav", age_years=58), fitted())
    timeline.add_entry(store, case_id, "09/2025", "Cough began, slowly worse")
    timeline.add_entry(store, case_id, "02/11/2025", "Blood in sputum")
    window.editor.load_case(case_id)
    editor = window.editor
    qtbot.waitUntil(lambda: editor.timeline.table.rowCount() == 2)
    qtbot.keyClicks(editor.timeline.date_edit, "10/2025")
    qtbot.keyClicks(editor.timeline.text_edit, "Weight loss noticed")
    editor.scroll.ensureWidgetVisible(editor.timeline.add_button, 0, 200)
    qtbot.wait(300)
    save(window, out_dir / name("63-timeline-month"))
    window.shutdown()


@pytest.mark.parametrize(
    ("stem", "scan_name"), [("64-patient-check-id-only", "DEVI^SUNITA^^SMT"),
                            ("65-patient-check-strict", "DEVI^SUNITHA")]
)  # fmt: skip
def test_graded_patient_check(store, qtbot, out_dir, tmp_path, stem, scan_name):
    patient = Patient(
        name="Sunita Devi", sex=Sex.FEMALE, birth_date="1971-08-14", hospital_id="PHC-BST-22"
    )
    window, _ = open_case(store, qtbot, patient, fitted())
    district_ct(
        tmp_path / "CD", 6, patient=replace(SUNITA, name=scan_name, patient_id="CT-0098812")
    )
    dialog = import_to_patient_check(window, qtbot, tmp_path / "CD")
    from PySide6.QtWidgets import QApplication

    QApplication.primaryScreen().grabWindow(0).save(str(out_dir / name(stem)))
    dialog.patient_check.leave_out_button.click()
    qtbot.waitUntil(lambda: dialog.phase == "done", timeout=TIMEOUT_MS)
    window.shutdown()
