"""What a request may carry, read within limits: each route's body limit, the body counted as
it arrives (refused the moment it passes the limit, so memory stays bounded whatever a client
sends), JSON objects, and non-negative integer query parameters that fit the databases.

A declared ``Content-Length`` over the route's limit is refused before anything else,
authentication included; a chunked body is counted while it is read, after the token is
checked on routes that need one. tus PATCH bodies are not read here: they stream into the
upload (opinion_service.uploads), bounded by the upload's length.

Thread-safety: pure functions and constants; the readers run on the event loop.
"""

from __future__ import annotations

import json
import re

from starlette.requests import Request

from opinion_service.errors import ApiError
from sync.protocol import MAX_COUNT, Error

# The body limits of docs/sync-protocol.md ("Limits"). A small JSON request (enrollment,
# tokens, a status) is a few hundred bytes.
SMALL_JSON_LIMIT = 64 * 1024
# POST /v1/bundles: the envelope in base64 inside JSON. An entry of its file list takes about
# 170 bytes in base64, so this holds some 45,000 files: more DICOM instances than any case.
ENVELOPE_LIMIT = 8 * 1024 * 1024
# POST /v1/threads/{bundle_id}/messages: a sealed message (at most
# sync.protocol.THREAD_MESSAGE_MAX_SIZE) in base64 inside JSON.
THREAD_MESSAGE_LIMIT = 512 * 1024
# Routes that take no body.
NO_BODY = 0
# tus PATCH: the body streams into the upload instead (opinion_service.uploads).
STREAMED = None

_DIGITS = re.compile(r"[0-9]{1,19}")


class BodyTooLarge(ApiError):
    """413 ``too_large`` for a request body; the connection is closed after the answer, so
    the rest of the body is never read."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, Error.TOO_LARGE, f"request body over {limit} bytes", limit=limit)


def refuse_declared(request: Request, limit: int) -> None:
    """Refuse a body over ``limit`` by its headers alone, before a byte of it is read."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isascii() or not declared.isdigit():
            raise ApiError(400, Error.BAD_REQUEST, "Content-Length is not a number")
        if int(declared) > limit:
            raise BodyTooLarge(limit)
    elif limit == NO_BODY and "transfer-encoding" in request.headers:
        raise BodyTooLarge(limit)


def route_limit(request: Request, limit: int) -> None:
    """On entry to a route: refuse a body declared over ``limit`` and remember the limit for
    ``read_body``."""
    refuse_declared(request, limit)
    request.state.body_limit = limit


async def read_body(request: Request) -> bytes:
    """The whole body, refused (413) as soon as more than the route's limit has arrived."""
    limit = getattr(request.state, "body_limit", SMALL_JSON_LIMIT)
    refuse_declared(request, limit)
    chunks: list[bytes] = []
    received = 0
    async for chunk in request.stream():
        received += len(chunk)
        if received > limit:
            raise BodyTooLarge(limit)
        chunks.append(chunk)
    return b"".join(chunks)


async def json_object(request: Request) -> dict:
    """The body as a JSON object, within the route's limit."""
    body = await read_body(request)
    try:
        value = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError(400, Error.BAD_REQUEST, "body is not JSON") from exc
    if not isinstance(value, dict):
        raise ApiError(400, Error.BAD_REQUEST, "body is not a JSON object")
    return value


def query_count(request: Request, name: str, default: int) -> int:
    """A query parameter that must be a non-negative integer both databases can store
    (ASCII digits only; no sign, spaces or underscores)."""
    text = request.query_params.get(name)
    if text is None:
        return default
    if not _DIGITS.fullmatch(text) or int(text) > MAX_COUNT:
        raise ApiError(400, Error.BAD_REQUEST, f"{name} is not a non-negative 64-bit integer")
    return int(text)
