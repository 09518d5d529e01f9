"""One series on screen: the canvas, a slider, navigation, cine and per-image measurements.

A series of several instances scrolls by instance; a series of one multi-frame instance (an
ultrasound clip) scrolls by frame. Frames come from the shared ``FrameLoader``: the visible one
is asked for first and shown as soon as it arrives ("Loading" until then), neighbours are
prefetched in the scrolling direction. Cine advances at the file's frame time and waits for a
frame that is not decoded yet instead of skipping it. Measurements kept with the case
(``kept``, by SOP instance UID and frame) are drawn again, labelled from the image, the first
time their frame shows; new and cleared ones are announced (``measured``,
``measurements_cleared``) for the window to keep. Thread-safety: GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QSlider, QVBoxLayout, QWidget

import wording.viewing
from desktop.viewers import measurements as ms
from desktop.viewers import overlays
from desktop.viewers.frame_loader import FrameLoader, InstanceHeader, LoadResult
from desktop.viewers.image_canvas import ImageCanvas
from desktop.viewers.series_input import InstanceInput, MeasurementMark, SeriesInput
from imaging.display import default_window

STACK_CINE_MS = 100  # a CT stack has no frame time: ten images a second
MIN_CINE_MS = 10


def decode_error_text(code: str, syntax_name: str) -> str:
    """The words for a decode failure, translated, with the transfer syntax named."""
    table = wording.viewing.DECODE_ERROR
    text = QCoreApplication.translate(wording.CONTEXT, table.get(code, table["corrupt"]))
    unknown = QCoreApplication.translate("Viewport", "an unknown form")
    return text.replace("{syntax}", syntax_name or unknown)


class Viewport(QFrame):
    position_changed = Signal(int, int)  # delta applied, new position
    activated = Signal()
    image_shown = Signal()
    window_adjusted = Signal()  # the window/level was set by hand (a right-drag)
    measured = Signal(str, int, object)  # SOP instance UID, frame, the finished Measurement
    measurements_cleared = Signal(str, int)  # SOP instance UID, frame

    def __init__(self, loader: FrameLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loader = loader
        self.series: SeriesInput | None = None
        self.position = 0
        self.frame_in_instance = 0
        self.user_window = None  # set by right-drag or a preset; None = the file's own
        self.preset_name = ""
        self._setting_window = False
        self.shown: LoadResult | None = None
        self._wanted: tuple[str, int] | None = None
        self._start_at: int | None = None  # where show_at asked to be, until it can be
        self._measurements: dict[tuple[str, int], list[ms.Measurement]] = {}
        # Measurements kept with the case, by (SOP instance UID, frame): drawn again the first
        # time their image shows here. The window shares one dict with both viewports.
        self.kept: dict[tuple[str, int], list[MeasurementMark]] = {}
        self._direction = 1
        self.owner = f"viewport-{id(self)}"

        self.canvas = ImageCanvas(self)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("imageSlider")
        self.slider.setMinimum(0)
        self.slider.setPageStep(1)
        self.slider.setAccessibleName(self.tr("Image in series"))
        self.empty = QLabel(self.tr("Choose a series on the left to show it here."), self)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.slider)
        self.canvas.hide()
        self.slider.hide()

        self.cine = QTimer(self)
        self.cine.timeout.connect(self._cine_tick)
        self.canvas.scrolled.connect(self._wheel)
        self.canvas.pressed.connect(self.activated)
        self.canvas.window_changed.connect(self._window_dragged)
        self.canvas.view_changed.connect(self._refresh_overlay)
        self.canvas.measurement_added.connect(self._measured)
        self.slider.valueChanged.connect(self._slider_moved)
        loader.ready.connect(self._loaded)

    # ---- navigation ----------------------------------------------------------------------

    def set_series(self, series: SeriesInput | None) -> None:
        self.stop_cine()
        self.series = series
        self._start_at = None
        self.position = 0
        self.frame_in_instance = 0
        self.user_window = None
        self.preset_name = ""
        self.shown = None
        has = series is not None and bool(series.instances)
        self.empty.setVisible(not has)
        self.canvas.setVisible(has)
        self.slider.setVisible(has)
        if has:
            self.canvas.window = None
            self.canvas.show_message(self.tr("Loading…"))
            self._update_slider()
            self._show_current()

    @property
    def single_clip(self) -> bool:
        return self.series is not None and len(self.series.instances) == 1

    def count(self) -> int:
        if self.series is None:
            return 0
        if self.single_clip:
            header = self.loader.header(self.series.instances[0].key)
            return header.frames if header else 1
        return len(self.series.instances)

    def current(self) -> tuple[InstanceInput, int] | None:
        if self.series is None or not self.series.instances:
            return None
        if self.single_clip:
            return self.series.instances[0], self.position
        return self.series.instances[self.position], self.frame_in_instance

    def current_header(self) -> InstanceHeader | None:
        now = self.current()
        return self.loader.header(now[0].key) if now else None

    def step(self, delta: int) -> None:
        self.go_to(self.position + delta)

    def go_to(self, position: int) -> None:
        total = self.count()
        if total == 0:
            return
        position = max(0, min(total - 1, position))
        if position == self.position:
            return
        delta = position - self.position
        self._direction = 1 if delta > 0 else -1
        self.position = position
        self.frame_in_instance = 0
        self._update_slider()
        self._show_current()
        self.position_changed.emit(delta, position)

    def show_at(self, position: int) -> None:
        """Show ``position`` of the series now, or as soon as it can be: a one-file clip's
        frames are counted only once its header is read."""
        self._start_at = position
        self._go_to_start()

    def _go_to_start(self) -> None:
        if self._start_at is None or self.series is None:
            return
        if self.single_clip and self.loader.header(self.series.instances[0].key) is None:
            return  # counted when the first frame arrives (_apply)
        position, self._start_at = self._start_at, None
        self.go_to(position)

    def _update_slider(self) -> None:
        self.slider.blockSignals(True)
        self.slider.setMaximum(max(0, self.count() - 1))
        self.slider.setValue(self.position)
        self.slider.blockSignals(False)

    @Slot(int)
    def _slider_moved(self, value: int) -> None:
        self.go_to(value)

    @Slot(int)
    def _wheel(self, delta: int) -> None:
        self.activated.emit()
        self.step(delta)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        page = max(1, self.count() // 10)
        moves = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_PageDown: page,
            Qt.Key.Key_PageUp: -page,
        }
        if key in moves:
            self.step(moves[key])
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(self.count() - 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event) -> None:
        self.activated.emit()
        super().mousePressEvent(event)

    # ---- loading and showing -------------------------------------------------------------

    def _show_current(self) -> None:
        now = self.current()
        if now is None:
            return
        instance, frame = now
        self._wanted = (instance.key, frame)
        result = self.loader.request(instance, frame, self.owner)
        if result is not None:
            self._apply(result)
        elif self.canvas.frame is None:
            self.canvas.show_message(self.tr("Loading…"))
        else:
            self.canvas.set_busy_badge(self.tr("Loading…"))

    @Slot(object)
    def _loaded(self, result: LoadResult) -> None:
        if self._wanted == (result.key, result.frame):
            self._apply(result)

    def _apply(self, result: LoadResult) -> None:
        self._wanted = None
        self.shown = result
        if self.single_clip and result.header is not None:
            self._update_slider()
        if not result.ok:
            text = decode_error_text(result.error_code, result.syntax_name)
            if self.count() > 1:
                text += "\n\n" + self.tr("The other images of this series can still be shown.")
            self.canvas.show_message(text)
        else:
            header = result.header
            window = self.user_window or (header.default_window if header else None)
            if window is None and not result.values.info.is_colour:
                window = default_window(result.values.info, result.values)
            self.canvas.set_frame(result.values, window)
            calibration = header.calibration if header else None
            unit = "HU" if header and header.info.modality == "CT" else ""
            key = (result.key, result.frame)
            if key not in self._measurements:
                self._measurements[key] = self._kept_on(result, calibration, unit)
            self.canvas.set_measurements(self._measurements[key], calibration, unit)
        self._refresh_overlay()
        self._prefetch()
        self.image_shown.emit()
        self._go_to_start()

    def _prefetch(self) -> None:
        if self.series is None:
            return
        wanted = []
        for offset in range(1, 5):
            position = self.position + offset * self._direction
            if 0 <= position < self.count():
                if self.single_clip:
                    wanted.append((self.series.instances[0], position))
                else:
                    wanted.append((self.series.instances[position], 0))
        self.loader.prefetch(wanted)

    # ---- window, presets, overlays -------------------------------------------------------

    def set_window(self, window, preset_name: str = "") -> None:
        self.user_window = window
        self.preset_name = preset_name
        if window is None:
            header = self.current_header()
            window = header.default_window if header else None
            frame = self.canvas.frame
            if window is None and frame is not None and not frame.info.is_colour:
                window = default_window(frame.info, frame)
        self._setting_window = True
        try:
            self.canvas.set_window(window)
        finally:
            self._setting_window = False
        self._refresh_overlay()

    @Slot(object)
    def _window_dragged(self, window) -> None:
        # The file's own window or a preset, set above, is not a window set by hand.
        if self._setting_window:
            self._refresh_overlay()
            return
        if window is not None and window != self.user_window:
            self.user_window = window
            self.preset_name = ""
            self.window_adjusted.emit()
        self._refresh_overlay()

    @Slot()
    def _refresh_overlay(self) -> None:
        if self.series is None:
            return
        header = self.shown.header if self.shown is not None else None
        frames = header.frames if header else 1
        now = self.current()
        frame = now[1] if now else 0
        corner = overlays.corners(
            header.dataset if header else None,
            image=self.position,
            images=self.count(),
            frame=frame,
            frames=frames if not self.single_clip else 1,
            window=self.canvas.window if not self.canvas.is_colour else None,
            preset=self.preset_name,
            zoom=self.canvas.zoom if self.canvas.frame is not None else None,
            rotation=self.canvas.rotation,
            flipped=self.canvas.flip_h or self.canvas.flip_v,
            invert=self.canvas.invert,
        )
        self.canvas.set_overlay(corner)

    def _kept_on(self, result: LoadResult, calibration, unit: str) -> list[ms.Measurement]:
        """The measurements kept with the case for this frame, labelled from this image."""
        uid = self._uid(result)
        found = []
        for mark in self.kept.get((uid, result.frame), []) if uid else []:
            m = ms.Measurement(mark.kind, [tuple(p) for p in mark.points])
            if m.complete():
                m.label = ms.describe(m, result.values.values, calibration, unit)
                found.append(m)
        return found

    @staticmethod
    def _uid(result: LoadResult | None) -> str:
        header = result.header if result is not None else None
        return str(header.dataset.get("SOPInstanceUID", "")) if header is not None else ""

    @Slot(object)
    def _measured(self, m) -> None:
        self._refresh_overlay()
        uid = self._uid(self.shown)
        if uid and self.shown is not None:
            self.measured.emit(uid, self.shown.frame, m)

    def clear_measurements(self) -> None:
        if self.shown is not None:
            had = bool(self._measurements.get((self.shown.key, self.shown.frame)))
            self._measurements[(self.shown.key, self.shown.frame)] = []
            self.canvas.set_measurements(
                self._measurements[(self.shown.key, self.shown.frame)],
                self.canvas.calibration,
                self.canvas.unit,
            )
            uid = self._uid(self.shown)
            if had and uid:
                self.measurements_cleared.emit(uid, self.shown.frame)

    # ---- cine ----------------------------------------------------------------------------

    def frame_time_ms(self) -> float:
        header = self.current_header()
        if header is not None:
            value = getattr(header.info, "frame_time_ms", None)
            if value:
                return max(MIN_CINE_MS, float(value))
        return STACK_CINE_MS

    def start_cine(self) -> None:
        if self.count() > 1 or (self.current_header() and self.current_header().frames > 1):
            self.cine.start(round(self.frame_time_ms()))

    def stop_cine(self) -> None:
        self.cine.stop()

    @property
    def playing(self) -> bool:
        return self.cine.isActive()

    @Slot()
    def _cine_tick(self) -> None:
        if self._wanted is not None:
            return  # the last frame is still decoding: wait rather than skip
        header = self.current_header()
        if not self.single_clip and header is not None and header.frames > 1:
            self.frame_in_instance = (self.frame_in_instance + 1) % header.frames
            self._show_current()
            self._refresh_overlay()
            return
        total = self.count()
        if total > 1:
            self._direction = 1
            self.go_to((self.position + 1) % total)
        interval = round(self.frame_time_ms())
        if self.cine.interval() != interval:
            self.cine.setInterval(interval)
