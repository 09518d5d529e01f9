"""The one rule for the mouse wheel: it never changes a value the user has not put focus in.

Scrolling a long form moves the pointer over drop-downs, spin boxes, date boxes and sliders;
Qt lets each of them take the wheel and change its value, which autosave would then store.
``install(app)`` puts one event filter on the application: a wheel over such a widget without
keyboard focus is handed to the first ancestor that is not one (the form's scroll area then
scrolls), so the value stays. A widget with focus (clicked or tabbed into) still takes the
wheel as usual. Scroll bars are not values and keep the wheel.
Thread-safety: GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

# QAbstractSpinBox covers QSpinBox, QDoubleSpinBox, QDateEdit, QTimeEdit and QDateTimeEdit;
# QAbstractSlider covers QSlider and QDial.
VALUE_WIDGETS = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def is_value_widget(widget: QObject) -> bool:
    return isinstance(widget, VALUE_WIDGETS) and not isinstance(widget, QScrollBar)


class WheelGuard(QObject):
    """Application event filter: see the module docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not is_value_widget(watched):
            return False
        if watched.hasFocus():
            return False
        target = watched.parentWidget()
        while target is not None and is_value_widget(target):
            target = target.parentWidget()
        if target is not None:
            QApplication.sendEvent(target, _moved_to(event, watched, target))
        return True  # never seen by the value widget itself


def _moved_to(event: QWheelEvent, source: QWidget, target: QWidget) -> QWheelEvent:
    position = QPointF(source.mapTo(target, event.position().toPoint()))
    return QWheelEvent(
        position,
        event.globalPosition(),
        event.pixelDelta(),
        event.angleDelta(),
        event.buttons(),
        event.modifiers(),
        event.phase(),
        event.inverted(),
        event.source(),
        event.pointingDevice(),
    )


def install(app: QApplication | None = None) -> None:
    """Install the guard on the application (once; the main window calls it too)."""
    app = app or QApplication.instance()
    if app is None or app.property("casebridge_wheel_guard") is True:
        return
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    app.setProperty("casebridge_wheel_guard", True)
