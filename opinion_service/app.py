"""The HTTP face of the service: Starlette routes for every endpoint of docs/sync-protocol.md.

Handlers are thin: they read headers and bodies, call ``Core``/``Uploads`` (synchronous work in
Starlette's worker threads so the event loop keeps streaming other uploads), and turn ApiError
into the protocol's JSON error. The access log names method, path (never the query string),
status, sizes and the request id only. For operators behind a load balancer: ``GET /healthz``
(200 when the metadata store answers, else 503) and ``GET /metrics`` (Prometheus text).
Thread-safety: the app runs on one event loop; see core and uploads.
"""

from __future__ import annotations

import logging
import time

from starlette.applications import Starlette
from starlette.concurrency import iterate_in_threadpool, run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from opinion_service import inputs, logs
from opinion_service.core import Core
from opinion_service.errors import ApiError
from opinion_service.metadata import count
from opinion_service.metrics import Metrics
from opinion_service.thread import Threads
from opinion_service.timeutil import http_date
from opinion_service.uploads import Uploads
from sync import protocol
from sync.protocol import Error

log = logging.getLogger("opinion_service")
access = logging.getLogger("opinion_service.access")

TUS_HEADERS = {"Tus-Resumable": protocol.TUS_VERSION}


def error_response(exc: ApiError, headers: dict | None = None) -> JSONResponse:
    return JSONResponse(exc.body(), status_code=exc.status, headers=headers)


def ranged_blob(request: Request, size: int, read, *args) -> Response:
    """A stored file without a local path, honouring ``Range: bytes=N-`` (the form clients
    send to resume a download) as FileResponse does for files."""
    headers = {"Cache-Control": "no-store", "Accept-Ranges": "bytes"}
    wanted = request.headers.get("range", "")
    start = 0
    if wanted.startswith("bytes=") and wanted.endswith("-") and wanted[6:-1].isdigit():
        start = int(wanted[6:-1])
        if start >= size and size > 0:
            return Response(status_code=416, headers={"Content-Range": f"bytes */{size}"})
    status = 206 if start else 200
    if start:
        headers["Content-Range"] = f"bytes {start}-{size - 1}/{size}"
    headers["Content-Length"] = str(size - start)
    if request.method == "HEAD":
        return Response(status_code=status, headers=headers)
    return StreamingResponse(
        iterate_in_threadpool(read(*args, start)),
        status_code=status,
        media_type="application/octet-stream",
        headers=headers,
    )


