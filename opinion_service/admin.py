"""Admin actions on a service, with or without it running: making enrollment codes, showing
the service's public keys, listing and reassigning cases, counting what it holds.

They open the service's metadata store directly: the data folder's SQLite database (its lock
and WAL make this safe next to a running service) or the PostgreSQL database of ``db_url``,
and its blob store likewise. The keys always live in the data folder. Thread-safety: each call
opens and closes its own connections.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from opinion_service import keys as keys_module
from opinion_service.blobs import open_blobs
from opinion_service.config import ServiceConfig
from opinion_service.core import Core
from opinion_service.metadata import count, open_metadata
from sync.protocol import Status


@contextlib.contextmanager
def _core(data_dir: Path, db_url: str | None, storage_url: str | None) -> Iterator[Core]:
    data_dir = Path(data_dir)
    keys = keys_module.load_or_create(data_dir)
    # An admin at a terminal learns soon that the database does not answer.
    db = open_metadata(db_url, data_dir, connect_wait=5.0)
    try:
        blobs = open_blobs(storage_url, data_dir)
        config = ServiceConfig(data_dir, db_url=db_url, storage_url=storage_url)
        yield Core(config, keys, db, blobs)
    finally:
        db.close()


def new_code_info(
    data_dir: Path,
    role: str,
    specialties=(),
    *,
    profile: dict | None = None,
    db_url=None,
    storage_url=None,
) -> dict:
    """A new one-time code: ``{"code","role","specialties","profile","expires_at",
    "service_fingerprint"}``; ``profile`` is who holds it (name, qualification, council,
    registration; a clinic's name), as the service will vouch for it."""
    with _core(data_dir, db_url, storage_url) as core:
        return core.new_code(role, specialties, profile)


def new_codes(
    data_dir: Path, role: str, count: int, specialties=(), *, db_url=None, storage_url=None
) -> list[str]:
    """``count`` one-time codes at once (for enrolling many devices in one go)."""
    with _core(data_dir, db_url, storage_url) as core:
        return [core.new_code(role, specialties)["code"] for _ in range(count)]


def new_code(
    data_dir: Path,
    role: str,
    specialties=(),
    *,
    profile: dict | None = None,
    db_url=None,
    storage_url=None,
) -> str:
    info = new_code_info(
        data_dir, role, specialties, profile=profile, db_url=db_url, storage_url=storage_url
    )
    return info["code"]


def service_keys(data_dir: Path) -> dict:
    """``{"service_id","ed25519","age","fingerprint"}``; the keys are made on first use."""
    return keys_module.load_or_create(Path(data_dir)).public()


def assign(
    data_dir: Path, bundle_id: str, device_id: str, *, db_url=None, storage_url=None
) -> None:
    """Give a checked bundle to another specialist (raises ApiError with a code otherwise)."""
    with _core(data_dir, db_url, storage_url) as core:
        core.reassign(bundle_id, device_id)


def assignments(data_dir: Path, *, db_url=None, storage_url=None) -> list[dict]:
    """Every case waiting for or with a specialist, soonest due first: ``{"bundle_id",
    "specialty","urgency","status","assigned_to","specialist","state","due_at","overdue",
    "copy_ready"}`` (``state`` is ``waiting`` when nobody has it)."""
    from opinion_service.review import Review

    with _core(data_dir, db_url, storage_url) as core:
        return Review(core).admin_list()


def stats(data_dir: Path, *, db_url=None, storage_url=None) -> dict:
    """Counts for an operator: ``{"devices","bundles","uploads_open","queue",
    "waiting_for_specialist","db","storage"}``."""
    with _core(data_dir, db_url, storage_url) as core:
        db = core.db
        return {
            "devices": count(db, "SELECT COUNT(*) AS n FROM devices WHERE revoked = 0"),
            "bundles": count(db, "SELECT COUNT(*) AS n FROM bundles WHERE receipt IS NOT NULL"),
            "uploads_open": count(db, "SELECT COUNT(*) AS n FROM uploads WHERE state = 'open'"),
            "queue": count(db, "SELECT COUNT(*) AS n FROM jobs"),
            "waiting_for_specialist": count(
                db,
                "SELECT COUNT(*) AS n FROM bundles WHERE state = 'checked' AND status = ?",
                (Status.RECEIVED,),
            ),
            "db": db.backend,
            "storage": core.blobs.backend,
        }
