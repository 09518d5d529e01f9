"""A fault-injecting TCP proxy on 127.0.0.1 for testing uploads over a bad link.

``FaultProxy(target_port, plan)`` listens on a free loopback port and forwards every connection
to ``127.0.0.1:target_port`` while it applies a ``FaultPlan``: a rate limit per direction shared
by all connections (one link), connection cuts after every N client->server bytes, stalls that
swallow what the client sends and answer nothing, and HTTP error statuses answered instead of
forwarding chosen requests. Cuts and stalls fall at byte positions of one direction
(``events_on``: client->server for uploads, server->client for downloads). Everything is
deterministic for a given seed, and the proxy stops by
itself after ``plan.deadline_seconds`` so no test can hang on it.

Only enough HTTP is parsed to find where each request starts on a connection (the head up to
the blank line, then ``Content-Length`` bytes of body); a chunked body makes the rest of that
connection opaque bytes. Counters (bytes forwarded each way, cuts, stalls, requests seen)
can be read at any time with ``stats()``.

Thread-safety: the proxy runs its own asyncio loop on a background thread; ``start``, ``stop``,
``stats`` and the context manager are safe to call from any other thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import socket
import struct
import threading
import time
from dataclasses import dataclass, field

UP = "up"  # client -> server
DOWN = "down"  # server -> client

_REASONS = {401: "Unauthorized", 500: "Internal Server Error", 502: "Bad Gateway"}
_REASONS |= {503: "Service Unavailable", 504: "Gateway Timeout", 429: "Too Many Requests"}
_MAX_HEAD = 64 * 1024


@dataclass(frozen=True)
class FaultPlan:
    """What goes wrong on the link. Byte positions count the bytes forwarded in the direction
    ``events_on`` (client->server unless told)."""

    rate_up: float | None = None  # bytes/s client -> server; None: as fast as loopback
    rate_down: float | None = None  # bytes/s server -> client
    cut_every: int | None = None  # reset every connection after each N bytes up
    cut_jitter: float = 0.0  # each gap is cut_every * (1 +- jitter), drawn from the seed
    max_cuts: int | None = None  # after this many cuts the link stays up
    stall_at: tuple[int, ...] = ()  # byte positions where a stall begins
    stall_seconds: float = 0.0  # how long a stall swallows everything
    statuses: tuple[int, ...] = ()  # answered instead of forwarding, one per matching request
    status_method: str | None = None  # only requests with this method match (None: all)
    status_target: str | None = None  # ... and whose target contains this text (None: all)
    status_skip: int = 0  # matching requests forwarded before the statuses start
    connect_delay: float = 0.0  # seconds before a new connection reaches the server
    socket_buffer: int | None = 64 * 1024  # receive buffer of accepted sockets: bytes in flight
    deadline_seconds: float = 120.0  # the proxy stops by itself after this long
    seed: int = 0
    events_on: str = UP  # the direction whose bytes place the cuts and stalls


@dataclass
class ProxyStats:
    bytes_up: int = 0
    bytes_down: int = 0
    swallowed_up: int = 0  # client bytes read and dropped during stalls and answered requests
    connections: int = 0
    cuts: int = 0
    stalls: int = 0
    injected: list[int] = field(default_factory=list)
    requests: list[tuple[str, str]] = field(default_factory=list)  # (method, target) forwarded
    cut_positions: list[int] = field(default_factory=list)


class _Link:
    """One direction of the shared link: a rate limit all connections queue behind."""

    def __init__(self, rate: float | None) -> None:
        self.rate = rate
        self.next_free = 0.0

    def piece(self) -> int:
        if not self.rate:
            return 64 * 1024
        # Small pieces keep the rate smooth and let a cut land close to its byte position.
        return max(1024, min(16 * 1024, int(self.rate / 50)))

    async def take(self, n: int) -> None:
        if not self.rate:
            return
        now = time.monotonic()
        # A credit of up to one piece (a token bucket one piece deep): the time spent reading
        # and writing between pieces is not lost link time, as on a real link that keeps
        # sending meanwhile; without it the link carried only ~80% of its nominal rate.
        start = max(now - self.piece() / self.rate, self.next_free)
        self.next_free = start + n / self.rate
        await asyncio.sleep(max(0.0, self.next_free - now))


class _Request:
    """Finds request starts in one connection's client->server bytes."""

    def __init__(self) -> None:
        self.head = bytearray()
        self.body_left = 0
        self.opaque = False

    @property
    def in_head(self) -> bool:
        return not self.opaque and self.body_left == 0


