"""The service's byte store, as one small interface with two implementations: files in the
data folder (opinion_service.storage, the default) and S3-compatible object storage
(opinion_service.s3), chosen by the ``--storage`` URL.

It holds the bytes of tus uploads while they arrive and the files of committed bundles. What
an upload has received so far is described by a short text, ``blob_state``, that the caller
keeps in the metadata store next to the upload's offset and passes back: the metadata store is
the one record of what is durable, so a writer that died before recording its last bytes leaves
nothing that counts.

Thread-safety: implementations are shared by every request thread; one upload has one writer
at a time (the caller holds the upload's lock).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True)
class BundleFileInfo:
    """A committed bundle's file: its size, and a local path when the store has one."""

    size: int
    path: Path | None = None


class UploadWriter(Protocol):
    """Appends one request's bytes to an upload, from the offset the writer was opened at."""

    # Bytes this writer took in (durable or not): what the upload has, seen from here.
    received: int

    # How many bytes between checkpoints suit this store.
    checkpoint_bytes: int

    def write(self, chunk: bytes) -> None: ...

    def checkpoint(self) -> str:
        """Make every byte written so far durable; returns the new ``blob_state``."""

    def close(self) -> None:
        """Let go of local resources (after the last checkpoint)."""


class Blobs(Protocol):
    backend: str  # "files" or "s3"

    def create_upload(self, upload_id: str) -> str:
        """Make room for a new upload; returns its first ``blob_state``."""

    def writer(self, upload_id: str, offset: int, state: str) -> UploadWriter: ...

    def finish_upload(self, upload_id: str, length: int, state: str) -> str:
        """Put a complete upload's bytes in one piece (idempotent); returns the new state."""

    def upload_sha256(self, upload_id: str, state: str) -> str:
        """SHA-256 hex of a finished upload's bytes."""

    def read_upload(self, upload_id: str) -> bytes:
        """A finished upload's bytes at once (small files only: an opinion)."""

    def delete_upload(self, upload_id: str, state: str) -> None:
        """Remove every byte of the upload, whatever stage it is in (idempotent)."""

    def commit_bundle(
        self, bundle_id: str, envelope: bytes, signature: str, files: dict[str, tuple[str, str]]
    ) -> None:
        """Lay out a bundle (docs/bundle-format.md) from finished uploads ``{name: (id, state)}``;
        the uploads stay until ``delete_upload``. Repeating it gives the same bundle."""

    def bundle_file(self, bundle_id: str, name: str) -> BundleFileInfo | None: ...

    def read_bundle_file(self, bundle_id: str, name: str, start: int = 0) -> Iterator[bytes]: ...

    def bundle_folder(self, bundle_id: str) -> contextlib.AbstractContextManager[Path]:
        """A local folder holding the bundle's files for as long as the block runs."""

    def bundle_names(self, bundle_id: str) -> list[str]: ...

    # Named objects beside the bundles: a specialist's re-encrypted copy of a case
    # (``deliveries/BUNDLE_ID/DEVICE_ID/NAME``) and an opinion's files
    # (``opinions/OPINION_ID/NAME``); see ``object_key``.

    def put_object(self, key: str, source: Path) -> None:
        """Store the bytes of the local file ``source`` (ciphertext) at ``key``, replacing
        what was there; ``source`` may be moved away."""

    def place_upload(self, upload_id: str, state: str, key: str) -> None:
        """Put a finished upload's bytes at ``key`` (the upload stays until deleted)."""

    def object_info(self, key: str) -> BundleFileInfo | None: ...

    def read_object(self, key: str, start: int = 0) -> Iterator[bytes]: ...


OBJECT_AREAS = ("deliveries", "opinions")
_SEGMENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,79}")


def object_key(area: str, *parts: str) -> str:
    """``area/part/...``, every part a plain name (letters, digits, ``._-``; no leading dot),
    so no id can leave its folder or its prefix. Raises ValueError otherwise."""
    if area not in OBJECT_AREAS or not parts or not all(_SEGMENT.fullmatch(p) for p in parts):
        raise ValueError("bad object key")
    return "/".join((area, *parts))


def open_blobs(url: str | None, data_dir: Path) -> Blobs:
    """``None`` or ``file:`` (the data folder), or ``s3://bucket/prefix``."""
    if not url or url.startswith("file:"):
        from opinion_service.storage import FileBlobs

        return FileBlobs(data_dir)
    if url.startswith("s3://"):
        from opinion_service.s3 import S3Blobs

        return S3Blobs(url)
    raise ValueError("the storage URL must start with file: or s3://")
