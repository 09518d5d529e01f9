"""The DICOM viewer driven as a doctor would: scrolling, windowing, measuring, marking.

Real windows (pytest-qt, offscreen), real generated DICOM files decoded by the imaging layer on
worker threads, and for key images the real encrypted store through the database executor.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from desktop.viewers import dicom_viewer
from desktop.viewers.dicom_viewer import DicomViewerWindow
from desktop.viewers.key_image_sink import StoreKeyImages
from desktop.viewers.series_input import KeyImageMark
from desktop.workers import DatabaseExecutor
from imaging.measure import ellipse_mask
from local_store import cases, key_images
from local_store.models import Patient
from testdata import dicom
from tests.support.series_inputs import series_of

SLICES = 8

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    root = tmp_path_factory.mktemp("dicom")
    return {
        "ct": dicom.chest_plain_ct(root / "ct", SLICES, spacing=0.5),
        "us": dicom.us_sector_cine(root / "us.dcm", frames=20, frame_time_ms=40.0),
        "plain": dicom.scanned_film(root / "film.dcm"),
        "broken": dicom.truncated_ct(root / "broken.dcm"),
    }


class RecordingSink:
    """Keeps marks in memory, as the case screen's store-backed sink keeps them on disk."""

    def __init__(self) -> None:
        self.known: list[KeyImageMark] = []
        self.saved: list[KeyImageMark] = []

    def save(self, mark, done) -> None:
        self.saved.append(mark)
        done(None)


def open_viewer(qtbot, series, sink=None) -> DicomViewerWindow:
    window = DicomViewerWindow(series, key_images=sink)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    wait_image(qtbot, window.active)
    return window


def wait_image(qtbot, viewport) -> None:
    qtbot.waitUntil(lambda: viewport.shown is not None and viewport._wanted is None, timeout=20000)


def position_text(viewport) -> str:
    return viewport.canvas.overlay_text["bottom_left"][0]


def wheel(canvas, notches: int) -> None:
    centre = QPointF(canvas.width() / 2, canvas.height() / 2)
    event = QWheelEvent(
        centre,
        canvas.mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(canvas, event)


def drag(qtbot, canvas, start, end, button=Qt.MouseButton.LeftButton) -> None:
    a, b = canvas.to_widget(start).toPoint(), canvas.to_widget(end).toPoint()
    qtbot.mousePress(canvas, button, pos=a)
    qtbot.mouseMove(canvas, pos=QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2))
    qtbot.mouseMove(canvas, pos=b)
    qtbot.mouseRelease(canvas, button, pos=b)


@pytest.fixture
def ct_viewer(qtbot, files):
    window = open_viewer(qtbot, [series_of(files["ct"], "Chest plain", "CT")])
    yield window
    window.close()


def test_loading_placeholder_then_first_image_with_overlays(qtbot, files):
    window = DicomViewerWindow([series_of(files["ct"], "Chest plain", "CT")])
    qtbot.addWidget(window)
    # Nothing is decoded on the GUI thread: right after opening, the canvas says Loading.
    assert window.active.canvas.message == "Loading…"
    assert window.active.canvas.frame is None
    window.show()
    wait_image(qtbot, window.active)
    overlay = window.active.canvas.overlay_text
    assert overlay["top_left"][0] == "Devi Sunita"
    assert "Chest plain 5 mm" in " ".join(overlay["top_right"])
    assert overlay["bottom_left"][0] == f"Image 1 of {SLICES}"
    assert overlay["bottom_right"][0] == "W 400 L 40"  # the file's own window by default
    window.close()


