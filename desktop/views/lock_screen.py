"""The lock page: what covers every CaseBridge window while it is locked, and asks for the
passphrase, a staff member's PIN or the lock PIN; and the dialog that chooses a lock PIN.

The page is drawn over the whole window (``desktop.screen_lock`` puts one on each open window,
so a modal dialog left open can be unlocked where it is); it shows no case, no patient and no
file name. It only collects what is typed and emits ``unlock_requested``; checking, the wait
after wrong tries and the unlocking are the screen lock's. Tab stays inside the page.
Thread-safety: GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casework import lock_gate
from desktop import style
from desktop.views.widgets import PROBLEM_STYLE, wrapped_label
from desktop.words import tr_error, tr_lock
from local_store import pin_hash
from local_store.errors import PinInvalid

CONTENT_WIDTH = 420
BACKGROUND = "#eef2ef"

# Why the page is shown: the window was locked, or the app asks who is working at start.
LOCKED = "locked"
SIGN_IN = "sign_in"


def pin_field() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(pin_hash.MAX_PIN_LENGTH)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return edit


class LockPage(QWidget):
    """One window's cover. ``unlock_requested(secret, staff_id)``: staff_id -1 when none."""

    unlock_requested = Signal(str, int)
    choose_pin_requested = Signal(str, str)  # "none" mode: the lock PIN typed twice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style.apply()
        self.setObjectName("lockPage")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, BACKGROUND)
        self.setPalette(palette)
        self.mode = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.viewport().setAutoFillBackground(False)
        holder = QWidget()
        holder.setAutoFillBackground(False)
        column = QVBoxLayout(holder)
        column.addStretch(1)
        box = QFrame()
        box.setObjectName("lockBox")
        box.setStyleSheet(
            "QFrame#lockBox { background: white; border: 1px solid #c8c8c8; border-radius: 8px; }"
        )
        column.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        scroll.setWidget(holder)
        outer.addWidget(scroll)

        layout = QVBoxLayout(box)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(8)
        self.title = QLabel()
        self.title.setObjectName("dialogTitle")
        layout.addWidget(self.title)
        self.text = wrapped_label("", CONTENT_WIDTH)
        layout.addWidget(self.text)

        self.staff_label = QLabel(self.tr("Your name"))
        self.staff_label.setObjectName("fieldLabel")
        self.staff = QComboBox()
        self.staff.setMinimumWidth(CONTENT_WIDTH)
        self.staff.currentIndexChanged.connect(self._show_secret_label)
        self.staff_label.setBuddy(self.staff)
        self.secret_label = QLabel()
        self.secret_label.setObjectName("fieldLabel")
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMinimumWidth(CONTENT_WIDTH)
        self.secret_label.setBuddy(self.secret)
        self.again_label = QLabel(self.tr("Type the same PIN again"))
        self.again_label.setObjectName("fieldLabel")
        self.again = pin_field()
        self.again_label.setBuddy(self.again)
        for widget in (
            self.staff_label,
            self.staff,
            self.secret_label,
            self.secret,
            self.again_label,
            self.again,
        ):
            layout.addWidget(widget)
        self.problem = QLabel()
        self.problem.setObjectName("fieldProblem")
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        self.problem.setFixedWidth(CONTENT_WIDTH)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("primaryButton")
        self.unlock_button.clicked.connect(self._submit)
        layout.addWidget(self.unlock_button)
        self.secret.returnPressed.connect(self._submit)
        self.again.returnPressed.connect(self._submit)
        self.configure(None, LOCKED)

    # ------------------------------------------------------------------ state

    def configure(self, setup: lock_gate.LockSetup | None, purpose: str) -> None:
        """Show what this lock asks for; None while it is still being read."""
        self.mode = setup.mode if setup is not None else ""
        starting = purpose == SIGN_IN
        self.title.setText(
            self.tr("Who is working at CaseBridge?")
            if starting
            else self.tr("CaseBridge is locked")
        )
        asks = {
            lock_gate.PASSPHRASE: self.tr(
                "The cases are hidden while you are away. Type the CaseBridge passphrase to go "
                "on where you left off. Sending and receiving go on meanwhile."
            ),
            lock_gate.STAFF: self.tr(
                "Choose your name and type your PIN. What you do is recorded under your name. "
                "Sending and receiving go on meanwhile."
            ),
            lock_gate.LOCK_PIN: self.tr(
                "The cases are hidden while you are away. Type the lock PIN to go on where you "
                "left off. Sending and receiving go on meanwhile."
            ),
            lock_gate.NONE: self.tr(
                "Choose a lock PIN (4 to 12 digits). CaseBridge asks for it whenever the "
                "window is locked."
            ),
        }
        self.text.setText(asks.get(self.mode, self.tr("The cases are hidden.")))
        self.text.setMinimumHeight(max(0, self.text.heightForWidth(CONTENT_WIDTH)))
        staff_mode = self.mode == lock_gate.STAFF
        self.staff_label.setVisible(staff_mode)
        self.staff.setVisible(staff_mode)
        if staff_mode and setup is not None:
            chosen = self.staff.currentData()
            self.staff.clear()
            for member in setup.staff:
                self.staff.addItem(member.name, member.id)
            if setup.passphrase:
                self.staff.addItem(self.tr("Nobody listed: use the CaseBridge passphrase"), -1)
            wanted = setup.signed_in.id if setup.signed_in is not None else chosen
            index = self.staff.findData(wanted)
            self.staff.setCurrentIndex(max(index, 0))
        asks_secret = self.mode in (
            lock_gate.PASSPHRASE,
            lock_gate.STAFF,
            lock_gate.LOCK_PIN,
            lock_gate.NONE,
        )
        self._show_secret_label()
        self.secret_label.setVisible(asks_secret)
        self.secret.setVisible(asks_secret)
        choosing = self.mode == lock_gate.NONE
        self.again_label.setVisible(choosing)
        self.again.setVisible(choosing)
        self.unlock_button.setText(
            self.tr("Keep this PIN and unlock") if choosing else self.tr("Unlock")
        )
        self.unlock_button.setVisible(asks_secret)

    @Slot()
    def _show_secret_label(self) -> None:
        passphrase = self.mode == lock_gate.PASSPHRASE or (
            self.mode == lock_gate.STAFF and self.staff.currentData() == -1
        )
        labels = {
            lock_gate.STAFF: self.tr("PIN"),
            lock_gate.LOCK_PIN: self.tr("Lock PIN"),
            lock_gate.NONE: self.tr("New lock PIN"),
        }
        self.secret_label.setText(
            self.tr("Passphrase") if passphrase else labels.get(self.mode, "")
        )
        self.secret.setMaxLength(32767 if passphrase else pin_hash.MAX_PIN_LENGTH)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setMinimumHeight(max(0, self.problem.heightForWidth(CONTENT_WIDTH)))
        self.problem.setVisible(bool(text))

    def set_waiting(self, waiting: bool) -> None:
        self.unlock_button.setEnabled(not waiting)

    def clear(self) -> None:
        self.secret.clear()
        self.again.clear()
        self.show_problem("")
        self.set_waiting(False)

    def focus_field(self) -> None:
        self.secret.setFocus(Qt.FocusReason.OtherFocusReason)
        self.secret.selectAll()

    @Slot()
    def _submit(self) -> None:
        if not self.unlock_button.isEnabled() or not self.unlock_button.isVisible():
            return
        text = self.secret.text()
        if not text:
            self.focus_field()
            return
        if self.mode == lock_gate.NONE:
            self.choose_pin_requested.emit(text, self.again.text())
            return
        staff_id = self.staff.currentData() if self.mode == lock_gate.STAFF else None
        self.unlock_requested.emit(text, -1 if staff_id is None else int(staff_id))

    # ------------------------------------------------------------------ focus stays here

    def focusNextPrevChild(self, next_: bool) -> bool:
        """Tab cycles through the page's own fields, never to the covered window below."""
        chain = [
            w
            for w in (self.staff, self.secret, self.again, self.unlock_button)
            if w.isVisible() and w.isEnabled()
        ]
        if not chain:
            return True
        current = self.focusWidget()
        index = chain.index(current) if current in chain else -1
        step = 1 if next_ else -1
        chain[(index + step) % len(chain)].setFocus(Qt.FocusReason.TabFocusReason)
        return True


