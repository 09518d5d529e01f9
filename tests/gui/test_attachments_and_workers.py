"""Attachments through the panel with the real blob store; the worker pattern's threading."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Slot

from desktop.workers import DatabaseExecutor, JobPool, call
from local_store import attachments
from tests.gui.conftest import new_case
from wording import ERROR


def test_add_file_listed_and_duplicate_reported(window, qtbot, tmp_path, reopen):
    editor = new_case(window, qtbot)
    panel = editor.attachments
    report = tmp_path / "biopsy report.pdf"
    report.write_bytes(b"%PDF-1.4\n" + b"x" * 300_000)
    panel.add_files([report])
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 1, timeout=10_000)
    item = panel.list.topLevelItem(0)
    assert item.text(0) == "biopsy report.pdf"
    assert item.text(1) == "Document (PDF)"
    assert item.text(2) == "293.0 KB"
    assert "Added" in panel.message.text()
    qtbot.waitUntil(lambda: not panel.progress_box.isVisible())

    panel.add_files([report])
    qtbot.waitUntil(lambda: "already attached" in panel.message.text(), timeout=10_000)
    assert panel.list.topLevelItemCount() == 1
    stored = attachments.list_attachments(reopen(), editor.case_id)
    assert [a.name for a in stored] == ["biopsy report.pdf"]


def test_folder_dropped_adds_each_file(window, qtbot, tmp_path):
    editor = new_case(window, qtbot)
    folder = tmp_path / "usb"
    folder.mkdir()
    (folder / "xray.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"j" * 1000)
    (folder / "notes.txt").write_bytes(b"plain notes")
    editor.attachments.add_files([folder])
    qtbot.waitUntil(lambda: editor.attachments.list.topLevelItemCount() == 2, timeout=10_000)
    kinds = {editor.attachments.list.topLevelItem(i).text(1) for i in range(2)}
    assert kinds == {"Photo", "Other file"}


def test_cancel_reports_nothing_half_saved(window, qtbot, tmp_path):
    editor = new_case(window, qtbot)
    panel = editor.attachments
    big = tmp_path / "scan.bin"
    big.write_bytes(b"\0" * 64_000_000)
    panel.add_files([big])
    qtbot.waitUntil(lambda: panel._current is not None)
    panel.cancel()
    qtbot.waitUntil(lambda: panel.message.isVisible(), timeout=20_000)
    if panel.list.topLevelItemCount() == 0:  # a very fast disk may finish before the cancel
        assert panel.message.text() == ERROR["cancelled"]


class Receiver(QObject):
    def __init__(self):
        super().__init__()
        self.results = []
        self.errors = []
        self.threads = []
        self.progress = []

    @Slot(object)
    def ok(self, value):
        self.threads.append(QThread.currentThread())
        self.results.append(value)

    @Slot(object)
    def bad(self, error):
        self.threads.append(QThread.currentThread())
        self.errors.append(error)

    @Slot(float, str)
    def step(self, fraction, message):
        self.progress.append(fraction)


def test_jobs_report_on_the_gui_thread(store, qtbot):
    executor = DatabaseExecutor(store)
    receiver = Receiver()
    worker_threads = []

    def work(cancel, progress):
        worker_threads.append(threading.get_ident())
        progress(0.5, "half")
        return 42

    executor.submit(work, succeeded=receiver.ok, progress=receiver.step)
    executor.submit(call(int, "x"), failed=receiver.bad)
    qtbot.waitUntil(lambda: bool(receiver.results and receiver.errors))
    assert receiver.results == [42]
    assert receiver.progress == [0.5]
    assert isinstance(receiver.errors[0], ValueError)
    assert all(t is QThread.currentThread() for t in receiver.threads)
    assert worker_threads[0] != threading.get_ident()
    assert executor.maxThreadCount() == 1
    assert executor.shutdown(2000)
    assert executor.submit(call(int, "1")) is None


def test_shutdown_cancels_running_work(qtbot):
    pool = JobPool(1)
    started = threading.Event()

    def slow(cancel, progress):
        started.set()
        cancel.wait(30)
        return cancel.is_set()

    pool.submit(slow)
    assert started.wait(5)
    assert pool.shutdown(5000)
