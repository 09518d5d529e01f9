"""Background jobs for the GUI: a QRunnable wrapper and the single database executor.

Work functions are plain Python ``fn(cancel: threading.Event, progress: (float, str) -> None)``
that raise typed errors and never touch widgets. ``Job`` runs one on a pool thread and reports
through ``JobSignals``. A job ends in one of three states: ``succeeded`` (its result),
``failed`` (an error: expected ones are shown, others logged with their traceback) or
``cancelled`` (it raised ``foundation.cancel.Cancelled``): an outcome the user asked for, never
an error, so it is neither logged as one nor sent to ``failed``. The signals object is created
on the GUI thread, so connections to @Slot methods of GUI-thread objects are queued onto the
GUI thread; never connect lambdas (they would run on the worker thread).

``DatabaseExecutor`` is a QThreadPool with exactly one thread that never expires. The GUI sends
every store call to it, so the GUI thread never waits for the disk. It is also the store's
writer: created, it installs ``run_and_wait`` with ``Store.install_writer``, so every store
change from any other thread (imports, document reading, the sync engine, the receiver) runs on
this one thread, in order; at shutdown it hands writing back to the callers. Thread-safety:
create and call from the GUI thread; jobs run on the pool's thread. ``run_and_wait`` is the
exception: the store calls it from other threads and waits for the result.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop.refcount_guard import pin_singletons
from foundation.cancel import Cancelled
from local_store.errors import StoreError

log = logging.getLogger(__name__)

# PySide6 6.12 on CPython 3.11 loses a reference to None or True on every job, slot call and
# emit, which aborts a long session; every desktop path starts its threads through this module.
pin_singletons()

Progress = Callable[[float, str], None]
WorkFn = Callable[[threading.Event, Progress], Any]


class JobSignals(QObject):
    started = Signal()
    progress = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()


# The states of a Job, in the order they happen; the last three are how it ended.
QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED = (
    "queued",
    "running",
    "succeeded",
    "failed",
    "cancelled",
)


class Job(QRunnable):
    """One work function on a pool thread; cancel with ``job.cancel.set()``."""

    def __init__(self, fn: WorkFn, cancel: threading.Event | None = None) -> None:
        super().__init__()
        self.fn = fn
        self.cancel = cancel or threading.Event()
        self.signals = JobSignals()
        self.state = QUEUED

    def run(self) -> None:
        signals = self.signals
        self.state = RUNNING
        signals.started.emit()
        try:
            result = self.fn(self.cancel, signals.progress.emit)
        except Cancelled:
            self.state = CANCELLED
            log.info("background job cancelled")
            signals.cancelled.emit()
        except StoreError as exc:
            # Expected outcomes (invalid intake, full disk) are shown to the user.
            self.state = FAILED
            log.info("background job ended with %s", exc.code)
            signals.failed.emit(exc)
        except Exception as exc:
            self.state = FAILED
            # Log the type only: messages of unforeseen errors can carry patient data.
            log.error(
                "background job failed: %s\n%s",
                type(exc).__name__,
                "".join(traceback.format_tb(exc.__traceback__)),
            )
            signals.failed.emit(exc)
        else:
            self.state = SUCCEEDED
            signals.succeeded.emit(result)
        finally:
            signals.finished.emit()


def call(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> WorkFn:
    """A work function for a short call that neither reports progress nor can be cancelled."""

    def work(cancel: threading.Event, progress: Progress) -> Any:
        return fn(*args, **kwargs)

    return work


class JobPool(QThreadPool):
    """A pool that keeps its jobs alive until they finish and can cancel them all."""

    def __init__(self, max_threads: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setMaxThreadCount(max_threads)
        # A pool thread that expired would strand its SQLite connection; keep threads alive.
        self.setExpiryTimeout(-1)
        self._jobs: dict[int, Job] = {}
        self._closed = False

    def submit(
        self,
        fn: WorkFn,
        *,
        succeeded: Callable[[Any], None] | None = None,
        failed: Callable[[Any], None] | None = None,
        progress: Callable[[float, str], None] | None = None,
        finished: Callable[[], None] | None = None,
        cancel: threading.Event | None = None,
        cancelled: Callable[[], None] | None = None,
    ) -> Job | None:
        """Queue ``fn``; the callbacks must be @Slot methods of GUI-thread QObjects.

        ``cancelled`` runs when the job stopped because it was cancelled; a job without it
        that is cancelled just ends (``finished`` still runs).
        """
        if self._closed:
            return None
        job = Job(fn, cancel)
        signals = job.signals
        if succeeded is not None:
            signals.succeeded.connect(succeeded)
        if failed is not None:
            signals.failed.connect(failed)
        if cancelled is not None:
            signals.cancelled.connect(cancelled)
        if progress is not None:
            signals.progress.connect(progress)
        if finished is not None:
            signals.finished.connect(finished)
        key = id(job)
        self._jobs[key] = job
        signals.setProperty("job_key", key)
        signals.finished.connect(self._forget)
        self.start(job)
        return job

    @Slot()
    def _forget(self) -> None:
        sender = self.sender()
        if sender is not None:
            self._jobs.pop(sender.property("job_key"), None)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def shutdown(self, timeout_ms: int = 5000, last: Callable[[], None] | None = None) -> bool:
        """Cancel queued and running jobs, run ``last`` on the pool thread, wait with a bound."""
        self._closed = True
        for job in list(self._jobs.values()):
            job.cancel.set()
        if last is not None:
            self.start(Job(call(last)))
        return self.waitForDone(timeout_ms)


class DatabaseExecutor(JobPool):
    """The one thread on which the GUI's store calls and every store write happen, in order."""

    def __init__(self, store, parent: QObject | None = None) -> None:
        super().__init__(1, parent)
        self.store = store
        self._thread_id: int | None = None
        # The first job: whatever runs on this thread later (a submitted job that writes) finds
        # the id set, and writes directly instead of queueing behind itself.
        self.start(self._note_thread)
        store.install_writer(self.run_and_wait)

    def _note_thread(self) -> None:
        self._thread_id = threading.get_ident()

    def run_and_wait(self, fn: Callable[[], Any]) -> Any:
        """Run ``fn()`` on the executor thread and return its result (or raise its error).

        The store's writer: ``Store.write`` calls it from other threads. On the executor
        thread itself it runs ``fn`` at once (queueing would deadlock). Never call it from the
        GUI thread: it blocks until done.
        """
        if self._thread_id == threading.get_ident():
            return fn()
        done = threading.Event()
        box: dict[str, Any] = {}

        def run() -> None:
            try:
                box["result"] = fn()
            except BaseException as exc:  # handed to the waiting thread, which re-raises it
                box["error"] = exc
            finally:
                done.set()

        if self._closed:
            raise Cancelled("closing")
        # A plain callable, not submit(): no signals object is needed (and none should be
        # created on this thread). QThreadPool.start is thread-safe.
        self.start(run)
        done.wait()
        if "error" in box:
            raise box["error"]
        return box.get("result")

    def shutdown(self, timeout_ms: int = 5000, last: Callable[[], None] | None = None) -> bool:
        # Queued saves still run (their cancel events only stop long work such as imports);
        # then the executor's own connection is closed on its own thread. Writes after that
        # (none in the app, which is closing) run on their callers' threads, one at a time.
        done = super().shutdown(timeout_ms, last or self.store.close_thread_connection)
        self.store.install_writer(None)
        return done
