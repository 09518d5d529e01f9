"""The engine's receiving side on a specialist device: one attempt at a queued fetch with its
failures sorted, and the "in review" status sent once the specialist opened a case.

``attempt_fetch`` runs sync/fetch.py for one queued case and turns what happened into a
``FetchOutcome`` and a store write: stored; refused (a check failed: the fetch is failed with
its problem code and file, nothing stored, a person may try again); withdrawn (the service
says the case is no longer this device's: ``not_yours``, ``assignment_closed``); or backed off
with full jitter (offline, 5xx, ``not_ready`` while the copy is being made). Errors about the
device itself are returned for the engine to stop on.

Thread-safety: called from the engine's one worker thread (or the CLI's); no state of its own.
Store writes go straight to local_store.received (they run on the store's writer).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from local_store import received
from local_store.store import Store
from sync import link, protocol
from sync.download import DownloadRefused
from sync.enrollment import Enrollment
from sync.fetch import FetchRefused, ReceivingProgress, fetch_case, open_item, work_folder
from sync.link import LinkGauge
from sync.transport.api import ServiceApi
from sync.transport.http import (
    AuthExpired,
    HttpSession,
    Interrupted,
    Offline,
    ProtocolError,
    ServerBusy,
    SyncError,
)
from sync.upload import CancelFlag

# The service's word that the case is not (or no longer) this device's to fetch.
WITHDRAWN_CODES = frozenset(
    {
        protocol.Error.NOT_YOURS,
        protocol.Error.NOT_ASSIGNED,
        protocol.ReviewError.ASSIGNMENT_CLOSED,
    }
)
# Errors about this device rather than the case: the engine stops and asks to enroll again.
DEVICE_CODES = frozenset(
    {
        protocol.Error.DEVICE_UNKNOWN,
        protocol.Error.DEVICE_REVOKED,
        protocol.Error.TOKEN_INVALID,
        protocol.Error.TOKEN_EXPIRED,
        protocol.Error.CHALLENGE_INVALID,
    }
)


@dataclass(frozen=True)
class FetchOutcome:
    online: bool = True  # whether the service still looks reachable
    moved: bool = False  # whether any byte arrived in this attempt
    case_id: str | None = None  # stored as this local case
    refused: str | None = None  # a problem code: failed, nothing stored
    withdrawn: str | None = None  # the service's code: no longer this device's case
    device_error: str | None = None  # stop the run: enroll again


def attempt_fetch(
    store: Store,
    data_dir: Path,
    session: HttpSession,
    gauge: LinkGauge,
    fetch: received.Fetch,
    enrollment: Enrollment,
    cancel: CancelFlag,
    on_progress: ReceivingProgress,
    clock: Callable[[], float],
) -> FetchOutcome:
    """One try at ``fetch``; the outcome is already written to the store."""
    bundle_id = fetch.bundle_id
    moved = False

    def progress(name: str, before: int, total: int, done: int, size: int) -> None:
        nonlocal moved
        if not moved and done > 0:
            moved = True
            received.record_fetch_progress(store, bundle_id)
        on_progress(name, before, total, done, size)

    def backoff(code: str) -> None:
        attempts = fetch.attempts + (0 if moved else 1)
        retry_at = clock() + link.backoff_delay(max(1, attempts))
        received.record_fetch_failure(store, bundle_id, code, retry_at=retry_at, permanent=False)

    try:
        item = open_item(fetch, enrollment)
        case_id = fetch_case(store, data_dir, session, gauge, item, cancel, progress)
    except Interrupted:
        return FetchOutcome(moved=moved)
    except (FetchRefused, DownloadRefused) as refusal:
        received.record_fetch_failure(
            store, bundle_id, refusal.code, retry_at=None, permanent=True, file=refusal.file
        )
        return FetchOutcome(moved=moved, refused=refusal.code)
    except AuthExpired as exc:
        return FetchOutcome(moved=moved, device_error=exc.code)
    except ProtocolError as exc:
        if exc.code in DEVICE_CODES:
            return FetchOutcome(moved=moved, device_error=exc.code)
        if exc.code in WITHDRAWN_CODES:
            shutil.rmtree(work_folder(data_dir, bundle_id), ignore_errors=True)
            received.set_fetch_state(store, bundle_id, received.WITHDRAWN, exc.code)
            return FetchOutcome(moved=moved, withdrawn=exc.code)
        if exc.code == protocol.ReviewError.NOT_READY:
            backoff(exc.code)
            return FetchOutcome(moved=moved)
        received.record_fetch_failure(
            store, bundle_id, exc.code, retry_at=None, permanent=True, file=None
        )
        return FetchOutcome(moved=moved, refused=exc.code)
    except (Offline, ServerBusy) as exc:
        backoff(exc.code)
        return FetchOutcome(online=not isinstance(exc, Offline), moved=moved)
    except SyncError as exc:
        backoff(exc.code)
        return FetchOutcome(moved=moved)
    return FetchOutcome(moved=moved, case_id=case_id)


def send_opened(store: Store, api: ServiceApi) -> None:
    """Tell the service each case opened here is in review (the clinic's feed then says so).
    Raises Offline and the session's other transient errors; a case that is no longer this
    device's is not told again."""
    for bundle_id in received.status_unsent(store):
        try:
            api.set_status(bundle_id, protocol.Status.IN_REVIEW)
        except ProtocolError as exc:
            if exc.code in DEVICE_CODES:
                raise
        received.mark_status_sent(store, bundle_id)
