"""DICOM display pipeline: first image, window/level, scrolling and memory, against the budgets.

Generates CT series of 512x512 slices (testdata's chest phantom, 12 bits stored) in a
temporary folder (uncompressed, and JPEG 2000 lossless encoded with pylibjpeg-openjpeg), then
times, on this run:

- first image after opening a 500-slice series: decode + default window + grey levels of the
  first slice (budget 300 ms); also with every header of the series read first;
- one window/level step on 512x512 (budget 2 ms), against plain numpy float math per pixel;
- scrolling a cached series (budget 60 frames/s): cache hit + grey levels per frame;
- scrolling a JPEG 2000 series with prefetch (budget 30 frames/s), against decoding each
  frame when it is needed;
- peak memory while scrolling a 1,500-slice series through a FrameCache bounded at 128 MB.

Prints figures and ratios; no assertions. Run: .venv/bin/python benchmarks/bench_display.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from common import machine_load  # noqa: E402

SIZE = 512
SERIES = 500
J2K_SERIES = 120
LONG_SERIES = 1500
CACHE_BOUND = 128 * 1024 * 1024
PREFETCH_AHEAD = 6


def write_series(folder: Path, count: int, j2k: bool = False) -> list[Path]:
    from pydicom.uid import JPEG2000Lossless

    from testdata.dicom import chest_phantom_hu, ct_series

    return ct_series(
        folder,
        count,
        size=SIZE,
        seed=None,
        spacing=0.7,
        phantom=chest_phantom_hu,
        compress=JPEG2000Lossless if j2k else None,
        name="slice{n:04d}.dcm",
    )


def ms(seconds: float, budget_ms: float) -> str:
    return f"{seconds * 1000:7.2f} ms  ({seconds * 1000 / budget_ms:.2f} of budget)"


def numpy_baseline(values: np.ndarray, center: float, width: float, dtype=np.float64):
    """Window/level as float math per pixel (what the lookup table replaces)."""
    y = (values.astype(dtype) - (center - 0.5)) / (width - 1) + 0.5
    return (np.clip(y, 0, 1) * 255 + 0.5).astype(np.uint8)


def bench_first_image(paths: list[Path]) -> None:
    from imaging import display, pixels

    firsts, with_headers = [], []
    for _ in range(5):
        t0 = time.perf_counter()
        frame = pixels.decode_frame(paths[0])
        display.to_display(frame, display.default_window(frame.info, frame))
        firsts.append(time.perf_counter() - t0)
    for _ in range(3):
        t0 = time.perf_counter()
        for p in paths:
            pixels.open_image(p)
        frame = pixels.decode_frame(paths[len(paths) // 2])
        display.to_display(frame)
        with_headers.append(time.perf_counter() - t0)
    print(
        f"first image of a {len(paths)}-slice series (median of 5): "
        f"{ms(statistics.median(firsts), 300)}"
    )
    print(
        f"  the same after reading all {len(paths)} headers (no index): "
        f"{ms(statistics.median(with_headers), 300)}"
    )


def bench_window_level(path: Path) -> None:
    from imaging import display, pixels

    frame = pixels.decode_frame(path)
    windows = [display.Window(40 + i, 400 + 3 * i) for i in range(200)]  # every step is new
    t0 = time.perf_counter()
    for window in windows:
        display.to_display(frame, window)
    lut = (time.perf_counter() - t0) / len(windows)
    t0 = time.perf_counter()
    for window in windows:
        numpy_baseline(frame.values, window.center, window.width)
    base = (time.perf_counter() - t0) / len(windows)
    t0 = time.perf_counter()
    for window in windows:
        numpy_baseline(frame.values, window.center, window.width, np.float32)
    base32 = (time.perf_counter() - t0) / len(windows)
    t0 = time.perf_counter()
    for _ in windows:
        display.to_display(frame, windows[0])  # same window: the table comes from the cache
    cached = (time.perf_counter() - t0) / len(windows)
    print(f"window/level step on {SIZE}x{SIZE} (new table each step): {ms(lut, 2)}")
    print(f"  same window again (cached table): {cached * 1000:.2f} ms")
    print(
        f"  plain numpy float64 math per pixel: {base * 1000:.2f} ms (the table is "
        f"{base / lut:.1f}x faster, {base / cached:.1f}x when cached); float32: "
        f"{base32 * 1000:.2f} ms ({base32 / lut:.1f}x, {base32 / cached:.1f}x)"
    )


def bench_scroll_cached(paths: list[Path]) -> None:
    from imaging import display
    from imaging.frame_cache import FrameCache

    cache = FrameCache(1024 * 1024 * 1024, processes=False)
    keys = [(p, 0) for p in paths]
    for key in keys:
        cache.get_or_load(key)
    window = display.Window(40, 400)
    t0 = time.perf_counter()
    for key in keys + keys[::-1]:
        frame = cache.get(key)
        cache.pin(key)
        display.to_display(frame, window)
    per = (time.perf_counter() - t0) / (2 * len(keys))
    t0 = time.perf_counter()
    for key in keys:
        numpy_baseline(cache.get(key).values, 40, 400)
    base = (time.perf_counter() - t0) / len(keys)
    print(
        f"scrolling a cached series: {1 / per:7.0f} frames/s ({per * 1000:.2f} ms a frame; "
        f"budget 60 frames/s, {1 / per / 60:.1f}x); numpy float baseline {1 / base:.0f} "
        "frames/s"
    )
    cache.close()


def bench_scroll_j2k(paths: list[Path]) -> None:
    from imaging import display, pixels
    from imaging.frame_cache import FrameCache

    window = display.Window(40, 400)
    t0 = time.perf_counter()
    for p in paths[:40]:
        display.to_display(pixels.decode_frame(p), window)
    plain = (time.perf_counter() - t0) / 40

    results = {}
    for processes in (True, False):
        cache = FrameCache(CACHE_BOUND, workers=2, processes=processes)
        # Start the worker processes before timing: the viewer starts them with the series.
        for f in cache.prefetch([(paths[-1], 0), (paths[-2], 0)]):
            f.result()
        keys = [(p, 0) for p in paths[:-2]]
        waits, ui = [], []
        t0 = time.perf_counter()
        for i, key in enumerate(keys):
            cache.prefetch(keys[i + 1 : i + 1 + PREFETCH_AHEAD])
            t1 = time.perf_counter()
            frame = cache.get_or_load(key)
            waits.append(time.perf_counter() - t1)
            cache.pin(key)
            # What the GUI thread does per frame; it needs the GIL, which decoder threads
            # may hold, so its worst case shows whether scrolling would stutter.
            t2 = time.perf_counter()
            display.to_display(frame, window)
            ui.append(time.perf_counter() - t2)
            # A user scrolling at a steady 30 frames/s: the next frame is due on a fixed
            # schedule, so a frame is late only when its decode was not ready in time.
            time.sleep(max(0.0, t0 + (i + 1) / 30 - time.perf_counter()))
        elapsed = time.perf_counter() - t0
        results[processes] = (len(keys) / elapsed, waits, ui)
        cache.close()
    print(
        f"scrolling a JPEG 2000 series, decoding each frame when shown: {1 / plain:6.1f} "
        f"frames/s ({plain * 1000:.1f} ms a frame)"
    )
    for processes, (fps, waits, ui) in results.items():
        kind = "process pool" if processes else "thread pool"
        late = sum(1 for w in waits if w > 1 / 30)
        print(
            f"  with prefetch ({kind}, {PREFETCH_AHEAD} ahead, paced at 30/s): {fps:6.1f} "
            f"frames/s (budget 30, {fps / 30:.2f}x); median wait for the visible frame "
            f"{statistics.median(waits) * 1000:.1f} ms, {late} of {len(waits)} frames late; "
            f"grey levels on the GUI thread median {statistics.median(ui) * 1000:.2f} ms, "
            f"worst {max(ui) * 1000:.1f} ms"
        )
    # Unpaced: as fast as the pipeline can deliver (a held-down arrow key).
    cache = FrameCache(CACHE_BOUND, workers=2, processes=True)
    for f in cache.prefetch([(paths[-1], 0), (paths[-2], 0)]):
        f.result()
    keys = [(p, 0) for p in paths[:-2]]
    t0 = time.perf_counter()
    for i, key in enumerate(keys):
        cache.prefetch(keys[i + 1 : i + 1 + PREFETCH_AHEAD])
        display.to_display(cache.get_or_load(key), window)
    fps = len(keys) / (time.perf_counter() - t0)
    print(
        f"  unpaced with process-pool prefetch: {fps:6.1f} frames/s ({fps * plain:.2f}x "
        "decoding on demand)"
    )
    cache.close()


def bench_memory(paths: list[Path]) -> None:
    import psutil

    from imaging import display
    from imaging.frame_cache import FrameCache

    process = psutil.Process()
    cache = FrameCache(CACHE_BOUND, processes=False)
    keys = [(f"slice-{i}", 0) for i in range(LONG_SERIES)]

    def loader(key):  # 1,500 distinct keys backed by the 500 files on disk
        return paths[int(key[0].split("-")[1]) % len(paths)]

    peak_rss = [process.memory_info().rss]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak_rss.append(process.memory_info().rss)
            time.sleep(0.005)

    sampler = threading.Thread(target=sample, daemon=True)
    base_rss = process.memory_info().rss
    tracemalloc.start()
    sampler.start()
    window = display.Window(40, 400)
    for key in keys:
        cache.pin(key)
        display.to_display(cache.get_or_load(key, loader), window)
    done.set()
    sampler.join()
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    mb = 1024 * 1024
    print(
        f"scrolling {LONG_SERIES} slices through a {CACHE_BOUND // mb} MB cache: cache peak "
        f"{cache.peak_bytes / mb:.1f} MB ({cache.peak_bytes / CACHE_BOUND:.2f} of the bound), "
        f"{cache.evictions} evictions"
    )
    print(
        f"  Python-allocated peak (tracemalloc) {traced_peak / mb:.1f} MB; process RSS grew "
        f"{(max(peak_rss) - base_rss) / mb:.1f} MB (a whole series would be "
        f"{LONG_SERIES * SIZE * SIZE * 2 / mb:.0f} MB)"
    )


def main() -> None:
    print(f"machine: {machine_load()}; decoding figures scale with the idle cores")
    with tempfile.TemporaryDirectory(prefix="casebridge-bench-display-") as tmp:
        t0 = time.perf_counter()
        plain = write_series(Path(tmp) / "plain", SERIES)
        j2k = write_series(Path(tmp) / "j2k", J2K_SERIES, j2k=True)
        print(
            f"wrote {SERIES} plain and {J2K_SERIES} JPEG 2000 slices of {SIZE}x{SIZE} in "
            f"{time.perf_counter() - t0:.1f} s (setup)"
        )
        bench_first_image(plain)
        bench_window_level(plain[0])
        bench_scroll_cached(plain[:200])
        bench_scroll_j2k(j2k)
        bench_memory(plain)
    print(f"machine at the end: {machine_load()}")


if __name__ == "__main__":
    main()
