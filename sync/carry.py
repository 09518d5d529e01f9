"""Carrying a sealed bundle on a USB stick: saving a queued bundle as CASE-ID.cbundle, and
receiving one on another clinic device to send on as it is.

``save_to_stick`` writes a bundle still waiting in the outbox (queued or sending) as one tar
(``sync.bundle.transport.export_tar``) after checking the stick has the room (the backup's
``require_space``); the bundle stays queued to go online too, and whichever copy reaches the
service first is the one it keeps (the same bundle id and signature). ``receive_carried``
unpacks a .cbundle into the outbox folder (``import_tar``: only a bundle's names, regular
files, a size cap), verifies the envelope, refuses a sequence number seen on another bundle,
one already here, and one not sealed for this device's service, and then queues it as a
``carried`` outbox row: the engine sends it like its own bundles, and the service accepts it
from this device on behalf of the enrolled device that signed it. A specialist's computer
takes none, and a disk without the room is said before unpacking; an unpack killed part way
left a hidden folder that the next one removes. Anything refused leaves nothing in the data
folder. Errors are codes (``CarryRefused``); words live in wording.carry.
Thread-safety: any worker thread, never inside a write (the outbox writes run on the store's
writer).
"""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from foundation.cancel import Cancel, Cancelled, check
from local_store import outbox, seen_bundles
from local_store.backup.copying import require_space
from local_store.errors import BackupNoSpace
from local_store.store import Store
from sync import protocol
from sync.bundle import format as bundle_format
from sync.bundle.transport import (
    PARTIAL,
    Progress,
    TarRejected,
    export_tar,
    import_tar,
    tar_size,
)
from sync.bundle.verify import verify_bundle
from sync.device_keys import fingerprint
from sync.enrollment import current

SUFFIX = ".cbundle"

# Why a bundle was not saved or received (wording.carry.CARRY_ERROR has the words).
NOT_WAITING = "carry_not_waiting"  # the bundle is sent, failed or gone: nothing to save
STICK_FULL = "carry_stick_full"
STICK_UNWRITABLE = "carry_stick_unwritable"
NOT_ENROLLED = "carry_not_enrolled"
NOT_A_CLINIC = "carry_not_a_clinic"  # a specialist's computer: the service takes no case from it
OTHER_SERVICE = "carry_other_service"
ALREADY_HERE = "carry_already_here"
UNREADABLE = "carry_unreadable"  # the file could not be read (the stick went away)
DISK_FULL = "carry_disk_full"  # this computer's disk has no room for it (needed/free)
BUNDLE_INVALID = "bundle_invalid"  # its problems are in ``problems``
# TarRejected's codes pass through: tar_not_a_bundle, tar_damaged.


class CarryRefused(Exception):
    """Nothing was saved or received; ``code`` says why (``problems``: the verifier's codes,
    ``needed``/``free``: bytes, for a full stick or disk)."""

    def __init__(
        self, code: str, problems: tuple[str, ...] = (), needed: int = 0, free: int = 0
    ) -> None:
        super().__init__(code)
        self.code = code
        self.problems = problems
        self.needed = needed
        self.free = free


@dataclass(frozen=True)
class Saved:
    path: Path
    size: int


@dataclass(frozen=True)
class Carried:
    bundle_id: str
    device_id: str  # the clinic device that signed it
    size_cipher: int
    files: int


def stick_name(case_id: str, bundle_id: str, *, update: bool) -> str:
    """CASE-ID.cbundle; an update bundle of the case also names itself, so saving it beside
    the first bundle never replaces that."""
    return f"{case_id}-{bundle_id[:8]}{SUFFIX}" if update else f"{case_id}{SUFFIX}"


