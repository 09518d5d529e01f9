"""The service's log: DATA/service.log (and stderr when run from the command line), one JSON
object per line: ``{"ts","level","logger","msg","request_id","instance"}``.

Lines carry ids, codes, sizes and times only: never manifest content, file names from inside
a bundle, tokens or query strings. Each request gets an id (the load balancer's X-Request-Id
when it is a short plain token, else a new one) that every line written while serving it
carries, across worker threads (a context variable, which Starlette copies into them).
Thread-safety: logging's handlers lock themselves; attach and detach are called from the
thread that starts and stops a service.
"""

from __future__ import annotations

import contextvars
import json
import logging
import os
import re
import secrets
import socket
import sys
import time
from pathlib import Path

LOG_FILE = "service.log"

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="")

# An id from outside is used only if it cannot smuggle anything into a log line.
GIVEN_ID = re.compile(r"[A-Za-z0-9._-]{8,64}")

INSTANCE = f"{socket.gethostname()}:{os.getpid()}"


def new_request_id(given: str | None) -> str:
    return given if given and GIVEN_ID.fullmatch(given) else secrets.token_hex(8)


class JsonLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
            "instance": INSTANCE,
        }
        if rid := request_id.get():
            line["request_id"] = rid
        if record.exc_info:
            # The exception's type and where it was raised; its message may quote data.
            kind, _value, tb = record.exc_info
            while tb is not None and tb.tb_next is not None:
                tb = tb.tb_next
            line["error"] = kind.__name__ if kind else ""
            if tb is not None:
                line["at"] = f"{Path(tb.tb_frame.f_code.co_filename).name}:{tb.tb_lineno}"
        return json.dumps(line, ensure_ascii=False)


def attach(data_dir: Path, *, to_stderr: bool) -> list[logging.Handler]:
    handlers: list[logging.Handler] = [logging.FileHandler(Path(data_dir) / LOG_FILE)]
    if to_stderr:
        handlers.append(logging.StreamHandler(sys.stderr))
    logger = logging.getLogger("opinion_service")
    logger.setLevel(logging.INFO)
    for handler in handlers:
        handler.setFormatter(JsonLines())
        logger.addHandler(handler)
    return handlers


def detach(handlers: list[logging.Handler]) -> None:
    logger = logging.getLogger("opinion_service")
    for handler in handlers:
        logger.removeHandler(handler)
        handler.close()
