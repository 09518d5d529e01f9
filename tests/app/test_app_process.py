"""The real app in its own process: closing after a DICOM viewer ends the process cleanly, and a
second start on the same data folder brings the running window forward instead of opening the
store twice (the CLI refuses to send while the app has the folder).

Each test runs offscreen, and again as real windows on an X display (Xvfb + xcb) in the
screenshot run, where a window manager's ways of closing and raising are real."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from local_store import app_running, cases, importer
from local_store.models import Patient, Referral
from testdata.dicom import ct_series
from tests.conftest import TEST_PASSPHRASE
from tests.support.screens import SCREENSHOT
from wording.app_running import APP_RUNNING

ROOT = Path(__file__).resolve().parents[2]
EXIT_WAIT_S = 5

pytestmark = pytest.mark.gui
PLATFORMS = ["offscreen", pytest.param("xcb", marks=SCREENSHOT)]


def _env(platform: str, passphrase: str = TEST_PASSPHRASE) -> dict:
    env = {
        "PYTHONPATH": str(ROOT),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "QT_QPA_PLATFORM": platform,
        "CASEBRIDGE_PASSPHRASE": passphrase,
    }
    for name in ("DISPLAY", "XAUTHORITY", "XDG_RUNTIME_DIR", "TMPDIR"):
        if name in os.environ:
            env[name] = os.environ[name]
    return env


class App:
    """A started app process whose output lines are read on a thread (never blocking a test)."""

    def __init__(self, data_dir: Path, scenario: str, platform: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.support.app_driver", str(data_dir), scenario],
            cwd=ROOT,
            env=_env(platform),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line.strip())

    def wait_for(self, line: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while line not in self.seen:
            left = deadline - time.monotonic()
            try:
                self.seen.append(self.lines.get(timeout=max(left, 0.01)))
            except queue.Empty:
                raise AssertionError(f"never printed {line!r}; printed {self.seen}") from None

    def end(self) -> str:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=30)
        return self.process.stderr.read()


@pytest.fixture
def folder_with_ct(store, data_dir, tmp_path):
    case_id = cases.create_case(
        store, Patient(name="Asha Sharma"), referral=Referral(specialty="oncology")
    )
    ct_series(tmp_path / "cd", 3, size=64)
    plan = importer.scan([tmp_path / "cd"], importer.new_work_dir(store))
    importer.run_import(store, case_id, plan, accept_other_patients=True)
    store.close()
    return data_dir


@pytest.mark.parametrize("platform", PLATFORMS)
def test_closing_after_a_dicom_viewer_ends_the_process_with_code_0(folder_with_ct, platform):
    app = App(folder_with_ct, "viewer-then-close", platform)
    try:
        app.wait_for("viewer closed")
        app.wait_for("closing")
        closed_at = time.monotonic()
        try:
            code = app.process.wait(timeout=EXIT_WAIT_S)
        except subprocess.TimeoutExpired:
            code = None
        assert time.monotonic() - closed_at < EXIT_WAIT_S + 0.5
    finally:
        stderr = app.end()
    assert code == 0, stderr[-2000:]
    assert "Traceback" not in stderr, stderr[-2000:]


@pytest.mark.parametrize("platform", PLATFORMS)
def test_a_second_start_brings_the_first_forward_and_never_opens_the_store(
    folder_with_ct, platform
):
    first = App(folder_with_ct, "stay", platform)
    try:
        first.wait_for("running")
        assert app_running.is_held(folder_with_ct)
        # A wrong passphrase: had the second start opened the store, it would fail with 1.
        second = subprocess.run(
            [sys.executable, "main.py", "--data-dir", str(folder_with_ct)],
            cwd=ROOT,
            env=_env(platform, "not the passphrase"),
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 0, second.stderr[-2000:]
        assert APP_RUNNING["brought_forward"] in second.stderr
        first.wait_for("brought forward", timeout=10)

        # The CLI needs the folder to itself to send: it says the app is open.
        cli = subprocess.run(
            [sys.executable, "main.py", "sync", "--data-dir", str(folder_with_ct)],
            cwd=ROOT,
            env=_env(platform),
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert cli.returncode == 1
        assert APP_RUNNING["app_running"] in cli.stderr
    finally:
        first.end()
    # Once the app has ended, the folder is free again.
    assert not app_running.is_held(folder_with_ct)
