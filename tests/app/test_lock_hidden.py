"""The screen lock hides what it covers, it does not only lie over it: while locked no visible
widget of any window and nothing a screen reader or UI automation reaches names the patient or
tells the case, and nothing under the page takes the focus; the unlock gives everything back as
it was (the typed text with its cursor and selection, the focus, the viewer's image and zoom,
a dialog's own changes made meanwhile)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QVBoxLayout

from desktop.views.attachments import SeriesChoice
from local_store import cases, dicom_index, importer
from local_store.models import Patient, Referral
from testdata.dicom import SUNITA, ct_series
from tests.app.test_lock import main_page, unlock_with
from tests.conftest import TEST_PASSPHRASE
from tests.support.gui import new_case
from tests.support.screen_checks import accessible_texts, texts_shown

pytestmark = pytest.mark.gui

SUMMARY = "Breathless on climbing stairs for two weeks"
# What names the patient or tells the case: the name as typed and as the CT writes it, the
# clinic's patient number in the CT's tags, and the typed summary.
SECRETS = ("Sunita", "SUNITA", "PHC-BST-1021", "climbing stairs")
LOCKED_TITLE = "CaseBridge (locked)"


def mentioned(texts: list[str]) -> list[str]:
    return sorted({secret for secret in SECRETS for text in texts if secret in text})


def shown_titles() -> list[str]:
    return [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]


@pytest.fixture
def case_with_ct(store, tmp_path) -> str:
    case_id = cases.create_case(
        store, Patient(name="Sunita Devi"), referral=Referral(specialty="oncology")
    )
    ct_series(tmp_path / "cd", 4, size=64, patient=SUNITA)
    plan = importer.scan([tmp_path / "cd"], importer.new_work_dir(store))
    importer.run_import(store, case_id, plan, accept_other_patients=True)
    return case_id


def test_locked_windows_hide_the_case_and_the_unlock_gives_it_all_back(
    case_with_ct, window, qtbot, store
):
    editor = window.editor
    window.select_case(case_with_ct)
    qtbot.waitUntil(lambda: editor.case_id == case_with_ct, timeout=5000)
    # The CT in the viewer, on its third image and zoomed in, its tags open beside it.
    study = dicom_index.list_studies(store, case_with_ct)[0]
    editor.viewers.open(case_with_ct, SeriesChoice(study, study.series[0]))
    qtbot.waitUntil(lambda: bool(editor.viewers.windows), timeout=10_000)
    viewer = editor.viewers.windows[0]
    viewport = viewer.active
    qtbot.waitUntil(lambda: viewport.shown is not None, timeout=20_000)
    viewer.show_image(2)
    viewport.canvas.zoom_by(2.0)
    viewport.canvas.pan = QPointF(12, -7)
    tags = viewer.show_tags()
    assert tags is not None
    qtbot.waitExposed(tags)
    place = (viewport.position, viewport.slider.value(), viewport.canvas.zoom)
    viewer_title, tags_title = viewer.windowTitle(), tags.windowTitle()
    # Typing in the summary, one word of it selected, in the main window.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    summary = editor.controls["referral.clinical_summary"]
    summary.setFocus()
    qtbot.keyClicks(summary, SUMMARY)
    cursor = summary.textCursor()
    cursor.setPosition(14)
    cursor.setPosition(22, QTextCursor.MoveMode.KeepAnchor)
    summary.setTextCursor(cursor)
    assert summary.textCursor().selectedText() == "climbing"
    # Before the lock the same checks find all of it (so they can tell).
    assert mentioned(texts_shown()) == sorted(SECRETS)
    assert mentioned(accessible_texts()) == sorted(SECRETS)

    window.lock.lock_now()
    assert window.lock.locked
    qtbot.wait(50)  # anything the lock set off has run
    assert mentioned(texts_shown()) == []
    assert mentioned(accessible_texts()) == []
    assert set(shown_titles()) == {LOCKED_TITLE}
    assert not summary.isVisible() and not viewport.canvas.isVisible()
    assert not tags.tree.isVisible()
    assert main_page(window).isAncestorOf(QApplication.focusWidget())
    # The focus chain under the page is empty: Tab never leaves it.
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert main_page(window).isAncestorOf(QApplication.focusWidget())

    unlock_with(qtbot, window, TEST_PASSPHRASE)
    qtbot.waitUntil(lambda: not window.lock.locked, timeout=5000)
    assert QApplication.focusWidget() is summary
    assert summary.toPlainText() == SUMMARY
    assert summary.textCursor().selectedText() == "climbing"
    assert summary.textCursor().position() == 22
    assert (viewport.position, viewport.slider.value(), viewport.canvas.zoom) == place
    assert viewport.canvas.pan == QPointF(12, -7)
    assert tags.isVisible() and tags.tree.isVisible()
    assert (viewer.windowTitle(), tags.windowTitle()) == (viewer_title, tags_title)
    assert mentioned(texts_shown()) == sorted(SECRETS)
    assert mentioned(accessible_texts()) == sorted(SECRETS)
    # Typing goes on where it stopped, and all of it is saved.
    summary.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(summary, ", worse at night")
    qtbot.waitUntil(lambda: not editor.has_unsaved, timeout=5000)
    saved = cases.get_case(store, case_with_ct).referral.clinical_summary
    assert saved == SUMMARY + ", worse at night"


def test_a_half_typed_field_keeps_its_selection_and_is_not_finished_by_the_lock(window, qtbot):
    editor = new_case(window, qtbot)
    name = editor.controls["patient.name"]
    name.setFocus()
    qtbot.keyClicks(name, "Lakshmi Ba")
    name.setSelection(0, 7)
    finished: list[str] = []
    name.editingFinished.connect(lambda: finished.append(name.text()))

    window.lock.lock_now()
    assert window.lock.locked
    assert not name.isVisible()
    assert finished == []  # leaving for the lock page does not end the editing
    unlock_with(qtbot, window, TEST_PASSPHRASE)
    qtbot.waitUntil(lambda: not window.lock.locked, timeout=5000)

    assert QApplication.focusWidget() is name
    assert (name.text(), name.selectedText(), name.cursorPosition()) == ("Lakshmi Ba", "Lakshmi", 7)
    assert finished == []
    name.end(False)
    qtbot.keyClicks(name, "i")
    assert name.text() == "Lakshmi Bai"


def test_a_dialog_changed_while_locked_shows_its_changes_only_after_the_unlock(window, qtbot):
    dialog = QDialog(window)
    dialog.setWindowTitle("Export: Sunita Devi")
    dialog.setToolTip("Copying Sunita Devi's case")
    dialog.setAccessibleName("Export of Sunita Devi's case")
    layout = QVBoxLayout(dialog)
    progress = QLabel("Copying the case of Sunita Devi…")
    done = QLabel("Sunita Devi's case is on the USB stick.")
    cancel = QPushButton("Cancel")
    for widget in (progress, done, cancel):
        layout.addWidget(widget)
    done.hide()
    qtbot.addWidget(dialog)
    dialog.resize(420, 200)
    dialog.show()
    qtbot.waitExposed(dialog)

    window.lock.lock_now()
    assert dialog.windowTitle() == LOCKED_TITLE
    assert (dialog.toolTip(), dialog.accessibleName()) == ("", "")
    # Its job ends while locked: its code says so and hides what no longer applies.
    progress.hide()
    cancel.setVisible(False)
    done.show()
    dialog.adjustSize()
    assert not done.isVisible()
    assert mentioned(texts_shown()) == []
    assert mentioned(accessible_texts()) == []

    unlock_with(qtbot, window, TEST_PASSPHRASE)
    qtbot.waitUntil(lambda: not window.lock.locked, timeout=5000)
    assert done.isVisible()
    assert progress.isHidden() and cancel.isHidden()
    assert dialog.windowTitle() == "Export: Sunita Devi"
    assert dialog.toolTip() == "Copying Sunita Devi's case"
    assert dialog.accessibleName() == "Export of Sunita Devi's case"
    # Hidden later by its own code, a widget hides as it always does.
    done.hide()
    assert done.isHidden()


def test_a_cine_playing_side_by_side_goes_on_in_step_while_locked(window, qtbot, tmp_path):
    from desktop.viewers.dicom_viewer import DicomViewerWindow
    from tests.support.series_inputs import series_of

    viewer = DicomViewerWindow([series_of(ct_series(tmp_path / "ct", 4, size=64), "Chest", "CT")])
    qtbot.addWidget(viewer)
    viewer.show()
    left, right = viewer.viewports
    viewer.compare_action.trigger()
    viewer.sync_action.trigger()
    qtbot.waitUntil(lambda: left.shown is not None and right.shown is not None, timeout=20_000)
    viewer.toggle_cine(True)

    window.lock.lock_now()
    assert window.lock.locked and not left.canvas.isVisible()
    for _ in range(2):
        at = left.position
        qtbot.waitUntil(lambda at=at: left.position != at, timeout=5000)
        assert right.position == left.position  # the second series follows, out of sight
    unlock_with(qtbot, window, TEST_PASSPHRASE)
    qtbot.waitUntil(lambda: not window.lock.locked, timeout=5000)
    assert left.playing and right.isVisible()
    viewer.close()
