"""The dialogs that open a passphrase-protected data folder, or choose its passphrase.

``opener(passphrase) -> Store`` does the opening, so a wrong passphrase is answered inside the
dialog and the user simply tries again. Opening takes about 0.1 s (scrypt) on the GUI thread,
with a wait cursor; nothing else runs yet at that point.
Thread-safety: GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desktop import style
from desktop.views.widgets import PROBLEM_STYLE, wrapped_label
from desktop.words import tr_error
from local_store.errors import StoreError, WrongPassphrase

MIN_LENGTH = 8
TEXT_WIDTH = 560


class _PassphraseDialog(QDialog):
    def __init__(self, opener: Callable[[str], object], parent=None) -> None:
        super().__init__(parent)
        self.opener = opener
        style.apply()
        self.store = None
        self.setMinimumWidth(520)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(10)
        self.error = QLabel()
        self.error.setObjectName("fieldProblem")
        self.error.setStyleSheet(PROBLEM_STYLE)
        self.error.setWordWrap(True)
        self.error.setFixedWidth(TEXT_WIDTH)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _field(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMinimumWidth(360)
        return edit

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.ensurePolished()
        self.error.setMinimumHeight(self.error.heightForWidth(TEXT_WIDTH))
        self.error.show()
        self.adjustSize()

    def _try_open(self, passphrase: str) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.store = self.opener(passphrase)
        except WrongPassphrase:
            self.show_error(tr_error("wrong_passphrase"))
            return False
        except StoreError as exc:
            self.show_error(tr_error(exc.code))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        return True


class UnlockDialog(_PassphraseDialog):
    """Asks for the passphrase of an existing folder; stays open until it is right."""

    def __init__(self, opener, parent=None) -> None:
        super().__init__(opener, parent)
        self.setWindowTitle(self.tr("Unlock CaseBridge"))
        title = QLabel(self.tr("Type your CaseBridge passphrase"))
        title.setObjectName("dialogTitle")
        self.layout_.addWidget(title)
        text = wrapped_label(
            self.tr(
                "Your cases are encrypted on this computer. The passphrase unlocks them. "
                "It is the one chosen when CaseBridge was first started here."
            ),
            TEXT_WIDTH,
        )
        self.layout_.addWidget(text)
        self.passphrase = self._field()
        label = QLabel(self.tr("Passphrase"))
        label.setObjectName("fieldLabel")
        label.setBuddy(self.passphrase)
        self.layout_.addWidget(label)
        self.layout_.addWidget(self.passphrase)
        self.layout_.addWidget(self.error)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        self.layout_.addWidget(self.buttons)
        self.passphrase.setFocus()

    def accept(self) -> None:
        if not self.passphrase.text():
            self.show_error(self.tr("Type the passphrase first."))
            return
        if self._try_open(self.passphrase.text()):
            super().accept()
        else:
            self.passphrase.selectAll()
            self.passphrase.setFocus()


class ChoosePassphraseDialog(_PassphraseDialog):
    """First start without a secure keyring: choose the passphrase that locks the cases."""

    def __init__(self, opener, parent=None) -> None:
        super().__init__(opener, parent)
        self.setWindowTitle(self.tr("Protect your cases with a passphrase"))
        title = QLabel(self.tr("Choose a passphrase"))
        title.setObjectName("dialogTitle")
        self.layout_.addWidget(title)
        text = wrapped_label(
            self.tr(
                "CaseBridge encrypts every case, scan and report it keeps on this computer. "
                "This computer has no secure system keyring in which CaseBridge could keep the "
                "key, so the key is locked with a passphrase that you choose now.\n\n"
                "You will type it each time CaseBridge starts. Without it nobody can read the "
                "cases, not even us: write it down and keep it in a safe place."
            ),
            TEXT_WIDTH,
        )
        self.layout_.addWidget(text)
        self.first = self._field()
        self.second = self._field()
        for label_text, field in (
            (self.tr("Passphrase (at least 8 characters)"), self.first),
            (self.tr("Type the same passphrase again"), self.second),
        ):
            label = QLabel(label_text)
            label.setObjectName("fieldLabel")
            label.setBuddy(field)
            self.layout_.addWidget(label)
            self.layout_.addWidget(field)
        self.layout_.addWidget(self.error)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Use this passphrase")
        )
        self.layout_.addWidget(self.buttons)
        self.first.setFocus()

    def accept(self) -> None:
        first, second = self.first.text(), self.second.text()
        if len(first) < MIN_LENGTH:
            self.show_error(tr_error("passphrase_too_short"))
            return
        if first != second:
            self.show_error(self.tr("The two passphrases are not the same. Type them again."))
            self.second.clear()
            self.second.setFocus()
            return
        if self._try_open(first):
            super().accept()
