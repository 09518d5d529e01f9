"""A date typed the clinic's way (15/10/2026), shown back unambiguously ("Read as: 15 Oct
2026"), with a calendar to pick it instead.

The text box stays the field's control (its ``textEdited`` and ``editingFinished`` report each
change); a date picked on the calendar is written into it as if typed, so the form saves it
the same way. What reads as a date is decided by ``casework.case_form.date_read`` (the one date
reader, in local_store.validation). Thread-safety: GUI thread only.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPoint, Qt, Slot
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casework.case_form import date_read
from desktop.words import tr_date, tr_form
from local_store.validation import typed_date


class DateBox(QWidget):
    """``edit`` with a calendar button beside it and the date read back below it."""

    def __init__(self, edit: QLineEdit, *, month_only: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.edit = edit
        self.month_only = month_only
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        # Room for a whole date, even beside the calendar button on a 1024-pixel screen.
        edit.ensurePolished()
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("00/00/0000") + 28)
        line.addWidget(edit, 1)
        self.calendar_button = QPushButton()
        self.calendar_button.setAutoDefault(False)
        self.calendar_button.setText(self.tr("Calendar"))
        self.calendar_button.setToolTip(self.tr("Choose the date on a calendar"))
        self.calendar_button.clicked.connect(self.open_calendar)
        line.addWidget(self.calendar_button)
        self.extra = line  # callers may add a button (e.g. "Today") on the same line
        layout.addLayout(line)
        self.read_as = QLabel()
        self.read_as.setObjectName("fieldHint")
        layout.addWidget(self.read_as)
        self.calendar: QCalendarWidget | None = None
        edit.textChanged.connect(self._show_read_as)
        self._show_read_as(edit.text())

    def refresh(self) -> None:
        """Read the box again (after it was filled with its signals blocked)."""
        self._show_read_as(self.edit.text())

    @Slot(str)
    def _show_read_as(self, text: str) -> None:
        iso = date_read(text, month_only=self.month_only)
        self.read_as.setText(tr_form("read_as", date=tr_date(iso)) if iso else "")
        self.read_as.setVisible(iso is not None)

    @Slot()
    def open_calendar(self) -> None:
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar.setGridVisible(True)
        calendar.setMaximumDate(QDate.currentDate())  # none of these dates can be later
        shown = date_read(self.edit.text(), month_only=self.month_only)
        if shown is not None:
            day = date.fromisoformat(shown if len(shown) == 10 else shown + "-01")
            calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        calendar.clicked.connect(self._picked)
        calendar.activated.connect(self._picked)
        self.calendar = calendar
        calendar.adjustSize()
        calendar.move(self._popup_position(calendar.sizeHint()))
        calendar.show()
        calendar.setFocus()

    def _popup_position(self, size) -> QPoint:
        """Below the box, kept inside the screen (above the box when there is no room below)."""
        below = self.edit.mapToGlobal(self.edit.rect().bottomLeft())
        screen = self.screen().availableGeometry()
        x = max(screen.left(), min(below.x(), screen.right() - size.width()))
        y = below.y()
        if y + size.height() > screen.bottom():
            y = max(screen.top(), self.edit.mapToGlobal(QPoint(0, 0)).y() - size.height())
        return QPoint(x, y)

    @Slot(QDate)
    def _picked(self, day: QDate) -> None:
        text = typed_date(date(day.year(), day.month(), day.day()).isoformat())
        self.edit.setText(text)
        self.edit.textEdited.emit(text)
        self.edit.editingFinished.emit()
        if self.calendar is not None:
            self.calendar.close()
            self.calendar = None
