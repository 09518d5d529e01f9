"""A clinic receiving a specialist's opinion: one queued ``opinion_ready`` item downloaded,
checked and kept, or refused with a named reason and nothing kept.

``receive_opinion`` checks, in order: the queued item still opens with the pinned service
key; it names a bundle this device sent, with the manifest this device sent (the plaintext's
SHA-256 recorded when the bundle was built); it vouches for a specialist's key; then
opinion.age comes with the same resumable Range download as a case's files (sync/download.py:
the engine's session, LinkGauge and timeouts; a part file in ``DATA_DIR/opinions/<id>/`` that
a cut, a stall or a killed process goes on from), its size and SHA-256 equal to the signed
item's; it decrypts with this device's age identity; the specialist's Ed25519 signature holds
for the key the service vouched for (sync.opinion.unseal_signed); the document names the same
opinion, bundle, manifest, correction and device as the item. Only then is it stored
(local_store.received_opinions: the document's bytes, the vouch, the fingerprint; the case
becomes ``opinion_received``) and the work folder removed.

``attempt_receive`` runs it for the engine and sorts what happened: stored; refused (the row
is refused with its code, the work folder removed); backed off with full jitter (offline,
5xx); or a device error for the engine to stop on. The refusal codes are this module's
constants; wording.sync says them in plain words.

Thread-safety: called from the engine's one worker thread (or the CLI's); no state of its own.
Store writes go straight to local_store.received_opinions (they run on the store's writer).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from local_store import outbox, received_opinions
from local_store.received_opinions import OpinionFetch
from local_store.store import Store
from sync import link, protocol
from sync.device_keys import fingerprint, load_or_create
from sync.download import DownloadRefused, FileDownload
from sync.enrollment import Enrollment
from sync.link import LinkGauge
from sync.opinion import unseal_signed
from sync.receiving import DEVICE_CODES
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

OPINIONS_DIR = "opinions"

# Why an opinion was kept out (each worded in wording.sync).
SIGNER_UNKNOWN = "opinion_signer_unknown"  # not signed by the key the service vouched for
OTHER_CASE = "opinion_other_case"  # not an answer to a bundle this device sent, as sent
CHANGED = "opinion_changed"  # a byte differs from what was signed, or it does not decrypt
REPLAYED = received_opinions.REPLAYED  # this opinion is here already, or re-sent as another
FORMAT_UNKNOWN = "opinion_format_unknown"  # a newer opinion format than this version reads
ITEM_UNREADABLE = "opinion_item_unreadable"  # the queued item no longer verifies
UNAVAILABLE = "opinion_unavailable"  # the service refuses to give the opinion it announced
REFUSAL_CODES = (
    SIGNER_UNKNOWN,
    OTHER_CASE,
    CHANGED,
    REPLAYED,
    FORMAT_UNKNOWN,
    ITEM_UNREADABLE,
    UNAVAILABLE,
)

# Progress while receiving: (file name, bytes done, the file's size).
OpinionProgress = Callable[[str, int, int], None]


class OpinionRefused(Exception):
    """An opinion that failed a check; nothing of it was kept. ``code``: one of REFUSAL_CODES."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def work_folder(data_dir: Path, opinion_id: str) -> Path:
    return Path(data_dir) / OPINIONS_DIR / opinion_id


def open_item(fetch: OpinionFetch, enrollment: Enrollment) -> protocol.OpinionReady:
    """The queued item, checked again against the pinned service key."""
    try:
        return protocol.Signed.open(
            protocol.OpinionReady, fetch.item, enrollment.service_key_raw
        ).value
    except (protocol.SignatureError, protocol.ShapeError):
        raise OpinionRefused(ITEM_UNREADABLE) from None


def _answers_what_we_sent(store: Store, item: protocol.OpinionReady) -> str:
    """The local case the item's bundle belongs to, once the bundle and its manifest are what
    this device sent. A bundle built before manifests were recorded has only the service's
    signed word for its manifest."""
    sent = outbox.sent_manifest(store, item.bundle_id)
    if sent is None:
        raise OpinionRefused(OTHER_CASE)
    case_id, manifest_sha256 = sent
    if manifest_sha256 is not None and manifest_sha256 != item.manifest_sha256:
        raise OpinionRefused(OTHER_CASE)
    return case_id


