"""The link as numbers: rate measurement, chunk sizing, PATCH read timeouts, backoff with
jitter, a bandwidth cap and time estimates, and ``LinkGauge``, what one engine has learned of
its link (shared by every transfer it makes).

Pure arithmetic with an injectable clock and sleep, so every rule is unit-tested without a
network or real time; no store, no requests. Thread-safety: ``RateMeter``, ``AckedRate`` and
``TokenBucket`` lock their own state and may be shared by the threads of one engine; a
``LinkGauge`` is used by the engine's one worker thread; the functions are pure.
"""

from __future__ import annotations

import random
import threading
import time
from collections import deque
from collections.abc import Callable

RATE_2G = 50_000 / 8  # bytes/s: 50 kbit/s, the field's worst usable link
RATE_3G = 1_000_000 / 8  # bytes/s: 1 Mbit/s

KIB = 1024
MIB = 1024 * KIB
# Unmeasured, a chunk must drain inside a read timeout even on 2G: 64 KiB is ~10 s there.
CHUNK_START = 64 * KIB
CHUNK_MIN = 64 * KIB
CHUNK_MAX = 8 * MIB
CHUNK_SECONDS = 5.0  # each PATCH aims at this much link time: a cut loses at most that
CHUNK_GROWTH = 4  # a chunk is at most this many times the previous one (one PATCH to learn)
DRAIN_SHARE = 0.5  # a chunk aims to drain within this share of the read timeout

# The rate assumed before any measurement when bounding waits: the slowest link we serve.
RATE_FLOOR = 50_000 / 8
READ_TIMEOUT_CAP = 120.0  # seconds: the longest a PATCH may wait for its answer (a stall)
BLOCK_MIN = 1 * KIB
BLOCK_MAX = 16 * KIB
BLOCK_UNMEASURED = 4 * KIB

BACKOFF_BASE = 0.5
BACKOFF_CAP = 60.0

RATE_SAVE_EVERY = 10.0  # seconds between stores of the measured rate while sending


def estimate_seconds(size_bytes: int, bytes_per_second: float) -> float:
    """Link time to move ``size_bytes`` at ``bytes_per_second`` (inf when the rate is 0)."""
    if bytes_per_second <= 0:
        return float("inf")
    return size_bytes / bytes_per_second


def chunk_size(
    rate: float | None,
    *,
    seconds: float = CHUNK_SECONDS,
    lowest: int = CHUNK_MIN,
    highest: int = CHUNK_MAX,
    start: int = CHUNK_START,
    previous: int | None = None,
    read_timeout: float | None = None,
) -> int:
    """Bytes for the next PATCH: ``seconds`` of the measured rate, clamped; ``start`` unmeasured.

    ``previous`` (the last chunk) limits growth to CHUNK_GROWTH times, so one short PATCH that
    happened to look fast cannot jump to the maximum; ``read_timeout`` keeps the chunk's drain
    time well inside it (bytes left in the socket buffers when the body is handed over still
    have to cross the link before the answer comes).
    """
    if not rate or rate <= 0:
        return start
    size = rate * seconds
    if read_timeout:
        size = min(size, rate * read_timeout * DRAIN_SHARE)
    if previous:
        size = min(size, previous * CHUNK_GROWTH)
    return int(min(highest, max(lowest, size)))


def patch_read_timeout(
    size: int,
    rate: float | None,
    base: float,
    *,
    cap: float = READ_TIMEOUT_CAP,
    floor_rate: float = RATE_FLOOR,
) -> float:
    """Read timeout for a PATCH of ``size`` bytes: ``base`` plus twice its expected drain time.

    A slow but live link is never taken for a stall (the answer comes only after the last
    buffered byte crossed it); a true stall is still found within ``cap`` seconds (or ``base``
    when that is longer). Unmeasured, the rate is taken to be ``floor_rate``.
    """
    speed = rate if rate and rate > 0 else floor_rate
    return min(max(cap, base), base + 2.0 * size / speed)


