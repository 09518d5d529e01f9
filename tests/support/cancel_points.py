"""Cancelling at a chosen point of real work, deterministically (no sleeps).

A ``CancelPoint`` wraps one real function of the code under test (through monkeypatch) and,
the first time that function has run (or is about to), either sets the work's cancel event
itself (Qt-free tests) or holds the worker thread until the test has pressed Cancel on the
screen (dialog tests), so the cancel lands exactly in the phase named.

``BUILD_PHASES`` and ``IMPORT_PHASES`` name, for each phase of building a bundle and of an
import, the function to cancel at; the Qt-free tests and the screen tests cancel at the same
points (``CancelPoint.at``).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from local_store import import_scan, importer
from local_store.blobs import BlobStore
from sync import submit
from sync.bundle import assemble, writer
from sync.bundle import format as bundle_format


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

    def at(self, monkeypatch, owner, name: str, when: str, condition=None) -> CancelPoint:
        """``after`` or ``before`` (``when``), as the phase tables below give it."""
        if when == "after":
            return self.after(monkeypatch, owner, name, condition)
        return self.before(monkeypatch, owner, name)


def _sig_written(path, data) -> bool:
    return path.name == bundle_format.ENVELOPE_SIG


# phase -> where to cancel in it: (owner, function, "after"/"before"[, condition])
BUILD_PHASES = {
    "reading reports": (assemble.document_analysis, "analyse_attachment", "before"),
    "planning": (assemble, "select_case_files", "after"),
    "re-encoding images": (assemble, "recompress_lossless", "after"),
    "encrypting files": (writer, "_encrypt_file", "after"),
    "writing the manifest": (assemble, "manifest_body", "after"),
    "signing": (writer, "_write_synced", "after", _sig_written),
    "queueing": (submit, "build_case_bundle", "after"),
}
IMPORT_PHASES = {
    "copying from the disc": (import_scan, "_copy", "after"),
    "unpacking a zip": (import_scan, "extract", "before"),
    "reading the files": (import_scan, "examine_file", "after"),
    "encrypting the files": (BlobStore, "put_file_pending", "after"),
    "recording a batch": (importer, "_record_batch", "after"),
}
# Cancelled in these, an import has recorded nothing yet.
SCAN_PHASES = {"copying from the disc", "unpacking a zip", "reading the files"}


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


def press_cancel_at(point: CancelPoint, qtbot, button, timeout_ms: int = 60_000) -> None:
    """On a dialog: wait until the work holds at ``point``, press Cancel, then let it go on."""
    qtbot.waitUntil(point.reached.is_set, timeout=timeout_ms)
    button.click()
    assert button.text() == "Stopping…"
    point.go_on.set()
