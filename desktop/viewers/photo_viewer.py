"""The photo viewer: a phone photo of a paper report, upright, with zoom, pan, turn, crop and
contrast, saved as a new version while the original stays as it was.

All Pillow work (decoding, EXIF orientation, edits) runs on a one-thread pool; the screen shows
a preview of at most PREVIEW_MAX_SIDE pixels, so a 100-megapixel photo costs a few megabytes
and never blocks the window. Edits are a ``PhotoEdits`` value (turns, crop as fractions, paper
contrast) applied to the preview for display and to the full photo only when saved.
``PhotoViewer(source)`` works on a path or bytes with no store; give it a ``VersionSaver`` to
offer "Save as new version".
Thread-safety: GUI thread only; the work runs on the pools.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import style
from desktop.words import tr_error
from desktop.workers import DatabaseExecutor, JobPool, call
from local_store.errors import StoreError
from local_store.photo_versions import (
    PhotoEdits,
    apply_edits,
    attach_version,
    load_preview,
    render_edit,
    stage_version,
)

ZOOM_STEP = 1.25
MIN_CROP_FRACTION = 0.02  # a smaller drag is a click, not a crop


def to_qimage(image) -> QImage:
    """A PIL image as a QImage that owns its pixels (safe to pass between threads).

    The pixels are copied into a QImage Qt allocated: QImage built over a Python bytes object
    crashed this PySide6 (a reference count error once the bytes were released).
    RGBX keeps every line 32-bit aligned, so one copy of the whole buffer is enough.
    """
    rgbx = image.convert("RGBX")
    qimage = QImage(rgbx.width, rgbx.height, QImage.Format.Format_RGBX8888)
    memoryview(qimage.bits())[:] = rgbx.tobytes()
    return qimage


class VersionSaver(QObject):
    """Stores an edited photo as a new attachment derived from the one on screen.

    The edit is rendered at full size and encrypted on the general pool, then recorded by the
    database executor in one short transaction.
    """

    saved = Signal(object)  # the new Attachment
    failed = Signal(object)  # the exception

    def __init__(
        self,
        store,
        db: DatabaseExecutor,
        pool: JobPool,
        attachment_id: str,
        original_name: str,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.store, self.db, self.pool = store, db, pool
        self.attachment_id = attachment_id
        self.original_name = original_name
        self._edits: PhotoEdits | None = None

    def save(self, source: Path | bytes, edits: PhotoEdits) -> None:
        self._edits = edits
        store, name = self.store, self.original_name

        def work(cancel: threading.Event, progress):
            return stage_version(store, render_edit(source, edits), name)

        self.pool.submit(work, succeeded=self._on_staged, failed=self._on_failed)

    @Slot(object)
    def _on_staged(self, staged) -> None:
        self.db.submit(
            call(attach_version, self.store, self.attachment_id, staged, self._edits),
            succeeded=self._on_saved,
            failed=self._on_failed,
        )

    @Slot(object)
    def _on_saved(self, attachment) -> None:
        self.saved.emit(attachment)

    @Slot(object)
    def _on_failed(self, error) -> None:
        self.failed.emit(error)


class PhotoCanvas(QGraphicsView):
    """The picture: wheel or buttons to zoom, drag to pan, or drag a rectangle in crop mode."""

    crop_drawn = Signal(QRectF)  # fractions of the picture (0..1)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setBackgroundBrush(QColor("#3a3a3a"))
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.item)
        self.band = QGraphicsRectItem()
        self.band.setPen(QPen(QColor("#ffcc00"), 0, Qt.PenStyle.DashLine))
        self.band.setBrush(QBrush(QColor(255, 204, 0, 50)))
        self.band.setZValue(1)
        self.band.hide()
        self.scene().addItem(self.band)
        self.crop_mode = False
        self._anchor: QPointF | None = None
        self.fitted = True

    def set_image(self, image: QImage) -> None:
        self.item.setPixmap(QPixmap.fromImage(image))
        self.scene().setSceneRect(QRectF(self.item.pixmap().rect()))
        if self.fitted:
            self.fit()

    def fit(self) -> None:
        self.fitted = True
        if not self.item.pixmap().isNull():
            self.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)

    def zoom(self, factor: float) -> None:
        self.fitted = False
        self.scale(factor, factor)

    def zoom_level(self) -> float:
        return self.transform().m11()

    def set_crop_mode(self, on: bool) -> None:
        self.crop_mode = on
        self.band.hide()
        self.setDragMode(
            QGraphicsView.DragMode.NoDrag if on else QGraphicsView.DragMode.ScrollHandDrag
        )
        self.viewport().setCursor(
            Qt.CursorShape.CrossCursor if on else Qt.CursorShape.OpenHandCursor
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fitted:
            self.fit()

    def wheelEvent(self, event) -> None:
        self.zoom(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)

    def mousePressEvent(self, event) -> None:
        if self.crop_mode and event.button() == Qt.MouseButton.LeftButton:
            self._anchor = self.mapToScene(event.position().toPoint())
            self.band.setRect(QRectF(self._anchor, self._anchor))
            self.band.show()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self.crop_mode and self._anchor is not None:
            here = self.mapToScene(event.position().toPoint())
            self.band.setRect(QRectF(self._anchor, here).normalized())
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self.crop_mode and self._anchor is not None:
            self._anchor = None
            rect = self.band.rect().intersected(self.sceneRect())
            size = self.sceneRect().size()
            if size.width() > 0 and size.height() > 0:
                fraction = QRectF(
                    rect.x() / size.width(),
                    rect.y() / size.height(),
                    rect.width() / size.width(),
                    rect.height() / size.height(),
                )
                if min(fraction.width(), fraction.height()) >= MIN_CROP_FRACTION:
                    self.crop_drawn.emit(fraction)
            return
        super().mouseReleaseEvent(event)


class PhotoViewer(QWidget):
    """One photo. ``state`` is "loading", "ready" or an error code from local_store."""

    shown = Signal()  # a (new) picture is on screen
    version_saved = Signal(object)

    def __init__(
        self,
        source: str | Path | bytes,
        *,
        saver: VersionSaver | None = None,
        title: str = "",
        parent=None,
    ) -> None:
        super().__init__(parent)
        style.apply()
        self.setWindowTitle(title or self.tr("Photo"))
        self.source = source if isinstance(source, bytes) else Path(source)
        self.saver = saver
        self.pool = JobPool(1, self)
        self.state = "loading"
        self.preview = None  # upright PIL image, reduced for the screen
        self.edits = PhotoEdits()
        self.saved_edits: PhotoEdits | None = None
        self._undo: list[PhotoEdits] = []
        self._render_pending = False
        self._rendering = False
        self.displayed_size: tuple[int, int] | None = None
        self._build()
        if saver is not None:
            saver.saved.connect(self._on_saved)
            saver.failed.connect(self._on_save_failed)
        source_ref = self.source
        self.pool.submit(
            call(load_preview, source_ref), succeeded=self._on_preview, failed=self._on_load_failed
        )

    # ---- layout

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        bar = QHBoxLayout()
        self.left_button = QPushButton(self.tr("Turn left"))
        self.left_button.clicked.connect(self.turn_left)
        self.right_button = QPushButton(self.tr("Turn right"))
        self.right_button.clicked.connect(self.turn_right)
        self.crop_button = QPushButton(self.tr("Crop"))
        self.crop_button.setCheckable(True)
        self.crop_button.setToolTip(self.tr("Drag a rectangle around the part to keep"))
        self.crop_button.toggled.connect(self._on_crop_toggled)
        self.enhance_button = QPushButton(self.tr("Make text clearer"))
        self.enhance_button.setCheckable(True)
        self.enhance_button.setToolTip(
            self.tr("Grey picture with stronger contrast, for photographed paper reports")
        )
        self.enhance_button.toggled.connect(self._on_enhance_toggled)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo)
        self.reset_button = QPushButton(self.tr("Back to original"))
        self.reset_button.clicked.connect(self.reset)
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Smaller"))
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Larger"))
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_button = QPushButton(self.tr("Fit"))
        self.fit_button.clicked.connect(self.fit)
        self.save_button = QPushButton(self.tr("Save as new version"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(self.saver is not None)
        for widget in (self.left_button, self.right_button, self.crop_button):
            bar.addWidget(widget)
        bar.addWidget(self.enhance_button)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.reset_button)
        bar.addStretch(1)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_button)
        bar.addSpacing(8)
        bar.addWidget(self.save_button)
        self.toolbar = QWidget()
        bar.setContentsMargins(0, 0, 0, 0)
        self.toolbar.setLayout(bar)
        self.toolbar.setEnabled(False)
        layout.addWidget(self.toolbar)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout.addWidget(self.banner)
        self.canvas = PhotoCanvas()
        self.canvas.crop_drawn.connect(self._on_crop_drawn)
        layout.addWidget(self.canvas, 1)
        self.message = QLabel(self.tr("Opening the photo…"))
        self.message.setObjectName("emptyState")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.canvas.hide()
        self._update_buttons()

    def _set_banner(self, text: str, kind: str = "") -> None:
        self.banner.setText(text)
        self.banner.setProperty("kind", kind)
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner.setVisible(bool(text))

    def _update_buttons(self) -> None:
        edited = not self.edits.is_identity
        self.undo_button.setEnabled(bool(self._undo))
        self.reset_button.setEnabled(edited)
        self.save_button.setEnabled(edited and self.edits != self.saved_edits)
        self.enhance_button.blockSignals(True)
        self.enhance_button.setChecked(self.edits.enhance)
        self.enhance_button.blockSignals(False)

    # ---- loading and drawing

    @Slot(object)
    def _on_preview(self, preview) -> None:
        self.preview = preview
        self.state = "ready"
        self.toolbar.setEnabled(True)
        self.message.hide()
        self.canvas.show()
        self._render()

    @Slot(object)
    def _on_load_failed(self, error) -> None:
        self.state = getattr(error, "code", "photo_unreadable")
        self.message.setText(tr_error(self.state))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _render(self) -> None:
        """Show the preview with the current edits (one render at a time; the last one wins)."""
        if self.preview is None:
            return  # the edits apply once the photo has loaded
        if self._rendering:
            self._render_pending = True
            return
        self._rendering = True
        preview, edits = self.preview, self.edits
        self.pool.submit(
            call(lambda: to_qimage(apply_edits(preview, edits))),
            succeeded=self._on_rendered,
            failed=self._on_load_failed,
        )

    @Slot(object)
    def _on_rendered(self, image: QImage) -> None:
        self._rendering = False
        if self._render_pending:
            self._render_pending = False
            self._render()
            return
        self.displayed_size = (image.width(), image.height())
        self.canvas.set_image(image)
        self.shown.emit()

    # ---- edits

    def _edit(self, edits: PhotoEdits) -> None:
        if edits == self.edits:
            return
        self._undo.append(self.edits)
        self.edits = edits
        self.canvas.fitted = True
        self._update_buttons()
        if self.saver is not None and edits != self.saved_edits and not edits.is_identity:
            self._set_banner(
                self.tr("Not saved yet. Save as a new version; the original photo stays as it was.")
            )
        elif edits.is_identity:
            self._set_banner("")
        self._render()

    @Slot()
    def turn_left(self) -> None:
        self._edit(self.edits.rotated(270))

    @Slot()
    def turn_right(self) -> None:
        self._edit(self.edits.rotated(90))

    def crop(self, left: float, top: float, right: float, bottom: float) -> None:
        """Keep the part between these fractions of the picture as it looks now."""
        self._edit(self.edits.cropped((left, top, right, bottom)))

    @Slot(bool)
    def _on_crop_toggled(self, on: bool) -> None:
        self.canvas.set_crop_mode(on)

    @Slot(QRectF)
    def _on_crop_drawn(self, rect: QRectF) -> None:
        self.crop_button.setChecked(False)
        self.crop(rect.left(), rect.top(), rect.right(), rect.bottom())

    @Slot(bool)
    def _on_enhance_toggled(self, on: bool) -> None:
        self._edit(PhotoEdits(self.edits.rotation, self.edits.crop, on))

    @Slot()
    def undo(self) -> None:
        if self._undo:
            self.edits = self._undo.pop()
            self.canvas.fitted = True
            self._update_buttons()
            self._render()

    @Slot()
    def reset(self) -> None:
        self._edit(PhotoEdits())

    @Slot()
    def zoom_in(self) -> None:
        self.canvas.zoom(ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        self.canvas.zoom(1 / ZOOM_STEP)

    @Slot()
    def fit(self) -> None:
        self.canvas.fit()

    # ---- saving

    @Slot()
    def save(self) -> None:
        if self.saver is None or self.edits.is_identity:
            return
        self.save_button.setEnabled(False)
        self.toolbar.setEnabled(False)
        self._set_banner(self.tr("Saving the new version…"))
        self.saver.save(self.source, self.edits)

    @Slot(object)
    def _on_saved(self, attachment) -> None:
        self.saved_edits = self.edits
        self.toolbar.setEnabled(True)
        self._update_buttons()
        self._set_banner(
            self.tr("Saved as a new version. The original photo is kept unchanged."), "ok"
        )
        self.version_saved.emit(attachment)

    @Slot(object)
    def _on_save_failed(self, error) -> None:
        self.toolbar.setEnabled(True)
        self._update_buttons()
        code = error.code if isinstance(error, StoreError) else "store_error"
        self._set_banner(tr_error(code), "problem")

    def closeEvent(self, event) -> None:
        self.pool.shutdown(2000)
        super().closeEvent(event)
