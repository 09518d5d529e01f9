"""Finding what to import: walking folders, copying slow media, unpacking zips, reading
DICOMDIRs as hints, classifying by content and reading DICOM headers (no pixel data).
Each file is examined under ``local_store.file_guard``: one that breaks a reader is rejected
with its reason and the others are still read. A PDF that opens only with a password is taken
as it is, with the note "pdf_locked" on its item.

``scan`` touches no database. Copies and unpacked zips go into the caller's ``work_dir``, which
the caller removes afterwards. A DICOMDIR lists what a disc should hold: listed files that are
missing are reported; files it does not list are still found, and what is not a patient file
(viewer software, autorun) is ignored rather than rejected. Only regular files are read:
FIFOs, devices and sockets are reported as skipped ("special_file_skipped"), since opening one
could wait forever. Every zip of one scan, nested ones included, unpacks within one shared
``ZipBudget``. Thread-safety: any thread; one scan per ``work_dir``.
"""

from __future__ import annotations

import os
import shutil
import stat
import threading
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from clinical import pdf_budget
from foundation.cancel import check
from imaging import dicomdir, photos
from imaging.dicom_header import examine as examine_file
from local_store.blobs import CHUNK
from local_store.file_guard import FileFailed, guarded
from local_store.import_plan import (
    PHASE_COPYING,
    PHASE_EXTRACTING,
    PHASE_SCANNING,
    DicomPatient,
    ImportItem,
    ImportPlan,
    ImportProgress,
    ProgressFn,
    Rejected,
    patient_key,
)
from local_store.models import AttachmentKind
from local_store.safe_zip import ZipBudget, ZipLimits, ZipRejected, extract

# Left behind by operating systems and disc-burning tools; never the patient's files.
_JUNK_NAMES = {".ds_store", "thumbs.db", "desktop.ini", "autorun.inf"}
_JUNK_DIRS = {"__macosx", "$recycle.bin", "system volume information", ".trashes", ".fseventsd"}
_MEDIA_TYPES = {
    "pdf": ("application/pdf", AttachmentKind.DOCUMENT),
    "jpeg": ("image/jpeg", AttachmentKind.PHOTO),
    "png": ("image/png", AttachmentKind.PHOTO),
    "heic": ("image/heic", AttachmentKind.PHOTO),
}
MAX_ZIP_DEPTH = 1  # a zip inside a zip is opened; one more level is refused


@dataclass
class _Entry:
    path: Path
    source: str
    depth: int  # zip nesting level of the folder it came from