def test_wheel_keys_and_slider_scroll_the_series(qtbot, ct_viewer):
    viewport = ct_viewer.active
    canvas = viewport.canvas
    wheel(canvas, -1)  # towards the user: next image
    wait_image(qtbot, viewport)
    assert position_text(viewport) == f"Image 2 of {SLICES}"
    wheel(canvas, 1)
    wait_image(qtbot, viewport)
    assert position_text(viewport) == f"Image 1 of {SLICES}"
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    wait_image(qtbot, viewport)
    assert position_text(viewport) == f"Image 3 of {SLICES}"
    qtbot.keyClick(canvas, Qt.Key.Key_End)
    wait_image(qtbot, viewport)
    assert position_text(viewport) == f"Image {SLICES} of {SLICES}"
    qtbot.keyClick(canvas, Qt.Key.Key_PageUp)
    wait_image(qtbot, viewport)
    assert position_text(viewport) == f"Image {SLICES - 1} of {SLICES}"
    viewport.slider.setValue(0)
    wait_image(qtbot, viewport)
    assert position_text(viewport) == f"Image 1 of {SLICES}"
    # What is on screen is that slice's pixels, not the previous one's.
    assert viewport.shown.key == ct_viewer.series[0].instances[0].key


def test_right_drag_changes_the_window_without_decoding_again(qtbot, ct_viewer):
    viewport = ct_viewer.active
    canvas = viewport.canvas
    before_window, before_pixels = canvas.window, canvas.displayed_array().copy()
    misses = viewport.loader.cache.misses
    drag(qtbot, canvas, (60, 60), (140, 20), Qt.MouseButton.RightButton)
    assert canvas.window.width > before_window.width  # dragged right: wider
    assert canvas.window.center < before_window.center  # dragged up: lower level
    assert not np.array_equal(canvas.displayed_array(), before_pixels)
    assert viewport.loader.cache.misses == misses
    assert canvas.overlay_text["bottom_right"][0].startswith(f"W {round(canvas.window.width)}")


def test_lung_preset_sets_the_window_and_shows_the_lung(qtbot, ct_viewer):
    viewport = ct_viewer.active
    canvas = viewport.canvas
    lung = next(p for p in ct_viewer.presets if p.name == "lung")
    # In the file's soft-tissue window the lung insert is black; in the lung window it is grey.
    y, x = int(0.42 * 256), int(0.33 * 256)
    assert canvas.displayed_array()[y, x] == 0
    qtbot.keyClick(canvas, Qt.Key.Key_7)  # the file's keyboard digit for lung
    assert (canvas.window.center, canvas.window.width) == (-600, 1500)
    assert 60 < canvas.displayed_array()[y, x] < 200
    assert canvas.overlay_text["bottom_right"][0] == "W 1500 L -600 (Lung)"
    assert ct_viewer.preset_box.currentData() == lung
    ct_viewer._preset_chosen(0)  # back to the file's own
    assert (canvas.window.center, canvas.window.width) == (40, 400)


def test_length_on_half_millimetre_pixels_reads_millimetres_from_pixel_spacing(qtbot, ct_viewer):
    canvas = ct_viewer.active.canvas
    ct_viewer.set_tool("length")
    drag(qtbot, canvas, (40, 128), (200, 128))
    [m] = canvas.measurements
    (x0, y0), (x1, y1) = m.points
    assert abs((x1 - x0) - 160) < 1.5 and abs(y1 - y0) < 1.5
    expected = math.hypot(x1 - x0, y1 - y0) * 0.5
    assert m.label == f"{expected:.1f} mm (PixelSpacing)"
    assert 79 < expected < 81


def test_length_without_spacing_stays_in_pixels_and_says_so(qtbot, files):
    window = open_viewer(qtbot, [series_of([files["plain"]], "Film", "OT")])
    canvas = window.active.canvas
    window.set_tool("length")
    drag(qtbot, canvas, (10, 20), (90, 20))
    [m] = canvas.measurements
    assert m.label.endswith(" px (pixels, not calibrated)")
    assert "mm" not in m.label
    window.close()


