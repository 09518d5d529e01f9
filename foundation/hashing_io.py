"""Hashing and counting bytes on their way through age, and hashing a file on disk.

pyrage streams between a reader and a writer in constant memory; ``HashingReader`` and
``HashingWriter`` sit on either side so the SHA-256 and size of what passes come out of the
same single pass. The local blob store and the bundle writer, checker and opener all encrypt or
decrypt through these. Thread-safety: one wrapper per stream, used by one thread at a time.
"""

from __future__ import annotations

import hashlib
import io
import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, BinaryIO

from foundation.cancel import is_cancelled

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer, WriteableBuffer

__all__ = ["CHUNK", "HashingReader", "HashingWriter", "sha256_file"]

CHUNK = 1024 * 1024  # the block size for streaming files through age and the hash


class HashingReader(io.RawIOBase):
    """Reads ``raw``, hashing and counting every byte handed on.

    A cancel ends the stream early and sets ``cancelled`` instead of raising: pyrage turns an
    exception raised inside a read into its own error and drops the original, so the caller
    checks ``cancelled`` after the pass, discards what was written and raises ``Cancelled``.
    ``progress`` is called with the bytes read so far.
    """

    def __init__(
        self,
        raw: io.RawIOBase | io.BufferedIOBase,
        cancel: threading.Event | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> None:
        self._raw = raw
        self._cancel = cancel
        self._progress = progress
        self.digest = hashlib.sha256()
        self.size = 0
        self.cancelled = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        if is_cancelled(self._cancel):
            self.cancelled = True
            return 0
        # readinto straight into pyrage's buffer: no extra copy of every block.
        n = self._raw.readinto(buffer) or 0
        self.digest.update(memoryview(buffer)[:n])
        self.size += n
        if self._progress is not None and n:
            self._progress(self.size)
        return n


class HashingWriter(io.RawIOBase):
    """Counts (and unless ``hashing`` is False, hashes) what is written, passing it on to
    ``raw`` if there is one; keeps the OSError that pyrage would hide behind its own error."""

    def __init__(self, raw: BinaryIO | None = None, *, hashing: bool = True) -> None:
        self._raw = raw
        # Ciphertext headed for a content address needs no hash: the name is the plaintext's.
        self._digest = hashlib.sha256() if hashing else None
        self.size = 0
        self.error: OSError | None = None

    def writable(self) -> bool:
        return True

    def write(self, data: ReadableBuffer) -> int:
        if self._raw is not None:
            try:
                self._raw.write(data)
            except OSError as exc:
                self.error = exc
                raise
        if self._digest is not None:
            self._digest.update(data)
        size = memoryview(data).nbytes
        self.size += size
        return size

    def hexdigest(self) -> str:
        if self._digest is None:
            raise ValueError("this writer was made without hashing")
        return self._digest.hexdigest()


def sha256_file(path: str | os.PathLike[str], chunk: int = CHUNK) -> tuple[str, int]:
    """The SHA-256 (hex) and size of a file, read in blocks."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size
