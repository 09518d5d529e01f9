"""Real windows on a real display (Xvfb + xcb), saved as PNGs for people to look at.

Run: xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \
       pytest -m screenshot tests/cases/test_screens.py
PNGs go to artifacts/screens/. The README's picture is a copy of 02-main-window.png, refreshed
by hand (a test run should not rewrite tracked files).
"""

from __future__ import annotations

from PIL import Image

from local_store.store import Store
from tests.conftest import TEST_PASSPHRASE
from tests.support.screen_checks import save
from tests.support.screens import SCREENSHOT, open_window, seed

pytestmark = SCREENSHOT


def test_empty_main_window(store, qtbot, out_dir):
    window = open_window(store, qtbot)
    qtbot.wait(200)
    save(
        window,
        out_dir / "01-main-window-empty.png",
        shows=[window.new_button, window.search, window.empty_label],
        says=["No cases yet.", "New case"],
    )
    window.shutdown()


def test_main_window_with_cases_and_editor(store, qtbot, out_dir, tmp_path):
    main = seed(store)
    window = open_window(store, qtbot)
    window.select_case(main)
    qtbot.waitUntil(lambda: window.editor.case_id == main)
    qtbot.wait(300)
    save(
        window,
        out_dir / "02-main-window.png",
        shows=[window.table, window.editor, window.new_button],
        says=["Sunita Devi", "Ramesh Kumar Yadav", "Mohammed Iqbal Ansari", "PHC-BST-1021"],
    )

    editor = window.editor
    report = tmp_path / "Biopsy report - district hospital.pdf"
    report.write_bytes(b"%PDF-1.4\n%" + b"r" * 180_000 + b"\n%%EOF\n")
    photo = tmp_path / "Discharge summary (phone photo).jpg"
    Image.new("RGB", (1600, 1200), (230, 225, 210)).save(photo)
    dialog = editor.attachments.add_files([report, photo])
    qtbot.waitUntil(lambda: dialog.phase == "done", timeout=20_000)
    dialog.close_button.click()
    qtbot.waitUntil(lambda: editor.attachments.list.topLevelItemCount() == 2, timeout=20_000)
    qtbot.wait(200)  # the list grows to fit its rows; scroll once the layout has followed
    # The timeline and the attachments are what this picture is for (the bottom of the editor
    # now holds the documents and the checklist).
    editor.scroll.ensureWidgetVisible(editor.attachments.tree)
    qtbot.wait(300)
    save(
        window,
        out_dir / "03-editor-timeline-attachments.png",
        shows=[editor.attachments.tree, editor.attachments.add_button],
        says=["Biopsy report - district hospital.pdf", "Discharge summary (phone photo).jpg"],
    )

    editor.scroll.ensureWidgetVisible(editor.rows["referral.specialty"])
    qtbot.wait(200)
    save(
        window,
        out_dir / "04-editor-clinical.png",
        shows=[editor.rows["referral.specialty"]],
        says=["Carcinoma left breast, suspected stage IIB"],
    )

    qtbot.keyClicks(window.search, "oncology")
    qtbot.wait(200)
    save(
        window,
        out_dir / "05-search.png",
        shows=[window.search, window.table],
        says=["oncology", "Sunita Devi"],
    )
    window.shutdown()


def test_validation_state(store, qtbot, out_dir):
    seed(store)
    window = open_window(store, qtbot)
    window.new_button.click()
    qtbot.waitUntil(lambda: window.editor.case_id is not None and window.new_button.isEnabled())
    editor = window.editor
    qtbot.keyClicks(editor.controls["patient.birth_date"], "2031-02-30")
    editor.flush()
    qtbot.waitUntil(lambda: editor.rows["patient.birth_date"].problem.isVisible())
    combo = editor.controls["consent.initiated_by"]
    combo.setCurrentIndex(combo.findData("health_worker"))
    combo.activated.emit(combo.currentIndex())
    editor.ready_button.click()
    qtbot.waitUntil(lambda: editor.rows["patient.name"].problem.isVisible())
    editor.scroll.verticalScrollBar().setValue(0)
    qtbot.wait(300)
    save(
        window,
        out_dir / "06-validation.png",
        shows=[editor.rows["patient.name"].problem, editor.rows["patient.birth_date"].problem],
        says=["2031-02-30"],
    )
    editor.scroll.ensureWidgetVisible(editor.rows["consent.at"])
    qtbot.wait(200)
    save(
        window,
        out_dir / "07-validation-consent.png",
        shows=[editor.rows["consent.at"]],
        says=[],
    )
    window.shutdown()


def test_unlock_and_choose_dialogs(store, data_dir, qtbot, out_dir, tmp_path):
    from desktop.views.unlock import ChoosePassphraseDialog, UnlockDialog

    store.close()
    dialog = UnlockDialog(lambda p: Store.open(data_dir, passphrase=p))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.passphrase, "wrong guess")
    dialog.accept()
    qtbot.wait(200)
    save(
        dialog,
        out_dir / "08-unlock-wrong-passphrase.png",
        shows=[dialog.passphrase, dialog.error],
        says=[],
    )
    dialog.passphrase.setText(TEST_PASSPHRASE)
    dialog.accept()
    dialog.store.close()

    choose = ChoosePassphraseDialog(lambda p: Store.open(tmp_path / "new", passphrase=p))
    qtbot.addWidget(choose)
    choose.show()
    qtbot.waitExposed(choose)
    qtbot.keyClicks(choose.first, "short")
    choose.accept()
    qtbot.wait(200)
    save(choose, out_dir / "09-choose-passphrase.png", shows=[choose.first], says=[])


def test_about_dialog(store, qtbot, out_dir):
    from desktop.views.about import AboutDialog

    dialog = AboutDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(200)
    save(dialog, out_dir / "10-about.png", shows=[dialog.folder], says=["CaseBridge"])


def test_hindi_main_window(store, qtbot, out_dir):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from desktop.app import install_translator

    app = QApplication.instance()
    translator = install_translator(app, "hi")
    try:
        main = seed(store)
        window = open_window(store, qtbot)
        window.select_case(main)
        qtbot.waitUntil(lambda: window.editor.case_id == main)
        qtbot.wait(300)
        save(
            window,
            out_dir / "11-main-window-hindi.png",
            shows=[window.table, window.editor, window.new_button],
            says=["Sunita Devi", "PHC-BST-1021"],
        )
        window.shutdown()
    finally:
        if translator is not None:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))
