"""Reading a PDF's words with positions: pdfplumber for text layers, Tesseract for scans.

A page whose text layer is empty (a scan or a phone "PDF" of photos) is rendered with
pypdfium2 at 300 dpi and OCRed. Each page is released as soon as it is read, so a 500-page
report runs in constant memory; ``cancel`` is checked between pages. Reading is bounded by
clinical.pdf_budget: pages (counted by PDFium before pdfminer walks them), each page's
inflated content, and time.
Thread-safety: pure functions over a file path; safe from any thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from clinical import ocr, pdf_budget
from clinical.errors import (
    OcrUnavailable,
    PdfCorrupt,
    PdfEncrypted,
    PdfPageTooLarge,
    PdfTooManyPages,
    PdfTooSlow,
)
from clinical.models import PageText, TextSource, Word
from foundation.cancel import check

# Progress: (pages done, pages in all).
PageProgress = Callable[[int, int], None]

MIN_TEXT_CHARS = 8  # fewer characters than this on a page: treat it as a scan
_MAX_RENDER_PIXELS = 12_000_000  # 300 dpi A4 is 8.7 MP; larger pages render at less dpi


def read_pdf(
    path: Path,
    *,
    cancel: threading.Event | None = None,
    progress: PageProgress | None = None,
    allow_ocr: bool = True,
) -> tuple[list[PageText], list[int]]:
    """Every page's words; returns (pages, numbers of pages that could not be read).

    Pages without a text layer are OCRed when ``allow_ocr`` and Tesseract are there. Raises
    PdfEncrypted, PdfCorrupt, OcrUnavailable (when no page at all has text), Cancelled,
    and past clinical.pdf_budget PdfTooManyPages, PdfPageTooLarge, PdfTooSlow.
    """
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    pages: list[PageText] = []
    unread: list[int] = []  # scanned pages left unread: no OCR here
    # Counted by PDFium first: pdfminer alone takes minutes over a 200,000-page tree.
    try:
        counted = pdf_budget.page_count(path)
    except ValueError:
        counted = None  # PDFium cannot open it (a password?): pdfminer's count below
    if counted is not None and counted > pdf_budget.MAX_TEXT_PAGES:
        raise PdfTooManyPages(f"{counted} pages")
    try:
        pdf = pdfplumber.open(path, password="")
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect):
            raise PdfEncrypted() from None
        raise PdfCorrupt(type(cause).__name__) from None
    except Exception as exc:  # pdfminer raises many unrelated types for broken files
        raise PdfCorrupt(type(exc).__name__) from None
    with pdf:
        deadline = time.monotonic() + pdf_budget.MAX_TEXT_SECONDS
        try:
            total = len(pdf.pages)
        except Exception as exc:
            raise PdfCorrupt(type(exc).__name__) from None
        if total > pdf_budget.MAX_TEXT_PAGES:
            raise PdfTooManyPages(f"{total} pages")
        if total == 0:
            raise PdfCorrupt("no pages")
        for index in range(total):
            check(cancel, "pdf")
            if time.monotonic() > deadline:
                raise PdfTooSlow(f"page {index + 1}")
            try:
                page = pdf.pages[index]
                fits = pdf_budget.page_fits(page.page_obj)
            except Exception as exc:
                raise PdfCorrupt(type(exc).__name__) from None
            if not fits:
                raise PdfPageTooLarge(f"page {index + 1}")
            try:
                number = index + 1
                words = _page_words(page, number)
                size = (float(page.width), float(page.height))
                page.close()  # drops the page's cached layout objects
            except Exception as exc:
                raise PdfCorrupt(type(exc).__name__) from None
            if sum(len(w.text) for w in words) >= MIN_TEXT_CHARS:
                pages.append(PageText(number, size[0], size[1], tuple(words)))
            elif allow_ocr and ocr.tesseract_available():
                # OCR in the same pass, so progress moves page by page through a scan.
                pages.append(_ocr_page(path, number, cancel))
            else:
                unread.append(number)
                pages.append(PageText(number, size[0], size[1], ()))
            if progress:
                progress(number, total)
    if unread and len(unread) == len(pages):
        raise OcrUnavailable()
    return pages, unread


def _page_words(page, number: int) -> list[Word]:
    # Bold printed by over-striking doubles every character; dedupe then (only then: it
    # costs a quarter of the reading time and most pages have no doubled characters).
    chars = page.chars
    seen = {(c["text"], round(c["x0"]), round(c["top"])) for c in chars}
    if len(seen) < len(chars):
        page = page.dedupe_chars(tolerance=1)
    raw = page.extract_words(
        x_tolerance=1.5, y_tolerance=3, keep_blank_chars=False, extra_attrs=["fontname"]
    )
    return [
        Word(
            w["text"],
            number,
            float(w["x0"]),
            float(w["top"]),
            float(w["x1"]),
            float(w["bottom"]),
            "bold" in str(w.get("fontname", "")).lower(),
        )
        for w in raw
    ]


def _ocr_page(path: Path, number: int, cancel: threading.Event | None) -> PageText:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise PdfCorrupt(type(exc).__name__) from None
    try:
        page = document[number - 1]
        width, height = page.get_size()
        scale = ocr.OCR_DPI / 72
        pixels = width * height * scale * scale
        if pixels > _MAX_RENDER_PIXELS:
            scale *= (_MAX_RENDER_PIXELS / pixels) ** 0.5
        image = page.render(scale=scale, grayscale=True).to_pil()
        page.close()
    finally:
        document.close()
    result = ocr.ocr_image(image, number, 1 / scale, cancel)
    return PageText(number, width, height, result.words, TextSource.OCR)
