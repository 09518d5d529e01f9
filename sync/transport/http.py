"""HTTP for the sync engine: one ``requests.Session``, a connect and a read timeout on every
request, a shared bandwidth cap, typed errors.

``HttpSession`` maps every failure to a typed error with a code (never a sentence): ``Offline``
(refused, DNS, timeouts, resets: the link), ``ServerBusy`` (5xx), ``AuthExpired`` (401),
``ProtocolError`` (another 4xx, carrying the protocol's error code and the JSON body). Upload
bodies are ``FileSlice`` objects: read from the file in small blocks from an offset (memory
stays constant), counted as they go, held back by the cap, and stopped by a cancel flag.
Thread-safety: one HttpSession per engine run and per thread (requests sessions are not
meant to be shared across threads); the token bucket inside may be shared.
"""

from __future__ import annotations

import json as jsonlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import requests

from sync.link import TokenBucket
from sync.protocol import TUS_VERSION

DEFAULT_TIMEOUTS = (10.0, 30.0)  # seconds: connect, then between bytes read


class SyncError(Exception):
    """Base of the transport's typed errors; ``code`` names the case for wording and the store."""

    code = "sync_error"

    def __init__(self, code: str | None = None, *, status: int | None = None, body=None):
        super().__init__(code or self.code)
        if code:
            self.code = code
        self.status = status
        self.body = body if isinstance(body, dict) else {}


class Offline(SyncError):
    """The service could not be reached or stopped answering (refused, DNS, timeout, reset)."""

    code = "offline"


class ServerBusy(SyncError):
    """The service answered 5xx: try again later."""

    code = "server_busy"


class AuthExpired(SyncError):
    """401: the bearer token expired or is unknown (``code`` says which)."""

    code = "token_expired"


class ProtocolError(SyncError):
    """Another 4xx, with the protocol's error code (sync.protocol.Error)."""

    code = "protocol_error"


class Interrupted(Exception):
    """The cancel flag was raised while a body was being sent (pause or stop)."""


class FileSlice:
    """``length`` bytes of ``path`` from ``offset``, as a request body of known length.

    Iterated by urllib3 block by block; every block first passes the token bucket, then is
    counted with ``on_bytes(n)``. Raises Interrupted when ``cancelled()`` turns true.
    """

    def __init__(
        self,
        path: Path,
        offset: int,
        length: int,
        bucket: TokenBucket,
        cancelled: Callable[[], bool],
        on_bytes: Callable[[int], None] | None,
        block: int = 16 * 1024,
    ):
        self.path = path
        self._block = block
        self.offset = offset
        self.length = length
        self._bucket = bucket
        self._cancelled = cancelled
        self._on_bytes = on_bytes

    def __len__(self) -> int:
        return self.length

    def __iter__(self):
        left = self.length
        with open(self.path, "rb") as fh:
            fh.seek(self.offset)
            while left > 0:
                if self._cancelled():
                    raise Interrupted()
                want = min(left, self._bucket.block_size(self._block))
                if not self._bucket.take(want, self._cancelled):
                    raise Interrupted()
                block = fh.read(want)
                if not block:
                    raise OSError("file shorter than expected")
                left -= len(block)
                yield block
                if self._on_bytes is not None:
                    self._on_bytes(len(block))


def read_body(response: requests.Response, block: int) -> Iterator[bytes]:
    """A streamed response's body, ``block`` bytes at a time; a cut, a reset or a stall
    (the read timeout) raises Offline, as for any request."""
    try:
        yield from response.iter_content(block)
    except (requests.exceptions.RequestException, OSError) as exc:
        raise Offline() from exc


def error_code(response: requests.Response) -> tuple[str | None, dict]:
    try:
        body = response.json()
    except ValueError:
        return None, {}
    if not isinstance(body, dict):
        return None, {}
    code = body.get("error")
    return (code if isinstance(code, str) else None), body


class HttpSession:
    """Requests to one service (``base_url``), every one bounded by ``timeouts``."""

    def __init__(
        self,
        base_url: str,
        timeouts: tuple[float, float] = DEFAULT_TIMEOUTS,
        max_rate: float | None = None,
        *,
        token: str | None = None,
        renew_token: Callable[[], str] | None = None,
    ):
        self.base_url = base_url.rstrip("/") + "/"
        self.timeouts = timeouts
        self.bucket = TokenBucket(max_rate)
        self.token = token
        # Called on a 401 with token_expired/token_invalid; returns a fresh token (the caller
        # stores it). The request is then repeated once.
        self.renew_token = renew_token
        self._session = requests.Session()
        self._session.headers["User-Agent"] = "CaseBridge-sync/1"

    @property
    def max_rate(self) -> float | None:
        return self.bucket.rate

    @max_rate.setter
    def max_rate(self, value: float | None) -> None:
        self.bucket.rate = value

    def url(self, path_or_url: str) -> str:
        return urljoin(self.base_url, path_or_url)

    @staticmethod
    def url_from(request_url: str, location: str) -> str:
        """``location`` (absolute or relative) resolved against the URL it answered."""
        return urljoin(request_url, location)

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> HttpSession:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def request(
        self,
        method: str,
        path_or_url: str,
        *,
        json: Any = None,
        headers: dict[str, str] | None = None,
        body_factory: Callable[[], Any] | None = None,
        auth: bool = True,
        tus: bool = False,
        ok: tuple[int, ...] = (200, 201, 204),
        allow: tuple[int, ...] = (),
        timeouts: tuple[float, float] | None = None,
        stream: bool = False,
    ) -> requests.Response:
        """Send one request; return the response when its status is in ``ok`` or ``allow``.

        ``allow`` lets a caller handle some statuses itself (tus: 404, 409, 410). ``timeouts``
        replaces the session's (connect, read) for this request (a PATCH waits longer for its
        answer on a slow link). With ``stream`` the body is left to be read (a download: the
        caller reads it block by block and closes the response). Raises the typed errors above
        for everything else.
        """
        renewed = False
        while True:
            response = self._send(
                method, path_or_url, json, headers, body_factory, auth, tus, timeouts, stream
            )
            status = response.status_code
            if status in ok or status in allow:
                return response
            code, body = error_code(response)
            response.close()
            if status == 401:
                if auth and self.renew_token is not None and not renewed:
                    renewed = True
                    self.token = self.renew_token()
                    continue
                raise AuthExpired(code or AuthExpired.code, status=status, body=body)
            if status >= 500:
                raise ServerBusy(code or ServerBusy.code, status=status, body=body)
            raise ProtocolError(code or f"http_{status}", status=status, body=body)

    def _send(
        self,
        method,
        path_or_url,
        json,
        headers,
        body_factory,
        auth,
        tus,
        timeouts=None,
        stream=False,
    ):
        all_headers = dict(headers or {})
        if auth and self.token:
            all_headers["Authorization"] = f"Bearer {self.token}"
        if tus:
            all_headers["Tus-Resumable"] = TUS_VERSION
        data = None
        if json is not None:
            data = jsonlib.dumps(json).encode("utf-8")
            all_headers["Content-Type"] = "application/json"
        elif body_factory is not None:
            data = body_factory()
        try:
            return self._session.request(
                method,
                self.url(path_or_url),
                data=data,
                headers=all_headers,
                timeout=timeouts or self.timeouts,
                allow_redirects=False,
                stream=stream,
            )
        except Interrupted:
            raise
        except requests.exceptions.RequestException as exc:
            # Refused, DNS, connect/read timeouts, resets, a half-sent body: all the link.
            raise Offline() from exc
        except OSError as exc:
            raise Offline() from exc