def save_to_stick(
    store: Store,
    bundle_id: str,
    folder: Path,
    *,
    cancel: Cancel = None,
    progress: Progress | None = None,
) -> Saved:
    """Write the waiting bundle ``bundle_id`` into ``folder`` (a stick) as one .cbundle.

    Raises CarryRefused (nothing written) and Cancelled (nothing left on the stick)."""
    entry = outbox.get_entry(store, bundle_id)
    source = Path(entry.folder) if entry is not None else None
    if (
        entry is None
        or entry.kind != outbox.KIND_BUNDLE
        or entry.state not in outbox.OPEN_STATES
        or source is None
        or not (source / bundle_format.ENVELOPE).is_file()
    ):
        raise CarryRefused(NOT_WAITING)
    update = outbox.first_bundle(store, entry.case_id) not in (None, bundle_id)
    target = Path(folder) / stick_name(entry.case_id, bundle_id, update=update)
    needed = tar_size(source)
    try:
        require_space(Path(folder), needed)
    except BackupNoSpace as exc:
        raise CarryRefused(STICK_FULL, needed=exc.needed, free=exc.free) from None
    except OSError:
        raise CarryRefused(STICK_UNWRITABLE) from None
    try:
        export_tar(source, target, cancel=cancel, progress=progress)
    except Cancelled:
        raise
    except OSError:
        # A stick pulled out or write-protected; export_tar removed its partial file.
        raise CarryRefused(STICK_UNWRITABLE) from None
    outbox.record_carried_out(store, bundle_id)
    return Saved(target, target.stat().st_size)


def receive_carried(
    store: Store,
    data_dir: Path,
    tar_path: Path,
    *,
    cancel: Cancel = None,
    progress: Progress | None = None,
) -> Carried:
    """Unpack, verify and queue the .cbundle at ``tar_path`` to be sent on as it is;
    ``progress`` hears the bytes read from the stick.

    Raises CarryRefused (with TarRejected's codes for a file that is no bundle) and Cancelled;
    nothing is kept in the data folder then."""
    enrollment = current(store)
    if enrollment is None:
        raise CarryRefused(NOT_ENROLLED)
    if enrollment.role != protocol.Role.CLINIC:
        raise CarryRefused(NOT_A_CLINIC)
    outbox_dir = Path(data_dir) / outbox.OUTBOX_DIR
    outbox_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    # An unpack killed before it finished (the power went) left its hidden folder: it goes now.
    for stale in outbox_dir.glob(f".*{PARTIAL}"):
        shutil.rmtree(stale, ignore_errors=True)
    target = outbox_dir / uuid.uuid4().hex
    try:
        # Checked first: filling this computer's disk would stop the store's own writes too.
        require_space(outbox_dir, Path(tar_path).stat().st_size)
    except BackupNoSpace as exc:
        raise CarryRefused(DISK_FULL, needed=exc.needed, free=exc.free) from None
    except OSError:
        raise CarryRefused(UNREADABLE) from None
    try:
        try:
            import_tar(Path(tar_path), target, cancel=cancel, progress=progress)
        except TarRejected as exc:
            raise CarryRefused(exc.code) from None
        except OSError:
            raise CarryRefused(UNREADABLE) from None
        report = verify_bundle(target)
        envelope = report.envelope
        if not report.ok or envelope is None:
            raise CarryRefused(BUNDLE_INVALID, tuple(p.code for p in report.problems))
        if fingerprint(enrollment.service_age.encode("ascii")) not in envelope.recipients:
            raise CarryRefused(OTHER_SERVICE)
        check(cancel, "carry")
        if outbox.holds(store, envelope.bundle_id):
            raise CarryRefused(ALREADY_HERE)
        # Recorded only now that the signature verified (local_store.seen_bundles).
        if seen_bundles.replayed(store, envelope.device_id, envelope.seq, envelope.bundle_id):
            raise CarryRefused(BUNDLE_INVALID, (bundle_format.REPLAYED,))
        outbox.enqueue(
            store,
            bundle_id=envelope.bundle_id,
            case_id="",
            folder=str(target),
            service_url=enrollment.service_url,
            size_cipher=envelope.size_cipher,
            files=[
                outbox.NewFile(f.name, f.size_cipher, f.sha256_cipher) for f in envelope.all_files
            ],
            urgent=False,
            kind=outbox.KIND_CARRIED,
            carried_from=envelope.device_id,
        )
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        raise
    return Carried(envelope.bundle_id, envelope.device_id, envelope.size_cipher, report.files)
