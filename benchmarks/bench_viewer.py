"""DICOM viewer responsiveness: window/level drag, paint, scrolling and cine (offscreen).

Generates a 512 x 512 CT phantom series and a 60-frame ultrasound clip, opens the real
DicomViewerWindow and times: one right-drag step (LUT re-map + QImage, no decode), one paint
at fit zoom, a scroll step when the next frame is already cached, time to the first image
(decode on the worker), and the frame rate cine reaches against the clip's stored 33 ms.
Prints figures and ratios; no assertions.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FRAME_BUDGET_MS = 16.7  # one screen refresh at 60 Hz


def median_ms(fn, repeats: int = 30) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def wait(app, condition, timeout_s: float = 30.0) -> None:
    end = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError
        app.processEvents()
        time.sleep(0.001)


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.viewers.dicom_viewer import DicomViewerWindow
    from desktop.viewers.series_input import InstanceInput, SeriesInput
    from imaging.display import Window
    from testdata import dicom

    def series_of(paths: list[Path], title: str, modality: str) -> SeriesInput:
        loaders = [InstanceInput(str(p), lambda p=p: p.read_bytes()) for p in paths]
        return SeriesInput(title, modality, loaders)

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    ct = dicom.chest_plain_ct(folder / "ct", 40, size=512)
    us = dicom.us_sector_cine(folder / "us.dcm", frames=60, frame_time_ms=33.3)

    start = time.perf_counter()
    window = DicomViewerWindow([series_of(ct, "CT", "CT")])
    window.resize(1366, 740)
    window.show()
    viewport = window.active
    wait(app, lambda: viewport.shown is not None and viewport._wanted is None)
    first_ms = (time.perf_counter() - start) * 1000
    canvas = viewport.canvas

    widths = iter(range(100, 100_000, 7))
    drag_ms = median_ms(lambda: canvas.set_window(Window(40, next(widths))))
    paint_ms = median_ms(canvas.repaint)

    # Let prefetch fill the cache ahead, then time steps that hit it.
    viewport.step(1)
    wait(app, lambda: viewport._wanted is None)
    time.sleep(1.0)
    app.processEvents()
    cached = []
    for _ in range(3):
        begin = time.perf_counter()
        viewport.step(1)
        hit = viewport._wanted is None
        wait(app, lambda: viewport._wanted is None)
        if hit:
            cached.append((time.perf_counter() - begin) * 1000)
        time.sleep(0.3)
        app.processEvents()
    window.close()

    clip = DicomViewerWindow([series_of([us], "US", "US")])
    clip.show()
    viewport = clip.active
    wait(app, lambda: viewport.shown is not None and viewport._wanted is None)
    shown = []
    viewport.image_shown.connect(lambda: shown.append(time.perf_counter()))
    clip.toggle_cine(True)
    end = time.perf_counter() + 3.0
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
    clip.toggle_cine(False)
    clip.close()
    # Destroy the windows (and their worker pools) before the interpreter shuts down.
    window.deleteLater()
    clip.deleteLater()
    app.processEvents()
    fps = (len(shown) - 1) / (shown[-1] - shown[0]) if len(shown) > 1 else 0.0

    print(f"first image (open to shown, decode on worker): {first_ms:.0f} ms")
    print(
        f"window/level drag step, 512x512 CT: {drag_ms:.2f} ms "
        f"({drag_ms / FRAME_BUDGET_MS:.2f} of a 60 Hz frame)"
    )
    print(f"paint at fit zoom: {paint_ms:.2f} ms ({paint_ms / FRAME_BUDGET_MS:.2f} of a frame)")
    if cached:
        print(f"scroll step with the frame cached: {statistics.median(cached):.2f} ms")
    else:
        print("scroll step with the frame cached: prefetch had not finished (no cached step)")
    print(
        f"cine: {fps:.1f} frames/s against the clip's stored {1000 / 33.3:.1f} ({fps / 30.03:.2f})"
    )


if __name__ == "__main__":
    main()
