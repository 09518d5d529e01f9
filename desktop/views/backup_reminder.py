"""The status bar's reminder to back up: shown while the cases have no recovery key, no
backup, or only one more than a week old; clicking it opens the backup page (which offers to
make the key first).

The check reads one small file (``local_store.backup.record``) on the database executor, at
start and every hour. Thread-safety: GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QLabel

from desktop.words import tr_marked
from desktop.workers import call
from local_store import recovery
from local_store.backup import record
from wording import backup as words

RECHECK_MS = 60 * 60 * 1000


def _due(data_dir):
    """(shown, words): no recovery key comes first, then no backup, then an old one."""
    if not recovery.has_recovery_key(data_dir):
        return True, words.REMINDER_NO_KEY
    if record.last_backup_at(data_dir) is None:
        return True, words.BACKUP_REMINDER_NEVER
    return record.backup_due(data_dir), words.BACKUP_REMINDER


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
        due, text = result
        self.setText(tr_marked(text))
        self.setVisible(due)

    def mousePressEvent(self, event) -> None:
        from desktop.views.backup_dialog import BackupDialog

        window = self.window
        BackupDialog(window.store, window.executor, window).exec()
        self.check()
