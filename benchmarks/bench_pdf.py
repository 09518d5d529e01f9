"""PDF viewer: time to the first page on screen, against QPdfDocument.load alone (budget 150 ms).

Two documents: a 40-page text report (written by hand by testdata.documents) and
a 6-page scan (Pillow's PDF writer, one 200 dpi page image each, as phone-scanned reports are).
For each, the median of several runs of:
- load: QPdfDocument.load on the file, nothing else;
- first page: PdfViewer(path) constructed, shown, and polled until the first page's text or
  picture is painted in the window (the viewer renders pages on demand, off the GUI thread);
- first page from bytes: the same from the decrypted bytes (how the app opens a stored PDF).
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_pdf.py
Figures are printed, not asserted: they depend on the machine.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image, ImageDraw
from PySide6.QtCore import QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.viewers.pdf_viewer import PdfViewer
from testdata.documents import report_pdf

RUNS = 7
BUDGET_MS = 150


def scan_pdf(path: Path, pages: int = 6) -> Path:
    images = []
    for n in range(pages):
        page = Image.new("RGB", (1654, 2339), (245, 243, 238))  # A4 at 200 dpi
        draw = ImageDraw.Draw(page)
        for i in range(40):
            draw.rectangle(
                (150, 200 + i * 50 + n, 150 + (i * 37) % 1200 + 200, 225 + i * 50), fill=40
            )
        images.append(page)
    images[0].save(path, save_all=True, append_images=images[1:], resolution=200)
    return path


def first_page_drawn(viewer: PdfViewer) -> bool:
    rects = viewer.view.page_rects()
    if not rects:
        return False
    area = rects[0].intersected(viewer.view.viewport().rect())
    image = viewer.view.viewport().grab(area).toImage()
    step = max(image.width() // 60, 1)
    return any(
        image.pixelColor(x, y).lightness() < 120
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    )


def time_load(path: Path) -> float:
    document = QPdfDocument()
    start = time.perf_counter()
    document.load(str(path))
    elapsed = time.perf_counter() - start
    assert document.pageCount() > 0
    document.close()
    return elapsed * 1000


def time_render(path: Path) -> float:
    """Load plus PDFium drawing page 1 at the viewer's width: the floor for any viewer."""
    document = QPdfDocument()
    start = time.perf_counter()
    document.load(str(path))
    size = document.pagePointSize(0)
    width = 940
    document.render(0, QSize(width, int(width * size.height() / size.width())))
    elapsed = time.perf_counter() - start
    document.close()
    return elapsed * 1000


def time_first_page(source) -> float:
    start = time.perf_counter()
    viewer = PdfViewer(source)
    viewer.resize(1100, 760)
    viewer.show()
    while not first_page_drawn(viewer):
        QTest.qWait(1)
        if time.perf_counter() - start > 10:
            raise RuntimeError("first page never drawn")
    elapsed = time.perf_counter() - start
    viewer.close()
    viewer.deleteLater()
    QTest.qWait(20)
    return elapsed * 1000


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        documents = {
            "40-page text report": report_pdf(folder / "text.pdf", page_count=40),
            "6-page 200 dpi scan": scan_pdf(folder / "scan.pdf"),
        }
        time_first_page(documents["40-page text report"])  # warm-up: fonts, plugins, pdfium
        print(f"PDF first page on screen (median of {RUNS}; budget {BUDGET_MS} ms)")
        for name, path in documents.items():
            size_kb = path.stat().st_size // 1024
            load = statistics.median(time_load(path) for _ in range(RUNS))
            render = statistics.median(time_render(path) for _ in range(RUNS))
            first = statistics.median(time_first_page(path) for _ in range(RUNS))
            data = path.read_bytes()
            from_bytes = statistics.median(time_first_page(data) for _ in range(RUNS))
            print(
                f"  {name} ({size_kb} KB): load alone {load:.1f} ms; load + render page 1 "
                f"{render:.1f} ms; viewer first page {first:.1f} ms (x{first / load:.0f} of "
                f"load, x{first / render:.1f} of load + render); from bytes {from_bytes:.1f} ms; "
                f"{'within' if max(first, from_bytes) <= BUDGET_MS else 'OVER'} budget"
            )
    del app


if __name__ == "__main__":
    main()
