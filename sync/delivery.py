"""One outbox row's delivery: register its envelope, upload its files, commit, verify the
receipt. A row is a clinic's bundle, a bundle carried here on a USB stick from another clinic
device, or a specialist's signed opinion (``entry.kind``): the same steps, resumable the same
way, through the service's bundle or opinion endpoints (``_Route``).

``deliver`` registers the envelope once (each file's upload URL stored as the service hands it
out), uploads the manifest first and then the files smallest first (sync/upload.py), commits,
and marks the bundle sent only when the receipt is signed by the pinned service key and lists
exactly the envelope's files, sizes and hashes; then the local copy is removed. A commit that
names missing or changed files sends those again (at most three rounds). A problem no retry can
fix raises ``BundleFailed`` with its code; the session's typed errors pass through to the
engine, which decides between backing off and failing the bundle.

Store writes go straight to local_store.outbox (they run on the store's writer).
Thread-safety: called from the engine's one worker thread; no state of its own.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from local_store import outbox
from local_store.outbox import OutboxEntry, OutboxFile
from local_store.store import Store
from sync import protocol
from sync.bundle import format as bundle_format
from sync.enrollment import Enrollment
from sync.link import LinkGauge
from sync.transport.api import ServiceApi
from sync.transport.http import Interrupted, ProtocolError, ServerBusy
from sync.transport.tus import TusClient
from sync.upload import CancelFlag, FileUpload

# Local problems and receipt problems that no retry can fix.
BUNDLE_MISSING = "bundle_missing"
RECEIPT_SIGNATURE_BAD = "receipt_signature_bad"
RECEIPT_MISMATCH = "receipt_mismatch"

COMMIT_ROUNDS = 3  # commits that may name files to send again before the bundle waits

# Progress while sending: (file, bytes of the bundle done before this file, the bundle's
# bytes, bytes of this file done).
SendingProgress = Callable[[OutboxFile, int, int, int], None]


class BundleFailed(Exception):
    """A bundle that no retry will deliver; ``code`` is stored with it."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def verify_receipt(
    answer: object, envelope: protocol.Envelope, enrollment: Enrollment
) -> protocol.Signed[protocol.Receipt]:
    """The receipt, when it is signed by the pinned service key and lists exactly the bundle's
    files with their sizes and hashes; raises BundleFailed otherwise."""
    return _verified(protocol.Receipt, answer, envelope, enrollment)


def verify_opinion_receipt(
    answer: object, envelope: protocol.OpinionEnvelope, enrollment: Enrollment
) -> protocol.Signed[protocol.OpinionReceipt]:
    """The same rule for an opinion's receipt."""
    return _verified(protocol.OpinionReceipt, answer, envelope, enrollment)


def _verified(shape: Any, answer: object, envelope: Any, enrollment: Enrollment) -> Any:
    try:
        signed = protocol.Signed.open(shape, answer, enrollment.service_key_raw)
    except protocol.SignatureError:
        raise BundleFailed(RECEIPT_SIGNATURE_BAD) from None
    except protocol.ShapeError:
        raise BundleFailed(RECEIPT_MISMATCH) from None
    if not signed.value.covers(envelope, enrollment.service_id):
        raise BundleFailed(RECEIPT_MISMATCH)
    return signed


@dataclass(frozen=True)
class _Route:
    """Where a kind of outbox row goes at the service and how its answers are read."""

    parse_envelope: Callable[[bytes], Any]
    register: Callable[[ServiceApi, bytes, str], dict]
    commit: Callable[[ServiceApi, str], dict]
    verify: Callable[[object, Any, Enrollment], Any]
    owner_key: str  # what a tus upload's metadata names it by


ROUTES = {
    outbox.KIND_BUNDLE: _Route(
        protocol.Envelope.parse_bytes,
        ServiceApi.register,
        ServiceApi.commit,
        verify_receipt,
        "bundle_id",
    ),
    # A bundle carried here from another device goes to the same endpoints; the service
    # accepts it from this device on the signer's behalf (opinion_service.core.register).
    outbox.KIND_CARRIED: _Route(
        protocol.Envelope.parse_bytes,
        ServiceApi.register_carried,
        ServiceApi.commit,
        verify_receipt,
        "bundle_id",
    ),
    outbox.KIND_OPINION: _Route(
        protocol.OpinionEnvelope.parse_bytes,
        ServiceApi.register_opinion,
        ServiceApi.commit_opinion,
        verify_opinion_receipt,
        "opinion_id",
    ),
}


