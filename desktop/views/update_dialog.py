"""Send an update: new information for a case already sent, as a small follow-up bundle.

A sent case cannot change (the specialist works from what was sent); this dialog is how a
clinic adds to it. It lists the files added since the case was sent (the editor's attachments
panel imports them, the usual way), takes a note for the specialist and queues the update with
``sync.submit.submit_update`` on the import pool; ``queued`` is emitted with the case id.
Thread-safety: GUI thread only; store work runs on the executor and the pool.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from desktop.views.sync_indicator import sync_error_text
from desktop.words import tr_case
from desktop.workers import call
from local_store import attachments as attachment_repo


class UpdateDialog(QDialog):
    queued = Signal(str)  # case id

    def __init__(self, executor, attachments_panel, case_id: str, parent=None) -> None:
        super().__init__(parent)
        self.executor = executor
        self.store = executor.store
        self.panel = attachments_panel
        self.case_id = case_id
        self.new_files: list = []
        self.sending = False
        self.setWindowTitle(tr_case("update_title"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(tr_case("update_intro"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        note_label = QLabel(tr_case("update_note"))
        note_label.setObjectName("fieldLabel")
        layout.addWidget(note_label)
        self.note = QPlainTextEdit()
        self.note.setMinimumHeight(90)
        self.note.textChanged.connect(self._enable)
        layout.addWidget(self.note, 1)
        files_line = QHBoxLayout()
        self.files_label = QLabel()
        self.files_label.setObjectName("fieldLabel")
        files_line.addWidget(self.files_label, 1)
        self.add_button = QPushButton(tr_case("update_add_files"))
        self.add_button.clicked.connect(self.add_files)
        files_line.addWidget(self.add_button)
        layout.addLayout(files_line)
        self.files = QListWidget()
        self.files.setMaximumHeight(120)
        layout.addWidget(self.files)
        self.problem = QLabel()
        self.problem.setObjectName("banner")
        self.problem.setProperty("kind", "problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.send_button = QPushButton(tr_case("update_send"))
        self.send_button.setObjectName("primaryButton")
        self.send_button.clicked.connect(self.send)
        buttons.addWidget(cancel)
        buttons.addWidget(self.send_button)
        layout.addLayout(buttons)
        self.panel.changed.connect(self.reload)
        self._show_files()
        self.reload()

    @Slot()
    def reload(self) -> None:
        self.executor.submit(
            call(attachment_repo.unsent, self.store, self.case_id), succeeded=self._on_files
        )

    @Slot(object)
    def _on_files(self, files) -> None:
        self.new_files = list(files)
        self._show_files()

    def _show_files(self) -> None:
        self.files_label.setText(tr_case("update_files", count=len(self.new_files)))
        self.files.clear()
        self.files.addItems([a.name for a in self.new_files])
        self.files.setVisible(bool(self.new_files))
        self._enable()

    @Slot()
    def _enable(self) -> None:
        has_something = bool(self.new_files) or bool(self.note.toPlainText().strip())
        self.send_button.setEnabled(has_something and not self.sending)

    @Slot()
    def add_files(self) -> None:
        """The usual import (file chooser, then the import screen) into the case."""
        self.panel.choose_files()

    def add_paths(self, paths):
        """Import these files into the case, as dropping them on the attachments would."""
        return self.panel.import_paths(list(paths))

    @Slot()
    def send(self) -> None:
        if self.sending:
            return
        self.sending = True
        self._enable()
        store, case_id, note = self.store, self.case_id, self.note.toPlainText()

        def work(cancel, progress):
            # Loaded on first use, on this worker, as the Submit screen does (start-up time).
            from sync import submit as submit_module

            return submit_module.submit_update(store, store.data_dir, case_id, note, cancel=cancel)

        job = self.panel.import_pool.submit(
            work, succeeded=self._on_queued, failed=self._on_failed, cancelled=self._on_failed
        )
        if job is None:
            self.reject()

    @Slot(object)
    def _on_queued(self, _submitted) -> None:
        self.queued.emit(self.case_id)
        self.accept()

    @Slot(object)
    def _on_failed(self, error=None) -> None:
        self.sending = False
        self.problem.setText(sync_error_text(getattr(error, "code", None) or "store_error"))
        self.problem.show()
        self._enable()

    def done(self, result: int) -> None:
        self.panel.changed.disconnect(self.reload)
        super().done(result)
