"""The service's log: DATA/service.log (and stderr when run from the command line).

Lines carry ids, codes, sizes and times only: never manifest content, file names from inside
a bundle, tokens or query strings. Thread-safety: logging's handlers lock themselves; attach
and detach are called from the thread that starts and stops a service.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

LOG_FILE = "service.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"


def attach(data_dir: Path, *, to_stderr: bool) -> list[logging.Handler]:
    handlers: list[logging.Handler] = [logging.FileHandler(Path(data_dir) / LOG_FILE)]
    if to_stderr:
        handlers.append(logging.StreamHandler(sys.stderr))
    logger = logging.getLogger("opinion_service")
    logger.setLevel(logging.INFO)
    for handler in handlers:
        handler.setFormatter(logging.Formatter(FORMAT))
        logger.addHandler(handler)
    return handlers


def detach(handlers: list[logging.Handler]) -> None:
    logger = logging.getLogger("opinion_service")
    for handler in handlers:
        logger.removeHandler(handler)
        handler.close()
