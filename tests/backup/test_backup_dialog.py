"""The backup and recovery key pages offscreen: a key is saved only once written down, a
backup runs with progress to its end or is cancelled, and the status bar reminds when none
was made for a week."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta

import pytest

from local_store import recovery
from local_store.backup import copying, layout, record
from local_store.backup.verify import verify_backups

pytestmark = pytest.mark.gui


def test_the_key_is_saved_only_after_it_is_written_down(store, workers, qtbot):
    from desktop.views.recovery_key_dialog import RecoveryKeyDialog

    executor, _ = workers
    dialog = RecoveryKeyDialog(store, executor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded)
    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.key is not None)
    shown = "-".join(label.text() for label in dialog.group_labels)
    assert recovery.normalise(shown) == shown
    assert not dialog.done_button.isEnabled()
    assert not recovery.has_recovery_key(store.data_dir)

    dialog.written.setChecked(True)
    dialog.done_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert recovery.unwrap(recovery.wrapped_secret(store.data_dir), shown) == (store.install_secret)


def test_replacing_the_key_on_the_page_needs_the_current_one(store, workers, qtbot):
    from desktop.views.recovery_key_dialog import RecoveryKeyDialog

    first = recovery.make_recovery_key(store)
    executor, _ = workers
    dialog = RecoveryKeyDialog(store, executor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded)
    dialog.current.setText(recovery.new_key())
    dialog.make_button.click()
    qtbot.waitUntil(dialog.problem.isVisible)
    assert "does not open these cases" in dialog.problem.text()
    assert dialog.key is None
    dialog.current.setText(first)
    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.key is not None)


def test_a_backup_runs_to_its_end_and_a_cancelled_one_leaves_nothing(
    store, workers, qtbot, tmp_path, monkeypatch
):
    from desktop.views.backup_dialog import BackupDialog

    recovery.make_recovery_key(store)
    for n in range(5):
        store.blobs.put_bytes(bytes([n]) * 2_000_000)
    executor, _ = workers
    dialog = BackupDialog(store, executor)
    qtbot.addWidget(dialog)
    dialog.show()
    steps = []
    dialog.bar.valueChanged.connect(steps.append)
    dialog.start(tmp_path / "usb")
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    assert "Backup finished" in dialog.status.text()
    assert steps and steps[-1] == 1
    assert verify_backups(tmp_path / "usb").ok
    qtbot.waitUntil(lambda: "Last backup:" in dialog.last.text())  # read again, on the executor

    store.blobs.put_bytes(b"\x07" * 3_000_000)
    # The copy waits (a slow stick) after its first step until the page has pressed Cancel.
    pressed = threading.Event()
    calls = []
    real_check = copying.check

    def slow_stick(cancel, where=""):
        calls.append(where)
        if len(calls) > 1:
            pressed.wait(10)
        real_check(cancel, where)

    monkeypatch.setattr(copying, "check", slow_stick)
    original = dialog.show_step

    def cancel_on_first_step(step):
        original(step)
        if not pressed.is_set():
            dialog.cancel_button.click()
            pressed.set()

    dialog.show_step = cancel_on_first_step
    dialog.start(tmp_path / "usb")
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    assert "cancelled" in dialog.status.text()
    root = tmp_path / "usb" / layout.FOLDER_NAME
    assert len(layout.backup_names(root)) == 1


def test_the_pages_read_the_disk_off_the_gui_thread_and_say_checking_meanwhile(
    store, workers, qtbot
):
    from desktop.views.backup_dialog import BackupDialog
    from desktop.views.recovery_key_dialog import RecoveryKeyDialog

    executor, _ = workers
    recovery.make_recovery_key(store)
    record.note_backup(store.data_dir, "x", datetime(2026, 10, 15, 9, 30, tzinfo=UTC))
    # The executor is busy (a long write elsewhere): the pages open at once all the same.
    started, release = threading.Event(), threading.Event()

    def busy(cancel, progress):
        started.set()
        release.wait(10)

    executor.submit(busy)
    assert started.wait(5)
    try:
        backup = BackupDialog(store, executor)
        key_page = RecoveryKeyDialog(store, executor)
        for page in (backup, key_page):
            qtbot.addWidget(page)
            page.show()
        qtbot.wait(100)
        assert backup.last.text() == "Checking…"
        assert not backup.start_button.isEnabled() and not backup.key_button.isVisible()
        assert key_page.state.text() == "Checking…"
        assert not key_page.make_button.isEnabled() and not key_page.current.isVisible()
    finally:
        release.set()
    qtbot.waitUntil(lambda: backup.start_button.isEnabled() and key_page.loaded)
    assert backup.last.text() == "Last backup: 15 Oct 2026"
    assert not backup.status.isVisible()
    assert key_page.state.text().startswith("These cases have a recovery key.")
    assert key_page.make_button.text() == "Make a new recovery key…"
    assert key_page.current.isVisible()


def test_the_backup_page_without_a_key_offers_to_make_one_once_it_knows(store, workers, qtbot):
    from desktop.views.backup_dialog import BackupDialog

    executor, _ = workers
    dialog = BackupDialog(store, executor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.key_button.isVisible)
    assert dialog.last.text() == "No backup has been made yet."
    assert not dialog.start_button.isEnabled()
    assert "recovery key" in dialog.status.text()


def test_the_status_bar_reminds_without_a_key_or_a_backup_for_a_week(window, qtbot):
    reminder = window.backup_reminder
    qtbot.waitUntil(reminder.isVisible)
    assert "No recovery key yet" in reminder.text()
    recovery.make_recovery_key(window.store)
    reminder.check()
    qtbot.waitUntil(lambda: "Never backed up" in reminder.text())
    record.note_backup(window.store.data_dir, "x", datetime.now(UTC) - timedelta(days=8))
    reminder.check()
    qtbot.waitUntil(lambda: "over a week" in reminder.text())
    record.note_backup(window.store.data_dir, "y", datetime.now(UTC) - timedelta(days=1))
    reminder.check()
    qtbot.waitUntil(lambda: not reminder.isVisible())
    saved = json.loads((window.store.data_dir / record.RECORD_FILE).read_text())
    assert saved["name"] == "y"
