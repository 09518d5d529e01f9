"""Small shared widgets: a labelled field with its red problem text, a section box, a badge.

Thread-safety: GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

PROBLEM_STYLE = "color: #b00020; font-weight: bold;"


class FieldRow(QWidget):
    """A field's label above its control, and its problem (if any) below in red."""

    def __init__(self, label: str, control: QWidget, hint: str = "", parent=None) -> None:
        super().__init__(parent)
        self.control = control
        self.problem_code: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(3)
        self.label = QLabel(label)
        self.label.setObjectName("fieldLabel")
        self.label.setBuddy(control)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        layout.addWidget(control)
        self.hint = QLabel(hint)
        self.hint.setObjectName("fieldHint")
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))
        layout.addWidget(self.hint)
        self.problem = QLabel()
        self.problem.setObjectName("fieldProblem")
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()
        layout.addWidget(self.problem)

    def set_problem(self, code: str | None, text: str = "") -> None:
        self.problem_code = code
        self.problem.setText(text)
        self.problem.setVisible(bool(code))
        self.control.setProperty("invalid", bool(code))
        # Re-polish so the stylesheet's [invalid="true"] red border follows the property.
        self.control.style().unpolish(self.control)
        self.control.style().polish(self.control)


class Section(QGroupBox):
    def __init__(self, title: str, parent=None) -> None:
        super().__init__(title, parent)
        self.setObjectName("section")
        self.body = QVBoxLayout(self)
        self.body.setSpacing(8)


def wrapped_label(text: str, width: int, parent=None) -> QLabel:
    """A word-wrapped label whose full height is reserved (dialogs otherwise clip the end)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setFixedWidth(width)
    # The style sheet's larger font applies at polish time; measure with it, not the default.
    label.ensurePolished()
    label.setMinimumHeight(label.heightForWidth(width))
    return label
