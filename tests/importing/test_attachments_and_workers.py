"""Attachments through the panel with the real blob store; the worker pattern's threading."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, QThread, Slot

from desktop.workers import DatabaseExecutor, JobPool, call
from local_store import attachments
from tests.support.gui import new_case

pytestmark = pytest.mark.gui


def _finish(dialog, qtbot):
    qtbot.waitUntil(lambda: dialog.phase == "done", timeout=30_000)
    dialog.close_button.click()
    return dialog.outcome


def _files_in(tree):
    """(group heading, file name, size) of each non-scan file in the panel's tree."""
    rows = []
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        for j in range(group.childCount()):
            item = group.child(j)
            rows.append((group.text(0), item.text(0), item.text(1)))
    return rows


def test_add_file_listed_and_duplicate_reported(window, qtbot, tmp_path, reopen):
    editor = new_case(window, qtbot)
    panel = editor.attachments
    report = tmp_path / "biopsy report.pdf"
    report.write_bytes(b"%PDF-1.4\n" + b"x" * 300_000 + b"\n%%EOF\n")
    _finish(panel.add_files([report]), qtbot)
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 1, timeout=10_000)
    # 300,016 bytes, in the decimal units a phone and a data plan use (1 KB = 1,000 bytes).
    assert _files_in(panel.list) == [("Documents", "biopsy report.pdf", "300.0 KB")]
    assert panel.message.text() == "1 file imported."

    dialog = panel.add_files([report])
    qtbot.waitUntil(lambda: dialog.phase == "done", timeout=30_000)
    assert "already in this case" in dialog.banner.text()
    dialog.close_button.click()
    assert panel.list.topLevelItemCount() == 1
    stored = attachments.list_attachments(reopen(), editor.case_id)
    assert [a.name for a in stored] == ["biopsy report.pdf"]


def test_folder_dropped_imports_photo_and_names_the_refused_file(window, qtbot, tmp_path):
    from PIL import Image
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    editor = new_case(window, qtbot)
    panel = editor.attachments
    folder = tmp_path / "usb"
    folder.mkdir()
    Image.new("RGB", (40, 30), (200, 120, 90)).save(folder / "xray.jpg", quality=90)
    (folder / "notes.txt").write_bytes(b"plain notes")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    panel.dropEvent(event)
    dialog = panel.import_dialog
    qtbot.waitUntil(lambda: dialog.phase == "done", timeout=30_000)
    assert [name for name, _reason in dialog.rejected_rows] == ["usb/notes.txt"]
    dialog.close_button.click()
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 1, timeout=10_000)
    assert [row[:2] for row in _files_in(panel.list)] == [("Photos", "xray.jpg")]


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
