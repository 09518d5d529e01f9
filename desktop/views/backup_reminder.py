"""The status bar's reminder to back up: shown when the last backup is more than a week old
(or there was none), hidden otherwise; clicking it opens the backup page.

The check reads one small file (``local_store.backup.record``) on the database executor, at
start and every hour. Thread-safety: GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtWidgets import QLabel

import wording
from desktop.workers import call
from local_store.backup import record
from wording import backup as words

RECHECK_MS = 60 * 60 * 1000


def _due(data_dir):
    return record.backup_due(data_dir), record.last_backup_at(data_dir) is None


class BackupReminder(QLabel):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.setObjectName("backupReminder")
        self.setProperty("kind", "problem")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(RECHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        window.statusBar().addPermanentWidget(self)
        self.check()

    @Slot()
    def check(self) -> None:
        store = self.window.store
        self.window.executor.submit(call(_due, store.data_dir), succeeded=self._on_checked)

    @Slot(object)
    def _on_checked(self, result) -> None:
        due, never = result
        text = words.BACKUP_REMINDER_NEVER if never else words.BACKUP_REMINDER
        self.setText(QCoreApplication.translate(wording.CONTEXT, text))
        self.setVisible(due)

    def mousePressEvent(self, event) -> None:
        from desktop.views.backup_dialog import BackupDialog

        window = self.window
        BackupDialog(window.store, window.executor, window).exec()
        self.check()
