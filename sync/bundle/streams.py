"""File-like wrappers that hash and count bytes as age encrypts or decrypts through them.

pyrage streams between a reader and a writer in constant memory; these sit on either side so
the plaintext and ciphertext SHA-256 come out of the same single pass. With ``background=True``
the hashing (and the writer's file writes) run on a thread of their own, fed through a small
bounded queue: pyrage encrypts while hashlib hashes, both without holding the GIL, which is what
brings bundle building level with the ``age`` command-line tool. Thread-safety: one stream per
thread; a background stream owns one extra thread, ended by ``finish()`` or ``close()``.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import queue
import threading
from collections.abc import Callable

CHUNK = 1024 * 1024
_QUEUE_BLOCKS = 16  # blocks in flight to the background thread: a few MiB at most


class _Drain:
    """Runs ``consume(block)`` for every block put, in order, on a thread of its own.

    The first error raised by ``consume`` is kept; later blocks are dropped, ``put`` and
    ``finish`` raise it, so a full disk on the background thread still stops the producer.
    """

    def __init__(self, consume: Callable[[bytes], object]) -> None:
        self._consume = consume
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=_QUEUE_BLOCKS)
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="bundle-hash", daemon=True)
        self._thread.start()
        self._open = True

    def _run(self) -> None:
        while (block := self._queue.get()) is not None:
            if self.error is None:
                try:
                    self._consume(block)
                except BaseException as exc:  # handed to the producer thread, not lost
                    self.error = exc

    def put(self, block: bytes) -> None:
        if self.error is not None:
            raise self.error
        self._queue.put(block)

    def finish(self) -> None:
        if self._open:
            self._open = False
            self._queue.put(None)
            self._thread.join()
        if self.error is not None:
            raise self.error


class Cancelled(Exception):
    """The user cancelled; whatever was half-written has been removed by the caller."""


class _Background(io.RawIOBase):
    """``finish`` waits for the background thread (and raises its error); ``close`` ends it."""

    _drain: _Drain | None = None

    def finish(self) -> None:
        """Wait until every block is hashed (and written); raises the first write error."""
        if self._drain is not None:
            self._drain.finish()

    def close(self) -> None:
        if self._drain is not None:
            with contextlib.suppress(BaseException):  # the error was or will be raised by finish
                self._drain.finish()
        super().close()


class HashingReader(_Background):
    def __init__(
        self,
        raw,
        cancel: threading.Event | None = None,
        progress: Callable[[int], None] | None = None,
        *,
        background: bool = False,
    ) -> None:
        self._raw = raw
        self._cancel = cancel
        self._progress = progress
        self.digest = hashlib.sha256()
        self.size = 0
        self._drain = _Drain(self.digest.update) if background else None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._cancel is not None and self._cancel.is_set():
            raise Cancelled()
        # readinto straight into pyrage's buffer: no extra copy of every block.
        n = self._raw.readinto(buffer) or 0
        view = memoryview(buffer)[:n]
        if self._drain is None:
            self.digest.update(view)
        elif n:
            self._drain.put(bytes(view))  # pyrage reuses its buffer: hash a copy
        self.size += n
        if self._progress is not None and n:
            self._progress(n)
        return n


class HashingWriter(_Background):
    def __init__(self, raw=None, *, background: bool = False) -> None:
        self._raw = raw
        self.digest = hashlib.sha256()
        self.size = 0
        self.error: OSError | None = None  # pyrage hides the OSError behind its own error
        self._drain = _Drain(self._store) if background else None

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        if self._drain is not None:
            try:
                self._drain.put(bytes(data))
            except OSError as exc:
                self.error = exc
                raise
        else:
            self._store(data)
        self.size += len(data)
        return len(data)

    def _store(self, data) -> None:
        if self._raw is not None:
            try:
                self._raw.write(data)
            except OSError as exc:
                self.error = exc
                raise
        self.digest.update(data)


def sha256_file(path, chunk: int = CHUNK) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size
