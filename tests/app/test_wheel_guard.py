"""The mouse wheel never changes a value the user has not put focus in, anywhere in the app:
over an unfocused drop-down, spin box, date box or slider the form scrolls instead; a focused
one still takes the wheel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QDial,
    QDoubleSpinBox,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop import wheel_guard
from desktop.wheel_guard import is_value_widget
from local_store import cases
from tests.support.gui import new_case

pytestmark = pytest.mark.gui


def wheel(widget: QWidget, steps: int = -1) -> None:
    """One notch of the wheel (down for negative ``steps``) with the pointer over ``widget``:
    delivered to the child under the pointer and passed up while ignored, as Qt does with the
    wheel of a real mouse (it does not pass on an event sent by a program)."""
    centre = widget.rect().center()
    target = widget.childAt(centre) or widget
    while target is not None:
        event = QWheelEvent(
            QPointF(target.mapFrom(widget, centre)),
            QPointF(widget.mapToGlobal(centre)),
            QPoint(0, 0),
            QPoint(0, 120 * steps),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        handled = QApplication.sendEvent(target, event)
        if (handled and event.isAccepted()) or target.isWindow():
            return
        target = target.parentWidget()


def value_of(widget: QWidget):
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QDateEdit):
        return widget.date()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractSlider):
        return widget.value()
    raise AssertionError(type(widget))


def _combo():
    combo = QComboBox()
    combo.addItems(["Routine", "Urgent", "Other"])
    return combo


def _spin():
    spin = QSpinBox()
    spin.setRange(0, 130)
    spin.setValue(40)
    return spin


def _double():
    spin = QDoubleSpinBox()
    spin.setRange(0, 100)
    spin.setValue(5.5)
    return spin


def _date():
    edit = QDateEdit(QDate(2024, 3, 15))
    edit.setCalendarPopup(True)
    return edit


def _slider():
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(0, 20)
    slider.setValue(10)
    return slider


def _dial():
    dial = QDial()
    dial.setRange(0, 20)
    dial.setValue(10)
    return dial


FACTORIES = {
    "QComboBox": _combo,
    "QSpinBox": _spin,
    "QDoubleSpinBox": _double,
    "QDateEdit": _date,
    "QSlider": _slider,
    "QDial": _dial,
}


@pytest.fixture
def form(qtbot):
    """A long form in a scroll area, as the case editor is."""
    wheel_guard.install()
    area = QScrollArea()
    area.setWidgetResizable(True)
    body = QWidget()
    layout = QVBoxLayout(body)
    area.setWidget(body)
    area.resize(400, 300)
    qtbot.addWidget(area)
    return area, layout


@pytest.mark.parametrize("kind", sorted(FACTORIES))
def test_the_wheel_over_an_unfocused_value_scrolls_the_form_and_keeps_the_value(qtbot, form, kind):
    area, layout = form
    layout.addSpacing(200)
    widget = FACTORIES[kind]()
    layout.addWidget(widget)
    layout.addSpacing(1200)
    area.show()
    qtbot.waitExposed(area)
    area.ensureWidgetVisible(widget)
    before, scrolled = value_of(widget), area.verticalScrollBar().value()

    wheel(widget, -1)
    assert value_of(widget) == before
    assert area.verticalScrollBar().value() > scrolled  # the form scrolled instead
    assert not widget.hasFocus()

    # Once the user has put focus in it, the wheel changes it as usual.
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    wheel(widget, -1)
    assert value_of(widget) != before


def test_scroll_bars_are_not_values():
    from PySide6.QtWidgets import QScrollBar

    assert not is_value_widget(QScrollBar())
    assert all(is_value_widget(make()) for make in FACTORIES.values())


def test_every_value_widget_in_the_case_editor_keeps_its_value_under_the_wheel(
    window, qtbot, reopen
):
    editor = new_case(window, qtbot)
    window.search.setFocus()
    widgets = [w for w in editor.findChildren(QWidget) if is_value_widget(w) and w.isVisible()]
    kinds = {type(w).__name__ for w in widgets}
    assert "QComboBox" in kinds
    before = [value_of(w) for w in widgets]
    for widget in widgets:
        editor.scroll.ensureWidgetVisible(widget)
        for _ in range(3):
            wheel(widget, -1)
            wheel(widget, 1)
            wheel(widget, -1)
    assert [value_of(w) for w in widgets] == before
    qtbot.wait(50)
    assert not editor.has_unsaved
    case = cases.get_case(reopen(), editor.case_id)
    assert case.referral.urgency.value == "routine"
    assert case.patient.sex.value == "U"


def test_scrolling_the_case_form_over_the_urgency_box_scrolls_and_saves_nothing(
    window, qtbot, reopen
):
    editor = new_case(window, qtbot)
    window.resize(1024, 600)
    window.search.setFocus()
    urgency = editor.controls["referral.urgency"]
    editor.scroll.ensureWidgetVisible(urgency)
    bar = editor.scroll.verticalScrollBar()
    start = bar.value()
    wheel(urgency, -1)
    assert bar.value() > start
    assert urgency.currentData() == "routine"
    qtbot.wait(50)
    assert not editor.has_unsaved
    assert cases.get_case(reopen(), editor.case_id).referral.urgency.value == "routine"
