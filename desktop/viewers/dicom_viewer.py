"""The DICOM viewer window: series strip, one or two viewports, tools, presets, key images.

``DicomViewerWindow(series, key_images=None, measurements=None)`` shows ``SeriesInput`` objects
(see ``series_input``) and never reads the store itself; ``key_images`` is an optional
``KeyImageSink`` that keeps marked frames (``key_image_sink.StoreKeyImages`` for a case), and
``measurements`` an optional ``MeasurementSink`` that keeps measurements with the case and
hands back those drawn before (``measurement_sink.StoreMeasurements``). The preset box names
the preset on screen, or "Custom" after a window set by hand.
Keys: wheel, arrows, PgUp/PgDn, Home/End scroll; Ctrl+wheel, +/- zoom; F fit; Ctrl+0
one-to-one; R rotate; I invert; O overlays; C cine; T tags; K key image; digits pick window
presets. Thread-safety: GUI thread only; decoding happens on the frame loader's pool.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

import wording.cases
import wording.viewing
from desktop import style
from desktop.viewers.frame_loader import FrameLoader
from desktop.viewers.presets import Preset, load_presets
from desktop.viewers.series_input import (
    InstanceInput,
    KeyImageMark,
    KeyImageSink,
    MeasurementMark,
    MeasurementSink,
    SeriesInput,
)
from desktop.viewers.series_strip import SeriesStrip
from desktop.viewers.tag_browser import TagBrowser
from desktop.viewers.viewport import Viewport
from desktop.words import tr_error

__all__ = ["DicomViewerWindow", "InstanceInput", "KeyImageMark", "SeriesInput"]

ACTIVE_BORDER = 'QFrame#viewport[active="true"] { border: 2px solid #2f7fd8; }'


class KeyImageDialog(QDialog):
    def __init__(self, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark as key image"))
        self.resize(460, 260)
        label = QLabel(self.tr("Note for the specialist (what to look at in this image):"), self)
        label.setWordWrap(True)
        self.note = QPlainTextEdit(self)
        self.note.setPlainText(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.note, 1)
        layout.addWidget(buttons)


# The preset box's data for "Custom": a window set by hand, not one of the presets.
CUSTOM = "custom"


class DicomViewerWindow(QMainWindow):
    def __init__(
        self,
        series: list[SeriesInput],
        key_images: KeyImageSink | None = None,
        parent: QWidget | None = None,
        measurements: MeasurementSink | None = None,
    ) -> None:
        super().__init__(parent)
        style.apply()
        self.setWindowTitle(self.tr("Images"))
        self.resize(1280, 760)
        self.series = list(series)
        self.sink = key_images
        self.marks: dict[tuple[str, int], str] = {
            (m.sop_instance_uid, m.frame): m.note for m in getattr(key_images, "known", []) or []
        }
        self.measurement_sink = measurements
        kept: dict[tuple[str, int], list[MeasurementMark]] = {}
        for mark in getattr(measurements, "known", []) or []:
            kept.setdefault((mark.sop_instance_uid, mark.frame), []).append(mark)
        self.presets: list[Preset] = load_presets()
        self.loader = FrameLoader(self)
        self.strip = SeriesStrip(self.loader.pool, self)
        self.viewports = [Viewport(self.loader, self), Viewport(self.loader, self)]
        for viewport in self.viewports:
            viewport.setObjectName("viewport")
            viewport.activated.connect(self._viewport_activated)
            viewport.position_changed.connect(self._viewport_scrolled)
            viewport.image_shown.connect(self._image_shown)
            viewport.window_adjusted.connect(self._window_adjusted)
            viewport.kept = kept
            viewport.measured.connect(self._keep_measurement)
            viewport.measurements_cleared.connect(self._forget_measurements)
        self.active = self.viewports[0]
        self._syncing = False
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for viewport in self.viewports:
            self.splitter.addWidget(viewport)
        self.viewports[1].hide()
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.strip)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.setStyleSheet(ACTIVE_BORDER)
        self._build_toolbars()
        self.hint = QLabel(self._tool_hint("pan"), self)
        self.hint.setObjectName("fieldHint")
        self.statusBar().addWidget(self.hint, 1)
        self.strip.series_chosen.connect(self._series_chosen)
        self.strip.set_series(self.series)
        self._set_active(self.viewports[0])
        if self.series:
            self.strip.setCurrentRow(0)
        else:
            self.statusBar().showMessage(self.tr("This case has no images yet."))

    # ---- toolbars ------------------------------------------------------------------------

    def _action(self, bar: QToolBar, text: str, slot, shortcut=None, checkable=False, tip=""):
        action = QAction(text, self)
        action.setCheckable(checkable)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(
            f"{tip or text} ({QKeySequence(shortcut).toString()})" if shortcut else tip or text
        )
        action.triggered.connect(slot)
        bar.addAction(action)
        return action

    def _build_toolbars(self) -> None:
        tools = QToolBar(self.tr("Tools"), self)
        tools.setObjectName("viewerTools")
        tools.setMovable(False)
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(tools)
        group = QActionGroup(self)
        self.tool_actions = {}
        for key, text, shortcut in (
            ("pan", self.tr("Move"), "M"),
            ("length", self.tr("Length"), "L"),
            ("angle", self.tr("Angle"), "A"),
            ("ellipse", self.tr("Area (ROI)"), "E"),
        ):
            action = self._action(
                tools, text, lambda _=False, k=key: self.set_tool(k), shortcut, True
            )
            group.addAction(action)
            self.tool_actions[key] = action
        self.tool_actions["pan"].setChecked(True)
        self._action(
            tools,
            self.tr("Clear"),
            self._clear_measurements,
            None,
            tip=self.tr("Remove the measurements on this image"),
        )
        tools.addSeparator()
        tools.addWidget(QLabel(self.tr(" Window: "), self))
        self.preset_box = QComboBox(self)
        self.preset_box.setAccessibleName(self.tr("Window preset"))
        self.preset_box.addItem(self.tr("File's own"), None)
        for preset in self.presets:
            self.preset_box.addItem(
                f"{preset.label} ({preset.window.width:g}/{preset.window.center:g})", preset
            )
        # Shown (never chosen) after a right-drag, so the box never names a preset no longer
        # on screen.
        self.preset_box.addItem(
            QCoreApplication.translate(wording.CONTEXT, wording.viewing.CUSTOM_WINDOW), CUSTOM
        )
        self.custom_index = self.preset_box.count() - 1
        self.preset_box.model().item(self.custom_index).setEnabled(False)
        self.preset_box.activated.connect(self._preset_chosen)
        tools.addWidget(self.preset_box)
        for preset in self.presets:
            if preset.shortcut:
                # Digits pick presets without the mouse, as in other viewers (Weasis).
                action = QAction(preset.label, self)
                action.setShortcut(QKeySequence(preset.shortcut))
                action.triggered.connect(lambda _=False, p=preset: self.apply_preset(p))
                self.addAction(action)
        self.invert_action = self._action(tools, self.tr("Invert"), self._invert, "I", True)
        tools.addSeparator()
        self.tags_action = self._action(
            tools,
            self.tr("Tags"),
            self.show_tags,
            "T",
            tip=self.tr("Show all DICOM tags of this image"),
        )
        self.key_action = self._action(
            tools,
            self.tr("Key image…"),
            self.mark_key_image,
            "K",
            tip=self.tr("Mark this image for the specialist, with a note"),
        )

        self.addToolBarBreak()
        view = QToolBar(self.tr("View"), self)
        view.setObjectName("viewerView")
        view.setMovable(False)
        view.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(view)
        self._action(view, self.tr("Fit"), lambda: self.active.canvas.fit(), "F")
        self._action(
            view,
            self.tr("1:1"),
            lambda: self.active.canvas.one_to_one(),
            "1",
            tip=self.tr("One image pixel per screen pixel"),
        )
        self._action(view, self.tr("Zoom +"), lambda: self.active.canvas.zoom_by(1.25), "+")
        self._action(view, self.tr("Zoom −"), lambda: self.active.canvas.zoom_by(0.8), "-")
        self._action(
            view,
            self.tr("Rotate"),
            lambda: self.active.canvas.rotate(90),
            "R",
            tip=self.tr("Rotate 90° clockwise"),
        )
        self._action(
            view,
            self.tr("Flip ↔"),
            lambda: self.active.canvas.flip(True),
            "H",
            tip=self.tr("Flip left-right"),
        )
        self._action(
            view,
            self.tr("Flip ↕"),
            lambda: self.active.canvas.flip(False),
            "V",
            tip=self.tr("Flip up-down"),
        )
        self._action(
            view,
            self.tr("Reset"),
            self._reset_view,
            "Esc",
            tip=self.tr("Undo zoom, rotation, flips and window"),
        )
        view.addSeparator()
        self.overlay_action = self._action(
            view,
            self.tr("Text on image"),
            self._toggle_overlays,
            "O",
            True,
            self.tr("Show or hide patient and image details in the corners"),
        )
        self.overlay_action.setChecked(True)
        self.cine_action = self._action(
            view, self.tr("Play"), self.toggle_cine, "C", True, self.tr("Play the images as a film")
        )
        view.addSeparator()
        self.compare_action = self._action(
            view,
            self.tr("Side by side"),
            self.toggle_side_by_side,
            "S",
            True,
            self.tr("Show two series next to each other"),
        )
        self.sync_action = self._action(
            view,
            self.tr("Scroll together"),
            self._sync_toggled,
            "Y",
            True,
            self.tr("Scrolling one series scrolls the other"),
        )
        self.sync_action.setEnabled(False)

    def show_image(self, position: int) -> None:
        """Show image ``position`` of the series in view (a frame, in a one-file clip)."""
        self.active.show_at(position)

    # ---- viewports -----------------------------------------------------------------------

    def _set_active(self, viewport: Viewport) -> None:
        self.active = viewport
        for v in self.viewports:
            v.setProperty("active", v is viewport and self._side_by_side())
            v.style().unpolish(v)
            v.style().polish(v)
        # The strip shows which series the active viewport holds; choosing another replaces it.
        row = self._series_row(viewport.series)
        self.strip.blockSignals(True)
        self.strip.setCurrentRow(row)
        self.strip.blockSignals(False)
        self._sync_controls()

    def _series_row(self, series: SeriesInput | None) -> int:
        for row, candidate in enumerate(self.series):
            if candidate is series:
                return row
        return -1

    @Slot()
    def _viewport_activated(self) -> None:
        viewport = self.sender()
        if isinstance(viewport, Viewport) and viewport is not self.active:
            self._set_active(viewport)

    @Slot(int)
    def _series_chosen(self, index: int) -> None:
        if 0 <= index < len(self.series):
            self.active.set_series(self.series[index])
            self.active.canvas.set_tool(self._current_tool())
            self.active.canvas.setFocus()
            self._sync_controls()

    def _current_tool(self) -> str:
        for key, action in self.tool_actions.items():
            if action.isChecked():
                return key
        return "pan"

    def _sync_controls(self) -> None:
        viewport = self.active
        self.invert_action.setChecked(viewport.canvas.invert)
        self.overlay_action.setChecked(viewport.canvas.overlay_visible)
        self.cine_action.setChecked(viewport.playing)
        index = 0 if viewport.user_window is None else self.custom_index
        for i in range(1, self.preset_box.count()):
            preset = self.preset_box.itemData(i)
            if isinstance(preset, Preset) and preset.label == viewport.preset_name:
                index = i
        self.preset_box.setCurrentIndex(index)

    @Slot()
    def _window_adjusted(self) -> None:
        if self.sender() is self.active:
            self._sync_controls()

    @Slot(int, int)
    def _viewport_scrolled(self, delta: int, position: int) -> None:
        if self._syncing or not self.sync_action.isChecked() or not self._side_by_side():
            return
        source = self.sender()
        # The mirrored step emits position_changed too; the flag stops it echoing back.
        self._syncing = True
        try:
            for viewport in self.viewports:
                if viewport is not source:
                    viewport.step(delta)
        finally:
            self._syncing = False

    @Slot()
    def _image_shown(self) -> None:
        viewport = self.sender()
        if viewport is self.active:
            self._sync_controls()
            self._show_key_note(viewport)

    def _show_key_note(self, viewport: Viewport) -> None:
        header = viewport.current_header()
        now = viewport.current()
        if header is None or now is None:
            return
        uid = str(header.dataset.get("SOPInstanceUID", ""))
        note = self.marks.get((uid, now[1]))
        if note is not None:
            self.statusBar().showMessage(
                self.tr("Key image: {note}").format(note=note) if note else self.tr("Key image")
            )
        else:
            self.statusBar().clearMessage()

    # ---- actions -------------------------------------------------------------------------

    def set_tool(self, tool: str) -> None:
        self.tool_actions[tool].setChecked(True)
        for viewport in self.viewports:
            viewport.canvas.set_tool(tool)
        self.hint.setText(self._tool_hint(tool))

    def _tool_hint(self, tool: str) -> str:
        hints = {
            "pan": self.tr(
                "Drag to move the image. Right-drag: brightness and contrast. "
                "Wheel or arrow keys: next image."
            ),
            "length": self.tr("Length: drag from one end to the other."),
            "angle": self.tr(
                "Angle: drag along the first line to the corner, then click the end of the "
                "second line."
            ),
            "ellipse": self.tr("Area: drag a box around the area to measure."),
        }
        return hints.get(tool, "")

    def _clear_measurements(self) -> None:
        self.active.clear_measurements()

    @Slot(int)
    def _preset_chosen(self, index: int) -> None:
        preset = self.preset_box.itemData(index)
        if isinstance(preset, Preset):
            self.apply_preset(preset)
        elif preset is None:
            self.active.set_window(None)
        self._sync_controls()

    def apply_preset(self, preset: Preset) -> None:
        self.active.set_window(preset.window, preset.label)
        self._sync_controls()

    def _invert(self, checked: bool) -> None:
        self.active.canvas.set_invert(checked)
        self.active._refresh_overlay()

    def _toggle_overlays(self, checked: bool) -> None:
        for viewport in self.viewports:
            viewport.canvas.set_overlay_visible(checked)

    def _reset_view(self) -> None:
        canvas = self.active.canvas
        if canvas.cancel_drawing():
            return  # Esc first abandons a half-drawn measurement
        canvas.set_invert(False)
        canvas.reset_view()
        self.active.set_window(None)
        self._sync_controls()

    def toggle_cine(self, checked: bool | None = None) -> None:
        play = not self.active.playing if checked is None else checked
        if play:
            self.active.start_cine()
        else:
            self.active.stop_cine()
        self.cine_action.setChecked(self.active.playing)

    def _side_by_side(self) -> bool:
        # Whether the second viewport is on, not whether it is on screen: under the screen
        # lock it is hidden with the whole window, and a playing cine still scrolls both.
        return not self.viewports[1].isHidden()

    def toggle_side_by_side(self, checked: bool) -> None:
        second = self.viewports[1]
        second.setVisible(checked)
        self.sync_action.setEnabled(checked)
        if checked:
            if second.series is None and self.series:
                # The next series by default: the usual comparison is this one against another.
                current = max(0, self._series_row(self.active.series))
                second.set_series(self.series[(current + 1) % len(self.series)])
                second.canvas.set_tool(self._current_tool())
            self._set_active(self.active)
        else:
            second.stop_cine()
            self.sync_action.setChecked(False)
            self._set_active(self.viewports[0])

    def _sync_toggled(self, checked: bool) -> None:
        self.statusBar().showMessage(
            self.tr("Both series scroll together.")
            if checked
            else self.tr("Series scroll separately."),
            4000,
        )

    def show_tags(self) -> TagBrowser | None:
        header = self.active.current_header()
        if header is None:
            self.statusBar().showMessage(self.tr("Wait until the image has loaded."), 4000)
            return None
        title = self.active.series.title if self.active.series else ""
        browser = TagBrowser(header.dataset, title, self)
        browser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        browser.show()
        return browser

    def mark_key_image(self) -> None:
        header = self.active.current_header()
        now = self.active.current()
        if header is None or now is None:
            self.statusBar().showMessage(self.tr("Wait until the image has loaded."), 4000)
            return
        if self.sink is None:
            self.statusBar().showMessage(
                self.tr("Key images can be marked only from a case."), 5000
            )
            return
        uid = str(header.dataset.get("SOPInstanceUID", ""))
        dialog = KeyImageDialog(self.marks.get((uid, now[1]), ""), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.save_key_image(KeyImageMark(uid, now[1], dialog.note.toPlainText().strip()))

    def save_key_image(self, mark: KeyImageMark) -> None:
        """Hand a mark to the sink; the status bar says when it is kept."""
        self.key_action.setEnabled(False)

        def done(error: Exception | None) -> None:
            self.key_action.setEnabled(True)
            if error is None:
                self.marks[(mark.sop_instance_uid, mark.frame)] = mark.note
                self.statusBar().showMessage(self.tr("Key image saved with the case."), 6000)
            else:
                code = getattr(error, "code", "store_error")
                QMessageBox.warning(
                    self, self.tr("Key image not saved"), _key_error_text(error, code)
                )

        self.sink.save(mark, done)

    @Slot(str, int, object)
    def _keep_measurement(self, uid: str, frame: int, m) -> None:
        if self.measurement_sink is None:
            return
        mark = MeasurementMark(uid, frame, m.kind, tuple((float(x), float(y)) for x, y in m.points))
        self.measurement_sink.save(mark, self._measurement_kept)

    @Slot(str, int)
    def _forget_measurements(self, uid: str, frame: int) -> None:
        if self.measurement_sink is not None:
            self.measurement_sink.clear(uid, frame, self._measurement_kept)

    def _measurement_kept(self, error: Exception | None) -> None:
        if error is not None:
            self.statusBar().showMessage(
                QCoreApplication.translate(wording.CONTEXT, wording.viewing.MEASUREMENT_NOT_KEPT),
                8000,
            )

    def closeEvent(self, event) -> None:
        for viewport in self.viewports:
            viewport.stop_cine()
        self.loader.shutdown()
        super().closeEvent(event)


def _key_error_text(error, code: str) -> str:
    problems = getattr(error, "problems", None)
    if problems:
        return "\n".join(
            QCoreApplication.translate(
                wording.CONTEXT,
                wording.viewing.KEY_IMAGE_PROBLEM.get(p.code, wording.cases.problem_text(p.code)),
            )
            for p in problems
        )
    return tr_error(code)
