"""Extracting a zip a patient brings without trusting it.

Refuses, before writing anything, members with absolute paths, drive letters or ".." parts
(zip-slip) and encrypted members; while extracting, counts the bytes actually written (the
sizes in the zip's headers can lie) and stops at a total cap or when a member above 1 MiB grows
beyond a compression ratio (zip bombs). A refused or corrupt zip leaves nothing behind in the
destination. Errors carry a reason code. Thread-safety: each call works on its own destination.
"""

from __future__ import annotations

import shutil
import threading
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from foundation.cancel import check

CHUNK = 1024 * 1024
_SKIPPED_PREFIXES = ("__MACOSX/",)


@dataclass(frozen=True)
class ZipLimits:
    max_total_bytes: int = 2 * 1024**3
    max_ratio: int = 200
    ratio_after_bytes: int = 1024 * 1024  # small members may compress far better, harmlessly
    max_members: int = 100_000


class ZipRejected(Exception):
    """The zip was not extracted; ``code`` says why (a wording.importing.IMPORT_REJECT key)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def safe_member_path(name: str) -> PurePosixPath | None:
    """The member's relative path, or None if it would land outside the destination."""
    text = name.replace("\\", "/")
    if text.startswith("/") or (len(text) > 1 and text[1] == ":"):
        return None
    parts = [p for p in text.split("/") if p not in ("", ".")]
    if any(p == ".." for p in parts) or "\0" in text:
        return None
    return PurePosixPath(*parts) if parts else PurePosixPath()


def extract(
    zip_path: Path,
    dest: Path,
    *,
    limits: ZipLimits | None = None,
    cancel: threading.Event | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[Path]:
    """Extract ``zip_path`` into the new folder ``dest``; return the files written.

    Raises ZipRejected("zip_corrupt" | "zip_unsafe_path" | "zip_too_large" | "zip_encrypted")
    or Cancelled; in every such case ``dest`` is removed.
    """
    dest.mkdir(parents=True, exist_ok=False, mode=0o700)
    try:
        return _extract(zip_path, dest, limits or ZipLimits(), cancel, progress)
    except BaseException:
        shutil.rmtree(dest, ignore_errors=True)
        raise


def _extract(
    zip_path: Path,
    dest: Path,
    limits: ZipLimits,
    cancel: threading.Event | None,
    progress: Callable[[int], None] | None,
) -> list[Path]:
    try:
        archive = zipfile.ZipFile(zip_path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise ZipRejected("zip_corrupt") from exc
    written: list[Path] = []
    total = 0
    with archive:
        members = archive.infolist()
        if len(members) > limits.max_members:
            raise ZipRejected("zip_too_large")
        plan = []
        for info in members:
            relative = safe_member_path(info.filename)
            if relative is None:
                raise ZipRejected("zip_unsafe_path")
            if info.is_dir() or not relative.parts or info.filename.startswith(_SKIPPED_PREFIXES):
                continue
            if info.flag_bits & 0x1:
                raise ZipRejected("zip_encrypted")
            plan.append((info, relative))
        for info, relative in plan:
            target = dest.joinpath(*relative.parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            member_bytes = 0
            try:
                with archive.open(info) as source, open(target, "wb") as out:
                    while chunk := source.read(CHUNK):
                        check(cancel, "unzip")
                        member_bytes += len(chunk)
                        total += len(chunk)
                        if total > limits.max_total_bytes:
                            raise ZipRejected("zip_too_large")
                        if (
                            member_bytes > limits.ratio_after_bytes
                            and member_bytes > limits.max_ratio * max(info.compress_size, 1)
                        ):
                            raise ZipRejected("zip_too_large")
                        out.write(chunk)
                        if progress is not None:
                            progress(total)
            except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
                # Bad CRC, truncated stream, or a compression method we cannot read.
                raise ZipRejected("zip_corrupt") from exc
            except RuntimeError as exc:  # zipfile: "File is encrypted, password required"
                raise ZipRejected("zip_encrypted") from exc
            written.append(target)
    return written
