"""Many clinic devices sending small cases at once, against one service instance on SQLite and
files, and against two instances behind HAProxy on PostgreSQL and S3, in the same run.

Each simulated device (asyncio, one per clinic) enrolls, registers its envelope, and sends its
case's files with tus through its own rate-limited link that is cut mid-request every few
kilobytes (seeded jitter): after a cut it asks HEAD and goes on from the service's offset, as
the real client does. Then it commits and checks the receipt (the service's signature, every
name, size and hash). Afterwards the service's own records are read back: every bundle exactly
once, committed, one "received" feed item each, every stored file byte-identical.

Reported per set-up: bundles per minute, commit latency p50/p99 (from the first commit attempt
to the receipt), bytes sent again after cuts, retries after a 5xx or reset, the service's
memory per open upload (resident memory of the fresh instance processes with one stalled PATCH
per extra device, against before them), and lost or duplicated bundles (must be zero).

Bounded: 127.0.0.1 only; the throwaway PostgreSQL cluster, S3 server (moto, a child process),
HAProxy and service instances are stopped at the end; every device has a deadline.
Usage: python benchmarks/bench_service_scale.py [--devices N] [--only sqlite|postgres]
(defaults: 200 devices, both set-ups). Needs postgresql-15, haproxy and the [test] extra.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psutil  # noqa: E402

from opinion_service import admin  # noqa: E402
from sync import protocol  # noqa: E402
from sync.bundle import format as fmt  # noqa: E402
from tests.support import backends  # noqa: E402
from tests.support.service_client import build_bundle, new_device  # noqa: E402

LINK_RATE = 16_000  # bytes/s per device, up: a fair 2G/EDGE link
CUT_EVERY = 24_000  # a cut after about this many bytes sent (+-50%)
PATCH_BYTES = 16_000  # a PATCH carries about one second of link time
CASE_SIZES = (40_000, 8_000)  # a small case: a photo of a report and a lab sheet
PIECE = 1024
DEVICE_DEADLINE = 240.0
STALL_FILE = 64_000


@dataclass
class Outcome:
    bundle_id: str
    receipt_ok: bool = False
    commit_seconds: float = 0.0
    resent: int = 0
    cuts: int = 0
    retries: int = 0
    error: str = ""
    files: dict = field(default_factory=dict)


async def http(host: str, port: int, method: str, path: str, headers: dict, body: bytes = b""):
    """One request on its own connection: (status, headers, body)."""
    reader, writer = await asyncio.open_connection(host, port)
    try:
        head = f"{method} {path} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        head += f"Content-Length: {len(body)}\r\n\r\n"
        writer.write(head.encode("latin-1") + body)
        await writer.drain()
        return await read_answer(reader)
    finally:
        writer.close()


async def read_answer(reader):
    status_line = await reader.readline()
    status = int(status_line.split()[1])
    answer_headers = {}
    while (line := await reader.readline()) not in (b"\r\n", b""):
        key, _, value = line.decode("latin-1").partition(":")
        answer_headers[key.strip().lower()] = value.strip()
    length = int(answer_headers.get("content-length", "0") or 0)
    body = await reader.readexactly(length) if length else b""
    return status, answer_headers, body


class Device:
    def __init__(self, index: int, url: str, code: str, bundle, keys, token: str = "") -> None:
        self.index = index
        self.host, port = url.removeprefix("http://").split(":")
        self.port = int(port)
        self.code = code
        self.bundle = bundle
        self.keys = keys
        self.token = token
        self.random = random.Random(index)
        self.until_cut = self._next_cut()
        self.sent = 0
        self.retries = 0

    def _next_cut(self) -> int:
        return int(CUT_EVERY * self.random.uniform(0.5, 1.5))

    def auth(self) -> dict:
        return {"Authorization": f"Bearer {self.token}"}

    async def request(self, method: str, path: str, headers: dict, body: bytes = b""):
        """As the real client does: a 5xx, a reset or a timeout is retried with backoff."""
        wait = 0.5
        while True:
            try:
                answer = await asyncio.wait_for(
                    http(self.host, self.port, method, path, headers, body), timeout=30
                )
                if answer[0] < 500:
                    return answer
                self.retries += 1
            except (OSError, asyncio.IncompleteReadError, TimeoutError, ValueError, IndexError):
                self.retries += 1
            await asyncio.sleep(wait * self.random.uniform(0.5, 1.5))
            wait = min(wait * 2, 8.0)

    async def json(self, method: str, path: str, value=None, extra=None):
        body = json.dumps(value).encode() if value is not None else b""
        headers = {"Content-Type": "application/json", **self.auth(), **(extra or {})}
        status, _headers, answer = await self.request(method, path, headers, body)
        return status, (json.loads(answer) if answer else None)

    async def enroll(self) -> None:
        body = {
            "code": self.code,
            "role": "clinic",
            "device_id": self.keys.device_id,
            "ed25519": self.keys.ed25519_public,
            "age": self.keys.age_recipient,
        }
        status, answer = await self.json("POST", protocol.ENROLL_PATH, body)
        assert status == 201, answer
        self.token = answer["token"]

    async def paced_patch(self, path: str, offset: int, data: bytes) -> tuple[int, dict, bool]:
        """A PATCH sent at the link rate; the link may cut it: (status, headers, cut). Every
        body byte put on the link is counted in ``self.sent``."""
        reader, writer = await asyncio.open_connection(self.host, self.port)
        try:
            head = (
                f"PATCH {path} HTTP/1.1\r\nHost: {self.host}\r\nConnection: close\r\n"
                f"Authorization: Bearer {self.token}\r\nTus-Resumable: 1.0.0\r\n"
                f"Upload-Offset: {offset}\r\nContent-Type: application/offset+octet-stream\r\n"
                f"Content-Length: {len(data)}\r\n\r\n"
            )
            writer.write(head.encode())
            for start in range(0, len(data), PIECE):
                piece = data[start : start + PIECE]
                if self.until_cut <= 0:
                    self.until_cut = self._next_cut()
                    writer.transport.abort()  # the link drops mid-request
                    return 0, {}, True
                writer.write(piece)
                await writer.drain()
                self.sent += len(piece)
                self.until_cut -= len(piece)
                await asyncio.sleep(len(piece) / LINK_RATE)
            status, headers, _ = await read_answer(reader)
            return status, headers, False
        finally:
            writer.close()

    async def send_file(self, name: str, data: bytes, outcome: Outcome) -> None:
        meta = (
            f"bundle_id {base64.b64encode(self.bundle.bundle_id.encode()).decode()},"
            f"name {base64.b64encode(name.encode()).decode()}"
        )
        tus = {"Tus-Resumable": "1.0.0"}
        status, headers, _ = await self.request(
            "POST",
            protocol.UPLOADS_PATH,
            {**self.auth(), **tus, "Upload-Length": str(len(data)), "Upload-Metadata": meta},
        )
        assert status in (200, 201), status
        path = headers["location"]
        offset = int(headers.get("upload-offset", "0"))
        sent_before = self.sent
        while offset < len(data):
            chunk = data[offset : offset + PATCH_BYTES]
            try:
                status, answer, cut = await asyncio.wait_for(
                    self.paced_patch(path, offset, chunk), timeout=60
                )
            except (OSError, asyncio.IncompleteReadError, TimeoutError, ValueError, IndexError):
                status, answer, cut = 0, {}, False
            if status == 204:
                offset = int(answer["upload-offset"])
                continue
            if cut:
                outcome.cuts += 1
            await asyncio.sleep(0.2)
            status, answer, _ = await self.request("HEAD", path, {**self.auth(), **tus})
            if status == 200:
                offset = int(answer["upload-offset"])
        # Bytes that reached the service before a cut are kept, so only bytes still in flight
        # (in the link's buffers when it dropped) are sent twice.
        outcome.resent += max(0, self.sent - sent_before - len(data))

    async def run(self) -> Outcome:
        outcome = Outcome(self.bundle.bundle_id)
        try:
            await asyncio.sleep(self.random.uniform(0, 5))  # clinics do not start in step
            await self.enroll()
            folder = self.bundle.path
            body = {
                "envelope": base64.b64encode((folder / fmt.ENVELOPE).read_bytes()).decode(),
                "signature": (folder / fmt.ENVELOPE_SIG).read_text(),
            }
            status, answer = await self.json("POST", protocol.BUNDLES_PATH, body)
            assert status in (200, 201), answer
            for item in sorted(answer["files"], key=lambda f: f["size_cipher"]):
                await self.send_file(item["name"], (folder / item["name"]).read_bytes(), outcome)
            started = time.monotonic()
            status, answer = await self.json("POST", protocol.commit_path(self.bundle.bundle_id))
            outcome.commit_seconds = time.monotonic() - started
            assert status == 200, answer
            outcome.receipt_ok = receipt_matches(answer, folder)
            outcome.retries = self.retries
        except Exception as exc:  # counted as lost, never hidden
            outcome.error = f"{type(exc).__name__}: {exc}"[:200]
        return outcome


def receipt_matches(answer: dict, folder: Path) -> bool:
    envelope = json.loads((folder / fmt.ENVELOPE).read_bytes())
    listed = [envelope["manifest"], *envelope["files"]]
    wanted = [{k: i[k] for k in ("name", "size_cipher", "sha256_cipher")} for i in listed]
    return (
        answer["receipt"]["files"] == wanted
        and SERVICE_KEY["raw"] is not None
        and (protocol.signed_json_ok(SERVICE_KEY["raw"], answer["receipt"], answer["signature"]))
    )


SERVICE_KEY: dict = {"raw": None}


def rss(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        with contextlib.suppress(psutil.Error):
            total += psutil.Process(pid).memory_info().rss
    return total


async def memory_per_open_upload(url: str, codes: list[str], pids: list[int], work: Path):
    """Fresh devices each open an upload and a PATCH that sends 4 KB of a 64 KB body, then
    nothing: the instances' resident memory with those requests open, against before them,
    per upload (KiB)."""
    ready = []
    for index, code in enumerate(codes):
        keys = new_device()
        bundle = build_bundle(
            work / f"stall-{index}", keys, SERVICE_KEY["age"], sizes=(STALL_FILE,)
        )
        device = Device(10_000 + index, url, code, bundle, keys)
        await device.enroll()
        folder = bundle.path
        body = {
            "envelope": base64.b64encode((folder / fmt.ENVELOPE).read_bytes()).decode(),
            "signature": (folder / fmt.ENVELOPE_SIG).read_text(),
        }
        status, answer = await device.json("POST", protocol.BUNDLES_PATH, body)
        assert status in (200, 201), (status, answer)
        name = max(answer["files"], key=lambda f: f["size_cipher"])["name"]
        data = (folder / name).read_bytes()
        meta = (
            f"bundle_id {base64.b64encode(bundle.bundle_id.encode()).decode()},"
            f"name {base64.b64encode(name.encode()).decode()}"
        )
        _status, headers, _ = await device.request(
            "POST",
            protocol.UPLOADS_PATH,
            {
                **device.auth(),
                "Tus-Resumable": "1.0.0",
                "Upload-Length": str(len(data)),
                "Upload-Metadata": meta,
            },
        )
        ready.append((device, headers["location"], data))
    await asyncio.sleep(1.0)
    before = rss(pids)
    writers = []
    for device, location, data in ready:
        _reader, writer = await asyncio.open_connection(device.host, device.port)
        writer.write(
            (
                f"PATCH {location} HTTP/1.1\r\nHost: x\r\n"
                f"Authorization: Bearer {device.token}\r\nTus-Resumable: 1.0.0\r\n"
                "Upload-Offset: 0\r\nContent-Type: application/offset+octet-stream\r\n"
                f"Content-Length: {len(data)}\r\n\r\n"
            ).encode()
            + data[:4096]
        )
        await writer.drain()
        writers.append(writer)
    await asyncio.sleep(2.0)
    during = rss(pids)
    for writer in writers:
        writer.transport.abort()
    await asyncio.sleep(1.0)
    return round((during - before) / len(codes) / 1024, 1)


def check_records(db_url, storage_url, data_dir: Path, outcomes: list[Outcome], folders) -> dict:
    """Read the service's records back: lost, duplicated, and files that differ."""
    from opinion_service.blobs import open_blobs
    from opinion_service.metadata import open_metadata

    db = open_metadata(db_url, data_dir)
    blobs = open_blobs(storage_url, data_dir)
    try:
        rows = db.all("SELECT bundle_id, receipt FROM bundles WHERE receipt IS NOT NULL")
        committed = {r["bundle_id"] for r in rows}
        received = db.all(
            "SELECT bundle_id, COUNT(*) AS n FROM feed WHERE status = 'received' GROUP BY bundle_id"
        )
        duplicated = sum(1 for r in received if r["n"] != 1)
        lost = sum(1 for o in outcomes if o.bundle_id not in committed or not o.receipt_ok)
        differ = 0
        for outcome in outcomes:
            if outcome.bundle_id not in committed:
                continue
            for path in folders[outcome.bundle_id].glob("*.age"):
                stored = b"".join(blobs.read_bundle_file(outcome.bundle_id, path.name))
                if hashlib.sha256(stored).digest() != hashlib.sha256(path.read_bytes()).digest():
                    differ += 1
        return {"lost": lost, "duplicated": duplicated, "files_differ": differ}
    finally:
        db.close()


