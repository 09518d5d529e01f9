"""The store's single writer: every change runs on it, whichever thread asks.

A writer here is a plain thread that runs callables in order, as the desktop's database
executor does; the statements SQLite really executed are traced per thread, so each test sees
which thread ran which SQL, not which function was called.
"""

from __future__ import annotations

import ast
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from local_store import cases, settings
from local_store.connection import WriteOutsideWriter, read, transaction
from local_store.models import Patient
from local_store.store import Store
from tests.conftest import TEST_PASSPHRASE
from tests.support.sql_trace import changes_by_thread, trace_statements

ROOT = Path(__file__).resolve().parents[2]


class ThreadWriter:
    """One thread that runs each callable in order; on that thread it runs it at once."""

    def __init__(self) -> None:
        self.pool = ThreadPoolExecutor(1, thread_name_prefix="writer")
        self.ident = self.pool.submit(threading.get_ident).result()

    def __call__(self, fn):
        if threading.get_ident() == self.ident:
            return fn()
        return self.pool.submit(fn).result()

    def close(self, store: Store) -> None:
        self.pool.submit(store.close_thread_connection).result()
        self.pool.shutdown()


@pytest.fixture
def traced(monkeypatch):
    return trace_statements(monkeypatch)


@pytest.fixture
def fresh_store(data_dir, traced):
    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
        traced.clear()  # opening migrated the database on this thread
        yield store


def in_thread(fn):
    box: dict = {}

    def run() -> None:
        box["ident"] = threading.get_ident()
        try:
            box["result"] = fn()
        except BaseException as exc:
            box["error"] = exc

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(timeout=60)
    if "error" in box:
        raise box["error"]
    return box["ident"], box.get("result")


def test_a_write_from_another_thread_runs_on_the_installed_writer(fresh_store, traced):
    store = fresh_store
    writer = ThreadWriter()
    store.install_writer(writer)
    try:

        def register() -> str:
            case_id = cases.create_case(store, Patient(name="Sunita Devi", age_years=34))
            cases.update_case(store, case_id, {"referral.allergies": "none known"})
            return cases.get_case(store, case_id).referral.allergies

        worker, allergies = in_thread(register)
    finally:
        store.install_writer(None)
        writer.close(store)
    assert allergies == "none known"
    changed = changes_by_thread(traced)
    assert set(changed) == {writer.ident}
    assert any(sql.upper().startswith('INSERT INTO "CASES"') for sql in changed[writer.ident])
    # The worker read on its own connection: only the change went to the writer.
    assert any(ident == worker and "SELECT" in sql for ident, sql in traced)


def test_without_a_writer_threads_take_turns_and_lose_no_change(fresh_store):
    store = fresh_store
    rounds = 40

    def count() -> None:
        for _ in range(rounds):
            settings.next_counter(store, "test.counter")
        store.close_thread_connection()

    threads = [threading.Thread(target=count) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert settings.get(store, "test.counter") == 4 * rounds


def test_a_write_inside_a_write_joins_it(fresh_store):
    store = fresh_store

    def create_then_fail() -> None:
        cases.create_case(store, Patient(name="Ramesh Yadav", age_years=61))
        raise RuntimeError("the outer change fails")

    with pytest.raises(RuntimeError):
        store.write(create_then_fail)
    assert cases.list_cases(store) == []  # the inner write went with the outer one


def test_a_write_on_the_writer_thread_itself_runs_at_once(fresh_store, traced):
    store = fresh_store
    writer = ThreadWriter()
    store.install_writer(writer)
    try:
        # A job already on the writer's thread (as the desktop's submitted jobs are) that
        # writes: queueing behind itself would never end.
        case_id = writer.pool.submit(
            lambda: cases.create_case(store, Patient(name="Kavita", age_years=29))
        ).result(timeout=30)
    finally:
        store.install_writer(None)
        writer.close(store)
    assert cases.get_case(store, case_id).patient.name == "Kavita"
    assert set(changes_by_thread(traced)) == {writer.ident}


def test_a_change_outside_a_write_is_refused(store):
    with pytest.raises(WriteOutsideWriter), transaction(store) as db:
        db.execute("DELETE FROM settings")


def test_nothing_above_local_store_touches_the_store_s_connections():
    # import-linter forbids importing local_store.connection above local_store; attribute
    # access it cannot see, so this looks for it.
    offenders = []
    for package in ("desktop", "cli", "sync", "opinion_service", "wording", "imaging", "clinical"):
        for path in sorted((ROOT / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                name = None
                if isinstance(node, ast.Attribute):
                    name = node.attr
                elif isinstance(node, ast.Name):
                    name = node.id
                elif isinstance(node, ast.alias):
                    name = node.name
                if name in ("_connections", "Connections"):
                    offenders.append(f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}")
    assert offenders == []


def test_read_is_the_calling_thread_s_own_connection(store):
    mine = read(store)
    _, theirs = in_thread(lambda: read(store))
    assert mine is read(store) and theirs is not mine
