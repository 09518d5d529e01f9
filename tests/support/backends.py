"""Throwaway engines for the service's scale backends: a PostgreSQL 15 cluster (Debian's
postgresql-15, initdb into a temporary folder, a free port on 127.0.0.1) and an S3-compatible
server (moto's server mode, which enforces S3's minimum part size and conditional writes).
Both are stopped and their folders removed at the end.

``Backends.fresh()`` gives each test its own database and its own key prefix in one bucket, so
tests never see each other's rows or objects. Thread-safety: made and stopped by one thread.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.support.processes import free_port

PG_BIN = Path(os.environ.get("CASEBRIDGE_PG_BIN", "/usr/lib/postgresql/15/bin"))
BUCKET = "casebridge-test"
S3_ENV = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
}


def missing() -> str | None:
    """Why the scale backends cannot run here, or None."""
    if not (PG_BIN / "initdb").exists():
        return "PostgreSQL 15 is not installed (Debian package postgresql-15)"
    try:
        import boto3  # noqa: F401
        import moto.server  # noqa: F401
        import psycopg  # noqa: F401
        import psycopg_pool  # noqa: F401
    except ImportError as exc:
        return f"{exc.name} is not installed (pip extra [test])"
    return None


def _as_postgres_user() -> list[str]:
    # initdb and postgres refuse to run as root; Debian's package made the postgres user.
    return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


@dataclass
class Backends:
    pg_url: str  # the cluster's maintenance database, to create test databases in
    s3_endpoint: str

    def fresh(self) -> tuple[str, str]:
        """A new empty database URL and a new empty storage URL."""
        import psycopg

        name = "t_" + secrets.token_hex(6)
        with psycopg.connect(self.pg_url, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.pg_url.rsplit("/", 1)[0] + "/" + name, f"s3://{BUCKET}/{name}"


@contextlib.contextmanager
def postgres_cluster() -> Iterator[str]:
    folder = Path(tempfile.mkdtemp(prefix="casebridge-pg-"))
    runner = _as_postgres_user()
    if runner:
        shutil.chown(folder, "postgres", "postgres")
    data = folder / "data"
    port = free_port()
    log = folder / "server.log"
    try:
        initdb = [str(PG_BIN / "initdb"), "-D", str(data), "-U", "casebridge", "-A", "trust"]
        subprocess.run(
            [*runner, *initdb, "-E", "UTF8", "--no-sync"],
            check=True,
            capture_output=True,
            timeout=120,
        )
        options = (
            f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=400 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        pg_ctl = [str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options]
        subprocess.run(
            [*runner, *pg_ctl, "-w", "-t", "60", "start"],
            check=True,
            capture_output=True,
            timeout=90,
        )
        try:
            yield f"postgresql://casebridge@127.0.0.1:{port}/postgres"
        finally:
            subprocess.run(
                [*runner, str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                capture_output=True,
                timeout=60,
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def s3_server() -> Iterator[str]:
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()


@contextlib.contextmanager
def scale_backends() -> Iterator[Backends]:
    """PostgreSQL and S3 for one test session; the S3 variables set for boto3 meanwhile."""
    with postgres_cluster() as pg_url, s3_server() as endpoint:
        saved = {k: os.environ.get(k) for k in [*S3_ENV, "AWS_ENDPOINT_URL"]}
        os.environ.update(S3_ENV)
        os.environ["AWS_ENDPOINT_URL"] = endpoint
        try:
            import boto3

            boto3.client("s3").create_bucket(Bucket=BUCKET)
            yield Backends(pg_url, endpoint)
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
