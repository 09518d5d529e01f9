"""Every main window on a small screen (1024x600) and a common laptop's (1366x768), in English
and in Hindi: the case list with the case editor, Settings, Sending and receiving, each page of
the first-run wizard and a specialist's Assigned cases. Nothing may be cut off or squeezed below
the room it needs (``clipped_widgets``): what does not fit scrolls, and forms scroll down,
never sideways.

Run: xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb pytest -m screenshot \
tests/app/test_small_screens.py. PNGs go to artifacts/screens/ (small-*). The Hindi run checks
the Hindi texts the catalogue has; the rest show in English until they are translated.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop import language
from local_store.store import Store
from tests.conftest import TEST_PASSPHRASE
from tests.support.languages import english as english
from tests.support.received_case import enroll_specialist, received_case
from tests.support.screen_checks import clipped_widgets, save
from tests.support.screens import SCREENSHOT, open_window, seed, show
from tests.support.screens import out_dir as out_dir

pytestmark = [*SCREENSHOT, pytest.mark.timeout(240)]

# The recovery key step's tick, as each language says it.
WRITTEN_DOWN = {
    "en": "I have written it down or printed it",
    "hi": "मैंने इसे लिख लिया है या प्रिंट कर लिया है",
}

# Each screen less a window manager's title bar.
SIZES = {"1024x600": (1024, 572), "1366x768": (1366, 740)}


def check(window, path, shows=(), may_elide=(), says=()) -> None:
    cut = clipped_widgets(window)
    assert not cut, f"{path.name}: " + "; ".join(cut)
    save(window, path, shows=list(shows), says=list(says), may_elide=may_elide)


def show_within(qtbot, window, room) -> None:
    """Show a dialog at its own size, or the screen's when that is smaller (fit_to_screen's
    rule, for a screen of ``room``, whatever the test display is)."""
    show(qtbot, window, min(window.width(), room[0]), min(window.height(), room[1]))


@pytest.mark.parametrize("lang", ["en", "hi"])
@pytest.mark.parametrize("size", sorted(SIZES))
def test_every_main_window_fits(english, memory_keyring, tmp_path, qtbot, out_dir, size, lang):
    from desktop.views.first_run import pages
    from desktop.views.first_run.recovery_page import RecoveryKeyPage
    from desktop.views.first_run.wizard import FirstRunWizard
    from desktop.views.settings_dialog import SettingsDialog

    language.install(QApplication.instance(), lang)
    room = SIZES[size]
    name = f"small-{size}-{lang}"

    store = Store.open(tmp_path / "clinic", passphrase=TEST_PASSPHRASE)
    window = open_window(store, qtbot, room)
    try:
        main = seed(store)
        window.refresh_cases()
        qtbot.waitUntil(lambda: window.model.rowCount() > 1, timeout=10_000)
        window.select_case(main)
        qtbot.waitUntil(lambda: window.editor.case_id == main, timeout=10_000)
        qtbot.wait(500)
        assert window.editor.scroll.horizontalScrollBar().maximum() == 0  # never sideways
        check(window, out_dir / f"{name}-01-cases.png", shows=[window.table, window.editor])

        settings = SettingsDialog(store, window.executor, window.receiver.service, window)
        show_within(qtbot, settings, room)
        qtbot.waitUntil(lambda: settings.loaded, timeout=10_000)
        check(settings, out_dir / f"{name}-02-settings.png", shows=[settings.save_button])
        settings.close()

        window.sync.show_panel()
        panel = window.sync.panel
        show_within(qtbot, panel, room)
        qtbot.wait(500)
        check(panel, out_dir / f"{name}-03-sending.png")
        panel.close()
    finally:
        window.shutdown()
        store.close()

    wizard = FirstRunWizard(tmp_path / "fresh", keyring_backend=memory_keyring, language=lang)
    qtbot.addWidget(wizard)
    show_within(qtbot, wizard, room)
    shown = []
    for index, page in enumerate(wizard.pages):
        roles = ("clinic", "specialist") if isinstance(page, pages.DetailsPage) else ("",)
        for role in roles:
            wizard.progress.role = role or wizard.progress.role
            wizard.show_page(index)
            qtbot.wait(100)
            label = f"{index + 1}-{page.step}{'-' + role if role else ''}"
            shows, says = [wizard.next_button], []
            if isinstance(page, RecoveryKeyPage):
                # The key's groups, Print… and the tick, all on screen at once, in words.
                panel = page.panel
                shows += [*panel.group_labels, panel.print_button, panel.written]
                says = [*panel.key.split("-"), WRITTEN_DOWN[lang]]
            check(wizard, out_dir / f"{name}-04-wizard-{label}.png", shows=shows, says=says)
            shown.append(page.step)
    assert shown[0] == "language" and shown[-1] == "enrollment"
    assert shown[shown.index("protection") + 1] == "recovery_key"
    wizard.close()

    specialist = Store.open(tmp_path / "specialist", passphrase=TEST_PASSPHRASE)
    enroll_specialist(specialist)
    received_case(specialist)
    window = open_window(specialist, qtbot, room)
    try:
        qtbot.waitUntil(lambda: window.worklist is not None, timeout=10_000)
        worklist = window.worklist
        qtbot.waitUntil(lambda: worklist.model.rowCount() == 1, timeout=10_000)
        worklist.table.selectRow(0)
        qtbot.wait(300)
        check(
            window,
            out_dir / f"{name}-05-worklist.png",
            shows=[worklist.table, worklist.open_button],
            may_elide=[worklist.message],
        )
    finally:
        window.shutdown()
        specialist.close()
