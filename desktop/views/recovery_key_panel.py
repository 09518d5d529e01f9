"""The recovery key as a person copies it: its eight groups in large monospaced type, Print…,
and the tick "I have written it down or printed it". Shared by the Settings recovery key page
and the first-run wizard's recovery key step; each decides when the key is saved.

The key lives only in this panel's labels and ``key`` until ``clear`` drops it.
Thread-safety: GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.words import tr_marked
from local_store import recovery
from wording import backup as words

KEY_POINT_SIZE = 22
COLUMNS = 4  # two rows of four groups, as printed


class RecoveryKeyPanel(QWidget):
    """Shows one key (``show_key``); ``written`` is the tick the caller waits for."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.key: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.groups = QGridLayout()
        self.groups.setHorizontalSpacing(18)
        self.group_labels: list[QLabel] = []
        for index in range(recovery.GROUPS):
            label = QLabel()
            # Large and monospaced, so each character can be read and copied by hand; the
            # label's own style wins over a window's larger default type.
            label.setStyleSheet(
                f"font-family: monospace; font-size: {KEY_POINT_SIZE}pt; font-weight: bold;"
            )
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setObjectName("recoveryKeyGroup")
            self.groups.addWidget(
                label, index // COLUMNS, index % COLUMNS, Qt.AlignmentFlag.AlignCenter
            )
            self.group_labels.append(label)
        layout.addLayout(self.groups)

        row = QHBoxLayout()
        self.print_button = QPushButton(tr_marked(words.RECOVERY_PRINT))
        self.print_button.clicked.connect(self.print_key)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.written = QCheckBox(tr_marked(words.RECOVERY_WRITTEN))
        layout.addWidget(self.written)

    def show_key(self, key: str) -> None:
        """Show ``key`` in its groups; the tick starts unticked."""
        self.key = key
        for label, group in zip(self.group_labels, key.split("-"), strict=True):
            label.setText(group)
        self.written.setChecked(False)

    def clear(self) -> None:
        """Drop the key from the panel (once saved, or when its page closes)."""
        self.key = None
        for label in self.group_labels:
            label.clear()
        self.written.setChecked(False)

    @Slot()
    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.key is None:
            return
        printer = QPrinter()
        if QPrintDialog(printer, self.window()).exec() != QDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setPlainText(printed_text(self.key))
        document.print_(printer)


def printed_text(key: str) -> str:
    """The printed page: a heading, what the key is for, and the groups in two rows."""
    groups = key.split("-")
    return (
        f"{tr_marked(words.RECOVERY_PRINTED_HEADING)}\n\n{tr_marked(words.RECOVERY_INTRO)}\n\n"
        + "  ".join(groups[:COLUMNS])
        + "\n"
        + "  ".join(groups[COLUMNS:])
    )
