"""Pressing Cancel in each phase of an import (the import dialog), over the real store and the
real background jobs.

The work is held at the chosen point until Cancel has been pressed, so the cancel lands in
that phase however fast the machine is. Each time the dialog says "Cancelled", nothing is
queued, only whole files stay attached, no temporary file is left in the data folder and
nothing is logged as a problem (a cancel is an outcome, not an error).
"""

from __future__ import annotations

import pytest

from local_store import attachments, importer, outbox
from testdata.media import disc_with_zip
from tests.support.cancel_points import (
    IMPORT_PHASES,
    SCAN_PHASES,
    CancelPoint,
    leftovers,
    press_cancel_at,
    problems_logged,
)
from tests.support.gui import new_case

TIMEOUT_MS = 60_000


# ---------------------------------------------------------------- importing

SLICES = 2 * importer.BATCH_FILES + 6  # recording batch 1 always has files still to go

pytestmark = pytest.mark.gui


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