def test_ellipse_roi_mean_is_numpys_mean_of_the_same_pixels_in_hu(qtbot, ct_viewer):
    canvas = ct_viewer.active.canvas
    ct_viewer.set_tool("ellipse")
    # Inside the bone insert (700 HU) of the first slice.
    cx, cy = 0.50 * 256, 0.78 * 256
    drag(qtbot, canvas, (cx - 6, cy - 5), (cx + 6, cy + 5))
    [m] = canvas.measurements
    (ax, ay), (bx, by) = m.points
    hu = canvas.frame.values.astype(np.float64)
    rows, cols, mask = ellipse_mask(
        hu.shape, ((ax + bx) / 2, (ay + by) / 2), (abs(bx - ax) / 2, abs(by - ay) / 2)
    )
    inside = hu[rows, cols][mask]
    first_line = m.label.split("\n")[0]
    assert first_line == f"Mean {inside.mean():.1f} HU, SD {inside.std():.1f}"
    assert abs(inside.mean() - 700) < 10  # the insert's HU, so the values are modality units
    assert f"Min {inside.min():.0f}, max {inside.max():.0f}" in m.label
    assert m.label.endswith("mm² (PixelSpacing)")


def test_angle_needs_three_points_and_names_its_calibration(qtbot, ct_viewer):
    canvas = ct_viewer.active.canvas
    ct_viewer.set_tool("angle")
    drag(qtbot, canvas, (150, 60), (60, 60))  # first arm, ending at the vertex
    assert canvas.measurements == []
    target = canvas.to_widget((60, 150)).toPoint()
    qtbot.mouseMove(canvas, pos=target)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=target)
    [m] = canvas.measurements
    assert m.label.endswith("° (PixelSpacing)")
    assert abs(float(m.label.split("°")[0]) - 90) < 2


def test_invert_flips_the_grey_levels(qtbot, ct_viewer):
    canvas = ct_viewer.active.canvas
    before = canvas.displayed_array().copy()
    ct_viewer.invert_action.trigger()
    assert np.array_equal(canvas.displayed_array(), 255 - before)
    assert "inverted" in canvas.overlay_text["bottom_right"][-1]


def test_overlays_can_be_hidden(qtbot, ct_viewer):
    canvas = ct_viewer.active.canvas

    def top_left_brightness() -> int:
        image = canvas.grab().toImage()
        return max(
            image.pixelColor(x, y).lightness() for x in range(4, 160, 2) for y in (14, 16, 18, 20)
        )

    assert top_left_brightness() > 150  # the patient's name is written there
    ct_viewer.overlay_action.trigger()
    assert not canvas.overlay_visible
    assert top_left_brightness() < 40  # black background only: the text is gone


def test_zoom_fit_one_to_one_rotate_and_flip(qtbot, ct_viewer):
    canvas = ct_viewer.active.canvas
    canvas.one_to_one()
    assert canvas.zoom == 1.0
    assert canvas.overlay_text["bottom_right"][1] == "Zoom 100%"
    canvas.zoom_by(2)
    assert canvas.zoom == 2.0
    canvas.fit()
    w, h = canvas.image_size()
    assert math.isclose(canvas.zoom, min(canvas.width() / w, canvas.height() / h) * 0.98)
    # A point on the image's left edge ends up at the top after a clockwise quarter turn.
    left = canvas.to_widget((0, 128))
    canvas.rotate(90)
    turned = canvas.to_widget((0, 128))
    assert turned.y() < left.y() and abs(turned.x() - canvas.width() / 2) < 2
    canvas.rotate(-90)
    canvas.flip(True)
    flipped = canvas.to_widget((0, 128))
    assert flipped.x() > canvas.width() / 2


def test_tag_browser_search_finds_a_tag(qtbot, ct_viewer):
    browser = ct_viewer.show_tags()
    qtbot.addWidget(browser)
    assert "PatientName" in browser.visible_keywords()
    qtbot.keyClicks(browser.search, "slicethickness")
    assert browser.visible_keywords() == ["SliceThickness"]
    browser.search.clear()
    qtbot.keyClicks(browser.search, "0028,0030")
    assert browser.visible_keywords() == ["PixelSpacing"]
    browser.search.setText("District Hospital")
    assert browser.visible_keywords() == ["InstitutionName"]
    browser.close()


