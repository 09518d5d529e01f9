"""A small tus 1.0 client (core, creation; termination) on HttpSession, for any tus server.

Written rather than taken from tuspy, which has no timeouts and reads whole files into
memory. Each PATCH sends at most one chunk (``chunk_size`` may be a function, asked before
every PATCH, so the caller can size it from the measured link), streams it from the file and
moves on from the ``Upload-Offset`` the server answers. A 409 means our offset was stale: ask
HEAD and continue from the server's. A 404 or 410 raises UploadGone: the caller creates the
upload again. Thread-safety: one TusClient per HttpSession, used from one thread.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path

from sync.transport.http import FileSlice, HttpSession, ProtocolError, SyncError

OFFSET_CONTENT_TYPE = "application/offset+octet-stream"


class UploadGone(SyncError):
    """The upload URL is unknown, deleted or expired at the server (404/410)."""

    code = "upload_unknown"


def encode_metadata(metadata: dict[str, str]) -> str:
    return ",".join(
        f"{key} {base64.b64encode(value.encode('utf-8')).decode('ascii')}"
        for key, value in metadata.items()
    )


class _Never:
    def is_set(self) -> bool:
        return False


class TusClient:
    def __init__(self, session: HttpSession, uploads_url: str):
        self.session = session
        self.uploads_url = session.url(uploads_url)

    def create(self, length: int, metadata: dict[str, str]) -> str:
        """A new upload of ``length`` bytes; its absolute URL (Location resolved)."""
        response = self.session.request(
            "POST",
            self.uploads_url,
            headers={
                "Upload-Length": str(length),
                "Upload-Metadata": encode_metadata(metadata),
                "Content-Length": "0",
            },
            tus=True,
            ok=(200, 201),
        )
        location = response.headers.get("Location")
        response.close()
        if not location:
            raise ProtocolError("location_missing", status=response.status_code)
        return self.session.url_from(response.url, location)

    def offset(self, url: str) -> int:
        """The server's offset for ``url`` (HEAD)."""
        response = self.session.request(
            "HEAD",
            url,
            tus=True,
            ok=(200, 204),
            allow=(404, 410),
            headers={"Cache-Control": "no-store"},
        )
        response.close()
        if response.status_code in (404, 410):
            raise UploadGone(status=response.status_code)
        return _offset_header(response)

    def delete(self, url: str) -> None:
        response = self.session.request("DELETE", url, tus=True, ok=(204, 200), allow=(404, 410))
        response.close()

    def send(
        self,
        url: str,
        path: Path,
        offset: int,
        length: int,
        chunk_size: int | Callable[[], int],
        cancel=None,
        on_bytes: Callable[[int], None] | None = None,
        on_offset: Callable[[int], None] | None = None,
        read_timeout: Callable[[int], float] | None = None,
        block: Callable[[], int] | None = None,
    ) -> int:
        """PATCH ``path`` from ``offset`` until the server holds ``length`` bytes; returns it.

        ``on_bytes(n)`` counts bytes as they leave; ``on_offset(offset)`` is called with the
        server's offset after every PATCH (the caller persists it). ``read_timeout(size)``
        gives the wait for a PATCH's answer (default: the session's); ``block()`` the size of
        each socket write. Raises Interrupted when ``cancel.is_set()``, UploadGone, and the
        session's typed errors.
        """
        cancel = cancel or _Never()
        path = Path(path)
        while offset < length:
            size = chunk_size() if callable(chunk_size) else chunk_size
            size = max(1, min(int(size), length - offset))
            start = offset
            timeouts = None
            if read_timeout is not None:
                timeouts = (self.session.timeouts[0], read_timeout(size))
            piece = block() if block is not None else 16 * 1024

            def body(start=start, size=size, piece=piece) -> FileSlice:
                return FileSlice(
                    path, start, size, self.session.bucket, cancel.is_set, on_bytes, piece
                )

            response = self.session.request(
                "PATCH",
                url,
                headers={"Upload-Offset": str(start), "Content-Type": OFFSET_CONTENT_TYPE},
                body_factory=body,
                tus=True,
                ok=(204, 200),
                allow=(404, 409, 410),
                timeouts=timeouts,
            )
            response.close()
            if response.status_code in (404, 410):
                raise UploadGone(status=response.status_code)
            # 409: our offset was stale (a cut after the server stored more); ask for its own.
            offset = self.offset(url) if response.status_code == 409 else _offset_header(response)
            if on_offset is not None:
                on_offset(offset)
        return offset


def _offset_header(response) -> int:
    try:
        value = int(response.headers["Upload-Offset"])
    except (KeyError, ValueError):
        raise ProtocolError("offset_missing", status=response.status_code) from None
    if value < 0:
        raise ProtocolError("offset_missing", status=response.status_code)
    return value
