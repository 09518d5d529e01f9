"""One case offered to this specialist device: fetched, verified in full and stored read-only.

``fetch_case`` takes a ``case_assigned`` item the service signed (its signature was checked
against the pinned service key when the feed was read, and is checked again here from the
queue, so a row changed on disk is worth nothing) and:

1. downloads the clinic's ``envelope.json`` and ``envelope.sig``, and checks that the envelope
   names this bundle, the clinic device the service vouches for (its id and Ed25519 key) and
   exactly the files of the offer;
2. downloads ``manifest.age`` and then every ``fNNN.age``, smallest first, each resumable
   (sync/download.py) and refused unless it equals the signed list;
3. opens the copy with the bundle opener (sync/bundle/opener.py, ciphertext checked against
   the signed list): the envelope's signature, the manifest decrypted with this device's age
   identity, its SHA-256 equal to the offer's ``manifest_sha256``, its inner signature by the
   vouched clinic key, every plaintext hash;
4. puts every file into the store's encrypted blob store and keeps the case
   (``local_store.received.store_received``).

The work folder (``fetch/BUNDLE_ID`` in the data folder: ciphertext to resume from, then the
opened plaintext for the moment it takes to store it) is private and removed once the case is
stored; a refusal (``FetchRefused`` with a problem code and the file) removes it too, and
nothing is stored.

Thread-safety: called from the engine's one worker thread (or the CLI's); no state of its own.
Store writes go straight to local_store.received (they run on the store's writer).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from local_store import received
from local_store.blobs import PendingBlob
from local_store.store import Store
from sync import protocol
from sync.bundle import format as bundle_format
from sync.bundle.opener import BundleInvalid, open_bundle, safe_name
from sync.device_keys import load_or_create
from sync.download import DownloadRefused, FileDownload
from sync.enrollment import Enrollment
from sync.link import LinkGauge
from sync.transport.http import HttpSession, Interrupted
from sync.upload import CancelFlag

FETCH_DIR = "fetch"
ENVELOPE_MAX = 1024 * 1024  # envelope.json of 100 000 files is well under this

# Refusals of our own (the others are the bundle format's problem codes).
ITEM_UNREADABLE = "item_unreadable"  # the queued item no longer verifies with the pinned key
ENVELOPE_MISMATCH = "envelope_mismatch"  # another bundle, device, key or files than offered
MANIFEST_MISMATCH = bundle_format.MANIFEST_MISMATCH  # not the manifest the offer names

# Progress while receiving: (file name, bytes of the case done before this file, the case's
# bytes, bytes of this file done, this file's size).
ReceivingProgress = Callable[[str, int, int, int, int], None]


class FetchRefused(Exception):
    """A case that failed a check; nothing of it was stored. ``code`` names the check,
    ``file`` the bundle file concerned (empty when none)."""

    def __init__(self, code: str, file: str = ""):
        super().__init__(f"{code} ({file})" if file else code)
        self.code = code
        self.file = file


def work_folder(data_dir: Path, bundle_id: str) -> Path:
    return Path(data_dir) / FETCH_DIR / bundle_id


def open_item(fetch: received.Fetch, enrollment: Enrollment) -> protocol.CaseAssigned:
    """The queued item, checked again against the pinned service key."""
    try:
        return protocol.Signed.open(
            protocol.CaseAssigned, fetch.item, enrollment.service_key_raw
        ).value
    except (protocol.SignatureError, protocol.ShapeError):
        raise FetchRefused(ITEM_UNREADABLE) from None


def fetch_case(
    store: Store,
    data_dir: Path,
    session: HttpSession,
    gauge: LinkGauge,
    item: protocol.CaseAssigned,
    cancel: CancelFlag,
    on_progress: ReceivingProgress,
) -> str:
    """Fetch, check and store the case ``item`` offers; returns the local case id. Raises
    FetchRefused (nothing stored), Interrupted (``cancel`` set; what arrived is kept to go on
    from) and the session's typed errors."""
    work = work_folder(data_dir, item.bundle_id)
    bundle_dir = work / "bundle"
    bundle_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        _fetch_envelope(session, gauge, item, bundle_dir, cancel)
        _fetch_files(session, gauge, item, bundle_dir, cancel, on_progress)
        case_id = _open_and_store(store, item, work, bundle_dir, cancel)
    except (FetchRefused, DownloadRefused):
        shutil.rmtree(work, ignore_errors=True)
        raise
    shutil.rmtree(work, ignore_errors=True)
    return case_id