def _parse_head(head: bytes) -> tuple[str, str, int, bool]:
    lines = head.split(b"\r\n")
    parts = lines[0].decode("latin-1").split(" ")
    method, target = [*parts, "", ""][:2]
    length, chunked = 0, False
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            with contextlib.suppress(ValueError):
                length = int(value.strip())
        elif name == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
    return method, target, length, chunked


def _reset(writer: asyncio.StreamWriter | None) -> None:
    """Closes with a TCP reset, as a dropped link looks to the client."""
    if writer is None or writer.is_closing():
        return
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


class _Connection:
    def __init__(self, proxy: FaultProxy, reader, writer) -> None:
        self.proxy = proxy
        self.client_reader = reader
        self.client_writer = writer
        self.server_reader: asyncio.StreamReader | None = None
        self.server_writer: asyncio.StreamWriter | None = None
        self.request = _Request()
        self.done = asyncio.Event()
        # A doomed connection is inside a stall: it swallows what the client sends, forwards
        # and answers nothing, and is reset when the stall ends.
        self.doomed = False

    def cut(self) -> None:
        # The client sees a reset; the server gets every byte forwarded so far and then the
        # end of the stream, as a server does when a link drops mid-request.
        _reset(self.client_writer)
        if self.server_writer is not None and not self.server_writer.is_closing():
            self.server_writer.close()
        self.done.set()

    async def run(self) -> None:
        proxy = self.proxy
        tasks = []
        try:
            if proxy.plan.connect_delay:
                await asyncio.sleep(proxy.plan.connect_delay)
            if proxy.stalled():
                self.doomed = True
            else:
                self.server_reader, self.server_writer = await asyncio.open_connection(
                    "127.0.0.1", proxy.target_port
                )
                tasks.append(asyncio.ensure_future(self.pump_down()))
            tasks.append(asyncio.ensure_future(self.pump_up()))
            await self.done.wait()
        except OSError:
            pass
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            for w in (self.client_writer, self.server_writer):
                if w is not None and not w.is_closing():
                    w.close()
            proxy.connections.discard(self)

    async def pump_up(self) -> None:
        link = self.proxy.up
        try:
            while not self.done.is_set():
                data = await self.client_reader.read(link.piece())
                if not data:
                    break
                await self.forward_up(data)
        except OSError:
            pass
        finally:
            self.done.set()

    async def forward_up(self, data: bytes) -> None:
        req = self.request
        while data and not self.done.is_set():
            if self.doomed:
                self.proxy.count("swallowed_up", len(data))
                return
            if req.in_head:
                req.head += data
                end = req.head.find(b"\r\n\r\n")
                if end < 0:
                    if len(req.head) > _MAX_HEAD:
                        req.opaque = True
                        data, req.head = bytes(req.head), bytearray()
                        continue
                    return
                head, data = bytes(req.head[: end + 4]), bytes(req.head[end + 4 :])
                req.head = bytearray()
                method, target, length, chunked = _parse_head(head)
                req.body_left, req.opaque = length, chunked
                status = self.proxy.status_for(method, target)
                if status is not None:
                    await self.answer(status, data)
                    return
                self.proxy.note_request(method, target)
                data = await self.send_up(head) + data
                continue
            if req.opaque:
                n = len(data)
            else:
                n = min(len(data), req.body_left)
                req.body_left -= n
            data = await self.send_up(data[:n]) + data[n:]

    async def send_up(self, data: bytes) -> bytes:
        """Sends through the rate limit, cutting or stalling exactly at their byte positions.

        Returns what was not sent because the connection became doomed (a stall began).
        """
        proxy = self.proxy
        while data and not self.done.is_set() and not self.doomed:
            room = proxy.room(UP, len(data))
            piece = data[: max(0, room)]
            if piece:
                await proxy.up.take(len(piece))
                if self.done.is_set() or self.doomed:
                    break
                self.server_writer.write(piece)
                proxy.count("bytes_up", len(piece))
                data = data[len(piece) :]
                await self.server_writer.drain()
            if proxy.event_due(UP):
                proxy.fire_event()
        return data if self.doomed else b""

    async def answer(self, status: int, rest: bytes) -> None:
        """Drops the request (and its body) and answers ``status`` with Connection: close."""
        req, proxy = self.request, self.proxy
        swallowed = len(rest)
        left = req.body_left - len(rest)
        while left > 0:
            chunk = await self.client_reader.read(min(65536, left))
            if not chunk:
                break
            left -= len(chunk)
            swallowed += len(chunk)
        proxy.count("swallowed_up", swallowed)
        reason = _REASONS.get(status, "Error")
        body = f"<html><body><h1>{status} {reason}</h1></body></html>".encode("ascii")
        head = (
            f"HTTP/1.1 {status} {reason}\r\nContent-Type: text/html\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
        ).encode("ascii")
        await proxy.down.take(len(head) + len(body))
        self.client_writer.write(head + body)
        with contextlib.suppress(OSError):
            await self.client_writer.drain()
        self.done.set()

    async def pump_down(self) -> None:
        proxy, link = self.proxy, self.proxy.down
        try:
            while not self.done.is_set():
                data = await self.server_reader.read(link.piece())
                if not data:
                    break
                while data and not self.done.is_set() and not self.doomed:
                    piece = data[: max(0, proxy.room(DOWN, len(data)))]
                    if piece:
                        await link.take(len(piece))
                        if self.done.is_set() or self.doomed:
                            break
                        self.client_writer.write(piece)
                        proxy.count("bytes_down", len(piece))
                        data = data[len(piece) :]
                        await self.client_writer.drain()
                    if proxy.event_due(DOWN):
                        proxy.fire_event()
        except OSError:
            pass
        finally:
            if not self.doomed:
                self.done.set()


