"""Fixtures for the pytest-qt tier: the real main window over the real encrypted store."""

from __future__ import annotations

import pytest

from local_store.store import Store
from tests.conftest import TEST_PASSPHRASE


@pytest.fixture
def window(store, qtbot):
    from desktop.views.main_window import MainWindow

    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.loaded)
    yield win
    win.shutdown()


@pytest.fixture
def reopen(data_dir):
    """Open the same data folder again, as after a restart, to read what was really saved."""
    opened = []

    def _reopen() -> Store:
        s = Store.open(data_dir, passphrase=TEST_PASSPHRASE)
        opened.append(s)
        return s

    yield _reopen
    for s in opened:
        s.close()


def new_case(window, qtbot):
    """Click New case and wait until the editor shows it."""
    editor = window.editor
    before = editor.case_id  # a second new case must wait for its own id, not the first's
    window.new_button.click()
    qtbot.waitUntil(lambda: editor.case_id not in (None, before) and window.new_button.isEnabled())
    return editor
