"""Running a command under a memory watch and a time limit.

``watched(args)`` starts a child process and polls the resident memory of it and all its
descendants (psutil, every 20 ms) until it ends; the peak and the wall time come back with its
exit code and output. A child still running at the limit is killed and the test fails.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil
import pytest

from tests.support.cli import REPO, Cli

GIB = 1024**3
MEMORY_LIMIT = 1 * GIB
TIME_LIMIT = 60.0


@dataclass
class Watched:
    code: int
    out: str
    err: str
    peak_bytes: int
    seconds: float

    def assert_bounded(self, codes=(0, 1, 3)) -> None:
        assert self.code in codes, (self.code, self.err[-2000:])
        assert "Traceback" not in self.err, self.err[-2000:]
        assert self.peak_bytes < MEMORY_LIMIT, f"peak {self.peak_bytes / 2**20:.0f} MiB"
        assert self.seconds < TIME_LIMIT, f"{self.seconds:.1f} s"


def _tree_rss(process: psutil.Process) -> int:
    total = 0
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.Error:
        return 0
    for member in members:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            continue
    return total


def watched(args: list[str], env: dict[str, str], cwd: Path = REPO) -> Watched:
    started = time.monotonic()
    with subprocess.Popen(
        args, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as proc:
        watcher = psutil.Process(proc.pid)
        peak = 0
        outputs: dict[str, bytes] = {}

        def drain() -> None:
            outputs["out"], outputs["err"] = proc.communicate()

        reader = threading.Thread(target=drain, daemon=True)
        reader.start()
        while reader.is_alive():
            peak = max(peak, _tree_rss(watcher))
            if time.monotonic() - started > TIME_LIMIT * 1.5:
                proc.kill()
                reader.join()
                pytest.fail(f"still running after {TIME_LIMIT * 1.5:.0f} s: {args[2:5]}")
            reader.join(0.02)
        seconds = time.monotonic() - started
    return Watched(
        proc.returncode,
        outputs.get("out", b"").decode("utf-8", "replace"),
        outputs.get("err", b"").decode("utf-8", "replace"),
        peak,
        seconds,
    )


class WatchedCli(Cli):
    def watch(self, *args: str) -> Watched:
        command = [sys.executable, "main.py", "--data-dir", str(self.data_dir), *args]
        return watched(command, self.env())

    def watch_python(self, code: str, *args: str, **extra: str) -> Watched:
        return watched([sys.executable, "-c", code, *args], self.env(**extra))


@pytest.fixture
def cli(tmp_path) -> WatchedCli:
    return WatchedCli(tmp_path / "data", tmp_path / "home")
