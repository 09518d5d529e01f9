"""Admin actions on a service's data folder, with or without the service running: making
enrollment codes, showing the service's public keys, reassigning a case.

They open the folder's database directly (SQLite's lock and WAL make this safe next to a
running service). Thread-safety: each call opens and closes its own connection.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from opinion_service import keys as keys_module
from opinion_service.config import ServiceConfig
from opinion_service.core import Core
from opinion_service.db import Database


@contextlib.contextmanager
def _core(data_dir: Path) -> Iterator[Core]:
    data_dir = Path(data_dir)
    keys = keys_module.load_or_create(data_dir)
    db = Database(data_dir)
    try:
        yield Core(ServiceConfig(data_dir), keys, db)
    finally:
        db.close()


def new_code_info(data_dir: Path, role: str, specialties=()) -> dict:
    """A new one-time code: ``{"code","role","specialties","expires_at","service_fingerprint"}``."""
    with _core(data_dir) as core:
        return core.new_code(role, specialties)


def new_code(data_dir: Path, role: str, specialties=()) -> str:
    return new_code_info(data_dir, role, specialties)["code"]


def service_keys(data_dir: Path) -> dict:
    """``{"service_id","ed25519","age","fingerprint"}``; the keys are made on first use."""
    return keys_module.load_or_create(Path(data_dir)).public()


def assign(data_dir: Path, bundle_id: str, device_id: str) -> None:
    """Give a checked bundle to another specialist (raises ApiError with a code otherwise)."""
    with _core(data_dir) as core:
        core.reassign(bundle_id, device_id)
