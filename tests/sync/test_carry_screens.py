"""Carrying a case on a USB stick in the desktop, over real stores and a real service on
127.0.0.1: "Save to USB stick" from the Sending panel (the stick chosen in the removable-media
chooser, progress, the case still queued), and a .cbundle opened on another enrolled clinic
computer (checked, queued, its row "Carried from …"); a hostile file refused in words with
nothing kept. The same screens as pictures: test_carry_screenshots.py.
"""

from __future__ import annotations

import io
import tarfile

import pytest

from desktop.views.carry_dialogs import OpenCarriedDialog, SaveToStickDialog
from desktop.views.media_chooser import MediaChooser
from local_store import outbox
from local_store.store import Store
from sync import carry, enrollment, submit
from tests.conftest import TEST_PASSPHRASE
from tests.support.running_service import running_service
from tests.support.screens import open_window
from tests.sync.helpers import make_case

WAIT_MS = 30_000


@pytest.fixture
def service(tmp_path):
    with running_service(tmp_path / "service", None) as handle:
        yield handle


def _enrolled(store, service, label):
    enrollment.enroll(store, service.url, service.new_code("clinic"), label=label)
    outbox.set_paused(store, True)  # the bundle stays waiting while the screens are looked at


def _save_through_the_panel(window, qtbot, store, tmp_path):
    """The Sending panel's "Save to USB stick…" with the stick picked in the chooser."""
    case_id = make_case(store, tmp_path / "files", name="Kamla Devi", sizes=(900_000,))
    bundle_id = submit.submit_case(store, store.data_dir, case_id).bundle_id
    window.sync.show_panel()
    panel = window.sync.panel
    qtbot.waitUntil(lambda: panel.loaded and panel.table.rowCount() == 1, timeout=WAIT_MS)
    panel.table.selectRow(0)
    assert panel.save_stick_button.isEnabled()
    stick = tmp_path / "media" / "KAMLA-STICK"
    stick.mkdir(parents=True)
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sdb1 {stick} vfat rw 0 0\n/dev/sr0 {tmp_path} iso9660 ro 0 0\n")
    dialog = SaveToStickDialog(store, bundle_id, "Kamla Devi", panel, mounts_file=mounts)
    qtbot.addWidget(dialog)
    dialog.show()
    chooser = MediaChooser(dialog.pool, dialog, saving=True, mounts_file=mounts)
    qtbot.addWidget(chooser)
    chooser.show()
    qtbot.waitUntil(lambda: chooser.loaded, timeout=WAIT_MS)
    # Only the stick: a CD cannot be written here.
    assert chooser.list.count() == 1 and "KAMLA-STICK" in chooser.list.item(0).text()
    assert chooser.import_button.text() == "Save here"
    chooser._choose_current()
    dialog.start(chooser.chosen.path)
    qtbot.waitUntil(lambda: dialog.saved is not None and dialog.job is None, timeout=WAIT_MS)
    return case_id, bundle_id, dialog, stick


@pytest.mark.gui
def test_save_to_a_stick_and_open_it_on_the_connected_clinic(service, qtbot, tmp_path, store):
    _enrolled(store, service, "PHC Basti desk 1")
    window = open_window(store, qtbot)
    case_id, bundle_id, dialog, stick = _save_through_the_panel(window, qtbot, store, tmp_path)
    assert [p.name for p in stick.iterdir()] == [f"{case_id}.cbundle"]
    assert "stays queued here too" in dialog.status.text()
    assert outbox.get_entry(store, bundle_id).state == outbox.QUEUED
    window.shutdown()

    with Store.open(tmp_path / "district", passphrase=TEST_PASSPHRASE) as district:
        _enrolled(district, service, "District hospital desk")
        other = open_window(district, qtbot)
        other.open_carried(str(stick / f"{case_id}.cbundle"))
        qtbot.waitUntil(lambda: other.sync.panel is not None, timeout=WAIT_MS)
        opened = other.sync.panel.findChild(OpenCarriedDialog)
        qtbot.waitUntil(lambda: opened.job is None, timeout=WAIT_MS)
        assert opened.carried is not None and opened.carried.bundle_id == bundle_id
        panel = other.sync.panel
        qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=WAIT_MS)
        assert panel.table.item(0, 0).text().startswith("Carried from dev-")
        assert not panel.save_stick_button.isEnabled()  # not this computer's own case
        other.shutdown()


def _hostile(path):
    with tarfile.open(path, "w") as tar:
        for name, data in (("envelope.json", b"{}"), ("../../.bashrc", b"echo owned")):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


@pytest.mark.gui
def test_a_hostile_file_is_refused_in_words_and_nothing_kept(service, qtbot, tmp_path, store):
    _enrolled(store, service, "PHC Basti desk 1")
    dialog = OpenCarriedDialog(store, _hostile(tmp_path / "case.cbundle"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)
    assert isinstance(dialog.refused, carry.CarryRefused)
    assert "not a CaseBridge case" in dialog.status.text()
    assert outbox.list_entries(store) == []
    assert not (tmp_path / ".bashrc").exists()


@pytest.mark.gui
def test_a_carried_case_the_service_refuses_says_why_in_its_row(service, qtbot, tmp_path, store):
    from sync.engine import SyncEngine
    from tests.sync.test_carry import unknown_signers_file

    enrollment.enroll(store, service.url, service.new_code("clinic"), label="District desk")
    bundle_id, path = unknown_signers_file(store, tmp_path)
    carry.receive_carried(store, store.data_dir, path)
    SyncEngine(store, store.data_dir).run_once()
    assert outbox.get_entry(store, bundle_id).last_error == "device_mismatch"
    outbox.set_paused(store, True)
    window = open_window(store, qtbot)
    window.sync.show_panel()
    panel = window.sync.panel
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=WAIT_MS)
    problem = panel.table.item(0, 5).text()
    assert "does not know the clinic computer that made this case" in problem
    assert "this computer's keys" not in problem
    window.shutdown()


@pytest.mark.gui
def test_opening_a_file_from_a_stick_can_be_cancelled_and_keeps_nothing(
    service, qtbot, tmp_path, store
):
    _enrolled(store, service, "PHC Basti desk 1")
    case_id = make_case(store, tmp_path / "files", name="Kamla Devi", sizes=(30_000_000,))
    bundle_id = submit.submit_case(store, store.data_dir, case_id).bundle_id
    saved = carry.save_to_stick(store, bundle_id, tmp_path)
    with Store.open(tmp_path / "district", passphrase=TEST_PASSPHRASE) as district:
        _enrolled(district, service, "District hospital desk")
        dialog = OpenCarriedDialog(district, saved.path)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.cancel_button.isVisible() and not dialog.close_button.isEnabled()
        dialog.cancel_button.click()
        qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)
        assert dialog.carried is None and dialog.refused is None
        assert "nothing was kept" in dialog.status.text()
        assert dialog.close_button.isEnabled() and not dialog.cancel_button.isVisible()
        assert outbox.list_entries(district) == []
        left = district.data_dir / outbox.OUTBOX_DIR
        assert not left.exists() or list(left.iterdir()) == []
