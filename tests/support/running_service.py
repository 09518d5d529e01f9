"""Test support for everything that talks to the opinion service: a real service on
127.0.0.1 in a thread (``running_service``) or as a `casebridge service` child process
(``service_process``). Both pick a free port and are always stopped, within bounds.

A service runs on the data folder's SQLite database and files, or, given ``backend``
(tests.support.backends), on a fresh PostgreSQL database and S3 prefix; the handle reads what the
service stored through its blob store, so a test asserts the same on either.
"""

from __future__ import annotations

import contextlib
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tests.support.processes import stop_process

REPO = Path(__file__).resolve().parents[2]
STARTUP_SECONDS = 30.0


class ServiceAdmin:
    """The service's admin commands, for a service on ``data_dir`` (and on ``db_url`` and
    ``storage_url`` when it runs on PostgreSQL and S3): enrollment codes and its keys."""

    data_dir: Path
    db_url: str | None
    storage_url: str | None

    def new_code(self, role: str = "clinic", specialties=(), profile=None) -> str:
        from opinion_service import admin

        return admin.new_code(
            self.data_dir,
            role,
            tuple(specialties),
            profile=profile,
            db_url=self.db_url,
            storage_url=self.storage_url,
        )

    def keys(self) -> dict:
        from opinion_service import admin

        return admin.service_keys(self.data_dir)


@dataclass
class ServiceHandle(ServiceAdmin):
    url: str
    data_dir: Path
    running: object = field(repr=False, default=None)
    db_url: str | None = None
    storage_url: str | None = None

    # ---- what the service stored, on either backend

    def bundle_bytes(self, bundle_id: str, name: str) -> bytes:
        return b"".join(self.running.blobs.read_bundle_file(bundle_id, name))

    def bundle_digests(self, bundle_id: str, suffix: str = ".age") -> dict[str, str]:
        import hashlib

        return {
            name: hashlib.sha256(self.bundle_bytes(bundle_id, name)).hexdigest()
            for name in self.running.blobs.bundle_names(bundle_id)
            if name.endswith(suffix)
        }

    def stored_uploads(self) -> list[str]:
        """Ids of uploads with any bytes (or multipart upload) left in the blob store."""
        return self.running.blobs.open_upload_ids()

    def durable_offset(self, upload_id: str) -> int | None:
        row = self.running.db.one('SELECT "offset" FROM uploads WHERE upload_id = ?', (upload_id,))
        return None if row is None else row["offset"]

    def written(self, upload_id: str) -> int:
        """Bytes the service took in for an upload so far, made durable or not yet."""
        if self.running.blobs.backend == "files":
            return self.running.blobs.upload_size(upload_id) or 0
        live = self.running.uploads.written(upload_id)
        return live if live is not None else (self.durable_offset(upload_id) or 0)

    def bytes_received(self) -> int:
        """Bytes taken in for every open upload (a rough progress measure)."""
        rows = self.running.db.all("SELECT upload_id FROM uploads WHERE state = 'open'")
        return sum(self.written(r["upload_id"]) for r in rows)

    def upload_bytes(self, upload_id: str) -> bytes:
        """A complete upload's bytes, as the commit will see them."""
        row = self.running.db.one("SELECT * FROM uploads WHERE upload_id = ?", (upload_id,))
        self.running.uploads.finish(row)
        return self.running.blobs.read_upload(upload_id)

    def wait_idle(self, timeout: float = 30.0) -> None:
        """Wait until the bundle checker has nothing queued (bounded)."""
        deadline = time.monotonic() + timeout
        while not self.running.worker.idle():
            if time.monotonic() > deadline:
                raise TimeoutError("the service's checker did not finish in time")
            time.sleep(0.02)


@contextlib.contextmanager
def running_service(tmp_path: Path, backend=None, **config_overrides) -> Iterator[ServiceHandle]:
    """A service in a thread; on PostgreSQL and S3 when ``backend``
    (tests.support.backends.Backends) is given or ``db_url``/``storage_url`` are, else on the
    data folder."""
    from opinion_service.config import ServiceConfig
    from opinion_service.server import start_in_thread

    data_dir = Path(config_overrides.pop("data_dir", tmp_path / "service"))
    if backend is not None and "db_url" not in config_overrides:
        config_overrides["db_url"], config_overrides["storage_url"] = backend.fresh()
    config = ServiceConfig(data_dir, host="127.0.0.1", port=0, **config_overrides)
    running = start_in_thread(config)
    try:
        yield ServiceHandle(running.url, data_dir, running, config.db_url, config.storage_url)
    finally:
        running.stop()


@dataclass
class ServiceProcess(ServiceAdmin):
    url: str
    data_dir: Path
    process: subprocess.Popen
    db_url: str | None = None  # a child process runs on its data folder's database and files
    storage_url: str | None = None


@contextlib.contextmanager
def service_process(tmp_path: Path, *extra_args: str) -> Iterator[ServiceProcess]:
    data_dir = tmp_path / "service"
    args = [sys.executable, str(REPO / "main.py"), "service", "--port", "0"]
    if "--data-dir" not in extra_args:
        args += ["--data-dir", str(data_dir)]
    else:
        data_dir = Path(extra_args[list(extra_args).index("--data-dir") + 1])
    process = subprocess.Popen(
        [*args, *extra_args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    lines: queue.Queue[str] = queue.Queue()

    def read() -> None:
        for line in process.stdout:
            lines.put(line)

    threading.Thread(target=read, daemon=True).start()
    try:
        try:
            line = lines.get(timeout=STARTUP_SECONDS)
        except queue.Empty:
            raise TimeoutError("`casebridge service` printed no listening line") from None
        prefix = "CaseBridge opinion service listening on "
        if not line.startswith(prefix):
            raise RuntimeError(f"unexpected first line from the service: {line!r}")
        yield ServiceProcess(line[len(prefix) :].strip(), data_dir, process)
    finally:
        if process.poll() is None:
            stop_process(process)
