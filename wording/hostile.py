"""Words for files that are too large, special or oddly packed to be read whole: decompression
bombs, enormous PDF pages, FIFOs in a folder, zips past the import's budget, duplicate names.

Kept beside wording/__init__.py (same conventions: QT_TRANSLATE_NOOP marks, what happened and
what to do); wording/__init__.py merges each table into the one its codes belong to
(DECODE_ERROR, IMPORT_REJECT, CLINICAL_ERROR), so the CLI and the desktop look them up as
before. Thread-safety: constant data.
"""

from __future__ import annotations

from wording import QT_TRANSLATE_NOOP

# imaging.pixels.DecodeError codes, and the render command's PDF page refusal.
DECODE_ERROR = {
    "too_large_to_display": QT_TRANSLATE_NOOP(
        "wording",
        "Too large to display here: this image says it is far bigger than this computer can "
        "draw safely (or it unpacks to far more data than any image). It is kept unchanged "
        "and will be sent with the case; the specialist's workstation can open it.",
    ),
    "pdf_page_too_large": QT_TRANSLATE_NOOP(
        "wording",
        "Too large to display here: this page holds far more drawing instructions than any "
        "printed report, a sign of a damaged or harmful file. The file is kept; ask the sender "
        "for a new copy.",
    ),
    "pdf_too_many_pages": QT_TRANSLATE_NOOP(
        "wording",
        "Too large to display here: this PDF has far more pages than any report. The file is "
        "kept; ask the sender for the pages that matter.",
    ),
}

# local_store import reject codes.
IMPORT_REJECT = {
    "special_file_skipped": QT_TRANSLATE_NOOP(
        "wording",
        "Skipped: this is not an ordinary file (a pipe, device or socket), so it was not "
        "opened. Nothing needs doing unless it should have been a scan or report.",
    ),
    "zip_budget_exceeded": QT_TRANSLATE_NOOP(
        "wording",
        "Not unpacked: together with the other zip files in this import it would unpack to "
        "more than 2 GB, or more than the free space on this computer. Import the zip files "
        "one at a time, or free some disk space, then import it again.",
    ),
    "duplicate_member": QT_TRANSLATE_NOOP(
        "wording",
        "This zip holds another file whose name is used for a folder here, so this one could "
        "not be unpacked beside it. Unpack the zip by hand and import the folder.",
    ),
    "inflates_too_large": QT_TRANSLATE_NOOP(
        "wording",
        "This scan file is packed so that it unpacks to far more data than any image, a sign "
        "of a harmful file. It was not imported. Ask the sender for a new copy.",
    ),
    "photo_too_large": QT_TRANSLATE_NOOP(
        "wording",
        "This picture says it is far larger than any phone photo (more than 200 megapixels), "
        "so it was not imported. Attach a normal photo or a PDF instead.",
    ),
}

# clinical.errors codes: reading a document's text within bounds.
CLINICAL_ERROR = {
    "pdf_too_many_pages": QT_TRANSLATE_NOOP(
        "wording",
        "This PDF has far more pages than a lab report, so its text was not read. The file "
        "is kept and sent with the case; type the important values in by hand.",
    ),
    "pdf_page_too_large": QT_TRANSLATE_NOOP(
        "wording",
        "A page of this PDF holds far more content than any printed report, so its text was "
        "not read. The file is kept and sent with the case; type the values in by hand.",
    ),
    "pdf_too_slow": QT_TRANSLATE_NOOP(
        "wording",
        "Reading this PDF took too long and was stopped. The file is kept and sent with the "
        "case; type the important values in by hand.",
    ),
}
