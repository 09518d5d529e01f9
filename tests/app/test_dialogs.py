"""Unlock and choose-passphrase dialogs, the About dialog, start-up errors."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from local_store.store import Store
from tests.conftest import TEST_PASSPHRASE
from wording.store import ERROR, PROTECTION

pytestmark = pytest.mark.gui


def test_unlock_wrong_then_right_passphrase(store, data_dir, qtbot):
    from desktop.views.unlock import UnlockDialog

    store.close()
    opened = []

    def opener(passphrase):
        s = Store.open(data_dir, passphrase=passphrase)
        opened.append(s)
        return s

    dialog = UnlockDialog(opener)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error.isVisible()
    assert dialog.error.text() == ERROR["wrong_passphrase"]
    assert dialog.store is None
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, TEST_PASSPHRASE)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.store is opened[0]
    dialog.store.close()


def test_choose_passphrase_checks_length_and_match(tmp_path, qtbot):
    from desktop.views.unlock import ChoosePassphraseDialog

    folder = tmp_path / "new"
    dialog = ChoosePassphraseDialog(lambda p: Store.open(folder, passphrase=p))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "keyring" in dialog.findChildren(type(dialog.error))[1].text()
    qtbot.keyClicks(dialog.first, "short")
    qtbot.keyClicks(dialog.second, "short")
    dialog.accept()
    assert dialog.error.text() == ERROR["passphrase_too_short"]
    dialog.first.setText("a long passphrase")
    dialog.second.setText("a different one!")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "not the same" in dialog.error.text()
    dialog.second.setText("a long passphrase")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.store.protection.kind.value == "passphrase"
    dialog.store.close()
    Store.open(folder, passphrase="a long passphrase").close()


def test_about_names_passphrase_protection(store, qtbot):
    from desktop.views.about import AboutDialog

    dialog = AboutDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.protection_text.text() == PROTECTION["passphrase"]
    assert dialog.folder.text() == str(store.data_dir)


def test_about_names_keyring_backend(tmp_path, memory_keyring, qtbot):
    from desktop.views.about import AboutDialog

    with Store.open(tmp_path / "k", keyring_backend=memory_keyring) as s:
        dialog = AboutDialog(s)
        qtbot.addWidget(dialog)
        text = dialog.protection_text.text()
        assert "secure keyring" in text
        assert "MemoryKeyring" in text


def test_about_button_opens_dialog(window, qtbot, monkeypatch):
    from desktop.views import about

    shown = []
    monkeypatch.setattr(about.AboutDialog, "exec", lambda self: shown.append(self) or 0)
    window.about_button.click()
    assert shown and "encrypted" in shown[0].protection_text.text()


def test_open_store_uses_env_passphrase(store, data_dir, monkeypatch, qtbot):
    from desktop.app import open_store

    store.close()
    monkeypatch.setenv("CASEBRIDGE_PASSPHRASE", TEST_PASSPHRASE)
    opened = open_store(data_dir, interactive=False)
    assert opened is not None
    opened.close()


def test_startup_error_is_a_sentence_not_a_traceback(store, data_dir, monkeypatch, capsys, qtbot):
    from desktop.app import open_store

    store.close()
    (data_dir / "keyfile.json").unlink()
    monkeypatch.setenv("CASEBRIDGE_PASSPHRASE", TEST_PASSPHRASE)
    assert open_store(data_dir, interactive=False) is None
    err = capsys.readouterr().err
    assert ERROR["secret_missing"] in err
    assert "Traceback" not in err


def test_empty_state_then_list(window, qtbot):
    assert window.left.currentWidget() is window.empty_label
    assert "No cases yet" in window.empty_label.text()
    window.new_button.click()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.left.currentIndex() == 1


def test_hindi_translation_loads_with_lang_option(store, qtbot):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from desktop.app import install_translator
    from desktop.views.main_window import MainWindow
    from desktop.words import tr_status

    app = QApplication.instance()
    translator = install_translator(app, "hi")
    try:
        assert translator is not None
        win = MainWindow(store)
        qtbot.addWidget(win)
        assert win.new_button.text() == "+  नया केस"
        assert win.model.headerData(0, Qt.Orientation.Horizontal) == "मरीज़"
        assert tr_status("draft") == "मसौदा"
        win.shutdown()
    finally:
        app.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))
    assert tr_status("draft") == "Draft"
