"""Typing a case into the editor, autosave, validation next to fields, reading it back."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from local_store import cases
from tests.support.gui import new_case
from wording.cases import FIELD, PROBLEM

pytestmark = pytest.mark.gui


def wait_saved(qtbot, editor):
    qtbot.waitUntil(lambda: not editor.has_unsaved, timeout=5000)


def choose(combo, code):
    index = combo.findData(code)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_new_case_typed_autosaved_found_and_read_back(window, qtbot, reopen):
    editor = new_case(window, qtbot)
    c = editor.controls
    qtbot.keyClicks(c["patient.name"], "Sunita Devi")
    qtbot.keyClicks(c["patient.hospital_id"], "PHC-1021")
    qtbot.keyClicks(c["patient.birth_date"], "1968-07-21")
    qtbot.keyClicks(c["patient.phone"], "+91 98765 43210")
    choose(c["patient.sex"], "F")
    choose(c["referral.specialty"], "oncology")
    choose(c["referral.urgency"], "urgent")
    qtbot.keyClicks(editor.questions.editors()[0], "Is surgery possible, or only chemotherapy?")
    editor.questions.add_button.click()
    qtbot.keyClicks(editor.questions.editors()[1], "Is a PET-CT needed before deciding?")
    qtbot.keyClicks(c["referral.clinical_summary"], "Hard lump left breast for 3 months.")
    assert editor.save_indicator.text() == "Saving…"
    wait_saved(qtbot, editor)
    assert "Saved" in editor.save_indicator.text()
    assert editor.title.text() == "Sunita Devi"

    qtbot.keyClicks(window.search, "sunita")
    assert window.proxy.rowCount() == 1
    assert window.proxy.index(0, 0).data() == "Sunita Devi"
    window.search.clear()
    qtbot.keyClicks(window.search, "phc-1021")
    assert window.proxy.rowCount() == 1

    again = reopen()
    case = cases.get_case(again, editor.case_id)
    assert case.patient.name == "Sunita Devi"
    assert case.patient.hospital_id == "PHC-1021"
    assert case.patient.birth_date == "1968-07-21"
    assert case.patient.sex.value == "F"
    assert case.patient.phone == "+91 98765 43210"
    assert case.referral.specialty == "oncology"
    assert case.referral.urgency.value == "urgent"
    assert case.referral.questions == [
        "Is surgery possible, or only chemotherapy?",
        "Is a PET-CT needed before deciding?",
    ]
    assert case.referral.clinical_summary == "Hard lump left breast for 3 months."


def test_case_count_follows_new_cases_and_searches(window, qtbot):
    assert window.count_label.text() == "Cases: 0"
    editor = new_case(window, qtbot)
    assert window.count_label.text() == "Cases: 1"
    qtbot.keyClicks(editor.controls["patient.name"], "Asha Kumari")
    wait_saved(qtbot, editor)
    new_case(window, qtbot)
    assert window.count_label.text() == "Cases: 2"
    qtbot.keyClicks(window.search, "asha")
    assert window.count_label.text() == "Showing 1 of 2 cases"


def test_saved_case_is_shown_again_when_reopened(window, qtbot):
    editor = new_case(window, qtbot)
    first = editor.case_id
    qtbot.keyClicks(editor.controls["patient.name"], "Ramesh Kumar")
    wait_saved(qtbot, editor)
    new_case(window, qtbot)
    qtbot.waitUntil(lambda: editor.case_id != first)
    assert editor.controls["patient.name"].text() == ""
    window.select_case(first)
    qtbot.waitUntil(lambda: editor.case_id == first)
    assert editor.controls["patient.name"].text() == "Ramesh Kumar"


def test_future_birth_date_shown_next_to_field_and_not_stored(window, qtbot, reopen):
    editor = new_case(window, qtbot)
    qtbot.keyClicks(editor.controls["patient.birth_date"], "2999-01-01")
    row = editor.rows["patient.birth_date"]
    qtbot.waitUntil(lambda: row.problem.isVisible())
    assert row.problem.text() == PROBLEM["future_date"]
    assert cases.get_case(reopen(), editor.case_id).patient.birth_date is None
    # Correcting it clears the message.
    editor.controls["patient.birth_date"].clear()
    qtbot.keyClicks(editor.controls["patient.birth_date"], "1990-05-04")
    qtbot.waitUntil(lambda: not row.problem.isVisible())


def test_an_impossible_age_stays_as_typed_and_is_explained_next_to_it(window, qtbot, reopen):
    editor = new_case(window, qtbot)
    age = editor.controls["patient.age_years"]
    qtbot.keyClicks(age, "300")
    assert age.text() == "300"  # no digit silently dropped
    editor.flush()
    row = editor.rows["patient.age_years"]
    qtbot.waitUntil(lambda: row.problem.isVisible())
    assert row.problem.text() == PROBLEM["out_of_range"]
    assert editor.banner.isVisible()
    assert age.text() == "300"
    assert cases.get_case(reopen(), editor.case_id).patient.age_years is None
    # Words are explained too, and a corrected age is saved and clears the message.
    age.clear()
    qtbot.keyClicks(age, "forty")
    editor.flush()
    qtbot.waitUntil(lambda: row.problem.text() == PROBLEM["invalid_age"])
    age.clear()
    qtbot.keyClicks(age, "30")
    wait_saved(qtbot, editor)
    qtbot.waitUntil(lambda: not row.problem.isVisible())
    assert cases.get_case(reopen(), editor.case_id).patient.age_years == 30


def test_age_and_birth_date_never_erase_each_other_and_their_relation_is_shown(
    window, qtbot, reopen
):
    editor = new_case(window, qtbot)
    age, birth = editor.controls["patient.age_years"], editor.controls["patient.birth_date"]
    hint = editor.rows["patient.age_years"].hint
    qtbot.keyClicks(age, "45")
    wait_saved(qtbot, editor)
    assert not hint.isVisible()
    born = date(date.today().year - 40, 1, 1)
    qtbot.keyClicks(birth, born.strftime("%d/%m/%Y"))
    assert age.text() == "45"  # still there
    assert hint.isVisible() and "40 years" in hint.text()  # and the disagreement is shown
    wait_saved(qtbot, editor)
    patient = cases.get_case(reopen(), editor.case_id).patient
    assert (patient.birth_date, patient.age_years) == (born.isoformat(), 45)
    age.clear()
    qtbot.keyClicks(age, "40")
    assert not hint.isVisible()  # they agree
    age.clear()
    age.textEdited.emit("")
    assert birth.text() == born.strftime("%d/%m/%Y")  # still there
    assert "40 years" in hint.text()  # what the date of birth says, shown
    wait_saved(qtbot, editor)
    patient = cases.get_case(reopen(), editor.case_id).patient
    assert (patient.birth_date, patient.age_years) == (born.isoformat(), None)


def test_dates_typed_day_month_year_are_read_back_in_words_and_kept(window, qtbot, reopen):
    editor = new_case(window, qtbot)
    birth = editor.controls["patient.birth_date"]
    qtbot.keyClicks(birth, "05/10/1968")
    box = editor.rows["patient.birth_date"].control
    assert box.read_as.isVisible() and box.read_as.text() == "Read as: 5 Oct 1968"
    wait_saved(qtbot, editor)
    assert not editor.rows["patient.birth_date"].problem.isVisible()
    assert cases.get_case(reopen(), editor.case_id).patient.birth_date == "1968-10-05"
    # Opened again, the date is shown the clinic's way.
    first = editor.case_id
    new_case(window, qtbot)
    window.select_case(first)
    qtbot.waitUntil(lambda: editor.case_id == first)
    qtbot.waitUntil(lambda: birth.text() == "05/10/1968")
    assert box.read_as.text() == "Read as: 5 Oct 1968"
    # A date the reader cannot take is explained in the clinic's format.
    birth.clear()
    qtbot.keyClicks(birth, "31/02/1968")
    assert not box.read_as.isVisible()
    editor.flush()
    row = editor.rows["patient.birth_date"]
    qtbot.waitUntil(lambda: row.problem.isVisible())
    assert row.problem.text() == PROBLEM["invalid_date"]
    assert "15/03/2024" in PROBLEM["invalid_date"]


def test_a_date_picked_on_the_calendar_is_written_and_saved(window, qtbot, reopen):
    from PySide6.QtCore import QDate

    editor = new_case(window, qtbot)
    at = editor.controls["consent.at"]
    box = editor.rows["consent.at"].control
    box.calendar_button.click()
    calendar = box.calendar
    assert calendar is not None and calendar.isVisible()
    assert calendar.maximumDate() == QDate.currentDate()  # no future dates offered
    calendar.clicked.emit(QDate(2026, 1, 15))
    assert at.text() == "15/01/2026"
    assert box.read_as.text() == "Read as: 15 Jan 2026"
    wait_saved(qtbot, editor)
    assert cases.get_case(reopen(), editor.case_id).consent.at == "2026-01-15"


def test_mark_ready_shows_every_missing_item_next_to_its_field(window, qtbot):
    editor = new_case(window, qtbot)
    choose(editor.controls["consent.initiated_by"], "doctor")
    editor.ready_button.click()
    expected = {
        "patient.name": "required",
        "patient.birth_date": "birth_date_or_age_required",
        "referral.specialty": "required",
        "referral.questions": "required",
        "consent.given_by": "required",
        "consent.method": "explicit_consent_required",
        "consent.at": "required",
    }
    qtbot.waitUntil(lambda: editor.rows["patient.name"].problem.isVisible())
    for path, code in expected.items():
        row = editor.rows[path]
        assert row.problem.isVisible(), path
        assert row.problem.text() == PROBLEM[code], path
        assert row.label.text() == FIELD[path]
    assert "missing or wrong: 7" in editor.banner.text()
    assert editor.case.status.value == "draft"


def test_mark_ready_succeeds_when_complete(window, qtbot, reopen):
    editor = new_case(window, qtbot)
    c = editor.controls
    qtbot.keyClicks(c["patient.name"], "Lakshmi Narayanan")
    qtbot.keyClicks(c["patient.age_years"], "62")
    choose(c["referral.specialty"], "neurology")
    qtbot.keyClicks(editor.questions.editors()[0], "Is this a stroke or a tumour?")
    qtbot.keyClicks(c["consent.given_by"], "Lakshmi Narayanan")
    choose(c["consent.method"], "written")
    editor.consent_today_button.click()
    editor.ready_button.click()
    qtbot.waitUntil(lambda: editor.case.status.value == "ready")
    assert not editor.ready_button.isVisible()
    assert cases.get_case(reopen(), editor.case_id).status.value == "ready"
    row = window.model.row_of(editor.case_id)
    assert window.model.index(row, 3).data() == "Ready to send"


def test_typing_then_closing_at_once_saves_everything(window, qtbot, reopen):
    editor = new_case(window, qtbot)
    case_id = editor.case_id
    qtbot.keyClicks(editor.controls["patient.name"], "Mohan Lal")
    qtbot.keyClicks(editor.controls["referral.allergies"], "Penicillin (rash)")
    assert editor.has_unsaved  # the debounce has not fired yet
    window.close()
    case = cases.get_case(reopen(), case_id)
    assert case.patient.name == "Mohan Lal"
    assert case.referral.allergies == "Penicillin (rash)"


def test_focus_leaving_the_editor_saves_at_once(window, qtbot, reopen):
    editor = new_case(window, qtbot)
    window.activateWindow()
    editor.controls["patient.name"].setFocus()
    qtbot.keyClicks(editor.controls["patient.name"], "Anita")
    window.search.setFocus()
    # Whether or not the platform delivers focus events, leaving a field also flushes.
    editor.controls["patient.name"].editingFinished.emit()
    qtbot.waitUntil(lambda: not editor.has_unsaved, timeout=500)
    assert cases.get_case(reopen(), editor.case_id).patient.name == "Anita"


def test_timeline_add_change_delete(window, qtbot, reopen, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    editor = new_case(window, qtbot)
    tl = editor.timeline
    qtbot.keyClicks(tl.date_edit, "2025-11-02")
    qtbot.keyClicks(tl.text_edit, "Cough with blood began")
    tl.add_button.click()
    qtbot.waitUntil(lambda: tl.table.rowCount() == 1)
    qtbot.keyClicks(tl.date_edit, "2025-10-01")
    qtbot.keyClicks(tl.text_edit, "Weight loss noticed")
    qtbot.keyClicks(tl.text_edit, "")
    qtbot.keyClick(tl.text_edit, Qt.Key.Key_Return)
    tl.add_button.click()
    qtbot.waitUntil(lambda: tl.table.rowCount() == 2)
    assert tl.table.item(0, 1).text() == "Weight loss noticed"  # ordered by date

    tl.table.selectRow(1)
    tl.change_button.click()
    tl.text_edit.setText("Cough with blood began, worse at night")
    tl.add_button.click()
    qtbot.waitUntil(lambda: tl.table.item(1, 1).text().endswith("night"))

    # A future date is refused and explained next to the date box.
    qtbot.keyClicks(tl.date_edit, "2999-01-01")
    qtbot.keyClicks(tl.text_edit, "Typing mistake")
    tl.add_button.click()
    qtbot.waitUntil(lambda: tl.date_row.problem.isVisible())
    assert tl.date_row.problem.text() == PROBLEM["future_date"]

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tl.table.selectRow(0)
    tl.delete_button.click()
    qtbot.waitUntil(lambda: tl.table.rowCount() == 1)
    from local_store import timeline

    entries = timeline.list_entries(reopen(), editor.case_id)
    assert [e.text for e in entries] == ["Cough with blood began, worse at night"]


def test_a_symptom_onset_may_be_only_a_month_and_is_shown_in_words(window, qtbot, reopen):
    editor = new_case(window, qtbot)
    tl = editor.timeline
    qtbot.keyClicks(tl.date_edit, "02/11/2025")
    qtbot.keyClicks(tl.text_edit, "Fever")
    tl.add_button.click()
    qtbot.waitUntil(lambda: tl.table.rowCount() == 1)
    qtbot.keyClicks(tl.date_edit, "10/2025")
    assert tl.date_box.read_as.text() == "Read as: Oct 2025"
    qtbot.keyClicks(tl.text_edit, "Cough began")
    tl.add_button.click()
    qtbot.waitUntil(lambda: tl.table.rowCount() == 2)
    assert [tl.table.item(r, 0).text() for r in range(2)] == ["Oct 2025", "2 Nov 2025"]
    tl.table.selectRow(0)
    tl.change_button.click()
    assert tl.date_edit.text() == "10/2025"  # back in the box the way it was typed


def test_a_question_for_the_specialist_can_take_several_lines(window, qtbot, reopen):
    editor = new_case(window, qtbot)
    box = editor.questions.editors()[0]
    qtbot.keyClicks(box, "Is this TB or a tumour?")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "Sputum was negative twice; weight loss 6 kg in 2 months.")
    wait_saved(qtbot, editor)
    # The box shows more than one line, so the whole question can be read while typing.
    assert box.height() >= 3 * box.fontMetrics().lineSpacing()
    assert cases.get_case(reopen(), editor.case_id).referral.questions == [
        "Is this TB or a tumour?\nSputum was negative twice; weight loss 6 kg in 2 months."
    ]


def test_the_banner_appearing_and_going_does_not_move_the_fields(window, qtbot):
    editor = new_case(window, qtbot)
    first = editor.controls["patient.name"]

    def first_field_y() -> int:
        QApplication.processEvents()
        return first.mapTo(editor, QPoint(0, 0)).y()

    before = first_field_y()
    assert not editor.banner.isVisible()
    age = editor.controls["patient.age_years"]
    qtbot.keyClicks(age, "300")
    editor.flush()
    qtbot.waitUntil(lambda: editor.banner.isVisible())
    assert first_field_y() == before
    age.clear()
    qtbot.keyClicks(age, "30")
    editor.flush()
    qtbot.waitUntil(lambda: not editor.banner.isVisible())
    assert first_field_y() == before
