"""The attachments panel of the open case: add files (button or drag and drop), see the list.

Each file is first encrypted into the blob store on the import pool (``stage_file``: slow, no
database, with progress, time left and Cancel), then recorded on the case by the database
executor (``attach_staged``: one short transaction), so a large scan never holds up autosave.
Files are added one after another; the rest wait in a queue.
Thread-safety: GUI thread only; the work runs on the pools.
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.views.case_list import local_time
from desktop.views.widgets import PROBLEM_STYLE
from desktop.words import tr_error
from desktop.workers import DatabaseExecutor, JobPool
from local_store.attachments import attach_staged, stage_file
from local_store.errors import StoreError
from local_store.models import AttachmentKind

PROGRESS_EVERY_S = 0.1


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


def _expand(paths) -> list[Path]:
    """Files, with folders replaced by the files inside them (a USB folder, an unpacked CD)."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            for root, _dirs, names in os.walk(path):
                files.extend(Path(root) / name for name in sorted(names))
        elif path.is_file():
            files.append(path)
    return files


def _stage_work(store, path: Path):
    size = max(path.stat().st_size, 1)

    def work(cancel: threading.Event, progress) -> object:
        last = [0.0]

        def on_bytes(done: int) -> None:
            now = time.monotonic()
            # Throttled: one signal per byte chunk would flood the GUI thread's event queue.
            if now - last[0] >= PROGRESS_EVERY_S:
                last[0] = now
                progress(min(done / size, 1.0), "")

        staged = stage_file(store, path, cancel, on_bytes)
        progress(1.0, "")
        return staged

    return work


def _attach_work(store, case_id: str, staged):
    def work(cancel: threading.Event, progress) -> object:
        return case_id, attach_staged(store, case_id, staged)

    return work


