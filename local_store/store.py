"""The Store: one data folder opened with its secret, its database and its blob store.

``Store.open`` decides how the folder is unlocked (OS keyring or passphrase key file, see
``secrets``), opens the SQLCipher database, migrates it and prepares the blob store. Layout of
a data folder::

    store.json       which protection is used (no patient data)
    keyfile.json     the passphrase-wrapped secret (only without a secure OS keyring)
    recovery.json    the same secret wrapped under the recovery key (once one is made)
    last-backup.json when and where the last backup was made (no patient data)
    casebridge.db    the SQLCipher database (+ -wal, -shm)
    blobs/           age-encrypted, content-addressed files; blobs/tmp for part files
    backups/         database copies made before each migration
    store-setup.lock held while the store is created or migrated (``folder_lock``)
    sending.lock     held by a `sync` command while it sends the outbox (``folder_lock``)
    app-running.lock held while the desktop app has the folder open (``app_running``)

Thread-safety: the Store owns the single-writer rule (``local_store.connection``). Reads run on
the calling thread's own connection; ``store.write(fn)`` runs ``fn`` as one transaction on the
writer: the thread installed with ``install_writer`` (the desktop's database executor) when the
caller is another thread, else the calling thread, one write at a time. Repository functions
route their own writes, so callers above local_store never see a connection or a runner.
``actor`` (who each audit row names) may change on any thread: one attribute, replaced whole.
"""

from __future__ import annotations

import contextlib
import getpass
import hmac
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TypeVar

from keyring.backend import KeyringBackend

from local_store import audit, database, folder_lock, migrations, secrets
from local_store.blobs import BLOB_DIR, BlobStore
from local_store.connection import Connections, Writer
from local_store.errors import SecretMissing, WrongPassphrase
from local_store.fileutil import translated_os_errors

T = TypeVar("T")


class Unlock(Enum):
    """What the user must do before a folder can be opened."""

    NOTHING = "nothing"  # OS keyring holds (or will hold) the secret
    ENTER_PASSPHRASE = "enter_passphrase"
    CHOOSE_PASSPHRASE = "choose_passphrase"  # new folder, no secure keyring


def folder_holds_store(data_dir: Path) -> bool:
    """True when ``data_dir`` already holds a store (its store.json or its database).

    Raises SecretMissing when store.json is damaged.
    """
    state = secrets.folder_state(data_dir)
    return state is not secrets.FolderState.NEW or (data_dir / database.DB_FILE).exists()


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
        self.actor = audit.Actor(actor)
        self._secret = secret
        self._db_key = secret.db_key
        self._connections = Connections(self.db_path, self._db_key)
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

        Creating the store, and migrating its database, hold the folder's setup lock
        (``folder_lock``): a process that opens a new folder while another creates it waits and
        then opens the store the other one made.

        Raises PassphraseRequired, WrongPassphrase, SecretMissing, DatabaseUnreadable,
        StorageReadOnly, StorageFull, StoreBusy. A failure leaves whatever was stored untouched.
        """
        data_dir = Path(data_dir)
        actor = actor or _login_name()
        if secrets.folder_state(data_dir) is not secrets.FolderState.NEW:
            return cls._open_existing(data_dir, passphrase, keyring_backend, actor, locked=False)
        _refuse_database_without_secret(data_dir)
        # A passphrase given for a new folder is a choice of passphrase protection.
        backend = None if passphrase is not None else keyring_backend or secrets.secure_os_keyring()
        if backend is None:
            # Refuse before creating anything, so a failed first start leaves no folder.
            secrets.check_new_passphrase(passphrase)
        with translated_os_errors("data folder"):
            data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        with folder_lock.held(data_dir):
            # Another process may have created the store while this one waited: open that one,
            # never a second secret beside it.
            if secrets.folder_state(data_dir) is not secrets.FolderState.NEW:
                return cls._open_existing(data_dir, passphrase, keyring_backend, actor, locked=True)
            _refuse_database_without_secret(data_dir)
            secret, info = secrets.create_secret(
                data_dir, passphrase=passphrase, keyring_backend=backend
            )
            return cls._migrated(data_dir, secret, info, actor, locked=True)

    @classmethod
    def _open_existing(
        cls,
        data_dir: Path,
        passphrase: str | None,
        keyring_backend: KeyringBackend | None,
        actor: str,
        *,
        locked: bool,
    ) -> Store:
        secret, info = secrets.load_secret(
            data_dir, passphrase=passphrase, keyring_backend=keyring_backend
        )
        return cls._migrated(data_dir, secret, info, actor, locked=locked)

    @classmethod
    def _migrated(
        cls,
        data_dir: Path,
        secret: secrets.InstallSecret,
        info: secrets.ProtectionInfo,
        actor: str,
        *,
        locked: bool,
    ) -> Store:
        """The opened store, its database brought up to date under the folder's setup lock
        (taken here unless ``locked``: the caller holds it)."""
        store = cls(data_dir, secret, info, actor)
        try:
            db = store._connections.here()
            with database.translated_db_errors():
                # An up-to-date database is only read, so a full or read-only folder still opens.
                if migrations.current_version(db) == migrations.LATEST_VERSION:
                    return store
            guard = contextlib.nullcontext() if locked else folder_lock.held(data_dir)
            with guard, database.translated_db_errors():
                migrations.migrate(store._connections.here(writable=True), store.db_path)
        except BaseException:
            store.close()
            raise
        return store

    @property
    def install_secret(self) -> secrets.InstallSecret:
        """The keys themselves, for wrapping under the recovery key and for backups only."""
        return self._secret

    def set_signed_in(self, staff: audit.StaffRef | None) -> None:
        """Name ``staff`` in every audit row from now on (None: the login alone).

        ``local_store.staff.sign_in`` calls this after checking the member's PIN; the desktop's
        staff settings give back the member who was working before an administrator's act.
        """
        self.actor = audit.Actor(self.actor.login, staff)

    def passphrase_opens(self, passphrase: str) -> bool:
        """True when ``passphrase`` unwraps this store's key file to the key in use.

        Checked against the key material on disk without reopening anything (the screen lock
        asks this); always False for a store whose key is in the system keyring.
        """
        if self.protection.kind is not secrets.Protection.PASSPHRASE:
            return False
        try:
            secret, _ = secrets.load_secret(
                self.data_dir, passphrase=passphrase, keyring_backend=None
            )
        except WrongPassphrase:
            return False
        return hmac.compare_digest(secret.db_key, self._db_key)

    def write(self, fn: Callable[[], T]) -> T:
        """Run ``fn()`` as one transaction on the writer and return its result (or raise).

        On the installed writer's thread when called from another thread (waiting for it),
        else on this thread; inside another write it joins that write's transaction.
        """
        return self._connections.write(fn)

    def install_writer(self, writer: Writer | None) -> None:
        """From now on, writes from other threads run through ``writer`` (None: on the caller).

        ``writer(fn)`` runs ``fn`` on its one thread and returns its result or raises its
        error, and runs ``fn`` directly when already on that thread.
        """
        self._connections.install_writer(writer)

    def close_thread_connection(self) -> None:
        """Close the calling thread's connection (a thread that ends should leave none)."""
        self._connections.close_here()

    def close(self) -> None:
        self._connections.close_all()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _refuse_database_without_secret(data_dir: Path) -> None:
    if (data_dir / database.DB_FILE).exists():
        # A database without its secret: never replace it with a fresh key.
        raise SecretMissing(secrets.STORE_FILE)


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"
