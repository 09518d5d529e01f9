"""Extracting a zip a patient brings without trusting it.

Refuses, before writing anything, members with absolute paths, drive letters or ".." parts
(zip-slip) and encrypted members; while extracting, counts the bytes actually written (the
sizes in the zip's headers can lie) and stops when a member above 1 MiB, or the archive as a
whole past 64 MiB, grows beyond a compression ratio (zip bombs), or when the import's
``ZipBudget`` runs out. One budget (bytes written and members, never more than the free disk
space less a reserve) is shared by every zip of one import, nested ones included, so nesting
cannot multiply it. Members whose names collide (the same name twice, or names that differ only
in letter case, which Windows and macOS treat as one) are all written, the later ones under
"name (2).ext"; a member that cannot be written beside another (a file where a folder of the
same name is needed) is reported through ``on_skip``. A refused or corrupt zip leaves nothing
behind in the destination. Errors carry a reason code. Thread-safety: each call works on its
own destination; a ZipBudget belongs to one import (one thread).
"""

from __future__ import annotations

import os
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
    # For one whole import, shared by every zip in it: a DVD's worth of scans fits.
    max_total_bytes: int = 2 * 1024**3
    max_ratio: int = 200
    ratio_after_bytes: int = 1024 * 1024  # small members may compress far better, harmlessly
    # A whole archive is held to max_ratio once it has written this much: a zip of many
    # small, well-compressing members passes the per-member test one by one.
    archive_ratio_after_bytes: int = 64 * 1024 * 1024
    max_members: int = 100_000
    # Left free on the disk of the work folder whatever the budget says: the store, the
    # database and Windows itself need room.
    min_free_bytes: int = 512 * 1024 * 1024


class ZipBudget:
    """Bytes and members one import may still unpack, across all its zips and nesting
    levels; the bytes never exceed the work folder's free space less ``min_free_bytes``."""

    def __init__(self, limits: ZipLimits, work_dir: Path) -> None:
        self.limits = limits
        self.bytes_left = limits.max_total_bytes
        self.members_left = limits.max_members
        try:
            free = shutil.disk_usage(work_dir).free - limits.min_free_bytes
        except OSError:
            free = self.bytes_left
        self.bytes_left = max(0, min(self.bytes_left, free))

    @property
    def full(self) -> bool:
        """Nothing taken yet and not limited by the free space: a zip that runs out of a
        full budget is too large by itself."""
        limits = self.limits
        return self.bytes_left >= limits.max_total_bytes and self.members_left >= limits.max_members

    def take_members(self, count: int) -> None:
        if count > self.members_left:
            raise ZipRejected("zip_budget_exceeded")
        self.members_left -= count

    def take_bytes(self, count: int) -> None:
        if count > self.bytes_left:
            raise ZipRejected("zip_budget_exceeded")
        self.bytes_left -= count


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
    budget: ZipBudget | None = None,
    on_skip: Callable[[str, str], None] | None = None,
) -> list[Path]:
    """Extract ``zip_path`` into the new folder ``dest``; return the files written.

    ``budget`` is the import's shared ZipBudget (a fresh one from ``limits`` when None);
    ``on_skip(member name, code)`` hears of members not written ("duplicate_member").
    Raises ZipRejected("zip_corrupt" | "zip_unsafe_path" | "zip_too_large" | "zip_encrypted"
    | "zip_budget_exceeded") or Cancelled; in every such case ``dest`` is removed and the
    budget keeps what was written before.
    """
    dest.mkdir(parents=True, exist_ok=False, mode=0o700)
    limits = budget.limits if budget is not None else (limits or ZipLimits())
    budget = budget or ZipBudget(limits, dest)
    bytes_left, was_full = budget.bytes_left, budget.full
    try:
        return _extract(zip_path, dest, limits, cancel, progress, budget, on_skip)
    except ZipRejected as exc:
        shutil.rmtree(dest, ignore_errors=True)
        budget.bytes_left = bytes_left  # what was removed is free again
        if exc.code == "zip_budget_exceeded" and was_full:
            raise ZipRejected("zip_too_large") from None
        raise
    except BaseException:
        shutil.rmtree(dest, ignore_errors=True)
        budget.bytes_left = bytes_left
        raise


def _extract(
    zip_path: Path,
    dest: Path,
    limits: ZipLimits,
    cancel: threading.Event | None,
    progress: Callable[[int], None] | None,
    budget: ZipBudget,
    on_skip: Callable[[str, str], None] | None,
) -> list[Path]:
    try:
        archive = zipfile.ZipFile(zip_path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise ZipRejected("zip_corrupt") from exc
    written: list[Path] = []
    total = 0
    archive_size = max(_size(zip_path), 1)
    taken: set[str] = set()  # written paths, case-folded
    with archive:
        members = archive.infolist()
        budget.take_members(len(members))
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
            target = _free_target(dest, relative, taken)
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except (FileExistsError, NotADirectoryError):
                # A file already has the name this member needs as a folder.
                if on_skip is not None:
                    on_skip(info.filename, "duplicate_member")
                continue
            member_bytes = 0
            try:
                with archive.open(info) as source, open(target, "wb") as out:
                    while chunk := source.read(CHUNK):
                        check(cancel, "unzip")
                        member_bytes += len(chunk)
                        total += len(chunk)
                        budget.take_bytes(len(chunk))
                        if (
                            total > limits.archive_ratio_after_bytes
                            and total > limits.max_ratio * archive_size
                        ):
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


def _free_target(dest: Path, relative: PurePosixPath, taken: set[str]) -> Path:
    """Where a member goes: its own path, or "name (2).ext" beside it when that path (or one
    differing only in letter case) was written already."""
    parent, name = relative.parent, relative.name
    stem, suffix = os.path.splitext(name)
    candidate, n = relative, 1
    while candidate.as_posix().casefold() in taken:
        n += 1
        candidate = parent / f"{stem} ({n}){suffix}"
    taken.add(candidate.as_posix().casefold())
    # Its folders are taken too: a later member named like one of them is renamed.
    taken.update(folder.as_posix().casefold() for folder in candidate.parents)
    return dest.joinpath(*candidate.parts)


def _size(path: str | Path) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0
