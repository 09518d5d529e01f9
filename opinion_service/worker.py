"""Work after the answer: each committed bundle is decrypted and checked in full (inner
signature, every plaintext hash) and then rejected or matched to a specialist; the assigned
specialist's copy is re-encrypted to its key (opinion_service.review); expired uploads are
swept away now and then.

The work waits in the metadata store's job queue (table ``jobs``, one row per kind of work and
bundle, queued in the commit's own transaction). A background thread takes the oldest job that
no instance is working on (``Metadata.take_job``: FOR UPDATE SKIP LOCKED on PostgreSQL), so
any instance can do any job, a large bundle's check never holds up an HTTP answer, and a job
whose instance died is taken again by another. Each kind of work has a handler in
``Worker.handlers`` (``check``, ``reencrypt``). Bundles committed before the queue
existed are queued on start. Thread-safety: ``submit`` may be called from any thread; the work
runs on the worker thread.
"""

from __future__ import annotations

import logging
import threading
import time

from opinion_service.core import CHECK_JOB, REENCRYPT_JOB, Core
from opinion_service.metadata import count, enqueue_job
from opinion_service.review import Review
from opinion_service.uploads import Uploads
from sync.bundle.verify import verify_bundle
from sync.protocol import Urgency

log = logging.getLogger("opinion_service")


class Worker:
    def __init__(self, core: Core, uploads: Uploads, metrics=None) -> None:
        self.core = core
        self.uploads = uploads
        self.metrics = metrics
        self.review = Review(core)
        self.handlers = {CHECK_JOB: self.check, REENCRYPT_JOB: self.review.make_copy}
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._busy = False
        self._thread = threading.Thread(target=self._run, name="bundle-checker", daemon=True)
        core.on_committed = self.submit

    def start(self) -> None:
        with self.core.db.transaction() as conn:
            for row in conn.execute(
                "SELECT bundle_id FROM bundles WHERE state = 'committed' ORDER BY committed_at"
            ).fetchall():
                enqueue_job(conn, CHECK_JOB, row["bundle_id"])
        self._thread.start()

    def submit(self, bundle_id: str) -> None:
        """A job was queued here: look now rather than at the next poll."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stopping.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def idle(self) -> bool:
        """Nothing being worked on here and nothing queued for any instance."""
        if self._busy:
            return False
        return count(self.core.db, "SELECT COUNT(*) AS n FROM jobs") == 0

    def queue_depth(self) -> int:
        return count(self.core.db, "SELECT COUNT(*) AS n FROM jobs")

    def _run(self) -> None:
        last_sweep = time.monotonic()
        while not self._stopping.is_set():
            try:
                worked = self.run_one()
            except Exception:
                log.exception("job queue unavailable")
                worked = False
            if time.monotonic() - last_sweep >= self.core.config.sweep_seconds:
                self._sweep()
                last_sweep = time.monotonic()
            if not worked:
                self._wake.wait(min(self.core.config.job_poll_seconds, 1.0))
                self._wake.clear()

    def run_one(self) -> bool:
        """Do the oldest free job, if any; True if there was one."""
        self._busy = True
        try:
            with self.core.db.take_job(tuple(self.handlers)) as job:
                if job is None:
                    return False
                try:
                    self.handlers[job["kind"]](job["bundle_id"])
                except Exception:
                    # Logged and dropped, as a bundle that cannot be checked stays committed
                    # for a person to look at; a job whose instance died is not dropped.
                    log.exception("job failed kind=%s bundle=%s", job["kind"], job["bundle_id"])
                return True
        finally:
            self._busy = False

    def _sweep(self) -> None:
        try:
            count = self.uploads.expire_due()
        except Exception:
            log.exception("sweep failed")
            return
        if count:
            log.info("swept expired uploads=%d", count)

    def check(self, bundle_id: str) -> None:
        with self.core.blobs.bundle_folder(bundle_id) as folder:
            report = verify_bundle(folder, self.core.keys.age_identity)
        if not report.ok or report.manifest is None:
            problem = report.problems[0].code if report.problems else "manifest_unreadable"
            self.core.checked(bundle_id, problem, None)
            return
        self.core.checked(
            bundle_id,
            None,
            specialty_of(report.manifest),
            urgency_of(report.manifest),
            follows_of(report.manifest),
        )


def urgency_of(manifest: dict) -> str:
    """``urgent`` or ``routine`` (anything else, or nothing, is routine)."""
    referral = (manifest.get("case") or {}).get("referral") or {}
    value = referral.get("urgency")
    return Urgency.URGENT if value == Urgency.URGENT else Urgency.ROUTINE


def follows_of(manifest: dict) -> str | None:
    """The bundle an update bundle follows (its manifest's ``update_of``), if it is one."""
    value = manifest.get("update_of")
    return value if isinstance(value, str) and value else None


def specialty_of(manifest: dict) -> str | None:
    case = manifest.get("case") or {}
    value = case.get("specialty") or (case.get("referral") or {}).get("specialty")
    return value.strip().lower() if isinstance(value, str) and value.strip() else None
