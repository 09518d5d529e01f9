"""Saves key images marked in the viewer into the case, through the database executor.

``StoreKeyImages(executor, case_id, known)`` is the ``KeyImageSink`` the case screen passes to
``DicomViewerWindow``: the write runs on the executor thread (local_store.key_images), and the
viewer's ``done`` callback runs back on the GUI thread. On a received case (``received`` names
its bundle id) the marks are the specialist's own, kept beside the case as the clinic sent it
(local_store.review_marks). ``changed`` says a mark was kept, for the screens that list them.
Thread-safety: create and call on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from desktop.viewers.series_input import KeyImageMark
from desktop.workers import DatabaseExecutor, call
from local_store import key_images, review_marks


class StoreKeyImages(QObject):
    changed = Signal()

    def __init__(
        self,
        executor: DatabaseExecutor,
        case_id: str,
        known: list[KeyImageMark] | None = None,
        parent: QObject | None = None,
        *,
        received: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.executor = executor
        self.case_id = case_id
        self.received = received  # the received case's bundle id, or None for a clinic case
        self.known = list(known or [])
        self._waiting: list[Callable[[Exception | None], None]] = []

    def save(self, mark: KeyImageMark, done: Callable[[Exception | None], None]) -> None:
        self._waiting.append(done)
        if self.received is None:
            add, owner = key_images.add_key_image, self.case_id
        else:
            add, owner = review_marks.add_key_image, self.received
        self.executor.submit(
            call(add, self.executor.store, owner, mark.sop_instance_uid, mark.frame, mark.note),
            succeeded=self._saved,
            failed=self._failed,
        )

    @Slot(object)
    def _saved(self, _key_id) -> None:
        self._waiting.pop(0)(None)
        self.changed.emit()

    @Slot(object)
    def _failed(self, error) -> None:
        self._waiting.pop(0)(error)
