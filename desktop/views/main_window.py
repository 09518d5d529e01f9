"""The main window: New case, search, the case list on the left, the case editor on the right;
on a specialist's computer (enrolled with the role "specialist"), "Assigned cases" and the
review of a received case instead (desktop.views.worklist, desktop.views.review_view).

Owns the database executor and the import pool, and shuts them down (after a last autosave
flush) when it closes; and the screen lock (``desktop.screen_lock``), which starts locked,
asking who is working, when staff sign-in is on (``sign_in``). Thread-safety: GUI thread
only; store calls go through the executor.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal, Slot
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

from casework import case_state
from casework.case_form import summary_of
from desktop import style, wheel_guard
from desktop.screen_lock import ScreenLock
from desktop.views.about import AboutDialog
from desktop.views.backup_reminder import BackupReminder
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
from desktop.views.screen_fit import fit_to_screen
from desktop.views.sync_controls import SyncControls
from desktop.views.trash_view import TrashDialog
from desktop.words import tr_case, tr_error, tr_review
from desktop.workers import DatabaseExecutor, JobPool, call
from local_store import cases, trash
from local_store.errors import StoreError
from local_store.models import Patient

log = logging.getLogger(__name__)
SHUTDOWN_WAIT_MS = 10_000
OPEN_RETRY_MS = 200  # a .cbundle given at start waits for the case list and the lock


def _create_case(store):
    case_id = cases.create_case(store, Patient())
    return summary_of(cases.get_case(store, case_id))


class MainWindow(QMainWindow):
    cases_loaded = Signal(int)

    def __init__(self, store, parent=None, *, sign_in: bool = False) -> None:
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
        fit_to_screen(self, 1280, 760)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        # The DICOM receiver: toolbar buttons, status indicator, listening when switched on.
        self.receiver = ReceiverControls(self)
        # Sending cases: status-bar indicator, Sending panel, enrolling, the engine's thread.
        self.sync = SyncControls(self)
        self.backup_reminder = BackupReminder(self)
        self.worklist = None
        self.review = None
        self._fetch_key = None
        self._thread_count: int | None = None  # follow-up messages sent or received, last told
        self.sync.service.enrollment_changed.connect(self._on_enrollment)
        # Last of the toolbar's parts: the lock covers every window, these included.
        self.lock = ScreenLock(self, sign_in=sign_in)
        self.statusBar().showMessage(self.tr("Loading cases…"))
        self.refresh_cases()
        # What has been in the trash for more than 30 days goes for good.
        self.executor.submit(call(trash.purge_expired, self.store))

    # ------------------------------------------------------------------ layout

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.new_button = QPushButton(self.tr("+  New case"))
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
        # Last: on a narrow screen the rarely needed Trash is the first to go into the "»" menu.
        self.trash_button = QPushButton(tr_case("trash"))
        self.trash_button.clicked.connect(self.show_trash)
        bar.addWidget(self.trash_button)
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
        self.editor.case_removed.connect(self._on_case_removed)
        self.editor.case_changed.connect(self.refresh_cases)
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
        # The clinic's page; a specialist's computer adds its worklist page (show_worklist).
        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        layout.addWidget(self.pages)
        self.setCentralWidget(central)

    # ------------------------------------------------------------------ specialist

    @Slot(object)
    def _on_enrollment(self, enrollment) -> None:
        if enrollment is not None and enrollment.role == "specialist":
            self.show_worklist()

    def show_worklist(self) -> None:
        """The specialist's main page: Assigned cases, and a case's review opened from it."""
        from desktop.views.review_view import ReviewView
        from desktop.views.worklist import WorklistView

        if self.worklist is None:
            self.worklist = WorklistView(self.executor)
            self.worklist.loaded.connect(self._on_worklist_loaded)
            self.review = ReviewView(self.executor)
            self.review.back_requested.connect(self.show_worklist)
            self.review.answered.connect(self.worklist.refresh)
            self.worklist.open_requested.connect(self.open_review)
            self.specialist_pages = QStackedWidget()
            self.specialist_pages.addWidget(self.worklist)
            self.specialist_pages.addWidget(self.review)
            self.pages.addWidget(self.specialist_pages)
            self.sync.service.progress.connect(self._on_sync_progress)
            # Creating cases is the clinic's work: a specialist's toolbar leaves it out.
            bar = self.findChild(QToolBar, "mainToolbar")
            for action in bar.actions():
                if bar.widgetForAction(action) in (self.new_button, self.search):
                    action.setVisible(False)
        self.pages.setCurrentWidget(self.specialist_pages)
        self.specialist_pages.setCurrentWidget(self.worklist)
        self.worklist.refresh()

    @Slot(str)
    def open_review(self, bundle_id: str) -> None:
        self.specialist_pages.setCurrentWidget(self.review)
        self.review.load(bundle_id)
        # Opening marks the case opened: the worklist (and the clinic) follow.
        self.review.loaded.connect(self._refresh_worklist_once)

    @Slot(str)
    def _refresh_worklist_once(self, _bundle_id: str) -> None:
        self.review.loaded.disconnect(self._refresh_worklist_once)
        self.worklist.refresh()

    @Slot(int)
    def _on_worklist_loaded(self, count: int) -> None:
        from casework.worklist import review_counts

        self.count_label.setText(tr_review("count", count=count))
        # The status bar says what waits for the specialist, never "all cases sent".
        self.sync.indicator.set_review(review_counts(self.worklist.rows))

    @Slot(object)
    def _on_sync_progress(self, progress) -> None:
        # A case fetched (or one more offered) changes the worklist; a follow-up message sent
        # or received changes its row and the thread of the case under review.
        # (A report while a file is sent counts no messages.)
        key = (progress.state, progress.case_id, progress.to_receive)
        thread_moved = False
        if progress.state != "sending":
            before, self._thread_count = self._thread_count, progress.thread_messages
            thread_moved = before is not None and before != self._thread_count
        if key != self._fetch_key or thread_moved:
            self._fetch_key = key
            self.worklist.refresh()
            # A question's files come as a case of their own, before or after the question.
            self.review.reload_thread()

    # ------------------------------------------------------------------ cases

    @Slot()
    def refresh_cases(self) -> None:
        # Each row with the state every screen shows (casework.case_state).
        self.executor.submit(
            call(case_state.case_rows, self.store), succeeded=self._on_cases, failed=self._on_failed
        )

    @Slot(str)
    def _on_case_removed(self, _case_id: str) -> None:
        self.right.setCurrentWidget(self.pick_label)
        self.refresh_cases()

    @Slot()
    def show_trash(self) -> None:
        dialog = TrashDialog(self.executor, self)
        dialog.restored.connect(self.refresh_cases)
        self.trash_dialog = dialog
        dialog.open()

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
        if self.worklist is not None:
            return  # a specialist's status bar counts the assigned cases
        # The count is always current: after a new case, a search, or a reload.
        if visible == total:
            text = self.tr("Cases: %1").replace("%1", str(total))
        else:
            text = self.tr("Showing %1 of %2 cases").replace("%1", str(visible))
            text = text.replace("%2", str(total))
        self.count_label.setText(text)

    def changeEvent(self, event) -> None:
        # Texts composed here (the counts, the list's columns) follow a language switch; the
        # rest is retranslated in place by desktop.language.
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "count_label"):
            self.model.retranslate()
            self._update_empty()
        super().changeEvent(event)

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
    @Slot(str)
    def open_carried(self, path: str) -> None:
        """Open a .cbundle brought on a USB stick (a double click on it, or `casebridge FILE`):
        the Sending panel, and over it the check of the file. Waits while the case list is
        still loading or the screen is locked (nothing is opened past the lock)."""
        if not self.loaded or self.lock.locked:
            QTimer.singleShot(OPEN_RETRY_MS, self, lambda: self.open_carried(path))
            return
        self.bring_forward()
        self.sync.show_panel()
        self.sync.panel.open_carried(Path(path))

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
        self.lock.shutdown()
        self.editor.flush()
        # Viewer windows read from the store: they close with the main window.
        self.editor.viewers.close_all()
        if self.review is not None:
            self.review.viewers.close_all()
            self.review.shutdown(SHUTDOWN_WAIT_MS)
            self.worklist.shutdown(SHUTDOWN_WAIT_MS)
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
