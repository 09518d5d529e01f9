"""Pressing Cancel in each phase of building a bundle (the Submit screen), over the real store
and the real background jobs.

The work is held at the chosen point until Cancel has been pressed, so the cancel lands in
that phase however fast the machine is. Each time the screen says "Cancelled", nothing is
queued, no temporary file is left in the data folder and nothing is logged as a problem (a
cancel is an outcome, not an error).
"""

from __future__ import annotations

import pytest

from local_store import cases, outbox
from local_store.models import CaseStatus
from tests.support.cancel_points import (
    BUILD_PHASES,
    CancelPoint,
    leftovers,
    press_cancel_at,
    problems_logged,
)
from tests.support.case_setup import sendable_ct_case
from tests.support.gui import open_submit_dialog

TIMEOUT_MS = 60_000


# ---------------------------------------------------------------- building a bundle

pytestmark = pytest.mark.gui


@pytest.fixture
def case_id(store, tmp_path):
    return sendable_ct_case(store, tmp_path / "cd")


@pytest.mark.parametrize("phase", list(BUILD_PHASES))
def test_submit_screen_cancelled_in_each_phase(
    phase, qtbot, workers, store, case_id, monkeypatch, caplog
):
    point = CancelPoint().at(monkeypatch, *BUILD_PHASES[phase])
    dialog = open_submit_dialog(qtbot, workers, case_id)

    dialog.start_build()
    press_cancel_at(point, qtbot, dialog.cancel_button)
    qtbot.waitUntil(lambda: dialog.phase != "building", timeout=TIMEOUT_MS)

    assert dialog.phase == "cancelled", dialog.banner.text()
    assert dialog.banner.text() == "Cancelled. Nothing was queued; the case is as it was."
    assert dialog.outcome.cancelled and dialog.outcome.error_code is None
    assert outbox.list_entries(store) == []
    assert cases.get_case(store, case_id).status is not CaseStatus.QUEUED
    assert leftovers(store.data_dir) == []
    assert problems_logged(caplog) == []
