"""Which thread ran which SQL: a trace of every statement SQLite executes, per thread.

``trace_statements(monkeypatch)`` wraps ``local_store.database.connect`` so every connection
opened afterwards reports each statement it runs, with the id of the thread that ran it.
Tests of the store's single writer use it to see where changes really happened.
"""

from __future__ import annotations

import threading

from local_store import database

CHANGES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "BEGIN", "SAVEPOINT", "COMMIT")


def trace_statements(monkeypatch) -> list[tuple[int, str]]:
    executed: list[tuple[int, str]] = []
    connect = database.connect

    def traced_connect(path, key, **options):
        db = connect(path, key, **options)
        db.conn.set_trace_callback(lambda sql: executed.append((threading.get_ident(), sql)))
        return db

    monkeypatch.setattr(database, "connect", traced_connect)
    return executed


def changes_by_thread(executed: list[tuple[int, str]]) -> dict[int, list[str]]:
    """The statements that change the database (or open a change), by thread id."""
    found: dict[int, list[str]] = {}
    for ident, sql in executed:
        if sql.lstrip().upper().startswith(CHANGES):
            found.setdefault(ident, []).append(sql)
    return found
