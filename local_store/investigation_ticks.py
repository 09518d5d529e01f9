"""Which of a received opinion's investigations the clinic has ticked as done, and on what day.

An opinion's investigations are a list in the signed document, which never changes; the tick
is the clinic's own note beside it, keyed by the opinion's id and the investigation's index in
that list (a correction is a new opinion with its own ticks). ``done_on`` is an ISO date.
Thread-safety: any thread (reads use the calling thread's connection, changes run on the
store's writer).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from local_store.connection import query, transaction, writes
from local_store.errors import InvalidIntake
from local_store.models import FieldProblem
from local_store.store import Store


@writes
def tick(store: Store, opinion_id: str, index: int, done_on: str) -> None:
    """Mark investigation ``index`` of ``opinion_id`` done on ``done_on`` (replaces a tick)."""
    if index < 0:
        raise InvalidIntake([FieldProblem("investigation.index", "out_of_range")])
    try:
        date.fromisoformat(done_on)
    except ValueError:
        raise InvalidIntake([FieldProblem("investigation.done_on", "invalid_date")]) from None
    with transaction(store) as db:
        db.execute(
            "INSERT INTO investigation_ticks (opinion_id, item_index, done_on) VALUES (?, ?, ?) "
            "ON CONFLICT (opinion_id, item_index) DO UPDATE SET done_on = excluded.done_on",
            [opinion_id, index, done_on],
        )


@writes
def untick(store: Store, opinion_id: str, index: int) -> None:
    with transaction(store) as db:
        db.execute(
            "DELETE FROM investigation_ticks WHERE opinion_id = ? AND item_index = ?",
            [opinion_id, index],
        )


def ticks(store: Store, opinion_ids: Iterable[str]) -> dict[tuple[str, int], str]:
    """``{(opinion_id, index): done_on}`` for every tick on these opinions."""
    ids = list(opinion_ids)
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = query(
        store,
        "SELECT opinion_id, item_index, done_on FROM investigation_ticks "
        f"WHERE opinion_id IN ({marks})",
        ids,
    ).fetchall()
    return {(str(r[0]), int(r[1])): str(r[2]) for r in rows}
