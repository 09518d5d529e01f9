"""Screens of the DICOM receiver: the Settings section and the incoming tray with two studies.

Run: xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb pytest -m screenshot \
tests/receiver/test_receiver_screens.py. The studies are sent by dcmtk's storescu to the real
receiver, as a scanner would. PNGs go to artifacts/screens/.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from pydicom.data import get_testdata_file

from local_store import receiver_settings
from local_store.receiver_settings import ReceiverSettings
from testdata.dicom import SUNITA, Patient, copies_of
from tests.support.processes import free_port
from tests.support.screen_checks import save
from tests.support.screens import SCREENSHOT, open_window, seed

pytestmark = [
    *SCREENSHOT,
    pytest.mark.interop,
    pytest.mark.skipif(shutil.which("storescu") is None, reason="dcmtk's storescu not installed"),
]

AE_TITLE = "PHC_BASTI"


def study_files(folder, patient: Patient, description, source, count, date):
    """``count`` instances of one study, made from a pydicom sample with new identifiers."""
    return copies_of(
        get_testdata_file(source),
        folder,
        count,
        name=f"{patient.patient_id}-{{n}}.dcm",
        patient=patient,
        StudyDescription=description,
        StudyDate=date,
        SeriesNumber=2,
    )


def test_receiver_settings_and_incoming_tray(store, qtbot, tmp_path, out_dir):
    seed(store)
    port = free_port()
    receiver_settings.save(
        store, ReceiverSettings(True, AE_TITLE, port, known_callers=("CT_ROOM1",))
    )
    window = open_window(store, qtbot)
    controls = window.receiver
    qtbot.waitUntil(lambda: controls.service.listening)

    rajesh = Patient("KUMAR^RAJESH", "CHC-2207", "19850302", "M")
    files = study_files(
        tmp_path, SUNITA, "CT CHEST WITH CONTRAST", "CT_small.dcm", 3, "20261119"
    ) + study_files(tmp_path, rajesh, "MRI LUMBAR SPINE", "MR_small.dcm", 2, "20261120")
    for calling, chunk in (("CT_ROOM1", files[:3]), ("MRI_VAN", files[3:])):
        result = subprocess.run(
            ["storescu", "-aet", calling, "-aec", AE_TITLE, "127.0.0.1", str(port),
             *map(str, chunk)],
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
    qtbot.waitUntil(lambda: controls.count == 5)
    qtbot.wait(300)
    save(
        window,
        out_dir / "receiver-01-main-window.png",
        shows=[controls.incoming_button, controls.indicator],
        says=["5"],
    )

    from desktop.views.settings_dialog import SettingsDialog

    dialog = SettingsDialog(store, window.executor, controls.service, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    qtbot.wait(300)
    save(
        dialog,
        out_dir / "receiver-02-settings.png",
        shows=[dialog.enabled, dialog.ae_title, dialog.port, dialog.save_button],
        says=[AE_TITLE, str(port), "CT_ROOM1"],
    )
    dialog.port.setText("80")
    dialog.ae_title.setText("PHC\\BASTI")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.port_row.problem.isVisible())
    qtbot.wait(200)
    save(
        dialog,
        out_dir / "receiver-03-settings-problems.png",
        shows=[dialog.port_row.problem],
        says=["PHC\\BASTI"],
    )
    dialog.reject()

    controls.show_incoming()
    tray = controls.incoming_dialog
    qtbot.waitExposed(tray)
    qtbot.waitUntil(lambda: tray.loaded and tray.tree.topLevelItemCount() == 2)
    tray.tree.topLevelItem(0).child(0).setSelected(True)
    qtbot.wait(300)
    save(
        tray,
        out_dir / "receiver-04-incoming-tray.png",
        shows=[tray.tree, tray.file_button, tray.discard_button],
        says=["CT CHEST WITH CONTRAST", "MRI LUMBAR SPINE"],
    )
    tray.close()
