"""Running the service: uvicorn on a socket bound here (port 0 picks a free one), in a thread.

``start_in_thread`` returns once the server accepts connections; ``stop`` is bounded (a
graceful window, then forced). ``run`` blocks until SIGINT or SIGTERM, for the command line.
Thread-safety: a RunningService is started and stopped from one thread; the server and the
checker each run on their own thread.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
import threading
import time
from collections.abc import Callable

import uvicorn

from opinion_service import keys as service_keys
from opinion_service import logs
from opinion_service.app import build_app
from opinion_service.blobs import open_blobs
from opinion_service.config import ServiceConfig
from opinion_service.core import Core
from opinion_service.metadata import open_metadata
from opinion_service.metrics import Metrics
from opinion_service.uploads import Uploads
from opinion_service.worker import Worker

log = logging.getLogger("opinion_service")

STARTUP_SECONDS = 20.0
STOP_SECONDS = 5.0


class RunningService:
    def __init__(self, config: ServiceConfig, *, log_to_stderr: bool = False) -> None:
        config.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.config = config
        self.data_dir = config.data_dir
        self._handlers = logs.attach(config.data_dir, to_stderr=log_to_stderr)
        self.keys = service_keys.load_or_create(config.data_dir)
        self.db = open_metadata(config.db_url, config.data_dir)
        self.blobs = open_blobs(config.storage_url, config.data_dir)
        self.core = Core(config, self.keys, self.db, self.blobs)
        self.metrics = Metrics()
        self.uploads = Uploads(self.core, self.metrics)
        self.worker = Worker(self.core, self.uploads, self.metrics)
        self._sock = socket.socket(
            socket.AF_INET6 if ":" in config.host else socket.AF_INET, socket.SOCK_STREAM
        )
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind((config.host, config.port))
        self._sock.listen(128)
        host, port = self._sock.getsockname()[:2]
        shown = f"[{host}]" if ":" in host else host
        self.url = f"http://{shown}:{port}"
        self.port = port
        self._server = uvicorn.Server(
            uvicorn.Config(
                build_app(self.core, self.uploads, self.metrics),
                log_config=None,
                access_log=False,
                lifespan="off",
                http="h11",
                # Short: an idle keep-alive connection from a vanished laptop is dropped soon.
                timeout_keep_alive=5,
                timeout_graceful_shutdown=int(STOP_SECONDS),
            )
        )
        self._thread = threading.Thread(target=self._serve, name="opinion-service", daemon=True)

    def _serve(self) -> None:
        self._server.run(sockets=[self._sock])

    def start(self) -> RunningService:
        self.worker.start()
        self._thread.start()
        deadline = time.monotonic() + STARTUP_SECONDS
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the service did not start")
            time.sleep(0.01)
        log.info("listening url=%s service=%s", self.url, self.keys.service_id)
        return self

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(STOP_SECONDS + 2)
        if self._thread.is_alive():
            self._server.force_exit = True
            self._thread.join(STOP_SECONDS)
        with contextlib.suppress(OSError):
            self._sock.close()
        self.worker.stop()
        self.db.close()
        log.info("stopped")
        logs.detach(self._handlers)

    def __enter__(self) -> RunningService:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def start_in_thread(config: ServiceConfig, *, log_to_stderr: bool = False) -> RunningService:
    return RunningService(config, log_to_stderr=log_to_stderr).start()


def run(config: ServiceConfig, on_ready: Callable[[str], None] | None = None) -> None:
    """Serve until SIGINT or SIGTERM; ``on_ready(url)`` once connections are accepted."""
    stop = threading.Event()
    previous = {
        sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)
    }
    try:
        running = start_in_thread(config, log_to_stderr=True)
        try:
            if on_ready is not None:
                on_ready(running.url)
            while running.alive and not stop.wait(0.5):
                pass
        finally:
            running.stop()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
