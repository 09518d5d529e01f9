"""The Store: one data folder opened with its secret, its database and its blob store.

``Store.open`` decides how the folder is unlocked (OS keyring or passphrase key file, see
``secrets``), opens the SQLCipher database, migrates it and prepares the blob store. Layout of
a data folder::

    store.json       which protection is used (no patient data)
    keyfile.json     the passphrase-wrapped secret (only without a secure OS keyring)
    casebridge.db    the SQLCipher database (+ -wal, -shm)
    blobs/           age-encrypted, content-addressed files; blobs/tmp for part files
    backups/         database copies made before each migration

Thread-safety: ``store.db`` gives each thread its own connection; writes are serialised by the
caller (the desktop's single database executor, or the single-threaded CLI). Repositories call
``store.transaction()`` so each multi-step change commits or rolls back as one.
"""

from __future__ import annotations

import contextlib
import getpass
import threading
from collections.abc import Iterator
from enum import Enum
from pathlib import Path

import sqlite_utils
from keyring.backend import KeyringBackend

from local_store import database, migrations, secrets
from local_store.blobs import BLOB_DIR, BlobStore
from local_store.errors import SecretMissing
from local_store.fileutil import translated_os_errors


class Unlock(Enum):
    """What the user must do before a folder can be opened."""

    NOTHING = "nothing"  # OS keyring holds (or will hold) the secret
    ENTER_PASSPHRASE = "enter_passphrase"
    CHOOSE_PASSPHRASE = "choose_passphrase"  # new folder, no secure keyring


def unlock_needed(data_dir: Path, keyring_backend: KeyringBackend | None = None) -> Unlock:
    state = secrets.folder_state(data_dir)
    if state is secrets.FolderState.PASSPHRASE:
        return Unlock.ENTER_PASSPHRASE
    if state is secrets.FolderState.OS_KEYRING:
        return Unlock.NOTHING
    if keyring_backend is not None or secrets.secure_os_keyring() is not None:
        return Unlock.NOTHING
    return Unlock.CHOOSE_PASSPHRASE


class Store:
    def __init__(
        self,
        data_dir: Path,
        secret: secrets.InstallSecret,
        protection: secrets.ProtectionInfo,
        actor: str,
    ) -> None:
        self.data_dir = data_dir
        self.db_path = data_dir / database.DB_FILE
        self.protection = protection
        self.actor = actor
        self._db_key = secret.db_key
        self._local = threading.local()
        self._connections: list[sqlite_utils.Database] = []
        self._lock = threading.Lock()
        self.blobs = BlobStore(data_dir / BLOB_DIR, secret.blob_identity)

    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        passphrase: str | None = None,
        keyring_backend: KeyringBackend | None = None,
        actor: str | None = None,
    ) -> Store:
        """Open (creating on first use) the store in ``data_dir``.

        A new folder is protected by ``passphrase`` if one is given, else by the OS keyring
        (``keyring_backend`` or a detected secure one); an existing folder keeps its protection.

        Raises PassphraseRequired, WrongPassphrase, SecretMissing, DatabaseUnreadable,
        StorageReadOnly, StorageFull. A failure leaves whatever was stored untouched.
        """
        data_dir = Path(data_dir)
        state = secrets.folder_state(data_dir)
        if state is secrets.FolderState.NEW:
            if (data_dir / database.DB_FILE).exists():
                # A database without its secret: never replace it with a fresh key.
                raise SecretMissing(secrets.STORE_FILE)
            # A passphrase given for a new folder is a choice of passphrase protection.
            backend = (
                None if passphrase is not None else keyring_backend or secrets.secure_os_keyring()
            )
            if backend is None:
                # Refuse before creating anything, so a failed first start leaves no folder.
                secrets.check_new_passphrase(passphrase)
            with translated_os_errors("data folder"):
                data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            secret, info = secrets.create_secret(
                data_dir, passphrase=passphrase, keyring_backend=backend
            )
        else:
            secret, info = secrets.load_secret(
                data_dir, passphrase=passphrase, keyring_backend=keyring_backend
            )
        store = cls(data_dir, secret, info, actor or _login_name())
        try:
            with database.translated_db_errors():
                migrations.migrate(store.db, store.db_path)
        except BaseException:
            store.close()
            raise
        return store

    @property
    def db(self) -> sqlite_utils.Database:
        db = getattr(self._local, "db", None)
        if db is None:
            db = database.connect(self.db_path, self._db_key)
            self._local.db = db
            with self._lock:
                self._connections.append(db)
        return db

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """One atomic change on this thread's connection; storage errors come out typed."""
        db = self.db
        with database.translated_db_errors(), db.atomic():
            yield db

    def close_thread_connection(self) -> None:
        db = getattr(self._local, "db", None)
        if db is not None:
            self._local.db = None
            with self._lock:
                self._connections.remove(db)
            db.close()

    def close(self) -> None:
        with self._lock:
            connections, self._connections = self._connections, []
        for db in connections:
            with contextlib.suppress(Exception):
                db.close()
        self._local = threading.local()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"
