"""What a request may carry, on either backend: a huge body on any route, with a token or
without, declared or sent chunked, is refused with a code while the service process's memory
stays flat; the feed's query numbers and the envelope's integers must fit 64 bits; only a
clinic device registers bundles."""

from __future__ import annotations

import base64
import http.client
import json
import socket
import threading
from dataclasses import dataclass
from urllib.parse import urlsplit

import psutil
import pytest
import requests

from opinion_service import admin
from sync import protocol
from sync.bundle import format as fmt
from sync.canonical import canonical_bytes
from tests.support.running_service import service_process
from tests.support.service_client import TIMEOUT, TUS, Client, build_bundle, new_device

pytestmark = pytest.mark.timeout(300)

MIB = 1024 * 1024
OFFERED = 256 * MIB  # what each request offers to send; the old service read it all
GROWTH_ALLOWED = 200 * MIB


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes
    sent: int

    @property
    def code(self) -> str | None:
        try:
            value = json.loads(self.body)
        except ValueError:
            return None
        return value.get("error") if isinstance(value, dict) else None


def offer(url: str, method: str, path: str, headers: dict[str, str], *, chunked: bool) -> Answer:
    """Send the headers of a request with an ``OFFERED``-byte body, then the body 1 MiB at a
    time until the service answers (or the body is all sent); the service's answer."""
    parts = urlsplit(url)
    sock = socket.create_connection((parts.hostname, parts.port), timeout=30)
    framing = {"Transfer-Encoding": "chunked"} if chunked else {"Content-Length": str(OFFERED)}
    lines = [f"{method} {path} HTTP/1.1", f"Host: {parts.netloc}"]
    lines += [f"{k}: {v}" for k, v in {**headers, **framing}.items()]
    sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("ascii"))
    piece = b"{" * MIB
    if chunked:
        piece = f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
    sent = 0
    try:
        while sent < OFFERED:
            # A declared size is refused from the headers: give that answer time to arrive
            # before any body is sent, or the close that follows it can reset the connection
            # while unread body bytes sit in the service's socket (the answer would be lost).
            sock.settimeout(0.0 if chunked or sent else 2.0)
            try:
                answered = sock.recv(1, socket.MSG_PEEK)
            except (BlockingIOError, TimeoutError):
                answered = b""
            finally:
                sock.settimeout(30)
            if answered:
                break
            sock.sendall(piece)
            sent += MIB
        else:
            if chunked:
                sock.sendall(b"0\r\n\r\n")
    except (BrokenPipeError, ConnectionResetError):
        pass  # the service closed the connection after answering; the answer is read below
    response = http.client.HTTPResponse(sock, method=method)
    try:
        response.begin()
        body = response.read()
    finally:
        sock.close()
    return Answer(response.status, {k.lower(): v for k, v in response.getheaders()}, body, sent)


