"""The two small dialogs of a case's follow-up thread: the clinic's "Ask a follow-up question"
(the question, and "Add files…" for a report that came later) and the specialist's "Answer"
(the clinic's question shown above the answer). They only collect the words and file paths;
the caller writes the message on a worker (casework.follow_up), never the GUI thread.
Thread-safety: GUI thread only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MAX_CHARS = 10_000  # sync.thread_format's limit on a message's text


def _wrapped(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class _MessageDialog(QDialog):
    """A text box with a send button (enabled once something is written) and a cancel one."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(480)
        self.layout_ = QVBoxLayout(self)
        self.text = QPlainTextEdit()
        self.text.setMinimumHeight(110)
        self.text.textChanged.connect(self._update)
        self.buttons = QDialogButtonBox()
        # Each dialog names the buttons itself: a translation's context is the class that
        # says the words.
        self.send_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("primaryButton")
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def message(self) -> str:
        return self.text.toPlainText().strip()

    @Slot()
    def _update(self) -> None:
        self.send_button.setEnabled(0 < len(self.message()) <= MAX_CHARS)


class AskDialog(_MessageDialog):
    """The clinic's follow-up question; ``files`` are the paths chosen with "Add files…"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ask a follow-up question"))
        self.files: list[Path] = []
        self.layout_.addWidget(
            _wrapped(
                self.tr(
                    "Write your question to the specialist. It is sent at the next connection, "
                    "with any files you add (a report that came later)."
                )
            )
        )
        self.layout_.addWidget(self.text)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.clicked.connect(self._choose)
        self.file_list = _wrapped(self.tr("No files added."), "fieldHint")
        row.addWidget(self.add_button)
        row.addWidget(self.file_list, 1)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.buttons)
        self.send_button.setText(self.tr("Send question"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._update()

    @Slot()
    def _choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add files"))
        self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self.files:
                self.files.append(path)
        if self.files:
            names = ", ".join(p.name for p in self.files)
            self.file_list.setText(self.tr("Files to send: %1").replace("%1", names))
        else:
            self.file_list.setText(self.tr("No files added."))


class AnswerDialog(_MessageDialog):
    """The specialist's answer to one of the clinic's questions, shown above it."""

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Answer the clinic's question"))
        self.layout_.addWidget(_wrapped(self.tr("The clinic asked:"), "fieldHint"))
        self.layout_.addWidget(_wrapped(question, "opinionStrong"))
        self.layout_.addWidget(_wrapped(self.tr("Your answer:"), "fieldHint"))
        self.layout_.addWidget(self.text)
        self.layout_.addWidget(self.buttons)
        self.send_button.setText(self.tr("Send answer"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._update()
