"""The screen lock over the real main window: the idle time locks it, nothing of a case shows
(not in the picture, not under the pointer, not in any title, not in a viewer window), the
passphrase or a staff PIN opens it, wrong tries wait, and nothing stops or is lost meanwhile."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop import screen_lock
from desktop.views.lock_screen import LockPage
from local_store import audit, cases, lock_settings, outbox, staff
from local_store.connection import read
from tests.conftest import TEST_PASSPHRASE
from tests.support.gui import new_case
from tests.support.screen_checks import accessible_texts, texts_shown

pytestmark = pytest.mark.gui


def pages(window) -> list[LockPage]:
    return [c.page for c in window.lock._live()]


def main_page(window) -> LockPage:
    return next(c.page for c in window.lock._live() if c.window is window)


def unlock_with(qtbot, window, secret: str, staff_name: str | None = None) -> None:
    page = main_page(window)
    qtbot.waitUntil(lambda: page.secret.isVisible() and page.unlock_button.isEnabled())
    if staff_name is not None:
        page.staff.setCurrentIndex(page.staff.findText(staff_name))
    page.secret.setText(secret)
    qtbot.keyClick(page.secret, Qt.Key.Key_Return)


def assert_everything_under_the_pointer_is_the_lock(window: QWidget) -> None:
    for x in range(5, window.width(), 40):
        for y in range(5, window.height(), 40):
            hit = window.childAt(QPoint(x, y))
            assert hit is not None, (x, y)
            assert isinstance(hit, LockPage) or any(
                isinstance(p, LockPage) for p in _parents(hit)
            ), f"{type(hit).__name__} shows at {x},{y}"


def _parents(widget):
    while widget is not None:
        widget = widget.parentWidget()
        yield widget


def named_case(window, qtbot, name: str):
    editor = new_case(window, qtbot)
    qtbot.keyClicks(editor.controls["patient.name"], name)
    qtbot.waitUntil(lambda: not editor.has_unsaved, timeout=5000)
    return editor


def test_the_idle_time_locks_and_the_locked_window_shows_nothing_of_the_case(
    window, qtbot, store, monkeypatch
):
    monkeypatch.setattr(screen_lock, "MINUTE_MS", 60)  # "5 minutes" of idle time: 300 ms
    # A steady text cursor, so two pictures of the lock differ only if what it covers shows.
    flash = QApplication.cursorFlashTime()
    QApplication.setCursorFlashTime(0)
    try:
        _idle_lock_hides_the_case(window, qtbot, store)
    finally:
        QApplication.setCursorFlashTime(flash)


def _idle_lock_hides_the_case(window, qtbot, store):
    named_case(window, qtbot, "Sunita Devi")
    window.executor.submit(lambda c, p: lock_settings.set_idle_minutes(store, 5))
    window.lock.reload()
    qtbot.waitUntil(lambda: window.lock.idle_ms == 300, timeout=5000)

    qtbot.waitUntil(lambda: window.lock.locked, timeout=5000)
    assert window.windowTitle() == "CaseBridge (locked)"
    assert "Sunita" not in window.windowTitle()
    assert_everything_under_the_pointer_is_the_lock(window)
    page = main_page(window)
    assert page.title.text() == "CaseBridge is locked"
    assert page.secret_label.text() == "Passphrase"
    qtbot.wait(100)  # the page redrawn with what the lock asks
    locked_a = window.grab().toImage()

    # Another case behind the lock gives the very same picture: nothing of it shows.
    unlock_with(qtbot, window, TEST_PASSPHRASE)
    qtbot.waitUntil(lambda: not window.lock.locked, timeout=5000)
    assert window.windowTitle() == "CaseBridge"
    # No idle lock while the second case is typed.
    window.executor.submit(lambda c, p: lock_settings.set_idle_minutes(store, 0))
    window.lock.reload()
    qtbot.waitUntil(lambda: window.lock.idle_ms == 0, timeout=5000)
    named_case(window, qtbot, "Ravi Kumar Meena")
    window.lock.lock_now()
    assert window.lock.locked
    qtbot.wait(100)
    assert window.grab().toImage() == locked_a


def test_wrong_tries_say_so_and_wait_longer_then_the_passphrase_opens(window, qtbot):
    qtbot.waitUntil(lambda: window.lock.setup is not None)
    window.lock.lock_now()
    page = main_page(window)
    # Tab goes round the page's own fields, never to the covered window below.
    qtbot.waitUntil(lambda: page.secret.isVisible())
    page.focus_field()
    for _ in range(5):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        assert page.isAncestorOf(window.focusWidget())
    for attempt in range(3):
        unlock_with(qtbot, window, f"not it {attempt}")
        qtbot.waitUntil(lambda: page.problem.isVisible() and not window.lock._checking)
    assert page.problem.text().startswith("The passphrase is not correct.")
    assert "wait 2 s" in page.problem.text()
    assert not page.unlock_button.isEnabled()  # the third wrong try waits
    assert window.lock.locked
    qtbot.waitUntil(lambda: page.unlock_button.isEnabled(), timeout=5000)
    unlock_with(qtbot, window, TEST_PASSPHRASE)
    qtbot.waitUntil(lambda: not window.lock.locked, timeout=5000)
    assert not pages(window)


def test_typed_text_and_open_viewer_windows_survive_and_are_covered(window, qtbot, store):
    editor = named_case(window, qtbot, "Lakshmi Bai")
    summary = editor.controls["referral.clinical_summary"]
    summary.setFocus()
    qtbot.keyClicks(summary, "Breathless on climbing stairs for two weeks")
    viewer = QWidget()
    viewer.setWindowTitle("Report: Lakshmi Bai lab 2026-10-15.pdf")
    viewer.resize(500, 400)
    qtbot.addWidget(viewer)
    viewer.show()

    window.lock.lock_now()
    assert window.lock.locked
    assert viewer.windowTitle() == "CaseBridge (locked)"
    assert_everything_under_the_pointer_is_the_lock(viewer)
    # Keys sent to the covered editor go nowhere.
    qtbot.keyClicks(summary, " XYZ")
    # A window opened while locked is covered too, its title kept for later.
    late = QWidget()
    late.setWindowTitle("Images: Lakshmi Bai CT")
    late.resize(400, 300)
    qtbot.addWidget(late)
    late.show()
    assert late.windowTitle() == "CaseBridge (locked)"

    unlock_with(qtbot, window, TEST_PASSPHRASE)
    qtbot.waitUntil(lambda: not window.lock.locked, timeout=5000)
    assert summary.toPlainText() == "Breathless on climbing stairs for two weeks"
    assert viewer.windowTitle() == "Report: Lakshmi Bai lab 2026-10-15.pdf"
    assert late.windowTitle() == "Images: Lakshmi Bai CT"
    qtbot.waitUntil(lambda: not editor.has_unsaved, timeout=5000)
    case = cases.get_case(store, editor.case_id)
    assert case.referral.clinical_summary == "Breathless on climbing stairs for two weeks"


def test_with_staff_sign_in_the_lock_asks_who_and_the_audit_names_them(window, qtbot, store):
    admin = staff.add_staff(store, "Dr Meera Rao", "1111")
    staff.sign_in(store, admin.id, "1111")
    staff.add_staff(store, "Sita", "2222")
    staff.set_sign_in_required(store, True)
    staff.sign_out(store)
    window.lock.reload()
    qtbot.waitUntil(lambda: window.lock.setup is not None and window.lock.setup.sign_in_required)
    window.lock.lock_now()
    page = main_page(window)
    qtbot.waitUntil(lambda: page.staff.isVisible())
    assert [page.staff.itemText(i) for i in range(page.staff.count())] == [
        "Dr Meera Rao",
        "Sita",
        "Nobody listed: use the CaseBridge passphrase",
    ]
    assert page.secret_label.text() == "PIN"
    unlock_with(qtbot, window, "1111", staff_name="Sita")
    qtbot.waitUntil(lambda: page.problem.isVisible(), timeout=5000)
    assert page.problem.text() == "The PIN is not correct. Try again."
    unlock_with(qtbot, window, "2222", staff_name="Sita")
    qtbot.waitUntil(lambda: not window.lock.locked, timeout=5000)
    assert store.actor.staff is not None and store.actor.staff.name == "Sita"
    qtbot.waitUntil(lambda: window.lock.who.isVisible())
    assert window.lock.who.text() == "Working: Sita"


def lock_rows(store) -> list[tuple[str, dict, str | None]]:
    """The audit log's lock and unlock rows, oldest first: action, detail, staff named."""
    import json

    rows = [r for r in audit.recent(read(store)) if r["action"] in ("lock.locked", "lock.unlocked")]
    return [(r["action"], json.loads(r["detail"]), r["staff_name"]) for r in reversed(rows)]


