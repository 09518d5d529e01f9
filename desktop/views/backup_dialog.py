"""The backup page: back every case up to a folder or USB stick, with progress, the time left
and Cancel; and the Settings section that opens it and the recovery key page.

Whether the cases have a recovery key and when the last backup was made are read on the
database executor as the page opens (``backup_state``); until they arrive the page says
"Checking…" and cannot start, then shows what it always showed.
The backup runs as a cancellable Job on a pool of its own (``local_store.backup.make``), never
on the database executor, so the app goes on working meanwhile. Its progress arrives as a
``Step`` kept by the work function and shown on the GUI thread when the Job's progress signal
lands. Closing the page cancels a running backup (nothing half-written is kept) and waits for
it. Thread-safety: GUI thread only, apart from the work function.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
)

from desktop.views.recovery_key_dialog import RecoveryKeyDialog
from desktop.views.widgets import Section, progress_bar, show_bytes_progress, wrapped_label
from desktop.words import tr_date, tr_error, tr_marked, tr_size
from desktop.workers import JobPool, call
from local_store import recovery
from local_store.backup import record
from local_store.backup.copying import Step
from local_store.errors import BackupNoSpace, StoreError
from wording import backup as words

WIDTH = 560


def backup_section(store, executor, parent) -> Section:
    """The Settings section: what protects the backups, and the two pages' buttons."""
    section = Section(tr_marked(words.BACKUP_TITLE), parent)
    section.body.addWidget(wrapped_label(tr_marked(words.BACKUP_INTRO), WIDTH))
    row = QHBoxLayout()
    key_button = QPushButton(tr_marked(words.RECOVERY_TITLE) + "…")
    backup_button = QPushButton(tr_marked(words.BACKUP_CHOOSE))
    key_button.clicked.connect(lambda: RecoveryKeyDialog(store, executor, parent).exec())
    backup_button.clicked.connect(lambda: BackupDialog(store, executor, parent).exec())
    row.addWidget(key_button)
    row.addWidget(backup_button)
    row.addStretch(1)
    section.body.addLayout(row)
    return section


def backup_state(data_dir: Path) -> tuple[bool, datetime | None]:
    """(has a recovery key, when the last backup was made): two small files, read on the
    executor."""
    return recovery.has_recovery_key(data_dir), record.last_backup_at(data_dir)


def last_backup_text(last: datetime | None) -> str:
    if last is None:
        return tr_marked(words.BACKUP_NEVER)
    return tr_marked(words.BACKUP_LAST).replace("%1", tr_date(last.astimezone().date().isoformat()))


