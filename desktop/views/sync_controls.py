"""The sync wiring of the main window: the indicator, the toolbar buttons, the engine, the Sync
panel and the Submit review screen.

``SyncControls(window)`` puts the ``SyncIndicator`` in the status bar, adds "Sending" and
"Enroll…" to the toolbar, owns the ``SyncService`` (the engine on its own thread), opens the
Sync panel and the Submit review screen, and stops the engine before the database executor
closes. It sits above the sending screens, which never import it.
The open case's Opinion tab is read again when the engine reports a new opinion or a follow-up
message sent or received (SyncProgress.thread_messages grew).
Thread-safety: GUI thread only; progress arrives as queued signals of the SyncService.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QPushButton, QToolBar

from casework.case_state import load_sending
from desktop.sync_service import SyncService
from desktop.views.submit_dialog import SubmitDialog
from desktop.views.sync_indicator import SyncIndicator
from desktop.views.sync_panel import EnrollDialog, SyncPanel
from desktop.workers import call

STATUS_REFRESH_MS = 30_000  # feed news (assigned, in review) arrive without a state change


class SyncControls(QObject):
    """The main window's sync parts: indicator, toolbar buttons, engine, panel, submit screen."""

    def __init__(self, window) -> None:
        super().__init__(window)

        self.window = window
        self.store = window.store
        self.executor = window.executor
        self.service = SyncService(self.store, self.executor, self)
        self.panel = None
        self._last_key = None
        self._thread_messages: int | None = None  # messages sent or received, as last reported
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
        window.editor.case_changed.connect(self._on_case_changed)
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
        key = (progress.state, progress.bundle_id, progress.queued, progress.new_opinions)
        message = self._thread_changed(progress)
        if key != self._last_key or message:
            arrived = progress.new_opinions > (self._last_key[3] if self._last_key else 0)
            editor = self.window.editor
            if (arrived or message) and editor.case_id is not None:
                editor.opinion_tab.load(editor.case_id)  # the open case may be the one answered
            self._last_key = key
            self.refresh_statuses()

    def _thread_changed(self, progress) -> bool:
        """A follow-up message was sent or received since the last report that counted them
        (a report while a file is sent counts nothing)."""
        if progress.state == "sending":
            return False
        count, before = progress.thread_messages, self._thread_messages
        self._thread_messages = count
        return before is not None and count != before

    @Slot()
    def refresh_statuses(self) -> None:
        self.executor.submit(call(load_sending, self.store), succeeded=self._on_sending)

    @Slot(object)
    def _on_sending(self, sending) -> None:
        """Every screen from the one state (casework.case_state): list, header, status bar."""
        model = self.window.model
        for summary in sending.rows:
            row = model.row_of(summary.id)
            if row is not None and model.summary(row) != summary:
                model.update_row(summary)
            self.window.editor.show_status(
                summary.id, summary.status, summary.shown, summary.id in sending.updating
            )
        self.indicator.set_ready(sending.counts.ready)

    @Slot(str)
    def _on_case_changed(self, _case_id: str) -> None:
        """Marked ready, closed or an update queued: the status bar follows, an update goes."""
        self.service.send_now()
        self.refresh_statuses()

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
        if self.panel is None:
            self.panel = SyncPanel(self.store, self.executor, self.service, self.window)
        self.panel.refresh()
        self.panel.show()
        self.panel.raise_()
        self.panel.activateWindow()

    @Slot()
    def show_enroll(self) -> bool:
        dialog = EnrollDialog(self.store, self.executor, self.window)
        accepted = dialog.exec() == dialog.DialogCode.Accepted
        if accepted:
            self.service.restart()
        return accepted

    @Slot(str)
    def show_submit(self, case_id: str) -> None:
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
