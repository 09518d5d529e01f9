"""Importing what a patient brings (files, folders, zips, CD/USB media) into a case.

Two steps, like attaching a single file (the plan and report values are in ``import_plan``):

- ``scan`` (in ``import_scan``) walks the paths, copies slow removable media into ``work_dir``
  first when asked, unpacks zips safely there, reads DICOMDIRs as hints, classifies every file
  by content and reads DICOM headers without pixel data. No database; any thread. The
  ``work_dir`` comes from ``local_store.work_dirs`` (re-exported here), which also removes it.
- ``run_import`` stores each accepted file: its blob is encrypted on the calling thread into a
  part file; each small batch is then made durable and recorded (attachment, index and audit
  rows in one short write on the store's writer) on a helper thread while the next batch is
  encrypted, never a row before its blob. Files the case already has (same content, or the
  same DICOM SOP instance) add nothing, so an import killed or cancelled and run again ends
  exactly as one uninterrupted import.

DICOM files naming another patient than the case's are never attached silently:
``patient_mismatches`` lists them for the user to confirm, and ``run_import`` rejects them
("other_patient") unless accepted. Each file is encrypted under ``local_store.file_guard``: one
that fails is rejected with its reason and the rest go on. A PDF locked with a password is
stored and listed in the report's ``notes`` ("pdf_locked"). Reasons and notes are codes
worded in ``wording.importing`` (IMPORT_REJECT, IMPORT_NOTE); nothing here logs names or file
names. Thread-safety: ``run_import`` on a worker thread (never
inside a write: its helper thread writes, and would wait for it); reads use the calling
thread's connection, and every change is a ``Store.write``.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from pathlib import Path

from foundation.cancel import Cancelled, check
from local_store import attachments, audit, cases, dicom_index, patient_match
from local_store.attachments import StagedFile
from local_store.blobs import PendingBlob
from local_store.connection import query, transaction, writes
from local_store.file_guard import FileFailed, guarded
from local_store.import_plan import (
    IMPORT_PHASES,
    NOTE_CODES,
    PHASE_COPYING,
    PHASE_EXTRACTING,
    PHASE_IMPORTING,
    PHASE_SCANNING,
    DicomPatient,
    ImportItem,
    ImportPlan,
    ImportProgress,
    ImportReport,
    Noted,
    PatientMismatch,
    ProgressFn,
    Rejected,
    patient_key,
)
from local_store.import_scan import scan
from local_store.models import AttachmentKind, Patient
from local_store.safe_zip import ZipLimits
from local_store.store import Store
from local_store.work_dirs import new_work_dir, remove_work_dir, sweep_work_dirs, work_dir

# The import API in one place for the desktop, the CLI and the receiver.
__all__ = [
    "IMPORT_PHASES",
    "NOTE_CODES",
    "PHASE_COPYING",
    "PHASE_EXTRACTING",
    "PHASE_IMPORTING",
    "PHASE_SCANNING",
    "DicomPatient",
    "ImportItem",
    "ImportPlan",
    "ImportProgress",
    "ImportReport",
    "Noted",
    "PatientMismatch",
    "ProgressFn",
    "Rejected",
    "ZipLimits",
    "new_work_dir",
    "patient_mismatches",
    "remove_work_dir",
    "run_import",
    "scan",
    "sweep_work_dirs",
    "unfinished_imports",
    "work_dir",
]

# Staged files are recorded together, in one short transaction per batch: a commit (a WAL
# fsync) per file would cost more than encrypting the file. Kept small so that the database
# writer is never held for long and progress stays honest ("done" means recorded).
BATCH_FILES = 32
BATCH_SECONDS = 0.5


# ---------------------------------------------------------------- patient reconciliation


def patient_mismatches(plan: ImportPlan, patient: Patient) -> list[PatientMismatch]:
    """The DICOM patients in ``plan`` that disagree with the case's patient, on what, and how
    seriously (``patient_match``).

    Only values present on both sides are compared: an anonymised header or a case without a
    hospital id is not a disagreement.
    """
    result = []
    for dicom in plan.patients:
        differs, agrees = patient_match.compare(dicom, patient)
        if differs:
            grade = patient_match.grade(differs, agrees)
            result.append(PatientMismatch(dicom, differs, agrees, grade))
    return result


# ---------------------------------------------------------------- run

# Each file of a recorded batch with (its attachment was added, its DICOM instance is new).
_Recorded = list[tuple[ImportItem, tuple[bool, bool]]]


def run_import(
    store: Store,
    case_id: str,
    plan: ImportPlan,
    *,
    accept_other_patients: bool | set[tuple[str, str, str] | DicomPatient] = False,
    cancel: threading.Event | None = None,
    progress: ProgressFn | None = None,
) -> ImportReport:
    """Store the plan's files in the case; see the module docstring.

    ``accept_other_patients``: True accepts every DICOM patient; a set accepts the patients
    whose ``DicomPatient.key`` (or the DicomPatient itself) it holds. Raises Cancelled (files
    already stored stay; running the import again finishes it), StorageFull, StorageReadOnly,
    NotFound (no such case).
    """
    patient = cases.get_case(store, case_id).patient
    refused = _refused_patients(plan, patient, accept_other_patients)
    known_sops = _indexed_sops(store, case_id)
    run_id = _start_run(store, case_id, len(plan.items))
    rejected = list(plan.rejected)
    notes: list[Noted] = []
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
    in_flight: tuple[Future[_Recorded], int] | None = None

    def commit_batch(pending: list[tuple[ImportItem, PendingBlob]]) -> _Recorded:
        # Never a row before its blob: the blobs are durable before the transaction starts.
        refs = store.blobs.commit_pending([blob for _, blob in pending])
        staged = [
            (item, StagedFile(ref, item.name, item.media_type, item.attachment_kind))
            for (item, _), ref in zip(pending, refs, strict=True)
        ]
        outcomes = _record_batch(store, case_id, staged)
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
            if new_instance and item.header is not None:  # only DICOM files are new instances
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
            check(cancel, "import")
            header = item.header
            if header is not None and patient_key(header) in refused:
                rejected.append(Rejected(item.source, "other_patient"))
            elif header is not None and header.sop_instance_uid in known_sops:
                counts["duplicates"] += 1  # the same instance, perhaps compressed differently
            elif not _readable(item.path):
                rejected.append(Rejected(item.source, "read_failed"))  # media pulled out
            else:

                def file_progress(b: int, base: int = bytes_before, files_done: int = done) -> None:
                    report(files_done, base + b)

                blob = guarded(
                    partial(store.blobs.put_file_pending, item.path, cancel, file_progress),
                    failed="read_failed",
                )
                if isinstance(blob, FileFailed):
                    rejected.append(Rejected(item.source, blob.code))
                else:
                    batch.append((item, blob))
                    if item.note:
                        notes.append(Noted(item.source, item.note))
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
        # The helper's own connection (without an installed writer it writes on it) goes too.
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
        notes=notes,
    )
    _finish_run(store, case_id, run_id, len(plan.items), result)
    return result


def _refused_patients(
    plan: ImportPlan, patient: Patient, accept: bool | set[tuple[str, str, str] | DicomPatient]
) -> set[tuple[str, str, str]]:
    if accept is True:
        return set()
    accepted = accept if isinstance(accept, set) else set()
    return {
        m.dicom.key
        for m in patient_mismatches(plan, patient)
        if m.dicom.key not in accepted and m.dicom not in accepted
    }


def _indexed_sops(store: Store, case_id: str) -> set[str]:
    rows = query(store, "SELECT sop_instance_uid FROM dicom_instances WHERE case_id = ?", [case_id])
    return {row[0] for row in rows}


@writes
def _record_batch(
    store: Store, case_id: str, batch: list[tuple[ImportItem, StagedFile]]
) -> list[tuple[bool, bool]]:
    """Attachment rows and their index rows for staged files, in one transaction: per file
    (new attachment, new instance). A file attached earlier without its index (the
    attachments panel) gets it now."""
    outcomes = []
    with transaction(store) as tx:
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


@writes
def _start_run(store: Store, case_id: str, files: int) -> str:
    run_id = cases.new_id()
    with transaction(store) as tx:
        tx.table("import_runs").insert(
            {"id": run_id, "case_id": case_id, "started_at": cases.now_iso(), "files": files}
        )
    return run_id


@writes
def _finish_run(store: Store, case_id: str, run_id: str, files: int, r: ImportReport) -> None:
    counts = {
        "files": files,
        "imported": r.imported,
        "duplicates": r.duplicates,
        "rejected": len(r.rejected),
        "instances": r.instances,
    }
    with transaction(store) as tx:
        tx.table("import_runs").update(
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
    row = query(
        store,
        "SELECT count(*) FROM import_runs WHERE case_id = ? AND finished_at IS NULL",
        [case_id],
    ).fetchone()
    return int(row[0])
