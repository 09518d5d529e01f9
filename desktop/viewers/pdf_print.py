"""Printing a PDF: each page rendered by QtPdf at the printer's resolution and fitted to paper.

QtPrintSupport ships in pyside6-essentials, so no extra package is needed. Resolution is capped
at 300 dpi: reports stay sharp and a 20-page document does not need gigabytes of page images.
Thread-safety: GUI thread only (QPdfDocument and QPainter on a QPrinter are not shared).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_PRINT_DPI = 300


def print_document(
    document: QPdfDocument, printer: QPrinter, pages: list[int] | None = None
) -> int:
    """Print ``pages`` (all when None) of ``document``; return how many pages went out."""
    if pages is None:
        first, last = printer.fromPage(), printer.toPage()
        if first > 0 and last >= first:
            pages = list(range(first - 1, min(last, document.pageCount())))
        else:
            pages = list(range(document.pageCount()))
    if not pages:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    printed = 0
    try:
        for n, page in enumerate(pages):
            if n:
                printer.newPage()
            paper = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            paper.moveTo(0, 0)
            points = document.pagePointSize(page)
            size = (points * dpi / 72.0).toSize()
            image = document.render(page, size)
            target = QSize(image.width(), image.height()).scaled(
                paper.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio
            )
            x = (paper.width() - target.width()) / 2
            painter.drawImage(QRectF(x, 0, target.width(), target.height()), image)
            printed += 1
    finally:
        painter.end()
    return printed
