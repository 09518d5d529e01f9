"""The receiver in the desktop: Settings, the status-bar indicator and the incoming tray.

Real main window over the real store, the real receiver on 127.0.0.1, and dcmtk's storescu
as the modality. Modal questions (which case, same patient?, discard?) are answered through
the dialog's own methods, the rest by clicks.
"""

from __future__ import annotations

import socket

import pytest

from local_store import cases, incoming, receiver_settings
from local_store.models import Patient
from tests.receiver.conftest import AE_TITLE, need, run, sample
from tests.support.processes import free_port

pytestmark = [pytest.mark.gui, pytest.mark.interop, pytest.mark.usefixtures("dcmtk")]


@pytest.fixture
def dcmtk():
    need("storescu")


def open_settings(window, qtbot):
    from desktop.views.settings_dialog import SettingsDialog

    controls = window.receiver
    qtbot.waitUntil(lambda: controls.ready)
    dialog = SettingsDialog(window.store, window.executor, controls.service, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded)
    return dialog


def switch_on(window, qtbot, port: int, ae_title: str = AE_TITLE):
    dialog = open_settings(window, qtbot)
    dialog.enabled.setChecked(True)
    dialog.ae_title.setText(ae_title)
    dialog.port.setText(str(port))
    return dialog


def send(port: int, *files, calling: str = "CT_ROOM1") -> None:
    result = run(
        "storescu", "-aet", calling, "-aec", AE_TITLE, "127.0.0.1", str(port), *map(str, files)
    )
    assert result.returncode == 0, result.stderr


def test_invalid_values_are_explained_and_not_saved(window, qtbot, reopen):
    dialog = switch_on(window, qtbot, 80, ae_title="CT\\ROOM")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.port_row.problem.isVisible())
    assert "1024 and 65535" in dialog.port_row.problem.text()
    assert "no \\" in dialog.ae_row.problem.text()
    assert dialog.isVisible()
    assert not window.receiver.service.listening
    assert receiver_settings.load(reopen()).enabled is False


def test_switching_on_listens_and_the_status_bar_says_so(window, qtbot, reopen):
    port = free_port()
    dialog = switch_on(window, qtbot, port)
    assert f"Port: {port}" in dialog.how_to.text()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    service = window.receiver.service
    assert service.listening
    indicator = window.receiver.indicator.text()
    assert AE_TITLE in indicator and str(port) in indicator
    echo = run("echoscu", "-aec", AE_TITLE, "127.0.0.1", str(port))
    assert echo.returncode == 0, echo.stderr
    saved = receiver_settings.load(reopen())
    assert (saved.enabled, saved.port, saved.ae_title) == (True, port, AE_TITLE)


def test_port_in_use_is_said_plainly_next_to_the_port(window, qtbot):
    with socket.socket() as taken:
        taken.bind(("", 0))
        taken.listen()
        dialog = switch_on(window, qtbot, taken.getsockname()[1])
        dialog.save_button.click()
        qtbot.waitUntil(lambda: dialog.port_row.problem.isVisible())
        assert "Another program" in dialog.port_row.problem.text()
        assert dialog.isVisible()
        assert "Not receiving" in window.receiver.indicator.text()


def test_received_images_appear_in_the_tray_and_are_filed(window, qtbot, tmp_path):
    port = free_port()
    dialog = switch_on(window, qtbot, port)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: window.receiver.service.listening)
    send(port, sample("CT_small.dcm", tmp_path), sample("MR_small.dcm", tmp_path))
    controls = window.receiver
    qtbot.waitUntil(lambda: controls.count == 2)
    assert controls.incoming_button.text().endswith("(2)")

    controls.show_incoming()
    tray = controls.incoming_dialog
    qtbot.waitUntil(lambda: tray.loaded and tray.tree.topLevelItemCount() == 2)
    ct_patient = tray.tree.topLevelItem(0)
    assert ct_patient.text(0).startswith("CompressedSamples CT1")
    study = ct_patient.child(0)
    assert study.text(0).startswith("CT")
    assert study.text(3) == "CT_ROOM1 (unknown machine)"

    case_id = cases.create_case(window.store, Patient(name="Someone Else"))
    tray.choose_case = lambda: case_id
    asked = []
    tray.confirm_other_patient = lambda mismatches: asked.append(mismatches) or False
    study.setSelected(True)
    tray.file_button.click()
    qtbot.waitUntil(lambda: bool(asked) and not tray.busy)
    assert tray.tree.topLevelItemCount() == 2  # refused: nothing filed

    tray.confirm_other_patient = lambda mismatches: True
    tray.tree.clearSelection()
    tray.tree.topLevelItem(0).setSelected(True)
    tray.file_button.click()
    qtbot.waitUntil(lambda: tray.loaded and tray.tree.topLevelItemCount() == 1)
    assert "filed" in tray.message.text()
    qtbot.waitUntil(lambda: controls.count == 1)


