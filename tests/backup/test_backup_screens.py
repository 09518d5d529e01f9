"""Screens of the recovery key page (a new key in large groups, before it is saved) and the
backup page midway through a real backup to a folder.

Run: xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb pytest -m screenshot \
tests/backup/test_backup_screens.py. PNGs go to artifacts/screens/.
"""

from __future__ import annotations

import threading

from local_store import recovery
from local_store.backup import copying
from tests.support.screen_checks import save
from tests.support.screens import SCREENSHOT, open_window, seed

pytestmark = SCREENSHOT


def test_recovery_key_page(store, qtbot, out_dir):
    from desktop.views.recovery_key_dialog import RecoveryKeyDialog

    seed(store)
    window = open_window(store, qtbot)
    dialog = RecoveryKeyDialog(store, window.executor, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded)
    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.key is not None)
    groups = dialog.key.split("-")
    qtbot.wait(200)
    save(
        dialog,
        out_dir / "backup-01-recovery-key.png",
        shows=[*dialog.group_labels, dialog.panel.print_button, dialog.written, dialog.done_button],
        says=[*groups, "I have written it down or printed it", "Print…"],
    )
    assert not recovery.has_recovery_key(store.data_dir)


def test_backup_progress(store, qtbot, tmp_path, out_dir, monkeypatch):
    from desktop.views.backup_dialog import BackupDialog

    seed(store)
    recovery.make_recovery_key(store)
    for n in range(40):
        store.blobs.put_bytes(bytes([n]) * 2_000_000)
    window = open_window(store, qtbot)
    dialog = BackupDialog(store, window.executor, window)
    qtbot.addWidget(dialog)
    dialog.show()
    # Hold the backup midway (a slow stick) until the picture is taken.
    midway, release = threading.Event(), threading.Event()
    original = dialog.show_step

    def hold_midway(step):
        original(step)
        if step.seconds_left is not None and step.done > step.total // 2:
            midway.set()

    dialog.show_step = hold_midway
    real_check = copying.check

    def slow_check(cancel, where=""):
        if midway.is_set():
            release.wait(30)
        else:
            threading.Event().wait(0.02)
        real_check(cancel, where)

    monkeypatch.setattr(copying, "check", slow_check)
    try:
        dialog.start(tmp_path / "usb")
        qtbot.waitUntil(midway.is_set, timeout=60_000)
        qtbot.wait(200)
        save(
            dialog,
            out_dir / "backup-02-progress.png",
            shows=[dialog.bar, dialog.status, dialog.cancel_button],
            says=["Backing up:", " of ", "left"],
        )
    finally:
        release.set()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
