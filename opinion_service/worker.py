"""Work after the answer: each committed bundle is decrypted and checked in full (inner
signature, every plaintext hash) and then rejected or matched to a specialist; expired uploads
are swept away now and then.

One background thread takes bundle ids from a queue, so a large bundle's check never holds up
an HTTP answer. Bundles committed before a restart but never checked are queued again on start.
Thread-safety: ``submit`` may be called from any thread; the work runs on the worker thread.
"""

from __future__ import annotations

import logging
import queue
import threading

from opinion_service.core import Core
from opinion_service.uploads import Uploads
from sync.bundle.verify import verify_bundle

log = logging.getLogger("opinion_service")


class Worker:
    def __init__(self, core: Core, uploads: Uploads) -> None:
        self.core = core
        self.uploads = uploads
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="bundle-checker", daemon=True)
        core.on_committed = self.submit

    def start(self) -> None:
        for row in self.core.db.all(
            "SELECT bundle_id FROM bundles WHERE state = 'committed' ORDER BY committed_at"
        ):
            self.submit(row["bundle_id"])
        self._thread.start()

    def submit(self, bundle_id: str) -> None:
        self._queue.put(bundle_id)

    def stop(self, timeout: float = 10.0) -> None:
        self._queue.put(None)
        if self._thread.is_alive():
            self._thread.join(timeout)

    def idle(self) -> bool:
        return self._queue.unfinished_tasks == 0

    def _run(self) -> None:
        while True:
            try:
                bundle_id = self._queue.get(timeout=self.core.config.sweep_seconds)
            except queue.Empty:
                self._sweep()
                continue
            try:
                if bundle_id is None:
                    return
                self.check(bundle_id)
            except Exception:
                log.exception("check failed bundle=%s", bundle_id)
            finally:
                self._queue.task_done()

    def _sweep(self) -> None:
        try:
            count = self.uploads.expire_due()
        except Exception:
            log.exception("sweep failed")
            return
        if count:
            log.info("swept expired uploads=%d", count)

    def check(self, bundle_id: str) -> None:
        report = verify_bundle(self.core.paths.bundle(bundle_id), self.core.keys.age_identity)
        if not report.ok or report.manifest is None:
            problem = report.problems[0].code if report.problems else "manifest_unreadable"
            self.core.checked(bundle_id, problem, None)
            return
        self.core.checked(bundle_id, None, specialty_of(report.manifest))


def specialty_of(manifest: dict) -> str | None:
    case = manifest.get("case") or {}
    value = case.get("specialty") or (case.get("referral") or {}).get("specialty")
    return value.strip().lower() if isinstance(value, str) and value.strip() else None
