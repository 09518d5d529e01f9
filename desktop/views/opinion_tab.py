"""The case's Opinion tab: the specialist's opinion as the clinic received it.

Shows a casework.opinion_view.OpinionScreen in large type: the current version's verdict at
the top, the urgent-visit banner when the specialist asked for one, each question the clinic
asked with its answer beside it, the plan, options, investigations (each ticked when done,
with the day; saved in the store at once), lifestyle advice, limitations, the specialist and
"signature verified" with the key's fingerprint, the earlier versions and the follow-up
thread, in order. "Print for doctor…" and "Print for patient…" (English or Hindi) open the
print dialog; "Save as PDF…" writes either printout to a file (printing.opinion_pdf).
"Ask a follow-up question…" opens desktop.views.thread_dialogs.AskDialog; the question (and
the files added with it, imported into the case and sent first as an update bundle) is written
by casework.follow_up on a worker job, and the thread then shows it with where it is on its
way ("waiting to send", "sent"); ``asked`` tells the editor, and the tab is read again when the
sync engine reports a message sent or received (desktop.views.sync_controls).
Thread-safety: GUI thread only; the store is read and written through the DatabaseExecutor,
a question written on the job pool given (the window's import pool).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, Signal, Slot
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casework import follow_up, opinion_view
from casework.opinion_view import OpinionScreen
from desktop import language
from desktop.views.thread_dialogs import AskDialog
from desktop.words import (
    tr_author_role,
    tr_date,
    tr_error,
    tr_import_reject,
    tr_message_state,
    tr_opinion_view,
    tr_see_in_person,
    tr_thread_error,
    tr_thread_role,
    tr_urgent_banner,
    tr_verdict,
)
from desktop.workers import DatabaseExecutor, JobPool, call
from local_store.errors import StoreError
from printing import opinion_pdf
from sync.thread import ThreadEntry
from wording.patient_summary import LANGUAGE_NAME, LANGUAGES


def _label(text: str = "", name: str = "opinionText") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class InvestigationRow(QWidget):
    """One investigation: its text, "Done" to tick, and the day it was done."""

    changed = Signal(int, object)  # index, ISO date or None

    def __init__(self, item: opinion_view.Investigation, parent=None) -> None:
        super().__init__(parent)
        self.index = item.index
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = _label(f"{item.index + 1}. {item.text}")
        self.done = QCheckBox(tr_opinion_view("done"))
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setMaximumDate(QDate.currentDate())
        self.done.setChecked(item.done_on is not None)
        self.day.setDate(
            QDate.fromString(item.done_on, Qt.DateFormat.ISODate)
            if item.done_on
            else QDate.currentDate()
        )
        # The day shows once ticked; until then its place is kept, so the rows line up.
        policy = self.day.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.day.setSizePolicy(policy)
        self.day.setVisible(item.done_on is not None)
        self.done.toggled.connect(self._on_toggled)
        self.day.dateChanged.connect(self._on_day)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.done, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.day, 0, Qt.AlignmentFlag.AlignTop)

    @Slot(bool)
    def _on_toggled(self, checked: bool) -> None:
        self.day.setVisible(checked)
        self.changed.emit(
            self.index, self.day.date().toString(Qt.DateFormat.ISODate) if checked else None
        )

    @Slot(QDate)
    def _on_day(self, day: QDate) -> None:
        if self.done.isChecked():
            self.changed.emit(self.index, day.toString(Qt.DateFormat.ISODate))


class OpinionTab(QWidget):
    """The Opinion tab of one case; ``available`` says whether the case has an opinion."""

    available = Signal(bool)
    asked = Signal(str)  # case id: a follow-up question was kept for it

    def __init__(
        self, executor: DatabaseExecutor, parent=None, *, jobs: JobPool | None = None
    ) -> None:
        super().__init__(parent)
        self.executor = executor
        self.store = executor.store
        self.jobs = jobs if jobs is not None else JobPool(1, self)
        self.asking = False
        self._message_on_screen: str | None = None  # the case asked about: its thread in view
        self._pin_end = False
        self.screen: OpinionScreen | None = None
        self.case_id: str | None = None
        self.loaded_for: str | None = None  # the case whose opinion was last read
        self.investigation_rows: list[InvestigationRow] = []
        self.answer_labels: list[tuple[QLabel, QLabel]] = []
        self.thread_labels: list[tuple[QLabel, QLabel]] = []  # (who and when, text)
        self.verified: QLabel | None = None
        self.fingerprint: QLabel | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 6, 0, 0)
        top = QWidget()
        top.setObjectName("opinionTab")
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(4, 0, 4, 4)
        top_layout.setSpacing(4)
        self.verdict = _label(name="opinionVerdict")
        self.verdict.setWordWrap(False)
        self.banner = _label(name="urgentBanner")
        self.banner.hide()
        self.diagnosis = _label(name="opinionDiagnosis")
        # The verdict and the diagnosis share one line, so that on a 1024x600 screen with the
        # urgent banner the answers below still get most of the height.
        heading = QHBoxLayout()
        heading.setSpacing(16)
        heading.addWidget(self.verdict, 0, Qt.AlignmentFlag.AlignVCenter)
        heading.addWidget(self.diagnosis, 1, Qt.AlignmentFlag.AlignVCenter)
        top_layout.addLayout(heading)
        top_layout.addWidget(self.banner)
        top_layout.addLayout(self._build_buttons())
        self.message = _label(name="fieldHint")
        self.message.hide()
        top_layout.addWidget(self.message)
        outer.addWidget(top)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.body.setObjectName("opinionTab")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(4, 4, 12, 12)
        self.body_layout.setSpacing(6)
        self.scroll.setWidget(self.body)
        self.scroll.verticalScrollBar().rangeChanged.connect(self._on_scroll_range)
        self.scroll.verticalScrollBar().sliderPressed.connect(self._unpin)
        outer.addWidget(self.scroll, 1)

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.print_doctor = QPushButton(tr_opinion_view("print_doctor"))
        self.print_doctor.clicked.connect(self.print_for_doctor)
        self.print_patient = QPushButton(tr_opinion_view("print_patient"))
        self.print_patient.clicked.connect(self.print_for_patient)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAME[code], code)
        self.language.setToolTip(tr_opinion_view("language"))
        # The patient's summary starts in the language the screens are in; the clinic worker
        # changes it for a patient who reads the other.
        index = self.language.findData(language.shown_language())
        self.language.setCurrentIndex(max(index, 0))
        self.save_button = QToolButton()
        self.save_button.setText(tr_opinion_view("save_pdf"))
        self.save_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.save_button)
        menu.addAction(tr_opinion_view("pdf_doctor"), self.save_doctor_pdf)
        menu.addAction(tr_opinion_view("pdf_patient"), self.save_patient_pdf)
        self.save_button.setMenu(menu)
        row.addWidget(self.print_doctor)
        row.addWidget(self.print_patient)
        row.addWidget(self.language)
        row.addWidget(self.save_button)
        row.addStretch(1)
        self.ask_button = QPushButton(tr_opinion_view("ask"))
        self.ask_button.setObjectName("primaryButton")
        self.ask_button.clicked.connect(self.ask)
        row.addWidget(self.ask_button)
        return row

    # ------------------------------------------------------------------ loading

    def load(self, case_id: str) -> None:
        """Read the case's opinion (casework.opinion_view.load) and show it."""
        if case_id != self.case_id:
            self._message_on_screen = None
            self._say("")
        self.case_id = case_id
        self.executor.submit(
            call(opinion_view.load, self.store, case_id),
            succeeded=self._on_loaded,
            failed=self._on_load_failed,
        )

    @Slot(object)
    def _on_loaded(self, screen: OpinionScreen | None) -> None:
        if screen is not None and screen.case_id != self.case_id:
            return  # another case was opened meanwhile
        self.show_opinion(screen)
        self.loaded_for = self.case_id

    @Slot(object)
    def _on_load_failed(self, _error) -> None:
        # Unreadable now is shown as none; the next opening of the case reads it again.
        self.show_opinion(None)
        self.loaded_for = self.case_id

    def mark_seen(self) -> None:
        """Shown to someone: the status bar stops announcing this case's opinion as new."""
        if self.screen is not None:
            self.executor.submit(call(opinion_view.seen, self.store, self.screen.case_id))

    def show_opinion(self, screen: OpinionScreen | None) -> None:
        self.screen = screen
        if screen is not None:
            self.case_id = screen.case_id
            self._fill(screen)
        self.available.emit(screen is not None)

    def _clear(self) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.investigation_rows = []
        self.answer_labels = []
        self.thread_labels = []

    def _heading(self, key: str) -> None:
        self.body_layout.addWidget(_label(tr_opinion_view(key), "opinionHeading"))

    def _text(self, key: str, text: str) -> None:
        if text.strip():
            self._heading(key)
            self.body_layout.addWidget(_label(text.strip()))

    def _items(self, key: str, texts) -> None:
        if texts:
            self._heading(key)
            self.body_layout.addWidget(_label("\n".join(f"•  {t}" for t in texts)))

    def _fill(self, screen: OpinionScreen) -> None:
        self._clear()
        opinion = screen.opinion
        self.verdict.setText(tr_opinion_view("verdict", verdict=tr_verdict(opinion.verdict)))
        self.diagnosis.setText(opinion.diagnosis)
        self.diagnosis.setVisible(bool(opinion.diagnosis.strip()))
        self.banner.setText(tr_urgent_banner(opinion.see_in_person))
        self.banner.setProperty("kind", opinion.see_in_person)
        self.banner.setVisible(screen.urgent)
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.body_layout.addWidget(
            _label(
                tr_opinion_view(
                    "version",
                    version=screen.version,
                    signed=tr_date(opinion.created_at[:10]),
                    received=tr_date(screen.received_at[:10]),
                ),
                "fieldHint",
            )
        )
        self._answers(screen)
        self._text("reasons", opinion.reasons)
        self._text("severity", opinion.severity)
        self._text("plan", opinion.plan)
        self._items("alternatives", opinion.alternatives)
        self._investigations(screen)
        self._text("lifestyle", opinion.lifestyle)
        self.body_layout.addWidget(
            _label(
                tr_opinion_view("see_in_person", when=tr_see_in_person(opinion.see_in_person)),
                "opinionHeading",
            )
        )
        self._text("limitations", opinion.limitations)
        self._text("patient_summary", opinion.patient_summary)
        self._specialist(screen)
        if screen.earlier:
            self._items(
                "earlier",
                [
                    tr_opinion_view(
                        "earlier_line",
                        version=e.number,
                        signed=tr_date(e.created_at[:10]),
                        verdict=tr_verdict(e.verdict),
                        diagnosis=e.diagnosis,
                    )
                    for e in screen.earlier
                ],
            )
        self.show_thread(screen.thread)
        self.body_layout.addStretch(1)
        self.scroll.verticalScrollBar().setValue(0)
        # After asking, the thread is what the person watches: its end (the page's end) stays
        # in view, however late the layout settles (the scroll range grows as text wraps).
        self._pin_end = self._message_on_screen == screen.case_id and bool(self.thread_labels)
        if self._pin_end:
            QTimer.singleShot(0, self._scroll_to_thread_end)

    def _answers(self, screen: OpinionScreen) -> None:
        if not screen.answers:
            return
        self._heading("questions")
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        for row, qa in enumerate(screen.answers):
            question = _label(
                tr_opinion_view("question", number=qa.number, question=qa.question),
                "opinionQuestion",
            )
            answer = _label(qa.answer, "opinionAnswer")
            grid.addWidget(question, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(answer, row, 1, Qt.AlignmentFlag.AlignTop)
            self.answer_labels.append((question, answer))
        holder = QWidget()
        holder.setLayout(grid)
        self.body_layout.addWidget(holder)

    def _investigations(self, screen: OpinionScreen) -> None:
        if not screen.investigations:
            return
        self._heading("investigations")
        self.body_layout.addWidget(_label(tr_opinion_view("investigations_hint"), "fieldHint"))
        for item in screen.investigations:
            row = InvestigationRow(item)
            row.changed.connect(self._on_tick)
            self.investigation_rows.append(row)
            self.body_layout.addWidget(row)

    def _specialist(self, screen: OpinionScreen) -> None:
        who = screen.specialist
        self._heading("specialist")
        self.body_layout.addWidget(_label(f"{who.name}, {who.qualification}", "opinionStrong"))
        self.body_layout.addWidget(
            _label(
                tr_opinion_view("registration", registration=who.registration, council=who.council)
            )
        )
        if screen.verified:
            self.verified = _label(tr_opinion_view("verified"), "opinionVerified")
            self.body_layout.addWidget(self.verified)
            self.fingerprint = _label(
                tr_opinion_view("fingerprint", fingerprint=screen.fingerprint), "fieldHint"
            )
            self.body_layout.addWidget(self.fingerprint)
        else:
            self.fingerprint = None
            self.verified = _label(tr_opinion_view("not_verified"), "fieldProblem")
            self.body_layout.addWidget(self.verified)

    def show_thread(self, entries: Sequence[ThreadEntry]) -> None:
        """The follow-up messages, in order, under their own heading (none: no heading); a
        message written here says where it is on its way."""
        if not entries:
            return
        self._heading("thread")
        self.thread_labels = []
        for entry in entries:
            at = tr_date(entry.at[:10])
            line = (
                tr_opinion_view(
                    "thread_line",
                    who=entry.author_name,
                    role=tr_author_role(entry.author_role),
                    at=at,
                )
                if entry.author_name
                else tr_opinion_view(
                    "thread_line_unnamed", role=tr_thread_role(entry.author_role), at=at
                )
            )
            if entry.verified:
                line += "  " + tr_opinion_view("verified")
            if entry.mine and entry.state:
                line += "  ·  " + tr_message_state(entry.state)
            head = _label(line, "opinionStrong")
            if self.thread_labels:
                self.body_layout.addSpacing(8)  # one message apart from the next
            self.body_layout.addWidget(head)
            text = _label(entry.text)
            self.body_layout.addWidget(text)
            self.thread_labels.append((head, text))
            if entry.attachments:
                self.body_layout.addWidget(
                    _label(
                        tr_opinion_view("thread_files", names=", ".join(entry.file_names)),
                        "fieldHint",
                    )
                )
            if entry.mine and entry.problem:
                self.body_layout.addWidget(_label(tr_thread_error(entry.problem), "fieldProblem"))

    # ------------------------------------------------------------------ asking

    @Slot()
    def ask(self) -> None:
        """ "Ask a follow-up question…": the dialog, then the question written on a worker."""
        if self.case_id is None or self.asking:
            return
        dialog = AskDialog(self)
        if dialog.exec() != AskDialog.DialogCode.Accepted:
            return
        self.send_question(dialog.message(), dialog.files)

    def send_question(self, text: str, files: list[Path]) -> None:
        """Write the question (with ``files`` imported into the case first) on the job pool."""
        if self.case_id is None:
            return
        self.asking = True
        self.ask_button.setEnabled(False)
        self._say(tr_opinion_view("asking"))
        self.jobs.submit(
            call(
                follow_up.ask_question,
                self.store,
                self.store.data_dir,
                self.case_id,
                text,
                [str(f) for f in files],
            ),
            succeeded=self._on_asked,
            failed=self._on_ask_failed,
        )

    @Slot()
    def _scroll_to_thread_end(self) -> None:
        if self._pin_end:
            bar = self.scroll.verticalScrollBar()
            bar.setValue(bar.maximum())

    @Slot()
    def _unpin(self) -> None:
        self._pin_end = False  # the person scrolls: the page stays where they put it

    @Slot(int, int)
    def _on_scroll_range(self, _low: int, _high: int) -> None:
        self._scroll_to_thread_end()

    @Slot(object)
    def _on_asked(self, written) -> None:
        self.asking = False
        self.ask_button.setEnabled(True)
        # The thread shows the question and where it is ("waiting to send"): no more words.
        self._say("")
        self._message_on_screen = written.case_id
        self.load(written.case_id)
        self.asked.emit(written.case_id)

    @Slot(object)
    def _on_ask_failed(self, error) -> None:
        self.asking = False
        self.ask_button.setEnabled(True)
        if isinstance(error, follow_up.AttachRefused):
            reasons = [tr_import_reject(r) for r in error.reasons] or [tr_error("not_found")]
            self._say(tr_opinion_view("ask_files_failed", why=" ".join(reasons)))
        elif isinstance(error, StoreError):
            self._say(tr_error(error.code))
        else:
            self._say(tr_thread_error(getattr(error, "code", "") or "message_unreadable"))

    # ------------------------------------------------------------------ ticks

    @Slot(int, object)
    def _on_tick(self, index: int, done_on: str | None) -> None:
        if self.screen is None:
            return
        self.executor.submit(
            call(opinion_view.set_done, self.store, self.screen.opinion_id, index, done_on),
            failed=self._on_tick_failed,
        )

    @Slot(object)
    def _on_tick_failed(self, _error) -> None:
        self._say(tr_opinion_view("tick_failed"))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ------------------------------------------------------------------ printing

    def language_code(self) -> str:
        return str(self.language.currentData())

    def doctor_document(self):
        return opinion_pdf.doctor_document(self._current_for_print())

    def patient_document(self):
        return opinion_pdf.patient_document(self._current_for_print(), self.language_code())

    def _current_for_print(self) -> OpinionScreen:
        """The screen with the ticks as they are now (a tick saves in the background)."""
        assert self.screen is not None
        ticks = {row.index: row for row in self.investigation_rows}
        items = tuple(
            opinion_view.Investigation(
                i.index,
                i.text,
                ticks[i.index].day.date().toString(Qt.DateFormat.ISODate)
                if i.index in ticks and ticks[i.index].done.isChecked()
                else None,
            )
            for i in self.screen.investigations
        )
        return replace(self.screen, investigations=items)

    @Slot()
    def print_for_doctor(self) -> None:
        self._print(self.doctor_document())

    @Slot()
    def print_for_patient(self) -> None:
        self._print(self.patient_document())

    def _print(self, document) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            opinion_pdf.print_to(document, printer)

    @Slot()
    def save_doctor_pdf(self) -> None:
        self._save(self.doctor_document(), "doctor")

    @Slot()
    def save_patient_pdf(self) -> None:
        self._save(self.patient_document(), f"patient-{self.language_code()}")

    def _save(self, document, kind: str) -> None:
        assert self.screen is not None
        suggested = str(Path.home() / f"opinion-{self.screen.case_number}-{kind}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, tr_opinion_view("save_pdf"), suggested, tr_opinion_view("pdf_filter")
        )
        if not path:
            return
        self.save_to(document, Path(path))

    def save_to(self, document, path: Path) -> bool:
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            opinion_pdf.write_pdf(document, path)
        except OSError:
            self._say(tr_opinion_view("print_failed"))
            return False
        self._say(tr_opinion_view("saved_pdf", name=path.name))
        return True