def deliver(
    store: Store,
    entry: OutboxEntry,
    enrollment: Enrollment,
    api: ServiceApi,
    tus: TusClient,
    gauge: LinkGauge,
    cancel: CancelFlag,
    on_sending: SendingProgress,
) -> None:
    """Send ``entry`` until the service signed for it. Raises BundleFailed, Interrupted (when
    ``cancel`` is set) and the session's typed errors."""
    folder = Path(entry.folder)
    try:
        envelope_bytes = (folder / bundle_format.ENVELOPE).read_bytes()
        signature = (folder / bundle_format.ENVELOPE_SIG).read_text("ascii")
    except (OSError, ValueError):
        raise BundleFailed(BUNDLE_MISSING) from None
    route = ROUTES[entry.kind]
    try:
        envelope = route.parse_envelope(envelope_bytes)
    except protocol.ShapeError as exc:
        # What the service would answer; no need to send it to hear that.
        raise BundleFailed(exc.code) from None
    bundle_id = entry.bundle_id
    if entry.state == outbox.QUEUED:
        outbox.set_state(store, bundle_id, outbox.SENDING)
    committed = False
    if not entry.registered or any(f.upload_url is None for f in entry.files):
        committed = _register(store, entry, route, api, envelope_bytes, signature)
    for _round in range(COMMIT_ROUNDS):
        if not committed:
            _upload_files(store, bundle_id, folder, tus, gauge, cancel, on_sending, route.owner_key)
        outbox.set_state(store, bundle_id, outbox.COMMITTING)
        try:
            answer = route.commit(api, bundle_id)
        except ProtocolError as exc:
            if exc.code == protocol.Error.INCOMPLETE:
                names = [str(n) for n in exc.body.get("missing") or []]
                outbox.reset_files(store, bundle_id, names, forget_upload=False)
                committed = False
                continue
            if exc.code == protocol.Error.FILE_CHANGED:
                names = [str(n) for n in exc.body.get("files") or []]
                outbox.reset_files(store, bundle_id, names, forget_upload=True)
                committed = False
                continue
            raise
        receipt = route.verify(answer, envelope, enrollment).to_json()
        outbox.mark_sent(store, bundle_id, receipt)
        # The service holds the bundle and signed for it: the local copy is no longer needed
        # (the receipt stays in the outbox row).
        shutil.rmtree(folder, ignore_errors=True)
        return
    raise ServerBusy(protocol.Error.INCOMPLETE)


def _register(
    store: Store,
    entry: OutboxEntry,
    route: _Route,
    api: ServiceApi,
    envelope_bytes: bytes,
    signature: str,
) -> bool:
    """Register the envelope and store each new upload URL; returns whether the service
    already holds the whole bundle (committed by an earlier run)."""
    answer = route.register(api, envelope_bytes, signature)
    committed = answer.get("state") == "committed"
    known = {f.name: f for f in entry.files}
    for item in answer.get("files") or []:
        url = item.get("upload_url")
        mine = known.get(item.get("name"))
        if url and mine is not None and mine.upload_url is None:
            absolute = api.session.url(url)
            outbox.set_upload(store, entry.bundle_id, mine.name, absolute, 0)
    outbox.mark_registered(store, entry.bundle_id)
    return committed


def _upload_files(
    store: Store,
    bundle_id: str,
    folder: Path,
    tus: TusClient,
    gauge: LinkGauge,
    cancel: CancelFlag,
    on_sending: SendingProgress,
    owner_key: str,
) -> None:
    """Upload every file not yet done: the manifest first, then the others smallest first."""
    entry = outbox.get_entry(store, bundle_id)
    assert entry is not None
    order = sorted(
        entry.files, key=lambda f: (f.name != bundle_format.MANIFEST, f.size, f.position)
    )
    bundle_done = sum(f.size for f in entry.files if f.state == outbox.FILE_DONE)
    bundle_total = sum(f.size for f in entry.files)
    for f in order:
        if f.state == outbox.FILE_DONE:
            continue
        if cancel.is_set():
            raise Interrupted()
        path = folder / f.name
        if not path.is_file() or path.stat().st_size != f.size:
            raise BundleFailed(BUNDLE_MISSING)
        progress = partial(on_sending, f, bundle_done, bundle_total)
        FileUpload(store, tus, gauge, bundle_id, f, path, progress, owner_key).send(cancel)
        bundle_done += f.size
