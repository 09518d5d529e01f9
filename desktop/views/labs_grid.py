"""The lab verification grid beside its report, with a trend chart of the chosen test.

``LabsGrid`` lists the values read from one document. Any cell can be corrected (double-click
or F2); the correction is saved through ``local_store.lab_results.correct_lab``, which keeps the
value as read beside it and works the flag out again. Flags are shown as a symbol and a word
(and a tint), never by colour alone. Choosing a row asks the report to scroll to the page and
place the value was read from; the chart below shows the same test across the case's reports.
The method the lab printed (Photometry, ISE...) has its own read-only column, shown when the
report prints one.
``LabReportView`` puts the report (PDF or photo) and the grid side by side, with the
document's kind and date above them; a clinical photo (a wound, a rash) is shown without the
grid, as it holds no lab values.
Thread-safety: GUI thread only; store calls run on the DatabaseExecutor, decryption on a pool.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import wording.clinical
from clinical.models import DocumentKind
from desktop.viewers.pdf_viewer import PdfViewer
from desktop.viewers.photo_viewer import PhotoViewer, VersionSaver
from desktop.views.document_kind import DocumentSaver, tr_word
from desktop.views.trend_chart import TrendChart, TrendPoint
from desktop.views.widgets import PROBLEM_STYLE
from desktop.words import tr_error, tr_problem
from desktop.workers import DatabaseExecutor, JobPool, call
from local_store import attachments, document_kinds, lab_results
from local_store.errors import InvalidIntake, StoreError

# The flag sits next to the value it qualifies, so it stays in view in a narrow window.
COLUMNS = ("test", "value", "flag", "unit", "reference", "method", "checked")
FIELD_COLUMNS = {"test": 0, "value": 1, "unit": 3, "reference": 4}
FLAG_COLUMN, CHECK_COLUMN = COLUMNS.index("flag"), COLUMNS.index("checked")
METHOD_COLUMN = COLUMNS.index("method")
# Room kept for test names beside the other columns; longer names wrap onto a second line.
TEST_COLUMN_ROOM = 150
FLAG_SYMBOL = {"L": "▼", "H": "▲", "critical": "‼"}
FLAG_TINT = {"L": QColor("#fde8d0"), "H": QColor("#fde2e4"), "critical": QColor("#f6b3ba")}
CORRECTED = QColor("#0b4f8a")


def flag_text(flag: str | None) -> str:
    """Symbol and short word for the grid cell; the full wording is the cell's tooltip."""
    if not flag:
        return ""
    words = {
        "L": QCoreApplication.translate("LabsGrid", "Low"),
        "H": QCoreApplication.translate("LabsGrid", "High"),
        "critical": QCoreApplication.translate("LabsGrid", "Critical"),
    }
    return f"{FLAG_SYMBOL.get(flag, '')} {words.get(flag, flag)}".strip()


