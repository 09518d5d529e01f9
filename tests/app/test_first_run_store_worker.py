"""The first-run wizard makes the encrypted store off the GUI thread, offscreen: while the key
is derived and the database keyed the window keeps handling events, says what it is doing and
holds its buttons, and the store made there then serves the wizard's own executor."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer

from local_store import recovery
from local_store.store import Store
from tests.support.languages import english as english

pytestmark = pytest.mark.gui

PASSPHRASE = "neem tree by the well"


def test_the_window_keeps_working_while_the_store_is_made(
    english, qtbot, tmp_path, memory_keyring, monkeypatch
):
    from desktop.views.first_run import pages
    from desktop.views.first_run.recovery_page import RecoveryKeyPage
    from desktop.views.first_run.wizard import FirstRunWizard

    data_dir = tmp_path / "fresh"
    wizard = FirstRunWizard(data_dir, keyring_backend=memory_keyring)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.next_button.click()  # English
    wizard.page.clinic.click()
    wizard.next_button.click()
    protection = wizard.page
    assert isinstance(protection, pages.ProtectionPage)
    protection.use_passphrase.setChecked(True)
    protection.first.setText(PASSPHRASE)
    protection.second.setText(PASSPHRASE)

    # Making the store is held open until the test has looked at the window meanwhile.
    gui_thread = threading.get_ident()
    making: dict[str, int] = {}
    release = threading.Event()
    real_open = Store.open

    def open_held(cls, data_dir, **kwargs):
        making["thread"] = threading.get_ident()
        release.wait(30)
        return real_open(data_dir, **kwargs)

    monkeypatch.setattr(Store, "open", classmethod(open_held))
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    try:
        wizard.next_button.click()
        qtbot.waitUntil(lambda: "thread" in making, timeout=10_000)
        assert making["thread"] != gui_thread
        before = len(ticks)
        qtbot.wait(200)
        assert len(ticks) > before + 5  # the GUI thread runs its timers while the store is made
        assert protection.status.isVisible()
        assert protection.status.text() == "Setting up the encrypted store…"
        assert not wizard.next_button.isEnabled()
        assert not wizard.leave_button.isEnabled()
        assert not protection.first.isEnabled()
        assert wizard.store is None
    finally:
        release.set()
        timer.stop()

    qtbot.waitUntil(lambda: isinstance(wizard.page, RecoveryKeyPage), timeout=30_000)
    assert wizard.store is not None and not protection.status.isVisible()
    assert protection.first.text() == "" and protection.second.text() == ""
    # The store made on the worker serves the wizard's executor: the recovery key is saved.
    wizard.page.panel.written.setChecked(True)
    wizard.next_button.click()
    qtbot.waitUntil(lambda: isinstance(wizard.page, pages.DetailsPage), timeout=10_000)
    assert recovery.has_recovery_key(data_dir)


def test_a_store_that_cannot_be_made_is_said_and_the_buttons_come_back(
    english, qtbot, tmp_path, memory_keyring
):
    from desktop.views.first_run import pages
    from desktop.views.first_run.wizard import FirstRunWizard
    from desktop.words import tr_error

    data_dir = tmp_path / "fresh"
    wizard = FirstRunWizard(data_dir, keyring_backend=memory_keyring)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.next_button.click()
    wizard.page.clinic.click()
    wizard.next_button.click()
    protection = wizard.page
    assert isinstance(protection, pages.ProtectionPage)
    protection.use_passphrase.setChecked(True)
    protection.first.setText(PASSPHRASE)
    protection.second.setText(PASSPHRASE)
    # A database without its key file: never keyed anew, refused with the store's own words.
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "casebridge.db").write_bytes(b"not a database")
    wizard.next_button.click()
    qtbot.waitUntil(protection.problem.isVisible, timeout=10_000)
    assert protection.problem.text() == tr_error("secret_missing")
    assert wizard.next_button.isEnabled() and protection.first.isEnabled()
    assert not protection.status.isVisible()
    assert wizard.store is None and isinstance(wizard.page, pages.ProtectionPage)
