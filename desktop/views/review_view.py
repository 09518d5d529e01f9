"""The specialist's review of one received case, read-only and offline: the case as the clinic
sent it (intake, consent, each question, referral, timeline, summary, checklist results,
documents with their lab values, images, photos and files, key images with the clinic's
notes), each file opened in the existing DICOM, PDF and photo viewers (desktop.viewers.launcher).
Below it, "Your key images and measurements": what the specialist marked and measured in the
viewer, kept beside the case (casework.review_marks), listed again as soon as one is kept.
Dates are words (tr_date), images are named by series and number, never by UID
(desktop.views.own_marks); a mark's View opens the viewer at its image.

Under the clinic's questions, "Follow-up questions": the case's thread in order
(casework.follow_up.review_thread: who, when, whether the signature verifies, the files sent
with a question, each opened with View once the update bundle carrying it has arrived, found
by SHA-256), with "Answer…" on a clinic question not answered yet; the answer is written by
casework.follow_up.answer_question on a job pool thread, as `answer` does, and ``answered``
tells the worklist. The thread is read again when a message is sent or received.

Loading runs casework.worklist.open_for_review on the database executor, which also marks the
case opened (the clinic sees "in review" after the next sync), as `review show` does.
Thread-safety: GUI thread only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

import wording.clinical
from casework import follow_up
from casework.review_marks import OwnMark, locate, own_marks, series_title
from casework.worklist import open_for_review, viewer_studies
from desktop.viewers.launcher import ViewerLauncher
from desktop.views.attachments import SeriesChoice
from desktop.views.document_kind import tr_kind, tr_word
from desktop.views.opinion_editor import open_opinion_editor
from desktop.views.own_marks import mark_line, place_line, series_of
from desktop.views.thread_dialogs import AnswerDialog
from desktop.words import (
    tr_author_role,
    tr_consent_method,
    tr_date,
    tr_error,
    tr_message_state,
    tr_opinion_view,
    tr_review,
    tr_review_error,
    tr_sex,
    tr_size,
    tr_specialty,
    tr_thread_error,
    tr_thread_role,
    tr_urgency,
)
from desktop.workers import DatabaseExecutor, JobPool, call
from local_store.errors import StoreError
from local_store.models import AttachmentKind
from sync.protocol import Role
from sync.thread import ThreadEntry, unanswered
from wording.review import REFERRAL_LABELS


def _label(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def _clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
        elif item.layout() is not None:
            _clear(item.layout())


class ReviewView(QWidget):
    back_requested = Signal()
    loaded = Signal(str)  # bundle id
    answered = Signal(str)  # bundle id: an answer to a follow-up question was kept

    def __init__(self, executor: DatabaseExecutor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.executor = executor
        self.viewers = ViewerLauncher(executor, self)
        self.viewers.marks_changed.connect(self.reload_marks)
        self.view: dict[str, Any] | None = None
        self.studies: list = []
        self.view_buttons: dict[str, QPushButton] = {}  # attachment id or series uid -> button
        self.own_marks: list[OwnMark] = []
        self.own_box: QVBoxLayout | None = None  # "Your key images and measurements"
        self.own_labels: list[QLabel] = []
        self.thread: list[ThreadEntry] = []
        self.thread_box: QVBoxLayout | None = None  # "Follow-up questions"
        self.thread_labels: list[QLabel] = []  # each message's text, in order
        self.answer_buttons: dict[str, QPushButton] = {}  # question's message id -> Answer…
        self.thread_file_buttons: dict[str, QPushButton] = {}  # sha256 -> View
        self.thread_message = _label("", "fieldHint")
        self.answers = JobPool(1, self)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.back_button = QPushButton(tr_review("back"))
        self.back_button.clicked.connect(self.back_requested)
        bar.addWidget(self.back_button)
        self.heading = _label("", "sectionTitle")
        bar.addWidget(self.heading, 1)
        self.opinion_editor: QWidget | None = None
        self.opinion_button = QPushButton(tr_review("write_opinion"))
        self.opinion_button.setObjectName("primaryButton")
        self.opinion_button.clicked.connect(self._write_opinion)
        bar.addWidget(self.opinion_button)
        outer.addLayout(bar)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll, 1)
        self.body = QWidget()
        self.scroll.setWidget(self.body)

    # ------------------------------------------------------------------ loading

    def load(self, bundle_id: str) -> None:
        self.executor.submit(
            call(open_for_review, self.executor.store, bundle_id),
            succeeded=self._on_loaded,
            failed=self._on_failed,
        )

    @Slot(object)
    def _on_failed(self, error) -> None:
        self.heading.setText(tr_error(getattr(error, "code", "store_error")))

    @Slot(object)
    def _on_loaded(self, view) -> None:
        self.view = view
        self.studies = viewer_studies(view)
        self.view_buttons = {}
        self.heading.setText(
            tr_review(
                "case_heading",
                specialty=tr_specialty(view["specialty"]),
                urgency=tr_urgency(view["urgency"]),
                due=tr_date(view["due_at"]),
            )
        )
        body = QWidget()
        body.setObjectName("reviewBody")
        self.sections = QVBoxLayout(body)
        self._fill(view)
        self.sections.addStretch(1)
        self.scroll.setWidget(body)
        self.body = body
        self.loaded.emit(view["bundle_id"])
        self.reload_marks()
        self.reload_thread()

    @Slot()
    def reload_marks(self) -> None:
        """Read the specialist's own marks again (after loading, and each time one is kept)."""
        if self.view is None:
            return
        self.executor.submit(
            call(own_marks, self.executor.store, self.view), succeeded=self._on_marks
        )

    @Slot(object)
    def _on_marks(self, marks) -> None:
        if self.view is None or any(m.bundle_id != self.view["bundle_id"] for m in marks):
            return  # read for a case no longer shown
        self.own_marks = list(marks)
        box = self.own_box
        if box is None:
            return
        _clear(box)
        self.own_labels = []
        if not self.own_marks:
            box.addWidget(_label(tr_review("own_marks_none"), "fieldHint"))
            return
        for mark in self.own_marks:
            text = mark_line(mark)
            label = _label(text, "reviewOwnMark")
            self.own_labels.append(label)
            study_series = series_of(self.studies, mark.place)
            row = QHBoxLayout()
            row.addWidget(label, 1)
            if study_series is not None:
                button = QPushButton(tr_review("view"))
                button.clicked.connect(
                    lambda _=False, st=study_series[0], se=study_series[1], m=mark: (
                        self.open_series(st, se, at=(m.sop_instance_uid, m.frame))
                    )
                )
                row.addWidget(button)
            box.addLayout(row)

    def _section(self, key: str) -> QVBoxLayout:
        title = _label(tr_review(key), "sectionTitle")
        title.setProperty("reviewSection", key)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.sections.addWidget(title)
        box = QVBoxLayout()
        box.setContentsMargins(12, 0, 0, 8)
        self.sections.addLayout(box)
        return box

    def _fill(self, view: dict[str, Any]) -> None:
        # The name the service vouched for in its signed offer; a device id says nothing.
        clinic = view["clinic"].get("name") or tr_review("unnamed_clinic")
        self.sections.addWidget(
            _label(
                tr_review("from_clinic", clinic=clinic, at=tr_date(view["offered_at"])),
                "reviewFrom",
            )
        )
        if view["deidentified"]:
            self.sections.addWidget(_label(tr_review("deidentified")))
        self.sections.addWidget(_label(tr_review("in_review")))

        patient, consent, referral = view["patient"], view["consent"], view["referral"]
        box = self._section("patient")
        age = patient.get("age_years")
        parts = [patient.get("name") or "", tr_sex(patient.get("sex") or "")]
        if age is not None:
            parts.append(tr_review("age_years", age=age))
        if patient.get("birth_date"):
            parts.append(tr_date(patient["birth_date"]))
        box.addWidget(_label(", ".join(p for p in parts if p), "reviewPatient"))
        if consent.get("method"):
            box = self._section("consent")
            box.addWidget(
                _label(
                    tr_review(
                        "consent_line",
                        method=tr_consent_method(consent.get("method", "")),
                        given_by=consent.get("given_by", ""),
                        at=tr_date(consent.get("at", "")),
                        recorded_by=consent.get("recorded_by", ""),
                    )
                )
            )
        box = self._section("questions")
        for number, question in enumerate(view["questions"], 1):
            box.addWidget(_label(f"Q{number}. {question['text']}", "reviewQuestion"))
        self.thread_box = self._section("thread")
        self.thread_message = _label("", "fieldHint")
        self.thread_message.hide()
        fields = [
            (label, referral[key]) for key, label in REFERRAL_LABELS.items() if referral.get(key)
        ]
        if fields:
            box = self._section("referral")
            grid = QGridLayout()
            for row, (label, value) in enumerate(fields):
                grid.addWidget(_label(self.tr(label)), row, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(_label(str(value)), row, 1)
            grid.setColumnStretch(1, 1)
            box.addLayout(grid)
        if view["timeline"]:
            box = self._section("timeline")
            for entry in view["timeline"]:
                box.addWidget(_label(f"{tr_date(entry.get('date', ''))}  {entry.get('text', '')}"))
        summary = view["summary"]
        if isinstance(summary, dict) and (
            summary.get("condition_title") or summary.get("abnormal_labs")
        ):
            box = self._section("summary")
            if summary.get("condition_title"):
                box.addWidget(_label(str(summary["condition_title"])))
            for lab in summary.get("abnormal_labs") or []:
                box.addWidget(_label(self._lab_text(lab)))
        checklist = view["checklist"]
        if checklist:
            box = self._section("checklist")
            missing = checklist.get("missing") or []
            box.addWidget(
                _label(
                    tr_review(
                        "checklist_line",
                        condition=checklist.get("condition") or "-",
                        missing=len(missing),
                    )
                )
            )
            for m in missing:
                box.addWidget(
                    _label(tr_review("checklist_missing", item=m.get("item"), why=m.get("why")))
                )
        self._documents(view)
        self._images()
        if view["key_images"]:
            box = self._section("key_images")
            for k in view["key_images"]:
                uid, frame = str(k.get("sop_instance_uid", "")), int(k.get("frame") or 0)
                place = place_line(locate(view, uid), uid, frame)
                note = str(k.get("note") or "")
                box.addWidget(_label(tr_review("noted", place=place, note=note) if note else place))
        self.own_box = self._section("own_marks")
        self.own_labels = []
        self._files(view)

    @staticmethod
    def _lab_text(lab: dict[str, Any]) -> str:
        flag = tr_word(wording.clinical.LAB_FLAG, str(lab["flag"])) if lab.get("flag") else ""
        parts = (lab.get("test"), lab.get("value"), lab.get("unit"), flag)
        return " ".join(str(p) for p in parts if p)

    def _file_row(self, box: QVBoxLayout, key: str, text: str, open_it) -> None:
        row = QHBoxLayout()
        row.addWidget(_label(text), 1)
        button = QPushButton(tr_review("view"))
        button.clicked.connect(open_it)
        self.view_buttons[key] = button
        row.addWidget(button)
        box.addLayout(row)

    def _documents(self, view: dict[str, Any]) -> None:
        if not view["documents"]:
            return
        names = {f["attachment_id"]: f["name"] for f in view["files"]}
        box = self._section("documents")
        for d in view["documents"]:
            attachment_id = d.get("attachment_id")
            text = " ".join(
                p
                for p in (
                    tr_kind(d["kind"]) if d.get("kind") else "",
                    tr_date(d.get("date") or ""),
                    names.get(attachment_id, ""),
                )
                if p
            )
            if attachment_id:
                self._file_row(
                    box, attachment_id, text, lambda _=False, a=attachment_id: self.open_file(a)
                )
            else:
                box.addWidget(_label(text))
            for lab in d["labs"]:
                box.addWidget(_label("    " + self._lab_text(lab)))

    def _images(self) -> None:
        if not self.studies:
            return
        box = self._section("images")
        for study in self.studies:
            for series in study.series:
                text = tr_review(
                    "series_line",
                    modality="",
                    description=series_title(series.modality, series.description),
                    count=series.instances,
                ).strip()
                self._file_row(
                    box,
                    series.series_uid,
                    text,
                    lambda _=False, st=study, se=series: self.open_series(st, se),
                )

    def _files(self, view: dict[str, Any]) -> None:
        documents = {d.get("attachment_id") for d in view["documents"]}
        attachments = view.get("attachments") or {}
        others = [
            f
            for f in view["files"]
            if f["attachment_id"]
            and f["attachment_id"] not in documents
            and getattr(attachments.get(f["attachment_id"]), "kind", None)
            is not AttachmentKind.DICOM
        ]
        box = self._section("photos_files")
        if not others:
            box.addWidget(_label(tr_review("nothing")))
        for f in others:
            text = f"{f.get('name')}  ({tr_size(f.get('size') or 0)})"
            self._file_row(
                box,
                f["attachment_id"],
                text,
                lambda _=False, a=f["attachment_id"]: self.open_file(a),
            )

    # ------------------------------------------------------------------ thread

    @Slot()
    def reload_thread(self) -> None:
        """Read the case's follow-up thread again (after loading, and when one moves)."""
        if self.view is None:
            return
        self.executor.submit(
            call(follow_up.review_thread, self.executor.store, self.view["case_id"]),
            succeeded=self._on_thread,
        )

    @Slot(object)
    def _on_thread(self, entries) -> None:
        if self.view is None or any(e.case_id != self.view["case_id"] for e in entries):
            return  # read for a case no longer shown
        self.thread = list(entries)
        box = self.thread_box
        if box is None:
            return
        box.removeWidget(self.thread_message)
        _clear(box)
        self.thread_labels, self.answer_buttons, self.thread_file_buttons = [], {}, {}
        if not self.thread:
            box.addWidget(_label(tr_review("thread_none"), "fieldHint"))
        waiting = unanswered(self.thread)
        for entry in self.thread:
            self._thread_entry(box, entry, waiting=entry.message_id in waiting)
        box.addWidget(self.thread_message)

    def _thread_entry(self, box: QVBoxLayout, entry: ThreadEntry, *, waiting: bool) -> None:
        who = tr_review("thread_you") if entry.mine else entry.author_name
        at = tr_date(entry.at[:10])
        line = (
            tr_review("thread_line", who=who, role=tr_author_role(entry.author_role), at=at)
            if who
            else tr_opinion_view(
                "thread_line_unnamed", role=tr_thread_role(entry.author_role), at=at
            )
        )
        if entry.mine and entry.state:
            line += "  ·  " + tr_message_state(entry.state)
        question = entry.author_role == Role.CLINIC
        if question and waiting:
            line += "  ·  " + tr_review("thread_waiting")
        head = QHBoxLayout()
        head.addWidget(_label(line, "reviewThreadFrom"), 1)
        if question and waiting:
            button = QPushButton(tr_review("answer_button"))
            button.setObjectName("primaryButton")
            button.clicked.connect(lambda _=False, e=entry: self.answer(e))
            self.answer_buttons[entry.message_id] = button
            head.addWidget(button)
        box.addLayout(head)
        text = _label(entry.text, "reviewQuestion" if question else "")
        self.thread_labels.append(text)
        box.addWidget(text)
        if entry.verified:
            box.addWidget(
                _label(tr_review("thread_verified", fingerprint=entry.fingerprint), "fieldHint")
            )
        else:
            box.addWidget(_label(tr_review("thread_not_verified"), "fieldProblem"))
        for f in entry.attachments:
            size = tr_size(f.size)
            if f.attachment_id is None:
                box.addWidget(
                    _label(tr_review("thread_file_missing", name=f.name, size=size), "fieldHint")
                )
                continue
            self._file_row(
                box,
                f.attachment_id,
                tr_review("thread_file", name=f.name, size=size),
                lambda _=False, a=f.attachment_id: self.open_file(a),
            )
            self.thread_file_buttons[f.sha256] = self.view_buttons[f.attachment_id]
        if entry.mine and entry.problem:
            box.addWidget(_label(tr_thread_error(entry.problem), "fieldProblem"))

    def answer(self, question: ThreadEntry) -> None:
        """ "Answer…" on a clinic question: the dialog, then the answer written on a worker."""
        dialog = AnswerDialog(question.text, self)
        if dialog.exec() != AnswerDialog.DialogCode.Accepted:
            return
        self.send_answer(question.message_id, dialog.message())

    def send_answer(self, message_id: str, text: str) -> None:
        if self.view is None:
            return
        button = self.answer_buttons.get(message_id)
        if button is not None:
            button.setEnabled(False)
        self.answers.submit(
            call(
                follow_up.answer_question,
                self.executor.store,
                self.view["bundle_id"],
                message_id,
                text,
            ),
            succeeded=self._on_answered,
            failed=self._on_answer_failed,
        )

    @Slot(object)
    def _on_answered(self, written) -> None:
        self.reload_thread()
        self._say_thread(tr_review("answer_kept"))
        self.answered.emit(written.bundle_id)

    @Slot(object)
    def _on_answer_failed(self, error) -> None:
        for button in self.answer_buttons.values():
            button.setEnabled(True)
        code = getattr(error, "code", "") or "message_unreadable"
        if isinstance(error, StoreError):
            self._say_thread(tr_review_error("case_unknown"))
        else:
            self._say_thread(tr_thread_error(code))

    def _say_thread(self, text: str) -> None:
        self.thread_message.setText(text)
        self.thread_message.setVisible(bool(text))

    def shutdown(self, timeout_ms: int) -> None:
        """Let an answer being written finish (bounded) before the store closes."""
        self.answers.shutdown(timeout_ms)

    # ------------------------------------------------------------------ opening

    def open_file(self, attachment_id: str) -> None:
        """A report or photo in the document viewer, beside the lab values read from it."""
        self.viewers.open_document(attachment_id)

    def open_series(self, study, series, *, at: tuple[str, int] | None = None) -> None:
        """The series in the image viewer; ``at`` (SOP Instance UID, frame) shown first."""
        if self.view is not None:
            self.viewers.open(
                self.view["case_id"],
                SeriesChoice(study, series),
                received=self.view["bundle_id"],
                at=at,
            )

    @Slot()
    def _write_opinion(self) -> None:
        if self.view is None:
            return
        self.opinion_editor = open_opinion_editor(
            self.window(), self.executor.store, self.executor, self.view["bundle_id"]
        )
        self.opinion_editor.resize(1000, 700)
        self.opinion_editor.show()
        self.opinion_editor.raise_()
        self.opinion_editor.activateWindow()