class _Scanner:
    def __init__(
        self,
        work_dir: Path,
        cancel: threading.Event | None,
        progress: ProgressFn | None,
        copy_first: bool,
        limits: ZipLimits,
    ) -> None:
        self.work_dir = Path(work_dir)
        self.cancel = cancel
        self.progress = progress
        self.copy_first = copy_first
        self.limits = limits
        self.budget: ZipBudget | None = None  # made at the first zip, on the work folder's disk
        self.plan = ImportPlan()
        self.dicomdir_roots: list[tuple[Path, str, Path]] = []  # (root, source root, file)
        self.listed: set[Path] = set()
        self.folders = 0

    def report(
        self, phase: str, done: int, total: int, bytes_done: int = 0, bytes_total: int = 0
    ) -> None:
        if self.progress is not None:
            self.progress(ImportProgress(phase, done, total, bytes_done, bytes_total))

    def new_folder(self, prefix: str) -> Path:
        self.folders += 1
        return self.work_dir / f"{prefix}-{self.folders}"

    # -- listing

    def list_paths(self, paths: Iterable[Path | str]) -> list[_Entry]:
        entries: list[_Entry] = []
        for raw in paths:
            path = Path(raw)
            if _is_special(path):
                self.reject(str(path), "special_file_skipped")
            elif path.is_dir():
                entries += self.list_folder(path, str(path), 0)
            elif path.is_file() and _is_dicomdir(path):
                # Choosing a disc's DICOMDIR means "this disc": the whole folder is scanned.
                entries += self.list_folder(path.parent, str(path.parent), 0)
            elif path.is_file():
                entries.append(_Entry(path, str(path), 0))
            else:
                self.reject(str(path), "read_failed")
        return entries

    def list_folder(self, root: Path, source_root: str, depth: int) -> list[_Entry]:
        found = []

        def unreadable(error: OSError) -> None:
            # A folder that cannot be listed (a scratched disc, no permission) is reported,
            # not silently skipped: its files would otherwise just be missing.
            where = Path(error.filename) if error.filename else root
            try:
                source = str(Path(source_root) / where.relative_to(root))
            except ValueError:
                source = str(where)
            self.reject(source, "read_failed")

        for folder, dirs, files in os.walk(root, onerror=unreadable):
            check(self.cancel, "scan")
            dirs[:] = sorted(d for d in dirs if d.lower() not in _JUNK_DIRS)
            for name in sorted(files):
                path = Path(folder) / name
                rel = path.relative_to(root)
                source = str(Path(source_root) / rel)
                if name.lower() in _JUNK_NAMES or name.startswith("._"):
                    self.plan.ignored.append(source)
                    continue
                if _is_special(path):
                    self.reject(source, "special_file_skipped")
                    continue
                if path.is_symlink() and not path.is_file():
                    self.reject(source, "read_failed")
                    continue
                found.append(_Entry(path, source, depth))
        return found

    def reject(self, source: str, reason: str, path: Path | None = None) -> None:
        self.plan.rejected.append(Rejected(source, reason))

    # -- copying from slow media

    def copy_local(self, entries: list[_Entry]) -> list[_Entry]:
        """Copy every file once, sequentially and in directory order, into work_dir.

        Reading a CD in its own order is far faster than jumping about as a DICOMDIR's
        record order would; the copies are then read as often as needed.
        """
        total = sum(_size(e.path) for e in entries)
        dest_root = self.new_folder("media")
        copied: list[_Entry] = []
        done_bytes = 0
        for n, entry in enumerate(entries):
            check(self.cancel, "copy")
            target = dest_root / f"{n:06d}" / _safe_name(entry.path.name)
            copied_bytes = guarded(
                partial(_copy, entry.path, target, self.cancel), failed="read_failed"
            )
            if isinstance(copied_bytes, FileFailed):
                self.reject(entry.source, copied_bytes.code)
                continue
            done_bytes += copied_bytes
            copied.append(_Entry(target, entry.source, entry.depth))
            self.report(PHASE_COPYING, n + 1, len(entries), done_bytes, total)
        return copied

    # -- classifying

    def scan(self, paths: Iterable[Path | str]) -> ImportPlan:
        self.work_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        entries = self.list_paths(paths)
        if self.copy_first:
            originals = {e.source: e.path for e in entries}
            entries = self.copy_local(entries)
            # DICOMDIR references are resolved against the original layout.
            self.original_paths = {e.path: originals[e.source] for e in entries}
        else:
            self.original_paths = {}
        queue = deque(entries)
        done = 0
        total = len(queue)
        while queue:
            check(self.cancel, "scan")
            entry = queue.popleft()
            done += 1
            # One file that breaks a reader (a RecursionError, anything Pillow raises) is
            # rejected with its reason; the others are still read.
            extra = guarded(partial(self.examine, entry))
            if isinstance(extra, FileFailed):
                self.reject(entry.source, extra.code, entry.path)
                extra = []
            if extra:
                queue.extendleft(reversed(extra))  # a zip's files next, in their order
                total += len(extra)
            self.report(PHASE_SCANNING, done, total)
        self.reconcile_dicomdirs(entries)
        self.plan.patients = _patients(self.plan.items)
        return self.plan

    def examine(self, entry: _Entry) -> list[_Entry]:
        classified, header = examine_file(entry.path)
        kind = classified.kind
        if kind == "rejected":
            self.reject(entry.source, classified.reason, entry.path)
            return []
        if kind == "dicomdir":
            self.plan.dicomdirs += 1
            original = self.original_paths.get(entry.path, entry.path)
            self.dicomdir_roots.append((original.parent, entry.source, entry.path))
            return []
        if kind == "zip":
            return self.open_zip(entry)
        size = _size(entry.path)
        name = Path(entry.source).name
        if kind == "dicom":
            assert header is not None
            document = header.is_document
            attachment_kind = AttachmentKind.DOCUMENT if document else AttachmentKind.DICOM
            self.plan.items.append(
                ImportItem(
                    entry.path,
                    entry.source,
                    name,
                    kind,
                    "application/dicom",
                    attachment_kind,
                    size,
                    header,
                )
            )
            return []
        reason = _check_photo_or_pdf(entry.path, kind)
        if reason:
            self.reject(entry.source, reason, entry.path)
            return []
        media_type, attachment_kind = _MEDIA_TYPES[kind]
        note = "pdf_locked" if kind == "pdf" and _pdf_locked(entry.path) else ""
        self.plan.items.append(
            ImportItem(
                entry.path, entry.source, name, kind, media_type, attachment_kind, size, note=note
            )
        )
        return []

    def open_zip(self, entry: _Entry) -> list[_Entry]:
        if entry.depth > MAX_ZIP_DEPTH:
            self.reject(entry.source, "zip_nested", entry.path)
            return []
        dest = self.new_folder("zip")
        self.report(PHASE_EXTRACTING, 0, 1)
        if self.budget is None:
            self.budget = ZipBudget(self.limits, self.work_dir)

        def skipped(member: str, code: str) -> None:
            self.reject(f"{entry.source}/{member}", code, entry.path)

        try:
            extract(
                entry.path,
                dest,
                limits=self.limits,
                cancel=self.cancel,
                progress=lambda n: self.report(PHASE_EXTRACTING, 0, 1, n, _size(entry.path)),
                budget=self.budget,
                on_skip=skipped,
            )
        except ZipRejected as exc:
            self.reject(entry.source, exc.code, entry.path)
            return []
        except OSError:
            self.reject(entry.source, "read_failed", entry.path)
            return []
        return self.list_folder(dest, entry.source, entry.depth + 1)

    # -- DICOMDIR as a hint

    def reconcile_dicomdirs(self, entries: list[_Entry]) -> None:
        """Files a DICOMDIR lists but the media lacks are reported; files it does not list
        that are not patient files (viewer software on the CD) are ignored, not rejected."""
        for root, source, path in self.dicomdir_roots:
            file_ids = dicomdir.referenced_files(path)
            originals = self._files_under(root)
            matched, missing = dicomdir.resolve(root, file_ids, originals)
            source_root = Path(source).parent
            for file_id in missing:
                self.reject(str(source_root.joinpath(*file_id)), "listed_file_missing")
            listed_sources = {str(source_root / p.relative_to(root)) for p in matched.values()}
            keep = []
            for rejected in self.plan.rejected:
                under = _is_under(rejected.path, str(source_root))
                if (
                    under
                    and rejected.reason == "not_dicom_or_document"
                    and rejected.path not in listed_sources
                ):
                    self.plan.ignored.append(rejected.path)
                else:
                    keep.append(rejected)
            self.plan.rejected = keep

    def _files_under(self, root: Path) -> list[Path]:
        copied = [p for p in self.original_paths.values() if _is_under(str(p), str(root))]
        # Media copied first are matched against what was copied (the disc may be gone);
        # folders and extracted zips are listed once.
        return copied or [p for p in root.rglob("*") if p.is_file()]


