"""What every screenshot test shares: its marks (taken only under an X display) and the folder
the pictures go to (``out_dir``). Thread-safety: pytest's thread only."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

OUT = Path(__file__).resolve().parents[2] / "artifacts" / "screens"

# A module of screenshot tests sets ``pytestmark = SCREENSHOT`` (plus any marks of its own).
SCREENSHOT = [
    pytest.mark.screenshot,
    pytest.mark.skipif(
        not os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") != "xcb",
        reason="needs an X display (DISPLAY unset) with QT_QPA_PLATFORM=xcb; run under xvfb-run",
    ),
]


@pytest.fixture
def out_dir() -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    return OUT