def receive_opinion(
    store: Store,
    data_dir: Path,
    session: HttpSession,
    gauge: LinkGauge,
    fetch: OpinionFetch,
    enrollment: Enrollment,
    cancel: CancelFlag,
    on_progress: OpinionProgress,
) -> str:
    """Download, check and keep the opinion ``fetch`` announces; returns the local case id.
    Raises OpinionRefused (nothing kept), Interrupted (``cancel`` set; the part file is kept
    to go on from) and the session's typed errors."""
    item = open_item(fetch, enrollment)
    case_id = _answers_what_we_sent(store, item)
    vouch = item.specialist
    if vouch.role != protocol.Role.SPECIALIST:
        raise OpinionRefused(SIGNER_UNKNOWN)
    names = [f.name for f in item.files]
    if names != [protocol.OPINION_FILE] or item.files[0].size_cipher > protocol.OPINION_MAX_SIZE:
        raise OpinionRefused(CHANGED)
    expected = item.files[0]
    work = work_folder(data_dir, item.opinion_id)
    work.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        path = FileDownload(
            session,
            gauge,
            protocol.opinion_file_path(item.opinion_id, expected.name),
            work / expected.name,
            expected,
            lambda done: on_progress(expected.name, done, expected.size_cipher),
        ).fetch(cancel)
        signed, plain = _open(path.read_bytes(), store, vouch.ed25519_raw)
        document = signed.value
        if (document.bundle_id, document.manifest_sha256) != (
            item.bundle_id,
            item.manifest_sha256,
        ):
            raise OpinionRefused(OTHER_CASE)
        if (document.opinion_id, document.replaces) != (item.opinion_id, item.replaces):
            # A signed opinion offered under another id: the same words sent again.
            raise OpinionRefused(REPLAYED)
        if document.device_id != vouch.device_id:
            raise OpinionRefused(SIGNER_UNKNOWN)
        if cancel.is_set():
            raise Interrupted()
        stored = received_opinions.store_opinion(
            store,
            fetch.cursor,
            opinion_id=item.opinion_id,
            case_id=case_id,
            bundle_id=item.bundle_id,
            replaces=item.replaces,
            signed=plain,
            signer=vouch.to_json(),
            fingerprint=fingerprint(vouch.ed25519_raw),
        )
    except (OpinionRefused, DownloadRefused):
        shutil.rmtree(work, ignore_errors=True)
        raise
    shutil.rmtree(work, ignore_errors=True)
    if not stored:
        raise OpinionRefused(REPLAYED)
    return case_id


def _open(sealed: bytes, store: Store, signer_raw: bytes):
    identity = load_or_create(store).age_identity
    try:
        return unseal_signed(sealed, identity, signer_raw)
    except protocol.SignatureError:
        raise OpinionRefused(SIGNER_UNKNOWN) from None
    except protocol.ShapeError as exc:
        if exc.code == protocol.Error.FORMAT_UNKNOWN:
            raise OpinionRefused(FORMAT_UNKNOWN) from None
        raise OpinionRefused(CHANGED) from None


@dataclass(frozen=True)
class ReceiveOutcome:
    online: bool = True  # whether the service still looks reachable
    moved: bool = False  # whether any byte arrived in this attempt
    case_id: str | None = None  # stored for this local case
    refused: str | None = None  # a refusal code: kept out, nothing stored
    device_error: str | None = None  # stop the run: enroll again


def attempt_receive(
    store: Store,
    data_dir: Path,
    session: HttpSession,
    gauge: LinkGauge,
    fetch: OpinionFetch,
    enrollment: Enrollment,
    cancel: CancelFlag,
    on_progress: OpinionProgress,
    clock: Callable[[], float],
) -> ReceiveOutcome:
    """One try at ``fetch``; the outcome is already written to the store."""
    moved = False

    def progress(name: str, done: int, size: int) -> None:
        nonlocal moved
        if not moved and done > 0:
            moved = True
            received_opinions.record_progress(store, fetch.cursor)
        on_progress(name, done, size)

    def backoff(code: str) -> None:
        attempts = fetch.attempts + (0 if moved else 1)
        retry_at = clock() + link.backoff_delay(max(1, attempts))
        received_opinions.record_failure(
            store, fetch.cursor, code, retry_at=retry_at, permanent=False
        )

    def refuse(code: str) -> ReceiveOutcome:
        received_opinions.record_failure(store, fetch.cursor, code, retry_at=None, permanent=True)
        return ReceiveOutcome(moved=moved, refused=code)

    try:
        case_id = receive_opinion(
            store, data_dir, session, gauge, fetch, enrollment, cancel, progress
        )
    except Interrupted:
        return ReceiveOutcome(moved=moved)
    except OpinionRefused as refusal:
        return refuse(refusal.code)
    except DownloadRefused:
        return refuse(CHANGED)
    except AuthExpired as exc:
        return ReceiveOutcome(moved=moved, device_error=exc.code)
    except ProtocolError as exc:
        if exc.code in DEVICE_CODES:
            return ReceiveOutcome(moved=moved, device_error=exc.code)
        # The service says it is not this device's, or will not give what it announced: no
        # retry changes that.
        shutil.rmtree(work_folder(data_dir, fetch.opinion_id), ignore_errors=True)
        return refuse(OTHER_CASE if exc.code == protocol.Error.NOT_YOURS else UNAVAILABLE)
    except (Offline, ServerBusy) as exc:
        backoff(exc.code)
        return ReceiveOutcome(online=not isinstance(exc, Offline), moved=moved)
    except SyncError as exc:
        backoff(exc.code)
        return ReceiveOutcome(moved=moved)
    return ReceiveOutcome(moved=moved, case_id=case_id)
