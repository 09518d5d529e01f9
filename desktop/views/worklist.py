"""The specialist's "Assigned cases": the worklist of cases offered to this computer, with
Open, Accept and Decline.

Rows come from casework.worklist.worklist_rows on the database executor; Accept and Decline ask
the service (sync.review) on a job pool thread, never the GUI thread nor the database
executor (a slow link must not hold the store's other work). ``open_requested`` carries the
bundle id of a fetched case to review. A row whose follow-up thread waits for an answer says
"Question asked" in bold in its Opinion column; a case the clinic added files to says "New
files" there too (or that they are not fetched yet, or could not be: the tooltip says why),
its update bundles being folded into its row. Thread-safety: GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casework.worklist import WorklistRow, worklist_rows
from desktop.words import (
    tr_date,
    tr_error,
    tr_fetch_state,
    tr_opinion_state,
    tr_review,
    tr_review_error,
    tr_sex,
    tr_specialty,
    tr_status,
    tr_urgency,
)
from desktop.workers import DatabaseExecutor, JobPool, call
from local_store.received import FAILED, STORED, WAITING
from sync.thread import QUESTION_ASKED

BUNDLE_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    "col_patient",
    "col_specialty",
    "col_urgency",
    "col_question",
    "col_assigned",
    "col_due",
    "col_fetched",
    "col_opinion",
)
OPINION = COLUMNS.index("col_opinion")


def _patient(row: WorklistRow) -> str:
    if not row.fetched:
        return tr_review("not_fetched_yet")
    age = "?" if row.age_years is None else str(row.age_years)
    return tr_review("age_sex", age=age, sex=tr_sex(row.sex))


def row_texts(row: WorklistRow) -> list[str]:
    """The texts of one worklist row, column by column."""
    fetched = tr_fetch_state(row.fetch_state)
    if row.problem and not row.fetched:
        fetched = f"{fetched}: {tr_review_error(row.problem)}"
    return [
        _patient(row),
        tr_specialty(row.specialty),
        tr_urgency(row.urgency),
        row.first_question,
        tr_date(row.offered_at),
        tr_date(row.due_at),
        fetched,
        _opinion(row),
    ]


NEW_FILES = {STORED: "new_files", WAITING: "new_files_waiting", FAILED: "new_files_failed"}


def _opinion(row: WorklistRow) -> str:
    """Where the opinion is, "Question asked" while the clinic waits for an answer, and
    whether the clinic added files to the case (and where their fetch is). An update nothing
    links to its case yet asks for no opinion of its own."""
    if row.update_of is not None and row.opinion == "none":
        return tr_review("update_row")
    parts = [tr_opinion_state(row.opinion)]
    if row.thread == QUESTION_ASKED:
        parts.append(tr_status(QUESTION_ASKED))
    if row.new_files is not None:
        parts.append(tr_review(NEW_FILES[row.new_files]))
    return " · ".join(parts)


def _opinion_tip(row: WorklistRow) -> str:
    """The Opinion cell's tooltip: its text, and why an update could not be fetched."""
    problems = [
        tr_review_error(u.problem) for u in row.updates if u.fetch_state == FAILED and u.problem
    ]
    return "\n".join([_opinion(row), *dict.fromkeys(problems)])


