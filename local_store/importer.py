"""Importing what a patient brings (files, folders, zips, CD/USB media) into a case.

Two steps, like attaching a single file:

- ``scan`` walks the paths (folders recursively), copies slow removable media into
  ``work_dir`` first when asked (``copy_first``), extracts zips safely into ``work_dir`` (one
  nested level at most), reads DICOMDIRs as hints, classifies every file by its content and
  reads DICOM headers without their pixel data. It touches no database and runs on any thread.
  The caller deletes ``work_dir`` afterwards.
- ``run_import`` stores each accepted file: the blob is encrypted and fsynced on the calling
  thread, then its attachment row and index rows are written through ``db`` (the desktop
  passes its database executor, the CLI calls directly) in one short transaction per small
  batch of files, never a row before its blob. Files already in
  the case (same content, or same DICOM SOP instance) add nothing, so an import that was killed
  or cancelled and is run again ends exactly as one uninterrupted import.

DICOM files of a patient other than the case's are never attached silently: ``patient_mismatches``
lists them for the user to confirm; ``run_import`` rejects them (reason "other_patient") unless
accepted. Reasons are codes worded in ``wording.IMPORT_REJECT``; nothing here logs names or
file names. Thread-safety: ``scan`` anywhere; ``run_import`` on a worker thread with ``db``
running callables on the database writer thread.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from imaging import dicomdir, photos
from imaging.dicom_header import DicomHeader, readable_name
from imaging.dicom_header import examine as examine_file
from local_store import attachments, audit, cases, dicom_index
from local_store.attachments import StagedFile
from local_store.blobs import CHUNK, Cancelled, PendingBlob
from local_store.models import AttachmentKind, Patient
from local_store.safe_zip import ZipLimits, ZipRejected, extract
from local_store.store import Store

PHASE_COPYING = "copying"
PHASE_EXTRACTING = "extracting"
PHASE_SCANNING = "scanning"
PHASE_IMPORTING = "importing"

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
# Staged files are recorded together, in one short transaction per batch: a commit (a WAL
# fsync) per file would cost more than encrypting the file. Kept small so that the database
# writer is never held for long and progress stays honest ("done" means recorded).
BATCH_FILES = 32
BATCH_SECONDS = 0.5


@dataclass(frozen=True)
class ImportProgress:
    phase: str  # "copying", "extracting", "scanning", "importing"
    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int


ProgressFn = Callable[[ImportProgress], None]


@dataclass(frozen=True)
class Rejected:
    path: str  # as the user knows it: the original path, or "archive.zip/member"
    reason: str  # a key of wording.IMPORT_REJECT


@dataclass(frozen=True)
class ImportItem:
    path: Path  # the file to read (the original, or its copy in work_dir)
    source: str  # as the user knows it
    name: str  # the file name to show in the case
    kind: str  # imaging.dicom_header kind: "dicom", "pdf", "jpeg", "png", "heic"
    media_type: str
    attachment_kind: AttachmentKind
    size: int
    header: DicomHeader | None = None


@dataclass(frozen=True)
class DicomPatient:
    """One patient as the DICOM headers name them (several files share it)."""

    name: str  # readable ("ASHA SHARMA"), from the DICOM person name
    patient_id: str
    birth_date: str  # ISO or ""
    sex: str
    files: int
    study_uids: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.patient_id, self.name, self.birth_date)


@dataclass(frozen=True)
class PatientMismatch:
    dicom: DicomPatient
    differs: tuple[str, ...]  # of "name", "patient_id", "birth_date", "sex"


@dataclass
class ImportPlan:
    items: list[ImportItem] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    patients: list[DicomPatient] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # system files, media software
    dicomdirs: int = 0

    @property
    def total_bytes(self) -> int:
        return sum(item.size for item in self.items)


@dataclass(frozen=True)
class ImportReport:
    imported: int  # new attachments
    duplicates: int  # files the case already had (same content or same DICOM instance)
    rejected: list[Rejected]
    documents: int  # new PDFs, DICOM encapsulated documents and structured reports
    images: int  # new photos and DICOM images
    studies: int  # studies and series that gained instances in this import
    series: int
    instances: int  # new DICOM index rows


# ---------------------------------------------------------------- scan


@dataclass
class _Entry:
    path: Path
    source: str
    depth: int  # zip nesting level of the folder it came from


class _Scanner:
    def __init__(self, work_dir: Path, cancel, progress, copy_first: bool, limits: ZipLimits):
        self.work_dir = Path(work_dir)
        self.cancel = cancel
        self.progress = progress
        self.copy_first = copy_first
        self.limits = limits
        self.plan = ImportPlan()
        self.dicomdir_roots: list[tuple[Path, str, Path]] = []  # (root, source root, file)
        self.listed: set[Path] = set()
        self.folders = 0

    def check_cancel(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled()

    def report(self, phase: str, done: int, total: int, bytes_done=0, bytes_total=0) -> None:
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
            if path.is_dir():
                entries += self.list_folder(path, str(path), 0)
            elif path.is_file() and examine_file(path)[0].kind == "dicomdir":
                # Choosing a disc's DICOMDIR means "this disc": the whole folder is scanned.
                entries += self.list_folder(path.parent, str(path.parent), 0)
            elif path.is_file():
                entries.append(_Entry(path, str(path), 0))
            else:
                self.reject(str(path), "read_failed")
        return entries

    def list_folder(self, root: Path, source_root: str, depth: int) -> list[_Entry]:
        found = []
        for folder, dirs, files in os.walk(root, onerror=None):
            self.check_cancel()
            dirs[:] = sorted(d for d in dirs if d.lower() not in _JUNK_DIRS)
            for name in sorted(files):
                path = Path(folder) / name
                rel = path.relative_to(root)
                source = str(Path(source_root) / rel)
                if name.lower() in _JUNK_NAMES or name.startswith("._"):
                    self.plan.ignored.append(source)
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
            self.check_cancel()
            target = dest_root / f"{n:06d}" / _safe_name(entry.path.name)
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                done_bytes += _copy(entry.path, target, self.cancel)
            except OSError:
                self.reject(entry.source, "read_failed")
                continue
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
        queue = list(entries)
        done = 0
        total = len(queue)
        while queue:
            self.check_cancel()
            entry = queue.pop(0)
            done += 1
            extra = self.examine(entry)
            if extra:
                queue = extra + queue
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
        self.plan.items.append(
            ImportItem(entry.path, entry.source, name, kind, media_type, attachment_kind, size)
        )
        return []

    def open_zip(self, entry: _Entry) -> list[_Entry]:
        if entry.depth > MAX_ZIP_DEPTH:
            self.reject(entry.source, "zip_nested", entry.path)
            return []
        dest = self.new_folder("zip")
        self.report(PHASE_EXTRACTING, 0, 1)
        try:
            extract(
                entry.path,
                dest,
                limits=self.limits,
                cancel=self.cancel,
                progress=lambda n: self.report(PHASE_EXTRACTING, 0, 1, n, _size(entry.path)),
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


def _check_photo_or_pdf(path: Path, kind: str) -> str:
    if kind == "pdf":
        return "" if _pdf_complete(path) else "unreadable"
    if kind == "heic" and not photos.heic_supported():
        return "unsupported_photo_format"
    try:
        photos.photo_info(path)
    except ValueError:
        return "unreadable"
    return ""


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
            groups.setdefault(_patient_key(item.header), []).append(item)
    result = []
    for (patient_id, name, birth_date), group in groups.items():
        sexes = [i.header.sex for i in group if i.header.sex]
        studies = tuple(dict.fromkeys(i.header.study_uid for i in group))
        result.append(
            DicomPatient(
                name, patient_id, birth_date, sexes[0] if sexes else "", len(group), studies
            )
        )
    return result


def _patient_key(header: DicomHeader) -> tuple[str, str, str]:
    return (header.patient_id, readable_name(header.patient_name), header.birth_date)


# ---------------------------------------------------------------- patient reconciliation


def patient_mismatches(plan: ImportPlan, patient: Patient) -> list[PatientMismatch]:
    """The DICOM patients in ``plan`` that disagree with the case's patient, and on what.

    Only values present on both sides are compared: an anonymised header or a case without a
    hospital id is not a disagreement.
    """
    result = []
    for dicom in plan.patients:
        differs = []
        if dicom.name and patient.name and not _same_name(dicom.name, patient.name):
            differs.append("name")
        if (
            dicom.patient_id
            and patient.hospital_id
            and _id_text(dicom.patient_id) != _id_text(patient.hospital_id)
        ):
            differs.append("patient_id")
        if dicom.birth_date and patient.birth_date and dicom.birth_date != patient.birth_date:
            differs.append("birth_date")
        case_sex = patient.sex.value if patient.sex.value in ("F", "M") else ""
        if dicom.sex in ("F", "M") and case_sex and dicom.sex != case_sex:
            differs.append("sex")
        if differs:
            result.append(PatientMismatch(dicom, tuple(differs)))
    return result


def _name_tokens(name: str) -> set[str]:
    words = re.split(r"[\s^,.]+", name.casefold())
    return {w for w in words if len(w) > 1}  # initials are written too differently to compare


def _same_name(a: str, b: str) -> bool:
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb:
        return True
    if ta == tb:
        return True
    # "SHARMA^ASHA^KUMARI" and "Asha Sharma": one a fuller form of the other.
    common = ta & tb
    return len(common) >= 2 and common in (ta, tb)


def _id_text(value: str) -> str:
    return re.sub(r"[\s\-/]", "", value).casefold()


# ---------------------------------------------------------------- run


def _direct(fn: Callable[[], Any]) -> Any:
    return fn()


def run_import(
    store: Store,
    case_id: str,
    plan: ImportPlan,
    *,
    accept_other_patients: bool | set = False,
    cancel: threading.Event | None = None,
    progress: ProgressFn | None = None,
    db: Callable[[Callable[[], Any]], Any] = _direct,
) -> ImportReport:
    """Store the plan's files in the case; see the module docstring.

    ``accept_other_patients``: True accepts every DICOM patient; a set accepts the patients
    whose ``DicomPatient.key`` (or the DicomPatient itself) it holds. Raises Cancelled (files
    already stored stay; running the import again finishes it), StorageFull, StorageReadOnly,
    NotFound (no such case).
    """
    patient = db(lambda: cases.get_case(store, case_id).patient)
    refused = _refused_patients(plan, patient, accept_other_patients)
    known_sops = db(lambda: _indexed_sops(store, case_id))
    run_id = db(lambda: _start_run(store, case_id, len(plan.items)))
    rejected = list(plan.rejected)
    counts = {"imported": 0, "duplicates": 0, "documents": 0, "images": 0, "instances": 0}
    studies: set[str] = set()
    series: set[str] = set()
    bytes_total = plan.total_bytes
    bytes_before = 0
    files_total = len(plan.items)

    def report(files_done: int, bytes_done: int) -> None:
        if progress is not None:
            progress(
                ImportProgress(PHASE_IMPORTING, files_done, files_total, bytes_done, bytes_total)
            )

    batch: list[tuple[ImportItem, PendingBlob]] = []
    batch_started = time.monotonic()
    done = 0
    # Batch k is made durable and recorded on a helper thread while batch k+1 is encrypted:
    # waiting for the disk overlaps with work for the processor. One batch in flight at most.
    committer = ThreadPoolExecutor(1, thread_name_prefix="import-commit")
    in_flight: tuple[Future, int] | None = None

    def commit_batch(pending: list[tuple[ImportItem, PendingBlob]]) -> list:
        # Never a row before its blob: the blobs are durable before the transaction starts.
        refs = store.blobs.commit_pending([blob for _, blob in pending])
        staged = [
            (item, StagedFile(ref, item.name, item.media_type, item.attachment_kind))
            for (item, _), ref in zip(pending, refs, strict=True)
        ]
        outcomes = db(lambda: _record_batch(store, case_id, staged))
        return list(zip([item for item, _ in staged], outcomes, strict=True))

    def settle() -> None:
        nonlocal in_flight, done
        if in_flight is None:
            return
        future, upto = in_flight
        in_flight = None
        for item, (added, new_instance) in future.result():
            if added:
                counts["imported"] += 1
                kind = "documents" if item.attachment_kind is AttachmentKind.DOCUMENT else "images"
                counts[kind] += 1
            else:
                counts["duplicates"] += 1
            if new_instance:
                counts["instances"] += 1
                studies.add(item.header.study_uid)
                series.add(item.header.series_uid)
        done = max(done, upto)

    def submit(upto: int) -> None:
        nonlocal batch, in_flight, done
        settle()
        if batch:
            pending, batch = batch, []
            in_flight = (committer.submit(commit_batch, pending), upto)
        else:
            done = upto

    try:
        for n, item in enumerate(plan.items):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            header = item.header
            if header is not None and _patient_key(header) in refused:
                rejected.append(Rejected(item.source, "other_patient"))
            elif header is not None and header.sop_instance_uid in known_sops:
                counts["duplicates"] += 1  # the same instance, perhaps compressed differently
            elif not _readable(item.path):
                rejected.append(Rejected(item.source, "read_failed"))  # media pulled out
            else:
                base = bytes_before
                blob = store.blobs.put_file_pending(
                    item.path, cancel, lambda b, base=base, done=done: report(done, base + b)
                )
                batch.append((item, blob))
                if header is not None:
                    known_sops.add(header.sop_instance_uid)
            bytes_before += item.size
            if len(batch) >= BATCH_FILES or time.monotonic() - batch_started > BATCH_SECONDS:
                submit(n + 1)
                batch_started = time.monotonic()
            report(done, bytes_before)
        submit(files_total)
        settle()
        report(done, bytes_before)
    except Cancelled:
        # What is staged is kept: running the import again finishes it.
        submit(done)
        settle()
        raise
    except BaseException:
        store.blobs.discard_pending([blob for _, blob in batch])
        raise
    finally:
        if in_flight is not None:
            in_flight[0].exception()  # let it finish before the caller moves on
        # The helper's own connection (when ``db`` runs calls directly) goes with it.
        committer.submit(store.close_thread_connection).result()
        committer.shutdown()

    result = ImportReport(
        imported=counts["imported"],
        duplicates=counts["duplicates"],
        rejected=rejected,
        documents=counts["documents"],
        images=counts["images"],
        studies=len(studies),
        series=len(series),
        instances=counts["instances"],
    )
    db(lambda: _finish_run(store, case_id, run_id, len(plan.items), result))
    return result


def _refused_patients(plan: ImportPlan, patient: Patient, accept: bool | set) -> set:
    if accept is True:
        return set()
    accepted = accept if isinstance(accept, set) else set()
    return {
        m.dicom.key
        for m in patient_mismatches(plan, patient)
        if m.dicom.key not in accepted and m.dicom not in accepted
    }


def _indexed_sops(store: Store, case_id: str) -> set[str]:
    rows = store.db.execute(
        "SELECT sop_instance_uid FROM dicom_instances WHERE case_id = ?", [case_id]
    )
    return {row[0] for row in rows}


def _record_batch(
    store: Store, case_id: str, batch: list[tuple[ImportItem, StagedFile]]
) -> list[tuple[bool, bool]]:
    """Attachment rows and their index rows for staged files, in one transaction: per file
    (new attachment, new instance). A file attached earlier without its index (the
    attachments panel) gets it now."""
    outcomes = []
    with store.transaction() as tx:
        for item, staged in batch:
            added = attachments.attach_staged(store, case_id, staged)
            new_instance = False
            if item.header is not None:
                new_instance = dicom_index.record_instance(
                    tx, case_id, added.attachment.id, staged.ref.sha256, item.header
                )
            outcomes.append((not added.duplicate, new_instance))
    return outcomes


def _readable(path: Path) -> bool:
    try:
        with open(path, "rb"):
            return True
    except OSError:
        return False


def _start_run(store: Store, case_id: str, files: int) -> str:
    run_id = cases.new_id()
    with store.transaction() as tx:
        tx["import_runs"].insert(
            {"id": run_id, "case_id": case_id, "started_at": cases.now_iso(), "files": files}
        )
    return run_id


def _finish_run(store: Store, case_id: str, run_id: str, files: int, r: ImportReport) -> None:
    counts = {
        "files": files,
        "imported": r.imported,
        "duplicates": r.duplicates,
        "rejected": len(r.rejected),
        "instances": r.instances,
    }
    with store.transaction() as tx:
        tx["import_runs"].update(
            run_id,
            {
                "finished_at": cases.now_iso(),
                "imported": r.imported,
                "duplicates": r.duplicates,
                "rejected": len(r.rejected),
            },
        )
        # Counts only: the reasons stay in the report, the names never reach the log.
        audit.append(tx, store.actor, "import.finished", case_id, counts)


def unfinished_imports(store: Store, case_id: str) -> int:
    """How many imports into this case stopped before the end (killed or cancelled)."""
    row = store.db.execute(
        "SELECT count(*) FROM import_runs WHERE case_id = ? AND finished_at IS NULL", [case_id]
    ).fetchone()
    return row[0]


# ---------------------------------------------------------------- files

WORK_DIR = "import-work"
WORK_DIR_MAX_AGE = 12 * 3600


def new_work_dir(store: Store) -> Path:
    """A private folder inside the data folder for copies and unpacked zips of one import.

    Inside the data folder rather than the system temp folder: it holds plaintext patient
    files, so it stays with the user's other private data. The caller removes it; folders a
    crash left behind are removed here once they are older than any import takes.
    """
    root = store.data_dir / WORK_DIR
    root.mkdir(mode=0o700, exist_ok=True)
    sweep_work_dirs(store)
    return Path(tempfile.mkdtemp(dir=root))


def sweep_work_dirs(store: Store, min_age_seconds: float = WORK_DIR_MAX_AGE) -> int:
    root = store.data_dir / WORK_DIR
    cutoff = time.time() - min_age_seconds
    removed = 0
    for folder in root.iterdir() if root.is_dir() else ():
        try:
            stale = folder.stat().st_mtime <= cutoff
        except OSError:
            continue
        if stale:
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _safe_name(name: str) -> str:
    return name.replace("/", "_").replace("\\", "_") or "file"


def _copy(source: Path, target: Path, cancel) -> int:
    copied = 0
    with open(source, "rb") as src, open(target, "wb") as out:
        while chunk := src.read(CHUNK):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
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
