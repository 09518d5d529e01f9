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

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
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
        if event.type() != QEvent.Type.Wheel:
            return False
        owner = _value_owner(watched)
        if owner is None or owner.hasFocus():
            return False
        _pass_up(event, watched, owner)
        return True  # never seen by the value widget itself


def _value_owner(widget: QObject) -> QWidget | None:
    """The value widget the wheel is over: the widget itself, or the one whose inner part
    (a spin box's or an editable drop-down's text box) it is."""
    if is_value_widget(widget):
        return widget
    parent = widget.parentWidget() if isinstance(widget, QWidget) else None
    return parent if parent is not None and is_value_widget(parent) else None


def _pass_up(event: QWheelEvent, source: QWidget, owner: QWidget) -> None:
    """Offer the wheel to the owner's ancestors, nearest first, as Qt does with a wheel a
    widget ignores (a sent event is not passed on by Qt itself)."""
    target = owner
    while not (target.isWindow() or target.testAttribute(Qt.WidgetAttribute.WA_NoMousePropagation)):
        target = target.parentWidget()
        if target is None:
            return
        if is_value_widget(target):
            continue
        moved = _moved_to(event, source, target)
        moved.setAccepted(False)
        QApplication.sendEvent(target, moved)
        if moved.isAccepted():
            return


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
