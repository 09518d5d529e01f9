"""Checking a store's audit chain as a whole, for the CLI and the desktop's About view.

Wraps ``audit.verify`` so callers above local_store need neither a database connection nor SQL,
and adds the total number of entries (``verify`` stops counting at the first broken one).
Thread-safety: uses the calling thread's connection; read-only.
"""

from __future__ import annotations

from dataclasses import dataclass

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
