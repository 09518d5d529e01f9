"""Repository for the sync engine's state: the outbox (bundles to send and sent), each file's
tus upload and confirmed offset, the inbox (what the service's feed said), and the engine's
settings (feed cursor, measured rate, paused, bandwidth cap).

Every write is one short transaction, so a crash or SIGKILL leaves either the old or the new
state of a row, never half; the upload URL of a file is stored before any byte of it is sent, so
the next run asks the service for its offset instead of starting a second upload. Rows hold no
patient data (ids, sizes, hashes, codes). Thread-safety: any thread (reads use the calling
thread's connection, changes run on the store's writer).
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from local_store import attachments, audit, cases, settings
from local_store.connection import query, transaction, writes
from local_store.models import CaseStatus
from local_store.store import Store

# The data folder's subfolder holding what waits to be sent, one folder per bundle or opinion.
OUTBOX_DIR = "outbox"

QUEUED = "queued"
SENDING = "sending"
COMMITTING = "committing"
SENT = "sent"
FAILED = "failed"
OPEN_STATES = (QUEUED, SENDING, COMMITTING)

# What an outbox row sends: a clinic's bundle, or a specialist's signed opinion (its row keyed
# by the opinion's id, its folder holding opinion.age and the opinion's envelope), or a bundle
# another clinic device made and a USB stick brought here, sent on as it is (no case of this
# store: ``case_id`` is empty and ``carried_from`` names the device that signed it).
KIND_BUNDLE = "bundle"
KIND_OPINION = "opinion"
KIND_CARRIED = "carried"

FILE_PENDING = "pending"
FILE_DONE = "done"

PRIORITY_URGENT = 1
PRIORITY_ROUTINE = 0

CURSOR_KEY = "sync.feed_cursor"
RATE_KEY = "sync.measured_rate"
PAUSED_KEY = "sync.paused"
MAX_RATE_KEY = "sync.max_rate"


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class OutboxFile:
    name: str
    size: int
    offset: int
    state: str
    sha256: str = ""
    upload_url: str | None = None
    position: int = 0
    label: str = ""  # the attachment's own file name; empty for the manifest


@dataclass(frozen=True)
class OutboxEntry:
    bundle_id: str
    case_id: str
    state: str
    priority: int
    size_cipher: int
    sent_bytes: int
    files: list[OutboxFile] = field(default_factory=list)
    last_error: str | None = None
    last_error_at: str | None = None
    next_attempt_at: float | None = None  # epoch seconds
    attempts: int = 0
    created_at: str = ""
    receipt_at: str | None = None
    service_status: str | None = None
    folder: str = ""
    service_url: str = ""
    registered: bool = False
    receipt: dict[str, Any] | None = None
    kind: str = KIND_BUNDLE
    carried_from: str | None = None


@dataclass(frozen=True)
class NewFile:
    name: str
    size: int
    sha256: str
    label: str = ""


@writes
def enqueue(
    store: Store,
    *,
    bundle_id: str,
    case_id: str,
    folder: str,
    service_url: str,
    size_cipher: int,
    files: list[NewFile],
    urgent: bool,
    sent_attachments: Sequence[str] = (),
    update_of: str | None = None,
    note: str = "",
    kind: str = KIND_BUNDLE,
    manifest_sha256: str | None = None,
    carried_from: str | None = None,
) -> None:
    """Queue a built bundle or a signed opinion (``kind``; ``bundle_id`` is then the
    opinion's id and the received case keeps its status). For a bundle, in the same
    transaction the case becomes queued and the attachments it carries are marked sent;
    ``update_of`` names the bundle an update follows (its note is kept with it);
    ``manifest_sha256`` (of the manifest's plaintext) is what an opinion on it must name;
    ``carried_from`` is the signing device of a carried bundle."""
    with transaction(store) as db:
        db.table("outbox").insert(
            {
                "bundle_id": bundle_id,
                "kind": kind,
                "case_id": case_id,
                "folder": folder,
                "service_url": service_url,
                "state": QUEUED,
                "priority": PRIORITY_URGENT if urgent else PRIORITY_ROUTINE,
                "size_cipher": size_cipher,
                "created_at": now_iso(),
                "manifest_sha256": manifest_sha256,
                "carried_from": carried_from,
            }
        )
        db.table("outbox_files").insert_all(
            [
                {
                    "bundle_id": bundle_id,
                    "name": f.name,
                    "position": i,
                    "size": f.size,
                    "sha256": f.sha256,
                    "label": f.label,
                }
                for i, f in enumerate(files)
            ]
        )
        attachments.mark_sent(store, list(sent_attachments), bundle_id)
        if update_of is not None:
            db.table("case_updates").insert(
                {
                    "bundle_id": bundle_id,
                    "case_id": case_id,
                    "update_of": update_of,
                    "note": note,
                    "created_at": now_iso(),
                }
            )
            audit.append(
                db,
                store.actor,
                "case.update_queued",
                case_id,
                {"bundle_id": bundle_id, "update_of": update_of, "files": len(sent_attachments)},
            )
        if kind == KIND_BUNDLE:
            cases.advance_status(store, case_id, CaseStatus.QUEUED)
        if kind == KIND_CARRIED:
            audit.append(
                db,
                store.actor,
                "bundle.carried_in",
                None,
                {"bundle_id": bundle_id, "from": carried_from},
            )


@writes
def record_carried_out(store: Store, bundle_id: str) -> None:
    """The bundle was saved to a USB stick (it stays queued): the audit log says so."""
    with transaction(store) as db:
        audit.append(
            db,
            store.actor,
            "case.saved_to_stick",
            case_of(store, bundle_id),
            {"bundle_id": bundle_id},
        )


def first_bundle(store: Store, case_id: str) -> str | None:
    """The id of the case's first bundle (not an update): the one updates follow."""
    row = query(
        store,
        "SELECT bundle_id FROM outbox WHERE case_id = ? AND bundle_id NOT IN"
        " (SELECT bundle_id FROM case_updates) ORDER BY created_at, rowid LIMIT 1",
        [case_id],
    ).fetchone()
    return None if row is None else str(row[0])


def updates_of(store: Store, case_id: str) -> list[dict[str, Any]]:
    """The updates queued for a case, oldest first: bundle id, the note, when."""
    cursor = query(
        store,
        "SELECT bundle_id, note, created_at FROM case_updates WHERE case_id = ?"
        " ORDER BY created_at",
        [case_id],
    )
    return [{"bundle_id": r[0], "note": r[1], "created_at": r[2]} for r in cursor.fetchall()]


_COLUMNS = (
    "bundle_id, case_id, state, priority, size_cipher, last_error, last_error_at, "
    "next_attempt_at, attempts, created_at, receipt_at, service_status, folder, service_url, "
    "registered, receipt, kind, carried_from"
)


def _files(store: Store, bundle_id: str) -> list[OutboxFile]:
    rows = query(
        store,
        'SELECT name, size, "offset", state, sha256, upload_url, position, label '
        "FROM outbox_files "
        "WHERE bundle_id = ? ORDER BY position",
        [bundle_id],
    ).fetchall()
    return [OutboxFile(*row) for row in rows]


def _entry(store: Store, row: Sequence[Any]) -> OutboxEntry:
    values = dict(zip([c.strip() for c in _COLUMNS.split(",")], row, strict=True))
    files = _files(store, values["bundle_id"])
    values["registered"] = bool(values["registered"])
    values["receipt"] = json.loads(values["receipt"]) if values["receipt"] else None
    if values["state"] == SENT:
        sent = values["size_cipher"]
    else:
        sent = sum(f.size if f.state == FILE_DONE else f.offset for f in files)
    return OutboxEntry(files=files, sent_bytes=sent, **values)


def list_entries(store: Store) -> list[OutboxEntry]:
    """Every outbox row, in sending order (urgent first, then oldest), sent ones last."""
    rows = query(
        store,
        f"SELECT {_COLUMNS} FROM outbox ORDER BY state = 'sent', state = 'failed', "
        "priority DESC, created_at, rowid",
    ).fetchall()
    return [_entry(store, row) for row in rows]


def get_entry(store: Store, bundle_id: str) -> OutboxEntry | None:
    row = query(store, f"SELECT {_COLUMNS} FROM outbox WHERE bundle_id = ?", [bundle_id]).fetchone()
    return None if row is None else _entry(store, row)


def holds(store: Store, bundle_id: str) -> bool:
    """Whether the outbox has (or had: sent rows stay) a row for ``bundle_id``."""
    row = query(store, "SELECT 1 FROM outbox WHERE bundle_id = ?", [bundle_id]).fetchone()
    return row is not None


def open_entries(store: Store) -> list[OutboxEntry]:
    """Bundles still to send, urgent first, then oldest."""
    return [e for e in list_entries(store) if e.state in OPEN_STATES]


def sent_manifest(store: Store, bundle_id: str) -> tuple[str, str | None] | None:
    """(case id, manifest SHA-256) of a bundle this device queued, or None for one it never
    did. The hash is None for a bundle built before it was recorded."""
    row = query(
        store,
        "SELECT case_id, manifest_sha256 FROM outbox WHERE bundle_id = ? AND kind = ?",
        [bundle_id, KIND_BUNDLE],
    ).fetchone()
    return None if row is None else (row[0], row[1])


def case_of(store: Store, bundle_id: str) -> str | None:
    row = query(store, "SELECT case_id FROM outbox WHERE bundle_id = ?", [bundle_id]).fetchone()
    return None if row is None else row[0]


@writes
def set_state(store: Store, bundle_id: str, state: str) -> None:
    with transaction(store) as db:
        db.table("outbox").update(bundle_id, {"state": state})
        if state == SENDING:
            case_id = case_of(store, bundle_id)
            if case_id:
                cases.advance_status(store, case_id, CaseStatus.SENDING)


@writes
def mark_registered(store: Store, bundle_id: str) -> None:
    with transaction(store) as db:
        db.table("outbox").update(bundle_id, {"registered": 1})


@writes
def forget_registration(store: Store, bundle_id: str) -> None:
    """The service no longer knows the bundle: register it again (uploads start again too)."""
    with transaction(store) as db:
        db.table("outbox").update(bundle_id, {"registered": 0})
        db.execute(
            'UPDATE outbox_files SET upload_url = NULL, "offset" = 0, state = ? '
            "WHERE bundle_id = ?",
            [FILE_PENDING, bundle_id],
        )


@writes
def set_upload(store: Store, bundle_id: str, name: str, url: str | None, offset: int = 0) -> None:
    """Remember a file's upload URL (before sending any byte) and the server's offset."""
    with transaction(store) as db:
        db.execute(
            'UPDATE outbox_files SET upload_url = ?, "offset" = ?, state = ? '
            "WHERE bundle_id = ? AND name = ?",
            [url, offset, FILE_PENDING, bundle_id, name],
        )


@writes
def set_offset(store: Store, bundle_id: str, name: str, offset: int) -> None:
    with transaction(store) as db:
        db.execute(
            'UPDATE outbox_files SET "offset" = ?, state = CASE WHEN ? >= size THEN ? ELSE ? END '
            "WHERE bundle_id = ? AND name = ?",
            [offset, offset, FILE_DONE, FILE_PENDING, bundle_id, name],
        )


@writes
def record_offset(store: Store, bundle_id: str, name: str, offset: int, *, moved: bool) -> None:
    """The server's offset after a PATCH, and (when it moved) the failure count starting
    again, in one transaction: one commit per PATCH instead of two."""
    with transaction(store) as db:
        db.execute(
            'UPDATE outbox_files SET "offset" = ?, state = CASE WHEN ? >= size THEN ? ELSE ? END '
            "WHERE bundle_id = ? AND name = ?",
            [offset, offset, FILE_DONE, FILE_PENDING, bundle_id, name],
        )
        if moved:
            # Bytes moved again: the last problem is over, no screen may still show it.
            db.execute(
                "UPDATE outbox SET attempts = 0, next_attempt_at = NULL, last_error = NULL "
                "WHERE bundle_id = ? "
                "AND (attempts != 0 OR next_attempt_at IS NOT NULL OR last_error IS NOT NULL)",
                [bundle_id],
            )


@writes
def reset_files(store: Store, bundle_id: str, names: list[str], *, forget_upload: bool) -> None:
    """Files the service says are missing or changed: send them again (from zero if changed)."""
    with transaction(store) as db:
        for name in names:
            if forget_upload:
                db.execute(
                    'UPDATE outbox_files SET upload_url = NULL, "offset" = 0, state = ? '
                    "WHERE bundle_id = ? AND name = ?",
                    [FILE_PENDING, bundle_id, name],
                )
            else:
                db.execute(
                    "UPDATE outbox_files SET state = ? WHERE bundle_id = ? AND name = ?",
                    [FILE_PENDING, bundle_id, name],
                )


@writes
def record_failure(
    store: Store, bundle_id: str, code: str, *, retry_at: float | None, permanent: bool
) -> None:
    """A failed attempt: transient ones wait until ``retry_at``; permanent ones end the row."""
    with transaction(store) as db:
        row = db.execute("SELECT attempts FROM outbox WHERE bundle_id = ?", [bundle_id]).fetchone()
        changes = {
            "attempts": (row[0] if row else 0) + 1,
            "last_error": code,
            "last_error_at": now_iso(),
            "next_attempt_at": retry_at,
        }
        if permanent:
            changes["state"] = FAILED
        db.table("outbox").update(bundle_id, changes)


@writes
def record_progress(store: Store, bundle_id: str) -> None:
    """Bytes moved: the failure count starts again, so the next cut is retried at once, and
    the last problem is over."""
    with transaction(store) as db:
        db.table("outbox").update(
            bundle_id, {"attempts": 0, "next_attempt_at": None, "last_error": None}
        )


@writes
def retry(store: Store, bundle_id: str) -> None:
    """A person asked to try a failed bundle again (after fixing what was wrong)."""
    with transaction(store) as db:
        db.table("outbox").update(
            bundle_id,
            {"state": QUEUED, "attempts": 0, "next_attempt_at": None, "last_error": None},
        )


@writes
def clear_waits(store: Store) -> None:
    """Send now: every waiting bundle is due at once."""
    with transaction(store) as db:
        db.execute(
            "UPDATE outbox SET next_attempt_at = NULL WHERE state IN (?, ?, ?)", list(OPEN_STATES)
        )


@writes
def mark_sent(store: Store, bundle_id: str, receipt: dict[str, Any]) -> None:
    """The verified receipt is stored and the case becomes delivered, in one transaction."""
    with transaction(store) as db:
        db.table("outbox").update(
            bundle_id,
            {
                "state": SENT,
                "receipt": json.dumps(receipt, sort_keys=True),
                "receipt_at": now_iso(),
                "last_error": None,
                "next_attempt_at": None,
                "service_status": "received",
            },
        )
        db.execute(
            'UPDATE outbox_files SET state = ?, "offset" = size WHERE bundle_id = ?',
            [FILE_DONE, bundle_id],
        )
        case_id = case_of(store, bundle_id)
        if case_id:
            cases.advance_status(store, case_id, CaseStatus.DELIVERED)


@writes
def apply_feed_item(
    store: Store,
    *,
    cursor: int,
    bundle_id: str,
    status: str,
    specialty: str | None,
    problem: str | None,
    at: str | None,
    case_status: CaseStatus | None,
) -> None:
    """One verified feed item: the inbox row, the outbox's service status, the case's status
    (forward only) and the cursor, together."""
    with transaction(store) as db:
        db.table("inbox").upsert(
            {
                "bundle_id": bundle_id,
                "status": status,
                "specialty": specialty,
                "problem": problem,
                "at": at,
                "feed_cursor": cursor,
                "updated_at": now_iso(),
            },
            pk="bundle_id",
        )
        case_id = case_of(store, bundle_id)
        if case_id:
            db.execute(
                "UPDATE outbox SET service_status = ? WHERE bundle_id = ?", [status, bundle_id]
            )
            if case_status is not None:
                cases.advance_status(store, case_id, case_status)
        settings.put(store, CURSOR_KEY, cursor)


@writes
def pass_feed_item(store: Store, cursor: int) -> None:
    """Move the feed cursor past a verified item this device does not act on (yet)."""
    if cursor > feed_cursor(store):
        settings.put(store, CURSOR_KEY, cursor)


def inbox_items(store: Store) -> list[dict[str, Any]]:
    cursor = query(
        store,
        "SELECT bundle_id, status, specialty, problem, at, feed_cursor FROM inbox "
        "ORDER BY feed_cursor",
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def feed_cursor(store: Store) -> int:
    return int(settings.get(store, CURSOR_KEY, 0) or 0)


def measured_rate(store: Store) -> float | None:
    """Recent goodput measured by the engine (bytes/s), or None before anything was sent."""
    value = settings.get(store, RATE_KEY)
    if not value:
        return None
    return float(value["rate"]) if isinstance(value, dict) else float(value)


def record_rate(store: Store, rate: float) -> None:
    # A string keeps the value exact in JSON and says when it was measured.
    settings.put(store, RATE_KEY, {"rate": f"{rate:.1f}", "at": time.time()})


def is_paused(store: Store) -> bool:
    return bool(settings.get(store, PAUSED_KEY, False))


def set_paused(store: Store, paused: bool) -> None:
    settings.put(store, PAUSED_KEY, bool(paused))


def max_rate(store: Store) -> float | None:
    """The bandwidth cap in bytes/s, or None for no cap."""
    value = settings.get(store, MAX_RATE_KEY)
    return float(value) if value else None


def set_max_rate(store: Store, rate: float | None) -> None:
    settings.put(store, MAX_RATE_KEY, int(rate) if rate else None)


def move_folders(db: sqlite_utils.Database, data_dir: Path) -> None:
    """Point every row at its folder inside ``data_dir``'s outbox: a restore into another data
    folder brings the folders along under the same names. Runs on a connection of its own
    (the restore's, before the folder is a store), inside its transaction."""
    rows = db.execute("SELECT bundle_id, folder FROM outbox WHERE folder != ''").fetchall()
    for bundle_id, folder in rows:
        moved = Path(data_dir) / OUTBOX_DIR / Path(folder).name
        db.execute("UPDATE outbox SET folder = ? WHERE bundle_id = ?", [str(moved), bundle_id])
