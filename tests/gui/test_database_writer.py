"""The desktop's database executor is the store's writer: pool threads' changes run on it.

Every statement SQLite executes is traced with the thread that ran it. Work on the desktop's
import pool (a case edit, building and queueing a submission) reads on the pool thread's own
connection, and every change it makes runs on the executor's one thread.
"""

from __future__ import annotations

import re
import threading
from dataclasses import asdict

import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QObject, Slot

from desktop.workers import DatabaseExecutor, JobPool
from local_store import attachments, cases, outbox, settings
from local_store.models import CaseStatus, Patient, Referral, Sex
from sync import enrollment, protocol, submit
from sync.device_keys import load_or_create
from tests.sql_trace import changes_by_thread, trace_statements

WAIT_MS = 60_000


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


def enroll_offline(store) -> None:
    """Store an enrollment with real service keys, as enrolling would, without a service."""
    signing = Ed25519PrivateKey.generate().public_key()
    raw = signing.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    chosen = enrollment.Enrollment(
        service_url="https://opinion.example.org",
        device_id=load_or_create(store).device_id,
        role="clinic",
        specialties=(),
        service_id=protocol.key_id("svc-", raw),
        service_ed25519=protocol.b64(raw),
        service_age=str(pyrage.x25519.Identity.generate().to_public()),
    )
    settings.put(store, enrollment.ENROLLMENT_KEY, asdict(chosen) | {"specialties": []})


def test_a_write_from_a_pool_thread_runs_on_the_database_executor(store, qtbot, monkeypatch):
    case_id = cases.create_case(store, Patient(name="Lakshmi Narayanan", age_years=58))
    executed = trace_statements(monkeypatch)
    owner = QObject()
    executor = DatabaseExecutor(store, owner)
    pool = JobPool(1, owner)
    try:
        _, writer = run_on_pool(
            qtbot, pool, lambda c, p: executor.run_and_wait(threading.get_ident)
        )

        def edit(cancel, progress):
            cases.update_case(store, case_id, {"referral.allergies": "Sulfa drugs"})
            return cases.get_case(store, case_id).referral.allergies

        worker, allergies = run_on_pool(qtbot, pool, edit)
    finally:
        pool.shutdown(10_000)
        executor.shutdown(10_000)
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
    report.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    attachments.add_file(store, case_id, report)
    enroll_offline(store)
    executed = trace_statements(monkeypatch)
    owner = QObject()
    executor = DatabaseExecutor(store, owner)
    pool = JobPool(1, owner)
    try:
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
    finally:
        pool.shutdown(10_000)
        executor.shutdown(10_000)
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
