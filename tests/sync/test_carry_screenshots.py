"""Pictures of carrying a case on a USB stick: the "Save to USB stick" page once saved, the
page that opened a .cbundle on another clinic computer, and that computer's Sending panel with
the carried case's row.

Run: xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb pytest -m screenshot \
tests/sync/test_carry_screenshots.py. PNGs go to artifacts/screens/ (carry-*).
"""

from __future__ import annotations

from desktop.views.carry_dialogs import OpenCarriedDialog
from local_store.store import Store
from tests.conftest import TEST_PASSPHRASE
from tests.support.screen_checks import save
from tests.support.screens import SCREENSHOT, open_window
from tests.sync.test_carry_screens import WAIT_MS, _enrolled, _save_through_the_panel
from tests.sync.test_carry_screens import service as service  # the fixture, by its name

pytestmark = SCREENSHOT


def test_screens_of_saving_and_opening(service, qtbot, tmp_path, store, out_dir):
    _enrolled(store, service, "PHC Basti desk 1")
    window = open_window(store, qtbot)
    case_id, _bundle_id, dialog, stick = _save_through_the_panel(window, qtbot, store, tmp_path)
    save(
        dialog,
        out_dir / "carry-1-saved-to-stick.png",
        shows=[dialog.status, dialog.close_button],
        says=[f"{case_id}.cbundle", "stays queued here too"],
    )
    window.shutdown()
    with Store.open(tmp_path / "district", passphrase=TEST_PASSPHRASE) as district:
        _enrolled(district, service, "District hospital desk")
        other = open_window(district, qtbot)
        other.open_carried(str(stick / f"{case_id}.cbundle"))
        qtbot.waitUntil(lambda: other.sync.panel is not None, timeout=WAIT_MS)
        panel = other.sync.panel
        opened = panel.findChild(OpenCarriedDialog)
        qtbot.waitUntil(lambda: opened.job is None, timeout=WAIT_MS)
        save(
            opened,
            out_dir / "carry-2-received-from-stick.png",
            shows=[opened.status],
            says=["Received from the USB stick and checked"],
        )
        opened.close()
        qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=WAIT_MS)
        save(
            panel,
            out_dir / "carry-3-carried-row.png",
            shows=[panel.table, panel.open_stick_button],
            says=["Carried from dev-", "Waiting"],
        )
        other.shutdown()