class FaultProxy:
    """Context manager: ``with FaultProxy(port, plan) as proxy: use proxy.url``."""

    def __init__(self, target_port: int, plan: FaultPlan | None = None) -> None:
        self.target_port = target_port
        self.plan = plan or FaultPlan()
        self.port = 0
        self.up = _Link(self.plan.rate_up)
        self.down = _Link(self.plan.rate_down)
        self.stats_ = ProxyStats()
        self.connections: set[_Connection] = set()
        self._lock = threading.Lock()
        self._rng = random.Random(self.plan.seed)
        self._cuts_at = self._next_cut(0) if self.plan.cut_every else None
        self._stalls_at = sorted(self.plan.stall_at)
        self._stall_until = 0.0
        self._matching = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._stopped = threading.Event()
        self._server: asyncio.base_events.Server | None = None

    # --- used by tests -------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultProxy:
        ready = threading.Event()
        errors: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                loop.run_until_complete(self._open())
            except BaseException as exc:
                errors.append(exc)
                ready.set()
                loop.close()
                return
            ready.set()
            loop.call_later(self.plan.deadline_seconds, self._shutdown)
            try:
                loop.run_forever()
            finally:
                loop.run_until_complete(self._close())
                loop.close()
                self._stopped.set()

        self._thread = threading.Thread(target=run, name="fault-proxy", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("fault proxy did not start within 10 s")
        if errors:
            raise errors[0]
        return self

    def stop(self) -> None:
        if self._loop is not None and not self._stopped.is_set():
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(self._shutdown)
        if self._thread is not None:
            self._thread.join(10)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def stats(self) -> ProxyStats:
        with self._lock:
            s = self.stats_
            return ProxyStats(
                s.bytes_up,
                s.bytes_down,
                s.swallowed_up,
                s.connections,
                s.cuts,
                s.stalls,
                list(s.injected),
                list(s.requests),
                list(s.cut_positions),
            )

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # --- inside the loop -----------------------------------------------------------------
    async def _open(self) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if self.plan.socket_buffer:
            # Accepted sockets inherit it: bounds the bytes a client counts as sent that the
            # link has not carried yet, like the small window of a slow real link.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, self.plan.socket_buffer)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        self._server = await asyncio.start_server(self._accept, sock=sock)

    async def _accept(self, reader, writer) -> None:
        conn = _Connection(self, reader, writer)
        self.connections.add(conn)
        self.count("connections", 1)
        await conn.run()

    def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        for conn in list(self.connections):
            conn.cut()
        assert self._loop is not None
        self._loop.call_later(0.05, self._loop.stop)

    async def _close(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2)
        tasks = [t for t in asyncio.all_tasks(self._loop) if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def count(self, name: str, n: int) -> None:
        with self._lock:
            setattr(self.stats_, name, getattr(self.stats_, name) + n)

    def note_request(self, method: str, target: str) -> None:
        with self._lock:
            self.stats_.requests.append((method, target))

    def status_for(self, method: str, target: str) -> int | None:
        plan = self.plan
        if not plan.statuses or (plan.status_method and method != plan.status_method):
            return None
        if plan.status_target and plan.status_target not in target:
            return None
        self._matching += 1
        index = self._matching - 1 - plan.status_skip
        if 0 <= index < len(plan.statuses):
            status = plan.statuses[index]
            with self._lock:
                self.stats_.injected.append(status)
            return status
        return None

    def _end_stall(self) -> None:
        for conn in list(self.connections):
            if conn.doomed:
                conn.cut()

    def stalled(self) -> bool:
        return time.monotonic() < self._stall_until

    def _next_cut(self, after: int) -> int:
        gap = self.plan.cut_every or 0
        if self.plan.cut_jitter:
            gap = int(gap * (1 + self.plan.cut_jitter * (2 * self._rng.random() - 1)))
        return after + max(1, gap)

    def next_event_at(self) -> int:
        points = [p for p in (self._cuts_at, *self._stalls_at[:1]) if p is not None]
        return min(points) if points else 1 << 62

    def _position(self) -> int:
        return self.stats_.bytes_up if self.plan.events_on == UP else self.stats_.bytes_down

    def room(self, direction: str, wanted: int) -> int:
        """Bytes that may go ``direction`` before the next cut or stall."""
        if direction != self.plan.events_on:
            return wanted
        return self.next_event_at() - self._position()

    def event_due(self, direction: str) -> bool:
        return direction == self.plan.events_on and self._position() >= self.next_event_at()

    def fire_event(self) -> None:
        """Called when the counted direction reached the next cut or stall position."""
        at = self._position()
        if self._stalls_at and at >= self._stalls_at[0]:
            self._stalls_at.pop(0)
            self._stall_until = time.monotonic() + self.plan.stall_seconds
            self.count("stalls", 1)
            for conn in self.connections:
                conn.doomed = True
            assert self._loop is not None
            self._loop.call_later(self.plan.stall_seconds, self._end_stall)
            return
        if self._cuts_at is not None and at >= self._cuts_at:
            with self._lock:
                self.stats_.cuts += 1
                self.stats_.cut_positions.append(at)
                more = self.plan.max_cuts is None or self.stats_.cuts < self.plan.max_cuts
            self._cuts_at = self._next_cut(at) if more else None
            for conn in list(self.connections):
                conn.cut()
