"""tus 1.0 uploads (core, creation, expiration, termination): one upload per bundle file.

The rule that matters on a 2G link: every byte that reached the service stays. A PATCH body is
written to the upload's file piece by piece as it arrives; when the client vanishes mid-body
(Starlette raises ClientDisconnect), when the body stops arriving for ``body_idle_seconds``, or
when a newer PATCH or HEAD for the same upload arrives, the writer stops, fsyncs, and records
the offset. The recorded offset is what is durably on disk: a writer that resumes first cuts
the file back to it, so bytes written but never fsynced (a crash) can never be counted.

Thread-safety: the streaming part (``receive``) runs on the server's event loop, one writer
per upload at a time: each upload has an asyncio lock, and a newcomer cancels the running
writer task and waits for it to record its offset before going on. The synchronous methods
(create, lookup, delete, expiry) run in worker threads and use only the database, which
serialises them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
from dataclasses import dataclass, field

from starlette.requests import ClientDisconnect, Request

from opinion_service.core import Core
from opinion_service.errors import ApiError
from opinion_service.timeutil import now
from sync import protocol
from sync.protocol import Envelope, Error

log = logging.getLogger("opinion_service")

# fsync and record the offset after this many bytes of one request, so a service crash in the
# middle of a long PATCH loses at most this much.
CHECKPOINT_BYTES = 4 * 1024 * 1024


@dataclass
class _Writer:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    task: asyncio.Task | None = None
    waiting: int = 0  # requests queued for the lock: each one supersedes the holder


class Uploads:
    def __init__(self, core: Core) -> None:
        self.core = core
        self.db = core.db
        self.paths = core.paths
        self.config = core.config
        self._writers: dict[str, _Writer] = {}

    # ---- synchronous parts (worker threads)

    def create(self, device, length_text: str | None, metadata_text: str | None):
        if length_text is None:
            raise ApiError(400, Error.BAD_REQUEST, "Upload-Length is required")
        try:
            length = int(length_text)
            if length < 0:
                raise ValueError()
            meta = parse_metadata(metadata_text or "")
            bundle_id, name = meta["bundle_id"], meta["name"]
        except (ValueError, KeyError) as exc:
            raise ApiError(400, Error.BAD_REQUEST, "Upload-Length or metadata malformed") from exc
        if length > self.config.max_size:
            raise ApiError(413, Error.TOO_LARGE, f"{length} bytes")
        bundle = self.core.own_bundle(device, bundle_id)
        if bundle["state"] != "registered":
            raise ApiError(400, Error.BAD_REQUEST, "bundle already committed")
        envelope = Envelope.parse_bytes(bundle["envelope"])
        sizes = {f.name: f.size_cipher for f in envelope.all_files}
        if name not in sizes:
            raise ApiError(404, Error.FILE_UNKNOWN, "name not in the envelope")
        if length != sizes[name]:
            raise ApiError(400, Error.SIZE_MISMATCH, "length differs from the envelope")
        self.expire_due()
        t = now()
        with self.db.transaction() as conn:
            row = conn.execute(
                "SELECT * FROM uploads WHERE bundle_id = ? AND name = ? AND state = 'open'",
                (bundle_id, name),
            ).fetchone()
            if row is not None:
                return 200, row
            upload_id = secrets.token_hex(16)
            # The file exists from the start, so a zero-length file is complete at once.
            fd = os.open(self.paths.upload(upload_id), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(fd)
            conn.execute(
                "INSERT INTO uploads(upload_id, bundle_id, name, length, created_at, expires_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (upload_id, bundle_id, name, length, t, t + self.config.upload_expiry_seconds),
            )
            row = conn.execute("SELECT * FROM uploads WHERE upload_id = ?", (upload_id,)).fetchone()
        log.info("upload created upload=%s bundle=%s bytes=%d", upload_id, bundle_id, length)
        return 201, row

    def lookup(self, device, upload_id: str):
        """The upload's row, if it is this device's and still alive (else 403/404/410)."""
        try:
            self.paths.upload(upload_id)
        except ValueError:
            raise ApiError(404, Error.UPLOAD_UNKNOWN, "no such upload") from None
        row = self.db.one("SELECT * FROM uploads WHERE upload_id = ?", (upload_id,))
        if row is None:
            raise ApiError(404, Error.UPLOAD_UNKNOWN, "no such upload")
        owner = self.db.one(
            "SELECT device_id FROM bundles WHERE bundle_id = ?", (row["bundle_id"],)
        )
        if owner is None or owner["device_id"] != device["device_id"]:
            raise ApiError(403, Error.NOT_YOURS, "upload of another device")
        if row["state"] == "open" and row["expires_at"] <= now():
            self._expire(upload_id)
            row = self.db.one("SELECT * FROM uploads WHERE upload_id = ?", (upload_id,))
            if row is None:
                raise ApiError(404, Error.UPLOAD_UNKNOWN, "no such upload")
        if row["state"] != "open":
            raise ApiError(410, Error.UPLOAD_EXPIRED, "upload expired; create it again")
        return row

    def delete(self, upload_id: str) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM uploads WHERE upload_id = ?", (upload_id,))
        with contextlib.suppress(FileNotFoundError):
            self.paths.upload(upload_id).unlink()
        self.forget(upload_id)
        log.info("upload deleted upload=%s", upload_id)

    def forget(self, upload_id: str) -> None:
        writer = self._writers.get(upload_id)
        if writer is not None and (writer.task is None or writer.task.done()):
            self._writers.pop(upload_id, None)

    def _expire(self, upload_id: str) -> None:
        with self.db.transaction() as conn:
            conn.execute("UPDATE uploads SET state = 'expired' WHERE upload_id = ?", (upload_id,))
        with contextlib.suppress(FileNotFoundError):
            self.paths.upload(upload_id).unlink()
        self.forget(upload_id)
        log.info("upload expired upload=%s", upload_id)

    def expire_due(self) -> int:
        """Expire every open upload that received nothing for the expiry time; returns how many."""
        due = self.db.all(
            "SELECT upload_id FROM uploads WHERE state = 'open' AND expires_at <= ?", (now(),)
        )
        for row in due:
            if self._busy(row["upload_id"]):
                continue
            self._expire(row["upload_id"])
        # An expired upload answers 410 for a while, then is forgotten (404).
        with self.db.transaction() as conn:
            conn.execute(
                "DELETE FROM uploads WHERE state = 'expired' AND expires_at <= ?",
                (now() - self.config.upload_expiry_seconds,),
            )
        return len(due)

    def _busy(self, upload_id: str) -> bool:
        writer = self._writers.get(upload_id)
        return writer is not None and writer.task is not None and not writer.task.done()

    def _record(self, upload_id: str, offset: int) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                'UPDATE uploads SET "offset" = ?, expires_at = ? WHERE upload_id = ? '
                "AND state = 'open'",
                (offset, now() + self.config.upload_expiry_seconds, upload_id),
            )

    # ---- the event-loop parts

    def _writer(self, upload_id: str) -> _Writer:
        writer = self._writers.get(upload_id)
        if writer is None:
            writer = self._writers[upload_id] = _Writer()
        return writer

    @contextlib.asynccontextmanager
    async def exclusive(self, upload_id: str):
        """Hold the upload alone: an older request still streaming into it is stopped first.

        A client never sends two requests for one upload at once, so an older one still
        running is from a connection the client gave up on: it yields, whatever stage it is in.
        """
        writer = self._writer(upload_id)
        writer.waiting += 1
        try:
            task = writer.task
            if task is not None and not task.done():
                log.info("upload taken over upload=%s", upload_id)
                task.cancel()
            await writer.lock.acquire()
        finally:
            writer.waiting -= 1
        try:
            yield writer
        finally:
            writer.lock.release()

    async def receive(self, request: Request, writer: _Writer, row) -> tuple[int, str]:
        """Stream the body into the file from ``row``'s offset; returns (offset, why it ended)."""
        if writer.waiting:
            # A newer request arrived while this one was still being checked.
            return row["offset"], "superseded"
        task = asyncio.ensure_future(self._stream(request, row))
        writer.task = task
        try:
            await asyncio.wait({task})
        except asyncio.CancelledError:
            task.cancel()
            with contextlib.suppress(BaseException):
                await task
            raise
        finally:
            writer.task = None
        if task.cancelled():
            return self._durable_offset(row["upload_id"]), "superseded"
        return task.result()

    def _durable_offset(self, upload_id: str) -> int:
        row = self.db.one('SELECT "offset" FROM uploads WHERE upload_id = ?', (upload_id,))
        return row["offset"] if row is not None else 0

    async def _stream(self, request: Request, row) -> tuple[int, str]:
        upload_id, length = row["upload_id"], row["length"]
        offset = recorded = row["offset"]
        fd = os.open(self.paths.upload(upload_id), os.O_WRONLY | os.O_CREAT, 0o600)
        ended = "complete"
        try:
            # Bytes beyond the recorded offset were never fsynced and counted: drop them.
            os.ftruncate(fd, offset)
            os.lseek(fd, offset, os.SEEK_SET)
            chunks = request.stream().__aiter__()
            while True:
                try:
                    chunk = await asyncio.wait_for(
                        chunks.__anext__(), timeout=self.config.body_idle_seconds
                    )
                except StopAsyncIteration:
                    break
                except ClientDisconnect:
                    ended = "disconnected"
                    break
                except TimeoutError:
                    ended = "idle"
                    break
                if not chunk:
                    continue
                if offset + len(chunk) > length:
                    ended = "too_long"
                    break
                view = memoryview(chunk)
                while view:
                    written = os.write(fd, view)
                    view = view[written:]
                offset += len(chunk)
                if offset - recorded >= CHECKPOINT_BYTES:
                    # Synchronous on purpose: a cancel can then only land while waiting for
                    # the network, never between the fsync and the offset it makes true.
                    os.fsync(fd)
                    self._record(upload_id, offset)
                    recorded = offset
        finally:
            os.fsync(fd)
            os.close(fd)
            if offset != recorded:
                self._record(upload_id, offset)
            log.info(
                "patch upload=%s from=%d to=%d end=%s",
                upload_id,
                row["offset"],
                offset,
                "superseded" if _cancelling() else ended,
            )
        return offset, ended


def parse_metadata(text: str) -> dict[str, str]:
    """tus Upload-Metadata: comma-separated "key base64value" pairs."""
    result = {}
    for pair in text.split(","):
        pair = pair.strip()
        if not pair:
            continue
        key, _, value = pair.partition(" ")
        result[key] = protocol.unb64(value.strip()).decode("utf-8") if value.strip() else ""
    return result


def _cancelling() -> bool:
    """Whether the running request task is being cancelled (a newer PATCH superseded it)."""
    task = asyncio.current_task()
    return task is not None and task.cancelling() > 0
