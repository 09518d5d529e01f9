"""Pressing Cancel in each phase of building a bundle (the Submit screen) and of an import
(the import dialog), over the real store and the real background jobs.

The work is held at the chosen point until Cancel has been pressed, so the cancel lands in
that phase however fast the machine is. Each time the screen says "Cancelled", nothing is
queued, only whole files stay attached, no temporary file is left in the data folder and
nothing is logged as a problem (a cancel is an outcome, not an error).
"""

from __future__ import annotations

import pytest

from local_store import attachments, cases, importer, outbox
from local_store.models import CaseStatus
from testdata.media import disc_with_zip
from tests.cancel_points import (
    BUILD_PHASES,
    IMPORT_PHASES,
    SCAN_PHASES,
    CancelPoint,
    leftovers,
    problems_logged,
)
from tests.case_setup import sendable_ct_case
from tests.gui.conftest import new_case, open_submit_dialog

TIMEOUT_MS = 60_000


def press_cancel_at(point: CancelPoint, qtbot, button) -> None:
    qtbot.waitUntil(point.reached.is_set, timeout=TIMEOUT_MS)
    button.click()
    assert button.text() == "Stopping…"
    point.go_on.set()


# ---------------------------------------------------------------- building a bundle


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


# ---------------------------------------------------------------- importing

SLICES = 2 * importer.BATCH_FILES + 6  # recording batch 1 always has files still to go


@pytest.fixture
def disc(tmp_path):
    return disc_with_zip(tmp_path / "disc", SLICES, 3)


@pytest.mark.parametrize("phase", list(IMPORT_PHASES))
def test_import_dialog_cancelled_in_each_phase(
    phase, window, qtbot, store, disc, monkeypatch, caplog
):
    point = CancelPoint().at(monkeypatch, *IMPORT_PHASES[phase])
    editor = new_case(window, qtbot)

    dialog = editor.attachments.import_paths([disc], copy_first=True)
    press_cancel_at(point, qtbot, dialog.cancel_button)
    qtbot.waitUntil(lambda: dialog.phase == "done", timeout=TIMEOUT_MS)

    outcome = dialog.outcome
    assert outcome.cancelled and outcome.error_code is None, dialog.banner.text()
    kept = attachments.list_attachments(store, editor.case_id)
    assert outcome.kept == len(kept)
    if phase in SCAN_PHASES:
        assert kept == []
        assert dialog.banner.text() == "Cancelled. Nothing was attached to this case."
    else:
        assert 0 < len(kept) < SLICES + 3
        assert dialog.banner.text() == (
            f"Cancelled. {len(kept)} files were already saved and stay in this case; "
            "the rest were not attached. Import again to add them."
        )
    assert outbox.list_entries(store) == []
    qtbot.waitUntil(lambda: leftovers(store.data_dir) == [], timeout=10_000)
    assert problems_logged(caplog) == []
