"""What every screenshot test shares: its marks (taken only under an X display), the folder the
pictures go to (``out_dir``), and the main window opened on a case (``open_window``,
``open_case``) or on an import's patient check. Thread-safety: the GUI (test) thread only."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from local_store import cases
from local_store.models import Patient, Referral

OUT = Path(__file__).resolve().parents[2] / "artifacts" / "screens"
TIMEOUT_MS = 60_000
WINDOW = (1366, 740)  # a 1366x768 screen less the title bar a window manager would add

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


def show(qtbot, widget, width: int = WINDOW[0], height: int = WINDOW[1]) -> None:
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(300)


def open_window(store, qtbot, size: tuple[int, int] = WINDOW):
    from desktop.views.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    show(qtbot, window, *size)
    qtbot.waitUntil(lambda: window.loaded)
    return window


def open_case(store, qtbot, patient: Patient, size: tuple[int, int] = WINDOW):
    """The main window showing a new case for ``patient`` with an oncology question; returns
    the window and the case's id."""
    case_id = cases.create_case(
        store, patient, referral=Referral(specialty="oncology", questions=["Is surgery possible?"])
    )
    window = open_window(store, qtbot, size)
    window.select_case(case_id)
    qtbot.waitUntil(lambda: window.editor.case_id == case_id)
    return window, case_id


def import_to_patient_check(window, qtbot, folder: Path):
    """Import ``folder`` into the open case and wait until the patient check is on screen;
    returns the import dialog."""
    dialog = window.editor.attachments.import_paths([folder])
    qtbot.waitUntil(
        lambda: dialog.patient_check is not None and dialog.patient_check.isVisible(),
        timeout=TIMEOUT_MS,
    )
    qtbot.waitExposed(dialog.patient_check)
    qtbot.wait(300)
    return dialog
