"""Switching language in Settings: every open window changes at once, without a restart, and
whatever is typed in the case editor stays (and is saved as typed)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from casework import first_run
from desktop import language
from local_store import cases
from tests.support.gui import new_case
from tests.support.languages import english as english

pytestmark = pytest.mark.gui


def choose_language(dialog, code):
    combo = dialog.findChild(type(dialog.target), "languageChoice")
    combo.setCurrentIndex(combo.findData(code))


def test_switching_to_hindi_in_settings_keeps_what_is_typed(english, window, qtbot, reopen):
    from desktop.views.settings_dialog import SettingsDialog

    editor = new_case(window, qtbot)
    name = editor.controls["patient.name"]
    sex = editor.controls["patient.sex"]
    qtbot.keyClicks(name, "Sunita Devi")
    sex.setCurrentIndex(sex.findData("F"))
    sex.activated.emit(sex.currentIndex())
    questions = editor.questions.editors()[0]
    qtbot.keyClicks(questions, "Is surgery possible?")
    name.setFocus()
    name.setCursorPosition(3)
    assert editor.has_unsaved  # still being typed: nothing saved yet

    dialog = SettingsDialog(window.store, window.executor, window.receiver.service, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded)
    choose_language(dialog, "hi")

    # The open windows speak Hindi at once: toolbar, case list header, editor sections...
    qtbot.wait(50)  # composed texts follow on the LanguageChange event
    assert window.new_button.text() == "+  नया केस"
    assert window.about_button.text() == "जानकारी / डेटा सुरक्षा"
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "मरीज़"
    assert editor.ready_button.text() == "भेजने के लिए तैयार करें"
    assert sex.currentText() == "महिला" and sex.currentData() == "F"
    # ... and nothing typed is lost, not even where the cursor was.
    assert name.text() == "Sunita Devi" and name.cursorPosition() == 3
    assert questions.toPlainText() == "Is surgery possible?"
    assert first_run.saved_language(window.store.data_dir) == "hi"
    assert QLocale().language() == QLocale.Language.Hindi

    editor.flush()
    qtbot.waitUntil(lambda: not editor.has_unsaved, timeout=5000)
    case = cases.get_case(reopen(), editor.case_id)
    assert case.patient.name == "Sunita Devi" and case.patient.sex.value == "F"
    assert case.referral.questions == ["Is surgery possible?"]

    # And back, the same way.
    choose_language(dialog, "en")
    assert window.new_button.text() == "+  New case"
    assert editor.ready_button.text() == "Mark ready to send"
    assert sex.currentText() == "Female"
    assert first_run.saved_language(window.store.data_dir) == "en"
    dialog.close()


def test_the_saved_language_is_used_at_the_next_start(english, tmp_path):
    from desktop.app import parse_args

    data_dir = tmp_path / "data"
    first_run.save_language(data_dir, "hi")
    args = parse_args(["--data-dir", str(data_dir)])
    # What run() does before any window: --lang wins, else the folder's saved choice.
    lang = args.lang or first_run.saved_language(data_dir)
    assert lang == "hi"
    translator = language.install(QApplication.instance(), lang)
    assert translator.loaded
    assert language.shown_language() == "hi"
