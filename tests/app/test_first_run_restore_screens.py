"""A clinic whose computer broke restores onto a new one from the first-run wizard, as a real
window under Xvfb at 1024x600: a real backup of a real store with three cases
(``tests.support.backed_up``), a fresh data folder, "Restore from a backup" on the second page,
the backup folder chosen and what it holds said, the recovery key typed in small letters with
spaces, the progress with the time left, a Cancel that leaves no store, then the restore to the
end and the restored cases in the main window. Every page is checked for clipped text.

Run: xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb pytest -m screenshot \
tests/app/test_first_run_restore_screens.py. PNGs go to artifacts/screens/ (first-run-restore-*).
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QFileDialog

from casework import first_run
from local_store import folder_config, recovery
from local_store.backup import restore as restore_module
from local_store.store import folder_holds_store
from tests.app.test_first_run_screens import click, main_window, open_wizard, page_check
from tests.support.backed_up import broken_clinic
from tests.support.languages import english as english
from tests.support.screen_checks import save, scroll_into_view
from tests.support.screens import SCREENSHOT
from tests.support.screens import out_dir as out_dir

pytestmark = [*SCREENSHOT, pytest.mark.timeout(180)]


class HeldCopies:
    """Holds the restore's worker thread just before it copies its n-th file, until the test
    lets it go on, so the screen can be looked at mid-restore (and cancelled there)."""

    def __init__(self, monkeypatch, *numbers: int) -> None:
        self.calls = 0
        self.reached = {n: threading.Event() for n in numbers}
        self.go_on = {n: threading.Event() for n in numbers}
        real = restore_module.copy_hashed

        def copy_hashed(*args, **kwargs):
            self.calls += 1
            if self.calls in self.reached:
                self.reached[self.calls].set()
                self.go_on[self.calls].wait(60)
            return real(*args, **kwargs)

        monkeypatch.setattr(restore_module, "copy_hashed", copy_hashed)

    def release_all(self) -> None:
        for event in self.go_on.values():
            event.set()


def test_a_broken_clinic_pc_is_restored_from_the_wizard(
    english, memory_keyring, tmp_path, qtbot, monkeypatch, out_dir
):
    from desktop.views.first_run import pages
    from desktop.views.first_run.restore_page import RestorePage

    clinic = broken_clinic(tmp_path, memory_keyring)
    data_dir = tmp_path / "new-pc"
    wizard = open_wizard(qtbot, data_dir, keyring_backend=memory_keyring)
    click(qtbot, wizard.next_button)  # English

    role = wizard.page
    assert isinstance(role, pages.RolePage)
    click(qtbot, role.restore)
    page_check(wizard, out_dir / "first-run-restore-01-choice.png", says=["Restore from a backup"])
    click(qtbot, wizard.next_button)

    page = wizard.page
    assert isinstance(page, RestorePage)
    assert wizard.step_label.text() == "Step 3 of 3"
    assert wizard.next_button.text() == "Restore"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(clinic.usb))
    click(qtbot, page.choose_button)
    qtbot.waitUntil(page.found_label.isVisible, timeout=10_000)
    assert page.folder.text() == str(clinic.usb)
    typed = clinic.recovery_key.lower().replace("-", " ")
    qtbot.keyClicks(page.key, typed)
    scroll_into_view(qtbot, wizard.scroll, page.found_label, page.key)
    page_check(
        wizard,
        out_dir / "first-run-restore-02-found.png",
        says=["Found: the backup of", "The recovery key opens it.", typed],
    )

    # Held at the third file, past the first second: the bar, the figures and the time left.
    held = HeldCopies(monkeypatch, 2, 3)
    try:
        click(qtbot, wizard.next_button)
        assert page.key.text() == clinic.recovery_key  # said in its printed form
        qtbot.waitUntil(held.reached[2].is_set, timeout=30_000)
        qtbot.wait(1100)
        held.go_on[2].set()
        qtbot.waitUntil(held.reached[3].is_set, timeout=30_000)
        qtbot.waitUntil(lambda: "left" in page.status.text(), timeout=10_000)
        assert page.status.text().startswith("Restoring: ")
        assert "time left unknown" not in page.status.text()
        assert "with 3 cases." in page.found_label.text()
        assert not wizard.next_button.isEnabled() and not wizard.leave_button.isEnabled()
        scroll_into_view(qtbot, wizard.scroll, page.bar, page.status, page.cancel_button)
        page_check(
            wizard,
            out_dir / "first-run-restore-03-progress.png",
            says=["Restoring: ", "Cancel", "with 3 cases."],
        )
        click(qtbot, page.cancel_button)
    finally:
        held.release_all()

    # Cancelled: said, and nothing is left that could open as a store.
    qtbot.waitUntil(lambda: "cancelled" in page.status.text(), timeout=20_000)
    qtbot.waitUntil(wizard.next_button.isEnabled, timeout=5000)
    assert wizard.store is None and not folder_holds_store(data_dir)
    beside = [p for p in data_dir.parent.iterdir() if p.name.startswith(".new-pc")]
    assert [p.name for p in data_dir.iterdir()] == [folder_config.CONFIG_FILE] and not beside

    # Again, to the end.
    held.calls = -1_000_000
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard.store is not None, timeout=60_000)
    assert not page.bar.isVisible() and not page.cancel_button.isVisible()
    assert page.key.text() == ""  # kept nowhere once it has done its work
    page_check(
        wizard,
        out_dir / "first-run-restore-04-restored.png",
        says=["Restored. The cases are back on this computer.", "with 3 cases."],
    )
    assert wizard.next_button.text() == "Finish" and not wizard.back_button.isEnabled()
    click(qtbot, wizard.next_button)
    assert wizard.result() == wizard.DialogCode.Accepted
    wizard.close_store_work()

    # The restored store opens as after set-up: no wizard next time, the language kept, the
    # restored key in this computer's keyring, and the three cases in the main window.
    store = wizard.store
    assert not first_run.needs_wizard(data_dir)
    assert first_run.saved_language(data_dir) == "en"
    assert memory_keyring.values
    window = main_window(qtbot, store)
    try:
        qtbot.waitUntil(lambda: window.proxy.rowCount() == 3, timeout=10_000)
        save(
            window,
            out_dir / "first-run-restore-05-cases-back.png",
            shows=[window.table],
            says=list(clinic.patients),
        )
    finally:
        window.shutdown()
        store.close()


def test_the_restore_step_in_hindi_with_a_wrong_key(
    english, memory_keyring, tmp_path, qtbot, monkeypatch, out_dir
):
    from desktop.views.first_run.restore_page import RestorePage

    clinic = broken_clinic(tmp_path, memory_keyring)
    data_dir = tmp_path / "new-pc"
    wizard = open_wizard(qtbot, data_dir, keyring_backend=memory_keyring)
    click(qtbot, wizard.page.buttons["hi"])
    click(qtbot, wizard.next_button)
    click(qtbot, wizard.page.restore)
    page_check(wizard, out_dir / "first-run-restore-06-choice-hindi.png", says=["बैकअप से वापस लाएँ"])
    click(qtbot, wizard.next_button)
    page = wizard.page
    assert isinstance(page, RestorePage)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(clinic.usb))
    click(qtbot, page.choose_button)
    qtbot.waitUntil(page.found_label.isVisible, timeout=10_000)
    qtbot.keyClicks(page.key, recovery.new_key())  # another clinic's key
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(page.key_row.problem.isVisible, timeout=20_000)
    qtbot.waitUntil(wizard.next_button.isEnabled, timeout=5000)
    assert wizard.store is None and not folder_holds_store(data_dir)
    scroll_into_view(qtbot, wizard.scroll, page.found_label, page.key_row.problem)
    page_check(
        wizard,
        out_dir / "first-run-restore-07-wrong-key-hindi.png",
        says=["वापस लाएँ", "बैकअप"],
    )