def scan(
    paths: Iterable[Path | str],
    work_dir: Path,
    *,
    cancel: threading.Event | None = None,
    progress: ProgressFn | None = None,
    copy_first: bool = False,
    zip_limits: ZipLimits | None = None,
) -> ImportPlan:
    """Find, classify and header-read everything under ``paths``; store nothing.

    ``copy_first``: read slow removable media (CD, USB) once into ``work_dir`` before anything
    else. Zips are extracted into ``work_dir``. Raises Cancelled.
    """
    limits = zip_limits or ZipLimits()
    return _Scanner(work_dir, cancel, progress, copy_first, limits).scan(paths)


def _is_dicomdir(path: Path) -> bool:
    # A file that cannot be read here is looked at again, and rejected, as one of the files.
    classified = guarded(lambda: examine_file(path)[0])
    return not isinstance(classified, FileFailed) and classified.kind == "dicomdir"


def _check_photo_or_pdf(path: Path, kind: str) -> str:
    if kind == "pdf":
        return "" if _pdf_complete(path) else "unreadable"
    if kind == "heic" and not photos.heic_supported():
        return "unsupported_photo_format"
    try:
        photos.photo_info(path)
    except ValueError as exc:
        return "photo_too_large" if str(exc) == photos.TOO_LARGE else "unreadable"
    return ""


def _pdf_locked(path: Path) -> bool:
    # Stored as it is (the bytes are the evidence), but said at once: the clinic can ask the
    # patient for the password while they are still in the room.
    try:
        pdf_budget.page_count(path)
    except pdf_budget.Locked:
        return True
    except (ValueError, ImportError):
        pass  # PDFium cannot open it, or is not installed: the viewer says why later
    return False


def _pdf_complete(path: Path) -> bool:
    # A PDF ends with %%EOF (a few bytes of padding after it are common); a copy cut short
    # by a pulled USB stick or a failed download does not.
    with open(path, "rb") as fh:
        fh.seek(max(0, _size(path) - 2048))
        return b"%%EOF" in fh.read()


def _patients(items: list[ImportItem]) -> list[DicomPatient]:
    groups: dict[tuple[str, str, str], list[ImportItem]] = {}
    for item in items:
        if item.header is not None:
            groups.setdefault(patient_key(item.header), []).append(item)
    result = []
    for (patient_id, name, birth_date), group in groups.items():
        headers = [i.header for i in group if i.header is not None]
        sexes = [h.sex for h in headers if h.sex]
        studies = tuple(dict.fromkeys(h.study_uid for h in headers))
        result.append(
            DicomPatient(
                name, patient_id, birth_date, sexes[0] if sexes else "", len(group), studies
            )
        )
    return result


def _is_special(path: Path) -> bool:
    """A FIFO, device or socket (followed through a symlink): never opened."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False  # missing or a broken link: reported as unreadable where it is used
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _safe_name(name: str) -> str:
    return name.replace("/", "_").replace("\\", "_") or "file"


def _copy(source: Path, target: Path, cancel: threading.Event | None) -> int:
    copied = 0
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(source, "rb") as src, open(target, "wb") as out:
        while chunk := src.read(CHUNK):
            check(cancel, "copy")
            out.write(chunk)
            copied += len(chunk)
    # The drive said "done" but delivered less (a scratched disc): treat as unreadable.
    if copied != source.stat().st_size:
        raise OSError("short read")
    shutil.copystat(source, target, follow_symlinks=True)
    return copied


def _is_under(path: str, root: str) -> bool:
    root = root.rstrip("/\\")
    return path == root or path.startswith(root + os.sep) or path.startswith(root + "/")
