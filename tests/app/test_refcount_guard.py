"""PySide6 6.12 on CPython 3.11 loses references to None and True on every job, slot and emit.

A child process does what a long day of autosaves and imports does (thousands of jobs, slot
calls and emits); without ``desktop.refcount_guard`` it aborts with "deallocating None" or
"deallocating True or False".
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import sys
import desktop.workers
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

app = QCoreApplication([])


class Echo(QObject):
    ping = Signal(object)

    def __init__(self):
        super().__init__()
        self.calls = 0
        self.ping.connect(self.pong)

    @Slot(object)
    def pong(self, value):
        self.calls += 1


class Work(QRunnable):
    def run(self):
        pass


echo = Echo()
pool = QThreadPool()
jobs = [Work() for _ in range(20_000)]
for job in jobs:
    pool.start(job)
pool.waitForDone()
for i in range(20_000):
    echo.ping.emit(i)
print(echo.calls)
"""

pytestmark = pytest.mark.gui


def test_many_jobs_slots_and_emits_do_not_abort():
    result = subprocess.run(
        [sys.executable, "-c", CHILD],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.split() == ["20000"]
