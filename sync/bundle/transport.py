"""A bundle as one .tar file, for a USB stick when there is no link at all.

Export writes the bundle's files (and nothing else) into a plain, uncompressed tar (the .age
files do not compress) through a temporary name, renamed when complete. Import accepts only
the names a bundle can hold, as regular files, within a size cap, so a tar from a stick can
never write outside the target (no absolute paths, "..", links or devices); the result is
then verified like any bundle. Thread-safety: pure functions over files.
"""

from __future__ import annotations

import os
import shutil
import tarfile
import uuid
from pathlib import Path

from sync.bundle import format as fmt

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


def export_tar(folder: Path, tar_path: Path) -> Path:
    partial = tar_path.with_name(f".{tar_path.name}.{uuid.uuid4().hex[:8]}.partial")
    try:
        with tarfile.open(partial, "w", format=tarfile.PAX_FORMAT) as tar:
            for name in _bundle_names(folder):
                tar.add(folder / name, arcname=name, recursive=False)
        with open(partial, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, tar_path)
    finally:
        partial.unlink(missing_ok=True)
    return tar_path


def _allowed(member: tarfile.TarInfo) -> bool:
    name = member.name
    is_bundle_name = name in (fmt.ENVELOPE, fmt.ENVELOPE_SIG, fmt.MANIFEST) or bool(
        fmt.FILE_NAME.fullmatch(name)
    )
    return is_bundle_name and member.isreg() and 0 <= member.size <= MAX_MEMBER_BYTES


def import_tar(tar_path: Path, target: Path) -> Path:
    """Unpack a bundle tar into ``target`` (new or empty); raises TarRejected."""
    work = target.parent / f".{target.name}.{uuid.uuid4().hex[:8]}.partial"
    work.mkdir(mode=0o700, parents=True)
    try:
        try:
            with tarfile.open(tar_path, "r:") as tar:
                seen = set()
                for member in tar:
                    if not _allowed(member) or member.name in seen:
                        raise TarRejected("tar_not_a_bundle")
                    seen.add(member.name)
                    source = tar.extractfile(member)
                    if source is None:  # not a regular file; _allowed has refused those
                        raise TarRejected("tar_not_a_bundle")
                    with source, open(work / member.name, "xb") as out:
                        shutil.copyfileobj(source, out, 1024 * 1024)
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
