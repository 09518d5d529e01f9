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
    assert "Last backup:" in dialog.last.text()

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
