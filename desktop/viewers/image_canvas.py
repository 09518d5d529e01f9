"""One image on screen: window/level, zoom, pan, rotate, flip, invert, overlays, measurements.

The canvas holds a decoded frame (modality values or RGB) and re-maps it to 8-bit grey through
``imaging.display.to_display`` (a lookup table) whenever the window or invert changes, so a
right-drag never decodes anything. The QImage wraps the numpy array without copying; the array
is kept on the canvas for as long as the QImage lives. Mouse: wheel scrolls images (signal),
Ctrl+wheel zooms, right-drag changes the window, left-drag pans or draws with the chosen
measurement tool. Thread-safety: GUI thread only.
"""

from __future__ import annotations

import itertools

import numpy as np
from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.viewers import measurements as ms
from imaging.display import Window, full_range_window, to_display

OVERLAY_COLOUR = QColor("#f2f2f2")
MEASURE_COLOUR = QColor("#ffd400")
CORNERS = ("top_left", "top_right", "bottom_left", "bottom_right")
MIN_ZOOM, MAX_ZOOM = 0.05, 40.0


class ImageCanvas(QWidget):
    scrolled = Signal(int)  # +1 next image, -1 previous
    window_changed = Signal(object)  # Window
    view_changed = Signal()  # zoom, pan, rotation, flip
    measurement_added = Signal(object)  # Measurement
    pressed = Signal()  # any click: makes this canvas's viewport the active one

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(240, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAutoFillBackground(False)
        self.frame = None  # imaging.pixels.Frame
        self._range = (0.0, 1.0)
        self.window: Window | None = None
        self.invert = False
        self.zoom = 1.0
        self.pan = QPointF(0, 0)
        self.rotation = 0
        self.flip_h = False
        self.flip_v = False
        self.fit_on_resize = True
        self.overlay_visible = True
        self.overlay_text: dict[str, list[str]] = {c: [] for c in CORNERS}
        self.message = ""  # shown in place of the image (loading, cannot decode)
        self.busy_badge = ""  # small note while the next image loads over the current one
        self.tool = "pan"
        self.calibration = None
        self.unit = ""
        self.measurements: list[ms.Measurement] = []
        self._drawing: ms.Measurement | None = None
        self._display: np.ndarray | None = None
        self._qimage: QImage | None = None
        self._drag_start: QPointF | None = None
        self._drag_button = Qt.MouseButton.NoButton
        self._drag_window: Window | None = None
        self._drag_pan = QPointF(0, 0)

    # ---- content -------------------------------------------------------------------------

    @property
    def is_colour(self) -> bool:
        return (
            self.frame is not None
            and getattr(self.frame, "values", None) is not None
            and (self.frame.values.ndim == 3)
        )

    def set_frame(self, frame, window: Window | None = None) -> None:
        first = self.frame is None
        old_shape = None if first else self.frame.values.shape[:2]
        self.frame = frame
        values = frame.values
        self._range = (float(values.min()), float(values.max())) if values.size else (0.0, 1.0)
        if window is not None:
            self.window = window
        elif self.window is None and not self.is_colour:
            self.window = full_range_window(frame)
        self.message = ""
        self.busy_badge = ""
        self._remap()
        if first or old_shape != frame.values.shape[:2] or self.fit_on_resize:
            self.fit()
        self.update()

    def show_message(self, text: str) -> None:
        """Text in place of the image (loading placeholder or a decode failure)."""
        self.frame = None
        self._display = None
        self._qimage = None
        self.message = text
        self.busy_badge = ""
        self.update()

    def set_busy_badge(self, text: str) -> None:
        self.busy_badge = text
        self.update()

    def value_range(self) -> tuple[float, float]:
        return self._range

    def set_window(self, window: Window | None) -> None:
        self.window = window
        if self.frame is not None and window is None and not self.is_colour:
            self.window = full_range_window(self.frame)
        self._remap()
        self.update()
        self.window_changed.emit(self.window)

    def set_invert(self, invert: bool) -> None:
        self.invert = invert
        self._remap()
        self.update()

    def displayed_array(self) -> np.ndarray | None:
        """The 8-bit image as mapped for the screen (before zoom and rotation)."""
        return self._display

    def _remap(self) -> None:
        if self.frame is None:
            return
        window = None if self.is_colour else self.window
        out = np.ascontiguousarray(to_display(self.frame, window, self.invert))
        self._display = out
        height, width = out.shape[:2]
        if out.ndim == 2:
            fmt, line = QImage.Format.Format_Grayscale8, out.strides[0]
        else:
            fmt, line = QImage.Format.Format_RGB888, out.strides[0]
        # No copy: self._display keeps the buffer alive as long as this QImage is used.
        self._qimage = QImage(out.data, width, height, line, fmt)

    # ---- geometry ------------------------------------------------------------------------

    def image_size(self) -> tuple[int, int]:
        if self._display is None:
            return 0, 0
        return self._display.shape[1], self._display.shape[0]

    def transform(self) -> QTransform:
        """Image pixel coordinates to widget coordinates."""
        width, height = self.image_size()
        t = QTransform.fromTranslate(-width / 2, -height / 2)
        t *= QTransform.fromScale(-1 if self.flip_h else 1, -1 if self.flip_v else 1)
        t *= QTransform().rotate(self.rotation)
        t *= QTransform.fromScale(self.zoom, self.zoom)
        t *= QTransform.fromTranslate(
            self.width() / 2 + self.pan.x(), self.height() / 2 + self.pan.y()
        )
        return t

    def to_image(self, point: QPointF) -> tuple[float, float]:
        inverse, _ = self.transform().inverted()
        # Pixel centres sit at integer coordinates, the drawn pixel spans [i, i+1).
        mapped = inverse.map(point)
        return mapped.x() - 0.5, mapped.y() - 0.5

    def to_widget(self, point: tuple[float, float]) -> QPointF:
        return self.transform().map(QPointF(point[0] + 0.5, point[1] + 0.5))

    def fit(self) -> None:
        width, height = self.image_size()
        if not width or not height:
            return
        if self.rotation % 180:
            width, height = height, width
        self.zoom = max(MIN_ZOOM, min(self.width() / width, self.height() / height) * 0.98)
        self.pan = QPointF(0, 0)
        self.fit_on_resize = True
        self.update()
        self.view_changed.emit()

    def one_to_one(self) -> None:
        self.zoom = 1.0
        self.pan = QPointF(0, 0)
        self.fit_on_resize = False
        self.update()
        self.view_changed.emit()

    def zoom_by(self, factor: float) -> None:
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom * factor))
        self.fit_on_resize = False
        self.update()
        self.view_changed.emit()

    def rotate(self, degrees: int) -> None:
        self.rotation = (self.rotation + degrees) % 360
        if self.fit_on_resize:
            self.fit()
        self.update()
        self.view_changed.emit()

    def flip(self, horizontal: bool) -> None:
        if horizontal:
            self.flip_h = not self.flip_h
        else:
            self.flip_v = not self.flip_v
        self.update()
        self.view_changed.emit()

    def reset_view(self) -> None:
        self.rotation, self.flip_h, self.flip_v = 0, False, False
        self.fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fit_on_resize:
            self.fit()

    # ---- overlays and measurements -------------------------------------------------------

    def set_overlay(self, corners: dict[str, list[str]]) -> None:
        self.overlay_text = {c: list(corners.get(c, [])) for c in CORNERS}
        self.update()

    def set_overlay_visible(self, visible: bool) -> None:
        self.overlay_visible = visible
        self.update()

    def set_tool(self, tool: str) -> None:
        self.tool = tool
        self._drawing = None
        cursor = Qt.CursorShape.OpenHandCursor if tool == "pan" else Qt.CursorShape.CrossCursor
        self.setCursor(cursor)
        self.update()

    def set_measurements(self, items: list[ms.Measurement], calibration, unit: str) -> None:
        self.measurements = items
        self.calibration = calibration
        self.unit = unit
        self._drawing = None
        self.update()

    def add_measurement(self, m: ms.Measurement) -> None:
        values = self.frame.values if self.frame is not None else None
        m.label = ms.describe(m, values, self.calibration, self.unit)
        self.measurements.append(m)
        self.update()
        self.measurement_added.emit(m)

    # ---- input ---------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if not steps:
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15**steps)
        else:
            self.scrolled.emit(-1 if steps > 0 else 1)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        self.pressed.emit()
        pos = event.position()
        if event.button() == Qt.MouseButton.RightButton and self.frame is not None:
            if not self.is_colour:
                self._drag_button = Qt.MouseButton.RightButton
                self._drag_start = pos
                self._drag_window = self.window
            return
        if event.button() != Qt.MouseButton.LeftButton or self.frame is None:
            return
        if self.tool == "pan":
            self._drag_button = Qt.MouseButton.LeftButton
            self._drag_start = pos
            self._drag_pan = QPointF(self.pan)
            return
        point = self.to_image(pos)
        if self._drawing is None:
            self._drawing = ms.Measurement(self.tool, [point, point])
        else:
            # The angle's third point: the vertex is already fixed.
            self._drawing.points[-1] = point
            if self._drawing.complete():
                self._finish_drawing()
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._drag_start is not None and self._drag_button == Qt.MouseButton.RightButton:
            self._drag_window_to(pos)
            return
        if self._drag_start is not None and self._drag_button == Qt.MouseButton.LeftButton:
            delta = pos - self._drag_start
            self.pan = self._drag_pan + delta
            self.fit_on_resize = False
            self.update()
            return
        if self._drawing is not None:
            self._drawing.points[-1] = self.to_image(pos)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag_start is not None and event.button() == self._drag_button:
            self._drag_start = None
            self._drag_button = Qt.MouseButton.NoButton
            if event.button() == Qt.MouseButton.LeftButton:
                self.view_changed.emit()
            return
        if self._drawing is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self._drawing.points[-1] = self.to_image(event.position())
        start, end = self._drawing.points[0], self._drawing.points[-1]
        if abs(start[0] - end[0]) + abs(start[1] - end[1]) < 1:
            return  # a click, not a drag: the next click ends this part
        if self._drawing.kind == "angle" and len(self._drawing.points) == 2:
            # The vertex is set; the third point follows the mouse until the next click.
            self._drawing.points.append(self._drawing.points[-1])
            self.update()
            return
        self._finish_drawing()

    def cancel_drawing(self) -> bool:
        """Drop a measurement still being drawn; True if there was one."""
        if self._drawing is None:
            return False
        self._drawing = None
        self.update()
        return True

    def _finish_drawing(self) -> None:
        m, self._drawing = self._drawing, None
        if m is not None and m.complete():
            self.add_measurement(m)

    def _drag_window_to(self, pos: QPointF) -> None:
        base = self._drag_window or self.window
        if base is None:
            return
        lo, hi = self.value_range()
        # About 500 mouse pixels sweep the frame's whole value range.
        step = max((hi - lo) / 500.0, 0.01)
        delta = pos - self._drag_start
        width = max(1.0, base.width + delta.x() * step)
        # As in OHIF/cornerstone: right widens the window, down raises the level (darker).
        center = base.center + delta.y() * step
        # A dragged window replaces a file's VOI LUT table with a plain linear window.
        function = "LINEAR" if base.lut is not None else base.function
        self.set_window(Window(center, width, function))

    # ---- painting ------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        if self._qimage is not None:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self.zoom < 4)
            painter.setTransform(self.transform())
            painter.drawImage(QPointF(0, 0), self._qimage)
            painter.restore()
            self._paint_measurements(painter)
        if self.message:
            painter.setPen(OVERLAY_COLOUR)
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * 1.3)
            painter.setFont(font)
            # A readable line length, centred, clear of the corner texts.
            width = min(self.width() - 80, 640)
            box = QRect((self.width() - width) // 2, 80, width, self.height() - 160)
            painter.drawText(
                box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.message
            )
        if self.overlay_visible:
            self._paint_overlays(painter)
        if self.busy_badge:
            self._shadow_text(
                painter,
                QRectF(self.rect()).adjusted(8, 8, -8, -8),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                self.busy_badge,
            )
        if self.hasFocus():
            painter.setPen(QPen(QColor("#2f7fd8"), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        painter.end()

    def _shadow_text(self, painter: QPainter, box: QRectF, flags, text: str) -> None:
        painter.setPen(QColor(0, 0, 0, 220))
        painter.drawText(box.translated(1, 1), flags, text)
        painter.setPen(OVERLAY_COLOUR)
        painter.drawText(box, flags, text)

    def _paint_overlays(self, painter: QPainter) -> None:
        box = QRectF(self.rect()).adjusted(10, 8, -10, -8)
        align = {
            "top_left": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            "top_right": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
            "bottom_left": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            "bottom_right": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
        }
        painter.setFont(self.font())
        for corner, lines in self.overlay_text.items():
            if lines:
                self._shadow_text(painter, box, align[corner], "\n".join(lines))

    def _paint_measurements(self, painter: QPainter) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        items = list(self.measurements)
        if self._drawing is not None:
            items.append(self._drawing)
        for m in items:
            self._paint_one(painter, m)
        painter.restore()

    def _paint_one(self, painter: QPainter, m: ms.Measurement) -> None:
        pen = QPen(MEASURE_COLOUR, 2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        points = [self.to_widget(p) for p in m.points]
        if m.kind == "ellipse" and len(points) >= 2:
            # The ellipse follows rotation and flips, so draw it in image space.
            (cx, cy), (rx, ry) = ms.ellipse_geometry(m.points[0], m.points[1])
            path = QPainterPath()
            path.addEllipse(QPointF(cx + 0.5, cy + 0.5), rx, ry)
            painter.drawPath(self.transform().map(path))
            anchor = self.to_widget((cx + rx, cy + ry))
        else:
            for p, q in itertools.pairwise(points):
                painter.drawLine(p, q)
            for p in points:
                painter.drawEllipse(p, 3, 3)
            anchor = points[-1]
        if m.label:
            lines = m.label.split("\n")
            metrics = painter.fontMetrics()
            width = max(metrics.horizontalAdvance(line) for line in lines) + 12
            height = metrics.height() * len(lines) + 8
            x = min(anchor.x() + 8, self.width() - width - 4)
            y = min(anchor.y() + 8, self.height() - height - 4)
            box = QRectF(max(x, 4), max(y, 4), width, height)
            painter.fillRect(box, QColor(0, 0, 0, 170))
            painter.setPen(MEASURE_COLOUR)
            painter.drawText(box.adjusted(6, 4, -6, -4), Qt.AlignmentFlag.AlignLeft, m.label)
