"""A file's media type and attachment kind, judged by its content, never by its name.

The content tests themselves live in ``imaging.dicom_header.classify`` (shared with the
importer); this maps its kinds to what an attachment row records. Anything it does not
recognise is still attachable, as "other". Thread-safety: pure functions.
"""

from __future__ import annotations

from pathlib import Path

from local_store.models import AttachmentKind

_KINDS = {
    "pdf": ("application/pdf", AttachmentKind.DOCUMENT),
    "jpeg": ("image/jpeg", AttachmentKind.PHOTO),
    "png": ("image/png", AttachmentKind.PHOTO),
    "heic": ("image/heic", AttachmentKind.PHOTO),
    "zip": ("application/zip", AttachmentKind.OTHER),
    "dicomdir": ("application/dicom", AttachmentKind.OTHER),
}
_OTHER = ("application/octet-stream", AttachmentKind.OTHER)


def sniff(path: Path) -> tuple[str, AttachmentKind]:
    """(media type, kind) of the file at ``path`` judged from its content."""
    # Imported here: pydicom costs a quarter of a second, and `casebridge case list` never
    # needs it.
    from imaging.dicom_header import examine

    classified, header = examine(path)
    if classified.kind == "dicom" and header is not None:
        kind = AttachmentKind.DOCUMENT if header.is_document else AttachmentKind.DICOM
        return "application/dicom", kind
    if classified.reason == "truncated_dicom":
        return "application/dicom", AttachmentKind.DICOM  # kept as given; the viewer says why
    return _KINDS.get(classified.kind, _OTHER)
