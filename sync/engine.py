"""The sync engine: drains the outbox to the enrolled opinion service and reads its feed.

Per bundle (urgent cases first, then oldest): register the envelope, create one tus upload
per file (its URL stored before any byte is sent), send the manifest first and then the files
by size, commit, verify the signed receipt against the pinned service key and the local
envelope, and only then mark the bundle sent (case delivered). Then the feed: every item's
signature verified, statuses applied forward-only, the cursor stored after each item.

Failures are typed: a permanent one (replayed sequence, a refused signature, another 4xx, a
receipt that does not verify) marks that bundle failed with its code and the next goes on; a
transient one (offline, 5xx, resets) backs that bundle off with full jitter while the others
proceed; a cut after bytes moved is retried almost at once. After a SIGKILL, the next run asks
the service for each stored upload's offset and goes on from there.

Qt-free. Thread-safety: ``run_once``/``watch`` run on one worker thread; ``pause``,
``resume``, ``send_now`` and ``set_max_rate`` may be called from any thread. Store writes run
on the store's writer (the desktop's database thread when it installed one).
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from local_store import outbox
from local_store.models import CaseStatus
from local_store.store import Store
from sync import link, protocol
from sync.bundle import format as bundle_format
from sync.device_keys import load_or_create
from sync.enrollment import Enrollment, NotEnrolled, current, renew_token, save_token
from sync.enrollment import token as stored_token
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

STATUS_TO_CASE = {
    protocol.Status.RECEIVED: CaseStatus.DELIVERED,
    protocol.Status.ASSIGNED: CaseStatus.ASSIGNED,
    protocol.Status.IN_REVIEW: CaseStatus.IN_REVIEW,
}

# Errors that concern the device, not one bundle: every bundle would fail the same way, so
# the run stops and the user is asked to enroll again.
DEVICE_ERRORS = frozenset(
    {
        protocol.Error.DEVICE_UNKNOWN,
        protocol.Error.DEVICE_REVOKED,
        protocol.Error.TOKEN_INVALID,
        protocol.Error.TOKEN_EXPIRED,
        protocol.Error.CHALLENGE_INVALID,
    }
)

# Local problems and receipt problems that no retry can fix.
BUNDLE_MISSING = "bundle_missing"
RECEIPT_SIGNATURE_BAD = "receipt_signature_bad"
RECEIPT_MISMATCH = "receipt_mismatch"
FEED_SIGNATURE_BAD = "feed_signature_bad"

ONCE_ATTEMPTS = 6  # failures in a row before `sync --once` leaves a bundle for next time
PROBE_TRIES = 3
FEED_POLL_SECONDS = 60.0
PROGRESS_EVERY = 0.25
RATE_SAVE_EVERY = 10.0
PREEMPT_CHECK_SECONDS = 2.0  # how often a long upload looks for a newly queued urgent case


@dataclass(frozen=True)
class SyncProgress:
    state: str  # "offline" | "idle" | "sending" | "paused" | "waiting"
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


@dataclass
class SyncResult:
    sent: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    offline: bool = False
    pending: int = 0
    error: str | None = None  # a device-level code that stopped the run (enroll again)


class BundleFailed(Exception):
    """A bundle that no retry will deliver; ``code`` is stored with it."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


class _DeviceStop(Exception):
    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


class _Either:
    """A cancel flag that is also raised by pause() and by a more urgent bundle waiting."""

    def __init__(self, cancel: threading.Event, engine: SyncEngine, entry):
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


