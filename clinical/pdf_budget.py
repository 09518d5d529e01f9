"""How much of a PDF may be read or drawn, and the checks that keep a hostile one within it.

A PDF can claim anything: 200,000 pages, a page a kilometre wide, or a content stream of a few
kilobytes that inflates to a gigabyte of drawing instructions. PDFium and pdfminer would
follow each claim with memory and time (several GB; minutes), so before a page is read for
text, rendered or shown, its content streams (and the form XObjects it draws) are inflated
here in small steps and counted, never kept, and its images' declared sizes are checked.
Pages are counted with PDFium (a fraction of a second even for 200,000 pages) before pdfminer
walks the page tree, which alone would take seconds.

Why these numbers: clinic PCs have 4-8 GB of memory (see imaging.limits); a printed lab report
page has well under 1 MB of content and its scanned image is under 30 MP, so a page 32 times
and an image 3 times richer is still read, while a page that would cost gigabytes is not.
Thread-safety: pure functions; each call opens its own handles.
"""

from __future__ import annotations

import io
import zlib
from pathlib import Path

from foundation.cancel import Cancel, Cancelled, check

MAX_TEXT_PAGES = 500  # read for lab values (a 500-page report takes about 30 s)
MAX_VIEW_PAGES = 2_000  # shown in the viewer (its page list holds every page)
MAX_PAGE_CONTENT_BYTES = 32 * 1024 * 1024  # inflated content of one page, forms included
MAX_IMAGE_PIXELS = 100_000_000  # one image drawn on a page
MAX_TEXT_SECONDS = 600  # one document's text, OCR included

Source = Path | str | bytes

_FLATE = {"FlateDecode", "Fl"}
_FORM_DEPTH = 4  # forms drawing forms: deeper nesting is not followed (counted as raw bytes)


class Locked(ValueError):
    """The PDF opens only with a password (a user password; an owner password alone does not
    lock it)."""


def page_count(source: Source) -> int:
    """The number of pages PDFium finds. Raises Locked when it needs a password, ValueError
    when it cannot open the file otherwise."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(_pdfium_input(source))
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium.raw.FPDF_ERR_PASSWORD:
            raise Locked("locked") from exc
        raise ValueError("unreadable") from exc
    except OSError as exc:
        raise ValueError("unreadable") from exc
    try:
        return len(document)
    finally:
        document.close()


def oversized_pages(
    source: Source, pages: int | None = None, *, only: int | None = None, cancel: Cancel = None
) -> list[int]:
    """Numbers (from 1) of the first ``pages`` pages (all when None), or of page ``only``
    alone, whose content or images pass the budget. Raises ValueError when pdfminer cannot
    read the document, Cancelled (checked between pages) when ``cancel`` is set."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    with io.BytesIO(source) if isinstance(source, bytes) else open(Path(source), "rb") as handle:
        try:
            document = PDFDocument(PDFParser(handle), password="")
            found = []
            for index, page in enumerate(PDFPage.create_pages(document)):
                check(cancel, "pdf")
                if (pages is not None and index >= pages) or (only and index >= only):
                    break
                if only and index != only - 1:
                    continue
                if not page_fits(page):
                    found.append(index + 1)
            return found
        except Cancelled:
            raise
        except Exception as exc:  # pdfminer raises many unrelated types for broken files
            raise ValueError("unreadable") from exc


def page_fits(page) -> bool:
    """True when a pdfminer PDFPage's content and images are within the budget."""
    from pdfminer.pdftypes import resolve1

    left = [MAX_PAGE_CONTENT_BYTES]
    contents = page.contents if isinstance(page.contents, list) else [page.contents]
    for stream in contents:
        if not _spend(resolve1(stream), left):
            return False
    return _resources_fit(page.resources, left, 0)


def _resources_fit(resources, left: list[int], depth: int) -> bool:
    from pdfminer.pdftypes import PDFStream, resolve1

    resources = resolve1(resources)
    if not isinstance(resources, dict):
        return True
    xobjects = resolve1(resources.get("XObject"))
    if not isinstance(xobjects, dict):
        return True
    for ref in xobjects.values():
        xobject = resolve1(ref)
        if not isinstance(xobject, PDFStream):
            continue
        subtype = _name(xobject.attrs.get("Subtype"))
        if subtype == "Image":
            width = _number(xobject.attrs.get("Width"))
            height = _number(xobject.attrs.get("Height"))
            if width * height > MAX_IMAGE_PIXELS:
                return False
        elif subtype == "Form":
            if not _spend(xobject, left):
                return False
            if depth < _FORM_DEPTH and not _resources_fit(
                xobject.attrs.get("Resources"), left, depth + 1
            ):
                return False
    return True


def _spend(stream, left: list[int]) -> bool:
    """Take the stream's inflated size from ``left``; False once it is used up."""
    from pdfminer.pdftypes import PDFStream, resolve1

    if not isinstance(stream, PDFStream):
        return True
    raw = stream.rawdata if stream.rawdata is not None else (stream.data or b"")
    filters = resolve1(stream.attrs.get("Filter"))
    names = [_name(f) for f in (filters if isinstance(filters, list) else [filters]) if f]
    # Plain streams, or filters that cannot grow one by much, count their raw bytes.
    flate = names and names[0] in _FLATE
    left[0] -= _inflated_size(raw, left[0] + 1) if flate else len(raw)
    return left[0] >= 0


def _inflated_size(data: bytes, cap: int) -> int:
    """Bytes ``data`` inflates to, counting in 1 MiB steps and stopping past ``cap``."""
    inflater = zlib.decompressobj()
    total = 0
    pending = data
    try:
        while pending and total <= cap:
            total += len(inflater.decompress(pending, 1024 * 1024))
            pending = inflater.unconsumed_tail
            if inflater.eof:
                break
    except zlib.error:
        pass  # a damaged stream inflates no further; what came out is counted
    return total


def _name(value) -> str:
    name = getattr(value, "name", value)
    return name.decode("latin-1") if isinstance(name, bytes) else str(name or "")


def _number(value) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


def _pdfium_input(source: Source):
    return source if isinstance(source, bytes) else str(source)
