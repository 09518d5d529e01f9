"""One file's resumable upload: ``FileUpload`` sends a file to its tus upload from the offset
the service holds, and goes on from there after every cut.

It finds where to start (HEAD on the stored URL, or a new upload whose URL is stored before any
byte goes), then PATCHes chunks sized by the engine's ``LinkGauge`` (sync/link.py) and stores
the service's offset after each one. A cut after a stretch of PATCHes moved the offset is
resumed at once (HEAD, then PATCH: no probe, no backoff, no store write); a cut that moved
nothing raises ``Offline`` to the engine, which backs off. An upload the service no longer
knows is forgotten (``UploadGone``), so the next attempt creates it again. The file's
presence and size are the caller's to check (the bundle's envelope names them).

Store writes go straight to local_store.outbox (they run on the store's writer).
Thread-safety: a ``FileUpload`` is made and used by the engine's one worker thread; its
progress callback runs on that thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from local_store import outbox
from local_store.outbox import OutboxFile
from local_store.store import Store
from sync.link import LinkGauge
from sync.transport.http import Interrupted, Offline
from sync.transport.tus import TusClient, UploadGone


class CancelFlag(Protocol):
    """What stops a transfer between blocks: a ``threading.Event`` or anything like it."""

    def is_set(self) -> bool: ...


class FileUpload:
    """``file`` of outbox row ``bundle_id`` (a bundle, or an opinion with ``owner_key``
    ``"opinion_id"``), read from ``path``, sent to its tus upload.

    ``on_progress(file_done)`` is called as bytes leave, with the bytes of the file the service
    holds or that are on their way to it.
    """

    def __init__(
        self,
        store: Store,
        tus: TusClient,
        gauge: LinkGauge,
        bundle_id: str,
        file: OutboxFile,
        path: Path,
        on_progress: Callable[[int], None],
        owner_key: str = "bundle_id",
    ):
        self.store = store
        self.owner_key = owner_key
        self.tus = tus
        self.gauge = gauge
        self.bundle_id = bundle_id
        self.file = file
        self.path = path
        self._on_progress = on_progress
        self.url = file.upload_url
        self.offset = 0  # the service's offset, as last heard (HEAD or a PATCH's answer)
        self.stored_offset = 0  # the offset the outbox row holds
        self.in_flight = 0  # bytes handed to the socket since the service last answered
        # The PATCH under way: the offset it started from and when, for the acknowledged rate.
        self.request_start = 0
        self.request_started_at = 0.0

    def send(self, cancel: CancelFlag) -> None:
        """Send until the service holds the whole file. Raises Interrupted when ``cancel`` is
        set, UploadGone (the upload is forgotten), Offline after a cut that moved nothing, and
        the session's other typed errors."""
        url = self._start()
        while True:
            stretch_start = self.offset  # where this stretch of PATCHes began (after a HEAD)
            try:
                self.tus.send(
                    url,
                    self.path,
                    stretch_start,
                    self.file.size,
                    self._next_chunk,
                    cancel,
                    self._sent,
                    self._acknowledged,
                    read_timeout=self.gauge.answer_timeout,
                    block=self.gauge.block,
                )
                break
            except UploadGone:
                self._forget()
                raise
            except Offline:
                if cancel.is_set():
                    raise Interrupted() from None
                if not self._resume_after_cut(url, stretch_start):
                    raise
        if self.stored_offset != self.file.size:
            outbox.set_offset(self.store, self.bundle_id, self.file.name, self.file.size)

    def _start(self) -> str:
        """Where to begin: the service's offset for the stored upload, or a new upload; returns
        the upload's URL."""
        offset = 0
        if self.url is not None:
            try:
                offset = self.tus.offset(self.url)
            except UploadGone:
                self.url = None
        if self.url is None:
            self.url = self._create()
            offset = 0
        self.stored_offset = self.file.offset if self.file.upload_url == self.url else 0
        if offset != self.stored_offset:
            outbox.set_offset(self.store, self.bundle_id, self.file.name, offset)
            self.stored_offset = offset
        self.offset = offset
        self.request_start, self.request_started_at = offset, time.monotonic()
        return self.url

    def _create(self) -> str:
        # An opinion's file names its opinion, a bundle's its bundle (the service's tus rule).
        metadata = {
            self.owner_key: self.bundle_id,
            "name": self.file.name,
            "filename": self.file.name,
        }
        url = self.tus.create(self.file.size, metadata)
        # Stored before the first byte goes: a kill now costs one HEAD, never a second upload.
        outbox.set_upload(self.store, self.bundle_id, self.file.name, url, 0)
        return url

    def _forget(self) -> None:
        # Expired or deleted at the service: this file starts again (the others are kept).
        outbox.set_upload(self.store, self.bundle_id, self.file.name, None, 0)

    def _next_chunk(self) -> int:
        """Asked by the tus client before every PATCH."""
        size = self.gauge.next_chunk()
        self.request_start, self.request_started_at = self.offset, time.monotonic()
        return size

    def _sent(self, n: int) -> None:
        self.in_flight += n
        self.gauge.meter.add(n)
        self._on_progress(self.offset + self.in_flight)

    def _acknowledged(self, new_offset: int) -> None:
        """The service's offset after a PATCH."""
        self.gauge.acked.add(
            new_offset - self.request_start, time.monotonic() - self.request_started_at
        )
        moved = new_offset > self.offset
        self.offset = new_offset
        self.in_flight = 0
        # One commit per PATCH: the offset (for progress and after a restart; the service's
        # HEAD stays the truth) and, when it moved, the failure count starting again.
        outbox.record_offset(self.store, self.bundle_id, self.file.name, new_offset, moved=moved)
        self.stored_offset = new_offset
        rate = self.gauge.rate_to_save()
        if rate:
            outbox.record_rate(self.store, rate)

    def _resume_after_cut(self, url: str, stretch_start: int) -> bool:
        """After a cut (or a timeout) mid-PATCH: the service kept what crossed the link. Asks
        its offset (Offline here: the link is down) and says whether to go straight on."""
        cut_at = time.monotonic()
        try:
            server = self.tus.offset(url)
        except UploadGone:
            self._forget()
            raise
        self.gauge.acked.add(server - self.request_start, cut_at - self.request_started_at)
        self.in_flight = 0
        self.offset = max(server, 0)
        return self.gauge.resumed_after_cut(server > stretch_start)