def test_locking_and_unlocking_are_audited_saying_how_and_by_whom(
    window, qtbot, store, cli, monkeypatch
):
    admin = staff.add_staff(store, "Dr Meera Rao", "1111")
    staff.sign_in(store, admin.id, "1111")
    sita = staff.add_staff(store, "Sita", "2222")
    staff.set_sign_in_required(store, True)
    window.lock.reload()
    qtbot.waitUntil(lambda: window.lock.setup is not None and window.lock.setup.mode == "staff")

    window.lock.lock_button.click()
    assert window.lock.locked
    unlock_with(qtbot, window, "2222", staff_name="Sita")
    qtbot.waitUntil(lambda: not window.lock.locked, timeout=5000)
    qtbot.waitUntil(lambda: len(lock_rows(store)) == 2, timeout=5000)
    assert lock_rows(store) == [
        ("lock.locked", {"by": "button"}, "Dr Meera Rao"),  # who was working when it locked
        ("lock.unlocked", {"by": "staff_pin", "staff_id": sita.id}, "Sita"),
    ]

    # The idle time locks it; the passphrase opens it, naming nobody.
    monkeypatch.setattr(screen_lock, "MINUTE_MS", 60)  # "5 minutes" of idle time: 300 ms
    window.executor.submit(lambda c, p: lock_settings.set_idle_minutes(store, 5))
    window.lock.reload()
    qtbot.waitUntil(lambda: window.lock.locked, timeout=5000)
    page = main_page(window)
    qtbot.waitUntil(lambda: page.staff.count() == 3)
    page.staff.setCurrentIndex(2)  # "Nobody listed: use the CaseBridge passphrase"
    unlock_with(qtbot, window, TEST_PASSPHRASE)
    qtbot.waitUntil(lambda: not window.lock.locked, timeout=5000)
    qtbot.waitUntil(lambda: len(lock_rows(store)) == 4, timeout=5000)
    assert lock_rows(store)[2:] == [
        ("lock.locked", {"by": "idle"}, "Sita"),
        ("lock.unlocked", {"by": "passphrase"}, None),
    ]
    # Ctrl+L is told apart from the button.
    monkeypatch.setattr(screen_lock, "MINUTE_MS", 60_000)
    window.lock.reload()
    qtbot.waitUntil(lambda: window.lock.idle_ms == 5 * 60_000, timeout=5000)
    window.lock.shortcut.trigger()
    assert window.lock.locked
    qtbot.waitUntil(lambda: len(lock_rows(store)) == 5, timeout=5000)
    assert lock_rows(store)[4] == ("lock.locked", {"by": "shortcut"}, None)
    # No patient data in them, and the chain still holds, as `audit verify` says.
    assert all(r["case_id"] is None for r in audit.recent(read(store)))
    result = cli("audit", "verify")
    assert result.code == 0, result.err
    assert result.out.startswith("Audit log intact")


