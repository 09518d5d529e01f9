"""Saves key images marked in the viewer into the case, through the database executor.

``StoreKeyImages(executor, case_id, known)`` is the ``KeyImageSink`` the case screen passes to
``DicomViewerWindow``: the write runs on the executor thread (local_store.key_images), and the
viewer's ``done`` callback runs back on the GUI thread. Thread-safety: create and call on the
GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot

from desktop.viewers.series_input import KeyImageMark
from desktop.workers import DatabaseExecutor, call
from local_store import key_images


class StoreKeyImages(QObject):
    def __init__(
        self,
        executor: DatabaseExecutor,
        case_id: str,
        known: list[KeyImageMark] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.executor = executor
        self.case_id = case_id
        self.known = list(known or [])
        self._waiting: list[Callable[[Exception | None], None]] = []

    def save(self, mark: KeyImageMark, done: Callable[[Exception | None], None]) -> None:
        self._waiting.append(done)
        self.executor.submit(
            call(
                key_images.add_key_image,
                self.executor.store,
                self.case_id,
                mark.sop_instance_uid,
                mark.frame,
                mark.note,
            ),
            succeeded=self._saved,
            failed=self._failed,
        )

    @Slot(object)
    def _saved(self, _key_id) -> None:
        self._waiting.pop(0)(None)

    @Slot(object)
    def _failed(self, error) -> None:
        self._waiting.pop(0)(error)
