"""Fixtures for the pytest-qt tier: the real main window over the real encrypted store."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject

from desktop.workers import DatabaseExecutor, JobPool
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


@contextlib.contextmanager
def executor_and_pool(store) -> Iterator[tuple[DatabaseExecutor, JobPool]]:
    """The desktop's database executor and a one-thread job pool, shut down at the end."""
    owner = QObject()
    executor = DatabaseExecutor(store, owner)
    pool = JobPool(1, owner)
    try:
        yield executor, pool
    finally:
        pool.shutdown(10_000)
        executor.shutdown(10_000)


@pytest.fixture
def workers(store, qtbot):
    with executor_and_pool(store) as made:
        yield made


def open_submit_dialog(qtbot, workers, case_id):
    """The Submit screen for ``case_id``, shown and past loading (on its review)."""
    from desktop.views.submit_dialog import SubmitDialog

    executor, pool = workers
    dialog = SubmitDialog(executor, pool, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.phase == "review", timeout=20_000)
    return dialog
