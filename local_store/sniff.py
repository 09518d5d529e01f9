"""Recognising a file's type by its first bytes, never by its name.

Thread-safety: pure functions.
"""

from __future__ import annotations

from pathlib import Path

from local_store.models import AttachmentKind

_SIGNATURES = (
    (b"%PDF-", "application/pdf", AttachmentKind.DOCUMENT),
    (b"\xff\xd8\xff", "image/jpeg", AttachmentKind.PHOTO),
    (b"\x89PNG\r\n\x1a\n", "image/png", AttachmentKind.PHOTO),
)


def sniff(path: Path) -> tuple[str, AttachmentKind]:
    """(media type, kind) of the file at ``path`` judged from its content."""
    with open(path, "rb") as fh:
        head = fh.read(132)
    if len(head) >= 132 and head[128:132] == b"DICM":
        return "application/dicom", AttachmentKind.DICOM
    for magic, media_type, kind in _SIGNATURES:
        if head.startswith(magic):
            return media_type, kind
    if head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1"):
        return "image/heic", AttachmentKind.PHOTO
    return "application/octet-stream", AttachmentKind.OTHER
