"""The sending indicator in the status bar, its words, and the sync wiring of the main window.

``SyncIndicator`` is a clickable status-bar label: offline, waiting (with how many cases),
sending (percent, speed, time left), paused, or everything sent. ``SyncControls(window)`` puts
it in the status bar, adds "Sending" and "Enroll…" to the toolbar, owns the ``SyncService``
(the engine on its own thread), opens the Sync panel and the Submit review screen, and stops
the engine before the database executor closes. Sizes, speeds and time left come from
``desktop.words`` (tr_size, tr_rate, tr_time_left), as everywhere else.
Thread-safety: GUI thread only; progress arrives as queued signals of the SyncService.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QPushButton, QToolBar

from desktop.words import tr_rate, tr_time_left
from desktop.workers import call

CONTEXT = "SyncWords"
STATUS_REFRESH_MS = 30_000  # feed news (assigned, in review) arrive without a state change
IDLE_STYLE = "color: #1d5e27; font-weight: bold; padding: 0 8px;"
BUSY_STYLE = "color: #0b4f8a; font-weight: bold; padding: 0 8px;"
PROBLEM_STYLE = "color: #8a0015; font-weight: bold; padding: 0 8px;"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def waiting_text(queued: int) -> str:
    if queued == 1:
        return _tr("1 case waiting to be sent")
    return _tr("%1 cases waiting to be sent").replace("%1", str(queued))


def outbox_case_summaries(store) -> list:
    """Case-list rows of the cases in the outbox, so their status badges follow the feed."""
    from desktop.views.case_editor import summary_of
    from local_store import cases, outbox

    ids = dict.fromkeys(e.case_id for e in outbox.list_entries(store))
    return [summary_of(cases.get_case(store, case_id)) for case_id in ids]


def percent(done: int, total: int) -> int:
    if not total:
        return 0
    return max(0, min(100, int(done * 100 / total)))


def progress_summary(p) -> tuple[str, str]:
    """The indicator's text and style for one SyncProgress."""
    if p is None:
        return "", IDLE_STYLE
    if p.state == "sending":
        text = _tr("↑ Sending %1% · %2 · %3")
        text = text.replace("%1", str(percent(p.bundle_done, p.bundle_total)))
        text = text.replace("%2", tr_rate(p.rate))
        return text.replace("%3", tr_time_left(p.seconds_left)), BUSY_STYLE
    if p.state == "paused":
        text = _tr("❚❚ Sending paused")
        if p.queued:
            text += " · " + waiting_text(p.queued)
        return text, PROBLEM_STYLE
    if p.state == "offline":
        text = _tr("○ Offline")
        if p.queued:
            text += " · " + waiting_text(p.queued)
        return text, PROBLEM_STYLE
    if p.state == "waiting" or p.queued:
        text = waiting_text(p.queued) if p.queued else _tr("Waiting to send")
        if p.last_error:
            text = _tr("⚠ %1 · see Sending").replace("%1", text)
            return text, PROBLEM_STYLE
        return "◷ " + text, BUSY_STYLE
    return _tr("● Online · all cases sent"), IDLE_STYLE


class SyncIndicator(QLabel):
    """A status-bar label that opens the Sync panel when clicked."""

    clicked = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("syncIndicator")
        self.setToolTip(self.tr("Click to see what is being sent"))
        self.hide()

    def show_progress(self, progress) -> None:
        text, style = progress_summary(progress)
        self.setText(text)
        self.setStyleSheet(style)
        self.setVisible(bool(text))

    def show_not_enrolled(self) -> None:
        self.setText(self.tr("Not set up to send cases: click Enroll"))
        self.setStyleSheet(PROBLEM_STYLE)
        self.show()

    def mousePressEvent(self, event) -> None:
        self.clicked.emit()
        super().mousePressEvent(event)


