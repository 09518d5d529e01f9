"""Cancelling at a chosen point of real work, deterministically (no sleeps).

A ``CancelPoint`` wraps one real function of the code under test (through monkeypatch) and,
the first time that function has run (or is about to), either sets the work's cancel event
itself (Qt-free tests) or holds the worker thread until the test has pressed Cancel on the
screen (dialog tests), so the cancel lands exactly in the phase named.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path


class CancelPoint:
    def __init__(self, cancel: threading.Event | None = None, hold_seconds: float = 30) -> None:
        self.cancel = cancel  # set directly when given; else wait for the test to press Cancel
        self.reached = threading.Event()
        self.go_on = threading.Event()
        self._hold = hold_seconds

    def hit(self) -> None:
        if self.reached.is_set():
            return
        self.reached.set()
        if self.cancel is not None:
            self.cancel.set()
        else:
            self.go_on.wait(self._hold)

    def after(self, monkeypatch, owner, name: str, when=None) -> CancelPoint:
        """Cancel once ``owner.name`` has returned (and ``when(*args)`` holds, if given)."""
        real = getattr(owner, name)

        def wrapped(*args, **kwargs):
            result = real(*args, **kwargs)
            if when is None or when(*args, **kwargs):
                self.hit()
            return result

        monkeypatch.setattr(owner, name, wrapped)
        return self

    def before(self, monkeypatch, owner, name: str) -> CancelPoint:
        """Cancel just as ``owner.name`` is called: it runs with the cancel already set."""
        real = getattr(owner, name)

        def wrapped(*args, **kwargs):
            self.hit()
            return real(*args, **kwargs)

        monkeypatch.setattr(owner, name, wrapped)
        return self


def leftovers(data_dir: Path) -> list[str]:
    """Temporary files a cancel must not leave in the data folder: blob part files and
    plaintext copies, import work folders, half-built bundles."""
    found = []
    for folder in ("blobs/tmp", "import-work"):
        root = data_dir / folder
        if root.is_dir():
            found += [str(p.relative_to(data_dir)) for p in root.iterdir()]
    outbox = data_dir / "outbox"
    if outbox.is_dir():
        found += [str(p.relative_to(data_dir)) for p in outbox.iterdir()]
    return found


def problems_logged(caplog) -> list[str]:
    """Warnings, errors and tracebacks in the log: a cancel is none of those."""
    return [
        r.getMessage()
        for r in caplog.records
        if r.levelno >= logging.WARNING or r.exc_info or "Traceback" in r.getMessage()
    ]
