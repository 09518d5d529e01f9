"""`casebridge FILE.cbundle` (what a double click on a carried case starts): the desktop takes
the file from its command line, and a second start hands the file to the app already running
on the same data folder instead of dropping it."""

from __future__ import annotations

import pytest

from desktop.app import parse_args
from desktop.single_instance import InstanceServer, ask_running_to_show
from main import wants_gui

pytestmark = pytest.mark.gui


def test_a_cbundle_on_the_command_line_starts_the_desktop_with_it():
    argv = ["--data-dir", "/srv/cases", "/media/usb/Kamla Devi.CBUNDLE"]
    assert wants_gui(argv)
    assert parse_args(argv).carried == "/media/usb/Kamla Devi.CBUNDLE"
    assert parse_args(["--data-dir", "/srv/cases"]).carried is None


def test_a_second_start_hands_the_file_to_the_running_app(qtbot, tmp_path):
    server = InstanceServer(tmp_path / "data")
    assert server.listen()
    try:
        carried = tmp_path / "stick" / "केस 1.cbundle"  # any name a stick may hold
        with (
            qtbot.waitSignal(server.show_requested, timeout=5_000),
            qtbot.waitSignal(server.open_requested, timeout=5_000) as opened,
        ):
            assert ask_running_to_show(tmp_path / "data", carried)
        assert opened.args == [str(carried.resolve())]
        # A plain second start still only asks for the window.
        with (
            qtbot.assertNotEmitted(server.open_requested, wait=300),
            qtbot.waitSignal(server.show_requested, timeout=5_000),
        ):
            assert ask_running_to_show(tmp_path / "data")
    finally:
        server.close()


def test_a_file_handed_over_before_the_window_is_up_is_kept_for_it(qtbot, tmp_path):
    # The running app still asks for its passphrase (or is in the first-run wizard): nothing
    # listens to open_requested yet, and the double-clicked file must not be lost.
    server = InstanceServer(tmp_path / "data")
    assert server.listen()
    try:
        carried = tmp_path / "stick" / "case.cbundle"
        with qtbot.waitSignal(server.open_requested, timeout=5_000):
            assert ask_running_to_show(tmp_path / "data", carried)
        assert server.claim_opens() == [str(carried.resolve())]
        # Once the window has claimed them, later files reach it through the signal only.
        with qtbot.waitSignal(server.open_requested, timeout=5_000):
            assert ask_running_to_show(tmp_path / "data", tmp_path / "later.cbundle")
        assert server.claim_opens() == []
    finally:
        server.close()