def send_block(rate: float | None) -> int:
    """Bytes per socket write of a body: a quarter second of the link, clamped.

    Each write must finish within the connect timeout (urllib3 sends bodies under it); on a
    slow link a large block would wait for buffer room longer than that.
    """
    if not rate or rate <= 0:
        return BLOCK_UNMEASURED
    return int(min(BLOCK_MAX, max(BLOCK_MIN, rate / 4)))


def backoff_delay(
    attempt: int,
    *,
    base: float = BACKOFF_BASE,
    cap: float = BACKOFF_CAP,
    rng: Callable[[], float] = random.random,
) -> float:
    """Full-jitter exponential backoff: uniform in [0, min(cap, base * 2**(attempt-1))].

    ``attempt`` counts failures in a row (1 = the first). Jitter spreads the retries of many
    clinics that lost the same tower at the same moment; the small base makes the first retry
    after a cut almost immediate (the service kept the bytes, so a retry costs little).
    """
    if attempt <= 0:
        return 0.0
    ceiling = min(cap, base * (2 ** min(attempt - 1, 30)))
    return rng() * ceiling


class AckedRate:
    """The link rate from what the far end acknowledged: bytes by which the server's offset
    moved (tus ``Upload-Offset`` after a PATCH, or HEAD after a cut) over the time the request
    that moved them took, summed over a sliding window of requests.

    Bytes handed to the local socket are not counted: after a cut, those still in buffers
    never crossed the link, and counting them would overestimate the rate.
    """

    def __init__(self, window: float = 30.0, clock: Callable[[], float] = time.monotonic):
        self._window = window
        self._clock = clock
        self._samples: deque[tuple[float, int, float]] = deque()
        self._lock = threading.Lock()

    def add(self, n: int, seconds: float) -> None:
        """``n`` bytes acknowledged by a request that took ``seconds``."""
        if seconds <= 0 or n < 0:
            return
        now = self._clock()
        with self._lock:
            self._samples.append((now, n, seconds))
            self._trim(now)

    def _trim(self, now: float) -> None:
        # Keep at least the latest sample: a slow link may take longer than the window per PATCH.
        while len(self._samples) > 1 and now - self._samples[0][0] > self._window:
            self._samples.popleft()

    def rate(self) -> float | None:
        """Bytes per second of request time, or None before any request moved bytes."""
        with self._lock:
            self._trim(self._clock())
            n = sum(s[1] for s in self._samples)
            seconds = sum(s[2] for s in self._samples)
        if n <= 0 or seconds <= 0:
            return None
        return n / seconds


class RateMeter:
    """Goodput over a sliding window: bytes the far end accepted per second of wall time."""

    def __init__(self, window: float = 20.0, clock: Callable[[], float] = time.monotonic):
        self._window = window
        self._clock = clock
        self._samples: deque[tuple[float, int]] = deque()
        self._lock = threading.Lock()
        self._started: float | None = None

    def add(self, n: int) -> None:
        now = self._clock()
        with self._lock:
            if self._started is None:
                self._started = now
            self._samples.append((now, n))
            self._trim(now)

    def _trim(self, now: float) -> None:
        while self._samples and now - self._samples[0][0] > self._window:
            self._samples.popleft()

    def rate(self) -> float | None:
        """Bytes per second over the window, or None before a second of data was seen."""
        now = self._clock()
        with self._lock:
            self._trim(now)
            if not self._samples or self._started is None:
                return None
            first = max(self._samples[0][0], now - self._window, self._started)
            span = now - first
            if span < 1.0:
                # A burst into the socket buffer is not the link rate; wait for a second.
                span = max(span, now - self._started)
                if span < 1.0:
                    return None
            return sum(n for _, n in self._samples) / span

    def reset(self) -> None:
        with self._lock:
            self._samples.clear()
            self._started = None


