"""The content-addressed, age-encrypted blob store for everything a patient brings.

A blob is named by the SHA-256 of its plaintext and stored as an age file encrypted to the
install's local X25519 identity: ``blobs/ab/<sha256>.age``. Writing streams the source once
(hashing while encrypting) into ``blobs/tmp/*.part``, fsyncs, then renames, so a crash never
leaves a visible half-written blob; ``sweep`` removes leftovers. Blob files are written before
any row points at them. Reading decrypts to memory for small blobs or to a private temp file
(0600, deleted after use) and checks the hash. Thread-safety: every method may run on any
thread; identical concurrent puts converge on the same file.
"""

from __future__ import annotations

import contextlib
import io
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pyrage

from foundation.cancel import Cancelled
from foundation.hashing_io import CHUNK as CHUNK  # the block size the store streams in
from foundation.hashing_io import HashingReader, HashingWriter
from local_store.errors import BlobCorrupt, NotFound
from local_store.fileutil import fsync_dir, translated_os_errors

BLOB_DIR = "blobs"
PART_SUFFIX = ".part"
PLAIN_SUFFIX = ".plain"

Progress = Callable[[int], None]  # bytes done so far


@dataclass(frozen=True)
class BlobRef:
    sha256: str
    size: int


@dataclass(frozen=True)
class PendingBlob:
    """Encrypted content in a part file, not yet under its content address (nor, when made
    by ``put_file_pending``, on disk for certain)."""

    ref: BlobRef
    part: Path


@dataclass(frozen=True)
class SweepReport:
    partial_files: int
    orphan_blobs: int


