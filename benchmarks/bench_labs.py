"""Lab extraction: a 500-page text report, one scanned page through OCR, a 100 MP photo.

Generates the documents (reportlab, the test extra) in a temporary folder, then times
``clinical.extract.extract_document`` on each: whole-document seconds, milliseconds per page,
and the time from asking to cancel until the worker stops. Prints figures; no assertions.
"""

from __future__ import annotations

import contextlib
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PAGES = 500


def main() -> None:
    from clinical import ocr
    from clinical.extract import extract_document
    from foundation.cancel import Cancelled
    from testdata import lab_reports as reports
    from testdata.documents import scan_of

    folder = Path(tempfile.mkdtemp(prefix="bench-labs-"))
    try:
        long_pdf = folder / "long.pdf"
        start = time.perf_counter()
        reports.many_pages(long_pdf, PAGES)
        print(f"generated {PAGES} pages in {time.perf_counter() - start:.1f} s")

        start = time.perf_counter()
        extraction = extract_document(long_pdf)
        took = time.perf_counter() - start
        print(
            f"{PAGES}-page text report: {took:.1f} s, {took / PAGES * 1000:.0f} ms/page, "
            f"{len(extraction.results)} results"
        )

        cancel = threading.Event()
        asked: list[float] = []

        def progress(done: int, total: int) -> None:
            if done == 50:
                asked.append(time.perf_counter())
                cancel.set()

        def work() -> None:
            with contextlib.suppress(Cancelled):
                extract_document(long_pdf, cancel=cancel, progress=progress)

        worker = threading.Thread(target=work)
        worker.start()
        worker.join()
        stopped = (time.perf_counter() - asked[0]) * 1000
        print(f"cancel at page 50: worker stopped {stopped:.0f} ms after the request")

        classic = reports.write("classic", folder)
        scanned, png = scan_of(classic, folder, dpi=200)
        if ocr.tesseract_available():
            start = time.perf_counter()
            extraction = extract_document(scanned)
            print(
                f"scanned page through OCR: {time.perf_counter() - start:.1f} s, "
                f"{len(extraction.results)} results"
            )
        else:
            print("tesseract not installed: OCR not measured")

        from PIL import Image

        page = Image.open(png).convert("L")
        page = page.resize((page.width * 4, page.height * 4))
        photo = Image.new("L", (10_000, 10_000), 235)
        photo.paste(page, (1200, 300))
        photo_path = folder / "photo.jpg"
        photo.save(photo_path, quality=85)
        start = time.perf_counter()
        image, _scale = ocr.open_photo(photo_path)
        print(
            f"100 MP photo opened for OCR in {(time.perf_counter() - start) * 1000:.0f} ms "
            f"as {image.size[0]} x {image.size[1]}"
        )
        if ocr.tesseract_available():
            start = time.perf_counter()
            extraction = extract_document(photo_path)
            print(
                f"100 MP photo read: {time.perf_counter() - start:.1f} s, "
                f"{len(extraction.results)} results"
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
