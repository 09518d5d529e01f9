"""Reading a DICOMDIR as a hint: which files the media says it holds.

CDs and USB sticks burned by hospitals carry a DICOMDIR whose file IDs (``DICOM\\IMG0001``)
often do not match the names the operating system shows (lower case on Linux mounts, a
``.dcm`` extension added by a copy tool). ``referenced_files`` reads the IDs; ``resolve``
matches them against one listing of the folder, ignoring case and extension, and refuses IDs
that climb out of the DICOMDIR's folder. Thread-safety: pure functions.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path, PurePosixPath

import pydicom


def referenced_files(dicomdir: Path) -> list[tuple[str, ...]]:
    """The file IDs (as path components) the DICOMDIR's records refer to, in record order.

    Returns [] for a DICOMDIR that cannot be read: the folder is scanned anyway.
    """
    try:
        ds = pydicom.dcmread(dicomdir, force=True)
        records = ds.get("DirectoryRecordSequence") or []
    except Exception:  # a broken hint is no hint; the folder scan still runs
        return []
    found: list[tuple[str, ...]] = []
    for record in records:
        value = record.get("ReferencedFileID")
        if value is None:
            continue
        parts = [value] if isinstance(value, str) else list(value)
        parts = [str(p).strip() for p in parts if str(p).strip()]
        if parts:
            found.append(tuple(parts))
    return found


def resolve(
    root: Path, file_ids: Iterable[tuple[str, ...]], files: Iterable[Path]
) -> tuple[dict[tuple[str, ...], Path], list[tuple[str, ...]]]:
    """Match file IDs to ``files`` (a listing under ``root``), ignoring case and extension.

    Returns (matched id -> file, ids with no file). IDs with ".." or an absolute path are
    treated as missing: they point outside the media.
    """
    exact: dict[str, Path] = {}
    stem: dict[str, Path] = {}
    for path in files:
        try:
            rel = PurePosixPath(path.relative_to(root).as_posix().lower())
        except ValueError:
            continue
        exact.setdefault(str(rel), path)
        stem.setdefault(str(rel.with_suffix("")) if rel.suffix else str(rel), path)
    matched: dict[tuple[str, ...], Path] = {}
    missing: list[tuple[str, ...]] = []
    for file_id in file_ids:
        parts = [p.replace("\\", "/") for p in file_id]
        joined = "/".join(parts).lower()
        if joined.startswith("/") or ".." in joined.split("/") or ":" in joined:
            missing.append(file_id)
            continue
        hit = exact.get(joined) or stem.get(joined)
        if hit is None:
            bare = PurePosixPath(joined)
            hit = stem.get(str(bare.with_suffix(""))) if bare.suffix else None
        if hit is None:
            missing.append(file_id)
        else:
            matched[file_id] = hit
    return matched, missing
