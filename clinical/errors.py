"""Typed errors of the clinical package, each with a machine-readable ``code``.

The codes are worded in ``wording.clinical.CLINICAL_ERROR``; messages never hold patient data
or file names. Thread-safety: plain values.
"""

from __future__ import annotations


class ExtractionError(Exception):
    code = "extraction_failed"

    def __init__(self, detail: str = "") -> None:
        # detail is for developers only: an exception class name, never document text.
        super().__init__(detail or self.code)
        self.detail = detail


class PdfEncrypted(ExtractionError):
    """The PDF needs a password to open."""

    code = "pdf_encrypted"


class PdfCorrupt(ExtractionError):
    code = "pdf_corrupt"


class ImageUnreadable(ExtractionError):
    code = "image_unreadable"


class ImageTooLarge(ExtractionError):
    """More pixels than any phone camera takes: refused before decoding (decompression bomb)."""

    code = "image_too_large"


class OcrUnavailable(ExtractionError):
    """The document needs OCR and the tesseract command (with English) is not installed."""

    code = "ocr_unavailable"


class OcrFailed(ExtractionError):
    code = "ocr_failed"


class UnsupportedDocument(ExtractionError):
    """Not a PDF or a photo (DICOM and others are not read for text)."""

    code = "unsupported_document"


class PdfTooManyPages(ExtractionError):
    """More pages than clinical.pdf_budget.MAX_TEXT_PAGES: not read at all."""

    code = "pdf_too_many_pages"


class PdfPageTooLarge(ExtractionError):
    """A page's content inflates past clinical.pdf_budget.MAX_PAGE_CONTENT_BYTES."""

    code = "pdf_page_too_large"


class PdfTooSlow(ExtractionError):
    """Reading took longer than clinical.pdf_budget.MAX_TEXT_SECONDS."""

    code = "pdf_too_slow"
