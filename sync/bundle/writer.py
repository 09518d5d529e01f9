"""Writing a bundle: each file encrypted to the recipients in one streaming pass, then the
manifest (with the device's inner signature), then the signed envelope.

Everything is written into a hidden sibling folder and renamed to the bundle's name only when
complete and fsynced, so a crash, a full disk or a cancel never leaves something that looks
like a bundle. Memory stays constant whatever the file sizes.

Three passes over every file (encrypt, hash the plaintext, hash the ciphertext) run side by
side on two threads, which is what keeps the build near the ``age`` tool's speed: age's own
file encryption (``pyrage.encrypt_file``, which runs without the GIL) on the encryption thread
while the calling thread hashes the plaintext; then the ciphertext is hashed and fsynced on the
sealing thread while the next file is encrypted. A cancel is seen between blocks of the
plaintext hash and takes effect once the file being encrypted is done.
Thread-safety: one BundleWriter per thread; it owns its two worker threads.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import re
import shutil
import threading
import uuid
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyrage

from foundation.cancel import Cancelled, check, is_cancelled
from foundation.hashing_io import CHUNK, HashingReader, HashingWriter, sha256_file
from local_store.fileutil import fsync_dir
from sync.bundle import format as fmt
from sync.canonical import canonical_bytes
from sync.device_keys import DeviceKeys, fingerprint
from sync.protocol import CipherFile, Envelope, EnvelopeFile


@dataclass(frozen=True)
class FileEntry:
    file_id: str
    name: str
    kind: str
    media_type: str
    size: int
    sha256_plain: str
    size_cipher: int
    sha256_cipher: str
    meta: dict[str, Any]

    def manifest_json(self) -> dict[str, Any]:
        return {
            "file_id": self.file_id,
            "name": self.name,
            "kind": self.kind,
            "media_type": self.media_type,
            "size": self.size,
            "sha256_plain": self.sha256_plain,
            "sha256_cipher": self.sha256_cipher,
            **self.meta,
        }


@dataclass(frozen=True)
class BuiltBundle:
    path: Path
    bundle_id: str
    device_id: str
    seq: int
    files: list[FileEntry]
    size_cipher: int  # all files of the bundle, envelope included
    envelope: Envelope  # as written to envelope.json
    manifest_sha256: str = ""  # of the manifest's plaintext: what an opinion is bound to


def _recipient(text: str) -> pyrage.x25519.Recipient:
    return pyrage.x25519.Recipient.from_str(text.strip())


class BundleWriter:
    """Use as a context manager; ``add_file`` for each attachment, then ``finish``."""

    def __init__(
        self,
        target: Path,
        keys: DeviceKeys,
        recipients: list[str],
        seq: int,
        *,
        cancel: threading.Event | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> None:
        if not recipients:
            raise ValueError("a bundle needs at least one recipient")
        self.target = target
        self.keys = keys
        self.recipient_texts = [r.strip() for r in recipients]
        self._recipients = [_recipient(r) for r in self.recipient_texts]
        self.seq = seq
        self.bundle_id = str(uuid.uuid4())
        self.created_at = datetime.now(UTC).replace(microsecond=0).isoformat()
        self._cancel = cancel
        self._progress = progress
        self._files: list[FileEntry] = []
        # Entries waiting for their cipher hash.
        self._sealing: list[tuple[dict[str, Any], Future[tuple[str, int]]]] = []
        self._work = target.parent / f".{target.name}.{uuid.uuid4().hex[:8]}.partial"
        self._finished = False
        self._encryptor = ThreadPoolExecutor(1, thread_name_prefix="bundle-encrypt")
        self._sealer = ThreadPoolExecutor(1, thread_name_prefix="bundle-seal")

    def __enter__(self) -> BundleWriter:
        self._work.mkdir(mode=0o700, parents=True)
        return self

    def __exit__(self, *exc: object) -> None:
        self._encryptor.shutdown(wait=True)
        self._sealer.shutdown(wait=True)
        if not self._finished:
            shutil.rmtree(self._work, ignore_errors=True)

    def add_file(
        self,
        plain: Path,
        *,
        name: str,
        kind: str,
        media_type: str,
        meta: Mapping[str, Any] | None = None,
        sha256_plain: str | None = None,
    ) -> None:
        """Encrypt one plaintext file into the bundle; ``plain`` may be deleted on return.

        ``sha256_plain`` is for a file whose hash was just checked, such as a blob the store
        decrypted (content-addressed, verified as it decrypts): hashing it again would be the
        slowest of the three passes.
        """
        check(self._cancel, "files")
        self._raise_sealing_errors()
        number = len(self._files) + len(self._sealing) + 1
        file_id = fmt.file_name(number).removesuffix(".age")
        out_path = self._work / f"{file_id}.age"
        encrypting = self._encryptor.submit(_encrypt_file, plain, out_path, self._recipients)
        known = sha256_plain is not None
        try:
            if not known:
                sha256_plain, size = _hash_plain(plain, self._cancel, self._progress)
            else:
                size = plain.stat().st_size
        finally:
            wait([encrypting])  # the encryption reads ``plain`` until it is done
        encrypting.result()
        if known and self._progress is not None and size:
            self._progress(size)
        entry = {
            "file_id": file_id,
            "name": name,
            "kind": kind,
            "media_type": media_type,
            "size": size,
            "sha256_plain": sha256_plain,
            "meta": dict(meta or {}),
        }
        self._sealing.append((entry, self._sealer.submit(_seal, out_path)))

    def _raise_sealing_errors(self) -> None:
        """Turn every sealed file into its entry; a write error found while sealing is raised."""
        for entry, sealed in self._sealing:
            sha256_cipher, size_cipher = sealed.result()
            self._files.append(
                FileEntry(**entry, size_cipher=size_cipher, sha256_cipher=sha256_cipher)
            )
        self._sealing.clear()

    def _encrypt(self, reader: HashingReader, writer: HashingWriter) -> None:
        try:
            # pyrage writes to any object with write(); its stubs ask for BufferedIOBase.
            pyrage.encrypt_io(
                _buffered(reader),
                writer,  # type: ignore[arg-type]
                self._recipients,
            )
        except pyrage.EncryptError as exc:
            if isinstance(exc.__context__, Cancelled) or is_cancelled(self._cancel):
                raise Cancelled("manifest") from None
            raise (writer.error or exc) from exc

    def finish(self, manifest_body: dict[str, Any]) -> BuiltBundle:
        """Seal the manifest and the envelope, then move the bundle into place."""
        self._raise_sealing_errors()
        check(self._cancel, "manifest")
        manifest = {
            **manifest_body,
            "format": fmt.FORMAT,
            "bundle_id": self.bundle_id,
            "device_id": self.keys.device_id,
            "seq": self.seq,
            "created_at": self.created_at,
            "files": [f.manifest_json() for f in self._files],
        }
        manifest["inner_sig"] = _b64(self.keys.sign(canonical_bytes(manifest)))
        manifest_bytes = canonical_bytes(manifest)
        manifest_path = self._work / fmt.MANIFEST
        with open(manifest_path, "xb") as out:
            writer = HashingWriter(out)
            self._encrypt(HashingReader(io.BytesIO(manifest_bytes)), writer)
            out.flush()
            os.fsync(out.fileno())

        envelope = Envelope(
            bundle_id=self.bundle_id,
            device_id=self.keys.device_id,
            device_key=self.keys.ed25519_public,
            seq=self.seq,
            created_at=self.created_at,
            recipients=tuple(fingerprint(r.encode("ascii")) for r in self.recipient_texts),
            manifest=CipherFile(fmt.MANIFEST, writer.size, writer.hexdigest()),
            files=tuple(
                EnvelopeFile(f.file_id, f"{f.file_id}.age", f.size_cipher, f.sha256_cipher)
                for f in self._files
            ),
        )
        envelope_bytes = envelope.to_bytes()
        _write_synced(self._work / fmt.ENVELOPE, envelope_bytes)
        signature = _b64(self.keys.sign(envelope_bytes)).encode("ascii")
        _write_synced(self._work / fmt.ENVELOPE_SIG, signature)
        fsync_dir(self._work)

        # The last moment a cancel can take effect: after the rename the bundle exists.
        check(self._cancel, "sign")
        if self.target.exists():
            # An empty folder made for us is fine; anything else is someone's data.
            self.target.rmdir()
        os.replace(self._work, self.target)
        fsync_dir(self.target.parent)
        self._finished = True
        total = sum(f.size_cipher for f in self._files) + writer.size
        total += len(envelope_bytes) + len(signature)
        return BuiltBundle(
            self.target,
            self.bundle_id,
            self.keys.device_id,
            self.seq,
            self._files,
            total,
            envelope,
            hashlib.sha256(manifest_bytes).hexdigest(),
        )


_OS_ERROR = re.compile(r"\(os error (\d+)\)")


def _encrypt_file(
    plain: Path, out_path: Path, recipients: Sequence[pyrage.x25519.Recipient]
) -> None:
    try:
        pyrage.encrypt_file(str(plain), str(out_path), recipients)
    except pyrage.EncryptError as exc:
        # pyrage words an OS failure into its own error ("No space left on device (os error
        # 28)"); callers need the OSError back to say "the disk is full".
        found = _OS_ERROR.search(str(exc))
        if found is None:
            raise
        code = int(found.group(1))
        raise OSError(code, os.strerror(code)) from exc


def _hash_plain(
    plain: Path, cancel: threading.Event | None, progress: Callable[[int], None] | None
) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(plain, "rb") as src:
        while block := src.read(CHUNK):
            check(cancel, "files")
            digest.update(block)
            size += len(block)
            if progress is not None:
                progress(len(block))
    return digest.hexdigest(), size


def _seal(path: Path) -> tuple[str, int]:
    """The ciphertext's SHA-256 and size, read back from the file, which is then fsynced."""
    sha256, size = sha256_file(path)
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return sha256, size


def _buffered(raw: HashingReader) -> io.BufferedReader:
    return io.BufferedReader(raw, CHUNK)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "xb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