class SyncControls(QObject):
    """The main window's sync parts: indicator, toolbar buttons, engine, panel, submit screen."""

    def __init__(self, window) -> None:
        super().__init__(window)
        from desktop.sync_service import SyncService

        self.window = window
        self.store = window.store
        self.executor = window.executor
        self.service = SyncService(self.store, self.executor, self)
        self.panel = None
        self._last_key = None
        self._actions: dict[QPushButton, object] = {}
        self.indicator = SyncIndicator()
        self.indicator.clicked.connect(self.show_panel)
        window.statusBar().addPermanentWidget(self.indicator)
        self.sync_button = QPushButton(self.tr("Sending"))
        self.sync_button.setObjectName("syncButton")
        self.sync_button.clicked.connect(self.show_panel)
        self.enroll_button = QPushButton(self.tr("Enroll…"))
        self.enroll_button.setToolTip(self.tr("Enroll with an opinion service"))
        self.enroll_button.clicked.connect(self.show_enroll)
        self._add_to_toolbar()
        self.service.progress.connect(self._on_progress)
        self.service.enrollment_changed.connect(self._on_enrollment)
        window.editor.review_requested.connect(self.show_submit)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(STATUS_REFRESH_MS)
        self._status_timer.timeout.connect(self.refresh_statuses)
        self.service.start()

    def _add_to_toolbar(self) -> None:
        bar = self.window.findChild(QToolBar, "mainToolbar")
        about = getattr(self.window, "about_button", None)
        before = next((a for a in bar.actions() if bar.widgetForAction(a) is about), None)
        for button in (self.sync_button, self.enroll_button):
            if before is None:
                self._actions[button] = bar.addWidget(button)
            else:
                self._actions[button] = bar.insertWidget(before, button)

    @Slot(object)
    def _on_progress(self, progress) -> None:
        self.indicator.show_progress(progress)
        key = (progress.state, progress.bundle_id, progress.queued)
        if key != self._last_key:
            self._last_key = key
            self.refresh_statuses()

    @Slot()
    def refresh_statuses(self) -> None:
        self.executor.submit(
            call(outbox_case_summaries, self.store), succeeded=self._on_case_summaries
        )

    @Slot(object)
    def _on_case_summaries(self, summaries) -> None:
        for summary in summaries:
            if self.window.model.row_of(summary.id) is not None:
                self.window.model.update_row(summary)
            self.window.editor.show_status(summary.id, summary.status)

    @Slot(object)
    def _on_enrollment(self, enrollment) -> None:
        # A toolbar widget shows and hides through its action.
        self._actions[self.enroll_button].setVisible(enrollment is None)
        if enrollment is None:
            self.indicator.show_not_enrolled()
            self._status_timer.stop()
        else:
            self._status_timer.start()

    @Slot()
    def show_panel(self) -> None:
        from desktop.views.sync_panel import SyncPanel

        if self.panel is None:
            self.panel = SyncPanel(self.store, self.executor, self.service, self.window)
        self.panel.refresh()
        self.panel.show()
        self.panel.raise_()
        self.panel.activateWindow()

    @Slot()
    def show_enroll(self) -> bool:
        from desktop.views.sync_panel import EnrollDialog

        dialog = EnrollDialog(self.store, self.executor, self.window)
        accepted = dialog.exec() == dialog.DialogCode.Accepted
        if accepted:
            self.service.restart()
        return accepted

    @Slot(str)
    def show_submit(self, case_id: str) -> None:
        from desktop.views.submit_dialog import SubmitDialog

        dialog = SubmitDialog(self.executor, self.window.import_pool, case_id, self.window)
        dialog.enroll_requested.connect(self._enroll_from_submit)
        dialog.queued.connect(self._on_queued)
        dialog.exec()

    @Slot()
    def _enroll_from_submit(self) -> None:
        dialog = self.sender()
        if self.show_enroll() and dialog is not None:
            dialog.reload()

    @Slot(str)
    def _on_queued(self, case_id: str) -> None:
        self.service.send_now()
        self.window.refresh_cases()
        if self.window.editor.case_id == case_id:
            self.window.editor.load_case(case_id)

    def shutdown(self) -> None:
        """Stop the engine (bounded) before the database executor closes."""
        self._status_timer.stop()
        self.service.shutdown()
