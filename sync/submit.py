"""Submitting a case: what would be sent (the plan, for the review screen and `submit`) and
building the bundle for the enrolled service into the outbox.

The bundle is built into ``DATA_DIR/outbox/`` (a new folder per bundle; the writer renames it
into place only when complete), then queued in one transaction that also makes the case
``queued``. A crash between the two leaves an unqueued folder and the case as it was; building
again makes a new bundle with a new sequence number. The attachments a bundle carries are
marked sent as it is queued; ``submit_update`` sends those added later (and a note) as a small
follow-up bundle. Thread-safety: any thread (a worker, never
inside a write): reads use the calling thread's connection; the sequence number, the summary's
audit row and the queueing run on the store's writer.
"""

from __future__ import annotations

import shutil
import threading
import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path

from foundation.cancel import Cancelled, is_cancelled
from local_store import attachments, cases, outbox
from local_store.errors import CaseClosed, NotFound, NothingNew
from local_store.models import CaseStatus, Urgency
from local_store.store import Store
from sync.bundle.assemble import Update, build_case_bundle
from sync.bundle.selection import select_case_files
from sync.enrollment import NotEnrolled, current

OUTBOX_DIR = outbox.OUTBOX_DIR
MANIFEST_ALLOWANCE = 64 * 1024  # the encrypted manifest and envelope, an upper bound

__all__ = [
    "NotEnrolled",
    "PlannedFile",
    "SubmitPlan",
    "Submitted",
    "plan_submission",
    "submit_case",
    "submit_update",
]


@dataclass(frozen=True)
class PlannedFile:
    name: str
    kind: str
    size: int
    series_uid: str | None


@dataclass(frozen=True)
class SubmitPlan:
    case_id: str
    files: list[PlannedFile]
    total_bytes: int  # plain bytes before compression: an upper bound of what goes
    enrolled: bool
    service_url: str | None
    recipient: str | None  # the service's age recipient
    left_out: list[str] = field(default_factory=list)  # attachment ids a de-identified bundle drops


@dataclass(frozen=True)
class Submitted:
    bundle_id: str
    folder: Path
    size_cipher: int
    left_out: list[str]
    review_flags: dict[str, list[str]]


def plan_submission(
    store: Store,
    case_id: str,
    *,
    series_uids: Collection[str] | None = None,
    deidentify: bool = False,
) -> SubmitPlan:
    """What a bundle of ``case_id`` would hold (``sync.bundle.selection``), and for whom."""
    selection, _ = select_case_files(store, case_id, series_uids, deidentify=deidentify)
    files = [PlannedFile(f.name, f.kind, f.size, f.series_uid) for f in selection.files]
    left_out = [a.id for a in selection.left_out]
    enrollment = current(store)
    return SubmitPlan(
        case_id=case_id,
        files=files,
        total_bytes=sum(f.size for f in files) + MANIFEST_ALLOWANCE,
        enrolled=enrollment is not None,
        service_url=enrollment.service_url if enrollment else None,
        recipient=enrollment.service_age if enrollment else None,
        left_out=left_out,
    )


def outbox_dir(data_dir: Path) -> Path:
    return Path(data_dir) / OUTBOX_DIR


def submit_case(
    store: Store,
    data_dir: Path,
    case_id: str,
    *,
    series_uids: Collection[str] | None = None,
    deidentify: bool = False,
    cancel: threading.Event | None = None,
    progress: Callable[[int, int], None] | None = None,
    update: Update | None = None,
) -> Submitted:
    """Build the case's bundle for the enrolled service and queue it; the case becomes queued.

    Raises NotEnrolled before building anything when this device has no service, and
    Cancelled (no bundle left, nothing queued) when ``cancel`` is set before it is queued.
    """
    enrollment = current(store)
    if enrollment is None:
        raise NotEnrolled()
    folder = outbox_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = folder / uuid.uuid4().hex
    result = build_case_bundle(
        store,
        case_id,
        target,
        [enrollment.service_age],
        series_uids=series_uids,
        deidentify=deidentify,
        cancel=cancel,
        progress=progress,
        update=update,
    )
    built = result.built
    if is_cancelled(cancel):
        # Queueing is the point of no return; until then a cancel leaves no trace.
        shutil.rmtree(built.path, ignore_errors=True)
        raise Cancelled("queue")
    labels = {f"{entry.file_id}.age": entry.name for entry in built.files}
    files = [
        outbox.NewFile(f.name, f.size_cipher, f.sha256_cipher, labels.get(f.name, ""))
        for f in built.envelope.all_files
    ]
    urgent = cases.get_case(store, case_id).referral.urgency is Urgency.URGENT
    outbox.enqueue(
        store,
        bundle_id=built.bundle_id,
        case_id=case_id,
        folder=str(built.path),
        service_url=enrollment.service_url,
        size_cipher=built.size_cipher,
        files=files,
        urgent=urgent,
        sent_attachments=result.sent,
        update_of=update.of if update is not None else None,
        note=update.note if update is not None else "",
        manifest_sha256=built.manifest_sha256,
    )
    return Submitted(
        built.bundle_id, built.path, built.size_cipher, result.left_out, result.review_flags
    )


def submit_update(
    store: Store,
    data_dir: Path,
    case_id: str,
    note: str = "",
    *,
    cancel: threading.Event | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Submitted:
    """Send what was added to a case after it was sent: its new files and a note, as a small
    bundle that names the case's first bundle (``update_of`` in its manifest).

    Raises CaseClosed for a closed case, NotFound when the case was never queued (submit it
    instead), NothingNew when there is no new file and no note, and what ``submit_case`` raises.
    """
    case = cases.get_case(store, case_id)
    if case.status == CaseStatus.CLOSED:
        raise CaseClosed()
    first = outbox.first_bundle(store, case_id)
    if first is None:
        raise NotFound("bundle")
    new = [a.id for a in attachments.unsent(store, case_id)]
    if not new and not note.strip():
        raise NothingNew()
    return submit_case(
        store,
        data_dir,
        case_id,
        cancel=cancel,
        progress=progress,
        update=Update(first, new, note.strip()),
    )
