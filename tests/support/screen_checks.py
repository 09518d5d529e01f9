"""What a person must see on a screenshot, asserted before the PNG is saved.

``save(window, path, shows=..., says=...)`` checks that every widget in ``shows`` is on screen
(visible, with a non-empty size, inside the window and not scrolled or covered out of sight),
that every text in ``says`` is written on some visible widget, and that no visible label or
button in the window has its text cut off; then it saves the PNG. Widgets that elide their
text on purpose (file names in narrow columns) are named in ``may_elide``.

``visible_texts(window)`` lists what the visible widgets of one window write; ``texts_shown()``
the same for every visible window of the application, and ``accessible_texts()`` what a
screen reader or UI automation reaches (the accessibility tree from the application down,
passing over what is invisible, as Qt's UI Automation bridge does).

Thread-safety: call on the GUI thread only, as every Qt call here must be.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QRect, Qt
from PySide6.QtGui import QAccessible, QTextDocument
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

# Room a check box or radio button takes for its indicator and the gap before its text.
INDICATOR_ROOM = 24
# The least a push button's frame and padding take beside its text, both sides together.
BUTTON_PADDING = 8


def scroll_into_view(qtbot, area: QAbstractScrollArea, *widgets: QWidget) -> None:
    """Scroll ``area`` until every one of ``widgets`` lies inside its viewport, scrolling again
    while sections that load their data on a worker thread grow or shrink above them (one
    ``ensureWidgetVisible`` can be undone by a section that fills in a moment later)."""

    def all_in_view() -> bool:
        for widget in widgets:
            area.ensureWidgetVisible(widget, 0, 20)
        viewport = area.viewport()
        return all(
            QRect(widget.mapTo(viewport, widget.rect().topLeft()), widget.size()).intersects(
                viewport.rect()
            )
            for widget in widgets
        )

    qtbot.waitUntil(all_in_view, timeout=10_000)
    qtbot.wait(300)  # one more layout pass, then it must still hold
    assert all_in_view(), "the widgets moved out of view after the layout settled"


def save(
    window: QWidget,
    path: Path,
    *,
    shows: Iterable[QWidget],
    says: Iterable[str],
    may_elide: Iterable[QWidget] = (),
) -> None:
    """Assert what ``window`` must show (see the module's docstring), then save it as a PNG."""
    assert_seen(window, shows=shows, says=says, may_elide=may_elide)
    assert window.grab().save(str(path)), path


def assert_seen(
    window: QWidget,
    *,
    shows: Iterable[QWidget],
    says: Iterable[str],
    may_elide: Iterable[QWidget] = (),
) -> None:
    for widget in shows:
        assert_on_screen(window, widget)
    written = visible_texts(window)
    for text in says:
        assert any(text in shown for shown in written), f"{text!r} is not on screen"
    exempt = set(may_elide)
    cut = [describe(w) for w in window.findChildren(QWidget) if w not in exempt and clipped(w)]
    assert not cut, "text cut off: " + "; ".join(cut)


def assert_on_screen(window: QWidget, widget: QWidget) -> None:
    name = describe(widget)
    assert widget.isVisible(), f"{name} is not visible"
    assert widget.width() > 0 and widget.height() > 0, f"{name} has no size"
    if widget is window:
        return
    top_left = widget.mapTo(window, widget.rect().topLeft())
    inside = QRect(top_left, widget.size()).intersected(window.rect())
    assert not inside.isEmpty(), f"{name} lies outside the window"
    assert not widget.visibleRegion().isEmpty(), f"{name} is scrolled or covered out of sight"


def visible_texts(window: QWidget) -> list[str]:
    """Every text a visible widget in ``window`` writes, rich text as plain text."""
    texts = [window.windowTitle()]
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.isVisible():
            texts.extend(t for t in _texts_of(widget) if t)
    return texts


def texts_shown() -> list[str]:
    """``visible_texts`` of every visible top-level window of the application."""
    texts: list[str] = []
    for window in QApplication.topLevelWidgets():
        if window.isVisible():
            texts.extend(visible_texts(window))
    return texts


_ACCESSIBLE_TEXTS = (
    QAccessible.Text.Name,
    QAccessible.Text.Description,
    QAccessible.Text.Value,
    QAccessible.Text.Help,
)


def accessible_texts(limit: int = 50_000) -> list[str]:
    """Every name, description, value and help text in the application's accessibility tree,
    walked from the application down; an invisible node is passed over with all it holds."""
    texts: list[str] = []
    root = QAccessible.queryAccessibleInterface(QApplication.instance())
    pending = [root] if root is not None else []
    seen = 0
    while pending and seen < limit:
        node = pending.pop()
        for index in range(node.childCount()):
            child = node.child(index)
            if child is None or not child.isValid() or child.state().invisible:
                continue
            seen += 1
            texts.extend(t for t in (child.text(kind) for kind in _ACCESSIBLE_TEXTS) if t)
            pending.append(child)
    return texts


def _texts_of(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return [_plain(widget.text())]
    if isinstance(widget, QAbstractButton):
        return [widget.text().replace("&", "")]
    if isinstance(widget, QLineEdit):
        return [widget.text(), widget.placeholderText()]
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return [widget.toPlainText()]
    if isinstance(widget, QComboBox):
        return [widget.currentText()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        return _model_texts(widget)
    return []


def _model_texts(view: QAbstractItemView) -> list[str]:
    """Display texts of the view's rows (a tree's children too); enough for a screen's worth."""
    model = view.model()
    flat = isinstance(model, QAbstractListModel | QAbstractTableModel)
    columns = 1 if isinstance(model, QAbstractListModel) else None
    texts: list[str] = []
    pending = [QModelIndex()]
    while pending and len(texts) < 5000:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            for column in range(columns or model.columnCount(parent)):
                value = model.index(row, column, parent).data(Qt.ItemDataRole.DisplayRole)
                if value is not None:
                    texts.append(str(value))
            if not flat:
                pending.append(model.index(row, 0, parent))
    return texts


def _plain(text: str) -> str:
    if not QtGuiNamespace.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def clipped(widget: QWidget) -> bool:
    """True when a visible label's or button's text is wider (or taller) than its room."""
    if not widget.isVisible() or widget.width() <= 0 or _in_hidden_scroll_area(widget):
        return False
    if isinstance(widget, QLabel):
        return _label_clipped(widget)
    if isinstance(widget, QCheckBox | QRadioButton):
        return _text_width(widget, widget.text()) + INDICATOR_ROOM > widget.width()
    if isinstance(widget, QPushButton) and widget.text():
        icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
        return _text_width(widget, widget.text()) + icon + BUTTON_PADDING > widget.width()
    return False


def _label_clipped(label: QLabel) -> bool:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return False
    room = label.contentsRect()
    room.adjust(label.margin(), label.margin(), -label.margin(), -label.margin())
    if label.wordWrap():
        return label.heightForWidth(label.width()) > label.height() + 1
    if QtGuiNamespace.mightBeRichText(text):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        width = document.idealWidth()
    else:
        width = max(_text_width(label, line) for line in text.split("\n"))
    return width > room.width() + 1


def _text_width(widget: QWidget, text: str) -> int:
    return widget.fontMetrics().horizontalAdvance(text.replace("&", ""))


def _in_hidden_scroll_area(widget: QWidget) -> bool:
    """Widgets scrolled out of view in a scroll area are not on screen to be cut off."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return widget.visibleRegion().isEmpty()
        parent = parent.parentWidget()
    return False


def describe(widget: QWidget) -> str:
    label = ""
    for text in _texts_of(widget)[:1]:
        label = f" {text[:40]!r}"
    name = widget.objectName()
    return f"{type(widget).__name__}{f' #{name}' if name else ''}{label}"


def clipped_widgets(window: QWidget) -> list[str]:
    """Every visible label, button or check box of ``window`` that is given less room than it
    asks for (narrower or shorter than its minimum size hint, or its text cut off), and every
    scroll area that makes people scroll sideways: a small screen must scroll down, not clip.

    A widget inside a scroll area whose contents can scroll that way is not cut off: its area
    scrolls to it. Returns descriptions; an empty list means nothing is clipped.
    """
    found: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or _in_hidden_scroll_area(widget):
            continue
        if isinstance(widget, QAbstractScrollArea) and _scrolls_sideways(widget):
            found.append(f"{describe(widget)} scrolls sideways")
            continue
        if not isinstance(widget, QLabel | QAbstractButton) or isinstance(widget, QTabBar):
            continue
        if clipped(widget):
            found.append(f"{describe(widget)} text cut off")
            continue
        need = widget.minimumSizeHint()
        wraps = isinstance(widget, QLabel) and widget.wordWrap()
        if not wraps and need.width() > 0 and widget.width() + 1 < need.width():
            found.append(f"{describe(widget)} {widget.width()} wide, needs {need.width()}")
            continue
        if need.height() > 0 and widget.height() + 1 < need.height():
            found.append(f"{describe(widget)} {widget.height()} high, needs {need.height()}")
    return found


def _scrolls_sideways(area: QAbstractScrollArea) -> bool:
    """True for a scroll area of form content (not a table or list) that scrolls sideways."""
    if isinstance(area, QAbstractItemView | QTextEdit | QPlainTextEdit):
        return False
    bar = area.horizontalScrollBar()
    return bar is not None and bar.maximum() > 0
