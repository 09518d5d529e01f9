"""The recovery key page: make (or replace) the key, show it in large groups, print it, and
save it only once the person says it is written down (the groups, Print… and the tick are
``recovery_key_panel``'s, shared with the first-run wizard).

A new key is made here and shown before anything is saved, so closing the page early loses
nothing: the store keeps its old key (or none). Replacing a key asks for the current one, which
is checked on the database executor before the new key is shown. The key lives only in this
page's widgets and is dropped when it closes. Whether the cases have a key already is read on
the executor as the page opens; until then the page says "Checking…" and cannot make one.
Thread-safety: GUI thread only; store calls go
through the executor.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from desktop.views.recovery_key_panel import RecoveryKeyPanel
from desktop.views.widgets import wrapped_label
from desktop.words import tr_error, tr_marked
from desktop.workers import call
from local_store import recovery
from local_store.errors import StoreError
from wording import backup as words

WIDTH = 620


class RecoveryKeyDialog(QDialog):
    def __init__(self, store, executor, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.executor = executor
        self.key: str | None = None
        self.has_key = False
        self.loaded = False  # has_key read from the disk
        self.setWindowTitle(tr_marked(words.RECOVERY_TITLE))

        layout = QVBoxLayout(self)
        # The page grows when the key appears; never squeeze the words above it.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(wrapped_label(tr_marked(words.RECOVERY_INTRO), WIDTH))
        self.state = wrapped_label(tr_marked(words.STATE_LOADING), WIDTH)
        self.state.setObjectName("banner")
        layout.addWidget(self.state)

        self.current = QLineEdit()
        self.current.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.current_label = QLabel(tr_marked(words.RECOVERY_CURRENT))
        row = QHBoxLayout()
        row.addWidget(self.current_label)
        row.addWidget(self.current, 1)
        layout.addLayout(row)
        self.current_label.hide()
        self.current.hide()

        # The key's groups, Print… and the written-down tick: shown once a key is made.
        self.panel = RecoveryKeyPanel()
        self.panel.hide()
        self.panel.written.toggled.connect(self._update_buttons)
        layout.addWidget(self.panel)
        self.group_labels = self.panel.group_labels
        self.written = self.panel.written
        self.problem = wrapped_label("", WIDTH)
        self.problem.setProperty("kind", "problem")
        self.problem.hide()
        layout.addWidget(self.problem)

        buttons = QHBoxLayout()
        self.make_button = QPushButton(tr_marked(words.RECOVERY_MAKE))
        self.make_button.setEnabled(False)
        self.make_button.clicked.connect(self.make)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("primaryButton")
        self.done_button.clicked.connect(self.save)
        self.done_button.hide()
        buttons.addWidget(self.make_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.done_button)
        layout.addLayout(buttons)
        self.executor.submit(
            call(recovery.has_recovery_key, store.data_dir),
            succeeded=self._on_has_key,
            failed=self._on_failed,
        )

    @Slot(object)
    def _on_has_key(self, has_key: bool) -> None:
        self.has_key = has_key
        self.loaded = True
        self.state.setText(tr_marked(words.RECOVERY_SET if has_key else words.RECOVERY_NONE))
        self.state.setMinimumHeight(self.state.heightForWidth(WIDTH))
        self.current_label.setVisible(has_key)
        self.current.setVisible(has_key)
        self.make_button.setText(
            tr_marked(words.RECOVERY_REPLACE if has_key else words.RECOVERY_MAKE)
        )
        self.make_button.setEnabled(True)
        self.adjustSize()

    # ------------------------------------------------------------------ making

    @Slot()
    def make(self) -> None:
        self._say(None)
        self.make_button.setEnabled(False)
        current = self.current.text() if self.has_key else None
        self.executor.submit(
            call(recovery.check_current_key, self.store.data_dir, current),
            succeeded=self._on_checked,
            failed=self._on_failed,
        )

    @Slot(object)
    def _on_checked(self, _result) -> None:
        self.show_key(recovery.new_key())

    def show_key(self, key: str) -> None:
        """Show ``key`` (not yet saved) in large groups, with Print and the written-down box."""
        self.key = key
        self.panel.show_key(key)
        self.panel.show()
        self.current.setEnabled(False)
        self.state.setText(tr_marked(words.RECOVERY_WRITE_NOW))
        self.state.setMinimumHeight(self.state.heightForWidth(WIDTH))
        self.make_button.hide()
        self.done_button.show()
        self._update_buttons()
        self.adjustSize()

    @Slot()
    def _update_buttons(self) -> None:
        self.done_button.setEnabled(self.key is not None and self.written.isChecked())

    @Slot()
    def save(self) -> None:
        if self.key is None:
            return
        self.done_button.setEnabled(False)
        current = self.current.text() if self.has_key else None
        self.executor.submit(
            call(recovery.make_recovery_key, self.store, current, key=self.key),
            succeeded=self._on_saved,
            failed=self._on_failed,
        )

    @Slot(object)
    def _on_saved(self, _key) -> None:
        self.key = None
        self.accept()

    @Slot(object)
    def _on_failed(self, error) -> None:
        self.make_button.setEnabled(self.loaded)
        self._update_buttons()
        self._say(tr_error(error.code if isinstance(error, StoreError) else "store_error"))

    def _say(self, text: str | None) -> None:
        self.problem.setText(text or "")
        self.problem.setMinimumHeight(self.problem.heightForWidth(WIDTH) if text else 0)
        self.problem.setVisible(bool(text))

    def done(self, result: int) -> None:
        self.key = None  # the key leaves memory with the page
        self.panel.clear()
        super().done(result)
