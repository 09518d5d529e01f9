"""The Trash: removed cases and files, kept 30 days, put back with Restore.

Lists ``local_store.trash.list_trash`` (read on the database executor) with what each item is,
its name, when it was removed and when it goes for good; Restore puts the chosen item back
(``trash.restore``) and ``restored`` tells the main window to read its case list again.
Thread-safety: GUI thread only; store calls run on the DatabaseExecutor.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.views.case_list import local_time
from desktop.words import tr_case, tr_error
from desktop.workers import call
from local_store import trash

WHAT, NAME, REMOVED, PURGE = range(4)


class TrashDialog(QDialog):
    restored = Signal()

    def __init__(self, executor, parent=None) -> None:
        super().__init__(parent)
        self.executor = executor
        self.store = executor.store
        self.items: list[trash.TrashItem] = []
        self.loaded = False
        self.setWindowTitle(tr_case("trash_title"))
        self.resize(820, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(tr_case("trash_intro", days=trash.KEEP_DAYS))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.stack = QStackedWidget()
        self.empty = QLabel(tr_case("trash_empty"))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                tr_case("trash_what"),
                tr_case("trash_name"),
                tr_case("trash_removed"),
                tr_case("trash_deleted_after"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (WHAT, REMOVED, PURGE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._enable)
        self.stack.addWidget(self.table)
        layout.addWidget(self.stack, 1)
        self.problem = QLabel()
        self.problem.setObjectName("banner")
        self.problem.setProperty("kind", "problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QHBoxLayout()
        self.restore_button = QPushButton(tr_case("restore"))
        self.restore_button.setObjectName("primaryButton")
        self.restore_button.clicked.connect(self.restore_chosen)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._enable()
        self.reload()

    @Slot()
    def reload(self) -> None:
        self.executor.submit(
            call(trash.list_trash, self.store), succeeded=self._on_items, failed=self._on_failed
        )

    @Slot(object)
    def _on_items(self, items) -> None:
        self.items = list(items)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            what = tr_case("trash_case") if item.kind == trash.CASE else tr_case("trash_file")
            values = (
                what,
                item.label or tr_case("no_name"),
                local_time(item.removed_at),
                local_time(item.purge_after),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.stack.setCurrentIndex(1 if self.items else 0)
        if self.items:
            self.table.selectRow(0)
        self._enable()
        self.loaded = True

    def chosen(self) -> trash.TrashItem | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    @Slot()
    def _enable(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    @Slot()
    def restore_chosen(self) -> None:
        item = self.chosen()
        if item is None:
            return
        self.restore_button.setEnabled(False)
        self.executor.submit(
            call(trash.restore, self.store, item),
            succeeded=self._on_restored,
            failed=self._on_failed,
        )

    @Slot(object)
    def _on_restored(self, _result) -> None:
        self.problem.hide()
        self.restored.emit()
        self.reload()

    @Slot(object)
    def _on_failed(self, error) -> None:
        self.problem.setText(tr_error(getattr(error, "code", None) or "store_error"))
        self.problem.show()
        self._enable()