class BackupDialog(QDialog):
    def __init__(self, store, executor, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.executor = executor
        self.pool = JobPool(1, self)
        self.job = None
        self.step: Step | None = None
        self.has_key: bool | None = None  # None until backup_state has been read
        self.setWindowTitle(tr_marked(words.BACKUP_TITLE))

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(wrapped_label(tr_marked(words.BACKUP_INTRO), WIDTH))
        self.last = QLabel(tr_marked(words.STATE_LOADING))
        layout.addWidget(self.last)
        self.bar = progress_bar()
        self.bar.hide()
        layout.addWidget(self.bar)
        self.status = wrapped_label("", WIDTH)
        self.status.setObjectName("banner")
        self.status.hide()
        layout.addWidget(self.status)

        buttons = QHBoxLayout()
        self.key_button = QPushButton(tr_marked(words.RECOVERY_MAKE))
        self.key_button.clicked.connect(self._make_key)
        self.key_button.hide()
        self.start_button = QPushButton(tr_marked(words.BACKUP_CHOOSE))
        self.start_button.setObjectName("primaryButton")
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self.choose_and_start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.key_button)
        buttons.addWidget(self.start_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self._read_state()

    # ------------------------------------------------------------------ what is there

    def _read_state(self) -> None:
        self.executor.submit(
            call(backup_state, self.store.data_dir),
            succeeded=self._on_state,
            failed=self._on_state_failed,
        )

    @Slot(object)
    def _on_state(self, state: tuple[bool, datetime | None]) -> None:
        has_key, last = state
        self.last.setText(last_backup_text(last))
        if self.has_key is not None:  # read again after a backup: only the date is new
            return
        self.has_key = has_key
        self.key_button.setVisible(not has_key)
        self.start_button.setEnabled(has_key and self.job is None)
        if not has_key:
            self._say(tr_marked(words.ERROR["no_recovery_key"]), "problem")

    @Slot(object)
    def _on_state_failed(self, error) -> None:
        self.last.clear()
        self._say(
            tr_error(error.code if isinstance(error, StoreError) else "store_error"), "problem"
        )

    # ------------------------------------------------------------------ running

    @Slot()
    def _make_key(self) -> None:
        if RecoveryKeyDialog(self.store, self.executor, self).exec():
            self.has_key = True
            self.key_button.hide()
            self.start_button.setEnabled(True)
            self._say(None)

    @Slot()
    def choose_and_start(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr_marked(words.BACKUP_CHOOSE))
        if folder:
            self.start(Path(folder))

    def start(self, folder: Path) -> None:
        from local_store.backup.make import make_backup

        store = self.store

        def work(cancel, progress):
            def step(now: Step) -> None:
                self.step = now  # read on the GUI thread when the signal below lands
                progress(now.done / now.total if now.total else 0.0, "")

            try:
                return make_backup(store, folder, cancel=cancel, progress=step)
            finally:
                store.close_thread_connection()

        self.start_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.bar.setRange(0, 0)
        self.bar.show()
        self._say(None)
        self.job = self.pool.submit(
            work,
            succeeded=self._on_done,
            failed=self._on_failed,
            progress=self._on_progress,
            cancelled=self._on_cancelled,
            finished=self._on_finished,
        )

    @Slot(float, str)
    def _on_progress(self, _fraction: float, _text: str) -> None:
        if self.step is not None:
            self.show_step(self.step)

    def show_step(self, step: Step) -> None:
        """Show how far the backup is: the bar, and "x of y, about n min left"."""
        template = tr_marked(words.BACKUP_RUNNING)
        text = show_bytes_progress(self.bar, template, step.done, step.total, step.seconds_left)
        self._say(text, "")

    @Slot()
    def cancel(self) -> None:
        if self.job is not None and self.job.cancel is not None:
            self.job.cancel.set()
            self.cancel_button.setEnabled(False)

    @Slot(object)
    def _on_done(self, result) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        text = (
            tr_marked(words.BACKUP_DONE)
            .replace("%1", tr_size(result.copied_bytes))
            .replace("%2", str(result.copied_files))
        )
        self._say(text, "ok")
        self._read_state()  # the date the backup just noted

    @Slot(object)
    def _on_failed(self, error) -> None:
        self.bar.hide()
        if isinstance(error, BackupNoSpace):
            text = (
                tr_marked(words.ERROR["backup_no_space"])
                .replace("%1", tr_size(error.needed))
                .replace("%2", tr_size(error.free))
            )
        else:
            text = tr_error(error.code if isinstance(error, StoreError) else "store_error")
        self._say(text, "problem")

    @Slot()
    def _on_cancelled(self) -> None:
        self.bar.hide()
        self._say(tr_marked(words.BACKUP_CANCELLED), "")

    @Slot()
    def _on_finished(self) -> None:
        self.job = None
        self.cancel_button.hide()
        self.start_button.setEnabled(bool(self.has_key))
        self.close_button.setEnabled(True)

    def _say(self, text: str | None, kind: str = "") -> None:
        self.status.setText(text or "")
        self.status.setProperty("kind", kind)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setMinimumHeight(self.status.heightForWidth(WIDTH) if text else 0)
        self.status.setVisible(bool(text))

    def done(self, result: int) -> None:
        self.cancel()
        self.pool.shutdown()
        super().done(result)
