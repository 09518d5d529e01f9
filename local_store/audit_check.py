"""Checking a store's audit chain as a whole, for the CLI and the desktop's About view, and
reading its latest entries (with who made each) for `audit list`.

Wraps ``audit.verify`` and ``audit.recent`` so callers above local_store need neither a
database connection nor SQL, and adds the total number of entries (``verify`` stops counting
at the first broken one).
Thread-safety: uses the calling thread's connection; read-only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from local_store import audit
from local_store.connection import read
from local_store.database import translated_db_errors
from local_store.store import Store


@dataclass(frozen=True)
class AuditCheck:
    entries: int  # rows in the audit log now
    first_bad_entry: int | None  # sequence number of the first row that fails; None when intact

    @property
    def ok(self) -> bool:
        return self.first_bad_entry is None


def check_audit_log(store: Store) -> AuditCheck:
    with translated_db_errors():
        db = read(store)
        report = audit.verify(db)
        entries = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    return AuditCheck(entries, report.first_bad_seq)


def recent_entries(
    store: Store, case_id: str | None = None, limit: int = 50
) -> list[dict[str, Any]]:
    """The latest entries, newest first: seq, at, actor (login), staff_id, staff_name, action,
    case_id, detail (codes and field names only)."""
    with translated_db_errors():
        return audit.recent(read(store), case_id, limit)
