"""The fault proxy itself: it forwards faithfully, and each fault happens where the plan says.

A small real HTTP server (http.server, HTTP/1.1 keep-alive) stands behind the proxy; clients
are requests sessions and raw sockets. Every wait is bounded by a timeout.
"""

from __future__ import annotations

import contextlib
import hashlib
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests

from tests.support.fault_proxy import FaultPlan, FaultProxy

TIMEOUT = (2, 5)

pytestmark = pytest.mark.faults


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        size = int(self.path.rsplit("/", 1)[-1] or 0)
        body = bytes(i % 251 for i in range(size))
        self.send_response(200)
        self.send_header("Content-Length", str(size))
        self.end_headers()
        self.wfile.write(body)

    def do_PUT(self) -> None:
        length = int(self.headers["Content-Length"])
        digest, got = hashlib.sha256(), 0
        try:
            while got < length:
                try:
                    chunk = self.rfile.read(min(65536, length - got))
                except OSError:
                    chunk = b""
                if not chunk:
                    self.close_connection = True
                    return
                digest.update(chunk)
                got += len(chunk)
        finally:
            self.server.received.append((self.path, got, digest.hexdigest()))
        self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture
def backend():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.received = []
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _port(server) -> int:
    return server.server_address[1]


def _wait_for(predicate, seconds: float = 5.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


def test_forwards_bodies_both_ways_and_counts_them(backend):
    payload = bytes(range(256)) * 4096  # 1 MiB
    with FaultProxy(_port(backend)) as proxy, requests.Session() as http:
        got = http.get(f"{proxy.url}/data/300000", timeout=TIMEOUT)
        put = http.put(f"{proxy.url}/up", data=payload, timeout=TIMEOUT)
        stats = proxy.stats()
    assert got.status_code == 200
    assert got.content == bytes(i % 251 for i in range(300000))
    assert put.status_code == 204
    assert backend.received == [("/up", len(payload), hashlib.sha256(payload).hexdigest())]
    assert stats.bytes_up > len(payload)
    assert stats.bytes_down > 300000
    # Both requests went over one keep-alive connection and were each found.
    assert stats.connections == 1
    assert stats.requests == [("GET", "/data/300000"), ("PUT", "/up")]
    assert stats.cuts == stats.stalls == 0


def test_cuts_reset_the_connection_at_each_byte_position(backend):
    payload = b"x" * 1_000_000
    plan = FaultPlan(cut_every=300_000)
    with FaultProxy(_port(backend), plan) as proxy:
        for _ in range(3):
            with pytest.raises(requests.ConnectionError):
                requests.put(f"{proxy.url}/up", data=payload, timeout=TIMEOUT)
        assert _wait_for(lambda: len(backend.received) == 3)
        stats = proxy.stats()
    assert stats.cuts == 3
    assert stats.cut_positions == [300_000, 600_000, 900_000]
    # The server got exactly the bytes up to each cut, minus each request's head.
    heads = [300_000 - got for _, got, _ in backend.received]
    assert all(0 < h < 1000 for h in heads)
    assert sum(got for _, got, _ in backend.received) + sum(heads) == 900_000


def test_cut_positions_follow_the_seed(backend):
    def positions(seed: int) -> list[int]:
        plan = FaultPlan(cut_every=100_000, cut_jitter=0.5, max_cuts=4, seed=seed)
        with FaultProxy(_port(backend), plan) as proxy:
            for _ in range(4):
                with contextlib.suppress(requests.ConnectionError):
                    requests.put(f"{proxy.url}/up", data=b"y" * 400_000, timeout=TIMEOUT)
            return proxy.stats().cut_positions

    first, again, other = positions(7), positions(7), positions(8)
    assert len(first) == 4
    assert first == again
    assert first != other
    gaps = [b - a for a, b in zip([0, *first], first, strict=False)]
    assert all(50_000 <= g <= 150_000 for g in gaps)


def test_after_max_cuts_the_link_stays_up(backend):
    plan = FaultPlan(cut_every=50_000, max_cuts=2)
    with FaultProxy(_port(backend), plan) as proxy:
        failures = 0
        for _ in range(4):
            try:
                r = requests.put(f"{proxy.url}/up", data=b"z" * 80_000, timeout=TIMEOUT)
            except requests.ConnectionError:
                failures += 1
            else:
                assert r.status_code == 204
        assert proxy.stats().cuts == 2
    assert failures == 2


def test_stall_swallows_and_answers_nothing_until_it_ends(backend):
    # The stall begins with the first byte; it outlasts the client's read timeout.
    plan = FaultPlan(stall_at=(1,), stall_seconds=1.5)
    with FaultProxy(_port(backend), plan) as proxy:
        with pytest.raises((requests.Timeout, requests.ConnectionError)):
            requests.put(f"{proxy.url}/up", data=b"s" * 200_000, timeout=(2, 0.5))
        # A new connection during the stall is accepted and swallowed too.
        with pytest.raises((requests.Timeout, requests.ConnectionError)):
            requests.get(f"{proxy.url}/data/10", timeout=(2, 0.3))
        assert _wait_for(lambda: not proxy.stalled(), 5)
        after = requests.get(f"{proxy.url}/data/10", timeout=TIMEOUT)
        stats = proxy.stats()
    assert after.status_code == 200
    assert stats.stalls == 1
    assert stats.swallowed_up > 0
    # Nothing of the stalled requests reached the server beyond the first byte.
    assert backend.received == []


def test_statuses_answer_chosen_requests_instead_of_the_server(backend):
    plan = FaultPlan(statuses=(503, 500), status_method="PUT", status_skip=1)
    with FaultProxy(_port(backend), plan) as proxy, requests.Session() as http:
        codes = []
        for n in range(4):
            codes.append(http.get(f"{proxy.url}/data/5", timeout=TIMEOUT).status_code)
            r = http.put(f"{proxy.url}/up{n}", data=b"p" * 100_000, timeout=TIMEOUT)
            codes.append(r.status_code)
        stats = proxy.stats()
    assert codes == [200, 204, 200, 503, 200, 500, 200, 204]
    assert [path for path, _, _ in backend.received] == ["/up0", "/up3"]
    assert stats.injected == [503, 500]
    assert stats.swallowed_up >= 200_000


def test_rate_limit_is_never_beaten(backend):
    # Only a lower bound: a slow machine can make the transfer slower, never faster.
    plan = FaultPlan(rate_up=400_000, rate_down=400_000)
    with FaultProxy(_port(backend), plan) as proxy:
        start = time.monotonic()
        requests.put(f"{proxy.url}/up", data=b"r" * 400_000, timeout=TIMEOUT)
        requests.get(f"{proxy.url}/data/400000", timeout=TIMEOUT)
        elapsed = time.monotonic() - start
    assert elapsed >= 1.8


def test_stops_by_itself_at_its_deadline(backend):
    proxy = FaultProxy(_port(backend), FaultPlan(deadline_seconds=0.5)).start()
    try:
        idle = socket.create_connection(("127.0.0.1", proxy.port), timeout=2)
        assert _wait_for(lambda: not proxy.running, 10)
        idle.settimeout(2)
        # The open connection was closed (reset), and no new one is accepted.
        with contextlib.suppress(ConnectionResetError):
            assert idle.recv(10) == b""
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", proxy.port), timeout=2).recv(1)
    finally:
        proxy.stop()
        idle.close()
