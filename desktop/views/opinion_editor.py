"""The specialist's opinion editor: every section of the opinion on one received case, the
clinic's questions each with its answer box, autosave, the preview and signing.

The state is ``casework.opinion_form.OpinionForm``; this view binds widgets to its fields. An
edit updates the form's fields at once (so what blocks signing follows the typing) and the draft
is saved through the database executor after a short pause (``local_store.opinions.save_draft``,
as the case editor saves), at once when focus leaves the editor and when the window closes
(``flush``). "Preview" saves and shows ``sync.opinion_send.prepare``'s document: exactly what
the clinic will receive. "Sign and send" is disabled, with the reason beside it, while a choice
is not made or a question is unanswered; it asks first, then signs on the executor (never on
the GUI thread). A signed opinion shows read-only; "Correct…" starts a new draft from it, which
signed becomes the next version naming the one it replaces. Below the reasons, the
specialist's own key images and measurements (desktop.views.own_marks): View opens the image,
Insert puts its one-line reference at the cursor of the box last written in (at the end of
the reasons until then), beside what is there, never over it.
Thread-safety: GUI thread only; every store call runs on the DatabaseExecutor.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casework.case_form import AUTOSAVE_DELAY_MS
from casework.opinion_form import OpinionForm, sections
from desktop.views.own_marks import OwnMarksList
from desktop.views.widgets import BannerSlot, Section, inside
from desktop.words import (
    tr_opinion,
    tr_opinion_error,
    tr_opinion_section,
    tr_review,
    tr_see_in_person,
    tr_verdict,
)
from desktop.workers import DatabaseExecutor, call
from local_store import opinions
from local_store.opinions import OpinionRecord
from local_store.store import Store
from sync import opinion_draft, opinion_send
from sync.opinion import Opinion, SeeInPerson, Verdict, question_ids
from sync.protocol import ShapeError

# Larger than the rest of the app: a specialist reads and writes a long text here.
READABLE_STYLE = "QWidget { font-size: 13pt; } QLabel#editorTitle { font-size: 17pt; }"
LONG_TEXTS = ("reasons", "plan", "lifestyle", "limitations", "patient_summary")


@dataclass(frozen=True)
class Opened:
    form: OpinionForm
    signed: OpinionRecord | None  # the newest signed version


def _open(store: Store, bundle_id: str) -> Opened:
    return Opened(OpinionForm.open(store, bundle_id), opinions.latest_signed(store, bundle_id))


def _save_and_prepare(store: Store, bundle_id: str, fields: dict[str, Any]) -> Opinion:
    opinions.save_draft(store, bundle_id, fields)
    return opinion_send.prepare(store, bundle_id)


def _save_and_sign(store: Store, bundle_id: str, fields: dict[str, Any]):
    opinions.save_draft(store, bundle_id, fields)
    return opinion_send.sign(store, store.data_dir, bundle_id)


def _start_correction(store: Store, bundle_id: str, fields: dict[str, Any]) -> Opened:
    opinions.save_draft(store, bundle_id, fields)
    return _open(store, bundle_id)


class OptionRow(QWidget):
    """One treatment option and what it needs: cost, travel, where it is available."""

    changed = Signal()
    remove_requested = Signal()

    def __init__(self, value: str | dict[str, str], parent=None) -> None:
        super().__init__(parent)
        values = value if isinstance(value, dict) else {"option": value}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 8)
        self.boxes: dict[str, QLineEdit] = {}
        for n, key in enumerate(opinion_draft.OPTION_KEYS):
            box = QLineEdit(values.get(key, ""))
            box.setPlaceholderText(tr_opinion(key))
            box.setAccessibleName(tr_opinion(key))
            box.textEdited.connect(self.changed)
            self.boxes[key] = box
            if key == "option":
                grid.addWidget(box, 0, 0, 1, 3)
            else:
                grid.addWidget(box, 1, n - 1)
        self.remove_button = QPushButton(tr_opinion("remove"))
        self.remove_button.clicked.connect(self.remove_requested)
        grid.addWidget(self.remove_button, 0, 3)

    def value(self) -> dict[str, str]:
        return {key: box.text().strip() for key, box in self.boxes.items()}


class ItemRow(QWidget):
    """One further investigation."""

    changed = Signal()
    remove_requested = Signal()

    def __init__(self, text: str, parent=None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.box = QLineEdit(text)
        self.box.setPlaceholderText(tr_opinion("investigation_hint"))
        self.box.textEdited.connect(self.changed)
        self.remove_button = QPushButton(tr_opinion("remove"))
        self.remove_button.clicked.connect(self.remove_requested)
        row.addWidget(self.box, 1)
        row.addWidget(self.remove_button)

    def value(self) -> str:
        return self.box.text()


class RowList(QWidget):
    """A list of rows with "add" below and "remove" on each row."""

    changed = Signal()

    def __init__(self, make_row, add_text: str, parent=None) -> None:
        super().__init__(parent)
        self.make_row = make_row
        self.rows: list[QWidget] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout = QVBoxLayout()
        layout.addLayout(self.rows_layout)
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(self._on_add)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_values(self, values: list[Any]) -> None:
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        for value in values:
            self._add(value)

    def values(self) -> list[Any]:
        return [row.value() for row in self.rows]  # type: ignore[attr-defined]

    def _add(self, value: Any) -> QWidget:
        row = self.make_row(value)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._on_remove)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        return row

    @Slot()
    def _on_add(self) -> None:
        row = self._add("")
        focus = getattr(row, "box", None) or row.boxes["option"]
        focus.setFocus()
        self.changed.emit()

    @Slot()
    def _on_remove(self) -> None:
        row = self.sender()
        if row in self.rows:
            self.rows.remove(row)
            row.deleteLater()
            self.changed.emit()


class AnswerBox(QWidget):
    """One question the clinic asked, shown above its answer, marked while unanswered."""

    changed = Signal()

    def __init__(self, question_id: str, question: str, parent=None) -> None:
        super().__init__(parent)
        self.question_id = question_id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        top = QHBoxLayout()
        self.question = QLabel(
            f"<b>{tr_opinion('question', id=question_id[1:])}</b> {_escape(question)}"
        )
        self.question.setWordWrap(True)
        self.marker = QLabel()
        self.marker.setObjectName("answerMarker")
        top.addWidget(self.question, 1)
        top.addWidget(self.marker, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.box = QPlainTextEdit()
        self.box.setAccessibleName(question)
        self.box.setTabChangesFocus(True)
        self.box.setFixedHeight(90)
        self.box.textChanged.connect(self.changed)
        layout.addWidget(self.box)

    def show_answered(self, answered: bool) -> None:
        self.marker.setText(tr_opinion("answered" if answered else "unanswered"))
        self.marker.setStyleSheet(
            "color: #1d5e27;"
            if answered
            else "background: #fde2e4; color: #8a0015; font-weight: bold; padding: 2px 6px;"
        )


class PreviewDialog(QDialog):
    """The opinion exactly as the clinic will receive it (``prepare``'s document)."""

    def __init__(self, document: Opinion, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(tr_opinion("preview_title"))
        self.setStyleSheet(READABLE_STYLE)
        layout = QVBoxLayout(self)
        note = QLabel(tr_opinion("preview_note"))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.text = QTextBrowser()
        self.text.setHtml(document_html(document))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox()
        close = buttons.addButton(tr_opinion("close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)


def document_html(document: Opinion) -> str:
    """Every section of the document, titled, in the order the clinic reads them."""
    parts = []
    for key, value in sections(document):
        parts.append(f"<h3>{_escape(tr_opinion_section(key))}</h3>")
        if key == "verdict":
            parts.append(f"<p>{_escape(tr_verdict(value))}</p>")
        elif key == "see_in_person":
            parts.append(f"<p>{_escape(tr_see_in_person(value))}</p>")
        elif key in ("alternatives", "investigations"):
            items = "".join(f"<li>{_escape(t)}</li>" for t in value)
            parts.append(f"<ul>{items}</ul>" if items else "")
        elif key == "answers":
            for a in value:
                parts.append(
                    f"<p><b>{_escape(a['question'])}</b><br>{_paragraphs(a['answer'])}</p>"
                )
        elif key == "specialist":
            who = ", ".join(
                v for v in (value["name"], value["qualification"], value["council"]) if v
            )
            parts.append(f"<p>{_escape(who)} {_escape(value['registration'])}</p>")
        elif value:
            parts.append(f"<p>{_paragraphs(value)}</p>")
    return "\n".join(parts)


def _spaced(reference: str, before: str, after: str) -> str:
    """``reference`` spaced from the words it is inserted between; a full stop or comma
    right after it stays against it."""
    if before and not before[-1].isspace() and before[-1] not in "([{\"'":
        reference = " " + reference
    if after and after[0].isalnum():
        reference += " "
    return reference


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _paragraphs(text: str) -> str:
    return _escape(text).replace("\n", "<br>")


class OpinionEditor(QWidget):
    signed = Signal(object)  # SignedOpinion, after signing
    save_state_changed = Signal(str)  # "saved", "saving", "failed"

    def __init__(self, executor: DatabaseExecutor, bundle_id: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("opinionEditor")
        self.setStyleSheet(READABLE_STYLE)
        self.executor = executor
        self.store = executor.store
        self.bundle_id = bundle_id
        self.form: OpinionForm | None = None
        self.signed_record: OpinionRecord | None = None
        self.read_only = False
        self.loaded = False
        self.preview_dialog: PreviewDialog | None = None
        self.writing_in: QLineEdit | QPlainTextEdit | None = None  # where Insert puts a mark
        self._filling = False
        self._pending = False
        self._saving = 0
        self._save_state = "saved"
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._build()
        app = QApplication.instance()
        app.focusChanged.connect(self._on_focus_changed)
        app.aboutToQuit.connect(self.flush)
        self.executor.submit(
            call(_open, self.store, bundle_id), succeeded=self._on_opened, failed=self._on_failed
        )

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        header = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("editorTitle")
        self.version_label = QLabel()
        self.save_indicator = QLabel(tr_opinion("saved"))
        self.save_indicator.setObjectName("saveIndicator")
        header.addWidget(self.title)
        header.addWidget(self.version_label)
        header.addStretch(1)
        header.addWidget(self.save_indicator)
        outer.addLayout(header)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        outer.addWidget(BannerSlot(self.banner))

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setSpacing(12)
        self.scroll.setWidget(self.body)
        outer.addWidget(self.scroll, 1)

        self.texts: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.choices: dict[str, QButtonGroup] = {}
        self.verdict_section = self._choice_section("verdict", Verdict.ALL, tr_verdict)
        diagnosis_section = self._section("diagnosis")
        diagnosis_section.body.addWidget(self._line("diagnosis", tr_opinion("diagnosis_hint")))
        self._long_section("reasons")
        # The specialist's own key images and measurements, to refer to in what is written.
        self.own_marks = OwnMarksList(self.executor, self.bundle_id)
        self.own_marks.insert_requested.connect(self.insert_reference)
        own_section = Section(tr_review("own_marks"))
        own_section.setObjectName("ownMarksSection")
        own_section.body.addWidget(self.own_marks)
        self.body_layout.addWidget(own_section)
        severity_section = self._section("severity")
        severity_section.body.addWidget(self._line("severity", tr_opinion("severity_hint")))
        self._long_section("plan")
        self.alternatives = RowList(OptionRow, tr_opinion("add_option"))
        self.alternatives.changed.connect(self._on_edited)
        self._section("alternatives").body.addWidget(self.alternatives)
        self.investigations = RowList(ItemRow, tr_opinion("add_investigation"))
        self.investigations.changed.connect(self._on_edited)
        self._section("investigations").body.addWidget(self.investigations)
        self._long_section("lifestyle")
        self.answers_section = self._section("answers")
        self.answer_boxes: dict[str, AnswerBox] = {}
        self.see_section = self._choice_section("see_in_person", SeeInPerson.ALL, tr_see_in_person)
        self._long_section("limitations")
        self._long_section("patient_summary", tr_opinion("summary_hint"))
        self.body_layout.addStretch(1)

        footer = QHBoxLayout()
        self.reason = QLabel()
        self.reason.setObjectName("signReason")
        self.reason.setWordWrap(True)
        self.preview_button = QPushButton(tr_opinion("preview"))
        self.preview_button.clicked.connect(self.show_preview)
        self.sign_button = QPushButton(tr_opinion("sign"))
        self.sign_button.setObjectName("primaryButton")
        self.sign_button.clicked.connect(self.sign)
        self.correct_button = QPushButton(tr_opinion("correct"))
        self.correct_button.clicked.connect(self.start_correction)
        self.correct_button.hide()
        footer.addWidget(self.reason, 1)
        footer.addWidget(self.preview_button)
        footer.addWidget(self.correct_button)
        footer.addWidget(self.sign_button)
        outer.addLayout(footer)
        for button in (self.preview_button, self.sign_button):
            button.setEnabled(False)

    def _section(self, key: str) -> Section:
        section = Section(tr_opinion_section(key))
        self.body_layout.addWidget(section)
        return section

    def _line(self, key: str, placeholder: str) -> QLineEdit:
        box = QLineEdit()
        box.setPlaceholderText(placeholder)
        box.setAccessibleName(tr_opinion_section(key))
        box.textEdited.connect(self._on_edited)
        self.texts[key] = box
        return box

    def _long_section(self, key: str, placeholder: str = "") -> None:
        box = QPlainTextEdit()
        box.setPlaceholderText(placeholder)
        box.setAccessibleName(tr_opinion_section(key))
        box.setTabChangesFocus(True)
        box.setFixedHeight(110)
        box.textChanged.connect(self._on_edited)
        self.texts[key] = box
        self._section(key).body.addWidget(box)

    def _choice_section(self, key: str, codes: tuple[str, ...], words) -> Section:
        section = self._section(key)
        group = QButtonGroup(self)
        row = QHBoxLayout()
        for code in codes:
            button = QRadioButton(words(code))
            button.setProperty("code", code)
            group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        section.body.addLayout(row)
        group.buttonClicked.connect(self._on_choice)
        self.choices[key] = group
        return section

    # ------------------------------------------------------------------ loading

    @Slot(object)
    def _on_opened(self, opened: Opened) -> None:
        self.form = opened.form
        self.signed_record = opened.signed
        case = opened.form.case
        self.title.setText(tr_opinion("title", case=case.bundle_id[:8]))
        self._build_answers()
        if opened.form.record is None and opened.signed is not None:
            # Nothing being written: the newest signed version, as it was signed.
            self._fill(opinion_draft.parse(opened.signed.fields))
            self._set_read_only(True)
        else:
            self._fill(opened.form.fields)
            self._set_read_only(False)
        self._show_version()
        self._show_blocking()
        self.own_marks.reload()
        self.loaded = True

    def _build_answers(self) -> None:
        assert self.form is not None
        for box in self.answer_boxes.values():
            box.deleteLater()
        self.answer_boxes = {}
        asked = question_ids(self.form.questions)
        if not asked:
            self.answers_section.body.addWidget(QLabel(tr_opinion("no_questions")))
        for qid, text in asked:
            box = AnswerBox(qid, text)
            box.changed.connect(self._on_edited)
            self.answer_boxes[qid] = box
            self.answers_section.body.addWidget(box)

    def _fill(self, fields: dict[str, Any]) -> None:
        self._filling = True
        try:
            for key, box in self.texts.items():
                if isinstance(box, QLineEdit):
                    box.setText(fields[key])
                else:
                    box.setPlainText(fields[key])
            for key, group in self.choices.items():
                for button in group.buttons():
                    button.setChecked(button.property("code") == fields[key])
            self.alternatives.set_values(fields["alternatives"])
            self.investigations.set_values(fields["investigations"])
            given = {a["question_id"]: a["answer"] for a in fields["answers"]}
            for qid, box in self.answer_boxes.items():
                box.box.setPlainText(given.get(qid, ""))
        finally:
            self._filling = False

    def _show_version(self) -> None:
        record = self.form.record if self.form else None
        if self.read_only and self.signed_record is not None:
            text = tr_opinion("version", version=self.signed_record.version)
        elif record is not None and record.replaces:
            text = tr_opinion("correction_of", version=record.version, replaces=record.replaces[:8])
        elif record is not None:
            text = tr_opinion("version", version=record.version)
        else:
            text = tr_opinion(
                "version", version=self.signed_record.version + 1 if self.signed_record else 1
            )
        self.version_label.setText(text)

    def _set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for box in self.texts.values():
            box.setReadOnly(read_only)
        for answer in self.answer_boxes.values():
            answer.box.setReadOnly(read_only)
        for group in self.choices.values():
            for button in group.buttons():
                button.setEnabled(not read_only)
        for rows in (self.alternatives, self.investigations):
            rows.add_button.setVisible(not read_only)
            for row in rows.rows:
                for child in row.findChildren(QLineEdit):
                    child.setReadOnly(read_only)
                for child in row.findChildren(QPushButton):
                    child.setVisible(not read_only)
        self.own_marks.set_insert_enabled(not read_only)
        self.correct_button.setVisible(read_only)
        self.sign_button.setVisible(not read_only)
        self.preview_button.setEnabled(not read_only)
        if read_only and self.signed_record is not None:
            self._show_banner(
                tr_opinion("signed_readonly", version=self.signed_record.version), "info"
            )

    # ------------------------------------------------------------------ edits

    def fields(self) -> dict[str, Any]:
        """The draft as the widgets hold it now."""
        values: dict[str, Any] = {}
        for key, box in self.texts.items():
            values[key] = box.text() if isinstance(box, QLineEdit) else box.toPlainText()
        for key, group in self.choices.items():
            checked = group.checkedButton()
            values[key] = checked.property("code") if checked is not None else ""
        values["alternatives"] = [o for o in self.alternatives.values() if any(o.values())]
        values["investigations"] = [i for i in self.investigations.values() if i.strip()]
        values["answers"] = [
            {"question_id": qid, "answer": box.box.toPlainText()}
            for qid, box in self.answer_boxes.items()
        ]
        return values

    @Slot()
    def _on_edited(self) -> None:
        if self._filling or self.read_only or self.form is None:
            return
        try:
            self.form.fields = opinion_draft.parse(self.fields())
        except ShapeError as exc:
            self._show_banner(tr_opinion_error(exc.code), "problem")
            return
        self._pending = True
        self._timer.start()
        self._show_blocking()
        self._update_indicator()

    @Slot(object)
    def _on_choice(self, _button) -> None:
        self._on_edited()
        self.flush()

    @Slot(object, object)
    def _on_focus_changed(self, old, new) -> None:
        if isinstance(new, QLineEdit | QPlainTextEdit) and inside(new, self.body):
            self.writing_in = new
        if self._pending and inside(old, self) and not inside(new, self):
            self.flush()

    def writing_box(self) -> QLineEdit | QPlainTextEdit:
        """The box the specialist was last writing in (reasons until they write elsewhere)."""
        box = self.writing_in
        if box is None or not shiboken6.isValid(box) or not inside(box, self.body):
            return self.texts["reasons"]
        return box

    @Slot(str)
    def insert_reference(self, reference: str) -> None:
        """Insert ``reference`` at the cursor of the box being written in, spaced from the
        words around it; a selection is kept, never replaced."""
        if self.read_only or self.form is None:
            return
        box = self.writing_box()
        if isinstance(box, QPlainTextEdit):
            cursor = box.textCursor()
            cursor.clearSelection()
            if box is not self.writing_in:
                # Not written in yet: after what the reasons say, not before it.
                cursor.movePosition(QTextCursor.MoveOperation.End)
            text, at = box.toPlainText(), cursor.position()
            cursor.insertText(_spaced(reference, text[:at], text[at:]))
            box.setTextCursor(cursor)
        else:
            at = box.cursorPosition()
            text = box.text()
            box.deselect()
            box.setCursorPosition(at)
            box.insert(_spaced(reference, text[:at], text[at:]))
            self._on_edited()
        box.setFocus()
        self.scroll.ensureWidgetVisible(box, 0, 40)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.WindowActivate and self.loaded:
            # Marks made meanwhile in the review's viewer are listed when the editor is back.
            self.own_marks.reload()
        return super().event(event)

    def _show_blocking(self) -> None:
        if self.form is None or self.read_only:
            return
        unanswered = set(self.form.unanswered())
        for qid, box in self.answer_boxes.items():
            box.show_answered(qid not in unanswered)
        blocking = self.form.blocking()
        not_chosen = [w for code, w in blocking if code == opinion_draft.OPINION_INCOMPLETE]
        lines = []
        if not_chosen:
            lines.append(
                tr_opinion("not_chosen", what=", ".join(tr_opinion_section(k) for k in not_chosen))
            )
        if unanswered:
            lines.append(tr_opinion_error("question_unanswered"))
            numbers = [qid[1:] for qid in self.answer_boxes if qid in unanswered]
            if len(numbers) == 1:
                lines.append(tr_opinion("still_unanswered_one", number=numbers[0]))
            else:
                lines.append(
                    tr_opinion(
                        "still_unanswered",
                        count=len(numbers),
                        numbers=", ".join(numbers),
                    )
                )
        self.reason.setText("\n".join(lines) if lines else tr_opinion("ready"))
        self.reason.setProperty("blocked", bool(lines))
        self.reason.setStyleSheet("color: #8a0015; font-weight: bold;" if lines else "")
        self.sign_button.setEnabled(not blocking)
        self.sign_button.setToolTip("\n".join(lines))
        self.preview_button.setEnabled(True)

    # ------------------------------------------------------------------ saving

    @property
    def has_unsaved(self) -> bool:
        return self._pending or self._saving > 0

    @Slot()
    def flush(self) -> None:
        """Send the pending draft to the database executor now."""
        self._timer.stop()
        if not self._pending or self.form is None:
            return
        job = self.executor.submit(
            call(opinions.save_draft, self.store, self.bundle_id, dict(self.form.fields)),
            succeeded=self._on_saved,
            failed=self._on_save_failed,
        )
        if job is not None:
            self._pending = False
            self._saving += 1
        self._update_indicator()

    @Slot(object)
    def _on_saved(self, record: OpinionRecord) -> None:
        self._saving -= 1
        if self.form is not None:
            self.form.record = record
        self._save_state = "saved"
        self._show_version()
        self._update_indicator()

    @Slot(object)
    def _on_save_failed(self, error) -> None:
        self._saving -= 1
        self._pending = True
        self._save_state = "failed"
        self._show_banner(tr_opinion("save_failed"), "problem")
        self._update_indicator()

    def _update_indicator(self) -> None:
        state = "saving" if self._saving or self._pending else self._save_state
        words = {"saved": "saved", "saving": "saving", "failed": "not_saved"}
        self.save_indicator.setText(tr_opinion(words[state]))
        self.save_indicator.setProperty("state", state)
        self.save_indicator.style().unpolish(self.save_indicator)
        self.save_indicator.style().polish(self.save_indicator)
        self.save_state_changed.emit(state)

    # ------------------------------------------------------------------ preview, signing

    @Slot()
    def show_preview(self) -> None:
        if self.form is None:
            return
        self._timer.stop()
        self._pending = False
        self._saving += 1
        self._update_indicator()
        self.executor.submit(
            call(_save_and_prepare, self.store, self.bundle_id, dict(self.form.fields)),
            succeeded=self._on_prepared,
            failed=self._on_preview_failed,
        )

    @Slot(object)
    def _on_prepared(self, document: Opinion) -> None:
        self._saving -= 1
        self._save_state = "saved"
        self._update_indicator()
        dialog = PreviewDialog(document, self)
        dialog.resize(min(900, self.window().width()), int(self.window().height() * 0.9))
        self.preview_dialog = dialog
        dialog.open()

    @Slot()
    def sign(self) -> None:
        if self.form is None or self.form.blocking():
            return
        answer = QMessageBox.question(
            self,
            tr_opinion("sign_confirm_title"),
            tr_opinion("sign_confirm"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.sign_now()

    def sign_now(self) -> None:
        """Sign without asking (after the question, or from a test)."""
        assert self.form is not None
        self._timer.stop()
        self._pending = False
        self.sign_button.setEnabled(False)
        self.reason.setText(tr_opinion("signing"))
        self.executor.submit(
            call(_save_and_sign, self.store, self.bundle_id, dict(self.form.fields)),
            succeeded=self._on_signed,
            failed=self._on_sign_failed,
        )

    @Slot(object)
    def _on_signed(self, result: opinion_send.SignedOpinion) -> None:
        self.signed.emit(result)
        self.executor.submit(
            call(_open, self.store, self.bundle_id), succeeded=self._on_reopened_signed
        )

    @Slot(object)
    def _on_reopened_signed(self, opened: Opened) -> None:
        self._on_opened(opened)
        version = opened.signed.version if opened.signed else ""
        self._show_banner(tr_opinion("signed", version=version), "ok")

    @Slot(object)
    def _on_sign_failed(self, error) -> None:
        self._show_blocking()
        self._on_failed(error)

    @Slot()
    def start_correction(self) -> None:
        if self.signed_record is None:
            return
        answer = QMessageBox.question(
            self,
            tr_opinion("correct_confirm_title"),
            tr_opinion("correct_confirm"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.correct_now()

    def correct_now(self) -> None:
        """Start the correction without asking: a new draft from the signed version."""
        assert self.signed_record is not None
        fields = opinion_draft.parse(self.signed_record.fields)
        self.executor.submit(
            call(_start_correction, self.store, self.bundle_id, fields),
            succeeded=self._on_correction_started,
            failed=self._on_failed,
        )

    @Slot(object)
    def _on_correction_started(self, opened: Opened) -> None:
        self.banner.hide()
        self._on_opened(opened)

    @Slot(object)
    def _on_preview_failed(self, error) -> None:
        self._saving -= 1
        self._pending = True
        self._on_failed(error)

    @Slot(object)
    def _on_failed(self, error) -> None:
        code = getattr(error, "code", None)
        self._show_banner(tr_opinion_error(code), "problem")
        self._update_indicator()

    def _show_banner(self, text: str, kind: str) -> None:
        self.banner.setText(text)
        self.banner.setProperty("kind", kind)
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner.show()

    def closeEvent(self, event) -> None:
        self.flush()
        super().closeEvent(event)


def open_opinion_editor(
    parent: QWidget | None, store: Store, executor: DatabaseExecutor, bundle_id: str
) -> QWidget:
    """The opinion editor for the received case ``bundle_id`` (loading; ``loaded`` once
    filled). ``store`` is the executor's: every store call runs on ``executor``."""
    assert executor.store is store
    editor = OpinionEditor(executor, bundle_id, parent)
    if parent is not None:
        # Its own window beside the review (the parent keeps it alive); gone when closed.
        editor.setWindowFlag(Qt.WindowType.Window, True)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    return editor