class AttachmentsPanel(QWidget):
    changed = Signal()  # an attachment was added to the open case

    def __init__(self, executor: DatabaseExecutor, import_pool: JobPool, parent=None) -> None:
        super().__init__(parent)
        self.executor = executor
        self.import_pool = import_pool
        self.store = executor.store
        self.case_id: str | None = None
        self._queue: deque[tuple[str, Path]] = deque()
        self._current = None  # (case_id, path, job, started)
        self.setAcceptDrops(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.setObjectName("primaryButton")
        self.add_button.clicked.connect(self.choose_files)
        buttons.addWidget(self.add_button)
        hint = QLabel(self.tr("or drag files and folders here"))
        hint.setObjectName("fieldHint")
        buttons.addWidget(hint)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.progress_box = QWidget()
        progress_layout = QHBoxLayout(self.progress_box)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setFormat("%p%")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        progress_layout.addWidget(self.progress_label, 2)
        progress_layout.addWidget(self.progress_bar, 2)
        progress_layout.addWidget(self.cancel_button)
        self.progress_box.hide()
        layout.addWidget(self.progress_box)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [self.tr("Name"), self.tr("Kind"), self.tr("Size"), self.tr("Added")]
        )
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.list.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(110)
        self.list.setMaximumHeight(240)
        layout.addWidget(self.list)
        self.empty = QLabel(self.tr("No files attached yet."))
        self.empty.setObjectName("fieldHint")
        layout.addWidget(self.empty)
        self._refresh_empty()

    def kind_label(self, kind: AttachmentKind) -> str:
        return {
            AttachmentKind.DICOM: self.tr("Scan (DICOM)"),
            AttachmentKind.DOCUMENT: self.tr("Document (PDF)"),
            AttachmentKind.PHOTO: self.tr("Photo"),
            AttachmentKind.OTHER: self.tr("Other file"),
        }[kind]

    # -------------------------------------------------------------- showing

    def set_case(self, case_id: str, attachments) -> None:
        self.case_id = case_id
        self.list.clear()
        for attachment in attachments:
            self._add_item(attachment)
        self.message.hide()
        self._refresh_empty()

    def _add_item(self, attachment) -> None:
        item = QTreeWidgetItem(
            [
                attachment.name,
                self.kind_label(attachment.kind),
                human_size(attachment.size),
                local_time(attachment.added_at),
            ]
        )
        item.setData(0, Qt.ItemDataRole.UserRole, attachment.id)
        self.list.addTopLevelItem(item)

    def _refresh_empty(self) -> None:
        has = self.list.topLevelItemCount() > 0
        self.list.setVisible(has)
        self.empty.setVisible(not has)

    def _say(self, text: str, problem: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(PROBLEM_STYLE if problem else "")
        self.message.show()

    # -------------------------------------------------------------- adding

    @Slot()
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose files to attach"),
            "",
            self.tr(
                "All files (*);;Scans (*.dcm);;PDF documents (*.pdf);;Photos (*.jpg *.jpeg *.png)"
            ),
        )
        if names:
            self.add_files(names)

    def add_files(self, paths) -> None:
        """Attach these files (folders are opened) to the open case, one after another."""
        if self.case_id is None:
            return
        for path in _expand(paths):
            self._queue.append((self.case_id, path))
        self._next()

    def _next(self) -> None:
        if self._current is not None:
            return
        if not self._queue:
            self.progress_box.hide()
            return
        case_id, path = self._queue.popleft()
        self.progress_bar.setValue(0)
        self.progress_label.setText(self.tr("Adding %1…").replace("%1", path.name))
        self.progress_box.show()
        job = self.import_pool.submit(
            _stage_work(self.store, path),
            succeeded=self._on_staged,
            failed=self._on_failed,
            progress=self._on_progress,
        )
        if job is None:
            return
        self._current = (case_id, path, job, time.monotonic())

    @Slot(float, str)
    def _on_progress(self, fraction: float, _message: str) -> None:
        if self._current is None:
            return
        _case_id, path, _job, started = self._current
        self.progress_bar.setValue(int(fraction * 1000))
        elapsed = time.monotonic() - started
        text = self.tr("Adding %1…").replace("%1", path.name)
        if 0.02 < fraction < 1.0 and elapsed > 1.0:
            left = int(elapsed * (1 - fraction) / fraction) + 1
            if left >= 60:
                left_text = self.tr("about %1 min left").replace("%1", str((left + 59) // 60))
            else:
                left_text = self.tr("about %1 s left").replace("%1", str(left))
            text = f"{text} {left_text}"
        self.progress_label.setText(text)

    @Slot(object)
    def _on_staged(self, staged) -> None:
        if self._current is None:
            return
        case_id = self._current[0]
        self.executor.submit(
            _attach_work(self.store, case_id, staged),
            succeeded=self._on_attached,
            failed=self._on_failed,
        )

    @Slot(object)
    def _on_attached(self, data) -> None:
        case_id, result = data
        self._current = None
        if case_id == self.case_id:
            if result.duplicate:
                self._say(
                    self.tr("%1 is already attached to this case.").replace(
                        "%1", result.attachment.name
                    )
                )
            else:
                self._add_item(result.attachment)
                self._refresh_empty()
                self._say(self.tr("Added %1.").replace("%1", result.attachment.name))
                self.changed.emit()
        self._next()

    @Slot(object)
    def _on_failed(self, error) -> None:
        self._current = None
        code = error.code if isinstance(error, StoreError) else "store_error"
        if isinstance(error, OSError) and not isinstance(error, StoreError):
            self._say(self.tr("This file could not be read. Check that it is still there."), True)
        else:
            self._say(tr_error(code), code != "cancelled")
        if code == "cancelled":
            self._queue.clear()
        self._next()

    @Slot()
    def cancel(self) -> None:
        if self._current is not None:
            self._current[2].cancel.set()

    # -------------------------------------------------------------- drag and drop

    def dragEnterEvent(self, event) -> None:
        if self.case_id is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if self.case_id is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)
