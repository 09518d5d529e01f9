"""The lock screen on a real display (Xvfb + xcb), at a 1366x768 and a 1024x600 screen: the
passphrase asked over an open case (nothing of it showing, to the eye or to a screen reader),
and staff sign-in at start, after a wrong PIN.

  xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \
      pytest -m screenshot tests/app/test_lock_screens.py
PNGs go to artifacts/screens/ (90-... and 91-..., named with the window size).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.views.main_window import MainWindow
from local_store import staff
from tests.support.screen_checks import accessible_texts, save, scroll_into_view, texts_shown
from tests.support.screens import SCREENSHOT, open_window, seed, show

pytestmark = SCREENSHOT

# The window a 1366x768 and a 1024x600 screen leave under a title bar.
SIZES = [(1366, 740), (1024, 572)]


def _page(window):
    return next(c.page for c in window.lock._live() if c.window is window)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_locked_over_an_open_case(store, qtbot, out_dir, size):
    case_id = seed(store)
    window = open_window(store, qtbot, size)
    window.select_case(case_id)
    qtbot.waitUntil(lambda: window.editor.case_id == case_id)
    qtbot.waitUntil(lambda: window.lock.setup is not None)
    window.lock.lock_now()
    page = _page(window)
    qtbot.waitUntil(lambda: page.secret.isVisible())
    qtbot.wait(300)
    assert window.windowTitle() == "CaseBridge (locked)"
    save(
        window,
        out_dir / f"90-lock-passphrase-{size[0]}x{size[1]}.png",
        shows=[page.title, page.secret, page.unlock_button],
        says=["CaseBridge is locked", "Passphrase", "Unlock", "Sending and receiving go on"],
    )
    # Under the page the case is hidden, not only covered: no text, nothing a screen reader
    # reaches, names the patient or tells the case.
    written = texts_shown() + accessible_texts()
    for secret in ("Sunita Devi", "PHC-BST-1021", "painless lump", "Ramesh Kumar Yadav"):
        assert not any(secret in text for text in written), secret
    window.shutdown()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_staff_sign_in_at_start_after_a_wrong_pin(store, qtbot, out_dir, size):
    seed(store)
    admin = staff.add_staff(store, "Dr Meera Rao", "1111")
    staff.sign_in(store, admin.id, "1111")
    staff.add_staff(store, "Staff nurse Rekha Yadav", "2222")
    staff.set_sign_in_required(store, True)
    staff.sign_out(store)
    window = MainWindow(store, sign_in=True)
    qtbot.addWidget(window)
    show(qtbot, window, *size)
    page = _page(window)
    qtbot.waitUntil(lambda: page.staff.isVisible() and page.staff.count() == 3)
    page.staff.setCurrentIndex(page.staff.findText("Staff nurse Rekha Yadav"))
    page.secret.setText("1234")
    qtbot.keyClick(page.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.problem.isVisible(), timeout=10_000)
    qtbot.wait(300)
    save(
        window,
        out_dir / f"91-lock-staff-sign-in-{size[0]}x{size[1]}.png",
        shows=[page.title, page.staff, page.secret, page.problem, page.unlock_button],
        says=["Who is working at CaseBridge?", "Staff nurse Rekha Yadav", "PIN is not correct"],
    )
    written = texts_shown() + accessible_texts()
    for secret in ("Sunita Devi", "PHC-BST-1021", "Ramesh Kumar Yadav"):
        assert not any(secret in text for text in written), secret
    window.shutdown()


def test_settings_lock_and_staff(store, qtbot, out_dir):
    from PySide6.QtWidgets import QScrollArea

    from desktop.views.settings_dialog import SettingsDialog

    admin = staff.add_staff(store, "Dr Meera Rao", "1111")
    staff.sign_in(store, admin.id, "1111")
    staff.add_staff(store, "Staff nurse Rekha Yadav", "2222")
    staff.set_sign_in_required(store, True)
    window = open_window(store, qtbot, SIZES[0])
    dialog = SettingsDialog(store, window.executor, window.receiver.service, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    page = dialog.lock_settings
    qtbot.waitUntil(lambda: dialog.loaded and page.setup is not None)
    qtbot.waitUntil(lambda: page.staff_list.count() == 2)
    scroll_into_view(qtbot, dialog.findChild(QScrollArea), page.staff_list, page.sign_in)
    save(
        dialog,
        out_dir / "92-settings-lock-and-staff.png",
        shows=[page.staff_list, page.add_button, page.remove_button, page.sign_in],
        says=["Staff", "Dr Meera Rao (administrator)", "Ask who is working (staff sign-in)"],
    )
    window.shutdown()