def test_sending_goes_on_while_locked_and_after_unlocking(window, qtbot, store, tmp_path):
    from sync import enrollment
    from tests.support.running_service import running_service
    from tests.sync.test_sync_panel import CAP, entry_of, queued_case

    with running_service(tmp_path / "service") as service:
        enrollment.enroll(store, service.url, service.new_code(role="clinic"), label="PHC desk")
        outbox.set_max_rate(store, CAP)  # about 8 s for the case: long enough to lock midway
        case_id = queued_case(store, tmp_path, "Meena Kumari")
        controls = window.sync
        controls.service.restart()

        def sent_bytes() -> int:
            return entry_of(store, case_id).sent_bytes

        qtbot.waitUntil(lambda: sent_bytes() > 0, timeout=60_000)
        # The sending panel open beside the main window, naming the patient.
        controls.show_panel()
        qtbot.waitUntil(lambda: any("Meena Kumari" in t for t in texts_shown()), timeout=10_000)
        window.lock.lock_now()
        assert window.lock.locked
        at_lock = sent_bytes()
        # Locked: the upload keeps going (more bytes reach the service), out of sight.
        qtbot.waitUntil(lambda: sent_bytes() > at_lock, timeout=30_000)
        assert not any("Meena" in t for t in texts_shown() + accessible_texts())
        unlock_with(qtbot, window, TEST_PASSPHRASE)
        qtbot.waitUntil(lambda: not window.lock.locked, timeout=5000)
        assert entry_of(store, case_id).state != "failed"
        assert sent_bytes() > at_lock  # it went on, it did not start again
        assert controls.panel.isVisible()
        assert any("Meena Kumari" in t for t in texts_shown())
        qtbot.waitUntil(lambda: entry_of(store, case_id).state == "sent", timeout=60_000)


