"""Bytes in files, the default implementation of opinion_service.blobs for one instance:
DATA/uploads/ID (one file per tus upload, written in place) and DATA/bundles/BUNDLE_ID/ (a
committed bundle, laid out as docs/bundle-format.md says). A file's recorded offset is what is
fsynced: a writer that resumes cuts the file back to it first. ``blob_state`` is always empty.

Thread-safety: callers hold an upload's lock while writing it and a bundle's while committing.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

from opinion_service.blobs import BundleFileInfo, object_key
from sync.bundle import format as fmt

# Ids that become file names: letters, digits and dashes only, so no id can leave its folder.
ID_TEXT = re.compile(r"[A-Za-z0-9-]{1,64}")

# fsync and record the offset after this many bytes of one request, so a service crash in the
# middle of a long PATCH loses at most this much.
CHECKPOINT_BYTES = 4 * 1024 * 1024


class Paths:
    def __init__(self, data_dir: Path) -> None:
        self.root = Path(data_dir)
        self.uploads = self.root / "uploads"
        self.bundles = self.root / "bundles"
        for folder in (self.uploads, self.bundles):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)

    def upload(self, upload_id: str) -> Path:
        if not ID_TEXT.fullmatch(upload_id):
            raise ValueError("bad upload id")
        return self.uploads / upload_id

    def bundle(self, bundle_id: str) -> Path:
        if not ID_TEXT.fullmatch(bundle_id):
            raise ValueError("bad bundle id")
        return self.bundles / bundle_id


class FileWriter:
    checkpoint_bytes = CHECKPOINT_BYTES

    def __init__(self, path: Path, offset: int) -> None:
        self._fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
        # Bytes beyond the recorded offset were never fsynced and counted: drop them.
        os.ftruncate(self._fd, offset)
        os.lseek(self._fd, offset, os.SEEK_SET)
        self.received = offset

    def write(self, chunk: bytes) -> None:
        view = memoryview(chunk)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]
        self.received += len(chunk)

    def checkpoint(self) -> str:
        os.fsync(self._fd)
        return ""

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self._fd)


class FileBlobs:
    backend = "files"

    def __init__(self, data_dir: Path) -> None:
        self.paths = Paths(data_dir)

    def create_upload(self, upload_id: str) -> str:
        # The file exists from the start, so a zero-length file is complete at once.
        fd = os.open(self.paths.upload(upload_id), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        return ""

    def writer(self, upload_id: str, offset: int, state: str) -> FileWriter:
        return FileWriter(self.paths.upload(upload_id), offset)

    def finish_upload(self, upload_id: str, length: int, state: str) -> str:
        return state

    def upload_sha256(self, upload_id: str, state: str) -> str:
        return sha256_file(self.paths.upload(upload_id))

    def upload_size(self, upload_id: str) -> int | None:
        """Bytes written to the upload's file so far, counted or not (for tests and stats)."""
        try:
            return self.paths.upload(upload_id).stat().st_size
        except (FileNotFoundError, ValueError):
            return None

    def read_upload(self, upload_id: str) -> bytes:
        return self.paths.upload(upload_id).read_bytes()

    def delete_upload(self, upload_id: str, state: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.paths.upload(upload_id).unlink()

    def commit_bundle(
        self, bundle_id: str, envelope: bytes, signature: str, files: dict[str, tuple[str, str]]
    ) -> None:
        folder = self.paths.bundle(bundle_id)
        work = folder.with_name(f".{bundle_id}.partial")
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(mode=0o700, parents=True)
        (work / fmt.ENVELOPE).write_bytes(envelope)
        (work / fmt.ENVELOPE_SIG).write_text(signature)
        for name, (upload_id, _state) in files.items():
            # Hard links, so the commit costs no copy; the upload's own name goes later.
            os.link(self.paths.upload(upload_id), work / name)
        fsync_dir(work)
        shutil.rmtree(folder, ignore_errors=True)
        os.replace(work, folder)
        fsync_dir(folder.parent)

    def bundle_file(self, bundle_id: str, name: str) -> BundleFileInfo | None:
        path = self.paths.bundle(bundle_id) / name
        if not path.is_file():
            return None
        return BundleFileInfo(path.stat().st_size, path)

    def read_bundle_file(self, bundle_id: str, name: str, start: int = 0) -> Iterator[bytes]:
        with open(self.paths.bundle(bundle_id) / name, "rb") as fh:
            fh.seek(start)
            while block := fh.read(1024 * 1024):
                yield block

    @contextlib.contextmanager
    def bundle_folder(self, bundle_id: str) -> Iterator[Path]:
        yield self.paths.bundle(bundle_id)

    def bundle_names(self, bundle_id: str) -> list[str]:
        folder = self.paths.bundle(bundle_id)
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.is_file())

    def open_upload_ids(self) -> list[str]:
        return sorted(p.name for p in self.paths.uploads.iterdir())

    # ---- named objects (deliveries, opinions)

    def _object(self, key: str) -> Path:
        area, *parts = key.split("/")
        return self.paths.root / object_key(area, *parts)

    def put_object(self, key: str, source: Path) -> None:
        target = self._object(key)
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with open(source, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(source, target)  # the work folder is in the data folder: a rename
        fsync_dir(target.parent)

    def place_upload(self, upload_id: str, state: str, key: str) -> None:
        target = self._object(key)
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        os.link(self.paths.upload(upload_id), target)
        fsync_dir(target.parent)

    def object_info(self, key: str) -> BundleFileInfo | None:
        path = self._object(key)
        if not path.is_file():
            return None
        return BundleFileInfo(path.stat().st_size, path)

    def read_object(self, key: str, start: int = 0) -> Iterator[bytes]:
        with open(self._object(key), "rb") as fh:
            fh.seek(start)
            while block := fh.read(1024 * 1024):
                yield block


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(1024 * 1024):
            digest.update(block)
    return digest.hexdigest()


def fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