def _answer_key_dialog(note: str) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, dicom_viewer.KeyImageDialog)
        dialog.note.setPlainText(note)
        dialog.accept()

    QTimer.singleShot(0, fill)


def test_key_image_is_marked_with_a_note(qtbot, files):
    sink = RecordingSink()
    window = open_viewer(qtbot, [series_of(files["ct"], "Chest", "CT")], sink)
    window.active.step(2)
    wait_image(qtbot, window.active)
    uid = str(window.active.shown.header.dataset.SOPInstanceUID)
    _answer_key_dialog("Nodule in the right lower lobe")
    window.mark_key_image()
    assert sink.saved == [KeyImageMark(uid, 0, "Nodule in the right lower lobe")]
    assert "Key image saved" in window.statusBar().currentMessage()
    window.close()


def test_key_image_is_stored_with_the_case(qtbot, files, store):
    case_id = cases.create_case(store, Patient(name="Sunita Devi"))
    executor = DatabaseExecutor(store)
    sink = StoreKeyImages(executor, case_id)
    window = open_viewer(qtbot, [series_of([files["us"]], "Liver", "US")], sink)
    window.active.go_to(5)
    wait_image(qtbot, window.active)
    _answer_key_dialog("Gallbladder wall thickened")
    window.mark_key_image()
    qtbot.waitUntil(lambda: "saved" in window.statusBar().currentMessage(), timeout=10000)
    uid = str(window.active.shown.header.dataset.SOPInstanceUID)
    executor.submit(lambda cancel, progress: None)
    assert executor.waitForDone(5000)
    executor.shutdown()
    [marked] = key_images.list_key_images(store, case_id)
    assert (marked.sop_instance_uid, marked.frame, marked.note) == (
        uid,
        5,
        "Gallbladder wall thickened",
    )
    window.close()


def test_broken_file_shows_the_reason_and_the_next_image_still_displays(qtbot, files):
    ct = files["ct"]
    window = open_viewer(qtbot, [series_of([ct[0], files["broken"], ct[1]], "Mixed", "CT")])
    viewport = window.active
    viewport.step(1)
    wait_image(qtbot, viewport)
    assert viewport.canvas.frame is None
    assert "was not copied completely" in viewport.canvas.message
    assert position_text(viewport) == "Image 2 of 3"
    viewport.step(1)
    wait_image(qtbot, viewport)
    assert viewport.canvas.message == ""
    assert viewport.canvas.frame is not None
    assert position_text(viewport) == "Image 3 of 3"
    window.close()


def test_show_image_opens_a_series_at_an_image_and_a_clip_at_a_frame(qtbot, files):
    # Asked at once, as the launcher asks for a mark's image: the clip's frames are counted
    # only when its header arrives, and it must still land on frame 13, not stay on the first.
    clip = DicomViewerWindow([series_of([files["us"]], "Liver cine", "US")])
    qtbot.addWidget(clip)
    clip.show_image(12)
    clip.show()
    qtbot.waitUntil(lambda: clip.active.position == 12, timeout=20000)
    wait_image(qtbot, clip.active)
    assert position_text(clip.active) == "Image 13 of 20"
    clip.close()
    ct = open_viewer(qtbot, [series_of(files["ct"], "CT CHEST", "CT")])
    ct.show_image(5)
    wait_image(qtbot, ct.active)
    assert position_text(ct.active) == f"Image 6 of {SLICES}"
    ct.close()


