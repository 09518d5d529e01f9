"""tus 1.0 uploads (core, creation, expiration, termination): one upload per bundle file, or
per opinion file (``Upload-Metadata`` names ``opinion_id`` instead of ``bundle_id``).

The rule that matters on a 2G link: every byte that reached the service stays. A PATCH body is
handed to the blob store's writer piece by piece as it arrives; when the client vanishes
mid-body (Starlette raises ClientDisconnect), when the body stops arriving for
``body_idle_seconds``, or when a newer PATCH or HEAD for the same upload arrives (on this
instance or another), the writer stops, makes its bytes durable, and records the offset. The
recorded offset (with the store's ``blob_state``) is what is durably stored: a writer that
resumes starts from it, so bytes never made durable (a crash) can never be counted.

Thread-safety: the streaming part (``receive``) runs on the server's event loop, one writer
per upload at a time. Within an instance each upload has an asyncio lock, and a newcomer
cancels the running writer task and waits for it to record its offset. Across instances every
request also holds the upload's lock in the metadata store (``Metadata.try_hold``); a newcomer
that finds it held asks the holder to let go (``ask_release``) and tries again until
``lock_wait_seconds``. Blocking store calls run in worker threads; the synchronous methods
(create, lookup, delete, expiry) use only the stores, which serialise them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time
from dataclasses import dataclass, field

from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request

from opinion_service import storage
from opinion_service.blobs import UploadWriter
from opinion_service.core import Core
from opinion_service.errors import ApiError
from opinion_service.review import Review
from opinion_service.timeutil import now
from sync import protocol
from sync.protocol import Envelope, Error, OpinionEnvelope

log = logging.getLogger("opinion_service")

# How often a request waiting for another instance's lock asks it again to let go.
ASK_AGAIN_SECONDS = 1.0


@dataclass
class _Writer:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    task: asyncio.Task | None = None
    waiting: int = 0  # requests queued for the lock: each one supersedes the holder
    blob_writer: UploadWriter | None = None  # the store's writer while a body streams in


class Uploads:
    def __init__(self, core: Core, metrics=None) -> None:
        self.core = core
        self.db = core.db
        self.blobs = core.blobs
        self.config = core.config
        self.metrics = metrics
        self.review = Review(core)
        self._writers: dict[str, _Writer] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self.db.on_release(self._release_asked)

    # ---- synchronous parts (worker threads)

    def create(self, device, length_text: str | None, metadata_text: str | None):
        if length_text is None:
            raise ApiError(400, Error.BAD_REQUEST, "Upload-Length is required")
        try:
            length = int(length_text)
            if length < 0:
                raise ValueError()
            meta = parse_metadata(metadata_text or "")
            # An opinion's file names its opinion; a bundle's file its bundle.
            container = "opinion" if "opinion_id" in meta else "bundle"
            bundle_id, name = meta[f"{container}_id"], meta["name"]
        except (ValueError, KeyError) as exc:
            raise ApiError(400, Error.BAD_REQUEST, "Upload-Length or metadata malformed") from exc
        if length > self.config.max_size:
            raise ApiError(413, Error.TOO_LARGE, f"{length} bytes")
        if container == "opinion":
            opinion = self.review.own_opinion(device, bundle_id)
            if opinion["state"] != "registered":
                raise ApiError(400, Error.BAD_REQUEST, "opinion already committed")
            listed = OpinionEnvelope.parse_bytes(opinion["envelope"].encode()).files
        else:
            bundle = self.core.own_bundle(device, bundle_id)
            if bundle["state"] != "registered":
                raise ApiError(400, Error.BAD_REQUEST, "bundle already committed")
            listed = Envelope.parse_bytes(bundle["envelope"]).all_files
        sizes = {f.name: f.size_cipher for f in listed}
        if name not in sizes:
            raise ApiError(404, Error.FILE_UNKNOWN, "name not in the envelope")
        if length != sizes[name]:
            raise ApiError(400, Error.SIZE_MISMATCH, "length differs from the envelope")
        self.expire_due()
        t = now()
        with self.db.transaction() as conn:
            # Two creations racing on two instances: the second finds the first's upload.
            self.db.serialise(conn, f"upload-name:{bundle_id}/{name}")
            row = conn.execute(
                "SELECT * FROM uploads WHERE bundle_id = ? AND name = ? AND state = 'open' "
                "AND container = ?",
                (bundle_id, name, container),
            ).fetchone()
            if row is not None:
                return 200, row
            upload_id = secrets.token_hex(16)
            state = self.blobs.create_upload(upload_id)
            row = conn.execute(
                "INSERT INTO uploads(upload_id, bundle_id, name, length, blob_state, created_at, "
                "expires_at, container) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING *",
                (
                    upload_id,
                    bundle_id,
                    name,
                    length,
                    state,
                    t,
                    t + self.config.upload_expiry_seconds,
                    container,
                ),
            ).fetchone()
        log.info("upload created upload=%s bundle=%s bytes=%d", upload_id, bundle_id, length)
        return 201, row

    def lookup(self, device, upload_id: str):
        """The upload's row, if it is this device's and still alive (else 403/404/410)."""
        if not storage.ID_TEXT.fullmatch(upload_id):
            raise ApiError(404, Error.UPLOAD_UNKNOWN, "no such upload")
        row = self.db.one("SELECT * FROM uploads WHERE upload_id = ?", (upload_id,))
        if row is None:
            raise ApiError(404, Error.UPLOAD_UNKNOWN, "no such upload")
        table, key = (
            ("opinions", "opinion_id")
            if row["container"] == "opinion"
            else ("bundles", "bundle_id")
        )
        owner = self.db.one(f"SELECT device_id FROM {table} WHERE {key} = ?", (row["bundle_id"],))
        carrier = table == "bundles" and self.core.carries(device["device_id"], row["bundle_id"])
        if owner is None or (owner["device_id"] != device["device_id"] and not carrier):
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
            row = conn.execute(
                "DELETE FROM uploads WHERE upload_id = ? RETURNING blob_state", (upload_id,)
            ).fetchone()
        self.blobs.delete_upload(upload_id, row["blob_state"] if row is not None else "")
        self.forget(upload_id)
        log.info("upload deleted upload=%s", upload_id)

    def forget(self, upload_id: str) -> None:
        writer = self._writers.get(upload_id)
        if writer is not None and (writer.task is None or writer.task.done()):
            self._writers.pop(upload_id, None)

    def finish(self, row) -> str:
        """A complete upload's bytes put in one piece; returns its blob state (for commit)."""
        state = self.blobs.finish_upload(row["upload_id"], row["length"], row["blob_state"])
        if state != row["blob_state"]:
            with self.db.transaction() as conn:
                conn.execute(
                    "UPDATE uploads SET blob_state = ? WHERE upload_id = ?",
                    (state, row["upload_id"]),
                )
        return state

    def _expire(self, upload_id: str) -> None:
        with self.db.transaction() as conn:
            row = conn.execute(
                "UPDATE uploads SET state = 'expired' WHERE upload_id = ? RETURNING blob_state",
                (upload_id,),
            ).fetchone()
        # For object storage this also aborts the upload's incomplete multipart upload.
        self.blobs.delete_upload(upload_id, row["blob_state"] if row is not None else "")
        self.forget(upload_id)
        log.info("upload expired upload=%s", upload_id)

    def expire_due(self) -> int:
        """Expire every open upload that received nothing for the expiry time; returns how many."""
        due = self.db.all(
            "SELECT upload_id FROM uploads WHERE state = 'open' AND expires_at <= ?", (now(),)
        )
        expired = 0
        for row in due:
            if self._busy(row["upload_id"]):
                continue
            # A request on another instance may be writing it: leave it to that one.
            release = self.db.try_hold(_lock_key(row["upload_id"]))
            if release is None:
                continue
            try:
                self._expire(row["upload_id"])
                expired += 1
            finally:
                release()
        # An expired upload answers 410 for a while, then is forgotten (404).
        with self.db.transaction() as conn:
            conn.execute(
                "DELETE FROM uploads WHERE state = 'expired' AND expires_at <= ?",
                (now() - self.config.upload_expiry_seconds,),
            )
        return expired

    def _busy(self, upload_id: str) -> bool:
        writer = self._writers.get(upload_id)
        return writer is not None and writer.task is not None and not writer.task.done()

    def _record(self, upload_id: str, offset: int, state: str) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                'UPDATE uploads SET "offset" = ?, blob_state = ?, expires_at = ? '
                "WHERE upload_id = ? AND state = 'open'",
                (offset, state, now() + self.config.upload_expiry_seconds, upload_id),
            )

    def _checkpoint(self, blob_writer: UploadWriter, upload_id: str, offset: int) -> None:
        self._record(upload_id, offset, blob_writer.checkpoint())

    def in_progress(self) -> int:
        """PATCH requests streaming into uploads on this instance now."""
        return sum(1 for w in list(self._writers.values()) if w.blob_writer is not None)

    def written(self, upload_id: str) -> int | None:
        """Bytes a request streaming into the upload on this instance took in so far."""
        writer = self._writers.get(upload_id)
        if writer is None or writer.blob_writer is None:
            return None
        return writer.blob_writer.received

    # ---- the event-loop parts

    def _writer(self, upload_id: str) -> _Writer:
        writer = self._writers.get(upload_id)
        if writer is None:
            writer = self._writers[upload_id] = _Writer()
        return writer

    def _release_asked(self, key: str) -> None:
        """Another instance wants the upload: stop this instance's request on it (any thread)."""
        loop = self._loop
        if loop is not None and key.startswith("upload:"):
            loop.call_soon_threadsafe(self._stop_writer, key[len("upload:") :])

    def _stop_writer(self, upload_id: str) -> None:
        writer = self._writers.get(upload_id)
        if writer is not None and writer.task is not None and not writer.task.done():
            log.info("upload asked for upload=%s", upload_id)
            writer.task.cancel()

    @contextlib.asynccontextmanager
    async def exclusive(self, upload_id: str):
        """Hold the upload alone: an older request still streaming into it is stopped first.

        A client never sends two requests for one upload at once, so an older one still
        running is from a connection the client gave up on: it yields, whatever stage it is in.
        """
        self._loop = asyncio.get_running_loop()
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
            release = await self._hold_across_instances(upload_id)
            try:
                yield writer
            finally:
                # Even when this request is being cancelled: a lock left held would keep
                # every later request for the upload waiting.
                await _to_the_end(release)
        finally:
            writer.lock.release()

    async def _hold_across_instances(self, upload_id: str):
        key = _lock_key(upload_id)
        started = time.monotonic()
        asked = 0.0
        while True:
            # Not cancellable between taking the lock and handing back its release.
            release = await _to_the_end(self.db.try_hold, key)
            if release is not None:
                waited = time.monotonic() - started
                if self.metrics is not None and waited > 0.001:
                    self.metrics.lock_waited(waited)
                return release
            if time.monotonic() - started > self.config.lock_wait_seconds:
                raise ApiError(503, Error.SERVICE_BUSY, "upload held elsewhere")
            if time.monotonic() - asked >= ASK_AGAIN_SECONDS:
                await run_in_threadpool(self.db.ask_release, key)
                asked = time.monotonic()
            await asyncio.sleep(0.05)

    async def receive(self, request: Request, writer: _Writer, row) -> tuple[int, str]:
        """Stream the body into the store from ``row``'s offset; returns (offset, why it ended)."""
        if writer.waiting:
            # A newer request arrived while this one was still being checked.
            return row["offset"], "superseded"
        task = asyncio.ensure_future(self._stream(request, row, writer))
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
            offset = await run_in_threadpool(self._durable_offset, row["upload_id"])
            return offset, "superseded"
        return task.result()

    def _durable_offset(self, upload_id: str) -> int:
        row = self.db.one('SELECT "offset" FROM uploads WHERE upload_id = ?', (upload_id,))
        return row["offset"] if row is not None else 0

    async def _stream(self, request: Request, row, holder: _Writer) -> tuple[int, str]:
        upload_id, length = row["upload_id"], row["length"]
        offset = recorded = row["offset"]
        blob_writer = self.blobs.writer(upload_id, offset, row["blob_state"])
        holder.blob_writer = blob_writer
        ended = "complete"
        try:
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
                blob_writer.write(chunk)
                offset += len(chunk)
                if self.metrics is not None:
                    self.metrics.received(len(chunk))
                if offset - recorded >= blob_writer.checkpoint_bytes:
                    # Not cancellable: a cancel can then only land while waiting for the
                    # network, never between making bytes durable and counting them.
                    await _to_the_end(self._checkpoint, blob_writer, upload_id, offset)
                    recorded = offset
        finally:
            try:
                if offset != recorded:
                    await _to_the_end(self._checkpoint, blob_writer, upload_id, offset)
            finally:
                holder.blob_writer = None
                blob_writer.close()
                log.info(
                    "patch upload=%s from=%d to=%d end=%s",
                    upload_id,
                    row["offset"],
                    offset,
                    "superseded" if _cancelling() else ended,
                )
        return offset, ended


async def _to_the_end(function, *args):
    """Run ``function`` in a worker thread and wait for it even if cancelled meanwhile; a
    cancellation that came in the while is passed on at the caller's next await."""
    future = asyncio.get_running_loop().run_in_executor(None, function, *args)
    cancelled = False
    while not future.done():
        try:
            await asyncio.shield(future)
        except asyncio.CancelledError:
            cancelled = True
    if cancelled:
        asyncio.current_task().cancel()
    return future.result()


def _lock_key(upload_id: str) -> str:
    return "upload:" + upload_id


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