class PeakRss:
    """The highest resident memory of a process while the block runs, sampled every 10 ms."""

    def __init__(self, pid: int) -> None:
        self.process = psutil.Process(pid)
        self.peak = self.process.memory_info().rss
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(0.01):
            self.peak = max(self.peak, self.process.memory_info().rss)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def test_huge_bodies_on_every_route_are_refused_with_memory_bounded(tmp_path, service_backend):
    extra: tuple[str, ...] = ()
    db_url = storage_url = None
    if service_backend is not None:
        db_url, storage_url = service_backend.fresh()
        extra = ("--db", db_url, "--storage", storage_url)
    with service_process(tmp_path, *extra) as running:

        def code(role: str, *specialties: str) -> str:
            return admin.new_code(
                running.data_dir, role, specialties, db_url=db_url, storage_url=storage_url
            )

        clinic = Client(running.url, new_device())
        assert clinic.enroll(code("clinic")).status_code == 201
        keys = requests.get(running.url + protocol.SERVICE_PATH, timeout=TIMEOUT).json()
        built = build_bundle(tmp_path / "b", clinic.device, keys["age"])
        assert clinic.register(built.path).status_code == 201
        manifest = (built.path / fmt.MANIFEST).read_bytes()
        created = clinic.create(built.bundle_id, fmt.MANIFEST, len(manifest))
        assert created.status_code == 201
        upload = urlsplit(clinic.location(created)).path
        bundle = f"{protocol.BUNDLES_PATH}/{built.bundle_id}"

        # (method, path, needs a token, tus headers, takes a body)
        routes = [
            ("GET", "/healthz", False, False, False),
            ("GET", "/metrics", False, False, False),
            ("GET", protocol.SERVICE_PATH, False, False, False),
            ("POST", protocol.ENROLL_PATH, False, False, True),
            ("POST", protocol.CHALLENGE_PATH, False, False, True),
            ("POST", protocol.TOKEN_PATH, False, False, True),
            ("POST", protocol.BUNDLES_PATH, True, False, True),
            ("POST", bundle + "/commit", True, False, True),
            ("POST", bundle + "/status", True, False, True),
            ("GET", bundle + "/files/" + fmt.MANIFEST, True, False, False),
            ("HEAD", bundle + "/files/" + fmt.MANIFEST, True, False, False),
            ("GET", protocol.FEED_PATH + "?after=0", True, False, False),
            ("OPTIONS", protocol.UPLOADS_PATH, False, True, False),
            ("POST", protocol.UPLOADS_PATH, True, True, False),
            ("HEAD", upload, True, True, False),
            ("DELETE", upload, True, True, False),
        ]
        json_type = {"Content-Type": "application/json"}
        tried = []
        with PeakRss(running.process.pid) as memory:
            before = memory.peak
            for method, path, needs_token, tus, takes_body in routes:
                base = {**json_type, **(TUS if tus else {})}
                for token in ({}, clinic.auth) if needs_token else ({},):
                    headers = {**base, **token}
                    # Declared: refused from the headers, before the token is looked at.
                    answer = offer(running.url, method, path, headers, chunked=False)
                    expected = (413, None if method == "HEAD" else "too_large")
                    tried.append((method, path, bool(token), "declared", expected, answer))
                    # Chunked: refused at once where no body is taken, else counted as it
                    # arrives once the token is checked (without one: 401, nothing read).
                    answer = offer(running.url, method, path, headers, chunked=True)
                    if takes_body and needs_token and not token:
                        expected = (401, "token_invalid")
                    tried.append((method, path, bool(token), "chunked", expected, answer))
            # A tus PATCH streams into its upload, bounded by the upload's length.
            patch = {
                **TUS,
                "Upload-Offset": "0",
                "Content-Type": "application/offset+octet-stream",
            }
            patched = [
                offer(running.url, "PATCH", upload, patch, chunked=False),
                offer(running.url, "PATCH", upload, {**patch, **clinic.auth}, chunked=False),
                offer(running.url, "PATCH", upload, {**patch, **clinic.auth}, chunked=True),
            ]
        growth = memory.peak - before

    wrong = []
    for method, path, with_token, how, expected, answer in tried:
        got = (answer.status, answer.code)
        closed = answer.headers.get("connection") == "close"
        # Answered before the body was all sent; a refused body's connection is closed.
        if got != expected or answer.sent >= OFFERED or (got[0] == 413 and not closed):
            wrong.append((method, path, with_token, how, got, answer.sent // MIB))
    assert growth < GROWTH_ALLOWED, f"the service grew by {growth // MIB} MiB"
    assert wrong == []
    assert [(p.status, p.code) for p in patched] == [
        (401, "token_invalid"),
        (400, "bad_request"),  # goes past Upload-Length
        (400, "bad_request"),
    ]


def test_body_limits_count_what_arrives_not_what_is_declared(service, clinic, bundle):
    """Just within a limit is read; one byte over is refused, chunked or declared."""

    def post(path: str, body: bytes, *, chunked: bool, **headers) -> requests.Response:
        data = iter([body]) if chunked else body
        return requests.post(
            service.url + path,
            data=data,
            headers={"Content-Type": "application/json", **headers},
            timeout=TIMEOUT,
        )

    small_limit = 64 * 1024
    unknown = json.dumps({"device_id": "dev-" + "0" * 20}).encode()
    within = unknown + b" " * (small_limit - len(unknown))  # JSON may end in spaces
    for chunked in (False, True):
        # Within the limit: the request is read and answered on its merits.
        answer = post(protocol.CHALLENGE_PATH, within, chunked=chunked)
        assert (answer.status_code, answer.json()["error"]) == (403, "device_unknown")
        over = post(protocol.CHALLENGE_PATH, b" " * (small_limit + 1), chunked=chunked)
        assert (over.status_code, over.json()["error"]) == (413, "too_large")
        assert over.json()["limit"] == small_limit
    # The envelope has its own, larger limit: an ordinary one goes through.
    assert clinic.register(bundle.path).status_code == 201
    over = post(protocol.BUNDLES_PATH, b" " * (8 * MIB + 1), chunked=True, **clinic.auth)
    assert (over.status_code, over.json()["error"]) == (413, "too_large")


@pytest.mark.parametrize(
    "query",
    [
        "after=-1",
        "after=abc",
        "after=1.5",
        "after=1_000",
        "after=%2B5",
        "after=9223372036854775808",  # 2^63
        "after=" + "9" * 40,
        "after=",
        "limit=-5",
        "limit=ten",
        "limit=" + "9" * 40,
    ],
)
def test_feed_numbers_that_are_not_64_bit_counts_are_a_bad_request(service, clinic, query):
    answer = requests.get(
        f"{service.url}{protocol.FEED_PATH}?{query}", headers=clinic.auth, timeout=TIMEOUT
    )
    assert (answer.status_code, answer.json()["error"]) == (400, "bad_request")


def test_feed_takes_the_largest_64_bit_cursor(service, clinic):
    answer = clinic.feed(after=2**63 - 1, limit=0)
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"items": [], "next": 2**63 - 1, "more": False}


def _signed_envelope(bundle, device, **changes) -> tuple[bytes, str]:
    envelope = json.loads((bundle.path / fmt.ENVELOPE).read_bytes())
    envelope.update(changes)
    data = canonical_bytes(envelope)
    return data, base64.b64encode(device.sign(data)).decode("ascii")


def test_a_sequence_number_beyond_64_bits_is_unreadable(service, clinic, bundle):
    for seq in (2**63, 2**64 + 1):
        data, signature = _signed_envelope(bundle, clinic.device, seq=seq)
        answer = clinic.register(bundle.path, envelope=data, signature=signature)
        assert (answer.status_code, answer.json()["error"]) == (400, "envelope_unreadable")
    data, signature = _signed_envelope(bundle, clinic.device, seq=2**63 - 1)
    assert clinic.register(bundle.path, envelope=data, signature=signature).status_code == 201


def test_a_specialist_device_cannot_register_a_bundle(service, tmp_path):
    doctor = Client(service.url, new_device())
    enrolled = doctor.enroll(service.new_code("specialist", ["cardiology"]), role="specialist")
    assert enrolled.status_code == 201, enrolled.text
    built = build_bundle(tmp_path / "doc", doctor.device, service.keys()["age"])
    answer = doctor.register(built.path)
    assert (answer.status_code, answer.json()["error"]) == (403, "wrong_role")
    stored = service.running.db.one(
        "SELECT bundle_id FROM bundles WHERE bundle_id = ?", (built.bundle_id,)
    )
    assert stored is None
