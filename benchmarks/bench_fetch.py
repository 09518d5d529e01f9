"""A specialist fetching a 50 MB case over a rate-limited link cut every few hundred KB.

Budget (the specialist issue): goodput at least 80% of what the link carries, and at most one
chunk (link.CHUNK_MIN, 64 KiB) fetched again per cut. The reference service runs in a thread
on 127.0.0.1; a clinic store sends it a case with one 50 MB attachment (random bytes, like
compressed images) straight, the service checks it and makes the specialist's copy; then the
specialist's real sync engine fetches it through the fault proxy (tests/support/fault_proxy.py)
at a fixed rate down with a cut after about every 300 KB received (seeded jitter), going on
from each part file's length after every cut.

As in benchmarks/bench_sync.py, a single paced stream does not get the proxy's whole nominal
rate, so what the simulated link carries is measured first (raw TCP through an identical
proxy, uncut) and goodput is reported against both.

Prints the link rate, goodput and its shares, cuts, cuts resumed at once, bytes fetched again
per cut (as the client counted them: bytes that arrived twice; and as the link carried them:
everything beyond the files, HTTP heads and the bytes lost in flight at each cut included)
against the chunk. Figures and ratios only, no assertions.
Usage: python benchmarks/bench_fetch.py [--quick] (--quick: 10 MB at 2 MB/s)

Figures (50 MB at 4 MB/s nominal, the link carrying 3.99 MB/s uncut, 169 cuts): fetched in
one `sync --once` pass in 15.3 s, goodput 3.28 MB/s = 82% of the link; every cut resumed at
once; fetched again per cut 0 bytes as the client counted (every byte that arrived was kept)
and 8.4 KiB on the link (HTTP heads and bytes in flight at the cut) = 0.13 chunk. Quick
(10 MB at 2 MB/s, 33 cuts): 88%, 0.16 chunk.
"""

from __future__ import annotations

import os
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sync import link  # noqa: E402
from tests.support.fault_proxy import DOWN, FaultPlan, FaultProxy  # noqa: E402

BUDGET_GOODPUT = 0.80
MB = 1_000_000
PASSPHRASE = "benchmark passphrase"


class CountingMeter(link.RateMeter):
    """The engine's rate meter, also counting every byte that arrived from the link."""

    def __init__(self) -> None:
        super().__init__()
        self.total = 0

    def add(self, n: int) -> None:
        self.total += n
        super().add(n)


def link_capacity(rate: float, seconds: float = 3.0) -> float:
    """Bytes/s one uncut stream gets down through the proxy at ``rate``."""
    server = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def source() -> None:
        conn, _ = server.accept()
        with conn:
            block = b"\0" * 65536
            while not stop.is_set():
                try:
                    conn.sendall(block)
                except OSError:
                    return

    threading.Thread(target=source, daemon=True).start()
    plan = FaultPlan(rate_down=rate, deadline_seconds=60)
    with (
        FaultProxy(server.getsockname()[1], plan) as proxy,
        socket.create_connection(("127.0.0.1", proxy.port), timeout=30) as sock,
    ):
        sock.recv(65536)
        got, start = 0, time.monotonic()
        while time.monotonic() - start < seconds:
            got += len(sock.recv(65536))
        elapsed = time.monotonic() - start
        stop.set()
    server.close()
    return got / elapsed


def run(size: int, rate: float, cut_every: int) -> None:
    from dataclasses import asdict

    from local_store import attachments, cases, received, settings
    from local_store.models import Patient, Referral
    from local_store.store import Store
    from sync.engine import SyncEngine
    from sync.enrollment import ENROLLMENT_KEY, current, enroll
    from sync.submit import submit_case
    from tests.support.running_service import running_service

    capacity = link_capacity(rate)
    with tempfile.TemporaryDirectory(prefix="bench-fetch-") as tmp_text:
        tmp = Path(tmp_text)
        with running_service(tmp) as service:
            clinic = Store.open(tmp / "clinic", passphrase=PASSPHRASE)
            enroll(clinic, service.url, service.new_code("clinic"), role="clinic")
            case_id = cases.create_case(
                clinic,
                Patient(name="Benchmark Patient", age_years=50),
                referral=Referral(specialty="cardiology", questions=["Benchmark question?"]),
            )
            scan = tmp / "scan.bin"
            with open(scan, "wb") as fh:
                for _ in range(size // MB):
                    fh.write(os.urandom(MB))
            attachments.add_file(clinic, case_id, scan)
            specialist = Store.open(tmp / "specialist", passphrase=PASSPHRASE)
            enroll(
                specialist,
                service.url,
                service.new_code("specialist", ["cardiology"]),
                role="specialist",
            )
            submitted = submit_case(clinic, tmp / "clinic", case_id)
            SyncEngine(clinic, tmp / "clinic").run_once()
            clinic.close()
            service.wait_idle(timeout=600)

            plan = FaultPlan(
                rate_down=rate,
                cut_every=cut_every,
                cut_jitter=0.25,
                events_on=DOWN,
                seed=2026,
                deadline_seconds=3600,
            )
            port = int(service.url.rsplit(":", 1)[1])
            with FaultProxy(port, plan) as proxy:
                enrollment = current(specialist)
                value = asdict(enrollment) | {
                    "service_url": proxy.url,
                    "specialties": list(enrollment.specialties),
                }
                settings.put(specialist, ENROLLMENT_KEY, value)
                engine = SyncEngine(specialist, tmp / "specialist", timeouts=(10.0, 10.0))
                engine.gauge.meter = meter = CountingMeter()
                started = time.monotonic()
                passes = 0
                while not received.list_received(specialist) and passes < 20:
                    passes += 1
                    engine.run_once()  # `sync --once` as a schedule runs it
                elapsed = time.monotonic() - started
                stats = proxy.stats()
            fetch = received.get_fetch(specialist, submitted.bundle_id)
            total = fetch.size_cipher if fetch else 0
            done = bool(received.list_received(specialist))
            specialist.close()

    cuts = max(stats.cuts, 1)
    goodput = total / elapsed
    client_again = meter.total - total
    link_again = stats.bytes_down - total
    print(f"case: {size / MB:.0f} MB attachment, {total / MB:.2f} MB of ciphertext fetched")
    print(f"link: nominal {rate / MB:.2f} MB/s, carries {capacity / MB:.2f} MB/s uncut")
    print(f"fetched: {'yes' if done else 'NO'} in {elapsed:.1f} s over {passes} sync pass(es)")
    print(
        f"goodput: {goodput / MB:.2f} MB/s = {goodput / capacity:.0%} of what the link carries "
        f"(budget {BUDGET_GOODPUT:.0%}), {goodput / rate:.0%} of nominal"
    )
    print(f"cuts: {stats.cuts}, resumed at once: {engine.gauge.fast_resumes}")
    print(
        f"fetched again per cut: client {client_again / cuts / 1024:.1f} KiB, "
        f"link {link_again / cuts / 1024:.1f} KiB (budget one chunk, "
        f"{link.CHUNK_MIN / 1024:.0f} KiB) = {link_again / cuts / link.CHUNK_MIN:.2f} chunk"
    )


def main() -> None:
    if "--quick" in sys.argv:
        run(10 * MB, 2 * MB, 300_000)
    else:
        run(50 * MB, 4 * MB, 300_000)


if __name__ == "__main__":
    main()
