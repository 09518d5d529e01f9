"""The desktop's handle on the DICOM receiver: start/stop by settings, news as Qt signals.

``ReceiverService`` owns one ``sync.dicom_receiver.Receiver``. The receiver's association
threads (pynetdicom's, never the GUI thread) encrypt what arrives; their store changes run on
the store's writer (the main window's DatabaseExecutor); what they report is re-emitted as
signals of this GUI-thread object, so connected slots run on the GUI thread (queued).
Thread-safety: create, ``apply`` and ``stop`` on the GUI thread; the callbacks run on
association threads and only emit signals.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal

import wording.receiver
from local_store.receiver_settings import ReceiverSettings
from sync.dicom_receiver import Receiver, ReceiverError

log = logging.getLogger(__name__)


def tr_receiver(code: str) -> str:
    """The translated sentence for a receiver, settings or tray code."""
    return QCoreApplication.translate(wording.CONTEXT, wording.receiver.receiver_text(code))


def tr_incoming_reason(code: str) -> str:
    text = wording.receiver.INCOMING_REASON.get(code, wording.receiver.INCOMING_REASON["tray"])
    return QCoreApplication.translate(wording.CONTEXT, text)


class ReceiverService(QObject):
    received = Signal(object)  # sync.dicom_receiver.Received
    failed = Signal(object)  # sync.dicom_receiver.ReceiveFailed
    state_changed = Signal()

    def __init__(self, store, executor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.executor = executor
        self.settings = ReceiverSettings()
        self.error_code: str | None = None  # why it is not listening although switched on
        self._receiver: Receiver | None = None

    @property
    def listening(self) -> bool:
        return self._receiver is not None and self._receiver.listening

    def apply(self, settings: ReceiverSettings) -> str | None:
        """Stop, then start again if switched on; returns an error code when it cannot listen.

        Starting only binds the port (no database work), so it is quick enough for the GUI
        thread.
        """
        self.stop(notify=False)
        self.settings = settings
        self.error_code = None
        if settings.enabled:
            receiver = Receiver(
                self.store,
                settings,
                on_received=self.received.emit,
                on_failed=self.failed.emit,
            )
            try:
                receiver.start()
            except ReceiverError as exc:
                log.warning("receiver not started: %s", exc.code)
                self.error_code = exc.code
            else:
                self._receiver = receiver
        self.state_changed.emit()
        return self.error_code

    def stop(self, notify: bool = True) -> None:
        receiver, self._receiver = self._receiver, None
        if receiver is not None:
            receiver.stop()
        if notify:
            self.state_changed.emit()
