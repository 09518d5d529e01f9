"""Re-encrypting one age file to another recipient with no plaintext on disk.

age decrypts the stored file (read from the blob store in blocks) into a bounded in-memory
pipe on the calling thread while a second thread encrypts from that pipe to the new
recipients into the output, hashing the ciphertext as it goes: at most ``PIPE_BLOCKS`` blocks
of plaintext exist at any moment, and only in memory. A file that does not decrypt to its
end (truncated, altered) raises, and the caller throws the output away: age would otherwise
have encrypted the part it had already released.

Thread-safety: each call uses its own pipe and thread; nothing is shared.
"""

from __future__ import annotations

import contextlib
import io
import queue
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

import pyrage

from foundation.hashing_io import HashingWriter

# The pipe between decryption and encryption holds at most this many blocks of plaintext
# (age's own blocks are 64 KiB; pyrage writes them one at a time).
PIPE_BLOCKS = 8
# How long one side waits for the other before deciding it has died.
STALL_SECONDS = 120.0


class ReencryptError(Exception):
    """The source did not decrypt to its end, or the output could not be written."""


@dataclass(frozen=True)
class Sealed:
    size_cipher: int
    sha256_cipher: str


class _Aborted(Exception):
    pass


class _Pipe:
    """A bounded in-memory pipe: ``write`` blocks while it is full, ``readinto`` while empty."""

    def __init__(self) -> None:
        self._blocks: queue.Queue[bytes | None] = queue.Queue(maxsize=PIPE_BLOCKS)
        self._pending = b""
        self._ended = False
        self.aborted = threading.Event()

    # the writing side (age decrypting)
    def write(self, data) -> int:
        block = bytes(data)
        self._put(block)
        return len(block)

    def flush(self) -> None:
        pass

    def end(self) -> None:
        self._put(None)

    def _put(self, block: bytes | None) -> None:
        while not self.aborted.is_set():
            try:
                self._blocks.put(block, timeout=0.5)
                return
            except queue.Full:
                continue
        raise _Aborted()

    # the reading side (age encrypting)
    def readinto(self, buffer) -> int:
        view = memoryview(buffer)
        while not self._pending and not self._ended:
            try:
                block = self._blocks.get(timeout=STALL_SECONDS)
            except queue.Empty:
                raise _Aborted() from None
            if block is None:
                self._ended = True
            else:
                self._pending = block
        n = min(len(view), len(self._pending))
        view[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


class _PipeReader(io.RawIOBase):
    def __init__(self, pipe: _Pipe) -> None:
        self._pipe = pipe

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        return self._pipe.readinto(buffer)


class _BlocksReader(io.RawIOBase):
    """A file-like view of an iterator of byte blocks (a blob store's stream)."""

    def __init__(self, blocks: Iterable[bytes]) -> None:
        self._blocks: Iterator[bytes] = iter(blocks)
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        view = memoryview(buffer)
        while not self._pending:
            block = next(self._blocks, None)
            if block is None:
                return 0
            self._pending = bytes(block)
        n = min(len(view), len(self._pending))
        view[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


def reencrypt_stream(
    source: Iterable[bytes],
    identity: pyrage.x25519.Identity,
    recipients: list[pyrage.x25519.Recipient],
    out: BinaryIO,
) -> Sealed:
    """Decrypt ``source`` with ``identity`` and encrypt it to ``recipients`` into ``out``."""
    pipe = _Pipe()
    written = HashingWriter(out)
    failure: list[BaseException] = []

    def encrypt() -> None:
        try:
            pyrage.encrypt_io(
                io.BufferedReader(_PipeReader(pipe), 64 * 1024),
                written,  # type: ignore[arg-type]  # pyrage writes to any object with write()
                recipients,
            )
        except BaseException as exc:  # handed to the calling thread
            failure.append(exc)
            pipe.aborted.set()

    encryptor = threading.Thread(target=encrypt, name="reencrypt", daemon=True)
    encryptor.start()
    decrypted = False
    try:
        pyrage.decrypt_io(
            io.BufferedReader(_BlocksReader(source), 1024 * 1024),
            pipe,  # type: ignore[arg-type]
            [identity],
        )
        decrypted = True
    except (pyrage.DecryptError, _Aborted, OSError) as exc:
        if not failure:
            failure.append(exc)
    finally:
        if decrypted:
            with contextlib.suppress(_Aborted):
                pipe.end()
        else:
            pipe.aborted.set()
            # Unblock a reader waiting for the next block; it ends with a short plaintext
            # whose ciphertext the caller discards.
            with contextlib.suppress(queue.Full):
                pipe._blocks.put_nowait(None)
        encryptor.join(STALL_SECONDS)
    if failure or not decrypted or encryptor.is_alive():
        raise ReencryptError("the file did not re-encrypt to its end")
    return Sealed(written.size, written.hexdigest())
