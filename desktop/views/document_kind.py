"""The case's documents by date, each with its kind and date shown and editable.

``DocumentKindEditor`` is the kind list and date field for one document (used above a report
and in the list); ``DocumentsPanel`` lists the case's documents oldest first (undated last, as
``local_store.document_kinds.list_documents`` orders them), and re-sorts when a date is changed. A
kind or date the user sets is saved at once through the database executor and kept across
later re-reading of the document; a refused date is explained next to the field.
Thread-safety: GUI thread only; store calls run on the DatabaseExecutor.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import wording.clinical
from clinical.models import DocumentKind
from desktop.views.widgets import PROBLEM_STYLE
from desktop.words import plural, tr_error, tr_problem
from desktop.workers import DatabaseExecutor, call
from local_store import document_kinds
from local_store.errors import InvalidIntake, StoreError


def tr_word(table: dict[str, str], code: str) -> str:
    """A code's words from one of the wording tables, translated (the code itself if unknown)."""
    text = table.get(code)
    return QCoreApplication.translate(wording.CONTEXT, text) if text else code


def tr_kind(code: str) -> str:
    return tr_word(wording.clinical.DOCUMENT_KIND, code)


def kind_combo(kinds: Iterable[DocumentKind] = DocumentKind, parent=None) -> QComboBox:
    combo = QComboBox(parent)
    fill_kinds(combo, kinds)
    return combo


def fill_kinds(combo: QComboBox, kinds: Iterable[DocumentKind]) -> None:
    """The kinds this document can be (``document_kinds.kinds_for`` its file type)."""
    combo.clear()
    for kind in kinds:
        combo.addItem(tr_kind(kind.value), kind.value)


class DocumentKindEditor(QWidget):
    """Kind (a list) and date (typed, YYYY-MM-DD) of one document, with where each came from."""

    kind_chosen = Signal(str)
    date_entered = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind = kind_combo()
        self.kind.setToolTip(self.tr("What kind of document this is"))
        self.kind.activated.connect(self._on_kind)
        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("Date, e.g. 2024-03-15"))
        self.date.setMaximumWidth(170)
        self.date.setToolTip(self.tr("The date printed on the document (YYYY-MM-DD)"))
        self.date.editingFinished.connect(self._on_date)
        self.origin = QLabel()
        self.origin.setObjectName("fieldHint")
        self.problem = QLabel()
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        kind_label = QLabel(self.tr("Kind"))
        kind_label.setObjectName("fieldLabel")
        date_label = QLabel(self.tr("Date"))
        date_label.setObjectName("fieldLabel")
        layout.addWidget(kind_label)
        layout.addWidget(self.kind)
        layout.addSpacing(8)
        layout.addWidget(date_label)
        layout.addWidget(self.date)
        layout.addWidget(self.origin)
        layout.addWidget(self.problem, 1)
        layout.addStretch(0)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._shown_date = ""

    def set_document(self, info: document_kinds.DocumentInfo) -> None:
        self.kind.blockSignals(True)
        fill_kinds(self.kind, document_kinds.kinds_for(info.media_type))
        self.kind.setCurrentIndex(max(self.kind.findData(info.kind.value), 0))
        self.kind.blockSignals(False)
        self._shown_date = info.date or ""
        self.date.setText(self._shown_date)
        self.set_problem(None)
        if info.date_by_user or info.kind_by_user:
            self.origin.setText(self.tr("(set by you)"))
        elif info.date:
            self.origin.setText(self.tr("(read from the document)"))
        else:
            self.origin.setText(self.tr("(no date found: type it)"))

    def set_problem(self, code: str | None) -> None:
        self.problem.setText(tr_problem(code) if code else "")
        self.problem.setVisible(bool(code))
        self.date.setProperty("invalid", bool(code))
        self.date.style().unpolish(self.date)
        self.date.style().polish(self.date)

    @Slot(int)
    def _on_kind(self, index: int) -> None:
        self.kind_chosen.emit(self.kind.itemData(index))

    @Slot()
    def _on_date(self) -> None:
        text = self.date.text().strip()
        if text != self._shown_date:
            self._shown_date = text
            self.date_entered.emit(text)


class DocumentSaver(DocumentKindEditor):
    """A DocumentKindEditor that saves the user's kind and date for one attachment."""

    saved = Signal(object)  # the updated DocumentInfo

    def __init__(self, store, db: DatabaseExecutor, parent=None) -> None:
        super().__init__(parent)
        self.store, self.db = store, db
        self.attachment_id: str | None = None
        self.kind_chosen.connect(self._save_kind)
        self.date_entered.connect(self._save_date)

    def set_document(self, info: document_kinds.DocumentInfo) -> None:
        self.attachment_id = info.attachment_id
        super().set_document(info)

    @Slot(str)
    def _save_kind(self, kind: str) -> None:
        if self.attachment_id:
            self.db.submit(
                call(document_kinds.set_kind, self.store, self.attachment_id, kind),
                succeeded=self._on_saved,
                failed=self._on_failed,
            )

    @Slot(str)
    def _save_date(self, text: str) -> None:
        if self.attachment_id:
            self.db.submit(
                call(document_kinds.set_date, self.store, self.attachment_id, text or None),
                succeeded=self._on_saved,
                failed=self._on_failed,
            )

    @Slot(object)
    def _on_saved(self, info) -> None:
        self.set_document(info)
        self.saved.emit(info)

    @Slot(object)
    def _on_failed(self, error) -> None:
        if isinstance(error, InvalidIntake) and error.problems:
            self.set_problem(error.problems[0].code)
        else:
            self.problem.setText(tr_error(error.code if isinstance(error, StoreError) else ""))
            self.problem.show()