def verify_receipt(
    answer: object, envelope: protocol.Envelope, enrollment: Enrollment
) -> protocol.Signed[protocol.Receipt]:
    """The receipt, when it is signed by the pinned service key and lists exactly the bundle's
    files with their sizes and hashes; raises BundleFailed otherwise."""
    try:
        signed = protocol.Signed.open(protocol.Receipt, answer, enrollment.service_key_raw)
    except protocol.SignatureError:
        raise BundleFailed(RECEIPT_SIGNATURE_BAD) from None
    except protocol.ShapeError:
        raise BundleFailed(RECEIPT_MISMATCH) from None
    if not signed.value.covers(envelope, enrollment.service_id):
        raise BundleFailed(RECEIPT_MISMATCH)
    return signed


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
        self.meter = link.RateMeter()  # bytes handed to the socket (progress display, counts)
        self.acked = link.AckedRate()  # bytes the service acknowledged: sizes chunks and waits
        self._last_chunk: int | None = None
        self.chunk_sizes: list[int] = []  # every PATCH's size this run (tests, benchmarks)
        self.fast_resumes = 0  # cuts resumed at once by HEAD + PATCH (tests, benchmarks)
        self._last_emit = 0.0
        self._last_rate_save = 0.0
        self._progress: Callable[[SyncProgress], None] = lambda p: None
        self._last_error: str | None = None
        self._queued = 0

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

    def run_once(self, cancel: threading.Event | None = None, progress=None) -> SyncResult:
        """Send what is queued and read the feed; stop when done, offline or out of retries."""
        return self._run(cancel or threading.Event(), progress, watch=False)

    def watch(self, cancel: threading.Event, progress=None) -> SyncResult:
        """Keep sending and reading the feed until ``cancel`` is set."""
        return self._run(cancel, progress, watch=True)

    def _run(self, cancel: threading.Event, progress, watch: bool) -> SyncResult:
        enrollment = current(self.store)
        if enrollment is None:
            raise NotEnrolled()
        self._progress = progress or (lambda p: None)
        keys = load_or_create(self.store)
        result = SyncResult()
        failures_this_run: dict[str, int] = {}
        session = HttpSession(
            enrollment.service_url,
            self.timeouts,
            self._max_rate,
            token=stored_token(self.store),
        )

        def renew() -> str:
            token, expires = renew_token(ServiceApi(session), keys)
            save_token(self.store, token, expires)
            return token

        session.renew_token = renew
        with self._lock:
            self._session = session
        api = ServiceApi(session)
        tus = TusClient(session, protocol.UPLOADS_PATH)
        # A new run is a new chance: nothing waits on a backoff from an earlier run.
        outbox.clear_waits(self.store)
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
                if self._clock() >= feed_due:
                    # Set first: a feed that keeps failing is tried again at the next poll,
                    # never in a tight loop.
                    feed_due = self._clock() + FEED_POLL_SECONDS
                    try:
                        self._read_feed(api, enrollment)
                    except Offline:
                        online = False
                        continue
                    except (ServerBusy, UploadGone) as exc:
                        self._last_error = exc.code
                    except (AuthExpired, ProtocolError) as exc:
                        if isinstance(exc, AuthExpired) or exc.code in DEVICE_ERRORS:
                            raise _DeviceStop(exc.code) from None
                        self._last_error = exc.code
                if not watch and not usable:
                    break
                waits = [e.next_attempt_at for e in usable if e.next_attempt_at]
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
            rate = self.acked.rate()
            if rate:
                outbox.record_rate(self.store, rate)
        remaining = outbox.open_entries(self.store)
        result.pending = len(remaining)
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

    def _attempt(self, entry, enrollment, api, tus, cancel, result: SyncResult) -> bool:
        """Try to deliver ``entry``; returns whether the service still looks reachable."""
        bundle_id = entry.bundle_id
        try:
            self._deliver(entry, enrollment, api, tus, _Either(cancel, self, entry))
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
        return True

    def outranked(self, entry) -> bool:
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

    def _deliver(self, entry, enrollment: Enrollment, api, tus, cancel) -> None:
        folder = Path(entry.folder)
        try:
            envelope_bytes = (folder / bundle_format.ENVELOPE).read_bytes()
            signature = (folder / bundle_format.ENVELOPE_SIG).read_text("ascii")
        except (OSError, ValueError):
            raise BundleFailed(BUNDLE_MISSING) from None
        try:
            envelope = protocol.Envelope.parse_bytes(envelope_bytes)
        except protocol.ShapeError as exc:
            # What the service would answer; no need to send it to hear that.
            raise BundleFailed(exc.code) from None
        bundle_id = entry.bundle_id
        if entry.state == outbox.QUEUED:
            outbox.set_state(self.store, bundle_id, outbox.SENDING)
        committed = False
        if not entry.registered or any(f.upload_url is None for f in entry.files):
            answer = api.register(envelope_bytes, signature)
            committed = answer.get("state") == "committed"
            known = {f.name: f for f in entry.files}
            for item in answer.get("files") or []:
                url = item.get("upload_url")
                mine = known.get(item.get("name"))
                if url and mine is not None and mine.upload_url is None:
                    absolute = api.session.url(url)
                    outbox.set_upload(self.store, bundle_id, mine.name, absolute, 0)
            outbox.mark_registered(self.store, bundle_id)
        for _round in range(3):
            if not committed:
                self._upload_all(bundle_id, folder, tus, cancel)
            outbox.set_state(self.store, bundle_id, outbox.COMMITTING)
            try:
                answer = api.commit(bundle_id)
            except ProtocolError as exc:
                if exc.code == protocol.Error.INCOMPLETE:
                    names = [str(n) for n in exc.body.get("missing") or []]
                    self._reset(bundle_id, names, forget_upload=False)
                    committed = False
                    continue
                if exc.code == protocol.Error.FILE_CHANGED:
                    names = [str(n) for n in exc.body.get("files") or []]
                    self._reset(bundle_id, names, forget_upload=True)
                    committed = False
                    continue
                raise
            receipt = verify_receipt(answer, envelope, enrollment).to_json()
            outbox.mark_sent(self.store, bundle_id, receipt)
            # The service holds the bundle and signed for it: the local copy is no longer
            # needed (the receipt stays in the outbox row).
            shutil.rmtree(folder, ignore_errors=True)
            return
        raise ServerBusy(protocol.Error.INCOMPLETE)

    def _reset(self, bundle_id: str, names: list[str], *, forget_upload: bool) -> None:
        outbox.reset_files(self.store, bundle_id, names, forget_upload=forget_upload)

    def _upload_all(self, bundle_id: str, folder: Path, tus: TusClient, cancel) -> None:
        entry = outbox.get_entry(self.store, bundle_id)
        assert entry is not None
        order = sorted(
            entry.files, key=lambda f: (f.name != bundle_format.MANIFEST, f.size, f.position)
        )
        done_before = sum(f.size for f in entry.files if f.state == outbox.FILE_DONE)
        state = {"bundle_done": done_before, "bundle_total": sum(f.size for f in entry.files)}
        for f in order:
            if f.state == outbox.FILE_DONE:
                continue
            if cancel.is_set():
                raise Interrupted()
            self._upload_file(entry, f, folder / f.name, tus, cancel, state)
            state["bundle_done"] += f.size

    def _upload_file(self, entry, f, path: Path, tus: TusClient, cancel, state: dict) -> None:
        bundle_id = entry.bundle_id
        if not path.is_file() or path.stat().st_size != f.size:
            raise BundleFailed(BUNDLE_MISSING)
        url = f.upload_url
        offset = 0
        if url is not None:
            try:
                offset = tus.offset(url)
            except UploadGone:
                url = None
        if url is None:
            url = self._create(tus, bundle_id, f)
            offset = 0
        stored = {"offset": f.offset if f.upload_url == url else 0}
        if offset != stored["offset"]:
            outbox.set_offset(self.store, bundle_id, f.name, offset)
            stored["offset"] = offset
        sent_in_flight = 0
        base = {"offset": offset}
        patch: dict[str, Any] = {"start": offset, "t0": time.monotonic()}

        def on_bytes(n: int) -> None:
            nonlocal sent_in_flight
            sent_in_flight += n
            self.meter.add(n)
            self._emit_sending(entry, f, base["offset"] + sent_in_flight, state)

        def on_offset(new_offset: int) -> None:
            nonlocal sent_in_flight
            self.acked.add(new_offset - patch["start"], time.monotonic() - patch["t0"])
            moved = new_offset > base["offset"]
            base["offset"] = new_offset
            sent_in_flight = 0
            # One commit per PATCH: the offset (for progress and after a restart; the server's
            # HEAD stays the truth) and, when it moved, the failure count starting again.
            outbox.record_offset(self.store, bundle_id, f.name, new_offset, moved=moved)
            stored["offset"] = new_offset
            self._save_rate()

        def next_chunk() -> int:
            size = link.chunk_size(
                self.acked.rate(), previous=self._last_chunk, read_timeout=self.timeouts[1]
            )
            self._last_chunk = size
            self.chunk_sizes.append(size)
            patch["start"], patch["t0"] = base["offset"], time.monotonic()
            return size

        def read_timeout(size: int) -> float:
            return link.patch_read_timeout(size, self.acked.rate(), self.timeouts[1])

        def block() -> int:
            return link.send_block(self.acked.rate())

        while True:
            # ``offset`` is where this stretch of PATCHes began (after a HEAD).
            offset = base["offset"]
            try:
                tus.send(
                    url,
                    path,
                    offset,
                    f.size,
                    next_chunk,
                    cancel,
                    on_bytes,
                    on_offset,
                    read_timeout=read_timeout,
                    block=block,
                )
                break
            except UploadGone:
                # Expired or deleted at the service: this file starts again (others are kept).
                outbox.set_upload(self.store, bundle_id, f.name, None, 0)
                raise
            except Offline:
                if cancel.is_set():
                    raise Interrupted() from None
                cut_at = time.monotonic()
                # A cut (or a timeout) mid-PATCH. The service kept what crossed the link; when
                # this stretch moved its offset, go straight on from there: HEAD, then PATCH,
                # no probe, no registration, no backoff, no store write. A cut that follows a
                # stretch that moved nothing goes back to the engine's backoff with jitter.
                try:
                    server = tus.offset(url)  # Offline here: the link is down; back off
                except UploadGone:
                    outbox.set_upload(self.store, bundle_id, f.name, None, 0)
                    raise
                self.acked.add(server - patch["start"], cut_at - patch["t0"])
                sent_in_flight = 0
                base["offset"] = max(server, 0)
                if server <= offset:
                    raise
                self.fast_resumes += 1

        if stored["offset"] != f.size:
            outbox.set_offset(self.store, bundle_id, f.name, f.size)

    def _create(self, tus: TusClient, bundle_id: str, f) -> str:
        url = tus.create(f.size, {"bundle_id": bundle_id, "name": f.name, "filename": f.name})
        # Stored before the first byte goes: a kill now costs one HEAD, never a second upload.
        outbox.set_upload(self.store, bundle_id, f.name, url, 0)
        return url

    def _save_rate(self) -> None:
        now = time.monotonic()
        if now - self._last_rate_save < RATE_SAVE_EVERY:
            return
        rate = self.acked.rate()
        if rate:
            self._last_rate_save = now
            outbox.record_rate(self.store, rate)

    # ---- feed

    def _read_feed(self, api: ServiceApi, enrollment: Enrollment) -> int:
        """Apply every new feed item; returns how many. Stops at an item that does not verify."""
        cursor = outbox.feed_cursor(self.store)
        applied = 0
        for _page in range(100):
            page = api.feed(cursor)
            for wrapped in page.get("items") or []:
                try:
                    signed = protocol.Signed.open(
                        protocol.FeedItem, wrapped, enrollment.service_key_raw
                    )
                except (protocol.SignatureError, protocol.ShapeError):
                    self._last_error = FEED_SIGNATURE_BAD
                    return applied
                item = signed.value
                if item.cursor <= cursor:
                    continue
                outbox.apply_feed_item(
                    self.store,
                    cursor=item.cursor,
                    bundle_id=item.bundle_id,
                    status=item.status,
                    specialty=item.specialty,
                    problem=item.problem,
                    at=item.at,
                    case_status=STATUS_TO_CASE.get(item.status),
                )
                cursor = item.cursor
                applied += 1
            if not page.get("more"):
                break
        return applied

    # ---- progress

    def shown_rate(self) -> float | None:
        """The speed to show: acknowledged by the service once known; until the first PATCH
        is answered, what left this computer (an overestimate by the socket buffers)."""
        return self.acked.rate() or self.meter.rate()

    def _emit(self, state: str, **kw) -> None:
        queued = len(outbox.open_entries(self.store))
        self._progress(SyncProgress(state=state, queued=queued, rate=self.shown_rate(), **kw))

    def _emit_sending(self, entry, f, file_done: int, state: dict) -> None:
        now = time.monotonic()
        if now - self._last_emit < PROGRESS_EVERY and file_done < f.size:
            return
        self._last_emit = now
        rate = self.shown_rate()
        bundle_done = state["bundle_done"] + file_done
        left = state["bundle_total"] - bundle_done
        self._progress(
            SyncProgress(
                state="sending",
                bundle_id=entry.bundle_id,
                case_id=entry.case_id,
                file_name=f.name,
                file_done=file_done,
                file_total=f.size,
                bundle_done=bundle_done,
                bundle_total=state["bundle_total"],
                rate=rate,
                seconds_left=link.estimate_seconds(left, rate) if rate else None,
                queued=self._queued,
                last_error=None,
            )
        )
