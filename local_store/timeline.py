"""Repository for a case's symptom timeline: dated entries, ordered by date.

An entry's date is kept as ISO text: a day ("2026-10-15") or, when only the month is known, a
month ("2026-10"), which sorts before the days of that month.

Thread-safety: any thread (reads use the calling thread's connection, changes run on the store's
writer).
"""

from __future__ import annotations

from local_store import audit
from local_store.cases import ensure_editable, new_id, now_iso
from local_store.connection import query, transaction, writes
from local_store.errors import InvalidIntake, NotFound
from local_store.models import TimelineEntry
from local_store.store import Store
from local_store.validation import read_date, timeline_problems


@writes
def add_entry(store: Store, case_id: str, entry_date: str, text: str) -> str:
    problems = timeline_problems(entry_date, text)
    if problems:
        raise InvalidIntake(problems)
    ensure_editable(store, case_id)
    entry_id = new_id()
    with transaction(store) as db:
        db.table("timeline_entries").insert(
            {
                "id": entry_id,
                "case_id": case_id,
                "entry_date": read_date(entry_date, month_only=True),
                "text": text.strip(),
                "created_at": now_iso(),
            }
        )
        db.table("cases").update(case_id, {"updated_at": now_iso()})
        audit.append(db, store.actor, "timeline.added", case_id, {"entry_id": entry_id})
    return entry_id


@writes
def update_entry(store: Store, entry_id: str, entry_date: str, text: str) -> None:
    problems = timeline_problems(entry_date, text)
    if problems:
        raise InvalidIntake(problems)
    case_id = _case_of(store, entry_id)
    ensure_editable(store, case_id)
    with transaction(store) as db:
        db.table("timeline_entries").update(
            entry_id, {"entry_date": read_date(entry_date, month_only=True), "text": text.strip()}
        )
        db.table("cases").update(case_id, {"updated_at": now_iso()})
        audit.append(db, store.actor, "timeline.updated", case_id, {"entry_id": entry_id})


@writes
def delete_entry(store: Store, entry_id: str) -> None:
    case_id = _case_of(store, entry_id)
    ensure_editable(store, case_id)
    with transaction(store) as db:
        db.table("timeline_entries").delete(entry_id)
        db.table("cases").update(case_id, {"updated_at": now_iso()})
        audit.append(db, store.actor, "timeline.deleted", case_id, {"entry_id": entry_id})


def list_entries(store: Store, case_id: str) -> list[TimelineEntry]:
    rows = query(
        store,
        "SELECT id, case_id, entry_date, text FROM timeline_entries WHERE case_id = ?"
        " ORDER BY entry_date, created_at",
        [case_id],
    ).fetchall()
    return [TimelineEntry(*row) for row in rows]


def _case_of(store: Store, entry_id: str) -> str:
    row = query(store, "SELECT case_id FROM timeline_entries WHERE id = ?", [entry_id]).fetchone()
    if row is None:
        raise NotFound("timeline entry")
    case_id: str = row[0]
    return case_id
