"""Small shared widgets: a labelled field with its red problem text, a section box, a badge,
a fixed place for a banner, and the parts of a progress page (busy bar, figures grid).

Thread-safety: GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.words import tr_size, tr_time_left

PROBLEM_STYLE = "color: #b00020; font-weight: bold;"


def inside(widget, ancestor: QWidget) -> bool:
    """True when ``widget`` (a focus change's old or new widget, maybe None) is ``ancestor`` or
    in it: an editor saves when focus leaves it."""
    return isinstance(widget, QWidget) and (widget is ancestor or ancestor.isAncestorOf(widget))


class FieldRow(QWidget):
    """A field's label above its control, and its problem (if any) below in red."""

    def __init__(
        self, label: str, control: QWidget, hint: str = "", parent=None, *, marked=None
    ) -> None:
        super().__init__(parent)
        self.control = control
        # The widget drawn in red with a problem: the control, or the text box inside it.
        self.marked = marked or control
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
        self.marked.setProperty("invalid", bool(code))
        # Re-polish so the stylesheet's [invalid="true"] red border follows the property.
        self.marked.style().unpolish(self.marked)
        self.marked.style().polish(self.marked)

    def set_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))


class BannerSlot(QWidget):
    """Holds a banner label in a place of fixed height, so showing or hiding it never moves the
    fields below while someone is typing or aiming a click.

    The place is as tall as ``lines`` lines of the banner's text, whether the banner shows or
    not; only a text longer than that makes it taller (never cut off).
    """

    def __init__(self, banner: QLabel, lines: int = 2, parent=None) -> None:
        super().__init__(parent)
        self.banner = banner
        self.lines = lines
        policy = banner.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        banner.setSizePolicy(policy)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(banner)
        banner.installEventFilter(self)
        self._last_height = self._height()

    def _height(self) -> int:
        margins = self.banner.contentsMargins()
        frame = margins.top() + margins.bottom() + 2 * self.banner.margin()
        reserved = self.lines * self.banner.fontMetrics().lineSpacing() + frame + 2
        if not self.banner.text() or self.width() <= 0:
            return reserved
        return max(reserved, self.banner.heightForWidth(self.width()))

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height())

    def hasHeightForWidth(self) -> bool:
        # The wrapped label would hand its own height for width to the layout above, making the
        # place as tall as the text is today; the height is this widget's to decide.
        return False

    def _recheck(self) -> None:
        height = self._height()
        if height != self._last_height:
            self._last_height = height
            self.updateGeometry()

    def event(self, event: QEvent) -> bool:
        # A new banner text asks this widget's layout again: it may need another height.
        if event.type() == QEvent.Type.LayoutRequest:
            self._recheck()
        return super().event(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._recheck()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A new font or style (a "kind" repolish makes the text bold) may need another height.
        if watched is self.banner and event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            self._recheck()
        return super().eventFilter(watched, event)


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


def progress_bar() -> QProgressBar:
    """A tall progress bar, busy (no range) until the first figures arrive."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMinimumHeight(26)
    return bar


def show_bytes_progress(
    bar: QProgressBar, template: str, done: int, total: int, seconds_left: float | None
) -> str:
    """Set ``bar`` to ``done`` of ``total`` bytes; return ``template`` (already translated) with
    %1 the bytes done, %2 all of them and %3 the time left."""
    bar.setRange(0, 1000)
    bar.setValue(int(1000 * done / total) if total else 0)
    return (
        template.replace("%1", tr_size(done))
        .replace("%2", tr_size(total))
        .replace("%3", tr_time_left(seconds_left))
    )


def figures_grid(rows: list[tuple[str, QLabel]]) -> QGridLayout:
    """Names on the left, live values on the right (files, size, speed, time left...)."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(18)
    for row, (label, value) in enumerate(rows):
        name = QLabel(label)
        name.setObjectName("fieldLabel")
        grid.addWidget(name, row, 0)
        grid.addWidget(value, row, 1)
    grid.setColumnStretch(1, 1)
    return grid


def button_row(text: str, on_click, *, primary: bool = False) -> tuple[QHBoxLayout, QPushButton]:
    """One button at the right end of a row (Cancel on a progress page, Close on a summary)."""
    button = QPushButton(text)
    if primary:
        button.setObjectName("primaryButton")
    button.clicked.connect(on_click)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    return row, button
