"""Runs the real desktop app (``desktop.app.run``) in its own process, driven by a timer, for the
tests that must see the process end (or stay) as a user would.

``python -m tests.support.app_driver DATA_DIR viewer-then-close``: when the case list has loaded,
open the first case's CT series in the DICOM viewer, wait for its image, close the viewer, then
close the main window; the process must then end by itself.
``python -m tests.support.app_driver DATA_DIR stay``: print "running" once loaded and keep running;
print "brought forward" each time a later start asks for the window.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def main_window():
    from desktop.views.main_window import MainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.loaded:
            return widget
    return None


def after(condition, then, interval_ms: int = 20) -> None:
    """Call ``then(value)`` once ``condition()`` returns something."""

    def check() -> None:
        value = condition()
        if value:
            timer.stop()
            then(value)

    timer = QTimer()
    timer.setInterval(interval_ms)
    timer.timeout.connect(check)
    timer.start()
    _keep.append(timer)


_keep: list = []


def viewer_then_close(window) -> None:
    from desktop.views.attachments import SeriesChoice
    from desktop.workers import call
    from local_store import dicom_index

    editor = window.editor
    case_id = window.model.summary(0).id

    def open_viewer(studies) -> None:
        study = studies[0]
        editor.viewers.open(case_id, SeriesChoice(study, study.series[0]))
        after(lambda: editor.viewers.windows, shown)

    def shown(windows) -> None:
        viewer = windows[0]
        after(lambda: viewer.active.shown is not None and viewer, close_viewer)

    def close_viewer(viewer) -> None:
        viewer.destroyed.connect(lambda *_: QTimer.singleShot(200, close_main))
        viewer.close()
        print("viewer closed", flush=True)

    def close_main() -> None:
        print("closing", flush=True)
        window.close()

    window.executor.submit(
        call(dicom_index.list_studies, window.store, case_id), succeeded=open_viewer
    )


def stay(window) -> None:
    original = window.bring_forward

    def bring_forward() -> None:
        print("brought forward", flush=True)
        original()

    window.bring_forward = bring_forward
    # The server was connected to the bound method before this wrapper existed: reconnect.
    from desktop.single_instance import InstanceServer

    for server in QApplication.instance().findChildren(InstanceServer):
        server.show_requested.disconnect()
        server.show_requested.connect(bring_forward)
    print("running", flush=True)


def main(argv: list[str]) -> int:
    data_dir, scenario = argv[0], argv[1]
    QApplication.instance() or QApplication(["casebridge"])
    from desktop.app import run

    after(main_window, {"viewer-then-close": viewer_then_close, "stay": stay}[scenario])
    return run(["--data-dir", data_dir])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
