"""Typing a case into the editor, autosave, validation next to fields, reading it back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.views.case_editor import NO_AGE
from local_store import cases
from tests.gui.conftest import new_case
from wording.cases import FIELD, PROBLEM


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


def test_age_spinbox_clamps_and_store_rejects_out_of_range(window, qtbot, reopen):
    editor = new_case(window, qtbot)
    age = editor.controls["patient.age_years"]
    age.setValue(200)
    assert age.value() == 130  # the spin box cannot even show an impossible age
    wait_saved(qtbot, editor)
    assert cases.get_case(reopen(), editor.case_id).patient.age_years == 130
    # A value that bypasses the spin box is still refused by the store, shown next to the field.
    editor.queue_change("patient.age_years", 200)
    editor.flush()
    row = editor.rows["patient.age_years"]
    qtbot.waitUntil(lambda: row.problem.isVisible())
    assert row.problem.text() == PROBLEM["out_of_range"]
    assert editor.banner.isVisible()


def test_age_and_birth_date_exclude_each_other(window, qtbot, reopen):
    editor = new_case(window, qtbot)
    age = editor.controls["patient.age_years"]
    age.setValue(45)
    wait_saved(qtbot, editor)
    qtbot.keyClicks(editor.controls["patient.birth_date"], "1980-01-31")
    assert age.value() == NO_AGE
    wait_saved(qtbot, editor)
    patient = cases.get_case(reopen(), editor.case_id).patient
    assert (patient.birth_date, patient.age_years) == ("1980-01-31", None)
    age.setValue(46)
    assert editor.controls["patient.birth_date"].text() == ""
    wait_saved(qtbot, editor)
    patient = cases.get_case(reopen(), editor.case_id).patient
    assert (patient.birth_date, patient.age_years) == (None, 46)


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
    c["patient.age_years"].setValue(62)
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
