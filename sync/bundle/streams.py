"""File-like wrappers that hash and count bytes as age encrypts or decrypts through them.

pyrage streams between a reader and a writer in constant memory; these sit on either side so
the plaintext and ciphertext SHA-256 come out of the same single pass. Thread-safety: one
stream per thread.
"""

from __future__ import annotations

import hashlib
import io
import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer, WriteableBuffer

from foundation.cancel import check

CHUNK = 1024 * 1024


class HashingReader(io.RawIOBase):
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

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        check(self._cancel, "encrypt")
        # readinto straight into pyrage's buffer: no extra copy of every block.
        n = self._raw.readinto(buffer) or 0
        self.digest.update(memoryview(buffer)[:n])
        self.size += n
        if self._progress is not None and n:
            self._progress(n)
        return n


class HashingWriter(io.RawIOBase):
    def __init__(self, raw: BinaryIO | None = None) -> None:
        self._raw = raw
        self.digest = hashlib.sha256()
        self.size = 0
        self.error: OSError | None = None  # pyrage hides the OSError behind its own error

    def writable(self) -> bool:
        return True

    def write(self, data: ReadableBuffer) -> int:
        if self._raw is not None:
            try:
                self._raw.write(data)
            except OSError as exc:
                self.error = exc
                raise
        self.digest.update(data)
        size = memoryview(data).nbytes
        self.size += size
        return size


def sha256_file(path: str | os.PathLike[str], chunk: int = CHUNK) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size
