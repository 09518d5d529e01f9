"""The sync engine: drains the outbox to the enrolled opinion service and reads its feed.

``SyncEngine`` schedules: urgent cases first, then oldest; one bundle at a time, delivered by
sync/delivery.py (register, each file's resumable upload by sync/upload.py, commit, verified
receipt), then the feed read by sync/feed.py. It owns pause and resume, the bandwidth cap, the
probe that the link is back, the backoff per bundle and the progress reported to its caller.
An urgent case queued while a long upload runs stops that upload between blocks (its bytes are
kept at the service) and goes first.

Failures are typed: a permanent one (replayed sequence, a refused signature, another 4xx, a
receipt that does not verify) marks that bundle failed with its code and the next goes on; a
transient one (offline, 5xx, resets) backs that bundle off with full jitter while the others
proceed; a cut after bytes moved is resumed at once by the upload itself. After a SIGKILL, the
next run asks the service for each stored upload's offset and goes on from there. What the
engine learned of the link (``gauge``, sync/link.py) lasts as long as the engine.

On a specialist device the same loop receives: the cases the feed offered (queued by
sync/feed.py) are fetched one at a time, urgent first, by sync/receiving.py and sync/fetch.py
over the same session (timeouts, bandwidth cap) and gauge, backed off the same way; progress
is reported as state "receiving". Cases opened for review are reported "in review" to the
service when the feed is read. On a clinic device the opinions the feed announced (queued by
sync/feed.py) are downloaded, checked and kept the same way, one at a time in feed order, by
sync/opinion_receive.py; progress says how many received opinions nobody has looked at yet.

Follow-up messages of a case's thread (local_store.thread_messages, not outbox rows) are sent
after the bundles, one at a time, oldest first, by sync/thread_send.py once any update bundle
they name has its receipt; a message is backed off and failed like a bundle (``no_peer``, no
specialist yet, waits).

Qt-free. Thread-safety: ``run_once``/``watch`` run on one worker thread; ``pause``,
``resume``, ``send_now`` and ``set_max_rate`` may be called from any thread. Store writes go
straight to the store's functions and run on the store's writer (the desktop's database thread
when it installed one).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from local_store import outbox, received, received_opinions, thread_messages
from local_store.outbox import OutboxEntry, OutboxFile
from local_store.store import Store
from sync import link, protocol
from sync.delivery import BundleFailed, deliver
from sync.enrollment import Enrollment, NotEnrolled, current
from sync.feed import read_feed
from sync.opinion_receive import attempt_receive
from sync.receiving import attempt_fetch, send_opened
from sync.review import service_session
from sync.thread_send import WAIT_CODES, ThreadRefused, deliver_message
from sync.thread_send import due as due_messages
from sync.transport.api import ServiceApi
from sync.transport.http import (
    DEFAULT_TIMEOUTS,
    AuthExpired,
    HttpSession,
    Interrupted,
    Offline,
    ProtocolError,
    ServerBusy,
    SyncError,
)
from sync.transport.tus import TusClient, UploadGone

# Errors that concern the device, not one bundle: every bundle would fail the same way, so
# the run stops and the user is asked to enroll again.
DEVICE_ERRORS = frozenset(
    {
        protocol.Error.DEVICE_UNKNOWN,
        protocol.Error.DEVICE_REVOKED,
        protocol.Error.TOKEN_INVALID,
        protocol.Error.TOKEN_EXPIRED,
        protocol.Error.CHALLENGE_INVALID,
        protocol.Error.WRONG_ROLE,
    }
)

ONCE_ATTEMPTS = 6  # failures in a row before `sync --once` leaves a bundle for next time
PROBE_TRIES = 3
FEED_POLL_SECONDS = 60.0
PROGRESS_EVERY = 0.25
PREEMPT_CHECK_SECONDS = 2.0  # how often a long upload looks for a newly queued urgent case


@dataclass(frozen=True)
class SyncProgress:
    # "offline" | "idle" | "sending" | "receiving" | "paused" | "waiting". While receiving,
    # bundle_id/file_*/bundle_* are the case being fetched (case_id is None until stored).
    state: str
    bundle_id: str | None = None
    case_id: str | None = None
    file_name: str | None = None
    file_done: int = 0
    file_total: int = 0
    bundle_done: int = 0
    bundle_total: int = 0
    rate: float | None = None
    seconds_left: float | None = None
    queued: int = 0
    last_error: str | None = None
    retry_at: float | None = None  # epoch seconds
    to_receive: int = 0  # cases offered to this device and not fetched yet
    new_opinions: int = 0  # opinions received and not looked at yet
    # Follow-up messages received here or sent from here: a screen showing a thread reloads
    # it when this grows.
    thread_messages: int = 0


@dataclass
class SyncResult:
    sent: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    offline: bool = False
    pending: int = 0
    error: str | None = None  # a device-level code that stopped the run (enroll again)
    fetched: list[tuple[str, str]] = field(default_factory=list)  # (bundle id, local case id)
    fetch_failed: list[tuple[str, str]] = field(default_factory=list)  # (bundle id, code)
    withdrawn: list[tuple[str, str]] = field(default_factory=list)  # (bundle id, code)
    to_receive: int = 0
    opinions: list[tuple[str, str]] = field(default_factory=list)  # (opinion id, case id)
    opinion_refused: list[tuple[str, str]] = field(default_factory=list)  # (opinion id, code)
    messages_sent: list[str] = field(default_factory=list)  # follow-up message ids
    messages_failed: list[tuple[str, str]] = field(default_factory=list)  # (message id, code)


class _DeviceStop(Exception):
    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


class _StopFlag:
    """The run's cancel flag, also raised by pause() and by a more urgent bundle that is due
    (looked for every PREEMPT_CHECK_SECONDS): the upload stops between blocks."""

    def __init__(self, cancel: threading.Event, engine: SyncEngine, entry: OutboxEntry):
        self._cancel = cancel
        self._engine = engine
        self._entry = entry
        self._checked = time.monotonic()
        self._outranked = False

    def is_set(self) -> bool:
        if self._cancel.is_set() or self._engine.paused:
            return True
        now = time.monotonic()
        if not self._outranked and now - self._checked >= PREEMPT_CHECK_SECONDS:
            self._checked = now
            self._outranked = self._engine.outranked(self._entry)
        return self._outranked


class _ReceiveStop:
    """A fetch's cancel flag: the run's cancel, or pause()."""

    def __init__(self, cancel: threading.Event, engine: SyncEngine):
        self._cancel = cancel
        self._engine = engine

    def is_set(self) -> bool:
        return self._cancel.is_set() or self._engine.paused


class SyncEngine:
    def __init__(
        self,
        store: Store,
        data_dir: Path,
        *,
        timeouts: tuple[float, float] = DEFAULT_TIMEOUTS,
        max_rate: float | None = None,
        clock: Callable[[], float] = time.time,
    ):
        self.store = store
        self.data_dir = Path(data_dir)
        self.timeouts = timeouts
        self._clock = clock
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._paused = outbox.is_paused(store)
        self._max_rate = max_rate if max_rate else outbox.max_rate(store)
        self._session: HttpSession | None = None
        self.gauge = link.LinkGauge(timeouts[1])  # the link as measured, kept across runs
        self._last_emit = 0.0
        self._progress: Callable[[SyncProgress], None] = lambda p: None
        self._last_error: str | None = None
        self._queued = 0
        self._fetch_only: frozenset[str] | None = None

    # ---- controls (any thread)

    @property
    def paused(self) -> bool:
        return self._paused

    def pause(self) -> None:
        self._paused = True
        outbox.set_paused(self.store, True)
        self._wake.set()

    def resume(self) -> None:
        self._paused = False
        outbox.set_paused(self.store, False)
        self._wake.set()

    def send_now(self) -> None:
        """Retry every waiting bundle at once (wakes any backoff sleep)."""
        outbox.clear_waits(self.store)
        self._wake.set()

    def set_max_rate(self, bytes_per_second: float | None) -> None:
        """The bandwidth cap for this engine (None: no cap); takes effect on the next block."""
        with self._lock:
            self._max_rate = bytes_per_second or None
            if self._session is not None:
                self._session.max_rate = self._max_rate

    # ---- running

    def run_once(
        self,
        cancel: threading.Event | None = None,
        progress=None,
        *,
        fetch_only: Collection[str] | None = None,
    ) -> SyncResult:
        """Send what is queued, read the feed and fetch the cases offered (only those of
        ``fetch_only`` when given); stop when done, offline or out of retries."""
        self._fetch_only = frozenset(fetch_only) if fetch_only is not None else None
        try:
            return self._run(cancel or threading.Event(), progress, watch=False)
        finally:
            self._fetch_only = None

    def watch(self, cancel: threading.Event, progress=None) -> SyncResult:
        """Keep sending and reading the feed until ``cancel`` is set."""
        return self._run(cancel, progress, watch=True)

    def _run(self, cancel: threading.Event, progress, watch: bool) -> SyncResult:
        enrollment = current(self.store)
        if enrollment is None:
            raise NotEnrolled()
        self._progress = progress or (lambda p: None)
        result = SyncResult()
        failures_this_run: dict[str, int] = {}
        session = service_session(self.store, self.timeouts, self._max_rate)
        with self._lock:
            self._session = session
        api = ServiceApi(session)
        tus = TusClient(session, protocol.UPLOADS_PATH)
        # A new run is a new chance: nothing waits on a backoff from an earlier run.
        outbox.clear_waits(self.store)
        received.clear_fetch_waits(self.store)
        received_opinions.clear_waits(self.store)
        thread_messages.clear_waits(self.store)
        fetch_failures: dict[str, int] = {}
        opinion_failures: dict[int, int] = {}
        message_failures: dict[str, int] = {}
        online = False
        feed_due = 0.0
        try:
            while not cancel.is_set():
                if self._paused:
                    self._emit("paused")
                    if not watch:
                        break
                    self._sleep(cancel, 1.0)
                    continue
                if not online:
                    online = self._probe(api, cancel, tries=PROBE_TRIES)
                    if not online:
                        if not watch:
                            result.offline = True
                            break
                        self._emit("offline", last_error=Offline.code)
                        self._sleep(cancel, link.backoff_delay(3, cap=30.0) + 2.0)
                        continue
                    # The link is back: whatever waited for it goes now.
                    outbox.clear_waits(self.store)
                    received.clear_fetch_waits(self.store)
                    received_opinions.clear_waits(self.store)
                    thread_messages.clear_waits(self.store)
                entries = outbox.open_entries(self.store)
                self._queued = len(entries)
                now = self._clock()
                usable = [
                    e for e in entries if failures_this_run.get(e.bundle_id, 0) < ONCE_ATTEMPTS
                ]
                due = [e for e in usable if (e.next_attempt_at or 0) <= now]
                if due:
                    entry = due[0]
                    online = self._attempt(entry, enrollment, api, tus, cancel, result)
                    fresh = outbox.get_entry(self.store, entry.bundle_id)
                    if not watch and fresh is not None and fresh.state in outbox.OPEN_STATES:
                        # Failures in a row without a byte moved; a cut after progress does
                        # not count, so a flaky link still finishes in one `sync --once`.
                        if fresh.sent_bytes > entry.sent_bytes:
                            failures_this_run[entry.bundle_id] = 0
                        elif fresh.attempts:
                            failures_this_run[entry.bundle_id] = (
                                failures_this_run.get(entry.bundle_id, 0) + 1
                            )
                    continue
                messages = [
                    m
                    for m in due_messages(self.store, float("inf"))
                    if message_failures.get(m.message_id, 0) < ONCE_ATTEMPTS
                ]
                message_due = [m for m in messages if (m.next_attempt_at or 0) <= now]
                if message_due:
                    row = message_due[0]
                    online = self._attempt_message(row, enrollment, api, result)
                    if not watch and row.message_id not in result.messages_sent:
                        message_failures[row.message_id] = (
                            message_failures.get(row.message_id, 0) + 1
                        )
                    continue
                fetches = self._fetches(fetch_failures)
                fetch_due = [f for f in fetches if (f.next_attempt_at or 0) <= now]
                if fetch_due:
                    outcome = self._attempt_fetch(fetch_due[0], enrollment, session, cancel, result)
                    online = outcome.online
                    if outcome.moved or outcome.case_id:
                        fetch_failures[fetch_due[0].bundle_id] = 0
                    elif not watch:
                        bid = fetch_due[0].bundle_id
                        fetch_failures[bid] = fetch_failures.get(bid, 0) + 1
                    continue
                opinions = self._opinion_fetches(opinion_failures)
                opinion_due = [o for o in opinions if (o.next_attempt_at or 0) <= now]
                if opinion_due:
                    got = self._attempt_opinion(opinion_due[0], enrollment, session, cancel, result)
                    online = got.online
                    key = opinion_due[0].cursor
                    if got.moved or got.case_id:
                        opinion_failures[key] = 0
                    elif not watch:
                        opinion_failures[key] = opinion_failures.get(key, 0) + 1
                    continue
                if self._clock() >= feed_due:
                    # Set first: a feed that keeps failing is tried again at the next poll,
                    # never in a tight loop.
                    feed_due = self._clock() + FEED_POLL_SECONDS
                    try:
                        read = read_feed(self.store, api, enrollment)
                        if read.error:
                            self._last_error = read.error
                        send_opened(self.store, api)
                    except Offline:
                        online = False
                        continue
                    except (ServerBusy, UploadGone) as exc:
                        self._last_error = exc.code
                    except (AuthExpired, ProtocolError) as exc:
                        if isinstance(exc, AuthExpired) or exc.code in DEVICE_ERRORS:
                            raise _DeviceStop(exc.code) from None
                        self._last_error = exc.code
                fetches = self._fetches(fetch_failures)
                opinions = self._opinion_fetches(opinion_failures)
                if not watch and not usable and not fetches and not opinions and not messages:
                    break
                due_at = [f.next_attempt_at for f in fetches]
                due_at += [o.next_attempt_at for o in opinions]
                if any((t or 0) <= self._clock() for t in due_at):
                    continue  # offered by the feed just read: fetched now
                waits = [e.next_attempt_at for e in usable if e.next_attempt_at]
                waits += [f.next_attempt_at for f in fetches if f.next_attempt_at]
                waits += [o.next_attempt_at for o in opinions if o.next_attempt_at]
                waits += [m.next_attempt_at for m in messages if m.next_attempt_at]
                wake_at = min([*waits, feed_due]) if watch else min(waits or [now + 1.0])
                if waits:
                    waiting = min(waits, key=lambda t: t)
                    self._emit("waiting", last_error=self._last_error, retry_at=waiting)
                else:
                    self._emit("idle")
                self._sleep(cancel, max(0.0, wake_at - self._clock()))
        except _DeviceStop as stop:
            result.error = stop.code
        finally:
            with self._lock:
                self._session = None
            session.close()
            rate = self.gauge.acked.rate()
            if rate:
                outbox.record_rate(self.store, rate)
        remaining = outbox.open_entries(self.store)
        result.pending = len(remaining)
        result.to_receive = len(received.fetches(self.store))
        if result.offline:
            self._emit("offline", last_error=Offline.code)
        elif not remaining:
            self._emit("idle")
        return result

    def _probe(self, api: ServiceApi, cancel: threading.Event, tries: int) -> bool:
        for attempt in range(1, tries + 1):
            try:
                api.service_info()
                return True
            except (Offline, ServerBusy, ProtocolError):
                if attempt == tries or cancel.is_set():
                    return False
                self._sleep(cancel, link.backoff_delay(attempt, base=1.0))
        return False

    def _sleep(self, cancel: threading.Event, seconds: float) -> None:
        """Wait up to ``seconds``; pause, resume, send_now and cancel end it early."""
        deadline = time.monotonic() + seconds
        while not cancel.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                return
            if self._wake.wait(min(left, 0.5)):
                self._wake.clear()
                return

    # ---- one bundle

    def _attempt(
        self,
        entry: OutboxEntry,
        enrollment: Enrollment,
        api: ServiceApi,
        tus: TusClient,
        cancel: threading.Event,
        result: SyncResult,
    ) -> bool:
        """Try to deliver ``entry``; returns whether the service still looks reachable."""
        bundle_id = entry.bundle_id
        try:
            deliver(
                self.store,
                entry,
                enrollment,
                api,
                tus,
                self.gauge,
                _StopFlag(cancel, self, entry),
                partial(self._emit_sending, entry),
            )
        except Interrupted:
            return True
        except BundleFailed as failure:
            self._fail(bundle_id, failure.code, permanent=True)
            result.failed.append((bundle_id, failure.code))
            return True
        except AuthExpired as exc:
            raise _DeviceStop(exc.code) from None
        except ProtocolError as exc:
            if exc.code in DEVICE_ERRORS:
                raise _DeviceStop(exc.code) from None
            if exc.code == protocol.Error.BUNDLE_UNKNOWN:
                outbox.forget_registration(self.store, bundle_id)
                self._fail(bundle_id, exc.code, permanent=False)
                return True
            self._fail(bundle_id, exc.code, permanent=True)
            result.failed.append((bundle_id, exc.code))
            return True
        except (Offline, ServerBusy, UploadGone) as exc:
            self._fail(bundle_id, exc.code, permanent=False)
            return not isinstance(exc, Offline)
        except SyncError as exc:
            self._fail(bundle_id, exc.code, permanent=False)
            return True
        result.sent.append(bundle_id)
        self._last_error = None  # a later attempt got through: the old problem is over
        return True

    def _attempt_message(
        self,
        row: thread_messages.ThreadRow,
        enrollment: Enrollment,
        api: ServiceApi,
        result: SyncResult,
    ) -> bool:
        """Try to send one follow-up message (sync/thread_send.py); returns whether the
        service still looks reachable. Failures are handled as a bundle's are."""
        try:
            deliver_message(self.store, row, api, enrollment)
        except ThreadRefused as refused:
            self._fail_message(row, refused.code, permanent=True)
            result.messages_failed.append((row.message_id, refused.code))
            return True
        except AuthExpired as exc:
            raise _DeviceStop(exc.code) from None
        except ProtocolError as exc:
            if exc.code in DEVICE_ERRORS:
                raise _DeviceStop(exc.code) from None
            permanent = exc.code not in WAIT_CODES
            self._fail_message(row, exc.code, permanent=permanent)
            if permanent:
                result.messages_failed.append((row.message_id, exc.code))
            return True
        except (Offline, ServerBusy) as exc:
            self._fail_message(row, exc.code, permanent=False)
            return not isinstance(exc, Offline)
        except SyncError as exc:
            self._fail_message(row, exc.code, permanent=False)
            return True
        result.messages_sent.append(row.message_id)
        self._last_error = None
        return True

    def _fail_message(self, row: thread_messages.ThreadRow, code: str, *, permanent: bool):
        self._last_error = code
        retry_at = None if permanent else self._clock() + link.backoff_delay(row.attempts + 1)
        thread_messages.record_failure(
            self.store, row.message_id, code, retry_at=retry_at, permanent=permanent
        )

    def _fetches(self, failures: dict[str, int]) -> list[received.Fetch]:
        """The cases to fetch in this run, urgent first (local_store.received.fetches)."""
        return [
            f
            for f in received.fetches(self.store)
            if failures.get(f.bundle_id, 0) < ONCE_ATTEMPTS
            and (self._fetch_only is None or f.bundle_id in self._fetch_only)
        ]

    def _attempt_fetch(
        self,
        fetch: received.Fetch,
        enrollment: Enrollment,
        session: HttpSession,
        cancel: threading.Event,
        result: SyncResult,
    ):
        """One try at fetching a case offered to this device (sync/receiving.py)."""
        outcome = attempt_fetch(
            self.store,
            self.data_dir,
            session,
            self.gauge,
            fetch,
            enrollment,
            _ReceiveStop(cancel, self),
            partial(self._emit_receiving, fetch.bundle_id),
            self._clock,
        )
        if outcome.device_error:
            raise _DeviceStop(outcome.device_error)
        if outcome.case_id:
            result.fetched.append((fetch.bundle_id, outcome.case_id))
        elif outcome.refused:
            self._last_error = outcome.refused
            result.fetch_failed.append((fetch.bundle_id, outcome.refused))
        elif outcome.withdrawn:
            result.withdrawn.append((fetch.bundle_id, outcome.withdrawn))
        else:
            fresh = received.get_fetch(self.store, fetch.bundle_id)
            if fresh is not None and fresh.last_error:
                self._last_error = fresh.last_error
        return outcome

    def _opinion_fetches(self, failures: dict[int, int]) -> list[received_opinions.OpinionFetch]:
        """The opinions to download in this run, in feed order."""
        return [
            o
            for o in received_opinions.fetches(self.store)
            if failures.get(o.cursor, 0) < ONCE_ATTEMPTS
        ]

    def _attempt_opinion(
        self,
        fetch: received_opinions.OpinionFetch,
        enrollment: Enrollment,
        session: HttpSession,
        cancel: threading.Event,
        result: SyncResult,
    ):
        """One try at receiving an opinion announced to this device (sync/opinion_receive.py)."""
        outcome = attempt_receive(
            self.store,
            self.data_dir,
            session,
            self.gauge,
            fetch,
            enrollment,
            _ReceiveStop(cancel, self),
            partial(self._emit_opinion, fetch.bundle_id),
            self._clock,
        )
        if outcome.device_error:
            raise _DeviceStop(outcome.device_error)
        if outcome.case_id:
            result.opinions.append((fetch.opinion_id, outcome.case_id))
            self._last_error = None
        elif outcome.refused:
            self._last_error = outcome.refused
            result.opinion_refused.append((fetch.opinion_id, outcome.refused))
        return outcome

    def _emit_opinion(self, bundle_id: str, name: str, done: int, size: int) -> None:
        self._emit_receiving(bundle_id, name, 0, size, done, size)

    def outranked(self, entry: OutboxEntry) -> bool:
        """Whether a more urgent bundle is due: the current upload stops between blocks (its
        bytes are kept at the service) and the urgent one goes first."""
        now = self._clock()
        return any(
            e.priority > entry.priority and (e.next_attempt_at or 0) <= now
            for e in outbox.open_entries(self.store)
            if e.bundle_id != entry.bundle_id
        )

    def _fail(self, bundle_id: str, code: str, *, permanent: bool) -> None:
        self._last_error = code
        entry = outbox.get_entry(self.store, bundle_id)
        attempts = (entry.attempts if entry else 0) + 1
        retry_at = None if permanent else self._clock() + link.backoff_delay(attempts)
        outbox.record_failure(self.store, bundle_id, code, retry_at=retry_at, permanent=permanent)

    # ---- progress

    def _emit(self, state: str, **kw) -> None:
        queued = len(outbox.open_entries(self.store))
        to_receive = len(received.fetches(self.store))
        self._progress(
            SyncProgress(
                state=state,
                queued=queued,
                to_receive=to_receive,
                rate=self.gauge.shown_rate(),
                new_opinions=received_opinions.unseen_count(self.store),
                thread_messages=thread_messages.settled_count(self.store),
                **kw,
            )
        )

    def _emit_receiving(
        self, bundle_id: str, name: str, done_before: int, total: int, file_done: int, size: int
    ) -> None:
        """Progress of a case being fetched, at most every PROGRESS_EVERY seconds and once
        when a file is done."""
        now = time.monotonic()
        if now - self._last_emit < PROGRESS_EVERY and file_done < size:
            return
        self._last_emit = now
        rate = self.gauge.shown_rate()
        done = done_before + file_done
        self._progress(
            SyncProgress(
                state="receiving",
                bundle_id=bundle_id,
                file_name=name,
                file_done=file_done,
                file_total=size,
                bundle_done=done,
                bundle_total=total,
                rate=rate,
                seconds_left=link.estimate_seconds(total - done, rate) if rate else None,
                queued=self._queued,
                to_receive=len(received.fetches(self.store)),
                new_opinions=received_opinions.unseen_count(self.store),
                thread_messages=thread_messages.settled_count(self.store),
            )
        )

    def _emit_sending(
        self, entry: OutboxEntry, f: OutboxFile, done_before: int, bundle_total: int, file_done: int
    ) -> None:
        """Progress of ``f``, at most every PROGRESS_EVERY seconds and once when it is done."""
        # Bytes are moving: whatever went wrong before is over, and no screen may keep saying
        # it (the waiting state after this upload reports only a new problem).
        self._last_error = None
        now = time.monotonic()
        if now - self._last_emit < PROGRESS_EVERY and file_done < f.size:
            return
        self._last_emit = now
        rate = self.gauge.shown_rate()
        bundle_done = done_before + file_done
        left = bundle_total - bundle_done
        self._progress(
            SyncProgress(
                state="sending",
                bundle_id=entry.bundle_id,
                case_id=entry.case_id,
                file_name=f.name,
                file_done=file_done,
                file_total=f.size,
                bundle_done=bundle_done,
                bundle_total=bundle_total,
                rate=rate,
                seconds_left=link.estimate_seconds(left, rate) if rate else None,
                queued=self._queued,
                last_error=None,
            )
        )
