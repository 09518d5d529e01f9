"""Keeps the measurements drawn in the viewer with the case, through the database executor.

``StoreMeasurements(executor, case_id, known)`` is the ``MeasurementSink`` the case screen passes
to ``DicomViewerWindow``: ``known`` are the case's measurements read when the series was opened
(drawn again on their images), each new one is added and "Clear" removes those of one frame
(local_store.measurements); the writes run on the executor thread and the viewer's ``done``
callbacks run back on the GUI thread, in order. On a received case (``received`` names its
bundle id) they are the specialist's own, kept beside the case as the clinic sent it
(local_store.review_marks). ``changed`` says one was kept or cleared.
Thread-safety: create and call on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from desktop.viewers.series_input import MeasurementMark
from desktop.workers import DatabaseExecutor, call
from local_store import measurements, review_marks


class StoreMeasurements(QObject):
    changed = Signal()

    def __init__(
        self,
        executor: DatabaseExecutor,
        case_id: str,
        known: list[MeasurementMark] | None = None,
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

    def save(self, mark: MeasurementMark, done: Callable[[Exception | None], None]) -> None:
        if self.received is None:
            add, owner = measurements.add_measurement, self.case_id
        else:
            add, owner = review_marks.add_measurement, self.received
        self._submit(
            call(
                add,
                self.executor.store,
                owner,
                mark.sop_instance_uid,
                mark.frame,
                mark.kind,
                mark.points,
            ),
            done,
        )

    def clear(
        self, sop_instance_uid: str, frame: int, done: Callable[[Exception | None], None]
    ) -> None:
        if self.received is None:
            clear, owner = measurements.clear_measurements, self.case_id
        else:
            clear, owner = review_marks.clear_measurements, self.received
        self._submit(
            call(
                clear,
                self.executor.store,
                owner,
                sop_instance_uid,
                frame,
            ),
            done,
        )

    def _submit(self, job, done: Callable[[Exception | None], None]) -> None:
        self._waiting.append(done)
        self.executor.submit(job, succeeded=self._kept, failed=self._failed)

    @Slot(object)
    def _kept(self, _result) -> None:
        self._waiting.pop(0)(None)
        self.changed.emit()

    @Slot(object)
    def _failed(self, error) -> None:
        self._waiting.pop(0)(error)


def marks_of(
    stored: list[measurements.StoredMeasurement] | list[review_marks.ReviewMeasurement],
) -> list[MeasurementMark]:
    return [MeasurementMark(m.sop_instance_uid, m.frame, m.kind, m.points) for m in stored]
