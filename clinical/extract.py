"""One document in, everything clinical out: words, kind, date and lab results.

``extract_document`` is the single entry point local_store and the CLI use. It reads a PDF
(text layer, or OCR for scanned pages) or a photo (OCR), then guesses the kind and date and
extracts lab results. Long documents report progress per page and stop at ``cancel``.
Thread-safety: pure function of a file path; run it off the UI and database threads.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from clinical import ocr
from clinical.errors import UnsupportedDocument
from clinical.kinds import detect_date, guess_kind
from clinical.labs import extract_labs
from clinical.models import DocumentKind, Extraction, PageText, TextSource
from clinical.pdf_text import read_pdf
from foundation.cancel import check

PDF = "application/pdf"
# HEIC (iPhone photos) is listed so it is tried and, without a HEIC decoder, named as unreadable.
PHOTO_TYPES = ("image/jpeg", "image/png", "image/tiff", "image/bmp", "image/webp", "image/heic")


def media_type_of(path: Path) -> str:
    """The document's type from its first bytes (never from its name)."""
    with open(path, "rb") as fh:
        head = fh.read(16)
    if head.startswith(b"%PDF") or b"%PDF" in head:
        return PDF
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    if head.startswith(b"BM"):
        return "image/bmp"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return "application/octet-stream"


def extract_document(
    path: Path,
    *,
    file_name: str = "",
    sex: str = "U",
    media_type: str | None = None,
    cancel: threading.Event | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Extraction:
    """Read ``path`` and return its Extraction.

    ``file_name`` (the name the user gave the file) only helps guess the kind; ``sex`` (F, M,
    O, U) chooses sex-split reference ranges. Raises the clinical.errors types: PdfEncrypted,
    PdfCorrupt, ImageTooLarge, ImageUnreadable, OcrUnavailable, OcrFailed,
    UnsupportedDocument; foundation.cancel.Cancelled.
    """
    path = Path(path)
    media_type = media_type or media_type_of(path)
    if media_type == PDF:
        pages, unread = read_pdf(path, cancel=cancel, progress=progress)
    elif media_type in PHOTO_TYPES:
        image, scale = ocr.open_photo(path)
        check(cancel, "ocr")
        pages, unread = [ocr.ocr_image(image, 1, scale, cancel)], []
        if progress:
            progress(1, 1)
    else:
        raise UnsupportedDocument(media_type)
    return analyse_pages(pages, file_name=file_name, sex=sex, unread=unread)


def analyse_pages(
    pages: list[PageText], *, file_name: str = "", sex: str = "U", unread: Sequence[int] = ()
) -> Extraction:
    """Kind, date and lab results from pages already read (tests and re-analysis use this)."""
    results = extract_labs(pages, sex)
    text = "\n".join(p.text for p in pages)
    kind = guess_kind(text, file_name, len(results))
    sources = {p.source for p in pages if p.words}
    source = TextSource.OCR if TextSource.OCR in sources else TextSource.TEXT
    return Extraction(
        pages=tuple(pages),
        source=source,
        kind=kind if kind else DocumentKind.OTHER,
        date=detect_date(text),
        results=tuple(results),
        page_count=len(pages),
        unread_pages=tuple(unread),
    )
