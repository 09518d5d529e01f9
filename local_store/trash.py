"""The trash: cases and attachments removed by mistake stay restorable for 30 days.

Removing marks the row (``removed_at``) and keeps its blob; every list leaves marked rows out.
Only a case not yet queued can be removed (a sent case is closed instead, and kept), and only an
attachment no bundle carried (``local_store.attachments.remove_attachment``). ``purge_expired``
deletes what has been in the trash longer than ``KEEP_DAYS`` and then the blobs no remaining
attachment or incoming image points at. Every step is an audit row holding ids and counts only.
Thread-safety: any thread (reads use the calling thread's connection, changes run on the
store's writer).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from local_store import audit
from local_store.attachments import get_attachment
from local_store.cases import get_case, is_editable, now_iso, require_editable
from local_store.connection import query, transaction, writes
from local_store.errors import CaseClosed, NotFound
from local_store.models import CaseStatus
from local_store.store import Store

KEEP_DAYS = 30
CASE = "case"
ATTACHMENT = "attachment"


@dataclass(frozen=True)
class TrashItem:
    kind: str  # CASE or ATTACHMENT
    id: str
    case_id: str
    label: str  # the patient's name (a case) or the file's name (an attachment)
    removed_at: str  # ISO time
    purge_after: str  # ISO time: after this the item is deleted for good


@dataclass(frozen=True)
class PurgeReport:
    cases: int
    attachments: int
    blobs: int


@writes
def remove_case(store: Store, case_id: str) -> None:
    """Move a case not yet queued to the trash. Raises CaseSent or CaseClosed otherwise."""
    case = get_case(store, case_id)
    require_editable(case.status)
    with transaction(store) as db:
        db.table("cases").update(case_id, {"removed_at": now_iso()})
        audit.append(db, store.actor, "case.removed", case_id, {"status": case.status.value})


@writes
def restore_case(store: Store, case_id: str) -> None:
    get_case(store, case_id)
    with transaction(store) as db:
        db.table("cases").update(case_id, {"removed_at": None, "updated_at": now_iso()})
        audit.append(db, store.actor, "case.restored", case_id)


@writes
def restore_attachment(store: Store, attachment_id: str) -> None:
    """Put an attachment back on its case (not on a case that has been closed since)."""
    attachment = get_attachment(store, attachment_id)
    if get_case(store, attachment.case_id).status == CaseStatus.CLOSED:
        raise CaseClosed()
    with transaction(store) as db:
        stamp = now_iso()
        db.table("attachments").update(attachment_id, {"removed_at": None})
        db.table("cases").update(attachment.case_id, {"updated_at": stamp})
        audit.append(
            db,
            store.actor,
            "attachment.restored",
            attachment.case_id,
            {"attachment_id": attachment_id},
        )


def can_remove_case(status: CaseStatus) -> bool:
    return is_editable(status)


def _purge_after(removed_at: str) -> str:
    return (datetime.fromisoformat(removed_at) + timedelta(days=KEEP_DAYS)).isoformat()


def list_trash(store: Store) -> list[TrashItem]:
    """Every case and attachment in the trash, most recently removed first."""
    items = [
        TrashItem(CASE, row[0], row[0], row[1], row[2], _purge_after(row[2]))
        for row in query(
            store,
            "SELECT c.id, p.name, c.removed_at FROM cases c JOIN patients p ON p.id = c.patient_id"
            " WHERE c.removed_at IS NOT NULL",
        )
    ]
    # An attachment of a case in the trash goes and comes back with its case.
    items += [
        TrashItem(ATTACHMENT, row[0], row[1], row[2], row[3], _purge_after(row[3]))
        for row in query(
            store,
            "SELECT a.id, a.case_id, a.name, a.removed_at FROM attachments a"
            " JOIN cases c ON c.id = a.case_id"
            " WHERE a.removed_at IS NOT NULL AND c.removed_at IS NULL",
        )
    ]
    return sorted(items, key=lambda item: item.removed_at, reverse=True)


def restore(store: Store, item: TrashItem) -> None:
    if item.kind == CASE:
        restore_case(store, item.id)
    elif item.kind == ATTACHMENT:
        restore_attachment(store, item.id)
    else:
        raise NotFound("trash item")


@writes
def purge_expired(store: Store, now: datetime | None = None) -> PurgeReport:
    """Delete for good what has been in the trash more than KEEP_DAYS, then its unused blobs."""
    cutoff = ((now or datetime.now(UTC)) - timedelta(days=KEEP_DAYS)).isoformat()
    with transaction(store) as db:
        old_cases = [
            row[0]
            for row in db.execute(
                "SELECT id FROM cases WHERE removed_at IS NOT NULL AND removed_at < ?", [cutoff]
            )
        ]
        old_attachments = [
            row[0]
            for row in db.execute(
                "SELECT id FROM attachments WHERE removed_at IS NOT NULL AND removed_at < ?",
                [cutoff],
            )
        ]
        hashes = {
            row[0]
            for row in db.execute(
                "SELECT sha256 FROM attachments WHERE (removed_at IS NOT NULL AND removed_at < ?)"
                f" OR case_id IN ({','.join('?' * len(old_cases))})",
                [cutoff, *old_cases],
            )
        }
        for attachment_id in old_attachments:
            db.execute("DELETE FROM attachments WHERE id = ?", [attachment_id])
        for case_id in old_cases:
            patient = db.execute("SELECT patient_id FROM cases WHERE id = ?", [case_id]).fetchone()
            db.execute("DELETE FROM case_updates WHERE case_id = ?", [case_id])
            db.execute("DELETE FROM cases WHERE id = ?", [case_id])
            if (
                patient
                and not db.execute(
                    "SELECT 1 FROM cases WHERE patient_id = ?", [patient[0]]
                ).fetchone()
            ):
                db.execute("DELETE FROM patients WHERE id = ?", [patient[0]])
            audit.append(db, store.actor, "case.purged", case_id)
        for attachment_id in old_attachments:
            audit.append(
                db, store.actor, "attachment.purged", None, {"attachment_id": attachment_id}
            )
        still_used = {
            row[0]
            for row in db.execute(
                "SELECT sha256 FROM attachments UNION SELECT sha256 FROM incoming_items"
            )
        }
        unused = sorted(hashes - still_used)
        if old_cases or old_attachments:
            audit.append(
                db,
                store.actor,
                "trash.purged",
                None,
                {
                    "cases": len(old_cases),
                    "attachments": len(old_attachments),
                    "blobs": len(unused),
                },
            )
    # The rows are gone for good (committed) before any blob is: a crash in between leaves at
    # worst an orphan blob for the sweep, never a row without its file.
    for sha256 in unused:
        store.blobs.path_for(sha256).unlink(missing_ok=True)
    return PurgeReport(len(old_cases), len(old_attachments), len(unused))
