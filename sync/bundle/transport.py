"""A bundle as one .tar file, for a USB stick when there is no link at all.

Export writes the bundle's files (and nothing else) into a plain, uncompressed tar (the .age
files do not compress) through a temporary name, renamed when complete, reporting its bytes and
stopping between chunks when cancelled (a slow stick takes minutes); the partial file of a
save that was killed is removed by the next save of that bundle there. Import unpacks into a
hidden ``.partial`` folder beside the target, renamed when complete. Import accepts only
the names a bundle can hold, as plain regular files (no sparse ones, whose few bytes would
unpack to gigabytes of zeros), within a size cap, so a tar from a stick can never write outside
the target (no absolute paths, "..", links or devices) nor more than the tar's own bytes,
reporting its bytes read and stopping between chunks when cancelled like export; the
tar itself must be a regular file (a FIFO or a device would never end, a folder is no
bundle). The result is then verified like any bundle. Thread-safety: pure functions over
files.
"""

from __future__ import annotations

import glob
import os
import shutil
import stat
import tarfile
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from foundation.cancel import Cancel, check
from sync.bundle import format as fmt

# Bytes written of all the bundle's bytes, after each chunk.
Progress = Callable[[int, int], None]
CHUNK = 1024 * 1024
PARTIAL = ".partial"  # a tar or a folder being written; never left once the work ends

MAX_MEMBER_BYTES = 8 * 1024**3  # far above any case; stops a tar that claims absurd sizes


class TarRejected(Exception):
    """The tar is not a bundle: ``code`` says why."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _bundle_names(folder: Path) -> list[str]:
    names = [fmt.ENVELOPE, fmt.ENVELOPE_SIG, fmt.MANIFEST]
    names += sorted(p.name for p in folder.iterdir() if fmt.FILE_NAME.fullmatch(p.name))
    return names


def tar_size(folder: Path) -> int:
    """The bytes the bundle's files take in a tar, headers and end blocks counted (an upper
    bound: a PAX header per member and whole 512-byte blocks)."""
    total = 2 * tarfile.BLOCKSIZE + tarfile.RECORDSIZE
    for name in _bundle_names(folder):
        size = (folder / name).stat().st_size
        total += 3 * tarfile.BLOCKSIZE + -(-size // tarfile.BLOCKSIZE) * tarfile.BLOCKSIZE
    return total


class _Counted:
    """A file read through: the bytes go to ``progress``, and a cancel stops between chunks."""

    def __init__(self, fh: BinaryIO, on_read: Callable[[int], None], cancel: Cancel) -> None:
        self._fh = fh
        self._on_read = on_read
        self._cancel = cancel

    def read(self, size: int = -1) -> bytes:
        check(self._cancel, "export")
        data = self._fh.read(size)
        self._on_read(len(data))
        return data


def export_tar(
    folder: Path, tar_path: Path, *, cancel: Cancel = None, progress: Progress | None = None
) -> Path:
    """Write the bundle in ``folder`` as ``tar_path`` (replaced only when complete). Raises
    Cancelled, with nothing left at ``tar_path`` or beside it, when ``cancel`` is set."""
    # A save killed before it finished (the power went) left its partial file: it goes now.
    for stale in tar_path.parent.glob(f".{glob.escape(tar_path.name)}.*{PARTIAL}"):
        stale.unlink(missing_ok=True)
    partial = tar_path.with_name(f".{tar_path.name}.{uuid.uuid4().hex[:8]}{PARTIAL}")
    names = _bundle_names(folder)
    total = sum((folder / name).stat().st_size for name in names)
    done = 0

    def advance(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(done, total)

    try:
        with tarfile.open(partial, "w", format=tarfile.PAX_FORMAT) as tar:
            for name in names:
                check(cancel, "export")
                info = tar.gettarinfo(folder / name, arcname=name)
                with open(folder / name, "rb") as source:
                    tar.addfile(info, _Counted(source, advance, cancel))
        with open(partial, "rb+") as written:
            os.fsync(written.fileno())
        check(cancel, "export")
        os.replace(partial, tar_path)
    finally:
        partial.unlink(missing_ok=True)
    return tar_path


def _allowed(member: tarfile.TarInfo) -> bool:
    name = member.name
    is_bundle_name = name in (fmt.ENVELOPE, fmt.ENVELOPE_SIG, fmt.MANIFEST) or bool(
        fmt.FILE_NAME.fullmatch(name)
    )
    plain = member.type in (tarfile.REGTYPE, tarfile.AREGTYPE) and member.sparse is None
    return is_bundle_name and plain and 0 <= member.size <= MAX_MEMBER_BYTES


def _open_regular(tar_path: Path) -> BinaryIO:
    """The tar file opened for reading; TarRejected when it is not a regular file. Opened
    without waiting, so a FIFO given as a .cbundle is refused instead of blocking forever."""
    fd = os.open(tar_path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise TarRejected("tar_not_a_bundle")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def import_tar(
    tar_path: Path, target: Path, *, cancel: Cancel = None, progress: Progress | None = None
) -> Path:
    """Unpack a bundle tar into ``target`` (new or empty), reporting the bytes read of the
    tar's size after each chunk; raises TarRejected, and Cancelled (nothing left) when
    ``cancel`` is set."""
    work = target.parent / f".{target.name}.{uuid.uuid4().hex[:8]}{PARTIAL}"
    work.mkdir(mode=0o700, parents=True)
    try:
        try:
            with _open_regular(tar_path) as raw, tarfile.open(fileobj=raw, mode="r:") as tar:
                total = os.fstat(raw.fileno()).st_size
                seen = set()
                for member in tar:
                    if not _allowed(member) or member.name in seen:
                        raise TarRejected("tar_not_a_bundle")
                    seen.add(member.name)
                    source = tar.extractfile(member)
                    if source is None:  # not a regular file; _allowed has refused those
                        raise TarRejected("tar_not_a_bundle")
                    with source, open(work / member.name, "xb") as out:
                        while chunk := source.read(CHUNK):
                            check(cancel, "import")
                            out.write(chunk)
                            if progress is not None:
                                progress(min(raw.tell(), total), total)
        except (tarfile.TarError, EOFError) as exc:
            raise TarRejected("tar_damaged") from exc
        if fmt.ENVELOPE not in seen:
            raise TarRejected("tar_not_a_bundle")
        if target.exists():
            target.rmdir()
        os.replace(work, target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return target