def _fetch_envelope(
    session: HttpSession,
    gauge: LinkGauge,
    item: protocol.CaseAssigned,
    folder: Path,
    cancel: CancelFlag,
) -> protocol.Envelope:
    for name in (bundle_format.ENVELOPE, bundle_format.ENVELOPE_SIG):
        FileDownload(
            session,
            gauge,
            protocol.file_path(item.bundle_id, name),
            folder / name,
            None,
            lambda done: None,
            max_size=ENVELOPE_MAX,
        ).fetch(cancel)
    try:
        envelope = protocol.Envelope.parse_bytes((folder / bundle_format.ENVELOPE).read_bytes())
    except protocol.ShapeError as exc:
        raise FetchRefused(exc.code, bundle_format.ENVELOPE) from None
    offered = {f.name for f in item.files}
    if (
        envelope.bundle_id != item.bundle_id
        or envelope.device_id != item.clinic.device_id
        or envelope.device_key_raw != item.clinic.ed25519_raw
        or {f.name for f in envelope.all_files} != offered
        or len(envelope.all_files) != len(item.files)
    ):
        raise FetchRefused(ENVELOPE_MISMATCH, bundle_format.ENVELOPE)
    return envelope


def _fetch_files(
    session: HttpSession,
    gauge: LinkGauge,
    item: protocol.CaseAssigned,
    folder: Path,
    cancel: CancelFlag,
    on_progress: ReceivingProgress,
) -> None:
    """manifest.age first (the smallest, and what the rest is checked with), then the others
    smallest first."""
    order = sorted(item.files, key=lambda f: (f.name != bundle_format.MANIFEST, f.size_cipher))
    total = sum(f.size_cipher for f in item.files)
    done_before = 0
    for f in order:
        if cancel.is_set():
            raise Interrupted()

        def progress(done: int, f: protocol.CipherFile = f, before: int = done_before) -> None:
            on_progress(f.name, before, total, done, f.size_cipher)

        FileDownload(
            session, gauge, protocol.file_path(item.bundle_id, f.name), folder / f.name, f, progress
        ).fetch(cancel)
        done_before += f.size_cipher
        progress(f.size_cipher)


def _open_and_store(
    store: Store,
    item: protocol.CaseAssigned,
    work: Path,
    bundle_dir: Path,
    cancel: CancelFlag,
) -> str:
    identity = load_or_create(store).age_identity
    target = work / "open"
    shutil.rmtree(target, ignore_errors=True)
    try:
        try:
            report = open_bundle(bundle_dir, identity, target, cipher_files=item.files)
        except BundleInvalid as exc:
            first = exc.report.problems[0]
            raise FetchRefused(first.code, first.file) from None
        except ValueError:
            # A plaintext hash that differs while opening (open_bundle's own check).
            raise FetchRefused(bundle_format.PLAIN_CHANGED) from None
        if report.manifest_sha256 != item.manifest_sha256 or report.manifest is None:
            raise FetchRefused(MANIFEST_MISMATCH, bundle_format.MANIFEST)
        if cancel.is_set():
            raise Interrupted()
        manifest = report.manifest
        pending: list[PendingBlob] = []
        files: list[received.ReceivedFile] = []
        try:
            for entry in manifest["files"]:
                plain = target / safe_name(entry["file_id"], entry["name"])
                blob = store.blobs.put_file_pending(plain)
                pending.append(blob)
                files.append(
                    received.ReceivedFile(
                        file_id=str(entry["file_id"]),
                        blob=blob.ref,
                        name=str(entry["name"]),
                        media_type=str(entry.get("media_type") or "application/octet-stream"),
                        kind=str(entry.get("kind") or "other"),
                    )
                )
                plain.unlink()  # the plaintext lives on only in the encrypted blob
            store.blobs.commit_pending(pending)
        except BaseException:
            store.blobs.discard_pending(pending)
            raise
        return received.store_received(store, item=item.to_json(), manifest=manifest, files=files)
    finally:
        shutil.rmtree(target, ignore_errors=True)