class LabsGrid(QWidget):
    """The lab values of one document, correctable, with the chosen test's trend below."""

    position_requested = Signal(int, object)  # 0-based page, (x0, top, x1, bottom) in points
    loaded = Signal()
    saved = Signal(object)  # the corrected StoredLab

    def __init__(self, store, db: DatabaseExecutor, parent=None) -> None:
        super().__init__(parent)
        self.store, self.db = store, db
        self.attachment_id: str | None = None
        self.case_id: str | None = None
        self.labs: list[lab_results.StoredLab] = []
        self.trends: dict[str, lab_results.Trend] = {}
        self._filling = False
        self._typed = ("", "")  # the last correction's test and typed text, for its problem
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Test"),
                self.tr("Result"),
                self.tr("Flag"),
                self.tr("Unit"),
                self.tr("Normal range"),
                tr_word(wording.clinical.LAB_METHOD, "header"),
                "✓",
            ]
        )
        self.table.horizontalHeaderItem(METHOD_COLUMN).setToolTip(
            tr_word(wording.clinical.LAB_METHOD, "tip")
        )
        self.table.horizontalHeaderItem(CHECK_COLUMN).setToolTip(
            self.tr("Checked against the report")
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Long test names wrap inside the stretching first column rather than push the flag
        # and range out of view.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(24)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(True)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.currentCellChanged.connect(self._on_current_changed)
        self.critical = QLabel()
        self.critical.setObjectName("banner")
        self.critical.setProperty("kind", "problem")
        self.critical.setWordWrap(True)
        self.critical.hide()
        layout.addWidget(self.critical)
        layout.addWidget(self.table, 3)
        self.hint = QLabel(
            self.tr(
                "Compare each value with the report. Double-click a cell to correct it; "
                "corrected values are shown in blue italics. Tick ✓ when a row matches the report."
            )
        )
        self.hint.setObjectName("fieldHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.problem = QLabel()
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout.addWidget(self.empty)
        self.chart = TrendChart()
        self.chart.setMaximumHeight(220)
        layout.addWidget(self.chart, 2)

    # ---- loading

    def load(self, attachment_id: str, case_id: str) -> None:
        self.attachment_id, self.case_id = attachment_id, case_id
        store = self.store

        def read():
            return (
                lab_results.list_labs(store, attachment_id=attachment_id),
                lab_results.lab_trends(store, case_id),
                document_kinds.get_document(store, attachment_id),
            )

        self.db.submit(call(read), succeeded=self._on_loaded, failed=self._on_failed)

    @Slot(object)
    def _on_loaded(self, data) -> None:
        labs, trends, info = data
        self.labs = list(labs)
        self.trends = {t.key: t for t in trends}
        self._fill()
        if not self.labs:
            if info.status == document_kinds.Status.FAILED:
                text = tr_word(wording.clinical.CLINICAL_ERROR, info.problem)
            elif info.status == document_kinds.Status.PENDING:
                text = self.tr("This document has not been read yet.")
            else:
                text = tr_word(wording.clinical.CLINICAL_ERROR, "not_a_lab_report")
            self.empty.setText(text)
        self.empty.setVisible(not self.labs)
        self.table.setVisible(bool(self.labs))
        self.hint.setVisible(bool(self.labs))
        if self.labs:
            self.table.setCurrentCell(0, 0)
        self.updateGeometry()
        self.loaded.emit()

    def wanted_width(self) -> int:
        """The width at which every column but the test name is whole and the name has room
        to wrap: what the pane beside a report must be given so no value hides off the right."""
        header = self.table.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(self.table.columnCount())
            if c != FIELD_COLUMNS["test"]
        )
        frame = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        return others + TEST_COLUMN_ROOM + frame

    def _fill(self) -> None:
        self._filling = True
        self.table.setRowCount(len(self.labs))
        for row, lab in enumerate(self.labs):
            self._fill_row(row, lab)
        # Most reports print no method: an empty column would only narrow the test names.
        has_method = any(lab.result.method for lab in self.labs)
        self.table.setColumnHidden(METHOD_COLUMN, not has_method)
        self._filling = False
        self._show_critical()

    def _show_critical(self) -> None:
        """Critical values again above the grid, in words: they must not scroll out of sight."""
        critical = [lab.result for lab in self.labs if lab.result.flag == "critical"]
        word = tr_word(wording.clinical.LAB_FLAG, "critical")
        lines = [f"‼ {r.test} {r.value} {r.unit}: {word}".strip() for r in critical]
        self.critical.setText("\n".join(lines))
        self.critical.setVisible(bool(lines))

    def _fill_row(self, row: int, lab: lab_results.StoredLab) -> None:
        result, extracted = lab.result, lab.extracted
        flag = result.flag.value if result.flag else None
        tint = FLAG_TINT.get(flag or "")
        for field, column in FIELD_COLUMNS.items():
            text = getattr(result, field)
            item = QTableWidgetItem(text)
            was = getattr(extracted, field)
            if text != was:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
                item.setForeground(QBrush(CORRECTED))
                item.setToolTip(self.tr("Read from the report as: %1").replace("%1", was or "—"))
            if field == "value" and flag:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            if tint is not None:
                item.setBackground(QBrush(tint))
            self.table.setItem(row, column, item)
        flag_item = QTableWidgetItem(flag_text(flag))
        flag_item.setFlags(flag_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        if flag:
            bold = QFont(flag_item.font())
            bold.setBold(True)
            flag_item.setFont(bold)
            flag_item.setBackground(QBrush(tint))
            tip = tr_word(wording.clinical.LAB_FLAG, flag)
            if result.lab_flag:
                tip += "\n" + self.tr("The lab marked it: %1").replace("%1", result.lab_flag)
            flag_item.setToolTip(tip)
        self.table.setItem(row, FLAG_COLUMN, flag_item)
        method = QTableWidgetItem(result.method)
        method.setFlags(method.flags() & ~Qt.ItemFlag.ItemIsEditable)
        if tint is not None:
            method.setBackground(QBrush(tint))
        self.table.setItem(row, METHOD_COLUMN, method)
        check = QTableWidgetItem()
        check.setFlags(
            (check.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable
        )
        check.setCheckState(Qt.CheckState.Checked if lab.confirmed else Qt.CheckState.Unchecked)
        self.table.setItem(row, CHECK_COLUMN, check)

    # ---- choosing a row: the report and the chart follow

    @Slot(int, int, int, int)
    def _on_current_changed(self, row: int, column: int, old_row: int, old_column: int) -> None:
        if not 0 <= row < len(self.labs) or row == old_row:
            return
        self.show_row(row)

    def show_row(self, row: int) -> None:
        lab = self.labs[row]
        result = lab.result
        if result.bbox and any(result.bbox):
            self.position_requested.emit(result.page - 1, tuple(result.bbox))
        else:
            self.position_requested.emit(result.page - 1, None)
        trend = self.trends.get(lab_results.trend_key(result))
        points = []
        if trend is not None:
            points = [
                TrendPoint(
                    p.date or "",
                    p.value,
                    p.flag.value if p.flag else None,
                    result.low,
                    result.high,
                )
                for p in trend.points
            ]
        self.chart.set_series(result.test, result.unit, points)

    # ---- corrections

    @Slot(QTableWidgetItem)
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or not 0 <= item.row() < len(self.labs):
            return
        lab = self.labs[item.row()]
        if item.column() == CHECK_COLUMN:
            confirmed = item.checkState() == Qt.CheckState.Checked
            if confirmed != lab.confirmed:
                self.correct(lab.id, confirmed=confirmed)
            return
        field = next((f for f, c in FIELD_COLUMNS.items() if c == item.column()), None)
        if field is None:
            return
        text = item.text().strip()
        if text == getattr(lab.result, field):
            return
        # Typing back exactly what was read removes the correction instead of storing a copy.
        value = None if text == getattr(lab.extracted, field) else text
        self._typed = (lab.result.test, text)
        self.correct(lab.id, **{field: value})

    def correct(self, lab_id: str, **changes) -> None:
        self.problem.hide()
        self.db.submit(
            call(lab_results.correct_lab, self.store, lab_id, **changes),
            succeeded=self._on_corrected,
            failed=self._on_failed,
        )

    @Slot(object)
    def _on_corrected(self, lab) -> None:
        row = next((i for i, old in enumerate(self.labs) if old.id == lab.id), -1)
        if row < 0:
            return
        self.labs[row] = lab
        self._filling = True
        self._fill_row(row, lab)
        self._filling = False
        self._show_critical()
        self.saved.emit(lab)
        store, case_id = self.store, self.case_id
        self.db.submit(call(lab_results.lab_trends, store, case_id), succeeded=self._on_trends)

    @Slot(object)
    def _on_trends(self, trends) -> None:
        self.trends = {t.key: t for t in trends}
        row = self.table.currentRow()
        if 0 <= row < len(self.labs):
            self.show_row(row)

    @Slot(object)
    def _on_failed(self, error) -> None:
        if isinstance(error, InvalidIntake) and error.problems:
            text = tr_problem(error.problems[0].code)
            test, typed = self._typed
            if typed:
                # What was typed stays in words beside the reason, so it is not silently lost.
                template = self.tr("%1, typed “%2”. %3").replace("%3", text)
                text = template.replace("%1", test).replace("%2", typed)
            self.problem.setText(text)
        else:
            self.problem.setText(tr_error(error.code if isinstance(error, StoreError) else ""))
        self.problem.show()
        self._fill()  # show what is stored again


class LabReportView(QWidget):
    """One document: kind and date above, the report on the left, its lab values on the right."""

    def __init__(
        self,
        store,
        db: DatabaseExecutor,
        attachment_id: str,
        *,
        pool: JobPool | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.store, self.db = store, db
        self.pool = pool or JobPool(1, self)
        self.attachment_id = attachment_id
        self.viewer: PdfViewer | PhotoViewer | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.title = QLabel()
        self.title.setObjectName("editorTitle")
        layout.addWidget(self.title)
        self.kind_editor = DocumentSaver(store, db)
        self.kind_editor.saved.connect(self._show_grid_for)
        layout.addWidget(self.kind_editor)
        self.split = QSplitter()
        self.placeholder = QLabel(self.tr("Opening the report…"))
        self.placeholder.setObjectName("emptyState")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.split.addWidget(self.placeholder)
        self.grid = LabsGrid(store, db)
        self.grid.position_requested.connect(self._on_position)
        self.grid.loaded.connect(self._share_width)
        self.split.addWidget(self.grid)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        layout.addWidget(self.split, 1)
        self._pending_position: tuple[int, object] | None = None
        store_ref = store

        def read():
            attachment = attachments.get_attachment(store_ref, attachment_id)
            return attachment, document_kinds.get_document(store_ref, attachment_id)

        self.db.submit(call(read), succeeded=self._on_document, failed=self._on_failed)

    @Slot(object)
    def _on_document(self, data) -> None:
        attachment, info = data
        self.attachment = attachment
        self.title.setText(attachment.name)
        self.setWindowTitle(attachment.name)
        self.kind_editor.set_document(info)
        self._show_grid_for(info)
        self.grid.load(attachment.id, attachment.case_id)
        store, sha = self.store, attachment.sha256

        def decrypt(cancel: threading.Event, progress):
            return store.blobs.read_bytes(sha)

        self.pool.submit(decrypt, succeeded=self._on_bytes, failed=self._on_failed)

    @Slot(object)
    def _on_bytes(self, data: bytes) -> None:
        if self.attachment.media_type == "application/pdf":
            self.viewer = PdfViewer(data, title=self.attachment.name, narrow=True)
            # The viewer checks the file on a worker first: a place asked for meanwhile is
            # shown once it has opened.
            self.viewer.opened.connect(self._on_viewer_opened)
        else:
            # A photographed report can be turned and cropped here; edits become new versions.
            saver = VersionSaver(
                self.store, self.db, self.pool, self.attachment.id, self.attachment.name, self
            )
            self.viewer = PhotoViewer(data, saver=saver, title=self.attachment.name)
        self.split.replaceWidget(0, self.viewer)
        self.placeholder.deleteLater()
        self._share_width()
        # After the splitter has given the viewer its size: positions depend on the width.
        QTimer.singleShot(0, self, self._show_pending)

    @Slot(object)
    def _show_grid_for(self, info: document_kinds.DocumentInfo) -> None:
        """A clinical photo (a wound, a rash) holds no lab values: no grid saying it is unread."""
        self.grid.setVisible(info.kind is not DocumentKind.CLINICAL_PHOTO)

    @Slot()
    def _share_width(self) -> None:
        """The report gets 55% of the width, but never so much that a lab column is hidden."""
        if self.viewer is None:
            return
        total = max(self.split.width(), 1000)
        grid = total * 45 // 100
        if self.grid.labs:
            grid = min(max(grid, self.grid.wanted_width()), total - total // 3)
        self.split.setSizes([total - grid, grid])

    @Slot(str)
    def _on_viewer_opened(self, state: str) -> None:
        self._show_pending()

    @Slot()
    def _show_pending(self) -> None:
        if self._pending_position is not None:
            self._on_position(*self._pending_position)

    @Slot(int, object)
    def _on_position(self, page: int, bbox) -> None:
        self._pending_position = (page, bbox)
        if isinstance(self.viewer, PdfViewer):
            self.viewer.show_position(page, bbox)

    @Slot(object)
    def _on_failed(self, error) -> None:
        self.placeholder.setText(tr_error(error.code if isinstance(error, StoreError) else ""))
