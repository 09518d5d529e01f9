"""One window under the screen lock: its lock page laid over it, and what the page covers kept
out of sight, out of the focus chain and out of reach of a screen reader until the unlock gives
it back exactly as it was.

``LockCover(window, page, title)`` remembers what the window says and where its focus is;
``cover()`` lays ``page`` over it, moves the keyboard focus onto the page when it was in the
window, hides each of the window's own child widgets (its content: a main window's central
widget, toolbars and status bar; a dialog's fields and buttons) and blanks what a window says
of itself (its title becomes ``title``; tool tip, What's This, accessible name and
description, icon text and file path are emptied). A hidden widget is not painted, takes no
focus and is marked invisible in the accessibility tree (screen readers and UI automation pass
over it), yet keeps its text, cursor, selection, timers and running work. Hidden widgets keep
their room in their layout (retain size when hidden), so nothing is laid out again: no viewer
refits or loses its zoom, no form reflows, and the unlock resizes nothing.

The window's own code may still show or hide one of those children while it is covered (a
dialog saying how its job ended): ``child_shown`` hides it again and shows it at the unlock,
``child_hidden`` leaves it hidden then. Qt drops a hide of a widget already hidden without a
word, so while covered each child's "shown or hidden on purpose" flag is cleared, making such
a hide reach ``child_hidden`` too; the flag is put back at the unlock.
``uncover()`` shows what was shown, puts back every flag, text and title and the focus (the
widget that had it, with its cursor and selection, never sent a focus-out by the screen lock)
and removes the page.
Thread-safety: GUI thread only.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.views.lock_screen import LockPage

# What a window says of itself besides its title, read by screen readers and the task bar.
_WINDOW_TEXTS = (
    ("toolTip", "setToolTip"),
    ("whatsThis", "setWhatsThis"),
    ("accessibleName", "setAccessibleName"),
    ("accessibleDescription", "setAccessibleDescription"),
    ("windowIconText", "setWindowIconText"),
    ("windowFilePath", "setWindowFilePath"),
)
_ON_PURPOSE = Qt.WidgetAttribute.WA_WState_ExplicitShowHide


class _Hidden:
    """A child the cover hides: whether it shows at the unlock, and its own two flags."""

    __slots__ = ("on_purpose", "retained", "show_again", "widget")

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget
        self.show_again = True
        self.retained = widget.sizePolicy().retainSizeWhenHidden()
        self.on_purpose = widget.testAttribute(_ON_PURPOSE)


class LockCover:
    def __init__(self, window: QWidget, page: LockPage, title: str) -> None:
        self.window = window
        self.page = page
        self.title = window.windowTitle()
        self.texts = {getter: getattr(window, getter)() for getter, _ in _WINDOW_TEXTS}
        self.focus: QWidget | None = window.focusWidget()
        focused = QApplication.focusWidget()
        # The widget typing went to: it gets no focus-out while locked (see ScreenLock).
        self.holds_focus = focused is not None and focused is self.focus
        self._hidden: list[_Hidden] = []
        self._hiding = False
        self._locked_title = title

    def cover(self) -> None:
        """Lay the page over the window and hide what it covers (once the screen lock knows
        this cover, so the focus-out of the widget typing went to is kept from it)."""
        window, page = self.window, self.page
        page.setGeometry(window.rect())
        page.raise_()
        page.show()
        focused = QApplication.focusWidget()
        # QWidget.window called unbound: a widget may keep something else under that name (the
        # image canvas keeps its grey-level window there).
        if focused is not None and QWidget.window(focused) is window:
            page.focus_field()
        window.setWindowTitle(self._locked_title)
        for getter, setter in _WINDOW_TEXTS:
            if self.texts[getter]:
                getattr(window, setter)("")
        self.sweep()

    def sweep(self) -> None:
        """Hide every child not hidden yet: at the cover, and when a window covered before it
        was first shown (the sign-in at start) shows the children it was given meanwhile."""
        for child in self.window.children():
            if self.is_content(child) and not child.isHidden():
                self._hide(self._entry(child))

    def is_content(self, widget) -> bool:
        """Whether ``widget`` is one of the window's own children the cover hides."""
        return (
            isinstance(widget, QWidget)
            and widget is not self.page
            and not widget.isWindow()
            and widget.parentWidget() is self.window
        )

    # ------------------------------------------------------------------ while covered

    def child_shown(self, child: QWidget) -> None:
        """The window's code showed ``child``: hidden again now, shown at the unlock."""
        if self._hiding:
            return
        entry = self._entry(child)
        entry.on_purpose = True
        self._hide(entry)

    def child_hidden(self, child: QWidget) -> None:
        """The window's code hid ``child``: it stays hidden at the unlock, its room freed now."""
        if self._hiding:
            return
        entry = self._entry(child)
        entry.show_again = False
        entry.on_purpose = True
        _retain(child, entry.retained)
        child.setAttribute(_ON_PURPOSE, False)  # a later hide still reaches child_hidden

    def focus_taken(self, widget: QWidget) -> None:
        """The window's code put the focus on ``widget`` under the page: it gets it back at
        the unlock."""
        self.focus = widget
        self.holds_focus = True

    def _entry(self, child: QWidget) -> _Hidden:
        entry = next((e for e in self._hidden if e.widget is child), None)
        if entry is None:
            entry = _Hidden(child)
            self._hidden.append(entry)
        return entry

    def _hide(self, entry: _Hidden) -> None:
        entry.show_again = True
        _retain(entry.widget, True)
        self._hiding = True
        try:
            entry.widget.hide()
        finally:
            self._hiding = False
        entry.widget.setAttribute(_ON_PURPOSE, False)

    # ------------------------------------------------------------------ unlock

    def uncover(self) -> None:
        """Give the window back as it was and remove the page."""
        hidden = [e for e in self._hidden if shiboken6.isValid(e.widget)]
        self._hidden = []
        for entry in hidden:
            if entry.show_again:
                entry.widget.show()
        # Only once everything is back in its place may a hidden child give up its room.
        for entry in hidden:
            entry.widget.setAttribute(_ON_PURPOSE, entry.on_purpose)
            _retain(entry.widget, entry.retained)
        self.window.setWindowTitle(self.title)
        for getter, setter in _WINDOW_TEXTS:
            if self.texts[getter]:
                getattr(self.window, setter)(self.texts[getter])
        focus = self.focus if self.focus is not None and shiboken6.isValid(self.focus) else None
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.holds_focus and not focus.hasFocus():
                # It never lost the focus it cannot have back: it is told so now.
                out = QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.ActiveWindowFocusReason)
                QApplication.sendEvent(focus, out)
        focused = QApplication.focusWidget()
        if focused is not None and self.page.isAncestorOf(focused):
            # Nothing had the focus before: nothing has it now (hiding the page would pass it on).
            focused.clearFocus()
        self.page.hide()
        self.page.deleteLater()


def _retain(widget: QWidget, retain: bool) -> None:
    policy = widget.sizePolicy()
    if policy.retainSizeWhenHidden() != retain:
        policy.setRetainSizeWhenHidden(retain)
        widget.setSizePolicy(policy)
