"""The first-run wizard's window: one step per page in large type, Back and Next, and "Leave
for now" (the progress is kept; the next start resumes at the same step).

``page_factories()`` is the page order. Each factory takes the wizard and returns a
``WizardPage``; ``AFTER_PROTECTION`` is where pages that need the newly created store and come
before the person's details go (the recovery key). Pages whose step does not apply are skipped
(``casework.first_run.step_applies``: a computer restored from a backup sees only the language,
the role and the restore page, which ends the wizard with the restored store). The wizard holds
the store once the protection page has created it (or the restore page has restored and opened
it, or the app has unlocked a store whose wizard was left after that step), with a database
executor of its own that ``close_store_work`` ends, and whether that store has a recovery key
(``recovery_key_saved``: learnt on the worker that opened the store, set by the recovery key
page once it saves one), so no page asks the disk for it on the GUI thread.
Thread-safety: GUI thread only; store calls go through the wizard's executor.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from keyring.backend import KeyringBackend
from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
)

from casework import first_run
from desktop import style
from desktop.views.first_run import pages
from desktop.views.first_run.pages import WizardPage
from desktop.views.first_run.recovery_page import RecoveryKeyPage
from desktop.views.first_run.restore_page import RestorePage
from desktop.views.screen_fit import fit_to_screen
from desktop.workers import DatabaseExecutor
from local_store import recovery

PageFactory = Callable[["FirstRunWizard"], WizardPage]

# Pages shown right after "how the data is protected", before the person's details: they may
# use the store that step created.
AFTER_PROTECTION: list[PageFactory] = [RecoveryKeyPage]

# Large type: people setting CaseBridge up may not read small print easily.
LARGE_TYPE = """
FirstRunWizard * { font-size: 14pt; }
FirstRunWizard QLabel#wizardTitle { font-size: 20pt; font-weight: bold; }
FirstRunWizard QLabel#wizardStep { font-size: 12pt; color: #555555; }
FirstRunWizard QLabel#wizardWhy { color: #333333; }
FirstRunWizard QPushButton { min-height: 40px; padding: 4px 18px; }
FirstRunWizard QRadioButton, FirstRunWizard QCheckBox { spacing: 10px; padding: 4px 0; }
FirstRunWizard QLineEdit { min-height: 36px; }
"""


def page_factories() -> list[PageFactory]:
    """The pages in the order they are shown."""
    return [
        pages.LanguagePage,
        pages.RolePage,
        RestorePage,
        pages.ProtectionPage,
        *AFTER_PROTECTION,
        pages.DetailsPage,
        pages.EnrollmentPage,
    ]


class _ShownPageStack(QStackedWidget):
    """A stack as tall as the page shown. QStackedLayout's heightForWidth asks every page, so
    the scroll area made a short page (language, role) as tall as the longest (the details
    form) and people could scroll it into blank space."""

    def heightForWidth(self, width: int) -> int:
        page = self.currentWidget()
        return page.heightForWidth(width) if page is not None else -1


class FirstRunWizard(QDialog):
    """From a fresh data folder to a computer ready for work; ``store`` is the result."""

    def __init__(
        self,
        data_dir: Path,
        *,
        store=None,
        keyring_backend: KeyringBackend | None = None,
        language: str | None = None,
        release_folder: Callable[[], None] | None = None,
        parent=None,
    ) -> None:
        """``release_folder`` lets go of this process's "app running" lock on the data folder
        before a restore replaces the folder (the app takes it again on the restored one)."""
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.data_dir = Path(data_dir)
        self.keyring_backend = keyring_backend
        self.release_folder = release_folder
        self.progress = first_run.load_progress(self.data_dir)
        if language and not self.progress.language:
            self.progress.language = language
        self.store = None
        self.executor: DatabaseExecutor | None = None
        self.recovery_key_saved = False
        if store is not None:
            # Handed over unlocked before the window shows; where to resume depends on the
            # answer, so this one look at the folder happens here, once.
            self.adopt_store(store, recovery_key_saved=recovery.has_recovery_key(self.data_dir))
        style.apply()
        self.setStyleSheet(LARGE_TYPE)
        self.setWindowTitle(self.tr("Setting up CaseBridge"))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(10)
        self.step_label = QLabel()
        self.step_label.setObjectName("wizardStep")
        outer.addWidget(self.step_label)
        self.title = QLabel()
        self.title.setObjectName("wizardTitle")
        self.title.setWordWrap(True)
        outer.addWidget(self.title)
        self.why = QLabel()
        self.why.setObjectName("wizardWhy")
        self.why.setWordWrap(True)
        outer.addWidget(self.why)

        # Pages scroll rather than clip on a 1024x600 screen or with long Hindi text.
        self.stack = _ShownPageStack()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.stack)
        outer.addWidget(self.scroll, 1)

        buttons = QHBoxLayout()
        self.leave_button = QPushButton(self.tr("Leave for now"))
        self.leave_button.setToolTip(
            self.tr("What you have chosen is kept; CaseBridge continues here next time.")
        )
        self.leave_button.clicked.connect(self.reject)
        buttons.addWidget(self.leave_button)
        buttons.addStretch(1)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.clicked.connect(self.back)
        buttons.addWidget(self.back_button)
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("primaryButton")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        buttons.addWidget(self.next_button)
        outer.addLayout(buttons)

        self.pages: list[WizardPage] = [factory(self) for factory in page_factories()]
        for page in self.pages:
            self.stack.addWidget(page)
        fit_to_screen(self, 900, 680)
        self.show_page(self._resume_index())

    # ------------------------------------------------------------------ the store

    def adopt_store(self, store, *, recovery_key_saved: bool) -> None:
        """The store exists (created by the protection page, restored, or unlocked by the app);
        ``recovery_key_saved``: its folder already holds a recovery key."""
        self.store = store
        self.recovery_key_saved = recovery_key_saved
        self.executor = DatabaseExecutor(store, self)

    def close_store_work(self) -> None:
        """End the wizard's executor; the main window then makes its own."""
        if self.executor is not None:
            self.executor.shutdown(10_000, last=self.store.close_thread_connection)
            self.executor = None

    # ------------------------------------------------------------------ pages

    def _shown(self) -> list[int]:
        """The indexes of the pages whose steps apply, in order."""
        applies = first_run.step_applies
        return [i for i, page in enumerate(self.pages) if applies(self.progress, page.step)]

    def _resume_index(self) -> int:
        shown = self._shown()
        for index in shown:
            if not self.pages[index].complete():
                return index
        return shown[-1]

    def _neighbour(self, offset: int) -> int | None:
        """The shown page ``offset`` (+1 or -1) from the current one, or None at an end."""
        shown = self._shown()
        position = shown.index(self.index) + offset if self.index in shown else -1
        return shown[position] if 0 <= position < len(shown) else None

    @property
    def index(self) -> int:
        return self.stack.currentIndex()

    @property
    def page(self) -> WizardPage:
        return self.pages[self.index]

    def show_page(self, index: int) -> None:
        # Only the page shown counts for the scroll area's height (a stack is as tall as its
        # tallest page otherwise, and every page would scroll).
        for i, other in enumerate(self.pages):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            other.setSizePolicy(policy, policy)
        self.stack.setCurrentIndex(index)
        self.stack.adjustSize()
        page = self.pages[index]
        page.enter()
        self.progress.step = page.step
        self._save_progress()
        self._show_words()
        self.scroll.verticalScrollBar().setValue(0)
        page.focus_first()

    def _show_words(self) -> None:
        page = self.page
        shown = self._shown()
        position = shown.index(self.index) + 1 if self.index in shown else 1
        text = self.tr("Step %1 of %2").replace("%1", str(position))
        self.step_label.setText(text.replace("%2", str(len(shown))))
        self.title.setText(page.title())
        self.why.setText(page.why())
        self.back_button.setEnabled(self._can_go_back())
        last = self._neighbour(+1) is None
        own = page.next_text()
        self.next_button.setText(own or (self.tr("Finish") if last else self.tr("Next")))

    def _can_go_back(self) -> bool:
        previous = self._neighbour(-1)
        return previous is not None and self.pages[previous].can_return()

    def changeEvent(self, event) -> None:
        # The page texts follow the translator by themselves; these are composed here.
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "pages"):
            self._show_words()
            for page in self.pages:
                page.language_changed()
        super().changeEvent(event)

    def set_busy(self, busy: bool) -> None:
        self.next_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy and self._can_go_back())
        self.leave_button.setEnabled(not busy)

    @Slot()
    def back(self) -> None:
        previous = self._neighbour(-1)
        if previous is not None:
            self.show_page(previous)

    @Slot()
    def next(self) -> None:
        """The page checks and keeps what was chosen; it calls ``advance`` when done."""
        self.page.commit()

    def advance(self) -> None:
        """The current page is done: record it and show the next one, or finish."""
        step = self.page.step
        if step not in self.progress.done:
            self.progress.done.append(step)
        following = self._neighbour(+1)
        if following is None:
            self.progress.finished = True
            self._save_progress()
            self.accept()
            return
        self.show_page(following)

    def _save_progress(self) -> None:
        first_run.save_progress(self.data_dir, self.progress)

    def choice_changed(self) -> None:
        """A page's choice changes which steps follow (restoring has three): the step count and
        the Next button say so at once, not only after Next."""
        self._show_words()

    def reject(self) -> None:
        self._save_progress()
        super().reject()

    def done(self, result: int) -> None:
        # Work a page still runs (a restore) is cancelled and waited for before the wizard ends.
        for page in self.pages:
            page.stop()
        super().done(result)


def page_named(wizard: FirstRunWizard, cls: type) -> WizardPage:
    """The wizard's page of type ``cls`` (for tests and the pages that look at each other)."""
    return next(page for page in wizard.pages if isinstance(page, cls))