class ChooseLockPinDialog(QDialog):
    """Choose (or change) the lock PIN: typed twice; the current one when changing."""

    def __init__(self, changing: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style.apply()
        self.setWindowTitle(self.tr("Lock PIN"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Change the lock PIN") if changing else self.tr("Choose a lock PIN"))
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "This computer keeps CaseBridge's key in its system keyring, so there is no "
                    "passphrase to type. The lock PIN (4 to 12 digits) unlocks the window "
                    "after it locks."
                ),
                CONTENT_WIDTH,
            )
        )
        self.current = pin_field() if changing else None
        self.first, self.second = pin_field(), pin_field()
        fields = [(self.tr("New lock PIN"), self.first), (self.tr("Type it again"), self.second)]
        if self.current is not None:
            fields.insert(0, (self.tr("Current lock PIN"), self.current))
        for text, field in fields:
            label = QLabel(text)
            label.setObjectName("fieldLabel")
            label.setBuddy(field)
            layout.addWidget(label)
            layout.addWidget(field)
        self.problem = QLabel()
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        self.problem.setFixedWidth(CONTENT_WIDTH)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Keep this PIN"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setMinimumHeight(max(0, self.problem.heightForWidth(CONTENT_WIDTH)))
        self.problem.show()

    def accept(self) -> None:
        pin = self.first.text()
        try:
            pin_hash.check_new_pin(pin)
        except PinInvalid as exc:
            self.show_problem(tr_error(exc.code))
            return
        if pin != self.second.text():
            self.show_problem(tr_lock("pin_mismatch"))
            return
        super().accept()

    def chosen(self) -> tuple[str, str | None]:
        """The new PIN and the current one (None when choosing the first)."""
        return self.first.text(), self.current.text() if self.current is not None else None
