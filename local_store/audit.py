"""The tamper-evident audit log: who did what, when, to which case.

Rows are append-only; each row's hash covers its content and the previous row's hash, so
editing, deleting or reordering any row breaks the chain from that row on. ``detail`` holds
codes and field names only, never patient data.

Who: ``actor`` is the computer's login name; with staff sign-in on, the row also names the
staff member signed in (``staff_id``, ``staff_name``), and then the hash covers them too. A row
without a staff member is hashed exactly as rows were before staff existed, so chains written
by earlier versions still verify. Thread-safety: call with the connection of the calling
thread, inside the same transaction as the change being recorded.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

GENESIS = "0" * 64


@dataclass(frozen=True)
class StaffRef:
    """The staff member signed in: kept in each audit row by id and by name (a removed
    member's rows still say who it was)."""

    id: int
    name: str


@dataclass(frozen=True)
class Actor:
    """Who makes a change: the computer's login and, with staff sign-in, the staff member."""

    login: str
    staff: StaffRef | None = None

    def __str__(self) -> str:
        return self.login


def _row_hash(
    prev_hash: str,
    seq: int,
    at: str,
    actor: str,
    action: str,
    case_id: str | None,
    detail: object,
    staff: StaffRef | None = None,
) -> str:
    fields: list[object] = [prev_hash, seq, at, actor, action, case_id, detail]
    if staff is not None:
        # Only rows that name a staff member hash the name: older rows keep their hashes.
        fields.append([staff.id, staff.name])
    body = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def append(
    db: sqlite_utils.Database,
    actor: Actor | str,
    action: str,
    case_id: str | None = None,
    detail: dict[str, Any] | None = None,
) -> int:
    """Append one row; returns its sequence number. Call inside the change's transaction."""
    who = actor if isinstance(actor, Actor) else Actor(actor)
    last = db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = datetime.now(UTC).isoformat(timespec="milliseconds")
    detail_json = json.dumps(detail or {}, sort_keys=True, separators=(",", ":"))
    digest = _row_hash(prev_hash, seq, at, who.login, action, case_id, detail_json, who.staff)
    staff_id, staff_name = (who.staff.id, who.staff.name) if who.staff else (None, None)
    db.execute(
        "INSERT INTO audit_log (seq, at, actor, action, case_id, detail, prev_hash, hash,"
        " staff_id, staff_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [seq, at, who.login, action, case_id, detail_json, prev_hash, digest, staff_id, staff_name],
    )
    return seq


@dataclass(frozen=True)
class AuditReport:
    rows: int
    first_bad_seq: int | None  # None when the whole chain verifies

    @property
    def ok(self) -> bool:
        return self.first_bad_seq is None


def verify(db: sqlite_utils.Database) -> AuditReport:
    prev_hash, expected_seq, count = GENESIS, 1, 0
    cursor = db.execute(
        "SELECT seq, at, actor, action, case_id, detail, prev_hash, hash, staff_id, staff_name"
        " FROM audit_log ORDER BY seq"
    )
    for row in cursor:
        seq, at, actor, action, case_id, detail, stored_prev, stored_hash = row[:8]
        staff = None if row[8] is None and row[9] is None else StaffRef(row[8], row[9])
        count += 1
        if seq != expected_seq or stored_prev != prev_hash:
            return AuditReport(count, seq)
        if _row_hash(prev_hash, seq, at, actor, action, case_id, detail, staff) != stored_hash:
            return AuditReport(count, seq)
        prev_hash, expected_seq = stored_hash, seq + 1
    return AuditReport(count, None)


def recent(
    db: sqlite_utils.Database, case_id: str | None = None, limit: int = 200
) -> list[dict[str, Any]]:
    where, params = ("WHERE case_id = ?", [case_id]) if case_id else ("", [])
    rows = db.execute(
        f"SELECT seq, at, actor, action, case_id, detail, staff_id, staff_name FROM audit_log"
        f" {where} ORDER BY seq DESC LIMIT ?",
        [*params, limit],
    ).fetchall()
    keys = ("seq", "at", "actor", "action", "case_id", "detail", "staff_id", "staff_name")
    return [dict(zip(keys, row, strict=True)) for row in rows]
