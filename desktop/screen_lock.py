"""The screen lock: after the chosen idle time, or by the Lock button (Ctrl+L), every CaseBridge
window is covered by a lock page until the passphrase, a staff PIN or the lock PIN is typed;
with staff sign-in on, the app starts locked and asks who is working.

Locking hides, it does not stop: each open window (the main window, viewers, the opinion editor,
a dialog left open) keeps all its widgets and what was typed in them, while a
``desktop.lock_cover.LockCover`` lays a ``desktop.views.lock_screen.LockPage`` over it and hides
its content under the page (out of sight, of the focus chain and of the accessibility tree) and
its title and other window texts no longer name anything; sending, receiving, imports and other
jobs go on. An application event filter notices input (for the idle time) and, while locked,
keeps every key, click, shortcut and tooltip from the covered windows (only the lock pages take
input), keeps the focus-out from the widget typing went to (so its editing does not end: no
selection dropped, no half-typed value reported as finished), hands the page back the focus the
covered window's code takes, covers a window shown while locked, keeps hidden what a covered
window's code shows, and keeps covers on top and titles blank. What is typed is checked on the
database executor (``casework.lock_gate.try_unlock``: the passphrase against the key in use,
PINs against their slow hashes), so the window never freezes; wrong tries wait longer and longer
(``lock_gate.Attempts``). Unlocking gives each window back its content, title and focus as they
were, and removes the covers. Each lock and unlock is written to the audit log
(``lock_settings.record_locked``: by the button, its shortcut or the idle time;
``record_unlocked``: by the passphrase, the lock PIN or which staff member's PIN) through the
executor, so the GUI thread never waits for the write; the sign-in asked at start is no lock and
is audited as the sign-in it is.
Thread-safety: GUI thread only; store calls go through the executor.
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QToolBar, QToolTip, QWidget

from casework import lock_gate
from desktop.lock_cover import LockCover
from desktop.views.lock_screen import LOCKED, SIGN_IN, ChooseLockPinDialog, LockPage
from desktop.words import tr_error, tr_lock
from desktop.workers import call
from local_store import lock_settings, pin_hash, staff
from local_store.errors import PinInvalid, StoreError

MINUTE_MS = 60_000
LONGEST_CHECK_MS = 5_000
LOCK_SHORTCUT = "Ctrl+L"

# Input that means someone is at the computer (resets the idle time).
_PRESENCE = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
# Events a covered window must not get while locked (the lock pages still do).
_BLOCKED = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Shortcut,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
        QEvent.Type.ToolTip,
        QEvent.Type.WhatsThis,
        QEvent.Type.DragEnter,
        QEvent.Type.DragMove,
        QEvent.Type.Drop,
        QEvent.Type.InputMethod,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TabletPress,
    }
)
_WATCHED = (
    _PRESENCE
    | _BLOCKED
    | {
        QEvent.Type.Show,
        QEvent.Type.Resize,
        QEvent.Type.WindowTitleChange,
        QEvent.Type.ChildAdded,
        QEvent.Type.ShowToParent,
        QEvent.Type.HideToParent,
        QEvent.Type.FocusIn,
        QEvent.Type.FocusOut,
    }
)
_NOT_COVERED = (
    Qt.WindowType.Popup,
    Qt.WindowType.ToolTip,
    Qt.WindowType.SplashScreen,
    Qt.WindowType.Desktop,
)


class ScreenLock(QObject):
    locked_changed = Signal(bool)

    def __init__(self, window, *, sign_in: bool = False) -> None:
        super().__init__(window)
        self.window = window
        self.store = window.store
        self.executor = window.executor
        self.setup: lock_gate.LockSetup | None = None
        self.locked = False
        self.purpose = LOCKED
        self.attempts = lock_gate.Attempts()
        self.idle_ms = 0
        self._covers: list[LockCover] = []
        self._last_input = time.monotonic()
        self._checking = False
        self._checked_mode = ""
        self._checked_staff: int | None = None
        self._lock_after_pin = ""  # how the lock was asked for, while a lock PIN is chosen
        self._waiting = False
        self._problem = ""
        self._idle_timer = QTimer(self)
        self._idle_timer.timeout.connect(self._check_idle)
        self._wait_timer = QTimer(self)
        self._wait_timer.setSingleShot(True)
        self._wait_timer.timeout.connect(self._wait_over)

        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setToolTip(
            self.tr("Hide the cases until the passphrase or a PIN is typed (Ctrl+L)")
        )
        self.lock_button.setEnabled(False)  # until it is known what the lock will ask
        self.lock_button.clicked.connect(self._lock_by_button)
        bar = window.findChild(QToolBar, "mainToolbar")
        about = getattr(window, "about_button", None)
        before = next((a for a in bar.actions() if bar.widgetForAction(a) is about), None)
        if before is None:
            bar.addWidget(self.lock_button)
        else:
            bar.insertWidget(before, self.lock_button)
        self.shortcut = QAction(window)
        self.shortcut.setShortcut(QKeySequence(LOCK_SHORTCUT))
        self.shortcut.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcut.triggered.connect(self._lock_by_shortcut)
        window.addAction(self.shortcut)
        self.who = QLabel()
        self.who.setObjectName("signedIn")
        window.statusBar().addPermanentWidget(self.who)
        self.who.hide()

        QApplication.instance().installEventFilter(self)
        if sign_in:
            self.lock(SIGN_IN)
        self.reload()

    # ------------------------------------------------------------------ what the lock asks

    def reload(self) -> None:
        """Read again what the lock asks and the idle time (after a change in Settings)."""
        self.executor.submit(call(lock_gate.lock_setup, self.store), succeeded=self._on_setup)

    @Slot(object)
    def _on_setup(self, setup: lock_gate.LockSetup) -> None:
        self.setup = setup
        self.lock_button.setEnabled(True)
        # Without anything to ask, the lock never comes by itself (the button offers a PIN).
        minutes = setup.idle_minutes if setup.mode != lock_gate.NONE else 0
        self.idle_ms = minutes * MINUTE_MS
        if self.idle_ms:
            self._idle_timer.start(max(100, min(self.idle_ms // 5, LONGEST_CHECK_MS)))
        else:
            self._idle_timer.stop()
        for cover in self._live():
            cover.page.configure(setup, self.purpose)
        self._focus_page()
        self._show_who()

    def _show_who(self) -> None:
        signed_in = self.store.actor.staff
        if signed_in is None:
            self.who.hide()
            return
        self.who.setText(self.tr("Working: %1").replace("%1", signed_in.name))
        self.who.show()

    # ------------------------------------------------------------------ locking

    @Slot()
    def _lock_by_button(self) -> None:
        self.lock_now("button")

    @Slot()
    def _lock_by_shortcut(self) -> None:
        self.lock_now("shortcut")

    def lock_now(self, by: str = "button") -> None:
        """The Lock button (or its shortcut): lock, or first offer a lock PIN when there is
        nothing to ask."""
        if self.locked or self.setup is None:
            return
        if self.setup.mode == lock_gate.NONE:
            self.choose_lock_pin(then_lock=by)
            return
        self.lock(LOCKED, by=by)

    def lock(self, purpose: str = LOCKED, *, by: str = "button") -> None:
        """Cover every window; ``by`` (lock_settings.LOCKED_BY) is audited when ``purpose``
        is LOCKED (the sign-in at start is no lock)."""
        if self.locked:
            return
        self.locked = True
        self.purpose = purpose
        if purpose == LOCKED:
            self._audit(call(lock_settings.record_locked, self.store, by))
        self._idle_timer.stop()
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        QToolTip.hideText()
        windows = [self.window] + [
            w for w in QApplication.topLevelWidgets() if w is not self.window and w.isVisible()
        ]
        for window in windows:
            self._cover(window)
        self._focus_page()
        self.locked_changed.emit(True)
        self.reload()  # the staff list or the protection may have changed since

    def _cover(self, window: QWidget) -> None:
        if (
            not window.isWindow()
            or window.windowType() in _NOT_COVERED
            or isinstance(window, LockPage)
            or any(c.window is window for c in self._live())
        ):
            return
        page = LockPage(window)
        page.configure(self.setup, self.purpose)
        page.show_problem(self._problem)
        page.set_waiting(self._waiting or self._checking)
        page.unlock_requested.connect(self._on_unlock_requested)
        page.choose_pin_requested.connect(self._on_pin_chosen)
        cover = LockCover(window, page, self._locked_title())
        self._covers.append(cover)
        cover.cover()

    def _locked_title(self) -> str:
        return self.tr("CaseBridge (locked)")

    def _live(self) -> list[LockCover]:
        """The covers of windows still there (a viewer closed while locked is gone)."""
        self._covers = [c for c in self._covers if shiboken6.isValid(c.page)]
        return self._covers

    def _focus_page(self) -> None:
        if not self.locked:
            return
        active = QApplication.activeWindow()
        focused = QApplication.focusWidget()
        for cover in self._live():
            here = cover.window is active or (active is None and cover.window is self.window)
            if here and (focused is None or not cover.page.isAncestorOf(focused)):
                cover.page.focus_field()

    # ------------------------------------------------------------------ unlocking

    @Slot(str, int)
    def _on_unlock_requested(self, secret: str, staff_id: int) -> None:
        if self._checking or self._waiting or self.setup is None:
            return
        self._checking = True
        self._set_waiting(True)
        self._checked_mode = self.setup.mode
        self._checked_staff = staff_id if staff_id >= 0 else None
        self.executor.submit(
            call(
                lock_gate.try_unlock,
                self.store,
                self.setup.mode,
                secret,
                None if staff_id < 0 else staff_id,
            ),
            succeeded=self._on_checked,
            failed=self._on_check_failed,
        )

    @Slot(object)
    def _on_checked(self, opened: bool) -> None:
        self._checking = False
        if opened:
            self.attempts.succeeded()
            if self._checked_staff is None:
                # Whoever signed in earlier (an administrator in Settings) is not named on
                # the work of whoever typed the passphrase.
                staff.sign_out(self.store)
                by = "lock_pin" if self._checked_mode == lock_gate.LOCK_PIN else "passphrase"
                self.unlock(by)
            else:
                self.unlock("staff_pin", self._checked_staff)
            return
        wait = self.attempts.failed()
        passphrase = self._checked_mode == lock_gate.PASSPHRASE or (
            self._checked_mode == lock_gate.STAFF and self._checked_staff is None
        )
        code = "wrong_passphrase" if passphrase else "wrong_pin"
        text = tr_lock(code)
        if wait:
            text += " " + tr_lock("wait", seconds=int(wait))
            self._wait_timer.start(int(wait * 1000))
        else:
            self._set_waiting(False)
        self._show_problem(text)
        focused = QApplication.focusWidget()
        for cover in self._live():
            cover.page.secret.clear()
            if focused is not None and cover.page.isAncestorOf(focused):
                cover.page.focus_field()
        self._focus_page()

    @Slot(object)
    def _on_check_failed(self, error) -> None:
        self._checking = False
        self._set_waiting(False)
        self._show_problem(tr_error(error.code if isinstance(error, StoreError) else "store_error"))

    @Slot()
    def _wait_over(self) -> None:
        self._set_waiting(False)
        self._focus_page()

    def _set_waiting(self, waiting: bool) -> None:
        self._waiting = waiting
        for cover in self._live():
            cover.page.set_waiting(waiting)

    def _show_problem(self, text: str) -> None:
        self._problem = text
        for cover in self._live():
            cover.page.show_problem(text)

    @Slot(str, str)
    def _on_pin_chosen(self, pin: str, again: str) -> None:
        """A lock that had nothing to ask: the PIN chosen on the page unlocks it."""
        try:
            pin_hash.check_new_pin(pin)
        except PinInvalid as exc:
            self._show_problem(tr_error(exc.code))
            return
        if pin != again:
            self._show_problem(tr_lock("pin_mismatch"))
            return
        self.executor.submit(
            call(lock_settings.set_lock_pin, self.store, pin),
            succeeded=self._on_pin_kept_unlock,
            failed=self._on_check_failed,
        )

    @Slot(object)
    def _on_pin_kept_unlock(self, _result) -> None:
        self.unlock("lock_pin")

    def unlock(self, by: str, staff_id: int | None = None) -> None:
        """Uncover every window; ``by`` (lock_settings.UNLOCKED_BY) and the staff member whose
        PIN opened it are audited when it was locked (not at the sign-in asked at start)."""
        if not self.locked:
            return
        if self.purpose == LOCKED:
            self._audit(call(lock_settings.record_unlocked, self.store, by, staff_id))
        self.locked = False
        covers, self._covers = self._live(), []
        for cover in covers:
            cover.uncover()
        self._problem = ""
        self._wait_timer.stop()
        self._waiting = False
        self._last_input = time.monotonic()
        self.purpose = LOCKED
        self.locked_changed.emit(False)
        self.reload()

    # ------------------------------------------------------------------ lock PIN

    def choose_lock_pin(self, *, then_lock: str = "", parent: QWidget | None = None) -> None:
        """Ask for a lock PIN (the current one when changing) and keep it; then lock when
        ``then_lock`` says how the lock was asked for (lock_settings.LOCKED_BY)."""
        changing = self.setup is not None and self.setup.mode == lock_gate.LOCK_PIN
        dialog = ChooseLockPinDialog(changing, parent or self.window)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        pin, current = dialog.chosen()
        self._lock_after_pin = then_lock
        self.executor.submit(
            call(lock_settings.set_lock_pin, self.store, pin, current=current),
            succeeded=self._on_pin_kept,
            failed=self._on_pin_refused,
        )

    @Slot(object)
    def _on_pin_kept(self, _result) -> None:
        self.reload()
        if self._lock_after_pin:
            by, self._lock_after_pin = self._lock_after_pin, ""
            self.lock(LOCKED, by=by)

    @Slot(object)
    def _on_pin_refused(self, error) -> None:
        self._show_store_error(error)

    def _audit(self, work) -> None:
        """Write a lock's audit row on the executor; a failed write is said in the status bar
        (the lock itself has happened: it never waits for, or depends on, the row)."""
        self.executor.submit(work, failed=self._show_store_error)

    @Slot(object)
    def _show_store_error(self, error) -> None:
        code = error.code if isinstance(error, StoreError) else "store_error"
        self.window.statusBar().showMessage(tr_error(code), 10_000)

    # ------------------------------------------------------------------ idle time, input

    @Slot()
    def _check_idle(self) -> None:
        idle_ms = (time.monotonic() - self._last_input) * 1000
        if not self.locked and self.idle_ms and idle_ms >= self.idle_ms:
            self.lock(LOCKED, by="idle")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _WATCHED:
            return False
        if kind in _PRESENCE:
            self._last_input = time.monotonic()
        if not self.locked:
            return False
        if kind in _BLOCKED:
            if isinstance(watched, QWidget):
                return not _in_page(watched)
            # A shortcut's or action's key (a QAction, a QShortcut) under the lock.
            return kind == QEvent.Type.Shortcut
        if not isinstance(watched, QWidget):
            return False
        if kind == QEvent.Type.Show and watched.isWindow():
            cover = self._cover_of(watched)
            if cover is None:
                self._cover(watched)
            else:
                cover.sweep()
            return False
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            return self._covered_focus(watched, kind)
        if kind in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            cover = self._cover_of(watched.parentWidget())
            if cover is not None and cover.is_content(watched):
                if kind == QEvent.Type.ShowToParent:
                    cover.child_shown(watched)
                else:
                    cover.child_hidden(watched)
            return False
        cover = self._cover_of(watched)
        if cover is None:
            return False
        if kind == QEvent.Type.Resize:
            cover.page.setGeometry(watched.rect())
        elif kind == QEvent.Type.WindowTitleChange:
            title = watched.windowTitle()
            if title != self._locked_title():
                # The window renamed itself (a case loaded): kept for later, not shown now.
                cover.title = title
                watched.setWindowTitle(self._locked_title())
        elif kind == QEvent.Type.ChildAdded:
            # A child added to the window itself would be stacked above the cover.
            QTimer.singleShot(0, cover.page, cover.page.raise_)
        return False

    def _cover_of(self, window: QWidget | None) -> LockCover | None:
        if window is None:
            return None
        return next((c for c in self._live() if c.window is window), None)

    def _covered_focus(self, widget: QWidget, kind: QEvent.Type) -> bool:
        """Focus under a lock page: a focus-out is kept from the covered widget (it would end
        its editing: a line edit drops its selection and reports a half-typed value as
        finished, which a field may save and rewrite); a widget the window's code focuses is
        noted for the unlock, and the page takes the focus back."""
        if _in_page(widget):
            return False
        cover = self._cover_of(QWidget.window(widget))  # unbound: see LockCover.cover
        if cover is None:
            return False
        if kind == QEvent.Type.FocusOut:
            return True
        if widget is not cover.window:
            cover.focus_taken(widget)
        QTimer.singleShot(0, self, self._focus_page)
        return False

    def shutdown(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._idle_timer.stop()
        self._wait_timer.stop()


def _in_page(widget: QWidget | None) -> bool:
    while widget is not None:
        if isinstance(widget, LockPage):
            return True
        widget = widget.parentWidget()
    return False