class BlobStore:
    def __init__(self, root: Path, identity: str) -> None:
        self.root = root
        self._identity = pyrage.x25519.Identity.from_str(identity)
        self._recipient = self._identity.to_public()
        self._tmp = root / "tmp"
        with translated_os_errors(BLOB_DIR):
            self._tmp.mkdir(parents=True, exist_ok=True, mode=0o700)

    # ---- writing

    def put_file(
        self,
        source: Path,
        cancel: threading.Event | None = None,
        progress: Progress | None = None,
    ) -> BlobRef:
        with open(source, "rb") as fh:
            pending = self._encrypt_to_part(fh, cancel, progress, durable=True)
        return self._move_into_place([pending])[0]

    def put_bytes(self, data: bytes) -> BlobRef:
        pending = self._encrypt_to_part(io.BytesIO(data), None, None, durable=True)
        return self._move_into_place([pending])[0]

    def put_file_pending(
        self,
        source: Path,
        cancel: threading.Event | None = None,
        progress: Progress | None = None,
    ) -> PendingBlob:
        """Encrypt into a part file without waiting for the disk; ``commit_pending`` makes a
        batch of them durable and visible at once (one wait for many files, for imports).

        Until then nothing refers to the part file, and a crash leaves it for the sweep.
        """
        with open(source, "rb") as fh:
            return self._encrypt_to_part(fh, cancel, progress, durable=False)

    def commit_pending(self, pending: list[PendingBlob]) -> list[BlobRef]:
        """fsync every part file, then rename each to its content address and fsync the
        folders: after this returns the blobs survive a crash and rows may point at them."""
        try:
            with translated_os_errors(BLOB_DIR):
                for item in pending:
                    fd = os.open(item.part, os.O_RDWR)
                    try:
                        os.fsync(fd)
                    finally:
                        os.close(fd)
        except BaseException:
            self.discard_pending(pending)
            raise
        return self._move_into_place(pending)

    def discard_pending(self, pending: list[PendingBlob]) -> None:
        for item in pending:
            with contextlib.suppress(OSError):
                item.part.unlink(missing_ok=True)

    def _encrypt_to_part(
        self,
        stream: io.BufferedIOBase,
        cancel: threading.Event | None,
        progress: Progress | None,
        durable: bool,
    ) -> PendingBlob:
        """Encrypt ``stream`` once into a new part file, hashing the plaintext as it goes;
        ``durable`` fsyncs the part file before returning. Nothing is left on failure."""
        part = self._tmp / f"{uuid.uuid4().hex}{PART_SUFFIX}"
        try:
            with translated_os_errors(BLOB_DIR):
                reader = HashingReader(stream, cancel, progress)
                fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(fd, "wb") as out:
                    writer = HashingWriter(out, hashing=False)
                    try:
                        # pyrage writes to any object with write(); its stubs ask for
                        # BufferedIOBase.
                        pyrage.encrypt_io(
                            io.BufferedReader(reader, CHUNK),
                            writer,  # type: ignore[arg-type]
                            [self._recipient],
                        )
                    except pyrage.EncryptError as exc:
                        # pyrage reports a full disk as EncryptError; surface the real OSError.
                        raise (writer.error or exc) from exc
                    out.flush()
                    if durable:
                        os.fsync(out.fileno())
            if reader.cancelled:  # the stream ended early: the part file is incomplete
                raise Cancelled("blob")
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                part.unlink()
            raise
        return PendingBlob(BlobRef(reader.digest.hexdigest(), reader.size), part)

    def _move_into_place(self, pending: list[PendingBlob]) -> list[BlobRef]:
        """Rename each (fsynced) part file to its content address and fsync the folders; on
        failure the part files are removed."""
        try:
            with translated_os_errors(BLOB_DIR):
                folders = set()
                for item in pending:
                    final = self.path_for(item.ref.sha256)
                    if final.exists():
                        item.part.unlink(missing_ok=True)  # same content already stored
                        continue
                    final.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                    os.replace(item.part, final)
                    folders.add(final.parent)
                for folder in folders:
                    fsync_dir(folder)
        except BaseException:
            self.discard_pending(pending)
            raise
        return [item.ref for item in pending]

    # ---- reading

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}.age"

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()

    def read_bytes(self, sha256: str) -> bytes:
        """Decrypt a (small) blob into memory, checking that it is what its name says."""
        out = io.BytesIO()
        self._decrypt_into(sha256, out)
        return out.getvalue()

    @contextlib.contextmanager
    def decrypted_file(self, sha256: str) -> Iterator[Path]:
        """A private plaintext copy of a (large) blob, deleted when the block ends."""
        path = self._tmp / f"{uuid.uuid4().hex}{PLAIN_SUFFIX}"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as out:
                self._decrypt_into(sha256, out)
            yield path
        finally:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    def _decrypt_into(self, sha256: str, out: BinaryIO) -> None:
        source = self.path_for(sha256)
        writer = HashingWriter(out)
        try:
            with open(source, "rb") as fh:
                # pyrage writes to any object with write(); its stubs ask for BufferedIOBase.
                pyrage.decrypt_io(fh, writer, [self._identity])  # type: ignore[arg-type]
        except FileNotFoundError as exc:
            raise NotFound(f"blob {sha256[:12]}") from exc
        except (OSError, pyrage.DecryptError) as exc:
            raise BlobCorrupt(f"blob {sha256[:12]}") from exc
        if writer.hexdigest() != sha256:
            raise BlobCorrupt(f"blob {sha256[:12]} hash mismatch")

    # ---- housekeeping

    def stored(self) -> Iterator[tuple[str, Path]]:
        for folder in self.root.iterdir():
            if folder.is_dir() and len(folder.name) == 2:
                for path in folder.glob("*.age"):
                    yield path.stem, path

    def sweep(self, referenced: set[str], min_age_seconds: float = 3600) -> SweepReport:
        """Remove leftovers: plaintext copies, and part files and blobs no row points at that
        are older than ``min_age_seconds``.

        The age guard keeps blobs that another process has just written and is about to
        reference (an import in the CLI while the app is open).
        """
        cutoff = time.time() - min_age_seconds
        parts = orphans = 0
        for path in self._tmp.iterdir():
            # Plaintext copies left by a crash go at once, whatever their age: they hold PHI.
            if path.suffix == PLAIN_SUFFIX or path.stat().st_mtime <= cutoff:
                with contextlib.suppress(OSError):  # still open elsewhere (Windows)
                    path.unlink(missing_ok=True)
                    parts += 1
        for sha, path in list(self.stored()):
            if sha not in referenced and path.stat().st_mtime <= cutoff:
                path.unlink(missing_ok=True)
                orphans += 1
        return SweepReport(parts, orphans)
