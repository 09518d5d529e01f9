"""The main window: New case, search, the case list on the left, the case editor on the right.

Owns the database executor and the import pool, and shuts them down (after a last autosave
flush) when it closes. Thread-safety: GUI thread only; store calls go through the executor.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from casework.case_form import summary_of
from desktop import style, wheel_guard
from desktop.views.about import AboutDialog
from desktop.views.case_editor import CaseEditor
from desktop.views.case_list import (
    CASE_ID_ROLE,
    CHANGED,
    PATIENT,
    STATUS,
    CaseFilterProxy,
    CaseListModel,
    PatientDelegate,
    StatusBadgeDelegate,
)
from desktop.views.receiver_controls import ReceiverControls
from desktop.views.sync_controls import SyncControls
from desktop.words import tr_error
from desktop.workers import DatabaseExecutor, JobPool, call
from local_store import cases
from local_store.errors import StoreError
from local_store.models import Patient

log = logging.getLogger(__name__)
SHUTDOWN_WAIT_MS = 10_000


def _create_case(store):
    case_id = cases.create_case(store, Patient())
    return summary_of(cases.get_case(store, case_id))


class MainWindow(QMainWindow):
    cases_loaded = Signal(int)

    def __init__(self, store, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle("CaseBridge")
        style.apply()
        wheel_guard.install()
        self.executor = DatabaseExecutor(store, self)
        self.import_pool = JobPool(1, self)
        self._closing_done = False
        self.loaded = False

        self.model = CaseListModel(self)
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self._build_toolbar()
        self._build_body()
        self.resize(1280, 760)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        # The DICOM receiver: toolbar buttons, status indicator, listening when switched on.
        self.receiver = ReceiverControls(self)
        # Sending cases: status-bar indicator, Sending panel, enrolling, the engine's thread.
        self.sync = SyncControls(self)
        self.statusBar().showMessage(self.tr("Loading cases…"))
        self.refresh_cases()

    # ------------------------------------------------------------------ layout

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.new_button = QPushButton(self.tr("＋  New case"))
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(self.new_case)
        bar.addWidget(self.new_button)
        spacer = QWidget()
        spacer.setFixedWidth(16)
        bar.addWidget(spacer)
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(
            self.tr("Search: name, hospital ID, specialty, status or case number")
        )
        self.search.setClearButtonEnabled(True)
        # Wide enough for the whole hint (in any language) however many toolbar buttons follow.
        self.search.ensurePolished()
        hint_width = self.search.fontMetrics().horizontalAdvance(self.search.placeholderText())
        self.search.setMinimumWidth(max(420, hint_width + 48))
        self.search.textChanged.connect(self._on_search)
        bar.addWidget(self.search)
        stretch = QWidget()
        stretch.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(stretch)
        self.about_button = QPushButton(self.tr("About / Data protection"))
        self.about_button.clicked.connect(self.show_about)
        bar.addWidget(self.about_button)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._focus_search)
        self.addAction(find)
        new = QAction(self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.triggered.connect(self.new_case)
        self.addAction(new)

    def _build_body(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.left = QStackedWidget()
        self.empty_label = QLabel(self.tr("No cases yet.\nClick New case to register a patient."))
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setItemDelegateForColumn(STATUS, StatusBadgeDelegate(self.table))
        self.table.setItemDelegateForColumn(PATIENT, PatientDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CHANGED, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        # Row height: PatientDelegate keeps it right for the name and the case line.
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((195, 115, 165, 150, 90, 150)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.no_match = QLabel(self.tr("No case matches this search."))
        self.no_match.setObjectName("emptyState")
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.no_match)
        self.no_match.hide()
        self.left.addWidget(self.empty_label)
        self.left.addWidget(list_box)

        self.right = QStackedWidget()
        self.pick_label = QLabel(self.tr("Choose a case on the left, or click New case."))
        self.pick_label.setObjectName("emptyState")
        self.pick_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pick_label.setWordWrap(True)
        self.editor = CaseEditor(self.executor, self.import_pool)
        self.editor.case_saved.connect(self._on_case_saved)
        self.right.addWidget(self.pick_label)
        self.right.addWidget(self.editor)

        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([690, 660])
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)
        self.setCentralWidget(central)

    # ------------------------------------------------------------------ cases

    def refresh_cases(self) -> None:
        self.executor.submit(
            call(cases.list_cases, self.store), succeeded=self._on_cases, failed=self._on_failed
        )

    @Slot(object)
    def _on_cases(self, rows) -> None:
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        order = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        # list_cases already returns newest first, the default order; re-sort only if changed.
        if order != (CHANGED, Qt.SortOrder.DescendingOrder):
            self.model.sort(*order)
        self._update_empty()
        self.statusBar().clearMessage()
        self.loaded = True
        self.cases_loaded.emit(len(rows))

    def _update_empty(self) -> None:
        total, visible = self.model.rowCount(), self.proxy.rowCount()
        self.left.setCurrentIndex(1 if total else 0)
        self.no_match.setVisible(total > 0 and visible == 0)
        # The count is always current: after a new case, a search, or a reload.
        if visible == total:
            text = self.tr("Cases: %1").replace("%1", str(total))
        else:
            text = self.tr("Showing %1 of %2 cases").replace("%1", str(visible))
            text = text.replace("%2", str(total))
        self.count_label.setText(text)

    @Slot()
    def new_case(self) -> None:
        self.new_button.setEnabled(False)
        self.executor.submit(
            call(_create_case, self.store), succeeded=self._on_created, failed=self._on_failed
        )

    @Slot(object)
    def _on_created(self, summary) -> None:
        self.new_button.setEnabled(True)
        self.search.clear()
        self.model.update_row(summary)
        self._update_empty()
        self.select_case(summary.id)
        self.editor.case_loaded.connect(self._focus_name_once)

    @Slot(str)
    def _focus_name_once(self, _case_id: str) -> None:
        self.editor.case_loaded.disconnect(self._focus_name_once)
        self.editor.controls["patient.name"].setFocus()

    def select_case(self, case_id: str) -> None:
        row = self.model.row_of(case_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        else:
            self.open_case(case_id)

    @Slot(object, object)
    def _on_current_changed(self, current, _previous) -> None:
        if current.isValid():
            self.open_case(current.data(CASE_ID_ROLE))

    def open_case(self, case_id: str) -> None:
        if self.editor.case_id == case_id:
            return
        self.right.setCurrentWidget(self.editor)
        self.editor.load_case(case_id)

    @Slot(object)
    def _on_case_saved(self, summary) -> None:
        self.model.update_row(summary)

    @Slot(str)
    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_empty()

    @Slot()
    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    @Slot(object)
    def _on_failed(self, error) -> None:
        self.new_button.setEnabled(True)
        code = error.code if isinstance(error, StoreError) else "store_error"
        self.statusBar().showMessage(tr_error(code))

    @Slot()
    def show_about(self) -> None:
        AboutDialog(self.store, self).exec()

    @Slot()
    def bring_forward(self) -> None:
        """A second start on the same data folder asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # ------------------------------------------------------------------ closing

    def shutdown(self) -> None:
        """Save what is pending, stop imports, close the executor's connection (bounded)."""
        if self._closing_done:
            return
        self._closing_done = True
        self.editor.flush()
        # Viewer windows read from the store: they close with the main window.
        self.editor.viewers.close_all()
        # First, so no received image still waits for the executor when it closes.
        self.receiver.shutdown()
        # The engine writes through the executor: it stops (bounded) before the executor does.
        self.sync.shutdown()
        self.import_pool.shutdown(SHUTDOWN_WAIT_MS)
        if not self.executor.shutdown(SHUTDOWN_WAIT_MS):
            log.warning("database executor did not finish within %d ms", SHUTDOWN_WAIT_MS)

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)
