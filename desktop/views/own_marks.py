"""The specialist's own key images and measurements on a received case, as the desktop shows
them: one line each ("Length 186.7 mm on CT CHEST, image 3", wording.review.own_mark_text in
the screens' language), and ``OwnMarksList``, the opinion editor's short read-only list of
them, each with View (the image viewer at that image, through desktop.viewers.launcher as the
review opens it) and Insert (``insert_requested`` with the line, for the box being written in).
The review lists the same lines (desktop.views.review_view).
Thread-safety: GUI thread only; the marks are read on the DatabaseExecutor.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from casework.review_marks import OwnMark, Place, own_marks, series_title
from casework.worklist import case_for_review, viewer_studies
from desktop.viewers.launcher import ViewerLauncher
from desktop.viewers.measurements import source_label
from desktop.views.attachments import SeriesChoice
from desktop.words import tr_marked, tr_review
from desktop.workers import DatabaseExecutor, call
from local_store.dicom_index import Series, Study
from local_store.store import Store
from wording.review import own_mark_text, place_text


def place_line(place: Place | None, uid: str, frame: int) -> str:
    """ "CT CHEST, image 3": where an image is in the case as the clinic sent it."""
    return place_text(
        series_title(place.modality, place.description) if place else "",
        place.instance_number if place else None,
        place.frames if place else 1,
        frame,
        uid,
        tr_marked,
    )


def mark_line(mark: OwnMark) -> str:
    """The mark as the review lists it: a length says where its millimetres come from."""
    text = reference_line(mark)
    if mark.unit == "mm" and mark.calibration_source:
        text += f" ({source_label(mark.calibration_source)})"
    return text


def reference_line(mark: OwnMark) -> str:
    """The one line the opinion refers to the mark with."""
    where = place_line(mark.place, mark.sop_instance_uid, mark.frame)
    return own_mark_text(
        mark.kind, where, note=mark.note, value=mark.value, unit=mark.unit, translate=tr_marked
    )


def series_of(studies: list[Study], place: Place | None) -> tuple[Study, Series] | None:
    """The study and series the viewer opens for an image placed in the case."""
    if place is None:
        return None
    for study in studies:
        for series in study.series:
            if series.series_uid == place.series_uid:
                return study, series
    return None


@dataclass(frozen=True)
class CaseMarks:
    case_id: str
    bundle_id: str
    studies: list[Study]
    marks: list[OwnMark]


def read_case_marks(store: Store, bundle_id: str) -> CaseMarks:
    """The received case's series and the specialist's marks on it (the case is not marked
    opened again: the review beside the editor did that)."""
    view: dict[str, Any] = case_for_review(store, bundle_id)
    return CaseMarks(view["case_id"], bundle_id, viewer_studies(view), own_marks(store, view))


class OwnMarksList(QWidget):
    """The specialist's marks on one received case, read-only, each with View and Insert."""

    insert_requested = Signal(str)  # the mark's one-line reference
    loaded = Signal()

    def __init__(self, executor: DatabaseExecutor, bundle_id: str, parent=None) -> None:
        super().__init__(parent)
        self.executor = executor
        self.bundle_id = bundle_id
        self.found: CaseMarks | None = None
        self.viewers = ViewerLauncher(executor, self)
        self.viewers.marks_changed.connect(self.reload)
        self.lines: list[QLabel] = []
        self.view_buttons: list[QPushButton | None] = []
        self.insert_buttons: list[QPushButton] = []
        self._insert_enabled = True
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(4)

    @Slot()
    def reload(self) -> None:
        """Read the marks again (when the editor opens and each time its window comes back
        to the front: the specialist may have marked more in the review's viewer)."""
        self.executor.submit(
            call(read_case_marks, self.executor.store, self.bundle_id), succeeded=self._on_read
        )

    @Slot(object)
    def _on_read(self, found: CaseMarks) -> None:
        if found.bundle_id != self.bundle_id:
            return
        self.found = found
        while self.rows.count():
            item = self.rows.takeAt(0)
            layout = item.layout()
            if layout is not None:
                while layout.count():
                    child = layout.takeAt(0).widget()
                    if child is not None:
                        child.deleteLater()
            elif item.widget() is not None:
                item.widget().deleteLater()
        self.lines, self.view_buttons, self.insert_buttons = [], [], []
        if not found.marks:
            hint = QLabel(tr_review("own_marks_none_editor"))
            hint.setObjectName("fieldHint")
            hint.setWordWrap(True)
            self.rows.addWidget(hint)
        for mark in found.marks:
            self._row(mark, found.studies)
        self.set_insert_enabled(self._insert_enabled)
        self.loaded.emit()

    def _row(self, mark: OwnMark, studies: list[Study]) -> None:
        row = QHBoxLayout()
        line = QLabel(mark_line(mark))
        line.setObjectName("ownMark")
        line.setWordWrap(True)
        line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(line, 1)
        self.lines.append(line)
        view_button = None
        if series_of(studies, mark.place) is not None:
            view_button = QPushButton(tr_review("view"))
            view_button.setToolTip(tr_review("view_image_tip"))
            view_button.clicked.connect(lambda _=False, m=mark: self.open_mark(m))
            row.addWidget(view_button, 0, Qt.AlignmentFlag.AlignTop)
        self.view_buttons.append(view_button)
        insert = QPushButton(tr_review("insert_reference"))
        insert.setToolTip(tr_review("insert_reference_tip"))
        # The box being written in keeps the focus (and its cursor) while Insert is clicked.
        insert.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        insert.clicked.connect(
            lambda _=False, m=mark: self.insert_requested.emit(reference_line(m))
        )
        row.addWidget(insert, 0, Qt.AlignmentFlag.AlignTop)
        self.insert_buttons.append(insert)
        self.rows.addLayout(row)

    def set_insert_enabled(self, enabled: bool) -> None:
        """A signed opinion is read-only: nothing to insert into."""
        self._insert_enabled = enabled
        for button in self.insert_buttons:
            button.setEnabled(enabled)

    def open_mark(self, mark: OwnMark) -> None:
        """The image viewer on the mark's series, at its image."""
        found = self.found
        where = series_of(found.studies, mark.place) if found else None
        if found is None or where is None:
            return
        self.viewers.open(
            found.case_id,
            SeriesChoice(*where),
            received=self.bundle_id,
            at=(mark.sop_instance_uid, mark.frame),
        )