class DocumentsPanel(QWidget):
    """The case's documents, oldest first, with kind and date editable in place."""

    open_requested = Signal(str)  # attachment id
    loaded = Signal()
    saved = Signal(object)  # the DocumentInfo as stored

    COLUMNS = ("date", "kind", "name", "status")

    def __init__(self, store, db: DatabaseExecutor, parent=None) -> None:
        super().__init__(parent)
        self.store, self.db = store, db
        self.case_id: str | None = None
        self.docs: list[document_kinds.DocumentInfo] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("File"), self.tr("Reading")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.cellDoubleClicked.connect(self._on_double_click)
        layout.addWidget(self.table)
        self.problem = QLabel()
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.empty = QLabel(self.tr("No reports or photos in this case yet."))
        self.empty.setObjectName("emptyState")
        self.empty.hide()
        layout.addWidget(self.empty)
        self._filling = False

    def load(self, case_id: str) -> None:
        self.case_id = case_id
        self.db.submit(
            call(document_kinds.list_documents, self.store, case_id),
            succeeded=self._on_loaded,
            failed=self._on_failed,
        )

    @Slot(object)
    def _on_loaded(self, docs) -> None:
        self.docs = list(docs)
        self._fill()
        self.loaded.emit()

    def _fill(self) -> None:
        self._filling = True
        self.table.setRowCount(len(self.docs))
        for row, info in enumerate(self.docs):
            date_item = QTableWidgetItem(info.date or "")
            date_item.setToolTip(self.tr("Double-click to type the date printed on it"))
            if not info.date:
                date_item.setData(Qt.ItemDataRole.DisplayRole, "")
                date_item.setToolTip(self.tr("No date found. Double-click to type it."))
            self.table.setItem(row, 0, date_item)
            combo = kind_combo(document_kinds.kinds_for(info.media_type))
            combo.setCurrentIndex(max(combo.findData(info.kind.value), 0))
            combo.setProperty("attachment_id", info.attachment_id)
            combo.activated.connect(self._on_kind_changed)
            self.table.setCellWidget(row, 1, combo)
            name = QTableWidgetItem(info.name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 2, name)
            status = tr_word(wording.clinical.DOCUMENT_STATUS, info.status)
            if info.status == document_kinds.Status.DONE and info.lab_count:
                status = plural(info.lab_count, self.tr("1 lab value"), self.tr("%1 lab values"))
            status_item = QTableWidgetItem(status)
            status_item.setFlags(status_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if info.problem:
                status_item.setToolTip(tr_word(wording.clinical.CLINICAL_ERROR, info.problem))
            self.table.setItem(row, 3, status_item)
        self._filling = False
        self.empty.setVisible(not self.docs)
        self.table.setVisible(bool(self.docs))

    def row_of(self, attachment_id: str) -> int:
        return next((i for i, d in enumerate(self.docs) if d.attachment_id == attachment_id), -1)

    @Slot(int, int)
    def _on_double_click(self, row: int, column: int) -> None:
        if column in (2, 3) and 0 <= row < len(self.docs):
            self.open_requested.emit(self.docs[row].attachment_id)

    @Slot(int)
    def _on_kind_changed(self, index: int) -> None:
        combo = self.sender()
        self.set_kind(combo.property("attachment_id"), combo.itemData(index))

    def set_kind(self, attachment_id: str, kind: str) -> None:
        self.db.submit(
            call(document_kinds.set_kind, self.store, attachment_id, kind),
            succeeded=self._on_saved,
            failed=self._on_failed,
        )

    def set_date(self, attachment_id: str, text: str) -> None:
        self.db.submit(
            call(document_kinds.set_date, self.store, attachment_id, text or None),
            succeeded=self._on_saved,
            failed=self._on_failed,
        )

    @Slot(QTableWidgetItem)
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        info = self.docs[item.row()]
        text = item.text().strip()
        if text != (info.date or ""):
            self.set_date(info.attachment_id, text)

    @Slot(object)
    def _on_saved(self, info) -> None:
        self.problem.hide()
        row = self.row_of(info.attachment_id)
        if row >= 0:
            self.docs[row] = info
        # The same order as list_documents: by date, undated last, then by when added.
        self.docs.sort(key=lambda d: (d.date is None, d.date or "", d.added_at))
        self._fill()
        self.saved.emit(info)

    @Slot(object)
    def _on_failed(self, error) -> None:
        if isinstance(error, InvalidIntake) and error.problems:
            self.problem.setText(tr_problem(error.problems[0].code))
        else:
            self.problem.setText(tr_error(error.code if isinstance(error, StoreError) else ""))
        self.problem.show()
        self._fill()  # put back what is stored
