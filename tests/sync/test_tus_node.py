"""Our tus client against the official tus Node server (@tus/server + @tus/file-store).

An implementation we did not write checks that the client speaks tus 1.0 as the protocol says,
not just as our own service understands it: creation, PATCH from the server's offset, resume
after cuts and stalls through the fault proxy, resume by a new client instance, termination.
Every upload ends byte-identical in the Node server's file store.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import threading

import pytest

from sync.transport import HttpSession, Interrupted, Offline, TusClient, UploadGone
from tests.support.fault_proxy import FaultPlan, FaultProxy

CHUNK = 256 * 1024
TIMEOUTS = (2.0, 3.0)

pytestmark = [pytest.mark.faults, pytest.mark.interop]


def _random_file(path, size: int, seed: int):
    # Deterministic, incompressible bytes (like an age file) without a large RNG cost.
    block = hashlib.sha256(str(seed).encode()).digest() * 2048  # 64 KiB
    data = bytearray()
    n = 0
    while len(data) < size:
        data += hashlib.sha256(block[:32] + n.to_bytes(8, "big")).digest() + block[32:4096]
        n += 1
    path.write_bytes(bytes(data[:size]))
    return path


def _sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _retry(fn, attempts: int = 30):
    """Calls ``fn`` until the link lets it through (small requests can be cut too)."""
    for _ in range(attempts):
        try:
            return fn()
        except Offline:
            continue
    raise AssertionError(f"still offline after {attempts} attempts")


class _Counter:
    def __init__(self) -> None:
        self.sent = 0

    def __call__(self, n: int) -> None:
        self.sent += n


def _upload_resuming(client: TusClient, url: str, path, size: int, counter: _Counter):
    """Sends ``path`` and, after every failure, goes on from the server's HEAD offset."""
    offset, resumed_at = 0, []
    for _ in range(60):
        try:
            return client.send(url, path, offset, size, CHUNK, on_bytes=counter), resumed_at
        except Offline:
            offset = _retry(lambda: client.offset(url))
            resumed_at.append(offset)
    raise AssertionError("upload did not finish in 60 attempts")


def _stored_info(tus_node, url) -> dict:
    meta = tus_node.stored_file(url).with_name(tus_node.stored_file(url).name + ".json")
    return json.loads(meta.read_text())


def test_upload_cut_every_few_hundred_kb_resumes_and_arrives_identical(tus_node, tmp_path):
    size = 3 * 1024 * 1024
    path = _random_file(tmp_path / "f001.age", size, seed=1)
    plan = FaultPlan(cut_every=400_000, cut_jitter=0.3, seed=11, deadline_seconds=90)
    counter = _Counter()
    with FaultProxy(tus_node.port, plan) as proxy, HttpSession(proxy.url, TIMEOUTS) as http:
        client = TusClient(http, "/files")
        url = _retry(lambda: client.create(size, {"filename": "f001.age", "bundle_id": "b-1"}))
        final, resumed_at = _upload_resuming(client, url, path, size, counter)
        stats = proxy.stats()
    assert final == size
    stored = tus_node.stored_file(url)
    assert _sha256(stored) == _sha256(path)
    assert _stored_info(tus_node, url)["size"] == size
    # The link was cut several times and every resume went on from where the server was.
    assert stats.cuts >= 5
    assert len(resumed_at) >= 5
    assert all(b >= a > 0 for a, b in itertools.pairwise(resumed_at))
    assert resumed_at[0] > 0
    # The server kept partial PATCH bodies (offsets between chunk boundaries).
    assert any(offset % CHUNK for offset in resumed_at)
    # At most one chunk was sent again per cut.
    assert counter.sent - size <= len(resumed_at) * CHUNK
    # Only one upload was created: resuming never starts over.
    assert [m for m, _ in stats.requests].count("POST") == 1
    assert sorted(p.name for p in tus_node.directory.iterdir()) == sorted(
        [stored.name, stored.name + ".json"]
    )


def test_a_new_client_resumes_an_upload_another_left(tus_node, tmp_path):
    size = 2 * 1024 * 1024 + 12345
    path = _random_file(tmp_path / "f002.age", size, seed=2)
    stop = threading.Event()
    counter = _Counter()

    def stop_after_a_megabyte(n: int) -> None:
        counter(n)
        if counter.sent >= 1024 * 1024:
            stop.set()

    with HttpSession(tus_node.url, TIMEOUTS) as http:
        first = TusClient(http, "/files")
        url = first.create(size, {"filename": "f002.age"})
        with pytest.raises(Interrupted):
            first.send(url, path, 0, size, CHUNK, cancel=stop, on_bytes=stop_after_a_megabyte)

    # As after a restart: nothing of the first client is kept but the upload's URL.
    with HttpSession(tus_node.url, TIMEOUTS) as http:
        second = TusClient(http, tus_node.uploads_url)
        offset = second.offset(url)
        assert 0 < offset < size
        assert second.send(url, path, offset, size, CHUNK) == size
    assert _sha256(tus_node.stored_file(url)) == _sha256(path)


def test_a_stall_longer_than_the_read_timeout_ends_in_a_resume(tus_node, tmp_path):
    size = 1024 * 1024
    path = _random_file(tmp_path / "f003.age", size, seed=3)
    # The link goes silent after 300 kB for longer than the client's read timeout.
    plan = FaultPlan(stall_at=(300_000,), stall_seconds=4.0, deadline_seconds=60)
    counter = _Counter()
    with FaultProxy(tus_node.port, plan) as proxy, HttpSession(proxy.url, (2.0, 1.0)) as http:
        client = TusClient(http, "/files")
        url = client.create(size, {"filename": "f003.age"})
        final, resumed_at = _upload_resuming(client, url, path, size, counter)
        stats = proxy.stats()
    assert final == size
    assert stats.stalls == 1
    assert resumed_at and resumed_at[0] > 0
    assert _sha256(tus_node.stored_file(url)) == _sha256(path)


def test_termination_removes_the_upload(tus_node, tmp_path):
    path = _random_file(tmp_path / "f004.age", 100_000, seed=4)
    with HttpSession(tus_node.url, TIMEOUTS) as http:
        client = TusClient(http, "/files")
        url = client.create(100_000, {"filename": "f004.age"})
        client.send(url, path, 0, 50_000, CHUNK)
        assert client.offset(url) == 50_000
        client.delete(url)
        with pytest.raises(UploadGone):
            client.offset(url)
    assert not tus_node.stored_file(url).exists()
    assert os.listdir(tus_node.directory) == []