class TokenBucket:
    """The bandwidth cap: ``take(n)`` waits until ``n`` bytes may go at ``rate`` bytes/s.

    ``rate`` None means no cap. The burst is a quarter second of the rate, so the cap holds
    over any second, not just on average. ``take`` returns early (False) when ``cancelled()``.
    """

    def __init__(
        self,
        rate: float | None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self._lock = threading.Lock()
        self._clock = clock
        self._sleep = sleep
        self._rate = rate
        self._tokens = 0.0
        self._stamp = clock()

    @property
    def rate(self) -> float | None:
        return self._rate

    @rate.setter
    def rate(self, value: float | None) -> None:
        with self._lock:
            self._rate = value if value and value > 0 else None
            self._tokens = 0.0
            self._stamp = self._clock()

    def block_size(self, default: int = 16 * KIB) -> int:
        """A read size that keeps the cap smooth: at most an eighth of a second of data."""
        if self._rate is None:
            return default
        return int(max(512, min(default, self._rate / 8)))

    def take(self, n: int, cancelled: Callable[[], bool] = lambda: False) -> bool:
        while True:
            with self._lock:
                if self._rate is None:
                    return True
                now = self._clock()
                burst = max(float(n), self._rate / 4)
                self._tokens = min(burst, self._tokens + (now - self._stamp) * self._rate)
                self._stamp = now
                if self._tokens >= n:
                    self._tokens -= n
                    return True
                wait = (n - self._tokens) / self._rate
            if cancelled():
                return False
            self._sleep(min(wait, 0.2))


class LinkGauge:
    """What one engine has learned of its link, shared by every transfer it makes: each
    file's upload (sync/upload.py), and any later transfer over the same link.

    ``meter`` counts bytes handed to the socket (the speed shown until the far end answers);
    ``acked`` the bytes the far end acknowledged over the time their request took, which sizes
    the next request, its socket writes and its wait for an answer. A cut after a request moved
    the far end's offset is resumed at once (``resumed_after_cut``); one that moved nothing
    goes back to the caller's backoff. ``chunk_sizes`` and ``fast_resumes`` are kept for tests
    and benchmarks. Lives as long as its engine, so a second run starts from what the first
    measured.
    """

    def __init__(self, read_timeout: float, clock: Callable[[], float] = time.monotonic):
        self.read_timeout = read_timeout  # the session's wait for an answer, unsized
        self._clock = clock
        self.meter = RateMeter()
        self.acked = AckedRate()
        self.last_chunk: int | None = None
        self.chunk_sizes: list[int] = []  # every request's size (tests, benchmarks)
        self.fast_resumes = 0  # cuts resumed at once (tests, benchmarks)
        self._last_rate_save = 0.0

    def next_chunk(self) -> int:
        """Bytes for the next request: a few seconds of the acknowledged rate, grown at most
        CHUNK_GROWTH times over the last one, draining well inside the read timeout."""
        size = chunk_size(
            self.acked.rate(), previous=self.last_chunk, read_timeout=self.read_timeout
        )
        self.last_chunk = size
        self.chunk_sizes.append(size)
        return size

    def answer_timeout(self, size: int) -> float:
        """The wait for the answer to a request carrying ``size`` bytes."""
        return patch_read_timeout(size, self.acked.rate(), self.read_timeout)

    def block(self) -> int:
        """Bytes per socket write."""
        return send_block(self.acked.rate())

    def resumed_after_cut(self, moved: bool) -> bool:
        """Whether a cut request goes straight on (it moved the far end's offset) rather than
        back to the caller's backoff with jitter; counted when it does."""
        if moved:
            self.fast_resumes += 1
        return moved

    def rate_to_save(self) -> float | None:
        """The acknowledged rate when it is time to store it again (at most every
        RATE_SAVE_EVERY seconds), else None."""
        now = self._clock()
        if now - self._last_rate_save < RATE_SAVE_EVERY:
            return None
        rate = self.acked.rate()
        if rate:
            self._last_rate_save = now
        return rate

    def shown_rate(self) -> float | None:
        """The speed to show: acknowledged by the far end once known; until the first answer,
        what left this computer (an overestimate by the socket buffers)."""
        return self.acked.rate() or self.meter.rate()