class WorklistView(QWidget):
    open_requested = Signal(str)  # bundle id of a fetched case
    loaded = Signal(int)

    def __init__(self, executor: DatabaseExecutor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.executor = executor
        self.answers = JobPool(1, self)
        self.rows: list[WorklistRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(tr_review("worklist_title"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)

        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([tr_review(c) for c in COLUMNS])
        self.table = QTableView()
        self.table.setObjectName("worklistTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Every column as wide as its words (in any language); the question takes the rest.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_current)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.empty = QLabel(tr_review("worklist_empty"))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        layout.addWidget(self.stack, 1)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(tr_review("open"))
        self.open_button.setObjectName("primaryButton")
        self.open_button.clicked.connect(self._open_current)
        self.accept_button = QPushButton(tr_review("accept"))
        self.accept_button.clicked.connect(self.accept_current)
        self.decline_button = QPushButton(tr_review("decline"))
        self.decline_button.clicked.connect(self._ask_decline)
        self.message = QLabel()
        self.message.setWordWrap(True)
        for button in (self.open_button, self.accept_button, self.decline_button):
            buttons.addWidget(button)
        buttons.addWidget(self.message, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # ------------------------------------------------------------------ rows

    @Slot()
    def refresh(self) -> None:
        store = self.executor.store
        self.executor.submit(
            call(worklist_rows, store), succeeded=self._on_rows, failed=self._on_failed
        )

    @Slot(object)
    def _on_rows(self, rows) -> None:
        current = self.current_row()
        self.rows = list(rows)
        self.model.setRowCount(0)
        for row in self.rows:
            items = []
            for text in row_texts(row):
                item = QStandardItem(text)
                item.setData(row.bundle_id, BUNDLE_ROLE)
                item.setToolTip(text)
                items.append(item)
            items[OPINION].setToolTip(_opinion_tip(row))
            if row.urgent:
                font = items[2].font()
                font.setBold(True)
                items[2].setFont(font)
            if row.thread == QUESTION_ASKED:  # the clinic waits: what to do first
                font = items[OPINION].font()
                font.setBold(True)
                items[OPINION].setFont(font)
            self.model.appendRow(items)
        self.stack.setCurrentIndex(1 if self.rows else 0)
        if current is not None:
            self.select(current.bundle_id)
        self._update_buttons()
        self.loaded.emit(len(self.rows))

    def current_row(self) -> WorklistRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        return self.rows[index.row()]

    def select(self, bundle_id: str) -> None:
        for number, row in enumerate(self.rows):
            if row.bundle_id == bundle_id:
                self.table.selectRow(number)
                return

    @Slot()
    def _update_buttons(self, *_args) -> None:
        row = self.current_row()
        busy = self.answers.busy
        self.open_button.setEnabled(row is not None and row.fetched)
        answerable = row is not None and row.assignment == "offered" and not busy
        self.accept_button.setEnabled(answerable)
        self.decline_button.setEnabled(answerable)

    @Slot()
    def _open_current(self, *_args) -> None:
        row = self.current_row()
        if row is not None and row.fetched:
            self.open_requested.emit(row.bundle_id)

    # ------------------------------------------------------------------ answers

    @Slot()
    def accept_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        from sync import review

        self._ask(call(review.accept, self.executor.store, row.bundle_id), "accepted")

    @Slot()
    def _ask_decline(self) -> None:
        row = self.current_row()
        if row is None:
            return
        reason, ok = QInputDialog.getText(
            self, tr_review("decline_title"), tr_review("decline_reason")
        )
        if ok and reason.strip():
            self.decline_current(reason.strip())

    def decline_current(self, reason: str) -> None:
        row = self.current_row()
        if row is None:
            return
        from sync import review

        self._ask(call(review.decline, self.executor.store, row.bundle_id, reason), "declined")

    def _ask(self, work, done_key: str) -> None:
        self.message.setText(tr_review("asking"))
        self._done_key = done_key
        self.answers.submit(work, succeeded=self._on_answered, failed=self._on_answer_failed)
        self._update_buttons()

    @Slot(object)
    def _on_answered(self, _state) -> None:
        self.message.setText(tr_review(self._done_key))
        self.refresh()

    @Slot(object)
    def _on_answer_failed(self, error) -> None:
        self.message.setText(tr_review_error(getattr(error, "code", None) or "store_error"))
        self._update_buttons()
        self.refresh()

    @Slot(object)
    def _on_failed(self, error) -> None:
        self.message.setText(tr_error(getattr(error, "code", "store_error")))

    def shutdown(self, timeout_ms: int) -> None:
        self.answers.shutdown(timeout_ms)