def build_app(core: Core, uploads: Uploads, metrics: Metrics | None = None) -> AccessLog:
    metrics = metrics or Metrics()
    review = uploads.review if uploads is not None else None

    async def authenticate(request: Request):
        return await run_in_threadpool(core.authenticate, request.headers.get("authorization"))

    def api(handler, *, tus: bool = False, body: int | None = inputs.SMALL_JSON_LIMIT):
        """``handler`` answering coded errors, its body limited to ``body`` bytes (checked
        from the headers before the handler runs, so before authentication)."""

        async def endpoint(request: Request) -> Response:
            extra = dict(TUS_HEADERS) if tus else None
            try:
                if body is not inputs.STREAMED:
                    inputs.route_limit(request, body)
                if tus and request.method != "OPTIONS":
                    version = request.headers.get("tus-resumable")
                    if version != protocol.TUS_VERSION:
                        return Response(
                            status_code=412,
                            headers={**TUS_HEADERS, "Tus-Version": protocol.TUS_VERSION},
                        )
                return await handler(request)
            except ApiError as exc:
                metrics.refused(exc.code)
                if isinstance(exc, inputs.BodyTooLarge):
                    extra = {**(extra or {}), "Connection": "close"}
                return error_response(exc, extra)

        return endpoint

    async def service(request: Request) -> Response:
        return JSONResponse(core.service_info())

    async def enroll(request: Request) -> Response:
        body = await inputs.json_object(request)
        return JSONResponse(await run_in_threadpool(core.enroll, body), status_code=201)

    async def challenge(request: Request) -> Response:
        body = await inputs.json_object(request)
        return JSONResponse(await run_in_threadpool(core.challenge, body))

    async def token(request: Request) -> Response:
        body = await inputs.json_object(request)
        return JSONResponse(await run_in_threadpool(core.token, body))

    async def register(request: Request) -> Response:
        device = await authenticate(request)
        body = await inputs.json_object(request)
        status, answer = await run_in_threadpool(core.register, device, body)
        return JSONResponse(answer, status_code=status)

    async def commit(request: Request) -> Response:
        device = await authenticate(request)
        await inputs.read_body(request)  # clients send {}; nothing in it is used
        status, answer = await run_in_threadpool(
            core.commit, device, request.path_params["bundle_id"], uploads
        )
        metrics.committed()
        return JSONResponse(answer, status_code=status)

    async def set_status(request: Request) -> Response:
        device = await authenticate(request)
        body = await inputs.json_object(request)
        answer = await run_in_threadpool(
            core.set_status, device, request.path_params["bundle_id"], body
        )
        return JSONResponse(answer)

    def stored_file(request: Request, info, read, *args) -> Response:
        if info.path is not None:
            # FileResponse answers Range requests itself (206, Content-Range, 416).
            return FileResponse(
                info.path,
                media_type="application/octet-stream",
                headers={"Cache-Control": "no-store"},
            )
        return ranged_blob(request, info.size, read, *args)

    async def bundle_file(request: Request) -> Response:
        device = await authenticate(request)
        bundle_id, name = request.path_params["bundle_id"], request.path_params["name"]
        key, info = await run_in_threadpool(core.bundle_file, device, bundle_id, name)
        if key is None:
            return stored_file(request, info, core.blobs.read_bundle_file, bundle_id, name)
        return stored_file(request, info, core.blobs.read_object, key)

    # ---- the way back: assignments and opinions

    async def assignments(request: Request) -> Response:
        device = await authenticate(request)
        return JSONResponse(await run_in_threadpool(review.assignments, device))

    async def accept(request: Request) -> Response:
        device = await authenticate(request)
        answer = await run_in_threadpool(review.accept, device, request.path_params["bundle_id"])
        return JSONResponse(answer)

    async def decline(request: Request) -> Response:
        device = await authenticate(request)
        body = await inputs.json_object(request)
        answer = await run_in_threadpool(
            review.decline, device, request.path_params["bundle_id"], body
        )
        return JSONResponse(answer)

    async def register_opinion(request: Request) -> Response:
        device = await authenticate(request)
        body = await inputs.json_object(request)
        status, answer = await run_in_threadpool(review.register_opinion, device, body)
        return JSONResponse(answer, status_code=status)

    async def commit_opinion(request: Request) -> Response:
        device = await authenticate(request)
        status, answer = await run_in_threadpool(
            review.commit_opinion, device, request.path_params["opinion_id"], uploads
        )
        return JSONResponse(answer, status_code=status)

    async def opinion_file(request: Request) -> Response:
        device = await authenticate(request)
        opinion_id, name = request.path_params["opinion_id"], request.path_params["name"]
        key, info = await run_in_threadpool(review.opinion_file, device, opinion_id, name)
        return stored_file(request, info, core.blobs.read_object, key)

    # ---- follow-up messages

    threads = Threads(core)

    async def thread_peer(request: Request) -> Response:
        device = await authenticate(request)
        answer = await run_in_threadpool(threads.peer, device, request.path_params["bundle_id"])
        return JSONResponse(answer)

    async def thread_post(request: Request) -> Response:
        device = await authenticate(request)
        body = await inputs.json_object(request)
        status, answer = await run_in_threadpool(
            threads.post, device, request.path_params["bundle_id"], body
        )
        return JSONResponse(answer, status_code=status)

    async def feed(request: Request) -> Response:
        device = await authenticate(request)
        after = inputs.query_count(request, "after", 0)
        limit = inputs.query_count(request, "limit", 100)
        return JSONResponse(await run_in_threadpool(core.feed, device, after, limit))

    # ---- tus

    async def uploads_options(request: Request) -> Response:
        return Response(
            status_code=204,
            headers={
                **TUS_HEADERS,
                "Tus-Version": protocol.TUS_VERSION,
                "Tus-Extension": ",".join(protocol.TUS_EXTENSIONS),
                "Tus-Max-Size": str(core.config.max_size),
            },
        )

    async def uploads_create(request: Request) -> Response:
        device = await authenticate(request)
        if request.headers.get("upload-defer-length"):
            raise ApiError(400, Error.BAD_REQUEST, "Upload-Defer-Length is not supported")
        status, row = await run_in_threadpool(
            uploads.create,
            device,
            request.headers.get("upload-length"),
            request.headers.get("upload-metadata"),
        )
        return Response(
            status_code=status,
            headers={
                **TUS_HEADERS,
                "Location": f"{protocol.UPLOADS_PATH}/{row['upload_id']}",
                "Upload-Expires": http_date(row["expires_at"]),
                "Upload-Offset": str(row["offset"]),
            },
        )

    async def upload_head(request: Request) -> Response:
        device = await authenticate(request)
        upload_id = request.path_params["upload_id"]
        await run_in_threadpool(uploads.lookup, device, upload_id)
        async with uploads.exclusive(upload_id):
            row = await run_in_threadpool(uploads.lookup, device, upload_id)
        return Response(
            status_code=200,
            headers={
                **TUS_HEADERS,
                "Upload-Offset": str(row["offset"]),
                "Upload-Length": str(row["length"]),
                "Upload-Expires": http_date(row["expires_at"]),
                "Cache-Control": "no-store",
            },
        )

    async def upload_patch(request: Request) -> Response:
        device = await authenticate(request)
        upload_id = request.path_params["upload_id"]
        if request.headers.get("content-type") != "application/offset+octet-stream":
            return error_response(
                ApiError(415, Error.BAD_REQUEST, "Content-Type must be offset+octet-stream"),
                TUS_HEADERS,
            )
        try:
            claimed = int(request.headers.get("upload-offset", ""))
        except ValueError as exc:
            raise ApiError(400, Error.BAD_REQUEST, "Upload-Offset missing") from exc
        await run_in_threadpool(uploads.lookup, device, upload_id)
        async with uploads.exclusive(upload_id) as writer:
            row = await run_in_threadpool(uploads.lookup, device, upload_id)
            if claimed != row["offset"]:
                raise ApiError(
                    409, Error.OFFSET_MISMATCH, "Upload-Offset differs", offset=row["offset"]
                )
            declared = request.headers.get("content-length")
            if declared and declared.isdigit() and claimed + int(declared) > row["length"]:
                raise ApiError(400, Error.BAD_REQUEST, "body goes past Upload-Length")
            offset, ended = await uploads.receive(request, writer, row)
            row = await run_in_threadpool(uploads.lookup, device, upload_id)
        if ended == "too_long":
            raise ApiError(400, Error.BAD_REQUEST, "body goes past Upload-Length")
        if ended == "superseded":
            raise ApiError(409, Error.OFFSET_MISMATCH, "a newer request took over this upload")
        return Response(
            status_code=204,
            headers={
                **TUS_HEADERS,
                "Upload-Offset": str(offset),
                "Upload-Expires": http_date(row["expires_at"]),
            },
        )

    async def upload_delete(request: Request) -> Response:
        device = await authenticate(request)
        upload_id = request.path_params["upload_id"]
        await run_in_threadpool(uploads.lookup, device, upload_id)
        async with uploads.exclusive(upload_id):
            await run_in_threadpool(uploads.delete, upload_id)
        return Response(status_code=204, headers=TUS_HEADERS)

    # ---- for operators

    def _store_answers() -> bool:
        try:
            core.db.one("SELECT 1 AS ok")
        except Exception:
            log.warning("health check: metadata store does not answer")
            return False
        return True

    async def health(request: Request) -> Response:
        ok = await run_in_threadpool(_store_answers)
        return JSONResponse(
            {"status": "ok" if ok else "unavailable"}, status_code=200 if ok else 503
        )

    async def metrics_text(request: Request) -> Response:
        def queue_depth() -> int:
            return count(core.db, "SELECT COUNT(*) AS n FROM jobs")

        text = await run_in_threadpool(metrics.text, uploads.in_progress(), queue_depth)
        return Response(text, media_type="text/plain; version=0.0.4")

    none = inputs.NO_BODY
    routes = [
        Route("/healthz", api(health, body=none), methods=["GET"]),
        Route("/metrics", api(metrics_text, body=none), methods=["GET"]),
        Route(protocol.SERVICE_PATH, api(service, body=none), methods=["GET"]),
        Route(protocol.ENROLL_PATH, api(enroll), methods=["POST"]),
        Route(protocol.CHALLENGE_PATH, api(challenge), methods=["POST"]),
        Route(protocol.TOKEN_PATH, api(token), methods=["POST"]),
        Route(protocol.BUNDLES_PATH, api(register, body=inputs.ENVELOPE_LIMIT), methods=["POST"]),
        Route(protocol.commit_path("{bundle_id}"), api(commit), methods=["POST"]),
        Route(protocol.status_path("{bundle_id}"), api(set_status), methods=["POST"]),
        Route(
            protocol.file_path("{bundle_id}", "{name}"),
            api(bundle_file, body=none),
            methods=["GET", "HEAD"],
        ),
        Route(protocol.FEED_PATH, api(feed, body=none), methods=["GET"]),
        Route(protocol.ASSIGNMENTS_PATH, api(assignments, body=none), methods=["GET"]),
        Route(protocol.accept_path("{bundle_id}"), api(accept), methods=["POST"]),
        Route(protocol.decline_path("{bundle_id}"), api(decline), methods=["POST"]),
        Route(protocol.OPINIONS_PATH, api(register_opinion), methods=["POST"]),
        Route(protocol.opinion_commit_path("{opinion_id}"), api(commit_opinion), methods=["POST"]),
        Route(
            protocol.opinion_file_path("{opinion_id}", "{name}"),
            api(opinion_file, body=none),
            methods=["GET", "HEAD"],
        ),
        Route(
            protocol.thread_peer_path("{bundle_id}"), api(thread_peer, body=none), methods=["GET"]
        ),
        Route(
            protocol.thread_messages_path("{bundle_id}"),
            api(thread_post, body=inputs.THREAD_MESSAGE_LIMIT),
            methods=["POST"],
        ),
        Route(
            protocol.UPLOADS_PATH, api(uploads_options, tus=True, body=none), methods=["OPTIONS"]
        ),
        Route(protocol.UPLOADS_PATH, api(uploads_create, tus=True, body=none), methods=["POST"]),
        Route(
            protocol.UPLOADS_PATH + "/{upload_id}",
            api(upload_head, tus=True, body=none),
            methods=["HEAD"],
        ),
        Route(
            protocol.UPLOADS_PATH + "/{upload_id}",
            api(upload_patch, tus=True, body=inputs.STREAMED),
            methods=["PATCH"],
        ),
        Route(
            protocol.UPLOADS_PATH + "/{upload_id}",
            api(upload_delete, tus=True, body=none),
            methods=["DELETE"],
        ),
    ]
    app = Starlette(routes=routes)
    return AccessLog(app, metrics)


class AccessLog:
    """One line per request: method, path without query, status, bytes in, time, under the
    request's id (answered in X-Request-Id). Pure ASGI, so streamed bodies pass through
    untouched."""

    def __init__(self, app, metrics: Metrics | None = None) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        given = dict(scope.get("headers") or []).get(b"x-request-id", b"").decode("latin-1")
        rid = logs.new_request_id(given)
        logs.request_id.set(rid)
        if self.metrics is not None:
            self.metrics.request()
        started = time.monotonic()
        status = {"code": 0}
        received = {"bytes": 0}

        async def counting_receive():
            message = await receive()
            if message["type"] == "http.request":
                received["bytes"] += len(message.get("body", b""))
            return message

        async def watching_send(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                message = {
                    **message,
                    "headers": [*message.get("headers", []), (b"x-request-id", rid.encode())],
                }
            await send(message)

        try:
            await self.app(scope, counting_receive, watching_send)
        finally:
            access.info(
                "%s %s %s in=%d %.3fs",
                scope["method"],
                scope["path"],
                status["code"],
                received["bytes"],
                time.monotonic() - started,
            )
