"""Carrying a sealed case on a USB stick: the "Save to USB stick" page and the page that
opens a .cbundle file brought on one.

``SaveToStickDialog`` asks for the stick (the removable-media chooser in its saving mode, or
any folder), then writes the waiting bundle with ``sync.carry.save_to_stick`` as a
cancellable Job on a pool of its own, with the bytes written and the time left; it says that
the case stays queued to go online too. ``OpenCarriedDialog`` checks and queues a .cbundle with
``sync.carry.receive_carried`` as a cancellable Job, with the bytes read from the stick and the
time left, and says what became of it (sent on from here, or why not, with nothing kept).
Closing either page cancels its work.
Thread-safety: GUI thread only, apart from the work functions.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
)

from desktop.views.media_chooser import MediaChooser
from desktop.views.widgets import progress_bar, show_bytes_progress, wrapped_label
from desktop.words import tr_marked, tr_size
from desktop.workers import JobPool
from local_store.backup.copying import time_left
from sync import carry
from wording import carry as words

WIDTH = 560


def refusal_text(error: BaseException, otherwise: str) -> str:
    """What to tell a person about a save or open that did not happen (``otherwise``: the
    code for an error sync.carry did not name)."""
    code = getattr(error, "code", "")
    if isinstance(error, carry.CarryRefused) and code in (carry.STICK_FULL, carry.DISK_FULL):
        return (
            tr_marked(words.CARRY_ERROR[code])
            .replace("%1", tr_size(error.needed))
            .replace("%2", tr_size(error.free))
        )
    if code in words.CARRY_ERROR:
        return tr_marked(words.CARRY_ERROR[code])
    return tr_marked(words.CARRY_ERROR[otherwise])


def short_device(device_id: str) -> str:
    """A clinic computer as people can read it out: its id's first characters."""
    return device_id[:12]


class _Page(QDialog):
    """The shared look: an intro, a bar, a status banner and the buttons row."""

    def __init__(self, title: str, intro: str, parent=None) -> None:
        super().__init__(parent)
        self.pool = JobPool(1, self)
        self.job = None
        self.moved = (0, 0)  # bytes written or read, of all: set on the work thread, shown here
        self._started = 0.0
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        heading = QLabel(title)
        heading.setObjectName("dialogTitle")
        self.layout_.addWidget(heading)
        self.intro = wrapped_label(intro, WIDTH)
        self.layout_.addWidget(self.intro)
        self.bar = progress_bar()
        self.bar.hide()
        self.status = wrapped_label("", WIDTH)
        self.status.setObjectName("banner")
        self.status.hide()
        self.buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.bar)
        self.layout_.addWidget(self.status)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.cancel_button)
        self.buttons.addWidget(self.close_button)
        self.layout_.addLayout(self.buttons)

    @Slot()
    def cancel(self) -> None:
        if self.job is not None and self.job.cancel is not None:
            self.job.cancel.set()
            self.cancel_button.setEnabled(False)

    def say(self, text: str | None, kind: str = "") -> None:
        self.status.setText(text or "")
        self.status.setProperty("kind", kind)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setMinimumHeight(self.status.heightForWidth(WIDTH) if text else 0)
        self.status.setVisible(bool(text))
        # Grow now, not at the next event: a longer sentence must never run under the buttons.
        self.layout_.activate()
        self.adjustSize()

    def started(self) -> None:
        """The work began: the bar turns, Cancel shows and Close waits for the work."""
        self.close_button.setEnabled(False)
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.bar.setRange(0, 0)
        self.bar.show()
        self._started = time.monotonic()

    def step(self, progress):
        """The work's progress callback: keeps the bytes for ``show_moved``."""

        def step(done: int, total: int) -> None:
            self.moved = (done, total)  # read on the GUI thread when the signal lands
            progress(done / total if total else 0.0, "")

        return step

    def show_moved(self, template: str) -> None:
        """The bar, and ``template`` with the bytes done (%1) of all (%2) and the time left."""
        done, total = self.moved
        left = time_left(time.monotonic() - self._started, done, total)
        self.say(show_bytes_progress(self.bar, template, done, total, left), "")

    def done(self, result: int) -> None:
        self.cancel()
        self.pool.shutdown()
        super().done(result)


