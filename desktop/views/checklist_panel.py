"""The checklist panel: what this kind of case usually needs and what seems to be missing.

For the case's condition (guessed from the specialty and diagnosis, or chosen here) it lists
the missing needed items first, then the recommended ones separately, each in plain words with
why it matters and the guideline it comes from; then what is already in the case and what
guidelines say is usually not needed. It only advises: it never disables sending, and says so.
The item texts come from the clinician-reviewed checklist files (resources/checklists), in
English.
Thread-safety: GUI thread only; store calls run on the DatabaseExecutor.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

import wording.clinical
from clinical import checklists
from desktop.views.document_kind import tr_word
from desktop.views.widgets import PROBLEM_STYLE
from desktop.words import tr_error
from desktop.workers import DatabaseExecutor, call
from local_store import case_checklist
from local_store.errors import StoreError

CARD_STYLE = {
    "required": "QFrame#checkCard { border-left: 5px solid #b00020; background: #fff5f5; }",
    "recommended": "QFrame#checkCard { border-left: 5px solid #b07a00; background: #fffaf0; }",
    "present": "QFrame#checkCard { border-left: 5px solid #1f6f43; background: #f3faf4; }",
    "not_needed": "QFrame#checkCard { border-left: 5px solid #8a8a8a; background: #f6f6f6; }",
}
MARK = {"required": "✗", "recommended": "○", "present": "✓", "not_needed": "–"}


def _load(store, case_id: str):
    return (
        case_checklist.check_case(store, case_id),
        case_checklist.get_condition(store, case_id),
        checklists.load_conditions(),
    )


class ChecklistPanel(QWidget):
    """Missing investigations for one case, explained; advice only, never a blocker."""

    loaded = Signal()

    def __init__(self, store, db: DatabaseExecutor, parent=None) -> None:
        super().__init__(parent)
        self.store, self.db = store, db
        self.case_id: str | None = None
        self.check: case_checklist.CaseCheck | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        chooser = QHBoxLayout()
        label = QLabel(self.tr("Checklist for"))
        label.setObjectName("fieldLabel")
        self.condition = QComboBox()
        self.condition.setMinimumWidth(260)
        self.condition.activated.connect(self._on_condition_chosen)
        self.origin = QLabel()
        self.origin.setObjectName("fieldHint")
        # Wraps, so a narrow editor (a 1024-wide screen) never scrolls sideways for it.
        self.origin.setWordWrap(True)
        chooser.addWidget(label)
        chooser.addWidget(self.condition)
        chooser.addWidget(self.origin, 1)
        layout.addLayout(chooser)
        self.advice = QLabel(tr_word(wording.clinical.CHECKLIST_WORDS, "suggestion_only"))
        self.advice.setObjectName("banner")
        self.advice.setWordWrap(True)
        layout.addWidget(self.advice)
        self.problem = QLabel()
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setSpacing(8)
        self.scroll.setWidget(self.body)
        layout.addWidget(self.scroll, 1)
        self.sections: dict[str, list[QFrame]] = {}

    def load(self, case_id: str) -> None:
        self.case_id = case_id
        self.db.submit(
            call(_load, self.store, case_id), succeeded=self._on_loaded, failed=self._on_failed
        )

    @Slot(object)
    def _on_loaded(self, data) -> None:
        check, choice, conditions = data
        self.check = check
        self._fill_chooser(conditions, choice)
        self._fill(check)
        self.loaded.emit()

    def _fill_chooser(self, conditions: dict, choice: case_checklist.ConditionChoice) -> None:
        self.condition.blockSignals(True)
        self.condition.clear()
        self.condition.addItem(self.tr("No checklist"), None)
        for cid, condition in sorted(conditions.items(), key=lambda c: c[1].title):
            self.condition.addItem(condition.title, cid)
        self.condition.setCurrentIndex(max(self.condition.findData(choice.condition), 0))
        self.condition.blockSignals(False)
        if choice.condition is None:
            self.origin.setText("")
        elif choice.by_user:
            self.origin.setText(self.tr("(chosen by you)"))
        else:
            self.origin.setText(self.tr("(from the diagnosis and specialty; change it if wrong)"))

    @Slot(int)
    def _on_condition_chosen(self, index: int) -> None:
        if self.case_id is None:
            return
        cid = self.condition.itemData(index)
        store, case_id = self.store, self.case_id

        def choose():
            case_checklist.set_condition(store, case_id, cid)
            return _load(store, case_id)

        self.db.submit(call(choose), succeeded=self._on_loaded, failed=self._on_failed)

    # ---- the lists

    def _clear(self) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.sections = {}

    def _fill(self, check: case_checklist.CaseCheck) -> None:
        self._clear()
        if check.result is None:
            self._note(tr_word(wording.clinical.CHECKLIST_WORDS, "no_condition"))
            self.body_layout.addStretch(1)
            return
        statuses = check.result.items
        missing = check.result.missing
        required = [i for i in missing if i.need == "required"]
        recommended = [i for i in missing if i.need == "recommended"]
        present = [s for s in statuses if s.present]
        not_needed = check.result.not_needed
        if not missing:
            self._note(tr_word(wording.clinical.CHECKLIST_WORDS, "nothing_missing"), "ok")
        if required:
            self._heading(self.tr("Needed, not found in this case (%1)"), len(required))
            for item in required:
                self._card("required", item)
        if recommended:
            self._heading(self.tr("Recommended, not found (%1)"), len(recommended))
            for item in recommended:
                self._card("recommended", item)
        if present:
            self._heading(self.tr("Already in the case (%1)"), len(present))
            for status in present:
                self._card("present", status.item, status.found_in)
        if not_needed:
            self._heading(self.tr("Usually not needed (%1)"), len(not_needed))
            for item in not_needed:
                self._card("not_needed", item)
        self.body_layout.addStretch(1)

    def _note(self, text: str, kind: str = "") -> None:
        label = QLabel(text)
        label.setObjectName("banner")
        label.setProperty("kind", kind)
        label.setWordWrap(True)
        self.body_layout.addWidget(label)

    def _heading(self, text: str, count: int) -> None:
        label = QLabel(text.replace("%1", str(count)))
        label.setObjectName("dialogTitle")
        self.body_layout.addWidget(label)

    def _card(self, group: str, item: checklists.ChecklistItem, found_in: str = "") -> None:
        card = QFrame()
        card.setObjectName("checkCard")
        card.setStyleSheet(CARD_STYLE[group])
        card.setProperty("item_id", item.id)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(12, 8, 10, 8)
        layout.setSpacing(2)
        need = tr_word(wording.clinical.CHECKLIST_NEED, item.need)
        title = QLabel(f"{MARK[group]}  {item.item}")
        title.setObjectName("fieldLabel")
        title.setWordWrap(True)
        layout.addWidget(title)
        if group in ("required", "recommended"):
            status = QLabel(
                self.tr(
                    "%1 · not found in the documents, lab values or scans of this case"
                ).replace("%1", need)
            )
            status.setObjectName("fieldHint")
            status.setWordWrap(True)
            layout.addWidget(status)
        elif group == "present":
            where = {
                "document": self.tr("found in a document"),
                "lab": self.tr("found in the lab values"),
                "imaging": self.tr("found in the scans"),
            }.get(found_in, "")
            if where:
                status = QLabel(where)
                status.setObjectName("fieldHint")
                layout.addWidget(status)
        if group != "present":
            why = QLabel(self.tr("Why: %1").replace("%1", item.why))
            why.setWordWrap(True)
            layout.addWidget(why)
        source = QLabel(self.tr("Source: %1").replace("%1", item.source))
        source.setObjectName("fieldHint")
        source.setWordWrap(True)
        layout.addWidget(source)
        self.body_layout.addWidget(card)
        self.sections.setdefault(group, []).append(card)

    def item_ids(self, group: str) -> list[str]:
        """The checklist item ids shown in a group ("required", "recommended", "present"...)."""
        return [card.property("item_id") for card in self.sections.get(group, [])]

    @Slot(object)
    def _on_failed(self, error) -> None:
        self.problem.setText(tr_error(error.code if isinstance(error, StoreError) else ""))
        self.problem.show()
