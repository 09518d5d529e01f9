"""A clinic that sends through the fault proxy, and what the service holds afterwards.

``enrolled_clinic`` opens a real encrypted store, enrolls it with a running service through
``service_url`` (usually the proxy's), makes a case with random attachments (incompressible,
like compressed images) and submits it, recording the SHA-256 of every bundle file before
anything is sent. ``service_bundles`` reads the service's data folder: the committed bundles
and their files' hashes, so a test can check "exactly once, byte-identical".
Thread-safety: plain functions; one store per caller.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from foundation.hashing_io import sha256_file
from local_store import attachments, cases, outbox
from local_store.models import Patient, Referral
from local_store.store import Store
from sync import enrollment, submit
from tests.conftest import TEST_PASSPHRASE


def random_file(path: Path, size: int) -> Path:
    with open(path, "wb") as fh:
        left = size
        while left > 0:
            n = min(left, 4 * 1024 * 1024)
            fh.write(os.urandom(n))
            left -= n
    return path


@dataclass
class Clinic:
    data_dir: Path
    case_id: str
    bundle_id: str
    folder: Path  # the local bundle
    hashes: dict[str, str]  # every file of the local bundle, taken before sending
    size_cipher: int
    upload_bytes: int  # the encrypted files sent by tus (the envelope goes as JSON)

    def open_store(self) -> Store:
        return Store.open(self.data_dir, passphrase=TEST_PASSPHRASE)


def enrolled_clinic(
    tmp_path: Path,
    code: str,
    service_url: str,
    *,
    sizes: tuple[int, ...] = (1_000_000,),
    name: str = "Kamala Devi",
) -> Clinic:
    data_dir = tmp_path / "clinic"
    files = tmp_path / "clinic-files"
    files.mkdir(parents=True, exist_ok=True)
    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
        enrollment.enroll(store, service_url, code, label="fault test desk")
        case_id = cases.create_case(
            store,
            Patient(name=name, age_years=47),
            referral=Referral(specialty="cardiology", questions=["Valve repair now or later?"]),
        )
        for number, size in enumerate(sizes):
            path = random_file(files / f"echo-export-{number}.bin", size)
            attachments.add_file(store, case_id, path)
        done = submit.submit_case(store, data_dir, case_id)
    hashes = {p.name: sha256_file(p)[0] for p in sorted(done.folder.iterdir()) if p.is_file()}
    upload_bytes = sum(p.stat().st_size for p in done.folder.glob("*.age"))
    return Clinic(
        data_dir, case_id, done.bundle_id, done.folder, hashes, done.size_cipher, upload_bytes
    )


@dataclass
class ServiceBundle:
    bundle_id: str
    state: str
    status: str | None
    hashes: dict[str, str]


def service_bundles(service_dir: Path) -> list[ServiceBundle]:
    """Every bundle the service registered, with the hashes of the files it committed."""
    db = sqlite3.connect(f"file:{service_dir / _db_name(service_dir)}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT bundle_id, state, status FROM bundles").fetchall()
    finally:
        db.close()
    found = []
    for bundle_id, state, status in rows:
        folder = service_dir / "bundles" / bundle_id
        hashes = {}
        if folder.is_dir():
            hashes = {p.name: sha256_file(p)[0] for p in sorted(folder.iterdir()) if p.is_file()}
        found.append(ServiceBundle(bundle_id, state, status, hashes))
    return found


def _db_name(service_dir: Path) -> str:
    from opinion_service import db

    return db.DB_FILE


def assert_delivered_once(clinic: Clinic, service_dir: Path) -> ServiceBundle:
    """The service holds exactly this one bundle, committed, every file byte-identical, and
    the clinic's case and outbox say delivered."""
    bundles = service_bundles(service_dir)
    assert [b.bundle_id for b in bundles] == [clinic.bundle_id]
    held = bundles[0]
    assert held.state in ("committed", "checked"), held.state
    encrypted = {n: h for n, h in clinic.hashes.items() if n.endswith(".age")}
    assert encrypted, "the local bundle has no encrypted files"
    for name, digest in clinic.hashes.items():
        if name in held.hashes or name.endswith(".age"):
            assert held.hashes.get(name) == digest, f"{name} differs at the service"
    with clinic.open_store() as store:
        entry = next(e for e in outbox.list_entries(store) if e.bundle_id == clinic.bundle_id)
        assert entry.state == "sent"
        assert entry.receipt_at
        status = cases.get_case(store, clinic.case_id).status
    assert status in ("delivered", "assigned"), status
    return held
