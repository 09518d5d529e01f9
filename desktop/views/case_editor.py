"""The case editor: every intake field, the symptom timeline, attachments, validation, autosave.

The form's state lives in ``casework.case_form.CaseForm`` (what is not saved yet, the problems
per field, the notice, the timeline, mark-ready); this view binds widgets to it. Each edit goes
to the model and is saved through the database executor after a short debounce, at once when a
text field is left, when focus leaves the editor, and when the window closes (``flush``).
Problems the store reports (``UpdateResult.rejected``, or ``InvalidIntake`` from "Mark ready to
send") are shown in red next to their field. Widgets are filled from the store with their
signals blocked, so loading a case never saves it back.
Thread-safety: GUI thread only; all store calls run on the DatabaseExecutor.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casework import case_form
from casework.case_form import (
    AUTOSAVE_DELAY_MS,
    CHOICE_FIELDS,
    LONG_TEXT_FIELDS,
    TEXT_FIELDS,
    CaseForm,
    summary_of,
)
from desktop.document_reader import DocumentReader
from desktop.viewers.launcher import ViewerLauncher
from desktop.views.attachments import AttachmentsPanel
from desktop.views.checklist_panel import ChecklistPanel
from desktop.views.date_box import DateBox
from desktop.views.document_kind import DocumentsPanel
from desktop.views.opinion_tab import OpinionTab
from desktop.views.update_dialog import UpdateDialog
from desktop.views.widgets import BannerSlot, FieldRow, Section, inside
from desktop.words import (
    tr_case,
    tr_consent_method,
    tr_date,
    tr_error,
    tr_field,
    tr_form,
    tr_initiator,
    tr_opinion_view,
    tr_problem,
    tr_sex,
    tr_specialty,
    tr_status,
    tr_status_hint,
    tr_urgency,
)
from desktop.workers import DatabaseExecutor, JobPool, call
from local_store import cases
from local_store.errors import InvalidIntake
from local_store.models import SPECIALTIES, Case, CaseStatus, ConsentMethod, Initiator, Sex, Urgency
from local_store.trash import KEEP_DAYS
from local_store.validation import typed_date


class QuestionsEditor(QWidget):
    """One or more specific questions, each in its own box, with add and remove buttons.

    A question often needs a sentence or two of context, so each box takes several lines (Tab
    still moves on to the next field; Enter starts a new line).
    """

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[QWidget, QPlainTextEdit]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._list = QVBoxLayout()
        self._layout.addLayout(self._list)
        self.add_button = QPushButton(self.tr("Add another question"))
        self.add_button.clicked.connect(self._on_add)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        self._layout.addLayout(buttons)
        self.set_questions([])

    def questions(self) -> list[str]:
        return [edit.toPlainText() for _, edit in self._rows if edit.toPlainText().strip()]

    def editors(self) -> list[QPlainTextEdit]:
        return [edit for _, edit in self._rows]

    def set_questions(self, questions: list[str]) -> None:
        for row, _ in self._rows:
            row.deleteLater()
        self._rows = []
        for text in questions or [""]:
            self._add_row(text)

    def _add_row(self, text: str = "") -> QPlainTextEdit:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        number = QLabel(f"{len(self._rows) + 1}.")
        number.setMinimumWidth(24)
        number.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        edit = QPlainTextEdit(text)
        edit.setPlaceholderText(
            self.tr("For example: Is surgery needed, or can this be treated with medicines?")
        )
        edit.setTabChangesFocus(True)
        lines = edit.fontMetrics().lineSpacing()
        edit.setMinimumHeight(3 * lines + 14)
        edit.setMaximumHeight(6 * lines + 14)
        edit.textChanged.connect(self._on_edited)
        remove = QPushButton(self.tr("Remove"))
        remove.setProperty("row_widget", row)
        remove.clicked.connect(self._on_remove)
        layout.addWidget(number, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(edit, 1)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        self._list.addWidget(row)
        self._rows.append((row, edit))
        self._renumber()
        return edit

    def _renumber(self) -> None:
        for i, (row, _) in enumerate(self._rows):
            row.findChild(QLabel).setText(f"{i + 1}.")
            row.findChild(QPushButton).setVisible(len(self._rows) > 1)

    @Slot()
    def _on_add(self) -> None:
        self._add_row().setFocus()

    @Slot()
    def _on_remove(self) -> None:
        row = self.sender().property("row_widget")
        self._rows = [(r, e) for r, e in self._rows if r is not row]
        row.deleteLater()
        if not self._rows:
            self._add_row()
        self._renumber()
        self.changed.emit()

    @Slot()
    def _on_edited(self) -> None:
        self.changed.emit()


class TimelineEditor(QWidget):
    """The symptom timeline: dated entries in a table, with add, change and delete."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(
            [tr_field("timeline.entry_date"), tr_field("timeline.text")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 130)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(120)
        self.table.setMaximumHeight(220)
        layout.addWidget(self.table)
        self.empty = QLabel(self.tr("No entries yet. Add when each symptom started or changed."))
        self.empty.setObjectName("fieldHint")
        layout.addWidget(self.empty)

        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText(self.tr("15/03/2024, or 03/2024"))
        self.date_box = DateBox(self.date_edit, month_only=True)
        self.date_box.setMaximumWidth(300)
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("For example: Cough with blood began"))
        inputs = QGridLayout()
        self.date_row = FieldRow(
            tr_field("timeline.entry_date"), self.date_box, marked=self.date_edit
        )
        self.text_row = FieldRow(tr_field("timeline.text"), self.text_edit)
        inputs.addWidget(self.date_row, 0, 0, Qt.AlignmentFlag.AlignTop)
        inputs.addWidget(self.text_row, 0, 1, Qt.AlignmentFlag.AlignTop)
        inputs.setColumnStretch(1, 1)
        layout.addLayout(inputs)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add to timeline"))
        self.change_button = QPushButton(self.tr("Change selected"))
        self.delete_button = QPushButton(self.tr("Delete selected"))
        self.cancel_button = QPushButton(self.tr("Cancel change"))
        for button in (self.add_button, self.change_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.editing_id: str | None = None
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.change_button.clicked.connect(self._on_change_clicked)
        self.cancel_button.clicked.connect(self.reset_inputs)
        self._on_selection()
        self.reset_inputs()

    def set_entries(self, entries) -> None:
        self.entries = list(entries)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            self.table.setItem(row, 0, QTableWidgetItem(tr_date(entry.entry_date)))
            self.table.setItem(row, 1, QTableWidgetItem(entry.text))
        self.table.setVisible(bool(self.entries))
        self.empty.setVisible(not self.entries)
        self._on_selection()

    def selected_entry(self):
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    @Slot()
    def _on_selection(self) -> None:
        has = self.selected_entry() is not None
        self.change_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    @Slot()
    def _on_change_clicked(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        self.editing_id = entry.id
        self.date_edit.setText(typed_date(entry.entry_date))
        self.text_edit.setText(entry.text)
        self.add_button.setText(self.tr("Save change"))
        self.cancel_button.show()
        self.text_edit.setFocus()

    @Slot()
    def reset_inputs(self) -> None:
        self.editing_id = None
        self.date_edit.clear()
        self.text_edit.clear()
        self.add_button.setText(self.tr("Add to timeline"))
        self.cancel_button.hide()
        self.date_row.set_problem(None)
        self.text_row.set_problem(None)

    def show_problems(self, problems: dict[str, str]) -> None:
        """Problem codes by field path (``CaseForm.timeline_problems``)."""
        rows = {"timeline.entry_date": self.date_row, "timeline.text": self.text_row}
        for path, row in rows.items():
            code = problems.get(path)
            row.set_problem(code, tr_problem(code) if code else "")


class CaseEditor(QWidget):
    """Edits one case at a time; ``flush()`` saves whatever has not been saved yet."""

    case_saved = Signal(object)  # CaseSummary after each save, for the case list
    case_loaded = Signal(str)
    save_state_changed = Signal(str)  # "saved", "saving", "failed"
    review_requested = Signal(str)  # case id: open the Submit review screen
    case_removed = Signal(str)  # case id: it went to the trash
    case_changed = Signal(str)  # case id: closed, or an update queued (the list follows)

    def __init__(self, executor: DatabaseExecutor, import_pool: JobPool, parent=None) -> None:
        super().__init__(parent)
        self.executor = executor
        self.store = executor.store
        self.form = CaseForm()
        self._opinion_shown_for: str | None = None
        self.rows: dict[str, FieldRow] = {}
        self.controls: dict[str, QWidget] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._build(import_pool)
        app = QApplication.instance()
        app.focusChanged.connect(self._on_focus_changed)
        app.aboutToQuit.connect(self.flush)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and watched is self.scroll.widget():
            self._fit_form_width()
        return super().eventFilter(watched, event)

    def _fit_form_width(self) -> None:
        body = self.scroll.widget()
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        width = body.minimumSizeHint().width() + bar + 2 * self.scroll.frameWidth()
        if width != self.scroll.minimumWidth():
            self.scroll.setMinimumWidth(width)

    # ------------------------------------------------------------------ building

    def _build(self, import_pool: JobPool) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._build_header())
        # Why the form cannot change (sent or closed): its own line, above any notice.
        self.lock_banner = QLabel()
        self.lock_banner.setObjectName("banner")
        self.lock_banner.setProperty("kind", "info")
        self.lock_banner.setWordWrap(True)
        self.lock_banner.hide()
        outer.addWidget(self.lock_banner)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.banner_slot = BannerSlot(self.banner)
        outer.addWidget(self.banner_slot)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setSpacing(14)
        self.scroll.setWidget(body)
        # The case's form, and its Opinion tab once an opinion has been received (the tab bar
        # shows only then: a case without one looks as it always did).
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabBarAutoHide(True)
        self.tabs.addTab(self.scroll, tr_opinion_view("case_tab"))
        # Owned by the editor while it is not a tab (Qt then deletes it with the editor).
        self.opinion_tab = OpinionTab(self.executor, self, jobs=import_pool)
        self.opinion_tab.asked.connect(self._on_asked)
        self.opinion_tab.hide()
        self.opinion_tab.available.connect(self._on_opinion_available)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        outer.addWidget(self.tabs, 1)
        # The form scrolls down, never sideways: the editor asks its splitter for the form's
        # least width, kept up to date as the form's content (and language) changes.
        body.installEventFilter(self)

        self._build_patient()
        self._build_consent()
        self._build_question()
        self._build_clinical()
        self._build_doctor()
        self._build_timeline()
        section = Section(self.tr("Attachments (scans, reports, photos)"))
        self.attachments = AttachmentsPanel(self.executor, import_pool)
        # The import compares the scans' patient with the case's: save typing first.
        self.attachments.before_import = self.flush
        section.body.addWidget(self.attachments)
        self.body_layout.addWidget(section)

        section = Section(self.tr("Reports by date"))
        self.documents = DocumentsPanel(self.store, self.executor)
        self.documents.setMinimumHeight(160)
        section.body.addWidget(self.documents)
        self.body_layout.addWidget(section)
        section = Section(self.tr("What the specialist may ask for"))
        self.checklist = ChecklistPanel(self.store, self.executor)
        self.checklist.setMinimumHeight(320)
        section.body.addWidget(self.checklist)
        self.body_layout.addWidget(section)
        self.body_layout.addStretch(1)

        self.viewers = ViewerLauncher(self.executor, self)
        self.attachments.open_requested.connect(self._open_attachment)
        self.documents.open_requested.connect(self._open_document)
        # New reports are read in the background; their kinds, dates and lab values then
        # show in the documents list and the checklist.
        self.reader = DocumentReader(self.executor, import_pool, self)
        self.attachments.changed.connect(self._read_new_documents)
        self.reader.finished.connect(self._documents_read)

    def _build_header(self) -> QWidget:
        header = QFrame()
        header.setObjectName("editorHeader")
        layout = QHBoxLayout(header)
        self.title = QLabel()
        self.title.setObjectName("editorTitle")
        self.status_badge = QLabel()
        self.status_badge.setObjectName("statusBadge")
        self.save_indicator = QLabel()
        self.save_indicator.setObjectName("saveIndicator")
        self.ready_button = QPushButton(self.tr("Mark ready to send"))
        self.ready_button.setObjectName("primaryButton")
        self.ready_button.clicked.connect(self.mark_ready)
        self.send_button = QPushButton(self.tr("Review and send…"))
        self.send_button.setObjectName("primaryButton")
        self.send_button.clicked.connect(self.request_review)
        self.send_button.hide()
        self.update_button = QPushButton(tr_case("send_update"))
        self.update_button.setObjectName("primaryButton")
        self.update_button.clicked.connect(self.send_update)
        self.update_button.hide()
        self.more_button = QToolButton()
        self.more_button.setText(tr_case("more"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        self.close_action = more.addAction(tr_case("close_case"))
        self.close_action.triggered.connect(self.close_case)
        self.remove_action = more.addAction(tr_case("remove_case"))
        self.remove_action.triggered.connect(self.remove_case)
        self.more_button.setMenu(more)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.status_badge)
        layout.addSpacing(12)
        layout.addWidget(self.save_indicator)
        layout.addSpacing(12)
        layout.addWidget(self.ready_button)
        layout.addWidget(self.send_button)
        layout.addWidget(self.update_button)
        layout.addWidget(self.more_button)
        return header

    def _line(self, path: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setProperty("field_path", path)
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(self._on_text_edited)
        edit.editingFinished.connect(self.flush)
        self.controls[path] = edit
        return edit

    def _long(self, path: str, placeholder: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setProperty("field_path", path)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(70)
        edit.setMaximumHeight(130)
        edit.textChanged.connect(self._on_long_text_changed)
        self.controls[path] = edit
        return edit

    def _combo(self, path: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setProperty("field_path", path)
        for code, label in items:
            combo.addItem(label, code)
        combo.activated.connect(self._on_combo_activated)
        self.controls[path] = combo
        return combo

    def _row(self, path: str, control: QWidget, hint: str = "", marked=None) -> FieldRow:
        row = FieldRow(tr_field(path), control, hint, marked=marked)
        self.rows[path] = row
        return row

    def _grid(self, section: Section, rows: list[list[QWidget]]) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        for r, widgets in enumerate(rows):
            for c, widget in enumerate(widgets):
                grid.addWidget(
                    widget, r, c, 1, 2 if len(widgets) == 1 else 1, Qt.AlignmentFlag.AlignTop
                )
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        section.body.addLayout(grid)

    def _build_patient(self) -> None:
        section = Section(self.tr("Patient"))
        name = self._line("patient.name", self.tr("As written on the patient's ID card"))
        sex = self._combo("patient.sex", [(s.value, tr_sex(s.value)) for s in _SEX_ORDER])
        birth = self._line("patient.birth_date", self.tr("Day/month/year, e.g. 21/07/1968"))
        birth_box = DateBox(birth)
        # Whatever is typed stays as typed (no box that drops a third digit); the store says
        # when an age is impossible, next to the field.
        age = self._line("patient.age_years", self.tr("Not known"))
        age.setMaximumWidth(110)
        age_box = QWidget()
        age_layout = QHBoxLayout(age_box)
        age_layout.setContentsMargins(0, 0, 0, 0)
        age_layout.addWidget(age)
        age_layout.addWidget(QLabel(self.tr("years")))
        age_layout.addStretch(1)
        phone = self._line("patient.phone", self.tr("+91 98765 43210"))
        abha = self._line("patient.abha_number", self.tr("12-3456-7890-1234"))
        hospital = self._line("patient.hospital_id")
        self._grid(
            section,
            [
                [self._row("patient.name", name), self._row("patient.sex", sex)],
                [
                    self._row(
                        "patient.birth_date",
                        birth_box,
                        self.tr("Fill in the date of birth, or the age if the date is not known."),
                        marked=birth,
                    ),
                    self._row("patient.age_years", age_box, marked=age),
                ],
                [self._row("patient.phone", phone), self._row("patient.abha_number", abha)],
                [self._row("patient.hospital_id", hospital)],
            ],
        )
        self.body_layout.addWidget(section)

    def _build_consent(self) -> None:
        section = Section(self.tr("Consent"))
        initiator = self._combo(
            "consent.initiated_by", [(i.value, tr_initiator(i.value)) for i in Initiator]
        )
        method = self._combo(
            "consent.method", [(m.value, tr_consent_method(m.value)) for m in ConsentMethod]
        )
        given_by = self._line(
            "consent.given_by", self.tr("The patient, or a relative if the patient cannot")
        )
        at = self._line("consent.at", self.tr("Day/month/year"))
        today = QPushButton(self.tr("Today"))
        today.clicked.connect(self._on_consent_today)
        at_box = DateBox(at)
        at_box.extra.addWidget(today)
        self.consent_today_button = today
        recorded_by = self._line("consent.recorded_by", self.tr("Your name"))
        at_row = FieldRow(tr_field("consent.at"), at_box, marked=at)
        self.rows["consent.at"] = at_row
        self._grid(
            section,
            [
                [self._row("consent.initiated_by", initiator), self._row("consent.method", method)],
                [self._row("consent.given_by", given_by), at_row],
                [self._row("consent.recorded_by", recorded_by)],
            ],
        )
        self.body_layout.addWidget(section)

    def _build_question(self) -> None:
        section = Section(self.tr("Question for the specialist"))
        self.questions = QuestionsEditor()
        self.questions.setProperty("field_path", "referral.questions")
        self.questions.changed.connect(self._on_questions_changed)
        self.controls["referral.questions"] = self.questions
        section.body.addWidget(
            self._row(
                "referral.questions",
                self.questions,
                self.tr("Ask exactly what you want the specialist to answer, one question a box."),
            )
        )
        self.body_layout.addWidget(section)

    def _build_clinical(self) -> None:
        section = Section(self.tr("Clinical details"))
        specialty = self._combo(
            "referral.specialty",
            [("", self.tr("Choose a specialty"))] + [(s, tr_specialty(s)) for s in SPECIALTIES],
        )
        urgency = self._combo("referral.urgency", [(u.value, tr_urgency(u.value)) for u in Urgency])
        diagnosis = self._line("referral.working_diagnosis")
        self._grid(
            section,
            [
                [
                    self._row("referral.specialty", specialty),
                    self._row("referral.urgency", urgency),
                ],
                [self._row("referral.working_diagnosis", diagnosis)],
                [self._row("referral.clinical_summary", self._long("referral.clinical_summary"))],
                [
                    self._row("referral.medications", self._long("referral.medications")),
                    self._row("referral.allergies", self._long("referral.allergies")),
                ],
                [
                    self._row("referral.prior_treatment", self._long("referral.prior_treatment")),
                    self._row(
                        "referral.planned_treatment", self._long("referral.planned_treatment")
                    ),
                ],
            ],
        )
        self.body_layout.addWidget(section)

    def _build_doctor(self) -> None:
        section = Section(self.tr("Referring doctor"))
        self._grid(
            section,
            [
                [
                    self._row("referral.referring_doctor", self._line("referral.referring_doctor")),
                    self._row(
                        "referral.referring_registration",
                        self._line("referral.referring_registration"),
                    ),
                ]
            ],
        )
        self.body_layout.addWidget(section)

    def _build_timeline(self) -> None:
        section = Section(self.tr("Timeline of symptoms"))
        self.timeline = TimelineEditor()
        self.timeline.add_button.clicked.connect(self._on_timeline_save)
        self.timeline.delete_button.clicked.connect(self._on_timeline_delete)
        section.body.addWidget(self.timeline)
        self.body_layout.addWidget(section)

    # ------------------------------------------------------------------ loading

    @property
    def case(self) -> Case | None:
        return self.form.case

    @property
    def case_id(self) -> str | None:
        return self.form.case_id

    def load_case(self, case_id: str) -> None:
        self.flush()
        self.executor.submit(
            call(case_form.load_case, self.store, case_id),
            succeeded=self._on_loaded,
            failed=self._on_failed,
        )

    @Slot(object)
    def _on_loaded(self, loaded) -> None:
        previous = self.case_id
        self.form.loaded(loaded)
        case = loaded.case
        blockers = [c for c in self.controls.values()]
        for control in blockers:
            control.blockSignals(True)
        try:
            self._fill(case)
        finally:
            for control in blockers:
                control.blockSignals(False)
        for row in self.rows.values():
            if isinstance(row.control, DateBox):
                row.control.refresh()
        self._show_problems()
        self.timeline.reset_inputs()
        self.timeline.set_entries(self.form.entries)
        self.attachments.set_case(case.id, loaded.attachments)
        self.documents.load(case.id)
        self.checklist.load(case.id)
        self.reader.read_new(case.id)
        self._show_notice()
        self._show_header()
        self._update_indicator()
        self.scroll.verticalScrollBar().setValue(0)
        if case.id != previous:
            self._opinion_shown_for = None
        self.opinion_tab.load(case.id)
        self.case_loaded.emit(case.id)

    @Slot(bool)
    def _on_opinion_available(self, available: bool) -> None:
        index = self.tabs.indexOf(self.opinion_tab)
        if available and index < 0:
            self.tabs.addTab(self.opinion_tab, tr_opinion_view("tab"))
        elif not available and index >= 0:
            self.tabs.removeTab(index)
        # A case opened with an opinion opens on it: what the clinic came back for.
        if available and self._opinion_shown_for != self.case_id:
            self._opinion_shown_for = self.case_id
            self.tabs.setCurrentWidget(self.opinion_tab)
        elif not available:
            self.tabs.setCurrentWidget(self.scroll)
        if available and self.tabs.currentWidget() is self.opinion_tab:
            self.opinion_tab.mark_seen()  # a new version read while its tab was open

    @Slot(str)
    def _on_asked(self, case_id: str) -> None:
        """A follow-up question was kept: the files it brought join the case's list, and the
        list, the status and the engine follow (it goes at once when the link is up)."""
        if case_id == self.case_id:
            self.load_case(case_id)
        self.case_changed.emit(case_id)

    @Slot(int)
    def _on_tab_changed(self, _index: int) -> None:
        # The form's notices keep their place so fields never jump while typing; the Opinion
        # tab has nothing to type, and a small screen needs that room for the opinion.
        self.banner_slot.setVisible(self.tabs.currentWidget() is self.scroll)
        if self.tabs.currentWidget() is self.opinion_tab:
            self.opinion_tab.mark_seen()

    @Slot(object)
    def _open_attachment(self, payload) -> None:
        if self.case_id is not None:
            self.viewers.open(self.case_id, payload)

    @Slot(str)
    def _open_document(self, attachment_id: str) -> None:
        self.viewers.open_document(attachment_id)

    @Slot()
    def _read_new_documents(self) -> None:
        if self.case_id is not None:
            self.reader.read_new(self.case_id)

    @Slot(str)
    def _documents_read(self, case_id: str) -> None:
        if case_id == self.case_id:
            self.documents.load(case_id)
            self.checklist.load(case_id)

    def _fill(self, case: Case) -> None:
        values = case_form.field_values(case)
        for path in TEXT_FIELDS:
            self.controls[path].setText(values[path])
        for path in LONG_TEXT_FIELDS:
            self.controls[path].setPlainText(values[path])
        for path in CHOICE_FIELDS:
            combo = self.controls[path]
            combo.setCurrentIndex(max(combo.findData(values[path]), 0))
        age = values["patient.age_years"]
        self.controls["patient.age_years"].setText("" if age is None else str(age))
        self.questions.set_questions(values["referral.questions"])
        self._show_age_relation()

    def _show_header(self) -> None:
        case = self.case
        if case is None:
            return
        self.title.setText(self.form.title_name or self.tr("New patient"))
        self.status_badge.setText(tr_status(self.form.shown_state))
        self.status_badge.setToolTip(tr_status_hint(self.form.shown_state))
        self.ready_button.setVisible(self.form.can_mark_ready)
        self.send_button.setVisible(self.form.can_review)
        self.update_button.setVisible(self.form.can_send_update)
        self.close_action.setEnabled(self.form.can_close)
        self.remove_action.setEnabled(self.form.can_remove)
        # A closed case asks nothing more: its Opinion tab keeps the thread, without Ask.
        self.opinion_tab.ask_button.setVisible(self.form.can_close)
        self._show_lock()

    def _show_lock(self) -> None:
        """A sent or closed case: every field read only, and a banner that says why and how
        to add information; the save indicator goes (there is nothing to save)."""
        locked = self.form.locked
        for control in self.controls.values():
            if isinstance(control, QLineEdit | QPlainTextEdit):
                control.setReadOnly(locked)
            else:
                control.setEnabled(not locked)
        for row in self.rows.values():
            if isinstance(row.control, DateBox):
                for button in row.control.findChildren(QPushButton):  # calendar, "Today"
                    button.setEnabled(not locked)
        self.questions.setEnabled(not locked)
        for widget in (
            self.timeline.date_box,
            self.timeline.text_edit,
            self.timeline.add_button,
            self.timeline.change_button,
            self.timeline.delete_button,
        ):
            widget.setVisible(not locked)
        self.timeline.date_row.setVisible(not locked)
        self.timeline.text_row.setVisible(not locked)
        self.attachments.set_locked(locked)
        self.save_indicator.setVisible(not locked)
        notice = self.form.lock_notice
        if notice is None:
            self.lock_banner.hide()
            return
        if notice == "closed":
            text = tr_case("closed_banner")
        else:
            key = "sent_banner_update" if notice == "sent_update" else "sent_banner"
            text = tr_case(key, date=tr_date((self.form.sent_at or "")[:10]))
        self.lock_banner.setText(text)
        self.lock_banner.show()

    def _show_age_relation(self) -> None:
        """Below the age: what the date of birth says (shown, never written into the box)."""
        relation = self.form.age_relation()
        text = tr_form(relation[0], age=relation[1]) if relation else ""
        self.rows["patient.age_years"].set_hint(text)

    def _show_problems(self) -> None:
        for path, row in self.rows.items():
            code = self.form.problems.get(path)
            if row.problem_code != code:
                row.set_problem(code, tr_problem(code) if code else "")

    def _show_notice(self) -> None:
        notice = self.form.notice
        if notice is None:
            self.banner.hide()
            return
        if notice.code == "ready":
            text = self.tr(
                "Ready to send. The case is complete: click Review and send to choose what "
                "goes and queue it."
            )
        elif notice.code == "not_ready":
            text = self.tr(
                "Not ready yet. Items still missing or wrong: %1. They are shown in red below."
            ).replace("%1", str(notice.count))
        else:
            text = tr_error(notice.code)
        self.banner.setText(text)
        if notice.kind:
            self.banner.setProperty("kind", notice.kind)
            self._repolish(self.banner)
        self.banner.show()

    # ------------------------------------------------------------------ edits

    def queue_change(self, path: str, value) -> None:
        """Remember one field's new value; it is saved after the debounce or at ``flush``."""
        if self.case_id is None:
            return
        self.form.edit(path, value)
        if path in ("patient.birth_date", "patient.age_years"):
            self._show_age_relation()
        self._timer.start()
        self._update_indicator()
        if path == "patient.name":
            self.title.setText(self.form.title_name or self.tr("New patient"))

    @Slot(str)
    def _on_text_edited(self, text: str) -> None:
        self.queue_change(self.sender().property("field_path"), text)

    @Slot()
    def _on_long_text_changed(self) -> None:
        sender = self.sender()
        self.queue_change(sender.property("field_path"), sender.toPlainText())

    @Slot(int)
    def _on_combo_activated(self, index: int) -> None:
        combo = self.sender()
        self.queue_change(combo.property("field_path"), combo.itemData(index))
        self.flush()

    @Slot()
    def _on_questions_changed(self) -> None:
        self.queue_change("referral.questions", self.questions.questions())

    @Slot()
    def _on_consent_today(self) -> None:
        today = typed_date(date.today().isoformat())
        self.controls["consent.at"].setText(today)
        self.queue_change("consent.at", today)
        self.flush()

    @Slot(object, object)
    def _on_focus_changed(self, old, new) -> None:
        if self.form.pending and inside(old, self) and not inside(new, self):
            self.flush()

    # ------------------------------------------------------------------ saving

    @property
    def has_unsaved(self) -> bool:
        return self.form.has_unsaved

    @Slot()
    def flush(self) -> None:
        """Send pending changes to the database executor now."""
        self._timer.stop()
        changes = self.form.take_changes()
        if changes is None:
            return
        job = self.executor.submit(
            call(cases.update_case, self.store, self.case_id, changes),
            succeeded=self._on_saved,
            failed=self._on_save_failed,
        )
        if job is not None:
            self.form.save_started()
        self._update_indicator()

    @Slot(object)
    def _on_saved(self, result) -> None:
        self.case_saved.emit(summary_of(result.case))
        if self.form.saved(result):
            self._show_problems()
            self._show_header()
            self._show_notice()
        self._update_indicator()

    @Slot(object)
    def _on_save_failed(self, error) -> None:
        self.form.save_failed(error)
        self._update_indicator()
        self._show_notice()

    def _update_indicator(self) -> None:
        state = self.form.save_state
        text = {
            "failed": self.tr("Not saved"),
            "saving": self.tr("Saving…"),
            "saved": self.tr("✓ Saved"),
        }[state]
        self.save_indicator.setText(text)
        self.save_indicator.setProperty("state", state)
        self.save_indicator.style().unpolish(self.save_indicator)
        self.save_indicator.style().polish(self.save_indicator)
        self.save_state_changed.emit(state)

    # ------------------------------------------------------------------ ready to send

    @Slot()
    def mark_ready(self) -> None:
        if self.case_id is None:
            return
        self.flush()
        self.executor.submit(
            call(case_form.mark_ready, self.store, self.case_id),
            succeeded=self._on_marked_ready,
            failed=self._on_mark_failed,
        )

    def show_status(
        self, case_id: str, status: CaseStatus, shown: str = "", update_pending: bool = False
    ) -> None:
        """A status changed elsewhere (the sync engine): the header follows, nothing is saved."""
        if self.form.status_changed(case_id, status, shown, update_pending):
            self._show_header()

    # ------------------------------------------------------------------ sent, closed, removed

    @Slot()
    def send_update(self) -> None:
        if self.case_id is None or not self.form.can_send_update:
            return
        dialog = UpdateDialog(self.executor, self.attachments, self.case_id, self)
        dialog.queued.connect(self._on_update_queued)
        self.update_dialog = dialog
        dialog.open()

    @Slot(str)
    def _on_update_queued(self, case_id: str) -> None:
        self.case_changed.emit(case_id)
        if case_id == self.case_id:
            self.load_case(case_id)

    def _patient_label(self) -> str:
        return self.form.title_name or tr_case("no_name")

    @Slot()
    def close_case(self) -> None:
        if self.case_id is None or not self.form.can_close:
            return
        answer = QMessageBox.question(
            self,
            tr_case("confirm_close_title"),
            tr_case("confirm_close", name=self._patient_label()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.flush()
        self.executor.submit(
            call(case_form.close_case, self.store, self.case_id),
            succeeded=self._on_closed,
            failed=self._on_failed,
        )

    @Slot(object)
    def _on_closed(self, loaded) -> None:
        self.case_changed.emit(loaded.case.id)
        if loaded.case.id == self.case_id:
            self._on_loaded(loaded)

    @Slot()
    def remove_case(self) -> None:
        if self.case_id is None or not self.form.can_remove:
            return
        answer = QMessageBox.question(
            self,
            tr_case("confirm_remove_title"),
            tr_case("confirm_remove", name=self._patient_label(), days=KEEP_DAYS),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.flush()
        self.executor.submit(
            call(case_form.remove_case, self.store, self.case_id),
            succeeded=self._on_removed,
            failed=self._on_failed,
        )

    @Slot(object)
    def _on_removed(self, case_id) -> None:
        if case_id == self.case_id:
            self.form = CaseForm()
        self.case_removed.emit(case_id)

    @Slot()
    def request_review(self) -> None:
        if self.case_id is not None:
            self.flush()
            self.review_requested.emit(self.case_id)

    @Slot(object)
    def _on_marked_ready(self, case) -> None:
        self.case_saved.emit(summary_of(case))
        self.case_changed.emit(case.id)
        if not self.form.marked_ready(case):
            return
        self._show_problems()
        self._show_notice()
        self._show_header()

    @Slot(object)
    def _on_mark_failed(self, error) -> None:
        if not isinstance(error, InvalidIntake):
            self._on_failed(error)
            return
        first = self.form.ready_refused(error.problems)
        self._show_problems()
        self._show_notice()
        if first is not None:
            self.scroll.ensureWidgetVisible(self.rows[first])

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    # ------------------------------------------------------------------ timeline

    @Slot()
    def _on_timeline_save(self) -> None:
        if self.case_id is None:
            return
        self.executor.submit(
            call(
                case_form.save_timeline_entry,
                self.store,
                self.case_id,
                self.timeline.editing_id,
                self.timeline.date_edit.text().strip(),
                self.timeline.text_edit.text(),
            ),
            succeeded=self._on_timeline_changed,
            failed=self._on_timeline_failed,
        )

    @Slot()
    def _on_timeline_delete(self) -> None:
        entry = self.timeline.selected_entry()
        if self.case_id is None or entry is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete timeline entry"),
            self.tr("Delete this entry from the timeline?\n\n%1  %2")
            .replace("%1", tr_date(entry.entry_date))
            .replace("%2", entry.text),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.executor.submit(
            call(case_form.delete_timeline_entry, self.store, self.case_id, entry.id),
            succeeded=self._on_timeline_changed,
            failed=self._on_timeline_failed,
        )

    @Slot(object)
    def _on_timeline_changed(self, data) -> None:
        if not self.form.timeline_changed(data):
            return
        self.timeline.reset_inputs()
        self.timeline.set_entries(self.form.entries)

    @Slot(object)
    def _on_timeline_failed(self, error) -> None:
        if isinstance(error, InvalidIntake):
            self.form.timeline_refused(error.problems)
            self.timeline.show_problems(self.form.timeline_problems)
        else:
            self._on_failed(error)

    # ------------------------------------------------------------------ errors

    @Slot(object)
    def _on_failed(self, error) -> None:
        self.form.failed_with(error)
        self._show_notice()


_SEX_ORDER = (Sex.UNKNOWN, Sex.FEMALE, Sex.MALE, Sex.OTHER)
