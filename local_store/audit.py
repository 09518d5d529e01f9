"""The tamper-evident audit log: who did what, when, to which case.

Rows are append-only; each row's hash covers its content and the previous row's hash, so
editing, deleting or reordering any row breaks the chain from that row on. ``detail`` holds
codes and field names only, never patient data. Thread-safety: call with the connection of the
calling thread, inside the same transaction as the change being recorded.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

GENESIS = "0" * 64


def _row_hash(
    prev_hash: str,
    seq: int,
    at: str,
    actor: str,
    action: str,
    case_id: str | None,
    detail: object,
) -> str:
    body = json.dumps(
        [prev_hash, seq, at, actor, action, case_id, detail],
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def append(
    db: sqlite_utils.Database,
    actor: str,
    action: str,
    case_id: str | None = None,
    detail: dict[str, Any] | None = None,
) -> int:
    """Append one row; returns its sequence number. Call inside the change's transaction."""
    last = db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = datetime.now(UTC).isoformat(timespec="milliseconds")
    detail_json = json.dumps(detail or {}, sort_keys=True, separators=(",", ":"))
    digest = _row_hash(prev_hash, seq, at, actor, action, case_id, detail_json)
    db.execute(
        "INSERT INTO audit_log (seq, at, actor, action, case_id, detail, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [seq, at, actor, action, case_id, detail_json, prev_hash, digest],
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
        "SELECT seq, at, actor, action, case_id, detail, prev_hash, hash FROM audit_log"
        " ORDER BY seq"
    )
    for seq, at, actor, action, case_id, detail, stored_prev, stored_hash in cursor:
        count += 1
        if seq != expected_seq or stored_prev != prev_hash:
            return AuditReport(count, seq)
        if _row_hash(prev_hash, seq, at, actor, action, case_id, detail) != stored_hash:
            return AuditReport(count, seq)
        prev_hash, expected_seq = stored_hash, seq + 1
    return AuditReport(count, None)


def recent(
    db: sqlite_utils.Database, case_id: str | None = None, limit: int = 200
) -> list[dict[str, Any]]:
    where, params = ("WHERE case_id = ?", [case_id]) if case_id else ("", [])
    rows = db.execute(
        f"SELECT seq, at, actor, action, case_id, detail FROM audit_log {where}"
        " ORDER BY seq DESC LIMIT ?",
        [*params, limit],
    ).fetchall()
    keys = ("seq", "at", "actor", "action", "case_id", "detail")
    return [dict(zip(keys, row, strict=True)) for row in rows]
