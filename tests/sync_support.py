"""Test support for everything that talks to the opinion service: a real service on
127.0.0.1 in a thread (``running_service``) or as a `casebridge service` child process
(``service_process``). Both pick a free port and are always stopped, within bounds.
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

REPO = Path(__file__).resolve().parent.parent
STARTUP_SECONDS = 30.0


@dataclass
class ServiceHandle:
    url: str
    data_dir: Path
    running: object = field(repr=False, default=None)

    def new_code(self, role: str = "clinic", specialties=()) -> str:
        from opinion_service import admin

        return admin.new_code(self.data_dir, role, tuple(specialties))

    def keys(self) -> dict:
        from opinion_service import admin

        return admin.service_keys(self.data_dir)

    def wait_idle(self, timeout: float = 30.0) -> None:
        """Wait until the bundle checker has nothing queued (bounded)."""
        deadline = time.monotonic() + timeout
        while not self.running.worker.idle():
            if time.monotonic() > deadline:
                raise TimeoutError("the service's checker did not finish in time")
            time.sleep(0.02)


@contextlib.contextmanager
def running_service(tmp_path: Path, **config_overrides) -> Iterator[ServiceHandle]:
    from opinion_service.config import ServiceConfig
    from opinion_service.server import start_in_thread

    data_dir = Path(config_overrides.pop("data_dir", tmp_path / "service"))
    config = ServiceConfig(data_dir, host="127.0.0.1", port=0, **config_overrides)
    running = start_in_thread(config)
    try:
        yield ServiceHandle(running.url, data_dir, running)
    finally:
        running.stop()


@dataclass
class ServiceProcess:
    url: str
    data_dir: Path
    process: subprocess.Popen

    def new_code(self, role: str = "clinic", specialties=()) -> str:
        from opinion_service import admin

        return admin.new_code(self.data_dir, role, tuple(specialties))


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
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(10)