async def drive(url: str, codes, bundles, keys) -> tuple[list[Outcome], float, list[Device]]:
    devices = [Device(i, url, codes[i], bundles[i], keys[i]) for i in range(len(codes))]
    started = time.monotonic()
    outcomes = await asyncio.wait_for(
        asyncio.gather(*(d.run() for d in devices)), timeout=DEVICE_DEADLINE
    )
    return outcomes, time.monotonic() - started, devices


def run_setup(
    label: str, url: str, pids: list[int], stores: dict, data_dir: Path, work: Path, count: int
) -> dict:
    keys = [new_device() for _ in range(count)]
    SERVICE_KEY["raw"] = protocol.unb64(admin.service_keys(data_dir)["ed25519"])
    SERVICE_KEY["age"] = admin.service_keys(data_dir)["age"]
    bundles = [
        build_bundle(work / label / f"d{i}", keys[i], SERVICE_KEY["age"], sizes=CASE_SIZES)
        for i in range(count)
    ]
    codes = admin.new_codes(data_dir, "clinic", 2 * count, **stores)
    # First, on fresh instances: memory per open upload.
    per_upload = asyncio.run(memory_per_open_upload(url, codes[count:], pids, work / label))
    outcomes, seconds, _devices = asyncio.run(drive(url, codes[:count], bundles, keys))
    folders = {b.bundle_id: b.path for b in bundles}
    records = check_records(
        stores.get("db_url"), stores.get("storage_url"), data_dir, outcomes, folders
    )
    latencies = sorted(o.commit_seconds for o in outcomes if o.receipt_ok)
    errors = [o.error for o in outcomes if o.error][:3]
    return {
        "setup": label,
        "devices": count,
        "delivered": sum(o.receipt_ok for o in outcomes),
        "seconds": round(seconds, 1),
        "bundles_per_minute": round(60 * sum(o.receipt_ok for o in outcomes) / seconds, 1),
        "commit_p50_ms": round(1000 * statistics.median(latencies), 1) if latencies else None,
        "commit_p99_ms": round(1000 * latencies[int(0.99 * (len(latencies) - 1))], 1)
        if latencies
        else None,
        "cuts": sum(o.cuts for o in outcomes),
        "retries_after_5xx_or_reset": sum(o.retries for o in outcomes),
        "resent_bytes": sum(o.resent for o in outcomes),
        "kib_per_open_upload": per_upload,
        **records,
        "errors": errors,
    }