def _when_dialog(qtbot, kind, act) -> None:
    """Act on the next modal dialog of ``kind`` once it shows (from a timer: exec() blocks)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


def test_settings_add_staff_ask_an_administrator_and_switch_sign_in(window, qtbot, store):
    from desktop.views.settings_dialog import SettingsDialog
    from desktop.views.staff_page import AddStaffDialog, AdminPinDialog

    dialog = SettingsDialog(store, window.executor, window.receiver.service, window)
    qtbot.addWidget(dialog)
    page = dialog.lock_settings
    qtbot.waitUntil(lambda: page.setup is not None)
    assert not page.staff_section.isHidden()  # a clinic computer offers staff
    assert not page.sign_in.isEnabled()  # nobody to ask for yet

    def first(d):
        assert d.admin.isChecked() and not d.admin.isEnabled()
        d.name.setText("Dr Meera Rao")
        d.first_pin.setText("1111")
        d.second_pin.setText("1111")
        d.accept()

    _when_dialog(qtbot, AddStaffDialog, first)
    page.add_button.click()
    qtbot.waitUntil(lambda: page.staff_list.count() == 1, timeout=5000)
    assert page.staff_list.item(0).text() == "Dr Meera Rao (administrator)"

    # The second needs an administrator: asked for their PIN, then added.
    def second(d):
        d.name.setText("Sita")
        d.first_pin.setText("2222")
        d.second_pin.setText("2222")
        d.accept()

    def admin_pin(d):
        d.pin.setText("1111")
        d.accept()

    _when_dialog(qtbot, AddStaffDialog, second)
    _when_dialog(qtbot, AdminPinDialog, admin_pin)
    page.add_button.click()
    qtbot.waitUntil(lambda: page.staff_list.count() == 2, timeout=10_000)
    qtbot.waitUntil(lambda: store.actor.staff is None)  # the administrator only for that act
    added = next(m for m in staff.list_staff(store) if m.name == "Sita")
    assert not added.admin

    _when_dialog(qtbot, AdminPinDialog, admin_pin)
    page.sign_in.click()
    qtbot.waitUntil(lambda: staff.sign_in_required(store), timeout=10_000)
    qtbot.waitUntil(lambda: window.lock.setup.mode == "staff", timeout=5000)

    # The idle time chosen here arms the lock.
    page.idle.setCurrentIndex(page.idle.findData(10))
    page.idle.activated.emit(page.idle.currentIndex())
    qtbot.waitUntil(lambda: window.lock.idle_ms == 10 * screen_lock.MINUTE_MS, timeout=5000)
    dialog.close()


def test_the_passphrase_still_opens_a_staff_lock_and_signs_nobody_in(window, qtbot, store):
    admin = staff.add_staff(store, "Dr Meera Rao", "1111")
    staff.sign_in(store, admin.id, "1111")
    staff.set_sign_in_required(store, True)
    window.lock.reload()
    qtbot.waitUntil(lambda: window.lock.setup is not None and window.lock.setup.mode == "staff")
    window.lock.lock_now()
    page = main_page(window)
    qtbot.waitUntil(lambda: page.staff.count() == 2)
    page.staff.setCurrentIndex(1)
    assert page.secret_label.text() == "Passphrase"
    unlock_with(qtbot, window, "not the passphrase")
    qtbot.waitUntil(lambda: page.problem.isVisible(), timeout=5000)
    assert page.problem.text().startswith("The passphrase is not correct.")
    page.staff.setCurrentIndex(1)
    unlock_with(qtbot, window, TEST_PASSPHRASE)
    qtbot.waitUntil(lambda: not window.lock.locked, timeout=5000)
    assert store.actor.staff is None


def test_a_keyring_computer_is_offered_a_lock_pin_then_locks_with_it(
    qtbot, tmp_path, memory_keyring
):
    from desktop.views.lock_screen import ChooseLockPinDialog
    from desktop.views.main_window import MainWindow
    from local_store.store import Store

    kept = Store.open(tmp_path / "kr", keyring_backend=memory_keyring)
    win = MainWindow(kept)
    qtbot.addWidget(win)
    win.show()
    try:
        qtbot.waitUntil(lambda: win.lock.setup is not None)
        assert win.lock.setup.mode == "none"

        def choose(d):
            d.first.setText("8080")
            d.second.setText("8080")
            d.accept()

        _when_dialog(qtbot, ChooseLockPinDialog, choose)
        win.lock.lock_now()  # nothing to ask yet: a lock PIN is chosen first, then it locks
        qtbot.waitUntil(lambda: win.lock.locked, timeout=5000)
        page = main_page(win)
        qtbot.waitUntil(lambda: page.secret_label.text() == "Lock PIN", timeout=5000)
        unlock_with(qtbot, win, "8081")
        qtbot.waitUntil(lambda: page.problem.isVisible(), timeout=5000)
        assert page.problem.text() == "The PIN is not correct. Try again."
        unlock_with(qtbot, win, "8080")
        qtbot.waitUntil(lambda: not win.lock.locked, timeout=5000)
        qtbot.waitUntil(lambda: len(lock_rows(kept)) == 2, timeout=5000)
        assert lock_rows(kept) == [
            ("lock.locked", {"by": "button"}, None),
            ("lock.unlocked", {"by": "lock_pin"}, None),
        ]
    finally:
        win.shutdown()
        kept.close()
