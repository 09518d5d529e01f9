"""Writing a follow-up question or its answer, as the desktop and the CLI both do it.

``ask_question`` is the clinic's question on a case already sent: the files given with it (a
report that came later) are imported into the case first, the usual way (other patients'
DICOM files refused), and ``sync.thread_send.ask`` then sends every file added since the case
was sent ahead of the question as a small update bundle. ``answer_question`` is the
specialist's answer to one question of a received case (``sync.thread_send.answer``).
``review_thread`` is the thread as the specialist's review shows it: every message with its
state and the files it refers to (found here by SHA-256 once the update bundle arrived).
Codes only: refusals are ``sync.thread_send.ThreadRefused``, ``local_store.errors.CaseClosed``,
``sync.enrollment.NotEnrolled`` and ``AttachRefused`` (with the importer's reject reasons).
Thread-safety: functions over a store; call from a worker thread, never the GUI thread (an
import reads every file); store writes run on the store's writer.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from local_store import cases
from local_store.errors import CaseClosed
from local_store.models import CaseStatus
from local_store.store import Store
from sync import thread, thread_send
from sync.thread import ThreadEntry
from sync.thread_send import Written

NOTHING_IMPORTED = "not_found"  # no file given could be read: the question is not kept


class AttachRefused(Exception):
    """A file given with a question could not join the case; nothing was asked.
    ``reasons`` are the importer's reject codes (empty: no file could be read at all)."""

    def __init__(self, reasons: Sequence[str]) -> None:
        super().__init__("attach_failed")
        self.code = "attach_failed"
        self.reasons = tuple(reasons)


def import_files(store: Store, case_id: str, paths: Sequence[str | Path]) -> None:
    """The files given with a question, into the case as an import would add them; a file
    that cannot be imported stops the question (AttachRefused)."""
    from local_store import importer  # loads pydicom: only when files are given

    work_dir = importer.new_work_dir(store)
    try:
        plan = importer.scan([str(p) for p in paths], work_dir)
        report = importer.run_import(store, case_id, plan)
    finally:
        importer.remove_work_dir(work_dir)
    if report.rejected or report.imported + report.duplicates == 0:
        raise AttachRefused([r.reason for r in report.rejected])


def ask_question(
    store: Store,
    data_dir: Path,
    case_id: str,
    text: str,
    paths: Sequence[str | Path] = (),
    *,
    cancel: threading.Event | None = None,
) -> Written:
    """The clinic's follow-up question on ``case_id`` with ``paths`` imported first; raises
    what ``sync.thread_send.ask`` raises, and AttachRefused."""
    if paths:
        if cases.get_case(store, case_id).status == CaseStatus.CLOSED:
            raise CaseClosed()  # before the files join a case that takes none
        if not text.strip():
            raise thread_send.ThreadRefused("message_unreadable")  # before files join the case
        import_files(store, case_id, paths)
    return thread_send.ask(store, data_dir, case_id, text, cancel=cancel)


def answer_question(store: Store, bundle_id: str, message_id: str, text: str) -> Written:
    """The specialist's answer to question ``message_id`` of received case ``bundle_id``."""
    return thread_send.answer(store, bundle_id, message_id, text)


def review_thread(store: Store, case_id: str) -> list[ThreadEntry]:
    """The received case's follow-up messages in order, each checked again as read."""
    return thread.thread_for_case(store, case_id)
