"""The desktop's database executor is the store's writer: pool threads' changes run on it.

Every statement SQLite executes is traced with the thread that ran it. Work on the desktop's
import pool (a case edit, building and queueing a submission) reads on the pool thread's own
connection, and every change it makes runs on the executor's one thread.
"""

from __future__ import annotations

import re
import threading

import pytest
from PySide6.QtCore import QObject, Slot

from desktop.workers import JobPool
from local_store import attachments, cases, outbox
from local_store.models import CaseStatus, Patient, Referral, Sex
from sync import submit
from testdata.documents import EMPTY_PDF
from tests.support.case_setup import enrolled_offline
from tests.support.gui import executor_and_pool
from tests.support.sql_trace import changes_by_thread, trace_statements

WAIT_MS = 60_000

pytestmark = pytest.mark.gui


class Sink(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.results: list = []
        self.errors: list = []

    @Slot(object)
    def ok(self, value) -> None:
        self.results.append(value)

    @Slot(object)
    def bad(self, error) -> None:
        self.errors.append(error)


def run_on_pool(qtbot, pool: JobPool, work):
    """Run ``work(cancel, progress)`` on a pool thread; returns (pool thread id, result)."""
    sink = Sink()
    seen = {}

    def job(cancel, progress):
        seen["thread"] = threading.get_ident()
        return work(cancel, progress)

    pool.submit(job, succeeded=sink.ok, failed=sink.bad)
    qtbot.waitUntil(lambda: bool(sink.results or sink.errors), timeout=WAIT_MS)
    assert not sink.errors, sink.errors
    return seen["thread"], sink.results[0]


def test_a_write_from_a_pool_thread_runs_on_the_database_executor(store, qtbot, monkeypatch):
    case_id = cases.create_case(store, Patient(name="Lakshmi Narayanan", age_years=58))
    executed = trace_statements(monkeypatch)
    with executor_and_pool(store) as (executor, pool):
        _, writer = run_on_pool(
            qtbot, pool, lambda c, p: executor.run_and_wait(threading.get_ident)
        )

        def edit(cancel, progress):
            cases.update_case(store, case_id, {"referral.allergies": "Sulfa drugs"})
            return cases.get_case(store, case_id).referral.allergies

        worker, allergies = run_on_pool(qtbot, pool, edit)
    assert allergies == "Sulfa drugs"
    assert worker != writer
    changed = changes_by_thread(executed)
    assert set(changed) == {writer}
    assert any(sql.upper().startswith('UPDATE "CASES"') for sql in changed[writer])
    assert any(ident == worker and sql.upper().startswith("SELECT") for ident, sql in executed)


def test_submit_case_on_a_pool_thread_changes_the_store_only_on_the_executor(
    store, qtbot, monkeypatch, tmp_path
):
    case_id = cases.create_case(
        store,
        Patient(name="Meena Kumari", sex=Sex.FEMALE, age_years=41),
        referral=Referral(specialty="oncology", questions=["Surgery or chemotherapy first?"]),
    )
    report = tmp_path / "biopsy report.pdf"
    report.write_bytes(EMPTY_PDF)
    attachments.add_file(store, case_id, report)
    enrolled_offline(store)
    executed = trace_statements(monkeypatch)
    with executor_and_pool(store) as (executor, pool):
        _, writer = run_on_pool(
            qtbot, pool, lambda c, p: executor.run_and_wait(threading.get_ident)
        )
        worker, submitted = run_on_pool(
            qtbot,
            pool,
            lambda cancel, progress: submit.submit_case(
                store, store.data_dir, case_id, cancel=cancel
            ),
        )
    changed = changes_by_thread(executed)
    # The sequence counter, the summary and its audit row, the outbox rows: all on the writer.
    assert set(changed) == {writer}
    statements = " ".join(changed[writer])
    for table in ("settings", "case_clinical", "audit_log", "outbox", "outbox_files"):
        assert re.search(rf"\W{table}\W", statements), table
    assert any(ident == worker and sql.upper().startswith("SELECT") for ident, sql in executed)
    entries = outbox.list_entries(store)
    assert [(e.bundle_id, e.state) for e in entries] == [(submitted.bundle_id, "queued")]
    assert cases.get_case(store, case_id).status is CaseStatus.QUEUED