def test_discard_asks_first(window, qtbot, tmp_path):
    port = free_port()
    dialog = switch_on(window, qtbot, port)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: window.receiver.service.listening)
    send(port, sample("CT_small.dcm", tmp_path))
    controls = window.receiver
    qtbot.waitUntil(lambda: controls.count == 1)
    controls.show_incoming()
    tray = controls.incoming_dialog
    qtbot.waitUntil(lambda: tray.tree.topLevelItemCount() == 1)
    tray.tree.topLevelItem(0).setSelected(True)
    tray.confirm_discard = lambda n: False
    tray.discard_button.click()
    assert tray.tree.topLevelItemCount() == 1
    tray.confirm_discard = lambda n: True
    tray.discard_button.click()
    qtbot.waitUntil(lambda: tray.stack.currentWidget() is tray.empty)
    qtbot.waitUntil(lambda: controls.count == 0)


def test_case_chooser_filters_and_returns_the_case(window, qtbot):
    from desktop.views.incoming import CaseChooser

    wanted = cases.create_case(window.store, Patient(name="Asha Sharma", hospital_id="PHC-7"))
    cases.create_case(window.store, Patient(name="Ravi Kumar"))
    chooser = CaseChooser(window.store, window.executor, window)
    qtbot.addWidget(chooser)
    chooser.show()
    qtbot.waitUntil(lambda: chooser.list.count() == 2)
    chooser.search.setText("asha")
    visible = [chooser.list.item(n) for n in range(2) if not chooser.list.item(n).isHidden()]
    assert [i.text().split(" · ")[0] for i in visible] == ["Asha Sharma"]
    chooser.list.setCurrentItem(visible[0])
    chooser.ok.click()
    assert chooser.case_id == wanted


def test_quitting_stops_the_receiver(window, qtbot):
    port = free_port()
    dialog = switch_on(window, qtbot, port)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: window.receiver.service.listening)
    window.shutdown()
    assert not window.receiver.service.listening
    echo = run("echoscu", "-to", "5", "-aec", AE_TITLE, "127.0.0.1", str(port))
    assert echo.returncode != 0


def test_receiver_starts_with_the_app_when_switched_on(store, qtbot):
    from desktop.views.main_window import MainWindow

    port = free_port()
    receiver_settings.save(store, receiver_settings.ReceiverSettings(True, AE_TITLE, port))
    win = MainWindow(store)
    qtbot.addWidget(win)
    try:
        qtbot.waitUntil(lambda: win.receiver.service.listening)
        assert str(port) in win.receiver.indicator.text()
    finally:
        win.shutdown()
    assert incoming.count(store) == 0


def test_images_sent_to_the_open_case_show_up_in_it(window, qtbot, tmp_path):
    case_id = cases.create_case(window.store, Patient(name="CompressedSamples CT1"))
    window.refresh_cases()
    qtbot.waitUntil(lambda: window.model.row_of(case_id) is not None)
    window.select_case(case_id)
    panel = window.editor.attachments
    qtbot.waitUntil(lambda: panel.case_id == case_id)
    port = free_port()
    dialog = switch_on(window, qtbot, port)
    qtbot.waitUntil(lambda: dialog.target.findData(case_id) >= 0)
    dialog.target.setCurrentIndex(dialog.target.findData(case_id))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: window.receiver.service.listening)
    send(port, sample("CT_small.dcm", tmp_path))
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 1, timeout=10_000)
    assert panel.list.topLevelItem(0).text(0) == "Scans (DICOM)"
    assert window.receiver.count == 0