def test_ultrasound_clip_scrolls_by_frame_and_plays_at_its_frame_time(qtbot, files):
    window = open_viewer(qtbot, [series_of([files["us"]], "Liver cine", "US")])
    viewport = window.active
    qtbot.waitUntil(lambda: viewport.count() == 20)
    assert position_text(viewport) == "Image 1 of 20"
    assert viewport.frame_time_ms() == 40.0
    first = viewport.canvas.displayed_array().copy()
    window.toggle_cine(True)
    assert viewport.cine.interval() == 40
    qtbot.waitUntil(lambda: viewport.position >= 3, timeout=20000)
    window.toggle_cine(False)
    assert not viewport.playing
    wait_image(qtbot, viewport)
    assert not np.array_equal(viewport.canvas.displayed_array(), first)
    # Millimetres on ultrasound come from the region calibration, and the label says so.
    window.set_tool("length")
    drag(qtbot, viewport.canvas, (100, 100), (200, 100))
    assert viewport.canvas.measurements[0].label.endswith("mm (ultrasound region)")
    window.close()


def test_side_by_side_scrolls_together_when_synchronised(qtbot, files):
    series = [
        series_of(files["ct"], "Chest now", "CT"),
        series_of(files["ct"], "Chest before", "CT", as_bytes=False),
    ]
    window = open_viewer(qtbot, series)
    left, right = window.viewports
    window.compare_action.trigger()
    assert right.isVisible()
    wait_image(qtbot, right)
    assert right.series.title == "Chest before"
    window.sync_action.trigger()
    wheel(left.canvas, -1)
    wheel(left.canvas, -1)
    wait_image(qtbot, left)
    wait_image(qtbot, right)
    assert position_text(left) == position_text(right) == f"Image 3 of {SLICES}"
    window.sync_action.trigger()
    wheel(left.canvas, -1)
    wait_image(qtbot, left)
    assert position_text(left) == f"Image 4 of {SLICES}"
    assert position_text(right) == f"Image 3 of {SLICES}"
    window.close()


def test_empty_viewer_says_there_are_no_images(qtbot):
    window = DicomViewerWindow([])
    qtbot.addWidget(window)
    window.show()
    assert window.active.empty.isVisible()
    assert "no images" in window.statusBar().currentMessage()
    window.close()


def test_frames_are_never_decoded_on_the_gui_thread(qtbot, files, monkeypatch):
    import threading

    from imaging import frame_cache

    threads = []
    real = frame_cache.decode_frame

    def recording(source, index=0):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(source, index)

    monkeypatch.setattr(frame_cache, "decode_frame", recording)
    window = open_viewer(qtbot, [series_of(files["ct"], "Chest", "CT")])
    for _ in range(3):
        window.active.step(1)
        wait_image(qtbot, window.active)
    window.close()
    assert threads and not any(threads)


def test_tag_values_with_several_parts_read_as_dicom_writes_them(files):
    from desktop.viewers.frame_loader import read_header_dataset
    from desktop.viewers.tag_browser import tag_rows

    rows = {r.keyword: r for r in tag_rows(read_header_dataset(files["us"]))}
    assert rows["PatientName"].value == "Devi Sunita"
    regions = rows["SequenceOfUltrasoundRegions"]
    assert regions.vr == "SQ" and regions.children[0].keyword == "#1"
    inner = {r.keyword: r.value for r in regions.children[0].children}
    assert inner["PhysicalDeltaX"] == "0.05"
    ct = {r.keyword: r for r in tag_rows(read_header_dataset(files["ct"][0]))}
    assert ct["PixelSpacing"].value == "0.5\\0.5"