class SaveToStickDialog(_Page):
    """Save one waiting bundle to a stick as CASE-ID.cbundle."""

    def __init__(self, store, bundle_id: str, case_label: str, parent=None, **media_kwargs) -> None:
        super().__init__(
            self.tr("Save to USB stick"),
            self.tr(
                "The case %1 is saved sealed, exactly as it waits to be sent: only the opinion "
                "service can open it. Take the stick to a clinic whose CaseBridge is connected "
                "and open the file there; that computer sends it on."
            ).replace("%1", case_label),
            parent,
        )
        self.store = store
        self.bundle_id = bundle_id
        self.media_kwargs = media_kwargs  # tests point these at prepared mount tables
        self.saved: carry.Saved | None = None
        self.stick_button = QPushButton(self.tr("Choose the USB stick…"))
        self.stick_button.setObjectName("primaryButton")
        self.stick_button.clicked.connect(self.choose_stick)
        self.folder_button = QPushButton(self.tr("Choose a folder…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.buttons.addWidget(self.stick_button)
        self.buttons.addWidget(self.folder_button)
        self.finish_layout()

    @Slot()
    def choose_stick(self) -> None:
        chooser = MediaChooser(self.pool, self, saving=True, **self.media_kwargs)
        if chooser.exec() and chooser.chosen is not None:
            self.start(Path(chooser.chosen.path))

    @Slot()
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save to USB stick"))
        if folder:
            self.start(Path(folder))

    def start(self, folder: Path) -> None:
        store, bundle_id = self.store, self.bundle_id

        def work(cancel, progress):
            try:
                return carry.save_to_stick(
                    store, bundle_id, folder, cancel=cancel, progress=self.step(progress)
                )
            finally:
                store.close_thread_connection()

        self.stick_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        self.started()
        self.say(None)
        self.job = self.pool.submit(
            work,
            succeeded=self._on_saved,
            failed=self._on_failed,
            progress=self._on_progress,
            cancelled=self._on_cancelled,
            finished=self._on_finished,
        )

    @Slot(float, str)
    def _on_progress(self, _fraction: float, _text: str) -> None:
        self.show_moved(self.tr("Saving: %1 of %2, %3"))

    @Slot(object)
    def _on_saved(self, saved) -> None:
        self.saved = saved
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        text = (
            tr_marked(words.SAVED).replace("%1", saved.path.name).replace("%2", tr_size(saved.size))
        )
        self.say(text, "ok")

    @Slot(object)
    def _on_failed(self, error) -> None:
        self.bar.hide()
        self.say(refusal_text(error, carry.STICK_UNWRITABLE), "problem")

    @Slot()
    def _on_cancelled(self) -> None:
        self.bar.hide()
        self.say(self.tr("Not saved: nothing was left on the stick. The case is still queued."), "")

    @Slot()
    def _on_finished(self) -> None:
        self.job = None
        self.cancel_button.hide()
        self.close_button.setEnabled(True)
        # Saved: the page's work is done and only Close is left; else the stick may be chosen again.
        self.stick_button.setVisible(self.saved is None)
        self.folder_button.setVisible(self.saved is None)
        self.stick_button.setEnabled(True)
        self.folder_button.setEnabled(True)


class OpenCarriedDialog(_Page):
    """Check a .cbundle from a stick and queue it to be sent on from this computer."""

    def __init__(self, store, path: Path, parent=None) -> None:
        super().__init__(
            self.tr("Open a bundle from a USB stick"),
            self.tr("File: %1").replace("%1", Path(path).name),
            parent,
        )
        self.store = store
        self.path = Path(path)
        self.carried: carry.Carried | None = None
        self.refused: BaseException | None = None
        self.finish_layout()
        self.started()
        self.say(self.tr("Checking the case on the stick…"), "")
        store_, data_dir, path_ = store, store.data_dir, self.path

        def work(cancel, progress):
            try:
                return carry.receive_carried(
                    store_, data_dir, path_, cancel=cancel, progress=self.step(progress)
                )
            finally:
                store_.close_thread_connection()

        self.job = self.pool.submit(
            work,
            succeeded=self._on_received,
            failed=self._on_failed,
            progress=self._on_progress,
            cancelled=self._on_cancelled,
            finished=self._on_finished,
        )

    @Slot(float, str)
    def _on_progress(self, _fraction: float, _text: str) -> None:
        self.show_moved(self.tr("Reading from the stick: %1 of %2, %3"))

    @Slot(object)
    def _on_received(self, carried) -> None:
        self.carried = carried
        self.bar.hide()
        device = short_device(carried.device_id)
        self.say(tr_marked(words.RECEIVED).replace("%1", device), "ok")

    @Slot(object)
    def _on_failed(self, error) -> None:
        self.refused = error
        self.bar.hide()
        self.say(refusal_text(error, carry.UNREADABLE), "problem")

    @Slot()
    def _on_cancelled(self) -> None:
        self.bar.hide()
        self.say(self.tr("Not opened: nothing was kept on this computer."), "")

    @Slot()
    def _on_finished(self) -> None:
        self.job = None
        self.cancel_button.hide()
        self.close_button.setEnabled(True)
