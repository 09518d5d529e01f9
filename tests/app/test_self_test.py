"""`casebridge --self-test`, as an installer runs it: starts the real app offscreen, exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.gui


def test_self_test_starts_the_app_without_touching_real_data(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    env.pop("CASEBRIDGE_PASSPHRASE", None)
    env.pop("CASEBRIDGE_HOME", None)
    done = subprocess.run(
        [sys.executable, "main.py", "--self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "self-test ok" in done.stdout
    # It used a throw-away folder: nothing was created in the user's data folder.
    assert not any(tmp_path.rglob("casebridge.db"))
