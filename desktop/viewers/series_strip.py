"""The series strip: one tile per series (thumbnail, title, modality, image count).

Thumbnails are made by ``imaging.thumbnails.thumbnail`` on the viewer's pool from the middle
instance of each series; a tile shows its text at once and its picture when ready, or a plain
"no preview" tile when the pixels cannot be decoded. Thread-safety: GUI thread only; the
thumbnail work runs on pool threads and returns a numpy array.
"""

from __future__ import annotations

import logging
import threading

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from desktop.viewers.series_input import SeriesInput
from desktop.workers import JobPool
from imaging.thumbnails import thumbnail

log = logging.getLogger(__name__)

THUMB = 112


def to_pixmap(array: np.ndarray) -> QPixmap:
    array = np.ascontiguousarray(array)
    height, width = array.shape[:2]
    fmt = QImage.Format.Format_Grayscale8 if array.ndim == 2 else QImage.Format.Format_RGB888
    # copy(): the pixmap must not depend on the numpy buffer once this function returns.
    image = QImage(array.data, width, height, array.strides[0], fmt).copy()
    return QPixmap.fromImage(image)


def _framed(pixmap: QPixmap | None) -> QIcon:
    canvas = QPixmap(THUMB, THUMB)
    canvas.fill(QColor("#111111"))
    if pixmap is not None and not pixmap.isNull():
        scaled = pixmap.scaled(
            THUMB,
            THUMB,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        painter = QPainter(canvas)
        painter.drawPixmap((THUMB - scaled.width()) // 2, (THUMB - scaled.height()) // 2, scaled)
        painter.end()
    icon = QIcon(canvas)
    # The same picture when selected: Qt's default tints it blue, which would change the image.
    icon.addPixmap(canvas, QIcon.Mode.Selected)
    return icon


class SeriesStrip(QListWidget):
    series_chosen = Signal(int)

    def __init__(self, pool: JobPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pool = pool
        self.setObjectName("seriesStrip")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.TopToBottom)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setSpacing(4)
        self.setWordWrap(True)
        self.setGridSize(QSize(THUMB + 44, THUMB + 96))
        self.setFixedWidth(THUMB + 66)
        self.setAccessibleName(self.tr("Series"))
        self.currentRowChanged.connect(self._chosen)
        self._cancel = threading.Event()
        self.pending = 0

    def set_series(self, series: list[SeriesInput]) -> None:
        self._cancel.set()
        self._cancel = threading.Event()
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)
        for index, s in enumerate(series):
            count = len(s.instances)
            text = "\n".join(
                line
                for line in (
                    s.title or self.tr("Series {n}").format(n=index + 1),
                    self.tr("{modality} · {n} images").format(modality=s.modality, n=count)
                    if count != 1
                    else s.modality,
                )
                if line
            )
            item = QListWidgetItem(_framed(None), text)
            item.setToolTip(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            item.setData(Qt.ItemDataRole.UserRole, index)
            # Room for a two-line title and the modality line under the picture.
            item.setSizeHint(QSize(THUMB + 40, THUMB + 90))
            self.addItem(item)
            if s.instances:
                self._request(index, s)

    def _request(self, index: int, series: SeriesInput) -> None:
        middle = series.instances[len(series.instances) // 2]

        def work(cancel: threading.Event, progress):
            if cancel.is_set():
                return index, None
            try:
                return index, thumbnail(middle.load(), THUMB)
            except Exception as exc:
                log.info("no thumbnail: %s", type(exc).__name__)
                return index, None

        self.pending += 1
        self.pool.submit(work, succeeded=self._thumbnail_ready, cancel=self._cancel)

    @Slot(object)
    def _thumbnail_ready(self, result) -> None:
        self.pending -= 1
        index, array = result
        item = self.item(index)
        if item is None:
            return
        if array is None:
            item.setIcon(_framed(None))
            item.setText(item.text() + "\n" + self.tr("(no preview)"))
        else:
            item.setIcon(_framed(to_pixmap(array)))

    @Slot(int)
    def _chosen(self, row: int) -> None:
        if row >= 0:
            self.series_chosen.emit(row)
