"""The receiver's place in the main window: toolbar buttons, status-bar indicator, start/stop.

``ReceiverControls(window)`` adds "Incoming images (N)" and "Settings" to the main toolbar and
a status-bar indicator saying whether CaseBridge is listening (AE title and port) or why not.
It owns the ``ReceiverService``: at start it loads the receiver settings (on the executor) and
starts listening if switched on; ``shutdown`` stops it before the executor closes, so no
association waits on a closed database thread. Thread-safety: GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QLabel, QPushButton, QToolBar

from desktop.receiver_service import ReceiverService, tr_receiver
from desktop.views.incoming import IncomingDialog
from desktop.views.settings_dialog import SettingsDialog
from desktop.workers import call
from local_store import incoming, receiver_settings

COUNT_DELAY_MS = 500
LISTENING_STYLE = "color: #1d5e27; font-weight: bold; padding: 0 8px;"
PROBLEM_STYLE = "color: #8a0015; font-weight: bold; padding: 0 8px;"


def _startup(store):
    return receiver_settings.load(store), incoming.count(store)


class ReceiverControls(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.store = window.store
        self.executor = window.executor
        self.service = ReceiverService(self.store, self.executor, self)
        self.incoming_dialog: IncomingDialog | None = None
        self.count = 0
        self.ready = False

        self.incoming_button = QPushButton()
        self.incoming_button.setObjectName("incomingButton")
        self.incoming_button.clicked.connect(self.show_incoming)
        self.settings_button = QPushButton(self.tr("Settings"))
        self.settings_button.clicked.connect(self.show_settings)
        self._add_to_toolbar()
        self.indicator = QLabel()
        self.indicator.setObjectName("receiverIndicator")
        window.statusBar().addPermanentWidget(self.indicator)
        self._set_count(0)

        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self.refresh_count)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(COUNT_DELAY_MS)
        self._reload_timer.timeout.connect(self._reload_open_case)
        self.service.state_changed.connect(self._show_state)
        self.service.received.connect(self._on_received)
        self.service.failed.connect(self._on_failed)
        self._show_state()
        self.executor.submit(call(_startup, self.store), succeeded=self._on_startup)

    def _add_to_toolbar(self) -> None:
        bar = self.window.findChild(QToolBar, "mainToolbar")
        # Just before "About", so the right end of the toolbar reads: Incoming, Settings, About.
        about = getattr(self.window, "about_button", None)
        before = next((a for a in bar.actions() if bar.widgetForAction(a) is about), None)
        for button in (self.incoming_button, self.settings_button):
            if before is None:
                bar.addWidget(button)
            else:
                bar.insertWidget(before, button)

    # ------------------------------------------------------------------ state

    @Slot(object)
    def _on_startup(self, result) -> None:
        settings, count = result
        self._set_count(count)
        if settings.enabled:
            self.service.apply(settings)
        self.ready = True

    @Slot()
    def _show_state(self) -> None:
        service = self.service
        if service.listening:
            text = self.tr("● Receiving images as %1 on port %2")
            text = text.replace("%1", service.settings.ae_title)
            self.indicator.setText(text.replace("%2", str(service.settings.port)))
            self.indicator.setStyleSheet(LISTENING_STYLE)
            self.indicator.setToolTip(self.tr("Scanners on this network can send images here."))
            self.indicator.show()
        elif service.error_code:
            self.indicator.setText(self.tr("Not receiving images: see Settings"))
            self.indicator.setStyleSheet(PROBLEM_STYLE)
            self.indicator.setToolTip(tr_receiver(service.error_code))
            self.indicator.show()
        else:
            self.indicator.hide()

    def _set_count(self, count: int) -> None:
        self.count = count
        if count:
            self.incoming_button.setText(self.tr("Incoming images (%1)").replace("%1", str(count)))
        else:
            self.incoming_button.setText(self.tr("Incoming images"))

    @Slot()
    def refresh_count(self) -> None:
        self.executor.submit(call(incoming.count, self.store), succeeded=self._set_count_slot)

    @Slot(object)
    def _set_count_slot(self, count) -> None:
        self._set_count(count)

    @Slot(object)
    def _on_received(self, received) -> None:
        if not self._count_timer.isActive():
            self._count_timer.start()
        if received.case_id:
            self.window.statusBar().showMessage(self.tr("Images received into the chosen case."))
            panel = self.window.editor.attachments
            if panel.case_id == received.case_id and not self._reload_timer.isActive():
                self._reload_timer.start()  # the open case shows its new scans
        else:
            self.window.statusBar().showMessage(self.tr("Images received: see Incoming images."))

    @Slot()
    def _reload_open_case(self) -> None:
        self.window.editor.attachments.reload()

    @Slot(object)
    def _on_failed(self, failed) -> None:
        self.window.statusBar().showMessage(tr_receiver(failed.code))

    # ------------------------------------------------------------------ dialogs

    @Slot()
    def show_incoming(self) -> None:
        if self.incoming_dialog is None:
            self.incoming_dialog = IncomingDialog(
                self.store, self.executor, self.window.import_pool, self.service, self.window
            )
            self.incoming_dialog.changed.connect(self._set_count_slot)
        else:
            self.incoming_dialog.refresh()
        self.incoming_dialog.show()
        self.incoming_dialog.raise_()
        self.incoming_dialog.activateWindow()

    @Slot()
    def show_settings(self) -> None:
        SettingsDialog(self.store, self.executor, self.service, self.window).exec()

    def shutdown(self) -> None:
        """Stop listening (and end open associations) before the executor closes."""
        self.service.stop(notify=False)
