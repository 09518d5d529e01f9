"""One file's resumable download: ``FileDownload`` brings one file of a case offered to this
device into a part file in the data folder, goes on from the part file's length after every
cut or stall, and hands the file over only once its size and SHA-256 equal the signed list's.

Each request is ``GET`` with ``Range: bytes=N-`` from the part file's length (the bytes that
arrived are never asked for again) and is read block by block: every block passes the
engine's bandwidth cap (the session's token bucket, shared with uploads), is appended to the
part file and counted in the engine's ``LinkGauge`` (sync/link.py), which measures the link
for the progress shown and sizes each socket read. A stall is found by the session's read
timeout. A cut after the request moved bytes is resumed at once (no probe, no backoff); one
that moved nothing raises ``Offline`` to the engine, which backs off with jitter.

A complete part file is hashed whole and compared with the signed list before it is renamed
to its final name; one that differs is deleted and refused (``DownloadRefused`` with the
file's name), so a changed byte is never used. A file with no signed hash (the clinic's
envelope and its signature, checked by signature afterwards) is bounded by ``max_size``.

Thread-safety: a ``FileDownload`` is made and used by the engine's one worker thread; its
progress callback runs on that thread.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from foundation.hashing_io import sha256_file
from sync.bundle import format as bundle_format
from sync.link import LinkGauge
from sync.protocol import CipherFile
from sync.transport.http import HttpSession, Interrupted, Offline, read_body
from sync.upload import CancelFlag

PART_SUFFIX = ".part"
TOO_LARGE = "too_large"  # a file without a signed size grew past its bound
RANGE_REFUSED = "range_refused"  # the service answered another range than asked


class DownloadRefused(Exception):
    """A file that does not match what was signed for it; ``code`` is a bundle problem code
    (``file_changed``) or TOO_LARGE/RANGE_REFUSED, ``file`` the file's name."""

    def __init__(self, code: str, file: str):
        super().__init__(f"{code} ({file})")
        self.code = code
        self.file = file


class FileDownload:
    """``url`` (a path on the session's service) into ``final``, through ``final`` + .part.

    ``expected``: the signed name, size and hash, or None for a file checked otherwise (then
    ``max_size`` bounds it). ``on_progress(done)`` is called with the file's bytes here.
    """

    def __init__(
        self,
        session: HttpSession,
        gauge: LinkGauge,
        url: str,
        final: Path,
        expected: CipherFile | None,
        on_progress: Callable[[int], None],
        *,
        max_size: int | None = None,
    ):
        self.session = session
        self.gauge = gauge
        self.url = url
        self.final = final
        self.part = final.with_name(final.name + PART_SUFFIX)
        self.expected = expected
        self.max_size = max_size
        self._on_progress = on_progress
        self.received = 0  # bytes that arrived in this object's requests (benchmarks)
        self.requests = 0

    @property
    def name(self) -> str:
        return self.final.name

    def fetch(self, cancel: CancelFlag) -> Path:
        """Download until the whole file is here and checked; returns its path. Raises
        DownloadRefused, Interrupted (``cancel`` set), Offline after a cut that moved nothing,
        and the session's other typed errors."""
        if self.final.exists():
            if self._matches(self.final):
                return self.final
            self.final.unlink()
        self.final.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        while True:
            offset = self._resume_offset()
            if self.expected is not None and offset == self.expected.size_cipher:
                break
            moved_from = offset
            try:
                done = self._get(offset, cancel)
            except Offline:
                if cancel.is_set():
                    raise Interrupted() from None
                if not self.gauge.resumed_after_cut(self._part_size() > moved_from):
                    raise
                continue
            if done:
                break
            if self._part_size() <= moved_from:
                raise Offline()  # a body that ended early and brought nothing
        if not self._matches(self.part):
            self.part.unlink(missing_ok=True)
            raise DownloadRefused(bundle_format.FILE_CHANGED, self.name)
        os.replace(self.part, self.final)
        return self.final

    def _part_size(self) -> int:
        try:
            return self.part.stat().st_size
        except FileNotFoundError:
            return 0

    def _resume_offset(self) -> int:
        """Where to go on from: the part file's length, unless it is longer than the file can
        be (then it starts again)."""
        size = self._part_size()
        limit = self.expected.size_cipher if self.expected is not None else self.max_size
        if limit is not None and size > limit:
            self.part.unlink()
            return 0
        return size

    def _matches(self, path: Path) -> bool:
        if self.expected is None:
            return True
        digest, size = sha256_file(path)
        return size == self.expected.size_cipher and digest == self.expected.sha256_cipher

    def _get(self, offset: int, cancel: CancelFlag) -> bool:
        """One request from ``offset``; True when the body ended with the whole file."""
        headers = {"Range": f"bytes={offset}-"} if offset else {}
        self.requests += 1
        started = time.monotonic()
        response = self.session.request(
            "GET", self.url, headers=headers, ok=(200, 206), allow=(416,), stream=True
        )
        try:
            if response.status_code == 416:
                # Asked from past the end: the part file cannot be of this file.
                self.part.unlink(missing_ok=True)
                raise DownloadRefused(RANGE_REFUSED, self.name)
            if response.status_code == 200:
                offset = 0  # the whole file came (a service that ignores Range)
            elif not response.headers.get("Content-Range", "").startswith(f"bytes {offset}-"):
                self.part.unlink(missing_ok=True)
                raise DownloadRefused(RANGE_REFUSED, self.name)
            limit = self.expected.size_cipher if self.expected is not None else self.max_size
            block = self.gauge.block()
            last = started
            with open(self.part, "r+b" if offset else "wb") as out:
                out.seek(offset)
                out.truncate()
                for data in read_body(response, block):
                    if not self.session.bucket.take(len(data), cancel.is_set):
                        raise Interrupted()
                    out.write(data)
                    n = len(data)
                    offset += n
                    self.received += n
                    if limit is not None and offset > limit:
                        out.close()
                        self.part.unlink(missing_ok=True)
                        code = bundle_format.FILE_CHANGED if self.expected else TOO_LARGE
                        raise DownloadRefused(code, self.name)
                    now = time.monotonic()
                    self.gauge.meter.add(n)
                    self.gauge.acked.add(n, now - last)
                    last = now
                    self._on_progress(offset)
                    if cancel.is_set():
                        raise Interrupted()
        finally:
            response.close()
        return self.expected is None or offset == self.expected.size_cipher