@contextlib.contextmanager
def one_sqlite_instance(work: Path):
    from tests.support.running_service import service_process

    with service_process(work / "sqlite") as running:
        yield running.url, [running.process.pid], {}, running.data_dir


@contextlib.contextmanager
def two_postgres_s3_instances(work: Path):
    from tests.service.cluster import cluster

    port = backends.free_port()
    moto = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    saved = dict(os.environ)
    try:
        os.environ.update(backends.S3_ENV)
        os.environ["AWS_ENDPOINT_URL"] = f"http://127.0.0.1:{port}"
        import boto3

        deadline = time.monotonic() + 30
        while True:
            try:
                boto3.client("s3").create_bucket(Bucket=backends.BUCKET)
                break
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        with backends.postgres_cluster() as pg_url:
            made = backends.Backends(pg_url, os.environ["AWS_ENDPOINT_URL"])
            (work / "pg").mkdir()
            with cluster(work / "pg", made) as lb:
                pids = [p.process.pid for p in lb.processes.values()]
                stores = {"db_url": lb.db_url, "storage_url": lb.storage_url}
                yield lb.url, pids, stores, lb.data_dir
    finally:
        os.environ.clear()
        os.environ.update(saved)
        moto.terminate()
        moto.wait(10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--devices", type=int, default=200)
    parser.add_argument("--only", choices=("sqlite", "postgres"))
    args = parser.parse_args()
    reason = backends.missing()
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        work = Path(tmp)
        if args.only != "postgres":
            with one_sqlite_instance(work) as (url, pids, stores, data_dir):
                results.append(
                    run_setup("1 x sqlite+files", url, pids, stores, data_dir, work, args.devices)
                )
                print(json.dumps(results[-1]), flush=True)
        if args.only != "sqlite":
            if reason:
                print(f"PostgreSQL + S3 not run: {reason}", file=sys.stderr)
            else:
                with two_postgres_s3_instances(work) as (url, pids, stores, data_dir):
                    results.append(
                        run_setup(
                            "2 x postgres+s3 behind haproxy",
                            url,
                            pids,
                            stores,
                            data_dir,
                            work,
                            args.devices,
                        )
                    )
                    print(json.dumps(results[-1]), flush=True)
    print()
    for r in results:
        print(
            f"{r['setup']:<32} {r['delivered']}/{r['devices']} delivered in {r['seconds']} s: "
            f"{r['bundles_per_minute']} bundles/min, commit p50 {r['commit_p50_ms']} ms "
            f"p99 {r['commit_p99_ms']} ms, {r['cuts']} cuts, {r['kib_per_open_upload']} KiB per "
            f"open upload, lost {r['lost']}, duplicated {r['duplicated']}, "
            f"files differ {r['files_differ']}"
        )
    return 0 if all(r["lost"] == r["duplicated"] == r["files_differ"] == 0 for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
