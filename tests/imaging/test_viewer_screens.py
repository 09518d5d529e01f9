"""The DICOM viewer on a real display (Xvfb + xcb), saved as PNGs for people to look at.

Run: xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb pytest -m screenshot
tests/imaging/test_viewer_screens.py. PNGs go to artifacts/screens/ (viewer-*.png).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop.viewers.dicom_viewer import DicomViewerWindow
from testdata import dicom
from tests.support.screen_checks import save
from tests.support.screens import SCREENSHOT
from tests.support.series_inputs import series_of

pytestmark = SCREENSHOT


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    root = tmp_path_factory.mktemp("dicom")
    return {
        "ct": dicom.chest_plain_ct(root / "ct", 24, size=512, spacing=0.7),
        "ct_before": dicom.chest_plain_ct(root / "ct_before", 24, size=512, spacing=0.7),
        "us": dicom.us_sector_cine(root / "us.dcm", frames=30, frame_time_ms=33.3),
    }


def open_viewer(qtbot, series) -> DicomViewerWindow:
    window = DicomViewerWindow(series)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    wait_image(qtbot, window.active)
    qtbot.waitUntil(lambda: window.strip.pending == 0, timeout=20000)
    return window


def wait_image(qtbot, viewport) -> None:
    qtbot.waitUntil(lambda: viewport.shown is not None and viewport._wanted is None, timeout=20000)


def measure(qtbot, canvas, start, end) -> None:
    a, b = canvas.to_widget(start).toPoint(), canvas.to_widget(end).toPoint()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(canvas, pos=QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2))
    qtbot.mouseMove(canvas, pos=b)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=b)


def test_ct_with_overlays_lung_window_and_measurements(qtbot, files, out_dir):
    window = open_viewer(
        qtbot,
        [
            series_of(files["ct"], "Chest plain 5 mm", "CT"),
            series_of([files["us"]], "Liver cine", "US"),
        ],
    )
    viewport = window.active
    viewport.go_to(12)
    wait_image(qtbot, viewport)
    lung = next(p for p in window.presets if p.name == "lung")
    window.apply_preset(lung)
    window.set_tool("length")
    measure(qtbot, viewport.canvas, (120, 215), (220, 215))
    window.set_tool("ellipse")
    measure(qtbot, viewport.canvas, (300, 322), (334, 354))  # the contrast insert
    window.set_tool("pan")
    qtbot.wait(50)
    save(
        window,
        out_dir / "viewer-01-ct-lung-length.png",
        shows=[viewport.canvas],
        says=["Chest plain 5 mm", "Liver cine"],
    )
    window.close()


def test_ultrasound_cine_frame(qtbot, files, out_dir):
    window = open_viewer(qtbot, [series_of([files["us"]], "Liver cine", "US")])
    viewport = window.active
    window.toggle_cine(True)
    qtbot.waitUntil(lambda: viewport.position >= 8, timeout=20000)
    window.toggle_cine(False)
    wait_image(qtbot, viewport)
    window.set_tool("length")
    measure(qtbot, viewport.canvas, (130, 80), (190, 150))
    save(window, out_dir / "viewer-02-ultrasound-cine.png", shows=[viewport.canvas], says=[])
    window.close()


def test_side_by_side_comparison(qtbot, files, out_dir):
    window = open_viewer(
        qtbot,
        [
            series_of(files["ct"], "Chest now", "CT"),
            series_of(files["ct_before"], "Chest 3 months ago", "CT"),
        ],
    )
    window.compare_action.trigger()
    window.sync_action.trigger()
    wait_image(qtbot, window.viewports[1])
    window.active.step(6)
    wait_image(qtbot, window.viewports[0])
    wait_image(qtbot, window.viewports[1])
    qtbot.wait(50)
    save(
        window,
        out_dir / "viewer-03-side-by-side.png",
        shows=[v.canvas for v in window.viewports],
        says=["Chest now", "Chest 3 months ago"],
    )
    window.close()


def test_tag_browser(qtbot, files, out_dir):
    window = open_viewer(qtbot, [series_of(files["ct"], "Chest plain 5 mm", "CT")])
    browser = window.show_tags()
    qtbot.addWidget(browser)
    qtbot.waitExposed(browser)
    qtbot.keyClicks(browser.search, "spacing")
    qtbot.wait(50)
    save(
        browser,
        out_dir / "viewer-04-tag-browser.png",
        shows=[browser.search],
        says=["spacing", "PixelSpacing"],
    )
    browser.close()
    window.close()


def test_image_that_cannot_be_decoded(qtbot, files, tmp_path, out_dir):
    broken = dicom.truncated_ct(tmp_path / "broken.dcm", size=512)
    window = open_viewer(qtbot, [series_of([broken, *files["ct"][:3]], "Chest", "CT")])
    save(window, out_dir / "viewer-05-cannot-decode.png", shows=[window.active.canvas], says=[])
    window.close()
