"""The first-run wizard's recovery key step, right after the store is made: a fresh key in
large groups, Print…, and the tick "I have written it down or printed it" before Next saves it
(``recovery.make_recovery_key`` on the wizard's executor).

The key lives only in this page's panel until it is saved, then it is dropped; the progress
file records the step, never the key. Leaving before Next saves nothing (a resumed wizard
shows a new key); the step is done once the store has a key, so a resumed wizard skips it
(``wizard.recovery_key_saved``, learnt where the store was opened, never asked of the disk here).
Thread-safety: GUI thread only; the save goes through the wizard's executor.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QLabel

import wording
from casework import first_run
from desktop.views.first_run.pages import WizardPage
from desktop.views.recovery_key_panel import RecoveryKeyPanel
from desktop.words import tr_error
from desktop.workers import call
from local_store import recovery
from local_store.errors import StoreError
from wording import backup as words


class RecoveryKeyPage(WizardPage):
    step = first_run.RECOVERY_KEY

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.already = QLabel(
            self.tr(
                "The cases on this computer already have a recovery key. "
                "You can make a new one in Settings."
            )
        )
        self.already.setObjectName("banner")
        self.already.setWordWrap(True)
        self.body.addWidget(self.already)
        self.instruction = QLabel(
            self.tr(
                "Copy these 8 groups onto paper or print them. Keep the paper locked away, "
                "apart from this computer and from the backup stick."
            )
        )
        self.instruction.setWordWrap(True)
        self.body.addWidget(self.instruction)
        self.panel = RecoveryKeyPanel()
        self.panel.written.toggled.connect(lambda _on: self.show_problem(""))
        # Made now, so the page is laid out with it before it is first shown (not when a
        # resumed wizard's store already has one).
        if not self._saved():
            self.panel.show_key(recovery.new_key())
        self.body.addWidget(self.panel)
        self.finish_layout()

    def title(self) -> str:
        return QCoreApplication.translate(wording.CONTEXT, words.RECOVERY_TITLE)

    def why(self) -> str:
        return self.tr(
            "If this computer breaks or the passphrase is forgotten, only this key opens "
            "the cases and their backups."
        )

    def _saved(self) -> bool:
        return self.wizard.store is not None and self.wizard.recovery_key_saved

    def complete(self) -> bool:
        return self._saved()

    def enter(self) -> None:
        super().enter()
        saved = self._saved()
        self.already.setVisible(saved)
        self.instruction.setVisible(not saved)
        self.panel.setVisible(not saved)
        # The same key while the wizard is open, so going Back and Next again does not undo
        # what was written down; once the store has a key, the one shown is dropped.
        if saved:
            self.panel.clear()

    def focus_first(self) -> None:
        if self.panel.isVisible():
            self.panel.written.setFocus()

    def commit(self) -> None:
        if self._saved():
            self.wizard.advance()
            return
        if self.wizard.executor is None or self.panel.key is None:
            return  # the protection step has not made the store (cannot happen in order)
        if not self.panel.written.isChecked():
            self.show_problem(self.tr("Tick the box once the key is written down or printed."))
            return
        self.show_problem("")
        self.wizard.set_busy(True)
        self.wizard.executor.submit(
            call(recovery.make_recovery_key, self.wizard.store, None, key=self.panel.key),
            succeeded=self._on_saved,
            failed=self._on_failed,
        )

    @Slot(object)
    def _on_saved(self, _key) -> None:
        self.wizard.recovery_key_saved = True
        self.panel.clear()  # kept nowhere now, not even on screen
        self.wizard.set_busy(False)
        self.wizard.advance()

    @Slot(object)
    def _on_failed(self, error) -> None:
        self.wizard.set_busy(False)
        self.show_problem(tr_error(error.code if isinstance(error, StoreError) else "store_error"))