def test_clicking_a_viewport_makes_presets_and_tools_act_on_it(qtbot, files):
    series = [
        series_of(files["ct"], "Chest now", "CT"),
        series_of(files["ct"], "Chest before", "CT"),
    ]
    window = open_viewer(qtbot, series)
    left, right = window.viewports
    window.compare_action.trigger()
    wait_image(qtbot, right)
    qtbot.mouseClick(right.canvas, Qt.MouseButton.LeftButton, pos=right.canvas.rect().center())
    assert window.active is right
    bone = next(p for p in window.presets if p.name == "bone")
    window.apply_preset(bone)
    assert (right.canvas.window.center, right.canvas.window.width) == (400, 1800)
    assert (left.canvas.window.center, left.canvas.window.width) == (40, 400)
    # Choosing a series in the strip fills the active (right) viewport.
    window.strip.setCurrentRow(0)
    wait_image(qtbot, right)
    assert right.series.title == "Chest now"
    window.close()


def _shipped(name: str):
    from pydicom.data import get_testdata_file

    path = get_testdata_file(name, download=False)
    if path is None:
        pytest.skip(f"pydicom's test file {name} is not installed (it would need a download)")
    return path


def test_a_real_colour_ultrasound_clip_plays_in_colour_at_its_frame_time(qtbot):
    from pathlib import Path

    clip = Path(_shipped("examples_ybr_color.dcm"))  # JPEG baseline YBR_FULL_422, 30 frames
    window = open_viewer(qtbot, [series_of([clip], "Echo", "US")])
    viewport = window.active
    qtbot.waitUntil(lambda: viewport.count() == 30)
    shown = viewport.canvas.displayed_array()
    assert shown.ndim == 3 and shown.shape[2] == 3
    assert viewport.canvas.window is None
    window.toggle_cine(True)
    assert viewport.cine.interval() == round(float(viewport.shown.header.info.frame_time_ms))
    qtbot.waitUntil(lambda: viewport.position >= 2, timeout=20000)
    window.toggle_cine(False)
    window.close()


def test_a_truncated_real_file_keeps_the_series_usable(qtbot, files):
    from pathlib import Path

    truncated = Path(_shipped("MR_truncated.dcm"))
    window = open_viewer(qtbot, [series_of([truncated, files["ct"][0]], "Mixed", "MR")])
    viewport = window.active
    assert viewport.canvas.frame is None
    # The reason, in words, where the picture would be.
    assert "was not copied completely" in viewport.canvas.message
    assert position_text(viewport) == "Image 1 of 2"
    qtbot.keyClick(viewport.canvas, Qt.Key.Key_Down)
    wait_image(qtbot, viewport)
    assert viewport.canvas.frame is not None and viewport.canvas.message == ""
    window.close()


def test_escape_abandons_a_half_drawn_angle_before_resetting_the_view(qtbot, ct_viewer):
    canvas = ct_viewer.active.canvas
    ct_viewer.set_tool("angle")
    drag(qtbot, canvas, (150, 60), (60, 60))
    canvas.zoom_by(2)
    zoomed = canvas.zoom
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert canvas.measurements == [] and canvas._drawing is None
    assert canvas.zoom == zoomed  # the view is kept
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert canvas.fit_on_resize  # second Esc: back to fit


def test_the_preset_box_says_custom_after_a_window_set_by_hand(qtbot, ct_viewer):
    canvas = ct_viewer.active.canvas
    bone = next(p for p in ct_viewer.presets if p.name == "bone")
    ct_viewer.apply_preset(bone)
    assert ct_viewer.preset_box.currentData() == bone
    drag(qtbot, canvas, (60, 60), (140, 20), Qt.MouseButton.RightButton)
    # The bone window is no longer on screen, so the box must not keep saying "Bone".
    assert ct_viewer.preset_box.currentText() == "Custom"
    assert "Bone" not in canvas.overlay_text["bottom_right"][0]
    # The next image keeps the hand-set window, and the box keeps saying so.
    ct_viewer.active.step(1)
    wait_image(qtbot, ct_viewer.active)
    assert ct_viewer.preset_box.currentText() == "Custom"
    ct_viewer._preset_chosen(0)
    assert ct_viewer.preset_box.currentText() == "File's own"
    assert (canvas.window.center, canvas.window.width) == (40, 400)
