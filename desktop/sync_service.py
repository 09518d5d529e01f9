"""The desktop's handle on the sync engine: one engine on its own thread, news as Qt signals.

``SyncService`` reads the enrollment on the database executor and, when this computer is
enrolled, runs ``sync.engine.SyncEngine.watch`` on a one-thread JobPool (threads start through
desktop/workers.py, see refcount_guard). The engine's store writes run on the store's writer
(the database executor). The engine thread only stores the newest ``SyncProgress`` in
an attribute (one atomic write); a GUI-thread timer re-emits it as ``progress`` at most every
250 ms, so a fast link cannot flood the GUI thread. ``pause``, ``resume`` and ``send_now`` call
the engine's thread-safe methods. ``shutdown`` sets cancel, wakes the engine and waits with a
bound. Thread-safety: create and call from the GUI thread.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop.workers import JobPool, call
from sync import enrollment as enrollment_module
from sync.engine import SyncEngine

log = logging.getLogger(__name__)

POLL_MS = 250
STOP_WAIT_MS = 8000


class SyncService(QObject):
    progress = Signal(object)  # sync.engine.SyncProgress, the newest
    enrollment_changed = Signal(object)  # sync.enrollment.Enrollment or None
    failed = Signal(str)  # the engine stopped on an unexpected error (its code)

    def __init__(self, store, executor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.executor = executor
        self.pool = JobPool(1, self)
        # The engine's controls write settings, which waits for the store's writer; that must
        # not block the GUI thread, so they run on this small pool.
        self.controls = JobPool(1, self)
        self.enrollment = None
        self.latest = None  # the newest SyncProgress shown
        self.error_code: str | None = None
        self._engine: SyncEngine | None = None
        self._engine_ready = threading.Event()
        self._cancel: threading.Event | None = None
        self._incoming = None  # written by the engine thread, read by the timer
        self._want_paused: bool | None = None
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    @property
    def running(self) -> bool:
        return self._cancel is not None and not self._cancel.is_set()

    @property
    def paused(self) -> bool:
        return self.latest is not None and self.latest.state == "paused"

    # ------------------------------------------------------------------ start / stop

    def start(self) -> None:
        """Read the enrollment; start the engine if this computer is enrolled."""
        if self._closed:
            return
        self.executor.submit(
            call(enrollment_module.current, self.store),
            succeeded=self._on_enrollment,
            failed=self._on_enrollment_failed,
        )

    @Slot(object)
    def _on_enrollment(self, enrollment) -> None:
        self.enrollment = enrollment
        self.enrollment_changed.emit(enrollment)
        if enrollment is not None and not self.running and not self._closed:
            self._start_engine()

    @Slot(object)
    def _on_enrollment_failed(self, error) -> None:
        self.error_code = getattr(error, "code", "store_error")
        self.enrollment_changed.emit(None)

    def _start_engine(self) -> None:
        cancel = threading.Event()
        self._cancel = cancel
        self._engine_ready.clear()
        store = self.store

        def work(cancel: threading.Event, _progress) -> None:
            engine = SyncEngine(store, store.data_dir)
            self._engine = engine
            self._engine_ready.set()
            if self._want_paused is True:
                engine.pause()
            elif self._want_paused is False:
                engine.resume()
            engine.watch(cancel, self._store_progress)

        self._timer.start()
        self.pool.submit(work, failed=self._on_failed, cancel=cancel)

    def _store_progress(self, progress) -> None:
        # Engine thread: one attribute write; the GUI timer picks it up.
        self._incoming = progress

    @Slot()
    def _poll(self) -> None:
        incoming = self._incoming
        if incoming is not None and incoming is not self.latest:
            self.latest = incoming
            self.progress.emit(incoming)

    @Slot(object)
    def _on_failed(self, error) -> None:
        self.error_code = getattr(error, "code", None) or type(error).__name__
        log.warning("sync engine stopped: %s", self.error_code)
        self.failed.emit(self.error_code)

    def _stop_engine(self, wait_ms: int) -> bool:
        cancel, self._cancel = self._cancel, None
        if cancel is None:
            return True
        cancel.set()  # the engine's sleeps look at it every half second
        done = self.pool.waitForDone(wait_ms)
        self._engine = None
        return done

    def restart(self) -> None:
        """After enrolling: stop the engine (bounded) and start again with the new enrollment."""
        self._stop_engine(STOP_WAIT_MS)
        self.start()

    def shutdown(self) -> None:
        """Stop the engine before the database executor closes; bounded."""
        self._closed = True
        self._timer.stop()
        self.controls.shutdown(STOP_WAIT_MS)
        if not self._stop_engine(STOP_WAIT_MS):
            log.warning("sync engine did not stop within %d ms", STOP_WAIT_MS)
        self.pool.shutdown(0)

    # ------------------------------------------------------------------ controls

    def _control(self, name: str) -> bool:
        engine = self._engine
        if engine is None:
            return False
        self.controls.submit(call(getattr(engine, name)), failed=self._on_control_failed)
        return True

    @Slot(object)
    def _on_control_failed(self, error) -> None:
        log.warning("sync control failed: %s", getattr(error, "code", type(error).__name__))

    def pause(self) -> None:
        self._want_paused = True
        self._control("pause")

    def resume(self) -> None:
        self._want_paused = False
        self._control("resume")

    def send_now(self) -> None:
        if not self._control("send_now") and not self.running:
            self.start()  # enrolled meanwhile (by the command line, for instance)
