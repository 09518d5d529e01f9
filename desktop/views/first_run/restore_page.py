"""The first-run wizard's restore step, for a computer replacing one that broke: choose the
backup folder or stick (what was found there is said: the backup's date and size, then its
number of cases once the recovery key is typed), type the recovery key as printed, and restore
with progress, the time left and Cancel; the restored store is then opened (migrated when the
backup was made by an older version) and the wizard ends.

The work is ``local_store.backup``'s: ``found`` reads the backup and checks the key,
``restore.restore_backup`` copies and checks every file into the data folder (a wrong key, a
damaged file or a cancel leaves no store there), and the same Job then opens the restored store
(``pages.open_store_off_gui``, which cannot be cancelled: Cancel is held while it runs). All run
as Jobs on this page's own pool, never on the GUI thread. The key is kept only in its field
while the page is open.
Thread-safety: GUI thread only, apart from the work functions.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from casework import first_run
from desktop.views.first_run.pages import WizardPage, open_store_off_gui
from desktop.views.widgets import FieldRow, progress_bar, show_bytes_progress
from desktop.words import tr_date, tr_error, tr_marked, tr_setup_problem, tr_size
from desktop.workers import JobPool, call
from local_store import secrets
from local_store.backup import found
from local_store.backup.copying import Step
from local_store.errors import BackupDamaged, BackupNoSpace, StoreError
from wording import backup as words

# The progress text the restore Job sends once the files are back and it opens the store.
OPENING = "opening"


def _when(created_at: str) -> str:
    """The backup's day in the user's language and its local time, "7 Dec 2026, 14:30"."""
    moment = datetime.fromisoformat(created_at).astimezone()
    return f"{tr_date(moment.date().isoformat())}, {moment:%H:%M}"


def problem_text(error: object) -> str:
    """One line for why looking at or restoring a backup stopped (a damaged one names its
    files)."""
    if isinstance(error, BackupDamaged):
        return tr_marked(words.ERROR["backup_damaged"]).replace("%1", ", ".join(error.files))
    if isinstance(error, BackupNoSpace):
        return (
            tr_marked(words.ERROR["backup_no_space"])
            .replace("%1", tr_size(error.needed))
            .replace("%2", tr_size(error.free))
        )
    return tr_error(error.code if isinstance(error, StoreError) else "store_error")


class RestorePage(WizardPage):
    step = first_run.RESTORE

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.pool = JobPool(1, self)
        self.job = None
        self.step_now: Step | None = None
        self.backup: found.FoundBackup | None = None
        self.cases: int | None = None
        self.keyring = None
        self._looked = False
        self._passphrase = ""
        self._checking = False  # the key check's Job, before the restore's
        self._stopped = False
        # What the lines composed from numbers, names or files were made from, so that a
        # change of language says them again in the new one (language_changed).
        self._folder_error: object | None = None
        self._key_error: object | None = None
        self._page_error: object | None = None
        self._read_as: str | None = None

        self.folder = QLineEdit()
        self.folder.setObjectName("backupFolder")
        self.folder.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose_folder)
        folder_box = QWidget()
        folder_line = QHBoxLayout(folder_box)
        folder_line.setContentsMargins(0, 0, 0, 0)
        folder_line.addWidget(self.folder, 1)
        folder_line.addWidget(self.choose_button)
        self.folder_row = FieldRow(
            self.tr("The backup folder or USB stick"), folder_box, marked=self.folder
        )
        self.body.addWidget(self.folder_row)
        self.found_label = QLabel()
        self.found_label.setObjectName("banner")
        self.found_label.setWordWrap(True)
        self.found_label.hide()
        self.body.addWidget(self.found_label)

        self.key = QLineEdit()
        self.key.setObjectName("recoveryKeyTyped")
        self.key.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.key.textEdited.connect(self._key_edited)
        self.key_row = FieldRow(
            self.tr("Recovery key"),
            self.key,
            self.tr("The 8 groups of 5 as printed; small letters and spaces are fine."),
        )
        self.body.addWidget(self.key_row)

        self.no_keyring = QLabel(
            self.tr(
                "This computer has no secure keyring, so a passphrase you choose locks the "
                "restored cases. You type it each time CaseBridge starts. Write it down and keep "
                "it safe."
            )
        )
        self.no_keyring.setWordWrap(True)
        self.body.addWidget(self.no_keyring)
        self.first = QLineEdit()
        self.second = QLineEdit()
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.first_row = FieldRow(self.tr("New passphrase (at least 8 characters)"), self.first)
        self.second_row = FieldRow(self.tr("Type the same passphrase again"), self.second)
        self.body.addWidget(self.first_row)
        self.body.addWidget(self.second_row)

        self.bar = progress_bar()
        self.bar.hide()
        self.body.addWidget(self.bar)
        self.status = QLabel()
        self.status.setObjectName("banner")
        self.status.setWordWrap(True)
        self.status.hide()
        self.body.addWidget(self.status)
        cancel_line = QHBoxLayout()
        cancel_line.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        cancel_line.addWidget(self.cancel_button)
        self.body.addLayout(cancel_line)
        self.finish_layout()

    # ------------------------------------------------------------------ the page

    def title(self) -> str:
        return self.tr("Restore from a backup")

    def why(self) -> str:
        return self.tr(
            "The cases come back as they were at the last backup, on this computer, with the "
            "recovery key printed when CaseBridge was set up."
        )

    def complete(self) -> bool:
        return self.wizard.store is not None

    def next_text(self) -> str | None:
        return self.tr("Restore") if self.wizard.store is None else None

    def can_return(self) -> bool:
        return self.wizard.store is None

    def enter(self) -> None:
        super().enter()
        if not self._looked:
            # Whether the restored cases can be kept in the keyring, or need a passphrase.
            self.keyring = self.wizard.keyring_backend or secrets.secure_os_keyring()
            self._looked = True
        needs_passphrase = self.keyring is None and self.wizard.store is None
        for widget in (self.no_keyring, self.first_row, self.second_row):
            widget.setVisible(needs_passphrase)
        if self.wizard.store is not None:
            self._show_restored()

    def focus_first(self) -> None:
        if self.backup is None:
            self.choose_button.setFocus()
        else:
            self.key.setFocus()

    def language_changed(self) -> None:
        # Plain lines follow the translator by themselves; these are composed here.
        self._show_found()
        if self._folder_error is not None:
            self.folder_row.set_problem("backup", problem_text(self._folder_error))
        if self._key_error is not None:
            self.key_row.set_problem(self.key_row.problem_code, problem_text(self._key_error))
        if self._page_error is not None:
            self.show_problem(problem_text(self._page_error))
        if self._read_as is not None:
            self.key_row.set_hint(self._read_as_text())
        if self.job is not None and not self._checking and self.step_now is not None:
            self.show_step(self.step_now)

    def stop(self) -> None:
        self._stopped = True
        self.cancel()
        self.pool.shutdown(30_000)

    # ------------------------------------------------------------------ the backup folder

    @Slot()
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("The backup folder or USB stick"))
        if folder:
            self.look_at(Path(folder))

    def look_at(self, folder: Path) -> None:
        """Read what backup ``folder`` holds (on the pool) and say it."""
        self.folder.setText(str(folder))
        self.backup = None
        self.cases = None
        self._folder_error = self._page_error = None
        self.folder_row.set_problem(None)
        self.show_problem("")
        self._show_found()
        self.pool.submit(
            call(found.find_backup, folder), succeeded=self._on_found, failed=self._on_not_found
        )

    @Slot(object)
    def _on_found(self, backup) -> None:
        self.backup = backup
        self._show_found()
        self.key.setFocus()

    @Slot(object)
    def _on_not_found(self, error) -> None:
        self._folder_error = error
        self.folder_row.set_problem("backup", problem_text(error))

    def _show_found(self) -> None:
        backup = self.backup
        self.found_label.setVisible(backup is not None)
        if backup is None:
            return
        if self.cases is None:
            text = self.tr("Found: the backup of %1 (%2). The recovery key opens it.")
            text = text.replace("%2", tr_size(backup.total_bytes))
        else:
            # Two plain strings, not a %n message: English has no catalogue to choose "cases".
            if self.cases == 1:
                text = self.tr("Found: the backup of %1, with 1 case.")
            else:
                text = self.tr("Found: the backup of %1, with %2 cases.")
                text = text.replace("%2", str(self.cases))
        self.found_label.setText(text.replace("%1", _when(backup.created_at)))

    # ------------------------------------------------------------------ the key, then restoring

    @Slot(str)
    def _key_edited(self, _text: str) -> None:
        self._key_error = self._read_as = None
        self.key_row.set_problem(None)
        self.key_row.set_hint(
            self.tr("The 8 groups of 5 as printed; small letters and spaces are fine.")
        )

    def commit(self) -> None:
        if self.wizard.store is not None:
            self.wizard.advance()
            return
        if self.job is not None:
            return
        self.show_problem("")
        self._page_error = None
        if self.backup is None:
            self.folder_row.set_problem(
                "backup", self.tr("Choose the folder or USB stick that holds the backup.")
            )
            return
        try:
            key, changed = first_run.typed_recovery_key(self.key.text())
        except StoreError as exc:
            self.key_row.set_problem(exc.code, tr_error(exc.code))
            return
        if changed:
            # Said, so the person can compare it with the printed page.
            self.key.setText(key)
            self._read_as = key
            self.key_row.set_hint(self._read_as_text())
        self._passphrase = ""
        if self.keyring is None:
            problem = first_run.passphrase_problem(self.first.text(), self.second.text())
            if problem is not None:
                row = self.first_row if problem == "too_short" else self.second_row
                row.set_problem(problem, tr_setup_problem(problem))
                return
            self._passphrase = self.first.text()
        self._set_running(True)
        self._say(self.tr("Checking the recovery key…"), "")
        self._checking = True
        self.job = self.pool.submit(
            call(found.cases_in_backup, self.backup, key),
            succeeded=self._on_key_opens,
            failed=self._on_failed,
            finished=self._on_check_finished,
        )

    def _read_as_text(self) -> str:
        return self.tr("Read as %1 (capital letters and dashes put in).").replace(
            "%1", self._read_as or ""
        )

    @Slot()
    def _on_check_finished(self) -> None:
        if self._checking:  # the key did not open the backup: nothing was started
            self._checking = False
            self.job = None
            self._set_running(False)

    @Slot(object)
    def _on_key_opens(self, cases: int) -> None:
        self._checking = False
        self.cases = cases
        self._show_found()
        self._restore(self.key.text())

    def _restore(self, key: str) -> None:
        from local_store.backup.restore import restore_backup
        from sync.bundle.assemble import SEQ_KEY

        backup, data_dir = self.backup, self.wizard.data_dir
        passphrase = self._passphrase or None
        keyring = None if passphrase else self.keyring
        if self.wizard.release_folder is not None:
            self.wizard.release_folder()  # the restored folder replaces this one

        def work(cancel, progress):
            def step(now: Step) -> None:
                self.step_now = now  # read on the GUI thread when the signal below lands
                progress(now.done / now.total if now.total else 0.0, "")

            result = restore_backup(
                backup.root,
                data_dir,
                key,
                passphrase=passphrase,
                keyring_backend=keyring,
                name=backup.name,
                advance_counters=[SEQ_KEY],  # bundle numbers the service has already seen
                cancel=cancel,
                progress=step,
            )
            progress(1.0, OPENING)
            return open_store_off_gui(result.data_dir, passphrase, keyring)

        self.bar.setRange(0, 0)
        self.bar.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self._say(self.tr("Restoring…"), "")
        self.job = self.pool.submit(
            work,
            succeeded=self._on_restored,
            failed=self._on_failed,
            progress=self._on_progress,
            cancelled=self._on_cancelled,
            finished=self._on_finished,
        )

    @Slot(float, str)
    def _on_progress(self, _fraction: float, text: str) -> None:
        if text == OPENING:
            self.step_now = None
            self.bar.setRange(0, 0)
            self.cancel_button.setEnabled(False)  # the files are back; opening is quick
            self._say(self.tr("Opening the restored cases…"), "")
            return
        if self.step_now is not None:
            self.show_step(self.step_now)

    def show_step(self, step: Step) -> None:
        """The bar, and "Restoring: x of y, about n min left"."""
        template = self.tr("Restoring: %1 of %2, %3")
        text = show_bytes_progress(self.bar, template, step.done, step.total, step.seconds_left)
        self._say(text, "")

    @Slot()
    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel.set()
            self.cancel_button.setEnabled(False)

    @Slot(object)
    def _on_restored(self, opened) -> None:
        store, recovery_key_saved = opened
        passphrase, self._passphrase = self._passphrase, ""
        if self._stopped:
            store.close()  # the wizard was closed meanwhile; the next start opens it
            return
        self.first.clear()
        self.second.clear()
        self.key.clear()  # the key is kept nowhere once it has done its work
        self.wizard.adopt_store(store, recovery_key_saved=recovery_key_saved)
        self.wizard.progress.protection = first_run.PASSPHRASE if passphrase else first_run.KEYRING
        self.save_progress()

    def _show_restored(self) -> None:
        self.bar.hide()
        for widget in (self.key_row, self.no_keyring, self.first_row, self.second_row):
            widget.hide()
        self.folder_row.setEnabled(False)
        self.key.setEnabled(False)
        self._say(
            self.tr("Restored. The cases are back on this computer. Click Finish to start."),
            "ok",
            scroll=False,
        )
        # The wizard's own word, as it says it on a last page.
        self.wizard.next_button.setText(QCoreApplication.translate("FirstRunWizard", "Finish"))
        self.wizard.back_button.setEnabled(False)
        self.wizard.scroll.verticalScrollBar().setValue(0)

    @Slot(object)
    def _on_failed(self, error) -> None:
        self.bar.hide()
        self._say("")
        text = problem_text(error)
        if isinstance(error, StoreError) and error.code in (
            "recovery_key_mistyped",
            "wrong_recovery_key",
        ):
            self._key_error = error
            self.key_row.set_problem(error.code, text)
            self.key.setFocus()
        else:
            self._page_error = error
            self.show_problem(text)

    @Slot()
    def _on_cancelled(self) -> None:
        self.bar.hide()
        self._say(self.tr("Restore cancelled. Nothing was restored; the backup is unchanged."), "")

    @Slot()
    def _on_finished(self) -> None:
        self.job = None
        self.cancel_button.hide()
        self._set_running(False)
        if self.wizard.store is not None:
            self._show_restored()

    def _set_running(self, running: bool) -> None:
        self.wizard.set_busy(running)
        for widget in (self.choose_button, self.key, self.first, self.second):
            widget.setEnabled(not running)

    def _say(self, text: str, kind: str = "", *, scroll: bool = True) -> None:
        self.status.setText(text)
        self.status.setProperty("kind", kind)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setVisible(bool(text))
        if text and scroll:
            self.bring_into_view(self.status)
