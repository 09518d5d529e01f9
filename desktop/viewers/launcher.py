"""Opening what the user picked in a case's attachments: a DICOM series in the image viewer,
a report or photo beside its lab values.

The DICOM viewer gets every series of the chosen study (the chosen one first), each instance
loading its own bytes from the encrypted blob store on the viewer's worker threads, and the
key-image and measurement sinks that write through the database executor (the case's kept
measurements are read first, so they are drawn again as their images show). On a received
case (``open(..., received=bundle_id)``) the marks read and kept are the specialist's own,
beside the case as the clinic sent it (local_store.review_marks); ``marks_changed`` says one
was kept, so the review lists it; ``open(..., at=(uid, frame))`` shows that image first (a
mark listed in the review or the opinion editor). Windows are top-level and kept here until
closed.
Thread-safety: GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from casework.review_marks import series_title, viewer_position
from desktop.viewers.dicom_viewer import DicomViewerWindow
from desktop.viewers.key_image_sink import StoreKeyImages
from desktop.viewers.measurement_sink import StoreMeasurements, marks_of
from desktop.viewers.series_input import InstanceInput, KeyImageMark, SeriesInput
from desktop.views.attachments import SeriesChoice
from desktop.views.labs_grid import LabReportView
from desktop.workers import DatabaseExecutor, call
from local_store import key_images, measurements, review_marks
from local_store.models import Attachment, AttachmentKind


def series_inputs(store, choice: SeriesChoice) -> list[SeriesInput]:
    """The study's series for the viewer, the chosen one first, each instance loading itself."""
    ordered = [choice.series] + [s for s in choice.study.series if s != choice.series]
    blobs = store.blobs
    result = []
    for series in ordered:
        title = series_title(series.modality, series.description)
        instances = [
            InstanceInput(ref.sha256, lambda sha=ref.sha256: blobs.read_bytes(sha))
            for ref in series.instance_refs
        ]
        result.append(SeriesInput(title=title, modality=series.modality, instances=instances))
    return result


class ViewerLauncher(QObject):
    marks_changed = Signal()  # a key image or measurement was kept or cleared

    def __init__(self, executor: DatabaseExecutor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.executor = executor
        self.case_id: str | None = None
        self.received: str | None = None
        self.windows: list[QWidget] = []
        self._pending: SeriesChoice | None = None
        self._pending_at: tuple[str, int] | None = None

    def open(
        self,
        case_id: str,
        payload,
        *,
        received: str | None = None,
        at: tuple[str, int] | None = None,
    ) -> None:
        """Open what the user picked in ``case_id``; ``received`` is the bundle id when the
        case is a received one (the specialist's own marks are read and kept beside it);
        ``at`` (SOP Instance UID, frame) is the image of a series to show first."""
        self.case_id, self.received = case_id, received
        if isinstance(payload, SeriesChoice):
            self._pending = payload
            self._pending_at = at
            store = self.executor.store

            def kept_with_the_case():
                if received is not None:
                    return (
                        review_marks.list_key_images(store, received),
                        review_marks.list_measurements(store, received),
                    )
                return (
                    key_images.list_key_images(store, case_id),
                    measurements.list_measurements(store, case_id),
                )

            self.executor.submit(call(kept_with_the_case), succeeded=self._open_series)
        elif isinstance(payload, Attachment) and payload.kind is not AttachmentKind.DICOM:
            self.open_document(payload.id)

    def open_document(self, attachment_id: str) -> None:
        """A report or photo, beside the lab values read from it."""
        self._show(LabReportView(self.executor.store, self.executor, attachment_id))

    @Slot(object)
    def _open_series(self, kept) -> None:
        choice, self._pending = self._pending, None
        at, self._pending_at = self._pending_at, None
        if choice is None or self.case_id is None:
            return
        marks, measured = kept
        known = [KeyImageMark(m.sop_instance_uid, m.frame, m.note) for m in marks]
        sink = StoreKeyImages(self.executor, self.case_id, known, received=self.received)
        drawn = StoreMeasurements(
            self.executor, self.case_id, marks_of(measured), received=self.received
        )
        sink.changed.connect(self.marks_changed)
        drawn.changed.connect(self.marks_changed)
        window = DicomViewerWindow(
            series_inputs(self.executor.store, choice), key_images=sink, measurements=drawn
        )
        sink.setParent(window)
        drawn.setParent(window)
        if self.received is not None:
            window.key_action.setToolTip(
                self.tr(
                    "Mark this image as one of your key images, with a note (kept on this "
                    "computer beside the case)"
                )
            )
        self._show(window)
        position = viewer_position(choice.series.instance_refs, *at) if at else None
        if position is not None:
            window.show_image(position)

    def _show(self, window: QWidget) -> None:
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Forget the window by its identity, bound now: when ``destroyed`` fires, sender() is
        # a new wrapper of a half-destroyed QObject that never matches the kept one, and a
        # window kept after deletion makes ``close_all`` (at the app's close) raise.
        key = id(window)
        window.destroyed.connect(lambda _obj=None, key=key: self._forget(key))
        self.windows.append(window)
        if not window.windowTitle():
            window.setWindowTitle(self.tr("Document"))
        window.resize(max(window.width(), 1100), max(window.height(), 700))
        window.show()
        window.raise_()

    def _forget(self, key: int) -> None:
        self.windows = [w for w in self.windows if id(w) != key]

    def close_all(self) -> None:
        for window in list(self.windows):
            window.close()
