"""The backup folder: where each file lives, the manifest of each backup, finding them.

A backup folder (``casebridge-backup`` inside the folder or stick the user chose)::

    blobs/ab/<sha256>.age     the store's blobs, byte for byte (already age-encrypted),
                              shared by every backup: only new ones are copied
    backups/<name>/           one backup, complete once its manifest is there:
        casebridge.db         a consistent snapshot of the (SQLCipher-encrypted) database
        recovery.json         the store's key wrapped under the recovery key
        manifest.json         every file of this backup with its size and SHA-256
        manifest.sha256       the SHA-256 of manifest.json (checked without the key)
        manifest.mac          its HMAC under a key derived from the store's (checked by a
                              restore, so a manifest rewritten to match altered files is found)
    backups/.partial-<name>/  a backup being written (or cut short): never read
    tmp/                      files being copied, renamed into place when whole
    backup.lock               held while a backup or restore uses the folder

Nothing in it is readable without the recovery key: the database and blobs are encrypted
under the store's key, and the only copy of that key here is wrapped under the recovery key.
Blob names are the SHA-256 of their content, as in the data folder. Thread-safety: pure
functions and frozen values.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from local_store.errors import BackupDamaged, NoBackup

FOLDER_NAME = "casebridge-backup"
FORMAT = "casebridge-backup/1"
BLOBS = "blobs"
BACKUPS = "backups"
TMP = "tmp"
LOCK = "backup.lock"
PARTIAL_PREFIX = ".partial-"
DATABASE = "casebridge.db"
RECOVERY = "recovery.json"
MANIFEST = "manifest.json"
MANIFEST_DIGEST = "manifest.sha256"
MANIFEST_MAC = "manifest.mac"
_MAC_CONTEXT = b"casebridge-backup-manifest/1"


@dataclass(frozen=True)
class Entry:
    path: str  # relative to the backup folder, with "/"
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    name: str
    created_at: str  # ISO 8601, UTC
    schema_version: int
    files: tuple[Entry, ...]

    @property
    def total_size(self) -> int:
        return sum(entry.size for entry in self.files)

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "name": self.name,
            "created_at": self.created_at,
            "schema_version": self.schema_version,
            "files": [[e.path, e.size, e.sha256] for e in self.files],
        }
        return json.dumps(doc, indent=1).encode("utf-8")

    @classmethod
    def parse(cls, raw: bytes) -> Manifest:
        """Raises ValueError when ``raw`` is not a manifest."""
        try:
            doc: dict[str, Any] = json.loads(raw)
            if doc["format"] != FORMAT:
                raise ValueError("format")
            files = tuple(Entry(str(p), int(n), str(h)) for p, n, h in doc["files"])
            return cls(str(doc["name"]), str(doc["created_at"]), int(doc["schema_version"]), files)
        except (KeyError, TypeError) as exc:
            raise ValueError("manifest") from exc


def manifest_mac(db_key: bytes, raw: bytes) -> str:
    """The manifest's HMAC-SHA256 under a key derived from the store's database key."""
    mac_key = hmac.new(db_key, _MAC_CONTEXT, hashlib.sha256).digest()
    return hmac.new(mac_key, raw, hashlib.sha256).hexdigest()


def check_manifest_mac(root: Path, name: str, db_key: bytes) -> None:
    """Raise BackupDamaged naming the manifest unless its HMAC is the store's."""
    folder = backup_dir(root, name)
    try:
        raw = (folder / MANIFEST).read_bytes()
        mac = (folder / MANIFEST_MAC).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise BackupDamaged([f"{BACKUPS}/{name}/{MANIFEST_MAC}"]) from exc
    if not hmac.compare_digest(mac, manifest_mac(db_key, raw)):
        raise BackupDamaged([f"{BACKUPS}/{name}/{MANIFEST}"])


def root_of(folder: Path) -> Path:
    """The backup folder for a folder the user named: the folder itself when it is one."""
    folder = Path(folder)
    if folder.name == FOLDER_NAME or (folder / BACKUPS).is_dir():
        return folder
    return folder / FOLDER_NAME


def blob_path(sha256: str) -> str:
    return f"{BLOBS}/{sha256[:2]}/{sha256}.age"


def backup_dir(root: Path, name: str) -> Path:
    return root / BACKUPS / name


def backup_names(root: Path) -> list[str]:
    """Complete backups in ``root``, oldest first (names sort by time)."""
    folder = root / BACKUPS
    if not folder.is_dir():
        return []
    return sorted(
        p.name
        for p in folder.iterdir()
        if p.is_dir() and not p.name.startswith(".") and (p / MANIFEST).exists()
    )


def read_manifest(root: Path, name: str) -> Manifest:
    """The manifest of backup ``name``, checked against its digest.

    Raises BackupDamaged naming the manifest when it is damaged."""
    folder = backup_dir(root, name)
    where = f"{BACKUPS}/{name}/{MANIFEST}"
    try:
        raw = (folder / MANIFEST).read_bytes()
        digest = (folder / MANIFEST_DIGEST).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise BackupDamaged([where]) from exc
    if hashlib.sha256(raw).hexdigest() != digest:
        raise BackupDamaged([where])
    try:
        return Manifest.parse(raw)
    except ValueError as exc:
        raise BackupDamaged([where]) from exc


def latest(root: Path) -> str:
    names = backup_names(root)
    if not names:
        raise NoBackup()
    return names[-1]
