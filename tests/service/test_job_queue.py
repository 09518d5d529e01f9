"""The job queue on PostgreSQL: a job being worked on by one instance is skipped by the others,
and becomes free again the moment that instance's connection drops (it died)."""

from __future__ import annotations

import threading

import psycopg
import pytest

from opinion_service.metadata import enqueue_job
from opinion_service.postgres import PostgresMetadata

pytestmark = pytest.mark.timeout(60)


def test_a_job_of_a_dead_instance_is_taken_by_another(scale_backends):
    db_url, _storage = scale_backends.fresh()
    first, second = PostgresMetadata(db_url), PostgresMetadata(db_url)
    try:
        with first.transaction() as conn:
            enqueue_job(conn, "check", "bundle-a")
            enqueue_job(conn, "check", "bundle-b")
        working, dead = threading.Event(), threading.Event()
        taken_by_first, ended = [], []

        def first_instance() -> None:
            try:
                with first.take_job(("check",)) as job:
                    taken_by_first.append(job["bundle_id"])
                    working.set()
                    dead.wait(20)
            except psycopg.Error:
                # Its session was ended meanwhile: the job's deletion cannot commit.
                ended.append("connection lost")

        runner = threading.Thread(target=first_instance)
        runner.start()
        assert working.wait(20)
        # The other instance skips the job in progress and takes the next one.
        with second.take_job(("check",)) as job:
            assert job["bundle_id"] != taken_by_first[0]
        with second.take_job(("check",)) as job:
            assert job is None
        # The first instance dies: PostgreSQL ends its session.
        with psycopg.connect(db_url, autocommit=True) as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                "AND query LIKE '%FOR UPDATE SKIP LOCKED%'"
            )
        dead.set()
        runner.join(20)
        assert ended == ["connection lost"]
        with second.take_job(("check",)) as job:
            assert job is not None and job["bundle_id"] == taken_by_first[0]
        assert second.one("SELECT COUNT(*) AS n FROM jobs")["n"] == 0
    finally:
        first.close()
        second.close()
