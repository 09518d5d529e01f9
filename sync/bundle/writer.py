"""Writing a bundle: each file encrypted to the recipients in one streaming pass, then the
manifest (with the device's inner signature), then the signed envelope.

Everything is written into a hidden sibling folder and renamed to the bundle's name only when
complete and fsynced, so a crash, a full disk or a cancel never leaves something that looks
like a bundle. Memory stays constant whatever the file sizes: pyrage streams between a hashing
reader and a hashing writer in 1 MiB blocks. Thread-safety: one BundleWriter per thread.
"""

from __future__ import annotations

import base64
import io
import os
import shutil
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyrage

from local_store.fileutil import fsync_dir
from sync.bundle import format as fmt
from sync.bundle.streams import CHUNK, Cancelled, HashingReader, HashingWriter
from sync.canonical import canonical_bytes
from sync.device_keys import DeviceKeys, fingerprint


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
    meta: dict

    def manifest_json(self) -> dict:
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


def _recipient(text: str):
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
        self._work = target.parent / f".{target.name}.{uuid.uuid4().hex[:8]}.partial"
        self._finished = False

    def __enter__(self) -> BundleWriter:
        self._work.mkdir(mode=0o700, parents=True)
        return self

    def __exit__(self, *exc) -> None:
        if not self._finished:
            shutil.rmtree(self._work, ignore_errors=True)

    def add_file(self, plain: Path, *, name: str, kind: str, media_type: str, meta=None):
        """Encrypt one plaintext file into the bundle; returns its entry."""
        file_id = fmt.file_name(len(self._files) + 1).removesuffix(".age")
        out_path = self._work / f"{file_id}.age"
        with open(plain, "rb") as src, open(out_path, "xb") as out:
            # Hashing and writing run beside the encryption (see streams): the bundle is built
            # at about the speed of the age tool instead of the sum of three passes.
            reader = HashingReader(src, self._cancel, self._progress, background=True)
            writer = HashingWriter(out, background=True)
            try:
                self._encrypt(reader, writer)
                reader.finish()
                writer.finish()
            finally:
                reader.close()
                writer.close()
            out.flush()
            os.fsync(out.fileno())
        entry = FileEntry(
            file_id=file_id,
            name=name,
            kind=kind,
            media_type=media_type,
            size=reader.size,
            sha256_plain=reader.digest.hexdigest(),
            size_cipher=writer.size,
            sha256_cipher=writer.digest.hexdigest(),
            meta=dict(meta or {}),
        )
        self._files.append(entry)
        return entry

    def _encrypt(self, reader: HashingReader, writer: HashingWriter) -> None:
        try:
            pyrage.encrypt_io(_buffered(reader), writer, self._recipients)
        except pyrage.EncryptError as exc:
            if isinstance(exc.__context__, Cancelled) or (
                self._cancel is not None and self._cancel.is_set()
            ):
                raise Cancelled() from exc
            raise (writer.error or exc) from exc

    def finish(self, manifest_body: dict) -> BuiltBundle:
        """Seal the manifest and the envelope, then move the bundle into place."""
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

        envelope = {
            "format": fmt.FORMAT,
            "bundle_id": self.bundle_id,
            "device_id": self.keys.device_id,
            "device_key": self.keys.ed25519_public,
            "seq": self.seq,
            "created_at": self.created_at,
            "recipients": [fingerprint(r.encode("ascii")) for r in self.recipient_texts],
            "manifest": {
                "name": fmt.MANIFEST,
                "size_cipher": writer.size,
                "sha256_cipher": writer.digest.hexdigest(),
            },
            "files": [
                {
                    "file_id": f.file_id,
                    "name": f"{f.file_id}.age",
                    "size_cipher": f.size_cipher,
                    "sha256_cipher": f.sha256_cipher,
                }
                for f in self._files
            ],
        }
        envelope_bytes = canonical_bytes(envelope)
        _write_synced(self._work / fmt.ENVELOPE, envelope_bytes)
        signature = _b64(self.keys.sign(envelope_bytes)).encode("ascii")
        _write_synced(self._work / fmt.ENVELOPE_SIG, signature)
        fsync_dir(self._work)

        if self.target.exists():
            # An empty folder made for us is fine; anything else is someone's data.
            self.target.rmdir()
        os.replace(self._work, self.target)
        fsync_dir(self.target.parent)
        self._finished = True
        total = sum(f.size_cipher for f in self._files) + writer.size
        total += len(envelope_bytes) + len(signature)
        return BuiltBundle(
            self.target, self.bundle_id, self.keys.device_id, self.seq, self._files, total
        )


def _buffered(raw) -> io.BufferedReader:
    return io.BufferedReader(raw, CHUNK)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "xb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
