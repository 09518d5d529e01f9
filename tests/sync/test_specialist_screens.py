"""Screens of the specialist's window: "Assigned cases" and the review of a received case with
its CT series open in the DICOM viewer, then the review listing the key image and the length
the specialist marked there ("Your key images and measurements"), at 1366x768 and 1024x600.

Run: xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb pytest -m screenshot \
tests/sync/test_specialist_screens.py. A real opinion service runs on 127.0.0.1; the clinic
sends the case and the specialist fetches it before the window opens.
The clinic is enrolled with its name, as the service vouches for it in the offer.
PNGs go to artifacts/screens/ (46-49).
"""

from __future__ import annotations

import pytest

from local_store.store import Store
from tests.conftest import TEST_PASSPHRASE
from tests.support.screen_checks import save
from tests.support.screens import SCREENSHOT, show
from tests.sync.helpers import received_ct_case

pytestmark = [*SCREENSHOT, pytest.mark.timeout(240)]

SIZES = {"1366": (1366, 740), "1024": (1024, 572)}  # the screen less a window manager's title
CLINIC = "Primary Health Centre, Hosakote"


@pytest.fixture
def clinic(tmp_path, service):
    """The clinic, enrolled with a code that names it (the service vouches for the name)."""
    from sync.enrollment import enroll

    store = Store.open(tmp_path / "clinic", passphrase=TEST_PASSPHRASE)
    code = service.new_code("clinic", profile={"name": CLINIC})
    enroll(store, service.url, code, role="clinic")
    yield store
    store.close()


def _mark_key_image(qtbot, viewer, note: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.note.setPlainText(note)
        dialog.accept()

    QTimer.singleShot(0, answer)
    viewer.mark_key_image()
    qtbot.waitUntil(lambda: "saved" in viewer.statusBar().currentMessage(), timeout=10_000)


def _measure_length(qtbot, viewer) -> None:
    from PySide6.QtCore import Qt

    canvas = viewer.active.canvas
    viewer.set_tool("length")
    a, b = canvas.to_widget((20, 48)).toPoint(), canvas.to_widget((76, 48)).toPoint()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(canvas, pos=b)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=b)


@pytest.mark.parametrize("size", sorted(SIZES))
def test_worklist_and_review_with_the_dicom_viewer(
    clinic, specialist, service, tmp_path, qtbot, out_dir, size
):
    from desktop.viewers.dicom_viewer import DicomViewerWindow
    from desktop.views.main_window import MainWindow

    received_ct_case(clinic, specialist, service, tmp_path)
    width, height = SIZES[size]
    window = MainWindow(specialist)
    qtbot.addWidget(window)
    show(qtbot, window, width, height)
    try:
        qtbot.waitUntil(lambda: window.worklist is not None, timeout=10_000)
        worklist = window.worklist
        qtbot.waitUntil(lambda: worklist.model.rowCount() == 1, timeout=10_000)
        worklist.table.selectRow(0)
        qtbot.wait(300)
        save(
            window,
            out_dir / f"46-specialist-worklist-{size}.png",
            shows=[worklist.table, worklist.open_button, worklist.accept_button],
            says=["Assigned cases", "54 y, Female", "Cardiology", "Ready to review"],
            may_elide=[worklist.message],
        )
        worklist.open_button.click()
        review = window.review
        qtbot.waitUntil(lambda: review.view is not None, timeout=10_000)
        qtbot.wait(300)
        save(
            window,
            out_dir / f"47-specialist-review-{size}.png",
            shows=[review.heading, review.back_button, review.scroll],
            says=[
                "Sunita Devi",
                "Is this heart failure?",
                "Breathless on walking",
                f"From {CLINIC}",
                "1 case waiting for your opinion",
            ],
        )
        [series_button] = [b for k, b in review.view_buttons.items() if k.startswith("1.")] or [
            next(iter(review.view_buttons.values()))
        ]
        series_button.click()
        qtbot.waitUntil(
            lambda: any(isinstance(w, DicomViewerWindow) for w in review.viewers.windows),
            timeout=10_000,
        )
        viewer = next(w for w in review.viewers.windows if isinstance(w, DicomViewerWindow))
        show(qtbot, viewer, width, height)
        qtbot.wait(1500)
        save(viewer, out_dir / f"48-specialist-dicom-viewer-{size}.png", shows=[viewer], says=[])

        # The specialist's own key image and length, kept beside the case, listed in the review.
        viewer.active.go_to(2)
        active = viewer.active  # the third image shown, not the first still on screen
        qtbot.waitUntil(lambda: active.shown is not None and active._wanted is None, timeout=20_000)
        qtbot.wait(300)
        _mark_key_image(qtbot, viewer, "Cardiothoracic ratio about 0.6")
        _measure_length(qtbot, viewer)
        qtbot.waitUntil(lambda: len(review.own_labels) == 2, timeout=10_000)
        viewer.close()
        qtbot.wait(300)  # the new rows laid out before scrolling to them
        review.scroll.ensureWidgetVisible(review.own_labels[-1], 0, 40)
        review.scroll.ensureWidgetVisible(review.own_labels[0], 0, 80)
        qtbot.wait(300)
        save(
            window,
            out_dir / f"49-specialist-review-own-marks-{size}.png",
            shows=[review.heading, *review.own_labels],
            says=[
                "Your key images and measurements",
                "Key image, CT CHEST series 2, image 3: Cardiothoracic ratio about 0.6",
                "mm on CT CHEST series 2, image 3",
            ],
        )
    finally:
        window.shutdown()
